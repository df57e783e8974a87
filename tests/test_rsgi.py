"""Issue 7: the RSGI face answers as the WSGI app does, light queries on the event loop."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from typing import Any
from urllib.parse import quote

import pytest
from werkzeug.test import Client

from graph.store import open_store
from graph.web import create_app
from graph.web.rsgi import RsgiApp, wsgi_environ

LABEL = 'SELECT ?s WHERE {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> "{}" }}'
DATA = "".join(f'<http://example.org/e{i}> <http://www.w3.org/2000/01/rdf-schema#label> "name {i}" .\n'
               for i in range(20))


class Headers:
    def __init__(self, pairs: list[tuple[str, str]]):
        self.pairs = pairs

    def items(self) -> list[tuple[str, str]]:
        return list(self.pairs)

    def get(self, key: str, default: Any = None) -> Any:
        return next((v for k, v in self.pairs if k == key), default)

    def __contains__(self, key: str) -> bool:
        return any(k == key for k, _ in self.pairs)


@dataclasses.dataclass
class Scope:
    method: str = "GET"
    path: str = "/sparql"
    query_string: str = ""
    headers: Headers = dataclasses.field(default_factory=lambda: Headers([("host", "127.0.0.1:5000")]))
    proto: str = "http"
    http_version: str = "1.1"
    server: str = "127.0.0.1:5000"
    client: str = "127.0.0.1:41000"
    scheme: str = "http"
    authority: str | None = None


class Transport:
    def __init__(self, proto: Proto):
        self.proto = proto

    async def send_bytes(self, data: bytes) -> None:
        if self.proto.gone_after is not None and len(self.proto.sent) >= self.proto.gone_after:
            raise RuntimeError("the client went away")
        self.proto.sent.append(data)


class Proto:
    """What granian hands an RSGI app for one request, recording the answer."""

    def __init__(self, body: bytes = b"", parts: list[bytes] | None = None, gone_after: int | None = None):
        self.body, self.parts, self.gone_after = body, parts or [], gone_after
        self.read = False
        self.status: int | None = None
        self.headers: list[tuple[str, str]] = []
        self.sent: list[bytes] = []
        self.streamed = False

    async def __call__(self) -> bytes:
        self.read = True
        return self.body

    async def _iterate(self) -> Any:
        for part in self.parts:
            self.read = True
            yield part

    def __aiter__(self) -> Any:
        return self._iterate()

    def response_bytes(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.status, self.headers, self.sent = status, headers, [body]

    def response_stream(self, status: int, headers: list[tuple[str, str]]) -> Transport:
        self.status, self.headers, self.streamed = status, headers, True
        return Transport(self)

    @property
    def data(self) -> bytes:
        return b"".join(self.sent)


def serve(front: RsgiApp, *requests: tuple[Scope, Proto]) -> None:
    async def run() -> None:
        loop = asyncio.get_running_loop()
        front.__rsgi_init__(loop)
        try:
            for scope, proto in requests:
                await front.__rsgi__(scope, proto)
        finally:
            front.__rsgi_del__(loop)

    asyncio.run(run())


@pytest.fixture
def light_app(settings):  # noqa: ANN001, ANN201
    store = open_store(None, inline_budget=0.05)
    store.load(("<http://example.org/g> {\n" + DATA + "}\n").encode(), "trig")
    app = create_app(dataclasses.replace(settings, max_rows=100, loop_budget=0.05), store=store)
    yield app
    store.close()


def threads_seen(front: RsgiApp) -> list[str]:
    names: list[str] = []
    inner = front.wsgi

    def recording(environ: dict[str, Any], start_response: Any) -> Any:
        names.append(threading.current_thread().name)
        return inner(environ, start_response)

    front.wsgi = recording
    return names


def test_environ_is_what_a_wsgi_server_builds() -> None:
    scope = Scope(method="POST", path="/a b/á", query_string="q=%20x&z", client="[::1]:5123",
                  headers=Headers([("host", "example.org"), ("x-dup", "a"), ("x-dup", "b"), ("cookie", "a=1"),
                                   ("cookie", "b=2"), ("content-type", "text/plain"), ("content-length", "3")]))
    environ = wsgi_environ(scope, b"abc")
    assert environ["PATH_INFO"] == "/a b/á".encode().decode("latin-1")
    assert environ["QUERY_STRING"] == "q=%20x&z"
    assert (environ["HTTP_X_DUP"], environ["HTTP_COOKIE"]) == ("a, b", "a=1; b=2")
    assert (environ["CONTENT_TYPE"], environ["CONTENT_LENGTH"]) == ("text/plain", "3")
    assert (environ["REMOTE_ADDR"], environ["REMOTE_PORT"]) == ("::1", "5123")
    assert (environ["SERVER_NAME"], environ["SERVER_PORT"], environ["SERVER_PROTOCOL"]) == \
        ("127.0.0.1", "5000", "HTTP/1.1")
    assert environ["wsgi.input"].read() == b"abc"


def test_a_proven_light_query_is_answered_on_the_loop_and_the_rest_in_threads(light_app: Any) -> None:
    front = RsgiApp(light_app, threads=2)
    seen = threads_seen(front)
    lookups = [(Scope(query_string="query=" + quote(LABEL.format(f"name {i}"))), Proto()) for i in range(5)]
    other = (Scope(path="/openapi.json"), Proto())
    serve(front, *lookups, other)
    loop_thread = threading.current_thread().name
    # three runs prove the shape light (they ran in threads), then the loop answers it itself
    assert [name == loop_thread for name in seen] == [False, False, False, True, True, False]
    for i, (_, proto) in enumerate(lookups):
        assert proto.status == 200 and f"http://example.org/e{i}".encode() in proto.data
    assert other[1].status == 200


@pytest.mark.parametrize(("method", "path", "query", "headers", "body"), [
    ("GET", "/sparql", "query=" + quote(LABEL.format("name 3")), [("accept", "text/csv")], b""),
    ("GET", "/sparql", "query=" + quote("SELECT WHERE {"), [("accept", "application/json")], b""),
    ("POST", "/sparql", "", [("content-type", "application/x-www-form-urlencoded")],
     ("query=" + quote(LABEL.format("name 4"))).encode()),
    ("GET", "/no/such/page", "", [("accept", "application/json")], b""),
    ("GET", "/openapi.json", "", [], b""),
])
def test_answers_are_those_of_the_wsgi_app(light_app: Any, method: str, path: str, query: str,
                                          headers: list[tuple[str, str]], body: bytes) -> None:
    front = RsgiApp(light_app, threads=2)
    sent = headers + ([("content-length", str(len(body)))] if body else [])
    proto = Proto(body=body)
    serve(front, (Scope(method=method, path=path, query_string=query,
                        headers=Headers([("host", "127.0.0.1:5000"), *sent])), proto))
    expected = Client(light_app.wsgi_app).open(f"{path}?{query}", method=method, data=body or None,
                                                headers=dict(headers))
    assert proto.status == expected.status_code
    assert proto.data == expected.get_data()
    assert dict(proto.headers).get("Content-Type") == expected.headers.get("Content-Type")


def test_a_long_answer_streams_and_a_client_gone_midway_ends_it_quietly(settings: Any) -> None:
    store = open_store(None)
    store.load("".join(f'<http://example.org/e{i}> <http://example.org/p> "{"long text " * 20}{i}" .\n'
                       for i in range(5000)).encode(), "ntriples")
    app = create_app(dataclasses.replace(settings, max_rows=0), store=store)  # uncapped: streamed
    query = "query=" + quote("SELECT * WHERE { ?s ?p ?o }")
    whole = Proto()
    gone = Proto(gone_after=0)
    serve(RsgiApp(app, threads=2), (Scope(query_string=query), whole), (Scope(query_string=query), gone))
    assert whole.status == 200 and whole.streamed and len(whole.sent) > 2
    assert whole.data == Client(app.wsgi_app).get(f"/sparql?{query}").get_data()
    assert gone.status == 200 and gone.sent == []
    store.close()


def test_request_bodies_are_held_to_the_size_limit(light_app: Any) -> None:
    limit = light_app.extensions["vnkg"].settings.max_request_bytes
    declared = Proto(body=b"x" * (limit + 10))
    chunked = Proto(parts=[b"query=", b"x" * limit, b"more"])
    form = [("content-type", "application/x-www-form-urlencoded")]
    serve(RsgiApp(light_app, threads=2),
          (Scope(method="POST", headers=Headers([*form, ("content-length", str(limit + 10))])), declared),
          (Scope(method="POST", headers=Headers([*form, ("transfer-encoding", "chunked")])), chunked))
    assert declared.status == 413 and not declared.read  # refused from its length, never read
    assert chunked.status == 413
