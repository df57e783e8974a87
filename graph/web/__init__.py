"""The web layer: :func:`create_app` builds the Flask application over the store.

Adding a blueprint (REST API, exports, pages …): append ``"module:attribute"`` to
:data:`BLUEPRINTS`; they are imported and registered in order.

Reaching the store and the settings from a view (inside a request or app context)::

    from graph.web import get_store, get_settings
    store = get_store()            # the graph.store.Store the app serves
    settings = get_settings()      # graph.settings.Settings (settings.base_iri, …)

The same objects are also at ``current_app.extensions["vnkg"]`` (a :class:`VnkgState` with
``.store`` and ``.settings``), ``current_app.extensions["vnkg.store"]``, and
``current_app.config["VNKG_STORE"]`` / ``["VNKG_SETTINGS"]`` / ``["VNKG_BASE"]`` (the entity base
IRI). Errors: raise :class:`graph.web.errors.ApiError` (or a store error) and the app answers it
readably; :func:`graph.web.errors.error_response` builds one directly.
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app

from graph.settings import Settings, load_settings
from graph.store import MEMORY, Store, open_store
from graph.store.budget import budget
from graph.web.errors import register_error_handlers
from graph.web.fastpath import SparqlFastPath

__all__ = ["create_app", "BLUEPRINTS", "VnkgState", "get_state", "get_store", "get_settings",
           "open_settings_store", "warm_up"]

#: Blueprints registered by create_app, in order, as "module:attribute".
BLUEPRINTS: list[str] = [
    "graph.web.sparql:sparql",
    "graph.web.gsp:gsp",
    "graph.web.api:api",
    "graph.web.api:linked_data",
    "graph.web.exports:exports",
    "graph.web.openapi:openapi",
    "graph.web.pages:pages",
    "graph.web.indicators:indicators",
]

access_log = logging.getLogger("vnkg.access")


@dataclass
class VnkgState:
    """What every view needs: the store and the settings (``app.extensions["vnkg"]``)."""

    store: Store
    settings: Settings
    owns_store: bool = False


def get_state(app: Flask | None = None) -> VnkgState:
    """Return the app's :class:`VnkgState`."""
    return (app or current_app).extensions["vnkg"]


def get_store(app: Flask | None = None) -> Store:
    """Return the store the app serves."""
    return get_state(app).store


def get_settings(app: Flask | None = None) -> Settings:
    """Return the app's settings."""
    return get_state(app).settings


def open_settings_store(settings: Settings) -> Store:
    """Open the store the settings name, as the server uses it.

    Without an update token the server only reads, so an on-disk store is opened read-only:
    no write lock, and a build may write to it meanwhile.
    """
    on_disk = settings.store not in ("", MEMORY)
    return open_store(
        settings.store,
        read_only=on_disk and not settings.update_token,
        union_default_graph=settings.union_default_graph,
        query_workers=settings.query_workers,
        remote_hosts=settings.service_allow_hosts,
        settings=settings,
        inline_budget=settings.inline_budget,
        # Outside a request (a warm-up, a script), a query without a timeout is still bounded.
        default_timeout=settings.view_timeout or None,
        # One query at a time per request thread, plus the graph view's build: never a wait.
        max_query_workers=settings.threads + 1,
    )


def create_app(settings: Settings | None = None, *, store: Store | str | None = None,
               **overrides: Any) -> Flask:
    """Build the application.

    ``settings`` default to :func:`graph.settings.load_settings` (environment, config file);
    keyword ``overrides`` replace single settings (``create_app(update_token="t")``). ``store``
    is an open store to serve (the app will not close it) or a location; by default the
    settings' store is opened.
    """
    settings = settings or load_settings()
    if isinstance(store, str):
        overrides["store"] = store
        store = None
    if overrides:
        settings = dataclasses.replace(settings, **overrides)
    owns = store is None
    if store is None:
        store = open_settings_store(settings)
        warm = getattr(store, "warm", None)
        if warm is not None:
            warm()

    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_request_bytes or None,
        MAX_FORM_MEMORY_SIZE=settings.max_request_bytes or None,
        VNKG_STORE=store,
        VNKG_SETTINGS=settings,
        VNKG_BASE=settings.base_iri,
    )
    app.extensions["vnkg"] = VnkgState(store=store, settings=settings, owns_store=owns)
    app.extensions["vnkg.store"] = store
    register_error_handlers(app)
    app.after_request(_no_sniffing)
    for spec in BLUEPRINTS:
        module_name, _, attribute = spec.partition(":")
        app.register_blueprint(getattr(importlib.import_module(module_name), attribute))
    app.wsgi_app = SparqlFastPath(app, app.wsgi_app)  # type: ignore[method-assign]
    app.wsgi_app = QueryBudget(app.wsgi_app, settings.view_timeout)  # type: ignore[method-assign]
    app.wsgi_app = BodyLimit(app.wsgi_app, settings.max_request_bytes)  # type: ignore[method-assign]
    app.wsgi_app = ProxyScheme(app.wsgi_app)  # type: ignore[method-assign]
    app.wsgi_app = AccessLog(app.wsgi_app)  # type: ignore[method-assign]
    return app


def warm_up(app: Flask) -> threading.Thread:
    """Build the app's graph view in the background, so that no visitor waits for the first build.

    The projection takes seconds on a large store (6 s at 1M triples); a server calls this once
    its worker has the app. Failures are logged: the view is then built on first use, as before.
    """
    from graph import network

    state = get_state(app)

    def build() -> None:
        try:
            network.graph_view(state.store, str(state.settings.base_iri)).get()
        except Exception:  # noqa: BLE001 - a warm-up must never take the server down
            logging.getLogger("vnkg.web").warning("building the graph view in advance failed", exc_info=True)

    thread = threading.Thread(target=build, name="vnkg-warm-up", daemon=True)
    thread.start()
    return thread


def _no_sniffing(response: Any) -> Any:
    """Forbid content sniffing: error bodies echo the request, and must never be read as HTML."""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


# --------------------------------------------------------------------------- query budget


class QueryBudget:
    """WSGI middleware: hold the queries a request makes without a timeout of their own to ``seconds``
    in all, and stop them when the client leaves (:mod:`graph.store.budget`; the store enforces it).

    The SPARQL endpoint's queries keep their own ``query_timeout``, and stop too when the client
    leaves. Only gunicorn tells a WSGI app its client's socket; under granian the limit alone
    bounds a query whose client has gone.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], seconds: float):
        self.app, self.seconds = app, seconds

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        with budget(self.seconds or None, client_gone_check(environ)):
            return self.app(environ, start_response)


def client_gone_check(environ: dict[str, Any]) -> Callable[[], bool] | None:
    """Return a check that the request's client has closed its connection, when the server tells."""
    sock = environ.get("gunicorn.socket")
    if sock is None:
        return None

    def gone() -> bool:
        try:
            return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except (BlockingIOError, InterruptedError):
            return False  # open, nothing sent
        except OSError:
            return True

    return gone


# --------------------------------------------------------------------------- body limit


class BodyLimit:
    """WSGI middleware: a body sent without a Content-Length (chunked) is held to the limit too.

    Werkzeug reads such a body up to ``max_content_length`` and stops there without looking for
    more, so a longer one would arrive cut short and be parsed as if whole. Here it is read up to
    one byte past the limit and handed on with its Content-Length: over the limit, the app answers
    413 as for any other oversized body.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], limit: int):
        self.app, self.limit = app, limit

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if self.limit and not environ.get("CONTENT_LENGTH") and environ.get("wsgi.input_terminated"):
            stream, parts, size = environ["wsgi.input"], [], 0
            while size <= self.limit:
                chunk = stream.read(self.limit + 1 - size)
                if not chunk:
                    break
                parts.append(chunk)
                size += len(chunk)
            environ["wsgi.input"] = io.BytesIO(b"".join(parts))
            environ["CONTENT_LENGTH"] = str(size)
            environ.pop("HTTP_TRANSFER_ENCODING", None)  # Werkzeug ignores the length of a chunked body
        return self.app(environ, start_response)


# --------------------------------------------------------------------------- proxy scheme


class ProxyScheme:
    """WSGI middleware: take the scheme from ``X-Forwarded-Proto`` when a local proxy sends it.

    Only from the loopback interface, where the reverse proxy in front of vnkg runs: anyone
    else could claim ``https`` and have links built with it.
    """

    LOOPBACK = frozenset({"127.0.0.1", "::1"})

    def __init__(self, app: Callable[..., Iterable[bytes]]):
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        scheme = environ.get("HTTP_X_FORWARDED_PROTO")
        if scheme and environ.get("REMOTE_ADDR") in self.LOOPBACK:
            scheme = scheme.split(",")[0].strip().lower()
            if scheme in ("http", "https"):
                environ["wsgi.url_scheme"] = scheme
        return self.app(environ, start_response)


# --------------------------------------------------------------------------- access log


class AccessLog:
    """WSGI middleware: one line per request, written when the response body is finished.

    Format: the Common Log Format followed by the duration in seconds, e.g.
    ``127.0.0.1 - - [26/Nov/2025:10:00:00 +0000] "GET /sparql?query=… HTTP/1.1" 200 512 0.004``.
    A light query costs ~100 µs, so the line is built cheaply: the time stamp once a second, the
    record handed to the logger's handlers without ``logging``'s search for the calling line.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], logger: logging.Logger = access_log):
        self.app, self.logger = app, logger
        self._second, self._stamp = -1, ""

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if not self.logger.isEnabledFor(logging.INFO):
            return self.app(environ, start_response)
        started = time.perf_counter()
        state: dict[str, Any] = {"status": "-", "bytes": 0}

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            state["status"] = status.split(" ", 1)[0]
            return start_response(status, headers, exc_info)

        try:
            body = self.app(environ, start)
        except BaseException:
            state["status"] = "500"
            self._log(environ, state, started)
            raise
        return _LoggedBody(body, lambda: self._log(environ, state, started), state)

    def _timestamp(self) -> str:
        now = time.time()
        if int(now) != self._second:
            self._second, self._stamp = int(now), time.strftime("%d/%b/%Y:%H:%M:%S %z", time.localtime(now))
        return self._stamp

    def _log(self, environ: dict[str, Any], state: dict[str, Any], started: float) -> None:
        path = environ.get("PATH_INFO", "")
        qs = environ.get("QUERY_STRING", "")
        if qs:
            path += "?" + (qs if len(qs) <= 300 else qs[:300] + "…")
        get = environ.get
        request = f'{get("REQUEST_METHOD", "-")} {path} {get("SERVER_PROTOCOL", "-")}'
        line = (f'{get("REMOTE_ADDR", "-")} - - [{self._timestamp()}] "{request}" {state["status"]} '
                f'{state["bytes"] or "-"} {time.perf_counter() - started:.3f}')
        logger = self.logger
        logger.handle(logger.makeRecord(logger.name, logging.INFO, __file__, 0, line, None, None))


class _LoggedBody:
    """A response body that counts its bytes and logs the request when closed."""

    def __init__(self, body: Iterable[bytes], on_close: Callable[[], None], state: dict[str, Any]):
        self._body, self._on_close, self._state = body, on_close, state

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._body:
            self._state["bytes"] += len(chunk)
            yield chunk

    def close(self) -> None:
        try:
            close = getattr(self._body, "close", None)
            if close is not None:
                close()
        finally:
            self._on_close()
