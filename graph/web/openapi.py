"""``GET /openapi.json``: an OpenAPI 3.1 document of every route the app serves.

The document is generated from the app's URL map, so a route cannot be missing from it: each route
gets its methods, path parameters and the first line of its view's docstring. Routes described in
:data:`OPERATIONS` (or added with :func:`describe_operation` by other blueprints) get their query
parameters and response schemas too; the tests validate the API's responses against those schemas.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Flask, Response, current_app, jsonify

import graph
from graph.export import FORMATS
from graph.network import KIND_ORDER, MEASURES

__all__ = ["openapi", "OPERATIONS", "SCHEMAS", "describe_operation", "openapi_document", "openapi_path"]

openapi = Blueprint("openapi", __name__)

# --------------------------------------------------------------------------- schemas


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_STR = {"type": "string"}
_NUM = {"type": "number"}
_INT = {"type": "integer"}
_STRS = {"type": "array", "items": _STR}
_EVIDENCE = {
    "type": "object",
    "required": ["report", "sentence"],
    "properties": {"report": _nullable(_STR), "sentence": _nullable(_STR), "start": _nullable(_INT),
                   "end": _nullable(_INT)},
}
_REF = {
    "type": "object",
    "required": ["id", "iri", "label"],
    "properties": {"id": _STR, "iri": _STR, "label": _STR, "type": _STR},
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": _STR}},
    "EntitySummary": {
        "type": "object",
        "required": ["id", "iri", "label", "type", "types"],
        "properties": {
            "id": {"type": "string", "pattern": r"^[A-Za-z0-9._~-]+$"},
            "iri": _STR, "label": _STR, "label_en": _STR, "type": {"enum": list(KIND_ORDER)},
            "types": _STRS, "aliases": _STRS,
            "match": {"enum": ["exact", "prefix", "substring", "fuzzy"]}, "matched": _STR, "score": _NUM,
        },
    },
    "EntitySearch": {
        "type": "object",
        "required": ["results", "total"],
        "properties": {"results": {"type": "array", "items": _ref("EntitySummary")}, "total": _INT,
                       "limit": _INT, "offset": _INT},
    },
    "Autocomplete": {
        "type": "object",
        "required": ["results"],
        "properties": {"results": {"type": "array", "items": {
            "type": "object", "required": ["id", "label", "type", "matched"],
            "properties": {"id": _STR, "label": _STR, "type": _STR, "matched": _STR, "match": _STR}}}},
    },
    "Entity": {
        "type": "object",
        "required": ["id", "iri", "label", "labels", "types", "counts", "page", "limit", "incomplete"],
        "properties": {
            "counts": {"type": "object", "additionalProperties": _INT,
                       "description": "How long each list is (the lists hold one page of it)."},
            "page": _INT, "limit": _INT,
            "incomplete": {**_STRS, "description": "Lists the time limit cut short (left empty)."},
            "incoming_relations": {"type": "object", "additionalProperties": _INT},
            "links": {"type": "object", "description": "Per list, the URLs of its next and previous pages.",
                      "additionalProperties": {"type": "object",
                                               "properties": {"next": _STR, "previous": _STR}}},
            "members": {"type": "array", "items": {"type": "object"}},
            "id": _STR, "iri": _STR, "label": _STR, "label_en": _STR, "type": _STR, "degree": _INT,
            "labels": {"type": "array", "items": {"type": "object", "required": ["value"],
                                                  "properties": {"value": _STR, "lang": _nullable(_STR)}}},
            "aliases": _STRS, "types": _STRS, "reports": _STRS,
            "properties": {"type": "array", "items": {
                "type": "object", "required": ["property", "value", "evidence"],
                "properties": {"property": _STR, "name": _STR, "value": {}, "lang": _STR, "datatype": _STR,
                               "evidence": {"type": "array", "items": _EVIDENCE}}}},
            "outgoing": {"type": "array", "items": {
                "type": "object", "required": ["relation", "object", "evidence"],
                "properties": {"relation": _STR, "label": _STR, "object": _REF,
                               "evidence": {"type": "array", "items": _EVIDENCE}}}},
            "incoming": {"type": "array", "items": {
                "type": "object", "required": ["relation", "subject", "evidence"],
                "properties": {"relation": _STR, "label": _STR, "subject": _REF,
                               "evidence": {"type": "array", "items": _EVIDENCE}}}},
            "provenance": {"type": "array", "items": {
                "type": "object", "required": ["report", "sentence"],
                "properties": {"report": _nullable(_STR), "sentence": _nullable(_STR),
                               "quote": _nullable(_STR), "start": _nullable(_INT), "end": _nullable(_INT)}}},
            "statistics": {"type": "array", "items": {"type": "object"}},
        },
    },
    "Period": {
        "type": "object",
        "properties": {"label": _nullable(_STR), "start": _nullable(_STR), "end": _nullable(_STR)},
    },
    "Statistic": {
        "type": "object",
        "required": ["value", "unit", "qualifier", "direction", "compared_to", "period", "about", "measure",
                     "source"],
        "properties": {
            "id": _STR, "value": _NUM, "unit": _nullable(_STR),
            "qualifier": _nullable({"enum": ["more-than", "nearly", "about", "at-least", "at-most"]}),
            "direction": _nullable({"enum": ["increase", "decrease"]}),
            "compared_to": _nullable(_STR), "period": _nullable(_ref("Period")), "about": _nullable(_STR),
            "about_label": _nullable(_STR), "measure": _nullable(_STR), "source": _nullable(_STR),
            "sentence": _nullable(_STR),
        },
    },
    "Statistics": {
        "type": "object",
        "required": ["results", "total"],
        "properties": {"results": {"type": "array", "items": _ref("Statistic")}, "total": _INT,
                       "limit": _nullable(_INT), "offset": _INT, "next": _STR},
    },
    "GraphNode": {
        "type": "object",
        "required": ["id", "iri", "label", "type"],
        "properties": {"id": _STR, "iri": _STR, "label": _STR, "type": {"enum": list(KIND_ORDER)},
                       "types": _STRS, "reports": _STRS},
    },
    "GraphEdge": {
        "type": "object",
        "required": ["source", "target", "relation", "label", "reports"],
        "properties": {"source": _STR, "target": _STR, "key": _STR, "relation": _STR, "label": _STR,
                       "reports": _STRS, "role": _STR},
    },
    "Subgraph": {
        "type": "object",
        "required": ["nodes", "edges"],
        "properties": {"nodes": {"type": "array", "items": _ref("GraphNode")},
                       "edges": {"type": "array", "items": _ref("GraphEdge")},
                       "center": _STR, "depth": _INT, "total": _INT, "truncated": {"type": "boolean"}},
    },
    "Path": {
        "allOf": [_ref("Subgraph"), {
            "type": "object", "required": ["path", "length"],
            "properties": {"path": _STRS, "length": _INT, "directed": {"type": "boolean"}}}],
    },
    "Centrality": {
        "type": "object",
        "required": ["results"],
        "properties": {"measure": {"enum": list(MEASURES)}, "results": {"type": "array", "items": {
            "type": "object", "required": ["id", "label", "score"],
            "properties": {"id": _STR, "label": _STR, "type": _STR, "score": _NUM}}}},
    },
    "Components": {
        "type": "object",
        "required": ["results", "total"],
        "properties": {"total": _INT, "results": {"type": "array", "items": {
            "type": "object", "required": ["size", "nodes"],
            "properties": {"size": _INT, "edges": _INT, "types": {"type": "object"},
                           "nodes": {"type": "array", "items": {
                               "type": "object", "required": ["id", "label", "type"],
                               "properties": {"id": _STR, "label": _STR, "type": _STR}}}}}}},
    },
    "GraphSummary": {
        "type": "object",
        "required": ["nodes", "edges", "types", "relations"],
        "properties": {"nodes": _INT, "edges": _INT, "components": _INT, "statistics": _INT,
                       "types": {"type": "object", "additionalProperties": _INT},
                       "relations": {"type": "object", "additionalProperties": _INT}},
    },
}

# --------------------------------------------------------------------------- operations


def _query(name: str, description: str, schema: dict[str, Any] | None = None,
           required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description,
            "schema": schema or _STR}


def _json(schema: str, description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


_ERROR_400 = {"400": _json("Error", "Bad parameter")}
_ERROR_404 = {"404": _json("Error", "Unknown entity")}
_LIMIT = _query("limit", "Most results to return.", {"type": "integer", "minimum": 1})
_TYPE = _query("type", f"Node types, comma-separated: {', '.join(KIND_ORDER)}.")
_DEPTH = _query("depth", "Links from the focus entity (default 1).", {"type": "integer", "minimum": 0})

#: endpoint name -> {method: OpenAPI operation}; path parameters are added from the URL map.
OPERATIONS: dict[str, dict[str, dict[str, Any]]] = {
    "api.entities": {"get": {
        "summary": "Search entities by label and alias (accent-, case- and tone-insensitive), best first.",
        "parameters": [_query("q", "Text to search for; empty lists every entity."), _TYPE, _LIMIT,
                       _query("offset", "Results to skip.", {"type": "integer", "minimum": 0})],
        "responses": {"200": _json("EntitySearch"), **_ERROR_400},
    }},
    "api.entity": {"get": {
        "summary": "One entity: labels, types, counts, and a page of each list (properties, relations both "
                   "ways, members, figures, reports, sentences), each fact with its report and sentence.",
        "parameters": [
            _query("page", "Page of each list, from 1.", {"type": "integer", "minimum": 1}),
            _query("limit", "Items per page of each list (default 20).",
                   {"type": "integer", "minimum": 1, "maximum": 200}),
            _query("list", "Answer one list only.", {"enum": ["properties", "outgoing", "incoming", "members",
                                                              "statistics", "reports", "provenance"]}),
        ],
        "responses": {"200": _json("Entity"), **_ERROR_400, **_ERROR_404},
    }},
    "api.autocomplete": {"get": {
        "summary": "Prefix completion for a search box (accent-insensitive).",
        "parameters": [_query("q", "Prefix typed so far.", required=True), _TYPE, _LIMIT],
        "responses": {"200": _json("Autocomplete"), **_ERROR_400},
    }},
    "api.statistics_route": {"get": {
        "summary": "The statistics (observations), filtered; JSON or CSV.",
        "parameters": [
            _query("unit", "Unit: `percent` or the counted noun (`vụ`)."),
            _query("measure", "Text the measure contains (accent-insensitive)."),
            _query("direction", "Direction of change.", {"enum": ["increase", "decrease"]}),
            _query("period", "Text of the period label, or an ISO date or year inside the period."),
            _query("about", "Entity id of the unit described."),
            _query("format", "Answer format.", {"enum": ["json", "csv"]}),
            _query("limit", "Most figures in a JSON answer (default 500; CSV holds all).",
                   {"type": "integer", "minimum": 1}),
            _query("offset", "Figures to skip (JSON).", {"type": "integer", "minimum": 0}),
        ],
        "responses": {"200": {"description": "OK", "content": {
            "application/json": {"schema": _ref("Statistics")}, "text/csv": {"schema": _STR}}},
            **_ERROR_400},
    }},
    "api.graph_neighbors": {"get": {
        "summary": "The entities within `depth` links of one entity, and the links between them.",
        "parameters": [_DEPTH, _query("limit", "Most nodes: the nearest, the best connected first "
                                      "(default 200).", {"type": "integer", "minimum": 1})],
        "responses": {"200": _json("Subgraph"), **_ERROR_400, **_ERROR_404},
    }},
    "api.graph_path": {"get": {
        "summary": "One shortest path between two entities (undirected unless `directed=true`).",
        "parameters": [_query("from", "Entity id to start from.", required=True),
                       _query("to", "Entity id to reach.", required=True),
                       _query("directed", "Follow links only in their own direction.", {"type": "boolean"})],
        "responses": {"200": _json("Path"), **_ERROR_400,
                      "404": _json("Error", "Unknown entity, or no path")},
    }},
    "api.graph_centrality": {"get": {
        "summary": "Entities ranked by a centrality measure.",
        "parameters": [_query("measure", "Centrality measure.", {"enum": list(MEASURES)}), _TYPE, _LIMIT],
        "responses": {"200": _json("Centrality"), **_ERROR_400},
    }},
    "api.graph_components": {"get": {
        "summary": "The connected components, largest first.",
        "parameters": [_LIMIT],
        "responses": {"200": _json("Components"), **_ERROR_400},
    }},
    "api.graph_summary": {"get": {
        "summary": "Node and edge counts by type and by relation.",
        "responses": {"200": _json("GraphSummary")},
    }},
    "exports.export_route": {"get": {
        "summary": "Download the graph, a neighbourhood or some types of it, in one export format.",
        "parameters": [{"name": "fmt", "in": "path", "required": True, "description": "Export format.",
                        "schema": {"enum": list(FORMATS)}},
                       _query("focus", "Entity id: export its neighbourhood only."), _DEPTH, _TYPE,
                       _query("report", "Report id: export only what that report states.")],
        "responses": {"200": {"description": "The export, with a Content-Disposition file name", "content": {
            f.media_type.split(";")[0]: {"schema": _STR} for f in FORMATS.values()}},
            **_ERROR_400, **_ERROR_404},
    }},
    "linked_data.dereference": {"get": {
        "summary": "Dereference an entity IRI: 303 to its HTML page or RDF document (content negotiation).",
        "responses": {"303": {"description": "See Other: the document describing the entity"}, **_ERROR_404},
    }},
    "linked_data.document": {"get": {
        "summary": "The document describing an entity: Turtle (ttl), JSON-LD (jsonld), N-Triples (nt), HTML.",
        "parameters": [{"name": "ext", "in": "path", "required": True, "description": "Document format.",
                        "schema": {"enum": ["ttl", "jsonld", "nt", "html"]}}],
        "responses": {"200": {"description": "OK", "content": {
            "text/turtle": {"schema": _STR}, "application/ld+json": {"schema": {}},
            "application/n-triples": {"schema": _STR}, "text/html": {"schema": _STR}}},
            **_ERROR_400, **_ERROR_404},
    }},
    "openapi.openapi_json": {"get": {
        "summary": "This OpenAPI document.",
        "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
            "type": "object"}}}}},
    }},
}

# The SPARQL protocol, the Graph Store and the pages: their parameters, so that clients (and the
# schemathesis run of tests/test_schemathesis.py) know what each takes.
_ANY = {"description": "See the summary"}
_DATASET = [_query("default-graph-uri", "IRI of a graph of the query's default graph (repeatable).", _STRS),
            _query("named-graph-uri", "IRI of a named graph of the query's dataset (repeatable).", _STRS)]
_SPARQL_ERRORS = {"400": {"description": "Malformed query, update or parameter"},
                  "403": {"description": "A remote fetch (SERVICE, LOAD) or a write this server refuses"},
                  "406": {"description": "No acceptable result format"},
                  "413": {"description": "Request body too large"},
                  "415": {"description": "Unsupported body type"},
                  "503": {"description": "The query ran past the time limit"}}
_RDF_BODY = {"content": {t: {"schema": _STR} for t in ("text/turtle", "application/n-triples",
                                                       "application/trig", "application/ld+json")}}
_GRAPH = [_query("graph", "IRI of the graph (indirect identification)."),
          _query("default", "The store's default graph (give it without a value).")]
OPERATIONS.update({
    "sparql.endpoint": {
        "get": {
            "summary": "SPARQL 1.1 query by GET; without a query, the service description.",
            "parameters": [_query("query", "The SPARQL query."), *_DATASET,
                           _query("format", "Result format (json, xml, csv, tsv, turtle, ntriples, "
                                            "jsonld …); overrides Accept.")],
            "responses": {"200": _ANY, **_SPARQL_ERRORS},
        },
        "post": {
            "summary": "SPARQL 1.1 query or update by POST (form-encoded, or the text as the body).",
            "parameters": [*_DATASET,
                           _query("using-graph-uri", "USING graph of an update (repeatable).", _STRS),
                           _query("using-named-graph-uri", "USING NAMED graph of an update (repeatable).",
                                  _STRS)],
            "requestBody": {"content": {
                "application/sparql-query": {"schema": _STR},
                "application/sparql-update": {"schema": _STR},
                "application/x-www-form-urlencoded": {"schema": {
                    "type": "object", "properties": {"query": _STR, "update": _STR}}},
            }},
            "responses": {"200": _ANY, "204": {"description": "Update done"},
                          "401": {"description": "The update token is missing or wrong"}, **_SPARQL_ERRORS},
        },
    },
    "gsp.indirect": {
        "get": {"summary": "Graph Store Protocol: read a graph, or the whole dataset.", "parameters": _GRAPH,
                "responses": {"200": _ANY, "404": {"description": "No such graph"}}},
        "put": {"summary": "Graph Store Protocol: replace a graph (needs the update token).",
                "parameters": _GRAPH,
                "requestBody": _RDF_BODY, "responses": {"201": _ANY, "204": _ANY, "401": _ANY, "403": _ANY}},
        "post": {"summary": "Graph Store Protocol: add to a graph, or create one (needs the update token).",
                 "parameters": _GRAPH, "requestBody": _RDF_BODY,
                 "responses": {"201": _ANY, "204": _ANY, "401": _ANY, "403": _ANY}},
        "delete": {"summary": "Graph Store Protocol: drop a graph (needs the update token).",
                   "parameters": _GRAPH,
                   "responses": {"204": _ANY, "401": _ANY, "403": _ANY, "404": _ANY}},
    },
})
_SEARCH_PAGE = [_query("q", "Text to search for."), _TYPE,
                _query("offset", "Results to skip.", {"type": "integer", "minimum": 0})]
_STATISTICS_PAGE = [p for p in OPERATIONS["api.statistics_route"]["get"]["parameters"]
                    if p["name"] != "format"]
_GRAPH_PAGE = [_query("type", "Node types to draw (repeatable, or comma-separated)."),
               _query("report", "Report id: draw only what it says.")]
for _endpoint, _summary, _params in (
        ("pages.search", "Search results page.", _SEARCH_PAGE),
        ("pages.search_json", "Search results (the page's JSON twin).", _SEARCH_PAGE),
        ("pages.statistics_page", "Statistics page: table and charts.", _STATISTICS_PAGE),
        ("pages.statistics_json", "Statistics (the page's JSON twin).", _STATISTICS_PAGE),
        ("pages.graph_page", "Graph page.", _GRAPH_PAGE),
        ("pages.graph_json", "The nodes and edges the graph page draws.", _GRAPH_PAGE),
        ("pages.report", "A report with its facts highlighted.",
         [_query("focus", "A span (start-end) or an entity id to highlight.")])):
    OPERATIONS[_endpoint] = {"get": {"summary": _summary, "parameters": _params,
                                     "responses": {"200": _ANY, "400": _ANY, "404": _ANY}}}


def describe_operation(endpoint: str, method: str, operation: dict[str, Any]) -> None:
    """Add or replace the description of one route (for blueprints outside this module)."""
    OPERATIONS.setdefault(endpoint, {})[method.lower()] = operation


# --------------------------------------------------------------------------- the document

_CONVERTER = re.compile(
    r"<(?:(?P<conv>[a-zA-Z_][a-zA-Z0-9_]*)(?:\([^)]*\))?:)?(?P<name>[a-zA-Z_][a-zA-Z0-9_]*)>")
_PARAM_SCHEMAS = {"int": _INT, "float": _NUM}


def openapi_path(rule: str) -> tuple[str, list[dict[str, Any]]]:
    """Return a Flask rule as an OpenAPI path template, with its path parameters."""
    params: list[dict[str, Any]] = []

    def repl(match: re.Match[str]) -> str:
        name = match.group("name")
        conv = match.group("conv") or "string"
        description = "Path below the entity base (may contain /)." if conv == "path" else None
        param: dict[str, Any] = {"name": name, "in": "path", "required": True,
                                 "schema": _PARAM_SCHEMAS.get(conv, _STR)}
        if name in ("entity_id",):
            description = "Entity id (see `/api/entities`)."
        if description:
            param["description"] = description
        params.append(param)
        return "{" + name + "}"

    return _CONVERTER.sub(repl, rule), params


def _docstring(app: Flask, endpoint: str) -> str:
    view = app.view_functions.get(endpoint)
    doc = (getattr(view, "__doc__", None) or "").strip()
    return doc.splitlines()[0] if doc else endpoint


def openapi_document(app: Flask) -> dict[str, Any]:
    """Return the OpenAPI document of every route of ``app``."""
    paths: dict[str, dict[str, Any]] = {}
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if rule.endpoint == "static" or rule.endpoint.endswith(".static"):
            continue
        path, path_params = openapi_path(rule.rule)
        described = OPERATIONS.get(rule.endpoint, {})
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            key = method.lower()
            operation = dict(described.get(key) or {
                "summary": _docstring(app, rule.endpoint),
                "responses": {"default": {"description": "See the summary"}},
            })
            several = len((rule.methods or set()) - {"HEAD", "OPTIONS"}) > 1
            operation["operationId"] = f"{rule.endpoint}.{key}" if several else rule.endpoint
            own = list(operation.get("parameters", []))
            # a path parameter the operation describes itself (e.g. with an enum) replaces the URL map's
            named = {p["name"] for p in own if p["in"] == "path"}
            operation["parameters"] = [p for p in path_params if p["name"] not in named] + own
            if not operation["parameters"]:
                del operation["parameters"]
            paths.setdefault(path, {})[key] = operation
    # operationIds must be unique across the document
    seen: dict[str, int] = {}
    for item in paths.values():
        for op in item.values():
            op_id = op["operationId"]
            seen[op_id] = seen.get(op_id, 0) + 1
            if seen[op_id] > 1:
                op["operationId"] = f"{op_id}.{seen[op_id]}"
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "vnkg",
            "version": graph.__version__,
            "description": "Knowledge graphs from Vietnamese government and public-security news reports: "
                           "REST lookups, graph queries, exports and SPARQL.",
        },
        "paths": paths,
        "components": {"schemas": SCHEMAS},
    }


@openapi.get("/openapi.json")
def openapi_json() -> Response:
    """Return this OpenAPI document."""
    return jsonify(openapi_document(current_app))
