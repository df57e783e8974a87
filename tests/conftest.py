"""Shared fixtures: an in-memory store, the Flask app and test client over it, and live servers.

``app`` / ``client`` follow the Flask tutorial: an app built by ``create_app`` on a fresh in-memory
store, writable with the token :data:`TOKEN` (send ``auth`` as headers). ``live_server`` starts the
real ``vnkg serve`` in a subprocess on a free loopback port with a temporary on-disk store.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.settings import Settings
from graph.store import Store, open_store
from graph.web import create_app

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-token-3f9a"
SAMPLE_TRIG = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:g1 {
  ex:alice a ex:Person ; rdfs:label "Alice"@en, "Ái"@vi ; ex:age 42 ; ex:knows ex:bob .
  ex:bob a ex:Person ; rdfs:label "Bob"@en .
}
ex:g2 {
  ex:acme a ex:Org ; rdfs:label "Acme" ; ex:employs ex:alice .
}
"""


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh in-memory store holding two small named graphs (ex:g1, ex:g2)."""
    s = open_store(None)
    s.load(SAMPLE_TRIG.encode("utf-8"), "trig")
    yield s
    s.close()


@pytest.fixture
def settings() -> Settings:
    """Settings for the test app: in memory, writable with TOKEN, short limits."""
    return Settings(store=":memory:", update_token=TOKEN, query_timeout=5.0, max_rows=1000,
                    max_request_bytes=64 * 1024, query_workers=0)


@pytest.fixture
def app(store: Store, settings: Settings):  # noqa: ANN201 - flask.Flask
    """The Flask app over the in-memory store."""
    application = create_app(settings, store=store)
    application.config.update(TESTING=True)
    return application


@pytest.fixture
def client(app):  # noqa: ANN001, ANN201
    """A Flask test client."""
    return app.test_client()


@pytest.fixture
def auth() -> dict[str, str]:
    """Headers carrying the update token."""
    return {"Authorization": f"Bearer {TOKEN}"}


# --------------------------------------------------------------------------- live servers


def free_port() -> int:
    """Return a TCP port free on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vnkg_command() -> list[str]:
    """Return the command that runs the ``vnkg`` CLI of this environment."""
    script = Path(sys.executable).with_name("vnkg")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from graph.cli import main; main()"]


class LiveServer:
    """``vnkg serve`` in a subprocess; ``url`` is its root, ``log`` its stderr file."""

    def __init__(self, store_path: Path, log_path: Path, **settings: object):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.store_path, self.log = store_path, log_path
        self.settings = settings
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"

    @property
    def gsp(self) -> str:
        return self.url + "/store"

    def start(self, timeout: float = 60) -> LiveServer:
        import requests

        env = {k: v for k, v in os.environ.items() if not k.startswith("VNKG_")}
        for name, value in self.settings.items():
            env[f"VNKG_{name.upper()}"] = "" if value is None else str(value).lower() \
                if isinstance(value, bool) else str(value)
        args = vnkg_command() + ["serve", "--store", str(self.store_path), "--host", "127.0.0.1",
                                 "--port", str(self.port)]
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(args, env=env, stdout=log, stderr=log, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"vnkg serve exited with {self.process.returncode}:\n{self.log.read_text()}")
            try:
                if requests.get(self.sparql, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"vnkg serve did not answer within {timeout} s:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """Start servers: ``live_server(query_timeout=2, …)`` (settings) or ``live_server(store_path, …)``.

    Each gets a free port and, unless given one, a fresh store; all are stopped after the module.
    """
    servers: list[LiveServer] = []

    def start(store_path: Path | None = None, **settings: object) -> LiveServer:
        directory = tmp_path_factory.mktemp("live")
        server = LiveServer(store_path or directory / "store", directory / "server.log", **settings).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
