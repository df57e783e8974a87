"""The cheap per-request path: reused helper threads, results serialised at once (prefetch)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from sample_people import EX, people

from graph.store import QueryTimeout, Store, open_store

G1 = str(EX.g1)
SELECT = "SELECT ?s ?n WHERE { ?s <http://example.org/name> ?n } ORDER BY ?s"
CONSTRUCT = "CONSTRUCT WHERE { ?s <http://example.org/name> ?n }"
# Long enough to pass any limit here (about 6 s), short enough that a thread left running in
# memory, where nothing can stop it, finishes instead of burning a core for the rest of the suite.
CROSS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
PLAN = {"bindings": ("json", None), "boolean": ("json", None), "graph": ("ntriples", 3)}


@pytest.fixture(params=["memory", "workers"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_store(None) if request.param == "memory" else open_store(tmp_path / "store", query_workers=1)
    s.replace_graph(G1, people(8))
    yield s
    s.close()


def test_prefetched_results_equal_plain_ones(store: Store) -> None:
    plain = store.query(SELECT, timeout=10).serialize("json")
    assert store.query(SELECT, timeout=10, prefetch=PLAN).serialize("json") == plain
    ask = store.query("ASK { ?s ?p ?o }", timeout=10, prefetch=PLAN)
    assert ask.boolean is True
    assert b"true" in ask.serialize("json")
    graph = store.query(CONSTRUCT, timeout=10, prefetch=PLAN)
    data = graph.serialize("ntriples", max_rows=3)
    assert graph.truncated
    assert len(Graph().parse(data=data, format="nt")) == 3


def test_a_prefetched_result_is_read_only_as_promised(store: Store) -> None:
    result = store.query(SELECT, timeout=10, prefetch=PLAN)
    with pytest.raises(RuntimeError):
        result.serialize("csv")
    # Dropping a prefetched result unread leaves the store ready for the next query.
    store.query(SELECT, timeout=10, prefetch=PLAN).close()
    assert b"p7" in store.query(SELECT, timeout=10, prefetch=PLAN).serialize("json")


def test_a_prefetched_runaway_is_still_stopped(tmp_path: Path) -> None:
    # In a worker process, killed at the limit (in memory: the next test, one stuck thread only).
    store = open_store(tmp_path / "store", query_workers=1)
    store.replace_graph(G1, people(40))
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        store.query(CROSS_COUNT, timeout=0.5, prefetch=PLAN).serialize("json")
    assert time.monotonic() - started < 3
    assert b"p1" in store.query(SELECT, timeout=10, prefetch=PLAN).serialize("json")
    store.close()


def test_time_limited_queries_reuse_helper_threads() -> None:
    s = open_store(None)
    s.replace_graph(G1, people(8))
    before = {t.ident for t in threading.enumerate() if t.name == "vnkg-query"}  # idle, from earlier tests
    for _ in range(30):
        s.query(SELECT, timeout=10).serialize("json")
    helpers = [t for t in threading.enumerate() if t.name == "vnkg-query"]
    assert helpers
    assert len([t for t in helpers if t.ident not in before]) <= 2  # one thread per query: up to 30


def test_a_stuck_helper_does_not_hold_up_other_queries() -> None:
    s = open_store(None)
    s.replace_graph(G1, people(40))
    with pytest.raises(QueryTimeout):
        s.query(CROSS_COUNT, timeout=0.3, prefetch=PLAN).serialize("json")  # its helper stays busy
    started = time.monotonic()
    assert b"p1" in s.query(SELECT, timeout=10).serialize("json")
    assert time.monotonic() - started < 1
