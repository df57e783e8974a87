"""The REST API under /api/, the export routes and Linked Data dereferencing."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from flask.testing import FlaskClient
from graph_fixture import BASE, EDGE_COUNT, NODES, TRIG, make_store, seed_store
from rdflib import Graph, Literal, URIRef

from graph.export import FORMATS
from graph.web import create_app

THUY = "person.pham-quoc-thuy"
POLICE = "org.cong-an-tinh-lam-son"
LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return create_app(store=make_store(), base_iri=BASE).test_client()


def _error(response, status: int) -> str:
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"error"} and body["error"]
    return body["error"]


# --------------------------------------------------------------------------- search


@pytest.mark.parametrize("q", ["pham quoc thuy", "PHAM QUOC THUY", "Phạm Quốc Thuỵ", "Phạm Quốc Thụy"])
def test_search_any_spelling(client: FlaskClient, q: str) -> None:
    body = client.get("/api/entities", query_string={"q": q}).get_json()
    first = body["results"][0]
    assert first["id"] == THUY and first["match"] == "exact"
    assert first["iri"] == BASE + "person/pham-quoc-thuy"
    assert first["label"] == "Phạm Quốc Thuỵ" and first["types"] == ["schema:Person"]


def test_search_pages_and_filters(client: FlaskClient) -> None:
    everything = client.get("/api/entities").get_json()
    assert everything["total"] == len(NODES)
    page = client.get("/api/entities?q=lam son&limit=2&offset=1").get_json()
    full = client.get("/api/entities?q=lam son").get_json()
    assert page["total"] == full["total"] and page["results"] == full["results"][1:3]
    people = client.get("/api/entities?type=person").get_json()
    assert {r["id"] for r in people["results"]} == {THUY, "person.do-van-tuong"}


@pytest.mark.parametrize("query", ["limit=abc", "limit=0", "limit=100000", "offset=-1", "type=planet"])
def test_search_bad_parameters(client: FlaskClient, query: str) -> None:
    _error(client.get(f"/api/entities?{query}"), 400)


def test_autocomplete(client: FlaskClient) -> None:
    body = client.get("/api/autocomplete?q=lâm").get_json()
    assert body["results"][0]["id"] == "place.lam-son"
    assert client.get("/api/autocomplete?q=CONG AN T").get_json()["results"][0]["id"] == POLICE
    assert client.get("/api/autocomplete?q=").get_json() == {"results": []}
    _error(client.get("/api/autocomplete?q=a&limit=x"), 400)


# --------------------------------------------------------------------------- one entity


def test_entity_detail_with_evidence(client: FlaskClient) -> None:
    body = client.get(f"/api/entities/{THUY}").get_json()
    assert body["id"] == THUY and body["label"] == "Phạm Quốc Thuỵ" and body["type"] == "person"
    assert {"value": "Phạm Quốc Thụy", "lang": "vi"} in [
        {"value": p["value"], "lang": p.get("lang")} for p in body["properties"]]
    assert body["aliases"] == ["Phạm Quốc Thụy"]
    sentence = "Đại tá Phạm Quốc Thuỵ, Giám đốc Công an tỉnh Lâm Sơn, phát biểu."
    holds = next(o for o in body["outgoing"] if o["relation"] == "org:holds")
    assert holds["object"]["id"] == "post.cong-an-tinh-lam-son.giam-doc"
    assert holds["object"]["label"] == "Giám đốc Công an tỉnh Lâm Sơn"
    assert holds["evidence"] == [{"report": "report.lamson-police-2025-01-10", "sentence": sentence,
                                  "start": None, "end": None}]
    rank = next(o for o in body["outgoing"] if o["relation"] == "vnkg:rank")
    assert rank["object"]["label"] == "Đại tá"
    incoming = {(i["relation"], i["subject"]["id"]) for i in body["incoming"]}
    assert ("schema:agent", "event.lamson-police-2025-01-10.awards") in incoming
    assert ("org:member", "membership.pham-quoc-thuy.cong-an-tinh-lam-son.giam-doc") in incoming
    assert body["provenance"][0]["sentence"] == sentence
    assert body["reports"] == ["report.lamson-police-2025-01-10"]


def test_entity_from_two_reports_keeps_each_source(client: FlaskClient) -> None:
    body = client.get("/api/entities/person.do-van-tuong").get_json()
    assert body["reports"] == ["report.lamson-police-2025-01-10", "report.lamson-ubnd-2025-02-03"]
    holds = next(o for o in body["outgoing"] if o["relation"] == "org:holds")
    assert holds["evidence"][0]["report"] == "report.lamson-ubnd-2025-02-03"


def test_entity_statistics(client: FlaskClient) -> None:
    body = client.get(f"/api/entities/{POLICE}").get_json()
    assert len(body["statistics"]) == 2
    assert body["label_en"] == "Lam Son Provincial Police"


@pytest.mark.parametrize("entity_id", ["person.nobody", "person.~zz", "x.!!", "c.task.nothing"])
def test_unknown_entity_is_404(client: FlaskClient, entity_id: str) -> None:
    _error(client.get(f"/api/entities/{entity_id}"), 404)


# --------------------------------------------------------------------------- statistics


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("", 3),
        ("direction=decrease", 1),
        ("direction=INCREASE", 1),
        ("unit=percent", 2),
        ("unit=vụ", 1),
        ("unit=VU", 1),
        ("measure=ma tuy", 1),
        ("period=2024", 2),  # the label says 2024 too
        ("period=2024-06", 1),
        ("period=năm 2024", 2),
        (f"about={POLICE}", 2),
        ("measure=nothing like this", 0),
    ],
)
def test_statistics_filters(client: FlaskClient, query: str, count: int) -> None:
    body = client.get(f"/api/statistics?{query}").get_json()
    assert body["total"] == len(body["results"]) == count


def test_statistics_fields(client: FlaskClient) -> None:
    body = client.get("/api/statistics?direction=decrease").get_json()
    (stat,) = body["results"]
    assert stat["value"] == 12.5 and stat["unit"] == "percent"
    assert stat["compared_to"] == "same-period-last-year" and stat["qualifier"] is None
    assert stat["period"] == {"label": "năm 2024", "start": "2024-01-01", "end": "2024-12-31"}
    assert stat["about"] == POLICE and stat["measure"] == "tội phạm về trật tự xã hội"
    assert stat["source"] == "report.lamson-police-2025-01-10"


def test_statistics_csv(client: FlaskClient) -> None:
    response = client.get("/api/statistics?format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "filename=" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 3
    assert {r["measure"] for r in rows} >= {"tội phạm về trật tự xã hội", "vụ án ma túy bị khởi tố"}


@pytest.mark.parametrize("query", ["direction=sideways", "format=xml", "about=x.!!"])
def test_statistics_bad_parameters(client: FlaskClient, query: str) -> None:
    _error(client.get(f"/api/statistics?{query}"), 400)


# --------------------------------------------------------------------------- graph queries


def test_neighbors(client: FlaskClient) -> None:
    body = client.get(f"/api/graph/neighbors/{THUY}?depth=1").get_json()
    assert len(body["nodes"]) == 4 and len(body["edges"]) == 4
    assert all(n["label"] and n["type"] for n in body["nodes"])
    assert client.get(f"/api/graph/neighbors/{THUY}").get_json()["depth"] == 1
    _error(client.get(f"/api/graph/neighbors/{THUY}?depth=abc"), 400)
    _error(client.get(f"/api/graph/neighbors/{THUY}?depth=99"), 400)
    _error(client.get("/api/graph/neighbors/person.nobody"), 404)


def test_path(client: FlaskClient) -> None:
    body = client.get(f"/api/graph/path?from={THUY}&to=person.do-van-tuong").get_json()
    assert body["path"][0] == THUY and body["path"][-1] == "person.do-van-tuong"
    assert [n["id"] for n in body["nodes"]] == body["path"] and body["length"] == 3
    assert len(body["edges"]) >= 3
    _error(client.get(f"/api/graph/path?from={THUY}"), 400)
    _error(client.get(f"/api/graph/path?from={THUY}&to=person.nobody"), 404)
    _error(client.get(f"/api/graph/path?from={THUY}&to=org.hoi-nong-dan-xa-tan-hoa"), 404)
    _error(client.get(f"/api/graph/path?from={THUY}&to={POLICE}&directed=maybe"), 400)


def test_centrality_components_summary(client: FlaskClient) -> None:
    for measure in ("degree", "pagerank", "betweenness"):
        body = client.get(f"/api/graph/centrality?measure={measure}&limit=3").get_json()
        assert body["results"][0]["id"] == POLICE and len(body["results"]) == 3
    people = client.get("/api/graph/centrality?type=person").get_json()["results"]
    assert {r["id"] for r in people} == {THUY, "person.do-van-tuong"}
    _error(client.get("/api/graph/centrality?measure=closeness"), 400)
    _error(client.get("/api/graph/centrality?limit=0"), 400)
    comps = client.get("/api/graph/components").get_json()
    assert comps["total"] == 2 and comps["results"][0]["size"] == 12
    summary = client.get("/api/graph/summary").get_json()
    assert summary["nodes"] == len(NODES) and summary["edges"] == EDGE_COUNT


# --------------------------------------------------------------------------- exports


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_downloads(client: FlaskClient, fmt: str) -> None:
    response = client.get(f"/export/{fmt}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == f'attachment; filename="vnkg.{FORMATS[fmt].extension}"'
    assert response.content_type == FORMATS[fmt].media_type
    assert "Lâm Sơn".encode() in response.data  # UTF-8 text, not escapes


def test_export_subgraph(client: FlaskClient) -> None:
    data = client.get(f"/export/d3?focus={THUY}&depth=1").get_json()
    graph = nx.node_link_graph(data, edges="links")
    assert graph.number_of_nodes() == 4
    gexf = client.get("/export/gexf?type=org")
    assert 'filename="vnkg-org.gexf"' in gexf.headers["Content-Disposition"]
    _error(client.get("/export/pdf"), 400)
    _error(client.get("/export/d3?focus=person.nobody"), 404)
    _error(client.get("/export/d3?depth=-1"), 400)
    _error(client.get("/export/d3?type=planet"), 400)


# --------------------------------------------------------------------------- Linked Data


@pytest.fixture(scope="module")
def ld_client() -> FlaskClient:
    local = "http://localhost/id/"
    store = make_store(TRIG.replace(BASE, local))
    return create_app(store=store, base_iri=local).test_client()


@pytest.mark.parametrize(
    ("accept", "ext"),
    [("text/turtle", "ttl"), ("application/ld+json", "jsonld"), ("application/n-triples", "nt"),
     ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"), ("*/*", "ttl")],
)
def test_iri_dereferences_by_content_negotiation(ld_client: FlaskClient, accept: str, ext: str) -> None:
    response = ld_client.get("/id/person/pham-quoc-thuy", headers={"Accept": accept})
    assert response.status_code == 303
    # browsers are sent to the entity's page, RDF clients to a document
    target = "/entity/person.pham-quoc-thuy" if ext == "html" else f"/doc/person/pham-quoc-thuy.{ext}"
    assert response.headers["Location"].endswith(target)
    assert "Accept" in response.headers["Vary"]
    document = ld_client.get(response.headers["Location"])
    assert document.status_code == 200
    if ext == "html":
        assert "Phạm Quốc Thuỵ" in document.get_data(as_text=True)
        return
    parser = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}[ext]
    graph = Graph().parse(data=document.data, format=parser)
    subject = URIRef("http://localhost/id/person/pham-quoc-thuy")
    assert (subject, LABEL, Literal("Phạm Quốc Thuỵ", lang="vi")) in graph


def test_linked_data_errors(ld_client: FlaskClient, client: FlaskClient) -> None:
    _error(ld_client.get("/id/person/nobody", headers={"Accept": "text/turtle"}), 404)
    _error(ld_client.get("/doc/person/nobody.ttl"), 404)
    _error(ld_client.get("/doc/person/pham-quoc-thuy.pdf"), 400)
    # with the default base the IRIs live elsewhere (w3id.org), not on this server
    _error(client.get("/id/person/pham-quoc-thuy", headers={"Accept": "text/turtle"}), 404)


def test_no_parameter_gives_a_500(client: FlaskClient) -> None:
    nasty = ["%00", "'", '"', "<>", "}", "\\", "🙂", "a" * 3000, "?q=1", "person.~"]
    for value in nasty:
        for url in ("/api/entities", "/api/autocomplete", "/api/statistics", "/api/graph/centrality"):
            for name in ("q", "type", "measure", "unit", "period", "about", "direction"):
                response = client.get(url, query_string={name: value})
                assert response.status_code in (200, 400), (url, name, value)
                json.loads(response.data)
        for url in (f"/api/entities/{value}", f"/api/graph/neighbors/{value}", f"/export/d3?focus={value}",
                    f"/api/graph/path?from={value}&to={THUY}"):
            assert client.get(url).status_code in (400, 404), url


# --------------------------------------------------------------------------- the seed report


def test_seed_statistics_lists_all_figures() -> None:
    seed = create_app(store=seed_store(), base_iri=BASE).test_client()
    body = seed.get("/api/statistics").get_json()
    assert body["total"] == len(body["results"]) == 22
    assert all(s["source"] == "report.cantho-police-2025-07-18" and s["sentence"] for s in body["results"])
    first = seed.get("/api/entities?q=huynh viet hoa").get_json()["results"][0]
    assert first["id"] == "person.huynh-viet-hoa"


def test_warm_up_builds_the_graph_view_before_any_request() -> None:
    from graph import network
    from graph.web import warm_up

    store = make_store()
    app = create_app(store=store, base_iri=BASE)
    view = network.graph_view(store, BASE)
    assert view.builds == 0
    warm_up(app).join(timeout=30)
    assert view.builds == 1
    client = app.test_client()
    assert client.get("/api/graph/summary").status_code == 200
    assert view.builds == 1  # the request used the projection built in advance
