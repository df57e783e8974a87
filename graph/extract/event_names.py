"""Name events: cut a clause to the event's name and gather the other wordings the text gives it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from graph.facts import Event, Span
from graph.gazetteer import load
from graph.regex_lead import compile_led
from graph.text import RELATIVE_DAY_RE

from .event_words import (
    _ACT,
    _AT_LEAD,
    _AUX,
    _AUX_RUN,
    _B,
    _COUNTED_ACCUSED,
    _DEATH,
    _E,
    _HAMLETS,
    _HELD,
    _HONORIFICS,
    _LEAD_EVENT,
    _LEVELS,
    _NOT_AUX,
    _NOUN,
    _PAREN,
    _PLACE_SEGMENT,
    _RELATED_LEAD,
    _RUN_ON,
    _SENT,
    _SO_ACT,
    _SPEECH_IN,
    _STORY,
    _UPPER,
    _VAGUE_TIME,
    _WHEN_THEN,
    _WORDS,
    ACT_VERBS,
    ALIAS_WORDS,
    AUXILIARIES,
    CASE_VERBS,
    CUSTODY,
    NAME_WORDS,
    OFFICIAL_VERBS,
    STORY_FAMILIES,
    SUBJECT_WORDS,
    TAKING,
    TRAIL_HEAD_WORDS,
    TURNED_IN,
    VIOLENT,
    _words,
    families_of,
    folded_words,
)
from .organizations import dictionary_words, word_key

__all__ = [
    "act_over_setting", "cap_words", "drop_places", "drop_stock_purpose", "event_aliases", "event_name",
    "name_the_doer", "tidy_name", "title_as_doer",
]


_CHARGE_COLON = re.compile(r"(?<=vụ\sán)\s*:|(?<=án\shình\ssự)\s*:", re.IGNORECASE)
# 'đoàn gồm Thanh tra sở và bộ phận tổ chức cán bộ đến X': the members go, the team stays in the name.
_TEAM_MEMBERS = re.compile(
    rf"(?:(?<=đoàn)|(?<=công\stác))\s+gồm(?:\s+có)?\s+[^,;:.]{{2,80}}?(?=\s+{_SENT}\s)", re.IGNORECASE
)
# 'đoàn đại biểu Bộ X do Ủy viên Trung ương Đảng, Thứ trưởng Y dẫn đầu có chuyến thăm ...': a leader named
# by a chain of titles is an aside of the team's name ('Đoàn kiểm tra do Thanh tra Bộ chủ trì' is its name).
_TEAM_LEADER = compile_led(
    r"(?P<team>(?<![^\W_])(?:đoàn|tổ\s+công\s+tác)(?:\s+[^\s,;.]+){0,8}?),?\s+do\s+[^;.,]{2,60},[^;.]{2,100}?"
    r"\s+(?:chủ\s+trì|làm\s+trưởng\s+đoàn|dẫn\s+đầu|phụ\s+trách)(?![^\W_])",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"\s+(?:gửi\s+)?với\s+nội\s+dung(?![^\W_])", re.IGNORECASE)
_DASHED = re.compile(
    r"(?P<before>(?<!\S)\S*)\s+[-–]\s+(?P<aside>[^-–.;]{2,90}?)\s+[-–](?=\s)(?P<after>\s*\S*)"
)
# A dash that joins a unit to the one above it, not an aside: 'Cơ quan CSĐT – Công an quận X'.
_PARENT_UNIT = re.compile(rf"(?:{_words(*_WORDS['parent_units'])})(?![^\W_])")
# An aside that ends where the next one on a second person starts: 'A – cựu Chủ tịch X và bị can B –'.
_NEXT_PERSON = re.compile(r"\s(?:và|cùng)\s+(?:bị\s+can|bị\s+cáo|ông|bà|anh|chị)\s", re.IGNORECASE)


def _aside(m: re.Match[str]) -> bool:
    """Whether a dash pair holds an aside ('ông A - Giám đốc Sở X - cho biết').

    A dash also joins a range ('5 - 6'), a plate ('34B3 - 32587'), a pair of terms ('kinh tế - xã hội',
    'Sở Giáo dục - Đào tạo'), a road's ends and a unit to its parent: none of these is an aside.
    """
    before, aside, after = m.group("before"), m.group("aside"), m.group("after").strip()
    first = aside.split()[0]
    if (before[-1:].isdigit() and first[:1].isdigit()) or (aside[-1:].isdigit() and after[:1].isdigit()):
        return False  # a range or a plate number
    if before.isalpha() and before.islower() and first.isalpha() and first.islower():
        return False  # 'kinh tế - xã hội', 'chặn xe - kiểm sổ': the halves of one term
    # The sentence resumes after an aside with its verb; a capital goes on with a compound's other half.
    return not (after[:1].isupper() or _PARENT_UNIT.match(aside) or _NEXT_PERSON.search(aside))


def _drop_asides(name: str) -> str:
    """Return a name without its dashed asides, keeping the dashes that join words."""
    out, at = [], 0
    m = _DASHED.search(name)
    while m is not None:
        if _aside(m):
            out.append(name[at : m.end("before")])
            at = m.start("after")
            m = _DASHED.search(name, m.start("after"))
        else:  # the closing dash may open the next aside: look again from the next dash
            m = _DASHED.search(name, m.start("aside"))
    return "".join(out) + name[at:]


WRITTEN_ACTS = _WORDS["written_acts"]
# 'một phụ nữ bị tàn tật', 'bị bệnh tim': a state the person is in, no act that befell them.
_STATES = _words("tàn tật", "khuyết tật", "bệnh", "ốm", "mù", "điếc", "câm", "tâm thần", "thiểu năng")
_SUBJECT_END = compile_led(
    # 'quay trở lại', 'quay lại': a verb of coming back, no auxiliary 'lại'.
    rf"\s+(?:(?!(?<=trở\s)lại|(?<=quay\s)lại)(?:{_words(*AUXILIARIES)}){_NOT_AUX}\s+(?!(?:nhất|đây){_E}))+|\s+(?:bị(?!\s+(?:cáo|can|hại|thương|{_STATES}){_E})|được){_E}"
    rf"|\s+(?=(?:có|ra|ban\s+hành)\s+(?:{_words(*WRITTEN_ACTS)}){_E})",
    re.IGNORECASE,
)
_THEN = re.compile(r".*,\s*(?:rồi|sau\s+đó|thì)\s+", re.IGNORECASE)
_LEAD_TIME = re.compile(r"^(?:trong\s+)?(?:tháng|quý|năm)\s+[0-9IV]\S*\s+(?=\S+\s)", re.IGNORECASE)
_CARRY_OUT = re.compile(r"^(?:tiến\s+hành|thực\s+hiện)\s+(?=\S+\s)", re.IGNORECASE)
# "có mặt" (to be present) is one verb, no "có" to strip.
_VERB_HEAD = re.compile(r"^(?:có(?!\s+mặt)|ra|tiến\s+hành|thực\s+hiện)\s+", re.IGNORECASE)


# Verbs that make a clause of what precedes a subject's end (not 'đến', 'giao': also prepositions).
PREPOSITION_LIKE = _WORDS["preposition_like"]
_HEAD_VERB = re.compile(rf"{_B}(?:{_words(*(v for v in ACT_VERBS if v not in PREPOSITION_LIKE))}){_E}")
# 'Công an TP X tiến hành bắt giữ A': before an act's verb, 'tiến hành' is a light verb a reader drops;
# alone ('tiến hành cuộc họp') it is the act's only verb and stays.
_CARRY_OUT_IN = compile_led(rf"{_B}tiến\s+hành\s+(?={_HEAD_VERB.pattern})", re.IGNORECASE)
# 'X nảy sinh ý định trộm cắp tài sản rồi lẻn vào nhà Y': the intent leads up to the act, and the act is
# what happened; X stays its doer.
_INTENT_THEN = re.compile(
    r"(?<![^\W_])(?:đã\s+)?(?:nảy\s+sinh|nảy\s+ra|nảy)\s+ý\s+(?:định|đồ)\s+"
    r"[^,;.]*?\s*(?:,\s*|\s(?:rồi|nên|và)\s+)(?=\S+\s)",
    re.IGNORECASE,
)
ALIAS_NEW_WORDS = 2  # syllables a wording must add to the name (and to the others) to be one more
NAME_RUN_WORDS = 4  # words a cut name may run on to finish a proper name it stopped inside


# 'vừa', 'đã', 'cũng': words a telling adds to a name that say nothing of what happened.
_AUX_WORDS = {w for phrase in AUXILIARIES for w in folded_words(phrase)}


# 'Đến tối 7/12 X ...': 'đến' goes with the day it leads to.
_DAY_IN_NAME = compile_led(
    r"\s*(?<![^\W_])(?:(?:đến|tới|vào)\s+(?=\S+\s+[0-9]))?(?:(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+)?"
    r"[0-9]{1,2}[/.\-][0-9]{1,2}(?:[/.\-][0-9]{4})?(?![0-9])",
    re.IGNORECASE,
)
# 'xảy ra vào khoảng 12h30 phút trên QL X': the hour the act took, no part of what names it.
_CLOCK_IN_NAME = re.compile(
    r"\s+(?:vào\s+(?:lúc\s+|khoảng\s+)?|lúc\s+|khoảng\s+)[0-9]{1,2}\s*(?:h|giờ)(?:\s*[0-9]{1,2}(?:\s*(?:phút|p|'))?)?"
    r"(?:\s+(?:sáng|chiều|tối|trưa|đêm|cùng\s+ngày|hôm\s+nay|hôm\s+qua))*(?![^\W_])",
    re.IGNORECASE,
)
# 'của địa phương này', 'nói trên': words that point back, not describe.
_POINTER_TAIL = re.compile(
    r"\s+(?:(?:của\s+[^,]{1,25}?\s+)?(?:này|nói\s+trên|trên|đó)|mới\s+đây|vừa\s+qua|gần\s+đây)\s*$",
    re.IGNORECASE,
)


# 'phiên xử phúc thẩm đầu năm 2015': when in the year, not what it was (the date says it).
_PART_OF_YEAR = compile_led(
    r"(?<!tháng)(?<!năm)\s+(?:vào\s+)?(?:đầu|cuối|giữa)\s+(?:năm|tháng)\s+[0-9]+(?:[/.\-][0-9]+)?\s*$",
    re.IGNORECASE,
)
_VAGUE_TIME_IN = compile_led(rf"(?:{_B}trong\s+)?{_VAGUE_TIME.pattern}", re.IGNORECASE)


_SCENE_LEAD = re.compile(
    r"^(?:cảnh(?!\s+(?:sát|cáo|báo|giới|giác|quan|vệ|tỉnh|tượng)(?![^\W_]))|hình\s+ảnh)\s+(?=[^\W\d_])"
)
# A sentence's end inside a name ('tử vong thương tâm. * Vụ tai nạn ...', 'làm tin.Vụ việc'): after a
# lower-case word, not an initial or an abbreviation ('Trần Văn H.', 'TP. HCM', 'Q.Thủ Đức').
_SENTENCE_END = compile_led(rf"(?<=[^\W\d_A-ZĐ]{{3}})\.\s*(?:[*•+]\s*)?(?=[{_UPPER}])")
_UNIT = rf"(?:{_LEVELS}|{_HAMLETS}|tổ(?:\s+dân\s+phố)?|khu(?:\s+phố)?|số)"
_PLACE_NAME = rf"(?:{_UNIT}\s+)?(?-i:[{_UPPER}0-9])[^\s,]*(?:\s+(?-i:[{_UPPER}])[^\s,]*)*"
# 'Lò Văn A, sinh năm 1990, trú tại xã X, huyện Y', 'Lò Văn A 27 tuổi', 'Lò Văn A SN 1990': who the
# person is, after their name; gold names the person alone (an unnamed one keeps its age: 'bé trai 6 tuổi').
_PERSON_DETAILS = re.compile(
    rf"(?<!người\s)(?P<name>(?-i:[{_UPPER}])[^\s,]*)(?:"  # 'người Anh 19 tuổi': a nationality, no name
    rf"(?:\s*,?\s+(?:(?:sinh\s+năm|SN)\s+[0-9]{{4}}|[0-9]{{1,3}}\s+tuổi)(?![^\W_]))+"
    rf"(?:\s*,?\s+(?:(?:thường|tạm)\s+)?(?:trú|ngụ|quê)(?:\s+(?:tại|ở))?\s+{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*)?"
    rf"|,\s+(?:(?:thường|tạm)\s+)?(?:trú|ngụ)(?:\s+(?:tại|ở))?\s+{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*)",
    re.IGNORECASE,
)


_OPEN_PAREN = re.compile(
    r"\s*\((?=\s*(?:SN|sinh\s+năm|[0-9]{1,3}\s+tuổi|(?:thường\s+|tạm\s+)?trú|ngụ|quê)(?![^\W_]))[^()]*$",
    re.IGNORECASE,
)


# Compiled once: built in tidy_name, they were formatted and looked up in re's cache at each call.
_DAY_LEFT = re.compile(rf"(?:\s+{RELATIVE_DAY_RE.pattern})?\s*,(?:\s*,)+", re.IGNORECASE)
_DAY_TAIL = re.compile(rf"(?:\s+{RELATIVE_DAY_RE.pattern})+$", re.IGNORECASE)


# 'Ảnh cắt từ clip ghi lại nhóm X chém ...', 'Hình ảnh 3 đối tượng bị tạm giam': a caption telling what a
# picture or a clip shows; the happening is what it shows.
_MEDIA_LEAD = re.compile(
    r"(?:Ảnh\s+(?:cắt\s+từ\s+(?:clip|video)|minh\s+họa)|Hình\s+ảnh|Clip|Video)(?:\s+(?:ghi|quay)(?:\s+lại)?)?"
    # ('clip dài 30 giây ghi cảnh ...', 'clip này': the clip itself, told of)
    r"(?:\s+cảnh)?\s+(?!(?:dài|ngắn|này|đó|trên|được|có|của|đã)(?![^\W_]))",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # pure; a report asks it of the same clauses and names about four times over
def tidy_name(name: str) -> str:
    """Return a name without asides: parentheses, dashed appositions, days, pointing words."""
    # 'tài xế Phan Văn A (SN 1982': who the person is, in a bracket the phrase's cut left open.
    name = _OPEN_PAREN.sub("", _PAREN.sub("", name))
    if _PERSON_DETAILS.search(name):
        name = re.sub(r",(\s+và\s)", r"\1", _PERSON_DETAILS.sub(r"\g<name>", name))
    name = _drop_asides(name)
    name = _CONTENT.sub("", name)  # 'có văn bản gửi với nội dung X': the document says X
    name = _CHARGE_COLON.sub("", name)  # 'khởi tố vụ án hình sự: X': the charge follows, no break
    name = _TEAM_MEMBERS.sub("", name)
    name = _TEAM_LEADER.sub(r"\g<team>", name)
    name = _DAY_IN_NAME.sub("", _CLOCK_IN_NAME.sub("", name)).replace("(", " ").replace(")", " ")
    # 'các sở, ngành sáng nay, , của UBND': what is left of a day told in passing (two commas at least).
    if name.count(",") > 1:
        name = _DAY_LEFT.sub(" ", name)
    told = " ".join(name.split())
    name = told.strip(" ,.-–“”\"'")
    closing = re.match(r"[ ,.]*([”\"])", told[told.find(name) + len(name) :]) if name else None
    if closing is not None and _unclosed_quote(name.split()) >= 0:
        name += closing.group(1)  # 'về tội “Giết người”': the quote the name opened closes with it
    # 'Liên quan đến vụ X bị tố ...': the incident the sentence is about, named by its noun.
    name = _RELATED_LEAD.sub("", name)
    name = name[media.end() :] if (media := _MEDIA_LEAD.match(name)) else name
    heading = _RUN_ON.search(name) or _SENTENCE_END.search(name)
    if heading:  # a sub-heading run into the next sentence: 'đình chỉ hoạt động Theo đó, ...'
        name = name[: heading.start()].rstrip(" ,.-–")  # 'bắt giữ tại X - Ảnh: ...': the caption's credit
    name = _DANGLING.sub("", _POINTER_TAIL.sub("", _PART_OF_YEAR.sub("", name)))
    # 'cuộc họp ... sáng nay': when it was told, not what it was (the date says it).
    tail = _DAY_TAIL.search(name)
    return _DANGLING.sub("", name[: tail.start()]) if tail and tail.start() > 0 else name


# 'ông Phạm Văn A - Giám đốc Sở X' at a name's end (its closing dash cut off): an aside on who he is.
_DASH_TAIL = re.compile(
    r"\s+[-–]\s+(?:Phó|Giám\s+đốc|Chủ\s+tịch|Trưởng|Bí\s+thư|Chánh|Thứ\s+trưởng|Bộ\s+trưởng|Cục\s+trưởng|Tổng|Nguyên|Cựu)"
    r"(?![^\W_])[^-–]*$"
)


_COMMA = re.compile(r",(?![0-9])|(?<![0-9]),")  # not the decimal comma of '16,5 tỷ'
# Two syllables a cut must not split: a unit's name, a place's level, a document's kind.
_UNIT_WORD = re.compile(rf"(?:{_words(*_WORDS['unsplit_pairs'])})")
_TITLE_START = re.compile(r"Phó|Giám|Chủ|Trưởng|Bí|Chánh|Thứ|Cựu")  # no ranks: "Đại", "Trung" are names too
_UNIT_LEVEL = re.compile(r"(?:nhân|dân|sát|tỉnh|huyện|quận|thành|phố|thị|xã|phường|TP\.?|Q\.|TX|[A-ZĐ]\S*)")


# 'ông A – Chủ tịch UBND TP X về xã Y đối thoại': a title aside the dash opens and the place it ends on
# closes; the sentence goes on after it in lower case.
_TITLE_ASIDE = re.compile(
    r"\s+[-–]\s+(?:Phó|Giám\s+đốc|Chủ\s+tịch|Trưởng|Bí\s+thư|Chánh|Thứ\s+trưởng|Bộ\s+trưởng|Cục\s+trưởng|Tổng)"
    rf"(?![^\W_])[^-–,.;]*?\s(?:{_LEVELS})"
    r"(?:\s+[A-ZĐ][^\s,]*)+(?=\s+\S)"
)


def _drop_title_aside(name: str) -> str:
    """Drop an unclosed dash aside on who a person is when the sentence goes on after it."""
    m = _TITLE_ASIDE.search(name)
    if m is None or not name[m.end() :].split()[0][:1].islower():
        return name
    return name[: m.start()] + name[m.end() :]


# 'để điều tra làm rõ về hành vi X', 'để phục vụ công tác điều tra': the stock purpose of a step of a case,
# which a reader leaves out of its name ('Công an X bắt giữ A'); the telling in full keeps it.
_INQUIRY = re.compile(
    r"(?:\s*,)*\s+để\s+(?:tiếp\s+tục\s+)?(?:phục\s+vụ\s+(?:công\s+tác\s+)?)?(?:điều\s+tra|làm\s+rõ|xử\s+lý)"
    r"(?![^\W_])(?!\s+lại).*$"  # "hủy án để điều tra lại": what a court orders, no stock purpose
)  # case-sensitive: 'ông Nguyễn Văn Để' is a name
TRAIL_KEPT_WORDS = 4  # 'để trả thù việc': a purpose the cut leaves this short is half told
QUOTE_RUN_WORDS = 6  # words a cut name may run on to close a quote it stopped in ('về tội “Giết [người]”')


def _unclosed_quote(words: list[str]) -> int:
    """Return the index of the word that opens a quote these words leave open, or -1."""
    opened = -1
    for i, word in enumerate(words):
        for ch in word:
            if ch == "“" or ch == '"' and opened < 0:
                opened = i
            elif ch in "”\"":
                opened = -1
    return opened


def _cut_short(name: str, words: list[str], limit: int) -> str | None:
    """Return a name cut at ``limit`` words that stops before the phrase the cut splits, or None.

    A quote runs on to its close when that is near, else goes with its lead-in ('… về tội “Vi phạm quy
    định về' → '…'); a purpose or an occasion the cut leaves half told goes ('… để trả thù việc' → '…').
    """
    quote = _unclosed_quote(words[:limit])
    if quote >= 0:
        ahead = range(limit, min(len(words), limit + QUOTE_RUN_WORDS))
        close = next((i for i in ahead if re.search("[”\"]", words[i])), -1)
        if close >= 0:
            return " ".join(words[: close + 1])
        if quote >= TRAIL_HEAD_WORDS:
            return _DANGLING.sub("", " ".join(words[:quote]).rstrip(" ,"))
        return None
    head = " ".join(words[:limit])
    trail = next(
        (m for m in reversed(list(_TRAIL.finditer(head))) if not _LET.match(head, m.end())), None
    )
    if (
        trail is not None
        and len(head[: trail.start()].split()) >= TRAIL_HEAD_WORDS
        and len(head[trail.start() :].split()) <= TRAIL_KEPT_WORDS  # a longer part still tells something
    ):
        return _DANGLING.sub("", head[: trail.start()].rstrip(" ,"))
    return None


def drop_stock_purpose(event: Event) -> None:
    """Name a step of a case without its stock purpose: 'bắt giữ A để điều tra' is named 'bắt giữ A'.

    Done once the tellings are gathered: until then the purpose's words (the charge) tie a body's
    retelling to the lead's ('bị bắt để điều tra về hành vi X'). The first telling keeps them as a wording.
    """
    inquiry = _INQUIRY.search(event.name)
    if inquiry is not None and len(event.name[: inquiry.start()].split()) >= TRAIL_HEAD_WORDS:
        event.name = _DANGLING.sub("", event.name[: inquiry.start()])


def _word_whole(words: list[str], limit: int) -> int:
    """Return ``limit`` moved past the word of two or three syllables a cut there would split.

    'có biểu hiện nghi [vấn]', 'bắt quả [tang]': a cut keeps the word whole (underthesea's word list).
    """
    def _lower(i: int) -> bool:
        return 0 <= i < len(words) and words[i].isalpha() and words[i].islower()

    known = dictionary_words()
    before = " ".join(words[limit - 2 : limit])
    if _lower(limit - 2) and _lower(limit - 1) and word_key(before) in known:
        return limit  # 'hành vi | phạm tội': the cut ends a word already ('vi phạm' overlaps it)
    for start, end in ((limit - 1, limit + 1), (limit - 2, limit + 1), (limit - 1, limit + 2)):
        if all(_lower(i) for i in range(start, end)) and word_key(" ".join(words[start:end])) in known:
            return end
    return limit


def cap_words(name: str, limit: int) -> str:
    """Cut a name to ``limit`` words, at its last comma past the middle when there is one.

    A name cut inside a quote or a trailing purpose stops before it (_cut_short).
    """
    name = _drop_title_aside(name)
    words = name.split()
    if len(words) <= limit:
        return name
    short = _cut_short(name, words, limit)
    if short is not None:
        return short
    # 'ở Vĩnh Phúc', 'Công ty TNHH Đại Nguyên Dương': a cut inside a proper name takes the name whole.
    most = limit + NAME_RUN_WORDS
    if words[limit - 1] in ("-", "–") or _UNIT_WORD.fullmatch(f"{words[limit - 1]} {words[limit]}"):
        limit += 1  # 'xe 82B - 002.23', 'Cơ quan CSĐT Công an tỉnh X': a cut inside a plate or a unit's name
        while limit < min(len(words), most) and _UNIT_LEVEL.fullmatch(words[limit]):
            limit += 1  # 'Công an tỉnh', 'Ủy ban nhân dân huyện': the unit's level, then its place
    else:
        limit = _word_whole(words, limit)
    # 'Lễ hội X lần [thứ 6]', 'Hội nghị Y lần thứ [4]': an ordinal cut in two goes whole.
    if limit < len(words) and words[limit - 1].lower() == "lần" and words[limit].lower() == "thứ":
        limit = min(len(words), limit + 2)
    elif limit < len(words) and words[limit - 1].lower() == "thứ":
        limit += 1
    while limit < min(len(words), most) and (
        words[limit - 1][:1].isupper()
        and words[limit][:1].isupper()
        and not _TITLE_START.fullmatch(words[limit])  # 'Trần Thu Hương Giang Giám [đốc]': a title follows
        or _UNIT_WORD.fullmatch(f"{words[limit - 1]} {words[limit]}")  # 'Tổng Công [ty]': the pair whole
    ):
        limit += 1
    head = _DASH_TAIL.sub("", " ".join(words[:limit]))
    comma = max((m.start() for m in _COMMA.finditer(head)), default=-1)
    # A fuller wording (an alias) keeps all it can: it breaks only at a comma near its end.
    if comma > (len(head) * 3 // 4 if limit >= ALIAS_WORDS else len(head) // 2):
        head = head[:comma]
        # 'trên QL 1A đoạn qua ngã ba X, xã Y, [huyện Z]': an address cut in two goes whole.
        part = _ADDRESS_PART.search(head)
        if part is not None and part.start() > len(head) // 2:
            head = head[: part.start()]
    return _DANGLING.sub("", head.rstrip(" ,"))


_ADDRESS_PART = re.compile(
    rf",\s+(?:{_LEVELS})(?:\s+[A-ZĐ0-9][^\s,]*)+$"
)


# 'phía trước', 'trả trước', 'hôm sau', 'về sau': words that end on 'trước', 'sau' and are whole.
_WHOLE_WITH = ("phía", "hôm", "năm", "lần", "trả", "về", "như", "mặt", "đằng", "ngày")
_AFTER_NOT = "".join(rf"(?<!{w}\s)" for w in _WHOLE_WITH)
# Words that cannot end a name: a cut left them without what they join ('mang theo hung khí như').
_DANGLING = compile_led(
    # 'đối với bị [cáo X]': a cut inside who the act is against leaves neither 'đối' nor 'bị' whole.
    # 'với mục đích [X]': a wish cut from what it wishes.
    r"(?:\s+(?:đối\s+với(?:\s+bị(?:\s+can|\s+cáo)?)?|với\s+(?:mục\s+đích|mong\s+muốn|ý\s+định)|về\s+(?:việc|hành\s+vi|tội)|và|của|cho|với|về|để|tại|trong|từ|đến|là|các|những|một|vào"
    rf"|lúc|sáng|chiều|tối|trưa|đêm|rạng|ngay|như|gồm|{_AFTER_NOT}sau|{_AFTER_NOT}trước|xảy\s+ra"
    r"|vừa|đã|sẽ|đang|(?<!thiết\s)(?<!chuẩn\s)(?<!trang\s)(?<!dự\s)bị|thì|mà|(?<!trở\s)nên|rồi"  # "..., thì"
    r"|trên(?:\s+địa\s+bàn)?|,)|,)+\s*$",
)  # case-sensitive: 'ông Mai Xuân Sáng', 'Nguyễn Văn Để' end on a name, not on 'sáng', 'để'


_AT_PLACE = re.compile(
    r"(?<!xảy\sra)\s+(?:(?:thường\s+|tạm\s+)?(?:trú|ngụ)\s+)?(?:tại|ở)"
    rf"(?:\s+(?:{_HAMLETS}|tổ|khu\s+phố|{_LEVELS}|TX\.?)"
    r"(?:\s+[A-ZĐ0-9][^\s,]*)+(?:,|\s+và(?=\s+(?:xã|phường|huyện|quận|tỉnh)\s))?)+"
    r"(?:(?<=,)(?:\s+[A-ZĐ][^\s,]*)+$)?(?=\s|$)"  # '..., huyện Ia Pa, Gia Lai': the province ends it
)


_TOLD_AT_END = re.compile(r"(?<=\S)\s+(?:đã\s+|vừa\s+)?xảy\s+ra$", re.IGNORECASE)


@lru_cache(maxsize=1024)  # pure; naming and comparing events ask it of the same names twice over
def drop_places(name: str) -> str:
    """Drop 'ở <Place>', 'tại xã X, huyện Y' from a name: where a step happened is rarely what names it."""
    # 'triệt phá X tại xã Y, huyện Z, tạm giữ W': the comma after the place still parts the two acts.
    end = len(name)
    name = _AT_PLACE.sub(lambda m: "," if m.group().endswith(",") and m.end() < end else "", name).rstrip(",")
    out, words, i = [], name.split(), 0
    while i < len(words):
        if words[i].lower() == "ở" and i + 1 < len(words):
            j = i + 1
            if (
                words[j].lower() in ("thành", "thị")
                and j + 1 < len(words)
                and words[j + 1].lower() in ("phố", "xã", "trấn")
            ):
                j += 2
            elif words[j].lower().rstrip(".") in ("tp", "tỉnh", "huyện", "quận", "xã", "phường"):
                j += 1
            k = j
            while k < len(words) and words[k][:1].isupper():
                k += 1
            if k > j:
                i = k
                continue
        out.append(words[i])
        i += 1
    # 'vụ án xảy ra ở X' without its place: 'xảy ra' tells nothing more.
    return _TOLD_AT_END.sub("", " ".join(out))


def _verb_in(head: str) -> bool:
    """Whether ``head`` holds a verb acting on something, not one in a name ('Ủy ban kiểm tra Huyện ủy')."""
    for m in _HEAD_VERB.finditer(head):
        after = head[m.end() :].split()
        if after and not after[0][:1].isupper():
            return True
        # 'Phó Chủ tịch tỉnh X yêu cầu Công ty Y cùng ngư dân thống kê ...': a request in lower case asks a
        # named unit; what follows is what it asked for, not the head's own act.
        if after and _ASKED.fullmatch(m.group()):
            return True
    return False


_ASKED = re.compile(r"yêu\s+cầu|đề\s+nghị|kiến\s+nghị")  # (not 'chỉ đạo': 'Ban chỉ đạo X' names a unit)


# 'Việc X đã hoàn tất': an act told as done, named by the act.
_DONE = re.compile(
    r"việc\s+(.+?)\s+(?:(?:đã|vừa|mới)\s+)?(?:hoàn\s+tất|hoàn\s+thành|kết\s+thúc|xong)(?![^\W_])",
    re.IGNORECASE,
)


# A clause's first words that only join it to what came before: 'Từ đó tòa tuyên phạt ...'.
_CONNECTIVE = re.compile(
    rf"^(?:{_words('từ đó', 'do đó', 'vì vậy', 'vì thế', 'bởi vậy', 'cuối cùng', 'kết quả là', 'hậu quả là')}"
    rf"|{_words('đồng thời')}"
    # 'Sau đó công an bắt giữ X', 'Bước đầu, công an bắt giữ X', 'Đặc biệt, giao Sở X chủ trì ...'.
    rf"|{_words('sau đó', 'ngay sau đó', 'tiếp đó', 'trước đó', 'bước đầu', 'tuy nhiên', 'theo đó')}"
    rf"|{_words('đặc biệt', 'ngoài ra', 'bên cạnh đó', 'khi đó', 'lúc này', 'cùng lúc đó')}"
    rf"|thì){_E}\s*,?\s*",
    re.IGNORECASE,
)


# 'Hiện Nguyễn Văn A đang bị tạm giữ': 'now' before the subject, no part of what happened
# ('Hiện trường', 'hiện tượng' are nouns: a subject must follow).
_NOW_SUBJECT = _words(
    *_HONORIFICS, "các", "cơ quan", "công an", "đơn vị", "lãnh đạo", "lực lượng",
    "đối tượng", "nghi phạm", "bị can", "bị cáo",
)
_NOW_LEAD = re.compile(
    rf"^hiện(?:\s+nay|\s+tại|\s+giờ)?\s*,?\s+(?=(?-i:[{_UPPER}])|(?:{_NOW_SUBJECT}){_E})", re.IGNORECASE
)


# 'khi A thì B': A the moment, B the main clause ('khi X đang ... thì bị công an bắt quả tang').
# Who the moment is of, when no auxiliary ends the subject: 'anh Khang lao đến', 'các đối tượng này dùng'.
_WHO_WHEN = re.compile(
    r"(?:(?:anh|chị|ông|bà|em|cháu|cô|bé|bị\s+cáo|bị\s+can|đối\s+tượng|nghi\s+phạm)\s+)?(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,]*\s+){1,4}"
    r"|(?:các|nhóm|hai|ba)\s+(?:đối\s+tượng|nghi\s+phạm|thanh\s+niên)(?:\s+(?:này|trên))?\s"
)
# 'tại địa phương đã xảy ra vụ việc X': the place leads, what happened is the name.
_PLACE_OCCURRED = re.compile(
    r"^(?:tại|ở|trên)\s+[^;]{1,80}?\s+(?:(?:đã|vừa|mới|lại|liên\s+tục)\s+)*xảy\s+ra\s+(?:một\s+)?"
    r"(?P<what>\S+(?:\s+\S+){3,})",
    re.IGNORECASE,
)
# ', đến khu vực trên thì (bất ngờ) ...': where the moving subject got to, then what happened there.
_ARRIVED_THEN = re.compile(
    r",\s*(?:đến|tới|khi\s+đến|khi\s+tới)\s+[^,]{1,40}?\s+thì\s+(?:bất\s+ngờ\s+)?(?=\S+\s)", re.IGNORECASE
)
# 'đến sáng hôm sau thì gia đình nhận được ...': a time, then what happened in it.
_TIME_THEN = re.compile(r"^(?:đến|tới|vào|lúc|khoảng|sau)\s+[^,]{1,30}?\s+thì\s+(?=\S+\s)", re.IGNORECASE)
# 'thông tin từ Công an huyện X đã khởi tố ...': the unit is the source and the doer; 'thông tin từ' goes.
_SOURCE_LEAD = re.compile(
    r"^(?:theo\s+)?(?:nguồn\s+tin|thông\s+tin|tin)\s+từ\s+(?=(?-i:[A-ZĐ])|(?:công\s+an|cơ\s+quan|ủy\s+ban)\s)",
    re.IGNORECASE,
)
# 'Vào 22h30 các trinh sát ...': a clock time told before the subject, without a comma.
_CLOCK_LEAD = re.compile(
    r"^(?:(?:vào|lúc|khoảng)\s+)*[0-9]{1,2}\s*(?:h|giờ)(?:\s*[0-9]{1,2}\s*(?:phút|p|')?)?"
    r"(?:\s+(?:sáng|chiều|tối|trưa|đêm|cùng\s+ngày|hôm\s+\S+|ngày\s+[0-9/.\-]+))*\s+(?=\S+\s)",
    re.IGNORECASE,
)


# 'bị nhóm X chém', 'được cảnh sát đưa đến ...': what befell the subject (not 'bị can', 'bị thương').
# 'được vài tháng', 'được 2 năm': a length of time, nothing befalls.
_BEFALL = re.compile(
    rf"\s*(?:bị|được)\s+(?!(?:cáo|can|hại|thương|{_STATES}|vài|mấy|hơn|gần|khoảng){_E}|[0-9])", re.IGNORECASE
)
# Where a long patient's words stop naming who: 'Một nam thanh niên trong cửa hàng', 'ba cán bộ thuộc Sở X'.
_PATIENT_END = re.compile(
    rf"\s+(?:{_words('trong', 'tại', 'ở', 'trên', 'thuộc', 'từ', 'là', 'khi')}){_E}|\s*[,(–-]", re.IGNORECASE
)
# 'Đường dây ma túy do X cầm đầu': who leads it names the patient further; its verb makes no clause of it.
_LED_BY = re.compile(r"\s+do(?:\s+[^\s,.;:]+){1,6}?\s+(?:cầm\s+đầu|làm\s+chủ|chủ\s+mưu)$", re.IGNORECASE)
_BI_COMPOUND = re.compile(rf"{_B}(?:chuẩn|thiết|trang|dự|phòng)$", re.IGNORECASE)  # 'chuẩn bị': no passive
PATIENT_NAME_WORDS = 8  # a longer patient is a clause or a title chain
# ', trị giá khoảng 2 tỷ đồng' after a theft: what the goods were worth, no part of what happened.
_VALUE_TAIL = re.compile(
    rf"\s*,?\s+(?:{_words('trị giá', 'tổng trị giá', 'có giá trị', 'ước tính trị giá')}){_E}.*$",
    re.IGNORECASE,
)
# 'nhiều vàng bị lấy trộm tại tiệm vàng X': a theft and where it was name the incident too.
_PLACED_ACT = re.compile(r"^.+?\s(?:bị|được)\s+(?P<act>(?P<verb>[^,]+?)\stại\s.+)$", re.IGNORECASE)


def _patient(head: str) -> str:
    """Return who a passive clause's long subject names: its words up to a place, an aside or a clause.

    'sinh viên y khoa Phạm Lê Tùng' → itself; 'Một nam thanh niên trong cửa hàng' → 'Một nam thanh niên';
    'Nguyễn Văn A, mắt xích quan trọng ...' → 'Nguyễn Văn A'. '' when no short patient is found.
    """
    head = " ".join(head.split())
    stop = _PATIENT_END.search(head)
    patient = head[: stop.start()] if stop is not None else head
    core = _LED_BY.sub("", patient)
    words = core.split()
    if (
        not words
        or len(words) > PATIENT_NAME_WORDS
        or _NO_DOER.match(core)
        or _LEAD_EVENT.match(" " + core)
        or _verb_in(core)
        or _STORY.search(core)
        or _SPEECH_IN.search(core)
    ):
        return ""
    return patient


# 'Thấy X, …, ', 'Sau khi X, ', 'Bị đánh, ': what led up to the act, told before its doer; what the doer
# did is the main clause after it ('Thấy cửa không khóa, Lâm đột nhập …').
_LEAD_CLAUSE = re.compile(
    rf"^(?:{_words('thấy', 'thấy vậy', 'nghe', 'biết', 'sau khi', 'khi', 'trong lúc', 'lúc', 'phát hiện')}"
    rf"|{_words('trong khi', 'trong quá trình')}"
    rf"|{_words('nhận được', 'nhận tin', 'được tin')}"
    rf"|bị(?!\s+(?:cáo|can|hại){_E})){_E}",
    re.IGNORECASE,
)


# Who is out on a patrol or a case, told by their post: 'tổ công tác', 'các chiến sĩ', 'trinh sát'.
_CREW = re.compile(
    rf"^(?:{_words('tổ', 'đội', 'chiến sĩ', 'chiến sỹ', 'cán bộ', 'trinh sát', 'cảnh sát')}"
    rf"|CSGT|CSCĐ){_E}",
    re.IGNORECASE,
)


# 'Do sự việc xảy ra nên Công an huyện X bắt giữ …', 'thấy nhiều người theo dõi nên cụ ông cầm súng …':
# the cause, then what was done for it.
_CAUSE_SO = re.compile(
    r"^(?i:do|vì|thấy)\s[^,;:]*?\s(?:cho\s+)?nên\s+(?i:đã\s+|liền\s+)?(?P<main>\S+\s+\S+\s+\S.*)$"
)  # case-sensitive 'nên': 'ông Nguyễn Văn Nên' is a name


# 'chị X phát hiện mất toàn bộ số tiền, nên đến cơ quan công an trình báo': what the subject found out,
# then what it did for it; the act after 'nên' has the subject of the finding. Not 'thấy': 'nhận thấy',
# 'cảm thấy' hold it, and the subject would end inside a word.
_FOUND_SO = re.compile(
    r"^(?P<who>[^,;:]{2,40}?)\s+(?:(?i:mới|đã|vừa)\s+)?(?i:phát\s+hiện)\s[^;:]*?,?\s+"
    r"(?:cho\s+)?nên\s+(?i:đã\s+|liền\s+|mới\s+)?(?P<main>\S+\s+\S+\s+\S.*)$"
)  # case-sensitive 'nên', as in _CAUSE_SO


# 'Trong lúc cãi vã anh A lấy dao …': a short moment with no comma, then who acted, named, and the act.
_WHILE_NAMED = re.compile(
    r"^(?:trong\s+(?:lúc|khi)|khi|lúc)\s+(?P<moment>(?:(?-i:[a-zà-ỹđ])\S*\s+){1,4}?)(?=(?-i:[A-ZĐÀ-Ỹ])|"
    rf"{_words(*_HONORIFICS)}\s+(?-i:[A-ZĐÀ-Ỹ]))",
    re.IGNORECASE,
)
# 'Khi biết ông A …', 'khi thấy A …': what the doer learnt, told with its own subject.
_LEARNT = {"biết", "thấy", "nghe", "nhận", "được", "phát", "hay"}
# 'khi đi qua Hà Nội …': a capital after where one went is a place's name, not who acted.
_TOWARD = {
    "qua", "đến", "tới", "về", "vào", "ra", "sang", "ngang", "tại", "ở", "trên", "từ", "huyện", "xã", "tỉnh",
}


def _while_named(clause: str) -> str:
    """Return 'A <act>' for 'Trong lúc <moment> A <act>', when A is a person named and acts at once."""
    lead = _WHILE_NAMED.match(clause)
    # 'khi anh A đến thì …', 'khi tổ Đội X xử lý … thì …': the moment's own subject, told with what befell.
    if lead is None or " thì " in clause:
        return clause
    moment = lead.group("moment").lower().split()
    if (
        moment[0] in _LEARNT
        or moment[-1] in _HONORIFICS
        or any(_CREW.match(" ".join(moment[i:])) for i in range(len(moment)))
    ):
        return clause
    rest = clause[lead.end() :]
    named = _WHO_WHEN.match(rest)
    after = rest[named.end() :] if named is not None else ""
    if named is None or not after[:1].islower() or _HEAD_VERB.search(_COMMA.split(after)[0]) is None:
        return clause
    if not _HONORIFIC_LEAD.match(named.group()) and set(moment) & _TOWARD:
        return clause
    return rest


def _main_after_lead(clause: str) -> str:
    """Return the main clause after a lead that tells what led up to it, when a doer opens it."""
    found = _FOUND_SO.match(clause)
    if found is not None:
        who, main = found.group("who").strip(), found.group("main")
        first = _COMMA.split(main)[0]
        if (
            len(who.split()) <= SUBJECT_WORDS
            and (_HONORIFIC_LEAD.match(who) or who[:1].isupper())
            and _HEAD_VERB.search(who) is None
            and main[:1].islower()  # an act with a subject of its own is told in full below
            and " thì " not in main  # '… nên không trả tiền thì bị đâm': what befell the subject then
            and (_ACT.search(first) or _STORY.search(first))
        ):
            return f"{who} {main}"
    cause = _CAUSE_SO.match(clause)
    first = _COMMA.split(cause.group("main"))[0] if cause is not None else ""
    # 'Do xe đâm vào vách núi nên công tác cứu hộ gặp nhiều khó khăn': no act after it, the cause says more.
    if cause is not None and (_ACT.search(first) or _STORY.search(first)):
        return cause.group("main")
    if _LEAD_CLAUSE.match(clause) is None or _WHEN_THEN.match(clause) is not None:
        return clause
    for comma in _COMMA.finditer(clause):
        rest = clause[comma.end() :].lstrip()
        if " thì " in clause[: comma.start()]:
            break  # 'khi A thì B, C': the lead has its own main clause
        named = _WHO_WHEN.match(rest)
        after = rest[named.end() :].split() if named is not None else []
        # 'từ các tỉnh Hậu Giang, Vĩnh Long, Cần Thơ hẹn nhau': names listed, no clause's end.
        listed = rest[:1].isupper() and clause[: comma.start()].split()[-1][:1].isupper()
        if named is not None and after and after[0][:1].islower() and after[0] not in _NOT_A_PREDICATE:
            if not listed:
                return rest
            continue
        unnamed = re.sub(r"^(?:một\s+số|một|các|nhiều|những|hai|ba|\d+)\s+", "", rest, flags=re.IGNORECASE)
        if _AGENT.match(unnamed) or unnamed != rest and unnamed.lower().startswith("người "):
            return rest  # 'khi đi ngang qua khu C, nhiều người phát hiện …': who acted, unnamed
        if _CREW.match(unnamed) and _HEAD_VERB.search(_COMMA.split(rest)[0]):
            return rest  # 'khi đang tuần tra, tổ công tác phát hiện …': the patrol, then what it did
    return _while_named(clause) if "," not in clause else clause


# 'anh X đang đi bộ trên cầu Y thì bị hai thanh niên khống chế', 'Tài giấu ma túy vào hộp cà phê gửi đi
# thì bị lực lượng chức năng phát hiện': what the subject was doing is the moment; what befell it or what
# it came upon then is the happening.
_THEN_BEFELL = re.compile(
    rf"^(?P<when>[^;:]+?)\s*,?\s+thì\s+(?P<main>(?:bị(?!\s+(?:cáo|can|hại){_E})|phát\s+hiện|bắt\s+gặp|gặp\s+(?:tai\s+)?nạn)\s*\S.*)$",
    re.IGNORECASE,
)
_HONORIFIC_LEAD = re.compile(
    rf"^(?:{_words(*_HONORIFICS, 'đối tượng', 'nghi phạm', 'bị can', 'bị cáo')}){_E}", re.IGNORECASE
)
# '… thì bị lực lượng chức năng phát hiện': the deed found out is the happening, not its being found.
_FOUND_OUT = re.compile(r"^bị\s.*phát\s+hiện\s*$", re.IGNORECASE)


# A patrol on duty: '(đang) làm nhiệm vụ', '(đang) thực hiện nhiệm vụ'.
_ON_DUTY = re.compile(rf"{_B}(?:đang\s+)?(?:làm|thực\s+hiện)\s+nhiệm\s+vụ{_E}", re.IGNORECASE)
DUTY_UNIT_WORDS = 10  # 'tổ công tác của Đội CSGT số 5': a unit; a longer stretch is a clause


def _then_befell(clause: str) -> str:
    """Return 'S bị/phát hiện …' for 'S <what S was doing> thì bị/phát hiện …', when S is told short."""
    then = _THEN_BEFELL.match(clause)
    if then is None or _FOUND_OUT.match(then.group("main")):
        return clause
    when = then.group("when")
    # 'Nghĩa ra sân chơi, một lúc sau mẹ cháu ra gọi thì phát hiện …': a second subject after a comma.
    if any(not (_PLACE_SEGMENT.match(p) or p.strip()[:1].isupper()) for p in _COMMA.split(when)[1:]):
        return clause
    aux, named = _AUX.search(when), _WHO_WHEN.match(when)
    heads = [when[: aux.start()] if aux is not None else ""]
    if named is not None and _HONORIFIC_LEAD.match(named.group()):
        # 'anh Khang': a person. A bare capital may open the sentence ('Hàng chục', 'Người dân') or a
        # unit's name ('Phòng Cảnh [sát]'): no subject read from it alone.
        heads.append(named.group())
    who = next((h.strip() for h in heads if 0 < len(h.split()) <= SUBJECT_WORDS and not _verb_in(h)), "")
    duty = _ON_DUTY.search(when) if not who else None
    if duty is not None:
        # 'tổ công tác của Đội CSGT số 5, Phòng CSGT ... làm nhiệm vụ tại X thì phát hiện …': the patrol
        # on duty is where it was; what it found is the act, the unit (to its first comma) who did it.
        unit = re.split(r",|\s+thuộc\s", when[: duty.start()])[0].strip()  # ('Tổ tuần tra thuộc Phòng X')
        if len(unit.split()) <= DUTY_UNIT_WORDS and not _verb_in(unit):
            return f"{unit} {then.group('main')}".strip()
    return f"{who} {then.group('main')}" if who else clause


# A patrol's round told as the setting of what it did: '(đang) làm nhiệm vụ', 'tuần tra, kiểm soát'.
_ON_ROUND = compile_led(
    rf"{_B}(?:đang\s+)?"
    rf"(?:(?:làm|thực\s+hiện)\s+nhiệm\s+vụ|tuần\s+tra(?:\s*,?\s*kiểm\s+soát)?){_E}",
    re.IGNORECASE,
)
# Where the round was ('tại chợ X', 'trên đường Y'), or none; other words ('Tổ tuần tra Công an X'): a name.
_ROUND_WHERE = re.compile(rf"^(?:(?:tại|trên|ở|dọc|quanh|khu\s+vực|địa\s+bàn){_E}|$)", re.IGNORECASE)
# What ends the round's setting: '…, phát hiện X', '… thì phát hiện X', '… đã phát hiện X'.
_ROUND_END = re.compile(rf",(?![0-9])|\s+(?:thì|đã|liền){_E}", re.IGNORECASE)


def _off_round(clause: str) -> str:
    """Return 'U <act>' for 'U (đang) làm nhiệm vụ/tuần tra tại X, <act>': the round is only where U was."""
    for duty in _ON_ROUND.finditer(clause):
        # 'tổ công tác Đội CSGT số 3, Phòng CSGT, Công an TP X': the unit, then the units it belongs to.
        first, *within = _COMMA.split(clause[: duty.start()])
        unit = re.split(r"\s+thuộc\s", first)[0].strip()  # ('Tổ tuần tra thuộc Phòng X')
        if not unit or _verb_in(unit) or not all(p.strip()[:1].isupper() for p in within):
            continue
        # A unit told in full would fill the name: the act alone names it, as for a long subject.
        unit = unit if len(unit.split()) <= DUTY_UNIT_WORDS else ""
        after = clause[duty.end() :].lstrip()
        acts = _AUX_RUN.sub("", after)
        # 'Lực lượng làm nhiệm vụ vừa phát hiện …': no setting told. With no 'vừa', 'đã' between, the round
        # may name a unit's work ('tổ công tác tuần tra kiểm soát xử lý vi phạm'): no act of its own.
        if acts != after and _HEAD_VERB.match(acts):
            return f"{unit} {acts}".strip()
        ends = [(e.start(), e.end(), e.group()) for e in _ROUND_END.finditer(clause, duty.end())]
        for start, stop, mark in [*ends, (len(clause), len(clause), "")]:
            rest = _AUX_RUN.sub("", clause[stop:].lstrip())
            if mark == "," and (_PLACE_SEGMENT.match(rest) or rest.startswith(("(", "thuộc "))):
                continue  # '…, phường Y, TP Z thì phát hiện': the place runs on
            where = clause[duty.end() : start]
            if not _ROUND_WHERE.match(where.strip()):
                break
            # 'tại ngã tư X phát hiện Y': the act follows the place's name with no mark between ('tại khu
            # vực cháy', 'tại hiện trường vụ án sát hại': a verb after a common noun is part of the place).
            verb = next((v for v in _HEAD_VERB.finditer(where) if where[v.start() - 1] == " "), None)
            last = where[: verb.start()].split()[-1] if verb is not None else ""
            if verb is not None and (last[:1].isupper() or last[-1].isdigit() or last.endswith(")")):
                rest = clause[duty.end() + verb.start() :]
            if _HEAD_VERB.match(rest):
                return f"{unit} {rest}".strip()
            break
    return clause


@cache
def _unit_head() -> re.Pattern[str]:
    """How a unit's name starts ('Ban Chỉ đạo', 'Cơ quan CSĐT', 'UBND'): the gazetteer's unit kinds."""
    heads = sorted({f for e in load().unit_kinds.values() for f in e.forms if f[:1].isupper()}, key=len)
    return re.compile(rf"(?:{'|'.join(re.escape(h) for h in reversed(heads))})(?![^\W_])")


# 'Bộ trưởng X', 'Giám đốc Sở Y', 'ông A cùng Sở B': a person, named by office or by name, not units.
_PERSON_IN_UNIT = re.compile(
    rf"{_B}(?:trưởng|phó|giám\s+đốc|chủ\s+tịch|bí\s+thư|chánh|thứ|cựu|nguyên|{_words(*_HONORIFICS)}){_E}"
)  # case-sensitive: 'Tây Nguyên', 'Ban Chỉ đạo' are names
UNIT_SUBJECT_WORDS = 10  # 'Ban Chỉ đạo Tây Nguyên và UBND tỉnh Đắk Lắk': units named in full, no clause


def _unit_subject(head: str) -> bool:
    """Whether a subject too long for a person's is units named in full: who acted, kept in the name."""
    words, unit = head.split(), _unit_head().match(head.strip())
    # No comma (a title chain, an aside), no title (a person named by office), no act past the unit's
    # kind ('Cơ quan Cảnh sát điều tra' holds one): a clause.
    return (
        unit is not None
        and len(words) <= UNIT_SUBJECT_WORDS
        and "," not in head
        and _PERSON_IN_UNIT.search(head) is None
        and not any(_TITLE_START.fullmatch(w) for w in words)
        and _HEAD_VERB.search(head.strip(), unit.end()) is None
    )


def event_name(clause: str, limit: int = NAME_WORDS) -> str:
    """Name a happening from its clause: the subject when short, the verb and what it acts on."""
    # 'đã tiến hành bắt giữ X' after its source ('Công an tỉnh cho biết, ...'): the act is 'bắt giữ X'.
    # 'Từ đó tòa ...', 'X mới đây đã ...': a link to what came before, a time, no part of what happened.
    clause = _VAGUE_TIME_IN.sub(" ", _CONNECTIVE.sub("", _NOW_LEAD.sub("", tidy_name(clause))))
    clause = _CARRY_OUT.sub("", _AUX_RUN.sub("", _LEAD_TIME.sub("", drop_places(" ".join(clause.split())))))
    clause = _INTENT_THEN.sub("", _CARRY_OUT_IN.sub("", clause))
    clause = _TIME_THEN.sub("", _SOURCE_LEAD.sub("", _CLOCK_LEAD.sub("", clause)))
    clause = _off_round(_main_after_lead(clause))
    occurred = _PLACE_OCCURRED.match(clause)
    if occurred is not None:
        return cap_words(occurred.group("what"), limit)
    when = _WHEN_THEN.match(clause)
    if when is not None:
        # 'khi X đang nhận tiền thì bị công an bắt quả tang': what befell X is the happening, X its subject.
        main, doer = _AUX_RUN.sub("", when.group("main")), _AUX.search(when.group("when"))
        named = _WHO_WHEN.match(when.group("when"))
        heads = [when.group("when")[: doer.start()] if doer else "", named.group() if named else ""]
        who = next((h.strip() for h in heads if 0 < len(h.split()) <= SUBJECT_WORDS), "")
        # 'thì bị bắt', 'thì phát hiện ...': the main clause has no subject of its own, the moment's is it.
        bare = main.lower().startswith(("bị ", "được ")) or _HEAD_VERB.match(main) is not None
        clause = f"{who} {main}" if bare and who else main
    else:
        clause = _then_befell(clause)
    done = _DONE.match(clause)
    if done is not None:  # 'Việc khám nghiệm hiện trường đã hoàn tất': the act is what was done
        return cap_words(" ".join(done.group(1).split()), limit)
    held = _HELD.search(clause)
    if held is not None and _NOUN.match(clause):
        # 'Kỳ thi X diễn ra từ ngày ...': the meeting's noun phrase names it.
        return cap_words(clause[: held.start()], limit)
    subject = _SUBJECT_END.search(clause)
    head = clause[: subject.start()] if subject is not None else ""
    then = _THEN.search(head)
    if subject is not None and then is not None and 0 < len(head[then.end() :].split()) <= SUBJECT_WORDS:
        # 'cả nhóm đến nhà chị Liệu, rồi Đức và Kiên đã đánh ...': the last step's subject is its own.
        clause, head = clause[then.end() :], head[then.end() :]
        subject = _SUBJECT_END.search(clause)
    comma = clause.find(",")
    befell = _BEFELL_PERSON.search(clause, comma) if comma > 0 and subject is None else None
    if befell is not None and _RANKED_PERSON.fullmatch(clause[:comma]):
        # 'Trung tá X, 51 tuổi, Tổ trưởng ... của Phòng Y, Công an tỉnh Z tử vong do ...': who he is runs
        # over several commas, which a cut to the name's length would stop in; what befell him is the event.
        asides = clause[comma + 1 : befell.start()].split(",")
        if all(p.strip()[:1].isupper() or p.strip()[:1].isdigit() for p in asides) and not any(
            _STORY.search(p) or _SPEECH_IN.search(p) for p in asides  # a title may hold 'xử lý'
        ):
            clause = clause[:comma] + " " + clause[befell.start() :].lstrip()
            comma = clause.find(",")
    if subject is None and comma > 0 and len(clause[:comma].split()) <= SUBJECT_WORDS - 1:
        # 'ông X, quyền Chánh Thanh tra Bộ Y thông tin ...': the person, then the act.
        verb = _HEAD_VERB.search(clause, comma)
        title = clause[comma + 1 : verb.start()].strip() if verb else ""
        if verb is not None and not _HEAD_VERB.search(clause, 0, comma) and _only_asides(title):
            clause = clause[:comma] + " " + clause[verb.start() :]
    elif subject is not None and not (
        "," in head and _HEAD_VERB.search(head) or len(head.split()) > SUBJECT_WORDS and _verb_in(head)
    ):
        # A long head that holds a verb is no subject: 'X vào phòng lấy trộm thẻ rồi bán lại để ...'
        # ends at a particle ('lại', 'được') inside its predicate, and the act is the head's.
        befell = _BEFALL.match(clause, subject.start()) or _BEFALL.match(clause, subject.end())
        # 'X, mắt xích trong đường dây vừa bị triệt phá, khai ...': the apposition's passive, not X's.
        closed = ("," not in head or head.rstrip().endswith(",")) and not _BI_COMPOUND.search(head)
        patient = _patient(head) if befell is not None and closed else ""
        place, _, last = head.rpartition(",")
        if not patient and befell is not None and _AT_LEAD.match(" " + place) and "," not in place:
            # 'tại tiệm vàng X, nhiều vàng bị lấy trộm, trị giá Y': what befell what, and where it was.
            patient = _patient(last)
            act = _VALUE_TAIL.sub("", " ".join(clause[befell.start() :].split()))
            if patient and _STORY.search(act) and "," not in act:
                return cap_words(f"{patient} {act} {' '.join(place.split())}", limit)
            patient = ""
        if patient:
            # 'Một nam thanh niên trong cửa hàng đã bị nhóm này chém': who it befell, then what.
            return f"{patient} {cap_words(' '.join(clause[befell.start() :].split()), limit)}"
        # A fuller wording (an alias) keeps units named in full: a reader may name them with the act,
        # though the name, like the gold's, is the act alone.
        fuller = limit >= ALIAS_WORDS and _unit_subject(head)
        bare = _BARE_PASSIVE.match(clause, subject.start())
        whom = " ".join(head.split())
        if (
            bare is not None
            and len(head.split()) > SUBJECT_WORDS
            # ('Công an huyện X, Hà Văn A cũng bị bắt': who it befell may follow a comma; with one, left)
            and "," not in head
            and not fuller
            # (only a noun phrase: 'cơ quan điều tra xác định X có dấu hiệu bị ...' tells a finding)
            and _PATIENT_START.match(whom) is not None
            and _HEAD_VERB.search(whom) is None
            and _NOT_A_PATIENT.search(f" {whom} ") is None
        ):
            # 'Một cơ sở sản xuất X của Y vừa bị triệt phá': no doer told, and a bare 'bị triệt phá' says
            # nothing; the act on whom it befell does ('triệt phá một cơ sở ...').
            act = _PASSIVE_TAIL.split(bare.group("act"), maxsplit=1)[0].strip()
            if whom.split()[0] in _DETERMINERS:
                whom = whom[0].lower() + whom[1:]
            return cap_words(f"{act} {whom}", limit)
        if (len(head.split()) > SUBJECT_WORDS or "," in head) and not fuller:
            clause = _VERB_HEAD.sub("", clause[subject.end() :])  # a title chain: the act alone
            # 'lưu thông theo hướng X, đến khu vực trên thì bất ngờ mất lái ...': what befell it there.
            there = _ARRIVED_THEN.search(clause)
            clause = clause[there.end() :] if there is not None else clause
            # 'clip ... ghi lại cảnh nhóm thanh niên đánh ...': the scene filmed is the act, not the filming.
            clause = _SCENE_LEAD.sub("", clause.lstrip())
        else:
            # The subject comes on top of what the act says: a short name for who, the act in full.
            act = _AUX_RUN.sub("", clause[subject.start() :].lstrip(), count=1)
            return f"{' '.join(head.split())} {cap_words(' '.join(act.split()), limit)}"
    helped = _HELPED.search(clause) if limit < ALIAS_WORDS and len(clause.split()) > limit else None
    # ('do Thanh tra Bộ chủ trì, phối hợp cùng ... Vụ Pháp chế kiểm tra': a one-word verb after a capital
    # may end a unit's name)
    after_capital = helped is not None and clause[: helped.end()].split()[-1][:1].isupper()
    one_word = helped is not None and not _LONG_ACT.match(clause, helped.end())
    if helped is not None and after_capital and one_word:
        helped = None
    if helped is not None and 0 < len(clause[: helped.start()].split()) <= HELPED_DOER_WORDS:
        # 'Đội QLTT số 9 phối hợp với Công an quận X phát hiện và thu giữ ...': who helped would push what
        # was done out of a name cut to length; the fuller wording keeps them.
        clause = f"{clause[: helped.start()].rstrip(' ,')} {clause[helped.end() :]}"
    elif helped is not None and helped.start() == 0 and "," in clause[: helped.end()]:
        # 'phối hợp với A, B, C đã bắt giữ ...' once a long doer is left out: a list of partners would
        # fill the name, cut at one of its commas before the act.
        clause = clause[helped.end() :]
    return cap_words(" ".join(clause.split()), limit)


# A passive with no doer right after the subject: 'vừa bị triệt phá', 'đã bị khởi tố', 'được phát hiện'.
_BARE_PASSIVE = re.compile(
    rf"\s*,?\s*(?:(?:{_words(*AUXILIARIES)})\s+)*(?:bị|được)\s+(?P<act>(?={_ACT.pattern}).+)$", re.IGNORECASE
)
# Where such an act's own words end: its cause, purpose, time or place follows ('bị kỷ luật do ...').
_PASSIVE_TAIL = re.compile(
    r",|\s(?:do|vì|để|nhằm|sau\s+khi|khi|ở|tại|trên|từ|vào|trong|liên\s+quan|nhưng|và)(?![^\W_])",
    re.IGNORECASE,
)
# Words that make a head a clause, a setting or a case, not whom the act befell ('trên người nạn nhân xuất
# hiện dấu hiệu bị ...', 'X giấu ma túy ... thì bị bắt', 'Xung quanh vụ việc bác sĩ X bị bắt').
_NOT_A_PATIENT = re.compile(
    r"[\"“”]|\s(?:thì|nên|rằng|là|có|cho|đến|khi|dấu\s+hiệu|vụ|việc)\s"
    r"|^\s(?:trên|tại|ở|trong|sau|do|vì|thế|đang|đã|vừa|xung\s+quanh|liên\s+quan|về|theo)\s",
    re.IGNORECASE,
)
# How a noun phrase of whom an act befell opens: a name or a capital, a figure, a determiner, a person or a
# thing taken ('điều tra làm rõ vụ X', 'cử lực lượng ...' open clauses, not noun phrases).
_PATIENT_START = re.compile(
    rf"(?-i:[{_UPPER}0-9])|(?:một|các|những|nhiều|hai|ba|hàng|cả|ông|bà|anh|chị|cháu|em|bé|cô|thầy|cụ|hiệu\s+trưởng"
    rf"|giám\s+đốc|chủ\s+tịch|cán\s+bộ|nhân\s+viên|đối\s+tượng|nghi\s+phạm|thi\s+thể|đường\s+dây|cơ\s+sở|ổ|băng"
    rf"|nhóm|người|tàu|xe|chiếc){_E}",
    re.IGNORECASE,
)
# Words that open a common noun phrase, written with a capital only at a sentence's start.
_DETERMINERS = frozenset(("Một", "Các", "Những", "Nhiều", "Hai", "Ba", "Bốn", "Năm", "Hàng", "Cả"))


# A person named with a rank or an honorific, and what befell one: 'Trung tá Lò Văn A', 'tử vong'.
_RANKED_PERSON = re.compile(
    rf"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|tướng)|{_words(*_HONORIFICS)})"
    rf"(?:\s+(?-i:[{_UPPER}])\S*){{1,4}}",
    re.IGNORECASE,
)
# What may stand between a subject and its verb, comma after comma: a title ('Ủy viên Bộ Chính trị, Bí
# thư Thành ủy X'), where one lives ('xã Y, huyện Z'), an age.
_ASIDE_LEAD = re.compile(
    rf"(?:quyền|nguyên|phó|tân|cựu|{_LEVELS}|{_HAMLETS}|đường|số)(?![^\W_])", re.IGNORECASE
)
_BRACKETED = re.compile(r"\([^()]*\)")


def _only_asides(title: str) -> bool:
    """Whether the words between a subject's comma and its verb are asides only: titles, places, an age."""
    parts = [p.strip() for p in _BRACKETED.sub("", title).split(",")]
    return bool(parts[0]) and all(
        p[:1].isupper() or p[:1].isdigit() or _ASIDE_LEAD.match(p) is not None for p in parts
    )


_BEFELL_PERSON = re.compile(rf"\s(?:{_DEATH.pattern}|{_words('bị thương', 'mất tích')}{_E})", re.IGNORECASE)


def act_over_setting(event: Event) -> None:
    """Name an event told as where people were ('X có mặt tại Y') by what they did there, when told."""
    if _PRESENT_AT.search(f" {event.name}") is None:
        return
    tellings = (*(s.text for s in event.spans[:1]), event.name, *event.aliases)
    told = {_present_then_act(tidy_name(t)) for t in tellings}
    act = next((a for a in event.aliases if a in told - {""}), None)
    if act is not None:
        event.aliases = [event.name, *(a for a in event.aliases if a != act)]
        event.name = act


# 'vụ tai nạn giao thông', 'vụ xô xát': an incident named by its noun, who it was between told after.
_INCIDENT_NAME = re.compile(
    r"^(?:vụ|sự\s+cố)\s+(?:tai\s+nạn|TNGT|va\s+chạm|xô\s+xát|ẩu\s+đả|hỗn\s+chiến|đánh\s+nhau|cãi\s+vã)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
# '... đã xảy ra trên quốc lộ 1A, đoạn qua xã X giữa hai xe máy và một xe khách': the parties after the
# place; a road the incident happened on comes first.
_OCCURRED_BETWEEN = re.compile(
    r"\s+(?:(?:đã|vừa|mới)\s+)?xảy\s+ra(?P<where>(?:\s+[^\s.;]+){0,25}?)\s+giữa\s+"
    r"(?P<who>[^,.;:()]{2,80}?\s(?:và|với)\s[^,.;:()]{2,60}?)"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:khiến|làm|tại|trên|ở|vào|lúc|khi|trong)\s)",
    re.IGNORECASE,
)
_ROAD = re.compile(
    r"^\s*(?:trên|tại)\s+(?:quốc\s+lộ|tỉnh\s+lộ|QL|ĐT|đường\s+tỉnh|cao\s+tốc)\s*[0-9][0-9A-Z]*(?![^\W_])",
    re.IGNORECASE,
)
PARTIES_WORDS = 12  # 'giữa A và B' longer than this is a clause, not who it was between


def incident_parties(event: Event) -> None:
    """Name an incident told as 'vụ X đã xảy ra <where> giữa A và B' with who it was between."""
    if not _INCIDENT_NAME.match(event.name) or "giữa" in event.name.lower() or not event.quote:
        return
    quote = " ".join(event.quote.split())
    at = quote.lower().find(event.name.lower())
    told = _OCCURRED_BETWEEN.match(quote, at + len(event.name)) if at >= 0 else None
    if told is None or len(told.group("who").split()) > PARTIES_WORDS:
        return
    road = _ROAD.match(told.group("where"))
    where = f" {' '.join(road.group().split())}" if road is not None else ""
    # The road goes whole after the cut: 'quốc lộ [279]' cut from its number names no road.
    between = cap_words(f"{event.name} giữa {told.group('who').strip()}", NAME_WORDS)
    event.name = f"{between}{where}"


# 'anh ta', 'hắn', 'đối tượng này': who a story's step is of, told before by name.
_ANAPHOR = re.compile(rf"^(?:{_words(*_WORDS['anaphors'])}){_E}", re.IGNORECASE)
# What may stand before a suspect's name: a clause's start, a link, the word for a suspect.
_BARE_NAME_BEFORE = re.compile(
    rf"(?:^|[.,;:\n]|{_B}(?:và|với|đối\s+tượng|nghi\s+phạm|nghi\s+can|bị\s+can|bị\s+cáo))\s*$", re.IGNORECASE
)
ANAPHOR_CHARS = 600  # how far back a pronoun's person is looked for


def name_the_doer(event: Event, text: str, people_at: list[tuple[Span, str]]) -> None:
    """Name a step told of 'anh ta', 'hắn', 'đối tượng này' by the person last named bare before it.

    Suspects are named bare ('Đạt bỏ trốn'), victims and officials with a title or an honorific
    ('anh Toàn', 'Đại tá X'): the pronoun of a suspect's step is the nearest bare name.
    """
    pronoun = _ANAPHOR.match(event.name)
    if pronoun is None or not event.spans:
        return
    at = event.spans[0].start
    lo = max(0, at - ANAPHOR_CHARS)
    named = [(span.start, name) for span, name in people_at if lo <= span.start < at]
    # A story names its suspect in full once, then by the given name alone ('Đạt bỏ trốn').
    given: dict[str, set[str]] = {}
    for _, name in people_at:
        if len(name.split()) > 1:
            given.setdefault(name.split()[-1], set()).add(name)
    for word, names in given.items():
        if len(names) == 1:
            said = re.finditer(rf"{_B}{re.escape(word)}{_E}", text[lo:at])
            named += [(lo + m.start(), *names) for m in said]
    named = [(at_, name) for at_, name in named if _BARE_NAME_BEFORE.search(text, max(0, at_ - 20), at_)]
    if not named:
        return
    name = max(named)[1]
    event.aliases = [event.name, *event.aliases]
    event.name = f"{name}{event.name[pronoun.end() :]}"


TITLE_WORDS = 8  # 'Chủ tịch UBND tỉnh X': a longer stretch before a person's name is more than a title
MOST_ALIASES = 4  # a reader gives an event a few names, not a spray of them
# A title that starts a doer ('Phó Thủ tướng', 'Chủ tịch UBND tỉnh X'); the honorific before a name.
_TITLE_HEAD = re.compile(
    r"(?:Phó\s+)?(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng|Giám\s+đốc|Bí\s+thư|Tổng\s+\S+|Cục\s+trưởng"
    r"|Viện\s+trưởng|Chánh\s+\S+|Trưởng\s+\S+|Tư\s+lệnh)(?![^\W_])"
)
_HONORIFIC_END = re.compile(rf"\s+(?:{_words(*_HONORIFICS)})$")
# Words after a person's name that go on the name's phrase, not start what the person did.
_NOT_A_PREDICATE = ("và", "cùng", "là", "của", "với", "cho", "thì", "mà", "tại", "ở", "trong", "đến", "về")


def title_as_doer(event: Event, people: set[str]) -> None:
    """Add 'Thủ tướng Chính phủ giao X' for 'Thủ tướng Chính phủ Nguyễn Văn A giao X': the title as doer."""
    if len(event.aliases) >= MOST_ALIASES:
        return
    for told in (event.name, *event.aliases):
        for person in people:
            at = told.find(f" {person} ")
            if at <= 0 or not told[:1].isupper():
                continue
            title, rest = _HONORIFIC_END.sub("", told[:at]), told[at + len(person) + 2 :]
            verb = rest.split()[0] if rest.split() else ""
            rest = _AUX_RUN.sub("", rest)  # 'đã ký': the act, as the other wordings give it
            if (
                len(title.split()) <= TITLE_WORDS
                and _TITLE_HEAD.match(title) is not None
                and "," not in title
                and not _verb_in(title)
                and not _STORY.search(title)
                and verb.islower()
                and verb not in _NOT_A_PREDICATE
                and not _SPEECH_IN.match(rest)
            ):
                event.aliases.append(f"{title} {rest}")
                return


# Where a name's core ends and what it is told with begins: a place, a purpose, a ground, an outcome.
# A comma ends a core when an act follows ('X điều tra, làm rõ ...'); before anything else it lists names,
# places or things ('bắt A, B và C', 'dùng kiếm, dao').
# 'nơi ở', 'bên trong', 'nói trên', 'tội danh trên', 'cầm trong tay', 'mang theo', 'đi theo': no adjunct.
# (Python looks behind at a fixed width: one look-behind a word.)
_NOT_ADJUNCT_AFTER = "".join(
    rf"(?<!{w}\s)"
    for w in (
        "nơi", "bên", "phía", "nói", "khu", "danh", "cầm", "mang", "kèm", "đi", "bám", "dõi", "chở", "đuổi",
        "trở", "thế", "Thế", "sở", "Sau",  # 'trở nên', 'thế rồi', 'sở tại', 'Sau khi' (a new sentence)
    )
)
_ADJUNCT = re.compile(
    rf"\s*,\s*(?={_HEAD_VERB.pattern}|đồng\s+thời{_E})"  # ', làm rõ ...': one more act, a clause of its own
    # ('theo học', 'theo dõi': a verb, no ground)
    rf"|\s+{_NOT_ADJUNCT_AFTER}(?-i:{_words(*_WORDS['adjunct_heads'])}){_E}(?!\s+(?:học|dõi){_E})"
)
COMMA_CORE_WORDS = 6  # a shorter stretch before a comma is one item of a list ('họp phân tích, đánh giá')
# A core does not end on a word that needs what follows it ('của', 'phía', 'các').
_OPEN_END = re.compile(
    rf"{_B}(?:{_words('của', 'và', 'các', 'những', 'với', 'cho', 'là', 'phía', 'nơi', 'có', 'nằm', 'bên')}"
    rf"|{_words('đã', 'đang', 'sẽ', 'bị', 'được', 'thì', 'mà', 'rất', 'cả', 'ngay', 'chỉ')}"
    rf"|{_words('trú', 'ngụ', 'sống')})$"
)
CORE_WORDS = 14  # gold names run 13 words at the median: a core is cut within its first 14 words
LONG_NAME_WORDS = 11  # a name this long or shorter is its own core


def core_wording(name: str) -> str:
    """Return a long name cut where its core ends ('X ra quyết định Y đối với Z tại W' → before 'tại'), or ''.

    The cut is at the last adjunct's start within CORE_WORDS words, never inside a quote or a bracket,
    and keeps at least TRAIL_HEAD_WORDS words; a name with no such break has no core wording.
    """
    words = name.split()
    if len(words) <= LONG_NAME_WORDS:
        return ""
    head = " ".join(words[: CORE_WORDS + 1])
    cuts = [
        m.start()
        for m in _ADJUNCT.finditer(head)
        if len(head[: m.start()].split()) >= TRAIL_HEAD_WORDS
        and len(head[: m.start()].split()) <= CORE_WORDS
        and _unclosed_quote(head[: m.start()].split()) < 0
        and head.count("(", 0, m.start()) == head.count(")", 0, m.start())
        and not _OPEN_END.search(head, 0, m.start())
        and (m.group().strip() != "," or len(head[: m.start()].split()) >= COMMA_CORE_WORDS)
    ]
    core = head[: cuts[-1]].rstrip(" ,") if cuts else ""
    # 'Hơn 1 tiếng đồng hồ', 'Trần Văn A và Lò Văn B': no act and no happening's noun, no core of one.
    told = _ACT_START.search(core) or _STORY.search(core) or _NOUN.match(core)
    return core if told else ""


def event_aliases(event: Event) -> list[str]:
    """Return the other wordings the text gives an event: fuller ones, then the act without its frame.

    Fuller: its act uncut, the clause that tells it. Only the first telling counts: later ones
    ('Vụ tai nạn xảy ra lúc ...', a summary retold) give a time or a detail, not another name. A
    telling that adds only an auxiliary ('vừa', 'đã') to what is named already says nothing new.
    Shorter: the act without who did it, or without the purpose or setting that trails it.
    """
    out: list[str] = []
    seen = folded_words(event.name)
    for told in [*event.aliases, *(cap_words(tidy_name(s.text), ALIAS_WORDS) for s in event.spans[:1])]:
        new = folded_words(told) - seen - _AUX_WORDS
        if len(told.split()) < 3 or len(new) < ALIAS_NEW_WORDS:
            continue
        seen |= folded_words(told)
        out.append(told)
    names = {" ".join(event.name.lower().split()), *(" ".join(a.lower().split()) for a in out)}
    whole = tidy_name(event.spans[0].text) if event.spans else ""
    core = core_wording(event.name)  # (not fed to _short_forms: a cut wording is no telling to reword)
    for short in [*_short_forms(event.name, out, whole), *([core] if core else [])]:
        key = " ".join(short.lower().split())
        if key not in names and len(short.split()) >= 3:
            names.add(key)
            out.append(short)
    told = {frozenset(folded_words(n) - _AUX_WORDS) for n in (event.name, *out)}
    for clause in _act_clauses(event):
        words = frozenset(folded_words(clause) - _AUX_WORDS)
        if words not in told:  # (a clause that only adds 'đã' or 'vừa' to a wording is that wording)
            told.add(words)
            out.append(clause)
    return out


# The clauses a telling sentence is made of: its commas and semicolons part them, and 'và' or 'rồi'
# before a second act ('khởi tố bị can và bắt tạm giam Y'); not 'và' between two persons or things, nor
# the comma of a number ('60,5 triệu đồng').
_CLAUSE_BREAK = compile_led(
    rf"\s*(?:;|(?<![0-9]),(?![0-9]))\s*|\s+(?:và|rồi)\s+(?={_ACT.pattern}|{_STORY.pattern})"
)
# 'Công an huyện X, tỉnh Y cho biết đã ...': a clause the comma before a place's province opens is
# what is left of the unit's name, no wording of the act.
_PLACE_LEFT = re.compile(rf"(?:{_LEVELS}|{_HAMLETS}|khu\s+vực)\s")
_SENTENCE_STOP = re.compile(r"[.!?…]+$")


def _act_words(text: str) -> set[str]:
    """Return the act verbs and event nouns of ``text``, lower case."""
    found = (m.group() for pattern in (_ACT, _STORY, _NOUN, _DEATH) for m in pattern.finditer(text))
    return {" ".join(word.lower().split()) for word in found}


def _act_clauses(event: Event) -> list[str]:
    """Return the clauses of the sentence that tells the event which hold its own act, asides dropped.

    'Công an quận X cho biết đã khởi tố vụ án, bắt tạm giam Y để điều tra': the name is cut from the
    sentence as a whole; each clause that tells the name's act ('khởi tố', 'bắt tạm giam') is the
    text's own shorter wording of the happening. A clause of another act tells another happening.
    """
    if not event.spans:
        return []
    acts = _act_words(event.name)
    if not acts:
        return []  # no clause shares an act with the name: no need to part and read the sentence
    sentence = _SENTENCE_STOP.sub("", _PAREN.sub("", event.spans[0].text).strip())
    return [
        clause
        for clause in map(tidy_name, _CLAUSE_BREAK.split(sentence))
        if 3 <= len(clause.split()) <= ALIAS_WORDS
        and not _PLACE_LEFT.match(clause)
        and acts & _act_words(clause)
    ]


# What trails an act and is no part of it: its purpose, its occasion, what it concerns.
_TRAIL = re.compile(
    rf"(?<!triệt)\s+"
    rf"(?:{_words('liên quan đến', 'liên quan tới', 'để', 'nhằm', 'khi', 'sau khi', 'trong khi')}){_E}"
)  # case-sensitive: 'ông Nguyễn Văn Để' is a name; 'triệt để' (thoroughly) is no purpose
_WISH = re.compile(rf",?\s+với\s+(?:mong\s+muốn|mục\s+đích|ý\s+định){_E}", re.IGNORECASE)
# 'X thì xảy ra Y', 'X, xảy ra Y': Y is what happened, X only when or where.
_THEN_OCCURRED = compile_led(
    rf"(?:{_B}thì\s+|,\s+|^)(?:lại\s+|đã\s+|vừa\s+)?xảy\s+ra\s+(?:một\s+)?(?P<what>[^,;]+)", re.IGNORECASE
)
# The verb that starts an act after its doer: an act verb, a crime's verb, 'tiến hành X'.
# 'A và đưa B': a second act joined on.
_NEXT_ACT = re.compile(rf"\s+và\s+(?={_ACT.pattern})", re.IGNORECASE)
_CHARGE_BEFORE = re.compile(rf"{_B}(?:tội|hành\s+vi)(?:\s+\S+){{0,6}}$", re.IGNORECASE)
_TOLD_END = re.compile(rf"{_B}(?:xảy\s+ra|có\s+mặt|diễn\s+ra|được\s+tổ\s+chức)$", re.IGNORECASE)
# What follows a finished wording and tells its occasion, its place or a second step: 'lễ hội X sau sự
# cố Y', 'ập vào quán X nằm trên đường Y', 'có công văn X và đề nghị Y', 'kết luận X đồng thời chuyển Y'.
_AFTERWORD = re.compile(
    rf"\s*,?\s+(?:sau\s+(?:sự\s+cố|vụ|khi)|nằm\s+(?:trên|ở|tại)|và\s+(?:đề\s+nghị|yêu\s+cầu|giao)|đồng\s+thời|tại){_E}"
)  # case-sensitive: a capital starts a name ('Sau', 'Nằm' begin no tail)
# 'để anh X làm ...', 'để cháu ...': 'để' lets someone do something.
_LET = re.compile(rf"\s*(?:{_words(*_HONORIFICS, 'cháu', 'em', 'họ', 'nó')}){_E}|\s*[A-ZĐ]")
# A crime's verb keeps its doer: 'hai xe tông nhau' is no act of 'tông nhau' alone.
_ACT_START = re.compile(
    rf"{_HEAD_VERB.pattern}|{_B}(?:{_words(*OFFICIAL_VERBS, 'tiến hành', 'thực hiện')}){_E}", re.IGNORECASE
)
# 'phối hợp với Công an huyện X, Hạt Kiểm lâm Y tiếp tục khám nghiệm ...': who helped, then the act.
_WITH_OTHERS = re.compile(
    rf"{_B}phối\s+hợp(?:\s+với)?\s+(?P<who>[^;:.]{{2,120}}?)\s+(?:(?:tiến\s+hành|tiếp\s+tục|thực\s+hiện)\s+)?"
    rf"(?P<act>{_words(*ACT_VERBS, 'đột kích', 'điều tra', 'truy bắt')}){_E}",
    re.IGNORECASE,
)
# A document that asks ('văn bản yêu cầu X') is no doer: its verb says what it asks.
_DOCUMENT_HEAD = re.compile(rf"^(?:{_words(*WRITTEN_ACTS)}){_E}", re.IGNORECASE)


# What ends an act's object in its compact wording: a purpose, a ground, a request it carries, a
# second clause ('khởi tố X để điều tra', 'có đơn gửi Y đề nghị Z', 'bắt X, thu giữ Y').
_OBJECT_END = compile_led(
    # 'Công ty X- đây là ...': a dash glued to a word is where a bracket was taken out ('37C- 048': a plate).
    rf"\s*(?:,(?![0-9])|[;:(])|(?:\s|(?<=\w)(?-i:(?<![0-9A-Z_])))[-–]\s|\s+(?:{_words(*_WORDS['object_ends'])}){_E}",
    re.IGNORECASE,
)
# 'X chủ trì, phối hợp với Y và các đơn vị có liên quan kiểm tra Z': who helps is no part of what is done.
_HELPED = compile_led(
    rf"(?:{_B}chủ\s+trì\s*,?\s+)?{_B}phối\s+hợp(?:\s+với)?\s+[^;:.]{{2,120}}?\s+"
    rf"(?:(?:tiến\s+hành|tiếp\s+tục|thực\s+hiện|tổ\s+chức)\s+)?(?={_ACT_START.pattern})",
    re.IGNORECASE,
)
# An act verb of more than one word: after a capital it still starts an act ('Lâm Hà phát hiện').
_LONG_ACT = re.compile(rf"(?:{_words(*(v for v in ACT_VERBS if ' ' in v))}){_E}", re.IGNORECASE)
HELPED_DOER_WORDS = 12  # a unit named in full before 'phối hợp'; a longer stretch is a clause
# 'thăm, động viên và thưởng nóng': one more act listed before the last, joined by 'và'.
_LISTED_ACT = re.compile(r"(?-i:[^\W\d_A-ZĐ])[^\W\d_]*(?:\s+[^\W\d_]+)?\s+và\s")
_TRAILING_AUX = re.compile(rf"(?:\s+(?:{_words(*AUXILIARIES, 'lần lượt')}){_E})+\s*$", re.IGNORECASE)
# Words that open a lead or a clause, not a doer: 'Khi X bắt ...', 'Trên đường chở ...', 'Việc X ...'.
_NO_DOER = re.compile(rf"^(?:{_words(*_WORDS['no_doer_words'])}){_E}", re.IGNORECASE)
# 'quận 5 thì gặp ...': a clause joined on; 'về hành vi giết ...': a charge, no doer before its verb.
_NOT_A_DOER = re.compile(
    rf"{_B}(?-i:thì|rồi|nên|mà){_E}|{_B}(?:hành\s+vi|tội|vụ|việc){_E}\s*$", re.IGNORECASE
)
_CUT_VERB = re.compile(r"\s+(?:có|là|bị|được)$", re.IGNORECASE)
_FIRST_PERSON_IN = re.compile(rf"{_B}(?:{_words('tôi', 'chúng tôi', 'chúng ta', 'mình')}){_E}", re.IGNORECASE)
_PASSIVE_END = re.compile(rf"{_B}(?:bị|được)$", re.IGNORECASE)
# 'có đơn gửi ...', 'có văn bản yêu cầu ...': the writing is part of the act, not of who wrote it.
_WRITING = re.compile(rf"{_B}(?:có|ra|ban\s+hành)\s+(?:đơn|{_words(*WRITTEN_ACTS)})$", re.IGNORECASE)
COMPACT_DOER_WORDS = 10  # 'phụ huynh học sinh trường tiểu học X': a doer told with who it is, no clause
COMPACT_OBJECT_WORDS = 10  # a longer object runs on without a break: no compact wording of it
APPOSITION_LOWER_WORDS = 3  # 'Phó Giám đốc Công an tỉnh X': who a doer is; more lower-case words, a clause
LISTED_DOER_WORDS = 5  # 'cán bộ phường X': one more doer listed; a longer stretch is a clause


def _compact(told: str) -> str:
    """Return 'doer act object' of a telling: who, the act, what it is done to, without what follows.

    'Công an quận X, tỉnh Y đã khởi tố, bắt giam 15 bị can để điều tra về hành vi Z' is told
    'Công an quận X, tỉnh Y khởi tố, bắt giam 15 bị can'; '' when no act or no doer is found.
    """
    parts = _compact_parts(told)
    if parts is None or parts[3]:
        return ""  # several doers listed: the act alone names it (_short_forms)
    doer, passive, act, _ = parts
    return f"{doer} {passive} {act}" if passive else f"{doer} {act}"


def _listed_part(part: str) -> bool:
    """Whether a lower-case stretch after a doer's comma is one more doer listed ('cán bộ y tế')."""
    words = part.split()
    return (
        2 <= len(words) <= LISTED_DOER_WORDS
        and _LISTED_DOER_HEAD.match(part.strip()) is not None
        and not _verb_in(part)
        and not _STORY.search(part)
        and not _SPEECH_IN.search(part)
        and not _NO_DOER.match(part.strip())
        and not _NOT_A_DOER.search(part)
        and not _LEAD_EVENT.match(" " + part.strip())
        # 'Lễ hội X, lễ phát ấn bắt đầu ...': events, no doers.
        and not (_NOUN.match(part.strip()) or words[0].lower() in _EVENT_HEADS)
    )


# 'tỉnh Đồng Nai', 'thị xã Ba Đồn': a level, then only the place's capitalised name.
_CAPITALISED = re.compile(rf"\s*\S+(?:\s+\S+)?(?:\s+(?-i:[{_UPPER}0-9])\S*)+\s*")
_RESIDENCE = re.compile(
    rf"(?:cùng\s+)?(?:{_words('ngụ', 'trú', 'cư trú', 'thường trú', 'tạm trú', 'quê')}){_E}", re.IGNORECASE
)
_EVENT_HEADS = ("buổi", "cuộc", "phiên", "lễ", "đợt", "vụ", "kỳ", "hội")
_LISTED_DOER_HEAD = re.compile(rf"(?:{_words(*_WORDS['listed_doer_heads'])}){_E}", re.IGNORECASE)


@lru_cache(maxsize=1024)  # pure; _short_forms asks it of each telling twice (itself and through _compact)
def _compact_parts(told: str) -> tuple[str, str, str, bool] | None:
    """Return (doer, 'bị'/'được' or '', act with its object, whether the doers are a list) of a telling."""
    helped = _HELPED.search(told)
    if helped is not None:
        told = told[: helped.start()] + told[helped.end() :]
    verb = _ACT_START.search(told)
    if verb is None or verb.start() == 0:
        return None
    head = _TRAILING_AUX.sub("", told[: verb.start()].rstrip())
    writing = _WRITING.search(head)
    if writing is not None:
        verb_start = writing.start()
        head = _TRAILING_AUX.sub("", head[:verb_start].rstrip())
    else:
        verb_start = verb.start()
    passive = _PASSIVE_END.search(head)
    if passive is not None:  # 'Quốc, Sơn, Lương bị khởi tố': what befell the doer
        head = _TRAILING_AUX.sub("", head[: passive.start()].rstrip())
    # 'Công an quận 7, TP X', 'A, B, C': a place or the names of others go on the doer; 'ông X, Phó
    # Giám đốc Sở Y' is who the doer is. Anything else after a comma is a clause: no doer next to the act.
    parts = head.split(",")
    doer, listed, aside = parts[0], False, False
    for part in parts[1:]:
        words = part.split()
        # 'Công an TP X, tỉnh Y': where the doer is, unless it makes the doer too long to keep; after an
        # apposition ('Đại tá X, Trưởng Công an huyện Y, tỉnh Z') it is where the post is, read as before.
        if (
            not aside
            and _PLACE_SEGMENT.match(part)
            and _CAPITALISED.fullmatch(part)
            and not _PLACE_SEGMENT.match(doer)
        ):
            if len(f"{doer} {part}".split()) <= COMPACT_DOER_WORDS:
                doer += "," + part
            continue
        if words and not words[0][:1].isupper() and _listed_part(part) and _doer(doer):
            # 'lực lượng Công an, cán bộ y tế, cán bộ phường X tổ chức ...': several doers listed.
            doer, listed = doer + "," + part, True
            continue
        if not words or not words[0][:1].isupper():
            return None
        if len(words) <= 2:
            doer += "," + part
        elif sum(1 for w in words if w[:1].islower()) > APPOSITION_LOWER_WORDS:
            return None
        else:
            aside = True
    doer = " ".join(doer.split())
    if (
        not doer
        or len(doer.split()) > COMPACT_DOER_WORDS and not listed
        or _RESIDENCE.match(doer)  # 'ngụ ấp X, xã Y xảy ra ...': where someone lives, no doer
        or _NO_DOER.match(doer)
        or _LEAD_EVENT.match(" " + doer)
        or _verb_in(doer)
        or _STORY.search(doer)
        or _SPEECH_IN.search(doer)
        or _NOT_A_DOER.search(doer)
        or _ACT.match(doer) is not None and doer[:1].islower()  # 'đưa X tuyên phạt ...': a step, no doer
        or _FIRST_PERSON_IN.search(doer)  # 'Đưa cho chúng tôi xem bản cam kết ký với ...': the writer's aside
    ):
        return None
    rest = told[verb_start:]
    end = bare = verb.end() - verb_start
    while True:
        stop = _OBJECT_END.search(rest, end)
        end = stop.start() if stop is not None else len(rest)
        # 'khởi tố, bắt giam X', 'thăm, động viên và tặng quà': acts listed go on together.
        after = rest[stop.end() :].lstrip() if stop is not None else ""
        # 'thăm, động viên và ...' right after the verb lists acts; 'nhà hàng, sòng bạc và ...' lists objects.
        next_act = stop is not None and (
            _ACT_START.match(after) or not rest[bare : stop.start()].strip() and _LISTED_ACT.match(after)
        )
        if next_act and stop.group().strip() == ",":
            end = stop.end()
            continue
        break
    act = " ".join(rest[:end].split())
    # 'gặp ông Vũ Văn Sáng': a name's last word is no dangling 'sáng'; 'xử lý vụ việc X có': a cut verb is.
    act = act if act.split()[-1][:1].isupper() else _DANGLING.sub("", _CUT_VERB.sub("", act))
    extra = len(act.split()) - len(told[verb_start : verb.end()].split())
    if extra > COMPACT_OBJECT_WORDS or extra < 1 and passive is None:
        return None  # an object that runs on, or none: no compact wording
    return doer, passive.group() if passive is not None else "", act, listed


# An arrest, a custody or a charge of three or more suspects named in a row: 'bắt giữ A, B và C'.
_PERSON_NAME = rf"(?-i:[{_UPPER}][^\s,.;:]*)(?:\s+(?-i:[{_UPPER}])[^\s,;:]*){{1,3}}"
_CUSTODY_VERB = _words(*STORY_FAMILIES[min(CUSTODY)], "khởi tố", "bắt tạm giam", "tạm giam")
_GANG = re.compile(
    rf"^(?P<head>.*?{_B}(?:{_CUSTODY_VERB})(?:\s+khẩn\s+cấp)?"
    # 'tạm giữ 3 đối tượng là A, B và C', 'bắt khẩn cấp các đối tượng A, B và C'
    rf"(?:\s+(?:(?:các|[0-9]+)\s+)?(?:{_words('bị can', 'đối tượng', 'nghi phạm', 'nghi can')})(?:\s+là)?)?)"
    rf"\s+(?P<first>{_PERSON_NAME})(?:\s*,\s*{_PERSON_NAME}){{1,}}\s*,?\s+và\s+{_PERSON_NAME}\s*$",
    re.IGNORECASE,
)
# 'A, B và C bị tạm giữ': the same, told of them.
_GANG_TAKEN = re.compile(
    rf"^(?P<first>{_PERSON_NAME})(?:\s*,\s*{_PERSON_NAME}){{1,}}\s*,?\s+và\s+{_PERSON_NAME}"
    rf"(?P<taken>\s+(?:(?:đã|vừa|đang)\s+)?bị\s+(?:{_CUSTODY_VERB}).*)$",
    re.IGNORECASE,
)
# A meeting between parties, then what it is held for.
_MEETING_FOR = compile_led(
    rf"{_B}(?P<noun>hội\s+nghị|hội\s+thảo|tọa\s+đàm|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|buổi\s+gặp\s+mặt)"
    rf"\s+(?:giữa|với)\s+[^;:.]{{2,250}}?\s+(?:để|nhằm)\s+(?P<purpose>[^;:.]+)",
    re.IGNORECASE,
)
# 'X cùng đoàn lãnh đạo Y có mặt tại trụ sở Z thăm, động viên ...': who came along and where they were
# are the setting; what X did there is the act.
_PRESENT_AT = re.compile(
    r"\s+(?:cùng\s+(?:với\s+)?[^;:.]{2,120}?\s+)?(?:(?:đã|vừa)\s+)?có\s+mặt\s+(?:tại|ở)\s+", re.IGNORECASE
)
# 'có mặt tại hiện trường điều tra và khám nghiệm tử thi': an act listed before the one the verbs know.
_ACT_BEFORE_AND = re.compile(r"\s(?P<act>(?-i:[^\W\d_A-ZĐ])\S*\s+(?-i:[^\W\d_A-ZĐ])\S*)\s+và\s*$")
_NAMED_AFTER = re.compile(r"\s+là\s+(?-i:[A-ZĐ])")
_TOLD_PLACE = re.compile(rf"xảy\s+ra{_E}", re.IGNORECASE)
PLACE_WORDS = 8  # 'trụ sở Công an tỉnh X': a longer stretch before the act is more than where it was


def _present_then_act(told: str) -> str:
    """Return 'doer act object' of 'doer [cùng others] có mặt tại <place> act object', or ''."""
    present = _PRESENT_AT.search(told)
    if present is None or not told[: present.start()].strip():
        return ""
    act = _ACT_START.search(told, present.end())
    place = told[present.end() : act.start()] if act is not None else ""
    if (
        act is None
        or not place.strip()
        or "," in place
        or len(place.split()) > PLACE_WORDS
        or _TOLD_PLACE.match(told, act.start())  # 'có mặt tại nơi xảy ra vụ việc': where, no act
    ):
        return ""
    rest = told[act.start() :]
    listed = _ACT_BEFORE_AND.search(place)
    if listed is not None and place[: listed.start()].strip():
        rest = f"{listed.group('act')} và {rest}"  # 'tại hiện trường điều tra và khám nghiệm': both acts
    named = _NAMED_AFTER.search(rest)
    # 'cho một số tập thể là A, B, C': who they are, no part of the act.
    rest = rest[: named.start()] if named is not None else rest
    parts = _compact_parts(f"{told[: present.start()].strip()} {rest}")
    if parts is None or parts[1] or parts[3]:
        return ""
    return f"{parts[0]} {parts[2]}"


# 'có mặt tại hiện trường để khám nghiệm, điều tra ...', 'nhanh chóng có mặt phong tỏa hiện trường': coming to
# the scene leads up to the act there, which is what a reader names.
_ON_SCENE = re.compile(
    rf"{_B}(?:(?:nhanh\s+chóng|kịp\s+thời|lập\s+tức|khẩn\s+trương)\s+)?(?:có\s+mặt|(?<!ập\s)(?:đến|tới)|xuống(?=\s+hiện\s+trường))"
    rf"(?:\s+(?:tại|ở))?(?:\s+(?:hiện\s+trường|nơi\s+xảy\s+ra\s+(?:vụ\s+việc|sự\s+việc|vụ\s+tai\s+nạn|vụ\s+án)))?"
    rf"\s*,?\s*(?:để\s+)?(?:tiến\s+hành\s+)?(?=(?:{_words(*_WORDS['scene_acts'])}){_E})",
    re.IGNORECASE,
)


def _scene_act(told: str) -> list[str]:
    """Return the act done at a scene come to ('X có mặt tại hiện trường để khám nghiệm'), with its doer."""
    m = _ON_SCENE.search(told)
    if m is None:
        return []
    act = cap_words(_TRAILING_AUX.sub("", told[m.end() :]).strip(" ,./"), NAME_WORDS)
    # 'Lực lượng chức năng sau đó có mặt ...': when they came is no part of who came.
    doer = _TRAILING_AUX.sub("", told[: m.start()]).strip(" ,")
    doer = re.sub(r"\s+sau\s+đó$", "", doer, flags=re.IGNORECASE)
    out = [act]
    short = "," not in doer and len(doer.split()) <= COMPACT_DOER_WORDS
    if doer and short and not _verb_in(doer) and _doer(doer):
        out.insert(0, f"{doer} {act}")  # 'Công an huyện X khám nghiệm hiện trường'
    return [o for o in out if len(o.split()) >= 3]


def _short_forms(name: str, fuller: list[str], whole: str = "") -> list[str]:
    """Return the name's act without its doer, and without what trails it ('để ...', 'khi ...').

    ``whole``: the first telling uncut, for the wordings a cut to the alias length would lose.
    """
    out: list[str] = []
    for told in (name, *fuller[:1]):
        occurred = _THEN_OCCURRED.search(told)
        if occurred is not None:  # '18 bệnh nhân chạy thận thì xảy ra sự cố X': the happening is 'sự cố X'
            out.append(_DANGLING.sub("", occurred.group("what").strip()))
    # Only an act's own wording sheds what trails it: one that starts at its verb or at its doer.
    acts = [name] if _ACT_START.match(name) else []
    verb = _ACT_START.search(name)
    head = name[: verb.start()] if verb is not None else ""
    if (
        verb is not None
        and head
        and "," not in head
        and len(head.split()) <= SUBJECT_WORDS
        and _doer(head)
        and not _NOUN.match(name)
        and not _DOCUMENT_HEAD.match(name)
    ):
        # 'Đơn vị này tiến hành bảo trì X': the act alone is how a reader names it too.
        act = _CARRY_OUT.sub("", _AUX_RUN.sub("", name[verb.start() :]))
        out.append(act)
        acts += [name, act]
    for act in acts:
        trail = _TRAIL.search(act)
        if trail is None or _LET.match(act, trail.end()):
            continue  # 'để anh X ngồi ...': 'để' lets someone do something, no purpose trails
        head = act[: trail.start()].rstrip(" ,")
        if len(head.split()) >= TRAIL_HEAD_WORDS:
            out.append(head if head.split()[-1][:1].isupper() else _DANGLING.sub("", head))
    for told in (name, *fuller[:1]):
        # 'cả hai trình báo cơ quan công an với mong muốn tìm ra …': the act, without the wish it serves.
        wish = _WISH.search(told)
        if wish is not None and len(told[: wish.start()].split()) >= TRAIL_HEAD_WORDS:
            out.append(told[: wish.start()].rstrip(" ,"))
            break
    for told in dict.fromkeys((name, *fuller[:1], *acts)):
        after = _AFTERWORD.search(told)
        head = _DANGLING.sub("", told[: after.start()].rstrip(" ,")) if after is not None else ""
        # 'vụ cướp xảy ra tại X': the incident is named already, with or without where.
        if len(head.split()) >= TRAIL_HEAD_WORDS and not _TOLD_END.search(head):
            out.append(head)
    for told in (name, *fuller):
        out.extend(_turned_active(told))
    for told in dict.fromkeys((*fuller, name)):
        compact = _compact(told)
        if compact and len(compact.split()) < len(told.split()):
            out.append(compact)
        parts = _compact_parts(told)
        if parts is not None and parts[3] and not parts[1]:
            out.append(parts[2])  # several doers listed: 'tổ chức làm việc với X' is what they did
            break
    for told in dict.fromkeys((name, *fuller[:1])):
        # 'tạm giữ đối tượng A, B, C và D': one named for the rest, as a reader says it.
        gang = _GANG.match(told)
        if gang is not None:
            head = " ".join(_AUX.sub("", gang.group("head")).split())
            # 'tạm giữ 3 đối tượng là A': 'tạm giữ A và đồng bọn', as a reader says it.
            head = re.sub(r"\s+(?:các|[0-9]+)\s+(\S+(?:\s+(?:can|tượng|phạm))?)(?:\s+là)?$", "", head)
            head = re.sub(r"\s+là$", "", head)
            out.append(f"{head} {gang.group('first')} và đồng bọn")
            break
        taken = _GANG_TAKEN.match(told)
        if taken is not None:
            what = " ".join(_AUX.sub("", taken.group("taken")).split())
            out.append(f"{taken.group('first')} và đồng bọn {what}")
            break
    placed = _PLACED_ACT.match(name)
    if placed is not None and families_of(placed.group("verb"), charges=False) & TAKING:
        # 'lấy trộm tại tiệm vàng X': what was taken says less than where it was taken from.
        out.append(placed.group("act"))
    for told in dict.fromkeys((whole, *fuller, name)):
        # 'buổi làm việc giữa A, B và C để thống nhất X': a meeting is named by what it is held for.
        held = _MEETING_FOR.search(told)
        if held is not None:
            out.append(cap_words(f"{held.group('noun')} {held.group('purpose')}", NAME_WORDS))
            break
    for told in dict.fromkeys((whole, *fuller, name)):
        present = _present_then_act(told)
        if present:
            out.append(present)
            break
    for told in (*fuller[:1], name):
        # 'X xác định Y là thủ phạm nên ra lệnh khởi tố bị can ...': the step taken is what happened.
        so = _SO_ACT.search(told)
        if so is not None:
            out.append(cap_words(told[so.end() :], NAME_WORDS))
            break
    for told in (*fuller[:1], name):
        # 'ông X lái xuồng quay lại nhà Y, dùng súng bắn chết bà Z': the harm is the last step, X its doer.
        steps = _STEPS.match(told)
        if (
            steps is not None
            and families_of(steps.group("last"), charges=False) & VIOLENT
            and not families_of(steps.group("first"), charges=False) & VIOLENT
        ):
            out.append(f"{steps.group('doer')} {steps.group('last')}")
            break
    for told in (*fuller[:1], name):
        # 'Việt chạy xe quay về nhà rồi ra công an tự thú', 'Phú xông vào tiệm rồi dùng dao đâm anh K.': the
        # last step is the attack or the surrender the story is about, and the doer's.
        then = _THEN_STEP.match(told)
        if then is not None and _story_step(then.group("last")) and not _story_step(then.group("first")):
            step = f"{then.group('doer')} {_AUX_RUN.sub('', then.group('last')).strip()}"
            out.append(_harm_core(step) or step)
            break
    for told in dict.fromkeys((name, *fuller[:1])):
        # 'Hùng xông đến đâm liên tiếp 3 nhát vào bụng anh Tú khiến anh tử vong': 'Hùng đâm anh Tú'.
        core = _harm_core(told)
        if core:
            out.append(core)
            break
    for told in dict.fromkeys((name, *fuller[:1])):
        scene = _scene_act(told)
        if scene:
            out.extend(scene)
            break
    about = re.sub(r"\s+về\s+việc\s+", " ", name)
    if about != name and not _DOCUMENT_HEAD.match(name):
        out.append(about)  # 'thông báo về việc kết thúc thanh tra': 'thông báo kết thúc thanh tra'
    for told in (*fuller[:1], name):
        # '... phối hợp Công an huyện X tiếp tục khám nghiệm hiện trường': the act, not who joined in.
        joined = _WITH_OTHERS.search(told)
        if joined is not None and _doer(joined.group("who").split(",")[0]):
            out.append(cap_words(told[joined.start("act") :], NAME_WORDS))
            break
    for act in acts:
        # 'cử cán bộ khám nghiệm hiện trường và đưa nạn nhân đi cấp cứu': the first act is named alone too.
        then = _NEXT_ACT.search(act)
        if then is not None and _CHARGE_BEFORE.search(act, 0, then.start()):
            continue  # 'về hành vi giết người và cướp tài sản': the charges, not a second act
        if then is not None and len(act[: then.start()].split()) >= TRAIL_HEAD_WORDS:
            out.append(act[: then.start()].rstrip(" ,"))
    return out


# An attack as a reader names it: who, with what, the blow, on whom ('nữ hành khách dùng dao đâm tài xế').
# How the doer came at the victim, how often or where the blow fell and what came of it are left out.
_HARM_APPROACH = re.compile(rf"(?:(?:^|\s+)(?:{_words(*_WORDS['harm_approach'])}){_E})+\s*$", re.IGNORECASE)
_SCENE = re.compile(_SCENE_LEAD.pattern, re.IGNORECASE)  # 'Hình ảnh nhóm thanh niên ...' opens a headline too
_BLOWS = r"(?:[0-9]+|một|hai|ba|bốn|năm|nhiều)\s+nhát(?:\s+thứ\s+\S+)?"
_BODY_PART = (
    rf"(?:(?:vào|trúng(?:\s+vào)?|giữa|từ)\s+)(?:(?:phía\s+(?:trên|dưới|sau)|vùng|phần|sau)\s+)?"
    rf"(?:{_words(*_WORDS['body_parts'])})(?:\s+(?:bên\s+)?(?:trái|phải))?"
)
_HARM_MANNER = re.compile(
    rf"(?:\s+(?:{_words(*_WORDS['harm_manner'])}|{_BLOWS}|{_BODY_PART}){_E})+", re.IGNORECASE
)
_HARM_END = re.compile(
    rf"\s*[,;:(]|\s+[-–]\s|\s+(?:{_words(*_WORDS['harm_ends'])}|{_BLOWS}){_E}"
    rf"|(?<=\.)\s+(?=(?-i:[{_UPPER}])[^\s.]+\s)",  # 'anh T. Sau khi ...': a new sentence
    re.IGNORECASE,
)
# 'tiệm bắn cá', 'bắn pháo hoa': a game, a show; 'bị cáo', 'bị can': who, no passive.
_NO_HARM = re.compile(rf"bắn\s+(?:cá|pháo|chim){_E}", re.IGNORECASE)
_BEFALLEN = re.compile(rf"{_B}bị(?!\s+(?:cáo|can|hại){_E}){_E}", re.IGNORECASE)
WIELD_VERBS = ('dùng', 'cầm', 'rút', 'lấy', 'vác')  # what a weapon is taken up with
# 'dùng dao', 'cầm con dao bấm trong người ra': what the blow was dealt with, kept in the name.
_WEAPON = re.compile(
    rf"^(?P<doer>.+?)(?P<weapon>\s+(?:{_words(*WIELD_VERBS, 'sử dụng')})"
    r"\s+[^,;]{1,30})$",
    re.IGNORECASE,
)
# 'đâm 11 nhát khiến người tình tử vong': whom the blow fell on, told with what came of it.
_OUTCOME_VICTIM = re.compile(
    rf"\s+(?:khiến|làm)(?:\s+cho)?\s+(?P<victim>[^,;:()]{{1,40}}?)\s+(?:phải\s+)?"
    rf"(?:(?P<death>{_words('tử vong', 'chết', 'thiệt mạng')})"
    rf"|{_words('bị thương', 'trọng thương', 'ngã', 'gục', 'bất tỉnh', 'nguy kịch', 'nhập viện')}){_E}",
    re.IGNORECASE,
)
HARM_DOER_WORDS = 8  # 'nhóm thanh niên đi ô tô': who struck; a longer stretch before the blow is a clause
HARM_VICTIM_WORDS = 8  # 'anh Nguyễn Văn A': whom the blow fell on; a longer one runs on


def _harm_core(told: str) -> str:
    """Return 'doer [weapon] blow victim' of an attack told with its approach, manner or outcome, or ''.

    'Hùng xông đến dùng dao đâm liên tiếp 3 nhát vào bụng anh Tú khiến anh tử vong' is 'Hùng dùng dao
    đâm anh Tú'; 'anh Tú bị Hùng lao vào đâm trọng thương' is 'anh Tú bị Hùng đâm'.
    """
    blow = next((m for m in _STORY.finditer(told) if families_of(m.group(), charges=False) & VIOLENT), None)
    if blow is None or _NO_HARM.match(told, blow.start()) or re.search("[“”\"]", told):
        return ""  # a verb inside quotes is a charge or a saying ('tội “Hiếp dâm”'), no blow told
    head = _SCENE.sub("", _HARM_APPROACH.sub("", told[: blow.start()].rstrip())).strip()
    weapon = _WEAPON.match(head)
    # 'X xông tới dùng tay đánh ...': the approach may come before the weapon too.
    doer = _TRAILING_AUX.sub("", _HARM_APPROACH.sub("", weapon.group("doer") if weapon else head)).strip()
    head = doer + (weapon.group("weapon") if weapon else "")
    # 'đánh chết vợ': the blow killed; 'giết hại': one verb.
    died = re.match(rf"\s+(?:chết(?=\s+\S)|hại){_E}", told[blow.end() :])
    verb_end = blow.end() + (died.end() if died is not None else 0)
    verb = told[blow.start() : verb_end]
    manner = _HARM_MANNER.match(told, verb_end)
    rest = told[manner.end() if manner is not None else verb_end :]
    end = _HARM_END.search(rest)
    # 'đâm vào người của điều dưỡng L': whose body it was is whom the blow fell on.
    victim = re.sub(r"^của\s+", "", " ".join(rest[: end.start() if end is not None else len(rest)].split()))
    victim = re.sub(r"\s+(?:và|rồi|hoặc)$", "", victim)  # 'chém lìa đầu và tử vong': the 'và' of the outcome
    passive = _BEFALLEN.search(doer) is not None
    outcome = _OUTCOME_VICTIM.match(rest, end.start()) if end is not None and not victim else None
    if outcome is not None and not passive:
        victim = " ".join(outcome.group("victim").split())  # 'đâm 11 nhát khiến người tình tử vong'
        if outcome.group("death") and not _DEATH.search(verb):
            verb += " chết"  # 'đâm chết người tình', as a reader tells a deadly blow
    if (
        not doer
        or victim.split()[:1] in (["hoặc"], ["và"], ["hay"], ["bởi"])  # 'cấm giết hại hoặc ...': no victim
        or doer.lower() in ("bị", "được")  # 'Bị đánh, thanh niên này ngã ...': whom it befell comes after
        or passive and _NOT_PATIENT.search(doer) is not None  # 'dù bị đâm trúng tay': a concession
        or _NOT_A_DOER.search(head)  # 'lấy kéo đi tìm rồi đâm': steps, no doer
        or "," in head
        or len(doer.split()) > HARM_DOER_WORDS
        or len(victim.split()) > HARM_VICTIM_WORDS
        or not victim and not passive  # 'Hùng đâm': whom it fell on is told nowhere near
        or _NO_DOER.match(doer)
        or _verb_in(doer) and not passive
    ):
        return ""
    core = " ".join(f"{head} {verb} {victim}".split())
    return core if core != " ".join(told.split()) and len(core.split()) >= 3 else ""


# 'ông X <step>, dùng <weapon> <harm>': a named doer's steps, the last told after a comma without a subject.
_STEPS = re.compile(
    rf"^(?P<doer>(?:(?:{_words(*_HONORIFICS)})\s+)?(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){{0,3}})"
    r"\s+(?:(?:đã|vừa|lại)\s+)?(?P<first>(?-i:[^\W\d_A-ZĐ])[^,;:]+),\s+(?:rồi\s+|sau\s+đó\s+)?"
    rf"(?P<last>(?:{_words(*WIELD_VERBS)})\s[^,;:]+)$",
    re.IGNORECASE,
)
# 'X <steps> rồi (sau đó) <last step>': who, what led up to it, what the story is about.
_THEN_STEP = re.compile(
    rf"^(?!{_words(*_WORDS['not_named_doers'])}{_E})"  # 'Nhóm người chặn xe ...': a capital, no name
    rf"(?P<doer>{_words('nghi can', 'nghi phạm', 'hung thủ', 'đối tượng', 'người chồng', 'người vợ')}"
    rf"|{_words('tên cướp', 'tên trộm')}"
    rf"|(?:(?:{_words(*_HONORIFICS)})\s+)?(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){{0,3}})"
    r"\s+(?:(?:đã|vừa|lại)\s+)?(?P<first>(?-i:[^\W\d_A-ZĐ])[^,;:]+?)\s*,?\s+rồi(?:\s+sau\s+đó)?\s+"
    r"(?P<last>[^,;:]+)$",
    re.IGNORECASE,
)


def _story_step(step: str) -> bool:
    """Whether a step is an attack or a surrender: what a story of steps is about."""
    attack = families_of(step, charges=False) & VIOLENT and _STORY.search(step)
    return bool(attack) or TURNED_IN.search(step) is not None


# 'X đã được/bị [ai] <act> ...': what befell X, told the other way round.
_PASSIVE = re.compile(
    rf"^(?P<patient>[^,;]+?)\s+(?:(?:đã|vừa|mới)\s+)?(?:được|bị)(?!\s+(?:cáo|can|hại|thương){_E})\s+"
    rf"(?P<agent>[^,;]*?)(?P<verb>{_ACT_START.pattern})",
    re.IGNORECASE,
)
# 'nhận được', 'Mặc dù được', 'Khi ... thì bị': no patient before them.
_NOT_PATIENT = re.compile(
    rf"^(?:{_words('khi', 'mặc dù', 'dù', 'nếu', 'tuy', 'vì', 'do', 'sau khi', 'trước khi')}"
    rf"|{_words('quá trình', 'xung quanh')}){_E}"
    rf"|{_B}(?:nhận|đạt|có|thì|và|là){_E}\s*$|[“”\"]",
    re.IGNORECASE,
)
# Who acts on the patient when no name says it: 'người dân', 'lực lượng chức năng', 'cơ quan điều tra'.
_AGENT = re.compile(
    rf"^(?:{_words('người dân', 'lực lượng', 'cơ quan', 'mọi người', 'gia đình', 'công an')}){_E}",
    re.IGNORECASE,
)
PATIENT_WORDS = 10  # a longer stretch before 'được' is a clause, not who it befell
AGENT_WORDS = 10


def _turned_active(told: str) -> list[str]:
    """Return 'phát hiện thi thể X' for 'thi thể X đã được ai đó phát hiện ...', with and without the rest."""
    m = _PASSIVE.match(told)
    if m is None:
        return []
    patient = " ".join(m.group("patient").split())
    agent = " ".join(m.group("agent").split())
    if (
        len(patient.split()) > PATIENT_WORDS
        or len(agent.split()) > AGENT_WORDS
        or _ACT.search(patient)  # 'X liên hệ Y và được hướng dẫn': a clause, not who it befell
        or _NOT_PATIENT.search(patient)
        or _AUX.search(patient)  # 'đổ dốc đã bất ngờ bị nổ lốp': a clause's head, not who it befell
        # 'ông X - Giám đốc Y': who acted is named before the dash, what he is after it.
        or _ACT.search(agent)  # 'được mọi người đưa đi cấp cứu': the act is 'đưa', not 'cứu'
        or agent and not (_doer(re.split(r"\s[-–]\s", agent)[0]) or _AGENT.match(agent))
    ):
        return []
    patient = re.sub(rf"^(?:{_words('vụ việc', 'vụ')})\s+", "", patient, flags=re.IGNORECASE)
    verb = " ".join(m.group("verb").split())
    rest = _COMMA.split(told[m.end() :])[0]
    trail = _TRAIL.search(rest)
    rest = " ".join((rest[: trail.start()] if trail else rest).split())
    out = [f"{verb} {patient}"]
    if rest:
        out.append(cap_words(f"{verb} {patient} {rest}", NAME_WORDS))
    if agent and _doer(agent) and _CASE_STEP_VERB.fullmatch(verb) and _COUNTED_ACCUSED.match(patient + " "):
        # '15 bị can bị Công an X khởi tố, bắt giam để điều tra về hành vi Y': who took the steps, on whom,
        # for what: 'Công an X khởi tố, bắt giam 15 bị can về hành vi Y'.
        after = told[m.end() :]
        while (more := _STEPS_LISTED.match(after)) is not None:
            verb, after = f"{verb}, {' '.join(more.group('verb').split())}", after[more.end() :]
        charge = _CHARGE_AFTER.match(after)
        told_active = f"{agent} {verb} {patient}"
        charged = f"{told_active} {' '.join(charge.group('charge').split())}" if charge else told_active
        out.append(cap_words(charged, NAME_WORDS + CHARGE_WORDS))
    return [o for o in out if len(o.split()) >= 3]


CHARGE_WORDS = 6  # a charge's name ('Tàng trữ trái phép chất ma túy') on top of the steps, whom and who
_STEP_WORDS = _words(*CASE_VERBS, "bắt giam", "tạm giam", "bắt tạm giam", "truy tố")
_CASE_STEP_VERB = re.compile(rf"(?:{_STEP_WORDS})", re.IGNORECASE)
_STEPS_LISTED = re.compile(rf"\s*,\s*(?:và\s+)?(?P<verb>{_STEP_WORDS}){_E}", re.IGNORECASE)
# 'để điều tra về hành vi X', 'về tội X': the charge the steps were taken on.
_CHARGE_AFTER = re.compile(
    r"(?:\s+để\s+(?:điều\s+tra|xử\s+lý)(?:\s*,\s*(?:xử\s+lý|làm\s+rõ))?)?"
    r"\s+(?P<charge>về\s+(?:hành\s+vi|(?:các\s+)?tội)\s+[^,;:.]+)",
    re.IGNORECASE,
)


DOER_LOWER_WORDS = 2  # 'Công an huyện X', 'ông X': a doer's name has few words in lower case


def _doer(head: str) -> bool:
    """Whether the words before an act name who did it: a name, a unit, a person, 'đơn vị này'."""
    words = head.split()
    if not words:
        return False  # ', các trinh sát áp sát …': the clause opens at a comma, no words before the act
    if _LEAD_EVENT.match(" " + head):
        return False  # 'Trong buổi làm việc ...': a setting, no doer
    if words[-1].lower() == "này":
        return True  # 'đơn vị này', 'đối tượng này': the doer told before
    if _AGENT.match(re.sub(r"^(?:một|các|nhiều|những)\s+", "", head, flags=re.IGNORECASE)):
        return True  # 'một người dân địa phương', 'lực lượng chức năng': who acted, unnamed
    named = words[0][:1].isupper() or words[0].lower() in _HONORIFICS
    # 'Quân dùng bật lửa đốt': lower-case words past the doer's name are a first step, not the doer.
    return named and sum(1 for w in words if w[:1].islower()) <= DOER_LOWER_WORDS
