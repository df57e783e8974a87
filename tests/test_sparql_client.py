"""The real server (``vnkg serve``) with a real client, SPARQLWrapper; persistence; the request log."""

from __future__ import annotations

import re
import subprocess
import time
import urllib.error
from xml.dom.minidom import Document

import pytest
import requests
from conftest import TOKEN
from rdflib import Graph, Literal, Namespace
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

EX = Namespace("http://example.org/")
DATA = """
PREFIX ex: <http://example.org/>
INSERT DATA {
  GRAPH ex:report1 { ex:lan a ex:Officer ; ex:name "Trần Thị Lan"@vi ; ex:rank 3 . }
  GRAPH ex:report2 { ex:minh a ex:Officer ; ex:name "Lê Minh"@vi ; ex:rank 2 . }
}
"""
OFFICERS = "PREFIX ex: <http://example.org/> SELECT ?o ?name WHERE { ?o a ex:Officer ; ex:name ?name } ORDER BY ?name"


@pytest.fixture(scope="module")
def server(live_server):  # noqa: ANN001, ANN201
    srv = live_server(update_token=TOKEN, query_timeout=20)
    r = requests.post(srv.sparql, data=DATA.encode(), headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert r.status_code == 204, r.text
    return srv


def wrapper(server, fmt: str | None = None, token: str | None = None) -> SPARQLWrapper:  # noqa: ANN001
    w = SPARQLWrapper(server.sparql, updateEndpoint=server.sparql)
    if fmt:
        w.setReturnFormat(fmt)
    if token:
        w.addCustomHttpHeader("Authorization", f"Bearer {token}")
    return w


def test_select_json(server) -> None:  # noqa: ANN001
    w = wrapper(server, JSON)
    w.setQuery(OFFICERS)
    res = w.query().convert()
    assert [b["name"]["value"] for b in res["results"]["bindings"]] == ["Lê Minh", "Trần Thị Lan"]
    assert res["results"]["bindings"][0]["name"]["xml:lang"] == "vi"


def test_select_xml(server) -> None:  # noqa: ANN001
    w = wrapper(server, XML)
    w.setQuery(OFFICERS)
    doc = w.query().convert()
    assert isinstance(doc, Document)
    names = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert names == ["Lê Minh", "Trần Thị Lan"]


def test_select_csv(server) -> None:  # noqa: ANN001
    w = wrapper(server, CSV)
    w.setQuery(OFFICERS)
    lines = w.query().convert().decode("utf-8").splitlines()
    assert lines == ["o,name", "http://example.org/minh,Lê Minh", "http://example.org/lan,Trần Thị Lan"]


def test_ask(server) -> None:  # noqa: ANN001
    w = wrapper(server, JSON)
    w.setQuery("ASK { ?o <http://example.org/rank> 3 }")
    assert w.query().convert()["boolean"] is True
    w.setQuery("ASK { ?o <http://example.org/rank> 9 }")
    assert w.query().convert()["boolean"] is False


def test_construct_turtle(server) -> None:  # noqa: ANN001
    w = wrapper(server, TURTLE)
    w.setQuery("CONSTRUCT { ?o <http://example.org/label> ?name } WHERE { ?o <http://example.org/name> ?name }")
    g = Graph().parse(data=w.query().convert(), format="turtle")
    assert (EX.lan, EX.label, Literal("Trần Thị Lan", lang="vi")) in g and len(g) == 2


def test_construct_jsonld(server) -> None:  # noqa: ANN001
    w = wrapper(server, JSONLD)
    w.setQuery("CONSTRUCT WHERE { ?o a <http://example.org/Officer> }")
    g = w.query().convert()
    assert isinstance(g, Graph) and set(g.subjects()) == {EX.lan, EX.minh}


def test_update_without_the_token_is_refused(server) -> None:  # noqa: ANN001
    w = wrapper(server)
    w.setMethod(POST)
    w.setQuery("PREFIX ex: <http://example.org/> INSERT DATA { GRAPH ex:report3 { ex:x a ex:Officer } }")
    with pytest.raises(Unauthorized):
        w.query()
    w = wrapper(server, token="not-the-token")
    w.setMethod(POST)
    w.setQuery("PREFIX ex: <http://example.org/> INSERT DATA { GRAPH ex:report3 { ex:x a ex:Officer } }")
    with pytest.raises((Unauthorized, urllib.error.HTTPError)):
        w.query()
    assert requests.get(server.gsp, params={"graph": str(EX.report3)}, timeout=10).status_code == 404


def test_update_with_the_token(server) -> None:  # noqa: ANN001
    w = wrapper(server, token=TOKEN)
    w.setMethod(POST)
    w.setQuery("PREFIX ex: <http://example.org/> INSERT DATA { GRAPH ex:report3 { ex:hoa a ex:Officer ; "
               "ex:name 'Hoa' } }")
    assert w.query().response.status == 204
    q = wrapper(server, JSON)
    q.setQuery("SELECT ?g WHERE { GRAPH ?g { <http://example.org/hoa> ?p ?o } } LIMIT 1")
    assert q.query().convert()["results"]["bindings"][0]["g"]["value"] == str(EX.report3)


def test_malformed_query_is_a_400_with_the_message(server) -> None:  # noqa: ANN001
    w = wrapper(server, JSON)
    w.setQuery("SELECT ?x WHERE { ?x ?p }")
    with pytest.raises(QueryBadFormed, match="error at 1:"):
        w.query()


def test_writes_persist_across_restarts(server, live_server) -> None:  # noqa: ANN001
    r = requests.put(server.gsp, params={"graph": str(EX.kept)}, data="<http://example.org/k> a <http://example.org/Kept> .",
                     headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert r.status_code == 201
    # The access line is written when the server has finished the response, which can be just after
    # the client has it: wait for it before stopping the server.
    deadline = time.monotonic() + 10
    while "PUT /store" not in server.log.read_text(encoding="utf-8") and time.monotonic() < deadline:
        time.sleep(0.05)
    server.stop()
    again = live_server(server.store_path)  # same store, read-only this time (no token)
    ask = requests.get(again.sparql, params={"query": "ASK { ?k a <http://example.org/Kept> }"}, timeout=30)
    assert ask.json()["boolean"] is True
    refused = requests.put(again.gsp, params={"graph": str(EX.kept)}, data="", headers={
        "Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert refused.status_code == 403
    # one access-log line per request: CLF and a duration
    log = server.log.read_text(encoding="utf-8")
    line = re.compile(r'^127\.0\.0\.1 - - \[[^\]]+\] "(GET|POST|PUT|HEAD) /(sparql|store)\S* HTTP/1\.[01]" '
                      r'\d{3} (\d+|-) \d+\.\d{3}$', re.M)
    assert len(line.findall(log)) >= 10
    assert re.search(r'"PUT /store\?graph=\S+ HTTP/1\.1" 201 - ', log)
    assert "http://127.0.0.1:" in log and "/sparql" in log  # the announced URLs


def test_read_only_server_sees_a_load_run_alongside(live_server, tmp_path) -> None:  # noqa: ANN001
    from conftest import vnkg_command

    srv = live_server()  # no token: read-only, the store's write lock stays free
    ask = {"query": "ASK { <http://example.org/loaded> ?p ?o }"}
    assert requests.get(srv.sparql, params=ask, timeout=30).json()["boolean"] is False
    data = tmp_path / "extra.ttl"
    data.write_text("<http://example.org/loaded> a <http://example.org/Thing> .\n", encoding="utf-8")
    done = subprocess.run(vnkg_command() + ["load", str(data), "--store", str(srv.store_path),
                                            "--graph", "http://example.org/extra"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1 new quads" in done.stdout
    assert requests.get(srv.sparql, params=ask, timeout=30).json()["boolean"] is True
    r = requests.get(srv.gsp, params={"graph": "http://example.org/extra"}, timeout=30)
    assert r.status_code == 200 and "http://example.org/loaded" in r.text


def test_serve_refuses_a_store_held_by_another_writer(tmp_path) -> None:  # noqa: ANN001
    from conftest import free_port, vnkg_command

    from graph.store import open_store

    holder = open_store(tmp_path / "store")  # e.g. a build in progress
    try:
        done = subprocess.run(vnkg_command() + ["serve", "--store", str(tmp_path / "store"), "--port",
                                                str(free_port()), "--update-token", "x"],
                              capture_output=True, text=True, timeout=60)
    finally:
        holder.close()
    assert done.returncode != 0
    assert "open read-write in another process" in done.stderr
