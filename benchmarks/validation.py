"""What validating a report's graph costs, with the compiled checks and with pyshacl, and whether they agree.

    python -m benchmarks.validation                      # the first 200 records of the real corpus
    python -m benchmarks.validation --records 1000 --profile

Builds the records as ``vnkg build`` does (in memory, resolution included) and keeps each report's
graph as the build hands it to ``graph.validate.validate``; then validates every graph with each
engine, in turn and twice, and gives CPU milliseconds per report (process time: the machine is
shared, wall time is not a measure here), how many violations and warnings, and every report whose
violations differ between the engines (there should be none). ``--profile`` adds a cProfile of the
compiled engine.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import pstats
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph

import graph.build as build_module
from graph.store import open_store
from graph.validate import validate

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "baomoi-2017-police.jsonl"


def report_graphs(corpus: Path, records: int) -> list[Graph]:
    """Return the graph of each report of the first ``records`` records, as the build validates it."""
    graphs: list[Graph] = []

    def keep(graph: Graph) -> list:
        graphs.append(Graph() + graph)
        return []

    with tempfile.TemporaryDirectory() as tmp:
        head = Path(tmp) / "head.jsonl"
        with corpus.open(encoding="utf-8") as source, head.open("w", encoding="utf-8") as out:
            out.writelines(itertools.islice(source, records))
        real = build_module.validate
        build_module.validate = keep  # type: ignore[assignment]
        try:
            build_module.build([head], open_store(":memory:"))
        finally:
            build_module.validate = real  # type: ignore[assignment]
    return graphs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--records", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="cProfile the compiled engine")
    args = parser.parse_args(argv)

    graphs = report_graphs(args.corpus, args.records)
    triples = sum(len(g) for g in graphs)
    print(f"{len(graphs)} report graphs, {triples / max(1, len(graphs)):.0f} triples each on average")
    found: dict[str, list[list]] = {}
    costs: dict[str, list[float]] = {"compiled": [], "pyshacl": []}
    for engine in ("compiled", "pyshacl", "compiled", "pyshacl"):
        validate(graphs[0], engine=engine)  # compile or load the shapes outside the clock
        start = time.process_time()
        found[engine] = [validate(g, engine=engine) for g in graphs]
        costs[engine].append((time.process_time() - start) / len(graphs) * 1000)
    for engine, runs in costs.items():
        flat = [v for vs in found[engine] for v in vs]
        refusing = sum(1 for vs in found[engine] if any(v.severity == "Violation" for v in vs))
        print(f"{engine:>9}: {' / '.join(f'{ms:.2f}' for ms in runs)} ms CPU per report; "
              f"{sum(v.severity == 'Violation' for v in flat)} violations ({refusing} reports refused), "
              f"{sum(v.severity == 'Warning' for v in flat)} warnings")
    differ = [i for i, (a, b) in enumerate(zip(found["compiled"], found["pyshacl"], strict=True)) if a != b]
    print(f"reports whose violations differ between the engines: {len(differ)}")
    for i in differ[:5]:
        print(f"  report {i}: {sorted(set(found['compiled'][i]) ^ set(found['pyshacl'][i]))}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for g in graphs:
            validate(g, engine="compiled")
        profile.disable()
        stats = pstats.Stats(profile, stream=sys.stdout)
        print(f"cProfile, compiled engine: {stats.total_calls / len(graphs):.0f} function calls per report")
        stats.sort_stats("tottime").print_stats(12)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
