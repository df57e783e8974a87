"""The SPARQL query mix of the HTTP benchmarks, with variants drawn from the data being served.

Each kind is a template; its variants fill in names and IRIs that occur in the store, so every
request asks something different (no server can answer from a result cache) and finds something.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

__all__ = ["KINDS", "QueryKind", "sample_values", "variants"]

PREFIXES = (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "PREFIX org: <http://www.w3.org/ns/org#> "
    "PREFIX schema: <https://schema.org/> "
    "PREFIX qb: <http://purl.org/linked-data/cube#> "
    "PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> "
    "PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> "
)


@dataclass(frozen=True)
class QueryKind:
    """One kind of query of the mix: a name, what it exercises, its template."""

    name: str
    title: str
    template: str
    source: str  # which sample list fills {value}


KINDS: tuple[QueryKind, ...] = (
    QueryKind("lookup", "lookup by label",
              'SELECT ?s WHERE { ?s rdfs:label "{value}"@vi }', "person_names"),
    QueryKind("join", "2-hop join",
              "SELECT ?person ?name WHERE { ?post org:postIn <{value}> . ?person org:holds ?post ; "
              "rdfs:label ?name }", "units"),
    QueryKind("aggregate", "GROUP BY aggregate",
              "SELECT ?unit (COUNT(?o) AS ?n) (SUM(?v) AS ?total) WHERE { ?o a qb:Observation ; "
              "sdmx-attribute:unitMeasure ?unit ; sdmx-measure:obsValue ?v FILTER(?v >= {value}) } "
              "GROUP BY ?unit ORDER BY DESC(?n)", "thresholds"),
    QueryKind("text", "text filter",
              "SELECT ?s ?label WHERE { ?s a schema:Person ; rdfs:label ?label "
              'FILTER(CONTAINS(LCASE(STR(?label)), "{value}")) }', "words"),
    QueryKind("optional", "OPTIONAL + ORDER BY",
              "SELECT ?e ?name ?date ?place WHERE { ?e a schema:Event ; schema:name ?name "
              "OPTIONAL { ?e schema:startDate ?date } OPTIONAL { ?e schema:location ?place } } "
              "ORDER BY DESC(?date) ?e LIMIT 20 OFFSET {value}", "offsets"),
    # Written from the bound unit: Oxigraph 0.5 evaluates the natural form
    # `?person org:holds/org:postIn/org:subOrganizationOf* <unit>` from the unbound end, which takes
    # more than 10 s at 1M triples (for vnkg as for Oxigraph: the same engine); this form, 10 ms.
    QueryKind("path", "property path",
              "SELECT DISTINCT ?person WHERE { <{value}> ^org:subOrganizationOf*/^org:postIn/^org:holds "
              "?person }", "top_units"),
)


def _values(store: Any, sparql: str) -> list[str]:
    return [str(row[0]) for row in store.select(sparql)]


def sample_values(store: Any, seed: int = 1, count: int = 40) -> dict[str, list[str]]:
    """Return the names and IRIs the variants use, drawn from a :class:`graph.store.Store`."""
    rng = random.Random(seed)

    def pick(values: list[str]) -> list[str]:
        values = sorted(set(values))
        rng.shuffle(values)
        return values[:count]

    persons = _values(store, "SELECT DISTINCT ?l WHERE { ?p a <https://schema.org/Person> ; "
                             "<http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 5000")
    units = _values(store, "SELECT DISTINCT ?o WHERE { ?post <http://www.w3.org/ns/org#postIn> ?o } "
                           "LIMIT 5000")
    tops = _values(store, "SELECT DISTINCT ?o WHERE { ?x <http://www.w3.org/ns/org#subOrganizationOf> ?o } "
                          "LIMIT 5000")
    words = sorted({w.lower() for name in persons for w in name.split()[-1:]})
    return {
        "person_names": pick(persons),
        "units": pick(units),
        "top_units": pick(tops),
        "words": pick(words),
        "thresholds": [str(v) for v in (0, 1, 2, 5, 10, 20, 50, 100)],
        "offsets": [str(v) for v in range(0, 100, 10)],
    }


def variants(kind: QueryKind, values: dict[str, list[str]]) -> list[str]:
    """Return the query texts of one kind, one per sampled value."""
    out = []
    for value in values[kind.source]:
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        out.append(PREFIXES + kind.template.replace("{value}", escaped))
    return out
