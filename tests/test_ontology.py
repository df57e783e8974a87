"""The ontology (ontology/vnkg.ttl): metadata, bilingual labels, and every term the builder uses declared."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdf_sample import sample_facts
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from graph import rdf
from graph.rdf import ONTOLOGY_FILE, ONTOLOGY_GRAPH, ORG, SKOS, VNKG, VNKGC, facts_to_graph

ROOT = Path(__file__).resolve().parent.parent
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph().parse(ONTOLOGY_FILE, format="turtle")
    return graph.parse(ONTOLOGY_FILE.parent / "indicators.ttl", format="turtle")  # the indicator scheme


@pytest.fixture(scope="module")
def built() -> Graph:
    return facts_to_graph(sample_facts())


def declared(ontology: Graph) -> set[URIRef]:
    return {s for kind in DECLARATIONS for s in ontology.subjects(RDF.type, kind)}


def languages(graph: Graph, node: URIRef, prop: URIRef = RDFS.label) -> set[str | None]:
    return {o.language for o in graph.objects(node, prop) if isinstance(o, Literal)}


def test_header(ontology: Graph):
    header = ONTOLOGY_GRAPH
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None
    for prop in (DCTERMS.title, DCTERMS.description):
        assert {"vi", "en"} <= languages(ontology, header, prop), prop
    assert isinstance(ontology.value(header, DCTERMS.license), URIRef)
    assert ontology.value(header, DCTERMS.created) is not None
    assert {"vi", "en"} <= languages(ontology, header)


def test_every_class_and_property_has_vi_and_en_labels_and_a_comment(ontology: Graph):
    terms = declared(ontology)
    assert len(terms) > 60
    missing = [
        str(term)
        for term in sorted(terms)
        if not {"vi", "en"} <= languages(ontology, term) or ontology.value(term, RDFS.comment) is None
    ]
    assert missing == []


def test_every_term_has_one_label_per_language(ontology: Graph):
    for term in declared(ontology):
        tags = [o.language for o in ontology.objects(term, RDFS.label)]
        assert sorted(tags) == sorted(set(tags)), term


def test_own_terms(ontology: Graph):
    classes = {VNKG.Task, VNKG.Participation, VNKG.Qualifier, VNKG.Direction, VNKG.ComparisonBasis}
    objects = {
        VNKG.rank,
        VNKG.acquiredPurpose,
        VNKG.qualifier,
        VNKG.direction,
        VNKG.comparedTo,
        VNKG.participation,
        VNKG.participant,
    }
    data = {
        VNKG.measure,
        VNKG.periodStart,
        VNKG.periodEnd,
        VNKG.periodLabel,
        VNKG.roleName,
        VNKG.sentence,
        VNKG.sourceFile,
        VNKG.contentHash,
    }
    for terms, kind in ((classes, OWL.Class), (objects, OWL.ObjectProperty), (data, OWL.DatatypeProperty)):
        for term in terms:
            assert (term, RDF.type, kind) in ontology, term
    assert (VNKG.acquiredPurpose, RDFS.subPropertyOf, ORG.purpose) in ontology
    assert (VNKG.Task, RDFS.subClassOf, SKOS.Concept) in ontology


@pytest.mark.parametrize(
    ("kind", "individuals"),
    [
        ("Qualifier", ["MoreThan", "Nearly", "About", "AtLeast", "AtMost"]),
        ("Direction", ["Increase", "Decrease"]),
        ("ComparisonBasis", ["SamePeriodLastYear", "PreviousPeriod", "PeriodBeforeMerger", "Plan"]),
    ],
)
def test_individuals(ontology: Graph, kind: str, individuals: list[str]):
    for name in individuals:
        node = VNKG[name]
        assert (node, RDF.type, VNKG[kind]) in ontology
        assert {"vi", "en"} <= languages(ontology, node)
        assert ontology.value(node, RDFS.comment) is not None


def test_concept_schemes(ontology: Graph):
    for scheme in ("rank", "role", "unit-kind", "task", "unit"):
        node = VNKGC[scheme]
        assert (node, RDF.type, SKOS.ConceptScheme) in ontology
        assert {"vi", "en"} <= languages(ontology, node)
    assert set(rdf.SCHEMES) == {"rank", "role", "unit-kind", "task", "unit"}


def test_every_vnkg_term_in_the_builder_source_is_declared(ontology: Graph):
    source = (ROOT / "graph" / "rdf.py").read_text(encoding="utf-8")
    names = set(re.findall(r"\bVNKG\.([A-Za-z_]\w*)", source))
    names |= set(re.findall(r"\bVNKG\[\"([^\"]+)\"\]", source))
    assert names >= {"rank", "sentence", "measure"}
    subjects = set(ontology.subjects())
    assert sorted(n for n in names if VNKG[n] not in subjects) == []


def test_every_term_the_builder_writes_is_declared(ontology: Graph, built: Graph):
    subjects = set(ontology.subjects())
    used_vnkg = {t for triple in built for t in triple if isinstance(t, URIRef) and t.startswith(str(VNKG))}
    assert sorted(str(t) for t in used_vnkg - subjects) == []
    # Every property and class the builder writes is described, except rdf:type and rdfs:label.
    predicates = set(built.predicates()) - {RDF.type, RDFS.label}
    classes = set(built.objects(None, RDF.type))
    assert sorted(str(t) for t in (predicates | classes) - declared(ontology)) == []


def test_every_vnkg_term_in_the_model_is_declared(ontology: Graph):
    model = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    names = set(re.findall(r"\bvnkg:([A-Za-z]\w*)", model))
    assert len(names) > 20
    subjects = set(ontology.subjects())
    assert sorted(n for n in names if VNKG[n] not in subjects) == []
