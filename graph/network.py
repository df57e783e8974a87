"""The graph view: a networkx projection of the store, and the graph algorithms the API serves.

The projection is read from the store with a handful of SPARQL SELECTs (entity nodes with their
types, their literal values, the links between them, the n-ary membership / participation nodes
and the statistics), never by pulling every triple into Python. It is cached per store and rebuilt
only when ``store.generation`` changes.

Nodes are the entities of ``docs/model.md``: persons, organisations, places, posts, events and tasks.
Reports, annotations, runs, memberships, participations and observations are not nodes:

- literal values become node attributes (``startDate``, ``name``…), and links to SKOS concepts
  (rank, role, unit kind) become attributes holding the concept's label;
- ``prov:wasDerivedFrom`` and the named graph a statement sits in give ``reports`` (report ids);
- a membership becomes a ``memberOf`` edge person → organisation with its ``role``; a participation
  becomes a ``participant`` edge event → person with its ``role``;
- observations are attached to the organisation they are ``schema:about`` as ``statistics``.

Node keys are entity ids (see :func:`iri_to_id`), short and URL-safe:

- an IRI under the entity base ``{base}person/le-thi-hoa`` → ``person.le-thi-hoa`` (path segments
  joined by ``.``; a character other than ``A-Z a-z 0-9 _ -`` is written ``~HH`` per UTF-8 byte, so
  ``.`` is ``~2E``; a first segment ``c`` or ``x`` is escaped too, to keep the prefixes below free);
- a concept ``https://w3id.org/vnkg/concept/task/an-ninh-mang`` → ``c.task.an-ninh-mang``;
- any other IRI → ``x.`` + its URL-safe base64.

:func:`id_to_iri` maps an id back.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import re
import threading
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from graph.store.budget import budget

__all__ = [
    "DEFAULT_BASE",
    "ONTOLOGY_GRAPH",
    "GraphError",
    "GraphView",
    "NodeNotFound",
    "WarmingUp",
    "centrality",
    "components",
    "edge_json",
    "graph_view",
    "id_to_iri",
    "iri_to_id",
    "neighbors",
    "node_json",
    "select",
    "shortest_path",
    "sparql_iri",
    "subgraph",
    "summary",
    "to_json",
]

log = logging.getLogger(__name__)

DEFAULT_BASE = "https://w3id.org/vnkg/id/"
VNKG = "https://w3id.org/vnkg/ontology#"
VNKGC = "https://w3id.org/vnkg/concept/"
ONTOLOGY_GRAPH = "https://w3id.org/vnkg/ontology"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
QB = "http://purl.org/linked-data/cube#"
SDMX_MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#"
SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#"
OA = "http://www.w3.org/ns/oa#"
DCTERMS = "http://purl.org/dc/terms/"
TIME = "http://www.w3.org/2006/time#"

PREFIXES = {
    "vnkg": VNKG,
    "vnkgc": VNKGC,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "qb": QB,
    "sdmx-measure": SDMX_MEASURE,
    "sdmx-attribute": SDMX_ATTRIBUTE,
    "oa": OA,
    "dcterms": DCTERMS,
    "time": TIME,
}

# Entity classes → the short node type; the first listed kind wins when a node has several.
NODE_CLASSES: dict[str, str] = {
    SCHEMA + "Person": "person",
    ORG + "Organization": "org",
    ORG + "FormalOrganization": "org",
    ORG + "OrganizationalUnit": "org",
    SCHEMA + "Organization": "org",
    SCHEMA + "GovernmentOrganization": "org",
    ORG + "Post": "post",
    SCHEMA + "Event": "event",
    VNKG + "Task": "task",
    SCHEMA + "Place": "place",
    SCHEMA + "City": "place",
    SCHEMA + "AdministrativeArea": "place",
}
KIND_ORDER = ("person", "org", "post", "event", "task", "place")
NODE_TYPES = KIND_ORDER

# Links that are provenance or typing, not relations between entities.
NOT_RELATIONS = {RDF + "type", PROV + "wasDerivedFrom", PROV + "wasGeneratedBy", VNKG + "participation"}
LABEL_PROPS = (RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", SCHEMA + "name")

_SAFE = re.compile(r"[A-Za-z0-9_-]")
_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9_-]*")
_ID_SEGMENT = re.compile(r"^(?:[A-Za-z0-9_-]|~[0-9A-F]{2})+$")
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class GraphError(ValueError):
    """A request the graph cannot answer: a bad parameter (HTTP 400)."""


class NodeNotFound(KeyError):
    """An entity id that is not in the graph (HTTP 404)."""

    def __str__(self) -> str:
        return f"unknown entity: {self.args[0]}"


# --------------------------------------------------------------------------- ids


def _encode_segment(segment: str) -> str:
    if _SAFE_SEGMENT.fullmatch(segment):
        return segment  # a slug, as most are: nothing to escape (the view encodes ~15,000 at 200 reports)
    out = []
    for ch in segment:
        if _SAFE.match(ch):
            out.append(ch)
        else:
            out.extend(f"~{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def _decode_segment(segment: str) -> str:
    if not _ID_SEGMENT.match(segment):
        raise ValueError(f"bad id segment: {segment!r}")
    raw = bytearray()
    i = 0
    while i < len(segment):
        if segment[i] == "~":
            raw.append(int(segment[i + 1 : i + 3], 16))
            i += 3
        else:
            raw.extend(segment[i].encode("ascii"))
            i += 1
    return raw.decode("utf-8")


def _encode_path(path: str) -> str:
    segments = [_encode_segment(s) for s in path.split("/")]
    if segments[0] in ("c", "x"):
        segments[0] = f"~{ord(segments[0]):02X}"
    return ".".join(segments)


def iri_to_id(iri: str, base: str = DEFAULT_BASE) -> str:
    """Return the short, URL-safe id of an IRI (reversible with :func:`id_to_iri`)."""
    if iri.startswith(base) and len(iri) > len(base):
        return _encode_path(iri[len(base) :])
    if iri.startswith(VNKGC) and len(iri) > len(VNKGC):
        return "c." + ".".join(_encode_segment(s) for s in iri[len(VNKGC) :].split("/"))
    return "x." + base64.urlsafe_b64encode(iri.encode("utf-8")).decode("ascii").rstrip("=")


def id_to_iri(entity_id: str, base: str = DEFAULT_BASE) -> str:
    """Return the IRI an id stands for; raise ValueError when it is not a well-formed id."""
    if not entity_id:
        raise ValueError("empty id")
    if entity_id.startswith("x."):
        data = entity_id[2:]
        if not re.fullmatch(r"[A-Za-z0-9_-]+", data):
            raise ValueError(f"bad id: {entity_id!r}")
        try:
            return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode("utf-8")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"bad id: {entity_id!r}") from exc
    if entity_id.startswith("c."):
        return VNKGC + "/".join(_decode_segment(s) for s in entity_id[2:].split("."))
    return base + "/".join(_decode_segment(s) for s in entity_id.split("."))


def curie(iri: str) -> str:
    """Return ``prefix:local`` for a known namespace, else the IRI itself."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def local_name(iri: str) -> str:
    """Return the part of an IRI after its last ``#`` or ``/``."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def sparql_iri(iri: str) -> str:
    """Return an IRI as a SPARQL term; raise GraphError when it cannot be one."""
    if not iri or _BAD_IRI.search(iri) or ":" not in iri:
        raise GraphError(f"not an IRI: {iri!r}")
    return URIRef(iri).n3()


# --------------------------------------------------------------------------- store access


def _to_rdflib(term: Any) -> Node | None:
    """Return an rdflib term for a pyoxigraph or rdflib term (None stays None)."""
    if term is None or isinstance(term, Node):
        return term
    cls = type(term).__name__
    if cls == "NamedNode":
        return URIRef(term.value)
    if cls == "BlankNode":
        return BNode(term.value)
    if cls == "Literal":
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return Literal(str(term))


def select(store: Any, query: str) -> Iterator[dict[str, Node | None]]:
    """Run a SELECT on the store and yield each row as ``{variable: rdflib term or None}``."""
    if callable(getattr(store, "select", None)):
        # graph.store.Store: rows of rdflib terms, materialised and closed by the store
        for row in store.select(query):
            yield row.asdict() if hasattr(row, "asdict") else dict(row)
        return
    result = store.query(query)  # a bare pyoxigraph store (or anything yielding QuerySolutions)
    names = [getattr(v, "value", str(v)).lstrip("?") for v in result.variables]
    for row in result:
        yield {name: _to_rdflib(row[i]) for i, name in enumerate(names)}


def python_value(term: Node) -> Any:
    """Return a JSON-friendly Python value for a literal (numbers stay numbers, dates become text)."""
    if not isinstance(term, Literal):
        return str(term)
    dt = str(term.datatype) if term.datatype else ""
    if dt in (XSD + "integer", XSD + "int", XSD + "long", XSD + "nonNegativeInteger", XSD + "short"):
        try:
            return int(str(term))
        except ValueError:
            return str(term)
    if dt in (XSD + "decimal", XSD + "double", XSD + "float"):
        try:
            number = float(str(term))
        except ValueError:
            return str(term)
        # '100'^^xsd:decimal is a whole count written without a point: keep it an int
        return int(number) if dt == XSD + "decimal" and "." not in str(term) else number
    if dt == XSD + "boolean":
        return str(term).strip().lower() in ("true", "1")
    return str(term)


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(sparql_iri(i) for i in iris)} }}"


def _chunks(items: list[str], size: int = 400) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --------------------------------------------------------------------------- projection


@dataclass
class Projection:
    """One build of the graph: the networkx graph plus what the views derive from it."""

    graph: nx.MultiDiGraph
    generation: Any
    base: str
    iri_index: dict[str, str] = field(default_factory=dict)  # IRI -> node id
    #: Every report (id, iri, headline, date, url, file), newest first.
    reports: list[dict[str, Any]] = field(default_factory=list)
    #: Every observation (statistic) as :func:`observations` gives it.
    observations: list[dict[str, Any]] = field(default_factory=list)
    _undirected: nx.Graph | None = None
    _cache: dict[Any, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def undirected(self) -> nx.Graph:
        """The simple undirected graph the path and centrality measures run on."""
        if self._undirected is None:
            with self._lock:
                if self._undirected is None:
                    simple = nx.Graph()
                    simple.add_nodes_from(self.graph.nodes)
                    simple.add_edges_from((u, v) for u, v in self.graph.edges() if u != v)
                    self._undirected = simple
        return self._undirected

    def memo(self, key: Any, compute: Any) -> Any:
        """Return a cached derived value (per generation), computing it once."""
        try:
            return self._cache[key]
        except KeyError:
            value = compute()
            self._cache[key] = value
            return value

    def node_id(self, entity_id: str) -> str:
        """Return ``entity_id`` if it is a node, else raise NodeNotFound."""
        if entity_id in self.graph:
            return entity_id
        raise NodeNotFound(entity_id)


def _node_classes(store: Any) -> dict[str, str]:
    """Return the entity classes, with their subclasses declared in the store."""
    classes = dict(NODE_CLASSES)
    query = f"""
        SELECT DISTINCT ?sub ?super WHERE {{
          {_values("super", NODE_CLASSES)}
          GRAPH ?g {{ ?sub <{RDFS}subClassOf>+ ?super }}
          FILTER(isIRI(?sub))
        }}"""
    for row in select(store, query):
        sub, kind = str(row["sub"]), NODE_CLASSES[str(row["super"])]
        # a subclass of two entity classes takes the kind listed first, whatever the row order
        if sub not in classes or (sub not in NODE_CLASSES
                                  and KIND_ORDER.index(kind) < KIND_ORDER.index(classes[sub])):
            classes[sub] = kind
    return classes


def _nodes_subquery(classes: dict[str, str]) -> str:
    # An entity typed only in the ontology graph (a gazetteer concept) is a node only when some
    # report links to it, so unused gazetteer entries do not flood the graph.
    return f"""
      {{ SELECT DISTINCT ?s WHERE {{
          {_values("cls", classes)}
          GRAPH ?g0 {{ ?s a ?cls }}
          FILTER(isIRI(?s))
          FILTER(?g0 != <{ONTOLOGY_GRAPH}>
                 || EXISTS {{ GRAPH ?g1 {{ ?x ?p1 ?s }} FILTER(?g1 != <{ONTOLOGY_GRAPH}>) }})
      }} }}"""


def pick_label(texts: Iterable[str]) -> str | None:
    """Return the label a reader expects among several: see :func:`_label_of` for the rule."""
    counts = Counter(texts)
    if not counts:
        return None
    return min(counts, key=lambda t: (-counts[t], t.isupper(), -len(t), t))


def _label_of(labels: dict[str, list[tuple[str, str]]], iri: str) -> tuple[str | None, str | None]:
    """Return (Vietnamese-or-plain label, English label) from (lang, text) pairs.

    A pair listed n times was stated by n graphs (reports). Language first: Vietnamese, then no
    language, then English, then any other. Within a language the label stated by most graphs
    wins; ties go to one not written all in capitals, then to the longest, then to the first in
    code-point order. The answer never depends on the order of the pairs.
    """
    pairs = labels.get(iri)
    if not pairs:
        return None, None
    # The pairs sorted by language once, and only a language that has labels weighed: a view asks
    # this of every node (~12,000 times at 500 reports), and four Counters each was most of its cost.
    by_lang: dict[str, list[str]] = {}
    for lang, t in pairs:
        group = lang if lang in ("vi", "en") else ("" if not lang else "other")
        by_lang.setdefault(group, []).append(t)
    vi, plain, en, other = (pick_label(by_lang[g]) if g in by_lang else None
                            for g in ("vi", "", "en", "other"))
    return vi or plain or en or other, en


def _weigh_labels(store: Any, labels: dict[str, list[tuple[str, str]]]) -> None:
    """Repeat each label of a node with several in one language once per graph stating it.

    Only those nodes are asked about (a few percent of them): the rest have nothing to weigh.
    """
    several = sorted(iri for iri, pairs in labels.items()
                     if len({lang for lang, _ in pairs}) < len(pairs))
    for chunk in _chunks(several):
        counted: dict[str, list[tuple[str, str]]] = defaultdict(list)
        query = f"""SELECT DISTINCT ?s ?l ?g WHERE {{ {_values("s", chunk)}
            GRAPH ?g {{ ?s <{RDFS}label>|<{SKOS}prefLabel> ?l }} }}"""
        for row in select(store, query):
            lit = row["l"]
            counted[str(row["s"])].append(((getattr(lit, "language", None) or ""), str(lit)))
        labels.update(counted)


def build_projection(store: Any, base: str = DEFAULT_BASE, generation: Any = None) -> Projection:
    """Read the entity graph out of the store into a networkx MultiDiGraph.

    The result does not depend on the order in which the engine returns rows (nor on the order
    the reports were loaded), so the same data always gives the same view and the same JSON:

    - nodes are added in IRI order, edges in (subject, property, object) IRI order, then the
      memberships and participations in the order of their keys; list attributes are sorted;
    - a node's ``label`` is chosen by :func:`_label_of`: Vietnamese first, then the label stated by
      the most report graphs, ties to one not all in capitals, then the longest, then code-point
      order; the other labels are ``aliases``;
    - an observation's optional values (unit, measure, period, about…) are chosen by
      :func:`observations`' rule, a report's headline/date/URL by :func:`report_list`'s.
    """
    classes = _node_classes(store)
    nodes_sq = _nodes_subquery(classes)

    report_of = _report_graphs(store, base)

    # Every statement about a node, in one streamed query, split here as three queries (types,
    # literals, links) once did: each made the engine join the node set with every report graph's
    # statements. Nothing is held but what the view keeps (the one-query view that held every row
    # pushed a corpus build over 1 GB). Only the literals' DISTINCT removed rows (a value stated by
    # several graphs); it is kept where it counts: a label statement or a value is kept once.
    rdf_type, derived_from = RDF + "type", PROV + "wasDerivedFrom"
    label_props = (RDFS + "label", SKOS + "prefLabel")
    alias_props = (SKOS + "altLabel", SCHEMA + "name", RDFS + "label", SKOS + "prefLabel")
    types: dict[str, set[str]] = defaultdict(set)
    reports: dict[str, set[str]] = defaultdict(set)
    stated_labels: dict[str, list[tuple[str, str, str | None, Any]]] = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    attrs: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    links: dict[tuple[str, str, str], set[str]] = {}  # (s, p, o) -> reports, until the nodes are known
    query = f"SELECT ?s ?p ?o ?g WHERE {{ {nodes_sq} GRAPH ?g {{ ?s ?p ?o }} }}"
    for row in select(store, query):
        s, p, o, g = str(row["s"]), str(row["p"]), row["o"], str(row["g"])
        if p == rdf_type:
            types[s].add(str(o))
            if g in report_of:
                reports[s].add(report_of[g])
        if isinstance(o, Literal):
            text = str(o)
            lang = o.language or ""
            if p in label_props:
                label = (p, text, o.language, o.datatype)
                if label not in stated_labels[s]:
                    stated_labels[s].append(label)
            if p in alias_props:
                aliases[s].add(text)
            if p in (RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel"):
                continue
            name = local_name(p) + (f"_{lang}" if lang and lang != "vi" else "")
            value, values = python_value(o), attrs[s][name]
            if value not in values:
                values.append(value)
        elif isinstance(o, URIRef) and p != rdf_type:
            if p == derived_from:
                reports[s].add(iri_to_id(str(o), base))
            elif p not in NOT_RELATIONS:
                stated = links.setdefault((s, p, str(o)), set())
                if g in report_of:
                    stated.add(report_of[g])

    kinds: dict[str, str] = {}
    for iri, ts in types.items():
        found = {classes[t] for t in ts if t in classes}
        if found:
            kinds[iri] = next(k for k in KIND_ORDER if k in found)

    # a node's labels, one (language, text) pair for each distinct label statement
    labels: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s, stated in stated_labels.items():
        labels[s] = [(lang or "", text) for _, text, lang, _ in stated]
    del stated_labels  # freed before the rest of the view is built beside it
    _weigh_labels(store, labels)

    # links between entities, and to concepts
    edges: dict[tuple[str, str, str], set[str]] = {}
    concept_links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (s, p, o), stated in links.items():
        if o in kinds:
            edges[(s, p, o)] = stated
        else:
            concept_links[s][p].add(o)
    del links

    # memberships and participations are n-ary nodes: keep them as labelled edges
    role_iris: set[str] = set()
    query = f"""SELECT ?m ?person ?org ?role ?g WHERE {{
        GRAPH ?g {{ ?m a <{ORG}Membership> ; <{ORG}member> ?person ; <{ORG}organization> ?org .
                   OPTIONAL {{ ?m <{ORG}role> ?role }} }} }}"""
    memberships: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
    for row in select(store, query):
        person, org_ = str(row["person"]), str(row["org"])
        role = str(row["role"]) if row["role"] is not None else None
        if role:
            role_iris.add(role)
        memberships[(person, org_, role)].update(
            [report_of[str(row["g"])]] if str(row["g"]) in report_of else []
        )
    query = f"""SELECT ?e ?person ?role ?g WHERE {{
        GRAPH ?g {{ ?e <{VNKG}participation> ?n . ?n <{VNKG}participant> ?person .
                   OPTIONAL {{ ?n <{VNKG}roleName> ?role }} }} }}"""
    participations: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
    for row in select(store, query):
        key = (str(row["e"]), str(row["person"]), str(row["role"]) if row["role"] is not None else None)
        participations[key].update([report_of[str(row["g"])]] if str(row["g"]) in report_of else [])

    # labels of the concepts that become attribute values
    concept_iris = sorted(
        role_iris | {o for links in concept_links.values() for objs in links.values() for o in objs}
    )
    concept_labels = labels_of(store, concept_iris)

    def concept_label(iri: str) -> str:
        return _label_of(concept_labels, iri)[0] or local_name(iri)

    all_observations = observations(store, base, report_of)
    statistics = _statistics_by_unit(all_observations)

    graph = nx.MultiDiGraph(name="vnkg", base=base)
    iri_index: dict[str, str] = {}
    for iri, kind in sorted(kinds.items()):
        nid = iri_to_id(iri, base)
        iri_index[iri] = nid
        label, label_en = _label_of(labels, iri)
        data: dict[str, Any] = {
            "iri": iri,
            "label": label or local_name(iri),
            "type": kind,
            "types": sorted(curie(t) for t in types[iri]),
        }
        if label_en:
            data["label_en"] = label_en
        names = sorted({a for a in aliases[iri] if a != data["label"] and a != label_en})
        if names:
            data["aliases"] = names
        for name, values in sorted(attrs[iri].items()):
            if name in data:
                continue
            unique = sorted(set(values), key=str)
            data[name] = unique[0] if len(unique) == 1 else unique
        for p, objs in sorted(concept_links[iri].items()):
            name = local_name(p)
            if name in data:
                continue
            # only labelled concepts (rank, role, unit kind) become values; bare nodes are skipped
            values = sorted({_label_of(concept_labels, o)[0] for o in objs if o in concept_labels})
            if values:
                data[name] = values[0] if len(values) == 1 else values
        if iri in statistics:
            data["statistics"] = statistics[iri]
        graph.add_node(nid, **data)

    def add_edge(s: str, o: str, relation: str, rep: set[str], **extra: Any) -> None:
        u, v = iri_index[s], iri_index[o]
        data = {"relation": curie(relation), "label": local_name(relation), "reports": sorted(rep)}
        data.update({k: val for k, val in extra.items() if val is not None})
        for r in rep:
            reports[s].add(r)
            reports[o].add(r)
        graph.add_edge(u, v, key=data["label"] + ("/" + extra["role"] if extra.get("role") else ""), **data)

    for (s, p, o), rep in sorted(edges.items()):
        add_edge(s, o, p, rep)
    for (person, org_, role), rep in sorted(memberships.items(), key=str):
        if person in kinds and org_ in kinds:
            add_edge(person, org_, ORG + "memberOf", rep, role=concept_label(role) if role else None)
    for (event, person, role), rep in sorted(participations.items(), key=str):
        if event in kinds and person in kinds:
            add_edge(event, person, VNKG + "participant", rep, role=role)
    for iri, nid in iri_index.items():
        graph.nodes[nid]["reports"] = sorted(reports[iri])
    return Projection(graph=graph, generation=generation, base=base, iri_index=iri_index,
                      reports=report_list(store, base), observations=all_observations)


def report_list(store: Any, base: str = DEFAULT_BASE) -> list[dict[str, Any]]:
    """Return every report: id, iri, headline, publication date, URL, source file; newest first."""
    # One query per property: a report lacking one costs nothing, and no OPTIONAL multiplies rows.
    found: dict[str, dict[str, Any]] = {}
    for row in select(store, f"SELECT DISTINCT ?r WHERE {{ GRAPH ?g {{ ?r a <{SCHEMA}NewsArticle> }} }}"):
        iri = str(row["r"])
        found[iri] = {"id": iri_to_id(iri, base), "iri": iri}
    for key, prop in (("headline", SCHEMA + "headline"), ("date", SCHEMA + "datePublished"),
                      ("url", SCHEMA + "url"), ("file", VNKG + "sourceFile")):
        query = f"""SELECT ?r ?v WHERE {{ GRAPH ?g {{ ?r a <{SCHEMA}NewsArticle> ; <{prop}> ?v }} }}"""
        for row in select(store, query):
            item = found.get(str(row["r"]))
            # several values (a report loaded twice, edited): the first in code-point order
            if item is not None and (key not in item or str(row["v"]) < item[key]):
                item[key] = str(row["v"])
    out = list(found.values())
    for item in out:
        item.setdefault("headline", local_name(item["iri"]))
        date = str(item.get("date") or "")
        item["date"] = date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else date
    return sorted(out, key=lambda r: (r["date"] or "", r["id"]), reverse=True)


def _statistics_by_unit(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Return each organisation's observations as plain dicts, keyed by the organisation IRI."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for stat in rows:
        if stat.get("about_iri"):
            hidden = ("about_iri", "about", "about_label")
            item = {k: v for k, v in stat.items() if k not in hidden and v is not None}
            out[stat["about_iri"]].append(item)
    for items in out.values():
        items.sort(key=lambda s: s["id"])
    return out


def _report_graphs(store: Any, base: str) -> dict[str, str]:
    """Return named graph IRI -> id of the report it holds."""
    report_of: dict[str, str] = {}
    for row in select(store, f"SELECT DISTINCT ?g ?r WHERE {{ GRAPH ?g {{ ?r a <{SCHEMA}NewsArticle> }} }}"):
        g, rid = str(row["g"]), iri_to_id(str(row["r"]), base)
        if g not in report_of or rid < report_of[g]:  # a graph holding two reports: the first id
            report_of[g] = rid
    return report_of


def labels_of(store: Any, iris: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """Return IRI -> [(language, label)] from rdfs:label and skos:prefLabel in any graph."""
    labels: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(sorted(set(iris))):
        query = f"""SELECT DISTINCT ?c ?l WHERE {{ {_values("c", chunk)}
            GRAPH ?g {{ ?c <{SKOS}prefLabel>|<{RDFS}label> ?l }} }}"""
        for row in select(store, query):
            lit = row["l"]
            labels[str(row["c"])].append(((getattr(lit, "language", None) or ""), str(lit)))
    return labels


def _token(value: Any) -> str | None:
    # vnkg:SamePeriodLastYear -> same-period-last-year, the facts' vocabulary
    if value is None:
        return None
    return re.sub(r"(?<!^)(?=[A-Z])", "-", local_name(str(value))).lower()


def observations(store: Any, base: str = DEFAULT_BASE, report_of: dict[str, str] | None = None,
                 extra: str = "") -> list[dict[str, Any]]:
    """Return every ``qb:Observation`` as a flat dict (``extra`` adds bound SPARQL filters).

    An observation with several values for a property (stated differently by two reports, or twice
    in one) takes, property by property, the value stated by the most graphs, ties to the first in
    code-point order; its ``source`` is the report with the first id among those stating it.
    """
    if report_of is None:
        report_of = _report_graphs(store, base)
    query = f"""SELECT ?obs ?g ?value ?unit ?measure ?qualifier ?direction ?comparedTo
               ?start ?end ?periodLabel ?about WHERE {{
      GRAPH ?g {{
        ?obs a <{QB}Observation> ; <{SDMX_MEASURE}obsValue> ?value .
        OPTIONAL {{ ?obs <{SDMX_ATTRIBUTE}unitMeasure> ?unit }}
        OPTIONAL {{ ?obs <{VNKG}measure> ?measure }}
        OPTIONAL {{ ?obs <{VNKG}qualifier> ?qualifier }}
        OPTIONAL {{ ?obs <{VNKG}direction> ?direction }}
        OPTIONAL {{ ?obs <{VNKG}comparedTo> ?comparedTo }}
        OPTIONAL {{ ?obs <{VNKG}periodStart> ?start }}
        OPTIONAL {{ ?obs <{VNKG}periodEnd> ?end }}
        OPTIONAL {{ ?obs <{VNKG}periodLabel> ?periodLabel }}
        OPTIONAL {{ ?obs <{SCHEMA}about> ?about }}
      }}
      {extra}
    }}"""
    # Each value of each variable, with the graphs stating it: the OPTIONALs multiply rows, and the
    # first row is whatever the engine returns first, so every field is chosen on its own.
    seen: dict[str, dict[str, dict[Node, set[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(set)))
    for row in select(store, query):
        fields = seen[str(row["obs"])]
        g = str(row["g"])
        for name, term in row.items():
            if term is not None and name not in ("obs", "g"):
                fields[name][term].add(g)
        fields["g"][URIRef(g)].add(g)
    rows: dict[str, dict[str, Any]] = {}
    for iri, fields in seen.items():
        row = {name: _most_stated(values) for name, values in fields.items()}
        # the source: the report stating the observation with the first id
        row["g"] = min(fields["g"], key=lambda t: (str(t) not in report_of, report_of.get(str(t), ""), t))
        rows[iri] = row
    # labels of the units and of the organisations described, in one bound query
    labels = labels_of(store, {str(r[k]) for r in rows.values() for k in ("unit", "about") if r.get(k)})
    out = []
    for iri, row in rows.items():
        text = {k: (str(v) if v is not None else None) for k, v in row.items()}
        unit_iri, about_iri = text.get("unit"), text.get("about")
        period = None
        if any(text.get(k) for k in ("start", "end", "periodLabel")):
            period = {"label": text.get("periodLabel"), "start": text.get("start"), "end": text.get("end")}
        out.append({
            "id": iri_to_id(iri, base),
            "iri": iri,
            "value": python_value(row["value"]),
            # the facts' vocabulary: 'percent', or the counted noun ('vụ') for counts
            "unit": _unit_name(unit_iri, _label_of(labels, unit_iri)[0] if unit_iri else None),
            "unit_key": local_name(unit_iri) if unit_iri else None,
            "qualifier": _token(row.get("qualifier")),
            "direction": _token(row.get("direction")),
            "compared_to": _token(row.get("comparedTo")),
            "period": period,
            "about": iri_to_id(about_iri, base) if about_iri else None,
            "about_iri": about_iri,
            "about_label": _label_of(labels, about_iri)[0] if about_iri else None,
            "measure": text.get("measure"),
            "source": report_of.get(str(row["g"])),
        })
    return sorted(out, key=lambda s: (s["source"] or "", _natural(s["id"])))


def _most_stated(values: dict[Node, set[str]]) -> Node:
    """Return the value stated by the most graphs; ties to the first in (text, term) order."""
    if len(values) == 1:  # most fields hold one value: no key to compute (n3() is not cheap)
        return next(iter(values))
    return min(values, key=lambda t: (-len(values[t]), str(t), t.n3()))


def _unit_name(unit_iri: str | None, label: str | None) -> str | None:
    if not unit_iri:
        return None
    key = local_name(unit_iri)
    return key if key == "percent" or not label else label


def _natural(text: str) -> list[Any]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


# --------------------------------------------------------------------------- cache


class WarmingUp(Exception):  # noqa: N818 - a state, not an error: the view is being built
    """The graph view is still being built (the server has just started): try again shortly."""

    def __str__(self) -> str:
        return ("the graph view is still being built (the server has just started, or the store is new): "
                "try again in a few seconds")


#: Seconds a request waits for a graph view being built before it is told the server is warming up.
WARM_WAIT = 1.0
#: Bump when the projection's shape changes: a projection cached by older code is then not read.
CACHE_VERSION = "2"


class GraphView:
    """The projection of one store, rebuilt when ``store.generation`` changes (thread-safe).

    A writable in-memory store's own writes are seen at once: the next :meth:`get` rebuilds.
    Any other store (on disk, remote) builds in the background: the first projection while the
    server already answers (:meth:`get` with ``wait`` raises :class:`WarmingUp` meanwhile), and
    for a read-only store changed by another process (a build beside the server) the next
    :meth:`get` keeps answering from the projection it has while a new one is built.

    The projection of an on-disk store is also kept in its directory (``vnkg-cache/``, JSON),
    keyed by the store's generation: a server started again on the same data is ready at once,
    and the server processes of one store build it once between them.
    """

    def __init__(self, store: Any, base: str = DEFAULT_BASE, *, background: bool | None = None):
        self.store = store
        self.base = base
        self.background = bool(getattr(store, "read_only", False)) if background is None else background
        # Only an in-memory store is small and quick enough to build while a request waits.
        self.first_in_background = self.background or getattr(store, "location", None) is not None
        self._lock = threading.Lock()  # held while building
        self._spawn_lock = threading.Lock()  # held while deciding to start a background build
        self._projection: Projection | None = None
        self._rebuilding: threading.Thread | None = None
        self._ready = threading.Event()
        self.builds = 0  # how many times the projection was built (tests and metrics read it)
        self.loads = 0  # how many times it was read from the cache instead

    def _generation(self) -> Any:
        return getattr(self.store, "generation", None)

    def peek(self) -> Projection | None:
        """Return the projection held, current or not, without building (None before the first)."""
        return self._projection

    def get(self, wait: float | None = None) -> Projection:
        """Return the current projection, rebuilding it if the store changed.

        ``wait``: while the first projection is being built in the background, wait at most this
        long, then raise :class:`WarmingUp` (None: wait until it is built).
        """
        generation = self._generation()
        current = self._projection
        if current is not None and current.generation == generation:
            return current
        if current is not None and self.background:
            self._rebuild_in_background()
            return current
        if current is None and self.first_in_background:
            self._rebuild_in_background()
            if not self._ready.wait(wait):
                raise WarmingUp()
            current = self._projection
            if current is not None:
                return current
        with self._lock:
            current = self._projection
            generation = self._generation()
            if current is None or current.generation != generation:
                current = self._build(generation)
            return current

    def _build(self, generation: Any) -> Projection:
        # The build reads the whole store: it is bounded by no request's budget.
        with budget(None):
            projection = self._cached(generation)
        self._projection = projection
        self._ready.set()
        return projection

    def _cached(self, generation: Any) -> Projection:
        """Return the projection of ``generation``: from the cache, else built (and cached)."""
        location = getattr(self.store, "location", None)
        if location is None or generation is None:
            return self._built(generation)
        directory = os.path.join(location, "vnkg-cache")
        key = hashlib.sha256(f"{CACHE_VERSION}|{self.base}|{generation}".encode()).hexdigest()[:24]
        path = os.path.join(directory, f"projection-{key}.json")
        try:
            os.makedirs(directory, exist_ok=True)
            lock = open(os.path.join(directory, "lock"), "a+b")  # noqa: SIM115 - held across the build
        except OSError:
            return self._built(generation)  # a directory we may not write: build, keep in memory
        with lock:
            with contextlib.suppress(OSError):
                import fcntl

                fcntl.flock(lock, fcntl.LOCK_EX)  # another server process may be building it now
            try:
                projection = load_projection(path, generation)
                self.loads += 1
                return projection
            except (OSError, ValueError, KeyError, TypeError):
                pass
            projection = self._built(generation)
            try:
                save_projection(projection, path)
                for name in os.listdir(directory):  # older generations' projections
                    if name.startswith("projection-") and os.path.join(directory, name) != path:
                        with contextlib.suppress(OSError):
                            os.remove(os.path.join(directory, name))
            except OSError as e:
                log.warning("cannot keep the graph projection in %s: %s", directory, e)
            return projection

    def _built(self, generation: Any) -> Projection:
        projection = build_projection(self.store, self.base, generation)
        self.builds += 1
        return projection

    def _rebuild_in_background(self) -> None:
        with self._spawn_lock:
            if self._rebuilding is not None and self._rebuilding.is_alive():
                return

            def rebuild() -> None:
                try:
                    with self._lock:
                        generation = self._generation()
                        if self._projection is None or self._projection.generation != generation:
                            projection = self._build(generation)
                            # Ready means ready to search: the index is part of the warm-up.
                            from graph.search import search_index

                            search_index(projection)
                except Exception:  # noqa: BLE001 - the old projection stays; the next get() tries again
                    log.warning("building the graph projection failed", exc_info=True)

            self._rebuilding = threading.Thread(target=rebuild, name="vnkg-graph-view", daemon=True)
            self._rebuilding.start()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a background rebuild in progress, if any."""
        thread = self._rebuilding
        if thread is not None:
            thread.join(timeout)

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The current networkx graph."""
        return self.get().graph


def save_projection(projection: Projection, path: str) -> None:
    """Write a projection as JSON (atomically: a reader sees the old file or the whole new one)."""
    data = {"version": CACHE_VERSION, "generation": projection.generation, "base": projection.base,
            "graph": nx.node_link_data(projection.graph, edges="edges"),
            "reports": projection.reports, "observations": projection.observations}
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        _write_json(f, data, 3)
    os.replace(tmp, path)


# json.dump() encodes in pure Python (only a one-shot dumps() uses the C encoder): three times the
# CPU of dumps() for a view (0.19 against 0.06 s at 500 reports). One dumps() of the whole view
# would hold it as one string (~50 MB at 5,000 reports), so the outer containers are written
# piece by piece and each node, edge, report and observation is encoded by the C encoder.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _write_json(f: Any, value: Any, depth: int) -> None:
    """Write ``value`` as ``json.dump(value, f, ensure_ascii=False, separators=(",", ":"))`` does.

    The same text: containers ``depth`` levels down are written item by item, the rest encoded whole.
    """
    if depth and isinstance(value, dict) and all(isinstance(k, str) for k in value):
        f.write("{")
        for i, (k, v) in enumerate(value.items()):
            f.write(("," if i else "") + _ENCODE(k) + ":")
            _write_json(f, v, depth - 1)
        f.write("}")
    elif depth and isinstance(value, list):
        f.write("[")
        for i, v in enumerate(value):
            if i:
                f.write(",")
            _write_json(f, v, depth - 1)
        f.write("]")
    else:
        f.write(_ENCODE(value))


def load_projection(path: str, generation: Any) -> Projection:
    """Read a projection written by :func:`save_projection`; ValueError if it is of another generation."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if data.get("version") != CACHE_VERSION or data.get("generation") != generation:
        raise ValueError("a projection of another generation")
    graph = nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="edges")
    iri_index = {d["iri"]: n for n, d in graph.nodes(data=True)}
    return Projection(graph=graph, generation=generation, base=data["base"], iri_index=iri_index,
                      reports=data["reports"], observations=data["observations"])


_views: weakref.WeakKeyDictionary[Any, dict[str, GraphView]] = weakref.WeakKeyDictionary()
_views_lock = threading.Lock()


def graph_view(store: Any, base: str = DEFAULT_BASE) -> GraphView:
    """Return the shared GraphView of a store (one per store and base)."""
    with _views_lock:
        per_store = _views.setdefault(store, {})
        view = per_store.get(base)
        if view is None:
            view = per_store[base] = GraphView(store, base)
        return view


# --------------------------------------------------------------------------- JSON shapes


def node_json(graph: nx.MultiDiGraph, nid: str) -> dict[str, Any]:
    """Return a node as ``{"id", "iri", "label", "type", …attributes}``."""
    data = graph.nodes[nid]
    return {"id": nid, **data}


def edge_json(u: str, v: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
    """Return an edge as ``{"source", "target", "relation", "label", "reports", …}``."""
    return {"source": u, "target": v, "key": key, **data}


def to_json(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Return a (sub)graph as ``{"nodes": [...], "edges": [...]}``."""
    return {
        "nodes": [node_json(graph, n) for n in graph.nodes],
        "edges": [edge_json(u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True)],
    }


# --------------------------------------------------------------------------- algorithms


def _types(value: str | Iterable[str] | None) -> set[str] | None:
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    wanted = {t.strip() for t in items if t and t.strip()}
    if not wanted:
        return None
    unknown = wanted - set(NODE_TYPES)
    if unknown:
        raise GraphError(f"unknown type {sorted(unknown)[0]!r}; one of {', '.join(NODE_TYPES)}")
    return wanted


def parse_types(value: str | Iterable[str] | None) -> set[str] | None:
    """Return the set of node types asked for (comma-separated), None for all; GraphError if unknown."""
    return _types(value)


def neighbors(projection: Projection, nid: str, depth: int = 1, limit: int | None = None) -> nx.MultiDiGraph:
    """Return the subgraph of everything within ``depth`` links of a node (any direction).

    ``limit``: keep at most that many nodes, the nearest first and among them the best connected
    (a hub has thousands of neighbours); the graph's ``total`` attribute counts them all.
    """
    projection.node_id(nid)
    if depth < 0:
        raise GraphError("depth must be 0 or more")
    reach = nx.single_source_shortest_path_length(projection.undirected, nid, cutoff=depth)
    total = len(reach)
    if limit is not None and total > limit:
        degree = projection.undirected.degree
        reach = dict(sorted(reach.items(), key=lambda item: (item[1], -degree(item[0]), item[0]))[:limit])
    sub = projection.graph.subgraph(reach).copy()
    sub.graph["total"] = total
    return sub


def shortest_path(projection: Projection, source: str, target: str,
                  directed: bool = False) -> nx.MultiDiGraph:
    """Return the nodes and edges of one shortest path; NodeNotFound / GraphError if none."""
    projection.node_id(source)
    projection.node_id(target)
    graph = projection.graph
    try:
        if directed:
            path = nx.shortest_path(graph, source, target)
        else:
            path = nx.shortest_path(projection.undirected, source, target)
    except nx.NetworkXNoPath as exc:
        raise GraphError(f"no path from {source} to {target}") from exc
    out = nx.MultiDiGraph(**graph.graph)
    for n in path:
        out.add_node(n, **graph.nodes[n])
    for u, v in zip(path, path[1:], strict=False):
        # keep every link between consecutive nodes in the direction it has in the data
        for a, b in ((u, v), (v, u)):
            if directed and (a, b) != (u, v):
                continue
            for key, data in graph.get_edge_data(a, b, default={}).items():
                out.add_edge(a, b, key=key, **data)
    out.graph["path"] = path
    return out


MEASURES = ("degree", "pagerank", "betweenness")


def pagerank(graph: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10,
             max_iter: int = 200) -> dict[str, float]:
    """Return PageRank scores by power iteration (networkx's own needs numpy and scipy)."""
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    nodes = list(graph)
    degree = {v: graph.degree(v) for v in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        # rank held by nodes without links is spread evenly, as networkx does
        dangling = alpha * sum(rank[v] for v in nodes if degree[v] == 0) / n
        new = {}
        for v in nodes:
            inflow = sum(rank[u] / degree[u] for u in graph.neighbors(v))
            new[v] = (1.0 - alpha) / n + dangling + alpha * inflow
        if sum(abs(new[v] - rank[v]) for v in nodes) < n * tol:
            return new
        rank = new
    return rank


def centrality(projection: Projection, measure: str = "degree", types: str | Iterable[str] | None = None,
               limit: int = 10) -> list[dict[str, Any]]:
    """Return the ``limit`` top nodes by a centrality measure, best first."""
    if measure not in MEASURES:
        raise GraphError(f"unknown measure {measure!r}; one of {', '.join(MEASURES)}")
    wanted = _types(types)
    if limit < 1:
        raise GraphError("limit must be 1 or more")

    def compute() -> dict[str, float]:
        simple = projection.undirected
        if simple.number_of_nodes() == 0:
            return {}
        if measure == "degree":
            return nx.degree_centrality(simple)
        if measure == "pagerank":
            return pagerank(simple)
        # Exact betweenness is O(V·E); sample pivots on large graphs (fixed seed: stable answers).
        k = 256 if simple.number_of_nodes() > 600 else None
        return nx.betweenness_centrality(simple, k=k, seed=0 if k else None)

    scores = projection.memo(("centrality", measure), compute)
    graph = projection.graph
    rows = [
        (score, nid) for nid, score in scores.items() if wanted is None or graph.nodes[nid]["type"] in wanted
    ]
    rows.sort(key=lambda r: (-r[0], graph.nodes[r[1]]["label"], r[1]))
    return [
        {"id": nid, "label": graph.nodes[nid]["label"], "type": graph.nodes[nid]["type"], "score": score}
        for score, nid in rows[:limit]
    ]


def components(projection: Projection) -> list[dict[str, Any]]:
    """Return the weakly connected components, largest first, with their nodes."""

    def compute() -> list[dict[str, Any]]:
        graph = projection.graph
        comps = sorted(nx.connected_components(projection.undirected), key=lambda c: (-len(c), min(c)))
        out = []
        for comp in comps:
            members = sorted(comp, key=lambda n: (graph.nodes[n]["type"], graph.nodes[n]["label"], n))
            out.append(
                {
                    "size": len(comp),
                    "edges": graph.subgraph(comp).number_of_edges(),
                    "types": dict(sorted(Counter(graph.nodes[n]["type"] for n in comp).items())),
                    "nodes": [{"id": n, "label": graph.nodes[n]["label"], "type": graph.nodes[n]["type"]}
                              for n in members],
                }
            )
        return out

    return projection.memo("components", compute)


def summary(projection: Projection) -> dict[str, Any]:
    """Return node and edge counts, by type and by relation."""

    def compute() -> dict[str, Any]:
        graph = projection.graph
        return {
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "components": nx.number_connected_components(projection.undirected) if len(graph) else 0,
            "types": dict(sorted(Counter(d["type"] for _, d in graph.nodes(data=True)).items())),
            "relations": dict(sorted(Counter(d["relation"] for *_, d in graph.edges(data=True)).items())),
            "statistics": sum(len(d.get("statistics", ())) for _, d in graph.nodes(data=True)),
        }

    return projection.memo("summary", compute)


def subgraph(projection: Projection, focus: str | None = None, depth: int = 1,
             types: str | Iterable[str] | None = None, report: str | None = None) -> nx.MultiDiGraph:
    """Return the whole graph, one node's neighbourhood, only some node types, and/or one report's part.

    ``report`` (a report id) keeps the entities that report mentions and the links it states.
    """
    wanted = _types(types)
    graph = neighbors(projection, focus, depth) if focus else projection.graph
    if wanted is not None:
        keep = [n for n, d in graph.nodes(data=True) if d["type"] in wanted or n == focus]
        graph = graph.subgraph(keep)
    if report is not None:
        keep = [n for n, d in graph.nodes(data=True) if report in d.get("reports", ())]
        graph = graph.subgraph(keep)
        drop = [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True)
                if d.get("reports") and report not in d["reports"]]
        graph = nx.MultiDiGraph(graph)
        graph.remove_edges_from(drop)
        return graph
    return graph.copy() if graph is projection.graph else nx.MultiDiGraph(graph)
