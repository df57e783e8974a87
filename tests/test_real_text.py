"""Extraction on real articles nobody here wrote: the shared development set and our own annotations.

Floors are set a little under the figures measured when they last moved (issue 14's notes), so a
change that makes extraction worse on real text fails the suite. The sets live outside the
repository (``../shared``, as in CI); without it these tests skip, saying so.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import extraction  # noqa: E402

# Micro-averaged F1 per category; measured figures are in the issue notes.
FLOORS = {
    # measured: 1.000, 0.937, 0.970, 1.000, 0.753, 0.865, 1.000 (before issue 14: 0.945, 0.269, 0.578,
    # 0.887, 0.019, 0.019, 0.740; events 0.711 before the events7 round, 0.742 before events8)
    "real_dev": {"persons": 0.97, "positions": 0.91, "organizations": 0.94, "places": 0.97, "events": 0.74,
                 "tasks": 0.86, "statistics": 0.97},
    # measured: 0.991, 0.963, 0.939, 0.994, 0.489, 0.792, 0.983 (events 0.449 before the events7 round,
    # 0.477 before events8)
    "real_gold_dev": {"persons": 0.96, "positions": 0.93, "organizations": 0.91, "places": 0.96, "events": 0.48,
                      "tasks": 0.76, "statistics": 0.95},
    # measured: 1.000, 0.901, 0.925, 0.941, 0.518, 0.672, 0.936 (first, blind run: 0.913, 0.742, 0.835,
    # 0.916, 0.253, 0.393, 0.854; tuned on since; events 0.471 before events8)
    "real_gold_dev2": {"persons": 0.97, "positions": 0.87, "organizations": 0.89, "places": 0.91, "events": 0.50,
                       "tasks": 0.70, "statistics": 0.91},
    # measured: 0.988, 0.853, 0.881, 0.921, 0.576, 0.654, 0.934 (first, blind run: 0.988, 0.667, 0.772,
    # 0.921, 0.291, 0.391, 0.934; posts, units and events tuned on since; events 0.448 before events8)
    "real_gold_dev3": {"persons": 0.96, "positions": 0.75, "organizations": 0.84, "places": 0.89, "events": 0.56,
                       "tasks": 0.64, "statistics": 0.91},
    # measured: 0.955, 0.820, 0.810, 0.971, 0.322, 0.645, 0.922 (first, blind run: tasks 0.405; tasks tuned
    # on since, the other categories not yet)
    "real_gold_dev4": {"persons": 0.94, "positions": 0.80, "organizations": 0.79, "places": 0.95, "events": 0.31,
                       "tasks": 0.63, "statistics": 0.91},
    # measured: 0.978, 0.703, 0.827, 0.968, 0.375, 0.473, 0.993 (never tuned on; events 0.340 before the
    # events7 round, which tuned on the dev sets only, 0.337 before events8, likewise; a session earlier
    # 0.978, 0.649, 0.807, 0.968, 0.274, 0.367, 0.993)
    "real_gold_heldout": {"persons": 0.95, "positions": 0.68, "organizations": 0.80, "places": 0.94,
                          "events": 0.36, "tasks": 0.45, "statistics": 0.96},
}
REAL_GOLD = ROOT / "tests" / "real_gold"


def _needs_shared(name: str) -> None:
    if not (extraction.SHARED / "eval" / "score.py").exists():
        pytest.skip(f"the shared evaluation folder is not beside the checkout ({extraction.SHARED})")
    if name.startswith("real_gold") and not extraction.CORPUS.exists():
        pytest.skip(f"the real corpus is not beside the checkout ({extraction.CORPUS})")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_real_text_above_floors(name: str) -> None:
    _needs_shared(name)
    total, results = extraction.score_set(name)
    assert results, f"no annotated reports in {name}"
    low = {c: total[c]["f1"] for c, floor in FLOORS[name].items() if total[c]["f1"] < floor}
    assert not low, f"F1 below the floor on {name}: {low} (floors {FLOORS[name]})"


def _own_golds() -> list[Path]:
    return sorted(REAL_GOLD.glob("*/*.json"))


def test_we_annotated_at_least_thirty_real_articles() -> None:
    assert len(_own_golds()) >= 30


@pytest.mark.parametrize("path", _own_golds(), ids=lambda p: p.stem)
def test_own_gold_quotes_come_from_its_article_and_scores_perfectly_against_itself(path: Path) -> None:
    _needs_shared("real_gold_dev")
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = extraction.corpus_texts({gold["url"]}).get(gold["url"])
    assert text is not None, f"{gold['url']} is not in the corpus"
    quotes = [item.get("quote") for key in ("persons", "events", "tasks", "statistics")
              for item in gold.get(key, []) if isinstance(item, dict) and item.get("quote")]
    missing = [q for q in quotes if q not in text]
    assert not missing, missing[:3]
    result = extraction.scorer().score_report(gold, gold)
    for category in ("persons", "positions", "organizations", "places", "tasks", "statistics"):
        assert result[category]["f1"] == 1.0, (category, result["details"].get(category))
