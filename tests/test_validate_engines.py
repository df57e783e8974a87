"""The compiled checks (graph/validate.py) and pyshacl find the same violations, on every broken graph."""

from __future__ import annotations

import pytest
from rdf_sample import sample_facts
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from test_shapes import (
    CASES,
    EVENT,
    OBSERVATION,
    PERSON,
    POLICE,
    POST,
    REPORT,
    position,
    put,
    vocabulary_dataset,
)

from graph.rdf import (
    OA,
    ORG,
    PROV,
    SCHEMA,
    SDMX_MEASURE,
    SHAPES_FILE,
    VNKG,
    facts_to_graph,
)
from graph.validate import Unsupported, compile_shapes, load_shapes, validate

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
EX = Namespace("http://example.org/")


@pytest.fixture(scope="module")
def valid() -> Graph:
    return facts_to_graph(sample_facts())


def agree(graph: Graph) -> list:
    """Validate with both engines, insist they give the same violations and return them."""
    compiled = validate(graph, engine="compiled")
    reference = validate(graph, engine="pyshacl")
    assert compiled == reference
    return compiled


def test_the_shapes_compile():
    compiled = compile_shapes(load_shapes())
    assert sum(len(check.properties) for check in compiled.checks) == 44  # every property shape


def test_a_valid_build(valid: Graph):
    assert agree(valid) == []


@pytest.mark.parametrize(("case", "change", "focus", "kind", "words"), CASES, ids=[c[0] for c in CASES])
def test_each_broken_rule(valid: Graph, case, change, focus, kind, words):
    broken = Graph() + valid
    change(broken)
    assert agree(broken), case


# Values at the edges of what each constraint accepts: the two must read them alike.
EDGES = {
    "date-ill-typed": put(REPORT, SCHEMA.datePublished, Literal("2017-13-45", datatype=XSD.date)),
    "date-time": put(REPORT, SCHEMA.datePublished, Literal("2017-02-05T08:00:00", datatype=XSD.dateTime)),
    "date-a-string": put(REPORT, SCHEMA.datePublished, Literal("2017-02-05", datatype=XSD.string)),
    "date-an-iri": put(REPORT, SCHEMA.datePublished, EX.someday),
    "two-dates": put(REPORT, SCHEMA.datePublished, Literal("2017", datatype=XSD.gYear), replace=False),
    "two-texts": put(REPORT, SCHEMA.text, Literal("Một văn bản khác."), replace=False),
    "label-vi-vn": put(PERSON, RDFS.label, Literal("Phạm Quốc Hoà", lang="vi-VN")),
    "label-plain": put(PERSON, RDFS.label, Literal("Phạm Quốc Hoà")),
    "label-and-en": put(PERSON, RDFS.label, Literal("Pham Quoc Hoa", lang="en"), replace=False),
    "provenance-a-literal": put(POLICE, PROV.wasDerivedFrom, Literal("báo")),
    "provenance-two": put(POST, PROV.wasDerivedFrom, EX.elsewhere, replace=False),
    "role-a-literal": put(POST, ORG.role, Literal("Giám đốc")),
    "event-date-time": put(EVENT, SCHEMA.startDate, Literal("2026-04-09T10:00:00", datatype=XSD.dateTime)),
    "value-double": put(OBSERVATION, SDMX_MEASURE.obsValue, Literal(12.0, datatype=XSD.double)),
    "value-ill-typed": put(OBSERVATION, SDMX_MEASURE.obsValue, Literal("12,5", datatype=XSD.decimal)),
    "value-integer": put(OBSERVATION, SDMX_MEASURE.obsValue, Literal(12)),
    "unit-a-literal": put(OBSERVATION, URIRef("http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure"),
                          Literal("vụ")),
    "period-end-a-string": put(OBSERVATION, VNKG.periodEnd, Literal("2026-12-31")),
    "period-start-ill-typed": put(OBSERVATION, VNKG.periodStart, Literal("2026-02-30", datatype=XSD.date)),
    "period-two-ends": put(OBSERVATION, VNKG.periodEnd, Literal("2027-01-01", datatype=XSD.date), replace=False),
    "position-negative": lambda g: put(position, OA.start, Literal(-1))(g),
    "position-decimal": lambda g: put(position, OA.start, Literal("3.0", datatype=XSD.decimal))(g),
    "position-string": lambda g: put(position, OA.start, Literal("3", datatype=XSD.string))(g),
    "position-equal": lambda g: put(position, OA.start, g.value(position(g), OA.end))(g),
    "position-two-starts": lambda g: put(position, OA.start, Literal(0), replace=False)(g),
    "quote-empty": lambda g: [g.set((q, OA.exact, Literal(""))) for q in g.subjects(RDF.type, OA.TextQuoteSelector)],
    "task-a-literal": put(POLICE, ORG.purpose, Literal("giữ gìn trật tự"), replace=False),
}


@pytest.mark.parametrize("change", EDGES.values(), ids=list(EDGES))
def test_edge_values(valid: Graph, change):
    changed = Graph() + valid
    change(changed)
    agree(changed)


def test_a_subclass_is_targeted_and_counts_as_its_class(valid: Graph):
    changed = Graph() + valid
    changed.add((EX.Unit, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Organization")))
    changed.add((EX.Bureau, RDFS.subClassOf, EX.Unit))
    changed.add((EX.unit, RDF.type, EX.Bureau))  # no label, no provenance
    changed.add((EX.Report, RDFS.subClassOf, SCHEMA.NewsArticle))
    changed.add((EX.other, RDF.type, EX.Report))
    changed.add((PERSON, PROV.wasDerivedFrom, EX.other))
    found = agree(changed)
    assert {v.focus for v in found} >= {str(EX.unit), str(EX.other)}


def test_a_dataset_with_the_vocabulary(valid: Graph):
    dataset, report = vocabulary_dataset(valid)
    report.remove((POST, ORG.postIn, None))
    assert [v.focus for v in agree(dataset)] == [str(POST)]


def test_shapes_given_as_a_graph_or_a_path(valid: Graph):
    broken = Graph() + valid
    broken.remove((POST, ORG.postIn, None))
    expected = validate(broken, engine="pyshacl")
    assert validate(broken, SHAPES_FILE, engine="compiled") == expected
    assert validate(broken, Graph().parse(SHAPES_FILE), engine="compiled") == expected


def test_shapes_the_checks_do_not_cover_go_to_pyshacl(valid: Graph):
    shapes = Graph().parse(SHAPES_FILE)
    shapes.add((URIRef("https://w3id.org/vnkg/shapes#Event-name"), URIRef("http://www.w3.org/ns/shacl#pattern"),
                Literal("^Họp")))
    with pytest.raises(Unsupported):
        compile_shapes(shapes)
    with pytest.raises(Unsupported):
        validate(valid, shapes, engine="compiled")
    found = validate(valid, shapes)  # auto: pyshacl
    assert found and {v.kind for v in found} == {"Event"}  # no event name starts with 'Họp'
    assert found == validate(valid, shapes, engine="pyshacl")


def test_what_pyshacl_refuses_is_refused_alike(valid: Graph):
    """A blank node where offsets are compared: pyshacl fails, and so does the default engine."""
    changed = Graph() + valid
    put(position, OA.start, BNode())(changed)
    with pytest.raises(Exception) as reference:
        validate(changed, engine="pyshacl")
    with pytest.raises(Exception) as auto:
        validate(changed)
    assert type(auto.value) is type(reference.value)


def test_an_unknown_engine_is_refused(valid: Graph):
    with pytest.raises(ValueError):
        validate(valid, engine="fast")


def test_the_same_reversed_offsets_on_two_selectors_are_each_reported(valid: Graph):
    # The compiled checks answer each (start, end) pair once: both selectors must still be found.
    changed = Graph() + valid
    selectors = sorted(changed.subjects(RDF.type, OA.TextPositionSelector))[:2]
    for node in selectors:
        changed.set((node, OA.start, Literal(9, datatype=XSD.nonNegativeInteger)))
        changed.set((node, OA.end, Literal(4, datatype=XSD.nonNegativeInteger)))
    found = agree(changed)
    assert {str(node) for node in selectors} <= {v.focus for v in found if v.path == "oa:start"}


def test_whole_number_pairs_compare_as_rdflib_orders_them():
    from itertools import product

    from graph.validate import _compare_pair, _compare_whole_numbers

    kinds = (XSD.integer, XSD.nonNegativeInteger, XSD.int, XSD.decimal, XSD.double, None)
    values = [Literal(text, datatype=kind) for text in ("0", "4", "9", "-1", "x") for kind in kinds]
    values += [Literal(True), Literal("4", lang="vi"), URIRef("http://example.org/4")]
    quick = 0
    for left, right, or_equal in product(values, values, (False, True)):
        found = _compare_whole_numbers(left, right, or_equal)
        if found is not None:
            quick += 1
            assert found == _compare_pair(left, right, or_equal), (left, right, or_equal)
    assert quick > 50
