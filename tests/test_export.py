"""Every export read back by an independent reader, counted and checked for Vietnamese labels."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pydot
import pytest
from graph_fixture import BASE, EDGE_COUNT, NODES, make_store
from rdflib import Dataset, Graph, Literal, URIRef

from graph.export import FORMATS, GRAPH_FORMATS, RDF_FORMATS, export, render_graph
from graph.network import GraphError, GraphView, NodeNotFound

LABELS = {"person.pham-quoc-thuy": "Phạm Quốc Thuỵ", "org.cong-an-tinh-lam-son": "Công an tỉnh Lâm Sơn",
          "person.do-van-tuong": "Đỗ Văn Tường"}
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


@pytest.fixture(scope="module")
def view() -> GraphView:
    return GraphView(make_store(), BASE)


def _check_nodes(nodes: dict[str, dict], expected: dict[str, str] = NODES) -> None:
    assert set(nodes) == set(expected)
    for nid, data in nodes.items():
        assert data["type"] == expected[nid]
        assert data["label"]
    for nid, label in LABELS.items():
        if nid in nodes:
            assert nodes[nid]["label"] == label


def test_graphml_networkx(view: GraphView) -> None:
    data = export(view, "graphml").data
    graph = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    _check_nodes(dict(graph.nodes(data=True)))
    assert graph.number_of_edges() == EDGE_COUNT
    assert graph.nodes["person.pham-quoc-thuy"]["aliases"] == "Phạm Quốc Thụy"
    assert graph.nodes["org.cong-an-tinh-lam-son"]["statistics_count"] == 2


def test_graphml_igraph_and_scalar_attributes(view: GraphView, tmp_path) -> None:
    path = tmp_path / "g.graphml"
    path.write_bytes(export(view, "graphml").data)
    graph = igraph.Graph.Read_GraphML(str(path))
    assert graph.vcount() == len(NODES) and graph.ecount() == EDGE_COUNT
    nodes = {v["id"]: v.attributes() for v in graph.vs}
    _check_nodes(nodes)
    for attrs in [*nodes.values(), *(e.attributes() for e in graph.es)]:
        assert all(isinstance(v, (str, int, float, bool)) or v is None for v in attrs.values())
    # one GraphML key per attribute name and domain: no attribute with mixed value types
    root = ET.fromstring(path.read_bytes())
    keys = [(k.get("for"), k.get("attr.name")) for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")]
    assert len(keys) == len(set(keys))


def test_gexf_1_3(view: GraphView) -> None:
    data = export(view, "gexf").data
    root = ET.fromstring(data)
    assert root.get("version") == "1.3"
    assert root.tag == "{http://gexf.net/1.3}gexf"
    assert b"http://www.w3.org/2001/XMLSchema-instance" in data
    graph = nx.read_gexf(io.BytesIO(data))
    _check_nodes(dict(graph.nodes(data=True)))
    assert graph.number_of_edges() == EDGE_COUNT
    edge_labels = {d["label"] for *_, d in graph.edges(data=True)}
    assert {"holds", "memberOf", "organizer"} <= edge_labels


def test_d3_node_link(view: GraphView) -> None:
    data = json.loads(export(view, "d3").data)
    assert set(data) >= {"nodes", "links"}
    graph = nx.node_link_graph(data, edges="links")
    _check_nodes(dict(graph.nodes(data=True)))
    assert graph.number_of_edges() == EDGE_COUNT
    assert all({"source", "target", "relation", "label"} <= set(link) for link in data["links"])


def test_cytoscape_elements(view: GraphView) -> None:
    data = json.loads(export(view, "cytoscape").data)
    elements = data["elements"]
    assert len(elements["nodes"]) == len(NODES) and len(elements["edges"]) == EDGE_COUNT
    _check_nodes({e["data"]["id"]: e["data"] for e in elements["nodes"]})
    assert all(e["data"]["id"] and e["data"]["source"] and e["data"]["target"] for e in elements["edges"])
    assert len({e["data"]["id"] for e in elements["edges"]}) == EDGE_COUNT
    graph = nx.cytoscape_graph(data)
    assert graph.number_of_nodes() == len(NODES)


def _unquote(value: str) -> str:
    if value.startswith('"') and value.endswith('"'):
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def test_dot_pydot(view: GraphView) -> None:
    text = export(view, "dot").data.decode("utf-8")
    (dot,) = pydot.graph_from_dot_data(text)
    nodes = {_unquote(n.get_name()): {k: _unquote(str(v)) for k, v in n.get_attributes().items()}
             for n in dot.get_nodes() if n.get_name() not in ("node", "edge", "graph")}
    _check_nodes(nodes)
    assert len(dot.get_edges()) == EDGE_COUNT


def _store_counts(store) -> tuple[int, int]:
    quads = len(store)
    rows = store.select(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    return quads, int(rows[0]["n"])


@pytest.mark.parametrize(("fmt", "parser"), [("turtle", "turtle"), ("jsonld", "json-ld")])
def test_rdf_graph_dumps(view: GraphView, fmt: str, parser: str) -> None:
    graph = Graph().parse(data=export(view, fmt).data, format=parser)
    assert len(graph) == _store_counts(view.store)[1]
    assert (URIRef(BASE + "person/pham-quoc-thuy"), RDFS_LABEL, Literal("Phạm Quốc Thuỵ", lang="vi")) in graph


@pytest.mark.parametrize(("fmt", "parser"), [("trig", "trig"), ("nquads", "nquads")])
def test_rdf_dataset_dumps(view: GraphView, fmt: str, parser: str) -> None:
    dataset = Dataset()
    dataset.parse(data=export(view, fmt).data, format=parser)
    assert len(list(dataset.quads((None, None, None, None)))) == _store_counts(view.store)[0]
    graph = dataset.graph(URIRef(BASE + "graph/lamson-police-2025-01-10"))
    assert (URIRef(BASE + "person/pham-quoc-thuy"), RDFS_LABEL, Literal("Phạm Quốc Thuỵ", lang="vi")) in graph


def test_focus_subgraph_in_every_graph_format(view: GraphView) -> None:
    expected = {n: NODES[n] for n in ("person.pham-quoc-thuy", "post.cong-an-tinh-lam-son.giam-doc",
                                      "org.cong-an-tinh-lam-son", "event.lamson-police-2025-01-10.awards")}
    d3 = json.loads(export(view, "d3", focus="person.pham-quoc-thuy", depth=1).data)
    _check_nodes({n["id"]: n for n in d3["nodes"]}, expected)
    assert len(d3["links"]) == 4
    graphml = nx.read_graphml(io.BytesIO(export(view, "graphml", focus="person.pham-quoc-thuy").data),
                              force_multigraph=True)
    assert set(graphml) == set(expected) and graphml.number_of_edges() == 4


def test_type_subgraph(view: GraphView) -> None:
    graph = nx.read_gexf(io.BytesIO(export(view, "gexf", types="person,post").data))
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"person", "post"}
    assert graph.number_of_nodes() == 4 and graph.number_of_edges() == 2  # the two 'holds'


def test_focus_rdf_dump_keeps_the_entity_and_its_memberships(view: GraphView) -> None:
    data = export(view, "trig", focus="person.pham-quoc-thuy", depth=0).data
    dataset = Dataset()
    dataset.parse(data=data, format="trig")
    subjects = {str(s) for s, *_ in dataset.quads((None, None, None, None))}
    assert subjects == {BASE + "person/pham-quoc-thuy",
                        BASE + "membership/pham-quoc-thuy/cong-an-tinh-lam-son/giam-doc"}
    turtle = Graph().parse(data=export(view, "turtle", focus="org.cong-an-tinh-lam-son", depth=0).data,
                           format="turtle")
    observations = set(turtle.subjects(URIRef("https://schema.org/about"), None))
    assert len(observations) == 2


def test_file_names_and_media_types(view: GraphView) -> None:
    for fmt in FORMATS:
        result = export(view, fmt, focus="person.pham-quoc-thuy", depth=2)
        assert result.filename.startswith("vnkg-person.pham-quoc-thuy-depth2.")
        assert "charset=utf-8" in result.media_type
    assert export(view, "gexf").filename == "vnkg.gexf"
    assert export(view, "d3", types="person").filename == "vnkg-person.json"
    assert set(GRAPH_FORMATS) | set(RDF_FORMATS) == set(FORMATS)


def test_report_subgraph_keeps_what_that_report_states(view: GraphView) -> None:
    whole = json.loads(export(view, "d3").data)
    reports = sorted({r for n in whole["nodes"] for r in n.get("reports", [])})
    assert len(reports) >= 2, reports
    for report in reports:
        part = export(view, "d3", report=report)
        data = json.loads(part.data)
        assert data["nodes"] and len(data["nodes"]) < len(whole["nodes"])
        assert all(report in n["reports"] for n in data["nodes"])
        assert all(not link.get("reports") or report in link["reports"] for link in data["links"])
        assert report in part.filename
    with pytest.raises(GraphError):
        export(view, "d3", report="no-such-report")


def test_bad_requests(view: GraphView) -> None:
    with pytest.raises(GraphError):
        export(view, "pdf")
    with pytest.raises(NodeNotFound):
        export(view, "d3", focus="person.nobody")
    with pytest.raises(GraphError):
        export(view, "d3", types="planet")
    with pytest.raises(GraphError):
        render_graph(nx.MultiDiGraph(), "turtle")


def test_mixed_attribute_types_become_one_type() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Một", type="org", size=1, note=["x", "y"])
    graph.add_node("b", label="Hai", type="org", size="lớn", note={"k": 1})
    graph.add_edge("a", "b", label="rel", relation="x:rel", reports=["r1", "r2"])
    back = nx.read_graphml(io.BytesIO(render_graph(graph, "graphml")), force_multigraph=True)
    assert back.nodes["a"]["size"] == "1" and back.nodes["b"]["size"] == "lớn"
    assert back.nodes["a"]["note"] == "x | y" and json.loads(back.nodes["b"]["note"]) == {"k": 1}
    assert next(iter(back.edges(data=True)))[2]["reports"] == "r1 | r2"


# --------------------------------------------------------------------------- the command line


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    from graph.store import open_store

    path = tmp_path_factory.mktemp("store") / "store"
    store = open_store(path)
    store.load(make_store().dump("nquads"), format="nquads")
    store.close()
    return str(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "dot", "trig"])
def test_cli_export_to_file(store_dir: str, tmp_path, fmt: str) -> None:
    from click.testing import CliRunner

    from graph.cli import main

    out = tmp_path / f"graph.{FORMATS[fmt].extension}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(out), "--store", store_dir])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert "Phạm Quốc Thuỵ".encode() in data
    if fmt == "graphml":
        assert nx.read_graphml(out, force_multigraph=True).number_of_nodes() == len(NODES)


def test_cli_export_guesses_format_and_writes_stdout(store_dir: str, tmp_path) -> None:
    from click.testing import CliRunner

    from graph.cli import main

    runner = CliRunner()
    out = tmp_path / "focus.json"
    result = runner.invoke(main, ["export", "-o", str(out), "--focus", "person.pham-quoc-thuy",
                                  "--store", store_dir])
    assert result.exit_code == 0, result.output
    assert len(json.loads(out.read_bytes())["nodes"]) == 4
    result = runner.invoke(main, ["export", "-f", "d3", "--type", "person", "--store", store_dir])
    assert result.exit_code == 0
    assert {n["id"] for n in json.loads(result.stdout_bytes)["nodes"]} == {
        "person.pham-quoc-thuy", "person.do-van-tuong"}


@pytest.mark.parametrize(
    "args",
    [["-o", "graph.unknown"], ["-f", "d3", "--focus", "person.nobody"], ["-f", "d3", "--type", "planet"]],
)
def test_cli_export_errors(store_dir: str, args: list[str]) -> None:
    from click.testing import CliRunner

    from graph.cli import main

    result = CliRunner().invoke(main, ["export", *args, "--store", store_dir])
    assert result.exit_code != 0
    assert "Error" in result.output


def test_cli_export_without_a_store(tmp_path) -> None:
    from click.testing import CliRunner

    from graph.cli import main

    result = CliRunner().invoke(main, ["export", "-f", "d3", "--store", str(tmp_path / "missing")])
    assert result.exit_code != 0 and "vnkg build" in result.output
