"""The SPARQL text helpers: finding remote fetches, writing protocol USING clauses."""

from __future__ import annotations

import pytest

from graph.store import ProtocolConflict, open_store
from graph.store.sparql_text import add_using, remote_targets, tokens


def test_tokens_respect_strings_iris_comments_and_depth() -> None:
    text = 'SELECT * { ?x <http://e/p> "a } b" . FILTER(?x < 3) } # }\nLIMIT 1'
    toks = [(t.kind, t.text, t.depth) for t in tokens(text)]
    assert ("string", '"a } b"', 1) in toks
    assert ("iri", "<http://e/p>", 1) in toks
    assert ("other", "<", 1) in toks  # a comparison, not an IRI
    assert toks[-2:] == [("word", "LIMIT", 0), ("other", "1", 0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("SELECT * { SERVICE <http://a.example/sparql> { ?s ?p ?o } }", [("SERVICE", "http://a.example/sparql")]),
    ("select * { service silent <http://a.example/q> {} }", [("SERVICE", "http://a.example/q")]),
    ("PREFIX e: <http://b.example/> SELECT * { SERVICE e:sparql {} }", [("SERVICE", "http://b.example/sparql")]),
    ("BASE <http://c.example/x/> SELECT * { SERVICE <q> {} }", [("SERVICE", "http://c.example/x/q")]),
    ("SELECT * { SERVICE ?endpoint {} }", [("SERVICE", "?endpoint")]),
    ("SELECT * { SERVICE <http://\\u0065vil.example/> {} }", [("SERVICE", "http://evil.example/")]),
    ("LOAD SILENT <http://d.example/x.ttl> INTO GRAPH <http://g/>", [("LOAD", "http://d.example/x.ttl")]),
    ('SELECT * { ?s ?p "SERVICE <http://no.example/>" } # LOAD <http://no.example/>', []),
    ("SELECT ?service ?load { ?service <http://e/load> ?load }", []),
    ("SELECT * { ?s <http://e/p> ex:SERVICE }", []),
    ("SELECT * { SERVICE", [("SERVICE", "")]),
])
def test_remote_targets(text: str, expected: list[tuple[str, str]]) -> None:
    assert remote_targets(text) == expected


def test_add_using_before_every_where_at_top_level() -> None:
    update = ("CLEAR ALL ; INSERT DATA { GRAPH <http://g/> { <http://a> <http://b> <http://c> } } ; "
              "INSERT { ?s a <http://T> } WHERE { ?s ?p ?o { SELECT * WHERE { ?s ?p ?o } } }")
    out = add_using(update, ["http://d1/"], ["http://n1/"])
    assert out.count("USING <http://d1/> USING NAMED <http://n1/> WHERE") == 1
    assert "SELECT * WHERE" in out  # the subquery is untouched
    assert add_using(update, [], []) == update


def test_add_using_rewrites_delete_where() -> None:
    out = add_using("DELETE WHERE { ?s <http://p> ?o }", ["http://d1/"], [])
    assert out == "DELETE { ?s <http://p> ?o } USING <http://d1/> WHERE { ?s <http://p> ?o }"


@pytest.mark.parametrize("update", [
    "WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } USING <http://g/> WHERE { ?s ?p ?o }",
])
def test_add_using_conflicts_with_using_and_with(update: str) -> None:
    with pytest.raises(ProtocolConflict):
        add_using(update, ["http://d1/"], [])


def test_rewritten_updates_run_on_the_engine() -> None:
    s = open_store(None)
    s.update("INSERT DATA { GRAPH <http://g1/> { <http://a> <http://p> 1 } "
             "GRAPH <http://g2/> { <http://b> <http://p> 2 } }")
    s.update("INSERT { GRAPH <http://out/> { ?s <http://seen> true } } WHERE { ?s <http://p> ?o }",
             using_graph_uris=["http://g2/"])
    assert [str(r["s"]) for r in s.select("SELECT ?s { GRAPH <http://out/> { ?s ?p ?o } }")] == ["http://b"]
    # with protocol graphs, GRAPH in WHERE sees only the using-named-graph-uri graphs
    s.update("DELETE WHERE { GRAPH <http://g1/> { ?s ?p ?o } }", using_named_graph_uris=["http://g2/"])
    assert s.ask("ASK { GRAPH <http://g1/> { ?s ?p ?o } }")
    s.update("DELETE WHERE { GRAPH <http://g1/> { ?s ?p ?o } }", using_named_graph_uris=["http://g1/"])
    assert not s.ask("ASK { GRAPH <http://g1/> { ?s ?p ?o } }")
