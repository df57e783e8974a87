"""Lookups on a real-corpus store: start-up time and p50/p99 per endpoint, in one command.

    python -m benchmarks.serve --store /work/store5k --label after
    python -m benchmarks.serve --store /work/store5k --label before --code /tmp/vnkg-before

The store is copied first (the original is only read), then ``vnkg serve`` runs on the copy with
the code of ``--code`` (default: this checkout) and the default settings. Measured:

- start-up: seconds from the start of ``vnkg serve`` to its first answer (any status) to
  ``/sparql``, to a 200 from ``/api/entities/<id>``, and to a 200 from ``/search`` (the graph view
  built or read); a second start on the same copy shows what a cache kept with the store gives;
- p50/p99 per endpoint — search, autocomplete, the entity API and page for the 10 biggest hubs and
  50 random entities, neighbours, the graph page, the statistics page, the README's example queries.

Requests are sequential, each with a ``--request-timeout`` (a request past it counts as that long
and is marked). Results go to ``benchmarks/results/serve-<label>.json``; the entities are chosen once
per store (``serve-entities-<store folder>.json`` beside it) so that before and after ask the same things.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
BASE = "https://w3id.org/vnkg/id/"
JSON_RESULTS = "application/sparql-results+json"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def choose_entities(store: Path, hubs: int = 10, sample: int = 50, seed: int = 19) -> dict[str, Any]:
    """Return the biggest hubs and a random sample of persons and organisations, by id (read-only)."""
    import pyoxigraph as ox

    sys.path.insert(0, str(ROOT))
    from graph.network import iri_to_id

    db = ox.Store.read_only(str(store))
    kinds = "<https://schema.org/Person> <http://www.w3.org/ns/org#Organization>"
    entities = sorted({str(r["x"].value) for r in db.query(
        f"SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ ?x a ?t }} VALUES ?t {{ {kinds} }} }}")})
    counts: list[tuple[int, str]] = []
    for r in db.query(f"""SELECT ?x (COUNT(*) AS ?n) WHERE {{
            {{ SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ ?x a ?t }} VALUES ?t {{ {kinds} }} }} }}
            GRAPH ?h {{ ?s ?p ?x }} }} GROUP BY ?x ORDER BY DESC(?n) LIMIT {hubs}"""):
        counts.append((int(r["n"].value), str(r["x"].value)))
    labels: dict[str, str] = {}
    rng = random.Random(seed)
    picked = rng.sample(entities, min(sample, len(entities)))
    for iri in picked + [x for _, x in counts]:
        label = "<http://www.w3.org/2000/01/rdf-schema#label>"
        for r in db.query(f"SELECT ?l WHERE {{ GRAPH ?g {{ <{iri}> {label} ?l }} }} LIMIT 1"):
            labels[iri] = str(r["l"].value)
    del db
    return {"hubs": [{"id": iri_to_id(x, BASE), "statements": n, "label": labels.get(x, "")}
                     for n, x in counts],
            "random": [{"id": iri_to_id(x, BASE), "label": labels.get(x, "")} for x in picked]}


class Server:
    """``vnkg serve`` on a store, with the code at ``code``."""

    def __init__(self, store: Path, code: Path, log: Path, extra: dict[str, str] | None = None):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("VNKG_")}
        env["PYTHONPATH"] = str(code)
        env.update(extra or {})
        self.started = time.monotonic()
        self.log = open(log, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from graph.cli import main; main()", "serve", "--store", str(store),
             "--port", str(self.port)], env=env, cwd=code, stdout=self.log, stderr=self.log,
            start_new_session=True)

    def wait_for(self, path: str, ok: bool, timeout: float) -> float | None:
        """Return seconds since start until ``path`` answers (200 when ``ok``), None if it never did."""
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            try:
                r = requests.get(self.url + path, timeout=5)
                if not ok or r.status_code == 200:
                    return time.monotonic() - self.started
            except requests.RequestException:
                pass
            time.sleep(0.1)
        return None

    def stop(self) -> float:
        """Stop the server (SIGTERM); return the seconds until every process of it had ended."""
        import psutil

        try:
            root = psutil.Process(self.process.pid)
            family = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            family = []
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        _, alive = psutil.wait_procs(family, timeout=30)
        took = time.monotonic() - started
        for p in alive:  # what the server left behind: killed here, and reported
            with_cmd = " ".join(p.cmdline()) if p.is_running() else ""
            print(f"  left running after SIGTERM: {p.pid} {with_cmd[:120]}", file=sys.stderr)
            p.kill()
        # the whole session, in case anything escaped the tree
        with contextlib.suppress(OSError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()
        return took if not alive else float("inf")


def _time(session: requests.Session, url: str, timeout: float, **kwargs: Any) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        r = session.get(url, timeout=timeout, **kwargs)
        return time.perf_counter() - started, r.status_code
    except requests.RequestException:
        return time.perf_counter() - started, 0  # a timeout counts as long as it waited


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def measure(server: Server, entities: dict[str, Any], timeout: float,
            only: list[str] | None = None) -> dict[str, Any]:
    """Return {endpoint: {p50, p99, max, n, failed}} over the chosen entities and pages."""
    sys.path.insert(0, str(ROOT))
    from graph.queries import examples

    session = requests.Session()
    url = server.url
    hubs = [e["id"] for e in entities["hubs"]]
    rand = [e["id"] for e in entities["random"]]
    labels = [e["label"] for e in entities["random"] + entities["hubs"] if e["label"]]
    # The hubs last: a server they leave clogged would count against everything after them.
    plan: dict[str, list[tuple[str, dict[str, Any]]]] = {
        "search": [(f"{url}/api/entities", {"params": {"q": q}}) for q in labels[:30]],
        "search page": [(f"{url}/search", {"params": {"q": q}}) for q in labels[:10]],
        "autocomplete": [(f"{url}/api/autocomplete", {"params": {"q": q[:4]}}) for q in labels[:30]],
        "entity API, 50 random": [(f"{url}/api/entities/{i}", {}) for i in rand],
        "entity page, 50 random": [(f"{url}/entity/{i}", {}) for i in rand],
        "neighbours, 20 random": [(f"{url}/api/graph/neighbors/{i}", {}) for i in rand[:20]],
        "graph page": [(f"{url}/graph", {})] * 3 + [(f"{url}/graph.json", {})] * 3,
        "statistics page": [(f"{url}/statistics", {})] * 3 + [(f"{url}/statistics.json", {})] * 3,
        "home page": [(f"{url}/", {})] * 3,
        "README example queries": [
            (f"{url}/sparql", {"params": {"query": e.query}, "headers": {"Accept": JSON_RESULTS}})
            for e in examples()] * 3,
        "entity API, 10 hubs": [(f"{url}/api/entities/{i}", {}) for i in hubs],
        "entity page, 10 hubs": [(f"{url}/entity/{i}", {}) for i in hubs],
        "neighbours, 10 hubs": [(f"{url}/api/graph/neighbors/{i}", {}) for i in hubs],
    }
    out: dict[str, Any] = {}
    for name, requests_ in plan.items():
        if only and not any(word in name for word in only):
            continue
        times, failed = [], 0
        for target, kwargs in requests_:
            took, status = _time(session, target, timeout, **kwargs)
            times.append(took)
            failed += status != 200
        out[name] = {"n": len(times), "p50": _percentile(times, 0.5), "p99": _percentile(times, 0.99),
                     "max": max(times), "failed": failed}
        row = out[name]
        print(f"  {name:28s} p50 {row['p50']:7.3f} s  p99 {row['p99']:7.3f} s  max {row['max']:7.3f} s  "
              f"not 200: {failed}/{len(times)}", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    """Measure start-up and lookups of ``vnkg serve`` on a copy of a store."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--store", required=True, type=Path, help="the store to measure on (only read)")
    parser.add_argument("--label", default="after", help="names the results file (before, after …)")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose vnkg runs")
    parser.add_argument("--request-timeout", type=float, default=20.0)
    parser.add_argument("--startup-timeout", type=float, default=300.0)
    parser.add_argument("--no-flush", dest="flush", action="store_false",
                        help="measure the copy as it is (a store built before close() flushed keeps its "
                             "write-ahead log, replayed by every process that opens it)")
    parser.add_argument("--only", nargs="*", default=None,
                        help="measure only the endpoints whose name holds one of these words")
    parser.add_argument("--starts", type=int, default=2, choices=(1, 2),
                        help="start the server once, or twice (the second on what the first left)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where the copy goes (default: a temp dir)")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    # One choice per store (by its folder's name): entities of another build may not exist in this one.
    chosen_file = RESULTS / f"serve-entities-{args.store.resolve().name}.json"
    if chosen_file.exists():
        entities = json.loads(chosen_file.read_text(encoding="utf-8"))
    else:
        print("choosing the entities (the 10 biggest hubs, 50 at random) …", flush=True)
        entities = choose_entities(args.store)
        chosen_file.write_text(json.dumps(entities, ensure_ascii=False, indent=1), encoding="utf-8")
    work = Path(tempfile.mkdtemp(prefix="vnkg-bench-serve-", dir=args.workdir))
    try:
        copy = work / "store"
        started = time.monotonic()
        shutil.copytree(args.store, copy, ignore=shutil.ignore_patterns("LOCK", "vnkg-cache"))
        print(f"copied the store in {time.monotonic() - started:.1f} s", flush=True)
        if args.flush:
            # As a build now leaves a store: its write-ahead log written out (OxigraphStore.close).
            started = time.monotonic()
            sys.path.insert(0, str(ROOT))
            from graph.store import open_store

            open_store(copy).close()
            print(f"flushed the copy in {time.monotonic() - started:.1f} s", flush=True)
        result: dict[str, Any] = {"label": args.label, "store": str(args.store), "code": str(args.code),
                                  "entities": entities, "starts": []}
        probe = entities["random"][0]["id"]
        for start in ("first start", "second start")[: args.starts]:
            server = Server(copy, args.code, work / "server.log")
            first = server.wait_for("/sparql?query=ASK%20%7B%7D", ok=False, timeout=args.startup_timeout)
            lookup = server.wait_for(f"/api/entities/{probe}", ok=True, timeout=args.startup_timeout)
            search = server.wait_for("/search?q=cong%20an", ok=True, timeout=args.startup_timeout)
            row = {"start": start, "first answer": first, "entity lookup 200": lookup, "search 200": search}
            print(f"{start}: first answer {first} s, entity lookup {lookup} s, search {search} s", flush=True)
            if start == "first start":
                result["endpoints"] = measure(server, entities, args.request_timeout, args.only)
            row["stop"] = server.stop()
            print(f"  SIGTERM to every process gone: {row['stop']:.1f} s", flush=True)
            result["starts"].append(row)
        out = RESULTS / f"serve-{args.label}.json"
        out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {out}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
