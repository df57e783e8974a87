"""Persons and their posts on invented sentences written the way real reports write them."""

from __future__ import annotations

import pytest

from graph.extract import extract

HEAD = "Tin tổng hợp 10/03/2025 09:00\n\n"


def _people(body: str) -> dict:
    return {p.name: p for p in extract(HEAD + body, "x.txt").persons}


def _posts(person) -> list[tuple[str, str | None]]:
    return [(p.title, p.organization) for p in person.positions]


def test_a_stacked_chain_after_a_name_is_one_post_each():
    people = _people(
        "Dự hội nghị có ông Lương Văn Khải, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy "
        "Quảng Trị; ông Đinh Hữu Lộc, Thứ trưởng Bộ Xây dựng."
    )
    assert _posts(people["Lương Văn Khải"]) == [
        ("Ủy viên", "Trung ương Đảng"),
        ("Phó Bí thư Thường trực", "Tỉnh ủy Quảng Trị"),
    ]
    assert _posts(people["Đinh Hữu Lộc"]) == [("Thứ trưởng", "Bộ Xây dựng")]


def test_a_post_names_its_unit_as_written_even_beyond_the_unit_gazetteer():
    people = _people(
        "Ông Hà Minh Tâm, Phó Giám đốc Bệnh viện Đa khoa huyện Yên Lạc cho biết bệnh nhân đã ổn định. "
        "Thượng tá Kiều Văn Nghĩa – Trưởng phòng CSGT - Công an tỉnh Sơn La phát biểu."
    )
    assert _posts(people["Hà Minh Tâm"]) == [("Phó Giám đốc", "Bệnh viện Đa khoa huyện Yên Lạc")]
    assert people["Kiều Văn Nghĩa"].rank == "Thượng tá"
    assert _posts(people["Kiều Văn Nghĩa"]) == [("Trưởng phòng", "Phòng CSGT - Công an tỉnh Sơn La")]


def test_former_posts_and_appointments():
    people = _people(
        "Ông Tạ Quang Vinh, nguyên Chủ tịch UBND tỉnh Cao Bằng, được bổ nhiệm giữ chức vụ Phó Chánh án "
        "Tòa án nhân dân tối cao."
    )
    posts = people["Tạ Quang Vinh"].positions
    assert [(p.title, p.organization, p.status) for p in posts] == [
        ("Chủ tịch", "UBND tỉnh Cao Bằng", "former"),
        ("Phó Chánh án", "Tòa án nhân dân tối cao", None),
    ]


def test_a_role_without_its_unit_shares_the_next_posts_unit():
    people = _people(
        "Bà Lâm Thị Hạnh, Thẩm phán cao cấp, Phó Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng dự họp."
    )
    assert _posts(people["Lâm Thị Hạnh"]) == [
        ("Thẩm phán cao cấp", "Tòa án nhân dân cấp cao tại Đà Nẵng"),
        ("Phó Chánh án", "Tòa án nhân dân cấp cao tại Đà Nẵng"),
    ]


def test_posts_of_the_state_and_the_government():
    people = _people("Chủ tịch nước Hoàng Văn Đạt và Thủ tướng Trịnh Văn Kiên dự lễ.")
    assert _posts(people["Hoàng Văn Đạt"]) == [("Chủ tịch nước", None)]
    assert _posts(people["Trịnh Văn Kiên"]) == [("Thủ tướng", "Chính phủ")]


@pytest.mark.parametrize(
    "body",
    [
        "Dự hội nghị có ông Lò Văn Thảo, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam. "
        "Sau đó, Tổng Bí thư Lò Văn Thảo phát biểu chỉ đạo.",
        "Tổng Bí thư Lò Văn Thảo dự hội nghị. Ông Lò Văn Thảo, Tổng Bí thư Ban Chấp hành Trung ương "
        "Đảng Cộng sản Việt Nam phát biểu chỉ đạo.",
    ],
)
def test_a_leader_written_once_bare_and_once_with_the_unit_holds_one_post(body):
    people = _people(body)
    assert _posts(people["Lò Văn Thảo"]) == [
        ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")
    ]


def test_a_post_whose_unit_is_not_read_does_not_end_the_chain():
    people = _people(
        "Dự lễ có Thượng tướng Đàm Văn Khiêm, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Quân ủy "
        "Trung ương, Bộ trưởng Bộ Quốc phòng."
    )
    assert ("Bộ trưởng", "Bộ Quốc phòng") in _posts(people["Đàm Văn Khiêm"])


def test_medicine_in_a_units_name_opens_no_name():
    people = _people(
        "Ông Lâm Văn Tú, Hiệu trưởng Trường Đại học Y Dược Cần Thơ cho biết như vậy. Bà Mai Thị Lan, Chủ "
        "tịch Hội Đông Y tỉnh Bến Tre dự họp. Anh Y Bhin Niê (30 tuổi) bị bắt."
    )
    assert _posts(people["Lâm Văn Tú"]) == [("Hiệu trưởng", "Trường Đại học Y Dược Cần Thơ")]
    assert _posts(people["Mai Thị Lan"]) == [("Chủ tịch", "Hội Đông Y tỉnh Bến Tre")]
    assert set(people) == {"Lâm Văn Tú", "Mai Thị Lan", "Y Bhin Niê"}


def test_acting_heads_keep_the_word_and_asides_do_not_break_the_post():
    people = _people(
        "Quyền Chánh Thanh tra Bộ Nội vụ Mạc Văn Dũng nói. Cục trưởng Cục Quản lý thị trường "
        "(Bộ Công Thương) Đàm Quang Hiếu cho biết thêm."
    )
    assert _posts(people["Mạc Văn Dũng"]) == [("Quyền Chánh Thanh tra", "Bộ Nội vụ")]
    assert _posts(people["Đàm Quang Hiếu"]) == [("Cục trưởng", "Cục Quản lý thị trường")]


def test_degrees_and_honorifics_are_not_part_of_a_name():
    people = _people("Đại tá, TS. Lò Văn Thìn, Phó Giám đốc Công an tỉnh Điện Biên trao đổi với phóng viên.")
    assert set(people) == {"Lò Văn Thìn"}
    assert people["Lò Văn Thìn"].rank == "Đại tá"


def test_photo_credits_and_next_sentences_are_not_names():
    people = _people(
        "Đoàn công tác kiểm tra hiện trường. Ảnh: Đặng Khoa Theo báo cáo của Công an tỉnh, anh "
        "Vương Đình Tùng Sau đó được đưa đi cấp cứu."
    )
    assert "Đặng Khoa" not in people and not any("Theo" in n for n in people)
    assert "Vương Đình Tùng" in people


def test_a_given_name_alone_is_a_later_mention():
    people = _people(
        "Ông Kha Văn Lực, Giám đốc Sở Y tế tỉnh Lạng Sơn phát biểu. Ông Lực cho biết thêm về dịch bệnh."
    )
    assert set(people) == {"Kha Văn Lực"}
    assert [m.text for m in people["Kha Văn Lực"].mentions] == ["Kha Văn Lực", "Lực"]


def test_a_post_left_later_in_the_sentence_is_a_former_one():
    people = _people(
        "Ông Vi Đức Hòa đã nộp đơn từ nhiệm chức vụ Phó Chủ tịch Hội đồng quản trị Ngân hàng Bắc Sơn."
    )
    posts = people["Vi Đức Hòa"].positions
    assert [(p.title, p.organization, p.status) for p in posts] == [
        ("Phó Chủ tịch", "Hội đồng quản trị Ngân hàng Bắc Sơn", "former")
    ]


def test_a_name_written_in_capitals_is_the_same_person():
    people = _people("Bắt giữ NGUYỄN VĂN KHƯƠNG. Đối tượng Nguyễn Văn Khương  bị tạm giữ.")
    assert list(people) == ["Nguyễn Văn Khương"]
    assert people["Nguyễn Văn Khương"].name_variants == ["NGUYỄN VĂN KHƯƠNG"]


def test_service_titles_and_double_spaces_stay_out_of_names():
    people = _people("QNCN Tòng  Văn Pao được khen thưởng.")
    assert list(people) == ["Tòng Văn Pao"]


def test_a_country_is_not_a_person_and_a_caption_word_is_not_a_name():
    people = _people(
        "Người đàn ông Trung Quốc bị bắt. Đại biểu Hứa Văn Bảo phát biểu. Đại biểu Hứa Văn Bảo Điều tra "
        "phải khách quan."
    )
    assert list(people) == ["Hứa Văn Bảo"]
    assert len(people["Hứa Văn Bảo"].mentions) == 2


def test_a_commune_name_before_a_name_is_not_part_of_it():
    people = _people(
        "Cựu Bí thư Đảng ủy xã Tân Mỹ Phan Hữu Lộc bị bắt. Chủ tịch xã Phú Lâm Đặng Văn Kỳ dự họp."
    )
    assert set(people) == {"Phan Hữu Lộc", "Đặng Văn Kỳ"}
    assert [(p.title, p.organization, p.status) for p in people["Phan Hữu Lộc"].positions] == [
        ("Bí thư", "Đảng ủy xã Tân Mỹ", "former")
    ]
    assert _posts(people["Đặng Văn Kỳ"]) == [("Chủ tịch", "UBND xã Phú Lâm")]


def test_a_ministers_title_without_the_ministry_word_and_a_foreign_leader():
    people = _people("Bộ trưởng Y tế Ninh Thị Hoa dự họp. Thủ tướng Nga Pyotr Ivanov cũng có mặt.")
    assert _posts(people["Ninh Thị Hoa"]) == [("Bộ trưởng", "Bộ Y tế")]
    assert not any(n.startswith("Nga") for n in people)
    assert all(p.organization != "Chính phủ" for person in people.values() for p in person.positions)


def test_a_bare_role_joined_by_kiem_and_a_brand_as_the_unit():
    people = _people(
        "Ông Lạc Văn Đông - Chủ tịch kiêm Tổng Giám đốc Công ty TNHH Cấp nước Hòa Sơn phát biểu. "
        "Ông Quan Văn Tú, nguyên Tổng Giám đốc PVTam, bị truy nã."
    )
    assert _posts(people["Lạc Văn Đông"]) == [
        ("Chủ tịch", "Công ty TNHH Cấp nước Hòa Sơn"),
        ("Tổng Giám đốc", "Công ty TNHH Cấp nước Hòa Sơn"),
    ]
    assert [(p.title, p.organization, p.status) for p in people["Quan Văn Tú"].positions] == [
        ("Tổng Giám đốc", "PVTam", "former")
    ]


def test_joining_boards_makes_a_member_and_a_development_centre_is_a_unit():
    people = _people(
        "Ban Bí thư chỉ định ông Giáp Văn Tường, Thứ trưởng Bộ Tài chính tham gia Ban Chấp hành, Ban Thường "
        "vụ và giữ chức vụ Phó Bí thư Tỉnh ủy Hà Giang. Ông Tường từng làm Giám đốc Trung tâm phát triển "
        "quỹ đất tỉnh Hà Giang."
    )
    posts = [(p.title, p.organization, p.status) for p in people["Giáp Văn Tường"].positions]
    assert posts == [
        ("Thứ trưởng", "Bộ Tài chính", None),
        ("Ủy viên", "Ban Chấp hành", None),
        ("Ủy viên", "Ban Thường vụ", None),
        ("Phó Bí thư", "Tỉnh ủy Hà Giang", None),
        ("Giám đốc", "Trung tâm phát triển quỹ đất tỉnh Hà Giang", "former"),
    ]


def test_given_names_alone_and_a_province_before_a_name():
    people = _people(
        "Bác sĩ Hồ Lan Chi – Phó giám đốc Bệnh viện Nhi tỉnh Điện Biên cho biết. Bác sĩ Lan Chi nói thêm. "
        "Công an tỉnh Lai Châu Lò Văn Hặc đã bị bắt."
    )
    assert set(people) == {"Hồ Lan Chi", "Lò Văn Hặc"}
    assert [m.text for m in people["Hồ Lan Chi"].mentions] == ["Hồ Lan Chi", "Lan Chi"]


def test_a_list_of_posts_after_chuc_vu_nhu():
    people = _people(
        "Ông Mã Văn Tín là Chủ tịch Ủy ban Kiểm toán của ngân hàng. Ngoài ra, ông Tín còn đảm nhiệm nhiều "
        "chức vụ tại các tổ chức khác như: Phó Chủ tịch Hội Tin học Hải Phòng nhiệm kỳ II, III; Ủy viên "
        "Hiệp hội Ngân hàng Việt Nam."
    )
    assert _posts(people["Mã Văn Tín"]) == [
        ("Chủ tịch", "Ủy ban Kiểm toán"),
        ("Phó Chủ tịch", "Hội Tin học Hải Phòng"),
        ("Ủy viên", "Hiệp hội Ngân hàng Việt Nam"),
    ]


def test_posts_in_an_aside_and_a_village_head():
    people = _people(
        "Bị cáo Đào Văn Hiếu (SN 1980, nguyên cán bộ Công an huyện Chợ Mới) khai nhận. Ông Hà Văn Tùng, "
        "Trưởng thôn Nà Pồng kể lại. Đại tá Lê Văn Cần, Phó Giám đốc Công an tỉnh Bắc Kạn, Thủ trưởng Cơ "
        "quan CSĐT Công an tỉnh cho biết."
    )
    assert [(p.title, p.organization, p.status) for p in people["Đào Văn Hiếu"].positions] == [
        ("Cán bộ", "Công an huyện Chợ Mới", "former")
    ]
    assert _posts(people["Hà Văn Tùng"]) == [("Trưởng thôn", "Thôn Nà Pồng")]
    assert _posts(people["Lê Văn Cần"]) == [
        ("Phó Giám đốc", "Công an tỉnh Bắc Kạn"),
        ("Thủ trưởng", "Cơ quan CSĐT Công an tỉnh Bắc Kạn"),
    ]


def test_streets_are_not_persons():
    people = _people(
        "Camera được lắp ở các nút giao Trần Quang Khải - Lý Thái Tổ; Ông Ích Khiêm-Lê Duẩn. Nghi phạm tạm trú "
        "tại 27 Lê Thị Riêng. Trung tá Khổng Văn Hòa, Đội phó Đội CSGT số 3 cho biết."
    )
    assert set(people) == {"Khổng Văn Hòa"}
    assert _posts(people["Khổng Văn Hòa"]) == [("Đội phó", "Đội CSGT số 3")]


def test_ministry_names_with_lower_case_words_and_foreign_brands():
    people = _people(
        "Bộ trưởng Bộ Thông tin và Truyền thông Đinh Minh Tâm dự. Ông Mạc Đình Tú, Phó Tổng Giám đốc Deloitte "
        "Việt Nam chia sẻ. Ông Âu Văn Sơn – nguyên Tổng giám đốc Oceanbank bị bắt. Ông Tạ Quốc Đính, Phó phòng "
        "TN&MT thông tin thêm."
    )
    assert _posts(people["Đinh Minh Tâm"]) == [("Bộ trưởng", "Bộ Thông tin và Truyền thông")]
    assert _posts(people["Mạc Đình Tú"]) == [("Phó Tổng Giám đốc", "Deloitte Việt Nam")]
    assert _posts(people["Âu Văn Sơn"]) == [("Tổng giám đốc", "Oceanbank")]
    assert _posts(people["Tạ Quốc Đính"]) == [("Phó phòng", "Phòng TN&MT")]


def test_a_units_parent_after_a_dash_or_run_on():
    people = _people(
        "Ông Viên Văn Đức, Phó Trưởng ban Dân nguyện - Ủy ban Thường vụ Quốc hội cho biết. Đại tá Ngô Sỹ Hào, "
        "Viện trưởng Viện Khoa học Hình sự Bộ Công an nói. Ông Nguyễn An Hạ, Phó Chánh Thanh tra TP Sau đó nói."
    )
    assert _posts(people["Viên Văn Đức"]) == [
        ("Phó Trưởng ban", "Ban Dân nguyện - Ủy ban Thường vụ Quốc hội")
    ]
    assert _posts(people["Ngô Sỹ Hào"]) == [("Viện trưởng", "Viện Khoa học Hình sự Bộ Công an")]
    assert all("Sau" not in (p.organization or "") for p in people["Nguyễn An Hạ"].positions)


def test_a_national_assembly_committee_keeps_its_owner_in_the_post():
    people = _people(
        "Chủ nhiệm Ủy ban Văn hóa và Giáo dục của Quốc hội Lương Thị Hòa trình bày báo cáo. "
        "Ủy viên Ủy ban Thường vụ Quốc hội Đào Minh Khuê phát biểu."
    )
    assert _posts(people["Lương Thị Hòa"]) == [("Chủ nhiệm", "Ủy ban Văn hóa và Giáo dục của Quốc hội")]
    assert _posts(people["Đào Minh Khuê"]) == [("Ủy viên", "Ủy ban Thường vụ Quốc hội")]


def test_a_deputy_written_after_the_units_word():
    people = _people(
        "Cục phó Cục Hải quan tỉnh Gia Lai Hà Văn Tư cho biết. Ông Lý Văn Chín, Chi cục Phó Chi cục Kiểm lâm tỉnh "
        "Gia Lai, nói. Ông Đỗ Văn Bảy giữ chức vụ Phó Chánh án Tòa án nhân dân tỉnh Gia Lai."
    )
    assert _posts(people["Hà Văn Tư"]) == [("Cục phó", "Cục Hải quan tỉnh Gia Lai")]
    assert _posts(people["Lý Văn Chín"]) == [("Chi cục Phó", "Chi cục Kiểm lâm tỉnh Gia Lai")]
    assert _posts(people["Đỗ Văn Bảy"]) == [("Phó Chánh án", "Tòa án nhân dân tỉnh Gia Lai")]
    clause = _people("Ông Lý Văn Chín - Chi cục Phó Chi cục quản lý đất đai xảy ra mâu thuẫn với ông Hà Văn Tư.")
    assert all(p.organization != "Chi cục Chi" for p in clause["Lý Văn Chín"].positions)


def test_a_post_of_a_unit_with_a_soft_head_after_cua():
    people = _people("Bà Phạm Thị Lài là điều dưỡng viên của Khoa Hồi sức tích cực, đã được báo tin.")
    assert _posts(people["Phạm Thị Lài"]) == [("Điều dưỡng viên", "Khoa Hồi sức tích cực")]


def test_a_lower_case_unit_whose_fields_a_dash_joins():
    people = _people("Ông Hà Văn Năm, cán bộ phòng Vật tư - trang thiết bị y tế, bị tạm giữ.")
    assert _posts(people["Hà Văn Năm"]) == [("Cán bộ", "Phòng Vật tư - trang thiết bị y tế")]


def test_a_police_chiefs_title_is_the_role_word_and_the_unit_the_police():
    # GUIDELINES: the title is the role word(s) alone; 'Công an xã X' is the unit.
    people = _people("Thượng úy Trần Văn Hải, Trưởng Công an xã Ea Tiêu cho biết.")
    assert people["Trần Văn Hải"].rank == "Thượng úy"
    assert _posts(people["Trần Văn Hải"]) == [("Trưởng", "Công an xã Ea Tiêu")]


def test_a_former_post_is_not_held_in_the_graph():
    from graph.rdf import ORG, facts_to_graph

    facts = extract(HEAD + "Ông Tạ Quang Vinh, nguyên Chủ tịch UBND tỉnh Cao Bằng, dự lễ.", "x.txt")
    graph = facts_to_graph(facts)
    assert list(graph.triples((None, ORG.holds, None))) == []
    assert list(graph.triples((None, ORG.member, None)))


def test_posts_written_as_initials():
    people = _people(
        "Tổng TTCP Lê Minh Tâm đã gửi văn bản. ĐBQH Hồ Thanh Sơn phát biểu. Phó TTCP Đỗ Quang Hùng ký. "
        "ĐB Trần Văn Tú (An Giang) hỏi lại. Vùng ĐBSCL mưa lớn."
    )
    assert _posts(people["Lê Minh Tâm"]) == [("Tổng Thanh tra", "Thanh tra Chính phủ")]
    assert _posts(people["Hồ Thanh Sơn"]) == [("Đại biểu", "Quốc hội")]
    assert _posts(people["Đỗ Quang Hùng"]) == [("Phó Tổng Thanh tra", "Thanh tra Chính phủ")]
    assert _posts(people["Trần Văn Tú"]) == [("Đại biểu", "Quốc hội")]


def test_words_that_open_sentences_inside_a_name():
    people = _people(
        "Dự họp có ông Phạm Thế Vinh, Phó Giám đốc Sở Tư pháp. Tòa xử bị cáo Lê Văn Bài (60 tuổi) về tội trộm."
    )
    assert _posts(people["Phạm Thế Vinh"]) == [("Phó Giám đốc", "Sở Tư pháp")]
    assert "Lê Văn Bài" in people


def test_anh_before_a_given_name_and_a_relatives_post():
    people = _people(
        "Sáng nay có vụ trộm xe. Anh Khoa (huyện Gia Lâm) kể lại sự việc. Được biết, Lê Văn Tâm là con "
        "của Giám đốc công ty vận tải Hòa Bình, anh Hồ Văn Tuấn là chủ cửa hàng."
    )
    assert "Khoa" in people
    assert _posts(people["Hồ Văn Tuấn"]) == []


def test_a_role_before_the_name_and_its_unit_in_brackets():
    people = _people(
        "Theo luật sư Đặng Quốc Bảo (Đoàn Luật sư tỉnh Tây Ninh), bị cáo có thể được giảm án. "
        "Kiểm sát viên Mai Thị Hồng (VKSND huyện Cần Giuộc) đề nghị mức án. Luật sư Lê Văn Tư (SN 1970) nói."
    )
    assert _posts(people["Đặng Quốc Bảo"]) == [("Luật sư", "Đoàn Luật sư tỉnh Tây Ninh")]
    assert _posts(people["Mai Thị Hồng"]) == [("Kiểm sát viên", "VKSND huyện Cần Giuộc")]
    assert _posts(people["Lê Văn Tư"]) == []


def test_a_central_highlands_name_with_an_apostrophe():
    people = _people("Sáng nay, chị H’Lan Niê kể lại sự việc. Người dân huyện Ia H’Drai cũng đến xem.")
    assert "H’Lan Niê" in people
    assert len(people) == 1


def test_given_names_alone_before_an_age():
    people = _people(
        "Nhóm gồm Phan Văn Lực (40 tuổi), Khải và Hào (29 tuổi, cùng trú tại xã Mỹ Lộc) đến quán. "
        "Một người Anh (19 tuổi) bị thương nhẹ."
    )
    assert {"Phan Văn Lực", "Khải", "Hào"} <= set(people)
    assert "Anh" not in people


def test_a_name_given_with_ten_la():
    people = _people("Một thanh niên tên là Khoa bỏ chạy. Người phụ nữ tên thường gọi là Mận (ngụ ấp 2) bị bắt.")
    assert {"Khoa", "Mận"} <= set(people)


def test_phó_công_an_is_the_deputy_police_chief():
    people = _people("Ông Đinh Văn Khôi, Phó Công an huyện Mỹ Hào cho biết nghi phạm đã bị bắt.")
    assert _posts(people["Đinh Văn Khôi"]) == [("Phó", "Công an huyện Mỹ Hào")]


def test_a_units_place_with_an_apostrophe_and_a_doctors_degree():
    people = _people(
        "Thượng tá Y Phôn Niê, Phó Trưởng Công an huyện Cư M’gar cho biết. Bác sĩ CKII Lò Văn Tân, "
        "Phó Giám đốc Bệnh viện Đa khoa tỉnh Đắk Nông nói."
    )
    assert _posts(people["Y Phôn Niê"]) == [("Phó Trưởng", "Công an huyện Cư M’gar")]
    assert _posts(people["Lò Văn Tân"]) == [("Phó Giám đốc", "Bệnh viện Đa khoa tỉnh Đắk Nông")]


def test_forest_rangers_party_cells_and_youth_unions_as_units():
    people = _people(
        "Ông Vi Văn Thạch, Hạt trưởng Hạt Kiểm lâm huyện Con Cuông cho biết. Ông Lục Văn Hòa, Bí thư "
        "Chi bộ thôn 3 nói thêm. Anh Chu Văn Lâm, Bí thư Đoàn xã Yên Khê cũng có mặt."
    )
    assert _posts(people["Vi Văn Thạch"]) == [("Hạt trưởng", "Hạt Kiểm lâm huyện Con Cuông")]
    assert _posts(people["Lục Văn Hòa"]) == [("Bí thư", "Chi bộ thôn 3")]
    assert _posts(people["Chu Văn Lâm"]) == [("Bí thư", "Đoàn xã Yên Khê")]


def test_a_school_named_after_a_hero_is_no_person():
    people = _people(
        "Nhóm người lạ đến điểm trường tiểu học chính Võ Thị Sáu phát kẹo. Trường hợp Đàm Văn Bảo bị bắt."
    )
    assert set(people) == {"Đàm Văn Bảo"}


def test_private_enterprises_and_cooperatives_as_units():
    people = _people(
        "Ông Quách Văn Lợi, Giám đốc doanh nghiệp tư nhân Lợi Phát, bị bắt. Ông Âu Văn Kiên, Chủ nhiệm "
        "HTX Tân Tiến cho biết."
    )
    assert _posts(people["Quách Văn Lợi"]) == [("Giám đốc", "Doanh nghiệp tư nhân Lợi Phát")]
    assert _posts(people["Âu Văn Kiên"]) == [("Chủ nhiệm", "HTX Tân Tiến")]


def test_a_friend_named_after_ban_la():
    people = _people("Hắn đến quán để gặp bạn là Kha Minh. Bạn gái Lương Ngọc Hà cũng có mặt.")
    assert {"Kha Minh", "Lương Ngọc Hà"} <= set(people)


def test_a_post_before_a_two_word_title_of_address():
    people = _people("Giám đốc Bệnh viện Đa khoa Tân Hiệp, bác sĩ Kiều Văn Lưu cho biết bệnh nhân đã tỉnh.")
    assert _posts(people["Kiều Văn Lưu"]) == [("Giám đốc", "Bệnh viện Đa khoa Tân Hiệp")]


def test_an_unwritten_commune_is_the_one_the_sentence_names_never_a_province():
    people = _people(
        "Ông Mạc Văn Hưng - Phó Chủ tịch UBND xã Đông Sơn kiêm Trưởng Công an xã có mặt. Về vụ việc ở "
        "tỉnh Hà Nam, ông Tô Văn Lộc, Trưởng Công an xã cho biết."
    )
    assert _posts(people["Mạc Văn Hưng"]) == [
        ("Phó Chủ tịch", "UBND xã Đông Sơn"),
        ("Trưởng", "Công an xã Đông Sơn"),
    ]
    # the report names one commune: a bare 'Công an xã' is that one, never the province just named
    assert _posts(people["Tô Văn Lộc"]) == [("Trưởng", "Công an xã Đông Sơn")]


def test_gd_is_giam_doc():
    people = _people(
        "Ông Khúc Quang Khải – GĐ Sở Y tế Hòa Bình đã đến thăm. Theo Phó GĐ Công an TP Hải Phòng Lã Văn "
        "Hiển, vụ việc đang được điều tra."
    )
    assert _posts(people["Khúc Quang Khải"]) == [("Giám đốc", "Sở Y tế Hòa Bình")]
    assert _posts(people["Lã Văn Hiển"]) == [("Phó Giám đốc", "Công an TP Hải Phòng")]


def test_ranks_written_with_the_old_tone_mark():
    people = _people("Đại uý Tạ Văn Hưng cùng Thiếu uý Lê Văn Nam đã có mặt.")
    assert people["Tạ Văn Hưng"].rank == "Đại úy"
    assert people["Lê Văn Nam"].rank == "Thiếu úy"


def test_chanh_thanh_tra_keeps_its_whole_title():
    people = _people("Ông Bạch Văn Hòa, Phó Chánh Thanh tra tỉnh Hưng Yên cho biết đoàn đã làm việc.")
    assert _posts(people["Bạch Văn Hòa"]) == [("Phó Chánh Thanh tra", "Thanh tra tỉnh Hưng Yên")]


def test_a_deputy_with_the_province_in_brackets_sits_in_the_national_assembly():
    people = _people(
        "Tại hội trường, đại biểu Vi Văn Thịnh (Quảng Bình) cho rằng cần sửa luật. Đại biểu Cao Văn Cầu "
        "(Đoàn Nghệ An) đồng tình. Đại biểu Lê Văn Hùng (SN 1970) dự hội nghị."
    )
    assert _posts(people["Vi Văn Thịnh"]) == [("Đại biểu", "Quốc hội")]
    assert _posts(people["Cao Văn Cầu"]) == [("Đại biểu", "Quốc hội")]
    assert _posts(people["Lê Văn Hùng"]) == []
    assert "Đoàn Nghệ An" not in people


def test_a_place_inside_a_units_name_that_opens_like_a_family_name():
    people = _people("Ông Hứa Văn Tài, Hiệu trưởng Trường THPT chuyên Hà Tĩnh cho biết.")
    assert _posts(people["Hứa Văn Tài"]) == [("Hiệu trưởng", "Trường THPT chuyên Hà Tĩnh")]
    assert set(people) == {"Hứa Văn Tài"}


def test_a_post_before_a_rank_and_a_given_name_before_a_dash():
    people = _people(
        "Trưởng Công an huyện Tân Lạc Đại tá Mẫn Văn Hùng cho biết. Sau đó, ông Hòa - Trưởng thôn Phú Lợi "
        "kể lại."
    )
    assert _posts(people["Mẫn Văn Hùng"]) == [("Trưởng", "Công an huyện Tân Lạc")]
    assert _posts(people["Hòa"]) == [("Trưởng thôn", "Thôn Phú Lợi")]


def test_a_post_after_an_aside_and_an_ongoing_copula():
    people = _people(
        "Tại xã Tân Phong, huyện Mỹ Lợi có cuộc họp. Bà Trần Thị Mai Hoa (em dâu ông Khổng Văn Bính) là "
        "Chánh văn phòng Đảng ủy xã Tân Phong. Ông Hồ Minh Trúc đang là Chủ tịch UBND xã Tân Phong. "
        "Ông Lò Văn Tốn (45 tuổi) làm Trưởng Công an xã Tân Phong."
    )
    assert _posts(people["Trần Thị Mai Hoa"]) == [("Chánh văn phòng", "Đảng ủy xã Tân Phong")]
    assert _posts(people["Khổng Văn Bính"]) == []
    assert _posts(people["Hồ Minh Trúc"]) == [("Chủ tịch", "UBND xã Tân Phong")]
    assert _posts(people["Lò Văn Tốn"]) == [("Trưởng", "Công an xã Tân Phong")]


def test_deputies_the_report_shortens_to_db_sit_in_the_council_it_named():
    people = _people(
        "Nhiều đại biểu HĐND TP.HCM (ĐB) bày tỏ bức xúc. ĐB Cao Văn Bính, Phó ban Kinh tế - Ngân sách "
        "HĐND TP, cho rằng cần xử lý. Bà Lê Thị Nà, Phó Ban Dân vận Tỉnh ủy Nghệ An phát biểu."
    )
    assert _posts(people["Cao Văn Bính"]) == [
        ("Phó ban", "Ban Kinh tế - Ngân sách HĐND TP Hồ Chí Minh"),
        ("Đại biểu", "HĐND TP.HCM"),
    ]
    assert _posts(people["Lê Thị Nà"]) == [("Phó Ban", "Ban Dân vận Tỉnh ủy Nghệ An")]


def test_a_unit_written_by_its_head_alone_is_the_one_unit_of_that_kind_the_report_names():
    people = _people(
        "Bệnh viện Đa khoa Hòa Lạc cung cấp thông tin. Ông Nguyễn Văn Phủ - Phó Giám đốc Bệnh viện - cho "
        "biết bác sĩ bị đánh. Công ty TNHH Hoa Sen Vàng bị kiểm tra; ông Lê Văn Tâm, Giám đốc Công ty cho "
        "biết sẽ khắc phục. Sở Y tế Nam Định và Sở Tài chính Nam Định họp; ông Trần Văn Lũy, Phó Giám đốc "
        "Sở, phát biểu."
    )
    assert _posts(people["Nguyễn Văn Phủ"]) == [("Phó Giám đốc", "Bệnh viện Đa khoa Hòa Lạc")]
    assert _posts(people["Lê Văn Tâm"]) == [("Giám đốc", "Công ty TNHH Hoa Sen Vàng")]
    assert _posts(people["Trần Văn Lũy"]) == []  # two departments: the text does not say which


def test_ministers_by_field_initials_general_directors_by_initials_and_a_presidium_of_a_body():
    people = _people(
        "Bộ trưởng NN-PTNT Nguyễn Xuân Cưỡng sẽ trả lời; Thứ trưởng TN-MT Lê Văn Phóng cùng dự. "
        "Các bị can gồm Nguyễn Xuân Sính - Nguyên TGĐ Ngân hàng Hải Dương. Ông Nguyễn Tục, Ủy viên Đoàn "
        "chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu."
    )
    assert _posts(people["Nguyễn Xuân Cưỡng"]) == [("Bộ trưởng", "Bộ NN-PTNT")]
    assert _posts(people["Lê Văn Phóng"]) == [("Thứ trưởng", "Bộ TN-MT")]
    assert _posts(people["Nguyễn Xuân Sính"]) == [("Tổng Giám đốc", "Ngân hàng Hải Dương")]
    assert people["Nguyễn Xuân Sính"].positions[0].status == "former"
    assert _posts(people["Nguyễn Tục"]) == [
        ("Ủy viên", "Đoàn chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
    ]


def test_a_deputy_director_beside_the_head_of_the_investigation_agency_is_the_police_s():
    people = _people(
        "Đại tá Vũ Nhân Khải, Phó Giám đốc, Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng, "
        "tới hiện trường. Trung tá Lò Quang Vịnh, Đội trưởng Đội cảnh sát Điều tra tội phạm về kinh tế và "
        "chức vụ, Công an TP Đà Lạt cho biết. Đại tá Chu Huy Dần, Trưởng phòng cảnh sát hình sự Công an "
        "tỉnh Sơn La cho biết."
    )
    assert _posts(people["Vũ Nhân Khải"]) == [
        ("Phó Giám đốc", "Công an tỉnh Lâm Đồng"),
        ("Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng"),
    ]
    assert _posts(people["Lò Quang Vịnh"]) == [
        ("Đội trưởng", "Đội cảnh sát Điều tra tội phạm về kinh tế và chức vụ")
    ]
    orgs = {o.name for o in extract(HEAD + "Đại tá Chu Huy Dần, Trưởng phòng cảnh sát hình sự Công an tỉnh "
                                     "Sơn La cho biết.", "x.txt").organizations}
    assert "Phòng cảnh sát hình sự Công an tỉnh Sơn La" in orgs


def test_a_board_of_directors_is_no_post_and_a_rank_opens_the_next_sentence():
    facts = extract(
        HEAD + "Tối qua chị Lan ngất xỉu tại công an phường Theo bà Nhường, tối 13/6, công an đến nhà. Sau "
        "đó báo cáo với Ban giám đốc Công an TP. Trung tá Nguyễn Quang Thắm, Phó phòng Tham mưu, Công an "
        "TP.HCM, cho biết.",
        "x.txt",
    )
    people = {p.name: p for p in facts.persons}
    assert _posts(people["Nguyễn Quang Thắm"]) == [("Phó phòng", "Phòng Tham mưu")]
    names = {o.name for o in facts.organizations}
    assert not any(n.endswith("Trung") or n.endswith("Theo") for n in names)


def test_acting_heads_vice_principals_and_political_officers():
    people = _people(
        "Ông Lê Văn Tấm, Phụ trách Phòng Cảnh sát hình sự Công an tỉnh Nam Định cho biết. Bà Hà Thị Mơ, "
        "Hiệu phó Trường THPT Lê Lợi cho biết. Thiếu tá Lò Văn Páo, Chính trị viên Đồn Biên phòng Cửa Tùng "
        "phát biểu. Cán bộ phụ trách địa bàn xã Hải Hậu, ông Trần Văn Khẩn, cho biết."
    )
    assert _posts(people["Lê Văn Tấm"]) == [("Phụ trách", "Phòng Cảnh sát hình sự Công an tỉnh Nam Định")]
    assert _posts(people["Hà Thị Mơ"]) == [("Hiệu phó", "Trường THPT Lê Lợi")]
    assert _posts(people["Lò Văn Páo"]) == [("Chính trị viên", "Đồn Biên phòng Cửa Tùng")]
    assert _posts(people["Trần Văn Khẩn"]) == []


def test_union_and_militia_posts_and_a_union_is_not_its_company():
    facts = extract(
        HEAD + "Ông Lê Văn Tấm, Chủ tịch Công đoàn Công ty TNHH Hải Hà cho biết. Công ty TNHH Hải Hà bị phạt. "
        "Ông Đỗ Văn Kiêm, Chỉ huy phó Ban Chỉ huy Quân sự huyện Hải Hậu dự họp.",
        "x.txt",
    )
    people = {p.name: p for p in facts.persons}
    assert _posts(people["Lê Văn Tấm"]) == [("Chủ tịch", "Công đoàn Công ty TNHH Hải Hà")]
    assert _posts(people["Đỗ Văn Kiêm"]) == [("Chỉ huy phó", "Ban Chỉ huy Quân sự huyện Hải Hậu")]
    orgs = {o.name: o for o in facts.organizations}
    assert orgs["Công đoàn Công ty TNHH Hải Hà"].part_of == "Công ty TNHH Hải Hà"
    assert orgs["Công đoàn Công ty TNHH Hải Hà"].kind == "mass-organisation"


def test_a_branch_of_a_named_bank_keeps_the_place_it_serves():
    people = _people("Ông Nguyễn Ngọc Thạnh - Giám đốc Chi nhánh Ngân hàng Nhà nước Việt Nam tại Quảng Ninh - cho biết.")
    assert _posts(people["Nguyễn Ngọc Thạnh"]) == [
        ("Giám đốc", "Chi nhánh Ngân hàng Nhà nước Việt Nam tại Quảng Ninh")
    ]


def test_a_minister_of_a_ministry_written_in_lower_case_and_by_hyphenated_initials():
    facts = extract(
        HEAD + "Bộ trưởng bộ Lao động, thương binh và xã hội Đào Ngọc Dũng đã chỉ đạo Sở Lao động, thương "
        "binh và xã hội Hà Nội kiểm tra. Thứ trưởng bộ LĐ-TB-XH Doãn Mậu Điệp thăm hỏi. Sở Tài chính, Kế "
        "hoạch và Đầu tư, Tài nguyên và môi trường họp.",
        "x.txt",
    )
    people = {p.name: p for p in facts.persons}
    assert _posts(people["Đào Ngọc Dũng"]) == [("Bộ trưởng", "Bộ Lao động, thương binh và xã hội")]
    assert _posts(people["Doãn Mậu Điệp"]) == [("Thứ trưởng", "Bộ LĐ-TB-XH")]
    orgs = {o.name: o.aliases for o in facts.organizations}
    assert "bộ LĐ-TB-XH" in orgs["Bộ Lao động, thương binh và xã hội"]
    assert "Sở Lao động, thương binh và xã hội Hà Nội" in orgs
    assert "Sở Tài chính, Kế hoạch và Đầu tư" in orgs


def test_a_district_committee_written_alone_is_the_district_the_sentence_names():
    people = _people(
        "Đoàn công tác làm việc với quận 2 và quận 9. Tại quận 2, Bí thư Quận ủy Nguyễn Hoài Nhân cho "
        "biết tình hình. Tại quận 9, Phó Bí thư Thường trực Quận ủy Cao Văn Mính cho biết quận còn hạn chế."
    )
    assert _posts(people["Nguyễn Hoài Nhân"]) == [("Bí thư", "Quận ủy quận 2")]
    assert _posts(people["Cao Văn Mính"]) == [("Phó Bí thư Thường trực", "Quận ủy quận 9")]


def test_a_name_after_family_after_a_numbered_district_or_with_an_opener_word_inside():
    people = _people(
        "Sáng nay, phóng viên về thăm gia đình Khổng Văn Lựu (46 tuổi). Vợ chồng ông Lựu đã ly hôn. "
        "Chủ tịch UBND quận 7 Lê Phước Hào kiến nghị tăng cường phân cấp. Hắn rủ Đinh Văn Tư (23 tuổi) "
        "và Huỳnh Trong Bảy (23 tuổi) đi đánh người."
    )
    assert "Khổng Văn Lựu" in people and "Lựu" not in people
    assert _posts(people["Lê Phước Hào"]) == [("Chủ tịch", "UBND quận 7")]
    assert "Huỳnh Trong Bảy" in people


def test_anonymised_persons_who_act_are_persons_as_written():
    people = _people(
        "Công an huyện đã yêu cầu Đặng Văn K. đến trụ sở làm việc. Lúc đó anh Q, chủ tiệm, đang uống "
        "nước; thấy tiệm bị cướp, anh Q cầm ghế chạy ra."
    )
    assert "Đặng Văn K" in people
    assert [m.text for m in people["Q"].mentions] == ["Q", "Q"]


def test_the_name_a_person_goes_by_is_a_mention_of_that_person():
    people = _people(
        "Thi thể cháu Lương Trung Nghĩa (6 tuổi, tên thường gọi là Tũn, trú tại thôn Đông) đã được tìm "
        "thấy. Gia đình cháu Tũn rất đau buồn."
    )
    assert list(people) == ["Lương Trung Nghĩa"]
    assert [m.text for m in people["Lương Trung Nghĩa"].mentions] == ["Lương Trung Nghĩa", "Tũn", "Tũn"]


def test_a_stray_full_stop_between_a_name_and_its_posts():
    people = _people(
        "Hội nghị khai mạc. Đồng chí Lưu Tiến Đạt. Ủy viên Trung ương Đảng, Bộ trưởng, Chủ nhiệm Văn phòng "
        "Chính phủ chủ trì."
    )
    assert _posts(people["Lưu Tiến Đạt"]) == [
        ("Ủy viên", "Trung ương Đảng"),
        ("Bộ trưởng", "Văn phòng Chính phủ"),
        ("Chủ nhiệm", "Văn phòng Chính phủ"),
    ]


def test_a_director_of_the_police_written_alone_directs_the_one_provinces_police_named():
    people = _people(
        "Hắn từng công tác tại Công an tỉnh Hà Nam. Sau đó, hắn được ông Lê Như Tường - Giám đốc Công an "
        "điều chuyển về Phòng Cảnh sát truy nã tội phạm. Công an huyện Kim Bảng đã vào cuộc."
    )
    assert _posts(people["Lê Như Tường"]) == [("Giám đốc", "Công an tỉnh Hà Nam")]


def test_a_capitalised_standing_qualifier_before_the_unit_is_part_of_the_title():
    people = _people("Ông Mạc Văn Hưng, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng chống tội phạm tỉnh Nam Định, phát biểu.")
    assert _posts(people["Mạc Văn Hưng"]) == [
        ("Phó Trưởng ban Thường trực", "Ban Chỉ đạo phòng chống tội phạm tỉnh Nam Định")
    ]


def test_a_role_alone_before_a_post_and_a_name_shares_the_posts_unit():
    people = _people(
        "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Lưu Tiến Đông cho biết như vậy. Tổng Thư ký, Chủ nhiệm "
        "Văn phòng Quốc hội Nguyễn Hạnh Phước cùng dự."
    )
    assert sorted(_posts(people["Lưu Tiến Đông"])) == [
        ("Bộ trưởng", "Văn phòng Chính phủ"),
        ("Chủ nhiệm", "Văn phòng Chính phủ"),
    ]
    assert sorted(_posts(people["Nguyễn Hạnh Phước"])) == [
        ("Chủ nhiệm", "Văn phòng Quốc hội"),
        ("Tổng Thư ký", "Quốc hội"),
    ]


def test_a_name_ending_in_a_word_that_may_open_a_sentence():
    people = _people(
        "Thiếu tướng Trịnh Ngọc Thế, Cục trưởng Cục An ninh kinh tế, phát biểu. Tỉnh đã cách chức ông "
        "Mai Xuân Sáng (57 tuổi). Huyện đề nghị cách hết chức vụ của ông Mai Xuân Sáng vì sai phạm."
    )
    assert _posts(people["Trịnh Ngọc Thế"]) == [("Cục trưởng", "Cục An ninh kinh tế")]
    assert "Mai Xuân" not in people and len(people["Mai Xuân Sáng"].mentions) == 2


def test_a_given_name_that_is_also_a_units_head_after_a_middle_name():
    people = _people("Giám đốc Sở GTVT Vũ Văn Viễn cho biết. Bị can Phan Văn Viện (30 tuổi) bị bắt.")
    assert "Phan Văn Viện" in people


def test_a_post_of_a_unit_written_after_cua():
    people = _people(
        "Ông Lê Văn Hào, Chánh văn phòng kiêm người phát ngôn của UBND TP Hải Phòng, cho biết. Đồng chí "
        "Lưu Tiến Đông, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Người phát ngôn của Chính phủ chủ trì."
    )
    assert ("Người phát ngôn", "UBND TP Hải Phòng") in _posts(people["Lê Văn Hào"])
    assert sorted(_posts(people["Lưu Tiến Đông"])) == [
        ("Bộ trưởng", "Văn phòng Chính phủ"),
        ("Chủ nhiệm", "Văn phòng Chính phủ"),
        ("Người phát ngôn", "Chính phủ"),
    ]


def test_a_field_of_two_syllables_goes_whole_on_the_units_name():
    people = _people(
        "Ông Lê Văn Tám giữ cương vị Thành viên Hội đồng quản trị từ năm 2009, Chủ tịch Ủy ban Rủi ro "
        "của SongHongBank từ năm 2012. Ông Trần Văn Mười là Cục trưởng Cục Khám chữa bệnh. "
        "Đại biểu Hà Văn Lũy, Ủy viên thường trực Ủy ban Các vấn đề xã hội cho rằng cần sửa luật."
    )
    assert ("Thành viên", "Hội đồng quản trị") in _posts(people["Lê Văn Tám"])
    assert _posts(people["Trần Văn Mười"]) == [("Cục trưởng", "Cục Khám chữa bệnh")]
    assert ("Ủy viên thường trực", "Ủy ban Các vấn đề xã hội") in _posts(people["Hà Văn Lũy"])


def test_a_post_names_its_unit_as_far_as_the_unit_found_there():
    people = _people(
        "Ông Trần Văn Bốn, Chủ tịch Hội Hồi sức cấp cứu và chống độc Việt Nam, cho biết. "
        "Ông Hà Văn Hai, Phó chủ nhiệm Ủy ban Khoa học công nghệ và môi trường của Quốc hội, phát biểu. "
        "Ông Đỗ Văn Ba, Cục trưởng Cục An ninh kinh tế nông lâm ngư nghiệp, Bộ Công an cho biết. "
        "Ông Lê Văn Tám - Giám đốc Sở Kế hoạch và đầu tư tỉnh Hòa Bình, cho biết."
    )
    assert _posts(people["Trần Văn Bốn"]) == [("Chủ tịch", "Hội Hồi sức cấp cứu và chống độc Việt Nam")]
    assert _posts(people["Hà Văn Hai"]) == [
        ("Phó chủ nhiệm", "Ủy ban Khoa học công nghệ và môi trường của Quốc hội")
    ]
    assert _posts(people["Đỗ Văn Ba"]) == [("Cục trưởng", "Cục An ninh kinh tế nông lâm ngư nghiệp")]
    assert _posts(people["Lê Văn Tám"]) == [("Giám đốc", "Sở Kế hoạch và đầu tư tỉnh Hòa Bình")]


def test_a_post_written_twice_for_a_name_ending_in_an_opener_word_is_one_post():
    people = _people(
        "Ông Lê Văn Sáng - Giám đốc Sở Tư pháp tỉnh Hòa Bình, cho biết đã bị triệu tập. "
        "Giám đốc Sở Tư pháp tỉnh Hòa Bình Lê Văn Sáng Nhà tôi không lớn. Ông Sáng cũng cho biết thêm."
    )
    assert _posts(people["Lê Văn Sáng"]) == [("Giám đốc", "Sở Tư pháp tỉnh Hòa Bình")]


def test_a_banks_transaction_office_is_a_unit_of_a_post():
    people = _people("Bà Lê Thị Hoa, quyền trưởng phòng giao dịch Bến Nghé, đã bị bắt.")
    assert _posts(people["Lê Thị Hoa"]) == [("Quyền Trưởng phòng", "Phòng giao dịch Bến Nghé")]


def test_a_name_after_a_posts_thanh_pho_is_the_holder_not_a_street():
    people = _people("UBND TP Đà Nẵng tổ chức gặp mặt. Chủ tịch UBND thành phố Huỳnh Đức Thọ tặng hoa.")
    assert _posts(people["Huỳnh Đức Thọ"]) == [("Chủ tịch", "UBND thành phố Đà Nẵng")]
    assert not _people("Nhà ông ở phố Nguyễn Văn Cừ.")


def test_a_team_named_for_a_district_that_sounds_like_a_person_keeps_its_name():
    facts = extract(
        "Các bị cáo gồm: Lê Văn Dũng (39 tuổi), nguyên Đội trưởng Đội TTGT Bình Lâm; "
        "Võ Hoàng Anh (35 tuổi), nguyên Đội trưởng Đội TTGT Ninh Kiều.",
        "t.txt",
    )
    people = {p.name: [(x.title, x.organization) for x in p.positions] for p in facts.persons}
    assert people.get("Võ Hoàng Anh") == [("Đội trưởng", "Đội TTGT Ninh Kiều")]
    assert "Ninh Kiều" not in people


def test_a_bare_post_in_a_list_takes_the_unit_the_post_before_it_names():
    people = _people(
        "Các bị can gồm: Hồ Nam Dương - nguyên Chủ tịch HĐQT Ngân hàng Sao Mai; Lý Phước Hòa - nguyên "
        "Tổng giám đốc; Đào Thanh Hưng - nguyên Phó Tổng giám đốc. Thiếu tướng Lê Văn Tám, Giám đốc Sở Y "
        "tế và ông Trần Văn Bảy, Phó Giám đốc, đã có mặt."
    )
    assert _posts(people["Lý Phước Hòa"]) == [("Tổng giám đốc", "Ngân hàng Sao Mai")]
    assert _posts(people["Đào Thanh Hưng"]) == [("Phó Tổng giám đốc", "Ngân hàng Sao Mai")]
    assert _posts(people["Trần Văn Bảy"]) == [("Phó Giám đốc", "Sở Y tế")]


def test_a_bare_post_after_posts_in_two_companies_or_before_a_chain_takes_no_unit():
    people = _people(
        "Bị can Hồ Nam Dương, nguyên Chủ tịch HĐQT Ngân hàng Sao Mai, kiêm Chủ tịch HĐQT Công ty Sao Mai; "
        "Lý Phước Hòa, nguyên Tổng giám đốc; Đào Văn Hòa - nguyên Tổng giám đốc, Phó Tổng giám đốc Công ty "
        "Bình An."
    )
    assert _posts(people["Lý Phước Hòa"]) == []
    assert ("Tổng giám đốc", "Công ty Sao Mai") not in _posts(people["Đào Văn Hòa"])


def test_a_team_leaders_unit_written_without_its_head_word_is_the_team():
    people = _people(
        "Các bị cáo gồm: Lý Văn Minh (32 tuổi), nguyên Đội phó TTGT TP Cần Thơ; Hồ Văn Thiện (40 tuổi), "
        "nguyên Phó đội trưởng TTGT huyện Phong Điền. Thiếu tá Phạm Như Tường, Đội phó Đội phòng ngừa tội "
        "phạm, cho biết."
    )
    assert _posts(people["Lý Văn Minh"]) == [("Đội phó", "Đội TTGT TP Cần Thơ")]
    assert _posts(people["Hồ Văn Thiện"]) == [("Phó đội trưởng", "Đội TTGT huyện Phong Điền")]
    assert ("Đội phó", "Đội") not in _posts(people["Phạm Như Tường"])


def test_a_name_set_off_by_a_dash_after_a_post_holds_it():
    people = _people(
        "Xem hình ảnh, Chủ tịch UBND xã Chơ Lâm - Đinh Văn Phiêu - khẳng định hoạt động đã dừng. "
        "Ông Lê Văn Tám, Giám đốc Sở Y tế - Trần Văn Bảy cùng đi."
    )
    assert _posts(people["Đinh Văn Phiêu"]) == [("Chủ tịch", "UBND xã Chơ Lâm")]
    assert _posts(people["Lê Văn Tám"]) == [("Giám đốc", "Sở Y tế")]


def test_a_police_chief_by_initials_and_a_unit_code_written_apart():
    people = _people(
        "Ông Hà Mạnh Hưng - Trưởng CA quận Hoàn Kiếm cho hay đã nắm được tin. Thượng tá Mai Văn Dần "
        "(Phó Trưởng Phòng PC 49, Công an Quảng Bình) bị tấn công."
    )
    assert _posts(people["Hà Mạnh Hưng"]) == [("Trưởng", "CA quận Hoàn Kiếm")]
    assert _posts(people["Mai Văn Dần"]) == [("Phó Trưởng Phòng", "Phòng PC 49")]


def test_the_reporter_a_person_spoke_to_is_not_the_persons_post():
    people = _people(
        "Ngày 19-5, trao đổi với phóng viên Báo Bình Minh, ông Phạm Tân Phượng, Phó trưởng Phòng Giáo dục "
        "huyện Tân Kỳ, cho biết. Phóng viên Báo Bình Minh, anh Lê Văn Tám, đã có mặt."
    )
    assert _posts(people["Phạm Tân Phượng"]) == [("Phó trưởng Phòng", "Phòng Giáo dục huyện Tân Kỳ")]
    assert _posts(people["Lê Văn Tám"]) == [("Phóng viên", "Báo Bình Minh")]


def test_a_post_later_in_the_aside_after_a_name_past_age_and_home():
    people = _people(
        "Bị can Lê Văn Tám (40 tuổi, ở quận 3, TP.HCM - Giám đốc Công ty Sao Việt) bị bắt. Bị can Trần Văn "
        "Bảy (31 tuổi, quê Bắc Ninh, Giám đốc Công ty TNHH Hòa An) cũng bị bắt."
    )
    assert _posts(people["Lê Văn Tám"]) == [("Giám đốc", "Công ty Sao Việt")]
    assert _posts(people["Trần Văn Bảy"]) == [("Giám đốc", "Công ty TNHH Hòa An")]


def test_a_national_department_is_named_alone_in_a_post_a_provinces_division_with_its_police():
    people = _people(
        "Thiếu tướng Lê Văn Tám, Cục trưởng Cục An ninh nông nghiệp - Tổng cục An ninh (Bộ Công an), cho biết. "
        "Thiếu tướng Hồ Sỹ Tiền - cục trưởng cục Cảnh sát hình sự - Bộ Công an chia sẻ. Ông Lê Văn Chín, "
        "Trưởng phòng CSGT - Công an tỉnh Sơn Lâm cho biết."
    )
    assert _posts(people["Lê Văn Tám"]) == [("Cục trưởng", "Cục An ninh nông nghiệp")]
    assert _posts(people["Hồ Sỹ Tiền"]) == [("Cục trưởng", "Cục Cảnh sát hình sự")]
    assert _posts(people["Lê Văn Chín"]) == [("Trưởng phòng", "Phòng CSGT - Công an tỉnh Sơn Lâm")]


def test_the_reporter_who_interviewed_a_person_is_not_the_persons_post():
    people = _people(
        "Trả lời phỏng vấn phóng viên Báo Bình Minh, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Đồng Nai "
        "Lê Văn Tám cho biết."
    )
    assert _posts(people["Lê Văn Tám"]) == [("Giám đốc", "Ngân hàng Nhà nước chi nhánh tỉnh Đồng Nai")]


def test_a_given_name_that_is_also_a_country_is_a_later_mention():
    people = _people(
        "Ông Trần Minh Đức cho biết đơn vị đã triển khai. Ông Đức là Phó Giám đốc Công an tỉnh Hà Nam."
    )
    assert list(people) == ["Trần Minh Đức"]
    assert _posts(people["Trần Minh Đức"]) == [("Phó Giám đốc", "Công an tỉnh Hà Nam")]


def test_a_secretary_beside_a_peoples_committee_post_is_the_party_committees():
    people = _people(
        "Ông Lê Văn Tâm, Phó Bí thư, Chủ tịch UBND xã Hòa Lạc cho biết. Bí thư, Chủ tịch UBND huyện "
        "Kim Sơn Đỗ Quang Vinh dự họp."
    )
    assert _posts(people["Lê Văn Tâm"]) == [("Phó Bí thư", "Đảng ủy xã Hòa Lạc"), ("Chủ tịch", "UBND xã Hòa Lạc")]
    assert ("Bí thư", "Huyện ủy Kim Sơn") in _posts(people["Đỗ Quang Vinh"])


def test_a_title_alone_is_in_the_one_unit_of_its_head_the_report_names():
    people = _people(
        "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam vừa bắt đối tượng. Thượng tá Ngô Văn Hải, Trưởng phòng "
        "cho biết. Sở Y tế tỉnh Hà Nam đã vào cuộc. Ông Đào Văn Lực, Giám đốc sở cho biết."
    )
    assert _posts(people["Ngô Văn Hải"]) == [("Trưởng phòng", "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam")]
    assert _posts(people["Đào Văn Lực"]) == [("Giám đốc", "Sở Y tế tỉnh Hà Nam")]
    two = _people(
        "Phòng Cảnh sát hình sự và Phòng Cảnh sát kinh tế vừa bắt đối tượng. Thượng tá Ngô Văn Hải, "
        "Trưởng phòng cho biết."
    )
    assert _posts(two["Ngô Văn Hải"]) == []  # two divisions named: whose head he is stays unknown


def test_staff_posts_of_accountants_detectives_and_workers():
    people = _people(
        "Bà Lê Thị Hoa, kế toán Công ty TNHH Thành Phát, khai nhận. Anh Phùng Văn Tín, trinh sát Phòng "
        "Cảnh sát hình sự Công an tỉnh Hà Nam, bị thương."
    )
    assert _posts(people["Lê Thị Hoa"]) == [("Kế toán", "Công ty TNHH Thành Phát")]
    assert _posts(people["Phùng Văn Tín"]) == [("Trinh sát", "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam")]


def test_a_team_leader_leads_the_team_written_after_the_title_or_before_do():
    people = _people(
        "Công an huyện Kim Sơn lập tổ công tác đặc biệt do Thượng úy Phạm Quốc Khánh làm tổ trưởng. "
        "Trung úy Lã Văn Bình, tổ trưởng tổ tuần tra Đội CSGT số 3 cho biết. Tổ công tác do ông Tạ Văn "
        "Lợi, Phó Giám đốc Sở NN&PTNT, làm tổ trưởng."
    )
    assert _posts(people["Phạm Quốc Khánh"]) == [("Tổ trưởng", "tổ công tác đặc biệt")]
    assert _posts(people["Lã Văn Bình"]) == [("Tổ trưởng", "tổ tuần tra Đội CSGT số 3")]
    assert ("Tổ trưởng", "Tổ công tác") in _posts(people["Tạ Văn Lợi"])


def test_a_bare_company_post_in_brackets_after_a_name_in_a_list():
    people = _people(
        "Tòa xử Trần Văn Liêm (nguyên Tổng giám đốc công ty Hải Phát Lines), Giang Kim Lực (nguyên Phó "
        "Tổng giám đốc); Đàm Văn Tý (nguyên Kế toán trưởng) về tội tham ô."
    )
    assert _posts(people["Giang Kim Lực"]) == [("Phó Tổng giám đốc", "Công ty Hải Phát Lines")]
    assert _posts(people["Đàm Văn Tý"]) == [("Kế toán trưởng", "Công ty Hải Phát Lines")]


def test_a_director_alone_is_of_the_one_unit_with_a_director_the_report_names():
    people = _people("Đại diện Công an tỉnh Hà Nam, Đại tá Nguyễn Văn Ân, Phó Giám đốc cho biết.")
    assert _posts(people["Nguyễn Văn Ân"]) == [("Phó Giám đốc", "Công an tỉnh Hà Nam")]
    two = _people("Công an tỉnh Hà Nam và Sở Y tế vừa họp. Đại tá Ngô Văn Hải, Phó Giám đốc cho biết.")
    assert _posts(two["Ngô Văn Hải"]) == []


def test_a_title_before_a_name_is_in_the_one_unit_of_its_head_the_report_names():
    people = _people(
        "Bộ GTVT vừa họp. Thứ trưởng Nguyễn Ngọc Hoan đã yêu cầu các đơn vị rà soát. Cô Hà Thị Vân, tổ "
        "trưởng tổ chấm thi số 3 tỉnh Hưng Yên cho biết."
    )
    assert _posts(people["Nguyễn Ngọc Hoan"]) == [("Thứ trưởng", "Bộ GTVT")]
    assert _posts(people["Hà Thị Vân"]) == [("Tổ trưởng", "tổ chấm thi số 3 tỉnh Hưng Yên")]


def test_a_post_written_in_full_wins_over_a_guessed_unit():
    people = _people(
        "Bộ KH&ĐT dự họp. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Văn Tùng chủ trì. Bộ trưởng Mai "
        "Văn Tùng nhấn mạnh yêu cầu."
    )
    assert ("Bộ trưởng", "Bộ KH&ĐT") not in _posts(people["Mai Văn Tùng"])
    assert ("Bộ trưởng", "Văn phòng Chính phủ") in _posts(people["Mai Văn Tùng"])


def test_a_party_committee_written_in_lower_case():
    people = _people(
        "Chiều 18/6, ông Lạc Văn Ất - Bí thư huyện ủy Kim Sơn xác nhận vụ việc. Ông Đồng Văn Bảy, Bí thư "
        "đảng ủy xã Hòa Lạc cho biết."
    )
    assert _posts(people["Lạc Văn Ất"]) == [("Bí thư", "Huyện ủy Kim Sơn")]
    assert _posts(people["Đồng Văn Bảy"]) == [("Bí thư", "Đảng ủy xã Hòa Lạc")]


def test_a_party_committee_member_keeps_the_chain_and_a_brand_board_lists_its_officers():
    people = _people(
        "Lễ hội ở huyện Kim Sơn, tỉnh Ninh Bình. Ông Mạc Văn Ất - Huyện ủy viên, Trưởng phòng Văn hóa và "
        "Thông tin huyện cho biết. Bị can gồm Huỳnh Nam Dư, nguyên Chủ tịch HĐQT XYB; Tạ Phước Hòa, nguyên "
        "Tổng giám đốc."
    )
    assert _posts(people["Mạc Văn Ất"]) == [
        ("Huyện ủy viên", "Huyện ủy Kim Sơn"),
        ("Trưởng phòng", "Phòng Văn hóa và Thông tin huyện Kim Sơn"),
    ]
    assert _posts(people["Tạ Phước Hòa"]) == [("Tổng giám đốc", "XYB")]


def test_a_general_association_and_an_alliance_are_units():
    people = _people("Ông Phạm Sỹ Lâm, Phó Chủ tịch Tổng hội Xây dựng Việt Nam cũng cho rằng như vậy.")
    assert _posts(people["Phạm Sỹ Lâm"]) == [("Phó Chủ tịch", "Tổng hội Xây dựng Việt Nam")]


def test_a_secretary_of_a_place_is_the_secretary_of_its_party_committee():
    people = _people(
        "Hắn tấn công ông Đinh Quốc Khải – Bí thư thị trấn Kỳ Sơn. Ông Lò Văn Mạnh, Phó Bí thư huyện Kim "
        "Sơn cho biết."
    )
    assert _posts(people["Đinh Quốc Khải"]) == [("Bí thư", "Đảng ủy thị trấn Kỳ Sơn")]
    assert _posts(people["Lò Văn Mạnh"]) == [("Phó Bí thư", "Huyện ủy Kim Sơn")]


def test_bare_posts_in_a_list_take_the_unit_its_last_item_names():
    people = _people(
        "Đoàn kiểm tra ông Lê Xuân Nhu (Hiệu trưởng), ông Ma Văn Khoa (Phó hiệu trưởng) và bà Vi Thị Tố "
        "(Kế toán trường Tiểu học Lê Lai). Bị can có Huỳnh Nam Dư, nguyên Tổng Giám đốc; Tạ Văn Thanh, "
        "nguyên Kế toán trưởng Ngân hàng XYB; Lữ Thị Bình bị bắt."
    )
    assert _posts(people["Lê Xuân Nhu"]) == [("Hiệu trưởng", "Trường Tiểu học Lê Lai")]
    assert _posts(people["Ma Văn Khoa"]) == [("Phó hiệu trưởng", "Trường Tiểu học Lê Lai")]
    assert _posts(people["Huỳnh Nam Dư"]) == [("Tổng Giám đốc", "Ngân hàng XYB")]
    assert people["Huỳnh Nam Dư"].positions[0].status == "former"
    assert _posts(people["Lữ Thị Bình"]) == []


def test_a_director_in_a_list_does_not_take_a_schools_unit():
    people = _people(
        "Đoàn kiểm tra ông Lê Xuân Nhu (Giám đốc), ông Ma Văn Khoa (Phó giám đốc) và bà Vi Thị Tố (Kế "
        "toán trường Tiểu học Lê Lai)."
    )
    assert _posts(people["Lê Xuân Nhu"]) == []
    assert _posts(people["Vi Thị Tố"]) == [("Kế toán", "Trường Tiểu học Lê Lai")]


def test_a_deputy_named_with_the_province_of_his_delegation():
    # The province after 'Quốc hội' is the delegation's; the post is in the one National Assembly.
    people = _people(
        "Đại biểu Quốc hội tỉnh Nam Định Lò Văn Khiêm phát biểu ý kiến. "
        "Đại biểu Quốc hội thành phố Hà Nội Đào Thị Mận đồng tình."
    )
    assert _posts(people["Lò Văn Khiêm"]) == [("Đại biểu", "Quốc hội")]
    assert _posts(people["Đào Thị Mận"]) == [("Đại biểu", "Quốc hội")]


def test_a_unit_named_by_a_comma_list_of_civil_status_fields():
    # 'hộ tịch', 'chứng thực' are fields of a unit's name, so the list does not cut the title off.
    people = _people("Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực Lò Văn Khiêm thông tin thêm.")
    assert _posts(people["Lò Văn Khiêm"]) == [("Cục trưởng", "Cục Quốc tịch, hộ tịch và chứng thực")]


def test_a_post_before_the_name_across_its_units_places_or_parent():
    people = _people(
        "Ngày 3/4, Chủ tịch UBND xã Tân Lộc, huyện Đức Phong (Long An) - ông Trần Văn Bính xác nhận sự "
        "việc. Cục trưởng Cục Giám sát, Thanh tra Chính phủ Phạm Văn Đạo đã ký quyết định. Theo Trưởng "
        "Công an phường Lê Văn Tám, ông Hồ Văn Hòe cũng cho biết, lực lượng đã có mặt. Chúng tôi đã gửi "
        "giấy mời cho đồng chí trưởng công an xã Việt Lâm Nguyễn Sỹ Nguyền."
    )
    assert _posts(people["Trần Văn Bính"]) == [("Chủ tịch", "UBND xã Tân Lộc")]
    assert _posts(people["Phạm Văn Đạo"]) == [("Cục trưởng", "Cục Giám sát")]
    assert _posts(people["Hồ Văn Hòe"]) == [("Trưởng", "Công an phường Lê Văn Tám")]
    assert _posts(people["Nguyễn Sỹ Nguyền"]) == [("Trưởng", "Công an xã Việt Lâm")]


def test_a_post_before_a_clause_is_not_the_next_names():
    people = _people("Chủ tịch UBND xã Tân Lộc cho biết, ông Trần Văn Bính đã bị bắt giữ.")
    assert _posts(people["Trần Văn Bính"]) == []


def test_deputy_village_heads_national_parks_and_lower_case_unit_words():
    people = _people(
        "Chiều cùng ngày, ông Lê Văn Bá, Phó trưởng thôn Đông, xã Tân Hòa cho biết sự việc. Ông Ngô Văn "
        "Hải - Phó Giám đốc Vườn quốc gia Bạch Vân cho biết gỗ không quý. Đại úy Vũ Văn Hưởng, Đội trưởng "
        "Đội trinh sát, Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Lai Châu kể lại."
    )
    assert _posts(people["Lê Văn Bá"]) == [("Phó trưởng thôn", "Thôn Đông")]
    assert _posts(people["Ngô Văn Hải"]) == [("Phó Giám đốc", "Vườn quốc gia Bạch Vân")]
    assert _posts(people["Vũ Văn Hưởng"]) == [("Đội trưởng", "Đội trinh sát")]


def test_a_role_before_the_name_and_its_unit_after_a_dash():
    people = _people("Bộ đã thu thẻ nhà báo của phóng viên Lê Văn Phú- báo Sao Mai.")
    assert _posts(people["Lê Văn Phú"]) == [("Phóng viên", "Báo Sao Mai")]


def test_the_head_of_a_law_office_heads_the_office():
    people = _people(
        "Theo luật sư Nguyễn Anh Thơ, Trưởng văn phòng luật sư Thơ Anh (Đoàn luật sư TP Hà Nội), Công an "
        "huyện đã ra quyết định khởi tố."
    )
    assert ("Trưởng văn phòng", "Văn phòng luật sư Thơ Anh") in _posts(people["Nguyễn Anh Thơ"])


def test_a_bare_chairman_chairs_the_one_peoples_committee_named():
    people = _people(
        "Tại buổi làm việc giữa UBND TP Hải An với các sở ngành, Chủ tịch Nguyễn Đức Chiến yêu cầu lãnh "
        "đạo Sở Y tế báo cáo."
    )
    assert _posts(people["Nguyễn Đức Chiến"]) == [("Chủ tịch", "UBND TP Hải An")]
    people = _people(
        "Tại buổi làm việc giữa UBND TP Hải An với HĐND TP Hải An, Chủ tịch Nguyễn Đức Chiến yêu cầu báo cáo."
    )
    assert _posts(people["Nguyễn Đức Chiến"]) == []


def test_court_division_heads_and_the_labour_federation():
    people = _people(
        "Thẩm phán Nghiêm Thị Lương, Chánh tòa Hình sự TAND tỉnh Bắc Hà sẽ ngồi ghế chủ tọa. Dự có Bùi Văn "
        "Cường - Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Lê Hoài Trinh - Thứ trưởng Bộ Ngoại giao."
    )
    assert ("Chánh tòa", "Tòa Hình sự TAND tỉnh Bắc Hà") in _posts(people["Nghiêm Thị Lương"])
    assert _posts(people["Bùi Văn Cường"]) == [("Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")]


def test_a_unit_of_the_province_pointed_back_to():
    people = _people(
        "Tại cuộc họp báo của tỉnh Sóc Trăng, ông Huỳnh Quốc Hoàn, Chánh thanh tra tỉnh này cho biết."
    )
    assert _posts(people["Huỳnh Quốc Hoàn"]) == [("Chánh thanh tra", "Thanh tra tỉnh Sóc Trăng")]


def test_a_post_taken_up_and_a_post_shared_by_a_list():
    people = _people("Ông Trần Văn Bình vừa nhậm chức Giám đốc Sở Tư pháp tỉnh Hà Giang.")
    assert _posts(people["Trần Văn Bình"]) == [("Giám đốc", "Sở Tư pháp tỉnh Hà Giang")]
    people = _people(
        "Cơ quan điều tra bắt Lê Văn Quang, Vũ Đình Hưng, cùng là phó giám đốc Công ty TNHH Hòa Phong. Ông "
        "Lê Văn Hậu, ông Vũ Văn Đàm và bà Lê Thị Hoa đều là Phó Giám đốc Công ty TNHH Hòa Sơn."
    )
    for name in ("Lê Văn Quang", "Vũ Đình Hưng"):
        assert _posts(people[name]) == [("Phó giám đốc", "Công ty TNHH Hòa Phong")]
    for name in ("Lê Văn Hậu", "Vũ Văn Đàm", "Lê Thị Hoa"):
        assert _posts(people[name]) == [("Phó Giám đốc", "Công ty TNHH Hòa Sơn")]
    people = _people("Ông Lê Văn Hậu, ông Vũ Văn Đàm, Phó Giám đốc Công an tỉnh Hà Giang dự họp.")
    assert _posts(people["Lê Văn Hậu"]) == []


def test_a_deputy_station_head_written_station_first():
    people = _people("Thiếu tá Hoàng Anh Tấn - Trạm phó Trạm Kiểm lâm Ngọc Hà cho biết.")
    assert _posts(people["Hoàng Anh Tấn"]) == [("Trạm phó", "Trạm Kiểm lâm Ngọc Hà")]


def test_titles_with_a_field_and_youth_union_committees():
    people = _people(
        "Ông Lê Văn Hạ, Giám đốc điều hành Công ty CP Tân Lục cho biết. Ông Lê Văn Hợi, Bí thư Huyện đoàn "
        "Tân Lục cho biết. Ông Lê Văn Hùy, Thư ký Tòa soạn báo Tân Lục cho biết."
    )
    assert _posts(people["Lê Văn Hạ"]) == [("Giám đốc điều hành", "Công ty CP Tân Lục")]
    assert _posts(people["Lê Văn Hợi"]) == [("Bí thư", "Huyện đoàn Tân Lục")]
    assert _posts(people["Lê Văn Hùy"]) == [("Thư ký Tòa soạn", "Báo Tân Lục")]


def test_an_assembly_committee_named_in_lower_case():
    people = _people("ĐBQH Lê Văn Khánh, Phó chủ nhiệm Ủy ban đối ngoại của Quốc hội nêu quan điểm.")
    assert ("Phó chủ nhiệm", "Ủy ban đối ngoại của Quốc hội") in _posts(people["Lê Văn Khánh"])
    people = _people("Bà Đỗ Thị Hạnh, Ủy viên thường trực Ủy ban các vấn đề xã hội của Quốc hội nói.")
    assert _posts(people["Đỗ Thị Hạnh"]) == [("Ủy viên thường trực", "Ủy ban các vấn đề xã hội của Quốc hội")]


def test_the_head_of_a_law_practice_written_in_capitals():
    people = _people("Luật sư Lê Văn Khánh – Trưởng Văn phòng Luật sư Bình Minh cho biết.")
    assert _posts(people["Lê Văn Khánh"]) == [("Trưởng Văn phòng", "Văn phòng Luật sư Bình Minh")]
    people = _people("Ông Đỗ Văn Tâm, Chánh Văn phòng Sở Y tế tỉnh Bình Lạc cho biết.")
    assert _posts(people["Đỗ Văn Tâm"]) == [("Chánh Văn phòng", "Sở Y tế tỉnh Bình Lạc")]


def test_a_deputy_with_a_post_after_the_delegation():
    people = _people("Đại biểu Lê Văn Khánh (Đoàn Thanh Hóa - Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội) nói.")
    assert _posts(people["Lê Văn Khánh"]) == [
        ("Đại biểu", "Quốc hội"),
        ("Phó Chủ nhiệm", "Ủy ban Pháp luật của Quốc hội"),
    ]


def test_a_post_in_an_aside_opened_by_la():
    people = _people("Theo cáo trạng, Đỗ Văn Tâm (là Trưởng Công an xã Hòa Lạc) đã bỏ trốn.")
    assert _posts(people["Đỗ Văn Tâm"]) == [("Trưởng", "Công an xã Hòa Lạc")]
    people = _people("Đỗ Văn Tâm (là con ông Lê Văn Khánh, Chủ tịch UBND xã Hòa Lạc) bỏ trốn.")
    assert _posts(people["Đỗ Văn Tâm"]) == []


def test_a_land_registration_office_reads_its_field():
    people = _people("Đỗ Văn Tâm, Giám đốc chi nhánh Văn phòng đăng ký đất đai huyện Hòa Lạc bị bắt.")
    assert _posts(people["Đỗ Văn Tâm"]) == [("Giám đốc", "Chi nhánh Văn phòng đăng ký đất đai huyện Hòa Lạc")]


def test_a_centre_capitalised_on_its_first_field_only_with_a_long_name():
    people = _people(
        "Ông Đỗ Văn Tâm - Giám đốc Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM cho biết."
    )
    assert _posts(people["Đỗ Văn Tâm"]) == [
        ("Giám đốc", "Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM")
    ]


def test_a_deputy_whose_province_is_written_with_its_level():
    people = _people("Đại biểu Lê Văn Khánh (TP Hồ Chí Minh) đề xuất bổ sung điều luật.")
    assert _posts(people["Lê Văn Khánh"]) == [("Đại biểu", "Quốc hội")]
    people = _people("Đại biểu Đỗ Thị Hạnh (tỉnh Nghệ An) đề xuất bổ sung điều luật.")
    assert _posts(people["Đỗ Thị Hạnh"]) == [("Đại biểu", "Quốc hội")]


def test_a_deputy_whose_delegation_follows_a_comma():
    people = _people("Đại biểu Lê Văn Khánh, đoàn Hà Nội, cho rằng cần sửa luật.")
    assert _posts(people["Lê Văn Khánh"]) == [("Đại biểu", "Quốc hội")]


def test_a_unit_stops_before_the_predicate_or_the_next_sentence():
    people = _people("Ông Đỗ Văn Khang, Hiệu trưởng Trường ĐH Vinh vẫn luôn chuẩn bị kỹ.")
    assert _posts(people["Đỗ Văn Khang"]) == [("Hiệu trưởng", "Trường ĐH Vinh")]
    people = _people("Ông Lê Văn Khánh, Giám đốc Sở Y tế Hòa Bình Đến ngày 7/7 sẽ hết thời hạn.")
    assert _posts(people["Lê Văn Khánh"]) == [("Giám đốc", "Sở Y tế Hòa Bình")]


def test_a_board_of_the_assembly_standing_committee():
    people = _people("Sau đó, Trưởng Ban Dân nguyện của Ủy ban thường vụ Quốc hội Lê Văn Khánh phát biểu.")
    assert _posts(people["Lê Văn Khánh"]) == [("Trưởng Ban", "Ban Dân nguyện của Ủy ban thường vụ Quốc hội")]


def test_a_unit_is_never_cut_inside_a_word():
    people = _people("Ông Lê Văn Khánh, Trưởng đoàn tư vấn của tỉnh cho biết.")
    assert ("Trưởng đoàn", "Đoàn tư") not in _posts(people["Lê Văn Khánh"])


def test_a_senior_adviser_is_one_title():
    people = _people("Ông Đỗ Văn Tâm, Cố vấn cấp cao HĐQT Ngân hàng Bình Minh cho rằng cần sửa.")
    assert _posts(people["Đỗ Văn Tâm"]) == [("Cố vấn cấp cao", "HĐQT Ngân hàng Bình Minh")]


def test_an_executive_sharing_a_board_post_unit_is_the_company_s():
    people = _people("Ông Đỗ Văn Tâm, Tổng Giám đốc, Chủ tịch HĐQT Công ty Bình Minh cho biết.")
    assert _posts(people["Đỗ Văn Tâm"]) == [
        ("Tổng Giám đốc", "Công ty Bình Minh"),
        ("Chủ tịch", "HĐQT Công ty Bình Minh"),
    ]


def test_capitals_after_an_appositive_post_end_its_unit_not_open_a_name():
    people = _people("Ông Đỗ Văn Tâm, Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Hà và ông Lý Văn Kha có mặt.")
    assert "Sơn Hà" not in people
    assert _posts(people["Đỗ Văn Tâm"]) == [("Chi cục trưởng", "Chi cục Hải quan Sân bay Tân Sơn Hà")]
    people = _people("Chủ nhiệm Ủy ban Kinh tế Võ Văn Tư, Bộ trưởng Bộ Xây dựng Lý Kha đã báo cáo.")
    assert _posts(people["Lý Kha"]) == [("Bộ trưởng", "Bộ Xây dựng")]


def test_a_lower_case_head_and_field_words_before_the_unit_s_name():
    people = _people("Đại tá Đoàn Văn Tư - Giám thị trại tạm giam số 2 Hà Nam cho biết như vậy.")
    assert _posts(people["Đoàn Văn Tư"]) == [("Giám thị", "Trại tạm giam số 2 Hà Nam")]
    people = _people("Ông Lê Văn Tám, nguyên Giám đốc trung tâm cai nghiện Bình Minh, cho biết như vậy.")
    assert _posts(people["Lê Văn Tám"]) == [("Giám đốc", "Trung tâm cai nghiện Bình Minh")]
    people = _people("Ông Lê Văn Tám, Phó trưởng khoa xét nghiệm cho biết Nguyễn Văn Hai đã đến.")
    assert _posts(people["Nguyễn Văn Hai"]) == []


def test_a_works_a_bus_station_and_a_firm_head_a_post_s_unit():
    people = _people("Ông Lê Văn Tám, Giám đốc Xí nghiệp đóng tàu Bình Minh, cho biết như vậy.")
    assert _posts(people["Lê Văn Tám"]) == [("Giám đốc", "Xí nghiệp đóng tàu Bình Minh")]
    people = _people("Ông Lê Văn Tám, Giám đốc hãng Taxi Hoa Mai (Hà Nội) bức xúc.")
    assert _posts(people["Lê Văn Tám"]) == [("Giám đốc", "Hãng Taxi Hoa Mai")]


def test_a_post_written_in_the_plural_before_a_list_is_each_name_s():
    people = _people("Dự lễ có các Phó Giám đốc Sở Tư pháp Lê Văn Tám, Lý Văn Kha và Đỗ Văn Hai.")
    for name in ("Lê Văn Tám", "Lý Văn Kha", "Đỗ Văn Hai"):
        assert _posts(people[name]) == [("Phó Giám đốc", "Sở Tư pháp")]
    people = _people("Phó Giám đốc Sở Tư pháp Lê Văn Tám, Lý Văn Kha cùng dự.")
    assert _posts(people["Lý Văn Kha"]) == []
    people = _people("Dự lễ có các Phó Thủ tướng: Lê Văn Tám, Lý Văn Kha, Đỗ Văn Hai.")
    for name in ("Lê Văn Tám", "Lý Văn Kha", "Đỗ Văn Hai"):
        assert _posts(people[name]) == [("Phó Thủ tướng", "Chính phủ")]


def test_a_dotted_central_abbreviation_stays_inside_the_unit():
    people = _people("Dự có Trưởng Ban Dân vận T.Ư Lý Văn Kha và Chủ tịch Ủy ban T.Ư MTTQ Việt Nam Lê Văn Tám.")
    assert _posts(people["Lý Văn Kha"]) == [("Trưởng Ban", "Ban Dân vận T.Ư")]
    assert _posts(people["Lê Văn Tám"]) == [("Chủ tịch", "Ủy ban T.Ư MTTQ Việt Nam")]


def test_a_chair_of_a_numbered_ward_chairs_its_people_s_committee():
    people = _people("Thấy vậy, anh Lê Văn Tám - Phó Chủ tịch phường 6, chạy vào can ngăn.")
    assert _posts(people["Lê Văn Tám"]) == [("Phó Chủ tịch", "UBND phường 6")]


def test_a_doctor_s_ward_after_the_name_is_a_post_a_doctor_addressed_so_is_not():
    people = _people(
        "Bắt Lò Văn Khiêm (35 tuổi, trú TP Lạng Sơn, bác sĩ khoa Hồi sức - Đơn nguyên lọc máu, "
        "Bệnh viện Đa khoa tỉnh Lạng Sơn) để điều tra."
    )
    assert _posts(people["Lò Văn Khiêm"]) == [("Bác sĩ", "Khoa Hồi sức - Đơn nguyên lọc máu")]
    people = _people("Bác sĩ Trần Văn Đoàn (Khoa Ngoại, bệnh viện đa khoa tỉnh Hà Giang) cho biết như vậy.")
    assert _posts(people["Trần Văn Đoàn"]) == []


def test_a_governor_of_the_state_bank():
    people = _people("Thống đốc Ngân hàng Nhà nước Hứa Văn Sơn và Phó Thống đốc Đào Minh Tú cùng dự.")
    assert _posts(people["Hứa Văn Sơn"]) == [("Thống đốc", "Ngân hàng Nhà nước")]


def test_a_post_after_a_dash_behind_the_age():
    people = _people("Bắt đối tượng Hà Minh Sáng (40 tuổi - nguyên Phó chánh Thanh tra Sở GTVT tỉnh Cao Bằng).")
    assert _posts(people["Hà Minh Sáng"]) == [("Phó chánh Thanh tra", "Sở GTVT tỉnh Cao Bằng")]
    people = _people("Có 9 người bị bắt (trong đó có Hà Minh Sáng, 36 tuổi - Giám đốc Công ty Hòa Phát) hôm qua.")
    assert _posts(people["Hà Minh Sáng"]) == [("Giám đốc", "Công ty Hòa Phát")]
    people = _people("Bắt Hà Minh Sáng (SN 1977 - 2001) về hành vi trên.")
    assert _posts(people["Hà Minh Sáng"]) == []


def test_a_post_the_speaker_stands_in_for_is_not_the_speaker_s():
    people = _people(
        "Thay mặt giám đốc Công an tỉnh Bắc Kạn, Thượng tá Đàm Văn Thiêm - Phó giám đốc Công an tỉnh Bắc Kạn trao thưởng."
    )
    assert _posts(people["Đàm Văn Thiêm"]) == [("Phó giám đốc", "Công an tỉnh Bắc Kạn")]
    people = _people("Thừa ủy quyền của Chủ tịch UBND tỉnh Bắc Kạn, ông Đàm Văn Thiêm trao bằng khen.")
    assert _posts(people["Đàm Văn Thiêm"]) == []


def test_a_unit_ends_before_the_dignitary_welcomed():
    people = _people(
        "Thượng tướng Hà Quang Tú, Bộ trưởng Bộ Công an đón ngài Piotr Novak, Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Ba Lan."
    )
    assert _posts(people["Hà Quang Tú"]) == [("Bộ trưởng", "Bộ Công an")]


def test_a_unit_s_last_word_before_a_three_word_name_is_not_the_name_s():
    people = _people("Hiệu trưởng trường Hoa Mai Lương Thị Diệp nói rằng trường sẽ khắc phục.")
    assert _posts(people["Lương Thị Diệp"]) == [("Hiệu trưởng", "Trường Hoa Mai")]
    people = _people("Trưởng phòng Giáo dục và Đào tạo Hai Bà Trưng Đoàn Lưu Khuê cho biết như vậy.")
    assert _posts(people["Đoàn Lưu Khuê"]) == [("Trưởng phòng", "Phòng Giáo dục và Đào tạo Hai Bà Trưng")]
    assert "Lê Nguyễn Thị Hà" in _people("Bà Lê Nguyễn Thị Hà cho biết như vậy.")


def test_a_post_in_a_relative_clause_after_the_name():
    people = _people("Ông Lê Văn Tám, người từng giữ chức Phó Chủ tịch UBND huyện Yên Lạc, đã bị bắt.")
    assert _posts(people["Lê Văn Tám"]) == [("Phó Chủ tịch", "UBND huyện Yên Lạc")]
    assert people["Lê Văn Tám"].positions[0].status == "former"
    people = _people("Ông Lê Văn Tám, người nhà của Giám đốc Sở Xây dựng tỉnh Hà Nam, phát biểu.")
    assert _posts(people["Lê Văn Tám"]) == []


def test_a_bare_post_takes_the_unit_of_that_kind_just_named():
    people = _people(
        "Công an bắt Hà Văn Lợi, Giám đốc Công ty TNHH Đại Phát Lộc (Công ty Đại Phát), cùng Mạc Văn Đạt "
        "và Phùng Văn Vĩ đều là Phó giám đốc về hành vi lừa đảo. Công ty Minh Long cũng bị kiểm tra. "
        "Riêng bị can Lục Thị Nhàn, Kế toán trưởng công ty Đại Phát được tại ngoại."
    )
    assert _posts(people["Mạc Văn Đạt"]) == [("Phó giám đốc", "Công ty TNHH Đại Phát Lộc")]
    people = _people(
        "Bộ trưởng Bộ Y tế đến thăm bệnh nhân. Lực lượng Bộ Công an đã niêm phong hiện trường. "
        "Bộ trưởng Lê Thị Hòa cho rằng sự cố rất đau xót."
    )
    assert _posts(people["Lê Thị Hòa"]) == [("Bộ trưởng", "Bộ Y tế")]


def test_staff_of_a_unit_after_thuoc_or_tai_and_an_aside_after_a_stray_comma():
    people = _people("Xe do Thượng úy Lò Văn Đĩnh (29 tuổi - cán bộ thuộc Công an huyện Yên Lạc) điều khiển.")
    assert _posts(people["Lò Văn Đĩnh"]) == [("Cán bộ", "Công an huyện Yên Lạc")]
    people = _people("Chị Lê Thị Hoa, bác sĩ tại Bệnh viện Đa khoa tỉnh Nam Định, cho biết như vậy.")
    assert _posts(people["Lê Thị Hoa"]) == [("Bác sĩ", "Bệnh viện Đa khoa tỉnh Nam Định")]
    people = _people("Trả lời PV, thượng tá Lò Văn Hải, (Phó phòng Tham mưu, Công an tỉnh Yên Bái) cho biết như vậy.")
    assert _posts(people["Lò Văn Hải"]) == [("Phó phòng", "Phòng Tham mưu")]


def test_field_words_in_lower_case_end_a_unit_s_name():
    people = _people("Ông Lê Văn Tám, Trưởng phòng Tham mưu tổng hợp, Công an tỉnh Vĩnh Phúc cho biết như vậy.")
    assert _posts(people["Lê Văn Tám"]) == [("Trưởng phòng", "Phòng Tham mưu tổng hợp")]
    people = _people("Ông Lê Văn Tám, Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, cho biết.")
    assert _posts(people["Lê Văn Tám"]) == [("Phó Trưởng Ban", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng")]


def test_posts_in_asides_after_a_semicolon_a_description_or_a_bare_role():
    people = _people("Ông Lò Văn Vương (35 tuổi; nhân viên Trung tâm Y tế huyện Phù Mỹ) bị đánh.")
    assert _posts(people["Lò Văn Vương"]) == [("Nhân viên", "Trung tâm Y tế huyện Phù Mỹ")]
    people = _people("Đoàn thăm ông Lò Văn Mạnh (thương binh 1/4, nguyên Phó Giám đốc Trường Chính trị tỉnh Cà Mau).")
    assert _posts(people["Lò Văn Mạnh"]) == [("Phó Giám đốc", "Trường Chính trị tỉnh Cà Mau")]
    people = _people("Đoàn thăm ông Lò Văn Mạnh (cùng Lê Văn Bình, Phó Giám đốc Sở Y tế).")
    assert _posts(people["Lò Văn Mạnh"]) == []
    people = _people("Ông Lê Xuân Chiến (Đồn phó kiêm Trạm trưởng Trạm Kiểm soát biên phòng Đắc Lò) bị đình chỉ.")
    assert ("Trạm trưởng", "Trạm Kiểm soát biên phòng Đắc Lò") in _posts(people["Lê Xuân Chiến"])
    people = _people("Xử phạt Lò Văn Dũng (nguyên trung tá, điều tra viên cao cấp Công an tỉnh Tiền Giang) 5 năm tù.")
    assert _posts(people["Lò Văn Dũng"]) == [("Điều tra viên cao cấp", "Công an tỉnh Tiền Giang")]


def test_capitals_after_a_post_in_brackets_end_its_unit():
    people = _people("Đình chỉ Thượng tá Lò Tấn Lạc (Đồn trưởng Đồn biên phòng La Hà) và ông Lê Văn Tám.")
    assert _posts(people["Lò Tấn Lạc"]) == [("Đồn trưởng", "Đồn biên phòng La Hà")]
    assert "La Hà" not in people


def test_a_director_sharing_a_division_head_s_chain_is_the_parent_s():
    people = _people("Ông Lê Xuân Chiến (Phó Giám đốc, Trưởng phòng Tổ chức Công ty Hòa Bình) bị đình chỉ.")
    assert _posts(people["Lê Xuân Chiến"]) == [
        ("Phó Giám đốc", "Công ty Hòa Bình"), ("Trưởng phòng", "Phòng Tổ chức Công ty Hòa Bình")
    ]


def test_a_patrol_team_led_by_a_name_in_brackets():
    people = _people("Tổ công tác Y7/141 (do Trung tá Lê Mạnh Hưng làm tổ trưởng) phát hiện xe vi phạm.")
    assert _posts(people["Lê Mạnh Hưng"]) == [("Tổ trưởng", "Tổ công tác Y7/141")]
    people = _people("Hôm qua, tổ công tác do ông Lê Mạnh Hưng làm tổ trưởng đã đến.")
    assert _posts(people["Lê Mạnh Hưng"]) == [("Tổ trưởng", "tổ công tác")]


def test_a_company_s_list_in_lower_case_and_a_unit_named_in_lower_case_after_its_head():
    people = _people(
        "Các bị can gồm Lý Văn Cự, nguyên Chủ tịch HĐQT Ngân hàng MHB; Lò Phước Hòa, nguyên Tổng giám đốc; "
        "Lò Văn Thanh, nguyên kế toán trưởng."
    )
    assert _posts(people["Lò Văn Thanh"]) == [("Kế toán trưởng", "Ngân hàng MHB")]
    people = _people("Ông Hà Văn Ngọc, Cục trưởng Cục đăng ký quốc gia giao dịch bảo đảm, Bộ Tư pháp cho biết.")
    assert _posts(people["Hà Văn Ngọc"]) == [("Cục trưởng", "Cục đăng ký quốc gia giao dịch bảo đảm")]
    people = _people("Ông Hà Văn Ngọc, Giám đốc Sở chỉ đạo khắc phục, cho biết.")
    assert _posts(people["Hà Văn Ngọc"]) == []


def test_a_post_after_va_is_the_next_person_s_and_restaurants_and_fire_police_head_units():
    people = _people("Chuyện của hoa hậu Hà Kiều Loan và Giám đốc công ty Đông Phong - Lê Gia Thiện gây xôn xao.")
    assert _posts(people["Hà Kiều Loan"]) == []
    assert _posts(people["Lê Gia Thiện"]) == [("Giám đốc", "Công ty Đông Phong")]
    people = _people("Bắt Lò Văn Minh (22 tuổi, giám đốc nhà hàng Hoa Sen) về tội trên.")
    assert _posts(people["Lò Văn Minh"]) == [("Giám đốc", "Nhà hàng Hoa Sen")]
    people = _people("Đại tá Lê Tấn Bảo - Giám đốc Cảnh sát PCCC tỉnh Bình Dương cho biết.")
    assert _posts(people["Lê Tấn Bảo"]) == [("Giám đốc", "Cảnh sát PCCC tỉnh Bình Dương")]


def test_posts_written_respectively_after_two_names():
    people = _people("Bắt Lữ Thị Bình và Đặng Văn Hòa, nguyên Tổng giám đốc và Phó tổng giám đốc Công ty MHBS.")
    assert _posts(people["Lữ Thị Bình"]) == [("Tổng giám đốc", "Công ty MHBS")]
    assert _posts(people["Đặng Văn Hòa"]) == [("Phó tổng giám đốc", "Công ty MHBS")]
    people = _people("Ông Lê Văn Tám và ông Lò Văn Hải, Giám đốc và Chủ tịch Công ty Hòa Bình, cùng dự.")
    assert _posts(people["Lê Văn Tám"]) == [("Giám đốc", "Công ty Hòa Bình")]


def test_a_post_then_la_and_its_holder_and_units_after_thuoc_tai_cua():
    people = _people("Cơ quan điều tra đã bắt Chi cục phó Chi cục Quản lý thị trường là ông Châu Hoài Phong.")
    assert _posts(people["Châu Hoài Phong"]) == [("Chi cục phó", "Chi cục Quản lý thị trường")]
    assert _posts(_people("Người bị bắt là ông Lê Văn Tám.")["Lê Văn Tám"]) == []
    # The holder after 'là' needs no 'ông' or rank: 'Trưởng công an xã X là Võ Văn A bị thương'.
    people = _people("Khi vây bắt, Trưởng Công an xã Hoa Sơn là Võ Văn Cường bị thương ở tay.")
    assert _posts(people["Võ Văn Cường"]) == [("Trưởng", "Công an xã Hoa Sơn")]
    assert _posts(_people("Người bị bắt là Lê Văn Tám.")["Lê Văn Tám"]) == []
    people = _people("Luật sư Nguyễn Văn Trọng - thuộc đoàn luật sư TP Hà Nội, bào chữa cho bị hại.")
    assert _posts(people["Nguyễn Văn Trọng"]) == [("Luật sư", "Đoàn luật sư TP Hà Nội")]
    people = _people("Cô dâu là Cao Thị Mỹ Hòa (sinh năm 1994, hiện là giáo viên tại trường Mầm non Hoa Sen).")
    assert _posts(people["Cao Thị Mỹ Hòa"]) == [("Giáo viên", "Trường Mầm non Hoa Sen")]
    people = _people("Số tiền này được chuyển cho Ninh Văn Quý - Kế toán trưởng của PVN để chi tiêu.")
    assert _posts(people["Ninh Văn Quý"]) == [("Kế toán trưởng", "PVN")]


def test_specialists_and_lower_case_welfare_divisions():
    people = _people("Việc này giao cho bà Hà Thị Quỳnh Nga – chuyên viên Phòng GD&ĐT huyện Anh Sơn quản lý.")
    assert _posts(people["Hà Thị Quỳnh Nga"]) == [("Chuyên viên", "Phòng GD&ĐT huyện Anh Sơn")]
    people = _people("Ông Vũ Quốc Tân, Trưởng phòng bảo trợ xã hội của Sở LĐTBXH Bình Thuận cho biết.")
    assert _posts(people["Vũ Quốc Tân"]) == [("Trưởng phòng", "Phòng bảo trợ xã hội")]


def test_a_bare_director_in_a_list_takes_the_unit_of_the_next_item():
    people = _people(
        "Bị truy tố có Hoàng Văn Trung, nguyên Giám đốc và Lò Văn Khải, nguyên Phó giám đốc Ban quản lý dự án "
        "Sông Hồng; Trần Cao Bằng, nguyên Giám đốc và Vũ Thanh Hải, nguyên Phó giám đốc Công ty cổ phần Hòa Bình."
    )
    assert _posts(people["Hoàng Văn Trung"]) == [("Giám đốc", "Ban quản lý dự án Sông Hồng")]
    assert _posts(people["Trần Cao Bằng"]) == [("Giám đốc", "Công ty cổ phần Hòa Bình")]


def test_a_post_written_as_a_predicate_stays_with_its_subject():
    people = _people(
        "Theo đơn của chị Nguyễn Thị Lan đang làm điều dưỡng tại Bệnh viện đa khoa Hòa Bình, ông Trần Văn "
        "Minh, Phó Giám đốc bệnh viện đã có hành vi sai trái."
    )
    assert _posts(people["Nguyễn Thị Lan"]) == [("Điều dưỡng", "Bệnh viện đa khoa Hòa Bình")]
    assert _posts(people["Trần Văn Minh"]) == [("Phó Giám đốc", "Bệnh viện đa khoa Hòa Bình")]
    people = _people("Lãnh đạo Tổ công tác cố vấn Ban Chiến lược Trung ương là ông Trần Tử Quang.")
    assert _posts(people["Trần Tử Quang"]) == []


def test_a_director_of_an_investigation_agency_written_with_a_dash_is_the_police_s():
    people = _people(
        "Đại tá Nguyễn Văn Cường, Phó Giám đốc, Thủ trưởng Cơ quan CSĐT - CATP Hải Phòng cho biết như vậy."
    )
    assert ("Phó Giám đốc", "CATP Hải Phòng") in _posts(people["Nguyễn Văn Cường"])


def test_a_staff_title_keeps_its_qualifying_words_before_the_unit():
    people = _people("Tài xế gây tai nạn là Phạm Tuấn Thịnh (SN 1986) - cán bộ hành chính của bệnh viện Đa khoa huyện Quế Võ.")
    assert _posts(people["Phạm Tuấn Thịnh"]) == [("Cán bộ hành chính", "Bệnh viện Đa khoa huyện Quế Võ")]
    people = _people("Anh Đào Nguyên Ánh là nhân viên bảo vệ tại trung tâm thương mại Hoa Sen.")
    assert _posts(people["Đào Nguyên Ánh"]) == [("Nhân viên bảo vệ", "Trung tâm thương mại Hoa Sen")]
    people = _people("Một vị cán bộ khác của UBND xã Tân Lập cho hay như vậy, ông Lò Văn Tám nói.")
    assert _posts(people["Lò Văn Tám"]) == []


def test_a_fronted_clause_s_post_is_the_subject_s_after_the_comma():
    people = _people("Lợi dụng nhiệm vụ được giao là kế toán trường THCS Hoa Sen, Trịnh Hồng Xuân đã lập khống bảng lương.")
    assert _posts(people["Trịnh Hồng Xuân"]) == [("Kế toán", "Trường THCS Hoa Sen")]


def test_national_trade_union_initials():
    people = _people("Dự có ông Mai Đức Chính - Phó Chủ tịch Tổng LĐLĐVN; bà Lò Thị Tuyến - Chủ tịch LĐLĐ tỉnh Hà Nam.")
    assert _posts(people["Mai Đức Chính"]) == [("Phó Chủ tịch", "Tổng LĐLĐVN")]
    assert _posts(people["Lò Thị Tuyến"]) == [("Chủ tịch", "LĐLĐ tỉnh Hà Nam")]


def test_a_unit_named_before_do_a_lam_its_head_initials_and_a_parent_after_a_comma():
    people = _people(
        "Bệnh viện ký hợp đồng với Công ty cổ phần dược phẩm Hoa Sơn (do ông Đỗ Anh Tuấn làm giám đốc) để sửa máy."
    )
    assert _posts(people["Đỗ Anh Tuấn"]) == [("Giám đốc", "Công ty cổ phần dược phẩm Hoa Sơn")]
    people = _people("Chị Lò Thị Phương Thảo - công nhân (CN) Cty Hoa Mai (KCN Thăng Long) - cho rằng như vậy.")
    assert _posts(people["Lò Thị Phương Thảo"]) == [("Công nhân", "Cty Hoa Mai")]
    people = _people("Ông Lò Trần Toản - Phó chánh thanh tra, Sở GTVT Hà Tĩnh cho hay như vậy.")
    assert _posts(people["Lò Trần Toản"]) == [("Phó chánh thanh tra", "Sở GTVT Hà Tĩnh")]
    people = _people("Thiếu tá Vũ Hồng Dũng, Phó Đội trưởng Đội CSĐT tội phạm về TTXH (Công an quận 9), cho biết.")
    assert _posts(people["Vũ Hồng Dũng"]) == [("Phó Đội trưởng", "Đội CSĐT tội phạm về TTXH")]


def test_a_council_deputy_written_db_after_the_council_is_named_so():
    people = _people(
        "Phiên chất vấn của HĐND TP Hà Nội diễn ra sáng nay. ĐB Phạm Thị Thanh Mai (Đông Anh) đã chất vấn. "
        "ĐB HĐND TP Hà Nội Phạm Thị Thanh Mai (Đông Anh) hỏi tiếp."
    )
    assert _posts(people["Phạm Thị Thanh Mai"]) == [("Đại biểu", "HĐND TP Hà Nội")]
    people = _people("Tại kỳ họp, ĐB HĐND tỉnh Quảng Ninh đã chất vấn. ĐB Lê Văn Tám (Hạ Long) hỏi.")
    assert _posts(people["Lê Văn Tám"]) == [("Đại biểu", "HĐND tỉnh Quảng Ninh")]


def test_degrees_regions_and_owners_are_not_a_post_s_unit():
    people = _people("Bác sĩ chuyên khoa II Huỳnh Thanh Hiền, Trưởng khoa T3, Bệnh viện Tâm thần tỉnh X cảnh báo.")
    assert _posts(people["Huỳnh Thanh Hiền"]) == [("Trưởng khoa", "Khoa T3")]
    people = _people("Đoàn công tác của Bộ Chính trị do Ủy viên Bộ Chính trị Lò Thiện Nhâm làm Trưởng đoàn đã làm việc.")
    assert ("Trưởng đoàn", "Bộ Chính trị") not in _posts(people["Lò Thiện Nhâm"])


def test_a_bare_board_is_the_company_s_named_after_kiem():
    people = _people("Ông Hà Văn Bế (Phó chủ tịch HĐQT kiêm Chủ tịch Hội đồng tín dụng Tanabank) đề nghị vay tiền.")
    assert ("Phó chủ tịch", "HĐQT Tanabank") in _posts(people["Hà Văn Bế"])
    people = _people("Bắt Đỗ Văn Hiền, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Hoa Sen về tội trên.")
    assert _posts(people["Đỗ Văn Hiền"]) == [("Chủ tịch", "HĐQT Công ty Hoa Sen"), ("Tổng giám đốc", "Công ty Hoa Sen")]


def test_a_staff_title_never_cuts_a_word_to_find_a_unit():
    people = _people("Chị Trần Thị Thanh (SN 1985) là công nhân môi trường đô thị - chi nhánh Hoàn Kiếm, đang tuyên truyền.")
    assert all(org != "Trường đô thị" for _, org in _posts(people["Trần Thị Thanh"]))


def test_a_plural_post_before_nhu_and_a_list_is_each_name_s():
    people = _people("Thôn đã liên lạc với các đại biểu Quốc hội như Dương Trung Quyết, Lưu Bình Nhượng để nắm tin.")
    for name in ("Dương Trung Quyết", "Lưu Bình Nhượng"):
        assert _posts(people[name]) == [("Đại biểu", "Quốc hội")]


def test_a_trial_s_list_of_a_company_s_posts_and_a_respective_pair_without_a_comma():
    people = _people(
        "Các bị can gồm Huỳnh Nam Dư, nguyên Chủ tịch HĐQT MHX; Nguyễn Phước Hà, nguyên Tổng giám đốc; "
        "Nguyễn Văn Thành, nguyên kế toán trưởng; Lữ Thị Bích, Đặng Văn Hải nguyên Tổng Giám đốc, Phó Tổng "
        "Giám đốc Công ty MHXS, cùng 11 bị can khác."
    )
    assert _posts(people["Nguyễn Văn Thành"]) == [("Kế toán trưởng", "MHX")]
    assert _posts(people["Lữ Thị Bích"]) == [("Tổng Giám đốc", "Công ty MHXS")]
    assert _posts(people["Đặng Văn Hải"]) == [("Phó Tổng Giám đốc", "Công ty MHXS")]


def test_a_board_and_an_executive_post_of_the_company_led_or_named_before():
    people = _people(
        "Ông Bosco ký với Cty cổ phần Hữu Nghị (do bà Mai Thị Khánh làm Chủ tịch HĐQT kiêm Tổng giám đốc) hợp đồng."
    )
    assert _posts(people["Mai Thị Khánh"]) == [
        ("Chủ tịch", "HĐQT Cty cổ phần Hữu Nghị"), ("Tổng giám đốc", "Cty cổ phần Hữu Nghị")
    ]
    people = _people("Ông Lê Văn Tám, Chủ tịch HĐQT Công ty Hòa Bình kiêm Tổng giám đốc, cho biết.")
    assert ("Tổng giám đốc", "Công ty Hòa Bình") in _posts(people["Lê Văn Tám"])


def test_a_given_name_that_is_a_unit_head_ends_the_name_when_nothing_follows():
    people = _people("Tuy nhiên, ĐB Bùi Quốc Phòng (Thái Bình) cho rằng, nếu áp dụng thì tốn kém.")
    assert _posts(people["Bùi Quốc Phòng"]) == [("Đại biểu", "Quốc hội")]


def test_a_unit_s_capitalised_name_does_not_run_into_the_holder_s_name():
    people = _people("Giám đốc Bệnh viện Hoa Mai Nguyễn Quốc Anh cho biết bệnh nhân đã ổn định.")
    assert _posts(people["Nguyễn Quốc Anh"]) == [("Giám đốc", "Bệnh viện Hoa Mai")]
    assert "Vũ Hoàng Anh Ngọc" in _people("Chân dài 9X Vũ Hoàng Anh Ngọc (23 tuổi) bị bắt.")


def test_a_holder_named_after_the_ministry_of_rural_development():
    people = _people("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Vũ Văn Tâm yêu cầu xử lý nghiêm.")
    assert _posts(people["Vũ Văn Tâm"]) == [("Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")]
    people = _people("Liên quan vụ việc, Chánh Thanh tra Hà Nội Nguyễn Văn Tấn Dũng cho biết như vậy.")
    assert _posts(people["Nguyễn Văn Tấn Dũng"]) == [("Chánh Thanh tra", "Thanh tra Hà Nội")]
    people = _people(
        "Truy tố Huỳnh Nam Dư, nguyên Chủ tịch HĐQT; Nguyễn Phước Hà, nguyên Tổng Giám đốc; Nguyễn Văn Thành, "
        "nguyên Kế toán trưởng Ngân hàng MHX."
    )
    assert _posts(people["Nguyễn Phước Hà"]) == [("Tổng Giám đốc", "Ngân hàng MHX")]


def test_a_second_post_after_comma_kiem_stays_in_its_aside():
    people = _people(
        "Bị can Huỳnh Nam Dư (nguyên chủ tịch HĐQT MHX, kiêm chủ tịch HĐQT MHXS), Nguyễn Phước Hà (nguyên tổng "
        "giám đốc) và Nguyễn Văn Thành (nguyên kế toán trưởng MHX) bị truy tố."
    )
    assert ("Chủ tịch", "HĐQT MHXS") in _posts(people["Huỳnh Nam Dư"])
    assert ("Chủ tịch", "HĐQT MHXS") not in _posts(people["Nguyễn Phước Hà"])


def test_a_lawyer_s_bar_after_a_stray_comma_or_before_a_dash_and_no_y_person_of_a_country():
    people = _people("Nhìn nhận về vụ việc, luật sư Nguyễn Anh Thắm, (Đoàn luật sư Hà Nội) cho biết như vậy.")
    assert _posts(people["Nguyễn Anh Thắm"]) == [("Luật sư", "Đoàn luật sư Hà Nội")]
    people = _people("Chiều nay, luật sư Huỳnh Công Thuận (Đoàn luật sư tỉnh Long An – bảo vệ cho bị cáo) cho biết.")
    assert _posts(people["Huỳnh Công Thuận"]) == [("Luật sư", "Đoàn luật sư tỉnh Long An")]
    assert "Y Việt Nam" not in _people("Ông Nguyễn Xuân Hưởng, nguyên Chủ tịch Hội Đông Y Việt Nam cho biết.")


def test_a_lower_case_unit_name_never_runs_into_the_predicate():
    people = _people(
        "Trên đường về, ông Diệp Xuân Vinh - Chi cục Phó Chi cục quản lý đất đai xảy ra mâu thuẫn với ông Hải."
    )
    assert all("mâu thuẫn" not in (org or "") for _, org in _posts(people["Diệp Xuân Vinh"]))


def test_a_foreign_company_s_vietnam_branch_heads_a_post():
    people = _people("Bà Nguyễn Thu Ân - Giám đốc Truyền thông Grab Việt Nam - cho biết như vậy.")
    assert _posts(people["Nguyễn Thu Ân"]) == [("Giám đốc Truyền thông", "Grab Việt Nam")]


def test_titles_mined_from_the_corpus_are_posts_in_their_units():
    people = _people(
        "Ông Lò Văn Kiên, công an viên Công an xã Tà Mung, đã đưa người bị nạn đi cấp cứu. "
        "Ông Kha Văn Lợi, giám định viên Trung tâm Pháp y tỉnh Bình Phước, cho biết nạn nhân tử vong do ngạt. "
        "Bà Tống Thị Na, thanh tra viên Thanh tra Sở Xây dựng, đã lập biên bản. "
        "Đại tá Âu Minh Khoa, Tham mưu trưởng Công an tỉnh Bình Định, chủ trì cuộc họp. "
        "Bà Lục Thị Nhàn, Hội thẩm nhân dân TAND tỉnh Cao Bằng, tham gia phiên tòa."
    )
    assert _posts(people["Lò Văn Kiên"]) == [("Công an viên", "Công an xã Tà Mung")]
    assert _posts(people["Kha Văn Lợi"]) == [("Giám định viên", "Trung tâm Pháp y tỉnh Bình Phước")]
    assert _posts(people["Tống Thị Na"]) == [("Thanh tra viên", "Thanh tra Sở Xây dựng")]
    assert _posts(people["Âu Minh Khoa"]) == [("Tham mưu trưởng", "Công an tỉnh Bình Định")]
    assert _posts(people["Lục Thị Nhàn"]) == [("Hội thẩm nhân dân", "TAND tỉnh Cao Bằng")]


def test_abbreviated_doctor_and_lawyer_take_their_unit():
    people = _people(
        "BS Trịnh Văn Quế, Bệnh viện Đa khoa tỉnh Ninh Bình, cho biết bệnh nhân đã qua cơn nguy kịch. "
        "LS Vương Đình Tùng (Đoàn Luật sư TP Hà Nội) cho rằng bị cáo có thể được giảm án."
    )
    assert _posts(people["Trịnh Văn Quế"]) == [("Bác sĩ", "Bệnh viện Đa khoa tỉnh Ninh Bình")]
    assert _posts(people["Vương Đình Tùng"]) == [("Luật sư", "Đoàn Luật sư TP Hà Nội")]


def test_occupations_and_case_roles_are_no_posts():
    people = _people(
        "Tài xế Nông Văn Tới điều khiển xe tải lao vào nhà dân. Nghi phạm Ma Văn Chỉnh đã bị bắt; "
        "bị cáo Hầu Văn Pạo khai nhận hành vi."
    )
    assert all(not p.positions for p in people.values())


def test_initials_and_short_forms_of_known_posts():
    people = _people(
        "Ông Khổng Minh Đạt, nguyên PCT UBND tỉnh Bắc Kạn, bị khởi tố. "
        "Bà Lại Thu Trang (nguyên PTGĐ Công ty Hải Đăng) cũng bị khởi tố. "
        "Theo Viện phó VKSND tỉnh Lai Châu Hứa Văn Toại, vụ án đang được điều tra lại."
    )
    assert [(p.title, p.organization, p.status) for p in people["Khổng Minh Đạt"].positions] == [
        ("PCT", "UBND tỉnh Bắc Kạn", "former")
    ]
    assert [(p.title, p.organization, p.status) for p in people["Lại Thu Trang"].positions] == [
        ("PTGĐ", "Công ty Hải Đăng", "former")
    ]
    assert _posts(people["Hứa Văn Toại"]) == [("Viện phó", "VKSND tỉnh Lai Châu")]


def test_staff_titles_of_offices_and_agencies_are_posts():
    people = _people(
        "Ông Tôn Thất Vũ, công chứng viên Văn phòng công chứng Hòa Bình, cho biết hợp đồng đã được ký. "
        "Bà Mẫn Thị Lụa, chấp hành viên Chi cục Thi hành án dân sự huyện Yên Thế, đã tống đạt quyết định. "
        "Anh Hoàng Văn Sính, kiểm lâm viên Hạt Kiểm lâm huyện Mường Lát, bị thương khi truy đuổi lâm tặc. "
        "Ông Khúc Văn Nhạc, thủ kho Công ty Lương thực Sông Thao, đã khai nhận."
    )
    assert _posts(people["Tôn Thất Vũ"]) == [("Công chứng viên", "Văn phòng công chứng Hòa Bình")]
    assert _posts(people["Mẫn Thị Lụa"]) == [("Chấp hành viên", "Chi cục Thi hành án dân sự huyện Yên Thế")]
    assert _posts(people["Hoàng Văn Sính"]) == [("Kiểm lâm viên", "Hạt Kiểm lâm huyện Mường Lát")]
    assert _posts(people["Khúc Văn Nhạc"]) == [("Thủ kho", "Công ty Lương thực Sông Thao")]


def test_the_sy_spelling_of_chien_si_is_the_same_post():
    people = _people("Chiến sỹ Đinh Công Trứ, Đội CSGT số 6, đã đưa cháu bé về nhà.")
    assert _posts(people["Đinh Công Trứ"]) == [("Chiến sĩ", "Đội CSGT số 6")]


def test_a_post_written_once_by_initials_and_once_in_full_is_one_post():
    people = _people(
        "Cơ quan điều tra khởi tố ông Khổng Minh Đạt, nguyên PCT UBND tỉnh Bắc Kạn. Trước đó, ông "
        "Khổng Minh Đạt, nguyên Phó Chủ tịch UBND tỉnh Bắc Kạn, đã bị kỷ luật."
    )
    assert _posts(people["Khổng Minh Đạt"]) == [("Phó Chủ tịch", "UBND tỉnh Bắc Kạn")]


def test_the_bar_written_with_ls_is_still_the_lawyers_unit():
    people = _people(
        "Luật sư Ngô Hữu Tình (Đoàn LS TP.HCM) nhận định đây là hành vi chống người thi hành công vụ. "
        "Ông Quách Văn Lực, Chủ nhiệm Đoàn LS tỉnh Bình Phước, phát biểu."
    )
    assert _posts(people["Ngô Hữu Tình"]) == [("Luật sư", "Đoàn LS TP.HCM")]
    assert _posts(people["Quách Văn Lực"]) == [("Chủ nhiệm", "Đoàn LS tỉnh Bình Phước")]


def test_prison_officer_and_nurse_are_posts_in_their_units():
    people = _people(
        "Ông Đậu Văn Khải, quản giáo Trại tạm giam Công an tỉnh Hà Nam, đã phát hiện sự việc. "
        "Chị Mông Thị Ước, y tá Trạm Y tế xã Yên Thịnh, đã sơ cứu cho nạn nhân."
    )
    assert _posts(people["Đậu Văn Khải"]) == [("Quản giáo", "Trại tạm giam Công an tỉnh Hà Nam")]
    assert _posts(people["Mông Thị Ước"]) == [("Y tá", "Trạm Y tế xã Yên Thịnh")]


def test_a_bare_trade_in_a_list_takes_no_unit_a_head_leads():
    people = _people(
        "Tham dự buổi lễ có ông Trần Văn Khải (bác sĩ), ông Lê Minh Tường (Giám đốc Công ty TNHH Hòa Phong)."
    )
    assert _posts(people["Trần Văn Khải"]) == []
    assert _posts(people["Lê Minh Tường"]) == [("Giám đốc", "Công ty TNHH Hòa Phong")]
    people = _people("Có mặt bà Trần Thị Khuê (kế toán), bà Lê Thị Mơ (thủ quỹ Công ty TNHH Hòa Phong).")
    assert _posts(people["Trần Thị Khuê"]) == [("Kế toán", "Công ty TNHH Hòa Phong")]
    people = _people(
        "Bắt giữ ông Trần Văn Khải (Trưởng phòng), ông Lê Minh Tường (Giám đốc Sở Tài chính tỉnh Hà Nam)."
    )
    assert _posts(people["Trần Văn Khải"]) == []  # a division's head, not the department's
    people = _people("Có ông Trần Văn Khải (Đội trưởng), ông Lê Minh Tường (Đội phó Đội CSGT số 1).")
    assert _posts(people["Trần Văn Khải"]) == [("Đội trưởng", "Đội CSGT số 1")]


def test_a_head_of_an_academic_department_heads_it():
    people = _people("Ông Đỗ Văn Hạnh, Trưởng bộ môn Luật hình sự, Trường Đại học Luật Hà Nội cho biết.")
    assert _posts(people["Đỗ Văn Hạnh"]) == [("Trưởng bộ môn", "Bộ môn Luật hình sự")]
    people = _people("Theo TS Lê Thị Quế, Phó trưởng Bộ môn Tội phạm học (Học viện Cảnh sát nhân dân), vụ việc rõ.")
    assert _posts(people["Lê Thị Quế"]) == [("Phó trưởng Bộ môn", "Bộ môn Tội phạm học")]


def test_a_village_head_takes_the_village_even_when_it_opens_like_a_family_name():
    people = _people("Ông Lê Văn Mận – trưởng thôn Đào Thục cho biết gia đình anh rất nghèo.")
    assert _posts(people["Lê Văn Mận"]) == [("Trưởng thôn", "Thôn Đào Thục")]
    people = _people("Theo hồ sơ, ông Mận là thôn trưởng thôn Lò To, xã Tân Lập.")
    assert _posts(people["Mận"]) == [("Thôn trưởng", "Thôn Lò To")]
    people = _people("Ông Phạm Văn Dũng, trưởng thôn Châu Phong (xã Tân Lập) cho biết.")
    assert _posts(people["Phạm Văn Dũng"]) == [("Trưởng thôn", "Thôn Châu Phong")]
    people = _people("Ông Lê Văn Mận, Trưởng xóm Đông Hòa và bà Vũ Thị Lan, Trưởng khu phố 3 đã có mặt.")
    assert _posts(people["Lê Văn Mận"]) == [("Trưởng xóm", "Xóm Đông Hòa")]
    assert _posts(people["Vũ Thị Lan"]) == [("Trưởng khu phố", "Khu phố 3")]
    people = _people("Năm 1999 ông Mận làm thôn phó thôn 6, xã Tân Lập.")
    assert _posts(people["Mận"]) == [("Thôn phó", "Thôn 6")]


def test_a_full_name_after_a_village_heads_title_is_the_head():
    people = _people("Trưởng thôn Lê Văn Khởi cho biết nhà ông Tư bị cháy trong đêm.")
    assert _posts(people["Lê Văn Khởi"]) == [("Trưởng thôn", None)]
    people = _people("Theo trưởng bản Lò Văn Pấng, con suối đã cạn từ tháng trước.")
    assert _posts(people["Lò Văn Pấng"]) == [("Trưởng bản", None)]
    people = _people("Trưởng ấp Nguyễn Văn Đẹt nói ông không biết. Người dân ấp Tân Hòa rất lo.")
    assert _posts(people["Nguyễn Văn Đẹt"]) == [("Trưởng ấp", "Ấp Tân Hòa")]
    people = _people("Trưởng thôn Lê Văn Khởi cho biết thôn 6 và thôn Đồng Lạc bị ngập.")
    assert _posts(people["Lê Văn Khởi"]) == [("Trưởng thôn", None)]  # two villages: which is his is unsaid
    people = _people("Ông Hà Văn Tư, trưởng thôn Lê Văn Tám cho biết.")
    assert _posts(people["Hà Văn Tư"]) == [("Trưởng thôn", "Thôn Lê Văn Tám")]  # holder named first
    # A village named after a person stays a village without a title, and with one when the name
    # is two words only.
    people = _people("Người dân thôn Lê Lợi, xã Tân Lập đã góp tiền sửa đường.")
    assert "Lê Lợi" not in people
    people = _people("Trưởng thôn Lê Lợi cho biết đường đã sửa xong.")
    assert "Lê Lợi" not in people


def test_a_sub_department_written_in_lower_case_is_the_unit_of_its_head():
    people = _people(
        "Ông Trần Văn Khởi, Chi cục trưởng chi cục kiểm lâm tỉnh Hà Giang, cho biết đám cháy đã được "
        "dập tắt. Phó Chi cục trưởng chi cục quản lý thị trường tỉnh Hà Giang Lê Văn Thìn cho biết thêm."
    )
    assert _posts(people["Trần Văn Khởi"]) == [("Chi cục trưởng", "Chi cục kiểm lâm tỉnh Hà Giang")]
    assert _posts(people["Lê Văn Thìn"]) == [
        ("Phó Chi cục trưởng", "Chi cục quản lý thị trường tỉnh Hà Giang")
    ]


def test_giu_chuc_gives_the_post_to_the_one_named_however_long_the_clause_between():
    people = _people(
        "Chiều 5/3, Phó Bí thư Tỉnh ủy Lê Văn Đào đã trao quyết định điều động, phân công ông Trịnh "
        "Văn Tuấn, Bí thư Huyện ủy Lạc Sơn về công tác tại Ủy ban Kiểm tra Tỉnh ủy từ ngày 1/7, giữ "
        "chức vụ Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."
    )
    assert _posts(people["Trịnh Văn Tuấn"]) == [
        ("Bí thư", "Huyện ủy Lạc Sơn"),
        ("Phó Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy"),
    ]
    assert _posts(people["Lê Văn Đào"]) == [("Phó Bí thư", "Tỉnh ủy")]



def test_a_principal_of_nha_truong_heads_the_school_named_before():
    people = _people(
        "Vụ việc xảy ra tại Trường Mầm non Hoa Sen. Chiều 7/2, bà Phạm Thị Tâm - Hiệu trưởng nhà trường "
        "nhận trách nhiệm."
    )
    assert _posts(people["Phạm Thị Tâm"]) == [("Hiệu trưởng", "Trường Mầm non Hoa Sen")]
    # two schools named: 'nhà trường' may be either, so the post is left without a holder's unit
    people = _people(
        "Học sinh Trường THCS Tân Hòa và Trường Tiểu học Tân Hòa bị ngộ độc. Bà Phạm Thị Tâm, Hiệu "
        "trưởng nhà trường, nhận trách nhiệm."
    )
    assert people["Phạm Thị Tâm"].positions == []
    # a principal written alone, before the name or with 'trường này': the school just named
    people = _people(
        "Vụ việc xảy ra tại Trường THCS Tân Hòa. Ông Lê Văn Hai, Hiệu trưởng, cho biết đã báo cáo. "
        "Phó Hiệu trưởng Đỗ Thị Ba cho biết thêm. Ông Vũ Văn Năm, nguyên hiệu trưởng trường này, "
        "không có mặt. Bộ yêu cầu các hiệu trưởng kiểm tra."
    )
    assert _posts(people["Lê Văn Hai"]) == [("Hiệu trưởng", "Trường THCS Tân Hòa")]
    assert _posts(people["Đỗ Thị Ba"]) == [("Phó Hiệu trưởng", "Trường THCS Tân Hòa")]
    assert _posts(people["Vũ Văn Năm"]) == [("Hiệu trưởng", "Trường THCS Tân Hòa")]
    assert people["Vũ Văn Năm"].positions[0].status == "former"


def test_a_judge_before_the_name_is_of_the_court_division_after_it():
    people = _people(
        "Trả lời câu hỏi này, Thẩm phán Ngô Văn Phúc, Tòa Hình sự TAND TP Hà Nội cho rằng chưa ai bị "
        "kết tội."
    )
    assert _posts(people["Ngô Văn Phúc"]) == [("Thẩm phán", "Tòa Hình sự TAND TP Hà Nội")]


def test_a_post_left_far_after_the_name_stays_former():
    people = _people(
        "Theo ông Lý Văn Tửu, trước đó ông Hồ Văn Tâm từng giữ chức vụ Phó Chánh văn phòng Tòa án "
        "nhân dân tỉnh Hà Nam nhưng đã hết nhiệm kỳ và thôi giữ chức vụ Phó Chánh văn phòng Tòa án "
        "nhân dân tỉnh Hà Nam vào ngày 5/4/2017."
    )
    posts = people["Hồ Văn Tâm"].positions
    assert [(p.title, p.organization, p.status) for p in posts] == [
        ("Phó Chánh văn phòng", "Tòa án nhân dân tỉnh Hà Nam", "former")
    ]


def test_bare_posts_listed_after_gom_are_in_the_unit_named_before_it():
    people = _people(
        "Tòa tuyên phạt 3 bị cáo của Công ty TNHH Thương mại Hưng Phát về tội lừa đảo, gồm: Phạm Văn "
        "Toàn, Giám đốc; Lê Văn Quang, Phó Giám đốc; Hoàng Thị Yến, Kế toán trưởng. Năm 2004, HĐQT "
        "Công ty CP Hưng Thịnh gồm các ông Phí Văn Bình (chủ tịch); Nguyễn Văn Tuấn (tổng giám đốc) "
        "đã không thực hiện đúng quy định. UBND xã Tân Hòa gồm ông Lê Văn Hai - Chủ tịch, ông Trần Văn "
        "Ba - Phó Chủ tịch."
    )
    assert _posts(people["Phạm Văn Toàn"]) == [("Giám đốc", "Công ty TNHH Thương mại Hưng Phát")]
    assert _posts(people["Hoàng Thị Yến"]) == [("Kế toán trưởng", "Công ty TNHH Thương mại Hưng Phát")]
    assert _posts(people["Phí Văn Bình"]) == [("Chủ tịch", "HĐQT Công ty CP Hưng Thịnh")]
    assert _posts(people["Nguyễn Văn Tuấn"]) == [("Tổng giám đốc", "Công ty CP Hưng Thịnh")]
    assert _posts(people["Trần Văn Ba"]) == [("Phó Chủ tịch", "UBND xã Tân Hòa")]
    # a school has no director: a list after 'gồm' gives no company post to its staff
    people = _people("Trường THCS Tân Hòa gồm ông Lê Văn Hai, Giám đốc; ông Trần Văn Ba.")
    assert people["Lê Văn Hai"].positions == []


def test_a_title_before_the_name_takes_the_unit_after_cua():
    people = _people(
        "Báo đã thuê luật sư Nguyễn Văn Huệ của Công ty TNHH Luật Bình Minh bào chữa. Phóng viên Trần "
        "Văn Bảy của Báo Thanh Hóa bị hành hung. Luật sư Đỗ Văn Khang của bị cáo xin giảm án."
    )
    assert _posts(people["Nguyễn Văn Huệ"]) == [("Luật sư", "Công ty TNHH Luật Bình Minh")]
    assert _posts(people["Trần Văn Bảy"]) == [("Phóng viên", "Báo Thanh Hóa")]
    assert people["Đỗ Văn Khang"].positions == []


def test_a_commune_police_officer_is_of_the_communes_police():
    people = _people(
        "TAND huyện tuyên Lê Minh Tâm (nguyên công an viên xã Vạn Phúc) 7 năm tù. Ông Cảnh (Công an "
        "viên xã Nhân Hòa) báo tin cho ông Lò Văn Sinh, công an viên xã, lúc 21 giờ."
    )
    assert _posts(people["Lê Minh Tâm"]) == [("Công an viên", "Công an xã Vạn Phúc")]
    assert people["Lê Minh Tâm"].positions[0].status == "former"
    assert _posts(people["Cảnh"]) == [("Công an viên", "Công an xã Nhân Hòa")]
    assert people["Lò Văn Sinh"].positions == []


def test_a_unit_named_in_lower_case_after_its_capitalised_head_ends_at_a_comma_or_the_holder():
    people = _people(
        "Ông Lê Văn Khải, Giám đốc Trung tâm kiểm định và thanh toán liên tuyến phía Bắc, cho biết sẽ kiểm tra."
    )
    assert _posts(people["Lê Văn Khải"]) == [("Giám đốc", "Trung tâm kiểm định và thanh toán liên tuyến phía Bắc")]
    people = _people("Theo Vụ trưởng Vụ Các vấn đề chung về soạn thảo luật Trần Minh Tuệ, dự thảo đã gửi.")
    assert _posts(people["Trần Minh Tuệ"]) == [("Vụ trưởng", "Vụ Các vấn đề chung về soạn thảo luật")]
    people = _people("Ông Hồ Văn Tâm, Giám đốc Trung tâm giám định pháp y tâm thần tỉnh Nam Định khẳng định vậy.")
    assert _posts(people["Hồ Văn Tâm"]) == [("Giám đốc", "Trung tâm giám định pháp y tâm thần tỉnh Nam Định")]
    people = _people("Ông Hồ Văn Tâm, Giám đốc Công ty bỏ trốn khỏi địa phương.")
    assert _posts(people["Hồ Văn Tâm"]) == []


def test_a_unit_s_name_in_two_halves_across_a_dash():
    people = _people("Ông Phạm Quốc Vinh, Vụ trưởng Vụ Pháp chế - Thanh tra, cho biết quy định có hiệu lực.")
    assert _posts(people["Phạm Quốc Vinh"]) == [("Vụ trưởng", "Vụ Pháp chế - Thanh tra")]
    people = _people("Trưởng phòng Phòng Cảnh sát hình sự - Nguyễn Văn Tùng cho biết.")
    assert _posts(people["Nguyễn Văn Tùng"]) == [("Trưởng phòng", "Phòng Cảnh sát hình sự")]


def test_chanh_vp_and_a_party_committee_member_in_a_chain():
    people = _people("Chánh VP UBND tỉnh Quảng Ninh Trần Văn Lâm cho biết.")
    assert _posts(people["Trần Văn Lâm"]) == [("Chánh VP", "UBND tỉnh Quảng Ninh")]
    people = _people("Kỷ luật ông Lâm Văn Đạt, Đảng ủy viên, Phó Giám đốc Sở Y tế tỉnh Lào Cai.")
    assert _posts(people["Lâm Văn Đạt"]) == [
        ("Đảng ủy viên", "Đảng ủy Sở Y tế tỉnh Lào Cai"),
        ("Phó Giám đốc", "Sở Y tế tỉnh Lào Cai"),
    ]


def test_an_executive_s_bare_title_after_a_name_is_in_the_company_the_sentence_just_named():
    people = _people(
        "Công ty Hòa Phong, do bị can Lê Văn Hưng, nguyên Tổng Giám đốc hưởng lợi 151 triệu đồng; "
        "Công ty Tân Thành, do bị can Đỗ Văn Tâm, nguyên Tổng Giám đốc, hưởng lợi 131 triệu đồng."
    )
    assert _posts(people["Lê Văn Hưng"]) == [("Tổng Giám đốc", "Công ty Hòa Phong")]
    assert _posts(people["Đỗ Văn Tâm"]) == [("Tổng Giám đốc", "Công ty Tân Thành")]
    people = _people("Tại Công ty Hưng Thịnh, bà Lê Thị Lan, kế toán trưởng, đã ký chứng từ.")
    assert _posts(people["Lê Thị Lan"]) == [("Kế toán trưởng", "Công ty Hưng Thịnh")]
    # A unit of its own after the title, or another kind of unit named last: no company's post.
    people = _people("Tại Công ty Hưng Thịnh, ông Lê Văn Tư, nguyên Phó giám đốc khối đầu tư Công ty Sao Mai, bị bắt.")
    assert _posts(people["Lê Văn Tư"]) != [("Phó giám đốc", "Công ty Hưng Thịnh")]
    people = _people("Công ty Hưng Thịnh bị Sở Tài chính kiểm tra, bà Lê Thị Lan, Giám đốc cho biết.")
    assert _posts(people["Lê Thị Lan"]) == []


def test_a_title_s_unit_after_a_dash():
    people = _people("Bị can Lý Văn Khoa (nguyên điều tra viên cao cấp - Cơ quan CSĐT Công an tỉnh Hà Nam) bị bắt.")
    assert _posts(people["Lý Văn Khoa"]) == [("Điều tra viên cao cấp", "Cơ quan CSĐT Công an tỉnh Hà Nam")]
    people = _people("Phó Chủ tịch UBND xã - Nguyễn Văn An cho biết.")
    assert _posts(people["Nguyễn Văn An"]) == [("Phó Chủ tịch", "UBND xã")]


def test_a_board_s_company_named_in_lower_case_is_read_whole():
    people = _people("Ông Ngô Thành Tâm (SN 1980) – Chủ tịch HĐQT Công ty trục vớt luồng lạch, cho biết.")
    assert _posts(people["Ngô Thành Tâm"]) == [("Chủ tịch", "HĐQT Công ty trục vớt luồng lạch")]


def test_a_district_or_ward_police_written_by_its_initials():
    people = _people("Đại tá Hà Minh Tùng - Trưởng CAQ Ba Đình, Hà Nội cho biết vụ việc đang được điều tra.")
    assert _posts(people["Hà Minh Tùng"]) == [("Trưởng", "CAQ Ba Đình")]
    people = _people("Thượng tá Đỗ Văn Kiên - Phó trưởng CAH Bảo Yên nói.")
    assert _posts(people["Đỗ Văn Kiên"]) == [("Phó trưởng", "CAH Bảo Yên")]


def test_deputy_titles_written_short():
    people = _people("Trung tá Lê Văn Hữu, Phó Trạm CSGT Đại Lộc cho biết xe đã bị giữ.")
    assert _posts(people["Lê Văn Hữu"]) == [("Phó Trạm", "Trạm CSGT Đại Lộc")]
    people = _people("Ông Lê Đình Bảy, phó thôn Hòa Bình, bị bắt giữ.")
    assert _posts(people["Lê Đình Bảy"]) == [("Phó thôn", "Thôn Hòa Bình")]
    people = _people("Ông Trần Văn Tiến, Phó văn phòng UBND tỉnh Lào Cai, cho biết.")
    assert _posts(people["Trần Văn Tiến"]) == [("Phó văn phòng", "UBND tỉnh Lào Cai")]


def test_a_lower_case_unit_name_ends_at_the_next_holder_or_a_closing_country():
    people = _people(
        "Ông Đào Văn Đức, Giám đốc Trung tâm đăng kiểm và ông Vũ Văn Hệ, Phó Giám đốc Trung tâm đăng kiểm "
        "nhưng không trả lời."
    )
    assert _posts(people["Đào Văn Đức"]) == [("Giám đốc", "Trung tâm đăng kiểm")]
    assert _posts(people["Vũ Văn Hệ"]) == [("Phó Giám đốc", "Trung tâm đăng kiểm")]
    people = _people("Tiến sĩ Lê Văn Huề - Viện trưởng Viện nghiên cứu người cao tuổi Việt Nam khẳng định, điều đó đúng.")
    assert _posts(people["Lê Văn Huề"]) == [("Viện trưởng", "Viện nghiên cứu người cao tuổi Việt Nam")]
    people = _people("Ông Vũ Văn Hồng, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam cho rằng điều này đúng.")
    assert _posts(people["Vũ Văn Hồng"]) == [("Chủ tịch", "Liên hiệp các tổ chức hữu nghị Việt Nam")]
    # A verb after the head ends the search for a closing country: no unit.
    people = _people("Ông Vũ Văn Hồng, Giám đốc Trung tâm đã làm việc với Bộ Ngoại giao Việt Nam.")
    assert _posts(people["Vũ Văn Hồng"]) != [("Giám đốc", "Trung tâm đã làm việc với Bộ Ngoại giao Việt Nam")]


def test_a_guard_and_a_driver_are_staff_posts_only_when_set_off_after_the_name():
    people = _people("Ông Lò Văn Sinh, bảo vệ tại Bệnh viện Nhi Lào Cai, đã bị đâm trọng thương.")
    assert _posts(people["Lò Văn Sinh"]) == [("Bảo vệ", "Bệnh viện Nhi Lào Cai")]
    people = _people("Ông Trần Văn Hòa (SN 1960, trú tại quận Ba Đình), hiện là lái xe của Sở Tài chính tỉnh Lào Cai.")
    assert _posts(people["Trần Văn Hòa"]) == [("Lái xe", "Sở Tài chính tỉnh Lào Cai")]
    # The verbs: to drive the company's car, to guard the company.
    people = _people("Ông Lê Văn Cường lái xe Công ty Hòa Phát đi Hà Nội. Lực lượng bảo vệ Công ty Hòa Bình, ông Lê Văn Cần cho biết.")
    assert _posts(people["Lê Văn Cường"]) == []
    assert _posts(people["Lê Văn Cần"]) == []
    people = _people("Sau khi hỏi bảo vệ cơ quan, bảo vệ tòa nhà Hoa Sen, Thượng úy Lê Văn Tiến đã tìm ra chủ thẻ.")
    assert _posts(people["Lê Văn Tiến"]) == []


def test_a_list_of_names_opened_in_the_plural_shares_the_post_after_it():
    people = _people("Đoàn kiểm tra gồm các ông Trần Văn Tư, Lê Văn Hào – phó giám đốc Sở Y tế tỉnh Lào Cai.")
    assert _posts(people["Trần Văn Tư"]) == [("Phó giám đốc", "Sở Y tế tỉnh Lào Cai")]
    assert _posts(people["Lê Văn Hào"]) == [("Phó giám đốc", "Sở Y tế tỉnh Lào Cai")]
    # Without the plural, a comma list does not share it.
    people = _people("Ông Trần Văn Khải, ông Lê Văn Tùng, Phó Giám đốc Sở Tài chính tỉnh Hà Giang cho biết.")
    assert _posts(people["Trần Văn Khải"]) == []


def test_a_head_s_title_written_alone_is_in_the_one_unit_of_its_kind_the_report_names():
    people = _people("TAND tỉnh Lào Cai mở phiên tòa. Ông Lê Văn Cao, Chánh án cho biết bị cáo đã nhận tội.")
    assert _posts(people["Lê Văn Cao"]) == [("Chánh án", "TAND tỉnh Lào Cai")]
    people = _people("Đồn Biên phòng Hải Hòa bắt giữ Minh. Thượng tá Lê Văn Đồn, Đồn trưởng cho biết.")
    assert _posts(people["Lê Văn Đồn"]) == [("Đồn trưởng", "Đồn Biên phòng Hải Hòa")]
    people = _people("Hạt Kiểm lâm huyện Bảo Yên và Đồn Biên phòng Hải Hòa bắt gỗ. Ông Lê Văn Hạt, Hạt trưởng cho biết.")
    assert _posts(people["Lê Văn Hạt"]) == [("Hạt trưởng", "Hạt Kiểm lâm huyện Bảo Yên")]
    people = _people("Ban Chỉ huy Quân sự huyện Bảo Yên họp. Ông Lê Văn Quân, Chỉ huy trưởng cho biết.")
    assert _posts(people["Lê Văn Quân"]) == [("Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Bảo Yên")]
    people = _people("Viện KSND tỉnh Lào Cai phê chuẩn lệnh bắt. Ông Lê Văn Viện, Viện trưởng cho biết.")
    assert _posts(people["Lê Văn Viện"]) == [("Viện trưởng", "Viện KSND tỉnh Lào Cai")]
    people = _people("Ban Quản lý dự án đường bộ tỉnh Lào Cai vừa họp. Ông Phan Văn Huệ, Phó trưởng ban cho biết.")
    assert _posts(people["Phan Văn Huệ"]) == [("Phó trưởng ban", "Ban Quản lý dự án đường bộ tỉnh Lào Cai")]
    # A party committee's board has no 'Trưởng ban'; two boards leave the title's unit unknown.
    people = _people("Ban Thường vụ Tỉnh ủy Lào Cai họp. Ông Hà Văn Tú, Trưởng ban cho biết.")
    assert _posts(people["Hà Văn Tú"]) == []
    people = _people("Ban Chỉ đạo 389 tỉnh Lào Cai họp với Ban Quản lý dự án đường bộ. Ông Hà Văn Tú, Trưởng ban cho biết.")
    assert _posts(people["Hà Văn Tú"]) == []
    # A unit named only in an earlier post counts, the nearest first; a plural title goes to each name.
    people = _people(
        "Bà Hồ Thị Đang, nguyên trưởng ban Tổ chức Quận ủy, bị khiển trách. Phó trưởng Ban bồi thường giải phóng "
        "mặt bằng quận Tân Bình Võ Thị Hằng bị cảnh cáo. Các phó trưởng ban Lâm Văn Thơ, Mai Văn Trúc bị khiển trách."
    )
    for name in ("Lâm Văn Thơ", "Mai Văn Trúc"):
        assert _posts(people[name]) == [("Phó trưởng ban", "Ban bồi thường giải phóng mặt bằng quận Tân Bình")]
    # The unit written after the comma is not one named elsewhere.
    people = _people(
        "Khoa Kinh tế trường Đại học Nông Lâm mở hội thảo. PGS Nguyễn Văn Nga - Phó Trưởng Khoa, Khoa Luật, "
        "trường Đại học Cần Thơ nhận định."
    )
    assert ("Phó Trưởng Khoa", "Khoa Kinh tế trường Đại học Nông Lâm") not in _posts(people["Nguyễn Văn Nga"])


def test_a_village_head_s_village_named_elsewhere_whichever_order_the_title_is_written():
    people = _people("Thôn Khe Mạ có 120 hộ. Thôn trưởng Lê Văn Thông cho biết cả thôn đã góp tiền.")
    assert _posts(people["Lê Văn Thông"]) == [("Thôn trưởng", "Thôn Khe Mạ")]
    people = _people("Ấp Tân Hòa có 120 hộ. Ông Lê Văn Ấn, Trưởng ấp cho biết cả ấp đã góp tiền.")
    assert _posts(people["Lê Văn Ấn"]) == [("Trưởng ấp", "Ấp Tân Hòa")]
    people = _people("Ấp Tân Hòa và ấp Tân Bình có 120 hộ. Ông Lê Văn Ấn, Trưởng ấp cho biết.")
    assert _posts(people["Lê Văn Ấn"]) == []


def test_a_team_or_station_named_in_lower_case_after_the_title():
    # A company's department stays in the title, as annotators write it ('Trưởng phòng kinh doanh').
    people = _people("Trần Văn Liêm (nguyên Tổng giám đốc Công ty Hải Long), Giang Văn Đạt (nguyên Trưởng phòng kinh doanh).")
    assert ("Trưởng phòng", "Phòng kinh doanh") not in _posts(people["Giang Văn Đạt"])
    people = _people("Đại úy Trịnh Văn Phong - Đội trưởng đội hướng dẫn điều tra án chưa rõ tội phạm, phòng CSHS cho biết.")
    assert _posts(people["Trịnh Văn Phong"]) == [("Đội trưởng", "Đội hướng dẫn điều tra án chưa rõ tội phạm")]
    people = _people("Anh Nguyễn Văn Thịnh (sinh năm 1975), là Trạm trưởng Trạm bảo vệ rừng thuộc Công ty Kon Hà bị đánh.")
    assert _posts(people["Nguyễn Văn Thịnh"]) == [("Trạm trưởng", "Trạm bảo vệ rừng")]
    # The clause goes on after the head: no unit is named.
    people = _people("Ông Lê Văn Hòa, Đội trưởng đội tuần tra đã bắt được Minh.")
    assert _posts(people["Lê Văn Hòa"]) == []


def test_a_chair_or_secretary_written_after_the_name_is_of_the_one_body_named():
    people = _people("UBND xã Tân Lộc đã lập biên bản. Ông Hoàng Văn Lực, Chủ tịch cho biết xã sẽ xử lý.")
    assert _posts(people["Hoàng Văn Lực"]) == [("Chủ tịch", "UBND xã Tân Lộc")]
    # Two bodies a chair may head: no guess.
    people = _people("UBND xã Tân Lộc và HĐND xã đã họp. Ông Hoàng Văn Lực, Chủ tịch cho biết.")
    assert _posts(people["Hoàng Văn Lực"]) == []
    people = _people("Đảng ủy xã Tân Lộc họp. Ông Hoàng Văn Lực, Bí thư cho biết xã sẽ xử lý.")
    assert _posts(people["Hoàng Văn Lực"]) == [("Bí thư", "Đảng ủy xã Tân Lộc")]
    people = _people("Đảng ủy xã Tân Lộc và Huyện ủy Bảo Yên họp. Ông Hoàng Văn Lực, Bí thư cho biết.")
    assert _posts(people["Hoàng Văn Lực"]) == []


def test_a_post_before_its_holder_across_an_aside_and_a_dash():
    people = _people("Hai người kéo đến nhà Trưởng phòng Tài nguyên nước (cùng thuộc Sở TNMT) - Cao Văn Phương quậy phá.")
    assert _posts(people["Cao Văn Phương"]) == [("Trưởng phòng", "Phòng Tài nguyên nước")]


def test_a_unit_s_name_goes_on_across_a_glued_apostrophe_or_a_brand_s_dot():
    people = _people("Ông Mai Văn Sáng là Ủy viên Ban chấp hành Huyện ủy Đắk R’lấp, Chủ tịch UBND xã Kiến Thành.")
    assert ("Ủy viên", "Ban chấp hành Huyện ủy Đắk R’lấp") in _posts(people["Mai Văn Sáng"])
    people = _people("Ông Đỗ Văn Hồng, Tổng Giám đốc Công ty PVX.KBT bị bắt. Ông Lê Văn Tú, Giám đốc Công ty ABC. Ông Trần Văn Cừ cho biết.")
    assert _posts(people["Đỗ Văn Hồng"]) == [("Tổng Giám đốc", "Công ty PVX.KBT")]
    assert _posts(people["Lê Văn Tú"]) == [("Giám đốc", "Công ty ABC")]
    people = _people("Ông Đỗ Văn Hồng, Chủ tịch Hội đồng Quản trị kiêm Tổng Giám đốc PVX.KBT bị bắt.")
    assert _posts(people["Đỗ Văn Hồng"]) == [
        ("Chủ tịch", "Hội đồng Quản trị PVX.KBT"),
        ("Tổng Giám đốc", "PVX.KBT"),
    ]


def test_a_unit_written_as_this_one_is_the_unit_of_that_kind_just_named():
    people = _people(
        "Vụ ẩu đả liên quan đến ông Lê Văn Nhuận (Giám đốc Trung tâm Bồi dưỡng chính trị TP Bảo Lộc), "
        "Lê Văn Khoa (Phó giám đốc Trung tâm này) và bà Lê Thị Tố."
    )
    assert _posts(people["Lê Văn Khoa"]) == [("Phó giám đốc", "Trung tâm Bồi dưỡng chính trị TP Bảo Lộc")]
    # Two such units in the sentence before: which one is meant is not known.
    people = _people(
        "Trung tâm Y tế huyện Bảo Yên và Trung tâm Văn hóa huyện Bảo Yên cùng bị kiểm tra. Ông Lê Văn Khoa, "
        "Phó giám đốc Trung tâm này, cho biết."
    )
    assert _posts(people["Lê Văn Khoa"]) == []


def test_a_unit_led_by_a_holder_across_asides_about_the_unit_and_the_holder():
    people = _people(
        "Tỉnh cho Công ty TNHH Thương mại Hòa Vũ (xã Quảng Sơn) do bà Nguyễn Thị Kim Thu (vợ của ông Lê Văn Lộc, "
        "nguyên Phó Giám đốc Công an tỉnh Đắk Nông) làm giám đốc, thuê 162 ha rừng."
    )
    assert _posts(people["Nguyễn Thị Kim Thu"]) == [("Giám đốc", "Công ty TNHH Thương mại Hòa Vũ")]
    assert _posts(people["Lê Văn Lộc"]) == [("Phó Giám đốc", "Công an tỉnh Đắk Nông")]


def test_a_shift_leader_and_a_clinic_s_head():
    people = _people("Bác sĩ Lê Thị Thảo - Trưởng ca trực cấp cứu tại Trung tâm Y tế huyện Bảo Yên (Lào Cai) lo lắng cho hay.")
    assert _posts(people["Lê Thị Thảo"]) == [("Trưởng ca trực cấp cứu", "Trung tâm Y tế huyện Bảo Yên")]
    people = _people("Bác sĩ Vũ Văn Vương, Trưởng kíp trực tại bệnh viện huyện Bảo Yên cho biết nạn nhân đã tỉnh.")
    assert _posts(people["Vũ Văn Vương"]) == [("Trưởng kíp trực", "Bệnh viện huyện Bảo Yên")]
    people = _people(
        "Bác sĩ Nguyễn Văn Đông - Trưởng Phòng khám Chuyên khoa Tim mạch và Điều trị đau (Trung tâm Y tế tỉnh Lào Cai) "
        "đề nghị bán thuốc."
    )
    assert _posts(people["Nguyễn Văn Đông"]) == [("Trưởng Phòng khám", "Phòng khám Chuyên khoa Tim mạch và Điều trị đau")]


def test_a_commune_officer_s_field_stays_in_the_title_and_the_commune_s_committee_is_the_unit():
    people = _people(
        "Ông Hồ Văn Bảy (cán bộ địa chính xã Phước Lợi) và chị Lê Thị Na, cán bộ địa chính - môi trường "
        "xã Tân Hòa, đã đến hiện trường."
    )
    assert _posts(people["Hồ Văn Bảy"]) == [("Cán bộ địa chính", "UBND xã Phước Lợi")]
    assert _posts(people["Lê Thị Na"]) == [("Cán bộ địa chính - môi trường", "UBND xã Tân Hòa")]
    people = _people("Ông Lê Văn Bình, cán bộ quản lý đô thị phường Tân Kỳ, cho biết đã lập biên bản.")
    assert _posts(people["Lê Văn Bình"]) == [("Cán bộ quản lý đô thị", "UBND phường Tân Kỳ")]
    # No field: the commune's officer of which body is not said; a co-operative is a unit of its own.
    assert _posts(_people("Ông Trần Văn Hải, cán bộ xã Tân An, cho biết.")["Trần Văn Hải"]) == []
    people = _people("Ông Trần Văn Hải, cán bộ hợp tác xã Tân An, cho biết.")
    assert _posts(people["Trần Văn Hải"]) == [("Cán bộ", "Hợp tác xã Tân An")]


def test_a_post_straight_after_an_age_aside_and_a_lower_case_name_closed_by_its_place():
    people = _people(
        "Bị can gồm Trần Văn Sáng (27 tuổi) cán bộ phòng Vật tư - trang thiết bị y tế Bệnh viện đa khoa Bảo Yên, "
        "tội thiếu trách nhiệm."
    )
    assert _posts(people["Trần Văn Sáng"]) == [
        ("Cán bộ", "Phòng Vật tư - trang thiết bị y tế Bệnh viện đa khoa Bảo Yên")
    ]
    people = _people(
        "Ông Lê Văn Tư (40 tuổi)- nhân viên Trung tâm quản lý đầu tư và khai thác công trình thủy lợi Bảo Yên, "
        "người trực tiếp quản lý hồ, cho biết."
    )
    assert _posts(people["Lê Văn Tư"]) == [
        ("Nhân viên", "Trung tâm quản lý đầu tư và khai thác công trình thủy lợi Bảo Yên")
    ]


def test_in_charge_of_a_unit_after_a_name_and_a_bare_title_before_kiem_and_a_comma():
    people = _people("Thạc sĩ Lê Văn Cẩn - phụ trách Trung tâm chống độc, Bệnh viện Đa khoa tỉnh Lào Cai thông tin thêm.")
    assert _posts(people["Lê Văn Cẩn"]) == [("Phụ trách", "Trung tâm chống độc")]
    # In charge of a task, not a unit.
    assert _posts(_people("Ông Lê Văn Cẩn, phụ trách địa bàn xã Tân An, cho biết.")["Lê Văn Cẩn"]) == []
    people = _people(
        "Ông Bùi Quý Khải, Chánh Văn phòng, kiêm người phát ngôn của Sở Giáo dục và Đào tạo tỉnh Lào Cai cho biết."
    )
    assert _posts(people["Bùi Quý Khải"]) == [
        ("Chánh Văn phòng", "Sở Giáo dục và Đào tạo tỉnh Lào Cai"),
        ("Người phát ngôn", "Sở Giáo dục và Đào tạo tỉnh Lào Cai"),
    ]


def test_staff_of_a_bare_department_after_cua_is_in_the_one_the_report_names():
    people = _people(
        "Sở Tài nguyên và Môi trường tỉnh Lào Cai kỷ luật ông Lê Văn Cường - Phó phòng Khoáng sản, "
        "Cao Ngọc Cửu - chuyên viên của Sở."
    )
    assert _posts(people["Cao Ngọc Cửu"]) == [("Chuyên viên", "Sở Tài nguyên và Môi trường tỉnh Lào Cai")]
    # Two departments named: which one is meant is not known.
    people = _people("Sở Y tế và Sở Tài chính tỉnh Lào Cai kiểm tra; ông Cao Ngọc Cửu - chuyên viên của Sở cho biết.")
    assert _posts(people["Cao Ngọc Cửu"]) == []


def test_a_lawyer_named_after_his_title_s_initials_or_after_la_takes_the_bar_in_brackets():
    people = _people(
        "Luật sư (LS) Lê Anh Thơ (Đoàn luật sư TP Hà Nội) - người bảo vệ quyền lợi cho ông này đã gửi đơn. "
        "Phía bị hại có thêm 2 luật sư là Trần Thu Năm (Đoàn luật sư tỉnh Lào Cai) và luật sư Vũ Ngọc Tiến."
    )
    assert _posts(people["Lê Anh Thơ"]) == [("Luật sư", "Đoàn luật sư TP Hà Nội")]
    assert _posts(people["Trần Thu Năm"]) == [("Luật sư", "Đoàn luật sư tỉnh Lào Cai")]


def test_the_subject_a_teacher_teaches_stands_between_the_title_and_the_school():
    people = _people(
        "Thầy Đinh Hải Hồ (SN 1974, giáo viên tiếng Anh tại trường THCS Hòa Lâm) bị bắt. TS Trịnh Thu Tuyền - "
        "giáo viên dạy Ngữ văn tại trường THPT Lê Lợi, Hà Nội, nêu quan điểm."
    )
    assert _posts(people["Đinh Hải Hồ"]) == [("Giáo viên", "Trường THCS Hòa Lâm")]
    assert _posts(people["Trịnh Thu Tuyền"]) == [("Giáo viên", "Trường THPT Lê Lợi")]


def test_staff_of_a_bare_centre_are_in_the_one_centre_the_report_names():
    people = _people(
        "Trung tâm Bồi dưỡng chính trị huyện Bảo Yên chi sai; bà Nguyễn Thị Toàn - thủ quỹ Trung tâm đã nộp trả "
        "30 triệu đồng."
    )
    assert _posts(people["Nguyễn Thị Toàn"]) == [("Thủ quỹ", "Trung tâm Bồi dưỡng chính trị huyện Bảo Yên")]
    people = _people(
        "Trung tâm Y tế huyện Bảo Yên và Trung tâm Văn hóa huyện Bảo Yên bị kiểm tra; ông Trần Văn Thắng - "
        "cán bộ Trung tâm nộp lại 30 triệu đồng."
    )
    assert _posts(people["Trần Văn Thắng"]) == []


def test_a_bare_role_in_a_list_takes_the_unit_of_the_item_before():
    people = _people(
        "Huyện ủy đình chỉ công tác ông Hà Văn Bảo - Giám đốc Trung tâm dạy nghề huyện Tân Hà và ông Ngô Văn "
        "Lực - Phó giám đốc sau khi hai người xô xát. Tòa xử Trần Văn Lộc (nguyên Tổng giám đốc Công ty Vận "
        "tải Biển Đông), Giang Văn Đạo (nguyên Phó Tổng giám đốc); Trần Văn Khanh (nguyên Kế toán trưởng)."
    )
    assert _posts(people["Ngô Văn Lực"]) == [("Phó giám đốc", "Trung tâm dạy nghề huyện Tân Hà")]
    assert _posts(people["Giang Văn Đạo"]) == [("Phó Tổng giám đốc", "Công ty Vận tải Biển Đông")]
    assert _posts(people["Trần Văn Khanh"]) == [("Kế toán trưởng", "Công ty Vận tải Biển Đông")]
    people = _people(
        "Các bị can gồm Lê Văn Tư, Tổng Giám đốc Công ty Liên Kết; Trịnh Văn Sang, thành viên nhóm quản lý "
        "kinh doanh. Ông Lê Văn Sâm, Chủ tịch UBND xã Đông Lâm và ông Đỗ Văn Bảy, cán bộ đã đến hiện trường."
    )
    assert _posts(people["Trịnh Văn Sang"]) == []  # a member of a group the list does not name in full
    assert _posts(people["Đỗ Văn Bảy"]) == []  # a trade, not a post of the committee the first one chairs


def test_where_a_titled_person_works_and_a_post_in_an_aside_after_la():
    people = _people(
        "Phụ huynh phản ánh giáo viên Nguyễn Thị Nhân công tác tại Trường Mầm non Phú Lâm. Điều dưỡng Hoàng "
        "Văn Lượng (công tác tại Bệnh viện đa khoa tỉnh Tân Hà) bị hành hung. Bộ Y tế đề nghị xem xét việc "
        "bác sĩ Hồ Văn Lâm (công tác tại Bệnh viện Đa khoa tỉnh Tân Hà) bị bắt. Công an bắt Phạm Văn "
        "Tùng (31 tuổi, trú tại xã Đại Lâm, là cán bộ hành chính của Bệnh viện Đa khoa huyện Yên Lạc)."
    )
    assert _posts(people["Nguyễn Thị Nhân"]) == [("Giáo viên", "Trường Mầm non Phú Lâm")]
    assert _posts(people["Hoàng Văn Lượng"]) == [("Điều dưỡng", "Bệnh viện đa khoa tỉnh Tân Hà")]
    assert _posts(people["Hồ Văn Lâm"]) == []  # a doctor's title of address, as gold has it
    assert _posts(people["Phạm Văn Tùng"]) == [("Cán bộ hành chính", "Bệnh viện Đa khoa huyện Yên Lạc")]
    people = _people("Công an bắt Phạm Văn Tùng (31 tuổi, trú tại xã Đại Lâm, là con trai Giám đốc Công ty Tân Phú).")
    assert _posts(people["Phạm Văn Tùng"]) == []


def test_a_degree_between_the_unit_and_the_name_is_not_part_of_the_unit():
    people = _people("Giá thuốc tăng. Nguyên Giám đốc Sở Y tế TS Cao Văn Kiên cho rằng giá thuốc sẽ giảm.")
    assert _posts(people["Cao Văn Kiên"]) == [("Giám đốc", "Sở Y tế")]


def test_a_judges_grade_before_the_name_is_held_in_the_court_of_the_post_after_it():
    people = _people(
        "Thẩm phán Võ Nguyên Tâm, Chánh Tòa Hình sự TAND tỉnh Phú Lâm, công bố bản án. Kiểm sát viên Lê Văn "
        "Tám, Phó Viện trưởng VKSND tỉnh Tân Hà, đề nghị mức án. Thẩm phán Hồ Văn Chín, Giám đốc Sở Tư pháp "
        "tỉnh Tân Hà, phát biểu."
    )
    assert ("Thẩm phán", "TAND tỉnh Phú Lâm") in _posts(people["Võ Nguyên Tâm"])
    assert sorted(_posts(people["Lê Văn Tám"])) == [
        ("Kiểm sát viên", "VKSND tỉnh Tân Hà"), ("Phó Viện trưởng", "VKSND tỉnh Tân Hà")
    ]
    assert _posts(people["Hồ Văn Chín"]) == [("Giám đốc", "Sở Tư pháp tỉnh Tân Hà")]


def test_a_chair_or_secretary_before_a_province_name_alone_is_of_its_committee():
    people = _people("Chủ tịch Hà Nội Nguyễn Văn Bình yêu cầu kiểm tra. Bí thư Hải Phòng Lê Văn Tám đồng ý.")
    assert _posts(people["Nguyễn Văn Bình"]) == [("Chủ tịch", "UBND TP Hà Nội")]
    assert _posts(people["Lê Văn Tám"]) == [("Bí thư", "Thành ủy Hải Phòng")]


def test_a_name_after_a_units_last_word_that_reads_as_something_else():
    people = _people(
        "Giám đốc Sở Tài nguyên và Môi trường Nguyễn Văn Tám cho biết. Phó Cục trưởng Cục Quản lý thị trường "
        "Bùi Nguyên Hưng nói thêm. Chánh Văn phòng UBND huyện Đông Anh Hoàng Hải Đăng cũng có mặt."
    )
    assert _posts(people["Nguyễn Văn Tám"]) == [("Giám đốc", "Sở Tài nguyên và Môi trường")]
    assert _posts(people["Bùi Nguyên Hưng"]) == [("Phó Cục trưởng", "Cục Quản lý thị trường")]
    assert _posts(people["Hoàng Hải Đăng"]) == [("Chánh Văn phòng", "UBND huyện Đông Anh")]


def test_a_shared_post_in_brackets_and_a_post_held_at_the_time():
    people = _people(
        "Hai ông Lê Văn Tám và Đỗ Văn Chín (đều là Phó trưởng Công an xã Ia Nan) đi tuần tra. Năm 2015, Bộ "
        "trưởng Bộ Công Thương khi đó là ông Vũ Văn Hào đã ký quyết định. Cục trưởng Cục Bản quyền tác giả, "
        "ông Bùi Văn Hùng yêu cầu dừng thu phí."
    )
    assert _posts(people["Lê Văn Tám"]) == [("Phó trưởng", "Công an xã Ia Nan")]
    assert _posts(people["Đỗ Văn Chín"]) == [("Phó trưởng", "Công an xã Ia Nan")]
    assert [(p.title, p.organization, p.status) for p in people["Vũ Văn Hào"].positions] == [
        ("Bộ trưởng", "Bộ Công Thương", "former")
    ]
    assert _posts(people["Bùi Văn Hùng"]) == [("Cục trưởng", "Cục Bản quyền tác giả")]


def test_a_chief_executive_alone_is_of_the_one_company_and_a_boards_list_goes_on():
    people = _people("Công ty Tân Phú vừa bị khởi tố. Phó Tổng giám đốc Nguyễn Xuân Sang đã bị bắt.")
    assert _posts(people["Nguyễn Xuân Sang"]) == [("Phó Tổng giám đốc", "Công ty Tân Phú")]
    people = _people("Sở Y tế vừa họp. Phó Tổng giám đốc Nguyễn Xuân Sang cho biết.")
    assert _posts(people["Nguyễn Xuân Sang"]) == []
    people = _people(
        "Tòa xử Lê Văn Tám (nguyên chủ tịch HĐQT Công ty Tân Phú), Nguyễn Phước Hòa (nguyên tổng giám đốc), "
        "Bùi Thanh Hưng (nguyên phó tổng giám đốc), Nguyễn Văn Thanh (nguyên kế toán trưởng) về tội cố ý làm trái."
    )
    assert _posts(people["Nguyễn Phước Hòa"]) == [("Tổng giám đốc", "Công ty Tân Phú")]
    assert _posts(people["Bùi Thanh Hưng"]) == [("Phó tổng giám đốc", "Công ty Tân Phú")]
    assert _posts(people["Nguyễn Văn Thanh"]) == [("Kế toán trưởng", "Công ty Tân Phú")]
def test_streets_in_a_list_after_one_street_word_or_at_a_crossing_are_not_persons():
    people = _people(
        "Cảnh sát phân luồng trên các tuyến đường Hàng Lụa, Đỗ Văn Khiêm, Lạc Thị Mai và Vương Đình Cừ. "
        "Vụ va chạm xảy ra tại giao lộ Tô Văn Hạnh, huyện Bình Chánh; xe khách dừng ở ngã tư Khúc Văn Lục. "
        "Xe đỗ trên các phố: Đỗ Văn Khiêm, Lạc Thị Mai và dọc đường ven biển Vương Đình Cừ."
    )
    assert people == {}
    # A person named after a street, with an age, is still a person.
    people = _people("Trên phố Hàng Lụa, Đỗ Văn Khiêm (30 tuổi) rút dao đâm anh Lạc Văn Mạnh.")
    assert set(people) == {"Đỗ Văn Khiêm", "Lạc Văn Mạnh"}


def test_names_written_by_initials_act_in_the_story():
    people = _people(
        "Nạn nhân là cháu L.T.Q (6 tuổi) và ông Khúc V.H (SN 1941), trú xã Phú Lạc. Chị N.T.M.Th cho biết "
        "ông H đã tử vong. Công an tạm giữ hai đối tượng, gồm: T.V.K. (SN 1988) và Đ.Q.B. (SN 1991)."
    )
    assert set(people) == {"L.T.Q", "Khúc V.H", "N.T.M.Th", "T.V.K.", "Đ.Q.B."}
    assert [m.text for m in people["Khúc V.H"].mentions] == ["Khúc V.H", "H"]


def test_one_initial_with_its_stop_is_a_mention_of_the_person_named_by_initials():
    people = _people("Chị K.T.M tố cáo chồng xâm hại cháu P.T.D (SN 2003). Khi đó, cháu D. mới học lớp 8.")
    assert set(people) == {"K.T.M", "P.T.D"}
    assert [m.text for m in people["P.T.D"].mentions] == ["P.T.D", "D."]
    people = _people("Chị K.T. M. khai báo với công an. Gia đình em H. Q. cho biết em bị đánh.")
    assert set(people) == {"K.T. M.", "H. Q."}
    people = _people("Tên trộm lấy điện thoại của anh K. V. T (SN 1990) và chị L.T. T. M (SN 1975).")
    assert set(people) == {"K. V. T", "L.T. T. M"}


# Posts this session reads, each case a text and the posts (title, unit) of the persons it names.
POSTS_READ = [
    # A given name alone before a post with its unit is the person named before.
    pytest.param(
        "Công an bắt Lạc Thị Vân (45 tuổi). Theo điều tra, Vân là Giám đốc Công ty TNHH Hoa Mận. "
        "Khúc Văn Tạo cũng bị bắt. Tạo, Trưởng phòng kinh doanh Công ty TNHH Hoa Mận, khai nhận.",
        {
            "Lạc Thị Vân": [("Giám đốc", "Công ty TNHH Hoa Mận")],
            "Khúc Văn Tạo": [("Trưởng phòng", "Phòng kinh doanh Công ty TNHH Hoa Mận")],
        },
        id="a_given_name_alone_before_a_post_with_its_unit",
    ),
    # A post with no unit, or a name two persons share, says nothing of whom.
    pytest.param(
        "Công an bắt Lạc Thị Vân. Vân là nhân viên bán hàng.",
        {"Lạc Thị Vân": []},
        id="a_given_name_alone_before_a_post_with_no_unit",
    ),
    pytest.param(
        "Công an bắt Lạc Thị Vân và Khúc Thị Vân. Vân là Giám đốc Công ty TNHH Hoa Mận.",
        {"Lạc Thị Vân": [], "Khúc Thị Vân": []},
        id="a_given_name_two_persons_share",
    ),
    # Staff of a shop and a trade after staff hold posts in the unit written.
    pytest.param(
        "Chị Lạc Thị Mơ (30 tuổi) là nhân viên của tiệm vàng Kim Hạc. Anh Khúc Văn Lựu, nhân viên tiệm game "
        "Hoa Mận cho biết. Công an bắt Đàm Văn Cử (SN 1967), nhân viên kế toán Trường THCS Đông Lạc.",
        {
            "Lạc Thị Mơ": [("Nhân viên", "Tiệm vàng Kim Hạc")],
            "Khúc Văn Lựu": [("Nhân viên", "Tiệm game Hoa Mận")],
            "Đàm Văn Cử": [("Nhân viên kế toán", "Trường THCS Đông Lạc")],
        },
        id="staff_of_a_shop_and_a_trade_after_staff",
    ),
    # 'cán bộ chiến sĩ' are a unit's men: after a comma they open a clause of their own.
    pytest.param(
        "Biết hoàn cảnh của anh Khúc Văn Lựu, cán bộ chiến sĩ Đội CSGT số 9 đã quyên góp.",
        {"Khúc Văn Lựu": []},
        id="a_units_men_after_a_comma",
    ),
    pytest.param(
        "Sau kết luận, hiệu trưởng Trường Tiểu học Đông Lạc là bà Tạ Thị Bích Hến đã bị cách chức.",
        {"Tạ Thị Bích Hến": [("Hiệu trưởng", "Trường Tiểu học Đông Lạc")]},
        id="a_post_in_lower_case_opening_a_clause_before_la_names_its_holder",
    ),
    # Inside a unit's name the words are no post ('Tổ công tác cố vấn Ban X').
    pytest.param(
        "Lãnh đạo Tổ công tác đặc biệt cố vấn Ban Hoa Mận Trung ương là ông Lạc Văn Tài.",
        {"Lạc Văn Tài": []},
        id="a_post_in_lower_case_inside_a_units_name",
    ),
    pytest.param(
        "Công ty TNHH Hoa Mận bị khởi tố. Bị can Lạc Thị Mơ, kế toán trưởng của công ty được tại ngoại.",
        {"Lạc Thị Mơ": [("Kế toán trưởng", "Công ty TNHH Hoa Mận")]},
        id="a_company_officer_of_the_company_in_lower_case_is_of_the_one_company_named",
    ),
    pytest.param(
        "Công ty TNHH Hoa Mận và Công ty CP Đông Lạc bị khởi tố. Bị can Lạc Thị Mơ, kế toán trưởng của công ty "
        "được tại ngoại.",
        {"Lạc Thị Mơ": []},
        id="a_company_officer_of_the_company_when_two_are_named",
    ),
    pytest.param(
        "Bệnh viện Đa khoa Hoa Mận bị mất trộm. Anh Lạc Văn Tài (SN 1998, bảo vệ của bệnh viện) phát hiện kẻ gian.",
        {"Lạc Văn Tài": [("Bảo vệ", "Bệnh viện Đa khoa Hoa Mận")]},
        id="staff_of_the_unit_in_lower_case_after_cua_is_of_the_one_unit_named",
    ),
    pytest.param(
        "Bệnh viện Hoa Mận và Bệnh viện Đông Lạc bị mất trộm. Anh Lạc Văn Tài (SN 1998, bảo vệ của bệnh viện) "
        "phát hiện kẻ gian.",
        {"Lạc Văn Tài": []},
        id="staff_of_the_unit_in_lower_case_after_cua_when_two_are_named",
    ),
    pytest.param(
        "Ông Lạc Văn Tài, Giám đốc Công ty TNHH Hoa Mận, thuê hai người dẫn khách; họ không phải nhân viên "
        "của công ty ông Tài.",
        {"Lạc Văn Tài": [("Giám đốc", "Công ty TNHH Hoa Mận")]},
        id="staff_of_the_company_of_a_person_named_after_it_is_no_post_of_his",
    ),
    pytest.param(
        "Ông Lạc Tài và vợ có đơn gửi tòa. Năm 1999, tòa xử vụ án Lạc Tài (giám đốc Công ty Hoa Mận) và 7 bị cáo.",
        {"Lạc Tài": [("Giám đốc", "Công ty Hoa Mận")]},
        id="a_name_of_two_words_named_before_with_no_title_before_it",
    ),
    # A post written past the year of birth and the home, with no brackets around them.
    pytest.param(
        "Bị bắt là Khúc Văn Tạo sinh năm 1980, trú Hà Nam, là Giám đốc Công ty TNHH Hoa Mận, về tội lừa đảo; "
        "Lạc Văn Bảo sinh năm 1990, trú xã Đông Lạc, huyện Yên Lạc, là cán bộ Sở Y tế tỉnh Hòa Bình.",
        {
            "Khúc Văn Tạo": [("Giám đốc", "Công ty TNHH Hoa Mận")],
            "Lạc Văn Bảo": [("Cán bộ", "Sở Y tế tỉnh Hòa Bình")],
        },
        id="a_post_past_the_year_of_birth_and_home",
    ),
    pytest.param(
        "Nạn nhân là anh Lạc Văn Tâm (SN 1983), ngụ phường 1, TP Sóc Trăng, là nhân viên Công ty Dược Hoa Mận.",
        {"Lạc Văn Tâm": [("Nhân viên", "Công ty Dược Hoa Mận")]},
        id="a_post_past_an_aside_and_the_home",
    ),
    # Not past another name, nor a post with no unit.
    pytest.param(
        "Anh Lạc Văn Hòa sinh năm 1985, trú xã Đông Lạc, cùng Khúc Văn Cường, Giám đốc Công ty Hoa Mận đến trụ sở.",
        {"Lạc Văn Hòa": [], "Khúc Văn Cường": [("Giám đốc", "Công ty Hoa Mận")]},
        id="a_post_past_the_home_of_another_name",
    ),
    pytest.param(
        "Tài xế là Lạc Văn Hòa sinh năm 1985, trú xã Đông Lạc, là lái xe, bị thương.",
        {"Lạc Văn Hòa": []},
        id="a_job_with_no_unit_past_the_home",
    ),
    # A plural post before a list opened by 'gồm' (or a count before the post).
    pytest.param(
        "Kỷ luật khiển trách với 3 phó Ban Bồi thường giải phóng mặt bằng quận, gồm: ông Lạc Văn Tài, Khúc Văn "
        "Phú, Mạc Văn Thọ.",
        {
            "Lạc Văn Tài": [("Phó Ban", "Ban Bồi thường giải phóng mặt bằng quận")],
            "Khúc Văn Phú": [("Phó Ban", "Ban Bồi thường giải phóng mặt bằng quận")],
            "Mạc Văn Thọ": [("Phó Ban", "Ban Bồi thường giải phóng mặt bằng quận")],
        },
        id="a_counted_post_before_a_list_opened_by_gom",
    ),
    pytest.param(
        "Các Phó Giám đốc Sở Y tế gồm ông Lạc Văn Hùng và ông Khúc Văn Dũng dự họp.",
        {"Lạc Văn Hùng": [("Phó Giám đốc", "Sở Y tế")], "Khúc Văn Dũng": [("Phó Giám đốc", "Sở Y tế")]},
        id="a_plural_post_before_gom",
    ),
    # A day's number is no count.
    pytest.param(
        "Ngày 12 Phó Giám đốc Sở Y tế Lạc Văn Quý và ông Khúc Văn Bốn đến thăm.",
        {"Lạc Văn Quý": [("Phó Giám đốc", "Sở Y tế")], "Khúc Văn Bốn": []},
        id="a_days_number_before_a_post_is_no_count",
    ),
    # A post taken up ('lên làm', 'về làm') is the subject's, not that of a name in an aside.
    pytest.param(
        "Bà Lạc Thị Hoa (cháu ông Khúc Văn Tâm) từ cán bộ UBND xã thăng tiến lên làm Phó chủ tịch UBND xã Yên "
        "Phú nhiệm kỳ 2016 – 2020.",
        {"Lạc Thị Hoa": [("Phó chủ tịch", "UBND xã Yên Phú")], "Khúc Văn Tâm": []},
        id="a_post_taken_up_after_an_aside_naming_a_relative",
    ),
    pytest.param(
        "Khi ông Lạc Văn Sơn về làm Phó Tổng giám đốc Tập đoàn Hoa Mận từ tháng 11.2010, ông Sơn không liên quan.",
        {"Lạc Văn Sơn": [("Phó Tổng giám đốc", "Tập đoàn Hoa Mận")]},
        id="a_post_taken_up_with_ve_lam",
    ),
    pytest.param(
        "Anh Lạc Văn Tú về làm thuê cho Công ty Hoa Mận.",
        {"Lạc Văn Tú": []},
        id="work_for_hire_is_no_post",
    ),
    # A police aide's title alone in brackets: the one commune police the report names, none if two.
    pytest.param(
        "Công an xã Nậm Cang cho biết, tối 3/4, anh Lò Văn Khiêm (phó công an xã) và Đặng Văn Tùng "
        "(công an viên) tuần tra thì gặp nhóm thanh niên.",
        {"Đặng Văn Tùng": [("Công an viên", "Công an xã Nậm Cang")]},
        id="a_police_aide_alone_in_brackets_is_the_communes",
    ),
    pytest.param(
        "Công an xã Nậm Cang và Công an phường Tân Lạc cho biết anh Đặng Văn Tùng (công an viên) tuần tra.",
        {"Đặng Văn Tùng": []},
        id="a_police_aide_alone_with_two_commune_police_named",
    ),
    pytest.param(
        "Nạn nhân là anh Hà Văn Toàn (39 tuổi, ngụ huyện Cần Giờ, là tài xế của hãng Vinasun).",
        {"Hà Văn Toàn": [("Tài xế", "Hãng Vinasun")]},
        id="a_driver_called_tai_xe_is_a_driver",
    ),
    pytest.param(
        "Tài xế Hà Văn Toàn cho biết xe đã dừng.",
        {"Hà Văn Toàn": []},
        id="tai_xe_before_a_name_with_no_unit_gives_no_post",
    ),
    pytest.param(
        "Anh Hà Văn Toàn – người lái xe của Công ty Hoa Mai – cho biết xe đã dừng.",
        {"Hà Văn Toàn": [("Lái xe", "Công ty Hoa Mai")]},
        id="the_one_who_drives_set_off_after_a_name_is_a_driver",
    ),
    pytest.param(
        "Anh Hà Văn Toàn vẫn là người lái xe cho gia đình.",
        {"Hà Văn Toàn": []},
        id="the_one_who_drives_for_a_family_names_no_unit",
    ),
    pytest.param(
        "Anh Hà Văn Toàn, nhân viên hợp đồng của UBND xã Tân Lạc, cho biết như vậy.",
        {"Hà Văn Toàn": [("Nhân viên hợp đồng", "UBND xã Tân Lạc")]},
        id="a_contract_employee_keeps_the_words_in_the_title",
    ),
    pytest.param(
        "Cô Đỗ Thị Mơ, giáo viên môn Văn Trường THCS Tân Lạc cho biết như vậy.",
        {"Đỗ Thị Mơ": [("Giáo viên", "Trường THCS Tân Lạc")]},
        id="a_teacher_of_a_subject_then_the_school_without_tai",
    ),
    pytest.param(
        "Ông Hà Văn Toàn, nguyên Phó Trưởng phòng, Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh"
        " Hòa Bình bị bắt.",
        {
            "Hà Văn Toàn": [
                ("Phó Trưởng phòng", "Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình"),
                ("Phó Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình"),
            ]
        },
        id="a_past_bare_role_shares_the_unit_of_the_post_after_it",
    ),
    pytest.param(
        "Ông Hà Văn Toàn khi đó là Giám đốc, Chủ tịch HĐQT Công ty Hoa Mai.",
        {"Hà Văn Toàn": [("Giám đốc", "Công ty Hoa Mai"), ("Chủ tịch", "HĐQT Công ty Hoa Mai")]},
        id="a_bare_role_after_khi_do_la_opens_the_chain",
    ),
    pytest.param(
        "Ông Hà Văn Toàn là Giám đốc, nhiều năm gắn bó với nghề.",
        {"Hà Văn Toàn": []},
        id="a_bare_role_after_la_with_no_post_after_it_takes_no_unit",
    ),
    pytest.param(
        "Tại kỳ họp Quốc hội, đại biểu Hà Văn Toàn đoàn Thanh Hóa cho rằng cần sửa luật. Đại biểu Lý Thị Mơ: Tôi"
        " đồng ý.",
        {"Hà Văn Toàn": [("Đại biểu", "Quốc hội")], "Lý Thị Mơ": [("Đại biểu", "Quốc hội")]},
        id="a_deputy_named_in_a_report_on_the_national_assembly_sits_in_it",
    ),
    pytest.param(
        "Đại biểu Hà Văn Toàn cho biết hội nghị đã thành công.",
        {"Hà Văn Toàn": []},
        id="a_delegate_where_no_national_assembly_is_named_has_no_post",
    ),
    pytest.param(
        "Tại kỳ họp HĐND tỉnh, đại biểu Hà Văn Toàn nói Quốc hội sẽ sửa luật.",
        {"Hà Văn Toàn": []},
        id="a_deputy_where_a_peoples_council_is_named_may_be_its",
    ),
    pytest.param(
        "Ông Nguyễn Đình K. (SN 1954) - bảo vệ của trường THCS Tân Lạc bị sát hại.",
        {"Nguyễn Đình K": [("Bảo vệ", "Trường THCS Tân Lạc")]},
        id="a_name_kept_back_by_its_initial_then_an_aside_and_a_post",
    ),
    pytest.param(
        "Bà Trần Thị L. là điều dưỡng tại Bệnh viện Đa khoa Tân Lạc.",
        {"Trần Thị L": [("Điều dưỡng", "Bệnh viện Đa khoa Tân Lạc")]},
        id="a_name_kept_back_by_its_initial_then_la_and_a_post",
    ),
    pytest.param(
        "Công an đã bắt Trần Văn K. Giám đốc Công an tỉnh Hòa Bình cho biết như vậy.",
        {"Trần Văn K": []},
        id="an_initial_ending_a_sentence_gives_it_no_post_of_the_next",
    ),
    pytest.param(
        "Công an bắt Lê Văn Hùng. Được biết, Hùng hiện là nhân viên Công ty Hoa Mai.",
        {"Lê Văn Hùng": [("Nhân viên", "Công ty Hoa Mai")]},
        id="a_given_name_alone_then_hien_la_and_a_post",
    ),
    pytest.param(
        "Công an bắt Lê Văn Hùng. Hùng vốn là nhân viên Công ty Hoa Mai.",
        {"Lê Văn Hùng": [("Nhân viên", "Công ty Hoa Mai")]},
        id="a_given_name_alone_then_von_la_and_a_post",
    ),
    pytest.param(
        "Công an bắt Lê Văn Hùng. Hùng vốn là người hiền lành, làm ruộng ở xã Tân Lạc.",
        {"Lê Văn Hùng": []},
        id="a_given_name_alone_then_von_la_and_no_post",
    ),
    pytest.param(
        "Xe do ông Hà Văn Toàn, sinh năm 1981 (hộ khẩu thường trú tại Khu 3, thị trấn Tân Lạc), Trưởng phòng"
        " Giáo dục huyện Tân Lạc điều khiển.",
        {"Hà Văn Toàn": [("Trưởng phòng", "Phòng Giáo dục huyện Tân Lạc")]},
        id="a_post_past_a_year_of_birth_and_a_home_in_brackets",
    ),
    pytest.param(
        "Ông Hà Văn Toàn, sinh năm 1981 (trú thị trấn Tân Lạc), cùng Lý Văn Tư, Giám đốc Công ty Hoa Mai bị bắt.",
        {"Hà Văn Toàn": []},
        id="a_post_past_a_home_and_another_name_is_that_names",
    ),
    pytest.param(
        "Ông Hà Văn Toàn đã nộp đơn từ nhiệm. Tuy nhiên, ông Toàn vẫn tiếp tục là Phó Giám đốc Sở Y tế tỉnh"
        " Hòa Bình.",
        {"Hà Văn Toàn": [("Phó Giám đốc", "Sở Y tế tỉnh Hòa Bình")]},
        id="a_post_still_held_after_van_tiep_tuc_la",
    ),
    pytest.param(
        "Thành ủy đã đình chỉ ông Hà Văn Toàn, Giám đốc và ông Lý Văn Tư, Phó Giám đốc Trung tâm bồi dưỡng"
        " chính trị TP Tân Lạc để làm rõ.",
        {
            "Hà Văn Toàn": [("Giám đốc", "Trung tâm bồi dưỡng chính trị TP Tân Lạc")],
            "Lý Văn Tư": [("Phó Giám đốc", "Trung tâm bồi dưỡng chính trị TP Tân Lạc")],
        },
        id="a_centres_director_listed_before_its_deputy",
    ),
    pytest.param(
        "Ông Hà Văn Toàn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tân Lạc cho biết đã chỉ đạo.",
        {"Hà Văn Toàn": [("Phó Bí thư", "Huyện ủy Tân Lạc"), ("Chủ tịch", "UBND huyện Tân Lạc")]},
        id="a_district_party_committee_written_alone_then_the_chair_of_its_peoples_committee",
    ),
    pytest.param(
        "Ông Hà Văn Toàn, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Lạc cho biết đã chỉ đạo.",
        {"Hà Văn Toàn": [("Bí thư", "Đảng ủy xã Tân Lạc"), ("Chủ tịch", "UBND xã Tân Lạc")]},
        id="a_communes_party_committee_written_alone_then_the_chair_of_its_peoples_committee",
    ),
    pytest.param(
        "Ông Hà Văn Toàn, Bí thư Đảng ủy, Giám đốc Công ty Hoa Mai cho biết.",
        {"Hà Văn Toàn": [("Giám đốc", "Công ty Hoa Mai")]},
        id="a_party_committee_written_alone_before_a_companys_post_is_left",
    ),
    pytest.param(
        "Ông Hà Văn Toàn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn đã làm việc với đoàn.",
        {"Hà Văn Toàn": [("Phó Bí thư", "Tỉnh ủy Lạng Sơn"), ("Chủ tịch", "UBND tỉnh Lạng Sơn")]},
        id="a_provinces_party_committee_written_alone_takes_the_place_of_the_post_after_it",
    ),
    pytest.param(
        "Ông Hà Văn Toàn, Bí thư Tỉnh ủy, Giám đốc Công an tỉnh Hòa Bình cho biết.",
        {"Hà Văn Toàn": [("Bí thư", "Tỉnh ủy Hòa Bình"), ("Giám đốc", "Công an tỉnh Hòa Bình")]},
        id="a_party_committee_written_alone_before_a_police_post_is_its_sentences_provinces",
    ),
    pytest.param(
        "Công an xã Tân Lạc đã có mặt. Ông Hà Văn Toàn, Trưởng Công an xã cho biết.",
        {"Hà Văn Toàn": [("Trưởng", "Công an xã Tân Lạc")]},
        id="a_communes_police_written_without_the_commune_is_the_one_the_report_names",
    ),
    pytest.param(
        "Ông Hà Văn Toàn, Chủ tịch UBND xã cho biết đã báo cáo.",
        {"Hà Văn Toàn": [("Chủ tịch", "UBND xã")]},
        id="a_communes_committee_with_no_commune_named_keeps_its_bare_name",
    ),
    pytest.param(
        "Công an TP Vinh đã vào cuộc. Thượng tá Hà Văn Toàn, Phó trưởng Công an TP cho biết.",
        {"Hà Văn Toàn": [("Phó trưởng", "Công an TP Vinh")]},
        id="a_citys_police_written_without_the_city_is_the_one_the_report_names",
    ),
    pytest.param(
        "Công an TP Vinh và TP Hà Tĩnh đã vào cuộc. Thượng tá Hà Văn Toàn, Phó trưởng Công an TP cho biết.",
        {"Hà Văn Toàn": [("Phó trưởng", "Công an TP")]},
        id="a_citys_police_written_without_the_city_where_two_are_named",
    ),
    pytest.param(
        "Sáng 6/2, tỉnh Hòa Bình tổ chức hội nghị. Ông Hà Văn Toàn, Bí thư Tỉnh ủy cho biết.",
        {"Hà Văn Toàn": [("Bí thư", "Tỉnh ủy Hòa Bình")]},
        id="a_provinces_party_committee_written_alone_is_the_reports_province",
    ),
    pytest.param(
        "Tỉnh Sơn La tổ chức lễ. Tỉnh Sơn La mời khách. Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Bắc Ninh Hà Văn"
        " Toàn đã tiếp xúc cử tri tỉnh Bắc Ninh.",
        {"Hà Văn Toàn": [("Trưởng đoàn", "Đoàn ĐBQH tỉnh Bắc Ninh"), ("Bí thư", "Tỉnh ủy Bắc Ninh")]},
        id="a_provinces_party_committee_written_alone_is_the_one_its_sentence_names",
    ),
]


@pytest.mark.parametrize(("body", "expected"), POSTS_READ)
def test_posts_read_for_each_person(body: str, expected: dict[str, list[tuple[str, str | None]]]) -> None:
    people = _people(body)
    assert {name: _posts(people[name]) for name in expected} == expected


def test_a_given_name_alone_then_tung_la_is_a_past_post() -> None:
    people = _people("Công an bắt Lê Văn Hùng. Được biết, Hùng từng là nhân viên Công ty Hoa Mai.")
    assert [(p.title, p.organization, p.status) for p in people["Lê Văn Hùng"].positions] == [
        ("Nhân viên", "Công ty Hoa Mai", "former")
    ]


def test_a_past_bare_role_and_the_post_after_it_are_both_past() -> None:
    people = _people("Ông Hà Văn Toàn khi ấy là Giám đốc, Chủ tịch HĐQT Công ty Hoa Mai.")
    assert [p.status for p in people["Hà Văn Toàn"].positions] == ["former", "former"]


@pytest.mark.parametrize(
    ("body", "name", "mentions"),
    [
        pytest.param(
            "Công an bắt Lạc Thị Vân (45 tuổi). Theo điều tra, Vân là Giám đốc Công ty TNHH Hoa Mận. "
            "Khúc Văn Tạo cũng bị bắt. Tạo, Trưởng phòng kinh doanh Công ty TNHH Hoa Mận, khai nhận.",
            "Lạc Thị Vân",
            ["Lạc Thị Vân", "Vân"],
            id="a_given_name_alone_before_a_post_with_its_unit",
        ),
        pytest.param(
            "Ông Lạc Tài và vợ có đơn gửi tòa. Năm 1999, tòa xử vụ án Lạc Tài (giám đốc Công ty Hoa Mận) và 7 bị "
            "cáo.",
            "Lạc Tài",
            ["Lạc Tài", "Lạc Tài"],
            id="a_name_of_two_words_named_before_with_no_title_before_it",
        ),
    ],
)
def test_a_person_named_again_by_part_of_the_name_is_mentioned_again(body: str, name: str, mentions: list[str]) -> None:
    assert [m.text for m in _people(body)[name].mentions] == mentions


@pytest.mark.parametrize(
    "sentence",
    [
        "Vợ ông Lò Văn Khải là giáo viên Trường Tiểu học Tân Mỹ.",
        "Con trai bà Hoàng Thị Mai là cán bộ Công an huyện Tân Lạc.",
        "Mẹ của anh Lê Văn Tâm là nhân viên Bệnh viện Đa khoa tỉnh Đông Lam.",
    ],
)
def test_a_post_told_of_a_relative_named_by_whose_relative_they_are_is_not_the_named_persons(sentence: str) -> None:
    facts = extract(f"Chuyện ở Tân Lạc\n{sentence}\n", "tanlac-nguoi-than.txt")
    (person,) = facts.persons
    assert person.positions == []


def test_a_post_after_la_is_still_the_persons_own_when_no_relative_is_named() -> None:
    facts = extract("Chuyện ở Tân Lạc\nAnh Trần Văn Hùng là công nhân Công ty TNHH Minh Phát.\n", "tanlac-cong-nhan.txt")
    (person,) = facts.persons
    assert [(p.title, p.organization) for p in person.positions] == [("Công nhân", "Công ty TNHH Minh Phát")]


def test_a_deputy_head_of_office_is_a_post() -> None:
    facts = extract(
        "Chuyện ở Tân Lạc\nÔng Lò Văn Khải, Phó Trưởng Văn phòng Ban Chỉ đạo 389 tỉnh Đông Lam, cho biết.\n",
        "tanlac-van-phong.txt",
    )
    (person,) = facts.persons
    assert [(p.title, p.organization) for p in person.positions] == [
        ("Phó Trưởng Văn phòng", "Ban Chỉ đạo 389 tỉnh Đông Lam")
    ]


def test_a_police_branchs_initials_after_a_rank_are_not_part_of_the_name() -> None:
    people = _people(
        "Chiếc xe hất thượng úy CSGT Trần Minh Khoa (cán bộ Phòng CSGT Quảng Bình) văng xuống đường. "
        "Tài xế suýt chẹt chết Thượng úy CSGT Quảng Bình vào chiều 3/6."
    )
    assert set(people) == {"Trần Minh Khoa"}
    assert people["Trần Minh Khoa"].rank == "Thượng úy"
    assert _posts(people["Trần Minh Khoa"]) == [("Cán bộ", "Phòng CSGT Quảng Bình")]


def test_a_bare_title_takes_the_unit_written_in_brackets_after_it() -> None:
    people = _people("Sáng 3/6, đại tá Lương Văn Khiêm, Chánh văn phòng (Công an tỉnh Kon Tum) cho biết nghi can đã đầu thú.")
    assert _posts(people["Lương Văn Khiêm"]) == [("Chánh văn phòng", "Công an tỉnh Kon Tum")]


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        (
            "PGS.TS Đặng Hữu Khoa - chủ nhiệm khoa thủy lợi, Trường ĐH Xây dựng cho rằng đề xuất hợp lý.",
            "Đặng Hữu Khoa",
            ("Chủ nhiệm", "Khoa thủy lợi"),
        ),
        (
            "Bác sĩ Lò Văn Tâm, Trưởng khoa khám, điều trị ngoại trú (Trung tâm Y tế huyện Mường La) cho biết.",
            "Lò Văn Tâm",
            ("Trưởng khoa", "Khoa khám, điều trị ngoại trú"),
        ),
        (
            "Công an tạm giữ Hà Văn Quý (Trưởng khoa dịch tễ của Trung tâm Y tế huyện Bảo Lạc).",
            "Hà Văn Quý",
            ("Trưởng khoa", "Khoa dịch tễ"),
        ),
    ],
)
def test_a_ward_or_faculty_named_in_lower_case_is_the_posts_unit(sentence: str, name: str, post: tuple) -> None:
    assert _posts(_people(sentence)[name]) == [post]


def test_a_ward_head_that_the_clause_goes_on_after_names_no_ward() -> None:
    assert not any(p.positions for p in _people("Đến 11h, bác sĩ trưởng khoa cho biết cháu bé bị nặng.").values())


def test_two_names_then_two_past_roles_after_a_dash_are_each_names_post_in_turn() -> None:
    people = _people(
        "Các bị can gồm Lý Văn Hậu, nguyên Kế toán trưởng Ngân hàng Phú An; Mạc Thị Huyền, Tạ Văn Định - "
        "nguyên Tổng giám đốc, Phó Tổng giám đốc Công ty Chứng khoán Phú An và 5 bị can khác."
    )
    assert _posts(people["Mạc Thị Huyền"]) == [("Tổng giám đốc", "Công ty Chứng khoán Phú An")]
    assert _posts(people["Tạ Văn Định"]) == [("Phó Tổng giám đốc", "Công ty Chứng khoán Phú An")]


def test_one_name_then_a_dash_and_a_past_chain_keeps_both_posts() -> None:
    people = _people("Ông Tạ Văn Định - nguyên Phó Trưởng phòng, Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh Hà Nam bị bắt.")
    assert [t for t, _ in _posts(people["Tạ Văn Định"])] == ["Phó Trưởng phòng", "Phó Thủ trưởng"]


@pytest.mark.parametrize(
    ("sentence", "name", "unit"),
    [
        (
            "Ai có thông tin xin liên hệ Cơ quan CSĐT Công an huyện Mỹ Hào hoặc điều tra viên Phan Văn Lực, "
            "số điện thoại 0912000111.",
            "Phan Văn Lực",
            "Cơ quan CSĐT Công an huyện Mỹ Hào",
        ),
        (
            "Ông Đàm Văn Khôi khi đó là Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Bến Tre và ông "
            "Phan Văn Lực, Điều tra viên của cơ quan này, được giao thụ lý vụ án.",
            "Phan Văn Lực",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Bến Tre",
        ),
    ],
)
def test_an_investigator_written_alone_is_of_the_investigation_agency_named_before(
    sentence: str, name: str, unit: str
) -> None:
    assert _posts(_people(sentence)[name]) == [("Điều tra viên", unit)]


def test_an_investigator_after_a_generic_police_names_no_unit() -> None:
    people = _people("Người dân báo ngay cho cơ quan công an hoặc điều tra viên Phan Văn Lực, số 0912000111.")
    assert _posts(people["Phan Văn Lực"]) == []


def test_a_deputy_team_head_written_alone_before_a_verb_is_of_the_team_named_before() -> None:
    people = _people(
        "Đêm 4/5, tổ công tác thuộc Đội CSGT Bình Triệu do trung tá Lâm Văn Sang – Phó đội trưởng làm tổ "
        "trưởng chỉ huy, làm nhiệm vụ trên quốc lộ 13."
    )
    assert ("Phó đội trưởng", "Đội CSGT Bình Triệu") in _posts(people["Lâm Văn Sang"])


@pytest.mark.parametrize("name", ["Lầu Bá Sử", "Sồng A Páo", "Tráng A Chư", "Vừ A Dình", "Lèng Văn Khải"])
def test_family_names_of_the_uplands_open_a_name(name: str) -> None:
    assert _posts(_people(f"{name} là giáo viên Trường Tiểu học Hoa Sen.")[name]) == [
        ("Giáo viên", "Trường Tiểu học Hoa Sen")
    ]


def test_a_trade_unions_initials_are_the_unit_of_its_chair() -> None:
    people = _people("Ông Lục Văn Đoàn - Chủ tịch CĐ Công ty Cơ khí Tân Lập - cho biết công nhân đã đi làm lại.")
    assert _posts(people["Lục Văn Đoàn"]) == [("Chủ tịch", "CĐ Công ty Cơ khí Tân Lập")]
