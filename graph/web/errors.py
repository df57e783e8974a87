"""Error responses a person can read: a status and a one-paragraph message, never a stack trace.

The body is plain text by default, JSON (``{"status", "error", "message"}``) for clients that
prefer ``application/json``, a small HTML page for browsers. Store errors map to statuses here, so
every blueprint answers them the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from html import escape

from flask import Flask, Response, json, request
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from graph.store import (
    DataSyntaxError,
    ProtocolConflict,
    QueryEvaluationError,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyStoreError,
    StoreError,
    StoreUnavailable,
    UnsupportedFormat,
)
from graph.web.negotiation import parse_accept

__all__ = ["error_response", "status_for", "register_error_handlers", "ApiError"]

log = logging.getLogger("vnkg.web")

#: Store errors and the HTTP status each one means.
STORE_STATUS: dict[type[StoreError], int] = {
    QuerySyntaxError: 400,
    DataSyntaxError: 400,
    ProtocolConflict: 400,
    QueryRefused: 403,
    ReadOnlyStoreError: 403,
    UnsupportedFormat: 415,
    QueryTimeout: 503,
    StoreUnavailable: 503,  # a remote store that is down or too slow
    QueryEvaluationError: 500,
}


class ApiError(Exception):
    """Raise from a view to answer ``status`` with ``message`` (and optional headers)."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, dict(headers or {})


def status_for(error: StoreError) -> int:
    """Return the HTTP status a store error maps to."""
    for cls in type(error).__mro__:
        if cls in STORE_STATUS:
            return STORE_STATUS[cls]  # type: ignore[index]
    return 500


def error_response(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    """Return an error response in the form the client prefers (text, JSON or HTML)."""
    title = HTTP_STATUS_CODES.get(status, "Error")
    accept = parse_accept(request.headers.get("Accept")) if request else parse_accept(None)
    best = accept.best_match(["text/plain", "application/json", "application/problem+json", "text/html"]) \
        if accept else "text/plain"
    if best in ("application/json", "application/problem+json"):
        body = json.dumps({"status": status, "error": title, "message": message})
        mimetype = "application/json"
    elif best == "text/html" and accept.quality("text/html") > accept.quality("text/plain"):
        body = (f"<!doctype html><html><head><meta charset=utf-8><title>{status} {escape(title)}</title>"
                f"</head><body><h1>{status} {escape(title)}</h1><p>{escape(message)}</p></body></html>\n")
        mimetype = "text/html"
    else:
        body = f"{status} {title}: {message}\n"
        mimetype = "text/plain"
    response = Response(body, status=status, mimetype=mimetype)
    for k, v in (headers or {}).items():
        response.headers[k] = v
    return response


def register_error_handlers(app: Flask) -> None:
    """Answer every error readably: HTTP errors, store errors, and anything unexpected (as 500)."""

    @app.before_request
    def _utf8_query_string() -> None:
        # Werkzeug decodes the query string strictly when a view first reads it: unescaped bytes
        # that are not UTF-8 would surface as an unexpected error (500) instead of the client's.
        try:
            request.query_string.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ApiError(400, f"the query string is not UTF-8 (byte {e.start + 1}); send it "
                                "percent-encoded from UTF-8") from None

    @app.errorhandler(ApiError)
    def _api_error(e: ApiError) -> Response:
        return error_response(e.status, e.message, e.headers)

    @app.errorhandler(StoreError)
    def _store_error(e: StoreError) -> Response:
        status = status_for(e)
        if status >= 500 and not isinstance(e, QueryTimeout):
            log.error("store error on %s %s: %s", request.method, request.path, e)
        return error_response(status, str(e))

    @app.errorhandler(HTTPException)
    def _http_error(e: HTTPException) -> Response:
        status = e.code or 500
        message = e.description or HTTP_STATUS_CODES.get(status, "error")
        if status == 413:
            limit = app.config.get("MAX_CONTENT_LENGTH")
            message = f"the request body is larger than the {limit} bytes this server accepts" if limit \
                else message
        headers = {}
        if status == 405 and getattr(e, "valid_methods", None):
            headers["Allow"] = ", ".join(e.valid_methods)  # type: ignore[attr-defined]
        response = error_response(status, message, headers)
        if e.response is not None:  # e.g. WWW-Authenticate set by the raiser
            for k, v in e.response.headers.items():
                if k.lower() not in ("content-type", "content-length"):
                    response.headers[k] = v
        return response

    @app.errorhandler(Exception)
    def _unexpected(e: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.path)
        return error_response(500, "internal server error: the server log has the details")
