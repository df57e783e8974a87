"""Indicators over the web: the scheme with counts, each indicator's series, tidy CSV and a page.

* ``GET /api/indicators`` — every indicator with its number of observations, and how many figures
  are unmapped;
* ``GET /api/indicators/<key>?area=&from=&to=`` — the series: one point an observation, with its
  area, period, value, kind (level, change, average), direction, basis, report and source sentence;
  ``format=csv`` (or ``/api/indicators/<key>.csv``) gives the same as tidy CSV;
* ``GET /indicators?indicator=<key>`` — the page: a chart by province drawn here as SVG, the table
  beneath, a download link.

Figures of the same indicator, area, period and kind whose values differ are flagged
(``conflict``) and point at each other (``conflicts_with``); they are never averaged.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from typing import Any

from flask import Blueprint, Response, render_template, request, url_for
from werkzeug.exceptions import BadRequest, NotFound

from graph.indicators import INDICATOR_BASE, load_scheme
from graph.network import GraphError, id_to_iri, iri_to_id, python_value, select, sparql_iri
from graph.text import slug
from graph.web.api import base_of, json_response, store_of

__all__ = ["indicators", "CSV_COLUMNS", "series", "counts"]

indicators = Blueprint("indicators", __name__)

CSV_COLUMNS = ("indicator", "area", "period_start", "period_end", "value", "unit", "kind", "direction",
               "basis", "report", "sentence")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PREFIXES = """PREFIX vnkg: <https://w3id.org/vnkg/ontology#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
"""


def _text(term: Any) -> str | None:
    return None if term is None else str(python_value(term))


def _local(iri: str | None) -> str | None:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri else None


def counts(store: Any) -> dict[str, Any]:
    """Return {indicator key: observations} and the numbers of figures, mapped or not."""
    per: dict[str, int] = {}
    for row in select(store, _PREFIXES + """SELECT ?i (COUNT(DISTINCT ?o) AS ?n) WHERE {
            ?o vnkg:indicator ?i } GROUP BY ?i"""):
        per[str(row["i"])[len(INDICATOR_BASE):]] = int(python_value(row["n"]))
    total = 0
    for row in select(store, _PREFIXES + "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o vnkg:measure ?m }"):
        total = int(python_value(row["n"]))
    mapped = sum(per.values())
    return {"per_indicator": per, "figures": total, "mapped": mapped, "unmapped": total - mapped}


def scheme_json(store: Any) -> dict[str, Any]:
    """Return the scheme with the observation count of every indicator (and of its narrower ones)."""
    scheme = load_scheme()
    found = counts(store)
    per = found["per_indicator"]
    within: dict[str, int] = defaultdict(int)
    for key_, n in per.items():
        for ancestor in [key_, *scheme.ancestors(key_)]:
            within[ancestor] += n
    items = [{
        "id": ind.key, "iri": ind.iri, "label": ind.vi, "label_en": ind.en, "broader": ind.broader,
        "unit": ind.unit, "percent": "level" if ind.is_rate else "change",
        "observations": per.get(ind.key, 0), "observations_with_narrower": within.get(ind.key, 0),
    } for ind in scheme]
    return {"indicators": items, "figures": found["figures"], "mapped": found["mapped"],
            "unmapped": found["unmapped"]}


def series(store: Any, base: str, indicator_key: str, area: str | None = None, start: str | None = None,
           end: str | None = None, about: str | None = None) -> list[dict[str, Any]]:
    """Return the points of one indicator (optionally one area, periods within ``start``–``end``,
    figures about one organisation by its IRI)."""
    iri = INDICATOR_BASE + indicator_key
    query = _PREFIXES + f"""SELECT ?obs ?value ?unit ?unitKey ?area ?areaLabel ?start ?end ?kind ?direction
            ?basis ?report ?sentence ?measure ?phrase ?about WHERE {{
        ?obs vnkg:indicator <{iri}> ; sdmx-measure:obsValue ?value ; vnkg:measure ?measure ;
             vnkg:indicatorPhrase ?phrase ; vnkg:valueKind ?kind .
        OPTIONAL {{ ?obs sdmx-attribute:unitMeasure ?unitKey .
                   OPTIONAL {{ ?unitKey skos:prefLabel ?unit FILTER(lang(?unit) = "vi") }} }}
        OPTIONAL {{ ?obs vnkg:refArea ?area .
                   OPTIONAL {{ ?area rdfs:label ?areaLabel FILTER(lang(?areaLabel) = "vi") }} }}
        OPTIONAL {{ ?obs vnkg:periodStart ?start }} OPTIONAL {{ ?obs vnkg:periodEnd ?end }}
        OPTIONAL {{ ?obs vnkg:direction ?direction }} OPTIONAL {{ ?obs vnkg:comparedTo ?basis }}
        OPTIONAL {{ ?obs qb:dataSet/prov:wasDerivedFrom ?report }}
        OPTIONAL {{ ?obs <https://schema.org/about> ?about }}
        OPTIONAL {{ ?annotation oa:hasBody ?obs ; vnkg:sentence ?sentence }}
    }}"""
    points: dict[str, dict[str, Any]] = {}
    for row in select(store, query):
        obs = str(row["obs"])
        point = points.get(obs)
        label = _text(row.get("areaLabel"))
        if point is None:
            unit_key = _local(_text(row.get("unitKey")))
            point = points[obs] = {
                "observation": obs, "id": iri_to_id(obs, base), "indicator": indicator_key,
                "area": _local(_text(row.get("area"))), "area_iri": _text(row.get("area")),
                "area_label": label,
                "period_start": _text(row.get("start")), "period_end": _text(row.get("end")),
                "value": python_value(row["value"]),
                "unit": "percent" if unit_key == "percent" else (_text(row.get("unit")) or unit_key),
                "kind": {"LevelValue": "level", "ChangeValue": "change", "ShareValue": "share",
                         "AverageValue": "average"}.get(
                    _local(_text(row["kind"])) or "", _local(_text(row["kind"]))),
                "direction": (_local(_text(row.get("direction"))) or "").lower() or None,
                "basis": _local(_text(row.get("basis"))),
                "report": _text(row.get("report")),
                "report_id": iri_to_id(str(row["report"]), base) if row.get("report") else None,
                "sentence": _text(row.get("sentence")),
                "measure": _text(row["measure"]), "phrase": _text(row["phrase"]),
                "about": _text(row.get("about")),
            }
        elif label and (point["area_label"] is None or len(label) < len(point["area_label"])):
            point["area_label"] = label  # the short name ('Nghệ An', not 'tỉnh Nghệ An')
    found = list(points.values())
    if about:
        found = [p for p in found if p["about"] == about]
    if area:
        wanted = slug(area)
        found = [p for p in found if wanted in (p["area"], slug(p["area_label"] or ""))]
    if start:
        found = [p for p in found if (p["period_end"] or p["period_start"] or "") >= start]
    if end:
        found = [p for p in found if (p["period_start"] or p["period_end"] or "9999") <= end]
    _flag_conflicts(found)
    found.sort(key=lambda p: (p["area_label"] or "~", p["period_start"] or "", p["period_end"] or "",
                              p["report"] or "", p["observation"]))
    return found


def _flag_conflicts(points: list[dict[str, Any]]) -> None:
    """Mark points of the same area, period, kind, unit, direction and basis whose values differ
    (never averaged); the same test as :func:`graph.indicators.conflict_graph`."""
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for p in points:
        p["conflict"], p["conflicts_with"] = False, []
        if p["area"] and (p["period_start"] or p["period_end"]):
            groups[(p["area"], p["period_start"], p["period_end"], p["kind"], p["unit"],
                    p["direction"], p["basis"])].append(p)
    for group in groups.values():
        for p in group:
            others = [q for q in group if q["value"] != p["value"] and q["report"] != p["report"]]
            if others:
                p["conflict"] = True
                p["conflicts_with"] = [q["id"] for q in others]


def _date_arg(name: str) -> str | None:
    value = (request.args.get(name) or "").strip()
    if value and not _DATE.match(value):
        raise BadRequest(f"{name} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}")
    return value or None


def _about_arg() -> str | None:
    about = (request.args.get("about") or "").strip()
    if not about:
        return None
    try:
        iri = id_to_iri(about, base_of())
        sparql_iri(iri)
    except (ValueError, GraphError) as exc:
        raise BadRequest(f"bad organisation id: {about!r}") from exc
    return iri


def _indicator(key_: str):
    found = load_scheme().indicators.get(key_)
    if found is None:
        raise NotFound(f"no indicator {key_!r}; /api/indicators lists them")
    return found


def to_csv(points: list[dict[str, Any]]) -> str:
    """Return tidy CSV: one row an observation, the columns of :data:`CSV_COLUMNS`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in points:
        row = {**p, "area": p["area_label"] or p["area"] or ""}
        writer.writerow(["" if row.get(c) is None else row[c] for c in CSV_COLUMNS])
    return buffer.getvalue()


def _csv_response(points: list[dict[str, Any]], name: str) -> Response:
    response = Response(to_csv(points).encode("utf-8"), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="vnkg-indicator-{name}.csv"'
    return response


@indicators.get("/api/indicators")
def list_route() -> Response:
    """The indicator scheme, each indicator with its count of observations."""
    return json_response(scheme_json(store_of()))


@indicators.get("/api/indicators.csv")
def all_csv() -> Response:
    """Every mapped figure of every indicator as one tidy CSV."""
    store, base = store_of(), base_of()
    points = []
    for key_ in sorted(counts(store)["per_indicator"]):
        points.extend(series(store, base, key_))
    return _csv_response(points, "all")


@indicators.get("/api/indicators/<indicator_id>")
@indicators.get("/api/indicators/<indicator_id>.csv", endpoint="series_csv")
def series_route(indicator_id: str) -> Response:
    key_ = indicator_id
    """One indicator's series, filtered by area and period; JSON or tidy CSV."""
    if key_.endswith(".csv"):
        key_ = key_[:-4]
    ind = _indicator(key_)
    fmt = "csv" if request.path.endswith(".csv") else (request.args.get("format") or "json").lower()
    if fmt not in ("json", "csv"):
        raise BadRequest(f"format must be json or csv, not {fmt!r}")
    area = (request.args.get("area") or "").strip() or None
    points = series(store_of(), base_of(), ind.key, area, _date_arg("from"), _date_arg("to"), _about_arg())
    if fmt == "csv":
        return _csv_response(points, ind.key)
    return json_response({"indicator": {"id": ind.key, "iri": ind.iri, "label": ind.vi, "label_en": ind.en,
                                        "unit": ind.unit, "broader": ind.broader},
                          "filters": {k: v for k, v in (("area", area), ("from", request.args.get("from")),
                                                        ("to", request.args.get("to"))) if v},
                          "points": points, "total": len(points),
                          "conflicts": sum(p["conflict"] for p in points)})


# --------------------------------------------------------------------------- the page

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
           "#7f7f7f", "#bcbd22")


def chart(points: list[dict[str, Any]], width: int = 640, height: int = 280) -> dict[str, Any]:
    """Lay out an SVG line chart: one line a province, x the period's end, y the value.

    Only one kind of value in one unit is drawn (the most frequent: counts are not drawn on the
    same axis as percentage changes); the table shows every point.
    """
    usable = [p for p in points
              if isinstance(p["value"], (int, float)) and (p["period_end"] or p["period_start"])]
    if not usable:
        return {"series": [], "width": width, "height": height, "left_out": len(points)}
    groups: dict[tuple, int] = defaultdict(int)
    for p in usable:
        groups[(p["kind"], p["unit"])] += 1
    kind, unit = max(groups, key=lambda g: (groups[g], g[0] == "level"))
    usable = [p for p in usable if (p["kind"], p["unit"]) == (kind, unit)]
    left, right, top, bottom = 56, 150, 16, 40
    periods = sorted({(p["period_end"] or p["period_start"]) for p in usable})
    top_value = max(p["value"] for p in usable) or 1
    def x_of(period: str) -> float:  # noqa: E306
        if len(periods) == 1:
            return left + (width - left - right) / 2
        return left + periods.index(period) * (width - left - right) / (len(periods) - 1)
    def y_of(value: float) -> float:  # noqa: E306
        return top + (1 - value / top_value) * (height - top - bottom)
    by_area: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in usable:
        by_area[p["area_label"] or "(no area)"].append(p)
    lines = []
    for n, (area, pts) in enumerate(sorted(by_area.items())):
        pts = sorted(pts, key=lambda p: p["period_end"] or p["period_start"])
        dots = [{"x": round(x_of(p["period_end"] or p["period_start"]), 1), "y": round(y_of(p["value"]), 1),
                 "value": p["value"], "id": p["id"], "period": p["period_end"] or p["period_start"],
                 "conflict": p["conflict"]} for p in pts]
        lines.append({"area": area, "colour": PALETTE[n % len(PALETTE)], "dots": dots,
                      "path": " ".join(f"{'L' if i else 'M'}{d['x']},{d['y']}" for i, d in enumerate(dots)),
                      "label_x": width - right + 8, "label_y": dots[-1]["y"] + 4})
    ticks = [{"x": round(x_of(p), 1), "label": p} for p in periods]
    return {"series": lines, "width": width, "height": height, "ticks": ticks, "axis_y": height - bottom,
            "left": left, "right": width - right, "top_value": top_value, "top": top, "kind": kind,
            "unit": unit, "left_out": len(points) - len(usable)}


@indicators.get("/indicators")
@indicators.get("/indicators.json", endpoint="page_json")
def page() -> Response:
    """Pick an indicator; see its series by province, the table of points and a CSV link."""
    from graph.web.pages import _page, wants_json

    store, base = store_of(), base_of()
    listing = scheme_json(store)
    key_ = (request.args.get("indicator") or "").strip()
    if not key_:  # the indicator with the most observations
        ranked = sorted(listing["indicators"], key=lambda i: -i["observations"])
        key_ = ranked[0]["id"] if ranked and ranked[0]["observations"] else ""
    area = (request.args.get("area") or "").strip() or None
    about = (request.args.get("about") or "").strip() or None
    about_iri, own = None, []
    if about:  # from an organisation's page: its indicators
        about_iri = _about_arg()
        own = organisation_indicators(store, about_iri)
        if not request.args.get("indicator") and own:
            key_ = own[0]["id"]
    points: list[dict[str, Any]] = []
    ind = None
    if key_:
        ind = _indicator(key_)
        points = series(store, base, ind.key, area, _date_arg("from"), _date_arg("to"), about_iri)
    data = {"indicator": key_ or None, "label": ind.vi if ind else None, "label_en": ind.en if ind else None,
            "area": area, "points": points, "total": len(points),
            "indicators": [i for i in listing["indicators"] if i["observations"]],
            "unmapped": listing["unmapped"], "figures": listing["figures"], "about": about,
            "about_indicators": own}
    if wants_json(request.path.endswith(".json")):
        return _page("indicators.html", data, True)
    csv_url = None
    if key_:
        csv_url = url_for("indicators.series_csv", indicator_id=key_, **({"area": area} if area else {}),
                          **({"about": about} if about else {}))
    return Response(render_template("indicators.html", **data, page="indicators", chart=chart(points),
                                    csv_url=csv_url), mimetype="text/html")


def organisation_indicators(store: Any, org_iri: str) -> list[dict[str, Any]]:
    """Return the indicators the figures about one organisation map to, with counts and areas."""
    query = _PREFIXES + f"""SELECT ?i ?area (COUNT(DISTINCT ?o) AS ?n) WHERE {{
        ?o <https://schema.org/about> {sparql_iri(org_iri)} ; vnkg:indicator ?i .
        OPTIONAL {{ ?o vnkg:refArea ?area }} }} GROUP BY ?i ?area"""
    scheme = load_scheme()
    out = []
    for row in select(store, query):
        key_ = str(row["i"])[len(INDICATOR_BASE):]
        ind = scheme.indicators.get(key_)
        out.append({"id": key_, "label": ind.vi if ind else key_, "label_en": ind.en if ind else key_,
                    "area": _local(_text(row.get("area"))), "observations": int(python_value(row["n"]))})
    return sorted(out, key=lambda i: -i["observations"])


# --------------------------------------------------------------------------- OpenAPI

_STR = {"type": "string"}
_NULLABLE_STR = {"type": ["string", "null"]}
_POINT = {"type": "object", "properties": {
    "observation": _STR, "id": _STR, "indicator": _STR, "area": _NULLABLE_STR, "area_label": _NULLABLE_STR,
    "period_start": _NULLABLE_STR, "period_end": _NULLABLE_STR, "value": {"type": ["number", "string"]},
    "unit": _NULLABLE_STR, "kind": {"enum": ["level", "change", "share", "average"]},
    "direction": {"enum": ["increase", "decrease", None]}, "basis": _NULLABLE_STR,
    "report": _NULLABLE_STR, "sentence": _NULLABLE_STR, "measure": _STR, "phrase": _STR,
    "conflict": {"type": "boolean"}, "conflicts_with": {"type": "array", "items": _STR}}}
_INDICATOR_ID = {"name": "indicator_id", "in": "path", "required": True, "schema": _STR,
                 "description": "Indicator id (see `/api/indicators`), e.g. `traffic-accidents`."}
_SERIES_PARAMS = [
    {"name": "area", "in": "query", "required": False, "schema": _STR,
     "description": "Province or city: its id (`nghe-an`) or name (`Nghệ An`)."},
    {"name": "from", "in": "query", "required": False, "schema": _STR,
     "description": "Only periods ending on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."},
    {"name": "to", "in": "query", "required": False, "schema": _STR,
     "description": "Only periods starting on or before this date."},
    {"name": "about", "in": "query", "required": False, "schema": _STR,
     "description": "Entity id of an organisation: only the figures about it."},
]
_CSV_DOC = ("Tidy CSV, one row an observation: " + ", ".join(CSV_COLUMNS)
            + ". UTF-8, comma-separated, quoted as needed; `pandas.read_csv` reads it unchanged.")


def _describe() -> None:
    from graph.web.openapi import describe_operation

    errors = {"400": {"description": "Bad parameter"}, "404": {"description": "Unknown indicator"}}
    describe_operation("indicators.list_route", "get", {
        "summary": "The indicator scheme, each indicator with its count of observations.",
        "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
            "type": "object", "required": ["indicators", "figures", "mapped", "unmapped"], "properties": {
                "indicators": {"type": "array", "items": {"type": "object", "properties": {
                    "id": _STR, "iri": _STR, "label": _STR, "label_en": _STR, "broader": _NULLABLE_STR,
                    "unit": _NULLABLE_STR, "percent": {"enum": ["level", "change"]},
                    "observations": {"type": "integer"}, "observations_with_narrower": {"type": "integer"}}}},
                "figures": {"type": "integer"}, "mapped": {"type": "integer"},
                "unmapped": {"type": "integer"}}}}}}},
    })
    describe_operation("indicators.series_route", "get", {
        "summary": "One indicator's series: every point with its area, period, value and source sentence.",
        "parameters": [_INDICATOR_ID, *_SERIES_PARAMS,
                       {"name": "format", "in": "query", "required": False,
                        "schema": {"enum": ["json", "csv"]}, "description": "Answer format."}],
        "responses": {"200": {"description": "OK", "content": {
            "application/json": {"schema": {"type": "object", "properties": {
                "indicator": {"type": "object"}, "filters": {"type": "object"},
                "points": {"type": "array", "items": _POINT}, "total": {"type": "integer"},
                "conflicts": {"type": "integer"}}}},
            "text/csv": {"schema": _STR}}}, **errors},
        "description": "JSON, or with `format=csv` " + _CSV_DOC[0].lower() + _CSV_DOC[1:],
    })
    describe_operation("indicators.all_csv", "get", {
        "summary": "Every mapped figure of every indicator as one tidy CSV.",
        "description": _CSV_DOC,
        "responses": {"200": {"description": "OK", "content": {"text/csv": {"schema": _STR}}}},
    })
    describe_operation("indicators.series_csv", "get", {
        "summary": "One indicator's series as tidy CSV.",
        "description": _CSV_DOC,
        "parameters": [_INDICATOR_ID, *_SERIES_PARAMS],
        "responses": {"200": {"description": "OK", "content": {"text/csv": {"schema": _STR}}}, **errors},
    })
    page_params = [{"name": "indicator", "in": "query", "required": False, "schema": _STR,
                    "description": "Indicator id (default: the one with most observations)."},
                   *_SERIES_PARAMS]
    for endpoint, summary in (("indicators.page", "Indicators page: a chart by province, the table, CSV."),
                              ("indicators.page_json", "The indicators page's JSON twin.")):
        describe_operation(endpoint, "get", {"summary": summary, "parameters": page_params,
                                             "responses": {"200": {"description": "OK"}, **errors}})


_describe()
