"""``vnkg serve``: either HTTP server answers the same; the scheme a local proxy forwards is used."""

from __future__ import annotations

import ctypes.util
from pathlib import Path

import pytest
import requests

from graph.store import Store
from graph.web import create_app


@pytest.mark.parametrize("server", ["granian", "gunicorn"])
def test_both_http_servers_serve_queries_pages_and_refusals(live_server, server: str) -> None:  # noqa: ANN001
    srv = live_server(server=server, workers=2)
    answer = requests.get(srv.sparql, params={"query": "ASK {}"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=10)
    assert answer.status_code == 200 and answer.json() == {"head": {}, "boolean": True}
    assert server in answer.headers.get("Server", "").lower()
    assert requests.get(srv.url + "/", timeout=10).headers["Content-Type"].startswith("text/html")
    bad = requests.get(srv.sparql, params={"query": "SELECT WHERE {"}, timeout=10)
    assert bad.status_code == 400 and "error" in bad.text.lower()
    huge = requests.get(srv.url + "/", headers={"X-Long": "y" * 20000}, timeout=10)
    assert 400 <= huge.status_code < 500


@pytest.mark.parametrize(("remote", "forwarded", "scheme"), [
    ("127.0.0.1", "https", "https"),
    ("::1", "https, http", "https"),
    ("127.0.0.1", "gopher", "http"),
    ("203.0.113.9", "https", "http"),  # not from the local proxy: ignored
])
def test_forwarded_scheme_is_trusted_from_loopback_only(store: Store, settings, remote: str,  # noqa: ANN001
                                                        forwarded: str, scheme: str) -> None:
    client = create_app(settings, store=store).test_client()
    answer = client.get("/sparql?format=ntriples", headers={"X-Forwarded-Proto": forwarded},
                        environ_base={"REMOTE_ADDR": remote})
    assert answer.status_code == 200
    assert f"<{scheme}://localhost/sparql>".encode() in answer.data


@pytest.mark.skipif(ctypes.util.find_library("jemalloc") is None, reason="libjemalloc2 is not installed")
@pytest.mark.parametrize(("allocator", "preloaded"), [("auto", True), ("system", False)])
def test_the_server_runs_on_jemalloc_when_installed(live_server, allocator: str,  # noqa: ANN001
                                                    preloaded: bool) -> None:
    srv = live_server(allocator=allocator)
    maps = Path(f"/proc/{srv.process.pid}/maps").read_text()
    assert ("jemalloc" in maps) is preloaded
    assert requests.get(srv.sparql, params={"query": "ASK {}"}, timeout=10).status_code == 200


def test_allocator_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    import click

    from graph import cli_server

    monkeypatch.delenv(cli_server.ALLOCATOR_ENV, raising=False)
    monkeypatch.setattr(cli_server.ctypes.util, "find_library", lambda name: None)
    cli_server._preload_allocator("system")  # nothing to do
    cli_server._preload_allocator("auto")  # not installed: the system allocator, no error
    with pytest.raises(click.UsageError, match="apt-get install libjemalloc2"):
        cli_server._preload_allocator("jemalloc")
    monkeypatch.setattr(cli_server.ctypes.util, "find_library", lambda name: "libjemalloc.so.2")
    monkeypatch.setenv(cli_server.ALLOCATOR_ENV, "libjemalloc.so.2")
    cli_server._preload_allocator("jemalloc")  # already re-run with it: returns instead of looping
