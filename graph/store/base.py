"""The store interface: what the build, the SPARQL server and every view may ask of a triple store.

Pure core: no web framework and no engine here. A backend (``graph.store.oxigraph``) implements
:class:`Store` and :class:`QueryResult`; everything else talks to those two classes only.

Graph arguments: a graph is named by its IRI (``str``) or by :data:`DEFAULT_GRAPH`, the store's own
default graph. Formats are named by the short names of :data:`FORMATS` (``"json"``, ``"turtle"`` …);
the web layer maps media types to them.
"""

from __future__ import annotations

import abc
import contextlib
import enum
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any, Literal

__all__ = [
    "DEFAULT_GRAPH",
    "DefaultGraph",
    "GraphName",
    "Format",
    "FORMATS",
    "RESULT_FORMATS",
    "RDF_FORMATS",
    "format_for_media_type",
    "format_for_path",
    "Row",
    "QueryResult",
    "Store",
    "StoreError",
    "QuerySyntaxError",
    "DataSyntaxError",
    "QueryTimeout",
    "QueryCancelled",
    "QueryRefused",
    "QueryEvaluationError",
    "ProtocolConflict",
    "UnsupportedFormat",
    "StoreLockedError",
    "ReadOnlyStoreError",
    "StoreUnavailable",
]


class DefaultGraph(enum.Enum):
    """The store's default graph (as opposed to a named graph)."""

    DEFAULT = "default"

    def __repr__(self) -> str:
        return "DEFAULT_GRAPH"


DEFAULT_GRAPH = DefaultGraph.DEFAULT
GraphName = str | DefaultGraph

# --------------------------------------------------------------------------- formats


@dataclass(frozen=True)
class Format:
    """One serialisation: its short name, canonical media type and what it can carry."""

    name: str
    media_type: str
    kind: Literal["results", "rdf"]
    extension: str
    aliases: tuple[str, ...] = ()  # other media types that mean this format
    label: str = ""
    boolean: bool = False  # results formats: can carry an ASK answer
    datasets: bool = False  # RDF formats: can carry named graphs (TriG, N-Quads)
    text: bool = True  # add "; charset=utf-8" to Content-Type

    @property
    def content_type(self) -> str:
        """Return the Content-Type header value for this format."""
        return f"{self.media_type}; charset=utf-8" if self.text else self.media_type

    @property
    def media_types(self) -> tuple[str, ...]:
        """Return the canonical media type followed by the aliases."""
        return (self.media_type, *self.aliases)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        # SPARQL results (SELECT, ASK)
        Format("json", "application/sparql-results+json", "results", "srj", ("application/json",),
               "SPARQL JSON", boolean=True),
        Format("xml", "application/sparql-results+xml", "results", "srx", (), "SPARQL XML", boolean=True),
        # CSV/TSV define no ASK form; the engine writes "true"/"false", served only when asked for.
        Format("csv", "text/csv", "results", "csv", (), "CSV", boolean=True),
        Format("tsv", "text/tab-separated-values", "results", "tsv", (), "TSV", boolean=True),
        # RDF (CONSTRUCT, DESCRIBE, graph store, dumps)
        Format("turtle", "text/turtle", "rdf", "ttl", ("application/x-turtle", "application/turtle"),
               "Turtle"),
        Format("ntriples", "application/n-triples", "rdf", "nt", ("text/plain",), "N-Triples"),
        Format("rdfxml", "application/rdf+xml", "rdf", "rdf", (), "RDF/XML"),
        Format("jsonld", "application/ld+json", "rdf", "jsonld",
               ("application/x-json+ld", "application/json"), "JSON-LD"),
        Format("trig", "application/trig", "rdf", "trig", ("application/x-trig",), "TriG", datasets=True),
        Format("nquads", "application/n-quads", "rdf", "nq", ("text/x-nquads",), "N-Quads", datasets=True),
        Format("n3", "text/n3", "rdf", "n3", ("text/rdf+n3", "application/n3"), "N3"),
    )
}
RESULT_FORMATS = {k: f for k, f in FORMATS.items() if f.kind == "results"}
RDF_FORMATS = {k: f for k, f in FORMATS.items() if f.kind == "rdf"}

_EXTENSIONS = {f.extension: f for f in RDF_FORMATS.values()}
_EXTENSIONS.update({"owl": FORMATS["rdfxml"], "xml": FORMATS["rdfxml"], "json": FORMATS["jsonld"],
                    "json-ld": FORMATS["jsonld"], "turtle": FORMATS["turtle"], "nquads": FORMATS["nquads"],
                    "ntriples": FORMATS["ntriples"]})


def format_for_media_type(media_type: str, kind: str = "rdf") -> Format | None:
    """Return the format of ``kind`` that a media type (parameters allowed) names, or None."""
    mt = media_type.split(";", 1)[0].strip().lower()
    for f in FORMATS.values():
        if f.kind == kind and mt in f.media_types:
            return f
    return None


def format_for_path(path: str | os.PathLike[str]) -> Format | None:
    """Return the RDF format a file name's extension names (``.ttl``, ``.nq`` …), or None."""
    name = os.fspath(path).lower()
    for suffix in (".gz",):  # compressed files are not handled: make the caller say so
        if name.endswith(suffix):
            return None
    ext = name.rsplit(".", 1)[-1] if "." in os.path.basename(name) else ""
    return _EXTENSIONS.get(ext)


# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """A store operation failed; the message is meant for a person."""


class QuerySyntaxError(StoreError, ValueError):
    """The query or update text is malformed (the parser's message)."""


class DataSyntaxError(StoreError, ValueError):
    """RDF data given to a write is malformed (the parser's message)."""


class QueryTimeout(StoreError):
    """The query ran past its time limit and was stopped."""


class QueryCancelled(QueryTimeout):
    """The query was stopped because its caller has gone (the client closed the connection)."""


class QueryRefused(StoreError):
    """The query or update asks for something the configuration forbids (e.g. a remote SERVICE)."""


class QueryEvaluationError(StoreError):
    """The engine failed while evaluating a well-formed query (e.g. a SERVICE call failed)."""


class ProtocolConflict(StoreError, ValueError):
    """Protocol dataset parameters conflict with the request text (USING/WITH with using-graph-uri)."""


class UnsupportedFormat(StoreError, ValueError):
    """No serialiser or parser for the asked format, or the format cannot carry this result."""


class StoreLockedError(StoreError):
    """The on-disk store is open read-write in another process."""


class ReadOnlyStoreError(StoreError):
    """A write was attempted on a store opened read-only."""


class StoreUnavailable(StoreError):
    """The store (a remote database) cannot be reached, or keeps failing; trying later may succeed."""


# --------------------------------------------------------------------------- results


class Row(tuple):
    """One SELECT solution: a tuple of rdflib terms (None when unbound), also readable by name.

    ``row[0]``, ``row["name"]``, ``row.get("name")``, ``dict(row)`` and ``row.asdict()`` all work.
    Each result makes its own subclass (:meth:`type_for`) carrying the variable index, so a row
    costs no more than a tuple.
    """

    __slots__ = ()
    _index: Mapping[str, int] = {}

    @classmethod
    def type_for(cls, variables: Iterable[str]) -> type[Row]:
        """Return a Row subclass for these variable names."""
        return type("Row", (cls,), {"__slots__": (), "_index": {v: i for i, v in enumerate(variables)}})

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key.lstrip("?$")])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        """Return the variable names, in projection order."""
        return list(self._index)

    def get(self, key: str, default: Any = None) -> Any:
        """Return the value bound to a variable, or ``default`` when it is unbound or unknown."""
        i = self._index.get(key.lstrip("?$"))
        value = None if i is None else tuple.__getitem__(self, i)
        return default if value is None else value

    def asdict(self) -> dict[str, Any]:
        """Return ``{variable: term or None}``."""
        return {k: tuple.__getitem__(self, i) for k, i in self._index.items()}

    def __repr__(self) -> str:
        return f"Row({self.asdict()!r})"


ResultKind = Literal["bindings", "boolean", "graph"]


class QueryResult(abc.ABC):
    """The answer to one query: serialisable to every fitting format, iterable as Python values.

    ``kind`` is ``"bindings"`` (SELECT: iterate :class:`Row` s, ``variables`` names the columns),
    ``"boolean"`` (ASK: ``boolean`` / ``bool(result)``) or ``"graph"`` (CONSTRUCT, DESCRIBE:
    iterate ``(s, p, o)`` rdflib triples, or call :meth:`graph`). A result is consumed once:
    either serialise it or iterate it. ``truncated`` becomes True when serialisation stopped at
    the row cap. Close it (or use ``with``) when you drop it unread.
    """

    kind: ResultKind
    variables: list[str]
    truncated: bool = False
    #: Called once with the seconds a run took to its end (``inf``: stopped at the time limit);
    #: a store sets it to learn which queries are light (:mod:`graph.store.inline`).
    on_finished: Callable[[float], None] | None = None

    def _finished(self, seconds: float) -> None:
        if self.on_finished is not None:
            callback, self.on_finished = self.on_finished, None
            callback(seconds)

    @property
    def boolean(self) -> bool:
        """Return the ASK answer."""
        raise TypeError(f"a {self.kind} result has no boolean value")

    def __bool__(self) -> bool:
        # An ASK result is its answer; any other result object is truthy like any object.
        return self.boolean if self.kind == "boolean" else True

    def formats(self) -> list[Format]:
        """Return the formats that can carry this result, the default first."""
        if self.kind == "bindings":
            return list(RESULT_FORMATS.values())
        if self.kind == "boolean":
            return [f for f in RESULT_FORMATS.values() if f.boolean]
        return list(RDF_FORMATS.values())

    def check_format(self, format: str) -> Format:
        """Return the :class:`Format` named ``format`` or raise UnsupportedFormat."""
        fmt = FORMATS.get(format)
        if fmt is None or fmt not in self.formats():
            names = ", ".join(f.name for f in self.formats())
            raise UnsupportedFormat(
                f"a {self.kind} result cannot be written as {format!r} (use one of {names})")
        return fmt

    @abc.abstractmethod
    def stream(self, format: str, *, max_rows: int | None = None) -> Iterator[bytes]:
        """Yield the serialisation in chunks; stop at ``max_rows`` solutions or triples (None: no cap).

        Errors (time limit, evaluation) are raised by the first ``next()`` whenever the result
        was capped, since a capped result is produced completely before its first chunk.
        """

    def serialize(self, format: str, *, max_rows: int | None = None) -> bytes:
        """Return the whole serialisation."""
        return b"".join(self.stream(format, max_rows=max_rows))

    @abc.abstractmethod
    def __iter__(self) -> Iterator[Any]:
        """Yield :class:`Row` s (SELECT) or ``(s, p, o)`` rdflib triples (CONSTRUCT/DESCRIBE)."""

    def graph(self) -> Any:
        """Return a CONSTRUCT/DESCRIBE result as an rdflib Graph."""
        if self.kind != "graph":
            raise TypeError(f"a {self.kind} result is not a graph")
        from rdflib import Graph

        g = Graph()
        for triple in self:
            g.add(triple)
        return g

    def close(self) -> None:  # noqa: B027 - optional hook, nothing to release by default
        """Release what the result holds (a worker process, an open iterator)."""

    def __enter__(self) -> QueryResult:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- the store

#: What the graph writes accept: an rdflib Graph or Dataset (all its triples), RDF text or bytes
#: in ``format`` (N-Triples by default), an iterable of rdflib ``(s, p, o)`` triples, or a list of
#: ``(bytes, format name)`` documents to merge.
RdfInput = Any


class Store(abc.ABC):
    """A triple store holding named graphs; the default graph may be their union (queries only).

    Writes are atomic per call. ``generation`` changes whenever the data changes, in this
    process or another one, so caches know when to rebuild.
    """

    read_only: bool = False
    union_default_graph: bool = True
    location: str | None = None  # the path of an on-disk store, None in memory

    @abc.abstractmethod
    def query(
        self,
        sparql: str,
        *,
        default_graph_uris: Iterable[str] = (),
        named_graph_uris: Iterable[str] = (),
        timeout: float | None = None,
        base_iri: str | None = None,
        union_default_graph: bool | None = None,
    ) -> QueryResult:
        """Evaluate a SPARQL query; protocol graph URIs, when given, replace the dataset."""

    @abc.abstractmethod
    def update(
        self,
        sparql: str,
        *,
        using_graph_uris: Iterable[str] = (),
        using_named_graph_uris: Iterable[str] = (),
        base_iri: str | None = None,
    ) -> None:
        """Apply a SPARQL update in one transaction."""

    @abc.abstractmethod
    def replace_graph(self, graph: GraphName, data: RdfInput, format: str | None = None, *,
                      base_iri: str | None = None) -> None:
        """Replace a graph's content in one transaction (readers see the old or the new graph)."""

    @abc.abstractmethod
    def add_to_graph(self, graph: GraphName, data: RdfInput, format: str | None = None, *,
                     base_iri: str | None = None) -> None:
        """Add triples to a graph (creating it) in one transaction."""

    @abc.abstractmethod
    def drop_graph(self, graph: GraphName) -> bool:
        """Remove a named graph (or empty the default graph); return whether it existed."""

    @abc.abstractmethod
    def has_graph(self, graph: GraphName) -> bool:
        """Return whether a named graph exists (the default graph always does)."""

    @abc.abstractmethod
    def graphs(self) -> list[str]:
        """Return the IRIs of the named graphs, sorted."""

    @abc.abstractmethod
    def load(self, source: str | os.PathLike[str] | bytes | IO[bytes], format: str | None = None,
             graph: GraphName | None = None, *, base_iri: str | None = None) -> None:
        """Bulk-load a file (path) or bytes; triples go to ``graph`` (default: the default graph)."""

    @abc.abstractmethod
    def dump(self, format: str, graph: GraphName | None = None,
             output: IO[bytes] | None = None) -> bytes | None:
        """Serialise one graph, or the whole dataset when ``graph`` is None (TriG, N-Quads)."""

    @abc.abstractmethod
    def __len__(self) -> int:
        """Return the number of quads."""

    @property
    @abc.abstractmethod
    def generation(self) -> str:
        """Return a token that changes whenever the stored data changes (any process)."""

    def add_new_graphs(self, graphs: Sequence[tuple[str, bytes]], seals: Sequence[tuple[str, bytes]] = ()
                       ) -> None:
        """Write named graphs that are not in the store yet: (IRI, N-Triples) pairs, then their seals.

        A reader never sees part of a graph; ``seals`` (N-Triples added to the same graphs) are
        written after them, so a graph that carries its seal is whole even where an engine
        writes ``graphs`` and seals in separate steps. A build seals each report's graph with
        its content hash.
        """
        seal_of = dict(seals)
        for iri, data in graphs:
            self.add_to_graph(iri, data + seal_of.pop(iri, b""), "ntriples")
        for iri, data in seal_of.items():
            self.add_to_graph(iri, data, "ntriples")

    @contextlib.contextmanager
    def bulk_writes(self) -> Iterator[bool]:
        """Let :meth:`add_new_graphs` use a faster, non-atomic path inside the block where that is
        safe for readers; yield whether it does (here: never)."""
        yield False

    def stamp(self) -> str | None:
        """Return a token of the stored data that every process reads alike, or None when there is none.

        It changes with every write; a cache kept beside the data is current while it is equal.
        """
        return None

    def flush(self) -> None:  # noqa: B027 - optional hook, nothing buffered by default
        """Write what the engine holds in memory to disk, so a long run of writes stays small."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the engine (files, worker processes)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Convenience for views: small, materialised answers.
    def select(self, sparql: str, **kwargs: Any) -> list[Row]:
        """Return the rows of a SELECT query."""
        with self.query(sparql, **kwargs) as result:
            if result.kind != "bindings":
                raise TypeError(f"not a SELECT query (got a {result.kind} result)")
            return list(result)

    def ask(self, sparql: str, **kwargs: Any) -> bool:
        """Return the answer of an ASK query."""
        with self.query(sparql, **kwargs) as result:
            return result.boolean

    def construct(self, sparql: str, **kwargs: Any) -> Any:
        """Return a CONSTRUCT or DESCRIBE answer as an rdflib Graph."""
        with self.query(sparql, **kwargs) as result:
            return result.graph()
