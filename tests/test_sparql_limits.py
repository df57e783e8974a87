"""Limits on the real server: a runaway query is stopped at the time limit while others are served."""

from __future__ import annotations

import threading
import time

import pytest
import requests
from conftest import TOKEN

LIMIT = 2.0
CROSS_SORT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
CROSS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SIMPLE = "SELECT ?s WHERE { ?s a <http://example.org/Thing> } LIMIT 1"


@pytest.fixture(scope="module")
def server(live_server):  # noqa: ANN001, ANN201
    srv = live_server(update_token=TOKEN, query_timeout=LIMIT, max_rows=100, max_request_bytes=32768,
                      query_workers=2, threads=8)
    data = "".join(f"<http://example.org/t{i}> a <http://example.org/Thing> ; <http://example.org/n> {i} .\n"
                   for i in range(150))
    r = requests.put(srv.gsp, params={"graph": "http://example.org/things"}, data=data.encode(),
                     headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert r.status_code == 201, r.text
    return srv


def run_runaway(server, query: str, out: dict) -> None:  # noqa: ANN001
    started = time.monotonic()
    r = requests.post(server.sparql, data=query.encode(), headers={"Content-Type": "application/sparql-query"},
                      timeout=60)
    out.update(status=r.status_code, text=r.text, elapsed=time.monotonic() - started)


@pytest.mark.parametrize("query", [CROSS_SORT, CROSS_COUNT], ids=["sorted cross product", "counted cross product"])
def test_runaway_query_is_cut_while_others_are_answered(server, query: str) -> None:  # noqa: ANN001
    out: dict = {}
    runaway = threading.Thread(target=run_runaway, args=(server, query, out))
    runaway.start()
    time.sleep(0.5)  # the runaway is now evaluating
    latencies = []
    for _ in range(3):
        started = time.monotonic()
        r = requests.get(server.sparql, params={"query": SIMPLE}, timeout=30)
        latencies.append(time.monotonic() - started)
        assert r.status_code == 200 and r.json()["results"]["bindings"]
        time.sleep(0.2)
    runaway.join(30)
    assert max(latencies) < 1.0, latencies
    assert out["status"] == 503, out
    assert "time limit of 2 s" in out["text"]
    assert LIMIT - 0.2 < out["elapsed"] < LIMIT + 1.5, out["elapsed"]
    # the killed worker is replaced: the server keeps answering
    r = requests.get(server.sparql, params={"query": SIMPLE}, timeout=30)
    assert r.status_code == 200


def test_row_cap(server) -> None:  # noqa: ANN001
    r = requests.get(server.sparql, params={"query": "SELECT * WHERE { ?s ?p ?o }"}, timeout=30)
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 100
    assert r.headers["X-Result-Truncated"] == "max_rows=100"
    # a streaming cross product stops at the cap, well before the time limit
    started = time.monotonic()
    r = requests.get(server.sparql, params={"query": "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"},
                     headers={"Accept": "text/csv"}, timeout=30)
    assert r.status_code == 200 and len(r.text.splitlines()) == 101
    assert time.monotonic() - started < LIMIT


def test_request_size_cap(server) -> None:  # noqa: ANN001
    r = requests.post(server.sparql, data=("ASK {}" + " " * 40000).encode(),
                      headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert r.status_code == 413 and "32768 bytes" in r.text
