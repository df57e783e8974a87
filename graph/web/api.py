"""The REST API under ``/api/`` (JSON), and Linked Data dereferencing of entity IRIs under ``/id/``.

Every parameter is validated (bad ones give 400) and bound into SPARQL as an escaped RDF term, never
pasted raw. Errors are JSON ``{"error": "..."}``: 404 for an unknown entity, 400 for a bad parameter.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, redirect, request, url_for
from werkzeug.exceptions import HTTPException, NotFound

from graph import network
from graph.lookup import DEFAULT_LIMIT, LISTS, describe
from graph.lookup import MAX_LIMIT as LIST_MAX
from graph.network import (
    OA,
    VNKG,
    WARM_WAIT,
    GraphError,
    GraphView,
    NodeNotFound,
    Projection,
    WarmingUp,
    id_to_iri,
    iri_to_id,
    select,
    sparql_iri,
)
from graph.search import normalise, search_index
from graph.store import FORMATS as STORE_FORMATS
from graph.store import StoreError
from graph.web.errors import status_for
from graph.web.negotiation import choose_format, prefers_html

__all__ = ["api", "linked_data", "describe", "statistics", "graph_view_of", "projection_of", "store_of",
           "base_of", "RETRY_AFTER"]

api = Blueprint("api", __name__, url_prefix="/api")
linked_data = Blueprint("linked_data", __name__)

MAX_LIMIT = 1000
MAX_DEPTH = 6
NEIGHBOURS = 200  # nodes a neighbourhood answer holds unless ``limit`` says otherwise
STATISTICS_PAGE = 500  # figures per JSON page of /api/statistics
RETRY_AFTER = 5  # seconds a client is asked to wait while the graph view is being built
DIRECTIONS = {"increase": VNKG + "Increase", "decrease": VNKG + "Decrease"}
STAT_COLUMNS = ("value", "unit", "qualifier", "direction", "compared_to", "period", "period_start",
                "period_end", "about", "about_label", "measure", "source", "sentence")


# --------------------------------------------------------------------------- app context


def _state() -> Any:
    from graph.web import get_state  # here, not at the top: graph.web imports this module

    return get_state()


def store_of() -> Any:
    """Return the store the app serves."""
    return _state().store


def base_of() -> str:
    """Return the entity IRI base the app is configured with."""
    return str(_state().settings.base_iri)


def graph_view_of() -> GraphView:
    """Return the cached graph view of the app's store."""
    return network.graph_view(store_of(), base_of())


def projection_of() -> Projection:
    """Return the graph view's projection; WarmingUp while the server is still building it."""
    return graph_view_of().get(wait=WARM_WAIT)


# --------------------------------------------------------------------------- errors and parameters


class BadRequest(GraphError):
    """A bad query parameter."""


def json_response(body: Any, status: int = 200) -> Response:
    """Return a JSON response written as UTF-8 text (Vietnamese stays readable, not \\u escapes)."""
    return Response(json.dumps(body, ensure_ascii=False), status=status, mimetype="application/json")


def _error(status: int, message: str) -> Response:
    return json_response({"error": message}, status)


def _handle(exc: Exception) -> Response:
    if isinstance(exc, WarmingUp):
        response = _error(503, str(exc))
        response.headers["Retry-After"] = str(RETRY_AFTER)
        return response
    if isinstance(exc, NodeNotFound):
        return _error(404, str(exc))
    if isinstance(exc, GraphError):
        return _error(400, str(exc))
    if isinstance(exc, StoreError):
        return _error(status_for(exc), str(exc))
    if isinstance(exc, HTTPException):
        return _error(exc.code or 500, exc.description or exc.name)
    raise exc


for _bp in (api, linked_data):
    _bp.register_error_handler(GraphError, _handle)
    _bp.register_error_handler(NodeNotFound, _handle)
    _bp.register_error_handler(HTTPException, _handle)
    _bp.register_error_handler(StoreError, _handle)
    _bp.register_error_handler(WarmingUp, _handle)


def int_arg(name: str, default: int, low: int = 0, high: int | None = None) -> int:
    """Return an integer query parameter, or raise BadRequest."""
    raw = request.args.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise BadRequest(f"{name} must be an integer, not {raw!r}") from None
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise BadRequest(f"{name} must be {bounds}")
    return value


def bool_arg(name: str, default: bool = False) -> bool:
    """Return a boolean query parameter (true/false/1/0/yes/no), or raise BadRequest."""
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise BadRequest(f"{name} must be true or false, not {raw!r}")


def entity_iri(entity_id: str, base: str | None = None) -> str:
    """Return the IRI of an id, or raise NodeNotFound for a malformed one."""
    try:
        return id_to_iri(entity_id, base or base_of())
    except ValueError:
        raise NodeNotFound(entity_id) from None


def node_id_arg(name: str) -> str:
    """Return a required entity-id parameter."""
    value = request.args.get(name, "").strip()
    if not value:
        raise BadRequest(f"parameter {name!r} is required")
    return value


# --------------------------------------------------------------------------- search


def _entity_summary(graph: Any, nid: str) -> dict[str, Any]:
    data = graph.nodes[nid]
    out = {"id": nid, "iri": data["iri"], "label": data["label"], "type": data["type"],
           "types": data["types"]}
    if data.get("label_en"):
        out["label_en"] = data["label_en"]
    if data.get("aliases"):
        out["aliases"] = data["aliases"]
    return out


@api.get("/entities")
def entities() -> Response:
    """Search entities by label and alias (accent-, case- and tone-insensitive), best first."""
    q = request.args.get("q", "")
    types = request.args.get("type") or None
    limit = int_arg("limit", 20, 1, MAX_LIMIT)
    offset = int_arg("offset", 0, 0)
    projection = projection_of()
    hits = search_index(projection).search(q, types)
    results = []
    for hit in hits[offset : offset + limit]:
        item = _entity_summary(projection.graph, hit.id)
        if q.strip():
            item.update(match=hit.match, matched=hit.form, score=hit.score)
        results.append(item)
    return json_response({"results": results, "total": len(hits), "limit": limit, "offset": offset})


@api.get("/autocomplete")
def autocomplete() -> Response:
    """Complete a search-box prefix: entities whose label, alias or a word of one starts with it."""
    q = request.args.get("q", "")
    limit = int_arg("limit", 10, 1, 100)
    types = request.args.get("type") or None
    projection = projection_of()
    hits = search_index(projection).autocomplete(q, limit, types)
    graph = projection.graph
    return json_response({"results": [
        {"id": h.id, "label": graph.nodes[h.id]["label"], "type": graph.nodes[h.id]["type"],
         "matched": h.form, "match": h.match}
        for h in hits
    ]})


# --------------------------------------------------------------------------- entity description


def entity_page_args() -> dict[str, Any]:
    """Return the paging of an entity request: ``page`` (from 1), ``limit``, and ``list`` (one list only)."""
    only = (request.args.get("list") or "").strip() or None
    if only is not None and only not in LISTS:
        raise BadRequest(f"list must be one of {', '.join(LISTS)}, not {only!r}")
    return {"page": int_arg("page", 1, 1), "limit": int_arg("limit", DEFAULT_LIMIT, 1, LIST_MAX),
            "only": only}


def page_links(found: dict[str, Any], url: Any) -> dict[str, dict[str, str]]:
    """Return, per list, the URLs of its next and previous pages (``url(list, page)`` builds one)."""
    links: dict[str, dict[str, str]] = {}
    page, limit = found["page"], found["limit"]
    for name, total in found["counts"].items():
        item = {}
        if page * limit < total:
            item["next"] = url(name, page + 1)
        if page > 1:
            item["previous"] = url(name, page - 1)
        if item:
            links[name] = item
    return links


@api.get("/entities/<entity_id>")
def entity(entity_id: str) -> Response:
    """Return one entity: labels, types, counts, and a page of each list (facts with their evidence).

    ``page``/``limit`` page every list; ``list`` answers one list only; ``links`` gives each list's
    next page. ``incomplete`` names the lists the time limit cut short.
    """
    base = base_of()
    iri = entity_iri(entity_id, base)
    args = entity_page_args()
    view = graph_view_of()
    found = describe(view.store, iri, base, view.peek(), **args)
    if found is None:
        raise NodeNotFound(entity_id)
    found["links"] = page_links(found, lambda name, page: url_for(
        "api.entity", entity_id=entity_id, list=name, page=page, limit=found["limit"]))
    return json_response(found)


# --------------------------------------------------------------------------- statistics


def statistics(store: Any, base: str, unit: str | None = None, measure: str | None = None,
               direction: str | None = None, period: str | None = None, about: str | None = None, *,
               projection: Projection, offset: int = 0, limit: int | None = None
               ) -> tuple[int, list[dict[str, Any]]]:
    """Return (how many match, the asked slice of) the statistics, filtered; each with its sentence.

    The observations come with the graph view (read once per store generation); the sentences
    are read for the slice only.
    """
    if direction and direction not in DIRECTIONS:
        raise BadRequest(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    if about:
        try:
            id_to_iri(about, base)
        except ValueError:
            raise BadRequest(f"about must be an entity id, not {about!r}") from None
    unit_key = normalise(unit) if unit else None
    measure_key = normalise(measure) if measure else None
    period_key = normalise(period) if period else None
    out = []
    for s in projection.observations:
        if direction and s["direction"] != direction:
            continue
        if about and s["about"] != about:
            continue
        if unit_key and unit_key not in {normalise(s["unit"] or ""), normalise(s["unit_key"] or "")}:
            continue
        if measure_key and measure_key not in normalise(s["measure"] or ""):
            continue
        if period_key and not _period_matches(s["period"], period, period_key):
            continue
        out.append(s)
    chosen = out[offset : None if limit is None else offset + limit]
    sentences = _observation_sentences(store, [s["iri"] for s in chosen])
    results = []
    for s in chosen:
        results.append({
            "id": s["id"], "value": s["value"], "unit": s["unit"], "qualifier": s["qualifier"],
            "direction": s["direction"], "compared_to": s["compared_to"], "period": s["period"],
            "about": s["about"], "about_label": s["about_label"], "measure": s["measure"],
            "source": s["source"], "sentence": sentences.get(s["iri"]),
        })
    return len(out), results


def _period_matches(period: dict[str, Any] | None, raw: str, key: str) -> bool:
    if not period:
        return False
    if key in normalise(period.get("label") or ""):
        return True
    # an ISO date or its prefix (2025, 2025-06) falling inside the period
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", raw.strip()):
        start, end = period.get("start") or "", period.get("end") or ""
        value = raw.strip()
        return bool(start or end) and (start[: len(value)] <= value <= end[: len(value)] if start and end
                                       else (start or end).startswith(value))
    return False


def _observation_sentences(store: Any, iris: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in network._chunks(iris):
        values = " ".join(sparql_iri(i) for i in chunk)
        for row in select(store, f"""SELECT ?b ?sentence WHERE {{ VALUES ?b {{ {values} }}
                GRAPH ?g {{ ?a <{OA}hasBody> ?b ; <{VNKG}sentence> ?sentence }} }}"""):
            found.setdefault(str(row["b"]), str(row["sentence"]))
    return found


@api.get("/statistics")
def statistics_route() -> Response:
    """List the statistics, filtered by unit, measure, direction, period or unit described; JSON or CSV.

    JSON is paged (``limit``, ``offset``; ``total`` counts every match); CSV holds every match.
    """
    fmt = request.args.get("format", "json").lower()
    if fmt not in ("json", "csv"):
        raise BadRequest(f"format must be json or csv, not {fmt!r}")
    limit = int_arg("limit", STATISTICS_PAGE, 1, MAX_LIMIT) if fmt == "json" else None
    offset = int_arg("offset", 0, 0) if fmt == "json" else 0
    total, results = statistics(
        store_of(), base_of(),
        unit=request.args.get("unit") or None, measure=request.args.get("measure") or None,
        direction=(request.args.get("direction") or "").strip().lower() or None,
        period=request.args.get("period") or None, about=request.args.get("about") or None,
        projection=projection_of(), offset=offset, limit=limit,
    )
    if fmt == "json":
        body: dict[str, Any] = {"results": results, "total": total, "limit": limit, "offset": offset}
        if offset + len(results) < total:
            args = {**request.args.to_dict(), "offset": offset + len(results)}
            body["next"] = url_for("api.statistics_route", **args)
        return json_response(body)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(STAT_COLUMNS)
    for s in results:
        period = s["period"] or {}
        row = {**s, "period": period.get("label"), "period_start": period.get("start"),
               "period_end": period.get("end")}
        writer.writerow(["" if row.get(c) is None else row[c] for c in STAT_COLUMNS])
    response = Response(buffer.getvalue().encode("utf-8"), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = 'attachment; filename="vnkg-statistics.csv"'
    return response


# --------------------------------------------------------------------------- graph queries


@api.get("/graph/neighbors/<entity_id>")
def graph_neighbors(entity_id: str) -> Response:
    """Return the entities within ``depth`` links of one entity, and the links between them."""
    depth = int_arg("depth", 1, 0, MAX_DEPTH)
    limit = int_arg("limit", NEIGHBOURS, 1, MAX_LIMIT)
    projection = projection_of()
    sub = network.neighbors(projection, entity_id, depth, limit)
    total = sub.graph["total"]
    body = network.to_json(sub)
    for node in body["nodes"]:
        node.pop("statistics", None)  # a hub's figures are thousands: they have their own list
    return json_response({"center": entity_id, "depth": depth, "total": total, "truncated": total > limit,
                          **body})


@api.get("/graph/path")
def graph_path() -> Response:
    """Return one shortest path between two entities (undirected unless ``directed=true``)."""
    source, target = node_id_arg("from"), node_id_arg("to")
    directed = bool_arg("directed")
    projection = projection_of()
    try:
        sub = network.shortest_path(projection, source, target, directed=directed)
    except GraphError as exc:
        if str(exc).startswith("no path"):
            return _error(404, str(exc))
        raise
    path = sub.graph["path"]
    body = network.to_json(sub)
    body["nodes"] = [network.node_json(sub, n) for n in path]  # in path order
    return json_response({"path": path, "length": len(path) - 1, "directed": directed, **body})


@api.get("/graph/centrality")
def graph_centrality() -> Response:
    """Rank entities by degree, PageRank or betweenness centrality."""
    measure = request.args.get("measure", "degree")
    limit = int_arg("limit", 10, 1, MAX_LIMIT)
    results = network.centrality(projection_of(), measure, request.args.get("type") or None, limit)
    return json_response({"measure": measure, "results": results})


@api.get("/graph/components")
def graph_components() -> Response:
    """Return the connected components, largest first."""
    limit = int_arg("limit", 100, 1, MAX_LIMIT)
    comps = network.components(projection_of())
    return json_response({"results": comps[:limit], "total": len(comps)})


@api.get("/graph/summary")
def graph_summary() -> Response:
    """Return node and edge counts by type and by relation."""
    return json_response(network.summary(projection_of()))


# --------------------------------------------------------------------------- Linked Data

DOC_FORMATS = {"ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples"}  # extension -> store format
DOC_EXTENSIONS = (*DOC_FORMATS, "html")


def _serves_ids(base: str) -> bool:
    """Return whether entity IRIs live on this server: the base is its own ``/id/``."""
    parts = urlsplit(base)
    return parts.netloc.lower() == request.host.lower() and parts.path == request.script_root + "/id/"


def _negotiate() -> str:
    """Return the document extension the client prefers: html for browsers, else an RDF format."""
    candidates = [STORE_FORMATS[name] for name in DOC_FORMATS.values()]
    accept = request.headers.get("Accept")
    if prefers_html(accept, candidates):
        return "html"
    chosen = choose_format(candidates, accept) or candidates[0]
    return next(ext for ext, name in DOC_FORMATS.items() if name == chosen.name)


def _iri_for_rest(rest: str) -> str:
    base = base_of()
    if not _serves_ids(base):
        raise NotFound(f"entity IRIs do not live on this server: their base is {base}")
    return base + rest


@linked_data.get("/id/<path:rest>")
def dereference(rest: str) -> Response:
    """Dereference an entity IRI: 303 See Other to its HTML page or RDF document, by content negotiation."""
    iri = _iri_for_rest(rest)
    if not _exists(store_of(), iri):
        raise NodeNotFound(iri_to_id(iri, base_of()))
    ext = _negotiate()
    if ext == "html" and "pages.entity" in current_app.view_functions:
        # A browser gets the entity's page; RDF clients get a document.
        target = url_for("pages.entity", entity_id=iri_to_id(iri, base_of()))
    else:
        target = url_for("linked_data.document", rest=rest, ext=ext)
    response = redirect(target, code=303)
    response.headers["Vary"] = "Accept"
    return response


@linked_data.get("/doc/<path:rest>.<ext>")
def document(rest: str, ext: str) -> Response:
    """Return the document describing an entity: Turtle, JSON-LD, N-Triples or a minimal HTML page."""
    if ext not in DOC_EXTENSIONS:
        # the path converter stops at the first dot: 'report/a.b.ttl' arrives as ('report/a', 'b.ttl')
        rest, _, ext = f"{rest}.{ext}".rpartition(".")
    if ext not in DOC_EXTENSIONS:
        raise BadRequest(f"unknown document extension {ext!r}; one of {', '.join(DOC_EXTENSIONS)}")
    iri = _iri_for_rest(rest)
    store = store_of()
    if ext == "html":
        base = base_of()
        found = describe(store, iri, base, graph_view_of().peek())
        if found is None:
            raise NodeNotFound(iri_to_id(iri, base))
        return Response(_html_page(found), mimetype="text/html")
    fmt = DOC_FORMATS[ext]
    data = _entity_rdf(store, iri, fmt)
    if data is None:
        raise NodeNotFound(iri_to_id(iri, base_of()))
    return Response(data, content_type=STORE_FORMATS[fmt].content_type)


def _exists(store: Any, iri: str) -> bool:
    term = sparql_iri(iri)
    return any(True for _ in select(store, f"SELECT ?p WHERE {{ GRAPH ?g {{ {term} ?p ?o }} }} LIMIT 1"))


def _entity_rdf(store: Any, iri: str, fmt: str) -> bytes | None:
    """Return the statements about an IRI (it as subject, in any graph) in an RDF format."""
    term = sparql_iri(iri)
    if not _exists(store, iri):
        return None
    with store.query(f"CONSTRUCT {{ {term} ?p ?o }} WHERE {{ GRAPH ?g {{ {term} ?p ?o }} }}") as result:
        return result.serialize(fmt)


def _html_page(entity: dict[str, Any]) -> str:
    from html import escape

    def row(item: dict[str, Any], key: str) -> str:
        other = item[key]
        label = escape(str(other["label"]))
        # Only web IRIs become links: an IRI is any scheme, and a javascript: one would run on click.
        if urlsplit(other["iri"]).scheme.lower() not in ("http", "https"):
            return f"<li>{escape(item['relation'])} {label} <code>{escape(other['iri'])}</code></li>"
        return f"<li>{escape(item['relation'])} <a href=\"{escape(other['iri'])}\">{label}</a></li>"

    props = "".join(f"<li>{escape(p['property'])}: {escape(str(p['value']))}</li>"
                    for p in entity["properties"])
    out = "".join(row(i, "object") for i in entity["outgoing"])
    inc = "".join(row(i, "subject") for i in entity["incoming"])
    title = escape(entity["label"])
    return (
        f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<h1>{title}</h1><p><code>{escape(entity['iri'])}</code></p>"
        f"<p>{escape(', '.join(entity['types']))}</p><h2>Properties</h2><ul>{props}</ul>"
        f"<h2>Links</h2><ul>{out}</ul><h2>Linked from</h2><ul>{inc}</ul></body></html>"
    )

