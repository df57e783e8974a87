"""Lexical work on SPARQL text the engine cannot do for us.

A small tokenizer (strings, IRIs, comments and brace depth are respected, so keywords inside
literals or nested groups are never mistaken for operations) serves two needs:

- :func:`remote_targets`: the IRIs a query's ``SERVICE`` or an update's ``LOAD`` would fetch,
  so the server can refuse them (:func:`refuse_remote`) before the engine makes any network call;
- :func:`add_using`: the SPARQL 1.1 Protocol's ``using-graph-uri`` / ``using-named-graph-uri``,
  which the engine's API lacks, written into the update as ``USING`` clauses (the protocol
  defines them as equivalent).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from graph.store.base import ProtocolConflict, QueryRefused

__all__ = ["Token", "tokens", "remote_targets", "refuse_remote", "add_using", "iri_ref"]

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<word>(?:[A-Za-z_\u00c0-\uffff][\w\-.\u00b7\u00c0-\uffff]*)?
            :(?:[^\s{}()\[\];,<>"'#^]*[^\s{}()\[\];,<>"'#^.])?
            |[A-Za-z_\u00c0-\uffff][\w\-\u00b7\u00c0-\uffff]*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Token:
    """One significant token: its kind, text, offsets and the brace depth it sits at."""

    kind: str  # iri | string | var | word | open | close | other
    text: str
    start: int
    end: int
    depth: int

    def is_keyword(self, *words: str) -> bool:
        """Return whether this token is one of the (case-insensitive) keywords."""
        return self.kind == "word" and ":" not in self.text and self.text.upper() in words


def tokens(text: str) -> Iterator[Token]:
    """Yield the significant tokens of a query or update (no whitespace, no comments)."""
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        if kind == "close":
            depth = max(depth - 1, 0)
        yield Token(kind, m.group(), m.start(), m.end(), depth)
        if kind == "open":
            depth += 1


def iri_ref(token_text: str) -> str:
    """Return the IRI inside ``<…>``, with ``\\u`` escapes decoded."""
    inner = token_text[1:-1]
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), inner)


def _declare(toks: list[Token], i: int, prefixes: dict[str, str], base: str | None) -> str | None:
    """Apply a BASE or PREFIX declaration at token ``i`` (depth 0) to ``prefixes``; return the base."""
    tok = toks[i]
    if tok.depth:
        return base
    if tok.is_keyword("BASE") and i + 1 < len(toks) and toks[i + 1].kind == "iri":
        return urljoin(base or "", iri_ref(toks[i + 1].text)) if base else iri_ref(toks[i + 1].text)
    if (tok.is_keyword("PREFIX") and i + 2 < len(toks) and toks[i + 1].kind == "word"
            and toks[i + 1].text.endswith(":") and toks[i + 2].kind == "iri"):
        iri = iri_ref(toks[i + 2].text)
        prefixes[toks[i + 1].text[:-1]] = urljoin(base, iri) if base else iri
    return base


def _prologue(toks: list[Token], base_iri: str | None) -> tuple[dict[str, str], str | None]:
    """Return the PREFIX map and the BASE of a token list (declarations anywhere at depth 0)."""
    prefixes: dict[str, str] = {}
    base = base_iri
    for i in range(len(toks)):
        base = _declare(toks, i, prefixes, base)
    return prefixes, base


def _resolve(target: Token, prefixes: dict[str, str], base: str | None) -> str:
    """Return the IRI a SERVICE or LOAD target token names (``?var`` or the token text if unreadable)."""
    if target.kind == "iri":
        iri = iri_ref(target.text)
        return urljoin(base, iri) if base else iri
    if target.kind == "word" and ":" in target.text:
        prefix, _, local = target.text.partition(":")
        ns = prefixes.get(prefix)
        return ns + local.replace("\\", "") if ns is not None else target.text
    return target.text  # a variable, or not an endpoint we can read: refused by the caller


def remote_targets(text: str, base_iri: str | None = None) -> list[tuple[str, str]]:
    """Return ``(keyword, target)`` for every SERVICE and LOAD: an absolute IRI, or ``?var``.

    A prefixed name is expanded with the text's PREFIX declarations; a relative IRI is resolved
    against BASE (or ``base_iri``). An unknown prefix gives the prefixed name itself. An update's
    operations may each declare a prologue, so a target is resolved with the declarations before
    it, as the engine does; when the declarations after it would resolve it otherwise, that IRI is
    listed too, so a check of every target holds whichever reading a remote engine takes.
    """
    lowered = text.lower()
    if "service" not in lowered and "load" not in lowered:
        return []  # the common case costs one scan in C
    toks = list(tokens(text))
    final = _prologue(toks, base_iri)
    prefixes: dict[str, str] = {}
    base = base_iri  # the declarations so far, in one pass
    found: list[tuple[str, str]] = []
    for i, tok in enumerate(toks):
        base = _declare(toks, i, prefixes, base)
        if not tok.is_keyword("SERVICE", "LOAD"):
            continue
        keyword = tok.text.upper()
        j = i + 1
        if j < len(toks) and toks[j].is_keyword("SILENT"):
            j += 1
        if j >= len(toks):
            found.append((keyword, ""))  # nothing recognisable follows: refuse it
            continue
        here = _resolve(toks[j], prefixes, base)
        found.append((keyword, here))
        other = _resolve(toks[j], *final)
        if other != here:
            found.append((keyword, other))
    return found



def refuse_remote(text: str, base_iri: str | None, allowed_hosts: Iterable[str]) -> None:
    """Raise :class:`QueryRefused` for a SERVICE or LOAD of a host not in ``allowed_hosts`` ("*": any).

    Every store calls this before handing the text to its engine, which would fetch the IRI.
    """
    hosts = set(allowed_hosts)
    if "*" in hosts:
        return
    for keyword, target in remote_targets(text, base_iri):
        if target.startswith(("?", "$")):
            raise QueryRefused(f"{keyword} with a variable endpoint ({target}) is not allowed on this server")
        parts = urlsplit(target)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host or host not in hosts:
            allowed = ", ".join(sorted(hosts)) or "none"
            raise QueryRefused(
                f"{keyword} <{target}> is not allowed: this server fetches remote data only from the "
                f"hosts in its service_allow_hosts setting (allowed: {allowed})")

def _find_group_end(toks: list[Token], open_index: int) -> int:
    """Return the index of the ``}`` matching the ``{`` at ``open_index``."""
    depth = toks[open_index].depth
    for k in range(open_index + 1, len(toks)):
        if toks[k].kind == "close" and toks[k].depth == depth:
            return k
    raise ProtocolConflict("unbalanced braces in the update")


def add_using(update: str, graph_uris: Iterable[str], named_graph_uris: Iterable[str]) -> str:
    """Write protocol ``using-graph-uri`` / ``using-named-graph-uri`` into an update as USING clauses.

    Raises ProtocolConflict when the update has its own USING or WITH (SPARQL 1.1 Protocol
    §2.2.3: the request is then malformed). ``DELETE WHERE {P}`` becomes the equivalent
    ``DELETE {P} USING … WHERE {P}``, the only form USING can join.
    """
    graphs, named = list(graph_uris), list(named_graph_uris)
    if not graphs and not named:
        return update
    for g in graphs + named:
        if not re.fullmatch(r"[^<>\"{}|^`\\\x00-\x20]+", g):
            raise ProtocolConflict(f"not an IRI: {g!r}")
    clause = " ".join([f"USING <{g}>" for g in graphs] + [f"USING NAMED <{g}>" for g in named]) + " "
    toks = list(tokens(update))
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) on the original text
    for i, tok in enumerate(toks):
        if tok.depth:
            continue
        if tok.is_keyword("USING", "WITH"):
            raise ProtocolConflict(
                f"the update has its own {tok.text.upper()} clause and the request also gives "
                "using-graph-uri/using-named-graph-uri; use one or the other")
        if not tok.is_keyword("WHERE"):
            continue
        prev = toks[i - 1] if i else None
        if prev is not None and prev.is_keyword("DELETE"):
            # DELETE WHERE { P }  ->  DELETE { P } USING ... WHERE { P }
            if i + 1 >= len(toks) or toks[i + 1].kind != "open":
                continue  # malformed: let the engine's parser report it
            end = _find_group_end(toks, i + 1)
            group = update[toks[i + 1].start:toks[end].end]
            edits.append((tok.start, toks[end].end, f"{group} {clause}WHERE {group}"))
        else:
            edits.append((tok.start, tok.start, clause))
    for start, end, text in reversed(edits):
        update = update[:start] + text + update[end:]
    return update
