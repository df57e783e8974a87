"""Keep one event per happening: fold retellings and repeated wordings into the event they tell."""

from __future__ import annotations

import dataclasses
import re
from functools import cache, lru_cache

from graph.facts import Event, Span
from graph.regex_lead import compile_led
from graph.text import runs_on, slug

from .event_dates import Basis
from .event_kinds import kind_of
from .event_names import cap_words, drop_places, tidy_name
from .event_words import (
    _ACT,
    _B,
    _DEATH,
    _E,
    _FULL_STOP,
    _LEVELS,
    _NOT_ACT,
    _NOUN,
    _OCCURRED,
    _PERIOD_WORDS,
    _PRESS,
    _VERDICT,
    ACT_VERBS,
    NAME_WORDS,
    RETOLD_WORDS,
    STORY_FAMILIES,
    STORY_VERBS,
    TRAIL_HEAD_WORDS,
    TURNED_IN,
    VIOLENT,
    _words,
    folded_words,
)

__all__ = [
    "INCIDENT_KINDS", "absorb", "caption_yields", "generic_incident_each", "incident_after_each",
    "incident_of", "incident_retold", "kindless_retold", "named_before", "one_arrest_each",
    "one_ceremony_each", "one_incident_each", "one_trial_each", "one_wording_each", "other_days", "retell",
    "same_happening", "two_acts_each",
]

# The kinds of happening a story's incident is: told by an act, named again by its noun.
INCIDENT_KINDS = ("crime", "accident", "fire")


INCIDENT_SHARE = 0.6  # of the words of 'vụ X' a summary's name must hold to be the incident told again
# The same verbs as written inside a sentence (lower case): 'Ban Chỉ đạo' holds no verb.
_ACT_IN_TEXT = re.compile(rf"{_B}(?:{_words(*ACT_VERBS)}){_E}")
SAME_START = 5  # names whose acts begin with the same five words tell the same happening


_APPOINTEE = re.compile(
    r"bổ\s+nhiệm\s+((?:ông|bà|đồng\s+chí)\s+\S+(?:\s+\S+){0,3}?)\s+(?:giữ|vào|làm)(?![^\W_])"
)




# Whom an act befell, by the kin word a report names a victim with ('đâm anh Hồ Văn Tám').
_VICTIM_KIN = compile_led(rf"{_B}(?:anh|chị|ông|bà|em|cháu|cô|bé)\s+(?=[^\W\d_])", re.IGNORECASE)


def _victims(name: str) -> set[str]:
    """Return the given names of the persons a name tells an act befell ('anh Hồ Văn Tám', 'anh Tám': tám)."""
    given: set[str] = set()
    for kin in _VICTIM_KIN.finditer(name):
        words = []
        for word in name[kin.end() :].split():
            if not word[:1].isupper():
                break
            words.append(word.strip(".,;:").lower())
        given.update(words[-1:])  # ('Văn', 'Thị' stand in the middle of half the names)
    return given


@lru_cache(maxsize=4096)  # pure; a report compares the same pairs of names about three times over
def same_happening(a: str, b: str) -> bool:
    """Whether two names tell the same happening (most of the longer one's syllables shared)."""
    who_a, who_b = _APPOINTEE.match(a), _APPOINTEE.match(b)
    if who_a and who_b and who_a.group(1) != who_b.group(1):
        return False  # 'bổ nhiệm ông A làm X', 'bổ nhiệm bà B làm X': two appointments
    hurt_a, hurt_b = _victims(a), _victims(b)
    if hurt_a and hurt_b and not hurt_a & hurt_b:
        return False  # 'Bảy đâm anh Hồ Văn Tám', 'Chín đâm ông Đỗ Văn Mười': two acts on two persons
    if bool(_PRESS.search(a)) != bool(_PRESS.search(b)):
        return False  # 'Họp báo Hội nghị X' and 'Hội nghị X': the press told of the meeting, then the meeting
    act_a, act_b = _ACT_IN_TEXT.search(a), _ACT_IN_TEXT.search(b)
    if act_a and act_b:
        # 'X phát hiện và tạm giữ đoàn xe tải ...' told twice, by other subjects or with other details
        words_a, words_b = a[act_a.start() :].split(), b[act_b.start() :].split()
        head = words_a[:SAME_START]
        if (
            head == words_b[:SAME_START]
            and min(len(words_a), len(words_b)) > SAME_START
            and all(w[:1].islower() for w in head)  # 'đón nhận Huân chương ... hạng Nhất': a name goes on
        ):
            return True
    x, y = folded_words(a), folded_words(b)
    return bool(x and y) and len(x & y) / max(len(x), len(y)) >= 0.6


def _capitals(name: str) -> set[str]:
    return {w.lower() for w in name.split()[1:] if w[:1].isupper() or w[:1].isdigit()}


def named_before(found: list[Event], noun: str, name: str) -> bool:
    """Whether a meeting noun phrase refers to one already found: same noun, no name of its own.

    'kỳ thi với yêu cầu ...' after 'Kỳ thi THPT quốc gia năm 2017' is that exam again; 'Hội nghị
    Trung ương 6' after 'hội nghị tổng kết' is another meeting, named by its capitals.
    """
    for event in found:
        if event.name.lower().startswith(noun) and _capitals(name) <= _capitals(event.name):
            return True
    return False


_KIND_WORDS = {"buoi", "cuoc", "phien", "le", "dot", "vu"} | folded_words("buổi cuộc phiên lễ đợt vụ")
# What a meeting's noun told again may say of it: that it began or ended ('buổi lễ chính thức bắt đầu').
_STARTED = folded_words("đã chính thức bắt đầu kết thúc khai mạc bế mạc diễn ra")


def other_days(name: str, date: str | None, other: str | None) -> bool:
    """Whether an act told on one day and a like one on another are two (not a noun's one meeting)."""
    # 'ông A về huyện X đối thoại' on the 20th, 'ông A về xã Y đối thoại' on the 22nd: two visits.
    return len(date or "") == len(other or "") == 10 and _apart(date, other) and not _NOUN.match(name)


def absorb(found: list[Event], name: str, date: str | None) -> bool:
    """Whether ``name`` tells a happening already found; a fuller name then replaces a bare one."""
    for event in found:
        if other_days(name, date, event.date):
            continue
        if same_happening(name, event.name):
            return True
        if len(name.split()) <= 3 and folded_words(name) - _KIND_WORDS <= folded_words(event.name):
            return True  # 'buổi gặp mặt' after 'gặp mặt Hội X': the same meeting referred to
        noun = _NOUN.match(name)
        if (
            noun is not None
            and bool(tail := folded_words(name[noun.end() :]))  # ('phiên sơ thẩm': the hearing, named)
            and tail <= _STARTED
            and kind_of(name) == kind_of(event.name) is not None
        ):
            return True  # 'Khi buổi lễ chính thức bắt đầu, ...' after 'đại lễ cầu an chùa X': that ceremony
        if (
            _NOUN.match(name)
            and _NOUN.match(event.name)
            and not name.lower().startswith("vụ")  # 'vụ X' after 'phiên xử vụ X': the case, not the hearing
            and folded_words(name) <= folded_words(event.name)
            and bool(_PRESS.search(name)) == bool(_PRESS.search(event.name))  # 'Họp báo Hội nghị X' is not X
        ):
            return True  # 'Kỳ họp thứ 3' after 'kỳ họp thứ 3, Quốc hội khóa XIV': the same session
        if (
            len(event.name.split()) <= 5
            and folded_words(event.name) <= folded_words(name)
            and bool(_PRESS.search(name)) == bool(_PRESS.search(event.name))  # 'họp báo về kỳ họp thứ 4'
        ):
            event.name = name  # 'Phiên họp thứ ba', later 'Phiên họp thứ ba của Ban Chỉ đạo ...'
            event.date = event.date or date
            return True
    return False


# 'X khởi tố 14 bị can, bắt tạm giam 2 đối tượng', 'triệt phá một sòng bạc, tạm giữ 15 đối tượng': two acts,
# each on what it counts.
_TWO_ACTS = re.compile(
    rf"^(?P<first>.*?{_B}(?:{_words(*ACT_VERBS)}){_E}\s+(?:[0-9]+|một)\s[^,;]+?),\s+(?:và\s+)?"
    rf"(?P<second>(?:{_words(*ACT_VERBS)})(?:\s+(?:{_words(*ACT_VERBS)}))*{_E}\s+[0-9]+\s.+)$",
    re.IGNORECASE,
)


# 'dừng tổ chức lễ hội X sau sự cố trâu số 18 húc chết chủ': the deadly incident it follows is told too.
_AFTER_INCIDENT = re.compile(rf"{_B}sau\s+(?P<what>sự\s+cố\s+[^,;.()]+)", re.IGNORECASE)


def _within(name: str, other: str) -> bool:
    """Whether most syllables of the shorter of two names are in the other one."""
    x, y = folded_words(name), folded_words(other)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.6


def incident_after_each(found: list[Event], used: set[str]) -> tuple[list[Event], set[str]]:
    """Add the deadly incident an act follows ('... sau sự cố X làm chết Y') when no event tells it."""
    out, added = list(found), set()
    for event in found:
        m = _AFTER_INCIDENT.search(event.quote or "")
        if m is None or event.part_of or not _DEATH.search(m.group("what")):
            continue
        name = cap_words(drop_places(tidy_name(m.group("what"))), NAME_WORDS)
        if len(name.split()) < TRAIL_HEAD_WORDS or any(
            _within(name, told) for e in out for told in (e.name, *e.aliases)
        ):
            continue  # told already, maybe with fewer words ('tai biến khiến 7 người tử vong')
        base = slug(name)[:60].strip("-") or "event"
        sid, k = base, 2
        while sid in used:
            sid, k = f"{base}-{k}", k + 1
        used.add(sid)
        added.add(sid)
        # When it happened is not told here: before the act, not on its day.
        out.append(
            dataclasses.replace(
                event, id=sid, name=name, kind=kind_of(name), aliases=[], date=None, date_precision=None,
                date_basis=None, participants=[], recipients=[],
            )
        )
    return out, added


def two_acts_each(found: list[Event], used: set[str]) -> list[Event]:
    """Split an event whose name tells two acts, each on a number of its own, into two events."""
    out: list[Event] = []
    for event in found:
        m = _TWO_ACTS.match(event.name)
        # 'Từ đầu năm đến nay ... xử lý 7 vụ, bắt giữ 15 đối tượng': a period's tally, no two acts.
        if m is None or event.part_of or _PERIOD_WORDS.search(event.quote or ""):
            out.append(event)
            continue
        event.name, event.kind = m.group("first"), kind_of(m.group("first"))
        event.aliases = []
        second = m.group("second")
        base = slug(second)[:60].strip("-") or "event"
        sid, k = base, 2
        while sid in used:
            sid, k = f"{base}-{k}", k + 1
        used.add(sid)
        out += [event, dataclasses.replace(event, id=sid, name=second, kind=kind_of(second), aliases=[])]
    return out


def one_wording_each(found: list[Event]) -> list[Event]:
    """Fold an event into one told by the same sentence that already has its name as a wording.

    '18 bệnh nhân chạy thận thì xảy ra sự cố X' has 'sự cố X' as a wording; the noun phrase 'sự cố X'
    read again from that sentence is the same happening, not a second one.
    """
    parents = {e.part_of for e in found if e.part_of}
    kept: list[Event] = []
    for event in found:
        name = " ".join(event.name.lower().split())
        twin = next(
            (
                k
                for k in kept
                if k.quote == event.quote
                and not k.part_of
                and not event.part_of
                and event.id not in parents
                and name in {" ".join(a.lower().split()) for a in k.aliases}
            ),
            None,
        )
        if twin is None:
            kept.append(event)
            continue
        _fold_telling(twin, event)
    return kept


def incident_of(told: str, name: str) -> bool:
    """Whether 'vụ X' told as having happened is ``name``'s happening: most of X's words are its words.

    'tại phường 3 xảy ra vụ thiếu nữ bị tấn công bằng hung khí' after the summary 'Lan bị một người lạ
    tấn công và gây thương tích bằng hung khí' tells that attack as an incident, not another one.
    """
    if told[:3].lower() != "vụ ":
        return False
    words = folded_words(told) - folded_words("vụ") - _FUNCTION_WORDS
    shared = words & folded_words(name)
    return len(shared) >= RETOLD_WORDS and len(shared) >= INCIDENT_SHARE * len(words)


def one_incident_each(found: list[Event]) -> list[Event]:
    """Drop 'Vụ X xảy ra lúc ...' when the report names 'vụ X ...' otherwise: its time, not a new incident."""
    nouns: dict[str, Event] = {}
    for event in found:
        noun = _NOUN.match(event.name)
        if noun is not None and noun.group().lower().startswith("vụ") and not _OCCURRED.match(event.name):
            nouns.setdefault(" ".join(noun.group().lower().split()), event)
    kept = []
    for event in found:
        noun = _NOUN.match(event.name)
        other = nouns.get(" ".join(noun.group().lower().split())) if noun is not None else None
        if other is not None and other is not event and _OCCURRED.match(event.name):
            _fold_telling(other, event)
            continue
        kept.append(event)
    return kept


def retell(event: Event, span: Span, basis: Basis | None) -> None:
    """Fold another telling of ``event`` into it: its span, and the telling's date if the event has none."""
    if event.date is None and basis is not None and basis[0]:
        event.date, event.date_precision, event.date_basis = basis
    event.spans.append(span)


def _fold_telling(into: Event, event: Event) -> None:
    """Fold ``event``, another telling of ``into``, into it: its sentences, and its date if it has none."""
    if into.date is None and event.date:
        into.date, into.date_precision, into.date_basis = event.date, event.date_precision, event.date_basis
    into.spans += event.spans


def _fold_named(into: Event, event: Event) -> None:
    """Fold ``event`` into ``into`` as :func:`_fold_telling` does, keeping its wording as an alias."""
    _fold_telling(into, event)
    if event.name not in into.aliases:
        into.aliases.append(event.name)


RULING_SENTENCES = 3  # a ruling told further from its undated hearing may be another court's


def one_trial_each(found: list[Event], text: str) -> list[Event]:
    """Drop a court's ruling told on the day of its hearing ('xét xử sơ thẩm', 'Tòa sơ thẩm tuyên phạt ...').

    The hearing is the event; a ruling told on another day (a verdict deferred, an appeal) stays one.
    """
    # A hearing dated only by an earlier sentence may be another day's (an appeal after the verdict).
    hearings = [
        e
        for e in found
        if e.kind == "trial" and e.date and _NOUN.match(e.name) and "earlier" not in (e.date_basis or "")
    ]
    kept: list[Event] = []
    for event in found:
        same = next(
            (h for h in hearings if h is not event and h.date == event.date and _VERDICT.search(event.name)),
            None,
        )
        last = kept[-1] if kept else None
        if (
            same is None
            and last is not None
            and event.date is None
            and last.kind == "trial"
            and _NOUN.match(last.name)
            and _VERDICT.search(event.name)
            and (
                last.quote == event.quote
                or last.date is None
                and "\n" not in text[last.spans[0].end : event.spans[0].start]
                and len(_FULL_STOP.findall(text, last.spans[0].end, event.spans[0].start)) <= RULING_SENTENCES
            )
        ):
            # 'Tại phiên sơ thẩm, HĐXX nhận định ...', then 'Từ đó, HĐXX tuyên phạt X ...' with no day
            # and nothing else told between: the ruling of the hearing just told.
            same = last
        if (
            same is None
            and last is not None
            and _NOUN.match(event.name)
            and event.kind == last.kind == "trial"
            and last.quote == event.quote
            and not _NOUN.match(last.name)
            and _VERDICT.search(last.name)
        ):
            # 'Trong phiên tòa sơ thẩm, X bị TAND tỉnh Y tuyên phạt ...': the ruling told first, one hearing.
            event.spans += last.spans
            event.aliases.append(last.name)
            kept[-1] = event
            continue
        if same is not None and not _NOUN.match(event.name):
            same.spans += event.spans
            same.aliases.append(event.name)
            continue
        kept.append(event)
    return kept


# Small words two tellings share without telling the same thing.
_FUNCTION_WORDS = folded_words("của và ở tại trong trên với cho các những một là thì mà đã bị được này đó")
_FUNCTION_WORDS |= folded_words("ông bà anh chị")


_FAMILY_WORD = re.compile(rf"{_B}(?:{_words(*(w for f in STORY_FAMILIES for w in f))}){_E}", re.IGNORECASE)


def _kinds_of_act(text: str) -> set[int]:
    """Return the kinds of act (indices into STORY_FAMILIES) any word of ``text`` tells ('gài mìn')."""
    words = {" ".join(m.group().lower().split()) for m in _FAMILY_WORD.finditer(text)}
    return {i for i, family in enumerate(STORY_FAMILIES) if words & set(family)}


def _first_act(name: str) -> str:
    """Return the first act verb a name tells ('phát nổ' of 'quả mìn phát nổ trước nhà X'), or ''."""
    compounds = [(m.start(), m.end()) for m in _NOT_ACT.finditer(name)]
    for m in _ACT.finditer(name):
        if m.start() > 0 and m.group()[:1].isupper() or any(a <= m.start() < b for a, b in compounds):
            continue  # a name ('Lê Văn Hòa'), or a word that is no act ('cấp cứu')
        return m.group()
    return ""


def _alike(kinds: set[int], others: set[int]) -> bool:
    """Whether two sets of kinds of act share one; every attack is one kind ('hành hung' is 'đánh')."""
    return bool(kinds & others) or bool(kinds & _KILLING and others & _KILLING)


@cache
def _story_words() -> frozenset[str]:
    """Return the folded words of every story verb and act family (what two tellings share anyway)."""
    families = " ".join(" ".join(f) for f in STORY_FAMILIES)
    return frozenset(folded_words(" ".join(STORY_VERBS)) | folded_words(families))


def _share_words(name: str, other: str, verbs: frozenset[str]) -> bool:
    """Whether two names share RETOLD_WORDS words or more besides ``verbs`` and small words."""
    return len((folded_words(name) & folded_words(other)) - verbs - _FUNCTION_WORDS) >= RETOLD_WORDS


def incident_retold(found: list[Event]) -> list[Event]:
    """Fold a clause that tells an incident named by its noun ('vụ gài mìn nhà X', then 'quả mìn phát
    nổ trước nhà X') into it: one happening, dated by the clause when the noun phrase had no day.

    Only a clause whose first act is of the incident's kind (STORY_FAMILIES) and that shares at least
    RETOLD_WORDS words besides verbs and small words with its name tells it again; one that only
    speaks of it ('nhờ bạn đặt mìn nhà X', 'viết đơn khai ... đặt mìn') is a step of its own.
    """
    verbs = _story_words()
    kept: list[Event] = []
    for event in found:
        incident = next(
            (
                e
                for e in kept
                if e.name[:3].lower() == "vụ "
                and not _NOUN.match(event.name)
                and _kinds_of_act(e.name) & _kinds_of_act(_first_act(event.name))
                and _share_words(e.name, event.name, verbs)
            ),
            None,
        )
        if incident is not None:
            _fold_telling(incident, event)
            continue
        # 'Liên quan đến vụ X ...' after the summary told X's act: the incident is that act named again.
        act = next(
            (
                e
                for e in kept
                if event.name[:3].lower() == "vụ "
                and not _NOUN.match(e.name)
                and not e.part_of
                and e.kind in (None, *INCIDENT_KINDS)
                and _alike(_kinds_of_act(event.name), _kinds_of_act(_first_act(e.name)))
                and _share_words(e.name, event.name, verbs)
            ),
            None,
        )
        if act is not None:
            _fold_named(act, event)
            continue
        kept.append(event)
    return kept


# A capitalised run after these is a unit's or a place's name, not a person's.
_PLACE_LEVEL = folded_words("tỉnh huyện xã quận phường thị trấn thành phố TP Công an Bộ Sở")


def _persons(name: str) -> set[str]:
    """Return the given names in a name: the last word of each capitalised run not after a level word."""
    given: set[str] = set()
    words = [w.strip(".,;:()“”\"") for w in name.split()]
    for k, word in enumerate(words[1:], start=1):
        ends_run = k + 1 == len(words) or not words[k + 1][:1].isupper()
        if word[:1].isupper() and ends_run:
            start = k
            while start > 0 and words[start - 1][:1].isupper():
                start -= 1
            if start > 0 and not folded_words(words[start - 1]) & _PLACE_LEVEL:
                given.add(word.lower())
    return given


def kindless_retold(found: list[Event]) -> list[Event]:
    """Fold a clause with no kind that tells again the act of a kinded event on the same person into it.

    'Công an X điều tra vụ Y hành hung anh Z', then 'Y lao vào hành hung anh Z': one attack, the second
    wording an alias. The act must be of the event's kind of act (STORY_FAMILIES) and befall the same
    person; an act on another person, or another day's, stays an event of its own.
    """
    kept: list[Event] = []
    for event in found:
        into = None
        if event.kind is None and not event.part_of and not _NOUN.match(event.name):
            act, hurt = _kinds_of_act(_first_act(event.name)), _victims(event.name)
            into = next(
                (
                    e
                    for e in kept
                    if e.kind is not None
                    and not e.part_of
                    and act
                    and _alike(act, _kinds_of_act(e.name))
                    # an arrest or a trial names its charge by the act ('bắt X về tội giết người'):
                    # only the one it befell, or an incident's persons, tell the act itself again
                    and (
                        hurt & _victims(e.name)
                        or e.kind in INCIDENT_KINDS and _persons(event.name) & _persons(e.name)
                    )
                    and not _apart(e.date, event.date)
                ),
                None,
            )
        if into is None:
            kept.append(event)
        else:
            _fold_named(into, event)
    return kept


# 'vụ án mạng đặc biệt nghiêm trọng', 'vụ tai nạn giao thông trên QL 1A': an incident named by its kind
# alone, with how grave it was and where, no one and nothing in it.
_GENERIC_INCIDENT = re.compile(
    r"^(?:một\s+)?vụ\s+(?P<kind>án\s+mạng|trọng\s+án|tai\s+nạn|TNGT|cháy|hỏa\s+hoạn)"
    r"(?:\s+(?:giao\s+thông|đặc\s+biệt|rất|nghiêm\s+trọng|thảm\s+khốc|thương\s+tâm|kinh\s+hoàng|đau\s+lòng"
    r"|liên\s+hoàn|này|nói\s+trên|(?:đã\s+|vừa\s+)?xảy\s+ra))*"
    rf"(?:\s+(?:ở|tại|trên)\s+[^,;]+(?:,\s*(?:{_LEVELS})\s+[^,;]+)*)?$",
    re.IGNORECASE,
)
# The acts each kind of incident is told by: a killing by a blow, an accident by a crash, a fire by a fire.
_KILLING = set(VIOLENT)
_CRASH = {i for i, family in enumerate(STORY_FAMILIES) if "tông" in family}
_FIRE = {i for i, family in enumerate(STORY_FAMILIES) if "cháy" in family}
# 'xe tải đâm vào xe máy', 'bị đoàn tàu đâm trực diện': a vehicle's 'đâm' is a crash, not a stabbing.
_VEHICLE_HIT = re.compile(
    rf"{_B}(?:đâm\s+(?:vào|thẳng|trực\s+diện|sầm|gãy|văng)|(?:xe|tàu|ô\s*tô)\S*(?:\s+\S+){{0,3}}\s+đâm){_E}",
    re.IGNORECASE,
)


_FIRE_FIGHTING = re.compile(rf"{_B}(?:phòng\s+cháy|chữa\s+cháy|PCCC){_E}", re.IGNORECASE)


def _told_by(kind: str, name: str) -> bool:
    """Whether a clause's act is one an incident of ``kind`` ('án mạng', 'tai nạn', 'cháy') is told by."""
    kinds = _kinds_of_act(name)
    kind = " ".join(kind.lower().split())
    if kind in ("án mạng", "trọng án"):
        return bool(kinds & _KILLING) and _VEHICLE_HIT.search(name) is None
    if kind in ("tai nạn", "tngt"):
        return bool(kinds & _CRASH) or _VEHICLE_HIT.search(name) is not None
    # 'Phòng Cảnh sát phòng cháy chữa cháy': a unit's name, no fire.
    return bool(_kinds_of_act(_FIRE_FIGHTING.sub(" ", name)) & _FIRE)


def generic_incident_each(found: list[Event]) -> list[Event]:
    """Fold an incident named by its kind alone ('vụ án mạng nghiêm trọng') into the act that tells it.

    A story names its killing 'vụ án mạng' in one sentence and tells who stabbed whom in another: one
    happening, named by the act, with the incident's wording among its aliases. An incident with no
    act of its kind told stays an event of its own.
    """
    kept: list[Event] = []
    for event in found:
        generic = _GENERIC_INCIDENT.match(event.name)
        into = None
        if generic is not None and not event.part_of:
            into = next(
                (
                    e
                    for e in found
                    if e is not event
                    and not e.part_of
                    and e.kind in (None, *INCIDENT_KINDS)
                    and _GENERIC_INCIDENT.match(e.name) is None
                    and not _apart(e.date, event.date)
                    and _told_by(generic.group("kind"), e.name)
                ),
                None,
            )
        if into is None:
            kept.append(event)
        else:
            _fold_named(into, event)
    return kept


_ARRESTED = re.compile(rf"{_B}bị\s+(?:\S+\s+){{0,4}}?(?:bắt|tạm\s+giữ|tạm\s+giam){_E}", re.IGNORECASE)


def _apart(date: str | None, other: str | None) -> bool:
    """Whether two dates fall apart: both known, neither within the other ('2017-05' holds '2017-05-03')."""
    return bool(date and other and not date.startswith(other) and not other.startswith(date))


def one_arrest_each(found: list[Event], given_names: set[str]) -> list[Event]:
    """Keep one arrest per person: 'Công an quận X tạm giữ Lò Văn Khải', later 'Khải bị bắt giữ', is one.

    A story tells its arrest in the summary and again in the body, with other words and agents;
    an arrest of other people, a surrender ('đầu thú'), or a step on another day (an arrest in one
    year, the custody after an extradition in the next) stays an event of its own.
    """

    def named(name: str) -> set[str]:
        return {w for w in re.findall(r"[^\W\d_]+", name) if w in given_names}

    def arrested(event: Event) -> set[str]:
        if named(event.name):
            return named(event.name)
        # 'Xung quanh vụ việc bác sĩ X bị bắt ...', named by the act alone: whom the passive befell.
        passive = _ARRESTED.search(event.quote)
        return named(event.quote[: passive.start()].split(",")[-1]) if passive else set()

    kept: list[Event] = []
    for event in found:
        if event.kind == "arrest" and not TURNED_IN.search(event.name):
            who = arrested(event)
            first = next(
                (
                    e
                    for e in kept
                    if e.kind == "arrest"
                    and not TURNED_IN.search(e.name)
                    and who & arrested(e)
                    and not _apart(e.date, event.date)
                ),
                None,
            )
            if first is not None:
                shorter = len(event.name.split()) < len(first.name.split())
                if shorter and (named(event.name) or not named(first.name)):
                    # The shorter telling names it: 'Khải bị bắt giữ', not the agent's title and the asides.
                    first.aliases = [first.name, *first.aliases]
                    first.name, first.id, first.quote = event.name, event.id, event.quote
                _fold_telling(first, event)
                continue
        kept.append(event)
    return kept


_SESSION_HEAD = re.compile(r"^(?:buổi|cuộc)\s+", re.IGNORECASE)
CEREMONY_HEAD_WORDS = 3  # 'lễ phóng sinh', 'lễ hội chọi trâu': the words that say which ceremony it is


# A number that tells which of a series a ceremony is ('lần thứ 6', 'năm 2017'), not a count of who came.
_NTH = re.compile(
    r"(?:lần|thứ|năm|khóa|khoá)\s+([0-9IVXLC]+)|(?<![0-9.,])((?:19|20)[0-9]{2})(?![0-9])", re.IGNORECASE
)


def _marks(name: str) -> set[str]:
    """Return what tells one ceremony from another of its kind: the names in it and its number."""
    names = {w.lower() for w in name.split()[1:] if w[:1].isupper()}
    return names | {m.group(1) or m.group(2) for m in _NTH.finditer(name)}


def one_ceremony_each(found: list[Event]) -> list[Event]:
    """Fold a ceremony told again ('Lễ phóng sinh thu hút hơn 1.000 phật tử') into its first telling.

    A story tells its ceremony in several sentences, each with its own tail ('lễ phóng sinh ở trước cửa
    đình X', 'buổi lễ phóng sinh đảm bảo an ninh ...'): the same first words and no name or number the
    other lacks on both sides make one ceremony ('Lễ trao giải lần thứ XI' and 'lễ trao giải lần thứ X'
    are two). On other days they are two.
    """
    kept: list[Event] = []
    for event in sorted(found, key=lambda e: e.spans[0].start if e.spans else 0):
        head = _SESSION_HEAD.sub("", event.name.lower()).split()[:CEREMONY_HEAD_WORDS]
        first = next(
            (
                e
                for e in kept
                if event.kind == e.kind == "ceremony"
                and not event.part_of
                and not e.part_of
                and len(head) == CEREMONY_HEAD_WORDS
                and _SESSION_HEAD.sub("", e.name.lower()).split()[:CEREMONY_HEAD_WORDS] == head
                and (_marks(event.name) <= _marks(e.name) or _marks(e.name) <= _marks(event.name))
                and not (len(event.date or "") == len(e.date or "") == 10 and event.date != e.date)
            ),
            None,
        )
        if first is None:
            kept.append(event)
            continue
        first.spans += event.spans
        first.aliases += [a for a in (event.name, *event.aliases) if a not in first.aliases]
        if first.date is None and event.date is not None:
            # 'Ban tổ chức lễ hội X cho biết' first, 'sáng 1/7 đã diễn ra lễ hội X năm 2017' later: the
            # telling with its day names the ceremony.
            first.aliases = [first.name, *(a for a in first.aliases if a != event.name)]
            first.name, first.date, first.date_basis = event.name, event.date, event.date_basis
        told = _SESSION_HEAD.match(first.name) is not None
        bare = next((a for a in first.aliases if told and not _SESSION_HEAD.match(a)), None)
        if bare is not None and _SESSION_HEAD.sub("", bare.lower()).split()[:CEREMONY_HEAD_WORDS] == head:
            # 'buổi lễ X đảm bảo an ninh' is the ceremony referred to; 'lễ X ở Y' tells it.
            first.aliases = [first.name, *(a for a in first.aliases if a != bare)]
            first.name = bare
    order = {id(e): i for i, e in enumerate(found)}
    return sorted(kept, key=lambda e: order[id(e)])


# The police's and the court's steps a caption or a sub-heading tells as often as the body does
# ('Công an khám nghiệm hiện trường', 'X bị khởi tố', 'Bị cáo X tại phiên tòa'), each a kind of its
# own beside the story's acts (STORY_FAMILIES); holding in custody is the arrest's kind.
_CAPTION_STEPS = (
    ("scene", compile_led(rf"{_B}khám\s+nghiệm{_E}", re.IGNORECASE)),
    ("charge", compile_led(rf"{_B}khởi\s+tố{_E}", re.IGNORECASE)),
    ("trial", compile_led(rf"{_B}(?:xét\s+xử|tuyên\s+(?:án|phạt)|phiên\s+(?:tòa|toà|xử)){_E}", re.I)),
    ("wanted", compile_led(rf"{_B}truy\s+nã{_E}", re.IGNORECASE)),
    ("custody", compile_led(rf"{_B}tạm\s+giam{_E}", re.IGNORECASE)),
)
_ARREST = next(i for i, f in enumerate(STORY_FAMILIES) if "bắt giữ" in f)
CAPTION_SHARED_WORDS = 2  # words besides verbs and small words a caption shares with the body's telling


# 'điều tra nguyên nhân vụ cháy rừng': a case named as what an act is on, not the act told; 'bị bắt
# tạm giam để điều tra hành vi chém ...': the act a step is for, not the step.
_CASE_NAMED = re.compile(r"\svụ\s[^,;]*|(?<!dùng)\s(?:để|vì|do|về\s+(?:hành\s+vi|tội))\s.*")


def _caption_acts(name: str) -> set[int | str]:
    """Return the kinds of act a name tells: the story's (STORY_FAMILIES), the police's and court's steps."""
    name = _CASE_NAMED.sub("", name)
    kinds: set[int | str] = set(_kinds_of_act(name))
    kinds |= {kind for kind, pattern in _CAPTION_STEPS if pattern.search(name)}
    if "custody" in kinds:
        kinds.add(_ARREST)  # 'X bị bắt tạm giam', 'tạm giữ X': one arrest
    if kinds & _KILLING:
        kinds |= _KILLING  # every attack is one kind ('sát hại' told by 'dùng gạch đánh')
    return kinds


def _name_words(event: Event) -> set[str]:
    """Return the folded words of the persons an event names or takes part in (who the act is on)."""
    words = {w for p in event.participants for w in folded_words(p.person)}
    return words | {w for w in folded_words(" ".join(w for w in event.name.split()[1:] if w[:1].isupper()))}


def caption_yields(found: list[Event], text: str, sentences: list[Span]) -> list[Event]:
    """Fold an event a caption or a sub-heading tells into the body's telling of the same act.

    A photo's caption or a sub-heading (a sentence that stops unpunctuated where its line goes on,
    ``runs_on``) retells in short what the body tells ('Công an có mặt khám nghiệm hiện trường',
    'Bị cáo X tại phiên tòa'): when an event of the body tells an act of the same kind on someone or
    something the caption names too, that event is the happening, named and dated by the body (a
    caption's date taken only when the body gives none). A caption whose act the body never tells
    stays an event.
    """
    def captioned(event: Event) -> bool:
        if not event.spans:
            return False
        at = event.spans[0].start
        sentence = next((s for s in sentences if s.start <= at < s.end), None)
        return sentence is not None and runs_on(text, sentence.start, sentence.end)

    verbs = _story_words()
    captions = {id(e) for e in found if not e.part_of and captioned(e)}
    body = [e for e in found if id(e) not in captions and not e.part_of]
    kept: list[Event] = []
    for event in found:
        if id(event) not in captions or not (acts := _caption_acts(event.name)):
            kept.append(event)
            continue
        names = _name_words(event)
        words = folded_words(event.name) - verbs - _FUNCTION_WORDS
        same = [
            (len(words & folded_words(b.name)), b)
            for b in body
            if acts & _caption_acts(b.name)
            and not (event.date and b.date and event.date[:10] != b.date[:10])
            and (names & _name_words(b) or len(words & folded_words(b.name)) >= CAPTION_SHARED_WORDS)
        ]
        if not same:
            kept.append(event)
            continue
        into = max(same, key=lambda pair: pair[0])[1]
        if "earlier" in (event.date_basis or ""):
            event.date = None  # (a day the caption only borrowed from the sentence before it)
        _fold_telling(into, event)
    return kept
