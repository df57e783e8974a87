"""Word segmentation: where a Vietnamese word of several syllables ends ('đảng viên', 'đại biểu').

underthesea's segmenter ships its model in the package, so it runs offline. It is loaded on
first use only: most reports never need it, the gazetteers cover their nouns.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["segment"]


@lru_cache(maxsize=4096)
def segment(text: str) -> tuple[str, ...]:
    """Return the words of ``text`` (syllables of one word joined by a space)."""
    from underthesea import word_tokenize

    return tuple(word_tokenize(text))
