"""Organisations and places as real news write them: names with '&', dashes, brackets and numbers,
multi-word heads, aliases, numbered districts, cities named for their province, countries.

Every sentence here is invented; the names are made up.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract.context import Context
from graph.extract.unit_mentions import units_referred


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in extract(text, "t.txt").organizations}


def _places(text: str) -> dict[str, str | None]:
    return {p.name: p.kind for p in extract(text, "t.txt").places}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Chiều qua, Sở NN&PTNT tỉnh Quảng Bình đã họp bàn.", "Sở NN&PTNT tỉnh Quảng Bình"),
        ("Bộ GD&ĐT vừa ban hành hướng dẫn mới.", "Bộ GD&ĐT"),
        ("Bộ Chính trị đã cho ý kiến về đề án.", "Bộ Chính trị"),
        ("Ban Bí thư yêu cầu các cấp ủy rà soát.", "Ban Bí thư"),
        ("Ban Giám đốc Công an tỉnh Sơn La đã chỉ đạo.", "Ban Giám đốc Công an tỉnh Sơn La"),
        # A unit's managing board, its field in lower case, capital 'Ban' or not.
        ("Ban giám đốc Công an tỉnh Sơn La đã chỉ đạo.", "Ban giám đốc Công an tỉnh Sơn La"),
        ("Dưới sự chỉ đạo của ban giám đốc Sở Y tế tỉnh Hà Nam, đoàn đã đến.", "Ban giám đốc Sở Y tế tỉnh Hà Nam"),
        ("Ban giám hiệu Trường THPT Lạc Hồng đã họp.", "Ban giám hiệu Trường THPT Lạc Hồng"),
        ("Thay mặt Đảng ủy, Ban giám đốc Công an tỉnh Hà Nam, tôi biểu dương.", "Đảng ủy Công an tỉnh Hà Nam"),
        # A party committee's organisation commission, in lower case too: its head is never cut.
        ("Ban tổ chức Tỉnh ủy Hòa Lạc đã có văn bản gửi các huyện.", "Ban tổ chức Tỉnh ủy Hòa Lạc"),
        ("Ông Trần Văn Bình, Phó Trưởng ban tổ chức Huyện ủy Tân Lập, dự họp.", "Ban tổ chức Huyện ủy Tân Lập"),
        # A place's authorities, named by its level and name.
        ("Chính quyền xã Tân Hòa, huyện Hòa Lâm đã vào cuộc.", "Chính quyền xã Tân Hòa"),
        ("Công an huyện phối hợp với chính quyền phường Tân Hòa xử lý.", "Chính quyền phường Tân Hòa"),
        ("Thanh tra Bộ Nội vụ kiểm tra việc tuyển dụng.", "Thanh tra Bộ Nội vụ"),
        ("Đội Tuần tra 115 đã lập biên bản.", "Đội Tuần tra 115"),
        ("UBND Quận 2 vừa khen thưởng.", "UBND Quận 2"),
        ("Phòng Tài chính - Kế toán đã chi sai.", "Phòng Tài chính - Kế toán"),
        ("TAND cấp cao tại Đà Nẵng mở phiên phúc thẩm.", "TAND cấp cao tại Đà Nẵng"),
        ("Văn phòng Chủ tịch nước công bố quyết định.", "Văn phòng Chủ tịch nước"),
        ("Phóng viên báo Bình Minh đã có mặt.", "Báo Bình Minh"),
        ("Hội Nông dân tỉnh Cà Mau tổ chức tập huấn.", "Hội Nông dân tỉnh Cà Mau"),
        ("Ông Vương Trọng Khải, Hiệu trưởng Trường THPT Lạc Hồng, cho biết.", "Trường THPT Lạc Hồng"),
        ("Công ty TNHH Sao Mai bị xử phạt.", "Công ty TNHH Sao Mai"),
        (
            "Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Gia Lai ra quân.",
            "Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Gia Lai",
        ),
        ("Ủy ban An toàn giao thông (ATGT) quốc gia vừa họp.", "Ủy ban An toàn giao thông (ATGT) quốc gia"),
        ("Trung tâm Phòng chống HIV/AIDS tỉnh Gia Lai họp.", "Trung tâm Phòng chống HIV/AIDS tỉnh Gia Lai"),
        ("Ủy ban Thường vụ Quốc hội cho ý kiến.", "Ủy ban Thường vụ Quốc hội"),
        ("Sở Kế hoạch và đầu tư tỉnh Hòa Bình đã họp.", "Sở Kế hoạch và đầu tư tỉnh Hòa Bình"),
        (
            "Ủy ban Khoa học công nghệ và môi trường của Quốc hội họp.",
            "Ủy ban Khoa học công nghệ và môi trường của Quốc hội",
        ),
        ("Ủy ban Tư pháp của Quốc hội thẩm tra dự án.", "Ủy ban Tư pháp của Quốc hội"),
        ("Nạn nhân được đưa tới bệnh viện Hữu Nghị Hải Phòng cấp cứu.", "Bệnh viện Hữu Nghị Hải Phòng"),
        (
            "Đội Cảnh sát kinh tế, ma túy, Công an huyện Ý Yên bắt giữ hai đối tượng.",
            "Đội Cảnh sát kinh tế, ma túy",
        ),
        (
            "Công an tỉnh Gia Lai phối hợp với Cục An ninh lĩnh vực nông nghiệp và phát triển nông thôn (Bộ Công an).",
            "Cục An ninh lĩnh vực nông nghiệp và phát triển nông thôn",
        ),
        ("Khoa Thận nhân tạo đã tiếp nhận bệnh nhân.", "Khoa Thận nhân tạo"),
        ("Hai em học Trường Trung học cơ sở Hoa Ban đoạt giải.", "Trường Trung học cơ sở Hoa Ban"),
        ("Em Lò Thị Sa học trường trung học phổ thông Hoa Sen.", "Trường trung học phổ thông Hoa Sen"),
        ("Chiến sĩ lữ đoàn 147 đã giúp dân dựng nhà.", "Lữ đoàn 147"),
        (
            "Sáng nay, lực lượng Cảnh sát kinh tế - Công an thành phố Thuận An bắt ông Lò Văn Pết.",
            "Cảnh sát kinh tế - Công an thành phố Thuận An",
        ),
        ("Nhận tin, lực lượng CSGT Công an huyện Tuy Phong có mặt.", "CSGT Công an huyện Tuy Phong"),
        ("Bệnh nhân được đưa tới khoa Hồi sức tích cực của bệnh viện.", "Khoa Hồi sức tích cực"),
        ("Trả lời phóng viên báo điện tử Hoa Sen, ông Lò Văn Pết cho biết.", "Báo điện tử Hoa Sen"),
        ("Vụ việc đang được làm rõ. PLO sẽ tiếp tục cập nhật.", "PLO"),
        ("Anh Lò Văn Pết học khoa Luật Trường Đại học Hoa Sen.", "Khoa Luật Trường Đại học Hoa Sen"),
        ("Thợ báo cho điều dưỡng khoa Điều trị tích cực chạy thận.", "Khoa Điều trị tích cực"),
        ("Theo khoa Chống tái nghiện (Trung tâm Hoa Sen), tỷ lệ thấp.", "Khoa Chống tái nghiện"),
        ("Lữ đoàn 147 Quân chủng Hải quân diễn tập.", "Lữ đoàn 147 Quân chủng Hải quân"),
        ("Sự cố xảy ra tại Đơn nguyên hồi sức của Bệnh viện Hoa Sen.", "Đơn nguyên hồi sức"),
        ("Ban chỉ đạo thi THPT quốc gia tỉnh Hà Nam họp.", "Ban chỉ đạo thi THPT quốc gia tỉnh Hà Nam"),
        ("Cơ quan CSĐT Công an huyện Tuy Phong bắt ông Lò Văn Pết.", "Cơ quan CSĐT Công an huyện Tuy Phong"),
        ("Thông tin đăng trên báo Công an nhân dân cho hay, ông Lò Văn Pết bị bắt.", "Báo Công an nhân dân"),
        ("Bệnh viện thuê máy của Cty TNHH thiết bị y tế Minh Hà.", "Cty TNHH thiết bị y tế Minh Hà"),
        (
            "Theo Cục Quản lý chất lượng nông lâm sản và thủy sản, mẫu đạt.",
            "Cục Quản lý chất lượng nông lâm sản và thủy sản",
        ),
        # Initials glued by a hyphen are one name, even where a bracket or the sentence ends them
        # (a credit after a spaced dash is not: 'Ảnh: Lò Pết - TTXVN.').
        ("Đoàn kiểm tra làm việc với Sở TN-MT.", "Sở TN-MT"),
        ("Ông Lò Văn Pết, Phó Vụ trưởng (Bộ KH-CN), cho biết.", "Bộ KH-CN"),
        ("Phòng Trồng trọt (thuộc Sở NN-PTNT) đã lấy mẫu.", "Sở NN-PTNT"),
        # A school named for a person after its grade in initials.
        ("Cô Lò Thị Sa dạy ở trường PTTH Hoàng Văn Thụ, TP Hòa Lâm.", "Trường PTTH Hoàng Văn Thụ"),
        ("Các em học Trường TH Lê Văn Tám ở xã Hòa An.", "Trường TH Lê Văn Tám"),
        # A field written in capitals goes on before a bracket, a comma, a level or more capitals.
        ("Hồ sơ gửi Vụ Giáo dục Mầm non) trước tháng 3.", "Vụ Giáo dục Mầm non"),
        ("Bà Lò Thị Sa, Trưởng phòng Thông tin Tuyên truyền (Sở Hòa Lâm), cho biết.", "Phòng Thông tin Tuyên truyền"),
        ("Vé do Công ty TNHH MTV Xổ số Kiến thiết tỉnh Hòa Lâm phát hành.", "Công ty TNHH MTV Xổ số Kiến thiết tỉnh Hòa Lâm"),
        ("Công ty TNHH Khai thác thủy lợi Hòa Lâm đã có công văn.", "Công ty TNHH Khai thác thủy lợi Hòa Lâm"),
        # A name capitalised on its first field only, its owner after a comma or in brackets.
        ("Đoàn của Cục Quản lý công sản (Bộ Tài chính) đã đến.", "Cục Quản lý công sản"),
        ("Ông Tư, Đội trưởng Đội Chống hàng giả, Phòng PC46, Công an tỉnh Hòa Lâm cho biết.", "Đội Chống hàng giả"),
        # A department's office: a letter glued to its code.
        ("Phòng PC47 phối hợp với C47B bắt giữ hai đối tượng.", "C47B"),
        # A district or city named like its province, and more.
        ("Sáng nay, Công an huyện Điện Biên Tây, tỉnh Điện Biên đã bắt hai đối tượng.", "Công an huyện Điện Biên Tây"),
        ("Theo nguồn tin, Công an TP Lai Châu Mới vừa khởi tố vụ án.", "Công an TP Lai Châu Mới"),
    ],
)
def test_a_unit_name_keeps_what_real_news_write_in_it(sentence, name):
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Bộ Nội vụ kiểm tra việc tuyển dụng.", "Bộ Nội vụ kiểm tra"),
        # A capitalised word then lower-case words: a sentence the caption runs into.
        ("Ảnh: Bộ Y tế Vấn đề là phải làm rõ.", "Bộ Y tế Vấn đề"),
        ("Ủy ban Dân tộc Nội dung chất vấn cuối cùng là gì.", "Ủy ban Dân tộc Nội dung"),
        # After the police's place a field word is the verb's ('tạm giữ' is also a field: 'Nhà tạm giữ').
        ("Công an Hòa Lâm tạm giữ 4 xe máy của cò.", "Công an Hòa Lâm tạm giữ"),
        ("Chiếc xe đang bị Công an Hòa Lâm tạm giữ Theo hồ sơ, ông Tư đã đến.", "Công an Hòa Lâm tạm giữ"),
        ("Chủ tịch UBND thành phố Sơn La Đào Văn Tư có văn bản gửi các sở.", "UBND thành phố Sơn La Đào Văn"),
        ("Theo báo Công an nhân dân đưa tin, Công an quận Hòa Lâm đã bắt.", "Báo Công an nhân dân đưa tin"),
        ("Bệnh nhân điều trị tại Bệnh viện Đa khoa TP Sơn La Theo đó, ông Tư đã về.", "Bệnh viện Đa khoa TP Sơn La Theo"),
        ("Sở Y tế tổ chức hội nghị.", "Sở Y tế tổ chức"),
        ("Phó Bí thư Thường trực Tỉnh ủy Đắk Lắk phát biểu.", "Thường trực Tỉnh ủy Đắk Lắk"),
        ("Thông tin được đăng trên Báo Sao Đỏ - PV.", "Báo Sao Đỏ - PV"),
        ("Bộ Công an và VKSND tối cao đã thống nhất.", "Bộ Công an và VKSND tối cao"),
        ("Phòng Cảnh sát kinh tế, Công an tỉnh Nam Định và Cục Thuế họp.", "Phòng Cảnh sát kinh tế, Công an"),
        ("UBND TP.HCM khen Sở Xây dựng TP. Các cán bộ nhận quyết định.", "Sở Xây dựng TP. Các"),
        ("Lãnh đạo Sở Công thương TP. Những người dự gồm ông Lê Văn Hai.", "Sở Công thương TP. Những"),
        ("Ban chỉ đạo chống buôn lậu, gian lận thương mại tỉnh Hà Nam họp.", "Ban chỉ đạo chống buôn lậu"),
        ("Ban Chỉ đạo thực hiện tốt Chương trình 15 năm 2016.", "Ban Chỉ đạo thực hiện tốt Chương trình 15"),
        ("Ban Chỉ đạo 2 năm qua đã họp năm lần.", "Ban Chỉ đạo 2"),
        ("Ban giám đốc công ty đã họp với Công an tỉnh Hà Nam.", "Ban giám đốc công ty"),
        ("Ông Lò Văn Pết báo cáo ban giám đốc. Công an tỉnh Hà Nam đã đến.", "Ban giám đốc"),
        ("Ban giám đốc Làng Thiếu niên Hòa Lâm đã họp.", "Ban giám đốc Làng Thiếu"),
        ("Chính quyền UBND huyện Hòa Lâm đã họp.", "Chính quyền UBND huyện Hòa Lâm"),
        ("Hồ sơ đã chuyển CSĐT Công an huyện Tuy Phong.", "CSĐT Công an huyện Tuy Phong"),
        ("Khu này do Ban Quản lý các khu xử lý rác (Sở Xây dựng) giữ.", "Ban Quản lý các"),
        ("Anh nằm tại các khoa Thận Tiết niệu, Cấp cứu của bệnh viện.", "Khoa Thận Tiết"),
        ("Bác sĩ Lò Văn Pết (khoa Đông Y) của bệnh viện đến.", "Khoa Đông"),
        ("Trung tâm Hoa Sen cai nghiện cho 200 người.", "Trung tâm Hoa Sen cai nghiện"),
        ("Anh được Bệnh viện Hoa Sen điều trị tích cực cho đến nay.", "Bệnh viện Hoa Sen điều trị tích cực"),
        (
            "Bệnh nhân chuyển từ Bệnh viện Hoa Sen và Đơn nguyên hồi sức về nhà.",
            "Bệnh viện Hoa Sen và Đơn nguyên hồi sức",
        ),
        # a photo credit run into the next sentence: the paper's name stops where that sentence begins
        ("Người dân dập lửa. Ảnh: báo Tân Thời Ghi nhận tại hiện trường, căn nhà bị cháy.", "Báo Tân Thời Ghi"),
        # a credit with a lower-case word, run into the next sentence: its paper stops there too
        ("Xe khách bị lật. Ảnh: Báo Tân thời Vụ tai nạn xảy ra lúc 5 giờ sáng.", "Báo Tân thời Vụ"),
    ],
)
def test_a_unit_name_stops_where_the_clause_goes_on(sentence, wrong):
    assert wrong not in _orgs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quán nằm trên phố Đội Cấn, gần đường Trường Chinh.",  # streets named like units
        "Du khách đổ về trung tâm thành phố Vinh.",  # the city centre
        "Một cán bộ CSGT đã bị đình chỉ.",  # 'cán bộ' is a word, not 'Bộ CSGT'
        "Ông Phan Văn Lộc, Viện trưởng VKSND huyện Yên Thành, cho biết.",  # a post, not an institute
        "Bài viết đăng trên báo Pháp luật số ra hôm qua.",
        "Ông Mai Văn Tư, Trưởng ban chỉ đạo, cho biết ban chỉ đạo đã họp.",  # which board is unsaid
    ],
)
def test_no_unit_where_only_its_words_are(sentence):
    names = _orgs(sentence)
    assert not {"Đội Cấn", "Trường Chinh", "Trung tâm thành phố Vinh", "Bộ CSGT", "Báo Pháp"} & set(names)
    assert not any(n.lower() == "ban chỉ đạo" for n in names)
    assert not any(n.startswith("Viện trưởng") for n in names)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "Trung tâm phát triển quỹ đất tỉnh Hà Nam đã bàn giao mặt bằng.",
            "Trung tâm phát triển quỹ đất tỉnh Hà Nam",
            id="a_described_unit_runs_on_to_the_place_it_serves_1",
        ),
        pytest.param(
            "Công ty TNHH Hoàng Long đóng tàu bằng thép Trung Quốc.",
            "Công ty TNHH Hoàng Long",
            id="a_described_unit_runs_on_to_the_place_it_serves_2",
        ),
        pytest.param(
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình họp; Sở Y tế, Sở Tài chính cùng dự.",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình",
            id="a_name_lists_its_fields_with_commas_1",
        ),
        pytest.param(
            "Công an huyện Bình Lợi TP.HCM cho biết nghi can dùng dao Thái Lan tấn công chị Hoa.",
            "Công an huyện Bình Lợi",
            id="a_city_after_a_district_is_its_own_place_1",
        ),
        pytest.param(
            "Đội CSGT số 9 phát hiện chiếc xe tải chở quá tải.",
            "Đội CSGT số 9",
            id="a_unit_goes_by_its_number_and_a_court_by_its_city_1",
        ),
        pytest.param(
            "TAND Cấp cao tại TP.HCM xét xử phúc thẩm bị cáo.",
            "TAND Cấp cao tại TP.HCM",
            id="a_unit_goes_by_its_number_and_a_court_by_its_city_2",
        ),
        pytest.param(
            "Trao đổi với VnExpress, ông Lã Văn Tâm cho biết. Theo báo Bến Tre, xe đã bị tạm giữ.",
            "VnExpress",
            id="a_news_outlet_the_report_cites_1",
        ),
        pytest.param(
            "Trao đổi với VnExpress, ông Lã Văn Tâm cho biết. Theo báo Bến Tre, xe đã bị tạm giữ.",
            "Báo Bến Tre",
            id="a_news_outlet_the_report_cites_2",
        ),
        pytest.param(
            "Xe đã được kéo về bãi. Hà Văn Lộc (TTXVN)",
            "TTXVN",
            id="a_byline_or_photo_credit_names_its_outlet_3",
        ),
        pytest.param(
            "Vụ việc đang được điều tra. PV/VOV-Tây Bắc",
            "VOV-Tây Bắc",
            id="a_byline_or_photo_credit_names_its_outlet_5",
        ),
        pytest.param("Văn bản đã gửi Chủ tịch QH trong tuần.", "QH", id="the_national_assembly_abbreviated"),
        pytest.param(
            "Bệnh viện Ung bướu tỉnh Nghệ An tiếp nhận ca bệnh.",
            "Bệnh viện Ung bướu tỉnh Nghệ An",
            id="a_hospital_named_for_its_speciality_and_a_sentence_after_a_name_1",
        ),
        pytest.param(
            "Ông Vũ, Giám đốc BV Đa khoa Yên Thành Đến nay vẫn chưa có kết luận.",
            "BV Đa khoa Yên Thành",
            id="a_hospital_named_for_its_speciality_and_a_sentence_after_a_name_2",
        ),
        pytest.param(
            "Bộ giao Cục Giải quyết khiếu nại tố cáo xem xét.",
            "Cục Giải quyết khiếu nại tố cáo",
            id="a_sentence_after_a_bare_level_is_no_place_2",
        ),
        pytest.param(
            "Đồn Biên phòng cửa khẩu quốc tế Tà Lùng bắt giữ hai đối tượng.",
            "Đồn Biên phòng cửa khẩu quốc tế Tà Lùng",
            id="a_border_post_and_a_provincial_city_without_its_level_word_1",
        ),
        pytest.param(
            "Đội cảnh sát hình sự Công an quận 8 vào cuộc.",
            "Đội cảnh sát hình sự Công an quận 8",
            id="a_field_in_lower_case_right_after_its_head_and_military_units_1",
        ),
        pytest.param(
            "Tòa án quân sự Quân khu 9 mở phiên xét xử.",
            "Tòa án quân sự Quân khu 9",
            id="a_field_in_lower_case_right_after_its_head_and_military_units_2",
        ),
        pytest.param(
            "Trung đoàn CSCĐ Tây Nam tăng cường lực lượng.",
            "Trung đoàn CSCĐ Tây Nam",
            id="a_field_in_lower_case_right_after_its_head_and_military_units_3",
        ),
        pytest.param(
            "Ông Lò Văn Tú, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương, phát biểu.",
            "Đảng ủy Công an Trung ương",
            id="a_central_forces_party_committee_is_one_unit_2",
        ),
        pytest.param(
            "Ông Lò Văn Tú, Bí thư Đảng ủy Công an tỉnh Lam Sơn, phát biểu.",
            "Công an tỉnh Lam Sơn",
            id="a_central_forces_party_committee_is_one_unit_3",
        ),
        pytest.param(
            "Nạn nhân được chuyển lên bệnh viện 103 cấp cứu.",
            "Bệnh viện 103",
            id="a_hospital_known_by_its_number_1",
        ),
        pytest.param(
            "Lãnh đạo chỉ đạo Đội 4 Phòng PC45 vào cuộc.",
            "Đội 4 Phòng PC45",
            id="a_team_by_its_number_and_the_border_guard_abbreviated_1",
        ),
        pytest.param(
            "Bộ chỉ huy BĐBP Lạng Sơn trao thưởng cho tổ công tác.",
            "Bộ chỉ huy BĐBP Lạng Sơn",
            id="a_team_by_its_number_and_the_border_guard_abbreviated_2",
        ),
        pytest.param(
            "Theo website Tổng cục thuế, ông Lâm là người đại diện.",
            "Tổng cục thuế",
            id="a_company_named_like_a_person_and_a_tax_department_2",
        ),
        pytest.param(
            "Nhân viên của Công ty dịch vụ công nghiệp Hưng Thịnh làm vệ sinh ở đó.",
            "Công ty dịch vụ công nghiệp Hưng Thịnh",
            id="a_company_named_by_its_trade_in_lower_case",
        ),
        pytest.param(
            (
                "Tin\n\nQua công tác trinh sát, phòng cảnh sát hình sự (PC45) phát hiện một tụ điểm. Phòng PC45 đã "
                "tạm giữ 4 người. Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Nam Định (PC47) cũng "
                "vào cuộc; sau đó phòng PC47 bàn giao hồ sơ. Lãnh đạo phòng Cảnh sát giao thông Công an tỉnh "
                "Nam Định cho biết thêm."
            ),
            "Phòng Cảnh sát giao thông Công an tỉnh Nam Định",
            id="a_unit_code_in_brackets_is_an_alias_and_names_the_unit_later_2",
        ),
        pytest.param(
            (
                "Tin\n\nHội Lim năm nay rất đông. Hội Nông dân tỉnh Bắc Ninh và Hội Luật gia Việt Nam tham gia. "
                "Du khách đến Hội An. Ban Quản lý Dự án Đầu tư tỉnh Nam Định và Tổng cục Dạy nghề dự."
            ),
            "Ban Quản lý Dự án Đầu tư tỉnh Nam Định",
            id="hoi_before_a_single_name_is_a_town_or_a_festival_not_an_association_4",
        ),
        pytest.param(
            "Ngân hàng TMCP Đông Hải Chi nhánh Bình Lợi đã cho vay sai quy định.",
            "Ngân hàng TMCP Đông Hải Chi nhánh Bình Lợi",
            id="a_branch_goes_on_its_banks_name_and_after_va_opens_a_second_unit_1",
        ),
        pytest.param(
            "Công ty Sao Mai và Chi nhánh Công ty Bình An bị xử phạt.",
            "Công ty Sao Mai",
            id="a_branch_goes_on_its_banks_name_and_after_va_opens_a_second_unit_2",
        ),
        pytest.param(
            "Cục Quản lý chất lượng nông lâm sản và thủy sản vừa cảnh báo các cơ sở.",
            "Cục Quản lý chất lượng nông lâm sản và thủy sản",
            id="a_lower_case_field_after_va_ends_the_name_before_the_clauses_verb",
        ),
        pytest.param(
            "Sở Kế hoạch và đầu tư tỉnh Hà Nam đã họp.",
            "Sở Kế hoạch và đầu tư tỉnh Hà Nam",
            id="a_field_word_that_is_also_a_verb_ends_the_name_when_the_clause_goes_on_2",
        ),
        pytest.param(
            "Ngày 5/6, Cơ quan cảnh sát điều tra, Công an tỉnh Hòa Lâm đã khởi tố vụ án.",
            "Cơ quan cảnh sát điều tra, Công an tỉnh Hòa Lâm",
            id="a_police_sub_unit_takes_its_owner_after_a_comma_unless_a_list_goes_on_1",
        ),
        pytest.param(
            "Phòng PC45, Công an huyện Yên Lạc, Công an huyện Bình Xuyên cùng phối hợp.",
            "Phòng PC45",
            id="a_police_sub_unit_takes_its_owner_after_a_comma_unless_a_list_goes_on_2",
        ),
        pytest.param(
            "Sở Y tế, Công an tỉnh Nam Định đã vào cuộc.",
            "Sở Y tế",
            id="a_police_sub_unit_takes_its_owner_after_a_comma_unless_a_list_goes_on_3",
        ),
        pytest.param(
            (
                "Tin\n\nĐại tá Lê Văn Tám, Trưởng phòng tham mưu Công an tỉnh Vĩnh Lâm, cho biết. Ông Trần Văn Bảy, "
                "Giám đốc Sở NN&PTNT, cho biết. Sở NN&PTNT Bình Định đã họp. Ông Lê Văn Chín, Trưởng phòng luật sư, "
                "có mặt."
            ),
            "Phòng tham mưu Công an tỉnh Vĩnh Lâm",
            id="a_unit_only_a_post_names_is_a_unit_of_the_report_and_a_shorter_form_an_alias_1",
        ),
        pytest.param(
            "Ông Võ Thanh Tâm, Trưởng phòng Hành chính, Quản trị - Tổ chức cán bộ, cho biết.",
            "Phòng Hành chính, Quản trị - Tổ chức cán bộ",
            id="fields_listed_with_a_comma_and_a_dash_stay_in_the_name_1",
        ),
        pytest.param(
            "Phòng Tổ chức, Công an tỉnh Hà Lâm - Sở Y tế cùng họp.",
            "Sở Y tế",
            id="fields_listed_with_a_comma_and_a_dash_stay_in_the_name_2",
        ),
        pytest.param(
            "Tin\n\nCán bộ Công an nhân dân Liên quan đến vụ việc, Ngân hàng Nhà nước đã có văn bản.",
            "Ngân hàng Nhà nước",
            id="a_sentence_run_on_after_the_peoples_police_is_not_its_name",
        ),
        # The owner after the punctuation is part of which agency it is: the ministry's, a province's.
        pytest.param(
            "Cơ quan Cảnh sát điều tra, Bộ Công an đã khởi tố vụ án buôn lậu gỗ.",
            "Cơ quan Cảnh sát điều tra, Bộ Công an",
            id="an_investigation_agency_takes_its_owner_after_a_comma_or_a_dash_1",
        ),
        pytest.param(
            "Cơ quan Cảnh sát điều tra - Công an tỉnh Hà Nam đã khởi tố vụ án.",
            "Cơ quan Cảnh sát điều tra - Công an tỉnh Hà Nam",
            id="an_investigation_agency_takes_its_owner_after_a_comma_or_a_dash_2",
        ),
        pytest.param(
            "Cơ quan cảnh sát điều tra - công an thành phố Đà Nẵng đã bắt giữ Lò Văn Khiêm.",
            "Cơ quan cảnh sát điều tra - công an thành phố Đà Nẵng",
            id="an_investigation_agency_takes_its_owner_after_a_comma_or_a_dash_3",
        ),
        pytest.param(
            "HTX Vận tải Hòa Lâm cho biết xe đã được kiểm định.",
            "HTX Vận tải Hòa Lâm",
            id="a_cooperative_by_its_initials_and_a_party_committee_sharing_a_board_s_unit_1",
        ),
        # 'Đảng ủy, Ban Giám đốc Công an X': the party committee is the same police unit's.
        pytest.param(
            "Thay mặt Đảng ủy, Ban Giám đốc Công an tỉnh Hà Nam, tôi biểu dương các đơn vị.",
            "Đảng ủy Công an tỉnh Hà Nam",
            id="a_cooperative_by_its_initials_and_a_party_committee_sharing_a_board_s_unit_2",
        ),
        pytest.param(
            "Thay mặt Đảng ủy, Ban Giám đốc Công an tỉnh Hà Nam, tôi biểu dương các đơn vị.",
            "Ban Giám đốc Công an tỉnh Hà Nam",
            id="a_cooperative_by_its_initials_and_a_party_committee_sharing_a_board_s_unit_3",
        ),
        pytest.param(
            "Công an huyện Hòa Lâm đã chuyển hồ sơ sang Viện KSND cùng cấp đề nghị truy tố.",
            "Viện KSND cùng cấp",
            id="the_procuracy_of_the_same_level_is_a_unit",
        ),
        pytest.param(
            "Bộ Công Thương vừa có văn bản. Thanh tra Bộ chủ trì kiểm tra Công ty Hòa Lâm.",
            "Thanh tra Bộ",
            id="the_inspectorate_of_the_ministry_the_report_is_about_1",
        ),
        pytest.param(
            "Sở Y tế đã lập đoàn gồm Thanh tra sở và bộ phận tổ chức cán bộ.",
            "Thanh tra sở",
            id="the_inspectorate_of_the_ministry_the_report_is_about_2",
        ),
        # A ministry or department named after it is the one it belongs to.
        pytest.param(
            "Thanh tra Bộ Tài chính đã kiểm tra.",
            "Thanh tra Bộ Tài chính",
            id="the_inspectorate_of_the_ministry_the_report_is_about_3",
        ),
        pytest.param(
            "Thanh tra Sở du lịch Hà Nội đã kiểm tra.",
            "Thanh tra Sở du lịch Hà Nội",
            id="the_inspectorate_of_the_ministry_the_report_is_about_4",
        ),
        pytest.param(
            "Cuộc thi Hoa hậu báo Bình Minh năm nay đã khép lại.",
            "Báo Bình Minh",
            id="a_head_after_a_whole_word_still_starts_a_unit",
        ),
        pytest.param(
            "Ông Lê Văn Khởi, Trưởng phòng tham mưu cho biết vụ việc đang được xác minh.",
            "Phòng tham mưu",
            id="a_field_that_is_also_a_verb_names_a_unit_right_after_its_head_1",
        ),
        pytest.param(
            "Phòng Tư pháp tham mưu cho UBND huyện ban hành quyết định.",
            "Phòng Tư pháp",
            id="a_field_that_is_also_a_verb_names_a_unit_right_after_its_head_2",
        ),
        pytest.param(
            "Ông Lê Văn Khởi, Giám đốc Trung tâm công tác xã hội tỉnh Lào Cai cho biết.",
            "Trung tâm công tác xã hội tỉnh Lào Cai",
            id="xa_hoi_is_society_not_a_commune",
        ),
        pytest.param(
            "Công an Q. Hòa Lạc đã bắt giữ đối tượng.",
            "Công an Q. Hòa Lạc",
            id="a_level_initial_with_a_space_before_the_name_1",
        ),
        pytest.param(
            "Thông tin trên báo zing.vn cho biết ông Khởi đã bị bắt.",
            "Zing.vn",
            id="a_site_address_in_lower_case_and_an_abbreviation_that_is_a_word_1",
        ),
        pytest.param(
            "Ông Khởi đề nghị xây dựng lực lượng Công an nhân dân và Quân đội nhân dân vững mạnh.",
            "Công an nhân dân",
            id="the_countrys_forces_named_by_their_head_1",
        ),
        pytest.param(
            "Ông Khởi đề nghị xây dựng lực lượng Công an nhân dân và Quân đội nhân dân vững mạnh.",
            "Quân đội nhân dân",
            id="the_countrys_forces_named_by_their_head_2",
        ),
        pytest.param(
            "Việt Nam đề nghị Liên Hợp Quốc hỗ trợ.",
            "Liên Hợp Quốc",
            id="names_that_hold_a_brand_or_a_force_are_not_it_3",
        ),
        pytest.param(
            "PC67 sẽ thông báo biển số xe. Ông Khởi, phó trưởng Phòng PC67, cho biết.",
            "Phòng PC67",
            id="a_photo_credit_after_a_dash_and_a_code_named_later_with_its_head_2",
        ),
        pytest.param(
            "Ngân hàng Sao Ngân vừa có văn bản mới. Giám đốc Ngân hàng Sao Ngân chi nhánh tỉnh Lam Sơn cho biết.",
            "Ngân hàng Sao Ngân",
            id="a_bank_and_its_branch_are_two_units_1",
        ),
        pytest.param(
            "Ngân hàng Sao Ngân vừa có văn bản mới. Giám đốc Ngân hàng Sao Ngân chi nhánh tỉnh Lam Sơn cho biết.",
            "Ngân hàng Sao Ngân chi nhánh tỉnh Lam Sơn",
            id="a_bank_and_its_branch_are_two_units_2",
        ),
        pytest.param(
            "Công an huyện Di Linh phối hợp với Công an huyện Lâm Hà, Bảo Lâm điều tra.",
            "Công an huyện Bảo Lâm",
            id="a_second_district_after_a_comma_1",
        ),
        pytest.param("VKSNDTC đã kháng nghị.", "VKSNDTC", id="the_supreme_court_and_procuracy_by_initials_2"),
        pytest.param(
            "Hiện trường vụ tai nạn. Ảnh: Congan.com.vn Trước đó, hai xe va chạm.",
            "Congan.com.vn",
            id="a_news_site_cited_or_credited_by_its_address_1",
        ),
        pytest.param(
            "Theo Baogiaothong.vn, vụ việc xảy ra chiều qua.",
            "Baogiaothong.vn",
            id="a_news_site_cited_or_credited_by_its_address_2",
        ),
        pytest.param(
            "Tới đoạn Bệnh viện Việt Nam - Thụy Điển (TP. Uông Bí), xe dừng.",
            "Bệnh viện Việt Nam - Thụy Điển",
            id="a_name_of_two_countries_1",
        ),
        pytest.param(
            "Hội hữu nghị Việt Nam - Campuchia tổ chức gặp mặt.",
            "Hội hữu nghị Việt Nam - Campuchia",
            id="a_name_of_two_countries_2",
        ),
        pytest.param(
            "Tin\n\nĐoàn Chủ tịch",
            "Đoàn Chủ tịch",
            id="a_head_that_ends_the_text_is_read_without_running_past_it",
        ),
        pytest.param(
            "Kết quả giám định của phòng Kỹ thuật hình sự Công an tỉnh Lam Sơn cho thấy nạn nhân ngã.",
            "Phòng Kỹ thuật hình sự Công an tỉnh Lam Sơn",
            id="a_lower_case_division_with_a_capitalised_field_and_its_owner",
        ),
        pytest.param(
            "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Yên Lạc đã huy động lực lượng.",
            "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Yên Lạc",
            id="a_board_against_natural_disasters_keeps_its_field_in_lower_case",
        ),
        pytest.param(
            "Sáng qua, CSGT TP. Lào Cai xử phạt 20 xe chở quá tải.",
            "CSGT TP. Lào Cai",
            id="a_police_force_named_by_its_field_and_the_place_it_serves_1",
        ),
        pytest.param(
            "Cảnh sát PCCC tỉnh Yên Lạc đã điều hai xe chữa cháy tới.",
            "Cảnh sát PCCC tỉnh Yên Lạc",
            id="a_police_force_named_by_its_field_and_the_place_it_serves_2",
        ),
        pytest.param(
            "Nhận tin báo, CSGT Hà Nội đã lập chốt chặn.",
            "CSGT Hà Nội",
            id="a_police_force_named_by_its_field_and_the_place_it_serves_3",
        ),
        pytest.param(
            "Sau đó, CSGT Công an huyện Tuy Phong lập biên bản vụ việc.",
            "CSGT Công an huyện Tuy Phong",
            id="a_police_force_named_by_its_field_and_its_police_without_lực_lượng",
        ),
        pytest.param(
            "Hắn theo dõi phòng giao dịch Tân Mỹ của Ngân hàng Sao Bắc nhiều ngày.",
            "Phòng giao dịch Tân Mỹ",
            id="a_banks_transaction_office_in_lower_case_named_for_where_it_is_1",
        ),
        pytest.param(
            "Hắn chạy lên khu vực phòng giao dịch thị xã Yên Lạc gây án.",
            "Phòng giao dịch thị xã Yên Lạc",
            id="a_banks_transaction_office_in_lower_case_named_for_where_it_is_2",
        ),
        pytest.param(
            "Ban quản lý rừng phòng hộ Nam Sông Lam đã tạm giữ hai xe gỗ.",
            "Ban quản lý rừng phòng hộ Nam Sông Lam",
            id="a_management_board_described_in_lower_case_up_to_its_name",
        ),
        pytest.param(
            "Giấy phép do Ban quản lý Khu kinh tế Vân Hải cấp năm ngoái.",
            "Ban quản lý Khu kinh tế Vân Hải",
            id="a_management_board_in_lower_case_before_a_capitalised_zone",
        ),
        pytest.param(
            "Khu đất này do Ban Quản lý các khu công nghiệp tỉnh Lam Sơn quản lý.",
            "Ban Quản lý các khu công nghiệp tỉnh Lam Sơn",
            id="a_management_board_named_for_the_zones_it_manages",
        ),
        pytest.param(
            "Hồ sơ được trình Ban Chỉ đạo thực hiện Nghị định 45/2016 tỉnh Lam Sơn xem xét.",
            "Ban Chỉ đạo thực hiện Nghị định 45/2016 tỉnh Lam Sơn",
            id="a_steering_board_named_for_the_document_it_carries_out_1",
        ),
        pytest.param(
            "Các bộ phải chờ Ban Chỉ đạo Đề án 712 hướng dẫn.",
            "Ban Chỉ đạo Đề án 712",
            id="a_steering_board_named_for_the_document_it_carries_out_2",
        ),
    ],
)
def test_a_unit_the_sentence_names_is_found_by_its_name(sentence: str, name: str) -> None:
    """Fields in lower case, numbers, codes, brackets, outlets, branches, forces: the unit is found under the name the report gives it."""
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Các cơ quan, đơn vị và các sở, ban, ngành đã phối hợp.", id="generic_mentions_are_no_units"
        ),
        pytest.param(
            "Công an điều tra làm rõ vụ việc.",
            id="counter_case_of_a_field_in_lower_case_right_after_its_head_and_military_units_4",
        ),
        # any commune's
        pytest.param(
            "Anh Lực trú xã Hòa Lạc. Trước đó, 2 công an xã đã bị kỷ luật.",
            id="counter_case_of_a_bare_district_level_means_the_one_district_the_report_names_2",
        ),
        pytest.param(
            "Anh Lực ở huyện Yên Thế, rồi sang huyện Lục Nam. Công an huyện vào cuộc.",
            id="counter_case_of_a_bare_district_level_means_the_one_district_the_report_names_3",
        ),
        pytest.param(
            "Ông Lò Văn Tú, Giám đốc Hùng, cho biết.",
            id="a_name_after_a_post_that_is_no_company_code_is_no_unit_1",
        ),
        # a post any unit has
        pytest.param(
            "Bà Lò Thị Mai, Thư ký MHX, cho biết.",
            id="a_name_after_a_post_that_is_no_company_code_is_no_unit_2",
        ),
        pytest.param(
            "Anh là cảnh sát giao thông. Phòng cảnh sát đã họp.",
            id="police_in_lower_case_alone_names_no_division_1",
        ),
        # which district's team, unsaid
        pytest.param(
            "Hãy báo tin cho Đội cảnh sát kinh tế.", id="police_in_lower_case_alone_names_no_division_2"
        ),
        pytest.param("Anh phải nằm bệnh viện 12 hôm.", id="counter_case_of_a_hospital_known_by_its_number_2"),
        pytest.param(
            "Đội 3 người đến hiện trường.", id="counter_case_of_a_team_by_its_number_and_the_border_guard_abbreviated_3"
        ),
        pytest.param("Anh Lê Q. Khởi đã bị bắt.", id="counter_case_of_a_level_initial_with_a_space_before_the_name_2"),
        pytest.param("Thí sinh khối C03 thi môn Ngữ văn.", id="a_code_alone_is_a_unit_only_for_a_division_1"),
        # 'NLĐ' is workers too: cited only
        pytest.param(
            "Nhiều NLĐ của công ty bị nợ lương.",
            id="counter_case_of_a_site_address_in_lower_case_and_an_abbreviation_that_is_a_word_2",
        ),
        pytest.param(
            "Đội cảnh sát hình sự đã bắt giữ hai đối tượng.", id="a_lower_case_field_alone_names_no_unit"
        ),
        pytest.param(
            "Xin gửi câu hỏi về địa chỉ bandoc@vietnamnet.vn để được giải đáp.",
            id="names_that_hold_a_brand_or_a_force_are_not_it_1",
        ),
        pytest.param("Tòa hình sự đã tuyên án.", id="a_courts_division_alone_is_no_unit"),
        pytest.param("Trạm kiểm soát đã dừng xe để kiểm tra.", id="a_checkpoint_alone_is_no_unit"),
        pytest.param(
            "Người dân đăng ký tại Dichvucong.gov.vn ngay hôm nay.",
            id="counter_case_of_a_news_site_cited_or_credited_by_its_address_3",
        ),
        pytest.param("Trí thức trẻ cần học tập suốt đời.", id="what_stays_out_of_a_name_2"),
        pytest.param(
            "Ông đến phòng giao dịch của một ngân hàng rút tiền.",
            id="counter_case_of_a_banks_transaction_office_in_lower_case_unnamed",
        ),
        pytest.param(
            "Ba người vào phòng Vip hát karaoke đến khuya.",
            id="counter_case_of_a_lower_case_division_with_a_capitalised_field_a_room",
        ),
        pytest.param(
            "Hỏi phòng GD-ĐT quận này thì chưa có trả lời.",
            id="counter_case_of_a_lower_case_division_with_a_capitalised_field_no_owner_named",
        ),
        pytest.param("Cấp ủy và chính quyền địa phương đã vào cuộc.", id="the_local_authorities_unnamed"),
        pytest.param("Đây là chính quyền Nhà nước của nhân dân.", id="the_states_power_is_no_local_authority"),
        pytest.param("Ban giám đốc công ty đã họp với khách hàng.", id="a_managing_board_of_no_unit_named"),
        pytest.param("Ban tổ chức giải đã trao cúp cho đội thắng.", id="an_events_organisers_are_no_unit"),
    ],
)
def test_sentences_that_name_no_unit(sentence: str) -> None:
    """Posts, people, bare levels, lower-case fields alone, web addresses and generic mentions: no unit at all."""
    assert _orgs(sentence) == {}


def test_a_person_named_like_a_soft_head_keeps_the_name():
    found = extract("Ông Lê Văn Hội cho biết sẽ kiểm tra.", "t.txt")
    assert not found.organizations


def test_an_abbreviation_in_brackets_names_the_same_unit():
    orgs = _orgs(
        "Sở Tài nguyên và Môi trường (TN-MT) tỉnh Lâm Đồng đã kiểm tra. "
        "Sau đó, Sở TN-MT tỉnh Lâm Đồng lập biên bản."
    )
    assert len(orgs) == 1
    ((name, aliases),) = orgs.items()
    assert {"Sở TN-MT tỉnh Lâm Đồng", "Sở Tài nguyên và Môi trường (TN-MT) tỉnh Lâm Đồng"} <= {name, *aliases}


def test_an_abbreviation_the_report_spells_out_elsewhere_names_the_same_unit():
    orgs = _orgs("Ban Tổ chức Trung ương đã họp. Sau đó, Ban TCTW thông báo kết quả.")
    assert len(orgs) == 1
    ((name, aliases),) = orgs.items()
    assert {"Ban Tổ chức Trung ương", "Ban TCTW"} == {name, *aliases}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        pytest.param(
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình họp; Sở Y tế, Sở Tài chính cùng dự.",
            {"Sở Y tế", "Sở Tài chính"},
            id="a_name_lists_its_fields_with_commas_2",
        ),
        pytest.param(
            "Công an quận Nam Từ Liêm và Công an huyện Đông Anh họp ở phường Hai Bà Trưng, xã Như Xuân.",
            {"Công an quận Nam Từ Liêm", "Công an huyện Đông Anh"},
            id="place_names_that_hold_common_words_stay_whole",
        ),
        pytest.param(
            (
                "Tin\n\nTheo báo Người đưa tin và báo An ninh thủ đô, Công an quận Đống Đa đã vào cuộc. "
                "Ảnh: Báo Nhân dân Ngay sau đó, người dân trình báo."
            ),
            {"Báo Người đưa tin", "Báo An ninh thủ đô", "Báo Nhân dân"},
            id="a_paper_named_in_ordinary_words_keeps_its_lower_case_words_1",
        ),
        pytest.param(
            (
                "Tin\n\nThứ trưởng Bộ LĐTB&XH Doãn Mậu Diệm thăm hỏi thương binh. Chiều 1/7, Giám đốc BV Sản Nhi "
                "Nghệ An Lô Minh Hường xác nhận."
            ),
            {"Bộ LĐTB&XH", "BV Sản Nhi Nghệ An"},
            id="a_units_name_ends_before_a_name_opening_with_a_less_common_family_name",
        ),
        pytest.param(
            (
                "Tin\n\nHội Lim năm nay rất đông. Hội Nông dân tỉnh Bắc Ninh và Hội Luật gia Việt Nam tham gia. "
                "Du khách đến Hội An. Ban Quản lý Dự án Đầu tư tỉnh Nam Định và Tổng cục Dạy nghề dự."
            ),
            {"Hội Nông dân tỉnh Bắc Ninh", "Hội Luật gia Việt Nam", "Tổng cục Dạy nghề"},
            id="hoi_before_a_single_name_is_a_town_or_a_festival_not_an_association_3",
        ),
        pytest.param(
            (
                "Tin\n\nVinh là sinh viên của trường Đại học Phan Châu Trinh (TP Hội An, Quảng Nam). Học sinh "
                "Trường THPT Chu Văn An dự thi. Nguồn tin của PV báo Người Đưa Tin cho hay, CQĐT Công an huyện "
                "Chương Mỹ đã khởi tố; Phòng Cảnh sát phòng chống tội phạm sử dụng công nghệ cao vào cuộc. "
                "Bài và ảnh: Trường Hoàng"
            ),
            {
                "Trường Đại học Phan Châu Trinh",
                "Trường THPT Chu Văn An",
                "Báo Người Đưa Tin",
                "CQĐT Công an huyện Chương Mỹ",
                "Phòng Cảnh sát phòng chống tội phạm sử dụng công nghệ cao",
            },
            id="schools_named_for_people_papers_after_a_reporter_and_agencies_by_initials_1",
        ),
        pytest.param(
            (
                "Tin\n\nÔng Lợi đã bị Công an xã Phú Mỹ và Phú Thuận mời lên làm việc. Công an tỉnh Nam Định và Sở Y "
                "tế vào cuộc. UBND phường Minh Khai và Chủ cơ sở mầm non họp. Tập đoàn Công nghiệp Cao su Việt Nam, "
                "Tổng công ty Chè Việt Nam dự. Bệnh viện Đa khoa tư nhân Hùng Vương Thấy vậy đã báo."
            ),
            {"Công an xã Phú Mỹ", "Công an xã Phú Thuận", "Công an tỉnh Nam Định", "Sở Y tế"},
            id="a_second_place_after_va_is_a_second_unit_of_the_same_kind_1",
        ),
        pytest.param(
            (
                "Tin\n\nÔng Lợi đã bị Công an xã Phú Mỹ và Phú Thuận mời lên làm việc. Công an tỉnh Nam Định và Sở Y "
                "tế vào cuộc. UBND phường Minh Khai và Chủ cơ sở mầm non họp. Tập đoàn Công nghiệp Cao su Việt Nam, "
                "Tổng công ty Chè Việt Nam dự. Bệnh viện Đa khoa tư nhân Hùng Vương Thấy vậy đã báo."
            ),
            {"Tập đoàn Công nghiệp Cao su Việt Nam", "Bệnh viện Đa khoa tư nhân Hùng Vương"},
            id="a_second_place_after_va_is_a_second_unit_of_the_same_kind_2",
        ),
        pytest.param(
            "Bộ Giao thông Vận tải đầu tư xây dựng cầu mới. Đội CSGT Bến Thành thường xuyên phối hợp tuần tra.",
            {"Bộ Giao thông Vận tải", "Đội CSGT Bến Thành"},
            id="a_field_word_that_is_also_a_verb_ends_the_name_when_the_clause_goes_on_1",
        ),
        pytest.param(
            "Bộ Y tế cảnh báo người dân Hà Nội. Sở Y tế tăng cường kiểm tra thực phẩm tỉnh Nam Định.",
            {"Bộ Y tế", "Sở Y tế"},
            id="a_verb_after_a_name_capitalised_on_its_first_field_is_not_part_of_it",
        ),
    ],
)
def test_every_unit_a_sentence_lists_is_found(sentence: str, names: set[str]) -> None:
    """Units listed, coordinated or written with a place in them are each found whole."""
    assert names <= set(_orgs(sentence))


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        pytest.param(
            "Phòng CSGT Công an tỉnh Bắc Giang đã ra quân. Trước Tết, Phòng CSGT Bắc Giang đã tuyên truyền.",
            "Phòng CSGT Công an tỉnh Bắc Giang",
            "Phòng CSGT Bắc Giang",
            id="a_short_name_is_the_fuller_name_it_shortens",
        ),
        pytest.param(
            (
                "Khách đến Chi nhánh Agribank Mường Lay rút tiền. Agribank – Chi nhánh Mường Lay đã báo công an. "
                "Chi nhánh Ngân hàng NN&PTNT huyện Tân Lập cũng vậy. Ngân hàng NN&PTNT huyện Tân Lập đã họp."
            ),
            "Chi nhánh Agribank Mường Lay",
            "Agribank – Chi nhánh Mường Lay",
            id="the_ways_of_writing_one_branch_make_one_unit",
        ),
        pytest.param(
            "Tổ công tác Đội CSGT số 9 Công an Hà Nội lập chốt chặn.",
            "Đội CSGT số 9 Công an Hà Nội",
            "Đội CSGT số 9",
            id="a_unit_written_with_whose_it_is_keeps_its_own_name_as_an_alias",
        ),
        pytest.param(
            "Người lạ có mặt tại điểm trường tiểu học Nà Lừa phát bánh kẹo.",
            "Trường tiểu học Nà Lừa",
            "điểm trường tiểu học Nà Lừa",
            id="a_school_site_is_named_by_its_school",
        ),
        pytest.param(
            (
                "Tin\n\nĐại tá Lê Văn Tám, Trưởng phòng tham mưu Công an tỉnh Vĩnh Lâm, cho biết. Ông Trần Văn Bảy, "
                "Giám đốc Sở NN&PTNT, cho biết. Sở NN&PTNT Bình Định đã họp. Ông Lê Văn Chín, Trưởng phòng luật sư, "
                "có mặt."
            ),
            "Sở NN&PTNT Bình Định",
            "Sở NN&PTNT",
            id="a_unit_only_a_post_names_is_a_unit_of_the_report_and_a_shorter_form_an_alias_2",
        ),
        pytest.param(
            "Ông Khởi đề nghị xây dựng lực lượng Công an nhân dân và Quân đội nhân dân vững mạnh.",
            "Công an nhân dân",
            "lực lượng Công an nhân dân",
            id="the_countrys_forces_named_by_their_head_3",
        ),
        pytest.param(
            (
                "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) cho vay. Lãnh đạo Ngân hàng Vietcombank - "
                "Chi nhánh Phú Tài cho biết. Đại diện Vietcombank khẳng định."
            ),
            "Ngân hàng TMCP Ngoại thương Việt Nam",
            "Vietcombank",
            id="a_brand_joins_the_unit_that_gave_it_as_its_short_name_2",
        ),
    ],
)
def test_another_way_of_writing_a_unit_is_its_alias(sentence: str, name: str, alias: str) -> None:
    """A short name, an abbreviation or the unit written without its owner is an alias of the fuller name."""
    assert alias in _orgs(sentence)[name]


def test_a_short_name_is_the_fuller_name_it_shortens():
    orgs = _orgs(
        "Phòng CSGT Công an tỉnh Bắc Giang đã ra quân. Trước Tết, Phòng CSGT Bắc Giang đã tuyên truyền."
    )
    assert [n for n in orgs if n.startswith("Phòng")] == ["Phòng CSGT Công an tỉnh Bắc Giang"]


def test_a_police_force_named_by_field_and_place_is_the_unit_the_report_names_in_full():
    text = "CSGT Nam Định đính chính báo cáo. Phòng CSGT Công an tỉnh Nam Định vừa có văn bản gửi Cục CSGT."
    orgs = _orgs(text)
    assert "CSGT Nam Định" not in orgs
    assert "CSGT Nam Định" in orgs["Phòng CSGT Công an tỉnh Nam Định"]


def test_a_police_force_named_by_field_and_police_is_the_team_the_report_names_in_full():
    text = "CSGT Công an huyện Tuy Phong đã xử phạt 20 xe. Đội CSGT Công an huyện Tuy Phong cho biết thêm."
    orgs = _orgs(text)
    assert "CSGT Công an huyện Tuy Phong" not in orgs
    assert "CSGT Công an huyện Tuy Phong" in orgs["Đội CSGT Công an huyện Tuy Phong"]


def test_a_party_committee_named_short_and_in_full_is_one_unit():
    orgs = _orgs("Tỉnh ủy Hà Giang đã họp. Ban Thường vụ Tỉnh ủy kết luận. Tỉnh ủy giao nhiệm vụ.")
    assert [n for n in orgs if n.startswith("Tỉnh ủy")] == ["Tỉnh ủy Hà Giang"]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        pytest.param(
            (
                "Vụ việc xảy ra tại phường 5, Quận 10, TP HCM; nghi phạm trú ở xã Tân Phú, huyện Đức Linh, "
                "tỉnh Bình Thuận, từng sang Campuchia và Thái Lan."
            ),
            "phường 5",
            "ward",
            id="places_of_every_level_1",
        ),
        pytest.param(
            (
                "Vụ việc xảy ra tại phường 5, Quận 10, TP HCM; nghi phạm trú ở xã Tân Phú, huyện Đức Linh, "
                "tỉnh Bình Thuận, từng sang Campuchia và Thái Lan."
            ),
            "Quận 10",
            "district",
            id="places_of_every_level_2",
        ),
        pytest.param(
            (
                "Vụ việc xảy ra tại phường 5, Quận 10, TP HCM; nghi phạm trú ở xã Tân Phú, huyện Đức Linh, "
                "tỉnh Bình Thuận, từng sang Campuchia và Thái Lan."
            ),
            "Tân Phú",
            "commune",
            id="places_of_every_level_3",
        ),
        pytest.param(
            (
                "Vụ việc xảy ra tại phường 5, Quận 10, TP HCM; nghi phạm trú ở xã Tân Phú, huyện Đức Linh, "
                "tỉnh Bình Thuận, từng sang Campuchia và Thái Lan."
            ),
            "Đức Linh",
            "district",
            id="places_of_every_level_4",
        ),
        pytest.param(
            (
                "Vụ việc xảy ra tại phường 5, Quận 10, TP HCM; nghi phạm trú ở xã Tân Phú, huyện Đức Linh, "
                "tỉnh Bình Thuận, từng sang Campuchia và Thái Lan."
            ),
            "Bình Thuận",
            "province",
            id="places_of_every_level_5",
        ),
        pytest.param(
            (
                "Vụ việc xảy ra tại phường 5, Quận 10, TP HCM; nghi phạm trú ở xã Tân Phú, huyện Đức Linh, "
                "tỉnh Bình Thuận, từng sang Campuchia và Thái Lan."
            ),
            "Hồ Chí Minh",
            "city",
            id="places_of_every_level_6",
        ),
        pytest.param(
            (
                "Vụ việc xảy ra tại phường 5, Quận 10, TP HCM; nghi phạm trú ở xã Tân Phú, huyện Đức Linh, "
                "tỉnh Bình Thuận, từng sang Campuchia và Thái Lan."
            ),
            "Campuchia",
            "country",
            id="places_of_every_level_7",
        ),
        pytest.param(
            (
                "Vụ việc xảy ra tại phường 5, Quận 10, TP HCM; nghi phạm trú ở xã Tân Phú, huyện Đức Linh, "
                "tỉnh Bình Thuận, từng sang Campuchia và Thái Lan."
            ),
            "Thái Lan",
            "country",
            id="places_of_every_level_8",
        ),
        pytest.param(
            "Công an TP. Bắc Giang thuộc Công an tỉnh Bắc Giang; TP Biên Hòa cũng vậy.",
            "TP. Bắc Giang",
            "city",
            id="a_city_named_for_its_province_is_a_place_of_its_own_1",
        ),
        pytest.param(
            "Công an TP. Bắc Giang thuộc Công an tỉnh Bắc Giang; TP Biên Hòa cũng vậy.",
            "Bắc Giang",
            "province",
            id="a_city_named_for_its_province_is_a_place_of_its_own_2",
        ),
        pytest.param(
            "Công an TP. Bắc Giang thuộc Công an tỉnh Bắc Giang; TP Biên Hòa cũng vậy.",
            "Biên Hòa",
            "city",
            id="a_city_named_for_its_province_is_a_place_of_its_own_3",
        ),
        pytest.param(
            "Bà Lưu Thị Hoa, trú ở Long Biên, Hà Nội, và ông Tô Văn Kiên, ngụ Cầu Giấy (Hà Nội).",
            "Long Biên",
            "district",
            id="a_district_without_its_level_word_is_known_by_its_province_1",
        ),
        pytest.param(
            "Bà Lưu Thị Hoa, trú ở Long Biên, Hà Nội, và ông Tô Văn Kiên, ngụ Cầu Giấy (Hà Nội).",
            "Cầu Giấy",
            "district",
            id="a_district_without_its_level_word_is_known_by_its_province_2",
        ),
        pytest.param(
            "Công an P.Bình An (Q.2, TP.HCM) cho biết. Sau đó, Công an phường Bình An mời 3 người lên.",
            "Bình An",
            "ward",
            id="levels_written_as_an_initial_2",
        ),
        pytest.param(
            "Công an P.Bình An (Q.2, TP.HCM) cho biết. Sau đó, Công an phường Bình An mời 3 người lên.",
            "quận 2",
            "district",
            id="levels_written_as_an_initial_3",
        ),
    ],
)
def test_a_place_and_its_level(sentence: str, name: str, kind: str) -> None:
    """A place is read with its level: country, province, city, district, town, commune or ward."""
    assert _places(sentence)[name] == kind


def test_a_city_named_for_its_province_is_a_place_of_its_own():
    commune = _places("Ông trú xã Hòa Bình, huyện Krông Pắc.")
    assert commune.get("xã Hòa Bình") == "commune" and "Hòa Bình" not in commune  # not the province


@pytest.mark.parametrize(
    "sentence",
    [
        "Phó Thủ tướng Trần Hòa Bình dự họp.",  # a person, not the province
        "Chị Nga và anh Đức đã về quê.",  # given names, not countries
        "Em học tiếng Anh ở trường làng.",
        "Bài viết đăng trên báo Pháp luật.",
        "Ông quê ở xã Mỹ Thạnh.",  # a commune, not the United States
        "Học tập và làm theo tư tưởng Hồ Chí Minh.",
        "Quán nằm trên đường Bà Huyện Thanh Quan.",
    ],
)
def test_words_that_only_look_like_places(sentence):
    places = _places(sentence)
    assert not {"Hòa Bình", "Nga", "Đức", "Anh", "Pháp", "Mỹ", "Hồ Chí Minh", "Thanh Quan"} & set(places)


def test_place_names_that_hold_common_words_stay_whole():
    text = "Công an quận Nam Từ Liêm và Công an huyện Đông Anh họp ở phường Hai Bà Trưng, xã Như Xuân."
    assert {"Nam Từ Liêm", "Đông Anh", "Hai Bà Trưng", "Như Xuân"} <= set(_places(text))


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # no province: a market
        pytest.param(
            "Bà Hoa đi chợ Long Biên rồi về nhà.",
            "Long Biên",
            id="a_district_without_its_level_word_is_known_by_its_province_3",
        ),
        # the report names a person so
        pytest.param(
            "Thượng úy Phạm Văn Đức bị thương. Đồng đội đưa Đức về Hà Nội; sau đó anh sang Đức chữa trị.",
            "Đức",
            id="counter_case_of_a_country_that_is_also_a_given_name_2",
        ),
        pytest.param(
            "Công nhân Khu công nghiệp Tân Hưng nghỉ Tết.",
            "Khu công nghiệp Tân Hưng",
            id="an_industrial_zone_is_no_place",
        ),
        pytest.param(
            "Công an huyện Bình Lợi TP.HCM cho biết nghi can dùng dao Thái Lan tấn công chị Hoa.",
            "Thái Lan",
            id="counter_case_of_a_city_after_a_district_is_its_own_place_3",
        ),
        # not its district
        pytest.param(
            "Vụ việc xảy ra ở xã Phong Phú, Tuy An vào chiều qua.",
            "Tuy An",
            id="a_district_after_one_of_its_communes",
        ),
        pytest.param(
            "Chị Trần Thị Huế, vợ nạn nhân, cho biết anh đi từ sáng.",
            "Huế",
            id="a_city_in_a_womans_name_at_the_start_of_a_sentence",
        ),
    ],
)
def test_words_that_are_no_place(sentence: str, wrong: str) -> None:
    """People, knives, markets, zones and districts of another province are no place."""
    assert wrong not in _places(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "Đoàn công tác sang Nga dự hội thảo.", "Nga", id="a_country_that_is_also_a_given_name_1"
        ),
        # a kind of knife, not the country
        pytest.param(
            "Công an huyện Bình Lợi TP.HCM cho biết nghi can dùng dao Thái Lan tấn công chị Hoa.",
            "Hồ Chí Minh",
            id="a_city_after_a_district_is_its_own_place_2",
        ),
        pytest.param("Cuối tuần, anh về Huế thăm mẹ.", "Huế", id="a_province_that_is_also_a_womans_name"),
    ],
)
def test_a_place_the_sentence_names_is_found(sentence: str, name: str) -> None:
    """A place is found under its own name, whatever its level word or spelling."""
    assert name in _places(sentence)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        pytest.param(
            "Đội CSGT có số 3 người trực.",
            "Đội CSGT số 3",
            id="counter_case_of_a_unit_goes_by_its_number_and_a_court_by_its_city_3",
        ),
        # A brand that a longer name goes on from is not the outlet: 'EVN HANOI'.
        pytest.param(
            "Công ty Điện lực Hà Nam (EVN HANOI) cho biết EVN HANOI không cắt điện.",
            "EVN",
            id="counter_case_of_a_byline_or_photo_credit_names_its_outlet_8",
        ),
        pytest.param(
            "Ông Lò Văn Tú, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương, phát biểu.",
            "Công an Trung ương",
            id="counter_case_of_a_central_forces_party_committee_is_one_unit_1",
        ),
        pytest.param(
            (
                "Tin\n\nTheo báo Người đưa tin và báo An ninh thủ đô, Công an quận Đống Đa đã vào cuộc. "
                "Ảnh: Báo Nhân dân Ngay sau đó, người dân trình báo."
            ),
            "Báo Người",
            id="counter_case_of_a_paper_named_in_ordinary_words_keeps_its_lower_case_words_2",
        ),
        pytest.param(
            (
                "Tin\n\nTheo báo Người đưa tin và báo An ninh thủ đô, Công an quận Đống Đa đã vào cuộc. "
                "Ảnh: Báo Nhân dân Ngay sau đó, người dân trình báo."
            ),
            "Báo Nhân dân Ngay",
            id="counter_case_of_a_paper_named_in_ordinary_words_keeps_its_lower_case_words_3",
        ),
        pytest.param(
            (
                "Tin\n\nHội Lim năm nay rất đông. Hội Nông dân tỉnh Bắc Ninh và Hội Luật gia Việt Nam tham gia. "
                "Du khách đến Hội An. Ban Quản lý Dự án Đầu tư tỉnh Nam Định và Tổng cục Dạy nghề dự."
            ),
            "Hội Lim",
            id="hoi_before_a_single_name_is_a_town_or_a_festival_not_an_association_1",
        ),
        pytest.param(
            (
                "Tin\n\nHội Lim năm nay rất đông. Hội Nông dân tỉnh Bắc Ninh và Hội Luật gia Việt Nam tham gia. "
                "Du khách đến Hội An. Ban Quản lý Dự án Đầu tư tỉnh Nam Định và Tổng cục Dạy nghề dự."
            ),
            "Hội An",
            id="hoi_before_a_single_name_is_a_town_or_a_festival_not_an_association_2",
        ),
        pytest.param(
            (
                "Tin\n\nVinh là sinh viên của trường Đại học Phan Châu Trinh (TP Hội An, Quảng Nam). Học sinh "
                "Trường THPT Chu Văn An dự thi. Nguồn tin của PV báo Người Đưa Tin cho hay, CQĐT Công an huyện "
                "Chương Mỹ đã khởi tố; Phòng Cảnh sát phòng chống tội phạm sử dụng công nghệ cao vào cuộc. "
                "Bài và ảnh: Trường Hoàng"
            ),
            "Trường Hoàng",
            id="counter_case_of_schools_named_for_people_papers_after_a_reporter_and_agencies_by_initials_2",
        ),
        pytest.param(
            (
                "Tin\n\nĐại tá Lê Văn Tám, Trưởng phòng tham mưu Công an tỉnh Vĩnh Lâm, cho biết. Ông Trần Văn Bảy, "
                "Giám đốc Sở NN&PTNT, cho biết. Sở NN&PTNT Bình Định đã họp. Ông Lê Văn Chín, Trưởng phòng luật sư, "
                "có mặt."
            ),
            "Sở NN&PTNT",
            id="a_unit_only_a_post_names_is_a_unit_of_the_report_and_a_shorter_form_an_alias_3",
        ),
        # ('Đảng ủy, Chủ tịch UBND huyện X': the post stands between, so the party committee is no one's)
        pytest.param(
            "Đảng ủy, Chủ tịch UBND huyện Tân Sơn đã họp bàn.",
            "Đảng ủy huyện Tân Sơn",
            id="a_head_before_a_post_takes_no_place",
        ),
        # ('Phòng X, PC54, CA Y': the code after a unit is that unit's own)
        pytest.param(
            "Chiến sĩ Phòng Kỹ thuật hình sự, PC54, CA Kon Tum có mặt.",
            "PC54",
            id="a_code_alone_is_a_unit_only_for_a_division_2",
        ),
        # a law, not the force
        pytest.param(
            "Quốc hội sẽ sửa Luật Công an nhân dân.",
            "Công an nhân dân",
            id="counter_case_of_the_countrys_forces_named_by_their_head_4",
        ),
        pytest.param(
            "Theo báo Giao thông, Công an nhân dân, ông Khởi đã bị bắt.",
            "Công an nhân dân",
            id="counter_case_of_the_countrys_forces_named_by_their_head_5",
        ),
        pytest.param(
            "Điều 6, Công ước Liên Hợp Quốc về quyền trẻ em ghi nhận.",
            "Liên Hợp Quốc",
            id="names_that_hold_a_brand_or_a_force_are_not_it_2",
        ),
        pytest.param(
            "Ông Khởi là Chính ủy Công an nhân dân vũ trang.",
            "Công an nhân dân",
            id="names_that_hold_a_brand_or_a_force_are_not_it_4",
        ),
        pytest.param(
            (
                "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) cho vay. Lãnh đạo Ngân hàng Vietcombank - "
                "Chi nhánh Phú Tài cho biết. Đại diện Vietcombank khẳng định."
            ),
            "Vietcombank",
            id="counter_case_of_a_brand_joins_the_unit_that_gave_it_as_its_short_name_1",
        ),
    ],
)
def test_words_that_are_no_units_name(sentence: str, wrong: str) -> None:
    """A name that would run past its end, a brand inside a longer name, or words that only look like a unit are no unit's name."""
    assert wrong not in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Theo Tuổi trẻ, cháy lúc 9 giờ. Tuổi trẻ bây giờ ít đọc.",
            {"Tuổi trẻ": []},
            id="a_news_outlet_the_report_cites_3",
        ),
        pytest.param(
            "Sau khi báo Lao Động phản ánh, ông Kha trao đổi với Lao Động.",
            {"Báo Lao Động": ["báo Lao Động", "Lao Động"]},
            id="a_news_outlet_the_report_cites_4",
        ),
        # The gold counts the outlet a byline or credit names as a unit of the report.
        pytest.param(
            "Hiện trường vụ cháy. Ảnh: Lê Tâm/VOV Sáng nay lửa đã tắt.",
            {"VOV": []},
            id="a_byline_or_photo_credit_names_its_outlet_1",
        ),
        pytest.param(
            "Lửa đã tắt (Ảnh VTV). Người dân về nhà.",
            {"VTV": []},
            id="a_byline_or_photo_credit_names_its_outlet_2",
        ),
        # A credit ends at the outlet even where the next sentence runs on with a capital.
        pytest.param(
            "Hiện trường vụ cháy. Ảnh Vietnamnet Theo nhân chứng, lửa bùng lúc 9 giờ.",
            {"Vietnamnet": []},
            id="a_byline_or_photo_credit_names_its_outlet_6",
        ),
        pytest.param(
            "Như Lao Động đã phản ánh, cây cầu xuống cấp.",
            {"Lao Động": []},
            id="a_byline_or_photo_credit_names_its_outlet_7",
        ),
        pytest.param(
            "Công an TX Bình Long cho biết. Sau đó, Công an thị xã Bình Long đã bắt giữ.",
            {"Công an TX Bình Long": ["Công an thị xã Bình Long"]},
            id="a_town_abbreviated_1",
        ),
        pytest.param(
            "Anh Tạ Văn Lực trú xã Hòa Lạc, huyện Yên Thế. Hiện Công an huyện đang điều tra.",
            {"Công an huyện Yên Thế": ["Công an huyện"]},
            id="a_bare_district_level_means_the_one_district_the_report_names_1",
        ),
        pytest.param(
            "Một nhân viên MobiFone báo cho tổ tuần tra.",
            {"MobiFone": []},
            id="a_company_by_its_brand_joins_its_fuller_name_1",
        ),
        pytest.param(
            "Ngân hàng BIDV chi nhánh Bắc Giang bị lừa. BIDV cho biết đã trình báo.",
            {"Ngân hàng BIDV chi nhánh Bắc Giang": ["BIDV"]},
            id="a_company_by_its_brand_joins_its_fuller_name_2",
        ),
        pytest.param(
            "Ông Lò Văn Tú, Chủ tịch HĐQT Oceanbank, bị bắt. Sau đó Oceanbank đã mất vốn.",
            {"HĐQT Oceanbank": [], "Oceanbank": []},
            id="a_companys_board_is_not_the_company",
        ),
        pytest.param(
            "Công an P.Bình An (Q.2, TP.HCM) cho biết. Sau đó, Công an phường Bình An mời 3 người lên.",
            {"Công an P.Bình An": ["Công an phường Bình An"]},
            id="levels_written_as_an_initial_1",
        ),
        pytest.param(
            "Giám đốc Công ty Phạm Gia Khang cho biết máy không chính hãng.",
            {"Công ty Phạm Gia Khang": []},
            id="a_company_named_like_a_person_and_a_tax_department_1",
        ),
        pytest.param(
            "Cơ sở mầm non tư thục Hoa Mai bị đình chỉ. Phụ huynh đến nhóm lớp Hoa Mai đón con.",
            {"Cơ sở mầm non tư thục Hoa Mai": ["nhóm lớp Hoa Mai"]},
            id="the_ways_of_naming_one_kindergarten_make_one_unit",
        ),
        pytest.param(
            "Ông Khởi được đưa vào Bệnh viện Đa khoa Sông Mây. Tại BV Sông Mây, bác sĩ cho biết.",
            {"Bệnh viện Đa khoa Sông Mây": ["BV Sông Mây"]},
            id="a_general_hospital_is_the_hospital",
        ),
    ],
)
def test_the_units_of_a_report_and_their_aliases(sentence: str, expected: dict[str, list[str]]) -> None:
    """Every unit a report names, with the other ways it writes the same unit as aliases."""
    assert _orgs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Đội đã về đơn vị. TTXVN/Tin Tức",
            {"TTXVN", "Tin Tức"},
            id="a_byline_or_photo_credit_names_its_outlet_4",
        ),
        pytest.param(
            "Công an huyện Krông H’rai bắt anh Y Dam, trú xã Ea M'droh, theo Điều 134 Bộ Luật Hình sự.",
            {"Công an huyện Krông H’rai"},
            id="a_place_written_with_an_apostrophe_and_a_code_of_law",
        ),
        pytest.param(
            "Khách đến chi nhánh ngân hàng Vietcombank để rút tiền.",
            {"Ngân hàng Vietcombank"},
            id="a_branch_without_where_it_is_names_no_branch_1",
        ),
        pytest.param(
            "Tiền gửi ở các chi nhánh Agribank trên cả nước.",
            {"Agribank"},
            id="a_branch_without_where_it_is_names_no_branch_2",
        ),
        # A list of units after the comma names no owner.
        pytest.param(
            "Cơ quan Cảnh sát điều tra, Bộ Công an, Viện KSND tối cao cùng họp.",
            {"Bộ Công an", "Viện KSND tối cao"},
            id="an_investigation_agency_takes_its_owner_after_a_comma_or_a_dash_4",
        ),
    ],
)
def test_the_units_a_sentence_names_and_no_more(sentence: str, expected: set[str]) -> None:
    """Exactly these units, whatever their aliases: no other unit is read from the sentence."""
    assert set(_orgs(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ông Hà làm việc ở Ban Quản lý Khu Bảo tồn Thiên nhiên Sông Thanh.",
            "Ban Quản lý Khu Bảo tồn Thiên nhiên Sông Thanh",
        ),
        (
            "Bác sĩ Lý (Khoa Ngoại thần kinh, Bệnh viện Đa khoa tỉnh Gia Lai) cho biết.",
            "Khoa Ngoại thần kinh",
        ),
        ("Ông Tám, Chủ tịch Hội Nghề cá huyện Phù Mỹ, kiến nghị.", "Hội Nghề cá huyện Phù Mỹ"),
        ("Đơn thư được Ban Tiếp công dân tỉnh Phú Yên chuyển đi.", "Ban Tiếp công dân tỉnh Phú Yên"),
        ("Công nhân Xí nghiệp xây dựng Hưng Phát (Quảng Nam) đình công.", "Xí nghiệp xây dựng Hưng Phát"),
        ("Xe khách của nhà xe Thành Lợi lật xuống vực.", "Nhà xe Thành Lợi"),
    ],
)
def test_a_field_named_in_lower_case_after_its_first_word(sentence, name):
    assert name in _orgs(sentence)


def test_a_district_after_one_of_its_communes():
    places = _places("Vụ việc xảy ra ở thôn 3, xã Phong Phú, Tuy Phong vào chiều qua.")
    assert places.get("Tuy Phong") == "district"


def test_a_city_whose_name_begins_like_its_province():
    places = _places("Anh Lò Văn Sinh trú phường Him Lam, TP. Điện Biên Phủ, tỉnh Điện Biên.")
    assert places.get("Điện Biên Phủ") == "city" and "Điện Biên" in places


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Cần giữ ổn định đời sống người dân TP. Về công tác xử lý, ông Khoa yêu cầu.",
            id="a_sentence_after_a_bare_level_is_no_place_1",
        ),
        pytest.param(
            "Chị Nguyễn Thị Vinh, em gái anh Vinh, cho biết.",
            id="a_border_post_and_a_provincial_city_without_its_level_word_3",
        ),
        pytest.param("Hiện trường vụ cháy. Ảnh:H.L Hàng xóm dập lửa.", id="counter_case_of_levels_written_as_an_initial_4"),
    ],
)
def test_sentences_that_name_no_place(sentence: str) -> None:
    """A bare level word or a person named like a place names no place."""
    assert _places(sentence) == {}


def test_a_place_written_with_an_apostrophe_and_a_code_of_law():
    text = "Công an huyện Krông H’rai bắt anh Y Dam, trú xã Ea M'droh, theo Điều 134 Bộ Luật Hình sự."
    assert {"Krông H’rai", "Ea M'droh"} <= set(_places(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Anh ở TX.Bình Long.", {"Bình Long": "town"}, id="a_town_abbreviated_2"),
        pytest.param(
            "Sau đó, hắn bắt xe về Buôn Ma Thuột lẩn trốn.",
            {"Buôn Ma Thuột": "city"},
            id="a_border_post_and_a_provincial_city_without_its_level_word_2",
        ),
    ],
)
def test_the_places_of_a_sentence_and_their_level(sentence: str, expected: dict[str, str | None]) -> None:
    """Every place a sentence names, with its level, and no other."""
    assert _places(sentence) == expected


@pytest.mark.parametrize("brand", ["OceanBank", "TPBank", "VNCB", "Vinashin", "Vietlott"])
def test_banks_and_state_groups_known_by_their_brand_are_units(brand: str):
    assert _orgs(f"Ông Lò Văn Tú, nguyên Giám đốc {brand}, bị bắt.") == {brand: []}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ông Lò Văn Tú, Giám đốc HDBank – Chi nhánh Tân Lập, bị bắt.", "HDBank – Chi nhánh Tân Lập"),
        ("Ông Lò Văn Tú, Giám đốc Sacombank chi nhánh Q.8, bị bắt.", "Sacombank chi nhánh Q.8"),
        ("Khách đến Chi nhánh Agribank Mường Lay rút tiền.", "Chi nhánh Agribank Mường Lay"),
        ("Anh Tú là cán bộ Chi nhánh Công ty Sao Mai tỉnh Lam Sơn.", "Chi nhánh Công ty Sao Mai tỉnh Lam Sơn"),
    ],
)
def test_a_branch_named_by_where_it_is_is_a_unit(sentence: str, name: str):
    assert name in _orgs(sentence)


def test_the_ways_of_writing_one_branch_make_one_unit():
    orgs = _orgs(
        "Khách đến Chi nhánh Agribank Mường Lay rút tiền. Agribank – Chi nhánh Mường Lay đã báo công an. "
        "Chi nhánh Ngân hàng NN&PTNT huyện Tân Lập cũng vậy. Ngân hàng NN&PTNT huyện Tân Lập đã họp."
    )
    assert len(orgs) == 2


@pytest.mark.parametrize("code", ["MHX", "PVTan", "Vinacomex"])
def test_a_company_a_post_names_by_one_code_word_is_a_unit(code: str):
    assert _orgs(f"Bà Lò Thị Mai, nguyên Kế toán trưởng {code}, bị khởi tố.") == {code: []}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Công an tỉnh Lam Sơn thưởng cho Phòng cảnh sát hình sự và Công an huyện Mỹ Lộc.", "Phòng cảnh sát hình sự"),
        ("Minh đã đến Phòng cảnh sát hình sự đầu thú.", "Phòng cảnh sát hình sự"),
        ("Hãy báo tin cho Phòng cảnh sát kinh tế, hoặc gọi cho đồng chí Quý.", "Phòng cảnh sát kinh tế"),
    ],
)
def test_a_police_division_named_by_its_field_in_lower_case(sentence: str, name: str):
    assert name in _orgs(sentence)


def test_a_province_that_is_also_a_womans_name():
    report = "Tai nạn thảm khốc ở Gia Lai Chị Trần Thị Huế, cô của nạn nhân, kể lại. Chị Huế khóc."
    assert set(_places(report)) == {"Gia Lai"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Hạt Kiểm lâm huyện Quế Phong lập biên bản.", "Hạt Kiểm lâm huyện Quế Phong"),
        ("Trạm CSGT Tân Lộc phát hiện xe quá tải.", "Trạm CSGT Tân Lộc"),
        ("Quỹ tín dụng nhân dân xã Yên Lạc bị mất tiền.", "Quỹ tín dụng nhân dân xã Yên Lạc"),
        ("Văn phòng công chứng Hồng Phúc chứng thực hợp đồng.", "Văn phòng công chứng Hồng Phúc"),
        ("Trung tâm Y tế dự phòng tỉnh Phú Thọ lấy mẫu.", "Trung tâm Y tế dự phòng tỉnh Phú Thọ"),
        ("Cảng vụ Hàng hải Nghệ An cho biết tàu đã cập cảng.", "Cảng vụ Hàng hải Nghệ An"),
    ],
)
def test_stations_funds_notaries_and_port_authorities(sentence, name):
    assert name in _orgs(sentence)


def test_a_police_division_is_police_whatever_its_head():
    found = {
        o.name: o.kind
        for o in extract(
            "Tin\n\nPhòng Cảnh sát hình sự, Công an tỉnh Nam Định cùng Cục CSHS (Bộ Công an), Trung đoàn "
            "Cảnh sát cơ động và Phòng Kỹ thuật hình sự vào cuộc; Phòng Tài chính huyện Mỹ Lợi họp.",
            "t.txt",
        ).organizations
    }
    assert found["Phòng Cảnh sát hình sự"] == "police"
    assert found["Cục CSHS"] == "police"
    assert found["Trung đoàn Cảnh sát cơ động"] == "police"
    assert found["Phòng Kỹ thuật hình sự"] == "police"
    assert found["Phòng Tài chính huyện Mỹ Lợi"] == "government"


@pytest.mark.parametrize(
    ("sentence", "name", "aliases"),
    [
        pytest.param(
            (
                "Tin\n\nQua công tác trinh sát, phòng cảnh sát hình sự (PC45) phát hiện một tụ điểm. Phòng PC45 đã "
                "tạm giữ 4 người. Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Nam Định (PC47) cũng "
                "vào cuộc; sau đó phòng PC47 bàn giao hồ sơ. Lãnh đạo phòng Cảnh sát giao thông Công an tỉnh "
                "Nam Định cho biết thêm."
            ),
            "Phòng cảnh sát hình sự (PC45)",
            {"PC45", "Phòng PC45"},
            id="a_unit_code_in_brackets_is_an_alias_and_names_the_unit_later_1",
        ),
        pytest.param(
            (
                "Tin\n\nTrịnh Xuân Thành, nguyên Chủ tịch Tổng Công ty Xây lắp Dầu khí Việt Nam (PVX) bị truy nã. "
                "Tổng Công ty PVX bị thu hồi danh hiệu."
            ),
            "Tổng Công ty Xây lắp Dầu khí Việt Nam (PVX)",
            {"PVX", "Tổng Công ty PVX"},
            id="a_short_name_in_brackets_is_an_alias_and_names_the_unit_later",
        ),
    ],
)
def test_the_ways_of_writing_a_unit_are_all_its_aliases(sentence: str, name: str, aliases: set[str]) -> None:
    """Every other way the report writes the unit is among its aliases."""
    assert aliases <= set(_orgs(sentence)[name])


def test_a_unit_code_in_brackets_is_an_alias_and_names_the_unit_later():
    orgs = _orgs(
        "Tin\n\nQua công tác trinh sát, phòng cảnh sát hình sự (PC45) phát hiện một tụ điểm. Phòng PC45 đã "
        "tạm giữ 4 người. Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Nam Định (PC47) cũng "
        "vào cuộc; sau đó phòng PC47 bàn giao hồ sơ. Lãnh đạo phòng Cảnh sát giao thông Công an tỉnh "
        "Nam Định cho biết thêm."
    )
    pc47 = orgs["Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Nam Định"]
    assert "PC47" in pc47 and "phòng PC47" in pc47


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Phòng CSGT đường bộ - đường sắt, Công an TP Hà Nội phạt lái xe.",
            "Phòng CSGT đường bộ - đường sắt",
        ),
        ("Cục Quản lý Khám, chữa bệnh (Bộ Y tế) yêu cầu báo cáo.", "Cục Quản lý Khám, chữa bệnh"),
    ],
)
def test_a_second_field_after_a_dash_or_a_comma_stays_in_the_name(sentence: str, name: str):
    assert name in _orgs("Tin\n\n" + sentence)


def test_police_initials_that_hold_the_level_name_a_police_unit():
    facts = extract(
        "Tin\n\nLãnh đạo Công an TP.HCM thăm hỏi. Trung tướng Lê Văn Phúng, Giám đốc CATP, thay mặt CATP "
        "cảm ơn. CAQ Hoàng Mai phối hợp với CA tỉnh Hà Nam và Đội CSĐT tội phạm về ma túy - CAH An Dương. "
        "Theo Báo CATP, vụ việc nghiêm trọng.",
        "t.txt",
    )
    orgs = {o.name: o for o in facts.organizations}
    assert "CATP" in orgs["Công an TP.HCM"].aliases
    assert {"CAQ Hoàng Mai", "CA tỉnh Hà Nam", "CAH An Dương", "Báo CATP"} <= set(orgs)
    assert all(orgs[n].kind == "police" for n in ("CAQ Hoàng Mai", "CA tỉnh Hà Nam", "CAH An Dương"))
    assert orgs["Báo CATP"].part_of is None
    (director,) = [p for p in facts.persons if p.name == "Lê Văn Phúng"]
    assert [(q.title, q.organization) for q in director.positions] == [("Giám đốc", "CATP Hồ Chí Minh")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Nhà máy Thủy điện Sông Lô Hạ vận hành phát điện.", "Nhà máy Thủy điện Sông Lô Hạ"),
        (
            "Công ty TNHH Thương mại Xuất nhập khẩu Đông Gia Phúc cam kết thay máy.",
            "Công ty TNHH Thương mại Xuất nhập khẩu Đông Gia Phúc",
        ),
        ("Ủy ban ATGT Quốc gia Khuất Việt Hưng nói.", "Ủy ban ATGT Quốc gia"),
    ],
)
def test_a_company_named_by_trade_words_and_a_proper_name(sentence: str, name: str):
    assert name in _orgs("Tin\n\n" + sentence)


def test_a_team_of_a_police_division_is_police_and_a_field_of_care_stays_in_the_name():
    found = {
        o.name: o.kind
        for o in extract(
            "Tin\n\nLãnh đạo Cục Quản lý khám chữa bệnh Bộ Y tế có mặt. Đội 2 Phòng PC45 và Phòng CSĐTTP về "
            "ma túy vào cuộc.",
            "t.txt",
        ).organizations
    }
    assert found["Cục Quản lý khám chữa bệnh Bộ Y tế"] == "government"
    assert found["Đội 2 Phòng PC45"] == "police"
    assert found["Phòng CSĐTTP về ma túy"] == "police"


def test_a_full_name_after_a_lower_case_company_head_is_a_person():
    facts = extract(
        "Tin\n\nPhó Giám đốc công ty Phạm Văn Đạt cho biết. Công ty Hoàng Gia Phúc cam kết.", "t.txt"
    )
    assert {o.name for o in facts.organizations} == {"Công ty Hoàng Gia Phúc"}
    assert [p.name for p in facts.persons] == ["Phạm Văn Đạt"]


def test_a_division_written_before_a_comma_and_a_police_unit_is_part_of_it():
    facts = extract(
        "Tin\n\nÔng Nguyễn Xuân Hưng - Phó Trưởng phòng Cảnh sát truy nã tội phạm, Công an tỉnh Thái Nguyên "
        "cho biết. Đồn Biên phòng Cửa Ông, Đội đặc nhiệm Biên phòng tỉnh Quảng Ninh phối hợp.",
        "t.txt",
    )
    orgs = {o.name: o for o in facts.organizations}
    assert orgs["Phòng Cảnh sát truy nã tội phạm"].part_of == "Công an tỉnh Thái Nguyên"
    assert all(o.part_of is None for n, o in orgs.items() if n.startswith("Đồn"))


def test_a_company_name_that_opens_like_a_persons_is_the_companys_when_the_report_says_so():
    facts = extract(
        "Tin\n\nÔng Lê Hoàng Phúng, Giám đốc Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Gia Phát (TP.HCM), "
        "cam kết thay máy. Ông Phúng, Giám đốc Công ty Hoàng Gia Phát, có văn bản. Giám đốc Công ty TNHH Minh "
        "Long Nguyễn Văn Hải cho biết.",
        "t.txt",
    )
    orgs = {o.name: o.aliases for o in facts.organizations}
    assert "Công ty Hoàng Gia Phát" in orgs["Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Gia Phát"]
    people = {p.name: [(q.title, q.organization) for q in p.positions] for p in facts.persons}
    assert people == {
        "Lê Hoàng Phúng": [("Giám đốc", "Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Gia Phát")],
        "Nguyễn Văn Hải": [("Giám đốc", "Công ty TNHH Minh Long")],
    }


def test_a_second_place_after_va_is_a_second_unit_of_the_same_kind():
    orgs = _orgs(
        "Tin\n\nÔng Lợi đã bị Công an xã Phú Mỹ và Phú Thuận mời lên làm việc. Công an tỉnh Nam Định và Sở Y "
        "tế vào cuộc. UBND phường Minh Khai và Chủ cơ sở mầm non họp. Tập đoàn Công nghiệp Cao su Việt Nam, "
        "Tổng công ty Chè Việt Nam dự. Bệnh viện Đa khoa tư nhân Hùng Vương Thấy vậy đã báo."
    )
    assert not any(name.endswith("Chủ") for name in orgs)


def test_a_publishing_house_is_a_press_unit():
    found = {
        o.name: o.kind
        for o in extract("Tin\n\nSách do Nhà Xuất bản Giáo dục Việt Nam ấn hành.", "t.txt").organizations
    }
    assert found == {"Nhà Xuất bản Giáo dục Việt Nam": "press"}


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Tin\n\nXe đã bị tạm giữ. Lan Chi (Tổng hợp theo báo Sông Lam, KTĐT)", {"KTĐT"}),
        (
            "Tin\n\nXe đã bị tạm giữ. Lan Chi (tổng hợp theo báo Sông Lam, Đời sống mới, ANĐT)",
            {"Đời sống mới", "ANĐT"},
        ),
        ("Tin\n\nXe đã bị tạm giữ. Lan Chi (Theo báo Sông Lam, Pháp luật TP. HCM)", {"Pháp luật TP. HCM"}),
    ],
)
def test_a_source_line_lists_every_paper_it_cites(text: str, papers: set[str]) -> None:
    found = {o.name: o.kind for o in extract(text, "t.txt").organizations}
    assert "Báo Sông Lam" in found
    assert {name for name in papers if found.get(name) == "press"} == papers


def test_a_clause_after_a_cited_paper_lists_no_paper():
    text = "Tin\n\nTheo báo Sông Lam, Công an tỉnh Hòa Lạc cho biết."
    found = {o.name: o.kind for o in extract(text, "t.txt").organizations}
    assert found.get("Công an tỉnh Hòa Lạc") == "police"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mới đây, tờ Morning Star của Anh đã đăng lại vụ việc.", "Morning Star"),
        ("Ông Peter Hall, phóng viên tờ Daily Planet, cho biết.", "Daily Planet"),
        ("Chia sẻ với Pv báo Người Phố Núi, chủ quán cho biết.", "Báo Người Phố Núi"),
        ("Thông tin phản ánh của báo chí, trong đó có Báo Quân đội nhân dân.", "Báo Quân đội nhân dân"),
    ],
)
def test_a_paper_after_to_or_a_reporter_is_a_press_unit(sentence: str, name: str) -> None:
    found = {o.name: o.kind for o in extract("Tin\n\n" + sentence, "t.txt").organizations}
    assert found.get(name) == "press"


@pytest.mark.parametrize(
    "sentence",
    [
        "Đối tượng đưa cho anh một tờ Giấy chứng nhận giả.",
        "Anh ký vào tờ Biên bản vi phạm hành chính.",
        "Dương làm nhiều loại giấy tờ CMND, giấy phép lái xe.",
        "Anh viết lên tờ A4 rồi ký tên.",
        "Ông đưa ra hai tờ Giấy Chứng Nhận.",
        "Ông đưa tờ Lệnh bắt cho anh.",
    ],
)
def test_a_sheet_of_paper_is_no_press_unit(sentence: str) -> None:
    assert extract("Tin\n\n" + sentence, "t.txt").organizations == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tàu vi phạm thuộc Công ty Cổ phần xây dựng KHT, địa chỉ ở phường Tân Lập.", "Công ty Cổ phần xây dựng KHT"),
        ("Ngân hàng yêu cầu Công ty CP thanh toán điện tử VHS tăng cường phối hợp.", "Công ty CP thanh toán điện tử VHS"),
        ("Anh làm huấn luyện viên tại Trung tâm bóng đá HLF.", "Trung tâm bóng đá HLF"),
    ],
)
def test_a_described_companys_name_ends_at_its_brand(sentence: str, name: str) -> None:
    assert name in _orgs("Tin\n\n" + sentence)


def test_a_term_in_roman_numerals_ends_no_described_name():
    assert "Hội Tin học Lam Sơn" in _orgs("Tin\n\nÔng Tú là Phó Chủ tịch Hội Tin học Lam Sơn nhiệm kỳ II, III.")


def test_an_abbreviation_glued_to_more_ends_no_described_name():
    assert "Trung tâm phòng chống HIV" not in _orgs("Tin\n\nTrung tâm phòng chống HIV/AIDS cho biết số ca giảm.")


@pytest.mark.parametrize(
    "name",
    ["Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
)
def test_a_country_wide_body_written_with_the_nations_name_is_a_unit(name: str) -> None:
    assert name in _orgs(f"Tin\n\nÔng Lò Văn Tú, Chủ tịch {name}, đã dự họp.")


def test_a_country_wide_body_without_the_nations_name_stays_unread():
    assert _orgs("Tin\n\nHội Liên hiệp Phụ nữ đã họp.") == {}


def test_a_medical_centre_abbreviated_is_a_unit_with_its_place():
    orgs = _orgs("Tin\n\nAnh chở bệnh nhân từ TTYT huyện Mỹ Lộc lên tỉnh. Bác sĩ TTYT cho biết đã ổn.")
    assert list(orgs) == ["TTYT huyện Mỹ Lộc"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Theo báo Tri thức trực tuyến, anh Tú không thấy các con đâu.", "Báo Tri thức trực tuyến"),
        ("Trường đã nghỉ học, báo Đời sống plus đưa tin.", "Báo Đời sống plus"),
    ],
)
def test_a_paper_named_with_lower_case_words_keeps_them(sentence: str, name: str) -> None:
    assert name in _orgs("Tin\n\n" + sentence)


@pytest.mark.parametrize(
    ("line", "papers"),
    [
        ("(Theo Thời Mới)", {"Thời Mới"}),
        ("(Theo Phụ nữ Lam Sơn)", {"Phụ nữ Lam Sơn"}),
        ("(Theo CAND, Nhà Nông)", {"CAND", "Nhà Nông"}),
    ],
)
def test_a_closing_source_line_names_its_paper(line: str, papers: set[str]) -> None:
    found = {o.name: o.kind for o in extract("Tin\n\nXe đã bị tạm giữ. " + line, "t.txt").organizations}
    assert {name for name in papers if found.get(name) == "press"} == papers


@pytest.mark.parametrize("line", ["(Theo Luật Giao thông đường bộ)", "(Theo Điều 145 BLHS)", "(Theo Hà Nội)"])
def test_a_law_or_place_in_a_closing_source_line_is_no_paper(line: str) -> None:
    assert extract("Tin\n\nHành vi này bị phạt tù. " + line, "t.txt").organizations == []


@pytest.mark.parametrize(
    "name", ["Bệnh viện Đa khoa Trung tâm tỉnh Lam Sơn", "Bệnh viện đa khoa trung tâm tỉnh Lam Sơn"]
)
def test_a_central_general_hospital_is_one_unit(name: str) -> None:
    assert list(_orgs(f"Tin\n\nAnh Tú đang điều trị tại {name} trong tình trạng bỏng.")) == [name]


def test_a_brand_after_va_is_a_second_unit():
    orgs = _orgs("Tin\n\nTiền được gửi ở Ngân hàng TMCP Đầu tư và phát triển VN (BIDV) và VNCB. Sau đó, A bị bắt.")
    assert "VNCB" in orgs and not any(name.endswith("và VNCB") for name in orgs)


def test_a_branch_goes_on_its_banks_name_and_after_va_opens_a_second_unit():
    orgs = _orgs("Công ty Sao Mai và Chi nhánh Công ty Bình An bị xử phạt.")
    assert not any("và Chi nhánh" in name for name in orgs)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kẻ gian lấy trộm gạch chì tại Trung tâm Y học hạt nhân và xạ trị thuộc Bệnh viện Hòa Mỹ.",
            "Trung tâm Y học hạt nhân và xạ trị",
        ),
        (
            "Ông Lê Văn Tám, Phó Viện trưởng Viện Chiến lược và phát triển GTVT, cho biết.",
            "Viện Chiến lược và phát triển GTVT",
        ),
        (
            "UBND huyện đề nghị Cảng vụ Đường thủy nội địa Quảng Ninh từ chối cấp phép.",
            "Cảng vụ Đường thủy nội địa Quảng Ninh",
        ),
    ],
)
def test_a_name_capitalised_on_its_first_field_runs_on_in_lower_case_to_what_ends_it(sentence, name):
    assert name in _orgs(sentence)


def test_a_verb_after_a_name_capitalised_on_its_first_field_is_not_part_of_it():
    orgs = _orgs("Bộ Y tế cảnh báo người dân Hà Nội. Sở Y tế tăng cường kiểm tra thực phẩm tỉnh Nam Định.")
    assert not any("cảnh báo" in name or "kiểm tra" in name for name in orgs)


def test_a_police_sub_unit_takes_its_owner_after_a_comma_unless_a_list_goes_on():
    orgs = _orgs("Bị can bị tạm giam tại trại tạm giam, Công an tỉnh Phú Lâm.")
    assert any(name.lower() == "trại tạm giam, công an tỉnh phú lâm" for name in orgs)
    listed = _orgs("Phòng PC45, Công an huyện Yên Lạc, Công an huyện Bình Xuyên cùng phối hợp.")
    assert not any("Phòng PC45," in name for name in listed)


def test_fields_listed_with_a_comma_and_a_dash_stay_in_the_name():
    orgs = _orgs("Phòng Tổ chức, Công an tỉnh Hà Lâm - Sở Y tế cùng họp.")
    assert not any("Công an tỉnh Hà Lâm -" in name for name in orgs)


def test_a_sentence_run_on_after_the_peoples_police_is_not_its_name():
    orgs = _orgs("Tin\n\nCán bộ Công an nhân dân Liên quan đến vụ việc, Ngân hàng Nhà nước đã có văn bản.")
    assert not any("Liên quan" in name for name in orgs)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tên trộm đột nhập tiệm vàng Kim Hoa ở chợ Hòa Lâm.", {"Tiệm vàng Kim Hoa"}),
        ("Công an ập vào tiệm game bắn cá Lan Hòa Mỹ trên đường số 5.", {"Tiệm game bắn cá Lan Hòa Mỹ"}),
        ("Nó cướp tiệm vàng Hà - Tâm Lộc rồi bỏ chạy.", {"Tiệm vàng Hà - Tâm Lộc"}),
        # Where or whose the shop is, or an initial, names no shop.
        ("Nó cướp một tiệm vàng ở Hà Nam.", set()),
        ("Nó cướp tiệm vàng H. ở xã Y.", set()),
        ("Vào tiệm thì gặp Lò Văn Khiêm.", set()),
    ],
)
def test_a_shop_named_after_its_trade(sentence: str, expected: set[str]):
    assert set(_orgs(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hai cô giáo của nhóm lớp mầm non Hoa Mai bị đình chỉ.", {"Nhóm lớp mầm non Hoa Mai"}),
        ("Trẻ được chuyển khỏi cơ sở MN tư thục Cầu Vồng ở phường Tân Định.", {"Cơ sở MN tư thục Cầu Vồng"}),
        ("Bà Lò Thị Mai mở nhóm trẻ Bé Ngoan tại nhà riêng.", {"Nhóm trẻ Bé Ngoan"}),
        # A site of a company or a school class names no kindergarten; nor does a place or an initial.
        ("Công ty có cơ sở Hà Nội và cơ sở Đà Nẵng.", set()),
        ("Cô Mai dạy lớp Anh văn buổi tối.", set()),
        ("Cháu học ở một cơ sở mầm non ở Hà Nam.", set()),
        ("Cháu học ở cơ sở mầm non H. trong ngõ.", set()),
    ],
)
def test_a_kindergarten_named_after_what_it_is(sentence: str, expected: set[str]):
    assert set(_orgs(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cục Quản lý cạnh tranh, Vụ Pháp chế cùng kiểm tra hồ sơ.",
            {"Cục Quản lý cạnh tranh", "Vụ Pháp chế"},
        ),
        ("Theo Vụ Khai thác thủy sản, đã có 30 tàu hư hỏng.", {"Vụ Khai thác thủy sản"}),
        ("Theo Vụ II, hồ sơ đã đủ.", {"Vụ II"}),
        # A sentence that opens with 'Vụ' tells of a case; 'Vụ Thanh Lâm' is a person.
        ("Vụ Cô giáo bị đánh gây xôn xao dư luận.", set()),
        ("Chủ tọa Vụ Thanh Lâm đã tuyên án.", set()),
    ],
)
def test_a_ministry_department_inside_a_sentence(sentence: str, expected: set[str]):
    assert set(_orgs(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A field a capitalised syllable opens is no new sentence.
        (
            "Ông Đặng Văn Khởi, Phó Chủ tịch Hội Cơ khí Tàu thủy Bình Sơn, cho biết.",
            "Hội Cơ khí Tàu thủy Bình Sơn",
        ),
        (
            "Chị Lò Thị Mây, công nhân Xí nghiệp Môi trường Đô thị số 5, cho biết.",
            "Xí nghiệp Môi trường Đô thị số 5",
        ),
        ("Sinh viên Trường Đại học Kinh tế Quốc dân đã tham gia.", "Trường Đại học Kinh tế Quốc dân"),
        # 'Tổng Cty' is a corporation's head, as 'Tổng công ty' is.
        ("Dự án do Tổng Cty Sông Ngân làm chủ đầu tư.", "Tổng Cty Sông Ngân"),
        # The region a unit serves is part of its name.
        ("Hiện Cảng vụ Hàng không miền Trung đã vào cuộc.", "Cảng vụ Hàng không miền Trung"),
        (
            "Anh Lê Văn Khởi (Đội Cảnh sát giao thông phía Nam) bị thương nhẹ.",
            "Đội Cảnh sát giao thông phía Nam",
        ),
    ],
)
def test_unit_names_run_to_their_end(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "spurious"),
    [
        ("Anh Khởi làm bảo vệ tại vũ trường Sao Ngân trên đường Hoa Mai.", "Trường Sao Ngân"),
        ("Ông Khởi sang Tây Ban Nha làm việc năm 2001.", "Ban Nha"),
        (
            "Tại Trường ĐH Kinh tế quốc dân, PGS-TS Lê Văn Khởi cho biết.",
            "Trường ĐH Kinh tế quốc dân, PGS-TS",
        ),
    ],
)
def test_a_head_inside_another_word_is_no_unit(sentence: str, spurious: str) -> None:
    assert spurious not in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Đội Kiểm soát phòng, chống ma túy vừa phá chuyên án.", "Đội Kiểm soát phòng, chống ma túy"),
        ("Trước đó, Đội Điều tra chống buôn lậu đã bắt giữ lô hàng.", "Đội Điều tra chống buôn lậu"),
    ],
)
def test_a_field_in_lower_case_after_a_capitalised_one(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Bà Lò Thị Mây, kế toán Công ty CP đầu tư và xây dựng Sao Ngân, bị bắt.",
            "Công ty CP đầu tư và xây dựng Sao Ngân",
        ),
        ("Ông Lê Văn Khởi, Phó Trưởng phòng Phòng Khoáng sản, bị kỷ luật.", "Phòng Khoáng sản"),
        ("Ông Lê Văn Khởi, Trưởng phòng Tài nguyên nước, bị kỷ luật.", "Phòng Tài nguyên nước"),
    ],
)
def test_company_fields_and_post_words_before_a_unit(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Lực lượng biên phòng phối hợp với Chi cục Hải Quan Bến Ngự bắt giữ đối tượng.",
            "Chi cục Hải Quan Bến Ngự",
        ),
        (
            "Bằng khen của Đảng ủy Khối các cơ quan Trung ương được trao hôm qua.",
            "Đảng ủy Khối các cơ quan Trung ương",
        ),
        ("Sau khi xem clip, Phòng CSGT đường bộ, đường sắt đã vào cuộc.", "Phòng CSGT đường bộ, đường sắt"),
    ],
)
def test_names_that_go_on_past_a_family_name_a_bloc_or_a_pair(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Tối qua, Quận ủy, HĐND, UBND, Ủy ban MTTQ quận Tân Lạc đã gặp mặt tân binh.",
            ["Quận ủy Tân Lạc", "HĐND quận Tân Lạc", "UBND quận Tân Lạc", "Ủy ban MTTQ quận Tân Lạc"],
        ),
        ("Sáng nay, HĐND và UBND tỉnh Phú Lâm tổ chức hội nghị.", ["HĐND tỉnh Phú Lâm", "UBND tỉnh Phú Lâm"]),
        ("Đảng ủy, UBND xã Đồng Sơn đã kiểm điểm ông Khởi.", ["Đảng ủy xã Đồng Sơn", "UBND xã Đồng Sơn"]),
    ],
)
def test_coordinated_heads_share_the_level_and_place(sentence: str, names: list[str]) -> None:
    found = _orgs(sentence)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Chị Vân đã nộp đơn cho PC 45 Công an TP Lam Sơn.", "PC 45 Công an TP Lam Sơn"),
        ("Vụ việc do PC45 thụ lý.", "PC45"),
        ("C46 Bộ Công an đã ra quyết định truy nã.", "C46 Bộ Công an"),
        ("CA Kon Tum đã tạm giữ ông Khởi.", "CA Kon Tum"),
    ],
)
def test_police_units_named_by_their_code_or_initials(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Theo ANTĐ, ông Khởi đã bị bắt.", "ANTĐ"),
        ("Theo NLĐ, ông Khởi đã bị bắt.", "NLĐ"),
        ("Trao đổi với phóng viên Pháp luật Plus, ông Khởi xác nhận.", "Pháp luật Plus"),
        ("Cơ quan công an đã đề nghị Interpol phát lệnh truy nã.", "Interpol"),
        ("Lễ hội đã được UNESCO công nhận.", "UNESCO"),
    ],
)
def test_outlets_and_foreign_bodies_named_alone(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ban Quản lý rừng phòng hộ Sông Mây đã lập biên bản.", "Ban Quản lý rừng phòng hộ Sông Mây"),
        ("Ban Quản lý rừng đặc dụng Mường Lay đã lập biên bản.", "Ban Quản lý rừng đặc dụng Mường Lay"),
        ("BQL rừng phòng hộ Sông Mây đã lập biên bản.", "BQL rừng phòng hộ Sông Mây"),
    ],
)
def test_a_field_in_lower_case_up_to_the_proper_name(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ông Khởi điều trị tại BV Sông Mây  Ông Khởi cho biết.", "BV Sông Mây"),  # a caption runs on
        ("Viện Huyết học & Truyền máu Trung ương đã tiếp nhận.", "Viện Huyết học & Truyền máu Trung ương"),
        ("Xí nghiệp đóng tàu Sông Mây đã bàn giao 5 tàu.", "Xí nghiệp đóng tàu Sông Mây"),
        ("Cty TNHH Sao Ngân đóng tàu cho ngư dân.", "Cty TNHH Sao Ngân"),
        ("Lê Văn Khởi/VOV-Trung tâm Tin", "VOV"),
    ],
)
def test_where_names_end(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Sáng nay, Phòng quản lý xuất nhập cảnh (PA72 – Công an tỉnh Lam Sơn) đã thông báo.",
            "Phòng quản lý xuất nhập cảnh",
        ),
        (
            "Bà Hoa là cán bộ Trung tâm phòng chống sốt rét ký sinh trùng và côn trùng tỉnh Lam Sơn.",
            "Trung tâm phòng chống sốt rét ký sinh trùng và côn trùng tỉnh Lam Sơn",
        ),
        ("Xe do Trung tâm đăng kiểm xe cơ giới 29-01D kiểm định.", "Trung tâm đăng kiểm xe cơ giới 29-01D"),
        (
            "Xe do Trung tâm đăng kiểm xe cơ giới 9901S – Bắc Ninh kiểm định lại.",
            "Trung tâm đăng kiểm xe cơ giới 9901S – Bắc Ninh",
        ),
    ],
)
def test_lower_case_names_pinned_by_an_owner_a_place_or_a_code(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Bác sĩ tại Bệnh viện Sông Mây - Ảnh cắt từ clip. Chiều qua, Bệnh viện đa khoa Sông Mây cho biết.",
            ["Bệnh viện Sông Mây"],
            id="a_photo_credit_after_a_dash_and_a_code_named_later_with_its_head_1",
        ),
        pytest.param(
            "Công an quận Tân Mỹ đã bắt giữ ông Khởi. Vụ việc đang được Công an Q. Tân Mỹ xử lý.",
            ["Công an quận Tân Mỹ"],
            id="a_level_initial_with_a_space_is_the_level",
        ),
        # its province
        pytest.param(
            "UBND huyện Tân Sơn, Phú Thọ cho biết.",
            ["UBND huyện Tân Sơn"],
            id="a_second_district_after_a_comma_2",
        ),
        pytest.param(
            "Bộ Công an, Công an tỉnh Lam Sơn đã họp.",
            ["Bộ Công an", "Công an tỉnh Lam Sơn"],
            id="a_list_after_a_ministry_stops_at_another_unit",
        ),
        pytest.param(
            "TANDTC đã xét xử. Sau đó TAND tối cao cho biết.",
            ["TANDTC"],
            id="the_supreme_court_and_procuracy_by_initials_1",
        ),
        pytest.param(
            "Báo cáo của Sở Y tế về an toàn thực phẩm đã gửi.", ["Sở Y tế"], id="what_stays_out_of_a_name_1"
        ),
    ],
)
def test_the_one_unit_a_sentence_names(sentence: str, expected: list[str]) -> None:
    """The units read, in order, are exactly these: a longer reading would be wrong."""
    assert list(_orgs(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Công ty Sao Ngân kiện ra Tòa Kinh tế TAND tỉnh Lam Sơn.", "Tòa Kinh tế TAND tỉnh Lam Sơn"),
        ("Tòa hình sự TAND tối cao đã xét xử.", "Tòa hình sự TAND tối cao"),
        (
            "Anh Khởi làm tại Ban quản lý dự án Nhiệt điện Sông Mây 3.",
            "Ban quản lý dự án Nhiệt điện Sông Mây 3",
        ),
    ],
)
def test_a_courts_division_and_a_plant_named_in_a_board(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Trạm Kiểm soát liên hợp Cửa khẩu Lam Sơn đã phát hiện lô hàng.",
            "Trạm Kiểm soát liên hợp Cửa khẩu Lam Sơn",
        ),
        ("Trạm Thú y huyện Tân Sơn cho biết dịch đã được khống chế.", "Trạm Thú y huyện Tân Sơn"),
        ("Trạm Tuần tra kiểm soát số 3 đã bắt giữ xe quá tải.", "Trạm Tuần tra kiểm soát số 3"),
        ("Phân hiệu Trường Đại học Lâm Sơn tuyển sinh.", "Phân hiệu Trường Đại học Lâm Sơn"),
        ("Đại sứ quán Việt Nam tại Lào đã bảo hộ công dân.", "Đại sứ quán Việt Nam tại Lào"),
        ("Tổng lãnh sự quán Việt Nam tại Quảng Châu cho biết.", "Tổng lãnh sự quán Việt Nam tại Quảng Châu"),
    ],
)
def test_checkpoints_campuses_and_missions(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Tổ tuần tra của Đội CSGT - trật tự và cơ động Công an huyện Long Mỹ phát hiện.",
            "Đội CSGT - trật tự và cơ động Công an huyện Long Mỹ",
        ),
        ("Gỗ lậu trong khu vực Đồn Biên phòng Tuy Đức bị phát hiện.", "Đồn Biên phòng Tuy Đức"),
        (
            "Sở đã kiểm điểm Đội Kiểm lâm cơ động số 2 và kiểm lâm địa bàn xã Quảng Mỹ.",
            "Đội Kiểm lâm cơ động số 2",
        ),
        (
            "Bà Như đại diện Công ty CP Đầu tư Phát triển Miền Nam - Khách sạn Sao Mai.",
            "Công ty CP Đầu tư Phát triển Miền Nam - Khách sạn Sao Mai",
        ),
        ("Theo Công an TP Phan Rang - Tháp Chàm, anh Đê đã tử vong.", "Công an TP Phan Rang - Tháp Chàm"),
        (
            "Cục Phòng chống ma túy và tội phạm - Bộ Tư lệnh Bộ đội Biên phòng phối hợp.",
            "Bộ Tư lệnh Bộ đội Biên phòng",
        ),
    ],
)
def test_names_read_to_their_end(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Có 5 bộ (gồm Bộ Kế hoạch và Đầu tư, Công an, Quốc phòng, Tài nguyên và Môi trường) đã ban hành.",
            ["Bộ Kế hoạch và Đầu tư", "Bộ Công an", "Bộ Quốc phòng", "Bộ Tài nguyên và Môi trường"],
        ),
        (
            "Cuộc họp có Bộ trưởng các Bộ: Quốc phòng, GTVT, Xây dựng.",
            ["Bộ Quốc phòng", "Bộ GTVT", "Bộ Xây dựng"],
        ),
        ("Bộ Y tế, Tài chính và Công an đã họp.", ["Bộ Y tế", "Bộ Tài chính", "Bộ Công an"]),
    ],
)
def test_ministries_listed_by_their_fields(sentence: str, names: list[str]) -> None:
    found = _orgs(sentence)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Vụ việc được Cục C74 - Bộ công an phát hiện.", "Bộ công an"),
        ("Bộ tài chính hướng dẫn cách tính thuế.", "Bộ tài chính"),
        (
            "Phòng cảnh sát điều tra tội phạm về quản lý kinh tế và chức vụ (PC46) - Công an tỉnh Lam Sơn phát hiện.",
            "Phòng cảnh sát điều tra tội phạm về quản lý kinh tế và chức vụ (PC46) - Công an tỉnh Lam Sơn",
        ),
        ("Nạn nhân là sinh viên ĐHQG TP.HCM.", "ĐHQG TP.HCM"),
        ("(Ảnh: Lê Văn Khởi/Vietnam+) Ngày 14/6, hai đối tượng bị bắt.", "Vietnam+"),
        ("Vụ việc xảy ra chiều qua, theo Trí Thức Trẻ.", "Trí Thức Trẻ"),
    ],
)
def test_lower_case_ministries_crime_fields_and_more_outlets(sentence: str, name: str) -> None:
    assert name in _orgs(sentence)


def test_words_that_open_no_unit_are_skipped_at_once() -> None:
    from graph.extract.context import Context
    from graph.extract.organizations import _opens_no_unit, _unit_openers
    from graph.extract.tokens import tokenize

    ctx = Context("x")
    openers = _unit_openers(ctx)
    assert openers >= ctx.lex.heads.first_words | ctx.lex.heads_loose.first_words | {"tiệm"}
    assert all(ctx.lex.heads.starts(w) for w in ctx.lex.heads.first_words)
    tokens = tokenize("anh ghé tiệm vàng ở phòng khám , xem zing . vn và Sở")
    skipped = {t.text for i, t in enumerate(tokens) if _opens_no_unit(tokens, i, openers)}
    assert {"anh", "ghé", "vàng", "ở", ",", "xem", "."} <= skipped
    assert not {"tiệm", "phòng", "zing", "Sở"} & skipped


def _units(text: str) -> dict[str, tuple[list[str], str | None]]:
    return {o.name: (o.aliases, o.part_of) for o in extract(f"Tin\n\n{text}", "t.txt").organizations}


@pytest.mark.parametrize(
    ("sentence", "name", "code", "owner"),
    [
        ("Cục Cảnh sát hình sự (C45, Bộ Công an) cho biết đã bắt Lò Văn Tú.", "Cục Cảnh sát hình sự", "C45",
         "Bộ Công an"),
        ("Phòng Cảnh sát môi trường (PC49 – Công an tỉnh Lam Sơn) đã bắt 2 xe.", "Phòng Cảnh sát môi trường",
         "PC49", "Công an tỉnh Lam Sơn"),
    ],
)
def test_a_code_and_its_owner_in_one_bracket_are_the_units_alias_and_owner(
    sentence: str, name: str, code: str, owner: str
) -> None:
    aliases, part_of = _units(sentence)[name]
    assert code in aliases and part_of == owner


def test_a_code_before_a_place_in_one_bracket_is_the_units_alias() -> None:
    assert "PC45" in _units("Lãnh đạo Phòng Cảnh sát hình sự (PC45, tỉnh Lam Sơn) cho biết.")["Phòng Cảnh sát hình sự"][0]


def test_a_ministrys_department_named_by_its_code_alone_is_a_unit() -> None:
    units = _units("Hồ sơ được chuyển sang C46, Bộ Công an. Sau đó C45 đang phối hợp; một cán bộ C49 cho biết.")
    assert units["C46"][1] == "Bộ Công an"
    assert "C45" in units and "C49" in units  # (and one is no initial of the other's words: two units)
    # Once the report names the department with its code, the code alone is that department.
    units = _units("Cục Cảnh sát hình sự (C45, Bộ Công an) vào cuộc. C45 đang phối hợp với Công an tỉnh Lam Sơn.")
    assert "C45" not in units and "C45" in units["Cục Cảnh sát hình sự"][0]


def test_a_code_of_an_exam_group_or_a_documents_number_is_no_unit() -> None:
    assert "C03" not in _units("Tổ hợp C03 gồm các môn Ngữ văn, Toán, Lịch sử.")
    units = _units("Cơ quan Cảnh sát điều tra, Bộ Công an đã ra Quyết định số 51/C46 khởi tố vụ án.")
    assert "C46" not in units


def test_a_head_that_ends_the_text_is_read_without_running_past_it() -> None:
    # (found by the fuzz test: the presidium's reader looked for the body it heads past the last word)
    assert [o.name for o in extract("ĐOÀN CHỦ TỊCH", "t.txt").organizations] == ["ĐOÀN CHỦ TỊCH"]


def _referred(text: str) -> list[tuple[str, str]]:
    """Return each unit named again by its kind: (the words, the unit they refer to)."""
    facts = extract(text, "t.txt")
    names = [(s.start, s.end, o.name) for o in facts.organizations for s in o.mentions]
    names += [(s.start, s.end, None) for p in [*facts.places, *facts.persons] for s in p.mentions]
    return [(text[start:end], unit) for start, end, unit in units_referred(Context(text), names)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cục Quản lý thị trường tỉnh Hòa Bình đã kiểm tra 20 cửa hàng. Cục này cho biết sẽ tăng cường kiểm soát.",
            [("Cục này", "Cục Quản lý thị trường tỉnh Hòa Bình")],
            id="kind_and_this",
        ),
        pytest.param(
            "Công ty Hải Long đã nhận đơn. Phía Công ty cam kết bồi thường cho các chủ tàu.",
            [("Công ty", "Công ty Hải Long")],
            id="side_of_the_kind",
        ),
        pytest.param(
            "Bộ Xây dựng đã họp với các tỉnh. Sắp tới, Bộ sẽ ban hành hướng dẫn.",
            [("Bộ", "Bộ Xây dựng")],
            id="kind_alone_capitalised",
        ),
        pytest.param(
            "Công ty Hải Long bán thực phẩm bẩn. Sở Y tế tỉnh Hòa Bình yêu cầu công ty này thu hồi sản phẩm.",
            [("công ty này", "Công ty Hải Long")],
            id="kind_in_lower_case_and_this",
        ),
        # the last unit of the kind named before; what the unit then does is no concern of the reference
        pytest.param(
            "Công ty Hải Long và Công ty Minh Phát bị xử phạt. Công ty này ký hợp đồng với người không đủ điều kiện.",
            [("Công ty này", "Công ty Minh Phát")],
            id="last_of_the_kind",
        ),
        pytest.param(
            "Trường Mầm non Hoa Ban đã nghỉ học. Chiều qua, Trường sẽ đón học sinh.",
            [("Trường", "Trường Mầm non Hoa Ban")],
            id="school_alone",
        ),
        # a kind inside the kind read refers to nothing more
        pytest.param(
            "Chi cục Kiểm lâm Hoa Ban và Cục Kiểm lâm đã họp. Chi cục này sẽ kiểm tra.",
            [("Chi cục này", "Chi cục Kiểm lâm Hoa Ban")],
            id="kind_inside_a_kind",
        ),
    ],
)
def test_a_unit_named_again_by_its_kind_refers_to_the_last_unit_of_that_kind(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _referred(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title
        "Bộ Y tế đã họp. Ông Tám đề nghị Bộ trưởng Bộ Công an chỉ đạo điều tra.",
        "Chi cục Kiểm lâm Hoa Ban đã họp. Ông Lò Văn Tám (45 tuổi, Chi cục phó) bị bắt.",
        # any unit of the kind
        "Sở Y tế đã họp. Sau đó, các Sở sẽ kiểm tra lại.",
        "Ngân hàng Hoa Ban đã cho vay. Ngân hàng sẽ chuyển sang cho vay tiêu dùng.",
        # a room, a person's name
        "Phòng Cảnh sát hình sự đã họp. Trong phòng này có năm người.",
        "Trường Mầm non Hoa Ban đã nghỉ học. Chiều qua, anh Trường cho biết sẽ đến.",
        # no unit of the kind named before
        "Sở sẽ kiểm tra lại. Sở Y tế đã họp.",
        # a set of units of the kind: counted, or listed with other bodies
        "Công ty Hải Long và Công ty Minh Phát bị xử phạt. Các công ty này phải bồi thường cho ngư dân.",
        "Công ty Hải Long và Công ty Minh Phát bị xử phạt. Ngư dân đã nhận tiền của 2 Công ty này.",
        "Bộ Xây dựng đã họp. Sau đó, khối Bộ, ngành sẽ tăng thêm 20 đơn vị.",
        "Bộ Xây dựng đã họp. Sau đó, Bộ, ngành sẽ góp ý dự thảo.",
        # the kind begins another word: a code of law, a case, prevention
        "Bộ Công an đã họp. Hành vi này bị xử lý theo Bộ luật Hình sự.",
        "Trường Mầm non Hoa Ban đã họp. Trường hợp vi phạm sẽ bị xử lý.",
        "Phòng Cảnh sát hình sự đã họp. Sau đó, Phòng chống ma túy sẽ kiểm tra.",
    ],
)
def test_a_kind_that_refers_to_no_unit_named_before(text: str) -> None:
    assert _referred(text) == []
