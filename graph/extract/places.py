"""Find the provinces, cities, districts, wards, communes, countries and regions a report names.

Provinces and cities come from the gazetteer; a local level word names the place after it ('xã
Thạnh Phú', 'Quận 1', 'TP. Lào Cai' — a city of its own, not its province). A district without
its level word counts when its province follows it ('Long Biên, Hà Nội', from underthesea's
pre-2025 districts) or it follows one of its communes ('xã Phong Phú, Tuy Phong'); a provincial
city or town without it, after a word of place or motion ('về Nha Trang'). Names that only look
like places are left out: a person's ('Trần Hòa Bình', 'tư tưởng Hồ Chí Minh'), a given name
that is also a country ('anh Đức'), a word ('báo Pháp luật'). Streets, buildings and venues
(industrial zones, airports) are locations, not places.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib import resources

from graph.facts import Place, Span
from graph.gazetteer import Entry
from graph.text import key

from .context import LEVEL_FIRST_WORDS, LEVEL_INITIALS, Context, PhraseMatcher, match_level
from .organizations import NAME_BREAKS, dictionary_words, glued_apostrophe, glued_hyphen, word_key
from .tokens import Token, capital_run, is_abbreviation, is_capitalised, tokenize

__all__ = [
    "find_places", "places", "set_default_places", "outside_units", "known_local_name", "known_name_run",
]  # fmt: skip

# Levels whose places the gazetteer does not list: the name after the level word is the place.
LOCAL_LEVELS = {
    "thành phố": "city",
    "xã": "commune",
    "phường": "ward",
    "huyện": "district",
    "quận": "district",
    "thị xã": "town",
    "thị trấn": "township",
    "đặc khu": "special-zone",
}


# Local levels a bare level word may mean the one place of in a report ('Công an huyện').
LOCAL_DEFAULT_LEVELS = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
# Numbered districts and wards: 'Quận 1', 'phường 3'.
NUMBERED = ("quận", "phường")
# A local place named like a province ('TP. Lào Cai', 'xã Hòa Bình'): the mark of its mention.
LOCAL_OF = "local-of:"
PROVINCES = ("province", "former-province")
# Places whose name is also a person's: only a level word or another form makes them the place.
PERSON_NAMED = {"ho-chi-minh"}
# Words before a given name ('anh Đức', 'chị Nga'): the name is a person's, not a country.
KIN_WORDS = frozenset(
    [
        "tiếng",
        "anh",
        "chị",
        "em",
        "ông",
        "bà",
        "cô",
        "chú",
        "bác",
        "cháu",
        "thầy",
        "con",
        "vợ",
        "chồng",
        "cụ",
        "mẹ",
        "bố",
        "cha",
        "tên",
        "cậu",
        "dì",
        "mợ",
        "thím",
        "nàng",
        "chàng",
        "bé",
        "già",
        "lão",
    ]
)
# A thing named for the country it comes from, not set in it: 'dao Thái Lan' (a kind of knife).
MADE_IN_WORDS = frozenset(["dao"])
# One-word countries that are also given names.
GIVEN_NAMES = {"anh", "đức", "nga", "mỹ", "ý", "pháp"}
# Words that introduce a country: 'nước Nga', 'sang Mỹ', 'quốc tịch Anh'.
COUNTRY_CUES = {
    "nước",
    "người",
    "tại",
    "ở",
    "sang",
    "từ",
    "của",
    "với",
    "đến",
    "tới",
    "thăm",
    "tịch",
    "bên",
    "phía",
    "về",
    "xứ",
    "bang",
    "quốc",
    "(",
    ",",
    "và",
    "hoặc",
    "như",
    "gồm",
    "thủ",
    "đô",
    "đại",
    "sứ",
    "quán",
    "hãng",
}
# Lower-case words before a landmark named for a place: a river, a market, a bridge is no place.
LANDMARK_WORDS = frozenset(["sông", "chợ", "cầu", "núi", "đèo", "bến", "hồ", "kênh", "suối"])
# Words before a city's bare name: 'tại Nha Trang', 'về Đà Lạt'.
CITY_CUES = frozenset(["tại", "ở", "đến", "tới", "về", "từ", "sang", "ra", "vào", "khỏi", "quanh"])
# Words after which a capitalised word is a person's name: ranks and posts end so.
PERSON_BEFORE = {"úy", "tá", "tướng", "sĩ", "đồng", "chí", "cụ", "bé", "thầy", "cô", "bị", "can", "cáo"}
# Places named by what they are: an industrial zone, an airport, a border gate, a port.
FACILITIES = (
    ("khu", "công", "nghiệp"),
    ("khu", "kinh", "tế"),
    ("khu", "công", "nghệ", "cao"),
    ("cảng", "hàng", "không"),
    ("sân", "bay"),
    ("cửa", "khẩu", "quốc", "tế"),
    ("cửa", "khẩu"),
    ("cảng", "biển"),
    ("cảng",),
)


_FACILITIES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in FACILITIES:
    _FACILITIES_BY_FIRST.setdefault(_words[0], []).append(_words)


def _facility(tokens: list[Token], i: int) -> int | None:
    """Return the index after a facility word starting at tokens[i], or None."""
    if i >= len(tokens):
        return None
    for words in _FACILITIES_BY_FIRST.get(tokens[i].lower, ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].lower == words[k] for k in range(n)):
            return i + n
    return None


def _name_end(ctx: Context, tokens: list[Token], j: int) -> int:
    """Return the index after a proper name of up to four capitalised words starting at tokens[j]."""
    end = j
    glued = 0  # tokens an apostrophe joins into the syllable before ('Cư M'gar', 'Ea H'leo')
    while end < len(tokens) and end - j - glued < 4 and tokens[end].is_word and is_capitalised(tokens[end]):
        if glued_apostrophe(tokens, end + 1):
            end += 3
            glued += 2
            continue
        province = ctx.lex.places.match(tokens, end) if end > j else None
        if (
            province
            and province[1] - end >= 2
            and province[0].kind in PROVINCES + ("city",)
            and not _known_name(ctx.text[tokens[j].start : tokens[province[1] - 1].end])
        ):
            break  # 'quận Hoàng Mai Hà Nội': the province follows without a comma
        if (
            end > j
            and tokens[end].text in ctx.lex.surnames
            and capital_run(tokens, end) >= 3
            and not ctx.lex.places.match(tokens, end + 1)  # 'Hoàng Mai Hà Nội' names no one
        ):
            break  # a person's full name follows the place
        if end > j and match_level(tokens, end):
            break  # 'quận Thủ Đức TP.HCM': the next level's place follows
        if (
            end > j
            and tokens[end].lower in NAME_BREAKS
            and not _known_name(ctx.text[tokens[j].start : tokens[end].end])  # 'thị trấn Vĩnh Tuy'
        ):
            break  # 'xã X Trong khi ...': the text runs on into a new sentence
        if glued_hyphen(tokens, end + 1) and not ctx.lex.places.match(tokens, end + 2):
            end += 2  # 'huyện Si-Ma-Cai': one name, its syllables joined by hyphens
            glued += 1
            continue
        end += 1
    return end


def find_places(ctx: Context) -> list[tuple[Entry | None, str, Span, str | None]]:
    """Return (gazetteer entry or None, name, span, level word before it) for every place mention."""
    if "places" in ctx.cache:
        return ctx.cache["places"]  # type: ignore[return-value]
    found: list[tuple[Entry | None, str, Span, str | None]] = []
    ctx.cache["places"] = found
    places_at = ctx.lex.places.starts
    for tokens in ctx.tokens:
        i = 0
        ward: tuple[int, str] | None = None  # the commune or ward just read: (index after, name)
        while i < len(tokens):
            token = tokens[i]
            if (
                not is_capitalised(token)
                and token.lower not in LEVEL_FIRST_WORDS
                and token.lower not in _FACILITIES_BY_FIRST
                and not places_at(token.lower)
            ):
                # Most words: no level, place, district, city or facility starts here (each test
                # below needs one of these), so the tests are skipped.
                i += 1
                continue
            level = match_level(tokens, i)
            if (
                level
                and _in_name(tokens[i])
                and i > 0
                and _in_name(tokens[i - 1])
                and not _glued_initial(ctx, tokens, i)
            ):
                level = None  # 'đường Bà Huyện Thanh Quan': a word of a street's name ('TP' is none)
            if level and tokens[i].text in LEVEL_INITIALS and _initials_of_person(ctx, tokens, i, level[1]):
                level = None  # 'anh H. Người đàn ông …', '(ảnh H. Thư)': a person's initial, not 'huyện'
            landmark = i > 0 and tokens[i - 1].text in LANDMARK_WORDS
            if landmark and (level is None or is_capitalised(tokens[i])):
                # 'sông Thái Bình', 'chợ Bến Cát': a landmark ('cầu Phường Đội': a capitalised level
                # word is a word of the landmark's name)
                i += max(1, capital_run(tokens, i))
                continue
            j = level[1] if level else i
            match = ctx.lex.places.match(tokens, j)
            if match and level and match[0].kind == "country":
                match = None  # 'xã Mỹ Xuân': a commune, not a country
            if level and level[0] == "xã" and i > 0 and tokens[i - 1].lower == "tác":
                i += 1  # 'hợp tác xã' is a cooperative
                continue
            if (
                match
                and level
                and level[0] in LOCAL_LEVELS
                and match[0].kind != "country"
                and _name_end(ctx, tokens, j) > match[1]
                and not ctx.lex.places.match(tokens, match[1])
            ):
                match = None  # 'TP. Điện Biên Phủ': a city whose name only begins like its province's
            if (
                match
                and is_capitalised(tokens[j])
                and not (level is None and _not_a_place(ctx, tokens, j, match))
            ):
                entry, end = match
                span = ctx.span(tokens[i].start, tokens[end - 1].end)
                local = level and level[0] != "tỉnh" and (level[0] != "thành phố" or entry.kind in PROVINCES)
                if local:
                    # 'TP. Lào Cai' is the city in Lào Cai province and 'xã Hòa Bình' a commune:
                    # places of their own, named with their level word.
                    found.append(
                        (None, " ".join(span.text.split()), span, f"{LOCAL_OF}{level[0]}:{entry.key}")
                    )
                else:
                    found.append((entry, entry.vi, span, level[0] if level else None))
                i = end
                continue
            # ('TP.HCM, Nha Trang': a city listed after a province or city found just before)
            listed = (
                i >= 2
                and tokens[i - 1].text in (",", "và")
                and bool(found)
                and found[-1][2].end == tokens[i - 2].end
                and found[-1][0] is not None
                and found[-1][0].kind in PROVINCES + ("city", "former-city")
            )
            district = None if level else (_district_at(ctx, tokens, i, ward) or _city_at(tokens, i, listed))
            if district is not None:
                # 'Long Biên, Hà Nội': a district without its level word, known by its province.
                end, level_word = district
                span = ctx.span(tokens[i].start, tokens[end - 1].end)
                found.append((None, span.text, span, level_word))
                i = end
                continue
            if level and level[0] in NUMBERED and j < len(tokens) and tokens[j].text.isdigit():
                # 'Quận 1', 'phường 3': numbered districts and wards.
                span = ctx.span(tokens[i].start, tokens[j].end)
                name = " ".join(span.text.split())
                if tokens[i + 1].text == ".":
                    name = f"{level[0]} {tokens[j].text}"  # 'Q.2' is 'quận 2'
                found.append((None, name, span, level[0]))
                i = j + 1
                continue
            if level and level[0] in LOCAL_LEVELS and _title_word(tokens, j):
                # 'xã Anh hùng Trí Phải': an honour before the name, not the name's first word
                j += 2
            if (
                level
                and level[0] in LOCAL_LEVELS
                and j < len(tokens)
                and is_capitalised(tokens[j])
                # 'người dân TP. Về công tác ...' (but 'TP Tuy Hòa': a known place's name begins so)
                and (tokens[j].lower not in NAME_BREAKS or known_local_name(tokens, j))
                and not (
                    level[0] == "thành phố"
                    and tokens[j].text in ctx.lex.surnames
                    and capital_run(tokens, j) >= 3
                )
            ):
                # ('Chủ tịch UBND thành phố Nguyễn Văn A' names the chairman, not a city; a ward
                # may bear a person's name: 'phường Nguyễn An Ninh'.)
                end = _name_end(ctx, tokens, j)
                name = ctx.text[tokens[j].start : tokens[end - 1].end]
                found.append((None, name, ctx.span(tokens[i].start, tokens[end - 1].end), level[0]))
                if level[0] in ("xã", "phường", "thị trấn"):
                    ward = (end, name)
                i = end
                continue
            if level and level[0] in LOCAL_LEVELS and j < len(tokens) and tokens[j].text == "(":
                # '3 Công an đặc khu (Phú Quốc, Kiên Hải, Thổ Châu)': each name is a place of that level.
                k = j + 1
                while k < len(tokens) and is_capitalised(tokens[k]):
                    end = _name_end(ctx, tokens, k)
                    name = ctx.text[tokens[k].start : tokens[end - 1].end]
                    found.append((None, name, ctx.span(tokens[k].start, tokens[end - 1].end), level[0]))
                    if end < len(tokens) and tokens[end].text == ",":
                        end += 1
                    k = end
                i = k
                continue
            facility = _facility(tokens, i)
            plural = i > 0 and tokens[i - 1].lower in ("các", "những", "mọi")
            if facility and not plural and facility < len(tokens) and is_capitalised(tokens[facility]):
                # 'Khu công nghiệp Hòa Khánh', 'Cảng hàng không Liên Khương', 'cửa khẩu Mộc Bài'.
                end = _name_end(ctx, tokens, facility)
                name = ctx.text[tokens[i].start : tokens[end - 1].end]
                found.append((None, name, ctx.span(tokens[i].start, tokens[end - 1].end), "facility"))
                i = end
                continue
            i += 1
    found.extend(_bracketed_districts(ctx, found))
    return found


def _bracketed_districts(
    ctx: Context, found: list[tuple[Entry | None, str, Span, str | None]]
) -> list[tuple[Entry | None, str, Span, str | None]]:
    """Return the districts named alone in brackets after what they hold ('Trường THPT X (Cầu Giấy)').

    A bare district name is a place only when it belongs to a province the report names.
    """
    provinces = {
        key(entry.vi)
        for entry, _, _, _ in found
        if entry is not None and entry.kind in PROVINCES + ("city", "former-city")
    }
    if not provinces:
        return []
    taken = {span.start for _, _, span, _ in found}
    matcher, table = _districts()
    more = []
    for tokens in ctx.tokens:
        for i in range(1, len(tokens) - 1):
            if tokens[i - 1].text != "(" or not is_capitalised(tokens[i]) or tokens[i].start in taken:
                continue
            match = matcher.match(tokens, i)
            if match is None or match[1] >= len(tokens) or tokens[match[1]].text != ")":
                continue
            level_word, of = table[match[0].key]
            if level_word and of & provinces:
                span = ctx.span(tokens[i].start, tokens[match[1] - 1].end)
                more.append((None, span.text, span, level_word))
    return more


@cache
def _districts() -> tuple[PhraseMatcher, dict[str, tuple[str, frozenset[str]]]]:
    """Return a matcher of the districts before the 2025 merger, and name key → (level, provinces).

    From underthesea's administrative units; an empty matcher when the data is missing.
    """
    try:
        source = resources.files("underthesea.address").joinpath("data/mapping.json")
        rows = json.loads(source.read_text(encoding="utf-8")).get("ward_mapping", [])
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        rows = []
    found: dict[str, tuple[str, set[str]]] = {}
    names: dict[str, Entry] = {}
    for row in rows:
        district, province = row.get("old_district") or "", row.get("old_province") or ""
        prefix = next(
            (p for p in ("huyện", "quận", "thị xã", "thành phố") if district.lower().startswith(p + " ")),
            None,
        )
        name = district[len(prefix) + 1 :].strip() if prefix else ""
        if not name or name[:1].isdigit():
            continue  # numbered districts are read with their level word
        province = re.sub(r"^(Thành phố|Tỉnh)\s+", "", province)
        found.setdefault(key(name), (prefix or "", set()))[1].add(key(province))
        names.setdefault(name, Entry(key(name), name, name))
    table = {k: (level, frozenset(p)) for k, (level, p) in found.items()}
    return PhraseMatcher(names), table


@cache
def _wards_by_district() -> dict[str, frozenset[str]]:
    """Return district name key → the keys of its communes, wards and townships before the 2025 merger."""
    try:
        source = resources.files("underthesea.address").joinpath("data/mapping.json")
        rows = json.loads(source.read_text(encoding="utf-8")).get("ward_mapping", [])
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        rows = []
    level = re.compile(r"^(Huyện|Quận|Thị xã|Thành phố|Xã|Phường|Thị trấn)\s+", re.IGNORECASE)
    found: dict[str, set[str]] = {}
    for row in rows:
        district, ward = row.get("old_district") or "", row.get("old_ward") or ""
        if district and ward:
            found.setdefault(key(level.sub("", district)), set()).add(key(level.sub("", ward)))
    return {k: frozenset(v) for k, v in found.items()}


def _district_at(
    ctx: Context, tokens: list[Token], i: int, ward: tuple[int, str] | None = None
) -> tuple[int, str] | None:
    """Return (index after, level word) for a district's bare name that its province follows,
    or that follows one of its communes ('xã Phong Phú, Tuy Phong'; ``ward``: the index after the
    commune's name just read, and the name)."""
    if not is_capitalised(tokens[i]):
        return None
    matcher, table = _districts()
    found = matcher.match(tokens, i)
    if found is None:
        return None
    entry, end = found
    if (
        ward is not None
        and ward[0] == i - 1
        and tokens[i - 1].text == ","
        and key(ward[1]) in _wards_by_district().get(entry.key, ())
        and not (end < len(tokens) and tokens[end].is_word and is_capitalised(tokens[end]))
    ):
        return end, table[entry.key][0]
    if end + 1 >= len(tokens) or tokens[end].text not in (",", "(", "-", "–"):
        return None
    province = ctx.lex.places.match(tokens, end + 1)
    if province is None:
        level = match_level(tokens, end + 1)
        province = ctx.lex.places.match(tokens, level[1]) if level else None
    level_word, provinces = table[entry.key]
    if province is None or key(province[0].vi) not in provinces:
        return None
    k = i - 1
    while k >= 0 and _in_name(tokens[k]):
        k -= 1
    if k + 1 < i and tokens[k + 1].text in ctx.lex.surnames:
        return None  # a person's name: 'Nguyễn Thanh Xuân, Hà Nội'
    return end, level_word


def _city_at(tokens: list[Token], i: int, listed: bool = False) -> tuple[int, str] | None:
    """Return (index after, level word) for a provincial city's or town's bare name after a word of
    place or motion ('tại Nha Trang', 'về Đà Lạt'); the word keeps a person's name ('anh Vinh') out."""
    if i == 0 or not (listed or tokens[i - 1].lower in CITY_CUES) or not is_capitalised(tokens[i]):
        return None
    matcher, table = _districts()
    found = matcher.match(tokens, i)
    if found is None or table[found[0].key][0] not in ("thành phố", "thị xã"):
        return None
    end = found[1]
    if end < len(tokens) and tokens[end].is_word and is_capitalised(tokens[end]):
        return None  # a longer name goes on: 'ở Vinh Quang'
    return end, table[found[0].key][0]


def _title_word(tokens: list[Token], j: int) -> bool:
    """Whether a capitalised word and the lower-case syllable after it make one word ('Anh hùng')."""
    return (
        j + 1 < len(tokens)
        and tokens[j].is_word
        and is_capitalised(tokens[j])
        and tokens[j + 1].is_word
        and tokens[j + 1].text.islower()
        and word_key(f"{tokens[j].text} {tokens[j + 1].text}") in dictionary_words()
    )


def _initials_of_person(ctx: Context, tokens: list[Token], i: int, j: int) -> bool:
    """Whether a level's initial at tokens[i], its name at tokens[j], is a person's initial instead.

    After a kin word ('anh H. Người đàn ông') or a photo credit ('ảnh H. Thư'); alone on its line
    at the end of a report (a byline, 'H.Thanh'); or when the name's one syllable begins a word
    that goes on in lower case ('của H. Nội dung …').
    """
    if i > 0 and (tokens[i - 1].lower in KIN_WORDS or tokens[i - 1].lower in ("ảnh", "theo")):
        return True
    if i == 0 and _name_end(ctx, tokens, j) >= len(tokens) - 1:
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        nxt is not None
        and nxt.is_word
        and nxt.text.islower()
        and word_key(f"{tokens[j].text} {nxt.text}") in dictionary_words()
    )


def _glued_initial(ctx: Context, tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a level's initial glued to its place ('Chi cục Thuế H.Nhơn Trạch').

    After a unit's capitalised word it is the level; after a family name it is a person's initial.
    """
    return (
        i + 1 < len(tokens)
        and tokens[i].text in LEVEL_INITIALS
        and tokens[i + 1].text == "."
        and tokens[i].end == tokens[i + 1].start
        and i + 2 < len(tokens)
        and tokens[i + 1].end == tokens[i + 2].start
        and tokens[i - 1].text not in ctx.lex.surnames
        and capital_run(tokens, i - 1) < 3  # 'Lê Văn H.Nam': a name's initial
    )


def known_local_name(tokens: list[Token], j: int) -> bool:
    """Whether a district's, commune's or ward's name of two syllables starts at tokens[j] ('Tuy Hòa')."""
    if j + 1 >= len(tokens) or not (tokens[j + 1].is_word and is_capitalised(tokens[j + 1])):
        return False
    name = key(f"{tokens[j].text} {tokens[j + 1].text}")
    return name in _districts()[1] or name in _local_names()


def known_name_run(tokens: list[Token], j: int) -> int:
    """Return the length of a run of two to four capitalised words at tokens[j] naming a known commune, or 0.

    'phường Phạm Đình Hổ', 'phường Bùi Thị Xuân': a commune or ward named after a historical figure.
    """
    run = capital_run(tokens, j)
    if 2 <= run <= 4 and _known_name(" ".join(t.text for t in tokens[j : j + run])):
        return run
    return 0


def _known_name(name: str) -> bool:
    """Whether a district, commune, ward or township (before the 2025 merger) bears this name."""
    return key(name) in _districts()[1] or key(name) in _local_names()


@cache
def _local_names() -> frozenset[str]:
    """Return the keys of every commune's, ward's and township's name before the 2025 merger."""
    return frozenset().union(*_wards_by_district().values())


def _in_name(token: Token) -> bool:
    """Whether a token is a capitalised word of a name (not an abbreviation such as 'UBND')."""
    return token.is_word and is_capitalised(token) and not is_abbreviation(token)


def _not_a_place(ctx: Context, tokens: list[Token], j: int, match: tuple[Entry, int]) -> bool:
    """Whether a place name without a level word is part of a person's name or an ordinary word.

    'Trần Hòa Bình' is a person; a bare 'Hồ Chí Minh' is the President ('tư tưởng Hồ Chí Minh');
    a one-word country must stand after a lower-case word and before no capitalised one, since
    'Anh', 'Đức', 'Nga' and 'Mỹ' are also given names ('anh Đức', 'Nguyễn Thị Nga', 'Mỹ Đình').
    """
    entry, end = match
    society = end + 1 < len(tokens) and tokens[end].lower == "xã" and tokens[end + 1].lower == "hội"
    if entry.kind == "country" and match_level(tokens, end) and not society:
        return True  # 'Ủy ban MTTQ Việt Nam tỉnh X': part of a local unit's fixed name
    written = key(ctx.text[tokens[j].start : tokens[end - 1].end])
    if entry.key in PERSON_NAMED and written == key(entry.vi):
        return True
    if entry.kind == "country" and j > 0 and tokens[j - 1].lower in MADE_IN_WORDS:
        return True  # 'dao Thái Lan': a kind of knife, named for where such things come from
    k = j - 1
    while k >= 0 and tokens[k].is_word and is_capitalised(tokens[k]) and not is_abbreviation(tokens[k]):
        k -= 1
    if k + 1 < j and tokens[k + 1].text in ctx.lex.surnames:
        return True  # the end of a person's name
    if any(
        tokens[n].lower in KIN_WORDS and tokens[n + 1].text in ctx.lex.surnames for n in range(k + 1, j - 1)
    ):
        return True  # 'Chị Nguyễn Thị Huế' at the start of a sentence, after a headline run on
    if end - j == 1 and j > 0 and tokens[j - 1].lower in KIN_WORDS and entry.kind != "country":
        return True  # 'chị Huế': a woman's given name (countries are weighed below)
    if entry.kind == "country" and end - j == 1 and len(tokens[j].text) <= 4:
        prev = tokens[j - 1] if j > 0 else None
        nxt = tokens[end] if end < len(tokens) else None
        if nxt is not None and nxt.is_word:
            if is_capitalised(nxt):
                return True  # 'Mỹ Tho', 'Đức Hòa'
            if word_key(f"{tokens[j].text} {nxt.text}") in dictionary_words():
                return True  # 'Pháp luật'
        if prev is None or prev.lower in KIN_WORDS:
            return True
        if tokens[j].lower in GIVEN_NAMES:
            # 'Anh', 'Đức', 'Nga', 'Mỹ' are given names too: a country only after a word that
            # introduces one, and never in a report that names someone so.
            return prev.lower not in COUNTRY_CUES or tokens[j].text in _person_names(ctx)
        return not (prev.is_word and prev.text.islower())
    return False


def _person_names(ctx: Context) -> set[str]:
    """Return the one-word names the report gives a person: after a capitalised name, a rank or a title."""
    found = ctx.cache.get("person_words")
    if isinstance(found, set):
        return found
    names: set[str] = set()
    for tokens in ctx.tokens:
        for n in range(1, len(tokens)):
            tok, prev = tokens[n], tokens[n - 1]
            if not (tok.is_word and is_capitalised(tok) and tok.lower in GIVEN_NAMES):
                continue
            if _in_name(prev) or prev.lower in KIN_WORDS or prev.lower in PERSON_BEFORE:
                names.add(tok.text)
    ctx.cache["person_words"] = names
    return names


def set_default_places(ctx: Context, publisher: str | None = None) -> None:
    """Decide which place a bare 'thành phố' or 'tỉnh' (or 'huyện', 'xã', ...) means.

    A local paper's own province comes first ('Báo Quảng Ngãi' writes 'Công an tỉnh' for its
    own); otherwise the city or province the report names most. A local level means the one
    place of that level the report names, if it names only one.
    """
    counts: Counter[str] = Counter()
    entries: dict[str, Entry] = {}
    if publisher:
        words = tokenize(publisher)
        for i in range(len(words)):
            found = ctx.lex.places.match(words, i)
            if found and found[0].kind in ("city", "province", "former-city", "former-province"):
                entry = found[0]
                level = "thành phố" if entry.kind in ("city", "former-city") else "tỉnh"
                ctx.default_place[level] = entry
                break
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
    # 'Công an huyện' in a report that names one district only is that district's police.
    local: dict[str, dict[str, str]] = {}
    for entry, name, _, level in find_places(ctx):
        if entry is None and level in LOCAL_DEFAULT_LEVELS and not any(c.isdigit() for c in name):
            local.setdefault(level, {}).setdefault(key(name), name)
    for level, names in local.items():
        if len(names) == 1:
            name = next(iter(names.values()))
            ctx.default_place.setdefault(
                level, Entry(f"{level}:{key(name)}", name, name, kind=LOCAL_LEVELS[level])
            )


def places(ctx: Context) -> list[Place]:
    """Return the distinct places of the report, each with the forms and spans that name it."""
    by_key: dict[str, Place] = {}
    for entry, name, span, level in find_places(ctx):
        if level == "facility":
            continue  # airports, industrial zones and border gates are locations, not places
        if level and level.startswith(LOCAL_OF):
            k = level
            place = by_key.get(k)
            if place is None:
                kind = LOCAL_LEVELS.get(level[len(LOCAL_OF) :].split(":")[0])
                place = by_key[k] = Place(name=name, name_en=None, kind=kind)
            written = " ".join(span.text.split())
            if written != place.name and written not in place.aliases:
                place.aliases.append(written)
            place.mentions.append(span)
            continue
        # A township and the district of the same name are two places ('thị trấn X', 'huyện X').
        k = entry.key if entry else f"{LOCAL_LEVELS.get(level or '', level)}:{key(name)}"
        if level in NUMBERED and name[-1:].isdigit():
            k = key(name)
        place = by_key.get(k)
        if place is None:
            if entry is not None:
                kind = entry.kind.replace("former-", "") if entry.kind else None
                place = Place(name=entry.vi, name_en=entry.en, kind=kind)
            else:
                kind = "facility" if level == "facility" else LOCAL_LEVELS.get(level or "")
                place = Place(name=name, name_en=None, kind=kind)
                words = tokenize(name)
                after = _facility(words, 0) if level == "facility" else None
                if after is not None and after < len(words):
                    place.aliases.append(name[words[after].start :])  # "Mộc Bài" of "cửa khẩu Mộc Bài"
            by_key[k] = place
        written = " ".join(span.text.split())
        if written != place.name and written not in place.aliases:
            place.aliases.append(written)
        place.mentions.append(span)
    return list(by_key.values())


def outside_units(
    found: list[Place], unit_spans: list[tuple[int, int]], *, any_place: bool = False
) -> list[Place]:
    """Drop the countries named only inside the names of these units ('Tập đoàn Dầu khí Việt Nam').

    A company, a bank, a paper or an association carries its country as part of its brand; the
    report is not set there unless it names the country on its own too ('về Việt Nam'). The
    caller passes those units' spans only: a state body names the country it governs ('Ủy ban
    MTTQ Việt Nam'), and provinces and districts stay, a local unit's place being the story's.
    ``any_place``: drop any place so named (a paper's: 'Pháp Luật TP.HCM' is read everywhere).
    """

    def inside(span: Span) -> bool:
        return any(start <= span.start and span.end <= end for start, end in unit_spans)

    kept = [p for p in found if p.kind != "country" and not any_place]
    return [p for p in found if p in kept or not all(inside(s) for s in p.mentions)]
