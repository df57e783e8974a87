"""The remote backend: a SPARQL database reached over HTTP with the W3C standards only.

Queries use the SPARQL 1.1 Protocol (POST, form-encoded) on the query endpoint (the ``store``
URL); writes use the Graph Store HTTP Protocol when ``gsp_url`` is set, else SPARQL 1.1 Update on
``update_url`` (default: the query URL, as the protocol allows). Any server that speaks these works:
Apache Jena Fuseki, GraphDB, Virtuoso, QLever, Amazon Neptune (without IAM signing), Stardog, or
``oxigraph serve``.

Answers. A query is sent when its answer is first read, asking the remote for the format the caller
reads it in, so that an answer the remote gives in that very format streams through untouched (the
fast path). A capped answer is asked for in a line-per-row format (TSV, N-Triples), cut at the cap,
and converted when another format was asked for; Python values come from parsing the remote's SPARQL
JSON (or N-Triples) with the same engine the embedded store uses, so rows hold the same rdflib terms.

Whole reports. Replacing a graph is one request: a Graph Store ``PUT`` of the whole N-Triples body,
or one update ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }`` (one transaction on
Oxigraph, Fuseki, GraphDB). Only a body larger than ``batch_bytes`` is split: the batches go to a
fresh staging graph (``urn:vnkg:staging:…``), which one ``MOVE`` update then puts over the target,
so readers see the old graph or the new one. An interrupted staged write leaves the target whole and
a staging graph behind; the next writer drops such leftovers before its first write.

Failures. Requests that may be repeated (queries, ``PUT``, ``DELETE``, whole-graph replaces) are
retried with exponential back-off when the remote cannot be reached or answers 429/502/503/504;
others only when the connection could not be made. What is left raises :class:`StoreUnavailable`
(or the matching :class:`StoreError`) naming the URL and the reason.

Generation. There is no marker file to watch: the generation is a hash of each named graph's
triple count and of the reports' content hashes (one query), reused for ``refresh`` seconds, plus a
counter of this process's own writes.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import IO, Any
from urllib.parse import urlsplit

import pyoxigraph as ox
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from graph import __version__
from graph.store.base import (
    FORMATS,
    DataSyntaxError,
    DefaultGraph,
    Format,
    GraphName,
    QueryEvaluationError,
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    RdfInput,
    ReadOnlyStoreError,
    Row,
    Store,
    StoreError,
    StoreUnavailable,
    UnsupportedFormat,
    format_for_media_type,
    format_for_path,
)
from graph.store.budget import resolve_timeout
from graph.store.oxigraph import OX_RDF, OX_RESULTS, to_rdflib, write_result
from graph.store.sparql_text import add_using, refuse_remote, tokens

__all__ = ["RemoteStore", "RemoteResult", "STAGING_PREFIX", "remote_store_from_settings"]

log = logging.getLogger(__name__)

STAGING_PREFIX = "urn:vnkg:staging:"
CONTENT_HASH = "https://w3id.org/vnkg/ontology#contentHash"
CHUNK = 64 * 1024
_OVERHEAD = 1024  # room for the update text around an INSERT DATA body
_IRI = re.compile(r"[^<>\"{}|^`\\\x00-\x20]+")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_RETRY_STATUSES = (429, 502, 503, 504)
_EXTRA_MEDIA_TYPES = {"text/tsv": "tsv", "application/x-turtle": "turtle"}


# --------------------------------------------------------------------------- query text


def query_kind(text: str) -> str:
    """Return the result kind of a query (bindings, boolean, graph) from its first keyword."""
    toks = [t for t in tokens(text) if t.depth == 0]
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.is_keyword("PREFIX"):
            i += 3
            continue
        if tok.is_keyword("BASE"):
            i += 2
            continue
        if tok.is_keyword("SELECT"):
            return "bindings"
        if tok.is_keyword("ASK"):
            return "boolean"
        if tok.is_keyword("CONSTRUCT", "DESCRIBE"):
            return "graph"
        break
    raise QuerySyntaxError("not a SPARQL query: after its PREFIX and BASE declarations a query starts with "
                           "SELECT, ASK, CONSTRUCT or DESCRIBE (send updates as updates)")


def _has_dataset_clause(text: str) -> bool:
    """Return whether a query names its own dataset (FROM / FROM NAMED outside any group)."""
    return "from" in text.lower() and any(t.depth == 0 and t.is_keyword("FROM") for t in tokens(text))


def with_base(text: str, base_iri: str | None) -> str:
    """Return the text with ``BASE <base_iri>`` in front when it holds a relative IRI.

    The protocol has no base parameter; a BASE declaration means the same.
    """
    if not base_iri or "<" not in text:
        return text
    for tok in tokens(text):
        if tok.kind == "iri" and not _SCHEME.match(tok.text[1:-1]):
            return f"BASE <{base_iri}>\n{text}"
    return text


def _check_iri(iri: str) -> str:
    if not _IRI.fullmatch(iri) or not _SCHEME.match(iri):
        raise DataSyntaxError(f"not a valid graph IRI: {iri!r}")
    return iri


def _graph_iri(graph: GraphName | None) -> str | None:
    """Return a named graph's IRI, or None for the default graph."""
    if graph is None or isinstance(graph, DefaultGraph):
        return None
    return _check_iri(str(graph))


# --------------------------------------------------------------------------- RDF bodies


def _is_part(item: Any) -> bool:
    return (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], (bytes, bytearray, str))
            and isinstance(item[1], str))


def _rdflib_ntriples(graph: Any) -> bytes:
    """Return an rdflib Graph's (or Dataset's, all graphs merged) triples as N-Triples."""
    from rdflib import Graph

    contexts = list(graph.contexts()) if hasattr(graph, "contexts") else [graph]
    if len(contexts) == 1:
        return contexts[0].serialize(format="nt", encoding="utf-8")
    merged = Graph()
    for context in contexts:
        for triple in context.triples((None, None, None)):
            merged.add(triple)
    return merged.serialize(format="nt", encoding="utf-8")


def _triples(data: RdfInput, format: str | None, base_iri: str | None) -> list[Any]:
    """Return ``data`` as pyoxigraph triples, checked by the engine's parser (quads lose their graph)."""
    if isinstance(data, list) and all(_is_part(p) for p in data):
        out: list[Any] = []
        for part, fmt in data:  # RDF documents to merge, e.g. the parts of a multipart POST
            out.extend(_triples(part, fmt, base_iri))
        return out
    if isinstance(data, (bytes, bytearray, str)):
        name = format or "ntriples"
        ox_format = OX_RDF.get(name)
        if ox_format is None:
            raise UnsupportedFormat(f"cannot read RDF in {name!r}")
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    else:
        from rdflib import Graph

        graph = data
        if not isinstance(graph, Graph):
            graph = Graph()
            for triple in data:
                graph.add(triple)
        raw, ox_format, name = _rdflib_ntriples(graph), ox.RdfFormat.N_TRIPLES, "ntriples"
    try:
        return [ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(raw, ox_format, base_iri=base_iri, rename_blank_nodes=True)]
    except SyntaxError as e:
        label = FORMATS[name].label if name in FORMATS else name
        raise DataSyntaxError(f"malformed {label}: {e}") from None
    except ValueError as e:
        raise DataSyntaxError(str(e)) from None


def _has_blank_nodes(triples: Iterable[Any]) -> bool:
    return any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)


def _ntriples(triples: list[Any]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""


def split_lines(data: bytes, limit: int) -> Iterator[bytes]:
    """Yield ``data`` in pieces of at most ``limit`` bytes, cut at line ends (a longer line is one piece)."""
    start = 0
    while start < len(data):
        end = start + limit
        if end >= len(data):
            yield data[start:]
            return
        cut = data.rfind(b"\n", start, end)
        if cut < start:
            cut = data.find(b"\n", end)
            if cut < 0:
                yield data[start:]
                return
        yield data[start:cut + 1]
        start = cut + 1


# --------------------------------------------------------------------------- errors


def _short(text: str, limit: int = 500) -> str:
    text = re.sub(r"<[^>]{1,200}>", " ", text) if "</" in text else text  # an HTML error page
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _reason(error: BaseException) -> str:
    """Return the root cause of a requests/urllib3 error in a few words."""
    seen = error
    while True:
        inner = getattr(seen, "reason", None) or (seen.args[0] if seen.args and isinstance(
            seen.args[0], BaseException) else None) or seen.__cause__ or seen.__context__
        if inner is None or inner is seen or not isinstance(inner, BaseException):
            break
        seen = inner
    text = str(seen)
    text = text.rsplit(": ", 1)[-1] if "Failed to establish" in text or "Errno" in text else text
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", text).strip(" '\")(")
    return text or type(seen).__name__


class _Deadline:
    """A query's time limit, from the moment it was asked."""

    def __init__(self, timeout: float | None):
        self.timeout = timeout
        self.at = time.monotonic() + timeout if timeout else None

    def remaining(self) -> float | None:
        return None if self.at is None else max(self.at - time.monotonic(), 0.001)

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at

    def error(self) -> QueryTimeout:
        limit = f" of {self.timeout:g} s" if self.timeout else ""
        return QueryTimeout(f"the query ran past the time limit{limit} and was stopped")

    def check(self) -> None:
        if self.expired():
            raise self.error()


_NO_DEADLINE = _Deadline(None)


# --------------------------------------------------------------------------- answers


def _response_format(response: requests.Response, kind: str) -> Format | None:
    """Return the format of a response body, from its Content-Type."""
    media_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if media_type in _EXTRA_MEDIA_TYPES:
        return FORMATS[_EXTRA_MEDIA_TYPES[media_type]]
    return format_for_media_type(media_type, "rdf" if kind == "graph" else "results")


def _accept(fmt: Format, kind: str) -> str:
    """Return an Accept header asking for ``fmt``, with a fallback every server can give."""
    fallback = FORMATS["ntriples"] if kind == "graph" else FORMATS["json"]
    if fmt is fallback:
        return fmt.media_type
    return f"{fmt.media_type}, {fallback.media_type};q=0.5"


class _Body(io.RawIOBase):
    """A response body as a file for the engine's parsers: checks the deadline, maps network errors."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks = chunks
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buf = chunk
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def _lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the lines (with their ``\\n``) of a chunked body."""
    rest = b""
    for chunk in chunks:
        rest += chunk
        start = 0
        while True:
            end = rest.find(b"\n", start)
            if end < 0:
                break
            yield rest[start:end + 1]
            start = end + 1
        rest = rest[start:]
    if rest:
        yield rest + b"\n"


def _first_rows(chunks: Iterable[bytes], rows: int, header: bool) -> tuple[bytes, bool]:
    """Return the header (if any) and the first ``rows`` rows of a body; and whether more came."""
    out: list[bytes] = []
    taken = 0
    need_header = header
    for line in _lines(chunks):
        if need_header:
            out.append(line)
            need_header = False
            continue
        if not line.strip() or line.startswith(b"#"):
            continue  # blank lines and comments are not rows
        if taken == rows:
            return b"".join(out), True
        out.append(line)
        taken += 1
    return b"".join(out), False


class RemoteResult(QueryResult):
    """The answer to one query on a remote store; the request is made when the answer is first read."""

    def __init__(self, store: RemoteStore, text: str, params: list[tuple[str, str]], kind: str,
                 deadline: _Deadline):
        self.kind = kind  # type: ignore[assignment]
        self._store, self._text, self._params, self._deadline = store, text, params, deadline
        self._variables: list[str] | None = None if kind == "bindings" else []
        self._boolean: bool | None = None
        self._parsed: Any = None  # engine results opened to learn the variables or the ASK answer
        self._state = "new"  # new -> opened -> read
        self._responses: list[requests.Response] = []

    # -- what is known before reading ---------------------------------------------------------
    @property
    def variables(self) -> list[str]:  # type: ignore[override]
        if self._variables is None and self._state != "read":
            self._open()
        return self._variables or []

    @property
    def boolean(self) -> bool:
        if self.kind != "boolean":
            return super().boolean
        if self._boolean is None:
            self._open()
        return bool(self._boolean)

    # -- requests ------------------------------------------------------------------------------
    def _request(self, accept: str) -> requests.Response:
        response = self._store._post_query(self._text, self._params, accept, self._deadline)
        self._responses.append(response)
        return response

    def _chunks(self, response: requests.Response) -> Iterator[bytes]:
        return self._store._body_chunks(response, self._deadline)

    def _parse(self, response: requests.Response, fmt: Format | None = None) -> Any:
        """Return engine results (solutions, boolean) or a generator of triples parsed from a response."""
        fmt = fmt or _response_format(response, self.kind)
        body = _Body(self._chunks(response))
        return _parse_answer(body, fmt, self.kind, self._store.query_url,
                             response.headers.get("Content-Type", "(none)"))

    def _claim(self) -> None:
        if self._state == "read":
            raise RuntimeError("this query result was already read")
        self._state = "read"

    def _open(self) -> None:
        """Send the query for Python values and read its head (variables, ASK answer)."""
        if self._state == "read":
            raise RuntimeError("this query result was already read")
        if self._state == "opened":
            return
        wire = FORMATS["ntriples"] if self.kind == "graph" else FORMATS["json"]
        parsed = self._parse(self._request(_accept(wire, self.kind)))
        self._state = "opened"
        if self.kind == "bindings":
            self._variables = [v.value for v in parsed.variables]
        elif self.kind == "boolean":
            self._boolean = bool(parsed)
        self._parsed = parsed

    def _take_parsed(self) -> Any:
        """Return the open engine results (opening them first) and mark the result read."""
        self._open()
        parsed, self._parsed = self._parsed, None
        self._state = "read"
        return parsed

    # -- reading -------------------------------------------------------------------------------
    def stream(self, format: str, *, max_rows: int | None = None) -> Iterator[bytes]:
        fmt = self.check_format(format)
        if self._state == "read":
            raise RuntimeError("this query result was already read")

        def produce() -> Iterator[bytes]:
            try:
                yield from self._produce(fmt, max_rows)
            except StoreError:
                raise
            except SyntaxError as e:
                raise QueryEvaluationError(f"the remote store's answer is malformed: {e}") from None
            finally:
                self.close()

        return produce()

    def _convert(self, res: Any, fmt: Format, max_rows: int | None) -> bytes:
        """Write engine results in ``fmt`` with the engine's serialiser (as the embedded store does)."""
        chunks: list[bytes] = []
        cut = write_result(res, fmt, chunks.append, max_rows=max_rows, check=self._deadline.check)
        self.truncated = self.truncated or cut
        return b"".join(chunks)

    def _produce(self, fmt: Format, max_rows: int | None) -> Iterator[bytes]:
        if self._state == "opened" or self.kind == "boolean":
            # the answer is already open (or is one word): write it with the engine's serialiser
            yield self._convert(self._take_parsed(), fmt, max_rows)
            return
        self._claim()
        if not max_rows:
            response = self._request(_accept(fmt, self.kind))
            got = _response_format(response, self.kind)
            if got is fmt:
                yield from self._chunks(response)  # the fast path: the remote's own bytes
                return
            yield self._convert(self._parse(response, got), fmt, None)
            return
        # Capped: ask for one row per line, so that the cap is exact and the rest is never read.
        wire = FORMATS["ntriples"] if self.kind == "graph" else FORMATS["tsv"]
        response = self._request(_accept(wire, self.kind))
        got = _response_format(response, self.kind)
        if got is not wire:
            yield self._convert(self._parse(response, got), fmt, max_rows)
            return
        data, self.truncated = _first_rows(self._chunks(response), max_rows, header=wire.name == "tsv")
        response.close()
        if fmt is wire:
            yield data
            return
        yield self._convert(_parse_answer(data, wire, self.kind, self._store.query_url, wire.media_type),
                            fmt, None)

    def __iter__(self) -> Iterator[Any]:
        if self.kind == "boolean":
            raise TypeError("an ASK result is not iterable: use .boolean")
        return self._values()

    def _values(self) -> Iterator[Any]:
        try:
            res = self._take_parsed()
            if self.kind == "bindings":
                row_type = Row.type_for(self._variables or [])
                for solution in res:
                    yield row_type(map(to_rdflib, solution))
            else:
                for t in res:
                    yield (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
        except SyntaxError as e:
            raise QueryEvaluationError(f"the remote store's answer is malformed: {e}") from None
        finally:
            self.close()

    def close(self) -> None:
        self._parsed = None
        self._state = "read"
        for response in self._responses:
            response.close()
        self._responses.clear()

    def __del__(self) -> None:
        try:
            for response in self._responses:
                response.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass


def _parse_answer(body: Any, fmt: Format | None, kind: str, url: str, content_type: str) -> Any:
    """Parse a query answer (bytes or a file) with the engine's parsers."""
    if fmt is None or (kind != "graph" and fmt.name not in ("json", "xml", "tsv")):
        raise QueryEvaluationError(
            f"the remote store at {url} answered in a format vnkg cannot read ({content_type})")
    if kind == "graph":
        quads = ox.parse(body, OX_RDF[fmt.name])
        return (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    parsed = ox.parse_query_results(body, OX_RESULTS[fmt.name])
    is_boolean = isinstance(parsed, ox.QueryBoolean)
    if is_boolean != (kind == "boolean"):
        raise QueryEvaluationError(f"the remote store at {url} answered a {kind} query with a "
                                   f"{'boolean' if is_boolean else 'solutions'} result")
    return parsed


# --------------------------------------------------------------------------- the store


class RemoteStore(Store):
    """A :class:`~graph.store.base.Store` on a remote SPARQL database (query, update, graph store URLs)."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        batch_bytes: int = 16 * 1024 * 1024,
        default_graph: str = "dataset",
        refresh: float = 1.0,
        read_only: bool = False,
        union_default_graph: bool = True,
        remote_hosts: Iterable[str] = (),
        backoff: float = 0.5,
    ):
        for name, url in (("store", query_url), ("update_url", update_url), ("gsp_url", gsp_url)):
            if url is not None and urlsplit(url).scheme not in ("http", "https"):
                raise StoreError(f"{name} must be an http(s) URL, not {url!r}")
        if default_graph not in ("dataset", "union"):
            raise StoreError(f"remote_default_graph must be 'dataset' or 'union', not {default_graph!r}")
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.gsp_url = gsp_url
        self.location = None
        self.read_only = read_only
        self.union_default_graph = union_default_graph
        self.default_graph = default_graph
        self.remote_hosts = frozenset(h.lower() for h in remote_hosts)
        self.timeout = timeout
        self.retries = retries
        self.batch_bytes = batch_bytes
        self.refresh = refresh
        self._backoff = backoff
        # three sessions, by what may be repeated: reads (queries), idempotent writes, other writes
        self._reads = self._session(read=False, status=True)
        self._safe = self._session(read=retries, status=True)
        self._once = self._session(read=False, status=False)
        self._lock = threading.Lock()
        self._writes = 0
        self._known: tuple[float, str, list[str]] | None = None  # (when, fingerprint, graphs with triples)
        self._recovered = False
        self.set_credentials(user, password, token)

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r})"

    # -- HTTP ----------------------------------------------------------------------------------
    def _session(self, *, read: int | bool, status: bool) -> requests.Session:
        # read=False: a read error (a slow answer, a dropped connection) is raised at once, not repeated
        retry = Retry(total=None, connect=self.retries, read=read, status=self.retries if status else 0,
                      other=0, redirect=5, allowed_methods=None,
                      status_forcelist=_RETRY_STATUSES if status else (), backoff_factor=self._backoff,
                      backoff_max=30, raise_on_status=False, respect_retry_after_header=True)
        session = requests.Session()
        adapter = HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=16)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.headers["User-Agent"] = f"vnkg/{__version__}"
        return session

    def set_credentials(self, user: str | None = None, password: str | None = None,
                        token: str | None = None) -> None:
        """Send HTTP Basic credentials (``user``, ``password``) or a bearer ``token`` with every request."""
        for session in (self._reads, self._safe, self._once):
            session.auth = (user, password or "") if user else None
            if token:
                session.headers["Authorization"] = f"Bearer {token}"
            else:
                session.headers.pop("Authorization", None)

    def _timeout(self, deadline: _Deadline = _NO_DEADLINE) -> tuple[float, float | None]:
        read = self.timeout or None
        remaining = deadline.remaining()
        if remaining is not None:
            read = remaining if read is None else min(read, remaining)
        return (min(self.timeout, 10.0) if self.timeout else 10.0), read

    def _send(self, session: requests.Session, method: str, url: str, *, what: str, setting: str,
              deadline: _Deadline = _NO_DEADLINE, stream: bool = False, ok_missing: bool = False,
              **kwargs: Any) -> requests.Response:
        """Send one request; return a 2xx response (or 404 with ``ok_missing``), else raise a StoreError."""
        try:
            response = session.request(method, url, timeout=self._timeout(deadline), stream=stream, **kwargs)
        except requests.Timeout as e:
            if deadline.expired():
                raise deadline.error() from None
            if isinstance(e, requests.ConnectTimeout):
                raise StoreUnavailable(f"cannot reach the remote store at {url}: no connection within "
                                       f"{self._timeout()[0]:g} s{self._tries()}") from None
            raise StoreUnavailable(f"the remote store at {url} did not answer within {self.timeout:g} s "
                                   f"(remote_timeout){self._tries()}") from None
        except requests.RequestException as e:
            if deadline.expired():
                raise deadline.error() from None
            raise StoreUnavailable(f"cannot reach the remote store at {url}: {_reason(e)}{self._tries()}") \
                from None
        if response.status_code < 300 or (ok_missing and response.status_code == 404):
            return response
        try:
            body = _short(response.text)
        except requests.RequestException:
            body = ""
        finally:
            response.close()
        data = kwargs.get("data")
        raise self._status_error(response.status_code, body, url, what=what, setting=setting,
                                 size=len(data) if isinstance(data, bytes) else None)

    def _tries(self) -> str:
        return f" (tried {self.retries + 1} times)" if self.retries else ""

    def _status_error(self, status: int, body: str, url: str, *, what: str, setting: str,
                      size: int | None) -> StoreError:
        said = f": {body}" if body else ""
        if status == 400:
            if what == "data":
                return DataSyntaxError(f"the remote store at {url} refused the data{said}")
            return QuerySyntaxError(body or f"the remote store at {url} found the {what} malformed")
        if status in (401, 403):
            return StoreError(f"the remote store at {url} refused access (HTTP {status}{said}); give its "
                              "credentials with remote_user and remote_password, or remote_token")
        if status == 404:
            return StoreError(f"nothing answers at {url} (HTTP 404{said}); check the {setting} setting")
        if status in (405, 415, 501):
            return StoreError(f"{url} does not take a {what} this way (HTTP {status}{said}); is it the "
                              f"endpoint for that? Check the {setting} setting")
        if status == 406:
            return UnsupportedFormat(f"the remote store at {url} cannot answer in the asked format{said}")
        if status == 413:
            sent = f" of {size} bytes" if size else ""
            return StoreError(f"the remote store at {url} refused a request{sent} as too large (HTTP 413); "
                              "lower remote_batch_bytes")
        if status in _RETRY_STATUSES:
            return StoreUnavailable(f"the remote store at {url} is unavailable (HTTP {status}{said})"
                                    f"{self._tries()}")
        if status >= 500 and what == "query" and re.search(r"time ?out|timed out|cancel", body, re.I):
            return QueryTimeout(f"the remote store stopped the query at its own time limit (HTTP {status}"
                                f"{said})")
        if status >= 500:
            return QueryEvaluationError(f"the remote store at {url} failed (HTTP {status}{said})")
        return StoreError(f"the remote store at {url} answered HTTP {status}{said}")

    def _body_chunks(self, response: requests.Response, deadline: _Deadline) -> Iterator[bytes]:
        """Yield a streamed response body, checking the deadline and mapping network errors."""
        try:
            for chunk in response.iter_content(CHUNK):
                deadline.check()
                if chunk:
                    yield chunk
        except requests.RequestException as e:
            if deadline.expired():
                raise deadline.error() from None
            raise StoreUnavailable(f"the answer from the remote store at {response.url} broke off: "
                                   f"{_reason(e)}") from None
        finally:
            response.close()

    def _post_query(self, text: str, params: list[tuple[str, str]], accept: str,
                    deadline: _Deadline = _NO_DEADLINE) -> requests.Response:
        return self._send(self._reads, "POST", self.query_url, what="query", setting="store",
                          deadline=deadline, stream=True, data=[("query", text), *params],
                          headers={"Accept": accept})

    def _select_rows(self, text: str, *, params: Iterable[tuple[str, str]] = ()) -> list[Any]:
        """Run a SELECT for this backend's own bookkeeping; return engine solutions (no dataset rewriting)."""
        response = self._post_query(text, list(params), _accept(FORMATS["json"], "bindings"))
        body = b"".join(self._body_chunks(response, _NO_DEADLINE))
        try:
            return list(_parse_answer(body, _response_format(response, "bindings"), "bindings",
                                      self.query_url, response.headers.get("Content-Type", "(none)")))
        except SyntaxError as e:
            raise QueryEvaluationError(f"the remote store's answer is malformed: {e}") from None

    def _ask(self, text: str) -> bool:
        response = self._post_query(text, [], _accept(FORMATS["json"], "boolean"))
        body = b"".join(self._body_chunks(response, _NO_DEADLINE))
        try:
            return bool(_parse_answer(body, _response_format(response, "boolean"), "boolean", self.query_url,
                                      response.headers.get("Content-Type", "(none)")))
        except SyntaxError as e:
            raise QueryEvaluationError(f"the remote store's answer is malformed: {e}") from None

    def _post_update(self, text: str, *, idempotent: bool) -> None:
        data = text.encode("utf-8")
        self._send(self._safe if idempotent else self._once, "POST", self.update_url, what="update",
                   setting="update_url", data=data,
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"}).close()

    def _gsp(self, method: str, graph: str | None, *, idempotent: bool = True,
             **kwargs: Any) -> requests.Response:
        assert self.gsp_url is not None
        sep = "&" if "?" in self.gsp_url else "?"
        url = f"{self.gsp_url}{sep}default" if graph is None else self.gsp_url
        params = None if graph is None else {"graph": graph}
        what = "data" if method in ("PUT", "POST") else "graph store request"
        return self._send(self._safe if idempotent else self._once, method, url, what=what, setting="gsp_url",
                          params=params, **kwargs)

    def ping(self) -> None:
        """Ask the remote a trivial query; raise a StoreError saying what is wrong when it cannot answer."""
        self._ask("ASK {}")

    def warm(self) -> None:
        """Check at start-up that the remote answers; log a warning (not an error) when it does not."""
        try:
            self.ping()
        except StoreError as e:
            log.warning("the remote store does not answer yet: %s", e)

    def close(self) -> None:
        for session in (self._reads, self._safe, self._once):
            session.close()

    # -- generation and the graph list ---------------------------------------------------------
    def _refresh(self, force: bool = False) -> tuple[str, list[str]]:
        """Return (fingerprint, named graphs with triples), asking the remote at most every ``refresh`` s."""
        known = self._known
        if not force and known is not None and time.monotonic() - known[0] < self.refresh:
            return known[1], known[2]
        with self._lock:
            known = self._known
            if not force and known is not None and time.monotonic() - known[0] < self.refresh:
                return known[1], known[2]
            default_count = "UNION { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } }" \
                if self.default_graph == "dataset" else ""
            rows = self._select_rows(
                "SELECT ?g ?n ?h WHERE { { SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                f"GROUP BY ?g }} UNION {{ GRAPH ?g {{ ?r <{CONTENT_HASH}> ?h }} }} {default_count} }}")
            lines = sorted(" ".join(str(row[i]) if row[i] is not None else "-" for i in range(3))
                           for row in rows)
            digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
            graphs = sorted({row["g"].value for row in rows if isinstance(row["g"], ox.NamedNode)
                             and not row["g"].value.startswith(STAGING_PREFIX)})
            self._known = (time.monotonic(), digest, graphs)
            return digest, graphs

    @property
    def generation(self) -> str:
        try:
            fingerprint, _ = self._refresh()
        except StoreError as e:
            if self._known is None:
                raise
            log.warning("the remote store did not answer; keeping its last generation: %s", e)
            fingerprint = self._known[1]
        return f"{fingerprint}/{self._writes}"

    def _bump(self) -> None:
        with self._lock:
            self._writes += 1
            self._known = None  # this process wrote: read the remote's state afresh

    # -- policy --------------------------------------------------------------------------------
    def _check_remote(self, text: str, base_iri: str | None) -> None:
        refuse_remote(text, base_iri, self.remote_hosts)

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(
                "this store is open read-only (the server has no update token): writes are refused")

    def _before_write(self) -> None:
        """Drop what interrupted writes left behind, once, before this process's first write."""
        if not self._recovered:
            self._drop_leftovers()
            self._recovered = True

    def _drop_leftovers(self) -> None:
        """Drop staging graphs that interrupted writes left behind (their targets are whole)."""
        rows = self._select_rows(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{}} FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}')
        leftovers = [row["g"].value for row in rows if isinstance(row["g"], ox.NamedNode)]
        if leftovers:
            log.warning("dropping %d staging graph(s) left by an interrupted write", len(leftovers))
            self._post_update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in leftovers), idempotent=True)

    # -- queries -------------------------------------------------------------------------------
    def _dataset_params(self, text: str, default_graph_uris: Iterable[str], named_graph_uris: Iterable[str],
                        union: bool | None) -> list[tuple[str, str]]:
        default = [_check_iri(g) for g in default_graph_uris]
        named = [_check_iri(g) for g in named_graph_uris]
        if default or named:
            return [("default-graph-uri", g) for g in default] + [("named-graph-uri", g) for g in named]
        union = self.union_default_graph if union is None else union
        if not union or self.default_graph == "union" or _has_dataset_clause(text):
            return []
        # The portable union: the protocol dataset with every graph as both default and named graph.
        _, graphs = self._refresh()
        return [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs]

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
        # A query without its own timeout is held to the budget in force (graph.store.budget).
        deadline = _Deadline(resolve_timeout(timeout, None)[0])
        self._check_remote(sparql, base_iri)
        kind = query_kind(sparql)
        params = self._dataset_params(sparql, default_graph_uris, named_graph_uris, union_default_graph)
        return RemoteResult(self, with_base(sparql, base_iri), params, kind, deadline)

    # -- writes --------------------------------------------------------------------------------
    def update(
        self,
        sparql: str,
        *,
        using_graph_uris: Iterable[str] = (),
        using_named_graph_uris: Iterable[str] = (),
        base_iri: str | None = None,
    ) -> None:
        self._writable()
        self._check_remote(sparql, base_iri)
        text = with_base(add_using(sparql, using_graph_uris, using_named_graph_uris), base_iri)
        self._before_write()
        try:
            self._post_update(text, idempotent=False)
        finally:
            self._bump()

    def _send_whole(self, graph: str | None, nt: bytes, *, replace: bool, idempotent: bool) -> None:
        """Write a graph's N-Triples in one request (one transaction on the remote)."""
        if self.gsp_url:
            self._gsp("PUT" if replace else "POST", graph, idempotent=idempotent, data=nt,
                      headers={"Content-Type": "application/n-triples"}).close()
            return
        body = nt.decode("utf-8")
        if graph is None:
            ops = (["CLEAR SILENT DEFAULT"] if replace else []) + [f"INSERT DATA {{\n{body}}}"]
        else:
            ops = ([f"DROP SILENT GRAPH <{graph}>"] if replace else []) + [
                f"CREATE SILENT GRAPH <{graph}>", f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}"]
        self._post_update(" ;\n".join(ops), idempotent=idempotent)

    def _graph_exists(self, graph: str) -> bool:
        if self.gsp_url:
            return self._gsp("HEAD", graph, ok_missing=True).status_code != 404
        return self._ask(f"ASK {{ GRAPH <{graph}> {{}} }}")

    def _send_staged(self, graph: str | None, nt: bytes, *, replace: bool, limit: int) -> None:
        """Write a body larger than one request in batches to a staging graph, then move it over ``graph``."""
        staging = f"{STAGING_PREFIX}{uuid.uuid4().hex}"
        target = "DEFAULT" if graph is None else f"GRAPH <{graph}>"
        if replace:
            final = f"MOVE GRAPH <{staging}> TO {target}"
        else:
            final = f"ADD GRAPH <{staging}> TO {target} ;\nDROP GRAPH <{staging}>"
        try:
            # ground triples only here, so a repeated batch changes nothing: batches may be retried
            for batch in split_lines(nt, limit):
                self._send_whole(staging, batch, replace=False, idempotent=True)
            try:
                # not SILENT: replayed after it went through, it fails instead of emptying the target
                self._post_update(final, idempotent=False)
            except StoreUnavailable:
                if self._graph_exists(staging):
                    raise
                return  # the answer was lost but the move was made: the staging graph is gone
        except BaseException as e:
            if not isinstance(e, StoreUnavailable):  # an unreachable remote: the next writer drops it
                with contextlib.suppress(StoreError):
                    self._post_update(f"DROP SILENT GRAPH <{staging}>", idempotent=True)
            raise

    def _write_triples(self, graph: str | None, triples: list[Any], *, replace: bool) -> None:
        nt = _ntriples(triples)
        limit = max(self.batch_bytes - _OVERHEAD, 1024) if self.batch_bytes else 0
        bnodes = _has_blank_nodes(triples)
        # Blank nodes cannot be split over requests (each request mints its own), so such data goes whole.
        if not limit or len(nt) <= limit or bnodes:
            self._send_whole(graph, nt, replace=replace, idempotent=replace or not bnodes)
        else:
            self._send_staged(graph, nt, replace=replace, limit=limit)

    def _write_graph(self, graph: GraphName, data: RdfInput, format: str | None, base_iri: str | None,
                     replace: bool) -> None:
        self._writable()
        target = _graph_iri(graph)
        triples = _triples(data, format, base_iri)
        self._before_write()
        try:
            self._write_triples(target, triples, replace=replace)
        finally:
            self._bump()

    def replace_graph(self, graph: GraphName, data: RdfInput, format: str | None = None, *,
                      base_iri: str | None = None) -> None:
        self._write_graph(graph, data, format, base_iri, replace=True)

    def add_to_graph(self, graph: GraphName, data: RdfInput, format: str | None = None, *,
                     base_iri: str | None = None) -> None:
        self._write_graph(graph, data, format, base_iri, replace=False)

    def drop_graph(self, graph: GraphName) -> bool:
        self._writable()
        target = _graph_iri(graph)
        self._before_write()
        try:
            if target is None:
                self._post_update("CLEAR SILENT DEFAULT", idempotent=True)
                return True
            if self.gsp_url:
                return self._gsp("DELETE", target, ok_missing=True).status_code != 404
            existed = self.has_graph(target)
            self._post_update(f"DROP SILENT GRAPH <{target}>", idempotent=True)
            return existed
        finally:
            self._bump()

    def has_graph(self, graph: GraphName) -> bool:
        target = _graph_iri(graph)
        return True if target is None else self._graph_exists(target)

    def graphs(self) -> list[str]:
        rows = self._select_rows("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
        return sorted(row["g"].value for row in rows
                      if isinstance(row["g"], ox.NamedNode) and not row["g"].value.startswith(STAGING_PREFIX))

    def load(self, source: str | os.PathLike[str] | bytes | IO[bytes], format: str | None = None,
             graph: GraphName | None = None, *, base_iri: str | None = None) -> None:
        self._writable()
        if format is None:
            if isinstance(source, (bytes, bytearray)) or hasattr(source, "read"):
                raise UnsupportedFormat("name the format of RDF given as bytes")
            guessed = format_for_path(source)  # type: ignore[arg-type]
            if guessed is None:
                raise UnsupportedFormat(
                    f"cannot tell the RDF format of {os.fspath(source)!r} from its extension")  # type: ignore[arg-type]
            format = guessed.name
        ox_format = OX_RDF.get(format)
        if ox_format is None:
            raise UnsupportedFormat(f"cannot read RDF in {format!r}")
        target = _graph_iri(graph)
        # Parse here, with the embedded store's parser: the same errors, and bodies safe to embed.
        by_graph: dict[str | None, list[Any]] = {}
        try:
            if isinstance(source, (str, os.PathLike)):
                quads = ox.parse(path=os.fspath(source), format=ox_format, base_iri=base_iri,
                                 rename_blank_nodes=True)
            else:
                quads = ox.parse(source, ox_format, base_iri=base_iri, rename_blank_nodes=True)
            for q in quads:
                key = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else target
                by_graph.setdefault(key, []).append(ox.Triple(q.subject, q.predicate, q.object))
        except SyntaxError as e:
            raise DataSyntaxError(f"malformed {FORMATS[format].label}: {e}") from None
        except (OSError, ValueError) as e:
            raise StoreError(str(e)) from None
        if target is not None:
            by_graph.setdefault(target, [])  # an empty file still makes the graph exist
        self._before_write()
        try:
            for key, triples in by_graph.items():
                self._write_triples(key, triples, replace=False)
        finally:
            self._bump()

    def dump(self, format: str, graph: GraphName | None = None,
             output: IO[bytes] | None = None) -> bytes | None:
        fmt = FORMATS.get(format)
        if fmt is None or fmt.kind != "rdf":
            raise UnsupportedFormat(f"cannot write RDF as {format!r}")
        if graph is None and not fmt.datasets:
            raise UnsupportedFormat(f"{fmt.label} holds one graph: name a graph, or dump as TriG or N-Quads")
        if graph is None:
            data: Any = self._all_quads()
        else:
            target = _graph_iri(graph)
            if target is not None and not fmt.datasets and self.gsp_url:
                response = self._gsp("GET", target, ok_missing=True, stream=True,
                                     headers={"Accept": _accept(fmt, "graph")})
                if response.status_code == 404:
                    response.close()
                    data = []
                else:
                    got = _response_format(response, "graph")
                    chunks = self._body_chunks(response, _NO_DEADLINE)
                    if got is fmt:  # the remote's own serialisation, streamed through
                        if output is None:
                            return b"".join(chunks)
                        for chunk in chunks:
                            output.write(chunk)
                        return None
                    data = list(_parse_answer(_Body(chunks), got, "graph", self.gsp_url,
                                              response.headers.get("Content-Type", "(none)")))
            else:
                pattern = "?s ?p ?o" if target is None else f"GRAPH <{target}> {{ ?s ?p ?o }}"
                with self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}",
                                union_default_graph=False) as result:
                    data = list(result._take_parsed())  # type: ignore[attr-defined]
        try:
            return ox.serialize(data, output, OX_RDF[format])
        except (OSError, ValueError) as e:
            raise StoreError(str(e)) from None

    def _all_quads(self) -> Iterator[Any]:
        """Yield every quad of the remote: its graphs, and its default graph unless that is the union."""
        default = "{ ?s ?p ?o } UNION " if self.default_graph == "dataset" else ""
        rows = self._select_rows(f"SELECT ?s ?p ?o ?g WHERE {{ {default}{{ GRAPH ?g {{ ?s ?p ?o }} }} }}")
        for row in rows:
            g = row[3]
            if g is None:
                yield ox.Quad(row[0], row[1], row[2], ox.DefaultGraph())
            elif not g.value.startswith(STAGING_PREFIX):
                yield ox.Quad(row[0], row[1], row[2], g)

    def __len__(self) -> int:
        default = "{ ?s ?p ?o } UNION " if self.default_graph == "dataset" else ""
        rows = self._select_rows(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ {default}{{ GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(!STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }} }}')
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


def remote_store_from_settings(url: str, settings: Any, *, read_only: bool = False,
                               union_default_graph: bool = True,
                               remote_hosts: Iterable[str] = ()) -> RemoteStore:
    """Open a :class:`RemoteStore` at ``url`` with the remote settings of a ``graph.settings.Settings``."""
    return RemoteStore(
        url,
        update_url=settings.update_url,
        gsp_url=settings.gsp_url,
        user=settings.remote_user,
        password=settings.remote_password,
        token=settings.remote_token,
        timeout=settings.remote_timeout,
        retries=settings.remote_retries,
        batch_bytes=settings.remote_batch_bytes,
        default_graph=settings.remote_default_graph,
        refresh=settings.remote_refresh,
        read_only=read_only,
        union_default_graph=union_default_graph,
        remote_hosts=remote_hosts,
    )
