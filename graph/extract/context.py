"""What every extraction pass shares about one report: text, tokens, gazetteer matchers, defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph.facts import Span
from graph.gazetteer import GAZETTEER_DIR, Entry, Gazetteer
from graph.gazetteer import load as load_gazetteer
from graph.text import nfc, sentences

from .tokens import LEVEL_WORDS, Token, is_capitalised, tokenize

__all__ = ["Context", "PhraseMatcher", "Lexicon", "lexicon"]

LEVEL_FIRST_WORDS = {words[0] for words in LEVEL_WORDS}


class PhraseMatcher:
    """Find the longest gazetteer phrase that starts at a token, ignoring case after its first word.

    ``strict_single``: a one-word phrase must be capitalised in the text ('Sở', 'Phòng'), since
    the same words in lower case are ordinary nouns ('phòng' = room).
    """

    def __init__(self, phrases: dict[str, Entry], *, strict_single: bool = False):
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for phrase, entry in phrases.items():
            words = tuple(t.lower for t in tokenize(nfc(phrase)))
            if words:
                self._by_first.setdefault(words[0], []).append((words, entry))
        for options in self._by_first.values():
            options.sort(key=lambda item: len(item[0]), reverse=True)
        self.strict_single = strict_single
        self.first_words = frozenset(self._by_first)  # the lower-case words a phrase begins with

    def starts(self, word: str) -> bool:
        """Whether some phrase begins with this lower-case word (else ``match`` finds nothing there)."""
        return word in self._by_first

    def match(self, tokens: list[Token], i: int) -> tuple[Entry, int] | None:
        """Return (entry, index after the phrase) for the longest phrase at ``tokens[i]``."""
        if i >= len(tokens):
            return None
        options = self._by_first.get(tokens[i].lower)
        if not options:
            return None
        size = len(tokens)
        for words, entry in options:
            n = len(words)
            if i + n > size:
                continue
            if n > 1:
                k = 1  # a loop, not all(<generator>): this runs thousands of times a report
                while k < n and tokens[i + k].lower == words[k]:
                    k += 1
                if k < n:
                    continue
            elif self.strict_single and not (is_capitalised(tokens[i]) or tokens[i].text.isupper()):
                continue
            return entry, i + n
        return None


def _read_words(name: str) -> frozenset[str]:
    path = GAZETTEER_DIR / name
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(nfc(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


@dataclass
class Lexicon:
    """Matchers built once from the gazetteer."""

    gazetteer: Gazetteer
    heads: PhraseMatcher
    heads_loose: PhraseMatcher  # also single lower-case heads, for the end of a title ('Trưởng phòng')
    ranks: PhraseMatcher
    roles: PhraseMatcher
    places: PhraseMatcher
    units: PhraseMatcher
    tasks: PhraseMatcher
    surnames: frozenset[str]
    org_words: frozenset[str]
    head_words: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """Build (once) the matchers every report uses."""
    gaz = load_gazetteer()

    def phrases(table: dict[str, Entry]) -> dict[str, Entry]:
        out: dict[str, Entry] = {}
        for entry in table.values():
            if entry.kind == "group":
                continue
            for form in entry.forms:
                out.setdefault(form, entry)
        return out

    head_phrases = phrases(gaz.unit_kinds)
    # Places by their own names and by aliases that carry no level word ('Thủ đô', 'HCM'): the
    # level words are read separately, so 'tỉnh X' and 'TP X' need no entry of their own.
    place_phrases: dict[str, Entry] = {}
    for entry in gaz.places.values():
        for form in entry.forms:
            first = tokenize(form)[0].lower if tokenize(form) else ""
            if first not in LEVEL_FIRST_WORDS and form[:1].isupper():
                place_phrases.setdefault(form, entry)
    head_words = frozenset(t.lower for form in head_phrases for t in tokenize(form))
    return Lexicon(
        gazetteer=gaz,
        heads=PhraseMatcher(head_phrases, strict_single=True),
        heads_loose=PhraseMatcher(head_phrases),
        ranks=PhraseMatcher(phrases(gaz.ranks)),
        roles=PhraseMatcher(phrases(gaz.roles)),
        places=PhraseMatcher(place_phrases),
        units=PhraseMatcher(phrases(gaz.units)),
        tasks=PhraseMatcher(phrases(gaz.tasks)),
        surnames=_read_words("surnames.txt"),
        org_words=_read_words("org_words.txt"),
        head_words=head_words,
    )


_LEVELS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in LEVEL_WORDS:
    _LEVELS_BY_FIRST.setdefault(_words[0], []).append(_words)


ABBREVIATED_LEVELS = {("tp",): "thành phố", ("tx",): "thị xã"}


# Levels written as one letter and a dot glued to the name: 'Q.Thủ Đức', 'P.Cát Lái', 'H.Hoài Nhơn', 'Q.2'.
LEVEL_INITIALS = {"Q": "quận", "P": "phường", "H": "huyện", "TT": "thị trấn"}


def match_level(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """Return (level, index after) when an administrative level word starts at ``tokens[i]``."""
    if i >= len(tokens):
        return None
    if tokens[i].text in LEVEL_INITIALS and i + 2 < len(tokens) and tokens[i + 1].text == ".":
        dot, name = tokens[i + 1], tokens[i + 2]
        glued = tokens[i].end == dot.start and dot.end == name.start
        # 'Công an Q. Bình Thạnh', 'UBND P. Tân Định': a space after the dot, inside a sentence and
        # not after a name's word ('Lê Q. Bình' is a person's initial).
        prev = tokens[i - 1] if i > 0 else None
        spaced = (
            tokens[i].end == dot.start
            and dot.end + 1 == name.start
            and prev is not None
            and (prev.is_word or prev.text in ("(", ","))
            and (not is_capitalised(prev) or prev.text.isupper())
        )
        numbered = name.text.isdigit() and tokens[i].text in ("Q", "P")
        credit = i > 0 and tokens[i - 1].text in (":", "/")  # 'Ảnh:H.L': a photographer's initials
        named = name.is_word and name.text[:1].isupper() and len(name.text) > 1
        if (glued or spaced) and not credit and (numbered or named):
            return LEVEL_INITIALS[tokens[i].text], i + 2
    for words in _LEVELS_BY_FIRST.get(tokens[i].lower, ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].lower == words[k] for k in range(1, n)):
            if words == ("tx",) and tokens[i].text != "TX":
                continue  # only the capital abbreviation stands for 'thị xã'
            if words == ("xã",) and i + 1 < len(tokens) and tokens[i + 1].text == "hội":
                continue  # 'xã hội' is society ('Viện nghiên cứu phát triển xã hội'), not a commune
            if words == ("thôn",) and i > 0 and tokens[i - 1].lower == "nông":
                continue  # 'nông thôn' is the countryside ('Bộ NN và Phát triển Nông thôn A'), not a village
            level = ABBREVIATED_LEVELS.get(words, " ".join(words))
            j = i + n
            if words in ABBREVIATED_LEVELS and j < len(tokens) and tokens[j].text == ".":
                j += 1  # 'TP. Hồ Chí Minh', 'TP.HCM', 'TX.Cửa Lò'
            return level, j
    return None


@dataclass
class Context:
    """One report being read."""

    text: str
    reference: dt.date | None = None
    lex: Lexicon = field(default_factory=lexicon)
    sentences: list[Span] = field(init=False)
    tokens: list[list[Token]] = field(init=False)
    default_place: dict[str, Entry] = field(default_factory=dict)  # level → place it means when unnamed
    cache: dict[str, object] = field(default_factory=dict)  # results one pass computes for later ones

    def __post_init__(self) -> None:
        self.sentences = sentences(self.text)
        self.tokens = [tokenize(self.text, s.start, s.end) for s in self.sentences]

    def span(self, start: int, end: int) -> Span:
        """Return the span of the original text between two offsets."""
        return Span(start, end, self.text[start:end])

    def sentence_index(self, offset: int) -> int:
        """Return the index of the sentence holding ``offset``."""
        for n, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.end:
                return n
        return -1
