"""compile_led: the same matches as the plain pattern, behind a look-ahead for their first characters."""

import re

import pytest

from graph.regex_lead import compile_led, first_chars

TEXT = "Ngày 3/4, Công an huyện đã khởi tố; bị can Nguyễn Văn A (SN 1990) bị bắt... vụ án: X, Y và Z."


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        (r"(?<![^\W_])(?:đã|vừa)\s+\w+", re.IGNORECASE, "vđ"),
        (r"\s*(?:;|:|\.\.\.|,?\s+và)", 0, r"\,\.\:\;\s"),
        (r"(?:[0-9]+|hai|ba)\s+người", 0, "0-9bh"),
        (r"(?-i:vụ)\s+án", re.IGNORECASE, "v"),
    ],
)
def test_first_chars(pattern: str, flags: int, first: str) -> None:
    assert first_chars(pattern, flags) == first
    plain, led = re.compile(pattern, flags), compile_led(pattern, flags)
    assert led.pattern.startswith("(?=[")
    assert [m.span() for m in led.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert [m.span() for m in led.finditer(TEXT, 5, 40)] == [m.span() for m in plain.finditer(TEXT, 5, 40)]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\s*", 0),  # matches an empty string: its matches begin with no character
        (r"(?:x)?", 0),
        (r".bị", 0),  # any character
        (r"[^\W\d_]+", 0),  # a negated set
        (r"(?i:bị)", 0),  # case folded inside a case-sensitive pattern
        (r"(?i)bị|được", 0),  # a global flag must stay first: compiled as it is
    ],
)
def test_unknown_first_characters_compile_as_they_are(pattern: str, flags: int) -> None:
    assert compile_led(pattern, flags).pattern == pattern
