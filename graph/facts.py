"""The facts every stage shares: what extraction finds, what the RDF builder writes.

Data flows one way: report text → :class:`ReportFacts` → triples → store → views.
Every fact keeps the :class:`Span` s (character offsets into the *original* text)
it was read from, so each triple can be traced back to its sentence.

``to_json`` gives the shape that ``shared/eval/score.py`` reads (the keys of
``seed_gold.json``) plus offsets.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Span",
    "Article",
    "Position",
    "Person",
    "Organization",
    "Place",
    "Participant",
    "Event",
    "Task",
    "Statistic",
    "ReportFacts",
]


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the original report text: ``text == report[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Article:
    """The report itself: headline, publication time, source file."""

    title: str
    published: str | None = None  # ISO 8601 date or date-time
    file: str | None = None
    url: str | None = None
    publisher: str | None = None
    span: Span | None = None  # the headline line
    reference_year: int | None = None  # yearless dates' year: published's, else one the body states


@dataclass
class Position:
    """A post a person holds: title (role) in an organisation."""

    title: str  # 'Giám đốc'
    organization: str  # canonical organisation name, 'Công an TP Đà Nẵng'
    title_en: str | None = None
    spans: list[Span] = field(default_factory=list)
    status: str | None = None  # 'former' for a post the report says was held before


@dataclass
class Person:
    name: str  # canonical display form (NFC, as written first)
    rank: str | None = None
    rank_en: str | None = None
    positions: list[Position] = field(default_factory=list)
    name_variants: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Organization:
    name: str  # canonical: 'Công an TP Đà Nẵng'
    name_en: str | None = None
    kind: str | None = None  # unit-kind key: police, government, party, ...
    aliases: list[str] = field(default_factory=list)
    part_of: str | None = None  # canonical name of the parent unit
    place: str | None = None  # canonical place name it serves
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Place:
    name: str  # 'Đà Nẵng'
    name_en: str | None = None
    kind: str | None = None  # city, province, ward, commune
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Participant:
    person: str  # canonical person name
    role: str | None = None  # 'đến dự và chỉ đạo'


@dataclass
class Event:
    id: str  # report-local slug
    name: str
    name_en: str | None = None
    kind: str | None = None  # conference, award, congress, ceremony, announcement
    date: str | None = None  # ISO date, or 'YYYY-MM' / 'YYYY' when only that is known
    place: str | None = None
    organizer: str | None = None  # canonical organisation name
    agent: str | None = None  # person or organisation that acts
    participants: list[Participant] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)  # canonical names of units or persons
    recipients_count: dict[str, int] = field(default_factory=dict)  # {'tập thể': 7, 'cá nhân': 13}
    part_of: str | None = None  # id of the enclosing event
    term: list[str] = field(default_factory=list)  # ['2025', '2030']
    quote: str | None = None
    spans: list[Span] = field(default_factory=list)
    date_precision: str | None = None  # 'month' or 'year' when the date is not a day
    date_basis: str | None = None  # how the date was read: the words it comes from
    aliases: list[str] = field(default_factory=list)  # the fuller wordings the text gives it


@dataclass
class Task:
    name: str  # as written: 'cấp GPLX'
    name_en: str | None = None
    expansion: str | None = None  # 'cấp giấy phép lái xe'
    new: bool = False  # taken over / newly assigned
    holder: str | None = None  # canonical organisation name
    spans: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # the task's core wording, without a purpose or place


@dataclass
class Statistic:
    measure: str  # what is counted or compared
    value: float
    unit: str  # 'percent' or the counted noun ('vụ', 'trường hợp')
    qualifier: str | None = None  # more-than | nearly | about | at-least | at-most
    direction: str | None = None  # increase | decrease
    compared_to: str | None = None  # same-period-last-year | period-immediately-before-merger | ...
    period: dict[str, str] | None = None  # {'label', 'start', 'end'}
    about: str | None = None  # canonical organisation name the figure describes
    quote: str | None = None
    spans: list[Span] = field(default_factory=list)


@dataclass
class ReportFacts:
    """Everything extracted from one report, with its text and sentence spans."""

    report: str  # file name
    text: str  # the original text, unchanged
    article: Article
    sentences: list[Span] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def sentence_of(self, span: Span) -> Span | None:
        """Return the sentence that contains ``span`` (or overlaps its start)."""
        for sentence in self.sentences:
            if sentence.start <= span.start < sentence.end:
                return sentence
        return None

    def to_json(self) -> dict[str, Any]:
        """Return the scorer's shape: gold-file keys and field names, plus offsets."""
        data = asdict(self)
        data.pop("text")
        data["sentences"] = len(self.sentences)
        return data
