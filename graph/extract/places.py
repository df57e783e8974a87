"""Find the provinces, cities, wards and communes a report names."""

from __future__ import annotations

from collections import Counter

from graph.facts import Place, Span
from graph.gazetteer import Entry
from graph.text import key

from .context import Context, match_level
from .tokens import is_capitalised

__all__ = ["find_places", "places", "set_default_places"]

# Levels whose places the gazetteer does not list: the name after the level word is the place.
LOCAL_LEVELS = {
    "xã": "commune",
    "phường": "ward",
    "huyện": "district",
    "quận": "district",
    "thị xã": "town",
    "thị trấn": "township",
    "đặc khu": "special-zone",
}


def find_places(ctx: Context) -> list[tuple[Entry | None, str, Span, str | None]]:
    """Return (gazetteer entry or None, name, span, level word before it) for every place mention."""
    if "places" in ctx.cache:
        return ctx.cache["places"]  # type: ignore[return-value]
    found: list[tuple[Entry | None, str, Span, str | None]] = []
    ctx.cache["places"] = found
    for tokens in ctx.tokens:
        i = 0
        while i < len(tokens):
            level = match_level(tokens, i)
            j = level[1] if level else i
            match = ctx.lex.places.match(tokens, j)
            if match and is_capitalised(tokens[j]):
                entry, end = match
                start = tokens[i].start
                found.append(
                    (entry, entry.vi, ctx.span(start, tokens[end - 1].end), level[0] if level else None)
                )
                i = end
                continue
            if level and level[0] in LOCAL_LEVELS and j < len(tokens) and is_capitalised(tokens[j]):
                end = j
                while (
                    end < len(tokens) and end - j < 4 and tokens[end].is_word and is_capitalised(tokens[end])
                ):
                    if end > j and tokens[end].text in ctx.lex.surnames:
                        break
                    end += 1
                name = ctx.text[tokens[j].start : tokens[end - 1].end]
                found.append((None, name, ctx.span(tokens[i].start, tokens[end - 1].end), level[0]))
                i = end
                continue
            i += 1
    return found


def set_default_places(ctx: Context) -> None:
    """Decide which place a bare 'thành phố' or 'tỉnh' means: the city or province the report names most."""
    counts: Counter[str] = Counter()
    entries: dict[str, Entry] = {}
    for entry, _, _, _ in find_places(ctx):
        if entry is not None:
            counts[entry.key] += 1
            entries[entry.key] = entry
    for entry_key, _ in counts.most_common():
        entry = entries[entry_key]
        if entry.kind not in ("city", "province", "former-city", "former-province"):
            continue  # a region is never what 'tỉnh' or 'thành phố' means
        level = "thành phố" if entry.kind in ("city", "former-city") else "tỉnh"
        ctx.default_place.setdefault(level, entry)


def places(ctx: Context) -> list[Place]:
    """Return the distinct places of the report, each with the forms and spans that name it."""
    by_key: dict[str, Place] = {}
    for entry, name, span, level in find_places(ctx):
        k = entry.key if entry else key(name)
        place = by_key.get(k)
        if place is None:
            if entry is not None:
                kind = entry.kind.replace("former-", "") if entry.kind else None
                place = Place(name=entry.vi, name_en=entry.en, kind=kind)
            else:
                kind = LOCAL_LEVELS.get(level or "")
                place = Place(name=name, name_en=None, kind=kind)
            by_key[k] = place
        written = " ".join(span.text.split())
        if written != place.name and written not in place.aliases:
            place.aliases.append(written)
        place.mentions.append(span)
    return list(by_key.values())
