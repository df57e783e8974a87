"""Extraction: the seed scored against its hand annotation, the written corpus against floors, and behaviour.

The scorer is the project's shared one (``../shared/eval/score.py``); the scoring tests skip, saying
so, where that folder is missing.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.build import ReportError, extract_reports, find_reports, read_report
from graph.extract import extract

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "reports" / "cantho-police-2025-07-18.txt"
CORPUS = Path(__file__).resolve().parent / "corpus"

# Floors for the written corpus, set a little under the measured micro-averaged F1 so that a
# change that makes extraction worse fails the suite (measured figures are in the issue notes).
CORPUS_FLOORS = {
    # tests/corpus, 14 reports; measured: 1.000, 0.947, 0.965, 0.938, 0.965, 1.000 (events 0.630)
    "corpus": {"persons": 0.97, "positions": 0.92, "organizations": 0.94, "places": 0.92, "tasks": 0.94,
               "statistics": 0.97, "events": 0.60},
    # tests/corpus_many, 22 reports (text, HTML, JSON Lines); measured: 1.000, 0.989, 1.000, 0.955, 1.000,
    # 0.962 (events 0.875)
    "corpus_many": {"persons": 0.97, "positions": 0.96, "organizations": 0.97, "places": 0.93, "tasks": 0.97,
                    "statistics": 0.93, "events": 0.85},
}


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip(f"the shared scorer is not here ({path}); it comes with the project's shared folder")
    spec = importlib.util.spec_from_file_location("vnkg_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(path: Path) -> dict:
    text, meta = read_report(path)
    return json.loads(json.dumps(extract(text, path.name, meta).to_json(), ensure_ascii=False))


@pytest.fixture(scope="module")
def seed_score():
    score = _scorer()
    gold = json.loads((SHARED / "eval" / "seed_gold.json").read_text(encoding="utf-8"))
    pred = _predict(SEED)
    return score.score_report(gold, pred), gold, pred


@pytest.mark.parametrize(
    "category", ["persons", "positions", "organizations", "places", "tasks", "statistics"]
)
def test_seed_f1_at_least_095(seed_score, category):
    result, _, _ = seed_score
    assert result[category]["f1"] >= 0.95, (category, result[category], result["details"].get(category))


def test_seed_statistics_all_right(seed_score):
    result, gold, pred = seed_score
    stats = result["statistics"]
    assert stats["tp"] == len(gold["statistics"]) == 22
    assert stats["direction_correct"] == 22 and stats["qualifier_correct"] == 22
    # Units: the counted noun, or percent — compare with the gold's unit of each matched quote.
    for g in gold["statistics"]:
        matches = [
            p
            for p in pred["statistics"]
            if p["value"] == g["value"] and g["quote"] in p["quote"] + g["quote"]
        ]
        assert matches, g
        if g["unit"] == "percent":
            assert any(p["unit"] == "percent" for p in matches), g
        else:
            assert any(p["unit"] == g["unit"].lower() for p in matches), (g, matches)


def test_seed_persons_rank_post_and_nobody_else(seed_score):
    result, gold, pred = seed_score
    assert len(pred["persons"]) == len(gold["persons"]) == 2
    assert result["ranks"]["correct"] == result["ranks"]["gold"] == 1
    assert result["positions"]["tp"] == 2 and result["persons"]["precision"] == 1.0


@pytest.mark.parametrize("corpus", sorted(CORPUS_FLOORS))
def test_written_corpus_above_floors(corpus):
    score = _scorer()
    folder = CORPUS.parent / corpus
    predictions = {}
    for path in find_reports([folder / "reports"]):
        for _, facts in extract_reports(path):
            assert not isinstance(facts, ReportError), facts
            predictions[facts.report] = json.loads(json.dumps(facts.to_json(), ensure_ascii=False))
    gold_files = sorted((folder / "gold").glob("*.json"))
    assert len(gold_files) >= 10, "a corpus should hold at least 10 annotated reports"
    results = []
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        results.append(score.score_report(gold, predictions[gold["report"]]))
    total = score.total(results)
    floors = CORPUS_FLOORS[corpus]
    low = {c: total[c]["f1"] for c, floor in floors.items() if total[c]["f1"] < floor}
    assert not low, f"F1 below the floor: {low} (floors {floors})"


# ---------------------------------------------------------------------------- behaviour on written text

REPORT = """Công an tỉnh Nghệ An tổng kết công tác năm 2024 15/01/2025 08:30

Ngày 14-1, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024.

Dự hội nghị có Trung tướng Lê Văn Sáu, Thứ trưởng Bộ Công an; ông Phạm Hữu Tình, Phó Chủ tịch UBND tỉnh Nghệ An và Đại tá Nguyễn Đức Mạnh, Phó Giám đốc Công an tỉnh Nghệ An.

Năm 2024, tội phạm về trật tự xã hội tăng 4,5% so với cùng kỳ; lực lượng chức năng đã xử lý gần 12.350 trường hợp vi phạm, khởi tố 210 vụ.

Công an tỉnh đã tiếp nhận năm nhiệm vụ mới như đăng ký xe, quản lý cư trú và cấp căn cước.

Phó Chủ tịch UBND tỉnh Nghệ An đề nghị Công an tỉnh tiếp tục phát huy kết quả đạt được.
"""


@pytest.fixture(scope="module")
def facts():
    return extract(REPORT, "nghean-test.txt")


def test_several_officials_in_one_sentence(facts):
    people = {p.name: p for p in facts.persons}
    assert set(people) == {"Lê Văn Sáu", "Phạm Hữu Tình", "Nguyễn Đức Mạnh"}
    assert people["Lê Văn Sáu"].rank == "Trung tướng"
    assert [(p.title, p.organization) for p in people["Lê Văn Sáu"].positions] == [
        ("Thứ trưởng", "Bộ Công an")
    ]
    assert [(p.title, p.organization) for p in people["Phạm Hữu Tình"].positions] == [
        ("Phó Chủ tịch", "UBND tỉnh Nghệ An")
    ]
    assert people["Phạm Hữu Tình"].rank is None
    assert [(p.title, p.organization) for p in people["Nguyễn Đức Mạnh"].positions] == [
        ("Phó Giám đốc", "Công an tỉnh Nghệ An")
    ]


def test_post_alone_is_a_mention_of_its_holder(facts):
    holder = next(p for p in facts.persons if p.name == "Phạm Hữu Tình")
    assert any(
        m.text == "Phó Chủ tịch UBND tỉnh Nghệ An" and m.start > REPORT.index("đề nghị") - 40
        for m in holder.mentions
    )


def test_unit_named_short_is_the_same_unit(facts):
    police = next(o for o in facts.organizations if o.name == "Công an tỉnh Nghệ An")
    assert "Công an tỉnh" in police.aliases
    assert police.name_en == "Nghe An Province Police"
    assert {o.name for o in facts.organizations} >= {
        "Công an tỉnh Nghệ An",
        "UBND tỉnh Nghệ An",
        "Bộ Công an",
    }


def test_increase_more_than_and_five(facts):
    by_value = {s.value: s for s in facts.statistics}
    assert by_value[4.5].direction == "increase" and by_value[4.5].unit == "percent"
    assert by_value[4.5].compared_to == "same-period-last-year"
    assert by_value[12350].qualifier == "nearly" and by_value[12350].unit == "trường hợp"
    assert by_value[210].unit == "vụ"
    assert by_value[5].unit == "nhiệm vụ"  # 'năm nhiệm vụ' = five tasks
    assert 2024 not in by_value and 14 not in by_value  # a year and a date are no figures
    assert by_value[4.5].period == {"label": "Năm 2024", "start": "2024-01-01", "end": "2024-12-31"}


def test_task_list(facts):
    taken_over = [t for t in facts.tasks if t.new]
    assert [t.name for t in taken_over] == ["đăng ký xe", "quản lý cư trú", "cấp căn cước"]
    assert all(t.holder == "Công an tỉnh Nghệ An" for t in taken_over)
    assert taken_over[0].name_en == "vehicle registration"
    # The closing directive is a task too, without its asking verb.
    assert [t.name for t in facts.tasks if not t.new] == ["tiếp tục phát huy kết quả đạt được"]


def test_event_with_date_and_participants(facts):
    conference = facts.events[0]
    assert conference.date == "2025-01-14" and conference.organizer == "Công an tỉnh Nghệ An"
    assert conference.name.startswith("hội nghị tổng kết công tác năm 2024")
    assert facts.article.published == "2025-01-15T08:30:00+07:00"


def test_every_span_indexes_the_original_text(facts):
    spans = [s for p in facts.persons for s in p.mentions]
    spans += [s for o in facts.organizations for s in o.mentions]
    spans += [s for st_ in facts.statistics for s in st_.spans]
    spans += [s for t in facts.tasks for s in t.spans]
    assert spans
    for span in spans:
        assert REPORT[span.start : span.end] == span.text


def test_tone_mark_variants_are_one_person():
    text = (
        "Hội nghị công an 02/03/2025 10:00\n\nThiếu tướng Nguyễn Văn Hoà, Giám đốc Công an tỉnh Khánh Hòa "
        "phát biểu. Thiếu tướng Nguyễn Văn Hòa cho biết kết quả."
    )
    people = extract(text, "x.txt").persons
    assert len(people) == 1 and people[0].name == "Nguyễn Văn Hoà"
    assert people[0].name_variants == ["Nguyễn Văn Hòa"]


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("Công an".encode("cp1258"), "not UTF-8"),
    ],
)
def test_unreadable_reports_say_why(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReportError) as err:
        read_report(path)
    assert reason in err.value.reason and str(path) in str(err.value)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "Công an tỉnh Hà Nội giảm 13,66% hơn 47.400 vụ, năm 2025.\n"
                "ThiếuTướngNguyễnVăn()-;:/0123456789"
            )
        ),
        max_size=300,
    )
)
def test_any_text_extracts_with_spans_inside(text):
    facts = extract(text, "fuzz.txt")
    for sentence in facts.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for stat in facts.statistics:
        for span in stat.spans:
            assert 0 <= span.start <= span.end <= len(text) and text[span.start : span.end] == span.text
    for person in facts.persons:
        for span in person.mentions:
            assert text[span.start : span.end] == span.text


def test_a_report_of_thousands_of_numbers_yields_each_once():
    # Regression: clause and comparison look-ups once scanned from the sentence's start, which
    # made a long list of figures quadratic.
    text = "Báo cáo 01/02/2025 08:00\n\n" + ", ".join(f"{i} vụ tăng {i % 97},5%" for i in range(1, 1501)) + "."
    stats = extract(text, "many.txt").statistics
    counts = [s for s in stats if s.unit == "vụ"]
    assert [s.value for s in counts] == [float(i) for i in range(1, 1501)]
    assert sum(1 for s in stats if s.unit == "percent" and s.direction == "increase") == 1500


def test_a_local_papers_province_names_its_bare_units():
    from graph.extract import Metadata

    text = ("Tổng kết công tác năm 2025\n\nNgày 20-12, Công an tỉnh tổ chức hội nghị tổng kết. "
            "Đại tá Trần Minh Quân, Giám đốc Công an tỉnh phát biểu.")
    facts = extract(text, "x.html", Metadata(publisher="Báo Quảng Ngãi", published="2025-12-21"))
    assert [o.name for o in facts.organizations] == ["Công an tỉnh Quảng Ngãi"]
    assert facts.persons[0].positions[0].organization == "Công an tỉnh Quảng Ngãi"
