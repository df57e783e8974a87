"""Tokens with offsets into the original text, and the word classes rules test them against."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

__all__ = ["Token", "tokenize", "is_capitalised", "is_abbreviation", "capital_run", "LEVEL_WORDS"]

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


@dataclass(frozen=True)
class Token:
    """One token: its text and where it sits in the original report."""

    text: str
    start: int
    end: int
    lower: str = ""  # the text in lower case, computed once

    def __post_init__(self) -> None:
        if not self.lower:
            object.__setattr__(self, "lower", self.text.lower())

    @cached_property  # read thousands of times a report: tokenize fills it in, like ``lower``
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets index ``text``."""
    end = len(text) if end is None else end
    # The same Tokens as Token(g, start, end, g.lower()), made without the frozen dataclass's
    # __init__ (a field at a time, then __post_init__): a report makes thousands (every sentence
    # is tokenized). Made in bulk, then filled: ~12 % less than one at a time.
    matches = list(_TOKEN.finditer(text, start, end))
    new, put = object.__new__, object.__setattr__
    out = [new(Token) for _ in matches]
    for token, m in zip(out, matches, strict=True):
        g = m.group()
        s, e = m.span()
        fields = {"text": g, "start": s, "end": e, "lower": g.lower(), "is_word": g[:1].isalpha()}
        put(token, "__dict__", fields)
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
