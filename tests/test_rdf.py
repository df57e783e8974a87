"""facts → RDF (graph/rdf.py), on a report whose facts are built by hand."""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdf_sample import TEXT, sample_facts
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from graph.facts import (
    Article,
    Event,
    Organization,
    Participant,
    Person,
    Place,
    Position,
    ReportFacts,
    Span,
    Statistic,
    Task,
)
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
    SKOS,
    TIME,
    VNKG,
    VNKGC,
    TripleSet,
    concept_iri,
    dataset_iri,
    event_iri,
    facts_to_graph,
    org_iri,
    person_iri,
    place_iri,
    post_iri,
    report_graph_iri,
    report_iri,
    report_stem,
    text_literal,
    vocabulary_graph,
)
from graph.text import sentences
from graph.validate import validate

STEM = "haiphong-review-2026-04-10"
REPORT = report_iri(STEM)
# A plain namespace: pytest trips over rdflib's closed XSD namespace while collecting.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
POLICE = org_iri("Công an TP Hải Phòng")
PERSON = person_iri("Phạm Quốc Hoà")


@pytest.fixture(scope="module")
def g() -> Graph:
    return facts_to_graph(sample_facts())


def labels(graph: Graph, node: URIRef, prop: URIRef = RDFS.label) -> set[tuple[str, str | None]]:
    return {(str(o), o.language) for o in graph.objects(node, prop)}


def annotations_of(graph: Graph, body: URIRef) -> list[URIRef]:
    return sorted(graph.subjects(OA.hasBody, body))


def selector(graph: Graph, annotation: URIRef, kind: URIRef) -> URIRef:
    target = graph.value(annotation, OA.hasTarget)
    (found,) = [s for s in graph.objects(target, OA.hasSelector) if (s, RDF.type, kind) in graph]
    return found


def quoted(graph: Graph, annotation: URIRef) -> tuple[int, int, str]:
    position = selector(graph, annotation, OA.TextPositionSelector)
    quote = selector(graph, annotation, OA.TextQuoteSelector)
    return (
        graph.value(position, OA.start).toPython(),
        graph.value(position, OA.end).toPython(),
        str(graph.value(quote, OA.exact)),
    )


def test_iris_follow_the_model():
    assert report_stem("data/reports/x-2025-01-02.txt") == "x-2025-01-02"
    assert report_graph_iri(STEM) == URIRef(f"{BASE}graph/{STEM}")
    assert report_iri(STEM) == URIRef(f"{BASE}report/{STEM}")
    assert person_iri("Phạm Quốc Hoà") == URIRef(f"{BASE}person/pham-quoc-hoa")
    assert org_iri("Công an TP Hải Phòng") == URIRef(f"{BASE}org/cong-an-thanh-pho-hai-phong")
    assert post_iri("Công an TP Hải Phòng", "Giám đốc") == URIRef(
        f"{BASE}post/cong-an-thanh-pho-hai-phong/giam-doc"
    )
    assert concept_iri("rank", "dai-ta") == VNKGC["rank/dai-ta"]
    assert event_iri(STEM, "quarter-review") == URIRef(f"{BASE}event/{STEM}/quarter-review")


def test_tone_variants_share_one_iri():
    assert person_iri("Phạm Quốc Hoà") == person_iri("Phạm Quốc Hòa") == person_iri("PHẠM QUỐC HOÀ")
    assert person_iri("Lê Thị Thuỷ") == person_iri("Lê Thị Thủy")


def test_abbreviated_and_written_out_organisation_names_share_one_iri():
    assert org_iri("Công an TP Hải Phòng") == org_iri("Công an thành phố Hải Phòng")
    assert org_iri("UBND TP Hải Phòng") == org_iri("Ủy ban nhân dân thành phố Hải Phòng")
    assert place_iri("TP Hải Phòng") == place_iri("Hải Phòng") == place_iri("thành phố Hải Phòng")


def test_report_node(g: Graph):
    assert (REPORT, RDF.type, SCHEMA.NewsArticle) in g
    assert (REPORT, RDF.type, PROV.Entity) in g
    headline = g.value(REPORT, SCHEMA.headline)
    assert headline.language == "vi" and str(headline).startswith("Công an TP Hải Phòng tổng kết")
    published = g.value(REPORT, SCHEMA.datePublished)
    assert published.datatype == XSD.dateTime and str(published) == "2026-04-10T08:30:00+07:00"
    assert str(g.value(REPORT, SCHEMA.text)) == TEXT
    assert str(g.value(REPORT, VNKG.sourceFile)) == "haiphong-review-2026-04-10.txt"
    assert str(g.value(REPORT, VNKG.contentHash)) == hashlib.sha256(TEXT.encode()).hexdigest()
    run = g.value(None, PROV.used, REPORT)
    assert (run, RDF.type, PROV.Activity) in g
    assert (run, PROV.wasAssociatedWith, VNKG.software) in g


def test_person_with_rank_labels_and_variants(g: Graph):
    persons = set(g.subjects(RDF.type, SCHEMA.Person))
    # The participant is written 'Hòa', the person 'Hoà': one person, not two.
    assert persons == {PERSON}
    assert labels(g, PERSON) == {("Phạm Quốc Hoà", "vi")}
    assert labels(g, PERSON, SKOS.altLabel) == {("Phạm Quốc Hòa", "vi")}
    assert g.value(PERSON, VNKG.rank) == VNKGC["rank/dai-ta"]
    assert (PERSON, PROV.wasDerivedFrom, REPORT) in g


def test_post_role_unit_and_membership(g: Graph):
    post = post_iri("Công an TP Hải Phòng", "Giám đốc")
    assert (PERSON, ORG.holds, post) in g
    assert (post, RDF.type, ORG.Post) in g
    assert list(g.objects(post, ORG.postIn)) == [POLICE]
    assert list(g.objects(post, ORG.role)) == [VNKGC["role/giam-doc"]]
    assert ("Giám đốc Công an TP Hải Phòng", "vi") in labels(g, post)
    assert ("Director, Hai Phong City Police", "en") in labels(g, post)
    membership = URIRef(f"{BASE}membership/pham-quoc-hoa/cong-an-thanh-pho-hai-phong/giam-doc")
    assert (membership, RDF.type, ORG.Membership) in g
    assert g.value(membership, ORG.member) == PERSON
    assert g.value(membership, ORG.organization) == POLICE
    interval = g.value(membership, ORG.memberDuring)
    assert (interval, RDF.type, TIME.Interval) in g
    day = g.value(g.value(interval, TIME.hasBeginning), TIME.inXSDDate)
    assert day == Literal("2026-04-10", datatype=XSD.date)


def test_role_outside_the_gazetteer_becomes_a_concept_of_the_report(g: Graph):
    post = post_iri("Công an TP Hải Phòng", "Chánh thanh tra kiêm nhiệm")
    role = g.value(post, ORG.role)
    assert role == URIRef(f"{BASE}role/chanh-thanh-tra-kiem-nhiem")
    assert (role, RDF.type, SKOS.Concept) in g
    assert (role, SKOS.inScheme, VNKGC.role) in g
    assert labels(g, role, SKOS.prefLabel) == {("Chánh thanh tra kiêm nhiệm", "vi")}


def test_organisation(g: Graph):
    organisations = set(g.subjects(RDF.type, ORG.Organization))
    assert organisations == {POLICE}  # the written-out form and the alias resolve to it
    assert labels(g, POLICE) == {("Công an TP Hải Phòng", "vi"), ("Hai Phong City Police", "en")}
    assert ("Công an thành phố Hải Phòng", "vi") in labels(g, POLICE, SKOS.altLabel)
    assert g.value(POLICE, ORG.classification) == VNKGC["unit-kind/police"]
    place = place_iri("Hải Phòng")
    assert g.value(POLICE, SCHEMA.location) == place
    assert (place, RDF.type, SCHEMA.City) in g


def test_tasks(g: Graph):
    licences = VNKGC["task/cap-giay-phep-lai-xe"]  # 'cấp GPLX' found through its expansion
    water = URIRef(f"{BASE}task/bao-ve-nguon-nuoc-sinh-hoat")
    for task in (licences, water):
        assert (POLICE, ORG.purpose, task) in g
        assert (POLICE, VNKG.acquiredPurpose, task) in g
        assert (task, PROV.wasDerivedFrom, REPORT) in g
    assert (water, RDF.type, VNKG.Task) in g
    assert ("protecting drinking water sources", "en") in labels(g, water, SKOS.prefLabel)
    # Gazetteer concepts are described in the ontology graph only.
    assert g.value(licences, SKOS.prefLabel) is None


def test_events(g: Graph):
    review = event_iri(STEM, "quarter-review")
    opening = event_iri(STEM, "opening")
    assert str(g.value(review, SCHEMA.name)) == "hội nghị tổng kết công tác quý I năm 2026"
    assert g.value(review, SCHEMA.startDate) == Literal("2026-04-09", datatype=XSD.date)
    assert g.value(review, SCHEMA.organizer) == POLICE
    assert g.value(review, SCHEMA.attendee) == PERSON
    participation = g.value(review, VNKG.participation)
    assert g.value(participation, VNKG.participant) == PERSON
    assert g.value(participation, VNKG.roleName) == Literal("chủ trì", lang="vi")
    assert (opening, SCHEMA.superEvent, review) in g
    assert (review, SCHEMA.subEvent, opening) in g
    assert g.value(opening, SCHEMA.agent) == PERSON


def test_event_aliases_are_alternative_labels():
    facts = sample_facts()
    facts.events[0].aliases = ["hội nghị tổng kết công tác quý I năm 2026 của Công an TP Hải Phòng"]
    graph = facts_to_graph(facts)
    review = event_iri(STEM, "quarter-review")
    assert labels(graph, review, SKOS.altLabel) == {("hội nghị tổng kết công tác quý I năm 2026 của Công an TP Hải Phòng", "vi")}


def test_observations_have_typed_values(g: Graph):
    dataset = dataset_iri(STEM)
    observations = sorted(g.subjects(RDF.type, QB.Observation))
    assert len(observations) == 2
    first, second = observations
    assert (first, QB.dataSet, dataset) in g and (dataset, RDF.type, QB.DataSet) in g
    value = g.value(first, SDMX_MEASURE.obsValue)
    assert value.datatype == XSD.decimal and value.toPython() == Decimal("12.5")
    assert g.value(first, SDMX_ATTRIBUTE.unitMeasure) == VNKGC["unit/percent"]
    assert g.value(first, VNKG.direction) == VNKG.Decrease
    assert g.value(first, VNKG.comparedTo) == VNKG.SamePeriodLastYear
    assert g.value(first, VNKG.periodStart) == Literal("2026-01-01", datatype=XSD.date)
    assert g.value(first, VNKG.periodEnd) == Literal("2026-03-31", datatype=XSD.date)
    assert g.value(first, VNKG.periodLabel) == Literal("quý I năm 2026", lang="vi")
    assert g.value(first, SCHEMA.about) == POLICE
    assert g.value(first, VNKG.measure) == Literal("số vụ trộm cắp tài sản", lang="vi")
    count = g.value(second, SDMX_MEASURE.obsValue)
    assert count.datatype == XSD.integer and count.toPython() == 3200
    assert g.value(second, SDMX_ATTRIBUTE.unitMeasure) == VNKGC["unit/truong-hop"]
    assert g.value(second, VNKG.qualifier) == VNKG.MoreThan
    # the label states the value with a decimal comma, not another field
    assert g.value(first, RDFS.label) == Literal("số vụ trộm cắp tài sản: 12,5%", lang="vi")


def test_a_figure_without_a_period_says_so_and_invents_none():
    facts = sample_facts()
    facts.statistics[0].period = None
    graph = facts_to_graph(facts)
    node = sorted(graph.subjects(RDF.type, QB.Observation))[0]
    assert graph.value(node, VNKG.periodStart) is None
    assert set(graph.objects(node, VNKG.notStated)) == {VNKG.periodStart, VNKG.periodEnd}
    assert str(graph.value(node, RDFS.label)).endswith("12,5%")


def test_every_annotation_points_at_its_passage(g: Graph):
    annotations = list(g.subjects(RDF.type, OA.Annotation))
    assert len(annotations) >= 10
    for annotation in annotations:
        start, end, exact = quoted(g, annotation)
        assert 0 <= start < end <= len(TEXT)
        assert TEXT[start:end] == exact
        quote = selector(g, annotation, OA.TextQuoteSelector)
        prefix, suffix = g.value(quote, OA.prefix), g.value(quote, OA.suffix)
        assert prefix is None or TEXT[:start].endswith(str(prefix)) and len(prefix) <= 30
        assert suffix is None or TEXT[end:].startswith(str(suffix)) and len(suffix) <= 30
        sentence = str(g.value(annotation, VNKG.sentence))
        assert exact in sentence and sentence in TEXT
        assert g.value(annotation, PROV.wasGeneratedBy) == g.value(None, PROV.used, REPORT)
        assert g.value(g.value(annotation, OA.hasTarget), OA.hasSource) == REPORT


def test_annotations_of_particular_facts(g: Graph):
    person_quotes = {quoted(g, a)[2] for a in annotations_of(g, PERSON)}
    assert person_quotes == {"Đại tá Phạm Quốc Hoà", "Phạm Quốc Hòa"}
    start, end, exact = quoted(g, annotations_of(g, post_iri("Công an TP Hải Phòng", "Giám đốc"))[0])
    assert exact == "Giám đốc Công an thành phố Hải Phòng"
    assert TEXT.index("Giám đốc Công an thành phố") == start
    (figure,) = annotations_of(g, sorted(g.subjects(RDF.type, QB.Observation))[1])
    # No span, only a quote: the quote is found in the text.
    assert quoted(g, figure)[2] == "hơn 3.200 trường hợp vi phạm"
    sentence = str(g.value(figure, VNKG.sentence))
    assert sentence.startswith("Trong quý,") and sentence.endswith("trường hợp vi phạm.")


def test_every_fact_node_has_provenance(g: Graph):
    kinds = (
        SCHEMA.Person,
        ORG.Organization,
        ORG.Post,
        ORG.Membership,
        SCHEMA.Event,
        QB.Observation,
        SCHEMA.Place,
    )
    for kind in kinds:
        nodes = list(g.subjects(RDF.type, kind))
        assert nodes, kind
        for node in nodes:
            assert (node, PROV.wasDerivedFrom, REPORT) in g, node
    for kind in (ORG.Post, ORG.Membership, SCHEMA.Event, QB.Observation):
        for node in g.subjects(RDF.type, kind):
            if kind == ORG.Post and "chanh-thanh-tra" in str(node):
                continue  # stated without a span in the sample
            if kind == ORG.Membership and "chanh-thanh-tra" in str(node):
                continue
            assert annotations_of(g, node), node


def test_drifted_span_is_found_again_and_missing_one_is_skipped():
    facts = sample_facts()
    needle = "Đại tá Phạm Quốc Hoà"
    facts.persons[0].mentions = [Span(3, 3 + len(needle), needle), Span(0, 5, "không có trong bài")]
    g = facts_to_graph(facts)
    assert [quoted(g, a) for a in annotations_of(g, PERSON)] == [
        (TEXT.index(needle), TEXT.index(needle) + len(needle), needle)
    ]


def test_literals_are_typed_and_tagged(g: Graph):
    for s, p, o in g:
        assert not isinstance(s, BNode) and not isinstance(o, BNode), (s, p, o)
        if p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SCHEMA.name, VNKG.measure, VNKG.sentence):
            assert o.language in ("vi", "en"), (s, p, o)


def test_rebuilding_gives_the_same_triples():
    first, second = facts_to_graph(sample_facts()), facts_to_graph(sample_facts())
    assert set(first) == set(second)
    assert isomorphic(first, second)


def test_base_is_configurable():
    base = "http://example.org/kg/"
    g = facts_to_graph(sample_facts(), base=base)
    assert report_iri(STEM, base) in set(g.subjects(RDF.type, SCHEMA.NewsArticle))
    for node in set(g.subjects()):
        assert str(node).startswith((base, str(VNKG), str(VNKGC))), node


def test_content_hash_can_be_given():
    g = facts_to_graph(sample_facts(), content_hash="abcdef0123456789" * 4)
    assert str(g.value(REPORT, VNKG.contentHash)) == "abcdef0123456789" * 4
    assert URIRef(f"{BASE}run/{STEM}/abcdef012345") in set(g.subjects(RDF.type, PROV.Activity))


def test_published_date_without_time_is_an_xsd_date():
    facts = sample_facts()
    facts.article.published = "2026-04-10"
    g = facts_to_graph(facts)
    assert g.value(REPORT, SCHEMA.datePublished) == Literal("2026-04-10", datatype=XSD.date)


def test_vocabulary_graph_has_the_ontology_and_the_gazetteer_concepts():
    v = vocabulary_graph()
    assert (ONTOLOGY_GRAPH, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")) in v
    rank = VNKGC["rank/thieu-tuong"]
    assert (rank, RDF.type, SKOS.Concept) in v
    assert (rank, SKOS.inScheme, VNKGC.rank) in v
    assert {("Thiếu tướng", "vi"), ("Major General", "en")} <= labels(v, rank, SKOS.prefLabel)
    assert (rank, SKOS.broader, VNKGC["rank/cap-tuong"]) in v
    assert (VNKGC["task/cap-giay-phep-lai-xe"], RDF.type, VNKG.Task) in v
    assert (VNKGC["unit/percent"], SKOS.inScheme, VNKGC.unit) in v
    assert (VNKGC["role/giam-doc"], SKOS.inScheme, VNKGC.role) in v
    assert (VNKGC["unit-kind/police"], SKOS.inScheme, VNKGC["unit-kind"]) in v
    assert not any(isinstance(s, BNode) for s in v.subjects(RDF.type, SKOS.Concept))


def test_incomplete_position_is_skipped():
    facts = sample_facts()
    facts.persons[0].positions.append(Position(title="Phó Giám đốc", organization=" "))
    g = facts_to_graph(facts)
    assert set(g.subjects(RDF.type, ORG.Organization)) == {POLICE}
    assert len(set(g.objects(PERSON, ORG.holds))) == 2


def test_a_post_of_the_state_itself_is_held_in_the_state(caplog):
    facts = sample_facts()
    facts.persons[0].positions.append(Position(title="Chủ tịch nước", organization=None))  # type: ignore[arg-type]
    with caplog.at_level("WARNING", logger="graph.rdf"):
        g = facts_to_graph(facts)
    state = org_iri("Nhà nước")
    assert (state, RDF.type, ORG.Organization) in g
    posts = set(g.objects(PERSON, ORG.holds))
    assert len(posts) == 3 and any((post, ORG.postIn, state) in g for post in posts)
    assert not caplog.records  # nothing left to skip, so nothing to warn about


# -- the seed report's hand annotation, as data ------------------------------------------------

SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed_gold.json"
SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "reports" / "cantho-police-2025-07-18.txt"


def occurrences(text: str, needle: str | None) -> list[Span]:
    if not needle:
        return []
    return [Span(m.start(), m.end(), needle) for m in re.finditer(re.escape(needle), text)]


def gold_facts(gold: dict, text: str) -> ReportFacts:
    """Turn the hand annotation (scorer's shape) into ReportFacts, quotes becoming spans."""
    article = gold["article"]
    period = gold.get("statistics_period")
    return ReportFacts(
        report=gold["report"],
        text=text,
        article=Article(title=article["title"], published=article["published"], file=gold["report"]),
        sentences=sentences(text),
        persons=[
            Person(
                name=p["name"],
                rank=p.get("rank"),
                rank_en=p.get("rank_en"),
                name_variants=p.get("name_variants", []),
                positions=[
                    Position(title=q["title"], organization=q["organization"], title_en=q.get("title_en"))
                    for q in p.get("positions", [])
                ],
                mentions=[s for m in p.get("mentions", []) for s in occurrences(text, m)],
            )
            for p in gold["persons"]
        ],
        organizations=[
            Organization(
                name=o["name"],
                name_en=o.get("name_en"),
                kind=o.get("kind"),
                aliases=o.get("aliases", []),
                part_of=o.get("part_of"),
                mentions=occurrences(text, o["name"]),
            )
            for o in gold["organizations"]
        ],
        places=[
            Place(name=p["name"], name_en=p.get("name_en"), kind=p.get("kind"), aliases=p.get("aliases", []))
            for p in gold["places"]
        ],
        events=[
            Event(
                id=e["id"],
                name=e["name"],
                name_en=e.get("name_en"),
                date=e.get("date"),
                organizer=e.get("organizer"),
                agent=e.get("agent"),
                participants=[Participant(x["person"], x.get("role")) for x in e.get("participants", [])],
                recipients=e.get("recipients", []),
                part_of=e.get("part_of"),
                term=e.get("term", []),
                quote=e.get("quote"),
            )
            for e in gold["events"]
        ],
        tasks=[
            Task(
                name=t["name"],
                name_en=t.get("name_en"),
                expansion=t.get("expansion"),
                new=t.get("new", False),
                holder=t.get("holder"),
                spans=occurrences(text, t["name"])[:1],
            )
            for t in gold["tasks"]
        ],
        statistics=[
            Statistic(
                measure=s["measure"],
                value=s["value"],
                unit=s["unit"],
                qualifier=s.get("qualifier"),
                direction=s.get("direction"),
                compared_to=s.get("compared_to"),
                period=dict(period) if period else None,
                quote=s.get("quote"),
            )
            for s in gold["statistics"]
        ],
    )


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="the shared hand annotation (../shared/eval) is not here")
def test_seed_annotation_builds_a_valid_graph():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = SEED_TEXT.read_text(encoding="utf-8")
    g = facts_to_graph(gold_facts(gold, text))
    assert validate(g) == []
    stem = "cantho-police-2025-07-18"
    director = person_iri("Huỳnh Việt Hòa")  # written 'Hoà' in the report
    assert (director, RDF.type, SCHEMA.Person) in g
    assert g.value(director, VNKG.rank) == VNKGC["rank/thieu-tuong"]
    post = post_iri("Công an thành phố Cần Thơ", "Giám đốc")
    assert (director, ORG.holds, post) in g
    assert g.value(post, ORG.postIn) == org_iri("Công an TP Cần Thơ")
    observations = list(g.subjects(RDF.type, QB.Observation))
    assert len(observations) == len(gold["statistics"])
    for annotation in g.subjects(RDF.type, OA.Annotation):
        start, end, exact = quoted(g, annotation)
        assert text[start:end] == exact
    congress = [e for e in g.subjects(RDF.type, SCHEMA.Event) if str(e).endswith("/party-congress")]
    assert congress == [event_iri(stem, "party-congress")]
    assert g.value(congress[0], VNKG.periodStart) == Literal("2025", datatype=XSD.gYear)


@pytest.mark.parametrize("text, lang", [("Công an huyện Tân Lập", "vi"), ("a \"quoted\"\nline", None),
                                        ("Extraction of r1", "en"), ("", None)])
def test_text_literal_is_rdflib_literal(text: str, lang: str | None) -> None:
    made, expected = text_literal(text, lang), Literal(text, lang=lang)
    assert type(made) is Literal
    assert made == expected and hash(made) == hash(expected)
    assert (made.language, made.datatype, made.value, made.ill_typed) == (
        expected.language, expected.datatype, expected.value, expected.ill_typed)
    assert made.n3() == expected.n3()


def test_text_literal_falls_back_for_other_values() -> None:
    assert text_literal(URIRef("x")) == Literal(URIRef("x"))
    assert text_literal("x", "fr") == Literal("x", lang="fr")


def test_triple_set_patterns_by_subject_and_predicate() -> None:
    s, p, q = URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:q")
    triples = TripleSet([(s, p, Literal("a")), (s, q, Literal("b")), (URIRef("urn:t"), p, Literal("a"))])
    assert list(triples.triples((URIRef("urn:s"), p, None))) == [(s, p, Literal("a"))]
    assert list(triples.triples((s, None, Literal("b")))) == [(s, q, Literal("b"))]
    assert len(list(triples.triples((None, p, Literal("a"))))) == 2
    assert list(triples.triples((URIRef("urn:none"), None, None))) == []
    assert len(list(triples.triples((None, None, Literal("a"))))) == 2
