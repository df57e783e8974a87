"""Query worker processes that can be killed: the hard time limit for an on-disk store.

pyoxigraph cannot cancel a query, and a blocking operator (a sort, an aggregate, an ASK that
never matches) runs inside one engine call. So :class:`QueryPool` evaluates each query in a worker
process holding a read-only handle on the store; the requesting thread waits on a pipe until the
deadline and, past it, kills the worker (freeing its CPU at once) and starts another.

A worker reopens its read-only snapshot whenever the store's generation changes, so it sees
every committed write. Messages (pickled tuples over a pipe):

    main → worker  ("query", sparql, dataset spec, base IRI, generation, seconds left, prefetch)
    worker → main  ("kind", kind, variables) | ("error", class name, message)
    main → worker  ("stream", format name, max rows, seconds left)
    worker → main  ("data", bytes)* then ("end", truncated, last bytes or None)
                   | ("error", class name, message)

A small answer is thus one message each way after the query: ("stream", …) → ("end", …, bytes).
With ``prefetch`` (result kind → (format name, max rows)) the worker streams a result of a listed
kind straight after its "kind" message, as if "stream" had come: one message in, two out.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from multiprocessing.connection import Connection
from typing import Any

from graph.store.base import (
    FORMATS,
    QueryCancelled,
    QueryEvaluationError,
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    Row,
    StoreError,
    StoreUnavailable,
)

__all__ = ["QueryPool", "PoolResult", "die_with_parent"]

log = logging.getLogger(__name__)

#: Seconds after which a running query's worker yields the CPU to the others (see PoolResult.receive).
SLOW = 0.5
NICE = 10

_ERRORS: dict[str, type[StoreError]] = {
    "QuerySyntaxError": QuerySyntaxError,
    "QueryTimeout": QueryTimeout,
    "QueryEvaluationError": QueryEvaluationError,
    "StoreUnavailable": StoreUnavailable,
}


# --------------------------------------------------------------------------- worker side


def _worker_main(conn: Any, path: str) -> None:  # pragma: no cover - runs in the child process
    """Serve queries on a read-only handle of the store at ``path`` until the pipe closes."""
    import pyoxigraph as ox

    from graph.store.oxigraph import _ox_errors, _Stop, open_read_only, ox_query_kwargs, write_result

    store: Any = None
    opened_for: str | None = None
    result: Any = None
    chunk = bytearray()

    def send_chunk(data: bytes) -> None:
        chunk.extend(data)
        if len(chunk) >= 64 * 1024:
            conn.send(("data", bytes(chunk)))
            chunk.clear()

    def error(e: BaseException) -> tuple[str, str, str]:
        mapped = _ox_errors(e)
        return ("error", type(mapped).__name__, str(mapped))

    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        op = msg[0]
        if op == "query":
            _, sparql, spec, base_iri, generation, seconds, prefetch = msg
            ahead = None
            result = None
            deadline = time.monotonic() + seconds if seconds else None
            try:
                for attempt in (1, 2):
                    if store is None or opened_for != generation:
                        try:
                            store = open_read_only(path)  # retried while a writer rewrites its files
                            opened_for = generation
                        except StoreUnavailable:
                            if store is None:
                                raise
                            # the writer is still busy: answer from the snapshot held, reopen next time
                    try:
                        result = store.query(sparql, **ox_query_kwargs(spec, base_iri))
                        break
                    except (OSError, RuntimeError):
                        # A writer's compaction may have removed files of this snapshot: reopen once.
                        store = None
                        if attempt == 2:
                            raise
                if isinstance(result, ox.QueryBoolean):
                    kind = "boolean"
                    conn.send(("kind", kind, [], bool(result)))
                elif isinstance(result, ox.QuerySolutions):
                    kind = "bindings"
                    conn.send(("kind", kind, [v.value for v in result.variables], None))
                else:
                    kind = "graph"
                    conn.send(("kind", kind, [], None))
                ahead = prefetch.get(kind) if prefetch else None
            except BaseException as e:  # noqa: BLE001 - reported to the parent
                result = None
                conn.send(error(e))
            if ahead is None:
                continue
            msg = ("stream", ahead[0], ahead[1],
                   None if deadline is None else max(deadline - time.monotonic(), 0.001))
            op = "stream"
        if op == "stream":
            _, fmt_name, max_rows, seconds = msg
            deadline = time.monotonic() + seconds if seconds else None

            def check(deadline: float | None = deadline) -> None:
                if deadline is not None and time.monotonic() > deadline:
                    raise _Stop("the query ran past its time limit and was stopped")

            chunk.clear()
            try:
                if result is None:
                    raise StoreError("no query to serialise")
                truncated = write_result(result, FORMATS[fmt_name], send_chunk, max_rows=max_rows,
                                         check=check)
                # The last chunk rides with "end": one pickled message for a small answer.
                tail = bytes(chunk) if chunk else None
                chunk.clear()
                conn.send(("end", truncated, tail))
            except BaseException as e:  # noqa: BLE001 - reported to the parent
                conn.send(error(e))
            result = None
        elif op == "exit":
            return


# --------------------------------------------------------------------------- main side


class _Channel:
    """Both ends of a worker's pipes, as one object with send/recv/poll."""

    def __init__(self, read_fd: int, write_fd: int):
        self._in = Connection(read_fd, writable=False)
        self._out = Connection(write_fd, readable=False)

    def send(self, obj: Any) -> None:
        self._out.send(obj)

    def recv(self) -> Any:
        return self._in.recv()

    def poll(self, timeout: float | None) -> bool:
        return self._in.poll(timeout)

    def close(self) -> None:
        for conn in (self._in, self._out):
            with contextlib.suppress(Exception):
                conn.close()


class _Spawner:
    """The one thread that starts worker processes, alive as long as this process.

    A worker asks the kernel to kill it when its parent dies (``PR_SET_PDEATHSIG``), and Linux
    counts the *thread* that started it as the parent: a worker started from a request thread
    would be killed when the server retires that thread. So every worker is started here.
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[tuple[list[str], tuple[int, ...], queue.SimpleQueue[Any]]] = \
            queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        if hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=self._forget)  # a forked child has no such thread

    def _forget(self) -> None:
        self._jobs = queue.SimpleQueue()
        self._thread = None
        self._lock = threading.Lock()

    def popen(self, args: list[str], pass_fds: tuple[int, ...]) -> subprocess.Popen[bytes]:
        """Start ``args`` from the spawner thread; return its Popen (or raise what Popen raised)."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="vnkg-pool-spawner", daemon=True)
                self._thread.start()
        answer: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._jobs.put((args, pass_fds, answer))
        outcome = answer.get()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def _run(self) -> None:
        while True:
            args, pass_fds, answer = self._jobs.get()
            try:
                answer.put(subprocess.Popen(args, pass_fds=pass_fds, stdin=subprocess.DEVNULL,
                                            close_fds=True))
            except BaseException as e:  # noqa: BLE001 - handed to the caller
                answer.put(e)


_SPAWNER = _Spawner()


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies; exit now if it already has.

    Linux only (``prctl(PR_SET_PDEATHSIG)``); elsewhere a thread watches the parent's pid.
    """
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        if libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl failed")
    except (OSError, AttributeError):
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(0)

        threading.Thread(target=watch, name="vnkg-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(0)


class _Worker:
    """One worker: a fresh interpreter (``python -m graph.store.pool``), so it shares nothing
    with the threaded server that starts it; it ends with its parent, whatever ends that."""

    def __init__(self, path: str):
        to_child_r, to_child_w = os.pipe()
        to_parent_r, to_parent_w = os.pipe()
        try:
            self.process = _SPAWNER.popen(
                [sys.executable, "-m", "graph.store.pool", str(to_child_r), str(to_parent_w), path,
                 str(os.getpid())], (to_child_r, to_parent_w))
        except BaseException:
            for fd in (to_parent_r, to_child_w):
                os.close(fd)
            raise
        finally:
            os.close(to_child_r)
            os.close(to_parent_w)
        self.conn = _Channel(to_parent_r, to_child_w)
        self.lowered = False

    def lower_priority(self) -> None:
        """Give this worker's CPU to the others first (it runs a slow query)."""
        if not self.lowered:
            self.lowered = True
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, self.process.pid, NICE)

    def restore_priority(self) -> bool:
        """Put the worker back at normal priority; return False when not allowed to."""
        if not self.lowered:
            return True
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid, os.getpriority(os.PRIO_PROCESS, 0))
        except OSError:
            return False
        self.lowered = False
        return True

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.conn.close()
        # reap in the background: wait() on a killed process is quick but not free
        threading.Thread(target=self.process.wait, args=(5,), daemon=True).start()


class QueryPool:
    """Worker processes evaluating queries on the store at ``path``: ``size`` kept ready, and while
    every one is busy (slow queries) more are started, up to ``max_size``, so that a light query
    never waits behind slow ones; a worker beyond ``size`` ends when it is released."""

    def __init__(self, path: str, size: int, max_size: int = 0):
        self.path = path
        self.size = max(1, size)
        self.max_size = max(self.size, max_size)
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._count = 0
        self._lock = threading.Lock()
        self._closed = False

    def warm(self, spares: int = 0) -> None:
        """Start the workers now (in the background), so the first queries do not wait for them;
        ``spares``: start that many more than are kept (while all are busy)."""
        target = min(self._count + spares, self.max_size) if spares else self.size

        def start() -> None:
            while True:
                with self._lock:
                    if self._closed or self._count >= target:
                        return
                    self._count += 1
                try:
                    self._idle.put(_Worker(self.path))
                except Exception as e:  # noqa: BLE001 - a later query reports it
                    log.warning("cannot start a query worker: %s", e)
                    with self._lock:
                        self._count -= 1
                    return

        threading.Thread(target=start, name="vnkg-pool-warm", daemon=True).start()

    def _lease(self, deadline: float | None, cancelled: Callable[[], bool] | None = None) -> _Worker:
        while True:
            try:
                worker = self._idle.get_nowait()
                if self._idle.empty() and self._count < self.max_size:
                    self.warm(1)  # the next query need not wait for a worker to start
                return worker
            except queue.Empty:
                pass
            with self._lock:
                if self._closed:
                    raise StoreError("the store is closed")
                if self._count < self.max_size:
                    self._count += 1
                    try:
                        return _Worker(self.path)
                    except Exception as e:
                        self._count -= 1
                        raise StoreError(f"cannot start a query worker: {e}") from None
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                raise QueryTimeout("the server is busy: no query worker became free within the time limit")
            if cancelled is not None and cancelled():
                raise QueryCancelled("the client has gone: the query was not started")
            try:
                return self._idle.get(timeout=min(wait, 0.25) if wait is not None else 0.25)
            except queue.Empty:
                continue

    def _release(self, worker: _Worker, healthy: bool) -> None:
        # Keep ``size`` workers; one started while all were busy ends once it is free again, and
        # so does one left at a low priority.
        if healthy and not self._closed and self._idle.qsize() < self.size and worker.restore_priority():
            self._idle.put(worker)
            return
        worker.kill()
        with self._lock:
            self._count -= 1

    def query(self, sparql: str, spec: dict[str, Any], *, base_iri: str | None, generation: str,
              timeout: float | None,
              prefetch: Mapping[str, tuple[str, int | None]] | None = None,
              cancelled: Callable[[], bool] | None = None) -> PoolResult:
        """Start a query in a worker; return once its kind is known (the blocking part is done).

        ``cancelled`` tells whether the caller has gone: the worker is then killed, as at the deadline.
        """
        deadline = time.monotonic() + timeout if timeout else None
        for attempt in (1, 2):
            worker = self._lease(deadline, cancelled)
            if worker.process.poll() is not None:  # died while idle: replace it
                self._release(worker, healthy=False)
                worker = self._lease(deadline, cancelled)
            result = PoolResult(self, worker, deadline, timeout, cancelled)
            try:
                worker.conn.send(("query", sparql, spec, base_iri, generation, result.remaining(),
                                  dict(prefetch) if prefetch else None))
            except OSError:
                result.discard()
                if attempt == 2:
                    raise QueryEvaluationError("no query worker could take the query") from None
                continue
            try:
                msg = result.receive()
            except BaseException:
                result.discard()
                raise
            break
        if msg[0] == "error":
            result.release()
            raise _ERRORS.get(msg[1], QueryEvaluationError)(msg[2])
        _, result.kind, result.variables, result._boolean = msg
        if prefetch:
            result._prefetched = prefetch.get(result.kind)
        return result

    def close(self) -> None:
        """Stop every idle worker (busy ones are stopped when released)."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            with contextlib.suppress(Exception):
                worker.conn.send(("exit",))
            worker.kill()


class PoolResult(QueryResult):
    """A result held by a worker process until it is serialised."""

    def __init__(self, pool: QueryPool, worker: _Worker, deadline: float | None, timeout: float | None,
                 cancelled: Callable[[], bool] | None = None):
        self._pool, self._worker = pool, worker
        self._deadline, self._timeout = deadline, timeout
        self._cancelled = cancelled
        self._boolean: bool | None = None
        self._used = False
        self._prefetched: tuple[str, int | None] | None = None  # already streaming this way
        self._started = time.monotonic()
        self.variables = []

    @property
    def boolean(self) -> bool:
        if self.kind != "boolean":
            return super().boolean
        return bool(self._boolean)

    def remaining(self) -> float | None:
        return None if self._deadline is None else max(self._deadline - time.monotonic(), 0.001)

    def receive(self) -> Any:
        """Return the worker's next message; past the deadline, or once the caller has gone, kill
        the worker and raise QueryTimeout (QueryCancelled).

        Waits in slices: a client that leaves frees its worker within a quarter second, and a
        query still running after :data:`SLOW` seconds has its worker's CPU priority lowered, so
        that light queries keep their share of the cores while slow ones run.
        """
        worker = self._worker
        conn = worker.conn
        while not conn.poll(0.25 if self._deadline is None else min(self.remaining(), 0.25)):
            if self._cancelled is not None and self._cancelled():
                self.discard()
                self._finished(math.inf)
                raise QueryCancelled("the client has gone: the query was stopped")
            if self._deadline is not None and time.monotonic() >= self._deadline:
                self.discard()
                self._finished(math.inf)
                limit = f" of {self._timeout:g} s" if self._timeout else ""
                raise QueryTimeout(f"the query ran past the time limit{limit} and was stopped")
            if time.monotonic() - self._started > SLOW:
                worker.lower_priority()
        try:
            return conn.recv()
        except (EOFError, OSError):
            self.discard()
            raise QueryEvaluationError("the query worker stopped unexpectedly") from None

    def release(self) -> None:
        if self._worker is not None:
            self._pool._release(self._worker, healthy=True)
            self._worker = None

    def discard(self) -> None:
        if self._worker is not None:
            self._pool._release(self._worker, healthy=False)
            self._worker = None

    def close(self) -> None:
        # A result dropped unread leaves nothing in the pipe (the worker waits for "stream"),
        # unless it was prefetched: then the pipe holds its answer, so the worker goes.
        if self._prefetched is not None and not self._used:
            self.discard()
        else:
            self.release()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    def _chunks(self, fmt_name: str, max_rows: int | None) -> Iterator[bytes]:
        if self._used or self._worker is None:
            raise RuntimeError("this query result was already read")
        self._used = True
        if self._prefetched is not None:
            if (fmt_name, max_rows) != self._prefetched:
                self.discard()
                raise RuntimeError(f"this result is being serialised as {self._prefetched}, "
                                   "as asked at query time")
        else:
            self._worker.conn.send(("stream", fmt_name, max_rows, self.remaining()))
        finished = False
        try:
            while True:
                msg = self.receive()
                if msg[0] == "data":
                    yield msg[1]
                elif msg[0] == "end":
                    self.truncated = bool(msg[1])
                    finished = True
                    self.release()
                    self._finished(time.monotonic() - self._started)
                    if msg[2]:
                        yield msg[2]
                    return
                else:
                    finished = True
                    self.release()
                    if msg[1] == "QueryTimeout":
                        self._finished(math.inf)
                    if msg[1] == "QueryTimeout" and self._timeout:
                        raise QueryTimeout(f"the query ran past the time limit of {self._timeout:g} s "
                                           "and was stopped")
                    raise _ERRORS.get(msg[1], QueryEvaluationError)(msg[2])
        finally:
            if not finished:
                self.discard()  # left mid-stream: the pipe holds unread data, so the worker goes

    def stream(self, format: str, *, max_rows: int | None = None) -> Iterator[bytes]:
        fmt = self.check_format(format)
        if not max_rows:
            return self._chunks(fmt.name, None)

        def capped() -> Iterator[bytes]:
            # A capped result is complete before its first chunk: gather, then hand out.
            yield b"".join(self._chunks(fmt.name, max_rows))

        return capped()

    def __iter__(self) -> Iterator[Any]:
        import pyoxigraph as ox

        from graph.store.oxigraph import to_rdflib

        if self.kind == "boolean":
            raise TypeError("an ASK result is not iterable: use .boolean")
        if self.kind == "bindings":
            data = b"".join(self._chunks("tsv", None))
            solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
            row_type = Row.type_for(self.variables)
            for solution in solutions:
                yield row_type(map(to_rdflib, solution))
        else:
            data = b"".join(self._chunks("ntriples", None))
            for q in ox.parse(data, ox.RdfFormat.N_TRIPLES):
                yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))


if __name__ == "__main__":  # pragma: no cover - the worker process
    _read, _write, _path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if len(sys.argv) > 4:
        die_with_parent(int(sys.argv[4]))  # never outlive the server, however it ends
    _worker_main(_Channel(_read, _write), _path)
