"""Keep a store's default graph the union of its named graphs, as a set.

The engine's own union default graph is a bag: a triple stated by three reports is counted three
times by ``COUNT(*)``. So a store in union mode holds the union in its real default graph and keeps
it true on every write, inside the write's own transaction:

- a named graph written: its triples are copied into the default graph (copied, not re-parsed, so
  blank nodes stay the same terms);
- a named graph replaced or dropped: its old triples leave the default graph unless another named
  graph still states them;
- a SPARQL Update: the graphs it writes are copied aside first and reconciled after; an update whose
  graphs cannot be told in advance (``GRAPH ?g`` templates, ``CLEAR ALL``) reconciles everything.

Writing to the default graph itself is refused in union mode: it is derived, not stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.store.base import QueryRefused

__all__ = ["DefaultGraphIsDerived", "written_graphs", "replace_ops", "drop_ops", "copy_op", "wrap_update",
           "copy_all_op", "RESYNC", "Unparsed"]

SCRATCH = "urn:x-vnkg:union-before:"
DERIVED_MESSAGE = (
    "the default graph here is the union of the named graphs (the union_default_graph setting), so it "
    "cannot be written directly: write into a named graph (GRAPH <iri> { … }, or ?graph=<iri>)"
)

COPY_ALL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
# Everything in the default graph that no named graph states, then everything the named graphs state.
RESYNC = "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n" + COPY_ALL


class DefaultGraphIsDerived(QueryRefused):
    """A write aimed at the default graph of a store whose default graph is the union."""

    def __init__(self, message: str = DERIVED_MESSAGE):
        super().__init__(message)


def _orphans_op(graph: str, keep_out: Iterable[str] = ()) -> str:
    """Delete from the default graph the triples of ``graph`` that no other named graph states."""
    others = ", ".join(f"<{g}>" for g in (graph, *keep_out))
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({others})) }} }}")


def copy_all_op() -> str:
    """Copy every named graph's triples into the default graph."""
    return COPY_ALL


def copy_op(graph: str) -> str:
    """Copy a named graph's triples into the default graph (a set: nothing is doubled)."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"


def replace_ops(graph: str, ntriples: str, replace: bool) -> list[str]:
    """Return the update operations that write ``graph`` and keep the default graph its union."""
    ops = [_orphans_op(graph), f"DROP SILENT GRAPH <{graph}>"] if replace else []
    ops += [f"CREATE SILENT GRAPH <{graph}>", f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}}} }}",
            copy_op(graph)]
    return ops


def drop_ops(graph: str) -> list[str]:
    """Return the update operations that drop ``graph`` and keep the default graph its union."""
    return [_orphans_op(graph), f"DROP SILENT GRAPH <{graph}>"]


def written_graphs(update: str, base_iri: str | None = None) -> set[str] | None:
    """Return the named graphs an update writes, or None when that cannot be told before it runs.

    Raises :class:`DefaultGraphIsDerived` when it writes the default graph, :class:`Unparsed` when
    the text cannot be read here.
    """
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate
    from rdflib.term import URIRef

    try:
        operations = translateUpdate(parseUpdate(update), base=base_iri).algebra
    except Exception as e:  # noqa: BLE001 - the engine reports syntax, with its own positions
        raise Unparsed(str(e)) from None
    graphs: set[str] = set()

    def target(term: object) -> None:
        if term == "DEFAULT" or term is None:
            raise DefaultGraphIsDerived()
        if not isinstance(term, URIRef):
            raise _Unknown
        graphs.add(str(term))

    try:
        for op in operations:
            name = op.name
            if name in ("InsertData", "DeleteData", "DeleteWhere"):
                if _field(op, "triples"):
                    raise DefaultGraphIsDerived()
                for g in (_field(op, "quads") or {}):
                    target(g)
            elif name == "Modify":
                with_graph = _field(op, "withClause")
                for part in (_field(op, "delete"), _field(op, "insert")):
                    if not part:
                        continue
                    if _field(part, "triples"):
                        target(with_graph)
                    for g in (_field(part, "quads") or {}):
                        target(g)
            elif name in ("Load", "Clear", "Drop", "Create"):
                g = _field(op, "graphiri")
                if g in ("ALL", "NAMED"):
                    raise _Unknown
                if name == "Create":
                    continue
                if name == "Drop" and g == "DEFAULT":
                    raise DefaultGraphIsDerived()
                target(g)
            elif name in ("Add", "Copy", "Move"):
                source, destination = _field(op, "graph")
                target(destination)
                if name == "Move" and source != "DEFAULT":
                    target(source)
                elif name == "Move":
                    raise DefaultGraphIsDerived()
            else:
                raise _Unknown
    except _Unknown:
        return None
    return graphs


def _field(node: dict, name: str) -> object:
    """Return a field of an rdflib algebra node, None when absent (its own ``get`` returns the name)."""
    return dict.get(node, name)


class Unparsed(Exception):
    """The update could not be read here: run it alone, then reconcile the whole default graph."""


class _Unknown(Exception):
    """The update writes graphs that cannot be named before it runs."""


# The prologue (comments, BASE and PREFIX declarations) before an update's first operation.
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*(?:\n|$)|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*", re.IGNORECASE)


def wrap_update(update: str, graphs: set[str] | None) -> str:
    """Return ``update`` with the operations that keep the default graph the union, one request."""
    body = re.sub(r";\s*$", "", update.rstrip())
    if graphs is None:
        return f"{body}\n;\n{RESYNC}"
    # Operations before the update's own go after its prologue: the engine wants that first.
    prologue = _PROLOGUE.match(body).group(0)  # type: ignore[union-attr]
    body = body[len(prologue):]
    before = [f"{SCRATCH}{n}" for n in range(len(graphs))]
    pre = [f"COPY SILENT <{g}> TO <{s}>" for g, s in zip(sorted(graphs), before, strict=True)]
    post = []
    for g, s in zip(sorted(graphs), before, strict=True):
        post.append(_orphans_op(s, keep_out=before))
        post.append(copy_op(g))
    post += [f"DROP SILENT GRAPH <{s}>" for s in before]
    return prologue + "\n" + ";\n".join(pre) + ";\n" + body + "\n;\n" + ";\n".join(post)
