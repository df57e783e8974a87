"""Share the cue words and patterns that finding, naming and matching events all read."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.gazetteer import word_lists
from graph.regex_lead import compile_led
from graph.text import fold_tones

# The underscored names (patterns and word lists) are for the other event modules only.
__all__ = [
    "ACT_VERBS", "ALIAS_WORDS", "AUXILIARIES", "CASE_VERBS", "CUSTODY", "FAMILY_KINDS", "NAME_WORDS",
    "OFFICIAL_VERBS",
    "RETOLD_WORDS", "SPEECH_VERBS", "STORY_FAMILIES", "STORY_VERBS", "SUBJECT_WORDS", "TAKING",
    "TRAIL_HEAD_WORDS", "TURNED_IN", "TURNS_IN", "VIOLENT", "_ACT", "_AT_LEAD", "_AUX", "_AUX_RUN", "_B",
    "_CHARGE_NAMED", "_COUNTED_ACCUSED", "_DEATH", "_FAMILY_SETS", "_NOT_STORY_WORD", "_NOT_TAKING_BAT",
    "_E", "_FULL_STOP", "_HAMLETS", "_HELD", "_HONORIFICS", "_LEAD_EVENT", "_LEVELS", "_NOT_ACT", "_NOT_AUX",
    "_NOT_IN_NAME", "_NOUN", "_OCCURRED", "_PAREN", "_PERIOD_WORDS", "_PLACE_SEGMENT", "_PRESS",
    "_RELATED_LEAD", "_RUN_ON",
    "_SENT", "_VEHICLE",
    "_SO_ACT", "_SPEECH_IN", "_STORY", "_UPPER", "_VAGUE_TIME", "_VERDICT", "_WHEN_THEN", "_WORDS",
    "families_of", "folded_words", "_words",
]


# The extractor's vocabulary: ontology/gazetteers/event_words.txt, one [section] a list.
_WORDS = word_lists("event_words.txt")


_B = r"(?<![^\W_])"  # at a word's start
_E = r"(?![^\W_])"  # at a word's end

# A surrender: 'đầu thú', and 'tự thú' alike (a pattern's part, and the pattern on its own).
TURNS_IN = r"(?:đầu|tự)\s+thú"
TURNED_IN = re.compile(rf"{_B}{TURNS_IN}{_E}", re.IGNORECASE)
# A press conference: 'họp báo Hội nghị X' is told of the meeting, not the meeting itself.
_PRESS = compile_led(rf"{_B}họp\s+báo{_E}", re.IGNORECASE)
# 'bắt đầu', 'bắt buộc', 'bắt gặp', 'bắt tay': 'bắt' and the next syllable are another word, no taking.
_NOT_TAKING_BAT = r"(?:đầu|buộc|gặp|tay|chước|nhịp|kịp|mắt|nguồn|mối|sóng|bài|chuyện|nạt)"


def _words(*phrases: str) -> str:
    """Return an alternation of phrases, longest first, spaces matching any whitespace.

    The phrases are grouped under their first letter, 'p(?:hiên tòa|hiên xử)|b(?:uổi …)|…': the
    regex engine then enters only the group of the letter it reads, not every phrase in turn (the
    event patterns ran several times faster). A group keeps its phrases' order, and no letter the
    text holds can open two groups (if two first letters match each other ignoring case, the plain
    alternation is returned), so a pattern matches just as with the plain alternation.
    """
    ordered = [p.split() for p in sorted(set(phrases), key=len, reverse=True)]
    firsts = "".join(dict.fromkeys(words[0][0] for words in ordered if words))
    if not all(ordered) or any(len(re.findall(re.escape(c), firsts, re.IGNORECASE)) > 1 for c in firsts):
        return "|".join(r"\s+".join(map(re.escape, words)) for words in ordered)
    groups: dict[str, list[str]] = {c: [] for c in firsts}
    for words in ordered:
        groups[words[0][0]].append(r"\s+".join(map(re.escape, [words[0][1:], *words[1:]])))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in groups.items())


# Words between a subject and its verb that say when or how, not what: dropped from names.
AUXILIARIES = _WORDS["auxiliaries"]
# 'cùng với ông X' is a preposition ('with'), not the auxiliary 'cùng' ('together').
_NOT_AUX = r"(?!(?<=cùng)\s+với(?![^\W_]))"
_AUX_RUN = re.compile(rf"^(?:(?:{_words(*AUXILIARIES)}){_E}{_NOT_AUX}\s*)+", re.IGNORECASE)
_AUX = re.compile(rf"{_B}(?:{_words(*AUXILIARIES)}){_E}{_NOT_AUX}\s*", re.IGNORECASE)
# Verbs that report a happening: a step of a case, an accident, an official act, a meeting.
ACT_VERBS = _WORDS["act_verbs"]
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
# A verb written with a capital after another word is a word of a name ('Sở Thông tin và Truyền thông', 'Cổng
# Thông tin điện tử', 'Thanh tra tỉnh'): no one acts or tells anything there.
_NOT_IN_NAME = rf"(?!(?<=[^\W\d_]\s)(?-i:[{_UPPER}]))"
_ACT = re.compile(rf"{_B}{_NOT_IN_NAME}(?:{_words(*ACT_VERBS)}){_E}", re.IGNORECASE)
# Verbs of a crime or an accident: what a report's summary paragraph tells as its main happening.
STORY_VERBS = _WORDS["story_verbs"]
# 'đánh' is a beating only before whom it fell on or how ('đánh anh X', 'đánh hội đồng'; not 'đánh bạc');
# so is 'tấn công' an attack ('quay lại tấn công anh X', 'tấn công khiến vợ tử vong'; not 'tấn công, trấn
# áp tội phạm'), though not 'tấn công người', most often a kind of act ('chó tấn công người').
_ATTACKED = [w for w in _WORDS["beaten"] if w not in ("người", "hội đồng")]
# Where a crime's verb is no act: the wound it names ('nhiều vết đâm', 'có dấu vết băm chém'), a price
# or a usurer's rate ('giá cắt cổ', 'lãi suất cắt cổ'). ('chặt chém', to overcharge, is the act of a story
# about it.)
_NO_ACT_BEFORE = r"(?<!vết\s)(?<!suất\s)(?<!giá\s)(?<!băm\s)"
_STORY = re.compile(
    rf"{_B}{_NO_ACT_BEFORE}(?:{_words(*STORY_VERBS)}|đánh(?=\s+(?:{_words(*_WORDS['beaten'])}){_E})"
    rf"|tấn\s+công(?=\s+(?:{_words(*_ATTACKED)}){_E})){_E}",
    re.IGNORECASE,
)
# Verbs that tell the same kind of act: a summary's 'đâm' is the body's 'làm trọng thương'.
STORY_FAMILIES = tuple(tuple(f.split(" | ")[1:]) for f in _WORDS["story_families"])
_FAMILY_SETS = tuple(frozenset(f) for f in STORY_FAMILIES)  # for families_of, asked of every clause
_FAMILY_HEADS = tuple(f.split(" | ")[0].split() for f in _WORDS["story_families"])
VIOLENT = {i for i, head in enumerate(_FAMILY_HEADS) if head[0] == "violent"}
# The kind of happening each family's acts are ('crime', 'accident'), None where the acts are of several.
FAMILY_KINDS = tuple(head[1] if len(head) > 1 else None for head in _FAMILY_HEADS)
# Thefts and frauds: like attacks, a story may tell several, each after a day of its own.
TAKING = {i for i, f in enumerate(STORY_FAMILIES) if "cướp" in f}
CUSTODY = {i for i, f in enumerate(STORY_FAMILIES) if "tạm giữ" in f}
RETOLD_WORDS = 3  # syllables besides the verb a retelling shares with the summary


# 'bắt đầu', 'bắt gặp', 'bắt tay': 'bắt' and the next syllable are another word.
_NOT_STORY_WORD = re.compile(
    rf"(?<=bắt)\s+{_NOT_TAKING_BAT}{_E}"
    # 'chém gió' (to boast), 'game bắn cá' (an arcade game), 'giết mổ', 'giết thịt' (to slaughter stock)
    rf"|(?<=chém)\s+gió{_E}|(?<=bắn)\s+cá{_E}|(?<=giết)\s+(?:mổ|thịt){_E}",
    re.IGNORECASE,
)
# What drives or is driven: a crash's, not an attack's, party ('xe tải', 'tài xế').
_VEHICLE = re.compile(rf"{_B}(?:xe|ô\s*tô|tàu|tài\s+xế|lái|điều\s+khiển){_E}", re.IGNORECASE)


# 'tội Giết người', 'về hành vi “cướp giật ...”', 'khởi tố vụ án giết người': the act named as a charge
# ('có hành vi đánh' tells it done).
_CHARGE_NAMED = re.compile(
    r"(?<![^\W_])(?:tội|về\s+hành\s+vi|khởi\s+tố\s+vụ\s+án)\s*[“\"]?\s*$", re.IGNORECASE
)


def families_of(text: str, charges: bool = True) -> set[int]:
    """Return the kinds of act (indices into STORY_FAMILIES) the verbs of ``text`` tell, charges or not."""
    verbs = {
        " ".join(m.group().lower().split())
        for m in _STORY.finditer(text)
        if charges or not _CHARGE_NAMED.search(text, max(0, m.start() - 24), m.start())
    }
    # A verb matched alone ('đánh', read as a beating before whom it fell on) is its own kind.
    verbs = verbs or {" ".join(text.lower().split())}
    return {i for i, family in enumerate(_FAMILY_SETS) if verbs & family}


_OCCURRED = re.compile(r"\S+(?:\s+\S+){0,4}?\s+xảy\s+ra(?![^\W_])", re.IGNORECASE)
# A killing a summary told and a clause tells once more is that killing retold.
_DEATH = re.compile(rf"{_B}(?:tử\s+vong|chết|sát\s+hại|giết|thiệt\s+mạng){_E}", re.IGNORECASE)
_FULL_STOP = re.compile(r"[.!?](?=\s|$)")
SPEECH_VERBS = _WORDS["speech_verbs"]
# Nouns that name a meeting, a hearing or an incident: the phrase they head is an event.
EVENT_NOUNS = _WORDS["event_nouns"]
_NOUN = re.compile(rf"{_B}(?:{_words(*EVENT_NOUNS)}){_E}(?!(?<=thảo)\s+luận{_E})", re.IGNORECASE)
_SENT = r"(?:đến|tới|về|xuống|lên)"


_PAREN = re.compile(r"\s*\([^()]*\)")
_HELD = re.compile(
    r"\s+(?:(?:đã|sẽ|vừa)\s+)?(?:diễn\s+ra|được\s+tổ\s+chức|khai\s+mạc|kết\s+thúc)(?![^\W_])", re.IGNORECASE
)
CASE_VERBS = _WORDS["case_verbs"]
_COUNTED_ACCUSED = re.compile(
    rf"{_B}(?:[0-9]+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:bị\s+cáo|bị\s+can|đối\s+tượng)\s+$",
    re.IGNORECASE,
)
_HONORIFICS = ("ông", "bà", "anh", "chị", "đồng chí")
OFFICIAL_VERBS = _WORDS["official_verbs"]
# The words of a court's name between it and its ruling: 'TAND tỉnh X', 'Tòa sơ thẩm', 'TAND Cấp cao tại Y'.
_COURT_NAME = _words(
    "tỉnh", "huyện", "quận", "thị xã", "thành phố", "TP", "tại", "cấp", "cao", "tối cao",
    "sơ thẩm", "phúc thẩm", "nhân dân",
)
# A court's ruling is told as done, with or without 'đã': 'Từ đó tòa tuyên phạt bị cáo 12 năm tù'.
_VERDICT = compile_led(
    rf"{_B}(?:{_words(*_WORDS['courts'])})(?:\s+(?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^\s,;.()]*|{_COURT_NAME}){_E}){{0,8}}?"
    # 'TAND TP Sầm Sơn (Thanh Hóa) đã tuyên phạt': the court's province in brackets.
    rf"(?:\s*\([^()]{{1,40}}\))?\s+(?:(?:{_words('đã', 'vừa', 'mới', 'cũng', 'sau đó', 'lần lượt')})\s+)*"
    # 'HĐXX quyết định tuyên phạt X', 'tòa quyết định trả hồ sơ': the ruling the court decided is the ruling;
    # 'Tòa tuyên bị cáo X 20 năm tù', 'tuyên Y án tù chung thân', 'tuyên tử hình': what it sentenced whom to.
    rf"(?:quyết\s+định\s+)?(?:(?:{_words(*_WORDS['verdict_verbs'])}){_E}"
    rf"|tuyên(?=\s+(?:(?:bị\s+cáo|tử\s+hình|các|hai|ba|bốn){_E}|(?-i:[{_UPPER}]))))",
    re.IGNORECASE,
)
_PERIOD_WORDS = re.compile(
    rf"{_B}(?:năm|tháng|quý|tuần|đợt|từ\s+đầu|thời\s+gian|giai\s+đoạn|cao\s+điểm|qua|đến\s+nay|liên\s+tiếp){_E}",
    re.IGNORECASE,
)
# Words an act verb begins or ends that are no act: 'cấp cứu', 'trực tiếp', 'bảo vệ', 'giao thông';
# a tip received ('nhận được tin báo') only leads to the act.
NOT_ACTS = _WORDS["not_acts"]
_NOT_ACT = compile_led(rf"{_B}(?:{_words(*NOT_ACTS)}){_E}", re.IGNORECASE)
NAME_WORDS = 18  # gold names run 3-30 syllables; most of a clause's sense is in its first 18
ALIAS_WORDS = 40  # a telling longer than this is a run-on of clauses, no name anyone searches for
SUBJECT_WORDS = 5  # a longer subject (a person with a title chain) is left out of the name


def folded_words(name: str) -> set[str]:
    """Return the words of ``name``, lower case and without tones."""
    return set(_folded_words(name))  # a set of its own: callers add to it


@lru_cache(maxsize=4096)  # the same names are compared again and again (six times each, on the corpus)
def _folded_words(name: str) -> frozenset[str]:
    """Return ``folded_words(name)``, once per name."""
    return frozenset(re.findall(r"[^\W_]+", fold_tones(name.lower())))


_LEAD_EVENT = re.compile(r"\s*(?:tại|trong|sau|trước|qua)\s+", re.IGNORECASE)  # a sentence led by its setting
# 'mới đây', 'vừa qua': recently, on a day the text does not give.
_VAGUE_TIME = re.compile(rf"{_B}(?:mới\s+đây|vừa\s+qua|gần\s+đây|thời\s+gian\s+qua){_E}", re.IGNORECASE)
# Words that open a sentence a caption or a heading ran into; the lead words of a sentence only
# after a lower-case word ('tại phiên tòa Khoảng 17 giờ ...'), where no name can hold them.
_RUN_ON = compile_led(
    r"\s(?:Theo|Tiếp đó|Được biết|Ảnh|Trước đó|Sau đó|Tuy nhiên|Clip|Video)(?![^\W_])"
    r"|(?<=[^\W\d_])\s(?:Khoảng|Tại|Trong|Sau khi|Trước khi|Ngoài ra|Bên cạnh đó|Như vậy|Hiện nay|Mới đây"
    # ('Sở Thông tin và Truyền thông', 'Cổng Thông tin điện tử': a name, no sentence)
    r"|Vừa qua|Cụ thể|Rạng sáng|Thông tin(?!\s*(?:và|&|-)\s*Truyền|\s+điện\s+tử)|Cũng theo|Như tin|Nhận tin"
    r"|Như đã|Hôm qua|Hôm nay|Qua đó"
    r"|Vụ án|Vụ việc|Vụ tai nạn)(?![^\W_])"  # 'X và Y bị bắt Vụ án xảy ra ...': a caption run into the text
)
_RELATED_LEAD = re.compile(r"^liên\s+quan\s+(?:đến|tới)\s+(?=vụ\s)", re.IGNORECASE)


# The words of an administrative level written before a place's name, and those of a hamlet.
_LEVELS = r"xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|TP\.?|thành\s+phố"
_HAMLETS = r"thôn|ấp|bản|xóm"
_WHEN_THEN = re.compile(
    r"^(?:khi|trong\s+(?:lúc|khi))\s+(?P<when>.+?)\s+thì\s+(?P<main>\S.*)$", re.IGNORECASE
)
# A unit of a place named after a lead ('phường X', 'TP Y'), and a bare name after one ('Hoàn Kiếm').
_PLACE_SEGMENT = re.compile(
    rf"\s*(?:{_LEVELS}|{_HAMLETS})\s+(?-i:[A-ZĐ0-9])",
    re.IGNORECASE,
)
_AT_LEAD = re.compile(r"\s*(?:tại|trên|dưới|ở|thuộc|đoạn)\s", re.IGNORECASE)
TRAIL_HEAD_WORDS = 4  # an act shorter than this without its purpose says too little to name it
_SO_ACT = re.compile(
    rf"\s(?-i:nên|vì\s+vậy|do\s+đó)\s+(?:đã\s+)?"  # 'Nên' is a name ('ông Nguyễn Văn Nên ký lệnh ...')
    rf"(?=(?:ra\s+lệnh\s+)?(?:{_words(*OFFICIAL_VERBS, 'ra lệnh')}){_E})",
    re.IGNORECASE,
)
_SPEECH_IN = re.compile(rf"{_B}{_NOT_IN_NAME}(?:{_words(*SPEECH_VERBS)}){_E}", re.IGNORECASE)
