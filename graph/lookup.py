"""One entity, described for people: counts and paged lists, each fact with its report and sentence.

Designed for hubs: a provincial police unit is named in thousands of statements, a common official
in hundreds of reports. So nothing here reads "everything about" an entity. Each list — literal
values, links out, links in, members, reports, figures, source sentences — is one query for its
count (an aggregate) and one for the asked page (``LIMIT``/``OFFSET``), and the details of a page
(labels, evidence) are read for that page's items only, bound with ``VALUES``. No query joins
independent OPTIONAL blocks: optional values come as (item, property, value) rows of one pattern.

Every query runs under the budget in force (:mod:`graph.store.budget`): a list whose query is
stopped at the time limit is left empty and named in ``incomplete``, and the others still come.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from rdflib import Literal, URIRef

from graph.network import (
    OA,
    ORG,
    PROV,
    QB,
    RDF,
    RDFS,
    SCHEMA,
    SDMX_ATTRIBUTE,
    SDMX_MEASURE,
    SKOS,
    VNKG,
    Projection,
    _chunks,
    _label_of,
    _token,
    _unit_name,
    curie,
    iri_to_id,
    labels_of,
    local_name,
    python_value,
    select,
    sparql_iri,
)
from graph.search import normalise
from graph.store import QueryTimeout

__all__ = ["describe", "LISTS", "DEFAULT_LIMIT", "MAX_LIMIT"]

#: The paged lists of a description, in the order a page shows them.
LISTS = ("properties", "outgoing", "incoming", "members", "statistics", "reports", "provenance")
DEFAULT_LIMIT = 20
MAX_LIMIT = 200
#: Sources shown per fact: a statement made by 400 reports shows the first three.
EVIDENCE_PER_FACT = 3
#: Lists up to this long are paged in a fixed order (any store answers the same); longer ones in
#: the engine's own.
ORDERED_UP_TO = 200
# Links in that are plumbing, not facts: an annotation's body, a target's source.
_HIDDEN_IN = (OA + "hasBody", OA + "hasSource")
_OBSERVATION_PROPS = {
    SDMX_MEASURE + "obsValue": "value", SDMX_ATTRIBUTE + "unitMeasure": "unit", VNKG + "measure": "measure",
    VNKG + "qualifier": "qualifier", VNKG + "direction": "direction", VNKG + "comparedTo": "compared_to",
    VNKG + "periodStart": "start", VNKG + "periodEnd": "end", VNKG + "periodLabel": "period_label",
}

T = TypeVar("T")


def _iris(items: Iterable[str]) -> str:
    return " ".join(sparql_iri(i) for i in items)


def _count(store: Any, query: str) -> int:
    for row in select(store, query):
        value = row.get("n")
        return int(value) if value is not None else 0
    return 0


def _property_rows(store: Any, items: list[str], props: Iterable[str]) -> dict[str, dict[str, list[Any]]]:
    """Return item → property → values, for some properties of some items, in one pattern per chunk."""
    out: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    wanted = ", ".join(f"<{p}>" for p in props)
    for chunk in _chunks(sorted(set(items))):
        # The items drive the join (a few index lookups each), the properties only filter: a
        # second VALUES block could be joined to the whole store first.
        query = f"""SELECT DISTINCT ?x ?p ?v WHERE {{ VALUES ?x {{ {_iris(chunk)} }}
            GRAPH ?g {{ ?x ?p ?v }} FILTER(?p IN ({wanted})) }}"""
        for row in select(store, query):
            out[str(row["x"])][str(row["p"])].append(row["v"])
    return out


class _Describer:
    """The queries of one description; ``incomplete`` names the lists stopped at the time limit."""

    def __init__(self, store: Any, iri: str, base: str, projection: Projection | None, page: int, limit: int):
        self.store, self.iri, self.base, self.projection = store, iri, base, projection
        self.term = sparql_iri(iri)
        self.limit = limit
        self.offset = (page - 1) * limit
        self.incomplete: list[str] = []
        self.labels: dict[str, list[tuple[str, str]]] = {}

    def bounded(self, name: str, fn: Callable[[], T], empty: T) -> T:
        """Return ``fn()``, or ``empty`` when its queries ran past the time limit (noted)."""
        try:
            return fn()
        except QueryTimeout:
            if name not in self.incomplete:
                self.incomplete.append(name)
            return empty

    def page(self, total: int, *order: str) -> str:
        """Return the LIMIT/OFFSET of the asked page, sorted by ``order`` unless the list is long.

        A long list is paged in the engine's own order (stable for a given store): sorting a hub's
        thousands of items to show twenty would cost more than all the rest of the page.
        """
        sort = f"ORDER BY {' '.join(order)} " if order and total <= ORDERED_UP_TO else ""
        return f"{sort}LIMIT {self.limit} OFFSET {self.offset}"

    # -- the entity itself ---------------------------------------------------------------------
    def header(self) -> tuple[list[str], list[tuple[str, str]]]:
        t = self.term
        types = sorted(str(r["t"]) for r in select(
            self.store, f"SELECT DISTINCT ?t WHERE {{ GRAPH ?g {{ {t} a ?t }} }}"))
        labels = [((getattr(r["l"], "language", None) or ""), str(r["l"])) for r in select(
            self.store, f"""SELECT DISTINCT ?l WHERE {{ VALUES ?p {{ <{RDFS}label> <{SKOS}prefLabel> }}
                GRAPH ?g {{ {t} ?p ?l }} }}""")]
        return types, labels

    def exists(self) -> bool:
        t = self.term
        return any(True for pattern in (f"{t} ?p ?o", f"?s ?p {t}") for _ in select(
            self.store, f"SELECT ?p WHERE {{ GRAPH ?g {{ {pattern} }} }} LIMIT 1"))

    # -- the lists -----------------------------------------------------------------------------
    def statements_out(self, literal: bool) -> tuple[int, list[tuple[str, Any, list[str]]]]:
        """Return (count, page) of distinct (property, value) said of the entity, with their graphs."""
        t = self.term
        # Its types head the description, and the reports it comes from are a list of their own.
        kind = "isLiteral(?o)" if literal else \
            f"!isLiteral(?o) && ?p NOT IN (<{RDF}type>, <{PROV}wasDerivedFrom>)"
        n = _count(self.store, f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?p ?o WHERE {{
            GRAPH ?g {{ {t} ?p ?o }} FILTER({kind}) }} }}""")
        rows = []
        if n > self.offset:
            query = f"""SELECT ?p ?o (GROUP_CONCAT(DISTINCT STR(?g); separator=" ") AS ?gs) WHERE {{
                GRAPH ?g {{ {t} ?p ?o }} FILTER({kind}) }} GROUP BY ?p ?o {self.page(n, "?p", "?o")}"""
            rows = sorted(((str(r["p"]), r["o"], sorted(str(r["gs"] or "").split()))
                           for r in select(self.store, query)), key=lambda r: (r[0], str(r[1])))
        return n, rows

    def statements_in(self) -> tuple[int, dict[str, int], list[tuple[str, str, list[str]]]]:
        """Return (count, count per relation, page) of distinct (subject, relation) pointing at it.

        The page is cut relation by relation (in order), each part in the engine's own order: a
        global ORDER BY would sort every one of a hub's links to show twenty.
        """
        t = self.term
        hidden = ", ".join(f"<{p}>" for p in _HIDDEN_IN)
        per: dict[str, int] = {}
        for r in select(self.store, f"""SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE {{
                GRAPH ?g {{ ?s ?p {t} }} FILTER(?p NOT IN ({hidden})) }} GROUP BY ?p"""):
            per[str(r["p"])] = int(r["n"])
        n = sum(per.values())
        rows: list[tuple[str, str, list[str]]] = []
        skip, want = self.offset, self.limit
        for p, count in sorted(per.items(), key=lambda item: curie(item[0])):
            if want <= 0:
                break
            if skip >= count:
                skip -= count
                continue
            order = "ORDER BY ?s " if count <= ORDERED_UP_TO else ""
            subjects = [str(r["s"]) for r in select(self.store, f"""SELECT DISTINCT ?s WHERE {{
                GRAPH ?g {{ ?s <{p}> {t} }} }} {order}LIMIT {want} OFFSET {skip}""")]
            graphs: dict[str, list[str]] = defaultdict(list)
            if subjects:
                for r in select(self.store, f"""SELECT ?s ?g WHERE {{ VALUES ?s {{ {_iris(subjects)} }}
                        GRAPH ?g {{ ?s <{p}> {t} }} }}"""):
                    graphs[str(r["s"])].append(str(r["g"]))
            rows.extend((subject, p, sorted(graphs[subject])) for subject in sorted(subjects))
            want -= len(subjects)
            skip = 0
        return n, {curie(p): c for p, c in sorted(per.items(), key=lambda item: curie(item[0]))}, rows

    def members(self) -> tuple[int, list[tuple[str, int]]]:
        """Return (count, page) of the persons with a membership of this organisation (the page's most
        reported first)."""
        t = self.term
        pattern = f"GRAPH ?g {{ ?m <{ORG}organization> {t} ; <{ORG}member> ?person }}"
        n = _count(self.store, f"SELECT (COUNT(DISTINCT ?person) AS ?n) WHERE {{ {pattern} }}")
        rows: list[tuple[str, int]] = []
        if n > self.offset:
            persons = [str(r["person"]) for r in select(
                self.store, f"SELECT DISTINCT ?person WHERE {{ {pattern} }} {self.page(n, '?person')}")]
            if persons:
                query = f"""SELECT ?person (COUNT(DISTINCT ?g) AS ?n) WHERE {{
                    VALUES ?person {{ {_iris(persons)} }} {pattern} }} GROUP BY ?person"""
                reported = {str(r["person"]): int(r["n"]) for r in select(self.store, query)}
                rows = sorted(((p, reported.get(p, 0)) for p in persons), key=lambda r: (-r[1], r[0]))
        return n, rows

    def member_roles(self, persons: list[str]) -> dict[str, list[str]]:
        if not persons:
            return {}
        roles: dict[str, list[str]] = defaultdict(list)
        query = f"""SELECT DISTINCT ?person ?role WHERE {{ VALUES ?person {{ {_iris(persons)} }}
            GRAPH ?g {{ ?m <{ORG}organization> {self.term} ; <{ORG}member> ?person ;
                           <{ORG}role> ?role }} }}"""
        for r in select(self.store, query):
            roles[str(r["person"])].append(str(r["role"]))
        return roles

    def reports(self) -> tuple[int, list[str]]:
        """Return (count, page) of the reports whose graphs say something of the entity."""
        t = self.term
        pattern = f"""{{ SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {t} ?p ?o }} }} }}
            GRAPH ?g {{ ?r a <{SCHEMA}NewsArticle> }}"""
        n = _count(self.store, f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {pattern} }}")
        rows = []
        if n > self.offset:
            query = f"SELECT DISTINCT ?r WHERE {{ {pattern} }} {self.page(n, '?r')}"
            rows = sorted(str(r["r"]) for r in select(self.store, query))
        return n, rows

    def statistics(self) -> tuple[int, list[dict[str, Any]]]:
        """Return (count, page) of the figures about the entity (observations it is ``schema:about``)."""
        t = self.term
        pattern = f"GRAPH ?g {{ ?obs <{SCHEMA}about> {t} ; a <{QB}Observation> }}"
        n = _count(self.store, f"SELECT (COUNT(DISTINCT ?obs) AS ?n) WHERE {{ {pattern} }}")
        if n <= self.offset:
            return n, []
        iris = sorted(str(r["obs"]) for r in select(
            self.store, f"SELECT DISTINCT ?obs WHERE {{ {pattern} }} {self.page(n, '?obs')}"))
        values = _property_rows(self.store, iris, _OBSERVATION_PROPS)
        units = sorted({str(v) for props in values.values()
                        for v in props.get(SDMX_ATTRIBUTE + "unitMeasure", [])})
        unit_labels = labels_of(self.store, units) if units else {}
        out = []
        for iri in iris:
            got = {_OBSERVATION_PROPS[p]: vs[0] for p, vs in values.get(iri, {}).items() if vs}
            unit = str(got["unit"]) if "unit" in got else None
            item: dict[str, Any] = {"id": iri_to_id(iri, self.base), "iri": iri,
                                    "value": python_value(got["value"]) if "value" in got else None,
                                    "unit": _unit_name(unit, _label_of(unit_labels, unit)[0] if unit
                                                       else None)}
            if unit:
                item["unit_key"] = local_name(unit)
            for key in ("qualifier", "direction", "compared_to"):
                if key in got:
                    item[key] = _token(got[key])
            if "measure" in got:
                item["measure"] = str(got["measure"])
            if any(k in got for k in ("start", "end", "period_label")):
                item["period"] = {"label": str(got["period_label"]) if "period_label" in got else None,
                                  "start": str(got["start"]) if "start" in got else None,
                                  "end": str(got["end"]) if "end" in got else None}
            out.append(item)
        return n, out

    def provenance(self) -> tuple[int, list[dict[str, Any]]]:
        """Return (count, page) of the annotations naming the entity: report, sentence, quote, offsets."""
        t = self.term
        pattern = f"?a <{OA}hasBody> {t}"
        n = _count(self.store, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} }}")
        if n <= self.offset:
            return n, []
        annotations = [str(r["a"]) for r in select(
            self.store, f"SELECT DISTINCT ?a WHERE {{ GRAPH ?g {{ {pattern} }} }} {self.page(n, '?a')}")]
        graph_of: dict[str, str] = {}
        if annotations:
            for r in select(self.store, f"""SELECT ?a ?g WHERE {{ VALUES ?a {{ {_iris(annotations)} }}
                    GRAPH ?g {{ {pattern} }} }}"""):
                graph_of.setdefault(str(r["a"]), str(r["g"]))
        rows = sorted(((a, graph_of.get(a, "")) for a in annotations), key=lambda r: (r[1], r[0]))
        details = self.annotation_details([a for a, _ in rows])
        report_of = self.reports_of([g for _, g in rows])
        out = []
        for a, g in rows:
            d = details.get(a, {})
            report = d.get("source") or report_of.get(g)
            out.append({"report": iri_to_id(report, self.base) if report else None,
                        "sentence": d.get("sentence"), "quote": d.get("quote"),
                        "start": d.get("start"), "end": d.get("end")})
        return n, out

    # -- details of a page's items ------------------------------------------------------------
    def annotation_details(self, annotations: list[str]) -> dict[str, dict[str, Any]]:
        """Return annotation → sentence, source, quote, start, end.

        Three plain patterns, each driven by the annotations: a UNION of them would be evaluated
        over every annotation of the store before the join.
        """
        out: dict[str, dict[str, Any]] = defaultdict(dict)
        keys = {VNKG + "sentence": "sentence", OA + "hasSource": "source", OA + "exact": "quote",
                OA + "start": "start", OA + "end": "end"}
        for chunk in _chunks(sorted(set(annotations))):
            values = f"VALUES ?a {{ {_iris(chunk)} }}"
            patterns = (f"?a <{VNKG}sentence> ?v BIND(<{VNKG}sentence> AS ?p)",
                        f"?a <{OA}hasTarget> ?t . ?t <{OA}hasSource> ?v BIND(<{OA}hasSource> AS ?p)",
                        f"?a <{OA}hasTarget> ?t . ?t <{OA}hasSelector> ?sel . ?sel ?p ?v "
                        f"FILTER(?p IN (<{OA}exact>, <{OA}start>, <{OA}end>))")
            for pattern in patterns:
                for r in select(self.store, f"SELECT ?a ?p ?v WHERE {{ {values} GRAPH ?g {{ {pattern} }} }}"):
                    key = keys[str(r["p"])]
                    value = python_value(r["v"]) if key in ("start", "end") else str(r["v"])
                    out[str(r["a"])].setdefault(key, value)
        return out

    def reports_of(self, graphs: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(set(graphs))):
            for r in select(self.store, f"""SELECT ?g ?r WHERE {{ VALUES ?g {{ {_iris(chunk)} }}
                    GRAPH ?g {{ ?r a <{SCHEMA}NewsArticle> }} }}"""):
                out.setdefault(str(r["g"]), str(r["r"]))
        return out

    def evidence(self, facts: list[tuple[Any, list[str]]]) -> list[list[dict[str, Any]]]:
        """Return, for each (other end, graphs) fact, its sources: report and sentence(s)."""
        picked_graphs = [gs[:EVIDENCE_PER_FACT] for _, gs in facts]
        graphs = sorted({g for gs in picked_graphs for g in gs})
        if not graphs:
            return [[] for _ in facts]
        report_of = self.reports_of(graphs)
        bodies = sorted({self.iri} | {str(o) for o, _ in facts if isinstance(o, URIRef)})
        anns: dict[tuple[str, str], list[str]] = defaultdict(list)  # (body, graph) → annotations
        for chunk in _chunks(graphs, 200):
            for body_chunk in _chunks(bodies, 200):
                for r in select(self.store, f"""SELECT ?g ?body ?a WHERE {{ VALUES ?g {{ {_iris(chunk)} }}
                        VALUES ?body {{ {_iris(body_chunk)} }} GRAPH ?g {{ ?a <{OA}hasBody> ?body }} }}"""):
                    anns[(str(r["body"]), str(r["g"]))].append(str(r["a"]))
        details = self.annotation_details([a for group in anns.values() for a in group])

        def items(body: str, g: str) -> list[dict[str, Any]]:
            out = []
            for a in anns.get((body, g), []):
                d = details.get(a, {})
                source = d.get("source") or report_of.get(g)
                out.append({"report": iri_to_id(source, self.base) if source else None,
                            "sentence": d.get("sentence"), "start": d.get("start"), "end": d.get("end")})
            return out

        result = []
        for (other, _), gs in zip(facts, picked_graphs, strict=True):
            found: list[dict[str, Any]] = []
            for g in gs:
                mine = items(self.iri, g)
                theirs = items(str(other), g) if isinstance(other, URIRef) else []
                # a sentence naming both ends; else one naming the other end; else the first of its own
                chosen = [a for a in mine
                          if a["sentence"] and any(a["sentence"] == b["sentence"] for b in theirs)]
                if not chosen:
                    text = self.label(str(other)) if isinstance(other, URIRef) else str(other)
                    needle = normalise(text) if text else ""
                    pool = mine + theirs
                    chosen = [a for a in pool
                              if needle and a["sentence"] and needle in normalise(a["sentence"])]
                    if not chosen:
                        chosen = sorted((a for a in pool if a["sentence"]),
                                        key=lambda a: (a["start"] if a["start"] is not None else 1 << 60,
                                                       a["sentence"]))[:1]
                if not chosen:
                    report = report_of.get(g)
                    chosen = [{"report": iri_to_id(report, self.base) if report else None, "sentence": None}]
                for item in chosen:
                    if item not in found:
                        found.append(item)
            result.append(sorted(found, key=str)[:EVIDENCE_PER_FACT])
        return result

    def label(self, iri: str) -> str | None:
        # the graph view weighs labels by the reports stating them: the page says what the graph says
        graph = self.projection.graph if self.projection is not None else None
        nid = iri_to_id(iri, self.base)
        if graph is not None and nid in graph:
            return graph.nodes[nid]["label"]
        return _label_of(self.labels, iri)[0]

    def ref(self, iri: str) -> dict[str, Any]:
        out = {"id": iri_to_id(iri, self.base), "iri": iri, "label": self.label(iri) or local_name(iri)}
        graph = self.projection.graph if self.projection is not None else None
        if graph is not None and out["id"] in graph:
            out["type"] = graph.nodes[out["id"]]["type"]
        return out


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, Literal):
        out: dict[str, Any] = {"value": python_value(term)}
        if term.language:
            out["lang"] = term.language
        elif term.datatype:
            out["datatype"] = curie(str(term.datatype))
        return out
    return {"value": str(term)}


def describe(store: Any, iri: str, base: str, projection: Projection | None = None, *, page: int = 1,
             limit: int = DEFAULT_LIMIT, only: str | None = None) -> dict[str, Any] | None:
    """Return one entity: labels, types, counts, and page ``page`` of each list (``only``: one list).

    None when the store says nothing of ``iri``. ``counts`` gives each list's length,
    ``incoming_relations`` the links in by relation, ``incomplete`` the lists cut by the time limit.
    """
    if only is not None and only not in LISTS:
        raise ValueError(f"unknown list {only!r}; one of {', '.join(LISTS)}")
    d = _Describer(store, iri, base, projection, max(1, page), max(1, min(limit, MAX_LIMIT)))
    types, label_pairs = d.header()
    if not types and not label_pairs and not d.exists():
        return None
    wanted = set(LISTS) if only is None else {only}
    counts: dict[str, int] = {}
    empty_out: tuple[int, list[Any]] = (0, [])
    props = outgoing = incoming_rows = members = reports = stats = prov = []  # type: ignore[var-annotated]
    per_relation: dict[str, int] = {}
    if "properties" in wanted:
        counts["properties"], props = d.bounded("properties", lambda: d.statements_out(True), empty_out)
    if "outgoing" in wanted:
        counts["outgoing"], outgoing = d.bounded("outgoing", lambda: d.statements_out(False), empty_out)
    if "incoming" in wanted:
        counts["incoming"], per_relation, incoming_rows = d.bounded(
            "incoming", d.statements_in, (0, {}, []))
    if "members" in wanted:
        counts["members"], members = d.bounded("members", d.members, empty_out)
    if "statistics" in wanted:
        counts["statistics"], stats = d.bounded("statistics", d.statistics, empty_out)
    if "reports" in wanted:
        counts["reports"], reports = d.bounded("reports", d.reports, empty_out)
    if "provenance" in wanted:
        counts["provenance"], prov = d.bounded("provenance", d.provenance, empty_out)
    roles = d.bounded("members", lambda: d.member_roles([p for p, _ in members]), {})

    linked = {iri} | {str(o) for _, o, _ in outgoing if isinstance(o, URIRef)} \
        | {s for s, _, _ in incoming_rows} | {p for p, _ in members} \
        | {r for rs in roles.values() for r in rs}
    d.labels = d.bounded("labels", lambda: labels_of(store, sorted(linked)), {})
    if label_pairs:
        d.labels[iri] = label_pairs

    out_facts = [(o, gs) for _, o, gs in props] + [(o, gs) for _, o, gs in outgoing] \
        + [(URIRef(s), gs) for s, _, gs in incoming_rows]
    evidence = d.bounded("evidence", lambda: d.evidence(out_facts), [[] for _ in out_facts])
    ev = iter(evidence)
    properties = [{"property": curie(p), "name": local_name(p), **_term_json(o), "evidence": next(ev)}
                  for p, o, _ in props]
    outgoing_json = [{"relation": curie(p), "label": local_name(p), "object": d.ref(str(o)),
                      "evidence": next(ev)} for p, o, _ in outgoing]
    incoming_json = [{"relation": curie(p), "label": local_name(p), "subject": d.ref(s), "evidence": next(ev)}
                     for s, p, _ in incoming_rows]

    main, english = d.label(iri), _label_of(d.labels, iri)[1]
    entity_id = iri_to_id(iri, base)
    result: dict[str, Any] = {
        "id": entity_id,
        "iri": iri,
        "label": main or local_name(iri),
        "labels": [{"value": t, "lang": lang or None} for lang, t in sorted(set(label_pairs))],
        "types": sorted(curie(t) for t in types),
        "page": d.offset // d.limit + 1,
        "limit": d.limit,
        "counts": counts,
    }
    if only is None or only == "properties":
        result["properties"] = properties
    if only is None or only == "outgoing":
        result["outgoing"] = outgoing_json
    if only is None or only == "incoming":
        result["incoming"] = incoming_json
        result["incoming_relations"] = per_relation
    if only is None or only == "members":
        result["members"] = [{**d.ref(p), "reports": n,
                              "roles": sorted(d.label(r) or local_name(r) for r in roles.get(p, []))}
                             for p, n in members]
    if only is None or only == "statistics":
        result["statistics"] = stats
    if only is None or only == "reports":
        result["reports"] = [iri_to_id(r, base) for r in reports]
    if only is None or only == "provenance":
        result["provenance"] = prov
    if english:
        result["label_en"] = english
    aliases = sorted({str(p["value"]) for p in properties
                      if p["property"] in ("skos:altLabel", "schema:name")} - {result["label"]})
    if aliases:
        result["aliases"] = aliases
    if projection is not None and entity_id in projection.graph:
        result["type"] = projection.graph.nodes[entity_id]["type"]
        result["degree"] = projection.graph.degree(entity_id)
    result["incomplete"] = d.incomplete
    return result
