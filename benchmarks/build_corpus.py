"""Build the real corpus with `vnkg build` and measure it (issue 15): rate, CPU, memory, jobs, increments.

    python -m benchmarks.build_corpus                      # the whole corpus, --jobs 1 and 2
    python -m benchmarks.build_corpus --records 300 --jobs 1

For each ``--jobs`` value the first N-10 records of the corpus are built into a new store with
the default settings (validation on), as a user would: ``vnkg build CORPUS.jsonl --store NEW``.
Then, for the first value, the same store is built again from the first N records: the
incremental build after 10 articles are added. Each run is timed (wall, and CPU of the whole
process tree), and its peak RSS is sampled from /proc (the largest process, and the sum over the
tree). The table goes to stdout; ``--json FILE`` keeps the figures too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.run import measure_command

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "baomoi-2017-police.jsonl"
ADDED = 10  # articles added before the incremental build


def _cpu_of_children() -> float:
    """Return the CPU seconds (user + system) of every finished child process so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _write_records(lines: list[str], path: Path) -> None:
    path.write_text("".join(lines), encoding="utf-8")


def run_build(corpus: Path, store: Path, jobs: int, extra: list[str]) -> dict[str, Any]:
    """Run ``vnkg build`` once; return wall and CPU seconds, peak RSS and what it printed."""
    cmd = [sys.executable, "-m", "graph", "build", str(corpus), "--store", str(store), "--jobs", str(jobs),
           *extra]
    before = _cpu_of_children()
    measured = measure_command(cmd, env={"PYTHONUNBUFFERED": "1"})
    measured["cpu_seconds"] = round(_cpu_of_children() - before, 2)
    summary = {}
    for line in measured["output"].splitlines():
        if line.startswith("reports: "):
            # 'reports: 4986 built, 0 unchanged, 0 removed, 0 failed'
            for part in line[len("reports: "):].split(", "):
                n, what = part.split(" ", 1)
                summary[what] = int(n)
        elif line.startswith("triples written: "):
            summary["triples"] = int(line.split(": ")[1])
    measured["summary"] = summary
    if measured["returncode"] not in (0, 1):  # 1: some reports failed, which the table shows
        tail = "\n".join(measured["output"].splitlines()[-20:])
        raise RuntimeError(f"vnkg build failed ({measured['returncode']}):\n{tail}")
    return measured


def row(name: str, jobs: int, measured: dict[str, Any]) -> dict[str, Any]:
    """Return one line of the table."""
    s = measured["summary"]
    built = s.get("built", 0)
    seconds, cpu = measured["seconds"], measured["cpu_seconds"]
    return {
        "run": name, "jobs": jobs, "built": built, "unchanged": s.get("unchanged", 0),
        "failed": s.get("failed", 0), "triples": s.get("triples", 0),
        "wall_s": round(seconds, 1), "cpu_s": round(cpu, 1),
        "reports_per_s": round(built / seconds, 1) if seconds and built else 0.0,
        "cpu_ms_per_report": round(1000 * cpu / built, 1) if built else 0.0,
        "peak_rss_mb": measured["max_rss_mb"], "peak_tree_rss_mb": measured["peak_tree_rss_mb"],
        "peak_tree_pss_mb": measured.get("peak_tree_pss_mb", 0.0),
    }


COLUMNS = [("run", "run"), ("jobs", "jobs"), ("built", "built"), ("unchanged", "unchanged"),
           ("failed", "failed"), ("triples", "triples"), ("wall_s", "wall s"), ("cpu_s", "CPU s"),
           ("reports_per_s", "reports/s"), ("cpu_ms_per_report", "CPU ms/report"),
           ("peak_rss_mb", "peak RSS MB"), ("peak_tree_rss_mb", "peak tree RSS MB"),
           ("peak_tree_pss_mb", "peak tree PSS MB")]


def table(rows: list[dict[str, Any]]) -> str:
    """Return the rows as a Markdown table."""
    out = ["| " + " | ".join(label for _, label in COLUMNS) + " |",
           "|" + "---|" * len(COLUMNS)]
    out += ["| " + " | ".join(str(r[key]) for key, _ in COLUMNS) + " |" for r in rows]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON Lines corpus")
    parser.add_argument("--records", type=int, default=0, help="use the first N records (default: all)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default: %(default)s)")
    parser.add_argument("--no-validate", action="store_true", help="build with --no-validate")
    parser.add_argument("--keep", type=Path, help="build the stores here and keep them (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = parser.parse_args(argv)

    with args.corpus.open(encoding="utf-8") as f:
        lines = [line if line.endswith("\n") else line + "\n" for line in f if line.strip()]
    if args.records:
        lines = lines[: args.records]
    if len(lines) <= ADDED:
        parser.error(f"need more than {ADDED} records")
    jobs_values = [int(j) for j in args.jobs.split(",") if j.strip()]
    extra = ["--no-validate"] if args.no_validate else []

    work = Path(tempfile.mkdtemp(prefix="vnkg-build-bench-", dir=args.keep))
    rows: list[dict[str, Any]] = []
    try:
        first = work / "first" / "corpus.jsonl"
        first.parent.mkdir(parents=True)
        _write_records(lines[:-ADDED], first)
        for i, jobs in enumerate(jobs_values):
            store = work / f"store-j{jobs}"
            print(f"building {len(lines) - ADDED} records, --jobs {jobs} …", file=sys.stderr, flush=True)
            rows.append(row("full", jobs, run_build(first, store, jobs, extra)))
            print(table(rows[-1:]), file=sys.stderr, flush=True)
            if i == 0:
                # The same file, 10 records longer: a user's corpus after 10 new articles.
                _write_records(lines, first)
                print(f"adding {ADDED} records, --jobs {jobs} …", file=sys.stderr, flush=True)
                rows.append(row(f"+{ADDED} (incremental)", jobs, run_build(first, store, jobs, extra)))
                _write_records(lines[:-ADDED], first)
            if args.keep is None:
                shutil.rmtree(store, ignore_errors=True)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"corpus: {args.corpus.name}, {len(lines)} records; load average {os.getloadavg()[0]:.2f}; "
          f"validation {'off' if args.no_validate else 'on'}")
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
