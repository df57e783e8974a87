"""Check a build against the SHACL shapes (ontology/shapes.ttl) and say what is wrong in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyshacl
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.graph import ConjunctiveGraph
from rdflib.term import BNode, Node

from graph.rdf import OA, PREFIXES, SCHEMA, SHAPES_FILE

__all__ = ["Violation", "validate", "describe", "load_shapes"]

SH = Namespace("http://www.w3.org/ns/shacl#")

_KNOWN_PREFIXES = {
    **PREFIXES,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
}


@dataclass(frozen=True, order=True)
class Violation:
    """One broken rule: the node, the property path, what is wrong, how bad it is."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"  # Violation | Warning | Info
    kind: str = ""  # what the focus node is, from the shape's label: 'Post', 'Person', ...
    shape: str | None = None


@lru_cache(maxsize=4)
def _shapes_from_file(path: str) -> Graph:
    return Graph().parse(path, format="turtle")


def load_shapes(path: str | Path | None = None) -> Graph:
    """Return the shapes graph (cached; do not modify it)."""
    return _shapes_from_file(str(path or SHAPES_FILE))


def _compact(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in _KNOWN_PREFIXES.items():
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"
    return str(node)


def _path_text(shapes: Graph, results: Graph, path: Node | None) -> str | None:
    """Render a SHACL path ('org:postIn', 'oa:hasTarget/oa:hasSelector')."""
    if path is None:
        return None
    if isinstance(path, BNode):
        for graph in (results, shapes):
            if (path, RDF.first, None) in graph:
                return "/".join(_compact(step) or "?" for step in Collection(graph, path))
            inverse = graph.value(path, SH.inversePath)
            if inverse is not None:
                return f"^{_compact(inverse)}"
        return "(complex path)"
    return _compact(path)


def _kind(shapes: Graph, shape: Node | None) -> str:
    """Return the label of the node shape that ``shape`` (a node or property shape) belongs to."""
    if shape is None:
        return ""
    label = shapes.value(shape, RDFS.label)
    if label is None:
        owner = shapes.value(None, SH.property, shape) or shapes.value(None, SH.sparql, shape)
        label = shapes.value(owner, RDFS.label) if owner is not None else None
    return str(label) if label is not None else ""


def _message(results: Graph, result: Node) -> str:
    messages = list(results.objects(result, SH.resultMessage))
    # Prefer an English or untagged message when a shape gives several languages.
    messages.sort(key=lambda m: (not isinstance(m, Literal) or m.language not in (None, "en"), str(m)))
    return str(messages[0]) if messages else "breaks a rule"


def _as_graph(data: Graph) -> Graph:
    """Return one graph holding the union of all named graphs of a dataset (or ``data`` itself)."""
    if not isinstance(data, ConjunctiveGraph):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _offset_violations(data: Graph) -> list[Violation]:
    """Return a violation for each position selector whose offsets do not pick out its quote.

    Done here rather than as a SHACL-SPARQL constraint: pyshacl re-parses such a query for every
    selector, which takes seconds on one report.
    """
    found = []
    texts: dict[Node, str | None] = {}
    for position in data.subjects(RDF.type, OA.TextPositionSelector):
        start, end = data.value(position, OA.start), data.value(position, OA.end)
        if not (isinstance(start, Literal) and isinstance(end, Literal)):
            continue  # missing offsets are the shapes' business
        start_value, end_value = start.toPython(), end.toPython()
        if not (isinstance(start_value, int) and isinstance(end_value, int) and 0 <= start_value < end_value):
            continue  # bad offsets are reported by the shapes
        for target in data.subjects(OA.hasSelector, position):
            report = data.value(target, OA.hasSource)
            if report not in texts:
                text = data.value(report, SCHEMA.text)
                texts[report] = str(text) if text is not None else None
            text = texts[report]
            if text is None:
                continue
            for quote in data.objects(target, OA.hasSelector):
                if (quote, RDF.type, OA.TextQuoteSelector) not in data:
                    continue
                exact = data.value(quote, OA.exact)
                if exact is not None and text[start_value:end_value] != str(exact):
                    found.append(
                        Violation(
                            focus=str(position),
                            path="oa:start",
                            message=(
                                f"does not match its quote: the report text at {start_value}-{end_value} "
                                f"is {text[start_value:end_value]!r}, not {str(exact)!r} (oa:exact)"
                            ),
                            kind="Text position selector",
                        )
                    )
    return found


def validate(data: Graph, shapes: Graph | str | Path | None = None) -> list[Violation]:
    """Validate ``data`` (a graph, or a dataset taken as the union of its graphs); return the violations."""
    shapes_graph = shapes if isinstance(shapes, Graph) else load_shapes(shapes)
    data = _as_graph(data)
    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        meta_shacl=False,
        advanced=False,
        js=False,
        inplace=True,  # pyshacl only reads the data graph when no inference runs
    )
    violations = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(result, SH.sourceShape)
        severity = results.value(result, SH.resultSeverity)
        violations.add(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=_path_text(shapes_graph, results, results.value(result, SH.resultPath)),
                message=_message(results, result),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                kind=_kind(shapes_graph, shape),
                shape=str(shape) if isinstance(shape, URIRef) else None,
            )
        )
    violations.update(_offset_violations(data))
    return sorted(violations)


def describe(v: Violation) -> str:
    """Return a violation as one plain sentence.

    For example: 'Post <https://w3id.org/vnkg/id/post/x/giam-doc> has no organisation (org:postIn)'.
    """
    kind = v.kind or "Node"
    prefix = "" if v.severity == "Violation" else f"{v.severity}: "
    return f"{prefix}{kind} <{v.focus}> {v.message}"
