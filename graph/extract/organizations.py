"""Find the units a report names and merge the ways it names each one.

A unit's name is a head word from the gazetteer (Công an, UBND, Sở, Ban chấp hành, Tỉnh ủy, ...)
followed by what narrows it: capitalised words and abbreviations ('Sở Tư pháp', 'Phòng Cảnh sát
PCCC và CNCH'), another unit it belongs to ('Ban chấp hành Đảng bộ Công an TP Đà Nẵng'), and an
administrative level with a place ('tỉnh Nghệ An', 'TP Đà Nẵng'). A level without a place ('Công an
TP', 'công an thành phố') means the report's own city or province. Bare heads ('Công an cấp xã',
'2 Đồn Công an') name no particular unit and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.facts import Organization, Span
from graph.gazetteer import Entry
from graph.text import key

from .context import Context, lexicon, match_level
from .tokens import Token, capital_run, is_abbreviation, is_capitalised

__all__ = ["OrgMention", "parse_org", "find_org_mentions", "organizations", "org_key", "display_name"]

# Units that imply their level: a 'Tỉnh ủy' is a province's, a 'Thành ủy' a city's.
IMPLIED_LEVEL = {"party-committee-province": "tỉnh", "party-committee-city": "thành phố"}
# Units named for a country-wide body need no place ('Bộ Công an', 'Cục Cảnh sát giao thông').
NATIONAL_KINDS = {
    "ministry",
    "agency",
    "general-department",
    "government",
    "national-assembly",
    "fatherland-front",
    "youth-union",
    "womens-union",
    "military-region",
}
# Heads whose unit is a part of the unit named after them ('Phòng X Công an tỉnh Y' is part of it);
# a party organisation of a unit is not part of that unit.
NOT_PART_OF = {"party-organisation", "party-committee", "party-cell"}
LEVEL_EN = {
    "tỉnh": "Province",
    "thành phố": "City",
    "xã": "Commune",
    "phường": "Ward",
    "huyện": "District",
    "quận": "District",
    "thị xã": "Town",
    "thị trấn": "Township",
    "đặc khu": "Special Zone",
}
ENTIRE = "toàn"  # 'Công an toàn thành phố' = the city's police as a whole
BRACKETED = re.compile(r"\s*\([^()]*\)")
SUB_UNITS = {"division", "team", "station", "office", "centre", "sub-agency", "board"}
# Bodies of which there is only one: named by their head alone.
UNIQUE_KINDS = {"government", "national-assembly"}


@dataclass
class OrgMention:
    """One way of naming a unit in the text."""

    start: int
    end: int
    head: Entry
    head_text: str
    specs: list[Token] = field(default_factory=list)
    child: OrgMention | None = None
    level: str | None = None
    place: str | None = None  # as written
    place_entry: Entry | None = None
    implicit_place: bool = False  # level given, place taken from the report
    shared: bool = False  # a coordinated head that takes the next mention's tail ('Ban thường vụ, ...')

    resolvable: bool = True  # a level without a place has a default place in this report

    @property
    def specific(self) -> bool:
        """Whether the mention names one particular unit."""
        if self.place:
            return True
        if self.level:
            return self.resolvable
        if self.head.key in UNIQUE_KINDS:
            return True
        head_words = lexicon().head_words
        if any(t.text[:1].isupper() and t.lower not in head_words for t in self.specs):
            return True
        if self.head.key in IMPLIED_LEVEL:
            return True
        if self.child is not None and self.child.specific:
            return True
        return bool(self.specs) and self.head.key in NATIONAL_KINDS


def _place_run(ctx: Context, tokens: list[Token], j: int) -> tuple[str, Entry | None, int] | None:
    """Read a place name at tokens[j]: a gazetteer place, else a run of capitalised words."""
    found = ctx.lex.places.match(tokens, j)
    if found:
        entry, end = found
        return ctx.text[tokens[j].start : tokens[end - 1].end], entry, end
    end = j
    while (
        end < len(tokens)
        and end - j < 4
        and tokens[end].is_word
        and (is_capitalised(tokens[end]) or is_abbreviation(tokens[end]))
    ):
        # A family name opening two or more further capitalised words starts a person's name.
        if tokens[end].text in ctx.lex.surnames and capital_run(tokens, end) >= (2 if end > j else 3):
            break
        end += 1
    if end == j:
        return None
    return ctx.text[tokens[j].start : tokens[end - 1].end], None, end


def parse_org(ctx: Context, tokens: list[Token], i: int, *, in_title: bool = False) -> OrgMention | None:
    """Read a unit's name starting at tokens[i], or return None if no head word starts there.

    ``in_title``: the head closes a title ('Trưởng phòng CSGT'), where it is written in lower case.
    """
    found = (ctx.lex.heads_loose if in_title else ctx.lex.heads).match(tokens, i)
    if not found:
        return None
    head, j = found
    mention = OrgMention(
        tokens[i].start, tokens[j - 1].end, head, ctx.text[tokens[i].start : tokens[j - 1].end]
    )
    lowercase_head = not (is_capitalised(tokens[i]) or tokens[i].text.isupper() or in_title)
    after_head = False
    while j < len(tokens):
        tok = tokens[j]
        if tok.lower == ENTIRE and match_level(tokens, j + 1):
            level, j = match_level(tokens, j + 1)
            mention.level, mention.implicit_place = level, True
            mention.resolvable = level in ctx.default_place
            break
        nested = ctx.lex.heads.match(tokens, j)
        level = match_level(tokens, j)
        if level and nested and nested[1] > level[1]:
            level = None
        if level and not (
            tok.lower == "xã" and mention.specs and tokens[j - 1].lower in ("kinh", "trật", "an")
        ):
            mention.level, j = level
            place = _place_run(ctx, tokens, j)
            if place:
                mention.place, mention.place_entry, j = place
            else:
                mention.implicit_place = True
                mention.resolvable = mention.level in ctx.default_place
            break
        child = parse_org(ctx, tokens, j) if not lowercase_head else None
        if child is not None:
            if child.specific:
                mention.child = child
                j = _index_after(tokens, child.end)
                break
            # A bare head inside a name is part of the name: 'Bộ Công an', 'Đồn Công an'.
            mention.specs.extend(t for t in tokens[j : _index_after(tokens, child.end)])
            j = _index_after(tokens, child.end)
            after_head = True
            continue
        if tok.is_word and (is_capitalised(tok) or is_abbreviation(tok)):
            if (
                tok.text in ctx.lex.surnames
                and capital_run(tokens, j) >= 2
                and tok.text not in ctx.lex.head_words
            ):
                break  # a person's name follows the unit: 'UBND tỉnh Trần Văn A'
            place = ctx.lex.places.match(tokens, j)
            if place and not mention.specs:
                mention.place_entry, end = place
                mention.place = ctx.text[tok.start : tokens[end - 1].end]
                j = end
                break
            mention.specs.append(tok)
            after_head = False
            j += 1
            continue
        if (
            tok.text == "("
            and j + 2 < len(tokens)
            and is_abbreviation(tokens[j + 1])
            and tokens[j + 2].text == ")"
            and mention.specs
        ):
            # An abbreviation in brackets inside a name: 'Phòng Cảnh sát giao thông (CSGT) Công an TP X'.
            mention.specs.extend(tokens[j : j + 3])
            j += 3
            continue
        if mention.specs and not after_head and tok.is_word and tok.lower in ctx.lex.org_words:
            mention.specs.append(tok)
            j += 1
            continue
        if not mention.specs and tok.lower == "tối" and j + 1 < len(tokens) and tokens[j + 1].lower == "cao":
            # 'VKSND tối cao', 'Tòa án nhân dân tối cao': the one supreme body.
            mention.specs.extend(tokens[j : j + 2])
            mention.level = "tối cao"
            j += 2
            break
        if (
            mention.specs
            and tok.text in ("-", "–")
            and j + 1 < len(tokens)
            and is_capitalised(tokens[j + 1])
            and not ctx.lex.heads.match(tokens, j + 1)
        ):
            # 'Sở Lao động - Thương binh và Xã hội'
            mention.specs.extend(tokens[j : j + 2])
            j += 2
            continue
        if (
            mention.specs
            and tok.lower == "và"
            and j + 1 < len(tokens)
            and (
                is_abbreviation(tokens[j + 1])
                or (
                    is_capitalised(tokens[j + 1])
                    and not ctx.lex.heads.match(tokens, j + 1)
                    and not ctx.lex.places.match(tokens, j + 1)
                    and not ctx.lex.ranks.match(tokens, j + 1)
                    and not ctx.lex.roles.match(tokens, j + 1)
                    and tokens[j + 1].text not in ctx.lex.surnames
                )
            )
        ):
            mention.specs.extend(tokens[j : j + 2])
            j += 2
            continue
        break
    # Lower-case heads are ordinary words unless a level or place pins them down.
    if lowercase_head and not (mention.level or mention.place):
        return None
    # Trailing connector words are not part of a name.
    while mention.specs and mention.specs[-1].lower in ("và", "của", "về"):
        mention.specs.pop()
    last = tokens[j - 1] if j > 0 else tokens[i]
    mention.end = max(mention.end, last.end)
    if mention.specs and not (mention.level or mention.place or mention.child):
        mention.end = mention.specs[-1].end
    return mention


def _index_after(tokens: list[Token], offset: int) -> int:
    for n, tok in enumerate(tokens):
        if tok.start >= offset:
            return n
    return len(tokens)


def find_org_mentions(ctx: Context) -> list[tuple[int, OrgMention]]:
    """Return (sentence index, mention) for every specific unit mention, outermost first.

    Coordinated heads share the rest of the name: in 'Ban thường vụ, Ban chấp hành Đảng bộ X'
    both boards belong to Đảng bộ X.
    """
    found: list[tuple[int, OrgMention]] = []
    for n, tokens in enumerate(ctx.tokens):
        i = 0
        pending: list[OrgMention] = []  # bare heads waiting for a shared tail
        while i < len(tokens):
            mention = parse_org(ctx, tokens, i)
            if mention is None:
                i += 1
                continue
            after = _index_after(tokens, mention.end)
            if not mention.specific and not mention.specs:
                nxt = tokens[after].text if after < len(tokens) else ""
                if nxt in (",", "và") or (after < len(tokens) and tokens[after].lower == "và"):
                    pending.append(mention)
                    i = after + 1
                    continue
                pending = []
                i = after
                continue
            for bare in pending:
                if mention.child is not None and bare.head.kind == mention.head.kind:
                    shared = OrgMention(
                        bare.start, bare.end, bare.head, bare.head_text, [], mention.child, shared=True
                    )
                    found.append((n, shared))
            pending = []
            if mention.specific:
                found.append((n, mention))
            i = max(after, i + 1)
    return found


def display_name(ctx: Context, m: OrgMention) -> str:
    """Return the mention's full name as written, with the report's place where it was implied."""
    written = " ".join(ctx.text[m.start : m.end].split())
    if m.shared and m.child is not None:
        # A coordinated head ('Ban thường vụ' in 'Ban thường vụ, Ban chấp hành Đảng bộ X').
        return f"{m.head_text} {display_name(ctx, m.child)}"
    if m.child is not None:
        return f"{' '.join(ctx.text[m.start : m.child.start].split())} {display_name(ctx, m.child)}".strip()
    if m.implicit_place or (m.head.key in IMPLIED_LEVEL and not m.place):
        level = m.level or IMPLIED_LEVEL.get(m.head.key)
        place = ctx.default_place.get(level or "")
        if place is not None:
            if m.level and written.lower().endswith(ENTIRE + " " + m.level):
                written = written[: -len(ENTIRE + " " + m.level)] + m.level
            return f"{written} {place.vi}"
    return written


def mention_key(ctx: Context, m: OrgMention) -> str:
    """Return the key of a mention's unit: as org_key, but naming a known place by its gazetteer name."""
    if m.child is None and m.place_entry is not None:
        level = m.level or ("thành phố" if (m.place_entry.kind or "").endswith("city") else "tỉnh")
        stem = ctx.text[m.start : m.end]
        head = " ".join(stem[: stem.find(m.place)].split()) if m.place and m.place in stem else stem
        if m.level and head.lower().endswith(tuple(f" {w}" for w in ("tp", "tp.", "thành phố", "tỉnh"))):
            head = head.rsplit(" ", 2 if head.lower().endswith("thành phố") else 1)[0]
        return org_key(ctx, f"{head} {level} {m.place_entry.vi}")
    if m.child is not None:
        stem = ctx.text[m.start : m.child.start]
        if m.shared:
            stem = m.head_text
        return org_key(ctx, f"{' '.join(stem.split())} ") + " " + mention_key(ctx, m.child)
    return org_key(ctx, display_name(ctx, m))


def org_key(ctx: Context, name: str) -> str:
    """Return the key under which names of the same unit meet ('Công an TP X' = 'Công an thành phố X').

    An abbreviation in brackets restates the words before it: 'Phòng Cảnh sát giao thông (CSGT)'.
    """
    return key(ctx.lex.gazetteer.expand(BRACKETED.sub("", name)))


def _english(ctx: Context, m: OrgMention) -> str | None:
    if m.child is not None:
        inner = _english(ctx, m.child)
        return f"{m.head.en[:1].upper()}{m.head.en[1:]} of the {inner}" if inner else None
    if m.specs:
        return None
    head_en = " ".join(w[:1].upper() + w[1:] for w in m.head.en.split())
    level = m.level or IMPLIED_LEVEL.get(m.head.key)
    place = m.place_entry or (
        ctx.default_place.get(level or "") if (m.implicit_place or not m.place) else None
    )
    if place is None:
        return head_en if m.head.key in NATIONAL_KINDS else None
    if m.head.key in IMPLIED_LEVEL:
        return f"{place.en} {head_en}"
    level_en = LEVEL_EN.get(level or "", "")
    return " ".join(x for x in (place.en, level_en, head_en) if x)


def organizations(ctx: Context) -> tuple[list[Organization], dict[int, str]]:
    """Return the report's units, each with its aliases and spans, and a map mention start → unit name."""
    by_key: dict[str, Organization] = {}
    order: list[str] = []
    at: dict[int, str] = {}

    def add(m: OrgMention) -> Organization:
        name = display_name(ctx, m)
        name = name[:1].upper() + name[1:]  # a name begins with a capital, whatever the sentence did
        k = mention_key(ctx, m)
        written = " ".join(ctx.text[m.start : m.end].split())
        org = by_key.get(k)
        if org is None:
            # A division, team or station is of the kind of the unit it belongs to: 'Phòng CSGT
            # Công an tỉnh X' is police, not government.
            inherit = m.child is not None and m.head.key in SUB_UNITS
            org = Organization(
                name=name, name_en=_english(ctx, m), kind=m.child.head.kind if inherit else m.head.kind
            )
            if m.place_entry is not None:
                org.place = m.place_entry.vi
            elif m.implicit_place or m.head.key in IMPLIED_LEVEL:
                place = ctx.default_place.get(m.level or IMPLIED_LEVEL.get(m.head.key, ""))
                org.place = place.vi if place else None
            by_key[k] = org
            order.append(k)
        elif written == name or (not org.name[:1].isupper() and name[:1].isupper()):
            # Prefer the name as written in full, capitalised.
            if org.name != name and org.name not in org.aliases:
                org.aliases.append(org.name)
            org.name = name
        if written != org.name and written not in org.aliases:
            org.aliases.append(written)
        org.mentions.append(Span(m.start, m.end, ctx.text[m.start : m.end]))
        if m.child is not None:
            child = add(m.child)
            party_in_party = m.head.kind == m.child.head.kind == "party"
            if org.part_of is None and (m.head.key not in NOT_PART_OF or party_in_party):
                org.part_of = child.name
        at[m.start] = k
        return org

    for _, mention in find_org_mentions(ctx):
        add(mention)
    # A short name that only one fuller name extends is that unit: 'Phòng CSGT' after
    # 'Phòng CSGT Công an TP X'. Units with a place of their own stay apart.
    for k in list(order):
        org = by_key[k]
        if org.place or org.part_of:
            continue
        longer = [other for other in order if other != k and other.startswith(k + " ")]
        if len(longer) == 1:
            target = by_key[longer[0]]
            target.aliases += [a for a in (org.name, *org.aliases) if a not in target.aliases]
            target.mentions += org.mentions
            order.remove(k)
            del by_key[k]
            for start, mk in at.items():
                if mk == k:
                    at[start] = longer[0]
    names = {k: by_key[k].name for k in order}
    # Settle part_of names to the final canonical names.
    final = {
        org_key(ctx, alias): by_key[k].name for k in order for alias in (by_key[k].name, *by_key[k].aliases)
    }
    for k in order:
        org = by_key[k]
        if org.part_of:
            org.part_of = final.get(org_key(ctx, org.part_of), org.part_of)
        org.aliases = [a for a in org.aliases if a != org.name]
    return [by_key[k] for k in order], {start: names[k] for start, k in at.items()}
