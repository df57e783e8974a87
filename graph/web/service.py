"""The SPARQL 1.1 Service Description of the endpoint (an RDF graph, served by GET /sparql)."""

from __future__ import annotations

from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF

from graph.store import Store

__all__ = ["service_description", "RDFLIB_FORMATS"]

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS_NS = Namespace("http://www.w3.org/ns/formats/")

#: Our format names → rdflib serialiser names.
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld", "trig": "trig",
                  "nquads": "nquads", "n3": "n3"}

_RESULT_FORMAT_IRIS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                       "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG",
                       "N-Quads", "N3"]


def service_description(endpoint: str, store: Store, *, writable: bool, union_default_graph: bool,
                        federated: bool, title: str = "vnkg SPARQL endpoint") -> Graph:
    """Return the service description of the endpoint at ``endpoint`` serving ``store``."""
    g = Graph()
    g.bind("sd", SD)
    g.bind("dcterms", DCTERMS)
    service = BNode()
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint)))
    g.add((service, DCTERMS.title, Literal(title, lang="en")))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if writable:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    for name in _RESULT_FORMAT_IRIS:
        g.add((service, SD.resultFormat, FORMATS_NS[name]))
    g.add((service, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    g.add((service, SD.feature, SD.EmptyGraphs))
    if union_default_graph:
        g.add((service, SD.feature, SD.UnionDefaultGraph))
    if federated:
        g.add((service, SD.feature, SD.BasicFederatedQuery))
    dataset = BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    default_graph = BNode()
    g.add((dataset, SD.defaultGraph, default_graph))
    g.add((default_graph, RDF.type, SD.Graph))
    for iri in store.graphs():
        named: Any = BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(iri)))
    return g
