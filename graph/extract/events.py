"""Find events: conferences, ceremonies, congresses, and the acts within them (awards, gifts, notices)."""

from __future__ import annotations

import re

from graph.facts import Event, Participant, Span
from graph.text import DateMatch, slug

from .context import Context

__all__ = ["events"]

# A named event: the keyword and the words that describe it, up to the clause's end.
EVENT = re.compile(
    r"(?P<kind>hội nghị|hội thảo|lễ|đại hội|diễn tập|kỳ họp|phiên họp|cuộc họp|tọa đàm|tổng kết|sơ kết)"
    r"(?P<desc>(?:\s+[^\s.;,:()“”]+){2,24})",
    re.IGNORECASE,
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
    r"(?P<act>(?:trao tặng|tặng|trao|khen thưởng)\s+(?:hoa(?:\s+chúc mừng)?|giấy khen|bằng khen|"
    r"huân chương[^,.;]*?|huy chương[^,.;]*?|cờ thi đua[^,.;]*?|kỷ niệm chương[^,.;]*?)"
    r"|(?:công bố|thông báo|trao)\s+(?:các\s+)?quyết định[^.;]*)",
    re.IGNORECASE,
)
ATTEND = re.compile(
    r"(?P<role>(?:đến\s+)?(?:dự|tham dự|chủ trì|chỉ đạo)(?:\s+và\s+(?:chỉ đạo|phát biểu|chủ trì))?)",
    re.IGNORECASE,
)
TERM = re.compile(r"nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})")
AWARD_COUNT = re.compile(r"cho\s+(\d+)\s+(tập thể|cá nhân)(?:\s+và\s+(\d+)\s+(tập thể|cá nhân))?")


def events(
    ctx: Context,
    report: str,
    days: list[DateMatch],
    org_at: dict[int, str],
    people_at: list[tuple[Span, str]],
    published: str | None,
) -> list[Event]:
    """Return the events of the report.

    ``org_at`` and ``people_at`` give the units and persons named at each offset, so that an
    event's organiser, agent and participants can be read from the sentence around it.
    """
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

    for sentence in ctx.sentences[1:]:
        lo, hi = sentence.start, sentence.end
        day = next((d for d in days if lo <= d.start < hi and d.kind in ("day", "datetime")), None)
        persons_here = [(s, name) for s, name in people_at if lo <= s.start < hi]
        orgs_here = sorted((start, name) for start, name in org_at.items() if lo <= start < hi)
        for m in EVENT.finditer(text, lo, hi):
            kind = KINDS[m.group("kind").lower()]
            before = text[lo : m.start()].lower()
            name = " ".join(m.group().split()).rstrip(" ,")
            term = TERM.search(name)
            if not (
                "tổ chức" in before[-20:]
                or kind == "congress"
                and term
                or "khai mạc" in before[-20:]
                or day is not None
            ):
                continue
            if main is not None and kind == "conference" and day is None:
                continue
            organizer = next((o for s, o in reversed(orgs_here) if s < m.start()), None)
            event = Event(
                id=new_id(name),
                name=name,
                kind=kind,
                date=day.begin.isoformat() if day else None,
                organizer=organizer if "tổ chức" in before else None,
                term=list(term.groups()) if term else [],
                quote=" ".join(text[lo:hi].split()),
                spans=[Span(m.start(), m.start() + len(m.group().rstrip(" ,")), m.group().rstrip(" ,"))],
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
            short = re.split(r"\s+(?:về|cho|của)\s+", act)[0]
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
            )
            twin = next(
                (e for e in found if e.part_of == main.id and e.name == sub.name and e.agent == agent), None
            )
            if twin is not None:
                # The same act told twice (a photo caption and the text): one event.
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
