"""Figures in real news text: scale words, number words, ranges, durations, and numbers that are no figures.

Every sentence here is invented (invented names and places); each test states one rule of the
annotation guidelines (../shared/eval/GUIDELINES.md, 'Statistics').
"""

from __future__ import annotations

import pytest

from graph.extract import extract

HEAD = "Tin tổng hợp\n08/03/2017 09:15\n\n"


def figures(body: str, head: str = HEAD) -> list[tuple[float, str, str | None]]:
    """Return (value, unit, qualifier) of every figure extracted from a report with this body."""
    facts = extract(head + body, "invented.txt")
    return [(s.value, s.unit, s.qualifier) for s in facts.statistics]


def values(body: str, head: str = HEAD) -> list[float]:
    return [v for v, _, _ in figures(body, head)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Đoàn kiểm tra thu hồi 2,4 tỷ đồng nộp ngân sách.", [(2_400_000_000, "đồng", None)]),
        ("Lực lượng chức năng xử lý hơn 11 nghìn trường hợp vi phạm.", [(11_000, "trường hợp", "more-than")]),
        ("Công ty Hòa Phát Lâm bị phạt 2,5 triệu đồng.", [(2_500_000, "đồng", None)]),
        ("Bà Lò Thị Mây được thưởng ba triệu đồng.", [(3_000_000, "đồng", None)]),
        ("Tổng thiệt hại ước khoảng 1.650 tỷ đồng.", [(1_650_000_000_000, "đồng", "about")]),
        ("Đơn vị đã cấp gần 1,1 triệu lượt hồ sơ.", [(1_100_000, "lượt", "nearly")]),
    ],
)
def test_scale_words_are_folded_into_the_value(body, expected):
    assert figures(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Đối tượng Vũ Văn Khang chiếm đoạt 16,5 tỷ của các bị hại.",
            [(16_500_000_000, "đồng", None)],
            id="an_amount_in_billions_without_its_noun_is_money",
        ),
        pytest.param(
            "Thu giữ các cây gỗ có đường kính từ 60cm trở lên.",
            [(60, "cm", "at-least")],
            id="at_least_reads_tro_len",
        ),
        pytest.param(
            "Xe chở 2.000 bao thuốc lá nhãn hiệu 555 GOLD.",
            [(2_000, "bao", None)],
            id="a_brand_number_is_no_figure_and_deputies_are_counted_1",
        ),
        pytest.param(
            "Sở Nông nghiệp tỉnh Hòa Bình thừa 23 cấp phó.",
            [(23, "cấp phó", None)],
            id="a_brand_number_is_no_figure_and_deputies_are_counted_2",
        ),
        # 'cấp' and 'điều' alone make a level and an article ('cấp 3', 'điều 5'), not these nouns
        pytest.param(
            "Khoa có 12 điều dưỡng và 5 điều tra viên.",
            [(12, "điều dưỡng", None), (5, "điều tra viên", None)],
            id="a_brand_number_is_no_figure_and_deputies_are_counted_3",
        ),
        pytest.param(
            "Trên tàu có gần 170 m 3 cát; mỗi ngày cả trăm m 3 cát được chở đi.",
            [(170, "m3", "nearly")],
            id="a_square_or_cubic_measure_whose_power_was_lost_1",
        ),
        pytest.param(
            "Ông Vi Văn Hòa cho thuê hơn 400 m 2 đất.",
            [(400, "m2", "more-than")],
            id="a_square_or_cubic_measure_whose_power_was_lost_2",
        ),
        pytest.param(
            "Năm nay huyện Tân Lạc hoàn thành 12/15 chỉ tiêu.",
            [(12, "chỉ tiêu", None), (15, "chỉ tiêu", None)],
            id="targets_are_counted_as_such",
        ),
        pytest.param(
            "Nhóm thanh niên có độ tuổi từ 16 đến dưới 26 tuổi.",
            [(16, "tuổi", None), (26, "tuổi", "at-most")],
            id="the_ages_of_a_group_up_to_below_1",
        ),
        pytest.param(
            "Ban có một Trưởng ban. Ba Phó Trưởng ban gồm lãnh đạo các sở.",
            [(3, "Phó Trưởng ban", None)],
            id="capitalised_number_word_before_a_post_counts",
        ),
        pytest.param(
            "Mỗi người được trả 200.000 đồng/người/ngày. Riêng Lữ Thị Ánh được hưởng 200.000 đồng.",
            [(200_000, "đồng/người/ngày", None), (200_000, "đồng", None)],
            id="a_rate_keeps_its_denominator_and_is_not_the_amount",
        ),
        pytest.param(
            "Nhóm đối tượng đi trên 3 xe máy đến hiện trường.",
            [(3, "xe", None)],
            id="tren_after_a_verb_of_place_is_no_qualifier_1",
        ),
        pytest.param(
            "Đơn vị thu giữ trên 3 tấn hàng lậu.",
            [(3, "tấn", "more-than")],
            id="tren_after_a_verb_of_place_is_no_qualifier_2",
        ),
        pytest.param(
            "Đối tượng đâm nạn nhân hơn chục nhát.",
            [(10, "nhát", "more-than")],
            id="round_numbers_and_a_casualty_count_1",
        ),
        pytest.param(
            "Diện tích bị lấn chiếm là 96 hay 106 ha vẫn chưa rõ.",
            [(96, "ha", None), (106, "ha", None)],
            id="alternatives_share_the_unit_and_abbreviated_units_count_1",
        ),
        pytest.param(
            "Buổi đối thoại có gần 1.000 CNLĐ tham dự.",
            [(1000, "CNLĐ", "nearly")],
            id="alternatives_share_the_unit_and_abbreviated_units_count_2",
        ),
        pytest.param(
            "Đoạn clip dài hơn 2 phút ghi lại cảnh hỗn chiến.",
            [(2, "phút", "more-than")],
            id="minutes_are_a_duration_and_an_age_range_a_figure_1",
        ),
        pytest.param(
            "Năm nay, chi bộ phường kết nạp được 48/40 đảng viên.",
            [(48, "đảng viên", None), (40, "đảng viên", None)],
            id="a_fraction_against_a_target_is_two_figures_but_a_day_and_month_none_1",
        ),
        pytest.param(
            "Thí sinh làm bài trong thời gian 45 phút/môn.",
            [(45, "phút/môn", None)],
            id="a_rate_is_one_figure_with_its_denominator_1",
        ),
        pytest.param(
            "Có cơ sở bị đoàn liên ngành kiểm tra tới 4 lần/năm.",
            [(4, "lần/năm", None)],
            id="a_rate_is_one_figure_with_its_denominator_2",
        ),
        pytest.param(
            "Ông Đinh Văn Kha đã 3 lần gửi đơn lên huyện.",
            [(3, "lần", None)],
            id="times_are_counted_and_a_range_of_times_is_two_figures_1",
        ),
        pytest.param(
            "Có doanh nghiệp bị thanh tra tới 7 đến 9 lần.",
            [(7, "lần", None), (9, "lần", None)],
            id="times_are_counted_and_a_range_of_times_is_two_figures_2",
        ),
        pytest.param(
            "Xe xuất phát lúc 9 h 20 phút, đến bến lúc 9h 58 phút (mất 38 phút).",
            [(38, "phút", None)],
            id="minutes_after_an_hour_are_a_time_of_day",
        ),
        pytest.param(
            "Nghi phạm Cà Văn Lún nổ liên tiếp 5 phát súng. Trong 5 phát súng đó, có phát trúng cửa.",
            [(5, "phát súng", None)],
            id="shots_are_counted_once_when_the_report_comes_back_to_them",
        ),
        pytest.param(
            "Mỗi ca cần 3-5 cán bộ trực.",
            [(3, "cán bộ", None), (5, "cán bộ", None)],
            id="a_score_is_no_range_2",
        ),
        pytest.param(
            "Nhóm Trần Văn Tý nhận 500.000đ và 2.000USD.",
            [(500_000, "đồng", None), (2_000, "usd", None)],
            id="money_written_against_the_number_1",
        ),
        pytest.param(
            "Tổ chức nhận được 3 triệu VNĐ.",
            [(3_000_000, "đồng", None)],
            id="money_written_against_the_number_2",
        ),
    ],
)
def test_a_figure_keeps_its_unit_and_qualifier(
    body: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """Each figure's (value, unit, qualifier): money, measures, rates, counted nouns, 'hơn', 'gần', 'trở lên'."""
    assert figures(body) == expected


def test_a_figure_in_a_heading_run_into_the_next_sentence_is_quoted_without_that_sentence() -> None:
    facts = extract(HEAD + "\nĐường bị chắn bởi hai xe tải lớn Chiều 22/5, đường đã thông xe.\n", "t.txt").statistics
    assert [f.quote for f in facts] == ["hai xe tải lớn"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Xảy ra 52,6 vụ mỗi ngày; thu giữ 47.400 viên thuốc.",
            [52.6, 47_400],
            id="decimal_comma_and_thousands_dot_are_read",
        ),
        pytest.param(
            "Sở được giao thêm năm nhiệm vụ mới.", [5], id="number_words_count_when_a_counted_noun_follows_1"
        ),
        pytest.param("Cơ quan điều tra đã làm rõ 112/127 vụ.", [112, 127], id="a_fraction_is_two_figures_1"),
        pytest.param(
            "Đoàn đã phát hiện 386 tồn tại, thiếu sót.",
            [386],
            id="a_number_that_is_the_subject_of_a_verb_counts_nothing_3",
        ),
        pytest.param(
            "Đoàn phát hiện hai trạm phát tín hiệu trái phép và ba tàu không đạt chuẩn.",
            [2, 3],
            id="a_number_word_counts_any_noun_but_set_phrases_1",
        ),
        pytest.param(
            "Vụ va chạm khiến một người chết và hai người bị thương.",
            [1, 2],
            id="round_numbers_and_a_casualty_count_3",
        ),
        pytest.param(
            "Ông Lò Văn Hà cho biết: Hai “gói giải pháp” chính đã được áp dụng.",
            [2],
            id="a_quoted_noun_is_counted_but_a_quoted_slogan_is_not_1",
        ),
        pytest.param(
            "Đảng bộ hoàn thành 12/12 chỉ tiêu nghị quyết đề ra.",
            [12, 12],
            id="both_parts_of_a_whole_fraction_count",
        ),
        pytest.param(
            "Các nạn nhân ở độ tuổi 25-35 tuổi.",
            [25, 35],
            id="minutes_are_a_duration_and_an_age_range_a_figure_4",
        ),
        pytest.param(
            (
                "Người nào chiếm đoạt tài sản trị giá từ 50 triệu đồng đến dưới 200 triệu đồng thì bị phạt tù "
                "từ hai năm đến bảy năm. Đối tượng Hờ A Dình bị tuyên phạt 3 năm tù."
            ),
            [3],
            id="a_legal_norm_gives_no_figure",
        ),
        pytest.param(
            "Mỗi chuyến anh Thào A Sính kiếm được hai, ba trăm ngàn đồng.",
            [200_000, 300_000],
            id="two_consecutive_number_words_with_a_comma_are_a_range",
        ),
        pytest.param(
            "Bãi xe thu từ 50.000 đến 3 triệu đồng/lần.",
            [50_000, 3_000_000],
            id="the_low_end_of_a_range_written_in_full_keeps_its_value_1",
        ),
        pytest.param(
            "Mỗi lô hàng giá từ 70 – 120 triệu đồng.",
            [70_000_000, 120_000_000],
            id="the_low_end_of_a_range_written_in_full_keeps_its_value_2",
        ),
    ],
)
def test_which_numbers_count_and_what_they_are_worth(body: str, expected: list[float]) -> None:
    """Decimal commas, fractions, number words, ranges and the figures a sentence holds, in order."""
    assert values(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Năm 2016, tỉnh triển khai kế hoạch; năm nay tiếp tục.",
            id="number_words_count_when_a_counted_noun_follows_2",
        ),
        pytest.param(
            "Hôm qua một người bạn của anh Lưu Văn Tín đến báo tin về một vụ trộm.",
            id="the_article_mot_is_no_figure",
        ),
        pytest.param(
            "Đại hội đồng cổ đông lần 2/2017 sẽ họp vào tháng tới.", id="a_fraction_is_two_figures_2"
        ),
        pytest.param("Cả 2 lao vào đánh nhau.", id="a_number_that_is_the_subject_of_a_verb_counts_nothing_1"),
        pytest.param(
            "Người đàn ông ngoài 60 bày tỏ sự lo lắng.",
            id="a_number_that_is_the_subject_of_a_verb_counts_nothing_2",
        ),
        pytest.param("Chiếc xe 7 chỗ va chạm với xe ben 15 tấn.", id="a_vehicle_class_is_no_figure_1"),
        # past a quote, a bracket, a qualifier or 'từ'; the tagger may run 'bánh' into the next word
        pytest.param('Nhân chứng nói: "Xe 7 chỗ chạy rất nhanh".', id="a_vehicle_class_is_no_figure_2"),
        pytest.param(
            "Chiếc xe (loại 7 chỗ ngồi) bị lật; xe đầu kéo 18 bánh cán qua dải phân cách.",
            id="a_vehicle_class_is_no_figure_3",
        ),
        pytest.param(
            "Đường này cấm xe khách trên 16 chỗ; xe từ 4 chỗ ngồi trở lên phải có bình chữa cháy.",
            id="a_vehicle_class_is_no_figure_4",
        ),
        pytest.param(
            "Nguyễn Văn Tèo vác ba lô bỏ trốn, bỏ lại chiếc xe ba gác.",
            id="a_noun_that_begins_with_a_number_word_is_no_count_1",
        ),
        pytest.param(
            "Bà Lò Thị Mai chỉ có thể nằm 1 chỗ.", id="a_noun_that_begins_with_a_number_word_is_no_count_2"
        ),
        pytest.param(
            "Người thân bôn ba khắp nơi tìm kiếm.", id="a_noun_that_begins_with_a_number_word_is_no_count_3"
        ),
        pytest.param(
            "Người từ đủ 14 đến dưới 16 tuổi chỉ chịu trách nhiệm về tội rất nghiêm trọng.",
            id="the_ages_of_a_group_up_to_below_2",
        ),
        pytest.param(
            "Hai bên xảy ra xô xát, hai vợ chồng ông Lù Văn Páo phải can ngăn.",
            id="a_number_word_counts_any_noun_but_set_phrases_2",
        ),
        pytest.param("Có hàng chục người đứng xem.", id="round_numbers_and_a_casualty_count_2"),
        pytest.param(
            "Trường thực hiện ba “không” trong năm học.",
            id="a_quoted_noun_is_counted_but_a_quoted_slogan_is_not_2",
        ),
        pytest.param(
            "Hiện trường vụ va chạm làm 4 người bị thương. Ảnh: Hà Vy Sáng nay, cơ quan chức năng đã khám nghiệm.",
            id="a_photo_caption_gives_no_figure",
        ),
        pytest.param(
            "Khoảng 30 phút sau, lực lượng chức năng có mặt.",
            id="minutes_are_a_duration_and_an_age_range_a_figure_2",
        ),
        pytest.param(
            "Lúc 15 giờ 30 phút, xe bị cháy.", id="minutes_are_a_duration_and_an_age_range_a_figure_3"
        ),
        pytest.param(
            "Gặp nhau, 2 bên xảy ra cãi vã; 2 vợ chồng anh Sùng A Pó can ngăn.",
            id="two_parties_and_a_couple_are_no_count",
        ),
        pytest.param(
            "Trong buổi đối thoại hôm 12/5 bà con thôn Đông đã đồng tình.",
            id="a_fraction_against_a_target_is_two_figures_but_a_day_and_month_none_2",
        ),
        pytest.param(
            "Kho hàng ở số 1174/11 đường Liên Ấp bị cháy.",
            id="a_fraction_against_a_target_is_two_figures_but_a_day_and_month_none_3",
        ),
        pytest.param(
            "Ông Lê Văn Tảo lái xe biển kiểm soát 30K 275. 06 chuyển bánh lúc 8 giờ.",
            id="the_last_digits_of_a_plate_cut_off_by_a_full_stop_are_no_figure",
        ),
        pytest.param(
            "Anh Hà Văn Sáu đã mất 1 phần cơ thể; giá chỉ tăng hơn 1 chút.",
            id="one_part_and_a_little_are_no_count",
        ),
        pytest.param("Đội Sông Lam thắng 3-1 trước đội Phố Núi.", id="a_score_is_no_range_1"),
    ],
)
def test_more_numbers_and_number_words_that_count_nothing(body: str) -> None:
    """Vehicle classes, set phrases, scores, times of day, legal norms, captions, plates: no figure."""
    assert values(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Khoảng 20h30 ngày 8/3, Công an huyện nhận tin báo.",  # a time and a date
        "Sáng 7-2, đoàn công tác đến kiểm tra.",
        "Đêm 23 rạng sáng 24/5, mưa lớn gây sạt lở.",
        "Từ ngày 27 đến hết mùng 5 Tết, đơn vị trực ban.",
        "Ông Hà Văn Lực (35 tuổi) bị bắt giữ.",  # an age that identifies a person
        "Vụ cháy xảy ra tại nhà số 12 đường Lê Văn Tám.",  # house numbers and streets
        "Cửa hàng ở 31 Phan Bội Châu bị trộm.",
        "Ông Lý sống ở tổ 52 phường Tân Hòa.",
        "Trụ sở đặt tại Quận 2, TP Hồ Chí Minh.",  # a numbered district
        "Theo Quyết định số 994 của UBND tỉnh, việc bổ nhiệm là đúng.",  # document numbers
        "Nghị định 86/2014 quy định rõ việc này.",
        "Hành vi vi phạm Điều 249 Bộ luật Hình sự.",
        "Đại hội Đảng lần thứ XII đã thông qua nghị quyết.",  # ordinal names
        "Quốc hội khóa 14 họp phiên bế mạc.",
        "Đơn vị thực hiện phong trào 7 không trong trường học.",  # a slogan
        "Xe mang biển kiểm soát 29A-123.45 bỏ chạy.",  # vehicle plates
        "Xe máy BKS 47S7-2072 lao vào lề đường.",
        "Người dân gọi số 0912.345.678 để báo tin.",  # a phone number
        "Mọi thông tin xin liên hệ 0912.345.678 hoặc 0235.3822.113 ngay.",
        "Đội 188 và Tổ 2 đã có mặt tại hiện trường.",  # unit names with numbers
        "Đề án 896 được triển khai ở các tỉnh.",
        "Xe tải lao qua quốc lộ 26 vừa được nâng cấp.",
        "Em Lò Văn Pao học lớp 10 Trường THPT Mường Tè.",
        "Công an P.8 xác định đối tượng đã bỏ trốn.",
        "Năm 2018 mới xong công trình này.",
    ],
)
def test_numbers_that_are_no_figures(body):
    assert values(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mỗi căn nhà trị giá từ 70 – 120 triệu đồng.", [70_000_000, 120_000_000]),
        ("Số tiền thu lời từ 3 đến 5 tỷ đồng.", [3_000_000_000, 5_000_000_000]),
        ("Tỷ lệ tăng 3-5% mỗi năm.", [3, 5]),
        ("Các cây gỗ có đường kính từ 60 đến 80cm.", [60, 80]),
        ("Một nhóm khoảng 5-6 thanh niên gây rối.", [5, 6]),
    ],
)
def test_a_range_is_two_figures(body, expected):
    assert values(body) == expected


def test_a_range_shares_unit_and_percentage():
    assert [u for _, u, _ in figures("Tỷ lệ tăng 3-5% mỗi năm.")] == ["percent", "percent"]
    assert [u for _, u, _ in figures("Mỗi căn nhà trị giá từ 70 – 120 triệu đồng.")] == ["đồng", "đồng"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ông Đinh Văn Lộc đã công tác 21 năm trong ngành.", [21]),
        ("Bà Mai Thị Hạnh có gần 5 năm là Phó Giám đốc Sở.", [5]),
        ("Tòa tuyên phạt mỗi bị cáo 30 năm tù.", [30]),
        ("Chỉ trong 1 ngày, đoàn đã ký 6 quyết định.", [1, 6]),
        # How long something took or lasted, after 'sau' too: the annotated reports count these.
        ("Sau 2 ngày xét xử, tòa tuyên án.", [2]),
        ("Đinh Văn Mão sa lưới sau 16 năm lẩn trốn.", [16]),
        ("Cháu Lò Thị Hoa được tìm thấy sau hơn 2 tuần mất tích.", [2]),
    ],
)
def test_a_duration_is_a_figure(body, expected):
    assert values(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Trong 6 tháng đầu năm, tình hình ổn định.",  # the period the figures describe
        "Trong 7 ngày nghỉ Tết, lực lượng trực 24/24.",
        "Hơn 3 năm qua, hội hoạt động đều đặn.",
        "2 ngày sau, tòa tuyên án.",
        "Kế hoạch giai đoạn 5 năm được thông qua.",
        "Tỉnh tổ chức kỷ niệm 80 năm ngày thành lập lực lượng.",
        "Cháu bé 35 ngày tuổi được đưa vào viện.",
    ],
)
def test_a_period_or_an_anniversary_is_no_figure(body):
    assert values(body) == []


@pytest.mark.parametrize(
    ("body", "head", "expected"),
    [
        pytest.param(
            "Lực lượng chức năng thu giữ 3 bánh heroin giấu trong hành lý. Đối tượng khai 3 bánh heroin mua ở biên giới.",
            "Thu giữ 3 bánh heroin trên xe khách\n08/03/2017 09:15\n\n",
            [3],
            id="a_figure_restated_in_the_body_is_one_fact",
        ),
        pytest.param(
            "Còn 200 điểm đen trên cả nước. Ngành đường sắt cảnh giới gần 200 điểm đen.",
            HEAD,
            [200],
            id="a_count_restated_with_a_hedge_is_one_fact_but_a_sum_stays_two_1",
        ),
        pytest.param(
            "Mỗi tài khoản có giá trị 2 tỷ đồng. Mỗi ngày đường dây giao dịch khoảng 2 tỷ đồng.",
            HEAD,
            [2e9, 2e9],
            id="a_count_restated_with_a_hedge_is_one_fact_but_a_sum_stays_two_2",
        ),
        pytest.param(
            "Vụ tai nạn làm 2 người chết, 2 người bị thương.",
            HEAD,
            [2, 2],
            id="two_counts_of_the_same_size_stay_two",
        ),
        pytest.param(
            "Thành phố có 37 điểm kẹt xe. Cảnh sát nói ngoài 37 điểm Sở báo cáo còn nhiều nơi khác.",
            HEAD,
            [37],
            id="a_count_restated_besides_is_one_fact",
        ),
        pytest.param(
            "Công ty Lạc Phong nhận 1.800 tỷ đồng tiền vay. Toàn bộ 1.800 tỷ đồng được chuyển cho bên thứ ba.",
            HEAD,
            [1_800_000_000_000],
            id="a_large_amount_said_again_is_one_fact",
        ),
        pytest.param(
            (
                "Sở giao 134 trưởng điểm thi bảo quản đề thi. Ông Đỗ Văn Lâm yêu cầu trưởng 134 điểm thi "
                "rà soát kỹ danh sách."
            ),
            HEAD,
            [134],
            id="a_large_count_read_again_with_another_noun_is_one_figure",
        ),
    ],
)
def test_a_figure_said_again_is_one_fact(body: str, head: str, expected: list[float]) -> None:
    """A figure the headline or an earlier sentence already gave is one fact; two counts that only share a size stay two."""
    assert values(body, head) == expected


def test_one_thing_is_not_restated_by_another_noun():
    head = "Bắt giữ 01 đối tượng mua bán ma túy\n08/03/2017 09:15\n\n"
    body = "Công an huyện Mường Lát bắt giữ 01 đối tượng. Tang vật gồm 50 túi ma túy và 01 điện thoại."
    assert sorted(figures(body, head)) == [(1, "điện thoại", None), (1, "đối tượng", None), (50, "túi", None)]


def test_a_headline_figure_named_again_in_the_sentence_is_not_restated_by_another_noun():
    head = "Xe tải đấu đầu, 2 tài xế tử vong\n08/03/2017 09:15\n\n"
    body = "Vụ tai nạn giữa 2 xe tải khiến 2 tài xế tử vong tại chỗ."
    assert sorted(figures(body, head)) == [(2, "tài xế", None), (2, "xe", None)]


@pytest.mark.parametrize(
    "body",
    [
        "Vụ tai nạn xảy ra tại Km 307 + 500 đường sắt Bắc Nam.",  # a kilometre post
        "Cảnh sát 113 Công an tỉnh Khánh Hòa đã khống chế đối tượng.",  # the police hotline
        "Xe của công ty vận tải Hằng Nga, khối 9 thị trấn Đô Lương bị lật.",  # residential blocks
        "Anh Lù Văn Toàn ở khu phố 1 thị trấn Hương Canh.",
        "Nguyễn Văn Sáng trú tại 40/37 phố Chợ Con.",  # an address written as a fraction
        "Trạm trực 24/24 thực hiện nhiệm vụ.",  # round the clock
        "Trong lần quay thưởng thứ 85 đầu năm 2017 không ai trúng giải.",  # 'đầu năm': a time
        "Lô hàng điện thoại mới 100% không có hóa đơn.",  # brand new
    ],
)
def test_more_numbers_that_are_no_figures(body):
    assert values(body) == []


def test_money_written_against_the_number():
    assert [u for _, u, _ in figures("Chi bộ có 2 đ/c được tặng huy hiệu.")] == ["đ/c"]  # comrades


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lò Văn Khải bị phạt 8 năm 3 tháng tù.", [(8, "năm tù", None)]),
        ("Tòa tuyên Hà Văn Tư 2 năm 8 tháng và 7 ngày tù.", [(2, "năm tù", None)]),
        ("Bị cáo Mai Văn Sở nhận 18 tháng 10 ngày tù.", [(18, "tháng tù", None)]),
        (
            "Cộng với bản án 1 năm tù trước đó, Đào Văn Dũng phải chấp hành 5 năm tù.",
            [(1, "năm tù", None), (5, "năm tù", None)],
        ),
    ],
)
def test_a_prison_term_of_several_parts_is_one_figure(body, expected):
    assert figures(body) == expected


def test_down_to_is_a_decrease():
    facts = extract(HEAD + "Tòa giảm án cho bị cáo từ chung thân xuống còn 20 năm tù.", "invented.txt")
    assert [(s.value, s.direction) for s in facts.statistics] == [(20, "decrease")]


def test_exceeding_a_limit_is_no_change_but_exceeding_a_plan_is():
    facts = extract(HEAD + "Năm 2016 còn 3 sở có số cấp phó vượt 1 người.", "invented.txt")
    assert [(s.value, s.direction) for s in facts.statistics] == [(3, None), (1, None)]
    facts = extract(HEAD + "Thu ngân sách vượt 6,3% so với kế hoạch.", "invented.txt")
    assert [(s.value, s.direction) for s in facts.statistics] == [(6.3, "increase")]


def test_a_headline_figure_is_not_merged_with_a_measure_of_the_same_value():
    head = "Khởi tố 2 cô giáo bạo hành trẻ\n08/03/2017 09:15\n\n"
    body = "Một tài khoản đăng clip dài hơn 2 phút. Tại cơ quan công an, 2 cô giáo khai nhận hành vi."
    assert sorted(values(body, head)) == [2, 2]


def test_a_rate_of_decrease_gives_the_direction():
    facts = extract(HEAD + "Tỉ lệ kéo giảm tai nạn giao thông toàn tỉnh là 9,4%.", "invented.txt")
    assert [(s.value, s.unit, s.direction) for s in facts.statistics] == [(9.4, "percent", "decrease")]


def test_a_change_from_one_value_to_another_gives_the_end_its_direction():
    facts = extract(HEAD + "Giá thuê bãi tăng từ 120 ngàn đồng/m2 lên hơn 300 ngàn đồng/m2.", "invented.txt")
    assert [(s.value, s.unit, s.direction) for s in facts.statistics] == [
        (120_000, "đồng/m2", None),
        (300_000, "đồng/m2", "increase"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Công an huyện Tân Lập bắt giữ 1 đối tượng",
        "phát hiện 1 tồn tại trong công tác",
        "Đại tá Lê Văn Bình 1 nhát dao",
        "cơ sở 1 đóng tại xã Đồng Tâm",
        "A  B 1",
        "1",
    ],
)
def test_the_tagger_answers_as_underthesea_pos_tag(text: str):
    """The figures' tagger makes its features itself: the words and tags stay underthesea's."""
    underthesea = pytest.importorskip("underthesea")
    from graph.extract.segment import _tagger, pos_tag

    assert _tagger() is not None  # the known layout, not the fallback
    assert pos_tag(text) == underthesea.pos_tag(text)


def test_a_number_that_names_a_brigade_is_no_figure():
    text = "Tin\n\nSáng nay có tin.\n\nChiến sĩ Lữ đoàn 147 Quân chủng Hải quân giúp 30 hộ dân dựng nhà."
    stats = extract(text, "t.txt").statistics
    assert [(s.value, s.unit) for s in stats] == [(30.0, "hộ")]


def test_sentence_patterns_find_what_they_find_without_their_look_ahead() -> None:
    import re

    from graph.extract import statistics as stats

    texts = ("Hơn chục người, gần trăm xe; 112/127 vụ. Ảnh: Minh Anh. Bị phạt 3 năm, 6 tháng tù.",
             "Y có thể bị phạt tù từ 2 năm; khung hình phạt, đối mặt mức án từ 7 năm. ẢNH Ảnh - X")
    for name in ("LEGAL_NORM", "PHOTO_CREDIT", "PRISON_TERM", "FRACTION", "ROUND_NUMBER"):
        pattern = getattr(stats, name)
        bare = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)
        assert bare.pattern != pattern.pattern
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]
        assert any(pattern.search(text) for text in texts), name
