"""Indicators: the figures of many reports lined up across provinces and periods.

Each figure (a ``qb:Observation``) keeps its measure phrase as the report wrote it. This module
maps that phrase, with the counted noun, to one concept of the indicator scheme
(``ontology/gazetteers/indicators.tsv``; as SKOS in ``ontology/indicators.ttl``):

* a phrase of the indicator occurs in the measure (whole words, after abbreviations are written
  out and case, tone placement and punctuation are folded with :func:`graph.text.key`); a phrase
  ``a + b`` needs both parts;
* the counted noun fits the indicator's unit (``vụ`` for cases, ``người`` for persons, money,
  mass, per cent …);
* the highest rank wins, then the longest phrase; a percentage is the level of a rate indicator,
  or the change (with a direction) or share (without) of a count indicator.

A figure nothing fits stays unmapped: it keeps its observation and is counted, never forced.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from graph.text import key

__all__ = ["Indicator", "Match", "Scheme", "load_scheme", "match", "area_of", "scheme_turtle",
           "INDICATOR_BASE", "indicator_iri"]

INDICATOR_BASE = "https://w3id.org/vnkg/concept/indicator/"
SCHEME_IRI = "https://w3id.org/vnkg/concept/indicator"
TSV = Path(str(resources.files("graph") / "ontology" / "gazetteers" / "indicators.tsv"))

# Counted nouns by group (comparison keys); '@group' in the table's nouns column.
NOUN_GROUPS: dict[str, tuple[str, ...]] = {
    "cases": ("vụ", "vụ án", "vụ việc", "việc", "trường hợp", "vụ vi phạm"),
    "persons": (
        "người", "đối tượng", "bị can", "bị cáo", "nạn nhân", "trường hợp", "lượt người", "học sinh",
        "trẻ em", "người lớn", "thanh niên", "công nhân", "thí sinh", "em",
        "cháu", "ngư dân", "phụ nữ", "người dân", "công dân", "nam", "nữ", "lao động", "thuyền viên",
        "phạm nhân", "học viên",
    ),
    "mass": ("kg", "kilôgam", "ki lô gam", "kilogam", "g", "gam", "gram", "tấn", "tạ", "yến", "mg",
             "miligam", "lạng"),
    "units": ("đơn vị", "đồn", "công an", "phòng", "đội"),
}
MONEY_WORDS = frozenset({"đồng", "usd", "đô", "đôla", "euro"})
BARE_MONEY = frozenset({"tỷ", "tỉ", "triệu", "nghìn", "ngàn"})
MULTIPLIERS = ("triệu", "nghìn", "ngàn", "vạn", "trăm", "chục", "tỷ", "tỉ", "hàng")
CLASSIFIERS = ("chiếc", "con", "cái", "quả")
NEAR_WORDS = 3  # a '^phrase' starts within this many words after the counted noun
RATE_WORDS = ("tỷ lệ", "tỉ lệ", "trên tổng số")


@dataclass(frozen=True)
class Indicator:
    """One concept of the scheme."""

    key: str
    vi: str
    en: str
    phrases: tuple[str, ...]  # as written in the table ('a + b' needs both parts)
    broader: str | None
    unit: str | None  # cases | persons | count | money | mass | years | percent
    percent: str  # for a percentage of this indicator: 'level' (a rate) or 'change'
    nouns: tuple[str, ...]
    rank: int

    @property
    def is_rate(self) -> bool:
        return self.unit == "percent"

    @property
    def iri(self) -> str:
        return indicator_iri(self.key)


@dataclass(frozen=True)
class Match:
    """Which indicator a figure is, by which phrase, and whether its value is a level or a change."""

    indicator: Indicator
    phrase: str
    kind: str  # level | change | share (of a count) | average (per day, per person …)


def indicator_iri(indicator_key: str) -> str:
    return INDICATOR_BASE + indicator_key


class Scheme:
    """The indicator table with its phrases folded for matching."""

    def __init__(self, indicators: list[Indicator]):
        self.indicators = {i.key: i for i in indicators}
        self._phrases: list[tuple[Indicator, str, tuple[str, ...], bool]] = []
        self._excludes: dict[str, tuple[str, ...]] = {}
        for indicator in indicators:
            for phrase in indicator.phrases:
                if phrase.startswith("!"):  # the indicator never fits a measure with this phrase
                    self._excludes[indicator.key] = (*self._excludes.get(indicator.key, ()), key(phrase))
                    continue
                # '^phrase': it must follow the counted noun closely ('người tử vong', not
                # 'thanh niên tấn công làm 2 người tử vong')
                near = phrase.startswith("^")
                parts = tuple(key(p) for p in phrase.lstrip("^").split(" + ") if key(p))
                if parts:
                    self._phrases.append((indicator, phrase.lstrip("^"), parts, near))
        self._nouns = {i.key: _expand_nouns(i.nouns) for i in indicators}
        # The phrases' parts and the excluded phrases padded once, as match looks them up.
        self._padded = [(indicator, phrase, tuple(f" {p} " for p in parts), sum(len(p) for p in parts), near)
                        for indicator, phrase, parts, near in self._phrases]
        self._padded_excludes = {k: tuple(f" {x} " for x in xs) for k, xs in self._excludes.items()}
        # The phrases by the first word of their first part: only those whose word the measure holds can
        # match it (a part is found as whole words), so match tries those, not the whole table.
        self._by_first_word: dict[str, list[int]] = {}
        for n, (_, _, parts, _, _) in enumerate(self._padded):
            self._by_first_word.setdefault(parts[0].split()[0], []).append(n)
        self._rate_words = tuple(key(w) for w in RATE_WORDS)
        # A corpus states the same measure and unit again and again: answers are kept.
        self._memo: dict[tuple[str, str | None, str | None], Match | None] = {}

    def __iter__(self):
        return iter(self.indicators.values())

    def depth(self, indicator: Indicator) -> int:
        depth, seen = 0, indicator
        while seen.broader and seen.broader in self.indicators and depth < 20:
            seen = self.indicators[seen.broader]
            depth += 1
        return depth

    def ancestors(self, indicator_key: str) -> list[str]:
        out, current = [], self.indicators.get(indicator_key)
        while current and current.broader and current.broader not in out:
            out.append(current.broader)
            current = self.indicators.get(current.broader)
        return out

    def fits_noun(self, indicator: Indicator, unit: str) -> bool:
        """Does the counted noun ``unit`` (a comparison key) fit ``indicator``?"""
        if indicator.unit == "money":
            return _is_money(unit)
        if _is_money(unit) or "/" in unit:
            return False  # money, or a rate per day/person: not a count of this indicator
        nouns = self._nouns[indicator.key]
        return any(form == n or form.startswith(n + " ") for form in _noun_forms(unit) for n in nouns)

    def match(self, measure: str, unit: str | None, direction: str | None = None) -> Match | None:
        """Return the indicator of a figure, or None when none fits (the figure stays unmapped)."""
        args = (measure, unit, direction)
        try:
            return self._memo[args]
        except KeyError:
            pass
        if len(self._memo) >= 100_000:
            self._memo.clear()
        found = self._memo[args] = self._match(measure, unit, direction)
        return found

    def _match(self, measure: str, unit: str | None, direction: str | None) -> Match | None:
        from graph.gazetteer import load

        gaz = load()
        raw_unit = (unit or "").strip()
        head = raw_unit.split("/")[0]
        per_unit = "/" in raw_unit and not _is_money(key(head))
        unit_key = key(gaz.expand(head if per_unit else raw_unit))
        percent = (unit or "").strip().casefold() in ("percent", "%", "phần trăm")
        text = key(gaz.expand(measure or ""))
        if unit_key and not text.startswith(unit_key) and not percent:
            text = f"{unit_key} {text}"
        padded = f" {text} "
        is_rate_phrase = any(f" {w} " in padded for w in self._rate_words)
        # 'tỷ lệ vụ …' is a share of the count; '… mà tỷ lệ thương tật từ' is not
        share_phrase = any(text.startswith(w + " ") for w in self._rate_words)
        best: tuple[tuple, Match] | None = None
        head = " " + " ".join(text.split()[: len(unit_key.split()) + NEAR_WORDS]) + " "
        words = set(padded.split())
        tried = sorted({n for w in words for n in self._by_first_word.get(w, ())})  # in the table's order
        for indicator, phrase, parts, length, near in (self._padded[n] for n in tried):
            within = head if near else padded
            if not all(p in within for p in parts):
                continue
            if any(x in padded for x in self._padded_excludes.get(indicator.key, ())):
                continue
            if percent:
                if indicator.is_rate:
                    kind = "change" if direction else "level"
                elif indicator.unit in (None, ""):
                    continue
                elif direction:
                    kind = "change"
                elif share_phrase:
                    kind = "share"  # 'tỷ lệ vụ … do người thân gây ra': a share of the count
                else:
                    continue  # a percentage of a count with no rise or fall: a share of what is unsaid
                # 'tỷ lệ …' in front, or a rate word and no rise or fall: the rate; else the count
                wants_rate = share_phrase or (is_rate_phrase and not direction)
                bonus = 1 if indicator.is_rate == wants_rate else 0
            else:
                if not indicator.unit or indicator.is_rate or not self.fits_noun(indicator, unit_key):
                    continue
                kind, bonus = "level", 0
                if per_unit or " bình quân " in padded or " trung bình " in padded:
                    kind = "average"
            score = (indicator.rank + 2 * bonus, length, self.depth(indicator))
            if best is None or score > best[0]:
                best = (score, Match(indicator, phrase, kind))
        return best[1] if best else None


def _is_money(unit: str) -> bool:
    """Is the (folded) unit an amount of money: 'đồng', 'tỷ đồng', 'triệu', 'đồng/kg' (not 'hợp đồng')?"""
    head = unit.split("/")[0].split()
    if " ".join(head) in BARE_MONEY:
        return True
    while len(head) > 1 and head[0] in MULTIPLIERS:
        head = head[1:]
    return bool(head) and head[0] in MONEY_WORDS


def _noun_forms(unit: str) -> list[str]:
    """The counted noun and the same without a leading multiplier or classifier ('triệu lượt người')."""
    forms = [unit]
    words = unit.split()
    while len(words) > 1 and words[0] in MULTIPLIERS + CLASSIFIERS:
        words = words[1:]
        forms.append(" ".join(words))
    return forms


def _expand_nouns(nouns: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for noun in nouns:
        if noun.startswith("@"):
            out.extend(key(n) for n in NOUN_GROUPS.get(noun[1:], ()))
        elif key(noun):
            out.append(key(noun))
    return tuple(dict.fromkeys(out))


def read_table(path: Path = TSV) -> list[Indicator]:
    """Read the indicator table (TSV: key, vi, en, phrases, broader, unit, percent, nouns, rank)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    out = []
    for row in rows:
        out.append(Indicator(
            key=row["key"],
            vi=row["vi"],
            en=row["en"],
            phrases=tuple(p.strip() for p in (row.get("phrases") or "").split("|") if p.strip()),
            broader=row.get("broader") or None,
            unit=row.get("unit") or None,
            percent=row.get("percent") or "change",
            nouns=tuple(n.strip() for n in (row.get("nouns") or "").split("|") if n.strip()),
            rank=int(row.get("rank") or 0),
        ))
    return out


@cache
def load_scheme() -> Scheme:
    """Load (once) the indicator scheme."""
    return Scheme(read_table())


def match(measure: str, unit: str | None, direction: str | None = None) -> Match | None:
    """Map one figure to an indicator with the packaged scheme (see :meth:`Scheme.match`)."""
    return load_scheme().match(measure, unit, direction)


# --------------------------------------------------------------------------- area


@cache
def _place_forms() -> list[tuple[str, str]]:
    from graph.gazetteer import load

    gaz = load()
    forms = []
    for entry in gaz.table("places").values():
        for form in entry.forms:
            if key(form):
                forms.append((key(form), entry.key))
    forms.sort(key=lambda f: len(f[0]), reverse=True)
    return forms


def area_of(name: str | None):
    """Return the province or city (a places gazetteer entry) a unit's name places it in, or None.

    'Công an TP Cần Thơ' → Cần Thơ; 'Phòng CSGT Công an tỉnh Bắc Ninh' → Bắc Ninh. A province merged
    away in 2025 stays itself (its entry's ``broader`` is the unit it joined).
    """
    return _area_of(name) if name else None


# Kept by name: a report's figures name the same few units again (829 asks, 167 names in 200
# reports), and each ask tries every place form in turn (~25 µs).
@lru_cache(maxsize=50_000)
def _area_of(name: str):
    from graph.gazetteer import load

    gaz = load()
    text = f" {key(gaz.expand(name))} "
    for form, entry_key in _place_forms():
        if f" {form} " in text:
            return gaz.table("places")[entry_key]
    return None


# --------------------------------------------------------------------------- SKOS


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


UNIT_LABELS = {
    "cases": ("số vụ", "count of cases"),
    "persons": ("số người", "count of persons"),
    "count": ("số lượng", "count"),
    "money": ("đồng", "Vietnamese dong"),
    "mass": ("khối lượng", "mass"),
    "area": ("diện tích", "area"),
    "years": ("thời gian (năm, tháng)", "duration (years, months)"),
    "percent": ("phần trăm", "per cent"),
}


def scheme_turtle(indicators: list[Indicator] | None = None) -> str:
    """Return ontology/indicators.ttl: the scheme as SKOS, generated from the table."""
    indicators = indicators or read_table()
    lines = [
        "# Generated from ontology/gazetteers/indicators.tsv by `python -m graph.indicators`;",
        "# edit the table, not this file (tests/test_indicators.py checks they agree).",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix vnkg: <https://w3id.org/vnkg/ontology#> .",
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
        "@prefix qb: <http://purl.org/linked-data/cube#> .",
        "@prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .",
        "@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .",
        "@prefix sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> .",
        f"@prefix vnkgi: <{INDICATOR_BASE}> .",
        "",
        f"<{SCHEME_IRI}> a skos:ConceptScheme ;",
        '    skos:prefLabel "Chỉ tiêu thống kê"@vi , "Indicators"@en ;',
        '    rdfs:label "Chỉ tiêu thống kê"@vi , "Indicators"@en ;',
        '    rdfs:comment "Các chỉ tiêu mà số liệu của các bài được quy về, để so sánh giữa tỉnh và kỳ."@vi'
        ' ,',
        '        "The indicators the reports\' figures are mapped to, so they compare across provinces and'
        ' periods."@en .',
        "",
    ]
    for ind in indicators:
        parts = [
            f"vnkgi:{ind.key} a skos:Concept , vnkg:Indicator",
            f"    skos:inScheme <{SCHEME_IRI}>",
            f"    skos:prefLabel {_literal(ind.vi)}@vi , {_literal(ind.en)}@en",
            f"    rdfs:label {_literal(ind.vi)}@vi , {_literal(ind.en)}@en",
            f"    skos:notation {_literal(ind.key)}",
        ]
        if ind.broader:
            parts.append(f"    skos:broader vnkgi:{ind.broader}")
        else:
            parts.append(f"    skos:topConceptOf <{SCHEME_IRI}>")
        if ind.unit:
            vi, en = UNIT_LABELS.get(ind.unit, (ind.unit, ind.unit))
            parts.append(f"    vnkg:indicatorUnit {_literal(ind.unit)}")
            parts.append(f"    skos:scopeNote {_literal('Đơn vị: ' + vi)}@vi , {_literal('Unit: ' + en)}@en")
            parts.append(f"    vnkg:percentKind vnkg:{'LevelValue' if ind.is_rate else 'ChangeValue'}")
        alt = sorted({p for p in ind.phrases if " + " not in p})
        if alt:
            parts.append("    skos:hiddenLabel " + " , ".join(f"{_literal(p)}@vi" for p in alt))
        lines.append(" ;\n".join(parts) + " .\n")
    # The cube (its structure and properties) is kept by hand next to the table.
    return "\n".join(lines) + (TSV.parent / "indicators-cube.ttl").read_text(encoding="utf-8")



KIND_TERMS = {"level": "LevelValue", "change": "ChangeValue", "share": "ShareValue",
              "average": "AverageValue"}


def annotate(graph, node, stat, place) -> bool:
    """Add the indicator triples of one observation; return whether it was mapped.

    ``place(name)`` returns the IRI of a place by its name (the report builder's places).
    """
    from rdflib import Literal, URIRef

    from graph.gazetteer import load
    from graph.rdf import VNKG

    found = match(stat.measure, stat.unit, stat.direction)
    entry = area_of(stat.about)
    if entry is not None:
        area = place(entry.vi)
        graph.add((node, VNKG.refArea, area))
        successor = load().table("places").get(entry.broader or "") if entry.kind and \
            entry.kind.startswith("former") else None
        if successor is not None:
            graph.add((area, VNKG.mergedInto, place(successor.vi)))
    if found is None:
        return False
    graph.add((node, VNKG.indicator, URIRef(found.indicator.iri)))
    graph.add((node, VNKG.indicatorPhrase, Literal(found.phrase, lang="vi")))
    graph.add((node, VNKG.valueKind, VNKG[KIND_TERMS[found.kind]]))
    return True


def conflicts_graph_iri(base: str) -> str:
    return f"{base}graph/indicator-conflicts"


CONFLICTS_QUERY = """PREFIX vnkg: <https://w3id.org/vnkg/ontology#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
SELECT DISTINCT ?a ?b WHERE {
  ?a vnkg:indicator ?i ; vnkg:refArea ?area ; vnkg:periodStart ?start ; vnkg:periodEnd ?end ;
     vnkg:valueKind ?kind ; sdmx-measure:obsValue ?va ; qb:dataSet ?da .
  ?b vnkg:indicator ?i ; vnkg:refArea ?area ; vnkg:periodStart ?start ; vnkg:periodEnd ?end ;
     vnkg:valueKind ?kind ; sdmx-measure:obsValue ?vb ; qb:dataSet ?db .
  FILTER(?da != ?db && ?va != ?vb)
  OPTIONAL { ?a sdmx-attribute:unitMeasure ?ua } OPTIONAL { ?b sdmx-attribute:unitMeasure ?ub }
  OPTIONAL { ?a vnkg:direction ?dira } OPTIONAL { ?b vnkg:direction ?dirb }
  OPTIONAL { ?a vnkg:comparedTo ?basa } OPTIONAL { ?b vnkg:comparedTo ?basb }
  FILTER(COALESCE(STR(?ua), "") = COALESCE(STR(?ub), "")
         && COALESCE(STR(?dira), "") = COALESCE(STR(?dirb), "")
         && COALESCE(STR(?basa), "") = COALESCE(STR(?basb), ""))
}"""


def conflict_graph(store, base: str | None = None):
    """Return the links between figures of different reports that disagree.

    Two figures conflict when they have the same indicator, area, period, kind of value, unit,
    direction and basis but different values: each gets ``vnkg:conflictsWith`` the other. They are
    flagged and linked, never averaged (the build keeps them in their own named graph).
    """
    from graph.rdf import BASE
    from graph.resolve import graph_rows

    return conflict_graph_of(graph_rows(store, base or BASE))


def _differ(a, b) -> bool:
    """Return whether two figure values differ as SPARQL's ``!=`` says: numbers by value."""
    from rdflib import Literal

    if isinstance(a, Literal) and isinstance(b, Literal):
        x, y = _as_number(a), _as_number(b)
        if x is not None and y is not None:
            return x != y
    return a != b


def _as_number(term):
    from decimal import Decimal, InvalidOperation

    from rdflib import XSD

    if term.datatype not in (XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long,
                             XSD.nonNegativeInteger):
        return None
    try:
        return Decimal(str(term))
    except (InvalidOperation, ValueError):
        return None


def conflict_graph_of(rows):
    """Return the conflict links from the report graphs' rows (:func:`graph.resolve.graph_rows`).

    The same test as :data:`CONFLICTS_QUERY`, made in memory from rows an increment keeps.
    """
    from collections import defaultdict

    from rdflib import Graph, URIRef

    from graph.rdf import VNKG

    groups = defaultdict(list)
    for found in rows.values():
        for group, node, value, dataset in found.observations:
            groups[group].append((node, value, dataset))
    pairs = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        for a, va, da in members:
            for b, vb, db in members:
                if da != db and _differ(va, vb):
                    pairs.add((a, b))
    graph = Graph()
    for a, b in sorted(pairs):
        graph.add((URIRef(a), VNKG.conflictsWith, URIRef(b)))
    return graph


if __name__ == "__main__":  # python -m graph.indicators > ontology/indicators.ttl
    print(scheme_turtle(), end="")
