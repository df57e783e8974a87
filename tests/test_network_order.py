"""The graph view does not depend on the engine's row order nor on the order reports were loaded."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from graph_fixture import BASE, TRIG

from graph import network
from graph.build import build
from graph.store import open_store
from graph.store.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "cantho-police-2025-07-18.txt"
CORPUS = Path(__file__).resolve().parent / "corpus" / "reports"

PREFIXES = """
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
"""


def view_json(projection: network.Projection, tmp_path: Path, name: str) -> str:
    """Return the projection as the cache keeps it (the JSON a server reads back)."""
    path = tmp_path / f"{name}.json"
    network.save_projection(projection, str(path))
    return path.read_text(encoding="utf-8")


class Shuffled:
    """A store whose SELECT rows come back in a seeded random order (an engine free to reorder)."""

    def __init__(self, store: Any, seed: int):
        self.store, self.random = store, random.Random(seed)

    def select(self, query: str, **kwargs: Any) -> list:
        rows = list(self.store.select(query, **kwargs))
        self.random.shuffle(rows)
        return rows


def graphs_of(store: Any) -> list[tuple[str, bytes]]:
    return [(g, store.dump("ntriples", graph=g)) for g in sorted(store.graphs())]


def load_in_order(graphs: list[tuple[str, bytes]]) -> OxigraphStore:
    store = OxigraphStore()
    for g, data in graphs:
        store.add_to_graph(g, data, format="ntriples")
    return store


@pytest.fixture(scope="module")
def built_graphs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, bytes]]:
    folder = tmp_path_factory.mktemp("reports")
    shutil.copy(SEED, folder)
    for name in sorted(p.name for p in CORPUS.glob("*.txt"))[:3]:
        shutil.copy(CORPUS / name, folder)
    with open_store(":memory:") as store:
        summary = build([folder], store)
        assert not summary.failed
        return graphs_of(store)


def test_reports_loaded_in_any_order_give_the_same_view(built_graphs: list[tuple[str, bytes]],
                                                       tmp_path: Path) -> None:
    forward = network.build_projection(load_in_order(built_graphs), BASE, "g")
    backward = network.build_projection(load_in_order(built_graphs[::-1]), BASE, "g")
    mixed = built_graphs[:]
    random.Random(7).shuffle(mixed)
    shuffled = network.build_projection(load_in_order(mixed), BASE, "g")
    first = view_json(forward, tmp_path, "forward")
    assert len(forward.graph) > 20 and forward.observations
    assert view_json(backward, tmp_path, "backward") == first
    assert view_json(shuffled, tmp_path, "shuffled") == first


def test_rows_in_any_order_give_the_same_view(built_graphs: list[tuple[str, bytes]], tmp_path: Path) -> None:
    store = load_in_order(built_graphs)
    first = view_json(network.build_projection(store, BASE, "g"), tmp_path, "plain")
    for seed in (1, 2, 3):
        again = network.build_projection(Shuffled(store, seed), BASE, "g")
        assert view_json(again, tmp_path, f"shuffled-{seed}") == first


def test_the_fixture_view_is_the_same_under_shuffled_rows(tmp_path: Path) -> None:
    store = OxigraphStore()
    store.load(TRIG.encode("utf-8"), format="trig")
    first = view_json(network.build_projection(store, BASE, "g"), tmp_path, "plain")
    nodes = json.loads(first)["graph"]["nodes"]
    assert [n["iri"] for n in nodes] == sorted(n["iri"] for n in nodes)  # nodes in IRI order
    for seed in (4, 5):
        assert view_json(network.build_projection(Shuffled(store, seed), BASE, "g"), tmp_path, str(seed)) == first


# --------------------------------------------------------------------------- the label rule


def report(name: str, body: str) -> str:
    return f"""<{BASE}graph/{name}> {{
  <{BASE}report/{name}> a schema:NewsArticle ; schema:headline "Bản tin {name}"@vi .
  {body}
}}
"""


def person(label: str, name: str, extra: str = "") -> str:
    return (f'<{BASE}person/vo-thanh-kiet> a schema:Person ; rdfs:label "{label}"@vi {extra};'
            f" prov:wasDerivedFrom <{BASE}report/{name}> .")


def label_store(reports: list[str]) -> OxigraphStore:
    store = OxigraphStore()
    store.load((PREFIXES + "".join(reports)).encode("utf-8"), format="trig")
    return store


def node(store: Any) -> dict[str, Any]:
    return network.build_projection(store, BASE).graph.nodes["person.vo-thanh-kiet"]


def test_the_label_stated_by_most_reports_wins() -> None:
    reports = [report("a", person("Võ Thanh Kiệt", "a")), report("b", person("Võ Thành Kiệt", "b")),
               report("c", person("Võ Thành Kiệt", "c"))]
    for order in (reports, reports[::-1]):
        data = node(label_store(order))
        assert data["label"] == "Võ Thành Kiệt"
        assert data["aliases"] == ["Võ Thanh Kiệt"]


def test_a_tie_goes_to_the_one_not_in_capitals_then_the_longest_then_code_point_order() -> None:
    capitals = [report("a", person("VÕ THANH KIỆT", "a")), report("b", person("Võ Thanh Kiệt", "b"))]
    assert node(label_store(capitals))["label"] == "Võ Thanh Kiệt"
    assert node(label_store(capitals[::-1]))["label"] == "Võ Thanh Kiệt"
    longer = [report("a", person("Võ Kiệt", "a")), report("b", person("Võ Thanh Kiệt", "b"))]
    assert node(label_store(longer))["label"] == "Võ Thanh Kiệt"
    assert node(label_store(longer[::-1]))["label"] == "Võ Thanh Kiệt"
    same_length = [report("a", person("Võ Thanh Kiệu", "a")), report("b", person("Võ Thanh Kiệt", "b"))]
    assert node(label_store(same_length))["label"] == "Võ Thanh Kiệt"  # 't' < 'u'
    assert node(label_store(same_length[::-1]))["label"] == "Võ Thanh Kiệt"


def test_vietnamese_comes_before_more_reports_in_another_language() -> None:
    english = (f'<{BASE}person/vo-thanh-kiet> rdfs:label "Vo Thanh Kiet"@en, "Kiet"@fr .')
    reports = [report("a", person("Võ Thanh Kiệt", "a")), report("b", english), report("c", english)]
    data = node(label_store(reports))
    assert (data["label"], data["label_en"]) == ("Võ Thanh Kiệt", "Vo Thanh Kiet")


def test_pick_label_rule() -> None:
    assert network.pick_label([]) is None
    assert network.pick_label(["Lê Mai", "Lê Thị Mai", "Lê Mai"]) == "Lê Mai"  # most stated
    assert network.pick_label(["LÊ THỊ MAI", "Lê Mai"]) == "Lê Mai"  # capitals lose a tie
    assert network.pick_label(["Lê Mai", "Lê Thị Mai"]) == "Lê Thị Mai"  # then the longest
    assert network.pick_label(["Lê Thị Nai", "Lê Thị Mai"]) == "Lê Thị Mai"  # then code-point order


def test_an_observation_takes_the_values_most_reports_state() -> None:
    def obs(name: str, value: int, measure: str) -> str:
        return (f"<{BASE}observation/x> a qb:Observation ; sdmx-measure:obsValue {value} ;"
                f' vnkg:measure "{measure}" .')

    reports = [report("a", obs("a", 12, "bắt giữ")), report("b", obs("b", 15, "khởi tố")),
               report("c", obs("c", 15, "bắt giữ"))]
    for order in (reports, reports[::-1], [reports[1], reports[0], reports[2]]):
        (found,) = network.observations(label_store(order), BASE)
        assert (found["value"], found["measure"], found["source"]) == (15, "bắt giữ", "report.a")
