"""Indicator mapping: coverage on the gold statistics, and a seeded sample of mapped corpus figures.

    python -m benchmarks.indicators                  # coverage per gold set
    python -m benchmarks.indicators --sample 100     # + 100 mapped figures of the real corpus, seeded
    python -m benchmarks.indicators --sample 100 --check benchmarks/results/indicators-check.tsv

The sample extracts a seeded random 600 articles of ``../shared/corpora/baomoi-2017-police.jsonl``,
maps every figure and draws 100 of the mapped ones (seed 16). ``--check`` reads the hand verdicts
(one line a figure: ``ok`` or ``wrong``, corpus line, indicator, the measure's first 50
characters, a short reason) and counts the errors. Only short
spans are printed (measure, unit, at most 80 characters of the quote): no long news text.
"""

from __future__ import annotations

import argparse
import glob
import json
import random
from pathlib import Path

from graph.indicators import match

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD_SETS = {
    "real_dev": str(SHARED / "eval" / "real_dev" / "gold" / "*.json"),
    "corpus": str(ROOT / "tests" / "corpus" / "gold" / "*.json"),
    "corpus_many": str(ROOT / "tests" / "corpus_many" / "gold" / "*.json"),
    "real_gold": str(ROOT / "tests" / "real_gold" / "*.json"),
}
CORPUS = SHARED / "corpora" / "baomoi-2017-police.jsonl"
SEED = 16


def coverage(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """Return {set: (mapped, total)} over the gold statistics of every set."""
    out = {}
    for name, pattern in GOLD_SETS.items():
        mapped = total = 0
        for path in sorted(glob.glob(pattern)):
            for stat in json.loads(Path(path).read_text(encoding="utf-8")).get("statistics") or []:
                total += 1
                found = match(stat["measure"], stat.get("unit"), stat.get("direction"))
                mapped += found is not None
                if verbose and found is None:
                    print(f"  unmapped {name}: {stat.get('unit')} | {stat['measure'][:80]}")
        out[name] = (mapped, total)
    return out


def corpus_sample(articles: int = 600, size: int = 100) -> tuple[list[dict], int, int]:
    """Extract a seeded sample of corpus articles; return (sample of mapped figures, mapped, total)."""
    from graph.extract import extract
    from graph.sources import read_record

    lines = CORPUS.read_bytes().splitlines()
    rng = random.Random(SEED)
    mapped, total = [], 0
    for i in rng.sample(range(len(lines)), min(articles, len(lines))):
        text, meta = read_record(lines[i], f"line {i + 1}")
        for stat in extract(text, f"baomoi-line-{i + 1}.txt", meta).statistics:
            total += 1
            found = match(stat.measure, stat.unit, stat.direction)
            if found:
                mapped.append({"line": i + 1, "measure": stat.measure, "unit": stat.unit,
                               "value": stat.value, "indicator": found.indicator.key,
                               "phrase": found.phrase, "kind": found.kind,
                               "quote": (stat.quote or "")[:80]})
    sample = random.Random(SEED).sample(mapped, min(size, len(mapped)))
    return sample, len(mapped), total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--check", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    all_mapped = all_total = 0
    for name, (mapped, total) in coverage(args.verbose).items():
        all_mapped, all_total = all_mapped + mapped, all_total + total
        print(f"{name:12} {mapped:4}/{total:<4} {mapped / max(total, 1):6.1%} of gold figures mapped")
    print(f"{'all':12} {all_mapped:4}/{all_total:<4} {all_mapped / max(all_total, 1):6.1%}")
    if not args.sample:
        return
    sample, mapped, total = corpus_sample(size=args.sample)
    print(f"corpus sample: {mapped}/{total} extracted figures mapped ({mapped / max(total, 1):.1%})")
    verdicts: dict[tuple[str, str, str], list[str]] = {}
    if args.check and args.check.exists():
        for line in args.check.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 4 and parts[0] in ("ok", "wrong"):
                verdicts[(parts[1], parts[2], parts[3])] = [parts[0], *parts[4:]]
    wrong = unchecked = 0
    for n, item in enumerate(sample, start=1):
        verdict = verdicts.get(_key(item), ["?"])
        wrong += verdict[0] == "wrong"
        unchecked += verdict[0] == "?"
        print(f"{n:3} {verdict[0]:5} line {item['line']}: {item['unit']} | {item['measure'][:50]} -> "
              f"{item['indicator']} [{item['phrase']}] {item['kind']}"
              + (f"  ({verdict[1]})" if len(verdict) > 1 else ""))
    if verdicts:
        print(f"hand check: {wrong} wrong of {len(sample)}"
              + (f", {unchecked} not checked yet" if unchecked else ""))


def _key(item: dict) -> tuple[str, str, str]:
    """What a verdict is about: the corpus line, the indicator and the measure's first 50 characters."""
    return (str(item["line"]), item["indicator"], item["measure"][:50].replace("\t", " "))


if __name__ == "__main__":
    main()
