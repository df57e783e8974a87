"""HTTP load with wrk, servers started and stopped by process id, memory of a process tree.

Everything runs on the loopback interface, bounded in time (wrk ``-d``) and stopped by the ids of
the processes started here.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

__all__ = ["WrkResult", "parse_wrk", "run_wrk", "Server", "free_port", "tree_memory", "connection_placement",
           "fetch"]

HERE = Path(__file__).resolve().parent
WRK_SCRIPT = HERE / "wrk.lua"
JSON_ACCEPT = "application/sparql-results+json"


@dataclass
class WrkResult:
    """What one wrk run measured."""

    requests: int
    seconds: float
    errors: dict[str, int]
    p50_ms: float
    p90_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float
    bytes: int = 0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    def to_json(self) -> dict[str, Any]:
        return {"rps": round(self.rps, 1), "requests": self.requests, "seconds": round(self.seconds, 3),
                "p50_ms": self.p50_ms, "p90_ms": self.p90_ms, "p99_ms": self.p99_ms,
                "mean_ms": self.mean_ms, "max_ms": self.max_ms, "errors": self.errors, "bytes": self.bytes}


def parse_wrk(output: str) -> WrkResult:
    """Read the JSON line that benchmarks/wrk.lua prints at the end of a wrk run."""
    for line in reversed(output.splitlines()):
        if line.startswith("JSON "):
            data = json.loads(line[5:])
            break
    else:
        raise ValueError("no JSON summary in the wrk output (was benchmarks/wrk.lua used?)")
    lat = data["latency_us"]
    return WrkResult(
        requests=int(data["requests"]),
        seconds=data["duration_us"] / 1e6,
        errors={k: int(v) for k, v in data["errors"].items()},
        p50_ms=lat["p50"] / 1000, p90_ms=lat["p90"] / 1000, p99_ms=lat["p99"] / 1000,
        mean_ms=round(lat["mean"] / 1000, 3), max_ms=lat["max"] / 1000, bytes=int(data.get("bytes", 0)),
    )


def request_paths(endpoint_path: str, queries: Sequence[str]) -> list[str]:
    """Return GET paths ``/sparql?query=…`` for the queries."""
    return [f"{endpoint_path}?query={quote(q, safe='')}" for q in queries]


def run_wrk(base_url: str, paths: Sequence[str], *, connections: int, seconds: float,
            threads: int = 2, accept: str = JSON_ACCEPT, timeout_s: float = 10) -> WrkResult:
    """Run wrk against ``base_url`` cycling through ``paths``; return its measurements."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk)")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(paths) + "\n")
        name = f.name
    try:
        cmd = [wrk, f"-t{min(threads, connections)}", f"-c{connections}", f"-d{max(1, round(seconds))}s",
               f"--timeout={int(timeout_s)}s", "-s", str(WRK_SCRIPT), base_url, "--", name, accept]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + timeout_s + 30,
                             check=False)
        if out.returncode != 0:
            raise RuntimeError(f"wrk failed ({out.returncode}): {out.stderr.strip()}")
        return parse_wrk(out.stdout)
    finally:
        os.unlink(name)


def free_port() -> int:
    """Return a TCP port free on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, *, accept: str = JSON_ACCEPT, data: bytes | None = None, method: str | None = None,
          headers: dict[str, str] | None = None, timeout: float = 60) -> tuple[int, bytes]:
    """Return (status, body) of one HTTP request."""
    req = urllib.request.Request(url, data=data, method=method, headers={"Accept": accept, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - loopback only
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def tree_memory(pid: int) -> dict[str, Any]:
    """Return the RSS (and USS where readable) of a process and its descendants, in MB."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return {"processes": [], "total_rss_mb": 0.0, "max_rss_mb": 0.0}
    rows = []
    for p in procs:
        try:
            info = p.memory_full_info()
            rows.append({"pid": p.pid, "name": " ".join(p.cmdline()[:3])[-60:],
                         "rss_mb": round(info.rss / 2**20, 1), "uss_mb": round(info.uss / 2**20, 1)})
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    rss = [r["rss_mb"] for r in rows]
    return {"processes": rows, "total_rss_mb": round(sum(rss), 1), "max_rss_mb": max(rss, default=0.0),
            "total_uss_mb": round(sum(r["uss_mb"] for r in rows), 1)}


def connection_placement(pid: int, port: int) -> list[int]:
    """Return how many established connections to ``port`` each listening process of a tree holds.

    One count per process of the tree that listens on ``port`` (a server's workers), largest
    first: ``[2, 0]`` says both connections went to one of two workers.
    """
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []
    counts = []
    for proc in procs:
        try:
            conns = proc.net_connections(kind="tcp")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        if any(c.status == psutil.CONN_LISTEN and c.laddr.port == port for c in conns):
            counts.append(sum(c.status == psutil.CONN_ESTABLISHED and c.laddr.port == port for c in conns))
    return sorted(counts, reverse=True)


@dataclass
class Server:
    """A server process started here, in its own process group, stopped by its id."""

    name: str
    cmd: list[str]
    port: int
    endpoint: str  # path of the SPARQL endpoint: /sparql, /query
    env: dict[str, str] = field(default_factory=dict)
    log: Path | None = None
    proc: subprocess.Popen | None = None
    started_s: float = 0.0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_query: str = "ASK { }", timeout: float = 300) -> float:
        """Start the server and wait until its endpoint answers; return the seconds it took."""
        log = open(self.log, "wb") if self.log else subprocess.DEVNULL  # noqa: SIM115 - lives with the process
        began = time.perf_counter()
        self.proc = subprocess.Popen(self.cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                     env={**os.environ, **self.env})
        url = f"{self.base_url}{self.endpoint}?query={quote(ready_query, safe='')}"
        refused = 0
        while time.perf_counter() - began < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode} (log: {self.log})")
            try:
                status, _ = fetch(url, timeout=5)
                if status == 200:
                    self.started_s = time.perf_counter() - began
                    return self.started_s
                refused += 1
                if refused >= 20:  # it answers, but not at this endpoint: no use waiting
                    self.stop()
                    raise RuntimeError(f"{self.name} answers {status} at {self.endpoint} (log: {self.log})")
            except OSError:
                pass
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within {timeout:.0f} s (log: {self.log})")

    def query(self, sparql: str, timeout: float = 120) -> tuple[int, bytes]:
        return fetch(f"{self.base_url}{self.endpoint}?query={quote(sparql, safe='')}", timeout=timeout)

    def memory(self) -> dict[str, Any]:
        return tree_memory(self.proc.pid) if self.proc else {}

    def placement(self) -> list[int]:
        """Return the established connections per listening process (see connection_placement)."""
        return connection_placement(self.proc.pid, self.port) if self.proc else []

    def stop(self) -> None:
        """Stop the server's process group (the server and the workers it started), by id."""
        if self.proc is None or self.proc.poll() is not None:
            return
        pgid = self.proc.pid  # start_new_session: the group id is the server's pid
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

