"""Date events: the year a yearless day is of, a lunar year's, and a document's own date."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from graph.facts import Span
from graph.regex_lead import compile_led
from graph.text import DateMatch

from .event_words import _B, _E, _WORDS, _words

# The underscored names (patterns and word lists) are for the other event modules only.
__all__ = [
    "BRANCHES", "Basis", "STEMS", "is_document_date", "_BORN", "_BRANCH_SPELLINGS", "_DEADLINE",
    "_SPAN_START", "_WRITTEN_YEAR", "date_of", "moved_to_year", "inferred_years", "last_year", "lunar_year",
    "span_ends_of", "_YEAR_EVENT_BLOCK",
]


_SPAN_START = re.compile(rf"{_B}(?:từ|kể\s+từ)\s+$", re.IGNORECASE)
_DEADLINE = re.compile(rf"{_B}(?:trước|đến|tới|hết|chậm\s+nhất)\s+$", re.IGNORECASE)
# The sixty-year cycle that names lunar years: 'Đinh Dậu' is 2017, 'Mậu Tuất' 2018.
STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_BRANCH_SPELLINGS = {"mẹo": "mão", "tị": "tỵ"}
LUNAR_YEARS_FROM = 1984  # the cycle read within 1984-2043, the years a report of today can mean


def lunar_year(stem: str, branch: str) -> int:
    """Return the year in 1984-2043 the cycle names with ``stem`` and ``branch``."""
    branch = _BRANCH_SPELLINGS.get(branch.lower(), branch.lower())
    s, b = STEMS.index(stem.lower()), BRANCHES.index(branch)
    # 1984 is Giáp Tý (0, 0); the year with stem s and branch b is where both cycles meet.
    return next(
        y
        for y in range(LUNAR_YEARS_FROM, LUNAR_YEARS_FROM + 60)
        if (y - 1984) % 10 == s and (y - 1984) % 12 == b
    )


_WRITTEN_YEAR = re.compile(r"[0-9]{4}")


def date_of(day: DateMatch, year_known: bool = True) -> tuple[str | None, str | None]:
    """Return (ISO date, precision) for a date match; no date for a day whose year nothing gives."""
    if not year_known and not _WRITTEN_YEAR.search(day.text):
        return None, None
    if day.kind == "month":
        return day.begin.isoformat()[:7], "month"
    if (
        day.kind == "period"
        and day.begin.month == 1
        and day.end_date.month == 12
        and day.begin.year == day.end_date.year
    ):
        return str(day.begin.year), "year"
    return day.begin.isoformat(), None


# How near a day written in full a yearless day is read as of its year. A story tells its happenings
# within months of each other ('ngày 4-4-2017 ... Ngày 20-5'; 'chiều 31/5 ... ngày 1/6/2017'). A step of
# a court case is not within months of the act it judges ('7-6-2016 ... Ngày 10-7, tòa tuyên phạt', a
# verdict a year on, told as today's news): only a day just after a written one is of its year there.
YEAR_AFTER_DAYS = 200
YEAR_BEFORE_DAYS = 62
STEP_AFTER_DAYS = 14
_LATER_STEP = compile_led(rf"{_B}(?:{_words(*_WORDS['later_steps'])}){_E}", re.IGNORECASE)
# 'từ tháng 1-2015 đến tháng 7-2016', 'Từ 27.9.2014 đến 21.8.2015': a span, which its first day dates.
_SPAN_TO = re.compile(r"\s*(?:đến|tới|[\-–])\s*(?:hết\s+)?", re.IGNORECASE)
_SPAN_KINDS = ("day", "datetime", "month")
SPAN_DAYS = 2 * 366  # a span longer than two years is the period a tally covers
# 'Ngày 31/1 (tức mồng 4 Tết Đinh Dậu)': Tết and the first lunar month of a year fall in its solar year.
_LUNAR_ASIDE = re.compile(
    rf"\s*\(\s*tức\s+[^()]{{0,30}}?(?:Tết(?:\s+Nguyên\s+[Đđ]án)?|tháng\s+Giêng)(?:\s+năm)?\s+"
    rf"(?P<stem>{_words(*STEMS)})\s+(?P<branch>{_words(*BRANCHES, *_BRANCH_SPELLINGS)}){_E}",
    re.IGNORECASE,
)
# 'Kỳ thi X năm 2017 diễn ra từ ngày 22 đến 24-6': a happening of a year and a day told as part of it.
_YEAR_EVENT = compile_led(
    rf"{_B}(?:{_words(*_WORDS['year_events'])}){_E}(?:\s+[^\s.;:()]+){{0,12}}?\s+năm\s+(?P<y>(?:19|20)[0-9]{{2}})"
    r"(?![0-9])",
    re.IGNORECASE,
)
_YEAR_EVENT_TIE = re.compile(rf"{_B}(?:{_words(*_WORDS['year_event_ties'])}){_E}", re.IGNORECASE)
_YEAR_EVENT_BLOCK = re.compile(rf"{_B}(?:{_words(*_WORDS['year_event_blocks'])}){_E}", re.IGNORECASE)
# 'Ngày 10/10, Bộ cho biết Kỳ thi X năm 2017 sẽ diễn ra ...': a day told before the happening, maybe a year.
_AHEAD_WORDS = re.compile(rf"{_B}(?:sẽ|dự\s+kiến){_E}", re.IGNORECASE)
# 'trong tháng 7/2017, Sở tiếp tục ...': the month the story's doings run in.
_WITHIN = re.compile(rf"{_B}trong\s+$", re.IGNORECASE)
# 'Lễ hội năm nay diễn ra ...', 'mùa giải trước': a day's own sentence telling of another year's happening.
_OTHER_TIME = re.compile(
    rf"{_B}(?:năm|mùa|lần|kỳ|khóa)\s+(?:nay|trước|ngoái|sau|tới|này){_E}", re.IGNORECASE
)
_IN_FORCE = re.compile(rf"{_B}hiệu\s+lực{_E}", re.IGNORECASE)
_ANY_YEAR = compile_led(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def span_ends_of(text: str, dates: list[DateMatch]) -> dict[int, DateMatch]:
    """Return the date that ends each span 'từ X đến Y', by the offset of X."""
    out: dict[int, DateMatch] = {}
    ordered = sorted({d.start: d for d in dates}.values(), key=lambda d: d.start)
    for first, last in zip(ordered, ordered[1:], strict=False):
        if (
            first.kind in _SPAN_KINDS
            and last.kind in _SPAN_KINDS
            and _SPAN_START.search(text, max(0, first.start - 10), first.start)
            and _SPAN_TO.fullmatch(text, first.end, last.start)
            # 'từ ngày 16.11.2006 đến 25.4.2017, X đã ghi nhận 20.065 hồ sơ': years of a tally, no happening
            # (a yearless start runs within the year before its end)
            and (not _WRITTEN_YEAR.search(first.text) or (last.end_date - first.begin).days <= SPAN_DAYS)
        ):
            out[first.start] = last
    return out


def _stated_year_of(text: str, day: DateMatch, sentences: list[Span]) -> int | None:
    """Return the year the text states beside a yearless day: a lunar year's, or its happening's."""
    aside = _LUNAR_ASIDE.match(text, day.end)
    if aside is not None:
        return lunar_year(aside.group("stem"), aside.group("branch"))
    at = next((n for n, s in enumerate(sentences) if s.start <= day.start < s.end), None)
    if at is None:
        return None
    told = text[sentences[at].start : sentences[at].end]
    if not _YEAR_EVENT_TIE.search(told) or _YEAR_EVENT_BLOCK.search(told):
        return None
    # Only one year in the sentence, a day told as part of the happening, no plan or review of it.
    if _YEAR_EVENT.search(told):
        return None if _AHEAD_WORDS.search(told) else _happening_year(told)
    # 'Liên hoan X năm 2017 có chủ đề ... Hai sự kiện sẽ diễn ra từ ngày 8/3': a happening of a year named
    # in the sentence before or in the headline, the day's own sentence telling it held (and no other year).
    if _ANY_YEAR.search(told) or _OTHER_TIME.search(told):
        return None
    nearby = [sentences[at - 1]] if at > 0 else []
    if at > 1 and sentences[0].end <= text.find("\n"):  # the headline, a line of its own
        nearby.append(sentences[0])
    years = {y for near in nearby if (y := _happening_year(text[near.start : near.end])) is not None}
    return years.pop() if len(years) == 1 else None


def _happening_year(chunk: str) -> int | None:
    """Return the year of the happening ``chunk`` names ('Lễ hội X năm 2017'), the only year it writes.

    None as well where a plan or a review blocks it ('kế hoạch tổ chức Lễ hội X năm 2017').
    """
    happening = _YEAR_EVENT.search(chunk)
    if happening is None or len(set(_ANY_YEAR.findall(chunk))) != 1 or _YEAR_EVENT_BLOCK.search(chunk):
        return None
    return int(happening.group("y"))


def inferred_years(text: str, dates: list[DateMatch], sentences: list[Span] | None = None) -> dict[int, int]:
    """Return the year of each yearless day or month (by offset) that the text gives.

    A day's year is stated beside it: a lunar year ('Ngày 31/1 (tức mồng 4 Tết Đinh Dậu)'), the year of
    the happening it is part of ('ngày 1/7, trong khuôn khổ Lễ hội X năm 2017'), or of the happening the
    sentence before or the headline names with its year, when the day's own sentence tells it held and
    writes no year ('Liên hoan X năm 2017 có chủ đề ... Hai sự kiện diễn ra từ ngày 8/3'). A day told
    just after a day written in full, within two weeks of it, goes on its story: 'ngày 24/8/2011 ...
    Ngày 26/8': 2011.
    A day of the month written in full in its sentence or the one before, no date between, is of that
    month's year: 'giữa tháng 5-2017, chị T. bỏ về nhà mẹ đẻ. Chiều ngày 20-5, ...': 2017.
    Else a day within months of a day of the latest year the body writes in full (up to two months
    before it, half a year after) is of that year: 'ngày 4-4-2017 ... Ngày 20-5': 2017 — but a step of
    a court case only within two weeks after (a verdict may come a year on). A day far before it in the
    calendar ('6-12-2016 ... Ngày 18-5') could be of the next year or of any later one, and stays
    without one. With no day written in full, a month written in full of the text's latest year that
    ends a span or holds the doings ('từ tháng 1 tới tháng 5/2017', 'trong tháng 7/2017'), or a day
    a state runs from ('từ ngày 26/4/2017'), gives its year to a day up to half a year after it.
    A span's yearless start takes its end's year: 'từ tháng 1 tới tháng 5/2017'.
    """
    years: dict[int, int] = {}
    for day in dates:
        if day.kind in ("day", "datetime") and not _WRITTEN_YEAR.search(day.text):
            year = _stated_year_of(text, day, sentences or [])
            if year is not None and (day.begin.month, day.begin.day) != (2, 29):
                years[day.start] = year
    spans = span_ends_of(text, dates)  # first day → last, of every 'từ X đến Y'
    span_ends = {d.start for d in spans.values()}

    def told_in_full(kinds: tuple[str, ...]) -> list[DateMatch]:
        return [
            d
            for d in dates
            if d.kind in kinds and _WRITTEN_YEAR.search(d.text) and not is_document_date(text, d)
            and not _BORN.search(text, max(0, d.start - 8), d.start)
            # 'có hiệu lực đến ngày 15-1-2018', 'từ ngày 1/7/2017': a deadline or a span, not a day told
            # (a span of months ends in a time told: 'từ tháng 1 tới tháng 5/2017, X đã lừa ...')
            and (
                d.kind == "month" and d.start in span_ends
                or not _DEADLINE.search(text, max(0, d.start - 14), d.start)
            )
            and not _SPAN_START.search(text, max(0, d.start - 10), d.start)
        ]

    written = told_in_full(("day", "datetime"))
    # Without a day written in full, a month written in full that runs up to the story gives its year:
    # a span's end or the month things are done in, of the latest year the text writes ('từ tháng 1 tới
    # tháng 5/2017, X đã lừa ... Ngày 17/6, công an bắt X': 2017). Another tells background ('Tháng
    # 6/2016, X vào làm ở quán'), and so does an older one ('Từ tháng 3 đến tháng 4/2015, X lừa ...').
    # A day written in full that a state runs from gives its year too ('X chấm dứt hoạt động từ ngày
    # 26/4/2017 ... ngày 10/5'), but not the day a law is in force from ('có hiệu lực từ ngày 1.5.2013').
    lone_starts: set[int] = set()
    if not written:
        last_written = max((int(y) for y in _ANY_YEAR.findall(text)), default=None)
        written = [
            d
            for d in told_in_full(("month",))
            if (d.start in span_ends or _WITHIN.search(text, max(0, d.start - 8), d.start))
            and d.begin.year == last_written
        ] + [
            d
            for d in dates
            if d.kind in ("day", "datetime") and _WRITTEN_YEAR.search(d.text)
            and not is_document_date(text, d) and d.start not in spans
            and _SPAN_START.search(text, max(0, d.start - 10), d.start)
            and not _IN_FORCE.search(text, max(0, d.start - 30), d.start)
            and d.begin.year == last_written
        ]
        lone_starts = {d.start for d in written if d.kind != "month"}
    written += [moved_to_year(d, years[d.start]) for d in dates if d.start in years]
    # Only the latest year written is the story's own: an older one dates its background.
    latest = max((d.begin.year for d in written), default=None)
    in_order = sorted(written, key=lambda d: d.start)
    written = [d for d in written if d.begin.year == latest]
    months = told_in_full(("month",))
    for day in dates:
        if day.kind not in ("day", "datetime") or _WRITTEN_YEAR.search(day.text) or day.start in years:
            continue
        sentence = next((s for s in sentences or [] if s.start <= day.start < s.end), None)
        later_step = sentence is not None and bool(_LATER_STEP.search(text, sentence.start, sentence.end))
        before, after = (0, STEP_AFTER_DAYS) if later_step else (YEAR_BEFORE_DAYS, YEAR_AFTER_DAYS)
        # A day told just after a day written in full goes on its story, whatever year that is
        # ('Khoảng 9h ngày 24/8/2011 ... Chiều 24/8, ... Ngày 26/8').
        told = [d for d in in_order if d.start < day.start]
        if told and 0 <= _days_after(day, told[-1]) <= STEP_AFTER_DAYS:
            years[day.start] = told[-1].begin.year
            continue
        # A day of the month written in full just before it is of that month's year ('giữa tháng 5-2017, chị
        # T. bỏ về nhà mẹ đẻ. Chiều ngày 20-5, X tìm tới ...').
        month = _month_just_before(day, months, dates, sentences or [])
        if month is not None and not later_step:
            years[day.start] = month.begin.year
            continue
        # A month or a start that runs up to the story is not after its days ('từ tháng 7/2015 đến tháng
        # 4/2016, X là Bộ trưởng ... Ngày 7/2': a term of office told as background, no year for the day).
        fits = {
            full.begin.year
            for full in written
            if -(0 if full.kind == "month" or full.start in lone_starts else before)
            <= _days_after(day, full)
            <= after
        }
        if fits:
            years[day.start] = fits.pop()
    for start, last in spans.items():
        first = next(d for d in dates if d.start == start)
        end_year = years.get(last.start) or (last.begin.year if _WRITTEN_YEAR.search(last.text) else None)
        if start in years or _WRITTEN_YEAR.search(first.text) or end_year is None:
            continue
        try:
            begin = first.begin.replace(year=end_year)
        except ValueError:
            continue
        # A span runs forward: 'từ tháng 11 đến tháng 2/2017' starts the year before its end.
        years[start] = end_year if begin <= last.begin.replace(year=end_year) else end_year - 1
    return years


def _month_just_before(
    day: DateMatch, months: list[DateMatch], dates: list[DateMatch], sentences: list[Span]
) -> DateMatch | None:
    """Return the month written in full just before ``day`` that holds its day and month, if any.

    Only one in the same sentence or the one before, with no date between: one told after the day is
    as often background ('Chiều 13-7, X bị khởi tố ... Trước đó, đầu tháng 7-2016, ...'), and so is one
    told sentences before ('tháng 5-2016, H. về nước ... lại đi lần nữa ... Đến ngày 25-5, ...').
    """
    before = [m for m in months if m.start < day.start and m.begin.month == day.begin.month]
    month = before[-1] if before else None
    if month is None or any(month.start < d.start < day.start for d in dates):
        return None
    between = sum(1 for s in sentences if month.start < s.start <= day.start)
    return month if between <= 1 else None


def _days_after(day: DateMatch, full: DateMatch) -> int:
    """Return how many days a yearless day falls after a day written in full, read in its year."""
    try:
        return (day.begin.replace(year=full.begin.year) - full.begin).days
    except ValueError:  # 29 February of a common year
        return -10_000


def moved_to_year(day: DateMatch, year: int | None) -> DateMatch:
    """Return ``day`` moved to ``year`` (itself when None)."""
    if year is None:
        return day
    begin = day.begin.replace(year=year)
    if day.kind == "month":  # February's last day depends on the year
        end = dt.date(year, begin.month, calendar.monthrange(year, begin.month)[1])
    else:
        end = day.end_date.replace(year=year)
    return dataclasses.replace(day, begin=begin, end_date=end)


_DOCUMENT_DATE = re.compile(
    r"(?:số\s+[0-9][^\s,]*|[0-9]+/[0-9]{4}/[^\s,]+)\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s+)?$", re.IGNORECASE
)


def is_document_date(text: str, date: DateMatch) -> bool:
    """Whether a date is a document's ('Quyết định số 40-QĐ/TW, ngày 19/9/2011'), not a happening's."""
    return _DOCUMENT_DATE.search(text, max(0, date.start - 40), date.start) is not None


# 'sinh năm 1996', 'SN 1996': a birth, no day of the story.
_BORN = re.compile(r"(?<![^\W_])(?:sinh|SN)\s*$", re.IGNORECASE)


def last_year(day: dt.date) -> dt.date:
    """Return the same day a year earlier (28 February for 29 February)."""
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else dt.date(day.year - 1, 2, 28)


Basis = tuple[str | None, str | None, str]  # (date, precision, the words it comes from)
