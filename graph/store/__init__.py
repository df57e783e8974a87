"""The triple store: one small interface (:mod:`graph.store.base`), its Oxigraph backend, and a
remote backend (:mod:`graph.store.remote`) for SPARQL databases reached over HTTP.

Open a store with :func:`open_store`; nothing outside this package touches the engine::

    store = open_store("data/store")           # on disk, read-write (one process at a time)
    store = open_store("http://host:3030/vnkg/query", settings=settings)  # a remote SPARQL store
    store.replace_graph(graph_iri, rdflib_graph)
    for row in store.query("SELECT ?s WHERE { ?s a ?t }"):
        print(row["s"])
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from graph.store.base import (
    DEFAULT_GRAPH,
    FORMATS,
    RDF_FORMATS,
    RESULT_FORMATS,
    DataSyntaxError,
    Format,
    GraphName,
    ProtocolConflict,
    QueryCancelled,
    QueryEvaluationError,
    QueryRefused,
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyStoreError,
    Row,
    Store,
    StoreError,
    StoreLockedError,
    StoreUnavailable,
    UnsupportedFormat,
    format_for_media_type,
    format_for_path,
)

__all__ = [
    "open_store",
    "MEMORY",
    "DEFAULT_GRAPH",
    "FORMATS",
    "RDF_FORMATS",
    "RESULT_FORMATS",
    "DataSyntaxError",
    "Format",
    "GraphName",
    "ProtocolConflict",
    "QueryCancelled",
    "QueryEvaluationError",
    "QueryRefused",
    "QueryResult",
    "QuerySyntaxError",
    "QueryTimeout",
    "ReadOnlyStoreError",
    "Row",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreUnavailable",
    "UnsupportedFormat",
    "format_for_media_type",
    "format_for_path",
]

MEMORY = ":memory:"


def open_store(
    spec: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    union_default_graph: bool = True,
    query_workers: int = 0,
    remote_hosts: Iterable[str] = (),
    settings: Any = None,
    inline_budget: float = 0.0,
    default_timeout: float | None = None,
    max_query_workers: int = 0,
) -> Store:
    """Open a store: a directory path (on disk, created if missing), None / ``":memory:"``, or a URL.

    ``read_only`` opens an on-disk store without its write lock, so another process (a build)
    may write meanwhile; ``query_workers`` > 0 evaluates queries in killable worker processes
    (on disk only), ``remote_hosts`` lists the hosts SERVICE and LOAD may fetch from ("*": any),
    ``inline_budget`` > 0 runs time-limited queries of shapes proven lighter than that many
    seconds in the calling thread (:mod:`graph.store.inline`). ``default_timeout`` bounds the queries
    made without a timeout of their own outside any budget (:mod:`graph.store.budget`);
    ``max_query_workers`` lets the pool grow past ``query_workers`` while every worker is busy.
    An http(s) URL is the query endpoint of a remote SPARQL store (:mod:`graph.store.remote`),
    configured by ``settings`` (a :class:`graph.settings.Settings`; default: the environment and
    config file): ``update_url``, ``gsp_url``, credentials, timeouts, retries, batch size.
    """
    text = None if spec is None else os.fspath(spec)
    if text is not None and text.startswith(("http://", "https://")):
        from graph.settings import SettingsError, load_settings
        from graph.store.remote import remote_store_from_settings

        if settings is None:
            try:
                settings = load_settings()
            except SettingsError as e:
                raise StoreError(str(e)) from None
        return remote_store_from_settings(text, settings, read_only=read_only,
                                          union_default_graph=union_default_graph, remote_hosts=remote_hosts)
    from graph.store.oxigraph import OxigraphStore

    path = None if text in (None, "", MEMORY) else text
    return OxigraphStore(path, read_only=read_only, union_default_graph=union_default_graph,
                         query_workers=query_workers if path is not None else 0, remote_hosts=remote_hosts,
                         inline_budget=inline_budget, default_timeout=default_timeout,
                         max_query_workers=max_query_workers)
