"""A small graph of people for store tests: ``people(n)`` gives n persons with Vietnamese names."""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, Namespace

EX = Namespace("http://example.org/")


def people(n: int) -> Graph:
    """Return a graph of ``n`` persons ``ex:p0 …``, each with an ``ex:name`` in Vietnamese."""
    g = Graph()
    for i in range(n):
        g.add((EX[f"p{i}"], RDF.type, EX.Person))
        g.add((EX[f"p{i}"], EX.name, Literal(f"Người {i}", lang="vi")))
    return g
