"""``/store``: the SPARQL 1.1 Graph Store HTTP Protocol.

Graphs are named by ``?graph=IRI`` (indirect), ``?default`` (the store's default graph), or by a
URL under ``/store/`` whose own URL is the graph IRI (direct). GET and HEAD read (404 for a
missing named graph; ``GET /store`` alone returns the whole dataset as TriG or N-Quads), PUT
replaces, POST adds (multipart/form-data: every part; ``POST /store`` alone creates a new graph
and answers 201 with its Location), DELETE removes. Writes need the bearer token; PUT and POST
answer 201 when they create the graph, 204 otherwise.
"""

from __future__ import annotations

import re
import uuid
from urllib.parse import urljoin

from flask import Blueprint, Response, request

from graph.store import DEFAULT_GRAPH, RDF_FORMATS, GraphName, format_for_media_type, format_for_path
from graph.web.auth import require_write_token
from graph.web.errors import ApiError
from graph.web.negotiation import choose_format

__all__ = ["gsp"]

gsp = Blueprint("gsp", __name__)

METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE"]
_DATASET_FORMATS = [f for f in RDF_FORMATS.values() if f.datasets]
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')  # characters no IRI holds


def _state():  # noqa: ANN202 - avoids an import cycle with graph.web
    from graph.web import get_state

    return get_state()


def _target(direct: bool) -> GraphName | None:
    """Return the graph a request names: an IRI, DEFAULT_GRAPH, or None (the store itself)."""
    args = request.args
    graphs = args.getlist("graph")
    has_default = "default" in args
    if direct:
        if graphs or has_default:
            raise ApiError(400, "a graph URL under /store/ names its graph itself: drop ?graph and ?default")
        return request.base_url
    if graphs and has_default:
        raise ApiError(400, "give either ?default or ?graph=IRI, not both")
    if len(graphs) > 1:
        raise ApiError(400, "give exactly one ?graph=IRI")
    if has_default:
        return DEFAULT_GRAPH
    if graphs:
        iri = graphs[0].strip()
        if not iri:
            raise ApiError(400, "?graph= needs an IRI")
        if _NOT_IRI.search(iri):
            # urljoin would drop control characters: '?graph=%00' must not name the endpoint's own URL
            raise ApiError(400, f"?graph= is not an IRI: {iri!r}")
        return urljoin(request.base_url, iri)  # a relative IRI is relative to the request
    return None


def _name(graph: GraphName) -> str:
    return "the default graph" if graph is DEFAULT_GRAPH else f"graph <{graph}>"


def _parts() -> list[tuple[bytes, str]]:
    """Return the request body as (RDF bytes, format name) parts; multipart gives one per file."""
    mimetype = request.mimetype
    if mimetype == "multipart/form-data":
        parts = []
        for field in request.files.values():
            fmt = format_for_media_type(field.mimetype) if field.mimetype else None
            if fmt is None and field.filename:
                fmt = format_for_path(field.filename)
            if fmt is None:
                raise ApiError(415, f"part {field.name!r}: unsupported or missing RDF media type "
                                    f"{field.mimetype or '(none)'}")
            parts.append((field.read(), fmt.name))
        if not parts:
            raise ApiError(400, "the multipart body has no file parts")
        return parts
    data = request.get_data(cache=False)
    if not mimetype:
        if data.strip():
            raise ApiError(415, "the body needs a Content-Type naming its RDF syntax (e.g. text/turtle)")
        return []
    fmt = format_for_media_type(mimetype)
    if fmt is None:
        offered = ", ".join(f.media_type for f in RDF_FORMATS.values())
        raise ApiError(415, f"unsupported Content-Type {mimetype}: send RDF as one of {offered}")
    charset = (request.mimetype_params.get("charset") or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, f"RDF bodies must be UTF-8 encoded (got charset={charset})")
    return [(data, fmt.name)]


def _read(target: GraphName | None) -> Response:
    store = _state().store
    if target is None:
        candidates = _DATASET_FORMATS
    else:
        candidates = list(RDF_FORMATS.values())
        if target is not DEFAULT_GRAPH and not store.has_graph(target):
            raise ApiError(404, f"there is no {_name(target)} in this store")
    fmt = choose_format(candidates, request.accept_mimetypes, request.args.get("format"))
    if fmt is None:
        offered = ", ".join(f.media_type for f in candidates)
        raise ApiError(406, f"this can be served as {offered}")
    data = store.dump(fmt.name, target)
    response = Response(data, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response


def _write(target: GraphName | None, replace: bool) -> Response:
    state = _state()
    require_write_token(state.settings.update_token)
    store = state.store
    location = None
    if target is None:
        if replace:
            raise ApiError(400, "PUT needs a graph: ?graph=IRI, ?default, or a graph URL under /store/")
        target = location = f"{request.base_url.rstrip('/')}/{uuid.uuid4().hex}"
    parts = _parts()
    base = target if isinstance(target, str) else request.base_url
    existed = store.has_graph(target)
    if replace:
        store.replace_graph(target, parts, base_iri=base)
    else:
        store.add_to_graph(target, parts, base_iri=base)
    if location is not None:
        return Response(status=201, headers={"Location": location})
    return Response(status=204 if existed else 201)


def _delete(target: GraphName | None) -> Response:
    state = _state()
    require_write_token(state.settings.update_token)
    if target is None:
        raise ApiError(400, "DELETE needs a graph: ?graph=IRI, ?default, or a graph URL under /store/")
    if not state.store.drop_graph(target):
        raise ApiError(404, f"there is no {_name(target)} in this store")
    return Response(status=204)


def _handle(direct: bool) -> Response:
    target = _target(direct)
    if request.method in ("GET", "HEAD"):
        return _read(target)
    if request.method == "PUT":
        return _write(target, replace=True)
    if request.method == "POST":
        return _write(target, replace=False)
    return _delete(target)


@gsp.route("/store", methods=METHODS)
def indirect() -> Response:
    """Graph Store Protocol on ``/store`` (``?graph=``, ``?default``, or the whole store)."""
    return _handle(direct=False)


@gsp.route("/store/<path:rest>", methods=METHODS)
def direct(rest: str) -> Response:
    """Graph Store Protocol on a graph URL (direct graph identification)."""
    return _handle(direct=True)
