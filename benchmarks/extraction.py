"""Score extraction on every annotated set: the real development set, the seed, the written corpora.

    python -m benchmarks.extraction                 # one table per set
    python -m benchmarks.extraction --set real_dev -v   # and every miss and spurious item
    python -m benchmarks.extraction --never-tuned --pooled  # the sets no rule was tuned on, summed

The "dated" column is the gold events with a date that come out dated right, of those with a date
(``--pooled`` also gives them of the ones found, the share issue 14 asks to be 0.80).

Sets: ``real_dev`` (../shared/eval/real_dev), ``real_gold_dev`` and ``real_gold_heldout`` (tests/real_gold:
our own annotations of ../shared/corpora articles; heldout is read only to measure, never to tune;
every other folder there is a set ``real_gold_<folder>`` too),
``seed``, ``corpus`` and ``corpus_many`` (tests/).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType

from graph.build import ReportError, extract_reports, find_reports
from graph.extract import Metadata, extract
from graph.sources import read_record

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "baomoi-2017-police.jsonl"
SETS = {
    "real_dev": (SHARED / "eval" / "real_dev" / "reports", SHARED / "eval" / "real_dev" / "gold"),
    "seed": (ROOT / "data" / "reports", None),
    "corpus": (ROOT / "tests" / "corpus" / "reports", ROOT / "tests" / "corpus" / "gold"),
    "corpus_many": (ROOT / "tests" / "corpus_many" / "reports", ROOT / "tests" / "corpus_many" / "gold"),
}
# Every folder of our own annotations is a set of its own: real_gold_<folder>.
SETS.update({
    f"real_gold_{folder.name}": (None, folder)
    for folder in sorted((ROOT / "tests" / "real_gold").iterdir()) if folder.is_dir()
})
CATEGORIES = ("persons", "positions", "organizations", "places", "events", "tasks", "statistics")


def scorer() -> ModuleType:
    """Load the shared scorer (``../shared/eval/score.py``)."""
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("vnkg_score", path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_json(facts) -> dict:
    return json.loads(json.dumps(facts.to_json(), ensure_ascii=False))


def predictions(folder: Path) -> dict[str, dict]:
    """Extract every report in a folder: report name → the scorer's JSON."""
    out = {}
    for path in find_reports([folder]):
        for _, facts in extract_reports(path):
            if not isinstance(facts, ReportError):
                out[facts.report] = _as_json(facts)
    return out


def gold_pairs(name: str) -> list[tuple[dict, dict]]:
    """(gold, prediction) for every annotated report of a set."""
    reports, gold_dir = SETS[name]
    if name == "seed":
        gold = json.loads((SHARED / "eval" / "seed_gold.json").read_text(encoding="utf-8"))
        return [(gold, predictions(reports)[gold["report"]])]
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    if reports is None:
        return real_gold_pairs(golds)
    pred = predictions(reports)
    return [(g, pred.get(g["report"], {})) for g in golds]


def corpus_records(urls: set[str]) -> dict[str, tuple[str, Metadata]]:
    """Read the shared corpus's records with these URLs: url → (text as extracted, metadata)."""
    found = {}
    for line in CORPUS.read_bytes().split(b"\n"):
        if line.strip() and json.loads(line).get("url") in urls:
            text, meta = read_record(line, "corpus")
            found[meta.url or ""] = (text, meta)
    return found


def corpus_texts(urls: set[str]) -> dict[str, str]:
    """Return the texts of the shared corpus's records with these URLs, as the extractor sees them."""
    return {url: text for url, (text, _) in corpus_records(urls).items()}


def real_gold_pairs(golds: list[dict]) -> list[tuple[dict, dict]]:
    """Our annotations name corpus articles by URL; extract those records from the shared corpus."""
    records = corpus_records({g["url"] for g in golds})
    pairs = []
    for gold in golds:
        text, meta = records.get(gold["url"], (None, None))
        pairs.append((gold, _as_json(extract(text, gold["report"], meta)) if text is not None else {}))
    return pairs


def score_set(name: str) -> tuple[dict, list[dict]]:
    """Micro-averaged totals and per-report results of one set."""
    score = scorer()
    results = [score.score_report(g, p) for g, p in gold_pairs(name)]
    return score.total(results), results


# Our annotated sets that no rule was ever tuned on (README, "Extraction on real text").
NEVER_TUNED = ("real_gold_dev6", "real_gold_heldout", "real_gold_heldout2", "real_gold_heldout3",
               "real_gold_heldout4", "real_gold_heldout5", "real_gold_heldout6",
               "real_gold_heldout7")


def pooled(scored: list[tuple[dict, list[dict]]]) -> dict[str, dict[str, float]]:
    """Sum true positives, predictions and gold items over sets; return P, R, F1 per category.

    ``dated`` gives the gold events with a date found and dated right, of those found.
    """
    out: dict[str, dict[str, float]] = {}
    for c in CATEGORIES:
        tp, pred, gold = (sum(total[c][k] for total, _ in scored) for k in ("tp", "pred", "gold"))
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        out[c] = {"tp": tp, "pred": pred, "gold": gold, "precision": p, "recall": r,
                  "f1": 2 * p * r / (p + r) if p + r else 0.0}
    right = sum(r["dated_events"]["found"] for _, results in scored for r in results)
    wrong = sum(len(r["details"]["events"].get("wrong_date", [])) for _, results in scored for r in results)
    out["dated"] = {"right": right, "found": right + wrong}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", action="append", choices=sorted(SETS), help="score only these sets")
    parser.add_argument("--never-tuned", action="store_true", help=f"score the sets {', '.join(NEVER_TUNED)}")
    parser.add_argument("--pooled", action="store_true",
                        help="then P / R / F1 summed over the sets scored, and dated right of found")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and spurious items")
    args = parser.parse_args()
    names = [*(args.set or []), *(NEVER_TUNED if args.never_tuned else ())] or [
        n for n, (r, g) in SETS.items() if (g or r) and (g or r).exists()
    ]
    print(f"{'set':<18}" + "".join(f"{c[:8]:>9}" for c in CATEGORIES) + "   dated")
    scored = []
    for name in names:
        total, results = score_set(name)
        scored.append((total, results))
        if args.verbose:
            for r in results:
                print(f"== {r['report']}")
                for c, d in r["details"].items():
                    for kind, items in d.items():
                        for item in items:
                            print(f"  {c} {kind}: {item}")
        dated = total["dated_events"]
        print(f"{name:<18}" + "".join(f"{total[c]['f1']:>9.3f}" for c in CATEGORIES)
              + f"   {dated['found']}/{dated['gold']}")
    if args.pooled:
        summed = pooled(scored)
        print(f"\npooled over {len(names)} sets (P / R / F1):")
        for c in CATEGORIES:
            x = summed[c]
            print(f"  {c:<14} {x['precision']:.2f} / {x['recall']:.2f} / {x['f1']:.3f}"
                  f"   ({x['tp']} right of {x['pred']} found, {x['gold']} in gold)")
        d = summed["dated"]
        print(f"  dated right    {d['right']} of {d['found']} found gold events with a date")


if __name__ == "__main__":
    main()
