"""Entity resolution across reports: one IRI per official and unit, whatever report names them.

Names already meet through their slugs (``graph.rdf``), which drop every diacritic: 'Vĩnh' and 'Vịnh'
give one. This module adds what names alone cannot settle, and records why:

* **Spellings.** A slug is a name's *family*; within it, spellings that differ only in case and
  tone placement ('Hoà'/'Hòa', capitals) are one (:func:`spelling_key`), and other spellings are
  other names unless one letter or tone apart with the same post, or the same rank, in the same
  unit, or the same rank and office in the same kind of unit of one province (:func:`decide`).

* **Units named without their province** ('Công an tỉnh', 'UBND TP', 'Tỉnh ủy') get the province
  the report is about (the publisher's province, else the province the report names most), so
  'UBND TP' in a Đà Nẵng paper is 'Ủy ban nhân dân thành phố Đà Nẵng'. This depends on the report
  alone.
* **People who share a name** are told apart by the province of the units they hold posts in.
  A person's *scope* is that province, ``national`` for posts in national bodies only, or none for
  a person mentioned without a post. Provinces whose holders of the name have *related posts*
  (the same kind of unit and the same office, deputy or not: 'Phó Giám đốc' of one provincial
  police and 'Giám đốc' of another) are taken as one person who moved; unrelated posts in
  different provinces are different people. While the name has one such group, every mention of
  it is one person (``person/{name}``). With two or more, each group becomes
  ``person/{name}--{province}`` (its first province key; national posts keep ``person/{name}``),
  and a mention without a post goes to the group holding posts in the report's province, if any.

Identity is a function of the report's own facts and of the *index* (name → scopes and posts
known in the whole store), so a build can tell which stored reports a new report affects: those whose
decisions (:func:`decide`) change. The decisions are kept in each report's graph as evidence nodes
(``vnkg:ResolutionEvidence``: name key, scope, rule, the resolved IRI, the forms written), which
is also what ``vnkg explain`` reads.

Cross-report facts that no single report can state live in one derived graph
(:data:`derived_graph_iri`), rebuilt from the store's content after every build: figures stated by
several reports (``vnkg:sameFigureAs`` / ``vnkg:conflictsWith``, each with the other's source) and
the first and last dates each membership is stated on.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import product
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from graph.facts import ReportFacts
from graph.rdf import (
    BASE,
    OA,
    ORG,
    PROV,
    QB,
    SCHEMA,
    SDMX_ATTRIBUTE,
    SDMX_MEASURE,
    SKOS,
    TIME,
    VNKG,
    TripleSet,
    bind_prefixes,
    org_iri,
    person_iri,
    report_iri,
    role_key,
    text_literal,
)
from graph.text import key, nfc, slug

if TYPE_CHECKING:
    from graph.gazetteer import Entry, Gazetteer
    from graph.store.base import Store

__all__ = [
    "NATIONAL",
    "SEPARATOR",
    "PersonKey",
    "Spelling",
    "spelling_key",
    "spelling_segment",
    "one_letter_apart",
    "ReportKeys",
    "Decision",
    "Index",
    "ReportResolver",
    "RULES",
    "report_province",
    "report_keys",
    "decide",
    "derived_graph_iri",
    "evidence_graph",
    "stored_evidence",
    "cross_report_graph",
    "cross_report_graph_of",
    "graph_rows",
    "rows_of_triples",
    "evidence_of_triples",
    "GraphRows",
    "find_entities",
    "explain",
    "explain_lines",
]

NATIONAL = "national"  # the scope of a person whose posts are all in national bodies
SEPARATOR = "--"  # between name and province in a person's IRI; slugs never hold two dashes in a row
_SEP = "\u001f"  # between the values of a GROUP_CONCAT

# Rule codes (vnkg:mergeRule) and what they mean (vnkg:mergeReason).
RULES: dict[str, str] = {
    "same-name": "one person of this name is known: every mention of the name is that person",
    "name-province": "namesakes are known: this person holds posts in units of {scope}, so the name and "
                     "that province identify them",
    "related-posts": "this person holds posts in units of {scope}, related to posts held under the same "
                     "name in another province (same kind of unit and office): taken as one person who moved",
    "name-national": "namesakes are known: this person holds posts in national bodies only and keeps "
                     "the bare name",
    "report-province": "namesakes are known and no post is stated: the report is about {home}, where one of "
                       "them holds posts",
    "unresolved": "namesakes are known and no post is stated: the mention cannot be given to one of them",
    "variant-same-post": "spellings one letter or one tone mark apart ({variants}) hold the same post in the "
                         "same unit: taken as one person",
    "variant-same-rank": "spellings one letter or one tone mark apart ({variants}) have the same rank in the "
                         "same unit: taken as one person",
    "variant-same-office": "spellings one letter or one tone mark apart ({variants}) have the same rank and "
                           "office in the same kind of unit of one province: taken as one person",
    "as-written": "the unit's name as written (abbreviations written out, tone marks and case ignored)",
    "implied-province": "the unit is named without its province; the report is about {home}",
    "alias": "the report names the unit '{name}' this way too",
}

# Unit names that stand for the unit of the report's own province when written bare.
_GENERIC_ENDINGS = tuple(key(w) for w in ("tỉnh", "thành phố", "tỉnh ủy", "thành ủy"))
# National bodies: a post there says nothing of a province.
_NATIONAL_STARTS = tuple(key(w) + " " for w in ("bộ", "chính phủ", "quốc hội", "tổng cục", "cục", "thủ tướng",
                                                   "ban bí thư", "nhà nước", "chủ tịch nước"))
_NATIONAL_WORDS = tuple(key(w) for w in ("trung ương", "tối cao", "việt nam"))
_PUBLISHER_WORDS = 5  # words of a publisher's name searched for a province ('Báo Đà Nẵng')


def derived_graph_iri(base: str = BASE) -> URIRef:
    """Return the IRI of the graph holding cross-report facts (outside ``{base}graph/``)."""
    return URIRef(f"{base}derived/cross-report")


def _name_segment(name: str, base: str) -> str:
    """Return the name's *family*: its slug, which every diacritic variant of the name shares."""
    return str(person_iri(name, base)).rsplit("/", 1)[-1]


def spelling_key(name: str) -> str:
    """Return the key of a name as spelt: case and tone-mark placement folded, nothing else.

    'LÊ QUANG HOÀ', 'Lê Quang Hòa' -> 'lê quang hòa'; 'Vĩnh' and 'Vịnh', 'Lam' and 'Lâm' stay apart.
    """
    return key(name)


_TONE_MARKS = {"\u0300": "f", "\u0301": "s", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def _syllable(word: str) -> tuple[list[str], str]:
    """Return the letters of a word (each with its quality mark: 'â', 'ư', 'đ') and its tone marks."""
    letters: list[str] = []
    tone = ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TONE_MARKS:
            tone += ch
        elif unicodedata.combining(ch) and letters:
            letters[-1] += ch
        else:
            letters.append(ch)
    return letters, tone


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two spelling keys differ in one syllable, by one letter ('Lam'/'Lâm') or tone ('Vĩnh'/'Vịnh').

    The letters are Vietnamese letters (a, ă and â are three); the tone is the syllable's.
    """
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    differ = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differ) != 1:
        return False
    (letters_a, tone_a), (letters_b, tone_b) = (_syllable(w) for w in differ[0])
    if len(letters_a) != len(letters_b):
        return False
    return sum(x != y for x, y in zip(letters_a, letters_b, strict=True)) + (tone_a != tone_b) == 1


def spelling_segment(spelling: str) -> str:
    """Return an ASCII segment keeping a spelling's marks (Telex).

    'đào vịnh thắng' -> 'ddaof-vinhj-thawngs'; 'đào vĩnh thắng' -> 'ddaof-vinhx-thawngs'.
    """
    words = []
    for word in spelling.split():
        out: list[str] = []
        tone = ""
        for ch in unicodedata.normalize("NFD", word):
            if ch in _TONE_MARKS:
                tone = _TONE_MARKS[ch]
            elif ch == "\u0302" and out:  # circumflex: â -> aa, ê -> ee, ô -> oo
                out.append(out[-1])
            elif ch in ("\u0306", "\u031b"):  # breve, horn: ă -> aw, ơ -> ow, ư -> uw
                out.append("w")
            elif ch == "đ":
                out.append("dd")
            else:
                out.append(ch)
        words.append("".join(out) + tone)
    return slug(" ".join(words)) or _name_segment(spelling, BASE)


# --------------------------------------------------------------------------------------------
# What one report says about identity
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class PersonKey:
    """What identifies a person mentioned in one report."""

    name: str  # the name's family (its slug, diacritics dropped): 'le-quang-hoa'
    scope: str | None  # province key of their posts, NATIONAL, or None without a post
    home: str | None  # province key of the report
    posts: tuple[str, ...] = ()  # kinds of post held, 'police:giam-doc' (unit kind : office, deputy or not)
    spelling: str = ""  # the name as spelt, case and tone placement folded ('lê quang hòa'); '' = the family
    marks: tuple[str, ...] = ()  # exact posts and ranks held: 'post:{unit}/{office}', 'rank:{rank}@{unit}'

    @property
    def spelt(self) -> str:
        return self.spelling or self.name


@dataclass
class ReportKeys:
    """The province of one report and the key of each person it names."""

    province: str | None
    persons: dict[str, PersonKey] = field(default_factory=dict)  # name family -> key


def _place(gaz: Gazetteer, name: str | None) -> Entry | None:
    if not name or not name.strip():
        return None
    return gaz.lookup("places", name)


def _place_in(gaz: Gazetteer, name: str) -> str | None:
    """Return the key of the province or city named inside ``name`` (the last one), or None."""
    words = nfc(gaz.expand(name)).split()
    found = None
    for start in range(len(words)):
        for size in (4, 3, 2, 1):
            if start + size <= len(words):
                entry = _place(gaz, " ".join(words[start:start + size]))
                if entry is not None:
                    found = entry.key
                    break
    return found


def report_province(facts: ReportFacts, gaz: Gazetteer) -> str | None:
    """Return the key of the province a report is about: its publisher's, else the one it names most."""
    publisher = facts.article.publisher
    if publisher:
        words = nfc(publisher).split()[:_PUBLISHER_WORDS]
        found = _place_in(gaz, " ".join(words))
        if found:
            return found
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for place in facts.places:
        entry = _place(gaz, place.name)
        if entry is None:
            continue
        counts[entry.key] += max(1, len(place.mentions))
        first.setdefault(entry.key, min((s.start for s in place.mentions), default=len(facts.text)))
    if not counts:
        for organization in facts.organizations:
            entry = _place(gaz, organization.place) if organization.place else None
            found = entry.key if entry else _place_in(gaz, organization.name)
            if found:
                counts[found] += max(1, len(organization.mentions))
                start = min((s.start for s in organization.mentions), default=len(facts.text))
                first.setdefault(found, start)
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], first.get(k, 0), k))


def _is_generic(gaz: Gazetteer, name: str) -> bool:
    """Whether a unit name lacks its province: 'Công an tỉnh', 'UBND TP', 'Tỉnh ủy'."""
    words = key(gaz.expand(name))
    return any(words == end or words.endswith(" " + end) for end in _GENERIC_ENDINGS)


def _is_national(gaz: Gazetteer, name: str) -> bool:
    words = key(gaz.expand(name)) + " "
    return words.startswith(_NATIONAL_STARTS) or any(f" {w} " in f" {words}" for w in _NATIONAL_WORDS)


class ReportResolver:
    """Resolve the names of one report to IRIs (the hook ``graph.rdf.facts_to_graph`` calls).

    ``known`` is the index restricted to the names of this report: name segment → every scope
    known for it in the store → the kinds of post held there. Every decision is recorded, for
    the evidence nodes.
    """

    def __init__(self, facts: ReportFacts, gaz: Gazetteer, base: str = BASE,
                 known: Mapping[str, Mapping[str, Iterable[str]]] | None = None):
        self.facts = facts
        self.gaz = gaz
        self.base = base
        self.province = report_province(facts, gaz)
        entry = gaz.table("places").get(self.province) if self.province else None
        self.province_name = entry.vi if entry else None
        # Every written form of a declared unit → that unit, so posts find their unit's place.
        self._declared: dict[str, Any] = {}
        for organization in facts.organizations:
            for form in (organization.name, *organization.aliases):
                self._declared.setdefault(self._org_key(form), organization)
        self.keys = self._keys()
        self.known = dict(known or {})
        self.asked: dict[str, PersonKey] = {}  # name segment -> key, for every person resolved

    # -- units ------------------------------------------------------------------------------

    def _org_key(self, name: str) -> str:
        return slug(self.gaz.expand(nfc(name)))

    def org_name(self, name: str) -> tuple[str, str]:
        """Return the name a unit's IRI is made from, and the rule: implied province added or not."""
        name = nfc(name).strip()
        if self.province_name and _is_generic(self.gaz, name) and _place_in(self.gaz, name) is None:
            return f"{name} {self.province_name}", "implied-province"
        return name, "as-written"

    def org(self, name: str) -> URIRef:
        """Return the IRI of the unit called ``name`` in this report."""
        return org_iri(self.org_name(name)[0], self.base, self.gaz)

    def org_province(self, name: str, seen: frozenset[str] = frozenset()) -> str | None:
        """Return the province of a unit (key), NATIONAL for national bodies, or None when unknown."""
        declared = self._declared.get(self._org_key(name))
        names = [declared.name, name] if declared is not None else [name]
        if declared is not None and declared.place:
            entry = _place(self.gaz, declared.place)
            if entry is not None:
                return entry.key
        for written in names:
            found = _place_in(self.gaz, written)
            if found:
                return found
        if any(_is_national(self.gaz, written) for written in names):
            return NATIONAL
        if declared is not None and declared.part_of and declared.part_of not in seen:
            parent = self.org_province(declared.part_of, seen | {name})
            if parent:
                return parent
        # A unit with no place in its name or in the text serves the report's province.
        return self.province

    def unit_kind(self, organization: str) -> str:
        """Return the kind of a unit: declared ('police'), else its head words ('cong-an', 'phong-canh')."""
        declared = self._declared.get(self._org_key(organization))
        kind = declared.kind if declared is not None and declared.kind else None
        if kind is None:
            # No kind known: the unit's head words ('cong-an', 'uy-ban') say what sort of unit it is.
            kind = "-".join(self._org_key(organization).split("-")[:2]) or "unit"
        return kind

    def post_kind(self, title: str, organization: str) -> str:
        """Return the kind of a post: unit kind and office, deputies with their chief ('police:giam-doc')."""
        office = role_key(title, self.gaz).removeprefix("pho-").removesuffix("-thuong-truc")
        return f"{self.unit_kind(organization)}:{office}"

    # -- persons ----------------------------------------------------------------------------

    def _keys(self) -> dict[str, PersonKey]:
        keys: dict[str, PersonKey] = {}
        forms: set[str] = set()
        for person in self.facts.persons:
            segment = _name_segment(person.name, self.base)
            held = [p for p in person.positions
                    if nfc(p.title or "").strip() and nfc(p.organization or "").strip()]
            provinces = [self.org_province(p.organization) for p in held]
            local = Counter(p for p in provinces if p and p != NATIONAL)
            if local:
                scope: str | None = min(local, key=lambda k: (-local[k], k))
            elif provinces:
                scope = NATIONAL
            else:
                scope = None
            posts = tuple(sorted({self.post_kind(p.title, p.organization) for p in held}))
            marks = self.marks(person.rank, held)
            spelt = spelling_key(person.name)
            keys.setdefault(segment, PersonKey(segment, scope, self.province, posts, spelt, marks))
            forms.update(_name_segment(f, self.base) for f in (person.name, *person.name_variants))
        for event in self.facts.events:
            for participant in event.participants:
                segment = _name_segment(participant.person, self.base)
                if segment not in forms:
                    keys.setdefault(segment, PersonKey(segment, None, self.province,
                                                       spelling=spelling_key(participant.person)))
        return keys

    def marks(self, rank: str | None, held: Iterable[Any]) -> tuple[str, ...]:
        """Return what identifies a person's posts, for telling spellings one letter apart.

        'post:{unit}/{office}' (the post in the unit), 'rank:{rank}@{unit}' (the rank in the unit)
        and, as units are often named several ways ('Phòng CSGT Công an TP Hà Nội', 'Phòng PC67'),
        'office:{rank}@{province}/{unit kind}:{office}': rank, office (deputies apart from their
        chief) and kind of unit, in one province.
        """
        found: set[str] = set()
        rank_entry = (self.gaz.table("ranks").get(rank) or self.gaz.lookup("ranks", rank)) if rank else None
        rank_key = rank_entry.key if rank_entry else slug(rank or "")
        for position in held:
            unit = str(self.org(position.organization)).rsplit("/", 1)[-1]
            office = role_key(position.title, self.gaz)
            found.add(f"post:{unit}/{office}")
            if rank_key:
                found.add(f"rank:{rank_key}@{unit}")
                province = self.org_province(position.organization)
                if province:
                    found.add(f"office:{rank_key}@{province}/{self.unit_kind(position.organization)}:{office}")
        return tuple(sorted(found))

    def person(self, name: str) -> URIRef:
        """Return the IRI of the person called ``name`` in this report."""
        segment = _name_segment(name, self.base)
        person_key = self.keys.get(segment) or PersonKey(segment, None, self.province,
                                                         spelling=spelling_key(name))
        self.asked[segment] = person_key
        decision = decide(person_key, self.known.get(segment, {}))
        return URIRef(f"{self.base}person/{decision.segment}")


# --------------------------------------------------------------------------------------------
# Decisions
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """Where one person mention goes, and by which rule."""

    segment: str  # the IRI segment after person/
    rule: str  # a code of RULES, or two joined by '+': 'same-name+variant-same-post'
    variants: tuple[str, ...] = ()  # the spelling variants taken as one: "{a} ~ {b}: {shared mark}"

    def reason(self, person_key: PersonKey, names: Mapping[str, str] | None = None) -> str:
        """Return the rule in plain words."""
        names = names or {}
        shown = "; ".join(self.variants)
        return "; ".join(RULES[rule].format(scope=names.get(person_key.scope or "", person_key.scope),
                                            home=names.get(person_key.home or "", person_key.home),
                                            variants=shown)
                         for rule in self.rule.split("+"))


@dataclass(frozen=True)
class Spelling:
    """What the index knows of one spelling of a name: scopes (→ kinds of post) and exact posts and ranks."""

    scopes: Mapping[str, frozenset[str]]
    marks: frozenset[str] = frozenset()


def _groups(known: Mapping[str, Iterable[str]]) -> list[frozenset[str]]:
    """Return the provinces of a name grouped by related posts (one group = one person), sorted."""
    provinces = sorted(p for p in known if p != NATIONAL)
    parent = {p: p for p in provinces}

    def root(p: str) -> str:
        while parent[p] != p:
            p = parent[p]
        return p

    posts = {p: set(known[p]) for p in provinces}
    for i, a in enumerate(provinces):
        for b in provinces[i + 1:]:
            if posts[a] & posts[b]:
                parent[max(root(a), root(b))] = min(root(a), root(b))
    groups: dict[str, set[str]] = defaultdict(set)
    for p in provinces:
        groups[root(p)].add(p)
    return sorted((frozenset(g) for g in groups.values()), key=min)


def _spellings(person_key: PersonKey, known: Mapping[str, Any]) -> dict[str, Spelling]:
    """Return every spelling known for the family of a name, this mention's included.

    ``known`` is what :meth:`Index.view` gives for the family (spelling → :class:`Spelling`), or,
    as before spellings were told apart, scope → kinds of post (taken as this mention's spelling).
    """
    if known and not all(isinstance(v, Spelling) for v in known.values()):
        known = {person_key.spelt: Spelling({scope: frozenset(posts) for scope, posts in known.items()})}
    spellings = {spelt: Spelling({k: frozenset(v) for k, v in data.scopes.items()}, frozenset(data.marks))
                 for spelt, data in known.items()}
    own = spellings.get(person_key.spelt, Spelling({}))
    scopes = dict(own.scopes)
    if person_key.scope is not None:
        scopes[person_key.scope] = scopes.get(person_key.scope, frozenset()) | frozenset(person_key.posts)
    spellings[person_key.spelt] = Spelling(scopes, own.marks | frozenset(person_key.marks))
    return spellings


_MARK_ORDER = {"post": 0, "rank": 1, "office": 2}


def _clusters(spellings: Mapping[str, Spelling]) -> tuple[list[list[str]], dict[str, list[str]]]:
    """Group spellings one letter or tone apart that share a mark (:meth:`ReportResolver.marks`).

    Return the groups (each sorted, the groups in order of their first spelling) and each group's
    joins, "{a} ~ {b}: {shared mark}" (the first shared mark: posts, then ranks, then offices).
    """
    order = sorted(spellings)
    parent = {s: s for s in order}

    def root(s: str) -> str:
        while parent[s] != s:
            s = parent[s]
        return s

    joins: list[tuple[str, str, str]] = []
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            shared = spellings[a].marks & spellings[b].marks
            if shared and one_letter_apart(a, b):
                joins.append((a, b, min(shared, key=lambda m: (_MARK_ORDER.get(m.split(":", 1)[0], 9), m))))
                parent[max(root(a), root(b))] = min(root(a), root(b))
    groups: dict[str, list[str]] = defaultdict(list)
    for s in order:
        groups[root(s)].append(s)
    found: dict[str, list[str]] = defaultdict(list)
    for a, b, mark in joins:
        found[root(a)].append(f"{a} ~ {b}: {mark}")
    return [groups[r] for r in sorted(groups)], {r: found[r] for r in found}


def decide(person_key: PersonKey, known: Mapping[str, Any]) -> Decision:
    """Return where a person mention goes, given what the index knows of the name's family.

    Spellings of a family that differ only in case and tone placement are one key already; other
    spellings are different names unless one letter or tone apart with a post in one unit, a rank
    in one unit, or a rank and office in one kind of unit of one province in common
    (:func:`_clusters`). While the family is one such group its IRI is the family's slug; with
    more, each group is named by its first spelling (:func:`spelling_segment`).
    Within the group, provinces tell namesakes apart as before.
    """
    spellings = _spellings(person_key, known)
    groups, joins = _clusters(spellings)
    group = next(g for g in groups if person_key.spelt in g)
    variants = tuple(sorted(joins.get(group[0], ())))
    name = person_key.name if len(groups) == 1 else spelling_segment(group[0])
    merged: dict[str, set[str]] = defaultdict(set)
    for spelt in group:
        for scope, posts in spellings[spelt].scopes.items():
            merged[scope].update(posts)
    decision = _decide_scope(person_key, name, merged)
    if not variants:
        return decision
    shared = [j.rsplit(": ", 1)[-1] for j in variants]
    how = next(f"variant-same-{kind}" for kind in ("post", "rank", "office")
               if any(m.startswith(f"{kind}:") for m in shared))
    return Decision(decision.segment, f"{decision.rule}+{how}", variants)


def _decide_scope(person_key: PersonKey, name: str, merged: Mapping[str, Iterable[str]]) -> Decision:
    """Return where a mention of one name goes, given every scope (→ kinds of post) known for it."""
    groups = _groups(merged)
    if len(groups) + (NATIONAL in merged) <= 1:
        moved = person_key.scope is not None and any(person_key.scope in g and len(g) > 1 for g in groups)
        return Decision(name, "related-posts" if moved else "same-name")
    if person_key.scope == NATIONAL:
        return Decision(name, "name-national")
    scope = person_key.scope if person_key.scope is not None else person_key.home
    group = next((g for g in groups if scope in g), None)
    if group is None:
        return Decision(name, "unresolved")
    if person_key.scope is None:
        rule = "report-province"
    else:
        rule = "name-province" if len(group) == 1 else "related-posts"
    return Decision(f"{name}{SEPARATOR}{min(group)}", rule)


class Index:
    """Name family → spelling → scopes (→ kinds of post) and exact posts, over the reports of a store."""

    def __init__(self) -> None:
        self._known: dict[str, dict[str, tuple[dict[str, set[str]], set[str]]]] = defaultdict(dict)

    def add(self, person_key: PersonKey) -> None:
        """Record what one mention says of its name: its spelling, and its posts if it has any."""
        scopes, marks = self._known[person_key.name].setdefault(person_key.spelt, ({}, set()))
        if person_key.scope is not None:
            scopes.setdefault(person_key.scope, set()).update(person_key.posts)
        marks.update(person_key.marks)

    def view(self, names: Iterable[str]) -> dict[str, dict[str, Spelling]]:
        """Return what is known of each of ``names`` (the part of the index a report needs)."""
        return {n: {spelt: Spelling({scope: frozenset(posts) for scope, posts in scopes.items()},
                                    frozenset(marks))
                    for spelt, (scopes, marks) in self._known[n].items()}
                for n in names if self._known.get(n)}

    def __len__(self) -> int:
        return len(self._known)


def report_keys(facts: ReportFacts, gaz: Gazetteer, base: str = BASE) -> ReportKeys:
    """Return the province and the person keys of one report."""
    resolver = ReportResolver(facts, gaz, base)
    return ReportKeys(resolver.province, dict(resolver.keys))


# --------------------------------------------------------------------------------------------
# Evidence, in the report's own graph
# --------------------------------------------------------------------------------------------


def _observation_key(g: Graph, node: URIRef) -> str | None:
    """Return the figure key of an observation: unit, period, measure, unit of count, direction, basis."""
    about = g.value(node, SCHEMA.about)
    start, end = g.value(node, VNKG.periodStart), g.value(node, VNKG.periodEnd)
    measure, unit = g.value(node, VNKG.measure), g.value(node, SDMX_ATTRIBUTE.unitMeasure)
    if about is None or start is None or end is None or measure is None or unit is None:
        return None
    direction, basis = g.value(node, VNKG.direction), g.value(node, VNKG.comparedTo)
    parts = [str(about), str(start), str(end), slug(str(measure)), str(unit),
             str(direction or ""), str(basis or "")]
    return "|".join(parts)


def evidence_graph(facts: ReportFacts, resolver: ReportResolver, built: Graph | TripleSet, stem: str,
                   base: str = BASE) -> TripleSet:
    """Return the evidence nodes of one report (after ``built`` was made with ``resolver``)."""
    g = TripleSet()
    report = report_iri(stem, base)
    gaz = resolver.gaz
    names = {e.key: e.vi for e in gaz.table("places").values()}
    names[NATIONAL] = "national bodies"
    written: dict[str, set[str]] = defaultdict(set)
    for person in facts.persons:
        segment = _name_segment(person.name, base)
        for form in (person.name, *person.name_variants):
            written[segment].add(nfc(form).strip())
    for event in facts.events:
        for participant in event.participants:
            segment = _name_segment(participant.person, base)
            written.setdefault(segment, set()).add(nfc(participant.person).strip())
    for segment, person_key in sorted(resolver.asked.items()):
        decision = decide(person_key, resolver.known.get(segment, {}))
        node = URIRef(f"{base}evidence/{stem}/person/{segment}")
        g.add((node, RDF.type, VNKG.ResolutionEvidence))
        g.add((node, VNKG.resolvedTo, URIRef(f"{base}person/{decision.segment}")))
        g.add((node, VNKG.nameKey, text_literal(segment)))
        g.add((node, VNKG.spellingKey, text_literal(person_key.spelt)))
        for mark in person_key.marks:
            g.add((node, VNKG.identityMark, text_literal(mark)))
        for variant in decision.variants:
            g.add((node, VNKG.variantOf, text_literal(variant)))
        if person_key.scope is not None:
            g.add((node, VNKG.postScope, text_literal(person_key.scope)))
        if person_key.home is not None:
            g.add((node, VNKG.reportScope, text_literal(person_key.home)))
        for post in person_key.posts:
            g.add((node, VNKG.postKind, text_literal(post)))
        g.add((node, VNKG.mergeRule, text_literal(decision.rule)))
        g.add((node, VNKG.mergeReason, text_literal(decision.reason(person_key, names), "en")))
        for form in sorted(written.get(segment, ())):
            g.add((node, VNKG.writtenAs, text_literal(form, "vi")))
        g.add((node, PROV.wasDerivedFrom, report))
    units: dict[URIRef, list[tuple[str, str]]] = defaultdict(list)
    for organization in facts.organizations:
        target = resolver.org(organization.name)
        units[target].append((organization.name, resolver.org_name(organization.name)[1]))
        for alias in organization.aliases:
            units[target].append((alias, "alias"))
    for target, forms in sorted(units.items()):
        node = URIRef(f"{base}evidence/{stem}/org/{str(target).rsplit('/', 1)[-1]}")
        g.add((node, RDF.type, VNKG.ResolutionEvidence))
        g.add((node, VNKG.resolvedTo, target))
        for form, rule in forms:
            g.add((node, VNKG.writtenAs, text_literal(nfc(form).strip(), "vi")))
            if rule != "alias":
                g.add((node, VNKG.mergeRule, text_literal(rule)))
                home = names.get(resolver.province or "", resolver.province)
                reason = RULES[rule].format(home=home, name=form)
                g.add((node, VNKG.mergeReason, text_literal(reason, "en")))
        if resolver.province:
            g.add((node, VNKG.reportScope, text_literal(resolver.province)))
        g.add((node, PROV.wasDerivedFrom, report))
    for node in sorted(built.subjects(RDF.type, QB.Observation)):
        figure = _observation_key(built, node)
        if figure is not None:
            g.add((node, VNKG.figureKey, text_literal(figure)))
    return g


# --------------------------------------------------------------------------------------------
# Reading the store
# --------------------------------------------------------------------------------------------


@dataclass
class StoredPerson:
    """One person evidence node of a stored report."""

    key: PersonKey
    resolved: str  # IRI segment after person/
    rule: str
    variants: tuple[str, ...] = ()
    stale: bool = False  # stored before spellings were told apart: its report is to be rebuilt

    def decision(self) -> Decision:
        """Return the decision the stored report holds for this person."""
        if self.stale:
            return Decision("", "stale")
        return Decision(self.resolved, self.rule, self.variants)


def stored_evidence(store: Store, base: str = BASE, graphs: Iterable[str] | None = None
                    ) -> dict[str, list[StoredPerson]]:
    """Return report graph IRI → the person evidence stored in it (in ``graphs`` only, when given)."""
    if graphs is not None:
        graphs = list(graphs)
        if len(graphs) > 100:  # one pass over the store is then cheaper than a query per graph
            wanted = set(graphs)
            return {g: people for g, people in stored_evidence(store, base).items() if g in wanted}
        found_in: dict[str, list[StoredPerson]] = {}
        for g in graphs:  # GRAPH <g> reads one graph; a VALUES ?g does not narrow GRAPH ?g in the engine
            found_in.update(_stored_evidence(store, base, g))
        return found_in
    return _stored_evidence(store, base, None)


def _stored_evidence(store: Store, base: str, graph: str | None) -> dict[str, list[StoredPerson]]:
    """Return the person evidence of one report graph, or of every report graph (``graph`` None)."""
    if graph is None:
        where, keep = "?g", f'FILTER(STRSTARTS(STR(?g), "{base}graph/")) '
    else:
        where, keep = f"<{graph}>", ""
    rows = store.select(
        f"SELECT {where if graph is None else ''} ?e ?name ?spelt ?scope ?home ?to ?rule "
        f"(GROUP_CONCAT(DISTINCT COALESCE(?post, \"\"); separator=\" \") AS ?posts) "
        f"(GROUP_CONCAT(DISTINCT COALESCE(?mark, \"\"); separator=\" \") AS ?marks) "
        f"(GROUP_CONCAT(DISTINCT COALESCE(?variant, \"\"); separator=\"{_SEP}\") AS ?variants) "
        f"(MIN(STR(?w)) AS ?written) WHERE {{ GRAPH {where} {{ "
        f"?e a <{VNKG.ResolutionEvidence}> ; <{VNKG.nameKey}> ?name ; <{VNKG.resolvedTo}> ?to ; "
        f"<{VNKG.mergeRule}> ?rule . OPTIONAL {{ ?e <{VNKG.spellingKey}> ?spelt }} "
        f"OPTIONAL {{ ?e <{VNKG.postScope}> ?scope }} OPTIONAL {{ ?e <{VNKG.reportScope}> ?home }} "
        f"OPTIONAL {{ ?e <{VNKG.postKind}> ?post }} OPTIONAL {{ ?e <{VNKG.identityMark}> ?mark }} "
        f"OPTIONAL {{ ?e <{VNKG.variantOf}> ?variant }} OPTIONAL {{ ?e <{VNKG.writtenAs}> ?w }} }} "
        f"{keep}}} GROUP BY {where if graph is None else ''} ?e ?name ?spelt ?scope ?home ?to ?rule",
        union_default_graph=False,
    )
    found: dict[str, list[StoredPerson]] = defaultdict(list)
    prefix = f"{base}person/"
    for row in rows:
        to = str(row["to"])
        if not to.startswith(prefix):
            continue
        scope, home = row.get("scope"), row.get("home")
        posts = tuple(sorted(set(str(row.get("posts") or "").split())))
        marks = tuple(sorted(set(str(row.get("marks") or "").split())))
        variants = tuple(sorted({v for v in str(row.get("variants") or "").split(_SEP) if v}))
        spelt = row.get("spelt")
        if spelt is None and row.get("written") is not None:  # a spelling as good as the evidence gives
            spelt = spelling_key(str(row["written"]))
        person_key = PersonKey(str(row["name"]), str(scope) if scope is not None else None,
                               str(home) if home is not None else None, posts,
                               str(spelt) if spelt is not None else "", marks)
        found[graph or str(row["g"])].append(StoredPerson(person_key, to[len(prefix):], str(row["rule"]),
                                                          variants, stale=row.get("spelt") is None))
    return found


_EVIDENCE_PREDICATES = {str(p): name for p, name in (
    (RDF.type, "type"), (VNKG.nameKey, "name"), (VNKG.resolvedTo, "to"), (VNKG.mergeRule, "rule"),
    (VNKG.spellingKey, "spelt"), (VNKG.postScope, "scope"), (VNKG.reportScope, "home"),
    (VNKG.postKind, "post"), (VNKG.identityMark, "mark"), (VNKG.variantOf, "variant"),
    (VNKG.writtenAs, "written"))}


def evidence_of_triples(triples: Iterable[tuple[Any, Any, Any]], base: str = BASE) -> list[StoredPerson]:
    """Return the person evidence of one report graph from its triples in memory.

    What :func:`stored_evidence` reads back from the store for that graph: one item per evidence
    node and combination of its single-valued keys, posts, marks and variants gathered.
    """
    wanted, kind = _EVIDENCE_PREDICATES, str(VNKG.ResolutionEvidence)
    by: dict[str, dict[str, list[Any]]] = {}
    for s, p, o in triples:
        name = wanted.get(str(p))
        if name is not None:
            by.setdefault(str(s), {}).setdefault(name, []).append(o)
    found: list[StoredPerson] = []
    prefix = f"{base}person/"
    maybe: list[Any] = [None]
    for props in by.values():
        if kind not in {str(t) for t in props.get("type", ())}:
            continue
        posts = tuple(sorted(set(" ".join(str(v) for v in set(props.get("post", ()))).split())))
        marks = tuple(sorted(set(" ".join(str(v) for v in set(props.get("mark", ()))).split())))
        joined = _SEP.join(str(v) for v in set(props.get("variant", ())))
        variants = tuple(sorted({v for v in joined.split(_SEP) if v}))
        writtens = [str(w) for w in props.get("written", ())]
        written = min(writtens) if writtens else None
        for name, to, rule, spelt, scope, home in product(
                props.get("name", ()), props.get("to", ()), props.get("rule", ()),
                props.get("spelt") or maybe, props.get("scope") or maybe, props.get("home") or maybe):
            if not str(to).startswith(prefix):
                continue
            spelling = spelt
            if spelling is None and written is not None:
                spelling = spelling_key(written)
            person_key = PersonKey(str(name), str(scope) if scope is not None else None,
                                   str(home) if home is not None else None, posts,
                                   str(spelling) if spelling is not None else "", marks)
            found.append(StoredPerson(person_key, str(to)[len(prefix):], str(rule), variants,
                                      stale=spelt is None))
    return found


def _number(term: Any) -> Decimal | None:
    try:
        return Decimal(str(term))
    except (InvalidOperation, ValueError):
        return None


@dataclass
class GraphRows:
    """What one report graph gives the cross-report graphs, kept so an increment reads only new graphs."""

    keys: frozenset[str] = frozenset()  # the figure keys the graph states
    figures: list[tuple[str, URIRef, Decimal | None, str, URIRef]] = field(default_factory=list)
    dates: list[tuple[URIRef, Literal]] = field(default_factory=list)  # (membership, a date it begins)
    labels: frozenset[tuple[str, str]] = frozenset()  # (person or unit, its Vietnamese label)
    # (indicator, area, start, end, kind, unit, direction, basis), figure, value, data set
    observations: list[tuple[tuple[str, ...], str, Any, str]] = field(default_factory=list)


# Graphs named in one VALUES clause when only some graphs are read.
_VALUES_CHUNK = 400


def _graph_filter(base: str, graphs: list[str] | None) -> list[str]:
    """Return the clauses that restrict ?g: to the named graphs (in chunks), or to report graphs."""
    if graphs is None:
        return [f'FILTER(STRSTARTS(STR(?g), "{base}graph/"))']
    return ["VALUES ?g { " + " ".join(f"<{g}>" for g in graphs[i:i + _VALUES_CHUNK]) + " }"
            for i in range(0, len(graphs), _VALUES_CHUNK)]


def graph_rows(store: Store, base: str = BASE, graphs: Iterable[str] | None = None) -> dict[str, GraphRows]:
    """Return what each report graph (all, or those named) gives the cross-report and conflict graphs."""
    from graph.indicators import conflicts_graph_iri

    names = None if graphs is None else sorted(graphs)
    keys: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[tuple[str, str]]] = defaultdict(set)
    out: dict[str, GraphRows] = {}

    def rows_of(g: str) -> GraphRows:
        found = out.get(g)
        if found is None:
            found = out[g] = GraphRows()
        return found

    for restrict in _graph_filter(base, names):
        for row in store.select(
            f"SELECT ?g ?key ?o ?v ?q ?r WHERE {{ {restrict} GRAPH ?g {{ ?o <{VNKG.figureKey}> ?key "
            f"OPTIONAL {{ ?o <{SDMX_MEASURE.obsValue}> ?v }} OPTIONAL {{ ?o <{PROV.wasDerivedFrom}> ?r }} "
            f"OPTIONAL {{ ?o <{VNKG.qualifier}> ?q }} }} }}",
            union_default_graph=False,
        ):
            g = str(row["g"])
            keys[g].add(str(row["key"]))
            if row.get("v") is not None and row.get("r") is not None:
                rows_of(g).figures.append((str(row["key"]), URIRef(str(row["o"])), _number(row["v"]),
                                           str(row.get("q") or ""), URIRef(str(row["r"]))))
        for row in store.select(
            f"SELECT ?g ?m ?d WHERE {{ {restrict} GRAPH ?g {{ ?m a <{ORG.Membership}> ; "
            f"<{ORG.memberDuring}> ?i . ?i <{TIME.hasBeginning}> ?t . ?t <{TIME.inXSDDate}> ?d }} }}",
            union_default_graph=False,
        ):
            rows_of(str(row["g"])).dates.append((URIRef(str(row["m"])), row["d"]))
        for row in store.select(
            f"SELECT DISTINCT ?g ?s ?l WHERE {{ {restrict} GRAPH ?g {{ ?s a ?t ; <{RDFS.label}> ?l }} "
            f"VALUES ?t {{ <{SCHEMA.Person}> <{ORG.Organization}> }} FILTER(lang(?l) = \"vi\") }}",
            union_default_graph=False,
        ):
            labels[str(row["g"])].add((str(row["s"]), str(row["l"])))
        for row in store.select(
            f"SELECT ?g ?a ?i ?area ?start ?end ?kind ?v ?d ?u ?dir ?bas WHERE {{ {restrict} GRAPH ?g {{ "
            f"?a <{VNKG.indicator}> ?i ; <{VNKG.refArea}> ?area ; <{VNKG.periodStart}> ?start ; "
            f"<{VNKG.periodEnd}> ?end ; <{VNKG.valueKind}> ?kind ; <{SDMX_MEASURE.obsValue}> ?v ; "
            f"<{QB.dataSet}> ?d . OPTIONAL {{ ?a <{SDMX_ATTRIBUTE.unitMeasure}> ?u }} "
            f"OPTIONAL {{ ?a <{VNKG.direction}> ?dir }} OPTIONAL {{ ?a <{VNKG.comparedTo}> ?bas }} }} }}",
            union_default_graph=False,
        ):
            # The conflict test joins these terms as they are; the optional ones compare as text.
            group = (*(row[n].n3() for n in ("i", "area", "start", "end", "kind")),
                     *(str(row.get(n) or "") for n in ("u", "dir", "bas")))
            rows_of(str(row["g"])).observations.append((group, str(row["a"]), row["v"], row["d"].n3()))
    for g, found in keys.items():
        rows_of(g).keys = frozenset(found)
    for g, found in labels.items():
        rows_of(g).labels = frozenset(found)
    if names is not None:
        for g in names:
            rows_of(g)
    out.pop(conflicts_graph_iri(base), None)  # a derived graph, not a report
    return out


_STORED: dict[tuple[str, str], Literal] = {}


def _as_stored(term: Any) -> Any:
    """Return ``term`` as the store gives it back after its N-Triples are loaded (``to_rdflib``)."""
    if not isinstance(term, Literal):
        return term
    if term.language:
        return Literal(str(term), lang=term.language)
    if term.datatype is None or term.datatype == XSD.string:
        return Literal(str(term))
    cache_key = (str(term), str(term.datatype))
    found = _STORED.get(cache_key)
    if found is None:
        # The engine keeps a typed value (a number, a date) in its canonical form ("61.0" comes
        # back "61"): ask it, in a store of one statement, rather than copy its rules here.
        import pyoxigraph as ox

        one = ox.Store()
        node = ox.NamedNode("urn:x-vnkg:canonical")
        one.add(ox.Quad(node, node, ox.Literal(cache_key[0], datatype=ox.NamedNode(cache_key[1]))))
        value = next(iter(one)).object.value
        found = _STORED[cache_key] = Literal(value, datatype=term.datatype)
    return found


# The predicates the rows read, as plain strings: rdflib's term equality is Python code, and a
# report graph of ~800 triples is looked up once a triple.
_FIGURE_KEY, _VALUE, _SOURCE, _QUALIFIER = (str(VNKG.figureKey), str(SDMX_MEASURE.obsValue),
                                            str(PROV.wasDerivedFrom), str(VNKG.qualifier))
_TYPE, _DURING, _BEGINNING, _DATE, _LABEL = (str(RDF.type), str(ORG.memberDuring), str(TIME.hasBeginning),
                                             str(TIME.inXSDDate), str(RDFS.label))
_OBSERVATION_REQUIRED = tuple(str(p) for p in (VNKG.indicator, VNKG.refArea, VNKG.periodStart, VNKG.periodEnd,
                                               VNKG.valueKind, SDMX_MEASURE.obsValue, QB.dataSet))
_OBSERVATION_OPTIONAL = tuple(str(p) for p in (SDMX_ATTRIBUTE.unitMeasure, VNKG.direction, VNKG.comparedTo))
_ROW_PREDICATES = frozenset({_FIGURE_KEY, _VALUE, _SOURCE, _QUALIFIER, _TYPE, _DURING, _BEGINNING, _DATE,
                             _LABEL, *_OBSERVATION_REQUIRED, *_OBSERVATION_OPTIONAL})
_LABELLED = frozenset({str(SCHEMA.Person), str(ORG.Organization)})
_MEMBERSHIP = str(ORG.Membership)


def rows_of_triples(triples: Iterable[tuple[Any, Any, Any]]) -> GraphRows:
    """Return what one report graph gives the cross-report graphs, from its triples in memory.

    The rows :func:`graph_rows` reads back from the store for that graph (the same patterns, each
    optional part one row a value or one unbound row), without the store's queries.
    """
    wanted = _ROW_PREDICATES
    by: dict[str, dict[str, list[Any]]] = {}
    for s, p, o in triples:
        p = str(p)
        if p in wanted:
            props = by.setdefault(str(s), {})
            found_o = props.get(p)
            if found_o is None:
                props[p] = [o]
            else:
                found_o.append(o)
    found = GraphRows()
    keys: set[str] = set()
    labels: set[tuple[str, str]] = set()
    maybe: list[Any] = [None]
    none: dict[str, list[Any]] = {}
    for s, props in by.items():
        for figure_key in props.get(_FIGURE_KEY, ()):
            keys.add(str(figure_key))
            for v in props.get(_VALUE) or maybe:
                for r in props.get(_SOURCE) or maybe:
                    for q in props.get(_QUALIFIER) or maybe:
                        if v is not None and r is not None:
                            found.figures.append((str(figure_key), URIRef(s), _number(_as_stored(v)),
                                                  str(_as_stored(q) or "") if q is not None else "",
                                                  URIRef(str(r))))
        types = {str(t) for t in props.get(_TYPE, ())}
        if _MEMBERSHIP in types:
            for i in props.get(_DURING, ()):
                for t in by.get(str(i), none).get(_BEGINNING, ()):
                    for d in by.get(str(t), none).get(_DATE, ()):
                        found.dates.append((URIRef(s), _as_stored(d)))
        if not _LABELLED.isdisjoint(types):
            for label in props.get(_LABEL, ()):
                if isinstance(label, Literal) and label.language == "vi":
                    labels.add((s, str(label)))
        if _OBSERVATION_REQUIRED[0] in props:
            required = [props.get(p) for p in _OBSERVATION_REQUIRED]
            if not all(required):
                continue
            optional = [props.get(p) or maybe for p in _OBSERVATION_OPTIONAL]
            for i, area, start, end, kind, v, d, u, direction, basis in product(*required, *optional):
                group = (*(_as_stored(t).n3() for t in (i, area, start, end, kind)),
                         *(str(_as_stored(t)) if t is not None else "" for t in (u, direction, basis)))
                found.observations.append((group, s, _as_stored(v), _as_stored(d).n3()))
    found.keys = frozenset(keys)
    found.labels = frozenset(labels)
    return found


def _date_order(term: Any) -> tuple[int, Any]:
    """Return a key ordering dates as SPARQL's MIN and MAX do (by value; text when it is no date)."""
    value = term.toPython() if isinstance(term, Literal) else term
    return (0, value) if hasattr(value, "isoformat") else (1, str(term))


def cross_report_graph_of(rows: Mapping[str, GraphRows]) -> Graph:
    """Return the derived graph from the report graphs' rows: figures several reports state, dates, names."""
    g = bind_prefixes(Graph())
    stated: Counter[str] = Counter()
    for found in rows.values():
        stated.update(found.keys)
    groups: dict[str, dict[URIRef, tuple[Decimal | None, str, URIRef]]] = defaultdict(dict)
    for found in rows.values():
        for figure_key, node, value, qualifier, source in found.figures:
            if stated[figure_key] > 1:
                groups[figure_key][node] = (value, qualifier, source)
    for _, members in sorted(groups.items()):
        for a, (value_a, qual_a, source_a) in sorted(members.items()):
            for b, (value_b, qual_b, source_b) in sorted(members.items()):
                if source_a == source_b:
                    continue  # two figures of one report: the report itself does not restate them
                same = value_a is not None and value_a == value_b and qual_a == qual_b
                g.add((a, VNKG.sameFigureAs if same else VNKG.conflictsWith, b))
                if same:
                    # One figure, stated by both reports: each statement carries the other source too.
                    g.add((a, PROV.wasDerivedFrom, source_b))
    dates: dict[URIRef, list[Any]] = defaultdict(list)
    for found in rows.values():
        for membership, date in found.dates:
            dates[membership].append(date)
    for node, values in dates.items():
        for prop, value in ((VNKG.firstStated, min(values, key=_date_order)),
                            (VNKG.lastStated, max(values, key=_date_order))):
            g.add((node, prop, Literal(str(value), datatype=XSD.date)))
    # A person or unit that reports spell differently ('Hoà', 'Hòa') gets one preferred name:
    # the spelling most reports use (the first in order on a tie).
    graphs_of: Counter[tuple[str, str]] = Counter()
    for found in rows.values():
        graphs_of.update(found.labels)
    spellings: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (node, label), n in graphs_of.items():
        spellings[node].append((-n, label))
    for node, names in spellings.items():
        if len(names) > 1:
            g.add((URIRef(node), SKOS.prefLabel, Literal(min(names)[1], lang="vi")))
    return g


def cross_report_graph(store: Store, base: str = BASE) -> Graph:
    """Return the derived graph: figures stated by several reports, and when memberships are stated."""
    return cross_report_graph_of(graph_rows(store, base))


def graph_digest(g: Graph) -> str:
    """Return a hash of a graph without blank nodes (sorted N-Triples), for comparisons."""
    lines = sorted(line for line in g.serialize(format="nt").splitlines() if line.strip())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# Explaining an entity (vnkg explain)
# --------------------------------------------------------------------------------------------

def find_entities(store: Store, text: str, base: str = BASE) -> list[str]:
    """Return the IRIs an explain argument may mean: an IRI, 'person/…', an id 'person.…', or a name."""
    text = nfc(text).strip()
    if text.startswith(("http://", "https://")):
        return [text]
    if re.fullmatch(r"(person|org)/[\w.~%-]+", text):
        return [base + text]
    if re.fullmatch(r"(person|org)\.[\w.~-]+", text):
        from graph.network import id_to_iri

        try:
            return [id_to_iri(text, base)]
        except ValueError:
            return []
    # A name: the persons whose name key it is, and the unit whose IRI it makes.
    rows = store.select(
        f"SELECT DISTINCT ?to WHERE {{ GRAPH ?g {{ ?e <{VNKG.nameKey}> ?k ; <{VNKG.resolvedTo}> ?to }} "
        f"FILTER(?k = {Literal(_name_segment(text, base)).n3()}) }} ORDER BY ?to",
        union_default_graph=False,
    )
    found = [str(r["to"]) for r in rows]
    unit = str(org_iri(text, base))
    if store.ask(f"ASK {{ GRAPH ?g {{ ?e <{VNKG.resolvedTo}> <{unit}> }} }}", union_default_graph=False):
        found.append(unit)
    return found


def explain(store: Store, iri: str, base: str = BASE) -> dict[str, Any] | None:
    """Return why the mentions of an entity were merged: per report, the forms, rule and passages."""
    node = f"<{iri}>"
    rows = store.select(
        f"SELECT ?g ?e ?rule ?reason ?key ?scope ?home "
        f"(GROUP_CONCAT(DISTINCT COALESCE(?w, \"\"); separator=\"{_SEP}\") AS ?written) "
        f"(GROUP_CONCAT(DISTINCT COALESCE(?p, \"\"); separator=\"{_SEP}\") AS ?posts) WHERE {{ GRAPH ?g {{ "
        f"?e <{VNKG.resolvedTo}> {node} . OPTIONAL {{ ?e <{VNKG.mergeRule}> ?rule }} "
        f"OPTIONAL {{ ?e <{VNKG.mergeReason}> ?reason }} OPTIONAL {{ ?e <{VNKG.nameKey}> ?key }} "
        f"OPTIONAL {{ ?e <{VNKG.postScope}> ?scope }} OPTIONAL {{ ?e <{VNKG.reportScope}> ?home }} "
        f"OPTIONAL {{ ?e <{VNKG.writtenAs}> ?w }} OPTIONAL {{ ?e <{VNKG.postKind}> ?p }} }} }} "
        f"GROUP BY ?g ?e ?rule ?reason ?key ?scope ?home",
        union_default_graph=False,
    )
    if not rows:
        return None
    reports = {str(r["g"]): r for r in store.select(
        f"SELECT ?g ?r ?date ?title WHERE {{ GRAPH ?g {{ ?r a <{SCHEMA.NewsArticle}> . "
        f"OPTIONAL {{ ?r <{SCHEMA.datePublished}> ?date }} OPTIONAL {{ ?r <{SCHEMA.headline}> ?title }} }} "
        f"?x <{VNKG.resolvedTo}> {node} }}", union_default_graph=False)}
    quotes: dict[str, list[str]] = defaultdict(list)
    for r in store.select(
        f"SELECT DISTINCT ?g ?q ?start WHERE {{ GRAPH ?g {{ ?a <{OA.hasBody}> {node} ; "
        f"<{OA.hasTarget}> ?t . ?t <{OA.hasSelector}> ?s , ?ps . ?s <{OA.exact}> ?q . "
        f"?ps <{OA.start}> ?start }} }} ORDER BY ?g ?start",
        union_default_graph=False,
    ):
        if str(r["q"]) not in quotes[str(r["g"])]:
            quotes[str(r["g"])].append(str(r["q"]))
    mentions = []
    keys: set[str] = set()
    for r in rows:
        graph = str(r["g"])
        report = reports.get(graph)
        if r.get("key") is not None:
            keys.add(str(r["key"]))
        mentions.append({
            "graph": graph,
            "report": str(report["r"]) if report else None,
            "date": str(report["date"])[:10] if report and report.get("date") is not None else None,
            "headline": str(report["title"]) if report and report.get("title") is not None else None,
            "written": sorted(w for w in str(r.get("written") or "").split(_SEP) if w),
            "rule": str(r["rule"]) if r.get("rule") is not None else None,
            "reason": str(r["reason"]) if r.get("reason") is not None else None,
            "scope": str(r["scope"]) if r.get("scope") is not None else None,
            "report_scope": str(r["home"]) if r.get("home") is not None else None,
            "posts": sorted(p for p in str(r.get("posts") or "").split(_SEP) if p),
            "passages": quotes.get(graph, []),
        })
    mentions.sort(key=lambda m: (m["date"] or "", m["graph"]))
    # The preferred name the cross-report graph gives when reports spell the name differently.
    label = next((str(r["l"]) for r in store.select(
        f"SELECT ?l ?o WHERE {{ {{ GRAPH ?g {{ {node} <{SKOS.prefLabel}> ?l }} BIND(0 AS ?o) }} UNION "
        f"{{ GRAPH ?g {{ {node} <{RDFS.label}> ?l }} BIND(1 AS ?o) }} FILTER(lang(?l) = \"vi\") }} "
        f"ORDER BY ?o ?g LIMIT 1", union_default_graph=False)), None)
    namesakes = []
    if keys:
        values = " ".join(Literal(k).n3() for k in sorted(keys))
        for r in store.select(
            f"SELECT ?to (GROUP_CONCAT(DISTINCT COALESCE(?scope, \"\"); separator=\" \") AS ?scopes) "
            f"(COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?k {{ {values} }} GRAPH ?g {{ "
            f"?e <{VNKG.nameKey}> ?k ; <{VNKG.resolvedTo}> ?to . "
            f"OPTIONAL {{ ?e <{VNKG.postScope}> ?scope }} }} FILTER(?to != {node}) }} "
            f"GROUP BY ?to ORDER BY ?to",
            union_default_graph=False,
        ):
            namesakes.append({"iri": str(r["to"]), "scopes": sorted(str(r.get("scopes") or "").split()),
                              "reports": int(str(r["n"]))})
    posts: dict[str, dict[str, Any]] = {}
    for r in store.select(
        f"SELECT ?m ?l ?d ?first ?last WHERE {{ GRAPH ?g {{ ?m <{ORG.member}> {node} ; "
        f"<{RDFS.label}> ?l . OPTIONAL {{ ?m <{ORG.memberDuring}> ?i . "
        f"?i <{TIME.hasBeginning}> ?t . ?t <{TIME.inXSDDate}> ?d }} }} "
        f"OPTIONAL {{ ?m <{VNKG.firstStated}> ?first ; <{VNKG.lastStated}> ?last }} }} ORDER BY ?m ?d",
        union_default_graph=False,
    ):
        post = posts.setdefault(str(r["m"]), {"membership": str(r["m"]), "label": str(r["l"]), "stated": [],
                                              "first": None, "last": None})
        if r.get("d") is not None and str(r["d"]) not in post["stated"]:
            post["stated"].append(str(r["d"]))
        if r.get("first") is not None:
            post["first"], post["last"] = str(r["first"]), str(r["last"])
    held = sorted(posts.values(), key=lambda p: (p["first"] or "", p["label"]))
    return {"iri": iri, "label": label, "mentions": mentions, "reports": len({m["graph"] for m in mentions}),
            "namesakes": namesakes, "posts": held}


def _place_names() -> dict[str, str]:
    from graph.gazetteer import load

    names = {entry.key: entry.vi for entry in load().table("places").values()}
    names[NATIONAL] = "national bodies"
    return names


def explain_lines(info: Mapping[str, Any]) -> list[str]:
    """Return an explanation in plain words, one line each."""
    places = _place_names()
    out = [f"{info['label'] or info['iri']}  <{info['iri']}>",
           f"{len(info['mentions'])} mention(s) in {info['reports']} report(s) resolved to this entity:"]
    for m in info["mentions"]:
        stem = m["graph"].rsplit("/", 1)[-1]
        out.append(f"- {stem}{' (' + m['date'] + ')' if m['date'] else ''}: written "
                   + ", ".join(f"'{w}'" for w in m["written"]))
        details = []
        if m["scope"]:
            details.append(f"posts in {places.get(m['scope'], m['scope'])}")
        if m["posts"]:
            details.append("post kinds " + ", ".join(m["posts"]))
        if m["report_scope"]:
            details.append(f"report about {places.get(m['report_scope'], m['report_scope'])}")
        if details:
            out.append("    " + "; ".join(details))
        if m["rule"]:
            out.append(f"    rule {m['rule']}: {m['reason'] or RULES.get(m['rule'], '')}")
        for passage in m["passages"][:3]:
            out.append(f"    \u201c{passage}\u201d")
    if info["namesakes"]:
        out.append("Kept apart (same name, other evidence):")
        for n in info["namesakes"]:
            scopes = ", ".join(places.get(x, x) for x in n["scopes"]) or "no post stated"
            out.append(f"- <{n['iri']}>: posts in {scopes}; {n['reports']} report(s)")
    if info["posts"]:
        out.append("Posts held, by the dates of the reports that state them:")
        for p in info["posts"]:
            out.append(f"- {p['label']}: stated " + ", ".join(p["stated"]))
    return out
