"""Building reports into a store, and the extract / build / validate commands."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef

from graph.build import build
from graph.cli import main
from graph.rdf import ONTOLOGY_GRAPH, report_graph_iri
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "cantho-police-2025-07-18.txt"
CORPUS = Path(__file__).resolve().parent / "corpus" / "reports"


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder)
    for name in sorted(p.name for p in CORPUS.glob("*.txt"))[:2]:
        shutil.copy(CORPUS / name, folder)
    return folder


def test_one_named_graph_per_report_and_the_ontology(reports: Path):
    with open_store(":memory:") as store:
        summary = build([reports], store)
        assert summary.count("built") == 3 and not summary.failed
        graphs = set(store.graphs())
        assert str(ONTOLOGY_GRAPH) in graphs
        for path in reports.glob("*.txt"):
            assert str(report_graph_iri(path.stem)) in graphs
        assert summary.entities["persons"] >= 2 and summary.statistics >= 22
        assert summary.triples == sum(1 for _ in store.dump("nquads").splitlines()
                                      if not _.endswith(f"<{ONTOLOGY_GRAPH}> .".encode()))


def test_incremental_build_skips_unchanged_rebuilds_changed_and_drops_deleted(reports: Path):
    with open_store(":memory:") as store:
        build([reports], store)
        again = build([reports], store)
        assert again.count("unchanged") == 3 and again.count("built") == 0
        changed = reports / SEED.name
        changed.write_text(changed.read_text(encoding="utf-8").replace("hơn 100 sự kiện", "hơn 120 sự kiện"),
                           encoding="utf-8")
        victim = next(p for p in reports.glob("*.txt") if p.name != SEED.name)
        victim.unlink()
        third = build([reports], store)
        assert third.count("built") == 1 and third.count("removed") == 1 and third.count("unchanged") == 1
        assert str(report_graph_iri(victim.stem)) not in store.graphs()
        values = {float(r["v"].value) for r in store.select(
            f"SELECT ?v WHERE {{ GRAPH <{report_graph_iri(SEED.stem)}> "
            "{ ?o <http://purl.org/linked-data/sdmx/2009/measure#obsValue> ?v } }")}
        assert 120.0 in values and 100.0 not in values


def test_bad_reports_are_named_and_the_others_still_build(reports: Path):
    (reports / "empty.txt").write_bytes(b"")
    (reports / "binary.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (reports / "latin.txt").write_bytes("Công an tỉnh".encode("utf-16"))
    store_dir = reports.parent / "store"
    result = CliRunner().invoke(main, ["build", str(reports), "--store", str(store_dir)])
    assert result.exit_code == 1, result.output
    assert "3 built" in result.output and "3 failed" in result.output
    for name, reason in (("empty.txt", "empty"), ("binary.txt", "binary"), ("latin.txt", "binary")):
        assert any(name in line and reason in line for line in result.output.splitlines()), (name, result.output)
    with open_store(str(store_dir), read_only=True) as store:
        assert len([g for g in store.graphs() if "/graph/" in g]) == 3


def test_build_writes_rdf_files(reports: Path, tmp_path: Path):
    trig, ttl = tmp_path / "out.trig", tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["build", str(reports), "--store", ":memory:", "-o", str(trig), "-o", str(ttl)])
    assert result.exit_code == 0, result.output
    data = Dataset()
    data.parse(trig, format="trig")
    names = {str(g.identifier) for g in data.graphs() if len(g)}
    assert str(report_graph_iri(SEED.stem)) in names and str(ONTOLOGY_GRAPH) in names
    merged = Graph().parse(ttl, format="turtle")
    assert (None, None, None) in merged and len(merged) > 1000


def test_build_refuses_an_unknown_output_type(reports: Path, tmp_path: Path):
    result = CliRunner().invoke(main, ["build", str(reports), "--store", ":memory:", "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 2 and "unknown RDF file type" in result.output


def test_extract_prints_scorer_json_and_writes_a_directory(reports: Path, tmp_path: Path):
    runner = CliRunner()
    one = runner.invoke(main, ["extract", str(reports / SEED.name)])
    assert one.exit_code == 0
    data = json.loads(one.output)
    for k in ("persons", "organizations", "places", "events", "tasks", "statistics", "article"):
        assert k in data
    assert all({"start", "end", "text"} <= set(m) for p in data["persons"] for m in p["mentions"])
    out = tmp_path / "pred"
    many = runner.invoke(main, ["extract", str(reports), "-o", str(out)])
    assert many.exit_code == 0
    assert sorted(p.stem for p in out.glob("*.json")) == sorted(p.stem for p in reports.glob("*.txt"))
    assert runner.invoke(main, ["extract", str(reports)]).exit_code == 2  # a directory needs -o


def test_validate_passes_a_build_and_names_a_broken_post(reports: Path, tmp_path: Path):
    trig = tmp_path / "out.trig"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(reports), "--store", ":memory:", "-o", str(trig)]).exit_code == 0
    ok = runner.invoke(main, ["validate", str(trig)])
    assert ok.exit_code == 0 and "0 violations" in ok.output
    data = Dataset()
    data.parse(trig, format="trig")
    graph = data.graph(URIRef(report_graph_iri(SEED.stem)))
    org_post_in = URIRef("http://www.w3.org/ns/org#postIn")
    post = next(graph.subjects(org_post_in, None))
    graph.remove((post, org_post_in, None))
    broken = tmp_path / "broken.trig"
    data.serialize(broken, format="trig")
    bad = runner.invoke(main, ["validate", str(broken)])
    assert bad.exit_code == 1 and "postIn" in bad.output and str(post) in bad.output


def test_every_written_report_builds_and_validates():
    with open_store(":memory:") as store:
        summary = build([CORPUS, SEED], store)
    assert not summary.failed, [(r.path, r.reason) for r in summary.failed]
    assert summary.count("built") == len(list(CORPUS.glob("*.txt"))) + 1


def test_extract_prints_one_json_document_per_jsonl_record(tmp_path: Path):
    records = [{"title": f"Công an tỉnh Nghệ An họp lần {n}", "date": f"2025-03-0{n}",
                "url": f"https://example.org/a{n}", "text": SEED.read_text(encoding="utf-8")} for n in (1, 2)]
    source = tmp_path / "scraped.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source)])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert [d["article"]["url"] for d in docs] == ["https://example.org/a1", "https://example.org/a2"]
    assert all(len(d["statistics"]) == 22 for d in docs)


def test_issue14_a_record_with_no_date_or_period_builds_with_validation_and_is_counted(tmp_path: Path):
    """Real input lacks dates: the report builds, the graph says the date is not stated, the summary counts it."""
    records = [
        {"title": "Công an tỉnh Hà Giang ra quân", "url": "https://example.org/a/1",
         "text": "Công an tỉnh Hà Giang đã bắt giữ 12 đối tượng, thu giữ hơn 3 kg ma túy."},
        {"title": "Hội nghị tổng kết", "url": "https://example.org/a/2", "date": "2017-03-02",
         "text": "Ngày 1/3, Công an huyện Yên Minh tổ chức hội nghị tổng kết."},
    ]
    source = tmp_path / "scraped.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    with open_store(":memory:") as store:
        summary = build([source], store, validate_graph=True)
        assert summary.count("built") == 2 and not summary.failed
        assert summary.undated == 1
        lines = "\n".join(summary.lines())
        assert "1 of the built reports have no publication date" in lines
        assert any("no period start date" in message for message in summary.validation_warnings)
        ask = (
            "PREFIX schema: <https://schema.org/> PREFIX vnkg: <https://w3id.org/vnkg/ontology#> "
            "SELECT ?r WHERE { ?r a schema:NewsArticle ; vnkg:notStated schema:datePublished "
            "FILTER NOT EXISTS { ?r schema:datePublished ?d } }"
        )
        rows = list(store.query(ask))
        assert len(rows) == 1 and "example-org-a-1" in str(rows[0][0])


def test_issue15_a_long_build_flushes_the_store_as_it_goes(reports: Path, tmp_path: Path, monkeypatch):
    """The engine's memory tables are written out every FLUSH_EVERY reports (or bulk batch), not only at the end."""
    import graph.build as building

    monkeypatch.setattr(building, "FLUSH_EVERY", 1)
    monkeypatch.setattr(building, "BULK_BATCH", 1)
    with open_store(tmp_path / "store") as store:
        flushes = []
        real = store.flush
        monkeypatch.setattr(store, "flush", lambda: (flushes.append(1), real()))
        summary = build([reports], store)
        assert summary.count("built") == 3 and len(flushes) == 3


def test_issue19_a_build_leaves_the_graph_view_ready_for_the_server(reports: Path, tmp_path: Path):
    from graph.network import GraphView

    path = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(reports), "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert list((path / "vnkg-cache").glob("projection-*.json"))
    with open_store(path, read_only=True) as store:
        view = GraphView(store, background=False)
        view.get()
        assert view.loads == 1 and view.builds == 0  # read from the cache, not built again
