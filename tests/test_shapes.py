"""SHACL shapes and graph/validate.py: a valid build passes, and each broken rule is named."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdf_sample import sample_facts
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef

from graph.rdf import (
    BASE,
    OA,
    ONTOLOGY_GRAPH,
    ORG,
    PROV,
    QB,
    SCHEMA,
    SDMX_ATTRIBUTE,
    SDMX_MEASURE,
    SHAPES_FILE,
    VNKG,
    VNKGC,
    event_iri,
    facts_to_graph,
    org_iri,
    person_iri,
    place_iri,
    post_iri,
    report_graph_iri,
    report_iri,
    vocabulary_graph,
)
from graph.validate import Violation, describe, validate

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain: pytest trips over rdflib's closed one
STEM = "haiphong-review-2026-04-10"
REPORT = report_iri(STEM)
PERSON = person_iri("Phạm Quốc Hoà")
POLICE = org_iri("Công an TP Hải Phòng")
PLACE = place_iri("Hải Phòng")
POST = post_iri("Công an TP Hải Phòng", "Giám đốc")
MEMBERSHIP = URIRef(f"{BASE}membership/pham-quoc-hoa/cong-an-thanh-pho-hai-phong/giam-doc")
EVENT = event_iri(STEM, "quarter-review")
WATER = URIRef(f"{BASE}task/bao-ve-nguon-nuoc-sinh-hoat")
OBSERVATION = URIRef(f"{BASE}observation/{STEM}/1")


@pytest.fixture(scope="module")
def valid() -> Graph:
    return facts_to_graph(sample_facts())


def first_annotation(g: Graph, body: URIRef = PERSON) -> URIRef:
    return sorted(g.subjects(OA.hasBody, body))[0]


def selector_of(g: Graph, kind: URIRef, body: URIRef = PERSON) -> URIRef:
    target = g.value(first_annotation(g, body), OA.hasTarget)
    return next(s for s in g.objects(target, OA.hasSelector) if (s, RDF.type, kind) in g)


def drop(node: URIRef | Callable[[Graph], URIRef], prop: URIRef, value=None) -> Callable[[Graph], None]:
    """Return a change that removes ``node prop value`` (any value when None)."""

    def change(g: Graph) -> None:
        subject = node(g) if callable(node) else node
        assert (subject, prop, value) in g, (subject, prop, value)
        g.remove((subject, prop, value))

    return change


def put(node: URIRef | Callable[[Graph], URIRef], prop: URIRef, value, replace: bool = True) -> Callable:
    """Return a change that sets (or, with ``replace=False``, adds) ``node prop value``."""

    def change(g: Graph) -> None:
        subject = node(g) if callable(node) else node
        if replace:
            g.remove((subject, prop, None))
        g.add((subject, prop, value))

    return change


def annotation(g: Graph) -> URIRef:
    return first_annotation(g)


def position(g: Graph) -> URIRef:
    return selector_of(g, OA.TextPositionSelector)


def quote(g: Graph) -> URIRef:
    return selector_of(g, OA.TextQuoteSelector)


def target(g: Graph) -> URIRef:
    return g.value(first_annotation(g), OA.hasTarget)


def unhook(kind: URIRef) -> Callable[[Graph], None]:
    """Return a change that detaches the annotation's selector of ``kind`` from its target."""

    def change(g: Graph) -> None:
        g.remove((target(g), OA.hasSelector, selector_of(g, kind)))

    return change


def vi_label_to_en(node: URIRef) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        for label in [o for o in g.objects(node, RDFS.label) if o.language == "vi"]:
            g.remove((node, RDFS.label, label))
            g.add((node, RDFS.label, Literal(str(label), lang="en")))

    return change


def nonneg(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


# (case id, change, focus, kind, words the message must contain)
CASES = [
    ("report-headline", drop(REPORT, SCHEMA.headline), REPORT, "Report", "has no headline (schema:headline)"),
    ("report-date", drop(REPORT, SCHEMA.datePublished), REPORT, "Report", "has no publication date"),
    (
        "report-date-type",
        put(REPORT, SCHEMA.datePublished, Literal("hôm qua")),
        REPORT,
        "Report",
        "not a date",
    ),
    ("report-text", drop(REPORT, SCHEMA.text), REPORT, "Report", "original text"),
    ("person-label", vi_label_to_en(PERSON), PERSON, "Person", "has no Vietnamese name"),
    ("person-provenance", drop(PERSON, PROV.wasDerivedFrom), PERSON, "Person", "has no provenance"),
    (
        "person-provenance-not-a-report",
        put(PERSON, PROV.wasDerivedFrom, URIRef("http://example.org/somewhere")),
        PERSON,
        "Person",
        "no source report",
    ),
    ("org-label", vi_label_to_en(POLICE), POLICE, "Organisation", "has no Vietnamese name"),
    ("org-provenance", drop(POLICE, PROV.wasDerivedFrom), POLICE, "Organisation", "has no provenance"),
    ("place-provenance", drop(PLACE, PROV.wasDerivedFrom), PLACE, "Place", "has no provenance"),
    ("post-role", drop(POST, ORG.role), POST, "Post", "has no role (org:role)"),
    (
        "post-two-roles",
        put(POST, ORG.role, VNKGC["role/chu-tich"], False),
        POST,
        "Post",
        "more than one role",
    ),
    ("post-org", drop(POST, ORG.postIn), POST, "Post", "has no organisation (org:postIn)"),
    (
        "post-two-orgs",
        put(POST, ORG.postIn, org_iri("Công an tỉnh Khác"), False),
        POST,
        "Post",
        "more than one organisation",
    ),
    ("post-provenance", drop(POST, PROV.wasDerivedFrom), POST, "Post", "has no provenance"),
    ("membership-member", drop(MEMBERSHIP, ORG.member), MEMBERSHIP, "Membership", "one person (org:member)"),
    (
        "membership-org",
        drop(MEMBERSHIP, ORG.organization),
        MEMBERSHIP,
        "Membership",
        "one organisation (org:organization)",
    ),
    ("membership-role", drop(MEMBERSHIP, ORG.role), MEMBERSHIP, "Membership", "one role (org:role)"),
    ("membership-provenance", drop(MEMBERSHIP, PROV.wasDerivedFrom), MEMBERSHIP, "Membership", "provenance"),
    ("event-name", drop(EVENT, SCHEMA.name), EVENT, "Event", "has no name (schema:name)"),
    (
        "event-date",
        put(EVENT, SCHEMA.startDate, Literal("9-4")),
        EVENT,
        "Event",
        "start date that is not a date",
    ),
    ("event-provenance", drop(EVENT, PROV.wasDerivedFrom), EVENT, "Event", "has no provenance"),
    ("task-provenance", drop(WATER, PROV.wasDerivedFrom), WATER, "Task", "has no provenance"),
    (
        "observation-value",
        drop(OBSERVATION, SDMX_MEASURE.obsValue),
        OBSERVATION,
        "Observation",
        "exactly one value",
    ),
    (
        "observation-value-not-a-number",
        put(OBSERVATION, SDMX_MEASURE.obsValue, Literal("mười hai")),
        OBSERVATION,
        "Observation",
        "not a number",
    ),
    (
        "observation-unit",
        drop(OBSERVATION, SDMX_ATTRIBUTE.unitMeasure),
        OBSERVATION,
        "Observation",
        "exactly one unit",
    ),
    ("observation-start", drop(OBSERVATION, VNKG.periodStart), OBSERVATION, "Observation", "no period start"),
    ("observation-end", drop(OBSERVATION, VNKG.periodEnd), OBSERVATION, "Observation", "no period end"),
    (
        "observation-period-order",
        put(OBSERVATION, VNKG.periodEnd, Literal("2025-12-31", datatype=XSD.date)),
        OBSERVATION,
        "Observation",
        "ends before it starts",
    ),
    ("observation-dataset", drop(OBSERVATION, QB.dataSet), OBSERVATION, "Observation", "no data set"),
    ("observation-measure", drop(OBSERVATION, VNKG.measure), OBSERVATION, "Observation", "what it measures"),
    (
        "observation-provenance",
        drop(OBSERVATION, PROV.wasDerivedFrom),
        OBSERVATION,
        "Observation",
        "has no provenance",
    ),
    ("annotation-body", drop(annotation, OA.hasBody), annotation, "Annotation", "annotates nothing"),
    ("annotation-target", drop(annotation, OA.hasTarget), annotation, "Annotation", "one passage"),
    (
        "annotation-source",
        drop(target, OA.hasSource),
        annotation,
        "Annotation",
        "does not point into a report",
    ),
    (
        "annotation-quote-selector",
        unhook(OA.TextQuoteSelector),
        annotation,
        "Annotation",
        "has no text quote selector",
    ),
    (
        "annotation-position-selector",
        unhook(OA.TextPositionSelector),
        annotation,
        "Annotation",
        "has no text position selector",
    ),
    ("annotation-sentence", drop(annotation, VNKG.sentence), annotation, "Annotation", "its sentence"),
    ("annotation-run", drop(annotation, PROV.wasGeneratedBy), annotation, "Annotation", "extraction run"),
    ("quote-exact", drop(quote, OA.exact), quote, "Text quote selector", "non-empty passage (oa:exact)"),
    ("position-start", drop(position, OA.start), position, "Text position selector", "start offset"),
    (
        "position-start-not-a-number",
        put(position, OA.start, Literal("đầu câu")),
        position,
        "Text position selector",
        "whole number",
    ),
    ("position-end", drop(position, OA.end), position, "Text position selector", "end offset"),
    (
        "position-order",
        lambda g: (put(position, OA.end, nonneg(2))(g), put(position, OA.start, nonneg(5))(g)),
        position,
        "Text position selector",
        "starts at or after its end",
    ),
    (
        "position-does-not-match-quote",
        lambda g: put(position, OA.start, nonneg(int(g.value(position(g), OA.start)) + 1))(g),
        position,
        "Text position selector",
        "does not match its quote",
    ),
]


# What real input may lack is a warning, not a violation: such a report still builds (issue 14).
WARNINGS = {"report-headline", "report-date", "observation-start", "observation-end"}


def test_a_valid_build_passes(valid: Graph):
    assert validate(valid) == []


def vocabulary_dataset(valid: Graph) -> tuple[Dataset, Graph]:
    """Return a dataset of the vocabulary's graph and the report's graph, and the report's graph."""
    dataset = Dataset()
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    for triple in vocabulary_graph():
        ontology.add(triple)
    report = dataset.graph(report_graph_iri(STEM))
    for triple in valid:
        report.add(triple)
    return dataset, report


def test_a_dataset_with_the_vocabulary_passes(valid: Graph):
    dataset, _ = vocabulary_dataset(valid)
    assert validate(dataset) == []


def test_shapes_can_be_given_as_a_path(valid: Graph):
    broken = Graph() + valid
    broken.remove((POST, ORG.postIn, None))
    assert [v.focus for v in validate(broken, SHAPES_FILE)] == [str(POST)]


@pytest.mark.parametrize(
    ("case", "change", "focus", "kind", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_each_broken_rule_is_reported(valid: Graph, case, change, focus, kind, words):
    broken = Graph() + valid
    focus_node = focus(broken) if callable(focus) else focus  # before the change: it may unhook the node
    change(broken)
    violations = validate(broken)
    matching = [v for v in violations if v.focus == str(focus_node) and words in v.message]
    assert matching, "\n".join(describe(v) for v in violations) or "no violation at all"
    assert all(v.kind == kind for v in matching)
    expected = "Warning" if case in WARNINGS else "Violation"
    assert all(v.severity == expected for v in matching)


@pytest.mark.parametrize(
    ("literal", "ok"),
    [
        (Literal("2017", datatype=XSD.gYear), True),
        (Literal("2017-02", datatype=XSD.gYearMonth), True),
        (Literal("2017-02-05", datatype=XSD.date), True),
        (Literal("tháng 2", lang="vi"), False),
    ],
)
def test_a_publication_date_may_be_known_to_the_year_or_month(valid: Graph, literal: Literal, ok: bool):
    changed = Graph() + valid
    put(REPORT, SCHEMA.datePublished, literal)(changed)
    assert (validate(changed) == []) is ok


def test_describe_speaks_plain_words(valid: Graph):
    broken = Graph() + valid
    broken.remove((POST, ORG.postIn, None))
    (violation,) = validate(broken)
    assert violation.path == "org:postIn"
    assert describe(violation) == f"Post <{POST}> has no organisation (org:postIn)"


def test_describe_marks_warnings():
    warning = Violation(
        focus="http://example.org/x", path=None, message="looks odd", severity="Warning", kind="Post"
    )
    assert describe(warning) == "Warning: Post <http://example.org/x> looks odd"


def test_sequence_paths_are_written_out(valid: Graph):
    broken = Graph() + valid
    unhook(OA.TextQuoteSelector)(broken)
    paths = {v.path for v in validate(broken) if v.kind == "Annotation"}
    assert paths == {"oa:hasTarget/oa:hasSelector"}
