"""Tokens with offsets into the original text, and the word classes rules test them against."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = [
    "Token", "tokenize", "is_capitalised", "is_abbreviation", "capital_run", "LEVEL_WORDS", "HYPHENS",
    "phrase_at", "phrase_before", "field_initials", "is_brand", "FOREIGN_ENDINGS", "is_foreign_word",
    "index_after",
]

# A syllable, a number in Vietnamese notation (38.250, 12,35) with an optional %, or one punctuation mark.
# Letters may end in digits ('PC06', 'A05': unit codes).
# 'T.Ư' (Trung ương) is one word: split, its dot would end a unit's name ('Ban Tổ chức T.Ư Đảng').
_TOKEN = re.compile(r"(?<![.\w])T\.[ƯW](?!\w)|\d+(?:[.,]\d+)*%?|[^\W\d_]+\d*|[^\w\s]")
_ABBREVIATION = re.compile(r"^[A-ZĐ][A-ZĐ0-9]+$|^[A-ZĐ][a-z]?[A-ZĐ]+$")

# Words that name an administrative level before a place name: 'tỉnh Nghệ An', 'TP Đà Nẵng'.
LEVEL_WORDS = (
    ("thành", "phố"),
    ("thị", "xã"),
    ("thị", "trấn"),
    ("đặc", "khu"),
    ("tỉnh",),
    ("tp",),
    ("tx",),
    ("xã",),
    ("phường",),
    ("huyện",),
    ("quận",),
)


class _TokenFields(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # the text in lower case
    is_word: bool  # whether it starts with a letter


class Token(_TokenFields):
    """One token: its text and where it sits in the original report.

    A named tuple, not a frozen dataclass: a report makes thousands (every sentence is tokenized) and
    reads their fields many times over, and a tuple is made and read faster.
    """

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int, lower: str = "", is_word: bool | None = None) -> Token:
        # (``is_word`` given too when a copy or a pickle makes the token again from its five fields)
        is_word = text[:1].isalpha() if is_word is None else is_word
        return super().__new__(cls, text, start, end, lower or text.lower(), is_word)

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets index ``text``."""
    end = len(text) if end is None else end
    # The same Tokens as Token(g, start, end), made as tuples without a call of Token.__new__ each.
    make = tuple.__new__
    out = []
    for m in _TOKEN.finditer(text, start, end):
        g = m.group()
        s, e = m.span()
        out.append(make(Token, (g, s, e, g.lower(), g[:1].isalpha())))
    return out


def is_capitalised(token: Token) -> bool:
    """Whether a word starts with a capital letter."""
    return token.text[:1].isupper()


def is_abbreviation(token: Token) -> bool:
    """Whether a word is written as an abbreviation: 'UBND', 'HĐND', 'TP', 'GPLX'."""
    return bool(_ABBREVIATION.match(token.text.rstrip(".")))


def capital_run(tokens: list[Token], i: int) -> int:
    """Return how many capitalised words follow one another from ``tokens[i]``."""
    n = 0
    while i + n < len(tokens) and tokens[i + n].is_word and is_capitalised(tokens[i + n]):
        n += 1
    return n


HYPHENS = {"-", "–", "—"}


_INDEXES: dict[tuple[int, bool], tuple[object, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _index(phrases: tuple[tuple[str, ...], ...], last: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Group phrases by their first (or last) word, so a look-up tries only those that can match."""
    # Keyed by identity: hashing a tuple of tuples on each of the many calls a report makes cost
    # more than the look-up itself. The phrases are kept in the entry so their id stays theirs.
    known = _INDEXES.get((id(phrases), last))
    if known is not None and known[0] is phrases:
        return known[1]
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        out.setdefault(words[-1] if last else words[0], []).append(words)
    index = {w: tuple(group) for w, group in out.items()}
    _INDEXES[(id(phrases), last)] = (phrases, index)
    return index


def phrase_at(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Return the index after the longest of ``phrases`` written at tokens[i], or i."""
    best = i
    if i >= len(tokens):
        return best
    for words in _index(phrases, False).get(tokens[i].lower, ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].lower == words[k] for k in range(1, n)):
            best = max(best, i + n)
    return best


def phrase_before(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Return the index where the longest of ``phrases`` ending at tokens[i - 1] starts, or i."""
    best = i
    if i < 1:
        return best
    for words in _index(phrases, True).get(tokens[i - 1].lower, ()):
        n = len(words)
        if i - n >= 0 and all(tokens[i - n + k].lower == words[k] for k in range(n - 1)):
            best = min(best, i - n)
    return best


def field_initials(tokens: list[Token], k: int) -> int:
    """Return how many tokens from tokens[k] spell a field in initials: 'NN-PTNT', 'GD&ĐT', 'KH-CN'."""
    if k >= len(tokens) or not is_abbreviation(tokens[k]):
        return 0
    end = k + 1
    while (
        end + 1 < len(tokens)
        and tokens[end].text in ("-", "&")
        and tokens[end].start == tokens[end - 1].end
        and is_abbreviation(tokens[end + 1])
    ):
        end += 2
    return end - k


def is_brand(tok: Token) -> bool:
    """Whether a word is written as a brand or an abbreviation: 'PVTex', 'LienVietPostBank', 'BIDV'."""
    text = tok.text
    if not (tok.is_word and text[:1].isupper() and len(text) >= 3):
        return False
    # Two capitals ('PVTex', 'BIDV'), or longer than any Vietnamese syllable ('Oceanbank', 'Deloitte').
    return sum(c.isupper() for c in text) >= 2 or len(text) > 7


FOREIGN_ENDINGS = re.compile(r"[bdfgjklqrsvwxz]$|[fjwz]")


def is_foreign_word(tok: Token) -> bool:
    """Whether a capitalised word cannot be a Vietnamese syllable ('Grab', 'Uber'), so names a brand."""
    text = tok.text
    return (
        tok.is_word
        and text[:1].isupper()
        and len(text) >= 3
        and not text.endswith("ng")
        and FOREIGN_ENDINGS.search(text.lower()) is not None
    )


def index_after(tokens: list[Token], offset: int) -> int:
    """Return the index of the first token starting at or after ``offset`` (len(tokens) if none)."""
    return next((n for n, t in enumerate(tokens) if t.start >= offset), len(tokens))
