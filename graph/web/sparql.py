"""``/sparql``: the SPARQL 1.1 Protocol (query and update on one URL), service description, CORS.

- Query: GET ``?query=``, POST form (``query=``) or POST ``application/sparql-query``, with
  ``default-graph-uri`` / ``named-graph-uri``. Results are negotiated (Accept, or ``format=``),
  streamed from the engine's own serialisers, capped at ``max_rows`` and stopped at
  ``query_timeout``.
- Update: POST form (``update=``) or POST ``application/sparql-update``, with ``using-graph-uri`` /
  ``using-named-graph-uri``; needs the bearer token (:mod:`graph.web.auth`).
- GET without a query: the service description (Turtle and the other RDF syntaxes), or, for a
  browser, the query page.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from html import escape
from types import MappingProxyType

from flask import Blueprint, Response, current_app, request
from werkzeug.datastructures import MultiDict

from graph.settings import Settings
from graph.store import FORMATS, RDF_FORMATS, Format, QueryResult, Store
from graph.web.auth import require_write_token
from graph.web.errors import ApiError
from graph.web.negotiation import choose_format, parse_accept, prefers_html
from graph.web.service import RDFLIB_FORMATS, service_description

__all__ = ["sparql", "PAGE_HOOK", "cors_headers", "clean_iris", "negotiate", "prefetch_plan", "start_answer",
           "wants_page"]

sparql = Blueprint("sparql", __name__)

#: ``app.extensions[PAGE_HOOK]``: a callable returning the HTML query page (the UI sets it);
#: without it browsers get a minimal form.
PAGE_HOOK = "vnkg.sparql_page"

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
ALLOWED = "GET, HEAD, POST, OPTIONS"


def _state():  # noqa: ANN202 - avoids an import cycle with graph.web
    from graph.web import get_state

    return get_state()


# --------------------------------------------------------------------------- request parsing

# A host (lower-case name or IPv4, optional port without leading zero) and a path that werkzeug's
# base_url would give back unchanged: no percent escapes, no Punycode, nothing to normalise.
_PLAIN_HOST = re.compile(r"(?!.*xn--)[a-z0-9.-]+(:[1-9][0-9]{0,4})?")
_PLAIN_PATH = re.compile(r"[A-Za-z0-9._~/-]*")


def _base_iri() -> str:
    """Return the request's URL without its query (werkzeug's ``base_url``), cheaply when plain."""
    host, root, path = request.host, request.root_path, request.path
    if _PLAIN_HOST.fullmatch(host) and _PLAIN_PATH.fullmatch(root) and _PLAIN_PATH.fullmatch(path):
        return f"{request.scheme}://{host}{root.rstrip('/')}/{path.lstrip('/')}"
    return request.base_url


@functools.lru_cache(maxsize=512)
def negotiate(candidates: tuple[Format, ...], accept: str, param: str | None) -> Format | None:
    # Clients repeat the same few Accept headers: parse and rate each once (bounded cache).
    return choose_format(candidates, parse_accept(accept), param)


class _Kind:
    """Stands in for a result of one kind, to ask :meth:`QueryResult.formats` its candidates."""

    def __init__(self, kind: str):
        self.kind = kind


@functools.lru_cache(maxsize=512)
def prefetch_plan(accept: str, param: str | None,
                  max_rows: int | None) -> Mapping[str, tuple[str, int | None]]:
    # The format each kind of result will be answered in, so the store can serialise it at once.
    plan = {}
    for kind in ("bindings", "boolean", "graph"):
        fmt = negotiate(tuple(QueryResult.formats(_Kind(kind))), accept, param)  # type: ignore[arg-type]
        if fmt is not None:
            plan[kind] = (fmt.name, max_rows)
    return MappingProxyType(plan)  # shared by the cache: read-only


@functools.lru_cache(maxsize=512)
def wants_page(accept: str) -> bool:
    return prefers_html(parse_accept(accept), list(FORMATS.values()))


def _single(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ApiError(400, f"give exactly one '{name}' parameter (got {len(values)})")
    return values[0] if values else None


def _body_text() -> str:
    charset = (request.mimetype_params.get("charset") or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, f"the request body must be UTF-8 encoded (got charset={charset})")
    try:
        return request.get_data(cache=False).decode("utf-8")
    except UnicodeDecodeError as e:
        raise ApiError(400, f"the request body is not valid UTF-8: {e}") from None


def _parse() -> tuple[str | None, str | None, MultiDict[str, str]]:
    """Return (operation, text, parameters) of a protocol request; operation None: no operation."""
    if request.method in ("GET", "HEAD"):
        params = request.args
        if params.getlist("update"):
            raise ApiError(400, "SPARQL updates must be sent with POST (form-encoded or "
                                "application/sparql-update), not GET", {"Allow": "POST"})
        query = _single(params.getlist("query"), "query")
        return ("query", query, params) if query is not None else (None, None, params)
    mimetype = request.mimetype
    if mimetype == FORM:
        form = request.form
        queries, updates = form.getlist("query"), form.getlist("update")
        if queries and updates:
            raise ApiError(400, "a request is either a query or an update: give 'query' or 'update', "
                                "not both")
        params = MultiDict(itertools.chain(request.args.items(multi=True), form.items(multi=True)))
        if updates:
            return "update", _single(updates, "update"), params
        if queries:
            return "query", _single(queries, "query"), params
        raise ApiError(400, "the form has neither a 'query' nor an 'update' parameter")
    if mimetype == QUERY_TYPE:
        return "query", _body_text(), request.args
    if mimetype == UPDATE_TYPE:
        return "update", _body_text(), request.args
    if not mimetype:
        raise ApiError(415, f"a POST needs a Content-Type: {QUERY_TYPE}, {UPDATE_TYPE} or {FORM}")
    raise ApiError(415, f"unsupported Content-Type {mimetype}: use {QUERY_TYPE}, {UPDATE_TYPE} or {FORM}")


def _iris(params: MultiDict[str, str], name: str) -> list[str]:
    return clean_iris(params.getlist(name))


def clean_iris(values: Iterable[str]) -> list[str]:
    """Return the graph IRIs of a protocol parameter, blanks dropped."""
    return [v.strip() for v in values if v.strip()]


# --------------------------------------------------------------------------- operations


def start_answer(store: Store, settings: Settings, text: str, *, default_graph_uris: list[str],
                 named_graph_uris: list[str], accept: str, param: str | None,
                 base_iri: str) -> tuple[QueryResult, Format, bytes, Iterator[bytes]]:
    """Run a query and start its answer in the negotiated format: (result, format, first chunk, rest).

    Every error (syntax, time limit, evaluation, 406) is raised here, before a status is sent; the
    caller closes ``result`` once the body is sent. Shared by the view and :mod:`graph.web.fastpath`.
    """
    max_rows = settings.max_rows or None
    # Stores that can (Oxigraph) serialise at once in the format negotiated for each result kind.
    extra = ({"prefetch": prefetch_plan(accept, param, max_rows)}
             if getattr(store, "prefetch_streams", False) else {})
    result = store.query(
        text,
        default_graph_uris=default_graph_uris,
        named_graph_uris=named_graph_uris,
        timeout=settings.query_timeout,  # 0: no limit (None would mean the view limit)
        base_iri=base_iri,
        **extra,
    )
    try:
        candidates = result.formats()
        fmt = negotiate(tuple(candidates), accept, param)
        if fmt is None:
            offered = ", ".join(f.media_type for f in candidates)
            raise ApiError(406, f"cannot answer this {result.kind} result as {param or accept!r}; "
                                f"available: {offered}")
        chunks = result.stream(fmt.name, max_rows=max_rows)
        first = next(chunks, b"")  # errors (time limit, evaluation) surface here, before the status
    except BaseException:
        result.close()
        raise
    return result, fmt, first, chunks


def _query(text: str, params: MultiDict[str, str]) -> Response:
    state = _state()
    settings = state.settings
    result, fmt, first, chunks = start_answer(
        state.store, settings, text,
        default_graph_uris=_iris(params, "default-graph-uri"),
        named_graph_uris=_iris(params, "named-graph-uri"),
        accept=request.headers.get("Accept", ""), param=params.get("format"), base_iri=_base_iri())
    # A capped answer is complete in ``first``; an uncapped one streams on.
    body: Iterable[bytes] = itertools.chain([first], chunks)
    response = Response(body, content_type=fmt.content_type)
    if result.truncated:
        response.headers["X-Result-Truncated"] = f"max_rows={settings.max_rows}"
    response.vary.add("Accept")
    response.call_on_close(result.close)
    return response


def _update(text: str, params: MultiDict[str, str]) -> Response:
    state = _state()
    require_write_token(state.settings.update_token)
    state.store.update(
        text,
        using_graph_uris=_iris(params, "using-graph-uri"),
        using_named_graph_uris=_iris(params, "using-named-graph-uri"),
        base_iri=request.base_url,
    )
    return Response(status=204)


def _describe_service(params: MultiDict[str, str]) -> Response:
    state = _state()
    candidates = list(RDF_FORMATS.values())
    if not params.get("format") and prefers_html(request.accept_mimetypes, candidates):
        hook = current_app.extensions.get(PAGE_HOOK)
        return hook() if hook is not None else _minimal_page()
    fmt = choose_format(candidates, request.accept_mimetypes, params.get("format"))
    if fmt is None:
        offered = ", ".join(f.media_type for f in candidates)
        raise ApiError(406, f"the service description is available as {offered}")
    graph = service_description(
        request.base_url, state.store, writable=bool(state.settings.update_token),
        union_default_graph=state.store.union_default_graph,
        federated=bool(state.settings.service_allow_hosts))
    data = graph.serialize(format=RDFLIB_FORMATS[fmt.name], encoding="utf-8")
    response = Response(data, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response


def _minimal_page() -> Response:
    example = ("SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class }\n"
               "GROUP BY ?class ORDER BY DESC(?n) LIMIT 20")
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vnkg SPARQL endpoint</title></head>
<body>
<h1>SPARQL endpoint</h1>
<form method="get" action="{escape(request.base_url)}">
<p><textarea name="query" rows="12" cols="100">{escape(example)}</textarea></p>
<p><label>Results as <select name="format">
<option value="json">SPARQL JSON</option><option value="xml">SPARQL XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option>
<option value="turtle">Turtle (CONSTRUCT, DESCRIBE)</option><option value="jsonld">JSON-LD</option>
</select></label> <button type="submit">Run</button></p>
</form>
<p>Service description: <a href="?format=turtle">Turtle</a>.</p>
</body></html>
"""
    return Response(html, content_type="text/html; charset=utf-8")


# --------------------------------------------------------------------------- CORS and the route


def cors_headers(origin: str | None, allowed: tuple[str, ...]) -> list[tuple[str, str]]:
    """Return the CORS headers (and ``Vary: Origin`` when it matters) for a request from ``origin``."""
    if not origin or not allowed:
        return []
    if "*" in allowed:
        headers = [("Access-Control-Allow-Origin", "*")]
    elif origin in allowed:
        headers = [("Access-Control-Allow-Origin", origin), ("Vary", "Origin")]
    else:
        return []
    headers.append(("Access-Control-Expose-Headers", "X-Result-Truncated, Content-Type"))
    return headers


def _cors(response: Response) -> Response:
    for name, value in cors_headers(request.headers.get("Origin"), _state().settings.cors_origins):
        if name == "Vary":
            response.vary.add(value)
        else:
            response.headers[name] = value
    return response


@sparql.after_request
def _after(response: Response) -> Response:
    return _cors(response)


@sparql.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def endpoint() -> Response:
    """Answer a SPARQL 1.1 Protocol request."""
    if request.method == "OPTIONS":
        response = Response(status=204, headers={"Allow": ALLOWED})
        if request.headers.get("Access-Control-Request-Method"):
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            asked = request.headers.get("Access-Control-Request-Headers")
            response.headers["Access-Control-Allow-Headers"] = asked or "Accept, Content-Type, Authorization"
            response.headers["Access-Control-Max-Age"] = "86400"
        return response
    operation, text, params = _parse()
    if operation == "query":
        hook = current_app.extensions.get(PAGE_HOOK)
        if hook is not None and request.method == "GET" and not params.get("format") \
                and wants_page(request.headers.get("Accept", "")):
            return hook()  # a browser: the query page with this query's results rendered
        return _query(text or "", params)
    if operation == "update":
        return _update(text or "", params)
    return _describe_service(params)
