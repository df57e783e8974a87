"""Turn the facts of one report into RDF, following docs/model.md.

Pure core: no Flask, no store. :func:`facts_to_graph` gives every triple of one report (the
content of that report's named graph); :func:`vocabulary_graph` gives the ontology plus the
SKOS concepts generated from the gazetteers (the content of the ontology graph).

IRIs are built from slugs of names, never from counters that depend on other reports, and no
blank nodes are used, so rebuilding a report gives exactly the same triples.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from graph import __version__, indicators
from graph.extract.posts import STATE_BODIES
from graph.facts import ReportFacts, Span
from graph.terms import text_literal
from graph.text import nfc, slug

if TYPE_CHECKING:
    from graph.gazetteer import Entry, Gazetteer

__all__ = [
    "BASE",
    "VNKG",
    "VNKGC",
    "ORG",
    "SCHEMA",
    "SKOS",
    "PROV",
    "OA",
    "QB",
    "DCTERMS",
    "TIME",
    "SDMX_MEASURE",
    "SDMX_ATTRIBUTE",
    "ONTOLOGY_GRAPH",
    "ONTOLOGY_FILE",
    "SHAPES_FILE",
    "PREFIXES",
    "bind_prefixes",
    "report_stem",
    "report_graph_iri",
    "report_iri",
    "person_iri",
    "org_iri",
    "place_iri",
    "role_key",
    "post_iri",
    "membership_iri",
    "event_iri",
    "task_iri",
    "observation_iri",
    "dataset_iri",
    "annotation_iri",
    "run_iri",
    "concept_iri",
    "content_hash_of",
    "text_literal",
    "facts_to_graph",
    "facts_to_triples",
    "TripleSet",
    "vocabulary_graph",
]

log = logging.getLogger(__name__)



class _Namespace(Namespace):
    """An rdflib Namespace that keeps the terms it makes (rdflib checks and makes a new URIRef at
    attribute lookup such as ``VNKG.rank``: a tenth of a report's graph-building time)."""

    def term(self, name: str) -> URIRef:
        cache = _TERMS.setdefault(str(self), {})
        found = cache.get(name)
        if found is None:
            found = cache[name] = super().term(name)
        return found

    def __getattr__(self, name: str) -> URIRef:
        # The term kept as an attribute of the namespace: later ``VNKG.rank`` find it at once, with
        # no call (hundreds a report). Only names no attribute has reach here, so none is hidden.
        found = super().__getattr__(name)
        self.__dict__[name] = found
        return found


_TERMS: dict[str, dict[str, URIRef]] = {}

BASE = "https://w3id.org/vnkg/id/"
VNKG = _Namespace("https://w3id.org/vnkg/ontology#")
VNKGC = _Namespace("https://w3id.org/vnkg/concept/")
ORG = _Namespace("http://www.w3.org/ns/org#")
SCHEMA = _Namespace("https://schema.org/")
SKOS = _Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = _Namespace("http://www.w3.org/ns/prov#")
OA = _Namespace("http://www.w3.org/ns/oa#")
QB = _Namespace("http://purl.org/linked-data/cube#")
DCTERMS = _Namespace("http://purl.org/dc/terms/")
TIME = _Namespace("http://www.w3.org/2006/time#")
SDMX_MEASURE = _Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = _Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")

ONTOLOGY_GRAPH = URIRef("https://w3id.org/vnkg/ontology")
# Package data: graph/ontology is the checkout's ontology/ folder (a link), copied into the wheel.
ONTOLOGY_DIR = Path(str(resources.files("graph") / "ontology"))
ONTOLOGY_FILE = ONTOLOGY_DIR / "vnkg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

PREFIXES: dict[str, str] = {
    "vnkg": str(VNKG),
    "vnkgc": str(VNKGC),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "prov": str(PROV),
    "oa": str(OA),
    "qb": str(QB),
    "dcterms": str(DCTERMS),
    "time": str(TIME),
    "sdmx-measure": str(SDMX_MEASURE),
    "sdmx-attribute": str(SDMX_ATTRIBUTE),
}

# Gazetteer table behind each concept scheme (scheme name as in the vnkgc: IRIs).
SCHEMES: dict[str, str] = {
    "rank": "ranks",
    "role": "roles",
    "unit-kind": "unit_kinds",
    "task": "tasks",
    "unit": "units",
}

QUALIFIERS = {
    "more-than": VNKG.MoreThan,
    "over": VNKG.MoreThan,
    "nearly": VNKG.Nearly,
    "almost": VNKG.Nearly,
    "about": VNKG.About,
    "approximately": VNKG.About,
    "at-least": VNKG.AtLeast,
    "at-most": VNKG.AtMost,
}
DIRECTIONS = {"increase": VNKG.Increase, "decrease": VNKG.Decrease}
COMPARISONS = {
    "same-period-last-year": VNKG.SamePeriodLastYear,
    "same-period": VNKG.SamePeriodLastYear,
    "previous-period": VNKG.PreviousPeriod,
    "period-before-merger": VNKG.PeriodBeforeMerger,
    "period-immediately-before-merger": VNKG.PeriodBeforeMerger,
    "before-merger": VNKG.PeriodBeforeMerger,
    "plan": VNKG.Plan,
}

CONTEXT_CHARS = 30  # characters of prefix/suffix kept in a TextQuoteSelector
# The terms of an annotation, looked up once: a report has dozens of annotations, and rdflib's
# RDF and XSD namespaces resolve an attribute slowly (several µs a lookup).
_A_TYPE, _A_NONNEG = RDF.type, XSD.nonNegativeInteger
_A_TERMS = (OA.Annotation, OA.hasBody, OA.hasTarget, OA.motivatedBy, OA.identifying, VNKG.sentence,
            PROV.wasGeneratedBy, OA.SpecificResource, OA.hasSource, OA.hasSelector, OA.TextQuoteSelector,
            OA.exact, OA.prefix, OA.suffix, OA.TextPositionSelector, OA.start, OA.end)
_SAFE_SEGMENT = re.compile(r"^[A-Za-z0-9._~-]+$")


@lru_cache(maxsize=65536)
def _offset_literal(offset: int) -> Literal:
    """Return an offset as an xsd:nonNegativeInteger literal, made once (rdflib's Literal() costs µs)."""
    return Literal(offset, datatype=_A_NONNEG)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on ``graph`` and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph


def _gazetteer() -> Gazetteer:
    from graph.gazetteer import load

    return load()


def _segment(text: str) -> str:
    """Return an IRI path segment for ``text``: its slug, or a hash when nothing is left."""
    text = nfc(text or "")
    result = slug(text)
    if result:
        return quote(result, safe="-._~")
    # A name made only of punctuation still needs a stable, distinct segment.
    return "h" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def report_stem(file_name: str) -> str:
    """Return the stem used in a report's IRIs: the file name without directory and extension."""
    stem = Path(file_name).stem if file_name else "report"
    return stem if _SAFE_SEGMENT.match(stem) else _segment(stem)


def report_graph_iri(stem: str, base: str = BASE) -> URIRef:
    """Return the IRI of the named graph that holds one report's triples."""
    return URIRef(f"{base}graph/{stem}")


def report_iri(stem: str, base: str = BASE) -> URIRef:
    """Return the IRI of the report (the schema:NewsArticle)."""
    return URIRef(f"{base}report/{stem}")


def person_iri(name: str, base: str = BASE) -> URIRef:
    """Return a person's IRI from the slug of the name: every diacritic variant shares it.

    Builds tell 'Vĩnh' from 'Vịnh' (``graph.resolve``); this is the IRI without a resolver.
    """
    return URIRef(f"{base}person/{_segment(name)}")


def _org_slug(name: str, gazetteer: Gazetteer | None = None) -> str:
    gaz = gazetteer or _gazetteer()
    return _segment(gaz.expand(nfc(name)))


def org_iri(name: str, base: str = BASE, gazetteer: Gazetteer | None = None) -> URIRef:
    """Return an organisation's IRI, from its name with abbreviations written out."""
    return URIRef(f"{base}org/{_org_slug(name, gazetteer)}")


def _place_key(name: str, gazetteer: Gazetteer | None = None) -> str:
    gaz = gazetteer or _gazetteer()
    entry = gaz.lookup("places", name)
    return entry.key if entry else _segment(name)


def place_iri(name: str, base: str = BASE, gazetteer: Gazetteer | None = None) -> URIRef:
    """Return a place's IRI; names the gazetteer knows ('TP Đà Nẵng', 'Đà Nẵng') share one."""
    return URIRef(f"{base}place/{_place_key(name, gazetteer)}")


def _entry(gaz: Gazetteer, table: str, text: str | None) -> Entry | None:
    if not text:
        return None
    return gaz.table(table).get(text) or gaz.lookup(table, text)


def role_key(title: str, gazetteer: Gazetteer | None = None) -> str:
    """Return the key of a role title: the gazetteer key when known, else its slug."""
    entry = _entry(gazetteer or _gazetteer(), "roles", title)
    return entry.key if entry else _segment(title)


def post_iri(organization: str, title: str, base: str = BASE, gazetteer: Gazetteer | None = None) -> URIRef:
    """Return the IRI of the post ``title`` in ``organization``."""
    return URIRef(f"{base}post/{_org_slug(organization, gazetteer)}/{role_key(title, gazetteer)}")


def membership_iri(
    person: str, organization: str, title: str, base: str = BASE, gazetteer: Gazetteer | None = None
) -> URIRef:
    """Return the IRI of a person's membership in an organisation with a role."""
    org_segment, role = _org_slug(organization, gazetteer), role_key(title, gazetteer)
    return URIRef(f"{base}membership/{_segment(person)}/{org_segment}/{role}")


def event_iri(stem: str, event_id: str, base: str = BASE) -> URIRef:
    """Return the IRI of an event of one report."""
    return URIRef(f"{base}event/{stem}/{_segment(event_id)}")


def task_iri(name: str, base: str = BASE, gazetteer: Gazetteer | None = None) -> URIRef:
    """Return a task's IRI: the gazetteer concept when known, else one under ``base``."""
    entry = _entry(gazetteer or _gazetteer(), "tasks", name)
    if entry:
        return concept_iri("task", entry.key)
    return URIRef(f"{base}task/{_segment(name)}")


def observation_iri(stem: str, n: int, base: str = BASE) -> URIRef:
    """Return the IRI of the ``n``-th figure (from 1) of one report."""
    return URIRef(f"{base}observation/{stem}/{n}")


def dataset_iri(stem: str, base: str = BASE) -> URIRef:
    """Return the IRI of the data set holding one report's figures."""
    return URIRef(f"{base}dataset/{stem}")


def annotation_iri(stem: str, n: int, base: str = BASE) -> URIRef:
    """Return the IRI of the ``n``-th annotation (from 1) of one report."""
    return URIRef(f"{base}annotation/{stem}/{n}")


def run_iri(stem: str, content_hash: str, base: str = BASE) -> URIRef:
    """Return the IRI of the extraction run over one version of a report."""
    return URIRef(f"{base}run/{stem}/{content_hash[:12]}")


def concept_iri(scheme: str, key: str) -> URIRef:
    """Return the IRI of a gazetteer concept, e.g. ``concept_iri('rank', 'thieu-tuong')``."""
    return VNKGC[f"{scheme}/{quote(key, safe='-._~')}"]


def content_hash_of(text: str) -> str:
    """Return the SHA-256 (hex) of a report's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _vi(text: str) -> Literal:
    return text_literal(nfc(text).strip(), "vi")


def _en(text: str) -> Literal:
    return text_literal(nfc(text).strip(), "en")


def _date_literal(value: str | None) -> Literal | None:
    """Return an xsd:date literal for an ISO date, or None when it is not one."""
    if not value:
        return None
    try:
        return Literal(date.fromisoformat(value.strip()[:10]), datatype=XSD.date)
    except ValueError:
        return None


def _published_literal(value: str | None) -> Literal | None:
    """Return xsd:dateTime, xsd:date, xsd:gYearMonth or xsd:gYear for an ISO value, None otherwise."""
    if not value:
        return None
    value = value.strip()
    # Only a year or a month may be known of a report with no date line ('2017', '2017-02').
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if "T" in value:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return _date_literal(value)
        return Literal(moment.isoformat(), datatype=XSD.dateTime)
    return _date_literal(value)


def _number(value: object, unit_key: str) -> Literal | None:
    """Return the typed value of a figure: xsd:integer for whole counts, xsd:decimal otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if unit_key != "percent" and number == number.to_integral_value():
        return Literal(str(int(number)), datatype=XSD.integer)
    return Literal(format(number, "f"), datatype=XSD.decimal)


# Characters an IRI may not hold in N-Triples: such a term is left to rdflib's own n3() (which refuses it).
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _nt_term(term: Node) -> str:
    """Return one RDF term in N-Triples, as rdflib's N-Triples serializer writes it."""
    if isinstance(term, Literal):
        # The four escapes as chained replace(), the backslash first: the same text as a
        # str.translate() table, which goes character by character through a dict on non-ASCII
        # text (a report's text and sentences: ~20 µs against ~1 µs for 400 characters).
        escaped = term.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        text = '"' + escaped + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype:
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, URIRef) and not _IRI_UNSAFE.search(term):
        return f"<{term}>"
    return term.n3()


class TripleSet:
    """One report's triples as a plain set, with the part of rdflib's Graph API the build uses.

    A report's graph is built, checked and serialised once: an rdflib Graph (with its three
    indexes and term checks on every add) cost more than extraction itself on the real corpus.
    :meth:`to_graph` gives the rdflib Graph where one is really needed.
    """

    __slots__ = ("_triples", "_index")

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]] = ()):
        # A dict keeps the order of insertion, as rdflib's memory store does: value() then
        # picks the same one of several objects as rdflib did, in every process.
        self._triples: dict[tuple[Node, Node, Node], None] = dict.fromkeys(triples)
        # subject → triples and predicate → triples, built at the first lookup after a change
        self._index: tuple[dict[Node, list], dict[Node, list]] | None = None

    def add(self, triple: tuple[Node, Node, Node]) -> TripleSet:
        self._triples[triple] = None
        self._index = None
        return self

    def __iadd__(self, other: Iterable[tuple[Node, Node, Node]]) -> TripleSet:
        self._triples.update(dict.fromkeys(other))
        self._index = None
        return self

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        if isinstance(triple, tuple) and None in triple:
            return next(self.triples(triple), None) is not None  # type: ignore[arg-type]
        return triple in self._triples

    def triples(self, pattern: tuple[Node | None, Node | None, Node | None]):  # type: ignore[no-untyped-def]
        """Yield the triples matching a pattern (None matches anything)."""
        s, p, o = pattern
        if s is None and p is None:
            candidates: Iterable[tuple[Node, Node, Node]] = self._triples
        else:
            if self._index is None:
                by_subject: dict[Node, list] = {}
                by_predicate: dict[Node, list] = {}
                for t in self._triples:
                    by_subject.setdefault(t[0], []).append(t)
                    by_predicate.setdefault(t[1], []).append(t)
                self._index = (by_subject, by_predicate)
            if s is not None:
                # The subject's own list: only the predicate and object are left to compare (an
                # rdflib term's == is a Python call, and a report's checks make thousands).
                for t in self._index[0].get(s, ()):
                    if (p is None or t[1] == p) and (o is None or t[2] == o):
                        yield t
                return
            candidates = self._index[1].get(p, ())
        for t in candidates:
            if o is None or t[2] == o:
                yield t

    def value(self, subject: Node | None = None, predicate: Node | None = None,
              object: Node | None = None) -> Node | None:  # noqa: A002 - rdflib's name
        """Return one matching term (the object, or the subject when the object is given), or None."""
        for s, _, o in self.triples((subject, predicate, object)):
            return o if object is None else s
        return None

    def subjects(self, predicate: Node | None = None, object: Node | None = None):  # noqa: A002
        seen = set()
        for s, _, _ in self.triples((None, predicate, object)):
            if s not in seen:
                seen.add(s)
                yield s

    def objects(self, subject: Node | None = None, predicate: Node | None = None):
        for _, _, o in self.triples((subject, predicate, None)):
            yield o

    def ntriples(self) -> bytes:
        """Return the triples as N-Triples (UTF-8), one statement a line."""
        cache: dict[Node, str] = {}
        get = cache.get
        lines = []
        # The look-ups written out, not a helper called three times a triple: ~900 triples a report.
        for s, p, o in self._triples:
            s_nt = get(s)
            if s_nt is None:
                s_nt = cache[s] = _nt_term(s)
            p_nt = get(p)
            if p_nt is None:
                p_nt = cache[p] = _nt_term(p)
            o_nt = get(o)
            if o_nt is None:
                o_nt = cache[o] = _nt_term(o)
            lines.append(f"{s_nt} {p_nt} {o_nt} .\n")
        return "".join(lines).encode("utf-8")

    def to_graph(self) -> Graph:
        """Return the triples as an rdflib Graph with the project's prefixes bound."""
        graph = bind_prefixes(Graph())
        for triple in self._triples:
            graph.add(triple)
        return graph


class Resolver(Protocol):
    """Cross-report identity (``graph.resolve.ReportResolver``): the IRI of a person or unit in a report."""

    def person(self, name: str) -> URIRef: ...

    def org(self, name: str) -> URIRef: ...


def _code(value: str | None) -> str:
    return re.sub(r"[\s_]+", "-", (value or "").strip().lower())


class _Builder:
    """Collects the triples of one report."""

    def __init__(self, facts: ReportFacts, base: str, content_hash: str | None, gazetteer: Gazetteer,
                 stem: str | None = None, resolver: Resolver | None = None):
        self.facts = facts
        self.base = base
        self.gaz = gazetteer
        self.text = facts.text
        self.stem = stem or report_stem(facts.article.file or facts.report)
        self.resolver = resolver
        self.report = report_iri(self.stem, base)
        self.content_hash = content_hash or content_hash_of(facts.text)
        self.run = run_iri(self.stem, self.content_hash, base)
        published = _published_literal(facts.article.published)
        self.day = _date_literal(str(published)) if published is not None else None
        self.g = TripleSet()
        self._annotations = 0
        self._annotated: set[tuple[Node, int, int]] = set()
        self._sentence_literals: dict[str, Literal] = {}
        self._labels: dict[URIRef, str] = {}
        self._persons: dict[str, URIRef] = {}  # slug of any written form -> person
        self._person_names: dict[URIRef, str] = {}
        self._orgs: dict[URIRef, str] = {}  # declared organisations -> canonical name
        self._org_aliases: dict[str, URIRef | None] = {}  # slug -> org (None when ambiguous)
        self._org_en: dict[URIRef, str] = {}
        self._places: dict[str, URIRef] = {}
        self._events: dict[str, URIRef] = {}

    # -- helpers -----------------------------------------------------------------------------

    def add(self, s: Node, p: Node, o: Node | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def provenance(self, node: URIRef, spans: Iterable[Span] = ()) -> None:
        """Say which report ``node`` comes from, and annotate each span it was read from."""
        self.g.add((node, PROV.wasDerivedFrom, self.report))
        for span in spans:
            self.annotate(node, span)

    def _locate(self, span: Span) -> tuple[int, int] | None:
        """Return offsets of ``span`` in the text, re-finding it when its offsets have drifted."""
        text = self.text
        in_range = 0 <= span.start < span.end <= len(text)
        if in_range and (not span.text or text[span.start : span.end] == span.text):
            return span.start, span.end
        if not span.text:
            return None
        found = [m.start() for m in re.finditer(re.escape(span.text), text)]
        if not found:
            log.warning("%s: span %r not found in the text; no annotation", self.stem, span.text)
            return None
        start = min(found, key=lambda i: abs(i - span.start))
        return start, start + len(span.text)

    def _sentence(self, start: int, end: int) -> str:
        sentence = self.facts.sentence_of(Span(start, end, self.text[start:end]))
        if sentence is not None and sentence.text:
            return sentence.text
        # No sentence split available: fall back to the line holding the passage.
        left = self.text.rfind("\n", 0, start) + 1
        right = self.text.find("\n", end)
        return self.text[left : right if right >= 0 else len(self.text)]

    def annotate(self, body: URIRef, span: Span) -> None:
        """Add an oa:Annotation tying ``body`` to the passage ``span`` of the report."""
        located = self._locate(span)
        if located is None:
            return
        start, end = located
        if (body, start, end) in self._annotated:
            return
        self._annotated.add((body, start, end))
        self._annotations += 1
        ann = annotation_iri(self.stem, self._annotations, self.base)
        target, quote_sel, position = (URIRef(f"{ann}#{part}") for part in ("target", "quote", "position"))
        add, text, a = self.g.add, self.text, _A_TYPE
        (annotation, has_body, has_target, motivated_by, identifying, sentence, generated_by, specific,
         has_source, has_selector, quote_selector, exact, prefix_p, suffix_p, position_selector, start_p,
         end_p) = _A_TERMS
        add((ann, a, annotation))
        add((ann, has_body, body))
        add((ann, has_target, target))
        add((ann, motivated_by, identifying))
        said = self._sentence(start, end).strip()
        said_literal = self._sentence_literals.get(said)
        if said_literal is None:  # several annotations quote one sentence: one Literal for it
            said_literal = self._sentence_literals[said] = text_literal(said, "vi")
        add((ann, sentence, said_literal))
        add((ann, generated_by, self.run))
        add((target, a, specific))
        add((target, has_source, self.report))
        add((target, has_selector, quote_sel))
        add((target, has_selector, position))
        add((quote_sel, a, quote_selector))
        add((quote_sel, exact, text_literal(text[start:end])))
        prefix, suffix = text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]
        if prefix:
            add((quote_sel, prefix_p, text_literal(prefix)))
        if suffix:
            add((quote_sel, suffix_p, text_literal(suffix)))
        add((position, a, position_selector))
        add((position, start_p, _offset_literal(start)))
        add((position, end_p, _offset_literal(end)))

    def spans_or_quote(self, spans: list[Span], quote_text: str | None) -> list[Span]:
        """Return ``spans``, or the first place ``quote_text`` occurs when there are none."""
        if spans or not quote_text:
            return list(spans)
        index = self.text.find(quote_text)
        if index < 0:
            index = self.text.find(nfc(quote_text))
        return [Span(index, index + len(quote_text), quote_text)] if index >= 0 else []

    def label(self, node: URIRef, name: str, *, main: URIRef = RDFS.label) -> None:
        """Give ``node`` its first name as label; later different spellings become altLabels."""
        name = nfc(name).strip()
        if not name:
            return
        first = self._labels.setdefault(node, name)
        self.g.add((node, main if first == name else SKOS.altLabel, _vi(name)))

    def concept(self, scheme: str, text: str | None, en: str | None = None) -> URIRef | None:
        """Return the concept for ``text`` in ``scheme``; concepts not in the gazetteer are minted here."""
        if not text or not nfc(text).strip():
            return None
        entry = _entry(self.gaz, SCHEMES[scheme], text)
        if entry:
            return concept_iri(scheme, entry.key)
        node = URIRef(f"{self.base}{scheme}/{_segment(text)}")
        g = self.g
        g.add((node, RDF.type, SKOS.Concept))
        if scheme == "task":
            g.add((node, RDF.type, VNKG.Task))
        g.add((node, SKOS.inScheme, VNKGC[scheme]))
        self.label(node, text, main=SKOS.prefLabel)
        self.label(node, text)
        if en:
            g.add((node, SKOS.prefLabel, _en(en)))
            g.add((node, RDFS.label, _en(en)))
        g.add((node, PROV.wasDerivedFrom, self.report))
        return node

    def concept_label(self, scheme: str, text: str, lang: str) -> str | None:
        entry = _entry(self.gaz, SCHEMES[scheme], text)
        if entry:
            return entry.vi if lang == "vi" else entry.en
        return nfc(text).strip() if lang == "vi" else None

    # -- resolution of names -----------------------------------------------------------------

    def person_iri(self, name: str) -> URIRef:
        """Return the IRI of a person named in this report (the resolver's, when there is one)."""
        return self.resolver.person(name) if self.resolver is not None else person_iri(name, self.base)

    def org_iri(self, name: str) -> URIRef:
        """Return the IRI of a unit named in this report (the resolver's, when there is one)."""
        return self.resolver.org(name) if self.resolver is not None else org_iri(name, self.base, self.gaz)

    def person(self, name: str) -> URIRef:
        """Return the person called ``name``, adding a minimal node when the report lists no such person."""
        found = self._persons.get(_segment(name))
        if found is not None:
            return found
        node = self.person_iri(name)
        self._persons[_segment(name)] = node
        self.g.add((node, RDF.type, SCHEMA.Person))
        self.label(node, name)
        self.g.add((node, SCHEMA.name, _vi(name)))
        self.g.add((node, PROV.wasDerivedFrom, self.report))
        return node

    def org(self, name: str) -> URIRef:
        """Return the organisation called ``name`` (canonical name or a known alias)."""
        node = self.org_iri(name)
        if node in self._orgs:
            if nfc(name).strip() != self._orgs[node]:
                self.g.add((node, SKOS.altLabel, _vi(name)))
            return node
        alias = self._org_aliases.get(_org_slug(name, self.gaz))
        if alias is not None:
            return alias
        self.g.add((node, RDF.type, ORG.Organization))
        self.label(node, name)
        self.g.add((node, PROV.wasDerivedFrom, self.report))
        return node

    def agent(self, name: str) -> URIRef:
        """Return the person or organisation called ``name``."""
        return self._persons.get(_segment(name)) or self.org(name)

    def place(self, name: str) -> URIRef:
        """Return the place called ``name``, adding a node for places the report does not list."""
        found = self._places.get(_place_key(name, self.gaz))
        if found is not None:
            return found
        return self._place_node(name, None, None, [], [])

    def _place_node(
        self, name: str, name_en: str | None, kind: str | None, aliases: list[str], mentions: list[Span]
    ) -> URIRef:
        key = _place_key(name, self.gaz)
        node = URIRef(f"{self.base}place/{key}")
        self._places[key] = node
        entry = self.gaz.lookup("places", name)
        kind = kind or (entry.kind if entry else None)
        name_en = name_en or (entry.en if entry else None)
        g = self.g
        g.add((node, RDF.type, SCHEMA.Place))
        if kind:
            g.add((node, RDF.type, SCHEMA.City if "city" in kind else SCHEMA.AdministrativeArea))
        self.label(node, entry.vi if entry else name)
        self.label(node, name)
        if name_en:
            g.add((node, RDFS.label, _en(name_en)))
        for alias in aliases:
            if nfc(alias).strip() != self._labels.get(node):
                g.add((node, SKOS.altLabel, _vi(alias)))
        self.provenance(node, mentions)
        return node

    # -- the report --------------------------------------------------------------------------

    def build(self) -> TripleSet:
        self.index()
        self.article()
        for place in self.facts.places:
            self._place_node(place.name, place.name_en, place.kind, place.aliases, place.mentions)
        for organization in self.facts.organizations:
            self.organization(organization)
        for person in self.facts.persons:
            self.person_facts(person)
        for event in self.facts.events:
            self.event(event)
        for task in self.facts.tasks:
            self.task(task)
        self.statistics()
        return self.g

    def index(self) -> None:
        """Record every declared person and organisation so that references resolve to them."""
        for person in self.facts.persons:
            node = self.person_iri(person.name)
            for form in (person.name, *person.name_variants):
                self._persons.setdefault(_segment(form), node)
            self._person_names[node] = nfc(person.name).strip()
        for organization in self.facts.organizations:
            node = self.org_iri(organization.name)
            self._orgs.setdefault(node, nfc(organization.name).strip())
            if organization.name_en:
                self._org_en.setdefault(node, organization.name_en)
        for organization in self.facts.organizations:
            node = self.org_iri(organization.name)
            for alias in organization.aliases:
                key = _org_slug(alias, self.gaz)
                if self.org_iri(alias) in self._orgs:
                    continue  # an alias that is itself a declared organisation's name
                previous = self._org_aliases.get(key, node)
                # An alias shared by two organisations says nothing: resolve it to neither.
                self._org_aliases[key] = node if previous == node else None

    def article(self) -> None:
        facts, g, report = self.facts, self.g, self.report
        article = facts.article
        g.add((report, RDF.type, SCHEMA.NewsArticle))
        g.add((report, RDF.type, PROV.Entity))
        if article.title:
            g.add((report, SCHEMA.headline, _vi(article.title)))
            g.add((report, RDFS.label, _vi(article.title)))
        else:
            g.add((report, VNKG.notStated, SCHEMA.headline))
        published = _published_literal(article.published)
        if published is None:
            g.add((report, VNKG.notStated, SCHEMA.datePublished))
        else:
            g.add((report, SCHEMA.datePublished, published))
            if published.datatype in (XSD.gYear, XSD.gYearMonth):
                precision = "year" if published.datatype == XSD.gYear else "month"
                g.add((report, VNKG.publishedPrecision, Literal(precision)))
        if article.publisher:
            publisher = self.org(article.publisher)
            g.add((report, SCHEMA.publisher, publisher))
        if article.url:
            g.add((report, SCHEMA.url, URIRef(article.url)))
        g.add((report, SCHEMA.inLanguage, Literal("vi")))
        g.add((report, VNKG.sourceFile, Literal(Path(article.file or facts.report).name)))
        g.add((report, VNKG.contentHash, Literal(self.content_hash)))
        g.add((report, SCHEMA.text, Literal(facts.text, lang="vi")))
        if article.span is not None:
            self.annotate(report, article.span)
        run = self.run
        g.add((run, RDF.type, PROV.Activity))
        g.add((run, RDFS.label, Literal(f"Trích xuất {self.stem}", lang="vi")))
        g.add((run, RDFS.label, Literal(f"Extraction of {self.stem}", lang="en")))
        g.add((run, PROV.used, report))
        g.add((run, PROV.wasAssociatedWith, VNKG.software))
        g.add((VNKG.software, RDF.type, PROV.SoftwareAgent))
        g.add((VNKG.software, SCHEMA.softwareVersion, Literal(__version__)))

    def organization(self, organization) -> None:
        g = self.g
        node = self.org_iri(organization.name)
        g.add((node, RDF.type, ORG.Organization))
        self.label(node, organization.name)
        if organization.name_en:
            g.add((node, RDFS.label, _en(organization.name_en)))
        expanded = nfc(self.gaz.expand(organization.name)).strip()
        forms = [*organization.aliases]
        if expanded != self._labels.get(node):
            forms.append(expanded)
        for alias in forms:
            if nfc(alias).strip() != self._labels.get(node):
                g.add((node, SKOS.altLabel, _vi(alias)))
        if organization.kind:
            self.add(node, ORG.classification, self.concept("unit-kind", organization.kind))
        if organization.part_of:
            parent = self.org(organization.part_of)
            if parent != node:
                g.add((node, ORG.subOrganizationOf, parent))
        if organization.place:
            g.add((node, SCHEMA.location, self.place(organization.place)))
        self.provenance(node, organization.mentions)

    def person_facts(self, person) -> None:
        g = self.g
        node = self.person_iri(person.name)
        g.add((node, RDF.type, SCHEMA.Person))
        self.label(node, person.name)
        g.add((node, SCHEMA.name, _vi(person.name)))
        for variant in person.name_variants:
            if nfc(variant).strip() != self._labels.get(node):
                g.add((node, SKOS.altLabel, _vi(variant)))
        if person.rank:
            self.add(node, VNKG.rank, self.concept("rank", person.rank, person.rank_en))
        self.provenance(node, person.mentions)
        for position in person.positions:
            self.position(node, person.name, position)

    def position(self, person: URIRef, person_name: str, position) -> None:
        g = self.g
        unit = nfc(position.organization or "").strip()
        if not unit and nfc(position.title or "").strip():
            # A post of the State or the Party itself ('Chủ tịch nước') names no unit: its body.
            unit = STATE_BODIES.get(role_key(position.title, self.gaz), "")
        if not nfc(position.title or "").strip() or not unit:
            log.debug("%s: position %r in %r is incomplete; skipped", self.stem, position.title, unit or None)
            return
        organization = self.org(unit)
        role = self.concept("role", position.title, position.title_en)
        if role is None:
            return
        key = role_key(position.title, self.gaz)
        org_segment = str(organization).rsplit("/", 1)[-1]
        post = URIRef(f"{self.base}post/{org_segment}/{key}")
        org_name = self._labels.get(organization) or unit
        role_vi = self.concept_label("role", position.title, "vi") or position.title
        role_en = self.concept_label("role", position.title, "en") or position.title_en
        g.add((post, RDF.type, ORG.Post))
        g.add((post, ORG.postIn, organization))
        g.add((post, ORG.role, role))
        g.add((post, RDFS.label, _vi(f"{role_vi} {org_name}")))
        if role_en and organization in self._org_en:
            g.add((post, RDFS.label, _en(f"{role_en}, {self._org_en[organization]}")))
        former = getattr(position, "status", None) == "former"
        if not former:
            g.add((person, ORG.holds, post))  # a past post ('nguyên Giám đốc') is no longer held
        self.provenance(post, position.spans)

        person_segment = str(person).rsplit("/", 1)[-1]
        membership = URIRef(f"{self.base}membership/{person_segment}/{org_segment}/{key}")
        g.add((membership, RDF.type, ORG.Membership))
        g.add((membership, ORG.member, person))
        g.add((membership, ORG.organization, organization))
        g.add((membership, ORG.role, role))
        g.add((membership, RDFS.label, _vi(f"{self._labels.get(person, person_name)}, {role_vi} {org_name}")))
        if self.day is not None and not former:
            # The report states the post on its date: a one-day interval, shared by every such statement.
            instant = URIRef(f"{self.base}instant/{self.day}")
            interval = URIRef(f"{self.base}interval/{self.day}")
            g.add((membership, ORG.memberDuring, interval))
            g.add((interval, RDF.type, TIME.Interval))
            g.add((interval, TIME.hasBeginning, instant))
            g.add((interval, TIME.hasEnd, instant))
            g.add((instant, RDF.type, TIME.Instant))
            g.add((instant, TIME.inXSDDate, self.day))
        self.provenance(membership, position.spans)

    def event(self, event) -> None:
        g = self.g
        node = event_iri(self.stem, event.id, self.base)
        g.add((node, RDF.type, SCHEMA.Event))
        if event.name:
            g.add((node, SCHEMA.name, _vi(event.name)))
            g.add((node, RDFS.label, _vi(event.name)))
        if event.name_en:
            g.add((node, SCHEMA.name, _en(event.name_en)))
            g.add((node, RDFS.label, _en(event.name_en)))
        for alias in event.aliases:
            # The fuller wording the text gives it ('Hội nghị sơ kết công tác ... năm 2025'): searchable too.
            if nfc(alias).strip() and nfc(alias).strip() != nfc(event.name).strip():
                g.add((node, SKOS.altLabel, _vi(alias)))
        if event.kind:
            g.add((node, SCHEMA.additionalType, Literal(event.kind)))
        self.add(node, SCHEMA.startDate, _date_literal(event.date))
        if event.place:
            g.add((node, SCHEMA.location, self.place(event.place)))
        if event.organizer:
            g.add((node, SCHEMA.organizer, self.org(event.organizer)))
        if event.agent:
            g.add((node, SCHEMA.agent, self.agent(event.agent)))
        for recipient in event.recipients:
            g.add((node, SCHEMA.recipient, self.agent(recipient)))
        for participant in event.participants:
            person = self.person(participant.person)
            g.add((node, SCHEMA.attendee, person))
            part = URIRef(
                f"{self.base}participation/{self.stem}/{_segment(event.id)}/{str(person).rsplit('/', 1)[-1]}"
            )
            g.add((node, VNKG.participation, part))
            g.add((part, RDF.type, VNKG.Participation))
            g.add((part, VNKG.participant, person))
            if participant.role:
                g.add((part, VNKG.roleName, _vi(participant.role)))
            g.add((part, PROV.wasDerivedFrom, self.report))
        if event.part_of and any(e.id == event.part_of for e in self.facts.events):
            parent = event_iri(self.stem, event.part_of, self.base)
            g.add((node, SCHEMA.superEvent, parent))
            g.add((parent, SCHEMA.subEvent, node))
        years = [y.strip() for y in event.term if re.fullmatch(r"\s*\d{4}\s*", y)]
        if years:
            g.add((node, VNKG.periodStart, Literal(years[0], datatype=XSD.gYear)))
            g.add((node, VNKG.periodEnd, Literal(years[-1], datatype=XSD.gYear)))
        self.provenance(node, self.spans_or_quote(event.spans, event.quote))

    def task(self, task) -> None:
        g = self.g
        written = task.expansion or task.name
        entry = _entry(self.gaz, "tasks", written) or _entry(self.gaz, "tasks", task.name)
        if entry:
            node = concept_iri("task", entry.key)
        else:
            node = URIRef(f"{self.base}task/{_segment(written)}")
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, RDF.type, VNKG.Task))
            g.add((node, SKOS.inScheme, VNKGC.task))
            self.label(node, written, main=SKOS.prefLabel)
            self.label(node, written)
            if task.expansion and nfc(task.name).strip() != nfc(task.expansion).strip():
                g.add((node, SKOS.altLabel, _vi(task.name)))
            for alias in task.aliases:  # the core wording, without a purpose or place
                g.add((node, SKOS.altLabel, _vi(alias)))
            if task.name_en:
                g.add((node, SKOS.prefLabel, _en(task.name_en)))
                g.add((node, RDFS.label, _en(task.name_en)))
        if task.holder:
            holder = self.org(task.holder)
            # org:purpose is stated as well so that queries need no sub-property reasoning.
            g.add((holder, ORG.purpose, node))
            if task.new:
                g.add((holder, VNKG.acquiredPurpose, node))
        self.provenance(node, task.spans)

    def statistics(self) -> None:
        if not self.facts.statistics:
            return
        g = self.g
        dataset = dataset_iri(self.stem, self.base)
        g.add((dataset, RDF.type, QB.DataSet))
        g.add((dataset, QB.structure, VNKG.FiguresStructure))
        g.add((dataset, RDFS.label, Literal(f"Số liệu của bài {self.stem}", lang="vi")))
        g.add((dataset, RDFS.label, Literal(f"Figures of report {self.stem}", lang="en")))
        g.add((dataset, PROV.wasDerivedFrom, self.report))
        for n, stat in enumerate(self.facts.statistics, start=1):
            node = observation_iri(self.stem, n, self.base)
            g.add((node, RDF.type, QB.Observation))
            g.add((node, QB.dataSet, dataset))
            g.add((node, VNKG.measure, _vi(stat.measure)))
            unit = self.concept("unit", stat.unit)
            entry = _entry(self.gaz, "units", stat.unit)
            unit_key = entry.key if entry else _segment(stat.unit)
            value = _number(stat.value, unit_key)
            self.add(node, SDMX_MEASURE.obsValue, value)
            self.add(node, SDMX_ATTRIBUTE.unitMeasure, unit)
            for code, table, prop in (
                (stat.qualifier, QUALIFIERS, VNKG.qualifier),
                (stat.direction, DIRECTIONS, VNKG.direction),
                (stat.compared_to, COMPARISONS, VNKG.comparedTo),
            ):
                if code:
                    term = table.get(_code(code))
                    if term is None:
                        log.warning("%s: unknown %s value %r", self.stem, prop.fragment, code)
                    self.add(node, prop, term)
            period = stat.period or {}
            for prop, bound in ((VNKG.periodStart, period.get("start")), (VNKG.periodEnd, period.get("end"))):
                literal = _date_literal(bound)
                g.add((node, prop, literal) if literal is not None else (node, VNKG.notStated, prop))
            if period.get("label"):
                g.add((node, VNKG.periodLabel, _vi(period["label"])))
            if stat.about:
                g.add((node, SCHEMA.about, self.org(stat.about)))
            # Vietnamese writes a decimal comma: '12,35%'.
            value_text = str(value).replace(".", ",") if value is not None else "?"
            unit_text = "%" if unit_key == "percent" else f" {nfc(stat.unit).strip()}"
            g.add((node, RDFS.label, _vi(f"{stat.measure}: {value_text}{unit_text}")))
            self.provenance(node, self.spans_or_quote(stat.spans, stat.quote))
            indicators.annotate(g, node, stat, self.place)


def facts_to_graph(
    facts: ReportFacts,
    *,
    base: str = BASE,
    content_hash: str | None = None,
    gazetteer: Gazetteer | None = None,
    stem: str | None = None,
    resolver: Resolver | None = None,
) -> Graph:
    """Return every triple of one report, for that report's named graph (docs/model.md).

    ``stem`` names the report's IRIs (default: its file name without extension); ``resolver``
    gives the IRIs of persons and units across reports (default: from their names alone).
    """
    return facts_to_triples(facts, base=base, content_hash=content_hash, gazetteer=gazetteer, stem=stem,
                            resolver=resolver).to_graph()


def facts_to_triples(
    facts: ReportFacts,
    *,
    base: str = BASE,
    content_hash: str | None = None,
    gazetteer: Gazetteer | None = None,
    stem: str | None = None,
    resolver: Resolver | None = None,
) -> TripleSet:
    """Return the triples :func:`facts_to_graph` gives, as a :class:`TripleSet` (a build's fast path)."""
    return _Builder(facts, base, content_hash, gazetteer or _gazetteer(), stem, resolver).build()


def vocabulary_graph(gazetteer: Gazetteer | None = None) -> Graph:
    """Return the ontology (ontology/vnkg.ttl) plus one SKOS concept per gazetteer entry."""
    gaz = gazetteer or _gazetteer()
    g = bind_prefixes(Graph())
    g.parse(ONTOLOGY_FILE, format="turtle")
    g.parse(ONTOLOGY_DIR / "indicators.ttl", format="turtle")  # the indicator scheme and its cube
    for scheme, table_name in SCHEMES.items():
        table = gaz.table(table_name)
        scheme_node = VNKGC[scheme]
        for key in sorted(table):
            entry = table[key]
            node = concept_iri(scheme, entry.key)
            g.add((node, RDF.type, SKOS.Concept))
            if scheme == "task":
                g.add((node, RDF.type, VNKG.Task))
            g.add((node, SKOS.inScheme, scheme_node))
            g.add((node, SKOS.prefLabel, _vi(entry.vi)))
            g.add((node, RDFS.label, _vi(entry.vi)))
            if entry.en:
                g.add((node, SKOS.prefLabel, _en(entry.en)))
                g.add((node, RDFS.label, _en(entry.en)))
            for alias in entry.aliases:
                g.add((node, SKOS.altLabel, _vi(alias)))
            if entry.broader and entry.broader in table:
                g.add((node, SKOS.broader, concept_iri(scheme, entry.broader)))
                g.add((concept_iri(scheme, entry.broader), SKOS.narrower, node))
            else:
                g.add((node, SKOS.topConceptOf, scheme_node))
                g.add((scheme_node, SKOS.hasTopConcept, node))
    return g
