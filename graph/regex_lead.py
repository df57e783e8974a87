"""Compile a regex behind a look-ahead for the characters its matches can begin with.

A pattern that opens with a look-behind or an optional part ('(?<![^\\W_])đã', '\\s*;', a group of
alternatives) gives the regex engine no first character to skip ahead to: a search tries the whole
pattern at every position of the text. ``(?=[...])`` in front of it, holding every character a match
can begin with, fails at once at the other positions. The matches are the same: the look-ahead takes
no text, and it lets through every character a match starts with. The characters are read from the
pattern itself (by the parser of Python's own ``re``), so they stay right when its words change.
"""

from __future__ import annotations

import re

try:  # Python 3.11 and later
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["compile_led", "first_chars"]

_CATEGORIES = {
    getattr(_sre, name): escape
    for name, escape in (
        ("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"), ("CATEGORY_SPACE", r"\s"),
        ("CATEGORY_NOT_SPACE", r"\S"), ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W"),
        ("CATEGORY_UNI_DIGIT", r"\d"), ("CATEGORY_UNI_NOT_DIGIT", r"\D"), ("CATEGORY_UNI_SPACE", r"\s"),
        ("CATEGORY_UNI_NOT_SPACE", r"\S"), ("CATEGORY_UNI_WORD", r"\w"), ("CATEGORY_UNI_NOT_WORD", r"\W"),
    )
}  # fmt: skip
_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)
_REPEATS = tuple(
    getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)
)


class _Unknown(Exception):
    """A part of the pattern whose first characters are not read here (any character, a negated set)."""


def _char(code: int) -> str:
    """Return a character as it may stand in a character class."""
    char = chr(code)
    return char if char.isalnum() else "\\" + char


def _sequence(items: list, flags: int) -> tuple[set[str], bool]:
    """Return the class items a match of a sequence can begin with, and whether it can match nothing."""
    first: set[str] = set()
    for op, av in items:
        chars, empty = _item(op, av, flags)
        first |= chars
        if not empty:
            return first, False
    return first, True


def _item(op, av, flags: int) -> tuple[set[str], bool]:  # noqa: ANN001 - the parser's own tuples
    """Return the class items a match of one parsed item can begin with, and whether it can be empty."""
    if op is _sre.LITERAL:
        return {_char(av)}, False
    if op is _sre.IN:
        chars = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(_char(value))
            elif kind is _sre.RANGE:
                chars.add(f"{_char(value[0])}-{_char(value[1])}")
            elif kind is _sre.CATEGORY and value in _CATEGORIES:
                chars.add(_CATEGORIES[value])
            else:
                raise _Unknown  # a negated set, '[^\W\d_]': no class of its own to add to the others
        return chars, False
    if op is _sre.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            more, none = _sequence(alternative, flags)
            chars, empty = chars | more, empty or none
        return chars, empty
    if op is _sre.SUBPATTERN:
        _, add_flags, _, items = av
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            raise _Unknown  # '(?i:...)' inside a case-sensitive pattern: the look-ahead would be stricter
        return _sequence(items, flags)
    if op in _REPEATS:
        low, _, items = av
        chars, empty = _sequence(items, flags)
        return chars, empty or low == 0
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av, flags)
    if op in _ZERO_WIDTH:
        return set(), True  # a look-around or an anchor takes no character: what follows begins the match
    raise _Unknown  # any character, a back-reference, a condition


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """Return the body of a character class holding every character a match can begin with.

    None when that is not known, or when the pattern can match an empty string (its matches begin
    with no character at all).
    """
    try:
        parsed = _sre_parse.parse(pattern, flags)
        chars, empty = _sequence(list(parsed), flags | parsed.state.flags)
    except _Unknown:
        return None
    return None if empty or not chars else "".join(sorted(chars))


def compile_led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` behind a look-ahead for the characters its matches can begin with.

    For patterns searched through long texts that open with a look-behind or alternatives; a pattern
    whose first characters are not known is compiled as it is.
    """
    first = first_chars(pattern, flags)
    if first is not None:
        try:
            return re.compile(f"(?=[{first}])(?:{pattern})", flags)
        except re.error:
            pass  # '(?i)' at its start must stay first: the pattern as it is
    return re.compile(pattern, flags)
