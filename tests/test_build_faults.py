"""A build that fails or is killed leaves the store whole: old reports or whole new ones, never half."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.build import MAX_REPORT_BYTES, build
from graph.rdf import ONTOLOGY_GRAPH
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((Path(__file__).resolve().parent / "corpus" / "reports").glob("*.txt")) + [
    ROOT / "data" / "reports" / "cantho-police-2025-07-18.txt"
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Thirty-odd reports: the written corpus twice over, under distinct names."""
    out = tmp_path_factory.mktemp("many")
    for copy in range(2):
        for path in SOURCES:
            shutil.copy(path, out / f"{path.stem}-{copy}.txt")
    return out


@pytest.fixture(scope="module")
def expected(folder: Path) -> dict[str, int]:
    """Triples per report graph, from an undisturbed build."""
    with open_store(":memory:") as store:
        build([folder], store)
        return _counts(store)


def _counts(store) -> dict[str, int]:
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                        union_default_graph=False)
    return {str(r["g"]): int(r["n"].value) for r in rows if str(r["g"]) != str(ONTOLOGY_GRAPH)}


@pytest.mark.parametrize("delay", [0.8, 1.6, 2.4])
def test_killed_build_leaves_only_whole_reports(folder: Path, expected: dict[str, int], tmp_path: Path, delay):
    store_dir = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, "-m", "graph", "build", str(folder), "--store", str(store_dir)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with open_store(str(store_dir)) as store:  # it opens after the kill
        found = _counts(store)
        for graph, n in found.items():
            assert expected[graph] == n, f"{graph} is half-written ({n} of {expected[graph]} triples)"
        summary = build([folder], store)  # and a re-run completes it
        assert not summary.failed
        assert _counts(store) == expected
        assert summary.count("unchanged") == len(found)


def test_a_huge_report_is_refused_without_reading_it(tmp_path: Path):
    folder = tmp_path / "r"
    folder.mkdir()
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    shutil.copy(SOURCES[-1], folder)
    with open_store(":memory:") as store:
        summary = build([folder], store)
    assert summary.count("built") == 1
    [failed] = summary.failed
    assert failed.path.endswith("huge.txt") and "too large" in failed.reason
    assert str(MAX_REPORT_BYTES // (1024 * 1024)) in failed.reason


@pytest.mark.parametrize("stage", ["extract", "facts_to_triples"])
def test_a_bug_on_one_report_fails_that_report_and_the_build_goes_on(tmp_path: Path, monkeypatch, caplog, stage):
    """An extraction bug on one record of a 5,000-record corpus once stopped the whole build."""
    import graph.build as building

    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copy(SOURCES[-1], folder / "good.txt")
    shutil.copy(SOURCES[0], folder / "bad.txt")
    with open_store(tmp_path / "store") as store:
        build([folder], store)
        before = _counts(store)
    real = getattr(building, stage)

    def buggy(facts_or_text, *args, **kwargs):
        name = args[0] if stage == "extract" else facts_or_text.report
        if name == "bad.txt":
            raise TypeError("'<' not supported between instances of 'int' and 'NoneType'")
        return real(facts_or_text, *args, **kwargs)

    monkeypatch.setattr(building, stage, buggy)
    (folder / "bad.txt").write_text((folder / "bad.txt").read_text() + "\nMột câu thêm.\n")  # changed: rebuilt
    (folder / "new.txt").write_text((folder / "good.txt").read_text())
    with open_store(tmp_path / "store") as store:
        summary = build([folder], store)
        assert [Path(r.path).name for r in summary.failed] == ["bad.txt"]
        assert "TypeError" in summary.failed[0].reason and "bug" in summary.failed[0].reason
        after = _counts(store)
    assert any(g.endswith("/graph/new") for g in after)  # the others built
    bad = [g for g in before if g.endswith("/graph/bad")]
    assert bad and after[bad[0]] == before[bad[0]]  # the stored graph of the failing report is kept whole
    assert "bad.txt" in caplog.text and "Traceback" in caplog.text


def test_a_report_that_fails_leaves_no_graph(tmp_path: Path, monkeypatch):
    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copy(SOURCES[-1], folder / "good.txt")
    shutil.copy(SOURCES[0], folder / "bad.txt")
    import graph.build as building

    real = building.facts_to_triples

    def failing(facts, **kwargs):
        triples = real(facts, **kwargs)
        if facts.report == "bad.txt":
            # Break it after half the triples were made: validation must refuse the whole report.
            from rdflib import RDF, URIRef

            from graph.rdf import TripleSet

            # Half the typed nodes, the report's own node among them (what cites it then breaks).
            dropped = set(sorted(triples.subjects(RDF.type, None))[::2])
            dropped |= set(triples.subjects(RDF.type, URIRef("https://schema.org/NewsArticle")))
            return TripleSet(t for t in triples if t[0] not in dropped)
        return triples

    monkeypatch.setattr(building, "facts_to_triples", failing)
    with open_store(":memory:") as store:
        summary = build([folder], store)
        assert [r.path.endswith("bad.txt") for r in summary.failed] == [True]
        assert "fails validation" in summary.failed[0].reason
        assert not any(g.endswith("/graph/bad") for g in store.graphs())
        assert any(g.endswith("/graph/good") for g in store.graphs())
    assert os.path.exists(folder / "bad.txt")
