"""Incremental builds give exactly the graph a full rebuild gives: new, changed, deleted reports, namesakes, jobs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from issue15_reports import ISSUE15
from rdflib import Dataset
from rdflib.compare import isomorphic

from graph.build import build
from graph.rdf import BASE, report_graph_iri
from graph.resolve import derived_graph_iri
from graph.store import open_store

REPORTS = Path(__file__).resolve().parent / "corpus_many" / "reports"
# Can Tho reports that name Nguyễn Văn Hùng of the Can Tho traffic police (one without his post),
# and others; the Quang Ngai reports name his namesake, the vice chairman of the province.
CAN_THO = ["cantho-traffic-2025-02-14.txt", "cantho-news-2025-11-28.html", "cantho-police-2025-07-10.txt",
           "cantho-traffic-2025-08-05.txt", "vinhlong-police-2025-02-25.txt", "hatinh-police-2025-03-05.txt"]
QUANG_NGAI = ["quangngai-police-2025-01-15.txt", "quangngai-police-2025-07-12.txt", "quangngai-police-2025-10-02.txt",
              "scraped-2025-12.jsonl"]
HUNG = f"{BASE}person/nguyen-van-hung"


def dataset(store) -> Dataset:
    """Return the store's content as an rdflib dataset."""
    data = Dataset()
    data.parse(data=store.dump("nquads"), format="nquads")
    return data


def assert_same(one, other) -> None:
    """Assert that two stores hold isomorphic datasets: the same named graphs, each isomorphic."""
    a, b = dataset(one), dataset(other)
    graphs_a = {g.identifier: g for g in a.graphs() if len(g)}
    graphs_b = {g.identifier: g for g in b.graphs() if len(g)}
    assert sorted(graphs_a) == sorted(graphs_b)
    for name, graph in graphs_a.items():
        assert isomorphic(graph, graphs_b[name]), name


def full(folder: Path, jobs: int = 1):
    store = open_store(":memory:")
    build([folder], store, jobs=jobs, validate_graph=False)
    return store


def persons(store, stem: str) -> set[str]:
    rows = store.select(f"SELECT ?p WHERE {{ GRAPH <{report_graph_iri(stem)}> {{ ?p a <https://schema.org/Person> }} }}",
                        union_default_graph=False)
    return {str(r["p"]) for r in rows}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in CAN_THO:
        shutil.copy(REPORTS / name, folder)
    return folder


@pytest.mark.parametrize("on_disk", [False, True], ids=["memory", "disk"])
def test_incremental_builds_equal_full_rebuilds(folder: Path, tmp_path: Path, on_disk: bool):
    # On disk, the build keeps its evidence beside the store and decides again only the persons
    # whose name family the increment touched; in memory it decides every one again.
    with open_store(tmp_path / "store" if on_disk else ":memory:") as store:
        first = build([folder], store, validate_graph=False)
        assert first.count("built") == len(CAN_THO)
        assert HUNG in persons(store, "cantho-traffic-2025-02-14")

        # A namesake appears: the stored reports that name the first one are rebuilt under the new IRI.
        for name in QUANG_NGAI:
            shutil.copy(REPORTS / name, folder)
        second = build([folder], store, validate_graph=False)
        relinked = sorted(Path(r.path).name for r in second.results if r.relinked)
        assert relinked == ["cantho-news-2025-11-28.html", "cantho-traffic-2025-02-14.txt",
                            "cantho-traffic-2025-08-05.txt"]
        assert second.count("unchanged") == len(CAN_THO) - 3
        assert f"{HUNG}--can-tho" in persons(store, "cantho-news-2025-11-28")
        assert f"{HUNG}--quang-ngai" in persons(store, "quangngai-police-2025-01-15")
        with full(folder) as fresh:
            assert_same(store, fresh)

        # A changed report is rebuilt, a deleted one dropped; the derived graph follows.
        changed = folder / "cantho-police-2025-07-10.txt"
        changed.write_text(changed.read_text(encoding="utf-8").replace("giảm 12,5%", "giảm 13,5%"), encoding="utf-8")
        (folder / "vinhlong-police-2025-02-25.txt").unlink()
        third = build([folder], store, validate_graph=False)
        assert third.count("built") == 1 and third.count("removed") == 1
        assert str(report_graph_iri("vinhlong-police-2025-02-25")) not in store.graphs()
        assert store.ask(f"ASK {{ GRAPH <{derived_graph_iri()}> {{ ?a <https://w3id.org/vnkg/ontology#conflictsWith> "
                         f"?b FILTER(CONTAINS(STR(?a), \"cantho-police-2025-07-10\")) }} }}", union_default_graph=False)
        with full(folder) as fresh:
            assert_same(store, fresh)

        # The namesake goes away again: back to one person under the bare name.
        for name in QUANG_NGAI:
            (folder / name).unlink()
        fourth = build([folder], store, validate_graph=False)
        assert fourth.count("removed") == 6 and sum(r.relinked for r in fourth.results) == 3
        assert HUNG in persons(store, "cantho-news-2025-11-28")
        with full(folder) as fresh:
            assert_same(store, fresh)

        # Nothing changed: nothing is rebuilt.
        fifth = build([folder], store, validate_graph=False)
        assert fifth.count("built") == 0 and fifth.count("unchanged") == len(CAN_THO) - 1


def test_parallel_builds_equal_serial_ones(folder: Path):
    for name in QUANG_NGAI:
        shutil.copy(REPORTS / name, folder)
    with full(folder, jobs=1) as serial, full(folder, jobs=2) as parallel:
        assert_same(serial, parallel)
    # An incremental build in processes too: add the namesake reports to a store built without them.
    with open_store(":memory:") as store:
        build([folder / name for name in CAN_THO], store, validate_graph=False, prune=False)
        summary = build([folder], store, jobs=2)
        assert not summary.failed and sum(r.relinked for r in summary.results) == 3
        with full(folder) as fresh:
            assert_same(store, fresh)


def test_issue15_spelling_variants_build_incrementally_as_in_full(tmp_path: Path):
    folder = tmp_path / "reports"
    folder.mkdir()
    names = sorted(ISSUE15)
    for name in ("hatinh-police-2025-03-01.txt", "hatinh-news-2025-05-03.txt"):
        (folder / name).write_text(ISSUE15[name], encoding="utf-8")
    store = full(folder)
    assert persons(store, "hatinh-police-2025-03-01") == {f"{BASE}person/taj-vinhx-khang"}
    # The variant with the same post and the capitals arrive: they join the chief, still apart from
    # the namesake one tone away.
    for name in names:
        (folder / name).write_text(ISSUE15[name], encoding="utf-8")
    build([folder], store, validate_graph=False)
    assert_same(store, full(folder))
    assert persons(store, "hatinh-police-2025-04-02") == {f"{BASE}person/taj-vinhx-khang"}
    # Without the namesake the chief has the family's bare name again, in every report.
    (folder / "hatinh-news-2025-05-03.txt").unlink()
    summary = build([folder], store, validate_graph=False)
    assert_same(store, full(folder))
    assert persons(store, "hatinh-police-2025-03-01") == {f"{BASE}person/ta-vinh-khang"}
    assert {Path(r.path).name for r in summary.results if r.relinked} >= {
        "hatinh-police-2025-03-01.txt", "hatinh-police-2025-04-02.txt"}


def test_issue15_a_store_built_before_spellings_were_told_apart_is_rebuilt_where_it_lacks_them(tmp_path: Path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("hatinh-police-2025-03-01.txt", "hatinh-police-2025-04-02.txt"):
        (folder / name).write_text(ISSUE15[name], encoding="utf-8")
    store = full(folder)
    # Evidence as an older build wrote it: no spelling key, no marks.
    store.update("PREFIX v: <https://w3id.org/vnkg/ontology#> DELETE { GRAPH ?g { ?e ?p ?o } } WHERE { "
                 "GRAPH ?g { ?e ?p ?o VALUES ?p { v:spellingKey v:identityMark v:variantOf } } }")
    summary = build([folder], store, validate_graph=False)
    assert {Path(r.path).name for r in summary.results if r.relinked} == {
        "hatinh-police-2025-03-01.txt", "hatinh-police-2025-04-02.txt"}
    assert_same(store, full(folder))
