"""Run the benchmarks and write benchmarks/RESULTS.md: one command, side by side, every size.

    python -m benchmarks.run                       # everything at 10K, 100K, 1M (+ 10M, lite)
    python -m benchmarks.run --sizes 10K --quick   # a smoke run, under a minute
    python -m benchmarks.run --only http --sizes 100K
    python -m benchmarks.run --report-only         # re-render RESULTS.md and the plot

Sections (``--only``): ``extract`` (sentences/s on one core), ``build`` (``vnkg build`` reports/s
and peak RSS, ``--jobs`` 1 and 2), ``load`` (``vnkg load`` and ``oxigraph load`` triples/s and
peak RSS), ``graph`` (graph API latency over HTTP), ``http`` (SPARQL requests/s and p50/p99 with
2 and 8 connections: vnkg, ``oxigraph serve-read-only``, rdflib-endpoint; in-memory servers too at
``--memory-sizes``). Results merge into ``benchmarks/results/results.json`` (a rerun of one
section keeps the others), then RESULTS.md and the plot are rendered from it.

Generated data lives under ``benchmarks/data/`` (git-ignored): ``graph-<size>.nq``, the stores,
the corpora. Servers listen on the loopback interface only, are stopped by process id, and wrk
runs are bounded by ``--duration``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from benchmarks import generate
from benchmarks.loadtest import Server, fetch, free_port, request_paths, run_wrk
from benchmarks.queries import KINDS, sample_values, variants

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
RESULTS = HERE / "results" / "results.json"
BIN = Path(sys.executable).parent
SECTIONS = ("extract", "build", "load", "graph", "http")
DEFAULT_SIZES = "10K,100K,1M,10M"
# Sizes measured lightly: one connection count, no rdflib-endpoint, no graph API, no reference load.
LITE_FROM = 5_000_000
# The vnkg variant measured beside the defaults: both cores serve, queries run in the request thread
# without a time limit (no helper thread, no query-worker process): what the web layer alone costs.
TUNED = "--server gunicorn"

# --------------------------------------------------------------------------- small helpers


def size_name(n: int) -> str:
    """Return '10K', '1M' for 10_000, 1_000_000."""
    for unit, factor in (("M", 1_000_000), ("K", 1_000)):
        if n >= factor and n % factor == 0:
            return f"{n // factor}{unit}"
    return str(n)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (0-100) by nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is not installed (pip install -e '.[bench]')")
    return found


def _high_water_mb(pid: int) -> float:
    """Return a process's peak RSS so far (VmHWM), in MB; 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _pss_mb(pid: int) -> float:
    """Return a process's proportional set size in MB (shared pages split among sharers); 0 if unknown."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure_command(cmd: list[str], *, timeout: float = 3600, env: dict[str, str] | None = None
                    ) -> dict[str, Any]:
    """Run a command; return wall seconds, exit code, output, and peak RSS (largest process and tree).

    Peaks are sampled every 50 ms from /proc: each process's own high-water mark (VmHWM, which
    also covers the moments between samples), the sum of the tree's current RSS, and the sum of its
    PSS (pages forked workers share with their parent counted once over the tree). (The rusage of
    wait4 is no use here: a forked child's ru_maxrss starts at the parent's size.)
    """
    import psutil

    with tempfile.TemporaryFile() as out:
        began = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        peaks: dict[int, float] = {}
        peak_tree = peak_pss = 0.0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak_tree, peak_pss
            while not stop.is_set():
                try:
                    root = psutil.Process(proc.pid)
                    procs = [root, *root.children(recursive=True)]
                    total = pss = 0.0
                    for p in procs:
                        peaks[p.pid] = max(peaks.get(p.pid, 0.0), _high_water_mb(p.pid))
                        total += p.memory_info().rss / 2**20
                        pss += _pss_mb(p.pid)
                    peak_tree = max(peak_tree, total)
                    peak_pss = max(peak_pss, pss)
                except psutil.Error:
                    pass
                stop.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        seconds = time.perf_counter() - began
        stop.set()
        sampler.join()
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return {"seconds": round(seconds, 3), "returncode": proc.returncode, "output": text,
            "max_rss_mb": round(max(peaks.values(), default=0.0), 1), "peak_tree_rss_mb": round(peak_tree, 1),
            "peak_tree_pss_mb": round(peak_pss, 1)}


# --------------------------------------------------------------------------- results file


_results_path = RESULTS  # where save_results writes (main sets it from --results)


def load_results(path: Path = RESULTS) -> dict[str, Any]:
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {}


def save_results(results: dict[str, Any], path: Path | None = None) -> None:
    """Write the results file (atomically: a crash leaves the previous one)."""
    path = path or _results_path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def _version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def environment() -> dict[str, Any]:
    """Describe the machine and the versions measured."""
    from importlib.metadata import PackageNotFoundError, version

    import psutil

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    packages = {}
    for name in ("vnkg", "pyoxigraph", "oxigraph", "rdflib", "rdflib-endpoint", "flask", "granian",
                 "gunicorn", "networkx", "underthesea", "pyshacl", "uvicorn", "fastapi"):
        try:
            packages[name] = version(name)
        except PackageNotFoundError:
            packages[name] = None
    commit = _version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain"], capture_output=True, text=True,
                           check=False).stdout.strip()
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": packages,
        "wrk": _version(["wrk", "-v"]),
        "oxigraph_cli": _version([_tool("oxigraph"), "--version"]),
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


# --------------------------------------------------------------------------- data


def graph_file(size: int, seed: int) -> tuple[Path, dict[str, Any] | None]:
    """Return the N-Quads file of a size, generating it when missing (and how long that took)."""
    path = DATA / f"graph-{size_name(size)}.nq"
    if path.exists():
        return path, None
    DATA.mkdir(parents=True, exist_ok=True)
    log(f"generating {path.name}")
    began = time.perf_counter()
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        counts = generate.write_graph(out, size, seed=seed)
    tmp.replace(path)
    seconds = time.perf_counter() - began
    return path, {"seconds": round(seconds, 2), "triples": counts["triples"], "reports": counts["reports"],
                  "triples_per_s": round(counts["triples"] / seconds), "bytes": path.stat().st_size}


def store_dir(size: int) -> Path:
    return DATA / f"store-{size_name(size)}"


def store_ready(size: int) -> bool:
    return (DATA / f"store-{size_name(size)}.done").exists()


def corpus(reports: int, seed: int) -> Path:
    """Return a directory of ``reports`` synthetic reports (written once)."""
    path = DATA / f"corpus-{reports}"
    done = DATA / f"corpus-{reports}.done"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        generate.write_corpus(path, reports, seed=seed)
        done.write_text("ok\n")
    return path


# --------------------------------------------------------------------------- extraction


def bench_extract(args: argparse.Namespace) -> dict[str, Any]:
    """Extraction speed in this process (one core): synthetic corpus and the written test corpus."""
    from graph.extract import extract

    out: dict[str, Any] = {}
    synthetic = generate.iter_reports(args.extract_reports, args.seed)
    sets = {"synthetic": [(r.file_name, r.text) for r in synthetic]}
    written = sorted((ROOT / "tests" / "corpus" / "reports").glob("*.txt")) + sorted(
        (ROOT / "data" / "reports").glob("*.txt"))
    if written:
        sets["written"] = [(p.name, p.read_text(encoding="utf-8")) for p in written]
    extract(*reversed(sets["synthetic"][0]))  # warm-up: gazetteers, word lists
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    for name, items in sets.items():
        rounds = 1 if name == "synthetic" else max(1, 120 // len(items))  # small sets: repeat
        times, sentences, chars = [], 0, 0
        for _ in range(rounds):
            for file_name, text in items:
                began = time.perf_counter()
                facts = extract(text, file_name)
                times.append(time.perf_counter() - began)
                sentences += len(facts.sentences)
                chars += len(text)
        total = sum(times)
        out[name] = {"reports": len(times), "sentences": sentences, "seconds": round(total, 3),
                     "sentences_per_s": round(sentences / total),
                     "reports_per_s": round(len(times) / total, 1), "chars_per_s": round(chars / total),
                     "p50_ms_per_report": round(percentile(times, 50) * 1e3, 2),
                     "p99_ms_per_report": round(percentile(times, 99) * 1e3, 2)}
        log(f"extract {name}: {out[name]['sentences_per_s']} sentences/s")
    if profiler is not None:
        profiler.stop()
        _write_profile("extract", profiler.output_text(unicode=True, color=False))
    return out


def _write_profile(name: str, text: str) -> None:
    path = HERE / "results" / f"profile-{name}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    log(f"profile written to {path.relative_to(ROOT)}")


# --------------------------------------------------------------------------- build


def bench_build(args: argparse.Namespace) -> dict[str, Any]:
    """``vnkg build`` of a synthetic corpus: reports/s, triples/s, peak RSS, with --jobs 1 and 2."""
    source = corpus(args.build_reports, args.seed)
    out: dict[str, Any] = {"reports": args.build_reports, "runs": []}
    for jobs, validate in ((1, True), (2, True), (1, False), (2, False)):
        target = DATA / "store-build"
        shutil.rmtree(target, ignore_errors=True)
        cmd = [_tool("vnkg"), "build", str(source), "--store", str(target), "-j", str(jobs)]
        if not validate:
            cmd.append("--no-validate")
        run = measure_command(cmd)
        triples = 0
        for line in run["output"].splitlines():
            if line.startswith("triples written:"):
                triples = int(line.split(":")[1])
        ok = run["returncode"] == 0
        out["runs"].append({
            "jobs": jobs, "validate": validate, "ok": ok, "seconds": run["seconds"], "triples": triples,
            "reports_per_s": round(args.build_reports / run["seconds"], 2),
            "triples_per_s": round(triples / run["seconds"]),
            "max_rss_mb": run["max_rss_mb"], "peak_tree_rss_mb": run["peak_tree_rss_mb"],
            **({} if ok else {"error": run["output"][-2000:]}),
        })
        flags = f"-j{jobs}" + ("" if validate else " --no-validate")
        log(f"build {flags}: {out['runs'][-1]['reports_per_s']} reports/s")
    shutil.rmtree(DATA / "store-build", ignore_errors=True)
    return out


# --------------------------------------------------------------------------- load


def bench_load(size: int, args: argparse.Namespace) -> dict[str, Any]:
    """Generate the graph of a size, ``vnkg load`` it (kept for the next sections) and ``oxigraph load``."""
    path, generated = graph_file(size, args.seed)
    triples = sum(1 for _ in open(path, "rb"))  # noqa: SIM115 - read once, closed by GC
    out: dict[str, Any] = {"triples": triples, "file_mb": round(path.stat().st_size / 2**20, 1)}
    if generated:
        out["generate"] = generated
    target = store_dir(size)
    shutil.rmtree(target, ignore_errors=True)
    (DATA / f"store-{size_name(size)}.done").unlink(missing_ok=True)
    log(f"vnkg load {path.name}")
    run = measure_command([_tool("vnkg"), "load", str(path), "--store", str(target)])
    if run["returncode"] != 0:
        raise RuntimeError(f"vnkg load failed: {run['output'][-2000:]}")
    out["vnkg"] = {"seconds": run["seconds"], "triples_per_s": round(triples / run["seconds"]),
                   "max_rss_mb": run["max_rss_mb"], "peak_tree_rss_mb": run["peak_tree_rss_mb"],
                   "store_mb": round(_du(target) / 2**20, 1)}
    (DATA / f"store-{size_name(size)}.done").write_text(f"{triples}\n")
    log(f"vnkg load: {out['vnkg']['triples_per_s']} triples/s, peak {out['vnkg']['max_rss_mb']} MB")
    if size < LITE_FROM:
        ref = DATA / "store-oxigraph-load"
        shutil.rmtree(ref, ignore_errors=True)
        run = measure_command([_tool("oxigraph"), "load", "--location", str(ref), "--file", str(path)])
        if run["returncode"] == 0:
            out["oxigraph"] = {"seconds": run["seconds"], "triples_per_s": round(triples / run["seconds"]),
                               "max_rss_mb": run["max_rss_mb"], "peak_tree_rss_mb": run["peak_tree_rss_mb"],
                               "store_mb": round(_du(ref) / 2**20, 1)}
        shutil.rmtree(ref, ignore_errors=True)
    return out


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def ensure_store(size: int, args: argparse.Namespace, results: dict[str, Any]) -> Path:
    """Return the loaded store of a size, loading it first when an earlier run did not."""
    if not store_ready(size):
        results.setdefault("load", {})[size_name(size)] = bench_load(size, args)
        save_results(results)
    return store_dir(size)


# --------------------------------------------------------------------------- servers


def vnkg_server(store: str, name: str = "vnkg", extra: list[str] | None = None,
                token: str | None = None) -> Server:
    port = free_port()
    cmd = [_tool("vnkg"), "serve", "--store", store, "--port", str(port), "--host", "127.0.0.1",
           "--log-level", "warning", *(extra or [])]
    if token:
        cmd += ["--update-token", token]
    return Server(name, cmd, port, "/sparql", log=DATA / f"log-{name}.txt")


def oxigraph_server(store: Path | None) -> Server:
    port = free_port()
    if store is None:
        cmd = [_tool("oxigraph"), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
        name = "oxigraph-memory"
    else:
        cmd = [_tool("oxigraph"), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
               "--union-default-graph"]
        name = "oxigraph"
    return Server(name, cmd, port, "/query", log=DATA / f"log-{name}.txt")


def rdflib_server(nq: Path) -> Server:
    port = free_port()
    cmd = [_tool("rdflib-endpoint"), "serve", str(nq), "--host", "127.0.0.1", "--port", str(port)]
    # rdflib-endpoint serves its SPARQL endpoint at the root path
    return Server("rdflib-endpoint", cmd, port, "/", log=DATA / "log-rdflib-endpoint.txt")


def load_into_memory(server: Server, nq: Path, token: str | None = None) -> float:
    """Load an N-Quads file into an in-memory server over HTTP; return the seconds it took."""
    began = time.perf_counter()
    if server.name.startswith("oxigraph"):
        status, body = fetch(f"{server.base_url}/store", data=nq.read_bytes(), method="POST",
                             headers={"Content-Type": "application/n-quads"}, timeout=600)
        if status >= 300:
            raise RuntimeError(f"oxigraph load: {status} {body[:300]!r}")
        return time.perf_counter() - began
    # vnkg: one PUT per named graph (its Graph Store Protocol), N-Triples each.
    graphs: dict[str, list[bytes]] = {}
    with open(nq, "rb") as f:
        for line in f:
            cut = line.rstrip().rfind(b" <")
            graphs.setdefault(line[cut + 2 : line.rstrip().rfind(b">")].decode(), []).append(
                line[:cut] + b" .\n")
    for iri, lines in graphs.items():
        status, body = fetch(f"{server.base_url}/store?graph={quote(iri, safe='')}", data=b"".join(lines),
                             method="PUT", headers={"Content-Type": "application/n-triples",
                                                    "Authorization": f"Bearer {token}"}, timeout=600)
        if status >= 300:
            raise RuntimeError(f"vnkg load of {iri}: {status} {body[:300]!r}")
    return time.perf_counter() - began


def _rows(body: bytes) -> int | None:
    try:
        return len(json.loads(body)["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        return None


# --------------------------------------------------------------------------- SPARQL over HTTP


def median_run(server: Server, paths: list[str], connections: int,
               args: argparse.Namespace) -> dict[str, Any]:
    """Load ``server`` with wrk ``--repeats`` times; return the run of median requests/s with all runs.

    Each run opens new connections, and the kernel gives each to one of a server's worker
    processes: with 2 connections, one run may have both on one process and the next one on each.
    Each run records where its connections went.
    """
    runs = []
    for _ in range(max(1, args.repeats)):
        seen: list[list[int]] = []  # sampled once the connections are open
        probe = threading.Timer(min(1.0, args.duration / 2), lambda out=seen: out.append(server.placement()))
        probe.start()
        try:
            res = run_wrk(server.base_url, paths, connections=connections, seconds=args.duration)
        finally:
            probe.cancel()
            probe.join()
        run = res.to_json()
        run["placement"] = seen[0] if seen else []
        runs.append(run)
        log(f"  {server.name} c{connections}: {res.rps:.0f} req/s, p50 {res.p50_ms:.1f} ms, "
            f"p99 {res.p99_ms:.1f} ms, connections per process {run['placement']}"
            + (f", {res.failed} errors" if res.failed else ""))
    chosen = dict(sorted(runs, key=lambda r: r["rps"])[len(runs) // 2])
    chosen["runs"] = [{"rps": r["rps"], "placement": r["placement"]} for r in runs]
    return chosen


def bench_server(server: Server, queries: dict[str, list[str]], args: argparse.Namespace,
                 connections: tuple[int, ...], nq: Path | None = None, token: str | None = None,
                 out: dict[str, Any] | None = None) -> dict[str, Any]:
    """Start one server, check its answers, load it with wrk per query kind; fill and return ``out``.

    A kind whose single request takes longer than ``--slow`` seconds is not loaded with wrk (its
    single-request latency is kept); the pass over the variants stops after ``--warm-budget`` s.
    """
    out = {} if out is None else out
    out.setdefault("kinds", {})
    log(f"starting {server.name}")
    with server:
        out["startup_s"] = round(server.start(timeout=args.start_timeout), 2)
        if nq is not None:
            out["load_s"] = round(load_into_memory(server, nq, token), 2)
        out["memory_idle"] = server.memory()
        for kind in KINDS:
            if kind.name not in queries:
                continue
            texts = queries[kind.name]
            paths = request_paths(server.endpoint, texts)
            # One pass of every variant: checks the answers and warms the caches; its times are the
            # latency of a request alone.
            single, rows, failures = [], [], 0
            began_pass = time.perf_counter()
            for text in texts:
                began = time.perf_counter()
                try:
                    status, body = server.query(text, timeout=max(args.slow * 4, 30))
                except OSError:  # the client gave up (socket timeout)
                    status, body = 599, b""
                single.append(time.perf_counter() - began)
                if status != 200:
                    failures += 1
                rows.append(_rows(body) if status == 200 else None)
                if time.perf_counter() - began_pass > args.warm_budget:
                    break
            entry: dict[str, Any] = {"single_p50_ms": round(percentile(single, 50) * 1e3, 2),
                                     "rows": rows, "failures": failures}
            if percentile(single, 50) > args.slow:
                entry["skipped"] = f"a single request takes {percentile(single, 50):.1f} s (> {args.slow} s)"
                log(f"  {server.name} {kind.name}: {entry['skipped']}; no load test")
            else:
                for c in connections:
                    entry[f"c{c}"] = median_run(server, paths, c, args)
            out["kinds"][kind.name] = entry
        out["memory_after"] = server.memory()
    return out


def bench_http(size: int, args: argparse.Namespace, results: dict[str, Any]) -> dict[str, Any]:
    """SPARQL over HTTP at one size: vnkg against Oxigraph and rdflib-endpoint on the same data."""
    from graph.store import open_store

    store = ensure_store(size, args, results)
    nq, _ = graph_file(size, args.seed)
    lite = size >= LITE_FROM
    connections = (2,) if lite else (2, 8)
    with open_store(str(store), read_only=True) as s:
        values = sample_values(s, seed=args.seed, count=min(args.variants, 8) if lite else args.variants)
    queries = {kind.name: variants(kind, values) for kind in KINDS if kind.name in args.kinds}
    out: dict[str, Any] = results.get("http", {}).get(size_name(size), {})
    out.update({"connections": list(connections), "duration_s": args.duration,
                "servers": out.get("servers", {})})
    out.setdefault("queries", {}).update({k: v[0] for k, v in queries.items()})
    plan: list[tuple[Server, Path | None, str | None, str]] = [
        (vnkg_server(str(store)), None, None, "disk"),
    ]
    if size_name(size) in args.variant_sizes:
        for i, extra in enumerate(args.vnkg_variant):
            name = "vnkg-gunicorn" if extra == TUNED else f"vnkg-variant-{i + 1}"
            plan.append((vnkg_server(str(store), name, extra.split()), None, None, "disk"))
    plan.append((oxigraph_server(store), None, None, "disk"))
    if not lite and size <= args.rdflib_max:
        plan.append((rdflib_server(nq), None, None, "memory"))
    if size_name(size) in args.memory_sizes:
        token = "bench-" + str(random.randrange(10**9))
        plan.append((vnkg_server(":memory:", "vnkg-memory", token=token), nq, token, "memory"))
        plan.append((oxigraph_server(None), nq, None, "memory"))
    previous = results.get("http", {}).get(size_name(size), {}).get("servers", {})
    for server, load_file, token, mode in plan:
        # A run of some kinds only (--kinds) updates those kinds and keeps the others' numbers.
        result: dict[str, Any] = {"kinds": dict(previous.get(server.name, {}).get("kinds", {}))}
        try:
            bench_server(server, queries, args, connections, load_file, token, out=result)
        except (RuntimeError, OSError) as e:
            log(f"{server.name} failed: {e}")
            result["error"] = str(e)
        result["mode"] = mode
        if server.name.startswith("vnkg"):
            result["command"] = " ".join(["vnkg", *server.cmd[1:]])
        out["servers"][server.name] = result
        results.setdefault("http", {})[size_name(size)] = out
        save_results(results)
    return out


# --------------------------------------------------------------------------- graph API


def bench_graph(size: int, args: argparse.Namespace, results: dict[str, Any]) -> dict[str, Any]:
    """Graph API latency (neighbours, path, centrality) over HTTP, and the projection's first build."""
    from graph.network import iri_to_id
    from graph.store import open_store

    store = ensure_store(size, args, results)
    with open_store(str(store), read_only=True) as s:
        persons = sorted(str(r[0]) for r in s.select(
            "SELECT DISTINCT ?p WHERE { ?p a <https://schema.org/Person> } LIMIT 3000"))
        orgs = sorted(str(r[0]) for r in s.select(
            "SELECT DISTINCT ?o WHERE { ?p <http://www.w3.org/ns/org#postIn> ?o } LIMIT 3000"))
    rng = random.Random(args.seed)
    def some(items: list[str]) -> list[str]:
        return rng.sample(items, min(20, len(items)))

    ids = [iri_to_id(i) for i in some(persons) + some(orgs)]
    pairs = [(iri_to_id(a), iri_to_id(b)) for a, b in zip(some(persons), some(persons), strict=False)]
    server = vnkg_server(str(store), "vnkg-graph")
    out: dict[str, Any] = {"entities": len(ids), "endpoints": {}}
    log(f"graph API at {size_name(size)}")
    with server:
        server.start(timeout=args.start_timeout)
        base = server.base_url
        began = time.perf_counter()
        status, body = fetch(f"{base}/api/graph/summary", accept="application/json", timeout=1800)
        out["projection_build_s"] = round(time.perf_counter() - began, 3)
        if status == 200:
            summary = json.loads(body)
            out["nodes"], out["edges"] = summary.get("nodes"), summary.get("edges")
        else:
            out["error"] = f"{status} {body[:300]!r}"
            return out
        out["memory_after_projection"] = server.memory()
        calls: dict[str, list[str]] = {
            "neighbors": [f"/api/graph/neighbors/{quote(i)}" for i in ids],
            "path": [f"/api/graph/path?from={quote(a)}&to={quote(b)}" for a, b in pairs],
            "centrality-degree": ["/api/graph/centrality?measure=degree&limit=20"] * 20,
            "centrality-pagerank": ["/api/graph/centrality?measure=pagerank&limit=20"] * 20,
        }
        for name, urls in calls.items():
            times, statuses = [], []
            for url in urls * max(1, args.graph_repeats):
                t0 = time.perf_counter()
                status, _ = fetch(base + url, accept="application/json", timeout=600)
                times.append(time.perf_counter() - t0)
                statuses.append(status)
            # the first centrality call computes the scores, later ones read the memo
            out["endpoints"][name] = {
                "first_ms": round(times[0] * 1e3, 1), "p50_ms": round(percentile(times, 50) * 1e3, 2),
                "p99_ms": round(percentile(times, 99) * 1e3, 2), "requests": len(times),
                "statuses": {str(s): statuses.count(s) for s in sorted(set(statuses))}}
            got = out["endpoints"][name]
            log(f"  {name}: p50 {got['p50_ms']} ms (first {got['first_ms']} ms)")
        out["memory_after"] = server.memory()
    return out


# --------------------------------------------------------------------------- profile of one server


def _wsgi_get(app: Callable[..., Any], path: str, query: str) -> bytes:
    """Call a WSGI app with the environ a server builds for ``GET path?query``; return the body."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query, "SCRIPT_NAME": "",
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "5000", "SERVER_PROTOCOL": "HTTP/1.1",
               "HTTP_HOST": "127.0.0.1:5000", "HTTP_ACCEPT": "application/sparql-results+json",
               "REMOTE_ADDR": "127.0.0.1", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
               "wsgi.errors": sys.stderr, "wsgi.multithread": True, "wsgi.multiprocess": True,
               "wsgi.run_once": False, "wsgi.version": (1, 0)}
    body = app(environ, lambda status, headers, exc_info=None: None)
    try:
        return b"".join(body)
    finally:
        close = getattr(body, "close", None)
        if close is not None:
            close()


def profile_sparql(size: int, args: argparse.Namespace, results: dict[str, Any]) -> dict[str, Any]:
    """Time the layers of one SPARQL request in process (engine, store API, Flask) and profile Flask."""
    import logging

    from graph.settings import load_settings
    from graph.store import open_store
    from graph.web import create_app

    store = ensure_store(size, args, results)
    with open_store(str(store), read_only=True) as s:
        values = sample_values(s, seed=args.seed, count=args.variants)
    out: dict[str, Any] = {}
    n = 300 if args.quick else 1500
    for kind in ("lookup", "join"):
        texts = variants(next(k for k in KINDS if k.name == kind), values)
        layers: dict[str, Callable[[str], Any]] = {}
        direct = open_store(str(store), read_only=True)
        layers["store.query, no time limit"] = lambda q, st=direct: st.query(q).serialize("json")
        layers["store.query, 10 s limit (helper thread)"] = (
            lambda q, st=direct: st.query(q, timeout=10).serialize("json"))
        inline = open_store(str(store), read_only=True, inline_budget=0.05)
        layers["store.query, 10 s limit, shape proven light (inline)"] = (
            lambda q, st=inline: st.query(q, timeout=10).serialize("json"))
        apps, wsgi = {}, {}
        for qw in (0, 2):
            settings = load_settings({"store": str(store), "query_workers": qw, "log_level": "warning"})
            app = create_app(settings)
            apps[qw], wsgi[qw] = app.test_client(), app.wsgi_app
        logging.getLogger("vnkg.access").setLevel(logging.WARNING)
        for qw, client in apps.items():
            layers[f"Flask app (test client), query_workers={qw}"] = (
                lambda q, c=client: c.get("/sparql", query_string={"query": q},
                                          headers={"Accept": "application/sparql-results+json"}).data)
        layers["WSGI call as a server makes it, query_workers=2"] = (
            lambda q, app=wsgi[2]: _wsgi_get(app, "/sparql", "query=" + quote(q)))
        out[kind] = {}
        for name, fn in layers.items():
            for q in texts[:5]:
                fn(q)
            began = time.perf_counter()
            for i in range(n):
                fn(texts[i % len(texts)])
            us = (time.perf_counter() - began) / n * 1e6
            out[kind][name] = round(us, 1)
            log(f"  {kind}: {name}: {us:.0f} us")
        direct.close()
        inline.close()
        if kind == "lookup" and args.profile:
            from pyinstrument import Profiler

            client = apps[0]
            profiler = Profiler(interval=0.0002)
            profiler.start()
            for i in range(n):
                client.get("/sparql", query_string={"query": texts[i % len(texts)]},
                           headers={"Accept": "application/sparql-results+json"})
            profiler.stop()
            _write_profile("sparql-lookup", profiler.output_text(unicode=True, color=False))
    return out


# --------------------------------------------------------------------------- main


def parse_sizes(text: str) -> list[int]:
    return [generate._size(s) for s in text.split(",") if s.strip()]


def main(argv: list[str] | None = None) -> int:
    """Run the asked sections at the asked sizes, merge into results.json, render RESULTS.md."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"graph sizes (default {DEFAULT_SIZES})")
    parser.add_argument("--only", default=",".join(SECTIONS) + ",profile",
                        help="sections: " + ", ".join(SECTIONS) + ", profile")
    parser.add_argument("--duration", type=int, default=3, help="seconds of each wrk run")
    parser.add_argument("--repeats", type=int, default=3,
                        help="wrk runs per query kind and connection count; the median is reported")
    parser.add_argument("--quick", action="store_true", help="small corpora and short runs (a smoke test)")
    parser.add_argument("--extract-reports", type=int, default=300)
    parser.add_argument("--build-reports", type=int, default=50)
    parser.add_argument("--variants", type=int, default=20, help="variants of each query kind")
    parser.add_argument("--rdflib-max", type=generate._size, default=100_000,
                        help="largest size rdflib-endpoint is run at (it loads into memory)")
    parser.add_argument("--graph-max", type=generate._size, default=1_000_000,
                        help="largest size the graph API is measured at")
    parser.add_argument("--graph-repeats", type=int, default=2)
    parser.add_argument("--memory-sizes", default="100K", help="sizes at which in-memory servers run too")
    parser.add_argument("--vnkg-variant", action="append", default=None,
                        help="vnkg serve flags to benchmark as another server (default: "
                             f"'{TUNED}', shown as vnkg-gunicorn)")
    parser.add_argument("--variant-sizes", default="100K", help="sizes at which the vnkg variants run")
    parser.add_argument("--kinds", default=",".join(k.name for k in KINDS),
                        help="query kinds of the HTTP benchmark (others keep their earlier numbers)")
    parser.add_argument("--slow", type=float, default=5.0,
                        help="seconds above which a query kind gets no load test (its latency alone is kept)")
    parser.add_argument("--warm-budget", type=float, default=60.0,
                        help="seconds the pass over one kind's variants may take before it stops")
    parser.add_argument("--start-timeout", type=float, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="write pyinstrument profiles to results/")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--report-only", action="store_true", help="only render RESULTS.md and the plot")
    args = parser.parse_args(argv)
    args.memory_sizes = [size_name(s) for s in parse_sizes(args.memory_sizes)]
    args.variant_sizes = [size_name(s) for s in parse_sizes(args.variant_sizes)]
    args.kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown_kinds = set(args.kinds) - {k.name for k in KINDS}
    if unknown_kinds:
        parser.error(f"unknown query kinds: {', '.join(sorted(unknown_kinds))}")
    if args.vnkg_variant is None:
        args.vnkg_variant = [TUNED]
    if args.quick:
        args.extract_reports, args.build_reports = min(args.extract_reports, 40), min(args.build_reports, 8)
        args.duration, args.variants, args.graph_repeats = min(args.duration, 1), min(args.variants, 10), 1
        args.repeats = 1

    from benchmarks import report

    global _results_path
    _results_path = args.results
    results = load_results(args.results)
    if not args.report_only:
        sections = {s.strip() for s in args.only.split(",") if s.strip()}
        unknown = sections - {*SECTIONS, "profile"}
        if unknown:
            parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
        sizes = parse_sizes(args.sizes)
        results["environment"] = environment()
        results.setdefault("runs", []).append({"date": results["environment"]["date"],
                                               "argv": sys.argv[1:] if argv is None else argv})
        results["runs"] = results["runs"][-20:]
        if "extract" in sections:
            results["extract"] = bench_extract(args)
            save_results(results)
        if "build" in sections:
            results["build"] = bench_build(args)
            save_results(results)
        for size in sizes:
            name = size_name(size)
            if "load" in sections:
                results.setdefault("load", {})[name] = bench_load(size, args)
                save_results(results)
            if "graph" in sections and size <= args.graph_max:
                results.setdefault("graph", {})[name] = bench_graph(size, args, results)
                save_results(results)
            if "http" in sections:
                bench_http(size, args, results)
            if "profile" in sections and size == (100_000 if 100_000 in sizes else min(sizes)):
                results.setdefault("profile", {})[name] = profile_sparql(size, args, results)
                save_results(results)
        save_results(results)
    report.render(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
