"""Content negotiation: pick a format from the Accept header (q-values, wildcards) or a parameter.

The Accept header is parsed by werkzeug (:class:`werkzeug.datastructures.MIMEAccept`), never by
string matching; each offer then gets the q-value of the most specific range that matches it
(werkzeug's own ``best_match`` lets ``*/*`` override an explicit ``q=0``). Media-type parameters
(``text/turtle; charset=utf-8``) are ignored: every format is served in UTF-8. Server preference
breaks ties: the first format of the candidate list wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from graph.store import FORMATS, Format

__all__ = ["parse_accept", "quality", "choose_format", "prefers_html", "format_from_param"]


def parse_accept(header: str | None) -> MIMEAccept:
    """Return the parsed Accept header (an empty one when absent)."""
    return parse_accept_header(header, MIMEAccept) if header else MIMEAccept()


def format_from_param(value: str, candidates: Sequence[Format]) -> Format | None:
    """Return the candidate a ``format`` parameter names: short name, extension or media type."""
    v = value.strip().lower()
    for fmt in candidates:
        if v in (fmt.name, fmt.extension, fmt.label.lower()) or v in fmt.media_types:
            return fmt
    # common spellings clients use in links
    aliases = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "rdf": "rdfxml",
               "json-ld": "jsonld", "nq": "nquads", "n-quads": "nquads", "rdf/xml": "rdfxml",
               "xml": "rdfxml", "json": "jsonld"}  # the last two: for graph answers
    name = aliases.get(v)
    if name is not None and FORMATS.get(name) in candidates:
        return FORMATS[name]
    return None


def _match(accept: MIMEAccept, offer: str) -> tuple[int, float]:
    """Return (specificity, q) of the most specific Accept range matching ``offer`` ((-1, 0) if none)."""
    otype, _, osub = offer.lower().partition("/")
    best_rank, best_q = -1, 0.0
    for value, q in accept:
        v = value.split(";", 1)[0].strip().lower()
        vtype, _, vsub = v.partition("/")
        if vtype == otype and vsub == osub:
            rank = 2
        elif vtype == otype and vsub == "*":
            rank = 1
        elif v in ("*/*", "*"):
            rank = 0
        else:
            continue
        if rank > best_rank:
            best_rank, best_q = rank, q
    return best_rank, best_q


def quality(accept: MIMEAccept, offer: str) -> float:
    """Return the q-value the client gives a media type: that of its most specific matching range.

    RFC 9110 §12.5.1: ``text/csv`` beats ``text/*`` beats ``*/*``, so
    ``application/sparql-results+json;q=0, */*`` refuses JSON and accepts the rest.
    """
    return _match(accept, offer)[1]


def _format_quality(accept: MIMEAccept, fmt: Format) -> float:
    # The most specific mention of any of the format's media types decides, so an explicit
    # refusal of the canonical type is not undone by an alias matching */*.
    return max(_match(accept, mt) for mt in fmt.media_types)[1]


def choose_format(candidates: Sequence[Format], accept: MIMEAccept | str | None,
                  param: str | None = None) -> Format | None:
    """Return the best candidate for the client, or None when nothing acceptable (→ 406).

    ``param`` (a ``format`` query parameter) wins over the header. Each candidate rates as the best
    q-value of its media types (canonical and aliases); the highest wins, ties go to the earlier
    candidate (server preference). No Accept header gives the first candidate.
    """
    if param:
        return format_from_param(param, candidates)
    if not isinstance(accept, MIMEAccept):
        accept = parse_accept(accept)
    if not accept:
        return candidates[0] if candidates else None
    best, best_q = None, 0.0
    for fmt in candidates:
        q = _format_quality(accept, fmt)
        if q > best_q:
            best, best_q = fmt, q
    return best


def prefers_html(accept: MIMEAccept | str | None, others: Sequence[Format]) -> bool:
    """Return whether a client (a browser) wants an HTML page rather than any of ``others``.

    True when text/html is listed explicitly and rates at least as high as the best of the others;
    a bare ``*/*`` (curl, scripts) gets data, not a page.
    """
    if not isinstance(accept, MIMEAccept):
        accept = parse_accept(accept)
    if not any(value.split(";", 1)[0].strip().lower() in ("text/html", "application/xhtml+xml")
               for value, _ in accept):
        return False
    html = max(quality(accept, "text/html"), quality(accept, "application/xhtml+xml"))
    best_other = max((_format_quality(accept, f) for f in others), default=0)
    return html > 0 and html >= best_other
