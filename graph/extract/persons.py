"""Find officials: their names and ranks, the posts written beside them, and later mentions by post alone.

Names are read here (their boundaries, initials, nicknames, ages; streets and schools that are no
person); the posts and their units are read by posts.py. A post is given to a name in the shapes the
genre uses:

- before the name: 'Chủ tịch UBND TP X Trần Văn A', 'Giám đốc Công an tỉnh, Thiếu tướng B';
- after it: 'Thiếu tướng B, Giám đốc Công an tỉnh X', 'ông C - Phó Chủ tịch UBND tỉnh';
- several in a chain: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh D', '... kiêm Tổng Giám đốc';
- taken up or held: 'bổ nhiệm ông E giữ chức vụ Phó Chánh án ...', 'ông F được bổ nhiệm làm ...';
- past ones: 'nguyên Giám đốc ...', 'cựu cán bộ ...', 'khi còn Chủ tịch ...' (status 'former').

A post written without a name ('Giám đốc Công an TP X tặng giấy khen') is a mention of the person
who holds it, once the report has named that person.
"""

from __future__ import annotations

import re

from graph.facts import Person, Position, Span
from graph.gazetteer import Entry
from graph.text import is_photo_credit, key

from .context import Context, match_level
from .names import (
    COUNTRIES,
    HONORIFICS,
    MIDDLE_NAMES,
    NOT_NAME_WORDS,
    country_at,
    is_medicine,
    is_surname,
    person_starts,
    place_before_name,
)
from .organizations import OrgMention, org_key
from .posts import (
    BOARD_OF,
    CHAIN_SEPARATORS,
    CHAIN_WORDS,
    EXECUTIVE_ROLES,
    FORMER,
    KIN_OF,
    PARTY_ROLES,
    PREDICATE,
    TAKES_POST,
    VERB_ROLES,
    TitleMention,
    add_post,
    bare_post,
    bare_role_before,
    board_of_next,
    boards_joined,
    chain_last,
    deputy_constituency,
    directed_unit,
    earlier_listed_posts,
    graded_body,
    listed_bare_posts,
    members_listed,
    merge_posts,
    nominated,
    post_across_tail,
    post_after_home,
    post_heads,
    post_in_aside,
    read_titles,
    read_unit,
    respective_posts,
    unit_name,
    unit_runs_on,
    village_title_before,
)
from .tokens import HYPHENS, Token, capital_run, is_abbreviation, is_capitalised, phrase_at, phrase_before

__all__ = ["persons"]

HONORIFIC_PHRASES = tuple(tuple(h.split()) for h in sorted(HONORIFICS))
HONORIFIC_FIRST = frozenset(words[0] for words in HONORIFIC_PHRASES)
# Degrees and service titles written before a name, often with a dot: 'TS.', 'PGS.TS', 'QNCN'.
DEGREES = {
    "ts",
    "ths",
    "pgs",
    "gs",
    "tskh",
    "bs",
    "bsck",
    "cki",  # specialist degrees of doctors: 'bác sĩ CKII'
    "ckii",
    "bsckii",
    "bscki",
    "ks",
    "cn",
    "qncn",
    "ls",
    "nsnd",
    "nsưt",
    "nhà",
    "báo",
}
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
    "hẻm",
    "ngõ",
    "ngách",
    "kiệt",
    "quảng",
    "đền",
    "chùa",
    "đình",
    "phường",
    "quận",
    "thpt",
    "thcs",
    "giải",
    "tàu",
    "sân",
    "bến",
    "hồ",
    "sông",
    "núi",
    "đèo",
    "lộ",  # 'giao lộ X', 'quốc lộ', 'tỉnh lộ'
    "tuyến",  # 'tuyến Nguyễn Văn Linh'
}
# Two words after which a capitalised name is a street's: 'ngã tư X', 'nút giao X', 'tuyến đường X'.
# 'đường ven biển X': a road by the sea.
STREET_PAIRS = {
    ("ngã", "tư"), ("ngã", "ba"), ("ngã", "năm"), ("ngã", "sáu"), ("nút", "giao"), ("ven", "biển"),
    ("bờ", "biển"), ("đường", "biển"),
}  # fmt: skip
# Words after which a list of capitalised names is a list of streets ('các tuyến đường A, B và C').
STREET_WORDS = {"đường", "phố", "hẻm", "ngõ", "ngách", "kiệt", "lộ", "tuyến"}
# Two-word phrases ending in a word of NOT_PERSON_BEFORE that do not name a place or a thing.
NOT_PLACE_PAIRS = {
    "gia đình", "yêu cầu", "thỉnh cầu", "khẩn cầu", "nông thôn",  # "Bộ NN và PT Nông thôn A"
    "môi trường", "thị trường", "hiện trường",  # "Sở Tài nguyên và Môi trường A": no school is named so
}  # fmt: skip
# Words that introduce a byline or a photo credit: the name after them is an author.
BYLINE_WORDS = {"ảnh", "nguồn", "clip", "video", "bài", "tin", "theo", "đồ"}
# Words before the reporter a person spoke to: "trao đổi với phóng viên", "trả lời phỏng vấn phóng viên".
TOLD = {"với", "cho", "theo", "vấn", "lời"}
LIST_OPENERS = (":", "như")  # 'các Phó Thủ tướng: A, B', 'các đại biểu Quốc hội như A, B'
# Words before a post whose holder the speaker stands in for: 'Thay mặt Giám đốc Công an tỉnh, A - Phó
# Giám đốc ...' gives A the deputy's post only.
ON_BEHALF = (
    ("thay", "mặt"),
    ("thay", "mặt", "cho"),
    ("thừa", "lệnh"),
    ("thừa", "ủy", "quyền"),
    ("thừa", "ủy", "quyền", "của"),
    ("thừa", "uỷ", "quyền"),
    ("thừa", "uỷ", "quyền", "của"),
    ("ủy", "quyền", "của"),
    ("được", "sự", "ủy", "quyền", "của"),
)
# The phrases of TAKES_POST that only ever take up a post (never 'là', a predicate of anything).
HOLDS_POST = (("giữ", "chức"), ("đảm", "nhiệm", "chức"), ("được", "bổ", "nhiệm"))
# Words before 'là' that give a post to every name of the list before them ('A, B cùng là X').
SHARED = {"cùng", "đều"}
# Words between a post and 'là' its holder that put the post in the past: 'Bộ trưởng khi đó là ông A'.
AT_THE_TIME = (
    ("khi", "đó"), ("khi", "ấy"), ("lúc", "đó"), ("lúc", "ấy"), ("lúc", "bấy", "giờ"), ("thời", "điểm", "đó"),
)  # fmt: skip
PLURAL_BEFORE = {"các", "hai", "ba", "những"}  # 'các Phó Giám đốc A, B': the post is each name's
# Words before a number that make it a date, not a count of posts: 'ngày 12 Phó Chủ tịch ...'.
COUNT_AFTER = {"ngày", "tháng", "năm", "/", "-", ".", ":", "sáng", "trưa", "chiều", "tối", "đêm"}
# Words shortly before 'là'/'làm' that make it a post taken up or held: 'được điều chuyển lên làm
# Giám đốc X', 'từng là Y', 'khi ông A về làm Phó Tổng giám đốc Z'.
TOOK_UP_BEFORE = {"có", "năm", "từng", "được", "lên", "về"}
LIST_INTRO = (("gồm", "có"), ("gồm",))  # '3 Phó Trưởng ban X, gồm: ông A, B', 'hai công an viên gồm anh A'
# Words that leave a post: what follows was held until then.
LEAVES_POST = (
    ("thôi", "giữ", "chức", "vụ"),
    ("thôi", "giữ", "chức"),
    ("thôi", "trách", "nhiệm"),
    ("thôi", "chức", "vụ"),
    ("thôi", "chức"),
    ("thôi", "làm"),
    ("từ", "nhiệm", "chức", "vụ"),
    ("từ", "nhiệm"),
    ("miễn", "nhiệm", "chức", "vụ"),
    ("miễn", "nhiệm"),
    ("cách", "chức", "vụ"),
    ("cách", "chức"),
    ("cách", "tất", "cả", "các", "chức", "vụ"),
)
# The words a post taken up or left later in a sentence can start at ('như' opens a list of posts).
POST_VERB_FIRST = frozenset([*(words[0] for words in (*LEAVES_POST, *TAKES_POST)), "như"])


def _name_at(ctx: Context, tokens: list[Token], i: int, triggered: bool, prefixed: bool = False) -> int:
    """Return the token index after a person's name starting at tokens[i], or i if none starts there."""
    tok = tokens[i]
    if not (tok.is_word and is_capitalised(tok)) or ctx.lex.heads.match(tokens, i):
        return i
    if is_medicine(tokens, i):
        return i  # 'Trường Đại học Y Dược X': medicine, the unit's field, not an Ê Đê man's name
    if (
        triggered
        and (ede := _ede_name_at(tokens, i)) > i
        # 'Chủ tịch Hội Đông Y Việt Nam': the country after 'Y' names no Ê Đê person.
        and not (ctx.lex.places.match(tokens, i + 1) or country_at(tokens, i + 1))
    ):
        return ede
    if ctx.lex.places.match(tokens, i) or ctx.lex.roles.match(tokens, i) or ctx.lex.ranks.match(tokens, i):
        return i
    if tok.text in NOT_NAME_WORDS and not is_surname(ctx, tok.text):
        return i
    if country_at(tokens, i):
        return i  # 'Thủ tướng Nga Dmitry Medvedev': the country is not part of the name
    if (
        i > 0
        and tokens[i - 1].lower in NOT_PERSON_BEFORE
        and not prefixed
        # 'gia đình Nguyễn Văn A' is A's family, not a communal house ('đình'); 'yêu cầu A' asks A.
        and not (i > 1 and f"{tokens[i - 2].lower} {tokens[i - 1].lower}" in NOT_PLACE_PAIRS)
        # 'Chủ tịch UBND thành phố Nguyễn Văn A': every city is in the gazetteer, so after a post's
        # 'thành phố' a name the places pass left is the holder's, not a street ('phố X').
        and not (triggered and i > 1 and tokens[i - 2].lower == "thành" and tokens[i - 1].lower == "phố")
        # 'Trưởng thôn Lê Văn A cho biết': a full name after a village head's title is the head's.
        and not (triggered and village_title_before(ctx, tokens, i))
    ):
        return i
    if not prefixed and (_street_pair_before(tokens, i) or _street_list_before(tokens, i)):
        return i  # 'ngã tư Lê Văn A', 'các tuyến đường X, Lê Văn A và Y': streets named after people
    if not prefixed and _school_before(tokens, i):
        return i  # 'điểm trường tiểu học Lê Văn Tám': a school named after a hero
    if i > 0 and tokens[i - 1].is_number and not prefixed and not triggered:
        # '314 Bùi Thị Xuân': a house number, then the street (not 'Chủ tịch UBND quận 2 Trần Văn A').
        return i
    if i > 1 and tokens[i - 1].text == ":" and tokens[i - 2].lower in BYLINE_WORDS:
        return i  # 'Ảnh: Văn A' credits an author
    if i > 0 and tokens[i - 1].text == "Theo" and not triggered:
        return i  # 'Theo Minh Anh (...)': the source of the report
    end = i + 1
    while (
        end < len(tokens)
        and end - i < 4
        and tokens[end].is_word
        and is_capitalised(tokens[end])
        and tokens[end].end - tokens[end].start <= (10 if triggered else 7)
        and tokens[end].start - tokens[end - 1].end <= 2
        # After a family and a middle name the given name must follow, though it may be a unit's
        # head or a role's word ('Vũ Văn Viện').
        and (
            (end == i + 2 and tokens[end - 1].text in MIDDLE_NAMES)
            or not (ctx.lex.heads.match(tokens, end) or ctx.lex.roles.match(tokens, end))
            # 'ĐB Bùi Quốc Phòng (Thái Bình)': a head word that names nothing after it ends the name.
            or (
                end == i + 2
                and end + 1 < len(tokens)
                and (tokens[end + 1].text in ("(", ",", ".", ")") or not is_capitalised(tokens[end + 1]))
                and not ctx.lex.roles.match(tokens, end)
                and tokens[end].end - tokens[end].start <= 6
                and is_surname(ctx, tok.text)
            )
        )
        and (tokens[end].text not in NOT_NAME_WORDS or _inner_name_word(ctx, tokens, i, end))
        # An abbreviation inside a name written in lower case is a unit's ('Đoàn CAQ'), not a syllable.
        and not (len(tokens[end].text) > 1 and tokens[end].text.isupper() and not tok.text.isupper())
    ):
        end += 1
    size = end - i
    surname = tok.text if not tok.text.isupper() else tok.text[:1] + tok.text[1:].lower()
    if size < 2 or (not is_surname(ctx, surname) and not triggered):
        return i
    # 'Đặng T.H': a family name, then the given names' initials (a stop after them may end the sentence).
    dotted = _initials_at(tokens, end - 1) if size >= 2 and len(tokens[end - 1].text) == 1 else end
    dotted -= dotted > end and tokens[dotted - 1].text == "."
    dotted = dotted if dotted > end else end - 1
    if size == 2 and not triggered and dotted == end - 1:
        return i
    if (
        size == 4
        and not prefixed
        and tokens[i + 2].text in ("Thị", "Văn")
        and is_surname(ctx, tokens[i + 1].text)
    ):
        return i  # 'trường Hoa Mai Lương Thị Diệp': the unit's last word, then a name of three
    if (
        size == 4
        and not prefixed
        and i > 0
        and tokens[i - 1].is_word
        and is_capitalised(tokens[i - 1])
        and not is_abbreviation(tokens[i - 1])
        and tokens[i].start - tokens[i - 1].end <= 1
        and is_surname(ctx, tokens[i + 1].text)
        # 'Hà Nội Nguyễn Văn Tấn Dũng': a family and a middle name open a name of four.
        and tokens[i + 1].text not in MIDDLE_NAMES
        # the run before is a unit's or a place's name: 'Bệnh viện Hòa An', 'tỉnh Hà Nam'
        and any(
            ctx.lex.heads.match(tokens, n) or post_heads().match(tokens, n) or match_level(tokens, n)
            for n in range(max(0, i - 5), i)
        )
    ):
        return i  # 'Bệnh viện Hòa An Lê Văn Tám': a capitalised run goes on into the name
    place = ctx.lex.places.match(tokens, i + 1)
    if len(tok.text) == 1 and place and place[1] == end:
        return i  # 'Hội Đông Y Việt Nam': a letter, then a country or province, names no one
    if tok.text == "Đoàn" and not triggered and place and place[1] == end:
        return i  # '(Đoàn Nghệ An)': a delegation named for its province, not 'Đoàn' the family
    return max(end, dotted)


def _ede_name_at(tokens: list[Token], i: int) -> int:
    """Return the index after a woman's name of the Central Highlands ('H’Lan Niê', 'H'Nhi'), or i."""
    if not (
        tokens[i].text == "H"
        and i + 2 < len(tokens)
        and tokens[i + 1].text in ("’", "'")
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 2].start == tokens[i + 1].end
        and tokens[i + 2].is_word
        and is_capitalised(tokens[i + 2])
    ):
        return i
    end = i + 3
    while (
        end < len(tokens)
        and end - i < 6
        and tokens[end].is_word
        and is_capitalised(tokens[end])
        and tokens[end].start - tokens[end - 1].end <= 2
        and tokens[end].text not in NOT_NAME_WORDS
    ):
        end += 1
    return end


def _age_aside(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] opens an aside giving an age or a year of birth: '(37 tuổi', '(SN 1990'."""
    if k + 2 >= len(tokens) or tokens[k].text != "(":
        return False
    nxt = tokens[k + 1]
    return (nxt.is_number and tokens[k + 2].lower == "tuổi") or nxt.text in ("SN", "sinh")


def _aged_given_names(ctx: Context, tokens: list[Token], i: int) -> list[int]:
    """Return where given names written alone before an age start ('tài xế Tài (37 tuổi)'), or []."""
    if i == 0 or tokens[i - 1].lower in ("người", "tiếng", "nước"):
        return []  # a sentence's first word; 'người Anh (19 tuổi)' is an Englishman
    before = tokens[i - 1]
    if (before.is_word and is_capitalised(before)) or (not before.is_word and before.text != ","):
        return []
    found = [i]
    if i + 3 < len(tokens) and tokens[i + 1].lower == "và":
        found.append(i + 2)  # 'Hiếu và Hào (30 tuổi, cùng trú ...)': both are named so
    if not _age_aside(tokens, found[-1] + 1):
        return []
    for n in found:
        tok = tokens[n]
        if not _short_name(ctx, tokens, n) or country_at(tokens, n) or is_surname(ctx, tok.text):
            return []
    return found


SCHOOL_WORDS = {"tiểu", "trung", "học", "cơ", "sở", "phổ", "thông", "mầm", "non", "chính", "dân", "lập",
                "chuyên", "thcs", "thpt", "th", "ptdtbt", "ptdtnt", "liên", "cấp"}  # fmt: skip


def _street_pair_before(tokens: list[Token], i: int) -> bool:
    """Whether two words naming a street's crossing stand right before tokens[i] ('ngã tư', 'nút giao')."""
    return i > 1 and (tokens[i - 2].lower, tokens[i - 1].lower) in STREET_PAIRS


def _street_list_before(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] goes on a list of streets opened by a street's word ('đường A, B và C')."""
    if _age_aside(tokens, i + capital_run(tokens, i)):
        return False  # 'đường A, Lê Văn B (30 tuổi) ...': a person with an age is no street
    k = i - 1
    for _ in range(8):
        if k >= 1 and tokens[k].text == ":" and tokens[k - 1].lower in STREET_WORDS:
            return True  # 'các phố: A, B'
        if k < 1 or not (tokens[k].text == "," or tokens[k].lower == "và"):
            return False
        m = k - 1
        while m >= 0 and k - m <= 5 and tokens[m].is_word and is_capitalised(tokens[m]):
            m -= 1
        if m == k - 1 or m < 0:
            return False
        if tokens[m].lower in STREET_WORDS or _street_pair_before(tokens, m + 1):
            return True
        k = m
    return False


def _school_before(tokens: list[Token], i: int) -> bool:
    """Whether a school's kind is written right before tokens[i] ('trường tiểu học', 'điểm trường chính')."""
    k = i - 1
    while k >= 0 and i - k <= 5 and tokens[k].lower in SCHOOL_WORDS:
        k -= 1
    return k < i - 1 and k >= 0 and tokens[k].lower == "trường"


def _inner_name_word(ctx: Context, tokens: list[Token], i: int, end: int) -> bool:
    """Whether a word that may open a sentence is inside the name at tokens[i] ('Trần Văn Bài')."""
    if tokens[end - 1].text in MIDDLE_NAMES:
        return True  # a middle name is never the end of a name
    if (
        end - i >= 2
        and end + 1 < len(tokens)
        and tokens[end + 1].text in (",", "(", ")", "-", "–", "—")
        and is_surname(ctx, tokens[i].text)
    ):
        return True  # 'Nguyễn Ngọc Thế, Cục trưởng ...': a sentence's opening word is not followed by a comma
    # 'Thế' right after the family name with a given name after it is a middle name, not 'Thế là'.
    if not (
        end == i + 1
        and end + 1 < len(tokens)
        and tokens[end + 1].is_word
        and is_capitalised(tokens[end + 1])
        and tokens[end + 1].text not in NOT_NAME_WORDS
        and tokens[end + 1].start - tokens[end].end <= 1
    ):
        return False
    if tokens[end].text == "Thế":
        return True
    # Any such word between a known family name and one last given name is a middle name too
    # ('Huỳnh Trong Sơn'); a place after it ('Lê Tại Hà Nội') or a longer run is not a name.
    return (
        is_surname(ctx, tokens[i].text)
        and not ctx.lex.places.match(tokens, end + 1)
        and not (end + 2 < len(tokens) and tokens[end + 2].is_word and is_capitalised(tokens[end + 2]))
    )


NAMED_AS = (("tên", "là"), ("tên", "thường", "gọi", "là"))
GOES_BY = (("gọi", "là"), *NAMED_AS)
SO_CALLED = (("tự",), ("tự", "là"))
FAMILIAR = {"ông", "bà", "anh", "chị", "cháu", "em", "cô", "chú", "bé", "tên"}


def _initials_at(tokens: list[Token], k: int) -> int:
    """Return the index after initials standing for a name ('N.KT.', 'Đ.', 'L.T.V'), or k."""
    m = k
    while (
        m + 1 < len(tokens)
        and tokens[m].is_word
        and (tokens[m].text.isupper() and len(tokens[m].text) <= 3 or _digraph_initial(tokens, m))
        and tokens[m + 1].text == "."
        and tokens[m + 1].start == tokens[m].end
    ):
        m += 2
        if _spaced_initial(tokens, m):
            continue  # 'cháu T. A.', 'chị N.T. L.': the last initial after a space
        if (
            m < len(tokens)
            and tokens[m].start == tokens[m - 1].end + 1
            and len(tokens[m].text) == 1
            and tokens[m].text.isupper()
            and not (m + 1 < len(tokens) and tokens[m + 1].is_word and is_capitalised(tokens[m + 1]))
        ):
            return m + 1  # 'anh V. V. T (SN 1991)': the last initial after a space, without its stop
        if not (m < len(tokens) and tokens[m].start == tokens[m - 1].end and tokens[m].is_word):
            return m
    last = tokens[m].text if m > k else ""
    if len(last) == 1 and last.isupper() or len(last) == 2 and last[0].isupper() and last[1].islower():
        return m + 1  # 'N.T.H', 'N.T.M.Th': the last initial written without its stop
    return k


def _digraph_initial(tokens: list[Token], m: int) -> bool:
    """Whether tokens[m] is an initial of two letters ('Ph', 'Ng') that more initials follow."""
    text = tokens[m].text
    if not (len(text) == 2 and text[0].isupper() and text[1].islower()):
        return False
    # 'L.Ph.D', 'Ng.A.H', 'Ng. T. A': only the next initial tells 'Ng.' from a given name ('anh Kh.').
    nxt = m + 2
    return (
        nxt + 1 < len(tokens)
        and tokens[m + 1].text == "."
        and tokens[nxt].start <= tokens[m + 1].end + 1
        and tokens[nxt].is_word
        and tokens[nxt].text[:1].isupper()
        and (len(tokens[nxt].text) == 1 or len(tokens[nxt].text) == 2 and tokens[nxt].text[1].islower())
        and (tokens[nxt + 1].text == "." or tokens[nxt].start == tokens[m + 1].end)
    )


def _spaced_initial(tokens: list[Token], m: int) -> bool:
    """Whether tokens[m], one space after an initial's stop, is one more initial with its own stop."""
    return (
        m + 1 < len(tokens)
        and tokens[m].start == tokens[m - 1].end + 1
        and len(tokens[m].text) == 1
        and tokens[m].text.isupper()
        and tokens[m + 1].text == "."
        and tokens[m + 1].start == tokens[m].end
    )


def _bare_initial(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is one capital letter standing alone for a name ('anh N, chủ tiệm')."""
    tok = tokens[k]
    if not (tok.is_word and len(tok.text) == 1 and tok.text.isupper()):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    # Not the first letter of a code or a name written on ('anh N.', 'ông A Páo', 'chị B-52').
    if nxt is not None and nxt.is_word and is_capitalised(nxt):
        return False
    return nxt is None or nxt.start > tok.end or nxt.text in (",", ")", ";", ":")


WORKS_AT = (("công", "tác", "tại"), ("làm", "việc", "tại"), ("công", "tác", "ở"))


def _works_at(ctx: Context, tokens: list[Token], end: int) -> int | None:
    """Return where the unit begins in 'A, công tác tại X' / 'A (đang công tác tại X)' / 'A của X'."""
    k = end
    if k < len(tokens) and tokens[k].lower == "của":
        return k + 1 if k + 1 < len(tokens) and is_capitalised(tokens[k + 1]) else None
    if k < len(tokens) and tokens[k].text in (",", "(", *HYPHENS):
        k += 1
    if k < len(tokens) and tokens[k].lower == "đang":
        k += 1
    after = phrase_at(tokens, k, WORKS_AT)
    if after == k or after >= len(tokens) or not is_capitalised(tokens[after]):
        return None
    return after


def _comma_then_so_called(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k:] read ', tự …' (a nickname given after a name's comma)."""
    return tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].lower == "tự"


def _nickname_of(
    ctx: Context, tokens: list[Token], names: list[tuple[int, int, Entry | None]], k: int
) -> str | None:
    """Return the key of the person whose aside gives tokens[k] as the name they go by, or None."""
    alias = k > 1 and tokens[k - 1].lower == "là" and phrase_before(tokens, k, GOES_BY) < k
    # 'tự' ('also called') gives a nickname: 'Lê Văn A, tự Bé (SN 1990)', 'Trần B (tự Tèo, 30 tuổi)'
    so_called = k > 1 and phrase_before(tokens, k, SO_CALLED) < k
    if not (alias or so_called):
        return None
    for start, end, _ in names:
        if (
            end < k
            and (tokens[end].text == "(" or so_called and _comma_then_so_called(tokens, end))
            and end - start > 1
            and not any(t.text == ")" for t in tokens[end:k])
        ):
            span = ctx.span(tokens[start].start, tokens[end - 1].end)
            return key(" ".join(span.text.split()))
    return None


def _street_side(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] opens a capitalised name that is neither a post, a rank nor a unit."""
    if k < 0 or k >= len(tokens) or not (tokens[k].is_word and is_capitalised(tokens[k])):
        return False
    return not (
        ctx.lex.roles.match(tokens, k)
        or ctx.lex.ranks.match(tokens, k)
        or ctx.lex.heads.match(tokens, k)
        or post_heads().match(tokens, k)
        or tokens[k].lower in HONORIFICS
        or tokens[k].lower in ("nguyên", "cựu", "quyền", "tân")
        or tokens[k].text in NOT_NAME_WORDS
    )


def _junction(ctx: Context, tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name stands in a junction of streets: 'Nguyễn Kiệm - Phạm Văn Đồng', 'Lê Duẩn-Hùng Vương'."""
    after = end < len(tokens) - 1 and tokens[end].text in HYPHENS and _street_side(ctx, tokens, end + 1)
    before = start > 1 and tokens[start - 1].text in HYPHENS and _street_side(ctx, tokens, start - 2)
    if before:
        # The word before the dash ends a capitalised run ('Cách Mạng Tháng Tám - Lê Duẩn').
        before = tokens[start - 2].is_word and is_capitalised(tokens[start - 2])
    return after or before


def _short_name(ctx: Context, tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a given name written alone after a title of address ('ông Quý')."""
    tok = tokens[i]
    if not (tok.is_word and is_capitalised(tok) and not tok.text.isupper()) or tok.text in NOT_NAME_WORDS:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].is_word and is_capitalised(tokens[i + 1]):
        return False
    return not (
        ctx.lex.heads.match(tokens, i)
        or ctx.lex.places.match(tokens, i)
        or ctx.lex.roles.match(tokens, i)
        or ctx.lex.ranks.match(tokens, i)
    )


def _known_given(tokens: list[Token], i: int, order: list[str]) -> bool:
    """Whether tokens[i], after a title of address or rank, is the given name of a person named before."""
    tok = tokens[i]
    if not (tok.is_word and is_capitalised(tok) and not tok.text.isupper()):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].is_word and is_capitalised(tokens[i + 1]):
        return False
    k = key(tok.text)
    return any(len(words := pk.split()) > 1 and words[-1] == k for pk in order)


def _post_follows(tokens: list[Token], k: int, by_first: dict[int, TitleMention]) -> bool:
    """Whether a post with its unit is written at tokens[k], after ',', a dash, 'là' or 'hiện là'.

    A given name alone, with no title of address, is taken for a person only so: 'Vân là Giám
    đốc Công ty X', 'Minh, Trưởng phòng Y' (a capitalised word alone may open any sentence).
    """
    if k + 1 >= len(tokens):
        return False
    if tokens[k].text in (",", *HYPHENS):
        title = by_first.get(k + 1)
    else:
        # 'Hùng hiện là nhân viên Công ty X', 'Hùng từng là ...' (the past post's mention opens at 'từng').
        took = phrase_at(tokens, k, TAKES_POST)
        title = by_first.get(took) if took > k else by_first.get(k)
    return title is not None and bool(title.org)


# 'vợ ông A', 'con trai bà B', 'mẹ của anh C': someone named as the relative of the person named (the kin
# nouns of KIN_OF, without the words that also address a person, and the words that say which child).
KIN_WORDS = frozenset(KIN_OF - {"của", "em", "anh", "chị"}) | {"trai", "gái", "dâu", "rể", "ruột", "nuôi"}
_ADDRESS_WORDS = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu"})


def _relative_named(tokens: list[Token], start: int) -> bool:
    """Whether the name at ``start`` only says whose relative the clause's subject is ('Vợ ông A là ...')."""
    k = start - 1
    if k >= 0 and tokens[k].lower in _ADDRESS_WORDS:
        k -= 1
    if k >= 0 and tokens[k].lower == "của":
        k -= 1
    return 0 <= k < start - 1 and tokens[k].lower in KIN_WORDS


def _known_pair(tokens: list[Token], k: int, people: dict[str, Person]) -> bool:
    """Whether ``tokens[k:k + 2]`` name a person of the report already, no capitalised word after them."""
    if k + 1 >= len(tokens) or key(f"{tokens[k].text} {tokens[k + 1].text}") not in people:
        return False
    return not (k + 2 < len(tokens) and tokens[k + 2].is_word and is_capitalised(tokens[k + 2]))


def _initial_dot(tokens: list[Token], end: int) -> bool:
    """Whether a name kept back by its initial ends at the dot tokens[end] and the sentence goes on."""
    if not (0 < end < len(tokens) - 1 and tokens[end].text == "."):
        return False
    initial, after = tokens[end - 1], tokens[end + 1]
    return (
        tokens[end].start == initial.end
        and initial.is_word
        and len(initial.text) <= 2
        and initial.text[:1].isupper()
        # ', bảo vệ ...', '(SN ...)', '- bảo vệ ...', 'là bảo vệ ...': not the next sentence.
        and (not after.is_word or after.text in PREDICATE)
    )


NATIONAL_ASSEMBLY = ("Quốc hội", "ĐBQH")
PEOPLES_COUNCIL = ("HĐND", "Hội đồng nhân dân")


def _national_assembly_report(ctx: Context) -> bool:
    """Whether the report names the National Assembly and no People's Council (whose deputies it may mean)."""
    found = ctx.cache.get("national_assembly")
    if found is None:
        found = ctx.cache["national_assembly"] = any(w in ctx.text for w in NATIONAL_ASSEMBLY) and not any(
            w in ctx.text for w in PEOPLES_COUNCIL
        )
    return bool(found)


BARE_PARTY_COMMITTEES = {"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"}
PROVINCE_COMMITTEES = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố"}  # a province's or a city's, by level


def _party_committee_of_next(ctx: Context, tokens: list[Token], posts: list[TitleMention]) -> None:
    """Name a party committee written without its place: by the post after it, else by the report's place.

    'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn': the Tỉnh ủy is Lạng Sơn's; 'Bí thư Tỉnh ủy'
    alone is the one province's the sentence names, else the one the report is about.
    """
    for title, after in zip(posts, posts[1:], strict=False):
        if title.role.key in PARTY_ROLES and title.org in BARE_PARTY_COMMITTEES and after.org:
            party = directed_unit(ctx, title.role, after.org)
            if party is not None and party != after.org and party.startswith(f"{title.org} "):
                title.org = party
    for title in posts:
        level = PROVINCE_COMMITTEES.get(title.org or "")
        if title.role.key not in PARTY_ROLES or level is None:
            continue
        kinds = ("city", "former-city") if level == "thành phố" else ("province", "former-province")
        named = {
            found[0].vi
            for k in range(len(tokens))
            if (found := ctx.lex.places.match(tokens, k)) and found[0].kind in kinds
        }
        if len(named) == 1:
            title.org = f"{title.org} {named.pop()}"  # the one the sentence names
        elif not named and level in ctx.default_place:
            title.org = f"{title.org} {ctx.default_place[level].vi}"  # the report's province


UNREAD_UNIT_REACH = 8  # tokens: a unit's name the unit pass could not read, up to the chain's next comma
# Words that open a predicate: a comma after them ends a clause, not a unit's name.
PREDICATE_WORDS = {"cho", "đã", "đang", "sẽ", "vừa", "là", "và", "được", "bị", "có", "nói", "thì", "mà"}


def _unread_unit_end(ctx: Context, tokens: list[Token], k: int) -> int | None:
    """Return the comma ending the unit written at tokens[k] after a role whose post was not read, or None.

    'Bí thư Đảng ủy, ...' (a bare unit), 'Phó Bí thư Quân ủy Trung ương, ...' (a unit no pass knows):
    only words of a name stand before the comma, no holder's name, no other title, no predicate.
    """
    plain = True  # every word so far may be part of a unit's name
    for n in range(k, min(len(tokens), k + UNREAD_UNIT_REACH)):
        tok = tokens[n]
        if tok.text == "," and (n < k + 3 or plain):
            return n
        if n >= k + 2 and not plain:
            return None
        plain = plain and tok.is_word and tok.lower not in PREDICATE_WORDS
        if n > k and (person_starts(ctx, tokens, n) or ctx.lex.roles.match(tokens, n)):
            plain = False
    return None


def _bare_chain_at(
    ctx: Context, tokens: list[Token], k: int, by_first: dict[int, TitleMention]
) -> int | None:
    """Return where a bare role at tokens[k] ends when a post with its unit follows it, else None.

    'Phó Trưởng phòng, Phó Thủ trưởng Cơ quan X', 'nguyên Giám đốc kiêm Chủ tịch HĐQT Công ty Y': the
    role shares the unit of the post after it.
    """
    bare = ctx.lex.roles.match(tokens, phrase_at(tokens, k, FORMER))
    if bare is None or bare[1] + 1 >= len(tokens) or not (
        tokens[bare[1]].text == "," or tokens[bare[1]].lower == "kiêm"
    ):
        return None
    nxt = bare[1] + 1
    if tokens[bare[1]].text == "," and tokens[nxt].lower == "kiêm":
        nxt += 1
    title = by_first.get(nxt)
    return bare[1] if title is not None and not title.claimed and title.org else None


def _prefix_end(ctx: Context, tokens: list[Token], i: int) -> tuple[int, Entry | None]:
    """Skip a rank, honorifics and degrees before a name: return (where the name would start, rank)."""
    if i < len(tokens) and not (
        (word := tokens[i].lower) in DEGREES or word in HONORIFIC_FIRST or ctx.lex.ranks.starts(word)
    ):
        return i, None  # (asked at every word of a report: most open none of these, answered at once)
    rank_entry = None
    k = i
    for _ in range(6):
        if k >= len(tokens):
            break
        rank = ctx.lex.ranks.match(tokens, k)
        if rank and (
            is_capitalised(tokens[k]) or (rank[1] < len(tokens) and is_capitalised(tokens[rank[1]]))
        ):
            rank_entry = rank_entry or rank[0]
            k = rank[1]
            if _police_branch(ctx, tokens, k):
                k += 1  # 'thượng úy CSGT Nguyễn Văn A': the rank's branch of the police, then the name
            continue
        honorific = phrase_at(tokens, k, HONORIFIC_PHRASES)
        if honorific > k:
            k = honorific
            continue
        if (
            tokens[k].lower in DEGREES
            and k > i - 1
            and (tokens[k].text.isupper() or tokens[k].text[:1].isupper() and len(tokens[k].text) <= 4)
            and tokens[k].lower not in ("nhà", "báo")
        ):
            k += 1
            continue
        if (
            k > i
            and tokens[k].text in (".", ",")
            and k + 1 < len(tokens)
            and (tokens[k + 1].lower in DEGREES or is_capitalised(tokens[k + 1]))
            and tokens[k - 1].lower in DEGREES | {r.lower() for r in ()}
        ):
            k += 1
            continue
        if (
            k > i
            and tokens[k].text == ","
            and rank_entry is not None
            and k + 1 < len(tokens)
            and tokens[k + 1].lower in DEGREES
        ):
            k += 1
            continue
        break
    return k, rank_entry


def _police_branch(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a police branch's initials ('CSGT', 'CSHS') with a capitalised word after it."""
    expansion = ctx.lex.gazetteer.abbreviations.get(tokens[k].text) if k < len(tokens) else None
    return (
        expansion is not None
        and expansion.startswith("Cảnh sát")
        and k + 1 < len(tokens)
        and tokens[k + 1].is_word
        and is_capitalised(tokens[k + 1])
        and not is_abbreviation(tokens[k + 1])
    )


def _roman(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a Roman numeral ('nhiệm kỳ V, VII')."""
    return k < len(tokens) and bool(re.fullmatch(r"[IVXL]+", tokens[k].text))


def _skip_time(tokens: list[Token], k: int) -> int:
    """Skip the time a post was held ('từ năm 2008', 'nhiệm kỳ 2015 - 2020') up to the next comma."""
    if k < len(tokens) and tokens[k].lower in ("từ", "nhiệm", "giai", "trong", "kể"):
        for m in range(k + 1, min(len(tokens), k + 12)):
            if tokens[m].text in (";", ".") or (tokens[m].text == "," and not _roman(tokens, m + 1)):
                if any(t.is_number or _roman(tokens, n) for n, t in enumerate(tokens[k:m], k)):
                    return m
                break
    return k


def _skip_aside(tokens: list[Token], k: int) -> int:
    """Skip an aside after a name ('(SN 1976)', ', sinh năm 1967,'); return where the text goes on."""
    if k < len(tokens) and tokens[k].text == "(":
        close = next((m for m in range(k + 1, min(len(tokens), k + 40)) if tokens[m].text == ")"), None)
        if close is not None:
            return close + 1
    if (
        k + 1 < len(tokens)
        and (tokens[k].lower in ("sinh", "sn") or tokens[k].is_number)
        and tokens[k - 1].text == "("
    ):
        close = next(
            (
                m
                for m in range(k + 1, min(len(tokens), k + 8))
                if tokens[m].text in (",", ")", ";")
                # '(40 tuổi - nguyên Phó chánh Thanh tra Sở X)': a dash, not a span of years, goes on.
                or (tokens[m].text in HYPHENS and m + 1 < len(tokens) and not tokens[m + 1].is_number)
            ),
            None,
        )
        if close is not None:
            return close  # '(SN 1976, ...': the year of birth, then the rest of the aside
    if (
        k + 2 < len(tokens)
        and tokens[k].text == ","
        and (tokens[k + 1].lower in ("sinh", "sn", "trú", "ngụ", "quê") or tokens[k + 1].is_number)
    ):
        close = next(
            (
                m
                for m in range(k + 1, min(len(tokens), k + 15))
                if tokens[m].text in (",", ")")
                or (tokens[m].text in HYPHENS and m + 1 < len(tokens) and not tokens[m + 1].is_number)
            ),
            None,
        )
        if close is not None:
            return close
    return k


def _join_stray_stops(ctx: Context) -> list[list[Token]]:
    """Return the sentences' tokens, a name alone before a full stop joined to the posts after it.

    'Đồng chí Trần Văn A. Ủy viên Trung ương Đảng, Bộ trưởng ...': the stop is a slip; the posts
    are A's.
    """
    joined: list[list[Token]] = []
    for tokens in ctx.tokens:
        prev = joined[-1] if joined else None
        if (
            prev
            and len(prev) >= 3
            and prev[-1].text == "."
            and tokens
            and is_capitalised(tokens[0])
            and ctx.lex.roles.match(tokens, 0)
            and _name_alone(ctx, prev[:-1])
        ):
            joined[-1] = prev[:-1] + tokens
        else:
            joined.append(tokens)
    return joined


def _name_alone(ctx: Context, tokens: list[Token]) -> bool:
    """Whether the tokens are a person's name with at most a rank or a title of address before it."""
    k = 0
    while k < min(4, len(tokens)):
        if rank := ctx.lex.ranks.match(tokens, k):
            k = rank[1]
        elif k + 1 < len(tokens) and f"{tokens[k].lower} {tokens[k + 1].lower}" in HONORIFICS:
            k += 2
        elif tokens[k].lower in HONORIFICS:
            k += 1
        else:
            break
    n = len(tokens) - k
    return (
        2 <= n <= 4
        and is_surname(ctx, tokens[k].text)
        and all(t.is_word and is_capitalised(t) for t in tokens[k:])
    )


def _post_before_name(
    ctx: Context, tokens: list[Token], posts: list[TitleMention], role_before: tuple[int, Entry],
    u_start: int, unit: tuple[int, OrgMention | None],
) -> int:
    """Add the post of a title written before a name, held in the unit read after it; return its end."""
    u_end, u_mention = unit
    b, role = role_before
    posts.append(
        TitleMention(
            tokens[b].start, tokens[u_end - 1].end, b, u_end, role,
            unit_name(ctx, tokens, u_start, u_end, u_mention), role.vi, True,
        )
    )
    return u_end


def persons(
    ctx: Context, org_names: dict[str, str], covered: list[tuple[int, int]]
) -> tuple[list[Person], list[tuple[Span, str]]]:
    """Return the persons of the report, and (span, person name) for each mention by post alone.

    ``org_names`` maps organisation keys to canonical names; ``covered`` lists spans already
    taken by unit and place names.
    """
    report = _Report(ctx, org_names, covered)
    for tokens in _join_stray_stops(ctx):
        if tokens and is_photo_credit(ctx.text, tokens[0].start, tokens[-1].end):
            continue  # 'Ảnh: Anh Khoa' split from the sentence it ran into: a photographer, no one told of
        sentence = _Sentence(ctx, tokens, org_names)
        _find_names(ctx, sentence, report)
        for start, end, rank in sentence.names:
            k = report.person_named(sentence, start, end, rank)
            if k is None:
                continue  # a given name alone that names no one yet, or more than one person
            posts: list[TitleMention] = []
            if _initial_dot(tokens, end):
                end += 1  # 'ông Nguyễn Văn H. (SN 1954) - bảo vệ Trường X': the post is read past the dot
            _claim_posts_after(ctx, sentence, posts, start, end)
            _claim_titles_before(ctx, sentence, report, posts, start)
            report.give_posts(k, tokens, posts)
            sentence.name_posts.append((start, end, k, posts))
        _give_respective_posts(ctx, sentence, report)
        held = _share_post_after_list(ctx, sentence, report)
        _share_plural_post_before_list(ctx, sentence, report, held)
        _give_listed_posts(ctx, sentence, report)
        _give_posts_taken_later(ctx, sentence, report)
        report.unnamed.extend(t for t in sentence.titles if not t.claimed)

    _settle_names(ctx, report.people, report.order)
    return [report.people[k] for k in report.order], report.mentions_by_post()


class _Report:
    """The persons a report names, in the order first named, and what later sentences look up about them."""

    def __init__(self, ctx: Context, org_names: dict[str, str], covered: list[tuple[int, int]]) -> None:
        self.ctx = ctx
        self.org_names = org_names
        self.covered = covered
        self.people: dict[str, Person] = {}
        self.order: list[str] = []
        self.holders: dict[tuple[str, str], str] = {}  # (role key, org key) → person key
        self.unnamed: list[TitleMention] = []
        # Posts whose unit's place was filled in, by id; holding the post keeps its id from being reused.
        self.completed: dict[int, Position] = {}
        self.nicknames: dict[str, str] = {}  # the name a person goes by → that person's key

    def inside(self, start: int, end: int) -> bool:
        """Tell whether a span lies within a unit or place name already read."""
        return any(a <= start and end <= b for a, b in self.covered)

    def mentions_by_post(self) -> list[tuple[Span, str]]:
        """Add each post written without a name as a mention of its holder; return (span, holder's name)."""
        ctx, people, holders = self.ctx, self.people, self.holders
        mentions: list[tuple[Span, str]] = []
        for title in self.unnamed:
            if title.org is None or title.status or title.role.kind == "member":
                continue  # 'cán bộ Công an tỉnh', 'ủy viên Ban X' name many people, not the one named before
            if not ctx.text[title.start : title.start + 1].isupper():
                continue
            holder = holders.get((title.role.key, org_key(ctx, title.org)))
            if holder is None or holder not in people:
                continue  # (or folded into another name by _settle_names)
            span = ctx.span(title.start, title.end)
            people[holder].mentions.append(span)
            mentions.append((span, people[holder].name))
        return mentions

    def person_named(self, sentence: _Sentence, start: int, end: int, rank: Entry | None) -> str | None:
        """Add a mention of the person named at tokens[start:end]; return their key (None: no one known)."""
        ctx, people, order, nicknames = self.ctx, self.people, self.order, self.nicknames
        tokens, names, familiar = sentence.tokens, sentence.names, sentence.familiar
        span = ctx.span(tokens[start].start, tokens[end - 1].end)
        name = " ".join(span.text.split())
        k = key(name)
        if end - start == 1 and tokens[start].is_word:
            # A given name alone is a mention of the one person named so with it; a person the
            # report only ever calls 'chị Loan' is a person too.
            known = [pk for pk in order if pk.split()[-1] == k and len(pk.split()) > 1]
            if (nicknamed := _nickname_of(ctx, tokens, names, start)) in people:
                nicknames[k] = nicknamed  # 'Trần Văn A (6 tuổi, tên thường gọi là Bin)': A's nickname
            if k in nicknames:
                known = [nicknames[k]]
            if len(known) > 1 or (not known and not familiar.get(start)):
                return None
            if known:
                k = known[0]
                name = people[k].name
        elif end - start == 2 and tokens[start + 1].text == "." and len(tokens[start].text) <= 2:
            # 'cháu Đ.T.D ... D. đang học lớp 8': one initial is a mention of the one person it ends.
            known = [pk for pk in order if pk.split()[-1] == k and len(pk.split()) > 1]
            if len(known) == 1:
                k = known[0]
                name = people[k].name
        person = people.get(k)
        if person is None:
            person = people[k] = Person(name=name)
            order.append(k)
        else:
            if person.name.isupper() and not name.isupper():
                # Headlines and captions write names in capitals; the body's spelling is the name.
                person.name_variants.append(person.name)
                person.name = name
            if name != person.name and name not in person.name_variants:
                person.name_variants.append(name)
        if rank is not None and person.rank is None:
            person.rank, person.rank_en = rank.vi, rank.en
        person.mentions.append(span)
        return k

    def give(self, k: str, title: TitleMention) -> None:
        """Give the person keyed k the post of a title."""
        add_post(self.ctx, self.people[k], title, self.completed, self.org_names)

    def give_posts(self, k: str, tokens: list[Token], posts: list[TitleMention]) -> None:
        """Give the person keyed k the posts written beside their name, with units read from the next post."""
        ctx = self.ctx
        board_of_next(ctx, tokens, posts)
        _party_committee_of_next(ctx, tokens, posts)
        person = self.people[k]
        for title in posts:
            add_post(ctx, person, title, self.completed, self.org_names)
            if title.org is not None:
                self.holders.setdefault((title.role.key, org_key(ctx, title.org)), k)


class _Sentence:
    """One sentence's tokens, the titles read in it (by the token each starts and ends at), and its names."""

    def __init__(self, ctx: Context, tokens: list[Token], org_names: dict[str, str]) -> None:
        self.tokens = tokens
        self.titles = read_titles(ctx, tokens, org_names)
        self.by_last = {t.last: t for t in self.titles}
        self.by_first = {t.first: t for t in self.titles}
        self.title_ends = {t.last - 1 for t in self.titles}
        self.names: list[tuple[int, int, Entry | None]] = []  # (start, end, rank) of each name
        self.familiar: dict[int, bool] = {}  # a given name alone after 'chị', 'anh', ...
        self.name_starts: set[int] = set()  # where the names start and end, once found
        self.name_ends: set[int] = set()
        # (start, end, person key, posts) of each name that names a person, in the order written
        self.name_posts: list[tuple[int, int, str, list[TitleMention]]] = []


def _find_names(ctx: Context, sentence: _Sentence, report: _Report) -> None:
    """Find the names written in a sentence, each with the rank written before it."""
    tokens, titles, names = sentence.tokens, sentence.titles, sentence.names
    by_last, title_ends = sentence.by_last, sentence.title_ends
    people, order, inside = report.people, report.order, report.inside
    i = 0
    inner = {n for t in titles for n in range(t.first + 1, t.last)}
    while i < len(tokens):
        if i in inner and is_capitalised(tokens[i]) and tokens[i].lower in HONORIFICS:
            i += 1  # 'Phòng GD&ĐT Hai Bà Trưng A': the unit's place, not 'bà Trưng'
            continue
        start, rank = _prefix_end(ctx, tokens, i)
        if start >= len(tokens):
            break
        if start == i and (not tokens[i].is_word or tokens[i].text[:1].islower()):
            # Every reading below starts at a capitalised word (or one after a title): most words
            # of a report are not, and this loop visits every word.
            i += 1
            continue
        triggered = start != i or (start - 1) in title_ends or start in by_last
        # 'Chủ tịch UBND xã X - Đinh Văn A - khẳng định': the name set off by a dash after the post.
        triggered = triggered or (
            start > 1 and tokens[start - 1].text in HYPHENS and (start - 2) in title_ends
        )
        place = ctx.lex.places.match(tokens, start)
        # 'ông Đức' after 'ông Trần Văn Đức': the given name of a person named before, not Germany.
        given = start > i and _known_given(tokens, start, order)
        if place and is_capitalised(tokens[start]) and not given:
            i = place[1]  # 'tỉnh Lai Châu Đèo Văn A': the province's last word opens no name
            continue
        place_words = place_before_name(ctx, tokens, start)
        if (
            place_words
            and start > 0
            and (match_level(tokens, start - 1) or match_level(tokens, start - 2))
        ):
            i = start + place_words  # 'xã Đồng Tâm Nguyễn Văn A': the commune, then the name
            continue
        # 'vụ án Trần A (giám đốc Công ty X)': a name of two words needs a title before it, unless
        # the report has named that person so already.
        # (Asked only where it can matter: _name_at reads a name only from a capitalised word, and
        # making the pair's key at every token cost more than the rest of this loop.)
        known_pair = (
            not triggered
            and tokens[start].is_word
            and is_capitalised(tokens[start])
            and _known_pair(tokens, start, people)
        )
        end = _name_at(ctx, tokens, start, triggered or known_pair, prefixed=start != i)
        if (
            end > start
            and start == i
            and unit_runs_on(tokens, by_last.get(start), names)
            # 'Chủ nhiệm Ủy ban X Võ Văn A, Bộ trưởng Bộ Y B': a list of posts each before its name.
            and names[-1][0] not in by_last
            # A full 'family middle given' run is still a second holder's name.
            and not (end - start >= 3 and is_surname(ctx, tokens[start].text))
        ):
            # 'ông A, Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Nhất và ...': the post is A's,
            # so the capitals after the unit end its name ('Sơn Nhất'), not open a holder's.
            title = by_last.pop(start)
            title.org = f"{title.org} {ctx.text[tokens[start].start:tokens[end - 1].end]}"
            title.end = tokens[end - 1].end
            title.last = end
            by_last[end] = title
            title_ends.discard(start - 1)
            title_ends.add(end - 1)
            i = end
            continue
        tight = (
            end + 1 < len(tokens)
            and tokens[end].text in HYPHENS
            and tokens[end].start == tokens[end - 1].end
            and tokens[end + 1].start == tokens[end].end
        )
        if (
            end > start
            and ((start == i and not triggered) or tight)
            and _junction(ctx, tokens, start, end)
        ):
            i = end  # 'nút giao Nguyễn Kiệm - Phạm Văn Đồng': streets meeting, not people
            continue
        if end > start and not inside(tokens[start].start, tokens[end - 1].end):
            names.append((start, end, rank))
            i = end
            continue
        if (after := _name_in_part(ctx, sentence, report, i, start, rank, given)) is not None:
            i = after
            continue
        i = max(i + 1, start if start > i and not tokens[start - 1].is_word else i + 1)
    sentence.name_starts = {s for s, _, _ in names}
    sentence.name_ends = {e for _, e, _ in names}


def _name_in_part(
    ctx: Context, sentence: _Sentence, report: _Report, i: int, start: int, rank: Entry | None, given: bool
) -> int | None:
    """Add a name written in part at tokens[start] (initials, a given name alone); return where it ends."""
    tokens, by_first, names, familiar = sentence.tokens, sentence.by_first, sentence.names, sentence.familiar
    order, inside = report.order, report.inside
    if start > i and (initials := _initials_at(tokens, start)) > start:
        names.append((start, initials, rank))  # 'ông N.V.T.': a name the report keeps back
        return initials
    if (
        start == i
        and (initials := _initials_at(tokens, start)) > start + 2
        and _age_aside(tokens, initials)
        and not (start > 0 and tokens[start - 1].is_word and is_capitalised(tokens[start - 1]))
    ):
        names.append((start, initials, rank))  # 'gồm: T.V.K. (SN 1988) và ...': initials and an age
        return initials
    if start > i and _bare_initial(tokens, start) and tokens[start - 1].lower in FAMILIAR:
        names.append((start, start + 1, rank))  # 'anh N, chủ tiệm': a person named by an initial
        familiar[start] = True
        return start + 1
    if (
        start > i
        and (
            given
            or (
                _short_name(ctx, tokens, start)
                and not inside(tokens[start].start, tokens[start].end)
            )
        )
        # A place that takes in the name ('Bà Rịa'); 'anh' alone may be England, not 'anh Tùng'.
        and not ((place_at := ctx.lex.places.match(tokens, i)) and place_at[1] > start)
        # A capitalised 'Bà' inside a sentence opens a place ('Bà Rịa'), not a title of address.
        and not (is_capitalised(tokens[i]) and i > 0 and tokens[i - 1].is_word)
        # 'Nguyễn Kiệm - Lê Lợi' meet as streets; 'ông Hùng - Trưởng thôn X' is a holder.
        and not (
            start + 1 < len(tokens)
            and tokens[start + 1].text in HYPHENS
            and (start + 2) not in by_first
        )
    ):
        names.append((start, start + 1, rank))  # 'ông Quý': a person named before or after
        familiar[start] = tokens[start - 1].lower in FAMILIAR or (
            tokens[start - 1].lower == "là" and phrase_before(tokens, start, NAMED_AS) < start
        )
        return start + 1
    if (
        start == i
        and (start == 0 or not tokens[start - 1].is_word)
        and _known_given(tokens, start, order)
        and _short_name(ctx, tokens, start)
        and not inside(tokens[start].start, tokens[start].end)
        and _post_follows(tokens, start + 1, by_first)
    ):
        names.append((start, start + 1, rank))  # 'Lê Thị A ... Theo đó, A là Giám đốc Công ty X'
        return start + 1
    if start == i and (alone := _aged_given_names(ctx, tokens, i)):
        for n in alone:
            names.append((n, n + 1, None))  # 'tài xế Tài (37 tuổi)', 'Hiếu và Hào (30 tuổi)'
            familiar[n] = True
        return alone[-1] + 1
    return None


def _claim_posts_after(
    ctx: Context, sentence: _Sentence, posts: list[TitleMention], start: int, end: int
) -> None:
    """Claim the posts written after the name at tokens[start:end], and those its title before implies."""
    tokens = sentence.tokens
    # After the name: ', Giám đốc Công an tỉnh X, ...', ' giữ chức vụ ...', ' (nguyên ...)'.
    born = _skip_aside(tokens, end + 1) if end < len(tokens) and tokens[end].text == "(" else end
    j = _post_start(ctx, sentence, end, born)
    lead, role_before = _role_before_name(ctx, tokens, start)
    j = _title_before_with_unit_after(ctx, sentence, posts, role_before, lead, end, j)
    status = _claim_chain_after(ctx, sentence, posts, start, end, born, j)
    _posts_of_title_before(ctx, tokens, posts, role_before, lead, status)


def _post_start(ctx: Context, sentence: _Sentence, end: int, born: int) -> int:
    """Return where the posts after a name ending at tokens[end] begin: past an aside, an age, a home."""
    tokens, by_first, name_starts = sentence.tokens, sentence.by_first, sentence.name_starts
    if end < len(tokens) and tokens[end].text == "(" and (end + 1) in by_first:
        return end  # 'A (nguyên cán bộ Công an huyện X)': the aside is the post
    if (
        end + 1 < len(tokens)
        and tokens[end].text == "("
        and phrase_at(tokens, end + 1, TAKES_POST) > end + 1
        and phrase_at(tokens, end + 1, TAKES_POST) in by_first
    ):
        return end  # 'A (là Trưởng Công an xã X)', 'B (đều là ...)': the aside says what A is
    if (
        born > end + 1 and born < len(tokens) and tokens[born].text in ",;" and (born + 1) in by_first
    ):
        return born  # 'A (SN 1976, nguyên cán bộ Công an tỉnh X)'
    if (
        end + 1 < len(tokens)
        and tokens[end].text == "("
        and (bare := ctx.lex.roles.match(tokens, end + 1))
        and bare[1] < len(tokens)
        and tokens[bare[1]].lower in ("kiêm", ",")
    ):
        return end  # 'A (Phó Giám đốc kiêm Trưởng phòng X)': a bare role sharing the next post's unit
    if (aside := post_in_aside(ctx, tokens, end, born, by_first)) is not None:
        return aside  # 'A (40 tuổi, ở quận 3, TP X - Giám đốc Công ty Y)': the post after where A lives
    if (
        end < len(tokens)
        and (
            (home := post_after_home(tokens, _skip_aside(tokens, end), by_first, name_starts))
            is not None
            # 'A, sinh năm 1981 (hộ khẩu thường trú tại X), Trưởng phòng Y': the home in brackets
            # after the year, read from the name on.
            or (home := post_after_home(tokens, end, by_first, name_starts)) is not None
        )
    ):
        return home  # 'A sinh năm 1980, trú xã X, huyện Y, là Giám đốc Công ty Z': past where A lives
    return _skip_aside(tokens, end)


def _role_before_name(ctx: Context, tokens: list[Token], start: int) -> tuple[int, tuple[int, Entry] | None]:
    """Return where a title before the name at tokens[start] ends, and (its first token, its role) if any."""
    lead = start  # where a title before the name ends
    if start >= 3 and tokens[start - 1].text == ")" and tokens[start - 3].text == "(":
        lead = start - 3 if is_abbreviation(tokens[start - 2]) else start  # 'luật sư (LS) A'
    elif start >= 2 and tokens[start - 1].lower == "là" and tokens[start - 2].is_word:
        lead = start - 1  # 'hai luật sư là A (Đoàn luật sư X)'
    role_before = next(
        (
            (b, m[0])
            for b in range(max(0, lead - 3), lead)
            if (m := ctx.lex.roles.match(tokens, b)) and m[1] == lead
        ),
        None,
    )
    return lead, role_before


def _title_before_with_unit_after(
    ctx: Context, sentence: _Sentence, posts: list[TitleMention], role_before: tuple[int, Entry] | None,
    lead: int, end: int, j: int,
) -> int:
    """Add the post of a title before a name whose unit follows the name; return where the chain goes on."""
    tokens, by_first = sentence.tokens, sentence.by_first
    if (
        role_before is not None
        and role_before[1].key == "dai-bieu"
        and (close := deputy_constituency(ctx, tokens, end)) > end
    ):
        # 'đại biểu Trần Văn A (Bến Tre)': a deputy of the National Assembly, by province.
        b, role = role_before
        span = (tokens[b].start, tokens[close - 1].end)
        posts.append(TitleMention(*span, b, close, role, "Quốc hội", role.vi, True))
        j = close
    elif (
        role_before is not None
        # 'Bác sĩ A (Khoa X, ...)': a title of address, not a post ('bác sĩ khoa X' after A is one).
        and " ".join(t.lower for t in tokens[role_before[0] : lead]) not in HONORIFICS
        and end + 1 < len(tokens)
        and (
            (j == end and (tokens[end].text == "," or tokens[end].text in HYPHENS))
            or tokens[end].text == "("
            # 'luật sư A của Công ty Luật X', 'phóng viên B của Báo Y': whose staff they are.
            or (j == end and tokens[end].lower == "của" and is_capitalised(tokens[end + 1]))
        )
        and (end + 1) not in by_first
        # 'luật sư A - thuộc Đoàn luật sư TP X': the unit he belongs to.
        # 'luật sư A, (Đoàn luật sư X)': a stray comma before the bracket.
        and (u_start := end + 2 if tokens[end + 1].lower in ("thuộc", "(") else end + 1) < len(tokens)
        and (unit := read_unit(ctx, tokens, u_start)) is not None
        and (
            tokens[u_start - 1].text != "("
            # '(Đoàn luật sư tỉnh X – bảo vệ cho bị cáo)': the unit, then what he does.
            or (unit[0] < len(tokens) and tokens[unit[0]].text in (")", ",", *HYPHENS))
        )
    ):
        # 'Luật sư Trần Văn A, Văn phòng Luật sư B', 'luật sư C (Đoàn Luật sư TP Hà Nội)',
        # 'phóng viên D - báo E': the post before the name, its unit after.
        j = _post_before_name(ctx, tokens, posts, role_before, u_start, unit)
    elif (
        role_before is not None
        and role_before[1].key not in VERB_ROLES
        # 'Bác sĩ A (công tác tại Bệnh viện X)': a title of address, as gold has it ('the text
        # gives no post'); 'bác sĩ khoa X' after the name is one.
        and " ".join(t.lower for t in tokens[role_before[0] : lead]) not in HONORIFICS
        and (u_start := _works_at(ctx, tokens, end)) is not None
        and (unit := read_unit(ctx, tokens, u_start)) is not None
    ):
        # 'giáo viên A công tác tại Trường X', 'điều dưỡng B (công tác tại Bệnh viện Y)': where
        # the holder of a title written before the name works.
        j = _post_before_name(ctx, tokens, posts, role_before, u_start, unit)
    return j


def _claim_chain_after(
    ctx: Context, sentence: _Sentence, posts: list[TitleMention], start: int, end: int, born: int, j: int
) -> str | None:
    """Claim the chain of posts from tokens[j] for the name at tokens[start:end]; return its last status."""
    tokens, by_first, name_starts = sentence.tokens, sentence.by_first, sentence.name_starts
    status = None
    # 'A (27 tuổi) cán bộ Phòng X': a post with its unit straight after an age aside, no mark between.
    aged_post = (
        born > end + 1
        and born < len(tokens)
        and tokens[born].text == ")"
        and j == born + 1
        and j in by_first
        and by_first[j].org is not None
    )
    while j < len(tokens):
        nxt = _chain_link(sentence, posts, end, born, aged_post, j)
        if nxt is None:
            break
        joined = boards_joined(ctx, tokens, nxt)
        if joined:
            # '..., tham gia Ban Chấp hành, Ban Thường vụ và giữ chức vụ ...': a member of each.
            for board in joined:
                posts.append(board)
            j = joined[-1].last
            continue
        took = phrase_at(tokens, nxt, TAKES_POST)
        if took == nxt and nxt == j and j != end and not (aged_post and not posts):
            break
        if took > nxt and nominated(tokens, nxt):
            break  # 'được giới thiệu giữ chức X': put forward, not holding it
        if (
            took > nxt
            and not posts
            and tokens[nxt].lower in PREDICATE
            and _relative_named(tokens, start)
        ):
            break  # 'Vợ ông A là giáo viên Trường X': the post is the wife's, not A's
        if (
            took > nxt
            and tokens[nxt].lower in ("là", "làm")
            and (took not in by_first or posts)
            # 'A là Phó Trưởng phòng, Phó Thủ trưởng Cơ quan X': a bare role opens the chain.
            and not (not posts and _bare_chain_at(ctx, tokens, took, by_first) is not None)
            # 'tổ công tác do ông A, Phó Giám đốc Sở X, làm tổ trưởng': A leads the team too.
            and not (took in by_first and by_first[took].led)
        ):
            break
        if took > nxt and phrase_at(tokens, nxt, TAKES_POST) == took:
            status = None  # 'nguyên X, được bổ nhiệm giữ chức vụ Y': Y is held now
        title = by_first.get(took)
        if title is None:
            went_on, status = _bare_role_in_chain(ctx, sentence, posts, start, end, nxt, took, status)
            if went_on is None:
                break
            j = went_on
            continue
        if title.claimed or (title.last in name_starts and title.last != end):
            break  # the post is written before the next name: it is that person's
        title.claimed = True
        if title.status:
            status = title.status
        elif status:
            title.status = status
        posts.append(title)
        j = _skip_time(tokens, title.last)
        if j < len(tokens) and tokens[j].text == ")":
            j += 1
    return status


def _chain_link(
    sentence: _Sentence, posts: list[TitleMention], end: int, born: int, aged_post: bool, j: int
) -> int | None:
    """Return where the next post of a chain starts, past the mark at tokens[j] (None: the chain ends)."""
    tokens, by_first = sentence.tokens, sentence.by_first
    nxt = j
    if j == end and tokens[j].lower == "và" and not posts:
        return None  # 'A và Giám đốc Sở X': the director is another person, named or not
    if (
        tokens[j].text in CHAIN_SEPARATORS
        or tokens[j].lower in CHAIN_WORDS
        or (j == born > end + 1 and tokens[j].text == ";")  # '(35 tuổi; nhân viên X)'
    ):
        nxt = j + 1
    elif aged_post and not posts:
        pass
    elif j != end and not posts and not (
        tokens[j - 1].text == ")" and phrase_at(tokens, j, TAKES_POST) > j
    ):
        return None  # (an aside may stand between a name and its post: 'A (45 tuổi) là Y')
    # ('Ông A,' ending a line: nothing follows the comma)
    comma_kiem = tokens[j].text == "," and nxt < len(tokens) and tokens[nxt].lower == "kiêm"
    if nxt == j + 1 and comma_kiem and nxt + 1 < len(tokens):
        nxt += 1  # 'A (nguyên Chủ tịch HĐQT X, kiêm Chủ tịch HĐQT Y)': the chain goes on
    if (
        nxt == j + 1
        and tokens[j].text == ","
        and nxt + 1 < len(tokens)
        and tokens[nxt].text == "("
    ):
        nxt += 1  # 'thượng tá A, (Phó phòng Tham mưu, Công an tỉnh X)': a stray comma
    if (
        nxt == j + 1
        and nxt + 1 < len(tokens)
        and tokens[nxt].lower == "người"
        and ((nxt + 1) in by_first or phrase_at(tokens, nxt + 1, TAKES_POST) > nxt + 1)
    ):
        nxt += 1  # 'A, người từng giữ chức Phó Chủ tịch UBND huyện X': a relative clause
    return nxt


def _bare_role_in_chain(
    ctx: Context, sentence: _Sentence, posts: list[TitleMention], start: int, end: int, nxt: int, took: int,
    status: str | None,
) -> tuple[int | None, str | None]:
    """Add a role written without its unit to a chain; return where it goes on (None: it ends), and status."""
    tokens, by_first, name_ends = sentence.tokens, sentence.by_first, sentence.name_ends
    # 'A, nguyên Phó Trưởng phòng, Phó Thủ trưởng Cơ quan X': a past bare role.
    role_at = phrase_at(tokens, took, FORMER)
    if role_at == took + 1 and (
        took == end
        # 'A, B - nguyên Tổng giám đốc, Phó Tổng giám đốc Cty X': the same after a dash,
        # where B follows another name of the list.
        or (
            took == end + 1
            and tokens[end].text in HYPHENS
            and start > 1
            and tokens[start - 1].text == ","
            and start - 1 in name_ends
        )
    ):
        # 'A, B nguyên Tổng giám đốc, Phó Tổng giám đốc Cty X': each name's post in turn
        # (respective_posts), not a chain of B's.
        role_at = took
    bare = ctx.lex.roles.match(tokens, role_at)
    if bare and role_at > took:
        status = "former"
    # 'Chánh Văn phòng, kiêm người phát ngôn của Sở Y': a comma, then 'kiêm'.
    nxt_post = (
        bare[1] + 2
        if bare
        and bare[1] + 2 < len(tokens)
        and tokens[bare[1]].text == ","
        and tokens[bare[1] + 1].lower == "kiêm"
        else bare[1] + 1
        if bare
        else 0
    )
    if (
        bare
        and bare[1] < len(tokens)
        and (tokens[bare[1]].text == "," or tokens[bare[1]].lower == "kiêm")
        and nxt_post in by_first
        and not by_first[nxt_post].claimed
        and by_first[nxt_post].org
    ):
        # A role without its unit is in the unit of the post written next: 'Thẩm
        # phán cao cấp, Phó Chánh án Tòa án X', 'Chánh Văn phòng, người phát ngôn Sở Y'.
        shared = chain_last(tokens, by_first, nxt_post)
        shared_unit = directed_unit(ctx, bare[0], shared.org)
        posts.append(bare_post(ctx, tokens, role_at, bare[1], bare[0], shared_unit, status))
        return bare[1], status
    if (
        bare
        and bare[0].key in EXECUTIVE_ROLES
        and took == nxt
        and tokens[nxt - 1].lower == "kiêm"
        and posts
        and posts[-1].org
        and (board := BOARD_OF.match(posts[-1].org))
    ):
        # 'Chủ tịch HĐQT Cty X kiêm Tổng giám đốc': the executive of the board's company.
        company = posts[-1].org[board.end() :]
        posts.append(bare_post(ctx, tokens, role_at, bare[1], bare[0], company, status))
        return bare[1], status
    if bare:
        # A role with a bare unit ('Bí thư Đảng ủy, Giám đốc ...'), or with one the unit
        # pass cannot read ('Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ X'), does not
        # end the chain.
        comma = _unread_unit_end(ctx, tokens, bare[1])
        if comma is not None and (comma + 1) in by_first:
            nxt_title = by_first[comma + 1]
            bare_unit = " ".join(t.lower for t in tokens[bare[1] : comma])
            party = (
                directed_unit(ctx, bare[0], nxt_title.org)
                if nxt_title.org and bare_unit in ("đảng ủy", "đảng uỷ")
                else None
            )
            if party is not None and party != nxt_title.org and not nxt_title.claimed:
                # 'Bí thư Đảng ủy, Chủ tịch UBND xã X': the secretary of the commune's
                # party committee.
                posts.append(bare_post(ctx, tokens, role_at, bare[1], bare[0], party, status))
            return comma, status
    return None, status


def _posts_of_title_before(
    ctx: Context, tokens: list[Token], posts: list[TitleMention], role_before: tuple[int, Entry] | None,
    lead: int, status: str | None,
) -> None:
    """Add the posts a title before a name implies: a judge's grade in a court, a deputy's seat."""
    if (
        role_before is not None
        and posts
        and posts[0].org
        and not any(p.role.key == role_before[1].key for p in posts)
        and (body := graded_body(ctx, role_before[1], posts[0].org)) is not None
    ):
        # 'Thẩm phán A, Chánh tòa Hình sự TAND tỉnh X': a judge's grade written before the name
        # is held in the court of the post written after it, as 'Thẩm phán B, Phó Chánh án ...'.
        b, role = role_before
        posts.append(bare_post(ctx, tokens, b, lead, role, body, status))
    if (
        role_before is not None
        and role_before[1].key == "dai-bieu"
        and not any(p.role.key == "dai-bieu" for p in posts)
        and _national_assembly_report(ctx)
    ):
        # 'Đại biểu A: ...', 'theo đại biểu B đoàn Hà Nội': in a report on the National Assembly
        # (and on no People's Council), a deputy named so sits in it.
        b, role = role_before
        span = (tokens[b].start, tokens[lead - 1].end)
        posts.append(TitleMention(*span, b, lead, role, "Quốc hội", role.vi, True))


def _title_end_before(ctx: Context, sentence: _Sentence, start: int) -> int:
    """Return where a title written before the name at tokens[start] ends, past ranks and an aside."""
    tokens, by_last = sentence.tokens, sentence.by_last
    # Before the name (and its rank or honorific): 'Chủ tịch UBND TP X Trần Văn A'.
    j = start
    # 'Chánh Văn phòng UBND huyện Đông Anh A': a unit's last word may read as an address ('Anh').
    while j > 0 and not (j in by_last and tokens[j - 1].lower in HONORIFICS) and (
        ctx.lex.ranks.match(tokens, j - 1)
        or tokens[j - 1].lower in HONORIFICS
        or tokens[j - 1].lower in DEGREES
        or (tokens[j - 1].text in (",", ".") and j > 1 and tokens[j - 2].lower in DEGREES)
        or (j > 1 and ctx.lex.ranks.match(tokens, j - 2))
        or (j > 1 and " ".join(t.lower for t in tokens[j - 2 : j]) in HONORIFICS)
    ):
        # A title of address in two words ('bác sĩ', 'đồng chí') is skipped whole.
        j -= 2 if j > 1 and " ".join(t.lower for t in tokens[j - 2 : j]) in HONORIFICS else 1
        if j > 0 and ctx.lex.ranks.match(tokens, j - 1):
            j -= 1
    close = j - 2 if j > 2 and tokens[j - 1].text in HYPHENS and tokens[j - 2].text == ")" else j - 1
    if close > 0 and tokens[close].text == ")" and j not in by_last:
        # 'Cục trưởng Cục X (Thanh tra Chính phủ) Phạm Văn A': an aside between post and name;
        # 'Trưởng phòng X (thuộc Sở Y) - Cao Văn A': and a dash after it.
        opening = next(
            (n for n in range(close - 1, max(-1, close - 29), -1) if tokens[n].text == "("), None
        )
        if opening is not None and opening in by_last:
            j = opening
    return j


def _claim_titles_before(
    ctx: Context, sentence: _Sentence, report: _Report, posts: list[TitleMention], start: int
) -> None:
    """Claim for the name at tokens[start] the chain of posts written before it (and its rank, honorific)."""
    tokens = sentence.tokens
    j = _title_end_before(ctx, sentence, start)
    after_name = len(posts)
    while True:
        title = _title_ending_at(ctx, sentence, report, posts, after_name, start, j)
        if title is None or title.claimed or title.role.key in VERB_ROLES:
            break  # (', bảo vệ tòa nhà X, Thượng úy A': whom A asked, not A's post)
        if phrase_before(tokens, title.first, ON_BEHALF) < title.first:
            break  # 'Thay mặt Giám đốc Sở X, ông A ...': A speaks for the holder, is not one
        told = title.first > 0 and tokens[title.first - 1].lower in TOLD
        if title.role.key == "phong-vien" and told:
            break  # 'trao đổi với phóng viên Báo X, ông A': the reporter is not A
        title.claimed = True
        posts.append(title)
        j = title.first
        if j > 0 and tokens[j - 1].text == ",":
            continue
        break


def _title_ending_at(
    ctx: Context, sentence: _Sentence, report: _Report, posts: list[TitleMention], after_name: int,
    start: int, j: int,
) -> TitleMention | None:
    """Return the title ending at tokens[j] (or before a dash, 'là', a list's opening, a comma), if any."""
    tokens, by_last, names = sentence.tokens, sentence.by_last, sentence.names
    name_starts, name_ends, inside = sentence.name_starts, sentence.name_ends, report.inside
    title = by_last.get(j)
    if title is None and j > 0 and len(posts) == after_name and tokens[j - 1].text in HYPHENS:
        title = by_last.get(j - 1)  # 'Chủ tịch UBND xã X - Đinh Văn A'
    if (
        title is None
        and j > 1
        and len(posts) == after_name
        and tokens[j - 1].lower == "là"
        and (by_last.get(j - 1) is not None)
        and (
            is_capitalised(tokens[by_last[j - 1].first])
            # ', hiệu trưởng Trường X là bà A': a post in lower case names its holder too when
            # it opens the clause (not 'B làm kế toán ...', 'Tổ công tác cố vấn Ban X là ...').
            or by_last[j - 1].first == 0
            or not tokens[by_last[j - 1].first - 1].is_word
        )
    ):
        title = by_last.get(j - 1)  # 'bắt Chi cục phó là ông A': the post, then its holder
    if (
        title is None
        and len(posts) == after_name
        and j < start
        and j > 3
        and tokens[j - 1].lower == "là"
        and (then := phrase_before(tokens, j - 1, AT_THE_TIME)) < j - 1
        and (title := by_last.get(then)) is not None
    ):
        # 'Bộ trưởng Bộ X khi đó là ông A', 'Bí thư Thành ủy lúc bấy giờ là ông B': a post
        # held then, not now.
        title.status = title.status or "former"
    opens_list = j > 0 and (
        tokens[j - 1].lower in LIST_OPENERS or phrase_before(tokens, j, LIST_INTRO) < j
    )
    if title is None and opens_list and len(posts) == after_name:
        # 'các Phó Thủ tướng: A, B và C', '3 Phó Trưởng ban X, gồm: ông A, B': a plural post
        # introduces the list of its holders.
        title = by_last.get(_list_opened(tokens, j))
        if title is not None and not _plural_at(tokens, title.first - 1):
            title = None
    if title is None and j > 0 and tokens[j - 1].text == ",":
        title = by_last.get(j - 1)
        if title is not None and title.first > 0 and tokens[title.first - 1].lower in KIN_OF:
            return None  # 'là con của Giám đốc công ty X, anh B ...': the post is the parent's
        if (
            title is not None
            and title.first > 0
            and tokens[title.first - 1].lower in PREDICATE
            and any(
                e <= title.first and not any(t.text in ",.;:" for t in tokens[e : title.first])
                for _, e, _ in names
            )
        ):
            return None  # 'chị A đang làm điều dưỡng tại Bệnh viện X, ông B ...': the post is A's
    if title is None and len(posts) == after_name:
        # 'Chủ tịch UBND xã X, huyện Y (Z) - ông A', 'Cục trưởng Cục X, Thanh tra Chính phủ B'.
        title = post_across_tail(ctx, tokens, j, by_last, name_starts, inside)
    if (
        title is None
        and len(posts) > after_name
        and posts[-1].org
        and (bare := bare_role_before(ctx, tokens, j))
        # 'ông A, Giám đốc, Chủ tịch Công ty X B': the role goes with A's chain, not B's.
        and not (bare[0] > 1 and tokens[bare[0] - 1].text == "," and (bare[0] - 1) in name_ends)
    ):
        # 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ A': a role without its unit shares the
        # unit of the post written after it.
        b, role = bare
        text = " ".join(ctx.text[tokens[b].start : tokens[j - 2].end].split())
        title = TitleMention(
            tokens[b].start,
            tokens[j - 2].end,
            b,
            j - 1,
            role,
            directed_unit(ctx, role, posts[-1].org),
            text,
        )
    return title


def _give_respective_posts(ctx: Context, sentence: _Sentence, report: _Report) -> None:
    """Give two names without posts each the post written in the same place of the list after them."""
    tokens, by_first, sentence_posts = sentence.tokens, sentence.by_first, sentence.name_posts
    # 'A và B, nguyên Tổng giám đốc và Phó Tổng giám đốc Công ty X': each holds the post written
    # in the same place of the list of posts.
    for m in range(len(sentence_posts) - 1):
        (_s1, e1, k1, posts1), (s2, e2, k2, posts2) = sentence_posts[m], sentence_posts[m + 1]
        between = [t.lower for t in tokens[e1:s2]]
        if (
            posts1
            or posts2
            or not between
            or between[0] not in ("và", ",")
            or not all(
                w in HONORIFICS or ctx.lex.ranks.match(tokens, e1 + 1 + n) or w in {"tướng", "tá", "úy"}
                for n, w in enumerate(between[1:])
            )
        ):
            continue
        if (pair := respective_posts(ctx, tokens, e2, by_first)) is not None:
            for held_posts, k_held, title in ((posts1, k1, pair[0]), (posts2, k2, pair[1])):
                held_posts.append(title)
                report.give(k_held, title)


def _share_post_after_list(ctx: Context, sentence: _Sentence, report: _Report) -> list[list[TitleMention]]:
    """Give the names of a list the posts written after its last name; return the posts each name holds."""
    tokens, sentence_posts = sentence.tokens, sentence.name_posts
    # 'Đại tá A và Đại tá B, Phó Giám đốc Công an tỉnh': A shares the post written after B.
    # 'A, ông B và C cùng là Phó Giám đốc Công ty X': every name of the list holds the post.
    shares = [
        bool(p) and any(n < len(tokens) and tokens[n].lower in SHARED for n in (e, e + 1))
        for _, e, _, p in sentence_posts
    ]
    held = [p for _, _, _, p in sentence_posts]
    opened = _plural_lists(ctx, tokens, sentence_posts)
    for m in range(len(sentence_posts) - 2, -1, -1):
        (_s1, e1, k1, _), (s2, _e2, _k2, _) = sentence_posts[m], sentence_posts[m + 1]
        posts1, posts2 = held[m], held[m + 1]
        between = [t.lower for t in tokens[e1:s2]]
        if (
            not posts1
            and posts2
            and between
            # 'các ông A, B - Phó Giám đốc Sở X': a list opened in the plural shares its post too.
            and (between[0] == "và" or (between[0] == "," and (shares[m + 1] or opened[m])))
            and all(
                ctx.lex.ranks.match(tokens, e1 + 1 + n)
                or w in HONORIFICS
                or not tokens[e1 + 1 + n].is_word
                or w in {"tướng", "tá", "úy", "sĩ"}
                for n, w in enumerate(between[1:])
            )
        ):
            for title in posts2:
                report.give(k1, title)
            held[m] = posts2
            shares[m] = shares[m + 1]
    return held


def _share_plural_post_before_list(
    ctx: Context, sentence: _Sentence, report: _Report, held: list[list[TitleMention]]
) -> None:
    """Give each name of a list the post written in the plural before its first name."""
    tokens, sentence_posts = sentence.tokens, sentence.name_posts
    # 'các Phó Thủ tướng A, B và C': a post written in the plural before a list is each name's.
    for m in range(len(sentence_posts) - 1):
        (s1, e1, _k1, _), (s2, _e2, k2, _) = sentence_posts[m], sentence_posts[m + 1]
        plural = [
            t
            for t in held[m]
            if t.last <= s1 and _plural_at(tokens, t.first - 1)
        ]
        between = [t.lower for t in tokens[e1:s2]]
        if (
            plural
            and not held[m + 1]
            and between
            and between[0] in (",", "và")
            and all(
                ctx.lex.ranks.match(tokens, e1 + 1 + n)
                or w in HONORIFICS
                or w in {"tướng", "tá", "úy", "sĩ"}
                for n, w in enumerate(between[1:])
            )
        ):
            for title in plural:
                report.give(k2, title)
            held[m + 1] = plural


def _give_listed_posts(ctx: Context, sentence: _Sentence, report: _Report) -> None:
    """Give the names of a list the posts listed with them: bare roles, board seats, posts named later."""
    tokens, sentence_posts = sentence.tokens, sentence.name_posts
    listed = listed_bare_posts(ctx, tokens, sentence_posts)
    for title, k1 in listed:
        report.give(k1, title)
    for title, k1 in members_listed(ctx, tokens, sentence_posts, report.org_names):
        report.give(k1, title)
    # After the lists whose unit is named later: a holder given nothing yet.
    given = {k1 for _, _, k1, p in sentence_posts if p} | {k1 for _, k1 in listed}
    for title, k1 in earlier_listed_posts(ctx, tokens, sentence_posts):
        if k1 not in given:
            report.give(k1, title)


def _give_posts_taken_later(ctx: Context, sentence: _Sentence, report: _Report) -> None:
    """Give a post taken up or left later in a sentence to the person named last before the verb."""
    tokens, sentence_posts = sentence.tokens, sentence.name_posts
    # 'ông A đã có nhiều năm làm Phó Giám đốc Sở X kiêm Giám đốc Trung tâm Y', 'ông B đã nộp đơn
    # từ nhiệm chức vụ Z': a post taken up or left later in the sentence is the last-named person's.
    for p in range(len(tokens)):
        if tokens[p].lower not in POST_VERB_FIRST:
            continue  # (no verb of a post, nor 'như', starts here: nothing below can follow)
        left = phrase_at(tokens, p, LEAVES_POST)
        took = phrase_at(tokens, p, TAKES_POST) if left == p else p
        reach = 12
        if (
            took > p + 1
            and phrase_at(tokens, p, HOLDS_POST) > p
            # 'thôi giữ chức X', 'từng giữ chức Y': a post left or held before, read as such elsewhere
            and not (p > 0 and tokens[p - 1].lower in ("thôi", "từng"))
        ):
            # 'trao quyết định cho ông A, Bí thư X, về công tác tại Y từ ngày 1/7, giữ chức vụ Z':
            # 'giữ chức' names the post of the one just named, however long the clause between.
            reach = 30
        if tokens[p].lower == "như" and any(
            phrase_at(tokens, n, (("chức", "vụ"), ("vị", "trí"), ("cương", "vị"))) > n
            for n in range(max(0, p - 12), p)
        ):
            # 'đảm nhiệm nhiều chức vụ ... như: Phó Chủ tịch Hội X; Phó Chủ tịch Hiệp hội Y'
            took = p + 2 if p + 1 < len(tokens) and tokens[p + 1].text == ":" else p + 1
            reach = 20
        e = max(left, took)
        if e == p or nominated(tokens, p):
            continue
        if tokens[p].lower in ("là", "làm") and not any(
            tokens[n].lower in TOOK_UP_BEFORE for n in range(max(0, p - 4), p)
        ):
            continue
        chain = _post_chain_at(ctx, sentence, e)
        if chain and (named := _named_after_doi_voi(ctx, sentence, chain[-1].last)):
            # 'cách chức Phó Chi cục trưởng Chi cục X đối với ông B': the post is B's, named after it.
            for t in chain:
                t.claimed = True
                if left > p:
                    t.status = "former"
                report.give(named, t)
            continue
        # Not a name in an aside closed before the post: 'bà A (cháu ông B) ... lên làm X' is A's;
        # the reach is counted past the aside after a name.
        before = [
            n
            for n in sentence_posts
            if n[1] <= p and p - _skip_aside(tokens, n[1]) <= reach and not _closed_aside(tokens, n[1], p)
        ]
        if not before:
            continue
        chain = _post_chain_at(ctx, sentence, e)
        if not chain:
            continue
        holder = before[-1][2]
        for t in chain:
            t.claimed = True
            if left > p:
                t.status = "former"
            report.give(holder, t)


def _named_after_doi_voi(ctx: Context, sentence: _Sentence, n: int) -> str | None:
    """Return the person named after 'đối với' (and an honorific or rank) at tokens[n], or None."""
    tokens = sentence.tokens
    if phrase_at(tokens, n, (("đối", "với"),)) == n:
        return None
    n += 2
    while n < len(tokens) and (tokens[n].lower in HONORIFICS or ctx.lex.ranks.match(tokens, n)):
        rank = ctx.lex.ranks.match(tokens, n)
        n = rank[1] if rank else n + 1
    return next((k for start, _, k, _ in sentence.name_posts if start == n), None)


def _post_chain_at(ctx: Context, sentence: _Sentence, e: int) -> list[TitleMention]:
    """Return the unclaimed chain of posts written from tokens[e]; a bare role shares the next one's unit."""
    tokens, by_first = sentence.tokens, sentence.by_first
    chain: list[TitleMention] = []
    if e in by_first and not by_first[e].claimed:
        chain.append(by_first[e])
    elif (
        (bare := ctx.lex.roles.match(tokens, e))
        and bare[1] < len(tokens)
        and tokens[bare[1]].text == ","
        and (bare[1] + 1) in by_first
        and not by_first[bare[1] + 1].claimed
    ):
        last = chain_last(tokens, by_first, bare[1] + 1)
        chain.append(bare_post(ctx, tokens, e, bare[1], bare[0], last.org, claimed=False))
        chain.append(by_first[bare[1] + 1])
    if not chain:
        return chain
    n = _skip_time(tokens, chain[-1].last)
    while (
        n < len(tokens)
        and (tokens[n].text in (",", ";") or tokens[n].lower == "kiêm")
        and (n + 1) in by_first
    ):
        nxt = by_first[n + 1]
        if nxt.claimed:
            break
        chain.append(nxt)
        n = _skip_time(tokens, nxt.last)
    return chain


PLURAL_HONORIFICS = {"ông", "bà", "đồng chí", "anh", "chị"}


def _closed_aside(tokens: list[Token], end: int, p: int) -> bool:
    """Tell whether a name ending at tokens[end] stands in a bracket that closes before tokens[p]."""
    depth = 0
    for t in tokens[end:p]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
            if depth < 0:
                return True
    return False


def _plural_at(tokens: list[Token], i: int) -> bool:
    """Tell whether tokens[i] makes the post after it plural: 'các', 'hai', or a count ('3 Phó Giám đốc')."""
    if i < 0:
        return False
    if tokens[i].lower in PLURAL_BEFORE:
        return True
    # A count, not a day or a year: 'ngày 12 Phó Chủ tịch ...', '25/6 Giám đốc ...' are dates.
    return (
        tokens[i].text.isdigit()
        and int(tokens[i].text) <= 20
        and (i == 0 or tokens[i - 1].lower not in COUNT_AFTER)
    )


def _list_opened(tokens: list[Token], j: int) -> int:
    """Return the end (exclusive) of a post before the list opening at tokens[j]: ':', 'gồm (có)', a comma."""
    k = j
    if k > 0 and tokens[k - 1].lower in LIST_OPENERS:
        k -= 1
    k = phrase_before(tokens, k, LIST_INTRO)
    if k > 0 and tokens[k - 1].text == ",":
        k -= 1
    return k


def _plural_lists(
    ctx: Context, tokens: list[Token], sentence_posts: list[tuple[int, int, str, list[TitleMention]]]
) -> list[bool]:
    """Tell for each name whether it is in a list opened in the plural ('các ông A, B, C')."""
    opened: list[bool] = []
    for m, (start, _end, _k, _posts) in enumerate(sentence_posts):
        b = start
        while b > 0 and (tokens[b - 1].lower in HONORIFICS or ctx.lex.ranks.match(tokens, b - 1)):
            b -= 1
        if b > 1 and " ".join(t.lower for t in tokens[b - 2 : b]) in PLURAL_HONORIFICS:
            b -= 2
        plural = b < start and b > 0 and tokens[b - 1].lower in PLURAL_BEFORE
        if not plural and m > 0:
            prev_end = sentence_posts[m - 1][1]
            between = tokens[prev_end:b]
            plural = opened[m - 1] and len(between) == 1 and between[0].lower in (",", "và")
        opened.append(plural)
    return opened


def _signs_off(ctx: Context, person: Person) -> bool:
    """Tell whether the person is only a byline 'Anh X' that ends the report."""
    if len(person.mentions) != 1 or person.positions:
        return False
    span = person.mentions[0]
    # 'Văn B - Anh X', 'Video: Anh X' as the last words: 'Anh' is the author's name, not 'brother'.
    before = ctx.text[: span.start].rstrip()
    return not ctx.text[span.end :].strip(" .\n") and before.endswith(("\nAnh", " Anh"))


def _settle_names(ctx: Context, people: dict[str, Person], order: list[str]) -> None:
    """Drop what is not a person after all, and fold names that took the next sentence's first word.

    'Nguyễn Văn A Điều tra ...' (a caption run into the text) is 'Nguyễn Văn A' when the report
    names 'Nguyễn Văn A' elsewhere; a country is no one; a name standing alone as the report's last
    line is its author's, and so is a closing 'Anh X'.
    """
    last = ctx.sentences[-1] if ctx.sentences else None
    for k in list(order):
        if k not in people:
            continue  # folded into a longer name already
        person = people[k]
        words = k.split()
        shorter = " ".join(words[:-1])
        if k in COUNTRIES or (
            last is not None
            and len(person.mentions) == 1
            and not person.positions
            and person.mentions[0].text.strip() == last.text.strip(" .\n")
        ) or _signs_off(ctx, person):
            order.remove(k)
            del people[k]
            continue
        longer = [o for o in order if o != k and len(o.split()) > len(words) and o.endswith(" " + k)]
        if len(longer) == 1:
            # 'bác sĩ Lan Anh' after 'Nguyễn Lan Anh': the given names of the one person named in full.
            full = people[longer[0]]
            full.mentions.extend(person.mentions)
            have = {(key(p.title), p.organization) for p in full.positions}
            full.positions += [p for p in person.positions if (key(p.title), p.organization) not in have]
            order.remove(k)
            del people[k]
            continue
        if (
            len(words) >= 3
            and shorter in people
            and shorter != k
            and person.name.split()[-1] in NOT_NAME_WORDS
        ):
            # 'Mai Xuân Sáng (57 tuổi)' and 'Mai Xuân Sáng vì ...': the name ends in a word that may
            # open a sentence; where a mark follows it, it is the name's; the shorter reading is cut.
            short = people[shorter]
            person.mentions.extend(short.mentions)
            merge_posts(person, short.positions)
            person.rank = person.rank or short.rank
            person.rank_en = person.rank_en or short.rank_en
            order.remove(shorter)
            del people[shorter]
            continue
        if len(words) >= 3 and shorter in people and shorter != k:
            target = people[shorter]
            for span in person.mentions:
                cut = span.text.rstrip().rfind(" ")
                target.mentions.append(ctx.span(span.start, span.start + cut))
            merge_posts(target, person.positions)
            target.rank = target.rank or person.rank
            target.rank_en = target.rank_en or person.rank_en
            order.remove(k)
            del people[k]
