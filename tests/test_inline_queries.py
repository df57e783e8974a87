"""Issue 7: light query shapes run in the calling thread; heavy ones stay where they can be stopped."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import QueryTimeout, Store, open_store
from graph.store.inline import InlinePolicy, Watchdog, query_shape
from graph.store.oxigraph import DirectResult

XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"
LABEL = 'SELECT ?s WHERE {{ ?s <http://example.org/name> "{}" }}'
# The same shape for every threshold: cheap below the data, a 200³ cross product above it.
CROSS = ("SELECT (COUNT(*) AS ?n) WHERE {{ ?a <http://example.org/v> ?x . ?b <http://example.org/v> ?y . "
         "?c <http://example.org/v> ?z FILTER(?x < {0} && ?y < {0}) }}")
# For a live server, whose processes can be ended: 200 to the fourth rows above the data, a runaway
# on any machine (the three-way product can finish within a short limit on a fast one).
CROSS4 = ("SELECT (COUNT(*) AS ?n) WHERE {{ ?a <http://example.org/v> ?x . ?b <http://example.org/v> ?y . "
          "?c <http://example.org/v> ?z . ?d <http://example.org/v> ?w FILTER(?x < {0} && ?y < {0}) }}")


def numbers(n: int) -> bytes:
    lines = [f'<http://example.org/e{i}> <http://example.org/v> "{i}"^^<{XSD_INT}> .\n'
             f'<http://example.org/e{i}> <http://example.org/name> "name {i}" .\n' for i in range(n)]
    return "".join(lines).encode()


@pytest.fixture(params=["memory", "workers"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "memory":
        s = open_store(None, inline_budget=0.05)
    else:
        s = open_store(tmp_path / "store", query_workers=1, inline_budget=0.05)
    s.replace_graph("http://example.org/g", numbers(200), "ntriples")
    s.query("ASK { ?s ?p ?o }", timeout=10).serialize("json")  # a worker's first run includes its start
    yield s
    s.close()


@pytest.mark.parametrize(("query", "shape"), [
    ('SELECT * { ?s ?p "Nguyễn Văn A"@vi }', 'SELECT * { ?s ?p ""@vi }'),
    ("SELECT * { ?s ?p 'it\"s' ; ?q \"a\\\"b\" }", 'SELECT * { ?s ?p "" ; ?q "" }'),
    ("SELECT * { ?s ?p ?o FILTER(?o >= -2.5e3 && ?o < 7) }", "SELECT * { ?s ?p ?o FILTER(?o >= 0 && ?o < 0) }"),
    ("SELECT * { ?s ?p ?o } LIMIT 10 OFFSET 200", "SELECT * { ?s ?p ?o } LIMIT 10 OFFSET 200"),
    ("SELECT ?v1 { ?v1 ex:p2 ex:123 ; <http://x/9> 4 }", "SELECT ?v1 { ?v1 ex:p2 ex:123 ; <http://x/9> 0 }"),
    ('SELECT * { ?s ?p """long "quoted" text""" }', 'SELECT * { ?s ?p """long "quoted" text""" }'),
])
def test_query_shape_blanks_literals_and_keeps_structure(query: str, shape: str) -> None:
    assert query_shape(query) == shape


def test_policy_promotes_after_proof_and_forgets_on_slow_run_or_new_generation() -> None:
    policy = InlinePolicy(0.01, proof=3)
    key = policy.key(LABEL.format("a"), {"union": True})
    assert key == policy.key(LABEL.format("b"), {"union": True})
    assert key != policy.key(LABEL.format("a"), {"union": False})
    for _ in range(2):
        policy.record(key, "g1", 0.001)
    assert not policy.inline(key, "g1")
    policy.record(key, "g1", 0.001)
    assert policy.inline(key, "g1")
    policy.record(key, "g1", 0.5)  # one slow run sends it back
    assert not policy.inline(key, "g1")
    for _ in range(3):
        policy.record(key, "g1", 0.001)
    assert policy.inline(key, "g1")
    assert not policy.inline(key, "g2")  # the data changed: prove it again
    policy.record(key, "g2", math.inf)
    assert not policy.inline(key, "g2")


def test_a_paused_policy_inlines_nothing_until_the_pause_ends() -> None:
    policy = InlinePolicy(1.0, proof=1)
    key = policy.key(LABEL.format("a"), {})
    policy.record(key, "g", 0.0)
    assert policy.inline(key, "g")
    policy.pause(time.time() + 60)
    assert not policy.inline(key, "g")
    policy.record(key, "g", 0.0)
    assert not policy.inline(key, "g")  # proven again, still paused
    policy.paused_until = time.time() - 1
    assert policy.inline(key, "g")


def test_policy_keeps_a_bounded_number_of_shapes() -> None:
    policy = InlinePolicy(1.0, proof=1, max_shapes=10)
    for i in range(50):
        policy.record(("shape", i), "g", 0.0)
    assert sum(policy.inline(("shape", i), "g") for i in range(50)) == 10
    assert policy.inline(("shape", 49), "g")  # the most recent ones stay


def test_light_shape_runs_inline_after_three_runs_with_the_same_answers(store: Store) -> None:
    answers, kinds = [], []
    for i in range(6):
        result = store.query(LABEL.format(f"name {i}"), timeout=10)
        kinds.append(isinstance(result, DirectResult))
        answers.append(result.serialize("json"))
    assert kinds == [False, False, False, True, True, True]
    for i, body in enumerate(answers):
        assert f"http://example.org/e{i}".encode() in body
    assert [row[0] for row in store.query(LABEL.format("name 7"), timeout=10)] == \
        [row[0] for row in store.query(LABEL.format("name 7"))]


def test_without_a_time_limit_or_budget_nothing_is_learned(tmp_path: Path) -> None:
    s = open_store(None)  # inline_budget 0: off
    s.replace_graph("http://example.org/g", numbers(5), "ntriples")
    for _ in range(5):
        assert not isinstance(s.query(LABEL.format("name 1"), timeout=10), DirectResult)


def test_a_write_sends_shapes_back_to_the_workers(store: Store) -> None:
    for i in range(3):
        store.query(LABEL.format(f"name {i}"), timeout=10).serialize("json")
    assert isinstance(store.query(LABEL.format("name 1"), timeout=10), DirectResult)
    store.add_to_graph("http://example.org/g", numbers(1), "ntriples")
    assert not isinstance(store.query(LABEL.format("name 1"), timeout=10), DirectResult)


def test_a_heavy_shape_is_never_promoted(store: Store) -> None:
    for _ in range(4):
        with pytest.raises(QueryTimeout):
            store.query(CROSS.format(200), timeout=0.1).serialize("json")
    assert not isinstance(store.query(CROSS.format(0), timeout=10), DirectResult)


def watched_store(n: int) -> tuple[Store, list[float]]:
    """Return an in-memory store of ``n`` numbered things, and the list its runaways are reported to."""
    s = open_store(None, inline_budget=0.05)
    s.replace_graph("http://example.org/g", numbers(n), "ntriples")
    fired: list[float] = []
    s.watchdog.on_runaway = lambda description, seconds: fired.append(seconds)
    return s, fired


def test_an_inline_run_past_its_limit_is_reported_and_its_shape_demoted() -> None:
    s, fired = watched_store(200)
    for _ in range(3):
        assert s.query(CROSS.format(0), timeout=10).serialize("csv") == b"n\r\n0\r\n"
    heavy = s.query(CROSS.format(200), timeout=0.2)  # a light shape with heavy literals, inline
    assert isinstance(heavy, DirectResult)
    with pytest.raises(QueryTimeout):
        heavy.serialize("json")  # the engine finishes (~0.5 s); the answer is refused all the same
    assert fired and fired[0] >= 0.2
    assert not isinstance(s.query(CROSS.format(0), timeout=10), DirectResult)


def test_an_inline_result_dropped_unread_is_no_longer_watched() -> None:
    s, fired = watched_store(5)
    for i in range(3):
        s.query(LABEL.format(f"name {i}"), timeout=10).serialize("json")
    dropped = s.query(LABEL.format("name 4"), timeout=0.1)
    assert isinstance(dropped, DirectResult)
    del dropped
    time.sleep(0.8)  # well past its deadline and the watchdog's half-second look
    assert fired == []


def test_watchdog_releases_finished_runs_without_firing() -> None:
    fired: list[str] = []
    dog = Watchdog(lambda description, seconds: fired.append(description))
    demoted = threading.Event()
    token = dog.watch(time.monotonic() + 0.05, "quick", demoted.set)
    dog.release(token)
    dog.watch(time.monotonic() + 0.05, "slow", demoted.set)
    deadline = time.monotonic() + 3
    while not fired and time.monotonic() < deadline:
        time.sleep(0.02)
    assert fired == ["slow"] and demoted.is_set()


def test_vnkg_serve_ends_a_worker_held_by_a_runaway_inline_run_and_goes_on(live_server, tmp_path: Path) -> None:
    import requests

    path = tmp_path / "store"
    with open_store(path) as s:
        s.replace_graph("http://example.org/g", numbers(200), "ntriples")
    # A budget far above a light run (even on a loaded machine, where the hand-off to a worker can
    # take tenths of a second) and far below the runaway's time limit: the proof then cannot fail.
    server = live_server(path, query_timeout=2.0, workers=1, inline_budget=1.0)

    def ask(threshold: int) -> requests.Response:
        return requests.get(server.sparql, params={"query": CROSS4.format(threshold)},
                            headers={"Accept": "text/csv"}, timeout=30)

    for _ in range(4):  # proves the shape light: from the 4th run on it runs in the server process
        assert ask(0).text == "n\r\n0\r\n"
    with pytest.raises(requests.ConnectionError):
        ask(200)  # inline, past the limit: the process is ended under it
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # gunicorn starts another process
        try:
            answer = ask(0)
        except requests.ConnectionError:
            time.sleep(0.2)
            continue
        if answer.status_code == 503:  # a loaded machine: the fresh process's first runs may pass the limit
            time.sleep(0.2)
            continue
        assert answer.text == "n\r\n0\r\n"
        break
    else:
        pytest.fail("the server did not answer again")
    assert ask(200).status_code == 503  # a new process: the shape goes to a query worker, stopped cleanly
    log = server.log.read_text()
    assert "ending server process" in log and "only in the query workers for the next 600 s" in log
