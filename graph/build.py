"""Build a folder of reports into a store: read, extract, turn into triples, validate, load.

Each report becomes one named graph, replaced in one transaction, so a store holds whole reports
only. A report whose text is unchanged (same content hash) is skipped; the graph of a report that
is gone from the folder is dropped. A report that cannot be read, or whose graph fails
validation, is named with the reason and the others still build.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from graph.extract import Metadata, extract
from graph.facts import ReportFacts
from graph.rdf import BASE, ONTOLOGY_GRAPH, facts_to_graph, report_graph_iri, report_stem, vocabulary_graph
from graph.store.base import Store
from graph.validate import describe, validate

__all__ = [
    "ReportError",
    "BuildSummary",
    "ReportResult",
    "read_report",
    "extract_file",
    "build",
    "REPORT_SUFFIXES",
    "find_reports",
]

REPORT_SUFFIXES = (".txt",)
MAX_REPORT_BYTES = 20 * 1024 * 1024  # a news report is a few KB; 20 MB is a scraper gone wrong
VNKG_HASH = "https://w3id.org/vnkg/ontology#contentHash"


class ReportError(Exception):
    """A report that cannot be built, with the reason in plain words."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        super().__init__(f"{os.fspath(path)}: {reason}")
        self.path = os.fspath(path)
        self.reason = reason


@dataclass
class ReportResult:
    """What became of one report."""

    path: str
    status: str  # built | unchanged | failed | removed
    triples: int = 0
    reason: str | None = None
    facts: ReportFacts | None = None


@dataclass
class BuildSummary:
    """The counts a build prints at its end."""

    results: list[ReportResult] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    statistics: int = 0
    warnings: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[ReportResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def triples(self) -> int:
        return sum(r.triples for r in self.results)

    def lines(self) -> list[str]:
        """Return the summary in plain words, one line each."""
        out = [
            f"reports: {self.count('built')} built, {self.count('unchanged')} unchanged, "
            f"{self.count('removed')} removed, {self.count('failed')} failed",
            f"triples written: {self.triples}",
        ]
        if self.entities:
            out.append("entities: " + ", ".join(f"{n} {kind}" for kind, n in sorted(self.entities.items())))
        out.append(f"statistics: {self.statistics}")
        for warning in self.warnings:
            out.append(f"warning: {warning}")
        for result in self.failed:
            out.append(f"FAILED {result.path}: {result.reason}")
        return out


def read_report(path: str | os.PathLike[str]) -> tuple[str, Metadata]:
    """Read a report's text, or raise ReportError saying why it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise ReportError(
                path,
                f"too large ({size // (1024 * 1024)} MB; the limit is "
                f"{MAX_REPORT_BYTES // (1024 * 1024)} MB)",
            )
        data = path.read_bytes()
    except OSError as err:
        raise ReportError(path, f"cannot be read ({err.strerror or err})") from err
    if b"\x00" in data:
        raise ReportError(path, "binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReportError(
            path, f"not UTF-8 text (byte {err.start}: {data[err.start : err.start + 1]!r})"
        ) from err
    if not text.strip():
        raise ReportError(path, "empty")
    return text, Metadata()


def extract_file(path: str | os.PathLike[str]) -> ReportFacts:
    """Read and extract one report file."""
    text, meta = read_report(path)
    return extract(text, Path(path).name, meta)


def find_reports(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Return the report files named, or found under the directories named, sorted."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
            )
        else:
            found.append(path)
    return sorted(set(found))


def _content_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _stored_hashes(store: Store, base: str) -> dict[str, str]:
    """Return report graph IRI → content hash for the reports already in the store."""
    prefix = f"{base}graph/"
    rows = store.select(
        f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?r <{VNKG_HASH}> ?h }} }}", union_default_graph=False
    )
    return {str(row["g"]): str(row["h"]) for row in rows if str(row["g"]).startswith(prefix)}


def _graph_for(path: Path, base: str, validate_graph: bool) -> tuple[Graph, ReportFacts]:
    """Extract a report and return its graph (raises ReportError when it fails validation)."""
    facts = extract_file(path)
    digest = _content_hash(path)
    graph = facts_to_graph(facts, base=base, content_hash=digest)
    if validate_graph:
        problems = validate(graph)
        if problems:
            shown = "; ".join(describe(v) for v in problems[:5])
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            raise ReportError(path, f"fails validation: {shown}{more}")
    return graph, facts


def _work(args: tuple[str, str, bool]) -> tuple[str, bytes | None, str | None, dict | None]:
    """Extract one report in a worker process; return N-Triples or the reason it failed."""
    path, base, validate_graph = args
    try:
        graph, facts = _graph_for(Path(path), base, validate_graph)
    except ReportError as err:
        return path, None, err.reason, None
    return (
        path,
        graph.serialize(format="nt", encoding="utf-8"),
        None,
        {"statistics": len(facts.statistics), "warnings": facts.warnings},
    )


def build(
    paths: Sequence[str | os.PathLike[str]],
    store: Store,
    *,
    base: str = BASE,
    jobs: int = 1,
    validate_graph: bool = True,
    prune: bool = True,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> BuildSummary:
    """Build reports (files or directories) into ``store`` and return what happened.

    Unchanged reports are skipped; with ``prune``, the graphs of reports no longer present under
    the given directories are dropped. ``jobs`` > 1 extracts in that many processes.
    """
    summary = BuildSummary()
    files = find_reports(paths)
    stored = _stored_hashes(store, base)
    store.replace_graph(ONTOLOGY_GRAPH, vocabulary_graph())

    todo: list[Path] = []
    for path in files:
        iri = str(report_graph_iri(report_stem(path.name), base))
        digest = _content_hash(path)
        if digest is not None and stored.get(iri) == digest:
            summary.results.append(ReportResult(str(path), "unchanged"))
        else:
            todo.append(path)

    tasks = [(str(p), base, validate_graph) for p in todo]
    if jobs > 1 and len(tasks) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            outcomes: Iterable = pool.map(_work, tasks, chunksize=4)
            _load_all(outcomes, store, base, summary, progress, len(tasks))
    else:
        _load_all(map(_work, tasks), store, base, summary, progress, len(tasks))

    if prune and all(Path(p).is_dir() for p in paths):
        present = {str(report_graph_iri(report_stem(p.name), base)) for p in files}
        for iri in sorted(set(stored) - present):
            store.drop_graph(URIRef(iri))
            summary.results.append(ReportResult(iri, "removed"))
    summary.entities = count_entities(store)
    return summary


ENTITY_KINDS = {
    "persons": "https://schema.org/Person",
    "organizations": "http://www.w3.org/ns/org#Organization",
    "places": "https://schema.org/Place",
    "events": "https://schema.org/Event",
    "tasks": "https://w3id.org/vnkg/ontology#Task",
    "observations": "http://purl.org/linked-data/cube#Observation",
}


def count_entities(store: Store) -> Counter[str]:
    """Count the distinct entities of each kind in the reports' graphs."""
    values = " ".join(f"<{iri}>" for iri in ENTITY_KINDS.values())
    rows = store.select(
        f"SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?t {{ {values} }} GRAPH ?g {{ ?s a ?t }} "
        f"FILTER(?g != <{ONTOLOGY_GRAPH}>) }} GROUP BY ?t",
        union_default_graph=False,
    )
    names = {iri: name for name, iri in ENTITY_KINDS.items()}
    return Counter(
        {
            names[str(row["t"])]: int(row["n"].value if hasattr(row["n"], "value") else row["n"])
            for row in rows
        }
    )


def _load_all(
    outcomes: Iterable,
    store: Store,
    base: str,
    summary: BuildSummary,
    progress: Callable[[Iterable], Iterable] | None,
    total: int,
) -> None:
    if progress is not None:
        outcomes = progress(outcomes, total=total)  # type: ignore[call-arg]
    for path, ntriples, reason, info in outcomes:
        if ntriples is None:
            summary.results.append(ReportResult(path, "failed", reason=reason))
            continue
        iri = report_graph_iri(report_stem(Path(path).name), base)
        store.replace_graph(iri, ntriples, "ntriples")
        summary.results.append(ReportResult(path, "built", triples=ntriples.count(b"\n")))
        summary.statistics += info["statistics"]
        summary.warnings.extend(f"{Path(path).name}: {w}" for w in info["warnings"])
