"""Load the gazetteers: ranks, roles, unit kinds, tasks, units of count, abbreviations, places.

The tables are TSV files in ``ontology/gazetteers/`` (one entry a line: key, Vietnamese, English,
aliases separated by ``|``, broader key, kind). Provinces and cities come from the administrative
units that underthesea ships (the 34 units after the 2025 merger and the 63 before it), so no
place list is kept by hand. The same tables become SKOS concepts in the ontology graph.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from graph.text import key, nfc, slug, strip_accents

__all__ = ["Entry", "Gazetteer", "load", "word_lists", "GAZETTEER_DIR"]

# Package data (graph/ontology links to the checkout's ontology/ folder; the wheel holds a copy).
GAZETTEER_DIR = Path(str(resources.files("graph") / "ontology" / "gazetteers"))
TABLES = ("ranks", "roles", "unit_kinds", "tasks", "units")


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry."""

    key: str
    vi: str
    en: str
    aliases: tuple[str, ...] = ()
    broader: str | None = None
    kind: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form: the Vietnamese name first, then the aliases."""
        return (self.vi, *self.aliases)


class Gazetteer:
    """The gazetteer tables, with look-ups that ignore case and tone-mark placement."""

    def __init__(self, tables: dict[str, dict[str, Entry]], abbreviations: dict[str, tuple[str, str]]):
        self.ranks = tables["ranks"]
        self.roles = tables["roles"]
        self.unit_kinds = tables["unit_kinds"]
        self.tasks = tables["tasks"]
        self.units = tables["units"]
        self.places = tables["places"]
        self._tables = tables
        # abbreviation -> (expansion, English)
        self.abbreviation_table = abbreviations
        self.abbreviations = {abbr: exp for abbr, (exp, _) in abbreviations.items()}
        self._index: dict[str, dict[str, Entry]] = {}
        for name, table in tables.items():
            index: dict[str, Entry] = {}
            for entry in table.values():
                for form in (*entry.forms, entry.en):
                    index.setdefault(key(form), entry)
            self._index[name] = index
        # Longest abbreviation first so 'PCCC và CNCH' wins over 'PCCC'; whole words only.
        alternatives = sorted(abbreviations, key=len, reverse=True)
        self._abbr_re = re.compile(
            r"(?<![\w.])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w])"
        )

    def table(self, name: str) -> dict[str, Entry]:
        """Return one table by name."""
        return self._tables[name]

    def lookup(self, table: str, text: str) -> Entry | None:
        """Find the entry whose name, alias or English name is ``text`` (case, tones ignored)."""
        return self._index[table].get(key(text))

    def expand(self, text: str) -> str:
        """Return ``text`` with known abbreviations written out ('UBND' → 'Ủy ban nhân dân')."""
        return self._abbr_re.sub(lambda m: self.abbreviations[m.group(1)], nfc(text))

    def english_abbreviation(self, abbr: str) -> str | None:
        """Return the English for an abbreviation, if known."""
        found = self.abbreviation_table.get(abbr)
        return found[1] if found else None


def _read_table(path: Path) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            aliases = tuple(nfc(a) for a in (row.get("aliases") or "").split("|") if a)
            entry = Entry(
                key=row["key"],
                vi=nfc(row["vi"]),
                en=row["en"],
                aliases=aliases,
                broader=row.get("broader") or None,
                kind=row.get("kind") or None,
            )
            entries[entry.key] = entry
    return entries


def _read_abbreviations(path: Path) -> dict[str, tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            nfc(r["abbr"]): (nfc(r["expansion"]), r["en"]) for r in csv.DictReader(handle, delimiter="\t")
        }


def _read_places() -> dict[str, Entry]:
    """Provinces and centrally-run cities, before and after the 2025 merger, from underthesea's data."""
    source = resources.files("underthesea.address").joinpath("data/mapping.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    merged_into = data.get("province_mapping", {})
    new_names = data.get("province_names", {})
    places: dict[str, Entry] = {}
    for table, current in ((new_names, True), (data.get("old_province_names", {}), False)):
        for code, info in table.items():
            full, short = nfc(info["name"]), nfc(info["short"])
            entry_key = slug(short)
            if entry_key in places:
                continue
            kind = "city" if full.lower().startswith("thành phố") else "province"
            successor = merged_into.get(code)
            broader = None
            if not current and successor and successor != code and successor in new_names:
                broader = slug(nfc(new_names[successor]["short"]))
            aliases = [full]
            if kind == "city":
                aliases += [f"TP {short}", f"TP. {short}", f"thành phố {short}"]
            else:
                aliases.append(f"tỉnh {short}")
            places[entry_key] = Entry(
                key=entry_key,
                vi=short,
                en=strip_accents(short),
                aliases=tuple(aliases),
                broader=broader,  # for a merged-away province: the unit it joined in 2025
                kind=kind if current else f"former-{kind}",
            )
    extra = GAZETTEER_DIR / "places.tsv"
    if extra.exists():
        for entry in _read_table(extra).values():
            base = places.get(entry.key)
            if base:
                entry = Entry(
                    base.key,
                    base.vi,
                    entry.en or base.en,
                    base.aliases + entry.aliases,
                    base.broader,
                    base.kind,
                )
            places[entry.key] = entry
    return places


@cache
def load(directory: Path | None = None) -> Gazetteer:
    """Load (once) and return the gazetteers."""
    directory = directory or GAZETTEER_DIR
    tables = {name: _read_table(directory / f"{name}.tsv") for name in TABLES}
    tables["places"] = _read_places()
    return Gazetteer(tables, _read_abbreviations(directory / "abbreviations.tsv"))


@cache
def word_lists(name: str, directory: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Return the lists of a sectioned word file: each '[section]' line's name → the lines under it.

    One phrase a line, in NFC; blank lines and '#' comments are skipped. A line may hold fields
    (a tab, ' | '), which the reader of that section splits.
    """
    lists: dict[str, list[str]] = {}
    section: list[str] | None = None
    for raw in ((directory or GAZETTEER_DIR) / name).read_text(encoding="utf-8").splitlines():
        line = nfc(raw.split("#", 1)[0].rstrip())
        if not line.strip():
            continue
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header:
            section = lists.setdefault(header.group(1), [])
        elif section is None:
            raise ValueError(f"{name}: a line before the first [section]: {line!r}")
        else:
            section.append(line.strip())
    return {k: tuple(v) for k, v in lists.items()}
