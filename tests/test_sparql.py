"""The /sparql endpoint through the Flask test client: protocol, negotiation, errors, auth, limits."""

from __future__ import annotations

import io
import json
import re
from urllib.parse import urlencode

import pytest
from rdflib import Graph, Literal, Namespace, URIRef, Variable
from rdflib.query import Result

from graph.settings import Settings
from graph.store import FORMATS, RDF_FORMATS, RESULT_FORMATS, open_store
from graph.web import BLUEPRINTS, create_app, get_settings, get_store
from graph.web.negotiation import choose_format, prefers_html

EX = Namespace("http://example.org/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
PEOPLE = "SELECT ?s WHERE { ?s a <http://example.org/Person> } ORDER BY ?s"
FORM = "application/x-www-form-urlencoded"

# Accept headers real clients send, and what each must get for SELECT, ASK and CONSTRUCT.
CLIENTS = [
    # (client, Accept, SELECT, ASK, CONSTRUCT)
    ("SPARQLWrapper JSON", "application/sparql-results+json,application/json,text/javascript,application/javascript",
     "json", "json", "jsonld"),
    ("SPARQLWrapper XML", "application/sparql-results+xml", "xml", "xml", None),
    ("SPARQLWrapper CSV", "text/csv", "csv", "csv", None),
    ("SPARQLWrapper TSV", "text/tab-separated-values", "tsv", "tsv", None),
    ("SPARQLWrapper Turtle", "application/turtle,text/turtle", None, None, "turtle"),
    ("SPARQLWrapper N3", "application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3",
     None, None, "turtle"),
    ("SPARQLWrapper RDF/XML", "application/rdf+xml", None, None, "rdfxml"),
    ("SPARQLWrapper JSON-LD", "application/ld+json,application/x-json+ld", None, None, "jsonld"),
    ("Jena ARQ SELECT", "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
     "text/tab-separated-values;q=0.7, text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1",
     "json", "json", "jsonld"),  # application/json;q=0.2 (JSON-LD) beats */*;q=0.1
    ("Jena ARQ graph", "text/turtle, application/n-triples;q=0.9, application/ld+json;q=0.8, "
     "application/rdf+xml;q=0.7, */*;q=0.3", "json", "json", "turtle"),
    ("YASGUI select", "application/sparql-results+json,*/*;q=0.9", "json", "json", "turtle"),
    ("YASGUI construct", "text/turtle,*/*;q=0.9", "json", "json", "turtle"),
    ("Firefox", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "json", "json", "turtle"),
    ("Chrome", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
     "application/signed-exchange;v=b3;q=0.7", "json", "json", "turtle"),
    ("curl", "*/*", "json", "json", "turtle"),
    ("no header", None, "json", "json", "turtle"),
    ("rdflib SPARQLStore", "application/sparql-results+xml", "xml", "xml", None),
    ("W3C eval runner", "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
     "application/n-triples;q=0.8, text/turtle;q=0.8, application/rdf+xml;q=0.5", "json", "json", "turtle"),
    ("prefers CSV by q", "application/sparql-results+json;q=0.5, text/csv", "csv", "csv", None),
    ("wildcard type", "text/*", "csv", "csv", "turtle"),
    ("excludes JSON", "application/sparql-results+json;q=0, */*", "xml", "xml", "turtle"),
    ("charset parameter", "text/turtle; charset=utf-8", None, None, "turtle"),
]


@pytest.mark.parametrize(("client", "accept", "select", "ask", "construct"), CLIENTS, ids=[c[0] for c in CLIENTS])
def test_negotiation_for_real_clients(client: str, accept: str | None, select: str | None, ask: str | None,
                                      construct: str | None) -> None:
    bindings = list(RESULT_FORMATS.values())
    booleans = [f for f in bindings if f.boolean]
    graphs = list(RDF_FORMATS.values())
    for candidates, expected in ((bindings, select), (booleans, ask), (graphs, construct)):
        chosen = choose_format(candidates, accept)
        assert (chosen.name if chosen else None) == expected, f"{client}: {accept}"


def test_browsers_get_the_page_and_scripts_get_data() -> None:
    graphs = list(RDF_FORMATS.values())
    assert prefers_html(CLIENTS[12][1], graphs) and prefers_html(CLIENTS[13][1], graphs)
    for accept in ("*/*", None, "text/turtle, application/rdf+xml;q=0.9", "text/turtle,text/html;q=0.5"):
        assert not prefers_html(accept, graphs)


def test_format_parameter_wins(client) -> None:  # noqa: ANN001
    r = client.get("/sparql", query_string={"query": PEOPLE, "format": "csv"},
                   headers={"Accept": "application/sparql-results+xml"})
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert r.data.decode().splitlines() == ["s", str(EX.alice), str(EX.bob)]
    r = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s a ?t }", "format": "ttl"})
    assert r.mimetype == "text/turtle"
    r = client.get("/sparql", query_string={"query": PEOPLE, "format": "turtle"})
    assert r.status_code == 406


# --------------------------------------------------------------------------- queries


def rows(response) -> list[dict[str, str]]:  # noqa: ANN001
    data = json.loads(response.data)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_query_by_get_post_form_and_post_direct(client) -> None:  # noqa: ANN001
    by_get = client.get("/sparql", query_string={"query": PEOPLE})
    by_form = client.post("/sparql", data={"query": PEOPLE})
    by_body = client.post("/sparql", data=PEOPLE, content_type="application/sparql-query")
    for r in (by_get, by_form, by_body):
        assert r.status_code == 200
        assert r.headers["Content-Type"] == "application/sparql-results+json; charset=utf-8"
        assert rows(r) == [{"s": str(EX.alice)}, {"s": str(EX.bob)}]
    assert "Accept" in by_get.headers["Vary"]


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_in_every_results_format(client, fmt: str) -> None:  # noqa: ANN001
    r = client.get("/sparql", query_string={"query": PEOPLE}, headers={"Accept": FORMATS[fmt].media_type})
    assert r.status_code == 200 and r.mimetype == FORMATS[fmt].media_type
    parsed = Result.parse(io.BytesIO(r.data), format=fmt)
    assert [str(b[Variable("s")]) for b in parsed.bindings] == [str(EX.alice), str(EX.bob)]


@pytest.mark.parametrize(("fmt", "rdflib_name"), [("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"),
                                                  ("jsonld", "json-ld"), ("trig", "trig"), ("nquads", "nquads")])
def test_construct_in_every_rdf_format(client, fmt: str, rdflib_name: str) -> None:  # noqa: ANN001
    r = client.post("/sparql", data="CONSTRUCT WHERE { ?s a <http://example.org/Person> }",
                    content_type="application/sparql-query", headers={"Accept": FORMATS[fmt].media_type})
    assert r.status_code == 200 and r.mimetype == FORMATS[fmt].media_type
    g = Graph()
    g.parse(data=r.data, format=rdflib_name)
    assert set(g.subjects()) == {EX.alice, EX.bob}


def test_protocol_dataset(client) -> None:  # noqa: ANN001
    ask = "ASK { <http://example.org/acme> ?p ?o }"
    assert json.loads(client.get("/sparql", query_string={"query": ask})
                      .data)["boolean"] is True  # union default graph
    qs = urlencode([("query", ask), ("default-graph-uri", str(EX.g1))])
    assert json.loads(client.get("/sparql?" + qs).data)["boolean"] is False
    qs = urlencode([("default-graph-uri", str(EX.g1)), ("default-graph-uri", str(EX.g2))])
    r = client.post("/sparql?" + qs, data=ask, content_type="application/sparql-query")
    assert json.loads(r.data)["boolean"] is True
    r = client.post("/sparql", data={"query": "ASK { GRAPH ?g { <http://example.org/acme> ?p ?o } }",
                                     "named-graph-uri": str(EX.g1)})
    assert json.loads(r.data)["boolean"] is False


def test_ask_and_describe(client) -> None:  # noqa: ANN001
    r = client.get("/sparql", query_string={"query": "ASK { ?s a <http://example.org/Org> }"},
                   headers={"Accept": "application/sparql-results+xml"})
    assert r.status_code == 200 and b"<boolean>true</boolean>" in r.data
    r = client.get("/sparql", query_string={"query": "DESCRIBE <http://example.org/bob>"})
    assert r.mimetype == "text/turtle"
    assert (EX.bob, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Bob", lang="en")) \
        in Graph().parse(data=r.data, format="turtle")


# --------------------------------------------------------------------------- updates and auth


def test_update_needs_the_token(client, auth) -> None:  # noqa: ANN001
    update = "INSERT DATA { GRAPH <http://example.org/g3> { <http://example.org/x> a <http://example.org/Thing> } }"
    r = client.post("/sparql", data=update, content_type="application/sparql-update")
    assert r.status_code == 401 and "Bearer" in r.headers["WWW-Authenticate"] and b"update token" in r.data
    r = client.post("/sparql", data={"update": update}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and 'error="invalid_token"' in r.headers["WWW-Authenticate"]
    r = client.post("/sparql", data={"update": update}, headers={"Authorization": "Basic abc"})
    assert r.status_code == 401
    assert client.post("/sparql", data={"update": update}, headers=auth).status_code == 204
    r = client.post("/sparql", data="DELETE WHERE { GRAPH <http://example.org/g3> { ?s ?p ?o } }",
                    content_type="application/sparql-update", headers=auth)
    assert r.status_code == 204
    assert json.loads(client.get("/sparql", query_string={"query": "ASK { ?s a <http://example.org/Thing> }"})
                      .data)["boolean"] is False


def test_update_with_using_parameters(client, auth) -> None:  # noqa: ANN001
    update = "INSERT { GRAPH <http://example.org/out> { ?s a <http://example.org/Seen> } } WHERE { ?s a ?t }"
    qs = urlencode([("using-graph-uri", str(EX.g2))])
    r = client.post("/sparql?" + qs, data=update, content_type="application/sparql-update", headers=auth)
    assert r.status_code == 204
    r = client.get("/sparql", query_string={"query": "SELECT ?s { GRAPH <http://example.org/out> { ?s ?p ?o } }"})
    assert rows(r) == [{"s": str(EX.acme)}]
    r = client.post("/sparql?" + qs, data="WITH <http://example.org/g1> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                    content_type="application/sparql-update", headers=auth)
    assert r.status_code == 400 and b"using-graph-uri" in r.data


def test_read_only_server_refuses_updates(store) -> None:  # noqa: ANN001
    app = create_app(Settings(store=":memory:", update_token=None, query_workers=0), store=store)
    r = app.test_client().post("/sparql", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and b"read-only" in r.data
    assert len(store) > 0


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(("kwargs", "status", "message"), [
    ({"method": "GET", "query_string": {"query": "SELECT * WHERE { ?s ?p "}}, 400, b"error at 1:"),
    ({"method": "POST", "data": {"update": "CLEAR XYZ"}}, 400, b"error at 1:"),
    ({"method": "GET", "query_string": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, b"exactly one"),
    ({"method": "POST", "data": {"update": ["CLEAR ALL", "CLEAR ALL"]}}, 400, b"exactly one"),
    ({"method": "POST", "data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400, b"not both"),
    ({"method": "POST", "data": {"other": "x"}}, 400, b"neither"),
    ({"method": "GET", "query_string": {"update": "CLEAR ALL"}}, 400, b"POST"),
    ({"method": "PUT", "query_string": {"query": "ASK {}"}}, 405, b"Method Not Allowed"),
    ({"method": "DELETE"}, 405, b"Method Not Allowed"),
    ({"method": "POST", "data": "ASK {}", "content_type": "text/plain"}, 415, b"text/plain"),
    ({"method": "POST", "data": "query=ASK%20%7B%7D"}, 415, b"Content-Type"),
    ({"method": "POST", "data": "ASK {}".encode("utf-16"), "content_type": "application/sparql-query; charset=UTF-16"},
     415, b"UTF-8"),
    ({"method": "POST", "data": b"ASK { \xff }", "content_type": "application/sparql-query"}, 400, b"UTF-8"),
    ({"method": "GET", "query_string": {"query": "SELECT * { ?s ?p ?o }"}, "headers": {"Accept": "image/png"}},
     406, b"application/sparql-results+json"),
    ({"method": "GET", "headers": {"Accept": "image/png"}}, 406, b"text/turtle"),
    ({"method": "GET", "query_string": {"query": "SELECT * { SERVICE <http://example.net/s> { ?s ?p ?o } }"}},
     403, b"service_allow_hosts"),
])
def test_errors_are_readable(client, auth, kwargs: dict, status: int, message: bytes) -> None:  # noqa: ANN001
    kwargs = dict(kwargs)
    headers = {**auth, **kwargs.pop("headers", {})}
    r = client.open("/sparql", headers=headers, **kwargs)
    assert r.status_code == status
    assert message in r.data
    assert b"Traceback" not in r.data and r.mimetype == "text/plain"
    if status == 405:
        assert set(r.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


def test_error_body_follows_the_client(client) -> None:  # noqa: ANN001
    r = client.get("/sparql", query_string={"query": "ASK {"}, headers={"Accept": "application/json"})
    assert r.status_code == 400 and r.json["status"] == 400 and "error at" in r.json["message"]
    # (a browser's GET with a query goes to the query page; a POST is answered by the protocol)
    r = client.post("/sparql", data={"query": "ASK {"}, headers={"Accept": "text/html"})
    assert r.status_code == 400 and r.mimetype == "text/html" and b"<h1>400" in r.data


def test_unexpected_errors_are_500_without_a_trace(app) -> None:  # noqa: ANN001
    @app.route("/boom")
    def boom() -> str:
        raise RuntimeError("secret internals")

    r = app.test_client().get("/boom")
    assert r.status_code == 500 and b"secret internals" not in r.data and b"Traceback" not in r.data


# --------------------------------------------------------------------------- limits


def test_request_size_cap(client, auth) -> None:  # noqa: ANN001
    big = "ASK { " + "#" * (70 * 1024) + "\n }"
    r = client.post("/sparql", data=big, content_type="application/sparql-query")
    assert r.status_code == 413 and b"65536 bytes" in r.data
    r = client.post("/sparql", data={"query": big})
    assert r.status_code == 413


def test_row_cap_flags_truncation(store) -> None:  # noqa: ANN001
    app = create_app(Settings(store=":memory:", max_rows=2, query_workers=0), store=store)
    r = app.test_client().get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o }"})
    assert r.status_code == 200 and len(rows(r)) == 2
    assert r.headers["X-Result-Truncated"] == "max_rows=2"
    r = app.test_client().get("/sparql", query_string={"query": PEOPLE})
    assert len(rows(r)) == 2 and "X-Result-Truncated" not in r.headers


def test_time_limit_answers_503() -> None:
    s = open_store(None)
    s.update("INSERT DATA { GRAPH <http://e/g> { "
             + " ".join(f"<http://e/s{i}> <http://e/p> {i} ." for i in range(80)) + " } }")
    app = create_app(Settings(store=":memory:", query_timeout=0.5, query_workers=0), store=s)
    # About 6 s of counting: past the limit, yet it ends, since in memory nothing can stop it.
    r = app.test_client().get("/sparql", query_string={
        "query": "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"})
    assert r.status_code == 503 and b"time limit of 0.5 s" in r.data


# --------------------------------------------------------------------------- service description, page, CORS


@pytest.mark.parametrize(("accept", "rdflib_name"), [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                                     ("application/rdf+xml", "xml"), (None, "turtle")])
def test_service_description(client, accept: str | None, rdflib_name: str) -> None:  # noqa: ANN001
    r = client.get("/sparql", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200
    g = Graph().parse(data=r.data, format=rdflib_name)
    service = g.value(predicate=SD.endpoint, object=URIRef("http://localhost/sparql"))
    assert service is not None
    assert (service, SD.supportedLanguage, SD.SPARQL11Update) in g  # the test app has a token
    assert (service, SD.feature, SD.UnionDefaultGraph) in g
    names = {str(n) for n in g.objects(None, SD.name)}
    assert names == {str(EX.g1), str(EX.g2)}


def test_browser_gets_a_query_page(app, client) -> None:  # noqa: ANN001
    app.extensions.pop("vnkg.sparql_page", None)  # without the UI's page: the built-in form
    r = client.get("/sparql", headers={"Accept": CLIENTS[12][1]})
    assert r.status_code == 200 and r.mimetype == "text/html" and b"<form" in r.data


def test_page_hook(app, client) -> None:  # noqa: ANN001
    from flask import Response

    app.extensions["vnkg.sparql_page"] = lambda: Response("the UI page", mimetype="text/html")
    assert client.get("/sparql", headers={"Accept": "text/html"}).data == b"the UI page"


def test_cors(client, store) -> None:  # noqa: ANN001
    r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://app.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    r = client.options("/sparql", headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST",
                                           "Access-Control-Request-Headers": "content-type"})
    assert r.status_code == 204 and "POST" in r.headers["Access-Control-Allow-Methods"]
    assert r.headers["Access-Control-Allow-Headers"] == "content-type"
    app = create_app(Settings(store=":memory:", cors_origins=("https://ok.example",), query_workers=0), store=store)
    c = app.test_client()
    r = c.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://ok.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "https://ok.example" and "Origin" in r.headers["Vary"]
    r = c.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


# --------------------------------------------------------------------------- app factory


def test_app_exposes_store_and_settings(app, store) -> None:  # noqa: ANN001
    with app.app_context():
        assert get_store() is store and get_settings().update_token
    assert app.extensions["vnkg.store"] is store and app.config["VNKG_STORE"] is store
    assert app.config["VNKG_BASE"] == "https://w3id.org/vnkg/id/"
    assert BLUEPRINTS[:2] == ["graph.web.sparql:sparql", "graph.web.gsp:gsp"]


def test_access_log_one_line_per_request(client, caplog) -> None:  # noqa: ANN001
    with caplog.at_level("INFO", logger="vnkg.access"):
        client.get("/sparql", query_string={"query": "ASK {}"}).close()  # servers close the body
    lines = [r.getMessage() for r in caplog.records if r.name == "vnkg.access"]
    assert len(lines) == 1
    assert "\"GET /sparql?query=ASK+%7B%7D HTTP/1.1\" 200 " in lines[0]
    assert lines[0].split()[-1].replace(".", "").isdigit()  # duration in seconds
    assert re.fullmatch(r'127\.0\.0\.1 - - \[\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] '
                        r'"GET /sparql\?query=ASK\+%7B%7D HTTP/1\.1" 200 \d+ \d+\.\d{3}', lines[0]), lines[0]


def test_access_log_is_silent_above_info(client, caplog) -> None:  # noqa: ANN001
    with caplog.at_level("WARNING", logger="vnkg.access"):
        client.get("/sparql", query_string={"query": "ASK {}"}).close()
        client.get("/no/such/page").close()
    assert [r for r in caplog.records if r.name == "vnkg.access"] == []
