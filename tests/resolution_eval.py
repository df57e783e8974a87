"""Score cross-report entity resolution on tests/corpus_many against its gold clusters.

``tests/corpus_many/resolution.json`` says which person and unit names, in which reports, are one
entity. A build of the corpus is scored by finding, in each report's named graph, the node that
carries the name (or one of the forms the report's gold file lists for it) and comparing the
predicted IRIs with the gold clusters, pairwise over mentions and with B-cubed. A gold mention
that the build does not name at all counts as a cluster of its own (a miss costs recall).

Run ``python tests/resolution_eval.py`` to build the corpus in memory and print the figures.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from graph.rdf import BASE, ORG, QB, SCHEMA, SDMX_MEASURE, SKOS, VNKG, report_graph_iri  # noqa: E402
from graph.text import key  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus_many"
REPORTS = CORPUS / "reports"
GOLD = CORPUS / "gold"
RESOLUTION = CORPUS / "resolution.json"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
KINDS = {"persons": SCHEMA.Person, "organizations": ORG.Organization}


def load_resolution() -> dict[str, Any]:
    """Return the gold clusters."""
    return json.loads(RESOLUTION.read_text(encoding="utf-8"))


def _forms(gold: Mapping[str, Any], kind: str, name: str) -> list[str]:
    """Return the name first, then the other forms the report's gold file gives the entity."""
    for item in gold.get(kind, []):
        if item.get("name") == name:
            others = item.get("name_variants", []) if kind == "persons" else item.get("aliases", [])
            return [name, *others]
    return [name]


def _labelled(store: Any, graph: str, kind: str) -> dict[str, set[str]]:
    """Return node IRI → keys of its names, for the nodes of one kind in one report graph."""
    rows = store.select(
        f"SELECT ?s ?l WHERE {{ GRAPH <{graph}> {{ ?s a <{KINDS[kind]}> ; "
        f"(<{RDFS_LABEL}>|<{SKOS.altLabel}>|<{SCHEMA.name}>) ?l }} }}",
        union_default_graph=False,
    )
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        names[str(row["s"])].add(key(str(row["l"])))
    return names


def predicted_clusters(store: Any, base: str = BASE) -> dict[str, dict[tuple[str, str], str]]:
    """Return, per kind, gold mention (report, gold cluster) → predicted IRI (or a unique miss marker)."""
    data = load_resolution()
    out: dict[str, dict[tuple[str, str], str]] = {}
    for kind in KINDS:
        found: dict[tuple[str, str], str] = {}
        cache: dict[str, dict[str, set[str]]] = {}
        for cluster in data[kind]:
            for mention in cluster["mentions"]:
                report, name = mention["report"], mention["name"]
                gold = json.loads((GOLD / f"{report}.json").read_text(encoding="utf-8"))
                graph = str(report_graph_iri(report, base))
                nodes = cache.setdefault(graph, _labelled(store, graph, kind))
                hit = None
                for form in _forms(gold, kind, name):
                    matches = sorted(n for n, keys in nodes.items() if key(form) in keys)
                    if len(matches) == 1:
                        hit = matches[0]
                        break
                found[(report, cluster["id"])] = hit or f"missing:{report}:{name}"
        out[kind] = found
    return out


def gold_clusters() -> dict[str, dict[tuple[str, str], str]]:
    """Return, per kind, gold mention (report, gold cluster) → gold cluster id."""
    data = load_resolution()
    return {kind: {(m["report"], c["id"]): c["id"] for c in data[kind] for m in c["mentions"]} for kind in KINDS}


def pairwise(gold: Mapping[Any, str], pred: Mapping[Any, str]) -> dict[str, float]:
    """Return pairwise precision, recall and F1 over the mentions of ``gold``."""
    mentions = sorted(gold)
    same_gold = same_pred = both = 0
    for a, b in combinations(mentions, 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        same_gold += g
        same_pred += p
        both += g and p
    precision = both / same_pred if same_pred else 1.0
    recall = both / same_gold if same_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold_pairs": same_gold, "predicted_pairs": same_pred}


def bcubed(gold: Mapping[Any, str], pred: Mapping[Any, str]) -> dict[str, float]:
    """Return B-cubed precision, recall and F1 over the mentions of ``gold``."""
    by_gold: dict[str, set[Any]] = defaultdict(set)
    by_pred: dict[str, set[Any]] = defaultdict(set)
    for mention in gold:
        by_gold[gold[mention]].add(mention)
        by_pred[pred[mention]].add(mention)
    precision = recall = 0.0
    for mention in gold:
        g, p = by_gold[gold[mention]], by_pred[pred[mention]]
        precision += len(g & p) / len(p)
        recall += len(g & p) / len(g)
    n = len(gold) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def figure_links(store: Any, base: str = BASE) -> dict[str, int]:
    """Count the gold cross-report figure pairs the derived graph links right (same or conflicting)."""
    from graph.resolve import derived_graph_iri

    derived = str(derived_graph_iri(base))
    found = expected = 0
    for figure in load_resolution()["figures"]:
        nodes = []
        for statement in figure["statements"]:
            graph = str(report_graph_iri(statement["report"], base))
            rows = store.select(
                f"SELECT ?o ?v WHERE {{ GRAPH <{graph}> {{ ?o a <{QB.Observation}> ; <{SDMX_MEASURE.obsValue}> ?v }} }}",
                union_default_graph=False,
            )
            match = [str(r["o"]) for r in rows if abs(float(str(r["v"])) - statement["value"]) < 1e-9]
            nodes.append((match[0] if len(match) == 1 else None, statement["value"]))
        for (a, va), (b, vb) in combinations(nodes, 2):
            expected += 1
            link = VNKG.sameFigureAs if va == vb else VNKG.conflictsWith
            if a and b and store.ask(f"ASK {{ GRAPH <{derived}> {{ <{a}> <{link}> <{b}> }} }}",
                                     union_default_graph=False):
                found += 1
    return {"expected": expected, "found": found}


def score(store: Any, base: str = BASE) -> dict[str, Any]:
    """Return every figure: per kind, pairwise and B-cubed scores and the mentions found; figure links."""
    gold, pred = gold_clusters(), predicted_clusters(store, base)
    result: dict[str, Any] = {}
    for kind in KINDS:
        missing = sum(1 for v in pred[kind].values() if v.startswith("missing:"))
        result[kind] = {"mentions": len(gold[kind]), "found": len(gold[kind]) - missing,
                        "pairwise": pairwise(gold[kind], pred[kind]), "bcubed": bcubed(gold[kind], pred[kind])}
    result["figures"] = figure_links(store, base)
    return result


def main() -> None:
    from graph.build import build
    from graph.store import open_store

    with open_store(":memory:") as store:
        build([REPORTS], store)
        result = score(store)
    for kind in KINDS:
        r = result[kind]
        pw, b3 = r["pairwise"], r["bcubed"]
        print(f"{kind}: {r['found']}/{r['mentions']} mentions found; pairwise P {pw['precision']:.3f} "
              f"R {pw['recall']:.3f} F1 {pw['f1']:.3f} ({pw['gold_pairs']} gold pairs); "
              f"B-cubed P {b3['precision']:.3f} R {b3['recall']:.3f} F1 {b3['f1']:.3f}")
    print(f"figures: {result['figures']['found']} of {result['figures']['expected']} cross-report pairs linked")


if __name__ == "__main__":
    main()
