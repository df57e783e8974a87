"""Entity search: a label and alias index over the graph view, ranked exact > prefix > substring > fuzzy.

Every written form of an entity (``rdfs:label`` in each language, ``skos:altLabel``, ``schema:name``)
is indexed under :func:`graph.text.search_key`, so case, accents and tone-mark placement do not
matter: ``le thi hoa``, ``LÊ THỊ HOÀ``, ``Lê Thị Hòa`` and ``Lê Thị Hoà`` all find their
entity. The index is built once per projection (so once per store generation) and cached with it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from graph.network import Projection, parse_types
from graph.text import search_key

__all__ = ["EXACT", "PREFIX", "SUBSTRING", "FUZZY", "Hit", "SearchIndex", "normalise", "search_index"]

EXACT, PREFIX, SUBSTRING, FUZZY = 0, 1, 2, 3
MATCH_NAMES = {EXACT: "exact", PREFIX: "prefix", SUBSTRING: "substring", FUZZY: "fuzzy"}
FUZZY_CUTOFF = 85.0
ALIAS_ATTRS = ("label_en", "aliases", "name", "name_en")


def normalise(text: str) -> str:
    """Return the search key of a text, with runs of spaces and punctuation collapsed."""
    return " ".join(re.sub(r"[^\w]+", " ", search_key(text)).split())


@dataclass(frozen=True)
class Hit:
    """One ranked search result."""

    id: str
    tier: int
    score: float  # 100 for exact, prefix and substring; the fuzzy ratio otherwise
    form: str  # the label or alias that matched

    @property
    def match(self) -> str:
        """The name of the tier: exact, prefix, substring or fuzzy."""
        return MATCH_NAMES[self.tier]


class SearchIndex:
    """Label and alias index of one graph."""

    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = graph
        self.forms: list[tuple[str, str, str, bool]] = []  # (key, node id, form, is main label)
        for nid, data in graph.nodes(data=True):
            seen: set[str] = set()
            for form, main in _forms(data):
                key = normalise(form)
                if key and key not in seen:
                    seen.add(key)
                    self.forms.append((key, nid, form, main))
        self.keys = [f[0] for f in self.forms]
        # every word-initial suffix of every key, sorted, for prefix completion by bisection
        self.suffixes: list[tuple[str, int]] = sorted(
            (key[i:], n)
            for n, key in enumerate(self.keys)
            for i in [0, *(m.end() for m in re.finditer(r" ", key))]
        )
        self.degree = dict(graph.degree())

    def _rank_key(self, hit: Hit, main: bool, position: int = 0) -> tuple[Any, ...]:
        data = self.graph.nodes[hit.id]
        # ties: the better score, the main label over an alias, the earlier match, the better
        # connected entity, the shorter label
        return (hit.tier, -hit.score, not main, position, -self.degree.get(hit.id, 0), len(data["label"]),
                data["label"], hit.id)

    def search(self, query: str, types: str | Iterable[str] | None = None, fuzzy: bool = True) -> list[Hit]:
        """Return every entity matching ``query``, best first (all entities when it is empty)."""
        wanted = parse_types(types)
        graph = self.graph

        def allowed(nid: str) -> bool:
            return wanted is None or graph.nodes[nid]["type"] in wanted

        q = normalise(query or "")
        if not q:
            hits = [Hit(n, EXACT, 100.0, d["label"]) for n, d in graph.nodes(data=True) if allowed(n)]
            hits.sort(key=lambda h: (graph.nodes[h.id]["type"], graph.nodes[h.id]["label"], h.id))
            return hits
        best: dict[str, tuple[tuple[Any, ...], Hit]] = {}

        def offer(hit: Hit, position: int, main: bool) -> None:
            rank = self._rank_key(hit, main, position)
            if hit.id not in best or rank < best[hit.id][0]:
                best[hit.id] = (rank, hit)

        for key, nid, form, main in self.forms:
            if not allowed(nid):
                continue
            if key == q:
                offer(Hit(nid, EXACT, 100.0, form), 0, main)
            elif key.startswith(q):
                offer(Hit(nid, PREFIX, 100.0, form), 0, main)
            else:
                position = key.find(q)
                if position >= 0:
                    offer(Hit(nid, SUBSTRING, 100.0, form), position, main)
        if fuzzy and len(q) >= 3:
            for _key, score, n in process.extract(
                q, self.keys, scorer=_fuzzy_score, score_cutoff=FUZZY_CUTOFF, limit=None
            ):
                _, nid, form, main = self.forms[n]
                if nid not in best and allowed(nid) or nid in best and best[nid][1].tier == FUZZY:
                    offer(Hit(nid, FUZZY, round(score, 1), form), 0, main)
        return [hit for _, hit in sorted(best.values(), key=lambda item: item[0])]

    def autocomplete(self, query: str, limit: int = 10,
                     types: str | Iterable[str] | None = None) -> list[Hit]:
        """Return up to ``limit`` entities whose label or alias, or a word of one, starts with ``query``."""
        wanted = parse_types(types)
        q = normalise(query or "")
        if not q:
            return []
        start = bisect.bisect_left(self.suffixes, (q, -1))
        found: dict[str, tuple[tuple[Any, ...], Hit]] = {}
        # Bound the scan so a one-letter query stays fast on a large graph.
        scan_limit = max(limit * 50, 500)
        for suffix, n in self.suffixes[start : start + scan_limit]:
            if not suffix.startswith(q):
                break
            key, nid, form, main = self.forms[n]
            if wanted is not None and self.graph.nodes[nid]["type"] not in wanted:
                continue
            tier = EXACT if key == q else PREFIX if key.startswith(q) else SUBSTRING
            hit = Hit(nid, tier, 100.0, form)
            rank = self._rank_key(hit, main)
            if nid not in found or rank < found[nid][0]:
                found[nid] = (rank, hit)
        return [hit for _, hit in sorted(found.values(), key=lambda item: item[0])[:limit]]


def _fuzzy_score(query: str, choice: str, *, processor: Any = None,
                 score_cutoff: float | None = None) -> float:
    # whole-string similarity, or a near-exact match of the query inside a longer label
    whole = fuzz.ratio(query, choice)
    part = fuzz.partial_ratio(query, choice) * 0.95 if len(choice) > len(query) >= 5 else 0.0
    score = max(whole, part)
    return score if score_cutoff is None or score >= score_cutoff else 0.0


def _forms(data: dict[str, Any]) -> list[tuple[str, bool]]:
    out = [(data["label"], True)]
    for attr in ALIAS_ATTRS:
        value = data.get(attr)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and v:
                out.append((v, False))
    return out


def search_index(projection: Projection) -> SearchIndex:
    """Return the search index of a projection (built once per projection)."""
    return projection.memo("search-index", lambda: SearchIndex(projection.graph))
