"""Build a folder of reports into a store: read, extract, resolve, turn into triples, validate, load.

Each report becomes one named graph, replaced in one transaction, so a store holds whole reports
only. A report whose content is unchanged (same content hash) is skipped; the graph of a report that
is gone from the folder is dropped. A report that cannot be read, or whose graph fails
validation, or on which extraction itself fails (a bug), is named with the reason and the others
still build.

Reports are read by ``graph.sources`` (plain text, HTML, JSON Lines: one report a record). Persons
and units are resolved across reports by ``graph.resolve``: identity depends on the report's own
facts and on an index of every stored report's person keys, so when a new report changes a
decision about a stored one (a namesake appears), that report is rebuilt too, and an incremental
build gives exactly the graphs a full one does. The cross-report graph (figures stated twice,
membership dates) and the indicator conflicts are derived at the end of a build that changed a
report, from what each report graph gives them (``graph_rows``), kept beside the store: a build reads
again only the graphs it wrote.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import multiprocessing
import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from graph import __version__, indicators
from graph.extract import Metadata, extract
from graph.facts import ReportFacts
from graph.gazetteer import GAZETTEER_DIR
from graph.gazetteer import load as load_gazetteer
from graph.rdf import (
    BASE,
    ONTOLOGY_DIR,
    ONTOLOGY_GRAPH,
    VNKG,
    facts_to_triples,
    report_graph_iri,
    vocabulary_graph,
)
from graph.resolve import (
    GraphRows,
    Index,
    ReportKeys,
    ReportResolver,
    StoredPerson,
    cross_report_graph_of,
    decide,
    derived_graph_iri,
    evidence_graph,
    evidence_of_triples,
    graph_rows,
    report_keys,
    rows_of_triples,
    stored_evidence,
)
from graph.sources import MAX_REPORT_BYTES, SUFFIXES, ReportError, Source, file_stem, load, scan
from graph.store.base import Store
from graph.validate import describe, validate

__all__ = ["ReportError", "BuildSummary", "ReportResult", "read_report", "extract_file", "extract_reports",
           "build", "REPORT_SUFFIXES", "MAX_REPORT_BYTES", "find_reports", "count_entities"]

REPORT_SUFFIXES = SUFFIXES
# Reports written between two flushes of the store: a flush every 200 keeps a corpus build's memory
# at what the engine needs (0.95 → 0.2 GB for 1.2 M quads, measured) and costs no time.
FLUSH_EVERY = 200
# New reports written by one bulk load: the loader's memory grows with the batch (about 0.3 GB for
# 100 reports of the real corpus, measured), its cost per quad falls with it.
BULK_BATCH = 100
# Reports between two freezes of what the build keeps (see _Runner._kept_frozen).
FREEZE_EVERY = 100
_SEAL = f" <{VNKG.contentHash}> ".encode()


@dataclass
class ReportResult:
    """What became of one report."""

    path: str
    status: str  # built | unchanged | failed | removed
    triples: int = 0
    relinked: bool = False  # rebuilt although unchanged: a decision of entity resolution changed
    reason: str | None = None
    facts: ReportFacts | None = None


@dataclass
class BuildSummary:
    """The counts a build prints at its end."""

    results: list[ReportResult] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    statistics: int = 0
    warnings: list[str] = field(default_factory=list)
    derived_triples: int = 0  # the cross-report graph, rewritten by every build
    undated: int = 0  # built reports whose publication date is not known
    validation_warnings: Counter[str] = field(default_factory=Counter)  # message → how many nodes

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[ReportResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def triples(self) -> int:
        return sum(r.triples for r in self.results) + self.derived_triples

    def lines(self) -> list[str]:
        """Return the summary in plain words, one line each."""
        out = [
            f"reports: {self.count('built')} built, {self.count('unchanged')} unchanged, "
            f"{self.count('removed')} removed, {self.count('failed')} failed",
            f"triples written: {self.triples}",
        ]
        relinked = sum(1 for r in self.results if r.relinked)
        if relinked:
            out.append(f"rebuilt because entity resolution changed: {relinked} of the built reports")
        if self.entities:
            out.append("entities: " + ", ".join(f"{n} {kind}" for kind, n in sorted(self.entities.items())))
        out.append(f"statistics: {self.statistics}")
        if self.undated:
            out.append(f"warning: {self.undated} of the built reports have no publication date")
        for message, n in sorted(self.validation_warnings.items()):
            out.append(f"warning: {n} × {message}")
        for warning in self.warnings:
            out.append(f"warning: {warning}")
        for result in self.failed:
            out.append(f"FAILED {result.path}: {result.reason}")
        return out


def read_report(path: str | os.PathLike[str]) -> tuple[str, Metadata]:
    """Read a one-report file's text and metadata, or raise ReportError saying why it cannot be used."""
    found = scan(path)
    if len(found) != 1:
        raise ReportError(path, f"holds {len(found)} reports (one per JSON record); build it to read them")
    return load(found[0])


def extract_file(path: str | os.PathLike[str]) -> ReportFacts:
    """Read and extract one report file."""
    text, meta = read_report(path)
    return extract(text, Path(path).name, meta)


def extract_reports(path: str | os.PathLike[str]) -> Iterator[tuple[str, ReportFacts | ReportError]]:
    """Yield (stem, facts) for each report of a file (one a JSON Lines record), or (stem, why it failed)."""
    try:
        found = scan(path)
    except ReportError as err:
        yield file_stem(Path(path)), err
        return
    for source in found:
        try:
            text, meta = load(source)
        except ReportError as err:
            yield source.stem, err
            continue
        yield source.stem, extract(text, source.name, meta)


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


def _stored_hashes(store: Store, base: str) -> dict[str, str]:
    """Return report graph IRI → content hash for the reports already in the store."""
    prefix = f"{base}graph/"
    rows = store.select(
        f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?r <{VNKG.contentHash}> ?h }} }}", union_default_graph=False
    )
    return {str(row["g"]): str(row["h"]) for row in rows if str(row["g"]).startswith(prefix)}


@dataclass
class _Extracted:
    """What a build keeps of an extracted report while it reads the rest: the facts wait on disk.

    Memory then holds only the person keys of a corpus, not every report's text and facts.
    """

    spill: str  # path of the pickled ReportFacts
    keys: ReportKeys
    statistics: int
    dated: bool
    warnings: list[str]


log = logging.getLogger(__name__)


def _bug(source: Source, stage: str, err: Exception) -> str:
    """Log an unexpected error on one report with its traceback; return the reason the summary gives."""
    log.error("%s: %s failed", source.where, stage, exc_info=err)
    return f"{stage} failed ({type(err).__name__}: {err}): a bug in vnkg; the traceback is in the log"


def _extract_work(args: tuple[Source, str, str]) -> tuple[Source, _Extracted | None, str | None]:
    """Read and extract one report (in a worker process); return what the build keeps, or why it failed."""
    source, spill_dir, base = args
    try:
        text, meta = load(source)
    except ReportError as err:
        return source, None, err.reason
    try:
        facts = extract(text, source.name, meta)
    except Exception as err:  # a bug on one report must not stop the other thousands
        return source, None, _bug(source, "extraction", err)
    path = os.path.join(spill_dir, f"{source.stem}.pickle")
    with open(path, "wb") as f:
        pickle.dump(facts, f, protocol=pickle.HIGHEST_PROTOCOL)
    kept = _Extracted(path, report_keys(facts, load_gazetteer(), base), len(facts.statistics),
                      bool(facts.article.published), list(facts.warnings))
    return source, kept, None


def _graph_work(args: tuple[Source, str, str, bool, dict[str, dict[str, frozenset[str]]]]
                ) -> tuple[Source, bytes | None, str | None, Counter[str],
                           tuple[GraphRows, list[StoredPerson]] | None]:
    """Turn one report's facts into N-Triples with resolved IRIs and evidence, validated (in a worker).

    Only violations refuse a report; warnings (what real input may lack: a date, a figure's
    period) come back counted by their message. The graph's cross-report rows and person evidence
    come with it, taken from its triples here rather than read back from the store at the end.
    """
    source, spill, base, validate_graph, known = args
    with open(spill, "rb") as f:
        facts = pickle.load(f)
    gaz = load_gazetteer()
    try:
        resolver = ReportResolver(facts, gaz, base, known)
        graph = facts_to_triples(facts, base=base, content_hash=source.digest, gazetteer=gaz,
                                 stem=source.stem, resolver=resolver)
        graph += evidence_graph(facts, resolver, graph, source.stem, base)
    except Exception as err:  # as in extraction: the report fails, the build goes on
        return source, None, _bug(source, "turning its facts into triples", err), Counter(), None
    warnings: Counter[str] = Counter()
    if validate_graph:
        found = validate(graph)
        problems = [v for v in found if v.severity == "Violation"]
        if problems:
            shown = "; ".join(describe(v) for v in problems[:5])
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            return source, None, f"fails validation: {shown}{more}", warnings, None
        warnings.update(f"{v.kind or 'Node'} {v.message}" for v in found)
    taken = (rows_of_triples(graph), evidence_of_triples(graph, base))
    return source, graph.ntriples(), None, warnings, taken


def _split_seal(ntriples: bytes) -> tuple[bytes, bytes]:
    """Split a report's N-Triples into everything but its content-hash statement, and that statement."""
    at = ntriples.find(_SEAL)
    if at < 0:
        return ntriples, b""
    start = ntriples.rfind(b"\n", 0, at) + 1
    end = ntriples.index(b"\n", at) + 1
    return ntriples[:start] + ntriples[end:], ntriples[start:end]


# An invented report that takes extraction through the rules that load data on first use.
_WARM_UP = ("Ngày 3/4/2020, Công an huyện Tân Lập tổ chức hội nghị. Thượng tá Nguyễn Văn Bình, Trưởng "
            "Công an huyện chủ trì. Lực lượng đã bắt giữ 12 vụ, 20 đối tượng, thu 3 xe máy.")


def load_models() -> None:
    """Load what extraction reads on first use: gazetteers, word lists, the segmenter and the tagger."""
    load_gazetteer()
    extract(_WARM_UP, "warm-up.txt")
    try:
        from underthesea import pos_tag, word_tokenize
    except ImportError:
        return
    word_tokenize("Công an huyện bắt giữ đối tượng")
    pos_tag("bắt giữ 1 đối tượng")


class _Runner:
    """Map work over reports, in a process pool once there is more than one item and ``jobs`` > 1."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable, items: list) -> Iterator:
        if self.jobs <= 1 or len(items) <= 1:
            return self._kept_frozen(map(fn, items))
        if self.pool is None:
            context = None
            if "fork" in multiprocessing.get_all_start_methods():
                # Workers forked once the models are loaded share their pages with this process:
                # each would otherwise load them again (~2-3 s of CPU and ~0.3 GB a worker).
                load_models()
                gc.freeze()  # the collector would otherwise write to (and so copy) every shared object
                context = multiprocessing.get_context("fork")
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)
        return self._kept_frozen(self.pool.map(fn, items, chunksize=max(1, len(items) // (self.jobs * 4))))

    def _kept_frozen(self, results: Iterator) -> Iterator:
        """Yield ``results``, freezing what survives every FREEZE_EVERY of them.

        What a build keeps of each report (keys, rows, evidence) and the models the first report
        loaded live to the end: frozen, the collector's full passes need not walk them again and
        again (they cost ~2 ms a report at 2,000 reports). A full collection first, so that no
        garbage is frozen.
        """
        for n, result in enumerate(results, start=1):
            yield result
            if n == 1 or n % FREEZE_EVERY == 0:
                gc.collect()
                gc.freeze()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


def _scan_all(files: list[Path], summary: BuildSummary) -> tuple[list[Source], set[str]]:
    """Return the reports in ``files`` (stems unique) and the stems of files that could not be read."""
    sources: list[Source] = []
    unreadable: set[str] = set()
    seen: dict[str, Source] = {}
    for path in files:
        try:
            found = scan(path)
        except ReportError as err:
            summary.results.append(ReportResult(str(path), "failed", reason=err.reason))
            if path.suffix.lower() != ".jsonl":
                unreadable.add(file_stem(path))  # keep its graph: the file is there, only unreadable now
            continue
        for source in found:
            other = seen.get(source.stem)
            if other is not None:
                reason = f"it would share its IRIs with {other.where} (both named {source.stem!r}): rename"
                summary.results.append(ReportResult(source.where, "failed", reason=reason))
                continue
            seen[source.stem] = source
            sources.append(source)
    return sources, unreadable


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

    Unchanged reports are skipped, unless a decision of entity resolution about them changed;
    with ``prune``, the graphs of reports no longer present under the given directories are
    dropped. ``jobs`` > 1 extracts and builds in that many processes.
    """
    summary = BuildSummary()
    files = find_reports(paths)
    cache = _read_cache(store, base)  # before this build's first write, which outdates the cache
    evidence = cache["evidence"] if cache is not None else stored_evidence(store, base)
    stored = _stored_hashes(store, base)
    present = {g for g in store.graphs() if g.startswith(f"{base}graph/")}
    present.discard(indicators.conflicts_graph_iri(base))
    for iri in present - set(stored):
        stored[iri] = ""  # a report graph without its seal (an interrupted bulk write): rebuild or drop it
    vocabulary = _vocabulary_digest()
    resolver_digest = _resolver_digest()
    sources, unreadable = _scan_all(files, summary)
    graph_of = {s.stem: str(report_graph_iri(s.stem, base)) for s in sources}
    changed = [s for s in sources if stored.get(graph_of[s.stem]) != s.digest]
    unchanged = [s for s in sources if stored.get(graph_of[s.stem]) == s.digest]
    removed: list[str] = []
    if prune and all(Path(p).is_dir() for p in paths):
        found = set(graph_of.values()) | {str(report_graph_iri(stem, base)) for stem in unreadable}
        removed = sorted(set(stored) - found)

    runner = _Runner(jobs)
    spill = tempfile.TemporaryDirectory(prefix="vnkg-build-")
    bulk = contextlib.ExitStack()
    try:
        # A store that holds nothing yet is filled by the engine's bulk loader, its readers kept on
        # the empty store until the reports are written (about half the CPU of a transactional load).
        bulk.enter_context(store.bulk_writes())
        if cache is None or cache.get("vocabulary") != vocabulary or not store.has_graph(ONTOLOGY_GRAPH):
            store.replace_graph(ONTOLOGY_GRAPH, vocabulary_graph())  # else the last build wrote this graph
        # Unchanged reports whose evidence an older build wrote (no spelling keys) are read again:
        # the index needs their keys as this build makes them.
        stale = {s.stem for s in unchanged if any(p.stale for p in evidence.get(graph_of[s.stem], []))}
        kept: dict[str, _Extracted] = {}
        first = changed + [s for s in unchanged if s.stem in stale]
        for source, extracted, reason in runner.map(_extract_work, [(s, spill.name, base) for s in first]):
            if extracted is None:
                summary.results.append(ReportResult(source.where, "failed", reason=reason))
            else:
                kept[source.stem] = extracted

        # The index: every person key of the reports the store will hold once this build is done.
        index = Index()
        for extracted in kept.values():
            for person_key in extracted.keys.persons.values():
                index.add(person_key)
        replaced = {graph_of[stem] for stem in kept} | set(removed)
        for graph, people in evidence.items():
            if graph not in replaced:
                for person in people:
                    index.add(person.key)

        # Unchanged reports whose persons would now resolve otherwise are rebuilt as well. A
        # decision depends on its name family's entry in the index only, so only the families
        # this build adds mentions to or takes them from can change one — when the stored
        # decisions were made by this very resolver (the cache says so); else all are decided again.
        touched: set[str] | None = None
        if cache is not None and cache.get("resolver") == resolver_digest:
            touched = {k.name for extracted in kept.values() for k in extracted.keys.persons.values()}
            touched.update(p.key.name for graph in replaced for p in evidence.get(graph, []))
        relinked: set[str] = set(stale)
        for source in unchanged:
            if source.stem in stale:
                continue
            people = evidence.get(graph_of[source.stem], [])
            if touched is not None and not any(p.key.name in touched for p in people):
                continue
            known = index.view(p.key.name for p in people)
            if any(decide(p.key, known.get(p.key.name, {})) != p.decision() for p in people):
                relinked.add(source.stem)
        for source in unchanged:
            if source.stem not in relinked:
                summary.results.append(ReportResult(source.where, "unchanged"))
        again = [(s, spill.name, base) for s in unchanged if s.stem in relinked and s.stem not in stale]
        for source, extracted, reason in runner.map(_extract_work, again):
            if extracted is None:
                summary.results.append(ReportResult(source.where, "failed", reason=reason))
            else:
                kept[source.stem] = extracted

        todo = [s for s in sources if s.stem in kept]
        tasks = [(s, kept[s.stem].spill, base, validate_graph, index.view(kept[s.stem].keys.persons))
                 for s in todo]
        outcomes: Iterable = runner.map(_graph_work, tasks)
        written = 0
        if progress is not None:
            outcomes = progress(outcomes, total=len(tasks))  # type: ignore[call-arg]
        batch: list[tuple[str, bytes]] = []
        seals: list[tuple[str, bytes]] = []
        written_graphs: set[str] = set()
        new_rows: dict[str, GraphRows] = {}
        new_evidence: dict[str, list[StoredPerson]] = {}
        for source, ntriples, reason, warnings, taken in outcomes:
            summary.validation_warnings.update(warnings)
            if ntriples is None:
                summary.results.append(ReportResult(source.where, "failed", reason=reason))
                continue
            iri = graph_of[source.stem]
            new_rows[iri], people = taken
            if people:
                new_evidence[iri] = people
            if iri in present:
                store.replace_graph(URIRef(iri), ntriples, "ntriples")
                written += 1
                if written % FLUSH_EVERY == 0:
                    store.flush()  # the engine's memory would otherwise grow with the corpus
                written_graphs.add(iri)
            else:
                written_graphs.add(iri)
                # A new report: written in bulk with others, sealed by its content hash last.
                body, seal = _split_seal(ntriples)
                batch.append((iri, body))
                seals.append((iri, seal))
                if len(batch) >= BULK_BATCH:
                    store.add_new_graphs(batch, seals)
                    store.flush()
                    batch, seals = [], []
            extracted = kept[source.stem]
            summary.results.append(ReportResult(source.where, "built", triples=ntriples.count(b"\n"),
                                                relinked=source.stem in relinked))
            summary.statistics += extracted.statistics
            if not extracted.dated:
                summary.undated += 1
            summary.warnings.extend(f"{source.name}: {w}" for w in extracted.warnings)
        if batch:
            store.add_new_graphs(batch, seals)
            store.flush()
    finally:
        runner.close()
        spill.cleanup()
        bulk.close()

    for iri in removed:
        store.drop_graph(URIRef(iri))
        summary.results.append(ReportResult(iri, "removed"))
    kept_rows: dict[str, GraphRows] | None = cache.get("rows") if cache is not None else None
    if cache is not None and not written_graphs and not removed and cache.get("derived") is not None:
        # No report graph changed since the last build wrote the cross-report graphs: they stand.
        summary.derived_triples = cache["derived"]
    else:
        if kept_rows is not None:
            # What the reports give the cross-report graphs, kept by the last build: only the graphs
            # this build wrote are read again (reading all cost ~2 s of CPU on the 5K-article store).
            touched = written_graphs | set(removed)
            kept_rows = {g: r for g, r in kept_rows.items() if g not in touched}
        else:
            # No rows kept: the report graphs this build did not write are read from the store.
            others = present - written_graphs - set(removed)
            kept_rows = graph_rows(store, base, others) if others else {}
        kept_rows.update(new_rows)
        derived = cross_report_graph_of(kept_rows)
        if len(derived):
            store.replace_graph(derived_graph_iri(base), derived)
        else:
            store.drop_graph(derived_graph_iri(base))
        summary.derived_triples = len(derived)
        # Figures of one indicator, area and period that disagree.
        conflicts = indicators.conflict_graph_of(kept_rows)
        if len(conflicts):
            store.replace_graph(URIRef(indicators.conflicts_graph_iri(base)), conflicts)
        else:
            store.drop_graph(URIRef(indicators.conflicts_graph_iri(base)))
    summary.entities = count_entities(store)
    _keep_evidence(store, base, evidence, written_graphs | set(removed), vocabulary, summary.derived_triples,
                   kept_rows, resolver_digest, new_evidence)
    return summary


# The person evidence of every stored report, kept beside an on-disk store with the store's stamp
# after the build that wrote it: the next build reads it (0.2 s) instead of querying the store for
# it (2.6 s of an incremental build's CPU on the 5K-article corpus).
_EVIDENCE_FILE = "evidence.pickle"
_EVIDENCE_VERSION = 1


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: unpickling a large cache would set off full collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _evidence_path(store: Store) -> str | None:
    location = getattr(store, "location", None)
    return os.path.join(location, "vnkg-cache", _EVIDENCE_FILE) if location else None


def _read_cache(store: Store, base: str) -> dict | None:
    """Return what the last build kept, if the store has not changed since (else None)."""
    path, stamp = _evidence_path(store), store.stamp()
    if path is not None and stamp is not None:
        try:
            with open(path, "rb") as f, _collector_paused():
                kept = pickle.load(f)
            gc.freeze()  # the cache's ~10^6 objects live to the end: collections need not walk them again
            if (kept.get("version"), kept.get("stamp"), kept.get("base")) == (_EVIDENCE_VERSION, stamp, base):
                return kept
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
            pass  # no cache, or an unreadable one: ask the store
    return None


def _cached_evidence(store: Store, base: str) -> dict[str, list[StoredPerson]]:
    """Return the stored person evidence: from the cache while the store is unchanged, else queried."""
    kept = _read_cache(store, base)
    return kept["evidence"] if kept is not None else stored_evidence(store, base)


def _vocabulary_digest() -> str:
    """Return a hash of what the ontology graph is made from: ontology, gazetteers, the code writing it."""
    import graph.rdf

    digest = hashlib.sha256(__version__.encode())
    sources = [*sorted(ONTOLOGY_DIR.glob("*.ttl")), *sorted(GAZETTEER_DIR.rglob("*")),
               Path(graph.rdf.__file__)]
    for path in sources:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _resolver_digest() -> str:
    """Return a hash of the code that decides identity (graph/resolve.py): stored decisions hold for it."""
    import graph.resolve

    source = Path(graph.resolve.__file__).read_bytes()
    return hashlib.sha256(__version__.encode() + b"\0" + source).hexdigest()


def _keep_evidence(store: Store, base: str, before: dict[str, list[StoredPerson]], changed: set[str],
                   vocabulary: str | None = None, derived: int | None = None,
                   rows: dict[str, GraphRows] | None = None, resolver: str | None = None,
                   written: dict[str, list[StoredPerson]] | None = None) -> None:
    """Keep the evidence the store now holds for the next build: ``before``, ``changed`` graphs anew.

    ``written`` is the evidence of the graphs this build wrote, taken from their triples: then
    the ``changed`` graphs are not read back from the store (those dropped have none).
    """
    path, stamp = _evidence_path(store), store.stamp()
    if path is None or stamp is None:
        return
    evidence = {g: people for g, people in before.items() if g not in changed}
    evidence.update(stored_evidence(store, base, sorted(changed)) if written is None else written)
    tmp = f"{path}.{os.getpid()}.tmp"
    kept = {"version": _EVIDENCE_VERSION, "stamp": stamp, "base": base, "evidence": evidence,
            "vocabulary": vocabulary, "derived": derived, "rows": rows, "resolver": resolver}
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump(kept, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # the next build asks the store


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
