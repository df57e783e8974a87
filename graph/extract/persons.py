"""Find officials: their names, ranks and posts, and the later mentions of them by post alone.

Posts are read from the shapes the genre uses:

- before the name: 'Chủ tịch UBND TP X Trần Văn A', 'Giám đốc Công an tỉnh, Thiếu tướng B';
- after it: 'Thiếu tướng B, Giám đốc Công an tỉnh X', 'ông C - Phó Chủ tịch UBND tỉnh';
- several in a chain: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh D'.

A post written without a name ('Giám đốc Công an TP X tặng giấy khen') is a mention of the person
who holds it, once the report has named that person.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.facts import Person, Position, Span
from graph.gazetteer import Entry
from graph.text import key

from .context import Context, match_level
from .organizations import display_name, org_key, parse_org
from .tokens import Token, is_capitalised

__all__ = ["persons", "TitleMention"]

HONORIFICS = {"ông", "bà", "đồng chí", "anh", "chị"}
# Words after which a capitalised name is a street, school or the like, not a person.
NOT_PERSON_BEFORE = {
    "đường",
    "phố",
    "trường",
    "cầu",
    "chợ",
    "tượng",
    "lăng",
    "khu",
    "ấp",
    "thôn",
    "bản",
    "tổ",
}
# Roles that, written with only a place ('Chủ tịch TP X'), mean the post in that place's People's Committee.
COMMITTEE_ROLES = {"chu-tich", "pho-chu-tich", "pho-chu-tich-thuong-truc"}
CHAIN_SEPARATORS = {",", "-", "–", "—", "("}


@dataclass
class TitleMention:
    """A post written in the text: a role and the unit it is in."""

    start: int
    end: int
    first: int  # token index of the role
    last: int  # token index after the unit
    role: Entry
    org: str  # the unit's canonical name
    title: str = ""  # the title as the report gives it ('Trưởng Công an xã')
    claimed: bool = False


def _titles(ctx: Context, tokens: list[Token], org_names: dict[str, str]) -> list[TitleMention]:
    """Find every 'role + unit' in a sentence."""
    found: list[TitleMention] = []
    i = 0
    while i < len(tokens):
        match = ctx.lex.roles.match(tokens, i)
        if not match or not is_capitalised(tokens[i]):
            i += 1
            continue
        role, j = match
        title_text = role.vi
        # A role may end with the unit's head: 'Trưởng Công an xã X' heads 'Công an xã X', and
        # 'Trưởng phòng CSGT Công an tỉnh' heads 'Phòng CSGT Công an tỉnh'.
        inner = next(
            (
                n
                for n in (2, 1)
                if j - n > i and (m := ctx.lex.heads_loose.match(tokens, j - n)) and m[1] == j
            ),
            None,
        )
        org = parse_org(ctx, tokens, j - inner, in_title=True) if inner else None
        if org is not None and org.specific:
            if org.level and inner == 2:
                title_text = f"{role.vi} {org.level}"
        else:
            org = parse_org(ctx, tokens, j)
        name = None
        end = j
        if org is not None and org.specific:
            name = org_names.get(org_key(ctx, display_name(ctx, org)))
            end = next((n for n, t in enumerate(tokens) if t.start >= org.end), len(tokens))
        elif role.key in COMMITTEE_ROLES:
            level = match_level(tokens, j)
            if level:
                end = level[1]
                place = ctx.lex.places.match(tokens, end)
                place_name = place[0].vi if place else None
                if place:
                    end = place[1]
                elif level[0] in ctx.default_place:
                    place_name = ctx.default_place[level[0]].vi
                if place_name:
                    name = org_names.get(org_key(ctx, f"Ủy ban nhân dân {level[0]} {place_name}"))
        if name:
            found.append(TitleMention(tokens[i].start, tokens[end - 1].end, i, end, role, name, title_text))
            i = end
        else:
            i = j
    return found


def _name_at(ctx: Context, tokens: list[Token], i: int, triggered: bool) -> int:
    """Return the token index after a person's name starting at tokens[i], or i if none starts there."""
    tok = tokens[i]
    if not (tok.is_word and is_capitalised(tok)) or ctx.lex.heads.match(tokens, i):
        return i
    if ctx.lex.places.match(tokens, i) or ctx.lex.roles.match(tokens, i) or ctx.lex.ranks.match(tokens, i):
        return i
    if i > 0 and tokens[i - 1].lower in NOT_PERSON_BEFORE:
        return i
    end = i + 1
    while (
        end < len(tokens)
        and end - i < 4
        and tokens[end].is_word
        and is_capitalised(tokens[end])
        and tokens[end].end - tokens[end].start <= 7
        and not ctx.lex.heads.match(tokens, end)
        and not ctx.lex.roles.match(tokens, end)
    ):
        end += 1
    size = end - i
    if size < 2 or (tok.text not in ctx.lex.surnames and not triggered):
        return i
    if size == 2 and not triggered:
        return i
    return end


def _position(ctx: Context, title: TitleMention) -> Position:
    return Position(
        title=title.title or title.role.vi,
        organization=title.org,
        title_en=title.role.en,
        spans=[ctx.span(title.start, title.end)],
    )


def persons(
    ctx: Context, org_names: dict[str, str], covered: list[tuple[int, int]]
) -> tuple[list[Person], list[tuple[Span, str]]]:
    """Return the persons of the report, and (span, person name) for each mention by post alone.

    ``org_names`` maps organisation keys to canonical names; ``covered`` lists spans already
    taken by unit and place names.
    """
    people: dict[str, Person] = {}
    order: list[str] = []
    holders: dict[tuple[str, str], str] = {}  # (role key, org key) → person key
    unnamed: list[TitleMention] = []

    def inside(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in covered)

    for tokens in ctx.tokens:
        titles = _titles(ctx, tokens, org_names)
        by_last = {t.last: t for t in titles}
        by_first = {t.first: t for t in titles}
        title_ends = {t.last - 1 for t in titles}
        names: list[tuple[int, int, Entry | None]] = []
        i = 0
        while i < len(tokens):
            rank = ctx.lex.ranks.match(tokens, i)
            r_end = rank[1] if rank and is_capitalised(tokens[i]) else i
            honorific = 0
            for h in HONORIFICS:
                words = h.split()
                if all(r_end + k < len(tokens) and tokens[r_end + k].lower == w for k, w in enumerate(words)):
                    honorific = len(words)
            start = r_end + honorific
            if start >= len(tokens):
                break
            triggered = start != i or (start - 1) in title_ends or start in by_last
            end = _name_at(ctx, tokens, start, triggered)
            if end > start and not inside(tokens[start].start, tokens[end - 1].end):
                names.append((start, end, rank[0] if rank and r_end > i else None))
                names[-1] = (start, end, names[-1][2])
                i = end
                continue
            i = max(i + 1, r_end)

        sentence_posts: list[tuple[int, int, str, list[TitleMention]]] = []
        for start, end, rank in names:
            span = ctx.span(tokens[start].start, tokens[end - 1].end)
            name = span.text
            k = key(name)
            person = people.get(k)
            if person is None:
                person = people[k] = Person(name=name)
                order.append(k)
            elif name != person.name and name not in person.name_variants:
                person.name_variants.append(name)
            if rank is not None and person.rank is None:
                person.rank, person.rank_en = rank.vi, rank.en
            person.mentions.append(span)
            posts: list[TitleMention] = []
            # After the name: ', Giám đốc Công an tỉnh X, ...'
            j = end
            while j < len(tokens) and tokens[j].text in CHAIN_SEPARATORS:
                if (j + 1) not in by_first:
                    # A role without its unit ('Bí thư Đảng ủy,') does not end the chain of posts.
                    bare = ctx.lex.roles.match(tokens, j + 1)
                    nxt = next(
                        (n for n in range(j + 2, min(len(tokens), j + 8)) if tokens[n].text == ","), None
                    )
                    if bare and nxt is not None and (nxt + 1) in by_first:
                        j = nxt
                        continue
                    break
                title = by_first[j + 1]
                if title.claimed:
                    break
                title.claimed = True
                posts.append(title)
                j = title.last
                if j < len(tokens) and tokens[j].text == ")":
                    j += 1
            # Before the name (and its rank or honorific): 'Chủ tịch UBND TP X Trần Văn A'.
            j = start
            while j > 0 and (
                ctx.lex.ranks.match(tokens, j - 1)
                or tokens[j - 1].lower in HONORIFICS
                or (j > 1 and ctx.lex.ranks.match(tokens, j - 2))
            ):
                j -= 1
                if ctx.lex.ranks.match(tokens, j - 1) and j > 0:
                    j -= 1
            while True:
                title = by_last.get(j)
                if title is None and j > 0 and tokens[j - 1].text == ",":
                    title = by_last.get(j - 1)
                if title is None or title.claimed:
                    break
                title.claimed = True
                posts.append(title)
                j = title.first
                if j > 0 and tokens[j - 1].text == ",":
                    continue
                break
            for title in posts:
                if not any(
                    p.title == title.role.vi and org_key(ctx, p.organization) == org_key(ctx, title.org)
                    for p in person.positions
                ):
                    person.positions.append(_position(ctx, title))
                else:
                    for p in person.positions:
                        if p.title == title.role.vi:
                            p.spans.append(ctx.span(title.start, title.end))
                holders.setdefault((title.role.key, org_key(ctx, title.org)), k)
            sentence_posts.append((start, end, k, posts))
        # 'Đại tá A và Đại tá B, Phó Giám đốc Công an tỉnh': A shares the post written after B.
        pairs = zip(sentence_posts, sentence_posts[1:], strict=False)
        for (_s1, e1, k1, posts1), (s2, _e2, _k2, posts2) in pairs:
            between = [t.lower for t in tokens[e1:s2]]
            if (
                not posts1
                and posts2
                and between
                and between[0] == "và"
                and all(
                    ctx.lex.ranks.match(tokens, e1 + 1 + n)
                    or w in HONORIFICS
                    or not tokens[e1 + 1 + n].is_word
                    or w in {"tướng", "tá", "úy", "sĩ"}
                    for n, w in enumerate(between[1:])
                )
            ):
                for title in posts2:
                    people[k1].positions.append(_position(ctx, title))
        unnamed.extend(t for t in titles if not t.claimed)

    mentions: list[tuple[Span, str]] = []
    for title in unnamed:
        holder = holders.get((title.role.key, org_key(ctx, title.org)))
        if holder is None:
            continue
        span = ctx.span(title.start, title.end)
        people[holder].mentions.append(span)
        mentions.append((span, people[holder].name))
    return [people[k] for k in order], mentions
