"""Draw pairs of person mentions from a built store, for judging entity resolution by hand (issue 15).

Two samples, both seeded:

* **merged**: two mentions in different reports, written differently ('Lê Quang Hoà' and
  'LÊ QUANG HÒA', 'Đào Vĩnh Thắng' and 'Đào Vịnh Thắng'), that resolution gave one person IRI.
  Judging them gives the precision of merging across spellings.
* **any form**: two mentions in different reports resolved to one IRI, however written: the
  precision of merging as a whole (mostly the same-name rule).
* **apart**: two person IRIs kept apart whose names share the surname and the given name (first
  and last syllable, case and tone placement folded). Judging them finds the merges missed.

Each pair is printed with what a judge needs: IRIs, forms, rule, rank and posts, and one sentence
of each report around the mention. Usage::

    python -m benchmarks.resolution_check --store /tmp/resolve-store --seed 15 --pairs 100 > pairs.md
    python -m benchmarks.resolution_check --store /tmp/resolve-store --json pairs.json

The store is a build of part of the real corpus, for instance the first 1,500 records of
``../shared/corpora/baomoi-2017-police.jsonl`` (``vnkg build sample.jsonl --no-validate --jobs 1
--store /tmp/resolve-store``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from graph.rdf import BASE, ORG, RDFS, VNKG, person_iri
from graph.store import open_store
from graph.text import key, nfc

OA = "http://www.w3.org/ns/oa#"


@dataclass
class Mention:
    """One report's mention of one person: what the evidence node and the report's graph say."""

    graph: str
    person: str
    written: list[str]
    rule: str
    spelling: str
    marks: list[str] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)
    sentence: str = ""

    @property
    def stem(self) -> str:
        return self.graph.rsplit("/", 1)[-1]


def mentions(store, base: str = BASE) -> list[Mention]:
    """Return every person mention of the store (one per report and person), sorted."""
    sep = "\u001f"
    rows = store.select(
        f"SELECT ?g ?to ?rule ?spelt (GROUP_CONCAT(DISTINCT ?w; separator=\"{sep}\") AS ?ws) "
        f"(GROUP_CONCAT(DISTINCT COALESCE(?m, \"\"); separator=\" \") AS ?ms) WHERE {{ GRAPH ?g {{ "
        f"?e <{VNKG.nameKey}> ?k ; <{VNKG.resolvedTo}> ?to ; <{VNKG.mergeRule}> ?rule ; "
        f"<{VNKG.writtenAs}> ?w . "
        f"OPTIONAL {{ ?e <{VNKG.spellingKey}> ?spelt }} OPTIONAL {{ ?e <{VNKG.identityMark}> ?m }} }} "
        f'FILTER(STRSTARTS(STR(?g), "{base}graph/")) }} GROUP BY ?g ?to ?rule ?spelt',
        union_default_graph=False,
    )
    found = {}
    for r in rows:
        m = Mention(str(r["g"]), str(r["to"]), sorted(str(r["ws"]).split(sep)), str(r["rule"]),
                    str(r.get("spelt") or ""), sorted(x for x in str(r.get("ms") or "").split() if x))
        found[m.graph, m.person] = m
    for r in store.select(
        f"SELECT ?g ?p ?l WHERE {{ GRAPH ?g {{ ?x <{ORG.member}> ?p ; <{RDFS.label}> ?l }} }}",
        union_default_graph=False,
    ):
        m = found.get((str(r["g"]), str(r["p"])))
        if m is not None and str(r["l"]) not in m.posts:
            m.posts.append(str(r["l"]))
    for r in store.select(
        f"SELECT ?g ?p (MIN(?s) AS ?sentence) WHERE {{ GRAPH ?g {{ ?a <{OA}hasBody> ?p ; "
        f"<{VNKG.sentence}> ?s }} }} GROUP BY ?g ?p",
        union_default_graph=False,
    ):
        m = found.get((str(r["g"]), str(r["p"])))
        if m is not None:
            m.sentence = str(r["sentence"])
    return [found[k] for k in sorted(found)]


def _forms(m: Mention) -> frozenset[str]:
    return frozenset(nfc(w).strip() for w in m.written)


def merged_pairs(found: list[Mention], n: int, rng: random.Random,
                 spelt_apart: bool = True) -> list[tuple[Mention, Mention]]:
    """Return ``n`` random pairs of mentions in two reports, of one person IRI.

    With ``spelt_apart``, only pairs written differently (no form in common).
    """
    by_person: dict[str, list[Mention]] = defaultdict(list)
    for m in found:
        by_person[m.person].append(m)
    pairs = [(a, b) for ms in by_person.values() for i, a in enumerate(ms) for b in ms[i + 1:]
             if a.graph != b.graph and not (spelt_apart and _forms(a) & _forms(b))]
    return rng.sample(pairs, min(n, len(pairs)))


def _ends(m: Mention) -> tuple[str, str] | None:
    words = key(m.written[0]).split()
    return (words[0], words[-1]) if len(words) >= 2 else None


def apart_pairs(found: list[Mention], n: int, rng: random.Random) -> list[tuple[Mention, Mention]]:
    """Return ``n`` random pairs of persons kept apart whose names share the first and last syllable.

    Each person is shown by one of its mentions, drawn at random.
    """
    by_person: dict[str, list[Mention]] = defaultdict(list)
    for m in found:
        by_person[m.person].append(m)
    by_ends: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person, ms in by_person.items():
        for m in ms:
            ends = _ends(m)
            if ends is not None:
                by_ends[ends].add(person)
    pairs = sorted({(a, b) for people in by_ends.values() for a in people for b in people if a < b})
    drawn = rng.sample(pairs, min(n, len(pairs)))
    return [(rng.choice(by_person[a]), rng.choice(by_person[b])) for a, b in drawn]


def _short(text: str, around: list[str], width: int = 160) -> str:
    text = " ".join(text.split())
    at = min((i for i in (text.find(w) for w in around) if i >= 0), default=0)
    start = max(0, at - width // 3)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")


def show(pairs: list[tuple[Mention, Mention]], title: str) -> list[str]:
    out = [f"## {title} ({len(pairs)} pairs)", ""]
    for i, (a, b) in enumerate(pairs, 1):
        out.append(f"### {i}")
        for m in (a, b):
            name = m.person.rsplit("/", 1)[-1]
            out.append(f"- <{name}> in {m.stem}: {' | '.join(m.written)}; rule {m.rule}")
            if m.posts:
                out.append(f"  posts: {'; '.join(sorted(m.posts))}")
            out.append(f"  “{_short(m.sentence, m.written)}”")
        out.append("")
    return out


def summary(found: list[Mention]) -> list[str]:
    """Return counts: mentions, persons, name families spelt several ways and what became of them."""
    persons = {m.person for m in found}
    spellings: dict[str, set[str]] = defaultdict(set)
    iris: dict[str, set[str]] = defaultdict(set)
    for m in found:
        family = str(person_iri(m.written[0])).rsplit("/", 1)[-1]
        spellings[family].add(m.spelling or key(m.written[0]))
        iris[family].add(m.person)
    several = [f for f, s in spellings.items() if len(s) > 1]
    apart = [f for f in several if len(iris[f]) > 1]
    variant = {m.person for m in found if "variant" in m.rule}
    return [f"{len(found)} person mentions (report × person), {len(persons)} persons, "
            f"{len(spellings)} name families (slugs)",
            f"families spelt several ways (beyond case and tone placement): {len(several)}; "
            f"split into several IRIs: {len(apart)}",
            f"persons merged across a one-letter or one-tone variant on evidence: {len(variant)}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", default="/tmp/resolve-store")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--json", help="also write the pairs as JSON to this file")
    args = parser.parse_args(argv)
    with open_store(args.store, read_only=True) as store:
        found = mentions(store)
    rng = random.Random(args.seed)
    merged = merged_pairs(found, args.pairs, rng)
    any_form = merged_pairs(found, args.pairs, rng, spelt_apart=False)
    apart = apart_pairs(found, args.pairs, rng)
    print("\n".join(summary(found)) + "\n")
    print("\n".join(show(merged, "Merged: two spellings, one IRI")))
    print("\n".join(show(any_form, "Merged: any two mentions in two reports, one IRI")))
    print("\n".join(show(apart, "Kept apart: same surname and given name, two IRIs")))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"merged": [[asdict(a), asdict(b)] for a, b in merged],
                       "any_form": [[asdict(a), asdict(b)] for a, b in any_form],
                       "apart": [[asdict(a), asdict(b)] for a, b in apart]}, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
