"""Persons and their posts on invented sentences written the way real reports write them."""

from __future__ import annotations

import pytest

from graph.extract import extract

HEAD = "Tin tổng hợp 10/03/2025 09:00\n\n"


def _people(body: str) -> dict:
    return {p.name: p for p in extract(HEAD + body, "x.txt").persons}


def _posts(person) -> list[tuple[str, str | None]]:
    return [(p.title, p.organization) for p in person.positions]


@pytest.mark.parametrize(
    ("body", "name", "posts"),
    [
        pytest.param(
            "Dự hội nghị có ông Lương Văn Khải, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy "
            "Quảng Trị; ông Đinh Hữu Lộc, Thứ trưởng Bộ Xây dựng.",
            "Lương Văn Khải",
            [
                ("Ủy viên", "Trung ương Đảng"),
                ("Phó Bí thư Thường trực", "Tỉnh ủy Quảng Trị"),
            ],
            id="a_stacked_chain_after_a_name_is_one_post_each_1",
        ),
        pytest.param(
            "Dự hội nghị có ông Lương Văn Khải, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy "
            "Quảng Trị; ông Đinh Hữu Lộc, Thứ trưởng Bộ Xây dựng.",
            "Đinh Hữu Lộc",
            [("Thứ trưởng", "Bộ Xây dựng")],
            id="a_stacked_chain_after_a_name_is_one_post_each_2",
        ),
        pytest.param(
            "Ông Hà Minh Tâm, Phó Giám đốc Bệnh viện Đa khoa huyện Yên Lạc cho biết bệnh nhân đã ổn định. "
            "Thượng tá Kiều Văn Nghĩa – Trưởng phòng CSGT - Công an tỉnh Sơn La phát biểu.",
            "Hà Minh Tâm",
            [("Phó Giám đốc", "Bệnh viện Đa khoa huyện Yên Lạc")],
            id="a_post_names_its_unit_as_written_even_beyond_the_unit_gazetteer_1",
        ),
        pytest.param(
            "Ông Hà Minh Tâm, Phó Giám đốc Bệnh viện Đa khoa huyện Yên Lạc cho biết bệnh nhân đã ổn định. "
            "Thượng tá Kiều Văn Nghĩa – Trưởng phòng CSGT - Công an tỉnh Sơn La phát biểu.",
            "Kiều Văn Nghĩa",
            [("Trưởng phòng", "Phòng CSGT - Công an tỉnh Sơn La")],
            id="a_post_names_its_unit_as_written_even_beyond_the_unit_gazetteer_3",
        ),
        pytest.param(
            "Bà Lâm Thị Hạnh, Thẩm phán cao cấp, Phó Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng dự họp.",
            "Lâm Thị Hạnh",
            [
                ("Thẩm phán cao cấp", "Tòa án nhân dân cấp cao tại Đà Nẵng"),
                ("Phó Chánh án", "Tòa án nhân dân cấp cao tại Đà Nẵng"),
            ],
            id="a_role_without_its_unit_shares_the_next_posts_unit",
        ),
        pytest.param(
            "Chủ tịch nước Hoàng Văn Đạt và Thủ tướng Trịnh Văn Kiên dự lễ.",
            "Hoàng Văn Đạt",
            [("Chủ tịch nước", None)],
            id="posts_of_the_state_and_the_government_1",
        ),
        pytest.param(
            "Chủ tịch nước Hoàng Văn Đạt và Thủ tướng Trịnh Văn Kiên dự lễ.",
            "Trịnh Văn Kiên",
            [("Thủ tướng", "Chính phủ")],
            id="posts_of_the_state_and_the_government_2",
        ),
        pytest.param(
            "Ông Lâm Văn Tú, Hiệu trưởng Trường Đại học Y Dược Cần Thơ cho biết như vậy. Bà Mai Thị Lan, Chủ "
            "tịch Hội Đông Y tỉnh Bến Tre dự họp. Anh Y Bhin Niê (30 tuổi) bị bắt.",
            "Lâm Văn Tú",
            [("Hiệu trưởng", "Trường Đại học Y Dược Cần Thơ")],
            id="medicine_in_a_units_name_opens_no_name_1",
        ),
        pytest.param(
            "Ông Lâm Văn Tú, Hiệu trưởng Trường Đại học Y Dược Cần Thơ cho biết như vậy. Bà Mai Thị Lan, Chủ "
            "tịch Hội Đông Y tỉnh Bến Tre dự họp. Anh Y Bhin Niê (30 tuổi) bị bắt.",
            "Mai Thị Lan",
            [("Chủ tịch", "Hội Đông Y tỉnh Bến Tre")],
            id="medicine_in_a_units_name_opens_no_name_2",
        ),
        pytest.param(
            "Quyền Chánh Thanh tra Bộ Nội vụ Mạc Văn Dũng nói. Cục trưởng Cục Quản lý thị trường "
            "(Bộ Công Thương) Đàm Quang Hiếu cho biết thêm.",
            "Mạc Văn Dũng",
            [("Quyền Chánh Thanh tra", "Bộ Nội vụ")],
            id="acting_heads_keep_the_word_and_asides_do_not_break_the_post_1",
        ),
        pytest.param(
            "Quyền Chánh Thanh tra Bộ Nội vụ Mạc Văn Dũng nói. Cục trưởng Cục Quản lý thị trường "
            "(Bộ Công Thương) Đàm Quang Hiếu cho biết thêm.",
            "Đàm Quang Hiếu",
            [("Cục trưởng", "Cục Quản lý thị trường")],
            id="acting_heads_keep_the_word_and_asides_do_not_break_the_post_2",
        ),
        pytest.param(
            "Cựu Bí thư Đảng ủy xã Tân Mỹ Phan Hữu Lộc bị bắt. Chủ tịch xã Phú Lâm Đặng Văn Kỳ dự họp.",
            "Đặng Văn Kỳ",
            [("Chủ tịch", "UBND xã Phú Lâm")],
            id="a_commune_name_before_a_name_is_not_part_of_it_3",
        ),
        pytest.param(
            "Bộ trưởng Y tế Ninh Thị Hoa dự họp. Thủ tướng Nga Pyotr Ivanov cũng có mặt.",
            "Ninh Thị Hoa",
            [("Bộ trưởng", "Bộ Y tế")],
            id="a_ministers_title_without_the_ministry_word_and_a_foreign_leader_1",
        ),
        pytest.param(
            "Ông Lạc Văn Đông - Chủ tịch kiêm Tổng Giám đốc Công ty TNHH Cấp nước Hòa Sơn phát biểu. "
            "Ông Quan Văn Tú, nguyên Tổng Giám đốc PVTam, bị truy nã.",
            "Lạc Văn Đông",
            [
                ("Chủ tịch", "Công ty TNHH Cấp nước Hòa Sơn"),
                ("Tổng Giám đốc", "Công ty TNHH Cấp nước Hòa Sơn"),
            ],
            id="a_bare_role_joined_by_kiem_and_a_brand_as_the_unit_1",
        ),
        pytest.param(
            "Ông Mã Văn Tín là Chủ tịch Ủy ban Kiểm toán của ngân hàng. Ngoài ra, ông Tín còn đảm nhiệm nhiều "
            "chức vụ tại các tổ chức khác như: Phó Chủ tịch Hội Tin học Hải Phòng nhiệm kỳ II, III; Ủy viên "
            "Hiệp hội Ngân hàng Việt Nam.",
            "Mã Văn Tín",
            [
                ("Chủ tịch", "Ủy ban Kiểm toán"),
                ("Phó Chủ tịch", "Hội Tin học Hải Phòng"),
                ("Ủy viên", "Hiệp hội Ngân hàng Việt Nam"),
            ],
            id="a_list_of_posts_after_chuc_vu_nhu",
        ),
        pytest.param(
            "Bị cáo Đào Văn Hiếu (SN 1980, nguyên cán bộ Công an huyện Chợ Mới) khai nhận. Ông Hà Văn Tùng, "
            "Trưởng thôn Nà Pồng kể lại. Đại tá Lê Văn Cần, Phó Giám đốc Công an tỉnh Bắc Kạn, Thủ trưởng Cơ "
            "quan CSĐT Công an tỉnh cho biết.",
            "Hà Văn Tùng",
            [("Trưởng thôn", "Thôn Nà Pồng")],
            id="posts_in_an_aside_and_a_village_head_2",
        ),
        pytest.param(
            "Bị cáo Đào Văn Hiếu (SN 1980, nguyên cán bộ Công an huyện Chợ Mới) khai nhận. Ông Hà Văn Tùng, "
            "Trưởng thôn Nà Pồng kể lại. Đại tá Lê Văn Cần, Phó Giám đốc Công an tỉnh Bắc Kạn, Thủ trưởng Cơ "
            "quan CSĐT Công an tỉnh cho biết.",
            "Lê Văn Cần",
            [
                ("Phó Giám đốc", "Công an tỉnh Bắc Kạn"),
                ("Thủ trưởng", "Cơ quan CSĐT Công an tỉnh Bắc Kạn"),
            ],
            id="posts_in_an_aside_and_a_village_head_3",
        ),
        pytest.param(
            "Camera được lắp ở các nút giao Trần Quang Khải - Lý Thái Tổ; Ông Ích Khiêm-Lê Duẩn. Nghi phạm tạm trú "
            "tại 27 Lê Thị Riêng. Trung tá Khổng Văn Hòa, Đội phó Đội CSGT số 3 cho biết.",
            "Khổng Văn Hòa",
            [("Đội phó", "Đội CSGT số 3")],
            id="counter_case_of_streets_are_not_persons_2",
        ),
        pytest.param(
            "Bộ trưởng Bộ Thông tin và Truyền thông Đinh Minh Tâm dự. Ông Mạc Đình Tú, Phó Tổng Giám đốc Deloitte "
            "Việt Nam chia sẻ. Ông Âu Văn Sơn – nguyên Tổng giám đốc Oceanbank bị bắt. Ông Tạ Quốc Đính, Phó phòng "
            "TN&MT thông tin thêm.",
            "Đinh Minh Tâm",
            [("Bộ trưởng", "Bộ Thông tin và Truyền thông")],
            id="ministry_names_with_lower_case_words_and_foreign_brands_1",
        ),
        pytest.param(
            "Bộ trưởng Bộ Thông tin và Truyền thông Đinh Minh Tâm dự. Ông Mạc Đình Tú, Phó Tổng Giám đốc Deloitte "
            "Việt Nam chia sẻ. Ông Âu Văn Sơn – nguyên Tổng giám đốc Oceanbank bị bắt. Ông Tạ Quốc Đính, Phó phòng "
            "TN&MT thông tin thêm.",
            "Mạc Đình Tú",
            [("Phó Tổng Giám đốc", "Deloitte Việt Nam")],
            id="ministry_names_with_lower_case_words_and_foreign_brands_2",
        ),
        pytest.param(
            "Bộ trưởng Bộ Thông tin và Truyền thông Đinh Minh Tâm dự. Ông Mạc Đình Tú, Phó Tổng Giám đốc Deloitte "
            "Việt Nam chia sẻ. Ông Âu Văn Sơn – nguyên Tổng giám đốc Oceanbank bị bắt. Ông Tạ Quốc Đính, Phó phòng "
            "TN&MT thông tin thêm.",
            "Âu Văn Sơn",
            [("Tổng giám đốc", "Oceanbank")],
            id="ministry_names_with_lower_case_words_and_foreign_brands_3",
        ),
        pytest.param(
            "Bộ trưởng Bộ Thông tin và Truyền thông Đinh Minh Tâm dự. Ông Mạc Đình Tú, Phó Tổng Giám đốc Deloitte "
            "Việt Nam chia sẻ. Ông Âu Văn Sơn – nguyên Tổng giám đốc Oceanbank bị bắt. Ông Tạ Quốc Đính, Phó phòng "
            "TN&MT thông tin thêm.",
            "Tạ Quốc Đính",
            [("Phó phòng", "Phòng TN&MT")],
            id="ministry_names_with_lower_case_words_and_foreign_brands_4",
        ),
        pytest.param(
            "Ông Viên Văn Đức, Phó Trưởng ban Dân nguyện - Ủy ban Thường vụ Quốc hội cho biết. Đại tá Ngô Sỹ Hào, "
            "Viện trưởng Viện Khoa học Hình sự Bộ Công an nói. Ông Nguyễn An Hạ, Phó Chánh Thanh tra TP Sau đó nói.",
            "Viên Văn Đức",
            [
                ("Phó Trưởng ban", "Ban Dân nguyện - Ủy ban Thường vụ Quốc hội")
            ],
            id="a_units_parent_after_a_dash_or_run_on_1",
        ),
        pytest.param(
            "Ông Viên Văn Đức, Phó Trưởng ban Dân nguyện - Ủy ban Thường vụ Quốc hội cho biết. Đại tá Ngô Sỹ Hào, "
            "Viện trưởng Viện Khoa học Hình sự Bộ Công an nói. Ông Nguyễn An Hạ, Phó Chánh Thanh tra TP Sau đó nói.",
            "Ngô Sỹ Hào",
            [("Viện trưởng", "Viện Khoa học Hình sự Bộ Công an")],
            id="a_units_parent_after_a_dash_or_run_on_2",
        ),
        pytest.param(
            "Chủ nhiệm Ủy ban Văn hóa và Giáo dục của Quốc hội Lương Thị Hòa trình bày báo cáo. "
            "Ủy viên Ủy ban Thường vụ Quốc hội Đào Minh Khuê phát biểu.",
            "Lương Thị Hòa",
            [("Chủ nhiệm", "Ủy ban Văn hóa và Giáo dục của Quốc hội")],
            id="a_national_assembly_committee_keeps_its_owner_in_the_post_1",
        ),
        pytest.param(
            "Chủ nhiệm Ủy ban Văn hóa và Giáo dục của Quốc hội Lương Thị Hòa trình bày báo cáo. "
            "Ủy viên Ủy ban Thường vụ Quốc hội Đào Minh Khuê phát biểu.",
            "Đào Minh Khuê",
            [("Ủy viên", "Ủy ban Thường vụ Quốc hội")],
            id="a_national_assembly_committee_keeps_its_owner_in_the_post_2",
        ),
        pytest.param(
            "Cục phó Cục Hải quan tỉnh Gia Lai Hà Văn Tư cho biết. Ông Lý Văn Chín, Chi cục Phó Chi cục Kiểm lâm tỉnh "
            "Gia Lai, nói. Ông Đỗ Văn Bảy giữ chức vụ Phó Chánh án Tòa án nhân dân tỉnh Gia Lai.",
            "Hà Văn Tư",
            [("Cục phó", "Cục Hải quan tỉnh Gia Lai")],
            id="a_deputy_written_after_the_units_word_1",
        ),
        pytest.param(
            "Cục phó Cục Hải quan tỉnh Gia Lai Hà Văn Tư cho biết. Ông Lý Văn Chín, Chi cục Phó Chi cục Kiểm lâm tỉnh "
            "Gia Lai, nói. Ông Đỗ Văn Bảy giữ chức vụ Phó Chánh án Tòa án nhân dân tỉnh Gia Lai.",
            "Lý Văn Chín",
            [("Chi cục Phó", "Chi cục Kiểm lâm tỉnh Gia Lai")],
            id="a_deputy_written_after_the_units_word_2",
        ),
        pytest.param(
            "Cục phó Cục Hải quan tỉnh Gia Lai Hà Văn Tư cho biết. Ông Lý Văn Chín, Chi cục Phó Chi cục Kiểm lâm tỉnh "
            "Gia Lai, nói. Ông Đỗ Văn Bảy giữ chức vụ Phó Chánh án Tòa án nhân dân tỉnh Gia Lai.",
            "Đỗ Văn Bảy",
            [("Phó Chánh án", "Tòa án nhân dân tỉnh Gia Lai")],
            id="a_deputy_written_after_the_units_word_3",
        ),
        pytest.param(
            "Bà Phạm Thị Lài là điều dưỡng viên của Khoa Hồi sức tích cực, đã được báo tin.",
            "Phạm Thị Lài",
            [("Điều dưỡng viên", "Khoa Hồi sức tích cực")],
            id="a_post_of_a_unit_with_a_soft_head_after_cua",
        ),
        pytest.param(
            "Ông Hà Văn Năm, cán bộ phòng Vật tư - trang thiết bị y tế, bị tạm giữ.",
            "Hà Văn Năm",
            [("Cán bộ", "Phòng Vật tư - trang thiết bị y tế")],
            id="a_lower_case_unit_whose_fields_a_dash_joins",
        ),
        # GUIDELINES: the title is the role word(s) alone; 'Công an xã X' is the unit.
        pytest.param(
            "Thượng úy Trần Văn Hải, Trưởng Công an xã Ea Tiêu cho biết.",
            "Trần Văn Hải",
            [("Trưởng", "Công an xã Ea Tiêu")],
            id="a_police_chiefs_title_is_the_role_word_and_the_unit_the_police_2",
        ),
        pytest.param(
            "Tổng TTCP Lê Minh Tâm đã gửi văn bản. ĐBQH Hồ Thanh Sơn phát biểu. Phó TTCP Đỗ Quang Hùng ký. "
            "ĐB Trần Văn Tú (An Giang) hỏi lại. Vùng ĐBSCL mưa lớn.",
            "Lê Minh Tâm",
            [("Tổng Thanh tra", "Thanh tra Chính phủ")],
            id="posts_written_as_initials_1",
        ),
        pytest.param(
            "Tổng TTCP Lê Minh Tâm đã gửi văn bản. ĐBQH Hồ Thanh Sơn phát biểu. Phó TTCP Đỗ Quang Hùng ký. "
            "ĐB Trần Văn Tú (An Giang) hỏi lại. Vùng ĐBSCL mưa lớn.",
            "Hồ Thanh Sơn",
            [("Đại biểu", "Quốc hội")],
            id="posts_written_as_initials_2",
        ),
        pytest.param(
            "Tổng TTCP Lê Minh Tâm đã gửi văn bản. ĐBQH Hồ Thanh Sơn phát biểu. Phó TTCP Đỗ Quang Hùng ký. "
            "ĐB Trần Văn Tú (An Giang) hỏi lại. Vùng ĐBSCL mưa lớn.",
            "Đỗ Quang Hùng",
            [("Phó Tổng Thanh tra", "Thanh tra Chính phủ")],
            id="posts_written_as_initials_3",
        ),
        pytest.param(
            "Tổng TTCP Lê Minh Tâm đã gửi văn bản. ĐBQH Hồ Thanh Sơn phát biểu. Phó TTCP Đỗ Quang Hùng ký. "
            "ĐB Trần Văn Tú (An Giang) hỏi lại. Vùng ĐBSCL mưa lớn.",
            "Trần Văn Tú",
            [("Đại biểu", "Quốc hội")],
            id="posts_written_as_initials_4",
        ),
        pytest.param(
            "Dự họp có ông Phạm Thế Vinh, Phó Giám đốc Sở Tư pháp. Tòa xử bị cáo Lê Văn Bài (60 tuổi) về tội trộm.",
            "Phạm Thế Vinh",
            [("Phó Giám đốc", "Sở Tư pháp")],
            id="words_that_open_sentences_inside_a_name_1",
        ),
        pytest.param(
            "Theo luật sư Đặng Quốc Bảo (Đoàn Luật sư tỉnh Tây Ninh), bị cáo có thể được giảm án. "
            "Kiểm sát viên Mai Thị Hồng (VKSND huyện Cần Giuộc) đề nghị mức án. Luật sư Lê Văn Tư (SN 1970) nói.",
            "Đặng Quốc Bảo",
            [("Luật sư", "Đoàn Luật sư tỉnh Tây Ninh")],
            id="a_role_before_the_name_and_its_unit_in_brackets_1",
        ),
        pytest.param(
            "Theo luật sư Đặng Quốc Bảo (Đoàn Luật sư tỉnh Tây Ninh), bị cáo có thể được giảm án. "
            "Kiểm sát viên Mai Thị Hồng (VKSND huyện Cần Giuộc) đề nghị mức án. Luật sư Lê Văn Tư (SN 1970) nói.",
            "Mai Thị Hồng",
            [("Kiểm sát viên", "VKSND huyện Cần Giuộc")],
            id="a_role_before_the_name_and_its_unit_in_brackets_2",
        ),
        pytest.param(
            "Ông Đinh Văn Khôi, Phó Công an huyện Mỹ Hào cho biết nghi phạm đã bị bắt.",
            "Đinh Văn Khôi",
            [("Phó", "Công an huyện Mỹ Hào")],
            id="phó_công_an_is_the_deputy_police_chief",
        ),
        pytest.param(
            "Thượng tá Y Phôn Niê, Phó Trưởng Công an huyện Cư M’gar cho biết. Bác sĩ CKII Lò Văn Tân, "
            "Phó Giám đốc Bệnh viện Đa khoa tỉnh Đắk Nông nói.",
            "Y Phôn Niê",
            [("Phó Trưởng", "Công an huyện Cư M’gar")],
            id="a_units_place_with_an_apostrophe_and_a_doctors_degree_1",
        ),
        pytest.param(
            "Thượng tá Y Phôn Niê, Phó Trưởng Công an huyện Cư M’gar cho biết. Bác sĩ CKII Lò Văn Tân, "
            "Phó Giám đốc Bệnh viện Đa khoa tỉnh Đắk Nông nói.",
            "Lò Văn Tân",
            [("Phó Giám đốc", "Bệnh viện Đa khoa tỉnh Đắk Nông")],
            id="a_units_place_with_an_apostrophe_and_a_doctors_degree_2",
        ),
        pytest.param(
            "Ông Vi Văn Thạch, Hạt trưởng Hạt Kiểm lâm huyện Con Cuông cho biết. Ông Lục Văn Hòa, Bí thư "
            "Chi bộ thôn 3 nói thêm. Anh Chu Văn Lâm, Bí thư Đoàn xã Yên Khê cũng có mặt.",
            "Vi Văn Thạch",
            [("Hạt trưởng", "Hạt Kiểm lâm huyện Con Cuông")],
            id="forest_rangers_party_cells_and_youth_unions_as_units_1",
        ),
        pytest.param(
            "Ông Vi Văn Thạch, Hạt trưởng Hạt Kiểm lâm huyện Con Cuông cho biết. Ông Lục Văn Hòa, Bí thư "
            "Chi bộ thôn 3 nói thêm. Anh Chu Văn Lâm, Bí thư Đoàn xã Yên Khê cũng có mặt.",
            "Lục Văn Hòa",
            [("Bí thư", "Chi bộ thôn 3")],
            id="forest_rangers_party_cells_and_youth_unions_as_units_2",
        ),
        pytest.param(
            "Ông Vi Văn Thạch, Hạt trưởng Hạt Kiểm lâm huyện Con Cuông cho biết. Ông Lục Văn Hòa, Bí thư "
            "Chi bộ thôn 3 nói thêm. Anh Chu Văn Lâm, Bí thư Đoàn xã Yên Khê cũng có mặt.",
            "Chu Văn Lâm",
            [("Bí thư", "Đoàn xã Yên Khê")],
            id="forest_rangers_party_cells_and_youth_unions_as_units_3",
        ),
        pytest.param(
            "Ông Quách Văn Lợi, Giám đốc doanh nghiệp tư nhân Lợi Phát, bị bắt. Ông Âu Văn Kiên, Chủ nhiệm "
            "HTX Tân Tiến cho biết.",
            "Quách Văn Lợi",
            [("Giám đốc", "Doanh nghiệp tư nhân Lợi Phát")],
            id="private_enterprises_and_cooperatives_as_units_1",
        ),
        pytest.param(
            "Ông Quách Văn Lợi, Giám đốc doanh nghiệp tư nhân Lợi Phát, bị bắt. Ông Âu Văn Kiên, Chủ nhiệm "
            "HTX Tân Tiến cho biết.",
            "Âu Văn Kiên",
            [("Chủ nhiệm", "HTX Tân Tiến")],
            id="private_enterprises_and_cooperatives_as_units_2",
        ),
        pytest.param(
            "Giám đốc Bệnh viện Đa khoa Tân Hiệp, bác sĩ Kiều Văn Lưu cho biết bệnh nhân đã tỉnh.",
            "Kiều Văn Lưu",
            [("Giám đốc", "Bệnh viện Đa khoa Tân Hiệp")],
            id="a_post_before_a_two_word_title_of_address",
        ),
        pytest.param(
            "Ông Mạc Văn Hưng - Phó Chủ tịch UBND xã Đông Sơn kiêm Trưởng Công an xã có mặt. Về vụ việc ở "
            "tỉnh Hà Nam, ông Tô Văn Lộc, Trưởng Công an xã cho biết.",
            "Mạc Văn Hưng",
            [
                ("Phó Chủ tịch", "UBND xã Đông Sơn"),
                ("Trưởng", "Công an xã Đông Sơn"),
            ],
            id="an_unwritten_commune_is_the_one_the_sentence_names_never_a_province_1",
        ),
        # the report names one commune: a bare 'Công an xã' is that one, never the province just named
        pytest.param(
            "Ông Mạc Văn Hưng - Phó Chủ tịch UBND xã Đông Sơn kiêm Trưởng Công an xã có mặt. Về vụ việc ở "
            "tỉnh Hà Nam, ông Tô Văn Lộc, Trưởng Công an xã cho biết.",
            "Tô Văn Lộc",
            [("Trưởng", "Công an xã Đông Sơn")],
            id="an_unwritten_commune_is_the_one_the_sentence_names_never_a_province_2",
        ),
        pytest.param(
            "Ông Khúc Quang Khải – GĐ Sở Y tế Hòa Bình đã đến thăm. Theo Phó GĐ Công an TP Hải Phòng Lã Văn "
            "Hiển, vụ việc đang được điều tra.",
            "Khúc Quang Khải",
            [("Giám đốc", "Sở Y tế Hòa Bình")],
            id="gd_is_giam_doc_1",
        ),
        pytest.param(
            "Ông Khúc Quang Khải – GĐ Sở Y tế Hòa Bình đã đến thăm. Theo Phó GĐ Công an TP Hải Phòng Lã Văn "
            "Hiển, vụ việc đang được điều tra.",
            "Lã Văn Hiển",
            [("Phó Giám đốc", "Công an TP Hải Phòng")],
            id="gd_is_giam_doc_2",
        ),
        pytest.param(
            "Ông Bạch Văn Hòa, Phó Chánh Thanh tra tỉnh Hưng Yên cho biết đoàn đã làm việc.",
            "Bạch Văn Hòa",
            [("Phó Chánh Thanh tra", "Thanh tra tỉnh Hưng Yên")],
            id="chanh_thanh_tra_keeps_its_whole_title",
        ),
        pytest.param(
            "Tại hội trường, đại biểu Vi Văn Thịnh (Quảng Bình) cho rằng cần sửa luật. Đại biểu Cao Văn Cầu "
            "(Đoàn Nghệ An) đồng tình. Đại biểu Lê Văn Hùng (SN 1970) dự hội nghị.",
            "Vi Văn Thịnh",
            [("Đại biểu", "Quốc hội")],
            id="a_deputy_with_the_province_in_brackets_sits_in_the_national_assembly_1",
        ),
        pytest.param(
            "Tại hội trường, đại biểu Vi Văn Thịnh (Quảng Bình) cho rằng cần sửa luật. Đại biểu Cao Văn Cầu "
            "(Đoàn Nghệ An) đồng tình. Đại biểu Lê Văn Hùng (SN 1970) dự hội nghị.",
            "Cao Văn Cầu",
            [("Đại biểu", "Quốc hội")],
            id="a_deputy_with_the_province_in_brackets_sits_in_the_national_assembly_2",
        ),
        pytest.param(
            "Ông Hứa Văn Tài, Hiệu trưởng Trường THPT chuyên Hà Tĩnh cho biết.",
            "Hứa Văn Tài",
            [("Hiệu trưởng", "Trường THPT chuyên Hà Tĩnh")],
            id="a_place_inside_a_units_name_that_opens_like_a_family_name_1",
        ),
        pytest.param(
            "Trưởng Công an huyện Tân Lạc Đại tá Mẫn Văn Hùng cho biết. Sau đó, ông Hòa - Trưởng thôn Phú Lợi "
            "kể lại.",
            "Mẫn Văn Hùng",
            [("Trưởng", "Công an huyện Tân Lạc")],
            id="a_post_before_a_rank_and_a_given_name_before_a_dash_1",
        ),
        pytest.param(
            "Trưởng Công an huyện Tân Lạc Đại tá Mẫn Văn Hùng cho biết. Sau đó, ông Hòa - Trưởng thôn Phú Lợi "
            "kể lại.",
            "Hòa",
            [("Trưởng thôn", "Thôn Phú Lợi")],
            id="a_post_before_a_rank_and_a_given_name_before_a_dash_2",
        ),
        pytest.param(
            "Tại xã Tân Phong, huyện Mỹ Lợi có cuộc họp. Bà Trần Thị Mai Hoa (em dâu ông Khổng Văn Bính) là "
            "Chánh văn phòng Đảng ủy xã Tân Phong. Ông Hồ Minh Trúc đang là Chủ tịch UBND xã Tân Phong. "
            "Ông Lò Văn Tốn (45 tuổi) làm Trưởng Công an xã Tân Phong.",
            "Trần Thị Mai Hoa",
            [("Chánh văn phòng", "Đảng ủy xã Tân Phong")],
            id="a_post_after_an_aside_and_an_ongoing_copula_1",
        ),
        pytest.param(
            "Tại xã Tân Phong, huyện Mỹ Lợi có cuộc họp. Bà Trần Thị Mai Hoa (em dâu ông Khổng Văn Bính) là "
            "Chánh văn phòng Đảng ủy xã Tân Phong. Ông Hồ Minh Trúc đang là Chủ tịch UBND xã Tân Phong. "
            "Ông Lò Văn Tốn (45 tuổi) làm Trưởng Công an xã Tân Phong.",
            "Hồ Minh Trúc",
            [("Chủ tịch", "UBND xã Tân Phong")],
            id="a_post_after_an_aside_and_an_ongoing_copula_3",
        ),
        pytest.param(
            "Tại xã Tân Phong, huyện Mỹ Lợi có cuộc họp. Bà Trần Thị Mai Hoa (em dâu ông Khổng Văn Bính) là "
            "Chánh văn phòng Đảng ủy xã Tân Phong. Ông Hồ Minh Trúc đang là Chủ tịch UBND xã Tân Phong. "
            "Ông Lò Văn Tốn (45 tuổi) làm Trưởng Công an xã Tân Phong.",
            "Lò Văn Tốn",
            [("Trưởng", "Công an xã Tân Phong")],
            id="a_post_after_an_aside_and_an_ongoing_copula_4",
        ),
        pytest.param(
            "Nhiều đại biểu HĐND TP.HCM (ĐB) bày tỏ bức xúc. ĐB Cao Văn Bính, Phó ban Kinh tế - Ngân sách "
            "HĐND TP, cho rằng cần xử lý. Bà Lê Thị Nà, Phó Ban Dân vận Tỉnh ủy Nghệ An phát biểu.",
            "Cao Văn Bính",
            [
                ("Phó ban", "Ban Kinh tế - Ngân sách HĐND TP Hồ Chí Minh"),
                ("Đại biểu", "HĐND TP.HCM"),
            ],
            id="deputies_the_report_shortens_to_db_sit_in_the_council_it_named_1",
        ),
        pytest.param(
            "Nhiều đại biểu HĐND TP.HCM (ĐB) bày tỏ bức xúc. ĐB Cao Văn Bính, Phó ban Kinh tế - Ngân sách "
            "HĐND TP, cho rằng cần xử lý. Bà Lê Thị Nà, Phó Ban Dân vận Tỉnh ủy Nghệ An phát biểu.",
            "Lê Thị Nà",
            [("Phó Ban", "Ban Dân vận Tỉnh ủy Nghệ An")],
            id="deputies_the_report_shortens_to_db_sit_in_the_council_it_named_2",
        ),
        pytest.param(
            "Bệnh viện Đa khoa Hòa Lạc cung cấp thông tin. Ông Nguyễn Văn Phủ - Phó Giám đốc Bệnh viện - cho "
            "biết bác sĩ bị đánh. Công ty TNHH Hoa Sen Vàng bị kiểm tra; ông Lê Văn Tâm, Giám đốc Công ty cho "
            "biết sẽ khắc phục. Sở Y tế Nam Định và Sở Tài chính Nam Định họp; ông Trần Văn Lũy, Phó Giám đốc "
            "Sở, phát biểu.",
            "Nguyễn Văn Phủ",
            [("Phó Giám đốc", "Bệnh viện Đa khoa Hòa Lạc")],
            id="a_unit_written_by_its_head_alone_is_the_one_unit_of_that_kind_the_report_names_1",
        ),
        pytest.param(
            "Bệnh viện Đa khoa Hòa Lạc cung cấp thông tin. Ông Nguyễn Văn Phủ - Phó Giám đốc Bệnh viện - cho "
            "biết bác sĩ bị đánh. Công ty TNHH Hoa Sen Vàng bị kiểm tra; ông Lê Văn Tâm, Giám đốc Công ty cho "
            "biết sẽ khắc phục. Sở Y tế Nam Định và Sở Tài chính Nam Định họp; ông Trần Văn Lũy, Phó Giám đốc "
            "Sở, phát biểu.",
            "Lê Văn Tâm",
            [("Giám đốc", "Công ty TNHH Hoa Sen Vàng")],
            id="a_unit_written_by_its_head_alone_is_the_one_unit_of_that_kind_the_report_names_2",
        ),
        pytest.param(
            "Bộ trưởng NN-PTNT Nguyễn Xuân Cưỡng sẽ trả lời; Thứ trưởng TN-MT Lê Văn Phóng cùng dự. "
            "Các bị can gồm Nguyễn Xuân Sính - Nguyên TGĐ Ngân hàng Hải Dương. Ông Nguyễn Tục, Ủy viên Đoàn "
            "chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu.",
            "Nguyễn Xuân Cưỡng",
            [("Bộ trưởng", "Bộ NN-PTNT")],
            id="ministers_by_field_initials_general_directors_by_initials_and_a_presidium_of_a_body_1",
        ),
        pytest.param(
            "Bộ trưởng NN-PTNT Nguyễn Xuân Cưỡng sẽ trả lời; Thứ trưởng TN-MT Lê Văn Phóng cùng dự. "
            "Các bị can gồm Nguyễn Xuân Sính - Nguyên TGĐ Ngân hàng Hải Dương. Ông Nguyễn Tục, Ủy viên Đoàn "
            "chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu.",
            "Lê Văn Phóng",
            [("Thứ trưởng", "Bộ TN-MT")],
            id="ministers_by_field_initials_general_directors_by_initials_and_a_presidium_of_a_body_2",
        ),
        pytest.param(
            "Bộ trưởng NN-PTNT Nguyễn Xuân Cưỡng sẽ trả lời; Thứ trưởng TN-MT Lê Văn Phóng cùng dự. "
            "Các bị can gồm Nguyễn Xuân Sính - Nguyên TGĐ Ngân hàng Hải Dương. Ông Nguyễn Tục, Ủy viên Đoàn "
            "chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu.",
            "Nguyễn Xuân Sính",
            [("Tổng Giám đốc", "Ngân hàng Hải Dương")],
            id="ministers_by_field_initials_general_directors_by_initials_and_a_presidium_of_a_body_3",
        ),
        pytest.param(
            "Bộ trưởng NN-PTNT Nguyễn Xuân Cưỡng sẽ trả lời; Thứ trưởng TN-MT Lê Văn Phóng cùng dự. "
            "Các bị can gồm Nguyễn Xuân Sính - Nguyên TGĐ Ngân hàng Hải Dương. Ông Nguyễn Tục, Ủy viên Đoàn "
            "chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu.",
            "Nguyễn Tục",
            [
                ("Ủy viên", "Đoàn chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
            ],
            id="ministers_by_field_initials_general_directors_by_initials_and_a_presidium_of_a_body_5",
        ),
        pytest.param(
            "Ông Lê Văn Tấm, Phụ trách Phòng Cảnh sát hình sự Công an tỉnh Nam Định cho biết. Bà Hà Thị Mơ, "
            "Hiệu phó Trường THPT Lê Lợi cho biết. Thiếu tá Lò Văn Páo, Chính trị viên Đồn Biên phòng Cửa Tùng "
            "phát biểu. Cán bộ phụ trách địa bàn xã Hải Hậu, ông Trần Văn Khẩn, cho biết.",
            "Lê Văn Tấm",
            [("Phụ trách", "Phòng Cảnh sát hình sự Công an tỉnh Nam Định")],
            id="acting_heads_vice_principals_and_political_officers_1",
        ),
        pytest.param(
            "Ông Lê Văn Tấm, Phụ trách Phòng Cảnh sát hình sự Công an tỉnh Nam Định cho biết. Bà Hà Thị Mơ, "
            "Hiệu phó Trường THPT Lê Lợi cho biết. Thiếu tá Lò Văn Páo, Chính trị viên Đồn Biên phòng Cửa Tùng "
            "phát biểu. Cán bộ phụ trách địa bàn xã Hải Hậu, ông Trần Văn Khẩn, cho biết.",
            "Hà Thị Mơ",
            [("Hiệu phó", "Trường THPT Lê Lợi")],
            id="acting_heads_vice_principals_and_political_officers_2",
        ),
        pytest.param(
            "Ông Lê Văn Tấm, Phụ trách Phòng Cảnh sát hình sự Công an tỉnh Nam Định cho biết. Bà Hà Thị Mơ, "
            "Hiệu phó Trường THPT Lê Lợi cho biết. Thiếu tá Lò Văn Páo, Chính trị viên Đồn Biên phòng Cửa Tùng "
            "phát biểu. Cán bộ phụ trách địa bàn xã Hải Hậu, ông Trần Văn Khẩn, cho biết.",
            "Lò Văn Páo",
            [("Chính trị viên", "Đồn Biên phòng Cửa Tùng")],
            id="acting_heads_vice_principals_and_political_officers_3",
        ),
        pytest.param(
            "Ông Nguyễn Ngọc Thạnh - Giám đốc Chi nhánh Ngân hàng Nhà nước Việt Nam tại Quảng Ninh - cho biết.",
            "Nguyễn Ngọc Thạnh",
            [
                ("Giám đốc", "Chi nhánh Ngân hàng Nhà nước Việt Nam tại Quảng Ninh")
            ],
            id="a_branch_of_a_named_bank_keeps_the_place_it_serves",
        ),
        pytest.param(
            "Đoàn công tác làm việc với quận 2 và quận 9. Tại quận 2, Bí thư Quận ủy Nguyễn Hoài Nhân cho "
            "biết tình hình. Tại quận 9, Phó Bí thư Thường trực Quận ủy Cao Văn Mính cho biết quận còn hạn chế.",
            "Nguyễn Hoài Nhân",
            [("Bí thư", "Quận ủy quận 2")],
            id="a_district_committee_written_alone_is_the_district_the_sentence_names_1",
        ),
        pytest.param(
            "Đoàn công tác làm việc với quận 2 và quận 9. Tại quận 2, Bí thư Quận ủy Nguyễn Hoài Nhân cho "
            "biết tình hình. Tại quận 9, Phó Bí thư Thường trực Quận ủy Cao Văn Mính cho biết quận còn hạn chế.",
            "Cao Văn Mính",
            [("Phó Bí thư Thường trực", "Quận ủy quận 9")],
            id="a_district_committee_written_alone_is_the_district_the_sentence_names_2",
        ),
        pytest.param(
            "Sáng nay, phóng viên về thăm gia đình Khổng Văn Lựu (46 tuổi). Vợ chồng ông Lựu đã ly hôn. "
            "Chủ tịch UBND quận 7 Lê Phước Hào kiến nghị tăng cường phân cấp. Hắn rủ Đinh Văn Tư (23 tuổi) "
            "và Huỳnh Trong Bảy (23 tuổi) đi đánh người.",
            "Lê Phước Hào",
            [("Chủ tịch", "UBND quận 7")],
            id="a_name_after_family_after_a_numbered_district_or_with_an_opener_word_inside_3",
        ),
        pytest.param(
            "Hội nghị khai mạc. Đồng chí Lưu Tiến Đạt. Ủy viên Trung ương Đảng, Bộ trưởng, Chủ nhiệm Văn phòng "
            "Chính phủ chủ trì.",
            "Lưu Tiến Đạt",
            [
                ("Ủy viên", "Trung ương Đảng"),
                ("Bộ trưởng", "Văn phòng Chính phủ"),
                ("Chủ nhiệm", "Văn phòng Chính phủ"),
            ],
            id="a_stray_full_stop_between_a_name_and_its_posts",
        ),
        pytest.param(
            "Hắn từng công tác tại Công an tỉnh Hà Nam. Sau đó, hắn được ông Lê Như Tường - Giám đốc Công an "
            "điều chuyển về Phòng Cảnh sát truy nã tội phạm. Công an huyện Kim Bảng đã vào cuộc.",
            "Lê Như Tường",
            [("Giám đốc", "Công an tỉnh Hà Nam")],
            id="a_director_of_the_police_written_alone_directs_the_one_provinces_police_named",
        ),
        pytest.param(
            "Ông Mạc Văn Hưng, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng chống tội phạm tỉnh Nam Định, phát biểu.",
            "Mạc Văn Hưng",
            [
                ("Phó Trưởng ban Thường trực", "Ban Chỉ đạo phòng chống tội phạm tỉnh Nam Định")
            ],
            id="a_capitalised_standing_qualifier_before_the_unit_is_part_of_the_title",
        ),
        pytest.param(
            "Thiếu tướng Trịnh Ngọc Thế, Cục trưởng Cục An ninh kinh tế, phát biểu. Tỉnh đã cách chức ông "
            "Mai Xuân Sáng (57 tuổi). Huyện đề nghị cách hết chức vụ của ông Mai Xuân Sáng vì sai phạm.",
            "Trịnh Ngọc Thế",
            [("Cục trưởng", "Cục An ninh kinh tế")],
            id="a_name_ending_in_a_word_that_may_open_a_sentence_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám giữ cương vị Thành viên Hội đồng quản trị từ năm 2009, Chủ tịch Ủy ban Rủi ro "
            "của SongHongBank từ năm 2012. Ông Trần Văn Mười là Cục trưởng Cục Khám chữa bệnh. "
            "Đại biểu Hà Văn Lũy, Ủy viên thường trực Ủy ban Các vấn đề xã hội cho rằng cần sửa luật.",
            "Trần Văn Mười",
            [("Cục trưởng", "Cục Khám chữa bệnh")],
            id="a_field_of_two_syllables_goes_whole_on_the_units_name_2",
        ),
        pytest.param(
            "Ông Trần Văn Bốn, Chủ tịch Hội Hồi sức cấp cứu và chống độc Việt Nam, cho biết. "
            "Ông Hà Văn Hai, Phó chủ nhiệm Ủy ban Khoa học công nghệ và môi trường của Quốc hội, phát biểu. "
            "Ông Đỗ Văn Ba, Cục trưởng Cục An ninh kinh tế nông lâm ngư nghiệp, Bộ Công an cho biết. "
            "Ông Lê Văn Tám - Giám đốc Sở Kế hoạch và đầu tư tỉnh Hòa Bình, cho biết.",
            "Trần Văn Bốn",
            [("Chủ tịch", "Hội Hồi sức cấp cứu và chống độc Việt Nam")],
            id="a_post_names_its_unit_as_far_as_the_unit_found_there_1",
        ),
        pytest.param(
            "Ông Trần Văn Bốn, Chủ tịch Hội Hồi sức cấp cứu và chống độc Việt Nam, cho biết. "
            "Ông Hà Văn Hai, Phó chủ nhiệm Ủy ban Khoa học công nghệ và môi trường của Quốc hội, phát biểu. "
            "Ông Đỗ Văn Ba, Cục trưởng Cục An ninh kinh tế nông lâm ngư nghiệp, Bộ Công an cho biết. "
            "Ông Lê Văn Tám - Giám đốc Sở Kế hoạch và đầu tư tỉnh Hòa Bình, cho biết.",
            "Hà Văn Hai",
            [
                ("Phó chủ nhiệm", "Ủy ban Khoa học công nghệ và môi trường của Quốc hội")
            ],
            id="a_post_names_its_unit_as_far_as_the_unit_found_there_2",
        ),
        pytest.param(
            "Ông Trần Văn Bốn, Chủ tịch Hội Hồi sức cấp cứu và chống độc Việt Nam, cho biết. "
            "Ông Hà Văn Hai, Phó chủ nhiệm Ủy ban Khoa học công nghệ và môi trường của Quốc hội, phát biểu. "
            "Ông Đỗ Văn Ba, Cục trưởng Cục An ninh kinh tế nông lâm ngư nghiệp, Bộ Công an cho biết. "
            "Ông Lê Văn Tám - Giám đốc Sở Kế hoạch và đầu tư tỉnh Hòa Bình, cho biết.",
            "Đỗ Văn Ba",
            [("Cục trưởng", "Cục An ninh kinh tế nông lâm ngư nghiệp")],
            id="a_post_names_its_unit_as_far_as_the_unit_found_there_3",
        ),
        pytest.param(
            "Ông Trần Văn Bốn, Chủ tịch Hội Hồi sức cấp cứu và chống độc Việt Nam, cho biết. "
            "Ông Hà Văn Hai, Phó chủ nhiệm Ủy ban Khoa học công nghệ và môi trường của Quốc hội, phát biểu. "
            "Ông Đỗ Văn Ba, Cục trưởng Cục An ninh kinh tế nông lâm ngư nghiệp, Bộ Công an cho biết. "
            "Ông Lê Văn Tám - Giám đốc Sở Kế hoạch và đầu tư tỉnh Hòa Bình, cho biết.",
            "Lê Văn Tám",
            [("Giám đốc", "Sở Kế hoạch và đầu tư tỉnh Hòa Bình")],
            id="a_post_names_its_unit_as_far_as_the_unit_found_there_4",
        ),
        pytest.param(
            "Ông Lê Văn Sáng - Giám đốc Sở Tư pháp tỉnh Hòa Bình, cho biết đã bị triệu tập. "
            "Giám đốc Sở Tư pháp tỉnh Hòa Bình Lê Văn Sáng Nhà tôi không lớn. Ông Sáng cũng cho biết thêm.",
            "Lê Văn Sáng",
            [("Giám đốc", "Sở Tư pháp tỉnh Hòa Bình")],
            id="a_post_written_twice_for_a_name_ending_in_an_opener_word_is_one_post",
        ),
        pytest.param(
            "Bà Lê Thị Hoa, quyền trưởng phòng giao dịch Bến Nghé, đã bị bắt.",
            "Lê Thị Hoa",
            [("Quyền Trưởng phòng", "Phòng giao dịch Bến Nghé")],
            id="a_banks_transaction_office_is_a_unit_of_a_post",
        ),
        pytest.param(
            "UBND TP Đà Nẵng tổ chức gặp mặt. Chủ tịch UBND thành phố Huỳnh Đức Thọ tặng hoa.",
            "Huỳnh Đức Thọ",
            [("Chủ tịch", "UBND thành phố Đà Nẵng")],
            id="a_name_after_a_posts_thanh_pho_is_the_holder_not_a_street_1",
        ),
        pytest.param(
            "Các bị can gồm: Hồ Nam Dương - nguyên Chủ tịch HĐQT Ngân hàng Sao Mai; Lý Phước Hòa - nguyên "
            "Tổng giám đốc; Đào Thanh Hưng - nguyên Phó Tổng giám đốc. Thiếu tướng Lê Văn Tám, Giám đốc Sở Y "
            "tế và ông Trần Văn Bảy, Phó Giám đốc, đã có mặt.",
            "Lý Phước Hòa",
            [("Tổng giám đốc", "Ngân hàng Sao Mai")],
            id="a_bare_post_in_a_list_takes_the_unit_the_post_before_it_names_1",
        ),
        pytest.param(
            "Các bị can gồm: Hồ Nam Dương - nguyên Chủ tịch HĐQT Ngân hàng Sao Mai; Lý Phước Hòa - nguyên "
            "Tổng giám đốc; Đào Thanh Hưng - nguyên Phó Tổng giám đốc. Thiếu tướng Lê Văn Tám, Giám đốc Sở Y "
            "tế và ông Trần Văn Bảy, Phó Giám đốc, đã có mặt.",
            "Đào Thanh Hưng",
            [("Phó Tổng giám đốc", "Ngân hàng Sao Mai")],
            id="a_bare_post_in_a_list_takes_the_unit_the_post_before_it_names_2",
        ),
        pytest.param(
            "Các bị can gồm: Hồ Nam Dương - nguyên Chủ tịch HĐQT Ngân hàng Sao Mai; Lý Phước Hòa - nguyên "
            "Tổng giám đốc; Đào Thanh Hưng - nguyên Phó Tổng giám đốc. Thiếu tướng Lê Văn Tám, Giám đốc Sở Y "
            "tế và ông Trần Văn Bảy, Phó Giám đốc, đã có mặt.",
            "Trần Văn Bảy",
            [("Phó Giám đốc", "Sở Y tế")],
            id="a_bare_post_in_a_list_takes_the_unit_the_post_before_it_names_3",
        ),
        pytest.param(
            "Các bị cáo gồm: Lý Văn Minh (32 tuổi), nguyên Đội phó TTGT TP Cần Thơ; Hồ Văn Thiện (40 tuổi), "
            "nguyên Phó đội trưởng TTGT huyện Phong Điền. Thiếu tá Phạm Như Tường, Đội phó Đội phòng ngừa tội "
            "phạm, cho biết.",
            "Lý Văn Minh",
            [("Đội phó", "Đội TTGT TP Cần Thơ")],
            id="a_team_leaders_unit_written_without_its_head_word_is_the_team_1",
        ),
        pytest.param(
            "Các bị cáo gồm: Lý Văn Minh (32 tuổi), nguyên Đội phó TTGT TP Cần Thơ; Hồ Văn Thiện (40 tuổi), "
            "nguyên Phó đội trưởng TTGT huyện Phong Điền. Thiếu tá Phạm Như Tường, Đội phó Đội phòng ngừa tội "
            "phạm, cho biết.",
            "Hồ Văn Thiện",
            [("Phó đội trưởng", "Đội TTGT huyện Phong Điền")],
            id="a_team_leaders_unit_written_without_its_head_word_is_the_team_2",
        ),
        pytest.param(
            "Xem hình ảnh, Chủ tịch UBND xã Chơ Lâm - Đinh Văn Phiêu - khẳng định hoạt động đã dừng. "
            "Ông Lê Văn Tám, Giám đốc Sở Y tế - Trần Văn Bảy cùng đi.",
            "Đinh Văn Phiêu",
            [("Chủ tịch", "UBND xã Chơ Lâm")],
            id="a_name_set_off_by_a_dash_after_a_post_holds_it_1",
        ),
        pytest.param(
            "Xem hình ảnh, Chủ tịch UBND xã Chơ Lâm - Đinh Văn Phiêu - khẳng định hoạt động đã dừng. "
            "Ông Lê Văn Tám, Giám đốc Sở Y tế - Trần Văn Bảy cùng đi.",
            "Lê Văn Tám",
            [("Giám đốc", "Sở Y tế")],
            id="a_name_set_off_by_a_dash_after_a_post_holds_it_2",
        ),
        pytest.param(
            "Ông Hà Mạnh Hưng - Trưởng CA quận Hoàn Kiếm cho hay đã nắm được tin. Thượng tá Mai Văn Dần "
            "(Phó Trưởng Phòng PC 49, Công an Quảng Bình) bị tấn công.",
            "Hà Mạnh Hưng",
            [("Trưởng", "CA quận Hoàn Kiếm")],
            id="a_police_chief_by_initials_and_a_unit_code_written_apart_1",
        ),
        pytest.param(
            "Ông Hà Mạnh Hưng - Trưởng CA quận Hoàn Kiếm cho hay đã nắm được tin. Thượng tá Mai Văn Dần "
            "(Phó Trưởng Phòng PC 49, Công an Quảng Bình) bị tấn công.",
            "Mai Văn Dần",
            [("Phó Trưởng Phòng", "Phòng PC 49")],
            id="a_police_chief_by_initials_and_a_unit_code_written_apart_2",
        ),
        pytest.param(
            "Ngày 19-5, trao đổi với phóng viên Báo Bình Minh, ông Phạm Tân Phượng, Phó trưởng Phòng Giáo dục "
            "huyện Tân Kỳ, cho biết. Phóng viên Báo Bình Minh, anh Lê Văn Tám, đã có mặt.",
            "Phạm Tân Phượng",
            [("Phó trưởng Phòng", "Phòng Giáo dục huyện Tân Kỳ")],
            id="the_reporter_a_person_spoke_to_is_not_the_persons_post_1",
        ),
        pytest.param(
            "Ngày 19-5, trao đổi với phóng viên Báo Bình Minh, ông Phạm Tân Phượng, Phó trưởng Phòng Giáo dục "
            "huyện Tân Kỳ, cho biết. Phóng viên Báo Bình Minh, anh Lê Văn Tám, đã có mặt.",
            "Lê Văn Tám",
            [("Phóng viên", "Báo Bình Minh")],
            id="the_reporter_a_person_spoke_to_is_not_the_persons_post_2",
        ),
        pytest.param(
            "Bị can Lê Văn Tám (40 tuổi, ở quận 3, TP.HCM - Giám đốc Công ty Sao Việt) bị bắt. Bị can Trần Văn "
            "Bảy (31 tuổi, quê Bắc Ninh, Giám đốc Công ty TNHH Hòa An) cũng bị bắt.",
            "Lê Văn Tám",
            [("Giám đốc", "Công ty Sao Việt")],
            id="a_post_later_in_the_aside_after_a_name_past_age_and_home_1",
        ),
        pytest.param(
            "Bị can Lê Văn Tám (40 tuổi, ở quận 3, TP.HCM - Giám đốc Công ty Sao Việt) bị bắt. Bị can Trần Văn "
            "Bảy (31 tuổi, quê Bắc Ninh, Giám đốc Công ty TNHH Hòa An) cũng bị bắt.",
            "Trần Văn Bảy",
            [("Giám đốc", "Công ty TNHH Hòa An")],
            id="a_post_later_in_the_aside_after_a_name_past_age_and_home_2",
        ),
        pytest.param(
            "Thiếu tướng Lê Văn Tám, Cục trưởng Cục An ninh nông nghiệp - Tổng cục An ninh (Bộ Công an), cho biết. "
            "Thiếu tướng Hồ Sỹ Tiền - cục trưởng cục Cảnh sát hình sự - Bộ Công an chia sẻ. Ông Lê Văn Chín, "
            "Trưởng phòng CSGT - Công an tỉnh Sơn Lâm cho biết.",
            "Lê Văn Tám",
            [("Cục trưởng", "Cục An ninh nông nghiệp")],
            id="a_national_department_is_named_alone_in_a_post_a_provinces_division_with_its_police_1",
        ),
        pytest.param(
            "Thiếu tướng Lê Văn Tám, Cục trưởng Cục An ninh nông nghiệp - Tổng cục An ninh (Bộ Công an), cho biết. "
            "Thiếu tướng Hồ Sỹ Tiền - cục trưởng cục Cảnh sát hình sự - Bộ Công an chia sẻ. Ông Lê Văn Chín, "
            "Trưởng phòng CSGT - Công an tỉnh Sơn Lâm cho biết.",
            "Hồ Sỹ Tiền",
            [("Cục trưởng", "Cục Cảnh sát hình sự")],
            id="a_national_department_is_named_alone_in_a_post_a_provinces_division_with_its_police_2",
        ),
        pytest.param(
            "Thiếu tướng Lê Văn Tám, Cục trưởng Cục An ninh nông nghiệp - Tổng cục An ninh (Bộ Công an), cho biết. "
            "Thiếu tướng Hồ Sỹ Tiền - cục trưởng cục Cảnh sát hình sự - Bộ Công an chia sẻ. Ông Lê Văn Chín, "
            "Trưởng phòng CSGT - Công an tỉnh Sơn Lâm cho biết.",
            "Lê Văn Chín",
            [("Trưởng phòng", "Phòng CSGT - Công an tỉnh Sơn Lâm")],
            id="a_national_department_is_named_alone_in_a_post_a_provinces_division_with_its_police_3",
        ),
        pytest.param(
            "Trả lời phỏng vấn phóng viên Báo Bình Minh, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Đồng Nai "
            "Lê Văn Tám cho biết.",
            "Lê Văn Tám",
            [("Giám đốc", "Ngân hàng Nhà nước chi nhánh tỉnh Đồng Nai")],
            id="the_reporter_who_interviewed_a_person_is_not_the_persons_post",
        ),
        pytest.param(
            "Ông Trần Minh Đức cho biết đơn vị đã triển khai. Ông Đức là Phó Giám đốc Công an tỉnh Hà Nam.",
            "Trần Minh Đức",
            [("Phó Giám đốc", "Công an tỉnh Hà Nam")],
            id="a_given_name_that_is_also_a_country_is_a_later_mention_2",
        ),
        pytest.param(
            "Ông Lê Văn Tâm, Phó Bí thư, Chủ tịch UBND xã Hòa Lạc cho biết. Bí thư, Chủ tịch UBND huyện "
            "Kim Sơn Đỗ Quang Vinh dự họp.",
            "Lê Văn Tâm",
            [("Phó Bí thư", "Đảng ủy xã Hòa Lạc"), ("Chủ tịch", "UBND xã Hòa Lạc")],
            id="a_secretary_beside_a_peoples_committee_post_is_the_party_committees_1",
        ),
        pytest.param(
            "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam vừa bắt đối tượng. Thượng tá Ngô Văn Hải, Trưởng phòng "
            "cho biết. Sở Y tế tỉnh Hà Nam đã vào cuộc. Ông Đào Văn Lực, Giám đốc sở cho biết.",
            "Ngô Văn Hải",
            [("Trưởng phòng", "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam")],
            id="a_title_alone_is_in_the_one_unit_of_its_head_the_report_names_1",
        ),
        pytest.param(
            "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam vừa bắt đối tượng. Thượng tá Ngô Văn Hải, Trưởng phòng "
            "cho biết. Sở Y tế tỉnh Hà Nam đã vào cuộc. Ông Đào Văn Lực, Giám đốc sở cho biết.",
            "Đào Văn Lực",
            [("Giám đốc", "Sở Y tế tỉnh Hà Nam")],
            id="a_title_alone_is_in_the_one_unit_of_its_head_the_report_names_2",
        ),
        pytest.param(
            "Bà Lê Thị Hoa, kế toán Công ty TNHH Thành Phát, khai nhận. Anh Phùng Văn Tín, trinh sát Phòng "
            "Cảnh sát hình sự Công an tỉnh Hà Nam, bị thương.",
            "Lê Thị Hoa",
            [("Kế toán", "Công ty TNHH Thành Phát")],
            id="staff_posts_of_accountants_detectives_and_workers_1",
        ),
        pytest.param(
            "Bà Lê Thị Hoa, kế toán Công ty TNHH Thành Phát, khai nhận. Anh Phùng Văn Tín, trinh sát Phòng "
            "Cảnh sát hình sự Công an tỉnh Hà Nam, bị thương.",
            "Phùng Văn Tín",
            [("Trinh sát", "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam")],
            id="staff_posts_of_accountants_detectives_and_workers_2",
        ),
        pytest.param(
            "Công an huyện Kim Sơn lập tổ công tác đặc biệt do Thượng úy Phạm Quốc Khánh làm tổ trưởng. "
            "Trung úy Lã Văn Bình, tổ trưởng tổ tuần tra Đội CSGT số 3 cho biết. Tổ công tác do ông Tạ Văn "
            "Lợi, Phó Giám đốc Sở NN&PTNT, làm tổ trưởng.",
            "Phạm Quốc Khánh",
            [("Tổ trưởng", "tổ công tác đặc biệt")],
            id="a_team_leader_leads_the_team_written_after_the_title_or_before_do_1",
        ),
        pytest.param(
            "Công an huyện Kim Sơn lập tổ công tác đặc biệt do Thượng úy Phạm Quốc Khánh làm tổ trưởng. "
            "Trung úy Lã Văn Bình, tổ trưởng tổ tuần tra Đội CSGT số 3 cho biết. Tổ công tác do ông Tạ Văn "
            "Lợi, Phó Giám đốc Sở NN&PTNT, làm tổ trưởng.",
            "Lã Văn Bình",
            [("Tổ trưởng", "tổ tuần tra Đội CSGT số 3")],
            id="a_team_leader_leads_the_team_written_after_the_title_or_before_do_2",
        ),
        pytest.param(
            "Tòa xử Trần Văn Liêm (nguyên Tổng giám đốc công ty Hải Phát Lines), Giang Kim Lực (nguyên Phó "
            "Tổng giám đốc); Đàm Văn Tý (nguyên Kế toán trưởng) về tội tham ô.",
            "Giang Kim Lực",
            [("Phó Tổng giám đốc", "Công ty Hải Phát Lines")],
            id="a_bare_company_post_in_brackets_after_a_name_in_a_list_1",
        ),
        pytest.param(
            "Tòa xử Trần Văn Liêm (nguyên Tổng giám đốc công ty Hải Phát Lines), Giang Kim Lực (nguyên Phó "
            "Tổng giám đốc); Đàm Văn Tý (nguyên Kế toán trưởng) về tội tham ô.",
            "Đàm Văn Tý",
            [("Kế toán trưởng", "Công ty Hải Phát Lines")],
            id="a_bare_company_post_in_brackets_after_a_name_in_a_list_2",
        ),
        pytest.param(
            "Đại diện Công an tỉnh Hà Nam, Đại tá Nguyễn Văn Ân, Phó Giám đốc cho biết.",
            "Nguyễn Văn Ân",
            [("Phó Giám đốc", "Công an tỉnh Hà Nam")],
            id="a_director_alone_is_of_the_one_unit_with_a_director_the_report_names_1",
        ),
        pytest.param(
            "Bộ GTVT vừa họp. Thứ trưởng Nguyễn Ngọc Hoan đã yêu cầu các đơn vị rà soát. Cô Hà Thị Vân, tổ "
            "trưởng tổ chấm thi số 3 tỉnh Hưng Yên cho biết.",
            "Nguyễn Ngọc Hoan",
            [("Thứ trưởng", "Bộ GTVT")],
            id="a_title_before_a_name_is_in_the_one_unit_of_its_head_the_report_names_1",
        ),
        pytest.param(
            "Bộ GTVT vừa họp. Thứ trưởng Nguyễn Ngọc Hoan đã yêu cầu các đơn vị rà soát. Cô Hà Thị Vân, tổ "
            "trưởng tổ chấm thi số 3 tỉnh Hưng Yên cho biết.",
            "Hà Thị Vân",
            [("Tổ trưởng", "tổ chấm thi số 3 tỉnh Hưng Yên")],
            id="a_title_before_a_name_is_in_the_one_unit_of_its_head_the_report_names_2",
        ),
        pytest.param(
            "Chiều 18/6, ông Lạc Văn Ất - Bí thư huyện ủy Kim Sơn xác nhận vụ việc. Ông Đồng Văn Bảy, Bí thư "
            "đảng ủy xã Hòa Lạc cho biết.",
            "Lạc Văn Ất",
            [("Bí thư", "Huyện ủy Kim Sơn")],
            id="a_party_committee_written_in_lower_case_1",
        ),
        pytest.param(
            "Chiều 18/6, ông Lạc Văn Ất - Bí thư huyện ủy Kim Sơn xác nhận vụ việc. Ông Đồng Văn Bảy, Bí thư "
            "đảng ủy xã Hòa Lạc cho biết.",
            "Đồng Văn Bảy",
            [("Bí thư", "Đảng ủy xã Hòa Lạc")],
            id="a_party_committee_written_in_lower_case_2",
        ),
        pytest.param(
            "Lễ hội ở huyện Kim Sơn, tỉnh Ninh Bình. Ông Mạc Văn Ất - Huyện ủy viên, Trưởng phòng Văn hóa và "
            "Thông tin huyện cho biết. Bị can gồm Huỳnh Nam Dư, nguyên Chủ tịch HĐQT XYB; Tạ Phước Hòa, nguyên "
            "Tổng giám đốc.",
            "Mạc Văn Ất",
            [
                ("Huyện ủy viên", "Huyện ủy Kim Sơn"),
                ("Trưởng phòng", "Phòng Văn hóa và Thông tin huyện Kim Sơn"),
            ],
            id="a_party_committee_member_keeps_the_chain_and_a_brand_board_lists_its_officers_1",
        ),
        pytest.param(
            "Lễ hội ở huyện Kim Sơn, tỉnh Ninh Bình. Ông Mạc Văn Ất - Huyện ủy viên, Trưởng phòng Văn hóa và "
            "Thông tin huyện cho biết. Bị can gồm Huỳnh Nam Dư, nguyên Chủ tịch HĐQT XYB; Tạ Phước Hòa, nguyên "
            "Tổng giám đốc.",
            "Tạ Phước Hòa",
            [("Tổng giám đốc", "XYB")],
            id="a_party_committee_member_keeps_the_chain_and_a_brand_board_lists_its_officers_2",
        ),
        pytest.param(
            "Ông Phạm Sỹ Lâm, Phó Chủ tịch Tổng hội Xây dựng Việt Nam cũng cho rằng như vậy.",
            "Phạm Sỹ Lâm",
            [("Phó Chủ tịch", "Tổng hội Xây dựng Việt Nam")],
            id="a_general_association_and_an_alliance_are_units",
        ),
        pytest.param(
            "Hắn tấn công ông Đinh Quốc Khải – Bí thư thị trấn Kỳ Sơn. Ông Lò Văn Mạnh, Phó Bí thư huyện Kim "
            "Sơn cho biết.",
            "Đinh Quốc Khải",
            [("Bí thư", "Đảng ủy thị trấn Kỳ Sơn")],
            id="a_secretary_of_a_place_is_the_secretary_of_its_party_committee_1",
        ),
        pytest.param(
            "Hắn tấn công ông Đinh Quốc Khải – Bí thư thị trấn Kỳ Sơn. Ông Lò Văn Mạnh, Phó Bí thư huyện Kim "
            "Sơn cho biết.",
            "Lò Văn Mạnh",
            [("Phó Bí thư", "Huyện ủy Kim Sơn")],
            id="a_secretary_of_a_place_is_the_secretary_of_its_party_committee_2",
        ),
        pytest.param(
            "Đoàn kiểm tra ông Lê Xuân Nhu (Hiệu trưởng), ông Ma Văn Khoa (Phó hiệu trưởng) và bà Vi Thị Tố "
            "(Kế toán trường Tiểu học Lê Lai). Bị can có Huỳnh Nam Dư, nguyên Tổng Giám đốc; Tạ Văn Thanh, "
            "nguyên Kế toán trưởng Ngân hàng XYB; Lữ Thị Bình bị bắt.",
            "Lê Xuân Nhu",
            [("Hiệu trưởng", "Trường Tiểu học Lê Lai")],
            id="bare_posts_in_a_list_take_the_unit_its_last_item_names_1",
        ),
        pytest.param(
            "Đoàn kiểm tra ông Lê Xuân Nhu (Hiệu trưởng), ông Ma Văn Khoa (Phó hiệu trưởng) và bà Vi Thị Tố "
            "(Kế toán trường Tiểu học Lê Lai). Bị can có Huỳnh Nam Dư, nguyên Tổng Giám đốc; Tạ Văn Thanh, "
            "nguyên Kế toán trưởng Ngân hàng XYB; Lữ Thị Bình bị bắt.",
            "Ma Văn Khoa",
            [("Phó hiệu trưởng", "Trường Tiểu học Lê Lai")],
            id="bare_posts_in_a_list_take_the_unit_its_last_item_names_2",
        ),
        pytest.param(
            "Đoàn kiểm tra ông Lê Xuân Nhu (Hiệu trưởng), ông Ma Văn Khoa (Phó hiệu trưởng) và bà Vi Thị Tố "
            "(Kế toán trường Tiểu học Lê Lai). Bị can có Huỳnh Nam Dư, nguyên Tổng Giám đốc; Tạ Văn Thanh, "
            "nguyên Kế toán trưởng Ngân hàng XYB; Lữ Thị Bình bị bắt.",
            "Huỳnh Nam Dư",
            [("Tổng Giám đốc", "Ngân hàng XYB")],
            id="bare_posts_in_a_list_take_the_unit_its_last_item_names_3",
        ),
        pytest.param(
            "Đoàn kiểm tra ông Lê Xuân Nhu (Giám đốc), ông Ma Văn Khoa (Phó giám đốc) và bà Vi Thị Tố (Kế "
            "toán trường Tiểu học Lê Lai).",
            "Vi Thị Tố",
            [("Kế toán", "Trường Tiểu học Lê Lai")],
            id="a_director_in_a_list_does_not_take_a_schools_unit_2",
        ),
        # The province after 'Quốc hội' is the delegation's; the post is in the one National Assembly.
        pytest.param(
            "Đại biểu Quốc hội tỉnh Nam Định Lò Văn Khiêm phát biểu ý kiến. "
            "Đại biểu Quốc hội thành phố Hà Nội Đào Thị Mận đồng tình.",
            "Lò Văn Khiêm",
            [("Đại biểu", "Quốc hội")],
            id="a_deputy_named_with_the_province_of_his_delegation_1",
        ),
        pytest.param(
            "Đại biểu Quốc hội tỉnh Nam Định Lò Văn Khiêm phát biểu ý kiến. "
            "Đại biểu Quốc hội thành phố Hà Nội Đào Thị Mận đồng tình.",
            "Đào Thị Mận",
            [("Đại biểu", "Quốc hội")],
            id="a_deputy_named_with_the_province_of_his_delegation_2",
        ),
        # 'hộ tịch', 'chứng thực' are fields of a unit's name, so the list does not cut the title off.
        pytest.param(
            "Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực Lò Văn Khiêm thông tin thêm.",
            "Lò Văn Khiêm",
            [("Cục trưởng", "Cục Quốc tịch, hộ tịch và chứng thực")],
            id="a_unit_named_by_a_comma_list_of_civil_status_fields",
        ),
        pytest.param(
            "Ngày 3/4, Chủ tịch UBND xã Tân Lộc, huyện Đức Phong (Long An) - ông Trần Văn Bính xác nhận sự "
            "việc. Cục trưởng Cục Giám sát, Thanh tra Chính phủ Phạm Văn Đạo đã ký quyết định. Theo Trưởng "
            "Công an phường Lê Văn Tám, ông Hồ Văn Hòe cũng cho biết, lực lượng đã có mặt. Chúng tôi đã gửi "
            "giấy mời cho đồng chí trưởng công an xã Việt Lâm Nguyễn Sỹ Nguyền.",
            "Trần Văn Bính",
            [("Chủ tịch", "UBND xã Tân Lộc")],
            id="a_post_before_the_name_across_its_units_places_or_parent_1",
        ),
        pytest.param(
            "Ngày 3/4, Chủ tịch UBND xã Tân Lộc, huyện Đức Phong (Long An) - ông Trần Văn Bính xác nhận sự "
            "việc. Cục trưởng Cục Giám sát, Thanh tra Chính phủ Phạm Văn Đạo đã ký quyết định. Theo Trưởng "
            "Công an phường Lê Văn Tám, ông Hồ Văn Hòe cũng cho biết, lực lượng đã có mặt. Chúng tôi đã gửi "
            "giấy mời cho đồng chí trưởng công an xã Việt Lâm Nguyễn Sỹ Nguyền.",
            "Phạm Văn Đạo",
            [("Cục trưởng", "Cục Giám sát")],
            id="a_post_before_the_name_across_its_units_places_or_parent_2",
        ),
        pytest.param(
            "Ngày 3/4, Chủ tịch UBND xã Tân Lộc, huyện Đức Phong (Long An) - ông Trần Văn Bính xác nhận sự "
            "việc. Cục trưởng Cục Giám sát, Thanh tra Chính phủ Phạm Văn Đạo đã ký quyết định. Theo Trưởng "
            "Công an phường Lê Văn Tám, ông Hồ Văn Hòe cũng cho biết, lực lượng đã có mặt. Chúng tôi đã gửi "
            "giấy mời cho đồng chí trưởng công an xã Việt Lâm Nguyễn Sỹ Nguyền.",
            "Hồ Văn Hòe",
            [("Trưởng", "Công an phường Lê Văn Tám")],
            id="a_post_before_the_name_across_its_units_places_or_parent_3",
        ),
        pytest.param(
            "Ngày 3/4, Chủ tịch UBND xã Tân Lộc, huyện Đức Phong (Long An) - ông Trần Văn Bính xác nhận sự "
            "việc. Cục trưởng Cục Giám sát, Thanh tra Chính phủ Phạm Văn Đạo đã ký quyết định. Theo Trưởng "
            "Công an phường Lê Văn Tám, ông Hồ Văn Hòe cũng cho biết, lực lượng đã có mặt. Chúng tôi đã gửi "
            "giấy mời cho đồng chí trưởng công an xã Việt Lâm Nguyễn Sỹ Nguyền.",
            "Nguyễn Sỹ Nguyền",
            [("Trưởng", "Công an xã Việt Lâm")],
            id="a_post_before_the_name_across_its_units_places_or_parent_4",
        ),
        pytest.param(
            "Chiều cùng ngày, ông Lê Văn Bá, Phó trưởng thôn Đông, xã Tân Hòa cho biết sự việc. Ông Ngô Văn "
            "Hải - Phó Giám đốc Vườn quốc gia Bạch Vân cho biết gỗ không quý. Đại úy Vũ Văn Hưởng, Đội trưởng "
            "Đội trinh sát, Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Lai Châu kể lại.",
            "Lê Văn Bá",
            [("Phó trưởng thôn", "Thôn Đông")],
            id="deputy_village_heads_national_parks_and_lower_case_unit_words_1",
        ),
        pytest.param(
            "Chiều cùng ngày, ông Lê Văn Bá, Phó trưởng thôn Đông, xã Tân Hòa cho biết sự việc. Ông Ngô Văn "
            "Hải - Phó Giám đốc Vườn quốc gia Bạch Vân cho biết gỗ không quý. Đại úy Vũ Văn Hưởng, Đội trưởng "
            "Đội trinh sát, Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Lai Châu kể lại.",
            "Ngô Văn Hải",
            [("Phó Giám đốc", "Vườn quốc gia Bạch Vân")],
            id="deputy_village_heads_national_parks_and_lower_case_unit_words_2",
        ),
        pytest.param(
            "Chiều cùng ngày, ông Lê Văn Bá, Phó trưởng thôn Đông, xã Tân Hòa cho biết sự việc. Ông Ngô Văn "
            "Hải - Phó Giám đốc Vườn quốc gia Bạch Vân cho biết gỗ không quý. Đại úy Vũ Văn Hưởng, Đội trưởng "
            "Đội trinh sát, Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Lai Châu kể lại.",
            "Vũ Văn Hưởng",
            [("Đội trưởng", "Đội trinh sát")],
            id="deputy_village_heads_national_parks_and_lower_case_unit_words_3",
        ),
        pytest.param(
            "Bộ đã thu thẻ nhà báo của phóng viên Lê Văn Phú- báo Sao Mai.",
            "Lê Văn Phú",
            [("Phóng viên", "Báo Sao Mai")],
            id="a_role_before_the_name_and_its_unit_after_a_dash",
        ),
        pytest.param(
            "Tại buổi làm việc giữa UBND TP Hải An với các sở ngành, Chủ tịch Nguyễn Đức Chiến yêu cầu lãnh "
            "đạo Sở Y tế báo cáo.",
            "Nguyễn Đức Chiến",
            [("Chủ tịch", "UBND TP Hải An")],
            id="a_bare_chairman_chairs_the_one_peoples_committee_named_1",
        ),
        pytest.param(
            "Thẩm phán Nghiêm Thị Lương, Chánh tòa Hình sự TAND tỉnh Bắc Hà sẽ ngồi ghế chủ tọa. Dự có Bùi Văn "
            "Cường - Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Lê Hoài Trinh - Thứ trưởng Bộ Ngoại giao.",
            "Bùi Văn Cường",
            [("Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")],
            id="court_division_heads_and_the_labour_federation_2",
        ),
        pytest.param(
            "Tại cuộc họp báo của tỉnh Sóc Trăng, ông Huỳnh Quốc Hoàn, Chánh thanh tra tỉnh này cho biết.",
            "Huỳnh Quốc Hoàn",
            [("Chánh thanh tra", "Thanh tra tỉnh Sóc Trăng")],
            id="a_unit_of_the_province_pointed_back_to",
        ),
        pytest.param(
            "Thiếu tá Hoàng Anh Tấn - Trạm phó Trạm Kiểm lâm Ngọc Hà cho biết.",
            "Hoàng Anh Tấn",
            [("Trạm phó", "Trạm Kiểm lâm Ngọc Hà")],
            id="a_deputy_station_head_written_station_first",
        ),
        pytest.param(
            "Ông Lê Văn Hạ, Giám đốc điều hành Công ty CP Tân Lục cho biết. Ông Lê Văn Hợi, Bí thư Huyện đoàn "
            "Tân Lục cho biết. Ông Lê Văn Hùy, Thư ký Tòa soạn báo Tân Lục cho biết.",
            "Lê Văn Hạ",
            [("Giám đốc điều hành", "Công ty CP Tân Lục")],
            id="titles_with_a_field_and_youth_union_committees_1",
        ),
        pytest.param(
            "Ông Lê Văn Hạ, Giám đốc điều hành Công ty CP Tân Lục cho biết. Ông Lê Văn Hợi, Bí thư Huyện đoàn "
            "Tân Lục cho biết. Ông Lê Văn Hùy, Thư ký Tòa soạn báo Tân Lục cho biết.",
            "Lê Văn Hợi",
            [("Bí thư", "Huyện đoàn Tân Lục")],
            id="titles_with_a_field_and_youth_union_committees_2",
        ),
        pytest.param(
            "Ông Lê Văn Hạ, Giám đốc điều hành Công ty CP Tân Lục cho biết. Ông Lê Văn Hợi, Bí thư Huyện đoàn "
            "Tân Lục cho biết. Ông Lê Văn Hùy, Thư ký Tòa soạn báo Tân Lục cho biết.",
            "Lê Văn Hùy",
            [("Thư ký Tòa soạn", "Báo Tân Lục")],
            id="titles_with_a_field_and_youth_union_committees_3",
        ),
        pytest.param(
            "Bà Đỗ Thị Hạnh, Ủy viên thường trực Ủy ban các vấn đề xã hội của Quốc hội nói.",
            "Đỗ Thị Hạnh",
            [("Ủy viên thường trực", "Ủy ban các vấn đề xã hội của Quốc hội")],
            id="an_assembly_committee_named_in_lower_case_2",
        ),
        pytest.param(
            "Luật sư Lê Văn Khánh – Trưởng Văn phòng Luật sư Bình Minh cho biết.",
            "Lê Văn Khánh",
            [("Trưởng Văn phòng", "Văn phòng Luật sư Bình Minh")],
            id="the_head_of_a_law_practice_written_in_capitals_1",
        ),
        pytest.param(
            "Ông Đỗ Văn Tâm, Chánh Văn phòng Sở Y tế tỉnh Bình Lạc cho biết.",
            "Đỗ Văn Tâm",
            [("Chánh Văn phòng", "Sở Y tế tỉnh Bình Lạc")],
            id="the_head_of_a_law_practice_written_in_capitals_2",
        ),
        pytest.param(
            "Đại biểu Lê Văn Khánh (Đoàn Thanh Hóa - Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội) nói.",
            "Lê Văn Khánh",
            [
                ("Đại biểu", "Quốc hội"),
                ("Phó Chủ nhiệm", "Ủy ban Pháp luật của Quốc hội"),
            ],
            id="a_deputy_with_a_post_after_the_delegation",
        ),
        pytest.param(
            "Theo cáo trạng, Đỗ Văn Tâm (là Trưởng Công an xã Hòa Lạc) đã bỏ trốn.",
            "Đỗ Văn Tâm",
            [("Trưởng", "Công an xã Hòa Lạc")],
            id="a_post_in_an_aside_opened_by_la_1",
        ),
        pytest.param(
            "Đỗ Văn Tâm, Giám đốc chi nhánh Văn phòng đăng ký đất đai huyện Hòa Lạc bị bắt.",
            "Đỗ Văn Tâm",
            [("Giám đốc", "Chi nhánh Văn phòng đăng ký đất đai huyện Hòa Lạc")],
            id="a_land_registration_office_reads_its_field",
        ),
        pytest.param(
            "Ông Đỗ Văn Tâm - Giám đốc Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM cho biết.",
            "Đỗ Văn Tâm",
            [
                ("Giám đốc", "Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM")
            ],
            id="a_centre_capitalised_on_its_first_field_only_with_a_long_name",
        ),
        pytest.param(
            "Đại biểu Lê Văn Khánh (TP Hồ Chí Minh) đề xuất bổ sung điều luật.",
            "Lê Văn Khánh",
            [("Đại biểu", "Quốc hội")],
            id="a_deputy_whose_province_is_written_with_its_level_1",
        ),
        pytest.param(
            "Đại biểu Đỗ Thị Hạnh (tỉnh Nghệ An) đề xuất bổ sung điều luật.",
            "Đỗ Thị Hạnh",
            [("Đại biểu", "Quốc hội")],
            id="a_deputy_whose_province_is_written_with_its_level_2",
        ),
        pytest.param(
            "Đại biểu Lê Văn Khánh, đoàn Hà Nội, cho rằng cần sửa luật.",
            "Lê Văn Khánh",
            [("Đại biểu", "Quốc hội")],
            id="a_deputy_whose_delegation_follows_a_comma",
        ),
        pytest.param(
            "Ông Đỗ Văn Khang, Hiệu trưởng Trường ĐH Vinh vẫn luôn chuẩn bị kỹ.",
            "Đỗ Văn Khang",
            [("Hiệu trưởng", "Trường ĐH Vinh")],
            id="a_unit_stops_before_the_predicate_or_the_next_sentence_1",
        ),
        pytest.param(
            "Ông Lê Văn Khánh, Giám đốc Sở Y tế Hòa Bình Đến ngày 7/7 sẽ hết thời hạn.",
            "Lê Văn Khánh",
            [("Giám đốc", "Sở Y tế Hòa Bình")],
            id="a_unit_stops_before_the_predicate_or_the_next_sentence_2",
        ),
        pytest.param(
            "Sau đó, Trưởng Ban Dân nguyện của Ủy ban thường vụ Quốc hội Lê Văn Khánh phát biểu.",
            "Lê Văn Khánh",
            [("Trưởng Ban", "Ban Dân nguyện của Ủy ban thường vụ Quốc hội")],
            id="a_board_of_the_assembly_standing_committee",
        ),
        pytest.param(
            "Ông Đỗ Văn Tâm, Cố vấn cấp cao HĐQT Ngân hàng Bình Minh cho rằng cần sửa.",
            "Đỗ Văn Tâm",
            [("Cố vấn cấp cao", "HĐQT Ngân hàng Bình Minh")],
            id="a_senior_adviser_is_one_title",
        ),
        pytest.param(
            "Ông Đỗ Văn Tâm, Tổng Giám đốc, Chủ tịch HĐQT Công ty Bình Minh cho biết.",
            "Đỗ Văn Tâm",
            [
                ("Tổng Giám đốc", "Công ty Bình Minh"),
                ("Chủ tịch", "HĐQT Công ty Bình Minh"),
            ],
            id="an_executive_sharing_a_board_post_unit_is_the_company_s",
        ),
        pytest.param(
            "Ông Đỗ Văn Tâm, Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Hà và ông Lý Văn Kha có mặt.",
            "Đỗ Văn Tâm",
            [("Chi cục trưởng", "Chi cục Hải quan Sân bay Tân Sơn Hà")],
            id="capitals_after_an_appositive_post_end_its_unit_not_open_a_name_2",
        ),
        pytest.param(
            "Chủ nhiệm Ủy ban Kinh tế Võ Văn Tư, Bộ trưởng Bộ Xây dựng Lý Kha đã báo cáo.",
            "Lý Kha",
            [("Bộ trưởng", "Bộ Xây dựng")],
            id="capitals_after_an_appositive_post_end_its_unit_not_open_a_name_3",
        ),
        pytest.param(
            "Đại tá Đoàn Văn Tư - Giám thị trại tạm giam số 2 Hà Nam cho biết như vậy.",
            "Đoàn Văn Tư",
            [("Giám thị", "Trại tạm giam số 2 Hà Nam")],
            id="a_lower_case_head_and_field_words_before_the_unit_s_name_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám, nguyên Giám đốc trung tâm cai nghiện Bình Minh, cho biết như vậy.",
            "Lê Văn Tám",
            [("Giám đốc", "Trung tâm cai nghiện Bình Minh")],
            id="a_lower_case_head_and_field_words_before_the_unit_s_name_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám, Giám đốc Xí nghiệp đóng tàu Bình Minh, cho biết như vậy.",
            "Lê Văn Tám",
            [("Giám đốc", "Xí nghiệp đóng tàu Bình Minh")],
            id="a_works_a_bus_station_and_a_firm_head_a_post_s_unit_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám, Giám đốc hãng Taxi Hoa Mai (Hà Nội) bức xúc.",
            "Lê Văn Tám",
            [("Giám đốc", "Hãng Taxi Hoa Mai")],
            id="a_works_a_bus_station_and_a_firm_head_a_post_s_unit_2",
        ),
        pytest.param(
            "Dự có Trưởng Ban Dân vận T.Ư Lý Văn Kha và Chủ tịch Ủy ban T.Ư MTTQ Việt Nam Lê Văn Tám.",
            "Lý Văn Kha",
            [("Trưởng Ban", "Ban Dân vận T.Ư")],
            id="a_dotted_central_abbreviation_stays_inside_the_unit_1",
        ),
        pytest.param(
            "Dự có Trưởng Ban Dân vận T.Ư Lý Văn Kha và Chủ tịch Ủy ban T.Ư MTTQ Việt Nam Lê Văn Tám.",
            "Lê Văn Tám",
            [("Chủ tịch", "Ủy ban T.Ư MTTQ Việt Nam")],
            id="a_dotted_central_abbreviation_stays_inside_the_unit_2",
        ),
        pytest.param(
            "Thấy vậy, anh Lê Văn Tám - Phó Chủ tịch phường 6, chạy vào can ngăn.",
            "Lê Văn Tám",
            [("Phó Chủ tịch", "UBND phường 6")],
            id="a_chair_of_a_numbered_ward_chairs_its_people_s_committee",
        ),
        pytest.param(
            "Bắt Lò Văn Khiêm (35 tuổi, trú TP Lạng Sơn, bác sĩ khoa Hồi sức - Đơn nguyên lọc máu, "
            "Bệnh viện Đa khoa tỉnh Lạng Sơn) để điều tra.",
            "Lò Văn Khiêm",
            [("Bác sĩ", "Khoa Hồi sức - Đơn nguyên lọc máu")],
            id="a_doctor_s_ward_after_the_name_is_a_post_a_doctor_addressed_so_is_not_1",
        ),
        pytest.param(
            "Thống đốc Ngân hàng Nhà nước Hứa Văn Sơn và Phó Thống đốc Đào Minh Tú cùng dự.",
            "Hứa Văn Sơn",
            [("Thống đốc", "Ngân hàng Nhà nước")],
            id="a_governor_of_the_state_bank",
        ),
        pytest.param(
            "Bắt đối tượng Hà Minh Sáng (40 tuổi - nguyên Phó chánh Thanh tra Sở GTVT tỉnh Cao Bằng).",
            "Hà Minh Sáng",
            [("Phó chánh Thanh tra", "Sở GTVT tỉnh Cao Bằng")],
            id="a_post_after_a_dash_behind_the_age_1",
        ),
        pytest.param(
            "Có 9 người bị bắt (trong đó có Hà Minh Sáng, 36 tuổi - Giám đốc Công ty Hòa Phát) hôm qua.",
            "Hà Minh Sáng",
            [("Giám đốc", "Công ty Hòa Phát")],
            id="a_post_after_a_dash_behind_the_age_2",
        ),
        pytest.param(
            "Thay mặt giám đốc Công an tỉnh Bắc Kạn, Thượng tá Đàm Văn Thiêm - Phó giám đốc Công an tỉnh Bắc Kạn trao thưởng.",
            "Đàm Văn Thiêm",
            [("Phó giám đốc", "Công an tỉnh Bắc Kạn")],
            id="a_post_the_speaker_stands_in_for_is_not_the_speaker_s_1",
        ),
        pytest.param(
            "Thượng tướng Hà Quang Tú, Bộ trưởng Bộ Công an đón ngài Piotr Novak, Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Ba Lan.",
            "Hà Quang Tú",
            [("Bộ trưởng", "Bộ Công an")],
            id="a_unit_ends_before_the_dignitary_welcomed",
        ),
        pytest.param(
            "Hiệu trưởng trường Hoa Mai Lương Thị Diệp nói rằng trường sẽ khắc phục.",
            "Lương Thị Diệp",
            [("Hiệu trưởng", "Trường Hoa Mai")],
            id="a_unit_s_last_word_before_a_three_word_name_is_not_the_name_s_1",
        ),
        pytest.param(
            "Trưởng phòng Giáo dục và Đào tạo Hai Bà Trưng Đoàn Lưu Khuê cho biết như vậy.",
            "Đoàn Lưu Khuê",
            [("Trưởng phòng", "Phòng Giáo dục và Đào tạo Hai Bà Trưng")],
            id="a_unit_s_last_word_before_a_three_word_name_is_not_the_name_s_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám, người từng giữ chức Phó Chủ tịch UBND huyện Yên Lạc, đã bị bắt.",
            "Lê Văn Tám",
            [("Phó Chủ tịch", "UBND huyện Yên Lạc")],
            id="a_post_in_a_relative_clause_after_the_name_1",
        ),
        pytest.param(
            "Công an bắt Hà Văn Lợi, Giám đốc Công ty TNHH Đại Phát Lộc (Công ty Đại Phát), cùng Mạc Văn Đạt "
            "và Phùng Văn Vĩ đều là Phó giám đốc về hành vi lừa đảo. Công ty Minh Long cũng bị kiểm tra. "
            "Riêng bị can Lục Thị Nhàn, Kế toán trưởng công ty Đại Phát được tại ngoại.",
            "Mạc Văn Đạt",
            [("Phó giám đốc", "Công ty TNHH Đại Phát Lộc")],
            id="a_bare_post_takes_the_unit_of_that_kind_just_named_1",
        ),
        pytest.param(
            "Bộ trưởng Bộ Y tế đến thăm bệnh nhân. Lực lượng Bộ Công an đã niêm phong hiện trường. "
            "Bộ trưởng Lê Thị Hòa cho rằng sự cố rất đau xót.",
            "Lê Thị Hòa",
            [("Bộ trưởng", "Bộ Y tế")],
            id="a_bare_post_takes_the_unit_of_that_kind_just_named_2",
        ),
        pytest.param(
            "Xe do Thượng úy Lò Văn Đĩnh (29 tuổi - cán bộ thuộc Công an huyện Yên Lạc) điều khiển.",
            "Lò Văn Đĩnh",
            [("Cán bộ", "Công an huyện Yên Lạc")],
            id="staff_of_a_unit_after_thuoc_or_tai_and_an_aside_after_a_stray_comma_1",
        ),
        pytest.param(
            "Chị Lê Thị Hoa, bác sĩ tại Bệnh viện Đa khoa tỉnh Nam Định, cho biết như vậy.",
            "Lê Thị Hoa",
            [("Bác sĩ", "Bệnh viện Đa khoa tỉnh Nam Định")],
            id="staff_of_a_unit_after_thuoc_or_tai_and_an_aside_after_a_stray_comma_2",
        ),
        pytest.param(
            "Trả lời PV, thượng tá Lò Văn Hải, (Phó phòng Tham mưu, Công an tỉnh Yên Bái) cho biết như vậy.",
            "Lò Văn Hải",
            [("Phó phòng", "Phòng Tham mưu")],
            id="staff_of_a_unit_after_thuoc_or_tai_and_an_aside_after_a_stray_comma_3",
        ),
        pytest.param(
            "Ông Lê Văn Tám, Trưởng phòng Tham mưu tổng hợp, Công an tỉnh Vĩnh Phúc cho biết như vậy.",
            "Lê Văn Tám",
            [("Trưởng phòng", "Phòng Tham mưu tổng hợp")],
            id="field_words_in_lower_case_end_a_unit_s_name_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám, Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, cho biết.",
            "Lê Văn Tám",
            [("Phó Trưởng Ban", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng")],
            id="field_words_in_lower_case_end_a_unit_s_name_2",
        ),
        pytest.param(
            "Ông Lò Văn Vương (35 tuổi; nhân viên Trung tâm Y tế huyện Phù Mỹ) bị đánh.",
            "Lò Văn Vương",
            [("Nhân viên", "Trung tâm Y tế huyện Phù Mỹ")],
            id="posts_in_asides_after_a_semicolon_a_description_or_a_bare_role_1",
        ),
        pytest.param(
            "Đoàn thăm ông Lò Văn Mạnh (thương binh 1/4, nguyên Phó Giám đốc Trường Chính trị tỉnh Cà Mau).",
            "Lò Văn Mạnh",
            [("Phó Giám đốc", "Trường Chính trị tỉnh Cà Mau")],
            id="posts_in_asides_after_a_semicolon_a_description_or_a_bare_role_2",
        ),
        pytest.param(
            "Xử phạt Lò Văn Dũng (nguyên trung tá, điều tra viên cao cấp Công an tỉnh Tiền Giang) 5 năm tù.",
            "Lò Văn Dũng",
            [("Điều tra viên cao cấp", "Công an tỉnh Tiền Giang")],
            id="posts_in_asides_after_a_semicolon_a_description_or_a_bare_role_5",
        ),
        pytest.param(
            "Đình chỉ Thượng tá Lò Tấn Lạc (Đồn trưởng Đồn biên phòng La Hà) và ông Lê Văn Tám.",
            "Lò Tấn Lạc",
            [("Đồn trưởng", "Đồn biên phòng La Hà")],
            id="capitals_after_a_post_in_brackets_end_its_unit_1",
        ),
        pytest.param(
            "Ông Lê Xuân Chiến (Phó Giám đốc, Trưởng phòng Tổ chức Công ty Hòa Bình) bị đình chỉ.",
            "Lê Xuân Chiến",
            [
                ("Phó Giám đốc", "Công ty Hòa Bình"), ("Trưởng phòng", "Phòng Tổ chức Công ty Hòa Bình")
            ],
            id="a_director_sharing_a_division_head_s_chain_is_the_parent_s",
        ),
        pytest.param(
            "Tổ công tác Y7/141 (do Trung tá Lê Mạnh Hưng làm tổ trưởng) phát hiện xe vi phạm.",
            "Lê Mạnh Hưng",
            [("Tổ trưởng", "Tổ công tác Y7/141")],
            id="a_patrol_team_led_by_a_name_in_brackets_1",
        ),
        pytest.param(
            "Hôm qua, tổ công tác do ông Lê Mạnh Hưng làm tổ trưởng đã đến.",
            "Lê Mạnh Hưng",
            [("Tổ trưởng", "tổ công tác")],
            id="a_patrol_team_led_by_a_name_in_brackets_2",
        ),
        pytest.param(
            "Các bị can gồm Lý Văn Cự, nguyên Chủ tịch HĐQT Ngân hàng MHB; Lò Phước Hòa, nguyên Tổng giám đốc; "
            "Lò Văn Thanh, nguyên kế toán trưởng.",
            "Lò Văn Thanh",
            [("Kế toán trưởng", "Ngân hàng MHB")],
            id="a_company_s_list_in_lower_case_and_a_unit_named_in_lower_case_after_its_head_1",
        ),
        pytest.param(
            "Ông Hà Văn Ngọc, Cục trưởng Cục đăng ký quốc gia giao dịch bảo đảm, Bộ Tư pháp cho biết.",
            "Hà Văn Ngọc",
            [("Cục trưởng", "Cục đăng ký quốc gia giao dịch bảo đảm")],
            id="a_company_s_list_in_lower_case_and_a_unit_named_in_lower_case_after_its_head_2",
        ),
        pytest.param(
            "Chuyện của hoa hậu Hà Kiều Loan và Giám đốc công ty Đông Phong - Lê Gia Thiện gây xôn xao.",
            "Lê Gia Thiện",
            [("Giám đốc", "Công ty Đông Phong")],
            id="a_post_after_va_is_the_next_person_s_and_restaurants_and_fire_police_head_units_2",
        ),
        pytest.param(
            "Bắt Lò Văn Minh (22 tuổi, giám đốc nhà hàng Hoa Sen) về tội trên.",
            "Lò Văn Minh",
            [("Giám đốc", "Nhà hàng Hoa Sen")],
            id="a_post_after_va_is_the_next_person_s_and_restaurants_and_fire_police_head_units_3",
        ),
        pytest.param(
            "Đại tá Lê Tấn Bảo - Giám đốc Cảnh sát PCCC tỉnh Bình Dương cho biết.",
            "Lê Tấn Bảo",
            [("Giám đốc", "Cảnh sát PCCC tỉnh Bình Dương")],
            id="a_post_after_va_is_the_next_person_s_and_restaurants_and_fire_police_head_units_4",
        ),
        pytest.param(
            "Bắt Lữ Thị Bình và Đặng Văn Hòa, nguyên Tổng giám đốc và Phó tổng giám đốc Công ty MHBS.",
            "Lữ Thị Bình",
            [("Tổng giám đốc", "Công ty MHBS")],
            id="posts_written_respectively_after_two_names_1",
        ),
        pytest.param(
            "Bắt Lữ Thị Bình và Đặng Văn Hòa, nguyên Tổng giám đốc và Phó tổng giám đốc Công ty MHBS.",
            "Đặng Văn Hòa",
            [("Phó tổng giám đốc", "Công ty MHBS")],
            id="posts_written_respectively_after_two_names_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám và ông Lò Văn Hải, Giám đốc và Chủ tịch Công ty Hòa Bình, cùng dự.",
            "Lê Văn Tám",
            [("Giám đốc", "Công ty Hòa Bình")],
            id="posts_written_respectively_after_two_names_3",
        ),
        pytest.param(
            "Cơ quan điều tra đã bắt Chi cục phó Chi cục Quản lý thị trường là ông Châu Hoài Phong.",
            "Châu Hoài Phong",
            [("Chi cục phó", "Chi cục Quản lý thị trường")],
            id="a_post_then_la_and_its_holder_and_units_after_thuoc_tai_cua_1",
        ),
        # The holder after 'là' needs no 'ông' or rank: 'Trưởng công an xã X là Võ Văn A bị thương'.
        pytest.param(
            "Khi vây bắt, Trưởng Công an xã Hoa Sơn là Võ Văn Cường bị thương ở tay.",
            "Võ Văn Cường",
            [("Trưởng", "Công an xã Hoa Sơn")],
            id="a_post_then_la_and_its_holder_and_units_after_thuoc_tai_cua_3",
        ),
        pytest.param(
            "Luật sư Nguyễn Văn Trọng - thuộc đoàn luật sư TP Hà Nội, bào chữa cho bị hại.",
            "Nguyễn Văn Trọng",
            [("Luật sư", "Đoàn luật sư TP Hà Nội")],
            id="a_post_then_la_and_its_holder_and_units_after_thuoc_tai_cua_5",
        ),
        pytest.param(
            "Cô dâu là Cao Thị Mỹ Hòa (sinh năm 1994, hiện là giáo viên tại trường Mầm non Hoa Sen).",
            "Cao Thị Mỹ Hòa",
            [("Giáo viên", "Trường Mầm non Hoa Sen")],
            id="a_post_then_la_and_its_holder_and_units_after_thuoc_tai_cua_6",
        ),
        pytest.param(
            "Số tiền này được chuyển cho Ninh Văn Quý - Kế toán trưởng của PVN để chi tiêu.",
            "Ninh Văn Quý",
            [("Kế toán trưởng", "PVN")],
            id="a_post_then_la_and_its_holder_and_units_after_thuoc_tai_cua_7",
        ),
        pytest.param(
            "Việc này giao cho bà Hà Thị Quỳnh Nga – chuyên viên Phòng GD&ĐT huyện Anh Sơn quản lý.",
            "Hà Thị Quỳnh Nga",
            [("Chuyên viên", "Phòng GD&ĐT huyện Anh Sơn")],
            id="specialists_and_lower_case_welfare_divisions_1",
        ),
        pytest.param(
            "Ông Vũ Quốc Tân, Trưởng phòng bảo trợ xã hội của Sở LĐTBXH Bình Thuận cho biết.",
            "Vũ Quốc Tân",
            [("Trưởng phòng", "Phòng bảo trợ xã hội")],
            id="specialists_and_lower_case_welfare_divisions_2",
        ),
        pytest.param(
            "Bị truy tố có Hoàng Văn Trung, nguyên Giám đốc và Lò Văn Khải, nguyên Phó giám đốc Ban quản lý dự án "
            "Sông Hồng; Trần Cao Bằng, nguyên Giám đốc và Vũ Thanh Hải, nguyên Phó giám đốc Công ty cổ phần Hòa Bình.",
            "Hoàng Văn Trung",
            [("Giám đốc", "Ban quản lý dự án Sông Hồng")],
            id="a_bare_director_in_a_list_takes_the_unit_of_the_next_item_1",
        ),
        pytest.param(
            "Bị truy tố có Hoàng Văn Trung, nguyên Giám đốc và Lò Văn Khải, nguyên Phó giám đốc Ban quản lý dự án "
            "Sông Hồng; Trần Cao Bằng, nguyên Giám đốc và Vũ Thanh Hải, nguyên Phó giám đốc Công ty cổ phần Hòa Bình.",
            "Trần Cao Bằng",
            [("Giám đốc", "Công ty cổ phần Hòa Bình")],
            id="a_bare_director_in_a_list_takes_the_unit_of_the_next_item_2",
        ),
        pytest.param(
            "Theo đơn của chị Nguyễn Thị Lan đang làm điều dưỡng tại Bệnh viện đa khoa Hòa Bình, ông Trần Văn "
            "Minh, Phó Giám đốc bệnh viện đã có hành vi sai trái.",
            "Nguyễn Thị Lan",
            [("Điều dưỡng", "Bệnh viện đa khoa Hòa Bình")],
            id="a_post_written_as_a_predicate_stays_with_its_subject_1",
        ),
        pytest.param(
            "Theo đơn của chị Nguyễn Thị Lan đang làm điều dưỡng tại Bệnh viện đa khoa Hòa Bình, ông Trần Văn "
            "Minh, Phó Giám đốc bệnh viện đã có hành vi sai trái.",
            "Trần Văn Minh",
            [("Phó Giám đốc", "Bệnh viện đa khoa Hòa Bình")],
            id="a_post_written_as_a_predicate_stays_with_its_subject_2",
        ),
        pytest.param(
            "Tài xế gây tai nạn là Phạm Tuấn Thịnh (SN 1986) - cán bộ hành chính của bệnh viện Đa khoa huyện Quế Võ.",
            "Phạm Tuấn Thịnh",
            [("Cán bộ hành chính", "Bệnh viện Đa khoa huyện Quế Võ")],
            id="a_staff_title_keeps_its_qualifying_words_before_the_unit_1",
        ),
        pytest.param(
            "Anh Đào Nguyên Ánh là nhân viên bảo vệ tại trung tâm thương mại Hoa Sen.",
            "Đào Nguyên Ánh",
            [("Nhân viên bảo vệ", "Trung tâm thương mại Hoa Sen")],
            id="a_staff_title_keeps_its_qualifying_words_before_the_unit_2",
        ),
        pytest.param(
            "Lợi dụng nhiệm vụ được giao là kế toán trường THCS Hoa Sen, Trịnh Hồng Xuân đã lập khống bảng lương.",
            "Trịnh Hồng Xuân",
            [("Kế toán", "Trường THCS Hoa Sen")],
            id="a_fronted_clause_s_post_is_the_subject_s_after_the_comma",
        ),
        pytest.param(
            "Dự có ông Mai Đức Chính - Phó Chủ tịch Tổng LĐLĐVN; bà Lò Thị Tuyến - Chủ tịch LĐLĐ tỉnh Hà Nam.",
            "Mai Đức Chính",
            [("Phó Chủ tịch", "Tổng LĐLĐVN")],
            id="national_trade_union_initials_1",
        ),
        pytest.param(
            "Dự có ông Mai Đức Chính - Phó Chủ tịch Tổng LĐLĐVN; bà Lò Thị Tuyến - Chủ tịch LĐLĐ tỉnh Hà Nam.",
            "Lò Thị Tuyến",
            [("Chủ tịch", "LĐLĐ tỉnh Hà Nam")],
            id="national_trade_union_initials_2",
        ),
        pytest.param(
            "Bệnh viện ký hợp đồng với Công ty cổ phần dược phẩm Hoa Sơn (do ông Đỗ Anh Tuấn làm giám đốc) để sửa máy.",
            "Đỗ Anh Tuấn",
            [("Giám đốc", "Công ty cổ phần dược phẩm Hoa Sơn")],
            id="a_unit_named_before_do_a_lam_its_head_initials_and_a_parent_after_a_comma_1",
        ),
        pytest.param(
            "Chị Lò Thị Phương Thảo - công nhân (CN) Cty Hoa Mai (KCN Thăng Long) - cho rằng như vậy.",
            "Lò Thị Phương Thảo",
            [("Công nhân", "Cty Hoa Mai")],
            id="a_unit_named_before_do_a_lam_its_head_initials_and_a_parent_after_a_comma_2",
        ),
        pytest.param(
            "Ông Lò Trần Toản - Phó chánh thanh tra, Sở GTVT Hà Tĩnh cho hay như vậy.",
            "Lò Trần Toản",
            [("Phó chánh thanh tra", "Sở GTVT Hà Tĩnh")],
            id="a_unit_named_before_do_a_lam_its_head_initials_and_a_parent_after_a_comma_3",
        ),
        pytest.param(
            "Thiếu tá Vũ Hồng Dũng, Phó Đội trưởng Đội CSĐT tội phạm về TTXH (Công an quận 9), cho biết.",
            "Vũ Hồng Dũng",
            [("Phó Đội trưởng", "Đội CSĐT tội phạm về TTXH")],
            id="a_unit_named_before_do_a_lam_its_head_initials_and_a_parent_after_a_comma_4",
        ),
        pytest.param(
            "Phiên chất vấn của HĐND TP Hà Nội diễn ra sáng nay. ĐB Phạm Thị Thanh Mai (Đông Anh) đã chất vấn. "
            "ĐB HĐND TP Hà Nội Phạm Thị Thanh Mai (Đông Anh) hỏi tiếp.",
            "Phạm Thị Thanh Mai",
            [("Đại biểu", "HĐND TP Hà Nội")],
            id="a_council_deputy_written_db_after_the_council_is_named_so_1",
        ),
        pytest.param(
            "Tại kỳ họp, ĐB HĐND tỉnh Quảng Ninh đã chất vấn. ĐB Lê Văn Tám (Hạ Long) hỏi.",
            "Lê Văn Tám",
            [("Đại biểu", "HĐND tỉnh Quảng Ninh")],
            id="a_council_deputy_written_db_after_the_council_is_named_so_2",
        ),
        pytest.param(
            "Bác sĩ chuyên khoa II Huỳnh Thanh Hiền, Trưởng khoa T3, Bệnh viện Tâm thần tỉnh X cảnh báo.",
            "Huỳnh Thanh Hiền",
            [("Trưởng khoa", "Khoa T3")],
            id="degrees_regions_and_owners_are_not_a_post_s_unit_1",
        ),
        pytest.param(
            "Bắt Đỗ Văn Hiền, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Hoa Sen về tội trên.",
            "Đỗ Văn Hiền",
            [("Chủ tịch", "HĐQT Công ty Hoa Sen"), ("Tổng giám đốc", "Công ty Hoa Sen")],
            id="a_bare_board_is_the_company_s_named_after_kiem_2",
        ),
        pytest.param(
            "Các bị can gồm Huỳnh Nam Dư, nguyên Chủ tịch HĐQT MHX; Nguyễn Phước Hà, nguyên Tổng giám đốc; "
            "Nguyễn Văn Thành, nguyên kế toán trưởng; Lữ Thị Bích, Đặng Văn Hải nguyên Tổng Giám đốc, Phó Tổng "
            "Giám đốc Công ty MHXS, cùng 11 bị can khác.",
            "Nguyễn Văn Thành",
            [("Kế toán trưởng", "MHX")],
            id="a_trial_s_list_of_a_company_s_posts_and_a_respective_pair_without_a_comma_1",
        ),
        pytest.param(
            "Các bị can gồm Huỳnh Nam Dư, nguyên Chủ tịch HĐQT MHX; Nguyễn Phước Hà, nguyên Tổng giám đốc; "
            "Nguyễn Văn Thành, nguyên kế toán trưởng; Lữ Thị Bích, Đặng Văn Hải nguyên Tổng Giám đốc, Phó Tổng "
            "Giám đốc Công ty MHXS, cùng 11 bị can khác.",
            "Lữ Thị Bích",
            [("Tổng Giám đốc", "Công ty MHXS")],
            id="a_trial_s_list_of_a_company_s_posts_and_a_respective_pair_without_a_comma_2",
        ),
        pytest.param(
            "Các bị can gồm Huỳnh Nam Dư, nguyên Chủ tịch HĐQT MHX; Nguyễn Phước Hà, nguyên Tổng giám đốc; "
            "Nguyễn Văn Thành, nguyên kế toán trưởng; Lữ Thị Bích, Đặng Văn Hải nguyên Tổng Giám đốc, Phó Tổng "
            "Giám đốc Công ty MHXS, cùng 11 bị can khác.",
            "Đặng Văn Hải",
            [("Phó Tổng Giám đốc", "Công ty MHXS")],
            id="a_trial_s_list_of_a_company_s_posts_and_a_respective_pair_without_a_comma_3",
        ),
        pytest.param(
            "Ông Bosco ký với Cty cổ phần Hữu Nghị (do bà Mai Thị Khánh làm Chủ tịch HĐQT kiêm Tổng giám đốc) hợp đồng.",
            "Mai Thị Khánh",
            [
                ("Chủ tịch", "HĐQT Cty cổ phần Hữu Nghị"), ("Tổng giám đốc", "Cty cổ phần Hữu Nghị")
            ],
            id="a_board_and_an_executive_post_of_the_company_led_or_named_before_1",
        ),
        pytest.param(
            "Tuy nhiên, ĐB Bùi Quốc Phòng (Thái Bình) cho rằng, nếu áp dụng thì tốn kém.",
            "Bùi Quốc Phòng",
            [("Đại biểu", "Quốc hội")],
            id="a_given_name_that_is_a_unit_head_ends_the_name_when_nothing_follows",
        ),
        pytest.param(
            "Giám đốc Bệnh viện Hoa Mai Nguyễn Quốc Anh cho biết bệnh nhân đã ổn định.",
            "Nguyễn Quốc Anh",
            [("Giám đốc", "Bệnh viện Hoa Mai")],
            id="a_unit_s_capitalised_name_does_not_run_into_the_holder_s_name_1",
        ),
        pytest.param(
            "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Vũ Văn Tâm yêu cầu xử lý nghiêm.",
            "Vũ Văn Tâm",
            [("Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")],
            id="a_holder_named_after_the_ministry_of_rural_development_1",
        ),
        pytest.param(
            "Liên quan vụ việc, Chánh Thanh tra Hà Nội Nguyễn Văn Tấn Dũng cho biết như vậy.",
            "Nguyễn Văn Tấn Dũng",
            [("Chánh Thanh tra", "Thanh tra Hà Nội")],
            id="a_holder_named_after_the_ministry_of_rural_development_2",
        ),
        pytest.param(
            "Truy tố Huỳnh Nam Dư, nguyên Chủ tịch HĐQT; Nguyễn Phước Hà, nguyên Tổng Giám đốc; Nguyễn Văn Thành, "
            "nguyên Kế toán trưởng Ngân hàng MHX.",
            "Nguyễn Phước Hà",
            [("Tổng Giám đốc", "Ngân hàng MHX")],
            id="a_holder_named_after_the_ministry_of_rural_development_3",
        ),
        pytest.param(
            "Nhìn nhận về vụ việc, luật sư Nguyễn Anh Thắm, (Đoàn luật sư Hà Nội) cho biết như vậy.",
            "Nguyễn Anh Thắm",
            [("Luật sư", "Đoàn luật sư Hà Nội")],
            id="a_lawyer_s_bar_after_a_stray_comma_or_before_a_dash_and_no_y_person_of_a_country_1",
        ),
        pytest.param(
            "Chiều nay, luật sư Huỳnh Công Thuận (Đoàn luật sư tỉnh Long An – bảo vệ cho bị cáo) cho biết.",
            "Huỳnh Công Thuận",
            [("Luật sư", "Đoàn luật sư tỉnh Long An")],
            id="a_lawyer_s_bar_after_a_stray_comma_or_before_a_dash_and_no_y_person_of_a_country_2",
        ),
        pytest.param(
            "Bà Nguyễn Thu Ân - Giám đốc Truyền thông Grab Việt Nam - cho biết như vậy.",
            "Nguyễn Thu Ân",
            [("Giám đốc Truyền thông", "Grab Việt Nam")],
            id="a_foreign_company_s_vietnam_branch_heads_a_post",
        ),
        pytest.param(
            "Ông Lò Văn Kiên, công an viên Công an xã Tà Mung, đã đưa người bị nạn đi cấp cứu. "
            "Ông Kha Văn Lợi, giám định viên Trung tâm Pháp y tỉnh Bình Phước, cho biết nạn nhân tử vong do ngạt. "
            "Bà Tống Thị Na, thanh tra viên Thanh tra Sở Xây dựng, đã lập biên bản. "
            "Đại tá Âu Minh Khoa, Tham mưu trưởng Công an tỉnh Bình Định, chủ trì cuộc họp. "
            "Bà Lục Thị Nhàn, Hội thẩm nhân dân TAND tỉnh Cao Bằng, tham gia phiên tòa.",
            "Lò Văn Kiên",
            [("Công an viên", "Công an xã Tà Mung")],
            id="titles_mined_from_the_corpus_are_posts_in_their_units_1",
        ),
        pytest.param(
            "Ông Lò Văn Kiên, công an viên Công an xã Tà Mung, đã đưa người bị nạn đi cấp cứu. "
            "Ông Kha Văn Lợi, giám định viên Trung tâm Pháp y tỉnh Bình Phước, cho biết nạn nhân tử vong do ngạt. "
            "Bà Tống Thị Na, thanh tra viên Thanh tra Sở Xây dựng, đã lập biên bản. "
            "Đại tá Âu Minh Khoa, Tham mưu trưởng Công an tỉnh Bình Định, chủ trì cuộc họp. "
            "Bà Lục Thị Nhàn, Hội thẩm nhân dân TAND tỉnh Cao Bằng, tham gia phiên tòa.",
            "Kha Văn Lợi",
            [("Giám định viên", "Trung tâm Pháp y tỉnh Bình Phước")],
            id="titles_mined_from_the_corpus_are_posts_in_their_units_2",
        ),
        pytest.param(
            "Ông Lò Văn Kiên, công an viên Công an xã Tà Mung, đã đưa người bị nạn đi cấp cứu. "
            "Ông Kha Văn Lợi, giám định viên Trung tâm Pháp y tỉnh Bình Phước, cho biết nạn nhân tử vong do ngạt. "
            "Bà Tống Thị Na, thanh tra viên Thanh tra Sở Xây dựng, đã lập biên bản. "
            "Đại tá Âu Minh Khoa, Tham mưu trưởng Công an tỉnh Bình Định, chủ trì cuộc họp. "
            "Bà Lục Thị Nhàn, Hội thẩm nhân dân TAND tỉnh Cao Bằng, tham gia phiên tòa.",
            "Tống Thị Na",
            [("Thanh tra viên", "Thanh tra Sở Xây dựng")],
            id="titles_mined_from_the_corpus_are_posts_in_their_units_3",
        ),
        pytest.param(
            "Ông Lò Văn Kiên, công an viên Công an xã Tà Mung, đã đưa người bị nạn đi cấp cứu. "
            "Ông Kha Văn Lợi, giám định viên Trung tâm Pháp y tỉnh Bình Phước, cho biết nạn nhân tử vong do ngạt. "
            "Bà Tống Thị Na, thanh tra viên Thanh tra Sở Xây dựng, đã lập biên bản. "
            "Đại tá Âu Minh Khoa, Tham mưu trưởng Công an tỉnh Bình Định, chủ trì cuộc họp. "
            "Bà Lục Thị Nhàn, Hội thẩm nhân dân TAND tỉnh Cao Bằng, tham gia phiên tòa.",
            "Âu Minh Khoa",
            [("Tham mưu trưởng", "Công an tỉnh Bình Định")],
            id="titles_mined_from_the_corpus_are_posts_in_their_units_4",
        ),
        pytest.param(
            "Ông Lò Văn Kiên, công an viên Công an xã Tà Mung, đã đưa người bị nạn đi cấp cứu. "
            "Ông Kha Văn Lợi, giám định viên Trung tâm Pháp y tỉnh Bình Phước, cho biết nạn nhân tử vong do ngạt. "
            "Bà Tống Thị Na, thanh tra viên Thanh tra Sở Xây dựng, đã lập biên bản. "
            "Đại tá Âu Minh Khoa, Tham mưu trưởng Công an tỉnh Bình Định, chủ trì cuộc họp. "
            "Bà Lục Thị Nhàn, Hội thẩm nhân dân TAND tỉnh Cao Bằng, tham gia phiên tòa.",
            "Lục Thị Nhàn",
            [("Hội thẩm nhân dân", "TAND tỉnh Cao Bằng")],
            id="titles_mined_from_the_corpus_are_posts_in_their_units_5",
        ),
        pytest.param(
            "BS Trịnh Văn Quế, Bệnh viện Đa khoa tỉnh Ninh Bình, cho biết bệnh nhân đã qua cơn nguy kịch. "
            "LS Vương Đình Tùng (Đoàn Luật sư TP Hà Nội) cho rằng bị cáo có thể được giảm án.",
            "Trịnh Văn Quế",
            [("Bác sĩ", "Bệnh viện Đa khoa tỉnh Ninh Bình")],
            id="abbreviated_doctor_and_lawyer_take_their_unit_1",
        ),
        pytest.param(
            "BS Trịnh Văn Quế, Bệnh viện Đa khoa tỉnh Ninh Bình, cho biết bệnh nhân đã qua cơn nguy kịch. "
            "LS Vương Đình Tùng (Đoàn Luật sư TP Hà Nội) cho rằng bị cáo có thể được giảm án.",
            "Vương Đình Tùng",
            [("Luật sư", "Đoàn Luật sư TP Hà Nội")],
            id="abbreviated_doctor_and_lawyer_take_their_unit_2",
        ),
        pytest.param(
            "Ông Khổng Minh Đạt, nguyên PCT UBND tỉnh Bắc Kạn, bị khởi tố. "
            "Bà Lại Thu Trang (nguyên PTGĐ Công ty Hải Đăng) cũng bị khởi tố. "
            "Theo Viện phó VKSND tỉnh Lai Châu Hứa Văn Toại, vụ án đang được điều tra lại.",
            "Hứa Văn Toại",
            [("Viện phó", "VKSND tỉnh Lai Châu")],
            id="initials_and_short_forms_of_known_posts_3",
        ),
        pytest.param(
            "Ông Tôn Thất Vũ, công chứng viên Văn phòng công chứng Hòa Bình, cho biết hợp đồng đã được ký. "
            "Bà Mẫn Thị Lụa, chấp hành viên Chi cục Thi hành án dân sự huyện Yên Thế, đã tống đạt quyết định. "
            "Anh Hoàng Văn Sính, kiểm lâm viên Hạt Kiểm lâm huyện Mường Lát, bị thương khi truy đuổi lâm tặc. "
            "Ông Khúc Văn Nhạc, thủ kho Công ty Lương thực Sông Thao, đã khai nhận.",
            "Tôn Thất Vũ",
            [("Công chứng viên", "Văn phòng công chứng Hòa Bình")],
            id="staff_titles_of_offices_and_agencies_are_posts_1",
        ),
        pytest.param(
            "Ông Tôn Thất Vũ, công chứng viên Văn phòng công chứng Hòa Bình, cho biết hợp đồng đã được ký. "
            "Bà Mẫn Thị Lụa, chấp hành viên Chi cục Thi hành án dân sự huyện Yên Thế, đã tống đạt quyết định. "
            "Anh Hoàng Văn Sính, kiểm lâm viên Hạt Kiểm lâm huyện Mường Lát, bị thương khi truy đuổi lâm tặc. "
            "Ông Khúc Văn Nhạc, thủ kho Công ty Lương thực Sông Thao, đã khai nhận.",
            "Mẫn Thị Lụa",
            [("Chấp hành viên", "Chi cục Thi hành án dân sự huyện Yên Thế")],
            id="staff_titles_of_offices_and_agencies_are_posts_2",
        ),
        pytest.param(
            "Ông Tôn Thất Vũ, công chứng viên Văn phòng công chứng Hòa Bình, cho biết hợp đồng đã được ký. "
            "Bà Mẫn Thị Lụa, chấp hành viên Chi cục Thi hành án dân sự huyện Yên Thế, đã tống đạt quyết định. "
            "Anh Hoàng Văn Sính, kiểm lâm viên Hạt Kiểm lâm huyện Mường Lát, bị thương khi truy đuổi lâm tặc. "
            "Ông Khúc Văn Nhạc, thủ kho Công ty Lương thực Sông Thao, đã khai nhận.",
            "Hoàng Văn Sính",
            [("Kiểm lâm viên", "Hạt Kiểm lâm huyện Mường Lát")],
            id="staff_titles_of_offices_and_agencies_are_posts_3",
        ),
        pytest.param(
            "Ông Tôn Thất Vũ, công chứng viên Văn phòng công chứng Hòa Bình, cho biết hợp đồng đã được ký. "
            "Bà Mẫn Thị Lụa, chấp hành viên Chi cục Thi hành án dân sự huyện Yên Thế, đã tống đạt quyết định. "
            "Anh Hoàng Văn Sính, kiểm lâm viên Hạt Kiểm lâm huyện Mường Lát, bị thương khi truy đuổi lâm tặc. "
            "Ông Khúc Văn Nhạc, thủ kho Công ty Lương thực Sông Thao, đã khai nhận.",
            "Khúc Văn Nhạc",
            [("Thủ kho", "Công ty Lương thực Sông Thao")],
            id="staff_titles_of_offices_and_agencies_are_posts_4",
        ),
        pytest.param(
            "Chiến sỹ Đinh Công Trứ, Đội CSGT số 6, đã đưa cháu bé về nhà.",
            "Đinh Công Trứ",
            [("Chiến sĩ", "Đội CSGT số 6")],
            id="the_sy_spelling_of_chien_si_is_the_same_post",
        ),
        pytest.param(
            "Cơ quan điều tra khởi tố ông Khổng Minh Đạt, nguyên PCT UBND tỉnh Bắc Kạn. Trước đó, ông "
            "Khổng Minh Đạt, nguyên Phó Chủ tịch UBND tỉnh Bắc Kạn, đã bị kỷ luật.",
            "Khổng Minh Đạt",
            [("Phó Chủ tịch", "UBND tỉnh Bắc Kạn")],
            id="a_post_written_once_by_initials_and_once_in_full_is_one_post",
        ),
        pytest.param(
            "Luật sư Ngô Hữu Tình (Đoàn LS TP.HCM) nhận định đây là hành vi chống người thi hành công vụ. "
            "Ông Quách Văn Lực, Chủ nhiệm Đoàn LS tỉnh Bình Phước, phát biểu.",
            "Ngô Hữu Tình",
            [("Luật sư", "Đoàn LS TP.HCM")],
            id="the_bar_written_with_ls_is_still_the_lawyers_unit_1",
        ),
        pytest.param(
            "Luật sư Ngô Hữu Tình (Đoàn LS TP.HCM) nhận định đây là hành vi chống người thi hành công vụ. "
            "Ông Quách Văn Lực, Chủ nhiệm Đoàn LS tỉnh Bình Phước, phát biểu.",
            "Quách Văn Lực",
            [("Chủ nhiệm", "Đoàn LS tỉnh Bình Phước")],
            id="the_bar_written_with_ls_is_still_the_lawyers_unit_2",
        ),
        pytest.param(
            "Ông Đậu Văn Khải, quản giáo Trại tạm giam Công an tỉnh Hà Nam, đã phát hiện sự việc. "
            "Chị Mông Thị Ước, y tá Trạm Y tế xã Yên Thịnh, đã sơ cứu cho nạn nhân.",
            "Đậu Văn Khải",
            [("Quản giáo", "Trại tạm giam Công an tỉnh Hà Nam")],
            id="prison_officer_and_nurse_are_posts_in_their_units_1",
        ),
        pytest.param(
            "Ông Đậu Văn Khải, quản giáo Trại tạm giam Công an tỉnh Hà Nam, đã phát hiện sự việc. "
            "Chị Mông Thị Ước, y tá Trạm Y tế xã Yên Thịnh, đã sơ cứu cho nạn nhân.",
            "Mông Thị Ước",
            [("Y tá", "Trạm Y tế xã Yên Thịnh")],
            id="prison_officer_and_nurse_are_posts_in_their_units_2",
        ),
        pytest.param(
            "Tham dự buổi lễ có ông Trần Văn Khải (bác sĩ), ông Lê Minh Tường (Giám đốc Công ty TNHH Hòa Phong).",
            "Lê Minh Tường",
            [("Giám đốc", "Công ty TNHH Hòa Phong")],
            id="a_bare_trade_in_a_list_takes_no_unit_a_head_leads_2",
        ),
        pytest.param(
            "Có mặt bà Trần Thị Khuê (kế toán), bà Lê Thị Mơ (thủ quỹ Công ty TNHH Hòa Phong).",
            "Trần Thị Khuê",
            [("Kế toán", "Công ty TNHH Hòa Phong")],
            id="a_bare_trade_in_a_list_takes_no_unit_a_head_leads_3",
        ),
        pytest.param(
            "Có ông Trần Văn Khải (Đội trưởng), ông Lê Minh Tường (Đội phó Đội CSGT số 1).",
            "Trần Văn Khải",
            [("Đội trưởng", "Đội CSGT số 1")],
            id="a_bare_trade_in_a_list_takes_no_unit_a_head_leads_5",
        ),
        pytest.param(
            "Ông Đỗ Văn Hạnh, Trưởng bộ môn Luật hình sự, Trường Đại học Luật Hà Nội cho biết.",
            "Đỗ Văn Hạnh",
            [("Trưởng bộ môn", "Bộ môn Luật hình sự")],
            id="a_head_of_an_academic_department_heads_it_1",
        ),
        pytest.param(
            "Theo TS Lê Thị Quế, Phó trưởng Bộ môn Tội phạm học (Học viện Cảnh sát nhân dân), vụ việc rõ.",
            "Lê Thị Quế",
            [("Phó trưởng Bộ môn", "Bộ môn Tội phạm học")],
            id="a_head_of_an_academic_department_heads_it_2",
        ),
        pytest.param(
            "Ông Lê Văn Mận – trưởng thôn Đào Thục cho biết gia đình anh rất nghèo.",
            "Lê Văn Mận",
            [("Trưởng thôn", "Thôn Đào Thục")],
            id="a_village_head_takes_the_village_even_when_it_opens_like_a_family_name_1",
        ),
        pytest.param(
            "Theo hồ sơ, ông Mận là thôn trưởng thôn Lò To, xã Tân Lập.",
            "Mận",
            [("Thôn trưởng", "Thôn Lò To")],
            id="a_village_head_takes_the_village_even_when_it_opens_like_a_family_name_2",
        ),
        pytest.param(
            "Ông Phạm Văn Dũng, trưởng thôn Châu Phong (xã Tân Lập) cho biết.",
            "Phạm Văn Dũng",
            [("Trưởng thôn", "Thôn Châu Phong")],
            id="a_village_head_takes_the_village_even_when_it_opens_like_a_family_name_3",
        ),
        pytest.param(
            "Ông Lê Văn Mận, Trưởng xóm Đông Hòa và bà Vũ Thị Lan, Trưởng khu phố 3 đã có mặt.",
            "Lê Văn Mận",
            [("Trưởng xóm", "Xóm Đông Hòa")],
            id="a_village_head_takes_the_village_even_when_it_opens_like_a_family_name_4",
        ),
        pytest.param(
            "Ông Lê Văn Mận, Trưởng xóm Đông Hòa và bà Vũ Thị Lan, Trưởng khu phố 3 đã có mặt.",
            "Vũ Thị Lan",
            [("Trưởng khu phố", "Khu phố 3")],
            id="a_village_head_takes_the_village_even_when_it_opens_like_a_family_name_5",
        ),
        pytest.param(
            "Năm 1999 ông Mận làm thôn phó thôn 6, xã Tân Lập.",
            "Mận",
            [("Thôn phó", "Thôn 6")],
            id="a_village_head_takes_the_village_even_when_it_opens_like_a_family_name_6",
        ),
        pytest.param(
            "Trưởng thôn Lê Văn Khởi cho biết nhà ông Tư bị cháy trong đêm.",
            "Lê Văn Khởi",
            [("Trưởng thôn", None)],
            id="a_full_name_after_a_village_heads_title_is_the_head_1",
        ),
        pytest.param(
            "Theo trưởng bản Lò Văn Pấng, con suối đã cạn từ tháng trước.",
            "Lò Văn Pấng",
            [("Trưởng bản", None)],
            id="a_full_name_after_a_village_heads_title_is_the_head_2",
        ),
        pytest.param(
            "Trưởng ấp Nguyễn Văn Đẹt nói ông không biết. Người dân ấp Tân Hòa rất lo.",
            "Nguyễn Văn Đẹt",
            [("Trưởng ấp", "Ấp Tân Hòa")],
            id="a_full_name_after_a_village_heads_title_is_the_head_3",
        ),
        # two villages: which is his is unsaid
        pytest.param(
            "Trưởng thôn Lê Văn Khởi cho biết thôn 6 và thôn Đồng Lạc bị ngập.",
            "Lê Văn Khởi",
            [("Trưởng thôn", None)],
            id="a_full_name_after_a_village_heads_title_is_the_head_4",
        ),
        # holder named first
        pytest.param(
            "Ông Hà Văn Tư, trưởng thôn Lê Văn Tám cho biết.",
            "Hà Văn Tư",
            [("Trưởng thôn", "Thôn Lê Văn Tám")],
            id="a_full_name_after_a_village_heads_title_is_the_head_5",
        ),
        pytest.param(
            "Ông Trần Văn Khởi, Chi cục trưởng chi cục kiểm lâm tỉnh Hà Giang, cho biết đám cháy đã được "
            "dập tắt. Phó Chi cục trưởng chi cục quản lý thị trường tỉnh Hà Giang Lê Văn Thìn cho biết thêm.",
            "Trần Văn Khởi",
            [("Chi cục trưởng", "Chi cục kiểm lâm tỉnh Hà Giang")],
            id="a_sub_department_written_in_lower_case_is_the_unit_of_its_head_1",
        ),
        pytest.param(
            "Ông Trần Văn Khởi, Chi cục trưởng chi cục kiểm lâm tỉnh Hà Giang, cho biết đám cháy đã được "
            "dập tắt. Phó Chi cục trưởng chi cục quản lý thị trường tỉnh Hà Giang Lê Văn Thìn cho biết thêm.",
            "Lê Văn Thìn",
            [
                ("Phó Chi cục trưởng", "Chi cục quản lý thị trường tỉnh Hà Giang")
            ],
            id="a_sub_department_written_in_lower_case_is_the_unit_of_its_head_2",
        ),
        pytest.param(
            "Chiều 5/3, Phó Bí thư Tỉnh ủy Lê Văn Đào đã trao quyết định điều động, phân công ông Trịnh "
            "Văn Tuấn, Bí thư Huyện ủy Lạc Sơn về công tác tại Ủy ban Kiểm tra Tỉnh ủy từ ngày 1/7, giữ "
            "chức vụ Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.",
            "Trịnh Văn Tuấn",
            [
                ("Bí thư", "Huyện ủy Lạc Sơn"),
                ("Phó Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy"),
            ],
            id="giu_chuc_gives_the_post_to_the_one_named_however_long_the_clause_between_1",
        ),
        pytest.param(
            "Chiều 5/3, Phó Bí thư Tỉnh ủy Lê Văn Đào đã trao quyết định điều động, phân công ông Trịnh "
            "Văn Tuấn, Bí thư Huyện ủy Lạc Sơn về công tác tại Ủy ban Kiểm tra Tỉnh ủy từ ngày 1/7, giữ "
            "chức vụ Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.",
            "Lê Văn Đào",
            [("Phó Bí thư", "Tỉnh ủy")],
            id="giu_chuc_gives_the_post_to_the_one_named_however_long_the_clause_between_2",
        ),
        pytest.param(
            "Vụ việc xảy ra tại Trường Mầm non Hoa Sen. Chiều 7/2, bà Phạm Thị Tâm - Hiệu trưởng nhà trường "
            "nhận trách nhiệm.",
            "Phạm Thị Tâm",
            [("Hiệu trưởng", "Trường Mầm non Hoa Sen")],
            id="a_principal_of_nha_truong_heads_the_school_named_before_1",
        ),
        # a principal written alone, before the name or with 'trường này': the school just named
        pytest.param(
            "Vụ việc xảy ra tại Trường THCS Tân Hòa. Ông Lê Văn Hai, Hiệu trưởng, cho biết đã báo cáo. "
            "Phó Hiệu trưởng Đỗ Thị Ba cho biết thêm. Ông Vũ Văn Năm, nguyên hiệu trưởng trường này, "
            "không có mặt. Bộ yêu cầu các hiệu trưởng kiểm tra.",
            "Lê Văn Hai",
            [("Hiệu trưởng", "Trường THCS Tân Hòa")],
            id="a_principal_of_nha_truong_heads_the_school_named_before_3",
        ),
        pytest.param(
            "Vụ việc xảy ra tại Trường THCS Tân Hòa. Ông Lê Văn Hai, Hiệu trưởng, cho biết đã báo cáo. "
            "Phó Hiệu trưởng Đỗ Thị Ba cho biết thêm. Ông Vũ Văn Năm, nguyên hiệu trưởng trường này, "
            "không có mặt. Bộ yêu cầu các hiệu trưởng kiểm tra.",
            "Đỗ Thị Ba",
            [("Phó Hiệu trưởng", "Trường THCS Tân Hòa")],
            id="a_principal_of_nha_truong_heads_the_school_named_before_4",
        ),
        pytest.param(
            "Vụ việc xảy ra tại Trường THCS Tân Hòa. Ông Lê Văn Hai, Hiệu trưởng, cho biết đã báo cáo. "
            "Phó Hiệu trưởng Đỗ Thị Ba cho biết thêm. Ông Vũ Văn Năm, nguyên hiệu trưởng trường này, "
            "không có mặt. Bộ yêu cầu các hiệu trưởng kiểm tra.",
            "Vũ Văn Năm",
            [("Hiệu trưởng", "Trường THCS Tân Hòa")],
            id="a_principal_of_nha_truong_heads_the_school_named_before_5",
        ),
        pytest.param(
            "Trả lời câu hỏi này, Thẩm phán Ngô Văn Phúc, Tòa Hình sự TAND TP Hà Nội cho rằng chưa ai bị "
            "kết tội.",
            "Ngô Văn Phúc",
            [("Thẩm phán", "Tòa Hình sự TAND TP Hà Nội")],
            id="a_judge_before_the_name_is_of_the_court_division_after_it",
        ),
        pytest.param(
            "Tòa tuyên phạt 3 bị cáo của Công ty TNHH Thương mại Hưng Phát về tội lừa đảo, gồm: Phạm Văn "
            "Toàn, Giám đốc; Lê Văn Quang, Phó Giám đốc; Hoàng Thị Yến, Kế toán trưởng. Năm 2004, HĐQT "
            "Công ty CP Hưng Thịnh gồm các ông Phí Văn Bình (chủ tịch); Nguyễn Văn Tuấn (tổng giám đốc) "
            "đã không thực hiện đúng quy định. UBND xã Tân Hòa gồm ông Lê Văn Hai - Chủ tịch, ông Trần Văn "
            "Ba - Phó Chủ tịch.",
            "Phạm Văn Toàn",
            [("Giám đốc", "Công ty TNHH Thương mại Hưng Phát")],
            id="bare_posts_listed_after_gom_are_in_the_unit_named_before_it_1",
        ),
        pytest.param(
            "Tòa tuyên phạt 3 bị cáo của Công ty TNHH Thương mại Hưng Phát về tội lừa đảo, gồm: Phạm Văn "
            "Toàn, Giám đốc; Lê Văn Quang, Phó Giám đốc; Hoàng Thị Yến, Kế toán trưởng. Năm 2004, HĐQT "
            "Công ty CP Hưng Thịnh gồm các ông Phí Văn Bình (chủ tịch); Nguyễn Văn Tuấn (tổng giám đốc) "
            "đã không thực hiện đúng quy định. UBND xã Tân Hòa gồm ông Lê Văn Hai - Chủ tịch, ông Trần Văn "
            "Ba - Phó Chủ tịch.",
            "Hoàng Thị Yến",
            [("Kế toán trưởng", "Công ty TNHH Thương mại Hưng Phát")],
            id="bare_posts_listed_after_gom_are_in_the_unit_named_before_it_2",
        ),
        pytest.param(
            "Tòa tuyên phạt 3 bị cáo của Công ty TNHH Thương mại Hưng Phát về tội lừa đảo, gồm: Phạm Văn "
            "Toàn, Giám đốc; Lê Văn Quang, Phó Giám đốc; Hoàng Thị Yến, Kế toán trưởng. Năm 2004, HĐQT "
            "Công ty CP Hưng Thịnh gồm các ông Phí Văn Bình (chủ tịch); Nguyễn Văn Tuấn (tổng giám đốc) "
            "đã không thực hiện đúng quy định. UBND xã Tân Hòa gồm ông Lê Văn Hai - Chủ tịch, ông Trần Văn "
            "Ba - Phó Chủ tịch.",
            "Phí Văn Bình",
            [("Chủ tịch", "HĐQT Công ty CP Hưng Thịnh")],
            id="bare_posts_listed_after_gom_are_in_the_unit_named_before_it_3",
        ),
        pytest.param(
            "Tòa tuyên phạt 3 bị cáo của Công ty TNHH Thương mại Hưng Phát về tội lừa đảo, gồm: Phạm Văn "
            "Toàn, Giám đốc; Lê Văn Quang, Phó Giám đốc; Hoàng Thị Yến, Kế toán trưởng. Năm 2004, HĐQT "
            "Công ty CP Hưng Thịnh gồm các ông Phí Văn Bình (chủ tịch); Nguyễn Văn Tuấn (tổng giám đốc) "
            "đã không thực hiện đúng quy định. UBND xã Tân Hòa gồm ông Lê Văn Hai - Chủ tịch, ông Trần Văn "
            "Ba - Phó Chủ tịch.",
            "Nguyễn Văn Tuấn",
            [("Tổng giám đốc", "Công ty CP Hưng Thịnh")],
            id="bare_posts_listed_after_gom_are_in_the_unit_named_before_it_4",
        ),
        pytest.param(
            "Tòa tuyên phạt 3 bị cáo của Công ty TNHH Thương mại Hưng Phát về tội lừa đảo, gồm: Phạm Văn "
            "Toàn, Giám đốc; Lê Văn Quang, Phó Giám đốc; Hoàng Thị Yến, Kế toán trưởng. Năm 2004, HĐQT "
            "Công ty CP Hưng Thịnh gồm các ông Phí Văn Bình (chủ tịch); Nguyễn Văn Tuấn (tổng giám đốc) "
            "đã không thực hiện đúng quy định. UBND xã Tân Hòa gồm ông Lê Văn Hai - Chủ tịch, ông Trần Văn "
            "Ba - Phó Chủ tịch.",
            "Trần Văn Ba",
            [("Phó Chủ tịch", "UBND xã Tân Hòa")],
            id="bare_posts_listed_after_gom_are_in_the_unit_named_before_it_5",
        ),
        pytest.param(
            "Báo đã thuê luật sư Nguyễn Văn Huệ của Công ty TNHH Luật Bình Minh bào chữa. Phóng viên Trần "
            "Văn Bảy của Báo Thanh Hóa bị hành hung. Luật sư Đỗ Văn Khang của bị cáo xin giảm án.",
            "Nguyễn Văn Huệ",
            [("Luật sư", "Công ty TNHH Luật Bình Minh")],
            id="a_title_before_the_name_takes_the_unit_after_cua_1",
        ),
        pytest.param(
            "Báo đã thuê luật sư Nguyễn Văn Huệ của Công ty TNHH Luật Bình Minh bào chữa. Phóng viên Trần "
            "Văn Bảy của Báo Thanh Hóa bị hành hung. Luật sư Đỗ Văn Khang của bị cáo xin giảm án.",
            "Trần Văn Bảy",
            [("Phóng viên", "Báo Thanh Hóa")],
            id="a_title_before_the_name_takes_the_unit_after_cua_2",
        ),
        pytest.param(
            "TAND huyện tuyên Lê Minh Tâm (nguyên công an viên xã Vạn Phúc) 7 năm tù. Ông Cảnh (Công an "
            "viên xã Nhân Hòa) báo tin cho ông Lò Văn Sinh, công an viên xã, lúc 21 giờ.",
            "Lê Minh Tâm",
            [("Công an viên", "Công an xã Vạn Phúc")],
            id="a_commune_police_officer_is_of_the_communes_police_1",
        ),
        pytest.param(
            "TAND huyện tuyên Lê Minh Tâm (nguyên công an viên xã Vạn Phúc) 7 năm tù. Ông Cảnh (Công an "
            "viên xã Nhân Hòa) báo tin cho ông Lò Văn Sinh, công an viên xã, lúc 21 giờ.",
            "Cảnh",
            [("Công an viên", "Công an xã Nhân Hòa")],
            id="a_commune_police_officer_is_of_the_communes_police_3",
        ),
        pytest.param(
            "Ông Lê Văn Khải, Giám đốc Trung tâm kiểm định và thanh toán liên tuyến phía Bắc, cho biết sẽ kiểm tra.",
            "Lê Văn Khải",
            [("Giám đốc", "Trung tâm kiểm định và thanh toán liên tuyến phía Bắc")],
            id="a_unit_named_in_lower_case_after_its_capitalised_head_ends_at_a_comma_or_the_holder_1",
        ),
        pytest.param(
            "Theo Vụ trưởng Vụ Các vấn đề chung về soạn thảo luật Trần Minh Tuệ, dự thảo đã gửi.",
            "Trần Minh Tuệ",
            [("Vụ trưởng", "Vụ Các vấn đề chung về soạn thảo luật")],
            id="a_unit_named_in_lower_case_after_its_capitalised_head_ends_at_a_comma_or_the_holder_2",
        ),
        pytest.param(
            "Ông Hồ Văn Tâm, Giám đốc Trung tâm giám định pháp y tâm thần tỉnh Nam Định khẳng định vậy.",
            "Hồ Văn Tâm",
            [("Giám đốc", "Trung tâm giám định pháp y tâm thần tỉnh Nam Định")],
            id="a_unit_named_in_lower_case_after_its_capitalised_head_ends_at_a_comma_or_the_holder_3",
        ),
        pytest.param(
            "Ông Phạm Quốc Vinh, Vụ trưởng Vụ Pháp chế - Thanh tra, cho biết quy định có hiệu lực.",
            "Phạm Quốc Vinh",
            [("Vụ trưởng", "Vụ Pháp chế - Thanh tra")],
            id="a_unit_s_name_in_two_halves_across_a_dash_1",
        ),
        pytest.param(
            "Trưởng phòng Phòng Cảnh sát hình sự - Nguyễn Văn Tùng cho biết.",
            "Nguyễn Văn Tùng",
            [("Trưởng phòng", "Phòng Cảnh sát hình sự")],
            id="a_unit_s_name_in_two_halves_across_a_dash_2",
        ),
        pytest.param(
            "Chánh VP UBND tỉnh Quảng Ninh Trần Văn Lâm cho biết.",
            "Trần Văn Lâm",
            [("Chánh VP", "UBND tỉnh Quảng Ninh")],
            id="chanh_vp_and_a_party_committee_member_in_a_chain_1",
        ),
        pytest.param(
            "Kỷ luật ông Lâm Văn Đạt, Đảng ủy viên, Phó Giám đốc Sở Y tế tỉnh Lào Cai.",
            "Lâm Văn Đạt",
            [
                ("Đảng ủy viên", "Đảng ủy Sở Y tế tỉnh Lào Cai"),
                ("Phó Giám đốc", "Sở Y tế tỉnh Lào Cai"),
            ],
            id="chanh_vp_and_a_party_committee_member_in_a_chain_2",
        ),
        pytest.param(
            "Công ty Hòa Phong, do bị can Lê Văn Hưng, nguyên Tổng Giám đốc hưởng lợi 151 triệu đồng; "
            "Công ty Tân Thành, do bị can Đỗ Văn Tâm, nguyên Tổng Giám đốc, hưởng lợi 131 triệu đồng.",
            "Lê Văn Hưng",
            [("Tổng Giám đốc", "Công ty Hòa Phong")],
            id="an_executive_s_bare_title_after_a_name_is_in_the_company_the_sentence_just_named_1",
        ),
        pytest.param(
            "Công ty Hòa Phong, do bị can Lê Văn Hưng, nguyên Tổng Giám đốc hưởng lợi 151 triệu đồng; "
            "Công ty Tân Thành, do bị can Đỗ Văn Tâm, nguyên Tổng Giám đốc, hưởng lợi 131 triệu đồng.",
            "Đỗ Văn Tâm",
            [("Tổng Giám đốc", "Công ty Tân Thành")],
            id="an_executive_s_bare_title_after_a_name_is_in_the_company_the_sentence_just_named_2",
        ),
        pytest.param(
            "Tại Công ty Hưng Thịnh, bà Lê Thị Lan, kế toán trưởng, đã ký chứng từ.",
            "Lê Thị Lan",
            [("Kế toán trưởng", "Công ty Hưng Thịnh")],
            id="an_executive_s_bare_title_after_a_name_is_in_the_company_the_sentence_just_named_3",
        ),
        pytest.param(
            "Bị can Lý Văn Khoa (nguyên điều tra viên cao cấp - Cơ quan CSĐT Công an tỉnh Hà Nam) bị bắt.",
            "Lý Văn Khoa",
            [("Điều tra viên cao cấp", "Cơ quan CSĐT Công an tỉnh Hà Nam")],
            id="a_title_s_unit_after_a_dash_1",
        ),
        pytest.param(
            "Phó Chủ tịch UBND xã - Nguyễn Văn An cho biết.",
            "Nguyễn Văn An",
            [("Phó Chủ tịch", "UBND xã")],
            id="a_title_s_unit_after_a_dash_2",
        ),
        pytest.param(
            "Ông Ngô Thành Tâm (SN 1980) – Chủ tịch HĐQT Công ty trục vớt luồng lạch, cho biết.",
            "Ngô Thành Tâm",
            [("Chủ tịch", "HĐQT Công ty trục vớt luồng lạch")],
            id="a_board_s_company_named_in_lower_case_is_read_whole",
        ),
        pytest.param(
            "Đại tá Hà Minh Tùng - Trưởng CAQ Ba Đình, Hà Nội cho biết vụ việc đang được điều tra.",
            "Hà Minh Tùng",
            [("Trưởng", "CAQ Ba Đình")],
            id="a_district_or_ward_police_written_by_its_initials_1",
        ),
        pytest.param(
            "Thượng tá Đỗ Văn Kiên - Phó trưởng CAH Bảo Yên nói.",
            "Đỗ Văn Kiên",
            [("Phó trưởng", "CAH Bảo Yên")],
            id="a_district_or_ward_police_written_by_its_initials_2",
        ),
        pytest.param(
            "Trung tá Lê Văn Hữu, Phó Trạm CSGT Đại Lộc cho biết xe đã bị giữ.",
            "Lê Văn Hữu",
            [("Phó Trạm", "Trạm CSGT Đại Lộc")],
            id="deputy_titles_written_short_1",
        ),
        pytest.param(
            "Ông Lê Đình Bảy, phó thôn Hòa Bình, bị bắt giữ.",
            "Lê Đình Bảy",
            [("Phó thôn", "Thôn Hòa Bình")],
            id="deputy_titles_written_short_2",
        ),
        pytest.param(
            "Ông Trần Văn Tiến, Phó văn phòng UBND tỉnh Lào Cai, cho biết.",
            "Trần Văn Tiến",
            [("Phó văn phòng", "UBND tỉnh Lào Cai")],
            id="deputy_titles_written_short_3",
        ),
        pytest.param(
            "Ông Đào Văn Đức, Giám đốc Trung tâm đăng kiểm và ông Vũ Văn Hệ, Phó Giám đốc Trung tâm đăng kiểm "
            "nhưng không trả lời.",
            "Đào Văn Đức",
            [("Giám đốc", "Trung tâm đăng kiểm")],
            id="a_lower_case_unit_name_ends_at_the_next_holder_or_a_closing_country_1",
        ),
        pytest.param(
            "Ông Đào Văn Đức, Giám đốc Trung tâm đăng kiểm và ông Vũ Văn Hệ, Phó Giám đốc Trung tâm đăng kiểm "
            "nhưng không trả lời.",
            "Vũ Văn Hệ",
            [("Phó Giám đốc", "Trung tâm đăng kiểm")],
            id="a_lower_case_unit_name_ends_at_the_next_holder_or_a_closing_country_2",
        ),
        pytest.param(
            "Tiến sĩ Lê Văn Huề - Viện trưởng Viện nghiên cứu người cao tuổi Việt Nam khẳng định, điều đó đúng.",
            "Lê Văn Huề",
            [("Viện trưởng", "Viện nghiên cứu người cao tuổi Việt Nam")],
            id="a_lower_case_unit_name_ends_at_the_next_holder_or_a_closing_country_3",
        ),
        pytest.param(
            "Ông Vũ Văn Hồng, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam cho rằng điều này đúng.",
            "Vũ Văn Hồng",
            [("Chủ tịch", "Liên hiệp các tổ chức hữu nghị Việt Nam")],
            id="a_lower_case_unit_name_ends_at_the_next_holder_or_a_closing_country_4",
        ),
        pytest.param(
            "Ông Lò Văn Sinh, bảo vệ tại Bệnh viện Nhi Lào Cai, đã bị đâm trọng thương.",
            "Lò Văn Sinh",
            [("Bảo vệ", "Bệnh viện Nhi Lào Cai")],
            id="a_guard_and_a_driver_are_staff_posts_only_when_set_off_after_the_name_1",
        ),
        pytest.param(
            "Ông Trần Văn Hòa (SN 1960, trú tại quận Ba Đình), hiện là lái xe của Sở Tài chính tỉnh Lào Cai.",
            "Trần Văn Hòa",
            [("Lái xe", "Sở Tài chính tỉnh Lào Cai")],
            id="a_guard_and_a_driver_are_staff_posts_only_when_set_off_after_the_name_2",
        ),
        pytest.param(
            "Đoàn kiểm tra gồm các ông Trần Văn Tư, Lê Văn Hào – phó giám đốc Sở Y tế tỉnh Lào Cai.",
            "Trần Văn Tư",
            [("Phó giám đốc", "Sở Y tế tỉnh Lào Cai")],
            id="a_list_of_names_opened_in_the_plural_shares_the_post_after_it_1",
        ),
        pytest.param(
            "Đoàn kiểm tra gồm các ông Trần Văn Tư, Lê Văn Hào – phó giám đốc Sở Y tế tỉnh Lào Cai.",
            "Lê Văn Hào",
            [("Phó giám đốc", "Sở Y tế tỉnh Lào Cai")],
            id="a_list_of_names_opened_in_the_plural_shares_the_post_after_it_2",
        ),
        pytest.param(
            "Thôn Khe Mạ có 120 hộ. Thôn trưởng Lê Văn Thông cho biết cả thôn đã góp tiền.",
            "Lê Văn Thông",
            [("Thôn trưởng", "Thôn Khe Mạ")],
            id="a_village_head_s_village_named_elsewhere_whichever_order_the_title_is_written_1",
        ),
        pytest.param(
            "Ấp Tân Hòa có 120 hộ. Ông Lê Văn Ấn, Trưởng ấp cho biết cả ấp đã góp tiền.",
            "Lê Văn Ấn",
            [("Trưởng ấp", "Ấp Tân Hòa")],
            id="a_village_head_s_village_named_elsewhere_whichever_order_the_title_is_written_2",
        ),
        pytest.param(
            "Đại úy Trịnh Văn Phong - Đội trưởng đội hướng dẫn điều tra án chưa rõ tội phạm, phòng CSHS cho biết.",
            "Trịnh Văn Phong",
            [("Đội trưởng", "Đội hướng dẫn điều tra án chưa rõ tội phạm")],
            id="a_team_or_station_named_in_lower_case_after_the_title_2",
        ),
        pytest.param(
            "Anh Nguyễn Văn Thịnh (sinh năm 1975), là Trạm trưởng Trạm bảo vệ rừng thuộc Công ty Kon Hà bị đánh.",
            "Nguyễn Văn Thịnh",
            [("Trạm trưởng", "Trạm bảo vệ rừng")],
            id="a_team_or_station_named_in_lower_case_after_the_title_3",
        ),
        pytest.param(
            "UBND xã Tân Lộc đã lập biên bản. Ông Hoàng Văn Lực, Chủ tịch cho biết xã sẽ xử lý.",
            "Hoàng Văn Lực",
            [("Chủ tịch", "UBND xã Tân Lộc")],
            id="a_chair_or_secretary_written_after_the_name_is_of_the_one_body_named_1",
        ),
        pytest.param(
            "Đảng ủy xã Tân Lộc họp. Ông Hoàng Văn Lực, Bí thư cho biết xã sẽ xử lý.",
            "Hoàng Văn Lực",
            [("Bí thư", "Đảng ủy xã Tân Lộc")],
            id="a_chair_or_secretary_written_after_the_name_is_of_the_one_body_named_3",
        ),
        pytest.param(
            "Hai người kéo đến nhà Trưởng phòng Tài nguyên nước (cùng thuộc Sở TNMT) - Cao Văn Phương quậy phá.",
            "Cao Văn Phương",
            [("Trưởng phòng", "Phòng Tài nguyên nước")],
            id="a_post_before_its_holder_across_an_aside_and_a_dash",
        ),
        pytest.param(
            "Ông Đỗ Văn Hồng, Tổng Giám đốc Công ty PVX.KBT bị bắt. Ông Lê Văn Tú, Giám đốc Công ty ABC. Ông Trần Văn Cừ cho biết.",
            "Đỗ Văn Hồng",
            [("Tổng Giám đốc", "Công ty PVX.KBT")],
            id="a_unit_s_name_goes_on_across_a_glued_apostrophe_or_a_brand_s_dot_2",
        ),
        pytest.param(
            "Ông Đỗ Văn Hồng, Tổng Giám đốc Công ty PVX.KBT bị bắt. Ông Lê Văn Tú, Giám đốc Công ty ABC. Ông Trần Văn Cừ cho biết.",
            "Lê Văn Tú",
            [("Giám đốc", "Công ty ABC")],
            id="a_unit_s_name_goes_on_across_a_glued_apostrophe_or_a_brand_s_dot_3",
        ),
        pytest.param(
            "Ông Đỗ Văn Hồng, Chủ tịch Hội đồng Quản trị kiêm Tổng Giám đốc PVX.KBT bị bắt.",
            "Đỗ Văn Hồng",
            [
                ("Chủ tịch", "Hội đồng Quản trị PVX.KBT"),
                ("Tổng Giám đốc", "PVX.KBT"),
            ],
            id="a_unit_s_name_goes_on_across_a_glued_apostrophe_or_a_brand_s_dot_4",
        ),
        pytest.param(
            "Vụ ẩu đả liên quan đến ông Lê Văn Nhuận (Giám đốc Trung tâm Bồi dưỡng chính trị TP Bảo Lộc), "
            "Lê Văn Khoa (Phó giám đốc Trung tâm này) và bà Lê Thị Tố.",
            "Lê Văn Khoa",
            [("Phó giám đốc", "Trung tâm Bồi dưỡng chính trị TP Bảo Lộc")],
            id="a_unit_written_as_this_one_is_the_unit_of_that_kind_just_named_1",
        ),
        pytest.param(
            "Tỉnh cho Công ty TNHH Thương mại Hòa Vũ (xã Quảng Sơn) do bà Nguyễn Thị Kim Thu (vợ của ông Lê Văn Lộc, "
            "nguyên Phó Giám đốc Công an tỉnh Đắk Nông) làm giám đốc, thuê 162 ha rừng.",
            "Nguyễn Thị Kim Thu",
            [("Giám đốc", "Công ty TNHH Thương mại Hòa Vũ")],
            id="a_unit_led_by_a_holder_across_asides_about_the_unit_and_the_holder_1",
        ),
        pytest.param(
            "Tỉnh cho Công ty TNHH Thương mại Hòa Vũ (xã Quảng Sơn) do bà Nguyễn Thị Kim Thu (vợ của ông Lê Văn Lộc, "
            "nguyên Phó Giám đốc Công an tỉnh Đắk Nông) làm giám đốc, thuê 162 ha rừng.",
            "Lê Văn Lộc",
            [("Phó Giám đốc", "Công an tỉnh Đắk Nông")],
            id="a_unit_led_by_a_holder_across_asides_about_the_unit_and_the_holder_2",
        ),
        pytest.param(
            "Bác sĩ Lê Thị Thảo - Trưởng ca trực cấp cứu tại Trung tâm Y tế huyện Bảo Yên (Lào Cai) lo lắng cho hay.",
            "Lê Thị Thảo",
            [("Trưởng ca trực cấp cứu", "Trung tâm Y tế huyện Bảo Yên")],
            id="a_shift_leader_and_a_clinic_s_head_1",
        ),
        pytest.param(
            "Bác sĩ Vũ Văn Vương, Trưởng kíp trực tại bệnh viện huyện Bảo Yên cho biết nạn nhân đã tỉnh.",
            "Vũ Văn Vương",
            [("Trưởng kíp trực", "Bệnh viện huyện Bảo Yên")],
            id="a_shift_leader_and_a_clinic_s_head_2",
        ),
        pytest.param(
            "Bác sĩ Nguyễn Văn Đông - Trưởng Phòng khám Chuyên khoa Tim mạch và Điều trị đau (Trung tâm Y tế tỉnh Lào Cai) "
            "đề nghị bán thuốc.",
            "Nguyễn Văn Đông",
            [("Trưởng Phòng khám", "Phòng khám Chuyên khoa Tim mạch và Điều trị đau")],
            id="a_shift_leader_and_a_clinic_s_head_3",
        ),
        pytest.param(
            "Ông Hồ Văn Bảy (cán bộ địa chính xã Phước Lợi) và chị Lê Thị Na, cán bộ địa chính - môi trường "
            "xã Tân Hòa, đã đến hiện trường.",
            "Hồ Văn Bảy",
            [("Cán bộ địa chính", "UBND xã Phước Lợi")],
            id="a_commune_officer_s_field_stays_in_the_title_and_the_commune_s_committee_is_the_unit_1",
        ),
        pytest.param(
            "Ông Hồ Văn Bảy (cán bộ địa chính xã Phước Lợi) và chị Lê Thị Na, cán bộ địa chính - môi trường "
            "xã Tân Hòa, đã đến hiện trường.",
            "Lê Thị Na",
            [("Cán bộ địa chính - môi trường", "UBND xã Tân Hòa")],
            id="a_commune_officer_s_field_stays_in_the_title_and_the_commune_s_committee_is_the_unit_2",
        ),
        pytest.param(
            "Ông Lê Văn Bình, cán bộ quản lý đô thị phường Tân Kỳ, cho biết đã lập biên bản.",
            "Lê Văn Bình",
            [("Cán bộ quản lý đô thị", "UBND phường Tân Kỳ")],
            id="a_commune_officer_s_field_stays_in_the_title_and_the_commune_s_committee_is_the_unit_3",
        ),
        pytest.param(
            "Ông Trần Văn Hải, cán bộ hợp tác xã Tân An, cho biết.",
            "Trần Văn Hải",
            [("Cán bộ", "Hợp tác xã Tân An")],
            id="a_commune_officer_s_field_stays_in_the_title_and_the_commune_s_committee_is_the_unit_5",
        ),
        pytest.param(
            "Bị can gồm Trần Văn Sáng (27 tuổi) cán bộ phòng Vật tư - trang thiết bị y tế Bệnh viện đa khoa Bảo Yên, "
            "tội thiếu trách nhiệm.",
            "Trần Văn Sáng",
            [
                ("Cán bộ", "Phòng Vật tư - trang thiết bị y tế Bệnh viện đa khoa Bảo Yên")
            ],
            id="a_post_straight_after_an_age_aside_and_a_lower_case_name_closed_by_its_place_1",
        ),
        pytest.param(
            "Ông Lê Văn Tư (40 tuổi)- nhân viên Trung tâm quản lý đầu tư và khai thác công trình thủy lợi Bảo Yên, "
            "người trực tiếp quản lý hồ, cho biết.",
            "Lê Văn Tư",
            [
                ("Nhân viên", "Trung tâm quản lý đầu tư và khai thác công trình thủy lợi Bảo Yên")
            ],
            id="a_post_straight_after_an_age_aside_and_a_lower_case_name_closed_by_its_place_2",
        ),
        pytest.param(
            "Thạc sĩ Lê Văn Cẩn - phụ trách Trung tâm chống độc, Bệnh viện Đa khoa tỉnh Lào Cai thông tin thêm.",
            "Lê Văn Cẩn",
            [("Phụ trách", "Trung tâm chống độc")],
            id="in_charge_of_a_unit_after_a_name_and_a_bare_title_before_kiem_and_a_comma_1",
        ),
        pytest.param(
            "Ông Bùi Quý Khải, Chánh Văn phòng, kiêm người phát ngôn của Sở Giáo dục và Đào tạo tỉnh Lào Cai cho biết.",
            "Bùi Quý Khải",
            [
                ("Chánh Văn phòng", "Sở Giáo dục và Đào tạo tỉnh Lào Cai"),
                ("Người phát ngôn", "Sở Giáo dục và Đào tạo tỉnh Lào Cai"),
            ],
            id="in_charge_of_a_unit_after_a_name_and_a_bare_title_before_kiem_and_a_comma_3",
        ),
        pytest.param(
            "Sở Tài nguyên và Môi trường tỉnh Lào Cai kỷ luật ông Lê Văn Cường - Phó phòng Khoáng sản, "
            "Cao Ngọc Cửu - chuyên viên của Sở.",
            "Cao Ngọc Cửu",
            [("Chuyên viên", "Sở Tài nguyên và Môi trường tỉnh Lào Cai")],
            id="staff_of_a_bare_department_after_cua_is_in_the_one_the_report_names_1",
        ),
        pytest.param(
            "Luật sư (LS) Lê Anh Thơ (Đoàn luật sư TP Hà Nội) - người bảo vệ quyền lợi cho ông này đã gửi đơn. "
            "Phía bị hại có thêm 2 luật sư là Trần Thu Năm (Đoàn luật sư tỉnh Lào Cai) và luật sư Vũ Ngọc Tiến.",
            "Lê Anh Thơ",
            [("Luật sư", "Đoàn luật sư TP Hà Nội")],
            id="a_lawyer_named_after_his_title_s_initials_or_after_la_takes_the_bar_in_brackets_1",
        ),
        pytest.param(
            "Luật sư (LS) Lê Anh Thơ (Đoàn luật sư TP Hà Nội) - người bảo vệ quyền lợi cho ông này đã gửi đơn. "
            "Phía bị hại có thêm 2 luật sư là Trần Thu Năm (Đoàn luật sư tỉnh Lào Cai) và luật sư Vũ Ngọc Tiến.",
            "Trần Thu Năm",
            [("Luật sư", "Đoàn luật sư tỉnh Lào Cai")],
            id="a_lawyer_named_after_his_title_s_initials_or_after_la_takes_the_bar_in_brackets_2",
        ),
        pytest.param(
            "Thầy Đinh Hải Hồ (SN 1974, giáo viên tiếng Anh tại trường THCS Hòa Lâm) bị bắt. TS Trịnh Thu Tuyền - "
            "giáo viên dạy Ngữ văn tại trường THPT Lê Lợi, Hà Nội, nêu quan điểm.",
            "Đinh Hải Hồ",
            [("Giáo viên", "Trường THCS Hòa Lâm")],
            id="the_subject_a_teacher_teaches_stands_between_the_title_and_the_school_1",
        ),
        pytest.param(
            "Thầy Đinh Hải Hồ (SN 1974, giáo viên tiếng Anh tại trường THCS Hòa Lâm) bị bắt. TS Trịnh Thu Tuyền - "
            "giáo viên dạy Ngữ văn tại trường THPT Lê Lợi, Hà Nội, nêu quan điểm.",
            "Trịnh Thu Tuyền",
            [("Giáo viên", "Trường THPT Lê Lợi")],
            id="the_subject_a_teacher_teaches_stands_between_the_title_and_the_school_2",
        ),
        pytest.param(
            "Trung tâm Bồi dưỡng chính trị huyện Bảo Yên chi sai; bà Nguyễn Thị Toàn - thủ quỹ Trung tâm đã nộp trả "
            "30 triệu đồng.",
            "Nguyễn Thị Toàn",
            [("Thủ quỹ", "Trung tâm Bồi dưỡng chính trị huyện Bảo Yên")],
            id="staff_of_a_bare_centre_are_in_the_one_centre_the_report_names_1",
        ),
        pytest.param(
            "Huyện ủy đình chỉ công tác ông Hà Văn Bảo - Giám đốc Trung tâm dạy nghề huyện Tân Hà và ông Ngô Văn "
            "Lực - Phó giám đốc sau khi hai người xô xát. Tòa xử Trần Văn Lộc (nguyên Tổng giám đốc Công ty Vận "
            "tải Biển Đông), Giang Văn Đạo (nguyên Phó Tổng giám đốc); Trần Văn Khanh (nguyên Kế toán trưởng).",
            "Ngô Văn Lực",
            [("Phó giám đốc", "Trung tâm dạy nghề huyện Tân Hà")],
            id="a_bare_role_in_a_list_takes_the_unit_of_the_item_before_1",
        ),
        pytest.param(
            "Huyện ủy đình chỉ công tác ông Hà Văn Bảo - Giám đốc Trung tâm dạy nghề huyện Tân Hà và ông Ngô Văn "
            "Lực - Phó giám đốc sau khi hai người xô xát. Tòa xử Trần Văn Lộc (nguyên Tổng giám đốc Công ty Vận "
            "tải Biển Đông), Giang Văn Đạo (nguyên Phó Tổng giám đốc); Trần Văn Khanh (nguyên Kế toán trưởng).",
            "Giang Văn Đạo",
            [("Phó Tổng giám đốc", "Công ty Vận tải Biển Đông")],
            id="a_bare_role_in_a_list_takes_the_unit_of_the_item_before_2",
        ),
        pytest.param(
            "Huyện ủy đình chỉ công tác ông Hà Văn Bảo - Giám đốc Trung tâm dạy nghề huyện Tân Hà và ông Ngô Văn "
            "Lực - Phó giám đốc sau khi hai người xô xát. Tòa xử Trần Văn Lộc (nguyên Tổng giám đốc Công ty Vận "
            "tải Biển Đông), Giang Văn Đạo (nguyên Phó Tổng giám đốc); Trần Văn Khanh (nguyên Kế toán trưởng).",
            "Trần Văn Khanh",
            [("Kế toán trưởng", "Công ty Vận tải Biển Đông")],
            id="a_bare_role_in_a_list_takes_the_unit_of_the_item_before_3",
        ),
        pytest.param(
            "Phụ huynh phản ánh giáo viên Nguyễn Thị Nhân công tác tại Trường Mầm non Phú Lâm. Điều dưỡng Hoàng "
            "Văn Lượng (công tác tại Bệnh viện đa khoa tỉnh Tân Hà) bị hành hung. Bộ Y tế đề nghị xem xét việc "
            "bác sĩ Hồ Văn Lâm (công tác tại Bệnh viện Đa khoa tỉnh Tân Hà) bị bắt. Công an bắt Phạm Văn "
            "Tùng (31 tuổi, trú tại xã Đại Lâm, là cán bộ hành chính của Bệnh viện Đa khoa huyện Yên Lạc).",
            "Nguyễn Thị Nhân",
            [("Giáo viên", "Trường Mầm non Phú Lâm")],
            id="where_a_titled_person_works_and_a_post_in_an_aside_after_la_1",
        ),
        pytest.param(
            "Phụ huynh phản ánh giáo viên Nguyễn Thị Nhân công tác tại Trường Mầm non Phú Lâm. Điều dưỡng Hoàng "
            "Văn Lượng (công tác tại Bệnh viện đa khoa tỉnh Tân Hà) bị hành hung. Bộ Y tế đề nghị xem xét việc "
            "bác sĩ Hồ Văn Lâm (công tác tại Bệnh viện Đa khoa tỉnh Tân Hà) bị bắt. Công an bắt Phạm Văn "
            "Tùng (31 tuổi, trú tại xã Đại Lâm, là cán bộ hành chính của Bệnh viện Đa khoa huyện Yên Lạc).",
            "Hoàng Văn Lượng",
            [("Điều dưỡng", "Bệnh viện đa khoa tỉnh Tân Hà")],
            id="where_a_titled_person_works_and_a_post_in_an_aside_after_la_2",
        ),
        pytest.param(
            "Phụ huynh phản ánh giáo viên Nguyễn Thị Nhân công tác tại Trường Mầm non Phú Lâm. Điều dưỡng Hoàng "
            "Văn Lượng (công tác tại Bệnh viện đa khoa tỉnh Tân Hà) bị hành hung. Bộ Y tế đề nghị xem xét việc "
            "bác sĩ Hồ Văn Lâm (công tác tại Bệnh viện Đa khoa tỉnh Tân Hà) bị bắt. Công an bắt Phạm Văn "
            "Tùng (31 tuổi, trú tại xã Đại Lâm, là cán bộ hành chính của Bệnh viện Đa khoa huyện Yên Lạc).",
            "Phạm Văn Tùng",
            [("Cán bộ hành chính", "Bệnh viện Đa khoa huyện Yên Lạc")],
            id="where_a_titled_person_works_and_a_post_in_an_aside_after_la_4",
        ),
        pytest.param(
            "Giá thuốc tăng. Nguyên Giám đốc Sở Y tế TS Cao Văn Kiên cho rằng giá thuốc sẽ giảm.",
            "Cao Văn Kiên",
            [("Giám đốc", "Sở Y tế")],
            id="a_degree_between_the_unit_and_the_name_is_not_part_of_the_unit",
        ),
        pytest.param(
            "Thẩm phán Võ Nguyên Tâm, Chánh Tòa Hình sự TAND tỉnh Phú Lâm, công bố bản án. Kiểm sát viên Lê Văn "
            "Tám, Phó Viện trưởng VKSND tỉnh Tân Hà, đề nghị mức án. Thẩm phán Hồ Văn Chín, Giám đốc Sở Tư pháp "
            "tỉnh Tân Hà, phát biểu.",
            "Hồ Văn Chín",
            [("Giám đốc", "Sở Tư pháp tỉnh Tân Hà")],
            id="a_judges_grade_before_the_name_is_held_in_the_court_of_the_post_after_it_3",
        ),
        pytest.param(
            "Chủ tịch Hà Nội Nguyễn Văn Bình yêu cầu kiểm tra. Bí thư Hải Phòng Lê Văn Tám đồng ý.",
            "Nguyễn Văn Bình",
            [("Chủ tịch", "UBND TP Hà Nội")],
            id="a_chair_or_secretary_before_a_province_name_alone_is_of_its_committee_1",
        ),
        pytest.param(
            "Chủ tịch Hà Nội Nguyễn Văn Bình yêu cầu kiểm tra. Bí thư Hải Phòng Lê Văn Tám đồng ý.",
            "Lê Văn Tám",
            [("Bí thư", "Thành ủy Hải Phòng")],
            id="a_chair_or_secretary_before_a_province_name_alone_is_of_its_committee_2",
        ),
        pytest.param(
            "Giám đốc Sở Tài nguyên và Môi trường Nguyễn Văn Tám cho biết. Phó Cục trưởng Cục Quản lý thị trường "
            "Bùi Nguyên Hưng nói thêm. Chánh Văn phòng UBND huyện Đông Anh Hoàng Hải Đăng cũng có mặt.",
            "Nguyễn Văn Tám",
            [("Giám đốc", "Sở Tài nguyên và Môi trường")],
            id="a_name_after_a_units_last_word_that_reads_as_something_else_1",
        ),
        pytest.param(
            "Giám đốc Sở Tài nguyên và Môi trường Nguyễn Văn Tám cho biết. Phó Cục trưởng Cục Quản lý thị trường "
            "Bùi Nguyên Hưng nói thêm. Chánh Văn phòng UBND huyện Đông Anh Hoàng Hải Đăng cũng có mặt.",
            "Bùi Nguyên Hưng",
            [("Phó Cục trưởng", "Cục Quản lý thị trường")],
            id="a_name_after_a_units_last_word_that_reads_as_something_else_2",
        ),
        pytest.param(
            "Giám đốc Sở Tài nguyên và Môi trường Nguyễn Văn Tám cho biết. Phó Cục trưởng Cục Quản lý thị trường "
            "Bùi Nguyên Hưng nói thêm. Chánh Văn phòng UBND huyện Đông Anh Hoàng Hải Đăng cũng có mặt.",
            "Hoàng Hải Đăng",
            [("Chánh Văn phòng", "UBND huyện Đông Anh")],
            id="a_name_after_a_units_last_word_that_reads_as_something_else_3",
        ),
        pytest.param(
            "Hai ông Lê Văn Tám và Đỗ Văn Chín (đều là Phó trưởng Công an xã Ia Nan) đi tuần tra. Năm 2015, Bộ "
            "trưởng Bộ Công Thương khi đó là ông Vũ Văn Hào đã ký quyết định. Cục trưởng Cục Bản quyền tác giả, "
            "ông Bùi Văn Hùng yêu cầu dừng thu phí.",
            "Lê Văn Tám",
            [("Phó trưởng", "Công an xã Ia Nan")],
            id="a_shared_post_in_brackets_and_a_post_held_at_the_time_1",
        ),
        pytest.param(
            "Hai ông Lê Văn Tám và Đỗ Văn Chín (đều là Phó trưởng Công an xã Ia Nan) đi tuần tra. Năm 2015, Bộ "
            "trưởng Bộ Công Thương khi đó là ông Vũ Văn Hào đã ký quyết định. Cục trưởng Cục Bản quyền tác giả, "
            "ông Bùi Văn Hùng yêu cầu dừng thu phí.",
            "Đỗ Văn Chín",
            [("Phó trưởng", "Công an xã Ia Nan")],
            id="a_shared_post_in_brackets_and_a_post_held_at_the_time_2",
        ),
        pytest.param(
            "Hai ông Lê Văn Tám và Đỗ Văn Chín (đều là Phó trưởng Công an xã Ia Nan) đi tuần tra. Năm 2015, Bộ "
            "trưởng Bộ Công Thương khi đó là ông Vũ Văn Hào đã ký quyết định. Cục trưởng Cục Bản quyền tác giả, "
            "ông Bùi Văn Hùng yêu cầu dừng thu phí.",
            "Bùi Văn Hùng",
            [("Cục trưởng", "Cục Bản quyền tác giả")],
            id="a_shared_post_in_brackets_and_a_post_held_at_the_time_4",
        ),
        pytest.param(
            "Công ty Tân Phú vừa bị khởi tố. Phó Tổng giám đốc Nguyễn Xuân Sang đã bị bắt.",
            "Nguyễn Xuân Sang",
            [("Phó Tổng giám đốc", "Công ty Tân Phú")],
            id="a_chief_executive_alone_is_of_the_one_company_and_a_boards_list_goes_on_1",
        ),
        pytest.param(
            "Tòa xử Lê Văn Tám (nguyên chủ tịch HĐQT Công ty Tân Phú), Nguyễn Phước Hòa (nguyên tổng giám đốc), "
            "Bùi Thanh Hưng (nguyên phó tổng giám đốc), Nguyễn Văn Thanh (nguyên kế toán trưởng) về tội cố ý làm trái.",
            "Nguyễn Phước Hòa",
            [("Tổng giám đốc", "Công ty Tân Phú")],
            id="a_chief_executive_alone_is_of_the_one_company_and_a_boards_list_goes_on_3",
        ),
        pytest.param(
            "Tòa xử Lê Văn Tám (nguyên chủ tịch HĐQT Công ty Tân Phú), Nguyễn Phước Hòa (nguyên tổng giám đốc), "
            "Bùi Thanh Hưng (nguyên phó tổng giám đốc), Nguyễn Văn Thanh (nguyên kế toán trưởng) về tội cố ý làm trái.",
            "Bùi Thanh Hưng",
            [("Phó tổng giám đốc", "Công ty Tân Phú")],
            id="a_chief_executive_alone_is_of_the_one_company_and_a_boards_list_goes_on_4",
        ),
        pytest.param(
            "Tòa xử Lê Văn Tám (nguyên chủ tịch HĐQT Công ty Tân Phú), Nguyễn Phước Hòa (nguyên tổng giám đốc), "
            "Bùi Thanh Hưng (nguyên phó tổng giám đốc), Nguyễn Văn Thanh (nguyên kế toán trưởng) về tội cố ý làm trái.",
            "Nguyễn Văn Thanh",
            [("Kế toán trưởng", "Công ty Tân Phú")],
            id="a_chief_executive_alone_is_of_the_one_company_and_a_boards_list_goes_on_5",
        ),
        pytest.param(
            "Chiếc xe hất thượng úy CSGT Trần Minh Khoa (cán bộ Phòng CSGT Quảng Bình) văng xuống đường. "
            "Tài xế suýt chẹt chết Thượng úy CSGT Quảng Bình vào chiều 3/6.",
            "Trần Minh Khoa",
            [("Cán bộ", "Phòng CSGT Quảng Bình")],
            id="a_police_branchs_initials_after_a_rank_are_not_part_of_the_name_3",
        ),
        pytest.param(
            "Sáng 3/6, đại tá Lương Văn Khiêm, Chánh văn phòng (Công an tỉnh Kon Tum) cho biết nghi can đã đầu thú.",
            "Lương Văn Khiêm",
            [("Chánh văn phòng", "Công an tỉnh Kon Tum")],
            id="a_bare_title_takes_the_unit_written_in_brackets_after_it",
        ),
        pytest.param(
            "Các bị can gồm Lý Văn Hậu, nguyên Kế toán trưởng Ngân hàng Phú An; Mạc Thị Huyền, Tạ Văn Định - "
            "nguyên Tổng giám đốc, Phó Tổng giám đốc Công ty Chứng khoán Phú An và 5 bị can khác.",
            "Mạc Thị Huyền",
            [("Tổng giám đốc", "Công ty Chứng khoán Phú An")],
            id="two_names_then_two_past_roles_after_a_dash_are_each_names_post_in_turn_1",
        ),
        pytest.param(
            "Các bị can gồm Lý Văn Hậu, nguyên Kế toán trưởng Ngân hàng Phú An; Mạc Thị Huyền, Tạ Văn Định - "
            "nguyên Tổng giám đốc, Phó Tổng giám đốc Công ty Chứng khoán Phú An và 5 bị can khác.",
            "Tạ Văn Định",
            [("Phó Tổng giám đốc", "Công ty Chứng khoán Phú An")],
            id="two_names_then_two_past_roles_after_a_dash_are_each_names_post_in_turn_2",
        ),
        pytest.param(
            "Ông Lục Văn Đoàn - Chủ tịch CĐ Công ty Cơ khí Tân Lập - cho biết công nhân đã đi làm lại.",
            "Lục Văn Đoàn",
            [("Chủ tịch", "CĐ Công ty Cơ khí Tân Lập")],
            id="a_trade_unions_initials_are_the_unit_of_its_chair",
        ),
        pytest.param(
            "Thăm ông Hà Văn Lộc, tổ trưởng dân phố bị thương khi đuổi theo kẻ cướp.",
            "Hà Văn Lộc",
            [("Tổ trưởng", "Tổ dân phố")],
            id="a_residential_group_leader_written_without_the_groups_word_leads_the_tổ_dân_phố",
        ),
        pytest.param(
            "Anh Lò Văn Tâm - Phó bí thư Chi đoàn thôn Nà Lầu bị thương nhẹ.",
            "Lò Văn Tâm",
            [("Phó bí thư", "Chi đoàn thôn Nà Lầu")],
            id="a_youth_union_cell_is_the_unit_of_its_secretary",
        ),
        pytest.param(
            "Công an khởi tố ông Đặng Văn Lực, giám đốc Công ty Minh Khai. Ngoài ra, bà Phí Thị Hạnh, kế toán "
            "trưởng cũng bị khởi tố.",
            "Phí Thị Hạnh",
            [("Kế toán trưởng", "Công ty Minh Khai")],
            id="a_chief_accountant_written_alone_is_of_the_one_company_named",
        ),
        pytest.param(
            "Thiếu tướng Lương Văn Tú, Giám đốc và Đại tá Hà Minh Đức, Thủ trưởng Cơ quan Cảnh sát điều tra "
            "Công an tỉnh Lâm Hà đã có mặt tại hiện trường.",
            "Lương Văn Tú",
            [("Giám đốc", "Công an tỉnh Lâm Hà")],
            id="a_bare_director_listed_before_the_head_of_a_police_agency_directs_the_provinces_police",
        ),
        pytest.param(
            "Bà Lò Thị Hoa, Hiệu phó kiêm quản lý trường Mầm non Hoa Mai, cho biết trường đã đình chỉ cô giáo.",
            "Lò Thị Hoa",
            [("Hiệu phó", "Trường Mầm non Hoa Mai"), ("Quản lý", "Trường Mầm non Hoa Mai")],
            id="a_manager_written_with_kiem_after_a_title_is_a_second_post_of_its_unit",
        ),
        pytest.param(
            "Bên bán là ông Phan Văn Nghị (quản lý của Công ty TNHH Nguyên Phúc), theo giấy viết tay.",
            "Phan Văn Nghị",
            [("Quản lý", "Công ty TNHH Nguyên Phúc")],
            id="a_manager_set_off_after_a_name_is_a_post_of_the_company",
        ),
    ],
)
def test_a_person_holds_the_posts_the_sentence_gives(body, name, posts):
    """A person holds the posts (title, unit) the sentence gives, in the order written."""
    assert _posts(_people(body)[name]) == posts


@pytest.mark.parametrize(
    ("body", "name", "posts"),
    [
        pytest.param(
            "Cựu Bí thư Đảng ủy xã Tân Mỹ Phan Hữu Lộc bị bắt. Chủ tịch xã Phú Lâm Đặng Văn Kỳ dự họp.",
            "Phan Hữu Lộc",
            [
                ("Bí thư", "Đảng ủy xã Tân Mỹ", "former")
            ],
            id="a_commune_name_before_a_name_is_not_part_of_it_2",
        ),
        pytest.param(
            "Ông Lạc Văn Đông - Chủ tịch kiêm Tổng Giám đốc Công ty TNHH Cấp nước Hòa Sơn phát biểu. "
            "Ông Quan Văn Tú, nguyên Tổng Giám đốc PVTam, bị truy nã.",
            "Quan Văn Tú",
            [
                ("Tổng Giám đốc", "PVTam", "former")
            ],
            id="a_bare_role_joined_by_kiem_and_a_brand_as_the_unit_2",
        ),
        pytest.param(
            "Bị cáo Đào Văn Hiếu (SN 1980, nguyên cán bộ Công an huyện Chợ Mới) khai nhận. Ông Hà Văn Tùng, "
            "Trưởng thôn Nà Pồng kể lại. Đại tá Lê Văn Cần, Phó Giám đốc Công an tỉnh Bắc Kạn, Thủ trưởng Cơ "
            "quan CSĐT Công an tỉnh cho biết.",
            "Đào Văn Hiếu",
            [
                ("Cán bộ", "Công an huyện Chợ Mới", "former")
            ],
            id="posts_in_an_aside_and_a_village_head_1",
        ),
        pytest.param(
            "Ông Khổng Minh Đạt, nguyên PCT UBND tỉnh Bắc Kạn, bị khởi tố. "
            "Bà Lại Thu Trang (nguyên PTGĐ Công ty Hải Đăng) cũng bị khởi tố. "
            "Theo Viện phó VKSND tỉnh Lai Châu Hứa Văn Toại, vụ án đang được điều tra lại.",
            "Khổng Minh Đạt",
            [
                ("PCT", "UBND tỉnh Bắc Kạn", "former")
            ],
            id="initials_and_short_forms_of_known_posts_1",
        ),
        pytest.param(
            "Ông Khổng Minh Đạt, nguyên PCT UBND tỉnh Bắc Kạn, bị khởi tố. "
            "Bà Lại Thu Trang (nguyên PTGĐ Công ty Hải Đăng) cũng bị khởi tố. "
            "Theo Viện phó VKSND tỉnh Lai Châu Hứa Văn Toại, vụ án đang được điều tra lại.",
            "Lại Thu Trang",
            [
                ("PTGĐ", "Công ty Hải Đăng", "former")
            ],
            id="initials_and_short_forms_of_known_posts_2",
        ),
        pytest.param(
            "Hai ông Lê Văn Tám và Đỗ Văn Chín (đều là Phó trưởng Công an xã Ia Nan) đi tuần tra. Năm 2015, Bộ "
            "trưởng Bộ Công Thương khi đó là ông Vũ Văn Hào đã ký quyết định. Cục trưởng Cục Bản quyền tác giả, "
            "ông Bùi Văn Hùng yêu cầu dừng thu phí.",
            "Vũ Văn Hào",
            [
                ("Bộ trưởng", "Bộ Công Thương", "former")
            ],
            id="a_shared_post_in_brackets_and_a_post_held_at_the_time_3",
        ),
        pytest.param(
            "Công an bắt Lê Văn Hùng. Được biết, Hùng từng là nhân viên Công ty Hoa Mai.",
            "Lê Văn Hùng",
            [
                ("Nhân viên", "Công ty Hoa Mai", "former")
            ],
            id="a_given_name_alone_then_tung_la_is_a_past_post",
        ),
    ],
)
def test_a_person_holds_the_posts_the_sentence_gives_former_or_current(body, name, posts):
    """A person holds the posts (title, unit, status) the sentence gives: 'former' for a post left, else None."""
    assert [(p.title, p.organization, p.status) for p in _people(body)[name].positions] == posts


@pytest.mark.parametrize(
    ("body", "name", "post"),
    [
        pytest.param(
            "Dự lễ có Thượng tướng Đàm Văn Khiêm, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Quân ủy "
            "Trung ương, Bộ trưởng Bộ Quốc phòng.",
            "Đàm Văn Khiêm",
            ("Bộ trưởng", "Bộ Quốc phòng"),
            id="a_post_whose_unit_is_not_read_does_not_end_the_chain",
        ),
        pytest.param(
            "Ông Lê Văn Hào, Chánh văn phòng kiêm người phát ngôn của UBND TP Hải Phòng, cho biết. Đồng chí "
            "Lưu Tiến Đông, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Người phát ngôn của Chính phủ chủ trì.",
            "Lê Văn Hào",
            ("Người phát ngôn", "UBND TP Hải Phòng"),
            id="a_post_of_a_unit_written_after_cua_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám giữ cương vị Thành viên Hội đồng quản trị từ năm 2009, Chủ tịch Ủy ban Rủi ro "
            "của SongHongBank từ năm 2012. Ông Trần Văn Mười là Cục trưởng Cục Khám chữa bệnh. "
            "Đại biểu Hà Văn Lũy, Ủy viên thường trực Ủy ban Các vấn đề xã hội cho rằng cần sửa luật.",
            "Lê Văn Tám",
            ("Thành viên", "Hội đồng quản trị"),
            id="a_field_of_two_syllables_goes_whole_on_the_units_name_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám giữ cương vị Thành viên Hội đồng quản trị từ năm 2009, Chủ tịch Ủy ban Rủi ro "
            "của SongHongBank từ năm 2012. Ông Trần Văn Mười là Cục trưởng Cục Khám chữa bệnh. "
            "Đại biểu Hà Văn Lũy, Ủy viên thường trực Ủy ban Các vấn đề xã hội cho rằng cần sửa luật.",
            "Hà Văn Lũy",
            ("Ủy viên thường trực", "Ủy ban Các vấn đề xã hội"),
            id="a_field_of_two_syllables_goes_whole_on_the_units_name_3",
        ),
        pytest.param(
            "Ông Lê Văn Tâm, Phó Bí thư, Chủ tịch UBND xã Hòa Lạc cho biết. Bí thư, Chủ tịch UBND huyện "
            "Kim Sơn Đỗ Quang Vinh dự họp.",
            "Đỗ Quang Vinh",
            ("Bí thư", "Huyện ủy Kim Sơn"),
            id="a_secretary_beside_a_peoples_committee_post_is_the_party_committees_2",
        ),
        pytest.param(
            "Công an huyện Kim Sơn lập tổ công tác đặc biệt do Thượng úy Phạm Quốc Khánh làm tổ trưởng. "
            "Trung úy Lã Văn Bình, tổ trưởng tổ tuần tra Đội CSGT số 3 cho biết. Tổ công tác do ông Tạ Văn "
            "Lợi, Phó Giám đốc Sở NN&PTNT, làm tổ trưởng.",
            "Tạ Văn Lợi",
            ("Tổ trưởng", "Tổ công tác"),
            id="a_team_leader_leads_the_team_written_after_the_title_or_before_do_3",
        ),
        pytest.param(
            "Bộ KH&ĐT dự họp. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Văn Tùng chủ trì. Bộ trưởng Mai "
            "Văn Tùng nhấn mạnh yêu cầu.",
            "Mai Văn Tùng",
            ("Bộ trưởng", "Văn phòng Chính phủ"),
            id="a_post_written_in_full_wins_over_a_guessed_unit_2",
        ),
        pytest.param(
            "Theo luật sư Nguyễn Anh Thơ, Trưởng văn phòng luật sư Thơ Anh (Đoàn luật sư TP Hà Nội), Công an "
            "huyện đã ra quyết định khởi tố.",
            "Nguyễn Anh Thơ",
            ("Trưởng văn phòng", "Văn phòng luật sư Thơ Anh"),
            id="the_head_of_a_law_office_heads_the_office",
        ),
        pytest.param(
            "Thẩm phán Nghiêm Thị Lương, Chánh tòa Hình sự TAND tỉnh Bắc Hà sẽ ngồi ghế chủ tọa. Dự có Bùi Văn "
            "Cường - Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Lê Hoài Trinh - Thứ trưởng Bộ Ngoại giao.",
            "Nghiêm Thị Lương",
            ("Chánh tòa", "Tòa Hình sự TAND tỉnh Bắc Hà"),
            id="court_division_heads_and_the_labour_federation_1",
        ),
        pytest.param(
            "ĐBQH Lê Văn Khánh, Phó chủ nhiệm Ủy ban đối ngoại của Quốc hội nêu quan điểm.",
            "Lê Văn Khánh",
            ("Phó chủ nhiệm", "Ủy ban đối ngoại của Quốc hội"),
            id="an_assembly_committee_named_in_lower_case_1",
        ),
        pytest.param(
            "Ông Lê Xuân Chiến (Đồn phó kiêm Trạm trưởng Trạm Kiểm soát biên phòng Đắc Lò) bị đình chỉ.",
            "Lê Xuân Chiến",
            ("Trạm trưởng", "Trạm Kiểm soát biên phòng Đắc Lò"),
            id="posts_in_asides_after_a_semicolon_a_description_or_a_bare_role_4",
        ),
        pytest.param(
            "Đại tá Nguyễn Văn Cường, Phó Giám đốc, Thủ trưởng Cơ quan CSĐT - CATP Hải Phòng cho biết như vậy.",
            "Nguyễn Văn Cường",
            ("Phó Giám đốc", "CATP Hải Phòng"),
            id="a_director_of_an_investigation_agency_written_with_a_dash_is_the_police_s",
        ),
        pytest.param(
            "Ông Hà Văn Bế (Phó chủ tịch HĐQT kiêm Chủ tịch Hội đồng tín dụng Tanabank) đề nghị vay tiền.",
            "Hà Văn Bế",
            ("Phó chủ tịch", "HĐQT Tanabank"),
            id="a_bare_board_is_the_company_s_named_after_kiem_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám, Chủ tịch HĐQT Công ty Hòa Bình kiêm Tổng giám đốc, cho biết.",
            "Lê Văn Tám",
            ("Tổng giám đốc", "Công ty Hòa Bình"),
            id="a_board_and_an_executive_post_of_the_company_led_or_named_before_2",
        ),
        pytest.param(
            "Bị can Huỳnh Nam Dư (nguyên chủ tịch HĐQT MHX, kiêm chủ tịch HĐQT MHXS), Nguyễn Phước Hà (nguyên tổng "
            "giám đốc) và Nguyễn Văn Thành (nguyên kế toán trưởng MHX) bị truy tố.",
            "Huỳnh Nam Dư",
            ("Chủ tịch", "HĐQT MHXS"),
            id="a_second_post_after_comma_kiem_stays_in_its_aside_1",
        ),
        pytest.param(
            "Ông Mai Văn Sáng là Ủy viên Ban chấp hành Huyện ủy Đắk R’lấp, Chủ tịch UBND xã Kiến Thành.",
            "Mai Văn Sáng",
            ("Ủy viên", "Ban chấp hành Huyện ủy Đắk R’lấp"),
            id="a_unit_s_name_goes_on_across_a_glued_apostrophe_or_a_brand_s_dot_1",
        ),
        pytest.param(
            "Thẩm phán Võ Nguyên Tâm, Chánh Tòa Hình sự TAND tỉnh Phú Lâm, công bố bản án. Kiểm sát viên Lê Văn "
            "Tám, Phó Viện trưởng VKSND tỉnh Tân Hà, đề nghị mức án. Thẩm phán Hồ Văn Chín, Giám đốc Sở Tư pháp "
            "tỉnh Tân Hà, phát biểu.",
            "Võ Nguyên Tâm",
            ("Thẩm phán", "TAND tỉnh Phú Lâm"),
            id="a_judges_grade_before_the_name_is_held_in_the_court_of_the_post_after_it_1",
        ),
        pytest.param(
            "Đêm 4/5, tổ công tác thuộc Đội CSGT Bình Triệu do trung tá Lâm Văn Sang – Phó đội trưởng làm tổ "
            "trưởng chỉ huy, làm nhiệm vụ trên quốc lộ 13.",
            "Lâm Văn Sang",
            ("Phó đội trưởng", "Đội CSGT Bình Triệu"),
            id="a_deputy_team_head_written_alone_before_a_verb_is_of_the_team_named_before",
        ),
        pytest.param(
            "Ông Lò Văn Pết, Chánh Thanh tra Bộ KH-CN. Ngày 2/6, đoàn đã đến.",
            "Lò Văn Pết",
            ("Chánh Thanh tra", "Bộ KH-CN"),
            id="hyphen_glued_initials_before_a_full_stop_are_the_whole_unit",
        ),
        pytest.param(
            "Ông Lò Văn Pết, Giám đốc Công ty TNHH MTV Xổ số Kiến thiết tỉnh Hòa Lâm, cho biết.",
            "Lò Văn Pết",
            ("Giám đốc", "Công ty TNHH MTV Xổ số Kiến thiết tỉnh Hòa Lâm"),
            id="a_unit_in_title_case_goes_on_before_its_level",
        ),
        pytest.param(
            "Ông Lò Văn Pết, Phó Đội trưởng Đội Chống hàng giả, Phòng PC46, Công an tỉnh Hòa Lâm, cho biết.",
            "Lò Văn Pết",
            ("Phó Đội trưởng", "Đội Chống hàng giả"),
            id="a_lower_case_tail_goes_on_before_its_owner_after_a_comma",
        ),
    ],
)
def test_a_post_the_sentence_gives_is_among_the_persons(body, name, post):
    """A post (title, unit) the sentence gives is among the person's posts."""
    assert post in _posts(_people(body)[name])


@pytest.mark.parametrize(
    ("body", "name", "post"),
    [
        pytest.param(
            "Bị can Hồ Nam Dương, nguyên Chủ tịch HĐQT Ngân hàng Sao Mai, kiêm Chủ tịch HĐQT Công ty Sao Mai; "
            "Lý Phước Hòa, nguyên Tổng giám đốc; Đào Văn Hòa - nguyên Tổng giám đốc, Phó Tổng giám đốc Công ty "
            "Bình An.",
            "Đào Văn Hòa",
            ("Tổng giám đốc", "Công ty Sao Mai"),
            id="a_bare_post_after_posts_in_two_companies_or_before_a_chain_takes_no_unit_2",
        ),
        pytest.param(
            "Các bị cáo gồm: Lý Văn Minh (32 tuổi), nguyên Đội phó TTGT TP Cần Thơ; Hồ Văn Thiện (40 tuổi), "
            "nguyên Phó đội trưởng TTGT huyện Phong Điền. Thiếu tá Phạm Như Tường, Đội phó Đội phòng ngừa tội "
            "phạm, cho biết.",
            "Phạm Như Tường",
            ("Đội phó", "Đội"),
            id="counter_case_of_a_team_leaders_unit_written_without_its_head_word_is_the_team_3",
        ),
        pytest.param(
            "Bộ KH&ĐT dự họp. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Văn Tùng chủ trì. Bộ trưởng Mai "
            "Văn Tùng nhấn mạnh yêu cầu.",
            "Mai Văn Tùng",
            ("Bộ trưởng", "Bộ KH&ĐT"),
            id="counter_case_of_a_post_written_in_full_wins_over_a_guessed_unit_1",
        ),
        pytest.param(
            "Ông Lê Văn Khánh, Trưởng đoàn tư vấn của tỉnh cho biết.",
            "Lê Văn Khánh",
            ("Trưởng đoàn", "Đoàn tư"),
            id="a_unit_is_never_cut_inside_a_word",
        ),
        pytest.param(
            "Đoàn công tác của Bộ Chính trị do Ủy viên Bộ Chính trị Lò Thiện Nhâm làm Trưởng đoàn đã làm việc.",
            "Lò Thiện Nhâm",
            ("Trưởng đoàn", "Bộ Chính trị"),
            id="degrees_regions_and_owners_are_not_a_post_s_unit_2",
        ),
        pytest.param(
            "Bị can Huỳnh Nam Dư (nguyên chủ tịch HĐQT MHX, kiêm chủ tịch HĐQT MHXS), Nguyễn Phước Hà (nguyên tổng "
            "giám đốc) và Nguyễn Văn Thành (nguyên kế toán trưởng MHX) bị truy tố.",
            "Nguyễn Phước Hà",
            ("Chủ tịch", "HĐQT MHXS"),
            id="counter_case_of_a_second_post_after_comma_kiem_stays_in_its_aside_2",
        ),
        # A company's department stays in the title, as annotators write it ('Trưởng phòng kinh doanh').
        pytest.param(
            "Trần Văn Liêm (nguyên Tổng giám đốc Công ty Hải Long), Giang Văn Đạt (nguyên Trưởng phòng kinh doanh).",
            "Giang Văn Đạt",
            ("Trưởng phòng", "Phòng kinh doanh"),
            id="counter_case_of_a_team_or_station_named_in_lower_case_after_the_title_1",
        ),
    ],
)
def test_a_post_the_sentence_does_not_give_is_not_among_the_persons(body, name, post):
    """A post (title, unit) the words only seem to give is not among the person's posts."""
    assert post not in _posts(_people(body)[name])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param(
            "Sáng nay có vụ trộm xe. Anh Khoa (huyện Gia Lâm) kể lại sự việc. Được biết, Lê Văn Tâm là con "
            "của Giám đốc công ty vận tải Hòa Bình, anh Hồ Văn Tuấn là chủ cửa hàng.",
            "Hồ Văn Tuấn",
            id="counter_case_of_anh_before_a_given_name_and_a_relatives_post_2",
        ),
        pytest.param(
            "Theo luật sư Đặng Quốc Bảo (Đoàn Luật sư tỉnh Tây Ninh), bị cáo có thể được giảm án. "
            "Kiểm sát viên Mai Thị Hồng (VKSND huyện Cần Giuộc) đề nghị mức án. Luật sư Lê Văn Tư (SN 1970) nói.",
            "Lê Văn Tư",
            id="counter_case_of_a_role_before_the_name_and_its_unit_in_brackets_3",
        ),
        pytest.param(
            "Tại hội trường, đại biểu Vi Văn Thịnh (Quảng Bình) cho rằng cần sửa luật. Đại biểu Cao Văn Cầu "
            "(Đoàn Nghệ An) đồng tình. Đại biểu Lê Văn Hùng (SN 1970) dự hội nghị.",
            "Lê Văn Hùng",
            id="counter_case_of_a_deputy_with_the_province_in_brackets_sits_in_the_national_assembly_3",
        ),
        pytest.param(
            "Tại xã Tân Phong, huyện Mỹ Lợi có cuộc họp. Bà Trần Thị Mai Hoa (em dâu ông Khổng Văn Bính) là "
            "Chánh văn phòng Đảng ủy xã Tân Phong. Ông Hồ Minh Trúc đang là Chủ tịch UBND xã Tân Phong. "
            "Ông Lò Văn Tốn (45 tuổi) làm Trưởng Công an xã Tân Phong.",
            "Khổng Văn Bính",
            id="counter_case_of_a_post_after_an_aside_and_an_ongoing_copula_2",
        ),
        # two departments: the text does not say which
        pytest.param(
            "Bệnh viện Đa khoa Hòa Lạc cung cấp thông tin. Ông Nguyễn Văn Phủ - Phó Giám đốc Bệnh viện - cho "
            "biết bác sĩ bị đánh. Công ty TNHH Hoa Sen Vàng bị kiểm tra; ông Lê Văn Tâm, Giám đốc Công ty cho "
            "biết sẽ khắc phục. Sở Y tế Nam Định và Sở Tài chính Nam Định họp; ông Trần Văn Lũy, Phó Giám đốc "
            "Sở, phát biểu.",
            "Trần Văn Lũy",
            id="counter_case_of_a_unit_written_by_its_head_alone_is_the_one_unit_of_that_kind_the_report_names_3",
        ),
        pytest.param(
            "Ông Lê Văn Tấm, Phụ trách Phòng Cảnh sát hình sự Công an tỉnh Nam Định cho biết. Bà Hà Thị Mơ, "
            "Hiệu phó Trường THPT Lê Lợi cho biết. Thiếu tá Lò Văn Páo, Chính trị viên Đồn Biên phòng Cửa Tùng "
            "phát biểu. Cán bộ phụ trách địa bàn xã Hải Hậu, ông Trần Văn Khẩn, cho biết.",
            "Trần Văn Khẩn",
            id="counter_case_of_acting_heads_vice_principals_and_political_officers_4",
        ),
        pytest.param(
            "Bị can Hồ Nam Dương, nguyên Chủ tịch HĐQT Ngân hàng Sao Mai, kiêm Chủ tịch HĐQT Công ty Sao Mai; "
            "Lý Phước Hòa, nguyên Tổng giám đốc; Đào Văn Hòa - nguyên Tổng giám đốc, Phó Tổng giám đốc Công ty "
            "Bình An.",
            "Lý Phước Hòa",
            id="a_bare_post_after_posts_in_two_companies_or_before_a_chain_takes_no_unit_1",
        ),
        # two divisions named: whose head he is stays unknown
        pytest.param(
            "Phòng Cảnh sát hình sự và Phòng Cảnh sát kinh tế vừa bắt đối tượng. Thượng tá Ngô Văn Hải, "
            "Trưởng phòng cho biết.",
            "Ngô Văn Hải",
            id="counter_case_of_a_title_alone_is_in_the_one_unit_of_its_head_the_report_names_3",
        ),
        pytest.param(
            "Công an tỉnh Hà Nam và Sở Y tế vừa họp. Đại tá Ngô Văn Hải, Phó Giám đốc cho biết.",
            "Ngô Văn Hải",
            id="counter_case_of_a_director_alone_is_of_the_one_unit_with_a_director_the_report_names_2",
        ),
        pytest.param(
            "Đoàn kiểm tra ông Lê Xuân Nhu (Hiệu trưởng), ông Ma Văn Khoa (Phó hiệu trưởng) và bà Vi Thị Tố "
            "(Kế toán trường Tiểu học Lê Lai). Bị can có Huỳnh Nam Dư, nguyên Tổng Giám đốc; Tạ Văn Thanh, "
            "nguyên Kế toán trưởng Ngân hàng XYB; Lữ Thị Bình bị bắt.",
            "Lữ Thị Bình",
            id="counter_case_of_bare_posts_in_a_list_take_the_unit_its_last_item_names_5",
        ),
        pytest.param(
            "Đoàn kiểm tra ông Lê Xuân Nhu (Giám đốc), ông Ma Văn Khoa (Phó giám đốc) và bà Vi Thị Tố (Kế "
            "toán trường Tiểu học Lê Lai).",
            "Lê Xuân Nhu",
            id="a_director_in_a_list_does_not_take_a_schools_unit_1",
        ),
        pytest.param(
            "Chủ tịch UBND xã Tân Lộc cho biết, ông Trần Văn Bính đã bị bắt giữ.",
            "Trần Văn Bính",
            id="a_post_before_a_clause_is_not_the_next_names",
        ),
        pytest.param(
            "Tại buổi làm việc giữa UBND TP Hải An với HĐND TP Hải An, Chủ tịch Nguyễn Đức Chiến yêu cầu báo cáo.",
            "Nguyễn Đức Chiến",
            id="counter_case_of_a_bare_chairman_chairs_the_one_peoples_committee_named_2",
        ),
        pytest.param(
            "Đỗ Văn Tâm (là con ông Lê Văn Khánh, Chủ tịch UBND xã Hòa Lạc) bỏ trốn.",
            "Đỗ Văn Tâm",
            id="counter_case_of_a_post_in_an_aside_opened_by_la_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám, Phó trưởng khoa xét nghiệm cho biết Nguyễn Văn Hai đã đến.",
            "Nguyễn Văn Hai",
            id="counter_case_of_a_lower_case_head_and_field_words_before_the_unit_s_name_3",
        ),
        pytest.param(
            "Bác sĩ Trần Văn Đoàn (Khoa Ngoại, bệnh viện đa khoa tỉnh Hà Giang) cho biết như vậy.",
            "Trần Văn Đoàn",
            id="a_doctor_s_ward_after_the_name_is_a_post_a_doctor_addressed_so_is_not_2",
        ),
        pytest.param(
            "Bắt Hà Minh Sáng (SN 1977 - 2001) về hành vi trên.",
            "Hà Minh Sáng",
            id="counter_case_of_a_post_after_a_dash_behind_the_age_3",
        ),
        pytest.param(
            "Thừa ủy quyền của Chủ tịch UBND tỉnh Bắc Kạn, ông Đàm Văn Thiêm trao bằng khen.",
            "Đàm Văn Thiêm",
            id="a_post_the_speaker_stands_in_for_is_not_the_speaker_s_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám, người nhà của Giám đốc Sở Xây dựng tỉnh Hà Nam, phát biểu.",
            "Lê Văn Tám",
            id="counter_case_of_a_post_in_a_relative_clause_after_the_name_3",
        ),
        pytest.param(
            "Đoàn thăm ông Lò Văn Mạnh (cùng Lê Văn Bình, Phó Giám đốc Sở Y tế).",
            "Lò Văn Mạnh",
            id="counter_case_of_posts_in_asides_after_a_semicolon_a_description_or_a_bare_role_3",
        ),
        pytest.param(
            "Ông Hà Văn Ngọc, Giám đốc Sở chỉ đạo khắc phục, cho biết.",
            "Hà Văn Ngọc",
            id="counter_case_of_a_company_s_list_in_lower_case_and_a_unit_named_in_lower_case_after_its_head_3",
        ),
        pytest.param(
            "Chuyện của hoa hậu Hà Kiều Loan và Giám đốc công ty Đông Phong - Lê Gia Thiện gây xôn xao.",
            "Hà Kiều Loan",
            id="counter_case_of_a_post_after_va_is_the_next_person_s_and_restaurants_and_fire_police_head_units_1",
        ),
        pytest.param(
            "Lãnh đạo Tổ công tác cố vấn Ban Chiến lược Trung ương là ông Trần Tử Quang.",
            "Trần Tử Quang",
            id="counter_case_of_a_post_written_as_a_predicate_stays_with_its_subject_3",
        ),
        pytest.param(
            "Một vị cán bộ khác của UBND xã Tân Lập cho hay như vậy, ông Lò Văn Tám nói.",
            "Lò Văn Tám",
            id="counter_case_of_a_staff_title_keeps_its_qualifying_words_before_the_unit_3",
        ),
        pytest.param(
            "Tham dự buổi lễ có ông Trần Văn Khải (bác sĩ), ông Lê Minh Tường (Giám đốc Công ty TNHH Hòa Phong).",
            "Trần Văn Khải",
            id="a_bare_trade_in_a_list_takes_no_unit_a_head_leads_1",
        ),
        # a division's head, not the department's
        pytest.param(
            "Bắt giữ ông Trần Văn Khải (Trưởng phòng), ông Lê Minh Tường (Giám đốc Sở Tài chính tỉnh Hà Nam).",
            "Trần Văn Khải",
            id="a_bare_trade_in_a_list_takes_no_unit_a_head_leads_4",
        ),
        pytest.param(
            "Ông Hồ Văn Tâm, Giám đốc Công ty bỏ trốn khỏi địa phương.",
            "Hồ Văn Tâm",
            id="counter_case_of_a_unit_named_in_lower_case_after_its_capitalised_head_ends_at_a_comma_or_the_holder_4",
        ),
        pytest.param(
            "Công ty Hưng Thịnh bị Sở Tài chính kiểm tra, bà Lê Thị Lan, Giám đốc cho biết.",
            "Lê Thị Lan",
            id="counter_case_of_an_executive_s_bare_title_after_a_name_is_in_the_company_the_sentence_just_named_5",
        ),
        # The verbs: to drive the company's car, to guard the company.
        pytest.param(
            "Ông Lê Văn Cường lái xe Công ty Hòa Phát đi Hà Nội. Lực lượng bảo vệ Công ty Hòa Bình, ông Lê Văn Cần cho biết.",
            "Lê Văn Cường",
            id="counter_case_of_a_guard_and_a_driver_are_staff_posts_only_when_set_off_after_the_name_3",
        ),
        pytest.param(
            "Ông Lê Văn Cường lái xe Công ty Hòa Phát đi Hà Nội. Lực lượng bảo vệ Công ty Hòa Bình, ông Lê Văn Cần cho biết.",
            "Lê Văn Cần",
            id="counter_case_of_a_guard_and_a_driver_are_staff_posts_only_when_set_off_after_the_name_4",
        ),
        pytest.param(
            "Sau khi hỏi bảo vệ cơ quan, bảo vệ tòa nhà Hoa Sen, Thượng úy Lê Văn Tiến đã tìm ra chủ thẻ.",
            "Lê Văn Tiến",
            id="counter_case_of_a_guard_and_a_driver_are_staff_posts_only_when_set_off_after_the_name_5",
        ),
        # Without the plural, a comma list does not share it.
        pytest.param(
            "Ông Trần Văn Khải, ông Lê Văn Tùng, Phó Giám đốc Sở Tài chính tỉnh Hà Giang cho biết.",
            "Trần Văn Khải",
            id="counter_case_of_a_list_of_names_opened_in_the_plural_shares_the_post_after_it_3",
        ),
        pytest.param(
            "Ấp Tân Hòa và ấp Tân Bình có 120 hộ. Ông Lê Văn Ấn, Trưởng ấp cho biết.",
            "Lê Văn Ấn",
            id="counter_case_of_a_village_head_s_village_named_elsewhere_whichever_order_the_title_is_written_3",
        ),
        # The clause goes on after the head: no unit is named.
        pytest.param(
            "Ông Lê Văn Hòa, Đội trưởng đội tuần tra đã bắt được Minh.",
            "Lê Văn Hòa",
            id="counter_case_of_a_team_or_station_named_in_lower_case_after_the_title_4",
        ),
        # Two bodies a chair may head: no guess.
        pytest.param(
            "UBND xã Tân Lộc và HĐND xã đã họp. Ông Hoàng Văn Lực, Chủ tịch cho biết.",
            "Hoàng Văn Lực",
            id="counter_case_of_a_chair_or_secretary_written_after_the_name_is_of_the_one_body_named_2",
        ),
        pytest.param(
            "Đảng ủy xã Tân Lộc và Huyện ủy Bảo Yên họp. Ông Hoàng Văn Lực, Bí thư cho biết.",
            "Hoàng Văn Lực",
            id="counter_case_of_a_chair_or_secretary_written_after_the_name_is_of_the_one_body_named_4",
        ),
        # Two such units in the sentence before: which one is meant is not known.
        pytest.param(
            "Trung tâm Y tế huyện Bảo Yên và Trung tâm Văn hóa huyện Bảo Yên cùng bị kiểm tra. Ông Lê Văn Khoa, "
            "Phó giám đốc Trung tâm này, cho biết.",
            "Lê Văn Khoa",
            id="counter_case_of_a_unit_written_as_this_one_is_the_unit_of_that_kind_just_named_2",
        ),
        # Two departments named: which one is meant is not known.
        pytest.param(
            "Sở Y tế và Sở Tài chính tỉnh Lào Cai kiểm tra; ông Cao Ngọc Cửu - chuyên viên của Sở cho biết.",
            "Cao Ngọc Cửu",
            id="counter_case_of_staff_of_a_bare_department_after_cua_is_in_the_one_the_report_names_2",
        ),
        pytest.param(
            "Trung tâm Y tế huyện Bảo Yên và Trung tâm Văn hóa huyện Bảo Yên bị kiểm tra; ông Trần Văn Thắng - "
            "cán bộ Trung tâm nộp lại 30 triệu đồng.",
            "Trần Văn Thắng",
            id="counter_case_of_staff_of_a_bare_centre_are_in_the_one_centre_the_report_names_2",
        ),
        # a member of a group the list does not name in full
        pytest.param(
            "Các bị can gồm Lê Văn Tư, Tổng Giám đốc Công ty Liên Kết; Trịnh Văn Sang, thành viên nhóm quản lý "
            "kinh doanh. Ông Lê Văn Sâm, Chủ tịch UBND xã Đông Lâm và ông Đỗ Văn Bảy, cán bộ đã đến hiện trường.",
            "Trịnh Văn Sang",
            id="counter_case_of_a_bare_role_in_a_list_takes_the_unit_of_the_item_before_4",
        ),
        # a trade, not a post of the committee the first one chairs
        pytest.param(
            "Các bị can gồm Lê Văn Tư, Tổng Giám đốc Công ty Liên Kết; Trịnh Văn Sang, thành viên nhóm quản lý "
            "kinh doanh. Ông Lê Văn Sâm, Chủ tịch UBND xã Đông Lâm và ông Đỗ Văn Bảy, cán bộ đã đến hiện trường.",
            "Đỗ Văn Bảy",
            id="counter_case_of_a_bare_role_in_a_list_takes_the_unit_of_the_item_before_5",
        ),
        # 'quản lý' a verb: a body that manages a company gives no one a manager's post
        pytest.param(
            "Ông Lê Văn Hải cho biết UBND huyện Yên Lạc quản lý chặt chẽ Công ty Hòa Phát.",
            "Lê Văn Hải",
            id="counter_case_of_a_manager_set_off_after_a_name",
        ),
        # a doctor's title of address, as gold has it
        pytest.param(
            "Phụ huynh phản ánh giáo viên Nguyễn Thị Nhân công tác tại Trường Mầm non Phú Lâm. Điều dưỡng Hoàng "
            "Văn Lượng (công tác tại Bệnh viện đa khoa tỉnh Tân Hà) bị hành hung. Bộ Y tế đề nghị xem xét việc "
            "bác sĩ Hồ Văn Lâm (công tác tại Bệnh viện Đa khoa tỉnh Tân Hà) bị bắt. Công an bắt Phạm Văn "
            "Tùng (31 tuổi, trú tại xã Đại Lâm, là cán bộ hành chính của Bệnh viện Đa khoa huyện Yên Lạc).",
            "Hồ Văn Lâm",
            id="counter_case_of_where_a_titled_person_works_and_a_post_in_an_aside_after_la_3",
        ),
        pytest.param(
            "Công an bắt Phạm Văn Tùng (31 tuổi, trú tại xã Đại Lâm, là con trai Giám đốc Công ty Tân Phú).",
            "Phạm Văn Tùng",
            id="counter_case_of_where_a_titled_person_works_and_a_post_in_an_aside_after_la_5",
        ),
        pytest.param(
            "Sở Y tế vừa họp. Phó Tổng giám đốc Nguyễn Xuân Sang cho biết.",
            "Nguyễn Xuân Sang",
            id="counter_case_of_a_chief_executive_alone_is_of_the_one_company_and_a_boards_list_goes_on_2",
        ),
        pytest.param(
            "Người dân báo ngay cho cơ quan công an hoặc điều tra viên Phan Văn Lực, số 0912000111.",
            "Phan Văn Lực",
            id="an_investigator_after_a_generic_police_names_no_unit",
        ),
    ],
)
def test_a_person_the_sentence_gives_no_post_holds_none(body, name):
    """A person whose post, or its unit, the sentence does not say holds no post."""
    assert _posts(_people(body)[name]) == []


@pytest.mark.parametrize(
    ("body", "name", "rank"),
    [
        pytest.param(
            "Ông Hà Minh Tâm, Phó Giám đốc Bệnh viện Đa khoa huyện Yên Lạc cho biết bệnh nhân đã ổn định. "
            "Thượng tá Kiều Văn Nghĩa – Trưởng phòng CSGT - Công an tỉnh Sơn La phát biểu.",
            "Kiều Văn Nghĩa",
            "Thượng tá",
            id="a_post_names_its_unit_as_written_even_beyond_the_unit_gazetteer_2",
        ),
        pytest.param(
            "Đại tá, TS. Lò Văn Thìn, Phó Giám đốc Công an tỉnh Điện Biên trao đổi với phóng viên.",
            "Lò Văn Thìn",
            "Đại tá",
            id="degrees_and_honorifics_are_not_part_of_a_name_2",
        ),
        pytest.param(
            "Thượng úy Trần Văn Hải, Trưởng Công an xã Ea Tiêu cho biết.",
            "Trần Văn Hải",
            "Thượng úy",
            id="a_police_chiefs_title_is_the_role_word_and_the_unit_the_police_1",
        ),
        pytest.param(
            "Đại uý Tạ Văn Hưng cùng Thiếu uý Lê Văn Nam đã có mặt.",
            "Tạ Văn Hưng",
            "Đại úy",
            id="ranks_written_with_the_old_tone_mark_1",
        ),
        pytest.param(
            "Đại uý Tạ Văn Hưng cùng Thiếu uý Lê Văn Nam đã có mặt.",
            "Lê Văn Nam",
            "Thiếu úy",
            id="ranks_written_with_the_old_tone_mark_2",
        ),
        pytest.param(
            "Chiếc xe hất thượng úy CSGT Trần Minh Khoa (cán bộ Phòng CSGT Quảng Bình) văng xuống đường. "
            "Tài xế suýt chẹt chết Thượng úy CSGT Quảng Bình vào chiều 3/6.",
            "Trần Minh Khoa",
            "Thượng úy",
            id="a_police_branchs_initials_after_a_rank_are_not_part_of_the_name_2",
        ),
    ],
)
def test_a_rank_before_a_name_is_the_persons_rank(body, name, rank):
    """A rank written before a name is the person's rank, spelt the standard way."""
    assert _people(body)[name].rank == rank


@pytest.mark.parametrize(
    ("body", "names"),
    [
        pytest.param(
            "Ông Lâm Văn Tú, Hiệu trưởng Trường Đại học Y Dược Cần Thơ cho biết như vậy. Bà Mai Thị Lan, Chủ "
            "tịch Hội Đông Y tỉnh Bến Tre dự họp. Anh Y Bhin Niê (30 tuổi) bị bắt.",
            {"Lâm Văn Tú", "Mai Thị Lan", "Y Bhin Niê"},
            id="medicine_in_a_units_name_opens_no_name_3",
        ),
        pytest.param(
            "Đại tá, TS. Lò Văn Thìn, Phó Giám đốc Công an tỉnh Điện Biên trao đổi với phóng viên.",
            {"Lò Văn Thìn"},
            id="degrees_and_honorifics_are_not_part_of_a_name_1",
        ),
        pytest.param(
            "Ông Kha Văn Lực, Giám đốc Sở Y tế tỉnh Lạng Sơn phát biểu. Ông Lực cho biết thêm về dịch bệnh.",
            {"Kha Văn Lực"},
            id="a_given_name_alone_is_a_later_mention_1",
        ),
        pytest.param(
            "Cựu Bí thư Đảng ủy xã Tân Mỹ Phan Hữu Lộc bị bắt. Chủ tịch xã Phú Lâm Đặng Văn Kỳ dự họp.",
            {"Phan Hữu Lộc", "Đặng Văn Kỳ"},
            id="a_commune_name_before_a_name_is_not_part_of_it_1",
        ),
        pytest.param(
            "Bác sĩ Hồ Lan Chi – Phó giám đốc Bệnh viện Nhi tỉnh Điện Biên cho biết. Bác sĩ Lan Chi nói thêm. "
            "Công an tỉnh Lai Châu Lò Văn Hặc đã bị bắt.",
            {"Hồ Lan Chi", "Lò Văn Hặc"},
            id="given_names_alone_and_a_province_before_a_name_1",
        ),
        pytest.param(
            "Camera được lắp ở các nút giao Trần Quang Khải - Lý Thái Tổ; Ông Ích Khiêm-Lê Duẩn. Nghi phạm tạm trú "
            "tại 27 Lê Thị Riêng. Trung tá Khổng Văn Hòa, Đội phó Đội CSGT số 3 cho biết.",
            {"Khổng Văn Hòa"},
            id="streets_are_not_persons_1",
        ),
        pytest.param(
            "Nhóm người lạ đến điểm trường tiểu học chính Võ Thị Sáu phát kẹo. Trường hợp Đàm Văn Bảo bị bắt.",
            {"Đàm Văn Bảo"},
            id="a_school_named_after_a_hero_is_no_person",
        ),
        pytest.param(
            "Ông Hứa Văn Tài, Hiệu trưởng Trường THPT chuyên Hà Tĩnh cho biết.",
            {"Hứa Văn Tài"},
            id="a_place_inside_a_units_name_that_opens_like_a_family_name_2",
        ),
        # A person named after a street, with an age, is still a person.
        pytest.param(
            "Trên phố Hàng Lụa, Đỗ Văn Khiêm (30 tuổi) rút dao đâm anh Lạc Văn Mạnh.",
            {"Đỗ Văn Khiêm", "Lạc Văn Mạnh"},
            id="streets_in_a_list_after_one_street_word_or_at_a_crossing_are_not_persons_2",
        ),
        pytest.param(
            "Nạn nhân là cháu L.T.Q (6 tuổi) và ông Khúc V.H (SN 1941), trú xã Phú Lạc. Chị N.T.M.Th cho biết "
            "ông H đã tử vong. Công an tạm giữ hai đối tượng, gồm: T.V.K. (SN 1988) và Đ.Q.B. (SN 1991).",
            {"L.T.Q", "Khúc V.H", "N.T.M.Th", "T.V.K.", "Đ.Q.B."},
            id="names_written_by_initials_act_in_the_story_1",
        ),
        pytest.param(
            "Chị K.T.M tố cáo chồng xâm hại cháu P.T.D (SN 2003). Khi đó, cháu D. mới học lớp 8.",
            {"K.T.M", "P.T.D"},
            id="one_initial_with_its_stop_is_a_mention_of_the_person_named_by_initials_1",
        ),
        pytest.param(
            "Chị K.T. M. khai báo với công an. Gia đình em H. Q. cho biết em bị đánh.",
            {"K.T. M.", "H. Q."},
            id="one_initial_with_its_stop_is_a_mention_of_the_person_named_by_initials_3",
        ),
        pytest.param(
            "Tên trộm lấy điện thoại của anh K. V. T (SN 1990) và chị L.T. T. M (SN 1975).",
            {"K. V. T", "L.T. T. M"},
            id="one_initial_with_its_stop_is_a_mention_of_the_person_named_by_initials_4",
        ),
        pytest.param(
            "Chiếc xe hất thượng úy CSGT Trần Minh Khoa (cán bộ Phòng CSGT Quảng Bình) văng xuống đường. "
            "Tài xế suýt chẹt chết Thượng úy CSGT Quảng Bình vào chiều 3/6.",
            {"Trần Minh Khoa"},
            id="a_police_branchs_initials_after_a_rank_are_not_part_of_the_name_1",
        ),
    ],
)
def test_the_persons_a_text_names_are_exactly_these(body, names):
    """The persons a text names are exactly these: no unit, place, street, title or caption word among them."""
    assert set(_people(body)) == names


@pytest.mark.parametrize(
    ("body", "names"),
    [
        pytest.param(
            "Bắt giữ NGUYỄN VĂN KHƯƠNG. Đối tượng Nguyễn Văn Khương  bị tạm giữ.",
            ["Nguyễn Văn Khương"],
            id="a_name_written_in_capitals_is_the_same_person_1",
        ),
        pytest.param(
            "QNCN Tòng  Văn Pao được khen thưởng.",
            ["Tòng Văn Pao"],
            id="service_titles_and_double_spaces_stay_out_of_names",
        ),
        pytest.param(
            "Người đàn ông Trung Quốc bị bắt. Đại biểu Hứa Văn Bảo phát biểu. Đại biểu Hứa Văn Bảo Điều tra "
            "phải khách quan.",
            ["Hứa Văn Bảo"],
            id="a_country_is_not_a_person_and_a_caption_word_is_not_a_name_1",
        ),
        pytest.param(
            "Thi thể cháu Lương Trung Nghĩa (6 tuổi, tên thường gọi là Tũn, trú tại thôn Đông) đã được tìm "
            "thấy. Gia đình cháu Tũn rất đau buồn.",
            ["Lương Trung Nghĩa"],
            id="the_name_a_person_goes_by_is_a_mention_of_that_person_1",
        ),
        pytest.param(
            "Công an huyện đang tạm giữ Đỗ Văn Lực, tự Bống (SN 1990, trú xã An Phú) để điều tra.",
            ["Đỗ Văn Lực"],
            id="a_nickname_after_tu_is_a_mention_of_that_person",
        ),
        pytest.param(
            "Công an bắt Hà Văn Tiến (25 tuổi, tự là Còi). Còi khai nhận đã trộm 3 xe máy.",
            ["Hà Văn Tiến"],
            id="a_nickname_after_tu_la_in_an_aside_is_a_mention_of_that_person",
        ),
        pytest.param(
            "Ông Trần Minh Đức cho biết đơn vị đã triển khai. Ông Đức là Phó Giám đốc Công an tỉnh Hà Nam.",
            ["Trần Minh Đức"],
            id="a_given_name_that_is_also_a_country_is_a_later_mention_1",
        ),
    ],
)
def test_the_persons_a_text_names_are_exactly_these_in_order(body, names):
    """The persons a text names are exactly these, in the order first named."""
    assert list(_people(body)) == names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param(
            "Đoàn công tác kiểm tra hiện trường. Ảnh: Đặng Khoa Theo báo cáo của Công an tỉnh, anh "
            "Vương Đình Tùng Sau đó được đưa đi cấp cứu.",
            "Vương Đình Tùng",
            id="counter_case_of_photo_credits_and_next_sentences_are_not_names_2",
        ),
        pytest.param(
            "Dự họp có ông Phạm Thế Vinh, Phó Giám đốc Sở Tư pháp. Tòa xử bị cáo Lê Văn Bài (60 tuổi) về tội trộm.",
            "Lê Văn Bài",
            id="words_that_open_sentences_inside_a_name_2",
        ),
        pytest.param(
            "Sáng nay có vụ trộm xe. Anh Khoa (huyện Gia Lâm) kể lại sự việc. Được biết, Lê Văn Tâm là con "
            "của Giám đốc công ty vận tải Hòa Bình, anh Hồ Văn Tuấn là chủ cửa hàng.",
            "Khoa",
            id="anh_before_a_given_name_and_a_relatives_post_1",
        ),
        pytest.param(
            "Sáng nay, chị H’Lan Niê kể lại sự việc. Người dân huyện Ia H’Drai cũng đến xem.",
            "H’Lan Niê",
            id="a_central_highlands_name_with_an_apostrophe_1",
        ),
        pytest.param(
            "Nhóm gồm Phan Văn Lực (40 tuổi), Khải và Hào (29 tuổi, cùng trú tại xã Mỹ Lộc) đến quán. "
            "Một người Anh (19 tuổi) bị thương nhẹ.",
            "Phan Văn Lực",
            id="given_names_alone_before_an_age_1",
        ),
        pytest.param(
            "Nhóm gồm Phan Văn Lực (40 tuổi), Khải và Hào (29 tuổi, cùng trú tại xã Mỹ Lộc) đến quán. "
            "Một người Anh (19 tuổi) bị thương nhẹ.",
            "Khải",
            id="given_names_alone_before_an_age_2",
        ),
        pytest.param(
            "Nhóm gồm Phan Văn Lực (40 tuổi), Khải và Hào (29 tuổi, cùng trú tại xã Mỹ Lộc) đến quán. "
            "Một người Anh (19 tuổi) bị thương nhẹ.",
            "Hào",
            id="given_names_alone_before_an_age_3",
        ),
        pytest.param(
            "Một thanh niên tên là Khoa bỏ chạy. Người phụ nữ tên thường gọi là Mận (ngụ ấp 2) bị bắt.",
            "Khoa",
            id="a_name_given_with_ten_la_1",
        ),
        pytest.param(
            "Một thanh niên tên là Khoa bỏ chạy. Người phụ nữ tên thường gọi là Mận (ngụ ấp 2) bị bắt.",
            "Mận",
            id="a_name_given_with_ten_la_2",
        ),
        pytest.param(
            "Hắn đến quán để gặp bạn là Kha Minh. Bạn gái Lương Ngọc Hà cũng có mặt.",
            "Kha Minh",
            id="a_friend_named_after_ban_la_1",
        ),
        pytest.param(
            "Hắn đến quán để gặp bạn là Kha Minh. Bạn gái Lương Ngọc Hà cũng có mặt.",
            "Lương Ngọc Hà",
            id="a_friend_named_after_ban_la_2",
        ),
        pytest.param(
            "Sáng nay, phóng viên về thăm gia đình Khổng Văn Lựu (46 tuổi). Vợ chồng ông Lựu đã ly hôn. "
            "Chủ tịch UBND quận 7 Lê Phước Hào kiến nghị tăng cường phân cấp. Hắn rủ Đinh Văn Tư (23 tuổi) "
            "và Huỳnh Trong Bảy (23 tuổi) đi đánh người.",
            "Khổng Văn Lựu",
            id="a_name_after_family_after_a_numbered_district_or_with_an_opener_word_inside_1",
        ),
        pytest.param(
            "Sáng nay, phóng viên về thăm gia đình Khổng Văn Lựu (46 tuổi). Vợ chồng ông Lựu đã ly hôn. "
            "Chủ tịch UBND quận 7 Lê Phước Hào kiến nghị tăng cường phân cấp. Hắn rủ Đinh Văn Tư (23 tuổi) "
            "và Huỳnh Trong Bảy (23 tuổi) đi đánh người.",
            "Huỳnh Trong Bảy",
            id="a_name_after_family_after_a_numbered_district_or_with_an_opener_word_inside_4",
        ),
        pytest.param(
            "Công an huyện đã yêu cầu Đặng Văn K. đến trụ sở làm việc. Lúc đó anh Q, chủ tiệm, đang uống "
            "nước; thấy tiệm bị cướp, anh Q cầm ghế chạy ra.",
            "Đặng Văn K",
            id="anonymised_persons_who_act_are_persons_as_written_1",
        ),
        pytest.param(
            "Giám đốc Sở GTVT Vũ Văn Viễn cho biết. Bị can Phan Văn Viện (30 tuổi) bị bắt.",
            "Phan Văn Viện",
            id="a_given_name_that_is_also_a_units_head_after_a_middle_name",
        ),
    ],
)
def test_a_person_the_text_names_is_found(body, name):
    """A person the text names is found by the full name."""
    assert name in _people(body)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param(
            "Nhóm gồm Phan Văn Lực (40 tuổi), Khải và Hào (29 tuổi, cùng trú tại xã Mỹ Lộc) đến quán. "
            "Một người Anh (19 tuổi) bị thương nhẹ.",
            "Anh",
            id="counter_case_of_given_names_alone_before_an_age_4",
        ),
        pytest.param(
            "Tại hội trường, đại biểu Vi Văn Thịnh (Quảng Bình) cho rằng cần sửa luật. Đại biểu Cao Văn Cầu "
            "(Đoàn Nghệ An) đồng tình. Đại biểu Lê Văn Hùng (SN 1970) dự hội nghị.",
            "Đoàn Nghệ An",
            id="counter_case_of_a_deputy_with_the_province_in_brackets_sits_in_the_national_assembly_4",
        ),
        pytest.param(
            "Sáng nay, phóng viên về thăm gia đình Khổng Văn Lựu (46 tuổi). Vợ chồng ông Lựu đã ly hôn. "
            "Chủ tịch UBND quận 7 Lê Phước Hào kiến nghị tăng cường phân cấp. Hắn rủ Đinh Văn Tư (23 tuổi) "
            "và Huỳnh Trong Bảy (23 tuổi) đi đánh người.",
            "Lựu",
            id="counter_case_of_a_name_after_family_after_a_numbered_district_or_with_an_opener_word_inside_2",
        ),
        pytest.param(
            "Ông Đỗ Văn Tâm, Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Hà và ông Lý Văn Kha có mặt.",
            "Sơn Hà",
            id="capitals_after_an_appositive_post_end_its_unit_not_open_a_name_1",
        ),
        pytest.param(
            "Đình chỉ Thượng tá Lò Tấn Lạc (Đồn trưởng Đồn biên phòng La Hà) và ông Lê Văn Tám.",
            "La Hà",
            id="counter_case_of_capitals_after_a_post_in_brackets_end_its_unit_2",
        ),
        # A village named after a person stays a village without a title, and with one when the name
        # is two words only.
        pytest.param(
            "Người dân thôn Lê Lợi, xã Tân Lập đã góp tiền sửa đường.",
            "Lê Lợi",
            id="counter_case_of_a_full_name_after_a_village_heads_title_is_the_head_6",
        ),
        pytest.param(
            "Trưởng thôn Lê Lợi cho biết đường đã sửa xong.",
            "Lê Lợi",
            id="counter_case_of_a_full_name_after_a_village_heads_title_is_the_head_7",
        ),
    ],
)
def test_words_that_are_no_persons_name_are_not_found_as_one(body, name):
    """Words that are no person's name (a title, a place, a caption, a part of a name) are not found as one."""
    assert name not in _people(body)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Cảnh sát phân luồng trên các tuyến đường Hàng Lụa, Đỗ Văn Khiêm, Lạc Thị Mai và Vương Đình Cừ. "
            "Vụ va chạm xảy ra tại giao lộ Tô Văn Hạnh, huyện Bình Chánh; xe khách dừng ở ngã tư Khúc Văn Lục. "
            "Xe đỗ trên các phố: Đỗ Văn Khiêm, Lạc Thị Mai và dọc đường ven biển Vương Đình Cừ.",
            id="streets_in_a_list_after_one_street_word_or_at_a_crossing_are_not_persons_1",
        ),
    ],
)
def test_a_text_that_names_no_person_gives_none(body):
    """A text that names no person gives none."""
    assert _people(body) == {}


@pytest.mark.parametrize(
    ("body", "name", "mentions"),
    [
        pytest.param(
            "Ông Kha Văn Lực, Giám đốc Sở Y tế tỉnh Lạng Sơn phát biểu. Ông Lực cho biết thêm về dịch bệnh.",
            "Kha Văn Lực",
            ["Kha Văn Lực", "Lực"],
            id="a_given_name_alone_is_a_later_mention_2",
        ),
        pytest.param(
            "Bác sĩ Hồ Lan Chi – Phó giám đốc Bệnh viện Nhi tỉnh Điện Biên cho biết. Bác sĩ Lan Chi nói thêm. "
            "Công an tỉnh Lai Châu Lò Văn Hặc đã bị bắt.",
            "Hồ Lan Chi",
            ["Hồ Lan Chi", "Lan Chi"],
            id="given_names_alone_and_a_province_before_a_name_2",
        ),
        pytest.param(
            "Công an huyện đã yêu cầu Đặng Văn K. đến trụ sở làm việc. Lúc đó anh Q, chủ tiệm, đang uống "
            "nước; thấy tiệm bị cướp, anh Q cầm ghế chạy ra.",
            "Q",
            ["Q", "Q"],
            id="anonymised_persons_who_act_are_persons_as_written_2",
        ),
        pytest.param(
            "Thi thể cháu Lương Trung Nghĩa (6 tuổi, tên thường gọi là Tũn, trú tại thôn Đông) đã được tìm "
            "thấy. Gia đình cháu Tũn rất đau buồn.",
            "Lương Trung Nghĩa",
            ["Lương Trung Nghĩa", "Tũn", "Tũn"],
            id="the_name_a_person_goes_by_is_a_mention_of_that_person_2",
        ),
        pytest.param(
            "Nạn nhân là cháu L.T.Q (6 tuổi) và ông Khúc V.H (SN 1941), trú xã Phú Lạc. Chị N.T.M.Th cho biết "
            "ông H đã tử vong. Công an tạm giữ hai đối tượng, gồm: T.V.K. (SN 1988) và Đ.Q.B. (SN 1991).",
            "Khúc V.H",
            ["Khúc V.H", "H"],
            id="names_written_by_initials_act_in_the_story_2",
        ),
        pytest.param(
            "Chị K.T.M tố cáo chồng xâm hại cháu P.T.D (SN 2003). Khi đó, cháu D. mới học lớp 8.",
            "P.T.D",
            ["P.T.D", "D."],
            id="one_initial_with_its_stop_is_a_mention_of_the_person_named_by_initials_2",
        ),
    ],
)
def test_each_mention_of_a_person_is_read_as_written(body, name, mentions):
    """Each mention of a person (full name, given name, the name the person goes by) is read as written, in order."""
    assert [m.text for m in _people(body)[name].mentions] == mentions


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


def test_photo_credits_and_next_sentences_are_not_names():
    people = _people(
        "Đoàn công tác kiểm tra hiện trường. Ảnh: Đặng Khoa Theo báo cáo của Công an tỉnh, anh "
        "Vương Đình Tùng Sau đó được đưa đi cấp cứu."
    )
    assert "Đặng Khoa" not in people and not any("Theo" in n for n in people)


def test_a_credit_run_into_the_next_sentence_names_no_one():
    # 'Anh Khoa' reads like a title and a given name; split from the sentence it ran into, it is a credit
    people = _people("Cảnh sát đưa mẹ con chị Lan lên bờ. Ảnh: Anh Khoa Những ngày sau đó, chị Lan vẫn sợ.")
    assert "Khoa" not in people and "Lan" in people, list(people)


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
    assert people["Nguyễn Văn Khương"].name_variants == ["NGUYỄN VĂN KHƯƠNG"]


def test_a_country_is_not_a_person_and_a_caption_word_is_not_a_name():
    people = _people(
        "Người đàn ông Trung Quốc bị bắt. Đại biểu Hứa Văn Bảo phát biểu. Đại biểu Hứa Văn Bảo Điều tra "
        "phải khách quan."
    )
    assert len(people["Hứa Văn Bảo"].mentions) == 2


def test_a_ministers_title_without_the_ministry_word_and_a_foreign_leader():
    people = _people("Bộ trưởng Y tế Ninh Thị Hoa dự họp. Thủ tướng Nga Pyotr Ivanov cũng có mặt.")
    assert not any(n.startswith("Nga") for n in people)
    assert all(p.organization != "Chính phủ" for person in people.values() for p in person.positions)


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


def test_a_units_parent_after_a_dash_or_run_on():
    people = _people(
        "Ông Viên Văn Đức, Phó Trưởng ban Dân nguyện - Ủy ban Thường vụ Quốc hội cho biết. Đại tá Ngô Sỹ Hào, "
        "Viện trưởng Viện Khoa học Hình sự Bộ Công an nói. Ông Nguyễn An Hạ, Phó Chánh Thanh tra TP Sau đó nói."
    )
    assert all("Sau" not in (p.organization or "") for p in people["Nguyễn An Hạ"].positions)


def test_a_deputy_written_after_the_units_word():
    clause = _people("Ông Lý Văn Chín - Chi cục Phó Chi cục quản lý đất đai xảy ra mâu thuẫn với ông Hà Văn Tư.")
    assert all(p.organization != "Chi cục Chi" for p in clause["Lý Văn Chín"].positions)


def test_a_former_post_is_not_held_in_the_graph():
    from graph.rdf import ORG, facts_to_graph

    facts = extract(HEAD + "Ông Tạ Quang Vinh, nguyên Chủ tịch UBND tỉnh Cao Bằng, dự lễ.", "x.txt")
    graph = facts_to_graph(facts)
    assert list(graph.triples((None, ORG.holds, None))) == []
    assert list(graph.triples((None, ORG.member, None)))


def test_a_central_highlands_name_with_an_apostrophe():
    people = _people("Sáng nay, chị H’Lan Niê kể lại sự việc. Người dân huyện Ia H’Drai cũng đến xem.")
    assert len(people) == 1


def test_ministers_by_field_initials_general_directors_by_initials_and_a_presidium_of_a_body():
    people = _people(
        "Bộ trưởng NN-PTNT Nguyễn Xuân Cưỡng sẽ trả lời; Thứ trưởng TN-MT Lê Văn Phóng cùng dự. "
        "Các bị can gồm Nguyễn Xuân Sính - Nguyên TGĐ Ngân hàng Hải Dương. Ông Nguyễn Tục, Ủy viên Đoàn "
        "chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu."
    )
    assert people["Nguyễn Xuân Sính"].positions[0].status == "former"


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
    assert "Mai Xuân" not in people and len(people["Mai Xuân Sáng"].mentions) == 2


def test_a_post_of_a_unit_written_after_cua():
    people = _people(
        "Ông Lê Văn Hào, Chánh văn phòng kiêm người phát ngôn của UBND TP Hải Phòng, cho biết. Đồng chí "
        "Lưu Tiến Đông, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Người phát ngôn của Chính phủ chủ trì."
    )
    assert sorted(_posts(people["Lưu Tiến Đông"])) == [
        ("Bộ trưởng", "Văn phòng Chính phủ"),
        ("Chủ nhiệm", "Văn phòng Chính phủ"),
        ("Người phát ngôn", "Chính phủ"),
    ]


def test_a_name_after_a_posts_thanh_pho_is_the_holder_not_a_street():
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


def test_bare_posts_in_a_list_take_the_unit_its_last_item_names():
    people = _people(
        "Đoàn kiểm tra ông Lê Xuân Nhu (Hiệu trưởng), ông Ma Văn Khoa (Phó hiệu trưởng) và bà Vi Thị Tố "
        "(Kế toán trường Tiểu học Lê Lai). Bị can có Huỳnh Nam Dư, nguyên Tổng Giám đốc; Tạ Văn Thanh, "
        "nguyên Kế toán trưởng Ngân hàng XYB; Lữ Thị Bình bị bắt."
    )
    assert people["Huỳnh Nam Dư"].positions[0].status == "former"


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


def test_a_post_written_in_the_plural_before_a_list_is_each_name_s():
    people = _people("Dự lễ có các Phó Giám đốc Sở Tư pháp Lê Văn Tám, Lý Văn Kha và Đỗ Văn Hai.")
    for name in ("Lê Văn Tám", "Lý Văn Kha", "Đỗ Văn Hai"):
        assert _posts(people[name]) == [("Phó Giám đốc", "Sở Tư pháp")]
    people = _people("Phó Giám đốc Sở Tư pháp Lê Văn Tám, Lý Văn Kha cùng dự.")
    assert _posts(people["Lý Văn Kha"]) == []
    people = _people("Dự lễ có các Phó Thủ tướng: Lê Văn Tám, Lý Văn Kha, Đỗ Văn Hai.")
    for name in ("Lê Văn Tám", "Lý Văn Kha", "Đỗ Văn Hai"):
        assert _posts(people[name]) == [("Phó Thủ tướng", "Chính phủ")]


def test_a_unit_s_last_word_before_a_three_word_name_is_not_the_name_s():
    assert "Lê Nguyễn Thị Hà" in _people("Bà Lê Nguyễn Thị Hà cho biết như vậy.")


def test_a_post_in_a_relative_clause_after_the_name():
    people = _people("Ông Lê Văn Tám, người từng giữ chức Phó Chủ tịch UBND huyện Yên Lạc, đã bị bắt.")
    assert people["Lê Văn Tám"].positions[0].status == "former"


def test_a_post_then_la_and_its_holder_and_units_after_thuoc_tai_cua():
    assert _posts(_people("Người bị bắt là ông Lê Văn Tám.")["Lê Văn Tám"]) == []
    assert _posts(_people("Người bị bắt là Lê Văn Tám.")["Lê Văn Tám"]) == []


def test_a_staff_title_never_cuts_a_word_to_find_a_unit():
    people = _people("Chị Trần Thị Thanh (SN 1985) là công nhân môi trường đô thị - chi nhánh Hoàn Kiếm, đang tuyên truyền.")
    assert all(org != "Trường đô thị" for _, org in _posts(people["Trần Thị Thanh"]))


def test_a_plural_post_before_nhu_and_a_list_is_each_name_s():
    people = _people("Thôn đã liên lạc với các đại biểu Quốc hội như Dương Trung Quyết, Lưu Bình Nhượng để nắm tin.")
    for name in ("Dương Trung Quyết", "Lưu Bình Nhượng"):
        assert _posts(people[name]) == [("Đại biểu", "Quốc hội")]


def test_a_unit_s_capitalised_name_does_not_run_into_the_holder_s_name():
    assert "Vũ Hoàng Anh Ngọc" in _people("Chân dài 9X Vũ Hoàng Anh Ngọc (23 tuổi) bị bắt.")


def test_a_lawyer_s_bar_after_a_stray_comma_or_before_a_dash_and_no_y_person_of_a_country():
    assert "Y Việt Nam" not in _people("Ông Nguyễn Xuân Hưởng, nguyên Chủ tịch Hội Đông Y Việt Nam cho biết.")


def test_a_lower_case_unit_name_never_runs_into_the_predicate():
    people = _people(
        "Trên đường về, ông Diệp Xuân Vinh - Chi cục Phó Chi cục quản lý đất đai xảy ra mâu thuẫn với ông Hải."
    )
    assert all("mâu thuẫn" not in (org or "") for _, org in _posts(people["Diệp Xuân Vinh"]))


def test_occupations_and_case_roles_are_no_posts():
    people = _people(
        "Tài xế Nông Văn Tới điều khiển xe tải lao vào nhà dân. Nghi phạm Ma Văn Chỉnh đã bị bắt; "
        "bị cáo Hầu Văn Pạo khai nhận hành vi."
    )
    assert all(not p.positions for p in people.values())


def test_a_principal_of_nha_truong_heads_the_school_named_before():
    # two schools named: 'nhà trường' may be either, so the post is left without a holder's unit
    people = _people(
        "Học sinh Trường THCS Tân Hòa và Trường Tiểu học Tân Hòa bị ngộ độc. Bà Phạm Thị Tâm, Hiệu "
        "trưởng nhà trường, nhận trách nhiệm."
    )
    assert people["Phạm Thị Tâm"].positions == []
    people = _people(
        "Vụ việc xảy ra tại Trường THCS Tân Hòa. Ông Lê Văn Hai, Hiệu trưởng, cho biết đã báo cáo. "
        "Phó Hiệu trưởng Đỗ Thị Ba cho biết thêm. Ông Vũ Văn Năm, nguyên hiệu trưởng trường này, "
        "không có mặt. Bộ yêu cầu các hiệu trưởng kiểm tra."
    )
    assert people["Vũ Văn Năm"].positions[0].status == "former"


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
    # a school has no director: a list after 'gồm' gives no company post to its staff
    people = _people("Trường THCS Tân Hòa gồm ông Lê Văn Hai, Giám đốc; ông Trần Văn Ba.")
    assert people["Lê Văn Hai"].positions == []


def test_a_title_before_the_name_takes_the_unit_after_cua():
    people = _people(
        "Báo đã thuê luật sư Nguyễn Văn Huệ của Công ty TNHH Luật Bình Minh bào chữa. Phóng viên Trần "
        "Văn Bảy của Báo Thanh Hóa bị hành hung. Luật sư Đỗ Văn Khang của bị cáo xin giảm án."
    )
    assert people["Đỗ Văn Khang"].positions == []


def test_a_commune_police_officer_is_of_the_communes_police():
    people = _people(
        "TAND huyện tuyên Lê Minh Tâm (nguyên công an viên xã Vạn Phúc) 7 năm tù. Ông Cảnh (Công an "
        "viên xã Nhân Hòa) báo tin cho ông Lò Văn Sinh, công an viên xã, lúc 21 giờ."
    )
    assert people["Lê Minh Tâm"].positions[0].status == "former"
    assert people["Lò Văn Sinh"].positions == []


def test_an_executive_s_bare_title_after_a_name_is_in_the_company_the_sentence_just_named():
    # A unit of its own after the title, or another kind of unit named last: no company's post.
    people = _people("Tại Công ty Hưng Thịnh, ông Lê Văn Tư, nguyên Phó giám đốc khối đầu tư Công ty Sao Mai, bị bắt.")
    assert _posts(people["Lê Văn Tư"]) != [("Phó giám đốc", "Công ty Hưng Thịnh")]


def test_a_lower_case_unit_name_ends_at_the_next_holder_or_a_closing_country():
    # A verb after the head ends the search for a closing country: no unit.
    people = _people("Ông Vũ Văn Hồng, Giám đốc Trung tâm đã làm việc với Bộ Ngoại giao Việt Nam.")
    assert _posts(people["Vũ Văn Hồng"]) != [("Giám đốc", "Trung tâm đã làm việc với Bộ Ngoại giao Việt Nam")]


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


def test_a_commune_officer_s_field_stays_in_the_title_and_the_commune_s_committee_is_the_unit():
    # No field: the commune's officer of which body is not said; a co-operative is a unit of its own.
    assert _posts(_people("Ông Trần Văn Hải, cán bộ xã Tân An, cho biết.")["Trần Văn Hải"]) == []


def test_in_charge_of_a_unit_after_a_name_and_a_bare_title_before_kiem_and_a_comma():
    # In charge of a task, not a unit.
    assert _posts(_people("Ông Lê Văn Cẩn, phụ trách địa bàn xã Tân An, cho biết.")["Lê Văn Cẩn"]) == []


def test_a_judges_grade_before_the_name_is_held_in_the_court_of_the_post_after_it():
    people = _people(
        "Thẩm phán Võ Nguyên Tâm, Chánh Tòa Hình sự TAND tỉnh Phú Lâm, công bố bản án. Kiểm sát viên Lê Văn "
        "Tám, Phó Viện trưởng VKSND tỉnh Tân Hà, đề nghị mức án. Thẩm phán Hồ Văn Chín, Giám đốc Sở Tư pháp "
        "tỉnh Tân Hà, phát biểu."
    )
    assert sorted(_posts(people["Lê Văn Tám"])) == [
        ("Kiểm sát viên", "VKSND tỉnh Tân Hà"), ("Phó Viện trưởng", "VKSND tỉnh Tân Hà")
    ]


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


@pytest.mark.parametrize("name", ["Lầu Bá Sử", "Sồng A Páo", "Tráng A Chư", "Vừ A Dình", "Lèng Văn Khải"])
def test_family_names_of_the_uplands_open_a_name(name: str) -> None:
    assert _posts(_people(f"{name} là giáo viên Trường Tiểu học Hoa Sen.")[name]) == [
        ("Giáo viên", "Trường Tiểu học Hoa Sen")
    ]




@pytest.mark.parametrize(
    "sign_off",
    ["Anh Tùng", "Văn Hòa - Anh Khiêm", "Văn Hòa – Anh Tùng", "Xem thêm Video: Anh Tùng"],
)
def test_a_closing_anh_and_a_given_name_signs_the_report(sign_off: str) -> None:
    people = _people(f"Công an huyện Đông Hà đã bắt giữ Lê Văn Tám (30 tuổi) để điều tra. {sign_off}\n")
    assert list(people) == ["Lê Văn Tám"]


@pytest.mark.parametrize(
    "body",
    [
        "Công an huyện Đông Hà đã bắt giữ Lê Văn Tám (30 tuổi). Người báo tin là anh Khiêm.",
        "Công an huyện Đông Hà đã bắt giữ Lê Văn Tám (30 tuổi). Anh Khiêm cho biết sự việc.",
    ],
)
def test_anh_and_a_given_name_inside_the_story_is_a_person(body: str) -> None:
    assert "Khiêm" in _people(body)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Rạng sáng, thi thể anh L.Ph.D được người dân phát hiện.", "L.Ph.D"),
        ("Tham gia đánh nhau còn có bà Ng.Th.Ng.T (kế toán).", "Ng.Th.Ng.T"),
        ("Trước đó, anh Ph.T.H. (SN 1990) đã về nhà.", "Ph.T.H."),
        ("Người bị thương là bà Tr.Th.M (SN 1970).", "Tr.Th.M"),
    ],
)
def test_initials_of_two_letters_stay_in_the_name(body: str, name: str) -> None:
    assert list(_people(body)) == [name]


def test_a_two_letter_given_name_with_its_stop_alone_stays_a_person() -> None:
    assert list(_people("Người bị thương là anh Kh. (sống gần đó).")) == ["Kh"]


@pytest.mark.parametrize(
    ("body", "name", "post"),
    [
        (
            "Ông Lê Văn Nam, Giám đốc Ban Quản lý dự án chuyên ngành thủy lợi tỉnh Bình Dương, cho biết "
            "công trình đã xong.",
            "Lê Văn Nam",
            ("Giám đốc", "Ban Quản lý dự án chuyên ngành thủy lợi tỉnh Bình Dương"),
        ),
        (
            "Trung tá Hà Văn Tư, Đội phó Đội Điều tra trọng án, Phòng Cảnh sát hình sự cho biết đã bắt "
            "được nghi phạm.",
            "Hà Văn Tư",
            ("Đội phó", "Đội Điều tra trọng án"),
        ),
        (
            "Đại tá Lê Văn Sáu, Phó Cục trưởng Cục Cảnh sát quản lý hộ khẩu, cư trú và dữ liệu dân cư (C99) "
            "cho biết thẻ mới sẽ được cấp sớm.",
            "Lê Văn Sáu",
            ("Phó Cục trưởng", "Cục Cảnh sát quản lý hộ khẩu, cư trú và dữ liệu dân cư"),
        ),
        (
            "Bà Trần Thị Mơ, Giám đốc Trung tâm Tư vấn pháp lý về Gia đình, Phụ nữ và Trẻ em (TVPL) cho "
            "biết số ca đã tăng.",
            "Trần Thị Mơ",
            ("Giám đốc", "Trung tâm Tư vấn pháp lý về Gia đình, Phụ nữ và Trẻ em"),
        ),
    ],
)
def test_a_unit_name_capitalised_on_its_first_syllable_only_goes_on_in_lower_case(
    body: str, name: str, post: tuple
) -> None:
    # Only the name's first syllable is capitalised; the rest runs on in lower case to a comma, the
    # predicate, or (across commas) the unit's code in brackets.
    assert post in _posts(_people(body)[name])


def test_a_sentence_case_unit_name_stops_before_a_parent_unit_and_a_clause():
    people = _people(
        "Bà Vũ Thị Hoa, Trưởng Khoa Hồi sức tích cực, Bệnh viện Đa khoa Hòa Bình (BVHB) cho biết bệnh "
        "nhân đã tỉnh. Ông Lê Văn Bảy, Giám đốc Công ty Hoa Sen chuyên sản xuất thép, cho biết giá tăng."
    )
    assert all("Bệnh viện" not in (org or "") for _, org in _posts(people["Vũ Thị Hoa"]))
    assert ("Giám đốc", "Công ty Hoa Sen") in _posts(people["Lê Văn Bảy"])


def test_a_boards_company_named_in_sentence_case_is_read_whole():
    people = _people(
        "Hùng quen anh Ngô Văn Sáu (SN 1980, Chủ tịch HĐQT Công ty Nạo vét luồng sông Hồng) từ lâu. "
        "Ông Lý Văn Chín, Chủ tịch HĐQT Ngân hàng KLB góp 8% vốn vào công ty này."
    )
    assert ("Chủ tịch", "HĐQT Công ty Nạo vét luồng sông Hồng") in _posts(people["Ngô Văn Sáu"])
    assert all("góp" not in (org or "") for _, org in _posts(people["Lý Văn Chín"]))


def test_a_ward_named_after_a_historical_figure_is_the_posts_ward():
    # 'phường Bùi Thị Xuân' reads like a person's name; the report names another ward too.
    people = _people(
        "Xe đỗ kín phường Trúc Bạch. Ông Trần Văn Bình, Chủ tịch UBND phường Bùi Thị Xuân cho biết sẽ xử lý."
    )
    assert _posts(people["Trần Văn Bình"]) == [("Chủ tịch", "UBND phường Bùi Thị Xuân")]
    # A holder named after the ward is still the holder.
    people = _people("Chủ tịch UBND phường Lê Hồng Phong Lò Văn Tám cho biết sẽ xử lý.")
    assert _posts(people["Lò Văn Tám"]) == [("Chủ tịch", "UBND phường Lê Hồng Phong")]


def test_a_post_removed_from_someone_named_after_doi_voi_is_theirs():
    people = _people(
        "Sở quyết định cách chức Trưởng phòng Thanh tra đối với ông Cao Văn Tư, chuyển làm nhiệm vụ ở "
        "Văn phòng Sở; cách chức Phó Chi cục trưởng Chi cục Kiểm lâm đối với ông Diệp Văn Năm."
    )
    assert _posts(people["Cao Văn Tư"]) == [("Trưởng phòng", "Phòng Thanh tra")]
    assert _posts(people["Diệp Văn Năm"]) == [("Phó Chi cục trưởng", "Chi cục Kiểm lâm")]
    assert people["Diệp Văn Năm"].positions[0].status == "former"
