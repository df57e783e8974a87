"""Every query bounded, views designed for hubs, ready at once, no request blocking the others, clean shutdown.

The hub store (tests/hub_fixture.py) has a unit in 20,000 statements and an official in 500 reports:
every page and API endpoint answers in under a second, with counts and paged lists.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
import requests
from hub_fixture import BASE, HUB_ORG, HUB_PERSON, hub_nquads, write_hub_store

from graph import network
from graph.store import QueryTimeout, open_store
from graph.store.budget import budget
from graph.web import create_app

ROOT = Path(__file__).resolve().parent.parent
# A 200³ cross product: seconds of engine time in one blocking call.
# 200 to the fourth rows: minutes of counting, whichever graph the default graph reads.
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a <http://example.org/v> ?x . ?b <http://example.org/v> ?y . "
           "?c <http://example.org/v> ?z . ?d <http://example.org/v> ?w }")


def numbers(n: int) -> bytes:
    return "".join(f'<http://example.org/e{i}> <http://example.org/v> "{i}" .\n' for i in range(n)).encode()


@pytest.fixture(scope="module")
def hubs():  # noqa: ANN201 - a Flask test client
    store = write_hub_store()
    app = create_app(store=store, base_iri=BASE, query_workers=0)
    network.graph_view(store, BASE).get()  # built once, as a server does at its start
    return app.test_client()


HUB_URLS = [
    f"/api/entities/{HUB_ORG}", f"/entity/{HUB_ORG}", f"/entity/{HUB_ORG}.json",
    f"/api/entities/{HUB_PERSON}", f"/entity/{HUB_PERSON}",
    f"/api/entities/{HUB_ORG}?list=members&page=7", f"/entity/{HUB_ORG}?list=incoming&page=300",
    f"/api/entities/{HUB_PERSON}?list=reports&page=3&limit=100",
    f"/api/graph/neighbors/{HUB_ORG}", f"/api/graph/neighbors/{HUB_PERSON}?depth=2",
    "/", "/search?q=trung tam", "/api/entities?q=can bo", "/api/autocomplete?q=can bo",
    "/statistics", "/statistics.json?offset=200", "/api/statistics", "/graph", "/graph.json",
    f"/export/d3?focus={HUB_PERSON}", "/api/graph/summary",
]


@pytest.mark.parametrize("url", HUB_URLS)
def test_every_page_and_endpoint_answers_a_hub_within_a_second(hubs, url: str) -> None:  # noqa: ANN001
    started = time.perf_counter()
    response = hubs.get(url)
    took = time.perf_counter() - started
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert took < 1.0, f"{url} took {took:.2f} s"


def test_a_hub_gives_counts_and_its_first_items(hubs) -> None:  # noqa: ANN001
    body = hubs.get(f"/api/entities/{HUB_ORG}").get_json()
    counts = body["counts"]
    assert counts["members"] == 10_000 and counts["statistics"] == 4_000 and counts["reports"] == 500
    assert counts["incoming"] == 17_500 and body["incoming_relations"]["org:organization"] == 10_000
    assert len(body["members"]) == len(body["statistics"]) == len(body["reports"]) == body["limit"] == 20
    assert body["incomplete"] == []
    assert body["members"][0]["roles"] == ["Cán bộ"]
    assert body["links"]["members"]["next"] == f"/api/entities/{HUB_ORG}?list=members&page=2&limit=20"
    person = hubs.get(f"/api/entities/{HUB_PERSON}").get_json()
    assert person["counts"]["reports"] == 500 and person["counts"]["provenance"] == 500
    assert person["provenance"][0]["sentence"].startswith("Đại tá Nguyễn Văn Trung Tâm")


def test_pages_of_a_list_do_not_overlap_and_cover_it(hubs) -> None:  # noqa: ANN001
    seen: set[str] = set()
    url: str | None = f"/api/entities/{HUB_ORG}?list=incoming&limit=200&page=1"
    pages = 0
    while url and pages < 3:
        body = hubs.get(url).get_json()
        ids = {(i["relation"], i["subject"]["id"]) for i in body["incoming"]}
        assert len(ids) == 200 and not ids & {tuple(x.split("|")) for x in seen}
        seen |= {"|".join(i) for i in ids}
        url = body["links"]["incoming"].get("next")
        pages += 1
    assert body["links"]["incoming"]["previous"].endswith("page=2&limit=200")


def test_the_entity_page_links_to_the_next_page_of_each_list(hubs) -> None:  # noqa: ANN001
    html = hubs.get(f"/entity/{HUB_ORG}", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert f"/entity/{HUB_ORG}?list=members&amp;page=2&amp;limit=20#members" in html
    assert "10,000" in html  # members counted


def test_a_view_stopped_at_the_limit_answers_what_it_has_and_says_so(monkeypatch) -> None:  # noqa: ANN001
    from graph import lookup

    store = write_hub_store()
    app = create_app(store=store, base_iri=BASE, query_workers=0)

    def stuck(self):  # noqa: ANN001, ANN202 - a list whose query runs past the limit
        raise QueryTimeout("the query ran past the time limit and was stopped")

    monkeypatch.setattr(lookup._Describer, "members", stuck)
    started = time.perf_counter()
    body = app.test_client().get(f"/api/entities/{HUB_ORG}").get_json()
    assert time.perf_counter() - started < 2
    assert body["incomplete"] == ["members"] and body["members"] == [] and body["counts"]["reports"] == 500


# --------------------------------------------------------------------------- the store bounds every query


@pytest.fixture
def disk_store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with open_store(path) as s:
        s.replace_graph("http://example.org/g", numbers(200), "ntriples")
    return path


def _workers() -> list[psutil.Process]:
    """Return this process's query workers still running (not ended, not a zombie)."""
    found = []
    for c in psutil.Process().children(recursive=True):
        try:
            if "graph.store.pool" in " ".join(c.cmdline()) and c.status() != psutil.STATUS_ZOMBIE:
                found.append(c)
        except psutil.Error:  # ended meanwhile
            continue
    return found


def test_an_internal_query_is_stopped_at_the_default_limit_and_its_worker_freed(disk_store: Path) -> None:
    store = open_store(disk_store, read_only=True, query_workers=1, default_timeout=0.5)
    try:
        assert store.select("SELECT (1 AS ?x) WHERE {}")  # a worker started and warm
        started = time.perf_counter()
        with pytest.raises(QueryTimeout):
            store.select(RUNAWAY)  # no timeout of its own: the store's default holds it
        assert time.perf_counter() - started < 2
        deadline = time.monotonic() + 3
        while len(_workers()) > 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(_workers()) <= 1  # the runaway worker was killed, not left to run
        started = time.perf_counter()
        assert store.select("SELECT (1 AS ?x) WHERE {}")
        assert time.perf_counter() - started < 2
    finally:
        store.close()


def test_a_budget_bounds_every_query_of_its_block_and_a_departed_caller_stops_them(disk_store: Path) -> None:
    store = open_store(disk_store, read_only=True, query_workers=1)  # no default limit
    try:
        with budget(0.5):
            started = time.perf_counter()
            with pytest.raises(QueryTimeout):
                store.select(RUNAWAY)
            assert time.perf_counter() - started < 2
        gone = threading.Event()
        threading.Timer(0.3, gone.set).start()
        with budget(None, gone.is_set):
            started = time.perf_counter()
            with pytest.raises(QueryTimeout, match="client has gone"):
                store.select(RUNAWAY)
            assert time.perf_counter() - started < 2
    finally:
        store.close()


def test_a_query_worker_ends_when_its_parent_dies(disk_store: Path, tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(
        "import sys, threading\n"
        "from graph.store import open_store\n"
        f"s = open_store({str(disk_store)!r}, read_only=True, query_workers=1)\n"
        # the query is started from a thread that ends at once: the worker must outlive it
        "threading.Thread(target=lambda: s.select('SELECT (1 AS ?x) WHERE {}')).start()\n"
        f"s.select({RUNAWAY!r}, timeout=120)\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    parent = subprocess.Popen([sys.executable, str(script)], env=env, cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        workers: list[psutil.Process] = []
        while time.monotonic() < deadline:
            workers = [c for c in psutil.Process(parent.pid).children(recursive=True)
                       if "graph.store.pool" in " ".join(c.cmdline())]
            if workers and any(w.cpu_percent(0.2) > 10 for w in workers):
                break
            time.sleep(0.2)
        assert workers, "no query worker started"
        parent.kill()
        parent.wait(5)
        gone, alive = psutil.wait_procs(workers, timeout=5)
        assert not [p for p in alive if p.status() != psutil.STATUS_ZOMBIE]
    finally:
        if parent.poll() is None:
            parent.kill()


# --------------------------------------------------------------------------- a live server


@pytest.fixture(scope="module")
def hub_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hubs") / "store"
    with open_store(path) as s:
        s.load(hub_nquads().encode("utf-8"), "nquads")
        s.replace_graph("http://example.org/numbers", numbers(200), "ntriples")
    return path


def _runaway(server) -> threading.Thread:  # noqa: ANN001
    def run() -> None:
        with contextlib.suppress(requests.RequestException):
            requests.get(server.sparql, params={"query": RUNAWAY}, headers={"Accept": "text/csv"}, timeout=60)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_two_runaway_queries_do_not_hold_up_a_lookup(live_server, hub_path: Path) -> None:
    server = live_server(hub_path, workers=1, threads=4, query_workers=2, query_timeout=30, inline_budget=0)
    assert requests.get(f"{server.url}/api/entities/{HUB_PERSON}", timeout=30).status_code in (200, 503)
    runaways = [_runaway(server) for _ in range(2)]
    time.sleep(1.5)  # both are running, each in a query worker
    started = time.perf_counter()
    response = requests.get(f"{server.url}/api/entities/{HUB_PERSON}?limit=5", timeout=30)
    took = time.perf_counter() - started
    assert response.status_code == 200, response.text[:300]
    assert response.json()["incomplete"] == []  # whole: no list was cut at the view limit (3 s)
    assert took < 3.0, f"the lookup took {took:.1f} s behind two runaway queries"
    assert all(t.is_alive() for t in runaways)  # they were still running meanwhile


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_with_queries_in_flight_leaves_no_process(live_server, hub_path: Path, sig: int) -> None:
    server = live_server(hub_path, workers=2, query_timeout=60, inline_budget=0)
    _runaway(server)
    _runaway(server)
    root = psutil.Process(server.process.pid)
    deadline = time.monotonic() + 20
    family: list[psutil.Process] = []
    while time.monotonic() < deadline:
        family = root.children(recursive=True)
        if sum("graph.store.pool" in " ".join(p.cmdline()) for p in family if p.is_running()) >= 2:
            break
        time.sleep(0.2)
    family.append(root)
    server.process.send_signal(sig)
    gone, alive = psutil.wait_procs(family, timeout=5)
    left = [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert not left, [" ".join(p.cmdline()) for p in left]
