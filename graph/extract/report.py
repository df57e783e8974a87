"""The report-level pass: read the article's head, then run each fact kind's pass in order."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from graph.facts import Article, Person, ReportFacts, Span
from graph.text import WEEKDAY, DateMatch, find_dates, nfc, stated_year

from .context import Context
from .events import events
from .organizations import add_post_units, org_key, organizations
from .persons import persons
from .places import outside_units, places, set_default_places
from .statistics import statistics
from .tasks import tasks
from .unit_mentions import units_referred

__all__ = ["Metadata", "extract", "read_article"]

_NUMERIC_DAY = (
    r"(?:(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})|(?P<Y>\d{4})-(?P<M>\d{1,2})-(?P<D>\d{1,2}))"
)
# 'ngày 12 tháng 6 năm 2017', '12 tháng 06, 2017': government portals write the day in words (only on a line
# of its own: a headline ending so names a day it is about, 'Kỷ niệm ngày 19 tháng 8 năm 1945')
_DAY = rf"(?:{_NUMERIC_DAY}|(?P<wd>\d{{1,2}})\s+tháng\s+(?P<wm>\d{{1,2}})\s*(?:,|\s+năm)\s*(?P<wy>\d{{4}}))"
# ('10:30 AM', '2:15 CH': a twelve-hour clock, 'SA'/'CH' in Vietnamese)
_CLOCK = r"(?P<hh>\d{1,2})[:hH](?P<mi>\d{2})(?::\d{2})?(?:\s*(?P<half>AM|PM|SA|CH)\b)?"
_LABEL = (
    r"(?:(?:(?:Ngày\s+)?Cập\s+nhật|Ngày\s+(?:đăng|xuất\s+bản)|Đăng\s+ngày|Đăng\s+lúc|Tin\s+đăng"
    r"|Thời\s+gian|Xuất\s+bản|Ngày|Published|Updated)"
    r"(?:\s+(?:lúc|ngày|vào))?\s*:?\s*)?"
)
_WEEKDAY = rf"(?:(?:{WEEKDAY}|T[2-7]|CN)\s*,?\s*)?"  # (the forms are read ignoring case)
_ZONE = r"(?:\s*\(?\s*(?:GMT|UTC)\s*[+]\s*0?7(?::?00)?\s*\)?|[+]07:?00)?"
_TIME_SEP = r"(?:\s*[\-,|]\s*|\s+lúc\s+|\s+|T)"
# A date line: label, weekday, day, clock and zone in the orders sites print them, bracketed or not.
HEAD_LINE_FORMS = tuple(
    re.compile(rf"\s*\(?{_LABEL}{form}{_ZONE}\)?\s*", re.IGNORECASE)
    for form in (
        rf"{_WEEKDAY}(?:ngày\s+)?{_DAY}(?:{_TIME_SEP}{_CLOCK})?",
        # ('12/06/17 10:30': a two-digit year, read only with the clock that makes the line a date line)
        rf"{_WEEKDAY}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<yy>\d{{2}}){_TIME_SEP}{_CLOCK}",
        rf"{_CLOCK}{_TIME_SEP}{_WEEKDAY}(?:ngày\s+)?{_DAY}",
        rf"{_WEEKDAY}{_CLOCK}{_TIME_SEP}(?:ngày\s+)?{_DAY}",  # 'Thứ Hai, 10:30, 12/06/2017'
    )
)
# The same written at the end of the headline line.
HEAD_DATE = re.compile(
    rf"\s{_LABEL}{_WEEKDAY}{_NUMERIC_DAY}(?:{_TIME_SEP}{_CLOCK})?{_ZONE}\s*$", re.IGNORECASE
)
HEAD_LINES = 3  # how many lines under the headline may hold the date
PERIOD_KINDS = ("period", "quarter", "month", "year")
# Units whose names carry a country as a brand ('Tập đoàn Dầu khí Việt Nam'): it is no place of the story.
BRAND_KINDS = frozenset(["company", "press", "association", "school"])
VN_OFFSET = "+07:00"


@dataclass
class Metadata:
    """What is known of a report besides its text (from HTML or a scraper's record)."""

    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None


def read_article(text: str, file: str | None = None, meta: Metadata | None = None) -> Article:
    """Read the headline and publication date from the report's first lines (or its metadata)."""
    meta = meta or Metadata()
    first_end = text.find("\n")
    first_end = len(text) if first_end == -1 else first_end
    line = text[:first_end]
    start = len(line) - len(line.lstrip())
    title, published = line.strip(), None
    title_span_end = first_end
    match = HEAD_DATE.search(line)
    if match is not None and match.start() > start:
        title = line[: match.start()].strip()
        title_span_end = start + len(line[start : match.start()].rstrip())
    else:
        # The date may stand on a line of its own under the headline.
        below = text[first_end + 1 :].split("\n", 2 * HEAD_LINES)[: 2 * HEAD_LINES]
        lines = [other for other in below if other.strip()]
        forms = (form.fullmatch(other) for other in lines[:HEAD_LINES] for form in HEAD_LINE_FORMS)
        match = next((found for found in forms if found is not None), None)
    if match:
        published = _iso(match)
    title = meta.title or title
    published = meta.published or published
    year = int(published[:4]) if published and published[:4].isdigit() else stated_year(text[first_end:])
    return Article(
        title=nfc(title),
        published=published,
        reference_year=year,
        file=file,
        url=meta.url,
        publisher=meta.publisher,
        span=Span(start, title_span_end, text[start:title_span_end]),
    )


def _current_post(person: Person) -> tuple[str, str]:
    """Return the title and unit of the post a person holds now (empty strings: none)."""
    post = next((p for p in person.positions if p.status != "former"), None)
    return (post.title, post.organization) if post else ("", "")


def _iso(match: re.Match[str]) -> str | None:
    """Return the ISO date (and Vietnam time when written) of a date-line match, or None."""
    groups = match.groupdict()
    d, m, y = (groups.get(k) or groups.get(k.upper()) or groups.get("w" + k) for k in ("d", "m", "y"))
    y = y or groups.get("yy") and f"20{groups['yy']}"
    try:
        day = dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None
    hh, mi = match.group("hh"), match.group("mi")
    if hh is None:
        return day.isoformat()
    hour, half = int(hh), (match.group("half") or "").upper()
    if half and not 1 <= hour <= 12:
        return day.isoformat()  # ('15:00 PM': which half is meant is not known)
    if half:
        hour = hour % 12 + (12 if half in ("PM", "CH") else 0)
    if not (hour < 24 and int(mi) < 60):
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{int(mi):02d}:00{VN_OFFSET}"


def extract(text: str, report: str = "report.txt", meta: Metadata | None = None) -> ReportFacts:
    """Extract every fact of one report. ``text`` is used as given: offsets index it."""
    article = read_article(text, report, meta)
    reference = dt.date.fromisoformat(article.published[:10]) if article.published else None
    ctx = Context(text, reference)
    set_default_places(ctx, article.publisher)
    facts = ReportFacts(report=report, text=text, article=article, sentences=ctx.sentences)

    facts.places = places(ctx)
    orgs, org_at = organizations(ctx)
    facts.organizations = orgs
    brands = [(s.start, s.end) for o in orgs if o.kind in BRAND_KINDS for s in o.mentions]
    facts.places = outside_units(facts.places, brands)
    papers = [(s.start, s.end) for o in orgs if o.kind == "press" for s in o.mentions]
    facts.places = outside_units(facts.places, papers, any_place=True)
    # A news outlet signs, credits or is cited by the report; it is never what a sentence is about.
    outlets = {o.name for o in orgs if o.kind == "press"}
    org_at = {start: name for start, name in org_at.items() if name not in outlets}
    org_names: dict[str, str] = {}
    for org in orgs:
        for name in (org.name, *org.aliases):
            org_names.setdefault(org_key(ctx, name), org.name)
    covered = [(s.start, s.end) for o in orgs for s in o.mentions] + [
        (s.start, s.end) for p in facts.places for s in p.mentions
    ]
    people, post_mentions = persons(ctx, org_names, covered)
    facts.persons = people
    names = [(s.start, s.end, o.name) for o in orgs for s in o.mentions]
    names += [(s.start, s.end, None) for p in [*facts.places, *people] for s in p.mentions]
    # (read once every name is known: 'Cục này', 'Bộ sẽ …' name a unit, 'ông Trường' a person; only tasks
    # read them: as an event's organiser or a figure's unit, the last unit of the kind was wrong too often)
    referred = units_referred(ctx, names)

    # The unit each sentence is about: the first named there, else the report's most named unit.
    counts = Counter(org_at.values())
    main_org = counts.most_common(1)[0][0] if counts else None
    subjects: dict[int, str] = {}
    for start, name in sorted(org_at.items()):
        subjects.setdefault(ctx.sentence_index(start), name)

    dates = find_dates(text, reference)
    periods = [
        d for d in dates if d.kind in PERIOD_KINDS and d.start > (article.span.end if article.span else 0)
    ]
    periods = [p for p in periods if p.kind != "year"] or periods
    if not periods:
        # No period written: a term of office, else the year up to the day of publication.
        periods = [d for d in dates if d.kind == "term"]
        if not periods and reference is not None:
            periods = [
                DateMatch(0, 0, f"năm {reference.year}", dt.date(reference.year, 1, 1), reference, "period")
            ]
            facts.warnings.append(f"no reporting period written; figures dated to {periods[0].text}")
    facts.statistics = statistics(ctx, dates, periods, subjects, main_org)
    # (an official named without the title, 'Ông X cho biết sẽ …', speaks for the unit of the post)
    posts = [(s.start, s.end, *_current_post(p)) for p in people for s in p.mentions]
    facts.tasks = tasks(ctx, subjects, main_org, names, posts, referred)
    people_at = [(s, p.name) for p in people for s in p.mentions] + post_mentions
    # Events are dated against the publication day, else against the year the body states.
    event_dates, year_known = dates, True
    if reference is None:
        # Without a known year, a leap year finds every yearless day; events then leave them undated.
        year_known = article.reference_year is not None
        event_dates = find_dates(text, dt.date(article.reference_year or 2000, 12, 31))
    body = article.span.end if article.span else 0
    days = [d for d in event_dates if d.kind in ("day", "datetime") and d.start >= body]
    facts.events = events(
        ctx, report, days, org_at, people_at, article.published, event_dates, body, year_known,
        article.reference_year,
    )
    add_post_units(ctx, facts.organizations, people)  # last: the units above are the unit reader's
    return facts
