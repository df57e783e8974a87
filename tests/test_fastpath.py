"""Issue 7: the short path for plain SPARQL queries answers exactly as the Flask view does."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pytest
from werkzeug.test import Client
from werkzeug.wrappers import Request

from graph.web import create_app
from graph.web.fastpath import SparqlFastPath, parse_query_string

SELECT = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s ?label"
ASK = "ASK { ?s a <http://example.org/Person> }"
CONSTRUCT = "CONSTRUCT WHERE { ?s a <http://example.org/Person> }"
GRAPHS = "SELECT ?g ?s WHERE { GRAPH ?g { ?s a ?c } } ORDER BY ?g ?s"
COMPARED = ("Content-Type", "X-Result-Truncated", "Access-Control-Allow-Origin",
            "Access-Control-Expose-Headers", "X-Content-Type-Options", "Allow")


def fast_path(app: Any) -> SparqlFastPath:
    layer = app.wsgi_app
    while not isinstance(layer, SparqlFastPath):
        layer = layer.app
    return layer


def q(text: str, **params: str) -> str:
    extra = "".join(f"&{k.replace('_', '-')}={quote(v)}" for k, v in params.items())
    return f"/sparql?query={quote(text)}{extra}"


CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("select, default format", "GET", {"path": q(SELECT)}),
    ("select as JSON", "GET", {"path": q(SELECT), "headers": {"Accept": "application/sparql-results+json"}}),
    ("select as XML", "GET", {"path": q(SELECT), "headers": {"Accept": "application/sparql-results+xml"}}),
    ("select as CSV by format", "GET", {"path": q(SELECT, format="csv")}),
    ("select as TSV, weighted", "GET", {"path": q(SELECT), "headers": {
        "Accept": "text/csv;q=0.5, text/tab-separated-values"}}),
    ("ask", "GET", {"path": q(ASK), "headers": {"Accept": "application/sparql-results+json"}}),
    ("construct as Turtle", "GET", {"path": q(CONSTRUCT), "headers": {"Accept": "text/turtle"}}),
    ("construct as N-Triples", "GET", {"path": q(CONSTRUCT, format="ntriples")}),
    ("protocol dataset", "GET", {"path": q(GRAPHS, named_graph_uri="http://example.org/g2")}),
    ("default graph", "GET", {"path": q("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s",
                                        default_graph_uri="http://example.org/g2")}),
    ("syntax error", "GET", {"path": q("SELECT WHERE {"), "headers": {"Accept": "application/json"}}),
    ("syntax error, text", "GET", {"path": q("SELECT ?x WHERE { ?x ?y }")}),
    ("refused SERVICE", "GET", {"path": q("SELECT * { SERVICE <http://169.254.169.254/> { ?s ?p ?o } }")}),
    ("bad graph IRI", "GET", {"path": q(SELECT, default_graph_uri="not an iri")}),
    ("unacceptable", "GET", {"path": q(SELECT), "headers": {"Accept": "image/png"}}),
    ("truncated", "GET", {"path": q("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o")}),
    ("CORS", "GET", {"path": q(SELECT), "headers": {"Origin": "https://example.net"}}),
    ("two queries", "GET", {"path": q(SELECT) + "&query=" + quote(ASK)}),
    ("update by GET", "GET", {"path": q(SELECT) + "&update=" + quote("CLEAR ALL")}),
    ("browser", "GET", {"path": q(SELECT), "headers": {"Accept": "text/html"}}),
    ("direct POST", "POST", {"path": "/sparql", "data": SELECT.encode(),
                             "headers": {"Content-Type": "application/sparql-query"}}),
    ("direct POST, charset", "POST", {"path": "/sparql?format=json", "data": ASK.encode(),
                                      "headers": {"Content-Type": "application/sparql-query; charset=UTF-8"}}),
    ("direct POST, Latin-1", "POST", {"path": "/sparql", "data": ASK.encode(),
                                      "headers": {"Content-Type": "application/sparql-query; charset=latin-1"}}),
    ("direct POST, not UTF-8", "POST", {"path": "/sparql", "data": b"ASK { ?s ?p \xff }",
                                        "headers": {"Content-Type": "application/sparql-query"}}),
    ("form POST", "POST", {"path": "/sparql", "data": {"query": SELECT}}),
]


@pytest.fixture
def fast_app(store, settings):  # noqa: ANN001, ANN201
    import dataclasses

    application = create_app(dataclasses.replace(settings, max_rows=5), store=store)
    application.config.update(TESTING=True)
    return application


@pytest.mark.parametrize(("name", "method", "request_args"), CASES, ids=[c[0] for c in CASES])
def test_fast_path_answers_as_the_flask_view(fast_app: Any, name: str, method: str,
                                             request_args: dict[str, Any]) -> None:
    fast = fast_path(fast_app)
    args = dict(request_args)
    path = args.pop("path")
    through_fast = Client(fast).open(path, method=method, **args)
    through_flask = Client(fast.next).open(path, method=method, **args)
    assert through_fast.status_code == through_flask.status_code, through_fast.get_data(as_text=True)
    # the query page shows how long the query took: the one part that may differ
    timing = re.compile(rb"in \d+\.\d+ s<")
    assert timing.sub(b"", through_fast.get_data()) == timing.sub(b"", through_flask.get_data())
    for header in COMPARED:
        assert through_fast.headers.get(header) == through_flask.headers.get(header), header
    vary = {v.strip() for v in through_fast.headers.get("Vary", "").split(",") if v.strip()}
    assert vary == {v.strip() for v in through_flask.headers.get("Vary", "").split(",") if v.strip()}


def calls_to_flask(fast: SparqlFastPath, key: str) -> list[str]:
    """Return the list into which each request the short path passes on to Flask puts ``environ[key]``."""
    calls: list[str] = []
    inner = fast.next

    def counting(environ: dict[str, Any], start_response: Any) -> Any:
        calls.append(environ[key])
        return inner(environ, start_response)

    fast.next = counting
    return calls


def test_plain_queries_do_not_reach_flask_and_the_rest_does(fast_app: Any) -> None:
    calls = calls_to_flask(fast_path(fast_app), "PATH_INFO")
    client = fast_app.test_client()
    assert client.get(q(SELECT)).status_code == 200
    assert client.post("/sparql", data=ASK, content_type="application/sparql-query").status_code == 200
    assert client.get(q("SELECT WHERE {")).status_code == 400  # errors too: the app's handlers answer
    assert calls == []
    assert client.get(q(SELECT), headers={"Accept": "text/html"}).status_code == 200  # the page
    assert client.post("/sparql", data={"query": SELECT}).status_code == 200
    assert client.get("/api/stats").status_code in (200, 404)
    assert calls == ["/sparql", "/sparql", "/api/stats"]


def test_an_oversized_direct_post_is_refused_whole(fast_app: Any) -> None:
    client = fast_app.test_client()
    body = ("ASK { ?s ?p ?o }" + " " * (70 * 1024)).encode()  # over the fixture's 64 KiB
    response = client.post("/sparql", data=body, content_type="application/sparql-query")
    assert response.status_code == 413


def test_uncapped_answers_stream_the_same_both_ways(store, settings) -> None:  # noqa: ANN001
    import dataclasses

    app = create_app(dataclasses.replace(settings, max_rows=0), store=store)
    fast = fast_path(app)
    for accept in ("application/sparql-results+json", "text/csv", "application/n-triples"):
        query = CONSTRUCT if accept == "application/n-triples" else SELECT
        through_fast = Client(fast).get(q(query), headers={"Accept": accept})
        through_flask = Client(fast.next).get(q(query), headers={"Accept": accept})
        assert through_fast.status_code == through_flask.status_code == 200
        assert through_fast.get_data() == through_flask.get_data() != b""
        assert "Content-Length" not in through_fast.headers  # streamed: the length is not known up front


def raw(text: str) -> str:
    """Return ``text`` as a WSGI server puts unescaped UTF-8 bytes in QUERY_STRING."""
    return text.encode("utf-8").decode("latin-1")


@pytest.mark.parametrize("query_string", [
    "query=" + quote('SELECT * { ?s ?p "Nguyễn Văn Hoà" }'),
    "query=a+b%2Bc&format=json&&x&=v&empty=",
    "query=" + quote("back\\slash \\x41 \\u0041 \\n") + "&format=%4a%53%4F%4E",
    "query=" + raw('SELECT * { ?s ?p "Cần Thơ" }'),
    "a=1&a=2;b=3",
])
def test_query_strings_decode_as_flask_decodes_them(query_string: str) -> None:
    flask_pairs = list(Request({"QUERY_STRING": query_string}).args.items(multi=True))
    assert parse_query_string(query_string) == flask_pairs


@pytest.mark.parametrize("query_string", ["query=100%", "query=%zz", "query=%ff%fe", "query=" + raw("ả")[:1]])
def test_query_strings_only_a_lenient_decoder_takes_go_to_flask(fast_app: Any, query_string: str) -> None:
    assert parse_query_string(query_string) is None
    fast = fast_path(fast_app)
    calls = calls_to_flask(fast, "QUERY_STRING")
    response = Client(fast).get("/sparql", environ_overrides={"QUERY_STRING": query_string})
    assert calls == [query_string]
    assert response.status_code == 400  # answered by the view: not a query


def test_unescaped_utf8_in_the_query_string_is_read_as_flask_reads_it(fast_app: Any) -> None:
    query = 'SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> "Ái"@vi }'
    fast = fast_path(fast_app)
    environ = {"QUERY_STRING": "query=" + raw(query)}
    through_fast = Client(fast).get("/sparql", environ_overrides=environ, headers={"Accept": "text/csv"})
    through_flask = Client(fast.next).get("/sparql", environ_overrides=environ, headers={"Accept": "text/csv"})
    assert through_fast.status_code == through_flask.status_code == 200
    assert through_fast.get_data() == through_flask.get_data() == b"s\r\nhttp://example.org/alice\r\n"
