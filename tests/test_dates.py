"""Dates: the publication line in the forms sites print, the year a body states, relative days."""

from __future__ import annotations

import datetime

import pytest

from graph.extract import extract, read_article
from graph.text import RELATIVE_DAY_RE, find_dates, relative_day, stated_year

BODY = "Ngày 3/4, Công an huyện Tân Lạc đã khởi tố vụ án trộm cắp tài sản."


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("2024-06-05 14:52", "2024-06-05T14:52:00+07:00"),
        ("2024-06-05T14:52:10+07:00", "2024-06-05T14:52:00+07:00"),
        ("05/06/2024 14:52", "2024-06-05T14:52:00+07:00"),
        ("Thứ Tư, 05/06/2024 - 14:52 (GMT+7)", "2024-06-05T14:52:00+07:00"),
        ("Chủ nhật, 5/6/2024, 08:05", "2024-06-05T08:05:00+07:00"),
        ("05-06-2024", "2024-06-05"),
        ("Cập nhật: 05/06/2024 14:52", "2024-06-05T14:52:00+07:00"),
        ("Ngày đăng: 05.06.2024", "2024-06-05"),
        ("14:52 05/06/2024", "2024-06-05T14:52:00+07:00"),
        ("Cập nhật lúc 14:52, Thứ Tư, 05/06/2024", "2024-06-05T14:52:00+07:00"),
        ("Cập nhật ngày: 05/06/2024 14:52", "2024-06-05T14:52:00+07:00"),
        ("Thứ Tư, 14:52, 05/06/2024", "2024-06-05T14:52:00+07:00"),
        ("05-06-2024 - 02:52 PM", "2024-06-05T14:52:00+07:00"),
        ("Thứ Tư, 5/6/2024 12:10 AM (GMT+7)", "2024-06-05T00:10:00+07:00"),
        ("05/06/2024 14:52 PM", "2024-06-05"),  # which half is meant is not known: the day only
        ("Thứ Tư, ngày 5 tháng 6 năm 2024", "2024-06-05"),
        ("5 tháng 06, 2024", "2024-06-05"),
        ("(05/06/2024 14:52)", "2024-06-05T14:52:00+07:00"),
        ("Tin đăng: 05/06/2024", "2024-06-05"),
        ("Ngày cập nhật: 05/06/2024 14:52", "2024-06-05T14:52:00+07:00"),
        ("Ngày xuất bản: 05.06.2024", "2024-06-05"),
        ("Thứ Tư, 05/06/24 - 14:52", "2024-06-05T14:52:00+07:00"),  # a two-digit year, with its clock
    ],
)
def test_date_line_under_the_headline(head: str, published: str) -> None:
    article = read_article(f"Khởi tố vụ trộm ở Tân Lạc\n{head}\n{BODY}\n")
    assert article.title == "Khởi tố vụ trộm ở Tân Lạc"
    assert article.published == published
    assert article.reference_year == 2024


def test_date_line_after_a_lead_paragraph() -> None:
    text = f"Khởi tố vụ trộm ở Tân Lạc\nCông an huyện vừa khởi tố một vụ trộm.\n05/06/2024 14:52\n{BODY}\n"
    assert read_article(text).published == "2024-06-05T14:52:00+07:00"


def test_date_at_the_end_of_the_headline() -> None:
    article = read_article(f"Khởi tố vụ trộm ở Tân Lạc 05/06/2024 14:52\n{BODY}\n")
    assert (article.title, article.published) == ("Khởi tố vụ trộm ở Tân Lạc", "2024-06-05T14:52:00+07:00")


def test_a_two_digit_year_without_a_clock_is_no_date_line() -> None:
    assert read_article(f"Khởi tố vụ trộm ở Tân Lạc\n05/06/24\n{BODY}\n").published is None


def test_a_headline_ending_in_a_day_written_in_words_is_no_date_line() -> None:
    article = read_article(f"Kỷ niệm ngày 2 tháng 9 năm 1945 tại Tân Lạc\n{BODY}\n")
    assert (article.title, article.published) == ("Kỷ niệm ngày 2 tháng 9 năm 1945 tại Tân Lạc", None)


def test_a_body_date_is_not_a_publication_date() -> None:
    article = read_article(f"Khởi tố vụ trộm ở Tân Lạc\n{BODY}\nNgày 5/6/2024, hội nghị diễn ra.\n")
    assert article.published is None


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("Trong dịp Tết Nguyên đán 2019, toàn tỉnh không xảy ra tai nạn nghiêm trọng.", 2019),
        ("Kết quả 6 tháng đầu năm 2019 cho thấy số vụ giảm.", 2019),
        ("Sở yêu cầu báo cáo trước ngày 15/6/2019.", 2019),
        ("Sắp tới, công ty sẽ tổ chức đại hội cổ đông lần 2/2019.", 2019),
        ("Đây là kế hoạch thực hiện nhiệm vụ trong năm 2019 của Ban.", 2019),
        ("Tàu hỏng từ tháng 3.2019; đợt sửa thứ hai sẽ xong trong tháng 9.2019.", 2019),
        # a plan's year is ahead of the story, no later past year
        ("Hội nghị sơ kết 6 tháng đầu năm 2019 bàn định hướng kế hoạch thanh tra năm 2020.", 2019),
    ],
)
def test_a_year_the_body_states_as_its_own(body: str, year: int) -> None:
    assert stated_year(body) == year


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2007, huyện đã thanh tra bệnh viện và phát hiện sai phạm.",  # a past year only
        "Ông Lò Văn Khải được bổ nhiệm ngày 9-9-2016.",  # a past day
        "Trong dịp Tết Nguyên đán 2015, không có vụ cháy. Ngày 3/4/2018, huyện tổng kết.",  # a later day
        "Chiều 14/5, Ủy ban gặp mặt đoàn cựu chiến binh.",  # no year at all
        "Trước năm 2010, khu đất này là rừng phòng hộ.",  # a bound, not a deadline
        "Hôm nay, tòa xét xử bị cáo Lò Văn Khải (SN 1990).",  # a birth year
        "Từ nay đến năm 2030, thành phố sẽ xây 8 tuyến đường sắt.",  # a target
        "Năm 2017, công an xử lý 30 vụ; giấy phép còn hiệu lực đến hết ngày 21/4/2019.",  # years ahead
        "Năm 2016 tàu hỏng; công ty sẽ sửa xong trong tháng 8.2019.",  # a plan years ahead
    ],
)
def test_no_year_without_certainty(body: str) -> None:
    assert stated_year(body) is None


def test_the_stated_year_is_no_publication_date() -> None:
    article = read_article("Tân Lạc không có tai nạn dịp Tết\nTrong dịp Tết Nguyên đán 2019, toàn huyện an toàn.\n")
    assert article.published is None and article.reference_year == 2019


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Trong hai ngày xét xử sơ thẩm (25-26/2/2016), bị cáo kêu oan.", datetime.date(2016, 2, 25)),
        ("Sáng nay (24.5), Chủ tịch tỉnh ký văn bản.", datetime.date(2019, 5, 24)),
        ("Hôm qua (23/5), Sở thành lập đoàn kiểm tra.", datetime.date(2019, 5, 23)),
        ("Tại cuộc họp sáng nay, 6.2, của UBND huyện, ông Khải phát biểu.", datetime.date(2019, 2, 6)),
        ("Chiều nay, 7/2 (tức mồng 2 Tết), đoàn đã đến xã.", datetime.date(2019, 2, 7)),
        ("Tòa tuyên án hôm nay, 22/6.", datetime.date(2019, 6, 22)),
        ("Phiên tòa diễn ra 15-16/6 tại trụ sở tòa án.", datetime.date(2019, 6, 15)),
    ],
)
def test_day_forms(text: str, day: datetime.date) -> None:
    (found,) = [d for d in find_dates(text, datetime.date(2019, 12, 31)) if d.kind == "day"]
    assert found.begin == day


def test_yearless_days_take_the_stated_year() -> None:
    text = (
        "Huyện Tân Lạc bảo đảm an toàn dịp Tết\n"
        "Trong dịp Tết Nguyên đán 2019, huyện không để xảy ra tai nạn giao thông nghiêm trọng.\n"
        "Sáng 12/2, Công an huyện Tân Lạc tổ chức hội nghị tổng kết công tác bảo đảm trật tự dịp Tết.\n"
    )
    facts = extract(text, "tanlac.txt")
    assert facts.article.published is None and facts.article.reference_year == 2019
    (event,) = [e for e in facts.events if e.name.startswith("hội nghị tổng kết")]
    assert event.date == "2019-02-12"


def test_yearless_days_stay_undated_without_a_year() -> None:
    text = "Gặp mặt cựu chiến binh\nChiều 14/5, Phó Chủ tịch tỉnh Lò Văn Khải đã gặp mặt Hội cựu chiến binh huyện.\n"
    facts = extract(text, "gapmat.txt")
    (event,) = facts.events
    assert event.name.startswith("gặp mặt Hội cựu chiến binh") and event.date is None


def test_relative_days_against_the_publication_day() -> None:
    text = (
        "Khởi tố vụ trộm ở Tân Lạc\n05/06/2024 14:52\n"
        "Hôm qua, Công an huyện Tân Lạc đã khởi tố vụ án trộm cắp tài sản tại xã Mãn Đức.\n"
    )
    (event,) = extract(text, "x.txt").events
    assert event.date == "2024-06-04" and event.date_basis == "Hôm qua"


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("Chiều qua (4/6)", "2024-06-04"),
        ("Sáng thứ Hai (3/6)", "2024-06-03"),
        ("Chiều Chủ nhật (2.6)", "2024-06-02"),
        ("Thứ bảy, ngày 1-6", "2024-06-01"),
        ("Chiều qua", "2024-06-04"),
        ("Sáng hôm qua", "2024-06-04"),
        ("Hôm kia", "2024-06-03"),
        ("Trưa nay", "2024-06-05"),
    ],
)
def test_a_day_word_alone_or_with_its_day_in_brackets_dates_a_meeting(when: str, day: str) -> None:
    text = (
        f"Sơ kết công tác\n05/06/2024 14:52\n{when}, Công an huyện Tân Lạc tổ chức hội nghị sơ kết công tác "
        "6 tháng đầu năm.\n"
    )
    (event,) = extract(text, "x.txt").events
    assert event.date == day


def test_an_ordinal_and_a_fraction_are_no_weekday_and_day() -> None:
    assert find_dates("Lần thứ hai, 3/6 số người được hỏi đồng ý.", datetime.date(2024, 6, 5)) == []


def test_a_past_day_after_publication_is_last_years() -> None:
    text = (
        "Khởi tố vụ trộm\n05/01/2024 09:00\n"
        "Ngày 20/1, Công an huyện Tân Lạc đã khởi tố vụ án trộm cắp tài sản. "
        "Ngày 15/1, tòa án sẽ mở phiên tòa sơ thẩm xét xử bị cáo Lò Văn Khải.\n"
    )
    dates = {e.name: e.date for e in extract(text, "x.txt").events}
    assert dates["Công an huyện Tân Lạc khởi tố vụ án trộm cắp tài sản"] == "2023-01-20"  # told as done
    assert dates["phiên tòa sơ thẩm xét xử bị cáo Lò Văn Khải"] == "2024-01-15"  # told as ahead


def test_a_month_in_a_street_name_is_no_date() -> None:
    text = "Bắt giữ đối tượng\n05/01/2024 09:00\nNgày 3/1, Công an phường bắt giữ Lò Văn Khải ở đường Cách Mạng Tháng 8.\n"
    (event,) = extract(text, "x.txt").events
    assert event.date == "2024-01-03"


@pytest.mark.parametrize(("stem", "branch", "year"), [("Đinh", "Dậu", 2017), ("Mậu", "Tuất", 2018), ("Quý", "Mẹo", 2023)])
def test_lunar_year_names(stem: str, branch: str, year: int) -> None:
    from graph.extract.event_dates import lunar_year

    assert lunar_year(stem, branch) == year


def test_a_lunar_new_year_dates_a_happening_to_its_year() -> None:
    text = "Xử lý vụ xâm hại\nNgay sau Tết Mậu Tuất, Công an huyện Tân Lạc đã khởi tố vụ án hiếp dâm trẻ em.\n"
    (event,) = extract(text, "x.txt").events
    assert (event.date, event.date_precision) == ("2018", "year")


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("Hôm qua", datetime.date(2017, 5, 23)),
        ("đêm qua", datetime.date(2017, 5, 23)),
        ("sáng nay", datetime.date(2017, 5, 24)),
        ("Tối hôm sau", datetime.date(2017, 3, 11)),
        ("chiều qua", datetime.date(2017, 5, 23)),
        ("Hôm kia", datetime.date(2017, 5, 22)),
        ("khuya nay", datetime.date(2017, 5, 24)),
        ("trong chiều cùng ngày", datetime.date(2017, 3, 10)),
    ],
)
def test_relative_days(words: str, day: datetime.date) -> None:
    match = RELATIVE_DAY_RE.search(f"Theo tin từ công an, {words}, ông Khải đã đến trụ sở.")
    assert match is not None
    assert relative_day(match.group("w"), datetime.date(2017, 5, 24), datetime.date(2017, 3, 10)) == day


def test_a_day_relative_to_nothing_told_is_unknown() -> None:
    assert relative_day("hôm sau", datetime.date(2017, 5, 24)) is None
    assert relative_day("cùng ngày", datetime.date(2017, 5, 24)) == datetime.date(2017, 5, 24)
    assert relative_day("hôm qua", None) is None


# Event dates in a report without a publication date: only a year the text states with certainty.


def _dates(text: str) -> dict[str, str | None]:
    facts = extract(text, "x.txt")
    assert facts.article.published is None
    return {e.name: e.date for e in facts.events}


def test_a_month_after_a_sentence_end_is_a_date_not_a_name() -> None:
    text = (
        "Truy bắt kẻ trốn nã\nNăm 2009, Lò Văn Khải bị tuyên án tù chung thân. Còn Hợi trốn sang Lào. "
        "Tháng 10-2008, Công an tỉnh Lai Châu đã ra quyết định truy nã toàn quốc đối với Hợi.\n"
    )
    assert _dates(text)["Công an tỉnh Lai Châu ra quyết định truy nã toàn quốc đối với Hợi"] == "2008-10"


@pytest.mark.parametrize(
    ("body", "name", "date"),
    [
        ("Từ tháng 3-2014 đến tháng 9-2015, Lò Văn Khải đã lừa đảo 5 người mua đất tại huyện Tân Lạc.",
         "Lò Văn Khải lừa đảo 5 người mua đất", "2014-03"),
        # A yearless start takes its end's year.
        ("Ngày 20/6, Công an huyện Tân Lạc bắt giữ Lò Văn Khải. Mở rộng điều tra, Khải thú nhận từ tháng 2 "
         "tới tháng 4/2016, đã lừa đảo 3 cửa hàng điện thoại khác trên địa bàn huyện.",
         "lừa đảo 3 cửa hàng điện thoại khác trên địa bàn huyện", "2016-02"),
        # A series named as what was done is dated by the span it ran over.
        ("Các đối tượng này đã thực hiện 6 vụ trộm cắp tài sản ở huyện Tân Lạc, Mai Châu, từ tháng 2-2013 "
         "đến tháng 5-2014 với tổng giá trị hơn 1 tỷ đồng.",
         "6 vụ trộm cắp tài sản ở huyện Tân Lạc, Mai Châu", "2013-02"),
    ],
)
def test_a_span_is_dated_by_its_start(body: str, name: str, date: str) -> None:
    assert _dates(f"Lừa đảo\n{body}\n")[name] == date


def test_a_run_of_days_is_dated_by_its_first() -> None:
    (run,) = [d for d in find_dates("Kỳ thi diễn ra từ ngày 12 đến 14-6, với", datetime.date(2019, 12, 31))]
    assert (run.kind, run.begin, run.text) == ("day", datetime.date(2019, 6, 12), "từ ngày 12 đến 14-6")
    assert not find_dates("từ ngày 28 đến 3-7", datetime.date(2019, 12, 31))  # it starts in June


def test_a_day_of_a_happening_takes_the_year_of_its_name() -> None:
    dates = _dates(
        "Dừng hội thi bơi chải\nVào khoảng 9h ngày 3/8, trong khuôn khổ vòng loại Hội thi bơi chải Tân Lạc "
        "năm 2019, thuyền số 5 bị lật khiến ông Lò Văn Khải tử vong. Cũng trong chiều cùng ngày, UBND huyện "
        "Tân Lạc quyết định dừng tổ chức hội thi bơi chải Tân Lạc năm 2019.\n"
    )
    assert dates["thuyền số 5 bị lật khiến ông Lò Văn Khải tử vong"] == "2019-08-03"
    assert dates["UBND huyện Tân Lạc quyết định dừng tổ chức hội thi bơi chải Tân Lạc năm 2019"] == "2019-08-03"
    dates = _dates(
        "Kỳ thi vào lớp 10\nKỳ thi tuyển sinh vào lớp 10 năm 2019 của tỉnh Hòa Bình diễn ra từ ngày 12 đến "
        "14-6, với 9 nghìn thí sinh dự thi.\n"
    )
    assert dates["Kỳ thi tuyển sinh vào lớp 10 năm 2019 của tỉnh Hòa Bình"] == "2019-06-12"
    dates = _dates(
        "Bế giảng\nSáng 14/6, Công an tỉnh Hòa Bình đã tổ chức lễ bế giảng khóa huấn luyện chiến sĩ nghĩa vụ "
        "năm 2019.\n"
    )
    assert dates["lễ bế giảng khóa huấn luyện chiến sĩ nghĩa vụ năm 2019"] == "2019-06-14"


def test_a_year_planned_or_reviewed_dates_nothing() -> None:
    # The plan of an exam is often made public the year before it.
    dates = _dates(
        "Công bố phương án thi\nNgày 10/10, Sở Giáo dục tỉnh Hòa Bình đã công bố phương án Kỳ thi tuyển "
        "sinh vào lớp 10 năm 2019.\n"
    )
    assert dates == {"công bố phương án Kỳ thi tuyển sinh vào lớp 10 năm 2019": None}


def test_a_lunar_aside_gives_the_year_and_the_days_after_it() -> None:
    dates = _dates(
        "Khởi tố vụ trộm\nNgày 8/2 (tức mồng 4 Tết Kỷ Hợi), Công an huyện Tân Lạc đã khởi tố vụ án trộm cắp "
        "tài sản. Chiều 12/2, Công an huyện Tân Lạc đã bắt giữ Lò Văn Khải.\n"
    )
    assert dates["Công an huyện Tân Lạc khởi tố vụ án trộm cắp tài sản"] == "2019-02-08"
    assert dates["Công an huyện Tân Lạc bắt giữ Lò Văn Khải"] == "2019-02-12"


def test_the_end_of_a_year_leading_a_sentence_dates_its_steps() -> None:
    dates = _dates(
        "Bắt kẻ trốn nã\nKhải làm kế toán tại Công ty Tân Lạc. Cuối năm 2015, sự việc bị phát hiện, khi công an "
        "vào cuộc điều tra thì Khải bỏ trốn nên bị phát lệnh truy nã.\n"
    )
    assert dates["phát lệnh truy nã"] == "2015"


def test_the_year_told_last_named_again() -> None:
    dates = _dates(
        "Khen thưởng lạ lùng\nTrong năm 2012, UBND huyện Tân Lạc đã có đợt thanh tra tại trạm y tế xã. "
        "Lạ lùng hơn là trong năm này, ông Khải lại được khen thưởng.\n"
    )
    assert dates["ông Khải được khen thưởng"] == "2012"


# Invented sentences with a form of every date pattern, in both cases and inside longer numbers.
_DATE_FORMS = (
    "Ngày 18/7/2025 lúc 9h30, sáng nay (24.5) và 17:24 - 3/4/2017; từ ngày 22 đến 24-6, ngày 25-26/2/2016",
    "NGÀY 18 THÁNG 7 NĂM 2025, ngày 18 tháng 7, Chiều 18.7, từ 15/7 đến 20/7, hôm 3/4, rạng sáng 5/6",
    "tháng 7/2025, Tháng 8, quý I/2025, Quý 2 năm 2025, 6 tháng đầu năm 2025, sáu tháng cuối năm nay",
    "Chín tháng năm 2017, nhiệm kỳ 2020 - 2025, giai đoạn 2021-2025, từ năm 2016 đến năm 2020, năm 2017",
    "số 12/3/2017/QĐ, 1.18/7/2025, x18/7, đêm 31/12, khuya 2/9, trưa 1/5 và tối qua (3/4/2017)",
    "Sáng nay, 6.2, họp; HÔM QUA, 5/2/2017 (thứ Hai); chiều nay, 1,5 tỷ; hôm nay, 7-2.",
    "Tết Nguyên đán Đinh Dậu 2017, năm nay (2017), kế hoạch trong năm 2018; sắp tới, từ nay đến hết năm 2019",
    "trước ngày 15/6/2017, đến hết quý I năm 2017, sẽ hoàn thành trong tháng 8.2017, dự kiến vào tháng 9/2017",
)


def test_date_patterns_find_what_they_find_without_their_look_ahead() -> None:
    import re

    from graph.text import (
        _CURRENT_YEAR_RES,
        _DATE_PATTERNS,
        _DEADLINE_YEAR_RES,
        _NAMED_YEAR_RE,
        _NOW_RE,
        _YEAR_RE,
    )

    others = [*_CURRENT_YEAR_RES, *_DEADLINE_YEAR_RES, _NAMED_YEAR_RE, _NOW_RE, _YEAR_RE]
    for pattern in [p for _, p in _DATE_PATTERNS] + others:
        assert pattern.pattern.startswith("(?=[")
        bare = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)
        for text in _DATE_FORMS:
            expected = [(m.span(), m.groups()) for m in bare.finditer(text)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected, pattern.pattern
    found = sum(1 for _, p in _DATE_PATTERNS for text in _DATE_FORMS for _ in p.finditer(text))
    assert found > 40
    assert all(any(p.search(text) for text in _DATE_FORMS) for p in others)
