"""Places as real news write them, beyond a level word: districts named in brackets.

Every sentence here is invented; the names of people and schools are made up.
"""

from __future__ import annotations

from graph.extract import extract


def _places(text: str) -> dict[str, str | None]:
    return {p.name: p.kind for p in extract(text, "t.txt").places}


def test_a_district_in_brackets_after_what_it_holds_is_a_place_of_the_reports_province():
    text = (
        "Bà Lê Thị Mơ, Hiệu trưởng Trường THPT Hoa Sen (Cầu Giấy), và thầy Hà Văn Tú, điểm trưởng "
        "điểm thi Trường THCS Lúa Vàng (Long Biên), đã họp ở Sở GD&ĐT Hà Nội."
    )
    places = _places(text)
    assert places["Cầu Giấy"] == "district" and places["Long Biên"] == "district"


def test_a_bracketed_name_of_another_provinces_district_is_no_place():
    places = _places("Đoàn thăm Trường THPT Hoa Sen (Cầu Giấy) rồi về Đà Nẵng.")
    assert "Cầu Giấy" not in places  # Cầu Giấy is a district of Hà Nội, which the report does not name


def test_a_place_whose_name_opens_with_a_sentence_word_is_read_after_its_level_word():
    # 'Tuy' also means 'although'; after 'TP' it opens a city's name.
    places = _places("Ông Mai Văn Tư làm việc tại TP Tuy Hòa; vợ ông về huyện Tuy Phong.")
    assert places.get("Tuy Hòa") == "city" and places.get("Tuy Phong") == "district"


def test_a_country_named_only_in_a_company_s_brand_is_no_place():
    assert "Việt Nam" not in _places("Tin\n\nNay, Công ty CP Hoa Sen Việt Nam ký hợp đồng với đối tác.")
    assert "Việt Nam" in _places("Tin\n\nNay, Công ty CP Hoa Sen Việt Nam đưa hàng về Việt Nam.")


def test_a_level_s_initial_glued_to_a_place_after_a_unit_s_word_is_the_level():
    places = _places("Ông Mai Văn Tư xây trụ sở Chi cục Thuế H.Nhơn Trạch năm ngoái.")
    assert places.get("Nhơn Trạch") == "district"
    assert "Nam" not in _places("Ông Trần Văn H.Nam đến dự.")


def test_a_landmark_named_for_a_place_is_no_place():
    places = _places("Tin\n\nCá chết trên sông Thái Bình; hàng bán ở chợ Bến Cát, tỉnh Bình Dương.")
    assert "Thái Bình" not in places and "Bến Cát" not in places and places.get("Bình Dương") == "province"


def test_a_persons_initial_after_a_kin_word_opens_no_place():
    assert "Người" not in _places("Tin\n\nHọ dọa anh H. Người đàn ông bỏ đi ngay sau đó.")


def test_a_place_named_only_in_a_papers_name_is_no_place():
    text = "Tin\n\nTrao đổi với Pháp Luật TP.HCM chiều nay, ông Mai Văn Tư ở Đà Nẵng cho biết."
    places = _places(text)
    assert "Hồ Chí Minh" not in places and "Đà Nẵng" in places


def test_a_township_written_tt_dot_is_a_township():
    places = _places(
        "Tin\n\nBà Lò Thị Mơ (trú TT. Plei Kần, huyện Ngọc Hồi) và ông Mai Văn Tư (ngụ TT.Phù Mỹ) bị thương."
    )
    assert places.get("Plei Kần") == "township" and places.get("Phù Mỹ") == "township"


def test_a_district_name_stops_where_its_province_follows_without_a_comma():
    places = _places("Tin\n\nÔng Mai Văn Tư trú tại quận Hoàng Mai Hà Nội.")
    assert places.get("Hoàng Mai") == "district"
    assert "Hoàng" not in places and "Hoàng Mai Hà Nội" not in places


def test_a_city_listed_after_a_province_or_city_is_a_place():
    places = _places("Tin\n\nNhóm của Mai Văn Tư có nhà tại TP.HCM, Nha Trang; một người ở Hà Nội và Đà Lạt.")
    assert places.get("Nha Trang") == "city" and places.get("Đà Lạt") == "city"


def test_a_bylines_or_a_credits_initial_opens_no_place():
    text = (
        "Tin\n\nThi thể nạn nhân (ảnh H. Thư) được đưa đi. Tin nhắn gửi từ số của H. Nội dung đòi tiền."
        "\n\nCông an đang xác minh làm rõ vụ việc.\n\nH.Thanh"
    )
    assert not {"Thư", "Nội", "Thanh"} & set(_places(text))


def test_a_places_name_goes_on_over_hyphens_and_over_a_sentence_word_it_holds():
    places = _places(
        "Tin\n\nCông an huyện Si-Ma-Cai bắt ông Mai Văn Tư ở thị trấn Vĩnh Tuy, cạnh cầu Phường Đội."
    )
    assert places.get("Si-Ma-Cai") == "district" and places.get("Vĩnh Tuy") == "township"
    assert "Đội" not in places


def test_an_honour_before_a_communes_name_is_not_its_name():
    places = _places("Tin\n\nÔng Lò Văn Tư về thăm xã Anh hùng Trí Phải, huyện Thới Bình.")
    assert places.get("Trí Phải") == "commune" and "Anh" not in places
