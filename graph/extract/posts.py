"""Read officials' posts: each title, whether it is past, and the unit it is in.

A post's unit is read where the title writes it ('Trưởng phòng CSGT tỉnh' is in 'Phòng CSGT tỉnh'),
so that it names the unit the way the report does, even where no unit pass knows the head word
('Giám đốc Bệnh viện Đa khoa huyện X', 'Chủ tịch Hội Y tỉnh Z'). A title written bare takes the unit
the sentence or the report names for it ('Giám đốc công ty này').

persons.py gives each post to the name it belongs to; where a unit's name ends and a person's
begins is told by names.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graph.facts import Person, Position
from graph.gazetteer import Entry
from graph.text import key

from .context import Context, PhraseMatcher, match_level
from .names import (
    HONORIFICS,
    NOT_NAME_WORDS,
    SENTENCE_OPENERS,
    country_at,
    is_surname,
    non_name_capitals,
    person_starts,
    place_before_name,
)
from .organizations import (
    OrgMention,
    _org_words,
    _shop,
    dictionary_words,
    display_name,
    org_key,
    parse_org,
    word_key,
)
from .places import known_name_run
from .tokens import (
    HYPHENS,
    Token,
    capital_run,
    field_initials,
    index_after,
    is_abbreviation,
    is_brand,
    is_capitalised,
    is_foreign_word,
    phrase_at,
    phrase_before,
    tokenize,
)

__all__ = [
    "STATE_BODIES", "add_post", "bare_post", "bare_role_before", "BOARD_OF", "board_of_next",
    "boards_joined", "chain_last", "CHAIN_SEPARATORS", "CHAIN_WORDS", "deputy_constituency",
    "directed_unit", "EXECUTIVE_ROLES", "FORMER", "KIN_OF", "listed_bare_posts", "members_listed",
    "merge_posts", "PARTY_ROLES",
    "nominated", "post_across_tail", "post_heads", "post_in_aside", "PREDICATE", "read_titles", "read_unit",
    "respective_posts", "TAKES_POST", "TitleMention", "unit_name", "unit_runs_on", "VERB_ROLES",
    "village_title_before",
]

# Roles that, written with only a place ('Chủ tịch TP X'), mean the post in that place's People's Committee.
COMMITTEE_ROLES = {"chu-tich", "pho-chu-tich", "pho-chu-tich-thuong-truc"}
# Roles whose unit goes without saying: the Prime Minister heads the Government; the President of
# the State is a post of the State itself, which gold files leave without a unit.
IMPLIED_UNIT: dict[str, str | None] = {
    "thu-tuong": "Chính phủ",
    "pho-thu-tuong": "Chính phủ",
    "pho-thu-tuong-thuong-truc": "Chính phủ",
    "chu-tich-nuoc": None,
    "pho-chu-tich-nuoc": None,
    "tong-bi-thu": None,
    # 'Huyện ủy viên, Trưởng phòng X': a member of the party committee the report's place has.
    "tinh-uy-vien": "Tỉnh ủy",
    "thanh-uy-vien": "Thành ủy",
    "huyen-uy-vien": "Huyện ủy",
}
# The body a post of the State or the Party itself belongs to, for the graph: a post needs a unit
# there, though the report (and the gold files) name none.
STATE_BODIES: dict[str, str] = {
    "chu-tich-nuoc": "Nhà nước",
    "pho-chu-tich-nuoc": "Nhà nước",
    "tong-bi-thu": "Đảng Cộng sản Việt Nam",
}
# Levels whose police has a director ('Giám đốc Công an tỉnh X'); a district's has a head ('Trưởng').
PROVINCE_LEVELS = {"tỉnh", "thành phố"}
# Heads a title may write alone for the one unit of that kind the report names ('Giám đốc Bệnh viện').
CONTEXT_HEADS = {
    "hospital", "company", "bank", "department", "college", "university", "academy", "institute", "centre",
}  # fmt: skip
# Roles whose title keeps the unit's head word: 'Chánh Thanh tra' of 'Thanh tra tỉnh X', as the
# 'Tổng Thanh tra' of 'Thanh tra Chính phủ'.
WHOLE_TITLES = {
    "chanh-thanh-tra", "pho-chanh-thanh-tra", "chanh-van-phong", "pho-chanh-van-phong", "truong-van-phong",
    "truong-bo-mon", "pho-truong-bo-mon", "truong-thon", "pho-truong-thon",
}  # fmt: skip
# Roles named for their unit's head word: 'Bộ trưởng Y tế' is the Minister of the Bộ Y tế.
# What a 'Văn phòng' practises when it is a firm, not a body's office: 'Văn phòng Luật sư X'.
PRACTICE_OFFICES = {("luật", "sư"), ("công", "chứng"), ("thừa", "phát")}

ROLE_HEADS = {
    "chi-cuc-truong": "Chi cục",
    "pho-chi-cuc-truong": "Chi cục",
    "bo-truong": "Bộ",
    "thu-truong": "Bộ",
    "cuc-truong": "Cục",
    "pho-cuc-truong": "Cục",
    "vu-truong": "Vụ",
    "pho-vu-truong": "Vụ",
    "tong-cuc-truong": "Tổng cục",
    "pho-tong-cuc-truong": "Tổng cục",
    "doi-truong": "Đội",
    "pho-doi-truong": "Đội",
    "chanh-toa": "Tòa",
    "pho-chanh-toa": "Tòa",
}
NATIONAL_INITIALS = {"Tổng LĐLĐVN"}  # a body's initials that take in the country: the unit in full
NATIONAL_HEADS = {"agency", "general-department"}  # a Cục or Tổng cục: one in the country
MINISTRY_AFTER_DASH = re.compile(r"\s[-–—]\s*(?:Bộ|Tổng cục)\s")
CHAIN_SEPARATORS = {",", "-", "–", "—", "(", ":"}
CHAIN_WORDS = {"kiêm", "và"}
# Words written before a post that make it a past one.
FORMER = (
    ("nguyên",),
    ("cựu",),
    ("từng", "là"),
    ("từng", "giữ", "chức", "vụ"),
    ("từng", "giữ", "chức"),
    ("từng", "làm"),
    ("khi", "còn", "là"),
    ("khi", "còn", "làm"),
    ("khi", "còn"),
    ("khi", "đó", "là"),
    ("lúc", "đó", "là"),
    ("khi", "ấy", "là"),
    ("lúc", "ấy", "là"),
    ("thời", "điểm", "đó", "là"),
    ("trước", "đây", "là"),
    ("trước", "đó", "là"),
    ("nguyên", "là"),
)
PREDICATE = ("là", "làm")  # a post after them says what the clause's subject is
# Staff titles that are verbs too ('bảo vệ' guards, 'lái xe' drives): a post only set off after a
# name by a comma or dash ('ông A, bảo vệ Công ty X') or after 'là' ('A là lái xe của Sở Y'),
# 'người' between or not ('A – người lái xe của Công ty X').
VERB_ROLES = {"bao-ve", "lai-xe", "quan-ly"}
# 'quản lý' manages as often as it is a manager ('A, quản lý Công ty X'), and names units' fields
# ('Ban Quản lý rừng X', 'Chi cục Quản lý thị trường'): read as a title here only, never a gazetteer
# role that would end those units' names.
MANAGER = Entry("quan-ly", "Quản lý", "Manager", broader="thanh-vien", kind="member")
MANAGER_WORDS = ("quản", "lý")
DOER = "người"  # 'người lái xe': the one who drives, a driver
# Words that take up or hold a post: 'giữ chức vụ Phó Chánh án ...', 'được bổ nhiệm làm ...'.
TAKES_POST = (
    ("giữ", "chức", "vụ"),
    ("giữ", "chức", "danh"),
    ("giữ", "chức"),
    ("giữ", "cương", "vị"),
    ("giữ", "vị", "trí"),
    ("vào", "chức", "danh"),
    ("vào", "chức", "vụ"),
    ("đảm", "nhiệm", "chức", "vụ"),
    ("đảm", "nhiệm", "cương", "vị"),
    ("đảm", "nhiệm", "vị", "trí"),
    ("đảm", "nhiệm"),
    ("kiêm", "nhiệm", "chức", "vụ"),
    ("kiêm", "nhiệm"),
    ("được", "bổ", "nhiệm", "làm"),
    ("được", "bổ", "nhiệm", "giữ", "chức", "vụ"),
    ("được", "bổ", "nhiệm", "giữ", "chức"),
    ("được", "bổ", "nhiệm"),
    ("bổ", "nhiệm", "làm"),
    ("được", "bầu", "làm"),
    ("được", "bầu", "giữ", "chức"),
    ("được", "bầu", "giữ", "chức", "vụ"),
    ("được", "điều", "động", "làm"),
    ("được", "chỉ", "định", "làm"),
    ("được", "giao", "làm"),
    ("được", "giao", "phụ", "trách"),
    ("vừa", "nhậm", "chức"),
    ("nhậm", "chức"),
    ("cùng", "là"),
    ("đều", "là"),
    ("vị", "trí", "như"),
    ("chức", "vụ", "như"),
    ("cương", "vị", "như"),
    ("làm",),
    ("là",),
    ("đồng", "thời", "là"),
    ("vốn", "là"),
    ("hiện", "là"),
    ("hiện", "đang", "là"),
    ("vẫn", "là"),  # 'A vẫn là Phó Giám đốc Sở X': still holds it
    ("vẫn", "đang", "là"),
    ("tiếp", "tục", "là"),
    ("vẫn", "tiếp", "tục", "là"),
    ("lúc", "này", "đang", "là"),  # 'A (SN 1972, ngụ xã X), lúc này đang là Trưởng Công an xã X'
    ("lúc", "đó", "đang", "là"),
    ("khi", "đó", "đang", "là"),
    ("đang", "là"),
    ("đang", "làm"),  # 'chị A đang làm điều dưỡng tại Bệnh viện X'
    ("hiện", "làm"),
    ("hiện", "đang", "làm"),
    ("hiện", "giữ", "chức", "vụ"),
    ("đang", "giữ", "chức", "vụ"),
    ("chưa", "giữ", "chức", "vụ"),
)
# Words that qualify a title, written after it in lower case.
QUALIFIERS = (("không", "chuyên", "trách"), ("chuyên", "trách"), ("thường", "trực"), ("phụ", "trách"))
# Unit heads the unit gazetteer may not know, read only where a title names its unit.
POST_UNIT_HEADS = (
    "Bệnh viện",
    "Trường",
    "Học viện",
    "Đại học",
    "Viện",
    "Hội",
    "Hiệp hội",
    "Liên hiệp",
    "Liên đoàn",
    "Ngân hàng",
    "Công ty",
    "Tổng công ty",
    "Tập đoàn",
    "Khoa",
    "Bộ môn",  # a faculty's academic department: 'Trưởng bộ môn X, Trường ĐH Y'
    "Ủy ban",
    "Uỷ ban",
    "UB",
    "Hội đồng",
    "HĐQT",
    "Nông trường",
    "Lâm trường",
    "Xí nghiệp",
    "Nhà máy",
    "Bến xe",
    "Hãng",
    "Nhà hàng",
    "Khách sạn",
    "Cảnh sát PCCC",  # 'Giám đốc Cảnh sát PCCC TP X': the city's fire police
    "Cảnh sát PCCC và CNCH",
    "Báo",
    "Đài",
    "Tạp chí",
    "Thông tấn xã",
    "Trung ương Đảng",
    "Trung ương",
    "TƯ Đảng",
    "Ban Chấp hành Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Đoàn Chủ tịch",
    "Văn phòng",
    "Trung tâm",
    "Trại",
    "Cơ quan",
    "Thôn",
    "Ấp",
    "Bản",
    "Xóm",
    "Khu phố",
    "Tổ dân phố",
    "Trạm",
    "Nhà xuất bản",
    "Quỹ",
    "Câu lạc bộ",
    "Kho bạc",
    "Chi nhánh",
    "Hợp tác xã",
    "Ban",
    "Đảng ủy",
    "Quận ủy",
    "Thị ủy",
    "Đảng đoàn",
    "Ban Cán sự đảng",
    "Ban cán sự",
    "Cảng vụ",
    "Tòa án nhân dân",
    "Toà án nhân dân",
    "Tòa án",
    "Tòa",  # a court's division: 'Thẩm phán A, Tòa Hình sự, TAND tỉnh X'
    "Viện kiểm sát nhân dân",
    "Viện kiểm sát",
    "Tổng cục",
    "Chi cục",
    "Cục",
    "Vụ",
    "Sở",
    "Phòng",
    "Đội",
    "Tổ",
    "Hạt Kiểm lâm",
    "Hạt",
    "Chi bộ",
    "Chi đoàn",  # a youth union's cell: 'Phó Bí thư Chi đoàn xóm X'
    "Đoàn",
    "Doanh nghiệp tư nhân",
    "DNTN",
    "HTX",
    "CĐ",  # a trade union: 'Chủ tịch CĐ Công ty X'
)
# Lower-case words that end a unit's name: the clause goes on with a verb or a connective.
UNIT_STOP = {
    "cho",
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "mới",
    "được",
    "bị",
    "là",
    "có",
    "cùng",
    "với",
    "tại",
    "trong",
    "khi",
    "để",
    "nói",
    "chủ",
    "trao",
    "ký",
    "yêu",
    "đề",
    "nhấn",
    "khẳng",
    "chia",
    "trả",
    "dự",
    "đến",
    "làm",
    "giữ",
    "vào",
    "từ",
    "thì",
    "thuộc",
    "mà",
    "nhưng",
    "nên",
    "kiêm",
    "thay",
    "theo",
    "trước",
    "sau",
    "về",
    "của",
    "cũng",
    "còn",
    "đồng",
    "nhận",
    "gặp",
    "thăm",
    "chỉ",
    "ban",
    "hướng",
    "báo",
    "lên",
    "xin",
    "bày",
    "cảm",
    "ông",
    "bà",
    "anh",
    "chị",
    "ngài",  # 'Bộ Công an đón ngài X': the one welcomed, not the unit's name
    "đón",
    "hoặc",
    "hay",
    # adverbs that open the predicate: 'Trường ĐH X | vẫn luôn chuẩn bị'
    "vẫn",
    "đều",
    "các",
    "những",
    "một",
    "đó",
    "ấy",
    "năm",
    "ngày",
    "tháng",
    "sinh",
    "tuổi",
    "đi",
    "ra",
    "bổ",
    "khởi",
    "không",
    "chưa",
    "đồng chí",
    "tiếp",
    "tới",
    "giao",
    "ghi",
    "đánh",
    "trình",
    "đọc",
    "công",
    "tuyên",
    "gửi",
    "trực",
    "kiến",
    "ở",
    "lại",
    "đây",
    "vì",
    "do",
    "nhiệm",
    "tặng",
    "biểu",
    "quyết",
    "nêu",
    "phê",
    "hỏi",
    "hiện",
    "luôn",
    "rất",
    "người",
    "vị",
    "và",
}
UNIQUE_HEADS = {"national-assembly", "government"}
# 'Trưởng CAQ X': the police of district X, its level in the initials.
POLICE_INITIALS = {"CAQ", "CAH", "CAP", "CAX"}
# Two-syllable verbs whose first syllable could go on a unit's name ('Bộ X thông tin', '... tham gia').
VERB_PAIRS = {
    ("thông", "tin"),
    ("thông", "báo"),
    ("tham", "gia"),
    ("tham", "dự"),
    ("chủ", "trì"),
    ("phát", "biểu"),
    ("phát", "hiện"),
    ("phát", "động"),
    ("phát", "đi"),
    ("phát", "ngôn"),
    ("phát", "thanh"),
    ("cho", "biết"),
    ("phụ", "trách"),
    ("cấp", "cứu"),
    ("cấp", "phép"),
}
# Lower-case syllables that go on a unit's name beyond the unit gazetteer's ('Hội đồng quản trị',
# 'Đội Tuần tra kiểm soát', 'Phòng Cảnh sát truy nã tội phạm', 'Ban Cán sự đảng').
UNIT_WORDS = {
    "trị",
    "soát",
    "tra",
    "truy",
    "nã",
    "đảng",
    "sự",
    "vụ",
    "dân",
    "quốc",
    "gia",
    "đạo",
    "cứu",
    "học",
    "khoa",
    "đa",
    "viên",
    "chức",
    "doanh",
    "tư",
    "cao",
    "cấp",
    "nhân",
    "sản",
    "thuật",
    "hiểm",
    "bảo",
    "xã",
    "hội",
    "sư",
    "thị",
    "trường",
    "tham",
    "nhũng",
    "vệ",
}
DEGREE_INITIALS = {"TS", "ThS", "PGS", "GS", "TSKH", "BS", "KS", "LS", "CN"}  # a degree before a name
BRACKET_RE = re.compile(r"\s*\([^()]*\)")


def _unit_heads() -> PhraseMatcher:
    return PhraseMatcher({h: Entry(key=h, vi=h, en=h) for h in POST_UNIT_HEADS})


_POST_HEADS: PhraseMatcher | None = None


def post_heads() -> PhraseMatcher:
    global _POST_HEADS
    if _POST_HEADS is None:
        _POST_HEADS = _unit_heads()
    return _POST_HEADS


@dataclass
class TitleMention:
    """A post written in the text: a role and the unit it is in."""

    start: int
    end: int
    first: int  # token index of the role (or of the words before it: 'nguyên', 'quyền')
    last: int  # token index after the unit
    role: Entry
    org: str | None  # the unit's name as the report gives it
    title: str = ""  # the title as the report gives it ('Trưởng Công an xã')
    claimed: bool = False
    status: str | None = None  # 'former' for a past post
    completed: bool = False  # the unit's place was not written but taken from the text around
    of: bool = False  # the unit is written after 'của' ('người phát ngôn của Chính phủ')
    led: bool = False  # the unit is written before 'do A làm' ('tổ công tác do A làm tổ trưởng')
    implied: bool = False  # the unit is not written with the title but is the one the report names


def _anchor_ahead(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether the unit's name goes on past lower-case words: a capital, number or level follows."""
    for m in range(k + 1, min(len(tokens), k + 7)):
        tok = tokens[m]
        if tok.text == "(":
            return m + 1 < len(tokens) and is_capitalised(tokens[m + 1])
        if tok.is_number:
            return True
        if not tok.is_word:
            return tok.text in ("&", "/") or tok.text in HYPHENS
        if match_level(tokens, m):
            return True
        if is_capitalised(tok) or is_abbreviation(tok):
            return not (
                person_starts(ctx, tokens, m) or ctx.lex.roles.match(tokens, m) or tok.text in NOT_NAME_WORDS
            )
        if tok.lower in UNIT_STOP:
            return False
    return False


def read_unit(
    ctx: Context, tokens: list[Token], j: int, *, absorbed: bool = False
) -> tuple[int, OrgMention | None] | None:
    """Read the unit a title names from tokens[j]: return (index after it, the parsed mention if any)."""
    if j >= len(tokens):
        return None
    mention = parse_org(ctx, tokens, j, in_title=absorbed)
    if mention is None and (shop := _shop(ctx, tokens, j)) is not None:
        return index_after(tokens, shop.end), shop  # 'quản lý tiệm game X', 'nhân viên tiệm vàng Y'
    if mention is None and not absorbed and (joined := parse_org(ctx, tokens, j, in_title=True)):
        dashes = [n for n, t in enumerate(joined.specs) if t.text in HYPHENS]
        if dashes and all(
            n + 1 < len(joined.specs) and not is_capitalised(joined.specs[n + 1]) for n in dashes
        ):
            # 'cán bộ phòng Vật tư - trang thiết bị', lower-case head: the dash joins two fields.
            mention = joined
    if (
        mention is not None
        and mention.head.key in UNIQUE_HEADS
        and not mention.specs
        and mention.child is None
    ):
        # 'Đại biểu Quốc hội tỉnh X': the one National Assembly (a province's delegation to it).
        after = index_after(tokens, tokens[j].start + len(mention.head_text))
        return _delegation_end(ctx, tokens, after), None
    if mention is not None and mention.head_text in NATIONAL_INITIALS:
        return index_after(tokens, mention.end), None  # 'Phó Chủ tịch Tổng LĐLĐVN': one in the country
    if mention is not None and not (mention.specs or mention.level or mention.place or mention.child):
        # 'UBND Hà Nội Nguyễn Văn A': a province whose name opens like a family name.
        k = index_after(tokens, mention.end)
        place = ctx.lex.places.match(tokens, k)
        if place and place[0].kind in ("city", "province", "former-city", "former-province"):
            return place[1], None
    if mention is not None and mention.place and mention.place.split()[0] in SENTENCE_OPENERS:
        # 'Chánh Thanh tra TP | Sau đó ...': the next sentence's first word is no place.
        return index_after(tokens, mention.end - len(mention.place)), None
    if mention is not None and (mention.specific or mention.specs or mention.level or mention.child):
        k = next((n for n, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
        if mention.head.key == "board-of-directors" and (
            mention.specs or (mention.child is not None and _sentence_case(mention.child.specs))
        ):
            # 'HĐQT Công ty trục vớt ...', 'HĐQT Công ty Trục vớt luồng ...': the board's company, its
            # name in lower case (whole or after its first syllable), read whole.
            at = index_after(tokens, (mention.specs[0] if mention.specs else mention.child).start)
            if ctx.lex.heads.match(tokens, at) and (company := read_unit(ctx, tokens, at)) and company[0] > k:
                return company[0], None
        verb = next(
            (
                m
                for m in range(j + 1, min(k, len(tokens) - 1))
                if (tokens[m].text, tokens[m + 1].text) in VERB_PAIRS
            ),
            None,
        )
        if verb is not None:
            # 'Bộ Xây dựng | tham gia Ban Chấp hành': the clause goes on; read the unit before it.
            return read_unit(ctx, tokens[:verb], j, absorbed=absorbed)
        if mention.place or mention.child is not None:
            return _trim_verb(tokens, _unit_tail(ctx, tokens, k, closed=True), j + 1), mention
        trimmed = _trim_verb(tokens, k, j + 1)
        if trimmed < k:
            return trimmed, None
        if mention.level and not mention.place and (extra := place_before_name(ctx, tokens, k)):
            return k + extra, None  # 'Bí thư Đảng ủy xã Đồng Tâm Nguyễn Văn A'
        if (
            mention.level in COMMUNE_LEVELS
            and not mention.place
            and k < len(tokens)
            and person_starts(ctx, tokens, k)
            and (run := known_name_run(tokens, k))
        ):
            # 'Chủ tịch UBND phường Phạm Đình Hổ cho biết': a ward named after a historical figure, its
            # name written whole after the level word, not the holder's (nor another ward the report names).
            return k + run, None
        if mention.level and k < len(tokens) and tokens[k].lower == "này":
            return k + 1, None  # 'UBND huyện này': the district just named
        tail = _unit_tail(ctx, tokens, k, named=bool(mention.specs))
        if (
            mention.specs
            and not any(is_capitalised(t) for t in mention.specs)
            and key(mention.head.vi) in LOWER_NAMED_HEADS
            and (after_head := index_after(tokens, mention.start + len(mention.head_text)))
            and (lower := _lower_name_end(ctx, tokens, after_head, named_after=True)) is not None
            and lower > tail
        ):
            return lower, None  # 'Trung tâm kiểm định | và thanh toán ...': the lower-case name goes on
        if (
            _sentence_case(mention.specs)
            and key(mention.head.vi) in LOWER_NAMED_HEADS
            and tail == k
            and (
                (lower := _run_to_code(ctx, tokens, tail)) is not None
                or (lower := _lower_name_end(ctx, tokens, tail, named_after=True)) is not None
            )
        ):
            # 'Trung tâm Nghiên | cứu ứng dụng ...': only the name's first syllable is capitalised, the
            # rest goes on in lower case up to a comma, a bracket, the holder's name or 'cho biết', or
            # across commas up to the unit's code in brackets ('Cục Cảnh sát đăng ký, quản lý ... (C72)').
            return lower, None
        return tail, mention
    if (
        mention is not None
        and is_capitalised(tokens[j])
        and not mention.specs
        and key(mention.head.vi) in LOWER_NAMED_HEADS
        and (closed := _lower_name_to_place(ctx, tokens, index_after(tokens, mention.end))) is not None
    ):
        return closed, None  # 'Trung tâm quản lý khai thác công trình thủy lợi Đà Lạt,'
    head = post_heads().match(tokens, j)
    if (
        head is None
        and is_abbreviation(tokens[j])
        and len(tokens[j].text) >= 3
        and match_level(tokens, j + 1)
    ):
        head = (
            Entry(key="", vi="", en=""),
            j + 1,
        )  # 'Giám đốc BVĐK huyện X': an abbreviated unit and its place
    if (
        head is None
        and is_foreign_word(tokens[j])
        and (country := ctx.lex.places.match(tokens, j + 1))
        and country[0].key == "viet-nam"
    ):
        return country[1], None  # 'Giám đốc truyền thông Grab Việt Nam': a company's branch in Vietnam
    if head is None and is_brand(tokens[j]) and not ctx.lex.places.match(tokens, j):
        # 'Tổng Giám đốc PVTex', 'Chủ tịch LienVietPostBank': a company known by its brand;
        # 'Thủ trưởng CQCSĐT Công an huyện X': an abbreviated body of the unit named next.
        parent = parse_org(ctx, tokens, j + 1) if j + 1 < len(tokens) else None
        if parent is not None and parent.specific:
            return index_after(tokens, parent.end), None
        return j + 1 + non_name_capitals(ctx, tokens, j + 1), None
    if head is None:
        return None
    # A lower-case head counts before a capitalised name: 'Giảng viên trường Đại học X'.
    named_next = head[1] < len(tokens) and (
        (is_capitalised(tokens[head[1]]) and not person_starts(ctx, tokens, head[1]))
        or tokens[head[1]].is_number
        # 'Giám đốc trung tâm cai nghiện X', 'Giám thị trại tạm giam số 2': field words, then the name.
        # A team ('tổ tuần tra ...') is read as written by _team_unit.
        or (
            tokens[head[1]].is_word
            and tokens[j].lower != TEAM_WORD
            and _anchor_ahead(ctx, tokens, head[1] - 1)
        )
    )
    if not (absorbed or is_capitalised(tokens[j]) or tokens[j].text.isupper() or named_next):
        return None
    k = _unit_tail(ctx, tokens, head[1])
    if (
        # 'Đội trưởng đội hướng dẫn điều tra ..., phòng X': the title's own head, in lower case by custom.
        (is_capitalised(tokens[j]) or absorbed)
        and key(head[0].vi) in LOWER_NAMED_HEADS
        and (lower := _lower_name_end(ctx, tokens, head[1], named_after=True)) is not None
        and lower > k
    ):
        # 'Giám đốc Trung tâm giám định và thanh toán đa tuyến phía Bắc,': a capitalised head, then
        # its name in lower case up to a comma, the holder's name or 'cho biết'.
        return lower, None
    if k == head[1] and head[0].vi not in (
        "Trung ương Đảng",
        "Bộ Chính trị",
        "Ban Bí thư",
        "HĐQT",
        "TƯ Đảng",
        "Đoàn Chủ tịch",
    ):
        return None  # a bare head ('Hội', 'Khoa') names no particular unit
    return k, None


LOWER_NAME_ENDS = {",", "(", ")", ";", ".", "-", "–", "—", "thuộc"}
REGION_WORDS = {"phía", "miền"}
# Heads whose units are often named in lower case ('Trung tâm giám định ...', 'Công ty nạo vét ...');
# not 'Sở' or 'Bộ', whose lower-case words after a bare head are the predicate ('Sở chỉ đạo ...').
LOWER_NAMED_HEADS = {
    key(h)
    for h in (
        "Trung tâm", "Viện", "Công ty", "Tổng công ty", "Vụ", "Cục", "Chi cục", "Xí nghiệp", "Ban",
        "Liên hiệp", "Đội", "Trạm",
    )
}  # fmt: skip
COMPASS = {"Bắc", "Nam", "Đông", "Tây", "Trung"}
# Words that open the predicate, not a name in lower case ('giao dịch' is a field there, though 'giao'
# alone ends a capitalised one).
LOWER_NAME_STOPS = {
    "cho", "đã", "đang", "sẽ", "vừa", "mới", "được", "bị", "là", "có", "cùng", "với", "tại", "khi", "để",
    "nói", "thì", "mà", "nhưng", "cũng", "còn", "đều", "vẫn", "ông", "bà", "anh", "chị", "đồng", "ngày",
    "năm", "tháng", "người", "làm", "đến", "từ", "theo", "trong", "này", "đó", "các", "những", "một", "xảy",
    "nêu", "tự",
}  # fmt: skip
# Two-syllable verbs of saying that end a lower-case name before the clause's comma ('..., Viện trưởng
# Viện X khẳng định, ...').
SAYING_PAIRS = {
    ("khẳng", "định"), ("nhận", "định"), ("chia", "sẻ"), ("bày", "tỏ"), ("trả", "lời"), ("nhấn", "mạnh"),
    ("giải", "thích"), ("cho", "rằng"),
}  # fmt: skip


def _sentence_case(specs: list[Token]) -> bool:
    """Tell whether a unit's name is written with only its first syllable capitalised ('Nghiên cứu')."""
    return (
        bool(specs)
        and specs[0].is_word
        and is_capitalised(specs[0])
        and not is_abbreviation(specs[0])
        and all(t.is_word and not is_capitalised(t) for t in specs[1:])
    )


CODE_RE = re.compile(r"[A-ZĐ][A-ZĐ0-9&]{1,7}")


def _run_to_code(ctx: Context, tokens: list[Token], k: int) -> int | None:
    """Return where a unit's code in brackets opens after its name's words from tokens[k], or None.

    'Cục Cảnh sát | đăng ký, quản lý cư trú và dữ liệu quốc gia về dân cư (C72)': words and commas, none
    that opens a clause, then '(' and a code in capitals and ')'. A unit named after a comma ('...,
    Bệnh viện X (BVX)') owns the code, and the name stops short of it.
    """
    end = k
    while end < len(tokens) and end - k < 18 and (tokens[end].is_word or tokens[end].text == ","):
        if tokens[end].text == "," and end + 1 < len(tokens) and ctx.lex.heads.match(tokens, end + 1):
            return None
        if tokens[end].lower in LOWER_NAME_STOPS or (
            end + 1 < len(tokens) and (tokens[end].lower, tokens[end + 1].lower) in SAYING_PAIRS
        ):
            return None
        end += 1
    if (
        end - k >= 2
        and tokens[end - 1].is_word
        and end + 2 < len(tokens)
        and tokens[end].text == "("
        and CODE_RE.fullmatch(tokens[end + 1].text)
        and tokens[end + 2].text == ")"
    ):
        return end
    return None


def _lower_name_end(ctx: Context, tokens: list[Token], k: int, *, named_after: bool = False) -> int | None:
    """Return the end of a unit's name written in lower case after its capitalised head, or None.

    'Cục đăng ký quốc gia giao dịch bảo đảm, Bộ Tư pháp', 'Chi cục quản lý đất đai thuộc Sở X': two
    to eight lower-case words up to a comma, bracket or 'thuộc', none that opens the predicate; a
    region ends it too ('... đa tuyến phía Bắc,'), and so does 'và' before the next holder ('Trung
    tâm đăng kiểm và ông B'); a country or province closes it across a stop word ('Viện nghiên cứu
    người cao tuổi Việt Nam'). ``named_after``: the holder's name may end it ('Giám đốc Trung tâm
    giám định phía Nam Nguyễn Văn A') and so may 'cho biết' or a conjunction ('nhưng', 'thì', 'mà').
    """
    end = k
    joined = False
    while end < len(tokens) and end - k <= 10 and tokens[end].is_word:
        tok = tokens[end]
        if end == k and tok.text == "Các":
            end += 1  # 'Vụ Các vấn đề chung về ...': the name's first word capitalised, the rest not
            continue
        level = match_level(tokens, end)
        if end - k >= 2 and (is_capitalised(tok) or level):
            # '... người cao tuổi Việt Nam', '... y khoa tỉnh Hà Nam': the country or province whose
            # unit it is ends the name, whatever follows.
            place = ctx.lex.places.match(tokens, level[1] if level else end)
            if place and (level or place[0].kind == "country"):
                return place[1]
        if is_capitalised(tok):
            if end > k and tokens[end - 1].lower in REGION_WORDS and tok.text in COMPASS:
                end += 1  # 'phía Bắc', 'miền Trung': the region the unit serves, part of its name
                continue
            break
        if tok.lower == "và" and end + 1 < len(tokens) and _holder_at(ctx, tokens, end + 1):
            joined = True  # 'Giám đốc Trung tâm đăng kiểm và ông B': the next holder ends the name
            break
        if tok.lower in LOWER_NAME_STOPS and (closed := _closing_place(ctx, tokens, end)):
            return closed  # 'Viện nghiên cứu người cao tuổi Việt Nam': the country closes the name
        if tok.lower in LOWER_NAME_STOPS or tok.lower in LOWER_NAME_ENDS or level:
            break
        if end + 1 < len(tokens) and (tok.lower, tokens[end + 1].lower) in SAYING_PAIRS:
            break
        if end + 1 < len(tokens) and (tok.text, tokens[end + 1].text) in VERB_PAIRS:
            return None
        end += 1
    if end - k < 2 or end - k > 10 or end >= len(tokens):
        return None
    if joined:
        return end
    if named_after and (
        person_starts(ctx, tokens, end)
        or (end + 1 < len(tokens) and (tokens[end].lower, tokens[end + 1].lower) == ("cho", "biết"))
        # '..., Phó Giám đốc Trung tâm đăng kiểm nhưng không ...': a conjunction opens the next clause.
        or tokens[end].lower in ("nhưng", "thì", "mà")
    ):
        return end
    # The clause must go on after the name ('..., Bộ X cho biết'): a full stop may end a predicate.
    if tokens[end].lower not in LOWER_NAME_ENDS - {"."}:
        return None
    return end


# Words that open a clause: no lower-case name runs across them to a closing country or province.
def _lower_name_to_place(ctx: Context, tokens: list[Token], k: int) -> int | None:
    """Return the end of a lower-case name closed by its place ('... thủy lợi Đà Lạt,'), or None.

    Two to twelve lower-case words, none that opens the predicate, then one to three capitalised words
    (no holder's name, no unit's head) and a mark that ends the unit: a comma, bracket or stop.
    """
    end = k
    while end < len(tokens) and end - k <= 12 and tokens[end].is_word and not is_capitalised(tokens[end]):
        tok = tokens[end]
        if tok.lower in LOWER_NAME_STOPS or tok.lower in LOWER_NAME_ENDS or match_level(tokens, end):
            return None
        if tok.lower == "và" and end + 1 < len(tokens) and _holder_at(ctx, tokens, end + 1):
            return None
        if end + 1 < len(tokens) and (tok.text, tokens[end + 1].text) in VERB_PAIRS:
            return None
        end += 1
    if end - k < 2 or end - k > 12 or end >= len(tokens) or person_starts(ctx, tokens, end):
        return None
    run = end
    while (
        run < len(tokens)
        and run - end < 3
        and tokens[run].is_word
        and is_capitalised(tokens[run])
        and not ctx.lex.heads.match(tokens, run)
        and not ctx.lex.roles.match(tokens, run)
    ):
        run += 1
    if run == end or (run < len(tokens) and tokens[run].text not in (",", ")", ";", ".")):
        return None
    if run + 1 < len(tokens) and tokens[run].text == "." and tokens[run + 1].start == tokens[run].end:
        return None  # 'Q.Tân Phú': a place's initial and its dot, the name goes on
    return run


CLAUSE_WORDS = {
    "cho", "đã", "đang", "sẽ", "vừa", "mới", "được", "bị", "là", "có", "nói", "thì", "mà", "nhưng",
}  # fmt: skip


def _closing_place(ctx: Context, tokens: list[Token], k: int) -> int | None:
    """Return the end of a country or province closing a lower-case name within six words of tokens[k]."""
    if tokens[k].lower in CLAUSE_WORDS:
        return None
    for n in range(k + 1, min(len(tokens), k + 7)):
        tok = tokens[n]
        if not tok.is_word or tok.lower in CLAUSE_WORDS or tok.lower in LOWER_NAME_ENDS:
            return None
        level = match_level(tokens, n)
        if is_capitalised(tok) or level:
            place = ctx.lex.places.match(tokens, level[1] if level else n)
            if place and (level or place[0].kind == "country"):
                return place[1]
            return None
    return None


def _holder_at(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether a holder is named at tokens[k]: an honorific or rank, or a person's name."""
    return (
        tokens[k].lower in ("ông", "bà", "đồng")
        or ctx.lex.ranks.match(tokens, k) is not None
        or person_starts(ctx, tokens, k)
    )


def _delegation_end(ctx: Context, tokens: list[Token], k: int) -> int:
    """Return the index after a province's delegation written after 'Quốc hội' ('tỉnh X', 'TP Y'), or k."""
    level = match_level(tokens, k)
    n = level[1] if level else k
    place = ctx.lex.places.match(tokens, n)
    kinds = ("province", "former-province", "city", "former-city")
    if place and place[0].kind in kinds and (level or n > 0):
        return place[1]
    return k


def _unit_tail(
    ctx: Context, tokens: list[Token], k: int, *, closed: bool = False, named: bool = False
) -> int:
    """Read on from tokens[k] while the words still belong to the unit's name; return where it ends.

    ``closed``: the name already ended on its place or parent unit; only a parent after a dash
    ('Phòng CSGT - Công an tỉnh X') or a bracketed aside may follow. ``named``: the unit's own name
    ends just before tokens[k], so a dash there may join its second half ('Vụ Pháp chế - Thanh tra').
    """
    tail = _TailRead(ctx, tokens, k, closed, named)
    while tail.k < len(tokens) and tail.goes_on():
        pass
    return tail.end()


class _TailRead:
    """A unit's name read on word by word: where the reading is, and whether the name has closed."""

    __slots__ = ("ctx", "tokens", "start", "k", "closed", "named")

    def __init__(self, ctx: Context, tokens: list[Token], k: int, closed: bool, named: bool) -> None:
        self.ctx, self.tokens = ctx, tokens
        self.start = self.k = k  # where the tail starts; where the reading is
        self.closed = closed  # the name ended on its place or parent unit
        self.named = named  # the unit's own name ends just before the tail

    def goes_on(self) -> bool:
        """Read the word at k, moving past what belongs to the name; return whether the name goes on."""
        ctx, tokens, k = self.ctx, self.tokens, self.k
        tok = tokens[k]
        if tok.text == "(":
            return self.aside()
        if tok.text in HYPHENS and k + 1 < len(tokens) and is_capitalised(tokens[k + 1]):
            return self.after_dash()
        if self.closed:
            return False
        if (
            tok.text == ","
            and k > 0
            and tokens[k - 1].lower == "phòng"
            and k + 1 < len(tokens)
            and tokens[k + 1].lower == "chống"
        ):
            self.k += 2  # 'Ban Chỉ đạo phòng, chống tội phạm': one name across the comma
            return True
        if tok.text in ("&", "/") and k + 1 < len(tokens) and tokens[k + 1].is_word and k > self.start - 1:
            self.k += 2
            return True
        level = match_level(tokens, k)
        if level and tok.lower != "tp" or (level and is_capitalised(tok)):
            self.place_of_level(level[1])
            return False
        if tok.is_number:
            self.k += 1
            return True
        if not tok.is_word:
            return False
        if (
            (phrase := _org_words().match(tokens, k)) is not None
            and phrase[1] - k > 1
            and not person_starts(ctx, tokens, k)
            and not ctx.lex.roles.match(tokens, k)
        ):
            # A field of two syllables or more, read whole: 'Hội đồng quản trị | từ năm 2008',
            # 'Hội Hồi sức cấp cứu' (though 'cấp cứu' alone is a verb).
            self.k = phrase[1]
            return True
        if is_capitalised(tok) or is_abbreviation(tok):
            return self.capitalised_word()
        if tok.lower == "tại" and (place := ctx.lex.places.match(tokens, k + 1)):
            self.k = place[1]  # 'Tòa án nhân dân cấp cao tại Hà Nội'
            return False
        if (
            tok.lower == "chỉ"
            and k + 1 < len(tokens)
            and tokens[k + 1].lower == "đạo"
            and tokens[k - 1].lower == "ban"
        ):
            self.k += 2  # 'Ban chỉ đạo ...': the steering board, not the verb
            return True
        if tok.lower in UNIT_STOP and tok.lower != "và":
            return False
        if k + 1 < len(tokens) and (tok.lower, tokens[k + 1].lower) in VERB_PAIRS:
            return False
        if tok.lower == "và":
            return self.joined_by_and()
        return self.lower_word()

    def aside(self) -> bool:
        """Read past a bracketed aside if the name goes on after it; return whether it does."""
        ctx, tokens, k = self.ctx, self.tokens, self.k
        close = next((m for m in range(k + 1, min(len(tokens), k + 30)) if tokens[m].text == ")"), None)
        if close is None or close == k + 1:
            return False
        # An aside that the name goes on after ('Bệnh viện Đa khoa (BVĐK) huyện X').
        after = close + 1
        if (
            close == k + 2
            and is_abbreviation(tokens[k + 1])
            and after < len(tokens)
            and not self.closed
            and tokens[after].is_word
            and is_capitalised(tokens[after])
            and not person_starts(ctx, tokens, after)
            and tokens[after].text not in SENTENCE_OPENERS
            and not ctx.lex.roles.match(tokens, after)
            and not ctx.lex.ranks.match(tokens, after)
        ):
            self.k = after  # 'Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh X'
            return True
        if (
            after < len(tokens)
            and not self.closed
            and (
                match_level(tokens, after)
                or (
                    tokens[after].is_word
                    and not is_capitalised(tokens[after])
                    and tokens[after].lower not in UNIT_STOP
                )
            )
        ):
            self.k = after
            return True
        return False

    def after_dash(self) -> bool:
        """Read a parent unit or the name's second half after a dash; return whether the name goes on."""
        ctx, tokens, k = self.ctx, self.tokens, self.k
        tok = tokens[k]
        parent = parse_org(ctx, tokens, k + 1)
        if parent is not None and parent.specific:
            self.k = next((n for n, t in enumerate(tokens) if t.start >= parent.end), len(tokens))
            self.closed = True
            return True
        if (
            not self.closed
            and (post_heads().match(tokens, k + 1) or ctx.lex.heads.match(tokens, k + 1))
            and (other := read_unit(ctx, tokens, k + 1))
        ):
            self.k, self.closed = other[0], True  # 'Ban Dân nguyện - Ủy ban Thường vụ Quốc hội'
            return True
        if (
            not self.closed
            # after the unit's own name, not its initials: 'Ngân hàng Xây dựng – VNCB'
            and (k > self.start or (self.named and not is_abbreviation(tokens[k + 1])))
            and not person_starts(ctx, tokens, k + 1)
            and not ctx.lex.roles.match(tokens, k + 1)
            and not ctx.lex.ranks.match(tokens, k + 1)
            and tokens[k + 1].text not in SENTENCE_OPENERS
        ):
            # 'Khoa Chẩn đoán hình ảnh - Xét nghiệm': a name in two halves.
            run = capital_run(tokens, k + 1)
            if run and tokens[k + 1].start - tok.end <= 1 or (run and tokens[k - 1].is_word):
                k += 1 + run
                while (
                    k < len(tokens)
                    and tokens[k].is_word
                    and not is_capitalised(tokens[k])
                    and tokens[k].lower not in UNIT_STOP
                    and not match_level(tokens, k)
                ):
                    k += 1  # the second half's lower-case words: '- Xét nghiệm'
                self.k, self.closed = k, True
                return True
        return False

    def place_of_level(self, k: int) -> None:
        """Read the place a level word (ending before tokens[k]) opens: the name ends after it."""
        ctx, tokens = self.ctx, self.tokens
        place = ctx.lex.places.match(tokens, k)
        if place:
            k = place[1]
        elif k < len(tokens) and tokens[k].lower == "này":
            k += 1
        else:
            whole = 0
            while (
                k + whole < len(tokens)
                and tokens[k + whole].is_word
                and is_capitalised(tokens[k + whole])
                and tokens[k + whole].text not in SENTENCE_OPENERS
                # 'Trưởng Công an huyện X Đại tá A': the holder's rank ends the place.
                and not ctx.lex.ranks.match(tokens, k + whole)
            ):
                whole += 1
            # Up to three capitalised words after a level word are the place ('huyện Yên Lạc').
            run = place_before_name(ctx, tokens, k) or (whole if whole <= 3 else 0)
            while (
                not run
                and k + run < len(tokens)
                and run < 4
                and tokens[k + run].is_word
                and (is_capitalised(tokens[k + run]) or is_abbreviation(tokens[k + run]))
                and not person_starts(ctx, tokens, k + run)
            ):
                run += 1
            k += run
        self.k = k

    def capitalised_word(self) -> bool:
        """Read a capitalised word or initials (a place, a parent unit); return whether the name goes on."""
        ctx, tokens, k = self.ctx, self.tokens, self.k
        tok = tokens[k]
        if (place := ctx.lex.places.match(tokens, k)) and is_capitalised(tok):
            self.k = place[1]  # 'Đoàn CAQ Nam Từ Liêm': a place, though it opens like a family name
            return True
        if (
            person_starts(ctx, tokens, k)
            or ctx.lex.ranks.match(tokens, k)
            or ctx.lex.roles.match(tokens, k)
            or tok.text in SENTENCE_OPENERS
            or (
                tok.lower in HONORIFICS
                # 'Phòng GD&ĐT Hai Bà Trưng': a capitalised 'Bà' inside a run of capitals is a place's.
                and not (
                    k > self.start
                    and tokens[k - 1].is_word
                    and is_capitalised(tokens[k - 1])
                    and k + 1 < len(tokens)
                    and tokens[k + 1].is_word
                    and is_capitalised(tokens[k + 1])
                    and tokens[k].start - tokens[k - 1].end <= 1
                    and not person_starts(ctx, tokens, k + 1)
                )
            )
        ):
            return False
        parent = parse_org(ctx, tokens, k) if ctx.lex.heads.match(tokens, k) else None
        if parent is not None and parent.specific:
            k = index_after(tokens, parent.end)  # 'Viện Khoa học Hình sự Bộ Công an'
            at = None
            if k < len(tokens) and tokens[k].lower == "tại":
                at = ctx.lex.places.match(tokens, k + 1)
            if at is not None:
                k = at[1]  # 'Chi nhánh Ngân hàng X tại Quảng Ninh'
            self.k = k
            return False
        self.k += 1
        return True

    def joined_by_and(self) -> bool:
        """Read 'và' on if another part of the name follows it; return whether it does."""
        ctx, tokens, k = self.ctx, self.tokens, self.k
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            nxt is not None
            and nxt.is_word
            and (
                (
                    is_capitalised(nxt)
                    and not person_starts(ctx, tokens, k + 1)
                    and not ctx.lex.roles.match(tokens, k + 1)
                    and not ctx.lex.ranks.match(tokens, k + 1)
                    and nxt.text not in NOT_NAME_WORDS
                )
                or (
                    not is_capitalised(nxt)
                    and (nxt.lower in ctx.lex.org_words or _org_words().match(tokens, k + 1))
                    and _anchor_ahead(ctx, tokens, k + 1)
                )
            )
        ):
            self.k += 1
            return True
        return False

    def lower_word(self) -> bool:
        """Read a lower-case word on if it belongs to the name; return whether it does."""
        ctx, tokens, k = self.ctx, self.tokens, self.k
        tok = tokens[k]
        run = 0
        while (
            k - run - 1 >= 0
            and run < 3
            and tokens[k - run - 1].is_word
            and is_capitalised(tokens[k - run - 1])
            and not ctx.lex.heads.match(tokens, k - run - 1)
            and not post_heads().match(tokens, k - run - 1)
        ):
            run += 1
        # A name capitalises the first syllable of each word only: 'Ủy ban Kiểm toán', 'Hội Tin học'.
        compound = run == 1 and not is_abbreviation(tokens[k - 1])
        if (
            compound
            or tok.lower in ctx.lex.org_words
            or tok.lower in UNIT_WORDS
            or _anchor_ahead(ctx, tokens, k)
        ):
            self.k += 1
            return True
        return False

    def end(self) -> int:
        """Return where the name ends: no link word or dash last, no word cut in two, no verb begun."""
        tokens, k, start = self.tokens, self.k, self.start
        while (
            k > start
            and tokens[k - 1].lower in ("và", "của", "các", "&", "/")
            or (k > start and tokens[k - 1].text in HYPHENS)
        ):
            k -= 1
        if (
            start < k < len(tokens)
            and tokens[k].is_word
            and not is_capitalised(tokens[k])
            and not is_capitalised(tokens[k - 1])
            and word_key(f"{tokens[k - 1].text} {tokens[k].text}") in dictionary_words()
        ):
            k -= 1  # 'Trưởng đoàn tư | vấn': a word is never cut in two; give its first half back
        return _trim_verb(tokens, k, start)


def _trim_verb(tokens: list[Token], k: int, start: int) -> int:
    """Give back a last syllable that opens a verb with the next one ('Bộ Nội vụ thông | tin')."""
    if start < k < len(tokens) and (tokens[k - 1].text, tokens[k].text) in VERB_PAIRS:
        return k - 1
    return k


def _place_before(ctx: Context, tokens: list[Token], j: int, level: str) -> str | None:
    """Return the last place of ``level`` named in the sentence before tokens[j]."""
    if level not in ("tỉnh", "thành phố"):
        return _written_place_before(ctx, tokens, j, level)
    kinds = ("city", "former-city") if level == "thành phố" else ("province", "former-province")
    found = None
    k = 0
    while k < j:
        place = ctx.lex.places.match(tokens, k)
        if place and place[1] <= j:
            if place[0].kind in kinds:
                found = place[0].vi
            k = place[1]
            continue
        k += 1
    return found


def _only_commune(ctx: Context, level: str) -> str | None:
    """Return the one commune (ward, town, city) of ``level`` the report names with its level word, or None.

    'Công an xã Hòa Bình đã có mặt. Ông A, Trưởng Công an xã, cho biết': the commune is the one named.
    """
    key_ = f"only {level}"
    if key_ not in ctx.cache:
        names = set()
        words = level.split()
        for sentence in ctx.tokens:
            for k in range(len(sentence)):
                # The level word in any case: 'Xã Hòa Bình' opens a sentence as well; 'TP' is a city's.
                if (lv := match_level(sentence, k)) and lv[0] == level:
                    at = lv[1]
                elif [t.lower for t in sentence[k : k + len(words)]] == words:
                    at = k + len(words)
                else:
                    continue
                run = capital_run(sentence, at)
                if not run and at < len(sentence) and sentence[at].is_number:
                    run = 1  # 'phường 8'
                if run and (sentence[at].text in SENTENCE_OPENERS or person_starts(ctx, sentence, at)):
                    continue  # 'Chánh Thanh tra TP | Sau đó ...': the next clause, not a city
                if 0 < run <= 3:
                    names.add(" ".join(t.text for t in sentence[at : at + run]))
        ctx.cache[key_] = names.pop() if len(names) == 1 else None
    return ctx.cache[key_]  # type: ignore[return-value]


def _near_place(ctx: Context, tokens: list[Token], j: int, level: str) -> str | None:
    """Return the place of ``level`` of a unit written without it: named before, else the one commune."""
    near = _place_before(ctx, tokens, j, level)
    if near is None and (level in COMMUNE_LEVELS or level == "thành phố"):
        near = _only_commune(ctx, level)
    return near


def _written_place_before(ctx: Context, tokens: list[Token], j: int, level: str) -> str | None:
    """Return the last commune or district written with its level word before tokens[j] ('xã X')."""
    found = None
    for k in range(max(0, j - 1)):
        if (lv := match_level(tokens, k)) and lv[0] == level:
            run = capital_run(tokens, lv[1])
            if not run and lv[1] < j and tokens[lv[1]].is_number and level in ("quận", "phường"):
                run = 1  # 'quận 2'
            if 0 < run <= 3 and lv[1] + run <= j:
                found = " ".join(t.text for t in tokens[lv[1] : lv[1] + run])
    return found


def unit_name(ctx: Context, tokens: list[Token], j: int, end: int, mention: OrgMention | None) -> str:
    """Return the unit's name as written between tokens[j] and tokens[end - 1], asides left out."""
    if end - j > 2 and tokens[end - 1].lower == "này" and any(
        (lv := match_level(tokens, end - 1 - n)) and lv[1] == end - 1 for n in (1, 2)
    ):
        end -= 1  # 'Chánh thanh tra tỉnh này': the inspectorate of the province just named
    head = ctx.lex.heads_loose.match(tokens, j)
    delegation = head is not None and head[0].key in UNIQUE_HEADS and head[1] < end
    if delegation and end == _delegation_end(ctx, tokens, head[1]):
        # 'Đại biểu Quốc hội tỉnh X': a province's delegation to the one National Assembly.
        written = " ".join(ctx.text[tokens[j].start : tokens[head[1] - 1].end].split())
        return written[:1].upper() + written[1:]
    if mention is not None and mention.child is not None and mention.head.key in NATIONAL_HEADS:
        own = ctx.text[tokens[j].start : mention.child.start].rstrip()
        if own[-1:] in HYPHENS and " " in own:
            # 'Cục trưởng Cục Cảnh sát hình sự - Bộ Công an': a national unit is named alone, the
            # ministry it belongs to after the dash is no part of its name.
            own = " ".join(own[:-1].split())
            return own[:1].upper() + own[1:]
    if mention is not None:
        m_end = next((n for n, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
        tail = mention
        while tail.child is not None:
            tail = tail.child  # 'Cơ quan CSĐT Công an tỉnh': the place is its parent's, written last
        if m_end == end and tail.implicit_place and tail.level:
            # Only 'tỉnh' is written: the province the sentence has just named, else the report's own.
            near = _place_before(ctx, tokens, j, tail.level)
            if near is None and not tail.resolvable:
                near = _near_place(ctx, tokens, j, tail.level)  # the report's one commune or city
            if near is not None:
                written = " ".join(ctx.text[tokens[j].start : tokens[end - 1].end].split())
                return f"{written[:1].upper()}{written[1:]} {near}"
            if tail.resolvable:  # ('Ban X HĐND TP': the city's council, as the unit pass names it)
                name = display_name(ctx, mention)
                return name[:1].upper() + name[1:]
    written = ctx.text[tokens[j].start : tokens[end - 1].end]
    written = " ".join(BRACKET_RE.sub("", written).split())
    found = ctx.lex.heads_loose.match(tokens, j)
    head = mention.head if mention is not None else (found[0] if found else None)
    if head is not None and head.key in NATIONAL_HEADS and (dash := MINISTRY_AFTER_DASH.search(written)):
        written = written[: dash.start()]  # 'cục Cảnh sát hình sự - Bộ Công an', as above
    level = next((lv for n in (2, 1) if (lv := match_level(tokens, end - n)) and lv[1] == end), None)
    if mention is None and level is not None and (near := _near_place(ctx, tokens, j, level[0])):
        written = f"{written} {near}"  # '... Công an tỉnh': the province the sentence has named
    return written[:1].upper() + written[1:]


def _as_far_as_found(
    ctx: Context, tokens: list[Token], j: int, end: int, mention: OrgMention | None
) -> tuple[int, OrgMention | None]:
    """Read a post's unit as far as the unit found at the same place ('Hội Hồi sức cấp cứu và ...')."""
    spans = ctx.cache.get("org_spans")
    if not isinstance(spans, dict) or j >= len(tokens) or end <= j:
        return end, mention
    found_end = spans.get(tokens[j].start)
    if found_end is None or found_end <= tokens[end - 1].end:
        return end, mention
    last = next((n for n in range(end, len(tokens)) if tokens[n].end == found_end), None)
    return (last + 1, None) if last is not None else (end, mention)


VILLAGE_ROLES = {"truong-thon", "pho-truong-thon"}
VILLAGE_WORDS = {"thôn", "ấp", "bản", "xóm", "buôn", "làng", "sóc", "phum"}


def _village_after_holder(tokens: list[Token], first: int, j: int) -> tuple[int, int] | None:
    """Return (start, end) of the village a village head's title ending at tokens[j] names after its holder.

    'ông A, trưởng thôn Đào Xá', 'ông B là thôn trưởng thôn Lò Mé': a capitalised run right after the
    title (or after 'thôn' repeated) names the village when the holder is written before the title.
    """
    if first < 2 or not (
        tokens[first - 1].text in (",", "(", *HYPHENS) or tokens[first - 1].lower in ("là", "làm")
    ):
        return None
    if not (tokens[first - 2].is_word and is_capitalised(tokens[first - 2])):
        return None
    start = j - 1  # 'Trưởng thôn X': the title ends on the village word
    if j < len(tokens) and tokens[j].lower in VILLAGE_WORDS:
        start, j = j, j + 1  # 'Thôn trưởng thôn X', 'Thôn phó thôn X'
    if tokens[start].lower not in VILLAGE_WORDS or j >= len(tokens):
        return None
    run = capital_run(tokens, j) if tokens[j].is_word else 0
    if not 1 <= run <= 3:
        return None
    return start, j + run


def _village_holder_next(ctx: Context, tokens: list[Token], i: int, j: int) -> bool:
    """Whether a full name right after a village head's title (tokens[i:j]) is its holder's.

    'Trưởng thôn Lê Văn A cho biết': a family name and two or more given names, then a verb, a comma
    or the end, name the head, not the village; 'thôn Lê Lợi' (two words, no title) stays a village.
    """
    if _village_word(tokens, i, j) is None or j >= len(tokens) or not tokens[j].is_word:
        return False
    if _village_after_holder(tokens, i, j) is not None:
        return False  # 'ông A, trưởng thôn X Y Z': the holder is named already, X Y Z is the village
    run = capital_run(tokens, j)
    if not 3 <= run <= 4 or not is_surname(ctx, tokens[j].text) or ctx.lex.places.match(tokens, j):
        return False
    after = j + run
    if after < len(tokens) and tokens[after].is_word and is_capitalised(tokens[after]):
        return False
    # 'Trưởng thôn Nguyễn Văn Trỗi, xã X': a village named after a person, its commune next.
    return not (after + 1 < len(tokens) and tokens[after].text == "," and match_level(tokens, after + 1))


def _village_word(tokens: list[Token], i: int, j: int) -> str | None:
    """Return the village word of a village head's title tokens[i:j] ('Trưởng thôn', 'Thôn trưởng')."""
    if tokens[j - 1].lower in VILLAGE_WORDS:
        return tokens[j - 1].lower
    return tokens[i].lower if tokens[i].lower in VILLAGE_WORDS else None


def village_title_before(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Whether a village head's title ends at tokens[j - 1] and the name at tokens[j] is its holder's."""
    for first in range(max(0, j - 3), j - 1):
        match = ctx.lex.roles.match(tokens, first)
        if match and match[1] == j and match[0].key in VILLAGE_ROLES:
            return _village_holder_next(ctx, tokens, first, j)
    return False


def _village_named_elsewhere(ctx: Context, word: str, holder: str) -> str | None:
    """Return the one village the report names with 'thôn X' (for a head whose village is not written)."""
    names = set()
    # A look-ahead, so that 'thôn 6 và thôn X' reads as two villages (one match would swallow both).
    for m in re.finditer(rf"(?<!\w){word}\s+(?=(\w+(?:\s+\w+){{0,3}}))", ctx.text, re.IGNORECASE):
        before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
        if before.rstrip().endswith(("trưởng", "phó")):
            continue  # another head's title: its own next words may be a holder too
        words = m.group(1).split()
        if words[0].isdigit():
            names.add(words[0])
            continue
        run = []
        for w in words:
            if not w[0].isupper():
                break
            run.append(w)
        if run and " ".join(run) != holder and not (len(run) >= 3 and is_surname(ctx, run[0])):
            names.add(" ".join(run))
    return f"{word.capitalize()} {names.pop()}" if len(names) == 1 else None


def _heads_unit(role: Entry) -> bool:
    """Whether a role's last words name the unit it heads ('Trưởng phòng', 'Chánh Văn phòng')."""
    words = role.vi.lower().split()
    if words and words[0] == "phó":
        words = words[1:]
    return bool(words) and (words[0] in ("trưởng", "chánh") or len(words) == 1)


# Posts news reports write as initials, unit and all: 'ĐBQH A' is a deputy of the National Assembly,
# 'Tổng TTCP B' the Inspector General of the Government Inspectorate. (words, role key, title, unit)
ABBREVIATED_POSTS = (
    (("ĐBQH",), "dai-bieu", "Đại biểu", "Quốc hội"),
    (("ĐB",), "dai-bieu", "Đại biểu", "Quốc hội"),
    (("Tổng", "TTCP"), "tong-thanh-tra", "Tổng Thanh tra", "Thanh tra Chính phủ"),
    (("Phó", "Tổng", "TTCP"), "pho-tong-thanh-tra", "Phó Tổng Thanh tra", "Thanh tra Chính phủ"),
    (("Phó", "TTCP"), "pho-tong-thanh-tra", "Phó Tổng Thanh tra", "Thanh tra Chính phủ"),
)
ABBREVIATED_FIRST = frozenset(words[0] for words, *_ in ABBREVIATED_POSTS)


def _glued_apostrophe(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is an apostrophe inside a word ('M’gar', 'H'leo')."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text in ("’", "'")
        and tokens[k].start == tokens[k - 1].end
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].is_word
    )


def _glued_dot(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a dot between two initials of one brand ('PVC.KBC')."""
    return (
        k > 0
        and k + 1 < len(tokens)
        and tokens[k].text == "."
        and tokens[k].start == tokens[k - 1].end
        and tokens[k + 1].start == tokens[k].end
        and tokens[k - 1].text.isupper()
        and tokens[k + 1].is_word
        and tokens[k + 1].text.isupper()
        and len(tokens[k + 1].text) >= 2
    )


def deputy_constituency(ctx: Context, tokens: list[Token], k: int) -> int:
    """Return the index after a deputy's province at tokens[k], or k.

    '(Bến Tre)', '(đoàn Nghệ An)', '(TP Hồ Chí Minh)' or ', đoàn Hà Nội' name the delegation.

    When a dash and a post follow the province, return the dash's index so the chain reads the post.
    """
    if k + 2 >= len(tokens) or tokens[k].text not in ("(", ","):
        return k
    n = k + 1
    if tokens[n].lower == "đoàn":
        n += 1
    elif tokens[k].text == ",":
        return k  # after a comma only 'đoàn X' says it: 'đại biểu A, đoàn Hà Nội'
    kinds = ("province", "former-province", "city", "former-city")
    place = ctx.lex.places.match(tokens, n)
    if not (place and place[0].kind in kinds) and (level := match_level(tokens, n)):
        place = ctx.lex.places.match(tokens, level[1])  # '(TP Hồ Chí Minh)', '(tỉnh Nghệ An)'
    if place and place[0].kind in kinds and place[1] < len(tokens) and tokens[place[1]].text == ")":
        return place[1] + 1
    if place and place[0].kind in kinds and tokens[k].text == ",":
        return place[1]
    if place and place[0].kind in kinds and place[1] + 1 < len(tokens) and tokens[place[1]].text in HYPHENS:
        return place[1]  # '(đoàn Nghệ An - Phó Chủ nhiệm Ủy ban X)': the deputy's post goes on after the dash
    return k


DEPUTIES_DEFINED = re.compile(r"[Đđ]ại biểu ((?:HĐND|Hội đồng nhân dân)[^()]{0,40}?)\s*\(ĐB\)")


# 'ĐB HĐND TP Hà Nội A': the council written once after the initials.
DEPUTIES_NAMED = re.compile(r"\bĐB (HĐND (?:TP\.? ?|tỉnh |thành phố )?[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2})")


def _deputies_body(ctx: Context) -> str | None:
    """Return the council whose deputies the report shortens to 'ĐB': 'đại biểu HĐND TP X (ĐB)'."""
    found = DEPUTIES_DEFINED.search(ctx.text) or DEPUTIES_NAMED.search(ctx.text)
    name_goes_on = found is not None and re.match(r" [A-ZĐ]", ctx.text[found.end() :]) is not None
    place = found.group(1).split() if found else []
    if name_goes_on and len(place) > 3 and is_surname(ctx, place[-1]):
        return " ".join(place[:-1])  # 'ĐB HĐND TP Hà Nội Phạm Thị A': the holder's name begins
    return " ".join(found.group(1).split()) if found else None


def _abbreviated_post(ctx: Context, tokens: list[Token], i: int) -> TitleMention | None:
    """Return the post written as initials at tokens[i] ('ĐBQH', 'Phó TTCP'), or None."""
    if tokens[i].text not in ABBREVIATED_FIRST:
        return None  # asked at every token of every title scan: most tokens start none of them
    for words, role_key, title, unit in ABBREVIATED_POSTS:
        end = i + len(words)
        if tuple(t.text for t in tokens[i:end]) != words:
            continue
        if words == ("ĐB",) and not (end < len(tokens) and person_starts(ctx, tokens, end)):
            continue  # 'ĐB' alone stands for many words; before a full name it is a deputy
        if words == ("ĐB",):
            unit = _deputies_body(ctx) or unit
        role = ctx.lex.gazetteer.roles[role_key]
        status = None
        first = phrase_before(tokens, i, FORMER)
        if first < i:
            status = "former"
        start = tokens[first].start
        return TitleMention(start, tokens[end - 1].end, first, end, role, unit, title, status=status)
    return None


def _after_doer(tokens: list[Token], i: int, role: Entry) -> bool:
    """Tell whether a role named by its act follows 'người' ('người lái xe': the one who drives)."""
    return role.key in VERB_ROLES and i > 1 and tokens[i - 1].lower == DOER


def _role_ends_at(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Tell whether a role's words end right before tokens[k] ('Hiệu phó | kiêm')."""
    return any(
        (m := ctx.lex.roles.match(tokens, b)) is not None and m[1] == k for b in range(max(0, k - 5), k)
    )


def _not_a_post(ctx: Context, tokens: list[Token], i: int, role: Entry, j: int) -> bool:
    """Tell whether the role's words at tokens[i:j] are an act, a board or a task rather than a post."""
    set_off = i - 1 - _after_doer(tokens, i, role)  # the word before the title, 'người' aside
    if (
        role.key in VERB_ROLES
        and tokens[i].lower == role.vi.split()[0].lower()
        and not (
            set_off >= 0
            and (
                tokens[set_off].text in CHAIN_SEPARATORS
                or tokens[set_off].lower in PREDICATE
                # 'Hiệu phó kiêm quản lý trường X': a second post, held with the first.
                or (tokens[set_off].lower == "kiêm" and _role_ends_at(ctx, tokens, set_off))
            )
        )
    ):
        return True  # 'A lái xe Công ty X đi ...', 'lực lượng bảo vệ Công ty Y': a verb, not a post
    if i > 0 and tokens[i - 1].lower == "ban" and role.key in ("giam-doc", "tong-giam-doc"):
        return True  # 'Ban Giám đốc Công an TP': the board of directors, no one's post
    # 'cán bộ phụ trách địa bàn': in charge of a task; 'Phụ trách Phòng X' is a post.
    return (
        role.key == "phu-trach"
        and not is_capitalised(tokens[i])
        # 'A, phụ trách Trung tâm X': set off after a name and before a unit, a post all the same.
        and not (
            i > 0
            and tokens[i - 1].text in CHAIN_SEPARATORS
            and j < len(tokens)
            and is_capitalised(tokens[j])
            and ctx.lex.heads.match(tokens, j)
        )
    )


def _manager_at(tokens: list[Token], i: int) -> tuple[Entry, int] | None:
    """Return (the manager's role, index after) when 'quản lý' is written at tokens[i]."""
    if tuple(t.lower for t in tokens[i : i + 2]) == MANAGER_WORDS:
        return MANAGER, i + 2
    return None


def read_titles(ctx: Context, tokens: list[Token], org_names: dict[str, str]) -> list[TitleMention]:
    """Find every 'role + unit' in a sentence."""
    found: list[TitleMention] = []
    role_words = ctx.lex.roles.first_words
    i = 0
    while i < len(tokens):
        if (
            tokens[i].text not in ABBREVIATED_FIRST
            and tokens[i].lower not in role_words
            and tokens[i].lower != MANAGER_WORDS[0]
        ):
            i += 1  # no post starts here (most words): three look-ups rather than two calls
            continue
        if (short := _abbreviated_post(ctx, tokens, i)) is not None:
            found.append(short)
            i = short.last
            continue
        match = ctx.lex.roles.match(tokens, i) or _manager_at(tokens, i)
        if not match:
            i += 1
            continue
        role, j = match
        if _not_a_post(ctx, tokens, i, role, j):
            i = j
            continue
        title = _title_words(ctx, tokens, i, role, j)
        post = _title_post(ctx, tokens, title, found, org_names)
        if post is not None:
            found.append(post)
        i = max(post.last, title.j) if post is not None else title.j
    return found


@dataclass
class _TitleRead:
    """A title as it is read: its own words, and the unit found for it so far."""

    i: int  # the role's first word
    j: int  # after the title's words (the role's and its qualifier's)
    role: Entry
    role_end: int  # after the role's own words, before any qualifier
    qualifier: int  # after the qualifying words that follow the role, if any
    first: int  # the title's first word ('người', 'quyền', 'nguyên' before the role)
    text: str  # the title as the report gives it
    status: str | None  # 'former' for a past post
    lower: bool  # the role is written in lower case
    inner: int | None  # the role's last words are the unit's head ('Trưởng Công an xã')
    unit: tuple[int, OrgMention | None] | None = None  # the unit as read after the title, if it was
    org: str | None = None  # the unit's name
    end: int = 0  # after what was read with the title
    of_start: int | None = None  # where the unit starts when written after 'của'
    led: bool = False  # written before 'do A làm <title>'
    implied: bool = False  # not written with the title: the one the report names

    def post(
        self, tokens: list[Token], org: str | None, end: int | None = None, **marks: bool
    ) -> TitleMention:
        """Return the post in `org`, its mention ending before tokens[end] (the title's end if None)."""
        last = self.j if end is None else end
        return TitleMention(
            tokens[self.first].start, tokens[last - 1].end, self.first, last, self.role, org, self.text,
            status=self.status, **marks,
        )  # fmt: skip


def _title_words(ctx: Context, tokens: list[Token], i: int, role: Entry, j: int) -> _TitleRead:
    """Read the title's own words: its qualifier, its text, and 'quyền', 'tân' or 'nguyên' before it."""
    lower = not is_capitalised(tokens[i])
    role_end = j
    # 'Phó Chủ tịch không chuyên trách UB X', 'Phó Trưởng ban thường trực Ban Y': the title's own words.
    qualifier = phrase_at(tokens, j, QUALIFIERS)
    if qualifier > j and (
        not is_capitalised(tokens[j])
        # 'Phó Trưởng ban Thường trực Ban Chỉ đạo X': capitalised, but the unit is written after it.
        or (qualifier < len(tokens) and ctx.lex.heads.match(tokens, qualifier))
    ):
        j = qualifier
    title_text = " ".join(ctx.text[tokens[i].start : tokens[j - 1].end].split())
    title_text = title_text[:1].upper() + title_text[1:]
    if any(tokens[n].text in ("GĐ", "PGĐ", "TGĐ") for n in range(i, j)):
        title_text = role.vi  # 'GĐ Sở Y tế': the title in full, as annotators write it
    # The title is the role's words; its mention takes 'người' in.
    first = i - 1 if _after_doer(tokens, i, role) else i
    status = None
    # 'quyền Chánh Thanh tra': an acting head; 'tân Phó Bí thư': a new one.
    if i > 0 and tokens[i - 1].lower == "quyền":
        title_text = f"Quyền {title_text}"
        first = i - 1
    elif i > 0 and tokens[i - 1].lower == "tân":
        first = i - 1
    before = phrase_before(tokens, first, FORMER)
    if before < first:
        status, first = "former", before
    inner = _head_in_title(ctx, tokens, i, role, j)
    return _TitleRead(i, j, role, role_end, qualifier, first, title_text, status, lower, inner)


def _head_in_title(ctx: Context, tokens: list[Token], i: int, role: Entry, j: int) -> int | None:
    """Return how many of the title's last words are the head of its unit ('Trưởng Công an xã'), or None."""
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
    if (
        inner == 1
        and tokens[j - 2].lower == "văn"
        and j < len(tokens)
        and tokens[j].is_word
        and (
            not is_capitalised(tokens[j])
            # 'Trưởng Văn phòng Luật sư X', 'Văn phòng Công chứng Y': a practice, not an office of X
            or tuple(t.lower for t in tokens[j : j + 2]) in PRACTICE_OFFICES
        )
    ):
        inner = 2  # 'Trưởng văn phòng luật sư X': the office is 'Văn phòng luật sư X', not a 'phòng'
    if inner is None:
        # 'Phó Trưởng khoa Chẩn đoán hình ảnh', 'Trưởng bộ môn Luật hình sự': the faculty (or
        # academic department) the title heads.
        inner = next(
            (n for n in (2, 1) if j - n > i and (m := post_heads().match(tokens, j - n)) and m[1] == j),
            None,
        )
    if inner is None and j - 1 > i and tokens[j - 1].text == "CA" and match_level(tokens, j):
        inner = 1  # 'Trưởng CA quận X': the police of that place, by its initials
    if inner is None and j - 1 > i and tokens[j - 1].text in POLICE_INITIALS:
        inner = 1  # 'Trưởng CAQ Hoàn Kiếm': the initials take in the level, the place follows
    if not _heads_unit(role):
        inner = None  # 'Cán bộ Phòng X' is staff of the division, not a 'bộ'
    return inner


def _title_post(
    ctx: Context, tokens: list[Token], t: _TitleRead, found: list[TitleMention], org_names: dict[str, str]
) -> TitleMention | None:
    """Find the title's unit, where it is written or where the report names it; return the post, or None."""
    if t.role.key in VILLAGE_ROLES and _village_holder_next(ctx, tokens, t.i, t.j):
        return _village_head_post(ctx, tokens, t)
    _unit_headed_in_title(ctx, tokens, t)
    if t.org is None:
        _unit_after_title(ctx, tokens, t)
    if t.org is None and (post := _unit_not_written(ctx, tokens, t, org_names)) is not None:
        return post
    _unit_found_another_way(ctx, tokens, t, found, org_names)
    if t.org and t.unit is not None:
        _unit_ends_before_rank(ctx, tokens, t)
    if t.org and t.unit is not None and t.org.endswith(tokens[t.end - 1].text):
        _unit_name_goes_on(tokens, t)
    completed_place = _place_completed(ctx, tokens, t)
    _clinic_title(t)
    if not t.org:
        return None
    return t.post(
        tokens, t.org, t.end,
        completed=completed_place, of=t.of_start is not None, led=t.led, implied=t.implied,
    )  # fmt: skip


def _village_head_post(ctx: Context, tokens: list[Token], t: _TitleRead) -> TitleMention:
    """Return the post of a village head written before the holder's name."""
    # 'Trưởng thôn Lê Văn A cho biết': the name is the head's; the village, if any, is the
    # one the report names elsewhere.
    holder = " ".join(tok.text for tok in tokens[t.j : t.j + capital_run(tokens, t.j)])
    village = _village_named_elsewhere(ctx, _village_word(tokens, t.i, t.j) or "", holder)
    return t.post(tokens, village)


def _unit_headed_in_title(ctx: Context, tokens: list[Token], t: _TitleRead) -> None:
    """Read the unit whose head word ends the title ('Trưởng Công an xã X' is in 'Công an xã X')."""
    if not t.inner:
        return
    i, j, inner = t.i, t.j, t.inner
    t.unit = read_unit(ctx, tokens, j - inner, absorbed=True)
    if t.unit is None:
        return
    end, mention = t.unit
    t.end = end
    if mention is not None and mention.child is not None and not mention.specs and not mention.level:
        # 'Chánh Thanh tra Bộ Nội vụ', 'Chánh Văn phòng Sở Y tế': the post is in the unit named.
        child_start = next(n for n, tok in enumerate(tokens) if tok.start >= mention.child.start)
        t.org = unit_name(ctx, tokens, child_start, end, mention.child)
    elif j + 1 < end and tokens[j].text in HYPHENS:
        # 'Chánh Văn phòng - Tổng cục X': the head's own unit is the one after the dash.
        t.org = unit_name(ctx, tokens, j + 1, end, None)
    else:
        if (
            inner == 2 or tokens[j - 1].text == "CA" or tokens[j - 1].text in POLICE_INITIALS
        ) and t.role.key not in WHOLE_TITLES:
            # 'Trưởng Công an xã X': the role word alone, the unit is 'Công an xã X'.
            title_text = " ".join(ctx.text[tokens[i].start : tokens[j - inner - 1].end].split())
            title_text = title_text[:1].upper() + title_text[1:]
            if t.first < i and tokens[t.first].lower == "quyền":
                title_text = f"Quyền {title_text}"
            t.text = title_text
        t.org = unit_name(ctx, tokens, j - inner, end, mention)


def _unit_after_title(ctx: Context, tokens: list[Token], t: _TitleRead) -> None:
    """Read the unit written after the title: next to it, after 'của' ('of') or after a dash."""
    j, role = t.j, t.role
    of_start: int | None = None  # where the unit starts when written after 'của'
    unit = read_unit(ctx, tokens, j)
    if (
        unit is None
        and role.key in ROLE_HEADS
        and j < len(tokens)
        and tokens[j].lower == ROLE_HEADS[role.key].lower()
    ):
        # 'Bộ trưởng bộ Lao động, thương binh và xã hội': the role's own head in lower case.
        unit = read_unit(ctx, tokens, j, absorbed=True)
    if (
        unit is None
        and role.key in ROLE_HEADS
        and (own := ctx.lex.heads.match(tokens, j))
        and is_capitalised(tokens[j])
        and key(ctx.text[tokens[j].start : tokens[own[1] - 1].end]) == key(ROLE_HEADS[role.key])
        and (lower := _lower_name_end(ctx, tokens, own[1]))
    ):
        # 'Cục trưởng Cục đăng ký quốc gia giao dịch bảo đảm, Bộ X': the role's own head, then
        # the unit's name in lower case up to the comma.
        unit = lower, None
    if unit is None and _unit_after_of(ctx, tokens, role, j):
        # 'người phát ngôn của Bộ Ngoại giao': the unit after 'of'.
        unit, of_start = read_unit(ctx, tokens, j + 1), j + 1
    if unit is None and _unit_after_dash(ctx, tokens, j):
        # 'nguyên điều tra viên cao cấp - Cơ quan CSĐT Bộ Công an': the unit after a dash.
        unit, of_start = read_unit(ctx, tokens, j + 1), j + 1
    t.unit, t.of_start = unit, of_start
    if unit is not None:
        end, mention = unit
        end, mention = _as_far_as_found(ctx, tokens, of_start or j, end, mention)
        org_text = unit_name(ctx, tokens, of_start or j, end, mention)
        if (
            role.key in ROLE_HEADS
            and of_start is None
            and is_abbreviation(tokens[j])
            and not ctx.lex.heads.match(tokens, j)
            and not key(org_text).startswith(key(ROLE_HEADS[role.key]))
        ):
            # 'Đội phó TTGT TP X': the team is 'Đội TTGT TP X', its head word left out.
            org_text = f"{ROLE_HEADS[role.key]} {org_text}"
        t.end, t.org = end, org_text


def _unit_after_of(ctx: Context, tokens: list[Token], role: Entry, j: int) -> bool:
    """Tell whether a unit is written after 'của' at tokens[j] ('of'), or after 'thuộc' or 'tại' for staff."""
    return (
        j + 1 < len(tokens)
        and (
            tokens[j].lower == "của"
            # 'cán bộ thuộc Công an huyện X', 'bác sĩ tại Bệnh viện Y': staff of the unit.
            or (tokens[j].lower in ("thuộc", "tại") and role.kind == "member")
        )
        and (
            (
                is_capitalised(tokens[j + 1])
                # 'Khoa Nội' opens with a soft head: a unit too when parse_org reads it so.
                and (ctx.lex.heads.match(tokens, j + 1) or parse_org(ctx, tokens, j + 1) is not None)
            )
            # 'giáo viên tại trường Mầm non X': a lower-case head before the unit's name.
            or post_heads().match(tokens, j + 1) is not None
            # 'Kế toán trưởng của PVN': a company known by its brand.
            or (role.key in COMPANY_ROLES and is_brand(tokens[j + 1]))
            # 'nhân viên của tiệm vàng X': a shop named after its trade.
            or _shop(ctx, tokens, j + 1) is not None
        )
    )


def _unit_after_dash(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Tell whether a unit's specific name follows a dash at tokens[j]."""
    return (
        j + 1 < len(tokens)
        and tokens[j].text in HYPHENS
        and is_capitalised(tokens[j + 1])
        and not person_starts(ctx, tokens, j + 1)
        and (named := parse_org(ctx, tokens, j + 1)) is not None
        and named.specific
    )


def _unit_not_written(
    ctx: Context, tokens: list[Token], t: _TitleRead, org_names: dict[str, str]
) -> TitleMention | None:
    """Name the unit a place or field after the title stands for; return the post if the role implies it."""
    j, role = t.j, t.role
    t.end = j
    party_role = role.key in PARTY_ROLES
    if (role.key in COMMITTEE_ROLES or party_role) and (level := match_level(tokens, j)):
        _committee_of_place(ctx, tokens, t, level, org_names)
    elif (
        (role.key in COMMITTEE_ROLES or party_role)
        and (province := ctx.lex.places.match(tokens, j))
        and province[0].kind in ("city", "province", "former-city", "former-province")
        and province[1] < len(tokens)
        and person_starts(ctx, tokens, province[1])
    ):
        # 'Chủ tịch Hà Nội Nguyễn Văn A', 'Bí thư Đà Nẵng B': the province's committee, its
        # level word left out before the holder's name.
        t.end = province[1]
        city = province[0].kind.endswith("city")
        level_word = "thành phố" if city else "tỉnh"
        org_text = org_names.get(org_key(ctx, f"Ủy ban nhân dân {level_word} {province[0].vi}"))
        org_text = org_text or f"UBND {'TP' if city else 'tỉnh'} {province[0].vi}"
        if party_role:
            org_text = _party_committee(f"UBND {level_word} {province[0].vi}")
        t.org = org_text
    elif role.key in ROLE_HEADS and (
        (initials := field_initials(tokens, j)) or (run := non_name_capitals(ctx, tokens, j))
    ):
        # 'Bộ trưởng Y tế Nguyễn Văn A', 'Bộ trưởng NN-PTNT B': the ministry without its head word.
        end = j + initials if initials else max(j + run, _unit_tail(ctx, tokens, j))
        _unit_without_head_word(ctx, tokens, t, end, initials)
    elif (
        role.key in IMPLIED_UNIT
        and not t.lower
        and not country_at(tokens, j)
        # A foreign leader's name ('Thủ tướng Dmitry Medvedev') heads another government.
        and not (j < len(tokens) and is_capitalised(tokens[j]) and not is_surname(ctx, tokens[j].text))
    ):
        return t.post(tokens, _member_committee(ctx, role, IMPLIED_UNIT[role.key]))
    return None


def _committee_of_place(
    ctx: Context, tokens: list[Token], t: _TitleRead, level: tuple[str, int], org_names: dict[str, str]
) -> None:
    """Name the committee of the place a level word opens after the title ('Chủ tịch xã X')."""
    # 'Chủ tịch xã X', 'Chủ tịch TP Y': the post in that place's People's Committee.
    j = t.j
    party_role = t.role.key in PARTY_ROLES
    end = level[1]
    if party_role and end < len(tokens) and tokens[end].lower in ("ủy", "uỷ"):
        end += 1  # 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện X': the committee's head, whole
    level_text = " ".join(ctx.text[tokens[j].start : tokens[end - 1].end].split())
    end, place_name, place_text = _place_after_level(ctx, tokens, end, level[0])
    t.end = end
    if place_name:
        org_text = org_names.get(org_key(ctx, f"Ủy ban nhân dân {level[0]} {place_name}"))
        org_text = org_text or f"UBND {level_text} {' '.join(str(place_text).split())}"
        if party_role:
            # 'Bí thư thị trấn X': the secretary of the town's party committee.
            org_text = _party_committee(f"UBND {level[0]} {' '.join(str(place_text).split())}")
        t.org = org_text


def _place_after_level(
    ctx: Context, tokens: list[Token], end: int, level_word: str
) -> tuple[int, str | None, str | None]:
    """Read the place after a level word ending before tokens[end]: return its end, name and text."""
    place = ctx.lex.places.match(tokens, end)
    place_name = place_text = None
    if place:
        place_name, place_text = (
            place[0].vi,
            ctx.text[tokens[end].start : tokens[place[1] - 1].end],
        )
        end = place[1]
    else:
        run = place_before_name(ctx, tokens, end)
        while (
            not place_before_name(ctx, tokens, end)
            and end + run < len(tokens)
            and run < 4
            and tokens[end + run].is_word
            and is_capitalised(tokens[end + run])
            and not person_starts(ctx, tokens, end + run)
            and tokens[end + run].text not in SENTENCE_OPENERS
        ):
            run += 1
        if (
            not run
            and end < len(tokens)
            and tokens[end].is_number
            and len(tokens[end].text) <= 2
            and level_word in ("phường", "quận")
        ):
            run = 1  # 'Phó Chủ tịch phường 8': a ward or district known by its number
        if run:
            place_name = place_text = ctx.text[tokens[end].start : tokens[end + run - 1].end]
            end += run
        elif level_word in ctx.default_place:
            place_name = place_text = ctx.default_place[level_word].vi
    return end, place_name, place_text


def _unit_without_head_word(
    ctx: Context, tokens: list[Token], t: _TitleRead, end: int, initials: int
) -> None:
    """Name the unit a role named for its head word writes without it ('Bộ trưởng Y tế': 'Bộ Y tế')."""
    j = t.j
    head_word = ROLE_HEADS[t.role.key]
    if initials and head_word == "Đội" and (level := match_level(tokens, end)):
        # 'Đội phó TTGT huyện X': the team of that place, its head word left out.
        end = level[1] + non_name_capitals(ctx, tokens, level[1])
    written = " ".join(ctx.text[tokens[j].start : tokens[end - 1].end].split())
    org_text: str | None = written if key(written).startswith(key(head_word)) else f"{head_word} {written}"
    if key(org_text) == key(head_word) or key(head_word).startswith(f"{key(written)} "):
        # 'Đội phó Đội phòng ngừa ...', 'Chi cục phó Chi cục quản lý ... xảy ra': a unit
        # the reader could not name ('Chi' is the first half of the head word).
        org_text = None
    t.end, t.org = end, org_text


def _unit_found_another_way(
    ctx: Context, tokens: list[Token], t: _TitleRead, found: list[TitleMention], org_names: dict[str, str]
) -> None:
    """Find a unit not read in place: other ways, the one 'do A làm <title>' leads, one named elsewhere."""
    # Not read in place: the other ways a title's unit is found, tried in turn until one answers.
    site = _TitleSite(
        ctx, tokens, t.i, t.first, t.j, t.end, t.role, t.inner, t.role_end, t.qualifier, found, org_names
    )
    if t.org is None and (answer := _first_answer(site, UNIT_WAYS)) is not None:
        t.end, t.org, t.led = answer.end, answer.name, answer.led
        if answer.read is not None:
            t.unit = answer.read
        if answer.title_end is not None:
            # 'cán bộ hành chính của Bệnh viện X', 'cán bộ địa chính xã X': the title takes its
            # qualifying words, the unit follows.
            title_text = " ".join(ctx.text[tokens[t.i].start : tokens[answer.title_end - 1].end].split())
            t.text = title_text[:1].upper() + title_text[1:]
            t.j = answer.title_end
    # 'do A làm <title>' comes after every unit written near the title; and a bare board found so
    # far ('HĐQT') is the board of the unit so led, whichever way found it.
    if t.org is None and (led_by := _led_unit(ctx, tokens, t.first, org_names)) is not None:
        t.end, t.org, t.led = t.j, led_by, True  # 'Công ty X (do ông A làm giám đốc)'
    elif t.org in BARE_BOARDS and (led_by := _led_unit(ctx, tokens, t.first, org_names)) is not None:
        t.org, t.led = f"{t.org} {led_by}", True  # 'Cty X (do bà A làm Chủ tịch HĐQT)'
    # None written near the title: the unit the report names elsewhere, and the post says so.
    if t.org is None and (answer := _first_answer(site, ELSEWHERE_WAYS)) is not None:
        t.end, t.org, t.implied = answer.end, answer.name, True


def _unit_ends_before_rank(ctx: Context, tokens: list[Token], t: _TitleRead) -> None:
    """End the unit's name where the holder's rank or degree begins."""
    org_text, end = str(t.org), t.end
    ranked = [
        n
        for n in range(t.j + 1, end)
        if is_capitalised(tokens[n])
        and (
            ctx.lex.ranks.match(tokens, n)
            # 'Giám đốc Sở Y tế TS A': the holder's degree, then the name.
            or (tokens[n].text in DEGREE_INITIALS and n + 1 == end and person_starts(ctx, tokens, end))
        )
    ]
    cut = ranked[0] if ranked else None
    tail = " ".join(tok.text for tok in tokens[cut:end]) if cut is not None else ""
    if cut is not None and org_text.endswith(tail):
        # 'Trưởng Công an huyện X Đại tá A': the unit ends where the holder's rank begins.
        t.org, t.end = org_text[: -len(tail)].rstrip(), cut


def _unit_name_goes_on(tokens: list[Token], t: _TitleRead) -> None:
    """Take in a place's or brand's last words glued on by an apostrophe or a dot."""
    org_text, end = str(t.org), t.end
    if (
        end + 2 < len(tokens)
        and tokens[end].is_word
        and tokens[end].text.isupper()
        and len(tokens[end].text) <= 2
        and _glued_apostrophe(tokens, end + 1)
    ):
        # 'Huyện ủy Đắk R’lấp': a place's last word opens with a letter and an apostrophe.
        org_text += " " + tokens[end].text
        end += 1
    while _glued_apostrophe(tokens, end) or _glued_dot(tokens, end):
        # 'Công an huyện Cư M’gar': the place's name goes on after its apostrophe;
        # 'Công ty PVC.KBC': a brand's initials go on after a dot.
        org_text += tokens[end].text + tokens[end + 1].text
        end += 2
    t.org, t.end = org_text, end


def _place_completed(ctx: Context, tokens: list[Token], t: _TitleRead) -> bool:
    """Tell whether the unit read after the title has a place the title did not write."""
    if not (t.org and t.unit is not None):
        return False
    written = " ".join(
        BRACKET_RE.sub("", ctx.text[tokens[t.j - (t.inner or 0)].start : tokens[t.end - 1].end]).split()
    )
    return not key(written).endswith(key(t.org))


def _clinic_title(t: _TitleRead) -> None:
    """Give a clinic's head the title in full: 'Trưởng Phòng khám X'."""
    if (
        t.org
        and t.role.key in ("truong-phong", "pho-truong-phong")
        and t.org.lower().startswith("phòng khám")
        and t.text.lower().endswith("phòng")
    ):
        t.text = f"{t.text} {t.org.split()[1]}"  # 'Trưởng Phòng khám X': a clinic's head


@dataclass(frozen=True)
class _TitleSite:
    """A title as read so far: what the ways of finding its unit look at."""

    ctx: Context
    tokens: list[Token]
    i: int  # the role's first word
    first: int  # the title's first word ('quyền', 'nguyên' before the role)
    j: int  # after the title's words
    end: int  # after what was read with them so far ('Chủ tịch xã' with no place named)
    role: Entry
    inner: int | None  # the role's last words are the unit's head ('Trưởng Công an xã')
    role_end: int  # after the role's own words, before any qualifier
    qualifier: int  # after the qualifying words that follow the role, if any
    found: list[TitleMention]  # the sentence's titles before this one
    org_names: dict[str, str]


@dataclass(frozen=True)
class _UnitFound:
    """One way's answer: the title's unit and where the mention ends."""

    end: int  # after the mention
    name: str
    read: tuple[int, OrgMention | None] | None = None  # the unit as read after the title, if it was
    title_end: int | None = None  # the title takes the words up to here ('cán bộ địa chính')
    led: bool = False  # written before 'do A làm <title>'


UnitWay = Callable[[_TitleSite], "_UnitFound | None"]


def _first_answer(site: _TitleSite, ways: tuple[UnitWay, ...]) -> _UnitFound | None:
    """Try the ways in turn: return the first answer."""
    return next((answer for way in ways if (answer := way(site)) is not None), None)


def _unit_after_initials(site: _TitleSite) -> _UnitFound | None:
    """Read 'công nhân (CN) Cty X': the title's initials in brackets, then its unit."""
    tokens, j = site.tokens, site.j
    if not (
        j + 3 < len(tokens)
        and tokens[j].text == "("
        and tokens[j + 2].text == ")"
        and is_abbreviation(tokens[j + 1])
        and is_capitalised(tokens[j + 3])
        and (after_initials := read_unit(site.ctx, tokens, j + 3)) is not None
    ):
        return None
    end, mention = after_initials
    return _UnitFound(end, unit_name(site.ctx, tokens, j + 3, end, mention), read=after_initials)


def _unit_in_brackets(site: _TitleSite) -> _UnitFound | None:
    """Read 'Chánh văn phòng (Công an tỉnh X)': the unit in brackets right after a title written bare."""
    ctx, tokens, j = site.ctx, site.tokens, site.j
    if not (
        j + 2 < len(tokens)
        and tokens[j].text == "("
        and is_capitalised(tokens[j + 1])
        and not ctx.lex.roles.match(tokens, j + 1)
        and not person_starts(ctx, tokens, j + 1)
        and (inside := read_unit(ctx, tokens, j + 1)) is not None
        and inside[1] is not None
        and inside[0] < len(tokens)
        and tokens[inside[0]].text == ")"
    ):
        return None
    end, mention = inside
    # The mention takes the closing bracket in, so a post chained after it is read on from there.
    return _UnitFound(end + 1, unit_name(ctx, tokens, j + 1, end, mention), read=inside)


def _owner_after_comma(site: _TitleSite) -> _UnitFound | None:
    """Read 'Phó chánh thanh tra, Sở GTVT tỉnh X': the inspectorate (or office) is that body's own."""
    ctx, tokens, j = site.ctx, site.tokens, site.j
    if not (
        site.role.key in WHOLE_TITLES
        and j + 1 < len(tokens)
        and tokens[j].text == ","
        and ctx.lex.heads.match(tokens, j + 1)
        and not ctx.lex.roles.match(tokens, j + 1)
        and (parent := read_unit(ctx, tokens, j + 1)) is not None
        and parent[1] is not None
    ):
        return None
    end, mention = parent
    return _UnitFound(end, unit_name(ctx, tokens, j + 1, end, mention), read=parent)


def _village_after_its_head(site: _TitleSite) -> _UnitFound | None:
    """Read 'ông A, trưởng thôn Đào Xá': the village named after a head whose holder is named before."""
    if site.role.key not in VILLAGE_ROLES:
        return None
    # The holder is named already, so the village's name is no holder's though it opens like a
    # family name.
    village = _village_after_holder(site.tokens, site.first, site.j)
    if village is None:
        return None
    v_start, end = village
    return _UnitFound(end, unit_name(site.ctx, site.tokens, v_start, end, None), read=(end, None))


def _unit_after_qualified_staff(site: _TitleSite) -> _UnitFound | None:
    """Read 'cán bộ hành chính của Bệnh viện X', 'nhân viên bảo vệ tại Trung tâm Y': words, then the unit."""
    if site.role.kind != "member" or not (qualified := _qualified_unit(site.ctx, site.tokens, site.j)):
        return None
    q_end, u_start, end, mention = qualified
    name = unit_name(site.ctx, site.tokens, u_start, end, mention)
    return _UnitFound(end, name, read=(end, mention), title_end=q_end)


def _commune_of_staff(site: _TitleSite) -> _UnitFound | None:
    """Read 'cán bộ địa chính xã X': the field is part of the title, the commune's committee the unit."""
    if not (
        site.role.key in COMMUNE_STAFF
        and site.qualifier <= site.role_end  # 'cán bộ phụ trách địa bàn xã X': in charge of a task there
        and (staff := _commune_staff(site.ctx, site.tokens, site.j))
    ):
        return None
    q_end, end, name = staff
    return _UnitFound(end, name, read=(end, None), title_end=q_end)


def _unit_by_head(site: _TitleSite) -> _UnitFound | None:
    """Read a unit written by its head alone after the title ('Giám đốc Sở')."""
    bare = _bare_unit(site.ctx, site.tokens, site.j, site.org_names, site.role)
    return None if bare is None else _UnitFound(*bare)


def _unit_by_head_after_of(site: _TitleSite) -> _UnitFound | None:
    """Read 'chuyên viên của Sở', 'bảo vệ của bệnh viện': staff of the one such unit named."""
    tokens, j = site.tokens, site.j
    if not (
        (site.role.kind == "member" or site.role.key in COMPANY_ROLES)
        and j + 1 < len(tokens)
        and tokens[j].lower == "của"
        # 'của' + a head in lower case ('kế toán trưởng của công ty', 'bảo vệ của bệnh viện') is the
        # one such unit the report names, as the head written right after the title already is.
        and (bare := _bare_unit(site.ctx, tokens, j + 1, site.org_names, site.role)) is not None
        # 'không phải nhân viên của công ty ông A': A's company, and the post is not A's.
        and not (
            bare[0] < len(tokens)
            and (tokens[bare[0]].lower in HONORIFICS or person_starts(site.ctx, tokens, bare[0]))
        )
    ):
        return None
    return _UnitFound(*bare)


def _unit_of_list(site: _TitleSite) -> _UnitFound | None:
    """Read a bare post after a name in a list: the unit of the post before it."""
    ctx, tokens, first, found = site.ctx, site.tokens, site.first, site.found
    if (listed := _listed_unit(ctx, tokens, first, site.j, site.role, found)) is None:
        return None
    if (
        site.role.key in COMPANY_ROLES
        and (company := _company_just_named(ctx, tokens, first, site.j, site.org_names, found))
        and ctx.text.rfind(company, 0, tokens[first].start) > found[-1].end
    ):
        return None  # 'A, Giám đốc Công ty X; Công ty Y, do B, Giám đốc': a company named since is B's
    return _UnitFound(site.j, listed)


def _district_committee_alone(site: _TitleSite) -> _UnitFound | None:
    """Read 'Quận ủy', 'Huyện ủy' written alone after the title."""
    committee = _district_committee(site.ctx, site.tokens, site.j)
    return None if committee is None else _UnitFound(*committee)


def _commune_of_police_aide(site: _TitleSite) -> _UnitFound | None:
    """Read the commune after 'công an viên': 'Công an xã X' is the unit."""
    if site.role.key != "cong-an-vien" or not (police := _commune_police(site.ctx, site.tokens, site.j)):
        return None
    return _UnitFound(*police)


def _committee_in_lower_case(site: _TitleSite) -> _UnitFound | None:
    """Read a party committee written in lower case: 'huyện ủy Kim Sơn'."""
    party = _lower_committee(site.ctx, site.tokens, site.j)
    return None if party is None else _UnitFound(*party)


FACULTY = "khoa"  # a hospital's ward or a university's faculty, often named in lower case
FACULTY_ENDS = {"(", ",", "-", "–", "—", "của", "thuộc", ")", ".", ";"}


def _faculty_in_lower_case(site: _TitleSite) -> _UnitFound | None:
    """Read a ward or faculty named in lower case: 'Trưởng khoa dịch tễ của Trung tâm X', 'chủ nhiệm
    khoa cầu đường, Trường Y', 'Trưởng khoa khám, điều trị chuyên khoa HIV/AIDS (Trung tâm Z)'.

    The name runs over lower-case words (a field's initials too, 'HIV/AIDS'), across a comma that a
    lower-case word follows, up to a bracket, a comma, a dash, 'của' or 'thuộc'.
    """
    tokens = site.tokens
    head = site.j - 1 if site.inner == 1 else site.j
    if head >= len(tokens) or tokens[head].lower != FACULTY:
        return None
    k = head + 1
    end = k
    while end < len(tokens) and end - k <= 14:
        tok = tokens[end]
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if tok.text == "," and after is not None and after.is_word and after.text[:1].islower():
            end += 1  # 'khoa khám, điều trị ...': the name's own comma
            continue
        if tok.lower in FACULTY_ENDS or not (
            (tok.is_word and tok.text[:1].islower()) or is_abbreviation(tok) or tok.text == "/"
        ):
            break
        if end + 1 < len(tokens) and (
            (tok.lower, tokens[end + 1].lower) in SAYING_PAIRS
            or (tok.text, tokens[end + 1].text) in VERB_PAIRS
            or (tok.lower, tokens[end + 1].lower) == ("cho", "biết")
        ):
            return None  # 'trưởng khoa cho biết': the clause goes on, no ward is named
        end += 1
    if end == k or end >= len(tokens) or tokens[end].lower not in FACULTY_ENDS:
        return None
    if not any(t.is_word and t.text[:1].islower() for t in tokens[k:end]):
        return None
    name = " ".join(site.ctx.text[tokens[k].start : tokens[end - 1].end].split())
    return _UnitFound(end, f"Khoa {name}", read=(end, None))


def _team_of_leader(site: _TitleSite) -> _UnitFound | None:
    """Read a team leader's team, after the title or before 'do A làm' (which sets led)."""
    if site.role.key not in TEAM_ROLES or not (team := _team_unit(site.ctx, site.tokens, site.first, site.j)):
        return None
    end, name, led = team
    return _UnitFound(end, name, led=led)


# Ways a title's unit is written near it, tried in this order when it was not read in place.
UNIT_WAYS: tuple[UnitWay, ...] = (
    _unit_after_initials,
    _unit_in_brackets,
    _owner_after_comma,
    _village_after_its_head,
    _unit_after_qualified_staff,
    _commune_of_staff,
    _unit_by_head,
    _unit_by_head_after_of,
    _unit_of_list,
    _district_committee_alone,
    _commune_of_police_aide,
    _committee_in_lower_case,
    _faculty_in_lower_case,
    _team_of_leader,
)


def _unit_named_elsewhere(site: _TitleSite) -> _UnitFound | None:
    """Read a title whose unit the report names only elsewhere."""
    implied = _implied_unit(site.ctx, site.tokens, site.j, site.role, site.inner, site.org_names)
    return None if implied is None else _UnitFound(*implied)


def _unit_just_named(site: _TitleSite) -> _UnitFound | None:
    """Read 'Trung tâm này' after a title: the unit of that kind just named."""
    this = _this_unit(site.ctx, site.tokens, site.j, site.org_names)
    return None if this is None else _UnitFound(*this)


def _company_of_officer(site: _TitleSite) -> _UnitFound | None:
    """Read a company officer's bare title: the company just named."""
    if site.role.key not in COMPANY_ROLES:
        return None
    company = _company_just_named(site.ctx, site.tokens, site.first, site.j, site.org_names, site.found)
    return _UnitFound(site.end, company) if company else None


INVESTIGATORS = {"dieu-tra-vien", "dieu-tra-vien-cao-cap", "dieu-tra-vien-trung-cap"}
INVESTIGATING_HEADS = {"investigation-agency", "division", "team"}


def _agency_of_investigator(site: _TitleSite) -> _UnitFound | None:
    """Read an investigator's bare title: the investigation agency (or its division, team) the sentence
    names before it ('liên hệ Cơ quan CSĐT Công an quận X ... hoặc điều tra viên A', 'ông A, Điều tra
    viên của cơ quan này').
    """
    ctx, tokens, j = site.ctx, site.tokens, site.j
    if site.role.key not in INVESTIGATORS:
        return None
    this = j + 2 < len(tokens) and [t.lower for t in tokens[j : j + 3]] == ["của", "cơ", "quan"]
    end = j + 4 if this and j + 3 < len(tokens) and tokens[j + 3].lower == "này" else j
    alone = j == len(tokens) or tokens[j].lower in NO_UNIT_AFTER or _holder_next(ctx, tokens, j)
    if end == j and not alone:
        return None  # something goes on after the title that may name another unit
    before = ctx.text[tokens[0].start : tokens[site.first].start]
    post_units: dict[str, str] = ctx.cache.get("post units", {})  # type: ignore[assignment]
    named = []
    for name in set(site.org_names.values()) | set(post_units.values()):
        head = ctx.lex.heads.match(tokenize(name), 0)
        if head is not None and head[0].key in INVESTIGATING_HEADS and (at := before.rfind(name)) >= 0:
            named.append((at + len(name), len(name), name))
    return _UnitFound(end, max(named)[2]) if named else None


def _committee_of_chair(site: _TitleSite) -> _UnitFound | None:
    """Read 'Chủ tịch A', 'A, Chủ tịch cho biết': the one people's committee named."""
    if site.role.key not in CHAIRS:
        return None
    chaired = _chaired_alone(site.ctx, site.tokens, site.i, site.j, site.org_names)
    return _UnitFound(site.end, chaired) if chaired else None


def _committee_of_secretary(site: _TitleSite) -> _UnitFound | None:
    """Read 'ông A, Bí thư cho biết': the one party committee named."""
    if site.role.key not in PARTY_ROLES:
        return None
    led_by = _secretary_alone(site.ctx, site.tokens, site.i, site.j, site.org_names)
    return _UnitFound(site.end, led_by) if led_by else None


# Ways a title's unit is found when none is written near it: the report names it elsewhere.
ELSEWHERE_WAYS: tuple[UnitWay, ...] = (
    _unit_named_elsewhere,
    _unit_just_named,
    _company_of_officer,
    _agency_of_investigator,
    _committee_of_chair,
    _committee_of_secretary,
)


COMMITTEE_LEVELS = {"tinh-uy-vien": "tỉnh", "thanh-uy-vien": "thành phố", "huyen-uy-vien": "huyện"}


def _member_committee(ctx: Context, role: Entry, unit: str | None) -> str | None:
    """Return a party committee member's committee, with the report's place when it has one."""
    level = COMMITTEE_LEVELS.get(role.key)
    if unit is None or level is None or level not in ctx.default_place:
        return unit
    return f"{unit} {ctx.default_place[level].vi}"  # 'Huyện ủy viên' of 'Huyện ủy X'


DISTRICT_COMMITTEES = {"quận": "quận", "huyện": "huyện", "thị": "thị xã"}


def _district_committee(ctx: Context, tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Return (index after, unit) for 'Quận ủy', 'Huyện ủy' written alone after a title.

    'Tại quận 2, ... Bí thư Quận ủy A': the committee of the district the sentence names, else of
    the report's own district.
    """
    found = ctx.lex.heads.match(tokens, j)
    if found is None or found[0].key != "party-committee-district" or found[1] != j + 2:
        return None
    end = found[1]
    if end < len(tokens) and (
        match_level(tokens, end)
        or tokens[end].is_number
        or is_abbreviation(tokens[end])
        or (is_capitalised(tokens[end]) and not person_starts(ctx, tokens, end))
    ):
        return None  # the committee's place is written: the unit reader has it
    level = DISTRICT_COMMITTEES.get(tokens[j].lower)
    if level is None:
        return None
    near = _written_place_before(ctx, tokens, j, level)
    if near is None and level in ctx.default_place:
        near = ctx.default_place[level].vi
    if near is None:
        return None
    written = " ".join(t.text for t in tokens[j:end])
    return end, f"{written} {level} {near}"


COMMUNE_LEVELS = {"xã", "phường", "thị trấn"}


def _commune_police(ctx: Context, tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Return (index after, unit) for the commune after 'công an viên': 'Công an xã X' is the unit."""
    commune = _commune_at(ctx, tokens, j)
    return None if commune is None else (commune[0], f"Công an {commune[1]}")


COMMUNE_STAFF = {"can-bo", "chuyen-vien"}


def _is_commune_police(name: str) -> bool:
    """Tell whether a unit's name is a commune's police: 'Công an xã X', 'Công an phường Y'."""
    words = name.split()
    return (
        len(words) > 3
        and words[:2] == ["Công", "an"]
        and (words[2].lower() in COMMUNE_LEVELS or " ".join(words[2:4]).lower() in COMMUNE_LEVELS)
    )


def _commune_staff(ctx: Context, tokens: list[Token], j: int) -> tuple[int, int, str] | None:
    """Read 'địa chính xã X' after 'cán bộ': (title end, index after, the commune's People's Committee).

    A commune's officer is named by the field he keeps ('cán bộ tư pháp - hộ tịch phường Y'): the
    field stays in the title, the unit is the commune's committee. Never without a field ('cán bộ
    xã X' may be the party's), past a capitalised word, nor across a role ('phụ trách địa bàn').
    """
    q = j
    at = 0  # 'cán bộ giao thông ở xã X': the field, then where
    while q < min(len(tokens), j + 6) and not match_level(tokens, q):
        tok = tokens[q]
        if tok.lower in ("ở", "tại") and q > j and match_level(tokens, q + 1):
            at = 1
            break
        if tok.text in HYPHENS and q > j and q + 1 < len(tokens) and tokens[q + 1].is_word:
            q += 1  # 'địa chính - môi trường', 'tư pháp-hộ tịch': two fields joined
            continue
        if not tok.is_word or is_capitalised(tok) or tok.lower in LOWER_NAME_STOPS or tok.lower in OF_UNIT:
            return None
        if ctx.lex.roles.match(tokens, q):
            return None  # 'cán bộ phụ trách địa bàn xã X': a task, not a field
        if (
            q + 1 < len(tokens)
            and tokens[q + 1].is_word
            and not is_capitalised(tokens[q + 1])
            and word_key(f"{tok.text} {tokens[q + 1].text}") in dictionary_words()
        ):
            q += 2  # 'môi trường': a word of two syllables, though 'trường' alone heads a school
            continue
        if ctx.lex.heads.match(tokens, q) or post_heads().match(tokens, q):
            return None
        q += 1
    if q == j or q >= len(tokens) or any(
        word_key(" ".join(t.text for t in tokens[max(j, q - n) : q + 1])) in dictionary_words()
        for n in (1, 2)
    ):
        return None  # 'hợp tác xã': a word is never cut in two
    commune = _commune_at(ctx, tokens, q + at)
    if commune is None:
        return None
    return q, commune[0], f"UBND {commune[1]}"


def _commune_at(ctx: Context, tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Return (index after, 'xã X') for a commune, ward or town named at tokens[j]."""
    level = match_level(tokens, j)
    if level is None or " ".join(t.lower for t in tokens[j : level[1]]) not in COMMUNE_LEVELS:
        return None
    end = level[1]
    place = ctx.lex.places.match(tokens, end)
    if place is not None:
        end = place[1]
    else:
        while (
            end < len(tokens)
            and end - level[1] < 3
            and tokens[end].is_word
            and is_capitalised(tokens[end])
            and not (end > level[1] and person_starts(ctx, tokens, end))
        ):
            end += 1
    if end == level[1]:
        return None
    return end, " ".join(t.text for t in tokens[j:end])


# Posts a list of people gives without their unit, after an earlier post names it: a company's
# ('A - nguyên Chủ tịch HĐQT Ngân hàng X; B - nguyên Tổng giám đốc; C, Kế toán trưởng') or the
# deputy's of a head just named ('A, Giám đốc Công an tỉnh X và B, Phó Giám đốc').
COMPANY_ROLES = {"tong-giam-doc", "pho-tong-giam-doc", "giam-doc", "pho-giam-doc", "ke-toan-truong"}
COMPANY_HEADS = {"company", "bank"}
# Words after a bare post where the list or the clause goes on.
LIST_ENDS = {";", ",", ".", ")", "và", "đã", "đang", "sẽ", "vừa", "cũng", "cho"}


LIST_ITEM_ENDS = {")", ";", ",", "và"}


def _own_head(role: Entry) -> str | None:
    """Return the lower-case head of the unit a role is named for ('Trưởng phòng': 'phòng'), or None."""
    if role.key in ROLE_HEADS:
        return ROLE_HEADS[role.key].lower()
    words = role.vi.lower().split()
    if words and words[0] == "phó":
        words = words[1:]
    if len(words) > 1 and words[0] in ("trưởng", "chánh"):
        return " ".join(words[1:])
    return None


def bare_post(
    ctx: Context, tokens: list[Token], first: int, end: int, role: Entry, org: str | None,
    status: str | None = None, claimed: bool = True,
) -> TitleMention:
    """Return the post of a role written bare at tokens[first:end], in a unit written elsewhere."""
    text = " ".join(ctx.text[tokens[first].start : tokens[end - 1].end].split())
    start, stop = tokens[first].start, tokens[end - 1].end
    return TitleMention(start, stop, first, end, role, org, text[:1].upper() + text[1:], claimed, status)


def listed_bare_posts(
    ctx: Context, tokens: list[Token], sentence_posts: list[tuple[int, int, str, list[TitleMention]]]
) -> list[tuple[TitleMention, str]]:
    """Return (post, person key) for bare posts in a list whose unit the list's last item names.

    'ông A (Giám đốc), ông B (Phó giám đốc) và bà C (Kế toán trường X)', 'A, nguyên Chủ tịch HĐQT;
    B, nguyên Tổng giám đốc; C, nguyên Kế toán trưởng Ngân hàng Y': A's and B's posts are X's, Y's.
    """
    found = []
    for n, (_s, e, k, posts) in enumerate(sentence_posts):
        if posts or e >= len(tokens) or tokens[e].text not in ("(", ","):
            continue
        q, status = e + 1, None
        if q < len(tokens) and tokens[q].lower == "nguyên":
            q, status = q + 1, "former"
        bare = ctx.lex.roles.match(tokens, q)
        if bare is None or (bare[1] < len(tokens) and tokens[bare[1]].lower not in LIST_ITEM_ENDS):
            continue
        later = next((sp for sp in sentence_posts[n + 1 :] if sp[3]), None)
        if later is None or later[0] - bare[1] > 40 or later[3][-1].org is None:
            continue
        if len(later[3]) > 1:
            continue  # 'B, nguyên Tổng giám đốc; C - nguyên TGĐ, Phó TGĐ Cty X': the unit of C's own chain
        if any(t.text in (".", ":") or phrase_at(tokens, m, TAKES_POST) > m for m, t in
               enumerate(tokens[bare[1] : later[0]], bare[1])):
            continue  # the list ends before the unit is named
        org = later[3][-1].org
        if bare[0].kind == "member" and later[3][-1].role.kind != "member":
            # 'A (bác sĩ), B (Giám đốc Công ty X)': a trade is no post of the unit a head leads; a
            # staff list shares it ('A (kế toán), B (thủ quỹ Công ty X)').
            continue
        if (own := _own_head(bare[0])) and not org.lower().startswith(own):
            continue  # 'A (Trưởng phòng), B (Giám đốc Sở X)': A heads a division, not the department
        if bare[0].key in COMPANY_ROLES:
            # 'A, Giám đốc và B, Thủ trưởng Cơ quan CSĐT Công an tỉnh X': the director is the
            # province's police's, whose investigation agency the next post names.
            org = directed_unit(ctx, bare[0], org) or org
            head = ctx.lex.heads.match(tokenize(org), 0)
            # 'Ban quản lý dự án X' has a director too, and so has a centre ('Trung tâm X').
            if head is None or (
                head[0].key not in DIRECTED_HEADS | {"board", "centre"} and not _province_police(org)
            ):
                continue  # 'A (Giám đốc), B (Kế toán trường X)': a school has no director
        title = bare_post(ctx, tokens, q, bare[1], bare[0], org, status)
        found.append((title, k))
    return found


def _province_police(name: str) -> bool:
    """Tell whether a unit is a province's or a city's police, the police a director leads."""
    words = tokenize(name)
    if len(words) < 2 or words[0].text != "Công" or words[1].lower != "an":
        return False
    level = match_level(words, 2)
    return level is not None and level[0] in PROVINCE_LEVELS


EARLIER_REACH = 80  # characters from the end of the earlier item's post to the bare role's holder
# Words that may stand between two items of a list of holders: the link and the next one's address.
ITEM_LINKS = {",", ";", ")", "và", "cùng", "với"}
# Words after a bare role where the sentence goes on: 'B - Phó Giám đốc sau khi ...', '... bị đình chỉ'.
CLAUSE_GOES_ON = {"sau", "khi", "bị", "được", "vì", "trong", "đều", "cùng", "về"}


def earlier_listed_posts(
    ctx: Context, tokens: list[Token], sentence_posts: list[tuple[int, int, str, list[TitleMention]]]
) -> list[tuple[TitleMention, str]]:
    """Return (post, person key) for bare posts in a list whose unit an earlier item names.

    'ông A - Giám đốc Trung tâm X và ông B - Phó Giám đốc', 'A (nguyên Tổng giám đốc Công ty Y),
    B (nguyên Kế toán trưởng)': B's post is in the unit of the post written just before, in the
    same list (only links, names and their addresses between).
    """
    found = []
    given: dict[int, TitleMention] = {}  # the posts given here, by item: 'B (Phó TGĐ), C (Kế toán trưởng)'
    for n, (s, e, k, posts) in enumerate(sentence_posts):
        if posts or n == 0 or e >= len(tokens) - 1 or tokens[e].text not in ("(", ",", *HYPHENS):
            continue
        q, status = e + 1, None
        if tokens[q].lower == "nguyên":
            q, status = q + 1, "former"
        bare = ctx.lex.roles.match(tokens, q)
        if bare is None:
            continue
        end = bare[1]
        if end < len(tokens) and tokens[end].lower not in LIST_ENDS | CLAUSE_GOES_ON:
            continue  # the role has a unit of its own ('thành viên nhóm X', 'Phó Giám đốc công ty Y')
        _s0, e0, _k0, posts0 = sentence_posts[n - 1]
        last = posts0[-1] if posts0 else given.get(n - 1)
        if last is None or last.org is None or len({p.org for p in posts0}) > 1:
            continue  # 'A, Chủ tịch HĐQT Ngân hàng X, kiêm Chủ tịch HĐQT Công ty Y; B, Tổng giám đốc': which?
        gap = tokens[max(last.last, e0) : s]
        if not gap or gap[0].lower not in ITEM_LINKS or tokens[s - 1].lower in ("là", "của"):
            continue
        if tokens[s].start - tokens[max(last.last, e0) - 1].end > EARLIER_REACH or any(
            t.is_word
            and t.lower not in ITEM_LINKS
            and t.lower not in HONORIFICS
            and ctx.lex.ranks.match(tokens, m) is None
            and t.lower not in {"tướng", "tá", "úy", "sĩ"}
            for m, t in enumerate(gap, max(last.last, e0))
        ):
            continue  # a clause between: 'A, Giám đốc Sở X, cho biết B, Phó Giám đốc, ...'
        role, org = bare[0], last.org
        if role.key in EXECUTIVE_ROLES and (board := BOARD_OF.match(org)):
            org = org[board.end() :]  # 'A (Chủ tịch HĐQT Công ty X), B (Tổng giám đốc)': the company's
            if role.key in COMPANY_ROLES:
                title = bare_post(ctx, tokens, q, end, role, org, status)
                title.implied = True  # the unit is another item's: a post written in full wins
                given[n] = title
                found.append((title, k))
                continue
        if role.kind == "member" and not (
            (head := ctx.lex.heads.match(tokenize(org), 0)) and head[0].key in COMPANY_HEADS
        ):
            continue  # 'A, Chủ tịch UBND xã X và B, cán bộ': a trade, not a post of the unit a head leads
        if (own := _own_head(role)) and not org.lower().startswith(own):
            continue  # 'A, Giám đốc Sở X và B, Trưởng phòng': a division of it, unnamed
        if role.key in COMPANY_ROLES:
            head = ctx.lex.heads.match(tokenize(org), 0)
            if head is None or head[0].key not in DIRECTED_HEADS | {"board", "centre"}:
                continue  # 'A, Chủ tịch UBND huyện X và B, Phó Giám đốc': no director there
        title = bare_post(ctx, tokens, q, end, role, directed_unit(ctx, role, org), status)
        title.implied = True
        given[n] = title
        found.append((title, k))
    return found


# Grades held in a body of the justice system, and the heads of the bodies they are held in.
GRADED_BODIES = {
    "tham-phan": {"court"}, "tham-phan-cao-cap": {"court"}, "tham-phan-trung-cap": {"court"},
    "kiem-sat-vien": {"procuracy"}, "kiem-sat-vien-cao-cap": {"procuracy"},
    "kiem-sat-vien-trung-cap": {"procuracy"},
    "dieu-tra-vien": {"investigation-agency", "police"},
    "dieu-tra-vien-cao-cap": {"investigation-agency", "police"},
    "dieu-tra-vien-trung-cap": {"investigation-agency", "police"},
}  # fmt: skip


def graded_body(ctx: Context, role: Entry, unit: str) -> str | None:
    """Return the body of the justice system a grade is held in, read from a post's unit, or None.

    'Thẩm phán' with 'Chánh tòa' of 'Tòa Hình sự TAND tỉnh X': the court, 'TAND tỉnh X'; with
    'Phó Viện trưởng VKSND tỉnh Y' a 'Kiểm sát viên' is of the procuracy; none with another body.
    """
    heads = GRADED_BODIES.get(role.key)
    if heads is None:
        return None
    words = tokenize(unit)
    for n in range(len(words)):
        found = ctx.lex.heads.match(words, n)
        if found is not None and found[0].key in heads:
            return unit[words[n].start :] if found[1] < len(words) else None
    return None


QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")  # 'về tội "Lừa đảo ..."': a quoted charge names no unit
MEMBERS_OPEN = {"gồm"}  # 'HĐQT X gồm các ông A (chủ tịch); B (tổng giám đốc)': the unit's members


def members_listed(
    ctx: Context,
    tokens: list[Token],
    sentence_posts: list[tuple[int, int, str, list[TitleMention]]],
    org_names: dict[str, str],
) -> list[tuple[TitleMention, str]]:
    """Return (post, person key) for the bare posts of a list of a unit's members after 'gồm'.

    'Công ty X ... gồm: A, Giám đốc; B, Kế toán trưởng', 'HĐQT Y gồm các ông C (chủ tịch); D (tổng
    giám đốc)': each role written alone after its holder's name is a post in the unit written last
    before 'gồm' in the sentence.
    """
    opener = next((n for n, t in enumerate(tokens) if t.lower in MEMBERS_OPEN), None)
    if opener is None or not any(s > opener for s, *_ in sentence_posts):
        return []
    before = ctx.text[tokens[0].start : tokens[opener].start]
    seen = [(before.rfind(name), name) for name in set(org_names.values()) if len(name.split()) > 1]
    seen = [(at + len(name), len(name), name) for at, name in seen if at >= 0]
    if not seen:
        return []
    unit_end, _, unit = max(seen)  # the longest name ending last: 'Tổng Công ty X', not 'Công ty X'
    between = QUOTED.sub(" ", ctx.text[tokens[0].start + unit_end : tokens[opener].start])
    if any(
        t.text in (".", ":") or (t.is_word and (is_capitalised(t) or is_abbreviation(t)))
        for t in tokenize(between)
    ):
        # 'cơ quan CSĐT Bộ Công an xác định, năm 2004, HĐQT X gồm ...': another body, unread, is the
        # list's unit; the one named before is not.
        return []
    board = BOARD_OF.match(unit)
    head = ctx.lex.heads.match(tokenize(unit[board.end() :] if board else unit), 0)
    found = []
    for s, e, k, posts in sentence_posts:
        if s < opener or posts or e >= len(tokens) - 1 or tokens[e].text not in ("(", ",", *HYPHENS):
            continue
        q, status = e + 1, None
        if tokens[q].lower == "nguyên":
            q, status = q + 1, "former"
        bare = ctx.lex.roles.match(tokens, q)
        if bare is None or (bare[1] < len(tokens) and tokens[bare[1]].lower not in LIST_ITEM_ENDS | {"."}):
            continue  # the role has a unit of its own, or the clause goes on after it
        role = bare[0]
        org = unit
        if board and role.key in EXECUTIVE_ROLES:
            org = unit[board.end() :]  # 'HĐQT X gồm A (tổng giám đốc)': the company's executive
        elif role.key in COMPANY_ROLES and (head is None or head[0].key not in DIRECTED_HEADS):
            continue  # a director of no company or bank the list could mean
        elif role.key not in COMPANY_ROLES and not board and role.key not in ("chu-tich", "pho-chu-tich"):
            continue  # only a company's (or its board's) posts are listed so
        found.append((bare_post(ctx, tokens, q, bare[1], role, org, status), k))
    return found


def respective_posts(
    ctx: Context, tokens: list[Token], k: int, by_first: dict[int, TitleMention]
) -> tuple[TitleMention, TitleMention] | None:
    """Return the two posts of 'A và B, [nguyên] R1 và R2 Công ty X' read from tokens[k], or None.

    The first role is written bare and shares the unit of the second: A is R1 of X, B is R2 of X.
    """
    if k >= len(tokens) - 3:
        return None
    if tokens[k].text in (",", "(", *HYPHENS):
        k += 1
    elif tokens[k].lower != "nguyên":
        return None  # 'A, B nguyên Tổng giám đốc, Phó Tổng giám đốc Công ty X': no comma before 'nguyên'
    status = None
    if tokens[k].lower == "nguyên":
        status, k = "former", k + 1
    bare = ctx.lex.roles.match(tokens, k)
    if bare is None or k in by_first or bare[1] + 1 >= len(tokens):
        return None
    if tokens[bare[1]].lower not in ("và", ","):
        return None
    second = by_first.get(bare[1] + 1)
    if second is None and tokens[bare[1] + 1].lower == "nguyên":
        second = by_first.get(bare[1] + 2)
    if second is None or second.claimed or not second.org or ctx.lex.roles.match(tokens, second.last):
        return None
    second.claimed = True
    if status and not second.status:
        second.status = status
    first = bare_post(ctx, tokens, k, bare[1], bare[0], directed_unit(ctx, bare[0], second.org), status)
    return first, second


def _led_unit(ctx: Context, tokens: list[Token], first: int, org_names: dict[str, str]) -> str | None:
    """Return the unit named right before 'do A làm <title>' ('Công ty X (do ông A làm giám đốc)')."""
    if first < 3 or tokens[first - 1].lower != "làm":
        return None
    last = first - 2
    if tokens[last].text == ")":
        # 'do bà A (vợ của ông B, nguyên ...) làm giám đốc': the aside about the holder is skipped.
        opening = next((n for n in range(last - 1, max(0, last - 40), -1) if tokens[n].text == "("), None)
        last = opening - 1 if opening is not None else last
    do = next((n for n in range(last, max(0, last - 10), -1) if tokens[n].lower == "do"), None)
    if do is None or do == 0:
        return None
    before = ctx.text[: tokens[do].start].rstrip(" (,")
    # 'Công ty X (xã Y) do bà A làm giám đốc': where the company is, between it and 'do'.
    before = re.sub(r"\s*\([^()]{1,60}\)$", "", before).rstrip(" ,")
    named = [
        name
        for name in set(org_names.values())
        if before.endswith(name)
        # 'Đoàn công tác của Bộ Chính trị do A làm Trưởng đoàn': the delegation, not its owner.
        and not before[: len(before) - len(name)].rstrip().endswith(("của", "thuộc"))
    ]
    return max(named, key=len) if named else None


BARE_BOARDS = {"HĐQT", "Hội đồng quản trị", "Hội đồng Quản trị", "HĐTV", "Hội đồng thành viên"}


def board_of_next(ctx: Context, tokens: list[Token], posts: list[TitleMention]) -> None:
    """Name the company of a bare board by the post written next with 'kiêm'.

    'Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X': the board is X's; 'Phó chủ tịch HĐQT kiêm Chủ tịch
    Hội đồng tín dụng Sacombank': Sacombank's.
    """
    for title, after in zip(posts, posts[1:], strict=False):
        if title.org not in BARE_BOARDS or not after.org or title.last >= len(tokens):
            continue
        if tokens[title.last].lower != "kiêm" or after.first != title.last + 1:
            continue
        words = tokenize(after.org)
        owner = next(
            (
                n
                for n in range(len(words))
                if (head := ctx.lex.heads.match(words, n)) and head[0].key in COMPANY_HEADS
                or (n > 0 and is_brand(words[n]))
                # 'kiêm Tổng Giám đốc PVC.KBC': a brand written alone, dot and all.
                or (n == 0 and " " not in after.org and is_brand(words[n]))
            ),
            None,
        )
        if owner is not None:
            title.org = f"{title.org} {after.org[words[owner].start :]}"


OF_UNIT = ("của", "tại", "thuộc")


TAUGHT = {"dạy", "môn", "tiếng"}  # 'giáo viên dạy tiếng Anh', 'giáo viên môn Toán': what is taught
# How the staff member is employed, a qualifier of the title though 'đồng' alone opens 'đồng chí'.
EMPLOYMENT = {("hợp", "đồng"), ("thử", "việc")}


def _qualified_unit(
    ctx: Context, tokens: list[Token], j: int
) -> tuple[int, int, int, OrgMention | None] | None:
    """Read 'hành chính của Bệnh viện X' after a staff role: (title end, unit start, unit end, mention)."""
    if j < len(tokens) and tokens[j].lower in TAUGHT:
        # 'giáo viên dạy tiếng Anh tại trường THPT X': the subject taught is no part of the title.
        of = next((n for n in range(j + 1, min(len(tokens), j + 5)) if tokens[n].lower in OF_UNIT), None)
        if of is None:
            # 'giáo viên môn Văn Trường THCS X': the school's capitalised head follows the subject.
            of = next(
                (
                    n - 1
                    for n in range(j + 2, min(len(tokens), j + 5))
                    if is_capitalised(tokens[n]) and post_heads().match(tokens, n)
                ),
                None,
            )
        if of is None or of + 1 >= len(tokens) or not all(t.is_word for t in tokens[j:of]):
            return None
        u = of + 1
        if not (is_capitalised(tokens[u]) or post_heads().match(tokens, u)):
            return None
        unit = read_unit(ctx, tokens, u)
        if unit is None or not any(is_capitalised(t) or t.is_number for t in tokens[u : unit[0]]):
            return None
        return j, u, unit[0], unit[1]
    q = j
    while q + 1 < len(tokens) and (tokens[q].lower, tokens[q + 1].lower) in EMPLOYMENT:
        q += 2  # 'nhân viên hợp đồng của UBND xã X': the title takes the words
    while (
        q < min(len(tokens), j + 4)
        and tokens[q].is_word
        and not is_capitalised(tokens[q])
        and tokens[q].lower not in LOWER_NAME_STOPS
        and tokens[q].lower not in OF_UNIT
        and tokens[q].lower not in UNIT_STOP
        # 'một cán bộ khác của UBND X': someone else; 'bác sĩ chuyên khoa II': a degree; 'đại biểu vùng X'.
        and tokens[q].lower not in ("khác", "chuyên", "vùng")
        and not match_level(tokens, q)
        and post_heads().match(tokens, q) is None
        and ctx.lex.heads.match(tokens, q) is None
        # 'nhân viên kế toán Trường X', 'cán bộ kế toán UBND xã Y': a staff trade names the work
        # ('cán bộ chiến sĩ Đội Z' are the unit's men, a subject of their own).
        and (
            (trade := ctx.lex.roles.match(tokens, q)) is None
            or (q == j and trade[0].kind == "member" and trade[0].key != "chien-si")
        )
        and not (q + 1 < len(tokens) and (tokens[q].text, tokens[q + 1].text) in VERB_PAIRS)
    ):
        q += 1
    if q == j or q >= len(tokens) - 1:
        return None
    if word_key(f"{tokens[q - 1].text} {tokens[q].text}") in dictionary_words():
        return None  # 'công nhân môi | trường đô thị': a word is never cut in two
    u = q + 1 if tokens[q].lower in OF_UNIT else q
    if not (is_capitalised(tokens[u]) or post_heads().match(tokens, u)):
        return None
    unit = read_unit(ctx, tokens, u)
    if unit is None or not any(is_capitalised(t) or t.is_number for t in tokens[u : unit[0]]):
        return None  # a lower-case head needs its name: 'tại trung tâm thương mại X', not 'trường đô thị'
    return q, u, unit[0], unit[1]


def _listed_unit(
    ctx: Context, tokens: list[Token], first: int, j: int, role: Entry, found: list[TitleMention]
) -> str | None:
    """Return the unit of a bare post after a name in a list, from the post before it."""
    # 'B, nguyên kế toán trưởng' in a company's list is a post though written in lower case.
    written = any(is_capitalised(t) for t in tokens[first:j]) or role.key in COMPANY_ROLES
    if not written or first < 2 or not found:
        return None
    if j < len(tokens) and tokens[j].lower not in LIST_ENDS:
        return None
    if j + 1 < len(tokens) and tokens[j].text == "," and ctx.lex.roles.match(tokens, j + 1):
        return None  # 'nguyên Tổng giám đốc, Phó Tổng giám đốc Cty X': a chain its last unit ends
    if j < len(tokens) and tokens[j].lower == "và":
        return None  # 'A, Giám đốc và B, Phó giám đốc Công ty X': the unit named next (listed_bare_posts)
    before = tokens[first - 1]
    if before.text not in (",", "-", "–", "—", "(") or not (
        tokens[first - 2].text == ")" or (tokens[first - 2].is_word and is_capitalised(tokens[first - 2]))
    ):
        return None  # after a name (or its bracket) only: 'Giám đốc, Phó Giám đốc các sở' is no one's
    last = found[-1]
    if last.org is None:
        return None
    if role.key != last.role.key and role.key.removeprefix("pho-") == last.role.key.removeprefix("pho-"):
        return last.org  # 'A, Giám đốc Sở X và B, Phó Giám đốc': the deputy of the same unit
    if role.key not in COMPANY_ROLES:
        return None
    if len(found) > 1 and found[-2].last >= last.first - 3 and found[-2].org not in (None, last.org):
        return None  # 'Chủ tịch HĐQT X, kiêm Chủ tịch HĐQT Cty Y; B, Tổng giám đốc': of which?
    words = tokenize(last.org)
    mention = parse_org(ctx, words, 0)
    if mention is not None and mention.head.key == "board-of-directors":
        if mention.child is None and len(words) == 2 and is_brand(words[1]):
            return words[1].text  # 'Chủ tịch HĐQT MHB; B, Tổng giám đốc': the company by its brand
        mention = mention.child
    if mention is None and len(words) == 1 and is_brand(words[0]) and not ctx.lex.heads.match(words, 0):
        return last.org  # 'B, nguyên Tổng giám đốc; C, nguyên kế toán trưởng': the brand the list began with
    if mention is None or mention.head.key not in COMPANY_HEADS or not mention.specific:
        return None  # the post before is another kind of unit's: the list is not one company's
    return last.org[mention.start :]


def _bare_unit(
    ctx: Context, tokens: list[Token], j: int, org_names: dict[str, str], role: Entry | None = None
) -> tuple[int, str] | None:
    """Return (index after, unit) for a unit written by its head alone after a title.

    'Phó Giám đốc Bệnh viện', 'Giám đốc Công ty', 'Phó Giám đốc Sở': the one unit of that kind the
    report names ('Bệnh viện Đa khoa X'); none when it names two or none. 'Giám đốc Công an' is the
    director of the one province's police the report names (only a province's police has one).
    """
    found = ctx.lex.heads.match(tokens, j)
    if found is None:
        return None
    directs_police = (
        found[0].key == "police" and role is not None and role.key in ("giam-doc", "pho-giam-doc")
    )
    if found[0].key not in CONTEXT_HEADS and not directs_police:
        return None
    head, end = found
    named = is_capitalised(tokens[end]) if end < len(tokens) else False
    if end < len(tokens) and (
        (named and not person_starts(ctx, tokens, end) and tokens[end].text not in SENTENCE_OPENERS)
        or is_abbreviation(tokens[end])
        or tokens[end].is_number
        or match_level(tokens, end)
    ):
        return None  # a name goes on that the unit reader did not take: not a bare head
    units = set()
    for name in set(org_names.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if match is not None and match[0].key == head.key and match[1] < len(words):
            level = match_level(words, match[1])
            if directs_police and (level is None or level[0] not in PROVINCE_LEVELS):
                continue
            units.add(name)
    if len(units) > 1 and (nearest := _nearest_unit(ctx, units, tokens[j].start, role)):
        units = {nearest}
    return (end, units.pop()) if len(units) == 1 else None


PARTY_HEADS = {
    "party-committee-province",
    "party-committee-city",
    "party-committee-district",
    "party-committee",
}


def _lower_committee(ctx: Context, tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Return (index after, unit) for a party committee written in lower case: 'huyện ủy Kim Sơn'."""
    if j >= len(tokens) or is_capitalised(tokens[j]):
        return None
    head = ctx.lex.heads_loose.match(tokens, j)
    if head is None or head[0].key not in PARTY_HEADS:
        return None
    k = head[1]
    if (level := match_level(tokens, k)) is not None and head[0].key == "party-committee":
        k = level[1]  # 'đảng ủy xã Hòa Lạc'
    run = capital_run(tokens, k) if k < len(tokens) else 0
    if place := ctx.lex.places.match(tokens, k):
        run = place[1] - k
    elif not run or (run >= 3 and person_starts(ctx, tokens, k)):
        return None  # 'Bí thư huyện ủy Nguyễn Văn A': the holder, not the district
    text = " ".join(ctx.text[tokens[j].start : tokens[k + run - 1].end].split())
    return k + run, text[:1].upper() + text[1:]


TEAM_ROLES = {"to-truong", "to-pho"}
TEAM_WORD = "tổ"
# Teams a leader's title names with 'tổ' left out, whether or not the report writes them whole:
# 'tổ trưởng dân phố' leads the 'tổ dân phố', the residential group below the ward.
TEAMS_WITHOUT_WORD = {("dân", "phố")}


def _team_unit(ctx: Context, tokens: list[Token], first: int, j: int) -> tuple[int, str, bool] | None:
    """Return (index after, unit, whether written before 'do A làm') for a team leader's team.

    'tổ trưởng tổ tuần tra Đội CSGT số 3': the team as written after the title; 'Tổ trưởng tuần tra'
    the 'tổ tuần tra' the report names; 'tổ công tác X do A làm tổ trưởng': the team before 'do'.
    """
    if j < len(tokens) and tokens[j].lower == TEAM_WORD:
        end = j + 1
        while end < min(len(tokens), j + 8) and (
            (tokens[end].is_word and not is_capitalised(tokens[end]))
            or (tokens[end].is_number and tokens[end - 1].lower == "số")  # 'tổ chấm thi số 3'
        ):
            if tokens[end].lower in NO_UNIT_AFTER or tokens[end].lower in TEAM_STOPS:
                break
            if level := match_level(tokens, end):
                # 'tổ chấm thi số 3 tỉnh Hưng Yên': the place the team works in ends it.
                run = capital_run(tokens, level[1]) if level[1] < len(tokens) else 0
                end = level[1] + run if run else end
                break
            end += 1
        if end < len(tokens) and is_capitalised(tokens[end]) and (unit := read_unit(ctx, tokens, end)):
            end = unit[0]  # 'tổ tuần tra Đội CSGT số 3': the team's own unit after it
        if end == j + 1:
            return None
        return end, " ".join(ctx.text[tokens[j].start : tokens[end - 1].end].split()), False
    if j < len(tokens) and tokens[j].is_word and not is_capitalised(tokens[j]):
        # 'Tổ trưởng tuần tra': the team the report names elsewhere as 'tổ tuần tra'.
        low = " ".join(ctx.text.lower().split())
        for n in (2, 1):
            words = [t.lower for t in tokens[j : j + n]]
            written = len(words) == n and all(t.is_word for t in tokens[j : j + n])
            if written and (f"{TEAM_WORD} {' '.join(words)}" in low or tuple(words) in TEAMS_WITHOUT_WORD):
                text = " ".join(t.text for t in tokens[j : j + n])
                return j + n, f"Tổ {text}", False
    if first >= 3 and tokens[first - 1].lower == "làm":
        do = next((n for n in range(first - 2, max(0, first - 25), -1) if tokens[n].lower == "do"), None)
        if do is None:
            return None
        # 'tổ công tác Y7/141 (do Trung tá A làm tổ trưởng)': the team's code, then the aside.
        last = do - 1 if do > 0 and tokens[do - 1].text == "(" else do
        team = next((n for n in range(last - 1, max(-1, last - 8), -1) if tokens[n].lower == TEAM_WORD), None)
        if team is None or not all(
            tokens[n].is_word or tokens[n].is_number or tokens[n].text == "/" or is_abbreviation(tokens[n])
            for n in range(team, last)
        ):
            return None
        return j, " ".join(ctx.text[tokens[team].start : tokens[last - 1].end].split()), True
    return None


def _holder_next(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether the holder's name (after a rank or title of address, or none) starts at tokens[k]."""
    while k < len(tokens) and (
        (rank := ctx.lex.ranks.match(tokens, k)) or tokens[k].lower in ("ông", "bà", "đồng", "chí")
    ):
        k = rank[1] if rank else k + 1
    return k < len(tokens) and person_starts(ctx, tokens, k)


DIRECTORS = {"giam-doc", "pho-giam-doc"}
# A company's or a bank's officers, written alone: 'bà A, kế toán trưởng, cũng bị khởi tố'.
CHIEF_EXECUTIVES = {"tong-giam-doc", "pho-tong-giam-doc", "ke-toan-truong"}
DIRECTED_HEADS = {"department", "hospital", "company", "bank"}


def _directed_alone(
    ctx: Context, tokens: list[Token], j: int, org_names: dict[str, str], heads: set[str] | None = None
) -> tuple[int, str] | None:
    """Return (j, unit) for 'Giám đốc' written alone: the one unit with a director the report names.

    'Công an tỉnh X ... Đại tá A, Phó Giám đốc cho biết': a province's police, a department, a
    hospital, a company or a bank; none when the report names two of them or none. With ``heads``,
    only units with those heads ('Phó Tổng giám đốc A': a company or a bank).
    """
    if j < len(tokens) and tokens[j].lower not in NO_UNIT_AFTER and not _holder_next(ctx, tokens, j):
        return None
    if j + 1 < len(tokens) and tokens[j].lower in CHAIN_SEPARATORS | CHAIN_WORDS and ctx.lex.roles.match(
        tokens, j + 1
    ):
        return None  # 'Giám đốc, Thủ trưởng Cơ quan CSĐT ...': the chain's next unit is its unit
    if j + 1 < len(tokens) and tokens[j].lower in ("và", ",") and _holder_next(ctx, tokens, j + 1):
        return None  # 'A, nguyên Giám đốc và B, nguyên Phó giám đốc Ban X': the list names the unit
    units = set()
    kinds = set()
    for name in set(org_names.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if match is None or match[1] >= len(words):
            continue
        if heads is not None:
            if match[0].key not in heads:
                continue
        elif match[0].key == "police":
            level = match_level(words, match[1])
            if level is None or level[0] not in PROVINCE_LEVELS:
                continue
        elif match[0].key not in DIRECTED_HEADS:
            continue
        units.add(name)
        kinds.add(match[0].key)
    if len(units) > 1 and len(kinds) == 1 and (nearest := _nearest_unit(ctx, units, tokens[j - 1].start)):
        units = {nearest}  # two companies (or one by two names): the one just named
    return (j, units.pop()) if len(units) == 1 else None


COMPANY_REACH = 200  # characters: the company named earlier in the same sentence, a clause or two back


def _company_just_named(
    ctx: Context,
    tokens: list[Token],
    first: int,
    j: int,
    org_names: dict[str, str],
    found: list[TitleMention],
) -> str | None:
    """Return the company an executive's bare title after a name is in: the unit named just before.

    'Công ty X, do bị can A, nguyên Tổng Giám đốc hưởng lợi ...', 'Tại Công ty Y, bà B, kế toán
    trưởng, ...': the last unit the sentence names before the title is a company or bank, and no
    other unit stands between; none when the title goes on to a unit of its own, or when that unit
    is in another's post just before (a list, read by _listed_unit).
    """
    if first == 0 or tokens[first - 1].text not in (",", "(", *HYPHENS):
        return None  # a post after a name, not 'Giám đốc A' or a title in the clause
    if j < len(tokens) and (
        is_capitalised(tokens[j]) or is_abbreviation(tokens[j]) or ctx.lex.heads_loose.match(tokens, j)
    ):
        return None  # 'Tổng Giám đốc PVN', 'Giám đốc công ty Z': the title names a unit of its own
    for n in range(j, min(len(tokens), j + 6)):
        if not tokens[n].is_word:
            break
        if is_capitalised(tokens[n]) or is_abbreviation(tokens[n]):
            return None  # 'Phó giám đốc khối đầu tư Công ty X': lower-case words, then its unit
    if j + 1 < len(tokens) and tokens[j].text in CHAIN_SEPARATORS | CHAIN_WORDS and ctx.lex.roles.match(
        tokens, j + 1
    ):
        return None  # 'Phó Tổng Giám đốc, Cố vấn HĐQT Ngân hàng X': the chain's next unit is its unit
    pos = tokens[first].start
    last = max(
        ((ctx.text.rfind(name, 0, pos), name) for name in set(org_names.values()) if name),
        default=(-1, ""),
    )
    at, name = last
    if at < 0 or pos - at > COMPANY_REACH or SENTENCE_END.search(ctx.text, at, pos):
        return None
    if any(t.start <= at < t.end for t in found):
        return None  # the unit of another's post just before: a list's, read by _listed_unit
    head = ctx.lex.heads.match(tokenize(name), 0)
    return name if head is not None and head[0].key in COMPANY_HEADS else None


# Roles a people's committee has: 'Chủ tịch A' with no unit chairs the one committee the report names.
CHAIRS = {"chu-tich", "pho-chu-tich"}
# Heads of the bodies a 'Chủ tịch' may chair besides a people's committee.
CHAIRED_HEADS = {
    "peoples-council", "council", "board-of-directors", "fatherland-front", "association", "federation",
    "farmers-union", "trade-union", "veterans-association", "red-cross", "committee", "company", "bank",
}  # fmt: skip


def _chaired_alone(
    ctx: Context, tokens: list[Token], i: int, j: int, org_names: dict[str, str]
) -> str | None:
    """Return the people's committee 'Chủ tịch A' (or 'A, Chủ tịch cho biết') chairs: the one body named."""
    named_next = j < len(tokens) and is_capitalised(tokens[j]) and is_surname(ctx, tokens[j].text)
    # 'ông A, Chủ tịch cho biết': the title written after its holder, and nothing after it; not a
    # role sharing the next post's unit ('A, Chủ tịch, Giám đốc Công ty X').
    said = (
        j < len(tokens)
        and i > 0
        and tokens[i - 1].text in (",", *HYPHENS)
        and tokens[j].lower in ("cho", "nói", "khẳng", "thông", "chia", "nhấn", "trao", "trả", "phát")
    )
    if not (named_next or said):
        return None  # the holder's name follows the bare title: 'Chủ tịch Nguyễn Văn A yêu cầu'
    return _one_body(ctx, org_names, {"peoples-committee"}, CHAIRED_HEADS)


def _secretary_alone(
    ctx: Context, tokens: list[Token], i: int, j: int, org_names: dict[str, str]
) -> str | None:
    """Return the party committee 'ông A, Bí thư cho biết' leads: the one party committee named."""
    if not (
        j < len(tokens)
        and i > 0
        and tokens[i - 1].text in (",", *HYPHENS)
        and tokens[j].lower in ("cho", "nói", "khẳng", "thông", "chia", "nhấn", "trao", "trả", "phát")
    ):
        return None
    return _one_body(ctx, org_names, PARTY_HEADS, {"youth-union"})


def _one_body(ctx: Context, org_names: dict[str, str], heads: set[str], rivals: set[str]) -> str | None:
    """Return the one unit with one of ``heads`` the report names, when it names no unit of ``rivals``."""
    committees, others = set(), set()
    for name in set(org_names.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if match is None:
            continue
        if match[0].key in heads and match[1] < len(words):
            committees.add(key(name))
        elif match[0].key in rivals:
            others.add(name)
    if len(committees) != 1 or others:
        return None
    return next(n for n in org_names.values() if key(n) in committees)


# Words that end a team's lower-case description: a clause or a place goes on.
TEAM_STOPS = {"do", "của", "tại", "ở", "trên", "thuộc", "gồm", "có", "được", "với"}
# Words after a title that write no unit: the clause goes on ('Trưởng phòng cho biết').
NO_UNIT_AFTER = LIST_ENDS | {
    "khẳng", "thông", "nói", "phát", "chia", "nhấn", "trao", "trả", "tiếp", "là", "về", "bị", "vì",
    "làm", "chỉ", "ký", "dẫn", "yêu", "đề",  # 'A - Phó đội trưởng làm tổ trưởng', '... chỉ huy', '... ký'
}  # fmt: skip


def _implied_unit(
    ctx: Context, tokens: list[Token], j: int, role: Entry, inner: int | None, org_names: dict[str, str]
) -> tuple[int, str] | None:
    """Return (index after, unit) for a title whose unit the report names only elsewhere.

    'Trưởng phòng', 'Đội trưởng', 'Giám đốc sở' with no name after them: the one unit with that
    head the report names ('Phòng Cảnh sát hình sự ...'); none when it names two or none.
    """
    end = j
    head = None
    said = [t.lower for t in tokens[j : j + 2]]
    skip = 2 if said in (["nhà", "trường"], ["trường", "này"]) else 0
    if role.key in SCHOOL_ROLES and (
        skip
        or j == len(tokens)
        or tokens[j].lower in NO_UNIT_AFTER
        or (tokens[j].text in HYPHENS and _holder_next(ctx, tokens, j + 1))
        or _holder_next(ctx, tokens, j)
    ):
        # 'bà A - Hiệu trưởng nhà trường', 'ông B, Hiệu trưởng, cho biết', 'Hiệu trưởng C': the
        # school the report names, the one just before when it names several.
        schools = set()
        for name in set(org_names.values()):
            match = ctx.lex.heads.match(tokenize(name), 0)
            if match is not None and match[0].kind == "school":
                schools.add(name)
        if len(schools) > 1 and (nearest := _nearest_unit(ctx, schools, tokens[j - 1].start)):
            schools = {nearest}
        return (j + skip, schools.pop()) if len(schools) == 1 else None
    if (
        role.key in VILLAGE_ROLES
        and (j == len(tokens) or tokens[j].lower in NO_UNIT_AFTER)
        and (word := next((t.lower for t in tokens[max(0, j - 3) : j] if t.lower in VILLAGE_WORDS), None))
        and (village := _village_named_elsewhere(ctx, word, ""))
    ):
        return j, village  # 'ông A, Trưởng ấp cho biết': the one hamlet the report names
    if role.key == "cong-an-vien" and (j == len(tokens) or tokens[j].lower in NO_UNIT_AFTER):
        # 'anh A (công an viên) tuần tra': the one commune police the report names ('Công an xã X').
        police = {n for n in set(org_names.values()) if _is_commune_police(n)}
        return (j, police.pop()) if len(police) == 1 else None
    if inner:
        head = ctx.lex.heads_loose.match(tokens, j - inner)
    elif role.key in ROLE_HEADS:
        head = ctx.lex.heads.match(tokenize(ROLE_HEADS[role.key]), 0)
    elif j < len(tokens) and not is_capitalised(tokens[j]) and (head := ctx.lex.heads_loose.match(tokens, j)):
        end = head[1]  # 'Giám đốc sở', 'Trưởng phòng' written apart: the head in lower case
    if head is None and role.key in DIRECTORS:
        return _directed_alone(ctx, tokens, j, org_names)
    if head is None and role.key in CHIEF_EXECUTIVES:
        run = non_name_capitals(ctx, tokens, j) or capital_run(tokens, j)
        written = " ".join(t.text for t in tokens[j : j + run]) if run else ""
        if written and any(name.endswith(written) for name in org_names.values()):
            return None  # 'Tổng Giám đốc Chu Lai Trường Hải': a company's short name, not a holder
        return _directed_alone(ctx, tokens, j, org_names, COMPANY_HEADS)
    if role.key in IMPLIED_HEADS and (head is None or head[0].key == "board"):
        return _headed_alone(ctx, tokens, end, role, org_names)
    if head is None or head[0].key in ("police", "board"):
        return None
    if end < len(tokens) and tokens[end].lower not in NO_UNIT_AFTER and not _holder_next(ctx, tokens, end):
        return None  # something goes on after the title that may name another unit
    if (
        end + 1 < len(tokens)
        and tokens[end].lower in CHAIN_SEPARATORS | CHAIN_WORDS
        and ctx.lex.roles.match(tokens, end + 1)
    ):
        return None  # 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ': the chain's next unit is its unit
    units = set()
    for name in set(org_names.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if match is not None and match[0].key == head[0].key and match[1] < len(words):
            units.add(name)
    if len(units) > 1 and (nearest := _nearest_unit(ctx, units, tokens[j - 1].start, role)):
        units = {nearest}
    return (end, units.pop()) if len(units) == 1 and not _runs_into_title(ctx, next(iter(units))) else None


# Roles written alone whose unit is of a kind the role tells (by the unit's head key, or its first
# word where the gazetteer has no such head): 'Ông A, Chánh án cho biết' after 'TAND tỉnh X mở phiên tòa'.
IMPLIED_HEADS = {
    "chanh-an": {"court"}, "pho-chanh-an": {"court"},
    "vien-truong": {"institute", "procuracy"}, "pho-vien-truong": {"institute", "procuracy"},
    "truong-don": {"Đồn"}, "pho-truong-don": {"Đồn"},
    "hat-truong": {"Hạt"}, "pho-hat-truong": {"Hạt"},
    "truong-tram": {"Trạm"}, "truong-tram-pho": {"Trạm"},
    "chi-huy-truong": {"military-command"}, "pho-chi-huy-truong": {"military-command"},
    "truong-ban": {"board"}, "pho-truong-ban": {"board"},
    "truong-khoa": {"Khoa"}, "pho-truong-khoa": {"Khoa"},
}  # fmt: skip


def _headed_alone(
    ctx: Context, tokens: list[Token], j: int, role: Entry, org_names: dict[str, str]
) -> tuple[int, str] | None:
    """Return (j, unit) for a head's title written alone: the one unit of its kind the report names.

    A party committee's boards ('Ban Thường vụ', 'Ban Chấp hành') have members, not a 'Trưởng ban'.
    """
    if j < len(tokens) and tokens[j].lower not in NO_UNIT_AFTER and not _holder_next(ctx, tokens, j):
        return None  # something goes on after the title that may name another unit
    if (
        j + 1 < len(tokens)
        and tokens[j].text in (",", *HYPHENS)
        and (ctx.lex.heads.match(tokens, j + 1) or post_heads().match(tokens, j + 1))
    ):
        return None  # 'Phó Trưởng khoa, Khoa Kinh tế, ...': the unit is written after the comma
    kinds = IMPLIED_HEADS[role.key]
    units = set()
    # Units the unit pass found, and units of posts read before ('nguyên kế toán trưởng Ban X').
    post_units: dict[str, str] = ctx.cache.get("post units", {})  # type: ignore[assignment]
    for name in set(org_names.values()) | set(post_units.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if (
            len(words) > 1
            and ((match is not None and match[0].key in kinds) or words[0].text in kinds)
            and not any(name.startswith(board) for board in BOARDS)
        ):
            units.add(name)
    if len(units) > 1 and (nearest := _nearest_unit(ctx, units, tokens[j - 1].start, role)):
        units = {nearest}
    return (j, units.pop()) if len(units) == 1 and not _runs_into_title(ctx, next(iter(units))) else None


def _this_unit(
    ctx: Context, tokens: list[Token], j: int, org_names: dict[str, str]
) -> tuple[int, str] | None:
    """Return (index after, unit) for 'Trung tâm này' after a title: the unit of that kind just named.

    'A (Giám đốc Trung tâm X), B (Phó giám đốc Trung tâm này)': the nearest unit with that head
    named shortly before (units of posts read before count), none when two stand in one sentence.
    """
    k = j + 1 if j < len(tokens) and tokens[j].lower == "của" else j
    head = ctx.lex.heads_loose.match(tokens, k) if k < len(tokens) else None
    if head is None or head[1] >= len(tokens) or tokens[head[1]].lower != "này":
        return None
    post_units: dict[str, str] = ctx.cache.get("post units", {})  # type: ignore[assignment]
    units = set()
    for name in set(org_names.values()) | set(post_units.values()):
        words = tokenize(name)
        match = ctx.lex.heads_loose.match(words, 0)
        if match is not None and match[0].key == head[0].key and match[1] < len(words):
            units.add(name)
    nearest = _nearest_unit(ctx, units, tokens[j - 1].start) if units else None
    return (head[1] + 1, nearest) if nearest else None


SCHOOL_ROLES = {"hieu-truong", "pho-hieu-truong"}
NEAREST_REACH = 400  # characters: 'công ty này' looks back about a paragraph for the company it means


def _nearest_unit(ctx: Context, units: set[str], pos: int, role: Entry | None = None) -> str | None:
    """Return the unit of ``units`` written last before ``pos`` and shortly before it, or None.

    'Bắt A, Giám đốc Công ty X (Công ty Y), cùng B và C đều là Phó giám đốc': the company just named,
    though the report names another (or the first by another name) elsewhere. A unit named before
    with this very title comes first: 'Bộ trưởng Bộ Y tế thăm ... Bộ Công an ... Bộ trưởng A'.
    """
    if role is not None:
        before = ctx.text[:pos].casefold()
        titled = {
            name for name in units if any(f"{form} {name}".casefold() in before for form in role.forms)
        }
        if len(titled) == 1:
            return titled.pop()
    seen = {name: ctx.text.rfind(name, 0, pos) for name in units}
    found = sorted((at, name) for name, at in seen.items() if at >= 0)
    if not found or pos - found[-1][0] > NEAREST_REACH:
        return None
    at, nearest = found[-1]
    alias = at > 0 and ctx.text[at - 1] == "("  # 'Công ty TNHH X (Công ty Y)': one company, two names
    for other_at, _ in found[:-1]:
        if not alias and not SENTENCE_END.search(ctx.text, other_at, at):
            return None  # 'Sở Y tế và Sở Tài chính họp; ông A, Phó Giám đốc Sở': either of them
    return nearest


SENTENCE_END = re.compile(r"[.!?\n]\s")


def unit_runs_on(
    tokens: list[Token], title: TitleMention | None, names: list[tuple[int, int, Entry | None]]
) -> bool:
    """Whether capitals right after a post's unit go on with the unit: the post follows a name and comma."""
    if title is None or not title.org or not names:
        return False
    comma = title.first - 1
    if not title.org.endswith(tokens[title.last - 1].text):
        return False  # the unit was rewritten ('huyện Kim Sơn' → 'Huyện ủy Kim Sơn'), not cut
    # Only a name straight before ', post unit' (or '(post unit' , '- post unit') holds the post; the
    # capitals end the unit's name: 'Thượng tá A (Đồn trưởng Đồn biên phòng La Dê)'.
    return comma > 0 and tokens[comma].text in (",", "(", *HYPHENS) and names[-1][1] == comma


def _runs_into_title(ctx: Context, name: str) -> bool:
    """Whether a unit's name runs on into a title ('Bộ Công an Bộ trưởng', a caption's credit)."""
    words = tokenize(name)
    return any(ctx.lex.roles.match(words, n) and is_capitalised(words[n]) for n in range(1, len(words)))


# Words before a post that make it a relative's: 'con của Giám đốc X', 'vợ Chủ tịch Y'.
KIN_OF = {"của", "con", "vợ", "chồng", "bố", "mẹ", "cha", "em", "anh", "chị", "cháu"}


def _position(ctx: Context, title: TitleMention) -> Position:
    position = Position(
        title=title.title or title.role.vi,
        organization=title.org,  # type: ignore[arg-type]  # None for a post of the State itself
        title_en=title.role.en,
        spans=[ctx.span(title.start, title.end)],
    )
    if title.status:
        position.status = title.status
    return position


# Words that put someone forward for a post they do not hold yet.
NOMINATED = {"giới thiệu", "đề cử", "đề nghị", "dự kiến", "ứng cử", "quy hoạch", "đề xuất", "xem xét"}


def nominated(tokens: list[Token], k: int) -> bool:
    """Whether the words before tokens[k] put someone forward ('được giới thiệu | giữ chức ...')."""
    pairs = {" ".join(t.lower for t in tokens[n : n + 2]) for n in range(max(0, k - 3), k - 1)}
    return bool(pairs & NOMINATED)


BOARDS = ("Ban Chấp hành", "Ban Thường vụ", "Bộ Chính trị", "Ban Bí thư", "Ban Cán sự đảng")
_BOARD_HEADS: PhraseMatcher | None = None


def boards_joined(ctx: Context, tokens: list[Token], k: int) -> list[TitleMention]:
    """Read 'tham gia Ban Chấp hành, Ban Thường vụ' at tokens[k]: a member's post in each board."""
    global _BOARD_HEADS
    if _BOARD_HEADS is None:
        _BOARD_HEADS = PhraseMatcher({b: Entry(key=b, vi=b, en=b) for b in BOARDS})
    member = ctx.lex.gazetteer.roles.get("uy-vien")
    if member is None or phrase_at(tokens, k, (("tham", "gia"),)) == k:
        return []
    found: list[TitleMention] = []
    m = k + 2
    while m < len(tokens) and is_capitalised(tokens[m]):
        board = _BOARD_HEADS.match(tokens, m)
        if board is None:
            break
        unit = read_unit(ctx, tokens, m)
        end = unit[0] if unit is not None else board[1]
        name = unit_name(ctx, tokens, m, end, unit[1] if unit is not None else None)
        found.append(
            TitleMention(tokens[k].start, tokens[end - 1].end, k, end, member, name, member.vi, True)
        )
        m = end
        if m < len(tokens) and (tokens[m].text == "," or tokens[m].lower == "và") and m + 1 < len(tokens):
            m += 1
            continue
        break
    return found


def chain_last(tokens: list[Token], by_first: dict[int, TitleMention], k: int) -> TitleMention:
    """Return the last post of the chain starting at tokens[k] (posts joined by commas)."""
    title = by_first[k]
    while (
        title.last < len(tokens)
        and tokens[title.last].text == ","
        and (title.last + 1) in by_first
        # 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Người phát ngôn của Chính phủ': a post 'of' a
        # body is one more post in another unit, not the unit the chain shares.
        and not by_first[title.last + 1].of
    ):
        title = by_first[title.last + 1]
    return title


def directed_unit(ctx: Context, role: Entry, unit: str | None) -> str | None:
    """Return the unit a role shares with the post written next, up to the unit a director directs.

    'Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh X': the deputy director is the province's
    police's; its investigation agency has a head ('Thủ trưởng'), not a director.
    """
    if unit is not None and role.key in PARTY_ROLES:
        return _party_committee(unit) or unit
    if unit is not None and role.key == "dang-uy-vien" and not unit.startswith("Đảng ủy"):
        return f"Đảng ủy {unit}"  # 'Đảng ủy viên, Phó Giám đốc Sở X': a member of the Sở's party committee
    if unit is not None and role.key in EXECUTIVE_ROLES and (board := BOARD_OF.match(unit)):
        # 'Phó Tổng Giám đốc, Cố vấn HĐQT Ngân hàng X': the executive is the bank's, not its board's.
        return unit[board.end() :]
    if unit is None or role.key not in ("giam-doc", "pho-giam-doc", "tong-thu-ky", "pho-tong-thu-ky"):
        return unit
    words = tokenize(unit)
    head = ctx.lex.heads.match(words, 0) or ctx.lex.heads_loose.match(words, 0)
    if role.key in ("tong-thu-ky", "pho-tong-thu-ky"):
        # 'Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội': the Secretary General is the body's, whose
        # office has a head ('Chủ nhiệm') of its own.
        if head is not None and head[0].key == "office" and head[1] < len(words):
            return unit[words[head[1]].start :]
        return unit
    if head is not None and head[0].key in SUB_UNITS:
        # 'Phó Giám đốc, Trưởng phòng Tổ chức Công ty X': the deputy director is the company's.
        parent = next((n for n in range(head[1], len(words)) if ctx.lex.heads.match(words, n)), None)
        return unit[words[parent].start :] if parent is not None else None
    if head is None or head[0].key != "investigation-agency":
        return unit
    police = next((n for n in range(head[1], len(words) - 1) if ctx.lex.heads.match(words, n)), None)
    if police is None and (dash := next((n for n, w in enumerate(words) if w.text in HYPHENS), None)):
        police = dash + 1 if dash + 1 < len(words) else None  # 'Cơ quan CSĐT - CATP Hải Phòng'
    return unit[words[police].start :] if police is not None else unit


# Parts of a unit that have no director: a director sharing their head's chain is the parent's.
SUB_UNITS = {"division", "team", "station"}
# A people's committee or council, then the level and place it governs.
PEOPLES_BODY = re.compile(
    r"^(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+"
    r"(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+(\S.*)$"
)
PARTY_ROLES = {"bi-thu", "pho-bi-thu", "pho-bi-thu-thuong-truc"}
# Roles that run a company, not sit on its board; and the board written before the company's name.
EXECUTIVE_ROLES = {"giam-doc", "pho-giam-doc", "tong-giam-doc", "pho-tong-giam-doc", "ke-toan-truong"}
BOARD_OF = re.compile(r"^(?:HĐQT|HĐTV|Hội đồng quản trị|Hội đồng thành viên)\s+(?=\S)")
PARTY_COMMITTEES = {
    "tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "tp": "Thành ủy", "tp.": "Thành ủy", "huyện": "Huyện ủy",
    "quận": "Quận ủy", "thị xã": "Thị ủy",
}


def _party_committee(unit: str) -> str | None:
    """Return the party committee of the place a people's committee governs, or None.

    'Phó Bí thư, Chủ tịch UBND xã X': the secretary is the commune's party committee's (Đảng ủy
    xã X), not the people's committee's; a province's is its Tỉnh ủy, a district's its Huyện ủy.
    """
    found = PEOPLES_BODY.match(" ".join(unit.split()))
    if found is None:
        return None
    level, place = found.group(1), found.group(2)
    committee = PARTY_COMMITTEES.get(level.lower())
    if committee is None:
        return f"Đảng ủy {level} {place}"  # a commune, ward or town: 'Đảng ủy xã X'
    if place[:1].isdigit():
        return f"{committee} {level} {place}"  # 'Quận ủy quận 2'
    return f"{committee} {place}"


def post_in_aside(
    ctx: Context, tokens: list[Token], end: int, born: int, by_first: dict[int, TitleMention]
) -> int | None:
    """Return where a post begins later in the aside after a name, past its age and home, or None.

    'A (31 tuổi, quê Bắc Ninh, Giám đốc Công ty X)': the index of the comma or dash before the post;
    'A (thương binh 1/4, nguyên Phó Giám đốc Trường X)': past a short description too.
    Not past a relative's name: '(vợ ông B, cán bộ ...)' is about B.
    """
    if end >= len(tokens) or tokens[end].text != "(":
        return None
    aged = born > end + 1
    for k in range(born if aged else end + 1, min(len(tokens), end + (30 if aged else 8))):
        tok = tokens[k]
        if tok.text in (")", "(", ";") or tok.lower in KIN_OF:
            return None
        if not aged and tok.is_word and is_capitalised(tok) and person_starts(ctx, tokens, k):
            return None  # '(cùng Lê Văn B, Giám đốc Sở X)': the post is B's
        if tok.text in (",", "-", "–", "—") and (
            (k + 1) in by_first
            # '(31 tuổi, trú tại xã Y, là cán bộ Bệnh viện Z)': the aside says what A is.
            or (aged and k + 2 < len(tokens) and tokens[k + 1].lower == "là" and (k + 2) in by_first)
        ):
            return k
    return None


HOME_WORDS = {"trú", "ngụ", "quê", "ở", "thường", "tạm", "tại", "hộ", "khẩu"}  # 'thường trú tại', 'hộ khẩu'
BIRTH_WORDS = {"sinh", "năm", "sn", "tuổi"}
# Lower-case words of a home below the commune: 'tổ dân phố 6', 'khóm 3', 'số 12 đường X'.
HOME_PLACE_WORDS = VILLAGE_WORDS | {"khóm", "tổ", "dân", "phố", "khu", "số", "đường"}
HOME_REACH = 30  # tokens: a year of birth and a home of a few places
HOME_MARKS = {"(", ")", ".", "-", "/"}  # '(SN 1983)', 'TP. Vinh', 'khu 4/2'


def post_after_home(
    tokens: list[Token], k: int, by_first: dict[int, TitleMention], name_starts: set[int]
) -> int | None:
    """Return the comma before a post written past a name's year of birth and home, with no brackets.

    'A sinh năm 1980, trú xã X, huyện Y, là Giám đốc Công ty Z', 'B (SN 1983), ngụ phường X, TP Y,
    là cán bộ Sở Z': the post says what the person is. Only words of a birth year, an age and
    places may stand between, and only a post with its unit is taken (not 'là lái xe', nor a post
    after another name: 'trú xã X, cùng Lê Văn B, Giám đốc ...').
    """
    opened = False
    m = k - 1
    while m + 1 < min(len(tokens), k + HOME_REACH):
        m += 1
        tok = tokens[m]
        if (level := match_level(tokens, m)) and level[1] > m + 1:
            m = level[1] - 1  # 'thị trấn X': the level's second word is no place word of its own
            continue
        if tok.text == ",":
            nxt = m + 1 + (m + 1 < len(tokens) and tokens[m + 1].lower == "là")
            title = by_first.get(nxt)
            # A board alone is no unit: 'Chủ tịch HĐQT của một công ty' names no company.
            unit = title.org if title is not None and not title.claimed else None
            if opened and m > k and unit is not None and unit not in BARE_BOARDS:
                return m
            continue
        if m in name_starts:
            return None
        if tok.lower in HOME_WORDS or tok.lower in BIRTH_WORDS:
            opened = opened or tok.lower not in ("tại", "năm")
            continue
        if not (
            tok.is_number
            or tok.text in HOME_MARKS
            or is_capitalised(tok)
            or match_level(tokens, m)
            or tok.lower in HOME_PLACE_WORDS
        ):
            return None
    return None


def bare_role_before(ctx: Context, tokens: list[Token], j: int) -> tuple[int, Entry] | None:
    """Return (start, role) of a capitalised role written alone before the comma at tokens[j - 1]."""
    if j < 2 or tokens[j - 1].text != ",":
        return None
    for b in range(max(0, j - 6), j - 1):
        m = ctx.lex.roles.match(tokens, b)
        if m and m[1] == j - 1 and is_capitalised(tokens[b]):
            return b, m[0]
    return None


def post_across_tail(
    ctx: Context,
    tokens: list[Token],
    j: int,
    by_last: dict[int, TitleMention],
    name_starts: set[int],
    inside: Callable[[int, int], bool],
) -> TitleMention | None:
    """Return the post written before tokens[j] with only its unit's places or parents between."""
    k = j - 1 if j > 0 and (tokens[j - 1].text in HYPHENS or tokens[j - 1].text == ",") else j
    for p in range(k - 1, max(0, k - 16), -1):
        tok = tokens[p]
        if p in name_starts or not (
            tok.text in ",()"
            or is_capitalised(tok)
            or match_level(tokens, p)
            or inside(tok.start, tok.end)
        ):
            return None
        # The tail holds a name's words or a place, never a verb or a clause: 'Chủ tịch UBND xã X
        # cho biết, ông A' keeps the post to no one.
        if p in by_last:
            title = by_last[p]
            if title.claimed or tokens[k - 1].text in "(,":
                return None
            if title.org and k == j and all(t.is_word for t in tokens[p:k]):
                # 'trưởng công an xã Việt Lâm Nguyễn Văn A': the place's name runs on to the person's;
                # the words between end the unit's name.
                title.org = f"{title.org} {' '.join(t.text for t in tokens[p:k])}"
            return title
    return None


# Words that do not tell two names of a unit apart ('Sở Tài nguyên và Môi trường tỉnh X' = 'Sở Tài
# nguyên môi trường X').
NEUTRAL_WORDS = {"và", "tỉnh", "thành", "phố", "tp", "của"}


def _words(ctx: Context, org: str | None) -> list[str]:
    return [w for w in org_key(ctx, org).split() if w not in NEUTRAL_WORDS] if org else []


def _covers(longer: list[str], shorter: list[str]) -> bool:
    """Whether every word of ``shorter`` is in ``longer``, an abbreviation by the initials of a run there."""
    initials = "".join(w[:1] for w in longer)
    have = set(longer)
    for word in shorter:
        if word in have:
            continue
        if len(word) >= 2 and word in initials:
            continue  # 'HĐQT' = 'Hội đồng quản trị', 'VN' = 'Việt Nam'
        return False
    return True


def merge_posts(person: Person, posts: list[Position]) -> None:
    """Give a person the posts of another reading of their name; one post written twice is one."""
    for post in posts:
        same = next(
            (
                p
                for p in person.positions
                if key(p.title) == key(post.title)
                and key(p.organization or "") == key(post.organization or "")
            ),
            None,
        )
        if same is None:
            person.positions.append(post)
        else:
            same.spans.extend(s for s in post.spans if s not in same.spans)


def _same_role(ctx: Context, written: str, role: Entry) -> bool:
    """Whether a title as written is, whole, a form of this role ('PCT' and 'Phó Chủ tịch')."""
    words = tokenize(written)
    found = ctx.lex.roles.match(words, 0)
    return found is not None and found[1] == len(words) and found[0].key == role.key


def _kin_titles(one: str, other: str) -> bool:
    """Whether two titles (as keys) are one, or one the other and a qualifier ('Phó Bí thư Thường trực')."""
    return one == other or one.startswith(other + " ") or other.startswith(one + " ")


def _leader_in_place(ctx: Context, person: Person, title: TitleMention, new_title: str) -> bool:
    """Keep one post for a leader whose title the report writes once bare and once with its unit.

    'Thủ tướng A' names no unit, 'Thủ tướng Chính phủ A' does: the post is the one with the unit,
    whichever comes first. Return whether the title was taken in by a post the person already has.
    """
    if title.role.key not in IMPLIED_UNIT or IMPLIED_UNIT[title.role.key] is not None:
        return False
    held = next(
        (
            p
            for p in person.positions
            if _kin_titles(key(p.title), new_title) and (title.org is None or p.organization is None)
        ),
        None,
    )
    if held is None:
        return False
    held.spans.append(ctx.span(title.start, title.end))
    if title.org is not None:
        held.organization = title.org
        if len(new_title) > len(key(held.title)):
            held.title, held.title_en = title.title, title.role.en
        if held.status and not title.status:
            held.status = None  # held now, whatever it was before
    return True


def add_post(
    ctx: Context,
    person: Person,
    title: TitleMention,
    completed: dict[int, Position],
    org_names: dict[str, str],
) -> None:
    """Give a person a post, or one more span of a post they already have.

    The same title in a unit written once in full and once short ('Chủ tịch UB TƯ MTTQ Việt Nam',
    'Chủ tịch MTTQ VN', 'Phó Chủ tịch HĐQT') is one post, under the fuller name as written; so is
    a title written once in full and once short ('Phó Bí thư Thường trực', 'Phó Bí thư') in one unit.
    """
    if title.org:
        # The units of posts read so far, for a later head's title written alone (_headed_alone).
        ctx.cache.setdefault("post units", {})[org_key(ctx, title.org)] = title.org  # type: ignore[index]
    org = _words(ctx, title.org)
    new_title = key(title.title)
    # Posts by id; the dicts hold the posts, so a dropped post's id is never reused by a new one.
    guessed: dict[int, Position] = ctx.cache.setdefault("implied posts", {})  # type: ignore[assignment]
    if _leader_in_place(ctx, person, title, new_title):
        return
    if title.implied and any(key(p.title) == new_title for p in person.positions):
        return  # 'Bộ trưởng, Chủ nhiệm VPCP A ... Bộ trưởng A': the post written in full, not a guess
    if not title.implied:
        # A post written in full replaces the same title whose unit was only guessed.
        person.positions[:] = [
            p for p in person.positions if id(p) not in guessed or key(p.title) != new_title
        ]
    for p in person.positions:
        old_title = key(p.title)
        have = _words(ctx, p.organization)
        same_unit = have == org or (org and have and (_covers(have, org) or _covers(org, have)))
        if not same_unit and title.org and p.organization:
            # Two names the unit pass knows for one unit ('Ngân hàng X', its brand 'XBank').
            known = org_names.get(org_key(ctx, title.org))
            same_unit = known is not None and known == org_names.get(org_key(ctx, p.organization))
        if not same_unit:
            continue
        if (
            old_title != new_title
            and not (old_title.startswith(new_title + " ") or new_title.startswith(old_title + " "))
            and not _same_role(ctx, p.title, title.role)
        ):
            continue
        p.spans.append(ctx.span(title.start, title.end))
        if len(new_title) > len(old_title):
            p.title, p.title_en = title.title, title.role.en
        if (len(org) > len(have) or id(p) in completed) and not title.completed:
            p.organization = title.org  # type: ignore[assignment]
            completed.pop(id(p), None)
        if p.status and not title.status and not title.implied:
            p.status = None  # held now, whatever it was before (a unit only guessed does not say so)
        return
    position = _position(ctx, title)
    if title.completed:
        completed[id(position)] = position
    if title.implied:
        guessed[id(position)] = position
    person.positions.append(position)
