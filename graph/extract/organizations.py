"""Find the units a report names and merge the ways it names each one.

A unit's name is a head word from the gazetteer (Công an, UBND, Sở, Ban chấp hành, Tỉnh ủy, ...)
followed by what narrows it: capitalised words and abbreviations ('Sở Tư pháp', 'Phòng Cảnh sát
PCCC và CNCH'), another unit it belongs to ('Ban chấp hành Đảng bộ Công an TP Đà Nẵng'), and an
administrative level with a place ('tỉnh Nghệ An', 'TP Đà Nẵng'). A level without a place ('Công an
TP', 'công an thành phố') means the report's own city or province. Bare heads ('Công an cấp xã',
'2 Đồn Công an') name no particular unit and are left out; a place's authorities are a unit only
by its level and name ('chính quyền xã X', not 'chính quyền địa phương').

Real news write names word by word, so a name goes on in lower case only to finish a word it began
('Ban Bí thư', from underthesea's Viet74K word list) or with a field's words ('truy nã tội phạm',
org_words.txt) or a managing board's ('ban giám đốc Công an tỉnh X'), never into the verb that
follows ('Bộ Nội vụ kiểm tra'). It keeps '&', dashes,
bracketed abbreviations, numbers and comma-listed fields ('Sở NN&PTNT', 'Phòng Tài chính - Kế
toán', 'Đội Tuần tra kiểm soát 188', 'Sở Văn hóa, Thể thao và Du lịch'). Units named by what they
do (centres, associations, companies) may run on in lower case up to the place they serve
('Trung tâm phát triển quỹ đất tỉnh X'). Abbreviations the report defines or spells out elsewhere
('(TN-MT)', 'Ban TCTW') and short names one fuller name holds ('Phòng CSGT Bắc Ninh') join the
unit they name. News outlets the report cites ('Theo VnExpress', 'trao đổi với Lao Động') or whose
byline or photo credit it carries ('Lan Anh (TTXVN)', 'Ảnh: Zing.vn') and companies named by their
brand ('Viettel') are units too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, partial
from importlib import resources

from graph.facts import Organization, Span
from graph.gazetteer import GAZETTEER_DIR, Entry, word_lists
from graph.text import key, nfc

from .context import LEVEL_INITIALS, Context, PhraseMatcher, match_level
from .tokens import Token, capital_run, is_abbreviation, is_capitalised, tokenize

__all__ = [
    "MORE_SURNAMES",
    "dictionary_words",
    "glued_apostrophe",
    "OrgMention",
    "parse_org",
    "find_org_mentions",
    "organizations",
    "org_key",
    "display_name",
]


def _words(text: str) -> frozenset[str]:
    """Return the words of a space-separated list."""
    return frozenset(text.split())


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
NATIONAL_NAME_ENDS = (" " + key("Việt Nam"), " " + key("Hồ Chí Minh"))  # how a country-wide body's name ends
# Units of one building named by their field alone: 'Đơn nguyên thận nhân tạo' (of a hospital).
FIELD_NAMED_KINDS = {"hospital-unit"}
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
TRAILING_LEVEL = re.compile(
    r"(?:\s+toàn)?\s+(?:tp\.?|thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|đặc khu)$", re.IGNORECASE
)
REPEATED_LEVEL = re.compile(r"\b(thành phố|tỉnh|huyện|quận|xã|phường)(?:\s+\1)+\b", re.IGNORECASE)
COUNTRY_BEFORE_LEVEL = re.compile(
    " {} (?=(?:{}) )".format(
        key("Việt Nam"),
        "|".join(key(w) for w in ("tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã")),
    )
)
GENERAL_HOSPITAL = re.compile(r" (?:bệnh viện đa khoa|bv đa khoa|bvđk|bv) (?=\S)")
LEVEL_INITIAL = re.compile(r"(?<![\w.])([QPH])\. ?(?=[0-9A-ZĐÀ-Ỹ])")  # 'Q.Thủ Đức', 'Q. Bình Tân'
# Initials compared without their marks: 'ĐT' of 'Đào tạo' = 'DT', 'Ư' of 'Ương' = 'U'.
INITIAL_FOLD = {"Đ": "D", "Ư": "U", "Ơ": "O", "Ô": "O", "Â": "A", "Ă": "A", "Ê": "E"}
BRACKETED_NAME = re.compile(r"\s*\(([A-ZĐ][A-Za-zĐđ0-9]{2,30})\)")
# '(C45, Bộ Công an)', '(PC49 - Công an tỉnh X)': a unit's code, then its owner, in one bracket.
CODE_OPENING = re.compile(r"\s*\(\s*([A-Z]{1,2}[0-9]{2})\s*[,\-–—]\s*")
CODE_BEFORE_OWNER = re.compile(rf"{CODE_OPENING.pattern}(?=[^\W\d_])")  # ('(PC45, tỉnh X)' too)
BRACKETED = re.compile(r"\s*\([^()]*\)")
SUB_UNITS = {"division", "team", "station", "office", "centre", "sub-agency", "board"}
# Bodies of which there is only one: named by their head alone.
UNIQUE_KINDS = {
    "supreme-court",  # 'TANDTC'
    "supreme-procuracy",  # 'VKSNDTC'
    "government",
    "national-assembly",
    "politburo",
    "secretariat",
    "central-committee",
    "presidium",
}
# Heads of units that serve the police when their name says so ('Phòng Cảnh sát hình sự', 'Cục CSHS'),
# though the same heads in a People's Committee or a ministry are civil ones.
POLICE_FIELD_HEADS = {"division", "agency", "general-department", "regiment", "office", "centre", "board"}
# The police's own abbreviations and unit codes: 'CSGT', 'CSĐT', 'PC45', 'PA83', 'C45'.
POLICE_CODE = re.compile(r"CS[A-ZĐ]{1,4}|P[A-Z]\d\d|[ABCX]\d\d")
# Heads of schools, which are often named for a person ('Trường THPT Chu Văn An').
SCHOOL_HEADS = ("school", "college", "university", "academy")
# The police's initials with the level of the unit in them: 'CATP Hà Nội', 'CAQ Hoàng Mai'.
POLICE_INITIALS = {"CATP": "thành phố", "CAQ": "quận", "CAH": "huyện", "CAP": "phường", "CAX": "xã"}
# Heads of the units police codes name: 'Phòng PC45', 'Cục C45', 'Cơ quan Cảnh sát điều tra (C44)'.
CODED_HEADS = {"division", "agency", "general-department", "investigation-agency"}
POLICE_FIELDS = {("cảnh", "sát"), ("an", "ninh"), ("công", "an")}
# Family names the shared list lacks, frequent in news of the north and the uplands.
MORE_SURNAMES = {
    "Đào", "Phí", "Lô", "Lữ", "Giáp", "Tòng", "Hàn", "Lường", "Thào", "Cấn", "Bành", "Tôn", "Ninh", "Lã",
    "Khuất", "Doãn", "Cù", "Mã", "Lạc", "Chế", "Nghiêm", "Quàng", "Vàng", "Sùng", "Mùa", "Khổng",
    "Bế", "Hoàng", "Lò", "Hờ", "Giàng", "Tẩn", "Đoàn", "Tạ", "Ung", "Lầu", "Sồng", "Lèng", "Vừ", "Chảo",
    "Phàn", "Tráng",
}  # fmt: skip
# Heads of the bodies every administrative level has, which coordinated share one level and place:
# 'Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh X', 'Đảng ủy, UBND xã Y', 'Công an và Ban CHQS huyện Z'.
LEVELLED_HEADS = {
    "police", "peoples-committee", "peoples-council", "fatherland-front", "party-committee",
    "party-committee-province", "party-committee-city", "party-committee-district", "military-command",
    "court", "procuracy", "youth-union", "womens-union", "farmers-union", "veterans-association",
    "trade-union", "party-organisation", "inspection-committee",
}  # fmt: skip
# Heads that also close a role ('Phó Bí thư Thường trực Tỉnh ủy' is a post, not a unit).
ROLE_TAIL_KINDS = {"standing-office", "standing-members"}
DASHES = ("-", "–", "—")
NUMBERED_LEVELS = ("quận", "phường")
# Capitalised words that open a sentence, not a name the unit's name goes on with.
SENTENCE_WORDS = _words(
    "cũng theo tại trong ngày nhưng và khi sau trước đây đó này với từ còn tuy nếu do vì để ông "
    "bà anh chị hiện riêng sáng chiều trưa tối đêm nguồn ảnh clip video cụ đáng ngoài bên như "
    "đến lúc vào khoảng được hôm về ngay thấy nhận"
)
# Heads of units named by what they do, whose names run on in lower case ('Trung tâm phát triển
# quỹ đất tỉnh X', 'Hội tin học Việt Nam', 'Nông trường cao su X').
DESCRIBED_HEADS = {
    "centre",
    "association",
    "company",
    "bank",
    "hospital",
    "college",
    "university",
    "academy",
    "institute",
    "federation",
}
# Words that end such a run: the clause goes on.
BRIDGE_STOP = _words(
    "đã đang sẽ vừa mới cho với của và về tại ở trong từ theo được bị là có không cũng đều phải cần để "
    "khi thì mà nên nếu vì do các những một này đó kia nơi như gồm thuộc trên dưới sau trước đến tới "
    "làm bắt giao gửi trao tặng ký họp thăm nhận"
)
BRIDGE_STOP_PAIRS = {
    tuple(pair.split())
    for pair in [
        "phối hợp",
        "kiểm tra",
        "tổ chức",
        "tiến hành",
        "chỉ đạo",
        "yêu cầu",
        "đề nghị",
        "báo cáo",
        "khởi tố",
        "xử lý",
        "thông báo",
        "cho biết",
        "tiếp nhận",
        "công bố",
        "triển khai",
        "hỗ trợ",
        "chuyển giao",
        "bàn giao",
    ]
}
# Fields named by a pair written with a comma inside a unit's name.
PAIRED = [
    (tuple(a.split()), tuple(b.split()))
    for a, b in (
        ("phòng cháy", "chữa cháy"),
        ("cứu nạn", "cứu hộ"),
        ("phòng", "chống"),
        ("an ninh", "trật tự"),
        ("khám", "chữa bệnh"),
        ("khám bệnh", "chữa bệnh"),
        ("đường bộ", "đường sắt"),
    )
]
# Words before a street's name, which may begin like a unit's ('đường Trường Chinh', 'phố Đội Cấn').
STREET_WORDS = _words("đường phố ngõ ngách hẻm kiệt đại lộ quốc lộ tỉnh lộ")
# Titles written before a person's name: 'Ngân hàng X TS Nguyễn Văn A'.
HONORIFICS = _words("TS ThS PGS GS BS KS LS NSƯT NSND NGƯT NGND")
# Of those, the ones no place's name holds ('Đông Anh', 'Hai Bà Trưng', 'Nam Từ Liêm' keep theirs).
# Fields that are verbs too ('tham mưu cho UBND'): part of a name only right after its head.
HEAD_FIELDS = {("tham", "mưu"), ("chỉ", "đạo")}  # 'Phòng tham mưu', 'Ban chỉ đạo thi THPT quốc gia'
# A unit's managing board ('Ban giám đốc', 'Ban giám hiệu'): named for the unit that follows it.
MANAGING_BOARDS = {("giám", "đốc"), ("giám", "hiệu")}
# A party committee's organisation commission, as often in lower case: 'Ban tổ chức Tỉnh ủy Z'.
PARTY_ORGANISING = ("tổ", "chức")
TRANSACTION = ("giao", "dịch")  # 'phòng giao dịch X': a bank's office, named for where it is
MANAGEMENT = ("quản", "lý")  # 'Ban quản lý' in lower case: a board when a place or a name ends it
STEERING = ("chỉ", "đạo")
CARRY_OUT = {("thực", "hiện"), ("triển", "khai")}
# Documents a steering board is named for: 'Ban Chỉ đạo thực hiện Nghị định 67', 'Ban Chỉ đạo Đề án 896'.
STEERED_DOCUMENTS = {
    ("nghị", "định"), ("nghị", "quyết"), ("chỉ", "thị"), ("đề", "án"), ("chương", "trình"),
    ("dự", "án"), ("quyết", "định"), ("kế", "hoạch"),
}  # fmt: skip  # 'Ban chỉ đạo' in lower case: a board only when its name goes on
HEAD_FIELD_KINDS = {"division", "board", "agency", "department", "general-department"}
# What a bloc's party committee gathers: 'Đảng ủy Khối các cơ quan Trung ương'.
BLOC_FIELDS = (("các", "cơ", "quan"), ("cơ", "quan"), ("doanh", "nghiệp"))
# A region a unit serves, after its name: 'Cảng vụ Hàng không miền Bắc', 'Đội CSGT phía Nam'.
REGION_WORDS = {"miền", "phía"}
REGIONS = {"Bắc", "Trung", "Nam", "Tây", "Đông"}
# Words after a unit's name that say whose unit it is: the name has ended.
OWNER_WORDS = {"của", "thuộc", "trực"}
# Words that mark the verb of a clause, so the noun phrase before them has ended.
TENSE_WORDS = {"đã", "vừa", "đang", "sẽ", "cũng"}
# Police units no name makes one in particular, whose owner may follow after a comma
# ('trại tạm giam, Công an tỉnh X'); a capitalised division keeps its name and is part of the owner.
COMMA_PARENT_HEADS = {"investigation-agency", "prison"}
BRANCH = ("chi", "nhánh")  # a branch of a unit, itself a unit
BRANCH_KEY = " chi nhánh "
MANY_WORDS = {"các", "những", "mọi", "hai", "ba", "bốn", "năm", "nhiều", "một", "số"}
# Field words that are also a clause's verbs or adverbs ('Bộ X đầu tư xây dựng', 'Đội Y thường
# xuyên phối hợp'): they end a name only when the clause does not go on after them.
INTENSIVE_CARE = {("điều", "trị", "tích", "cực"), ("hồi", "sức", "tích", "cực")}
CLAUSE_FIELDS = {
    "đầu tư", "tố cáo", "khiếu nại", "thường xuyên", "tích cực", "thi", "dự án", "lọc máu", "cai nghiện",
    "tái nghiện", "đóng tàu", "kiểm định",
}  # fmt: skip
NAME_BREAKS = SENTENCE_WORDS - _words("ông bà anh chị từ như do vì bên")
# No place's name opens with a plural word: after a level it opens the next sentence ('Sở X TP. Các cán bộ').
PLACE_BREAKS = NAME_BREAKS | _words("các những mọi")
# Words after a number that make it a count or a time, not part of a name ('Đội 3 người').
COUNT_WORDS = {"năm", "tháng", "ngày", "giờ", "tuần", "quý", "lần", "tuổi"}
# Short words a byline or photo credit ends a sentence with: 'Sở X - PV', not part of a name.
CREDITS = {"PV", "CTV", "NV", "TTXVN", "TTXVN/VNA", "VNA", "VOV", "VTV"}
WEB_DOMAINS = {"vn", "net", "com"}
# Words that open a photo credit or a source line: 'Ảnh: X/VOV', 'Nguồn: Y'.
CREDIT_WORDS = {"ảnh", "nguồn"}
# Words that cite a paper named in ordinary words: 'Theo Tuổi trẻ', 'TTXVN/Tin Tức', 'Ảnh Lao Động'.
PRESS_CUES = {"theo", "với", "viên", "pv", "trên", "tờ", "như", "/", "ảnh"}
# Single words that head a unit's name only before a proper name: 'Hội Nghề cá', 'báo Thanh Niên'.
# They stay out of the gazetteer's heads, which a person's name must not hold ('Lê Văn Hội').
SOFT_HEADS = {
    "hội": Entry("association", "Hội", "association", kind="association"),
    "khoa": Entry("clinical-department", "Khoa", "clinical department", kind="other"),
    "báo": Entry("newspaper", "Báo", "newspaper", kind="press"),
    "trường": Entry("school", "Trường", "school", kind="school"),
    "vụ": Entry("ministry-department", "Vụ", "department of a ministry", kind="government"),
}
# Units news write in lower case before their proper name: 'trường THPT X', 'công ty TNHH Y'.
LOWER_CASE_NAMED = {
    "college", "university", "academy", "hospital", "company", "bank", "newspaper", "prison", "regiment",
}  # fmt: skip
ROMAN = re.compile(r"[IVX]{1,4}")  # 'Vụ II': a procuracy's or inspectorate's numbered department
SOFT_HEADS_KEYS = {entry.key for entry in SOFT_HEADS.values()}
# Words that end in 'báo' or 'trường' and 'hội' without naming a unit ('thông báo', 'môi trường').
NOT_SOFT_AFTER = _words(
    "thông tình cảnh dự tố khai trình phản hồi tin họp điện công thị môi hiện chiến quảng "
    "thương nông lập đấu lâm ngư pháp sân xã đại quốc lễ giáo kiểm nha bách phân nội ngoại "
    "chuyên đa y bách"
)
# A soft head before these is an ordinary noun: 'Hội nghị', 'Trường Sa' (islands), 'Trường Sơn'.
NOT_SOFT_BEFORE = {"nghị", "thảo", "thi", "viên", "chợ", "diễn", "trường", "sa", "sơn", "giang", "xuân"}


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
    tail: str | None = None  # the level and place a coordinated head takes ('HĐND' of 'HĐND, UBND tỉnh X')

    branch_start: int | None = None  # where 'Chi nhánh' before the unit begins: the unit's branch
    resolvable: bool = True  # a level without a place has a default place in this report
    named: bool = False  # a proper name (not only a nested head) follows the head

    @property
    def specific(self) -> bool:
        """Whether the mention names one particular unit."""
        if self.place:
            return True
        if self.level:
            return self.resolvable
        if self.head.key in UNIQUE_KINDS:
            return True
        if self.head.key in NATIONAL_KINDS and (" " + key(self.head_text)).endswith(NATIONAL_NAME_ENDS):
            return True  # written with the nation's name: 'Ủy ban MTTQ Việt Nam', 'Đoàn TNCS Hồ Chí Minh'
        if self.named:
            return True
        if self.head.key in IMPLIED_LEVEL:
            return True
        if self.child is not None and self.child.specific:
            return True
        return bool(self.specs) and (self.head.key in NATIONAL_KINDS or self.head.key in FIELD_NAMED_KINDS)


def glued_apostrophe(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is an apostrophe inside a word ('M'gar'), with no space on either side."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text in ("'", "’")
        and tokens[k - 1].end == tokens[k].start
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].is_word
    )


def glued_hyphen(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a hyphen glued between two capitalised syllables ('Si-Ma-Cai')."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == "-"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].is_word
        and is_capitalised(tokens[k + 1])
    )


def _place_run(
    ctx: Context, tokens: list[Token], j: int, level: str | None = None
) -> tuple[str, Entry | None, int] | None:
    """Read a place name at tokens[j] after ``level``: a gazetteer place, else a run of capitalised words."""
    found = ctx.lex.places.match(tokens, j)
    if found and found[0].kind != "country":  # 'huyện Mỹ Đức', 'phường Nhật Tân'
        entry, end = found
        if (
            level not in (None, "tỉnh")
            and entry.kind == "province"
            and end < len(tokens)
            and (run_end := _capital_run_end(ctx, tokens, j)) > end
            and not ctx.lex.places.match(tokens, end)
            and not ctx.lex.heads.match(tokens, end)
            # ('UBND thành phố X Đào Văn A': a person's name follows the place)
            and not (tokens[end].text in ctx.lex.surnames or tokens[end].text in MORE_SURNAMES)
        ):
            # 'huyện Điện Biên Đông', 'TP Điện Biên Phủ': a local place named like its province, and more
            return ctx.text[tokens[j].start : tokens[run_end - 1].end], None, run_end
        return ctx.text[tokens[j].start : tokens[end - 1].end], entry, end
    from .places import _districts  # (places reads this module's word lists)

    district = _districts()[0].match(tokens, j)
    if district is not None and any(t.text in DASHES for t in tokens[j : district[1]]):
        # 'TP Phan Rang - Tháp Chàm': a known district's name of two joined by a spaced dash
        return ctx.text[tokens[j].start : tokens[district[1] - 1].end], None, district[1]
    end = _capital_run_end(ctx, tokens, j)
    if end == j:
        return None
    return ctx.text[tokens[j].start : tokens[end - 1].end], None, end


def _capital_run_end(ctx: Context, tokens: list[Token], j: int) -> int:
    """Return the index after the run of capitalised words at tokens[j] that names a place."""
    end = j
    glued = 0  # tokens an apostrophe joins into the syllable before ('Ea H'leo')
    while (
        end < len(tokens)
        and end - j - glued < 4
        and tokens[end].is_word
        and (is_capitalised(tokens[end]) or is_abbreviation(tokens[end]))
    ):
        if glued_apostrophe(tokens, end + 1):
            end += 3
            glued += 2
            continue
        if glued_hyphen(tokens, end + 1) and not ctx.lex.places.match(tokens, end + 2):
            end += 2  # 'huyện Si-Ma-Cai'
            glued += 1
            continue
        # A family name opening two or more further capitalised words starts a person's name.
        if tokens[end].text in ctx.lex.surnames and capital_run(tokens, end) >= 3:
            break
        if (tokens[end].lower in PLACE_BREAKS and not (end == j and _known_local_name(tokens, j))) or (
            ctx.lex.ranks.match(tokens, end)
        ):
            break  # 'huyện X Trong khi ...', 'TP. Trung tá A': the text runs on into a new sentence
        if end > j and match_level(tokens, end):
            break  # 'huyện Hóc Môn TP.HCM': the next level's place follows
        end += 1
    return end


def _inside_known_name(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is inside a known place's or district's name begun before it ('Hai Bà Trưng')."""
    from .places import _districts  # (places reads this module's word lists)

    return any(
        (found := matcher(tokens, k)) is not None and found[1] > j
        for k in range(max(0, j - 3), j)
        for matcher in (ctx.lex.places.match, _districts()[0].match)
    )


def _known_local_name(tokens: list[Token], j: int) -> bool:
    """Whether a known district's, commune's or ward's name starts at tokens[j] ('huyện Tuy Đức')."""
    from .places import known_local_name  # (places reads this module's word lists)

    return known_local_name(tokens, j)


@cache
def _syllable_key(syllable: str) -> str:
    return key(syllable)


def word_key(text: str) -> str:
    """Return ``key(text)`` for a word of a few syllables, syllable by syllable (cached: it is hot)."""
    return " ".join(_syllable_key(s) for s in text.split())


@cache
def dictionary_words() -> frozenset[str]:
    """Return the keys of Vietnamese words of two to four syllables (underthesea's Viet74K list)."""
    try:
        source = resources.files("underthesea").joinpath("corpus/data/Viet74K.txt")
        lines = source.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    return frozenset(word_key(w) for w in lines if 0 < w.strip().count(" ") < 4)


@cache
def _all_words() -> frozenset[str]:
    return dictionary_words() | _org_word_keys()


@cache
def _org_word_keys() -> frozenset[str]:
    """Return the keys of the org words of two syllables or more ('phòng cháy')."""
    lines = (GAZETTEER_DIR / "org_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(word_key(w) for w in lines if " " in w.strip() and not w.startswith("#"))


def _phrases(filename: str) -> PhraseMatcher:
    """Return a matcher of the phrases of a gazetteer word list, one a line ('#' starts a comment line)."""
    lines = (GAZETTEER_DIR / filename).read_text(encoding="utf-8").splitlines()
    words = [nfc(w.strip()) for w in lines if w.strip() and not w.startswith("#")]
    return PhraseMatcher({w: Entry(w, w, w) for w in words})


@cache
def _org_words() -> PhraseMatcher:
    """Return a matcher of the lower-case words that may go on a unit's name ('giao thông')."""
    return _phrases("org_words.txt")


def _word_end(
    tokens: list[Token], word_start: int, j: int, words: frozenset[str] | None = None
) -> int | None:
    """Return the index after the dictionary word that tokens[word_start:] begins and tokens[j] goes on.

    'Ban Bí thư': 'thư' finishes the word 'Bí thư'; 'Bộ Nội vụ kiểm tra': 'kiểm' finishes none.
    """
    words = words if words is not None else _all_words()
    for end in range(min(len(tokens), word_start + 4), j, -1):
        run = tokens[word_start:end]
        lower_tail = all(not is_capitalised(t) for t in tokens[j:end])
        if lower_tail and all(t.is_word for t in run) and word_key(" ".join(t.text for t in run)) in words:
            return end
    return None


def _starts_word(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i:] begin with a Vietnamese word of two syllables or more, in any case."""
    return any(
        word_key(" ".join(t.text for t in tokens[i:end])) in dictionary_words()
        for end in range(i + 2, min(len(tokens), i + 4) + 1)
        if all(t.is_word for t in tokens[i:end])
    )


def _soft_head(ctx: Context, tokens: list[Token], i: int) -> tuple[Entry, int] | None:
    """Match a soft head ('Hội', 'báo', 'Trường') that a proper name follows."""
    head = SOFT_HEADS.get(tokens[i].lower)
    if head is None or i + 1 >= len(tokens):
        return None
    if head.key == "ministry-department" and not (
        is_capitalised(tokens[i])
        and i > 0
        and (tokens[i - 1].is_word or tokens[i - 1].text in (",", "("))
        and not ctx.lex.places.match(tokens, i)
        and (ROMAN.fullmatch(tokens[i + 1].text) or _word_end(tokens, i + 1, i + 2) is not None)
    ):
        # 'vụ' is a case; capitalised inside a sentence before a field's word or a number it is a
        # ministry's department ('theo Vụ Pháp chế', 'Vụ II'), while a sentence or headline opening
        # 'Vụ Hoa hậu …' still tells of a case, and 'Vụ Thanh Lâm' is a person.
        return None
    nxt = tokens[i + 1]
    if nxt.lower in NOT_SOFT_BEFORE or not nxt.is_word:
        return None
    # 'Hội tin học Việt Nam': a capitalised association whose lower-case name reaches a place.
    described = head.key == "association" and is_capitalised(tokens[i]) and _bridge_end(ctx, tokens, i + 1)
    if not (is_capitalised(nxt) or is_abbreviation(nxt) or described):
        return None
    paper = head.key == "newspaper" and _press_outlets().match(tokens, i + 1) is not None
    if (ctx.lex.heads.match(tokens, i + 1) and not paper) or match_level(tokens, i + 1):
        return None  # ('báo Công an nhân dân' is a paper named like the force it writes for)
    if i > 0:
        prev = tokens[i - 1]
        if prev.lower in NOT_SOFT_AFTER:
            return None
        if (
            prev.is_word
            and is_capitalised(prev)
            and not is_abbreviation(prev)  # 'PV báo X': the paper's reporter
            and prev.lower not in SENTENCE_WORDS  # 'Theo báo X'
            and prev.lower not in PRESS_CUES  # 'Pv báo X': the paper's reporter
            and not ctx.lex.roles.match(tokens, i - 1)
        ):
            return None  # the end of a person's name: 'Trần Văn Hội'
    if not is_capitalised(tokens[i]) and head.key == "association":
        return None  # ('khoa Hồi sức tích cực' is a department in lower case too; 'hội X' a festival)
    if not is_capitalised(tokens[i]) and i > 0 and tokens[i - 1].lower in ("các", "những"):
        return None  # 'các khoa Thận Tiết niệu, Cấp cứu': a list of several, read only in part
    if (
        head.key in ("association", "school")
        and not described
        and not is_abbreviation(nxt)
        and capital_run(tokens, i + 1) < 2
        and _word_end(tokens, i + 1, i + 2) is None
    ):
        return None  # 'Hội Lim', 'Hội An', 'Trường Hoàng': a festival, a town, a byline's name
    return head, i + 1


def _org_words_end(tokens: list[Token], j: int) -> int | None:
    """Return the index after a run of org words at tokens[j] that ends the clause's noun phrase.

    'và điều tra tội phạm' ends a name; 'và quản lý hồ sơ' goes on with a verb's object.
    """
    end = j
    while (found := _org_words().match(tokens, end)) is not None:
        end = found[1]
        if (
            end + 1 < len(tokens)
            and tokens[end].lower == "và"
            and (more := _org_words().match(tokens, end + 1)) is not None
        ):
            end = more[1]  # 'trật tự và cơ động': two fields of one name
    if end == j:
        return None
    if (
        end < len(tokens)
        and tokens[end].is_word
        and not is_capitalised(tokens[end])
        and tokens[end].lower not in OWNER_WORDS  # 'và môi trường | của Quốc hội': whose unit it is
        and tokens[end].lower not in TENSE_WORDS  # 'và thủy sản | vừa cảnh báo': the verb comes next
        and not match_level(tokens, end)  # 'Sở Kế hoạch và đầu tư | tỉnh X': the place it serves
    ):
        return None
    return end


# The ministries whose investigation agencies and prisons are named with them: 'Cơ quan CSĐT, Bộ Công an'.
OWNING_MINISTRIES = {key("Bộ Công an"), key("Bộ Quốc phòng")}


def _parent_after_comma(ctx: Context, tokens: list[Token], j: int) -> OrgMention | None:
    """Return the police unit of a place (or its ministry) after a comma or dash at tokens[j].

    None when a list of units goes on after it.
    """
    if j + 1 >= len(tokens) or tokens[j].text not in (",", *DASHES):
        return None
    if tokens[j].text == "," and not is_capitalised(tokens[j + 1]):
        return None
    parent = parse_org(ctx, tokens, j + 1)
    if parent is None:
        return None
    ministry = key(ctx.text[parent.start : parent.end]) in OWNING_MINISTRIES
    if not ministry and (parent.head.key != "police" or not (parent.place or parent.level)):
        return None
    if not is_capitalised(tokens[j + 1]) and not parent.place:
        return None  # after a dash a lower-case 'công an' needs its place: '- công an thành phố X'
    if not parent.specific:
        return None
    after = _index_after(tokens, parent.end)
    if (
        after + 1 < len(tokens)
        and tokens[after].text in (",", ";")
        and (ctx.lex.heads.match(tokens, after + 1) or tokens[after + 1].lower == "và")
    ):
        return None  # 'Phòng PC45, Công an huyện A, Công an huyện B': a list of units
    return parent


def _owner_in_brackets(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Whether a bracket at tokens[j] names the unit's owner: '(PA72 – Công an tỉnh X)', '(Bộ Công an)'."""
    if j + 1 >= len(tokens) or tokens[j].text != "(":
        return False
    k = j + 1
    if POLICE_CODE.fullmatch(tokens[k].text) and k + 1 < len(tokens) and tokens[k + 1].text in (",", *DASHES):
        k += 2  # the unit's own code first
    owner = parse_org(ctx, tokens, k) if k < len(tokens) and is_capitalised(tokens[k]) else None
    return (
        owner is not None
        and owner.specific
        and owner.head.kind in ("police", "government")
        and _index_after(tokens, owner.end) < len(tokens)
        and tokens[_index_after(tokens, owner.end)].text == ")"
    )


def _district_run(tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words at tokens[j] are exactly a district's name ('Đội TTGT Ninh Kiều')."""
    from .places import _districts  # places reads units' names; imported here to avoid a cycle

    found = _districts()[0].match(tokens, j)
    return found is not None and found[1] - j >= 2 and capital_run(tokens, j) == found[1] - j


def _clause_goes_on(tokens: list[Token], j: int, end: int) -> bool:
    """Whether tokens[j:end], a field word that is also a verb's, is followed by the rest of a clause."""
    if " ".join(t.lower for t in tokens[j:end]) not in CLAUSE_FIELDS or end >= len(tokens):
        return False
    if any(" ".join(t.lower for t in tokens[k:j]) in CLAUSE_FIELDS for k in (j - 1, j - 2) if k >= 0):
        return False  # 'Cục Giải quyết khiếu nại tố cáo xem xét': a pair of fields names the unit
    if tuple(t.lower for t in tokens[max(0, j - 2) : end]) in INTENSIVE_CARE:
        return False  # 'khoa Điều trị tích cực chạy thận': intensive care, a department's field
    nxt = tokens[end]
    return (
        nxt.is_word
        and not is_capitalised(nxt)
        and not is_abbreviation(nxt)
        and nxt.lower not in OWNER_WORDS
        and nxt.lower != "và"
        and not match_level(tokens, end)
        and _org_words().match(tokens, end) is None
    )


def _noun_first(tokens: list[Token], i: int, j: int, end: int) -> bool:
    """Whether the tagger reads the lower-case run at tokens[j:end] as opening with a noun.

    Tagged from the head at tokens[i]: 'Trung tâm Y học | hạt nhân' goes on with a noun, 'Bộ Y tế |
    cảnh báo người dân' with a verb. After 'và' a field may read as a verb ('và phát triển').
    """
    from underthesea import pos_tag  # loaded on first use: few names run on in lower case

    phrase = " ".join(t.text for t in tokens[i : end + 1])
    offset = len(" ".join(t.text for t in tokens[i:j])) + 1
    joined = tokens[j].lower == "và"
    at = 0
    for word, tag in pos_tag(phrase):
        found = phrase.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
        if found < offset:
            continue
        if joined and word.lower() == "và":
            continue
        return (found == offset or joined) and tag in (("N", "Nc", "V") if joined else ("N", "Nc"))
    return False


def _named_tail(ctx: Context, tokens: list[Token], i: int, j: int) -> int | None:
    """Return where a lower-case run at tokens[j], after a name's capitalised words, ends the name.

    Units are often capitalised on their first field only: 'Phòng Quản lý đô thị thành phố',
    'Trung tâm Y học hạt nhân và xạ trị thuộc ...', 'Viện Chiến lược và phát triển GTVT'. The run
    holds dictionary words (a 'và' between two) and must reach what ends a name: a place, a
    level, an abbreviation, a bracket, 'thuộc', or a dash, comma or bracket before another unit.
    """
    k = j
    # (ten syllables: 'và điều hành vận tải hành khách công cộng | TP X' is one field of a centre)
    while k < len(tokens) and k - j < 10:
        tok = tokens[k]
        if not tok.is_word or is_capitalised(tok) or is_abbreviation(tok):
            break
        if tok.lower == "và" and k + 1 < len(tokens) and tokens[k + 1].is_word:
            k += 1
            continue
        if tok.lower in BRIDGE_STOP or match_level(tokens, k) or ctx.lex.heads_loose.match(tokens, k):
            break
        if k + 1 < len(tokens) and (tok.lower, tokens[k + 1].lower) in BRIDGE_STOP_PAIRS:
            break
        if ctx.lex.roles.match(tokens, k):
            break
        k += 1
    if k == j or tokens[k - 1].lower == "và" or k >= len(tokens):
        return None
    tok = tokens[k]
    ends = (
        match_level(tokens, k)
        or ctx.lex.places.match(tokens, k)
        or (is_abbreviation(tok) and tok.text not in CREDITS)
        or (tok.text == "(" and k + 1 < len(tokens) and is_abbreviation(tokens[k + 1]))
        # ('Cục Quản lý công sản (Bộ Tài chính)', 'Đội Chống hàng giả, Phòng PC46': its owner follows)
        or (tok.text in ("(", ",") and k + 1 < len(tokens) and ctx.lex.heads.match(tokens, k + 1))
        or tok.lower == "thuộc"
        or (tok.text in DASHES and k + 1 < len(tokens) and ctx.lex.heads.match(tokens, k + 1))
        or _proper_name_at(ctx, tokens, k)
    )
    if not ends or not _noun_first(tokens, i, j, k):
        return None
    return k


def _proper_name_at(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether a proper name of two capitalised words or more, not a person's, begins at tokens[k].

    It ends a field in lower case as a place does: 'Ban Quản lý rừng phòng hộ | Sông Mây'.
    """
    return (
        capital_run(tokens, k) >= 2
        and not any(is_abbreviation(t) for t in tokens[k : k + 2])
        and tokens[k].text not in ctx.lex.surnames
        and tokens[k].text not in MORE_SURNAMES
        and tokens[k].lower not in SENTENCE_WORDS
        and not ctx.lex.heads.match(tokens, k)
        and not ctx.lex.roles.match(tokens, k)
        and not ctx.lex.ranks.match(tokens, k)
    )


BRIDGE_SHORT = 5  # the words a described unit's name runs in lower case before a proper name
BRIDGE_LONG = 10  # … and before a level and a place


def _bridge_end(ctx: Context, tokens: list[Token], j: int) -> int | None:
    """Return where a described unit's lower-case run at tokens[j] ends: at a place, a name or its brand."""
    return _place_bridge_end(ctx, tokens, j) or _brand_bridge_end(ctx, tokens, j)


def _brand_bridge_end(ctx: Context, tokens: list[Token], j: int) -> int | None:
    """Return the index after the brand that ends a company's lower-case run: 'Công ty CP xây dựng | FS'.

    The brand is an abbreviation after a lower-case word ('xây dựng FS', 'thanh toán quốc gia VN'),
    not glued to more ('phòng chống HIV/AIDS'); the words before it are the run's, as for a place.
    """
    k = j
    while k < len(tokens) and k - j < BRIDGE_SHORT + 1:
        tok = tokens[k]
        if (
            is_abbreviation(tok)
            and tok.text.isalpha()
            and k > j
            and tokens[k - 1].is_word
            and not is_capitalised(tokens[k - 1])
            and tok.text not in LEVEL_INITIALS
            and not ROMAN.fullmatch(tok.text)  # ('nhiệm kỳ II': a term, not a brand)
            and not (k + 1 < len(tokens) and tokens[k + 1].start == tok.end and tokens[k + 1].text in "/-&")
        ):
            return k + 1 if _words_of_a_name(tokens, j, k) else None
        if not tok.is_word or is_capitalised(tok) or tok.lower in BRIDGE_STOP and tok.lower != "và":
            return None
        if k + 1 < len(tokens) and (tok.lower, tokens[k + 1].lower) in BRIDGE_STOP_PAIRS:
            return None
        if match_level(tokens, k) or ctx.lex.roles.match(tokens, k):
            return None
        k += 1
    return None


def _words_of_a_name(tokens: list[Token], j: int, k: int) -> bool:
    """Whether every lower-case word of tokens[j:k] is a word of two syllables or more, or an org word."""
    n = j
    while n < k:
        if not tokens[n].is_word or is_abbreviation(tokens[n]) or (n > j and tokens[n].lower == "và"):
            n += 1
            continue
        org_word = _org_words().match(tokens, n)
        word = org_word[1] if org_word and org_word[1] <= k else None
        word = word or next(
            (
                e
                for e in range(min(k, n + 4), n + 1, -1)
                if word_key(" ".join(t.text for t in tokens[n:e])) in dictionary_words()
            ),
            None,
        )
        if word is None:
            return False
        n = word
    return True


def _place_bridge_end(ctx: Context, tokens: list[Token], j: int) -> int | None:
    """Return where a short lower-case run at tokens[j] reaches the place that ends a unit's name.

    The run holds no function word, head or post, and a level word with a name, a gazetteer
    place or a capitalised name of two words or more ends it: 'phát triển quỹ đất | tỉnh X'.
    """
    k = j
    # (a longer run only up to a level and a place: 'phòng chống sốt rét ký sinh trùng và côn trùng | tỉnh X')
    while k < len(tokens) and k - j < BRIDGE_LONG:
        tok = tokens[k]
        code = is_abbreviation(tok) or (tok.text == "/" and k > j and is_abbreviation(tokens[k - 1]))
        joins = (
            tok.lower == "và"
            and k > j
            and k + 1 < len(tokens)
            and tokens[k + 1].is_word
            and not is_capitalised(tokens[k + 1])
            and tokens[k + 1].lower not in BRIDGE_STOP
        )  # 'Công ty CP đầu tư và xây dựng X': two fields of one name
        if not (code or (tok.is_word and not is_capitalised(tok))) or (
            tok.lower in BRIDGE_STOP and not joins
        ):
            break
        if k + 1 < len(tokens) and (tok.lower, tokens[k + 1].lower) in BRIDGE_STOP_PAIRS:
            break
        found = ctx.lex.heads_loose.match(tokens, k)
        head = (
            found
            and _org_words().match(tokens, k) is None
            and not (
                found[1] == k + 1
                and k + 1 < len(tokens)
                and word_key(f"{tok.text} {tokens[k + 1].text}") in dictionary_words()
            )
        )  # ('phòng chống'; 'rừng phòng hộ': a one-word head inside a longer word is none)
        if match_level(tokens, k) or head or ctx.lex.roles.match(tokens, k):
            break
        k += 1
    if k == j or k >= len(tokens) or not any(t.is_word and not is_abbreviation(t) for t in tokens[j:k]):
        return None
    if not _words_of_a_name(tokens, j, k):  # every lower-case word a word of two syllables or more
        return None
    level = match_level(tokens, k)
    if level and level[1] < len(tokens) and is_capitalised(tokens[level[1]]):
        return k
    if ctx.lex.places.match(tokens, k):
        return k
    if k - j > BRIDGE_SHORT:
        return None
    end = k + 1
    while end < len(tokens) and tokens[end].start == tokens[end - 1].end:
        end += 1  # the tokens written together: '9901S', '29-01D'
    code = "".join(t.text for t in tokens[k:end])
    if end - k >= 2 and any(c.isdigit() for c in code) and (any(c.isalpha() for c in code) or "-" in code):
        return end  # a unit's code ends the name: 'Trung tâm đăng kiểm xe cơ giới 9901S'
    if (
        capital_run(tokens, k) >= 2
        and not any(is_abbreviation(t) for t in tokens[k : k + 2])
        and tokens[k].text not in ctx.lex.surnames
        and tokens[k].lower not in SENTENCE_WORDS
    ):
        return k
    return None


def _enumeration_end(ctx: Context, tokens: list[Token], j: int) -> int | None:
    """Return the index of the 'và' that closes ', Field và Field' inside a name, or None."""
    if tokens[j].text != "," or j + 1 >= len(tokens) or not is_capitalised(tokens[j + 1]):
        return None
    if any((p := ctx.lex.places.match(tokens, j - n)) and p[1] == j for n in (1, 2, 3) if j - n >= 0):
        return None  # 'Tập đoàn X Việt Nam, Tổng công ty Y': a name ended on its country; a list goes on
    nxt = j + 1
    if ctx.lex.heads.match(tokens, nxt) or ctx.lex.places.match(tokens, nxt) or match_level(tokens, nxt):
        return None
    if (
        ctx.lex.roles.match(tokens, nxt)
        or ctx.lex.ranks.match(tokens, nxt)
        or tokens[nxt].text in ctx.lex.surnames
        or tokens[nxt].text in HONORIFICS  # 'Trường ĐH X, PGS-TS Y': a person's titles
    ):
        return None
    for k in range(nxt + 1, min(len(tokens), nxt + 4)):
        tok = tokens[k]
        if tok.text in DASHES and k + 1 < len(tokens) and is_capitalised(tokens[k + 1]):
            # 'Phòng Hành chính, Quản trị - Tổ chức cán bộ': the fields joined by a dash go on.
            if ctx.lex.heads.match(tokens, k + 1) or ctx.lex.places.match(tokens, k + 1):
                return None
            return k
        if tok.lower == "và":
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is not None and is_capitalised(after) and not ctx.lex.heads.match(tokens, k + 1):
                return k
            return None
        if not tok.is_word:
            return None
    return None


def _lower_enumeration_end(tokens: list[Token], j: int) -> int | None:
    """Return the index after ', field và field' in lower case at tokens[j] (', thương binh và xã hội')."""
    if tokens[j].text != "," or j + 1 >= len(tokens) or is_capitalised(tokens[j + 1]):
        return None
    first = _org_words().match(tokens, j + 1)
    if first is None or first[1] >= len(tokens) or tokens[first[1]].lower != "và":
        return None
    second = _org_words().match(tokens, first[1] + 1)
    if second is not None:
        return second[1]
    # The last field may be a word that is also a verb ('hộ tịch và chứng thực'): two syllables that
    # end the name, before a capital, a place's level or the end of the clause.
    k = first[1] + 3
    last = tokens[first[1] + 1 : k]
    if len(last) < 2 or not all(t.is_word and t.text.islower() for t in last):
        return None
    ends = k >= len(tokens) or not tokens[k].is_word or is_capitalised(tokens[k]) or match_level(tokens, k)
    return k if ends else None


def _field_before_parent_end(ctx: Context, tokens: list[Token], j: int) -> int | None:
    """Return the index after ', field' at tokens[j] when the unit's parent follows a comma after it.

    'Đội Cảnh sát về kinh tế, ma túy, Công an huyện X': the second field is still the team's.
    """
    if tokens[j].text != "," or j + 1 >= len(tokens) or is_capitalised(tokens[j + 1]) or j == 0:
        return None
    if is_capitalised(tokens[j - 1]) or _org_words().match(tokens, j + 1) is None:
        return None
    end = _org_words_run_end(tokens, j + 1)
    if end + 1 >= len(tokens) or tokens[end].text != "," or not is_capitalised(tokens[end + 1]):
        return None
    parent = parse_org(ctx, tokens, end + 1)
    if parent is None or parent.head.key != "police" or not (parent.place or parent.level):
        return None
    return end


def _managed_end(ctx: Context, tokens: list[Token], j: int, mention: OrgMention) -> int | None:
    """Return where a management board's lower-case 'quản lý', or the 'các' before the zones it
    manages, at tokens[j] ends, or None."""
    if (
        not mention.specs
        and j + 2 < len(tokens)
        and not is_capitalised(tokens[j])
        and (tokens[j].lower, tokens[j + 1].lower) == MANAGEMENT
        and tokens[j + 2].is_word
        and is_capitalised(tokens[j + 2])
        and not match_level(tokens, j + 2)
        and tokens[j + 2].text not in ctx.lex.surnames  # ('Ban quản lý Nguyễn Văn A': a person follows)
    ):
        return j + 2
    if (
        tuple(t.lower for t in mention.specs) == MANAGEMENT
        and j + 1 < len(tokens)
        and tokens[j].lower == "các"
        and tokens[j + 1].lower == "khu"
    ):
        return j + 1
    return None


def _steered_end(tokens: list[Token], j: int) -> int | None:
    """Return where a steering board's document or number, read at tokens[j], ends ('thực hiện
    Nghị định 67/2014', 'Đề án 896', '389'), or None."""
    k = j
    if k + 1 < len(tokens) and (tokens[k].lower, tokens[k + 1].lower) in CARRY_OUT:
        k += 2
    if (
        k + 1 < len(tokens)
        and is_capitalised(tokens[k])
        and (tokens[k].lower, tokens[k + 1].lower) in STEERED_DOCUMENTS
    ):
        k += 2
        if k < len(tokens) and tokens[k].lower == "số":
            k += 1
    elif k > j:
        return None  # 'Ban Chỉ đạo thực hiện tốt …': the verb, not a document's name
    if k >= len(tokens) or not tokens[k].text[:1].isdigit() or (k == j and len(tokens[k].text) < 2):
        return None  # ('Ban Chỉ đạo 2 năm qua': a count, not the board's number)
    end = k + 1
    while (
        end < len(tokens) and tokens[end].start == tokens[end - 1].end and tokens[end].text not in ",;:)"
    ):
        end += 1  # the number written together: '67/2014', '50-CT/TW'
    if end < len(tokens) and tokens[end].lower in COUNT_WORDS:
        return None
    return end


def _org_words_run_end(tokens: list[Token], j: int) -> int:
    """Return the index after the run of org words at tokens[j]."""
    while (found := _org_words().match(tokens, j)) is not None:
        j = found[1]
    return j


def _paired_end(tokens: list[Token], j: int) -> int | None:
    """Return the index after ', <second half>' when tokens before j end the first half of a pair."""
    if tokens[j].text != ",":
        return None
    for first, second in PAIRED:
        n, m = len(first), len(second)
        before = [t.lower for t in tokens[max(0, j - n) : j]]
        after = [t.lower for t in tokens[j + 1 : j + 1 + m]]
        if before == list(first) and after == list(second):
            return j + 1 + m
    return None


def _bracket_end(tokens: list[Token], j: int) -> int | None:
    """Return the index after an abbreviation in brackets at tokens[j]: '(CSGT)', '(TN-MT)', '(NN&PTNT)'."""
    if tokens[j].text != "(":
        return None
    k = j + 1
    while k < len(tokens) and k - j <= 6 and (is_abbreviation(tokens[k]) or tokens[k].text in ("-", "&")):
        k += 1
    if k > j + 1 and k < len(tokens) and tokens[k].text == ")" and is_abbreviation(tokens[k - 1]):
        return k + 1
    return None


BRANCH_NAME_WORDS = 3  # a branch is named after where it is: 'chi nhánh Phú Tài', 'chi nhánh TP HCM'


def _branch_end(ctx: Context, tokens: list[Token], j: int) -> int | None:
    """Return where a branch named at tokens[j] ends: '(–) chi nhánh Phú Tài', 'chi nhánh Q.8'."""
    if j < len(tokens) and tokens[j].text in DASHES:
        j += 1
    if tuple(t.lower for t in tokens[j : j + 2]) != BRANCH:
        return None
    j += 2
    if (place := ctx.lex.places.match(tokens, j)) is not None:
        return place[1]
    if (level := match_level(tokens, j)) is not None:
        j = level[1]
        if j < len(tokens) and tokens[j].text.isdigit():
            return j + 1  # 'chi nhánh Q.8'
    run = min(capital_run(tokens, j), BRANCH_NAME_WORDS)
    return j + run if run else None


def _branch_prefix(tokens: list[Token], i: int) -> bool:
    """Whether 'chi nhánh' comes right before tokens[i]: 'Chi nhánh Công ty X', 'chi nhánh Agribank Y'.

    Not after a word that counts branches ('các chi nhánh Công ty X', 'hai chi nhánh'): no one branch.
    """
    if i < 2 or tuple(t.lower for t in tokens[i - 2 : i]) != BRANCH:
        return False
    return i < 3 or not (tokens[i - 3].lower in MANY_WORDS or tokens[i - 3].text.isdigit())


def parse_org(ctx: Context, tokens: list[Token], i: int, *, in_title: bool = False) -> OrgMention | None:
    """Read a unit's name starting at tokens[i], or return None if no head word starts there.

    ``in_title``: the head closes a title ('Trưởng phòng CSGT'), where it is written in lower case.
    """
    if i >= len(tokens):
        return None  # (a head that ends the text: 'ĐOÀN CHỦ TỊCH' has no body after it)
    heads = ctx.lex.heads_loose if in_title else ctx.lex.heads
    found = heads.match(tokens, i) or _soft_head(ctx, tokens, i) or _police_initials(ctx, tokens, i)
    if not found:
        return None
    head, j = found
    if head.key == "ministry" and j < len(tokens) and tokens[j].lower == "luật":
        return None  # 'Bộ luật Hình sự' is a code of law
    if (ministry := _lower_case_ministry(ctx, tokens, i, head, j)) is not None:
        return ministry
    if head.key == "court-division" and not is_capitalised(tokens[i]):
        return None  # 'Chánh tòa Hình sự TAND X': the post's word, whose unit the post reader names
    role = ctx.lex.roles.match(tokens, i)
    if role and role[1] > j:
        return None  # 'Viện trưởng', 'Đội trưởng': a post, not a unit
    reader = _OrgReader(ctx, tokens, i, head, j, in_title)
    if (whole := reader.complete_after_head()) is not None:
        return whole
    reader.read_paper_name()
    reader.read_body()
    reader.attach_owner()
    return reader.finish()


def _lower_case_ministry(ctx: Context, tokens: list[Token], i: int, head: Entry, j: int) -> OrgMention | None:
    """Read a ministry whose field the text writes in lower case, or return None."""
    if (
        head.key == "ministry"
        and j < len(tokens)
        and tokens[j].is_word
        and not is_capitalised(tokens[j])
        and (field := _ministry_fields().match(tokens, j)) is not None
        and ctx.lex.roles.match(tokens, i) is None
    ):
        # 'Bộ công an', 'Bộ tài chính': a ministry whose field the text writes in lower case.
        mention = OrgMention(
            tokens[i].start, tokens[field[1] - 1].end, head, ctx.text[tokens[i].start : tokens[j - 1].end]
        )
        mention.specs.extend(tokens[j : field[1]])
        mention.named = True
        return mention
    return None


# Trailing connector words and marks are not part of a name.
TRAILING_CONNECTORS = ("và", "của", "về", "các", "-", "–", "—", "&", "(")


class _Step(Enum):
    """What a rule of the name's body decided about the token it read."""

    ON = "the name goes on"
    END = "the name ends"


class _OrgReader:
    """Read the words of one unit's name after its head, the rules sharing the mention and the position."""

    def __init__(
        self, ctx: Context, tokens: list[Token], i: int, head: Entry, j: int, in_title: bool
    ) -> None:
        self.ctx, self.tokens, self.i, self.head, self.j = ctx, tokens, i, head, j
        self.mention = OrgMention(
            tokens[i].start, tokens[j - 1].end, head, ctx.text[tokens[i].start : tokens[j - 1].end]
        )
        self.lowercase_head = not (is_capitalised(tokens[i]) or tokens[i].text.isupper() or in_title)
        self.long_head = False
        self.takes_child = False
        self.after_head = False
        self.word_start: int | None = None  # where the word the name is in the middle of begins

    def complete_after_head(self) -> OrgMention | None:
        """Return the mention if its head (with at most a word or a unit after it) is the whole name."""
        ctx, tokens, i, head, j, mention = self.ctx, self.tokens, self.i, self.head, self.j, self.mention
        lowercase_head = self.lowercase_head
        if tokens[i].text in POLICE_INITIALS:
            # 'CAQ Hoàng Mai', 'CATP' (the report's city): the level is in the initials.
            mention.level = POLICE_INITIALS[tokens[i].text]
            place = _place_run(ctx, tokens, j, mention.level)
            if place is None and mention.level in NUMBERED_LEVELS and _number_name(ctx, tokens, j):
                place = (tokens[j].text, None, j + 1)
            if place is not None:
                mention.place, mention.place_entry, end = place
                mention.end = tokens[end - 1].end
            else:
                mention.implicit_place = True
                mention.resolvable = _resolvable(ctx, mention.level, False)
            return mention
        if (
            head.key == "presidium"
            and (inner := parse_org(ctx, tokens, j)) is not None
            and inner.specific
            and inner.head.key != "presidium"
        ):
            # 'Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam': the presidium of the body named after it.
            mention.child, mention.end = inner, inner.end
            return mention
        if head.key in UNIQUE_KINDS and head.key != "central-committee":
            return mention  # complete as it stands: 'Quốc hội tỉnh X' is the province's delegation
        if (
            head.key == "inspectorate"
            and not lowercase_head
            and j < len(tokens)
            and tokens[j].lower in ("bộ", "sở")
            and (j + 1 >= len(tokens) or not (tokens[j + 1].is_word and is_capitalised(tokens[j + 1])))
            and not (j + 1 < len(tokens) and is_abbreviation(tokens[j + 1]))
            and _org_words().match(tokens, j + 1) is None  # 'Thanh tra Sở du lịch Hà Nội' goes on
            and not match_level(tokens, j + 1)
        ):
            # 'Thanh tra Bộ chủ trì …', 'Thanh tra sở': the inspectorate of the ministry or department
            # the report is about, whose name it does not repeat.
            mention.specs.append(tokens[j])
            mention.named = True
            mention.end = tokens[j].end
            return mention
        if (
            head.key in ("procuracy", "court")
            and j + 1 < len(tokens)
            and (tokens[j].lower, tokens[j + 1].lower) == ("cùng", "cấp")
        ):
            # 'chuyển hồ sơ sang Viện KSND cùng cấp': the procuracy of the investigating unit's level.
            mention.specs.extend(tokens[j : j + 2])
            mention.named = True
            mention.end = tokens[j + 1].end
            return mention
        if (
            head.key == "central-committee"
            and (inner := parse_org(ctx, tokens, j - 1)) is not None
            and inner.specific
        ):
            # 'Trung ương Đảng Cộng sản Việt Nam': the committee of the party named after it.
            mention.child, mention.end = inner, inner.end
            return mention
        return None

    def read_paper_name(self) -> None:
        """Read a paper's name after a press head, whatever case the text gives it."""
        tokens, j, mention = self.tokens, self.j, self.mention
        if (
            self.head.kind == "press"
            and j < len(tokens)
            and is_capitalised(tokens[j])
            and (paper := _press_outlets().match(tokens, j)) is not None
            and paper[0].key == "news-outlet"
        ):
            # 'báo Người đưa tin', 'báo An ninh thủ đô': a paper's name, whatever case the text gives it.
            mention.specs.extend(tokens[j : paper[1]])
            mention.named = True
            self.j = paper[1]

    def read_body(self) -> None:
        """Read the name's words after the head, one rule at a time, until a rule ends the name."""
        # A lower-case head of two words or more is a unit's name before a named unit: 'cơ quan
        # điều tra Bộ Công an', 'trại tạm giam Công an tỉnh X'.
        self.long_head = self.j - self.i >= 2
        # ('khoa Luật Trường Đại học X': a department in lower case still belongs to the unit after it)
        self.takes_child = not self.lowercase_head or self.long_head or self.head.key == "clinical-department"
        while self.j < len(self.tokens):
            step = (
                self._purpose_of_board()
                or self._level_or_place()
                or self._unit_inside()
                or self._capitalised_word()
                or self._rest_of_word()
                or self._listed_fields()
                or self._marks_inside()
                or self._field_phrase()
                or self._lower_case_field()
                or self._number()
                or self._after_dash()
                or self._after_and()
            )
            if step is not _Step.ON:
                break

    def _purpose_of_board(self) -> _Step | None:
        """Read what a steering or management board is for, which is its name."""
        tokens, j, mention = self.tokens, self.j, self.mention
        if [t.lower for t in mention.specs] == list(STEERING) and (steered := _steered_end(tokens, j)):
            # 'Ban Chỉ đạo thực hiện Nghị định 67/2014 tỉnh X', 'Ban chỉ đạo 389 tỉnh Y': a steering
            # board named for the document or the number it carries out.
            mention.specs.extend(tokens[j:steered])
            mention.named = True
            self.word_start = None
            self.j = steered
            return _Step.ON
        if (
            self.head.key == "board"
            and not self.lowercase_head
            and (managed := _managed_end(self.ctx, tokens, j, mention))
        ):
            # 'Ban quản lý Khu kinh tế X' is 'Ban Quản lý Khu kinh tế X'; 'Ban Quản lý các khu
            # công nghiệp tỉnh Y': the zones it manages are its name.
            mention.specs.extend(tokens[j:managed])
            mention.named = True
            self.j = managed
            return _Step.ON
        return None

    def _level_or_place(self) -> _Step | None:
        """Read the level and place that end the name ('tỉnh X', 'toàn quốc', 'tối cao')."""
        ctx, tokens, j, mention = self.ctx, self.tokens, self.j, self.mention
        tok = tokens[j]
        if tok.lower == ENTIRE and match_level(tokens, j + 1):
            level, self.j = match_level(tokens, j + 1)
            mention.level, mention.implicit_place = level, True
            mention.resolvable = _resolvable(ctx, level, self.lowercase_head)
            return _Step.END
        if (
            mention.specs
            and is_capitalised(tok)
            and (place := ctx.lex.places.match(tokens, j)) is not None
            and any(ctx.lex.heads.match(tokens, k) for k in range(j + 1, place[1]))
        ):
            # 'Bệnh viện Hữu Nghị Hải Phòng': a place's name that ends in a head word is no new unit.
            mention.specs.extend(tokens[j : place[1]])
            self.j = place[1]
            return _Step.ON
        nested = ctx.lex.heads.match(tokens, j)
        level = match_level(tokens, j)
        if level and nested and nested[1] > level[1]:
            level = None
        if level and level[0] == "xã" and j + 1 < len(tokens) and tokens[j + 1].lower == "hội":
            level = None  # 'xã hội' is society, not a commune
        if level and not (
            tok.lower == "xã" and mention.specs and tokens[j - 1].lower in ("kinh", "trật", "an")
        ):
            after_level = level[1]
            place = _place_run(ctx, tokens, after_level, level[0])
            if place is None and level[0] in NUMBERED_LEVELS and _number_name(ctx, tokens, after_level):
                # 'UBND Quận 2', 'Công an quận 9'
                place = (tokens[after_level].text, None, after_level + 1)
            mention.level, self.j = level
            if place:
                mention.place, mention.place_entry, self.j = place
            else:
                mention.implicit_place = True
                mention.resolvable = _resolvable(ctx, mention.level, self.lowercase_head)
            return _Step.END
        if tok.lower in ("tối", "cấp") and j + 1 < len(tokens) and tokens[j + 1].lower == "cao":
            # 'VKSND tối cao', 'Tòa án nhân dân cấp cao tại Hà Nội'.
            mention.specs.extend(tokens[j : j + 2])
            mention.level = "tối cao" if tok.lower == "tối" else "cấp cao"
            j += 2
            if j + 1 < len(tokens) and tokens[j].lower == "tại":
                level_at = match_level(tokens, j + 1)  # 'cấp cao tại TP.HCM'
                place = ctx.lex.places.match(tokens, level_at[1] if level_at else j + 1)
                if place:
                    mention.place_entry, end = place
                    mention.place = ctx.text[tokens[j + 1].start : tokens[end - 1].end]
                    j = end
            self.j = j
            return _Step.END
        return None

    def _unit_inside(self) -> _Step | None:
        """Read a unit's head inside the name: the unit it belongs to, or a bare head that is a word of it."""
        ctx, tokens, j, mention = self.ctx, self.tokens, self.j, self.mention
        tok = tokens[j]
        child = parse_org(ctx, tokens, j) if self.takes_child else None
        if child is not None and child.head.key in ROLE_TAIL_KINDS and not mention.specs:
            # 'Ủy ban Thường vụ Quốc hội': the standing body's words are part of this name.
            end = _index_after(tokens, child.start) + 1
            while end < len(tokens) and tokens[end].end <= child.start + len(child.head_text):
                end += 1
            mention.specs.extend(tokens[j:end])
            mention.named = True
            self.j = end
            return _Step.ON
        if (
            child is not None
            and not child.specific
            and not child.specs
            and child.end == tok.end
            and _word_end(tokens, j, j + 1) is not None
        ):
            child = None  # 'Phòng cháy' in 'Phòng Cảnh sát Phòng cháy, chữa cháy': a word, not a head
        if child is not None:
            if child.specific:
                mention.child = child
                self.j = _index_after(tokens, child.end)
                return _Step.END
            if self.lowercase_head:
                return _Step.END
            # A bare head inside a name is part of the name: 'Bộ Công an', 'Đồn Công an'.
            mention.specs.extend(t for t in tokens[j : _index_after(tokens, child.end)])
            self.j = _index_after(tokens, child.end)
            self.after_head = True
            self.word_start = None
            return _Step.ON
        return None

    def _capitalised_word(self) -> _Step | None:
        """Read a capitalised word: a word of the name, its place, or the start of what follows it."""
        ctx, tokens, j, mention = self.ctx, self.tokens, self.j, self.mention
        tok = tokens[j]
        if not (tok.is_word and not _initial(tokens, j) and (is_capitalised(tok) or is_abbreviation(tok))):
            return None
        place = ctx.lex.places.match(tokens, j)
        if (
            place
            and place[0].kind == "country"
            and place[1] < len(tokens)
            and tokens[place[1]].is_word
            and (
                (place[1] - j == 1 and is_capitalised(tokens[place[1]]))
                or word_key(f"{tokens[place[1] - 1].text} {tokens[place[1]].text}") in dictionary_words()
            )
        ):
            place = None  # 'báo Pháp luật', 'Bệnh viện Đức Giang': a word or a name, not a country
        if self._name_has_ended(place):
            return _Step.END
        role = ctx.lex.roles.match(tokens, j)
        if role and not mention.specs and not self.lowercase_head and role[1] - j >= 2:
            # An office named for a post: 'Văn phòng Chủ tịch nước'.
            mention.specs.extend(tokens[j : role[1]])
            mention.named = True
            self.j = role[1]
            return _Step.ON
        if (
            place
            and not mention.specs
            and place[0].kind == "country"
            and place[1] + 1 < len(tokens)
            and tokens[place[1]].text in DASHES
            and is_capitalised(tokens[place[1] + 1])
            and not ctx.lex.heads.match(tokens, place[1] + 1)
        ):
            # 'Bệnh viện Việt Nam - Thụy Điển': a name of two countries, not the unit of one.
            mention.specs.extend(tokens[j : place[1]])
            mention.named = True
            self.j = place[1]
            return _Step.ON
        if place and not mention.specs:
            mention.place_entry, end = place
            mention.place = ctx.text[tok.start : tokens[end - 1].end]
            self.j = end
            # 'TAND Cấp cao tại Hà Nội' is read below; a place ends any other name
            return _Step.END
        if role and mention.specs:
            return _Step.END  # a post follows the unit: 'Sở Y tế Giám đốc ...'
        mention.specs.append(tok)
        mention.named = True
        self.after_head = False
        # A word goes on in lower case after one capitalised syllable ('Ban Bí thư'), not
        # after a proper name of several ('Thuận Thành').
        prev = tokens[j - 1]
        lone = not (
            prev.is_word and is_capitalised(prev) and not is_abbreviation(prev) and prev in mention.specs
        )
        self.word_start = j if lone else None
        self.j = j + 1
        return _Step.ON

    def _name_has_ended(self, place: tuple[Entry, int] | None) -> bool:
        """Decide whether the capitalised word at the position opens a person's name or a new sentence."""
        ctx, tokens, i, j, head, mention = self.ctx, self.tokens, self.i, self.j, self.head, self.mention
        tok = tokens[j]
        # ('Công ty TNHH Thương mại X Hoàng Gia Phát': a name the report gives the company alone)
        own_name = head.key in ("company", "bank") and _brand_name(tokens, j) in _company_names(ctx)
        if (
            (tok.text in ctx.lex.surnames or tok.text in MORE_SURNAMES)
            and capital_run(tokens, j) >= (3 if head.key in DESCRIBED_HEADS else 2)
            and tok.text not in ctx.lex.head_words
            and not place
            # A company or a hospital is often named like a person: 'Công ty Hoàng Gia Phát'
            # (not 'Phó Giám đốc công ty Phạm Văn A': a middle name says it is a person).
            and not (
                head.key in ("company", "hospital", *SCHOOL_HEADS)
                and (
                    (not mention.specs and tokens[j - 1].end == mention.end)  # right after the head
                    # ('Trường PTTH Chu Văn An': after the school's grade in initials)
                    or (head.key in SCHOOL_HEADS and _initials_then_name(tokens, j, mention.specs))
                )
                # (schools are named for people: 'Trường Chu Văn An', 'Đại học Phan Châu Trinh')
                and (tokens[j + 1].text not in ("Văn", "Thị") or head.key in SCHOOL_HEADS)
            )
            and not own_name
            and not _district_run(tokens, j)
            # ('Chi cục Hải Quan Cầu Treo': the syllable finishes a word, it opens no name)
            and not (
                mention.specs
                and mention.specs[-1] is tokens[j - 1]
                and word_key(f"{tokens[j - 1].text} {tok.text}") in dictionary_words()
            )
        ):
            return True  # a person's name follows the unit: 'UBND tỉnh Trần Văn A'
        if (
            mention.specs
            and not is_capitalised(mention.specs[-1])
            and capital_run(tokens, j) == 3
            and tokens[j + 2].lower not in NAME_BREAKS  # 'BV X Y Đến nay': a sentence, no person
            # ('Thủy điện Sông Ba Hạ' is the plant's own name: a person's opens with a family name)
            and (tok.text in ctx.lex.surnames or tok.text in MORE_SURNAMES)
            and not own_name
            and not place
            and not any(ctx.lex.heads.match(tokens, n) for n in range(j, j + 3))
        ):
            return True  # a person's name after a full unit name: 'Ủy ban ATGT Quốc gia Khuất Văn A'
        # (after the head alone too when it ends in lower case: 'Công an nhân dân Liên quan đến ...')
        last_word = mention.specs[-1] if mention.specs else tokens[j - 1]
        if (
            (mention.specs or (head.key == "police" and j - i >= 3 and not self.lowercase_head))
            and last_word.is_word
            and not is_capitalised(last_word)
            and j + 1 < len(tokens)
            and tokens[j + 1].is_word
            and not is_capitalised(tokens[j + 1])
            and not place
            and (pair := word_key(f"{tok.text} {tokens[j + 1].text}")) in dictionary_words()
            and pair not in _org_word_keys()
            # ('Công ty CP Đầu tư Phát triển Miền Nam': capitals go on after the word)
            and not _closes_name_word(tokens, _word_end(tokens, j, j + 1) or j + 2)
            and _word_end(tokens, j, j + 1, _org_word_keys()) is None  # 'Xuất nhập khẩu' goes on
        ):
            return True  # a sentence the text runs on into: 'Bộ Y tế Vấn đề là ...'
        if (tok.lower in NAME_BREAKS and not place and not _known_local_name(tokens, j)) or (
            tok.text in HONORIFICS
        ):
            # a new sentence the text runs on into: '... quốc hội Cũng theo ông X' (not a
            # district's name that opens with such a word: 'Đồn Biên phòng Tuy Đức')
            return True
        # a caption runs on into the text: 'BV Nông Nghiệp Ông X chạy ra'
        return bool(
            tok.text in ("Ông", "Bà")
            and mention.specs
            and is_capitalised(mention.specs[-1])
            and capital_run(tokens, j) >= 2
            and not place
            and not _inside_known_name(ctx, tokens, j)  # ('Hai Bà Trưng', 'Bà Rịa')
        )

    def _rest_of_word(self) -> _Step | None:
        """Read the rest of a word whose first syllable ends the name so far."""
        tokens, j, mention = self.tokens, self.j, self.mention
        tok = tokens[j]
        if (
            tok.is_word
            and self.word_start is not None
            and (end := _word_end(tokens, self.word_start, j)) is not None
        ):
            # The rest of a word the name is in the middle of: 'Ban Bí thư', 'Bộ Chính trị'.
            mention.specs.extend(tokens[j:end])
            self.j = end
            return _Step.ON
        if (
            tok.is_word
            and self.word_start is None
            and mention.specs
            and mention.specs[-1] is tokens[j - 1]
            and is_capitalised(tokens[j - 1])
            and (end := _word_end(tokens, j - 1, j, _org_word_keys())) is not None
        ):
            # After a proper name of several words only a field's name goes on: 'Khu Nông nghiệp'.
            mention.specs.extend(tokens[j:end])
            self.j = end
            return _Step.ON
        return None

    def _listed_fields(self) -> _Step | None:
        """Read the fields a name lists ('Văn hóa, Thể thao và Du lịch') or pairs ('cứu nạn, cứu hộ')."""
        ctx, tokens, j, mention = self.ctx, self.tokens, self.j, self.mention
        enum = (
            _enumeration_end(ctx, tokens, j)
            if mention.specs and not self.after_head and is_capitalised(mention.specs[0])
            else None
        )
        if enum is not None:
            # 'Sở Văn hóa, Thể thao và Du lịch': the fields a name lists, up to the 'và' that ends them.
            mention.specs.extend(tokens[j:enum])
            self.word_start = None
            self.j = enum
            return _Step.ON
        listed = (
            _lower_enumeration_end(tokens, j) or _field_before_parent_end(ctx, tokens, j)
            if mention.specs and not self.after_head and all(t.text != "," for t in mention.specs)
            else None
        )
        if listed is not None:
            # 'Sở Lao động, thương binh và xã hội': the same fields, written in lower case.
            mention.specs.extend(tokens[j:listed])
            self.word_start = None
            self.j = listed
            return _Step.ON
        pair = _paired_end(tokens, j) if mention.specs else None
        if pair is not None:
            # 'phòng cháy, chữa cháy', 'cứu nạn, cứu hộ': a pair that names one field.
            mention.specs.extend(tokens[j:pair])
            self.word_start = None
            self.j = pair
            return _Step.ON
        return None

    def _marks_inside(self) -> _Step | None:
        """Read the marks a name holds: an abbreviation in brackets, a '/' or a '&' between words."""
        tokens, j, mention = self.tokens, self.j, self.mention
        tok = tokens[j]
        bracket = _bracket_end(tokens, j) if mention.specs or self.long_head else None
        if bracket is not None:
            # An abbreviation in brackets inside a name: 'Phòng Cảnh sát giao thông (CSGT) Công an TP X'.
            mention.specs.extend(tokens[j:bracket])
            mention.named = mention.named or bool(POLICE_CODE.fullmatch(tokens[bracket - 2].text))
            self.j = bracket
            self.word_start = None
            return _Step.ON
        if (
            tok.text == "/"
            and mention.specs
            and is_abbreviation(mention.specs[-1])
            and j + 1 < len(tokens)
            and is_abbreviation(tokens[j + 1])
        ):
            # 'Trung tâm Phòng chống HIV/AIDS'
            mention.specs.extend(tokens[j : j + 2])
            self.j = j + 2
            return _Step.ON
        if (
            tok.text == "&"
            and mention.specs
            and j + 1 < len(tokens)
            and tokens[j + 1].is_word
            and (is_capitalised(tokens[j + 1]) or is_abbreviation(tokens[j + 1]))
        ):
            # 'Sở NN&PTNT', 'Báo Gia đình & Xã hội'
            mention.specs.extend(tokens[j : j + 2])
            self.word_start = j + 1
            self.j = j + 2
            return _Step.ON
        return None

    def _field_phrase(self) -> _Step | None:
        """Read a set phrase that names a field: a head's field, 'phòng, chống', a bloc, a region."""
        tokens, j, mention = self.tokens, self.j, self.mention
        tok = tokens[j]
        if (
            not mention.specs
            and self.head.key == "board"
            and _managing_board(self.ctx, tokens, j)
        ):
            # 'Ban giám đốc Công an tỉnh X', 'Ban giám hiệu Trường Y': the board that runs the unit
            # named next, written in lower case as often as not ('ban giám đốc công ty' alone is any).
            mention.specs.extend(tokens[j : j + 2])
            mention.named = True
            self.word_start = None
            self.j = j + 2
            return _Step.ON
        if (
            not mention.specs
            and self.head.key in HEAD_FIELD_KINDS
            and tuple(t.lower for t in tokens[j : j + 2]) in HEAD_FIELDS
            and not (
                j + 3 < len(tokens)
                and tokens[j + 2].lower == "cho"
                and tokens[j + 3].lower not in ("biết", "hay")
            )
        ):
            # 'Trưởng phòng tham mưu': a field that is also a verb ('tham mưu cho UBND') names the
            # unit only right after its head.
            mention.specs.extend(tokens[j : j + 2])
            mention.named = True
            self.word_start = None
            self.j = j + 2
            return _Step.ON
        if (
            mention.specs
            and not self.after_head
            and tok.lower == "phòng"
            and [t.lower for t in tokens[j + 1 : j + 3]] == [",", "chống"]
            and _org_words().match(tokens, j + 3) is not None
        ):
            # 'Tổng cục Cảnh sát phòng, chống tội phạm', 'Đội Kiểm soát phòng, chống ma túy'.
            self.j = _org_words_run_end(tokens, j + 3)
            mention.specs.extend(tokens[_index_after(tokens, mention.specs[-1].end) : self.j])
            self.word_start = None
            return _Step.ON
        bloc = next(
            (
                len(words)
                for words in BLOC_FIELDS
                if tuple(t.lower for t in tokens[j : j + len(words)]) == words
            ),
            None,
        )
        if mention.specs and mention.specs[-1].lower == "khối" and bloc is not None:
            # 'Đảng ủy Khối các cơ quan Trung ương', 'Đảng ủy Khối doanh nghiệp tỉnh X'.
            mention.specs.extend(tokens[j : j + bloc])
            self.word_start = None
            self.j = j + bloc
            return _Step.ON
        if (
            mention.specs
            and tok.lower in REGION_WORDS
            and j + 1 < len(tokens)
            and tokens[j + 1].text in REGIONS
        ):
            # 'Cảng vụ Hàng không miền Bắc', 'Đội CSGT phía Nam': the region the unit serves.
            mention.specs.extend(tokens[j : j + 2])
            self.word_start = None
            self.j = j + 2
            return _Step.ON
        return None

    def _lower_case_field(self) -> _Step | None:
        """Read a field written in lower case, or the lower-case words that describe a unit."""
        ctx, tokens, i, j, head, mention = self.ctx, self.tokens, self.i, self.j, self.head, self.mention
        tok = tokens[j]
        # A field in lower case right after a capitalised head: 'Đội cảnh sát hình sự Công an quận X'
        # (not after 'Công an' itself, which names its fields in capitals or by a unit's head, nor
        # after its place: 'Công an Đà Lạt tạm giữ 4 xe' is the verb's).
        if (
            (mention.specs or not self.lowercase_head)
            and not (head.key == "police" and all(is_capitalised(t) for t in mention.specs))
            and not self.after_head
            and tok.is_word
            and not is_capitalised(tok)
        ):
            words = _org_words().match(tokens, j)
            if (
                words is None
                and tok.lower == "về"
                and [t.lower for t in mention.specs[-2:]] == ["tội", "phạm"]
            ):
                # 'Phòng cảnh sát điều tra tội phạm về quản lý kinh tế': the field the crimes are of
                words = _org_words().match(tokens, j + 1)
            if words and _clause_goes_on(tokens, j, words[1]):
                return _Step.END  # 'Đội CSGT X thường xuyên phối hợp': the verb's adverb, not a field
            if words:
                mention.specs.extend(tokens[j : words[1]])
                self.word_start = j
                self.j = words[1]
                return _Step.ON
        if (
            mention.specs
            and not self.after_head
            and tok.is_word
            and not is_capitalised(tok)
            and is_capitalised(mention.specs[0])
            and not is_abbreviation(mention.specs[0])
            # only the first syllable capitalised: a proper name of several ('Nguyễn Trãi') has ended
            and not any(is_capitalised(t) for t in mention.specs[1:])
            and mention.specs[-1].is_word  # ('Đội X số 2 và …': its number ends the name)
            and (tail := _named_tail(ctx, tokens, i, j)) is not None
        ):
            # 'Phòng Quản lý đô thị thành phố': a name capitalised on its first field only.
            mention.specs.extend(tokens[j:tail])
            self.word_start = None
            self.j = tail
            return _Step.ON
        described = head.key in DESCRIBED_HEADS or (
            head.key == "board"
            and not mention.specs
            and not self.lowercase_head
            and tuple(t.lower for t in tokens[j : j + 2]) == MANAGEMENT
        )  # 'Ban quản lý rừng phòng hộ X': a management board described like a centre
        if described and not self.after_head and (bridge := _bridge_end(ctx, tokens, j)):
            # 'Trung tâm phát triển quỹ đất tỉnh X', 'Hội tin học Việt Nam': a described unit's
            # name runs in lower case up to the place it serves.
            mention.specs.extend(tokens[j:bridge])
            mention.named = True
            self.word_start = None
            self.j = bridge
            if tokens[bridge - 1].text[-1:].isdigit() or tokens[bridge - 1].text.isupper():
                # ('Trung tâm đăng kiểm 29-01D kiểm định xe': after its code only a place goes on)
                self.after_head = True
            return _Step.ON
        return None

    def _number(self) -> _Step | None:
        """Read the number a unit goes by ('Đội CSGT số 14', 'Bệnh viện 115')."""
        ctx, tokens, i, j, head, mention = self.ctx, self.tokens, self.i, self.j, self.head, self.mention
        tok = tokens[j]
        if (
            (mention.specs or head.key in ("team", "checkpoint"))
            and tok.lower == "số"
            and _number_name(ctx, tokens, j + 1)
        ):
            # 'Đội CSGT số 14', 'Trạm CSGT số 3': the number the unit goes by.
            mention.specs.extend(tokens[j : j + 2])
            mention.named = True
            self.j = j + 2
            self.word_start = None
            return _Step.ON
        # 'Bệnh viện 115', 'Đội 2 Phòng PC45': a hospital or a team known by its number.
        numbered = not mention.specs and (
            (head.key == "hospital" and len(tok.text) >= 3)
            or (head.key == "team" and not self.lowercase_head)
            or (head.key == "regiment" and self.long_head and tokens[i].lower != "bộ")  # 'Lữ đoàn 28'
        )
        coded = bool(mention.specs) and bool(POLICE_CODE.fullmatch(mention.specs[-1].text + tok.text))
        if (
            (numbered or mention.specs)
            and _number_name(ctx, tokens, j)
            # ('Phòng PC 49': a unit code written apart, not a number after an abbreviation)
            and not (mention.specs and is_abbreviation(mention.specs[-1]) and not coded)
        ):
            # A number that ends a unit's name: 'Đội Tuần tra kiểm soát 188', 'Ban Chỉ đạo 896'.
            mention.specs.append(tok)
            mention.named = True
            self.j = j + 1
            self.word_start = None
            return _Step.ON
        return None

    def _after_dash(self) -> _Step | None:
        """Read what a dash inside the name joins: the unit it belongs to, or a second field."""
        ctx, tokens, j, mention = self.ctx, self.tokens, self.j, self.mention
        tok = tokens[j]
        if not (mention.specs and tok.text in DASHES and j + 1 < len(tokens)):
            return None
        nxt = tokens[j + 1]
        inner = parse_org(ctx, tokens, j + 1) if is_capitalised(nxt) else None
        if inner is not None and inner.specific and self.takes_child:
            # 'Phòng CSGT - Công an tỉnh Sơn La': the unit it belongs to, after a dash.
            mention.child = inner
            self.j = _index_after(tokens, inner.end)
            return _Step.END
        # ('Sở TN-MT.', '(Bộ GD-ĐT)': initials glued to initials by a hyphen are one abbreviation)
        glued_initials = is_abbreviation(tokens[j - 1]) and tokens[j - 1].end == tok.start == nxt.start - 1
        credit = (
            nxt.text in CREDITS
            or nxt.lower in CREDIT_WORDS
            or (
                is_abbreviation(nxt)
                and not glued_initials
                and (j + 2 >= len(tokens) or tokens[j + 2].text in (".", ")"))
            )
        )
        person = nxt.text in ctx.lex.surnames and capital_run(tokens, j + 1) >= 3
        if nxt.is_word and is_capitalised(nxt) and inner is None and not credit and not person:
            # 'Sở Lao động - Thương binh và Xã hội', 'Phòng Tài chính - Kế toán'
            mention.specs.extend(tokens[j : j + 2])
            self.word_start = j + 1
            self.j = j + 2
            return _Step.ON
        if nxt.is_word and not is_capitalised(nxt) and (field_end := _org_words_end(tokens, j + 1)):
            # 'Phòng CSGT đường bộ - đường sắt': a second field in lower case, like the first.
            mention.specs.extend(tokens[j:field_end])
            self.word_start = None
            self.j = field_end
            return _Step.ON
        return None

    def _after_and(self) -> _Step | None:
        """Read a field that 'và' adds to the name, unless a second unit follows it."""
        ctx, tokens, j, head, mention = self.ctx, self.tokens, self.j, self.head, self.mention
        tok = tokens[j]
        if (
            mention.specs
            and tok.lower == "và"
            and not is_capitalised(mention.specs[-1])
            and mention.specs[-1].is_word  # ('Đội X số 2 và kiểm lâm địa bàn': a number ends the name)
            and (end := _org_words_end(tokens, j + 1)) is not None
        ):
            # 'Trung tâm Nghiên cứu tội phạm học và điều tra tội phạm'
            mention.specs.extend(tokens[j:end])
            self.word_start = None
            self.j = end
            return _Step.ON
        if (
            mention.specs
            and head.key in DESCRIBED_HEADS
            and tok.lower == "và"
            and not is_capitalised(mention.specs[-1])
            and j + 1 < len(tokens)
            and not is_capitalised(tokens[j + 1])
            and (bridge := _bridge_end(ctx, tokens, j + 1)) is not None
        ):
            # 'Công ty CP đầu tư và xây dựng X': the second field runs on to the company's name.
            mention.specs.extend(tokens[j:bridge])
            mention.named = True
            self.word_start = None
            self.j = bridge
            return _Step.ON
        if (
            mention.specs
            and tok.lower == "và"
            and j + 1 < len(tokens)
            and not ctx.lex.heads.match(tokens, j + 1)
            and not _soft_head(ctx, tokens, j + 1)
            # 'Công ty A và Chi nhánh B': a second unit, not a field of the first's name
            and tuple(t.lower for t in tokens[j + 1 : j + 3]) != BRANCH
            and _press_outlets().match(tokens, j + 1) is None  # '… (BIDV) và VNCB': a second brand
            and (
                is_abbreviation(tokens[j + 1])
                or (
                    is_capitalised(tokens[j + 1])
                    and not ctx.lex.places.match(tokens, j + 1)
                    and not ctx.lex.ranks.match(tokens, j + 1)
                    and not ctx.lex.roles.match(tokens, j + 1)
                    and tokens[j + 1].text not in ctx.lex.surnames
                )
            )
        ):
            mention.specs.extend(tokens[j : j + 2])
            self.word_start = j + 1
            self.j = j + 2
            return _Step.ON
        return None

    def attach_owner(self) -> None:
        """Read the unit the name belongs to when it follows a comma, a bracket or 'của'."""
        ctx, tokens, j, head, mention = self.ctx, self.tokens, self.j, self.head, self.mention
        if (
            (head.key in COMMA_PARENT_HEADS or (self.lowercase_head and head.key in ("division", "team")))
            and not (mention.level or mention.place or mention.child)
            and (parent := _parent_after_comma(ctx, tokens, j)) is not None
        ):
            # 'Cơ quan cảnh sát điều tra, Công an tỉnh X': the police it belongs to, after a comma.
            mention.child = parent
            j = _index_after(tokens, parent.end)
        if (
            mention.specs
            and not (mention.level or mention.place or mention.child or mention.named)
            and head.key in SUB_UNITS | COMMA_PARENT_HEADS
            and _owner_in_brackets(ctx, tokens, j)
        ):
            # 'Phòng quản lý xuất nhập cảnh (PA72 – Công an tỉnh X)': a field in lower case names one
            # unit when its owner follows in brackets (read as a unit of its own).
            mention.named = True
        if (
            head.key in ("committee", "board")
            # ('Ủy ban đối ngoại của Quốc hội': a field in lower case names it as well)
            and (mention.named or mention.specs)
            and not (mention.level or mention.place or mention.child)
            and j + 1 < len(tokens)
            and tokens[j].lower == "của"
            and (owner := parse_org(ctx, tokens, j + 1)) is not None
            and (
                owner.head.key == "national-assembly"
                # 'Ban Dân nguyện của Ủy ban thường vụ Quốc hội': a board of the assembly's standing committee
                or (owner.child is not None and owner.child.head.key == "national-assembly")
            )
        ):
            # 'Ủy ban Đối ngoại của Quốc hội': the assembly's committees carry their owner in the name.
            mention.child = owner
            j = _index_after(tokens, owner.end)
        self.j = j

    def finish(self) -> OrgMention | None:
        """Return the mention with its end and flags settled, or None if it names no unit after all."""
        ctx, tokens, i, head, mention = self.ctx, self.tokens, self.i, self.head, self.mention
        lowercase_head = self.lowercase_head
        # Lower-case heads are ordinary words unless a level, a place or a unit pins them down.
        if head.key in ROLE_TAIL_KINDS and not (
            mention.child is not None
            and (
                mention.child.head.key.startswith("party-committee")
                or mention.child.head.key == "national-assembly"
            )
        ):
            return None  # 'cơ quan thường trực', 'Thường trực Ban Chỉ đạo': a role, not a body
        if lowercase_head and head.key == "centre" and not mention.specs:
            return None  # 'trung tâm thành phố X' is the city centre
        self._read_host_country()
        if self._read_in_part():
            return None
        while mention.specs and mention.specs[-1].lower in TRAILING_CONNECTORS:
            mention.specs.pop()
        j = self.j
        last = tokens[j - 1] if j > 0 else tokens[i]
        mention.end = max(mention.end, last.end)
        if mention.specs and not (mention.level or mention.place or mention.child):
            mention.end = mention.specs[-1].end
        if _national_force(ctx, tokens, i, mention):
            mention.named = True
        if not lowercase_head and _police_field_named(mention):
            # 'Phòng cảnh sát hình sự' is 'Phòng Cảnh sát hình sự', written in lower case
            mention.named = True
        return mention

    def _read_host_country(self) -> None:
        """Read the country an embassy is in: 'Đại sứ quán Việt Nam tại Lào'."""
        tokens, j, mention = self.tokens, self.j, self.mention
        if (
            self.head.key == "embassy"
            and mention.place
            and j + 1 < len(tokens)
            and tokens[j].lower == "tại"
            and (host := _place_run(self.ctx, tokens, j + 1)) is not None
        ):
            # 'Đại sứ quán Việt Nam tại Lào': a country's mission in another, named with both.
            mention.specs.extend(tokens[j : host[2]])
            self.j = host[2]

    def _read_in_part(self) -> bool:
        """Decide whether the name was read only in part, or its lower-case head is an ordinary word."""
        tokens, j, head, mention = self.tokens, self.j, self.head, self.mention
        pinned = mention.level or mention.place or mention.child
        if (
            self.lowercase_head
            and head.key == "clinical-department"
            and not pinned
            and j < len(tokens)
            and tokens[j].is_word
            and is_capitalised(tokens[j])
        ):
            return True  # 'khoa Đông Y': the department's name read only in part
        if (
            mention.specs
            and tuple(t.text for t in mention.specs[:2]) == STEERING
            and (
                (len(mention.specs) == 2 and not pinned)  # 'Ban chỉ đạo đã họp': which board, unsaid
                or (j + 1 < len(tokens) and tokens[j].text == "," and not is_capitalised(tokens[j + 1]))
            )
        ):
            # 'Ban chỉ đạo chống buôn lậu, gian lận thương mại …': a list of fields read only in part.
            return True
        loose = head.key in SOFT_HEADS_KEYS or (self.long_head and head.key in LOWER_CASE_NAMED)
        return bool(self.lowercase_head and not pinned and not (mention.named and loose))


# A province has one division, the ministry one department, of each field; a team, one in each district.
FIELD_NAMED_POLICE_HEADS = {"division", "agency"}


def _police_field_named(m: OrgMention) -> bool:
    """Whether a division or department is named by a police field in lower case after 'cảnh sát' or
    'an ninh' ('Phòng cảnh sát hình sự', 'Cục cảnh sát phòng chống tội phạm buôn lậu')."""
    words = [t.lower for t in m.specs if t.is_word]
    return (
        m.head.key in FIELD_NAMED_POLICE_HEADS
        and len(words) >= 3
        and tuple(words[:2]) in POLICE_FIELDS - {("công", "an")}
    )


NAME_CLOSERS = {")", "(", ",", ".", ";"}


def _closes_name_word(tokens: list[Token], k: int) -> bool:
    """Whether a capitalised word ending before tokens[k] is a word of a name, by what follows it.

    A name goes on in capitals, a level or a bracket ('Vụ Giáo dục Mầm non)', 'Công ty Xổ số Kiến
    thiết tỉnh X'), or one more lower-case word before them ('Cục An ninh Văn hóa Thông tin truyền
    thông,'); a sentence goes on in lower case ('Bộ Y tế Vấn đề là ...').
    """
    tok = tokens[k] if k < len(tokens) else None
    lower = tok is not None and tok.is_word and not (is_capitalised(tok) or is_abbreviation(tok))
    if lower and not match_level(tokens, k):
        end = _word_end(tokens, k, k + 1)
        if end is None:
            return False
        k = end
    if k >= len(tokens) or tokens[k].text in NAME_CLOSERS or match_level(tokens, k):
        return True
    tok = tokens[k]
    return tok.is_word and (is_capitalised(tok) or is_abbreviation(tok)) and tok.lower not in NAME_BREAKS


def _initials_then_name(tokens: list[Token], j: int, specs: list[Token]) -> bool:
    """Whether the name so far is initials and then the capitalised words right before tokens[j]."""
    k = 0
    while k < len(specs) and is_abbreviation(specs[k]):
        k += 1
    named = specs[k:]
    before = tokens[j - len(named) : j]
    return (
        k > 0
        and len(before) == len(named)
        and all(a is b and not is_abbreviation(a) for a, b in zip(before, named, strict=True))
    )


def _kind(m: OrgMention) -> str | None:
    """Return a unit's kind: its head's, a police one's by its name, a division's its parent's.

    'Phòng CSGT Công an tỉnh X' is police, not government; so are 'Phòng Cảnh sát hình sự',
    'Cục CSGT' and 'Đội 2 Phòng PC45'.
    """
    if m.head.key in POLICE_FIELD_HEADS and _police_field(m):
        return "police"
    if m.child is not None and m.head.key in SUB_UNITS:
        return _kind(m.child)
    return m.head.kind


def _police_field(m: OrgMention) -> bool:
    """Whether a unit's own name says it is a police one: 'Cảnh sát', 'CSGT', 'An ninh', 'PC45'.

    A board, a centre or an office must begin with it ('Ban Chỉ đạo ... an ninh, trật tự' is civil).
    """
    words = [t.text for t in m.specs if t.is_word]
    if any(POLICE_CODE.fullmatch(w) for w in words[:1]):
        return True
    pairs = [(a.lower(), b.lower()) for a, b in zip(words, words[1:], strict=False)]
    if pairs[:1] and pairs[0] in POLICE_FIELDS:
        return True
    return m.head.key not in ("board", "centre", "office") and any(
        p in POLICE_FIELDS or p == ("hình", "sự") for p in pairs
    )


def _brand_name(tokens: list[Token], j: int) -> str:
    """Return the capitalised words from tokens[j], as written."""
    return " ".join(t.text for t in tokens[j : j + capital_run(tokens, j)])


def _company_names(ctx: Context) -> frozenset[str]:
    """Return the names the report writes right after 'Công ty' ('Công ty Hoàng Gia Phát' → the
    company's own name, which opens like a person's)."""
    found = ctx.cache.get("company_names")
    if isinstance(found, frozenset):
        return found
    names = set()
    for tokens in ctx.tokens:
        for i in range(len(tokens) - 2):
            if (
                tokens[i].lower == "công"
                and tokens[i + 1].lower == "ty"
                and capital_run(tokens, i + 2) >= 2
                and tokens[i + 3].text not in ("Văn", "Thị")  # ('công ty Phạm Văn A': its director)
            ):
                names.add(_brand_name(tokens, i + 2))
    ctx.cache["company_names"] = frozenset(names)
    return ctx.cache["company_names"]


def _police_initials(ctx: Context, tokens: list[Token], i: int) -> tuple[Entry, int] | None:
    """Match the police's initials as a unit's head: 'CATP', 'CAQ X', 'CA tỉnh X' ('CA' before a level)."""
    text = tokens[i].text
    if i > 0 and tokens[i - 1].lower == "báo":
        return None  # 'Báo CATP' is the paper's name
    if text in POLICE_INITIALS or (
        text == "CA"
        and (
            match_level(tokens, i + 1)
            # ('CA Kon Tum': a province's police by its name alone)
            or ((place := ctx.lex.places.match(tokens, i + 1)) is not None and place[0].kind != "country")
        )
    ):
        return ctx.lex.gazetteer.unit_kinds["police"], i + 1
    return None


def _resolvable(ctx: Context, level: str, lowercase_head: bool) -> bool:
    """Whether a level without a place means a place of this report ('Công an huyện').

    A district's or a commune's, only after a capitalised head: 'công an xã' in lower case is
    as often any commune's police ('2 công an xã bị tạm giam')."""
    if level not in ctx.default_place:
        return False
    return not (lowercase_head and level not in ("tỉnh", "thành phố"))


def _initial(tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is a lone initial ('H.' for huyện, 'T.' for a hidden name), not 'Y' of 'Y tế'."""
    if len(tokens[j].text) > 1:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or not (nxt.is_word and not is_capitalised(nxt))


def _number_name(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] is a number that names something ('Quận 2', 'Đội 188'), not a count."""
    if j >= len(tokens) or not tokens[j].text.isdigit() or len(tokens[j].text) > 4:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None:
        return True
    return (
        nxt.text not in ("/", "%", "-")
        and not (nxt.text == "," and j + 2 < len(tokens) and tokens[j + 2].is_number)  # '3, 4 vụ'
        and nxt.lower not in COUNT_WORDS
        and not ctx.lex.units.match(tokens, j + 1)
    )


def _index_after(tokens: list[Token], offset: int) -> int:
    for n, tok in enumerate(tokens):
        if tok.start >= offset:
            return n
    return len(tokens)


def _names_a_street_or_place(ctx: Context, tokens: list[Token], i: int) -> bool:
    """Whether a head at tokens[i] begins a street's or a place's name ('phố Đội Cấn', 'phường Trường Thọ')
    or is a syllable of a place's name or of another word ('Tây Ban Nha', 'vũ trường X')."""
    prev = tokens[i - 1]
    if prev.lower in STREET_WORDS:
        return True
    if any(
        (place := ctx.lex.places.match(tokens, k)) is not None and place[1] > i
        for k in range(max(0, i - 2), i)
    ):
        return True  # 'Tây Ban Nha': the head is a syllable of a place's name
    if (
        prev.is_word
        and not is_capitalised(prev)
        and not is_capitalised(tokens[i])
        # (a head of one syllable only: 'của công an' is no word 'của công')
        and all(
            (head := find(tokens, i)) is None or head[1] == i + 1
            for find in (ctx.lex.heads.match, ctx.lex.heads_loose.match, partial(_soft_head, ctx))
        )
        and word_key(f"{prev.text} {tokens[i].text}") in dictionary_words()
        # (not when the syllable before ends a word of its own: 'Hoa hậu báo X')
        and not (i >= 2 and word_key(f"{tokens[i - 2].text} {prev.text}") in dictionary_words())
        and not any(
            (role := ctx.lex.roles.match(tokens, k)) is not None and role[1] >= i
            for k in range(max(0, i - 2), i)
        )
    ):
        return True  # 'vũ trường X', 'thị trường Y': the head is a syllable of another word
    return any(
        (level := match_level(tokens, k)) is not None and level[1] == i and level[0] != "thành phố"
        for k in range(max(0, i - 2), i)
    )


def _lower_case_head(ctx: Context, tokens: list[Token], i: int) -> bool:
    """Whether a lower-case one-word head names a unit: it ends a post ('Trưởng phòng Cảnh sát
    truy nã') or a unit's abbreviation follows it ('phòng CSGT tỉnh X', 'đội CSHS')."""
    tok = tokens[i]
    if is_capitalised(tok) or i + 1 >= len(tokens):
        return False
    found = ctx.lex.heads_loose.match(tokens, i)
    if not found or found[1] != i + 1:
        return False
    nxt = tokens[i + 1]
    if (same := ctx.lex.heads.match(tokens, i + 1)) is not None and same[0].key == found[0].key:
        return False  # 'Trưởng phòng Phòng Khoáng sản': the post's word, then the unit's own head
    for k in range(max(0, i - 3), i):
        role = ctx.lex.roles.match(tokens, k)
        if (
            role
            and role[1] == i
            and (is_capitalised(nxt) or is_abbreviation(nxt))
            and found[0].key in ("ministry", "agency", "general-department", "department", "division", "team")
            and role[0].kind != "member"
        ):
            return True  # 'Bộ trưởng bộ Y tế', 'Thứ trưởng bộ LĐ-TB-XH': a post, then its unit in lower case
    for k in range(max(0, i - 2), i):
        role = ctx.lex.roles.match(tokens, k)
        # ('cán bộ CSGT' is a staff member of the traffic police: 'bộ' heads no ministry there.)
        if role and role[1] == i + 1 and is_capitalised(nxt) and role[0].kind != "member":
            return True
    if found[0].key == "board" and _managing_board(ctx, tokens, i + 1):
        return True  # 'ban giám đốc Công an tỉnh X': a unit's board, in lower case
    if found[0].key in ("division", "team") and nxt.lower == "cảnh" and tokens[i + 2 : i + 3]:
        # 'phòng cảnh sát hình sự (PC45)', '(Trưởng) phòng cảnh sát hình sự Công an tỉnh X': a police
        # field after a division's or a team's head; its code or the unit it belongs to must follow.
        return tokens[i + 2].lower == "sát"
    if i > 0 and word_key(f"{tokens[i - 1].text} {tok.text}") in dictionary_words():
        return False  # 'cán bộ CSGT', 'trụ sở UBND': the word is part of another
    unit_code = nxt.text in ctx.lex.gazetteer.abbreviations or re.fullmatch(r"P[A-Z]\d\d", nxt.text)
    return bool(unit_code) and not ctx.lex.heads.match(tokens, i + 1)


def _managing_board(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Whether a managing board's field starts at tokens[j] and the unit it runs follows it
    ('giám đốc Công an tỉnh X', 'giám hiệu Trường Y', 'giám đốc BV', 'tổ chức Tỉnh ủy Z')."""
    if j + 2 >= len(tokens):
        return False
    field = tuple(t.lower for t in tokens[j : j + 2])
    if field == PARTY_ORGANISING:
        # 'Ban tổ chức Tỉnh ủy Z': the committee's organisation commission; 'ban tổ chức' before
        # anything else is an event's organisers ('ban tổ chức giải', 'Ban tổ chức Công an tỉnh').
        head = ctx.lex.heads.match(tokens, j + 2)
        committee = head is not None and head[0].key.startswith("party-committee")
        return committee and is_capitalised(tokens[j + 2])
    if field not in MANAGING_BOARDS:
        return False
    unit = tokens[j + 2]
    if is_abbreviation(unit):
        return True  # 'ban giám đốc BV', 'Ban giám đốc CATP'
    # A unit's capitalised head, not any capital: 'Ban giám đốc Làng Thiếu niên X' would stop at
    # 'Làng Thiếu' (no head word, its name runs on in lower case) and split the board in two;
    # 'ban giám đốc công ty' is any company's.
    return is_capitalised(unit) and ctx.lex.heads.match(tokens, j + 2) is not None


def _lower_case_division(ctx: Context, tokens: list[Token], i: int) -> bool:
    """Whether a lower-case 'phòng' opens a department's name: its field follows capitalised or
    abbreviated ('phòng Kỹ thuật hình sự Công an tỉnh X'), or a bank's transaction office's name
    does ('phòng giao dịch Phú Lâm')."""
    if is_capitalised(tokens[i]) or i + 1 >= len(tokens):
        return False
    found = ctx.lex.heads_loose.match(tokens, i)
    if not found or found[1] != i + 1 or found[0].key != "division":
        return False
    if i > 0 and word_key(f"{tokens[i - 1].text} {tokens[i].text}") in dictionary_words():
        return False  # 'Biên phòng', 'Văn phòng', 'dự phòng': the word is part of another
    k = i + 3 if tuple(t.lower for t in tokens[i + 1 : i + 3]) == TRANSACTION else i + 1
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    if k > i + 1 and match_level(tokens, k):
        return True  # 'phòng giao dịch thị xã X'
    capitalised = is_capitalised(nxt) or is_abbreviation(nxt)
    return nxt.is_word and capitalised and not ctx.lex.heads.match(tokens, k)


def _closes_role(ctx: Context, tokens: list[Token], i: int, mention: OrgMention) -> bool:
    """Whether the head at tokens[i] ends a role begun before it ('Phó Bí thư Thường trực')."""
    if mention.head.key not in ROLE_TAIL_KINDS:
        return False
    for k in range(max(0, i - 4), i):
        found = ctx.lex.roles.match(tokens, k)
        if found and found[1] >= i:
            return True
    return False


NEWS_OUTLET = Entry("news-outlet", "Báo", "news outlet", kind="press")


@cache
def _press_outlets() -> PhraseMatcher:
    """Return a matcher of news outlets named without 'báo': brands, and papers named in words."""
    brand = Entry("brand", "Công ty", "company", kind="company")
    foreign = Entry("foreign-body", "Tổ chức", "international body", kind="other")
    lists = word_lists("brands.txt")
    return PhraseMatcher(
        {name: NEWS_OUTLET for name in (*lists["press"], *lists["press_words"])}
        | {name: brand for name in lists["companies"]}
        | {name: foreign for name in lists["foreign"]}
    )


def _press_outlet(ctx: Context, tokens: list[Token], i: int) -> OrgMention | None:
    """Read a news outlet the report cites, signs or credits ('Theo VnExpress', 'X/TTXVN') or a brand.

    A paper named in ordinary words ('Tuổi trẻ', 'Lao Động') needs a word that cites it before it.
    """
    tok = tokens[i]
    # (a site's address may be written in lower case: 'theo báo zing.vn')
    web = (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 2].lower in WEB_DOMAINS
        and not (i > 0 and tokens[i - 1].end == tok.start)  # ('ban@vietnamnet.vn' is an address)
    )
    if not tok.is_word or not (is_capitalised(tok) or tok.text[:1].isupper() or web):
        return None
    found = _press_outlets().match(tokens, i)
    if found is None and web:
        return _cited_site(ctx, tokens, i)
    if found is None:
        return None
    end = found[1]
    if found[0].key == "brand" and (branch := _branch_end(ctx, tokens, end)) is not None:
        # A bank's branch is a unit, named with the brand: 'BIDV chi nhánh Phú Tài', 'HDBank – Chi nhánh Y'.
        written = " ".join(ctx.text[tok.start : tokens[branch - 1].end].split())
        return OrgMention(tok.start, tokens[branch - 1].end, found[0], written, tokens[i:end], named=True)
    if found[0].key == "brand" and _branch_prefix(tokens, i) and (run := capital_run(tokens, end)):
        # 'chi nhánh Agribank Cam Đường': the branch named by its brand and where it is
        brand_end, end = end, end + min(run, BRANCH_NAME_WORDS)
        start = tokens[i - 2].start
        written = " ".join(ctx.text[start : tokens[end - 1].end].split())
        return OrgMention(start, tokens[end - 1].end, found[0], written, tokens[i:brand_end], named=True)
    if (
        end + 1 < len(tokens)
        and tokens[end].text in DASHES
        and tokens[end].start == tokens[end - 1].end == tokens[end + 1].start - 1
        and (run := capital_run(tokens, end + 1))
        and not ctx.lex.heads.match(tokens, end + 1)  # ('VOV-Trung tâm Tin': a desk, not a region)
    ):
        # A regional office, dash glued to the brand ('VOV-Đông Bắc', 'VOV-ĐBSCL'): a region is
        # one abbreviation or two words; a reporter's name may follow it.
        end += 2 if is_abbreviation(tokens[end + 1]) else 1 + min(run, 2)
    written = " ".join(ctx.text[tok.start : tokens[end - 1].end].split())
    if (
        end < len(tokens)
        and tokens[end].is_word
        and is_capitalised(tokens[end])
        and (is_abbreviation(tokens[end]) or not is_abbreviation(tokens[end - 1]))
        and not any(t.lower in CREDIT_WORDS for t in tokens[max(0, i - 5) : i])
    ):
        # A longer name goes on: 'Thanh Niên Xung Phong', 'EVN HANOI'; an abbreviation or a photo
        # credit ends where the next sentence runs on ('Ảnh: X/TTXVN Sáng nay', 'Ảnh Zing.vn Theo').
        return None
    # A byline or photo credit names the outlet too ('Nguyễn An/TTXVN', 'Ảnh: Zing.vn'); a paper
    # named in words needs a word that cites it just before it.
    if (
        found[0].key == "news-outlet"
        and key(written) not in _press_brand_keys()
        and not (i > 0 and tokens[i - 1].lower in PRESS_CUES)
    ):
        return None
    if found[0].key == "foreign-body" and (
        (i > 0 and is_capitalised(tokens[i - 1]) and tokens[i - 1].lower not in SENTENCE_WORDS)
        or (i > 1 and is_capitalised(tokens[i - 2]) and _word_end(tokens, i - 2, i - 1) == i)
    ):
        return None  # 'Công ước Liên Hợp Quốc về quyền trẻ em': a name the body's name is part of
    return OrgMention(tok.start, tokens[end - 1].end, found[0], written, named=True)


CITED_PAPER_WORDS = 6  # the tokens of a paper a source line lists after another: 'Công an TP. HCM'
SOURCE_CUES = {"theo", "tờ"}  # '(Tổng hợp theo báo X, Y)', 'Theo VnExpress, Zing'


def _counted_paper(ctx: Context, tokens: list[Token], i: int) -> OrgMention | None:
    """Read a paper named after 'tờ', the word papers are counted by: 'tờ Daily Mail', 'tờ Le Figaro'.

    The name is the paper's own, without 'tờ'; a known outlet is read as itself ('tờ VnExpress'), and
    a Vietnamese word after 'tờ' is a sheet of paper ('tờ Giấy chứng nhận', 'tờ Quyết định').
    """
    if tokens[i].lower != "tờ" or i + 1 >= len(tokens):
        return None
    if i > 0 and (
        word_key(f"{tokens[i - 1].text} tờ") in dictionary_words()
        or tokens[i - 1].is_number
        or tokens[i - 1].lower in MANY_WORDS
    ):
        return None  # 'giấy tờ CMND', 'hai tờ USD': papers to show or count, not a paper to read
    j = i + 1
    run = capital_run(tokens, j)
    if (
        run < 2  # ('tờ A4', 'tờ Lệnh bắt': a sheet; a paper's name has two capitalised words or more)
        or any(is_abbreviation(t) for t in tokens[j : j + run])
        or _press_outlets().match(tokens, j) is not None
        or _starts_word(tokens, j)
        or ctx.lex.heads.match(tokens, j)
        or ctx.lex.places.match(tokens, j)
        or tokens[j].text in ctx.lex.surnames
    ):
        return None
    return _paper_named(ctx, tokens, j, j + min(run, CITED_PAPER_WORDS))


def _paper_named(ctx: Context, tokens: list[Token], a: int, b: int) -> OrgMention:
    """Return the paper tokens[a:b] name, without the sentence's full stop after it ('Dân trí.')."""
    while b > a + 1 and tokens[b - 1].text == ".":
        b -= 1
    written = " ".join(ctx.text[tokens[a].start : tokens[b - 1].end].split())
    return OrgMention(tokens[a].start, tokens[b - 1].end, NEWS_OUTLET, written, named=True)


def _paper_words(run: list[Token]) -> bool:
    """Whether tokens are all words of a paper's name or its inner marks ('Phụ nữ TP.HCM', 'Zing.vn')."""
    return all(t.is_word or t.text in (".", "&", "+", "-") for t in run)


def _closes_sentence(tokens: list[Token], k: int) -> bool:
    """Whether nothing but the sentence's closing marks comes from tokens[k] on."""
    return all(t.text in (".", "/", "!") for t in tokens[k:])


# Laws and papers a line may go by, not a paper it cites: '(Theo Luật X)', '(theo Điều 145)'.
LAW_WORDS = {
    word_key(w)
    for w in ("luật", "điều", "khoản", "nghị định", "thông tư", "quyết định", "hiến pháp", "chỉ thị")
    + ("nghị quyết", "pháp lệnh", "công văn", "kế hoạch", "quy định")
}


def _bracketed_source(ctx: Context, tokens: list[Token], i: int) -> OrgMention | None:
    """Read the paper a closing source line names: '(Theo Thời Đại)', '(Theo Phụ nữ TP.HCM)'.

    The bracket holds only 'Theo' and a short name opened by a capital, and ends the sentence; a
    unit's or a place's name there is read as itself ('(Theo Bộ Y tế)').
    """
    if i < 2 or tokens[i - 2].text != "(" or tokens[i - 1].lower != "theo" or not is_capitalised(tokens[i]):
        return None
    end = i
    while end < len(tokens) and tokens[end].text not in (")", ",") and end - i < CITED_PAPER_WORDS:
        end += 1
    close = end
    while close < len(tokens) and tokens[close].text == ",":
        close += 1  # a list of papers: '(Theo X, Y)', read on by _cited_papers
        while close < len(tokens) and tokens[close].text not in (")", ","):
            close += 1
    if end == i or close >= len(tokens) or tokens[close].text != ")":
        return None
    if not _closes_sentence(tokens, close + 1) or not _paper_words(tokens[i:end]):
        return None
    if ctx.lex.heads.match(tokens, i) or ctx.lex.places.match(tokens, i) or ctx.lex.roles.match(tokens, i):
        return None
    if tokens[i].lower in LAW_WORDS or word_key(" ".join(t.text for t in tokens[i : i + 2])) in LAW_WORDS:
        return None  # a law the line goes by: '(Theo Luật Giao thông đường bộ)', '(theo Điều 145)'
    return _paper_named(ctx, tokens, i, end)


def _cited_papers(ctx: Context, tokens: list[Token], paper: OrgMention) -> list[OrgMention]:
    """Return the papers a source line lists after the one it cites first: '(Tổng hợp theo báo X, Y, Z)'.

    The list closes the bracket or the sentence, and each paper is a short name opened by a capital;
    a clause after 'Theo báo X,' is no list ('Theo báo X, Công an tỉnh Y cho biết ...').
    """
    first = _index_after(tokens, paper.start)
    cue = first - 1
    if cue > 0 and tokens[cue].lower in ("báo", "tờ"):
        cue -= 1  # ('báo' outside the mention: 'theo báo | X')
    if cue < 0 or tokens[cue].lower not in SOURCE_CUES:
        return []
    items: list[tuple[int, int]] = []
    k = _index_after(tokens, paper.end)
    while k < len(tokens) and tokens[k].text == ",":
        end = k + 1
        while end < len(tokens) and tokens[end].text not in (",", ")") and end - k <= CITED_PAPER_WORDS:
            end += 1
        run = tokens[k + 1 : end]
        if not run or not (is_capitalised(run[0]) or is_abbreviation(run[0])) or end - k > CITED_PAPER_WORDS:
            return []
        if not _paper_words(run):
            return []
        items.append((k + 1, end))
        k = end
    closes = k < len(tokens) and tokens[k].text == ")" or _closes_sentence(tokens, k)
    if not items or not closes:
        return []
    return [_paper_named(ctx, tokens, a, b) for a, b in items]  # ('(theo báo X, Dân trí.)')



def _cited_site(ctx: Context, tokens: list[Token], i: int) -> OrgMention | None:
    """Read a news site the report cites or credits by its address: 'Ảnh: Congan.com.vn', 'Theo X.vn'."""
    end = i + 1
    while end + 1 < len(tokens) and tokens[end].text == "." and tokens[end + 1].lower in WEB_DOMAINS:
        end += 2  # '.com.vn'
    before = [t.lower for t in tokens[max(0, i - 2) : i] if t.text != ":"]
    if not before or not (before[-1] in PRESS_CUES or before[-1] in CREDIT_WORDS or before[-1] == "báo"):
        return None  # an address named for another purpose: 'đăng ký tại dichvucong.gov.vn'
    written = ctx.text[tokens[i].start : tokens[end - 1].end]
    return OrgMention(tokens[i].start, tokens[end - 1].end, NEWS_OUTLET, written, named=True)


SHOP = Entry("shop", "Tiệm", "shop", kind="company")
# Words after 'tiệm' and its trade that say where or whose it is, not its name: 'tiệm vàng ở X'.
# ('tiệm thì gặp X': the clause goes on with its verb)
NOT_SHOP_TRADE = SENTENCE_WORDS | _words(
    "của ở tại khác mà là trên thuộc gần giữa cho có nhà thì rồi đã đang sẽ bị vừa không mới lại cũng gặp"
)
SHOP_TRADE_WORDS = 4  # 'tiệm game bắn cá X': the trade is a few lower-case words
SHOP_NAME_WORDS = 4


def _shop(ctx: Context, tokens: list[Token], i: int) -> OrgMention | None:
    """Read a shop named after its trade at tokens[i]: 'tiệm vàng Kim Hoa', 'tiệm cầm đồ Minh Lan'."""
    if tokens[i].lower != "tiệm":
        return None
    j = i + 1
    while j - i <= SHOP_TRADE_WORDS and j < len(tokens) and tokens[j].is_word and tokens[j].text.islower():
        if tokens[j].lower in NOT_SHOP_TRADE:
            return None
        j += 1
    if j == i + 1 or j >= len(tokens) or match_level(tokens, j) or ctx.lex.places.match(tokens, j):
        return None  # 'tiệm vàng TP X', 'tiệm thời trang Hà Nội': where it is, not its name
    run = min(capital_run(tokens, j), SHOP_NAME_WORDS)
    if not run or len(tokens[j].text) < 2 or is_abbreviation(tokens[j]):
        return None  # 'tiệm vàng H.': an initial hides the name
    end = j + run
    if (
        end + 1 < len(tokens)
        and tokens[end].text in DASHES
        and (more := min(capital_run(tokens, end + 1), SHOP_NAME_WORDS))
    ):
        end += 1 + more  # two owners' names: 'tiệm vàng Hà - Tâm'
    written = " ".join(ctx.text[tokens[i].start : tokens[end - 1].end].split())
    return OrgMention(tokens[i].start, tokens[end - 1].end, SHOP, written, named=True)


KINDERGARTEN = Entry("kindergarten", "Cơ sở mầm non", "kindergarten", kind="school")
# What a private kindergarten is called before its name: 'nhóm lớp mầm non X', 'cơ sở MN tư thục X'.
KINDERGARTEN_OPENERS = {("cơ", "sở"), ("nhóm", "lớp"), ("nhóm", "trẻ"), ("lớp",)}
_KINDERGARTEN_FIRST = frozenset(words[0] for words in KINDERGARTEN_OPENERS)
PRE_SCHOOL = (("mầm", "non"), ("mn",))
PRIVATE = ("tư", "thục")
KINDERGARTEN_NAME_WORDS = 4


def _kindergarten(ctx: Context, tokens: list[Token], i: int) -> OrgMention | None:
    """Read a kindergarten named after what it is at tokens[i]: 'nhóm lớp mầm non Hoa Mai'.

    'cơ sở' and 'lớp' say 'mầm non' before the name ('cơ sở Hà Nội' is a site, 'lớp Anh' a class);
    'nhóm lớp' and 'nhóm trẻ' are kindergartens by themselves ('nhóm lớp tư thục Hoa Mai').
    """
    if tokens[i].lower not in _KINDERGARTEN_FIRST:
        return None  # (asked at most words of a report: the openers' first word, before their tuples)
    j = next(
        (i + len(w) for w in KINDERGARTEN_OPENERS if tuple(t.lower for t in tokens[i : i + len(w)]) == w),
        None,
    )
    if j is None:
        return None
    pre = next((len(w) for w in PRE_SCHOOL if tuple(t.lower for t in tokens[j : j + len(w)]) == w), 0)
    if not pre and tokens[i].lower != "nhóm":
        return None
    j += pre
    if tuple(t.lower for t in tokens[j : j + 2]) == PRIVATE:
        j += 2
    if j >= len(tokens) or match_level(tokens, j) or ctx.lex.places.match(tokens, j):
        return None  # 'cơ sở mầm non ở Hà Nội': where it is, not its name
    run = min(capital_run(tokens, j), KINDERGARTEN_NAME_WORDS)
    if not run or len(tokens[j].text) < 2 or is_abbreviation(tokens[j]):
        return None  # 'nhóm lớp mầm non H.': an initial hides the name
    end = j + run
    written = " ".join(ctx.text[tokens[i].start : tokens[end - 1].end].split())
    return OrgMention(tokens[i].start, tokens[end - 1].end, KINDERGARTEN, written, tokens[j:end], named=True)


POLICE_FORCE = Entry("police-force", "Lực lượng Cảnh sát", "police force", kind="police")
POLICE_FORCE_CODE = re.compile(r"CS[A-ZĐ]{1,4}")  # 'CSGT', 'CSKT', 'CSHS'


def _police_force(ctx: Context, tokens: list[Token], i: int) -> OrgMention | None:
    """Read a police force named by its field and its police after 'lực lượng' at tokens[i].

    'lực lượng Cảnh sát kinh tế - Công an thành phố X', 'lực lượng CSGT Công an tỉnh': the force
    has no head word of its own; the police it belongs to names it.
    """
    if tokens[i].text[:2] not in ("Cả", "CS"):
        return None  # (the cheap test first: this runs at every word)
    after_force = i >= 2 and (tokens[i - 2].lower, tokens[i - 1].lower) == ("lực", "lượng")
    if not after_force and i > 0 and ctx.lex.heads_loose.match(tokens, i - 1):
        return None  # 'Phòng CSGT', 'Cục Cảnh sát hình sự': the head before it reads the unit
    if not after_force and (
        tokens[i].text == "CSĐT" or (i + 2 < len(tokens) and tokens[i + 2].lower == "điều")
    ):
        return None  # 'CSĐT Công an huyện X': the investigation agency, named 'Cơ quan CSĐT'
    if POLICE_FORCE_CODE.fullmatch(tokens[i].text):
        j = i + 1
    elif tokens[i].text == "Cảnh" and i + 1 < len(tokens) and tokens[i + 1].lower == "sát":
        field = _org_words().match(tokens, i + 2)
        if field is not None:
            j = field[1]
        elif i + 2 < len(tokens) and is_abbreviation(tokens[i + 2]):
            j = i + 3  # 'Cảnh sát PCCC', 'Cảnh sát PC&CC'
            while j + 1 < len(tokens) and tokens[j].text == "&" and is_abbreviation(tokens[j + 1]):
                j += 2
        else:
            return None
    else:
        return None
    if j + 1 < len(tokens) and tokens[j].text in DASHES:
        j += 1
    police = parse_org(ctx, tokens, j) if j < len(tokens) else None
    if police is None and (place := _force_place(ctx, tokens, j)) is not None:
        # 'CSGT TP. Lào Cai', 'Cảnh sát PCCC tỉnh X', 'CSGT Hà Nội': the force of the place named.
        (level, (written, entry, end)) = place
        return OrgMention(
            tokens[i].start,
            tokens[end - 1].end,
            POLICE_FORCE,
            ctx.text[tokens[i].start : tokens[j - 1].end],
            level=level,
            place=written,
            place_entry=entry,
        )
    if police is None or police.head.key != "police" or police.child is not None or not police.place:
        return None  # (an implied place, 'lực lượng CSGT Công an tỉnh', is too little to name a unit)
    return OrgMention(
        tokens[i].start, police.end, POLICE_FORCE, ctx.text[tokens[i].start : tokens[j - 1].end], child=police
    )


def _force_place(
    ctx: Context, tokens: list[Token], j: int
) -> tuple[str | None, tuple[str, Entry | None, int]] | None:
    """Read the province or city a police force serves at tokens[j]: a level and its name, or a
    province or city the gazetteer knows ('tỉnh Quảng Nam', 'TP. Lào Cai', 'Hà Nội')."""
    if j >= len(tokens):
        return None
    level = match_level(tokens, j)
    if level is not None:
        k = level[1] + (level[1] < len(tokens) and tokens[level[1]].text == ".")
        place = _place_run(ctx, tokens, k) if k < len(tokens) else None
        return (level[0], place) if place is not None else None
    found = ctx.lex.places.match(tokens, j)
    if found is None or found[0].kind not in ("city", "province", "former-city", "former-province"):
        return None
    return None, (ctx.text[tokens[j].start : tokens[found[1] - 1].end], found[0], found[1])


# Units the text names by their code alone: a provincial police division ('PC45'), or a ministry's
# department of the police named after it ('C46 Bộ Công an'); their heads are implied.
CODED_DIVISION = Entry("division", "Phòng", "division", kind="police")
CODED_AGENCY = Entry("agency", "Cục", "department", kind="police")
DIVISION_CODE = re.compile(r"P[A-Z]\d\d")
AGENCY_CODE = re.compile(r"C\d\d")
OFFICE_LETTER = re.compile(r"[A-Z]")


def _coded_unit(ctx: Context, tokens: list[Token], i: int) -> OrgMention | None:
    """Read a police unit named by its code at tokens[i]: 'PC45', 'PC 45 Công an tỉnh X', 'C46 Bộ Công an'.

    A department's code ('C46') names a unit only before the police it belongs to: alone, the
    same letters name an exam's subject group ('khối C03').
    """
    tok = tokens[i]
    if tok.text[:1] not in ("P", "C") or (i > 0 and tokens[i - 1].text in ("(", "/")):
        # (the cheap test first; a code in brackets belongs to the name before it, and one after a
        # slash is a document's number: 'Quyết định số 51/C46')
        return None
    j = i + 1
    if tok.text in ("PC", "PA", "PK") and j < len(tokens) and re.fullmatch(r"\d\d", tokens[j].text):
        j += 1  # 'PC 45': the code written apart
    code = "".join(t.text for t in tokens[i:j])
    if DIVISION_CODE.fullmatch(code):
        head = CODED_DIVISION
    elif AGENCY_CODE.fullmatch(code):
        head = CODED_AGENCY
    else:
        return None
    if j < len(tokens) and OFFICE_LETTER.fullmatch(tokens[j].text) and tokens[j].start == tokens[j - 1].end:
        j += 1  # 'C47B': the department's office in the south, its letter glued to the code
    k = j + 1 if j + 1 < len(tokens) and tokens[j].text in DASHES else j  # 'PC45 - Công an tỉnh X'
    owner = parse_org(ctx, tokens, k) if k < len(tokens) and is_capitalised(tokens[k]) else None
    if owner is not None and not (owner.specific and owner.head.kind in ("police", "government")):
        owner = None
    if owner is None and head is CODED_AGENCY and _about_exams(ctx, tok.start):
        return None
    end = owner.end if owner is not None else tokens[j - 1].end
    return OrgMention(tok.start, end, head, "", list(tokens[i:j]), child=owner, named=True)


# A code alone is a department ('C45 đang phối hợp'), but the same letters name an exam's subject group.
_EXAM_WORDS = re.compile(
    r"(?<![^\W_])(?:tổ\s+hợp|khối|môn|xét\s+tuyển|thi|điểm\s+chuẩn)(?![^\W_])", re.IGNORECASE
)


def _about_exams(ctx: Context, at: int) -> bool:
    """Whether the sentence around offset ``at`` speaks of exams or admissions."""
    n = ctx.sentence_index(at)
    lo, hi = (ctx.sentences[n].start, ctx.sentences[n].end) if n >= 0 else (max(0, at - 120), at + 120)
    return _EXAM_WORDS.search(ctx.text, lo, hi) is not None


@cache
def _press_brand_keys() -> frozenset[str]:
    return frozenset(key(b) for b in word_lists("brands.txt")["press"])


_OPENERS: dict[int, tuple[object, frozenset[str]]] = {}


def _unit_openers(ctx: Context) -> frozenset[str]:
    """Return the lower-case words a unit's head, a soft head, a shop ('tiệm') or a paper ('tờ') begins with.

    One set made once a lexicon: ``_opens_no_unit`` asks it at most words of every report.
    """
    lex = ctx.lex
    known = _OPENERS.get(id(lex))
    if known is None or known[0] is not lex:
        words = lex.heads.first_words | lex.heads_loose.first_words | frozenset(SOFT_HEADS) | {"tiệm", "tờ"}
        words |= {w[0] for w in KINDERGARTEN_OPENERS}
        known = _OPENERS[id(lex)] = (lex, words)
    return known[1]


def _opens_no_unit(tokens: list[Token], i: int, openers: frozenset[str]) -> bool:
    """Whether no unit, outlet or shop can start at tokens[i], as find_org_mentions reads them.

    A mark, or a word in lower case that opens no unit's head, no soft head and no shop ('tiệm')
    and is no site's name ('zing.vn'): what most words of a report are, answered at once rather
    than by each reader in turn. ``openers`` are ``_unit_openers``.
    """
    tok = tokens[i]
    if tok.is_word and not tok.text[:1].islower():
        return False
    return not (
        tok.lower in openers
        or tok.text in POLICE_INITIALS
        or (i + 2 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 2].lower in WEB_DOMAINS)
    )


def find_org_mentions(ctx: Context) -> list[tuple[int, OrgMention]]:
    """Return (sentence index, mention) for every specific unit mention, outermost first.

    Coordinated heads share the rest of the name: in 'Ban thường vụ, Ban chấp hành Đảng bộ X'
    both boards belong to Đảng bộ X.
    """
    found: list[tuple[int, OrgMention]] = []
    openers = _unit_openers(ctx)
    for n, tokens in enumerate(ctx.tokens):
        i = 0
        pending: list[OrgMention] = []  # bare heads waiting for a shared tail
        chained = True  # the bare heads and the mention after them follow each other ('HĐND, UBND tỉnh X')
        goes_on = -1  # the token index where the coordination goes on
        while i < len(tokens):
            if _opens_no_unit(tokens, i, openers):
                i += 1
                continue
            outlet = (
                _press_outlet(ctx, tokens, i)
                or _counted_paper(ctx, tokens, i)
                or _bracketed_source(ctx, tokens, i)
                or _shop(ctx, tokens, i)
                or _kindergarten(ctx, tokens, i)
                or _police_force(ctx, tokens, i)
                or _coded_unit(ctx, tokens, i)
            )
            # ('Phòng Kỹ thuật hình sự, PC54, Công an tỉnh X': a code after a unit is that unit's)
            if (
                outlet is not None
                and not outlet.head_text
                and found
                and found[-1][0] == n
                and _index_after(tokens, found[-1][1].end) == i - 1
                and tokens[i - 1].text in (",", *DASHES)
            ):
                outlet = None
            if outlet is not None:
                found.append((n, outlet))
                i = _index_after(tokens, outlet.end)
                if outlet.head.kind == "press" and (listed := _cited_papers(ctx, tokens, outlet)):
                    found.extend((n, one) for one in listed)
                    i = _index_after(tokens, listed[-1].end)
                continue
            mention = parse_org(ctx, tokens, i)
            if (
                mention is not None
                and mention.head.key == "ministry"
                and i + 1 < len(tokens)
                and tokens[i + 1].text == ":"
                and (listed := _listed_ministries(ctx, tokens, mention, i + 1, opened=True))
            ):
                # 'Bộ trưởng các Bộ: Quốc phòng, GTVT, Xây dựng': the ministries listed by their fields.
                found.extend((n, one) for one in listed)
                i = _index_after(tokens, listed[-1].end)
                continue
            if mention is None and _lower_case_head(ctx, tokens, i):
                mention = parse_org(ctx, tokens, i, in_title=True)
                if mention is not None and not mention.specific:
                    mention = None
            if mention is None and _lower_case_division(ctx, tokens, i):
                mention = parse_org(ctx, tokens, i, in_title=True)
                transaction = tuple(t.lower for t in mention.specs[:2]) == TRANSACTION if mention else False
                if mention is not None and not (
                    (mention.child and mention.child.specific)
                    or (transaction and (mention.place or len(mention.specs) > 2))
                ):
                    # 'phòng VIP', 'phòng C1': a room, unless a unit owns it. (A district's department,
                    # 'phòng Tư pháp huyện X', stays unread: on the never-tuned sets it split a unit in two.)
                    mention = None
            if mention is not None and not _authority_of_a_place(mention):
                mention = None
            if mention is not None and i > 0 and _names_a_street_or_place(ctx, tokens, i):
                mention = None
            if mention is None or _closes_role(ctx, tokens, i, mention):
                i += 1
                continue
            after = _index_after(tokens, mention.end)
            if not mention.specific and not mention.specs:
                nxt = tokens[after].text if after < len(tokens) else ""
                if nxt in (",", "và") or (after < len(tokens) and tokens[after].lower == "và"):
                    chained = chained and goes_on == i if pending else True
                    pending.append(mention)
                    i = goes_on = after + 1
                    continue
                pending = []
                i = after
                continue
            for bare in pending:
                # ('Đảng ủy, Ban Giám đốc Công an tỉnh X': a unit's party committee and its board)
                kin = bare.head.kind == mention.head.kind or bare.head.key == "party-committee"
                if mention.child is not None and kin and bare.level is None:
                    shared = OrgMention(
                        bare.start, bare.end, bare.head, bare.head_text, [], mention.child, shared=True
                    )
                    found.append((n, shared))
                elif chained and goes_on == i and (tail := _shared_tail(ctx, bare, mention)) is not None:
                    found.append((n, tail))
            pending = []
            press = mention.specific and mention.head.kind == "press"
            listed = _cited_papers(ctx, tokens, mention) if press else []
            if listed:
                found.append((n, mention))
                found.extend((n, one) for one in listed)
                i = _index_after(tokens, listed[-1].end)
                continue
            if mention.specific:
                if (
                    _branch_prefix(tokens, i)
                    and mention.head.kind in ("company", "government", "other")
                    and (mention.place or mention.level)
                ):
                    # 'Chi nhánh Ngân hàng X huyện Y', 'chi nhánh Văn phòng đăng ký đất đai huyện Z': a
                    # branch, named by where it is ('chi nhánh ngân hàng X' alone is any of them)
                    mention.branch_start = tokens[i - 2].start
                found.append((n, mention))
                other = _coordinated_place(ctx, tokens, mention)
                if other is not None:
                    found.append((n, other))
                    after = _index_after(tokens, other.end)
                for listed in _listed_ministries(ctx, tokens, mention, after):
                    found.append((n, listed))
                    after = _index_after(tokens, listed.end)
            i = max(after, i + 1)
    return found


LOCAL_AUTHORITY = "local-government"


def _authority_of_a_place(mention: OrgMention) -> bool:
    """Whether a mention is no local authority or names one by a level and a place ('chính quyền
    xã X', 'Chính quyền TP'): 'chính quyền Nhà nước' is the state's power, and 'chính quyền UBND
    huyện X' a pair of words that name the committee."""
    if mention.head.key != LOCAL_AUTHORITY:
        return True
    return mention.level is not None and not mention.specs and mention.child is None


def _shared_tail(ctx: Context, bare: OrgMention, m: OrgMention) -> OrgMention | None:
    """Return a bare head with the level and place of the unit after it: 'HĐND' of 'HĐND, UBND tỉnh X'."""
    if (
        m.child is not None
        or m.specs
        or not m.level
        or bare.level is not None
        or bare.head.key not in LEVELLED_HEADS
        or m.head.key not in LEVELLED_HEADS
        or not (m.place or m.resolvable)
    ):
        return None
    tail = " ".join(ctx.text[m.start + len(m.head_text) : m.end].split())
    if bare.head.key in IMPLIED_LEVEL or bare.head.key == "party-committee-district":
        if not m.place:
            return None  # ('Quận ủy, UBND quận': the district's committee, named as it stands)
        tail = " ".join(m.place.split())  # 'Quận ủy Hoàn Kiếm', not 'Quận ủy quận Hoàn Kiếm'
    return OrgMention(
        bare.start,
        bare.end,
        bare.head,
        bare.head_text,
        level=m.level,
        place=m.place,
        place_entry=m.place_entry,
        implicit_place=m.implicit_place,
        resolvable=m.resolvable,
        tail=tail,
    )


# The country's forces, named by their head alone: 'lực lượng Công an nhân dân', 'Bộ đội Biên phòng'.
NATIONAL_FORCES = {key("Công an nhân dân"), key("Quân đội nhân dân"), key("Bộ đội Biên phòng")}


def _national_force(ctx: Context, tokens: list[Token], i: int, m: OrgMention) -> bool:
    """Whether a bare head at tokens[i] names the country's force ('Công an nhân dân'), not a law of it."""
    return (
        not m.specific
        and m.child is None
        and not m.level
        and key(m.head_text) in NATIONAL_FORCES
        and is_capitalised(tokens[i])
        and not (i > 0 and tokens[i - 1].lower in ("luật", "báo", "ngành"))  # 'Luật Công an nhân dân'
        # ('Công an nhân dân vũ trang': the armed police, a force of another name)
        and not ((after := _index_after(tokens, m.end)) < len(tokens) and tokens[after].lower == "vũ")
        # ('theo báo Giao thông, Công an nhân dân': a paper's name in a list of papers)
        and not (
            i > 0
            and tokens[i - 1].lower in (",", "và")
            and any(t.lower == "báo" for t in tokens[max(0, i - 6) : i])
        )
    )


@cache
def _ministry_fields() -> PhraseMatcher:
    """Return a matcher of the ministries' fields ('Quốc phòng', 'GTVT', 'Tài nguyên và Môi trường')."""
    return _phrases("ministries.txt")


def _listed_ministries(
    ctx: Context, tokens: list[Token], m: OrgMention, k: int, *, opened: bool = False
) -> list[OrgMention]:
    """Return the ministries a list after one names by their field: 'Bộ Y tế, Tài chính và Công an'.

    ``opened``: tokens[k] is the colon of 'các Bộ: Quốc phòng, GTVT', before the list's first item.
    """
    if m.head.key != "ministry" or m.child is not None or m.level or not (m.specs or opened):
        return []
    listed = []
    while k + 1 < len(tokens) and (
        tokens[k].text == "," or tokens[k].lower == "và" or (opened and not listed)
    ):
        field = _ministry_fields().match(tokens, k + 1)
        if field is None:
            break
        end = field[1]
        nxt = tokens[end] if end < len(tokens) else None
        if nxt is not None and nxt.is_word and (is_capitalised(nxt) or match_level(tokens, end)):
            break  # 'Bộ Công an, Công an tỉnh X': a unit of another name
        written = " ".join(ctx.text[tokens[k + 1].start : tokens[end - 1].end].split())
        listed.append(OrgMention(tokens[k + 1].start, tokens[end - 1].end, m.head, m.head_text, tail=written))
        k = end
    return listed


def _coordinated_place(ctx: Context, tokens: list[Token], m: OrgMention) -> OrgMention | None:
    """Return the unit of a second place after 'và': 'Công an xã Phú Mỹ và Phú Thuận' names two."""
    if m.child is not None or not m.level or not m.place or m.implicit_place:
        return None
    k = _index_after(tokens, m.end)
    if k + 1 >= len(tokens) or not is_capitalised(tokens[k + 1]):
        return None
    if (
        tokens[k].text == ","
        and m.level in ("huyện", "quận", "thị xã")
        and _district_run(tokens, k + 1)
        and not ctx.lex.places.match(tokens, k + 1)  # ('huyện X, Phú Thọ': the province too)
    ):
        # 'Công an huyện Lâm Hà, Bảo Lâm': a second district after a comma, when its name is
        # exactly a known district's (not 'huyện X, Lâm Đồng', the province it is in).
        end = _index_after(tokens, tokens[k + 1].start) + capital_run(tokens, k + 1)
        start, stop = tokens[k + 1].start, tokens[end - 1].end
        return _second_place(m, start, stop, ctx.text[start:stop])
    if tokens[k].lower != "và":
        return None
    if ctx.lex.heads.match(tokens, k + 1) or _soft_head(ctx, tokens, k + 1) or match_level(tokens, k + 1):
        return None
    place = _place_run(ctx, tokens, k + 1)
    if place is None:
        return None
    written, entry, end = place
    if end < len(tokens) and tokens[end].is_word and is_capitalised(tokens[end]):
        return None  # the capitalised words go on: not a place's name alone
    if entry is None and (end - k - 1 < 2 or ctx.lex.roles.match(tokens, k + 1)):
        return None  # 'UBND phường X và Chủ cơ sở Y': one word is no place's name
    return _second_place(m, tokens[k + 1].start, tokens[end - 1].end, written, entry)


def _second_place(
    m: OrgMention, start: int, end: int, place: str, entry: Entry | None = None
) -> OrgMention:
    """Return the unit of ``m``'s head and level in a second place written from ``start`` to ``end``."""
    return OrgMention(
        start, end, m.head, m.head_text, level=m.level, place=place, place_entry=entry, shared=True,
        named=True,
    )


def display_name(ctx: Context, m: OrgMention) -> str:
    """Return the mention's full name as written, with the report's place where it was implied."""
    if m.branch_start is not None:
        return f"{' '.join(ctx.text[m.branch_start : m.start].split())} {_unit_name(ctx, m)}"
    return _unit_name(ctx, m)


def _unit_name(ctx: Context, m: OrgMention) -> str:
    """Return ``display_name`` of the unit itself, without the branch a 'Chi nhánh' before it makes."""
    written = " ".join(ctx.text[m.start : m.end].split())
    if m.tail is not None:
        written = f"{m.head_text} {m.tail}"
    if m.shared and m.child is None and m.level:
        return f"{m.head_text} {m.level} {written}"  # 'Phú Thuận' in 'Công an xã Phú Mỹ và Phú Thuận'
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
    if m.head.key == "news-outlet":
        return org_key(ctx, f"báo {m.head_text}")  # 'Lao Động' is 'Báo Lao Động'
    if m.head.key == "brand" and m.specs:
        # 'chi nhánh Agribank X', 'Agribank – Chi nhánh X': one branch, 'Agribank chi nhánh X'
        brand = " ".join(t.text for t in m.specs)
        rest = org_key(ctx, ctx.text[m.specs[-1].end : m.end]).split()
        rest = [w for w in rest if w not in BRANCH and w not in DASHES]
        return org_key(ctx, f"{brand} chi nhánh {' '.join(rest)}")
    if m.head.key == KINDERGARTEN.key:
        # 'nhóm lớp X', 'cơ sở mầm non tư thục X': one kindergarten, known by its name
        return org_key(ctx, f"{KINDERGARTEN.vi} {' '.join(t.text for t in m.specs)}")
    if not m.head_text:
        # A unit named by its code ('PC45') meets its name with the head ('Phòng PC45').
        code = f"{m.head.vi} {''.join(t.text for t in m.specs)}"
        return org_key(ctx, code) + (" " + mention_key(ctx, m.child) if m.child is not None else "")
    if m.shared and m.child is None and m.level:
        place = m.place_entry.vi if m.place_entry is not None else m.place
        return org_key(ctx, f"{m.head_text} {m.level} {place}")
    if m.child is None and m.place_entry is not None:
        level = m.level or ("thành phố" if (m.place_entry.kind or "").endswith("city") else "tỉnh")
        stem = ctx.text[m.start : m.end]
        head = " ".join(stem[: stem.find(m.place)].split()) if m.place and m.place in stem else stem
        if m.level and head.lower().endswith(tuple(f" {w}" for w in ("tp", "tp.", "thành phố", "tỉnh"))):
            head = head.rsplit(" ", 2 if head.lower().endswith("thành phố") else 1)[0]

        return org_key(ctx, f"{head} {level} {m.place_entry.vi}")
    implied = m.level or IMPLIED_LEVEL.get(m.head.key)
    if m.child is None and not m.place and implied and (m.implicit_place or m.head.key in IMPLIED_LEVEL):
        place = ctx.default_place.get(implied)
        if place is not None:
            # 'Tỉnh ủy' and 'Tỉnh ủy Yên Bái' meet under 'Tỉnh ủy tỉnh Yên Bái'.
            written = TRAILING_LEVEL.sub("", " ".join(ctx.text[m.start : m.end].split()))
            return org_key(ctx, f"{written} {implied} {place.vi}")
    if m.child is not None:
        stem = ctx.text[m.start : m.child.start]
        if m.shared:
            stem = m.head_text
        return org_key(ctx, f"{' '.join(stem.split())} ") + " " + mention_key(ctx, m.child)
    # ('Chi nhánh Ngân hàng X huyện Y' is the bank's branch the text also calls 'Ngân hàng X huyện Y')
    return org_key(ctx, _unit_name(ctx, m))


def org_key(ctx: Context, name: str) -> str:
    """Return the key under which names of the same unit meet ('Công an TP X' = 'Công an thành phố X').

    An abbreviation in brackets restates the words before it: 'Phòng Cảnh sát giao thông (CSGT)'.
    """
    # Every pass asks for the keys of the same names (each ~6 times a report): once per report and name.
    known = ctx.cache.setdefault("org_keys", {})
    assert isinstance(known, dict)
    if name not in known:
        known[name] = _org_key(ctx, name)
    return known[name]


def _org_key(ctx: Context, name: str) -> str:
    """Return ``org_key(ctx, name)``, made afresh."""
    local = local_abbreviations(ctx)
    if local:
        name = " ".join(local.get(w, w) for w in name.split())
    name = LEVEL_INITIAL.sub(lambda m: f"{LEVEL_INITIALS[m.group(1)]} ", name)  # 'Q.Thủ Đức' = 'quận Thủ Đức'
    # ('CAQ quận X' = 'Công an quận quận X': initials that hold the level say it once.)
    text = key(REPEATED_LEVEL.sub(r"\1", ctx.lex.gazetteer.expand(BRACKETED.sub("", name))))
    # 'Ủy ban MTTQ Việt Nam tỉnh X' = 'Ủy ban MTTQ tỉnh X': the country is part of the front's name.
    text = COUNTRY_BEFORE_LEVEL.sub(" ", f" {text} ")
    # 'Bệnh viện Đa khoa tỉnh X' = 'BV tỉnh X' = 'BVĐK tỉnh X': a general hospital is the hospital.
    text = GENERAL_HOSPITAL.sub(" bệnh viện ", text)
    # 'Sở Tài nguyên - Môi trường' = 'Sở Tài nguyên và Môi trường' = 'Gia đình & Xã hội'.
    return " ".join(w for w in text.split() if w != "và")


def local_abbreviations(ctx: Context) -> dict[str, str]:
    """Return the abbreviations the report defines in brackets: 'Tài nguyên và Môi trường (TN-MT)'.

    An abbreviation counts when its letters are the initials of the words before the bracket
    ('Bệnh viện Đa khoa (BVĐK)'), 'và' and marks left aside.
    """
    found = ctx.cache.get("org_abbreviations")
    if isinstance(found, dict):
        return found
    out: dict[str, str] = {}
    ctx.cache["org_abbreviations"] = out
    for m in re.finditer(r"\(([A-ZĐ][A-ZĐa-z&\-]{1,11})\)", ctx.text):
        abbr = m.group(1)
        letters = [c for c in abbr if c.isalpha()]
        if sum(c.isupper() for c in letters) < 2 or abbr in ctx.lex.gazetteer.abbreviations:
            continue
        before = tokenize(ctx.text, max(0, m.start() - 200), m.start())
        words: list[Token] = []
        k = len(before) - 1
        while k >= 0 and len(words) < len(letters):
            tok = before[k]
            if tok.lower == "và" or tok.text in ("-", "–", "&", ","):
                k -= 1
                continue
            if not tok.is_word:
                break
            words.insert(0, tok)
            k -= 1
        initials = "".join(w.text[0] for w in words).lower()
        if len(words) == len(letters) and initials == "".join(letters).lower():
            out[abbr] = ctx.text[words[0].start : words[-1].end]
    return out


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


def _first_letter(word: str) -> str:
    return INITIAL_FOLD.get(word[:1].upper(), word[:1].upper())


def _learn_initials(ctx: Context, mentions: list[OrgMention], local: dict[str, str]) -> None:
    """Learn the abbreviations a report uses for words it also writes out: 'Ban TCTW' = 'Ban Tổ chức
    Trung ương', 'Sở VHTTDL' = 'Sở Văn hóa, Thể thao và Du lịch'. The letters must be the initials
    of a run of words in another name of the report ('Trung ương' also gives 'TW'), and only one run.
    """
    runs: list[list[str]] = []
    for m in mentions:
        words = [t.text for t in tokenize(ctx.text, m.start, m.end) if t.is_word and t.lower not in ("và",)]
        if any(not is_abbreviation(Token(w, 0, 0)) for w in words):
            runs.append(words)
    for m in mentions:
        for tok in _joined_abbreviations(tokenize(ctx.text, m.start, m.end)):
            abbr = tok.text
            parts = [p for p in re.split(r"[-&]", abbr) if p]
            if (
                not all(is_abbreviation(Token(p, 0, 0)) for p in parts)
                or len(abbr) < 3
                or DIVISION_CODE.fullmatch(abbr) or AGENCY_CODE.fullmatch(abbr)  # 'C50' is no 'Công'
                or abbr in local
                or abbr in ctx.lex.gazetteer.abbreviations
            ):
                continue
            letters = "".join(
                _first_letter(c) for c in abbr.replace("TW", "TU").replace("TƯ", "TU") if c.isalpha()
            )
            found: dict[str, str] = {}  # (the same words in another case are the same run)
            for words in runs:
                initials = [_first_letter(w) for w in words]
                for a in range(len(words)):
                    b = a + len(letters)
                    if b <= len(words) and "".join(initials[a:b]) == letters:
                        found.setdefault(" ".join(words[a:b]).lower(), " ".join(words[a:b]))
            if len(found) == 1:
                local[abbr] = next(iter(found.values()))


def _owned_by_next(ctx: Context, unit: OrgMention, owner: OrgMention) -> bool:
    """Whether the unit named next, in the same sentence, is the one ``unit`` belongs to.

    'Phòng Cảnh sát truy nã tội phạm, Công an tỉnh X'; a code and the owner in one bracket,
    'Cục Cảnh sát hình sự (C45, Bộ Công an)', '(PC49 - Công an tỉnh X)'; a ministry's department
    by its code, 'C46, Bộ Công an'.
    """
    between = ctx.text[unit.end : owner.start]
    if CODE_OPENING.fullmatch(between):
        return (
            owner.specific
            and owner.head.key in ("police", "ministry")
            and ctx.text[owner.end : owner.end + 3].lstrip().startswith(")")
        )
    if not unit.head_text and AGENCY_CODE.fullmatch(ctx.text[unit.start : unit.end]):
        return between.strip() in (",", *DASHES) and owner.specific and owner.head.key == "ministry"
    return (
        between.strip() == ","
        and unit.head.key in SUB_UNITS
        and not (unit.place or unit.level)
        and owner.head.key == "police"
    )


def _unit_code(ctx: Context, m: OrgMention) -> tuple[str, str] | None:
    """Return (code, field words) for a unit written with its code or short name in brackets.

    'Phòng Cảnh sát hình sự (PC45)' and 'Phòng Cảnh sát hình sự Công an tỉnh X (PC45)' give
    ('PC45', 'Cảnh sát hình sự'), 'Tổng Công ty Xây lắp Dầu khí Việt Nam (PVC)' gives ('PVC',
    'Xây lắp Dầu khí Việt Nam'): the words the code stands for after the head.
    """
    if m.head.key in ("team", "station"):
        return None  # 'Đội 3 (PC45)': a team's bracket names the division it is in
    inside = next(
        (n for n in range(1, len(m.specs) - 1) if m.specs[n - 1].text == "(" and m.specs[n + 1].text == ")"),
        None,
    )
    if inside is not None and _code(m.specs[inside].text):
        code, words = m.specs[inside].text, m.specs[: inside - 1]
    else:
        # 'Cục Cảnh sát hình sự (C45)', or with its owner: '(C45, Bộ Công an)', '(PC49 - Công an tỉnh X)'
        after = BRACKETED_NAME.match(ctx.text, m.end) or CODE_BEFORE_OWNER.match(ctx.text, m.end)
        if after is None or not POLICE_CODE.fullmatch(after.group(1)) or "(" in (t.text for t in m.specs):
            return None
        code, words = after.group(1), list(m.specs)
    if POLICE_CODE.fullmatch(code) and m.head.key not in CODED_HEADS:
        return None
    if not words or code in ctx.lex.gazetteer.abbreviations:
        return None
    return code, ctx.text[words[0].start : words[-1].end]


def _code(text: str) -> bool:
    """Whether a word in brackets is a unit's code or short name: 'PC45', 'PVC', 'C47'."""
    return bool(POLICE_CODE.fullmatch(text)) or (
        len(text) >= 2 and text[:1].isupper() and sum(c.isupper() for c in text) >= 2 and text.isalnum()
    )


def _same_head(ctx: Context, short: str, long: str) -> bool:
    """Whether two names open with the same head, when both open with one ('Công ty X' is not
    'Công đoàn Công ty X'; 'Trường Y' may be 'Trường Tiểu học Y')."""
    short_words, long_words = tokenize(short), tokenize(long)
    a, b = ctx.lex.heads.match(short_words, 0), ctx.lex.heads.match(long_words, 0)
    if a is None or b is None or a[0].key == b[0].key:
        return True
    # ('UB MTTQ' and 'UB TƯ MTTQ': one head word opens the other's, the name goes on alike)
    n = min(a[1], b[1])
    return [t.lower for t in short_words[:n]] == [t.lower for t in long_words[:n]]


def _joined_abbreviations(tokens: list[Token]) -> list[Token]:
    """Return the tokens with abbreviations glued by '-' or '&' joined into one: 'LĐ-TB-XH'."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        end = k + 1
        while (
            is_abbreviation(tokens[k])
            and end + 1 < len(tokens)
            and tokens[end].text in ("-", "&")
            and tokens[end].start == tokens[end - 1].end
            and tokens[end + 1].start == tokens[end].end
            and is_abbreviation(tokens[end + 1])
        ):
            end += 2
        if end > k + 1:
            text = "".join(t.text for t in tokens[k:end])
            out.append(Token(text, tokens[k].start, tokens[end - 1].end))
        else:
            out.append(tokens[k])
        k = end
    return out


def _fold_into(
    by_key: dict[str, Organization], order: list[str], at: dict[int, str], key: str, into: str
) -> None:
    """Merge the unit ``key`` into the unit ``into``: its names become aliases, its mentions move over."""
    target, gone = by_key[into], by_key.pop(key)
    target.aliases += [a for a in (gone.name, *gone.aliases) if a not in target.aliases]
    target.mentions += gone.mentions
    order.remove(key)
    for start, mk in at.items():
        if mk == key:
            at[start] = into


def _extends(short: str, long: str) -> bool:
    """Whether the key ``long`` holds every word of ``short`` in order, from the same first word."""
    a, b = short.split(), long.split()
    if len(a) >= len(b) or not a or a[0] != b[0]:
        return False
    if BRANCH_KEY in long and BRANCH_KEY not in short:
        return False  # 'Ngân hàng X' is not its branch, 'Ngân hàng X chi nhánh Y'
    it = iter(b[1:])
    return all(w in it for w in a[1:])


def _holds(short: str, long: str) -> bool:
    """Whether the key ``long`` holds every word of ``short`` in order, and more."""
    a, b = short.split(), long.split()
    it = iter(b)
    return len(a) < len(b) and all(w in it for w in a)


BRAND_BODIES = {"board-of-directors"}  # a company's bodies: 'HĐQT X' is X's board, not X


def _body_of(ctx: Context, name: str, brand: str) -> bool:
    """Whether the unit ``name`` is a body of the company ``brand`` ('HĐQT Oceanbank'), not that company."""
    if name.split()[0] == brand:
        return False
    found = ctx.lex.heads.match(tokenize(name), 0)
    return found is not None and found[0].key in BRAND_BODIES


CENTRAL = ("trung", "ương")


def _central_committee_of(ctx: Context, m: OrgMention) -> bool:
    """Whether ``m`` is a party committee named after a central force ('Đảng ủy Công an Trung ương')."""
    if m.head.key != "party-committee" or m.child is None or m.child.place or m.child.child is not None:
        return False
    words = tokenize(ctx.text, m.child.start, m.child.end)
    return tuple(t.lower for t in words[-2:]) == CENTRAL


def organizations(ctx: Context) -> tuple[list[Organization], dict[int, str]]:
    """Return the report's units, each with its aliases and spans, and a map mention start → unit name."""
    mentions = find_org_mentions(ctx)
    units = _Units(ctx, _unit_codes(ctx, mentions))
    for _, mention in mentions:
        units.add(mention)
    units.own_by_next(mentions)
    units.fold_brands()
    units.fold_forces()
    units.fold_branches()
    units.fold_shortened()
    return units.settle()


def _unit_codes(ctx: Context, mentions: list[tuple[int, OrgMention]]) -> dict[int, str]:
    """Return the unit code the text gives each mention in brackets, learning the short names it gives."""
    local = local_abbreviations(ctx)
    codes: dict[int, str] = {}  # mention start → the unit code the text gives it in brackets
    for _, mention in mentions:
        # 'Phòng Cảnh sát hình sự (PC45)': the code is the unit's alias, and 'Phòng PC45' names it.
        found = _unit_code(ctx, mention)
        if found is not None:
            code, field_words = found
            codes[mention.start] = code
            local.setdefault(code, field_words)
    for _, mention in mentions:
        # 'Ngân hàng Bưu điện X (XBank)': the word in brackets is the unit's short name.
        after = BRACKETED_NAME.match(ctx.text, mention.end)
        if after and after.group(1) not in local and mention.child is None:
            local[after.group(1)] = " ".join(ctx.text[mention.start : mention.end].split())
    _learn_initials(ctx, [m for _, m in mentions], local)
    return codes


class _Units:
    """The report's units by key, in the order first named, and which unit each mention names."""

    def __init__(self, ctx: Context, codes: dict[int, str]) -> None:
        self.ctx = ctx
        self.codes = codes  # mention start → the unit code the text gives it in brackets
        self.by_key: dict[str, Organization] = {}
        self.order: list[str] = []
        self.at: dict[int, str] = {}
        self.levelled: set[str] = set()
        self.as_written: set[str] = set()  # units whose name is one the text writes in full
        self.forces: set[str] = set()  # police forces named by their field and place: 'CSGT Hà Nội'

    def add(self, m: OrgMention) -> Organization:
        """Record the unit ``m`` names (and the units it belongs to), with the names it is written by."""
        ctx = self.ctx
        name = display_name(ctx, m)
        name = name[:1].upper() + name[1:]  # a name begins with a capital, whatever the sentence did
        k = mention_key(ctx, m)
        written = " ".join(ctx.text[m.start : m.end].split())
        org = self._named(m, k, name, written)
        self._add_aliases(m, org, written)
        org.mentions.append(Span(m.start, m.end, ctx.text[m.start : m.end]))
        # ('Đảng ủy Công an Trung ương' is one committee: no 'Công an Trung ương' of its own)
        if m.child is not None and not _central_committee_of(ctx, m):
            child = self.add(m.child)
            party_in_party = m.head.kind == m.child.head.kind == "party"
            if org.part_of is None and (m.head.key not in NOT_PART_OF or party_in_party):
                org.part_of = child.name
        self.at[m.start] = k
        if m.head is POLICE_FORCE:
            self.forces.add(k)
        if m.level and m.child is None and m.head.key not in SUB_UNITS:
            # ('Phòng CSGT tỉnh' is a division of the province's police: its level names no unit.)
            self.levelled.add(k)
        return org

    def _named(self, m: OrgMention, k: str, name: str, written: str) -> Organization:
        """Return the unit of key ``k``, made new or renamed by the name ``m`` gives it."""
        ctx, as_written = self.ctx, self.as_written
        org = self.by_key.get(k)
        if org is None:
            # A division, team or station is of the kind of the unit it belongs to: 'Phòng CSGT
            # Công an tỉnh X' is police, not government.
            org = Organization(name=name, name_en=_english(ctx, m), kind=_kind(m))
            if m.place_entry is not None:
                org.place = m.place_entry.vi
            elif m.implicit_place or m.head.key in IMPLIED_LEVEL:
                place = ctx.default_place.get(m.level or IMPLIED_LEVEL.get(m.head.key, ""))
                org.place = place.vi if place else None
            self.by_key[k] = org
            self.order.append(k)
            # (a name the sentence began in lower case is written in full; a code alone, 'PC45',
            # gives way to a name with its head, 'Phòng PC45')
            if written[1:] == name[1:] and m.head_text:
                as_written.add(k)
        elif m.head.key == "news-outlet":
            pass  # a paper cited by its bare name keeps the name its 'báo' gave it
        elif (written == name and k not in as_written) or (not org.name[:1].isupper() and name[:1].isupper()):
            # Prefer the name as first written in full, capitalised.
            if org.name != name and org.name not in org.aliases:
                org.aliases.append(org.name)
            org.name = name
            if written == name:
                as_written.add(k)
        return org

    def _add_aliases(self, m: OrgMention, org: Organization, written: str) -> None:
        """Add to ``org`` the other names ``m`` gives it: as written, as a force, code, site, short name."""
        ctx = self.ctx
        # (not a place's name alone: 'Phú Thuận' of 'Công an xã A và Phú Thuận')
        if (
            written != org.name
            and written not in org.aliases
            and not (m.shared and m.child is None)
            and m.tail is None  # ('HĐND' of 'HĐND, UBND tỉnh X' is no name of its own)
        ):
            org.aliases.append(written)
        force = " ".join(ctx.text[max(0, m.start - 12) : m.start].split()).lower()
        alias = f"lực lượng {written}"  # ('lực lượng Công an nhân dân': the force named in full)
        if (
            key(m.head_text) in NATIONAL_FORCES
            and m.named
            and force.endswith("lực lượng")
            and alias not in org.aliases
        ):
            org.aliases.append(alias)
        code = self.codes.get(m.start)
        if code is not None and code not in org.aliases:
            org.aliases.append(code)
        site = ctx.text[max(0, m.start - 6) : m.start].split()
        if (
            m.head.kind == "school"
            and site
            and site[-1].lower() == "điểm"
            and f"điểm {written}" not in org.aliases
        ):
            org.aliases.append(f"điểm {written}")  # 'điểm trường X': a site of school X, named by it
        if m.child is not None and m.specs and not m.shared and m.head.key not in NOT_PART_OF:
            # 'Đội CSGT số 14' of 'Đội CSGT số 14 Công an Hà Nội': the unit without whose it is.
            short = " ".join(ctx.text[m.start : m.child.start].split()).rstrip(" ,-–—")
            if short != org.name and short not in org.aliases and not short.endswith("("):
                org.aliases.append(short)

    def own_by_next(self, mentions: list[tuple[int, OrgMention]]) -> None:
        """Make a unit part of the one named right after it in its sentence, when that one owns it."""
        by_key, at = self.by_key, self.at
        for (n, unit), (n_next, parent) in zip(mentions, mentions[1:], strict=False):
            org = by_key[at[unit.start]]
            if (
                n == n_next
                and org.part_of is None
                and unit.child is None
                and at[parent.start] != at[unit.start]
                and _owned_by_next(self.ctx, unit, parent)
            ):
                org.part_of = by_key[at[parent.start]].name

    def fold_brands(self) -> None:
        """Fold a company's one-word brand into the one fuller name that holds it."""
        by_key, order, at = self.by_key, self.order, self.at
        # A brand that one fuller name holds is that unit: 'Agribank' after 'Ngân hàng Agribank chi nhánh X'.
        for k in [k for k in order if by_key[k].kind == "company" and " " not in by_key[k].name]:
            brand = by_key[k]
            # (a unit the text gave the brand as its short name first: 'Ngân hàng X (BIDV)')
            named = [o for o in order if o != k and brand.name in by_key[o].aliases]
            holders = named or [
                o
                for o in order
                if o != k
                and brand.name in by_key[o].name.split()
                and not _body_of(self.ctx, by_key[o].name, brand.name)
            ]
            if len(holders) == 1:
                _fold_into(by_key, order, at, k, holders[0])

    def fold_forces(self) -> None:
        """Fold a force named by its field and place into the one police unit that holds it."""
        by_key, order, at = self.by_key, self.order, self.at
        # A force named by its field and place is the one unit of that field and place the report
        # names in full: 'CSGT Ninh Bình' after 'Phòng CSGT Công an tỉnh Ninh Bình'.
        for k in [k for k in order if k in self.forces]:
            holders = [o for o in order if o != k and by_key[o].kind == "police" and _holds(k, o)]
            if len(holders) == 1:
                _fold_into(by_key, order, at, k, holders[0])

    def fold_branches(self) -> None:
        """Fold a brand's branch into the one fuller name of that branch."""
        by_key, order, at = self.by_key, self.order, self.at
        # A brand's branch is the branch a fuller name gives:
        # 'BIDV chi nhánh Y' = 'Ngân hàng BIDV - Chi nhánh Y'.
        for k in [k for k in order if by_key[k].kind == "company" and BRANCH_KEY in f" {k} "]:
            holders = [o for o in order if o.endswith(f" {k}") and BRANCH_KEY in f" {o} "]
            if len(holders) == 1 and k in by_key:
                _fold_into(by_key, order, at, k, holders[0])

    def fold_shortened(self) -> None:
        """Fold a short name into the one fuller name that extends it, units without a parent first."""
        ctx, by_key, order, at = self.ctx, self.by_key, self.order, self.at
        # A short name that only one fuller name extends is that unit: 'Phòng CSGT' after 'Phòng CSGT
        # Công an TP X', 'Phòng CSGT Bắc Ninh' after 'Phòng CSGT Công an tỉnh Bắc Ninh'. Longest first,
        # so that variants of one name have met before a shorter one looks for the name it shortens.
        # A unit of a unit merges only with a fuller name of a unit of the same one: 'Văn phòng Ban Chỉ
        # đạo' with 'Văn phòng Ban Chỉ đạo X' once 'Ban Chỉ đạo' has met 'Ban Chỉ đạo X'.
        for with_parent in (False, True):
            owner = self._owners()
            for k in sorted(order, key=lambda x: len(x.split()), reverse=True):
                org = by_key[k]
                if bool(org.part_of) != with_parent:
                    continue
                # 'Đảng bộ thành phố X' is not 'Đảng bộ Công an TP X': a written level names the unit of
                # that level, so only a plain continuation ('Công an tỉnh' → 'Công an tỉnh X') extends it.
                prefix_only = k in self.levelled
                if prefix_only and org.place:
                    continue
                parent = owner.get(org_key(ctx, org.part_of or ""), org.part_of)
                longer = [
                    other
                    for other in order
                    if other != k
                    and (other.startswith(k + " ") if prefix_only else _extends(k, other))
                    and _same_head(ctx, org.name, by_key[other].name)
                    and (
                        not with_parent
                        or owner.get(org_key(ctx, by_key[other].part_of or ""), by_key[other].part_of)
                        == parent
                    )
                ]
                if len(longer) == 1:
                    _fold_into(by_key, order, at, k, longer[0])

    def _owners(self) -> dict[str, str]:
        """Return the unit name that each name or alias (by its key) belongs to."""
        by_key = self.by_key
        return {
            org_key(self.ctx, alias): by_key[k].name
            for k in self.order
            for alias in (by_key[k].name, *by_key[k].aliases)
        }

    def settle(self) -> tuple[list[Organization], dict[int, str]]:
        """Return the units with their final names and a map mention start → unit name."""
        ctx, by_key, order = self.ctx, self.by_key, self.order
        for org in by_key.values():
            fuller = [a for a in org.aliases if org.name in a.split() and a[:1].isupper()]
            if POLICE_CODE.fullmatch(org.name) and fuller:
                # A unit named by its code ('PC67') takes the name with its head ('Phòng PC67').
                org.aliases.append(org.name)
                org.name = fuller[0]
        names = {k: by_key[k].name for k in order}
        # Settle part_of names to the final canonical names.
        final = self._owners()
        for k in order:
            org = by_key[k]
            if org.part_of:
                org.part_of = final.get(org_key(ctx, org.part_of), org.part_of)
            org.aliases = [a for a in org.aliases if a != org.name]
        found = [by_key[k] for k in order]
        # Where each unit is written: a post's unit read shorter than one of these is read as far.
        ctx.cache["org_spans"] = {s.start: s.end for o in found for s in o.mentions}
        return found, {start: names[k] for start, k in self.at.items()}


# Posts only a company has: after one, a name in one word is the company's ('Tổng giám đốc MHB').
COMPANY_TITLES = {
    "tổng giám đốc", "phó tổng giám đốc", "kế toán trưởng", "giám đốc", "phó giám đốc",
}  # fmt: skip
VINA = re.compile(r"Vina[a-z]{3,}")  # state companies named 'Vina…': 'Vinaconex', 'Vinachem'
INNER_CAPITAL = re.compile(r"(?=[A-Za-z]*[a-z])[A-Z][A-Za-z]*[A-Z][A-Za-z]*")  # 'PVTex', 'OceanBank'


def _company_code(ctx: Context, words: list[Token], title: str | None) -> bool:
    """Whether a post's unit is a company named by one code or brand word: 'Kế toán trưởng MHB'."""
    if len(words) != 1 or (title or "").lower() not in COMPANY_TITLES:
        return False
    text = words[0].text
    if ctx.lex.places.match(words, 0) or text in ctx.lex.surnames or text in ctx.lex.gazetteer.abbreviations:
        return False
    return (
        (text.isupper() and text.isalpha() and len(text) >= 3)
        or bool(VINA.fullmatch(text))
        or bool(INNER_CAPITAL.fullmatch(text))
    )


def add_post_units(ctx: Context, orgs: list[Organization], people: list) -> None:
    """Add the units that only a post names ('Trưởng phòng Tham mưu Công an tỉnh X') to ``orgs``.

    The unit reader leaves some names that the post reader finds after a title; a unit named in a
    post is a unit of the report. Only a name written as such inside the post's span counts, with a
    head that names one unit in particular; a shorter or longer form of a known unit is its alias.
    """
    known = {org_key(ctx, n): org for org in orgs for n in (org.name, *org.aliases)}
    for person in people:
        for post in person.positions:
            name = post.organization
            k = org_key(ctx, name) if name else ""
            if not k or k in known or not post.spans:
                continue
            span = post.spans[0]
            found = ctx.text[span.start : span.end].lower().find(name.lower())
            if found < 0:
                continue  # a name the post reader made up from parts: no span to show for it
            at = span.start + found
            words = tokenize(name)
            mention = parse_org(ctx, words, 0)
            coded = mention is None and _company_code(ctx, words, post.title)
            if not coded and (
                mention is None or not (mention.specific or _index_after(words, mention.end) < len(words))
            ):
                continue  # no head, or a head that names no unit in particular ('Cơ quan CSĐT')
            kin = next(
                (o for ok, o in known.items() if ok.startswith(f"{k} ") or k.startswith(f"{ok} ")), None
            )
            if kin is not None:
                if name not in kin.aliases and name != kin.name:
                    kin.aliases.append(name)
                known[k] = kin
                continue
            org = Organization(name=name[:1].upper() + name[1:], kind="company" if coded else _kind(mention))
            org.mentions.append(Span(at, at + len(name), ctx.text[at : at + len(name)]))
            orgs.append(org)
            known[k] = org
