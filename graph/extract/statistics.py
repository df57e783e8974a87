"""Find the figures a report gives: counts, percentages, changes and what they are compared with.

A figure is a number that counts something ('hơn 38.250 trường hợp vi phạm') or a percentage
('giảm 12,35% so với cùng kỳ'). Dates, years, times, terms and ordinals are not figures, and a
number word counts only when a counted noun follows it ('năm nhiệm vụ' = five tasks, but
'chính quyền hai cấp' is no figure).
"""

from __future__ import annotations

import re

from graph.facts import Span, Statistic
from graph.text import DateMatch, comparison_after, direction_near, find_numbers, qualifier_before

from .context import Context
from .segment import segment
from .tokens import tokenize

__all__ = ["statistics"]

# Nouns after a number that make it a date, an age, a duration or an ordinal rather than a count.
NOT_COUNTED = {
    "tháng",
    "năm",
    "ngày",
    "giờ",
    "phút",
    "giây",
    "quý",
    "tuần",
    "tuổi",
    "kỳ",
    "cấp",
    "lần",
    "khóa",
    "khoá",
    "đợt",
    "giai",
    "thế",
    "số",
    "điều",
    "khoản",
    "mục",
    "chương",
    "nhiệm",
    "tiếng",
    "buổi",
}
# Words before a number that make it an ordinal, an identifier or part of a date.
# Function words are never what a number counts.
FUNCTION_WORDS = {
    "và",
    "hoặc",
    "với",
    "của",
    "trong",
    "các",
    "những",
    "là",
    "được",
    "đã",
    "so",
    "đến",
    "từ",
    "trên",
    "dưới",
    "cho",
    "tại",
    "theo",
    "này",
    "đó",
    "thì",
    "mà",
    "nhưng",
    "để",
    "bị",
    "có",
}
NOT_COUNT_BEFORE = {
    "thứ",
    "số",
    "điều",
    "khoản",
    "khóa",
    "khoá",
    "năm",
    "tháng",
    "ngày",
    "quý",
    "kỳ",
    "lần",
    "đợt",
    "giai",
    "mục",
    "chương",
    "phần",
    "tập",
    "vòng",
    "nhóm",
    "hạng",
    "top",
}
RANGE_TO_PERCENT = re.compile(r"\s*[-–]\s*\d+(?:[.,]\d+)?\s*%")
CLAUSE_BREAK = re.compile(r"[;,:()]|\s(?:và|đồng thời|trong đó)\s")
MEASURE_END = re.compile(r"[;,.:()“”\"]|\s(?:và|với|so với|trong|tại|góp phần)\s")
LEADING = re.compile(
    r"^(?:(?:trong|sau|qua)\s+[^,]*?,\s*|đồng thời,?\s*|trong đó,?\s*|riêng\s+|cụ thể,?\s*|với\s+)", re.I
)


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Return where the clause holding ``pos`` starts (after the last ',', ';' or 'và' before it)."""
    lo = max(lo, pos - 200)  # a clause is short; looking further back only costs time
    start = lo
    for m in CLAUSE_BREAK.finditer(text, lo, pos):
        start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def _unit(ctx: Context, start: int, end: int) -> tuple[str, int] | None:
    """Return the counted noun after a number and where it ends, or None if none follows."""
    tokens = tokenize(ctx.text, start, min(end, start + 80))
    if not tokens:
        return None
    found = ctx.lex.units.match(tokens, 0)
    if found:
        entry, j = found
        return ctx.text[tokens[0].start : tokens[j - 1].end].lower(), tokens[j - 1].end
    first = tokens[0]
    if first.is_word and first.text.isupper() and first.text in ctx.lex.gazetteer.abbreviations:
        return ctx.lex.gazetteer.abbreviations[first.text], first.end  # '92.300 GPLX'
    if (
        not first.is_word
        or first.lower in NOT_COUNTED
        or first.lower in FUNCTION_WORDS
        or first.text[:1].isupper()
        and first.text.isupper()
    ):
        return None
    # A noun the gazetteer does not know: let word segmentation say where it ends ('đại biểu',
    # 'đảng viên' are one word of two syllables each).
    words = segment(ctx.text[first.start : min(end, first.start + 40)])
    if words and words[0].lower().startswith(first.lower) and len(words[0]) > len(first.text):
        noun = words[0]
        if ctx.text.startswith(noun, first.start):
            return noun.lower(), first.start + len(noun)
    return first.text.lower(), first.end


def statistics(
    ctx: Context,
    dates: list[DateMatch],
    periods: list[DateMatch],
    subjects: dict[int, str],
    main_org: str | None,
) -> list[Statistic]:
    """Return every figure in the report.

    ``dates`` are spans to skip; ``periods`` give each figure its period (the latest one written
    before it, else the report's first); ``subjects`` maps a sentence index to the unit it is about.
    """
    text = ctx.text
    taken = [(d.start, d.end) for d in dates]
    found: list[Statistic] = []
    default_period = periods[0] if periods else None
    for n, sentence in enumerate(ctx.sentences):
        for num in find_numbers(sentence.text):
            start, end = sentence.start + num.start, sentence.start + num.end
            if any(a <= start < b or a < end <= b for a, b in taken):
                continue
            before = text[max(sentence.start, start - 12) : start].split()
            if before and before[-1].lower() in NOT_COUNT_BEFORE:
                continue
            if text[end : end + 1] == ":" or text[start - 1 : start] == ":":
                continue
            fraction_of = re.match(r"/(\d+(?:[.,]\d+)*)", text[end : end + 12])
            if fraction_of or text[start - 1 : start] == "/":
                # '112/127 vụ': both numbers count the noun after the fraction; dates were taken already.
                last = end + fraction_of.end() if fraction_of else end
                found_unit = _unit(ctx, last, sentence.end)
                if found_unit is None:
                    continue
            in_range = RANGE_TO_PERCENT.match(text, end)
            if num.percent or in_range:
                # 'từ 5 - 10%': the lower bound of a range of percentages is a percentage too.
                unit, unit_end = "percent", end
            elif fraction_of or text[start - 1 : start] == "/":
                unit, unit_end = found_unit
            else:
                found_unit = _unit(ctx, end, sentence.end)
                if found_unit is None:
                    continue
                unit, unit_end = found_unit
                if num.word and not ctx.lex.units.match(tokenize(text, end, unit_end), 0):
                    continue
            qualifier = qualifier_before(text, start)
            q_name, q_start = qualifier if qualifier else (None, start)
            direction = direction_near(text, start, end)
            compared = comparison_after(text, end)
            if compared is None:
                later = text.find("so với", end, sentence.end)
                if later != -1 and ";" not in text[end:later] and num.percent:
                    compared = comparison_after(text, later)
            if compared is None and sentence.text.lower().startswith("so với"):
                compared = comparison_after(text, sentence.start)
            previous = found[-1] if found and found[-1].spans[0].start >= sentence.start else None
            bracketed = text[max(0, start - 2) : start].strip() == "(" and num.percent
            if bracketed and previous is not None and direction is None:
                # 'giảm 186 vụ (13,29%)': the percentage restates the change just given.
                direction = (previous.direction, start, start) if previous.direction else None
                compared = compared or ((previous.compared_to, end, end) if previous.compared_to else None)
            clause = _clause_start(text, sentence.start, direction[1] if direction else q_start)
            if unit == "percent":
                cue = direction[1] if direction else q_start
                words = text[clause:cue].strip()
                verb = re.search(r"\s(?:đạt|là|chiếm|ở mức)\s*$", " " + words)
                if verb:
                    words = words[: len(words) - len(verb.group()) + 1].strip()
                measure = LEADING.sub("", words).strip(" ,") or None
                quote_start = clause if measure else min(q_start, direction[1] if direction else start)
                quote_end = end
            else:
                stop = MEASURE_END.search(text, unit_end, sentence.end)
                phrase_end = stop.start() if stop else sentence.end
                words = text[end:phrase_end].split()
                phrase_end = (
                    end
                    + len(" ".join(words[:12]))
                    + (len(text[end:phrase_end]) - len(text[end:phrase_end].lstrip()))
                )
                measure = " ".join(text[end:phrase_end].split()) or unit
                verb = text[clause:q_start].strip()
                if verb and len(verb.split()) <= 4 and not direction:
                    measure = f"{measure} ({verb})"
                quote_start = min(q_start, direction[1] if direction else start)
                quote_end = phrase_end
            if compared:
                quote_end = max(quote_end, compared[2]) if compared[1] < sentence.end else quote_end
            period = _period_for(periods, start) or default_period
            found.append(
                Statistic(
                    measure=measure or unit,
                    value=num.value,
                    unit=unit,
                    qualifier=q_name,
                    direction=direction[0] if direction else None,
                    compared_to=compared[0] if compared else None,
                    period=_period_json(period),
                    about=subjects.get(n, main_org),
                    quote=" ".join(text[quote_start:quote_end].split()),
                    spans=[Span(quote_start, quote_end, text[quote_start:quote_end])],
                )
            )
    return found


def _period_for(periods: list[DateMatch], offset: int) -> DateMatch | None:
    best = None
    for p in periods:
        if p.start <= offset:
            best = p
    return best


def _period_json(period: DateMatch | None) -> dict[str, str] | None:
    if period is None:
        return None
    return {"label": period.text, "start": period.begin.isoformat(), "end": period.end_date.isoformat()}
