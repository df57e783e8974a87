"""The server on the public internet: bad requests, hostile requests, and a build running under it.

- Bad requests (malformed SPARQL, wrong types, bad parameters, unknown routes, oversized bodies) get
  the right 4xx with a readable message: never a 500, never a stack trace.
- SERVICE and LOAD reach no host outside ``service_allow_hosts``: a loopback listener counts every
  request the engine would make, so "refused" means nothing was fetched.
- Writes need the update token, compared with :func:`hmac.compare_digest`.
- Every HTML page escapes data and URL input; no link leads to a ``javascript:`` IRI.
- REST parameters reach SPARQL only as escaped terms, never as query text.
- Path traversal through export names, entity ids, static and vendor paths finds nothing.
- A server reading the store while a build rewrites it answers from whole reports only.
"""

from __future__ import annotations

import base64
import hmac
import http.server
import io
import json
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import pytest
from conftest import ROOT, TOKEN
from graph_fixture import TRIG, make_store, seed_store

from graph.settings import Settings
from graph.store import open_store
from graph.store.sparql_text import remote_targets, tokens
from graph.web import create_app, get_store

LIMIT = 64 * 1024
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
TRACE_MARKS = ("Traceback", 'File "', "werkzeug/", "site-packages")


def settings(**overrides: Any) -> Settings:
    """Test settings: in memory, short limits, no query workers."""
    values: dict[str, Any] = dict(store=":memory:", update_token=TOKEN, query_timeout=5.0, max_rows=1000,
                                  max_request_bytes=LIMIT, query_workers=0)
    values.update(overrides)
    return Settings(**values)


def readable(response: Any) -> str:
    """Return the body of an error response after checking that it is a readable message."""
    body = response.get_data(as_text=True)
    assert 400 <= response.status_code < 500, (response.status_code, body[:300])
    assert body.strip(), "an error needs a message"
    for mark in TRACE_MARKS:
        assert mark not in body, body[:500]
    return body


@pytest.fixture(scope="module")
def seed_client():  # noqa: ANN201
    """A read-only app over the seed report (in memory)."""
    return create_app(settings(update_token=None), store=seed_store()).test_client()


@pytest.fixture
def rw():  # noqa: ANN201
    """A writable app over a fresh in-memory copy of the hand-written graph, and that store."""
    store = make_store()
    return create_app(settings(), store=store).test_client(), store


# =========================================================================== bad requests

BAD_REQUESTS = [
    # malformed SPARQL, by every transport
    ("GET", "/sparql?" + urlencode({"query": "SELECT ?x WHERE { ?x ?y }"}), {}, 400, "error at"),
    ("POST", "/sparql", {"data": {"query": "SELEKT * {}"}}, 400, "error at"),
    ("POST", "/sparql", {"data": "ASK { ?s ?p }", "content_type": "application/sparql-query"}, 400, "error at"),
    ("GET", "/sparql?" + urlencode({"query": "SELECT * { ?s ?p ?o } LIMIT 99999999999999999999999"}), {}, 400,
     "error at"),
    ("GET", "/sparql?" + urlencode({"query": "\x00\x01\x02"}), {}, 400, "error at"),
    ("GET", "/sparql?query=%ff%fe", {}, 400, "error at"),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "default-graph-uri": "not an iri"}), {}, 400,
     "not a valid graph IRI"),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "named-graph-uri": "http://x/%zz"}), {}, 400,
     "not a valid graph IRI"),
    ("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", {}, 400, "exactly one"),
    ("GET", "/sparql?" + urlencode({"update": "CLEAR ALL"}), {}, 400, "POST"),
    ("POST", "/sparql", {"data": b"ASK { \xff }", "content_type": "application/sparql-query"}, 400, "UTF-8"),
    ("POST", "/sparql", {"data": "ASK {}", "content_type": "text/plain"}, 415, "text/plain"),
    ("POST", "/sparql", {"data": "ASK {}", "content_type": "application/sparql-query; charset=latin-1"}, 415,
     "UTF-8"),
    ("GET", "/sparql?" + urlencode({"query": "ASK {}", "format": "pdf"}), {}, 406, "available"),
    ("GET", "/sparql?" + urlencode({"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "csv"}), {}, 406,
     "available"),
    # wrong types and bad parameters
    ("GET", "/api/entities?limit=abc", {}, 400, "integer"),
    ("GET", "/api/entities?limit=1e3", {}, 400, "integer"),
    ("GET", "/api/entities?limit=0", {}, 400, "between"),
    ("GET", "/api/entities?offset=-1", {}, 400, "at least"),
    ("GET", "/api/entities?type=planet", {}, 400, "planet"),
    ("GET", "/api/autocomplete?q=a&limit=%00", {}, 400, "integer"),
    ("GET", "/api/statistics?direction=sideways", {}, 400, "direction"),
    ("GET", "/api/statistics?format=xlsx", {}, 400, "format"),
    ("GET", "/api/statistics?about=a%20b", {}, 400, "about"),
    ("GET", "/api/graph/neighbors/org.x?depth=99999999999999999999", {}, 400, "depth"),
    ("GET", "/api/graph/path?from=a", {}, 400, "'to'"),
    ("GET", "/api/graph/path?from=a&to=b&directed=maybe", {}, 400, "directed"),
    ("GET", "/api/graph/centrality?measure=popularity", {}, 400, "measure"),
    ("GET", "/export/d3?depth=-1", {}, 400, "depth"),
    ("GET", "/export/pdf", {}, 400, "unknown format"),
    ("GET", "/search?offset=abc", {"headers": BROWSER}, 400, "integer"),
    ("GET", "/statistics?direction=sideways", {"headers": BROWSER}, 400, "direction"),
    ("GET", "/graph?type=planet", {"headers": BROWSER}, 400, "planet"),
    ("GET", "/graph?report=nothing", {"headers": BROWSER}, 400, "unknown report"),
    ("GET", "/store?format=zzz", {}, 406, "served as"),
    ("GET", "/store?default&graph=http://x/", {}, 400, "not both"),
    ("GET", "/store?" + urlencode({"graph": "http://a b"}), {}, 400, "not an IRI"),
    # unknown routes and methods
    ("GET", "/no/such/page", {}, 404, "Not Found"),
    ("GET", "/api/no-such-thing", {}, 404, "Not Found"),
    ("GET", "/api/entities/person.nobody", {}, 404, "unknown entity"),
    ("GET", "/entity/person.nobody", {"headers": BROWSER}, 404, "unknown entity"),
    ("GET", "/report/nothing", {"headers": BROWSER}, 404, "unknown report"),
    ("PATCH", "/sparql", {}, 405, "Method Not Allowed"),
    ("DELETE", "/api/entities", {}, 405, "Method Not Allowed"),
    ("PUT", "/", {}, 405, "Method Not Allowed"),
]


@pytest.mark.parametrize(("method", "url", "kwargs", "status", "message"), BAD_REQUESTS,
                         ids=[f"{m} {u[:60]}" for m, u, *_ in BAD_REQUESTS])
def test_bad_request_gets_the_right_4xx_and_a_message(seed_client, method: str, url: str, kwargs: dict,  # noqa: ANN001
                                                       status: int, message: str) -> None:
    response = seed_client.open(url, method=method, **kwargs)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert message.lower() in readable(response).lower()
    if status == 405:
        assert response.headers.get("Allow")


@pytest.mark.parametrize("accept", [None, "application/json", "text/html", "*/*;q=abc", "x" * 5000, ",,;;"])
def test_errors_follow_the_client_and_survive_a_broken_accept_header(seed_client, accept: str | None) -> None:  # noqa: ANN001
    headers = {"Accept": accept} if accept is not None else {}
    for url in ("/no/such/page", "/sparql?query=ASK%20%7B", "/api/entities?limit=x", "/store?graph=http://nope/"):
        response = seed_client.get(url, headers=headers)
        body = readable(response)
        if accept == "application/json":
            assert response.mimetype == "application/json" and json.loads(body)
        if response.mimetype == "text/html":
            assert body.lstrip().lower().startswith("<!doctype html>")


@pytest.mark.parametrize("graph", ["%00", "%7F", "http://e/x%00", "http://e/a%0Ab", "http://e/<x>", "a%20b"])
def test_a_graph_parameter_that_is_no_iri_is_400_not_some_other_graph(rw, graph: str) -> None:  # noqa: ANN001
    # Regression: urljoin dropped control characters, so '?graph=%00' wrote to the graph named
    # like the endpoint itself (http://localhost/store).
    client, store = rw
    graphs = store.graphs()
    response = client.put(f"/store?graph={graph}", data="<http://e/s> <http://e/p> 1 .", content_type="text/turtle",
                          headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and "IRI" in readable(response)
    assert store.graphs() == graphs


def _too_big(extra: int = 1) -> bytes:
    return b"#" * (LIMIT + extra)


@pytest.mark.parametrize(("method", "url", "kwargs"), [
    ("POST", "/sparql", {"data": b"ASK {} " + _too_big(), "content_type": "application/sparql-query"}),
    ("POST", "/sparql", {"data": b"query=" + _too_big(), "content_type": "application/x-www-form-urlencoded"}),
    ("POST", "/sparql", {"data": b"INSERT DATA {} " + _too_big(), "content_type": "application/sparql-update"}),
    ("PUT", "/store?graph=http://example.org/big", {"data": _too_big(), "content_type": "text/turtle"}),
    ("POST", "/store?graph=http://example.org/big", {"data": _too_big(), "content_type": "application/n-triples"}),
    ("POST", "/store", {"data": b"--b\r\nContent-Disposition: form-data; name=f; filename=x.ttl\r\n"
                                b"Content-Type: text/turtle\r\n\r\n" + _too_big() + b"\r\n--b--\r\n",
                        "content_type": "multipart/form-data; boundary=b"}),
])
def test_oversized_bodies_get_413_naming_the_limit(rw, method: str, url: str, kwargs: dict) -> None:  # noqa: ANN001
    client, store = rw
    before = len(store)
    response = client.open(url, method=method, headers={"Authorization": f"Bearer {TOKEN}"}, **kwargs)
    assert response.status_code == 413
    assert f"{LIMIT} bytes" in readable(response)
    assert len(store) == before


def _chunked(app: Any, body: bytes, content_type: str = "application/sparql-query",
             url: str = "/sparql") -> tuple[str, bytes]:
    """Call the app as a server passes a chunked request: no Content-Length, the input terminated."""
    from werkzeug.test import EnvironBuilder, run_wsgi_app

    environ = EnvironBuilder(path=url, method="POST", content_type=content_type,
                             headers={"Authorization": f"Bearer {TOKEN}",
                                      "Accept": "application/sparql-results+json"}).get_environ()
    environ.pop("CONTENT_LENGTH", None)
    environ.update({"wsgi.input": io.BytesIO(body), "wsgi.input_terminated": True,
                    "HTTP_TRANSFER_ENCODING": "chunked"})
    answer, status, _ = run_wsgi_app(app, environ)
    return status, b"".join(answer)


def test_a_chunked_body_over_the_limit_is_413_not_cut_short(rw) -> None:  # noqa: ANN001
    # Regression: Werkzeug read a body without Content-Length up to the limit and stopped, so a
    # longer one was parsed cut short (a query's syntax error; N-Triples cut at a line: data lost).
    client, store = rw
    app = client.application
    status, body = _chunked(app, b"ASK {} " + _too_big())
    assert status.startswith("413") and f"{LIMIT} bytes".encode() in body
    lines = b"".join(b"<http://e/s%d> <http://e/p> %d .\n" % (i, i) for i in range(LIMIT // 20))
    before = len(store)
    status, _ = _chunked(app, lines, "application/n-triples", "/store?graph=http://e/cut")
    assert status.startswith("413") and len(store) == before
    status, body = _chunked(app, b"ASK {}")  # a small chunked body still works
    assert status.startswith("200") and b"boolean" in body


def test_no_route_answers_a_500_to_hostile_path_and_query_values(seed_client) -> None:  # noqa: ANN001
    """Every GET route of the app, with hostile values in its path parameters and query string."""
    app = seed_client.application
    values = ["%00", "..%2F..%2Fetc%2Fpasswd", "'\"<>{}", "%ff%fe", "x." + "A" * 4000, "🙂", "-1", "1e309",
              "%0d%0aSet-Cookie:%20x=1"]
    params = ["q", "type", "limit", "offset", "depth", "focus", "measure", "unit", "direction", "period", "about",
              "format", "report", "from", "to", "directed", "query", "example", "graph", "default-graph-uri"]
    failures = []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.endpoint == "static":
            continue
        for value in values:
            path = rule.rule
            for name in rule.arguments:
                path = re.sub(rf"<(?:[a-z]+:)?{name}>", value, path)
            query = "&".join(f"{p}={value}" for p in params)
            for headers in ({}, BROWSER):
                response = seed_client.get(f"{path}?{query}", headers=headers)
                body = response.get_data(as_text=True)
                if response.status_code >= 500 or any(mark in body for mark in TRACE_MARKS):
                    failures.append((rule.rule, value, response.status_code, body[:200]))
                assert "Set-Cookie" not in response.headers
    assert not failures, failures


# =========================================================================== SSRF


class Listener:
    """A loopback HTTP server that records every request: what the engine would fetch lands here."""

    def __init__(self, redirect_to: str | None = None):
        self.hits: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                outer.hits.append(f"{self.command} {self.path}")
                if redirect_to is not None:
                    self.send_response(302)
                    self.send_header("Location", redirect_to)
                    self.end_headers()
                    return
                wants_results = "sparql-results" in (self.headers.get("Accept") or "") or self.command == "POST"
                body = (b'{"head": {"vars": []}, "results": {"bindings": [{}]}}' if wants_results
                        else b"<http://example.org/fetched> <http://example.org/p> 1 .\n")
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json" if wants_results
                                 else "text/turtle")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def _targets(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}/sparql",
        f"http://localhost:{port}/sparql",
        f"http://[::1]:{port}/sparql",
        f"http://allowed.example@127.0.0.1:{port}/sparql",  # userinfo: the host is the part after @
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://2130706433/", "http://0x7f.0.0.1/", "http://0177.0.0.1/",
        "file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:6379/_INFO",
    ]


def _query_forms(target: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
        f"PREFIX e: <{target}> SELECT * WHERE {{ SERVICE e: {{ ?s ?p ?o }} }}",
        f"BASE <{target}> SELECT * WHERE {{ SERVICE <> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE # a comment\n <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ OPTIONAL {{ SERVICE <{target}> {{ ?s ?p ?o }} }} }} }} }}",
        f"ASK {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{target}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{target}> AS ?e) SERVICE SILENT ?e {{ ?s ?p ?o }} }}",
    ]


def _update_forms(target: str) -> list[str]:
    return [
        f"LOAD <{target}>",
        f"load silent <{target}> into graph <http://example.org/loaded>",
        f"PREFIX e: <{target}> LOAD e:",
        f"CLEAR SILENT GRAPH <http://example.org/none> ; LOAD <{target}>",
        f"INSERT {{ GRAPH <http://example.org/g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
    ]


def _send_query(client: Any, text: str, how: str) -> Any:
    if how == "get":
        return client.get("/sparql", query_string={"query": text})
    if how == "form":
        return client.post("/sparql", data={"query": text})
    if how == "direct":
        return client.post("/sparql", data=text.encode("utf-8"), content_type="application/sparql-query")
    return client.get("/sparql", query_string={"query": text}, headers=BROWSER)  # the query page


def _send_update(client: Any, text: str, how: str) -> Any:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    if how == "form":
        return client.post("/sparql", data={"update": text}, headers=auth)
    return client.post("/sparql", data=text.encode("utf-8"), content_type="application/sparql-update",
                       headers=auth)


@pytest.mark.parametrize("allowed", [(), ("allowed.example",)], ids=["no-hosts", "one-other-host"])
def test_service_and_load_fetch_from_no_host_outside_the_allow_list(listener: Listener,
                                                                    allowed: tuple[str, ...]) -> None:
    app = create_app(settings(service_allow_hosts=allowed))  # the app opens its store with the allow list
    store, client = get_store(app), app.test_client()
    store.load(TRIG.encode("utf-8"), "trig")
    before = len(store)
    listener.hits.clear()
    wrong = []
    for target in _targets(listener.port):
        for text in _query_forms(target):
            for how in ("get", "form", "direct", "page"):
                response = _send_query(client, text, how)
                body = response.get_data(as_text=True)
                if response.status_code != 403 or not ("service_allow_hosts" in body or "variable" in body):
                    wrong.append((how, text, response.status_code, body[:200]))
        for text in _update_forms(target):
            for how in ("form", "direct"):
                response = _send_update(client, text, how)
                if response.status_code != 403 or "service_allow_hosts" not in response.get_data(as_text=True):
                    wrong.append((how, text, response.status_code, response.get_data(as_text=True)[:200]))
    assert not wrong, wrong[:5]
    assert listener.hits == [], "the engine fetched from a host it must not reach"
    assert len(store) == before


def test_an_allowed_host_is_fetched_so_the_listener_would_see_a_leak(listener: Listener) -> None:
    """The control for the test above: with the listener's host allowed, the engine does reach it."""
    app = create_app(settings(service_allow_hosts=("127.0.0.1",)))
    store, client = get_store(app), app.test_client()
    listener.hits.clear()
    response = _send_query(client, _query_forms(f"http://127.0.0.1:{listener.port}/sparql")[0], "get")
    assert response.status_code == 200, response.get_data(as_text=True)
    assert listener.hits
    listener.hits.clear()
    response = _send_update(client, f"LOAD <http://127.0.0.1:{listener.port}/data.ttl> INTO GRAPH <http://e/g>",
                            "direct")
    assert response.status_code == 204 and listener.hits
    assert store.ask("ASK { GRAPH <http://e/g> { <http://example.org/fetched> ?p ?o } }")


def test_an_allowed_host_cannot_redirect_the_engine_elsewhere(listener: Listener) -> None:
    bouncer = Listener(redirect_to=f"http://127.0.0.1:{listener.port}/secret")
    try:
        client = create_app(settings(service_allow_hosts=("localhost",))).test_client()
        listener.hits.clear()
        response = _send_update(client, f"LOAD <http://localhost:{bouncer.port}/data.ttl> INTO GRAPH <http://e/g>",
                                "direct")
        assert bouncer.hits and listener.hits == []
        assert response.status_code != 204
    finally:
        bouncer.close()


def test_load_target_is_resolved_with_the_prologue_before_it() -> None:
    # Regression: the last PREFIX/BASE of an update resolved every LOAD, so a later operation's
    # prologue could pass a LOAD of a forbidden host off as one of an allowed host.
    update = ("PREFIX p: <http://127.0.0.1:9999/> LOAD p:x ; "
              "PREFIX p: <http://allowed.example/> CLEAR SILENT GRAPH <http://e/g>")
    assert ("LOAD", "http://127.0.0.1:9999/x") in remote_targets(update)
    update = "BASE <http://127.0.0.1:9999/> LOAD <x> ; BASE <http://allowed.example/> LOAD <y>"
    assert ("LOAD", "http://127.0.0.1:9999/x") in remote_targets(update)
    client = create_app(settings(service_allow_hosts=("allowed.example",))).test_client()
    response = _send_update(client, update, "direct")
    assert response.status_code == 403 and "127.0.0.1:9999" in readable(response)


def test_jsonld_bodies_fetch_no_remote_context(rw, listener: Listener) -> None:  # noqa: ANN001
    client, store = rw
    listener.hits.clear()
    body = json.dumps({"@context": f"http://127.0.0.1:{listener.port}/context.jsonld", "@id": "http://e/x",
                       "name": "x"})
    response = client.put("/store?graph=http://example.org/ctx", data=body, content_type="application/ld+json",
                          headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and readable(response)
    assert listener.hits == []


# =========================================================================== the write token


def _writes(graph: str = "http://example.org/new") -> list[tuple[str, str, dict[str, Any]]]:
    turtle = "<http://example.org/s> <http://example.org/p> 1 ."
    return [
        ("POST", "/sparql", {"data": {"update": "CLEAR ALL"}}),
        ("POST", "/sparql", {"data": "INSERT DATA { <http://e/a> <http://e/b> 1 }",
                             "content_type": "application/sparql-update"}),
        ("PUT", f"/store?graph={quote(graph)}", {"data": turtle, "content_type": "text/turtle"}),
        ("POST", f"/store?graph={quote(graph)}", {"data": turtle, "content_type": "text/turtle"}),
        ("POST", "/store", {"data": turtle, "content_type": "text/turtle"}),
        ("PUT", "/store?default", {"data": turtle, "content_type": "text/turtle"}),
        ("PUT", "/store/some/graph", {"data": turtle, "content_type": "text/turtle"}),
        ("DELETE", "/store?graph=http://example.org/g1", {}),
    ]


BAD_AUTH = [
    {}, {"Authorization": ""}, {"Authorization": "Bearer"}, {"Authorization": "Bearer "},
    {"Authorization": "Bearer wrong"}, {"Authorization": f"Bearer {TOKEN[:-1]}"},
    {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": f"Bearer {TOKEN.upper()}"},
    {"Authorization": f"Bearer x{TOKEN}"}, {"Authorization": f"Bearer {TOKEN} {TOKEN}"},
    {"Authorization": "Basic " + base64.b64encode(f"admin:{TOKEN}".encode()).decode()},
    {"Authorization": f"Token {TOKEN}"}, {"Authorization": TOKEN},
    {"Authorization": "Bearer t\u00f6k\u00e9n"}, {"X-Update-Token": TOKEN},
]


@pytest.mark.parametrize("headers", BAD_AUTH, ids=[str(h)[:40] for h in BAD_AUTH])
def test_writes_without_the_token_are_refused_and_change_nothing(headers: dict[str, str]) -> None:
    store = make_store()
    client = create_app(settings(), store=store).test_client()
    before, graphs = len(store), store.graphs()
    for method, url, kwargs in _writes():
        response = client.open(url, method=method, headers=headers, **kwargs)
        assert response.status_code == 401, (method, url, response.status_code)
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "token" in readable(response)
    # nor through the query string or a form field
    response = client.post(f"/sparql?access_token={TOKEN}", data={"update": "CLEAR ALL", "token": TOKEN})
    assert response.status_code == 401
    assert (len(store), store.graphs()) == (before, graphs)


def test_the_token_is_accepted_with_either_case_of_the_scheme() -> None:
    store = make_store()
    client = create_app(settings(), store=store).test_client()
    for scheme in ("Bearer", "bearer", "BEARER"):
        response = client.put("/store?graph=http://example.org/ok", data="<http://e/s> <http://e/p> 1 .",
                              content_type="text/turtle", headers={"Authorization": f"{scheme} {TOKEN}"})
        assert response.status_code in (201, 204)
    assert store.has_graph("http://example.org/ok")


def test_a_server_without_a_token_refuses_every_write() -> None:
    store = make_store()
    client = create_app(settings(update_token=None), store=store).test_client()
    before = len(store)
    for method, url, kwargs in _writes():
        response = client.open(url, method=method, headers={"Authorization": f"Bearer {TOKEN}"}, **kwargs)
        assert response.status_code == 403 and "read-only" in readable(response)
    assert len(store) == before


def test_the_token_is_compared_with_hmac_compare_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision is compare_digest's: a spy that says yes lets a wrong token in, so no ``==`` decides."""
    import graph.web.auth as auth

    calls: list[tuple[bytes, bytes]] = []
    verdict = {"value": None}

    class Spy:
        @staticmethod
        def compare_digest(a: bytes, b: bytes) -> bool:
            calls.append((a, b))
            return hmac.compare_digest(a, b) if verdict["value"] is None else verdict["value"]

    monkeypatch.setattr(auth, "hmac", Spy)
    store = make_store()
    client = create_app(settings(), store=store).test_client()
    put = {"data": "<http://e/s> <http://e/p> 1 .", "content_type": "text/turtle"}
    assert client.put("/store?graph=http://e/a", headers={"Authorization": "Bearer nope"}, **put).status_code == 401
    assert calls == [(b"nope", TOKEN.encode())]
    assert client.put("/store?graph=http://e/b", headers={"Authorization": f"Bearer {TOKEN}"},
                      **put).status_code == 201
    verdict["value"] = True
    assert client.put("/store?graph=http://e/c", headers={"Authorization": "Bearer nope"}, **put).status_code == 201
    verdict["value"] = False
    assert client.put("/store?graph=http://e/d", headers={"Authorization": f"Bearer {TOKEN}"},
                      **put).status_code == 401
    assert len(calls) == 4


# =========================================================================== XSS

PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>'\""
LOCAL_BASE = "http://localhost/id/"


def _hostile_trig() -> str:
    """The hand-written graph with the payload in front of every string, a javascript: IRI and URL."""
    escaped = PAYLOAD.replace("\\", "\\\\").replace('"', '\\"')

    def poison(match: re.Match[str]) -> str:
        if match.group(2).startswith("^^"):
            return match.group(0)  # typed values (dates, numbers) stay valid
        return f'"{escaped}{match.group(1)}"{match.group(2)}'

    trig = re.sub(r'"((?:[^"\\]|\\.)*)"(\^\^\S+|@[\w-]+|)', poison, TRIG)
    trig = trig.replace("@base <https://w3id.org/vnkg/id/>", f"@base <{LOCAL_BASE}>")
    extra = f"""
<graph/hostile> {{
  <report/lamson-police-2025-01-10> schema:url "javascript:alert(3)" .
  <org/cong-an-tinh-lam-son> org:purpose <javascript:alert(4)> ; schema:sameAs <data:text/html,{quote(PAYLOAD)}> .
  <javascript:alert(4)> rdfs:label "{escaped} click"@vi .
}}
"""
    return trig + extra


class Page(HTMLParser):
    """What matters for script injection in a page: script elements, event handlers, link schemes."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "script" and not values.get("src", "").startswith("/"):
            self.problems.append(f"inline or foreign script {values}")
        if tag in ("iframe", "object", "embed", "img", "svg") and "onerror" in values:
            self.problems.append(f"<{tag}> with a handler")
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction", "xlink:href", "poster", "data"):
                scheme = urlsplit(value.strip()).scheme.lower()
                if scheme not in ("", "http", "https"):
                    self.problems.append(f"<{tag} {name}={value!r}>")


@pytest.fixture(scope="module")
def hostile_client():  # noqa: ANN201
    app = create_app(settings(update_token=None, base_iri=LOCAL_BASE), store=make_store(_hostile_trig()))
    return app.test_client()


def _html_urls(client: Any) -> list[str]:
    ids = [r["id"] for r in client.get("/api/entities?limit=1000").get_json()["results"]]
    assert ids and any(PAYLOAD in r["label"] for r in client.get("/api/entities?limit=1000").get_json()["results"])
    reports = [r["id"] for r in client.get("/index.json").get_json()["reports"]]
    assert reports
    js_id = "x." + base64.urlsafe_b64encode(b"javascript:alert(4)").decode().rstrip("=")
    p = quote(PAYLOAD, safe="")
    urls = ["/", f"/search?q={p}", "/search?q=lam+son", "/search?type=person", f"/search?q={p}&type={p}",
            "/graph", "/graph?type=person", f"/graph?report={p}", f"/graph?type={p}", "/statistics",
            f"/statistics?measure={p}&unit={p}&period={p}", f"/statistics?about={p}", f"/statistics?direction={p}",
            f"/entity/{p}", f"/report/{p}", f"/entity/{js_id}",
            "/sparql?" + urlencode({"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"}),
            "/sparql?" + urlencode({"query": PAYLOAD}), "/sparql?" + urlencode({"query": f"ASK {{ {PAYLOAD} }}"}),
            "/sparql?" + urlencode({"example": PAYLOAD}), "/sparql", f"/no/such/{p}", f"/api/{p}",
            f"/search?offset={p}"]
    urls += [f"/entity/{i}" for i in ids] + [f"/report/{r}" for r in reports]
    urls += [f"/report/{r}?focus={p}" for r in reports]
    urls += [f"/doc/{i.replace('.', '/')}.html" for i in ids if not i.startswith(("x.", "c."))]
    return urls


def test_every_page_escapes_data_and_url_input(hostile_client) -> None:  # noqa: ANN001
    problems = []
    pages = 0
    for url in _html_urls(hostile_client):
        for headers in (BROWSER, {"Accept": "text/html"}):
            response = hostile_client.get(url, headers=headers, follow_redirects=True)
            assert response.status_code < 500, url
            if response.mimetype != "text/html":
                continue
            pages += 1
            html = response.get_data(as_text=True)
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            if "<script>alert" in html or "<img src=x" in html:
                problems.append((url, "raw payload"))
            problems.extend((url, p) for p in Page(html).problems)
    assert not problems, problems[:10]
    assert pages > 30


def test_json_and_text_answers_carrying_input_are_never_html(hostile_client) -> None:  # noqa: ANN001
    p = quote(PAYLOAD, safe="")
    for url in (f"/api/entities/{p}", f"/api/entities?q={p}", f"/api/statistics?measure={p}&format=csv",
                f"/export/d3?focus={p}", f"/store?graph={p}", "/sparql?query=" + p, f"/entity/{p}.json"):
        response = hostile_client.get(url, headers={"Accept": "*/*"})
        assert response.mimetype != "text/html", url
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_linked_data_page_links_only_web_iris(hostile_client) -> None:  # noqa: ANN001
    # Regression: the minimal HTML document linked every object IRI, javascript: ones included.
    html = hostile_client.get("/doc/org/cong-an-tinh-lam-son.html").get_data(as_text=True)
    assert "javascript:alert(4)" in html  # shown as text …
    assert 'href="javascript:' not in html and "href=\"data:" not in html  # … never as a link
    assert not Page(html).problems


# =========================================================================== injection


class RecordingStore:
    """A store that records the SPARQL text of every read it is asked for."""

    def __init__(self, store: Any):
        self._store = store
        self.texts: list[str] = []

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if name in ("query", "select", "ask", "construct") and callable(attr):
            def recorded(text: str, *args: Any, **kwargs: Any) -> Any:
                self.texts.append(text)
                return attr(text, *args, **kwargs)
            return recorded
        return attr

    def __len__(self) -> int:
        return len(self._store)


MARK = "INJ7Q"
INJECTIONS = [
    f'{MARK}" }} ; DROP ALL ; #', f"{MARK}> }} UNION {{ ?s ?p ?o }} #", f"{MARK}' || 1=1 --",
    f'{MARK}\\" . }} #', f"?{MARK}", f"<http://evil.example/{MARK}>", f"{MARK}%00", f'{MARK}" ; <http://e/p> "y',
    f"{MARK}\n}} SELECT * {{", f"person.{MARK}~27~7D", f"http://e/{MARK}",
]
REST_PARAMS = {
    "/api/entities": ["q", "type", "limit", "offset"],
    "/api/autocomplete": ["q", "type", "limit"],
    "/api/statistics": ["unit", "measure", "direction", "period", "about", "format"],
    "/api/graph/centrality": ["measure", "type", "limit"],
    "/api/graph/components": ["limit"],
    "/api/graph/path": ["from", "to", "directed"],
    "/api/graph/neighbors/org.cong-an-tinh-lam-son": ["depth"],
    "/export/d3": ["focus", "depth", "type", "report"],
    "/export/turtle": ["focus", "type"],
    "/search": ["q", "type", "offset"],
    "/statistics": ["unit", "measure", "direction", "period", "about"],
    "/graph": ["type", "report"],
}
PATH_ROUTES = ["/api/entities/{}", "/api/graph/neighbors/{}", "/entity/{}", "/report/{}", "/doc/{}.ttl",
               "/doc/{}.html", "/id/{}"]


def _marks_are_bound(text: str) -> bool:
    """Return whether every occurrence of MARK in a query sits inside a string or an IRI term."""
    positions = [m.start() for m in re.finditer(MARK, text)]
    if not positions:
        return True
    spans = [(t.start, t.end) for t in tokens(text) if t.kind in ("string", "iri")]
    return all(any(a <= p < b for a, b in spans) for p in positions)


def test_rest_parameters_are_bound_never_pasted_into_sparql() -> None:
    store = RecordingStore(make_store(TRIG.replace("@base <https://w3id.org/vnkg/id/>",
                                                   f"@base <{LOCAL_BASE}>")))
    client = create_app(settings(update_token=None, base_iri=LOCAL_BASE), store=store).test_client()  # type: ignore[arg-type]
    before = len(store)
    client.get("/api/graph/summary")  # build the cached graph view first: its queries carry no input
    store.texts.clear()
    requests = []
    for route, names in REST_PARAMS.items():
        for name in names:
            for value in INJECTIONS:
                requests.append(f"{route}?{urlencode({name: value})}")
    for value in INJECTIONS:
        for encoded in (quote(value, safe=""),
                        "x." + base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")):
            requests.extend(route.format(encoded) for route in PATH_ROUTES)
    for url in requests:
        response = client.get(url, headers={"Host": "localhost"})
        assert response.status_code in (200, 303, 400, 404), (url, response.status_code)
        if response.mimetype == "application/json" and response.status_code == 200:
            body = response.get_json()
            found = body.get("results", body.get("nodes"))
            if isinstance(found, list) and "q=" not in url and "type=" not in url:
                assert all(MARK not in json.dumps(item) for item in found), url  # no injected rows
    pasted = [t for t in store.texts if not _marks_are_bound(t)]
    assert not pasted, pasted[:3]
    assert any(MARK in t for t in store.texts), "no input reached a query: the test checks nothing"
    assert len(store) == before


def test_protocol_dataset_parameters_cannot_break_out_of_an_iri(seed_client) -> None:  # noqa: ANN001
    for name in ("default-graph-uri", "named-graph-uri"):
        for value in ("http://e/> } ; DROP ALL #", "http://e/g> <http://e/x", "<http://e/g>", " "):
            response = seed_client.get("/sparql", query_string={"query": "ASK {}", name: value})
            assert response.status_code in (200, 400)
            if response.status_code == 400:
                readable(response)
    r = seed_client.post("/sparql?using-graph-uri=" + quote("http://e/> } ; CLEAR ALL #"),
                         data="DELETE WHERE { ?s ?p ?o }", content_type="application/sparql-update")
    assert r.status_code in (400, 403)


# =========================================================================== path traversal

TRAVERSALS = ["../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
              "..\\..\\..\\etc\\passwd", "%2e%2e%5c%2e%2e%5csettings.py", "....//....//etc/passwd",
              "/etc/passwd", "%252e%252e%252fetc%252fpasswd", "..%00/etc/passwd", "..;/..;/etc/passwd"]
LEAKS = ("root:", "import ", "[build-system]", "def ", "SECRET")


@pytest.mark.parametrize("prefix", ["/export/", "/api/entities/", "/api/graph/neighbors/", "/entity/",
                                    "/report/", "/static/", "/vendor/", "/doc/", "/static/../graph/",
                                    "/vendor/lib/vis-9.1.2/"])
def test_path_traversal_finds_no_file(seed_client, prefix: str) -> None:  # noqa: ANN001
    for attack in TRAVERSALS:
        for suffix in ("", ".json", ".ttl", "/../../pyproject.toml", "/../__init__.py"):
            url = prefix + attack + suffix
            response = seed_client.get(url, follow_redirects=True)  # '//' is merged by a 308 first
            body = response.get_data(as_text=True)
            assert response.status_code in (400, 404), (url, response.status_code, body[:200])
            assert all(urlsplit(r.location).netloc in ("", "localhost") for r in response.history), url
            assert not any(leak in body for leak in LEAKS), (url, body[:200])


def test_only_the_listed_files_are_served_from_static_and_vendor(seed_client) -> None:  # noqa: ANN001
    assert seed_client.get("/vendor/vis-network.min.js").status_code == 200
    assert seed_client.get("/static/style.css").status_code == 200
    for url in ("/vendor/__init__.py", "/vendor/lib", "/vendor/vis-network.min.js%00.py", "/static/",
                "/static/../../pyproject.toml", "/vendor/VIS-NETWORK.MIN.JS", "/static/%2e%2e/web/api.py"):
        assert seed_client.get(url).status_code == 404, url


# =========================================================================== over real HTTP


def _raw(port: int, request: bytes, timeout: float = 10) -> bytes:
    """Send raw bytes to the server and return everything it answers."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(request)
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def _status(answer: bytes) -> int:
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    assert match, answer[:200]
    return int(match.group(1))


def test_the_real_server_refuses_traversal_chunked_floods_and_garbage(live_server, tmp_path: Path) -> None:  # noqa: ANN001
    server = live_server(max_request_bytes=LIMIT, update_token=TOKEN, query_workers=0)
    port = server.port
    for path in (b"/static/../../../../etc/passwd", b"/vendor/../../../pyproject.toml",
                 b"/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml", b"/export/../../etc/passwd",
                 b"/api/entities/..%2f..%2f..%2fetc%2fpasswd", b"//etc/passwd", b"/..%5c..%5cpyproject.toml"):
        answer = _raw(port, b"GET " + path + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert _status(answer) in (400, 404), (path, answer[:200])
        assert not any(leak.encode() in answer for leak in LEAKS), path
    # a chunked body (no Content-Length) larger than the limit is cut at the limit: 413
    chunk = b"#" * 8192
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(LIMIT // len(chunk) + 2)) + b"0\r\n\r\n"
    answer = _raw(port, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                        b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + body)
    assert _status(answer) == 413, answer[:300]
    # a Content-Length above the limit is refused before the body is read
    answer = _raw(port, b"PUT /store?default HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\n"
                        b"Authorization: Bearer " + TOKEN.encode() + b"\r\nContent-Length: 1000000000\r\n"
                        b"Connection: close\r\n\r\n<a> <b> <c> .")
    assert _status(answer) == 413, answer[:300]
    for garbage in (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 40 + b"\r\n\r\n",  # a TLS hello
                    b"GET /sparql HTTP/9.9\r\n\r\n", b"GET " + b"/a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
                    b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Long: " + b"y" * 20000 + b"\r\n\r\n"):
        answer = _raw(port, garbage)
        assert answer == b"" or 400 <= _status(answer) < 500, answer[:200]
    # and it still answers afterwards
    answer = _raw(port, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nAccept: application/sparql-results+json"
                        b"\r\nConnection: close\r\n\r\n")
    assert _status(answer) == 200 and b"boolean" in answer
    assert b"Traceback" not in server.log.read_bytes()


# =========================================================================== HTML with scripts into the builder

# A saved news page (written for this test, names invented) whose scripts, styles and handlers
# carry text that looks like facts: none of it may reach the graph.
SCRIPTED_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Công an tỉnh Lâm Sơn tổng kết công tác năm 2025</title>
<meta property="og:site_name" content="Báo Lâm Sơn">
<script>var officer = "Thiếu tướng Trần Giả Mạo, Giám đốc Công an tỉnh Giả"; document.write(officer);</script>
<style>body::after { content: "Đại tá Lê Kịch Bản, Phó Giám đốc" }</style></head>
<body onload="alert('onload')"><nav><a href="javascript:alert(1)">Trang chủ</a></nav>
<article><h1>Công an tỉnh Lâm Sơn tổng kết công tác năm 2025</h1>
<p>Ngày 12/12/2025, Công an tỉnh Lâm Sơn tổ chức hội nghị tổng kết công tác năm 2025. Đại tá Phạm Quốc Thuỵ,
Giám đốc Công an tỉnh Lâm Sơn, chủ trì hội nghị.</p>
<script>alert("Thiếu tướng Hoàng Độc Hại, Giám đốc Công an tỉnh Giả")</script>
<p>Năm 2025, số vụ phạm pháp hình sự giảm 12,5% so với cùng kỳ. Lực lượng chức năng đã xử lý hơn 40 vụ vi
phạm. Bài báo trích một đoạn mã &lt;script&gt;alert(5)&lt;/script&gt; mà tin tặc đã dùng.</p>
<p onclick="alert(6)">Hội nghị đã trao giấy khen cho 7 tập thể và 13 cá nhân có thành tích xuất sắc.</p>
<iframe src="javascript:alert(7)"></iframe><noscript>Thiếu tướng Ẩn Danh</noscript>
</article></body></html>
"""
SCRIPT_ONLY_PAGE = ("<html><head><script>" + "var x = 'Thiếu tướng Nguyễn Văn Mã'; " * 200
                    + "</script></head><body><script>document.write('Công an tỉnh')</script></body></html>")


def test_html_with_scripts_builds_its_article_and_nothing_of_its_scripts(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graph.cli import main

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "lamson-scripted.html").write_text(SCRIPTED_PAGE, encoding="utf-8")
    (folder / "only-scripts.html").write_text(SCRIPT_ONLY_PAGE, encoding="utf-8")
    store_path = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(folder), "--store", str(store_path)])
    assert result.exit_code == 1, result.output  # one report failed
    assert "1 built" in result.output and "1 failed" in result.output
    assert "only-scripts.html" in result.output and "no article text" in result.output
    with open_store(store_path, read_only=True) as store:
        literals = [str(r["o"]) for r in store.select("SELECT DISTINCT ?o { GRAPH ?g { ?s ?p ?o } FILTER(isLiteral(?o)) }")]
        text = next(t for t in literals if "Phạm Quốc Thuỵ" in t and "12,5%" in t)  # the article's text
        for scripted in ("Giả Mạo", "Kịch Bản", "Độc Hại", "Ẩn Danh", "document.write", "onload", "alert(6)",
                         "alert(7)", "javascript:"):
            assert not any(scripted in t for t in literals), scripted
        assert "<script>alert(5)</script>" in text  # text about a script stays text …
        people = [str(r["l"]) for r in store.select(
            "SELECT ?l { GRAPH ?g { ?p a <https://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")]
        assert "Phạm Quốc Thuỵ" in people and len(set(people)) == 1
        client = create_app(settings(update_token=None), store=store).test_client()
        report = client.get("/index.json").get_json()["reports"][0]["id"]
        html = client.get(f"/report/{report}", headers=BROWSER).get_data(as_text=True)
        assert "&lt;script&gt;alert(5)&lt;/script&gt;" in html and "<script>alert" not in html  # … shown as text
        assert not Page(html).problems


# =========================================================================== a build under a running server

WRITER = r"""
import sys
from graph.build import build
from graph.store import open_store
from graph.store.oxigraph import OxigraphStore

def pause(name):
    def wrapped(self, *args, **kwargs):
        out = getattr(OxigraphStore, "_orig_" + name)(self, *args, **kwargs)
        print(name, flush=True)
        sys.stdin.readline()  # the test reads the server, then lets the build go on
        return out
    return wrapped

for name in ("replace_graph", "drop_graph", "add_new_graphs"):
    setattr(OxigraphStore, "_orig_" + name, getattr(OxigraphStore, name))
    setattr(OxigraphStore, name, pause(name))
store = open_store(sys.argv[1])
build([sys.argv[2]], store)
store.close()
print("done", flush=True)
"""

COUNTS = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/graph/')) } "
          "GROUP BY ?g")


def _graph_counts(client: Any) -> dict[str, int]:
    response = client.get("/sparql", query_string={"query": COUNTS}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.get_data(as_text=True)
    return {b["g"]["value"]: int(b["n"]["value"]) for b in response.get_json()["results"]["bindings"]}


def _reports(directory: Path, names: list[str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.iterdir():
        old.unlink()
    for name in names:
        (directory / name).write_bytes((ROOT / "tests" / "corpus" / "reports" / name).read_bytes())
    return directory


def _paused_build(path: Path, reports: Path, checkpoint: Callable[[str], None]) -> None:
    """Build ``reports`` into ``path`` in another process that stops at each write for ``checkpoint``."""
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(reports)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert writer.stdin is not None and writer.stdout is not None
    try:
        for line in writer.stdout:
            if line.strip() == "done":
                break
            checkpoint(line.strip())
            writer.stdin.write("\n")
            writer.stdin.flush()
        assert writer.wait(120) == 0, writer.stderr.read() if writer.stderr else ""
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()


@pytest.mark.parametrize("query_workers", [0, 2], ids=["in-thread", "worker-processes"])
def test_a_server_answers_from_whole_reports_while_a_build_rewrites_the_store(tmp_path: Path,
                                                                            query_workers: int) -> None:
    """A read-only server and a build in another process: at every write, and in between, each
    report graph the server sees is absent, its old version or its new one — never a part.

    Regression: a read-only reopen that raced the writer's compaction ("Corruption: IO error: No
    such file") was answered 500; it is now retried, and meanwhile the previous snapshot answers.
    """
    available = sorted(p.name for p in (ROOT / "tests" / "corpus" / "reports").glob("*.txt"))
    first, second = available[:2], [available[0], available[2]]
    path = tmp_path / "store"
    reports = tmp_path / "reports"

    def run_build(names: list[str], checkpoint: Callable[[str], None]) -> None:
        _paused_build(path, _reports(reports, names), checkpoint)

    run_build(first, lambda line: None)
    with open_store(path, read_only=True) as snapshot:
        old = _graph_counts(create_app(settings(update_token=None), store=snapshot).test_client())
    assert len(old) == 2

    # what `vnkg serve` without a token holds
    server_store = open_store(path, read_only=True, query_workers=query_workers)
    app = create_app(settings(update_token=None, query_workers=query_workers), store=server_store)
    client, other_client = app.test_client(), app.test_client()
    seen: list[dict[str, int]] = []
    errors: list[str] = []
    stop = threading.Event()

    def reader() -> None:  # a client reading all the time, between the checkpoints too
        while not stop.is_set():
            try:
                seen.append(_graph_counts(other_client))
                assert other_client.get("/api/graph/summary").status_code == 200
            except Exception as e:  # noqa: BLE001 - collected for the main thread
                errors.append(f"{type(e).__name__}: {e}")
            time.sleep(0.01)

    checkpoints = 0

    def checkpoint(line: str) -> None:
        nonlocal checkpoints
        checkpoints += 1
        seen.append(_graph_counts(client))

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        run_build(second, checkpoint)
    finally:
        stop.set()
        thread.join(30)
    new = _graph_counts(client)
    server_store.close()
    assert not errors, errors[:3]
    assert len(seen) > checkpoints  # the reader saw states between the checkpoints too
    assert checkpoints >= 3  # ontology, the new report, the dropped one (and the derived graph)
    kept, dropped, added = (f"graph/{Path(n).stem}" for n in (first[0], first[1], second[1]))
    assert any(g.endswith(dropped) for g in old) and not any(g.endswith(dropped) for g in new)
    assert any(g.endswith(added) for g in new)
    for state in seen:
        for graph, count in state.items():
            allowed = {old.get(graph), new.get(graph)} - {None}
            assert count in allowed, (graph, count, allowed)
    assert any(any(g.endswith(kept) for g in state) for state in seen)


def test_a_server_on_a_new_store_sees_it_empty_until_the_first_build_has_written_it(tmp_path: Path) -> None:
    """The first build of an empty store writes with the engine's bulk loader (not atomic): a
    read-only server open meanwhile, its query workers too, sees the store as it was (empty), then,
    once the build ends, every report whole. A claim left by a writer that died is ignored."""
    from graph.store.oxigraph import BULK_CLAIM

    names = sorted(p.name for p in (ROOT / "tests" / "corpus" / "reports").glob("*.txt"))[:3]
    path, reports = tmp_path / "store", _reports(tmp_path / "reports", names)
    server_store = open_store(path, read_only=True, query_workers=1)  # before the store exists
    # What is asserted is what the server sees, not how fast: once in a whole-suite run a query here ran
    # past the short test limit (5 s), so this test gives its queries 30 s.
    client = create_app(settings(update_token=None, query_workers=1, query_timeout=30.0),
                        store=server_store).test_client()
    assert _graph_counts(client) == {}
    paused: list[str] = []

    def checkpoint(line: str) -> None:
        paused.append(line)
        counts = _graph_counts(client)
        if (path / BULK_CLAIM).exists():
            assert counts == {}, line  # the bulk-written graphs are not seen yet
            with open_store(path, read_only=True) as snapshot:
                assert len(snapshot) == 0
        else:  # the reports are written: every one is whole
            assert "add_new_graphs" in paused[:-1], paused
            assert len(counts) == len(names) and all(n > 0 for n in counts.values()), counts

    _paused_build(path, reports, checkpoint)
    assert "add_new_graphs" in paused
    assert not (path / BULK_CLAIM).exists()
    counts = _graph_counts(client)
    server_store.close()
    assert len(counts) == len(names) and all(n > 0 for n in counts.values())
    with open_store(path, read_only=True) as snapshot:
        assert _graph_counts(create_app(settings(update_token=None), store=snapshot).test_client()) == counts
    # A claim whose writer is gone (a build killed mid-way) hides nothing.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (path / BULK_CLAIM).write_text(f"{dead.pid}\n", encoding="ascii")
    with open_store(path, read_only=True) as snapshot:
        assert _graph_counts(create_app(settings(update_token=None), store=snapshot).test_client()) == counts


def _triples_file(path: Path, graph: int, n: int) -> Path:
    lines = (f'<http://example.org/g{graph}/s{i}> <http://example.org/p{i % 7}> "value {i} of {graph}" .\n'
             for i in range(n))
    path.write_text("".join(lines), encoding="utf-8")
    return path


# One query, so one snapshot: each named graph's count, and the default graph's as "union".
GRAPHS_AND_UNION = ("SELECT ?g (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION "
                    "{ ?s ?p ?o BIND(\"union\" AS ?g) } } GROUP BY ?g")


@pytest.mark.parametrize("query_workers", [0, 1], ids=["in-thread", "worker-processes"])
def test_vnkg_load_beside_a_read_only_server_shows_each_file_whole_or_not_at_all(tmp_path: Path,
                                                                                query_workers: int) -> None:
    """`vnkg load` into a store a read-only server reads (the README says they run side by side):
    each loaded graph, and the default graph (their union), is seen empty or whole, never part."""
    path, n = tmp_path / "store", 10_000
    first = _triples_file(tmp_path / "first.nt", 0, n)
    files = [_triples_file(tmp_path / f"more{k}.nt", k, n) for k in (1, 2, 3)]
    load = [sys.executable, "-m", "graph", "load", "--store", str(path)]
    subprocess.run([*load, str(first)], cwd=ROOT, check=True, capture_output=True)
    server_store = open_store(path, read_only=True, query_workers=query_workers)
    app = create_app(settings(update_token=None, query_workers=query_workers, query_timeout=60), store=server_store)
    client = app.test_client()
    seen: list[tuple[dict[str, int], int]] = []
    errors: list[str] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                response = client.get("/sparql", query_string={"query": GRAPHS_AND_UNION},
                                      headers={"Accept": "application/sparql-results+json"})
                assert response.status_code == 200, response.get_data(as_text=True)
                counts = {b["g"]["value"]: int(b["n"]["value"]) for b in response.get_json()["results"]["bindings"]}
                total = counts.pop("union", 0)
                seen.append((counts, total))
            except Exception as e:  # noqa: BLE001 - collected for the main thread
                errors.append(f"{type(e).__name__}: {e}")

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        loaded = subprocess.run([*load, *map(str, files)], cwd=ROOT, capture_output=True, text=True)
        time.sleep(0.2)
    finally:
        stop.set()
        thread.join(60)
        server_store.close()
    assert loaded.returncode == 0, loaded.stderr
    assert not errors, errors[:3]
    assert len(seen) > 3
    for graphs, total in seen:
        assert all(count == n for count in graphs.values()), graphs
        assert total == n * len(graphs), (total, graphs)  # the union holds whole graphs only
    assert len(seen[-1][0]) == 4


# =========================================================================== the README


def test_readme_says_how_to_deploy_and_shows_the_latest_figures() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    deploying = readme.split("## Deploying", 1)[1].split("\n## ", 1)[0]
    for needed in ("VNKG_UPDATE_TOKEN", "Authorization: Bearer", "max_request_bytes", "query_timeout",
                   "service_allow_hosts", "reverse proxy", "X-Forwarded-Proto", "proxy_pass"):
        assert needed in deploying, needed
    reliability = readme.split("## Reliability", 1)[1].split("\n## ", 1)[0]
    table = reliability.split("<!-- load:start -->", 1)[1].split("<!-- load:end -->", 1)[0]
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in table.strip().splitlines()[2:]]
    assert {(r[0], r[1]) for r in rows} >= {("8", "yes"), ("32", "yes")}  # clients, with the runaway
    for row in rows:
        assert float(row[2]) >= 60 and row[9] == "0" and row[10] == "0"  # 60 s, no 5xx, nothing dropped
        assert row[1] == "no" or row[11].split("/")[0] == row[11].split("/")[1]  # every runaway cut
    assert "make loadtest" in reliability and "make fuzz-api" in reliability
