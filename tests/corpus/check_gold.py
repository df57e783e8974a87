#!/usr/bin/env python3
"""Check the hand-annotated gold files of the test corpus against their reports.

Usage: python tests/corpus/check_gold.py [GOLD.json ...]   (default: every file in tests/corpus/gold)

Every quote, mention, alias and name must occur in the report text; every number written in digits
in the report must be annotated as a statistic, an uncertain item or a listed non-statistic, unless
it is part of a date, a year, a time of day or a period length ('6 tháng đầu năm').
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
GOLD = HERE / "gold"

REQUIRED = {
    "report": str, "article": dict, "persons": list, "organizations": list, "generic_mentions": list,
    "unit_counts": list, "places": list, "events": list, "tasks": list, "statistics": list,
    "statistics_period": dict, "uncertain": list,
}
RANKS = {
    "Đại tướng": "General", "Thượng tướng": "Senior Lieutenant General", "Trung tướng": "Lieutenant General",
    "Thiếu tướng": "Major General", "Đại tá": "Senior Colonel", "Thượng tá": "Colonel",
    "Trung tá": "Lieutenant Colonel", "Thiếu tá": "Major", "Đại úy": "Captain",
    "Thượng úy": "Senior Lieutenant", "Trung úy": "Lieutenant", "Thiếu úy": "Second Lieutenant",
}
ORG_KINDS = {"police", "government", "council", "party", "ministry", "department", "procuracy", "court",
             "front", "legislature", "agency", "committee"}
PLACE_KINDS = {"province", "city", "ward", "commune", "district", "special-zone", "industrial-zone",
               "border-gate", "airport", "region"}
QUALIFIERS = {"more-than": ("hơn", "trên"), "nearly": ("gần",), "about": ("khoảng", "ước", "ước tính"),
              "at-least": ("ít nhất", "từ", "tối thiểu"), "at-most": ("không quá", "đến", "tối đa", " - ")}
DIRECTIONS = {"increase": ("tăng",), "decrease": ("giảm", "kéo giảm")}
COMPARED_TO = {"same-period-last-year", "previous-period", "period-immediately-before-merger", "plan"}
UNCERTAIN_CATEGORIES = {"person", "organization", "statistic", "place", "task", "event"}
WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10}
MULTIPLIERS = {"nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9}  # folded into the value (GUIDELINES.md)
ABBREVIATIONS = {
    "tp": "thành phố", "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "gplx": "giấy phép lái xe",
    "pccc": "phòng cháy chữa cháy", "csgt": "cảnh sát giao thông", "vksnd": "viện kiểm sát nhân dân",
    "tand": "tòa án nhân dân", "mttq": "mặt trận tổ quốc",
}
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def fold(word: str) -> str:
    """Move a syllable's tone mark to a fixed place so that 'Hoà' and 'Hòa' compare equal."""
    chars = unicodedata.normalize("NFD", word)
    tone = "".join(c for c in chars if c in TONES)
    return unicodedata.normalize("NFC", "".join(c for c in chars if c not in TONES)) + tone


def key(text: str) -> str:
    """Normalise a name for comparison: case, tone placement, abbreviations, punctuation."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"tp\.\s*hcm|tp\s+hcm", "thành phố hồ chí minh", text)
    words = [w.strip(".") for w in re.split(r"[\s,;:()\"“”'‘’\-–—/]+", text)]
    return " ".join(fold(x) for w in words if w for x in ABBREVIATIONS.get(w, w).split())


def parse_number(token: str) -> float:
    """Read a Vietnamese number: decimal comma, thousands dot."""
    token = token.rstrip(".,")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", token):
        return float(token.replace(".", ""))
    return float(token.replace(".", "").replace(",", "."))


def numbers(text: str) -> list[tuple[float, int, int]]:
    """Every number written in digits in ``text``, with its offsets."""
    return [(parse_number(m.group()), m.start(), m.end()) for m in NUMBER.finditer(text)]


def scale_after(text: str, end: int) -> float:
    """The product of the scale words right after a number ('tỷ', 'nghìn tỷ'), 1 when none follows."""
    factor = 1.0
    for word in text[end:].split():
        if word not in MULTIPLIERS:
            break
        factor *= MULTIPLIERS[word]
    return factor


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``needle`` occurs in ``text``."""
    spans, start = [], text.find(needle)
    while needle and start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def is_calendar(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] belongs to a date, year, time of day or period length."""
    token = text[start:end]
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if re.fullmatch(r"(19|20)\d\d", token) or re.search(r"\d:$", before) or re.match(r":\d", after):
        return True
    if re.search(r"(ngày|tháng|giờ|quý [IVX]+/)\s*$", before) or re.match(r"\s*(tháng|giờ)\b", after):
        return True
    # dd/mm, dd-m, dd/mm/yyyy, with a valid day and month on the right side of the separator
    for m in re.finditer(r"(?<![\d.,])(\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?(?!\d|,\d)", text):
        inside = m.start() <= start and end <= m.end()
        if inside and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            return True
    return False


def check_statistic(stat: dict, where: str) -> list[str]:
    """Check one statistic's value, unit, qualifier and direction against its own quote."""
    errors = []
    quote = stat.get("quote") or ""
    value = stat.get("value")
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return [f"{where}: value {value!r} is not a JSON number"]
    # '2,4 tỷ đồng' is annotated as 2400000000 đồng: a number followed by a scale word counts times it.
    found = [(v, s, e) for v, s, e in numbers(quote)
             if abs(v * scale_after(quote, e) - value) < 1e-9 * max(1.0, abs(value))]
    words = [w for w, n in WORD_NUMBERS.items() if n == value and re.search(rf"(?<!\w){w}(?!\w)", quote)]
    if not found and not words:
        return [f"{where}: value {value} is not written in its quote {quote!r}"]
    if found:
        _, s, e = found[0]
        after = quote[e:].lstrip()
        # a range '5 - 10%' puts both ends in percent
        percent = after.startswith("%") or bool(re.match(r"[-–]\s*\d[\d.,]*\s*%", after))
        if percent != (stat.get("unit") == "percent"):
            follows = "follows" if percent else "does not follow"
            errors.append(f"{where}: unit {stat.get('unit')!r} but '%' {follows}")
        for mult in MULTIPLIERS:
            if str(stat.get("unit", "")).startswith(mult + " "):
                errors.append(f"{where}: the scale word '{mult}' belongs in the value, not the unit")
        before = " " + quote[:s].rstrip().casefold()
        qualifier = stat.get("qualifier")
        written = next((q for q, ws in QUALIFIERS.items() if q in ("more-than", "nearly", "about")
                        and any(before.endswith(" " + w) for w in ws)), None)
        if written and qualifier != written:
            errors.append(f"{where}: quote says {written!r} but qualifier is {qualifier!r}")
        said = next((d for d, ws in DIRECTIONS.items() if any(before.endswith(" " + w) for w in ws)), None)
        if said and stat.get("direction") != said:
            errors.append(f"{where}: quote says {said!r} but direction is {stat.get('direction')!r}")
    if stat.get("qualifier") and stat["qualifier"] not in QUALIFIERS:
        errors.append(f"{where}: unknown qualifier {stat['qualifier']!r}")
    words_for = QUALIFIERS.get(stat.get("qualifier") or "", ())
    if stat.get("qualifier") and not any(w in quote.casefold() for w in words_for):
        errors.append(f"{where}: qualifier {stat['qualifier']!r} has no word for it in the quote")
    if stat.get("direction") and stat["direction"] not in DIRECTIONS:
        errors.append(f"{where}: unknown direction {stat['direction']!r}")
    if stat.get("compared_to") and stat["compared_to"] not in COMPARED_TO:
        errors.append(f"{where}: unknown compared_to {stat['compared_to']!r}")
    if not stat.get("unit") or not stat.get("measure"):
        errors.append(f"{where}: missing unit or measure")
    return errors


def valid_date(text: str | None) -> bool:
    try:
        date.fromisoformat(str(text))
    except ValueError:
        return False
    return True


def check_gold(gold_path: Path, reports: Path = REPORTS) -> list[str]:
    """Return every problem found in one gold file (empty when it is consistent with its report)."""
    raw = gold_path.read_text(encoding="utf-8")
    try:
        gold = json.loads(raw)
    except ValueError as err:
        return [f"invalid JSON: {err}"]
    errors = [] if unicodedata.normalize("NFC", raw) == raw else ["gold file is not NFC"]
    if not isinstance(gold, dict) or not isinstance(gold.get("report"), str):
        return errors + ["no 'report' key"]
    if gold["report"] != gold_path.stem + ".txt":
        errors.append(f"report is {gold['report']!r}, expected {gold_path.stem + '.txt'!r}")
    report = reports / gold["report"]
    if not report.exists():
        return errors + [f"no report {report}"]
    return errors + check(gold, report.read_text(encoding="utf-8"))


def check(gold: dict, text: str) -> list[str]:
    """Return every problem found in a gold annotation of ``text``."""
    errors = [f"missing or mistyped key {k!r}" for k, t in REQUIRED.items() if not isinstance(gold.get(k), t)]
    if errors:
        return errors
    if unicodedata.normalize("NFC", text) != text:
        errors.append("report text is not NFC")

    def need(fragment: str | None, where: str) -> None:
        if not fragment or fragment not in text:
            errors.append(f"{where}: {fragment!r} is not in the text")

    # article: headline line, then the date-time either on the same line or on the next one
    art = gold["article"]
    lines = [ln for ln in text.splitlines() if ln.strip()]
    need(art.get("quote"), "article.quote")
    if not lines[0].startswith(art.get("title", "\0")):
        errors.append("article.title does not start the first line")
    stamp = re.search(r"(\d{2})/(\d{2})/(\d{4})(?: (\d{2}):(\d{2}))?\s*$", lines[0]) or \
        re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})(?: (\d{2}):(\d{2}))?", lines[1].strip())
    if not stamp:
        errors.append("no publication date after the headline")
    else:
        d, m, y, hh, mm = stamp.groups()
        want = f"{y}-{m}-{d}" + (f"T{hh}:{mm}:00+07:00" if hh else "")
        if art.get("published") != want:
            errors.append(f"article.published {art.get('published')!r} != {want!r}")

    orgs = {o.get("name"): o for o in gold["organizations"]}
    org_keys = {key(f): o["name"] for o in gold["organizations"] for f in [o["name"], *o.get("aliases", [])]}
    for o in gold["organizations"]:
        # context_name: the name completed from context ('Đảng ủy Công an tỉnh Gia Lai'), not verbatim
        context = o.get("context_name", [])
        context = [context] if isinstance(context, str) else context
        if not all(isinstance(c, str) and c for c in context):
            errors.append(f"organisation {o.get('name')}: context_name must be a string or list of strings")
        org_keys.update({key(c): o["name"] for c in context if isinstance(c, str)})
    persons = {p.get("name"): p for p in gold["persons"]}
    generic = set(gold["generic_mentions"])
    if len(orgs) != len(gold["organizations"]) or len(persons) != len(gold["persons"]):
        errors.append("duplicate person or organisation names")

    for p in gold["persons"]:
        where = f"person {p.get('name')}"
        need(p.get("name"), where)
        for variant in p.get("name_variants", []):
            if key(variant) != key(p["name"]):
                errors.append(f"{where}: variant {variant!r} is not a spelling of the name")
        if not p.get("mentions"):
            errors.append(f"{where}: no mentions")
        for mention in p.get("mentions", []):
            need(mention, f"{where} mention")
        if p.get("rank"):
            if RANKS.get(p["rank"]) != p.get("rank_en"):
                errors.append(f"{where}: rank {p['rank']!r} / rank_en {p.get('rank_en')!r}")
            if not any(f"{p['rank']} {p['name']}" in m for m in p.get("mentions", [])):
                errors.append(f"{where}: no mention writes the rank before the name")
        for post in p.get("positions", []):
            if post.get("organization") not in orgs:
                errors.append(f"{where}: position in {post.get('organization')!r}, not an organisation")
            if not post.get("title") or not post.get("title_en"):
                errors.append(f"{where}: position without title or title_en")
            elif not any(post["title"].casefold() in m.casefold() for m in p.get("mentions", [])):
                errors.append(f"{where}: no mention writes the title {post['title']!r}")

    for o in gold["organizations"]:
        where = f"organisation {o.get('name')}"
        if o.get("composed"):
            if key(o["name"]) in key(text):
                errors.append(f"{where}: marked composed but the text writes it")
            if not o.get("aliases"):
                errors.append(f"{where}: composed but no alias from the text")
        else:
            need(o.get("name"), where)
        for alias in o.get("aliases", []):
            need(alias, f"{where} alias")
        if o.get("kind") not in ORG_KINDS:
            errors.append(f"{where}: kind {o.get('kind')!r}")
        if o.get("part_of") and o["part_of"] not in orgs:
            errors.append(f"{where}: part_of {o['part_of']!r} is not an organisation")
        if not o.get("name_en"):
            errors.append(f"{where}: no name_en")
    for mention in generic:
        need(mention, "generic mention")
        if key(mention) in org_keys:
            errors.append(f"generic mention {mention!r} is also an organisation name or alias")

    quotes = {s.get("quote"): s for s in gold["statistics"]}
    for c in gold["unit_counts"]:
        need(c.get("quote"), "unit_count")
        stat = quotes.get(c.get("quote"))
        if not stat or stat.get("value") != c.get("count"):
            errors.append(f"unit_count {c.get('quote')!r} has no statistic with the same quote and value")
        if c.get("of") not in orgs:
            errors.append(f"unit_count {c.get('quote')!r}: of {c.get('of')!r} is not an organisation")

    for pl in gold["places"]:
        need(pl.get("name"), f"place {pl.get('name')}")
        for alias in pl.get("aliases", []):
            need(alias, f"place {pl.get('name')} alias")
        if pl.get("kind") not in PLACE_KINDS:
            errors.append(f"place {pl.get('name')}: kind {pl.get('kind')!r}")
    place_names = {pl["name"] for pl in gold["places"]}

    ids = [e.get("id") for e in gold["events"]]
    if len(set(ids)) != len(ids):
        errors.append("duplicate event ids")
    for e in gold["events"]:
        where = f"event {e.get('id')}"
        need(e.get("quote"), where)
        if e.get("date") and not valid_date(e["date"]):
            errors.append(f"{where}: date {e['date']!r}")
        if e.get("organizer") and e["organizer"] not in orgs:
            errors.append(f"{where}: organizer {e['organizer']!r} is not an organisation")
        for co in e.get("co_organizers", []):
            if co not in orgs:
                errors.append(f"{where}: co-organizer {co!r} is not an organisation")
        if e.get("agent") and e["agent"] not in orgs and e["agent"] not in persons:
            errors.append(f"{where}: agent {e['agent']!r} is neither a person nor an organisation")
        for r in e.get("recipients", []) + e.get("concerns", []):
            if r not in orgs and r not in persons:
                errors.append(f"{where}: recipient {r!r} is neither a person nor an organisation")
        for part in e.get("participants", []):
            if part.get("person") not in persons:
                errors.append(f"{where}: participant {part.get('person')!r} is not a person")
        if e.get("part_of") and e["part_of"] not in ids:
            errors.append(f"{where}: part_of {e['part_of']!r} is not an event id")
        if e.get("place") and e["place"] not in place_names:
            errors.append(f"{where}: place {e['place']!r} is not a place")

    for t in gold["tasks"]:
        where = f"task {t.get('name')}"
        need(t.get("name"), where)
        for alias in t.get("aliases", []):
            need(alias, f"{where} alias")
        if t.get("holder") not in orgs and t.get("holder") not in generic:
            errors.append(f"{where}: holder {t.get('holder')!r} is not an organisation or generic mention")
        if re.search(r"\b(GPLX|ANTT|PCCC)\b", t.get("name", "")) and not t.get("expansion"):
            errors.append(f"{where}: abbreviated name without expansion")
        if not isinstance(t.get("new"), bool) or not t.get("name_en"):
            errors.append(f"{where}: needs name_en and a boolean 'new'")
    if gold.get("tasks_quote"):
        need(gold["tasks_quote"], "tasks_quote")

    sids = [s.get("id") for s in gold["statistics"]]
    if len(set(sids)) != len(sids):
        errors.append("duplicate statistic ids")
    seen = set()
    for s in gold["statistics"]:
        where = f"statistic {s.get('id')}"
        need(s.get("quote"), where)
        errors.extend(check_statistic(s, where))
        if (s.get("quote"), s.get("value"), s.get("measure")) in seen:
            errors.append(f"{where}: duplicate of another statistic")
        seen.add((s.get("quote"), s.get("value"), s.get("measure")))
        own = s.get("period")
        if own and not (valid_date(own.get("start")) and valid_date(own.get("end"))):
            errors.append(f"{where}: bad period {own!r}")
    period = gold["statistics_period"]
    need(period.get("label"), "statistics_period.label")
    dated = valid_date(period.get("start")) and valid_date(period.get("end"))
    if not dated or period["start"] > period["end"]:
        errors.append(f"statistics_period {period!r}")

    for d in gold["uncertain"]:
        need(d.get("quote"), f"uncertain {d.get('item')}")
        if d.get("category") not in UNCERTAIN_CATEGORIES:
            errors.append(f"uncertain {d.get('item')}: category {d.get('category')!r}")
    for n in gold.get("not_statistics", []):
        need(n.get("quote"), "not_statistics")
        if not n.get("reason"):
            errors.append(f"not_statistics {n.get('quote')!r}: no reason")

    # every number in digits is accounted for
    covering = [s.get("quote") for s in gold["statistics"]] + [c.get("quote") for c in gold["unit_counts"]]
    covering += [d.get("quote") for d in gold["uncertain"] if d.get("category") == "statistic"]
    covering += [n.get("quote") for n in gold.get("not_statistics", [])]
    spans = [span for q in covering if q for span in occurrences(text, q)]
    for _, start, end in numbers(text):
        if is_calendar(text, start, end):
            continue
        if not any(s <= start and end <= e for s, e in spans):
            line = text[max(0, start - 40):end + 30].replace("\n", " ")
            errors.append(f"number {text[start:end]!r} is not annotated: …{line}…")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(GOLD.glob("*.json"))
    bad = 0
    for path in paths:
        if not path.exists() and (GOLD / path.name).exists():
            path = GOLD / path.name
        errors = check_gold(path)
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            gold = {}
        print(f"{path.name}: {'ok' if not errors else f'{len(errors)} problem(s)'}"
              f" ({len(gold.get('persons', []))} persons, {len(gold.get('organizations', []))} organisations,"
              f" {len(gold.get('statistics', []))} statistics)")
        for err in errors:
            print(f"  {err}")
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
