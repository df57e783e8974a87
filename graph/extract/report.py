"""The report-level pass: read the article's head, then run each fact kind's pass in order."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from graph.facts import Article, ReportFacts, Span
from graph.text import DateMatch, find_dates, nfc

from .context import Context
from .events import events
from .organizations import org_key, organizations
from .persons import persons
from .places import places, set_default_places
from .statistics import statistics
from .tasks import tasks

__all__ = ["Metadata", "extract", "read_article"]

HEAD_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-,|]?\s*(\d{1,2}):(\d{2}))?\s*$")
PERIOD_KINDS = ("period", "quarter", "month", "year")
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
    match = HEAD_DATE.search(line)
    if match is None:
        # The date may stand on a line of its own under the headline.
        second = text[first_end + 1 :].lstrip("\n").split("\n", 1)[0]
        match2 = HEAD_DATE.fullmatch(second.strip()) if second.strip() else None
        if match2:
            match = match2
            title_span_end = first_end
        else:
            title_span_end = first_end
    else:
        title = line[: match.start()].strip()
        title_span_end = start + len(line[start : match.start()].rstrip())
    if match:
        d, m, y, hh, mm = match.groups()
        try:
            day = dt.date(int(y), int(m), int(d))
            published = day.isoformat()
            if hh is not None:
                published = f"{published}T{int(hh):02d}:{int(mm):02d}:00{VN_OFFSET}"
        except ValueError:
            published = None
    title = meta.title or title
    return Article(
        title=nfc(title),
        published=meta.published or published,
        file=file,
        url=meta.url,
        publisher=meta.publisher,
        span=Span(start, title_span_end, text[start:title_span_end]),
    )


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
    org_names: dict[str, str] = {}
    for org in orgs:
        for name in (org.name, *org.aliases):
            org_names.setdefault(org_key(ctx, name), org.name)
    covered = [(s.start, s.end) for o in orgs for s in o.mentions] + [
        (s.start, s.end) for p in facts.places for s in p.mentions
    ]
    people, post_mentions = persons(ctx, org_names, covered)
    facts.persons = people

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
    names = [(s.start, s.end, o.name) for o in orgs for s in o.mentions]
    names += [(s.start, s.end, None) for p in [*facts.places, *people] for s in p.mentions]
    facts.tasks = tasks(ctx, subjects, main_org, names)
    people_at = [(s, p.name) for p in people for s in p.mentions] + post_mentions
    days = [
        d
        for d in dates
        if d.kind in ("day", "datetime") and d.start >= (article.span.end if article.span else 0)
    ]
    facts.events = events(ctx, report, days, org_at, people_at, article.published)
    return facts
