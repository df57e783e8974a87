"""``GET /export/<format>``: the graph for drawing tools (GraphML, GEXF, d3, Cytoscape.js, DOT) and RDF dumps.

Parameters: ``focus`` (an entity id: its neighbourhood only), ``depth`` (links from the focus, default 1)
and ``type`` (comma-separated node types). Downloads carry a file name.
"""

from __future__ import annotations

from flask import Blueprint, Response, request

from graph.export import FORMATS, export
from graph.network import WARM_WAIT, GraphError, NodeNotFound, WarmingUp
from graph.store import StoreError
from graph.web.api import MAX_DEPTH, BadRequest, _handle, graph_view_of, int_arg

__all__ = ["exports"]

exports = Blueprint("exports", __name__, url_prefix="/export")
exports.register_error_handler(GraphError, _handle)
exports.register_error_handler(NodeNotFound, _handle)
exports.register_error_handler(StoreError, _handle)
exports.register_error_handler(WarmingUp, _handle)


@exports.get("/<fmt>")
def export_route(fmt: str) -> Response:
    """Download the whole graph, or a neighbourhood or some types of it, in one export format."""
    if fmt not in FORMATS:
        raise BadRequest(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    focus = request.args.get("focus", "").strip() or None
    depth = int_arg("depth", 1, 0, MAX_DEPTH)
    types = request.args.get("type", "").strip() or None
    report = request.args.get("report", "").strip() or None
    result = export(graph_view_of(), fmt, focus=focus, depth=depth, types=types, report=report,
                    wait=WARM_WAIT)
    response = Response(result.data, content_type=result.media_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{result.filename}"'
    return response
