"""rdflib terms made without rdflib's constructors where those only check what is known to hold."""

from __future__ import annotations

from rdflib import Literal

__all__ = ["text_literal"]

_new_str = str.__new__
_PLAIN_LANGS = frozenset({None, "vi", "en"})


def text_literal(text: str, lang: str | None = None) -> Literal:
    """Return ``Literal(text, lang=lang)`` for a plain string, made without rdflib's Literal().

    rdflib's constructor costs ~3 µs (it checks the language tag and casts the lexical form) and
    a report's graph makes hundreds of these; for a ``str`` and no datatype it sets exactly these
    four slots, so the term is equal, hashes and serialises the same.
    """
    if type(text) is not str or lang not in _PLAIN_LANGS:
        return Literal(text, lang=lang)
    literal = _new_str(Literal, text)
    literal._language = lang
    literal._datatype = None
    literal._value = text
    literal._ill_typed = None
    return literal
