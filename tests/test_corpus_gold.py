"""The hand-annotated test corpus: every gold file agrees with its report and with the scorer."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checker = _load("corpus_check_gold", CORPUS / "check_gold.py")
STEMS = sorted(p.stem for p in (CORPUS / "gold").glob("*.json"))


def _gold(stem: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def _text(stem: str) -> str:
    return (CORPUS / "reports" / f"{stem}.txt").read_text(encoding="utf-8")


def test_every_report_has_a_gold_file_and_back() -> None:
    reports = sorted(p.stem for p in (CORPUS / "reports").glob("*.txt"))
    assert len(reports) >= 14
    assert reports == STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_report_shape(stem: str) -> None:
    text = _text(stem)
    first, *rest = text.split("\n")
    stamp = r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}"
    assert re.search(stamp + r"$", first) or re.fullmatch(stamp, rest[0]), "no date-time after the headline"
    assert 250 <= len(text.split()) <= 600
    assert "\n\n" in text, "paragraphs are separated by blank lines"


@pytest.mark.parametrize("stem", STEMS)
def test_gold_is_consistent_with_its_report(stem: str) -> None:
    assert checker.check_gold(CORPUS / "gold" / f"{stem}.json") == []


@pytest.mark.parametrize("stem", STEMS)
def test_gold_sizes_are_in_the_planned_range(stem: str) -> None:
    gold = _gold(stem)
    assert 3 <= len(gold["persons"]) <= 7
    assert 4 <= len(gold["organizations"]) <= 10
    assert 10 <= len(gold["statistics"]) <= 30
    assert any(e.get("date") for e in gold["events"]), "every report has a dated event"


def _mutations() -> list[tuple[str, object]]:
    """Ways to break an annotation, each of which the checker must notice."""

    def bad_quote(g: dict) -> None:
        g["statistics"][0]["quote"] += " không có trong bài"

    def bad_value(g: dict) -> None:
        g["statistics"][0]["value"] += 1

    def dropped_statistic(g: dict) -> None:
        digits = [s for s in g["statistics"] if re.search(r"\d", s["quote"])]
        g["statistics"].remove(digits[-1])
        g["unit_counts"] = [c for c in g["unit_counts"] if c["quote"] != digits[-1]["quote"]]

    def percent_lost(g: dict) -> None:
        next(s for s in g["statistics"] if s["unit"] == "percent")["unit"] = "vụ"

    def qualifier_lost(g: dict) -> None:
        stat = next(s for s in g["statistics"] if s.get("qualifier") in ("more-than", "nearly", "about"))
        stat["qualifier"] = None

    def direction_flipped(g: dict) -> None:
        stat = next(s for s in g["statistics"] if re.search(r"\bgiảm \d", s["quote"]))
        stat["direction"] = "increase"

    def unknown_alias(g: dict) -> None:
        g["organizations"][0].setdefault("aliases", []).append("Công an tỉnh Không Tồn Tại")

    def dangling_position(g: dict) -> None:
        g["persons"][0]["positions"][0]["organization"] = "Sở Không Tồn Tại"

    def wrong_rank_en(g: dict) -> None:
        next(p for p in g["persons"] if p.get("rank"))["rank_en"] = "Private"

    def missing_key(g: dict) -> None:
        del g["statistics_period"]

    return [(f.__name__, f) for f in (bad_quote, bad_value, dropped_statistic, percent_lost, qualifier_lost,
                                      direction_flipped, unknown_alias, dangling_position, wrong_rank_en,
                                      missing_key)]


@pytest.mark.parametrize(("name", "mutate"), _mutations())
def test_checker_notices_a_broken_annotation(name: str, mutate) -> None:
    stem = "quangninh-police-2025-04-12"
    gold, text = _gold(stem), _text(stem)
    assert checker.check(copy.deepcopy(gold), text) == []
    broken = copy.deepcopy(gold)
    mutate(broken)
    assert checker.check(broken, text), f"{name} went unnoticed"


def test_checker_reads_vietnamese_numbers() -> None:
    assert checker.parse_number("12.350") == 12350
    assert checker.parse_number("1.096.430") == 1096430
    assert checker.parse_number("86,95") == 86.95
    assert checker.parse_number("1,2") == 1.2
    text = "Ngày 18-7, tại kỳ họp, 6 tháng đầu năm 2025 có 12/127 vụ"
    calendar = [text[s:e] for _, s, e in checker.numbers(text) if checker.is_calendar(text, s, e)]
    assert calendar == ["18", "7", "6", "2025"]


@pytest.fixture(scope="module")
def score() -> ModuleType:
    path = SHARED_EVAL / "score.py"
    if not path.exists():
        pytest.skip(f"the shared scorer is not at {path}")
    return _load("shared_score", path)


@pytest.mark.parametrize("stem", STEMS)
def test_gold_scores_perfectly_against_itself(score: ModuleType, stem: str) -> None:
    gold = _gold(stem)
    result = score.score_report(gold, gold)
    for category in ("persons", "positions", "organizations", "places", "tasks", "statistics"):
        assert result[category]["f1"] == 1.0, (category, result["details"])
    assert result["ranks"]["correct"] == result["ranks"]["gold"]
    assert result["dated_events"]["found"] == result["dated_events"]["gold"]


def test_gold_has_the_seed_keys() -> None:
    seed = SHARED_EVAL / "seed_gold.json"
    if not seed.exists():
        pytest.skip(f"the seed annotation is not at {seed}")
    wanted = set(json.loads(seed.read_text(encoding="utf-8"))) - {"about", "tasks_quote", "tasks_count_note"}
    for stem in STEMS:
        assert wanted <= set(_gold(stem)), stem
