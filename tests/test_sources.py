"""Reading reports: plain text, HTML pages (trafilatura), JSON Lines records; article metadata in the graph."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import graph.build
from graph.build import build, read_report
from graph.rdf import SCHEMA, VNKG, report_graph_iri, report_iri
from graph.sources import ReportError, Source, file_stem, load, normalise_date, scan, url_stem
from graph.store import open_store

REPORTS = Path(__file__).resolve().parent / "corpus_many" / "reports"
PAGE = REPORTS / "quangngai-traffic-2025-08-09.html"
LINES = REPORTS / "scraped-2025-12.jsonl"

BODY = ("Sáng 3-3, Công an tỉnh Hà Tĩnh tổ chức hội nghị triển khai công tác. "
        "Đại tá Nguyễn Hồng Lĩnh, Giám đốc Công an tỉnh Hà Tĩnh chủ trì hội nghị.")


def record(**fields) -> str:
    base = {"title": "Công an tỉnh Hà Tĩnh triển khai công tác", "date": "2025-03-03",
            "url": "https://example.vn/a/1.html", "text": BODY}
    base.update(fields)
    return json.dumps({k: v for k, v in base.items() if v is not None}, ensure_ascii=False)


def test_the_build_raises_the_readers_report_error():
    assert graph.build.ReportError is ReportError


def test_plain_text_reads_as_before():
    source = REPORTS / "cantho-police-2025-01-08.txt"
    text, meta = read_report(source)
    assert text == source.read_text(encoding="utf-8") and meta.title is None
    [only] = scan(source)
    assert only.stem == "cantho-police-2025-01-08" and only.record is None and len(only.digest) == 64


def test_html_gives_main_text_and_metadata():
    [source] = scan(PAGE)
    text, meta = load(source)
    assert meta.title == "Công an tỉnh rà soát kết quả bảo đảm trật tự giao thông"
    assert meta.published == "2025-08-09T08:30:00+07:00"
    assert meta.publisher == "Báo Quảng Ngãi"
    assert meta.url.startswith("https://baoquangngai.example.vn/an-ninh-trat-tu/")
    assert text.splitlines()[0] == meta.title
    assert "21.540 trường hợp vi phạm" in text
    # Menus, related links and the footer are not the article.
    for boilerplate in ("Trang chủ", "Tin liên quan", "Giấy phép", "Khánh thành cầu"):
        assert boilerplate not in text
    assert "\n\n" in text and text == text.strip() + "\n"


def test_html_without_a_time_of_day_gives_a_date(tmp_path: Path):
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Tin</title>"
        "<meta property='article:published_time' content='2025-04-02'></head><body><article>"
        "<h1>Công an tỉnh Hà Tĩnh triển khai công tác</h1>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>", encoding="utf-8")
    text, meta = load(scan(page)[0])
    assert meta.published == "2025-04-02" and meta.publisher is None
    assert text.startswith("Công an tỉnh Hà Tĩnh triển khai công tác\n\n")


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"<html><body><nav>Trang ch\xe1\xbb\xa7</nav></body></html>", "no article text"),
    (b"\x89PNG\x00\x00", "binary"),
])
def test_bad_html_is_named_with_its_reason(tmp_path: Path, content: bytes, reason: str):
    page = tmp_path / "bad.html"
    page.write_bytes(content)
    with pytest.raises(ReportError) as err:
        load(scan(page)[0])
    assert reason in err.value.reason and str(page) in str(err.value)


def test_json_lines_give_one_report_a_record_named_by_url():
    sources = scan(LINES)
    assert [s.record for s in sources] == [1, 2, 3]
    assert sources[0].stem == "baohatinh-example-vn-an-ninh-cong-an-tinh-ha-tinh-tong-ket-cong-tac-nam-2025"
    assert sources[2].name == "scraped-2025-12.jsonl#3"
    assert len({s.digest for s in sources}) == 3
    text, meta = load(sources[1])
    assert meta.published == "2025-12-18T16:20:00+07:00" and meta.publisher == "Báo Quảng Ngãi"
    assert text.startswith("Quảng Ngãi biểu dương điển hình trong phong trào bảo vệ an ninh Tổ quốc\n\n")


def test_json_lines_stems_without_url_and_for_a_repeated_url(tmp_path: Path):
    lines = tmp_path / "feed.jsonl"
    lines.write_text("\n".join([record(url=None), "", record(), record(text=BODY + " Thêm."), record(url="x")])
                     + "\n", encoding="utf-8")
    stems = [s.stem for s in scan(lines)]
    assert stems == ["feed-1", "example-vn-a-1", "example-vn-a-1-4", "feed-5"]


def test_url_stems_are_short_and_stable():
    long = "https://example.vn/" + "/".join(["muc-rat-dai"] * 20) + ".html"
    stem = url_stem(long)
    assert len(stem) <= 90 and stem == url_stem(long) and stem != url_stem(long + "?x=1")
    assert url_stem("https://www.example.vn/an-ninh/bai-1.htm") == "example-vn-an-ninh-bai-1"
    assert file_stem(Path("Báo cáo 1.txt")) == "bao-cao-1"


@pytest.mark.parametrize(("line", "reason"), [
    ("{not json", "not a JSON record"),
    ("[1, 2]", "not an object"),
    (record(text="  "), "no text"),
    (record(date="hôm qua"), "is not a date"),
])
def test_a_bad_record_is_named_and_the_others_still_load(tmp_path: Path, line: str, reason: str):
    lines = tmp_path / "feed.jsonl"
    lines.write_text(record() + "\n" + line + "\n", encoding="utf-8")
    good, bad = scan(lines)
    assert load(good)[1].title == "Công an tỉnh Hà Tĩnh triển khai công tác"
    with pytest.raises(ReportError) as err:
        load(bad)
    assert reason in err.value.reason and err.value.path.endswith("feed.jsonl#2")


def test_a_changed_file_is_not_read_as_the_record_scanned(tmp_path: Path):
    lines = tmp_path / "feed.jsonl"
    lines.write_text(record() + "\n", encoding="utf-8")
    [source] = scan(lines)
    lines.write_text(record(title="Khác") + "\n", encoding="utf-8")
    with pytest.raises(ReportError, match="changed"):
        load(source)
    with pytest.raises(ReportError, match="gone"):
        load(Source(lines, "x", source.digest, 9))


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-07-18", "2025-07-18"),
    ("18/07/2025", "2025-07-18"),
    ("18/07/2025 17:24", "2025-07-18T17:24:00+07:00"),
    ("18-7-2025 9h05", "2025-07-18T09:05:00+07:00"),
    ("2025-07-18T17:24:00+0700", "2025-07-18T17:24:00+07:00"),
    ("2025-07-18T10:24:00Z", "2025-07-18T10:24:00+00:00"),
    ("31/02/2025", None),
    ("", None),
    (None, None),
])
def test_dates_as_scrapers_write_them(value, expected):
    assert normalise_date(value) == expected


def test_a_folder_of_text_html_and_json_lines_builds_with_article_facts(tmp_path: Path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("cantho-police-2025-01-08.txt", PAGE.name, LINES.name):
        shutil.copy(REPORTS / name, folder)
    with (folder / LINES.name).open("a", encoding="utf-8") as out:
        out.write("{broken\n")
    with open_store(":memory:") as store:
        summary = build([folder], store, validate_graph=False)
        assert summary.count("built") == 5
        [failed] = summary.failed
        assert failed.path.endswith("scraped-2025-12.jsonl#4") and "not a JSON record" in failed.reason
        stem = "baovinhlong-example-vn-phap-luat-triet-pha-duong-day-danh-bac-qua-mang"
        graph = report_graph_iri(stem)
        report = report_iri(stem)

        def value(prop: URIRef):
            rows = store.select(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ <{report}> <{prop}> ?o }} }}",
                                union_default_graph=False)
            return {r["o"] for r in rows}

        assert value(SCHEMA.headline) == {Literal("Vĩnh Long triệt phá đường dây đánh bạc qua mạng", lang="vi")}
        assert {str(v) for v in value(SCHEMA.datePublished)} == {"2025-12-22"}
        assert value(SCHEMA.url) == {URIRef("https://baovinhlong.example.vn/phap-luat/triet-pha-duong-day-danh-bac-qua-mang")}
        assert len(value(SCHEMA.publisher)) == 1
        assert {str(v) for v in value(VNKG.sourceFile)} == {"scraped-2025-12.jsonl#3"}
        # The page's graph has its publisher as an organisation with that name.
        page_graph = report_graph_iri(PAGE.stem)
        rows = store.select(
            f"SELECT ?name WHERE {{ GRAPH <{page_graph}> {{ <{report_iri(PAGE.stem)}> <{SCHEMA.publisher}> ?p . "
            "?p <http://www.w3.org/2000/01/rdf-schema#label> ?name } }", union_default_graph=False)
        assert {str(r["name"]) for r in rows} == {"Báo Quảng Ngãi"}


def test_two_files_with_one_stem_are_refused_not_merged(tmp_path: Path):
    folder = tmp_path / "reports"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    shutil.copy(REPORTS / "cantho-police-2025-01-08.txt", folder / "a")
    shutil.copy(REPORTS / "cantho-police-2025-07-10.txt", folder / "b" / "cantho-police-2025-01-08.txt")
    with open_store(":memory:") as store:
        summary = build([folder], store, validate_graph=False)
    assert summary.count("built") == 1
    assert "rename" in summary.failed[0].reason


def test_a_json_lines_file_is_not_one_report(tmp_path: Path):
    with pytest.raises(ReportError, match="holds 3 reports"):
        read_report(LINES)


def test_extract_reports_yields_each_record_or_why_it_failed(tmp_path: Path):
    from graph.build import extract_reports

    lines = tmp_path / "feed.jsonl"
    lines.write_text(record() + "\n{oops\n", encoding="utf-8")
    (stem, facts), (bad_stem, error) = list(extract_reports(lines))
    assert stem == "example-vn-a-1" and [p.name for p in facts.persons] == ["Nguyễn Hồng Lĩnh"]
    assert bad_stem == "feed-2" and isinstance(error, ReportError)
