"""Find the figures a report gives: counts, amounts, durations, percentages, changes and their bases.

A figure is a number that counts or measures something ('hơn 38.250 trường hợp vi phạm', '2,4 tỷ
đồng', 'đã công tác 21 năm') or a percentage ('giảm 12,35% so với cùng kỳ'), read as the
annotation guidelines say: scale words are folded into the value (2 400 000 000 đồng), a range or
an alternative is two figures that share the unit ('từ 70 – 120 triệu đồng'), a fraction is two
('112/127 vụ'). Dates, times, years, ages, periods ('6 tháng đầu năm'), ordinals, addresses,
document numbers, codes, plates, phone numbers and the numbers in names ('Đội 188', 'Đề án 896')
are not figures; nor is a number word in a set phrase ('hai bên', 'một người bạn'). A figure the
headline, the lead or the body says again counts once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from graph.facts import Span, Statistic
from graph.text import (
    DateMatch,
    NumberMatch,
    comparison_after,
    compile_starting,
    direction_near,
    find_numbers,
    is_year,
    number_word,
    parse_number,
    qualifier_before,
)

from .context import Context
from .segment import pos_tag
from .tokens import tokenize

__all__ = ["statistics"]

# Nouns after a number that make it a date, an age, a time or an ordinal rather than a count.
# Durations ('21 năm', '3 tháng') are figures unless they name a period (see ``_names_period``).
NOT_COUNTED = {
    "quý",
    "giờ",
    "h",
    "tuổi",
    "kỳ",
    "cấp",
    "khóa",
    "khoá",
    "giai",
    "thế",
    "số",
    "điều",
    "khoản",
    "mục",
    "chương",
    "nhiệm",
    "tiếng",
    "buổi",
    "tết",
    "âm",
}
DURATIONS = {"năm", "tháng", "ngày", "tuần", "phút", "giây"}  # not 'giờ': '15 giờ' is mostly a time
PRISON_TERMS = {"năm tù", "tháng tù"}
# Counted nouns that also follow a name's number: 'Tổ 52 phường Tân Hòa' is an address.
PLACE_UNITS = {"xã", "phường", "tổ", "đơn vị"}
# Words after a duration that make it the period figures describe or a point in time:
# '6 tháng đầu năm', '3 năm qua', '2 ngày sau', '7 ngày Tết', '5 năm 2016-2020', '35 ngày tuổi'.
PERIOD_AFTER = {
    "đầu", "cuối", "giữa", "qua", "tới", "trước", "sau", "nay", "gần", "trở", "lại", "này", "đó",
    "ấy", "kể", "liền", "tết", "nghỉ", "lễ", "đêm", "năm", "tháng", "ngày", "vừa", "kế", "tiếp",
    "tuổi", "ngoái", "về", "trôi", "nữa", "giêng", "chạp", "âm",
}  # fmt: skip
# Words before a duration that make it a period, an anniversary or a rule's term: 'trong 6 tháng',
# 'sau 2 ngày', 'qua 3 tháng', 'sơ kết 9 tháng', 'kết quả 9 tháng', 'kỷ niệm 80 năm',
# 'giai đoạn 5 năm', 'thời hạn 60 tháng', 'cách đây 3 năm', 'từ đủ 60 tháng trở lên'.
PERIOD_BEFORE = {
    "trong", "trước", "suốt", "qua", "đoạn", "hạn", "kỳ", "kì", "hoạch", "cách", "đây",
    "vòng", "mỗi", "từng", "từ", "đủ", "những", "các", "mấy", "hàng", "hằng", "tròn", "kéo",
    "kết", "quả", "cáo", "niệm", "gian",
}  # fmt: skip
# Function words are never what a number counts, nor are verbs and adverbs that follow a subject
# ('cả 2 đi cấp cứu', 'tuyến 71 thuộc khu bảo tồn').
FUNCTION_WORDS = {
    "và",
    "hoặc",
    "với",
    "của",
    "trong",
    "các",
    "những",
    "là",
    "được",
    "đã",
    "so",
    "đến",
    "từ",
    "trên",
    "dưới",
    "cho",
    "tại",
    "theo",
    "này",
    "đó",
    "thì",
    "mà",
    "nhưng",
    "để",
    "bị",
    "có",
    "về",
    "cũng",
    "thuộc",
    "vừa",
    "đang",
    "sẽ",
    "vẫn",
    "đều",
    "không",
    "chưa",
    "do",
    "ra",
    "vào",
    "đi",
    "lên",
    "xuống",
    "rồi",
    "còn",
    "như",
    "hay",
    "tới",
    "sau",
    "trước",
    "ở",
    "khi",
    "nếu",
    "vì",
    "nên",
    "hẹn",
    "cùng",
    "nữa",
    "trở",
}
# Words before a number that make it an ordinal, an identifier, part of a date or of a name
# ('lớp 10', 'tổ 52', 'tuyến 71', 'ngã 3', 'mùng 5 Tết', 'đêm 23', 'Quyết định số 994').
NOT_COUNT_BEFORE = {
    "thứ",
    "số",
    "điều",
    "khoản",
    "năm",
    "tháng",
    "ngày",
    "quý",
    "kỳ",
    "lần",
    "đợt",
    "giai",
    "mục",
    "chương",
    "phần",
    "vòng",
    "hạng",
    "top",
    "mùng",
    "mồng",
    "giờ",
    "phút",
    "đoạn",
    "sáng",
    "trưa",
    "chiều",
    "tối",
    "đêm",
    "rạng",
    "lớp",
    "tổ",
    "đội",
    "phòng",
    "tuyến",
    "km",
    "khu",
    "ngã",
    "nhà",
    "hẻm",
    "ngõ",
    "ngách",
    "kiệt",
    "phường",
    "quận",
    "xóm",
    "thôn",
    "ấp",
    "khóm",
    "lô",
    "căn",
    "phiên",
    "luật",
    "mã",
    "đường",
    "tầng",
    "khối",  # a residential block: 'khối 9 thị trấn Đô Lương'
    "phố",  # 'khu phố 1'
}
# Two words before a number that make it a name or a document's number: 'quốc lộ 26',
# 'Nghị định 86', 'Đề án 896' (while 'xác định 3 đối tượng', 'đầu tư 5 tỷ đồng' are counts).
NAME_PAIRS = {
    ("quốc", "lộ"), ("tỉnh", "lộ"), ("hương", "lộ"), ("quyết", "định"), ("nghị", "định"), ("chỉ", "thị"),
    ("thông", "tư"), ("công", "văn"), ("đề", "án"), ("dự", "án"), ("số", "hiệu"), ("phiên", "hiệu"),
    ("kế", "hoạch"), ("nghị", "quyết"), ("bản", "án"), ("tiểu", "khu"), ("số", "nhà"),
    ("khu", "vực"), ("lữ", "đoàn"), ("sư", "đoàn"), ("trung", "đoàn"), ("tiểu", "đoàn"),
    ("nhãn", "hiệu"), ("thương", "hiệu"),  # a brand: 'thuốc lá nhãn hiệu 555'
    ("cảnh", "sát"),  # the police hotline: 'Cảnh sát 113'
}  # fmt: skip
# Scale words folded into the value: '2,4 tỷ đồng' is 2 400 000 000 đồng.
SCALES = {"chục": 10, "trăm": 100, "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
NOT_SCALE_AFTER = {"lệ", "trọng", "suất", "giá"}  # 'tỷ lệ' is a ratio, 'tỷ giá' an exchange rate
# Units written against the number ('3kg', '60cm'); other letters there make a code ('24k', '008xxx').
ATTACHED_UNITS = {
    "kg", "g", "gr", "gam", "gram", "m", "cm", "mm", "km", "ha", "m2", "m3", "l", "ml", "tấn",
    "usd", "đ", "vnđ", "vnd",  # '20.000USD', '500.000đ'
}  # fmt: skip
# A size after a vehicle describes its class, not a figure: 'xe 7 chỗ', 'xe ben 15 tấn'.
VEHICLE_WORDS = {
    "xe", "tô", "ôtô", "tải", "ben", "khách", "loại", "container", "buýt", "máy", "mô", "kéo", "moóc", "con",
}  # fmt: skip
CLASS_UNITS = {"chỗ", "tấn", "bánh", "giường", "phân khối"}
# Nouns after a number word that make a set phrase, not a count: 'hai bên' (both sides), 'hai vợ
# chồng', 'hai mẹ con' (the couple, mother and child), 'hai tay', 'hai chiều'.
PAIR_WORDS = {
    "bên", "phía", "chiều", "đầu", "tay", "chân", "mắt", "tai", "răng", "vai", "vợ", "mẹ", "cha",
    "bố", "chị", "anh", "ông", "bà", "cậu", "miệng", "phần", "mặt",
}  # fmt: skip
COUPLE_WORDS = {"bên", "vợ", "mẹ", "cha", "bố", "chị", "anh", "ông", "bà"}  # '2 bên', '2 vợ chồng' too
# Tags of words that a number does not count: verbs, adjectives, prepositions, adverbs,
# conjunctions; after a number word also pronouns and particles ('Ba tôi', father).
NOT_A_NOUN = {"V", "A", "E", "R", "C", "CC"}
NOT_A_NOUN_AFTER_WORD = NOT_A_NOUN | {"P", "T"}
VAGUE = {"mấy", "vài", "mươi"}  # "mười mấy" (ten-odd), "dăm vài" (a few)
OPENING_QUOTES = "“\"'‘«"
STREET_AFTER = re.compile(r"\s+(?:phố|đường|ngõ|ngách|hẻm|kiệt)\s+[A-ZĐ0-9]")
FRACTION = compile_starting(r"\d", r"(?<![\w/.,])(\d+(?:[.,]\d+)*)/(\d+(?:[.,]\d+)*)(?=\s+[^\W\d_])(?![\w/])")
ROUND_NUMBER = compile_starting(
    "hgktdn", r"(?<![^\W_])(?:hơn|gần|khoảng|trên|dưới|ngót)\s+(chục|trăm)(?=\s+[^\W\d_])", re.I
)
# 'một người chết': 'một' counts a casualty (elsewhere it is mostly the article 'a').
CASUALTY = re.compile(
    r"\s+(?:người|nạn nhân)\s+(?:đã\s+)?(?:chết|tử vong|thiệt mạng|tử nạn|bị thương|trọng thương)(?![^\W_])",
    re.I,
)
RANGE_LINK = re.compile(r"\s*(?:[-–—~]|đến|tới|hay|hoặc)\s*", re.I)  # '96 hay 106 ha': alternatives too
ABBREVIATED_UNIT = re.compile(r"[A-ZĐ]{2,6}")
ROMAN = re.compile(r"[IVXLC]+")
RANGE_TO_PERCENT = re.compile(r"\s*[-–]\s*\d+(?:[.,]\d+)?\s*%")
CLAUSE_BREAK = re.compile(r"[;,:()]|\s(?:và|đồng thời|trong đó)\s")
MEASURE_END = re.compile(r"[;,.:()“”\"]|\s(?:và|với|so với|trong|tại|góp phần)\s")
LEADING = re.compile(
    r"^(?:(?:trong|sau|qua)\s+[^,]*?,\s*|đồng thời,?\s*|trong đó,?\s*|riêng\s+|cụ thể,?\s*|với\s+)", re.I
)
PLACE_VERB_BEFORE = re.compile(
    r"(?<![^\W_])(?:đi|ngồi|nằm|đứng|chở|để|đặt|giấu|cất|ở)\s+trên\s", re.I
)  # fmt: skip
RATE = re.compile(r"/[^\W\d_]+[23]?(?:\s?/\s?[^\W\d_]+)*")  # a rate's denominator: '/ngày', '/người/ngày'
DOWN_TO = re.compile(r"(?<![^\W_])(?:giảm|xuống)\s+còn\s*$", re.I)
AGE_RANGE_AFTER = re.compile(r"\s*(?:[-–]|đến(?:\s+dưới)?)\s*\d+\s*tuổi(?![^\W_])")
AGE_RANGE_BEFORE = re.compile(r"\d\s*(?:[-–]|đến(?:\s+dưới)?)\s*$")
# 'từ đủ 14 đến dưới 16 tuổi': the ages the law names (of criminal liability), not a group's.
LEGAL_AGE_BEFORE = re.compile(r"(?<![^\W_])đủ\s+(?:\d+\s*(?:[-–]|đến(?:\s+dưới)?)\s*)?$", re.I)
AGE_AFTER = re.compile(r"\s*tuổi(?![^\W_])")
# A sentence that states what the law provides, not what happened: the penalty frames of the
# Criminal Code and of decrees, quoted or paraphrased.
LEGAL_NORM = compile_starting(
    "tcbpkđm",
    r"(?<![^\W_])(?:thì bị phạt|có thể bị (?:phạt|xử phạt|truy cứu|tuyên)|bị phạt (?:tiền|tù) từ|phạt tù từ"
    r"|khung hình phạt|phạt cải tạo không giam giữ|đối mặt (?:với )?mức án|mức án từ"
    r"|phạm tội thuộc một trong các trường hợp)(?![^\W_])",
    re.I,
)
PHOTO_CREDIT = compile_starting("Ả", r"(?<![^\W_])Ảnh\s*(?::|\(|-|\s[A-ZĐ])")  # 'Ảnh: CTV', 'Ảnh Ái Loan'
AMONG_BEFORE = re.compile(r"(?<![^\W_])(?:trong|ngoài)\s+(?:số\s+)?$", re.I)  # 'ngoài 37 điểm …' (besides)
# Hours before minutes make a time of day: 'lúc 10 h 10 phút', '10h 53 phút'.
HOUR_BEFORE = re.compile(r"\d\s*(?:h|giờ)\s*$", re.I)
# Nouns after '1' that make 'a part', 'a little', 'a way', not a count: '1 phần cơ thể', 'hơn 1 chút'.
ONE_NOT_COUNTED = {"phần", "chút", "cách", "lúc", "ít", "chỗ"}  # and '1 chỗ': in one place
# Nouns that begin with a number word: 'ba lô' (a backpack), 'ba gác' (a cart), 'ba toong' (a cane).
NUMBER_WORD_NOUN = re.compile(r"\s+(?:lô|gác|toong)(?![^\W_])", re.I)
BON_BA = re.compile(r"(?<![^\W_])bôn\s+$", re.I)  # 'bôn ba' (to roam): a word, no number
# A rate of change named before a percentage: 'tỉ lệ kéo giảm tội phạm là 13,1%', 'mức tăng'.
RATE_OF_CHANGE = re.compile(
    r"(?<![^\W_])(?:t[ỉỷ]\s+lệ|mức|tốc\s+độ)\s+(?:kéo\s+|gia\s+)?(giảm|tăng)(?![^\W_])", re.I
)
# A change from one value to another: 'tăng từ … lên …', 'giảm từ … xuống …'.
FROM_TO_START = re.compile(r"(?<![^\W_])(tăng|giảm)\s+từ(?![^\W_])", re.I)
FROM_TO_END = re.compile(r"(?<![^\W_])(lên|xuống)(?:\s+(?:mức|đến|tới|còn))?\s*$", re.I)
COMMA_LINK = re.compile(r"\s*,\s*")
SCORE_DASH = re.compile(r"\s*[-–]\s*")
# A prison term of several parts ('8 năm 3 tháng tù', '2 năm 8 tháng và 7 ngày tù') is one figure: the
# number of its first part, in that part's unit; the numbers of the later parts are no figures.
PRISON_TERM = compile_starting(
    r"\d",
    r"(?<![\d.,])\d+\s+(năm|tháng)(?:\s*,?\s*(?:và\s+)?\d+\s+(?:tháng|ngày))+\s+tù(?![^\W_])", re.I
)
# 'năm tù' / 'tháng tù' after a number: a prison term of one part ('bản án 1 năm tù').
PRISON_AFTER = re.compile(r"\s+(?:năm|tháng)\s+tù(?![^\W_])", re.I)
AT_LEAST_AFTER = re.compile(r"\s*trở\s+lên(?![^\W_])", re.I)


class PrisonTerm(NamedTuple):
    """A prison term of several parts in the text: where it is written and the unit of its first part."""

    start: int
    end: int
    unit: str


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Return where the clause holding ``pos`` starts (after the last ',', ';' or 'và' before it)."""
    lo = max(lo, pos - 200)  # a clause is short; looking further back only costs time
    start = lo
    for m in CLAUSE_BREAK.finditer(text, lo, pos):
        start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def _scale(text: str, end: int, limit: int) -> tuple[float, int]:
    """Return the product of the scale words right after ``end`` ('tỷ', 'nghìn tỷ') and where they end."""
    factor, stop = 1.0, end
    tokens = tokenize(text, end, min(limit, end + 40))
    for i, token in enumerate(tokens):
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if token.lower not in SCALES or following in NOT_SCALE_AFTER:
            break
        if text[stop : token.start].strip():
            break
        factor *= SCALES[token.lower]
        stop = token.end
    return factor, stop


# The metre of a square or cubic measure whose superscript power was lost: '97m 3', 'cả trăm m 3 cát'.
SQUARE_OR_CUBE_BEFORE = re.compile(r"(?:\d|trăm|nghìn|ngàn|chục)\s?k?m\s?$", re.I)
NEW_BEFORE = re.compile(r"(?<![^\W_])mới\s*$", re.I)
# A kilometre post's metres: 'Km 307 + 500'.
KM_POST_BEFORE = re.compile(r"\d\s*\+\s*$")
PLATE_BEFORE = re.compile(r"\d{2}[A-ZĐ][A-ZĐ0-9]?\s*[-–.]\s*$")  # '37A – 777.77', '60Y3- 2419'
# A plate's last digits after its dot, cut off as a sentence of their own: '29B 148. 08 chuyển'.
PLATE_TAIL_BEFORE = re.compile(r"\d{2}[A-ZĐ][A-ZĐ0-9]?\s*[-–]?\s*\d{3}\.\s*$")


def _is_code(text: str, start: int, end: int) -> bool:
    """Return whether the number is part of a code: a plate ('29A-123.45'), a ward ('P.8'), '24k'."""
    before = re.search(r"\S*$", text[max(0, start - 12) : start]).group()
    if re.search(r"[^\W\d_]", before) or before.endswith("+"):
        return True  # 'P.8', 'Q.10', '47S7-2072', 'Km150+400'
    if KM_POST_BEFORE.search(text, max(0, start - 8), start):
        return True  # 'Km 307 + 500'
    if PLATE_BEFORE.search(text, max(0, start - 10), start):
        return True
    if PLATE_TAIL_BEFORE.search(text, max(0, start - 16), start) and re.fullmatch(r"\d{2}", text[start:end]):
        return True
    if re.match(r"0\d", text[start:end]) and sum(c.isdigit() for c in text[start:end]) > 3:
        return True  # a phone number ('0912.345.678') or part of a plate; but '01 điện thoại' counts
    attached = re.match(r"[^\W_]+", text[end : end + 8])
    if attached and not attached.group().isdigit():
        return attached.group().lower() not in ATTACHED_UNITS
    return False


def _names_period(text: str, before: str, unit_end: int, limit: int) -> bool:
    """Return whether a duration ('6 tháng') names a period or a point in time, not a figure."""
    after = tokenize(text, unit_end, min(limit, unit_end + 20))
    if after and (after[0].lower in PERIOD_AFTER or after[0].is_number):
        return True
    if len(after) > 1 and after[0].text == "/":
        return after[1].is_number  # 'tháng 6/2017'; but '50 phút/môn' is a rate, a figure
    words = before.lower().split()
    if not words:
        return False
    if words[-1] == "trong" and len(words) > 1 and words[-2] == "chỉ":
        return False  # 'chỉ trong 1 ngày': how fast something happened
    return words[-1] in PERIOD_BEFORE or words[-1] == "giai"


def _unit(
    ctx: Context, start: int, end: int, number_start: int, qualified: bool = False, known_only: bool = False
) -> tuple[str, int] | None:
    """Return the counted noun after a number and where it ends, or None if none follows.

    ``number_start`` is where the number is written, ``qualified`` whether 'hơn', 'khoảng' or
    the like comes before it. With ``known_only`` a word the gazetteer does not know gives None
    without asking the tagger: the caller would drop the figure whatever the tagger said.
    """
    tokens = tokenize(ctx.text, start, min(end, start + 80))
    quoted = bool(tokens) and tokens[0].text in OPENING_QUOTES
    if quoted:
        tokens = tokens[1:]  # 'Hai “gói giải pháp”': a term in quotes is a noun, whatever its tag
    if not tokens:
        return None
    power = len(tokens) > 1 and tokens[0].lower == "m" and tokens[1].text in ("2", "3")
    if power and not ctx.text[tokens[0].end : tokens[1].start].strip():
        return f"m{tokens[1].text}", tokens[1].end  # '170 m 3': a cubic measure whose superscript was lost
    if tokens[0].lower == "đ" and not ctx.text.startswith("/", tokens[0].end):
        return "đồng", tokens[0].end  # '500.000đ'; but '2 đ/c' are two comrades (đồng chí)
    found = ctx.lex.units.match(tokens, 0)
    if found:
        entry, j = found
        written = ctx.text[tokens[0].start : tokens[j - 1].end].lower()
        return ("đồng" if written in ("vnđ", "vnd") else written), tokens[j - 1].end
    first = tokens[0]
    if first.is_word and first.text.isupper() and first.text in ctx.lex.gazetteer.abbreviations:
        return ctx.lex.gazetteer.abbreviations[first.text], first.end  # '92.300 GPLX'
    if first.is_word and ABBREVIATED_UNIT.fullmatch(first.text) and not ROMAN.fullmatch(first.text):
        return first.text, first.end  # '1.000 CNLĐ', '66 MW', '200 CSGT'
    if first.is_word and first.text[:1].isupper():
        # A capitalised word after a number is a name ('159 Hàng Bạc', 'lớp 7 Quan sát') unless
        # it is a post or a kind of unit: '2 Phó Chủ tịch', '4 Sở', '2 Đồn Công an'.
        found = ctx.lex.roles.match(tokens, 0) or ctx.lex.heads.match(tokens, 0)
        if not found:
            return None
        j = found[1]
        return ctx.text[first.start : tokens[j - 1].end], tokens[j - 1].end
    if first.lower in DURATIONS:
        if len(tokens) > 1 and tokens[1].lower == "tù":
            return f"{first.lower} tù", tokens[1].end  # a prison term: '30 năm tù'
        return first.lower, first.end
    if not first.is_word or first.lower in NOT_COUNTED or first.lower in FUNCTION_WORDS or known_only:
        return None
    if first.lower == "đầu" and len(tokens) > 1 and tokens[1].lower in ("năm", "tháng", "tuần", "quý"):
        return None  # 'lần quay thưởng thứ 85 đầu năm 2017': the start of a period, no noun counted
    # A word the gazetteer does not know: the tagger says whether it is a noun ('16 bịch', '11
    # nhát'), a verb that the figure is the object of ('phát hiện 386 tồn tại', 'hơn 4.000 giám
    # sát'), or a verb whose subject ends in the number, which then counts nothing ('cơ sở 2 đóng
    # tại', 'tuổi ngoài 60 bày tỏ'); and where a word of several syllables ends ('đại biểu').
    lead_words = ctx.text[max(0, number_start - 30) : number_start].split()[1:]
    lead = " ".join([w for w in lead_words if not w[:1].isdigit()][-3:])  # '1' marks the number
    tagged = _tag_around(lead, ctx.text[first.start : min(end, first.start + 40)])
    if tagged is not None:
        before_tag, word, tag = tagged
        digits = ctx.text[number_start : number_start + 1].isdigit()  # "thấy ba nằm": ba = father
        object_of_verb = tag == "V" and digits and (before_tag == "V" or qualified)
        if tag in (NOT_A_NOUN if digits else NOT_A_NOUN_AFTER_WORD) and not quoted and not object_of_verb:
            return None
        if (
            word.lower().startswith(first.lower)
            and len(word) > len(first.text)
            and ctx.text.startswith(word, first.start)
        ):
            return word.lower(), first.start + len(word)
    return first.text.lower(), first.end


def _from_to(text: str, lo: int, at: int) -> tuple[str, int, int] | None:
    """Return the direction of a change written from one value to another, for the value it reaches.

    'tăng từ 300 ngàn đồng lên hơn 650 ngàn đồng': the change word sits before the starting value,
    too far from the end value for ``direction_near``.
    """
    to = FROM_TO_END.search(text, lo, at)
    if to is None:
        return None
    cues = list(FROM_TO_START.finditer(text, lo, to.start()))
    cue = cues[-1] if cues else None
    if cue is None or ";" in text[cue.end() : to.start()]:
        return None
    if (cue.group(1).lower() == "tăng") != (to.group(1).lower() == "lên"):
        return None
    return ("increase" if to.group(1).lower() == "lên" else "decrease"), cue.start(), cue.end()


def _next_word(low: NumberMatch, high: NumberMatch) -> bool:
    """Return whether two number words are consecutive ('hai, ba trăm'): a range, not a list."""
    first = number_word(high.text.split()[0]) if high.word else None
    return low.word and first is not None and first == low.value + 1


def _scores(text: str, numbers: list[NumberMatch]) -> set[int]:
    """Return the indexes of the numbers that pair into a score ('5-1', '2-0', '1-1'): a range rises."""
    found = set()
    for k in range(len(numbers) - 1):
        low, high = numbers[k], numbers[k + 1]
        dash = SCORE_DASH.fullmatch(text, low.end, high.start)
        if dash and not (low.word or high.word or low.percent) and high.value <= low.value:
            found |= {k, k + 1}
    return found


def _number_word_follows(text: str, at: int) -> bool:
    """Return whether a number word follows ('ba bốn giá', 'mười mấy nghị quyết'): a guess, no figure."""
    following = tokenize(text, at, min(len(text), at + 12))
    return bool(following) and (number_word(following[0].text) is not None or following[0].lower in VAGUE)


@lru_cache(maxsize=4096)
def _tag_around(lead: str, phrase: str) -> tuple[str, str, str] | None:
    """Return the tag of the word before a number, and the first word after it with its tag.

    The number itself is written as '1', so that phrases differing only in it share the cache.
    """
    tagged = pos_tag(f"{lead} 1 {phrase}".strip())
    for i, (word, _) in enumerate(tagged):
        if word == "1" and i + 1 < len(tagged):
            return (tagged[i - 1][1] if i else ""), tagged[i + 1][0], tagged[i + 1][1]
    return None


def _candidates(ctx: Context, n: int) -> list[NumberMatch]:
    """Return the numbers of sentence ``n``, with the two of a fraction ('112/127 vụ') and a capitalised
    number word opening it ('Ba Phó Trưởng ban'); offsets are the sentence's own."""
    sentence = ctx.sentences[n]
    found = find_numbers(sentence.text)
    for m in FRACTION.finditer(sentence.text):
        # find_numbers leaves out numbers next to '/' (dates, document numbers); a fraction
        # followed by what it counts is two figures.
        # A whole that is a year makes a date ('lần 2/2017').
        part, whole = parse_number(m.group(1)), parse_number(m.group(2))
        if part is None or whole is None or is_year(whole):
            continue
        # A part may exceed its whole when the whole is a target ('195/160 đảng viên': achieved
        # against planned), but not when the two could be a day and a month ('hôm 22/4 bà con').
        if part > whole and part <= 31 and whole <= 12:
            continue
        if _names_number(ctx, sentence, sentence.start + m.start()) == "word":
            continue  # an address or a document's number: 'số 1132/11 đường'
        if STREET_AFTER.match(sentence.text, m.end()) or (part == whole == 24):
            continue  # an address ('trú tại 40/37 phố Chợ Con'), round the clock ('trực 24/24')
        for k, value in ((1, part), (2, whole)):
            found.append(NumberMatch(m.start(k), m.end(k), m.group(k), value, False, False))
    for m in ROUND_NUMBER.finditer(sentence.text):
        # 'hơn chục nhát' (over ten), 'gần trăm người'; 'hàng chục' (tens of) stays vague.
        word = m.group(1)
        found.append(NumberMatch(m.start(1), m.end(1), word, float(SCALES[word.lower()]), False, True))
    # The context's tokens of the sentence (the same as tokenizing its text, offsets moved by base).
    tokens, base = ctx.tokens[n], sentence.start
    starts = {m.start for m in found}
    # One pass for two readings (a token read both ways gives the quoted one first, as before).
    for i, token in enumerate(tokens[:-2]):
        # (a number word is a word: marks and digits, half the tokens, need no look-up)
        value = number_word(token.text) if token.is_word else None
        if value is None or token.start - base in starts:
            continue
        at = token.start - base
        # find_numbers wants a word right after a number word; a quoted noun counts as well.
        quoted = tokens[i + 1].text in OPENING_QUOTES and tokens[i + 2].is_word
        if token.lower != "năm" and value > 1 and quoted:
            found.append(NumberMatch(at, token.end - base, token.text, float(value), False, True))
        # 'hai, ba trăm ngàn đồng' (two or three hundred thousand): a range written with a comma.
        if tokens[i + 1].text == "," and number_word(tokens[i + 2].text) == value + 1:
            found.append(NumberMatch(at, token.end - base, token.text, float(value), False, True))
    found.sort(key=lambda m: m.start)
    if len(tokens) > 1 and tokens[0].is_word and tokens[0].text[:1].isupper():
        value = number_word(tokens[0].text)
        starts = {m.start for m in found}
        post = ctx.lex.roles.match(tokens, 1) or ctx.lex.heads.match(tokens, 1)
        named = tokens[1].text[:1].isupper() and post is not None
        if value is not None and value > 1 and 0 not in starts and named:
            first = tokens[0]
            found.insert(
                0, NumberMatch(first.start - base, first.end - base, first.text, float(value), False, True)
            )
    return found


def _names_number(ctx: Context, sentence: Span, start: int) -> str | None:
    """Return why the word before a number may make it part of a name or an identifier, else None.

    'word': a word that always does ('lớp 10', 'Quyết định số 994'); 'capital': a capitalised
    word, which does unless a counted noun follows ('Đề án 896 về' but 'phạt Lò Văn Tủa 12 năm tù').
    """
    before = tokenize(ctx.text, max(sentence.start, start - 40), start)
    if not before or not before[-1].is_word:
        return None
    prev = before[-1]
    if prev.lower == "số" and len(before) > 1 and before[-2].lower == "tổng":
        return None  # 'tổng số 120 vụ' is a total, not a number's name
    if prev.lower in NOT_COUNT_BEFORE:
        return "word"
    if len(before) > 1 and (before[-2].lower, prev.lower) in NAME_PAIRS:
        return "word"
    # 'Đề án 896', 'Tổ 52', 'Bệnh viện 115', 'Km 155': a number after a capitalised word names
    # something, unless that word opens the sentence ('Còn 2 Sở').
    opens = prev.start == sentence.start or ctx.text[sentence.start : prev.start].strip() in OPENING_QUOTES
    return "capital" if prev.text[:1].isupper() and not opens else None


def statistics(
    ctx: Context,
    dates: list[DateMatch],
    periods: list[DateMatch],
    subjects: dict[int, str],
    main_org: str | None,
) -> list[Statistic]:
    """Return every figure in the report.

    ``dates`` are spans to skip; ``periods`` give each figure its period (the latest one written
    before it, else the report's first); ``subjects`` maps a sentence index to the unit it is about.
    """
    text = ctx.text
    taken = [(d.start, d.end) for d in dates]
    figures = _Figures(_summary_sentences(ctx))
    default_period = periods[0] if periods else None
    for n, sentence in enumerate(ctx.sentences):
        numbers = _candidates(ctx, n)
        credit = PHOTO_CREDIT.search(text, sentence.start, min(len(text), sentence.end + 8))
        if LEGAL_NORM.search(sentence.text):
            continue  # what a law provides ('thì bị phạt tù từ 6 tháng đến 3 năm') is no fact
        scores = _scores(sentence.text, numbers)
        terms = [
            PrisonTerm(sentence.start + m.start(), sentence.start + m.end(), m.group(1).lower())
            for m in PRISON_TERM.finditer(sentence.text)
        ]
        for k, num in enumerate(numbers):
            start, end = sentence.start + num.start, sentence.start + num.end
            if _set_aside(k, start, end, scores, credit, taken):
                continue
            screened = _screen(ctx, sentence, num, terms)
            if screened is None:
                continue
            term, named = screened
            factor, after = _scaled(text, sentence, numbers, k)
            qualifier = qualifier_before(text, start)
            found_unit = _unit_of(ctx, sentence, num, after, factor, qualifier, term, named)
            if found_unit is None:
                continue
            unit, unit_end = found_unit
            q_name, q_start = qualifier if qualifier else (None, start)
            if _refused(ctx, sentence, num, unit, unit_end, after, q_start, named):
                continue
            q_name, q_start, unit, unit_end = _qualified(text, start, q_name, q_start, unit, unit_end)
            direction, compared = _change(ctx, sentence, num, unit, q_start, figures.previous(sentence))
            measure, direction, quote_start, quote_end = _measure_and_quote(
                text, sentence, num, unit, unit_end, after, q_start, direction, compared
            )
            stat = Statistic(
                measure=measure or unit,
                value=num.value * factor,
                unit=unit,
                qualifier=q_name,
                direction=direction[0] if direction else None,
                compared_to=compared[0] if compared else None,
                period=_period_json(_period_for(periods, start) or default_period),
                about=subjects.get(n, main_org),
                quote=" ".join(text[quote_start:quote_end].split()),
                spans=[Span(quote_start, quote_end, text[quote_start:quote_end])],
            )
            # 'Trong 6 phát súng mà …' (of the 6 shots): a set the report has counted already.
            among = AMONG_BEFORE.search(text, max(sentence.start, q_start - 8), q_start) is not None
            figures.add(ctx, n, stat, among, (end, sentence.end))
    return figures.statistics()


def _set_aside(
    k: int, start: int, end: int, scores: set[int], credit: re.Match | None, taken: list[tuple[int, int]]
) -> bool:
    """Tell whether the ``k``-th number of a sentence is a score, in a photo's caption or in a date."""
    if k in scores:
        return True  # 'thắng 5-1': a score, not a range
    if credit and start < credit.start() < start + 150:
        return True  # a photo's caption ('Hiện trường vụ tai nạn khiến 3 người chết. Ảnh: CTV')
    return any(a <= start < b or a < end <= b for a, b in taken)


def _screen(
    ctx: Context, sentence: Span, num: NumberMatch, terms: list[PrisonTerm]
) -> tuple[PrisonTerm | None, str | None] | None:
    """Return the prison term holding a number and how a name holds it, or None when it is no figure."""
    text = ctx.text
    start, end = sentence.start + num.start, sentence.start + num.end
    # 'ba lô' (a backpack), 'bôn ba' (to roam): 'ba' is a syllable of another word there, no number.
    if (
        num.word
        and num.value == 3
        and (NUMBER_WORD_NOUN.match(text, end) or BON_BA.search(text, max(0, start - 6), start))
    ):
        return None
    if num.word and num.value == 1 and not CASUALTY.match(text, end):
        return None  # 'một' is mostly the article 'a' ('một người bạn', 'một vụ cướp')
    term = next((t for t in terms if t.start <= start < t.end), None)
    if term is not None and term.start != start:
        return None  # '3' in '8 năm 3 tháng tù'
    named = _names_number(ctx, sentence, start)
    sentenced = term is not None or PRISON_AFTER.match(text, end)
    judged = text[max(0, start - 8) : start].strip().lower().endswith("án")
    if named == "word" and sentenced and judged:
        named = None  # 'bản án 1 năm tù': a sentence, not a judgment's number
    if named == "word" or _is_code(text, start, end):
        return None
    if text[end : end + 1] == ":" or text[start - 1 : start] == ":":
        return None
    if num.percent and NEW_BEFORE.search(text, max(0, start - 8), start):
        return None  # 'hàng mới 100%' (brand new): a state of goods, no figure
    if SQUARE_OR_CUBE_BEFORE.search(text, max(0, start - 10), start) and num.text in ("2", "3"):
        return None  # the power in '97m 3', '170 m 3 cát' (cubic metres) after the superscript was lost
    return term, named


def _scaled(text: str, sentence: Span, numbers: list[NumberMatch], k: int) -> tuple[float, int]:
    """Return the scale of the ``k``-th number and where its scale words end."""
    num = numbers[k]
    end = sentence.start + num.end
    factor, after = _scale(text, end, sentence.end)
    # The low end of a range takes the scale and unit of the high end: 'từ 70 – 120 triệu đồng'.
    high = numbers[k + 1] if k + 1 < len(numbers) else None
    comma = COMMA_LINK.match(text, after) if high is not None and _next_word(num, high) else None
    link = RANGE_LINK.match(text, after) or comma
    if link and high is not None and sentence.start + high.start == link.end() and not high.percent:
        high_factor, after = _scale(text, sentence.start + high.end, sentence.end)
        if factor == 1.0 and num.value <= high.value:
            factor = high_factor  # but '50.000 đến 3 triệu đồng' is 50 000 đồng, in full already
        if comma:  # 'hai, ba trăm ngàn': the low end takes the high end's 'trăm' too
            factor *= high.value / (number_word(high.text.split()[0]) or 1)
    return factor, after


def _unit_of(
    ctx: Context,
    sentence: Span,
    num: NumberMatch,
    after: int,
    factor: float,
    qualifier: tuple[str, int] | None,
    term: PrisonTerm | None,
    named: str | None,
) -> tuple[str, int] | None:
    """Return what a number counts and where that unit ends, or None when it counts nothing."""
    text = ctx.text
    start, end = sentence.start + num.start, sentence.start + num.end
    fraction_of = re.match(r"/(\d+(?:[.,]\d+)*)", text[end : end + 12])
    fraction = fraction_of is not None or text[start - 1 : start] == "/"
    if fraction:
        # '112/127 vụ': both numbers count the noun after the fraction; dates were taken already.
        last = end + fraction_of.end() if fraction_of else end
        found_unit = _unit(ctx, last, sentence.end, start)
        if found_unit is None:
            return None
    in_range = RANGE_TO_PERCENT.match(text, end)
    # The ages of a group ('từ 25-35 tuổi') are a figure; one person's age is not.
    age_range = AGE_RANGE_AFTER.match(text, end) or (
        AGE_RANGE_BEFORE.search(text, max(0, start - 14), start) and AGE_AFTER.match(text, end)
    )
    if num.percent or in_range:
        # 'từ 5 - 10%': the lower bound of a range of percentages is a percentage too.
        return "percent", end
    if fraction:
        return found_unit
    if age_range and LEGAL_AGE_BEFORE.search(text, max(0, start - 24), start):
        return None
    if age_range:
        return "tuổi", text.index("tuổi", end) + len("tuổi")
    if term is not None:
        return f"{term.unit} tù", term.end
    return _noun_unit(ctx, sentence, num, after, factor, qualifier, named)


def _noun_unit(
    ctx: Context,
    sentence: Span,
    num: NumberMatch,
    after: int,
    factor: float,
    qualifier: tuple[str, int] | None,
    named: str | None,
) -> tuple[str, int] | None:
    """Return the noun (or money) a number counts and where it ends, or None when it counts none."""
    text = ctx.text
    start = sentence.start + num.start
    # A year, 'cả 2', a number word below two and a number after a capitalised word
    # count only a noun the gazetteer knows (below), so for them the tagger is not
    # asked about an unknown word: the figure goes whatever it says — unless it is
    # money, which the tagger's 'no noun' would make it.
    lead_words = text[max(sentence.start, start - 8) : start].lower().split()
    both = lead_words[-1:] == ["cả"] and lead_words[-2:] != ["tất", "cả"]
    known_only = factor < 1e3 and ((num.word and num.value < 2) or both or is_year(num) or named == "capital")
    found_unit = _unit(ctx, after, sentence.end, start, qualifier is not None, known_only)
    money = found_unit is None and factor >= 1e3  # '43 tỷ', 'mất 300 ngàn': 'đồng' left out
    if money:
        found_unit = ("đồng", after)
    if found_unit is None:
        return None
    unit, unit_end = found_unit
    if num.value == 1 and unit in ONE_NOT_COUNTED:
        return None
    known = money or ctx.lex.units.match(tokenize(text, after, unit_end), 0) or unit[:1].isupper()
    # A year ('2018 mới xong') or 'cả 2' (both of them: 'cả 2 lao vào') counts only a
    # noun the gazetteer knows; a number word counts any noun but those of set phrases
    # ('hai bên' both sides, 'hai vợ chồng' the couple, 'hai tay') and a number word.
    if not known and ((num.word and num.value < 2) or both):
        return None
    if is_year(num) and not (money or ctx.lex.units.match(tokenize(text, after, unit_end), 0)):
        return None
    head = unit.split()[0]
    pair = head in PAIR_WORDS and num.word or head in COUPLE_WORDS and num.value == 2  # '2 bên'
    if not known and (pair or num.word and _number_word_follows(text, after)):
        return None
    return unit, unit_end


def _refused(
    ctx: Context,
    sentence: Span,
    num: NumberMatch,
    unit: str,
    unit_end: int,
    after: int,
    q_start: int,
    named: str | None,
) -> bool:
    """Tell whether a figure's unit, read with the words before it, makes it no figure after all."""
    text = ctx.text
    counted = unit not in PLACE_UNITS and ctx.lex.units.match(tokenize(text, after, unit_end), 0)
    if named == "capital" and not (unit in PRISON_TERMS or counted):
        return True
    # The word before the number, past a qualifier, 'từ' and brackets: '"Xe 7 chỗ', '(loại 7 chỗ',
    # 'xe khách trên 16 chỗ', 'từ 4 chỗ ngồi trở lên'.
    before = text[max(sentence.start, q_start - 16) : q_start]
    lead = [w.strip(OPENING_QUOTES + "(”").lower() for w in before.split()]
    if lead and lead[-1] == "từ":
        lead = lead[:-1]
    size = unit in CLASS_UNITS or unit.split()[0] in CLASS_UNITS  # 'bánh cán': the tagger ran on
    if size and lead and lead[-1] in VEHICLE_WORDS:
        return True
    if unit in DURATIONS and (
        num.word or _names_period(text, text[sentence.start : q_start], unit_end, sentence.end)
    ):
        return True
    # 'phút' after an hour is a time of day, not a duration.
    return unit == "phút" and HOUR_BEFORE.search(text, max(0, q_start - 10), q_start) is not None


def _qualified(
    text: str, start: int, q_name: str | None, q_start: int, unit: str, unit_end: int
) -> tuple[str | None, int, str, int]:
    """Return a figure's qualifier, where it starts, and its unit and end with any rate after it."""
    if q_name is None and unit != "percent" and AT_LEAST_AFTER.match(text, unit_end):
        q_name = "at-least"  # 'từ 60cm trở lên'
    if q_name == "more-than" and PLACE_VERB_BEFORE.search(text, max(0, q_start - 12), start):
        q_name, q_start = None, start  # 'đi trên 3 xe máy': 'trên' is 'on', not 'over'
    rate = RATE.match(text, unit_end) if unit != "percent" else None
    if rate:
        unit, unit_end = unit + rate.group(), rate.end()  # '29 người/ngày', '7 triệu/bánh'
    return q_name, q_start, unit, unit_end


def _change(
    ctx: Context,
    sentence: Span,
    num: NumberMatch,
    unit: str,
    q_start: int,
    previous: Statistic | None,
) -> tuple[tuple | None, tuple | None]:
    """Return the change a figure states (way, start, end) and what it is compared to (what, start, end)."""
    text = ctx.text
    start, end = sentence.start + num.start, sentence.start + num.end
    direction = direction_near(text, start, end)
    down = DOWN_TO.search(text, max(sentence.start, q_start - 16), q_start)
    if direction is None and down:
        direction = ("decrease", down.start(), down.end())  # 'từ chung thân xuống còn 20 năm tù'
    if direction is None:
        direction = _from_to(text, max(sentence.start, start - 120), q_start)
    compared = comparison_after(text, end)
    if compared is None:
        later = text.find("so với", end, sentence.end)
        if later != -1 and ";" not in text[end:later] and num.percent:
            compared = comparison_after(text, later)
    if compared is None and sentence.text.lower().startswith("so với"):
        compared = comparison_after(text, sentence.start)
    exceeds = direction is not None and text[direction[1] : direction[2]].lower().startswith("vượt")
    if exceeds and unit != "percent" and compared is None:
        direction = None  # 'vượt 1 người' (over a limit), 'vượt mức 12/12 chỉ tiêu': no change stated
    bracketed = text[max(0, start - 2) : start].strip() == "(" and num.percent
    if bracketed and previous is not None and direction is None:
        # 'giảm 186 vụ (13,29%)': the percentage restates the change just given.
        direction = (previous.direction, start, start) if previous.direction else None
        compared = compared or ((previous.compared_to, end, end) if previous.compared_to else None)
    return direction, compared


def _measure_and_quote(
    text: str,
    sentence: Span,
    num: NumberMatch,
    unit: str,
    unit_end: int,
    after: int,
    q_start: int,
    direction: tuple | None,
    compared: tuple | None,
) -> tuple[str | None, tuple | None, int, int]:
    """Return what a figure measures, its change (a rate of change may tell it) and the quote's bounds."""
    start, end = sentence.start + num.start, sentence.start + num.end
    clause = _clause_start(text, sentence.start, direction[1] if direction else q_start)
    if unit == "percent":
        cue = direction[1] if direction else q_start
        words = text[clause:cue].strip()
        verb = re.search(r"\s(?:đạt|là|chiếm|ở mức)\s*$", " " + words)
        if verb:
            words = words[: len(words) - len(verb.group()) + 1].strip()
        measure = LEADING.sub("", words).strip(" ,") or None
        change = RATE_OF_CHANGE.search(words) if direction is None else None
        if change:  # 'tỉ lệ kéo giảm … là 13,1%': the rate of a decrease
            way = "decrease" if change.group(1).lower() == "giảm" else "increase"
            direction = (way, start, start)
        quote_start = clause if measure else min(q_start, direction[1] if direction else start)
        return measure, direction, quote_start, _quote_end(end, compared, sentence)
    stop = MEASURE_END.search(text, unit_end, sentence.end)
    phrase_end = stop.start() if stop else sentence.end
    if phrase_end < unit_end:
        phrase_end = unit_end
    words = text[after:phrase_end].split()
    phrase_end = max(
        unit_end,
        after
        + len(" ".join(words[:12]))
        + (len(text[after:phrase_end]) - len(text[after:phrase_end].lstrip())),
    )
    measure = " ".join(text[after:phrase_end].split()).strip(OPENING_QUOTES + "”’ ") or unit
    verb = text[clause:q_start].strip()
    if verb and len(verb.split()) <= 4 and not direction:
        measure = f"{measure} ({verb})"
    quote_start = min(q_start, direction[1] if direction else start)
    return measure, direction, quote_start, _quote_end(phrase_end, compared, sentence)


def _quote_end(end: int, compared: tuple | None, sentence: Span) -> int:
    """Return where a figure's quote ends: past what it is compared to, when that is in its sentence."""
    if compared:
        return max(end, compared[2]) if compared[1] < sentence.end else end
    return end


class _Figures:
    """The figures found so far, indexed to tell a new figure from one the report gave already."""

    def __init__(self, summary: int) -> None:
        self.summary = summary  # how many sentences open the report as its headline and lead
        self.found: list[tuple[int, Statistic]] = []
        # figures by value, unit, qualifier, direction
        self.seen: dict[tuple, list[tuple[int, Statistic]]] = {}
        self.headlines: dict[tuple, tuple[int, int]] = {}  # summary figures → (index in found, sentence)

    def previous(self, sentence: Span) -> Statistic | None:
        """Return the last figure found when it is in ``sentence``."""
        found = self.found
        return found[-1][1] if found and found[-1][1].spans[0].start >= sentence.start else None

    def add(self, ctx: Context, n: int, stat: Statistic, among: bool, rest: tuple[int, int]) -> None:
        """Keep ``stat`` of sentence ``n`` unless the report gave it already.

        ``among``: a word before it names a set counted already; ``rest``: the rest of its sentence.
        """
        found, seen, headlines = self.found, self.seen, self.headlines
        same = seen.setdefault((stat.value, stat.unit, stat.qualifier, stat.direction), [])
        key = (stat.value, stat.unit == "percent", stat.unit)
        restated = _restated_headline(headlines, stat, n, ctx, rest)
        if restated is not None:
            # The body restates a figure of the headline or the lead ('Ôm 43 tỷ' … 'gần 43 tỷ
            # đồng') and says more about it: keep the later one, which may come back again.
            found[restated] = (n, stat)
            same.append((n, stat))
            headlines[key] = (restated, n)
        elif _hedged_again(seen, stat, n):
            return
        elif not any(m != n and (_same_fact(stat, earlier) or among) for m, earlier in same) and not any(
            _same_amount(stat, earlier)
            for (value, unit, *rest_key), figures in seen.items()
            if value == stat.value and unit != stat.unit and rest_key == [stat.qualifier, stat.direction]
            for _, earlier in figures
        ):
            if n < self.summary:
                headlines.setdefault(key, (len(found), n))
            same.append((n, stat))
            found.append((n, stat))

    def statistics(self) -> list[Statistic]:
        """Return the figures kept, in the order they were found."""
        return [stat for _, stat in self.found]


def _summary_sentences(ctx: Context) -> int:
    """Return how many sentences open the report as its summary: the headline and the lead.

    News restates the headline's and the lead's figures in the body. The lead is the paragraph
    after the headline, when it is short (at most three sentences).
    """
    lines = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*", ctx.text)]
    if not ctx.sentences:
        return 0
    if len(lines) < 2:
        return 1
    lead = [s for s in ctx.sentences if lines[0] <= s.start < lines[1]]
    count = sum(1 for s in ctx.sentences if s.start < lines[0])
    return count + len(lead) if len(lead) <= 3 else count


def _restated_headline(
    headlines: dict[tuple, tuple[int, int]],
    stat: Statistic,
    sentence: int,
    ctx: Context,
    rest: tuple[int, int],
) -> int | None:
    """Return (and forget) where the figure of the headline or the lead that ``stat`` restates sits.

    ``rest`` is the rest of the sentence after the number of ``stat``.

    Such a figure comes back later with the same value and unit, or with another noun when one of
    the two is not a counted noun the gazetteer knows ('4 kiều nữ' in the headline, '4 chân dài'
    in the lead, '4 cô gái' in the body); '2 xe máy' and '2 người', '2 cô giáo' and '2 phút' stay two.
    Nor does a figure restate under another noun one that the rest of its sentence names with its own
    noun ('2 tài xế tử vong' … 'giữa 2 xe tải khiến 2 tài xế tử vong'). A single thing comes back
    only with its own noun: 'one' is too common a count for another noun to name the same thing ('1
    người mất tích' and later '1 cửa xả tràn', '01 đối tượng' and '01 điện thoại').
    """
    percent = stat.unit == "percent"
    key = (stat.value, percent, stat.unit)
    earlier = [k for k, (_, n) in headlines.items() if k[:2] == (stat.value, percent) and n < sentence]
    if key not in earlier:
        if stat.value == 1:
            return None
        earlier = [
            k
            for k in earlier
            if not (_is_measure(k[2]) or _is_measure(stat.unit))
            and not (_known_unit(ctx, k[2]) and _known_unit(ctx, stat.unit))
            and not _named_later(ctx.text[rest[0] : rest[1]], k[2], stat.value)
        ]
        if not earlier:
            return None
        key = earlier[0]
    return headlines.pop(key)[0]


def _named_later(text: str, unit: str, value: float) -> bool:
    """Return whether ``value`` is written before ``unit`` in ``text`` ('2 tài xế', 'hai tài xế')."""
    for m in re.finditer(r"(\S+)\s+" + re.escape(unit) + r"(?![^\W_])", text, re.I):
        written = m.group(1)
        number = parse_number(written) if written[:1].isdigit() else number_word(written)
        if number is not None and float(number) == value:
            return True
    return False


def _hedged_again(seen: dict[tuple, list[tuple[int, Statistic]]], stat: Statistic, sentence: int) -> bool:
    """Return whether an amount of 100 or more restates an earlier one with or without a hedge.

    'Còn 200 điểm đen' and later 'gần 200 điểm đen': one fact, though one says 'gần' and the other
    does not. Percentages and sums are left out: equal ones often measure different things ('2 tỷ
    đồng' in each account, 'khoảng 2 tỷ đồng' a day).
    """
    if _is_measure(stat.unit) or stat.unit.lower() == "usd" or stat.value < 100:
        return False
    return any(
        m != sentence
        for (value, unit, qualifier, direction), figures in seen.items()
        if value == stat.value and unit == stat.unit and direction == stat.direction
        and qualifier != stat.qualifier and None in (qualifier, stat.qualifier)
        for m, _ in figures
    )  # fmt: skip


def _is_measure(unit: str) -> bool:
    """Return whether ``unit`` measures rather than counts: time, money, mass, length, a rate."""
    return (
        unit in ("percent", "đồng")
        or "/" in unit
        or unit in DURATIONS
        or unit in PRISON_TERMS
        or unit in ATTACHED_UNITS
        or unit in CLASS_UNITS
    )


def _known_unit(ctx: Context, unit: str) -> bool:
    """Return whether ``unit`` is a counted noun of the gazetteer ('người', 'tỷ đồng'), a post or
    kind of unit ('Phó Chủ tịch', 'Công an'), or a measure ('phút', 'kg', 'năm tù')."""
    if unit[:1].isupper() or _is_measure(unit):
        return True
    tokens = tokenize(unit)
    found = ctx.lex.units.match(tokens, 0)
    return found is not None and found[1] == len(tokens)


def _content_words(stat: Statistic) -> set[str]:
    """Return the words of a figure's measure after its unit, function words left out."""
    words = stat.measure.lower().split("(")[0].split()
    unit_words = stat.unit.lower().split()
    if words[: len(unit_words)] == unit_words:
        words = words[len(unit_words) :]
    return {w.strip("'\"“”‘’") for w in words[:4]} - FUNCTION_WORDS - {"khác", ""}


def _same_amount(stat: Statistic, earlier: Statistic) -> bool:
    """Return whether a count of 100 or more restates an earlier one read with another noun.

    '112 trưởng điểm thi' and then 'trưởng 112 điểm thi': the one's unit is a word of the other's
    measure. Such counts seldom recur by chance.
    """
    if stat.value < 100 or "percent" in (stat.unit, earlier.unit):
        return False
    mine, theirs = stat.measure.lower().split()[:4], earlier.measure.lower().split()[:4]
    return stat.unit.lower().split()[0] in theirs or earlier.unit.lower().split()[0] in mine


def _same_fact(stat: Statistic, earlier: Statistic) -> bool:
    """Return whether a figure restates an earlier one of the same value, unit, qualifier and direction.

    Two amounts of 100 or more, or with decimals, are one fact; two small counts when their
    measures share a word or one of them says nothing beyond the unit ('2 người chết' and '2 người
    bị thương' stay two); two percentages only when their measures are the same words. (The
    headline's and the lead's figures are matched before this.)
    """
    if stat.unit == "percent":
        return " ".join(stat.measure.lower().split()) == " ".join(earlier.measure.lower().split())
    if stat.value >= 100 or not float(stat.value).is_integer():
        return True  # '106 ha', '64,11 ha', '1.800 tỷ đồng': such amounts seldom recur by chance
    mine, theirs = _content_words(stat), _content_words(earlier)
    return not mine or not theirs or bool(mine & theirs)


def _period_for(periods: list[DateMatch], offset: int) -> DateMatch | None:
    best = None
    for p in periods:
        if p.start <= offset:
            best = p
    return best


def _period_json(period: DateMatch | None) -> dict[str, str] | None:
    if period is None:
        return None
    return {"label": period.text, "start": period.begin.isoformat(), "end": period.end_date.isoformat()}
