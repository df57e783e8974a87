"""Exports of the graph view for graph-drawing tools, and RDF dumps of the store.

Graph formats (networkx's own writers): ``graphml``, ``gexf`` (1.3, for Gephi), ``d3`` (node-link JSON
with ``nodes`` and ``links``), ``cytoscape`` (Cytoscape.js ``elements``) and ``dot`` (Graphviz, via
pydot). RDF formats, read from the store: ``turtle``, ``trig``, ``nquads``, ``jsonld``.

Every node carries ``label`` and ``type`` so a tool shows something readable at once. GraphML, GEXF
and DOT allow only scalar attribute values: lists become ``" | "``-joined text, the statistics
attached to a unit become ``statistics_count`` (and JSON text in GraphML and GEXF), and an attribute
holding several value types on different nodes is written as text everywhere.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph

from graph.network import (
    ORG,
    PREFIXES,
    QB,
    SCHEMA,
    VNKG,
    GraphError,
    GraphView,
    _chunks,
    select,
    sparql_iri,
    subgraph,
)

__all__ = [
    "FORMATS",
    "GRAPH_FORMATS",
    "RDF_FORMATS",
    "Export",
    "export",
    "flat_graph",
    "render_graph",
    "render_rdf",
]


@dataclass(frozen=True)
class Format:
    """An export format: its media type and file extension."""

    name: str
    media_type: str
    extension: str


GRAPH_FORMATS = {
    f.name: f
    for f in (
        Format("graphml", "application/graphml+xml; charset=utf-8", "graphml"),
        Format("gexf", "application/gexf+xml; charset=utf-8", "gexf"),
        Format("d3", "application/json; charset=utf-8", "json"),
        Format("cytoscape", "application/json; charset=utf-8", "cyjs"),
        Format("dot", "text/vnd.graphviz; charset=utf-8", "dot"),
    )
}
RDF_FORMATS = {
    f.name: f
    for f in (
        Format("turtle", "text/turtle; charset=utf-8", "ttl"),
        Format("trig", "application/trig; charset=utf-8", "trig"),
        Format("nquads", "application/n-quads; charset=utf-8", "nq"),
        Format("jsonld", "application/ld+json; charset=utf-8", "jsonld"),
    )
}
FORMATS = {**GRAPH_FORMATS, **RDF_FORMATS}
DATASET_FORMATS = ("trig", "nquads")  # the formats that keep named graphs
_RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
LIST_SEPARATOR = " | "


@dataclass(frozen=True)
class Export:
    """A rendered export: bytes, media type and a download file name."""

    data: bytes
    media_type: str
    filename: str


# --------------------------------------------------------------------------- graph formats


def _scalar(value: Any, keep_json: bool) -> Any:
    if value is None:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set)):
        if all(isinstance(v, (str, int, float, bool)) for v in value):
            return LIST_SEPARATOR.join(str(v) for v in value)
        return json.dumps(list(value), ensure_ascii=False) if keep_json else None
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False) if keep_json else None
    return str(value)


def flat_graph(graph: nx.MultiDiGraph, keep_json: bool = True) -> nx.MultiDiGraph:
    """Return a copy whose attribute values are scalars of one type per attribute name."""
    out = nx.MultiDiGraph()
    out.graph.update({k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float))})

    def flatten(data: dict[str, Any]) -> dict[str, Any]:
        flat: dict[str, Any] = {}
        for k, v in data.items():
            if k == "statistics":
                flat["statistics_count"] = len(v)
            value = _scalar(v, keep_json)
            if value is not None:
                flat[k] = value
        return flat

    for n, data in graph.nodes(data=True):
        out.add_node(n, **flatten(data))
    for u, v, k, data in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=k, **flatten(data))
    _unify_types(out.nodes(data=True))
    _unify_types((u, d) for u, _, d in out.edges(data=True))
    return out


def _unify_types(items: Iterable[tuple[Any, dict[str, Any]]]) -> None:
    items = list(items)
    kinds: dict[str, set[type]] = {}
    for _, data in items:
        for k, v in data.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, ts in kinds.items():
        if len(ts) == 1:
            continue
        cast: Any = float if ts <= {int, float} else str
        for _, data in items:
            if k in data:
                data[k] = cast(data[k])


def _graphml(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(flat_graph(graph), buffer, encoding="utf-8", named_key_ids=True)
    return buffer.getvalue()


def _gexf(graph: nx.MultiDiGraph) -> bytes:
    flat = flat_graph(graph)
    for _, data in flat.nodes(data=True):
        # GEXF reserves a node's 'id' and an edge's 'type' (directed/undirected)
        data.pop("id", None)
    for *_, data in flat.edges(data=True):
        if "type" in data:
            data["edge_type"] = data.pop("type")
    buffer = io.BytesIO()
    nx.write_gexf(flat, buffer, encoding="utf-8", version="1.3")
    # networkx writes a misspelt XML Schema instance namespace for 1.3; Gephi validates against it
    return buffer.getvalue().replace(
        b'"http://w3.org/2001/XMLSchema-instance"', b'"http://www.w3.org/2001/XMLSchema-instance"'
    )


def _d3(graph: nx.MultiDiGraph) -> bytes:
    data = nx.node_link_data(graph, edges="links")
    data["graph"] = {k: v for k, v in data["graph"].items() if isinstance(v, (str, int, float))}
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _cytoscape(graph: nx.MultiDiGraph) -> bytes:
    data = nx.cytoscape_data(graph)
    data["data"] = {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float))}
    for element in data["elements"]["nodes"]:
        element["data"]["name"] = element["data"].get("label", element["data"]["name"])
    for i, element in enumerate(data["elements"]["edges"]):
        element["data"]["id"] = f"e{i}"
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _dot(graph: nx.MultiDiGraph) -> bytes:
    flat = flat_graph(graph, keep_json=False)
    for _, data in flat.nodes(data=True):
        data.pop("name", None)  # pydot reads a node attribute 'name' as the node's own name
    return nx.nx_pydot.to_pydot(flat).to_string().encode("utf-8")


_RENDERERS = {"graphml": _graphml, "gexf": _gexf, "d3": _d3, "cytoscape": _cytoscape, "dot": _dot}


def render_graph(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """Render a networkx graph in one of the graph formats."""
    if fmt not in GRAPH_FORMATS:
        raise GraphError(f"unknown graph format {fmt!r}; one of {', '.join(GRAPH_FORMATS)}")
    return _RENDERERS[fmt](graph)


# --------------------------------------------------------------------------- RDF formats


def _dump(store: Any, fmt: str) -> bytes:
    """Dump the whole store: the store serialises, nothing passes through Python terms."""
    if fmt in DATASET_FORMATS:
        return store.dump(fmt)
    with store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }") as result:
        return result.serialize(fmt)


def _part_pattern(values: str) -> str:
    # the entities themselves, and the memberships, participations and statistics about them
    return f"""
      {{ VALUES ?s {{ {values} }} }}
      UNION {{ VALUES ?e {{ {values} }}
              GRAPH ?g0 {{ ?s a <{ORG}Membership> ; <{ORG}member>|<{ORG}organization> ?e }} }}
      UNION {{ VALUES ?e {{ {values} }} GRAPH ?g0 {{ ?s a <{QB}Observation> ; <{SCHEMA}about> ?e }} }}
      UNION {{ VALUES ?e {{ {values} }} GRAPH ?g0 {{ ?s <{VNKG}participant> ?e }} }}
      GRAPH ?g {{ ?s ?p ?o }}"""


def render_rdf(store: Any, fmt: str, iris: Iterable[str] | None = None) -> bytes:
    """Dump the store, or the statements about some entities, in an RDF format.

    TriG and N-Quads keep each report's named graph; Turtle and JSON-LD carry their union.
    """
    if fmt not in RDF_FORMATS:
        raise GraphError(f"unknown RDF format {fmt!r}; one of {', '.join(RDF_FORMATS)}")
    if iris is None:
        return _dump(store, fmt)
    chunks = list(_chunks(sorted(set(iris)))) or [[]]
    if fmt not in DATASET_FORMATS:
        graph = Graph()
        for chunk in chunks:
            values = " ".join(sparql_iri(i) for i in chunk)
            with store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {_part_pattern(values)} }}") as result:
                for triple in result:
                    graph.add(triple)
        _bind(graph)
        return graph.serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8")
    dataset = Dataset()
    _bind(dataset)
    for chunk in chunks:
        values = " ".join(sparql_iri(i) for i in chunk)
        for row in select(store, f"SELECT DISTINCT ?s ?p ?o ?g WHERE {{ {_part_pattern(values)} }}"):
            dataset.graph(row["g"]).add((row["s"], row["p"], row["o"]))
    return dataset.serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8")


def _bind(graph: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)


# --------------------------------------------------------------------------- entry point


def _filename(fmt: Format, focus: str | None, types: str | None, depth: int,
              report: str | None = None) -> str:
    parts = ["vnkg"]
    if report:
        parts.append(re.sub(r"[^A-Za-z0-9_.-]+", "+", report))
    if focus:
        parts.append(f"{focus}-depth{depth}")
    if types:
        parts.append(re.sub(r"[^A-Za-z0-9_-]+", "+", types.strip(",")))
    return "-".join(parts) + "." + fmt.extension


def export(view: GraphView, fmt: str, focus: str | None = None, depth: int = 1,
           types: str | None = None, report: str | None = None, wait: float | None = None) -> Export:
    """Render the whole graph or a subgraph (one entity's neighbourhood, some types, one report's part).

    ``wait``: how long to wait for a graph view still being built (see :meth:`GraphView.get`).
    """
    if fmt not in FORMATS:
        raise GraphError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if depth < 0:
        raise GraphError("depth must be 0 or more")
    spec = FORMATS[fmt]
    projection = view.get(wait=wait)
    nodes = projection.graph.nodes(data=True)
    if report is not None and not any(report in d.get("reports", ()) for _, d in nodes):
        raise GraphError(f"unknown report {report!r}")
    whole = not focus and not types and not report
    if fmt in RDF_FORMATS:
        if whole:
            data = render_rdf(view.store, fmt)
        else:
            part = subgraph(projection, focus, depth, types, report)
            data = render_rdf(view.store, fmt, [d["iri"] for _, d in part.nodes(data=True)])
    else:
        graph = projection.graph if whole else subgraph(projection, focus, depth, types, report)
        data = render_graph(graph, fmt)
    name = _filename(spec, focus, types, depth, report)
    return Export(data=data, media_type=spec.media_type, filename=name)

