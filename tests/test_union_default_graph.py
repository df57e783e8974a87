"""Issue 15: the default graph is the union of the report graphs as a set, kept so by every write."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from graph.store import DEFAULT_GRAPH, QueryRefused, open_store
from graph.store.union import written_graphs

EX = "http://example.org/"
TRIPLES = [f"<{EX}s{i % 4}> <{EX}p{i % 3}> <{EX}o{i}> ." for i in range(8)]


def _union_holds(store) -> None:
    named = {tuple(r) for r in store.select("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")}
    default = [tuple(r) for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")]
    assert len(default) == len(set(default)), "the default graph is a set"
    assert set(default) == named


@pytest.mark.parametrize("where", [":memory:", "disk"])
def test_every_kind_of_write_keeps_the_default_graph_the_union(tmp_path: Path, where: str) -> None:
    store = open_store(tmp_path / "store" if where == "disk" else ":memory:")
    rng = random.Random(15)
    graphs = [f"{EX}g{n}" for n in range(4)]
    try:
        for step in range(60):
            g = rng.choice(graphs)
            chosen = "\n".join(rng.sample(TRIPLES, rng.randint(0, 4))).encode()
            kind = step % 6
            if kind == 0:
                store.replace_graph(g, chosen, "ntriples")
            elif kind == 1:
                store.add_to_graph(g, chosen, "ntriples")
            elif kind == 2:
                store.drop_graph(g)
            elif kind == 3:
                triple = rng.choice(TRIPLES)
                verb = rng.choice(["INSERT", "DELETE"])
                store.update(f"{verb} DATA {{ GRAPH <{g}> {{ {triple} }} }}")
            elif kind == 4:  # graphs that cannot be named before the update runs
                store.update(f"DELETE {{ GRAPH ?g {{ ?s <{EX}p1> ?o }} }} WHERE {{ GRAPH ?g {{ ?s <{EX}p1> ?o }} }}")
            else:
                store.load(chosen, "ntriples", g)
            _union_holds(store)
    finally:
        store.close()


def test_a_triple_two_reports_state_survives_the_removal_of_one() -> None:
    with open_store(":memory:") as store:
        store.replace_graph(f"{EX}a", TRIPLES[0].encode() + b"\n" + TRIPLES[1].encode(), "ntriples")
        store.replace_graph(f"{EX}b", TRIPLES[0].encode(), "ntriples")
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        assert int(store.select(count)[0]["n"]) == 2
        store.drop_graph(f"{EX}a")
        assert int(store.select(count)[0]["n"]) == 1
        store.replace_graph(f"{EX}b", b"", "ntriples")
        assert int(store.select(count)[0]["n"]) == 0


def test_an_old_store_gets_its_default_graph_once_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "old"
    old = open_store(path, union_default_graph=False)
    old.replace_graph(f"{EX}a", TRIPLES[0].encode(), "ntriples")
    old.replace_graph(f"{EX}b", TRIPLES[0].encode(), "ntriples")
    old.close()
    (path / "vnkg-union-default").unlink(missing_ok=True)
    with open_store(path) as store:
        assert int(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]) == 1
        assert len(store) == 2  # the quads the graphs state; the union is derived


@pytest.mark.parametrize(
    ("update", "graphs"),
    [
        (f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}a> <{EX}b> 1 }} }}", {f"{EX}g"}),
        (f"WITH <{EX}g> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", {f"{EX}g"}),
        (f"DROP GRAPH <{EX}g> ; CREATE GRAPH <{EX}h>", {f"{EX}g"}),
        (f"MOVE <{EX}g> TO <{EX}h>", {f"{EX}g", f"{EX}h"}),
        ("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }", None),
        ("CLEAR ALL", None),
    ],
)
def test_the_graphs_an_update_writes_are_read_before_it_runs(update: str, graphs: set[str] | None) -> None:
    assert written_graphs(update) == graphs


@pytest.mark.parametrize(
    "update",
    ["INSERT DATA { <http://e/a> <http://e/b> 1 }", "DELETE WHERE { ?s ?p ?o }", "CLEAR DEFAULT",
     f"ADD <{EX}g> TO DEFAULT", f"COPY <{EX}g> TO DEFAULT"],
)
def test_writes_to_the_derived_default_graph_are_refused(update: str) -> None:
    with open_store(":memory:") as store:
        store.replace_graph(f"{EX}g", TRIPLES[0].encode(), "ntriples")
        with pytest.raises(QueryRefused, match="union of the named graphs"):
            store.update(update)
        with pytest.raises(QueryRefused):
            store.replace_graph(DEFAULT_GRAPH, TRIPLES[1].encode(), "ntriples")
        _union_holds(store)


def test_issue15_the_same_report_under_three_names_counts_its_persons_once(tmp_path: Path) -> None:
    import shutil

    from graph.build import build

    seed = Path(__file__).resolve().parent.parent / "data" / "reports" / "cantho-police-2025-07-18.txt"
    one, three = tmp_path / "one", tmp_path / "three"
    one.mkdir()
    three.mkdir()
    shutil.copy(seed, one / "a.txt")
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(seed, three / name)
    count = ("SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://schema.org/Person> ; "
             "<http://www.w3.org/2000/01/rdf-schema#label> ?name }")
    counts = []
    for folder in (one, three):
        with open_store(":memory:") as store:
            build([folder], store, validate_graph=False)
            counts.append(int(store.select(count)[0]["n"]))
            _union_holds(store)
    assert counts[0] >= 1 and counts[0] == counts[1]
