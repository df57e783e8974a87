"""The networkx projection of the store and the graph algorithms."""

from __future__ import annotations

import re
import threading
import time

import networkx as nx
import pytest
from graph_fixture import BASE, EDGE_COUNT, NODES, TRIG, make_store, seed_store
from hypothesis import given
from hypothesis import strategies as st

from graph import network
from graph.network import GraphError, GraphView, NodeNotFound, id_to_iri, iri_to_id
from graph.search import search_index
from graph.store import open_store

URL_SAFE = re.compile(r"^[A-Za-z0-9._~-]+$")


@pytest.fixture(scope="module")
def view() -> GraphView:
    return GraphView(make_store(), BASE)


@pytest.fixture(scope="module")
def projection(view: GraphView) -> network.Projection:
    return view.get()


# --------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        (BASE + "person/tran-van-lau", "person.tran-van-lau"),
        (BASE + "post/cong-an-thanh-pho-can-tho/giam-doc", "post.cong-an-thanh-pho-can-tho.giam-doc"),
        (BASE + "report/a.b", "report.a~2Eb"),
        (BASE + "c/odd", "~63.odd"),
        ("https://w3id.org/vnkg/concept/task/an-ninh-mang", "c.task.an-ninh-mang"),
    ],
)
def test_ids_are_short_and_map_back(iri: str, expected: str) -> None:
    assert iri_to_id(iri, BASE) == expected
    assert id_to_iri(expected, BASE) == iri


def test_foreign_iris_get_reversible_ids() -> None:
    iri = "http://example.org/thing?x=1#frag"
    entity_id = iri_to_id(iri, BASE)
    assert entity_id.startswith("x.") and URL_SAFE.match(entity_id)
    assert id_to_iri(entity_id, BASE) == iri


@given(st.lists(st.text(min_size=1, max_size=12).filter(lambda s: "/" not in s), min_size=1, max_size=4))
def test_id_round_trip_for_any_path(segments: list[str]) -> None:
    iri = BASE + "/".join(segments)
    entity_id = iri_to_id(iri, BASE)
    assert URL_SAFE.match(entity_id)
    assert id_to_iri(entity_id, BASE) == iri


@pytest.mark.parametrize("bad", ["", "person.bad segment", "x.%%%", "person.~zz"])
def test_malformed_ids_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        id_to_iri(bad, BASE)


# --------------------------------------------------------------------------- projection


def test_nodes_are_the_entities(projection: network.Projection) -> None:
    graph = projection.graph
    assert {n: d["type"] for n, d in graph.nodes(data=True)} == NODES
    assert graph.number_of_edges() == EDGE_COUNT
    for _, data in graph.nodes(data=True):
        assert data["label"] and data["type"] and data["iri"].startswith("https://")


def test_labels_literals_and_concepts_become_attributes(projection: network.Projection) -> None:
    graph = projection.graph
    thuy = graph.nodes["person.pham-quoc-thuy"]
    assert thuy["label"] == "Phạm Quốc Thuỵ"
    assert thuy["aliases"] == ["Phạm Quốc Thụy"]
    assert thuy["rank"] == "Đại tá"  # a SKOS concept becomes its label, not a node
    police = graph.nodes["org.cong-an-tinh-lam-son"]
    assert police["label_en"] == "Lam Son Provincial Police"
    assert police["classification"] == "công an"
    assert graph.nodes["event.lamson-police-2025-01-10.review"]["startDate"] == "2025-01-10"
    assert "c.task.unused-task" not in graph  # a gazetteer entry no report links to


def test_statistics_attach_to_the_unit(projection: network.Projection) -> None:
    stats = projection.graph.nodes["org.cong-an-tinh-lam-son"]["statistics"]
    assert [(s["value"], s["unit"], s.get("direction")) for s in stats] == [
        (12.5, "percent", "decrease"),
        (40, "vụ", None),
    ]
    assert stats[0]["compared_to"] == "same-period-last-year"
    assert stats[1]["qualifier"] == "more-than"
    assert len(projection.graph.nodes["org.uy-ban-nhan-dan-tinh-lam-son"]["statistics"]) == 1
    assert not any(n.startswith("observation.") for n in projection.graph)


def test_edges_carry_relation_and_reports(projection: network.Projection) -> None:
    graph = projection.graph
    data = graph.get_edge_data("event.lamson-police-2025-01-10.review", "org.cong-an-tinh-lam-son")
    assert [d["relation"] for d in data.values()] == ["schema:organizer"]
    assert next(iter(data.values()))["reports"] == ["report.lamson-police-2025-01-10"]
    member = graph.get_edge_data("person.do-van-tuong", "org.uy-ban-nhan-dan-tinh-lam-son")
    assert [(d["relation"], d["role"]) for d in member.values()] == [("org:memberOf", "Chủ tịch")]
    part = graph.get_edge_data("event.lamson-police-2025-01-10.review", "person.do-van-tuong")
    assert {d["relation"] for d in part.values()} == {"schema:attendee", "vnkg:participant"}
    # an entity named in two reports carries both
    assert graph.nodes["person.do-van-tuong"]["reports"] == [
        "report.lamson-police-2025-01-10",
        "report.lamson-ubnd-2025-02-03",
    ]


def test_projection_does_not_read_every_triple() -> None:
    store = make_store()
    fetched: list[str] = []
    real_select = store.select

    def spy(query: str, **kwargs: object) -> list:
        rows = real_select(query, **kwargs)
        fetched.extend(str(v) for row in rows for v in row if v is not None)
        return rows

    store.select = spy  # type: ignore[method-assign]
    network.build_projection(store, BASE)
    # the report text and the annotation quotes never leave the store
    assert not any("phát biểu" in value for value in fetched)
    assert not any("annotation" in value for value in fetched)


def test_cached_until_the_store_changes() -> None:
    store = make_store()
    view = GraphView(store, BASE)
    first = view.get()
    assert view.get() is first and view.builds == 1
    store.add_to_graph(
        BASE + "graph/extra",
        f"<{BASE}person/nguoi-moi> a <https://schema.org/Person> ; "
        f'<http://www.w3.org/2000/01/rdf-schema#label> "Người Mới"@vi .',
        format="turtle",
    )
    second = view.get()
    assert second is not first and view.builds == 2
    assert "person.nguoi-moi" in second.graph


def test_a_read_only_store_changed_by_another_process_is_rebuilt_in_the_background(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "store"
    with open_store(path) as writer:
        writer.load(TRIG.encode("utf-8"), format="trig")
    reader = open_store(path, read_only=True)
    view = GraphView(reader, BASE)
    assert view.background
    first = view.get()
    with open_store(path) as writer:  # a build beside the server
        writer.add_to_graph(BASE + "graph/extra", f"<{BASE}person/nguoi-moi> a <https://schema.org/Person> ; "
                            '<http://www.w3.org/2000/01/rdf-schema#label> "Người Mới"@vi .', format="turtle")
    assert view.get() is first  # answered at once from what it has
    view.wait(30)
    second = view.get()
    assert second is not first and view.builds == 2
    assert "person.nguoi-moi" in second.graph and "person.nguoi-moi" not in first.graph
    reader.close()


def test_concurrent_readers_build_once() -> None:
    view = GraphView(make_store(), BASE)
    results: list[network.Projection] = []
    threads = [threading.Thread(target=lambda: results.append(view.get())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert view.builds == 1
    assert all(r is results[0] for r in results)


def test_graph_view_is_shared_per_store() -> None:
    store = make_store()
    assert network.graph_view(store, BASE) is network.graph_view(store, BASE)


# --------------------------------------------------------------------------- algorithms


def test_neighbors(projection: network.Projection) -> None:
    assert set(network.neighbors(projection, "person.pham-quoc-thuy", 0)) == {"person.pham-quoc-thuy"}
    one = network.neighbors(projection, "person.pham-quoc-thuy", 1)
    assert set(one) == {
        "person.pham-quoc-thuy",
        "post.cong-an-tinh-lam-son.giam-doc",
        "org.cong-an-tinh-lam-son",
        "event.lamson-police-2025-01-10.awards",
    }
    assert one.number_of_edges() == 4  # holds, memberOf, agent, postIn
    two = network.neighbors(projection, "person.pham-quoc-thuy", 2)
    assert "place.lam-son" in two and "c.task.an-ninh-mang" in two
    with pytest.raises(NodeNotFound):
        network.neighbors(projection, "person.nobody", 1)
    with pytest.raises(GraphError):
        network.neighbors(projection, "person.pham-quoc-thuy", -1)


def test_shortest_path_runs_through_what_connects(projection: network.Projection) -> None:
    sub = network.shortest_path(projection, "person.pham-quoc-thuy", "person.do-van-tuong")
    path = sub.graph["path"]
    assert path[0] == "person.pham-quoc-thuy" and path[-1] == "person.do-van-tuong"
    assert len(path) - 1 == nx.shortest_path_length(projection.undirected, path[0], path[-1]) == 3
    for u, v in zip(path, path[1:], strict=False):
        assert sub.has_edge(u, v) or sub.has_edge(v, u)
    assert {projection.graph.nodes[n]["type"] for n in path[1:-1]} <= {"org", "event", "post", "place"}


def test_directed_path_and_no_path(projection: network.Projection) -> None:
    with pytest.raises(GraphError, match="no path"):
        network.shortest_path(projection, "person.pham-quoc-thuy", "org.hoi-nong-dan-xa-tan-hoa")
    # person -> post -> org follows the links' own direction
    sub = network.shortest_path(projection, "person.pham-quoc-thuy", "org.cong-an-tinh-lam-son",
                                directed=True)
    assert sub.graph["path"][0] == "person.pham-quoc-thuy"
    with pytest.raises(GraphError):
        network.shortest_path(projection, "place.lam-son", "person.pham-quoc-thuy", directed=True)


@pytest.mark.parametrize("measure", ["degree", "pagerank", "betweenness"])
def test_centrality_ranks_the_hub_first(projection: network.Projection, measure: str) -> None:
    results = network.centrality(projection, measure, limit=3)
    assert results[0]["id"] == "org.cong-an-tinh-lam-son"
    assert results[0]["label"] == "Công an tỉnh Lâm Sơn"
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_centrality_filters_by_type(projection: network.Projection) -> None:
    results = network.centrality(projection, "degree", "person", limit=10)
    assert {r["id"] for r in results} == {"person.pham-quoc-thuy", "person.do-van-tuong"}
    with pytest.raises(GraphError):
        network.centrality(projection, "closeness")
    with pytest.raises(GraphError):
        network.centrality(projection, "degree", "spaceship")


def test_components_and_summary(projection: network.Projection) -> None:
    comps = network.components(projection)
    assert [c["size"] for c in comps] == [12, 1]
    assert comps[1]["nodes"][0]["id"] == "org.hoi-nong-dan-xa-tan-hoa"
    summary = network.summary(projection)
    assert summary["nodes"] == len(NODES) and summary["edges"] == EDGE_COUNT
    assert summary["types"] == {"event": 2, "org": 4, "person": 2, "place": 1, "post": 2, "task": 2}
    assert summary["relations"]["schema:location"] == 3
    assert summary["statistics"] == 3


def test_subgraph_by_type(projection: network.Projection) -> None:
    sub = network.subgraph(projection, types="person,org")
    assert {d["type"] for _, d in sub.nodes(data=True)} == {"person", "org"}
    focus = network.subgraph(projection, "person.pham-quoc-thuy", 1, "org")
    assert set(focus) == {"person.pham-quoc-thuy", "org.cong-an-tinh-lam-son"}


def test_graph_queries_answer_in_milliseconds(projection: network.Projection) -> None:
    network.centrality(projection, "betweenness")  # warm the caches once
    start = time.perf_counter()
    for _ in range(20):
        network.shortest_path(projection, "person.pham-quoc-thuy", "person.do-van-tuong")
        network.neighbors(projection, "org.cong-an-tinh-lam-son", 2)
        network.centrality(projection, "betweenness")
    assert (time.perf_counter() - start) / 20 < 0.05


# --------------------------------------------------------------------------- the seed report


@pytest.fixture(scope="module")
def seed() -> network.Projection:
    return GraphView(seed_store(), BASE).get()


def _find(projection: network.Projection, name: str) -> str:
    return search_index(projection).search(name)[0].id


def test_seed_path_between_the_chairman_and_the_director(seed: network.Projection) -> None:
    lau, hoa = _find(seed, "Trần Văn Lâu"), _find(seed, "Huỳnh Việt Hoà")
    assert (lau, hoa) == ("person.tran-van-lau", "person.huynh-viet-hoa")
    sub = network.shortest_path(seed, lau, hoa)
    path = sub.graph["path"]
    assert path[0] == lau and path[-1] == hoa and len(path) >= 3
    for u, v in zip(path, path[1:], strict=False):
        assert sub.has_edge(u, v) or sub.has_edge(v, u)
    inner = {seed.graph.nodes[n]["type"] for n in path[1:-1]}
    assert inner <= {"org", "event", "post", "place"}


def test_seed_police_ranks_first_by_degree(seed: network.Projection) -> None:
    police = _find(seed, "Công an TP Cần Thơ")
    assert seed.graph.nodes[police]["label"] == "Công an TP Cần Thơ"
    assert network.centrality(seed, "degree", limit=1)[0]["id"] == police


def test_pagerank_matches_the_power_iteration_definition() -> None:
    graph = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    graph.add_node("lonely")
    scores = network.pagerank(graph)
    assert sum(scores.values()) == pytest.approx(1.0)
    assert scores["a"] == pytest.approx(scores["b"])
    assert scores["c"] > scores["a"] > scores["lonely"]
    # a fixed point of PR(v) = (1 - d)/N + d * (dangling/N + sum(PR(u)/deg(u)))
    n, d = 5, 0.85
    for v in graph:
        inflow = sum(scores[u] / graph.degree(u) for u in graph.neighbors(v))
        assert scores[v] == pytest.approx((1 - d) / n + d * (scores["lonely"] / n + inflow), abs=1e-8)
