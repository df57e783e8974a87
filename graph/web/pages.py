"""The web pages: search, entity, graph, statistics, report and the SPARQL query page.

Every page reads the same core functions the REST API serves (:mod:`graph.search`, :mod:`graph.network`,
:func:`graph.web.api.describe`, :func:`graph.web.api.statistics`), so a page and its API answer agree.
Every page has a JSON twin: the same URL with ``.json`` (``/search.json?q=``, ``/entity/<id>.json``,
``/index.json`` for ``/``) or any page asked for with ``Accept: application/json``; the twin is the data
the page renders. Templates are autoescaped and the scripts only ever set ``textContent``, so a label or
query holding ``<script>`` shows as text.

Front-end libraries are never fetched from a CDN: vis-network comes from the installed ``pyvis``
package and is served under ``/vendor/``.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from flask import Blueprint, Response, abort, jsonify, redirect, render_template, request, url_for
from rdflib import BNode, Literal, URIRef

import graph
from graph import network
from graph.export import FORMATS as EXPORT_FORMATS
from graph.network import (
    OA,
    SCHEMA,
    GraphError,
    Projection,
    WarmingUp,
    curie,
    id_to_iri,
    iri_to_id,
    local_name,
    python_value,
    select,
    sparql_iri,
)
from graph.queries import examples as example_queries
from graph.search import normalise, search_index
from graph.store import StoreError
from graph.web.api import (
    MAX_DEPTH,
    RETRY_AFTER,
    base_of,
    describe,
    entity_page_args,
    graph_view_of,
    page_links,
    projection_of,
    statistics,
    store_of,
)
from graph.web.errors import status_for
from graph.web.sparql import PAGE_HOOK

__all__ = ["pages", "TYPES", "sparql_page", "mark_spans", "report_segments", "wants_json", "reports",
           "report_text", "graph_data", "Annotation", "report_annotations"]

pages = Blueprint("pages", __name__)

#: Node types: the colour they are drawn in and their name in the legend (one source for CSS and JS).
TYPES: dict[str, tuple[str, str]] = {
    "person": ("#d9480f", "Person"),
    "org": ("#1971c2", "Organisation"),
    "post": ("#7048e8", "Post"),
    "event": ("#2f9e44", "Event"),
    "task": ("#e67700", "Task"),
    "place": ("#0c8599", "Place"),
    "observation": ("#c2255c", "Statistic"),
    "other": ("#868e96", "Other"),
}

#: Relation names a reader understands, and their inverse for links that point at the entity.
RELATIONS: dict[str, tuple[str, str]] = {
    "org:holds": ("holds post", "held by"),
    "org:postIn": ("post in", "has post"),
    "org:role": ("role", "role of"),
    "org:memberOf": ("member of", "has member"),
    "org:member": ("member", "membership"),
    "org:organization": ("organisation", "membership"),
    "org:subOrganizationOf": ("part of", "has unit"),
    "org:hasSubOrganization": ("has unit", "part of"),
    "org:classification": ("kind of unit", "kind of"),
    "org:purpose": ("task", "task of"),
    "org:memberDuring": ("during", "period of"),
    "vnkg:acquiredPurpose": ("took over task", "taken over by"),
    "vnkg:rank": ("rank", "rank of"),
    "vnkg:participant": ("participant", "took part in"),
    "vnkg:roleName": ("role", "role of"),
    "vnkg:measure": ("measure", "measure of"),
    "schema:location": ("location", "location of"),
    "schema:organizer": ("organiser", "organised"),
    "schema:attendee": ("attendee", "attended"),
    "schema:agent": ("done by", "did"),
    "schema:recipient": ("recipient", "received"),
    "schema:superEvent": ("part of event", "includes event"),
    "schema:subEvent": ("includes event", "part of event"),
    "schema:startDate": ("date", "date of"),
    "schema:about": ("about", "figure about it"),
    "schema:publisher": ("publisher", "published"),
    "schema:additionalType": ("kind", "kind of"),
    "prov:wasDerivedFrom": ("from report", "source of"),
}
LABEL_PROPERTIES = {"rdfs:label", "skos:prefLabel", "skos:altLabel", "schema:name", "schema:text"}
SEARCH_PAGE_SIZE = 50
HOME_REPORTS = 100  # the newest reports listed on the home page
STATISTICS_ROWS = 200  # figures per page of the statistics page
MAX_DRAWN = 400  # nodes the graph page draws at most: beyond, the best connected
SPARQL_DISPLAY_ROWS = 1000
VIS_FILES = {"vis-network.min.js": "application/javascript", "vis-network.css": "text/css"}
VIS_DIRECTORY = ("lib", "vis-9.1.2")


# --------------------------------------------------------------------------- helpers


def wants_json(suffix: bool = False) -> bool:
    """Return whether to answer with the JSON twin: a ``.json`` URL or an Accept preferring JSON."""
    if suffix:
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and request.accept_mimetypes.quality("application/json") > \
        request.accept_mimetypes.quality("text/html")


def _page(template: str, data: dict[str, Any], as_json: bool, status: int = 200, **extra: Any) -> Response:
    """Return the page, or its JSON twin (``data``); ``extra`` is for the template only."""
    if as_json:
        response = jsonify(data)
        response.status_code = status
    else:
        response = Response(render_template(template, **data, **extra), status=status,
                            mimetype="text/html")
    response.vary.add("Accept")
    return response


def _projection() -> Projection:
    return projection_of()


def _type_of(projection: Projection | None, entity_id: str) -> str:
    if projection is not None and entity_id in projection.graph:
        return projection.graph.nodes[entity_id]["type"]
    if entity_id.startswith("observation."):
        return "observation"
    if entity_id.startswith("post.") or entity_id.startswith("membership."):
        return "post"
    return "other"


def _humanise(name: str) -> str:
    # acquiredPurpose -> acquired purpose
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower()


def relation_name(relation: str, inverse: bool = False) -> str:
    """Return a readable name of a relation (a CURIE), or of its inverse."""
    known = RELATIONS.get(relation)
    if known:
        return known[1 if inverse else 0]
    plain = _humanise(local_name(relation))
    return f"{plain} of" if inverse else plain


def _date(value: Any) -> str:
    text = str(value or "")
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else text


@pages.app_template_filter("number")
def number_filter(value: Any) -> str:
    """Format a number for display: thousands separated, at most two decimals."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


JSON_TWINS = {"pages.index": "pages.index_json", "pages.search": "pages.search_json",
              "pages.graph_page": "pages.graph_json", "pages.statistics_page": "pages.statistics_json"}


def json_twin_url() -> str | None:
    """Return the URL of the current page's JSON twin (None outside the pages)."""
    endpoint = request.endpoint or ""
    if endpoint in JSON_TWINS:
        return url_for(JSON_TWINS[endpoint], **request.args.to_dict(flat=False))
    if endpoint in ("pages.entity", "pages.report"):
        query = request.query_string.decode("latin-1")
        return request.path + ".json" + (f"?{query}" if query else "")
    return None


@pages.app_context_processor
def _globals() -> dict[str, Any]:
    return {"TYPES": TYPES, "version": graph.__version__,
            "entity_url": lambda eid: url_for("pages.entity", entity_id=eid),
            "json_url": json_twin_url() if request else None}


@pages.record_once
def _install_sparql_page(state: Any) -> None:
    # The SPARQL blueprint asks this hook for the HTML page when a browser calls /sparql.
    state.app.extensions.setdefault(PAGE_HOOK, sparql_page)


def _not_found(message: str, as_json: bool) -> Response:
    return _page("error.html", {"status": 404, "error": message}, as_json, status=404, title="Not found")


@pages.errorhandler(GraphError)
def _bad_request(exc: GraphError) -> Response:
    return _page("error.html", {"status": 400, "error": str(exc)}, wants_json(request.path.endswith(".json")),
                 status=400, title="Bad request")


@pages.errorhandler(WarmingUp)
def _warming_up(exc: WarmingUp) -> Response:
    response = _page("error.html", {"status": 503, "error": str(exc)},
                     wants_json(request.path.endswith(".json")), status=503, title="Warming up")
    response.headers["Retry-After"] = str(RETRY_AFTER)
    return response


@pages.errorhandler(StoreError)
def _store_error(exc: StoreError) -> Response:
    status = status_for(exc)
    return _page("error.html", {"status": status, "error": str(exc)},
                 wants_json(request.path.endswith(".json")), status=status, title="Error")


# --------------------------------------------------------------------------- reports


def reports(projection: Projection) -> list[dict[str, Any]]:
    """Return every report: id, headline, publication date, URL, source file; newest first."""
    return projection.reports


# --------------------------------------------------------------------------- home and search


def _context_line(projection: Projection, nid: str) -> str:
    """Return one line that tells entities of the same name apart: rank, posts, parents, places."""
    graph = projection.graph
    data = graph.nodes[nid]
    parts: list[str] = []
    for attr in ("rank", "classification", "startDate"):
        value = data.get(attr)
        if value:
            parts.append(", ".join(map(str, value)) if isinstance(value, list) else str(value))
    seen: set[tuple[str, str]] = set()
    for _, target, edge in sorted(graph.out_edges(nid, data=True), key=lambda e: (e[2]["relation"], e[1])):
        key = (edge["relation"], target)
        if key in seen:
            continue
        seen.add(key)
        name = relation_name(edge["relation"])
        role = f" ({edge['role']})" if edge.get("role") else ""
        parts.append(f"{name} {graph.nodes[target]['label']}{role}")
        if len(parts) >= 4:
            break
    n = len(data.get("reports", []))
    if n:
        parts.append(f"in {n} report" + ("s" if n != 1 else ""))
    return " · ".join(parts)


@pages.get("/")
@pages.get("/index.json", endpoint="index_json")
def index() -> Response:
    """Home page: search box, counts by type, the reports."""
    projection = _projection()
    summary = network.summary(projection)
    everything = reports(projection)
    data = {"counts": summary["types"], "nodes": summary["nodes"], "edges": summary["edges"],
            "statistics": summary["statistics"], "reports": everything[:HOME_REPORTS],
            "reports_total": len(everything)}
    return _page("index.html", data, wants_json(request.path.endswith(".json")), page="home")


@pages.get("/search")
@pages.get("/search.json", endpoint="search_json")
def search() -> Response:
    """Search results, best first, with each entity's type and a line of context."""
    q = request.args.get("q", "")
    types = (request.args.get("type") or "").strip() or None
    offset = _int_arg("offset", 0)
    projection = _projection()
    hits = search_index(projection).search(q, types)
    graph = projection.graph
    results = []
    for hit in hits[offset : offset + SEARCH_PAGE_SIZE]:
        data = graph.nodes[hit.id]
        item = {"id": hit.id, "label": data["label"], "type": data["type"], "match": hit.match,
                "matched": hit.form, "score": hit.score, "context": _context_line(projection, hit.id)}
        if data.get("label_en"):
            item["label_en"] = data["label_en"]
        results.append(item)
    as_json = wants_json(request.path.endswith(".json"))
    nav = _page_links("pages.search_json" if as_json else "pages.search", offset, SEARCH_PAGE_SIZE, len(hits),
                      q=q, type=types)
    data = {"q": q, "type": types, "total": len(hits), "offset": offset, "limit": SEARCH_PAGE_SIZE,
            "results": results, "links": nav}
    return _page("search.html", data, as_json, page="search", nav=nav)


def _page_links(endpoint: str, offset: int, size: int, total: int, **params: Any) -> dict[str, str]:
    """Return the URLs of a paged list's next and previous pages, on ``endpoint`` (the page or its twin)."""
    nav = {}
    if offset + size < total:
        nav["next"] = url_for(endpoint, **params, offset=offset + size)
    if offset > 0:
        nav["previous"] = url_for(endpoint, **params, offset=max(0, offset - size))
    return nav


def _int_arg(name: str, default: int, low: int = 0, high: int | None = None) -> int:
    raw = (request.args.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise GraphError(f"{name} must be an integer, not {raw!r}") from None
    if value < low or (high is not None and value > high):
        raise GraphError(f"{name} must be between {low} and {high}" if high is not None
                         else f"{name} must be at least {low}")
    return value


# --------------------------------------------------------------------------- source sentences


@dataclass
class Marked:
    """A sentence cut into text pieces, some of them marked (the extracted spans)."""

    report: str | None
    sentence: str
    parts: list[tuple[str, bool]] = field(default_factory=list)  # (text, marked)
    spans: list[tuple[int, int]] = field(default_factory=list)  # report offsets of the marks

    def json(self) -> dict[str, Any]:
        """Return the sentence as JSON: the text, the marked quotes and their offsets."""
        return {"report": self.report, "sentence": self.sentence,
                "marked": [t for t, m in self.parts if m], "spans": [list(s) for s in self.spans]}


def report_text(projection: Projection | None, report_id: str) -> str | None:
    """Return the original text of a report (``schema:text``), cached per store generation."""

    def compute() -> str | None:
        try:
            iri = id_to_iri(report_id, base_of())
        except ValueError:
            return None
        rows = list(select(store_of(), f"""SELECT ?text WHERE {{ GRAPH ?g {{
            {sparql_iri(iri)} <{SCHEMA}text> ?text }} }} LIMIT 1"""))
        return str(rows[0]["text"]) if rows else None

    if projection is None:
        return compute()
    return projection.memo(("pages", "report-text", report_id), compute)


def mark_spans(sentence: str, spans: Iterable[tuple[int | None, int | None, str | None]],
               text: str | None) -> list[tuple[str, bool]]:
    """Cut ``sentence`` into pieces, marking each span: (report start, report end, quote).

    The report text places the sentence, so a quote that occurs twice in it is marked where the
    offsets say; without offsets the first occurrence of the quote is marked.
    """
    ranges: list[tuple[int, int]] = []
    for start, end, quote in spans:
        local = None
        if text is not None and start is not None and end is not None and 0 <= start < end <= len(text):
            quote = quote or text[start:end]
            # the occurrence of the sentence that contains the span
            at = text.rfind(sentence, 0, start + len(sentence))  # the last one starting <= start
            if at >= 0 and end <= at + len(sentence):
                local = (start - at, end - at)
        if local is None and quote:
            found = sentence.find(quote)
            if found >= 0:
                local = (found, found + len(quote))
        if local is not None and sentence[local[0] : local[1]]:
            ranges.append(local)
    # keep the marks apart: a span overlapping an earlier one is merged into it
    merged: list[list[int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    parts: list[tuple[str, bool]] = []
    position = 0
    for a, b in merged:
        if a > position:
            parts.append((sentence[position:a], False))
        parts.append((sentence[a:b], True))
        position = b
    if position < len(sentence):
        parts.append((sentence[position:], False))
    return parts


def _sentences(projection: Projection | None, items: Iterable[dict[str, Any]]) -> list[Marked]:
    """Group provenance items (report, sentence, quote, start, end) by sentence and mark their spans."""
    grouped: dict[tuple[str | None, str], list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        if item.get("sentence"):
            grouped[(item.get("report"), item["sentence"])].append(item)
    out = []
    for (report, sentence), group in grouped.items():
        text = report_text(projection, report) if report else None
        spans = [(g.get("start"), g.get("end"), g.get("quote")) for g in group]
        marked = Marked(report, sentence, mark_spans(sentence, spans, text),
                        sorted({(g["start"], g["end"]) for g in group
                                if g.get("start") is not None and g.get("end") is not None}))
        out.append(marked)
    first = {(m.report, m.sentence): min((s[0] for s in m.spans), default=1 << 60) for m in out}
    return sorted(out, key=lambda m: (m.report or "", first[(m.report, m.sentence)], m.sentence))


def focus_url(report: str | None, focus: str | None) -> str | None:
    """Return the report page URL that highlights ``focus`` (``start-end`` or an entity id)."""
    if not report:
        return None
    if not focus:
        return url_for("pages.report", report_id=report)
    return url_for("pages.report", report_id=report, focus=focus, _anchor="focus")


# --------------------------------------------------------------------------- entity page


def _fact_rows(projection: Projection | None, found: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the facts about an entity as table rows: relation, value (text or link), sources."""
    rows: list[dict[str, Any]] = []

    def sources(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for e in evidence:
            if not e.get("report"):
                continue
            span = f"{e['start']}-{e['end']}" if e.get("start") is not None and e.get("end") is not None \
                else None
            out.append({"report": e["report"], "sentence": e.get("sentence"),
                        "href": focus_url(e["report"], span)})
        return out

    for p in found.get("properties", []):
        if p["property"] in LABEL_PROPERTIES:
            continue
        value = p["value"]
        rows.append({"relation": p["property"], "name": relation_name(p["property"]), "text": str(value),
                     "value": value, "lang": p.get("lang"), "sources": sources(p["evidence"])})
    for o in found.get("outgoing", []):
        if o["relation"] == "prov:wasDerivedFrom":
            continue  # the reports, listed on their own
        target = o["object"]
        rows.append({"relation": o["relation"], "name": relation_name(o["relation"]), "link": target,
                     "type": target.get("type") or _type_of(projection, target["id"]),
                     "sources": sources(o["evidence"])})
    for i in found.get("incoming", []):
        subject = i["subject"]
        if "type" not in subject and subject["label"] == local_name(subject["iri"]):
            continue  # an unlabelled helper node (a participation): its facts show on the event
        if i["relation"] in ("prov:wasDerivedFrom", "oa:hasSource"):
            continue
        rows.append({"relation": i["relation"], "name": relation_name(i["relation"], inverse=True),
                     "link": subject, "inverse": True,
                     "type": subject.get("type") or _type_of(projection, subject["id"]),
                     "sources": sources(i["evidence"])})
    return rows


@pages.get("/entity/<entity_id>")
def entity(entity_id: str) -> Response:
    """An entity: labels, types, counts and a page of each list (facts, members, figures, reports,
    source sentences with the span marked), and its neighbourhood."""
    as_json = False
    # The page answers before the graph view is built: the neighbourhood then waits for it.
    projection = graph_view_of().peek()
    base = base_of()
    if entity_id.endswith(".json") and (projection is None or entity_id not in projection.graph):
        entity_id, as_json = entity_id[: -len(".json")], True
    as_json = wants_json(as_json)
    try:
        iri = id_to_iri(entity_id, base)
    except ValueError:
        return _not_found(f"unknown entity: {entity_id}", as_json)
    args = entity_page_args()
    found = describe(store_of(), iri, base, projection, **args)
    if found is None:
        return _not_found(f"unknown entity: {entity_id}", as_json)
    found["links"] = page_links(found, lambda name, page: url_for(
        "api.entity", entity_id=entity_id, list=name, page=page, limit=found["limit"]))
    if "schema:NewsArticle" in found["types"] and not as_json:
        return redirect(url_for("pages.report", report_id=entity_id))
    sentences = _sentences(projection, found.get("provenance", []))
    labels = {lang or "": value for value, lang in ((x["value"], x["lang"]) for x in found["labels"])}
    data = {
        "entity": found,
        "type": found.get("type") or _type_of(projection, entity_id) if projection is not None
        else _kind_of_types(found["types"], entity_id),
        "label_vi": labels.get("vi") or labels.get("") or found["label"],
        "label_en": found.get("label_en"),
        "sentences": [m.json() for m in sentences],
        "in_graph": projection is not None and entity_id in projection.graph,
    }
    facts = _fact_rows(projection, found)
    titles = _report_titles(projection)
    nav = page_links(found, lambda name, page: url_for(
        "pages.entity", entity_id=entity_id, list=name, page=page, limit=found["limit"], _anchor=name))
    return _page("entity.html", data, as_json, page="entity", facts=facts, marked=sentences,
                 report_titles=titles, max_depth=MAX_DEPTH, focus_url=focus_url, nav=nav,
                 warming=projection is None)


def _report_titles(projection: Projection | None) -> dict[str, str]:
    if projection is None:
        return {}
    return projection.memo(("pages", "report-titles"),
                           lambda: {r["id"]: r["headline"] for r in projection.reports})


def _kind_of_types(types: list[str], entity_id: str) -> str:
    """Return the node type its classes give (before the graph view is built), else a guess from the id."""
    for cls, kind in network.NODE_CLASSES.items():
        if network.curie(cls) in types:
            return kind
    return _type_of(None, entity_id)


# --------------------------------------------------------------------------- graph page


def graph_data(projection: Projection, types: str | None, report: str | None) -> dict[str, Any]:
    """Return the nodes and edges to draw: the whole graph, or only some types and/or one report.

    At most :data:`MAX_DRAWN` nodes, the best connected: thousands at once are no drawing anyone
    can read (``total_nodes`` and ``truncated`` say how many there were).
    """
    part = network.subgraph(projection, None, 1, types, report) if types or report else projection.graph
    total = part.number_of_nodes()
    if total > MAX_DRAWN:
        degree = projection.graph.degree
        part = part.subgraph(sorted(part.nodes, key=lambda n: (-degree(n), n))[:MAX_DRAWN])
    out: dict[str, Any] = network.to_json(part)
    for node in out["nodes"]:
        node.pop("statistics", None)  # drawn as nodes' figures on their own page, not here
    out["total_nodes"], out["truncated"] = total, total > MAX_DRAWN
    return out


@pages.get("/graph")
@pages.get("/graph.json", endpoint="graph_json")
def graph_page() -> Response:
    """The whole graph or a filtered part (by type, by report), drawn with vis-network."""
    projection = _projection()
    types = ",".join(t for t in request.args.getlist("type") if t.strip()) or None
    report = (request.args.get("report") or "").strip() or None
    as_json = wants_json(request.path.endswith(".json"))
    known_reports = reports(projection)
    if report and report not in {r["id"] for r in known_reports}:
        raise GraphError(f"unknown report {report!r}")
    data = graph_data(projection, types, report)
    data.update({"types": sorted(network.parse_types(types) or []), "report": report})
    if as_json:
        return _page("graph.html", data, True)
    selected = set(data["types"])
    params = {k: v for k, v in (("type", types), ("report", report)) if v}
    downloads = [{"name": name, "extension": fmt.extension,
                  "href": url_for("exports.export_route", fmt=name, **params)}
                 for name, fmt in EXPORT_FORMATS.items()]
    source = url_for("pages.graph_json", **{k: v for k, v in (("type", types), ("report", report)) if v})
    counts = Counter(n["type"] for n in data["nodes"])
    return _page("graph.html", {}, False, page="graph", reports=known_reports, selected=selected,
                 report=report, downloads=downloads, source=source, counts=counts,
                 node_count=len(data["nodes"]), edge_count=len(data["edges"]),
                 all_types=network.NODE_TYPES)


# --------------------------------------------------------------------------- statistics


CHART_WIDTH = 560


def _truncate(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Lay out the two SVG charts: changes up/down per measure, and values grouped by unit.

    Changes share one axis per unit (a bar's length is its change against the largest change in
    the same unit); when both directions occur the bars diverge from a middle axis. Values differ
    by orders of magnitude across units, so their bars share one logarithmic scale.
    """
    numeric = [s for s in rows if isinstance(s["value"], int | float) and not isinstance(s["value"], bool)]
    changes = [s for s in numeric if s["direction"] in ("increase", "decrease")]
    both = len({s["direction"] for s in changes}) == 2
    mid, span = (CHART_WIDTH / 2, CHART_WIDTH / 2 - 90) if both else (0.0, CHART_WIDTH - 120.0)
    unit_max: dict[str, float] = defaultdict(float)
    for s in changes:
        unit_max[s["unit"] or ""] = max(unit_max[s["unit"] or ""], abs(float(s["value"])))
    change_bars = []
    ordered = sorted(changes, key=lambda s: (s["direction"] != "increase", -float(s["value"])))
    for n, s in enumerate(ordered):
        y = 26 + n * 42
        width = max(2.0, abs(float(s["value"])) / (unit_max[s["unit"] or ""] or 1.0) * span)
        left = both and s["direction"] == "decrease"
        change_bars.append({
            "id": s["id"], "measure": s["measure"] or "", "value": s["value"], "unit": s["unit"],
            "direction": s["direction"], "label": _truncate(s["measure"] or "", 40 if both else 80),
            "label_x": mid - 6 if left else mid + (6 if both else 0), "label_y": y + 12,
            "anchor": "end" if left else "start",
            "bar_x": mid - width if left else mid, "bar_y": y + 17, "width": round(width, 1),
            "value_x": mid - width - 6 if left else mid + width + 6, "value_y": y + 29,
        })
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in numeric:
        if s not in changes:
            groups[s["unit"] or "—"].append(s)
    top = max((float(s["value"]) for items in groups.values() for s in items), default=1.0)
    scale = math.log10(max(top, 1.0) + 1.0) or 1.0
    unit_rows: list[dict[str, Any]] = []
    y = 0
    for unit, items in sorted(groups.items(), key=lambda g: (-len(g[1]), normalise(g[0]))):
        unit_rows.append({"head": "%" if unit == "percent" else unit, "y": y + 16})
        y += 24
        for s in sorted(items, key=lambda i: -float(i["value"])):
            width = max(2.0, math.log10(max(float(s["value"]), 0.0) + 1.0) / scale * (CHART_WIDTH - 190))
            unit_rows.append({"id": s["id"], "measure": s["measure"] or "", "value": s["value"], "unit": unit,
                              "label": _truncate(s["measure"] or "", 80), "label_y": y + 12, "bar_y": y + 16,
                              "width": round(width, 1), "value_x": width + 6, "value_y": y + 26})
            y += 32
    return {"changes": change_bars, "both": both, "mid": mid, "changes_height": 30 + 42 * len(change_bars),
            "units": unit_rows, "units_height": y + 4, "width": CHART_WIDTH}


@pages.get("/statistics")
@pages.get("/statistics.json", endpoint="statistics_json")
def statistics_page() -> Response:
    """The statistics as a sortable, filterable table and a chart, a page at a time; each row links to
    its sentence."""
    store, base = store_of(), base_of()
    projection = _projection()
    args = {k: (request.args.get(k) or "").strip() or None
            for k in ("unit", "measure", "direction", "period", "about")}
    if args["direction"]:
        args["direction"] = args["direction"].lower()
    offset = _int_arg("offset", 0)
    total, rows = statistics(store, base, **args, projection=projection, offset=offset, limit=STATISTICS_ROWS)
    for s in rows:
        s["href"] = focus_url(s["source"], s["id"])
    filters = {k: v for k, v in args.items() if v}
    as_json = wants_json(request.path.endswith(".json"))
    endpoint = "pages.statistics_json" if as_json else "pages.statistics_page"
    nav = _page_links(endpoint, offset, STATISTICS_ROWS, total, **filters)
    data = {"filters": filters, "total": total, "offset": offset, "limit": STATISTICS_ROWS, "results": rows,
            "links": nav}
    if as_json:
        return _page("statistics.html", data, True)
    units, about = projection.memo(("pages", "statistics-choices"), lambda: _statistics_choices(projection))
    csv_url = url_for("api.statistics_route", format="csv", **filters)
    return _page("statistics.html", data, False, page="statistics", chart=_chart(rows), units=units,
                 about_choices=about, csv_url=csv_url, nav=nav)


def _statistics_choices(projection: Projection) -> tuple[list[str], list[tuple[str, str]]]:
    """Return the units and the entities described, for the filter menus."""
    everything = projection.observations
    units = sorted({s["unit"] for s in everything if s["unit"]}, key=normalise)
    about = sorted({(s["about"], s["about_label"] or s["about"]) for s in everything if s["about"]},
                   key=lambda a: normalise(a[1]))
    return units, about


# --------------------------------------------------------------------------- report page


@dataclass
class Annotation:
    """One extracted span of a report and the node it is evidence for."""

    body: str  # entity id
    start: int
    end: int
    label: str
    kind: str

    def matches(self, focus: str | None) -> bool:
        """Return whether ``focus`` (``start-end`` or an entity id) names this span or its node."""
        if not focus:
            return False
        return focus in (self.body, f"{self.start}-{self.end}")


def report_annotations(projection: Projection, report_iri: str, text: str) -> list[Annotation]:
    """Return the spans extracted from a report, each with its node, label and type."""
    base = projection.base
    query = f"""SELECT DISTINCT ?body ?start ?end WHERE {{ GRAPH ?g {{
        ?a <{OA}hasBody> ?body ; <{OA}hasTarget> ?t .
        ?t <{OA}hasSource> {sparql_iri(report_iri)} ; <{OA}hasSelector> ?ps .
        ?ps <{OA}start> ?start ; <{OA}end> ?end . }} }}"""
    raw = []
    for row in select(store_of(), query):
        body = str(row["body"])
        start, end = python_value(row["start"]), python_value(row["end"])
        if body == report_iri or not isinstance(start, int) or not isinstance(end, int):
            continue
        if 0 <= start < end <= len(text):
            raw.append((body, start, end))
    labels = network.labels_of(store_of(), sorted({b for b, _, _ in raw}))
    graph = projection.graph
    out = []
    for body, start, end in raw:
        nid = iri_to_id(body, base)
        label = graph.nodes[nid]["label"] if nid in graph else \
            (network._label_of(labels, body)[0] or local_name(body))
        out.append(Annotation(nid, start, end, label, _type_of(projection, nid)))
    return sorted(out, key=lambda a: (a.start, -a.end, a.body))


def report_segments(text: str, annotations: list[Annotation], focus: str | None = None
                    ) -> list[dict[str, Any]]:
    """Cut a report's text at every span boundary; each piece lists the spans that cover it.

    A covered piece links to its innermost span's node (the shortest span: the most specific fact).
    """
    points = sorted({0, len(text), *(a.start for a in annotations), *(a.end for a in annotations)})
    starts: dict[int, list[Annotation]] = defaultdict(list)
    for a in annotations:
        starts[a.start].append(a)
    active: list[Annotation] = []
    segments: list[dict[str, Any]] = []
    focused = False
    for left, right in zip(points, points[1:], strict=False):
        active = [a for a in active if a.end > left] + starts.get(left, [])
        piece = text[left:right]
        if not active:
            segments.append({"text": piece})
            continue
        inner = min(active, key=lambda a: (a.end - a.start, a.start, a.body))
        is_focus = any(a.matches(focus) for a in active)
        segment = {"text": piece, "start": left, "end": right, "body": inner.body, "kind": inner.kind,
                   "depth": len(active), "focus": is_focus,
                   "title": " · ".join(dict.fromkeys(f"{TYPES[a.kind][1]}: {a.label}" for a in
                                                     sorted(active, key=lambda a: a.start)))}
        if is_focus and not focused:
            segment["anchor"] = "focus"
            focused = True
        segments.append(segment)
    return segments


def _link_for(annotation_body: str, kind: str) -> str:
    if kind == "observation":
        return url_for("pages.statistics_page", _anchor=f"obs-{annotation_body}")
    return url_for("pages.entity", entity_id=annotation_body)


@pages.get("/report/<report_id>")
def report(report_id: str) -> Response:
    """A report's text with every extracted fact highlighted and linked to its entity."""
    projection = _projection()
    as_json = False
    if report_id.endswith(".json"):
        report_id, as_json = report_id[: -len(".json")], True
    as_json = wants_json(as_json)
    known = {r["id"]: r for r in reports(projection)}
    if report_id not in known and f"report.{report_id}" in known:
        return redirect(url_for("pages.report", report_id=f"report.{report_id}", **request.args))
    meta = known.get(report_id)
    if meta is None:
        return _not_found(f"unknown report: {report_id}", as_json)
    text = report_text(projection, report_id) or ""
    annotations = projection.memo(("pages", "report-annotations", report_id),
                                  lambda: report_annotations(projection, meta["iri"], text))
    focus = (request.args.get("focus") or "").strip() or None
    facts: dict[str, dict[str, Any]] = {}
    for a in annotations:
        item = facts.setdefault(a.body, {"id": a.body, "label": a.label, "type": a.kind, "mentions": 0,
                                         "href": _link_for(a.body, a.kind)})
        item["mentions"] += 1
    data = {"report": meta, "text": text,
            "annotations": [{"id": a.body, "start": a.start, "end": a.end, "label": a.label, "type": a.kind}
                            for a in annotations],
            "facts": sorted(facts.values(),
                            key=lambda f: (list(TYPES).index(f["type"]), normalise(f["label"])))}
    if as_json:
        return _page("report.html", data, True)
    segments = report_segments(text, annotations, focus)
    for s in segments:
        if "body" in s:
            s["href"] = _link_for(s["body"], s["kind"])
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in data["facts"]:
        by_type[f["type"]].append(f)
    return _page("report.html", data, False, page="report", segments=segments, by_type=by_type,
                 focus=focus)


# --------------------------------------------------------------------------- SPARQL page


def _cell(term: Any, base: str) -> dict[str, Any] | None:
    """Return a result cell for the template: its text, and a link for an IRI."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        iri = str(term)
        # an entity IRI shows its path below the base, a vocabulary term its CURIE
        text = iri[len(base):] if iri.startswith(base) and len(iri) > len(base) else curie(iri)
        return {"kind": "iri", "text": text, "iri": iri,
                "href": url_for("pages.entity", entity_id=iri_to_id(iri, base))}
    if isinstance(term, BNode):
        return {"kind": "bnode", "text": f"_:{term}"}
    if isinstance(term, Literal):
        out: dict[str, Any] = {"kind": "literal", "text": str(term)}
        if term.language:
            out["lang"] = term.language
        elif term.datatype:
            out["datatype"] = curie(str(term.datatype))
        return out
    return {"kind": "literal", "text": str(term)}


def _run_query(text: str) -> dict[str, Any]:
    """Run a query the way the endpoint does and keep what the page shows (capped rows)."""
    from graph.web import get_state

    state = get_state()
    settings = state.settings
    cap = min(settings.max_rows or SPARQL_DISPLAY_ROWS, SPARQL_DISPLAY_ROWS)
    started = time.perf_counter()
    result = state.store.query(
        text,
        default_graph_uris=[v for v in request.args.getlist("default-graph-uri") if v.strip()],
        named_graph_uris=[v for v in request.args.getlist("named-graph-uri") if v.strip()],
        timeout=settings.query_timeout,  # 0: no limit (None would mean the view limit)
        base_iri=url_for("sparql.endpoint", _external=True),
    )
    base = settings.base_iri
    with result:
        out: dict[str, Any] = {"kind": result.kind, "formats": [
            {"name": f.name, "label": f.label, "href": url_for("sparql.endpoint", query=text, format=f.name)}
            for f in result.formats()]}
        if result.kind == "boolean":
            out["boolean"] = bool(result.boolean)
        else:
            columns = list(result.variables) if result.kind == "bindings" \
                else ["subject", "predicate", "object"]
            rows = []
            truncated = False
            for item in result:
                if len(rows) >= cap:
                    truncated = True
                    break
                values = [item.get(c) for c in columns] if result.kind == "bindings" else list(item)
                rows.append([_cell(v, base) for v in values])
            out.update(columns=columns, rows=rows, truncated=truncated, cap=cap)
    out["seconds"] = round(time.perf_counter() - started, 3)
    return out


def sparql_page() -> Response:
    """The SPARQL query page: an editor with the examples; with ``?query=``, its results too."""
    query = request.args.get("query")
    offered = example_queries()
    chosen = next((e for e in offered if e.name == request.args.get("example")), None)
    status = 200
    result = None
    error = None
    if query is not None and query.strip():
        try:
            result = _run_query(query)
        except StoreError as exc:
            status, error = status_for(exc), str(exc)
    editor_text = query if query is not None else (chosen or offered[0]).query if offered else ""
    examples = [{"name": e.name, "title": e.title, "query": e.query,
                 "href": url_for("sparql.endpoint", query=e.query)} for e in offered]
    response = Response(render_template(
        "sparql.html", page="sparql", query=editor_text, ran=query is not None and bool(query.strip()),
        result=result, error=error, examples=examples, status=status,
        description_url=url_for("sparql.endpoint", format="turtle"),
        json_url=url_for("sparql.endpoint", query=query, format="json") if result else None,
    ), status=status, mimetype="text/html")
    response.vary.add("Accept")
    return response


# --------------------------------------------------------------------------- vendored front-end files


@pages.get("/vendor/<name>")
def vendor(name: str) -> Response:
    """Serve a front-end library file from its installed Python package (never a CDN)."""
    if name not in VIS_FILES:
        abort(404)
    try:
        data = resources.files("pyvis").joinpath(*VIS_DIRECTORY, name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        abort(404, description="the pyvis package, which ships vis-network, is not installed")
    response = Response(data, mimetype=VIS_FILES[name])
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response
