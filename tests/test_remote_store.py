"""The remote backend against a real SPARQL server: ``oxigraph serve`` on loopback.

The reports are built into the remote and into an embedded in-memory store; every answer (queries
in every format, the REST API, exports, Linked Data, the SPARQL endpoint) must be the same. The
remote is killed in the middle of a build and of a batched write: the error names the URL and the
cause, no report graph is ever half-written, and a re-run finishes the job.
"""

from __future__ import annotations

import base64
import dataclasses
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import networkx as nx
import pytest
import requests
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.query import Result

from graph.build import build
from graph.queries import examples
from graph.rdf import ONTOLOGY_GRAPH, report_graph_iri, report_stem
from graph.settings import Settings, SettingsError, load_settings
from graph.store import (
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyStoreError,
    Store,
    StoreError,
    StoreUnavailable,
    open_store,
)
from graph.store.remote import STAGING_PREFIX, RemoteStore, query_kind, split_lines, with_base

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "cantho-police-2025-07-18.txt"
CORPUS = sorted((ROOT / "tests" / "corpus" / "reports").glob("*.txt"))[:2]
REPORTS = [SEED, *CORPUS]
OXIGRAPH = shutil.which("oxigraph", path=os.pathsep.join([str(Path(sys.executable).parent),
                                                         os.environ.get("PATH", "")]))

pytestmark = pytest.mark.skipif(
    OXIGRAPH is None, reason="the `oxigraph` server is not installed (pip install oxigraph: the test extra)")

RDFLIB_RDF = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld", "n3": "n3"}


# --------------------------------------------------------------------------- the remote


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve`` on a loopback port, with its database in ``location``."""

    def __init__(self, location: Path, *, union: bool = False):
        self.location, self.union = location, union
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30) -> OxigraphServer:
        # --timeout-s: a query this client gave up on does not keep the remote busy for long
        args = [str(OXIGRAPH), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
                "--timeout-s", "5"] + (["--union-default-graph"] if self.union else [])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                # (re)start; a port just freed by a killed server may take a moment to be bound again
                self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                requests.get(self.url + "/query", timeout=1)
                return self
            except requests.RequestException:
                time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"oxigraph serve did not answer on {self.url} within {timeout} s")

    def kill(self) -> None:
        """Stop the server abruptly (SIGKILL), as a crash or a pulled plug would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def store(self, **options: object) -> RemoteStore:
        """Return a client with the standard endpoints: query, update and graph store."""
        options.setdefault("retries", 1)
        options.setdefault("backoff", 0.05)
        return RemoteStore(self.url + "/query", update_url=self.url + "/update", gsp_url=self.url + "/store",
                           **options)  # type: ignore[arg-type]

    def raw_graphs(self) -> list[str]:
        """Return every named graph on the server, asked directly (staging graphs included)."""
        response = requests.post(self.url + "/query", data={"query": "SELECT DISTINCT ?g { GRAPH ?g {} }"},
                                 headers={"Accept": "application/sparql-results+json"}, timeout=10)
        return sorted(b["g"]["value"] for b in response.json()["results"]["bindings"])


@pytest.fixture(scope="module")
def embedded() -> Iterator[Store]:
    """The embedded in-memory store built from the test reports (what the remote must equal)."""
    store = open_store(None)
    summary = build(REPORTS, store)
    assert not summary.failed, summary.lines()
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    srv = OxigraphServer(tmp_path_factory.mktemp("remote")).start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def remote(server: OxigraphServer) -> Iterator[RemoteStore]:
    """The remote store with the test reports built into it (through Graph Store PUTs)."""
    store = server.store()
    summary = build(REPORTS, store)
    assert not summary.failed, summary.lines()
    yield store
    store.close()


def report_graphs(store: Store) -> dict[str, set[bytes]]:
    """Return each graph's N-Triples lines: equal sets mean equal graphs (no blank nodes in a build)."""
    return {g: set(store.dump("ntriples", g).splitlines()) for g in store.graphs()}


# --------------------------------------------------------------------------- build and queries


def test_build_into_the_remote_equals_the_embedded_build(remote: RemoteStore, embedded: Store) -> None:
    assert remote.graphs() == embedded.graphs()
    assert {str(report_graph_iri(report_stem(p.name))) for p in REPORTS} <= set(remote.graphs())
    assert len(remote) == len(embedded)
    assert report_graphs(remote) == report_graphs(embedded)
    assert sorted(remote.dump("nquads").splitlines()) == sorted(embedded.dump("nquads").splitlines())


def test_a_rebuild_skips_unchanged_reports(remote: RemoteStore, embedded: Store) -> None:
    summary = build(REPORTS, remote)
    assert summary.count("unchanged") == len(REPORTS) and summary.count("built") == 0
    assert report_graphs(remote) == report_graphs(embedded)


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.name)
def test_example_queries_answer_as_embedded(remote: RemoteStore, embedded: Store, example) -> None:
    rows, expected = remote.select(example.query), embedded.select(example.query)
    assert rows and rows[0].keys() == expected[0].keys()
    assert sorted(rows, key=repr) == sorted(expected, key=repr)  # ties of ORDER BY may come in any order


# A remote oxigraph's union default graph is a bag (ours is a set): compare distinct rows.
LABELS = ("SELECT DISTINCT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } "
          "ORDER BY ?s ?label")
SEED_GRAPH = str(report_graph_iri(report_stem(SEED.name)))
CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{SEED_GRAPH}> {{ ?s ?p ?o }} }}"
REPORT_NODE = SEED_GRAPH.replace("/graph/", "/report/")
SMALL_CONSTRUCT = f"CONSTRUCT {{ <{REPORT_NODE}> ?p ?o }} WHERE {{ <{REPORT_NODE}> ?p ?o }}"


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_results_in_every_format_whole_and_capped(remote: RemoteStore, embedded: Store, fmt: str) -> None:
    assert remote.query(LABELS).serialize(fmt) == embedded.query(LABELS).serialize(fmt)
    capped_r, capped_e = remote.query(LABELS), embedded.query(LABELS)
    data = capped_r.serialize(fmt, max_rows=7)
    assert data == capped_e.serialize(fmt, max_rows=7)
    assert capped_r.truncated and capped_e.truncated
    assert len(Result.parse(io.BytesIO(data), format=fmt).bindings) == 7
    exact = remote.query("SELECT ?g WHERE { GRAPH ?g {} }")
    exact.serialize(fmt, max_rows=len(remote.graphs()))
    assert not exact.truncated


@pytest.mark.parametrize("fmt", sorted(RDFLIB_RDF))
def test_graph_results_in_every_format(remote: RemoteStore, embedded: Store, fmt: str) -> None:
    ours = Graph().parse(data=remote.query(CONSTRUCT).serialize(fmt), format=RDFLIB_RDF[fmt])
    theirs = Graph().parse(data=embedded.query(CONSTRUCT).serialize(fmt), format=RDFLIB_RDF[fmt])
    assert len(ours) > 1000 and isomorphic(ours, theirs)
    capped = remote.query(CONSTRUCT)
    assert len(Graph().parse(data=capped.serialize(fmt, max_rows=25), format=RDFLIB_RDF[fmt])) == 25
    assert capped.truncated


def test_python_values_ask_and_union_default_graph(remote: RemoteStore, embedded: Store) -> None:
    assert set(remote.query(CONSTRUCT)) == set(embedded.query(CONSTRUCT))
    person = "ASK { ?p a <https://schema.org/Person> }"
    assert remote.ask(person) is True and remote.query(person).serialize("csv") == b"true"
    # the default graph is the union of the reports' graphs, unless asked otherwise
    # the remote's own default graph is empty; ours holds the union itself, as a set (issue 15)
    assert remote.ask(person, union_default_graph=False) is False
    assert embedded.ask(person, union_default_graph=False) is True
    assert remote.ask(person, default_graph_uris=[SEED_GRAPH])
    assert not remote.ask(person, default_graph_uris=[str(ONTOLOGY_GRAPH)])
    named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p a <https://schema.org/Person> } } ORDER BY ?g"
    assert remote.select(named) == embedded.select(named)
    result = remote.query(LABELS)
    assert result.variables == ["s", "label"]
    assert list(result) == embedded.select(LABELS)
    with pytest.raises(RuntimeError, match="already read"):
        result.serialize("json")


def test_errors_keep_the_embedded_rules(remote: RemoteStore) -> None:
    with pytest.raises(QuerySyntaxError, match=r"error at 1:\d+"):
        remote.select("SELECT * WHERE { ?s ?p }")
    with pytest.raises(QuerySyntaxError, match="not a SPARQL query"):
        remote.query("INSERT DATA { <http://e/a> <http://e/b> 1 }")
    with pytest.raises(QueryRefused, match="service_allow_hosts"):
        remote.query("SELECT * WHERE { SERVICE <http://example.net/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryRefused, match="LOAD"):
        remote.update("LOAD <http://example.net/data.ttl>")
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="time limit of 0.5 s"):
        remote.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                     timeout=0.5).serialize("json")
    assert time.monotonic() - started < 3


def test_relative_iris_resolve_against_the_base(remote: RemoteStore) -> None:
    rows = remote.select("SELECT ?x WHERE { BIND(<thing> AS ?x) }", base_iri="http://example.org/a/")
    assert str(rows[0]["x"]) == "http://example.org/a/thing"


# --------------------------------------------------------------------------- writes and generations


def test_graph_writes_and_generation_seen_by_another_client(server: OxigraphServer) -> None:
    writer, reader = server.store(), server.store(refresh=0)
    before = reader.generation
    g = "http://example.org/scratch"
    writer.replace_graph(g, b'<http://e/a> <http://e/b> "1" .')
    assert reader.generation != before
    assert writer.has_graph(g) and reader.has_graph(g) and g in reader.graphs()
    writer.add_to_graph(g, [(b'_:x <http://e/b> "2" .', "ntriples"), (b"_:x <http://e/b> 2 .", "turtle")])
    assert len(reader.select(f"SELECT * {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")) == 3  # blank nodes kept apart
    writer.replace_graph(g, b"")
    assert writer.has_graph(g) and writer.dump("ntriples", g) == b""
    assert writer.drop_graph(g) is True and writer.drop_graph(g) is False and not reader.has_graph(g)
    writer.update(f"INSERT DATA {{ GRAPH <{g}> {{ <http://e/u> <http://e/v> 3 }} }}")
    assert reader.ask("ASK { <http://e/u> ?p 3 }")
    writer.drop_graph(g)


def test_load_into_a_union_remote_answers_the_same(tmp_path: Path, embedded: Store) -> None:
    """A remote whose default graph is the union already (remote_default_graph = union), filled by load."""
    srv = OxigraphServer(tmp_path / "union", union=True).start()
    try:
        store = srv.store(default_graph="union")
        store.load(embedded.dump("trig"), "trig")
        assert store.graphs() == embedded.graphs() and len(store) == len(embedded)
        for example in examples():
            assert sorted(store.select(example.query), key=repr) == \
                sorted(embedded.select(example.query), key=repr), example.name
        assert store.select(LABELS) == embedded.select(LABELS)
    finally:
        srv.stop()


def test_the_remote_dies_mid_build_and_a_rerun_completes(tmp_path: Path, embedded: Store) -> None:
    srv = OxigraphServer(tmp_path / "dies").start()
    try:
        store = srv.store()
        loaded_before_kill = 1

        def kill_after(items, total):  # the progress hook sees each report just before it is written
            for n, item in enumerate(items):
                if n == loaded_before_kill:
                    srv.kill()
                yield item

        with pytest.raises(StoreUnavailable) as failure:
            build(REPORTS, store, progress=kill_after)
        message = str(failure.value)
        assert srv.url in message and "cannot reach the remote store" in message
        assert "refused" in message.lower()

        srv.start()
        expected = report_graphs(embedded)
        found = report_graphs(store)
        reports = [g for g in found if g != str(ONTOLOGY_GRAPH)]
        # New reports are written in batches: those before the kill may still be in the batch.
        assert len(reports) <= loaded_before_kill
        for g in found:  # whatever was written is whole
            assert found[g] == expected[g], g

        summary = build(REPORTS, srv.store())
        assert summary.count("unchanged") == len(reports)
        assert summary.count("built") == len(REPORTS) - len(reports)
        assert report_graphs(store) == expected
    finally:
        srv.stop()


def test_a_batched_write_interrupted_leaves_the_graph_whole(tmp_path: Path, embedded: Store) -> None:
    srv = OxigraphServer(tmp_path / "batches").start()
    try:
        full = embedded.dump("ntriples", SEED_GRAPH)
        old = b'<http://e/old> <http://e/p> "1" .\n'
        store = srv.store(batch_bytes=64 * 1024)
        store.replace_graph(SEED_GRAPH, old)
        batches = []

        def kill_on_third_batch(response: requests.Response, *args: object, **kwargs: object) -> None:
            if STAGING_PREFIX in requests.utils.unquote(response.url):
                batches.append(response.url)
                if len(batches) == 2:
                    srv.kill()

        store._safe.hooks["response"].append(kill_on_third_batch)  # the session idempotent writes use
        with pytest.raises(StoreUnavailable, match="cannot reach"):
            store.replace_graph(SEED_GRAPH, full)
        srv.start()
        assert store.dump("ntriples", SEED_GRAPH) == old  # the old graph, not a half of the new one
        assert any(g.startswith(STAGING_PREFIX) for g in srv.raw_graphs())  # the partial batches...
        assert store.graphs() == [SEED_GRAPH]  # ...are not a graph of the store

        again = srv.store(batch_bytes=64 * 1024)
        again.replace_graph(SEED_GRAPH, full)  # the next writer drops the leftovers first
        assert srv.raw_graphs() == [SEED_GRAPH]
        assert set(again.dump("ntriples", SEED_GRAPH).splitlines()) == set(full.splitlines())
        assert len(full) > 4 * 64 * 1024  # so the write above went in several batches, then one MOVE
        again.add_to_graph(SEED_GRAPH, full)  # staged ADD: the same triples, nothing new
        assert set(again.dump("ntriples", SEED_GRAPH).splitlines()) == set(full.splitlines())
    finally:
        srv.stop()


def test_read_only_remote_refuses_writes(server: OxigraphServer) -> None:
    store = server.store(read_only=True)
    assert store.graphs()  # reads work
    with pytest.raises(ReadOnlyStoreError):
        store.update("INSERT DATA { <http://e/a> <http://e/b> 1 }")
    with pytest.raises(ReadOnlyStoreError):
        store.replace_graph("http://example.org/x", b"")


# --------------------------------------------------------------------------- the web layer


@pytest.fixture(scope="module")
def clients(remote: RemoteStore, embedded: Store):  # noqa: ANN201 - (remote client, embedded client)
    from graph.web import create_app

    settings = Settings(store=":memory:", query_timeout=5.0, max_rows=50, query_workers=0)
    return (create_app(settings, store=remote).test_client(),
            create_app(settings, store=embedded).test_client())


def canonical(value: object) -> object:
    """Return JSON with every list sorted: the views list what the store yields in no fixed order."""
    if isinstance(value, dict):
        # an edge's id in a Cytoscape export is its position ("e12"), so it follows the store's order
        return {k: canonical(v) for k, v in value.items()
                if not (k == "id" and isinstance(v, str) and re.fullmatch(r"e\d+", v))}
    if isinstance(value, list):
        return sorted((canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def _same(clients, url: str, **kwargs: object):  # noqa: ANN001, ANN202
    ours, theirs = (c.get(url, **kwargs) for c in clients)
    assert ours.status_code == theirs.status_code, (url, ours.get_data(as_text=True)[:300])
    assert ours.headers.get("Content-Type") == theirs.headers.get("Content-Type"), url
    assert ours.headers.get("X-Result-Truncated") == theirs.headers.get("X-Result-Truncated"), url
    return ours, theirs


def test_rest_api_exports_and_pages_answer_as_embedded(clients) -> None:  # noqa: ANN001
    entities = clients[1].get("/api/entities?limit=1000").get_json()["results"]
    assert len(entities) > 50
    ids = [e["id"] for e in entities[:: max(1, len(entities) // 12)]]
    urls = ["/api/entities?limit=1000", "/api/entities?q=cong an", "/api/autocomplete?q=thanh",
            "/api/statistics", "/api/statistics?format=csv", "/api/statistics?direction=decrease",
            "/api/graph/summary", "/api/graph/components", "/api/graph/centrality?limit=10",
            f"/api/graph/path?from={ids[0]}&to={ids[-1]}", "/export/d3", "/export/graphml", "/export/cytoscape",
            "/", "/index.json", "/search.json?q=cong an"]
    for entity in ids:
        urls += [f"/api/entities/{entity}", f"/api/graph/neighbors/{entity}?depth=1"]
    for url in urls:
        ours, theirs = _same(clients, url)
        assert same_body(ours, theirs), url


def same_body(ours, theirs) -> bool:  # noqa: ANN001 - two test responses
    """Return whether two answers say the same, whatever order the store yielded things in."""
    if ours.is_json:
        return canonical(ours.get_json()) == canonical(theirs.get_json())
    if "graphml" in ours.mimetype:
        a, b = (nx.read_graphml(io.BytesIO(r.get_data())) for r in (ours, theirs))
        return (sorted(a.nodes(data=True), key=repr) == sorted(b.nodes(data=True), key=repr)
                and sorted(a.edges(data=True), key=repr) == sorted(b.edges(data=True), key=repr))
    return sorted(ours.get_data().splitlines()) == sorted(theirs.get_data().splitlines())


def test_linked_data_answers_as_embedded(clients) -> None:  # noqa: ANN001
    entities = clients[1].get("/api/entities?type=person").get_json()["results"]
    path = "/id/" + entities[0]["iri"].split("/id/", 1)[1]
    ours, theirs = _same(clients, path, headers={"Accept": "text/turtle"})
    if ours.status_code == 200:
        assert isomorphic(Graph().parse(data=ours.get_data(), format="turtle"),
                          Graph().parse(data=theirs.get_data(), format="turtle"))


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv", "text/tab-separated-values",
                                    "application/sparql-results+xml"])
def test_sparql_endpoint_forwards_with_its_own_limits(clients, accept: str) -> None:  # noqa: ANN001
    ours, theirs = _same(clients, "/sparql", query_string={"query": LABELS}, headers={"Accept": accept})
    assert ours.status_code == 200 and ours.headers["X-Result-Truncated"] == "max_rows=50"
    assert ours.get_data() == theirs.get_data()


def test_sparql_endpoint_errors_and_read_only_rule(clients) -> None:  # noqa: ANN001
    ours, theirs = _same(clients, "/sparql", query_string={"query": "SELECT * { ?s ?p }"})
    assert ours.status_code == 400 and b"error at 1:" in ours.get_data()
    for client in clients:
        response = client.post("/sparql", data={"update": "CLEAR ALL"})
        assert response.status_code in (401, 403)
    ours, theirs = _same(clients, "/sparql", query_string={"query": SMALL_CONSTRUCT},
                         headers={"Accept": "text/turtle"})
    assert ours.status_code == 200 and "X-Result-Truncated" not in ours.headers
    assert isomorphic(Graph().parse(data=ours.get_data(), format="turtle"),
                      Graph().parse(data=theirs.get_data(), format="turtle"))
    ours, theirs = _same(clients, "/store", query_string={"graph": SEED_GRAPH},
                         headers={"Accept": "application/n-triples"})
    assert set(ours.get_data().splitlines()) == set(theirs.get_data().splitlines())


def test_the_server_opens_a_remote_read_only_without_token(server: OxigraphServer) -> None:
    from graph.web import open_settings_store

    settings = Settings(store=server.url + "/query", update_url=server.url + "/update",
                        gsp_url=server.url + "/store", remote_retries=0)
    store = open_settings_store(settings)
    assert isinstance(store, RemoteStore) and store.read_only
    assert (store.update_url, store.gsp_url, store.retries) == (settings.update_url, settings.gsp_url, 0)
    assert not open_settings_store(dataclasses.replace(settings, update_token="t")).read_only


# --------------------------------------------------------------------------- the command line


def test_vnkg_build_against_a_remote_and_a_dead_one(server: OxigraphServer) -> None:
    from graph.cli import main

    runner = CliRunner()
    env = {"VNKG_REMOTE_RETRIES": "0", "VNKG_CONFIG": ""}
    url = server.url
    result = runner.invoke(main, ["build", str(SEED), "--store", url + "/query", "--update-url", url + "/update",
                                  "--gsp-url", url + "/store"], env=env)
    assert result.exit_code == 0, result.output
    assert "1 unchanged" in result.output or "1 built" in result.output
    dead = f"http://127.0.0.1:{free_port()}"
    result = runner.invoke(main, ["build", str(SEED), "--store", dead + "/query"], env=env)
    assert result.exit_code == 1
    assert f"cannot reach the remote store at {dead}/query" in result.output
    assert "run the same build again" in result.output and "Traceback" not in result.output


# --------------------------------------------------------------------------- failures, without a real server


EMPTY_SELECT = b'{"head": {"vars": ["g"]}, "results": {"bindings": []}}'


class FakeRemote:
    """A loopback HTTP server: queries (``/sparql``) get ``query_status``, anything else ``status``."""

    def __init__(self, status: int, body: bytes = b"try later", query_status: int | None = None):
        self.status, self.body, self.query_status = status, body, query_status
        self.requests: list[tuple[str, str, str | None]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                fake.requests.append((self.command, self.path, self.headers.get("Authorization")))
                status, body, kind = fake.status, fake.body, "text/plain"
                if fake.query_status is not None and self.path.startswith("/sparql"):
                    status, body, kind = fake.query_status, EMPTY_SELECT, "application/sparql-results+json"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def sent(self, path: str) -> int:
        return sum(1 for r in self.requests if r[1].startswith(path))

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_unavailable_remote_is_retried_with_back_off_where_safe() -> None:
    fake = FakeRemote(503)
    try:
        store = RemoteStore(fake.url + "/sparql", retries=2, backoff=0.05)
        started = time.monotonic()
        with pytest.raises(StoreUnavailable, match=r"unavailable \(HTTP 503: try later\) \(tried 3 times\)"):
            store.select("SELECT * {}")
        assert fake.sent("/sparql") == 3 and time.monotonic() - started >= 0.05  # the back-off waited
    finally:
        fake.close()
    # queries answer, the update endpoint is overloaded
    fake = FakeRemote(503, query_status=200)
    try:
        store = RemoteStore(fake.url + "/sparql", update_url=fake.url + "/update", retries=2, backoff=0.01)
        with pytest.raises(StoreUnavailable, match="HTTP 503"):
            store.update("INSERT DATA { <http://e/a> <http://e/b> 1 }")
        assert fake.sent("/update") == 1  # an arbitrary update may not be repeated: sent once
        with pytest.raises(StoreUnavailable, match="tried 3 times"):
            store.replace_graph("http://example.org/g", b'<http://e/a> <http://e/b> "1" .')
        assert fake.sent("/update") == 1 + 3  # a whole-graph replace may be: retried
    finally:
        fake.close()


def test_refused_credentials_and_a_wrong_url_are_named() -> None:
    fake = FakeRemote(401, b"")
    try:
        store = RemoteStore(fake.url + "/sparql", user="reader", password="pw", retries=0)
        with pytest.raises(StoreError, match="refused access.*remote_user and remote_password"):
            store.graphs()
        assert fake.requests[0][2] == "Basic " + base64.b64encode(b"reader:pw").decode()
    finally:
        fake.close()
    missing = FakeRemote(404, b"Not Found")
    try:
        with pytest.raises(StoreError, match=r"nothing answers at .*/nope.*check the store setting"):
            RemoteStore(missing.url + "/nope", retries=0).graphs()
    finally:
        missing.close()
    with pytest.raises(StoreUnavailable, match="Connection refused"):
        RemoteStore(f"http://127.0.0.1:{free_port()}/sparql", retries=0).ping()


def test_open_store_reads_the_remote_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    url = "http://127.0.0.1:9/sparql"
    monkeypatch.setenv("VNKG_UPDATE_URL", "http://127.0.0.1:9/update")
    monkeypatch.setenv("VNKG_REMOTE_BATCH_BYTES", "4096")
    store = open_store(url)
    assert isinstance(store, RemoteStore)
    assert (store.query_url, store.update_url, store.gsp_url, store.batch_bytes) == \
        (url, "http://127.0.0.1:9/update", None, 4096)
    given = open_store(url, settings=Settings(gsp_url="http://127.0.0.1:9/store", remote_token="tok"))
    assert given.gsp_url == "http://127.0.0.1:9/store" and given.update_url == url  # type: ignore[attr-defined]
    with pytest.raises(SettingsError, match="remote_default_graph"):
        load_settings(env={"VNKG_REMOTE_DEFAULT_GRAPH": "maybe"})


# --------------------------------------------------------------------------- the text helpers


def test_query_kind_and_base() -> None:
    assert query_kind("PREFIX ex: <http://e/> # SELECT\nASK { ex:a ?p ?o }") == "boolean"
    assert query_kind("BASE <http://e/> select * {}") == "bindings"
    assert query_kind("DESCRIBE <http://e/a>") == query_kind("CONSTRUCT WHERE { ?s ?p ?o }") == "graph"
    with pytest.raises(QuerySyntaxError):
        query_kind("DELETE WHERE { ?s ?p ?o }")
    assert with_base("SELECT * { <a> ?p ?o }", "http://e/") == "BASE <http://e/>\nSELECT * { <a> ?p ?o }"
    absolute = "SELECT * { <http://e/a> ?p '<b>' }"
    assert with_base(absolute, "http://e/") == absolute


def test_split_lines_keeps_lines_whole() -> None:
    data = b"".join(b"<http://e/s%d> <http://e/p> %d .\n" % (i, i) for i in range(100))
    pieces = list(split_lines(data, 200))
    assert b"".join(pieces) == data and all(p.endswith(b"\n") for p in pieces)
    assert all(len(p) <= 200 for p in pieces) and len(pieces) > 10
    assert list(split_lines(b"x" * 50, 10)) == [b"x" * 50]


def test_server_answers_503_when_the_remote_is_down() -> None:
    from graph.web import create_app

    dead = f"http://127.0.0.1:{free_port()}/query"
    settings = dataclasses.replace(load_settings(env={}), store=dead, remote_retries=0, remote_timeout=2.0)
    store = open_store(dead, settings=settings)
    client = create_app(store=store).test_client()
    response = client.get("/sparql", query_string={"query": "ASK {}"},
                          headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 503
    text = response.get_data(as_text=True)
    assert "127.0.0.1" in text and "Traceback" not in text
