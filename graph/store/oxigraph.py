"""The Oxigraph backend (pyoxigraph 0.5): on disk (RocksDB) or in memory.

The only module, with its worker (:mod:`graph.store.pool`), that imports pyoxigraph.

Concurrency. An on-disk store can be open read-write in one process only. A store opened
read-only (``read_only=True``, what ``vnkg serve`` does when no update token is set) takes no
lock, so a build can write while it serves; the read-only handle is a snapshot, so it is reopened
whenever the *generation marker* changes. Every writer (this class, whatever the process)
rewrites that marker (``vnkg-generation`` inside the store directory) after each committed write;
:attr:`OxigraphStore.generation` reads it (one ``stat`` per call), so caches in any process see
any writer's changes.

Time limits. pyoxigraph has no way to cancel a running query. With ``query_workers > 0`` (on
disk) queries run in worker processes that are killed at the deadline (:mod:`graph.store.pool`);
otherwise they run in a helper thread: the caller gets its QueryTimeout at the deadline and
serialisation stops at its next write, but a blocking operator (a sort, an aggregate) finishes
in the background.
"""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import logging
import math
import os
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

import pyoxigraph as ox

from graph.store import union
from graph.store.base import (
    FORMATS,
    DataSyntaxError,
    DefaultGraph,
    Format,
    GraphName,
    QueryCancelled,
    QueryEvaluationError,
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    RdfInput,
    ReadOnlyStoreError,
    Row,
    Store,
    StoreError,
    StoreLockedError,
    StoreUnavailable,
    UnsupportedFormat,
    format_for_path,
)
from graph.store.budget import resolve_timeout
from graph.store.inline import InlinePolicy, Watchdog
from graph.store.sparql_text import add_using, refuse_remote

__all__ = ["OxigraphStore", "DirectResult", "ThreadResult", "write_result", "to_rdflib", "MARKER"]

log = logging.getLogger(__name__)

MARKER = "vnkg-generation"
# Present when the store's default graph is kept the set union of its named graphs (graph.store.union).
UNION_MARK = "vnkg-union-default"
# Present (holding the writer's process id) while a writer fills a store that was empty with the
# engine's bulk loader, which is not atomic: readers meanwhile see the store as it was, empty.
BULK_CLAIM = "vnkg-bulk-load"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
CHUNK = 64 * 1024

OX_RESULTS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
OX_RDF = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "n3": ox.RdfFormat.N3,
}


# --------------------------------------------------------------------------- terms


# IRI → its rdflib URIRef, made once: an answer names the same predicates, graphs and nodes again
# and again (the graph view's ~60,000 terms at 200 reports), and URIRef() checks the IRI each time.
# Emptied when full, so a long-running server holds at most this many.
_URIREFS: dict[str, Any] = {}
_URIREFS_MAX = 200_000


def to_rdflib(term: Any) -> Any:
    """Return the rdflib term for a pyoxigraph term (None stays None)."""
    if term is None:
        return None
    if type(term) is ox.NamedNode:
        value = term.value
        found = _URIREFS.get(value)
        if found is None:
            if len(_URIREFS) >= _URIREFS_MAX:
                _URIREFS.clear()
            found = _URIREFS[value] = _rdflib().URIRef(value)
        return found
    rdflib = _rdflib()
    BNode, Literal, URIRef = rdflib.BNode, rdflib.Literal, rdflib.URIRef  # noqa: N806 - rdflib's names
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return _text_literal()(term.value, term.language)
        datatype = term.datatype.value
        # a simple literal is xsd:string in RDF 1.1; rdflib spells it without a datatype
        if datatype == _XSD_STRING:
            return _text_literal()(term.value)
        return Literal(term.value, datatype=to_rdflib(term.datatype))
    # RDF 1.2 triple terms have no rdflib counterpart: keep their N-Triples text.
    return Literal(str(term))


@functools.cache
def _text_literal() -> Callable[..., Any]:
    """Return ``graph.terms.text_literal`` (rdflib's Literal() for a string, without its ~3 µs of checks)."""
    from graph.terms import text_literal

    return text_literal


@functools.cache
def _rdflib() -> Any:
    """Return the rdflib module, imported on first use (a query worker may never need it)."""
    import rdflib

    return rdflib


@contextlib.contextmanager
def _engine_errors(syntax: str | None = None) -> Iterator[None]:
    """Raise the engine's errors as the store interface's: bad input, or a failing store.

    ``syntax`` names the format being read, for a parse error's message.
    """
    try:
        yield
    except SyntaxError as e:
        raise DataSyntaxError(f"malformed {syntax or 'RDF'}: {e}") from None
    except (OSError, ValueError) as e:
        raise StoreError(str(e)) from None


def _graph_node(graph: GraphName | None) -> ox.NamedNode | ox.DefaultGraph:
    if graph is None or isinstance(graph, DefaultGraph):
        return ox.DefaultGraph()
    try:
        return ox.NamedNode(graph)
    except ValueError as e:
        raise DataSyntaxError(f"not a valid graph IRI: {graph!r} ({e})") from None


# --------------------------------------------------------------------------- serialisation


class _Stop(Exception):
    """Raised inside a writer callback to stop the engine's serialiser."""


class _Capped(Exception):
    """Raised by the line-counting writer once the row cap is passed."""


class _Writer(io.RawIOBase):
    """A file object for the engine's serialisers: forwards chunks, checks the deadline on each."""

    def __init__(self, emit: Callable[[bytes], None], check: Callable[[], None]):
        self._emit, self._check = emit, check

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self._check()
        data = bytes(b)
        self._emit(data)
        return len(data)


class _LineCap(io.RawIOBase):
    """Collects a TSV serialisation, stopping after ``limit`` lines (the header is one)."""

    def __init__(self, limit: int, check: Callable[[], None]):
        self.buf = bytearray()
        self.lines = 0
        self._limit, self._check = limit, check

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self._check()
        data = bytes(b)
        n = data.count(b"\n")
        if self.lines + n > self._limit:
            # keep exactly up to the limit-th newline (TSV escapes newlines inside terms)
            pos = -1
            for _ in range(self._limit - self.lines):
                pos = data.index(b"\n", pos + 1)
            self.buf += data[: pos + 1]
            self.lines = self._limit
            raise _Capped()
        self.buf += data
        self.lines += n
        return len(data)


# A capped answer whose TSV is at most this long is re-serialised in one call (milliseconds).
_WHOLE_BYTES = 1 << 20


def write_result(res: Any, fmt: Format, emit: Callable[[bytes], None], *, max_rows: int | None,
                 check: Callable[[], None]) -> bool:
    """Serialise a pyoxigraph result through ``emit``; return whether it stopped at ``max_rows``.

    ``check`` is called before each chunk and raises to stop (deadline, cancellation). A capped
    SELECT is first written as TSV (one line per solution, so the cap is exact and cheap to
    count), then parsed back and written in ``fmt`` by the engine.
    """
    if isinstance(res, ox.QueryBoolean):
        emit(res.serialize(format=OX_RESULTS[fmt.name]))
        return False
    if isinstance(res, ox.QuerySolutions):
        if not max_rows:
            res.serialize(_Writer(emit, check), OX_RESULTS[fmt.name])
            return False
        capped = _LineCap(max_rows + 1, check)
        truncated = False
        try:
            res.serialize(capped, ox.QueryResultsFormat.TSV)
        except _Capped:
            truncated = True
        tsv = bytes(capped.buf)
        if fmt.name == "tsv":
            emit(tsv)
        else:
            back = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
            if len(tsv) <= _WHOLE_BYTES:  # small: in one engine call, no Python call per chunk
                emit(back.serialize(format=OX_RESULTS[fmt.name]))
            else:  # checking the deadline between chunks
                back.serialize(_Writer(emit, check), OX_RESULTS[fmt.name])
        return truncated
    # CONSTRUCT / DESCRIBE: the engine pulls triples from this generator, which checks the
    # deadline and counts.
    state = {"n": 0, "truncated": False}

    def triples() -> Iterator[Any]:
        for t in res:
            if max_rows and state["n"] >= max_rows:
                state["truncated"] = True
                return
            state["n"] += 1
            if not state["n"] & 1023:
                check()
            yield t

    ox.serialize(triples(), _Writer(emit, check), OX_RDF[fmt.name])
    return bool(state["truncated"])


READ_ONLY_ATTEMPTS = 6


def _bulk_claimed(path: str) -> bool:
    """Return whether a live process is filling the store at ``path`` (empty before) in bulk."""
    try:
        with open(os.path.join(path, BULK_CLAIM), encoding="ascii") as f:
            pid = int(f.read().strip() or 0)
    except (OSError, ValueError):
        return False
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # a writer that died: its claim is stale
    except PermissionError:
        return True
    return True


def open_read_only(path: str) -> Any:
    """Open the engine on ``path`` read-only, retrying while a writer is rewriting its files.

    A read-only open reads the manifest, then the table files it lists; a writer compacting
    meanwhile may delete one in between ("Corruption: IO error: No such file"). That passes in
    milliseconds, so the open is tried again; a store that still cannot be opened is unavailable.
    While a writer bulk-loads a store that was empty (:meth:`OxigraphStore.bulk_writes`), the
    engine's files are half-written: the open gives an empty store, what the store held before.
    """
    if _bulk_claimed(path):
        return ox.Store()
    for attempt in range(1, READ_ONLY_ATTEMPTS + 1):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError) as e:
            if attempt == READ_ONLY_ATTEMPTS:
                raise StoreUnavailable(f"cannot open the store at {path} read-only: {e}") from None
            time.sleep(0.02 * attempt)
    raise AssertionError("unreachable")


def _ox_errors(e: BaseException) -> BaseException:
    """Map an engine exception to a StoreError a person can read."""
    if isinstance(e, StoreError):
        return e
    if isinstance(e, _Stop):
        return QueryTimeout(str(e) or "the query ran past its time limit and was stopped")
    if isinstance(e, SyntaxError):
        return QuerySyntaxError(str(e))
    if isinstance(e, (OSError, RuntimeError, ValueError, TypeError)):
        return QueryEvaluationError(str(e))
    return e


def _timeout_message(timeout: float | None) -> str:
    if timeout:
        return f"the query ran past the time limit of {timeout:g} s and was stopped"
    return "the query ran past its time limit and was stopped"


class _Deadline:
    """A monotonic deadline plus a cancel flag, shared by a request and its helper thread.

    ``gone`` (optional) tells whether the client has left; the caller's waits check it.
    """

    def __init__(self, timeout: float | None, gone: Callable[[], bool] | None = None):
        self.timeout = timeout
        self.at = time.monotonic() + timeout if timeout else None
        self.cancelled = threading.Event()
        self.gone = gone

    def remaining(self) -> float | None:
        return None if self.at is None else max(self.at - time.monotonic(), 0.0)

    def check(self) -> None:
        if self.cancelled.is_set() or (self.at is not None and time.monotonic() > self.at):
            raise _Stop(_timeout_message(self.timeout))
        if self.gone is not None and self.gone():
            self.cancelled.set()
            raise _Stop("the client has gone: the query was stopped")


def _result_kind(res: Any) -> tuple[str, list[str], bool | None]:
    if isinstance(res, ox.QueryBoolean):
        return "boolean", [], bool(res)
    if isinstance(res, ox.QuerySolutions):
        return "bindings", [v.value for v in res.variables], None
    return "graph", [], None


def _python_values(res: Any, kind: str, variables: list[str], check: Callable[[], None]) -> Iterator[Any]:
    """Yield rows (:class:`Row`) or rdflib triples from a pyoxigraph result."""
    if kind == "boolean":
        raise TypeError("an ASK result is not iterable: use .boolean")
    if kind == "bindings":
        row_type = Row.type_for(variables)
        for n, solution in enumerate(res):
            if not n & 1023:
                check()
            # a solution iterates its values in the variables' order (None when unbound); map()
            # costs ~30 % less a row than indexing each in a generator
            yield row_type(map(to_rdflib, solution))
    else:
        for n, t in enumerate(res):
            if not n & 1023:
                check()
            yield (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))


# --------------------------------------------------------------------------- results
#
# pyoxigraph result objects are bound to the thread that created them (using one from another
# thread aborts the process), so a result is either read entirely in the calling thread
# (DirectResult, no time limit) or lives entirely in one helper thread (ThreadResult).


class DirectResult(QueryResult):
    """A result evaluated and read in the calling thread.

    Without a time limit by default; an inline run (:mod:`graph.store.inline`) passes ``check``
    (raises past the deadline, between chunks of the answer) and ``on_done`` (called once, with
    whether the result was read to its end).
    """

    def __init__(self, res: Any, *, check: Callable[[], None] | None = None,
                 on_done: Callable[[bool], None] | None = None):
        self._res = res
        self._check = check or _no_check
        self._on_done = on_done
        self.kind, self.variables, self._boolean = _result_kind(res)  # type: ignore[assignment]

    @property
    def boolean(self) -> bool:
        if self.kind != "boolean":
            return super().boolean
        self._finish(True)
        return bool(self._boolean)

    def _take(self) -> Any:
        if self._res is None:
            raise RuntimeError("this query result was already read")
        res, self._res = self._res, None
        return res

    def _finish(self, complete: bool) -> None:
        if self._on_done is not None:
            on_done, self._on_done = self._on_done, None
            on_done(complete)

    def stream(self, format: str, *, max_rows: int | None = None) -> Iterator[bytes]:
        fmt = self.check_format(format)
        res = self._take()

        def produce() -> Iterator[bytes]:
            chunks: list[bytes] = []
            try:
                self.truncated = write_result(res, fmt, chunks.append, max_rows=max_rows, check=self._check)
            except BaseException as e:  # noqa: BLE001 - mapped
                self._finish(False)
                raise _ox_errors(e) from None
            self._finish(True)
            yield b"".join(chunks)

        return produce()

    def __iter__(self) -> Iterator[Any]:
        res = self._take()
        complete = False
        try:
            yield from _python_values(res, self.kind, self.variables, self._check)
            complete = True
        except (SyntaxError, OSError, RuntimeError, _Stop) as e:
            raise _ox_errors(e) from None
        finally:
            self._finish(complete)

    def close(self) -> None:
        self._finish(False)

    def __del__(self) -> None:
        # A result dropped unread must not stay watched: past its deadline the watchdog would
        # take it for a runaway (graph.store.inline).
        with contextlib.suppress(Exception):
            self._finish(False)


def _no_check() -> None:
    return None


class _Helpers:
    """Long-lived helper threads for time-limited queries, started on demand.

    Starting a thread per query cost more than a light query itself. A job goes to an idle
    helper if there is one, otherwise to a new thread: a helper stuck in a runaway engine call
    is simply not idle, so it never holds up other queries (it rejoins, or exits, when the
    engine returns). At most ``idle_max`` helpers wait for work; one idle for ``idle_timeout``
    seconds exits.
    """

    def __init__(self, idle_max: int = 8, idle_timeout: float = 60.0):
        self.idle_max, self.idle_timeout = idle_max, idle_timeout
        self._reset()
        if hasattr(os, "register_at_fork"):
            # A forked child (a gunicorn worker) has none of the parent's helpers.
            os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._jobs: queue.SimpleQueue[tuple[Callable[..., None], tuple[Any, ...]]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0  # helpers waiting for a job that no submit has claimed yet

    def submit(self, fn: Callable[..., None], *args: Any) -> None:
        """Run ``fn(*args)`` on an idle helper, or on a new one when none is idle."""
        with self._lock:
            if self._idle:
                self._idle -= 1
                self._jobs.put((fn, args))
                return
        threading.Thread(target=self._serve, args=(fn, args), name="vnkg-query", daemon=True).start()

    def _serve(self, fn: Callable[..., None], args: tuple[Any, ...]) -> None:
        while True:
            with contextlib.suppress(BaseException):
                fn(*args)
            fn = args = None  # type: ignore[assignment] # drop the finished result while idle
            with self._lock:
                if self._idle >= self.idle_max:
                    return
                self._idle += 1
            try:
                fn, args = self._jobs.get(timeout=self.idle_timeout)
            except queue.Empty:
                with self._lock:
                    # A submit may have claimed this helper just as it timed out: serve that job.
                    try:
                        fn, args = self._jobs.get_nowait()
                    except queue.Empty:
                        self._idle -= 1
                        return


_HELPERS = _Helpers()


class ThreadResult(QueryResult):
    """A result that lives in a helper thread, so that the caller is answered at the deadline.

    The helper runs the query, reports its kind, then serves one request: serialise (chunks
    come back through a queue) or convert to Python values. With ``prefetch`` (result kind →
    (format name, max rows) the caller will stream in) it serialises at once, without waiting
    for the request: one hand-off between the threads fewer.
    """

    def __init__(self, store: Any, sparql: str, kwargs: dict[str, Any], deadline: _Deadline,
                 prefetch: Mapping[str, tuple[str, int | None]] | None = None):
        self._deadline = deadline
        self._prefetch = dict(prefetch) if prefetch else None
        self._prefetched: tuple[str, int | None] | None = None
        self._commands: queue.Queue[Any] = queue.Queue()
        self._out: queue.Queue[Any] = queue.Queue(maxsize=32)
        self._used = False
        self._done = False
        self._started = time.monotonic()
        self.variables = []
        _HELPERS.submit(self._run, store, sparql, kwargs)
        msg = self._receive()
        if msg[0] == "error":
            self._done = True
            raise _ox_errors(msg[1])
        _, self.kind, self.variables, self._boolean = msg
        if self._prefetch is not None:
            self._prefetched = self._prefetch.get(self.kind)

    # -- helper thread ---------------------------------------------------------------------------
    def _put(self, item: Any) -> None:
        while True:
            self._deadline.check()
            try:
                self._out.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _run(self, store: Any, sparql: str, kwargs: dict[str, Any]) -> None:
        deadline = self._deadline
        try:
            res = store.query(sparql, **kwargs)
            kind, variables, boolean = _result_kind(res)
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            with contextlib.suppress(BaseException):
                self._out.put(("error", e), timeout=1)
            return
        try:
            ahead = self._prefetch.get(kind) if self._prefetch is not None else None
            # Prefetching, the kind waits for the first chunk (or the end): the caller is woken
            # once for a small answer, not twice.
            pending = [("kind", kind, variables, boolean)]
            if ahead is None:
                self._put(pending.pop())
            while ahead is None:  # wait for the caller's one command, or its departure
                try:
                    command = self._commands.get(timeout=0.5)
                    break
                except queue.Empty:
                    # A pooled helper must not wait forever for a caller that has gone.
                    if deadline.cancelled.is_set() or (deadline.at is not None
                                                       and time.monotonic() > deadline.at):
                        return
            if ahead is not None:
                command = ("stream", FORMATS[ahead[0]], ahead[1])
            if command[0] == "stream":
                buf = bytearray()

                def emit(data: bytes) -> None:
                    buf.extend(data)
                    if len(buf) >= CHUNK:
                        if pending:
                            self._put(pending.pop())
                        self._put(("data", bytes(buf)))
                        buf.clear()

                truncated = write_result(res, command[1], emit, max_rows=command[2], check=deadline.check)
                if pending:
                    self._put(pending.pop())
                # The last chunk rides with "end": a small answer is one message.
                self._put(("end", truncated, bytes(buf) if buf else None))
            elif command[0] == "values":
                batch: list[Any] = []
                for value in _python_values(res, kind, variables, deadline.check):
                    batch.append(value)
                    if len(batch) >= 512:
                        self._put(("values", batch))
                        batch = []
                self._put(("end", False, batch))
        except _Stop:
            return  # the caller has gone (deadline or early close)
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            with contextlib.suppress(BaseException):
                self._out.put(("error", e), timeout=1)

    # -- calling thread --------------------------------------------------------------------------
    def _receive(self) -> Any:
        deadline = self._deadline
        while True:
            remaining = deadline.remaining()
            # With a cancel check, wait in slices so that a departed client is noticed.
            wait = remaining if deadline.gone is None else min(0.25 if remaining is None else remaining, 0.25)
            try:
                return self._out.get(timeout=wait)
            except queue.Empty:
                if deadline.gone is not None and deadline.gone():
                    deadline.cancelled.set()
                    self._done = True
                    raise QueryCancelled("the client has gone: the query was stopped") from None
                if remaining is not None and deadline.remaining() <= 0:
                    break
        deadline.cancelled.set()
        self._done = True
        self._finished(math.inf)
        raise QueryTimeout(_timeout_message(deadline.timeout)) from None

    @property
    def boolean(self) -> bool:
        if self.kind != "boolean":
            return super().boolean
        return bool(self._boolean)

    def _start(self, command: tuple[Any, ...]) -> None:
        if self._used or self._done:
            raise RuntimeError("this query result was already read")
        self._used = True
        if self._prefetched is not None:
            # The helper is already serialising in the promised format.
            if command[0] != "stream" or (command[1].name, command[2]) != self._prefetched:
                self.close()
                raise RuntimeError(f"this result is being serialised as {self._prefetched}, "
                                   "as asked at query time")
            return
        self._commands.put(command)

    def _messages(self) -> Iterator[Any]:
        try:
            while True:
                msg = self._receive()
                if msg[0] == "end":
                    self.truncated = bool(msg[1])
                    self._done = True
                    self._finished(time.monotonic() - self._started)
                    if msg[2]:
                        yield msg[2]
                    return
                if msg[0] == "error":
                    self._done = True
                    raise _ox_errors(msg[1])
                yield msg[1]
        finally:
            if not self._done:
                self._deadline.cancelled.set()  # left early: the helper stops at its next chunk
                self._done = True

    def stream(self, format: str, *, max_rows: int | None = None) -> Iterator[bytes]:
        fmt = self.check_format(format)

        def chunks() -> Iterator[bytes]:
            self._start(("stream", fmt, max_rows))
            if max_rows:  # a capped result is complete before its first chunk
                yield b"".join(self._messages())
            else:
                yield from self._messages()

        return chunks()

    def __iter__(self) -> Iterator[Any]:
        self._start(("values",))
        for batch in self._messages():
            yield from batch

    def close(self) -> None:
        if not self._done:
            self._deadline.cancelled.set()
            self._done = True

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


# --------------------------------------------------------------------------- the store


def _write_marker(path: str) -> None:
    """Record a new generation for every process watching this store."""
    tmp = os.path.join(path, f".{MARKER}.{os.getpid()}.{threading.get_ident()}")
    with open(tmp, "w", encoding="ascii") as f:
        f.write(f"{time.time_ns()}-{os.getpid()}-{uuid.uuid4().hex[:8]}\n")
    os.replace(tmp, os.path.join(path, MARKER))


class OxigraphStore(Store):
    """A :class:`~graph.store.base.Store` on pyoxigraph, on disk (``path``) or in memory."""

    #: :meth:`query` takes ``prefetch`` (see there).
    prefetch_streams = True

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        union_default_graph: bool = True,
        query_workers: int = 0,
        remote_hosts: Iterable[str] = (),
        inline_budget: float = 0.0,
        default_timeout: float | None = None,
        max_query_workers: int = 0,
    ):
        self.location = os.fspath(path) if path is not None else None
        #: Seconds a query without its own timeout may run outside any budget (graph.store.budget).
        self.default_timeout = default_timeout or None
        self.read_only = read_only
        self.union_default_graph = union_default_graph
        self.remote_hosts = frozenset(h.lower() for h in remote_hosts)
        self._write_lock = threading.Lock()
        self._open_lock = threading.Lock()
        self._counter = 0
        self._marker_path = os.path.join(self.location, MARKER) if self.location is not None else None
        self._marker_stat: tuple[int, int, int] | None = None
        self._marker_value = "0"
        self._opened_at: str | None = None
        self._pool: Any = None
        #: The default graph holds the union of the named graphs (kept so by every write).
        self._materialised = False
        #: New graphs go in by the engine's bulk loader (a store that was empty, claimed: bulk_writes).
        self._bulk = False
        #: Time-limited queries of shapes proven lighter than ``inline_budget`` seconds run in the
        #: calling thread (:mod:`graph.store.inline`); set ``watchdog.on_runaway`` to act on an
        #: inline run that passes its limit.
        self.inline = InlinePolicy(inline_budget) if inline_budget > 0 else None
        self.watchdog = Watchdog()
        self._store = self._open()
        if query_workers > 0 and self.location is not None:
            from graph.store.pool import QueryPool

            self._pool = QueryPool(self.location, query_workers, max_query_workers)

    # -- opening -------------------------------------------------------------------------------
    def _open(self) -> Any:
        if self.location is None:
            if self.read_only:
                raise StoreError("an in-memory store cannot be read-only")
            self._materialised = self.union_default_graph
            return ox.Store()
        if not self.read_only:
            try:
                store = ox.Store(self.location)
            except OSError as e:
                if "lock" in str(e).lower():
                    raise StoreLockedError(
                        f"the store at {self.location} is open read-write in another process (a "
                        "`vnkg serve` with an update token, a build or a load). Stop that process, "
                        "or serve read-only (no update token) so that builds can run alongside."
                    ) from None
                raise StoreError(f"cannot open the store at {self.location}: {e}") from None
            if not os.path.exists(os.path.join(self.location, MARKER)):
                _write_marker(self.location)
            with contextlib.suppress(FileNotFoundError):
                # We hold the engine's lock, so a bulk claim left here is a dead writer's.
                os.remove(os.path.join(self.location, BULK_CLAIM))
            if self.union_default_graph and not os.path.exists(os.path.join(self.location, UNION_MARK)):
                # A store from before the default graph was kept as the union: make it so once.
                store.update(union.copy_all_op())
                with open(os.path.join(self.location, UNION_MARK), "w", encoding="ascii") as f:
                    f.write("the default graph is the set union of the named graphs\n")
            self._materialised = self.union_default_graph
            self._opened_at = self._read_marker()
            return store
        if not os.path.exists(os.path.join(self.location, "CURRENT")):
            # A read-only open needs an existing database: create an empty one first.
            with contextlib.suppress(OSError):
                created = ox.Store(self.location)
                del created
        marker = self._read_marker()  # before opening: a write in between makes us reopen, not miss it
        self._materialised = os.path.exists(os.path.join(self.location, UNION_MARK))
        store = open_read_only(self.location)
        self._opened_at = marker
        return store

    def _read_marker(self) -> str:
        """Return the marker's value, re-reading the file only when its stat changed."""
        if self._marker_path is None:
            return "0"
        try:
            st = os.stat(self._marker_path)
        except FileNotFoundError:
            return "0"
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
        if key != self._marker_stat:
            try:
                with open(self._marker_path, encoding="ascii") as f:
                    self._marker_value = f.read().strip() or "0"
            except FileNotFoundError:
                return "0"
            self._marker_stat = key
        return self._marker_value

    def _ox(self, marker: str | None = None) -> Any:
        """Return the engine handle, reopening a read-only snapshot that another writer outdated.

        ``marker``: the generation marker as the caller just read it (saves reading it again).
        """
        if self.read_only and (self._read_marker() if marker is None else marker) != self._opened_at:
            with self._open_lock:
                if self._read_marker() != self._opened_at:
                    try:
                        self._store = self._open()
                    except StoreUnavailable as e:
                        if self._store is None:
                            raise
                        # the writer is still busy: answer from the snapshot we hold, reopen next time
                        log.warning("keeping the previous snapshot of %s: %s", self.location, e)
        return self._store

    def _read(self, fn: Callable[[Any], Any], marker: str | None = None) -> Any:
        """Run a read on the engine; a read-only snapshot whose files a writer compacted away is
        reopened and the read retried once."""
        try:
            return fn(self._ox(marker))
        except OSError:
            if not self.read_only:
                raise
            with self._open_lock:
                self._store = self._open()
            return fn(self._store)

    @property
    def generation(self) -> str:
        return f"{self._read_marker()}/{self._counter}"

    def stamp(self) -> str | None:
        return self._read_marker() if self.location is not None else None

    def _bump(self) -> None:
        self._counter += 1
        if self.location is not None:
            try:
                _write_marker(self.location)
            except OSError as e:  # the data is written; only other processes' caches lag
                log.warning("cannot write the generation marker in %s: %s", self.location, e)
            self._opened_at = self._read_marker()

    def _writable(self) -> Any:
        if self.read_only:
            raise ReadOnlyStoreError(
                "this store is open read-only (the server has no update token): writes are refused")
        return self._store

    def warm(self) -> None:
        """Start the query workers now rather than at the first query."""
        if self._pool is not None:
            self._pool.warm()

    @contextlib.contextmanager
    def bulk_writes(self) -> Iterator[bool]:
        """Write new graphs with the engine's bulk loader inside this block, if the store is empty.

        The bulk loader costs about half the CPU of a transactional load per quad, but it is not
        atomic and its compactions delete files under readers' feet. Into a store that holds
        nothing yet it is safe: a claim file tells every read-only open (the server, its query
        workers) to see the store as it was, empty, until the block ends and the writes are
        flushed. Yields whether bulk loading is on.
        """
        if self._bulk or self.read_only or self.location is None or self._store is None or not self._empty():
            yield False
            return
        claim = os.path.join(self.location, BULK_CLAIM)
        tmp = f"{claim}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="ascii") as f:
            f.write(f"{os.getpid()}\n")
        os.replace(tmp, claim)
        self._bulk = True
        try:
            yield True
        finally:
            self._bulk = False
            try:
                self._store.flush()
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(claim)
                self._bump()  # readers holding the empty view reopen

    def _empty(self) -> bool:
        """Return whether the engine holds no quad and no named graph."""
        store = self._store
        return next(iter(store.named_graphs()), None) is None and next(iter(store), None) is None

    def flush(self) -> None:
        if self._store is not None and not self.read_only and self.location is not None:
            try:
                self._store.flush()
            except (OSError, RuntimeError) as e:
                log.warning("cannot flush the store at %s: %s", self.location, e)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        # Write the memory tables out, so the write-ahead log can go: a read-only open (every
        # server process, every query worker) replays what is left of it, and after a build
        # that was gigabytes (50 s and 500 MB per process on the 5K-article store).
        self.flush()
        self._store = None

    # -- policy --------------------------------------------------------------------------------
    def _check_remote(self, text: str, base_iri: str | None) -> None:
        refuse_remote(text, base_iri, self.remote_hosts)

    # -- queries -------------------------------------------------------------------------------
    def _dataset_kwargs(self, default_graph_uris: Iterable[str], named_graph_uris: Iterable[str],
                        union: bool | None) -> dict[str, Any]:
        default, named = list(default_graph_uris), list(named_graph_uris)
        for iri in default + named:
            _graph_node(iri)  # a readable error for a malformed graph IRI, before the engine
        if default or named:
            # The protocol dataset replaces the query's FROM / FROM NAMED and the store's.
            return {"default_graph": default, "named_graphs": named}
        wanted = self.union_default_graph if union is None else union
        # Where the default graph already holds the union as a set, read it: the engine's own
        # union default graph counts a triple once per graph that states it.
        return {"union": wanted and not self._materialised}

    def query(
        self,
        sparql: str,
        *,
        default_graph_uris: Iterable[str] = (),
        named_graph_uris: Iterable[str] = (),
        timeout: float | None = None,
        base_iri: str | None = None,
        union_default_graph: bool | None = None,
        prefetch: Mapping[str, tuple[str, int | None]] | None = None,
    ) -> QueryResult:
        """Start a query; see :meth:`graph.store.base.Store.query`.

        ``prefetch`` (result kind → (format name, max rows)) is a promise that a result of that
        kind will be read with exactly ``stream(format, max_rows=...)``: a time-limited query is
        then serialised straight after evaluation, saving a round trip to its thread or worker.
        """
        self._check_remote(sparql, base_iri)
        spec = self._dataset_kwargs(default_graph_uris, named_graph_uris, union_default_graph)
        # Every query is bounded here: its own timeout, else the budget in force, else the default.
        timeout, budget = resolve_timeout(timeout, self.default_timeout)
        cancelled = budget.is_cancelled if budget is not None and budget.cancelled is not None else None
        if cancelled is not None and cancelled():
            raise QueryCancelled("the client has gone: the query was not started")
        marker = self._read_marker()  # once per query: the generation and the snapshot agree
        generation = f"{marker}/{self._counter}"
        policy = self.inline if timeout else None  # only time-limited runs are learned from
        if policy is not None:
            key = policy.key(sparql, spec)
            if policy.inline(key, generation):
                return self._inline_run(sparql, ox_query_kwargs(spec, base_iri), timeout, key, generation,
                                        marker, cancelled)
        result: QueryResult
        if self._pool is not None:
            result = self._pool.query(sparql, spec, base_iri=base_iri, generation=generation,
                                      timeout=timeout, prefetch=prefetch, cancelled=cancelled)
        elif not timeout:
            return self._direct(sparql, ox_query_kwargs(spec, base_iri), marker)
        else:
            result = ThreadResult(self._ox(marker), sparql, ox_query_kwargs(spec, base_iri),
                                  _Deadline(timeout, cancelled), prefetch)
        if policy is not None:
            result.on_finished = functools.partial(policy.record, key, generation)
        return result

    def _direct(self, sparql: str, kwargs: dict[str, Any], marker: str | None = None,
                **hooks: Any) -> DirectResult:
        try:
            return DirectResult(self._read(lambda store: store.query(sparql, **kwargs), marker), **hooks)
        except BaseException as e:  # noqa: BLE001 - mapped
            raise _ox_errors(e) from None

    def _inline_run(self, sparql: str, kwargs: dict[str, Any], timeout: float, key: Any,
                    generation: str, marker: str,
                    cancelled: Callable[[], bool] | None = None) -> DirectResult:
        """Run a query of a light shape in this thread, timed, watched and checked between chunks."""
        policy = self.inline
        assert policy is not None
        deadline = _Deadline(timeout, cancelled)
        started = time.monotonic()
        token = self.watchdog.watch(deadline.at or math.inf, sparql, functools.partial(policy.demote, key))

        def done(complete: bool) -> None:
            self.watchdog.release(token)
            policy.record(key, generation, time.monotonic() - started if complete else math.inf)

        try:
            return self._direct(sparql, kwargs, marker, check=deadline.check, on_done=done)
        except BaseException:
            self.watchdog.release(token)
            raise

    # -- writes --------------------------------------------------------------------------------
    def update(
        self,
        sparql: str,
        *,
        using_graph_uris: Iterable[str] = (),
        using_named_graph_uris: Iterable[str] = (),
        base_iri: str | None = None,
    ) -> None:
        store = self._writable()
        self._check_remote(sparql, base_iri)
        text = add_using(sparql, using_graph_uris, using_named_graph_uris)
        after = None
        if self._materialised:
            try:
                text = union.wrap_update(text, union.written_graphs(text, base_iri))
            except union.Unparsed:
                after = union.RESYNC  # the engine reports the syntax error, or runs what it can read
        with self._write_lock:
            try:
                store.update(text, base_iri=base_iri)
                if after is not None:
                    store.update(after)
            except BaseException as e:  # noqa: BLE001 - mapped
                raise _ox_errors(e) from None
            finally:
                self._bump()

    def _ntriples(self, data: RdfInput, format: str | None, base_iri: str | None) -> str:
        """Return ``data`` as N-Triples checked by the engine's parser (so it is safe to embed)."""
        if isinstance(data, list) and all(_is_part(p) for p in data):
            # RDF documents to merge, e.g. the parts of a multipart POST
            return "".join(self._ntriples(part, fmt, base_iri) for part, fmt in data)
        if isinstance(data, (bytes, bytearray, str)):
            name = format or "ntriples"
            ox_format = OX_RDF.get(name)
            if ox_format is None:
                raise UnsupportedFormat(f"cannot read RDF in {name!r}")
            raw = bytes(data) if not isinstance(data, str) else data.encode("utf-8")
        else:
            from rdflib import Graph

            graph = data
            if not isinstance(graph, Graph):
                graph = Graph()
                for triple in data:
                    graph.add(triple)
            raw, ox_format, name = _rdflib_ntriples(graph), ox.RdfFormat.N_TRIPLES, "ntriples"
        try:
            quads = ox.parse(raw, ox_format, base_iri=base_iri, rename_blank_nodes=True)
            return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                                format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        except SyntaxError as e:
            label = FORMATS[name].label if name in FORMATS else name
            raise DataSyntaxError(f"malformed {label}: {e}") from None
        except ValueError as e:
            raise DataSyntaxError(str(e)) from None

    def _write_graph(self, graph: GraphName, data: RdfInput, format: str | None, base_iri: str | None,
                     replace: bool) -> None:
        store = self._writable()
        target = _graph_node(graph)
        nt = self._ntriples(data, format, base_iri)
        ops = []
        if isinstance(target, ox.NamedNode):
            if self._materialised:
                ops = union.replace_ops(target.value, nt, replace)
            else:
                if replace:
                    ops.append(f"DROP SILENT GRAPH <{target.value}>")
                ops.append(f"CREATE SILENT GRAPH <{target.value}>")
                ops.append(f"INSERT DATA {{ GRAPH <{target.value}> {{\n{nt}}} }}")
        elif self._materialised:
            raise union.DefaultGraphIsDerived()
        else:
            if replace:
                ops.append("CLEAR SILENT DEFAULT")
            ops.append(f"INSERT DATA {{\n{nt}}}")
        # One update request is one transaction: readers see the old graph or the new one.
        with self._write_lock:
            try:
                store.update(" ;\n".join(ops))
            except BaseException as e:  # noqa: BLE001 - mapped
                raise _ox_errors(e) from None
            finally:
                self._bump()

    def replace_graph(self, graph: GraphName, data: RdfInput, format: str | None = None, *,
                      base_iri: str | None = None) -> None:
        self._write_graph(graph, data, format, base_iri, replace=True)

    def add_to_graph(self, graph: GraphName, data: RdfInput, format: str | None = None, *,
                     base_iri: str | None = None) -> None:
        self._write_graph(graph, data, format, base_iri, replace=False)

    def add_new_graphs(self, graphs: Sequence[tuple[str, bytes]], seals: Sequence[tuple[str, bytes]] = ()
                       ) -> None:
        """Write new named graphs in one transactional load, then their seals in another.

        Not the engine's bulk loader, though it costs 2-3× less CPU per quad: it is not atomic
        and ingests files under the readers' feet, so a server reading the store during a build
        saw partial graphs, missing files and runaway queries (tests/test_reliability.py) —
        except inside :meth:`bulk_writes` on a store that was empty, which readers see as empty
        meanwhile. A load of the batch's N-Quads still skips ``INSERT DATA``'s parsing and union
        updates.
        """
        if not self.location:
            return super().add_new_graphs(graphs, seals)  # in memory: transactions are cheap
        store = self._writable()
        with self._write_lock:
            try:
                with _engine_errors("N-Triples"):
                    for part in (graphs, seals):
                        if not part:
                            continue
                        data = b"".join(_as_nquads(iri, nt, self._materialised) for iri, nt in part)
                        if part is graphs:
                            for iri, _ in part:
                                store.add_graph(ox.NamedNode(iri))
                        if part is graphs and self._bulk:
                            store.bulk_load(data, ox.RdfFormat.N_QUADS)
                        else:
                            store.load(data, ox.RdfFormat.N_QUADS)
            finally:
                self._bump()

    def drop_graph(self, graph: GraphName) -> bool:
        store = self._writable()
        target = _graph_node(graph)
        if self._materialised and isinstance(target, ox.DefaultGraph):
            raise union.DefaultGraphIsDerived()
        with self._write_lock:
            existed = True if isinstance(target, ox.DefaultGraph) else store.contains_named_graph(target)
            if isinstance(target, ox.DefaultGraph):
                operation = "CLEAR SILENT DEFAULT"
            elif self._materialised:
                operation = " ;\n".join(union.drop_ops(target.value))
            else:
                operation = f"DROP SILENT GRAPH <{target.value}>"
            try:
                store.update(operation)
            finally:
                self._bump()
        return existed

    def has_graph(self, graph: GraphName) -> bool:
        target = _graph_node(graph)
        if isinstance(target, ox.DefaultGraph):
            return True
        return bool(self._read(lambda store: store.contains_named_graph(target)))

    def graphs(self) -> list[str]:
        return sorted(self._read(lambda store: [g.value for g in store.named_graphs()
                                                if isinstance(g, ox.NamedNode)]))

    def load(self, source: str | os.PathLike[str] | bytes | IO[bytes], format: str | None = None,
             graph: GraphName | None = None, *, base_iri: str | None = None) -> None:
        store = self._writable()
        if format is None:
            if isinstance(source, (bytes, bytearray)) or hasattr(source, "read"):
                raise UnsupportedFormat("name the format of RDF given as bytes")
            guessed = format_for_path(source)  # type: ignore[arg-type]
            if guessed is None:
                raise UnsupportedFormat(
                    f"cannot tell the RDF format of {os.fspath(source)!r} from its extension")
            format = guessed.name
        ox_format = OX_RDF.get(format)
        if ox_format is None:
            raise UnsupportedFormat(f"cannot read RDF in {format!r}")
        target = _graph_node(graph)
        if self._materialised and isinstance(target, ox.DefaultGraph) and not FORMATS[format].datasets:
            raise union.DefaultGraphIsDerived(
                f"{union.DERIVED_MESSAGE}; name the graph to load {FORMATS[format].label} into")
        kwargs: dict[str, Any] = {"format": ox_format, "base_iri": base_iri, "to_graph": target}
        if isinstance(source, (str, os.PathLike)):
            kwargs["path"] = os.fspath(source)
        else:
            kwargs["input"] = source
        with self.bulk_writes(), self._write_lock:
            try:
                with _engine_errors(FORMATS[format].label):
                    if isinstance(target, ox.NamedNode):
                        store.add_graph(target)  # an empty file still makes the graph exist
                    if self._bulk:  # a store that was empty, which its readers see as it was meanwhile
                        store.bulk_load(**kwargs)
                        if self._materialised:
                            named = isinstance(target, ox.NamedNode)
                            store.update(union.copy_op(target.value) if named else union.copy_all_op())
                    else:
                        # Readers may hold the store open: one transaction, the union's copy with it.
                        store.extend(self._loaded_quads(kwargs))
            finally:
                self._bump()

    def _loaded_quads(self, kwargs: dict[str, Any]) -> list[Any]:
        """Return the quads ``load`` writes for ``bulk_load``'s arguments, the union's copies with them."""
        target = kwargs["to_graph"]
        source = {"path": kwargs["path"]} if "path" in kwargs else {"input": kwargs["input"]}
        quads = []
        for q in ox.parse(**source, format=kwargs["format"], base_iri=kwargs["base_iri"],
                          rename_blank_nodes=True):
            if isinstance(q.graph_name, ox.DefaultGraph) and isinstance(target, ox.NamedNode):
                q = ox.Quad(q.subject, q.predicate, q.object, target)
            quads.append(q)
            if self._materialised and not isinstance(q.graph_name, ox.DefaultGraph):
                quads.append(ox.Quad(q.subject, q.predicate, q.object))
        return quads

    def dump(self, format: str, graph: GraphName | None = None,
             output: IO[bytes] | None = None) -> bytes | None:
        fmt = FORMATS.get(format)
        if fmt is None or fmt.kind != "rdf":
            raise UnsupportedFormat(f"cannot write RDF as {format!r}")
        if graph is None and not fmt.datasets:
            raise UnsupportedFormat(f"{fmt.label} holds one graph: name a graph, or dump as TriG or N-Quads")
        kwargs: dict[str, Any] = {"format": OX_RDF[format]}
        if graph is not None:
            kwargs["from_graph"] = _graph_node(graph)
        elif self._materialised:
            # The whole store is its named graphs: the default graph is derived from them.
            def stated(store: Any) -> bytes | None:
                quads = (q for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
                return ox.serialize(quads, output, OX_RDF[format])

            with _engine_errors():
                return self._read(stated)
        with _engine_errors():
            return self._read(lambda store: store.dump(output, **kwargs))

    def __len__(self) -> int:
        if not self._materialised:
            return int(self._read(len))

        def stated(store: Any) -> int:
            # The default graph's copy of the union is derived: count the quads the graphs state.
            counted = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                  use_default_graph_as_union=False)
            derived = int(next(iter(counted))["n"].value)
            return len(store) - derived

        return int(self._read(stated))


def _as_nquads(graph: str, ntriples: bytes, with_default: bool) -> bytes:
    """Return N-Triples as N-Quads in ``graph`` (and, with ``with_default``, in the default graph too).

    In N-Triples a line break only ends a statement (literals escape theirs), so each " .\n" is
    one statement's end; anything else is re-serialised by the engine first.
    """
    if ntriples and (not ntriples.endswith(b" .\n") or ntriples.count(b"\n") != ntriples.count(b" .\n")):
        quads = ox.parse(ntriples, ox.RdfFormat.N_TRIPLES, rename_blank_nodes=True)
        ntriples = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                                format=ox.RdfFormat.N_TRIPLES)
    named = ntriples.replace(b" .\n", f" <{graph}> .\n".encode())
    return named + ntriples if with_default else named


def _is_part(item: Any) -> bool:
    return (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], (bytes, bytearray, str))
            and isinstance(item[1], str))


def ox_query_kwargs(spec: dict[str, Any], base_iri: str | None) -> dict[str, Any]:
    """Return pyoxigraph ``Store.query`` keyword arguments for a dataset spec (plain strings)."""
    kwargs: dict[str, Any] = {"base_iri": base_iri}
    if "union" in spec:
        kwargs["use_default_graph_as_union"] = bool(spec["union"])
    else:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in spec["default_graph"]]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in spec["named_graphs"]]
    return kwargs


def _rdflib_ntriples(graph: Any) -> bytes:
    """Return an rdflib Graph or Dataset's triples (all graphs merged) as N-Triples."""
    from rdflib import Dataset, Graph

    if isinstance(graph, Dataset):
        contexts = list(graph.graphs())
    else:
        contexts = list(graph.contexts()) if hasattr(graph, "contexts") else [graph]
    if len(contexts) == 1 and isinstance(contexts[0], Graph):
        return contexts[0].serialize(format="nt", encoding="utf-8")
    merged = Graph()
    for triple in itertools.chain.from_iterable(c.triples((None, None, None)) for c in contexts):
        merged.add(triple)
    return merged.serialize(format="nt", encoding="utf-8")
