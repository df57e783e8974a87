"""The fast paths of a build (issue 15): they write what the slow ones did, and only what changed."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.build import _split_seal, build
from graph.extract import extract
from graph.rdf import VNKG, TripleSet, facts_to_graph, facts_to_triples, report_graph_iri
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "cantho-police-2025-07-18.txt"

# Invented records in the corpus's shape (title, url, text); no real article's words.
RECORDS = [
    {"title": f"Công an huyện Tân Lập tổng kết công tác năm {year}", "url": f"https://example.org/a/{n}.html",
     "text": (f"Ngày 12/1/{year + 1}, Công an huyện Tân Lập tổ chức hội nghị tổng kết công tác năm {year}. "
              f"Thượng tá Nguyễn Văn Bình{n}, Trưởng Công an huyện chủ trì hội nghị. "
              f"Trong năm, lực lượng đã bắt giữ {10 + n} vụ, giảm {n}% so với cùng kỳ.")}
    for n, year in enumerate(range(2010, 2016))
]


def _quads(store) -> set[str]:
    return {str(q) for q in store._store}  # every quad, default graph included


def test_triple_set_gives_the_graph_rdflib_gave():
    facts = extract(SEED.read_text(encoding="utf-8"), SEED.name)
    triples = facts_to_triples(facts)
    graph = facts_to_graph(facts)
    assert isinstance(triples, TripleSet) and len(triples) == len(graph)
    assert isomorphic(triples.to_graph(), graph)
    # The fast N-Triples read back as the same graph (escapes, languages, datatypes).
    assert isomorphic(Graph().parse(data=triples.ntriples().decode("utf-8"), format="nt"), graph)


def test_triple_set_escapes_literals_like_n_triples():
    s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    odd = 'a "quoted"\nline\\ with\r returns'
    triples = TripleSet([(s, p, Literal(odd, lang="vi")), (s, p, Literal("5", datatype=VNKG.x))])
    parsed = Graph().parse(data=triples.ntriples().decode("utf-8"), format="nt")
    assert (s, p, Literal(odd, lang="vi")) in parsed and (s, p, Literal("5", datatype=VNKG.x)) in parsed
    assert triples.value(s, p) is not None and set(triples.subjects(p)) == {s}


def test_split_seal_takes_out_the_content_hash_statement_only():
    nt = (b'<a> <b> "c" .\n<r> <' + str(VNKG.contentHash).encode() + b'> "h" .\n<d> <e> <f> .\n')
    body, seal = _split_seal(nt)
    assert seal == b'<r> <' + str(VNKG.contentHash).encode() + b'> "h" .\n'
    assert body == b'<a> <b> "c" .\n<d> <e> <f> .\n'


def test_bulk_written_reports_equal_reports_written_one_transaction_each(tmp_path: Path, monkeypatch):
    import graph.build as building

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    with open_store(tmp_path / "bulk") as store:
        build([corpus], store, validate_graph=False)
        bulk = _quads(store)
    # The one-transaction path: every report graph exists already (empty), so each is replaced.
    with open_store(tmp_path / "one") as store:
        from graph.sources import scan

        for source in scan(corpus):
            store.add_to_graph(str(report_graph_iri(source.stem)), b"", "ntriples")
        monkeypatch.setattr(building, "BULK_BATCH", 1)
        build([corpus], store, validate_graph=False)
        one = _quads(store)
    assert bulk == one


def test_a_graph_left_without_its_seal_is_built_again(tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        build([corpus], store, validate_graph=False)
        whole = _quads(store)
        graph = next(g for g in store.graphs() if "/graph/example-org" in g)
        # What an interrupted bulk write leaves: the graph without its content hash.
        store._store.remove(next(iter(store._store.quads_for_pattern(
            None, ox.NamedNode(str(VNKG.contentHash)), None, ox.NamedNode(graph)))))
        again = build([corpus], store, validate_graph=False)
        assert again.count("built") == 1 and again.count("unchanged") == len(RECORDS) - 1
        assert _quads(store) == whole


def test_an_incremental_build_extracts_only_the_added_records(tmp_path: Path, monkeypatch):
    import graph.build as building

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:-2]), encoding="utf-8")
    extracted: list[str] = []
    real = building.extract

    def counting(text, name, meta=None):
        extracted.append(name)
        return real(text, name, meta)

    monkeypatch.setattr(building, "extract", counting)
    with open_store(tmp_path / "store") as store:
        build([corpus], store, validate_graph=False)
        assert len(extracted) == len(RECORDS) - 2
        extracted.clear()
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
        summary = build([corpus], store, validate_graph=False)
        assert summary.count("built") == 2 and summary.count("unchanged") == len(RECORDS) - 2
        assert len(extracted) == 2


def test_a_small_increment_to_a_large_store_leaves_the_graph_view_to_the_server():
    from graph.build import BuildSummary, ReportResult
    from graph.cli import _worth_preparing

    def summary(built: int, unchanged: int) -> BuildSummary:
        results = [ReportResult("x", "built")] * built + [ReportResult("y", "unchanged")] * unchanged
        return BuildSummary(results=results)

    assert _worth_preparing(summary(5000, 0))  # a whole corpus: prepared by the build
    assert _worth_preparing(summary(3, 2))  # a small store: cheap to prepare
    assert not _worth_preparing(summary(10, 4990))  # 10 added to 5,000: the server builds it


def test_records_of_a_json_lines_file_are_read_from_one_reading(tmp_path: Path, monkeypatch):
    import graph.sources as sources

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    reads = []
    real = sources._read_bytes
    monkeypatch.setattr(sources, "_read_bytes", lambda path: (reads.append(path), real(path))[1])
    found = sources.scan(corpus)
    reads.clear()
    texts = [sources.load(source)[0] for source in found]
    assert len(reads) == 1 and all("Tân Lập" in text for text in texts)
    # A changed file is read again, and a record that changed is refused, as before.
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[::-1]),
                      encoding="utf-8")
    with pytest.raises(sources.ReportError, match="changed"):
        sources.load(found[0])


def _same_evidence(a: dict, b: dict) -> bool:
    return {g: sorted(map(repr, people)) for g, people in a.items()} == {
        g: sorted(map(repr, people)) for g, people in b.items()}


def test_the_evidence_kept_for_the_next_build_is_what_the_store_holds(tmp_path: Path, monkeypatch):
    import graph.build as building
    from graph.rdf import BASE
    from graph.resolve import stored_evidence

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:-2]), encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        build([corpus], store, validate_graph=False)
        assert _same_evidence(building._cached_evidence(store, BASE), stored_evidence(store, BASE))
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
        queried = []
        monkeypatch.setattr(building, "stored_evidence",
                            lambda s, b, graphs=None: (queried.append(graphs), stored_evidence(s, b, graphs))[1])
        build([corpus], store, validate_graph=False)
        assert queried == []  # the new graphs' evidence comes from their triples, none is read back
        monkeypatch.undo()
        assert _same_evidence(building._cached_evidence(store, BASE), stored_evidence(store, BASE))
        store.drop_graph(str(report_graph_iri(next(iter(stored_evidence(store, BASE))).rsplit("/", 1)[1])))
        # A write since: the cache is not read.
        assert _same_evidence(building._cached_evidence(store, BASE), stored_evidence(store, BASE))


def test_a_build_after_an_unchanged_store_does_not_rewrite_the_ontology(tmp_path: Path, monkeypatch):
    import graph.build as building
    from graph.rdf import ONTOLOGY_GRAPH

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:2]), encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        build([corpus], store, validate_graph=False)
        before = _quads(store)
        made = []
        real = building.vocabulary_graph
        monkeypatch.setattr(building, "vocabulary_graph", lambda: (made.append(1), real())[1])
        build([corpus], store, validate_graph=False)
        assert not made and _quads(store) == before
        store.drop_graph(str(ONTOLOGY_GRAPH))  # a write since the last build: the cache is not used
        build([corpus], store, validate_graph=False)
        assert made and _quads(store) == before


def test_a_build_that_changes_no_report_keeps_the_cross_report_graphs(tmp_path: Path, monkeypatch):
    import graph.build as building

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:3]), encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        first = build([corpus], store, validate_graph=False)
        before = _quads(store)
        derived = []
        real = building.cross_report_graph_of
        monkeypatch.setattr(building, "cross_report_graph_of", lambda rows: (derived.append(1), real(rows))[1])
        again = build([corpus], store, validate_graph=False)
        assert not derived and _quads(store) == before
        assert again.derived_triples == first.derived_triples and again.entities == first.entities
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS[:4]), encoding="utf-8")
        build([corpus], store, validate_graph=False)
        assert derived  # a report added: the cross-report graphs are derived again


def test_an_increment_reads_only_its_graphs_for_the_cross_report_graphs(tmp_path: Path, monkeypatch):
    import graph.build as building

    corpus = tmp_path / "corpus" / "corpus.jsonl"
    corpus.parent.mkdir()

    def write(records: list[dict]) -> None:
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    read: list[set[str] | None] = []
    real = building.graph_rows
    monkeypatch.setattr(building, "graph_rows",
                        lambda s, b, graphs=None: (read.append(None if graphs is None else set(graphs)),
                                                   real(s, b, graphs))[1])
    with open_store(tmp_path / "store") as store:
        write(RECORDS[:3])
        build([corpus.parent], store, validate_graph=False)
        for records in (RECORDS[:4], RECORDS[:3] + RECORDS[4:5]):  # one added, then one replaced
            write(records)
            read.clear()
            summary = build([corpus.parent], store, validate_graph=False)
            assert summary.count("built") == 1
            assert read == []  # the new report's rows come from its triples: no graph is read back
            with open_store(tmp_path / f"full-{len(records)}-{records[0]['url'][-6:]}") as full:
                build([corpus.parent], full, validate_graph=False)
                assert _quads(full) == _quads(store)


def test_rows_taken_from_triples_are_the_store_s(tmp_path: Path, monkeypatch):
    import graph.build as building
    from graph.resolve import graph_rows

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    made = []
    real = building.rows_of_triples
    monkeypatch.setattr(building, "rows_of_triples", lambda triples: made.append(real(triples)) or made[-1])
    with open_store(tmp_path / "store") as store:
        build([corpus], store, validate_graph=False)
        stored = graph_rows(store, "https://w3id.org/vnkg/id/")
    assert len(made) == len(RECORDS) and any(rows.figures for rows in made)
    for name in ("figures", "dates", "observations"):
        assert (sorted(repr(r) for rows in made for r in getattr(rows, name))
                == sorted(repr(r) for rows in stored.values() for r in getattr(rows, name))), name
    for name in ("keys", "labels"):
        assert ({k for rows in made for k in getattr(rows, name)}
                == {k for rows in stored.values() for k in getattr(rows, name)}), name


def test_conflicts_made_in_memory_are_the_query_s():
    from graph.indicators import CONFLICTS_QUERY, conflict_graph
    from graph.network import select

    store = open_store(None)
    base = "https://w3id.org/vnkg/id/"
    q = "http://purl.org/linked-data/cube#dataSet"
    count = VNKG.term("count")
    value = "http://purl.org/linked-data/sdmx/2009/measure#obsValue"
    figures = [("a", "1", "integer", None), ("b", "2", "integer", None), ("c", "1.0", "decimal", None),
               ("d", "2", "integer", "pct"), ("e", "3", "integer", None)]
    for n, (name, number, kind, unit) in enumerate(figures):
        node = f"<{base}obs/{name}>"
        lines = [f"{node} <{VNKG.indicator}> <{base}ind/x> .", f"{node} <{VNKG.refArea}> <{base}place/p> .",
                 f'{node} <{VNKG.periodStart}> "2020-01-01" .', f'{node} <{VNKG.periodEnd}> "2020-12-31" .',
                 f"{node} <{VNKG.valueKind}> <{count}> .",
                 f'{node} <{value}> "{number}"^^<http://www.w3.org/2001/XMLSchema#{kind}> .',
                 f"{node} <{q}> <{base}report/r{min(n, 3)}> ."]
        if unit:
            lines.append(f'{node} <http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure> "{unit}" .')
        store.add_new_graphs([(f"{base}graph/r{min(n, 3)}", ("\n".join(lines) + "\n").encode())])
    expected = {(str(r["a"]), str(r["b"])) for r in select(store, CONFLICTS_QUERY)}
    found = {(str(a), str(b)) for a, _, b in conflict_graph(store, base)}
    assert found == expected and (f"{base}obs/a", f"{base}obs/b") in found
    assert (f"{base}obs/a", f"{base}obs/c") not in found  # 1 and 1.0: one value


def _models_loaded(_: int) -> bool:
    import sys

    return "underthesea" in sys.modules  # imported by load_models, never by this test's own code


def test_workers_are_forked_with_the_models_loaded():
    import multiprocessing

    from graph.build import _Runner

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    runner = _Runner(2)
    try:
        assert all(runner.map(_models_loaded, [1, 2, 3, 4]))
    finally:
        runner.close()
