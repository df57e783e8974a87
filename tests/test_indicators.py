"""Indicators: the scheme, the mapping of figures, the cube, the API, the CSV and the page.

``tests/corpus_indicators/reports`` holds six invented reports: traffic accidents in three provinces
(Nghệ An, Thanh Hóa, Hà Tĩnh), each for the first half of 2024 and of 2025.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from graph.build import build
from graph.indicators import TSV, area_of, load_scheme, match, read_table, scheme_turtle
from graph.rdf import ONTOLOGY_DIR, VNKG
from graph.store import open_store
from graph.web import create_app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus_indicators" / "reports"
BASE = "https://w3id.org/vnkg/id/"
PROVINCES = {"Nghệ An", "Thanh Hóa", "Hà Tĩnh"}
CONFLICTING = """Công an tỉnh Nghệ An: số liệu tai nạn giao thông 6 tháng đầu năm 2025 05/07/2025 10:00

Theo Công an tỉnh Nghệ An, trong 6 tháng đầu năm 2025, trên địa bàn tỉnh Nghệ An xảy ra 383 vụ tai nạn giao thông.
"""


# --------------------------------------------------------------------------- the scheme


def test_the_scheme_file_is_generated_from_the_table():
    assert (ONTOLOGY_DIR / "indicators.ttl").read_text(encoding="utf-8") == scheme_turtle(), (
        "ontology/indicators.ttl is stale: python -m graph.indicators > ontology/indicators.ttl")


def test_every_indicator_has_labels_a_unit_and_a_known_broader():
    table = read_table(TSV)
    keys = {i.key for i in table}
    assert len(keys) == len(table) >= 60
    g = Graph().parse(ONTOLOGY_DIR / "indicators.ttl", format="turtle")
    for ind in table:
        node = URIRef(ind.iri)
        assert (node, RDF.type, SKOS.Concept) in g
        assert {lit.language for lit in g.objects(node, SKOS.prefLabel)} == {"vi", "en"}
        assert ind.broader is None or ind.broader in keys, ind.key
        assert ind.percent in ("level", "change")
    for needed in ("crime-social-order", "crime-criminal", "crime-drugs", "crime-economic", "crime-corruption",
                   "crime-hightech", "traffic-accidents", "traffic-deaths", "traffic-injuries", "fires",
                   "violations", "fines", "admin-files-online", "propaganda-sessions", "security-models",
                   "security-teams", "staff", "police-units"):
        assert needed in keys


@pytest.mark.parametrize(("measure", "unit", "direction", "expected", "kind"), [
    ("số vụ tai nạn giao thông", "vụ", None, "traffic-accidents", "level"),
    ("TNGT", "percent", "decrease", "traffic-accidents", "change"),          # abbreviation folded
    ("vụ tai nạn giao thông", "vụ", None, "traffic-accidents", "level"),
    ("người chết do TNGT", "người", None, "traffic-deaths", "level"),
    ("người bị thương do tai nạn giao thông", "người", None, "traffic-injuries", "level"),
    ("Tội phạm xâm phạm trật tự xã hội", "percent", "decrease", "crime-social-order", "change"),
    ("phạm pháp hình sự", "percent", "decrease", "crime-criminal", "change"),
    ("tỷ lệ điều tra, khám phá", "percent", None, "crime-clearance-rate", "level"),
    ("vụ phạm tội về ma túy bị bắt", "vụ", None, "crime-drugs", "level"),
    ("đối tượng phạm tội về ma túy bị bắt", "đối tượng", None, "drug-offenders", "level"),
    ("hồ sơ thủ tục hành chính nộp trực tuyến", "hồ sơ", None, "admin-files-online", "level"),
    ("tiền phạt nộp ngân sách nhà nước", "tỷ đồng", None, "fines", "level"),
    ("buổi tuyên truyền về an toàn giao thông", "buổi", None, "propaganda-sessions", "level"),
    ("mô hình tự quản về an ninh, trật tự", "mô hình", None, "security-models", "level"),
    ("vụ TNGT bình quân mỗi ngày", "vụ/ngày", None, "traffic-accidents", "average"),
    ("vụ cháy", "vụ", None, "fires", "level"),
    ("Số vụ tai nạn giao thông", "vụ", None, "traffic-accidents", "level"),  # tone placement folded
])
def test_measure_phrases_map_to_their_indicator(measure, unit, direction, expected, kind):
    found = match(measure, unit, direction)
    assert found is not None and found.indicator.key == expected, found
    assert found.kind == kind


@pytest.mark.parametrize(("measure", "unit", "direction"), [
    ("chiều cao cô gái", "m", None),                  # nothing fits: unmapped, not forced
    ("triệu đồng", "triệu đồng", None),               # money with no phrase
    ("người thoát chết", "người", None),              # a negative phrase
    ("vụ tai nạn lao động", "vụ", None),              # not a traffic accident
    ("số vụ tai nạn giao thông", "percent", None),    # a share of what is unsaid
])
def test_figures_nothing_fits_stay_unmapped(measure, unit, direction):
    assert match(measure, unit, direction) is None


def test_tone_marks_case_and_normal_forms_fold():
    import unicodedata

    assert match("vụ hoả hoạn", "vụ").indicator.key == "fires"  # old-style tone placement
    assert match("VỤ HỎA HOẠN", "vụ").indicator.key == "fires"
    decomposed = unicodedata.normalize("NFD", "vụ tai nạn giao thông")
    assert match(decomposed, unicodedata.normalize("NFD", "vụ")).indicator.key == "traffic-accidents"
    assert match("vụ vi phạm nồng độ cồn", "vụ").indicator.key == "drink-driving"
    assert match("trường hợp vi phạm TTATGT bị xử lý", "trường hợp").indicator.key == "traffic-violations"


def test_area_comes_from_the_reporting_unit_and_old_provinces_stay():
    assert area_of("Công an tỉnh Nghệ An").vi == "Nghệ An"
    assert area_of("Công an TP Cần Thơ").vi == "Cần Thơ"
    old = area_of("Công an tỉnh Quảng Bình")
    assert old is not None and old.vi == "Quảng Bình" and old.kind.startswith("former")
    assert old.broader  # the unit it joined in 2025
    assert area_of("Bộ Công an") is None


def test_scheme_ancestors():
    scheme = load_scheme()
    assert scheme.ancestors("traffic-deaths") == ["traffic-accidents", "traffic"]


# --------------------------------------------------------------------------- the cube, the API


@pytest.fixture(scope="module")
def store():
    s = open_store(":memory:")
    summary = build([CORPUS], s)
    assert not summary.failed
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):  # noqa: ANN001, ANN201
    app = create_app(store=store, base_iri=BASE, query_timeout=10.0, max_rows=1000, query_workers=0)
    app.config.update(TESTING=True)
    return app.test_client()


def test_no_conflicts_among_agreeing_reports(store):
    rows = store.select(f"SELECT ?a WHERE {{ ?a <{VNKG}conflictsWith> ?b }}")
    assert rows == []


def test_observations_carry_indicator_phrase_kind_and_area(store):
    rows = store.select(f"""SELECT ?obs ?area ?phrase ?kind WHERE {{
        ?obs <{VNKG}indicator> <https://w3id.org/vnkg/concept/indicator/traffic-accidents> ;
             <{VNKG}refArea> ?area ; <{VNKG}indicatorPhrase> ?phrase ; <{VNKG}valueKind> ?kind }}""")
    assert len(rows) == 6
    assert {str(r["phrase"]) for r in rows} == {"tai nạn giao thông"}
    assert {str(r["kind"]) for r in rows} == {str(VNKG.LevelValue)}


def test_api_lists_indicators_with_counts(client):
    body = client.get("/api/indicators").get_json()
    by_id = {i["id"]: i for i in body["indicators"]}
    assert by_id["traffic-accidents"]["observations"] == 6
    assert by_id["traffic"]["observations_with_narrower"] >= 6
    assert body["mapped"] + body["unmapped"] == body["figures"]


def test_api_series_returns_the_six_points_with_sentences(client):
    body = client.get("/api/indicators/traffic-accidents").get_json()
    points = body["points"]
    assert body["total"] == 6 and len(points) == 6
    assert {p["area_label"] for p in points} == PROVINCES
    assert {(p["period_start"], p["period_end"]) for p in points} == {
        ("2024-01-01", "2024-06-30"), ("2025-01-01", "2025-06-30")}
    for p in points:
        assert "tai nạn giao thông" in p["sentence"] and str(int(p["value"])) in p["sentence"]
        assert p["conflict"] is False
    values = {(p["area_label"], p["period_start"][:4]): p["value"] for p in points}
    assert values[("Nghệ An", "2024")] == 412 and values[("Hà Tĩnh", "2025")] == 98


def test_api_series_filters_by_area_and_period(client):
    one = client.get("/api/indicators/traffic-accidents?area=nghe-an").get_json()["points"]
    assert len(one) == 2 and {p["area_label"] for p in one} == {"Nghệ An"}
    assert len(client.get("/api/indicators/traffic-accidents?area=Thanh Hóa").get_json()["points"]) == 2
    recent = client.get("/api/indicators/traffic-accidents?from=2025-01-01").get_json()["points"]
    assert len(recent) == 3 and all(p["period_start"].startswith("2025") for p in recent)
    old = client.get("/api/indicators/traffic-accidents?to=2024-12-31").get_json()["points"]
    assert len(old) == 3
    assert client.get("/api/indicators/traffic-accidents?from=yesterday").status_code == 400
    assert client.get("/api/indicators/no-such-thing").status_code == 404
    import base64
    hostile = "x." + base64.urlsafe_b64encode(b"http://e/> } DROP ALL {").decode().rstrip("=")
    assert client.get(f"/indicators?about={hostile}").status_code == 400
    assert client.get(f"/api/indicators/traffic-accidents?about={hostile}").status_code == 400


def test_csv_round_trips_through_csv_and_pandas(client):
    response = client.get("/api/indicators/traffic-accidents.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    text = response.get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 6
    assert list(rows[0]) == ["indicator", "area", "period_start", "period_end", "value", "unit", "kind",
                             "direction", "basis", "report", "sentence"]
    assert {r["area"] for r in rows} == PROVINCES
    assert {float(r["value"]) for r in rows} == {412, 380, 350, 365, 120, 98}
    assert client.get("/api/indicators/traffic-accidents?format=csv").get_data(as_text=True) == text
    everything = list(csv.DictReader(io.StringIO(client.get("/api/indicators.csv").get_data(as_text=True))))
    assert len(everything) == 12 and {r["indicator"] for r in everything} == {"traffic-accidents", "casualties"}
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(text))
    assert frame.shape == (6, 11)
    pivot = frame.pivot_table(index="area", columns="period_start", values="value")
    assert pivot.loc["Nghệ An", "2025-01-01"] == 380


def test_page_draws_six_points_and_links_the_csv(client):
    response = client.get("/indicators?indicator=traffic-accidents")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert len(re.findall(r'<circle class="indicator-point', html)) == 6
    assert html.count('class="indicator-series"') == 3
    assert len(re.findall(r'<tr id="point-', html)) == 6
    assert "/api/indicators/traffic-accidents.csv" in html
    twin = client.get("/indicators.json?indicator=traffic-accidents").get_json()
    assert twin["total"] == 6


def test_conflicting_figures_are_flagged_and_linked_not_averaged(store, client, tmp_path):
    report = tmp_path / "nghean-2025-07-05-again.txt"
    report.write_text(CONFLICTING, encoding="utf-8")
    other = open_store(":memory:")
    try:
        assert not build([CORPUS, tmp_path], other).failed
        app = create_app(store=other, base_iri=BASE, query_timeout=10.0, max_rows=1000, query_workers=0)
        points = app.test_client().get("/api/indicators/traffic-accidents?area=nghe-an&from=2025").get_json()
        assert points["total"] == 2 and points["conflicts"] == 2
        a, b = points["points"]
        assert {a["value"], b["value"]} == {380, 383}
        assert a["conflicts_with"] == [b["id"]] and b["conflicts_with"] == [a["id"]]
        # and in the graph: linked both ways in their own named graph, each value kept
        links = other.select(f"""SELECT ?a ?b WHERE {{ GRAPH <{BASE}graph/indicator-conflicts> {{
            ?a <{VNKG}conflictsWith> ?b }} }}""")
        assert {(str(r["a"]), str(r["b"])) for r in links} == {
            (a["observation"], b["observation"]), (b["observation"], a["observation"])}
        # the README's pivot shows both values and no change
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        query = re.search(r"<!-- indicators:start -->\n```sparql\n(.*?)\n```", readme, re.S).group(1)
        nghe_an = next(r for r in other.select(query) if str(r["province"]) == "Nghệ An")
        assert str(nghe_an["h1_2025"]) in ("380 / 383", "383 / 380") and str(nghe_an["change_percent"]) == ""
    finally:
        other.close()


def test_an_organisation_page_links_to_its_indicators(client):
    entities = client.get("/api/entities?q=Công an tỉnh Nghệ An&type=org").get_json()
    org = next(e for e in entities["results"] if e["label"] == "Công an tỉnh Nghệ An")
    html = client.get(f"/entity/{org['id']}").get_data(as_text=True)
    link = re.search(r'<a class="entity-indicators" href="([^"]+)"', html)
    assert link, "the organisation page links to its indicators"
    page = client.get(link.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert 'id="about-indicators"' in page and "traffic-accidents" in page
    assert len(re.findall(r'<circle class="indicator-point', page)) == 2  # its own two periods
    twin = client.get(f"/indicators.json?about={org['id']}").get_json()
    assert {i["id"] for i in twin["about_indicators"]} >= {"traffic-accidents"}
    assert {p["area_label"] for p in twin["points"]} == {"Nghệ An"}


def test_readme_pivot_query_shows_its_current_result(store):
    from graph.queries import _cell

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"<!-- indicators:start -->\n```sparql\n(.*?)\n```\n\n(.*?)\n<!-- indicators:end -->",
                        readme, re.S)
    assert section, "README lacks the indicators pivot"
    query, shown = section.group(1), section.group(2)
    rows = store.select(query)
    header = list(rows[0].keys())
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    table += ["| " + " | ".join(_cell(row[k]) for k in header) + " |" for row in rows]
    assert shown == "\n".join(table)
    assert len(rows) == 3


def test_most_gold_figures_are_mapped():
    from benchmarks.indicators import coverage

    found = coverage()
    mapped, total = found["corpus"]
    assert total and mapped / total >= 0.9
    mapped, total = found["real_dev"]
    if not total:
        pytest.skip("../shared/eval/real_dev is not here")
    assert mapped / total >= 0.8


def test_a_province_merged_away_stays_and_links_to_what_it_became():
    from graph.facts import Article, ReportFacts, Statistic
    from graph.rdf import facts_to_graph

    text = "Năm 2024, Công an tỉnh Quảng Bình ghi nhận 75 vụ tai nạn giao thông."
    start = text.index("75")
    facts = ReportFacts(report="quangbinh.txt", text=text, article=Article(title="Quảng Bình"),
                        statistics=[Statistic(measure="vụ tai nạn giao thông", value=75, unit="vụ",
                                              about="Công an tỉnh Quảng Bình", quote=text[start:start + 26],
                                              period={"start": "2024-01-01", "end": "2024-12-31"})])
    g = facts_to_graph(facts)
    obs = next(g.subjects(VNKG.indicator, None))
    area = g.value(obs, VNKG.refArea)
    assert str(area).endswith("/place/quang-binh")
    assert str(g.value(area, VNKG.mergedInto)).endswith("/place/quang-tri")
