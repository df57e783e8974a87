"""The face ``vnkg serve`` shows granian: RSGI, light SPARQL queries answered on the event loop.

Under WSGI, granian hands every request to one of a process's Python threads. Two light
requests in one process then pass Python's lock back and forth at every call into the engine
(which lets go of it), and a process serving two connections answered 2,400 lookups/s where one
thread alone answers 5,300 (benchmarks/RESULTS.md). :class:`RsgiApp` answers a query the store
has proven very light (its shape's latest runs each within ``loop_budget``: see
:meth:`graph.web.fastpath.SparqlFastPath.answers_at_once`) on the event loop itself, one at a
time; every other request runs in a pool of ``threads`` request threads, as under WSGI. Both
call the same WSGI app with the environ a WSGI server would build, so the access log, limits,
headers and error handling are the app's own, whichever way a request went.
"""

from __future__ import annotations

import asyncio
import io
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask

__all__ = ["RsgiApp", "wsgi_environ"]

log = logging.getLogger(__name__)

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

def wsgi_environ(scope: Any, body: bytes = b"") -> dict[str, Any]:
    """Return the WSGI environ (PEP 3333) of an RSGI request ``scope`` whose body is ``body``."""
    server_name, _, server_port = scope.server.rpartition(":")
    client_addr, _, client_port = scope.client.rpartition(":")
    environ: dict[str, Any] = {
        "REQUEST_METHOD": scope.method,
        "SCRIPT_NAME": "",
        # RSGI gives the path decoded to text; WSGI wants its bytes as latin-1 text.
        "PATH_INFO": scope.path.encode("utf-8", "surrogateescape").decode("latin-1"),
        "QUERY_STRING": scope.query_string,
        "SERVER_NAME": server_name.strip("[]"),
        "SERVER_PORT": server_port,
        "SERVER_PROTOCOL": f"HTTP/{scope.http_version}",
        "REMOTE_ADDR": client_addr.strip("[]"),
        "REMOTE_PORT": client_port,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for name, value in scope.headers.items():
        key = name.upper().replace("-", "_")
        if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            environ[key] = value
            continue
        key = "HTTP_" + key
        if key in environ:  # a repeated header: one value, comma-joined (RFC 9110 5.3)
            environ[key] += ("; " if key == "HTTP_COOKIE" else ", ") + value
        else:
            environ[key] = value
    return environ


class _Started:
    """The status and headers a WSGI app gave ``start_response``."""

    __slots__ = ("headers", "status")

    def __init__(self) -> None:
        self.status, self.headers = 500, []

    def __call__(self, status: str, headers: list[tuple[str, str]],
                 exc_info: Any = None) -> Callable[[bytes], None]:
        self.status, self.headers = int(status.split(" ", 1)[0]), headers
        return _no_write


def _no_write(data: bytes) -> None:
    raise NotImplementedError("this server does not support the WSGI write() callable")


def _close(chunks: Iterable[bytes]) -> None:
    close = getattr(chunks, "close", None)
    if close is not None:
        close()


class RsgiApp:
    """An RSGI application serving a Flask app: light queries on the loop, the rest in threads."""

    def __init__(self, app: Flask, *, threads: int = 4):
        from graph.web import get_state

        self.wsgi: WSGIApp = app.wsgi_app
        self.fast = app.extensions.get("vnkg.fastpath")
        self.limit = get_state(app).settings.max_request_bytes
        self.threads = threads
        self._pool: ThreadPoolExecutor | None = None

    def __rsgi_init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="vnkg-request")

    def __rsgi_del__(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        if scope.proto != "http":
            return  # no websockets here (granian is started without them)
        environ = wsgi_environ(scope, b"")
        await self._read_body(environ, proto)
        if self.fast is not None and self.fast.answers_at_once(environ):
            started = _Started()
            try:
                chunks = self.wsgi(environ, started)
                try:
                    data = b"".join(chunks)
                finally:
                    _close(chunks)
            except Exception:  # noqa: BLE001 - the app answers its own errors; this is a bug in it
                log.exception("unexpected error on %s %s", environ["REQUEST_METHOD"], environ["PATH_INFO"])
                proto.response_bytes(500, [("Content-Type", "text/plain")], b"500 Internal Server Error\n")
                return
            proto.response_bytes(started.status, started.headers, data)
            return
        await self._in_thread(environ, proto)

    async def _read_body(self, environ: dict[str, Any], proto: Any) -> None:
        """Put the request body in ``environ``: up to one byte past the size limit, never more.

        A body declared larger than the limit is not read (the app answers 413 from its length);
        one sent in chunks is read up to one byte past the limit and handed on with its length.
        """
        length = environ.get("CONTENT_LENGTH")
        if length is not None:
            if not length.isdigit() or int(length) == 0 or (self.limit and int(length) > self.limit):
                return
            environ["wsgi.input"] = io.BytesIO(await proto())
            return
        if "chunked" not in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
            return
        parts, size = [], 0
        async for part in proto:
            parts.append(part)
            size += len(part)
            if self.limit and size > self.limit:
                break
        environ["wsgi.input"] = io.BytesIO(b"".join(parts))
        environ["CONTENT_LENGTH"] = str(size)
        del environ["HTTP_TRANSFER_ENCODING"]  # Werkzeug ignores the length of a chunked body

    async def _in_thread(self, environ: dict[str, Any], proto: Any) -> None:
        """Run the WSGI app in a request thread; send its answer whole, or streamed as it comes."""
        loop = asyncio.get_running_loop()
        started = _Started()

        def begin() -> tuple[Iterable[bytes], Iterator[bytes], list[bytes], bool]:
            # The first two chunks: most answers are whole by then, and go out in one piece.
            chunks = self.wsgi(environ, started)
            try:
                it = iter(chunks)
                head = [c for c in (next(it, None), next(it, None)) if c is not None]
                done = len(head) < 2
                if done:
                    _close(chunks)
                return chunks, it, head, done
            except BaseException:
                _close(chunks)
                raise

        try:
            chunks, it, head, done = await loop.run_in_executor(self._pool, begin)
        except Exception:  # noqa: BLE001 - the app answers its own errors; this is a bug in it
            log.exception("unexpected error on %s %s", environ["REQUEST_METHOD"], environ["PATH_INFO"])
            proto.response_bytes(500, [("Content-Type", "text/plain")], b"500 Internal Server Error\n")
            return
        if done:
            proto.response_bytes(started.status, started.headers, b"".join(head))
            return
        try:
            transport = proto.response_stream(started.status, started.headers)
            for chunk in head:
                if chunk:
                    await transport.send_bytes(chunk)
            while (chunk := await loop.run_in_executor(self._pool, next, it, None)) is not None:
                if chunk:
                    await transport.send_bytes(chunk)
        except Exception as e:  # noqa: BLE001 - the client went away mid-answer, or the app failed
            log.info("answer to %s %s cut short: %s", environ["REQUEST_METHOD"], environ["PATH_INFO"], e)
        finally:
            await loop.run_in_executor(self._pool, _close, chunks)
