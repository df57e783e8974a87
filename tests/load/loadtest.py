"""A bounded load test of ``vnkg serve`` on the loopback interface.

It builds the reports under ``data/reports`` into a scratch store, starts ``vnkg serve`` on it
(read-only, the default settings unless given), and runs, for each client count, that many
keep-alive clients for a fixed time over the benchmark query mix (``benchmarks/queries.py``, its
variants drawn from the store) and the REST lookups the pages make. One more client sends a
runaway query all the while (a cross product the time limit must stop), to show that it does not
starve the others. Every run is bounded in time (``--seconds``) and in requests (``--max-requests``
per client); the server is stopped by its process id.

What it reports for each run: requests, throughput, p50/p90/p99/max latency, the statuses, 5xx
count, dropped connections (a request that got no answer), reconnects (a kept-alive connection the
server had closed, retried once on a new one, as HTTP clients do), and the runaway's answers.

    python tests/load/loadtest.py --clients 8 32 --seconds 60     # make loadtest
    python tests/load/loadtest.py --clients 4 --seconds 5 --json out.json

Exit status 1 when any run had a 5xx answer or a dropped connection, or the runaway was not cut.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[2]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
JSON_RESULTS = "application/sparql-results+json"

__all__ = ["Server", "RunResult", "build_store", "request_mix", "run_load", "main"]


def vnkg() -> list[str]:
    """Return the command that runs this environment's ``vnkg``."""
    script = Path(sys.executable).with_name("vnkg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "graph"]


def free_port() -> int:
    """Return a TCP port free on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(reports: Path, store: Path) -> None:
    """Build the reports into an on-disk store with ``vnkg build``."""
    subprocess.run([*vnkg(), "build", str(reports), "--store", str(store)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, timeout=600)


class Server:
    """``vnkg serve`` in its own process group, stopped by its id."""

    def __init__(self, store: Path, log: Path, **settings: Any):
        self.port = free_port()
        self.store, self.log, self.settings = store, log, settings
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 120) -> Server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VNKG_")}
        env.update({f"VNKG_{k.upper()}": str(v) for k, v in self.settings.items()})
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [*vnkg(), "serve", "--store", str(self.store), "--host", "127.0.0.1", "--port", str(self.port)],
                env=env, cwd=ROOT, stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"vnkg serve exited with {self.process.returncode}; see {self.log}")
            with contextlib.suppress(OSError, http.client.HTTPException):
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/sparql?query=ASK%7B%7D", headers={"Accept": JSON_RESULTS})
                if conn.getresponse().status == 200:
                    conn.close()
                    return self
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"vnkg serve did not answer within {timeout:.0f} s; see {self.log}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGTERM)  # the server and the workers it started
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)


# --------------------------------------------------------------------------- the request mix


def request_mix(store_path: Path, seed: int = 7) -> list[tuple[str, str, str]]:
    """Return (kind, path, Accept) requests: the benchmark SPARQL mix and the REST lookups."""
    from graph.store import open_store

    sys.path.insert(0, str(ROOT))
    from benchmarks.queries import KINDS, sample_values, variants

    rng = random.Random(seed)
    with open_store(store_path, read_only=True) as store:
        values = sample_values(store, seed=seed)
        ids = [str(r["s"]) for r in store.select(
            "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } } LIMIT 200")]
    out: list[tuple[str, str, str]] = []
    for kind in KINDS:
        for text in variants(kind, values):
            out.append((f"sparql:{kind.name}", "/sparql?" + urlencode({"query": text}), JSON_RESULTS))
    from graph.network import iri_to_id

    for name in values.get("person_names", [])[:20]:
        out.append(("api:search", "/api/entities?" + urlencode({"q": name}), "application/json"))
        out.append(("api:autocomplete", "/api/autocomplete?" + urlencode({"q": name[:4]}), "application/json"))
    for iri in ids[:40]:
        out.append(("api:entity", f"/api/entities/{quote(iri_to_id(iri), safe='')}", "application/json"))
    out.append(("api:statistics", "/api/statistics", "application/json"))
    out.append(("api:summary", "/api/graph/summary", "application/json"))
    rng.shuffle(out)
    return out


# --------------------------------------------------------------------------- clients


@dataclass
class ClientLog:
    """What one client saw."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    reconnects: int = 0


def _request(conn: http.client.HTTPConnection, path: str, accept: str, timeout: float) -> tuple[int, bytes]:
    conn.timeout = timeout
    conn.request("GET", path, headers={"Accept": accept})
    response = conn.getresponse()
    return response.status, response.read()


def _client(port: int, mix: list[tuple[str, str, str]], start: int, deadline: float, max_requests: int,
            log: ClientLog, timeout: float) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    fresh = True
    i = start
    while time.monotonic() < deadline and len(log.latencies) < max_requests:
        kind, path, accept = mix[i % len(mix)]
        i += 1
        began = time.perf_counter()
        try:
            status, _ = _request(conn, path, accept, timeout)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as e:
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
            if fresh:
                log.dropped.append(f"{kind}: {type(e).__name__}: {e}")
                continue
            # the server closed a kept-alive connection between requests: retry once on a new one
            log.reconnects += 1
            fresh = True
            try:
                status, _ = _request(conn, path, accept, timeout)
            except (OSError, http.client.HTTPException) as e2:
                log.dropped.append(f"{kind}: {type(e2).__name__}: {e2}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
                continue
        except (OSError, http.client.HTTPException) as e:
            log.dropped.append(f"{kind}: {type(e).__name__}: {e}")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
            fresh = True
            continue
        elapsed = time.perf_counter() - began
        fresh = False
        log.latencies.append(elapsed)
        log.statuses[status] += 1
        log.by_kind.setdefault(kind, []).append(elapsed)
    conn.close()


def _runaway(port: int, deadline: float, out: list[tuple[int, float]], timeout: float) -> None:
    body = RUNAWAY.encode("utf-8")
    while time.monotonic() < deadline:
        began = time.perf_counter()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
            conn.request("POST", "/sparql", body=body, headers={"Content-Type": "application/sparql-query",
                                                                "Accept": JSON_RESULTS})
            response = conn.getresponse()
            response.read()
            out.append((response.status, time.perf_counter() - began))
            conn.close()
        except (OSError, http.client.HTTPException):
            out.append((0, time.perf_counter() - began))


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q / 100 * len(ordered))) - 1))]


@dataclass
class RunResult:
    """One run: its figures and whether it met the bar."""

    clients: int
    seconds: float
    requests: int
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    statuses: dict[str, int]
    server_errors: int
    dropped: int
    reconnects: int
    runaway: dict[str, Any]
    p99_ms_by_kind: dict[str, float]
    examples_dropped: list[str]
    fewest_per_client: int = 0  # answers of the least served client: 0 would be a starved one

    @property
    def ok(self) -> bool:
        return (self.server_errors == 0 and self.dropped == 0 and self.fewest_per_client > 0
                and (not self.runaway["answers"] or self.runaway["cut"] == self.runaway["answers"]))

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "ok": self.ok}


def run_load(port: int, mix: list[tuple[str, str, str]], clients: int, seconds: float, *,
             max_requests: int = 100_000, runaway: bool = True, timeout: float = 60) -> RunResult:
    """Run ``clients`` keep-alive clients (and a runaway) for ``seconds``; return the figures."""
    logs = [ClientLog() for _ in range(clients)]
    began = time.monotonic()
    deadline = began + seconds
    stride = max(1, len(mix) // clients)
    threads = [threading.Thread(target=_client, args=(port, mix, n * stride, deadline, max_requests, logs[n],
                                                      timeout), daemon=True) for n in range(clients)]
    runaway_answers: list[tuple[int, float]] = []
    if runaway:
        threads.append(threading.Thread(target=_runaway, args=(port, deadline, runaway_answers, timeout),
                                        daemon=True))
    for t in threads:
        t.start()
    for t in threads[:clients]:
        t.join(seconds + timeout + 30)
    elapsed = time.monotonic() - began  # the clients' time: the runaway's last query may run on
    for t in threads[clients:]:
        t.join(seconds + timeout + 30)
    latencies = [x for log in logs for x in log.latencies]
    statuses: Counter[int] = Counter()
    by_kind: dict[str, list[float]] = {}
    for log in logs:
        statuses.update(log.statuses)
        for kind, values in log.by_kind.items():
            by_kind.setdefault(kind, []).extend(values)
    dropped = [d for log in logs for d in log.dropped]
    cut = [s for s, _ in runaway_answers if s == 503]
    return RunResult(
        clients=clients, seconds=round(elapsed, 1), requests=len(latencies),
        rps=round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        p50_ms=round(1000 * _percentile(latencies, 50), 1), p90_ms=round(1000 * _percentile(latencies, 90), 1),
        p99_ms=round(1000 * _percentile(latencies, 99), 1),
        max_ms=round(1000 * max(latencies, default=0.0), 1),
        statuses={str(k): v for k, v in sorted(statuses.items())},
        server_errors=sum(v for k, v in statuses.items() if k >= 500),
        dropped=len(dropped), reconnects=sum(log.reconnects for log in logs),
        runaway={"answers": len(runaway_answers), "cut": len(cut),
                 "statuses": dict(Counter(str(s) for s, _ in runaway_answers)),
                 "median_s": round(statistics.median([t for _, t in runaway_answers]), 2)
                 if runaway_answers else None},
        p99_ms_by_kind={k: round(1000 * _percentile(v, 99), 1) for k, v in sorted(by_kind.items())},
        examples_dropped=dropped[:5],
        fewest_per_client=min((len(log.latencies) for log in logs), default=0),
    )


def markdown(results: list[RunResult], settings: dict[str, Any]) -> str:
    """Return the runs as the README's table."""
    lines = ["| clients | runaway | seconds | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | 5xx | dropped | "
             "runaway cut | fewest answers a client |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        runaway = "yes" if r.runaway["answers"] else "no"
        cut = f"{r.runaway['cut']}/{r.runaway['answers']}" if r.runaway["answers"] else "–"
        lines.append(f"| {r.clients} | {runaway} | {r.seconds:g} | {r.requests} | {r.rps:g} | {r.p50_ms:g} | "
                     f"{r.p90_ms:g} | {r.p99_ms:g} | {r.max_ms:g} | {r.server_errors} | {r.dropped} | {cut} | "
                     f"{r.fewest_per_client} |")
    shown = ", ".join(f"{k}={v}" for k, v in settings.items()) or "defaults"
    return "\n".join(lines) + f"\n\nserver settings: {shown}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[8, 32], help="client counts, one run each")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each run")
    parser.add_argument("--max-requests", type=int, default=100_000, help="most requests per client and run")
    parser.add_argument("--reports", type=Path, default=ROOT / "data" / "reports")
    parser.add_argument("--no-runaway", action="store_true", help="leave out the runaway client")
    parser.add_argument("--setting", action="append", default=[], metavar="NAME=VALUE",
                        help="a server setting (query_timeout=5 …); repeatable")
    parser.add_argument("--json", type=Path, help="write the figures to this file as JSON")
    args = parser.parse_args(argv)
    settings = dict(item.split("=", 1) for item in args.setting)
    with tempfile.TemporaryDirectory(prefix="vnkg-load-") as tmp:
        store = Path(tmp) / "store"
        build_store(args.reports, store)
        mix = request_mix(store)
        server = Server(store, Path(tmp) / "server.log", **settings).start()
        results = []
        try:
            for clients in args.clients:
                result = run_load(server.port, mix, clients, args.seconds, max_requests=args.max_requests,
                                  runaway=not args.no_runaway)
                results.append(result)
                print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
        finally:
            server.stop()
            log = (Path(tmp) / "server.log").read_text(encoding="utf-8", errors="replace")
            if "Traceback" in log:
                print("the server log has a traceback:\n" + log[-3000:], file=sys.stderr)
                results.append(None)  # type: ignore[arg-type]
    good = [r for r in results if r is not None]
    print(markdown(good, settings))
    if args.json:
        args.json.write_text(json.dumps([r.to_json() for r in good], indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0 if good and len(good) == len(results) and all(r.ok for r in good) else 1


if __name__ == "__main__":
    sys.exit(main())
