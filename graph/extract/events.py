"""Find events: named meetings and the acts within them, then the happenings a report tells.

Two passes. The keyword pass finds conferences, ceremonies and congresses by their nouns, with the
awards, gifts and decisions handed over at them. The clause pass reads every sentence that reports
a happening (a date or 'Sau đó' leads it, an authority's act is told as done, a case takes a step)
and names it by its clause: the subject when short, the verb and what it acts on. Each event is
dated by the date in or before its clause, else the nearest earlier one of its paragraph, and says
how (``date_basis``); one event per happening, however often the report tells it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from graph.facts import Event, Participant, Span
from graph.gazetteer import word_lists
from graph.text import RELATIVE_DAY_RE, DateMatch, fold_tones, relative_day, slug

from .context import Context

__all__ = ["events", "event_name"]

# The extractor's vocabulary: ontology/gazetteers/event_words.txt, one [section] a list.
_WORDS = word_lists("event_words.txt")

# A named event: the keyword and the words that describe it, up to the clause's end.
EVENT = re.compile(
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
ACTS = re.compile(
    r"(?P<act>(?:trao tặng|tặng|trao|khen thưởng)\s+(?:hoa(?:\s+chúc mừng)?|"
    # The award's full name, up to whom it goes to: 'Cờ thi đua của UBND tỉnh cho ...'.
    r"(?:giấy khen|bằng khen|huân chương|huy chương|cờ thi đua|kỷ niệm chương)"
    r"(?:(?:\s+[^\s,.;]+){1,10}?(?=\s+cho\s))?)"
    r"|(?:công bố|thông báo|trao)\s+(?:các\s+)?quyết định[^.;\n]*)",
    re.IGNORECASE,
)
ATTEND = re.compile(
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


def _keyword_events(
    ctx: Context,
    report: str,
    days: list[DateMatch],
    org_at: dict[int, str],
    people_at: list[tuple[Span, str]],
    published: str | None,
) -> list[Event]:
    """Return the conferences and ceremonies named by keyword, with the acts done at them."""
    text = ctx.text
    found: list[Event] = []
    main: Event | None = None
    used_ids: set[str] = set()

    def new_id(name: str) -> str:
        base = slug(name)[:60].strip("-") or "event"
        candidate, n = base, 2
        while candidate in used_ids:
            candidate, n = f"{base}-{n}", n + 1
        used_ids.add(candidate)
        return candidate

    captions = _captions(text, ctx.sentences)
    for sentence in ctx.sentences[1:]:
        lo, hi = sentence.start, sentence.end
        # A day in brackets is an aside ('(19/5/1890 - 19/5/2017)'), not the day of the event.
        asides = [(p.start(), p.end()) for p in _PAREN.finditer(text, lo, hi)]
        day = next(
            (
                d
                for d in days
                if lo <= d.start < hi
                and d.kind in ("day", "datetime")
                and not any(a <= d.start < b for a, b in asides)
            ),
            None,
        )
        persons_here = [(s, name) for s, name in people_at if lo <= s.start < hi]
        orgs_here = sorted((start, name) for start, name in org_at.items() if lo <= start < hi)
        for m in EVENT.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b, _ in captions):
                continue  # 'Quang cảnh hội nghị. Ảnh: X': the photo's, the text tells the meeting itself
            kind = KINDS[m.group("kind").lower()]
            before = text[lo : m.start()].lower()
            name = " ".join(m.group().split()).rstrip(" ,")
            term = TERM.search(name)
            if _REFERRED.search(text, max(lo, m.start() - 14), m.start()):
                continue  # 'Nghị quyết Đại hội XII': a document's source, not a happening here
            if _STOP_BEFORE.search(text, max(lo, m.start() - 20), m.start()):
                continue  # 'dừng tổ chức lễ hội X': the decision is the happening, the festival is not held
            if m.group("kind").lower() in ("tổng kết", "sơ kết") and "tổ chức" not in before[-20:]:
                continue  # the verb 'tổng kết mô hình ...', not a meeting
            stop = _phrase_end(text, m.end("kind"), hi)
            if _JOINED_EVENT.match(text, m.end(), hi):
                stop = min(stop, m.end())
            body = _SESSION_OF.match(text, stop, hi) if kind == "session" else None
            if body is not None:  # 'kỳ họp thứ 3, Quốc hội khóa XIV': whose session it is names it
                stop = body.end()
            if _BACK_REFERENCE.match(text, stop, hi) and re.match(r"\s+(?:đã|sẽ|được)\s", text[stop:hi]):
                continue  # 'mục tiêu mà Đại hội X đã đề ra': a meeting referred to
            cut = re.search(r"\s+cho\s", text[m.start() : stop])
            told = text[m.start() : m.start() + cut.start()] if cut else text[m.start() : stop]
            # 'Hội nghị X với các bộ, ngành về các giải pháp nhằm Y': what a meeting is held for names it.
            headed = kind in ("conference", "meeting", "session")
            purpose = _with_purpose(text, m.start(), stop, hi, headed=headed)
            full = _cap(_tidy(purpose or told), ALIAS_WORDS)
            name = _cap(_tidy(_with_purpose(text, m.start(), stop, hi) or told), NAME_WORDS + 6)
            # 'gia đình đưa cháu X về tổ chức lễ an táng': who held it, as the clause tells it.
            clause_start = _main_clause(text, lo, hi)[0]
            held = (
                event_name(f"{text[clause_start : m.start()]} {full}", ALIAS_WORDS)
                if clause_start < m.start()
                and _HELD_BY.search(text, clause_start, m.start())
                and len(text[clause_start : m.start()].split()) <= HOLDER_WORDS
                and ":" not in text[clause_start : m.start()]  # a heading run into the sentence
                else ""
            )
            organizer = next((o for s, o in reversed(orgs_here) if s < m.start()), None)
            if len(name.split()) <= 5 and organizer and "tổ chức" in before[-20:] and " của " not in name:
                name = f"{name} của {organizer}"  # 'Phiên họp thứ ba' alone could be anyone's
            sitting = _SITTING.match(text, m.start(), hi) if kind == "session" else None
            if sitting is not None and re.search(r"(?:sau|trước|kết\s+quả)\s+$", before):
                sitting = None  # 'tiếp xúc cử tri sau Kỳ họp thứ ba, ...': the meeting after it is the event
            if sitting is not None:
                # 'Kỳ họp thứ 3, Quốc hội khóa XIV': a numbered sitting of a named body is one of a kind.
                name = full = " ".join(sitting.group().split())
            if not (
                "tổ chức" in before[-20:]
                or sitting is not None
                or kind == "congress"
                and term
                or "khai mạc" in before[-20:]
                or day is not None
            ):
                continue
            if main is not None and kind == "conference" and day is None:
                continue
            twin = next(
                (e for e in found if not e.part_of and _fold(e.name) ^ _fold(name) <= _fold("năm")), None
            )
            if twin is not None:
                # A photo caption and the text tell the same meeting in the same words ('lễ hội X 2017',
                # 'lễ hội X năm 2017'): one event.
                told = m.group().rstrip(" ,")
                twin.spans.append(Span(m.start(), m.start() + len(told), told))
                continue
            event = Event(
                id=new_id(name),
                name=name,
                kind=kind,
                date=day.begin.isoformat() if day else None,
                date_basis=day.text if day else None,
                organizer=organizer if "tổ chức" in before else None,
                term=list(term.groups()) if term else [],
                quote=" ".join(text[lo:hi].split()),
                spans=[Span(m.start(), m.start() + len(m.group().rstrip(" ,")), m.group().rstrip(" ,"))],
                aliases=[full] * (len(full.split()) > len(name.split())) + [held] * bool(held),
            )
            if kind == "congress" and term and not day:
                event.date = None
            found.append(event)
            if main is None and kind in ("conference", "session", "meeting", "ceremony"):
                main = event
        if main is None:
            continue
        for m in ATTEND.finditer(text, lo, hi):
            for span, name in persons_here:
                adjacent = span.end <= m.start() and text[span.end : m.start()].strip() == ""
                if adjacent and not any(p.person == name for p in main.participants):
                    main.participants.append(Participant(person=name, role=m.group("role")))
        for m in ACTS.finditer(text, lo, hi):
            agent = next((name for s, name in reversed(persons_here) if s.end <= m.start()), None)
            if agent is None:
                agent = next((o for s, o in reversed(orgs_here) if s < m.start()), None)
            recipients = []
            for s, o in orgs_here:
                if s >= m.end() or (m.start() < s < hi and "quyết định" in m.group().lower()):
                    recipients.append(o)
            act = " ".join(m.group("act").split())
            if "quyết định" in act.lower() and (
                _fold(re.split(r"\s+quyết\s+định", act, flags=re.IGNORECASE)[0] + " quyết định")
                <= _fold(main.name)
                or re.match(r"\S+\s+quyết\s+định\s+có\s", act, re.IGNORECASE)
            ):
                continue  # the handing over the ceremony is named for, or a list of who attended it
            short = _cap(re.split(r"\s+(?:cho|tại|nhằm|để)\s+", act)[0], NAME_WORDS + 6)
            giver = _GIVER.search(text, max(lo, m.start() - 80), m.start())
            # 'Chủ tịch UBND tỉnh tặng Bằng khen': who gives it, as the text tells it.
            given = f"{' '.join(giver.group('who').split())} {short}" if giver else ""
            sub = Event(
                id=new_id(short),
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
            twin = next(
                (
                    e
                    for e in found
                    if e.part_of == main.id
                    and (
                        e.agent == agent
                        and (_fold(e.name) <= _fold(sub.name) or _fold(sub.name) <= _fold(e.name))
                        or sub.kind == e.kind == "announcement"
                    )
                ),
                None,
            )
            if twin is not None:
                # The same act told twice (a photo caption and the text), once in short: one event.
                if len(sub.name.split()) > len(twin.name.split()) and twin.kind == sub.kind != "announcement":
                    twin.name, twin.aliases = sub.name, sub.aliases
                twin.recipients += [r for r in sub.recipients if r not in twin.recipients]
                twin.spans += sub.spans
                sub = twin
            else:
                found.append(sub)
            count = AWARD_COUNT.search(text, m.end(), hi)
            if count:
                sub.recipients_count[count.group(2)] = int(count.group(1))
                if count.group(3):
                    sub.recipients_count[count.group(4)] = int(count.group(3))
    if main is not None and main.date is None and published:
        main.date = published[:10]
    return found


# ------------------------------------------------------------------------------------------
# Happenings told clause by clause: "Ngày 8/1, Công an huyện X đã khởi tố vụ án ...".
# ------------------------------------------------------------------------------------------

_B = r"(?<![^\W_])"  # at a word's start
_E = r"(?![^\W_])"  # at a word's end


def _words(*phrases: str) -> str:
    """Return an alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


# Words between a subject and its verb that say when or how, not what: dropped from names.
AUXILIARIES = _WORDS["auxiliaries"]
# 'cùng với ông X' is a preposition ('with'), not the auxiliary 'cùng' ('together').
_NOT_AUX = r"(?!(?<=cùng)\s+với(?![^\W_]))"
_AUX_RUN = re.compile(rf"^(?:(?:{_words(*AUXILIARIES)}){_E}{_NOT_AUX}\s*)+", re.IGNORECASE)
_AUX = re.compile(rf"{_B}(?:{_words(*AUXILIARIES)}){_E}{_NOT_AUX}\s*", re.IGNORECASE)
# Verbs that report a happening: a step of a case, an accident, an official act, a meeting.
ACT_VERBS = _WORDS["act_verbs"]
_ACT = re.compile(rf"{_B}(?:{_words(*ACT_VERBS)}){_E}", re.IGNORECASE)
# Verbs of a crime or an accident: what a report's summary paragraph tells as its main happening.
STORY_VERBS = _WORDS["story_verbs"]
_STORY = re.compile(rf"{_B}(?:{_words(*STORY_VERBS)}){_E}", re.IGNORECASE)
# Verbs that tell the same kind of act: a summary's 'đâm' is the body's 'làm trọng thương'.
STORY_FAMILIES = tuple(tuple(f.split(" | ")[1:]) for f in _WORDS["story_families"])
VIOLENT = {i for i, f in enumerate(_WORDS["story_families"]) if f.startswith("violent |")}
# Thefts and frauds: like attacks, a story may tell several, each after a day of its own.
TAKING = {i for i, f in enumerate(STORY_FAMILIES) if "cướp" in f}
CUSTODY = {i for i, f in enumerate(STORY_FAMILIES) if "tạm giữ" in f}
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
INCIDENT_SHARE = 0.6  # of the words of 'vụ X' a summary's name must hold to be the incident told again
RETOLD_WORDS = 3  # syllables besides the verb a retelling shares with the summary


# 'tội Giết người', 'về hành vi “cướp giật ...”', 'khởi tố vụ án giết người': the act named as a charge
# ('có hành vi đánh' tells it done).
_CHARGE_NAMED = re.compile(
    r"(?<![^\W_])(?:tội|về\s+hành\s+vi|khởi\s+tố\s+vụ\s+án)\s*[“\"]?\s*$", re.IGNORECASE
)


def _families(text: str, charges: bool = True) -> set[int]:
    """Return the kinds of act (indices into STORY_FAMILIES) the verbs of ``text`` tell, charges or not."""
    verbs = {
        " ".join(m.group().lower().split())
        for m in _STORY.finditer(text)
        if charges or not _CHARGE_NAMED.search(text, max(0, m.start() - 24), m.start())
    }
    return {i for i, family in enumerate(STORY_FAMILIES) if verbs & set(family)}


# 'tội giết người' is a charge, 'vụ nổ' a noun, 'không khởi tố' no act, 'từng bị' the past: no happening;
# 'thời điểm phát hiện thi thể', 'nơi phát hiện xác', 'thông tin phát hiện thi thể': the act as a setting.
_NOT_STORY = re.compile(
    rf"{_B}(?:tội|tội\s+danh|vụ|án|không|chưa|chứ|định|thời\s+điểm|nơi|khu\s+vực|thông\s+tin)\s+$"
    # 'Thời điểm bị tàu hỏa tông tử vong, trên người nạn nhân ...': when it befell, as a setting.
    rf"|{_B}thời\s+điểm\s+bị(?:\s+\S+){{0,3}}\s+$"
    # 'bác thông tin xảy ra hiếp dâm tại trường': a rumour denied.
    rf"|{_B}(?:bác(?:\s+bỏ)?|phủ\s+nhận)\s+(?:các\s+)?(?:thông\s+tin|tin\s+đồn)(?:\s+\S+){{0,3}}\s+$"
    rf"|{_B}từng(?:\s+\S+){{0,3}}\s+$",
    re.IGNORECASE,
)
# 'Nghi phạm giết X được người dân nhận xét ...': the act only says who the subject is.
_PASSIVE_AFTER = re.compile(rf"{_B}(?:được|bị)\s+(?!(?:thương|cáo|can|hại){_E})", re.IGNORECASE)


_TOLD = re.compile(rf"\s+(?:(?:vừa|mới)\s+)?xảy\s+ra(?:\s+trên\s+địa\s+bàn(?:\s+này)?)?{_E}", re.IGNORECASE)


_OCCURRED = re.compile(r"\S+(?:\s+\S+){0,4}?\s+xảy\s+ra(?![^\W_])", re.IGNORECASE)
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


# 'bắt buộc', 'bắt gặp', 'bắt tay': 'bắt' and the next syllable are another word. ('bắt đầu' is left: a
# start a story sums up, 'bắt đầu thực hiện thí điểm ...', is a happening too.)
_NOT_STORY_WORD = re.compile(
    rf"(?<=bắt)\s+(?:buộc|gặp|tay|chước|nhịp|kịp|mắt|nguồn|mối|sóng|bài|chuyện|nạt){_E}", re.IGNORECASE
)
# A subject of its own after 'nên': a name, or who it is ('hắn', 'đối tượng', 'người chồng').
_NEW_SUBJECT = re.compile(
    rf"\s+(?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
    rf"|(?:hắn|gã|y|thị|chúng|nhóm|{_words(*_WORDS['doer_nouns'], *_WORDS['befallen_subjects'])}){_E})",
    re.IGNORECASE,
)


def _story_verb(text: str, lo: int, hi: int, kinds: set[int] | None = None) -> int | None:
    """Return where the clause of a sentence's last told crime or accident starts, or None.

    The clause runs from the last comma before its verb (commas in brackets do not count), and no
    cut ('khi', 'vì', ...) may stand between them.
    """
    for verb in reversed(list(_STORY.finditer(text, lo, hi))):
        if kinds is not None and not _families(verb.group()) & kinds:
            continue
        if _NOT_STORY_WORD.match(text, verb.end()):
            continue  # 'bắt buộc', 'bắt gặp': another word than the act
        if _NOT_STORY.search(text, max(lo, verb.start() - 30), verb.start()):
            continue
        before = _PAREN.sub(lambda p: " " * len(p.group()), text[lo : verb.start()])
        start = lo + before.rfind(",") + 1
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
        cut = _CUT.search(text, verb.end(), hi)
        if _CUT.search(text, start, verb.start()) is None and not _PASSIVE_AFTER.search(
            text, verb.end(), cut.start() if cut else hi
        ):
            return start
    return None


def _taken_by_doer(text: str, start: int, hi: int, names: set[str]) -> bool:
    """Whether the clause from ``start`` tells a named doer taking something ('Tý phá khóa rồi dắt xe đi').

    ``names``: the persons' names and the last one or two words of each; the doer must be one of them,
    so that 'Tiền trộm được', 'Băng cướp', 'Những chuyện lừa dối' tell no act.
    """
    act = _STORY.search(text, start, hi)
    if act is None or not _families(act.group()) & TAKING:
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
    rf"{_B}(?:ý\s+định|lập\s+mưu|âm\s+mưu|kế\s+hoạch|bàn\s+bạc|rủ|định|cơ\s+hội|chờ){_E}", re.IGNORECASE
)
# 'xe container bị nổ lốp khiến tài xế ..., lao lên dải phân cách và đâm vào trụ điện': a crash, told once.
_CRASH = re.compile(rf"(?:đâm|tông|va\s+chạm|lật){_E}", re.IGNORECASE)
_VEHICLE = re.compile(rf"{_B}(?:xe|ô\s*tô|tàu|tài\s+xế|lái|điều\s+khiển){_E}", re.IGNORECASE)
# A killing a summary told and a clause tells once more is that killing retold.
_DEATH = re.compile(rf"{_B}(?:tử\s+vong|chết|sát\s+hại|giết|thiệt\s+mạng){_E}", re.IGNORECASE)
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
_FULL_STOP = re.compile(r"[.!?](?=\s|$)")


def _sentence_end(text: str, at: int) -> int:
    """Return where the sentence holding ``at`` ends ('TP.HCM' does not end it)."""
    stop = _FULL_STOP.search(text, at)
    return stop.start() if stop else len(text)


SUMMARY_WORDS = 80  # a first paragraph this short is the report's summary, not its body
SPEECH_VERBS = _WORDS["speech_verbs"]
# Verbs that only report speech: the clause is a quote, not a happening.
# 'thăm hỏi', 'hỏi thăm' (to visit) are no speech.
_SPEECH = re.compile(
    rf"^\s*(?:\S+\s+){{0,12}}?(?<!thăm\s)(?:{_words(*SPEECH_VERBS)}){_E}(?!\s+thăm{_E})",
    re.IGNORECASE,
)
# Nouns that name a meeting, a hearing or an incident: the phrase they head is an event.
EVENT_NOUNS = _WORDS["event_nouns"]
_NOUN = re.compile(rf"{_B}(?:{_words(*EVENT_NOUNS)}){_E}(?!(?<=thảo)\s+luận{_E})", re.IGNORECASE)
LEAD_WORDS = _WORDS["lead_words"]
# A lead segment before the clause's subject: time, place, source, manner.
_LEAD = re.compile(
    rf"\s*(?:{_words(*LEAD_WORDS)}){_E}",
    re.IGNORECASE,
)
_SAID = re.compile(
    rf"(?:{_words('cho biết', 'nói', 'khẳng định', 'thông tin', 'cho hay', 'xác nhận')})\s*$", re.IGNORECASE
)
_SAID_COMMA = re.compile(
    rf"{_B}(?:{_words('cho biết', 'cho hay', 'thông tin', 'xác nhận')})\s*,\s", re.IGNORECASE
)
# 'Công an huyện X cho biết vừa bắt giữ ...': a unit telling its own act; the act is the happening.
# 'ông X cho biết các trinh sát đã bắt giữ ...': the reported clause has a subject of its own, and that
# clause alone is the happening.
_SAID_ACT = re.compile(
    rf"^(?:\S+\s+){{1,14}}?(?P<said>(?:{_words('cho biết', 'cho hay', 'thông tin', 'xác nhận')})\s*,?\s+)"
    rf"(?P<who>(?:[^\s,]+\s+){{1,8}}?(?=(?:vừa|mới|đã)\s))?"
    # 'vừa mật phục bắt quả tang', 'đã xác định và đang tạm giữ': how it was done may come before the act.
    rf"(?=(?:vừa|mới|đã|đang)\s+(?:\S+\s+){{0,4}}(?:{_words(*ACT_VERBS)}){_E})",
    re.IGNORECASE,
)
# The teller named again in what it reports: 'đơn vị này', 'lực lượng trên', 'họ'.
_VAGUE_WHO = re.compile(
    r"(?:(?:đơn\s+vị|cơ\s+quan|lực\s+lượng)(?:\s+(?:này|trên))?|họ|chúng\s+tôi)", re.IGNORECASE
)
# 'Xe máy do X điều khiển đâm vào ...': who drove the vehicle, no cause; the clause goes on.
_DRIVEN_BY = r"(?!(?:\s+[^\s,.;:]+){1,6}?\s+(?:điều\s+khiển|cầm\s+lái|lái)(?![^\W_]))"
# Where a clause's description ends.
_CUT = re.compile(
    rf"\s*(?:;|(?<!tội)(?<!vụ\sán)(?<!án\shình\ssự):|[!?]|\.\.\.|…|,?\s+(?:nhưng|song|(?<!sau\s)(?<!trước\s)khi|nhằm|vì(?!\s+tội)|do{_DRIVEN_BY}|mà|nhân\s+dịp|là\s+(?:ông|bà)|(?:thành\s+phần\s+)?gồm(?:\s+có)?|trong\s+đó|và\s+(?:mong|hy\s+vọng|kỳ\s+vọng)){_E}|,\s+(?:trong\s+đó|bởi|theo|tuy)\s)",
    re.IGNORECASE,
)
# A clause cut at 'khi' ('bị bắt khi ...'): what it was doing then belongs to its fuller wording.
_WHEN_CUT = re.compile(rf",?\s+khi{_E}", re.IGNORECASE)
_CHARGE_LIST = re.compile(r"(?<![^\W_])tội\s*:", re.IGNORECASE)
_CHARGE_COLON = re.compile(r"(?<=vụ\sán)\s*:|(?<=án\shình\ssự)\s*:", re.IGNORECASE)


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
    while cut is not None and _TEAM.search(text, start, cut.start()):
        # 'lập Đoàn kiểm tra do Thanh tra Bộ chủ trì': who leads a team is part of the team's name;
        # 'thành lập đoàn gồm X và Y đến Z để ...': so are its members, when it goes on to where it is sent.
        led = _LED_BY.match(text, cut.start(), hi) or _MEMBERS_SENT.match(text, cut.start(), hi)
        if led is None:
            break
        cut = _CUT.search(text, led.end(), hi)
    return cut


# A team ('Đoàn kiểm tra', 'tổ công tác') just named; who leads it: 'do X chủ trì', 'do Y làm trưởng đoàn'.
_TEAM = re.compile(rf"{_B}(?:đoàn|tổ\s+công\s+tác|ban\s+chỉ\s+đạo)(?:\s+\S+){{0,3}}\s*$", re.IGNORECASE)
_SENT = r"(?:đến|tới|về|xuống|lên)"
_MEMBERS_SENT = re.compile(rf",?\s+gồm(?:\s+có)?\s+[^,;:.]{{2,80}}?\s+(?={_SENT}\s)", re.IGNORECASE)
# 'đoàn gồm Thanh tra sở và bộ phận tổ chức cán bộ đến X': the members go, the team stays in the name.
_TEAM_MEMBERS = re.compile(
    rf"(?:(?<=đoàn)|(?<=công\stác))\s+gồm(?:\s+có)?\s+[^,;:.]{{2,80}}?(?=\s+{_SENT}\s)", re.IGNORECASE
)
_LED_BY = re.compile(
    rf",?\s+do\s+[^,;.]{{2,60}}?\s+(?:chủ\s+trì|làm\s+trưởng\s+đoàn|làm\s+trưởng\s+ban|dẫn\s+đầu|phụ\s+trách){_E}",
    re.IGNORECASE,
)


# 'gồm: Lê Văn A', 'gồm Lê Văn A': a list of people after the number taken in.
_PEOPLE_LISTED = re.compile(r",?\s+gồm(?:\s+có)?\s*:?\s*(?-i:[A-ZĐ])", re.IGNORECASE)
_TAKEN = re.compile(r"(?<![^\W_])(?:đối\s+tượng|nghi\s+phạm|nghi\s+can|bị\s+can|bị\s+cáo)\s*$", re.IGNORECASE)


_PAREN = re.compile(r"\s*\([^()]*\)")
_LEAD_END = re.compile(r"[,;:](?=\s)")  # 'Hôm qua (23.5), sau khi ...; ngay lập tức, X ...'
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
_SUBJECT_END = re.compile(
    rf"\s+(?:(?:{_words(*AUXILIARIES)}){_NOT_AUX}\s+(?!(?:nhất|đây){_E}))+|\s+(?:bị(?!\s+(?:cáo|can|hại|thương|{_STATES}){_E})|được){_E}"
    rf"|\s+(?=(?:có|ra|ban\s+hành)\s+(?:{_words(*WRITTEN_ACTS)}){_E})",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\s+(?:(?:đã|sẽ|vừa)\s+)?(?:diễn\s+ra|được\s+tổ\s+chức|khai\s+mạc|kết\s+thúc)(?![^\W_])", re.IGNORECASE
)
_THEN = re.compile(r".*,\s*(?:rồi|sau\s+đó|thì)\s+", re.IGNORECASE)
_LEAD_TIME = re.compile(r"^(?:trong\s+)?(?:tháng|quý|năm)\s+[0-9IV]\S*\s+(?=\S+\s)", re.IGNORECASE)
_CARRY_OUT = re.compile(r"^(?:tiến\s+hành|thực\s+hiện)\s+(?=\S+\s)", re.IGNORECASE)
# "có mặt" (to be present) is one verb, no "có" to strip.
_VERB_HEAD = re.compile(r"^(?:có(?!\s+mặt)|ra|tiến\s+hành|thực\s+hiện)\s+", re.IGNORECASE)
_NOT_DATED = re.compile(rf"\s*(?:{_words('trước đó', 'sau đó', 'trước khi', 'sau khi')}){_E}", re.IGNORECASE)
# 'rồi mới', 'thì mới': 'only then', not 'recently'; 'mới đây đã mở', 'vừa qua đã ký': recently too.
_RECENT = re.compile(
    rf"{_B}(?<!rồi\s)(?<!thì\s)(?:vừa|mới)(?:\s+(?:đây|qua){_E})?\s+(?:đã\s+)?(?:\S+\s+)?(?={_ACT.pattern})",
    re.IGNORECASE,
)
# 'X sẽ bàn giao ...', 'dự kiến tổ chức': an act to come is no happening yet; 'có thể bị phạt': a rule's.
_FUTURE = re.compile(
    rf"^[^,;]{{0,80}}?{_B}(?:sẽ|sắp|dự\s+kiến|có\s+thể)\s+(?:\S+\s+){{0,2}}?(?={_ACT.pattern})", re.IGNORECASE
)
# 'Không phát hiện chất cấm', 'chưa khởi tố': a clause whose first act is denied tells no happening.
# 'không phát hiện', 'không thể bắt', and put off: 'phải dời lại ngày tuyên án', 'hoãn phiên xét xử'.
_DENIAL = re.compile(
    rf"{_B}(?:(?:không|chưa|chẳng)\s+(?:(?:hề|được|bị|thể)\s+)?|(?:dời|hoãn|lùi)(?:\s+lại)?(?:\s+(?:ngày|phiên|việc))?\s+)$",
    re.IGNORECASE,
)
_PAST_ACT = re.compile(rf"{_B}(?:đã|bị|được|vừa|mới)\s+(?:\S+\s+)?(?={_ACT.pattern})", re.IGNORECASE)
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
_FIGURES = re.compile(
    rf"{_B}(?:tăng|giảm|so\s+với){_E}[^.;]*?[0-9]|[0-9][^.;]*?{_B}(?:tăng|giảm|so\s+với){_E}", re.IGNORECASE
)
_SPAN_START = re.compile(rf"{_B}(?:từ|kể\s+từ)\s+$", re.IGNORECASE)
_DEADLINE = re.compile(rf"{_B}(?:trước|đến|tới|hết|chậm\s+nhất)\s+$", re.IGNORECASE)
CASE_VERBS = _WORDS["case_verbs"]
_CASE_STEP = re.compile(
    rf"{_B}bị(?P<by>\s+(?!(?:cáo|can|hại){_E})(?:[^\s,]+\s+){{0,6}}?)(?P<verb>{_words(*CASE_VERBS)}){_E}",
    re.IGNORECASE,
)
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
SUBJECT_WORDS = 8  # a subject longer than this before 'đã bị' holds a clause of its own
_COUNTED_ACCUSED = re.compile(
    rf"{_B}(?:[0-9]+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:bị\s+cáo|bị\s+can|đối\s+tượng)\s+$",
    re.IGNORECASE,
)
HONOURS = _WORDS["honours"]
_HONOURED = re.compile(
    rf"{_B}được\s+(?:{_words(*HONOURS)}){_E}",
    re.IGNORECASE,
)
# People counted, then honoured by whom: '41 chiến sĩ có thành tích xuất sắc đã được CATP Hà Nội khen thưởng'.
_PRAISED = re.compile(
    rf"{_B}(?:[0-9]+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    rf"(?:chiến\s+sĩ|cán\s+bộ|tập\s+thể|cá\s+nhân|đơn\s+vị|học\s+viên|tân\s+binh|đồng\s+chí)"
    rf"(?:\s+[^\s;.]+){{0,10}}?\s+(?:(?:đã|vừa|mới)\s+)?được(?:\s+[^\s,;.]+){{0,5}}?\s+"
    rf"(?P<verb>khen\s+thưởng|tuyên\s+dương|tặng\s+(?:bằng|giấy)\s+khen){_E}",
    re.IGNORECASE,
)
_AUX_IN_NAME = re.compile(rf"\s+(?:{_words(*AUXILIARIES)})(?=\s+được\s)", re.IGNORECASE)
_HONORIFICS = ("ông", "bà", "anh", "chị", "đồng chí")


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
OFFICIAL_VERBS = _WORDS["official_verbs"]
# An authority's act told as done ('đã ký', 'đã ban hành quyết định'): news, dated or not.
_OFFICIAL_ACT = re.compile(
    # 'đã cùng ký', 'đã đồng loạt khám xét': who else did it says nothing of whether it was done.
    rf"{_B}(?:đã|vừa|mới)\s+(?:(?:trực\s+tiếp|chính\s+thức|kịp\s+thời|cùng|đồng\s+loạt)\s+)?"
    # 'đã tiến hành khám xét', 'đã ra lệnh khởi tố': the act carried out or ordered is the act itself;
    # 'đã đến kiểm tra': the act gone to do.
    rf"(?:(?:(?:tiến\s+hành|ra\s+lệnh|đến|tới|xuống)\s+)?(?:{_words(*OFFICIAL_VERBS)})"
    # 'đã xuống kiểm tra', 'vừa về làm việc': an inspection or a working visit gone to, not a tally.
    rf"|(?:đến|tới|xuống|về)\s+(?:kiểm\s+tra|làm\s+việc)){_E}",
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
_POLICE_ACT = re.compile(
    rf"(?<=\S\s)(?<!bị\s)(?<!được\s)(?:{_words(*_WORDS['police_acts'])}){_E}(?!\s+án{_E})", re.IGNORECASE
)
# People held against their will, counted: 'người dân đã giữ 38 cán bộ, chiến sĩ', 'bức xúc, giữ 20 người'.
_HOSTAGES = re.compile(
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


def _police_act(clause: str) -> bool:
    """Whether a clause tells the police's act on someone ('công an ập vào ..., bắt quả tang X')."""
    act = _POLICE_ACT.search(clause)
    # 'X bị Cơ quan CSĐT, Công an tỉnh Y khởi tố và bắt tạm giam': what befell X; 'để khẩn trương truy bắt':
    # what is meant to be done.
    return act is not None and not _FIRE.search(clause) and not _NOT_DONE_BEFORE.search(clause[: act.start()])


_NOT_DONE_BEFORE = re.compile(
    rf"{_B}(?:bị|được|để|nhằm|sẽ|cần|phải|tại\s+sao|vì\s+sao|quy\s+định)\s(?:[^,;.]*,){{0,2}}[^,;.]{{0,60}}$"
    # 'Quá trình khám xét, ...', 'việc bắt giữ X thể hiện ...', 'hiện trường vụ bắt giữ', 'Công tác bao vây
    # hiện trường ...': the act as a noun;
    # 'tội bắt giữ người trái pháp luật' a charge; 'rình bắt quả tang' a plan.
    rf"|{_B}(?:quá\s+trình|(?<!tổ\s)(?<!đoàn\s)công\s+tác|việc|vụ|cảnh|trong\s+lúc|tội|rình|định|muốn)\s+$",
    re.IGNORECASE,
)


# 'Công an X đang tạm giữ hình sự Y', 'A, B đang lần lượt bị khởi tố': a custody told as ongoing was news.
_IN_CUSTODY = re.compile(
    rf"{_B}đang\s+(?:lần\s+lượt\s+)?(?:bị\s+)?(?:{_words('tạm giữ', 'tạm giam', 'khởi tố')}){_E}",
    re.IGNORECASE,
)
# The words of a court's name between it and its ruling: 'TAND tỉnh X', 'Tòa sơ thẩm', 'TAND Cấp cao tại Y'.
_COURT_NAME = _words(
    "tỉnh", "huyện", "quận", "thị xã", "thành phố", "TP", "tại", "cấp", "cao", "tối cao",
    "sơ thẩm", "phúc thẩm", "nhân dân",
)
# A court's ruling is told as done, with or without 'đã': 'Từ đó tòa tuyên phạt bị cáo 12 năm tù'.
_VERDICT = re.compile(
    rf"{_B}(?:{_words(*_WORDS['courts'])})(?:\s+(?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])[^\s,;.()]*|{_COURT_NAME}){_E}){{0,8}}?"
    # 'TAND TP Sầm Sơn (Thanh Hóa) đã tuyên phạt': the court's province in brackets.
    rf"(?:\s*\([^()]{{1,40}}\))?\s+(?:(?:đã|vừa|mới|cũng)\s+)?"
    rf"(?:{_words(*_WORDS['verdict_verbs'])}){_E}",
    re.IGNORECASE,
)
# After a ruling, 'và' and a lower-case word (not another defendant) add what else it orders.
_MORE_PENALTY = re.compile(rf"\s+và\s+(?!(?:bị\s+cáo|đồng\s+phạm){_E})(?-i:[^\W\d_A-ZĐ])", re.IGNORECASE)
# A visit told as done, undated: 'Bộ trưởng X đã đến Bệnh viện Y thăm hỏi ...', 'đoàn vừa về thăm ...'.
_VISIT = re.compile(
    rf"{_B}(?:đã|vừa|mới)\s+(?:(?:đến|tới|về|xuống|lên|vào|ra)(?:\s+[^\s,;.]+){{0,8}}?\s+)?"
    rf"(?:thăm(?:\s+hỏi)?|hỏi\s+thăm|chúc\s+Tết|thăm\s+và\s+làm\s+việc){_E}",
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
_DELEGATION = re.compile(
    rf"{_B}đoàn(?:\s+(?:công\s+tác|kiểm\s+tra|thanh\s+tra|giám\s+sát|liên\s+ngành|cán\s+bộ))?(?:\s+[^\s,;.]+){{0,6}}?"
    rf"\s+(?:(?:đã|vừa|mới)\s+)?(?:đến|tới|lên|về|xuống|ra)\s+(?:thăm\s+|làm\s+việc\s+(?:tại|với)\s+)?(?-i:[A-ZĐ])",
    re.IGNORECASE,
)
# An award among the acts of ACTS (not flowers, not a decision).
_AWARD_WORD = re.compile(r"khen|huân chương|huy chương|cờ thi đua|kỷ niệm chương", re.IGNORECASE)
# 'được Chủ tịch UBND huyện trao ...', 'được ông X, Chủ tịch UBND huyện này trao ...': who gives it.
_AWARDED_BY = re.compile(r"(?<![^\W_])được\s+(?P<who>[^;.]{2,80}?)\s*$", re.IGNORECASE)
_HELD_AWARD = re.compile(rf"{_B}tổ\s+chức\s+(?:khen\s+thưởng|trao\s+thưởng|tuyên\s+dương){_E}", re.IGNORECASE)
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
_PERIOD_WORDS = re.compile(
    rf"{_B}(?:năm|tháng|quý|tuần|đợt|từ\s+đầu|thời\s+gian|giai\s+đoạn|cao\s+điểm|qua|đến\s+nay|liên\s+tiếp){_E}",
    re.IGNORECASE,
)


def _tally(clause: str) -> bool:
    """Whether a clause tells a period's tally ('triệt phá 28 băng nhóm'), not one act on people counted."""
    tally = _SUMMARY.search(clause)
    if tally is None:
        return False
    return not (_PEOPLE_COUNTED.match(clause, tally.end()) and not _PERIOD_WORDS.search(clause))


_APPOINTED = re.compile(
    r"(?<![^\W_])bổ\s+nhiệm\s+(?P<who>(?:ông|bà|đồng\s+chí)\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.]*\s*){2,4})"
    r"(?:,[^;.]{0,120}?,)?\s*(?P<post>(?:vào\s+chức\s+danh|giữ\s+chức(?:\s+vụ)?|làm)\s[^;.]{3,160})"
)
_HANDED_DECISION = re.compile(rf"{_B}(?:trao|công\s+bố)\s+quyết\s+định{_E}", re.IGNORECASE)
STOP_VERBS = _WORDS["stop_verbs"]
# A decision to stop, suspend or take back, told as decided or done: 'Sở X đã yêu cầu thu hồi phù hiệu
# ...', 'thành phố quyết định dừng tổ chức lễ hội ...' ('theo quyết định đình chỉ' is the paper, not news).
_STOPPED = re.compile(
    rf"{_B}(?:(?:đã|vừa|mới)\s+(?:(?:{_words(*_WORDS['decision_verbs'])})\s+)?"
    rf"|(?<=[^\W\d_]\s)(?<!ra\s)(?<!theo\s)(?<!có\s)(?<!các\s)(?<!một\s)(?<!bản\s)(?<!hành\s)(?<!số\s)(?<!những\s)"
    rf"(?-i:quyết\s+định)\s+)(?P<act>{_words(*STOP_VERBS)}){_E}",
    re.IGNORECASE,
)
_STOP_BEFORE = re.compile(rf"{_B}(?:{_words(*STOP_VERBS)}){_E}\s+$", re.IGNORECASE)
# Where the act decided ends: its purpose, what it follows, the next act of the list (a comma
# before a list's next item does not end it).
_STOPPED_END = re.compile(
    rf",(?=\s*(?:[^\s,]+\s+){{0,3}}?(?:{_words(*_WORDS['clause_words'])}){_E})"
    rf"|\s+(?:để|nhằm|sau|trước|kể\s+từ|từ\s+ngày|cho\s+đến)\s|\s+và\s+(?=(?:{_words(*STOP_VERBS)}){_E})",
    re.IGNORECASE,
)
# The sixty-year cycle that names lunar years: 'Đinh Dậu' is 2017, 'Mậu Tuất' 2018.
STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_BRANCH_SPELLINGS = {"mẹo": "mão", "tị": "tỵ"}
_LUNAR_NEW_YEAR = re.compile(
    rf"{_B}Tết\s+(?:Nguyên\s+[Đđ]án\s+)?(?P<stem>{_words(*STEMS)})\s+"
    rf"(?P<branch>{_words(*BRANCHES, *_BRANCH_SPELLINGS)}){_E}",
    re.IGNORECASE,
)
LUNAR_YEARS_FROM = 1984  # the cycle read within 1984-2043, the years a report of today can mean


def _lunar_year(stem: str, branch: str) -> int:
    """Return the year in 1984-2043 the cycle names with ``stem`` and ``branch``."""
    branch = _BRANCH_SPELLINGS.get(branch.lower(), branch.lower())
    s, b = STEMS.index(stem.lower()), BRANCHES.index(branch)
    # 1984 is Giáp Tý (0, 0); the year with stem s and branch b is where both cycles meet.
    return next(
        y
        for y in range(LUNAR_YEARS_FROM, LUNAR_YEARS_FROM + 60)
        if (y - 1984) % 10 == s and (y - 1984) % 12 == b
    )


_YEAR_LEAD = re.compile(r"\s*(?:vào\s+|trong\s+)?năm\s+(?:19|20)[0-9]{2}", re.IGNORECASE)
# A step of a case or a ruling, told of someone ('bị tuyên án', 'bị bắt', 'lãnh án'): news of its year.
_CASE_YEAR = re.compile(
    rf"{_B}(?:(?:bị|được)\s+(?:\S+\s+){{0,3}}?"
    rf"(?:{_words(*CASE_VERBS, *_WORDS['verdict_verbs'], 'triệt phá')})|lãnh\s+án){_E}",
    re.IGNORECASE,
)
_HOLIDAY = re.compile(rf"{_B}(?:Tết|dịp\s+lễ|Giáng\s+sinh|Noel)(?![^\W_])")
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
_TOLL_INCIDENT = re.compile(
    r"(?<![^\W_])(?:sự\s+cố|(?:vụ\s+)?tai\s+biến)(?:\s+[^\s,.;:()]+){0,4}?\s+(?:khiến|làm)(?:\s+cho)?"
    r"\s+(?:[0-9]+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|hàng\s+chục)\s+[^\s,.;:()]+(?:\s+nhân)?"
    r"(?P<toll>(?:\s+(?!(?:tại|ở|sau|trước|ngày|trong|khi|vào)(?![^\W_]))[^\s,.;:()]+){1,4})",
    re.IGNORECASE,
)
# The toll a clause's act took of people: 'khiến 3 người bị thương', 'làm 1 người tử vong'.
_TOLL = re.compile(
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
_BEFELL_INCIDENT = re.compile(
    # 'nhiệm vụ', 'dịch vụ' hold the syllable; 'Vụ Pháp chế' is a department; 'các vụ ...' are many.
    rf"(?<![^\W_])(?<!nhiệm\s)(?<!dịch\s)(?<!phục\s)(?<!công\s)(?<!nghiệp\s)(?<!thời\s)(?<!mùa\s)"
    rf"(?<!các\s)(?<!những\s)(?<!nhiều\s)(?-i:vụ)(?:\s+việc|\s+án)?\s+"
    rf"(?P<what>(?!(?:việc|án|mạng|tai\s+nạn|cháy|nổ){_E})(?:(?!{_B}(?:mà|đã|là|được){_E})[^,;.:“”\"()]){{2,50}}?)\s+"
    rf"bị\s+(?:[^\s,;.]+\s+){{0,3}}?(?P<verb>{_words(*STORY_VERBS, *_WORDS['befell_verbs'])}){_E}",
    re.IGNORECASE,
)
# 'tố cáo về việc cháu bị một người lạ xâm hại', 'trình báo việc con gái là cháu X bị bắt cóc': what a
# complaint reports befell someone, told with whoever did it (an initial's dot included).
_COMPLAINED_INCIDENT = re.compile(
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
_DONE_INCIDENT = re.compile(
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
_MISSING = re.compile(
    r"(?<![^\W_])(?P<who>(?:cháu|bé|em|anh|chị|ông|bà)\s+"
    r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;:.()]*\s+){1,4})(?:(?:bị|đã|bị\s+cho\s+là)\s+)?mất\s+tích"
    r"(?![^\W_])"
)
# 'X tham mưu cho UBND ban hành ...': advice on an act someone else may do, not the act.
_ADVISED = re.compile(r"^(?:[^;]{0,160}?\s)?tham\s+mưu\s+(?:cho|với)\s")
# A crash named by its noun: told as having happened ('xảy ra vụ TNGT ...'), the crash told before.
_GENERIC_CRASH_TOLD = re.compile(r"\s*vụ\s+(?:tai\s+nạn(?:\s+giao\s+thông)?|TNGT)(?![^\W_])", re.IGNORECASE)
# A crash named by no act of its own: the crash told before, if one was.
_GENERIC_CRASH = re.compile(
    r"\s*vụ\s+(?:tai\s+nạn(?:\s+giao\s+thông)?|TNGT|va\s+chạm)(?:\s+(?:thương\s+tâm|nghiêm\s+trọng|nói\s+trên|này|trên))?"
    r"\s+xảy\s+ra",
    re.IGNORECASE,
)
# An incident named by no act of its own ('vụ việc', 'vụ tai nạn'): what the summary told, if it told one.
_GENERIC_INCIDENT = re.compile(
    r"\s*(?:vụ\s+(?:việc|tai\s+nạn(?:\s+giao\s+thông)?|TNGT|va\s+chạm))(?:\s+(?:thương\s+tâm|nghiêm\s+trọng|nói\s+trên|này|trên))?"
    r"\s+xảy\s+ra",
    re.IGNORECASE,
)
_PART_OF_DAY_LEAD = re.compile(rf"\s*(?:{_words(*PARTS_OF_DAY)})\s*,", re.IGNORECASE)
_SEQUENCE = re.compile(
    rf"\s*(?:{_words('sau đó', 'trước đó', 'tiếp đó', 'ngay sau đó', 'tiếp theo', *PARTS_OF_DAY)})\s*,",
    re.IGNORECASE,
)
# A day, a year or an hour in a lead: not a house number ('số 25/127', 'hẻm 12/3') nor an amount ('1.500').
_DATE_LIKE = re.compile(
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
# The same verbs as written inside a sentence (lower case): 'Ban Chỉ đạo' holds no verb.
_ACT_IN_TEXT = re.compile(rf"{_B}(?:{_words(*ACT_VERBS)}){_E}")
# Words an act verb begins or ends that are no act: 'cấp cứu', 'trực tiếp', 'bảo vệ', 'giao thông';
# a tip received ('nhận được tin báo') only leads to the act.
NOT_ACTS = _WORDS["not_acts"]
_NOT_ACT = re.compile(rf"{_B}(?:{_words(*NOT_ACTS)}){_E}", re.IGNORECASE)


_INTENT = re.compile(
    rf"{_B}(?:rủ(?:\s+(?:rê|nhau))?|bàn\s+(?:cách|bạc)|lên\s+kế\s+hoạch|âm\s+mưu|ý\s+định)"
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


def _has_act(clause: str) -> bool:
    """Whether a clause holds an act verb: in lower case past its start, not inside a compound."""
    compounds = [(m.start(), m.end()) for m in _NOT_ACT.finditer(clause)]
    for m in _ACT.finditer(clause):
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
        if not any(a <= m.start() < b for a, b in compounds):
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
_GENERIC_CASES = re.compile(
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


def _denied(clause: str) -> bool:
    """Whether a clause's first act verb is denied ('không phát hiện'; not '... về việc không khởi tố')."""
    if _CANNOT.match(clause):
        return True  # 'không thể quy kết hành vi đó là hiếp dâm': none told done
    compounds = [(m.start(), m.end()) for m in _NOT_ACT.finditer(clause)]
    for m in _ACT.finditer(clause):
        if m.start() > 0 and m.group()[:1].isupper() or any(a <= m.start() < b for a, b in compounds):
            continue
        return _DENIAL.search(clause, 0, m.start()) is not None
    return False


LEISURE_WORDS = _WORDS["leisure_words"]
_LEISURE = re.compile(rf"{_B}(?:{_words(*LEISURE_WORDS)}){_E}", re.IGNORECASE)
SETTING_VERBS = {" ".join(v.split()) for v in _WORDS["setting_verbs"]}
# A comma before a lower-case word that starts no place ('..., xã Y'): the clause goes on to tell more.
_SECOND_PREDICATE = re.compile(
    r",\s+(?!(?:xã|phường|huyện|quận|tỉnh|thị|thành|ấp|thôn|xóm|bản|tổ|khu|đường|phố)(?![^\W_]))"
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
# 'Nạn nhân được đưa đến bệnh viện cấp cứu': the care of the hurt, the aftermath of what happened.
_CARED_FOR = re.compile(
    rf"{_B}được\s+(?:đưa|chuyển|chở)(?:\s+(?!từ{_E})[^\s,;.]+){{0,8}}?\s+"
    rf"(?:bệnh\s+viện|trạm\s+y\s+tế|trung\s+tâm\s+y\s+tế|cơ\s+sở\s+y\s+tế|cấp\s+cứu|điều\s+trị){_E}",
    re.IGNORECASE,
)


# Things brought somewhere ('mang dụng cụ đến cho Khải'): a handover, not a going.
_CARRY = re.compile(rf"{_B}(?:mang|đem|xách|khiêng){_E}", re.IGNORECASE)


def _cared_for(clause: str) -> bool:
    """Whether a clause tells first of all that someone was taken to hospital ('... được đưa đi cấp cứu')."""
    care = _CARED_FOR.search(clause)
    return care is not None and not _has_act(clause[: care.start()])


def _only_going(clause: str) -> bool:
    """Whether a clause only takes someone somewhere ('X từ nhà riêng đến nhà Y tìm Z'): a story's setting.

    What they came to do, when the clause tells it ('đến công an đầu thú'), is an act of its own.
    """
    told = _PAREN.sub("", clause)
    if _STORY.search(told) or _LEISURE.search(told) or _SECOND_PREDICATE.search(told) or _CARRY.search(told):
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


# Verbs that make a clause of what precedes a subject's end (not 'đến', 'giao': also prepositions).
PREPOSITION_LIKE = _WORDS["preposition_like"]
_HEAD_VERB = re.compile(rf"{_B}(?:{_words(*(v for v in ACT_VERBS if v not in PREPOSITION_LIKE))}){_E}")
# 'Công an TP X tiến hành bắt giữ A': before an act's verb, 'tiến hành' is a light verb a reader drops;
# alone ('tiến hành cuộc họp') it is the act's only verb and stays.
_CARRY_OUT_IN = re.compile(rf"{_B}tiến\s+hành\s+(?={_HEAD_VERB.pattern})", re.IGNORECASE)
# 'X nảy sinh ý định trộm cắp tài sản rồi lẻn vào nhà Y': the intent leads up to the act, and the act is
# what happened; X stays its doer.
_INTENT_THEN = re.compile(
    r"(?<![^\W_])(?:đã\s+)?(?:nảy\s+sinh|nảy\s+ra|nảy)\s+ý\s+(?:định|đồ)\s+"
    r"[^,;.]*?\s*(?:,\s*|\s(?:rồi|nên|và)\s+)(?=\S+\s)",
    re.IGNORECASE,
)
CLAUSE_WORDS = _WORDS["clause_words"]
_CLAUSE_AFTER_COMMA = re.compile(
    rf"^\s*(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ0-9]|[^,]*?{_B}(?:{_words(*CLAUSE_WORDS)}){_E})"
)
NAME_WORDS = 18  # gold names run 3-30 syllables; most of a clause's sense is in its first 18
ALIAS_WORDS = 40  # a telling longer than this is a run-on of clauses, no name anyone searches for
ALIAS_NEW_WORDS = 2  # syllables a wording must add to the name (and to the others) to be one more
NOUN_WORDS = 12
SPEAKER_WORDS = 14  # words between a comma and a speech verb that can still be who speaks
NAME_RUN_WORDS = 4  # words a cut name may run on to finish a proper name it stopped inside
SAME_START = 5  # names whose acts begin with the same five words tell the same happening
PERSON_CHARS = 30  # a name before 'bị' longer than this is a title chain, not a person
SUBJECT_WORDS = 5  # a longer subject (a person with a title chain) is left out of the name
NEARBY_SENTENCES = 2  # how far back in the paragraph an undated happening takes its date from


def _fold(name: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", fold_tones(name.lower())))


# 'vừa', 'đã', 'cũng': words a telling adds to a name that say nothing of what happened.
_AUX_WORDS = {w for phrase in AUXILIARIES for w in _fold(phrase)}


_APPOINTEE = re.compile(
    r"bổ\s+nhiệm\s+((?:ông|bà|đồng\s+chí)\s+\S+(?:\s+\S+){0,3}?)\s+(?:giữ|vào|làm)(?![^\W_])"
)


# 'buổi họp báo Hội nghị X': a press conference on the meeting; 'tại Hội nghị X' later is the meeting itself.
_ABOUT_MEETING = re.compile(rf"{_B}(?:họp\s+báo|thông\s+cáo|chuẩn\s+bị)\s+$", re.IGNORECASE)
_LEAD_EVENT = re.compile(r"\s*(?:tại|trong|sau|trước|qua)\s+", re.IGNORECASE)  # a sentence led by its setting
_AT_EVENT = re.compile(rf"{_B}(?:tại|trong|cuối|sau|trước|ngoài|qua)\s+$", re.IGNORECASE)


_PRESS = re.compile(rf"{_B}họp\s+báo{_E}", re.IGNORECASE)


def _same(a: str, b: str) -> bool:
    """Whether two names tell the same happening (most of the longer one's syllables shared)."""
    who_a, who_b = _APPOINTEE.match(a), _APPOINTEE.match(b)
    if who_a and who_b and who_a.group(1) != who_b.group(1):
        return False  # 'bổ nhiệm ông A làm X', 'bổ nhiệm bà B làm X': two appointments
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
    x, y = _fold(a), _fold(b)
    return bool(x and y) and len(x & y) / max(len(x), len(y)) >= 0.6


def _capitals(name: str) -> set[str]:
    return {w.lower() for w in name.split()[1:] if w[:1].isupper() or w[:1].isdigit()}


def _named_before(found: list[Event], noun: str, name: str) -> bool:
    """Whether a meeting noun phrase refers to one already found: same noun, no name of its own.

    'kỳ thi với yêu cầu ...' after 'Kỳ thi THPT quốc gia năm 2017' is that exam again; 'Hội nghị
    Trung ương 6' after 'hội nghị tổng kết' is another meeting, named by its capitals.
    """
    for event in found:
        if event.name.lower().startswith(noun) and _capitals(name) <= _capitals(event.name):
            return True
    return False


_KIND_WORDS = {"buoi", "cuoc", "phien", "le", "dot", "vu"} | _fold("buổi cuộc phiên lễ đợt vụ")


def _other_days(name: str, date: str | None, other: str | None) -> bool:
    """Whether an act told on one day and a like one on another are two (not a noun's one meeting)."""
    # 'ông A về huyện X đối thoại' on the 20th, 'ông A về xã Y đối thoại' on the 22nd: two visits.
    return len(date or "") == len(other or "") == 10 and _apart(date, other) and not _NOUN.match(name)


def _absorb(found: list[Event], name: str, date: str | None) -> bool:
    """Whether ``name`` tells a happening already found; a fuller name then replaces a bare one."""
    for event in found:
        if _other_days(name, date, event.date):
            continue
        if _same(name, event.name):
            return True
        if len(name.split()) <= 3 and _fold(name) - _KIND_WORDS <= _fold(event.name):
            return True  # 'buổi gặp mặt' after 'gặp mặt Hội X': the same meeting referred to
        if (
            _NOUN.match(name)
            and _NOUN.match(event.name)
            and not name.lower().startswith("vụ")  # 'vụ X' after 'phiên xử vụ X': the case, not the hearing
            and _fold(name) <= _fold(event.name)
            and bool(_PRESS.search(name)) == bool(_PRESS.search(event.name))  # 'Họp báo Hội nghị X' is not X
        ):
            return True  # 'Kỳ họp thứ 3' after 'kỳ họp thứ 3, Quốc hội khóa XIV': the same session
        if len(event.name.split()) <= 5 and _fold(event.name) <= _fold(name):
            event.name = name  # 'Phiên họp thứ ba', later 'Phiên họp thứ ba của Ban Chỉ đạo ...'
            event.date = event.date or date
            return True
    return False


# 'Đến tối 7/12 X ...': 'đến' goes with the day it leads to.
_DAY_IN_NAME = re.compile(
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
# 'mới đây', 'vừa qua': recently, on a day the text does not give.
_VAGUE_TIME = re.compile(rf"{_B}(?:mới\s+đây|vừa\s+qua|gần\s+đây|thời\s+gian\s+qua){_E}", re.IGNORECASE)


# 'phiên xử phúc thẩm đầu năm 2015': when in the year, not what it was (the date says it).
_PART_OF_YEAR = re.compile(
    r"(?<!tháng)(?<!năm)\s+(?:vào\s+)?(?:đầu|cuối|giữa)\s+(?:năm|tháng)\s+[0-9]+(?:[/.\-][0-9]+)?\s*$",
    re.IGNORECASE,
)
_VAGUE_TIME_IN = re.compile(rf"(?:{_B}trong\s+)?{_VAGUE_TIME.pattern}", re.IGNORECASE)
# Words that open a sentence a caption or a heading ran into; the lead words of a sentence only
# after a lower-case word ('tại phiên tòa Khoảng 17 giờ ...'), where no name can hold them.
_RUN_ON = re.compile(
    r"\s(?:Theo|Tiếp đó|Được biết|Ảnh|Trước đó|Sau đó|Tuy nhiên|Clip|Video)(?![^\W_])"
    r"|(?<=[^\W\d_])\s(?:Khoảng|Tại|Trong|Sau khi|Trước khi|Ngoài ra|Bên cạnh đó|Như vậy|Hiện nay|Mới đây"
    r"|Vừa qua|Cụ thể|Rạng sáng|Thông tin|Cũng theo|Như tin|Nhận tin|Như đã|Hôm qua|Hôm nay|Qua đó"
    r"|Vụ án|Vụ việc|Vụ tai nạn)(?![^\W_])"  # 'X và Y bị bắt Vụ án xảy ra ...': a caption run into the text
)


_SCENE_LEAD = re.compile(
    r"^(?:cảnh(?!\s+(?:sát|cáo|báo|giới|giác|quan|vệ|tỉnh|tượng)(?![^\W_]))|hình\s+ảnh)\s+(?=[^\W\d_])"
)
_RELATED_LEAD = re.compile(r"^liên\s+quan\s+(?:đến|tới)\s+(?=vụ\s)", re.IGNORECASE)


_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
# Who the doer is before his name ('đối tượng Tý'), and the name: capitalised words from the clause's start.
_TAKER_TITLE = re.compile(rf"^\s*(?:đối\s+tượng|nghi\s+phạm|nghi\s+can|tên){_E}\s*", re.IGNORECASE)
_TAKER = re.compile(rf"\s*(?-i:[{_UPPER}])[^\W\d_]*(?:\s+(?-i:[{_UPPER}])[^\W\d_]*)*(?=\s)")
# The words of an administrative level written before a place's name, and those of a hamlet.
_LEVELS = r"xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|TP\.?|thành\s+phố"
_HAMLETS = r"thôn|ấp|bản|xóm"
# A sentence's end inside a name ('tử vong thương tâm. * Vụ tai nạn ...', 'làm tin.Vụ việc'): after a
# lower-case word, not an initial or an abbreviation ('Trần Văn H.', 'TP. HCM', 'Q.Thủ Đức').
_SENTENCE_END = re.compile(rf"(?<=[^\W\d_A-ZĐ]{{3}})\.\s*(?:[*•+]\s*)?(?=[{_UPPER}])")
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


def _tidy(name: str) -> str:
    """Return a name without asides: parentheses, dashed appositions, days, pointing words."""
    # 'tài xế Phan Văn A (SN 1982': who the person is, in a bracket the phrase's cut left open.
    name = _OPEN_PAREN.sub("", _PAREN.sub("", name))
    if _PERSON_DETAILS.search(name):
        name = re.sub(r",(\s+và\s)", r"\1", _PERSON_DETAILS.sub(r"\g<name>", name))
    name = _drop_asides(name)
    name = _CONTENT.sub("", name)  # 'có văn bản gửi với nội dung X': the document says X
    name = _CHARGE_COLON.sub("", name)  # 'khởi tố vụ án hình sự: X': the charge follows, no break
    name = _TEAM_MEMBERS.sub("", name)
    name = _DAY_IN_NAME.sub("", _CLOCK_IN_NAME.sub("", name)).replace("(", " ").replace(")", " ")
    # 'các sở, ngành sáng nay, , của UBND': what is left of a day told in passing.
    name = re.sub(rf"(?:\s+{RELATIVE_DAY_RE.pattern})?\s*,(?:\s*,)+", " ", name, flags=re.IGNORECASE)
    name = " ".join(name.split()).strip(" ,.-–“”\"'")
    # 'Liên quan đến vụ X bị tố ...': the incident the sentence is about, named by its noun.
    name = _RELATED_LEAD.sub("", name)
    heading = _RUN_ON.search(name) or _SENTENCE_END.search(name)
    if heading:  # a sub-heading run into the next sentence: 'đình chỉ hoạt động Theo đó, ...'
        name = name[: heading.start()].rstrip(" ,.-–")  # 'bắt giữ tại X - Ảnh: ...': the caption's credit
    name = _DANGLING.sub("", _POINTER_TAIL.sub("", _PART_OF_YEAR.sub("", name)))
    # 'cuộc họp ... sáng nay': when it was told, not what it was (the date says it).
    tail = re.search(rf"(?:\s+{RELATIVE_DAY_RE.pattern})+$", name, re.IGNORECASE)
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


def _cap(name: str, limit: int) -> str:
    """Cut a name to ``limit`` words, at its last comma past the middle when there is one."""
    name = _drop_title_aside(name)
    words = name.split()
    if len(words) <= limit:
        return name
    # 'ở Vĩnh Phúc', 'Công ty TNHH Đại Nguyên Dương': a cut inside a proper name takes the name whole.
    most = limit + NAME_RUN_WORDS
    if words[limit - 1] in ("-", "–") or _UNIT_WORD.fullmatch(f"{words[limit - 1]} {words[limit]}"):
        limit += 1  # 'xe 82B - 002.23', 'Cơ quan CSĐT Công an tỉnh X': a cut inside a plate or a unit's name
        while limit < min(len(words), most) and _UNIT_LEVEL.fullmatch(words[limit]):
            limit += 1  # 'Công an tỉnh', 'Ủy ban nhân dân huyện': the unit's level, then its place
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
_DANGLING = re.compile(
    # 'đối với bị [cáo X]': a cut inside who the act is against leaves neither 'đối' nor 'bị' whole.
    r"(?:\s+(?:đối\s+với(?:\s+bị(?:\s+can|\s+cáo)?)?|về\s+(?:việc|hành\s+vi|tội)|và|của|cho|với|về|để|tại|trong|từ|đến|là|các|những|một|vào"
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


def _drop_places(name: str) -> str:
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
    return False


# 'Việc X đã hoàn tất': an act told as done, named by the act.
_DONE = re.compile(
    r"việc\s+(.+?)\s+(?:(?:đã|vừa|mới)\s+)?(?:hoàn\s+tất|hoàn\s+thành|kết\s+thúc|xong)(?![^\W_])",
    re.IGNORECASE,
)


# A clause's first words that only join it to what came before: 'Từ đó tòa tuyên phạt ...'.
_CONNECTIVE = re.compile(
    rf"^(?:{_words('từ đó', 'do đó', 'vì vậy', 'vì thế', 'bởi vậy', 'cuối cùng', 'kết quả là', 'hậu quả là')}"
    rf"|{_words('đồng thời')}"
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
_WHEN_THEN = re.compile(
    r"^(?:khi|trong\s+(?:lúc|khi))\s+(?P<when>.+?)\s+thì\s+(?P<main>\S.*)$", re.IGNORECASE
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
    words = patient.split()
    if (
        not words
        or len(words) > PATIENT_NAME_WORDS
        or _NO_DOER.match(patient)
        or _LEAD_EVENT.match(" " + patient)
        or _verb_in(patient)
        or _STORY.search(patient)
        or _SPEECH_IN.search(patient)
    ):
        return ""
    return patient


def event_name(clause: str, limit: int = NAME_WORDS) -> str:
    """Name a happening from its clause: the subject when short, the verb and what it acts on."""
    # 'đã tiến hành bắt giữ X' after its source ('Công an tỉnh cho biết, ...'): the act is 'bắt giữ X'.
    # 'Từ đó tòa ...', 'X mới đây đã ...': a link to what came before, a time, no part of what happened.
    clause = _VAGUE_TIME_IN.sub(" ", _CONNECTIVE.sub("", _NOW_LEAD.sub("", _tidy(clause))))
    clause = _CARRY_OUT.sub("", _AUX_RUN.sub("", _LEAD_TIME.sub("", _drop_places(" ".join(clause.split())))))
    clause = _INTENT_THEN.sub("", _CARRY_OUT_IN.sub("", clause))
    clause = _TIME_THEN.sub("", _SOURCE_LEAD.sub("", _CLOCK_LEAD.sub("", clause)))
    occurred = _PLACE_OCCURRED.match(clause)
    if occurred is not None:
        return _cap(occurred.group("what"), limit)
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
    done = _DONE.match(clause)
    if done is not None:  # 'Việc khám nghiệm hiện trường đã hoàn tất': the act is what was done
        return _cap(" ".join(done.group(1).split()), limit)
    held = _HELD.search(clause)
    if held is not None and _NOUN.match(clause):
        # 'Kỳ thi X diễn ra từ ngày ...': the meeting's noun phrase names it.
        return _cap(clause[: held.start()], limit)
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
        if (
            verb is not None
            and not _HEAD_VERB.search(clause, 0, comma)
            and "," not in title
            and (
                title[:1].isupper()
                or title.split(" ", 1)[0].lower() in ("quyền", "nguyên", "phó", "tân", "cựu")
            )
        ):
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
                return _cap(f"{patient} {act} {' '.join(place.split())}", limit)
            patient = ""
        if patient:
            # 'Một nam thanh niên trong cửa hàng đã bị nhóm này chém': who it befell, then what.
            return f"{patient} {_cap(' '.join(clause[befell.start() :].split()), limit)}"
        if len(head.split()) > SUBJECT_WORDS or "," in head:
            clause = _VERB_HEAD.sub("", clause[subject.end() :])  # a title chain: the act alone
            # 'lưu thông theo hướng X, đến khu vực trên thì bất ngờ mất lái ...': what befell it there.
            there = _ARRIVED_THEN.search(clause)
            clause = clause[there.end() :] if there is not None else clause
            # 'clip ... ghi lại cảnh nhóm thanh niên đánh ...': the scene filmed is the act, not the filming.
            clause = _SCENE_LEAD.sub("", clause.lstrip())
        else:
            # The subject comes on top of what the act says: a short name for who, the act in full.
            act = _AUX_RUN.sub("", clause[subject.start() :].lstrip(), count=1)
            return f"{' '.join(head.split())} {_cap(' '.join(act.split()), limit)}"
    return _cap(" ".join(clause.split()), limit)


# A person named with a rank or an honorific, and what befell one: 'Trung tá Lò Văn A', 'tử vong'.
_RANKED_PERSON = re.compile(
    rf"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|tướng)|{_words(*_HONORIFICS)})"
    rf"(?:\s+(?-i:[{_UPPER}])\S*){{1,4}}",
    re.IGNORECASE,
)
_BEFELL_PERSON = re.compile(rf"\s(?:{_DEATH.pattern}|{_words('bị thương', 'mất tích')}{_E})", re.IGNORECASE)


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
_PURPOSE = re.compile(rf"\s*(?:nhằm|để|với\s+mục\s+đích|trong\s+quá\s+trình){_E}", re.IGNORECASE)
# A day between commas inside a noun phrase, which goes on after it: ', 6.2, của UBND TP ...'.
_TIME_ASIDE = re.compile(
    r"\s*(?:ngày\s+)?[0-9]{1,2}[/.\-][0-9]{1,2}(?:[/.\-][0-9]{4})?\s*,(?=\s*(?:của|do|tại|ở)\s)",
    re.IGNORECASE,
)
LONG_LEAD_WORDS = 40
# A unit of a place named after a lead ('phường X', 'TP Y'), and a bare name after one ('Hoàn Kiếm').
_PLACE_SEGMENT = re.compile(
    rf"\s*(?:{_LEVELS}|{_HAMLETS})\s+(?-i:[A-ZĐ0-9])",
    re.IGNORECASE,
)
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
_COUNTED_LEAD = re.compile(r"\s*(?:trên|dưới)\s+[0-9]", re.IGNORECASE)
_AT_LEAD = re.compile(r"\s*(?:tại|trên|dưới|ở|thuộc|đoạn)\s", re.IGNORECASE)
_NAME_SEGMENT = re.compile(r"\s*(?:(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])\S*\s*){1,4}")
_SUBORDINATE = re.compile(rf"\s*(?:ngay\s+)?(?:sau|trước)\s+khi{_E}", re.IGNORECASE)


def _main_clause(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Return the offsets of a sentence's main clause: past its lead segments, up to its cut."""
    start = lo
    # 'Tin từ Công an huyện X, tỉnh Y cho biết, ...': the source, however many commas it holds.
    said = _SAID_COMMA.search(text, start, min(hi, start + 200))
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
        limit = LONG_LEAD_WORDS if _PURPOSE.match(bare, start, mark.start()) else 14
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
    cut = _cut(text, start, hi)
    return start, cut.start() if cut else hi


_WRITTEN_YEAR = re.compile(r"[0-9]{4}")
_SOURCE_AFTER = re.compile(
    r"\s*theo\s+(?:tin\s+tức|thông\s+tin|nguồn\s+tin|báo|ghi\s+nhận)(?![^\W_])", re.IGNORECASE
)


def _date_of(day: DateMatch, year_known: bool = True) -> tuple[str | None, str | None]:
    """Return (ISO date, precision) for a date match; no date for a day whose year nothing gives."""
    if not year_known and not _WRITTEN_YEAR.search(day.text):
        return None, None
    if day.kind == "month":
        return day.begin.isoformat()[:7], "month"
    if (
        day.kind == "period"
        and day.begin.month == 1
        and day.end_date.month == 12
        and day.begin.year == day.end_date.year
    ):
        return str(day.begin.year), "year"
    return day.begin.isoformat(), None


# How long after a day written in full a yearless day is read as of its year: a story's next steps
# ('13/6/2017 ... 14/6'), not a verdict a year on ('7-6-2016 ... Ngày 10-7', told as today's news).
YEAR_AFTER_DAYS = 14


def _inferred_years(text: str, dates: list[DateMatch]) -> dict[int, int]:
    """Return the year of each yearless day (by offset) that falls just after a day written in full.

    'ngày 13/6/2017 ... chiều ngày 14/6': 2017. A day before it in the calendar ('6-12-2016 ... Ngày
    18-5') could be of the next year or of any later one, and stays without one; so does a day
    that follows only a day of an older year than the latest the body writes.
    """
    written = [
        d
        for d in dates
        if d.kind in ("day", "datetime") and _WRITTEN_YEAR.search(d.text) and not is_document_date(text, d)
        and not _BORN.search(text, max(0, d.start - 8), d.start)
        # 'có hiệu lực đến ngày 15-1-2018', 'từ ngày 1/7/2017': a deadline or a span, not a day told
        and not _DEADLINE.search(text, max(0, d.start - 14), d.start)
        and not _SPAN_START.search(text, max(0, d.start - 10), d.start)
    ]
    # Only the latest year written is the story's own: an older one dates its background.
    latest = max((d.begin.year for d in written), default=None)
    written = [d for d in written if d.begin.year == latest]
    years: dict[int, int] = {}
    for day in dates:
        if day.kind not in ("day", "datetime") or _WRITTEN_YEAR.search(day.text):
            continue
        fits = set()
        for full in written:
            try:
                when = day.begin.replace(year=full.begin.year)
            except ValueError:
                continue  # 29 February of a common year
            if 0 <= (when - full.begin).days <= YEAR_AFTER_DAYS:
                fits.add(full.begin.year)
        if fits:
            years[day.start] = fits.pop()
    return years


def _in_year(day: DateMatch, year: int | None) -> DateMatch:
    """Return ``day`` moved to ``year`` (itself when None)."""
    if year is None:
        return day
    begin, end = day.begin.replace(year=year), day.end_date.replace(year=year)
    return dataclasses.replace(day, begin=begin, end_date=end)


_DOCUMENT_DATE = re.compile(
    r"(?:số\s+[0-9][^\s,]*|[0-9]+/[0-9]{4}/[^\s,]+)\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s+)?$", re.IGNORECASE
)


def is_document_date(text: str, date: DateMatch) -> bool:
    """Whether a date is a document's ('Quyết định số 40-QĐ/TW, ngày 19/9/2011'), not a happening's."""
    return _DOCUMENT_DATE.search(text, max(0, date.start - 40), date.start) is not None


# What a happening is, by the first of its words found in its name (order matters: 'khởi tố' before 'vụ').
EVENT_KINDS = tuple(tuple(line.split("\t")) for line in _WORDS["event_kinds"])
_KINDS = [(re.compile(rf"{_B}{_words(w)}{_E}", re.IGNORECASE), k) for w, k in EVENT_KINDS]


def _kind_of(name: str) -> str | None:
    """Return the kind of happening a name tells, from the first kind word it holds."""
    hits = [(m.start(), k) for pattern, k in _KINDS if (m := pattern.search(name))]
    return min(hits)[1] if hits else None


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
# 'sinh năm 1996', 'SN 1996': a birth, no day of the story.
_BORN = re.compile(r"(?<![^\W_])(?:sinh|SN)\s*$", re.IGNORECASE)
_IN_A_NAME = re.compile(r"[A-ZĐ][^\s]*\s+Tháng\s")
_AHEAD = re.compile(rf"{_B}(?:sẽ|tới|sắp|dự\s+kiến|kế\s+hoạch|chuẩn\s+bị){_E}", re.IGNORECASE)


def _last_year(day: dt.date) -> dt.date:
    """Return the same day a year earlier (28 February for 29 February)."""
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else dt.date(day.year - 1, 2, 28)


Basis = tuple[str | None, str | None, str]  # (date, precision, the words it comes from)


# 'Phá sòng bạc : Chiều 25/5, Công an ...': a roundup's heading, set off by a spaced colon, then its story.
_HEADING_COLON = re.compile(r"\s:\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
HEADING_WORDS = 25  # a longer stretch before the colon is a sentence, not a heading


# A photo credit closing a caption: '(Ảnh: X)', '- Ảnh X cung cấp', '. Ảnh: X', 'Ảnh minh họa: X'.
_CREDIT = re.compile(
    r"\(\s*[Ảả]nh(?![^\W_])[^()]{0,60}\)?"
    r"|[-–]\s*Ảnh(?![^\W_])"
    r"|(?<![^\s.])Ảnh(?:\s+minh\s+họa)?\s*:"
    # 'Rút súng bắn người vì ... . Ảnh minh họa. Theo ...': the stock photo's caption, with no credit.
    r"|(?<![^\s.])Ảnh\s+minh\s+họa(?![^\W_])\.?"
)
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


def _captions(text: str, sentences: list[Span]) -> list[tuple[int, int, int]]:
    """Return the photo captions as (start, credit start, where the sentence after the credit begins)."""
    out: list[tuple[int, int, int]] = []
    for n, sentence in enumerate(sentences):
        for credit in _CREDIT.finditer(text, sentence.start, sentence.end):
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
        if text[lo:hi].strip():
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
    inferred = inferred or set()

    def known(day: DateMatch) -> bool:
        return year_known or day.start in inferred

    text = ctx.text
    dates = [d for d in dates if not is_document_date(ctx.text, d)]
    usable = [
        d
        for d in dates
        if (d.kind in ("day", "datetime", "month") or d.kind == "period" and d.text.lower().startswith("năm"))
        and not _IN_A_NAME.search(text, max(0, d.start - 12), d.start + 6)
        and not (d.kind == "month" and _COUNT_BEFORE.search(text, max(0, d.start - 6), d.start))
        and not _BORN.search(text, max(0, d.start - 8), d.start)
    ]
    today = dt.date.fromisoformat(published[:10]) if published else None
    found: list[Event] = []
    last: list[tuple[int, DateMatch]] = []  # (sentence index, date) of the dates seen, for undated clauses
    incidents: set[str] = set()  # 'vụ tai nạn', 'vụ cháy': a story tells one of each, then refers to it
    # The body's first paragraph, when short, sums the story up: its crime or accident is the event.
    lead_lo = body_start + len(text[body_start:]) - len(text[body_start:].lstrip())
    lead_hi = text.find("\n", lead_lo) % (len(text) + 1)
    if len(text[lead_lo:lead_hi].split()) > SUMMARY_WORDS:
        lead_hi = lead_lo

    def add(
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
    ) -> None:
        # 'tố cáo việc X bị Y đâm': what a complaint reports is no telling of the complaint itself.
        others = [e for e in found if not _complaint_of(name, e.name)] if apart else found
        if who:  # appointments alike but for the person are distinct happenings
            if any(who in e.name for e in found):
                return
        elif len(name.split()) < 3 or _absorb(others, name, basis[0] if basis else None):
            return
        if re.match(r"[^\W\d_]+,", name) and name[:1].islower():
            return  # 'bắt, thường chở nhau ...': a clause cut after its first word, no happening named
        if _caught_unnamed(name, text[lo:end]):
            # 'Đến 21h, đối tượng đã bị công an bắt giữ' after an arrest told: that arrest again.
            # The arrest just told ('bắt bác sĩ quỳ gối' forces, it takes no one in); one told before other
            # happenings may be another case's ('... nghi can bị bắt giữ' in a story of several crimes).
            same = next((e for e in found[-2:] if _TAKEN_IN.search(e.name)), None)
            if same is not None:
                same.spans.append(Span(start, end, text[start:end]))
                return
        if _suspicion(name):
            return  # 'Nghi ngờ X có hành vi bắt cóc ...', 'vụ cháy không gây thiệt hại về người'
        if _hypothetical(text, lo, start, text[start:end]):
            return  # 'Nếu X bị bắt thì ...', 'vẫn xảy ra một số trường hợp vi phạm': none told done
        # 'Hay có thể hung thủ đã ra tay trước khi ...?': a question asks, it tells nothing; the lead's
        # 'Thực hư chuyện X bị Y chặt chém ...?' still tells what the story is about.
        if text[start:hi].rstrip(" ”\"'»)").endswith("?") and _FULL_STOP.search(text, body_start, lo):
            return
        if _POINTER_IS.match(text, start) or _SAID_END.search(name):
            return  # 'Đó là nhận định ban đầu ...': what was told, summed up; 'ông X, ..., cho rằng
        told = text[start:end]
        if _NOUN.match(told) and _OCCURRED.match(told):
            # 'Vụ tai nạn xảy ra vào lúc 8h30 ...' after the incident is told: its time, not a new one.
            kind = _kind_of(told)
            same = next((e for e in found if e.name[:3].lower() == "vụ " and _kind_of(e.name) == kind), None)
            if same is None and _GENERIC_INCIDENT.match(told):
                # 'Vụ tai nạn xảy ra vào khoảng 9h45' after a summary told the crash: its time, no new one.
                same = next((e for e in summaries if _families(e.spans[0].text) - VIOLENT), None)
            if same is None and _GENERIC_CRASH.match(told):
                # 'Như đã đưa tin, vụ tai nạn xảy ra vào khoảng 21h30 ...' after the body told the crash.
                same = next((e for e in found if _families(e.spans[0].text) & CRASH), None)
            if same is not None:
                _retell(same, Span(start, end, told), basis)
                return
        related = _RELATED_LEAD.match(told.lower()) or _RELATED.fullmatch(text, lo, start)
        if related and name[:3].lower() == "vụ ":
            # 'Liên quan tới vụ việc anh N. bị đâm chết ..., Công an quận X cho biết ...' after the story
            # told the stabbing: its incident referred to, not another one; the noun names it best.
            kinds = _families(told, charges=False)
            same = next(
                (
                    e
                    for e in found
                    if e.kind not in CASE_STEP_KINDS and kinds & _families(e.spans[0].text, charges=False)
                ),
                None,
            )
            if same is not None:
                _retell(same, Span(start, end, told), basis)
                same.aliases.append(same.name)
                same.name, same.kind = name, same.kind or _kind_of(name)
                return
        if _GENERIC_CRASH_TOLD.match(told) and _TOLD_BEFORE.search(text, lo, start):
            # 'trên địa bàn vừa xảy ra một vụ tai nạn giao thông ... khiến 2 người tử vong' after the story
            # told the crash ('xe ô tô chở 5 người gặp nạn khiến 2 người chết'): that crash again.
            same = next(
                (
                    e
                    for e in found
                    if _families(e.spans[0].text) & CRASH
                    or _TOLL.search(e.spans[0].text) and _VEHICLE.search(e.spans[0].text)
                ),
                None,
            )
            if same is not None:
                _retell(same, Span(start, end, told), basis)
                same.aliases.append(name)
                return
        for first in summaries:
            if day is not None and summary_days.get(id(first), day) != day:
                continue  # an attack after a day of its own is another attack, however alike it is worded
            if (
                # 'khởi tố X về hành vi giết người' after a killing's summary: the charge is no retelling.
                _families(told, charges=False) & _families(first.spans[0].text)
                and len(_fold(told) & _fold(first.name) - _fold(" ".join(STORY_VERBS))) >= RETOLD_WORDS
                and not _NOUN.match(told)
                # 'đang tạm giữ X' after a summed-up stabbing: the arrest is news of its own.
                and not (_families(told) & CUSTODY) - _families(first.spans[0].text)
            ):
                # The body retells the summary's happening: one event, dated by the body.
                _retell(first, Span(start, end, told), basis)
                return
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
                kind=_kind_of(name),
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

    # Who can be told taking something: a person of the report, by full name or the last words of it.
    names = {" ".join(n.split()[-k:]) for _, n in people_at for k in (1, 2, len(n.split()))}
    summaries: list[Event] = []  # the summary paragraph's happenings, which the body may retell
    told_kinds: set[int] = set()  # kinds of act (STORY_FAMILIES) already told as the story's own
    violent_days: set[tuple[int, int]] = set()  # (kind of act, offset of the earlier day) of acts told
    summary_days: dict[int, int] = {}  # id of a summed-up happening → offset of the day it took

    parts = _uncaptioned(text, _headed_parts(text, ctx.sentences), _captions(text, ctx.sentences))
    for n, (lo, hi) in enumerate(parts):
        if hi <= body_start:
            continue
        if lo < body_start:
            continue
        start, end = _main_clause(text, lo, hi)
        # 'từ ngày 1/7' starts a period and 'trước ngày 8/6' sets a deadline: neither dates a happening.
        here = [
            d
            for d in usable
            if lo <= d.start < hi
            and not _SPAN_START.search(text, max(lo, d.start - 10), d.start)
            and not (d.start >= start and _DEADLINE.search(text, max(lo, d.start - 14), d.start))
        ]
        # The date nearest before the clause is its own ('Theo bản án ngày X, tháng Y, A làm B': Y).
        lead_dates = [d for d in here if d.start < start][-1:] or here[:1]
        basis: Basis | None = None
        day_before: int | None = None  # where the earlier sentence's day this clause takes is written
        lunar = _LUNAR_NEW_YEAR.search(text, lo, max(start, lo + 1))
        if lunar and not lead_dates:
            # 'Ngay sau Tết Đinh Dậu': the year is the cycle's, the day unknown.
            basis = (str(_lunar_year(lunar.group("stem"), lunar.group("branch"))), "year", lunar.group())
        elif lead_dates:
            iso, precision = _date_of(lead_dates[0], known(lead_dates[0]))
            if iso and precision is None and today and not _WRITTEN_YEAR.search(lead_dates[0].text):
                when = dt.date.fromisoformat(iso)
                if when > today and not _AHEAD.search(text, lo, hi):
                    # A yearless day after publication in a story told as past is last year's.
                    iso = _last_year(when).isoformat()
            basis = (iso, precision, lead_dates[0].text)
        else:
            rel = RELATIVE_DAY_RE.search(text, lo, max(start, min(hi, lo + 60)))
            if rel is not None:
                # The day told last, unless a month or a day of no known year: no day comes after those.
                prev = next((d.begin for _, d in last[-1:] if d.kind in ("day", "datetime")), None)
                prev = prev if prev and _date_of(last[-1][1], known(last[-1][1]))[0] else None
                day = relative_day(rel.group("w"), today, prev)
                if day is not None:
                    basis = (day.isoformat(), None, rel.group())
            elif (
                last
                and n - last[-1][0] <= NEARBY_SENTENCES
                and not _NOT_DATED.match(text, lo, hi)
                and not _VAGUE_TIME.search(text, lo, hi)
            ):
                para_start = text.rfind("\n", 0, lo)
                prev_no, prev = last[-1]
                if prev.start > para_start:
                    iso, precision = _date_of(prev, known(prev))
                    basis = (iso, precision, f"{prev.text} (an earlier sentence)")
                    # A year alone ('Bộ luật năm 2009', 'năm 2002 Năm Cam ...') is no day of an act.
                    day_before = prev.start if prev.kind != "period" else None
        clause = text[start:end]
        said = _SAID_ACT.match(clause)
        if said is not None and said.group("who"):
            # 'đơn vị này đã khởi tố ...': the teller told over again says nothing; the act alone names it.
            vague = _VAGUE_WHO.fullmatch(said.group("who").strip())
            clause = clause[said.end("who" if vague else "said") :]
        elif said is not None:
            clause = clause[: said.start("said")] + clause[said.end("said") :]
        dated = (
            any(d.kind != "period" for d in lead_dates)
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
        # 'Sau đó, X làm Y': a step of a story told in order, dated or not.
        in_sequence = (
            _SEQUENCE.match(text, lo, hi) is not None
            or _OFFICIAL_ACT.search(clause) is not None
            or _IN_CUSTODY.search(clause) is not None
            or _VERDICT.search(clause) is not None
            or _VISIT.search(clause) is not None
            or _police_act(clause)
            or _SEIZED.match(clause) is not None
            or _HOSTAGES.search(clause) is not None
            or _CALL.search(clause) is not None
            or _DELEGATION.search(clause) is not None
            # 'xác định Y là thủ phạm nên ra lệnh khởi tố bị can': a step that follows from what was found.
            or _SO_ACT.search(clause) is not None
        )
        reported = (
            _RECENT.search(clause) is not None
            or (_PAST_ACT.search(clause) is not None and dated)
            or in_sequence
        )
        # Neither dated nor told as done: what only a crime's or accident's verb can make a happening.
        plain = not (dated or reported and _has_act(clause))
        summary = plain and lead_lo <= lo < lead_hi and (verb := _story_verb(text, start, hi)) is not None
        kinds_here = _families(text[lo:hi]) if plain and not summary else set()
        violent = (
            not summary
            and plain
            and not (kinds_here & VIOLENT <= told_kinds)
            and (verb := _story_verb(text, start, hi, VIOLENT - told_kinds)) is not None
            and not _STORY.match(text, verb)  # 'Duy dùng dao đâm ...': someone does it, not ', đâm X
            # 'các vụ việc hành hung', 'nguyên nhân dẫn đến việc X đâm người': a topic, no attack told.
            and not _TOPIC.search(text, verb, _STORY.search(text, verb, hi).start())
        ) or (
            # A theft or a fraud is an act only when someone named does it ('Tý phá khóa ...'), not a
            # thief or a charge named ('tên trộm', 'hành vi lừa đảo'), a plan, or what befell someone.
            not summary
            and plain
            and not (kinds_here & TAKING <= told_kinds)
            and (verb := _story_verb(text, start, hi, TAKING - told_kinds)) is not None
            and _taken_by_doer(text, verb, hi, names)
        )
        # 'Tối 29/6, A ngồi uống nước ... A quay lại chém B': an attack (or a theft) told after a day no act
        # of its kind told before took is another one, not the story's first one retold.
        again = (
            not summary
            and not violent
            and plain
            and day_before is not None
            and (kinds := kinds_here & (VIOLENT | TAKING))
            and not all((k, day_before) in violent_days for k in kinds)
            # 'Chiều 31/5, Công an quận X cho biết ...': the day something was told, not of an attack.
            and not _TELLING.search(text, day_before, _sentence_end(text, day_before))
            and (verb := _doer_story_verb(text, start, hi, kinds)) is not None
            and not _RETOLD_ATTACK.search(text[verb : (act := _STORY.search(text, verb, hi).start())])
            and not _TOLD_BY.search(text, lo, act)
            # A death told once more, when no act of the kind took a day yet: the summary's killing retold
            # (a story has one killing; 'X ra tay chém người tử vong' then 'Y đâm Z bị thương' are two).
            and (
                any(k in kinds and d != day_before for k, d in violent_days)
                or not _DEATH.search(text, act, hi)
                or not any(_DEATH.search(e.spans[0].text) for e in summaries)
            )
            and not _PLANNED.search(text, lo, act)
            and not re.search(rf"{_B}bị{_E}", text[max(lo, act - 30) : act])  # 'X thì bị A, B chém'
            and not (_CRASH.match(text, act) and _VEHICLE.search(text, lo, act))
            and not re.search(r"[“\"]", text[lo:act])  # a definition or a charge quoted, no attack told
        )
        # 'Khi gặp nạn nhân, Thông dùng dao đâm ...' after 'Thông lấy dao đâm ...' was told: the same doer's
        # attack retold, unless an act of the kind took another day already; the day is the told attack's.
        if (
            again
            and not any(k in kinds and d != day_before for k, d in violent_days)
            and _doer_told(text[verb:act], [e for e in found if _families(e.spans[0].text, False) & kinds])
        ):
            again = False
            violent_days.update((k, day_before) for k in kinds)
        violent = violent or again
        if summary or violent:
            # 'Sau khi X, Y đã đầu thú', 'Vì xích mích, Z dùng dao đâm ...': the summary's happening;
            # 'Trước đó, Duy đã dùng dao đâm ...': the first violent act the body tells.
            start = verb
            cut = _cut(text, start, hi)
            end = cut.start() if cut else hi
            # 'Tám lấy trộm giấy tờ của chị Mười nên chị này trình báo ...': what followed is another's act.
            so = [m for m in _SO_NEW.finditer(text, start, end) if _NEW_SUBJECT.match(text, m.end())]
            end = so[0].start() if so else end
            clause = text[start:end]
            if violent:
                clause = _doer_and_act(clause)
                if basis is None and last and last[-1][1].start > text.rfind("\n", 0, lo):
                    # A crime told step by step: its act takes the paragraph's last day, however far back.
                    iso, precision = _date_of(last[-1][1], known(last[-1][1]))
                    if iso:
                        basis = (iso, precision, f"{last[-1][1].text} (an earlier sentence)")
                        day_before = last[-1][1].start
                if day_before is not None:
                    violent_days.update((k, day_before) for k in _families(clause) or {-1})
        incident = _incident(text, start, end)
        if incident is not None:
            # 'trên địa bàn vừa xảy ra một vụ án mạng khiến ...': the incident is the event, not its venue.
            start, end = incident, _phrase_end(text, incident, hi)
            clause = _TOLD.sub("", text[start:end])
            incidents.add(" ".join(_NOUN.match(text, start).group().lower().split()))
        if (
            (dated or reported or summary or violent)
            and (_has_act(clause) or summary or violent or incident is not None or _HOSTAGES.search(clause))
            and not _speech(clause)
            and not _FIRST_PERSON.match(clause)
            and not _ADVISED.match(clause)
            # 'đã trao quyết định bổ nhiệm ông A ...; bổ nhiệm ông B ...': one appointment each, told below.
            and not (_HANDED_DECISION.search(clause) and _APPOINTED.search(clause))
            and not _FUTURE.search(clause)
            and not _denied(clause)
            and not _setting(clause)
            and not _only_going(clause)
            and not _cared_for(clause)
            and not _FIGURES.search(clause)
            and not _tally(clause)
            and not _HOLDS.search(clause)
            and text[lo] not in '“"-+•*'
            and not _in_quote(text, start)
            and text[start : start + 1] not in '“"'
        ):
            clause = (_with_purpose(text, start, end, hi) if said is None else None) or clause
            if incident is not None:
                name, full = _cap(_tidy(clause), NAME_WORDS), _cap(_tidy(clause), ALIAS_WORDS)
            else:
                name, full = event_name(clause), event_name(clause, ALIAS_WORDS)
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
            if head is not None and not _fold(head.group()) <= _fold(name):
                name = ""  # 'phiên tòa xét xử X đã phải dời ...': the hearing is the event, named below
            if name:
                add(name, lo, hi, start, end, basis, full=full, day=day_before if again else None)
                closed_in = _CLOSED_IN.match(clause)
                if closed_in is not None and found and found[-1].spans[0].start == start:
                    # 'Lực lượng X đã nhanh chóng có mặt kết hợp Y bao vây căn nhà ...': who, and the act.
                    act = _phrase_end(clause, closed_in.start("act"), len(clause))
                    told = _tidy(f"{closed_in.group('who')} {clause[closed_in.start('act') : act]}")
                    found[-1].aliases.append(_cap(told, ALIAS_WORDS))
            if (summary or violent) and found and found[-1].spans[0].start == start:
                summaries.append(found[-1])
                if day_before is not None:
                    summary_days[id(found[-1])] = day_before
            if summary or violent:
                told_kinds.update(_families(clause))
        told = bool(found) and found[-1].spans[0].start == start
        for m in _CASE_STEP.finditer(text, lo, hi):
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
            charges = _CHARGES.match(text, m.end(), hi)
            stop = charges.end() if charges else _phrase_end(text, m.end(), hi)
            steps = _STEP_LISTED.match(text, stop, hi) if not charges else None
            # 'bị X khởi tố, bắt giam để điều tra về hành vi Y': both steps and the charge, a fuller wording.
            fuller = _phrase_end(text, steps.end(), hi) if steps is not None else stop
            comma = text.find(",", steps.end(), fuller) if steps is not None else -1
            fuller = comma if comma != -1 else fuller  # ', nổi lên ...': the sentence goes on past the charge
            first = m.start("verb") if m.group("by").strip() == "" else m.start()
            who = _person_before(lo * " " + bare, lo, subject_end) if first == m.start() or done else None
            if who is not None and len(" ".join(bare[who - lo : subject_end - lo].split())) <= PERSON_CHARS:
                first = who  # 'Duy bị công an bắt giữ': who the step befell
                # 'Sáu (30 tuổi), Bảy (27 tuổi) và Chín cũng bị tạm giữ': all of them.
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
            elif counted is not None:
                first = counted.start()  # '7 bị cáo bị truy tố về tội X': the accused, counted
            elif subject:
                first = start
            elif first == m.start() and before.lower() in _SO_WORDS:
                continue  # 'rồi bị công an bắt giữ' of no one named: the arrest told elsewhere, if at all
            # The asides and the auxiliaries between who and 'bị' are left out of the name.
            told, told_full = text[first:stop], text[first:fuller]
            if done:
                who_told = re.sub(r"\s+,", ",", bare[first - lo : subject_end - lo])
                told = f"{who_told} {text[m.start() : stop]}"
                told_full = f"{who_told} {text[m.start() : fuller]}"
            told = _tidy(told)
            add(_cap(told, NAME_WORDS), lo, hi, first, stop, None, full=_cap(_tidy(told_full), ALIAS_WORDS))
        for m in _PRAISED.finditer(text, lo, hi):
            # '41 chiến sĩ có thành tích xuất sắc đã được CATP Hà Nội khen thưởng': people counted, honoured.
            verb = m.start("verb")
            if _in_quote(text, m.start()) or _NOT_AWARDED.search(text, max(lo, verb - 30), verb):
                continue  # 'xứng đáng được khen thưởng': none given yet
            told = _AUX_IN_NAME.sub(" ", text[m.start() : m.end()])
            add(_cap(_tidy(told), NAME_WORDS + 6), lo, hi, m.start(), m.end(), basis if dated else None)
        for m in _HONOURED.finditer(text, lo, hi):
            # 'ông Nông lại được khen thưởng', 'X được cho thôi trách nhiệm Chủ tịch': a named person's step.
            who = _person_before(text, lo, m.start())
            if who is None:
                continue
            stop = _phrase_end(text, m.end(), hi)
            name = f"{' '.join(text[who : m.start()].split()[:4])} {text[m.start() : stop]}"
            name = _AUX_IN_NAME.sub(" ", name)
            add(
                _cap(_tidy(name), NAME_WORDS),
                lo,
                hi,
                who,
                stop,
                basis if dated else None,
                full=_cap(_tidy(name), ALIAS_WORDS),
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
            short = _cap(re.split(r"\s+(?:cho|tại|nhằm|để)\s+", act)[0], NAME_WORDS + 6)
            add(short, lo, hi, m.start(), m.end(), basis if dated else None, full=f"{who} {act}".strip())
            if found and found[-1].spans[0].start == m.start():
                found[-1].kind = "award"  # as the keyword pass calls an award handed over
        for m in _HELD_AWARD.finditer(text, lo, hi):
            # 'Đồng thời tổ chức khen thưởng cho các tập thể ...' beside a dated meeting: that day's award.
            if basis is None and not _TOLD_DONE.search(text, max(lo, m.start() - 40), m.start()):
                continue
            stop = _phrase_end(text, m.end(), hi)
            told = _tidy(text[m.start() : stop])
            add(_cap(told, NAME_WORDS), lo, hi, m.start(), stop, basis, full=_cap(told, ALIAS_WORDS))
        for m in _APPOINTED.finditer(text, lo, hi):
            # 'bổ nhiệm ông A, <chức cũ>, giữ chức vụ B; bổ nhiệm ông C ...': one appointment each.
            if re.match(r"giữ\s+chức(?:\s+vụ)?\s+(?:trên|này|đó)(?![^\W_])", m.group("post")):
                continue  # 'giữ chức vụ trên': the post named before
            name = f"bổ nhiệm {' '.join(m.group('who').split())} {' '.join(m.group('post').split())}"
            add(
                _cap(_tidy(name), NAME_WORDS + 6),
                lo,
                hi,
                m.start(),
                m.end(),
                basis,
                " ".join(m.group("who").split()),
            )
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
                told = _tidy(text[first:stop])
                more = re.match(rf"\s+và\s+(?=(?:{_words(*STOP_VERBS)}){_E})", text[stop:hi], re.IGNORECASE)
                said = _fold(" ".join([clause_event.name, *clause_event.aliases])) if clause_event else set()
                if more is not None or not _fold(told) <= said:  # (several acts: one event each)
                    add(_cap(told, NAME_WORDS), lo, hi, first, stop, basis, full=_cap(told, ALIAS_WORDS))
                clause_event = None
                if more is None:
                    break
                first = stop + more.end()
        examined = _EXAMINED.match(text, lo, hi)
        if examined is not None and not _in_quote(text, lo):
            step = " ".join(examined.group("step").split())
            if found and lo <= found[-1].spans[0].start < hi and _fold(step) <= _fold(found[-1].name):
                # 'Quá trình khám nghiệm hiện trường, tử thi cơ quan điều tra đã thu giữ ...' read as one
                # clause: the examination names it, the clause stays its fuller wording.
                found[-1].aliases = [found[-1].name, *found[-1].aliases]
                found[-1].name = step
            else:
                add(step, lo, hi, examined.start("step"), examined.end("step"), basis if dated else None)
        assessed = _ASSESSED.match(text, lo, hi)
        if assessed is not None and not _in_quote(text, lo):
            # 'Theo kết quả giám định của Công an tỉnh X ngày 10/5: ...': the expert examination is a step.
            step = " ".join(assessed.group("step").split())
            add(step, lo, hi, assessed.start("step"), assessed.end("step"), basis if dated else None)
        for m in _MISSING.finditer(text, lo, hi):
            who = m.group("who").split()
            if _in_quote(text, m.start()) or any(
                "mất tích" in e.name and who[-1] in e.name.split() for e in found
            ):
                continue  # 'cháu Nghĩa mất tích' after 'bé Trần Trung Nghĩa được trình báo mất tích': told
            told = " ".join(m.group().split())
            add(f"{' '.join(who)} mất tích", lo, hi, m.start(), m.end(), basis if dated else None, full=told)
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
            told = _tidy(text[m.start("what") : stop])
            # A complaint's clause is named by the complaint: what it reports is another happening.
            complaint = m.groupdict().get("complaint") or ""
            if any(
                (_same(told, e.name) or _fold(told) <= _fold(e.name))
                and not (complaint and _complaint_of(told, e.name))
                for e in found
            ):
                continue  # the clause's name already tells it
            retold = next((e for e in summaries if _incident_of(f"vụ {told}", e.name)), None)
            if retold is not None and _TOLD_BEFORE.search(text, lo, m.start()):
                # 'xảy ra vụ thiếu nữ bị tấn công ...' after the summary told the attack
                retold.spans.append(Span(m.start("what"), stop, text[m.start("what") : stop]))
                continue
            add(
                _cap(told, NAME_WORDS), lo, hi, m.start("what"), stop, None, full=_cap(told, ALIAS_WORDS),
                apart=complaint,
            )
        for m in _TOLL_INCIDENT.finditer(text, lo, hi):
            if _in_quote(text, m.start()):
                continue
            cut = _cut(text, m.start(), hi)
            full = _cap(_tidy(text[m.start() : cut.start() if cut else hi]), ALIAS_WORDS)
            name = _cap(_tidy(text[m.start() : m.end()]), NAME_WORDS)
            add(name, lo, hi, m.start(), m.end(), None, full=full)
        # (Past a cut too: 'Một gia đình khi đang đi đám giỗ, đã gặp nạn khiến 5 người thương vong'.)
        toll = _TOLL.search(text, start, hi)
        if (
            toll is not None
            and not any(lo <= sp.start < hi for e in found for sp in e.spans)
            and not _in_quote(text, toll.start())
            and not _CASES_COUNTED.search(text, start, toll.start())
            and not _tally(text[start:end])
            and not _FIGURES.search(text, start, end)
            and text[lo] not in '“"-+•*'
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
            told = _tidy(_AUX_RUN.sub("", text[first : toll.end()]))
            if (
                len(text[first : toll.start()].split()) >= 3
                and not any(n.group()[:2].lower() == "vụ" for n in _NOUN.finditer(text, lo, toll.start()))
                and not _INCIDENT_WORD.search(text, lo, toll.start())
                and not any(
                    _TOLL.search(sp.text) or _INCIDENT_WORD.search(sp.text) for e in found for sp in e.spans
                )
            ):
                add(_cap(told, NAME_WORDS), lo, hi, first, toll.end(), basis, full=_cap(told, ALIAS_WORDS))
        source = _SAID_COMMA.search(text, lo, start)
        for m in _NOUN.finditer(text, lo, hi):
            if (
                start <= m.start() < end
                and found
                and found[-1].spans[0].start == start
                and _fold(m.group()) <= _fold(found[-1].name)
            ):
                continue  # the clause's name already holds it
            related = _RELATED.fullmatch(text, lo, m.start()) is not None
            if source is not None and m.start() < source.start() and not related:
                continue  # 'Hiện trường vụ X Tin từ Y cho biết, ...': a caption run into the source
            quoted = text[lo] in "“\"" or _in_quote(text, m.start())
            if quoted and text[m.start() - 1 : m.start()] not in "“\"":
                continue  # one someone speaks of, not one the report tells ('“Hội nghị X”' is a title)
            noun = " ".join(m.group().lower().split())
            if _AT_EVENT.search(text, max(lo, m.start() - 8), m.start()) and any(
                noun in e.name.lower()
                and not _ABOUT_MEETING.search(e.name.lower(), 0, e.name.lower().find(noun))
                for e in found
            ):
                continue  # 'Tại buổi làm việc, ...' after the meeting is told: the same meeting
            counted_series = _SERIES.search(text, max(lo, m.start() - 50), m.start())
            series = counted_series is not None
            if (
                _BACK_REFERENCE.match(text, m.end(), hi)
                or _COUNTED.search(text, max(lo, m.start() - 12), m.start())
                and not (series and m.group().lower().startswith("vụ"))
                or _REFERRED.search(text, max(lo, m.start() - 14), m.start())
            ):
                continue
            stop = _phrase_end(text, m.end(), hi)
            if m.group().lower().startswith("vụ") and (
                _POINTED_BACK.match(text, m.end(), stop) or _ENDS_BACK.match(text, m.end(), stop)
            ):
                continue  # 'vụ nổ bên ngoài trường mầm non nói trên': the incident told before
            if m.group().lower().startswith("vụ") and _SCENE_OF.fullmatch(text, lo, m.start()):
                continue  # 'Hiện trường vụ cháy bên trong căn nhà X': a photo's caption, the incident told
            if _LEAD_EVENT.fullmatch(text, lo, m.start()) and "," in text[m.end() : stop]:
                stop = text.index(",", m.end())  # 'Sau cuộc đối thoại, người dân ...': the lead ends there
            # '7 vụ trộm cắp tài sản ở X, Y': a series is named with its count.
            first = m.start()
            if counted_series is not None and counted_series.group("n")[0].isdigit():
                first = counted_series.start("n")
            name = _cap(_tidy(text[first:stop]), NOUN_WORDS)
            if len(m.group().split()) < 3 and (len(name.split()) < 4 or text[m.end() : m.end() + 1] == ","):
                continue  # 'hội nghị' alone names nothing in particular
            if not m.group().lower().startswith("vụ") and _named_before(found, noun, name):
                continue  # 'kỳ thi tới', 'kỳ thi với yêu cầu ...' after 'Kỳ thi THPT quốc gia năm 2017'
            if m.group().lower().startswith("vụ"):
                head = " ".join(m.group().lower().split())
                if len(name.split()) < 5 or head in incidents:
                    continue  # 'vụ nổ mìn', 'Vụ tai nạn khiến ...': the case named in full elsewhere
                if _WHERE_TOLD.search(text, max(lo, m.start() - 40), m.start()):
                    continue  # 'đoạn đường xảy ra vụ cháy ...': where the incident told before took place
                if _NONE_OF.search(text, max(lo, m.start() - 30), m.start()):
                    continue  # 'không xảy ra bất cứ vụ bắt cóc nào': an incident denied
                told_in = next(
                    (
                        e
                        for e in found
                        if e.kind not in CASE_STEP_KINDS
                        and _families(name, False) & _families(e.spans[0].text, False)
                    ),
                    None,
                ) if related else None
                if told_in is not None:
                    # 'Liên quan tới vụ việc anh N. bị đâm chết ..., Công an quận X cho biết ...' after the
                    # summary told the stabbing: the story's incident referred to, which the noun names best.
                    told_in.spans.append(Span(m.start(), stop, text[m.start() : stop]))
                    told_in.aliases.append(told_in.name)
                    told_in.name, told_in.kind = name, told_in.kind or _kind_of(name)
                    continue
                if not series:  # '7 vụ trộm cắp' leaves each theft of the series to be told in its turn
                    incidents.add(head)
                if not (
                    m.start() <= start + 2 or re.search(r"xảy\s+ra\s+$", text[lo : m.start()], re.IGNORECASE)
                ):
                    add(name, lo, hi, m.start(), stop, None)  # a case named as the object of another act
                    continue
            held = _HOLDS.search(text, start, m.end()) if start < m.start() else None
            # 'TAND tỉnh X mở phiên xử Y': who held it is part of how the text tells it.
            full = event_name(text[start:stop], ALIAS_WORDS) if held and held.end() == m.start() else ""
            add(name, lo, hi, m.start(), stop, basis, full=full)
        for d in here:
            last.append((n, d))
    return found


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
        years = _inferred_years(ctx.text, [*(dates or []), *days])
        inferred = set(years)
        days = [_in_year(d, years.get(d.start)) for d in days]
        dates = [_in_year(d, years.get(d.start)) for d in dates] if dates is not None else None
    days = [
        d
        for d in days
        if not is_document_date(ctx.text, d) and _date_of(d, year_known or d.start in inferred)[0]
    ]
    found = _keyword_events(ctx, report, days, org_at, people_at, published)
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
        if overlapping:
            _absorb(overlapping, event.name, event.date)
            continue
        # 'tố cáo việc X bị Y đâm' is a complaint; the stabbing it reports is another happening.
        kin = [e for e in found if not _complaint_of(event.name, e.name)]
        if _absorb([e for e in kin if not e.part_of], event.name, event.date) or any(
            _same(event.name, e.name) and not _other_days(event.name, event.date, e.date) for e in kin
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
        if year:  # 'kỳ thi năm 2014', 'Đại hội đồng cổ đông lần 2/2017'
            event.date, event.date_precision, event.date_basis = year.group(1), "year", year.group()
    found = _two_acts_each(found, used)
    found = _one_trial_each(found, ctx.text)
    found = _one_arrest_each(found, {name.split()[-1] for _, name in people_at if name.split()})
    people = {name for _, name in people_at if len(name.split()) > 1 and name.split()[0] in ctx.lex.surnames}
    found = _one_incident_each(found)
    found = _incident_retold(found)
    found, incidents = _incident_after_each(found, used)
    for event in found:
        _name_the_doer(event, ctx.text, people_at)
        event.aliases = _aliases(event)
        if event.id in incidents:  # the sentence's other wordings name the act, not the incident
            event.aliases = [a for a in event.aliases if _same(a, event.name)]
        _act_over_setting(event)
        _title_as_doer(event, people)
    return _one_wording_each(found)


def _act_over_setting(event: Event) -> None:
    """Name an event told as where people were ('X có mặt tại Y') by what they did there, when told."""
    if _PRESENT_AT.search(f" {event.name}") is None:
        return
    tellings = (*(s.text for s in event.spans[:1]), event.name, *event.aliases)
    told = {_present_then_act(_tidy(t)) for t in tellings}
    act = next((a for a in event.aliases if a in told - {""}), None)
    if act is not None:
        event.aliases = [event.name, *(a for a in event.aliases if a != act)]
        event.name = act


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
    x, y = _fold(name), _fold(other)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.6


def _incident_after_each(found: list[Event], used: set[str]) -> tuple[list[Event], set[str]]:
    """Add the deadly incident an act follows ('... sau sự cố X làm chết Y') when no event tells it."""
    out, added = list(found), set()
    for event in found:
        m = _AFTER_INCIDENT.search(event.quote or "")
        if m is None or event.part_of or not _DEATH.search(m.group("what")):
            continue
        name = _cap(_drop_places(_tidy(m.group("what"))), NAME_WORDS)
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
                event, id=sid, name=name, kind=_kind_of(name), aliases=[], date=None, date_precision=None,
                date_basis=None, participants=[], recipients=[],
            )
        )
    return out, added


def _two_acts_each(found: list[Event], used: set[str]) -> list[Event]:
    """Split an event whose name tells two acts, each on a number of its own, into two events."""
    out: list[Event] = []
    for event in found:
        m = _TWO_ACTS.match(event.name)
        # 'Từ đầu năm đến nay ... xử lý 7 vụ, bắt giữ 15 đối tượng': a period's tally, no two acts.
        if m is None or event.part_of or _PERIOD_WORDS.search(event.quote or ""):
            out.append(event)
            continue
        event.name, event.kind = m.group("first"), _kind_of(m.group("first"))
        event.aliases = []
        second = m.group("second")
        base = slug(second)[:60].strip("-") or "event"
        sid, k = base, 2
        while sid in used:
            sid, k = f"{base}-{k}", k + 1
        used.add(sid)
        out += [event, dataclasses.replace(event, id=sid, name=second, kind=_kind_of(second), aliases=[])]
    return out


def _one_wording_each(found: list[Event]) -> list[Event]:
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


# 'anh ta', 'hắn', 'đối tượng này': who a story's step is of, told before by name.
_ANAPHOR = re.compile(rf"^(?:{_words(*_WORDS['anaphors'])}){_E}", re.IGNORECASE)
# What may stand before a suspect's name: a clause's start, a link, the word for a suspect.
_BARE_NAME_BEFORE = re.compile(
    rf"(?:^|[.,;:\n]|{_B}(?:và|với|đối\s+tượng|nghi\s+phạm|nghi\s+can|bị\s+can|bị\s+cáo))\s*$", re.IGNORECASE
)
ANAPHOR_CHARS = 600  # how far back a pronoun's person is looked for


def _name_the_doer(event: Event, text: str, people_at: list[tuple[Span, str]]) -> None:
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


def _title_as_doer(event: Event, people: set[str]) -> None:
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


def _aliases(event: Event) -> list[str]:
    """Return the other wordings the text gives an event: fuller ones, then the act without its frame.

    Fuller: its act uncut, the clause that tells it. Only the first telling counts: later ones
    ('Vụ tai nạn xảy ra lúc ...', a summary retold) give a time or a detail, not another name. A
    telling that adds only an auxiliary ('vừa', 'đã') to what is named already says nothing new.
    Shorter: the act without who did it, or without the purpose or setting that trails it.
    """
    out: list[str] = []
    seen = _fold(event.name)
    for told in [*event.aliases, *(_cap(_tidy(s.text), ALIAS_WORDS) for s in event.spans[:1])]:
        new = _fold(told) - seen - _AUX_WORDS
        if len(told.split()) < 3 or len(new) < ALIAS_NEW_WORDS:
            continue
        seen |= _fold(told)
        out.append(told)
    names = {" ".join(event.name.lower().split()), *(" ".join(a.lower().split()) for a in out)}
    whole = _tidy(event.spans[0].text) if event.spans else ""
    for short in _short_forms(event.name, out, whole):
        key = " ".join(short.lower().split())
        if key not in names and len(short.split()) >= 3:
            names.add(key)
            out.append(short)
    return out


# What trails an act and is no part of it: its purpose, its occasion, what it concerns.
_TRAIL = re.compile(
    rf"\s+(?:{_words('liên quan đến', 'liên quan tới', 'để', 'nhằm', 'khi', 'sau khi', 'trong khi')}){_E}"
)  # case-sensitive: 'ông Nguyễn Văn Để' is a name
# 'X thì xảy ra Y', 'X, xảy ra Y': Y is what happened, X only when or where.
_THEN_OCCURRED = re.compile(rf"(?:{_B}thì|,)\s+(?:lại\s+|đã\s+)?xảy\s+ra\s+(?P<what>[^,;]+)", re.IGNORECASE)
# The verb that starts an act after its doer: an act verb, a crime's verb, 'tiến hành X'.
# 'A và đưa B': a second act joined on.
_NEXT_ACT = re.compile(rf"\s+và\s+(?={_ACT.pattern})", re.IGNORECASE)
_CHARGE_BEFORE = re.compile(rf"{_B}(?:tội|hành\s+vi)(?:\s+\S+){{0,6}}$", re.IGNORECASE)
TRAIL_HEAD_WORDS = 4  # an act shorter than this without its purpose says too little to name it
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
# 'Nga bỏ trốn nên bị phát lệnh truy nã': a step that follows from what its subject did.
_SO_WORDS = ("nên", "thì", "rồi")
_SO_ACT = re.compile(
    rf"\s(?-i:nên|vì\s+vậy|do\s+đó)\s+(?:đã\s+)?"  # 'Nên' is a name ('ông Nguyễn Văn Nên ký lệnh ...')
    rf"(?=(?:ra\s+lệnh\s+)?(?:{_words(*OFFICIAL_VERBS, 'ra lệnh')}){_E})",
    re.IGNORECASE,
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
_OBJECT_END = re.compile(
    # 'Công ty X- đây là ...': a dash glued to a word is where a bracket was taken out ('37C- 048': a plate).
    rf"\s*(?:,(?![0-9])|[;:(])|(?:\s|(?<=\w)(?-i:(?<![0-9A-Z_])))[-–]\s|\s+(?:{_words(*_WORDS['object_ends'])}){_E}",
    re.IGNORECASE,
)
# 'X chủ trì, phối hợp với Y và các đơn vị có liên quan kiểm tra Z': who helps is no part of what is done.
_HELPED = re.compile(
    rf"(?:{_B}chủ\s+trì\s*,?\s+)?{_B}phối\s+hợp(?:\s+với)?\s+[^;:.]{{2,120}}?\s+"
    rf"(?:(?:tiến\s+hành|tiếp\s+tục|thực\s+hiện)\s+)?(?={_ACT_START.pattern})",
    re.IGNORECASE,
)
# 'thăm, động viên và thưởng nóng': one more act listed before the last, joined by 'và'.
_LISTED_ACT = re.compile(r"(?-i:[^\W\d_A-ZĐ])[^\W\d_]*(?:\s+[^\W\d_]+)?\s+và\s")
_TRAILING_AUX = re.compile(rf"(?:\s+(?:{_words(*AUXILIARIES, 'lần lượt')}){_E})+\s*$", re.IGNORECASE)
# Words that open a lead or a clause, not a doer: 'Khi X bắt ...', 'Trên đường chở ...', 'Việc X ...'.
_NO_DOER = re.compile(rf"^(?:{_words(*_WORDS['no_doer_words'])}){_E}", re.IGNORECASE)
_SPEECH_IN = re.compile(rf"{_B}(?:{_words(*SPEECH_VERBS)}){_E}", re.IGNORECASE)
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
_GANG = re.compile(
    rf"^(?P<head>.*?{_B}(?:{_words(*STORY_FAMILIES[min(CUSTODY)], 'khởi tố', 'bắt tạm giam', 'tạm giam')})"
    rf"(?:\s+(?:{_words('bị can', 'đối tượng', 'nghi phạm', 'nghi can')}))?)"
    rf"\s+(?P<first>{_PERSON_NAME})(?:\s*,\s*{_PERSON_NAME}){{1,}}\s*,?\s+và\s+{_PERSON_NAME}\s*$",
    re.IGNORECASE,
)
# A meeting between parties, then what it is held for.
_MEETING_FOR = re.compile(
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
            out.append(f"{head} {gang.group('first')} và đồng bọn")
            break
    placed = _PLACED_ACT.match(name)
    if placed is not None and _families(placed.group("verb"), charges=False) & TAKING:
        # 'lấy trộm tại tiệm vàng X': what was taken says less than where it was taken from.
        out.append(placed.group("act"))
    for told in dict.fromkeys((whole, *fuller, name)):
        # 'buổi làm việc giữa A, B và C để thống nhất X': a meeting is named by what it is held for.
        held = _MEETING_FOR.search(told)
        if held is not None:
            out.append(_cap(f"{held.group('noun')} {held.group('purpose')}", NAME_WORDS))
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
            out.append(_cap(told[so.end() :], NAME_WORDS))
            break
    for told in (*fuller[:1], name):
        # 'ông X lái xuồng quay lại nhà Y, dùng súng bắn chết bà Z': the harm is the last step, X its doer.
        steps = _STEPS.match(told)
        if (
            steps is not None
            and _families(steps.group("last"), charges=False) & VIOLENT
            and not _families(steps.group("first"), charges=False) & VIOLENT
        ):
            out.append(f"{steps.group('doer')} {steps.group('last')}")
            break
    about = re.sub(r"\s+về\s+việc\s+", " ", name)
    if about != name and not _DOCUMENT_HEAD.match(name):
        out.append(about)  # 'thông báo về việc kết thúc thanh tra': 'thông báo kết thúc thanh tra'
    for told in (*fuller[:1], name):
        # '... phối hợp Công an huyện X tiếp tục khám nghiệm hiện trường': the act, not who joined in.
        joined = _WITH_OTHERS.search(told)
        if joined is not None and _doer(joined.group("who").split(",")[0]):
            out.append(_cap(told[joined.start("act") :], NAME_WORDS))
            break
    for act in acts:
        # 'cử cán bộ khám nghiệm hiện trường và đưa nạn nhân đi cấp cứu': the first act is named alone too.
        then = _NEXT_ACT.search(act)
        if then is not None and _CHARGE_BEFORE.search(act, 0, then.start()):
            continue  # 'về hành vi giết người và cướp tài sản': the charges, not a second act
        if then is not None and len(act[: then.start()].split()) >= TRAIL_HEAD_WORDS:
            out.append(act[: then.start()].rstrip(" ,"))
    return out


# 'ông X <step>, dùng <weapon> <harm>': a named doer's steps, the last told after a comma without a subject.
_STEPS = re.compile(
    rf"^(?P<doer>(?:(?:{_words(*_HONORIFICS)})\s+)?(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){{0,3}})"
    r"\s+(?:(?:đã|vừa|lại)\s+)?(?P<first>(?-i:[^\W\d_A-ZĐ])[^,;:]+),\s+(?:rồi\s+|sau\s+đó\s+)?"
    rf"(?P<last>(?:{_words('dùng', 'cầm', 'rút', 'lấy', 'vác')})\s[^,;:]+)$",
    re.IGNORECASE,
)
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
        out.append(_cap(f"{verb} {patient} {rest}", NAME_WORDS))
    if agent and _doer(agent) and _CASE_STEP_VERB.fullmatch(verb) and _COUNTED_ACCUSED.match(patient + " "):
        # '15 bị can bị Công an X khởi tố, bắt giam để điều tra về hành vi Y': who took the steps, on whom,
        # for what: 'Công an X khởi tố, bắt giam 15 bị can về hành vi Y'.
        after = told[m.end() :]
        while (more := _STEPS_LISTED.match(after)) is not None:
            verb, after = f"{verb}, {' '.join(more.group('verb').split())}", after[more.end() :]
        charge = _CHARGE_AFTER.match(after)
        told_active = f"{agent} {verb} {patient}"
        charged = f"{told_active} {' '.join(charge.group('charge').split())}" if charge else told_active
        out.append(_cap(charged, NAME_WORDS + CHARGE_WORDS))
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


def _incident_of(told: str, name: str) -> bool:
    """Whether 'vụ X' told as having happened is ``name``'s happening: most of X's words are its words.

    'tại phường 3 xảy ra vụ thiếu nữ bị tấn công bằng hung khí' after the summary 'Lan bị một người lạ
    tấn công và gây thương tích bằng hung khí' tells that attack as an incident, not another one.
    """
    if told[:3].lower() != "vụ ":
        return False
    words = _fold(told) - _fold("vụ") - _FUNCTION_WORDS
    shared = words & _fold(name)
    return len(shared) >= RETOLD_WORDS and len(shared) >= INCIDENT_SHARE * len(words)


def _one_incident_each(found: list[Event]) -> list[Event]:
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


def _retell(event: Event, span: Span, basis: Basis | None) -> None:
    """Fold another telling of ``event`` into it: its span, and the telling's date if the event has none."""
    if event.date is None and basis is not None and basis[0]:
        event.date, event.date_precision, event.date_basis = basis
    event.spans.append(span)


def _fold_telling(into: Event, event: Event) -> None:
    """Fold ``event``, another telling of ``into``, into it: its sentences, and its date if it has none."""
    if into.date is None and event.date:
        into.date, into.date_precision, into.date_basis = event.date, event.date_precision, event.date_basis
    into.spans += event.spans


RULING_SENTENCES = 3  # a ruling told further from its undated hearing may be another court's


def _one_trial_each(found: list[Event], text: str) -> list[Event]:
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
_FUNCTION_WORDS = _fold("của và ở tại trong trên với cho các những một là thì mà đã bị được này đó")
_FUNCTION_WORDS |= _fold("ông bà anh chị")


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


def _incident_retold(found: list[Event]) -> list[Event]:
    """Fold a clause that tells an incident named by its noun ('vụ gài mìn nhà X', then 'quả mìn phát
    nổ trước nhà X') into it: one happening, dated by the clause when the noun phrase had no day.

    Only a clause whose first act is of the incident's kind (STORY_FAMILIES) and that shares at least
    RETOLD_WORDS words besides verbs and small words with its name tells it again; one that only
    speaks of it ('nhờ bạn đặt mìn nhà X', 'viết đơn khai ... đặt mìn') is a step of its own.
    """
    verbs = _fold(" ".join(STORY_VERBS)) | _fold(" ".join(" ".join(f) for f in STORY_FAMILIES))
    kept: list[Event] = []
    for event in found:
        incident = next(
            (
                e
                for e in kept
                if e.name[:3].lower() == "vụ "
                and not _NOUN.match(event.name)
                and _kinds_of_act(e.name) & _kinds_of_act(_first_act(event.name))
                and len((_fold(e.name) & _fold(event.name)) - verbs - _FUNCTION_WORDS) >= RETOLD_WORDS
            ),
            None,
        )
        if incident is not None:
            _fold_telling(incident, event)
            continue
        kept.append(event)
    return kept


_TURNED_IN = re.compile(rf"{_B}đầu\s+thú{_E}", re.IGNORECASE)
_ARRESTED = re.compile(rf"{_B}bị\s+(?:\S+\s+){{0,4}}?(?:bắt|tạm\s+giữ|tạm\s+giam){_E}", re.IGNORECASE)


def _apart(date: str | None, other: str | None) -> bool:
    """Whether two dates fall apart: both known, neither within the other ('2017-05' holds '2017-05-03')."""
    return bool(date and other and not date.startswith(other) and not other.startswith(date))


def _one_arrest_each(found: list[Event], given_names: set[str]) -> list[Event]:
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
        if event.kind == "arrest" and not _TURNED_IN.search(event.name):
            who = arrested(event)
            first = next(
                (
                    e
                    for e in kept
                    if e.kind == "arrest"
                    and not _TURNED_IN.search(e.name)
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
