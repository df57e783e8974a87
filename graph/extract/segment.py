"""Word segmentation and part-of-speech tags: where a Vietnamese word of several syllables ends
('đảng viên', 'đại biểu'), and what kind of word it is.

underthesea's segmenter and tagger ship their models in the package, so they run offline. They
are loaded on first use only: most reports never need them, the gazetteers cover their nouns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["segment", "pos_tag"]


@lru_cache(maxsize=4096)
def segment(text: str) -> tuple[str, ...]:
    """Return the words of ``text`` (syllables of one word joined by a space)."""
    from underthesea import word_tokenize

    return tuple(word_tokenize(text))


# One feature of underthesea's tagger template: 'T[-1].lower', 'T[-2,-1]', 'T[-3,-2][1]'.
_TEMPLATE = re.compile(
    r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?"
)
_Feature = tuple[str, int, int | None, int, Callable[[str], object] | None]


def _features(words: list[str], template: list[_Feature]) -> list[list[str]]:
    """Return the tagger's features of each word, as underthesea's ``word2features`` writes them.

    The same strings, made from the template parsed once: underthesea parses every feature's
    template and copies the sentence's columns again for each feature of each word.
    """
    n = len(words)
    columns = (words, ["X"] * n)  # underthesea tags (word, 'X') pairs: column 1 is always 'X'
    out = []
    for i in range(n):
        features = []
        for name, index1, index2, column, func in template:
            if i + index1 < 0:
                features.append(f"{name}=BOS")
                continue
            if i + index1 >= n or (index2 is not None and i + index2 >= n):
                features.append(f"{name}=EOS")
                continue
            if index2 is not None:
                word = " ".join(columns[column][i + index1 : i + index2 + 1])
            else:
                word = columns[column][i + index1]
            features.append(f"{name}={func(word) if func is not None else word}")
        out.append(features)
    return out


@lru_cache(maxsize=1)
def _tagger() -> tuple[Callable[[list[list[str]]], list[str]], list[_Feature]] | None:
    """Return underthesea's CRF tagger and its parsed template, or None if its layout is not the one known."""
    try:
        from underthesea.pipeline.pos_tag import model_crf, tagged_feature
    except ImportError:
        return None
    predictor = model_crf.CRFPOSTagPredictor.Instance()
    functions = {
        "lower": tagged_feature.text_lower, "istitle": tagged_feature.text_istitle,
        "isallcap": tagged_feature.text_isallcap, "isdigit": tagged_feature.text_isdigit,
        "is_in_dict": tagged_feature.text_is_in_dict,
    }
    template: list[_Feature] = []
    for name in predictor.transformer.template:
        m = _TEMPLATE.match(name)
        if m is None or (m.group("function") and m.group("function") not in functions):
            return None
        column = int(m.group("column")) if m.group("column") else 0
        if column not in (0, 1):
            return None
        index2 = int(m.group("index2")) if m.group("index2") else None
        template.append((name, int(m.group("index1")), index2, column,
                         functions[m.group("function")] if m.group("function") else None))
    # Checked once against underthesea's own features: another version falls back to its pos_tag.
    probe = ["Công an", "huyện", "Tân Lập", "bắt giữ", "12", "đối tượng", ",", "thu", "3", "xe máy", "."]
    if _features(probe, template) != predictor.transformer.transform([[(w, "X") for w in probe]])[0][0]:
        return None
    return predictor.model.tag, template


def pos_tag(text: str) -> list[tuple[str, str]]:
    """Return ``text``'s words with their part-of-speech tags: what ``underthesea.pos_tag`` returns.

    Its words and tags, with the tagger's features made here (its own feature code took half of
    each call's CPU).
    """
    from underthesea import word_tokenize

    tagger = _tagger()
    if tagger is None:
        from underthesea import pos_tag as underthesea_pos_tag

        return underthesea_pos_tag(text)
    tag, template = tagger
    words = word_tokenize(text)
    return list(zip(words, tag(_features(words, template)), strict=False))  # as underthesea zips them
