"""Property tests over the whole of Unicode: the text module and the extractor take any string.

``test_text.py`` and ``test_extract.py`` fuzz with alphabets chosen to fire the patterns; here the
alphabet is every code point (surrogates aside: a report is read as UTF-8, which cannot carry
them), mixed with Vietnamese news vocabulary, in NFC and in NFD. What must hold for any input:
no crash, every offset inside the text and its span equal to the slice it names, normalisation
and tone folding that round-trip, and an RDF graph whose text selectors point back at the text.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Namespace

from graph.extract import extract
from graph.facts import Span
from graph.rdf import facts_to_graph
from graph.text import (
    find_dates,
    find_numbers,
    fold_tones,
    key,
    nfc,
    parse_date,
    parse_number,
    search_key,
    sentences,
    slug,
    strip_accents,
    tokens,
)

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOWER = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Every code point but surrogates.
anything = st.characters(codec=None, exclude_categories=("Cs",))
#: Pieces of Vietnamese news (written here), so that random text also reaches the extractor's rules.
NEWS = ["Công an", "tỉnh", "TP.", "Hà Nội", "Cần Thơ", "Thiếu tướng", "Đại tá", "Nguyễn Văn An", "Giám đốc",
        "Chủ tịch", "UBND", "Phó", "giảm", "tăng", "13,66%", "47.400 vụ", "hơn", "gần", "so với cùng kỳ",
        "năm 2025", "ngày 18/7/2025", "6 tháng đầu năm", "hội nghị", "tổng kết", "trao tặng", "giấy khen",
        "tiếp nhận", "nhiệm vụ", "cấp GPLX", ".", ",", ";", ":", "\n", "\n\n", " ", "(", ")", "–", "“", "”"]
news = st.lists(st.one_of(st.sampled_from(NEWS), st.text(anything, max_size=4)), max_size=80).map(" ".join)
texts = st.one_of(st.text(anything, max_size=300), news)


def forms(text: str) -> list[str]:
    """Return the text as given, composed and decomposed."""
    return [text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)]


def spans_in(obj: Any) -> Iterator[Span]:
    """Yield every Span held anywhere in a (nested) fact."""
    if isinstance(obj, Span):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from spans_in(getattr(obj, f.name))
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from spans_in(item)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from spans_in(item)


def assert_span(text: str, span: Span) -> None:
    assert 0 <= span.start <= span.end <= len(text), (span, len(text))
    assert text[span.start : span.end] == span.text, (span, text[span.start : span.end])


# --------------------------------------------------------------------------- the text module


@given(texts)
@FUZZ
def test_normalisation_round_trips(text: str) -> None:
    composed = nfc(text)
    assert unicodedata.is_normalized("NFC", composed)
    assert nfc(composed) == composed
    assert nfc(unicodedata.normalize("NFD", text)) == composed
    folded = fold_tones(text)
    assert unicodedata.is_normalized("NFC", folded) and fold_tones(folded) == folded
    assert len(folded) == len(composed)  # folding moves marks, never lengths: offsets survive it
    assert fold_tones(unicodedata.normalize("NFD", text)) == folded
    assert strip_accents(folded) == strip_accents(text)


@given(texts)
@FUZZ
def test_keys_ignore_the_normal_form_and_the_tone_placement(text: str) -> None:
    for variant in forms(text)[1:] + [fold_tones(text)]:
        assert key(variant) == key(text)
        assert search_key(variant) == search_key(text)
    assert key(key(text)) == key(text)
    assert re.fullmatch(r"[a-z0-9-]*", slug(text)), slug(text)


@given(texts)
@FUZZ
def test_tokens_sentences_numbers_and_dates_point_into_the_text(text: str) -> None:
    for variant in forms(text):
        for span in tokens(variant):
            assert_span(variant, span)
        last = 0
        for span in sentences(variant):
            assert_span(variant, span)
            assert last <= span.start
            last = span.end
        for match in find_numbers(variant):
            assert 0 <= match.start < match.end <= len(variant)
            assert variant[match.start : match.end] == match.text
            assert match.value == match.value  # not NaN
        for date in find_dates(variant):
            assert 0 <= date.start <= date.end <= len(variant)
            assert variant[date.start : date.end] == date.text


@given(st.text(anything, max_size=40))
@FUZZ
def test_single_value_parsers_take_anything(text: str) -> None:
    value = parse_number(text)
    assert value is None or value == value
    parse_date(text)


# --------------------------------------------------------------------------- the extractor


@given(texts)
@SLOWER
def test_the_extractor_takes_any_text_and_every_span_is_its_slice(text: str) -> None:
    for variant in forms(text)[::2]:  # as given, and decomposed (the offsets index the text as given)
        facts = extract(variant, "fuzz.txt")
        assert facts.text == variant
        for span in spans_in(facts):
            assert_span(variant, span)
        covered = "".join(s.text for s in facts.sentences)
        assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", variant) or len(facts.sentences) < 2
        # the scorer's JSON survives a round trip through text
        data = facts.to_json()
        assert json.loads(json.dumps(data, ensure_ascii=False)) == json.loads(json.dumps(data))


@given(news)
@SLOWER
def test_text_selectors_in_the_graph_point_back_at_the_report_text(text: str) -> None:
    facts = extract(text, "fuzz.txt")
    graph = facts_to_graph(facts)
    stored = [str(t) for t in graph.objects(None, SCHEMA.text)]
    assert len(stored) <= 1
    for target in set(graph.subjects(OA.hasSelector, None)):
        selectors = list(graph.objects(target, OA.hasSelector))
        exact = [str(o) for s in selectors for o in graph.objects(s, OA.exact)]
        for s in selectors:
            for start in graph.objects(s, OA.start):
                end = next(iter(graph.objects(s, OA.end)))
                a, b = int(start), int(end)
                assert stored and 0 <= a <= b <= len(stored[0])
                if exact:
                    assert stored[0][a:b] == exact[0]


#: Invented paragraphs dense in what the readers of names, posts, units and events step through.
CUT_PARAGRAPHS = [
    "Thượng tá Lê Văn Tám - Phó trưởng Công an huyện Mây Sơn, kiêm Đội trưởng Đội CSĐT (Công an huyện "
    "Mây Sơn) cho biết: ngày 5/6, ông Trần Văn Bảy (45 tuổi; nhân viên Công ty Hạ Mây) và bà Đỗ Thị Hoa, "
    "nguyên Chủ tịch UBND xã Tân Lộc, đã bị khởi tố về tội “Lừa đảo chiếm đoạt tài sản”.",
    "Dự hội nghị có ông Lương Văn Khải, Ủy viên Trung ương Đảng, Phó Bí thư Tỉnh ủy Lam Sơn; Đại tá Hồ "
    "Văn Mười, Giám đốc Công an tỉnh. UBND tỉnh yêu cầu Sở Y tế kiểm tra, xử lý nghiêm; giảm 13,66% so với "
    "cùng kỳ, hơn 47.400 vụ.",
]


def test_a_report_cut_right_after_any_word_or_mark_extracts():
    """Extract every prefix of the paragraphs that ends right after a word or a mark.

    Scraped lines end anywhere ('Thượng tá A - Phó trưởng Công an huyện X,' and a break): a reader
    that looks one token past a name's comma or bracket must find the sentence's end there.
    """
    for paragraph in CUT_PARAGRAPHS:
        cuts = {m.end() for m in re.finditer(r"\S+", paragraph)} | {m.end() for m in re.finditer(r"[,;:()\-–“”]", paragraph)}
        for cut in sorted(cuts):
            text = "Tin tổng hợp\n\n" + paragraph[:cut]
            facts = extract(text, "cut.txt")
            for person in facts.persons:
                assert person.name in text
