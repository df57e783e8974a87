"""The Graph Store HTTP Protocol at /store through the Flask test client."""

from __future__ import annotations

import io
from urllib.parse import quote

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef

EX = Namespace("http://example.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PERSON = "@prefix foaf: <http://xmlns.com/foaf/0.1/> . <http://example.org/p1> a foaf:Person ; foaf:name \"Lan\" ."
G = "http://example.org/people"
TURTLE = "text/turtle; charset=utf-8"


def url(graph: str = G) -> str:
    return "/store?graph=" + quote(graph, safe="")


def turtle(response) -> Graph:  # noqa: ANN001
    return Graph().parse(data=response.data, format="turtle")


def test_put_creates_then_replaces(client, auth) -> None:  # noqa: ANN001
    assert client.put(url(), data=PERSON, content_type=TURTLE, headers=auth).status_code == 201
    r = client.get(url(), headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"] == "text/turtle; charset=utf-8"
    assert (EX.p1, FOAF.name, Literal("Lan")) in turtle(r)
    replaced = PERSON.replace("Lan", "Mai")
    assert client.put(url(), data=replaced, content_type=TURTLE, headers=auth).status_code == 204
    g = turtle(client.get(url()))
    assert len(g) == 2 and (EX.p1, FOAF.name, Literal("Mai")) in g


def test_head_get_and_delete(client, auth) -> None:  # noqa: ANN001
    client.put(url(), data=PERSON, content_type=TURTLE, headers=auth)
    r = client.head(url(), headers={"Accept": "text/turtle; charset=utf-8"})
    assert r.status_code == 200 and r.mimetype == "text/turtle" and r.data == b""
    assert int(r.headers["Content-Length"]) > 0
    assert client.delete(url(), headers=auth).status_code == 204
    assert client.get(url()).status_code == 404
    assert client.head(url()).status_code == 404
    assert client.delete(url(), headers=auth).status_code == 404


def test_post_merges_and_multipart(client, auth) -> None:  # noqa: ANN001
    assert client.post(url(), data=PERSON, content_type=TURTLE, headers=auth).status_code == 201
    body = {
        "a.ttl": (io.BytesIO(b"<http://example.org/p1> <http://xmlns.com/foaf/0.1/familyName> \"Nguyen\" ."),
                  "a.ttl", "text/turtle"),
        "b.nt": (io.BytesIO(b"<http://example.org/p1> <http://xmlns.com/foaf/0.1/givenName> \"Lan\" ."),
                 "b.nt", "application/n-triples"),
    }
    r = client.post(url(), data=body, content_type="multipart/form-data", headers=auth)
    assert r.status_code == 204
    g = turtle(client.get(url()))
    assert len(g) == 4 and (EX.p1, FOAF.familyName, Literal("Nguyen")) in g


def test_post_to_the_store_creates_a_graph(client, auth) -> None:  # noqa: ANN001
    r = client.post("/store", data=PERSON, content_type=TURTLE, headers=auth)
    assert r.status_code == 201
    location = r.headers["Location"]
    assert location.startswith("http://localhost/store/")
    assert len(turtle(client.get(url(location)))) == 2
    # the new graph's IRI is also its URL (direct identification)
    assert len(turtle(client.get(location.removeprefix("http://localhost")))) == 2


def test_direct_identification(client, auth) -> None:  # noqa: ANN001
    assert client.put("/store/people/1", data=PERSON, content_type=TURTLE, headers=auth).status_code == 201
    assert "http://localhost/store/people/1" in client.application.extensions["vnkg.store"].graphs()
    assert len(turtle(client.get("/store/people/1"))) == 2
    assert client.get("/store/people/1?graph=http://x/").status_code == 400
    assert client.delete("/store/people/1", headers=auth).status_code == 204


def test_the_default_graph_is_the_union_and_read_only(client, auth) -> None:  # noqa: ANN001
    before = client.get("/store?default")
    assert before.status_code == 200 and len(turtle(before)) > 0  # the union of g1 and g2
    for method in ("put", "post", "delete"):
        r = getattr(client, method)("/store?default", data=PERSON, content_type=TURTLE, headers=auth)
        assert r.status_code == 403 and b"union of the named graphs" in r.data, (method, r.data)
    assert client.get("/store?default").data == before.data


def test_default_graph(settings, auth) -> None:  # noqa: ANN001
    import dataclasses

    from graph.store import open_store
    from graph.web import create_app

    plain = dataclasses.replace(settings, union_default_graph=False)
    client = create_app(plain, store=open_store(None, union_default_graph=False)).test_client()
    assert client.get("/store?default").status_code == 200  # the default graph always exists
    r = client.put("/store?default", data=PERSON, content_type=TURTLE, headers=auth)
    assert r.status_code in (200, 204)
    assert len(turtle(client.get("/store?default"))) == 2
    assert client.delete("/store?default", headers=auth).status_code == 204
    assert len(turtle(client.get("/store?default"))) == 0


def test_whole_store_as_a_dataset(client) -> None:  # noqa: ANN001
    r = client.get("/store", headers={"Accept": "application/n-quads"})
    assert r.status_code == 200 and r.mimetype == "application/n-quads"
    ds = Dataset()
    ds.parse(data=r.data, format="nquads")
    assert {str(g.identifier) for g in ds.graphs() if len(g)} == {"http://example.org/g1", "http://example.org/g2"}
    assert client.get("/store").mimetype == "application/trig"
    assert client.get("/store", headers={"Accept": "text/turtle"}).status_code == 406


@pytest.mark.parametrize(("accept", "rdflib_name"), [("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
                                                     ("application/n-triples", "nt")])
def test_get_negotiates(client, accept: str, rdflib_name: str) -> None:  # noqa: ANN001
    r = client.get(url("http://example.org/g2"), headers={"Accept": accept})
    assert r.mimetype == accept
    g = Graph().parse(data=r.data, format=rdflib_name)
    assert (EX.acme, EX.employs, EX.alice) in g


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "message"), [
    ("put", url(), {"data": PERSON, "content_type": "text/plain; charset=utf-16"}, 415, b"UTF-8"),
    ("put", url(), {"data": PERSON, "content_type": "application/x-unknown"}, 415, b"text/turtle"),
    ("put", url(), {"data": PERSON}, 415, b"Content-Type"),
    ("put", url(), {"data": "<a> <b> .", "content_type": TURTLE}, 400, b"malformed Turtle"),
    ("put", "/store", {"data": PERSON, "content_type": TURTLE}, 400, b"PUT needs a graph"),
    ("delete", "/store", {}, 400, b"DELETE needs a graph"),
    ("get", "/store?default&graph=http://x/", {}, 400, b"not both"),
    ("get", "/store?graph=http://x/&graph=http://y/", {}, 400, b"exactly one"),
    ("get", url("http://example.org/none"), {}, 404, b"no graph <http://example.org/none>"),
    ("patch", url(), {}, 405, b"Method Not Allowed"),
])
def test_errors(client, auth, method: str, path: str, kwargs: dict, status: int,  # noqa: ANN001
                message: bytes) -> None:
    r = getattr(client, method)(path, headers=auth, **kwargs)
    assert r.status_code == status and message in r.data, r.data


def test_malformed_body_leaves_the_graph(client, auth) -> None:  # noqa: ANN001
    before = client.get(url("http://example.org/g1")).data
    r = client.put(url("http://example.org/g1"), data="@prefix broken", content_type=TURTLE, headers=auth)
    assert r.status_code == 400
    assert client.get(url("http://example.org/g1")).data == before


def test_writes_need_the_token(client) -> None:  # noqa: ANN001
    assert client.put(url(), data=PERSON, content_type=TURTLE).status_code == 401
    assert client.post(url(), data=PERSON, content_type=TURTLE).status_code == 401
    assert client.delete(url("http://example.org/g1")).status_code == 401
    assert client.get(url("http://example.org/g1")).status_code == 200  # reads need none
    assert URIRef("http://example.org/people") not in {URIRef(g) for g in
                                                       client.application.extensions["vnkg.store"].graphs()}
