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
    # Each floor sits a little under the figure measured at the end of the eleventh session (in the comment:
    # persons, posts, units, places, events, tasks, figures); the README table has the history.
    # before issue 14: 0.945, 0.269, 0.578, 0.887, 0.019, 0.019, 0.740; now 1.000, 0.955, 0.980, 1.000, 0.782,
    # 0.884, 1.000
    # events 0.793 since event naming's round (was 0.782), 0.800 since a complaint and its incident are two
    # tasks 0.915 since the twelfth session's task naming (a prosecution and its purpose are two tasks); 0.925
    # since the sixteenth session's pair wordings (a task listed before another carries the pair's wording)
    # events 0.809 since the thirteenth session's body case-steps round; seventeenth: organizations 0.984 (police
    # forces by field and place), tasks 0.921 (a scraped sub-heading glued to its paragraph now opens with a unit)
    "real_dev": {"persons": 0.97, "positions": 0.94, "organizations": 0.96, "places": 0.97, "events": 0.79,
                 "tasks": 0.91, "statistics": 0.97},
    # tuned on: 0.991, 1.000, 0.962, 0.994, 0.557, 0.775, 0.983 (tasks 0.792 before an ongoing inquiry told in
    # the passive counted as a task, which one article's gold leaves uncertain)
    # events 0.598 since event naming's round (was 0.557), 0.612 since thefts the body tells; tasks 0.792
    # again since ', cùng với X tiếp tục …' opens the next task and ' còn việc …' ends one; events 0.634 since
    # government work told in the body (a numbered paper issued, a body set up); events 0.673 since side steps
    # of a story (findings, seizures at the scene) and an incident noun retelling the summary are no events;
    # tasks 0.775 on the branch that reads an inquiry under way reported by its unit ('Tin từ Công an huyện X
    # cho biết, đơn vị này đang …', which this set's gold leaves out; dev3-5 and the blind sets' gold count such
    # inquiries), 0.731 once units named by kind hold one ('cơ quan công an đang xác minh vụ việc', three more
    # left out here); events 0.694 since the fourteenth session's naming round (a name's core wording as an alias);
    # tasks 0.755 since the eighteenth session's costs a named unit bears ('Công ty X chịu mọi chi phí …')
    "real_gold_dev": {"persons": 0.96, "positions": 0.97, "organizations": 0.94, "places": 0.96, "events": 0.68,
                      "tasks": 0.74, "statistics": 0.95},
    # tuned on since its blind run (0.913, 0.742, 0.835, 0.916, 0.253, 0.393, 0.854): 1.000, 0.917, 0.953,
    # 0.964, 0.653, 0.745, 0.936 (tasks 0.735 before units named by kind carrying on with a charge were read)
    # events 0.667 since closing in on someone ('bao vây', 'đột kích') is an act; 0.680 since the twelfth
    # session's government-work round (work told in a story's body); 0.688 since side steps of a story are none;
    # 0.680 since 'chiếm đoạt' tells a crime (a description of how one is done, cut at a comma, was read as one)
    "real_gold_dev2": {"persons": 0.97, "positions": 0.91, "organizations": 0.93, "places": 0.94, "events": 0.66,
                       "tasks": 0.73, "statistics": 0.91},
    # tuned on since its blind run (0.988, 0.667, 0.772, 0.921, 0.291, 0.391, 0.934): 0.988, 0.870, 0.909,
    # 0.973, 0.719, 0.667, 0.934; twelfth session: events 0.742, figures 0.941; tasks 0.714 since a meeting
    # with those concerned leads to the inquiry after 'để' (was 0.691); fifteenth: positions 0.886 (a ward or
    # faculty in lower case), events 0.730 (a 'chiếm đoạt' crime the gold names another way)
    "real_gold_dev3": {"persons": 0.96, "positions": 0.85, "organizations": 0.91, "places": 0.95, "events": 0.72,
                       "tasks": 0.70, "statistics": 0.92},
    # tuned on since its blind run (0.955, 0.787, 0.795, 0.971, 0.243, 0.400, 0.922): 0.970, 0.986, 0.952,
    # 0.983, 0.695, 0.755, 0.922 (tasks 0.742 before a few nouns asked before 'phối hợp với' were read)
    # events 0.738 since event naming's round (was 0.695); figures 0.930 since the twelfth session's round;
    # tasks 0.788 since its task naming; events 0.768 since the thirteenth session's precision round; fourteenth:
    # events 0.774, tasks 0.780 (a unit's plan read after 'cho biết,' that this set's gold leaves uncertain)
    "real_gold_dev4": {"persons": 0.95, "positions": 0.97, "organizations": 0.95, "places": 0.96, "events": 0.75,
                       "tasks": 0.77, "statistics": 0.92},
    # tuned on since its blind run (0.946, 0.816, 0.857, 0.857, 0.315, 0.510, 0.973): 0.973, 0.868, 0.944,
    # 0.959, 0.576, 0.807, 0.973 (places were 0.857 while its gold counted hamlets as places)
    # events 0.608 since event naming's round (was 0.576); tasks 0.828 since a nested directive too long for
    # one task is split at its last 'và' (was 0.807); twelfth session: events 0.650, tasks 0.860 (a
    # directive's points told in the sentences after it), 0.876 after its task naming; 0.894 since the fourteenth
    # session's inquiries under way (a passive with the unit named, 'phối hợp các cơ quan chức năng làm rõ')
    "real_gold_dev5": {"persons": 0.95, "positions": 0.90, "organizations": 0.94, "places": 0.93, "events": 0.63,
                       "tasks": 0.88, "statistics": 0.96},
    # never tuned on; blind run (seventh session): 0.981, 0.641, 0.870, 0.931, 0.421, 0.435, 0.977; now
    # 0.981, 0.704, 0.897, 0.939, 0.408, 0.432, 0.977
    # events 0.385 since the eleventh session's event rounds (one pair fewer after naming: names cut before a stock purpose
    # or a split quote; on fresh draws ~150 names judged better, 2 worse)
    # events 0.392, tasks 0.429 at the thirteenth session's end; events 0.436 at the fourteenth's; fifteenth:
    # events 0.475 (clause wordings of the telling sentence), tasks 0.529 (inquiry purposes, core and fuller
    # wordings, a bare verb sharing the next item's object)
    # twentieth: positions 0.741 (unit names capitalised on their first syllable only, read whole),
    # organisations 0.925 (source lines listing papers, country-wide bodies named with the nation's name)
    "real_gold_dev6": {"persons": 0.96, "positions": 0.72, "organizations": 0.90, "places": 0.91, "events": 0.45,
                       "tasks": 0.56, "statistics": 0.96},
    # never tuned on; in the fifth session 0.978, 0.649, 0.807, 0.968, 0.274, 0.367, 0.993; now 0.978, 0.737,
    # 0.907, 0.976, 0.416, 0.667, 0.993
    # events 0.388 since the eleventh session's event rounds (one pair fewer after naming, as on dev6); 0.438
    # at the twelfth session's end; 0.476 at the fourteenth's; fifteenth: events 0.472, tasks 0.696
    # twentieth: positions 0.800 (a bare 'Giám đốc' listed before a post of a province's police), tasks 0.727
    "real_gold_heldout": {"persons": 0.97, "positions": 0.78, "organizations": 0.90, "places": 0.95,
                          "events": 0.45, "tasks": 0.70, "statistics": 0.96},
    # never tuned on; annotated in the eleventh session from a fresh draw by a reader who never saw the
    # extractor's output; blind run: 0.941, 0.878, 0.908, 0.978, 0.488, 0.433, 0.907; at the twelfth
    # session's end 0.971, 0.878, 0.909, 0.978, 0.506, 0.433, 0.928; thirteenth: events 0.524, tasks 0.452;
    # fourteenth: events 0.571; fifteenth: events 0.635, tasks 0.525; seventeenth: tasks 0.590 (a first step's
    # wording before ', <task verb>'); nineteenth: events 0.619 (a sentence glued to a sub-heading now split)
    "real_gold_heldout2": {"persons": 0.95, "positions": 0.85, "organizations": 0.88, "places": 0.95,
                           "events": 0.61, "tasks": 0.57, "statistics": 0.90},
    # never tuned on; annotated in the eleventh session (seed 105003) like heldout2; blind run on the
    # session's final code: 0.985, 0.784, 0.901, 0.957, 0.500, 0.650, 0.902; thirteenth: events 0.507, tasks 0.683;
    # fourteenth: tasks 0.714; fifteenth: events 0.533, tasks 0.732; eighteenth: tasks 0.756 (a titled official's
    # report of what the unit of the title will do)
    # twentieth: positions 0.824, organisations 0.910, events 0.540
    "real_gold_heldout3": {"persons": 0.96, "positions": 0.80, "organizations": 0.89, "places": 0.93,
                           "events": 0.51, "tasks": 0.74, "statistics": 0.88},
    # never tuned on; annotated in the twelfth session (seed 117001) like heldout3; blind run on the
    # session's final code: 0.977, 0.923, 0.885, 0.957, 0.462, 0.364, 0.857; thirteenth: events 0.489, tasks 0.353;
    # fourteenth: events 0.494, tasks 0.343 (one more plan read after 'cho biết,' that this set's gold leaves out);
    # fifteenth: events 0.517, tasks 0.514
    # twentieth: positions 0.974
    "real_gold_heldout4": {"persons": 0.95, "positions": 0.95, "organizations": 0.86, "places": 0.93,
                           "events": 0.49, "tasks": 0.49, "statistics": 0.82},
    # never tuned on; annotated in the twentieth session (seed 470001) by a reader who never saw the
    # extractor's output, in the graders' style for dates (a year only when the text makes it certain);
    # blind run: 0.974, 0.762, 0.881, 0.945, 0.390, 0.500, 0.984 (21 events, 4 tasks: small)
    "real_gold_heldout5": {"persons": 0.95, "positions": 0.74, "organizations": 0.86, "places": 0.92,
                           "events": 0.37, "tasks": 0.48, "statistics": 0.96},
    # never tuned on; annotated in the twentieth session (seed 510001) like heldout5; blind run on the
    # session's code after its merges: 0.913, 1.000, 0.924, 0.991, 0.345, 0.667, 0.833 (30 events, 11 tasks)
    "real_gold_heldout6": {"persons": 0.89, "positions": 0.95, "organizations": 0.90, "places": 0.96,
                           "events": 0.32, "tasks": 0.64, "statistics": 0.81},
    # never tuned on; annotated in the twenty-first session (seed 540001) like heldout5; blind run on the
    # session's first code (aa4d4e4): 1.000, 1.000, 0.857, 0.978, 0.435, 0.167, 0.936 (4 posts, 23 events,
    # 6 tasks: small)
    "real_gold_heldout7": {"persons": 0.97, "positions": 0.95, "organizations": 0.83, "places": 0.95,
                           "events": 0.41, "tasks": 0.15, "statistics": 0.91},
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


# Of the gold events the extractor finds that have a date, the share it dates right (issue 14 asks
# for 0.80 on real articles). real_dev: 31 of 31. Our own sets (no publication dates in the corpus, so
# a yearless day's year must come from the body): 65 of 101 since yearless days take the year of a day
# the story writes in full within months of them (was 58 of 101); 68 of 105 since the fifteenth session's wordings;
# 71 of 105 since a month or a start day written in full gives the year (sixteenth session).
DATED_FLOORS = {"real_dev": 0.95, "real_gold": 0.60}


@pytest.mark.parametrize("group", sorted(DATED_FLOORS))
def test_found_events_are_dated_right(group: str) -> None:
    names = [n for n in extraction.SETS if n == group or (group == "real_gold" and n.startswith("real_gold"))]
    _needs_shared(names[0])
    found = matched = 0
    for name in names:
        for result in extraction.score_set(name)[1]:
            found += result["dated_events"]["found"]
            matched += result["dated_events"]["found"] + len(result["details"]["events"]["wrong_date"])
    assert matched, f"no dated gold event found in {names}"
    assert found / matched >= DATED_FLOORS[group], f"{found} of {matched} dated right in {group}"


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
