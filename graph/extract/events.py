"""Find events: named meetings and the acts within them, then the happenings a report tells.

Two passes. The keyword pass finds conferences, ceremonies and congresses by their nouns, with the
awards, gifts and decisions handed over at them. The clause pass reads every sentence that reports
a happening (a date or 'Sau đó' leads it, an authority's act is told as done, a case takes a step)
and names it by its clause: the subject when short, the verb and what it acts on. Each event is
dated by the date in or before its clause, else the nearest earlier one of its paragraph, and says
how (``date_basis``); one event per happening, however often the report tells it.

This module finds the events and assembles them; ``event_names`` names them, ``event_dates`` dates
them, ``event_tellings`` keeps one event per happening, ``event_kinds`` tells what kind each is, and
``event_words`` holds the cue words and patterns they share.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from graph.facts import Event, Participant, Span
from graph.gazetteer import load as load_gazetteer
from graph.regex_lead import compile_led
from graph.text import (
    PHOTO_CREDIT_RE,
    RELATIVE_DAY_RE,
    WEEKDAY,
    DateMatch,
    is_photo_credit,
    relative_day,
    slug,
)

from .context import Context
from .event_dates import (
    _BORN,
    _BRANCH_SPELLINGS,
    _DEADLINE,
    _SPAN_START,
    _WRITTEN_YEAR,
    _YEAR_EVENT_BLOCK,
    BRANCHES,
    STEMS,
    Basis,
    date_of,
    inferred_years,
    is_document_date,
    last_year,
    lunar_year,
    moved_to_year,
    span_ends_of,
)
from .event_kinds import act_kind, kind_of
from .event_names import (
    act_over_setting,
    cap_words,
    drop_stock_purpose,
    event_aliases,
    event_name,
    incident_parties,
    name_the_doer,
    tidy_name,
    title_as_doer,
)
from .event_tellings import (
    INCIDENT_KINDS,
    absorb,
    caption_yields,
    generic_incident_each,
    incident_after_each,
    incident_of,
    incident_retold,
    kindless_retold,
    named_before,
    one_arrest_each,
    one_ceremony_each,
    one_incident_each,
    one_trial_each,
    one_wording_each,
    other_days,
    retell,
    same_happening,
    two_acts_each,
)
from .event_words import (
    _ACT,
    _AT_LEAD,
    _AUX,
    _AUX_RUN,
    _B,
    _COUNTED_ACCUSED,
    _DEATH,
    _E,
    _FULL_STOP,
    _HAMLETS,
    _HELD,
    _HONORIFICS,
    _LEAD_EVENT,
    _LEVELS,
    _NOT_ACT,
    _NOT_IN_NAME,
    _NOT_STORY_WORD,
    _NOUN,
    _OCCURRED,
    _PAREN,
    _PERIOD_WORDS,
    _PLACE_SEGMENT,
    _PRESS,
    _RELATED_LEAD,
    _RUN_ON,
    _SENT,
    _SO_ACT,
    _SPEECH_IN,
    _STORY,
    _UPPER,
    _VAGUE_TIME,
    _VEHICLE,
    _VERDICT,
    _WHEN_THEN,
    _WORDS,
    ACT_VERBS,
    ALIAS_WORDS,
    AUXILIARIES,
    CASE_VERBS,
    CUSTODY,
    NAME_WORDS,
    OFFICIAL_VERBS,
    RETOLD_WORDS,
    SPEECH_VERBS,
    STORY_FAMILIES,
    STORY_VERBS,
    SUBJECT_WORDS,
    TAKING,
    TURNED_IN,
    TURNS_IN,
    VIOLENT,
    _words,
    families_of,
    folded_words,
)

__all__ = ["events"]


# A named event: the keyword and the words that describe it, up to the clause's end.
EVENT = compile_led(
    r"(?P<kind>hội nghị|hội thảo|lễ|đại hội|diễn tập|kỳ họp|phiên họp|cuộc họp|tọa đàm|tổng kết|sơ kết)"
    r"(?!(?<=thảo)\s+luận(?![^\W_]))"  # 'Quốc hội thảo luận': the verb 'thảo luận', no 'hội thảo'
    # 'hội nghị sơ kết ... và lễ đón nhận ...': a second meeting joined on is an event of its own.
    r"(?P<desc>(?:\s+(?!và\s+(?:hội nghị|hội thảo|lễ|đại hội|kỳ họp|phiên họp|tọa đàm)(?![^\W_]))"
    r"[^\s.;,:()“”]+){2,24})",
    re.IGNORECASE,
)
_JOINED_EVENT = re.compile(
    r"\s+và\s+(?:hội nghị|hội thảo|lễ|đại hội|kỳ họp|phiên họp|tọa đàm)(?![^\W_])", re.IGNORECASE
)
KINDS = {
    "hội nghị": "conference",
    "hội thảo": "conference",
    "tọa đàm": "conference",
    "lễ": "ceremony",
    "đại hội": "congress",
    "diễn tập": "exercise",
    "kỳ họp": "session",
    "phiên họp": "session",
    "cuộc họp": "meeting",
    "tổng kết": "conference",
    "sơ kết": "conference",
}
# Acts done at an event, by someone, for someone.
ACTS = compile_led(
    r"(?P<act>(?:trao tặng|tặng|trao|khen thưởng)\s+(?:hoa(?:\s+chúc mừng)?|"
    # The award's full name, up to whom it goes to: 'Cờ thi đua của UBND tỉnh cho ...'.
    r"(?:giấy khen|bằng khen|huân chương|huy chương|cờ thi đua|kỷ niệm chương)"
    r"(?:(?:\s+[^\s,.;]+){1,10}?(?=\s+cho\s))?)"
    r"|(?:công bố|thông báo|trao)\s+(?:các\s+)?quyết định[^.;\n]*)",
    re.IGNORECASE,
)
ATTEND = compile_led(
    r"(?P<role>(?:đến\s+)?(?:dự|tham dự|chủ trì|chỉ đạo)(?:\s+và\s+(?:chỉ đạo|phát biểu|chủ trì))?)",
    re.IGNORECASE,
)
# Who hands an award over, right before the act: a capitalised title or unit after the clause's start.
_GIVER = re.compile(
    r"(?:^|[,;:.]\s*|\n)(?:Dịp\s+này\s*,\s*|Tại\s+(?:buổi\s+lễ|hội\s+nghị)\s*,\s*)?"
    r"(?P<who>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^,;:.\n]{2,70}?)\s+(?:đã\s+|cũng\s+)?$"
)
# A numbered sitting and the body and term it belongs to: 'Kỳ họp thứ 3, Quốc hội khóa XIV',
# 'kỳ họp thứ tư HĐND tỉnh khóa XVIII'.
_SITTING = re.compile(
    r"kỳ\s+họp\s+thứ\s+(?:[0-9]+|[IVX]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,?\s+"
    r"(?:Quốc\s+hội|HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+[^\s,.;:()]+){0,4}?\s+khóa\s+[IVXLC0-9]+(?![^\W_])",
    re.IGNORECASE,
)
TERM = re.compile(r"nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})")
AWARD_COUNT = re.compile(r"cho\s+(\d+)\s+(tập thể|cá nhân)(?:\s+và\s+(\d+)\s+(tập thể|cá nhân))?")


# ', Quốc hội khóa XIV', ', HĐND tỉnh X khóa XVI': the body a numbered session is of.
_SESSION_OF = re.compile(
    r",\s+(?-i:[A-ZĐ])[^,.;:]{0,40}?\s+kh(?:óa|oá)\s+[IVXLC0-9]+(?![^\W_])", re.IGNORECASE
)
# 'X tổ chức hội nghị', 'X chủ trì cuộc họp': who held the meeting ('phát biểu khai mạc' is a speaker's).
_HELD_BY = re.compile(r"(?<![^\W_])(?:tổ\s+chức|chủ\s+trì)\s*$", re.IGNORECASE)
HOLDER_WORDS = 14  # a longer stretch before 'tổ chức' holds more than who held it


# What may follow a meeting's noun in a mere reference to it: 'lễ hội cũng', 'lễ hội lần này', 'buổi lễ chính
# thức bắt đầu'.
_BARE_TAIL = (
    folded_words(" ".join(_WORDS["back_reference_words"]))
    | folded_words(" ".join(_WORDS["auxiliaries"]))
    | folded_words("hội lần này chính thức bắt đầu kết thúc")
)
# 'Thủ tướng Chính phủ ban hành nhiều văn bản, chỉ đạo quyết liệt ...', 'Các TCTD ban hành nhiều quy định
# mới': papers told by the many, a general statement, no one happening.
_MANY_PAPERS = re.compile(
    rf"{_B}(?:ban\s+hành|ký|gửi|có)\s+(?:rất\s+)?(?:nhiều|hàng\s+loạt)\s+"
    rf"(?:văn\s+bản|quyết\s+định|quy\s+định|công\s+văn|chỉ\s+thị|thông\s+báo){_E}",
    re.IGNORECASE,
)
# In what follows a meeting's noun, words that make it a meeting ahead or a subject that goes on to a
# verb of its own.
_AHEAD_OR_SAID = re.compile(rf"{_B}(?:cũng|sắp\s+tới|dự\s+kiến|ngày\s+càng){_E}", re.IGNORECASE)
# A name of its own in what follows a meeting's noun: a capitalised word or a number.
_NAMED_PART = re.compile(r"(?<![^\W_])(?:[0-9]|(?-i:[A-ZĐ]))")
# 'việc tổ chức' before a meeting's noun: the holding of such meetings in general ('bảo đảm việc tổ chức
# lễ hội tiết kiệm').
_HOLDING_BEFORE = re.compile(r"(?<![^\W_])việc\s+tổ\s+chức\s*$")


def _keyword_events(
    ctx: Context,
    days: list[DateMatch],
    org_at: dict[int, str],
    people_at: list[tuple[Span, str]],
    published: str | None,
) -> list[Event]:
    """Return the conferences and ceremonies named by keyword, with the acts done at them."""
    today = dt.date.fromisoformat(published[:10]) if published else None
    finder = _KeywordFinder(ctx.text, days, org_at, people_at, _report_captions(ctx), today)
    for sentence in ctx.sentences[1:]:
        finder.read(sentence)
    main = finder.main
    if main is not None and main.date is None and published:
        main.date = published[:10]
    return finder.found


_DAY_WORD_BEFORE = re.compile(rf"(?<![^\W_])(?:nay|qua|mai|{WEEKDAY})$", re.IGNORECASE)


def _relative_day_told(text: str, lo: int, hi: int, today: dt.date | None) -> DateMatch | None:
    """Return the day a word relative to publication ('hôm qua', 'sáng nay') in the sentence stands for."""
    for m in RELATIVE_DAY_RE.finditer(text, lo, hi):
        word = m.group("w").lower()
        if "sau" in word or "cùng" in word:
            continue  # ('hôm sau', 'cùng ngày': relative to a day told before, not to publication)
        day = relative_day(word, today)
        if day is not None:
            return DateMatch(m.start("w"), m.end("w"), m.group("w"), day, day, "day")
    return None


def _sentence_day(text: str, lo: int, hi: int, days: list[DateMatch]) -> DateMatch | None:
    """Return the first day told in the sentence outside brackets."""
    # A day in brackets is an aside ('(19/5/1890 - 19/5/2017)'), not the day of the event, unless it
    # says which day a day word means ('chiều qua (4/6)', 'sáng thứ Hai (3/6)').
    asides = [
        (p.start(), p.end())
        for p in _PAREN.finditer(text, lo, hi)
        if not _DAY_WORD_BEFORE.search(text, max(lo, p.start() - 16), p.start())
    ]
    return next(
        (
            d
            for d in days
            if lo <= d.start < hi
            and d.kind in ("day", "datetime")
            and not any(a <= d.start < b for a, b in asides)
        ),
        None,
    )


def _not_held_here(text: str, m: re.Match[str], lo: int, before: str) -> bool:
    """Tell whether the words before a meeting's noun make it no happening of this report."""
    if _REFERRED.search(text, max(lo, m.start() - 14), m.start()):
        return True  # 'Nghị quyết Đại hội XII': a document's source, not a happening here
    if _STOP_BEFORE.search(text, max(lo, m.start() - 20), m.start()):
        return True  # 'dừng tổ chức lễ hội X': the decision is the happening, the festival is not held
    # the verb 'tổng kết mô hình ...', not a meeting
    return m.group("kind").lower() in ("tổng kết", "sơ kết") and "tổ chức" not in before[-20:]


def _meeting_end(text: str, m: re.Match[str], kind: str, hi: int) -> int:
    """Return where the words naming the meeting end."""
    stop = _phrase_end(text, m.end("kind"), hi)
    if _JOINED_EVENT.match(text, m.end(), hi):
        stop = min(stop, m.end())
    body = _SESSION_OF.match(text, stop, hi) if kind == "session" else None
    if body is not None:  # 'kỳ họp thứ 3, Quốc hội khóa XIV': whose session it is names it
        stop = body.end()
    return stop


def _only_mentioned(text: str, m: re.Match[str], stop: int, name: str, before: str) -> bool:
    """Tell whether the meeting is one referred to, held in general, or the subject of a verb."""
    rest = text[m.end("kind") : stop]
    if folded_words(name[len(m.group("kind")) :]) <= _BARE_TAIL or (
        _HOLDING_BEFORE.search(before) and not _NAMED_PART.search(rest)
    ):
        # 'Mục tiêu của tổ chức lễ hội lần này', 'việc tổ chức lễ hội cũng nhằm ...', 'bảo đảm việc tổ
        # chức lễ hội tiết kiệm': a meeting referred to, or the holding of such in general.
        return True
    # 'Ban tổ chức lễ hội chọi trâu cũng nói', 'tổ chức lễ hội ngày càng tốt hơn': a subject.
    return _AHEAD_OR_SAID.search(text, m.end("kind"), stop) is not None


def _meeting_names(text: str, m: re.Match[str], kind: str, stop: int, hi: int) -> tuple[str, str]:
    """Return the meeting's full name and its short name."""
    cut = re.search(r"\s+cho\s", text[m.start() : stop])
    told = text[m.start() : m.start() + cut.start()] if cut else text[m.start() : stop]
    # 'Hội nghị X với các bộ, ngành về các giải pháp nhằm Y': what a meeting is held for names it.
    headed = kind in ("conference", "meeting", "session")
    purpose = _with_purpose(text, m.start(), stop, hi, headed=headed)
    full = cap_words(tidy_name(purpose or told), ALIAS_WORDS)
    name = cap_words(tidy_name(_with_purpose(text, m.start(), stop, hi) or told), NAME_WORDS + 6)
    return full, name


def _sitting(text: str, m: re.Match[str], kind: str, hi: int, before: str) -> re.Match[str] | None:
    """Return the numbered sitting of a named body the session keyword starts, if it is the event."""
    sitting = _SITTING.match(text, m.start(), hi) if kind == "session" else None
    if sitting is not None and re.search(r"(?:sau|trước|kết\s+quả)\s+$", before):
        return None  # 'tiếp xúc cử tri sau Kỳ họp thứ ba, ...': the meeting after it is the event
    return sitting


def _told_as_held(
    before: str, announced: bool, sitting: bool, kind: str, term: re.Match[str] | None, day: DateMatch | None
) -> bool:
    """Tell whether the sentence tells the meeting as held (by holding, notice, sitting, term or day)."""
    return bool(
        "tổ chức" in before[-20:]
        or announced
        or sitting
        or kind == "congress"
        and term
        or "khai mạc" in before[-20:]
        or day is not None
    )


def _held_by(text: str, lo: int, hi: int, m: re.Match[str], full: str) -> str:
    """Return the meeting's name with who held it, as the clause tells it, or ''."""
    # 'gia đình đưa cháu X về tổ chức lễ an táng': who held it, as the clause tells it.
    clause_start = _main_clause(text, lo, hi)[0]
    return (
        event_name(f"{text[clause_start : m.start()]} {full}", ALIAS_WORDS)
        if clause_start < m.start()
        and _HELD_BY.search(text, clause_start, m.start())
        and len(text[clause_start : m.start()].split()) <= HOLDER_WORDS
        and ":" not in text[clause_start : m.start()]  # a heading run into the sentence
        else ""
    )


def _handed_over_at(act: str, main: Event) -> bool:
    """Tell whether a decision's act is the one the ceremony is named for, or a list of who attended."""
    return "quyết định" in act.lower() and bool(
        folded_words(re.split(r"\s+quyết\s+định", act, flags=re.IGNORECASE)[0] + " quyết định")
        <= folded_words(main.name)
        or re.match(r"\S+\s+quyết\s+định\s+có\s", act, re.IGNORECASE)
    )


class _KeywordFinder:
    """Collect a report's meetings named by keyword, and the acts done at the main one."""

    def __init__(
        self,
        text: str,
        days: list[DateMatch],
        org_at: dict[int, str],
        people_at: list[tuple[Span, str]],
        captions: list[tuple[int, int, int]],
        today: dt.date | None = None,
    ) -> None:
        self.text = text
        self.days = days
        self.today = today
        self.told_day: DateMatch | None = None  # the sentence's day told by a word like 'hôm qua'
        self.org_at = org_at
        self.people_at = people_at
        self.captions = captions
        self.found: list[Event] = []
        self.main: Event | None = None
        self.used_ids: set[str] = set()

    def new_id(self, name: str) -> str:
        """Return an id from the name not used before in this report."""
        base = slug(name)[:60].strip("-") or "event"
        candidate, n = base, 2
        while candidate in self.used_ids:
            candidate, n = f"{base}-{n}", n + 1
        self.used_ids.add(candidate)
        return candidate

    def read(self, sentence: Span) -> None:
        """Add the sentence's meetings, then who attended the main one and the acts done at it."""
        text = self.text
        lo, hi = sentence.start, sentence.end
        day = _sentence_day(text, lo, hi, self.days)
        self.told_day = None if day else _relative_day_told(text, lo, hi, self.today)
        persons_here = [(s, name) for s, name in self.people_at if lo <= s.start < hi]
        orgs_here = sorted((start, name) for start, name in self.org_at.items() if lo <= start < hi)
        for m in EVENT.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b, _ in self.captions):
                continue  # 'Quang cảnh hội nghị. Ảnh: X': the photo's, the text tells the meeting itself
            self.meeting(m, lo, hi, day, orgs_here)
        if self.main is None:
            return
        self.attendees(lo, hi, persons_here)
        for m in ACTS.finditer(text, lo, hi):
            self.act(m, lo, hi, persons_here, orgs_here)

    def meeting(
        self, m: re.Match[str], lo: int, hi: int, day: DateMatch | None, orgs_here: list[tuple[int, str]]
    ) -> None:
        """Add the meeting a keyword names, unless it is no happening here or one already found."""
        text = self.text
        kind = KINDS[m.group("kind").lower()]
        before = text[lo : m.start()].lower()
        term = TERM.search(" ".join(m.group().split()).rstrip(" ,"))
        if _not_held_here(text, m, lo, before):
            return
        stop = _meeting_end(text, m, kind, hi)
        if _BACK_REFERENCE.match(text, stop, hi) and re.match(r"\s+(?:đã|sẽ|được)\s", text[stop:hi]):
            return  # 'mục tiêu mà Đại hội X đã đề ra': a meeting referred to
        full, name = _meeting_names(text, m, kind, stop, hi)
        if _only_mentioned(text, m, stop, name, before):
            return
        held = _held_by(text, lo, hi, m, full)
        announced = _PRESS_ABOUT.search(before) is not None
        organizer = next((o for s, o in reversed(orgs_here) if s < m.start()), None)
        if len(name.split()) <= 5 and organizer and "tổ chức" in before[-20:] and " của " not in name:
            name = f"{name} của {organizer}"  # 'Phiên họp thứ ba' alone could be anyone's
        sitting = _sitting(text, m, kind, hi, before)
        if sitting is not None:
            # 'Kỳ họp thứ 3, Quốc hội khóa XIV': a numbered sitting of a named body is one of a kind.
            name = full = " ".join(sitting.group().split())
        if not _told_as_held(before, announced, sitting is not None, kind, term, day):
            return
        if self.main is not None and kind == "conference" and day is None:
            return
        if self.told_again(m, name):
            return
        if day is None and self.told_day is not None and self.told_day.start < m.start():
            day = self.told_day  # ('Chiều qua, Sở X tổ chức hội nghị …': the day the word stands for)
        event = Event(
            id=self.new_id(name),
            name=name,
            kind=kind,
            # (the sentence's day is the press conference's, not that of the meeting it announces)
            date=day.begin.isoformat() if day and not announced else None,
            date_basis=day.text if day and not announced else None,
            organizer=organizer if "tổ chức" in before else None,
            term=list(term.groups()) if term else [],
            quote=" ".join(text[lo:hi].split()),
            spans=[Span(m.start(), m.start() + len(m.group().rstrip(" ,")), m.group().rstrip(" ,"))],
            aliases=[full] * (len(full.split()) > len(name.split())) + [held] * bool(held),
        )
        if kind == "congress" and term and not day:
            event.date = None
        self.found.append(event)
        if self.main is None and kind in ("conference", "session", "meeting", "ceremony") and not announced:
            self.main = event

    def told_again(self, m: re.Match[str], name: str) -> bool:
        """Add the keyword's span to a meeting found already in the same words; tell whether there was one."""
        twin = next(
            (
                e for e in self.found
                if not e.part_of and folded_words(e.name) ^ folded_words(name) <= folded_words("năm")
            ),
            None,
        )
        if twin is None:
            return False
        # A photo caption and the text tell the same meeting in the same words ('lễ hội X 2017',
        # 'lễ hội X năm 2017'): one event.
        told = m.group().rstrip(" ,")
        twin.spans.append(Span(m.start(), m.start() + len(told), told))
        return True

    def attendees(self, lo: int, hi: int, persons_here: list[tuple[Span, str]]) -> None:
        """Add to the main meeting each person named just before an attendance word."""
        main = self.main
        assert main is not None
        for m in ATTEND.finditer(self.text, lo, hi):
            for span, name in persons_here:
                adjacent = span.end <= m.start() and self.text[span.end : m.start()].strip() == ""
                if adjacent and not any(p.person == name for p in main.participants):
                    main.participants.append(Participant(person=name, role=m.group("role")))

    def act(
        self,
        m: re.Match[str],
        lo: int,
        hi: int,
        persons_here: list[tuple[Span, str]],
        orgs_here: list[tuple[int, str]],
    ) -> None:
        """Add an award, gift or announcement made at the main meeting, or merge it with its twin."""
        text, main = self.text, self.main
        assert main is not None
        agent = next((name for s, name in reversed(persons_here) if s.end <= m.start()), None)
        if agent is None:
            agent = next((o for s, o in reversed(orgs_here) if s < m.start()), None)
        recipients = []
        for s, o in orgs_here:
            if s >= m.end() or (m.start() < s < hi and "quyết định" in m.group().lower()):
                recipients.append(o)
        act = " ".join(m.group("act").split())
        if _handed_over_at(act, main):
            return  # the handing over the ceremony is named for, or a list of who attended it
        short = cap_words(re.split(r"\s+(?:cho|tại|nhằm|để)\s+", act)[0], NAME_WORDS + 6)
        giver = _GIVER.search(text, max(lo, m.start() - 80), m.start())
        # 'Chủ tịch UBND tỉnh tặng Bằng khen': who gives it, as the text tells it.
        given = f"{' '.join(giver.group('who').split())} {short}" if giver else ""
        sub = Event(
            id=self.new_id(short),
            name=short,
            kind="award"
            if "khen" in act.lower() or "chương" in act.lower()
            else "announcement"
            if "quyết định" in act.lower()
            else "gift",
            date=main.date,
            agent=agent,
            part_of=main.id,
            recipients=[r for r in dict.fromkeys(recipients) if r != agent],
            quote=" ".join(text[lo:hi].split()),
            spans=[Span(m.start(), m.end(), m.group())],
            aliases=[given] if given else [],
        )
        sub = self.merge_act(sub, agent)
        count = AWARD_COUNT.search(text, m.end(), hi)
        if count:
            sub.recipients_count[count.group(2)] = int(count.group(1))
            if count.group(3):
                sub.recipients_count[count.group(4)] = int(count.group(3))

    def merge_act(self, sub: Event, agent: str | None) -> Event:
        """Add the act, or merge it into the same act told before, and return the one kept."""
        main = self.main
        assert main is not None
        twin = next(
            (
                e
                for e in self.found
                if e.part_of == main.id
                and (
                    e.agent == agent
                    and (
                        folded_words(e.name) <= folded_words(sub.name)
                        or folded_words(sub.name) <= folded_words(e.name)
                    )
                    or sub.kind == e.kind == "announcement"
                )
            ),
            None,
        )
        if twin is None:
            self.found.append(sub)
            return sub
        # The same act told twice (a photo caption and the text), once in short: one event.
        if len(sub.name.split()) > len(twin.name.split()) and twin.kind == sub.kind != "announcement":
            twin.name, twin.aliases = sub.name, sub.aliases
        twin.recipients += [r for r in sub.recipients if r not in twin.recipients]
        twin.spans += sub.spans
        return twin


# ------------------------------------------------------------------------------------------
# Happenings told clause by clause: "Ngày 8/1, Công an huyện X đã khởi tố vụ án ...".
# ------------------------------------------------------------------------------------------

CRASH = {i for i, f in enumerate(STORY_FAMILIES) if "va chạm" in f}
# The kinds of a step taken about an incident: the incident itself is none of them.
CASE_STEP_KINDS = {"prosecution", "arrest", "trial", "decision", "directive"}


def _doer_and_act(clause: str) -> str:
    """Return 'Bằng dùng dao đâm X' for 'Bằng áp sát nắm cổ áo và dùng dao đâm X': what led to it left out."""
    words = clause.split()
    n = 0
    while n < len(words) and words[n][:1].isupper() and words[n][-1:] not in ",.;:":
        n += 1  # the named doer
    verb = _STORY.search(clause)
    if n == 0 or verb is None:
        return clause
    lead = clause[: verb.start()].split()
    joins = [k for k in range(n, len(lead)) if lead[k] == "và"]
    if not joins:
        return clause
    return " ".join(words[:n] + lead[joins[-1] + 1 :]) + " " + clause[verb.start() :]


TAKER_WORDS = 6  # a named doer and a few words of how he set about it before the taking verb


# 'tội giết người' is a charge, 'vụ nổ' a noun, 'không khởi tố' no act, 'từng bị' the past: no happening;
# 'thời điểm phát hiện thi thể', 'nơi phát hiện xác', 'thông tin phát hiện thi thể': the act as a setting.
_NOT_STORY = re.compile(
    rf"{_B}(?:tội|tội\s+danh|vụ|án|không|chưa|chứ|định|thời\s+điểm|nơi|khu\s+vực|thông\s+tin)\s+$"
    # 'Thời điểm bị tàu hỏa tông tử vong, trên người nạn nhân ...': when it befell, as a setting.
    rf"|{_B}thời\s+điểm\s+bị(?:\s+\S+){{0,3}}\s+$"
    # 'bác thông tin xảy ra hiếp dâm tại trường': a rumour denied.
    rf"|{_B}(?:bác(?:\s+bỏ)?|phủ\s+nhận)\s+(?:các\s+)?(?:thông\s+tin|tin\s+đồn)(?:\s+\S+){{0,3}}\s+$"
    rf"|{_B}từng(?:\s+\S+){{0,3}}\s+$"
    # 'Sợ bị hành hung, X chấp nhận ...': what someone feared, not what befell them.
    rf"|{_B}(?:lo\s+|e\s+|hoảng\s+)?sợ(?:\s+(?:sẽ\s+)?bị)?\s+$",
    re.IGNORECASE,
)
# 'Nghi phạm giết X được người dân nhận xét ...': the act only says who the subject is.
_PASSIVE_AFTER = re.compile(rf"{_B}(?:được|bị)\s+(?!(?:thương|cáo|can|hại){_E})", re.IGNORECASE)


_TOLD = re.compile(rf"\s+(?:(?:vừa|mới)\s+)?xảy\s+ra(?:\s+trên\s+địa\s+bàn(?:\s+này)?)?{_E}", re.IGNORECASE)
_TOLD_BEFORE = re.compile(r"xảy\s+ra\s+(?:một\s+)?$", re.IGNORECASE)
# 'Do đoạn đường xảy ra vụ cháy địa hình khó tiếp cận': the place where it happened, not it told anew.
_WHERE_TOLD = re.compile(
    r"(?<![^\W_])(?:nơi|chỗ|đoạn(?:\s+đường)?|khu\s+vực|hiện\s+trường|địa\s+điểm|tuyến\s+đường)"
    r"(?:\s+\S+){0,2}?\s+xảy\s+ra\s+(?:một\s+)?$",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(r"[^,.;]{0,40}?\s(?:vừa|mới|đã)\s+xảy\s+ra", re.IGNORECASE)


def _incident(text: str, lo: int, hi: int) -> int | None:
    """Return where the incident a clause tells as new starts ('xảy ra vụ X', 'vụ X vừa xảy ra'), or None."""
    for m in _NOUN.finditer(text, lo, hi):
        if not m.group().lower().startswith("vụ"):
            continue
        told = _TOLD_BEFORE.search(text, max(lo, m.start() - 16), m.start())
        if told and _WHERE_TOLD.search(text, max(lo, m.start() - 40), m.start()):
            continue
        if told or _TOLD_AFTER.match(text, m.end(), hi):
            return m.start()
    return None


# ('nên chăng', 'không nên' are 'should'; after 'nên bị' the subject is before 'nên', the clause goes on.)
_BUT = re.compile(
    rf"\s+(?:nhưng|song|(?<!không\s)(?<!cần\s)nên(?!\s+(?:chăng|(?:đã\s+|cũng\s+)?(?:bị|được)){_E})){_E}",
    re.IGNORECASE,
)


# A subject of its own after 'nên': a name, or who it is ('hắn', 'đối tượng', 'người chồng').
_NEW_SUBJECT = re.compile(
    rf"\s+(?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
    rf"|(?:hắn|gã|y|thị|chúng|nhóm|{_words(*_WORDS['doer_nouns'], *_WORDS['befallen_subjects'])}){_E})",
    re.IGNORECASE,
)


# 'Hàng trăm đường dây ma túy đã bị triệt xóa', 'nhiều ổ nhóm bị triệt phá': rings counted, a period's tally
# ('các trinh sát đã bóc gỡ đường dây X': who did it, counted or not, breaks one ring up).
_BROKEN_UP = re.compile(r"triệt\s+phá|triệt\s+xóa|bóc\s+gỡ", re.IGNORECASE)
_COUNTED_SUBJECT = re.compile(
    rf"(?:hàng\s+(?:trăm|chục|nghìn|ngàn|loạt)|nhiều|các|những|[0-9][0-9.,]*){_E}[^,;:]*{_B}bị{_E}[^,;:]*",
    re.IGNORECASE,
)


def _story_verb(text: str, lo: int, hi: int, kinds: set[int] | None = None) -> int | None:
    """Return where the clause of a sentence's last told crime or accident starts, or None.

    The clause runs from the last comma before its verb (commas in brackets do not count), and no
    cut ('khi', 'vì', ...) may stand between them.
    """
    for verb in reversed(list(_STORY.finditer(text, lo, hi))):
        if kinds is not None and not families_of(verb.group()) & kinds:
            continue
        if _NOT_STORY_WORD.match(text, verb.end()):
            continue  # 'bắt buộc', 'bắt gặp': another word than the act
        if _NOT_STORY.search(text, max(lo, verb.start() - 30), verb.start()):
            continue
        before = _PAREN.sub(lambda p: " " * len(p.group()), text[lo : verb.start()])
        comma = before.rfind(",")
        # 'Một người đàn ông ở TP Uông Bí, tỉnh Quảng Ninh đã dùng thuốc nổ ...', 'Công an huyện X, tỉnh Y tạm
        # giữ ...': a place's province after a place names no clause; the subject goes on before it.
        while comma > 0 and _PLACE_SEGMENT.match(before, comma + 1) and _NAME_END.search(before, 0, comma):
            comma = before.rfind(",", 0, comma)
        # 'hai nhóm dùng rựa, gậy sắt truy sát nhau': the weapons' comma lists what they took up; the doer
        # is before it.
        while comma > 0 and _WEAPON_TAKEN.search(before, 0, comma) and _NEXT_WEAPON.fullmatch(
            before, comma + 1
        ):
            comma = before.rfind(",", 0, comma)
        start = lo + comma + 1
        # 'Được giao bảo vệ X nhưng Y lại ra tay trộm ...', 'Cho rằng ... nên Y hành hung ...': after
        # 'nhưng', 'nên' is the main clause.
        but = [
            b
            for b in _BUT.finditer(text, start, verb.start())
            # 'xe container cố vượt xe tải nên đã đâm vào ...': no subject after 'nên', the one before acts.
            if b.group().strip().lower() != "nên" or _NEW_SUBJECT.match(text, b.end(), verb.start())
        ]
        start = but[-1].end() if but else start
        while start < verb.start() and text[start].isspace():
            start += 1
        if _BROKEN_UP.fullmatch(verb.group()) and _COUNTED_SUBJECT.fullmatch(text, start, verb.start()):
            continue
        cut = _CUT.search(text, verb.end(), hi)
        first = _cut(text, start, hi)  # (the verb may be what a list of the subject's members comes before)
        if (first is None or first.start() >= verb.start()) and not _PASSIVE_AFTER.search(
            text, verb.end(), cut.start() if cut else hi
        ):
            return start
    return None


def _before_act(pattern: re.Pattern[str], text: str, start: int, hi: int) -> bool:
    """Whether ``pattern`` is found between a story clause's ``start`` and its crime's verb."""
    return pattern.search(text, start, _STORY.search(text, start, hi).start()) is not None


# A place's name right before a comma ('ở TP Uông Bí,'): what follows may be its province.
_NAME_END = re.compile(rf"(?-i:[{_UPPER}])[^\W\d_]*\s*$")
# 'dùng dao, kiếm', 'cầm gạch, đá', 'mang theo dao, mã tấu': weapons taken up, listed with commas; the
# next one is a word or two of lower case before the verb, no verb of its own.
_WEAPON_TAKEN = re.compile(
    rf"{_B}(?:dùng|cầm(?:\s+theo)?|mang\s+theo|vác|bằng)(?:\s+[^\s,;.]+){{1,2}}\s*$", re.IGNORECASE
)
_NEXT_WEAPON = re.compile(
    r"\s*(?!(?:rồi|liền|lao|xông|và|đã|thì|sau|chạy|đuổi|dùng|cầm|bị)(?![^\W_]))"
    rf"(?-i:(?![{_UPPER}])[^\W\d_]+)(?:\s+(?-i:(?![{_UPPER}])[^\W\d_]+))?\s*"
)


def _taken_by_doer(text: str, start: int, hi: int, names: set[str]) -> bool:
    """Whether the clause from ``start`` tells a named doer taking something ('Tý phá khóa rồi dắt xe đi').

    ``names``: the persons' names and the last one or two words of each; the doer must be one of them,
    so that 'Tiền trộm được', 'Băng cướp', 'Những chuyện lừa dối' tell no act.
    """
    act = _STORY.search(text, start, hi)
    if act is None or not families_of(act.group()) & TAKING:
        return False
    head = _TAKER_TITLE.sub("", text[start : act.start()])
    doer = _TAKER.match(head)
    return (
        doer is not None
        and " ".join(doer.group().split()) in names
        and len(head.split()) <= TAKER_WORDS
        and not _LOOT.match(text, act.end())
        and not _RETOLD_ATTACK.search(head)
        and not _PLANNED.search(head)
        and not _THOUGHT.search(head)
        and not _SPEECH_IN.search(head)
    )


# 'Tám nghĩ cách cướp ...', 'Tám nghĩ bà Mười lừa mình', 'nảy sinh ý đồ trộm': thought of, not done.
_THOUGHT = re.compile(
    rf"{_B}(?:nghĩ|tìm\s+cách|nảy\s+sinh|ý\s+đồ|muốn|tưởng|cho\s+rằng|nghi){_E}", re.IGNORECASE
)


# 'từng' before an attack's verb: what once befell or was done, recalled ('X từng bị ... đâm gãy chân').
_ONCE_BEFORE = re.compile(rf"{_B}từng{_E}", re.IGNORECASE)
# A matter or a cause before an attack's verb names it as a topic ('các vụ việc hành hung').
_TOPIC = re.compile(rf"{_B}(?:việc|nguyên\s+nhân)(?:\s+\S+){{0,2}}\s+$", re.IGNORECASE)
_SO_NEW = re.compile(rf",?\s+nên{_E}", re.IGNORECASE)
# 'trộm được', 'cướp được': what was taken, not the taking.
_LOOT = re.compile(rf"\s+được{_E}", re.IGNORECASE)


def _doer_story_verb(text: str, lo: int, hi: int, kinds: set[int]) -> int | None:
    """Return where the first clause of a crime of ``kinds`` with someone before its verb starts, or None.

    'A quay lại chém B, chém cả C': the clause of 'A ... chém B', not the bare ', chém cả C' after it.
    """
    while (start := _story_verb(text, lo, hi, kinds)) is not None and _STORY.match(text, start):
        hi = start
    return start


# Before an attack's verb, words that tell it as befallen, named, charged, aimed at, a place's caption or
# quoted ('bị chém', 'vụ X đâm chết', 'hành vi giết người', 'tố cáo X lừa đảo', 'để xử lý đối tượng hành hung
# ...', 'Tiệm vàng nơi X trộm vàng', '“giết'), or denied as a kind of thing ('không có hiện tượng tranh
# cướp'): no other attack.
# A vehicle that 'đâm' is a crash, one a story tells once ('ô tô đâm liên tiếp vào 3 ô tô khác').
_RETOLD_ATTACK = re.compile(
    rf"{_B}(?:bị|vụ|hành\s+vi|tội|tố\s+cáo|cáo\s+buộc|thi\s+thể|để|nhằm|nơi|ô\s*tô|xe|tàu|container"
    rf"|không|chưa|hiện\s+tượng|tình\s+trạng){_E}|[“\"]"
    # 'tên trộm', 'kẻ cướp', 'của trộm', 'nghi can giết ông X', 'tiếng hô chém': a noun, no act.
    rf"|{_B}(?:tên|kẻ|bọn|của|người|nghi\s+can|nghi\s+phạm|hung\s+thủ|thủ\s+phạm|đối\s+tượng|hô|tiếng)\s+(?:(?:đã|đang|vừa)\s+)?$",
    re.IGNORECASE,
)
# 'Lập mưu cướp điện thoại ...', 'A rủ B đi cướp ...': a plan, the act is told where it is done, if at all.
_PLANNED = re.compile(
    rf"{_B}(?:ý\s+định|lập\s+mưu|âm\s+mưu|kế\s+hoạch|bàn\s+bạc|rủ|định|cơ\s+hội|chờ|nghĩ\s+cách){_E}",
    re.IGNORECASE,
)
_SUMMONED = re.compile(
    rf"{_B}(?:gọi|thuê|nhờ|rủ|kêu)(?:\s+[^\s,;.]+){{0,8}}?\s+(?:đến|tới|sang|đi|để|vào)\s+$"
    # 'vào huyện X với mục đích đánh người này': what they came to do.
    rf"|{_B}(?:mục\s+đích|nhằm)\s+$",
    re.IGNORECASE,
)
# 'xe container bị nổ lốp khiến tài xế ..., lao lên dải phân cách và đâm vào trụ điện': a crash, told once.
_CRASH = re.compile(rf"(?:đâm|tông|va\s+chạm|lật){_E}", re.IGNORECASE)
# 'Hắn khai, ..., không ngờ lỡ tay giết chết ...': the attack as someone tells it, told before;
# 'Không chỉ hành hung ...', 'liên tiếp xuất hiện ghe trộm cát': a habit, no one act.
_TOLD_BY = re.compile(
    rf"{_B}(?:khai|khai\s+nhận|thừa\s+nhận|kể\s+lại|cho\s+biết|cho\s+hay|nói|không\s+chỉ|không\s+những"
    rf"|thường|chuyên|xuất\s+hiện){_E}",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"(?-i:[A-ZĐ][^\W\d_]*)")


def _doer_told(head: str, told: list[Event]) -> bool:
    """Whether a capitalised word before an act's verb ('Thông dùng dao ...') names a told event's doer."""
    names = set(_NAME_WORD.findall(head))
    return any(names & set(e.name.split()) for e in told)


_TELLING = re.compile(rf"{_B}(?:cho\s+biết|cho\s+hay|thông\s+tin|xác\s+nhận|thông\s+báo){_E}", re.IGNORECASE)


def _sentence_end(text: str, at: int) -> int:
    """Return where the sentence holding ``at`` ends ('TP.HCM' does not end it)."""
    stop = _FULL_STOP.search(text, at)
    return stop.start() if stop else len(text)


SUMMARY_WORDS = 80  # a first paragraph this short is the report's summary, not its body
# Verbs that only report speech: the clause is a quote, not a happening.
# 'thăm hỏi', 'hỏi thăm' (to visit) are no speech.
_SPEECH = re.compile(
    rf"^\s*(?:\S+\s+){{0,12}}?(?<!thăm\s){_NOT_IN_NAME}(?:{_words(*SPEECH_VERBS)}){_E}(?!\s+thăm{_E})",
    re.IGNORECASE,
)
LEAD_WORDS = _WORDS["lead_words"]
# A lead segment before the clause's subject: time, place, source, manner.
_LEAD = re.compile(
    rf"\s*(?:{_words(*LEAD_WORDS)}){_E}",
    re.IGNORECASE,
)
_SAID = compile_led(
    rf"{_NOT_IN_NAME}(?:{_words('cho biết', 'nói', 'khẳng định', 'thông tin', 'cho hay', 'xác nhận')})\s*$",
    re.IGNORECASE,
)
# The verbs that tell what follows them: 'Công an X cho biết, ...', '... cho hay: ...'.
_TELL_VERBS = rf"{_NOT_IN_NAME}(?:{_words('cho biết', 'cho hay', 'thông tin', 'xác nhận')})"
_SAID_COMMA = compile_led(rf"{_B}(?:{_TELL_VERBS})\s*,\s", re.IGNORECASE)
# 'Ông X, Chủ tịch UBND xã, cho biết: Xã đã tổ chức họp kiểm điểm ...': what is told after the colon is a
# clause of its own when a subject and 'đã' open it ('cho hay: năm 2016, lúc ...' leads with a time).
_SAID_COLON = compile_led(
    rf"{_B}(?:{_TELL_VERBS})\s*:\s+"
    rf"(?=(?:[^\s,;:.]+\s+){{1,8}}?(?:đã|vừa|mới)\s)",
    re.IGNORECASE,
)
# 'Công an huyện X cho biết vừa bắt giữ ...': a unit telling its own act; the act is the happening.
# 'ông X cho biết các trinh sát đã bắt giữ ...': the reported clause has a subject of its own, and that
# clause alone is the happening.
_SAID_ACT = re.compile(
    rf"^(?:\S+\s+){{1,14}}?(?P<said>(?:{_TELL_VERBS})\s*,?\s+)"
    rf"(?P<who>(?:[^\s,]+\s+){{1,8}}?(?=(?:vừa|mới|đã)\s))?"
    # 'vừa mật phục bắt quả tang', 'đã xác định và đang tạm giữ': how it was done may come before the act.
    rf"(?=(?:vừa|mới|đã|đang)\s+(?:\S+\s+){{0,4}}(?:{_words(*ACT_VERBS)}){_E})",
    re.IGNORECASE,
)
# A unit named again by its kind: 'đơn vị này', 'lực lượng trên', 'cơ quan'.
_UNIT_AGAIN = r"(?:đơn\s+vị|cơ\s+quan|lực\s+lượng)(?:\s+(?:này|trên))?"
# The teller named again as the doer of what it reports, right after telling it ('Công an X cho biết, đơn vị
# này vừa bắt giữ Y').
_VAGUE_TELLER = re.compile(rf"\s*{_UNIT_AGAIN}(?=\s+(?:vừa|đã|mới|đang|cũng)\s)", re.IGNORECASE)
# The teller named again in what it reports: 'đơn vị này', 'lực lượng trên', 'họ'.
_VAGUE_WHO = re.compile(rf"(?:{_UNIT_AGAIN}|họ|chúng\s+tôi)", re.IGNORECASE)
# 'Xe máy do X điều khiển đâm vào ...': who drove the vehicle, no cause; the clause goes on. So with who
# leads or owns it: 'Đường dây do X cầm đầu bị triệt phá', 'quán do Y làm chủ xảy ra cãi vã' ('do không làm
# chủ tốc độ' is a cause: no 'không', 'chưa' before the verb).
_DRIVEN_BY = (
    r"(?!(?:\s+[^\s,.;:]+){1,6}?\s+(?:điều\s+khiển|cầm\s+lái|lái)(?![^\W_]))"
    r"(?!(?:\s+(?!(?:không|chưa)(?![^\W_]))[^\s,.;:]+){1,6}?\s+(?:cầm\s+đầu|làm\s+chủ(?!\s+tọa)|chủ\s+mưu)(?![^\W_]))"
)
# Where a clause's description ends.
_CUT = compile_led(
    rf"\s*(?:;|(?<!tội)(?<!vụ\sán)(?<!án\shình\ssự):|[!?]|\.\.\.|…|,?\s+(?:nhưng|song|(?<!sau\s)(?<!trước\s)khi|nhằm|vì(?!\s+tội)|do{_DRIVEN_BY}|mà|nhân\s+dịp|là\s+(?:ông|bà)|(?:thành\s+phần\s+)?gồm(?:\s+có)?|trong\s+đó|và\s+(?:mong|hy\s+vọng|kỳ\s+vọng)){_E}|,\s+(?:trong\s+đó|bởi|theo|tuy)\s)",
    re.IGNORECASE,
)
# A clause cut at 'khi' ('bị bắt khi ...'): what it was doing then belongs to its fuller wording.
_WHEN_CUT = re.compile(rf",?\s+khi{_E}", re.IGNORECASE)
_CHARGE_LIST = re.compile(r"(?<![^\W_])tội\s*:", re.IGNORECASE)


def _cut(text: str, start: int, hi: int) -> re.Match[str] | None:
    """Return where a clause from ``start`` ends: its first cut, past the ';' of a list of charges.

    'khởi tố vụ án về 2 tội: Chống người thi hành công vụ; Hủy hoại tài sản' is one act.
    """
    cut = _CUT.search(text, start, hi)
    while (
        cut is not None
        and cut.group().strip() == ";"
        and _CHARGE_LIST.search(text, start, cut.start())
        and text[cut.end() :].lstrip()[:1].isupper()
    ):
        cut = _CUT.search(text, cut.end(), hi)
    while (
        cut is not None
        and _PEOPLE_LISTED.match(text, cut.start(), hi)
        and _TAKEN.search(text, start, cut.start())
    ):
        # 'tạm giữ 2 đối tượng gồm: Lê Văn A và ...': the people listed are whom the act is on.
        cut = _CUT.search(text, cut.end() + 1, hi)
    while cut is not None and _members_listed(text, start, cut, hi):
        # 'nhóm thanh niên gồm 3 người đánh đập ...': the subject's members, listed before its verb.
        cut = _CUT.search(text, cut.end(), hi)
    while cut is not None and _TEAM.search(text, start, cut.start()):
        # 'lập Đoàn kiểm tra do Thanh tra Bộ chủ trì': who leads a team is part of the team's name;
        # 'thành lập đoàn gồm X và Y đến Z để ...': so are its members, when it goes on to where it is sent.
        led = _LED_BY.match(text, cut.start(), hi) or _MEMBERS_SENT.match(text, cut.start(), hi)
        if led is None:
            break
        cut = _CUT.search(text, led.end(), hi)
    return cut


_MEMBERS = re.compile(r",?\s+gồm(?:\s+có)?", re.IGNORECASE)
# A group of people as a clause's subject, whose members 'gồm' may list: 'một nhóm thanh niên', 'các lực
# lượng', 'hai đối tượng', 'nhóm bạn'.
_GROUP = re.compile(
    rf"{_B}(?:nhóm|băng|toán|tốp|lực\s+lượng|đối\s+tượng|người|thanh\s+niên|thiếu\s+niên|côn\s+đồ)"
    rf"(?:\s+[^\s,;:.()]+){{0,3}}\s*$",
    re.IGNORECASE,
)


def _members_listed(text: str, start: int, cut: re.Match[str], hi: int) -> bool:
    """Whether a cut at 'gồm' only lists the members of the clause's subject, whose act follows them.

    'một nhóm thanh niên gồm 3 người đánh đập anh X', 'các lực lượng gồm A, B và C đã phối hợp vây bắt ...':
    the group does the act; the list is no end of the clause. After an act ('bắt giữ 2 đối tượng gồm ...'),
    after what is no group ('số tiền 17 triệu đồng, gồm ...', '(những người này gồm ...)') or before no act
    told as done and no crime ('tổ công tác gồm 4 CSGT phát hiện ...' sets the story out), it is one.
    """
    if not _MEMBERS.fullmatch(cut.group()) or not _GROUP.search(text, start, cut.start()):
        return False
    if _act_word(text[start : cut.start()]) or _STORY.search(text, start, cut.start()):
        return False
    if text.rfind("(", start, cut.start()) > text.rfind(")", start, cut.start()):
        return False  # an aside's members, in brackets
    after = _CUT.search(text, cut.end(), hi)
    end = after.start() if after else hi
    return bool(_STORY.search(text, cut.end(), end) or _PAST_ACT.search(text, cut.end(), end))


# A team ('Đoàn kiểm tra', 'tổ công tác') just named; who leads it: 'do X chủ trì', 'do Y làm trưởng đoàn'.
# 'đoàn đại biểu cấp cao Bộ Công an', 'đoàn công tác của Bộ Công an': the team's unit follows its kind.
_TEAM = re.compile(
    rf"{_B}(?:đoàn|tổ\s+công\s+tác|ban\s+chỉ\s+đạo)(?:\s+\S+){{0,7}}(?:\s+của(?:\s+\S+){{1,6}})?\s*$",
    re.IGNORECASE,
)
_MEMBERS_SENT = re.compile(rf",?\s+gồm(?:\s+có)?\s+[^,;:.]{{2,80}}?\s+(?={_SENT}\s)", re.IGNORECASE)
_LED_BY = re.compile(
    # 'do Ủy viên Trung ương Đảng, Thượng tướng, Thứ trưởng X dẫn đầu': the leader's titles hold commas.
    rf",?\s+do\s+[^,;.]{{2,60}}?(?:,\s+[^,;.]{{2,40}}?){{0,3}}\s+(?:chủ\s+trì|làm\s+trưởng\s+đoàn|làm\s+trưởng\s+ban|dẫn\s+đầu|phụ\s+trách){_E}",
    re.IGNORECASE,
)


# 'gồm: Lê Văn A', 'gồm Lê Văn A': a list of people after the number taken in.
_PEOPLE_LISTED = re.compile(r",?\s+gồm(?:\s+có)?\s*:?\s*(?-i:[A-ZĐ])", re.IGNORECASE)
_TAKEN = re.compile(r"(?<![^\W_])(?:đối\s+tượng|nghi\s+phạm|nghi\s+can|bị\s+can|bị\s+cáo)\s*$", re.IGNORECASE)
_LEAD_END = re.compile(r"[,;:](?=\s)")  # 'Hôm qua (23.5), sau khi ...; ngay lập tức, X ...'
_NOT_DATED = re.compile(rf"\s*(?:{_words('trước đó', 'sau đó', 'trước khi', 'sau khi')}){_E}", re.IGNORECASE)
# 'Đúng lúc, một phụ nữ ... đến giải cứu', 'Cuối buổi làm việc, hai bên ký ...': the very moment, or the
# end of the meeting, told before: its day, however far back in the paragraph.
_SAME_MOMENT = re.compile(
    rf"\s*(?:{_words('đúng lúc', 'cùng lúc', 'ngay lúc đó', 'ngay lúc này', 'cuối buổi', 'kết thúc buổi')})"
    rf"{_E}",
    re.IGNORECASE,
)
# 'rồi mới', 'thì mới': 'only then', not 'recently'; 'mới đây đã mở', 'vừa qua đã ký': recently too.
_RECENT = compile_led(
    rf"{_B}(?<!rồi\s)(?<!thì\s)(?:vừa|mới)(?:\s+(?:đây|qua){_E})?\s+(?:đã\s+)?(?:\S+\s+)?(?={_ACT.pattern})",
    re.IGNORECASE,
)
# 'X sẽ bàn giao ...', 'dự kiến tổ chức', 'cam kết trực tiếp kiểm tra': an act to come is no happening yet;
# 'có thể bị phạt': a rule's.
# 'cam kết trực tiếp kiểm tra' promises; 'ký một cam kết', 'lời hứa' name a paper or a word given.
_PROMISE = r"(?<!một\s)(?<!bản\s)(?<!lời\s)(?<!các\s)(?<!những\s)(?<!ký\s)(?:cam\s+kết|hứa)"
_FUTURE = re.compile(
    rf"^[^,;]{{0,80}}?{_B}(?:sẽ|sắp|dự\s+kiến|có\s+thể|{_PROMISE})\s+(?:\S+\s+){{0,2}}?(?={_ACT.pattern})"
    # '2 container còn lại sẽ được Chi cục Hải quan cửa khẩu X khám xét vào ngày mai': whoever is to do it.
    rf"|^[^,;]{{0,80}}?{_B}(?:sẽ|sắp)\s+(?:được|bị)\s+(?:[^\s,;.]+\s+){{1,12}}?(?={_ACT.pattern})",
    re.IGNORECASE,
)
# 'Không phát hiện chất cấm', 'chưa khởi tố': a clause whose first act is denied tells no happening.
# 'không phát hiện', 'không thể bắt', and put off: 'phải dời lại ngày tuyên án', 'hoãn phiên xét xử'.
_DENIAL = re.compile(
    rf"{_B}(?:(?:không|chưa|chẳng)\s+(?:(?:hề|được|bị|thể)\s+)?|(?:dời|hoãn|lùi)(?:\s+lại)?(?:\s+(?:ngày|phiên|việc))?\s+)$",
    re.IGNORECASE,
)
_PAST_ACT = compile_led(rf"{_B}(?:đã|bị|được|vừa|mới)\s+(?:\S+\s+)?(?={_ACT.pattern})", re.IGNORECASE)
BACK_REFERENCE_WORDS = _WORDS["back_reference_words"]
# After an event noun, words that show it is only referred back to ('Dự hội nghị có ...').
_BACK_REFERENCE = re.compile(
    # A figure after the noun is a count or a time ('hội nghị 6 tháng', 'cuộc họp 15/3'), not what it is
    # about: 'vụ mất trộm 4,2 tấn gạch', 'cuộc họp 3 ngành' go on to say that.
    rf"\s*(?:(?:{_words(*BACK_REFERENCE_WORDS)}){_E}|[0-9](?![0-9.,]*\s+(?:{_words(*_WORDS['described_by_figure'])}){_E})"
    rf"|[.!?…]*\s*$)",
    re.IGNORECASE,
)
COUNTING_WORDS = _WORDS["counting_words"]
# Before an event noun, words that count it: a figure, not a happening ('25 vụ tai nạn').
# 'liên tiếp xảy ra các vụ trộm', 'X đã thực hiện 7 vụ trộm': a series the story tells, not a period's tally.
_SERIES = re.compile(
    rf"{_B}(?:liên\s+tiếp\s+(?:xảy\s+ra\s+)?|(?:đã\s+)?(?:thực\s+hiện|gây\s+ra)(?:\s+trót\s+lọt)?\s+)"
    rf"(?P<n>[0-9]+|các|nhiều|hàng\s+loạt)\s+$",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    rf"(?:[0-9]\s*%?|{_B}(?:{_words(*COUNTING_WORDS)}))\s*$",  # '90% vụ xâm hại ...': a share, a figure
    re.IGNORECASE,
)
# ('tăng lực', 'tăng cường', 'tăng ca': to energise, to strengthen, to work overtime; no change counted)
_RISE = r"(?:tăng(?!\s+(?:lực|cường|ca)(?![^\W_]))|giảm|so\s+với)"
_FIGURES = compile_led(rf"{_B}{_RISE}{_E}[^.;]*?[0-9]|[0-9][^.;]*?{_B}{_RISE}{_E}", re.IGNORECASE)
UNIT_STEP_WORDS = 14  # a unit named in full, then how it went about the step ('ập vào', 'ra quyết định')
_CASE_STEP = re.compile(
    rf"{_B}bị(?P<by>\s+(?!(?:cáo|can|hại){_E})(?:[^\s,]+\s+){{0,6}}?)(?P<verb>{_words(*CASE_VERBS)}){_E}",
    re.IGNORECASE,
)
# 'X đã bị Phòng Cảnh sát truy nã tội phạm Công an tỉnh Y bắt giữ': a unit named in full between 'bị' and the
# step is longer than the few words _CASE_STEP lets stand there; it is still who took the step.
_CASE_STEP_BY_UNIT = re.compile(
    # ('bị can bị X khởi tố': the accused, and another 'bị', hold no unit)
    rf"{_B}bị(?P<by>\s+(?!(?:cáo|can|hại){_E})(?:(?!bị\s)[^\s,]+\s+){{7,{UNIT_STEP_WORDS}}}?)"
    rf"(?P<verb>{_words(*CASE_VERBS)}){_E}",
    re.IGNORECASE,
)
_BEFELL = compile_led(rf"{_B}bị{_E}", re.IGNORECASE)  # 'bị': what follows befell someone
# Before whom a step befell, a topic or a time, no telling: 'Việc bác sĩ X bị ...', 'từ ngày X bị tuyên án'.
# ('Ngay khi X bị bắt giữ, ...' tells the arrest again, a telling that folds into it: 'khi' is none of these.)
_TOPIC_OR_TIME = re.compile(rf"{_B}(?:việc|vụ|ngày|lúc)(?:\s+[^\W\d_]+){{0,2}}\s*$", re.IGNORECASE)
_WHEN_BEFORE = re.compile(rf"{_B}khi(?:\s+[^\W\d_]+){{0,2}}\s*$", re.IGNORECASE)
UNIT_LEAD_CHARS = 12  # 'cơ quan ', 'lực lượng ' may come before the unit's name


def _case_steps(text: str, lo: int, hi: int, org_at: dict[int, str]) -> Iterator[re.Match[str]]:
    """Yield the steps of a case that befell someone in text[lo:hi] ('X bị công an bắt giữ'), in order.

    A step's doer is a few words, or a unit the report names ('bị Cơ quan CSĐT Công an tỉnh Y bắt giữ').
    """
    at = lo
    for by in _BEFELL.finditer(text, lo, hi):
        if by.start() < at:
            continue
        step = _CASE_STEP.match(text, by.start(), hi)
        if step is None:
            step = _CASE_STEP_BY_UNIT.match(text, by.start(), hi)
            if step is not None and not any(
                step.start("by") < u <= step.start("by") + UNIT_LEAD_CHARS for u in org_at
            ):
                step = None
        if step is not None:
            at = step.end()
            yield step


# ', bắt giam' after 'bị khởi tố': one more step of the case, listed.
_STEP_LISTED = re.compile(rf",\s*(?:và\s+)?(?:{_words(*CASE_VERBS)}){_E}", re.IGNORECASE)
# '7 bị cáo bị truy tố', '3 bị can bị khởi tố': the accused, counted, whom a step of their case befell
# ('các đối tượng bị bắt giữ' is most often a photo's caption).
_DIGIT = re.compile(r"[0-9]")


def _blank_aside(aside: re.Match[str]) -> str:
    """Blank an aside about someone ('(22 tuổi)', '(bố của X)'); keep a caption's '(x)', '(Ảnh: Y)'."""
    inner = aside.group().strip()[1:-1].strip()
    caption = not _DIGIT.search(inner) and (len(inner.split()) <= 2 or inner.lower().startswith("ảnh"))
    return aside.group() if caption else " " * len(aside.group())


# Told as done right before 'bị': 'X đã bị bắt', 'Y cũng bị tạm giữ'.
_DONE_BEFORE = re.compile(
    rf"(?:\s+(?:{_words('đã', 'cũng', 'vừa', 'mới', 'đều', 'sau đó')}){_E})+\s*$", re.IGNORECASE
)
# Who a case step befalls, named by what they are: 'đối tượng gây án', 'nghi phạm', 'tài xế xe tải'.
_DOER_SUBJECT = re.compile(
    rf"(?:các\s+|những\s+)?(?:{_words(*_WORDS['doer_nouns'], *_WORDS['befallen_subjects'])}){_E}"
    r"(?![^,;:]*[0-9])",
    re.IGNORECASE,
)
HONOURS = _WORDS["honours"]
_HONOURED = compile_led(
    rf"{_B}được\s+(?:{_words(*HONOURS)}){_E}",
    re.IGNORECASE,
)
# People counted, then honoured by whom: '41 chiến sĩ có thành tích xuất sắc đã được CATP Hà Nội khen thưởng'.
_PRAISED = compile_led(
    rf"{_B}(?:[0-9]+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    rf"(?:chiến\s+sĩ|cán\s+bộ|tập\s+thể|cá\s+nhân|đơn\s+vị|học\s+viên|tân\s+binh|đồng\s+chí)"
    rf"(?:\s+[^\s;.]+){{0,10}}?\s+(?:(?:đã|vừa|mới)\s+)?được(?:\s+[^\s,;.]+){{0,5}}?\s+"
    rf"(?P<verb>khen\s+thưởng|tuyên\s+dương|tặng\s+(?:bằng|giấy)\s+khen){_E}",
    re.IGNORECASE,
)
_AUX_IN_NAME = re.compile(rf"\s+(?:{_words(*AUXILIARIES)})(?=\s+được\s)", re.IGNORECASE)


def _person_before(text: str, lo: int, at: int) -> int | None:
    """Return where the name of the person just before ``at`` starts ('ông Nông lại |được'), or None."""
    words = list(re.finditer(r"\S+", text[lo:at]))
    i = len(words) - 1
    while i >= 0 and _AUX.fullmatch(words[i].group() + " "):
        i -= 1  # 'lại', 'đã', 'cũng' between the name and the verb
    end = i
    while i >= 0 and words[i].group()[:1].isupper() and words[i].group()[-1:] not in ",.;:":
        i -= 1
    if i == end:
        return None  # no capitalised name right before
    if i >= 0 and words[i].group().lower() in _HONORIFICS:
        i -= 1
    return lo + words[i + 1].start()


# 'về tội giết người, sử dụng trái phép vật liệu nổ và hủy hoại tài sản': the list of charges.
_CHARGES = re.compile(
    r"\s+về\s+(?:các\s+)?tội(?:\s+danh)?\s+[^,.;:]+(?:,\s*[^,.;:]+){0,4}?\s+và\s+[^,.;:]+", re.IGNORECASE
)
# An authority's act told as done ('đã ký', 'đã ban hành quyết định'): news, dated or not.
_OFFICIAL_ACT = compile_led(
    # 'đã cùng ký', 'đã đồng loạt khám xét': who else did it says nothing of whether it was done.
    rf"{_B}(?:đã|vừa|mới)\s+(?:(?:trực\s+tiếp|chính\s+thức|kịp\s+thời|cùng|đồng\s+loạt|lập\s+tức|nhanh\s+chóng|phải)\s+)?"
    # 'Chuyên án X đã được thành lập', 'đã xây dựng và ban hành Chỉ thị Y': the act befell it, or came second.
    rf"(?:được\s+|[^\W\d_]+(?:\s+[^\W\d_]+)?\s+và\s+)?"
    # 'đã tiến hành khám xét', 'đã ra lệnh khởi tố', 'đã quyết định lập biên bản xử phạt': the act carried
    # out, ordered or decided is the act itself;
    # 'đã đến kiểm tra': the act gone to do.
    rf"(?:(?:(?:tiến\s+hành|ra\s+lệnh|quyết\s+định|đến|tới|xuống)\s+)?(?:{_words(*OFFICIAL_VERBS)})"
    # 'đã xuống kiểm tra', 'vừa về xã X đối thoại với người dân': an inspection, a working visit or a
    # dialogue gone to, not a tally.
    rf"|(?:đến|tới|xuống|về)\s+(?:[^\s,;.]+\s+){{0,6}}?(?:kiểm\s+tra|làm\s+việc|đối\s+thoại)){_E}",
    re.IGNORECASE,
)
# Who closed in, then how they got there, then the act: 'Lực lượng X đã nhanh chóng có mặt kết hợp lực lượng
# địa phương bao vây căn nhà ...'.
_CLOSED_IN = re.compile(
    rf"^(?P<who>(?:lực\s+lượng|công\s+an|cảnh\s+sát|tổ\s+công\s+tác)[^,;]{{0,60}}?)\s+"
    rf"(?:(?:đã|nhanh\s+chóng|lập\s+tức|kịp\s+thời)\s+)+(?:có\s+mặt|đến|tới){_E}[^,;]{{0,60}}?\s+"
    rf"(?P<act>(?:{_words(*_WORDS['police_acts'])}){_E})",
    re.IGNORECASE,
)
# The police's own acts on someone, told plainly ('công an ập vào khách sạn, bắt quả tang ...', 'mọi người
# khống chế người phụ nữ giao công an'): a step of the story, dated or not, with or without 'đã'.
# Who did it is told before ('Bắt giữ đường dây ma túy' alone is a heading); what befell someone
# ('đối tượng bị bắt giữ') is a case step (_CASE_STEP); a fire 'khống chế' is put out, no one taken.
_POLICE_ACT = compile_led(
    rf"(?<=\S\s)(?<!bị\s)(?<!được\s)(?:{_words(*_WORDS['police_acts'])}){_E}(?!\s+án{_E})", re.IGNORECASE
)
# People held against their will, counted: 'người dân đã giữ 38 cán bộ, chiến sĩ', 'bức xúc, giữ 20 người'.
_HOSTAGES = compile_led(
    rf"(?<=\S\s)(?<!bị\s)(?<!được\s)(?<!thu\s)(?<!tạm\s)(?<!bắt\s)(?<!nắm\s)(?<!lưu\s)(?<!cất\s)"
    rf"giữ\s+(?:lại\s+)?(?:[0-9]+|toàn\s+bộ|hàng\s+chục)\s+"
    rf"(?:cán\s+bộ|chiến\s+sĩ|chiến\s+sỹ|cảnh\s+sát|công\s+an|người){_E}",
    re.IGNORECASE,
)
_FIRE = re.compile(rf"{_B}(?:cháy|lửa|hỏa\s+hoạn){_E}", re.IGNORECASE)
# A seizure told by who made it, first in its clause ('Qua khám xét, công an thu giữ 3 bánh heroin'):
# a step of the story. 'Tang vật công an thu giữ', 'số ma túy thu giữ' name the goods, no act.
_SEIZED = re.compile(
    # 'Khám xét nơi ở của X, cảnh sát thu giữ ...': the search that led to it may come first.
    r"(?:(?:khám|kiểm\s+tra|qua|mở\s+rộng|tại)\s[^,;.]{0,80},\s*)?"
    r"(?:lực\s+lượng(?:\s+chức\s+năng)?|công\s+an|cảnh\s+sát|trinh\s+sát|cơ\s+quan|tổ\s+công\s+tác|"
    r"nhà\s+chức\s+trách|(?-i:CSĐT|CSGT|PC[0-9]+))(?:\s+(?!thu\s)[^\s,;.:]+){0,5}?"
    r"\s+(?:(?:đã|còn|cũng|tiếp\s+tục|nhanh\s+chóng|khẩn\s+trương|phát\s+hiện(?:\s+và|,)?)\s+)*"
    r"thu\s+giữ(?![^\W_])(?!\s+(?:là|được)(?![^\W_]))",
    re.IGNORECASE,
)


# A tip or a word received ('Công an xã X nhận được tin báo ...', 'tiếp nhận thông tin phản ánh về việc
# ...', 'nắm được thông tin có một nhóm người sẽ ...'): how the police came to know, no happening; what the
# tip tells is a happening where the text tells it as done.
_TIP_RECEIVED = re.compile(
    rf"^(?:[^,;:]{{0,80}}?\s)?(nhận\s+được|tiếp\s+nhận|nắm\s+được)\s+(?:(?:các|nhiều|một|những)\s+)?"
    rf"(?:tin\s+báo|thông\s+tin|nguồn\s+tin|tin\s+tố\s+giác|trình\s+báo|điện\s+thoại|cuộc\s+gọi){_E}"
    # 'thông tin ông X có hành vi ...', 'thông tin trên là sai sự thật': a word heard; not 'thông tin
    # xung quanh vụ bắt X', 'thông tin cơ quan Y, đơn vị vừa khởi tố ...' (who told it, then the act).
    rf"|^thông\s+tin\s+(?=(?:có|ông|bà|anh|chị|cháu|đối\s+tượng|trên|này|đó){_E})",
    re.IGNORECASE,
)
# What a tip told, after it: 'tin báo của người dân về việc X', 'thông tin về vụ Y'.
_TIP_ABOUT = re.compile(
    r"^(?:\s+(?:phản\s+ánh|trình\s+báo))?(?:\s+(?:của|từ)\s+[^,]*?)?\s+về\s+(?:việc\s+)?(?:xảy\s+ra\s+)?",
    re.IGNORECASE,
)
_CASE_TOLD = re.compile(rf"(?:một\s+)?vụ\s+(?!việc{_E})", re.IGNORECASE)
# A tip's content that tells no act done: 'có 2 đối tượng lạ mặt ...', who sent it ('của người dân').
_TIP_NO_ACT = re.compile(rf"^(?:có|của|từ|là){_E}", re.IGNORECASE)


def _past_tip(name: str) -> str:
    """Return a clause's name past a tip it opens with: the act done on it, what it told, or none.

    'tiếp nhận thông tin vụ việc, triệu tập các đối tượng': the summons; 'nhận được tin báo về việc X bị
    đâm': the stabbing; 'nhận được tin báo của người dân về việc có hai người lạ': nothing done.
    """
    tip = _TIP_RECEIVED.match(name)
    if tip is None:
        return name
    if tip.start(1) == -1:
        return ""  # 'thông tin ông X có hành vi ...': a word heard, what it says not told as done
    rest = name[tip.end() :]
    comma = rest.find(",")
    after = rest[comma + 1 :].strip() if comma != -1 else ""
    acts = _free_acts(after)
    # (an act that opens the clause after the tip, not one in what was judged: 'công an nhận định khả năng đây
    # là băng lừa đảo')
    if acts and len(after[: acts[0].start()].split()) <= SUBJECT_WORDS and not _TIP_RECEIVED.match(after):
        return after
    about = _TIP_ABOUT.match(rest)
    # (what the tip said follows it straight, 'tin báo người nhà phát hiện X tử vong'; after a comma, another
    # clause begins)
    told = rest[about.end() :] if about is not None else "" if rest.lstrip().startswith(",") else rest
    told = told.strip()
    if not told or _TIP_NO_ACT.match(told):
        return ""
    # (a case the tip named: 'về việc xảy ra vụ chặt phá vườn chuối')
    acted = _STORY.search(told) or _DEATH.search(told) or _NOUN.match(told) or _CASE_TOLD.match(told)
    return told if acted else ""


# A surrender told as done ('X đã đến cơ quan công an đầu thú', 'nghi can ra đầu thú', 'lên Công an huyện Y để
# đầu thú'): a step of the story, dated or not. Urged, meant or denied ('vận động X ra đầu thú', 'không ra
# đầu thú'), it is none. 'tự thú' is the same step ('X điện thoại đến cơ quan công an tự thú').
_SURRENDERED = compile_led(
    rf"{_B}(?:ra|đến|tới|lên|về)(?:\s+[^\s,;.:]+){{0,8}}?\s+(?:để\s+)?(?:trình\s+diện\s+)?{TURNS_IN}{_E}",
    re.IGNORECASE,
)
# A crime reported to the police, told as done ('gia đình hai cháu đã làm đơn tố cáo X đến Công an huyện Y',
# 'cả 2 cô gái đã trình báo cơ quan công an', 'nên đến công an trình báo'): a step of the story, dated or not.
# ('tố cáo' alone is also 'đã tố cáo sự tàn phá của ma túy': only a complaint written tells it; 'đã liên hệ
# với công an để trình báo' tells a contact made, the report only meant.)
_REPORTED = compile_led(
    rf"{_B}(?<!không\s)(?<!chưa\s)(?:đã|liền|nên|mới|bèn|vội|lập\s+tức)\s+(?:(?!(?:không|chưa|chẳng|để|nhằm){_E})[^\s,;.:]+\s+){{0,8}}?"
    rf"(?:trình\s+báo|tố\s+giác|(?:làm|gửi|viết|nộp|có)\s+đơn(?:\s+(?:tố\s+cáo|trình\s+báo|tố\s+giác)){_E})",
    re.IGNORECASE,
)
_NOT_SURRENDERED = re.compile(
    rf"{_B}(?:vận\s+động|kêu\s+gọi|khuyên|thuyết\s+phục|động\s+viên|ý\s+định|định|muốn|không|chưa|sẽ|nếu|mong|"
    rf"chờ|cần|phải|hãy|buộc|yêu\s+cầu|đề\s+nghị|thay\s+vì|thông\s+báo|truy\s+tìm|truy\s+nã){_E}"
    # 'Khi ra đầu thú tại Công an xã X, Y kể ...': the time of what is told next.
    rf"|{_B}khi\s+$",
    re.IGNORECASE,
)
# The police at the scene ('X có mặt bảo vệ hiện trường', 'Công an huyện Y khám nghiệm hiện trường'): a story
# tells one such response, however many sentences and captions tell it again.
_AT_SCENE = compile_led(
    rf"{_B}(?:khám\s+nghiệm|bảo\s+vệ|phong\s+tỏa|(?P<came>có\s+mặt\s+(?:tại|ở)|đến|tới|xuống))\s+hiện\s+trường{_E}",
    re.IGNORECASE,
)
# Who comes to the scene as the police's response, a unit by its name ('Công an huyện X đã có mặt tại hiện
# trường'), capitalised as written.
_RESPONDER = re.compile(rf"{_B}(?:{_words(*_WORDS['scene_responders'])}){_E}")
# The examination that goes with it ('khám nghiệm tử thi', 'Việc khám nghiệm các thi thể đã hoàn tất'): the
# same response of the police, told by another of its steps.
_EXAMINATION = compile_led(
    rf"{_B}(?:khám\s+nghiệm|bảo\s+vệ|phong\s+tỏa)(?:\s+(?:các|toàn\s+bộ))?\s+(?:hiện\s+trường|tử\s+thi|thi\s+thể|pháp\s+y){_E}",
    re.IGNORECASE,
)


# A case opened against a ring, told by its name ('Chuyên án 12M đã được xác lập để đấu tranh'): a step.
_CASE_OPENED = re.compile(
    r"(?:^|(?<=,)\s*)(?:ban\s+)?chuyên\s+án\s+[^,;.]{0,30}?(?:đã\s+)?được\s+(?:xác\s+lập|thành\s+lập|lập)(?![^\W_])",
    re.IGNORECASE,
)

# A special case set up by the unit that tells it ('Công an tỉnh X thành lập ban chuyên án truy bắt nhóm
# trộm', 'Phòng PC45 ... xác lập chuyên án triệt phá băng cướp'): a step of the story, with 'đã' or without.
_CASE_SET_UP = compile_led(
    rf"{_B}(?:xác\s+lập|thành\s+lập|lập)\s+(?:ban\s+)?chuyên\s+án{_E}", re.IGNORECASE
)
# 'Việc lập chuyên án ...', 'đề nghị phối hợp lập chuyên án', 'sẽ lập chuyên án': a topic, a proposal, a plan.
_NOT_SET_UP = re.compile(
    rf"{_B}(?:việc|để|nhằm|đề\s+nghị|phối\s+hợp|cần|sẽ|chưa|không)\s+$", re.IGNORECASE
)

# 'Phòng X tham mưu đề xuất Giám đốc thành lập chuyên án': proposed, the setting up told later if at all.
_PROPOSED = re.compile(rf"{_B}(?:đề\s+xuất|tham\s+mưu|kiến\s+nghị){_E}", re.IGNORECASE)


def _case_set_up(clause: str) -> re.Match[str] | None:
    """Return where a clause tells a special case set up ('X thành lập ban chuyên án ...'), or None."""
    m = _CASE_SET_UP.search(clause)
    if m is None or _NOT_SET_UP.search(clause, 0, m.start()) or _PROPOSED.search(clause, 0, m.start()):
        return None
    return m


# Whom an attack fell on, right after its verb: 'anh Toàn', 'chị Lê Thị Liệu'.
_VICTIM = re.compile(
    rf"\s+(?:vào\s+(?:người\s+)?)?(?P<who>(?:anh|chị|ông|bà|em|cháu)\s+(?-i:[{_UPPER}])[^\W\d_]*"
    rf"(?:\s+(?-i:[{_UPPER}])[^\W\d_]*)*)",
    re.IGNORECASE,
)
# Who was just told of, standing as the doer of what follows ('nhóm này', 'bọn chúng', 'hắn').
_DOER_TOLD_AGAIN = re.compile(
    rf"{_B}(?:{_words(*_WORDS['anaphors'])}|(?:nhóm|bọn|băng|toán)(?:\s+[^\s,;.]+){{0,2}}?\s+(?:này|trên)"
    rf"|bọn\s+chúng|chúng){_E}",
    re.IGNORECASE,
)


# A sentence that opens another case of a round-up ('Vụ thứ hai, ...', '- Vụ thứ 2: ...', 'Trong một vụ
# việc khác, ...', 'Ở một vụ án khác, ...'): its act is no retelling of an act of its kind told before.
_NEW_CASE = re.compile(
    rf"[\s\-–•*+]*(?:vụ\s+(?:việc\s+|án\s+)?thứ\s+(?:[2-9]|hai|ba|tư|năm|sáu|bảy|tám|chín)"
    rf"|(?:trong|ở|tại|với)\s+(?:một\s+)?vụ\s+(?:việc\s+|án\s+)?khác){_E}",
    re.IGNORECASE,
)


def _another_pair(text: str, lo: int, hi: int, kinds: set[int], told: list[Event], names: set[str]) -> bool:
    """Whether the clause's act of ``kinds`` has a doer and a victim no told act of its kind names.

    'Chín dùng dao đâm ông Đỗ Văn Mười' after 'Bảy dùng dao đâm anh Hồ Văn Tám': another attack, however
    alike it is worded; 'Bảy đuổi theo đâm anh Tám' is that attack told on.
    """
    verb = _doer_story_verb(text, lo, hi, kinds) if kinds else None
    act = _STORY.search(text, verb, hi) if verb is not None else None
    victim = _VICTIM.match(text, act.end()) if act is not None else None
    if victim is None or _RETOLD_ATTACK.search(text[verb : act.start()]) or _DOER_TOLD_AGAIN.search(
        text, verb, act.start()
    ):
        return False
    doers = {w for w in _NAME_WORD.findall(text, verb, act.start()) if w in names}
    given = victim.group("who").split()[-1]
    # (an arrest names the doers of every act it was for: no act of the kind)
    same_kind = [
        e for e in told if e.kind not in CASE_STEP_KINDS and families_of(e.spans[0].text, False) & kinds
    ]
    # (an act told of no one named, 'chủ nhà bị một thợ xây chém', may be any of them: told again)
    named = [e for e in same_kind if names & set(_NAME_WORD.findall(" ".join((e.name, *e.aliases))))]
    return bool(doers and named) and len(named) == len(same_kind) and not any(
        doers & set(n.split()) or given in n.split() for e in same_kind for n in (e.name, *e.aliases)
    )


@lru_cache(maxsize=1024)  # pure; each clause asks it twice (a step told in order? where its part starts)
def _surrendered(clause: str) -> int | None:
    """Return where the part of a clause that tells a surrender as done starts ('Tám đã đến công an đầu
    thú'), or None (none told, or one urged or meant)."""
    m = _SURRENDERED.search(clause)
    if m is None:
        return None
    # Only its own part of the sentence: 'Biết không thể trốn thoát, X đã đến công an đầu thú' is done.
    bare = _PAREN.sub(lambda p: " " * len(p.group()), clause)  # '(39 tuổi, trú X)' holds no part's comma
    part = bare.rfind(",", 0, m.start()) + 1
    return None if _NOT_SURRENDERED.search(clause[part : m.start()]) else part


# What a suspect owns up to ('Bước đầu, X khai nhận đã ...', 'X thừa nhận hành vi phạm tội', 'Tú khai nhận,
# khoảng tháng 4, đối tượng đã vận chuyển ...'): his telling, which the story's own sentences tell as done
# when they do; our gold lists none.
_CONFESSION = r"(?:khai\s+nhận|thừa\s+nhận|thú\s+nhận|khai\s+báo|khai(?=\s+(?:đã|là|rằng|với){_E}))"
_CONFESSED = re.compile(rf"^(?P<who>[^,;:]{{0,60}}?){_B}{_CONFESSION}{_E}", re.IGNORECASE)
_CONFESSED_BEFORE = re.compile(
    rf"{_B}{_CONFESSION}{_E}(?:\s*,)?(?:\s+(?:rằng|là|đã|mình|chính|từng))*\s*$", re.IGNORECASE
)


def _confessed(text: str, lo: int, start: int, clause: str) -> bool:
    """Whether a clause tells only what a suspect owns up to: his confession, or what follows its verb."""
    if _CONFESSED_BEFORE.search(text, lo, start):
        return True  # 'Riêng đối tượng Quý khai nhận đã mua khẩu súng AK ...': the clause is what he said
    m = _CONFESSED.match(clause)
    # 'Bình đến công an đầu thú, khai nhận hành vi ...': the surrender, an act before it, is the event.
    return m is not None and not _ACT.search(m.group("who")) and not _STORY.search(m.group("who"))


def _reported(clause: str) -> bool:
    """Whether a clause tells a crime reported to the police as done, in its own part of the sentence.

    'Cường lấy trộm hai sổ đỏ của chị Hoa nên chị này đã trình báo Công an': the theft is what the clause
    tells; what its victim did after 'nên' is another's act.
    """
    m = _REPORTED.search(clause)
    return m is not None and not any(
        _NEW_SUBJECT.match(clause, so.end()) for so in _SO_NEW.finditer(clause, 0, m.end())
    )


def _who_surrendered(name: str) -> set[str]:
    """Return the capitalised words (the names) of who a surrender's name says surrendered."""
    m = _SURRENDERED.search(name) or TURNED_IN.search(name)
    who = name[: m.start() if m else len(name)]
    if _STORY.match(who) or _ACT.match(who.lower()):
        who = who.split(" ", 1)[-1]  # 'Giết 2 mẹ con xong lên Công an đầu thú': a verb, no one named
    return {w.lower() for w in who.split() if w[:1].isupper()}


def _scene_response(text: str) -> re.Match[str] | None:
    """Return the police's response at a scene a text tells: an examination, or a named unit coming there."""
    return _EXAMINATION.search(text) or next(
        (m for m in _AT_SCENE.finditer(text) if m.group("came") and _RESPONDER.search(text, 0, m.start())),
        None,
    )


def _police_act(clause: str) -> bool:
    """Whether a clause tells the police's act on someone ('công an ập vào ..., bắt quả tang X')."""
    # 'Người dân có mặt tại hiện trường ...': a witness there, no response; 'lực lượng công an đã có mặt tại
    # hiện trường để khám nghiệm hiện trường': what they came to do may still be the act.
    act = next(
        (
            m
            for m in _POLICE_ACT.finditer(clause)
            if not (
                (came := _AT_SCENE.match(clause, m.start())) is not None
                and came.group("came")
                and not _RESPONDER.search(clause, 0, m.start())
            )
        ),
        None,
    )
    if act is None:
        return False
    before = clause[: act.start()]
    scene = _AT_SCENE.match(clause, act.start())
    if scene is not None:
        if re.match(rf"\s+(?-i:[{_UPPER}])", clause[scene.end() :]):
            return False  # 'Công an khám nghiệm hiện trường Lúc này, ...': a caption run into the text
        before = _PRESENT_TO.sub(" ", before)  # 'có mặt để bảo vệ hiện trường': there, and so doing it
    # 'X bị Cơ quan CSĐT, Công an tỉnh Y khởi tố và bắt tạm giam': what befell X; 'để khẩn trương truy bắt':
    # what is meant to be done.
    return not _FIRE.search(clause) and not _NOT_DONE_BEFORE.search(before)


# The police took someone, told plainly with no day and no 'đã' needed: 'Cảnh sát bắt X ngay sau đó',
# 'công an bắt thêm Y', 'các trinh sát đã bắt được Z', 'công an bắt 15 người'. Who took them is told right
# before the verb ('nắm bắt được' is to grasp; 'bắt' alone only before whom it took: 'bắt đầu', 'bắt tay' are
# other words).
_TAKER = _words(
    "công an", "cảnh sát", "trinh sát", "CSGT", "tổ công tác", "lực lượng chức năng", "cơ quan chức năng"
)
_POLICE_TOOK = compile_led(
    rf"{_B}(?:{_TAKER})(?:\s+(?-i:[{_UPPER}0-9])[^\s,;.]*){{0,6}}\s+"
    rf"(?:(?:{_words('đã', 'vừa', 'mới', 'cũng', 'tiếp tục', 'nhanh chóng', 'kịp thời', 'lập tức')})\s+)*"
    rf"bắt(?:\s+(?:được|thêm)(?:\s+được)?{_E}|(?=\s+(?:[0-9]|(?-i:[{_UPPER}])|(?:đối\s+tượng|nghi\s+phạm|nghi\s+can|các|hai|ba){_E})))",
    re.IGNORECASE,
)
# 'họ cứ nghĩ công an bắt V.', 'mong công an bắt được kẻ gây án', 'nếu cảnh sát bắt được': thought, wished or
# supposed, no taking.
_NOT_TAKEN_BEFORE = re.compile(rf"{_B}(?:mong|nếu|hy\s+vọng|chờ|đợi|để){_E}", re.IGNORECASE)


def _police_took(clause: str) -> re.Match[str] | None:
    """Return the police's taking of someone the clause tells as done ('Cảnh sát bắt X'), or None."""
    took = _POLICE_TOOK.search(clause)
    if took is None:
        return None
    before = clause[: took.start()]
    if _THOUGHT.search(before) or _NOT_TAKEN_BEFORE.search(before):
        return None
    return took


_PRESENT_TO = re.compile(rf"{_B}(?:có\s+mặt|đến|tới|xuống)(?:\s+[^,;.]{{1,40}}?)?\s+để\s+$", re.IGNORECASE)


_NOT_DONE_BEFORE = re.compile(
    rf"{_B}(?:bị|được|để|nhằm|sẽ|cần|phải|tại\s+sao|vì\s+sao|quy\s+định)\s(?:[^,;.]*,){{0,2}}[^,;.]{{0,60}}$"
    # 'Quá trình khám xét, ...', 'việc bắt giữ X thể hiện ...', 'hiện trường vụ bắt giữ', 'Công tác bao vây
    # hiện trường ...': the act as a noun;
    # 'tội bắt giữ người trái pháp luật' a charge; 'rình bắt quả tang' a plan.
    rf"|{_B}(?:quá\s+trình|(?<!tổ\s)(?<!đoàn\s)công\s+tác|việc|vụ|cảnh|trong\s+lúc|tội|rình|định|muốn)\s+$",
    re.IGNORECASE,
)


# 'Công an X đang tạm giữ hình sự Y', 'A, B đang lần lượt bị khởi tố': a custody told as ongoing was news.
_IN_CUSTODY = compile_led(
    rf"{_B}đang\s+(?:lần\s+lượt\s+)?(?:bị\s+)?(?:{_words('tạm giữ', 'tạm giam', 'khởi tố')}){_E}",
    re.IGNORECASE,
)
# After a ruling, 'và' and a lower-case word (not another defendant) add what else it orders.
_MORE_PENALTY = re.compile(rf"\s+và\s+(?!(?:bị\s+cáo|đồng\s+phạm){_E})(?-i:[^\W\d_A-ZĐ])", re.IGNORECASE)
# A visit told as done, undated: 'Bộ trưởng X đã đến Bệnh viện Y thăm hỏi ...', 'đoàn vừa về thăm ...'.
_VISIT = compile_led(
    rf"{_B}(?:đã|vừa|mới)\s+(?:(?:đến|tới|về|xuống|lên|vào|ra)(?:\s+[^\s,;.]+){{0,8}}?\s+)?"
    rf"(?:thăm(?:\s+hỏi)?|hỏi\s+thăm|chúc\s+Tết|thăm\s+và\s+làm\s+việc){_E}"
    # 'đoàn X do Y dẫn đầu có chuyến thăm và làm việc tại Z': a trip told as made ('sẽ có' is a plan).
    rf"|{_B}(?<!sẽ\s)(?<!sắp\s)có\s+chuyến\s+(?:thăm|công\s+tác|làm\s+việc){_E}",
    re.IGNORECASE,
)
# A call on someone told plainly by whom ('Thứ trưởng X thăm hỏi thương binh Y tại bệnh viện'): a visit, 'đã'
# or not ('hỏi thăm đường' asks the way; 'để thăm hỏi', 'Qua thăm hỏi' are no call made).
_CALL = re.compile(
    rf"^(?!(?:{_words(*LEAD_WORDS, 'cùng', 'hễ', 'nếu', 'khi')}){_E})"
    rf"(?:(?:{_words(*_HONORIFICS)})\s+)?(?-i:[A-ZĐ])(?:(?!{_B}(?:để|sẽ|thì|nếu|là){_E})[^,;.]){{0,80}}?"
    rf"{_B}(?:(?:đến|tới)\s+)?thăm\s+hỏi{_E}",
    re.IGNORECASE,
)
# A delegation arriving at a named place ('đoàn công tác đến UBND xã X', 'đoàn kiểm tra về huyện Y').
_DELEGATION = compile_led(
    rf"{_B}đoàn(?:\s+(?:công\s+tác|kiểm\s+tra|thanh\s+tra|giám\s+sát|liên\s+ngành|cán\s+bộ))?(?:\s+[^\s,;.]+){{0,6}}?"
    rf"\s+(?:(?:đã|vừa|mới)\s+)?(?:đến|tới|lên|về|xuống|ra)\s+(?:thăm\s+|làm\s+việc\s+(?:tại|với)\s+)?(?-i:[A-ZĐ])",
    re.IGNORECASE,
)
# A paper an authority issued, by its number: 'X có văn bản số 76/TTCP ngày 19/4 đề nghị ...' is a done act
# (its day, a document's, does not date the clause); 'theo công văn số 12' only cites one.
_PAPERS = ("văn bản", "công văn", "quyết định", "thông báo", "chỉ thị", "tờ trình", "kết luận")
_NUMBERED_PAPER = compile_led(
    rf"(?<=[^\W\d_]\s)(?<!theo\s)(?<!tại\s)(?<!của\s)(?:có|ban\s+hành|gửi|ra)\s+"
    rf"(?:{_words(*_PAPERS)})\s+số{_E}",
    re.IGNORECASE,
)
# 'Sở X tiến hành khảo sát tại 6 sở', 'Đồn X đã hoàn chỉnh hồ sơ, tiến hành xử phạt ...': an inspection or an
# official act carried out, told plainly; 'sẽ/cần/để tiến hành' is one meant to be, 'không tiến hành' none.
_CARRIED_OUT = compile_led(
    rf"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_],\s))(?<!sẽ\s)(?<!cần\s)(?<!phải\s)(?<!để\s)(?<!nhằm\s)(?<!việc\s)"
    rf"(?<!khi\s)(?<!chưa\s)(?<!không\s)(?<!gian\s)"
    rf"tiến\s+hành\s+(?:{_words(*OFFICIAL_VERBS, 'kiểm tra', 'khảo sát', 'giám sát')}){_E}",
    re.IGNORECASE,
)
# An award among the acts of ACTS (not flowers, not a decision).
_AWARD_WORD = re.compile(r"khen|huân chương|huy chương|cờ thi đua|kỷ niệm chương", re.IGNORECASE)
# 'được Chủ tịch UBND huyện trao ...', 'được ông X, Chủ tịch UBND huyện này trao ...': who gives it.
_AWARDED_BY = re.compile(r"(?<![^\W_])được\s+(?P<who>[^;.]{2,80}?)\s*$", re.IGNORECASE)
_HELD_AWARD = compile_led(
    rf"{_B}tổ\s+chức\s+(?:khen\s+thưởng|trao\s+thưởng|tuyên\s+dương){_E}", re.IGNORECASE
)
_TOLD_DONE = re.compile(rf"{_B}(?:đã|vừa|mới|được){_E}[^.;]*$", re.IGNORECASE)
# 'xứng đáng được tặng', 'đề nghị tặng', 'việc tặng', 'sẽ trao': an award not (yet) handed over.
_NOT_AWARDED = re.compile(
    rf"{_B}(?:xứng\s+đáng|đề\s+nghị|đề\s+xuất|sẽ|việc|về\s+việc|mong|xét|dự\s+kiến|chưa|không)"
    rf"(?:\s+\S+){{0,3}}?\s+(?:được\s+)?$",
    re.IGNORECASE,
)
TALLY_VERBS = _WORDS["tally_verbs"]
# 'triệt phá 28 băng nhóm', 'phát hiện 214 xe vi phạm': a period's tally, not one happening.
_SUMMARY = re.compile(
    rf"{_B}(?:{_words(*TALLY_VERBS)})\s+(?:(?:hơn|gần|khoảng|trên|tổng\s+cộng)\s+)?(?:[1-9][0-9]|[0-9]{{1,3}}(?:\.[0-9]{{3}})+)",
    re.IGNORECASE,
)
# 'khởi tố 14 bị can', 'bắt giữ 20 đối tượng': people taken in one act, unless a period makes it a tally.
_PEOPLE_COUNTED = re.compile(
    r"\s*(?:bị\s+can|bị\s+cáo|đối\s+tượng|nghi\s+phạm|con\s+bạc)(?![^\W_])", re.IGNORECASE
)


@cache
def _goods_measured() -> re.Pattern[str]:
    """Return the pattern of a figure measuring the goods of one seizure ('phát hiện 45kg chân gà').

    Its words are the event list's goods units and the gazetteer's units of mass ('kg', 'tấn', 'chỉ vàng');
    built on first use, so importing the module does not load every gazetteer.
    """
    mass = (form for unit in load_gazetteer().units.values() if unit.kind == "mass" for form in unit.forms)
    return re.compile(rf"[0-9.,]*\s*(?:{_words(*_WORDS['goods_units'], *mass)}){_E}", re.IGNORECASE)


def _tally(clause: str) -> bool:
    """Whether a clause tells a period's tally ('triệt phá 28 băng nhóm'), not one act on people or goods."""
    tally = _SUMMARY.search(clause)
    if tally is None:
        return False
    one_act = _PEOPLE_COUNTED.match(clause, tally.end()) or _goods_measured().match(clause, tally.end())
    return not (one_act and not _PERIOD_WORDS.search(clause))


_APPOINTED = compile_led(
    r"(?<![^\W_])bổ\s+nhiệm\s+(?P<who>(?:ông|bà|đồng\s+chí)\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.]*\s*){2,4})"
    r"(?:,[^;.]{0,120}?,)?\s*(?P<post>(?:vào\s+chức\s+danh|giữ\s+chức(?:\s+vụ)?|làm)\s[^;.]{3,160})"
)
_HANDED_DECISION = re.compile(rf"{_B}(?:trao|công\s+bố)\s+quyết\s+định{_E}", re.IGNORECASE)
STOP_VERBS = _WORDS["stop_verbs"]
_STOPS = _words(*STOP_VERBS)  # (as a pattern's alternatives)
_DECIDES = _words(*_WORDS["decision_verbs"])
# A decision to stop, suspend or take back, told as decided or done: 'Sở X đã yêu cầu thu hồi phù hiệu
# ...', 'thành phố quyết định dừng tổ chức lễ hội ...' ('theo quyết định đình chỉ' is the paper, not news).
_STOPPED = compile_led(
    # 'Ban tổ chức đã (phải) quyết định dừng 2 trận đấu': a bare 'dừng' is a decision only after its verb
    # ('đã dừng xe' is a driver's stop), and not of a vehicle ('CSGT đã ra lệnh dừng xe' is a traffic stop).
    rf"{_B}(?:(?:đã|vừa|mới)\s+(?:phải\s+)?(?:(?:{_DECIDES})\s+(?=(?:dừng|ngừng){_E}(?!\s+(?:xe|phương\s+tiện){_E}))"
    rf"|(?:(?:{_DECIDES})\s+)?(?=(?:{_STOPS}){_E}))"
    rf"|(?<=[^\W\d_]\s)(?<!ra\s)(?<!theo\s)(?<!có\s)(?<!các\s)(?<!một\s)(?<!bản\s)(?<!hành\s)(?<!số\s)(?<!những\s)"
    rf"(?-i:quyết\s+định)\s+(?=(?:{_STOPS}){_E}))"
    rf"(?P<act>{_words(*STOP_VERBS, 'dừng', 'ngừng')}){_E}",
    re.IGNORECASE,
)
# Who decided a stop, then how: 'Ban tổ chức đã phải quyết định ', 'UBND huyện X vừa '.
_DECIDER = re.compile(
    r"\s*(?-i:[A-ZĐ])[^,;:()]{1,60}?\s+(?:đã|vừa|mới)\s+(?:phải\s+)?(?:quyết\s+định\s+)?", re.IGNORECASE
)
_STOP_BEFORE = re.compile(rf"{_B}(?:{_STOPS}){_E}\s+$", re.IGNORECASE)
# Where the act decided ends: its purpose, what it follows, the next act of the list (a comma
# before a list's next item does not end it).
_STOPPED_END = re.compile(
    rf",(?=\s*(?:[^\s,]+\s+){{0,3}}?(?:{_words(*_WORDS['clause_words'])}){_E})"
    rf"|\s+(?:để|nhằm|sau|trước|kể\s+từ|từ\s+ngày|cho\s+đến)\s|\s+và\s+(?=(?:{_STOPS}){_E})",
    re.IGNORECASE,
)
_LUNAR_NEW_YEAR = re.compile(
    rf"{_B}Tết\s+(?:Nguyên\s+[Đđ]án\s+)?(?P<stem>{_words(*STEMS)})\s+"
    rf"(?P<branch>{_words(*BRANCHES, *_BRANCH_SPELLINGS)}){_E}",
    re.IGNORECASE,
)


# 'Năm 2002, ...', 'Cuối năm 2015, ...': a year (or its end) that leads the sentence.
_YEAR_LEAD = re.compile(
    r"\s*(?:vào\s+|trong\s+)?(?:(?:cuối|đầu|giữa)\s+)?năm\s+(?:19|20)[0-9]{2}", re.IGNORECASE
)
# A step of a case or a ruling, told of someone ('bị tuyên án', 'bị bắt', 'lãnh án'): news of its year.
_CASE_YEAR = re.compile(
    rf"{_B}(?:(?:bị|được)\s+(?:\S+\s+){{0,3}}?"
    rf"(?:{_words(*CASE_VERBS, *_WORDS['verdict_verbs'], 'triệt phá')})|lãnh\s+án){_E}",
    re.IGNORECASE,
)
_HOLIDAY = re.compile(rf"{_B}(?:Tết|dịp\s+lễ|Giáng\s+sinh|Noel)(?![^\W_])")
# 'trong năm này', 'cùng năm': the year told last, named again.
_SAME_YEAR = compile_led(rf"{_B}(?:trong\s+)?(?:năm\s+(?:này|đó|ấy)|cùng\s+năm){_E}", re.IGNORECASE)
_YEAR_IN_NAME = re.compile(r"(?:năm\s+|(?<![0-9])[0-9]{1,2}/)((?:19|20)[0-9]{2})(?![0-9])")
# 'Buổi chiều, Quốc hội thảo luận ...': the next part of the day told before, a step in order.
PARTS_OF_DAY = ('buổi sáng', 'buổi chiều', 'buổi tối', 'buổi trưa')
# 'tôi mới phát hiện ra ...': a witness speaking, quoted without its marks; the report tells no act.
_FIRST_PERSON = re.compile(
    rf"\s*(?:{_words('tôi', 'chúng tôi', 'chúng ta', 'chúng em', 'em', 'mình')})\s", re.IGNORECASE
)
# 'Liên quan vụ án mạng X, chiều 7/7, Công an tỉnh Y cho biết, ...': the incident, not a caption.
_RELATED = re.compile(r"\s*liên\s+quan(?:\s+(?:đến|tới))?\s+", re.IGNORECASE)
# 'sự cố y khoa khiến 7 người tử vong', 'vụ tai biến khiến 18 bệnh nhân bị sốc': an incident named by
# its toll, told in passing ('Sau sự cố X, ...'); 'sự cố' alone is too often a mishap of no note.
_TOLL_INCIDENT = compile_led(
    r"(?<![^\W_])(?:sự\s+cố|(?:vụ\s+)?tai\s+biến)(?:\s+[^\s,.;:()]+){0,4}?\s+(?:khiến|làm)(?:\s+cho)?"
    r"\s+(?:[0-9]+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|hàng\s+chục)\s+[^\s,.;:()]+(?:\s+nhân)?"
    r"(?P<toll>(?:\s+(?!(?:tại|ở|sau|trước|ngày|trong|khi|vào)(?![^\W_]))[^\s,.;:()]+){1,4})",
    re.IGNORECASE,
)
# 'điều tra nguyên nhân khiến 2 người tử vong', 'làm rõ lý do khiến ...': the toll an inquiry looks into.
_TOLL_ASKED = re.compile(rf"{_B}(?:nguyên\s+nhân|lý\s+do|vì\s+sao|tại\s+sao)\s*$", re.IGNORECASE)
# 'X có bị cách chức hay không còn tùy ... khiến 8 người tử vong': a question asked, the toll its setting.
_ASKED_WHETHER = re.compile(rf"{_B}có\s.*\s(?:hay|hoặc)\s+(?:không|chưa){_E}", re.IGNORECASE)
# The toll a clause's act took of people: 'khiến 3 người bị thương', 'làm 1 người tử vong'.
_TOLL = compile_led(
    rf"{_B}(?:khiến|làm)(?:\s+cho)?\s+(?:"
    rf"(?:[0-9]+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|hàng\s+chục)\s+"
    rf"(?:người|nạn\s+nhân|học\s+sinh|công\s+nhân|du\s+khách|hành\s+khách|chiến\s+sĩ|cháu|em)"
    rf"(?:\s+[^\s,.;:()]+){{0,3}}?"
    # 'đánh anh Cộng khiến anh bị chấn thương sọ não và tử vong': the victim named again.
    rf"|(?:anh|chị|ông|bà|nạn\s+nhân)(?:\s+[^\s,.;:()]+){{0,8}}?)"
    rf"\s+(?:tử\s+vong|chết|thiệt\s+mạng|thương\s+vong|bị\s+thương|bị\s+bỏng|nhập\s+viện){_E}",
    re.IGNORECASE,
)
_SO_THEN = re.compile(rf"{_B}(?<!không\s)(?<!cần\s)nên(?!\s+chăng{_E})\s+", re.IGNORECASE)
# An incident named as such: a toll after it is its own, told with it.
_INCIDENT_WORD = re.compile(
    rf"{_B}(?:tai\s+nạn|TNGT|án\s+mạng|tai\s+biến|sự\s+cố|vụ\s+việc){_E}", re.IGNORECASE
)
# '18 vụ, làm 11 người chết': cases counted, a tally.
_CASES_COUNTED = re.compile(rf"(?:[0-9]+|{_B}(?:{_words(*COUNTING_WORDS)}))\s+vụ{_E}", re.IGNORECASE)
# 'Khám nghiệm tử thi cho thấy ...', 'Quá trình khám nghiệm hiện trường, tử thi, cơ quan ... thu giữ ...':
# an examination that leads a sentence, told by what it found, is a step of the case of its own.
_EXAMINED = re.compile(
    r"\s*(?:(?:trong\s+|qua\s+)?quá\s+trình\s+|kết\s+quả\s+|qua\s+)?(?:tiến\s+hành\s+)?"
    r"(?P<step>khám\s+(?:nghiệm|xét)\s+(?:hiện\s+trường|tử\s+thi|thi\s+thể|các\s+thi\s+thể)"
    r"(?:\s*(?:,|và)\s*(?:khám\s+nghiệm\s+)?(?:tử\s+thi|hiện\s+trường|thi\s+thể))?)(?![^\W_])",
    re.IGNORECASE,
)
# 'Theo kết quả giám định của Công an tỉnh X ngày 10/5: ...', 'Kết quả giám định pháp y cho thấy ...':
# an expert examination that leads a sentence, told by what it found, is a step of the case (see _EXAMINED).
_ASSESSED = re.compile(
    r"\s*(?:theo\s+)?kết\s+quả\s+(?P<step>giám\s+định(?:\s+(?!(?:ngày|cho|xác|thì|kết|cũng|đều)(?![^\W_]))[^\s,:;.()]+){0,10}?)"
    r"(?=\s*[,:;.(]|\s+(?:(?:cũng|đều)\s+)?(?:ngày|cho\s+thấy|xác\s+định|thì|kết\s+luận)(?![^\W_]))",
    re.IGNORECASE,
)
# 'vụ thanh tra giao thông bị đe dọa bằng tin nhắn', 'vụ cháu X bị sát hại': an incident named by what befell
# whom, with no incident noun of its own (those are EVENT_NOUNS).
_BEFELL_INCIDENT = compile_led(
    # 'nhiệm vụ', 'dịch vụ' hold the syllable; 'Vụ Pháp chế' is a department; 'các vụ ...' are many.
    rf"(?<![^\W_])(?<!nhiệm\s)(?<!dịch\s)(?<!phục\s)(?<!công\s)(?<!nghiệp\s)(?<!thời\s)(?<!mùa\s)"
    rf"(?<!các\s)(?<!những\s)(?<!nhiều\s)(?-i:vụ)(?:\s+việc|\s+án)?\s+"
    rf"(?P<what>(?!(?:việc|án|mạng|tai\s+nạn|cháy|nổ){_E})(?:(?!{_B}(?:mà|đã|là|được){_E})[^,;.:“”\"()]){{2,50}}?)\s+"
    rf"bị\s+(?:[^\s,;.]+\s+){{0,3}}?(?P<verb>{_words(*STORY_VERBS, *_WORDS['befell_verbs'])}){_E}",
    re.IGNORECASE,
)
# 'tố cáo về việc cháu bị một người lạ xâm hại', 'trình báo việc con gái là cháu X bị bắt cóc': what a
# complaint reports befell someone, told with whoever did it (an initial's dot included).
_COMPLAINED_INCIDENT = compile_led(
    rf"(?P<complaint>{_B}(?:tố\s+cáo|tố\s+giác|trình\s+báo)\s+(?:về\s+)?việc)\s+"
    rf"(?P<what>(?!(?:mình|bị){_E})[^,;:“”\"()]{{2,60}}?)\s+"
    rf"bị\s+(?:[^\s,;]+\s+){{0,8}}?(?P<verb>{_words(*STORY_VERBS, *_WORDS['befell_verbs'])}){_E}",
    re.IGNORECASE,
)
_COMPLAINT = re.compile(rf"{_B}(?:tố\s+cáo|tố\s+giác|trình\s+báo)\s+(?:về\s+)?việc{_E}", re.IGNORECASE)


def _complaint_of(name: str, other: str) -> bool:
    """Whether ``other`` names the complaint that reports ``name`` (which is no complaint)."""
    return bool(_COMPLAINT.search(other)) and not _COMPLAINT.search(name)


# 'vụ cô giáo mầm non bạo hành học sinh', 'vụ nam thanh niên đuổi chém người': an incident, by who did what.
_DONE_INCIDENT = compile_led(
    rf"(?<![^\W_])(?<!các\s)(?<!những\s)(?<!nhiều\s)(?-i:vụ)(?:\s+việc)?\s+"
    rf"(?P<what>(?:(?:một|hai|ba|nhóm)\s+)?(?:{_words(*_WORDS['doer_nouns'])}){_E}"
    rf"(?:(?!{_B}(?:mà|đã|là|được|bị){_E})[^,;.:“”\"()]){{0,40}}?)\s+"
    rf"(?:(?:có\s+hành\s+vi|dùng\s+\S+)\s+)?(?P<verb>{_words(*STORY_VERBS, *_WORDS['befell_verbs'])}){_E}",
    re.IGNORECASE,
)
_BEFELL_END = re.compile(
    rf"\s+(?:trong\s+quá\s+trình|trong\s+lúc|khi|để|nhằm|sau\s+khi|cho|trả\s+lời|và\s+hiện\s+tượng){_E}",
    re.IGNORECASE,
)
# 'truy tìm tung tích cháu Lò Văn Khánh mất tích hôm 3/7', 'trình báo anh X bị mất tích': who went missing.
_MISSING = compile_led(
    r"(?<![^\W_])(?P<who>(?:cháu|bé|em|anh|chị|ông|bà)\s+"
    r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;:.()]*\s+){1,4})(?:(?:bị|đã|bị\s+cho\s+là)\s+)?mất\s+tích"
    r"(?![^\W_])"
)
# 'X tham mưu cho UBND ban hành ...': advice on an act someone else may do, not the act.
_ADVISED = re.compile(r"^(?:[^;]{0,160}?\s)?tham\s+mưu\s+(?:cho|với)\s")
# A crash named by its noun: told as having happened ('xảy ra vụ TNGT ...'), the crash told before.
_GENERIC_CRASH_TOLD = re.compile(r"\s*vụ\s+(?:tai\s+nạn(?:\s+giao\s+thông)?|TNGT)(?![^\W_])", re.IGNORECASE)
_CRASH_NOUNS = r"tai\s+nạn(?:\s+giao\s+thông)?|TNGT|va\s+chạm"
_HAPPENED = r"(?:\s+(?:thương\s+tâm|nghiêm\s+trọng|nói\s+trên|này|trên))?\s+xảy\s+ra"
# A crash named by no act of its own: the crash told before, if one was.
_GENERIC_CRASH = re.compile(rf"\s*vụ\s+(?:{_CRASH_NOUNS}){_HAPPENED}", re.IGNORECASE)
# An incident named by no act of its own ('vụ việc', 'vụ tai nạn'): what the summary told, if it told one.
_GENERIC_INCIDENT = re.compile(rf"\s*(?:vụ\s+(?:việc|{_CRASH_NOUNS})){_HAPPENED}", re.IGNORECASE)
_PART_OF_DAY_LEAD = re.compile(rf"\s*(?:{_words(*PARTS_OF_DAY)})\s*,", re.IGNORECASE)
_SEQUENCE = re.compile(
    rf"\s*(?:{_words('sau đó', 'trước đó', 'tiếp đó', 'ngay sau đó', 'tiếp theo', *PARTS_OF_DAY)})\s*,",
    re.IGNORECASE,
)
# A day, a year or an hour in a lead: not a house number ('số 25/127', 'hẻm 12/3') nor an amount ('1.500').
_DATE_LIKE = compile_led(
    r"(?<!\w)(?<![0-9/.,\-])(?<!số\s)(?<!hẻm\s)(?<!ngõ\s)(?<!ngách\s)(?<!kiệt\s)(?<!nhà\s)"
    r"(?:[0-9]{1,2}[/.\-](?:[0-9]{1,2}(?:[/.\-][0-9]{4})?|(?:19|20)[0-9]{2})(?![0-9/.\-]?[0-9])"
    r"|(?:19|20)[0-9]{2}(?![0-9]))"
    r"|(?<![0-9])[0-9]{1,2}\s*(?:h|giờ)(?![^\W\d_])",
    re.IGNORECASE,
)
_DATE_COMMA = re.compile(r"[0-9]{1,2}[/.\-][0-9]{1,2}(?:[/.\-][0-9]{4})?\)?\s*,")
# 'X tổ chức hội nghị ...': the meeting is the event, named by its noun phrase.
_HOLDS = re.compile(rf"{_B}(?:tổ\s+chức|mở|khai\s+mạc|diễn\s+ra)\s+(?={_NOUN.pattern})", re.IGNORECASE)
# 'không xảy ra bất cứ vụ X nào', 'không có vụ X nào': no incident at all.
_NONE_OF = re.compile(rf"{_B}(?:không|chưa|bất\s+cứ|bất\s+kỳ)(?:\s+\S+){{0,3}}\s+$", re.IGNORECASE)
_REFERRED = re.compile(rf"{_B}(?:nghị\s+quyết|văn\s+kiện|tinh\s+thần|kết\s+luận)\s+$", re.IGNORECASE)


_INTENT = re.compile(
    # ('nảy sinh ý định giết người cướp của', 'lập mưu cướp điện thoại', 'ý đồ trộm cắp', 'suy nghĩ cách giết
    # X': thought of, too)
    rf"{_B}(?:rủ(?:\s+(?:rê|nhau))?|bàn\s+(?:cách|bạc)|lên\s+kế\s+hoạch|âm\s+mưu|ý\s+định|ý\s+đồ|lập\s+mưu"
    rf"|(?:suy\s+)?nghĩ\s+cách"
    rf"|nảy\s+sinh(?!\s+hành\s+vi))"  # ('đã nảy sinh hành vi hiếp dâm nạn nhân' tells it done)
    rf"(?:\s+[^\s,;.]+){{0,6}}?\s+(?:đi\s+|để\s+)?$",
    re.IGNORECASE,
)
_DRIVING = re.compile(
    r"(?<![^\W_])(?:điều\s+khiển|lái)\s+(?:[^,.;]|(?<=[0-9])\.(?=[0-9])){0,50}$", re.IGNORECASE
)


# 'vụ nổ', not 'nhiệm vụ', 'nghiệp vụ', 'Bộ Nội vụ' (a duty, a skill, a ministry) before an act.
_INCIDENT_HEAD = re.compile(
    r"(?<![^\W_])(?<!nhiệm\s)(?<!dịch\s)(?<!phục\s)(?<!công\s)(?<!nghiệp\s)(?<!thời\s)(?<!mùa\s)"
    r"(?<!nghĩa\s)(?<!chức\s)(?<!sự\s)(?<!tác\s)(?<!thương\s)(?<!học\s)(?<!nội\s)(?<!ngoại\s)(?<!tài\s)"
    r"(?<!thuế\s)(?<!giáo\s)(?<!quân\s)(?-i:vụ)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # pure; five readers of a clause ask for its acts, most of them more than once
def _free_acts(text: str) -> tuple[re.Match[str], ...]:
    """Return the act verbs of ``text`` outside the not-act compounds ('ghi nhận', 'bảo vệ').

    'bảo vệ hiện trường' is an act, though 'bảo vệ' alone is none: a longer act opening where a compound
    opens wins.
    """
    compounds = [(m.start(), m.end()) for m in _NOT_ACT.finditer(text)]
    return tuple(
        m
        for m in _ACT.finditer(text)
        if not any(a <= m.start() < b and not (a == m.start() and m.end() > b) for a, b in compounds)
    )


def _act_word(text: str) -> bool:
    """Whether an act verb is in ``text``, outside the not-act compounds ('ghi nhận', 'bảo vệ')."""
    return bool(_free_acts(text))


def _has_act(clause: str) -> bool:
    """Whether a clause holds an act verb: in lower case past its start, not inside a compound."""
    for m in _free_acts(clause):
        if m.start() > 0 and m.group()[:1].isupper():
            continue  # 'Thanh tra tỉnh', 'Lê Văn Hòa': a name
        if m.group().lower() in ("chở", "đưa") and _DRIVING.search(clause, max(0, m.start() - 50), m.start()):
            continue  # 'X điều khiển xe máy chở theo Y': the setting of an accident, not an act
        if _INTENT.search(clause, max(0, m.start() - 60), m.start()):
            continue  # 'X rủ Y đi cướp tiệm vàng': a plan, the act told (if at all) later
        if _INCIDENT_HEAD.search(clause, max(0, m.start() - 8), m.start()) and _POINTED_BACK.match(
            clause, m.end()
        ):
            continue  # 'xác định vụ nổ bên ngoài trường X nói trên là do ...': the incident told before
        return True
    return False


def _speech(clause: str) -> bool:
    """Whether a clause only reports speech ('X cho biết ...'); 'Khi X trả lời ... thì bị Y đâm' does not."""
    spoken = _SPEECH.match(clause)
    if spoken is None:
        return False
    when = _WHEN_THEN.match(clause.strip())
    if when is not None:
        return _SPEECH.match(when.group("main")) is not None
    # 'Cho rằng bác sĩ chẩn đoán sai nên X đã hành hung bác sĩ': a reason spoken, then the act.
    so = _SO_THEN.search(clause, spoken.end())
    return (
        so is None
        or _SPEECH.match(clause[so.end() :]) is not None
        or not _has_act(clause[so.end() :])
        or re.search(r"[“\"]", clause[spoken.end() : so.start()]) is not None  # the 'nên' of what is quoted
    )


# 'Nếu X bị bắt thì ...', 'Trường hợp người dân phát hiện ...': what would happen under a condition, a
# rule's case. 'Nếu như năm trước ..., thì năm nay ...' compares what was told; 'trường hợp này' is told.
_CONDITION = re.compile(
    rf"{_B}(?:nếu(?!\s+như{_E})|giả\s+sử|giả\s+dụ|hễ"
    # 'trong trường hợp', 'tránh trường hợp', ', trường hợp ...': in case; not 'riêng với trường hợp BS X',
    # 'trường hợp tương tự cũng xảy ra với ...', 'trường hợp này': a case told.
    rf"|(?:(?<=[,;:]\s)|(?:trong|tránh|phòng)\s+)trường\s+hợp"
    rf"(?!\s+(?:(?:này|trên|nói|đó|kể|của|như|tương\s+tự|ông|bà|anh|chị|cháu|em){_E}|(?-i:[A-ZĐ]))){_E}"
    # 'người nào cố ý gây thương tích ... thì bị khởi tố': what the law says, of anyone.
    rf"|người\s+nào{_E})",
    re.IGNORECASE,
)
# 'Theo quy định tại thông tư X, người bị tạm giữ phải có đơn ...': a sentence led by the rule tells it
# ('... xử phạt theo quy định, đồng thời tạm giữ xe' goes on to tell the next act).
_RULE_LEAD = re.compile(
    rf"\s*(?:(?:theo|căn\s+cứ)\s+(?:các\s+)?quy\s+định|(?:trong\s+)?trường\s+hợp(?!\s+(?:(?:này|trên|nói|đó|kể"
    rf"|của|như|tương\s+tự|ông|bà|anh|chị|cháu|em){_E}|(?-i:[A-ZĐ])))){_E}",
    re.IGNORECASE,
)
# 'vẫn xảy ra một số trường hợp vi phạm': cases of a kind, none told.
_GENERIC_CASES = compile_led(
    rf"{_B}xảy\s+ra\s+(?:một\s+số|nhiều|các|những)\s+(?:trường\s+hợp|vụ\s+việc|hành\s+vi){_E}", re.IGNORECASE
)


def _hypothetical(text: str, lo: int, start: int, clause: str) -> bool:
    """Whether a clause tells what would happen under a condition, or cases of a kind, not a happening."""
    act = _ACT.search(clause)  # 'tránh trường hợp một người bị bắt': the condition leads the act
    # '... nếu trót lọt, Y được trả 100 triệu đồng Qua đó, X ...': a sentence run on without its stop.
    lo = max([lo, *(m.end() for m in _RUN_ON.finditer(text, lo, start))])
    return (
        _CONDITION.search(text, lo, start + act.start() if act else start) is not None
        or _RULE_LEAD.match(text, lo) is not None
        or _CONDITION.match(text, start) is not None
        or _GENERIC_CASES.search(clause) is not None
    )


# 'thường xuyên', 'hàng ngày', 'mỗi lần', 'thi thoảng' ahead of the act: a routine, not a happening
# ('Mỗi lần đến thuê xe, X đều mặc ...', 'Y thường đến kiểm tra các xưởng'). A bare 'thường' only before
# a verb of going, taking or dealing ('bất thường', 'Ban thường trực', 'tên thường gọi' say no such thing).
_HABIT_VERBS = _words(
    "đến", "đi", "về", "sang", "tới", "ra", "vào", "lên", "xuống", "qua", "hay", "bị", "được", "dùng",
    "mua", "bán", "lấy", "đánh", "chở", "nhận", "giao", "tụ tập", "để", "rủ", "chơi", "nhậu", "uống",
)
_HABITUAL = re.compile(
    rf"{_B}(?:(?-i:thường)\s+(?:xuyên|{_HABIT_VERBS})"
    rf"|(?:hàng|hằng)\s+(?:ngày|đêm|tuần|tháng)|mỗi\s+(?:lần|ngày|đêm|tối|sáng|chiều|trưa|khi|tuần|tháng|buổi)"
    rf"|thi\s+thoảng|thỉnh\s+thoảng){_E}",
    re.IGNORECASE,
)


# 'X từng có 2 tiền án về tội cố ý gây thương tích': a criminal record, what was done before the story.
# 'X từng bị tòa kết án 3 năm tù', 'từng bị TAND huyện Y tuyên phạt ...': a sentence served before the story.
_RECORD = compile_led(
    rf"{_B}(?:có\s+(?:[^\s,;.]+\s+){{0,2}}?tiền\s+(?:án|sự)"
    rf"|từng\s+bị\s+(?:[^\s;.]+\s+){{0,10}}?(?:kết\s+án|tuyên\s+phạt|tuyên\s+án|xử\s+phạt|phạt\s+tù)){_E}",
    re.IGNORECASE,
)


def _on_record(clause: str) -> bool:
    """Whether a clause tells someone's criminal record before any act of its own."""
    record = _RECORD.search(clause)
    act = next((m for m in _free_acts(clause) if not (m.start() > 0 and m.group()[:1].isupper())), None)
    return record is not None and (act is None or record.start() < act.start())


# 'X quen biết Y', 'X và Y có mâu thuẫn', 'chị Z mang thai': how people stood, the background of a story.
_STATE = compile_led(
    rf"{_B}(?:quen\s+biết|quen\s+nhau|yêu\s+nhau|chung\s+sống|sống\s+chung|có\s+quan\s+hệ\s+tình\s+cảm"
    rf"|có\s+mâu\s+thuẫn|mang\s+thai|có\s+bầu){_E}",
    re.IGNORECASE,
)


def _state_only(clause: str) -> bool:
    """Whether a clause tells how people stood to each other or were, and no crime or accident."""
    return _STATE.search(clause) is not None and _STORY.search(clause) is None


# 'bịa ra chuyện bị bắt cóc', 'câu chuyện bịa đặt', 'thông tin thất thiệt': what is told as made up.
_MADE_UP_WORDS = (
    r"bịa(?:\s+(?:ra|đặt))?(?:\s+(?:ra\s+)?chuyện)?|dựng\s+chuyện|thêu\s+dệt"
    r"|thông\s+tin\s+(?:thất\s+thiệt|sai\s+sự\s+thật|bịa\s+đặt)"
)
_MADE_UP = re.compile(rf"{_B}(?:{_MADE_UP_WORDS}){_E}(?P<rest>[^,;.]*\S)?", re.IGNORECASE)
# 'Có thể ... bị sát hại tạo hiện trường giả', 'Người ta đồn rằng ...', 'có khả năng xảy ra lốc xoáy' ahead
# of the act: what may have happened or is rumoured, not told done ('có thể xác định' asserts).
_SPECULATED = re.compile(
    rf"{_B}(?:(?<!không\s)có\s+thể(?!\s+(?:xác\s+định|khẳng\s+định|thấy|nói|khẳng){_E})"
    rf"|(?<!không\s)(?:có|nhiều)\s+khả\s+năng|đồn\s+(?:rằng|thổi|đại)|tin\s+đồn"
    rf"|(?:lan\s+truyền|xôn\s+xao|xuất\s+hiện)\s+(?:(?:những|các|nhiều|hàng\s+loạt)\s+)?thông\s+tin|đồn\s+đoán"
    rf"|(?:loan|tung)\s+tin"
    rf"|{_MADE_UP_WORDS}){_E}",
    re.IGNORECASE,
)
# 'Theo tin đồn, X bị ...': a rumour given as the source governs the clause after its comma.
_RUMOUR_SOURCE = re.compile(rf"{_B}theo\s+(?:(?:các|một\s+số|những)\s+)?$", re.IGNORECASE)


def _act_at(start: int, clause: str) -> int:
    """Return where the act of the clause at ``start`` begins (the clause's start when none is told)."""
    act = _ACT.search(clause)
    return start + act.start() if act else start


def _habitual(text: str, lo: int, start: int, clause: str) -> bool:
    """Whether a clause tells what someone did again and again (a habit, a way of working), not once."""
    lead = _PAREN.sub(lambda m: " " * len(m.group()), text[lo : _act_at(start, clause)])
    return _HABITUAL.search(lead) is not None


def _speculated(text: str, lo: int, start: int, clause: str) -> bool:
    """Whether a clause tells what may have happened, or a rumour, ahead of its act.

    The guess must govern the act: 'Tự quảng cáo có khả năng xin việc, X đã lừa đảo ...' tells the fraud.
    """
    guesses = list(_SPECULATED.finditer(text, lo, start + len(clause)))
    # 'lan truyền thông tin X bị bắt cóc', 'bịa đặt': the rumour's own words are no act of the clause.
    acts = (
        m for m in _ACT.finditer(clause) if not any(g.start() <= start + m.start() < g.end() for g in guesses)
    )
    act = next(acts, None)
    at = start + act.start() if act else start + len(clause)  # no act but the rumour's: all of it told
    guesses = [g for g in guesses if g.end() <= at]
    if not guesses:
        return False
    if _RUMOUR_SOURCE.search(text[max(lo, guesses[-1].start() - 20) : guesses[-1].start()]):
        return not re.search(r"[;:.]", text[guesses[-1].end() : at])
    return not re.search(r"[,;:]", text[guesses[-1].end() : at])


def _made_up(name: str) -> bool:
    """Whether a name tells what it names as made up ('bịa ra chuyện bị bắt cóc')."""
    return any(m.group("rest") for m in _MADE_UP.finditer(name))


# 'Đó là nhận định ban đầu', 'Đây là hoạt động chào mừng ...': what was told, summed up, not told anew.
# ('Đây là những cán bộ đã bị đình chỉ ...' tells of people what befell them.)
_POINTER_IS = re.compile(
    rf"\s*(?:Đó|Đây)\s+(?:(?:mới|cũng|chỉ)\s+)?là{_E}"
    rf"(?!\s+(?:(?:những|các|một|hai|ba)\s+)?(?:cán\s+bộ|người|đối\s+tượng|nghi\s+phạm|bị\s+can|nạn\s+nhân"
    rf"|ông|bà|anh|chị|cháu|em|một\s+trong){_E})"
)
# A name that stops at the speech verb: who spoke, not what happened.
_SAID_END = re.compile(rf"{_B}(?:cho\s+rằng|cho\s+biết|nhận\s+định|khẳng\s+định|nhấn\s+mạnh)$", re.IGNORECASE)


# 'không thể quy kết ...', 'không có việc học sinh bị ...': what cannot be said done, or was not.
_CANNOT = re.compile(rf"\s*(?:không|chưa)\s+(?:thể|có\s+(?:việc|chuyện)){_E}", re.IGNORECASE)
# 'Hiện trường vụ tai nạn', a sentence's first words: a photo's caption of the scene.
_SCENE_OF = re.compile(r"\s*(?:Hiện\s+trường|Khu\s+vực|Nơi)(?:\s+(?:nơi\s+)?xảy\s+ra)?\s+", re.IGNORECASE)
# 'vụ nổ bên ngoài trường X nói trên', 'vụ việc kể trên': a noun phrase that points back to what was told.
_POINTED_BACK = re.compile(rf"[^,;.:]{{0,60}}?\s(?:nói|kể)\s+trên{_E}", re.IGNORECASE)
# 'đang tiếp tục điều tra nguyên nhân của vụ án mạng nghiêm trọng trên.': the phrase ends pointing back.
_ENDS_BACK = re.compile(r"[^,;.:]{0,60}?\s(?:trên|này)[\s.!?…”\"]*$", re.IGNORECASE)

# 'Nghi ngờ X có hành vi bắt cóc', 'đặt nghi vấn vào bà Y', 'Z nghi anh Q có hẹn hò': a suspicion ahead of
# the act tells no act done; 'thanh niên nghi ngáo đá đánh ...', 'cháu bé nghi bị xâm hại' tell one, hedged.
_SUSPECTED = re.compile(
    rf"{_B}(?<!tình\s)(?:nghi\s+ngờ|(?:đặt\s+)?nghi\s+vấn(?=\s+vào{_E})|nghi(?=\s+(?:anh|chị|ông|bà|cô|rằng|có){_E})){_E}",
    re.IGNORECASE,
)
# 'đang chờ kết luận giám định ...': a step awaited, not taken.
_AWAITED = re.compile(rf"{_B}chờ\s+(?:kết\s+(?:quả|luận)|ý\s+kiến|quyết\s+định){_E}", re.IGNORECASE)
# '... nhằm xác định có hành vi giết người hay không': what an inquiry asks, no act told.
_WHETHER = re.compile(rf"{_B}(?:có|là)\s.*\s(?:hay|hoặc)\s+(?:không|chưa){_E}\W*$", re.IGNORECASE)
# 'Rất may vụ cháy không gây thiệt hại về người': what the incident told did not do, no new incident.
_HARMLESS = re.compile(
    rf"^(?:(?:rất\s+)?may(?:\s+mắn)?(?:\s+là)?\s+)?(?:sự\s+(?:việc|cố)|vụ)\s+(?:\S+\s+){{0,5}}?"
    rf"(?:không|chưa)\s+(?:gây|làm|để\s+lại){_E}",
    re.IGNORECASE,
)

# 'Đến 21h, đối tượng đã bị công an bắt giữ', 'hung thủ đã bị bắt giữ': someone caught, told by no name.
_CAUGHT_UNNAMED = re.compile(
    r"(?:^|\s)bị\s+(?:[^,;.]{0,40}?\s)?(?:bắt(?:\s+(?:giữ|khẩn\s+cấp|tạm\s+giam))?|tạm\s+giữ)(?![^\W_])",
    re.IGNORECASE,
)
_TAKEN_IN = re.compile(
    r"(?<![^\W_])(?:bắt\s+(?:giữ|được|khẩn\s+cấp|tạm\s+giam|giam|quả\s+tang)|tạm\s+(?:giữ|giam)|đầu\s+thú)(?![^\W_])",
    re.IGNORECASE,
)
_GENERIC_CAUGHT = {"các", "cả", "đối", "hung", "nghi", "bị", "bắt", "tạm", "kẻ", "tên", "nhóm"}


def _caught_unnamed(name: str, sentence: str) -> bool:
    """Whether a sentence tells someone caught passively, by no name ('đối tượng đã bị công an bắt giữ')."""
    words = name.split()
    if not re.search(r"(?<![^\W_])(?:bắt|tạm\s+(?:giữ|giam))(?![^\W_])", name):
        return False  # its arrest only in passing ('trước khi bị bắt, X đã gây ra ...')
    if any(w[:1].isupper() for w in words[1:]):
        return False  # 'Bác sĩ Lương bị bắt tạm giam': told by name
    if words[0][:1].isupper() and words[0].lower() not in _GENERIC_CAUGHT:
        return False
    return _CAUGHT_UNNAMED.search(sentence) is not None


def _suspicion(name: str) -> bool:
    """Whether a name's head is a suspicion or a wait, not the act it goes on to name."""
    act = _ACT.search(name)
    ahead = act.start() if act else len(name)
    for m in (m for r in (_SUSPECTED, _AWAITED) for m in r.finditer(name)):
        if m.start() <= ahead and not (m.start() > 0 and m.group()[:1].isupper()):
            return True  # 'ông Nghi' is a name
    return bool(_WHETHER.search(name) or _HARMLESS.match(name))


_NOT_RULED = re.compile(
    rf"{_B}(?:không|chưa|chẳng|sẽ|nếu|để|đề\s+nghị|đề\s+xuất|kiến\s+nghị|yêu\s+cầu|mong|muốn|xin){_E}",
    re.IGNORECASE,
)


# The verb of a ruling, a name holds it or holds none of the ruling.
_RULING_VERB = re.compile(rf"{_B}(?:{_words(*_WORDS['verdict_verbs'])}|tuyên){_E}", re.IGNORECASE)


def _ruled(clause: str) -> bool:
    """Whether a clause tells a court's ruling as given ('Tòa tuyên bị cáo X 20 năm tù').

    ('tuyên' alone is no act verb.) 'không có trường hợp nào tòa tuyên ...', 'tòa sẽ tuyên ...', 'VKS đề nghị
    tòa tuyên phạt ...': none given.
    """
    ruling = _VERDICT.search(clause)
    return ruling is not None and not _NOT_RULED.search(clause, 0, ruling.start())


def _denied(clause: str) -> bool:
    """Whether a clause's first act verb is denied ('không phát hiện'; not '... về việc không khởi tố')."""
    if _CANNOT.match(clause):
        return True  # 'không thể quy kết hành vi đó là hiếp dâm': none told done
    for m in _free_acts(clause):
        if m.start() > 0 and m.group()[:1].isupper():
            continue
        return _DENIAL.search(clause, 0, m.start()) is not None
    return False


LEISURE_WORDS = _WORDS["leisure_words"]
_LEISURE = re.compile(rf"{_B}(?:{_words(*LEISURE_WORDS)}){_E}", re.IGNORECASE)
SETTING_VERBS = {" ".join(v.split()) for v in _WORDS["setting_verbs"]}
# A comma before a lower-case word that starts no place ('..., xã Y', '..., số 9 phố Z', '..., thuộc xã Y')
# and no time ('..., khuya 8.7', '..., sáng cùng ngày'): the clause goes on to tell more.
_SECOND_PREDICATE = re.compile(
    r",\s+(?!(?:xã|phường|huyện|quận|tỉnh|thị|thành|ấp|thôn|xóm|bản|tổ|khu|đường|phố|số|thuộc|địa\s+chỉ|đảo|"
    r"sáng|trưa|chiều|tối|khuya|đêm|rạng\s+sáng|ngày|hôm|lúc|vào\s+(?:lúc|ngày|khoảng))(?![^\W_]))"
    r"(?=[^\W\d_])(?![A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
)


def _setting(clause: str) -> bool:
    """Whether a clause only brings people together for leisure ('X đến quán để nhậu'): a story's setting.

    What follows in the story (a quarrel, a stabbing) is the happening; a clause that also tells an
    act of its own ('... đến nhậu thì bị bắt giữ') is kept.
    """
    told = _PAREN.sub("", clause)
    if _LEISURE.search(told) is None or _STORY.search(told) is not None or _SECOND_PREDICATE.search(told):
        return False  # 'làm trọng thương 3 bạn nhậu'; 'X đến ăn cơm tại nhà Y, kể chuyện ...': more is told
    compounds = [(m.start(), m.end()) for m in _NOT_ACT.finditer(clause)]
    for m in _ACT.finditer(clause):
        if m.start() > 0 and m.group()[:1].isupper() or any(a <= m.start() < b for a, b in compounds):
            continue
        if " ".join(m.group().lower().split()) not in SETTING_VERBS:
            return False
    return True


MOTION_VERBS = {" ".join(v.split()) for v in _WORDS["motion_verbs"]}
# 'Nạn nhân được đưa đến bệnh viện cấp cứu': the care of the hurt, the aftermath of what happened; so is
# it told with who gave it ('được mọi người đưa đi cấp cứu', 'được các y, bác sĩ tận tình cứu chữa') or
# by them ('3 thanh niên đưa một bệnh nhân nhập viện cấp cứu'), when no act comes before it.
_CARED_FOR = compile_led(
    rf"{_B}(?:được(?:\s+[^\s;.]+){{0,5}}?\s+)?(?:đưa|chuyển|chở)(?:\s+(?!từ{_E})[^\s,;.]+){{0,8}}?\s+"
    rf"(?:bệnh\s+viện|trạm\s+y\s+tế|trung\s+tâm\s+y\s+tế|cơ\s+sở\s+y\s+tế|cấp\s+cứu|điều\s+trị|"
    rf"nhập\s+viện|vào\s+viện){_E}"
    rf"|{_B}được(?:\s+[^\s;.]+){{0,5}}?\s+(?:cấp\s+cứu|cứu\s+chữa|sơ\s+cứu){_E}",
    re.IGNORECASE,
)


# Things brought somewhere ('mang dụng cụ đến cho Khải'): a handover, not a going.
_CARRY = re.compile(rf"{_B}(?:mang|đem|xách|khiêng){_E}", re.IGNORECASE)


def _cared_for(clause: str) -> bool:
    """Whether a clause tells first of all that someone was taken to hospital ('... được đưa đi cấp cứu').

    An act before it is the happening ('khống chế X, đưa nạn nhân đi cấp cứu'), and so is one after a
    taking told by who took ('2 kẻ côn đồ đưa bác sĩ vào bệnh viện rồi bắt quỳ xin lỗi'; after 'được'
    the rest tells the care: 'để kiểm tra sức khỏe', 'với vết đâm sâu').
    """
    care = _CARED_FOR.search(clause)
    return (
        care is not None
        and not _has_act(clause[: care.start()])
        and (care.group().lower().startswith("được") or not _has_act(clause[care.end() :]))
    )


def _only_going(clause: str) -> bool:
    """Whether a clause only takes someone somewhere ('X từ nhà riêng đến nhà Y tìm Z'): a story's setting.

    What they came to do, when the clause tells it ('đến công an đầu thú'), is an act of its own.
    """
    told = _PAREN.sub("", clause)
    if (
        _STORY.search(told)
        or _LEISURE.search(told)
        or _SECOND_PREDICATE.search(told)
        or _CARRY.search(told)
        or _police_act(told)  # 'Công an xã X đã đến bảo vệ hiện trường': the police's response, no going
    ):
        # a crime; a meeting for leisure (see _setting); ', kể chuyện ...': more is told; 'mang X đến cho Y'
        return False
    compounds = [(m.start(), m.end()) for m in _NOT_ACT.finditer(told)]
    verbs = [
        " ".join(m.group().lower().split())
        for m in _ACT.finditer(told)
        if not (m.start() > 0 and m.group()[:1].isupper())
        and not any(a <= m.start() < b for a, b in compounds)
    ]
    return bool(verbs) and all(v in MOTION_VERBS for v in verbs)


SIDE_ACTS = {" ".join(v.split()) for v in _WORDS["side_acts"]}
_OFFICIAL_FINDER = re.compile(rf"{_B}(?:{_words(*_WORDS['official_finders'])}){_E}", re.IGNORECASE)
_FOUND = re.compile(rf"{_B}phát\s+hiện{_E}", re.IGNORECASE)
# A body found is what a story of a death tells first, however it is worded ('thi thể X được phát hiện').
_BODY = re.compile(
    rf"{_B}(?:thi\s+thể|thi\s+hài|tử\s+thi|xác\s+chết|hài\s+cốt|bộ\s+xương){_E}", re.IGNORECASE
)
# 'sau khi phát hiện lộ đề thi': the finding is what led to the act the clause tells.
_WHEN_FOUND = re.compile(rf"{_B}(?:sau\s+khi|khi|do|vì)\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE)


def _side_act(clause: str) -> bool:
    """Whether a clause only tells a side step of its story: a finding, or things seized at the scene.

    'chị N. phát hiện chị C. nằm dưới ruộng', 'Nam phát hiện vợ đi cùng bạn', 'công an thu giữ tang vật
    gồm ...': what was found is told in its own words, the arrest or the search is the event. A crime, a
    death, a body or a police act told in the clause ('phát hiện, bắt giữ 4 đối tượng', 'phát hiện một thi
    thể'), any other act but a going, a finding by a unit in office (a check's outcome), one that led to the
    act told, or one of what befell someone ('phát hiện bé gái bị bỏ rơi') keeps it.
    """
    told = _PAREN.sub("", clause)
    acts = [
        " ".join(m.group().lower().split())
        for m in _free_acts(told)
        if not (m.start() > 0 and m.group()[:1].isupper())
    ]
    if not acts or acts[0] not in SIDE_ACTS:
        return False
    if _STORY.search(told) or _DEATH.search(told) or _BODY.search(told) or _police_act(told):
        return False
    if any(a not in SIDE_ACTS and a not in MOTION_VERBS for a in acts[1:]):
        return False
    found = _FOUND.search(told)
    if found is None:
        return True
    return not (
        _OFFICIAL_FINDER.search(told, 0, found.start())
        or _WHEN_FOUND.search(told, 0, found.start())
        or _BEFELL.search(told)
    )


# Who someone in the story is, told as a state ('Nạn nhân là cháu X', 'Chủ phương tiện theo giấy đăng ký là
# ông Y', 'Đây là một trong hai nạn nhân'): the subject a role, 'là' its verb, a person or a part after it.
_ROLE_IS = re.compile(
    rf"^\s*(?:{_words(*_WORDS['identified_roles'])}){_E}(?P<about>[^,;:]{{0,90}}?)\s+(?:chính\s+)?là\s+"
    rf"(?:(?:{_words(*_WORDS['identities'])}){_E}|(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)
# An act in the subject told as befallen or as what someone looks like ('nạn nhân nghi bị xâm hại', 'người
# có đặc điểm giống nạn nhân bị giết'): part of who the role is, no act of the clause.
_ROLE_ACT_TOLD = re.compile(rf"{_B}(?:bị|được|có\s+đặc\s+điểm|theo){_E}", re.IGNORECASE)


# Who something befell, named ('Người phụ nữ bị giết là bà X', 'Người thương binh bị đánh trọng thương là
# ông Y'): the act was told already; this tells who took it.
_BEFALLEN_IS = re.compile(
    rf"^\s*(?:[^\W\d_]+\s+){{1,4}}?bị\s+(?!(?:cáo|can|hại){_E})(?P<about>[^,;:]{{0,60}}?)\s+(?:chính\s+)?là\s+"
    rf"(?:(?:{_words(*_WORDS['identities'])}){_E}|(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)


def _only_who(clause: str) -> bool:
    """Whether a clause only tells who a role of the story is ('Nạn nhân là cháu X (SN 2009, trú ...)').

    The happening the role took part in is told elsewhere. An act in the subject told as done by the role
    ('Người này đâm chết anh A là bạn của mình': 'là' then names the victim), or any act or death after
    'là' ('Nạn nhân là anh X, bị đâm ...') keeps the clause.
    """
    told = _PAREN.sub("", clause)
    befallen = _BEFALLEN_IS.match(told)
    if befallen is not None:
        rest = told[befallen.end() :]
        return not (_has_act(rest) or _STORY.search(rest) or _DEATH.search(rest))
    m = _ROLE_IS.match(told)
    if m is None:
        return False
    about = m.group("about")
    for act in _free_acts(about):
        if act.start() > 0 and act.group()[:1].isupper():
            continue
        if not _ROLE_ACT_TOLD.search(about, 0, act.start()):
            return False
    rest = told[m.end() :]
    return not (_has_act(rest) or _STORY.search(rest) or _DEATH.search(rest))


# A quarrel told as one ('hai bên xảy ra mâu thuẫn', 'dẫn đến cãi vã'; not 'kể chuyện mâu thuẫn với hàng
# xóm', a story told); a scuffle ('xô xát', 'đánh nhau') is a fight.
_QUARREL = compile_led(
    rf"{_B}(?:(?:xảy\s+ra|nảy\s+sinh|phát\s+sinh|có)\s+mâu\s+thuẫn|cãi\s+nhau|cãi\s+vã|cự\s+cãi){_E}",
    re.IGNORECASE,
)
_SCUFFLE = re.compile(rf"{_B}(?:xô\s+xát|ẩu\s+đả|đánh\s+nhau|hỗn\s+chiến|giằng\s+co){_E}", re.IGNORECASE)
_QUARREL_ACTS = SETTING_VERBS | MOTION_VERBS | {"xảy ra"}


def _only_quarrel(clause: str) -> bool:
    """Whether a clause tells only a quarrel ('2 vợ chồng Tài xảy ra mâu thuẫn, thường xuyên cãi nhau').

    Told after the story's attack, it is that attack's run-up, no happening of its own; an attack, a
    scuffle or a police act in the clause, or another act, keeps it.
    """
    told = _PAREN.sub("", clause)
    if not _QUARREL.search(told) or _STORY.search(told) or _SCUFFLE.search(told) or _police_act(told):
        return False
    acts = [
        " ".join(m.group().lower().split())
        for m in _free_acts(told)
        if not (m.start() > 0 and m.group()[:1].isupper())
    ]
    return all(a in _QUARREL_ACTS for a in acts)


# A contract signed ('Công ty X ký hợp đồng với Công ty Y bán, lắp đặt ...', 'Bệnh viện X ký với Cty Y cung
# cấp vật tư'); 'ký kết' (an agreement between bodies, most often a ceremony) is not one.
_CONTRACT = re.compile(
    rf"ký(?:\s+(?!kết{_E})[^\s,;.]+)?\s+hợp\s+đồng{_E}|ký\s+với\s+(?:Công\s+ty|Cty|Tập\s+đoàn|doanh\s+nghiệp){_E}",
    re.IGNORECASE,
)


def _dealing(clause: str) -> bool:
    """Whether a clause tells first a contract signed, with no crime or police act: a story's background.

    'Ngày 25/5, bệnh viện ký với Cty Thiên Sơn cung cấp vật tư ...' tells how a case came about; the
    case (a crime, an accident) is the happening.
    """
    told = _PAREN.sub("", clause)
    signed = _CONTRACT.search(told)
    return (
        signed is not None
        and not _has_act(told[: signed.start()])
        and not _STORY.search(told)
        and not _police_act(told)
    )

CLAUSE_WORDS = _WORDS["clause_words"]
_CLAUSE_AFTER_COMMA = re.compile(
    rf"^\s*(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ0-9]|[^,]*?{_B}(?:{_words(*CLAUSE_WORDS)}){_E})"
)
NOUN_WORDS = 12
SPEAKER_WORDS = 14  # words between a comma and a speech verb that can still be who speaks
PERSON_CHARS = 30  # a name before 'bị' longer than this is a title chain, not a person
NEARBY_SENTENCES = 2  # how far back in the paragraph an undated happening takes its date from


# 'buổi họp báo Hội nghị X': a press conference on the meeting; 'tại Hội nghị X' later is the meeting itself.
_ABOUT_MEETING = re.compile(rf"{_B}(?:họp\s+báo|thông\s+cáo|chuẩn\s+bị)\s+$", re.IGNORECASE)
# 'tổ chức họp báo giới thiệu / về (việc tổ chức) Lễ hội X': a meeting ahead, named by the press conference.
_PRESS_ABOUT = re.compile(
    rf"{_B}họp\s+báo\s+(?:giới\s+thiệu|về)(?:\s+(?:việc\s+)?tổ\s+chức)?\s+$", re.IGNORECASE
)
_SESSION_WORD = re.compile(r"^(?:buổi|cuộc|phiên)\s+")
_AT_EVENT = re.compile(rf"{_B}(?:tại|trong|cuối|sau|trước|ngoài|qua)\s+$", re.IGNORECASE)
# Who the doer is before his name ('đối tượng Tý'), and the name: capitalised words from the clause's start.
_TAKER_TITLE = re.compile(rf"^\s*(?:đối\s+tượng|nghi\s+phạm|nghi\s+can|tên){_E}\s*", re.IGNORECASE)
_TAKER = re.compile(rf"\s*(?-i:[{_UPPER}])[^\W\d_]*(?:\s+(?-i:[{_UPPER}])[^\W\d_]*)*(?=\s)")


# Where a noun phrase turns into its clause's verb ('Đại hội X đã đề ra ...').
# 'vụ án mạng nam thanh niên bị chém tử vong': what befell the victim describes the incident.
_VIOLENT_VERBS = _words(*{v for i in VIOLENT for v in STORY_FAMILIES[i]})
_PHRASE_VERB = re.compile(
    rf"\s+(?:đã|sẽ|đang|được|bị(?!\s+(?:cáo|can|hại|thương|{_VIOLENT_VERBS})(?![^\W_])))\s", re.IGNORECASE
)


# A meeting and what it is held for: 'Hội nghị nhằm đánh giá kết quả ...', 'họp bàn để thống nhất ...'.
_MEETING_END = re.compile(
    r"(?<![^\W_])(?:hội\s+nghị|hội\s+thảo|tọa\s+đàm|họp(?:\s+bàn)?|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc)\s*$",
    re.IGNORECASE,
)
_PURPOSE_AFTER = re.compile(r"\s*,?\s+(?:nhằm|để)\s+", re.IGNORECASE)


def _with_purpose(text: str, start: int, end: int, hi: int, headed: bool = False) -> str | None:
    """Return a meeting's words with what it is held for ('Hội nghị đánh giá ...'), or None.

    'nhằm' ends a clause's description, but the purpose of a meeting is what names it: of a phrase
    that ends with the meeting's noun, or, ``headed``, of one that starts with it.
    """
    purpose = _PURPOSE_AFTER.match(text, end, hi)
    if purpose is None or not (headed or _MEETING_END.search(text, start, end)):
        return None
    return f"{text[start:end].rstrip()} {text[purpose.end() : _phrase_end(text, purpose.end(), hi)]}"


# A speech verb after a meeting's noun phrase: what someone told at it, not the meeting's name.
# 'buổi nói chuyện' is a meeting, 'vụ việc nói trên' one told before.
_SPOKE = re.compile(
    rf"\s+(?:{_words(*_WORDS['said_after_meeting'])}){_E}(?!\s+(?:chuyện|trên){_E})", re.IGNORECASE
)
# Who speaks, told after a meeting's noun without a comma: a title and a name ('Thứ trưởng Lò Văn A').
_SPEAKER_END = re.compile(
    rf"(?<!của)(?<!với)(?<!giữa)(?<!tại)(?<!do)\s+(?:(?:{_words(*_HONORIFICS)})\s+)?(?-i:[{_UPPER}])\S*"
    rf"(?:\s+(?-i:[{_UPPER}])\S*|\s+(?:trưởng|thứ|phó|giám\s+đốc|chủ\s+tịch)(?![^\W_]))*"
    rf"\s+(?-i:[{_UPPER}])\S*(?:\s+(?-i:[{_UPPER}])\S*){{1,3}}\s*$",
    re.IGNORECASE,
)
# The first words of a clause's subject after a comma in a noun phrase.
_SUBJECT_WORDS = _words(
    *_HONORIFICS, "cơ quan", "công an", "lực lượng", "lãnh đạo", "người dân", "nhiều người", "cảnh sát",
    "đơn vị",
)
_SUBJECT_START = re.compile(rf"\s*(?:{_SUBJECT_WORDS}){_E}", re.IGNORECASE)
_RESULT = re.compile(r"(?<![^\W_])(?:làm|khiến)(?![^\W_])", re.IGNORECASE)


def _paired(text: str, comma: int) -> bool:
    """Whether a comma joins the halves of a paired term ('cứu nạn, cứu hộ', 'phòng cháy, chữa cháy')."""
    before = text[max(0, comma - 30) : comma].split()[-2:]
    after = text[comma + 1 : comma + 31].split()[:2]
    if len(before) < 2 or len(after) < 2 or not all(w.isalpha() and w.islower() for w in (*before, *after)):
        return False
    return before[0] == after[0] or before[1] == after[1]


def _phrase_end(text: str, start: int, hi: int) -> int:
    """Return where a noun phrase that runs from ``start`` ends: at a cut or a comma before a clause.

    A comma before a capital or a new clause ends it; the comma of 'phòng, chống' does not.
    """
    cut = _CUT.search(text, start, hi)
    stop = cut.start() if cut else hi
    verb = _PHRASE_VERB.search(text, start, stop) or _HELD.search(text, start, stop)
    if verb is not None and _RESULT.search(text, start, verb.start()):
        verb = _HELD.search(text, start, stop)  # 'vụ sạt lở làm 6 căn nhà bị sập': the result's own verb
    stop = verb.start() if verb else stop
    spoke = _SPOKE.search(text, start, stop)
    if spoke is not None:  # 'buổi họp báo nói', 'cuộc họp cho biết': the speaker's verb is no part of it
        stop = spoke.start()
        speaker = _SPEAKER_END.search(text, start, stop)
        if speaker is not None:  # 'Tại buổi họp báo Thứ trưởng Lò Văn A cho biết': the speaker too
            stop = speaker.start()
    comma = text.find(",", start, stop)
    while comma != -1:
        if text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
            comma = text.find(",", comma + 1, stop)  # '16,5 tỷ đồng': a decimal comma
            continue
        aside = _TIME_ASIDE.match(text, comma + 1, stop)
        if aside is not None:
            # 'cuộc họp các sở, ngành sáng nay, 6.2, của UBND TP': the day told in passing.
            comma = text.find(",", aside.end(), stop)
            continue
        # 'cuộc họp với X, lãnh đạo Y cho biết': what follows the comma is the speaker, a clause.
        told = spoke is not None and len(text[comma + 1 : spoke.start()].split()) <= SPEAKER_WORDS
        # 'vụ giết người, cơ quan công an đã ...', 'buổi họp báo, đồng chí X ...': the next clause's subject.
        told = told or _SUBJECT_START.match(text, comma + 1, stop) is not None
        joined = _paired(text, comma) or _LISTED.match(text, comma + 1, stop) is not None
        if (told or _CLAUSE_AFTER_COMMA.match(text[comma + 1 : stop])) and not joined:
            return comma
        comma = text.find(",", comma + 1, stop)
    return stop


# ', VKS và Tòa án', ', Đà Nẵng, ...': the next names of a list, closed by 'và' or a comma, no clause;
# ', TP X, tỉnh Y' is an address.
_LISTED = re.compile(
    rf"(?!\s+(?:TP|TX|Tỉnh|Quận|Huyện|Xã|Phường)(?![^\W_]))"
    rf"(?:\s+(?-i:[{_UPPER}])[^\s,.]*){{1,3}}(?:\s*,|\s+và\s+(?-i:[{_UPPER}]))"
)
# ('Liên quan đến vụ việc X bị ..., ông Y cho biết ...' names the incident: a lead of the usual length.)
_ABOUT_LEAD = re.compile(
    rf"\s*liên\s+quan(?!\s+(?:(?:đến|tới)\s+)?(?:vụ|sự\s+việc|việc){_E})(?:\s+(?:đến|tới))?{_E}",
    re.IGNORECASE,
)
_OCCASION_LEAD = re.compile(rf"\s*(?:tại|trong|bên\s+lề)\s+(?={_NOUN.pattern})", re.IGNORECASE)
_PURPOSE = re.compile(rf"\s*(?:nhằm|để|với\s+mục\s+đích|trong\s+quá\s+trình){_E}", re.IGNORECASE)
_DONE_FIRST = re.compile(rf"\s*sau\s+khi{_E}", re.IGNORECASE)
# A day between commas inside a noun phrase, which goes on after it: ', 6.2, của UBND TP ...'.
_TIME_ASIDE = re.compile(
    r"\s*(?:ngày\s+)?[0-9]{1,2}[/.\-][0-9]{1,2}(?:[/.\-][0-9]{4})?\s*,(?=\s*(?:của|do|tại|ở)\s)",
    re.IGNORECASE,
)
LONG_LEAD_WORDS = 40
# 'qua camera của cơ sở X thuộc phường Y': a lead that ends on where it was.
_PLACE_AT_END = re.compile(
    rf"(?<![^\W_])(?:{_LEVELS}|{_HAMLETS})"
    r"(?:\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ0-9])\S*){1,4}\s*$",
    re.IGNORECASE,
)
# 'trên 200 cán bộ, chiến sĩ ...': 'trên' before a number is 'more than', the subject's, no place.
# 'xảy ra cháy lớn': one happening; 'xảy ra hàng chục vụ đâm chém', 'xảy ra nhiều vụ trộm': a tally.
_OCCURS = re.compile(
    rf"{_B}xảy\s+ra{_E}(?!\s+(?:nhiều|hàng|các|những|hơn|gần|trên|[0-9]|{_words(*COUNTING_WORDS)}){_E})",
    re.IGNORECASE,
)
# 'Hiện Công an huyện X đã khởi tố …': 'hiện' (now) opens a clause with its own subject and a done act;
# 'Hiện nay, …', 'Hiện trường vụ án …' lead.
_NOW_DONE = re.compile(
    r"\s*hiện(?:\s+(?:nay|tại|giờ))?\s+(?!trường(?![^\W_]))[^,;:]*?\s(?:đã|vừa|mới)\s", re.IGNORECASE
)
_COUNTED_LEAD = re.compile(r"\s*(?:trên|dưới)\s+[0-9]", re.IGNORECASE)
_NAME_SEGMENT = re.compile(r"\s*(?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])\S*\s*){1,4}")
_SUBORDINATE = re.compile(rf"\s*(?:ngay\s+)?(?:sau|trước)\s+khi{_E}", re.IGNORECASE)


def _main_clause(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Return the offsets of a sentence's main clause: past its lead segments, up to its cut."""
    start = lo
    # 'Tin từ Công an huyện X, tỉnh Y cho biết, ...': the source, however many commas it holds.
    said = _SAID_COMMA.search(text, start, min(hi, start + 200)) or _SAID_COLON.search(
        text, start, min(hi, start + 200)
    )
    if said is not None:
        start = said.end()
    # An aside in brackets is no part of a lead: '(thị trấn X, huyện Y)' holds no mark and no words.
    bare = " " * lo + _PAREN.sub(lambda p: " " * len(p.group()), text[lo:hi])
    placed = where = False
    while True:
        mark = _LEAD_END.search(bare, start, hi)
        if mark is None:
            break
        # 'Nhằm bảo đảm ... trong cả nước, X đã ...': a purpose or a condition leads however long it is.
        # So does what the clause is about: 'Liên quan đến dự án cầu X (Y) gặp sai sót, Thứ trưởng Z đã ...',
        # and the occasion: 'trong cuộc họp báo về công tác 6 tháng đầu năm của Bộ X, ông Y nói ...'.
        # (up to a comma: 'Liên quan tới kết quả X cho thấy A; B, ông Y cho biết ...' tells a finding first)
        # So does what was done first: 'sau khi ghi nhận rất nhiều ý kiến đóng góp của ..., Chính phủ đã ...'.
        long_lead = _PURPOSE.match(bare, start, mark.start()) or bare[mark.start()] == "," and (
            _ABOUT_LEAD.match(bare, start, mark.start())
            or _OCCASION_LEAD.match(bare, start, mark.start())
            # (unless an act verb is in it: 'sau khi Công an TP X bắt các đối tượng ..., trong đó có ...')
            or _DONE_FIRST.match(bare, start, mark.start()) and not _act_word(bare[start : mark.start()])
        )
        limit = LONG_LEAD_WORDS if long_lead else 14
        if len(bare[start : mark.start()].split()) > limit:
            break
        segment = bare[start : mark.start()]
        # 'tại số 5 phố X, phường Y, Hoàn Kiếm, ...': after where it was, the units of the place lead too.
        placed = where and bool(_PLACE_SEGMENT.match(segment) or _NAME_SEGMENT.fullmatch(segment))
        leads = placed or any(r.match(segment) for r in (_LEAD, _PURPOSE))
        if _COUNTED_LEAD.match(segment) or not (leads or _DATE_LIKE.search(segment) or _SAID.search(segment)):
            break
        if _AT_LEAD.match(segment) and _OCCURS.search(segment):
            break  # 'tại kho hàng X xảy ra cháy lớn, ...': where it happened and what, no lead
        if _NOW_DONE.match(segment) and _act_word(segment):
            break  # 'Hiện Công an huyện X đã khởi tố vụ án, ...': 'now', then a subject and what it did
        if _PURPOSE_AFTER.match(bare, mark.end(), hi) and not _LEAD_END.search(bare, mark.end(), hi):
            # 'trưa 6/2 Công an xã X triệu tập ông Y (46 tuổi), để điều tra ...': a purpose ends the sentence,
            # no main clause after it ('nhằm bảo đảm ..., X đã ...' leads one).
            break
        where = placed or _AT_LEAD.match(segment) is not None or _PLACE_AT_END.search(segment) is not None
        start = mark.end()
    # 'Trong quá trình bị tạm giữ tại trại giam, ngày 10/3, X ...': the clause starts after the date.
    # 'Sau khi báo X phản ánh vụ Y, Z, sáng nay (24.5), ông A ...': a subordinate lead runs to the date.
    reach = hi if _SUBORDINATE.match(text, start, hi) else min(hi, start + 160)
    for m in _DATE_COMMA.finditer(text, start, reach):
        if _SOURCE_AFTER.match(text, m.end(), hi):
            break  # '... tại cầu X ngày 17/5, theo tin tức trên báo Y': the day ends the clause, no lead
        start = m.end()
    # 'Thứ tư, ngày 7/6, buổi sáng, Quốc hội ...': the part of that day leads too.
    part = _PART_OF_DAY_LEAD.match(text, start, hi)
    start = part.end() if part else start
    while start < hi and text[start].isspace():
        start += 1
    # 'do các lái xe không xuất trình được giấy tờ nên lực lượng chức năng đã lập biên bản ...': the cause
    # leads; what was done starts after 'nên'.
    cause = _CAUSE_LEAD.match(text, start, hi)
    if cause is not None:
        start = cause.end()
    cut = _cut(text, start, hi)
    return start, cut.start() if cut else hi


_PURPOSE_AFTER = re.compile(rf"\s*(?:để|nhằm){_E}", re.IGNORECASE)
_CAUSE_LEAD = re.compile(
    rf"(?:do|vì|bởi)\s[^;:,.]{{2,160}}?{_B}(?<!không\s)(?<!cần\s)nên\s+(?!chăng{_E})", re.IGNORECASE
)


_SOURCE_AFTER = re.compile(
    r"\s*theo\s+(?:tin\s+tức|thông\s+tin|nguồn\s+tin|báo|ghi\s+nhận)(?![^\W_])", re.IGNORECASE
)


_QUOTE_MARK = re.compile(r'[“”"]')


def _in_quote(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation of its paragraph, opened before it and closed after it.

    A quotation mark left unclosed (a typo, a headline's quote run into the body) opens nothing: a
    whole article is often one paragraph, and one stray mark would silence the rest of it.
    """
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset) % (len(text) + 1)
    opened: int | None = None
    for m in _QUOTE_MARK.finditer(text, lo, hi):
        mark = m.group()
        if mark == "“" or mark == '"' and opened is None:
            opened = m.start()  # a second opening mark: the first was stray
        elif opened is not None:
            if opened < offset < m.start():
                return True
            opened = None
    return False


# 'đường Cách Mạng Tháng 8': a month inside a capitalised name is no date.
_COUNT_BEFORE = re.compile(r"[0-9]\s+$")  # '2 tháng 11 ngày' is a length of time, not November
# The word before must end in a letter: 'sang Lào. Tháng 12-2001, ...' starts a sentence, no name.
_IN_A_NAME = re.compile(r"[A-ZĐ][^\s]*[^\W\d_]\s+Tháng\s")
_AHEAD = re.compile(rf"{_B}(?:sẽ|tới|sắp|dự\s+kiến|kế\s+hoạch|chuẩn\s+bị){_E}", re.IGNORECASE)


# 'Phá sòng bạc : Chiều 25/5, Công an ...': a roundup's heading, set off by a spaced colon, then its story.
_HEADING_COLON = re.compile(r"\s:\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
HEADING_WORDS = 25  # a longer stretch before the colon is a sentence, not a heading


# What opens the sentence a credit ran into: 'Ảnh: X/TTXVN Sau đó, ...', 'Ảnh: QA Theo ông ...'.
_AFTER_CREDIT = re.compile(
    r"\s(?:Theo|Sau\s+đó|Tiếp\s+đó|Trước\s+đó|Được\s+biết|Tuy\s+nhiên|Tại|Trong|Khoảng|Vào|Lúc|Ngày|Sáng"
    r"|Chiều|Tối|Trưa|Đêm|Rạng\s+sáng|Hiện|Như|Liên\s+quan|Cũng|Ngay|Qua|Đến|Trước|Sau|Đồng\s+thời|Tin)(?![^\W_])"
)
CAPTION_WORDS = 30  # a longer stretch before a credit is a sentence of the story, not a caption
CAPTION_SENTENCE_WORDS = 20  # a longer sentence closed before a credit is the story's, the photo uncaptioned
# 'Vụ cháy tại nhà máy X ngày 6/6. Ảnh: Y': a caption naming the story's incident names it as well as any.
_NAMED_INCIDENT = re.compile(r"\s*Vụ\s")
CREDIT_CHARS = 50  # a credit names its source in a few words


def _report_captions(ctx: Context) -> list[tuple[int, int, int]]:
    """Return the report's photo captions (``_captions``), read once: two passes ask for them."""
    found = ctx.cache.get("captions")
    if found is None:
        found = ctx.cache["captions"] = _captions(ctx.text, ctx.sentences)
    return found  # type: ignore[return-value]


def _captions(text: str, sentences: list[Span]) -> list[tuple[int, int, int]]:
    """Return the photo captions as (start, credit start, where the sentence after the credit begins)."""
    out: list[tuple[int, int, int]] = []
    for n, sentence in enumerate(sentences):
        for credit in PHOTO_CREDIT_RE.finditer(text, sentence.start, sentence.end):
            lo, most = sentence.start, CAPTION_WORDS
            if not text[lo : credit.start()].strip(" -–(") and n > 0:
                # 'Nghi phạm X. Ảnh: Y': the sentence before is the caption, when short like one and
                # not told as a step ('Ngày 13/5, X đến ...' is the story's).
                lo, most = sentences[n - 1].start, CAPTION_SENTENCE_WORDS
                if _AFTER_CREDIT.match(" " + text[lo : lo + 20]):
                    continue
            if len(text[lo : credit.start()].split()) > most or _NAMED_INCIDENT.match(text, lo):
                continue
            if credit.group().endswith(")"):
                end = credit.end()
            else:
                stop = min(sentence.end, credit.end() + CREDIT_CHARS)
                after = _AFTER_CREDIT.search(text, credit.end(), stop)
                end = after.start() if after else credit.start()  # unknown: the part reads on from it
            out.append((lo, credit.start(), end))
    return out


def _uncaptioned(
    text: str, parts: list[tuple[int, int]], captions: list[tuple[int, int, int]]
) -> list[tuple[int, int]]:
    """Return the parts without the captions in them; a sentence run on after a credit keeps its part."""
    out: list[tuple[int, int]] = []
    for lo, hi in parts:
        for start, credit, end in captions:
            if start <= lo <= credit:
                lo = end if lo <= end < hi else hi
        # ('Ảnh: X' split from the sentence it ran into: a credit alone tells nothing)
        if text[lo:hi].strip() and not is_photo_credit(text, lo, hi):
            out.append((lo, hi))
    return out


def _headed_parts(text: str, sentences: list[Span]) -> list[tuple[int, int]]:
    """Return the sentences' bounds, a heading run into its story ('X : Y') split from it."""
    out: list[tuple[int, int]] = []
    for sentence in sentences:
        lo = sentence.start
        for colon in _HEADING_COLON.finditer(text, sentence.start, sentence.end):
            if len(text[lo : colon.start()].split()) <= HEADING_WORDS:
                out.append((lo, colon.start()))
                lo = colon.end()
        out.append((lo, sentence.end))
    return out


# 'Nga bỏ trốn nên bị phát lệnh truy nã': a step that follows from what its subject did.
_SO_WORDS = ("nên", "thì", "rồi")
# A person's name opening a clause, then what they did in lower case ('Tài đến rút tiền ...').
_NAMED_DOER = re.compile(
    rf"\s*(?:(?:còn|và|rồi|sau\s+đó|nhưng|lúc|khi)\s+)?(?P<who>(?-i:[{_UPPER}])[^\W\d_]*(?:\s+(?-i:[{_UPPER}])[^\W\d_]*){{0,3}})\s+(?-i:[^\W\d_A-ZĐ])"
)
_CONFESSION_IN = re.compile(rf"{_B}{_CONFESSION}{_E}", re.IGNORECASE)
# '(thì) Nga bỏ trốn nên ': a named subject, what it did, then 'nên' before the step that befell it.
_SO_SUBJECT = re.compile(
    r"\s*(?:(?:thì|rồi|sau\s+đó)\s+)?(?P<what>(?-i:[A-ZĐ])[^,;:()]*?\s+nên)\s+", re.IGNORECASE
)
_SO_LINKS = ("Do", "Vì", "Sau", "Khi", "Lúc", "Đến", "Tuy")
SO_CAUSE_WORDS = 8  # a longer stretch before 'nên' is a clause of its own, not who and why


# An authority's decision on people or a body, which a summary names and the body tells again.
_DECISION = re.compile(rf"{_B}(?:{_words(*_WORDS['retold_decisions'])}){_E}", re.IGNORECASE)
RETOLD_SHARE = 0.6  # of the words after the decision's verb in the shorter telling, the other must hold
_LINK_WORDS = folded_words("đối với của và cho về tại các những bằng hình thức")


def _decision_retold(found: list[Event], name: str, lo: int, lead_lo: int, lead_hi: int) -> Event | None:
    """Return the summary's decision that a body's clause tells again: same verb, most of what it is on."""
    verb = _DECISION.search(name)
    if verb is None or lo < lead_hi:
        return None
    on = folded_words(name[verb.end() :]) - _LINK_WORDS
    for event in found:
        if not lead_lo <= event.spans[0].start < lead_hi:
            continue
        told = _DECISION.search(event.name)
        if told is None or told.group().lower() != verb.group().lower():
            continue
        other = folded_words(event.name[told.end() :]) - _LINK_WORDS
        shared = len(on & other)
        if on and other and shared >= 2 and shared >= RETOLD_SHARE * min(len(on), len(other)):
            return event
    return None


# What happened referred to by no noun of its own ('Sự việc trên xảy ra tại ...', 'Vụ việc xảy ra lúc ...').
_SAID_TO_HAPPEN = re.compile(
    r"\s*(?:sự|vụ)\s+việc(?:\s+(?:trên|này|nói\s+trên|trong\s+clip))?(?:\s+được\s+xác\s+định)?"
    r"(?:\s+(?:vừa|đã))?\s+xảy\s+ra(?![^\W_])",
    re.IGNORECASE,
)
# Who did it, or what it was, found out ('X được xác định là nghi can ...', 'công an xác định Y là thủ phạm').
_IDENTIFIED = re.compile(rf"{_B}(?:xác\s+định|nhận\s+định)(?:\s+được)?{_E}", re.IGNORECASE)


def _identified(told: str) -> bool:
    """Whether a clause tells, before any act of its own but a crime's, who did it or what it was.

    'Phúc được xác định là nghi can đã sát hại ông C.': the crime's verb is what was found out; another
    act ('xác định Dương có liên quan nên triệu tập') is a step of its own, and keeps the clause.
    """
    found = _IDENTIFIED.search(told)
    if found is None:
        return False
    acts = [m for m in _free_acts(told) if not (m.start() > 0 and m.group()[:1].isupper())]
    if acts and acts[0].start() < found.start():
        return False
    return all(_STORY.match(told, m.start()) for m in acts)


# A crash's impact told ('Cú đâm mạnh khiến xe tải mất lái', 'Cú va chạm khiến 2 người tử vong').
_IMPACT = re.compile(rf"cú\s+(?:đâm|va\s+chạm|tông|húc|va\s+đập){_E}", re.IGNORECASE)
# An attack told as going on ('Không dừng lại ở đó, X còn ...', 'chém tiếp', 'còn tiếp tục đâm').
_GOES_ON = re.compile(
    rf"{_B}(?:(?:không|chưa)\s+dừng\s+lại|còn\s+tiếp\s+tục|(?:đâm|chém|đánh|bắn)\s+tiếp){_E}", re.IGNORECASE
)
# Incidents named by a noun that tells no act: a killing, a crash.
_KILLING_NOUN = re.compile(rf"\s*vụ\s+(?:án\s+mạng|giết\s+người){_E}", re.IGNORECASE)
_CRASH_NOUN = re.compile(rf"\s*vụ\s+(?:{_CRASH_NOUNS}){_E}", re.IGNORECASE)
_DOER_NAMED = re.compile(
    rf"{_B}(?:tên|kẻ|bọn|băng|tội\s+phạm|nghi\s+phạm|nghi\s+can|đối\s+tượng)(?:\s+tội\s+phạm)?\s+$",
    re.IGNORECASE,
)


# A clip or a picture spread online, told with what it shows ('trên mạng xã hội xuất hiện video dài 2 phút ghi
# cảnh một cô giáo đánh trẻ', 'cộng đồng mạng lan truyền clip quay lại cảnh ...'): up to the scene's noun.
_FILMED = re.compile(
    rf"^[^,;]{{0,60}}?{_B}(?:xuất\s+hiện|lan\s+truyền|đăng\s+tải|chia\s+sẻ){_E}\s+(?:[^,;]{{0,40}}?\s+)?"
    rf"(?:video|clip)(?:[^,;]{{0,40}}?)\s+(?:ghi|quay|ghi\s+lại|quay\s+lại|cho\s+thấy)\s+"
    rf"(?:cảnh|hình\s+ảnh)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)


# A person named by a rank or an honorific, then their post after a comma ('Đại tá Lò Văn A, Phó giám đốc
# Công an tỉnh X', 'anh Hà Văn B, chủ cửa hàng điện thoại ...').
_PERSON_AND_POST = re.compile(
    r"(?:(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|uý|tướng)|ông|bà|anh|chị)"
    r"(?:\s+(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])\S*){1,4}\s*,\s*(?P<post>[^,;:]+)",
    re.IGNORECASE,
)


# 'vụ việc', 'sự việc' with nothing after that says what it was: the matter the story tells elsewhere, taken
# up ('điều tra nguyên nhân vụ việc', 'trình báo sự việc') or set in time and place ('Sự việc xảy ra tại X').
_MATTER = re.compile(
    rf"(?:^|\s)(?:vụ|sự)\s+việc(?:\s+(?:này|trên|nói\s+trên|đó))?"
    # (up to whom it went: 'trình báo sự việc đến cơ quan chức năng')
    rf"(?:\s+(?:lên|đến|tới|với|cho){_E}[^,;]*)?(?:[\s./…]*$|\s+(?:xảy\s+ra|được\s+trình\s+báo){_E})",
    re.IGNORECASE,
)
_CASE_NAMED = re.compile(rf"{_B}vụ\s+án{_E}", re.IGNORECASE)
_PURPOSE_IN = re.compile(rf"{_B}(?:để|nhằm){_E}", re.IGNORECASE)


def _matter_only(name: str) -> bool:
    """Whether a name takes up or sets 'the matter' ('vụ việc') and names no happening of a kind of its own.

    A meeting on it, a paper about it, a case opened or an act done for it keep their names ('họp ...
    đánh giá vụ việc', 'triệu tập X để làm rõ vụ việc').
    """
    matter = _MATTER.search(name)
    return (
        matter is not None
        and _CASE_NAMED.search(name) is None
        # ('triệu tập X để điều tra về sự việc trên', 'lập chuyên án để xử lý vụ việc': an act of its own;
        # 'có mặt tại hiện trường để điều tra vụ việc': coming to the scene, no more)
        and not (
            (purpose := _PURPOSE_IN.search(name, 0, matter.start())) is not None
            and _AT_SCENE.search(name, 0, purpose.start()) is None
        )
        and kind_of(name[: matter.start()] + name[matter.end() :]) is None
    )


def _only_person(name: str, clause: str) -> bool:
    """Whether a name is only who someone is ('Đại tá X, Phó giám đốc Công an tỉnh Y'), their clause no more.

    Such a name is what remains of a clause cut before its verb, most often a speech ('..., cho biết'); a
    post that tells an act or a death ('anh X, tài xế xe tải, tử vong'), or a clause that goes on past the
    name to an act not spoken ('ông X, Phó Chủ tịch tỉnh Y dẫn đầu đoàn ... đến thăm hỏi ...'), is no such
    name.
    """
    m = _PERSON_AND_POST.fullmatch(name.strip())
    post = m.group("post") if m is not None else ""
    if m is None or _has_act(post) or _STORY.search(post) or _DEATH.search(post):
        return False
    last = post.split()[-1]
    rest = _PAREN.sub("", clause[clause.rfind(last) + len(last) :] if last in clause else "")
    # '..., cho biết, đơn vị vừa bắt giữ ...': what is said is told, and named, on its own.
    return _speech(rest.lstrip(" ,")) or not (_has_act(rest) or _STORY.search(rest) or _DEATH.search(rest))


def _summed_up(told: str, summaries: list[Event]) -> Event | None:
    """Return the one summed-up happening an incident told by its noun names again, if only one is alike.

    Alike: of a kind of act the noun tells ('vụ truy sát' and 'dùng dao truy sát vợ'), a killing named
    'vụ án mạng' and a death told, a crash named 'vụ tai nạn' and a vehicle that struck. Two alike, or
    none: the noun may name another incident, which it then stays.
    """
    kinds = families_of(told, charges=False) if _STORY.search(told) else set()

    def alike(event: Event) -> bool:
        first = event.spans[0].text
        if kinds:
            # (an act in a name for who did it is none told: 'công an “cất vó” tên tội phạm cướp ngân hàng')
            return any(
                kinds & families_of(m.group(), charges=False)
                for m in _STORY.finditer(first)
                if not _DOER_NAMED.search(first, max(0, m.start() - 30), m.start())
            )
        if _KILLING_NOUN.match(told):
            return _DEATH.search(first) is not None
        if _CRASH_NOUN.match(told):
            return _CRASH.search(first) is not None and _VEHICLE.search(first) is not None
        return False

    same = [e for e in summaries if alike(e)]
    return same[0] if len(same) == 1 else None


def _in_sequence(text: str, lo: int, hi: int, clause: str) -> bool:
    """Return whether the clause tells a step of a story told in order ('Sau đó, X làm Y'), dated or not."""
    return (
        _SEQUENCE.match(text, lo, hi) is not None
        or _OFFICIAL_ACT.search(clause) is not None
        or _IN_CUSTODY.search(clause) is not None
        or _ruled(clause)
        or _VISIT.search(clause) is not None
        or _police_act(clause)
        or _surrendered(clause) is not None
        or _reported(clause)
        or _CASE_OPENED.search(clause) is not None
        or _case_set_up(clause) is not None
        or _SEIZED.match(clause) is not None
        or _HOSTAGES.search(clause) is not None
        or _CALL.search(clause) is not None
        or _DELEGATION.search(clause) is not None
        or _NUMBERED_PAPER.search(clause) is not None
        or _CARRIED_OUT.search(clause) is not None
        # 'xác định Y là thủ phạm nên ra lệnh khởi tố bị can': a step that follows from what was found.
        or _SO_ACT.search(clause) is not None
    )


def _step_ends(text: str, step: re.Match[str], hi: int) -> tuple[int, int]:
    """Return where a case step's name ends, and where its fuller wording does."""
    charges = _CHARGES.match(text, step.end(), hi)
    stop = charges.end() if charges else _phrase_end(text, step.end(), hi)
    steps = _STEP_LISTED.match(text, stop, hi) if not charges else None
    # 'bị X khởi tố, bắt giam để điều tra về hành vi Y': both steps and the charge, a fuller wording.
    fuller = _phrase_end(text, steps.end(), hi) if steps is not None else stop
    comma = text.find(",", steps.end(), fuller) if steps is not None else -1
    fuller = comma if comma != -1 else fuller  # ', nổi lên ...': the sentence goes on past the charge
    return stop, fuller


def _first_listed(bare: str, lo: int, first: int) -> int:
    """Return where the first of the people listed before the one at ``first`` starts.

    'Sáu (30 tuổi), Bảy (27 tuổi) và Chín cũng bị tạm giữ': all of them.
    """
    # A comma joins names only in a list that 'và' closes ('Công an huyện X, Y bị bắt' is one).
    listed = False
    while (joined := re.search(r"(?:\s+và|\s*,)\s+$", bare[: first - lo])) is not None:
        other = _person_before(lo * " " + bare, lo, lo + joined.start())
        if (
            other is None
            or first - other > PERSON_CHARS + len(joined.group())
            or "," in joined.group() and not listed
        ):
            break
        first, listed = other, True
    return first


def _without_unit(told: str, step: re.Match[str]) -> str:
    """Return a step's words without the unit that took it.

    'X bị Ủy ban Kiểm tra Huyện ủy Y xử lý kỷ luật về Đảng ...': the unit's long name would fill the name;
    it is left to the fuller wording, the words of the act after it stay ('xử lý').
    """
    by = step.group("by").split()
    while by and by[-1][:1].islower():
        by.pop()
    unit = " ".join(by)
    return told.replace(unit, "", 1) if unit else told


@dataclass
class _Clause:
    """One clause of the report as the clause pass reads it: where it lies, how it is dated, what it tells."""

    n: int  # index of the part of the report
    lo: int
    hi: int
    start: int  # where what the clause tells starts and ends, as cut so far
    end: int
    here: list[DateMatch]  # the dates within the part
    lead_dates: list[DateMatch]  # the date that leads the clause, if any
    clause: str = ""
    basis: Basis | None = None
    by_same_year: bool = False  # dated by 'trong năm này', the year told last
    day_before: int | None = None  # where the earlier sentence's day this clause takes is written
    said: re.Match[str] | None = None  # 'X cho biết ...': the teller before what is told
    dated: bool = False
    reported: bool = False
    summary: bool = False  # the summary paragraph's crime or accident
    violent: bool = False  # a violent act (or a theft) the body tells
    again: bool = False  # such an act told after a day no act of its kind took
    fresh: bool = False  # another case's act, however alike it is worded
    folded: bool = False  # a violent act that names the happening just told
    verb: int | None = None  # where the act's verb is
    incident: int | None = None  # where an incident noun ('vụ tai nạn') starts


class _Story:
    """The happenings a report tells, found clause by clause, and what the clauses told so far."""

    def __init__(
        self,
        ctx: Context,
        dates: list[DateMatch],
        org_at: dict[int, str],
        people_at: list[tuple[Span, str]],
        published: str | None,
        body_start: int,
        year_known: bool,
        reference_year: int | None,
        inferred: set[int],
    ) -> None:
        text = self.text = ctx.text
        self.body_start, self.org_at, self.people_at = body_start, org_at, people_at
        self.year_known, self.reference_year, self.inferred = year_known, reference_year, inferred
        dates = [d for d in dates if not is_document_date(ctx.text, d)]
        self.usable = [
            d
            for d in dates
            if (
                d.kind in ("day", "datetime", "month")
                or d.kind == "period" and d.text.lower().startswith("năm")
            )
            and not _IN_A_NAME.search(text, max(0, d.start - 12), d.start + 6)
            and not (d.kind == "month" and _COUNT_BEFORE.search(text, max(0, d.start - 6), d.start))
            and not _BORN.search(text, max(0, d.start - 8), d.start)
        ]
        self.spans = span_ends_of(text, self.usable)
        self.span_ends = {d.start for d in self.spans.values()}
        self.today = dt.date.fromisoformat(published[:10]) if published else None
        self.found: list[Event] = []
        # (sentence index, date) of the dates seen, for undated clauses
        self.last: list[tuple[int, DateMatch]] = []
        # 'vụ tai nạn', 'vụ cháy': a story tells one of each, then refers to it
        self.incidents: set[str] = set()
        # The body's first paragraph, when short, sums the story up: its crime or accident is the event.
        self.lead_lo = body_start + len(text[body_start:]) - len(text[body_start:].lstrip())
        self.lead_hi = text.find("\n", self.lead_lo) % (len(text) + 1)
        if len(text[self.lead_lo : self.lead_hi].split()) > SUMMARY_WORDS:
            self.lead_hi = self.lead_lo
        # Who can be told taking something: a person of the report, by full name or the last words of it.
        self.names = {" ".join(n.split()[-k:]) for _, n in people_at for k in (1, 2, len(n.split()))}
        self.summaries: list[Event] = []  # the summary paragraph's happenings, which the body may retell
        self.told_kinds: set[int] = set()  # kinds of act (STORY_FAMILIES) already told as the story's own
        # (kind of act, offset of the earlier day) of acts told
        self.violent_days: set[tuple[int, int]] = set()
        self.summary_days: dict[int, int] = {}  # id of a summed-up happening → offset of the day it took
        self.told_before: dict[int, int] = {}  # index of a part → how many events were found before it

    def known(self, day: DateMatch) -> bool:
        """Return whether the day's year is known (or read from a day the body writes in full)."""
        return self.year_known or day.start in self.inferred

    def add(
        self,
        name: str,
        lo: int,
        hi: int,
        start: int,
        end: int,
        basis: Basis | None,
        who: str = "",
        full: str = "",
        day: int | None = None,
        apart: str = "",
        fresh: bool = False,
    ) -> None:
        """Add the happening a clause names, unless an event found already tells it or it tells none."""
        if self._known_already(name, basis, who, apart, fresh):
            return
        if self._told_again_at_scene(name, start, end, basis):
            return
        if self._follows_up(name, lo, start, end, basis):
            return
        if self._nothing_done(name, lo, hi, start, end):
            return
        if self._incident_retold(name, lo, start, end, basis):
            return
        if self._summary_retold(name, lo, start, end, basis, day, fresh):
            return
        self._new_event(name, lo, hi, start, end, basis, full)

    def _known_already(
        self, name: str, basis: Basis | None, who: str, apart: str, fresh: bool
    ) -> bool:
        """Return whether an event found already tells the happening (or one alike but for its person)."""
        found = self.found
        # 'tố cáo việc X bị Y đâm': what a complaint reports is no telling of the complaint itself.
        others = [e for e in found if not _complaint_of(name, e.name)] if apart else found
        if who:  # appointments alike but for the person are distinct happenings
            if any(who in e.name for e in found):
                return True
        elif len(name.split()) < 3 or not fresh and absorb(others, name, basis[0] if basis else None):
            return True
        return False

    def _told_again_at_scene(self, name: str, start: int, end: int, basis: Basis | None) -> bool:
        """Return whether the clause retells a surrender or the police's response at the scene."""
        text, found = self.text, self.found
        # A surrender or the police's response at the scene told again ('Sau khi gây án, X đã đến công an đầu
        # thú' after 'X ra đầu thú'; a caption 'Công an khám nghiệm hiện trường'): the one told first.
        for surrender, told_again in ((True, TURNED_IN.search), (False, _scene_response)):
            # The scene in the words told too, past where a long name was cut ('X phối hợp Y khám nghiệm')
            told = name if surrender or told_again(name) else tidy_name(text[start:end])
            again = told_again(told)
            # 'làm đơn xin không khám nghiệm pháp y': none done.
            if again and not _DENIAL.search(told, 0, again.start()) and not re.search(
                rf"{_B}(?:xin|từ\s+chối)(?:\s+\S+){{0,2}}\s+$", told[: again.start()], re.IGNORECASE
            ):
                whole = not surrender  # (an earlier scene told past its name's cut too)
                same = next((e for e in found if told_again(e.name + whole * f" {e.spans[0].text}")), None)
                # 'Thụ ra đầu thú' after 'Tuân ra đầu thú': another's surrender; the police at the scene are
                # named by whichever unit, one response still.
                if same is not None and surrender and not _who_surrendered(name) <= {
                    w.lower() for w in same.name.split()
                }:
                    same = None
                if same is not None:
                    retell(same, Span(start, end, text[start:end]), basis)
                    if not any(same_happening(name, n) for n in (same.name, *same.aliases)):
                        same.aliases.append(name)  # 'khám nghiệm tử thi' after 'bảo vệ hiện trường'
                    return True
        return False

    def _follows_up(self, name: str, lo: int, start: int, end: int, basis: Basis | None) -> bool:
        """Return whether the clause only follows up an act told (or names no happening)."""
        text, found = self.text, self.found
        if re.match(r"[^\W\d_]+,", name) and name[:1].islower():
            return True  # 'bắt, thường chở nhau ...': a clause cut after its first word, no happening named
        if _caught_unnamed(name, text[lo:end]):
            # 'Đến 21h, đối tượng đã bị công an bắt giữ' after an arrest told: that arrest again.
            # The arrest just told ('bắt bác sĩ quỳ gối' forces, it takes no one in); one told before other
            # happenings may be another case's ('... nghi can bị bắt giữ' in a story of several crimes).
            same = next((e for e in found[-2:] if _TAKEN_IN.search(e.name)), None)
            if same is not None:
                same.spans.append(Span(start, end, text[start:end]))
                return True
        if _suspicion(name):
            return True  # 'Nghi ngờ X có hành vi bắt cóc ...', 'vụ cháy không gây thiệt hại về người'
        if _IMPACT.match(text, start):
            # 'Cú đâm trực diện khiến 2 xe biến dạng' after the crash was told: its impact, no other crash.
            same = next(
                (
                    e
                    for e in reversed(found)
                    if families_of(e.spans[0].text) & CRASH
                    or _CRASH.search(e.spans[0].text) and _VEHICLE.search(e.spans[0].text)
                    or _CRASH_NOUN.match(e.name)
                ),
                None,
            )
            if same is not None:
                retell(same, Span(start, end, text[start:end]), basis)
                return True
        if families_of(text[start:end]) & VIOLENT and _GOES_ON.search(text, lo, end):
            # 'Chưa dừng lại, ông Bình còn chém tiếp ông D.' after 'ông Bình dùng rựa chém ông T.': the same
            # attack going on, in the same paragraph, not another one.
            same = next(
                (
                    e
                    for e in reversed(found)
                    if families_of(e.spans[-1].text) & VIOLENT and "\n" not in text[e.spans[-1].end : lo]
                ),
                None,
            )
            if same is not None:
                retell(same, Span(start, end, text[start:end]), basis)
                same.aliases.append(name)
                return True
        return False

    def _nothing_done(self, name: str, lo: int, hi: int, start: int, end: int) -> bool:
        """Return whether the clause tells nothing done: a guess, a routine, a record, a question."""
        text, body_start = self.text, self.body_start
        told = text[start:end]
        if _hypothetical(text, lo, start, told):
            return True  # 'Nếu X bị bắt thì ...', 'vẫn xảy ra một số trường hợp vi phạm': none told done
        if _habitual(text, lo, start, told):
            return True  # 'Thi thoảng, X mới đến kiểm tra các xưởng': a routine, no one happening
        if _on_record(told):
            return True  # 'X từng có 2 tiền án về tội trộm cắp': a record, no happening of the story
        if _speculated(text, lo, start, told):
            return True  # 'Có thể ... bị sát hại tạo hiện trường giả': a guess or a rumour, none told done
        if _made_up(name):
            return True  # 'X bịa ra chuyện bị bắt cóc': a tale, not a happening
        if _state_only(told):
            return True  # 'Tháng 5/2013, X có quan hệ tình cảm với Y': the background, no happening
        # 'Hay có thể hung thủ đã ra tay trước khi ...?': a question asks, it tells nothing; the lead's
        # 'Thực hư chuyện X bị Y chặt chém ...?' still tells what the story is about.
        if text[start:hi].rstrip(" ”\"'»)").endswith("?") and _FULL_STOP.search(text, body_start, lo):
            return True
        # 'Đó là nhận định ban đầu ...': what was told, summed up; 'ông X, ..., cho rằng
        return _POINTER_IS.match(text, start) is not None or _SAID_END.search(name) is not None

    def _incident_retold(self, name: str, lo: int, start: int, end: int, basis: Basis | None) -> bool:
        """Return whether the clause retells where, when or by whom an incident told before happened."""
        text, found, summaries = self.text, self.found, self.summaries
        told = text[start:end]
        if _SAID_TO_HAPPEN.match(told):
            # 'Sự việc xảy ra trên tuyến đường quốc lộ 4D' after the story told its happening: where and when
            # that happened, no other; the first happening told (no case step, meeting or paper) takes it.
            same = next((e for e in found if e.kind in (None, *INCIDENT_KINDS)), None)
            if same is not None:
                retell(same, Span(start, end, told), basis)
                return True
        if _identified(told):
            # 'Phúc được xác định là nghi can đã sát hại ông C.', 'cảnh sát xác định anh này là nghi phạm':
            # who did it, found out; the act, if the story told it, is that act again, else no happening.
            kinds = families_of(told, charges=False) if _STORY.search(told) else set()
            if not kinds:
                return True
            same = next(
                (e for e in reversed(found) if kinds & families_of(e.spans[0].text, charges=False)), None
            )
            if same is not None:
                retell(same, Span(start, end, told), basis)
                same.aliases.append(name)
                return True
        if _NOUN.match(told) and _OCCURRED.match(told):
            # 'Vụ tai nạn xảy ra vào lúc 8h30 ...' after the incident is told: its time, not a new one.
            kind = kind_of(told)
            same = next((e for e in found if e.name[:3].lower() == "vụ " and kind_of(e.name) == kind), None)
            if same is None and _GENERIC_INCIDENT.match(told):
                # 'Vụ tai nạn xảy ra vào khoảng 9h45' after a summary told the crash: its time, no new one.
                same = next((e for e in summaries if families_of(e.spans[0].text) - VIOLENT), None)
            if same is None and _GENERIC_CRASH.match(told):
                # 'Như đã đưa tin, vụ tai nạn xảy ra vào khoảng 21h30 ...' after the body told the crash.
                same = next((e for e in found if families_of(e.spans[0].text) & CRASH), None)
            if same is not None:
                retell(same, Span(start, end, told), basis)
                return True
        related = _RELATED_LEAD.match(told.lower()) or _RELATED.fullmatch(text, lo, start)
        if related and name[:3].lower() == "vụ ":
            # 'Liên quan tới vụ việc anh N. bị đâm chết ..., Công an quận X cho biết ...' after the story
            # told the stabbing: its incident referred to, not another one; the noun names it best.
            kinds = families_of(told, charges=False)
            same = next(
                (
                    e
                    for e in found
                    if e.kind not in CASE_STEP_KINDS and kinds & families_of(e.spans[0].text, charges=False)
                ),
                None,
            )
            if same is not None:
                retell(same, Span(start, end, told), basis)
                same.aliases.append(same.name)
                same.name, same.kind = name, same.kind or kind_of(name)
                return True
        if _GENERIC_CRASH_TOLD.match(told) and _TOLD_BEFORE.search(text, lo, start):
            # 'trên địa bàn vừa xảy ra một vụ tai nạn giao thông ... khiến 2 người tử vong' after the story
            # told the crash ('xe ô tô chở 5 người gặp nạn khiến 2 người chết'): that crash again.
            same = next(
                (
                    e
                    for e in found
                    if families_of(e.spans[0].text) & CRASH
                    or _TOLL.search(e.spans[0].text) and _VEHICLE.search(e.spans[0].text)
                ),
                None,
            )
            if same is not None:
                retell(same, Span(start, end, told), basis)
                same.aliases.append(name)
                return True
        return False

    def _summary_retold(
        self, name: str, lo: int, start: int, end: int, basis: Basis | None, day: int | None, fresh: bool
    ) -> bool:
        """Return whether the clause retells a happening the summary told, or a decision told before."""
        text, found, lead_lo, lead_hi = self.text, self.found, self.lead_lo, self.lead_hi
        summaries, summary_days = self.summaries, self.summary_days
        told = text[start:end]
        same = _summed_up(told, summaries) if name[:3].lower() == "vụ " else None
        told_on = basis[0] if basis else None
        # (an incident on a day the summed-up one did not take is another one)
        if same is not None and not (
            told_on and same.date and not (told_on.startswith(same.date) or same.date.startswith(told_on))
        ):
            # 'đã xảy ra một vụ truy sát gây hậu quả nghiêm trọng' after the summary 'Nam dùng dao truy sát
            # vợ, khiến 3 người bị thương': the one happening summed up, named again by its noun.
            retell(same, Span(start, end, told), basis)
            same.aliases.append(name)
            return True
        retold = _decision_retold(found, name, lo, lead_lo, lead_hi)
        if retold is not None:
            # 'chính quyền địa phương đã kỷ luật ban công an xã' (the summary), then 'UBND xã X đã kỷ
            # luật bằng hình thức cảnh cáo trưởng và hai phó công an xã': one decision, named by its fuller
            # telling.
            retell(retold, Span(start, end, told), basis)
            if len(name.split()) > len(retold.name.split()):
                retold.aliases.append(retold.name)
                retold.name, retold.kind = name, kind_of(name)
            else:
                retold.aliases.append(name)
            return True
        for first in summaries if not fresh else ():  # another case of a round-up retells none
            if day is not None and summary_days.get(id(first), day) != day:
                continue  # an attack after a day of its own is another attack, however alike it is worded
            if (
                # 'khởi tố X về hành vi giết người' after a killing's summary: the charge is no retelling.
                families_of(told, charges=False) & families_of(first.spans[0].text)
                and len(folded_words(told) & folded_words(first.name) - folded_words(" ".join(STORY_VERBS)))
                >= RETOLD_WORDS
                and not _NOUN.match(told)
                # 'đang tạm giữ X' after a summed-up stabbing: the arrest is news of its own.
                and not (families_of(told) & CUSTODY) - families_of(first.spans[0].text)
            ):
                # The body retells the summary's happening: one event, dated by the body.
                retell(first, Span(start, end, told), basis)
                return True
        return False

    def _new_event(
        self, name: str, lo: int, hi: int, start: int, end: int, basis: Basis | None, full: str
    ) -> None:
        """Add the clause's happening as a new event, dated by its basis, with its unit and people."""
        text, org_at, people_at, reference_year = self.text, self.org_at, self.people_at, self.reference_year
        found = self.found
        orgs = [o for s, o in sorted(org_at.items()) if lo <= s < start + max(1, (end - start) // 3)]
        people = list(dict.fromkeys(n for s, n in people_at if lo <= s.start < hi))
        date, precision, words = basis if basis else (None, None, None)
        recent = _RECENT.search(text, start, end) is not None
        if date is None and reference_year and recent and not _YEAR_IN_NAME.search(name):
            # 'vừa chỉ đạo' in a story of a known year: that year, no finer.
            date, precision, words = str(reference_year), "year", "vừa (the story's year)"
        found.append(
            Event(
                id="",
                name=name,
                kind=kind_of(name),
                date=date,
                date_precision=precision,
                date_basis=words,
                organizer=orgs[0] if orgs else None,
                participants=[Participant(person=p) for p in people],
                quote=" ".join(text[lo:hi].split()),
                spans=[Span(start, end, text[start:end])],
                # The act in the words the text gives it, where the name had to be cut short.
                aliases=[full] if len(full.split()) > len(name.split()) else [],
            )
        )

    def clause_at(self, n: int, lo: int, hi: int) -> _Clause:
        """Return the part's main clause and the dates that lead it."""
        text, usable, spans, span_ends = self.text, self.usable, self.spans, self.span_ends
        start, end = _main_clause(text, lo, hi)
        # 'từ ngày 1/7' starts a period and 'trước ngày 8/6' sets a deadline: neither dates a happening.
        # 'từ tháng 1-2015 đến tháng 7-2016': a span's start dates what it tells, its end does not.
        here = [
            d
            for d in usable
            if lo <= d.start < hi
            and d.start not in span_ends
            # (one at the clause's end dates no more than a lone start: 'đã thực hiện 7 vụ trộm ..., từ X
            # đến Y với ...' is a series, whose span dates it below; 'thú nhận từ X đến Y, đã lừa ...' leads)
            and (
                d.start in spans
                and (d.start < start or text[spans[d.start].end : spans[d.start].end + 1] == ",")
                or not _SPAN_START.search(text, max(lo, d.start - 10), d.start)
            )
            and not (d.start >= start and _DEADLINE.search(text, max(lo, d.start - 14), d.start))
        ]
        # The date nearest before the clause is its own ('Theo bản án ngày X, tháng Y, A làm B': Y).
        lead_dates = [d for d in here if d.start < start][-1:] or here[:1]
        if lead_dates and lead_dates[0].kind == "period" and lead_dates[0].start < start:
            # 'ngày 3/8, trong khuôn khổ Hội thi X năm 2019, ...': the day of that year is finer.
            finer = [
                d for d in here
                if d.start < lead_dates[0].start and d.kind in ("day", "datetime") and self.known(d)
                and d.begin.year == lead_dates[0].begin.year
            ]
            lead_dates = finer[-1:] or lead_dates
        if any(
            d.kind == "period" and d.start >= start and _YEAR_EVENT_BLOCK.search(text, start, d.start)
            for d in lead_dates
        ):
            lead_dates = []  # 'hội nghị đánh giá công tác năm 2016 ...': the year reviewed, not the meeting's
        told_day = RELATIVE_DAY_RE.search(text, lo, start)
        if told_day is not None and all(d.kind == "period" and d.start >= start for d in lead_dates):
            # 'Cũng trong sáng cùng ngày, ... dừng tổ chức lễ hội X năm 2017': the day leads, the year names.
            lead_dates = []
        return _Clause(n, lo, hi, start, end, here, lead_dates)

    def date(self, c: _Clause) -> None:
        """Date the clause by its own date, the day it refers to, or the one told last."""
        text, spans, today = self.text, self.spans, self.today
        lo, hi, start, lead_dates = c.lo, c.hi, c.start, c.lead_dates
        lunar = _LUNAR_NEW_YEAR.search(text, lo, max(start, lo + 1))
        if lunar and not lead_dates:
            # 'Ngay sau Tết Đinh Dậu': the year is the cycle's, the day unknown.
            c.basis = (str(lunar_year(lunar.group("stem"), lunar.group("branch"))), "year", lunar.group())
        elif lead_dates:
            iso, precision = date_of(lead_dates[0], self.known(lead_dates[0]))
            if iso and precision is None and today and not _WRITTEN_YEAR.search(lead_dates[0].text):
                when = dt.date.fromisoformat(iso)
                if when > today and not _AHEAD.search(text, lo, hi):
                    # A yearless day after publication in a story told as past is last year's.
                    iso = last_year(when).isoformat()
            c.basis = (iso, precision, lead_dates[0].text)
            if lead_dates[0].start in spans and lead_dates[0].start >= start:
                # 'X thú nhận từ tháng 1 tới tháng 5/2017, đã lừa đảo ...': the span is the day its act took.
                c.day_before = lead_dates[0].start
        else:
            self._date_by_earlier(c)

    def _date_by_earlier(self, c: _Clause) -> None:
        """Date a clause of no date of its own by the year or day told before, or the one it refers to."""
        text, today, last = self.text, self.today, self.last
        n, lo, hi, start = c.n, c.lo, c.hi, c.start
        basis: Basis | None = None
        by_same_year = False  # dated by 'trong năm này', the year told last
        day_before: int | None = None  # where the earlier sentence's day this clause takes is written
        rel = RELATIVE_DAY_RE.search(text, lo, max(start, min(hi, lo + 60)))
        same_year = _SAME_YEAR.search(text, lo, max(start, min(hi, lo + 60)))
        told_year = last[-1][1] if last else None
        if (
            same_year is not None
            and told_year is not None
            and date_of(told_year, self.known(told_year))[0]
        ):
            # 'trong năm 2007, ... Lạ lùng hơn là trong năm này, ông X lại được khen thưởng': that year.
            basis = (str(told_year.begin.year), "year", f"{same_year.group()} ({told_year.text})")
            by_same_year = True
        elif rel is not None:
            # The day told last, unless a month or a day of no known year: no day comes after those.
            # (a year alone is none of those: 'lễ hội X năm 2017' names a happening, it tells no time)
            told = [d for _, d in last if d.kind != "period"][-1:]
            prev = next((d.begin for d in told if d.kind in ("day", "datetime")), None)
            prev = prev if prev and date_of(told[0], self.known(told[0]))[0] else None
            day = relative_day(rel.group("w"), today, prev)
            if day is not None:
                basis = (day.isoformat(), None, rel.group())
        elif (moment := _SAME_MOMENT.match(text, lo, hi)) and (
            days := [
                d for _, d in last if d.kind in ("day", "datetime") and d.start > text.rfind("\n", 0, lo)
            ]
        ):
            iso, precision = date_of(days[-1], self.known(days[-1]))
            basis = (iso, precision, f"{days[-1].text} ({moment.group().strip()})")
            day_before = days[-1].start
        elif (
            last
            and n - last[-1][0] <= NEARBY_SENTENCES
            and not _NOT_DATED.match(text, lo, hi)
            and not _VAGUE_TIME.search(text, lo, hi)
        ):
            para_start = text.rfind("\n", 0, lo)
            prev_no, prev = last[-1]
            if prev.start > para_start:
                iso, precision = date_of(prev, self.known(prev))
                basis = (iso, precision, f"{prev.text} (an earlier sentence)")
                # A year alone ('Bộ luật năm 2009', 'năm 2002 Năm Cam ...') is no day of an act.
                day_before = prev.start if prev.kind != "period" else None
        c.basis, c.by_same_year, c.day_before = basis, by_same_year, day_before

    def drop_teller(self, c: _Clause) -> None:
        """Leave out who tells the clause ('X cho biết'): the act names it."""
        text = self.text
        start, end = c.start, c.end
        clause = text[start:end]
        said = _SAID_ACT.match(clause)
        if said is not None and said.group("who"):
            # 'đơn vị này đã khởi tố ...': the teller told over again says nothing; the act alone names it.
            vague = _VAGUE_WHO.fullmatch(said.group("who").strip())
            clause = clause[said.end("who" if vague else "said") :]
        elif said is not None:
            clause = clause[: said.start("said")] + clause[said.end("said") :]
        c.clause, c.said = clause, said

    def weigh(self, c: _Clause) -> None:
        """Decide whether the clause is dated, and whether it is told as done."""
        text, spans = self.text, self.spans
        lo, hi, start, end, clause, lead_dates = c.lo, c.hi, c.start, c.end, c.clause, c.lead_dates
        basis = c.basis
        dated = (
            # (a span within the clause dates it, but tells no happening: 'X cho biết, từ A đến B, Y ...')
            any(d.kind != "period" and not (d.start in spans and d.start >= start) for d in lead_dates)
            # 'Năm 2002, X bị tuyên án tử': a year that leads the sentence dates what it tells.
            # Only a step of a case: the year of a life story's 'Năm 2009, X về Hà Nội' is its setting.
            or any(
                # the year and its comma right before the clause ('Năm 2015, khi ..., thì X ...' is not)
                d.kind == "period"
                and _YEAR_LEAD.fullmatch(text, lo, d.end)
                and re.fullmatch(r"\s*,?\s*", text[d.end : start])
                for d in lead_dates
            )
            and _CASE_YEAR.search(text, start, end) is not None
            or _HOLIDAY.search(text, lo, start) is not None
            or (basis is not None and RELATIVE_DAY_RE.search(text, lo, start + 1) is not None)
        )
        reported = (
            _RECENT.search(clause) is not None
            or (_PAST_ACT.search(clause) is not None and dated)
            or _in_sequence(text, lo, hi, clause)  # last: its dozen searches only when the others say no
            # (not the summary paragraph's: its taking is the story's, read as the summary below)
            or _police_took(clause) is not None and not self.lead_lo <= lo < self.lead_hi
        )
        c.dated, c.reported = dated, reported

    def skip_lead(self, c: _Clause) -> None:
        """Start the clause past a lead that tells no happening of its own."""
        text = self.text
        start, end, clause, said = c.start, c.end, c.clause, c.said
        part = (_surrendered(clause) or 0) if said is None else 0
        lead = clause[:part].split()
        if (
            len(lead) >= 3
            and not lead[-1][:1].isupper()  # 'Thụ, Tuân và Thạch ra đầu thú': who surrendered, listed
            and len(clause[part:].split()) > 3
            and not re.match(r"\s*(?:đã|rồi|và|thì)\s", clause[part:])
        ):
            # 'Sau khi sát hại X bằng nhiều nhát dao, Y đã đến công an đầu thú': who surrendered, no lead.
            start += len(clause[:part]) + len(clause[part:]) - len(clause[part:].lstrip())
            clause = text[start:end]
        took = _police_took(clause)
        if took is not None and re.search(r",\s*$", clause[: took.start()]):
            # 'Khai thác nhanh nhóm này, công an bắt thêm X': how they came to take X leads, no act.
            start += took.start()
            clause = text[start:end]
        opened = _CASE_OPENED.search(clause)
        if opened is not None and opened.start() > 0:
            # 'Lực lượng X đã vào cuộc xác minh, Chuyên án 12M đã được thành lập ...': the case opened.
            start += len(clause[: opened.start()]) + len(opened.group()) - len(opened.group().lstrip())
            clause = text[start:end]
        set_up = _case_set_up(clause) if opened is None and said is None else None
        comma = clause.rfind(",", 0, set_up.start()) if set_up is not None else -1
        who = clause[comma + 1 : set_up.start()].split() if comma != -1 else []
        if 1 <= len(who) <= 20 and who[0][:1].isupper():
            # 'Nhận tin báo, Phòng PC45 ... xác lập chuyên án ...': the unit that set it up starts the clause.
            start += comma + 1 + len(clause[comma + 1 :]) - len(clause[comma + 1 :].lstrip())
            clause = text[start:end]
        c.start, c.clause = start, clause

    def find_act(self, c: _Clause) -> None:
        """Decide whether the clause tells the summary's crime, or a violent act (or a theft) of the body."""
        text, found, names = self.text, self.found, self.names
        told_kinds, violent_days = self.told_kinds, self.violent_days
        lo, hi, start, day_before = c.lo, c.hi, c.start, c.day_before
        # Neither dated nor told as done: what only a crime's or accident's verb can make a happening.
        plain = not (c.dated or c.reported and _has_act(c.clause))
        verb = self._summed_up_act(c) if plain else None
        summary = verb is not None
        kinds_here = families_of(text[lo:hi]) if plain and not summary else set()
        # 'Vụ thứ hai, Chín dùng dao đâm ông Mười': another case, whose act is its own however alike.
        fresh = _NEW_CASE.match(text, lo, hi) is not None or (
            # 'Chín dùng dao đâm ông Mười' after 'Bảy đâm anh Tám': another doer on another victim.
            plain
            and not summary
            and _another_pair(text, start, hi, kinds_here & told_kinds & (VIOLENT | TAKING), found, names)
        )
        if plain and not summary:
            verb = self._violent_act(c, kinds_here, set() if fresh else told_kinds)
        violent = plain and not summary and verb is not None
        again = None
        if plain and not summary and not violent and day_before is not None:
            again = self._act_of_another_day(c, kinds_here, day_before)
        if again is not None:
            verb, act, kinds = again
            # 'Khi gặp nạn nhân, Thông dùng dao đâm ...' after 'Thông lấy dao đâm ...' was told: the same
            # doer's attack retold, unless an act of the kind took another day already; the day is the told
            # attack's.
            if not any(k in kinds and d != day_before for k, d in violent_days) and _doer_told(
                text[verb:act], [e for e in found if families_of(e.spans[0].text, False) & kinds]
            ):
                again = None
                violent_days.update((k, day_before) for k in kinds)
        c.summary, c.fresh, c.verb = summary, fresh, verb
        c.again = again is not None
        c.violent = violent or c.again

    def _summed_up_act(self, c: _Clause) -> int | None:
        """Return where the verb of the summary paragraph's crime or accident is, if the clause tells it."""
        text, lo, hi = self.text, c.lo, c.hi
        if not self.lead_lo <= lo < self.lead_hi:
            return None
        verb = _story_verb(text, c.start, hi)
        # 'Dũng nghe ... nên nảy sinh ý định giết người cướp của': meant; the act is told where done.
        if verb is None or any(_before_act(p, text, verb, hi) for p in (_INTENT, _SPECULATED, _ONCE_BEFORE)):
            return None
        return verb

    def _violent_act(self, c: _Clause, kinds_here: set[int], told: set[int]) -> int | None:
        """Return where the verb of a violent act (or a theft) of a kind not told yet is, if any."""
        text, hi, start = self.text, c.hi, c.start
        if not (kinds_here & VIOLENT <= told):
            verb = _story_verb(text, start, hi, VIOLENT - told)
            if (
                verb is not None
                and not _STORY.match(text, verb)  # 'Duy dùng dao đâm ...': someone does it, not ', đâm X
                # 'các vụ việc hành hung', 'nguyên nhân dẫn đến việc X đâm người': a topic, no attack told.
                and not _before_act(_TOPIC, text, verb, hi)
                # 'gọi điện cho mấy người bạn đến đánh ông X': others summoned to do it, the attack told
                # later.
                and not _before_act(_SUMMONED, text, verb, hi)
                # 'X nảy sinh ý định giết người cướp của': meant, the act is told where it is done.
                and not _before_act(_INTENT, text, verb, hi)
                # 'rất có thể bé X đã bị sát hại', 'lan truyền thông tin X giết Y': a guess or a rumour;
                # 'CSGT X từng bị người vi phạm đâm gãy chân': a past the story recalls, no act of its own.
                and not _before_act(_SPECULATED, text, verb, hi)
                and not _before_act(_ONCE_BEFORE, text, verb, hi)
            ):
                return verb
        # A theft or a fraud is an act only when someone named does it ('Tý phá khóa ...'), not a
        # thief or a charge named ('tên trộm', 'hành vi lừa đảo'), a plan, or what befell someone.
        if not (kinds_here & TAKING <= told):
            verb = _story_verb(text, start, hi, TAKING - told)
            if verb is not None and _taken_by_doer(text, verb, hi, self.names):
                return verb
        return None

    def _act_of_another_day(
        self, c: _Clause, kinds_here: set[int], day_before: int
    ) -> tuple[int, int, set[int]] | None:
        """Return the verb, act and kinds of an attack (or a theft) told after a day no act of its kind took.

        'Tối 29/6, A ngồi uống nước ... A quay lại chém B': an attack (or a theft) told after a day no act
        of its kind told before took is another one, not the story's first one retold.
        """
        text, violent_days, summaries = self.text, self.violent_days, self.summaries
        lo, hi = c.lo, c.hi
        kinds = kinds_here & (VIOLENT | TAKING)
        if not kinds or all((k, day_before) in violent_days for k in kinds):
            return None
        # 'Chiều 31/5, Công an quận X cho biết ...': the day something was told, not of an attack.
        if _TELLING.search(text, day_before, _sentence_end(text, day_before)):
            return None
        verb = _doer_story_verb(text, c.start, hi, kinds)
        if verb is None:
            return None
        act = _STORY.search(text, verb, hi).start()
        if (
            _RETOLD_ATTACK.search(text[verb:act])
            or _TOLD_BY.search(text, lo, act)
            # A death told once more, when no act of the kind took a day yet: the summary's killing retold
            # (a story has one killing; 'X ra tay chém người tử vong' then 'Y đâm Z bị thương' are two).
            or not (
                any(k in kinds and d != day_before for k, d in violent_days)
                or not _DEATH.search(text, act, hi)
                or not any(_DEATH.search(e.spans[0].text) for e in summaries)
            )
            or _PLANNED.search(text, lo, act)
            or _SUMMONED.search(text, lo, act)
            or _BEFELL.search(text[max(lo, act - 30) : act])  # 'X thì bị A, B chém'
            or _CRASH.match(text, act) and _VEHICLE.search(text, lo, act)
            or re.search(r"[“\"]", text[lo:act])  # a definition or a charge quoted, no attack told
        ):
            return None
        return verb, act, kinds

    def take_act(self, c: _Clause) -> None:
        """Cut the clause to its crime or violent act; date a violent act and fold it into one just told."""
        if not (c.summary or c.violent):
            return
        text, hi = self.text, c.hi
        # 'Sau khi X, Y đã đầu thú', 'Vì xích mích, Z dùng dao đâm ...': the summary's happening;
        # 'Trước đó, Duy đã dùng dao đâm ...': the first violent act the body tells.
        start = c.verb
        cut = _cut(text, start, hi)
        end = cut.start() if cut else hi
        # 'Tám lấy trộm giấy tờ của chị Mười nên chị này trình báo ...': what followed is another's act.
        so = [m for m in _SO_NEW.finditer(text, start, end) if _NEW_SUBJECT.match(text, m.end())]
        end = so[0].start() if so else end
        c.start, c.end, c.clause = start, end, text[start:end]
        if c.violent:
            c.clause = _doer_and_act(c.clause)
            self._date_violent_act(c)
            c.folded = self._folded_into_previous(c)

    def _date_violent_act(self, c: _Clause) -> None:
        """Date a violent act by the paragraph's last day, when it has none; note the day its kinds took."""
        text, last = self.text, self.last
        if c.basis is None and last and last[-1][1].start > text.rfind("\n", 0, c.lo):
            # A crime told step by step: its act takes the paragraph's last day, however far back.
            iso, precision = date_of(last[-1][1], self.known(last[-1][1]))
            if iso:
                c.basis = (iso, precision, f"{last[-1][1].text} (an earlier sentence)")
                c.day_before = last[-1][1].start
        if c.day_before is not None:
            self.violent_days.update((k, c.day_before) for k in families_of(c.clause) or {-1})

    def _folded_into_previous(self, c: _Clause) -> bool:
        """Return whether a violent act names the happening the sentence before told, and fold it in if so."""
        text, found, told_before = self.text, self.found, self.told_before
        n, lo, hi, start, end, clause, verb = c.n, c.lo, c.hi, c.start, c.end, c.clause, c.verb
        # (the last happening the sentence before told, in the same paragraph)
        previous = next(reversed(found[told_before.get(n - 1, len(found)) : told_before[n]]), None)
        act_at = _STORY.search(text, verb, hi)
        victim = _VICTIM.match(text, act_at.end()) if act_at is not None else None
        if (
            previous is not None
            and previous.kind not in CASE_STEP_KINDS
            and act_at is not None
            and "\n" not in text[previous.spans[0].start : lo]
            and (
                _DOER_TOLD_AGAIN.search(text, lo, act_at.start())
                # 'Trong khi đó, Đức và Nhân dùng cây gỗ đánh anh Toàn' after 'Tây dùng dao chém anh
                # Toàn': the same attack on the same victim, by others of the group.
                or victim is not None
                and victim.group("who").split()[-1].lower() in previous.name.lower().split()
                and families_of(previous.spans[0].text) & VIOLENT
            )
        ):
            # 'Khi đến đây, nhóm này đã đập phá đồ đạc ...' right after the group's coming was told:
            # the happening just told, its act now named, no other.
            retell(previous, Span(start, end, text[start:end]), c.basis)
            previous.aliases.append(event_name(clause, ALIAS_WORDS))
            self.told_kinds.update(families_of(clause))
            return True
        return False

    def cut_to_happening(self, c: _Clause) -> None:
        """Cut the clause to what was filmed, to its incident, or to the act's own subject."""
        text, incidents = self.text, self.incidents
        hi, start, end, clause, said, summary = c.hi, c.start, c.end, c.clause, c.said, c.summary
        violent = c.violent
        filmed = _FILMED.match(clause)
        if filmed is not None:
            # 'trên mạng xã hội xuất hiện clip ghi cảnh X đánh Y': what was filmed is the happening.
            start += filmed.end()
            clause = text[start:end]
        incident = _incident(text, start, end)
        if incident is not None:
            # 'trên địa bàn vừa xảy ra một vụ án mạng khiến ...': the incident is the event, not its venue.
            start, end = incident, _phrase_end(text, incident, hi)
            clause = _TOLD.sub("", text[start:end])
            incidents.add(" ".join(_NOUN.match(text, start).group().lower().split()))
        official = _OFFICIAL_ACT.search(clause) if incident is None and said is None else None
        if official is not None and not (summary or violent) and clause.count(",", 0, official.start()) == 1:
            # 'Lực lượng chức năng vào cuộc xác minh, Chuyên án X đã được thành lập ...': the act's own
            # subject after the comma, no act before it, starts what the clause tells ('Công an huyện X,
            # tỉnh Y đã ...', 'Ông A, Giám đốc Sở B, ...': a name before the comma goes on after it).
            comma = clause.index(",")
            subject = clause[comma + 1 : official.start()].split()
            before = clause[:comma].split()
            if (
                1 <= len(subject) <= SUBJECT_WORDS
                and subject[0][:1].isupper()
                and before
                and before[-1][:1].islower()
                and not _has_act(clause[:comma])
            ):
                start += len(clause) - len(clause[comma + 1 :].lstrip())
                clause = text[start:end]
        c.start, c.end, c.clause, c.incident = start, end, clause, incident

    def tells_happening(self, c: _Clause) -> bool:
        """Return whether the clause tells a happening: an act done, not said, meant or set."""
        text, told_kinds = self.text, self.told_kinds
        lo, start, clause, dated, reported, summary = c.lo, c.start, c.clause, c.dated, c.reported, c.summary
        violent, folded, incident = c.violent, c.folded, c.incident
        return (
            (dated or reported or summary or violent)
            and not folded
            and (
                _has_act(clause)
                or summary
                or violent
                or incident is not None
                or _HOSTAGES.search(clause)
                # 'Công an huyện X đã có mặt tại hiện trường': a unit's coming, though 'có mặt' is no act
                or _police_act(clause)
                or _ruled(clause)
            )
            and not _speech(clause)
            # (a killing the story tells only as owned up to is still its crime: 'X khai nhận đã giết con')
            and not (
                not summary
                and _confessed(text, lo, start, clause)
                and not families_of(clause) & VIOLENT - told_kinds
            )
            and not _FIRST_PERSON.match(clause)
            and not _ADVISED.match(clause)
            # 'đã trao quyết định bổ nhiệm ông A ...; bổ nhiệm ông B ...': one appointment each, told below.
            and not (_HANDED_DECISION.search(clause) and _APPOINTED.search(clause))
            and not _FUTURE.search(clause)
            and not _denied(clause)
            and not _setting(clause)
            and not _only_going(clause)
            # ('Qua khám xét nơi ở của Tám, công an thu giữ ...': the search's seizure, a step of the story)
            and not (_side_act(clause) and not _police_act(text[lo:start]))
            and not (_only_quarrel(clause) and told_kinds & VIOLENT)
            and not _dealing(clause)
            and not _cared_for(clause)
            and not _only_who(clause)
            and not _FIGURES.search(clause)
            and not _MANY_PAPERS.search(clause)
            and not _tally(clause)
            and not _HOLDS.search(clause)
            and text[lo] not in '“"-+•*'
            and not _in_quote(text, start)
            and text[start : start + 1] not in '“"'
        )

    def tell(self, c: _Clause) -> None:
        """Name the clause's happening and add it; keep a summary's or violent act's."""
        text, found, summaries = self.text, self.found, self.summaries
        told_kinds, summary_days = self.told_kinds, self.summary_days
        lo, hi, start, end, clause, basis = c.lo, c.hi, c.start, c.end, c.clause, c.basis
        day_before, summary, violent, again, fresh = c.day_before, c.summary, c.violent, c.again, c.fresh
        clause = (_with_purpose(text, start, end, hi) if c.said is None else None) or clause
        name, full = self._clause_name(c, clause)
        name = _past_tip(name)  # 'Công an xã X nhận được tin báo ...': how the police came to know, no step
        if name:
            act_day = day_before if again else None
            self.add(name, lo, hi, start, end, basis, full=full, day=act_day, fresh=fresh)
            closed_in = _CLOSED_IN.match(clause)
            if closed_in is not None and found and found[-1].spans[0].start == start:
                # 'Lực lượng X đã nhanh chóng có mặt kết hợp Y bao vây căn nhà ...': who, and the act.
                act = _phrase_end(clause, closed_in.start("act"), len(clause))
                told = tidy_name(f"{closed_in.group('who')} {clause[closed_in.start('act') : act]}")
                found[-1].aliases.append(cap_words(told, ALIAS_WORDS))
        if (summary or violent) and found and found[-1].spans[0].start == start:
            summaries.append(found[-1])
            if day_before is not None:
                summary_days[id(found[-1])] = day_before
        if summary or violent:
            told_kinds.update(families_of(clause))

    def _clause_name(self, c: _Clause, clause: str) -> tuple[str, str]:
        """Return the clause's happening's name and fuller wording; no name when it names none."""
        text, org_at = self.text, self.org_at
        lo, hi, start, end, said, incident = c.lo, c.hi, c.start, c.end, c.said, c.incident
        if incident is not None:
            name = cap_words(tidy_name(clause), NAME_WORDS)
            full = cap_words(tidy_name(clause), ALIAS_WORDS)
        else:
            told_as = clause
            vague = _VAGUE_TELLER.match(clause)
            teller = _SAID_COMMA.search(text, lo, start) if vague is not None else None
            units = sorted(org_at.items()) if teller is not None else []
            unit = next((o for at, o in units if teller and lo <= at < teller.start()), None)
            if vague is not None and unit is not None:
                # 'Công an TP Vinh cho biết, đơn vị này đang tạm giữ X': the teller, named, did it.
                told_as = f"{unit} {clause[vague.end() :]}"
            name, full = event_name(told_as), event_name(told_as, ALIAS_WORDS)
            ruling = _VERDICT.search(told_as) if _ruled(told_as) else None
            lead = told_as[: ruling.start()].split() if ruling is not None else []
            if lead and lead[-1].endswith(",") and name.split()[:1] == lead[:1]:
                # 'Khép lại vụ án, TAND tỉnh X đã tuyên phạt ...': the court's ruling, what led to it aside.
                told_as = told_as[ruling.start() :]
                name, full = event_name(told_as), event_name(told_as, ALIAS_WORDS)
            ruled = _VERDICT.match(told_as) if ruling is not None else None
            if ruled is not None and _RULING_VERB.search(name) is None:
                # 'Tòa tuyên bị cáo X, sinh năm ..., ngụ ..., 2 năm tù': the court and whom it sentenced.
                whom = told_as[ruled.end() :].split(",")[0]
                name = cap_words(tidy_name(ruled.group() + whom), NAME_WORDS)
            when = _WHEN_CUT.match(text, end, hi)
            if when is not None and said is None:
                # 'X bị bắt khi đang lẩn trốn': the name stops at 'khi', its fuller wording does not.
                after = _cut(text, when.end(), hi)
                full = event_name(text[start : after.start() if after else hi], ALIAS_WORDS)
            ruling = _VERDICT.search(name)
            more = _MORE_PENALTY.search(name, ruling.end()) if ruling else None
            if more is not None:  # 'tòa tuyên phạt X 12 năm tù và bồi thường ...': the sentence names it
                name = name[: more.start()]
        head = _NOUN.match(text, start)
        if head is not None and not folded_words(head.group()) <= folded_words(name):
            name = ""  # 'phiên tòa xét xử X đã phải dời ...': the hearing is the event, named below
        if _only_person(name, clause):
            name = ""  # 'Trung tá X, Đội trưởng Đội Y': who spoke or acted, what they did cut off
        if _matter_only(name):
            name = ""  # 'có mặt điều tra vụ việc', 'Sự việc xảy ra tại X': the matter, told elsewhere
        return name, full

    def case_steps(self, c: _Clause) -> None:
        """Add the steps of a case the clause tells in passing, each with whom it befell."""
        text, org_at, found, names = self.text, self.org_at, self.found, self.names
        lo, hi, start, end, lead_dates, basis = c.lo, c.hi, c.start, c.end, c.lead_dates, c.basis
        by_same_year = c.by_same_year
        # The clause's own event found: the steps inside it are that event's.
        told = bool(found) and found[-1].spans[0].start == start
        for m in _case_steps(text, lo, hi, org_at):
            # 'Sau khi bị khởi tố về tội X, ...': a step of the case told in passing.
            # 'Chín (22 tuổi) cũng bị tạm giữ': the aside and the auxiliaries are no part of who it befell.
            bare = _PAREN.sub(_blank_aside, text[lo : m.start()])
            done = _DONE_BEFORE.search(bare)
            if done is not None and m.group("verb").lower() == "truy tố":
                done = None  # 'X cũng bị truy tố ...' in a trial's story: the charge it hears, no step
            subject_end = lo + (done.start() if done else len(bare))
            before = (bare[: subject_end - lo].split() or [""])[-1]
            counted = _COUNTED_ACCUSED.search(text, max(lo, m.start() - 30), m.start())
            # 'đối tượng gây án đã bị công an bắt khẩn cấp': the subject of the clause, told as done.
            subject = (
                done is not None
                and start < subject_end <= end
                and before[-1:] not in ",;:"
                and 1 <= len(text[start:subject_end].split()) <= SUBJECT_WORDS
                and _DOER_SUBJECT.match(text, start, subject_end) is not None
                and not _in_quote(text, m.start())
            )
            if (
                told
                and start <= m.start() < end
                or not (
                    before[:1].isupper()
                    or before.lower() in ("khi", *_SO_WORDS)
                    or before[-1:] == ","
                    or counted is not None
                    or subject
                )
            ):
                continue  # 'người bị truy tố' is anyone; 'Bích bị', 'khi bị', ', bị' tell of someone
            stop, fuller = _step_ends(text, m, hi)
            first = m.start("verb") if m.group("by").strip() == "" else m.start()
            who = _person_before(lo * " " + bare, lo, subject_end) if first == m.start() or done else None
            if who is None and before[:1].isupper():
                # 'Đinh Văn Sáu bị tuyên phạt 5 năm tù': a person of the report right before a bare 'bị' is
                # whom the step befell ('Khi bị bắt', 'tỉnh Bắc Ninh bị ...' name no one).
                who = _person_before(lo * " " + bare, lo, subject_end)
                if who is not None and _TOPIC_OR_TIME.search(text, lo, who):
                    continue  # 'Việc bác sĩ X bị bắt tạm giam ...', 'từ ngày X bị tuyên án': no telling
                if who is not None and (
                    " ".join(bare[who - lo : subject_end - lo].split()) not in names
                    or _WHEN_BEFORE.search(text, lo, who)  # 'sau khi Nga bị bắt, ...': a time, no name
                ):
                    who = None
                # Only the name gains the person: a bare step ('Mạnh bị bắt giữ' under a photo, 'sau khi Nga
                # bị bắt, ...') tells no happening of its own, as before.
                if who is not None and len(tidy_name(text[m.start("verb") : stop]).split()) < 3:
                    continue
            if who is not None and len(" ".join(bare[who - lo : subject_end - lo].split())) <= PERSON_CHARS:
                first = _first_listed(bare, lo, who)  # 'Duy bị công an bắt giữ': who the step befell
            elif counted is not None:
                first = counted.start()  # '7 bị cáo bị truy tố về tội X': the accused, counted
            elif subject:
                first = start
            elif first == m.start() and before.lower() in _SO_WORDS:
                # ('nên bị công an truy bắt': hunted, not yet taken)
                hunted = re.search(r"truy\s+$", text[m.start() : m.start("verb")], re.IGNORECASE)
                doer = self._doer_named(start, m.start()) if hunted is None else None
                if doer is None:
                    continue  # 'rồi bị công an bắt giữ', no one named: told elsewhere, if at all
                # 'Hôm sau, Tài đến rút tiền ... thì bị trinh sát bắt giữ': who opens the stretch was taken.
                first = start
            # The asides and the auxiliaries between who and 'bị' are left out of the name.
            step, step_full = text[first:stop], text[first:fuller]
            if first == start and before.lower() in _SO_WORDS and not subject:
                step = f"{doer} {text[m.start() : stop]}"
                step_full = f"{doer} {text[m.start() : fuller]}"
            if done:
                who_told = re.sub(r"\s+,", ",", bare[first - lo : subject_end - lo])
                step = f"{who_told} {text[m.start() : stop]}"
                step_full = f"{who_told} {text[m.start() : fuller]}"
            if m.re is _CASE_STEP_BY_UNIT:
                step = _without_unit(step, m)
            step = tidy_name(step)
            # 'Cuối năm 2015, ... nên bị phát lệnh truy nã': a year leading the sentence dates its steps.
            year_led = basis is not None and basis[1] == "year" and any(
                d.kind == "period" and _YEAR_LEAD.fullmatch(text, lo, d.end) for d in lead_dates
            )
            full = cap_words(tidy_name(step_full), ALIAS_WORDS)
            lead = max(text.rfind(mark, lo, m.start()) for mark in ",;:") + 1 or lo
            so = _SO_SUBJECT.fullmatch(text, lead, m.start()) if first == m.start("verb") else None
            if so is not None and len(so.group("what").split()) <= SO_CAUSE_WORDS:
                # 'thì Nga bỏ trốn nên bị phát lệnh truy nã': who it befell ('Nga bị phát lệnh truy nã').
                who_so = re.match(r"(?:(?-i:[A-ZĐ])\S*\s+)+", so.group("what"))
                # 'Do vậy X …', 'Sau khi …': a link or a time opens the sentence, not a name.
                if who_so is not None and who_so.group().split()[0] not in _SO_LINKS:
                    full = cap_words(tidy_name(f"{who_so.group()}{text[m.start() : fuller]}"), ALIAS_WORDS)
            step_basis = basis if year_led or by_same_year else None
            self.add(cap_words(step, NAME_WORDS), lo, hi, first, stop, step_basis, full=full)
            # A step told, the clause's later steps are its details ('10 bị can bị truy tố …, có 9 bị can bị
            # truy tố về tội X'): skipped like those of the clause's own event.
            told = bool(step)

    def _doer_named(self, start: int, step: int) -> str | None:
        """Return the person of the report who opens the stretch of clause before a step, and acted there.

        'Hai ngày sau, Tài đến rút tiền ... thì bị các trinh sát bắt giữ': Tài; '..., còn Thắng rớt lại nên
        bị người dân bắt giữ': Thắng. A confession retelling the arrest ('Tại cơ quan công an, X khai nhận ...
        thì bị bắt giữ') and a stretch no name opens: None.
        """
        text = self.text
        if _CONFESSION_IN.search(text, start, step):
            return None
        at = max(start, *(text.rfind(mark, start, step) + 1 for mark in ",;:"))
        named = _NAMED_DOER.match(text, at, step)
        words = named.group("who").split() if named is not None else []
        heads = [" ".join(words[:k]) for k in range(len(words), 0, -1)]
        return next((h for h in heads if h in self.names), None)

    def honours(self, c: _Clause) -> None:
        """Add the honours and awards the clause tells given."""
        text, found = self.text, self.found
        lo, hi, basis, by_same_year, dated = c.lo, c.hi, c.basis, c.by_same_year, c.dated
        for m in _PRAISED.finditer(text, lo, hi):
            # '41 chiến sĩ có thành tích xuất sắc đã được CATP Hà Nội khen thưởng': people counted, honoured.
            verb = m.start("verb")
            if _in_quote(text, m.start()) or _NOT_AWARDED.search(text, max(lo, verb - 30), verb):
                continue  # 'xứng đáng được khen thưởng': none given yet
            told = _AUX_IN_NAME.sub(" ", text[m.start() : m.end()])
            praised = basis if dated or by_same_year else None
            self.add(cap_words(tidy_name(told), NAME_WORDS + 6), lo, hi, m.start(), m.end(), praised)
        for m in _HONOURED.finditer(text, lo, hi):
            # 'ông Nông lại được khen thưởng', 'X được cho thôi trách nhiệm Chủ tịch': a named person's step.
            who = _person_before(text, lo, m.start())
            if who is None:
                continue
            stop = _phrase_end(text, m.end(), hi)
            name = f"{' '.join(text[who : m.start()].split()[:4])} {text[m.start() : stop]}"
            name = _AUX_IN_NAME.sub(" ", name)
            self.add(
                cap_words(tidy_name(name), NAME_WORDS),
                lo,
                hi,
                who,
                stop,
                basis if dated or by_same_year else None,
                full=cap_words(tidy_name(name), ALIAS_WORDS),
            )
        for m in ACTS.finditer(text, lo, hi):
            # 'X vừa được UBND huyện trao giấy khen', 'Chủ tịch UBND tỉnh đã tặng bằng khen cho ...':
            # an award handed over outside a named ceremony (those the keyword pass tells).
            act = " ".join(m.group("act").split())
            if not _AWARD_WORD.search(act) or _NOT_AWARDED.search(text, max(lo, m.start() - 30), m.start()):
                continue
            before = text[max(lo, m.start() - 90) : m.start()]
            by = _AWARDED_BY.search(before)
            giver = _GIVER.search(text, max(lo, m.start() - 80), m.start())
            if not (by or _TOLD_DONE.search(before) or dated):
                continue  # 'xứng đáng được tặng bằng khen': none handed over yet
            who = " ".join((by.group("who") if by else giver.group("who") if giver else "").split())
            short = cap_words(re.split(r"\s+(?:cho|tại|nhằm|để)\s+", act)[0], NAME_WORDS + 6)
            self.add(short, lo, hi, m.start(), m.end(), basis if dated else None, full=f"{who} {act}".strip())
            if found and found[-1].spans[0].start == m.start():
                found[-1].kind = "award"  # as the keyword pass calls an award handed over
        for m in _HELD_AWARD.finditer(text, lo, hi):
            # 'Đồng thời tổ chức khen thưởng cho các tập thể ...' beside a dated meeting: that day's award.
            if basis is None and not _TOLD_DONE.search(text, max(lo, m.start() - 40), m.start()):
                continue
            stop = _phrase_end(text, m.end(), hi)
            told = tidy_name(text[m.start() : stop])
            self.add(
                cap_words(told, NAME_WORDS), lo, hi, m.start(), stop, basis, full=cap_words(told, ALIAS_WORDS)
            )

    def appointments(self, c: _Clause) -> None:
        """Add the appointments the clause tells, one each."""
        text = self.text
        lo, hi, basis = c.lo, c.hi, c.basis
        for m in _APPOINTED.finditer(text, lo, hi):
            # 'bổ nhiệm ông A, <chức cũ>, giữ chức vụ B; bổ nhiệm ông C ...': one appointment each.
            if re.match(r"giữ\s+chức(?:\s+vụ)?\s+(?:trên|này|đó)(?![^\W_])", m.group("post")):
                continue  # 'giữ chức vụ trên': the post named before
            name = f"bổ nhiệm {' '.join(m.group('who').split())} {' '.join(m.group('post').split())}"
            self.add(
                cap_words(tidy_name(name), NAME_WORDS + 6),
                lo,
                hi,
                m.start(),
                m.end(),
                basis,
                " ".join(m.group("who").split()),
            )

    def stopped(self, c: _Clause) -> None:
        """Add the acts the clause tells stopped or suspended, one each."""
        text, found = self.text, self.found
        lo, hi, start, end, basis = c.lo, c.hi, c.start, c.end, c.basis
        for m in _STOPPED.finditer(text, lo, hi):
            # 'đã yêu cầu thu hồi phù hiệu đối với nhà xe X và đình chỉ hoạt động xe Y': one act each.
            first = m.start("act")
            if _in_quote(text, first):
                continue  # 'Cơ quan điều tra đã tạm dừng xác minh ...”': a document quoted, not the news
            if (
                found
                and found[-1].spans[0].start == start
                and start <= first < end
                and m.group("act").lower() not in found[-1].name.lower()
            ):
                found.pop()  # 'ông X, Chánh văn phòng ..., cho biết thành phố quyết định dừng ...': the act
            # 'Đảng ủy xã X công bố quyết định tạm đình chỉ sinh hoạt Đảng đối với Y': the clause's event
            # names the act already; one event, not two.
            clause_event = found[-1] if found and found[-1].spans[0].start == start <= first < end else None
            while first < hi:
                cut = _cut(text, first, hi)
                stop = cut.start() if cut else hi
                stopped = _STOPPED_END.search(text, first + len(m.group("act")), stop)
                stop = stopped.start() if stopped else stop
                told = tidy_name(text[first:stop])
                more = re.match(rf"\s+và\s+(?=(?:{_STOPS}){_E})", text[stop:hi], re.IGNORECASE)
                said = (
                    folded_words(" ".join([clause_event.name, *clause_event.aliases]))
                    if clause_event
                    else set()
                )
                full = cap_words(told, ALIAS_WORDS)
                lead = max(text.rfind(mark, lo, first) for mark in ",;:") + 1 or lo
                if first == m.start("act") and _DECIDER.fullmatch(text, lead, first):
                    # 'Ban tổ chức đã phải quyết định dừng X': who decided, as a reader may name it too.
                    full = event_name(text[lead:stop], ALIAS_WORDS)
                if more is not None or not folded_words(told) <= said:  # (several acts: one event each)
                    self.add(cap_words(told, NAME_WORDS), lo, hi, first, stop, basis, full=full)
                clause_event = None
                if more is None:
                    break
                first = stop + more.end()

    def examinations(self, c: _Clause) -> None:
        """Add the examination or expert assessment the clause leads with."""
        text, found = self.text, self.found
        lo, hi, basis, dated = c.lo, c.hi, c.basis, c.dated
        examined = _EXAMINED.match(text, lo, hi)
        if examined is not None and not _in_quote(text, lo):
            step = " ".join(examined.group("step").split())
            if (
                found
                and lo <= found[-1].spans[0].start < hi
                and folded_words(step) <= folded_words(found[-1].name)
            ):
                # 'Quá trình khám nghiệm hiện trường, tử thi cơ quan điều tra đã thu giữ ...' read as one
                # clause: the examination names it, the clause stays its fuller wording.
                found[-1].aliases = [found[-1].name, *found[-1].aliases]
                found[-1].name = step
            else:
                self.add(step, lo, hi, examined.start("step"), examined.end("step"), basis if dated else None)
        assessed = _ASSESSED.match(text, lo, hi)
        if assessed is not None and not _in_quote(text, lo):
            # 'Theo kết quả giám định của Công an tỉnh X ngày 10/5: ...': the expert examination is a step.
            step = " ".join(assessed.group("step").split())
            self.add(step, lo, hi, assessed.start("step"), assessed.end("step"), basis if dated else None)

    def missing(self, c: _Clause) -> None:
        """Add the people the clause tells missing."""
        text, found = self.text, self.found
        lo, hi, basis, dated = c.lo, c.hi, c.basis, c.dated
        for m in _MISSING.finditer(text, lo, hi):
            who = m.group("who").split()
            if _in_quote(text, m.start()) or any(
                "mất tích" in e.name and who[-1] in e.name.split() for e in found
            ):
                continue  # 'cháu Nghĩa mất tích' after 'bé Trần Trung Nghĩa được trình báo mất tích': told
            told = " ".join(m.group().split())
            missed = basis if dated else None
            self.add(f"{' '.join(who)} mất tích", lo, hi, m.start(), m.end(), missed, full=told)

    def incidents_named(self, c: _Clause) -> None:
        """Add the incidents the clause names by what befell whom, or by their toll."""
        text, found, summaries = self.text, self.found, self.summaries
        lo, hi = c.lo, c.hi
        for m in [
            *_BEFELL_INCIDENT.finditer(text, lo, hi),
            *_DONE_INCIDENT.finditer(text, lo, hi),
            *_COMPLAINED_INCIDENT.finditer(text, lo, hi),
        ]:
            # 'điều tra vụ thanh tra giao thông bị đe dọa bằng tin nhắn': the incident, by what befell whom.
            if _in_quote(text, m.start()) or _NONE_OF.search(text, max(lo, m.start() - 30), m.start()):
                continue
            stop = _phrase_end(text, m.end("verb"), hi)
            aside = _BEFELL_END.search(text, m.end("verb"), stop)
            stop = aside.start() if aside else stop  # '... bị đe dọa bằng tin nhắn | trong quá trình ...'
            told = tidy_name(text[m.start("what") : stop])
            # A complaint's clause is named by the complaint: what it reports is another happening.
            complaint = m.groupdict().get("complaint") or ""
            if any(
                (same_happening(told, e.name) or folded_words(told) <= folded_words(e.name))
                and not (complaint and _complaint_of(told, e.name))
                for e in found
            ):
                continue  # the clause's name already tells it
            retold = next((e for e in summaries if incident_of(f"vụ {told}", e.name)), None)
            if retold is not None and _TOLD_BEFORE.search(text, lo, m.start()):
                # 'xảy ra vụ thiếu nữ bị tấn công ...' after the summary told the attack
                retold.spans.append(Span(m.start("what"), stop, text[m.start("what") : stop]))
                continue
            self.add(
                cap_words(told, NAME_WORDS), lo, hi, m.start("what"), stop, None,
                full=cap_words(told, ALIAS_WORDS),
                apart=complaint,
            )
        for m in _TOLL_INCIDENT.finditer(text, lo, hi):
            if _in_quote(text, m.start()):
                continue
            cut = _cut(text, m.start(), hi)
            full = cap_words(tidy_name(text[m.start() : cut.start() if cut else hi]), ALIAS_WORDS)
            name = cap_words(tidy_name(text[m.start() : m.end()]), NAME_WORDS)
            self.add(name, lo, hi, m.start(), m.end(), None, full=full)

    def toll(self, c: _Clause) -> None:
        """Add the happening of a clause that takes a toll of people, whatever its verb."""
        text, found = self.text, self.found
        lo, hi, start, end, basis = c.lo, c.hi, c.start, c.end, c.basis
        # (Past a cut too: 'Một gia đình khi đang đi đám giỗ, đã gặp nạn khiến 5 người thương vong'.)
        toll = _TOLL.search(text, start, hi)
        if (
            toll is not None
            and not any(lo <= sp.start < hi for e in found for sp in e.spans)
            and not _in_quote(text, toll.start())
            and not _CASES_COUNTED.search(text, start, toll.start())
            and not _tally(text[start:end])
            and not _FIGURES.search(text, start, end)
            and text[lo] not in '“"-+•*[('
            and not _TOLL_ASKED.search(text, start, toll.start())
            and not _ASKED_WHETHER.search(text, start, toll.start())
        ):
            # 'tàu TN1 va vào 1 ôtô 16 chỗ làm 1 người tử vong', 'nhóm hung hãn xông vào tấn công khiến một
            # người bị thương': whatever the verb, a clause that takes a toll of people tells a happening,
            # unless it names an incident ('vụ tai nạn khiến ...': the noun pass's) or one was told before.
            so = list(_SO_THEN.finditer(text, start, toll.start()))
            # 'Vì thấy ... nên xảy ra xô xát khiến ...': the cause told first is no part of it.
            first = so[-1].end() if so else start
            comma = _PAREN.sub(lambda p: " " * len(p.group()), text[first : toll.start()]).rfind(",")
            if comma >= 0 and len(text[first + comma + 1 : toll.start()].split()) >= 3:
                first += comma + 1  # 'Cả nhà đang về quê, bất ngờ xe ô tô gặp nạn khiến ...': the last clause
            while text[first].isspace():
                first += 1
            told = tidy_name(_AUX_RUN.sub("", text[first : toll.end()]))
            if (
                len(text[first : toll.start()].split()) >= 3
                and not any(n.group()[:2].lower() == "vụ" for n in _NOUN.finditer(text, lo, toll.start()))
                and not _INCIDENT_WORD.search(text, lo, toll.start())
                and not any(
                    _TOLL.search(sp.text) or _INCIDENT_WORD.search(sp.text) for e in found for sp in e.spans
                )
            ):
                self.add(
                    cap_words(told, NAME_WORDS), lo, hi, first, toll.end(), basis,
                    full=cap_words(told, ALIAS_WORDS),
                )

    def nouns(self, c: _Clause) -> None:
        """Add the happenings the clause names by a noun: a meeting, a case, an incident."""
        source = _SAID_COMMA.search(self.text, c.lo, c.start)
        for m in _NOUN.finditer(self.text, c.lo, c.hi):
            self._noun(c, m, source)

    def _noun(self, c: _Clause, m: re.Match[str], source: re.Match[str] | None) -> None:
        """Add the happening a noun names, unless the report told it already or it names none."""
        text, found = self.text, self.found
        lo, hi, start, end, basis = c.lo, c.hi, c.start, c.end, c.basis
        if (
            start <= m.start() < end
            and found
            and found[-1].spans[0].start == start
            and folded_words(m.group()) <= folded_words(found[-1].name)
        ):
            return  # the clause's name already holds it
        related = _RELATED.fullmatch(text, lo, m.start()) is not None
        if source is not None and m.start() < source.start() and not related:
            return  # 'Hiện trường vụ X Tin từ Y cho biết, ...': a caption run into the source
        quoted = text[lo] in "“\"" or _in_quote(text, m.start())
        if quoted and text[m.start() - 1 : m.start()] not in "“\"":
            return  # one someone speaks of, not one the report tells ('“Hội nghị X”' is a title)
        noun = " ".join(m.group().lower().split())
        # 'Tại cuộc làm việc, ...' after 'X đã làm việc với Y' was told: the meeting by its verb
        # ('tại buổi làm việc với Z' names another one).
        bare_noun = _SESSION_WORD.sub("", noun)
        said_as = [noun]
        alone = re.match(r"\s*[,.;:]", text[m.end() : hi]) is not None
        if bare_noun != noun and len(bare_noun.split()) >= 2 and alone:
            said_as.append(bare_noun)
        if _AT_EVENT.search(text, max(lo, m.start() - 8), m.start()) and any(
            told in e.name.lower()
            and not _ABOUT_MEETING.search(e.name.lower(), 0, e.name.lower().find(told))
            for e in found
            for told in said_as
        ):
            return  # 'Tại buổi làm việc, ...' after the meeting is told: the same meeting
        counted_series = _SERIES.search(text, max(lo, m.start() - 50), m.start())
        series = counted_series is not None
        if (
            _BACK_REFERENCE.match(text, m.end(), hi)
            or _COUNTED.search(text, max(lo, m.start() - 12), m.start())
            and not (series and m.group().lower().startswith("vụ"))
            or _REFERRED.search(text, max(lo, m.start() - 14), m.start())
        ):
            return
        stop = _phrase_end(text, m.end(), hi)
        if m.group().lower().startswith("vụ") and (
            _POINTED_BACK.match(text, m.end(), stop) or _ENDS_BACK.match(text, m.end(), stop)
        ):
            return  # 'vụ nổ bên ngoài trường mầm non nói trên': the incident told before
        if m.group().lower().startswith("vụ") and _SCENE_OF.fullmatch(text, lo, m.start()):
            return  # 'Hiện trường vụ cháy bên trong căn nhà X': a photo's caption, the incident told
        if _LEAD_EVENT.fullmatch(text, lo, m.start()) and "," in text[m.end() : stop]:
            stop = text.index(",", m.end())  # 'Sau cuộc đối thoại, người dân ...': the lead ends there
        # '7 vụ trộm cắp tài sản ở X, Y': a series is named with its count.
        first = m.start()
        if counted_series is not None and counted_series.group("n")[0].isdigit():
            first = counted_series.start("n")
        name = cap_words(tidy_name(text[first:stop]), NOUN_WORDS)
        if len(m.group().split()) < 3 and (len(name.split()) < 4 or text[m.end() : m.end() + 1] == ","):
            return  # 'hội nghị' alone names nothing in particular
        if not m.group().lower().startswith("vụ") and named_before(found, noun, name):
            return  # 'kỳ thi tới', 'kỳ thi với yêu cầu ...' after 'Kỳ thi THPT quốc gia năm 2017'
        if m.group().lower().startswith("vụ") and self._incident_noun(c, m, name, stop, related, series):
            return
        held = _HOLDS.search(text, start, m.end()) if start < m.start() else None
        # 'TAND tỉnh X mở phiên xử Y': who held it is part of how the text tells it.
        full = event_name(text[start:stop], ALIAS_WORDS) if held and held.end() == m.start() else ""
        self.add(name, lo, hi, m.start(), stop, basis, full=full)

    def _incident_noun(
        self, c: _Clause, m: re.Match[str], name: str, stop: int, related: bool, series: bool
    ) -> bool:
        """Return whether an incident noun ('vụ ...') is told already, names none, or was added here."""
        text, usable, spans, found, incidents = self.text, self.usable, self.spans, self.found, self.incidents
        lo, hi, start = c.lo, c.hi, c.start
        head = " ".join(m.group().lower().split())
        if len(name.split()) < 5 or head in incidents:
            return True  # 'vụ nổ mìn', 'Vụ tai nạn khiến ...': the case named in full elsewhere
        if _WHERE_TOLD.search(text, max(lo, m.start() - 40), m.start()):
            return True  # 'đoạn đường xảy ra vụ cháy ...': where the incident told before took place
        if _NONE_OF.search(text, max(lo, m.start() - 30), m.start()):
            return True  # 'không xảy ra bất cứ vụ bắt cóc nào': an incident denied
        told_in = next(
            (
                e
                for e in found
                if e.kind not in CASE_STEP_KINDS
                and families_of(name, False) & families_of(e.spans[0].text, False)
            ),
            None,
        ) if related else None
        if told_in is not None:
            # 'Liên quan tới vụ việc anh N. bị đâm chết ..., Công an quận X cho biết ...' after the
            # summary told the stabbing: the story's incident referred to, which the noun names best.
            told_in.spans.append(Span(m.start(), stop, text[m.start() : stop]))
            told_in.aliases.append(told_in.name)
            told_in.name, told_in.kind = name, told_in.kind or kind_of(name)
            return True
        crash = next(
            (
                e
                for e in found
                if families_of(name) & CRASH
                and (
                    families_of(e.spans[0].text) & CRASH
                    or _CRASH.search(e.spans[0].text) and _VEHICLE.search(e.spans[0].text)
                    or _GENERIC_CRASH_TOLD.match(e.name)  # 'vụ tai nạn giao thông khiến ...'
                )
            ),
            None,
        )
        if crash is not None and not series:
            # 'Vụ va chạm làm anh X tử vong tại chỗ' after the crash was told: that crash again.
            crash.spans.append(Span(m.start(), stop, text[m.start() : stop]))
            return True
        if not series:  # '7 vụ trộm cắp' leaves each theft of the series to be told in its turn
            incidents.add(head)
        if not (
            m.start() <= start + 2 or re.search(r"xảy\s+ra\s+$", text[lo : m.start()], re.IGNORECASE)
        ):
            # A case named as the object of another act; a series, dated by the span it ran over.
            ran = next((d for d in usable if m.start() < d.start < hi and d.start in spans), None)
            ran_basis = (
                (*date_of(ran, self.known(ran)), ran.text) if series and ran is not None else None
            )
            self.add(name, lo, hi, m.start(), stop, ran_basis)
            return True
        return False


def clause_events(
    ctx: Context,
    dates: list[DateMatch],
    org_at: dict[int, str],
    people_at: list[tuple[Span, str]],
    published: str | None,
    body_start: int,
    year_known: bool = True,
    reference_year: int | None = None,
    inferred: set[int] | None = None,
) -> list[Event]:
    """Return the happenings the report tells, one per clause that reports one, each dated.

    ``year_known``: whether yearless dates ('Ngày 12/3') were resolved against a known year; when
    not, they still mark a clause as dated, but give it no date, unless their offset is in
    ``inferred`` (a year read from a day the body writes in full).
    """
    story = _Story(
        ctx, dates, org_at, people_at, published, body_start, year_known, reference_year, inferred or set()
    )
    parts = _uncaptioned(ctx.text, _headed_parts(ctx.text, ctx.sentences), _report_captions(ctx))
    for n, (lo, hi) in enumerate(parts):
        story.told_before[n] = len(story.found)
        if hi <= body_start:
            continue
        if lo < body_start:
            continue
        # The clause itself: its date, what it tells, and the happening it names, if any.
        c = story.clause_at(n, lo, hi)
        story.date(c)
        story.drop_teller(c)
        story.weigh(c)
        story.skip_lead(c)
        story.find_act(c)
        story.take_act(c)
        story.cut_to_happening(c)
        if story.tells_happening(c):
            story.tell(c)
        # The happenings the part names in passing, each kind by its own words.
        story.case_steps(c)
        story.honours(c)
        story.appointments(c)
        story.stopped(c)
        story.examinations(c)
        story.missing(c)
        story.incidents_named(c)
        story.toll(c)
        story.nouns(c)
        for d in c.here:
            story.last.append((n, d))
    return story.found


def events(
    ctx: Context,
    report: str,
    days: list[DateMatch],
    org_at: dict[int, str],
    people_at: list[tuple[Span, str]],
    published: str | None,
    dates: list[DateMatch] | None = None,
    body_start: int = 0,
    year_known: bool = True,
    reference_year: int | None = None,
) -> list[Event]:
    """Return the events of the report: named meetings and ceremonies, then the happenings told.

    ``org_at`` and ``people_at`` give the units and persons named at each offset, so that an
    event's organiser, agent and participants can be read from the sentence around it.
    """
    inferred: set[int] = set()
    if not year_known:
        # No year known: a yearless day just after a day the body writes in full is of its year.
        years = inferred_years(ctx.text, [*(dates or []), *days], ctx.sentences)
        inferred = set(years)
        days = [moved_to_year(d, years.get(d.start)) for d in days]
        dates = [moved_to_year(d, years.get(d.start)) for d in dates] if dates is not None else None
    days = [
        d
        for d in days
        if not is_document_date(ctx.text, d) and date_of(d, year_known or d.start in inferred)[0]
    ]
    found = _keyword_events(ctx, days, org_at, people_at, published)
    used = {e.id for e in found}
    for event in clause_events(
        ctx,
        dates if dates is not None else days,
        org_at,
        people_at,
        published,
        body_start,
        year_known,
        reference_year,
        inferred,
    ):
        # (Any telling of a meeting: 'lễ hội X năm 2017' in a later sentence is the same festival's.)
        overlapping = [
            e for e in found if any(event.spans[0].start <= sp.start < event.spans[0].end for sp in e.spans)
        ]
        # 'tổ chức họp báo về Hội nghị X': the press conference is a happening of its own, not the meeting.
        press = _PRESS.search(event.name) is not None
        overlapping = [e for e in overlapping if not press or _PRESS.search(e.name)]
        if overlapping:
            absorb(overlapping, event.name, event.date)
            continue
        # 'tố cáo việc X bị Y đâm' is a complaint; the stabbing it reports is another happening.
        kin = [e for e in found if not _complaint_of(event.name, e.name)]
        if absorb([e for e in kin if not e.part_of], event.name, event.date) or any(
            same_happening(event.name, e.name) and not other_days(event.name, event.date, e.date) for e in kin
        ):
            continue
        base = slug(event.name)[:60].strip("-") or "event"
        event.id, k = base, 2
        while event.id in used:
            event.id, k = f"{base}-{k}", k + 1
        used.add(event.id)
        found.append(event)
    for event in found:
        year = _YEAR_IN_NAME.search(event.name) if event.date is None else None
        # 'phương án Kỳ thi X năm 2019', 'tổng kết năm 2016': a year planned or reviewed, not the act's.
        if year and _YEAR_EVENT_BLOCK.search(event.name, 0, year.start()):
            year = None
        if year:  # 'kỳ thi năm 2014', 'Đại hội đồng cổ đông lần 2/2017'
            event.date, event.date_precision, event.date_basis = year.group(1), "year", year.group()
    found = two_acts_each(found, used)
    found = one_trial_each(found, ctx.text)
    found = one_arrest_each(found, {name.split()[-1] for _, name in people_at if name.split()})
    people = {name for _, name in people_at if len(name.split()) > 1 and name.split()[0] in ctx.lex.surnames}
    found = one_incident_each(found)
    found = generic_incident_each(found)
    found = incident_retold(found)
    found = kindless_retold(found)
    found, incidents = incident_after_each(found, used)
    found = caption_yields(found, ctx.text, ctx.sentences)
    for event in found:
        name_the_doer(event, ctx.text, people_at)
        incident_parties(event)
        drop_stock_purpose(event)
        event.aliases = event_aliases(event)
        if event.id in incidents:  # the sentence's other wordings name the act, not the incident
            event.aliases = [a for a in event.aliases if same_happening(a, event.name)]
        act_over_setting(event)
        title_as_doer(event, people)
    found = one_wording_each(one_ceremony_each(found))
    for event in found:
        # Set last: the passes above read a kindless event as one no kind word names.
        event.kind = event.kind or act_kind(event.name)
    return found
