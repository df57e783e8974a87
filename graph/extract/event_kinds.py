"""Tell what kind of happening an event is: by the kind words of its name, else by its act."""

from __future__ import annotations

import re

from graph.regex_lead import compile_led

from .event_words import (
    _B,
    _CHARGE_NAMED,
    _E,
    _FAMILY_SETS,
    _NOT_STORY_WORD,
    _NOT_TAKING_BAT,
    _STORY,
    _VEHICLE,
    _WORDS,
    FAMILY_KINDS,
    _words,
)

__all__ = ["EVENT_KINDS", "act_kind", "kind_of"]


# What a happening is, by the first of its words found in its name (order matters: 'khởi tố' before 'vụ').
EVENT_KINDS = tuple(tuple(line.split("\t")) for line in _WORDS["event_kinds"])
# One pattern a kind, of all its words: where it first matches is where the first of its words is found,
# and kind_of reads only that (16 searches of a name, not one for each of the 51 words).
_KINDS = [
    (compile_led(rf"{_B}(?:{_words(*(w for w, k in EVENT_KINDS if k == kind))}){_E}", re.IGNORECASE), kind)
    for kind in dict.fromkeys(k for _, k in EVENT_KINDS)
]


# 'nhiệm vụ', 'chức vụ', 'nghiệp vụ', 'Bộ Nội vụ', 'Vụ trưởng Vụ Pháp chế': a 'vụ' that is no case.
_NO_CASE = re.compile(
    r"(?<![^\W_])(?:(?:nhiệm|chức|nghiệp|công|dịch|phục|thời|mùa|nội)\s+vụ|(?-i:(?<=\S\s)Vụ)|vụ\s+trưởng)(?![^\W_])",
    re.IGNORECASE,
)


# 'bắt đầu', 'bắt gặp', 'bắt tay': a 'bắt' that takes no one in.
_NO_ARREST = re.compile(rf"{_B}bắt\s+{_NOT_TAKING_BAT}{_E}", re.IGNORECASE)


# 'Vụ tai nạn', 'vụ cháy': a case ('vụ') whose own noun, right after it, says what kind it is.
_CASE_NOUN = re.compile(rf"{_B}vụ\s+", re.IGNORECASE)


def kind_of(name: str) -> str | None:
    """Return the kind of happening a name tells, from the first kind word it holds."""
    name = _NO_CASE.sub(lambda m: "_" * len(m.group()), name)
    name = _NO_ARREST.sub(lambda m: "_" * len(m.group()), name)
    # The first word wins; of two at one place the longer ('bắt cóc', a kidnapping, not 'bắt').
    hits = [(m.start(), -len(m.group()), k) for pattern, k in _KINDS if (m := pattern.search(name))]
    if not hits:
        return None
    first, _, kind = min(hits)
    case = _CASE_NOUN.match(name, first)
    if case:  # 'vụ' is any case; the noun it heads (an accident, a fire) is the case's kind
        own = [(-len(m.group()), k) for pattern, k in _KINDS if (m := pattern.match(name, case.end()))]
        return min(own)[1] if own else kind
    return kind


# 'đâm' of a vehicle ('xe tải đâm vào trụ điện', 'đâm thẳng vào dải phân cách') is a crash, not a stabbing:
# 'vào' after it or a vehicle before it in the same clause, and no blade before it nor a body part after
# it ('dùng dao đâm vào bụng', 'đâm vào ngực anh X').
_RAMMED = re.compile(rf"{_B}đâm\s+(?:thẳng\s+|mạnh\s+|sầm\s+|trực\s+diện\s+)?(?:vào|phải){_E}", re.IGNORECASE)
_DRIVEN = re.compile(rf"{_VEHICLE.pattern}(?:(?!{_B}(?:và|rồi){_E})[^,;])*$", re.IGNORECASE)
_BLADE = re.compile(rf"{_B}(?:dao|kéo|mác|kiếm|giáo|vật\s+nhọn|tua\s+vít|dùi|kim\s+tiêm){_E}", re.IGNORECASE)
_BODY_PART = re.compile(rf"(?:\s+(?:vào|trúng))?\s+(?:{_words(*_WORDS['body_parts'])}){_E}", re.IGNORECASE)
# 'bê tông' (concrete), 'thùng các tông' (a carton): no 'tông' of a crash.
_NOT_RAMMING = re.compile(r"(?:bê|các)[\s-]$", re.IGNORECASE)


def act_kind(name: str) -> str | None:
    """Return the kind of a kindless event by its first act of a crime or an accident ('đâm', 'tông')."""
    for verb in _STORY.finditer(name):
        if _NOT_STORY_WORD.match(name, verb.end()):
            continue  # 'bắt đầu', 'chém gió'
        if _NOT_RAMMING.search(name, 0, verb.start()):
            continue
        if _CHARGE_NAMED.search(name, max(0, verb.start() - 24), verb.start()):
            continue  # 'xử lý X về hành vi Giết người': a step of the case, the act only its charge
        rammed = name[verb.start() : verb.start() + 3].lower() == "đâm" and (
            _RAMMED.match(name, verb.start()) or _DRIVEN.search(name, 0, verb.start())
        )
        if rammed and not _BLADE.search(name, 0, verb.start()) and not _BODY_PART.match(name, verb.end()):
            return "accident"
        said = " ".join(verb.group().lower().split())
        kinds = [k for k, family in zip(FAMILY_KINDS, _FAMILY_SETS, strict=True) if k and said in family]
        if kinds:
            return kinds[0]
    return _custody_kind(name)


# 'triệt phá đường dây ma túy', 'bóc gỡ ổ nhóm': a ring busted, its members taken; not a case set up to
# bust it ('xác lập chuyên án để đấu tranh triệt phá').
_BUST = re.compile(rf"{_B}(?:triệt\s+phá|bóc\s+gỡ|triệt\s+xóa){_E}", re.IGNORECASE)
_BUST_PLANNED = re.compile(
    rf"{_B}(?:để|nhằm|đấu\s+tranh|chuyên\s+án|kế\s+hoạch)(?:\s+[^\s,;.]+){{0,2}}\s+$", re.IGNORECASE
)
# 'cảnh sát ập đến khống chế X', 'khống chế đối tượng, đưa về trụ sở': a suspect subdued by the police or
# by bystanders; not a victim held down by an attacker ('cầm dao xông đến khống chế', 'khống chế bé gái').
_SUBDUED = re.compile(rf"{_B}khống\s+chế{_E}", re.IGNORECASE)
_SUBDUERS = re.compile(
    rf"{_B}(?:công\s+an|cảnh\s+sát|trinh\s+sát|CSGT|CSHS|lực\s+lượng|tổ\s+(?:tuần\s+tra|công\s+tác)"
    rf"|chiến\s+sĩ|người\s+dân|mọi\s+người|113){_E}",
    re.IGNORECASE,
)
_SUSPECT = r"đối\s+tượng|nghi\s+(?:phạm|can)|hung\s+thủ"
_SUBDUED_ONES = re.compile(
    rf"(?:\s+(?:được|thành\s+công))*\s+(?:[^\s,;.]+\s+){{0,5}}?(?:đưa\s+(?:về|lên|vào)|giao|bàn\s+giao"
    rf"|{_SUSPECT}){_E}",
    re.IGNORECASE,
)
_SUBDUED_SUSPECT = re.compile(rf"{_B}(?:{_SUSPECT}){_E}", re.IGNORECASE)
_HELD_FOR_HARM = re.compile(
    rf"{_B}(?:dao|súng|cướp|giở\s+trò|xâm\s+hại|đồi\s+bại|trói|hiếp|lửa|cháy|buộc){_E}", re.IGNORECASE
)


def _custody_kind(name: str) -> str | None:
    """Return 'arrest' for a ring busted or a suspect subdued ('triệt phá đường dây', 'khống chế X')."""
    bust = _BUST.search(name)
    if bust and not _BUST_PLANNED.search(name[: bust.start()]):
        return "arrest"
    subdued = _SUBDUED.search(name)
    if subdued is None or _HELD_FOR_HARM.search(name):
        return None
    before = name[: subdued.start()]
    if _SUBDUED_SUSPECT.search(before) and not re.search(rf"{_B}bị{_E}", before):
        return None  # 'Nghi can X khống chế bé gái': the suspect doing it
    return "arrest" if _SUBDUERS.search(before) or _SUBDUED_ONES.match(name, subdued.end()) else None
