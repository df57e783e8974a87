"""A short path for plain SPARQL queries: ``/sparql`` answered without Flask's request machinery.

A light query costs the engine tens of microseconds; routing, request and response objects and
the context stack cost Flask several times that. :class:`SparqlFastPath` sits in front of the
Flask app and answers the common requests itself — ``GET /sparql?query=…`` and ``POST`` of
``application/sparql-query`` — with the same negotiation, limits, dataset parameters, CORS and
headers as :mod:`graph.web.sparql`. Everything else goes on to Flask untouched: updates, forms,
HEAD and OPTIONS, the service description, the query page a browser gets, and any request whose
parameters are not plain. Every error (from the store, or a format that cannot be offered) is
answered by the app's own error handlers, so it reads the same whichever path the request took.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from flask import Flask

from graph.web.sparql import (
    _PLAIN_HOST,
    _PLAIN_PATH,
    PAGE_HOOK,
    QUERY_TYPE,
    clean_iris,
    cors_headers,
    start_answer,
    wants_page,
)

__all__ = ["SparqlFastPath", "parse_query_string"]

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

# The parameters the fast path understands; a request with another SPARQL-protocol parameter
# (or a repeated one) goes to Flask, which answers it or explains what is wrong.
_KNOWN = frozenset({"query", "format", "default-graph-uri", "named-graph-uri"})


def _unquote(text: str) -> str:
    """Decode one form-encoded name or value of a WSGI query string (a latin-1 str of its bytes).

    Raises UnicodeError for what only a slower, lenient decoder takes: a '%' without two hex
    digits after it, bytes that are not UTF-8.
    """
    if "%" not in text and "+" not in text and text.isascii():
        return text
    # '%XX' becomes the escape '\xXX' of the unicode_escape codec (every backslash doubled first,
    # so these are the only escapes), whose bytes are then UTF-8: all of it in C, a tenth of the
    # cost of urllib's unquote, which loops in Python over each '%'.
    escaped = text.replace("\\", "\\\\").replace("+", " ").replace("%", "\\x")
    return escaped.encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8")


def parse_query_string(query_string: str) -> list[tuple[str, str]] | None:
    """Return the (name, value) pairs of a WSGI ``QUERY_STRING`` in order, blank values kept.

    Decodes as Flask's ``request.args`` does (UTF-8, bytes sent unescaped too); None for a query
    string only a lenient decoder takes (a stray '%', bytes that are not UTF-8).
    """
    pairs = []
    try:
        for part in query_string.split("&"):
            if part:
                name, _, value = part.partition("=")
                pairs.append((_unquote(name), _unquote(value)))
    except UnicodeError:
        return None
    return pairs


class _Body:
    """A streamed answer that closes its query result when the server is done with it."""

    def __init__(self, chunks: Iterator[bytes], close: Callable[[], None]):
        self._chunks, self.close = chunks, close

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks


class SparqlFastPath:
    """WSGI middleware: answer plain SPARQL queries on ``/sparql``; pass everything else on."""

    def __init__(self, app: Flask, wsgi_app: WSGIApp):
        from graph.web import get_state

        self.flask, self.next = app, wsgi_app
        self.state = get_state(app)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != "/sparql":
            return self.next(environ, start_response)
        request = self._plain_query(environ)
        if request is None:
            return self.next(environ, start_response)
        text, params = request
        try:
            return self._answer(environ, start_response, text, params)
        except Exception as e:  # noqa: BLE001 - answered by the app's error handlers
            return self._error(environ, start_response, e)

    # -- which requests --------------------------------------------------------------------------
    def _plain_query(self, environ: dict[str, Any]) -> tuple[str, dict[str, list[str]]] | None:
        """Return (query text, parameters) of a request this path answers, else None."""
        method = environ.get("REQUEST_METHOD")
        params: dict[str, list[str]] = {}
        pairs = parse_query_string(environ.get("QUERY_STRING", ""))
        if pairs is None:
            return None  # Flask decodes it leniently
        for name, value in pairs:
            if name not in _KNOWN:
                if name in ("update", "using-graph-uri", "using-named-graph-uri"):
                    return None
                continue
            params.setdefault(name, []).append(value)
        if len(params.get("format", ())) > 1:
            return None
        if method == "GET":
            queries = params.pop("query", [])
            if len(queries) != 1:
                return None
            hook = self.flask.extensions.get(PAGE_HOOK)
            if hook is not None and not params.get("format", [""])[0] \
                    and wants_page(environ.get("HTTP_ACCEPT", "")):
                return None  # a browser: the query page
            return queries[0], params
        if method != "POST" or "query" in params:
            return None
        content_type, _, options = environ.get("CONTENT_TYPE", "").partition(";")
        if content_type.strip().lower() != QUERY_TYPE:
            return None
        charset = options.strip().lower()
        if charset and charset not in ("charset=utf-8", "charset=utf8", 'charset="utf-8"'):
            return None
        try:
            length = int(environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            return None
        limit = self.state.settings.max_request_bytes
        if length < 0 or (limit and length > limit):
            return None
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)  # whoever reads next gets the body whole
        if len(body) != length:
            return None
        try:
            return body.decode("utf-8"), params
        except UnicodeDecodeError:
            return None

    # -- the answer ------------------------------------------------------------------------------
    def _base_iri(self, environ: dict[str, Any]) -> str | None:
        host = environ.get("HTTP_HOST") or ""
        root = environ.get("SCRIPT_NAME", "")
        if not (_PLAIN_HOST.fullmatch(host) and _PLAIN_PATH.fullmatch(root)):
            return None
        return f"{environ.get('wsgi.url_scheme', 'http')}://{host}{root.rstrip('/')}/sparql"

    def _answer(self, environ: dict[str, Any], start_response: Callable[..., Any], text: str,
                params: dict[str, list[str]]) -> Iterable[bytes]:
        settings = self.state.settings
        base_iri = self._base_iri(environ)
        if base_iri is None:  # a host or root that werkzeug would normalise: let it
            return self.next(environ, start_response)
        result, fmt, first, chunks = start_answer(
            self.state.store, settings, text,
            default_graph_uris=clean_iris(params.get("default-graph-uri", ())),
            named_graph_uris=clean_iris(params.get("named-graph-uri", ())),
            accept=environ.get("HTTP_ACCEPT", ""), param=params.get("format", [None])[0], base_iri=base_iri)
        headers = [("Content-Type", fmt.content_type), ("X-Content-Type-Options", "nosniff")]
        if result.truncated:
            headers.append(("X-Result-Truncated", f"max_rows={settings.max_rows}"))
        vary = "Accept"
        for name, value in cors_headers(environ.get("HTTP_ORIGIN"), settings.cors_origins):
            if name == "Vary":
                vary += ", " + value
            else:
                headers.append((name, value))
        headers.append(("Vary", vary))
        if settings.max_rows:  # a capped answer is whole in its first chunk
            result.close()
            headers.append(("Content-Length", str(len(first))))
            start_response("200 OK", headers)
            return [first]
        start_response("200 OK", headers)
        return _Body(itertools.chain([first], chunks), result.close)

    def _error(self, environ: dict[str, Any], start_response: Callable[..., Any],
               error: Exception) -> Iterable[bytes]:
        """Answer ``error`` as the app would have: its error handlers and after-request hooks."""
        app = self.flask
        with app.request_context(environ):
            response = app.make_response(app.handle_user_exception(error))
            response = app.process_response(response)
        return response(environ, start_response)
