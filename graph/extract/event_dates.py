"""Date events: the year a yearless day is of, a lunar year's, and a document's own date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from graph.text import DateMatch

from .event_words import _B

# The underscored names are for the other event modules only.
__all__ = [
    "BRANCHES", "Basis", "STEMS", "is_document_date", "_BORN", "_BRANCH_SPELLINGS", "_DEADLINE",
    "_SPAN_START", "_WRITTEN_YEAR", "_date_of", "_in_year", "_inferred_years", "_last_year", "_lunar_year",
]


_SPAN_START = re.compile(rf"{_B}(?:từ|kể\s+từ)\s+$", re.IGNORECASE)
_DEADLINE = re.compile(rf"{_B}(?:trước|đến|tới|hết|chậm\s+nhất)\s+$", re.IGNORECASE)
# The sixty-year cycle that names lunar years: 'Đinh Dậu' is 2017, 'Mậu Tuất' 2018.
STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_BRANCH_SPELLINGS = {"mẹo": "mão", "tị": "tỵ"}
LUNAR_YEARS_FROM = 1984  # the cycle read within 1984-2043, the years a report of today can mean


def _lunar_year(stem: str, branch: str) -> int:
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


def _date_of(day: DateMatch, year_known: bool = True) -> tuple[str | None, str | None]:
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


# How long after a day written in full a yearless day is read as of its year: a story's next steps
# ('13/6/2017 ... 14/6'), not a verdict a year on ('7-6-2016 ... Ngày 10-7', told as today's news).
YEAR_AFTER_DAYS = 14


def _inferred_years(text: str, dates: list[DateMatch]) -> dict[int, int]:
    """Return the year of each yearless day (by offset) that falls just after a day written in full.

    'ngày 13/6/2017 ... chiều ngày 14/6': 2017. A day before it in the calendar ('6-12-2016 ... Ngày
    18-5') could be of the next year or of any later one, and stays without one; so does a day
    that follows only a day of an older year than the latest the body writes.
    """
    written = [
        d
        for d in dates
        if d.kind in ("day", "datetime") and _WRITTEN_YEAR.search(d.text) and not is_document_date(text, d)
        and not _BORN.search(text, max(0, d.start - 8), d.start)
        # 'có hiệu lực đến ngày 15-1-2018', 'từ ngày 1/7/2017': a deadline or a span, not a day told
        and not _DEADLINE.search(text, max(0, d.start - 14), d.start)
        and not _SPAN_START.search(text, max(0, d.start - 10), d.start)
    ]
    # Only the latest year written is the story's own: an older one dates its background.
    latest = max((d.begin.year for d in written), default=None)
    written = [d for d in written if d.begin.year == latest]
    years: dict[int, int] = {}
    for day in dates:
        if day.kind not in ("day", "datetime") or _WRITTEN_YEAR.search(day.text):
            continue
        fits = set()
        for full in written:
            try:
                when = day.begin.replace(year=full.begin.year)
            except ValueError:
                continue  # 29 February of a common year
            if 0 <= (when - full.begin).days <= YEAR_AFTER_DAYS:
                fits.add(full.begin.year)
        if fits:
            years[day.start] = fits.pop()
    return years


def _in_year(day: DateMatch, year: int | None) -> DateMatch:
    """Return ``day`` moved to ``year`` (itself when None)."""
    if year is None:
        return day
    begin, end = day.begin.replace(year=year), day.end_date.replace(year=year)
    return dataclasses.replace(day, begin=begin, end_date=end)


_DOCUMENT_DATE = re.compile(
    r"(?:số\s+[0-9][^\s,]*|[0-9]+/[0-9]{4}/[^\s,]+)\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s+)?$", re.IGNORECASE
)


def is_document_date(text: str, date: DateMatch) -> bool:
    """Whether a date is a document's ('Quyết định số 40-QĐ/TW, ngày 19/9/2011'), not a happening's."""
    return _DOCUMENT_DATE.search(text, max(0, date.start - 40), date.start) is not None


# 'sinh năm 1996', 'SN 1996': a birth, no day of the story.
_BORN = re.compile(r"(?<![^\W_])(?:sinh|SN)\s*$", re.IGNORECASE)


def _last_year(day: dt.date) -> dt.date:
    """Return the same day a year earlier (28 February for 29 February)."""
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else dt.date(day.year - 1, 2, 28)


Basis = tuple[str | None, str | None, str]  # (date, precision, the words it comes from)
