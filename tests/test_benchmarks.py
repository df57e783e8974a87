"""Quick checks of the benchmark tools: the generators make valid, model-conforming data, and the
runner reads wrk's output and judges the targets. No timing is asserted here."""

from __future__ import annotations

import io
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import generate, loadtest, queries, report  # noqa: E402
from benchmarks.run import percentile, size_name  # noqa: E402
from graph.extract import extract  # noqa: E402
from graph.rdf import ONTOLOGY_GRAPH, facts_to_graph  # noqa: E402
from graph.validate import describe, validate  # noqa: E402


@pytest.fixture(scope="module")
def world() -> generate.World:
    return generate.World(reports=6, seed=3)


@pytest.fixture(scope="module")
def small_graph() -> tuple[str, dict[str, int]]:
    out = io.StringIO()
    counts = generate.write_graph(out, 10000, seed=3)  # the ontology graph alone is about 5,000
    return out.getvalue(), counts


def _report_graphs(nquads: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    return ds


def test_graph_has_about_the_size_asked_and_is_deterministic(small_graph):
    text, counts = small_graph
    assert counts["triples"] == text.count("\n")
    assert 10000 <= counts["triples"] < 10000 + 4000  # stops at the report that passes the size
    assert counts["reports"] >= 2
    again = io.StringIO()
    generate.write_graph(again, 10000, seed=3)
    assert again.getvalue() == text
    other = io.StringIO()
    generate.write_graph(other, 10000, seed=4)
    assert other.getvalue() != text


def test_graph_is_one_named_graph_per_report_plus_the_ontology(small_graph):
    text, counts = small_graph
    ds = _report_graphs(text)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert str(ONTOLOGY_GRAPH) in names
    reports = {n for n in names if n.startswith("https://w3id.org/vnkg/id/graph/")}
    assert len(reports) == counts["reports"]
    assert len(names) == counts["reports"] + 1
    assert not any(t for q in ds.quads((None, None, None, None)) for t in q[:3] if t.__class__.__name__ == "BNode")


def test_report_graphs_pass_the_shapes(small_graph):
    ds = _report_graphs(small_graph[0])
    checked = 0
    for g in ds.graphs():
        if not str(g.identifier).startswith("https://w3id.org/vnkg/id/graph/"):
            continue
        graph = Graph()
        for triple in g:
            graph.add(triple)
        problems = validate(graph)  # SHACL shapes and selector offsets against schema:text
        assert not problems, [describe(v) for v in problems[:5]]
        checked += 1
        if checked == 2:  # pyshacl is slow; two reports cover every kind of node the generator writes
            break
    assert checked == 2


def test_writer_gives_the_triples_the_rdf_builder_gives(world):
    # The fast writer mirrors graph.rdf.facts_to_graph; the same facts must give the same triples.
    for index in (0, 1):
        report_ = world.report(index)
        out = io.StringIO()
        writer = generate.QuadWriter(out, gazetteer=world.gaz)
        n = writer.write(report_.facts)
        ds = _report_graphs(out.getvalue())
        mine = {t for g in ds.graphs() for t in g}
        expected = set(facts_to_graph(report_.facts))
        assert len(mine) == n
        assert mine == expected, (sorted(mine - expected)[:3], sorted(expected - mine)[:3])


def test_literals_are_nfc_and_entities_have_vietnamese_labels(small_graph):
    ds = _report_graphs(small_graph[0])
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    persons = set()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        if isinstance(o, Literal):
            assert unicodedata.normalize("NFC", str(o)) == str(o)
        if p == URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type") and o == URIRef("https://schema.org/Person"):
            persons.add(s)
    assert persons
    for person in persons:
        assert any(o.language == "vi" for _, _, o, _ in ds.quads((person, label, None, None)))


def test_units_have_a_hierarchy(small_graph):
    ds = _report_graphs(small_graph[0])
    sub = URIRef("http://www.w3.org/ns/org#subOrganizationOf")
    links = {(s, o) for s, _, o, _ in ds.quads((None, sub, None, None))}
    ministry = URIRef("https://w3id.org/vnkg/id/org/bo-cong-an")
    assert any(o == ministry for _, o in links)  # provincial police under the ministry
    assert any(o != ministry for _, o in links)  # divisions and commune police under a province


def test_corpus_reports_are_read_by_the_extractor(tmp_path, world):
    paths = generate.write_corpus(tmp_path, 3, seed=5)
    assert len(paths) == 3 and all(p.suffix == ".txt" for p in paths)
    reports = list(generate.iter_reports(3, seed=5))
    for path, planned in zip(paths, reports, strict=True):
        text = path.read_text(encoding="utf-8")
        assert text == planned.text
        facts = extract(text, path.name)
        assert len(facts.sentences) >= 8
        found = {p.name for p in facts.persons}
        planned_names = {p.name for p in planned.facts.persons}
        assert len(planned_names & found) >= 0.8 * len(planned_names)
        assert len(facts.statistics) >= len(planned.facts.statistics) // 2


def test_spans_match_the_text(world):
    report_ = world.report(2)
    facts = report_.facts
    spans = [facts.article.span]
    spans += [s for p in facts.persons for s in p.mentions + [x for pos in p.positions for x in pos.spans]]
    spans += [s for o in facts.organizations for s in o.mentions]
    spans += [s for e in facts.events for s in e.spans] + [s for st in facts.statistics for s in st.spans]
    for span in spans:
        assert facts.text[span.start : span.end] == span.text
    for sentence in facts.sentences:
        assert sentence.text == facts.text[sentence.start : sentence.end] and sentence.text.strip()


def test_sizes_parse_and_print():
    assert generate._size("10K") == 10_000
    assert generate._size("1.5M") == 1_500_000
    assert generate._size("2500") == 2500
    assert size_name(10_000_000) == "10M" and size_name(100_000) == "100K" and size_name(1234) == "1234"
    assert percentile([5, 1, 3, 2, 4], 50) == 3
    assert percentile([1, 2, 3, 4, 100], 99) == 100


WRK_OUTPUT = """Running 3s test @ http://127.0.0.1:5000
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.18ms    3.15ms  57.74ms   98.40%
  3163 requests in 3.10s, 809.68KB read
Requests/sec:   1020.18
JSON {"requests": 3163, "duration_us": 3100444, "bytes": 829110, "errors": {"connect": 0, "read": 1, \
"write": 0, "status": 2, "timeout": 0}, "latency_us": {"mean": 2177.2, "p50": 1907, "p90": 2490, \
"p99": 6185, "max": 57737}}
"""


def test_wrk_summary_is_parsed():
    res = loadtest.parse_wrk(WRK_OUTPUT)
    assert res.requests == 3163
    assert res.rps == pytest.approx(3163 / 3.100444)
    assert (res.p50_ms, res.p90_ms, res.p99_ms) == (1.907, 2.49, 6.185)
    assert res.failed == 3 and res.errors["status"] == 2
    assert res.to_json()["rps"] == round(res.rps, 1)
    with pytest.raises(ValueError, match="no JSON summary"):
        loadtest.parse_wrk("Running 3s test\nRequests/sec: 10\n")


def test_query_variants_escape_their_values():
    values = {"person_names": ['Lê "Văn" A\\'], "units": [], "top_units": [], "words": [], "thresholds": ["1"],
              "offsets": ["0"]}
    lookup = next(k for k in queries.KINDS if k.name == "lookup")
    (text,) = queries.variants(lookup, values)
    assert '"Lê \\"Văn\\" A\\\\"@vi' in text
    paths = loadtest.request_paths("/sparql", [text])
    assert paths[0].startswith("/sparql?query=PREFIX%20rdfs") and " " not in paths[0]


def _server(rps: dict[str, float]) -> dict:
    return {"kinds": {k: {"c2": {"rps": v, "p50_ms": 1.0, "p99_ms": 2.0, "requests": 10, "errors": {}}}
                      for k, v in rps.items()}}


def test_targets_are_judged_from_the_ratios():
    results = {
        "http": {"100K": {"connections": [2], "duration_s": 3, "servers": {
            "vnkg": {**_server({"lookup": 3000, "aggregate": 50}),
                     "memory_after": {"max_rss_mb": 120.0, "processes": [], "total_rss_mb": 120.0}},
            "oxigraph": _server({"lookup": 9000, "aggregate": 60}),
            "rdflib-endpoint": _server({"lookup": 1000, "aggregate": 2}),
        }}},
        "extract": {"synthetic": {"reports": 10, "sentences": 120, "sentences_per_s": 900, "reports_per_s": 75.0,
                                  "chars_per_s": 90000, "p50_ms_per_report": 13.0, "p99_ms_per_report": 20.0}},
        "graph": {"1M": {"nodes": 10, "edges": 20, "projection_build_s": 1.0, "endpoints": {
            "neighbors": {"p50_ms": 12.0, "p99_ms": 20.0, "first_ms": 30.0},
            "path": {"p50_ms": 70.0, "p99_ms": 90.0, "first_ms": 95.0}}}},
    }
    got = {(t["target"], t["where"]): t["met"] for t in report.targets(results)}
    assert got[("lookup by label vs Oxigraph (disk)", "100K, 2 conn.")] is True  # 0.33x
    assert got[("lookup by label vs rdflib-endpoint (disk vnkg)", "100K, 2 conn.")] is True  # 3x
    assert got[("GROUP BY aggregate vs Oxigraph (disk)", "100K, 2 conn.")] is False  # 0.83x
    assert got[("GROUP BY aggregate vs rdflib-endpoint (disk vnkg)", "100K, 2 conn.")] is True  # 25x
    assert got[("memory per worker after loading 100K triples", "100K, vnkg serve, after the load test")] is True
    assert got[("extraction, synthetic reports", "one core")] is True
    assert got[("graph API p50 at 1M triples (worst endpoint)", "1M")] is False
    text = "\n".join(report.tables(results))
    assert "| lookup by label | 3,000 (1.0/2.0)" in text and "0.33×" in text


def test_a_run_with_every_connection_on_one_worker_is_marked():
    one, spread = _server({"lookup": 2000}), _server({"lookup": 6000})
    one["kinds"]["lookup"]["c2"]["placement"] = [2, 0]
    spread["kinds"]["lookup"]["c2"]["placement"] = [1, 1]
    for server, marked in ((one, True), (spread, False), (_server({"lookup": 9000}), False)):
        results = {"http": {"100K": {"connections": [2], "duration_s": 3, "servers": {"vnkg": server}}}}
        row = next(line for line in report.tables(results) if line.startswith("| lookup by label"))
        assert (report.ONE_PROCESS.strip() in row) is marked, row


def test_the_median_run_is_reported_with_every_run(monkeypatch):
    import argparse

    from benchmarks import run

    rates = iter([900.0, 3000.0, 1200.0])
    placements = iter([[2, 0], [1, 1], [2, 0]])

    class FakeServer:
        name, base_url = "fake", "http://127.0.0.1:9"

        def placement(self):
            return next(placements)

    def fake_wrk(base_url, paths, *, connections, seconds):
        time.sleep(0.1)  # the placement is sampled while the run goes on
        rps = next(rates)
        return loadtest.WrkResult(requests=int(rps * seconds), seconds=seconds, errors={}, p50_ms=1.0,
                                  p90_ms=2.0, p99_ms=3.0, mean_ms=1.0, max_ms=4.0)

    monkeypatch.setattr(run, "run_wrk", fake_wrk)
    args = argparse.Namespace(repeats=3, duration=0.02)
    got = run.median_run(FakeServer(), ["/sparql?query=x"], 2, args)
    assert got["rps"] == 1200.0 and got["placement"] == [2, 0]
    assert [r["rps"] for r in got["runs"]] == [900.0, 3000.0, 1200.0]
    assert [r["placement"] for r in got["runs"]] == [[2, 0], [1, 1], [2, 0]]


def test_connection_placement_counts_the_connections_a_listening_process_holds():
    import os
    import socket

    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        assert loadtest.connection_placement(os.getpid(), port) == [0]
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
        accepted = [server.accept()[0] for _ in clients]
        try:
            assert loadtest.connection_placement(os.getpid(), port) == [2]
        finally:
            for s in clients + accepted:
                s.close()


def test_pooled_scores_sum_counts_over_sets_before_dividing() -> None:
    from benchmarks.extraction import CATEGORIES, pooled

    def total(tp: int, pred: int, gold: int) -> dict:
        return {c: {"tp": tp, "pred": pred, "gold": gold} for c in CATEGORIES}

    def results(right: int, wrong: int) -> list[dict]:
        return [{"dated_events": {"found": right, "gold": 9},
                 "details": {"events": {"wrong_date": ["x"] * wrong}}}]

    summed = pooled([(total(1, 1, 4), results(1, 0)), (total(3, 9, 4), results(2, 3))])
    # Summed first: 4 right of 10 found, 8 in gold (an average of the two sets' F1 would differ).
    assert (summed["tasks"]["precision"], summed["tasks"]["recall"]) == (0.4, 0.5)
    assert abs(summed["tasks"]["f1"] - 2 * 0.4 * 0.5 / 0.9) < 1e-12
    assert summed["dated"] == {"right": 3, "found": 6}
    assert pooled([(total(0, 0, 0), results(0, 0))])["events"]["f1"] == 0.0
