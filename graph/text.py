"""Vietnamese text handling: normalisation, keys and slugs, sentences, numbers, dates, cues.

Every function is pure (no I/O, no clock, no gazetteer) and works on offsets into the text it
is given, so spans can be traced back to the original report.  Regular expressions are compiled
once at import time; the extractor calls these functions for every sentence.

Conventions:

* Text is expected in NFC (``nfc``).  Functions that return offsets (``sentences``,
  ``find_numbers``, ``find_dates``, the cue finders) read the text as given and never normalise
  it, so offsets stay valid; Vietnamese keywords written in NFD are not recognised there.
* Tone marks are placed the traditional way (``hòa``, ``thủy``, ``khỏe``): ``fold_tones``
  rewrites the other placement (``hoà``, ``thuỷ``, ``khoẻ``) and misplaced marks (``qúy``).
* Numbers follow Vietnamese usage: decimal comma, thousands dot (``1.234,5`` = 1234.5).
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from graph.facts import Span
from graph.regex_lead import compile_led

__all__ = [
    "nfc",
    "compile_starting",
    "fold_tones",
    "strip_accents",
    "key",
    "search_key",
    "slug",
    "tokens",
    "sentences",
    "PHOTO_CREDIT_RE",
    "is_photo_credit",
    "runs_on",
    "NumberMatch",
    "parse_number",
    "number_word",
    "is_year",
    "find_numbers",
    "DateMatch",
    "find_dates",
    "parse_date",
    "RELATIVE_DAY_RE",
    "WEEKDAY",
    "relative_day",
    "stated_year",
    "QUALIFIERS",
    "qualifier_before",
    "DIRECTIONS",
    "direction_near",
    "COMPARISONS",
    "comparison_after",
]


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # none, huyền, sắc, ngã, hỏi, nặng
_VOWELS = "aăâeêioôơuưy"
_MARKED_VOWELS = set("ăâêôơư")  # vowels with a quality mark: they take the tone first
_CONSONANTS = "bcdđghklmnpqrstvx"

# char -> (lower-case base vowel without tone, tone index, upper-case?)
_VOWEL_TONE: dict[str, tuple[str, int, bool]] = {}
# (lower-case base vowel, tone index) -> lower-case composed char
_COMPOSE: dict[tuple[str, int], str] = {}
for _base in _VOWELS:
    for _index, _mark in enumerate(_TONES):
        _lower = unicodedata.normalize("NFC", _base + _mark)
        _COMPOSE[_base, _index] = _lower
        _VOWEL_TONE[_lower] = (_base, _index, False)
        _VOWEL_TONE[_lower.upper()] = (_base, _index, True)
_VIET_LETTERS = frozenset(_VOWEL_TONE) | frozenset(_CONSONANTS) | frozenset(_CONSONANTS.upper())

_V = f"[{_VOWELS}]"
# Onset, nucleus, coda of a tone-stripped lower-case syllable.  'qu' and 'gi' are onsets when a
# vowel follows ('quý', 'giá'); 'gì', 'gìn' keep 'i' as their nucleus.
_SYLLABLE_RE = re.compile(
    rf"(ngh|ng|nh|ch|gh|gi(?={_V})|kh|ph|th|tr|qu(?={_V})|[bcdđghklmnprstvx])?"
    rf"({_V}{{1,3}})(ch|ng|nh|[cmnpt])?"
)
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
# The vowel clusters Vietnamese spelling allows; anything else ('ưo' in 'ngưòi') is left alone.
_NUCLEI = frozenset(
    {
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
        "ôi", "ơi", "oo", "ua", "uâ", "ue", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
        "iêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
    }
)  # fmt: skip


def _tone_position(nucleus: str, has_coda: bool) -> int:
    """Return the index in ``nucleus`` that carries the tone in the traditional placement."""
    marked = [i for i, ch in enumerate(nucleus) if ch in _MARKED_VOWELS]
    if marked:  # 'người', 'tiếng', 'chuyện': the (last) vowel with a quality mark
        return marked[-1]
    if has_coda:  # 'hoàng', 'huỳnh', 'toán': the last vowel before the final consonant
        return len(nucleus) - 1
    if len(nucleus) == 3:  # 'ngoài', 'khuỷu': the middle one
        return 1
    return 0  # 'hòa', 'thủy', 'khỏe', 'mùa', 'bài': the first of two


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """Return one NFC letter run with its tone mark in the traditional place (or unchanged)."""
    bases: list[str] = []
    tone = 0
    tones = 0
    for ch in word:
        info = _VOWEL_TONE.get(ch)
        if info is None:
            if ch not in _VIET_LETTERS:
                return word  # not a Vietnamese syllable: leave it alone
            bases.append(ch.lower())
            continue
        bases.append(info[0])
        if info[1]:
            tone = info[1]
            tones += 1
    if tones != 1:
        return word
    match = _SYLLABLE_RE.fullmatch("".join(bases))
    if match is None or match.group(2) not in _NUCLEI:
        return word
    onset, nucleus, coda = match.group(1) or "", match.group(2), match.group(3)
    target = len(onset) + _tone_position(nucleus, bool(coda))
    out = []
    for i, ch in enumerate(word):
        info = _VOWEL_TONE.get(ch)
        if info is None:
            out.append(ch)
            continue
        composed = _COMPOSE[info[0], tone if i == target else 0]
        out.append(composed.upper() if info[2] else composed)
    return "".join(out)


def fold_tones(text: str) -> str:
    """Return ``text`` in NFC with every syllable's tone mark in the traditional place.

    Short texts (names, words: the same ones again and again) are answered from a cache.

    'Hoà' -> 'Hòa', 'uỷ' -> 'ủy', 'thuỷ' -> 'thủy', 'Khoẻ' -> 'Khỏe', 'qúy' -> 'quý'.  Case and
    every other character are kept; runs that are not a Vietnamese syllable with exactly one
    tone mark are left unchanged.  Only which precomposed vowel carries the mark changes, so
    ``len(fold_tones(s)) == len(nfc(s))`` for every string ``s`` (and offsets into ``nfc(s)``
    stay valid).
    """
    return _fold_short(text) if len(text) <= _FOLD_CACHED else _fold_tones(text)


_FOLD_CACHED = 120  # longer texts (whole reports) would fill the cache with strings seen once


@lru_cache(maxsize=16384)
def _fold_short(text: str) -> str:
    """Return ``fold_tones(text)`` for a short text, once per text."""
    return _fold_tones(text)


def _fold_tones(text: str) -> str:
    """Return ``text`` in NFC with every syllable's tone mark in the traditional place."""
    text = nfc(text)
    if text.isascii():
        return text
    parts: list[str] = []
    last = 0
    for match in _LETTER_RUN_RE.finditer(text):
        start, end = match.span()
        # A run next to a stray combining mark is not a clean syllable: moving a tone there
        # could change how the text composes.
        if (start and unicodedata.combining(text[start - 1])) or (
            end < len(text) and unicodedata.combining(text[end])
        ):
            continue
        word = match.group()
        folded = _fold_word(word)
        if folded != word:
            parts.append(text[last:start])
            parts.append(folded)
            last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


_STROKES = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ɖ": "d"})


def strip_accents(text: str) -> str:
    """Return ``text`` without diacritics, with 'đ' -> 'd': 'Lê Thị Hoà' -> 'Le Thi Hoa'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STROKES))
    return nfc("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


_NON_WORD_RE = re.compile(r"[\W_]+")


@lru_cache(maxsize=32768)  # pure, and called again and again on the same words
def key(text: str) -> str:
    """Return the comparison key: NFC, tones folded, case folded, only letters/digits, one space."""
    text = nfc(nfc(text).casefold())
    # Drop punctuation before folding tones, so no stray mark can hide a syllable from the fold.
    text = _NON_WORD_RE.sub(" ", text)
    return " ".join(fold_tones(text).split())


@lru_cache(maxsize=32768)  # pure, and called again and again on the same words
def search_key(text: str) -> str:
    """Return the accent-insensitive comparison key: ``strip_accents(key(text))``."""
    return key(strip_accents(key(text)))


_SLUG_WORD_RE = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=32768)  # pure, and called again and again on the same words
def slug(text: str) -> str:
    """Return a URL-safe ASCII slug: 'Công an TP Đà Nẵng' -> 'cong-an-tp-da-nang' ('' if empty)."""
    return "-".join(_SLUG_WORD_RE.findall(search_key(text)))


# --------------------------------------------------------------------------------------------
# Tokens and sentences
# --------------------------------------------------------------------------------------------

# A word (letters with any combining marks), a run of ASCII digits, or any other single char.
_TOKEN_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*|[0-9]+|\S")


def tokens(text: str) -> list[Span]:
    """Split ``text`` into words, digit runs and single punctuation characters, with offsets."""
    return [Span(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


_LINE_RE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|\Z)")
_TRIM_RE = re.compile(r"\S(?:[\s\S]*\S)?")
_NON_SPACE_RE = re.compile(r"\S")
_OPENERS = frozenset("\"'“‘«([-–—•")
# Abbreviations written with a final period that a capitalised name usually follows.
_ABBREVIATIONS = frozenset(
    {
        "tp", "q", "p", "tt", "tx", "h", "x", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "nxb",
        "mr", "mrs", "ms", "dr", "st", "tr", "th.s", "ts.bs", "ck", "đ/c", "đc",
    }
)  # fmt: skip


# Initials standing for a name, ending at a period: 'T.V.K.', 'N.T.Th.'.
_INITIALS_RE = re.compile(r"(?<!\S)(?:[A-ZĐ][a-z]?\.){2,}\Z")
_LAST_INITIAL_RE = re.compile(r"[A-ZĐ]\.(?!\w)")


def _is_abbreviation(text: str, line_start: int, dot: int) -> bool:
    """Return whether the period at ``dot`` ends an abbreviation or an initial ('TP.', 'H.')."""
    # The word is the run of non-space characters before the dot (what `(\S+)\.\Z` finds between
    # the line's start and the dot), found backwards: a search from the line's start tried every
    # position of a long paragraph at each of its periods.
    if dot >= len(text) or text[dot] != ".":
        return False
    start = dot
    while start > line_start and not text[start - 1].isspace():
        start -= 1
    if start == dot:
        return False
    word = text[start:dot].lstrip("\"'“‘«([")
    if len(word) == 1 and word.isalpha():
        return word.isupper()  # an initial: 'Nguyễn V. An'
    return word.lower() in _ABBREVIATIONS


# A photo credit closing a caption: '(Ảnh: X)', '- Ảnh X cung cấp', '. Ảnh: X', 'Ảnh minh họa: X'.
PHOTO_CREDIT_RE = compile_led(
    r"\(\s*[Ảả]nh(?![^\W_])[^()]{0,60}\)?"
    r"|[-–]\s*Ảnh(?![^\W_])"
    r"|(?<![^\s.])Ảnh(?:\s+minh\s+họa)?\s*:"
    # 'Rút súng bắn người vì ... . Ảnh minh họa. Theo ...': the stock photo's caption, with no credit.
    r"|(?<![^\s.])Ảnh\s+minh\s+họa(?![^\W_])\.?"
)
# What opens the sentence a credit runs into with no full stop ('Ảnh: Xuân Lâm Trên cương vị …',
# 'Ảnh: HT Ngoài ra, …'): one of these words before a lower-case word or a number ('Sáng 5/6', 'Khi
# đến'), so that a credit's name ('Nhan Sáng/TTXVN') is not taken for one, …
_CREDIT_NEXT_WORD_RE = re.compile(
    r"(?:Trước|Sau|Trong|Ngay|Vào|Lúc|Khoảng|Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Hôm|Tháng|Khi|Qua|Đến|Từ"
    r"|Hiện|Như|Cũng|Vừa|Mới|Gần|Về|Để|Do|Vì|Nếu|Dù|Tuy|Bên|Riêng|Trên|Với|Cùng|Còn|Đây|Đó|Một|Các"
    r"|Những|Nhiều|Hai|Ba|Hàng|Mỗi|Vụ|Sự|Việc|Được|Bị|Thấy|Tên|Nhóm|Chiếc|Rất|Chỉ|Có|Là|Không|Đúng"
    r"|Tiếp|Tin|Lần|Hồi|Buổi|Dịp|Nhờ|Bằng|Quá|Cả|Nhưng|Song|Tôi|Chúng|Họ|Hắn)\s+([^\W_])"
)
# … or a word or phrase that opens a sentence whatever follows: a source or a place ('Theo …',
# 'Tại …'), a connective ('Liên quan …', 'Tuy nhiên, …'), …
_SOURCE_WORDS = r"Theo|Tại"
_OPENING_PHRASES = (
    r"Liên\s+quan|Tuy\s+nhiên|Ngoài\s+ra|Được\s+biết|Cụ\s+thể|Trao\s+đổi|Phát\s+(?:biểu|hiện)|Chia\s+sẻ"
    r"|Nhận\s+(?:được|tin)|Kết\s+(?:quả|luận)|Kiểm\s+tra|Ghi\s+nhận|Tham\s+dự|Bước\s+đầu|Đồng\s+thời"
    r"|Rạng\s+sáng|Hiện\s+trường|Quá\s+trình|Thực\s+hiện|Khám\s+nghiệm|Trả\s+lời|Làm\s+việc|Thông\s+tin"
)
# … or a party of the story: a person's title ('Ông Nguyễn Văn A', 'Thượng tá X'), a unit ('Công an
# huyện …'). After a credit these open a sentence; inside running text they mostly head a name.
_PARTY_PHRASES = (
    r"Ông|Bà|Cụ|Phó"
    r"|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng)|Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng"
    r"|Bí\s+thư|Giám\s+đốc|Chánh\s+án|Lãnh\s+đạo|Đại\s+diện|Bác\s+sĩ|Luật\s+sư|Phóng\s+viên"
    r"|Công\s+an|Cơ\s+quan|Cảnh\s+sát|Lực\s+lượng|Bộ\s+đội|Tòa\s+án|Nạn\s+nhân|Bị\s+(?:cáo|can|hại)"
    r"|Nghi\s+(?:phạm|can)|Đối\s+tượng|Tài\s+xế|Người\s+dân"
)
_CREDIT_NEXT_PHRASE_RE = re.compile(rf"(?:{_SOURCE_WORDS}|{_OPENING_PHRASES}|{_PARTY_PHRASES})(?![^\W_])")
# Words a source's name opens with ('báo Công an nhân dân', 'Bộ Công an'): its credit goes on after them.
_CREDIT_HEADS = frozenset(
    {"báo", "bộ", "sở", "cục", "phòng", "đài", "viện", "ban", "cổng", "trang", "tạp", "hội"}
)  # fmt: skip
# The lower-case words of a credit ('Cắt từ clip', 'Công an cung cấp', 'báo Dân Việt'): any other
# lower-case word is the next sentence's, begun before.
_CREDIT_LOWER = frozenset(
    {"báo", "cắt", "từ", "clip", "cung", "cấp", "chụp", "do", "an", "nhà", "minh", "họa"}
)  # fmt: skip
# A credit's word: no clause's punctuation in it ('Xuân Lâm', 'T.L', 'Kim Văn/TTXVN', 'dantri.com.vn').
_CREDIT_WORD_RE = re.compile(r"\s*([^\s,;:()“”\"«»]+)(?=\s)")
_COLON_RE = re.compile(r"\s*:")
_QUOTE_OPENING_RE = re.compile(r"\s*([“\"«])([^\W\d_])")
CREDIT_WORDS = 6  # a credit names its source in a few words: 'Bùi Văn Trường Giang/TTXVN'


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """Return whether a sentence that a photo credit runs into may begin at ``start``."""
    word = _CREDIT_NEXT_WORD_RE.match(text, start, end)
    if word and (word.group(1).islower() or word.group(1).isdigit()):
        return True
    return _CREDIT_NEXT_PHRASE_RE.match(text, start, end) is not None


def _credit_end(text: str, credit: re.Match[str], end: int) -> int | None:
    """Return where the sentence a photo credit runs into begins, or None when the credit ends its own.

    A credit in brackets ends at its bracket; another ends before a word that opens sentences (or an
    opening quote) within its first few words. A credit followed by lower-case text is not glued.
    """
    if credit.group().endswith(")"):
        rest = _NON_SPACE_RE.search(text, credit.end(), end)
        if rest and (rest.group().isupper() or rest.group().isdigit() or rest.group() in "“\"«"):
            return rest.start()
        return None
    pos, before = credit.end(), ""
    # 'Ảnh minh họa Khi …': the stock photo's mark is whole without a name; 'Ảnh: X', '- Ảnh X' name one.
    named = credit.group().endswith(":") or credit.group()[0] in "-–"
    if colon := _COLON_RE.match(text, pos, end):
        pos = colon.end()  # '- Ảnh: X', '- Ảnh : X'
    for n in range(CREDIT_WORDS + 1):
        quote = _QUOTE_OPENING_RE.match(text, pos, end) if n > 0 else None
        if quote and quote.group(2).isupper():
            return quote.start(1)  # 'Ảnh: X “Chúng tôi …' (not 'Ảnh: X Vị “cán bộ” …', a heading's quote)
        word = _CREDIT_WORD_RE.match(text, pos, end)
        if word is None:
            return None
        start, chunk = word.start(1), word.group(1)
        joined = before.lower() in _CREDIT_HEADS or before.endswith(("/", "-", "–", "&", "+"))
        if (n > 0 or not named) and not joined and _opens_sentence(text, start, end):
            return start
        if chunk[-1] in ".!?…" or (chunk[0].islower() and chunk not in _CREDIT_LOWER):
            return None  # (a lower-case word: the credit went on as a sentence, or one began unseen)
        before, pos = chunk, word.end()
    return None


def is_photo_credit(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is a photo credit and nothing else ('Ảnh: Xuân Lâm', '(Ảnh: X)')."""
    dash = len(text[start:end]) - len(text[start:end].lstrip(" -–"))  # '- Ảnh: X' after its caption
    credit = PHOTO_CREDIT_RE.match(text, start + dash, end)
    if credit is None:
        return False
    words = text[credit.end() : end].strip(" .:").split()
    if credit.group().endswith(")"):
        return not words
    return len(words) <= CREDIT_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w in _CREDIT_LOWER or w in ("/", "-", "–", "&") for w in words
    )


def _credit_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Yield where the sentences that photo credits run into begin between ``start`` and ``end``."""
    for credit in PHOTO_CREDIT_RE.finditer(text, start, end):
        cut = _credit_end(text, credit, end)
        if cut is not None and start < cut < end:
            yield cut


# A caption or a sub-heading runs into the next paragraph with no full stop ('Hiện trường vụ cháy
# Sáng 5/6, …'): a lower-case word, a space, then a word that opens sentences (group 2: a source's).
_GLUED_OPENER_RE = compile_led(
    rf"(?<=[^\W\d_]\s)(?:{_CREDIT_NEXT_WORD_RE.pattern}|(?:({_SOURCE_WORDS})|{_OPENING_PHRASES})(?![^\W_]))"
)
# Titles of address, ranks and roles: a capitalised word after them is a name ('ông Để đã …', 'anh Hai
# qua', 'đại tá Bằng', 'bị cáo Ba').
_TITLES = frozenset(
    {
        "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "cháu", "ngài", "tên", "chí",
        "tá", "úy", "uý", "tướng", "sĩ", "sỹ", "sư", "cáo", "can", "trưởng",
    }
)  # fmt: skip
# Other words a capitalised word goes on a name after: the head of a unit's or a place's name ('khoa
# Hồi sức', 'Ủy ban Kiểm tra', 'Cảng vụ Hàng không', 'sông Ba'), an order ('thứ Hai', 'hạng Ba'), a
# name joined to another ('Huân chương và Bằng khen', 'Sở Văn hóa và Thông tin').
_NAME_HEADS = _TITLES | {"ban", "khoa", "viện", "vụ", "sông", "thứ", "hạng", "và"}
# Capitalised nouns that such a word opens inside a name: a directive, an honour, a crime, a court, a
# party to a contract, a unit's field ('Cục Công nghệ Thông tin, …', 'Sở Văn hóa và Thông tin').
_NAMED_NOUN_RE = re.compile(
    r"(?:Chỉ\s+(?:thị|huy|số|tiêu)|Bằng\s+(?:khen|tốt\s+nghiệp)|Không\s+(?:tố\s+giác|quân|liên\s+kết|gian)"
    r"|Hồi\s+(?:giáo|sức)|Hàng\s+(?:không|hải)|Tháng\s+(?:cao\s+điểm|hành\s+động)|Tiếp\s+sức|Tối\s+cao"
    r"|Ngày\s+(?:sinh|thành\s+lập|truyền\s+thống|hội|báo\s+chí|của)|Kết\s+luận\s+số"
    r"|Bên\s+(?:thứ|thế\s+chấp|nhận|mua|bán|vay|cho\s+vay|bảo\s+lãnh)"
    r"|Thông\s+tin\s+(?:điện\s+tử|truyền\s+thông|khoa\s+học|tuyên\s+truyền))(?![^\W_])"
    r"|Thông\s+tin(?=\s*[,;)&])",
    re.IGNORECASE,
)
_LAST_WORD_RE = re.compile(r"[^\W\d_]+\Z")


@lru_cache(maxsize=64)
def _as_name_re(word: str) -> re.Pattern[str]:
    """Compile a search for ``word`` written as a name: after a title or after another capitalised word."""
    titles = "|".join(sorted(_TITLES))
    return re.compile(rf"(?:(?<![^\W_])(?i:{titles})|[A-ZĐ][^\W\d_]*)\s+{re.escape(word)}(?![^\W_])")


def _glued_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Yield where sentences glued to a caption or a sub-heading begin between ``start`` and ``end``."""
    for opener in _GLUED_OPENER_RE.finditer(text, start, end):
        cut = opener.start()
        before = _LAST_WORD_RE.search(text, start, cut - 1)
        if before is None or not before.group()[0].islower() or before.group() in _NAME_HEADS:
            continue
        if _NAMED_NOUN_RE.match(text, cut, end) or _inside_aside(text[start:cut]):
            continue  # (inside an aside or a quote, the word opens no sentence of the report)
        if opener.group(1):
            # a time, a count, a connective before a lower-case word or a number ('Sáng 5/6', 'Khi đến') …
            if not (opener.group(1).islower() or opener.group(1).isdigit()):
                continue
            # … but 'ông Bằng … khi Bằng về nhà': a word that names someone elsewhere in the report is a name
            if opener.group(1).islower() and _as_name_re(text[cut : opener.start(1)].strip()).search(text):
                continue
        elif not opener.group(2):
            # a connective before its clause or its comma ('Liên quan đến', 'Tuy nhiên,'); a source or a
            # place takes any word ('Theo Bộ Công an')
            after = _NON_SPACE_RE.search(text, opener.end(), end)
            first = after.group() if after else ""
            if not (first.islower() or first.isdigit() or first == ","):
                continue
        yield cut


def _inside_aside(before: str) -> bool:
    """Return whether ``before`` leaves a bracket or a quotation open."""
    brackets = before.count("(") > before.count(")")
    return brackets or before.count("“") > before.count("”") or before.count('"') % 2 == 1


_CLOSING = "\"'”’»)]"


def runs_on(text: str, start: int, end: int) -> bool:
    """Return whether the sentence ``text[start:end]`` stops unpunctuated where its line goes on."""
    # ('Hiện trường vụ cháy Sáng 5/6, …' split in two: the first is a caption or a sub-heading)
    last = text[start:end].rstrip().rstrip(_CLOSING)
    if not last or last[-1] in ".!?…:;":
        return False
    rest = _NON_SPACE_RE.search(text, end)
    return rest is not None and "\n" not in text[end : rest.start()]


def sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences (and lines), with offsets into ``text``.

    A report is split twice (its context, its stated year): the last few answers are kept.
    """
    return list(_sentences(text))


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[Span, ...]:
    """Split ``text`` into sentences (and lines), with offsets into ``text``.

    Every line is at least one sentence (headlines and captions have no final period).  Inside
    a line a sentence ends at '.', '!', '?' or '…' (plus closing quotes) followed by whitespace
    and an upper-case letter, digit or opening quote, or by the end of the line.  Numbers
    ('12,35', '38.250'), 'TP.HCM', 'TP. Hồ Chí Minh', 'v.v.', initials and dates ('18.7.2025')
    do not end a sentence.  Spans are stripped of surrounding whitespace and never empty.
    """
    spans: list[Span] = []

    def add(start: int, end: int) -> None:
        # 'Quang cảnh hội nghị. Ảnh: X Trên cương vị …': a credit runs into the next sentence unstopped.
        for cut in [*sorted({*_credit_breaks(text, start, end), *_glued_breaks(text, start, end)}), end]:
            trimmed = _TRIM_RE.search(text, start, cut)
            if trimmed:
                spans.append(Span(trimmed.start(), trimmed.end(), trimmed.group()))
            start = cut

    for line in _LINE_RE.finditer(text):
        line_start, line_end = line.span()
        start = line_start
        for end_mark in _SENTENCE_END_RE.finditer(text, line_start, line_end):
            stop = end_mark.end()
            # Only the next visible character counts: _TRIM_RE would run on to the line's end
            # for each mark, over and over in a long paragraph.
            rest = _NON_SPACE_RE.search(text, stop, line_end)
            if rest is None:
                break  # the line ends here anyway
            nxt = rest.group()
            if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
                continue
            punct = end_mark.group().rstrip("\"'”’»)]")
            # ('Chủ tịch UBND TP. “Chúng tôi …': a name follows an abbreviation, never an opening quote)
            if punct == "." and nxt not in "“«\"" and _is_abbreviation(text, line_start, end_mark.start()):
                continue
            # 'T.V.K. (SN 1988)': a name kept back by its initials, then its aside, is one sentence;
            # so is 'N.T. L.', the last initial written after a space.
            if (
                punct == "."
                and (nxt == "(" or _LAST_INITIAL_RE.match(text, rest.start()))
                and _INITIALS_RE.search(text, line_start, end_mark.start() + 1)
            ):
                continue
            add(start, stop)
            start = stop
        add(start, line_end)
    return tuple(spans)


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberMatch:
    """A number written in the text: digits ('12,35%') or words ('năm', 'mười hai')."""

    start: int
    end: int
    text: str
    value: float
    percent: bool
    word: bool


_NUMBER_FORMS = (
    # (pattern, how to turn the match into a Python float literal)
    (re.compile(r"[0-9]+"), lambda s: s),
    (re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+"), lambda s: s.replace(".", "")),  # 38.250
    (re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})*,[0-9]+"), lambda s: s.replace(".", "").replace(",", ".")),
    (re.compile(r"[0-9]+,[0-9]+"), lambda s: s.replace(",", ".")),  # 12,35 ; 12345,6
    (re.compile(r"[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})"), lambda s: s),  # English-style 3.5
    (re.compile(r"[0-9]{4,}\.[0-9]{3}"), lambda s: s),  # 1234.567 cannot be thousands
    (re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){2,}"), lambda s: s.replace(",", "")),  # 1,234,567
    (re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+"), lambda s: s.replace(",", "")),  # 1,234.5
)
_PERCENT_TAIL_RE = re.compile(r"\s*(?:%|phần\s+trăm)\Z", re.IGNORECASE)


def parse_number(token: str) -> float | None:
    """Return the value of a number written the Vietnamese way, or None when it is not one.

    '12,35' -> 12.35, '38.250' -> 38250.0, '1.234,5' -> 1234.5, '2,5' -> 2.5; a lone '.' with
    1-2 or 4+ digits after it is a decimal point ('3.5' -> 3.5).  Surrounding whitespace, a
    leading sign and a trailing '%' / 'phần trăm' are allowed; dates ('18.7.2025') are not.
    """
    token = _PERCENT_TAIL_RE.sub("", token.strip())
    sign = 1.0
    if token[:1] in ("-", "+", "−"):
        sign = -1.0 if token[0] != "+" else 1.0
        token = token[1:]
    for pattern, literal in _NUMBER_FORMS:
        if pattern.fullmatch(token):
            return sign * float(literal(token))
    return None


_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_TEEN_UNITS = {**_UNITS, "lăm": 5}  # after 'mười': 'mười lăm' = 15 ('mười năm' is ten years)
del _TEEN_UNITS["năm"]
_TENS_UNITS = {**_TEEN_UNITS, "mốt": 1, "tư": 4, "nhăm": 5}  # after 'X mươi'
_HUNDRED_LINKS = frozenset({"linh", "lẻ"})  # 'một trăm linh năm' = 105
_NUMBER_WORDS = {**_UNITS, "mười": 10}


@lru_cache(maxsize=32768)  # pure, and called again and again on the same words
def number_word(word: str) -> int | None:
    """Return the value of a single Vietnamese number word ('năm' -> 5, 'mười' -> 10), else None."""
    return _NUMBER_WORDS.get(fold_tones(word.strip()).lower())


def is_year(value: float | NumberMatch) -> bool:
    """Return whether a number reads as a calendar year (a whole 1800-2199, written without separators)."""
    if isinstance(value, NumberMatch):
        if value.word or not value.text.isdigit():
            return False  # '1.888' is a count, not the year 1888
        value = value.value
    return float(value).is_integer() and 1800 <= value <= 2199


# Words before 'năm' that make it the noun 'year': 'đầu năm', 'trong năm', 'hằng năm', '5 năm'.
_YEAR_BEFORE = frozenset(
    {
        "đầu", "cuối", "giữa", "trong", "của", "các", "mỗi", "hằng", "hàng", "tháng", "cả", "từng",
        "nửa", "những", "nhiều", "mấy", "vài", "nhiêu", "lâu", "quanh", "suốt", "sang", "vào", "từ",
        "đến", "tới", "chục", "trăm", "nghìn", "ngàn", "năm", "mười", "mươi", "thứ", "tuổi", "ngày",
        "tuần", "quý", "kỳ", "kì", "qua",
    }
)  # fmt: skip
# Words after 'năm' that make it 'year': 'năm nay', 'năm học', 'năm 2025', 'năm mới'.
_YEAR_AFTER = frozenset(
    {
        "nay", "qua", "ngoái", "trước", "sau", "tới", "học", "tài", "mới", "kia", "ấy", "đó", "này",
        "nào", "xưa", "sinh", "thứ", "đầu", "cuối", "giữa", "hiện", "vừa", "gần", "liền", "kế",
        "tiếp", "nhuận", "âm", "dương", "ngân", "trở", "rồi", "nữa", "và", "hoặc", "của", "là",
        "với", "để", "thì", "mà", "được", "bị", "đã", "sẽ", "đang", "có", "không", "cũng", "vẫn",
        "trong", "tại", "ở", "đến", "từ", "rưỡi", "tháng",
    }
)  # fmt: skip
# Word pairs after 'năm' that make it 'year': 'năm nhiệm kỳ' (but 'năm nhiệm vụ' is five).
_YEAR_AFTER_PAIRS = frozenset({("nhiệm", "kỳ"), ("nhiệm", "kì"), ("kỷ", "niệm"), ("bản", "lề")})
# Next words that make a number word something else: 'một số' (some), 'một cách' (-ly),
# 'ba mẹ' (parents), 'chín chắn' (mature).
_NOT_A_COUNT_AFTER = {
    "một": frozenset(
        {
            "số", "vài", "cách", "trong", "phần", "chút", "mặt", "loạt", "lúc", "khi", "nửa", "thời",
            "chiều", "ít", "mình", "nào", "khác", "lòng", "hai", "khối",
        }
    ),
    "ba": frozenset({"mẹ", "má"}),
    "chín": frozenset({"chắn", "muồi"}),
}  # fmt: skip
_VAGUE_BEFORE = frozenset({"hàng", "vài", "mấy", "dăm"})  # 'hàng trăm' = hundreds of
_PERCENT_AFTER_RE = re.compile(r"[ \u00a0]?%|\s+phần\s+trăm(?![^\W_])", re.IGNORECASE)
_DIGITS_RE = compile_led(r"(?<![^\W_])[0-9]+(?:[.,][0-9]+)*")
_CODE_AFTER_RE = re.compile(r"[A-ZĐ](?![^\W_])|h[0-9]{2}(?![0-9])")  # '1A', '4G'; '17h30'


def _word_lower(token: Span) -> str:
    return nfc(token.text).lower()


def _parse_number_words(words: list[str], i: int) -> tuple[int, int] | None:
    """Read a number-word phrase starting at ``words[i]``: (value, index after it) or None."""
    n = len(words)
    w = words[i]
    if w == "mười":
        if i + 1 < n and words[i + 1] in _TEEN_UNITS:
            return 10 + _TEEN_UNITS[words[i + 1]], i + 2
        return 10, i + 1
    if w not in _UNITS:
        return None
    unit = _UNITS[w]
    nxt = words[i + 1] if i + 1 < n else ""
    if nxt == "mươi" and unit >= 2:
        if i + 2 < n and words[i + 2] in _TENS_UNITS:
            return unit * 10 + _TENS_UNITS[words[i + 2]], i + 3
        return unit * 10, i + 2
    if nxt == "trăm":
        value, j = unit * 100, i + 2
        if j + 1 < n and words[j] in _HUNDRED_LINKS and words[j + 1] in _UNITS:
            return value + _UNITS[words[j + 1]], j + 2
        if j < n and words[j] == "mười":
            rest = _parse_number_words(words, j)
            if rest:
                return value + rest[0], rest[1]
        if j + 1 < n and words[j] in _UNITS and words[j + 1] == "mươi":
            rest = _parse_number_words(words, j)
            if rest:
                return value + rest[0], rest[1]
        return value, j
    return unit, i + 1


def find_numbers(text: str) -> list[NumberMatch]:
    """Return every number in ``text`` with offsets, in order.

    Digit numbers are read by ``parse_number``; a following '%', ' %' or 'phần trăm' makes
    ``percent`` true and is part of the span.  Number words used as quantities ('năm nhiệm vụ',
    'mười hai tổ', 'hai mươi lăm') have ``word`` true; 'năm' is FIVE only before a counted noun
    and not after a period word ('đầu năm', 'năm 2025', 'năm nay' are the year).  Scale words
    are not multiplied in ('3 triệu' and 'ba triệu' give 3).  Digits of dates, times and
    document codes ('18/07/2025', 'ngày 18-7', '17:24', 'tháng 7/2025', 'quý I/2025', '6 tháng
    đầu năm 2025', 'số 15/QĐ-UBND', 'COVID-19', 'U23', '1A') and ordinals ('thứ 2', 'thứ
    năm') are skipped; plain years ('năm 2025', 'nhiệm kỳ 2025 - 2030') are returned, so use
    ``is_year`` to tell them apart.
    """
    found: list[NumberMatch] = []
    blocked: list[tuple[int, int]] | None = None

    def in_date(start: int, end: int) -> bool:
        # The date patterns run at the first number only: most sentences have none.
        nonlocal blocked
        if blocked is None:
            blocked = _date_blocks(text)
        return any(s < end and start < e for s, e in blocked)

    # The tokens of ``tokens(text)``, as their matches and words: a Span for every token of every
    # sentence cost more than the reading below.
    toks = list(_TOKEN_RE.finditer(text))
    words = [m.group() for m in toks]
    # _word_lower of each word, else the text: inlined, as this runs for every token of every sentence.
    normalize = unicodedata.normalize
    lowered = [normalize("NFC", w).lower() if w[0].isalpha() else w for w in words]
    index_at = {m.start(): i for i, m in enumerate(toks)}

    for match in _DIGITS_RE.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before == "/" or after == "/":
            continue  # dates, 'tháng 7/2025', 'quý I/2025', document numbers
        if (before == ":" and start >= 2 and text[start - 2].isdigit()) or (
            after == ":" and text[end + 1 : end + 2].isdigit()
        ):
            continue  # clock times
        if before in "-–" and start >= 2 and text[start - 2].isalpha():
            continue  # codes: 'COVID-19'
        if _CODE_AFTER_RE.match(text, end):
            continue
        value = parse_number(match.group())
        if value is None or in_date(start, end):
            continue
        i = index_at.get(start)
        if i is not None and i > 0 and lowered[i - 1] == "thứ":
            continue  # ordinal: 'thứ 2', 'lần thứ 3'
        percent = _PERCENT_AFTER_RE.match(text, end)
        stop = percent.end() if percent else end
        found.append(NumberMatch(start, stop, text[start:stop], value, bool(percent), False))

    # Only a number word can open a phrase (_word_number_at answers None at any other token).
    i = 0
    for at in [k for k, w in enumerate(lowered) if w in _NUMBER_WORDS]:
        if at < i:
            continue  # inside the phrase read last
        i = at
        parsed = _word_number_at(words, lowered, i)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        start, end = toks[i].start(), toks[j - 1].end()
        percent = j + 1 < len(toks) and lowered[j] == "phần" and lowered[j + 1] == "trăm"
        if percent:
            end = toks[j + 1].end()
        if not in_date(start, end):
            found.append(NumberMatch(start, end, text[start:end], float(value), percent, True))
        i = j
    found.sort(key=lambda m: m.start)
    return found


def _word_number_at(words: list[str], lowered: list[str], i: int) -> tuple[int, int] | None:
    """Return (value, index after) when a quantity number-word phrase starts at token ``i``.

    ``words`` are the tokens' texts, ``lowered`` the same in lower case (NFC for words).
    """
    w = lowered[i]
    if w not in _NUMBER_WORDS:
        return None
    prev = lowered[i - 1] if i > 0 else ""
    if prev == "thứ" or prev in _VAGUE_BEFORE or prev in _NUMBER_WORDS or prev in ("mươi", "trăm"):
        return None  # ordinals, 'hàng chục', and the tail of a phrase already read
    # Capitalised number words next to other capitalised words are names: 'Năm Căn', 'Ngã Bảy'.
    if words[i][0].isupper():
        prev_cap = i > 0 and words[i - 1][0].isalpha() and words[i - 1][0].isupper()
        next_cap = i + 1 < len(words) and words[i + 1][0].isalpha() and words[i + 1][0].isupper()
        if prev_cap or next_cap:
            return None
    parsed = _parse_number_words(lowered, i)
    if parsed is None:
        return None
    value, j = parsed
    if not (j < len(words) and words[j][0].isalpha()):
        return None  # a quantity counts something: 'lần thứ hai,' or 'chín.' is not one
    nxt = lowered[j]
    if w == "năm" and j == i + 1:  # bare 'năm': five or year
        if prev.isdigit() or prev in _YEAR_BEFORE:
            return None
        pair = (nxt, lowered[j + 1] if j + 1 < len(lowered) else "")
        if nxt in _YEAR_AFTER or pair in _YEAR_AFTER_PAIRS or words[j][0].isupper():
            return None
    if j == i + 1 and nxt in _NOT_A_COUNT_AFTER.get(w, ()):
        return None
    return value, j


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMatch:
    """A date or period written in the text, resolved to the days it covers.

    ``kind`` is 'day', 'datetime' (``time`` set, ``begin == end_date``), 'month', 'quarter',
    'period' (several months, a year, 'giai đoạn 2021 - 2025') or 'term' ('nhiệm kỳ 2025 - 2030').
    """

    start: int
    end: int
    text: str
    begin: datetime.date
    end_date: datetime.date
    kind: str
    time: datetime.time | None = None


_F = re.IGNORECASE
_NB = r"(?<![0-9/.,:\-])"  # not inside a longer number or date
_NA = r"(?![0-9]|[/.,:\-–][0-9])"  # not followed by more of one
_SEP_YEAR = r"(?:\s*[/.\-]\s*|\s+năm\s+)"  # 'tháng 7/2025', 'quý 2 năm 2025'
_MONTH_WORDS = r"mười\s+hai|mười\s+một|mười|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín"
_DAY_PREFIX = r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|khuya|rạng\s+sáng)(?:\s+nay)?"
# A weekday: 'thứ Hai', 'thứ 2', 'Chủ nhật' (read ignoring case).
WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def compile_starting(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` behind a look-ahead for the characters ``first`` its matches begin with.

    The same matches (the look-ahead takes no text, and ``first`` holds every character a match
    can begin with), found in about half the time: at each other position the engine fails one
    character test instead of the pattern's look-behinds and alternatives.
    """
    return re.compile(f"(?=[{first}]){pattern}", flags)


_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "datetime",
        compile_starting("0-9n",
            rf"(?:ngày\s+)?{_NB}(?P<d>[0-9]{{1,2}})(?P<s>[/.\-])(?P<m>[0-9]{{1,2}})(?P=s)(?P<y>[0-9]{{4}})"
            rf"(?:\s*[,\-–|]\s*|\s+(?:lúc\s+)?)(?P<H>[0-9]{{1,2}})[:h](?P<MI>[0-9]{{2}}){_NA}",
            _F,
        ),
    ),
    (
        "datetime",
        compile_starting("0-9",
            rf"{_NB}(?P<H>[0-9]{{1,2}})[:h](?P<MI>[0-9]{{2}})(?:\s*[,\-–|]\s*|\s+)(?:ngày\s+)?"
            rf"(?P<d>[0-9]{{1,2}})(?P<s>[/.\-])(?P<m>[0-9]{{1,2}})(?P=s)(?P<y>[0-9]{{4}}){_NA}",
            _F,
        ),
    ),
    (
        "day",
        compile_starting("0-9n",
            rf"(?:ngày\s+)?{_NB}(?P<d>[0-9]{{1,2}})(?P<s>[/.\-])(?P<m>[0-9]{{1,2}})(?P=s)"
            rf"(?P<y>[0-9]{{4}}){_NA}",
            _F,
        ),
    ),
    (
        "day",  # 'từ ngày 22 đến 24-6', 'ngày 22 đến ngày 24/6/2017': a run of days, dated by its first
        compile_starting("tn",
            rf"(?<![^\W_])(?:từ\s+)?ngày\s+{_NB}(?P<d>[0-9]{{1,2}})\s+(?:đến|tới)\s+(?:ngày\s+)?"
            rf"(?P<d2>[0-9]{{1,2}})(?P<s>[/.\-])(?P<m>[0-9]{{1,2}})(?:(?P=s)(?P<y>[0-9]{{4}}))?{_NA}",
            _F,
        ),
    ),
    (
        "day",  # 'ngày 25-26/2/2016', '15-16/6': a run of days, dated by its first
        compile_starting("0-9n",
            rf"(?:ngày\s+)?{_NB}(?P<d>[0-9]{{1,2}})\s*[\-–]\s*[0-9]{{1,2}}(?P<s>[/.])(?P<m>[0-9]{{1,2}})"
            rf"(?:(?P=s)(?P<y>[0-9]{{4}}))?{_NA}",
            _F,
        ),
    ),
    (
        "day",  # 'sáng nay (24.5)', 'hôm qua (23/5)': the day a relative word stands for
        compile_starting("nsctđhkr",
            rf"(?<![^\W_])(?:{_DAY_PREFIX}|hôm)\s+(?:nay|qua|mai)\s*\(\s*(?P<body>(?P<d>[0-9]{{1,2}})[/.\-]"
            rf"(?P<m>[0-9]{{1,2}})(?:[/.\-](?P<y>[0-9]{{4}}))?)\s*\)",
            _F,
        ),
    ),
    (
        "day",  # 'sáng nay, 6.2, Bộ X cho biết': the same, set off by commas
        compile_starting("nsctđhkr",
            rf"(?<![^\W_])(?:{_DAY_PREFIX}|hôm)\s+(?:nay|qua|mai)\s*,\s*(?:ngày\s+)?(?P<body>(?P<d>[0-9]{{1,2}})"
            rf"[/.\-](?P<m>[0-9]{{1,2}})(?:[/.\-](?P<y>[0-9]{{4}}))?)(?=\s*[,;().]|\s*$)",
            _F,
        ),
    ),
    (
        "day",  # 'chiều thứ Hai (22/5)', 'Thứ bảy, ngày 3-6': a weekday, then the day it is ('thứ hai, 3/6
        # người' is an ordinal and a fraction: after a comma only 'ngày' opens the day)
        compile_starting("nsctđhkrvc",
            rf"(?<![^\W_])(?:(?:{_DAY_PREFIX}|vào)\s+)?{WEEKDAY}"
            rf"\s*(?:\(\s*|,\s*ngày\s+)(?P<body>{_NB}(?P<d>[0-9]{{1,2}})[/.\-](?P<m>[0-9]{{1,2}})"
            rf"(?:[/.\-](?P<y>[0-9]{{4}}))?){_NA}",
            _F,
        ),
    ),
    (
        "day",  # 'ngày 18 tháng 7 năm 2025', '18 tháng 7 năm 2025'
        compile_starting("0-9n",
            rf"(?:ngày\s+)?{_NB}(?P<d>[0-9]{{1,2}})\s+tháng\s+(?P<m>[0-9]{{1,2}}){_SEP_YEAR}(?P<y>[0-9]{{4}}){_NA}",
            _F,
        ),
    ),
    (
        "day",  # 'ngày 18 tháng 7' (year from the reference; without 'ngày' it is too loose)
        compile_starting(
            "n", rf"(?<![^\W_])ngày\s+(?P<d>[0-9]{{1,2}})\s+tháng\s+(?P<m>[0-9]{{1,2}}){_NA}", _F
        ),
    ),
    (
        "day",  # 'ngày 18/7', 'Ngày 18-7', 'sáng 18.7'
        compile_starting("nsctđhkr",
            rf"(?:(?<![^\W_])ngày\s+|(?<![^\W_]){_DAY_PREFIX}\s+(?:ngày\s+)?(?P<body>))"
            rf"{_NB}(?P<d>[0-9]{{1,2}})[/.\-](?P<m>[0-9]{{1,2}}){_NA}",
            _F,
        ),
    ),
    (
        "day",  # 'từ 15/7 đến 20/7': a bare day/month with a slash after a linking word
        compile_starting("tđvh",
            rf"(?<![^\W_])(?:từ|đến|tới|và|hôm)\s+(?P<body>{_NB}(?P<d>[0-9]{{1,2}})/(?P<m>[0-9]{{1,2}})){_NA}",
            _F,
        ),
    ),
    (
        "month",
        compile_starting("t",
            rf"(?<![^\W_])tháng\s+(?P<m>[0-9]{{1,2}})(?:{_SEP_YEAR}(?P<y>[0-9]{{4}}))?{_NA}(?!\s*[/.\-]\s*[0-9])",
            _F,
        ),
    ),
    (
        "quarter",
        compile_starting("q",
            rf"(?<![^\W_])qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])(?![^\W_])"
            rf"(?:{_SEP_YEAR}(?P<y>[0-9]{{4}}){_NA})?",
            _F,
        ),
    ),
    (
        "months",  # '6 tháng đầu năm 2025', 'sáu tháng cuối năm', '9 tháng năm 2025'
        compile_starting("0-9mhbnstc",
            rf"(?<![^\W_]){_NB}(?P<n>[0-9]{{1,2}}|{_MONTH_WORDS})\s+tháng\s+"
            rf"(?:(?P<w>đầu|cuối)\s+năm(?:\s+(?P<y>[0-9]{{4}})|\s+nay)?|năm\s+(?P<y2>[0-9]{{4}})){_NA}",
            _F,
        ),
    ),
    (
        "term",
        compile_starting("n",
            rf"(?<![^\W_])nhiệm\s+k[ỳì]\s+(?:(?:từ\s+)?năm\s+)?(?P<y>[0-9]{{4}})\s*[\-–—]\s*(?:năm\s+)?(?P<y2>[0-9]{{4}}){_NA}",
            _F,
        ),
    ),
    (
        "years",  # 'giai đoạn 2021 - 2025', 'từ năm 2021 đến năm 2025'
        compile_starting("gt",
            rf"(?<![^\W_])(?:giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?(?P<y>[0-9]{{4}})\s*[\-–—]\s*"
            rf"|từ\s+năm\s+(?P<y3>[0-9]{{4}})\s+(?:đến|tới)\s+)(?:năm\s+)?(?P<y2>[0-9]{{4}}){_NA}",
            _F,
        ),
    ),
    (
        "year",  # a whole year, reported as kind 'period'
        compile_starting("n", rf"(?<![^\W_])năm\s+(?P<y>[0-9]{{4}}){_NA}(?!\s*[\-–—]\s*[0-9])", _F),
    ),
)
# Kinds whose digits are part of a date rather than a quantity or a plain year.
_BLOCKING_KINDS = frozenset({"datetime", "day", "month", "quarter", "months"})
_LOOKAHEAD_DAYS = 92  # a yearless date more than ~3 months after the reference is last year's


def _month_words_value(word: str) -> int | None:
    words = nfc(word).lower().split()
    if words[0].isdigit():
        return int(words[0])
    parsed = _parse_number_words(words, 0)
    return parsed[0] if parsed and parsed[1] == len(words) else None


def _infer_year(month: int, day: int, reference: datetime.date) -> datetime.date:
    """Return the date of day/month nearest before (or up to ~3 months after) the reference."""
    candidate = datetime.date(reference.year, month, day)
    if (candidate - reference).days > _LOOKAHEAD_DAYS:
        candidate = datetime.date(reference.year - 1, month, day)
    return candidate


def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _resolve(
    kind: str, match: re.Match[str], reference: datetime.date | None
) -> tuple[str, datetime.date, datetime.date, datetime.time | None] | None:
    """Turn one pattern match into (kind, begin, end, time); None when it names no real date."""
    groups = match.groupdict()
    year = groups.get("y") or groups.get("y3")
    if kind in ("day", "datetime"):
        day, month = int(groups["d"]), int(groups["m"])
        if groups.get("d2") and int(groups["d2"]) < day:
            return None  # 'từ ngày 28 đến 3-7' starts in the month before the one written
        if year:
            when = datetime.date(int(year), month, day)
        elif reference is None:
            return None  # a reproducible build never guesses the year from the clock
        else:
            when = _infer_year(month, day, reference)
        clock = None
        if kind == "datetime":
            clock = datetime.time(int(groups["H"]), int(groups["MI"]))
        return kind, when, when, clock
    if kind == "month":
        month = int(groups["m"])
        if year:
            first = datetime.date(int(year), month, 1)
        elif reference is None:
            return None
        else:
            first = _infer_year(month, 1, reference)
        return "month", first, _last_day(first.year, month), None
    if kind == "quarter":
        q = groups["q"].lower()
        quarter = _ROMAN.get(q) or int(q)
        if year:
            y = int(year)
        elif reference is None:
            return None
        else:
            y = _infer_year(3 * quarter - 2, 1, reference).year
        return "quarter", datetime.date(y, 3 * quarter - 2, 1), _last_day(y, 3 * quarter), None
    if kind == "months":
        months = _month_words_value(groups["n"])
        y_text = year or groups.get("y2")
        if months is None or not 1 <= months <= 12:
            return None
        if y_text:
            y = int(y_text)
        elif reference is None:
            return None
        else:
            y = reference.year
        if (groups.get("w") or "đầu").lower() == "cuối":
            return "period", datetime.date(y, 13 - months, 1), datetime.date(y, 12, 31), None
        return "period", datetime.date(y, 1, 1), _last_day(y, months), None
    if kind in ("term", "years"):
        first, last = int(year), int(groups["y2"])  # type: ignore[arg-type]
        if last < first:
            return None
        kind_out = "term" if kind == "term" else "period"
        return kind_out, datetime.date(first, 1, 1), datetime.date(last, 12, 31), None
    if kind == "year":
        y = int(year)  # type: ignore[arg-type]
        return "period", datetime.date(y, 1, 1), datetime.date(y, 12, 31), None
    return None


@lru_cache(maxsize=256)  # a report's text is searched twice (two references), a sentence by several passes
def _candidates(text: str) -> tuple[tuple[int, int, str, re.Match[str]], ...]:
    """Return (start, end, pattern kind, match) for every date pattern hit."""
    found = []
    for kind, pattern in _DATE_PATTERNS:
        has_body = "body" in pattern.groupindex
        for match in pattern.finditer(text):
            # A 'body' group marks where the span starts when a leading word ('sáng') is context.
            start = match.start("body") if has_body and match.start("body") >= 0 else match.start()
            found.append((start, match.end(), kind, match))
    return tuple(found)


def _date_blocks(text: str) -> list[tuple[int, int]]:
    """Return spans whose digits belong to dates (resolvable or not), for ``find_numbers``."""
    if not any(map(str.isdigit, text)) and "tháng" not in text.lower():
        return []
    # What _candidates finds of the blocking kinds, in its order, without running the other
    # kinds' patterns: every sentence's numbers ask, and no one else asks for a sentence's dates.
    found = []
    for kind, pattern in _DATE_PATTERNS:
        if kind not in _BLOCKING_KINDS:
            continue
        has_body = "body" in pattern.groupindex
        for match in pattern.finditer(text):
            start = match.start("body") if has_body and match.start("body") >= 0 else match.start()
            found.append((start, match.end()))
    return found


def find_dates(text: str, reference: datetime.date | None = None) -> list[DateMatch]:
    """Return the dates and periods written in ``text``, in order and without overlaps.

    Day and month forms without a year take the reference's year (or the previous year when
    that would land more than ~3 months after the reference); without a reference they are
    skipped rather than guessed.  Impossible dates ('31/2/2025') are skipped.
    """
    found: list[tuple[int, int, DateMatch]] = []
    for start, end, kind, match in _candidates(text):
        try:
            resolved = _resolve(kind, match, reference)
        except (ValueError, OverflowError):
            continue
        if resolved is None:
            continue
        kind_out, begin, end_date, clock = resolved
        found.append((start, -end, DateMatch(start, end, text[start:end], begin, end_date, kind_out, clock)))
    found.sort(key=lambda item: (item[0], item[1]))
    out: list[DateMatch] = []
    for _, _, item in found:
        if out and item.start < out[-1].end:
            continue  # leftmost-longest wins: 'tháng 7 năm 2025' over 'năm 2025'
        out.append(item)
    return out


# A year alone or closing a date ('2017', '4/2017', '7/4/2017'), not inside a document number.
_YEAR_RE = compile_starting(
    "0-9", r"(?<![0-9/.,\-])(?:[0-9]{1,2}[/.\-]){0,2}(19[5-9][0-9]|20[0-9]{2})(?![0-9]|/[^\W_])"
)
# Where a year is the story's own: a holiday of that year, a period running now, a deadline ahead.
_CURRENT_YEAR_RES = (
    compile_starting(
        "T",
        r"(?<![^\W_])Tết(?:\s+Nguyên\s+[Đđ]án)?(?:\s+[A-ZĐ]\w*\s+[A-ZĐ]\w*)?(?:\s+năm)?\s+(?P<y>[0-9]{4})",
    ),
    compile_starting("0-9mhbnstc",
        rf"(?<![^\W_])(?:[0-9]{{1,2}}|{_MONTH_WORDS})\s+tháng\s+(?:đầu|cuối)\s+năm\s+(?P<y>[0-9]{{4}})", _F
    ),
    compile_starting("n", r"(?<![^\W_])năm\s+nay\s*\(?\s*(?P<y>[0-9]{4})", _F),
    compile_starting("kntcp",
        r"(?<![^\W_])(?:kế\s+hoạch|nhiệm\s+vụ|trọng\s+tâm|chỉ\s+tiêu|phấn\s+đấu)\s[^.;:]{0,120}?"
        r"trong\s+năm\s+(?P<y>[0-9]{4})(?![0-9])",
        _F,
    ),
)
# A deadline ahead: 'trước ngày 15/6/2017', 'từ nay đến hết quý I năm 2017' (it may lie years ahead).
_DEADLINE_YEAR_RES = (
    compile_starting("tđ",
        r"(?<![^\W_])(?:trước\s+(?=ngày)|(?:đến|tới)\s+hết\s+|từ\s+nay\s+đến\s+hết\s+)"
        r"(?:ngày\s+[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-]|(?:quý|tháng)\s+(?:[0-9]{1,2}|IV|I{1,3})(?:\s*[/.\-]\s*|\s+năm\s+)"
        r"|năm\s+)(?P<y>[0-9]{4})",
        _F,
    ),
    # 'sẽ hoàn thành trong tháng 8.2017': a plan's month, ahead of the story.
    compile_starting("sd",
        r"(?<![^\W_])(?:sẽ|dự\s+kiến)\s[^.;:]{0,60}?(?:trong|vào)\s+tháng\s+[0-9]{1,2}\s*[/.\-]\s*(?P<y>[0-9]{4})",
        _F,
    ),
)
# A year written as a year ('năm 2017') or closing a date ('7/4/2017'), not in a name ('Luật 2015').
_NAMED_YEAR_RE = compile_starting("n0-9",
    r"(?:(?<![^\W_])năm\s+|(?<![0-9])[0-9]{1,2}[/.\-])((?:19|20)[0-9]{2})(?![0-9])", _F
)
# Years that say nothing of when a story is told: births, targets and bounds ('SN 1990', 'đến năm 2020').
_OTHER_TIME_RE = re.compile(
    r"(?:(?<![^\W_])SN|sinh(?:\s+năm)?|năm\s+sinh|(?:đến|tới|trước|sau|từ)\s+(?:hết\s+)?(?:năm)?"
    r"|so\s+với(?:\s+cùng\s+kỳ)?(?:\s+năm)?)\s*$",
    _F,
)
# The year a plan or an orientation is for: 'kế hoạch thanh tra năm 2018', 'định hướng công tác năm 2018'.
_PLAN_YEAR_RE = compile_starting("kđpn",
    r"(?<![^\W_])(?:kế\s+hoạch|định\s+hướng|phương\s+hướng|nhiệm\s+vụ)(?:\s+[^\s.;:,]+){0,6}?\s+năm\s+"
    r"(?:19|20)[0-9]{2}(?![0-9])",
    _F,
)
# A sentence that speaks of now or of what is to come: the years it names are not all past.
_NOW_RE = compile_starting("stnh", r"(?<![^\W_])(?:sắp\s+tới|từ\s+nay|năm\s+nay|hôm\s+nay)(?![^\W_])", _F)
# The same words without their bounds: where these are nowhere in a text, no sentence of it has them.
_NOW_WORDS_RE = compile_led(r"sắp\s+tới|từ\s+nay|năm\s+nay|hôm\s+nay", _F)
_SPAN_OF_YEARS_RE = compile_led(
    r"(?:(?:nhiệm\s+kỳ|giai\s+đoạn|từ\s+năm)\s+)?[0-9]{4}\s*[\-–—]\s*[0-9]{4}"
    r"|(?:nhiệm\s+kỳ|giai\s+đoạn|từ\s+năm)\s+[0-9]{4}",
    _F,
)


def stated_year(text: str) -> int | None:
    """Return the year the text states as its own (the reference for yearless dates), or None.

    Only a year written where it must be the story's present counts: a holiday of that year
    ('Tết Nguyên đán 2017'), a running period ('6 tháng đầu năm 2017'), a deadline ahead
    ('trước ngày 15/6/2017'), or a sentence about now or plans ('sắp tới', 'năm nay').  Years of
    past facts ('năm 2007', 'ngày 9-9-2016') alone say nothing of when the story was written.
    """
    years: list[int] = []
    for pattern in _CURRENT_YEAR_RES:
        years += [int(m.group("y")) for m in pattern.finditer(text)]
    # Splitting the text into sentences costs more than all the searches here: only when needed.
    for sentence in sentences(text) if _NOW_WORDS_RE.search(text) else ():
        chunk = text[sentence.start : sentence.end]
        if _NOW_RE.search(chunk):
            years += _story_years(chunk, _NAMED_YEAR_RE)
    deadlines = [m for pattern in _DEADLINE_YEAR_RES for m in pattern.finditer(text)]
    if deadlines:
        rest = text
        for m in deadlines:
            rest = rest.replace(m.group(), " ")
        others = _story_years(rest)
        # A deadline years ahead of everything else the story names is not the story's year.
        years += [y for y in (int(m.group("y")) for m in deadlines) if not others or y <= max(others)]
    if not years:
        return None
    year = max(years)
    # A later year written elsewhere means the cue was about the past after all; a plan's year is
    # ahead of the story ('sơ kết 6 tháng đầu năm 2017 ... kế hoạch thanh tra năm 2018').
    return year if max(_story_years(_PLAN_YEAR_RE.sub(" ", text)), default=year) <= year else None


def _story_years(text: str, pattern: re.Pattern[str] = _YEAR_RE) -> list[int]:
    """Return the years written in ``text`` but for spans, births, targets, bounds and bases."""
    text = _SPAN_OF_YEARS_RE.sub(" ", text)
    return [
        int(m.group(1))
        for m in pattern.finditer(text)
        if not _OTHER_TIME_RE.search(text, max(0, m.start() - 16), m.start())
    ]


def parse_date(text: str, reference: datetime.date | None = None) -> DateMatch | None:
    """Return the first date or period in ``text``, or None."""
    dates = find_dates(text, reference)
    return dates[0] if dates else None


# Words that stand for a day without writing it: the day of publication ('hôm qua', 'sáng nay') or
# the day told just before ('hôm sau', 'cùng ngày'). 'sáng nay (24.5)', which writes it, is a date
# pattern above.
RELATIVE_DAY_RE = re.compile(
    r"(?<![^\W_])(?P<w>hôm\s+sau|ngày\s+hôm\s+sau|tối\s+hôm\s+sau|sáng\s+hôm\s+sau|cùng\s+ngày"
    r"|trong\s+(?:sáng|chiều|tối)\s+cùng\s+ngày|hôm\s+qua|hôm\s+kia"
    r"|(?:sáng|chiều|trưa|tối|đêm|khuya)\s+(?:qua|nay)|hôm\s+nay)(?![^\W_])",
    _F,
)


def relative_day(
    word: str, published: datetime.date | None, previous: datetime.date | None = None
) -> datetime.date | None:
    """Return the day a relative word (a ``RELATIVE_DAY_RE`` match) stands for, or None.

    'hôm qua', 'đêm qua' are the day before ``published``, 'hôm kia' the day before that, 'sáng nay'
    that day; 'hôm sau' is the day after ``previous`` (the day the text told last), 'cùng ngày' that
    day, else the day of publication.
    """
    word = " ".join(word.lower().split())
    if "sau" in word or "cùng" in word:
        if previous is not None:
            return previous + datetime.timedelta(days=1 if "sau" in word else 0)
        return published if "cùng" in word else None
    if published is None:
        return None
    days_back = 2 if "kia" in word else 1 if "qua" in word else 0
    return published - datetime.timedelta(days=days_back)


# --------------------------------------------------------------------------------------------
# Cues around numbers: qualifier, direction, comparison base
# --------------------------------------------------------------------------------------------

QUALIFIERS: dict[str, str] = {
    "hơn": "more-than",
    "trên": "more-than",
    "nhiều hơn": "more-than",
    "gần": "nearly",
    "xấp xỉ": "nearly",
    "ngót": "nearly",
    "gần như": "nearly",
    "khoảng": "about",
    "chừng": "about",
    "khoảng chừng": "about",
    "ước": "about",
    "ước tính": "about",
    "ước khoảng": "about",
    "ước đạt": "about",
    "trên dưới": "about",
    "ít nhất": "at-least",
    "tối thiểu": "at-least",
    "không dưới": "at-least",
    "không ít hơn": "at-least",
    "tối đa": "at-most",
    "không quá": "at-most",
    "không vượt quá": "at-most",
    "dưới": "at-most",
    "chưa đến": "at-most",
    "chưa tới": "at-most",
    "nhiều nhất": "at-most",
}


def _alternation(phrases: Iterable[str]) -> str:
    """Return a regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in ordered)


_QUALIFIER_RE = compile_led(rf"(?<![^\W_])(?P<q>{_alternation(QUALIFIERS)})\s*\Z", re.IGNORECASE)
_QUALIFIER_WINDOW = 24

DIRECTIONS: dict[str, str] = {
    "tăng": "increase",
    "tăng thêm": "increase",
    "tăng lên": "increase",
    "gia tăng": "increase",
    "tăng trưởng": "increase",
    "vượt": "increase",
    "vượt mức": "increase",
    "giảm": "decrease",
    "kéo giảm": "decrease",
    "giảm được": "decrease",
    "giảm xuống": "decrease",
    "giảm đi": "decrease",
    "sụt giảm": "decrease",
    "suy giảm": "decrease",
    "hạ": "decrease",
    "hạ xuống": "decrease",
}
_DIRECTION_RE = re.compile(rf"(?<![^\W_])(?:{_alternation(DIRECTIONS)})(?![^\W_])", re.IGNORECASE)
# What may stand between a direction word and its number: 'giảm được 12 vụ', 'tăng gần 5%'.
_GAP_WORDS = {
    "được", "còn", "xuống", "lên", "thêm", "tới", "đến", "mạnh", "nhẹ", "sâu", "đi", "lần lượt",
    "tương ứng", "mức", "ở mức", "là", "chỉ", "chỉ còn", "gấp", "hơn nữa", "đáng kể", "tương đương",
    *QUALIFIERS,
}  # fmt: skip
_GAP_RE = re.compile(rf"(?:\s+(?:{_alternation(_GAP_WORDS)}))*\s*", re.IGNORECASE)
# Clause breaks; a '.' or ',' between digits is part of a number ('12,35', '38.250').
_CLAUSE_BREAK_RE = compile_led(r"[;:!?\n\r()“”\"]|[.,](?![0-9])|(?<![0-9])[.,]")
_DIRECTION_WINDOW = 40


def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """Return (qualifier, start) of the qualifier written right before ``pos`` ('hơn 100')."""
    match = _QUALIFIER_RE.search(text, max(0, pos - _QUALIFIER_WINDOW), pos)
    if match is None:
        return None
    phrase = " ".join(nfc(match.group("q")).lower().split())
    return QUALIFIERS[phrase], match.start()


def _clause_start(text: str, pos: int, window: int) -> int:
    """Return where the clause containing ``pos`` starts, looking back at most ``window`` chars."""
    lo = max(0, pos - window)
    last = lo
    for match in _CLAUSE_BREAK_RE.finditer(text, lo, pos):
        last = match.end()
    return last


def direction_near(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """Return (direction, cue start, cue end) for the change word before the number at start:end.

    The cue must sit in the same clause, at most ~40 characters before the number, with only
    small words between ('giảm 12,35%', 'kéo giảm 27,5%', 'tăng thêm gần 5%', 'giảm được 12 vụ').
    So 'công tác giảm nghèo đạt 100 hộ' and 'tăng cường 500 cán bộ' give no direction.
    """
    if not 0 <= start <= end <= len(text):
        return None
    lo = _clause_start(text, start, _DIRECTION_WINDOW)
    best = None
    for match in _DIRECTION_RE.finditer(text, lo, start):
        if _GAP_RE.fullmatch(text, match.end(), start):
            best = match
    if best is None:
        return None
    phrase = " ".join(nfc(best.group()).lower().split())
    return DIRECTIONS[phrase], best.start(), best.end()


COMPARISONS = ("same-period-last-year", "period-immediately-before-merger", "previous-period", "plan")

_CMP_START_RE = compile_led(
    r"(?<![^\W_])(?:(?P<so>so(?:\s+sánh)?(?:\s+với)?)|(?P<vuot>vượt))(?![^\W_])",
    re.IGNORECASE,
)
_MERGER_RE = re.compile(r"(?<![^\W_])(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp)(?![^\W_])", re.IGNORECASE)
_SAME_RE = re.compile(
    r"(?<![^\W_])cùng\s+(?:kỳ|kì|thời\s+điểm|thời\s+gian)"
    r"(?:\s+(?:của\s+)?năm\s+(?:trước|ngoái|qua|[0-9]{4})|\s+[0-9]{4})?(?![^\W_])",
    re.IGNORECASE,
)
_PLAN_RE = re.compile(
    r"\s*(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu)(?:\s+(?:của\s+)?năm(?:\s+(?:[0-9]{4}|nay))?)?"
    r"(?![^\W_])",
    re.IGNORECASE,
)
_PREVIOUS_RE = re.compile(
    r"\s*(?:(?:cùng\s+)?(?:kỳ|kì|quý|tháng|tuần|năm|đợt|giai\s+đoạn|thời\s+điểm)\s+"
    r"(?:liền\s+kề(?:\s+trước)?|trước(?:\s+đó)?|ngoái|vừa\s+qua)"
    r"|năm\s+ngoái|liền\s+kề(?:\s+trước)?|trước\s+đó|đầu\s+năm(?:\s+[0-9]{4}|\s+nay)?)(?![^\W_])",
    re.IGNORECASE,
)
_PARALLEL_RE = re.compile(
    rf"(?<![^\W_])(?:{_alternation(DIRECTIONS)})(?:\s+(?:{_alternation(_GAP_WORDS)}))*\s*[0-9]",
    re.IGNORECASE,
)
_NUMBER_BEFORE_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*(?:\s?%|\s+phần\s+trăm)?\Z", re.IGNORECASE)
_PERCENT_BEFORE_RE = re.compile(r"(?:%|phần\s+trăm)\Z", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[;\n\r!?…]|\.(?![0-9])")
_BASE_SPAN = 80  # how far after 'so với' the base may be spelt out


def _classify_base(text: str, start: int, limit: int) -> tuple[str, int] | None:
    """Classify the comparison base written from ``start``; return (base, end offset)."""
    comma = text.find(",", start, limit)
    stop = min(limit, start + _BASE_SPAN, comma if comma >= 0 else limit)
    merger = _MERGER_RE.search(text, start, stop)
    if merger:
        return "period-immediately-before-merger", merger.end()
    same = _SAME_RE.search(text, start, stop)
    if same:
        return "same-period-last-year", same.end()
    plan = _PLAN_RE.match(text, start, stop)
    if plan:
        return "plan", plan.end()
    previous = _PREVIOUS_RE.match(text, start, stop)
    if previous:
        return "previous-period", previous.end()
    lead = len(text[start:stop]) - len(text[start:stop].lstrip())
    # Any reference will do: only whether a date starts the base matters, not which one.
    for date in find_dates(text[start + lead : stop], datetime.date(2000, 1, 1)):
        if date.start == 0:
            return "previous-period", start + lead + date.end
        break
    return None


_COMPARISON_REACH = 400


def comparison_after(text: str, pos: int, shared: bool = True) -> tuple[str, int, int] | None:
    """Return (base, start, end) of the comparison written after the number ending at ``pos``.

    Bases: 'same-period-last-year' ('so với cùng kỳ [năm trước|năm 2024]'),
    'period-immediately-before-merger' ('so với liền kề trước sáp nhập'), 'previous-period'
    ('so với kỳ trước', 'so với quý trước', 'so với 6 tháng cuối năm 2024') and 'plan'
    ('so với kế hoạch', 'vượt kế hoạch', '95% kế hoạch').  The search stops at the clause end
    (';', a sentence end, a line end, or ', ' + a clause of another kind).  With ``shared``, a
    base after a series of parallel changes applies to each of them: in 'A giảm 22,6%, B giảm
    20% so với X', the 22,6% is compared with X too, provided that number has a direction cue.
    """
    if not 0 <= pos <= len(text):
        return None
    # A base is written within a few clauses of its number; a bound keeps long texts linear.
    end_match = _CLAUSE_END_RE.search(text, pos, pos + _COMPARISON_REACH)
    limit = end_match.start() if end_match else min(len(text), pos + _COMPARISON_REACH)
    after_percent = _PERCENT_BEFORE_RE.search(text, max(0, pos - 40), pos)
    plan = _PLAN_RE.match(text, pos, limit) if after_percent else None
    if plan:  # '95% kế hoạch' (but '5 chỉ tiêu' counts five targets)
        return "plan", _skip_space(text, pos), plan.end()
    for match in _CMP_START_RE.finditer(text, pos, limit):
        between = text[pos : match.start()]
        if "," in between and (not shared or not _shares_base(text, pos, between)):
            return None
        if match.group("so"):
            if match.group("so").lower() == "so" and not _SAME_RE.match(text, _skip_space(text, match.end())):
                continue  # a bare 'so' is only a comparison in 'so cùng kỳ'
            base = _classify_base(text, match.end(), limit)
            return (base[0], match.start(), base[1]) if base else None
        plan = _PLAN_RE.match(text, match.end(), limit)
        if plan:  # 'vượt kế hoạch', 'vượt chỉ tiêu'
            return "plan", match.start(), plan.end()
    return None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _shares_base(text: str, pos: int, between: str) -> bool:
    """Return whether a base after ``between`` also applies to the number ending at ``pos``."""
    segments = between.split(",")
    if len(segments[0].split()) > 2:
        return False  # the number's own clause goes on: 'đạt 500 tỷ đồng thu ngân sách, ...'
    if not all(_PARALLEL_RE.search(seg) for seg in segments[1:]):
        return False
    number = _NUMBER_BEFORE_RE.search(text, max(0, pos - 30), pos)
    start = number.start() if number else pos
    return direction_near(text, start, pos) is not None
