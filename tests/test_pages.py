"""The web pages over the seed report: each page, its JSON twin, the highlighting, and the escaping.

The pages must agree with the REST API (they call the same functions), so several tests compare a
page with the API's answer rather than with numbers written here.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from graph import network
from graph.build import build
from graph.export import FORMATS as EXPORT_FORMATS
from graph.queries import examples
from graph.store import open_store
from graph.web import create_app
from graph.web.pages import Annotation, mark_spans, report_segments

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/vnkg/id/"
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
JSON = {"Accept": "application/json"}
SCRIPT = "<script>alert('x')</script>"
# A person whose label and sentence carry markup, in a graph of its own (not a report).
HOSTILE = f"""
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{BASE}person/hostile> a schema:Person ; rdfs:label "{SCRIPT} Ngô Thị Lý"@vi .
"""


class Elements(HTMLParser):
    """Every element of a page with its attributes and its text (the text of what it contains)."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.all: list[dict[str, Any]] = []
        self._open: list[dict[str, Any]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = {"tag": tag, "attrs": {k: v or "" for k, v in attrs}, "text": ""}
        self.all.append(element)
        if tag not in self.VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i]["tag"] == tag:
                del self._open[i:]
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element["text"] += data

    def find(self, tag: str, **attrs: str) -> list[dict[str, Any]]:
        """Return the elements with this tag whose attributes contain the given values."""
        out = []
        for e in self.all:
            if e["tag"] != tag:
                continue
            if all(value in e["attrs"].get(name.rstrip("_"), "").split() or
                   e["attrs"].get(name.rstrip("_")) == value for name, value in attrs.items()):
                out.append(e)
        return out


@pytest.fixture(scope="module")
def seed():
    store = open_store(":memory:")
    summary = build([ROOT / "data" / "reports"], store)
    assert not summary.failed
    store.add_to_graph(f"{BASE}graph/hostile-test", HOSTILE.encode("utf-8"), "turtle")
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(seed):  # noqa: ANN001, ANN201
    app = create_app(store=seed, base_iri=BASE, query_timeout=10.0, max_rows=1000, query_workers=0)
    app.config.update(TESTING=True)
    return app.test_client()


@pytest.fixture(scope="module")
def report_id(client) -> str:  # noqa: ANN001
    reports = client.get("/index.json").get_json()["reports"]
    assert reports
    return reports[0]["id"]


def page(client, url: str) -> tuple[str, Elements]:  # noqa: ANN001
    response = client.get(url, headers=BROWSER)
    assert response.status_code == 200, (url, response.status_code, response.data[:500])
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    return html, Elements(html)


# --------------------------------------------------------------------------- home and search


def test_home_shows_counts_by_type_and_reports(client, seed, report_id):
    html, doc = page(client, "/")
    summary = network.summary(network.graph_view(seed, BASE).get())
    cards = {c["attrs"]["href"]: c["text"] for c in doc.find("a", class_="card")}
    for kind, count in summary["types"].items():
        text = next(t for href, t in cards.items() if href.endswith(f"type={kind}"))
        assert text.split()[0] == f"{count:,}"
    twin = client.get("/index.json").get_json()
    assert twin["counts"] == summary["types"]
    headline = twin["reports"][0]["headline"]
    assert any(a["text"] == headline and a["attrs"]["href"] == f"/report/{report_id}"
               for a in doc.find("a"))
    assert twin["reports"][0]["date"] in html
    # the search box completes through the API
    assert doc.find("input", id="q")[0]["attrs"]["data-autocomplete"] == "/api/autocomplete"
    # the same URL asked for JSON answers JSON
    assert client.get("/", headers=JSON).get_json() == twin


def test_search_is_accent_insensitive_and_ranked_like_the_api(client):
    html, doc = page(client, "/search?q=tran+van+lau")
    results = doc.find("a", class_="result-title")
    assert results[0]["text"] == "Trần Văn Lâu"
    assert results[0]["attrs"]["href"] == "/entity/person.tran-van-lau"
    api = client.get("/api/entities?q=tran van lau&limit=50").get_json()
    twin = client.get("/search.json?q=tran van lau").get_json()
    assert [r["id"] for r in twin["results"]] == [r["id"] for r in api["results"]]
    # a line of context: his post
    assert "Chủ tịch UBND TP Cần Thơ" in doc.find("div", class_="result-context")[0]["text"]
    assert doc.find("span", class_="badge")[0]["text"] == "Person"


def test_search_that_matches_nothing_says_so(client):
    html, doc = page(client, "/search?q=qwxzv+pkjh")
    message = doc.find("p", id="no-results")
    assert message and "Nothing matches" in message[0]["text"] and "qwxzv pkjh" in message[0]["text"]
    assert not doc.find("a", class_="result-title")
    assert client.get("/search.json?q=qwxzv pkjh").get_json()["total"] == 0


def test_search_by_type_lists_that_type(client, seed):
    twin = client.get("/search.json?type=org").get_json()
    graph = network.graph_view(seed, BASE).get().graph
    assert twin["total"] == sum(1 for _, d in graph.nodes(data=True) if d["type"] == "org")
    assert {r["type"] for r in twin["results"]} == {"org"}
    assert client.get("/search?type=nonsense", headers=BROWSER).status_code == 400


@pytest.mark.parametrize(("page_url", "size_name"), [
    ("/search.json?type=org", "SEARCH_PAGE_SIZE"),
    ("/statistics.json", "STATISTICS_ROWS"),
])
def test_a_json_twin_pages_through_its_own_links(client, monkeypatch, page_url, size_name):
    """Following a JSON twin's ``next`` links walks every result once, staying in JSON."""
    from graph.web import pages

    monkeypatch.setattr(pages, size_name, 3)
    url, seen, first = page_url, [], None
    while url:
        body = client.get(url).get_json()
        first = first or body
        seen += [r["id"] for r in body["results"]]
        url = body["links"].get("next")
        assert url is None or urlsplit(url).path.endswith(".json")
    assert first["total"] > 3  # more than one page, or the walk shows nothing
    assert len(seen) == len(set(seen)) == first["total"]
    last = client.get(page_url + ("&" if "?" in page_url else "?") + "offset=3").get_json()
    assert urlsplit(last["links"]["previous"]).path.endswith(".json")
    html_next = Elements(client.get(page_url.replace(".json", ""), headers=BROWSER).get_data(as_text=True))
    assert [a for a in html_next.find("a") if a["text"].startswith("Next")][0]["attrs"]["href"].split("?")[0] \
        == urlsplit(page_url).path.removesuffix(".json")


# --------------------------------------------------------------------------- entity page


def test_entity_page_shows_post_and_the_marked_sentence(client, report_id):
    html, doc = page(client, "/entity/person.tran-van-lau")
    assert doc.find("h1")[0]["text"] == "Trần Văn Lâu"
    # the post, as a fact linked to its page
    posts = [a for a in doc.find("a") if a["attrs"].get("href", "").startswith("/entity/post.")]
    assert any(a["text"].strip() == "Chủ tịch UBND TP Cần Thơ" for a in posts)
    # the source sentences, the extracted span in <mark>, linked to the report
    marks = [m["text"] for m in doc.find("mark")]
    assert "Trần Văn Lâu" in marks
    quotes = doc.find("blockquote", class_="sentence")
    assert any("đến dự và chỉ đạo hội nghị" in q["text"] for q in quotes)
    links = [a["attrs"]["href"] for a in doc.find("a", class_="sentence-source")]
    assert links and all(link.startswith(f"/report/{report_id}?focus=") for link in links)
    # the neighbourhood graph is drawn from the API
    box = doc.find("div", id="network")[0]["attrs"]
    assert box["data-graph-src"] == "/api/graph/neighbors/person.tran-van-lau"
    assert box["data-click"] == "open"


def test_entity_twin_and_marks_agree_with_offsets(client, seed, report_id):
    twin = client.get("/entity/person.tran-van-lau.json").get_json()
    assert client.get("/entity/person.tran-van-lau", headers=JSON).get_json() == twin
    api = client.get("/api/entities/person.tran-van-lau").get_json()
    assert twin["entity"] == api
    assert twin["label_vi"] == "Trần Văn Lâu" and twin["type"] == "person"
    text = client.get(f"/report/{report_id}.json").get_json()["text"]
    assert twin["sentences"]
    for sentence in twin["sentences"]:
        assert sentence["marked"], sentence
        for start, end in sentence["spans"]:
            assert text[start:end] in sentence["marked"] or \
                any(text[start:end] in m for m in sentence["marked"])


def test_unknown_entity_is_a_readable_404(client):
    response = client.get("/entity/person.nobody-at-all", headers=BROWSER)
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "unknown entity: person.nobody-at-all" in response.get_data(as_text=True)
    response = client.get("/entity/person.nobody-at-all.json")
    assert response.status_code == 404 and "unknown entity" in response.get_json()["error"]
    assert client.get("/entity/not..an..id", headers=BROWSER).status_code == 404


def test_entity_page_of_a_report_goes_to_the_report_page(client, report_id):
    response = client.get(f"/entity/{report_id}", headers=BROWSER)
    assert response.status_code == 302 and response.location.endswith(f"/report/{report_id}")


# --------------------------------------------------------------------------- source-sentence marking


def test_mark_spans_uses_offsets_to_pick_the_right_occurrence():
    text = "Mở đầu. An và Bình gặp An ở chợ. Hết."
    sentence = "An và Bình gặp An ở chợ."
    second = text.index("An", text.index("gặp"))
    parts = mark_spans(sentence, [(second, second + 2, "An")], text)
    assert parts == [("An và Bình gặp ", False), ("An", True), (" ở chợ.", False)]
    # without offsets the first occurrence is marked
    assert mark_spans(sentence, [(None, None, "An")], None)[0] == ("An", True)
    # overlapping spans become one mark; a quote not in the sentence marks nothing
    first = text.index("An")
    merged = mark_spans(sentence, [(first, first + 6, None), (first + 3, first + 10, None)], text)
    assert [p for p in merged if p[1]] == [("An và Bình", True)]
    assert mark_spans(sentence, [(None, None, "Cường")], None) == [(sentence, False)]


def test_report_segments_rebuild_the_text_and_link_the_innermost_span():
    text = "Giám đốc Công an tỉnh Lâm Sơn phát biểu."
    org_start = text.index("Công an")
    annotations = [Annotation("post.x", 0, org_start + 20, "Giám đốc Công an tỉnh Lâm Sơn", "post"),
                   Annotation("org.y", org_start, org_start + 20, "Công an tỉnh Lâm Sơn", "org")]
    segments = report_segments(text, annotations, focus="org.y")
    assert "".join(s["text"] for s in segments) == text
    linked = [(s["text"], s.get("body")) for s in segments]
    assert linked == [("Giám đốc ", "post.x"), ("Công an tỉnh Lâm Sơn", "org.y"), (" phát biểu.", None)]
    assert [s.get("anchor") for s in segments] == [None, "focus", None]
    assert segments[1]["depth"] == 2


# --------------------------------------------------------------------------- report page


def test_report_page_highlights_every_extracted_fact(client, report_id):
    twin = client.get(f"/report/{report_id}.json").get_json()
    text = twin["text"]
    html, doc = page(client, f"/report/{report_id}")
    body = doc.find("div", class_="report-text")[0]
    assert body["text"] == text  # the whole text, nothing lost or doubled by the marks
    facts = doc.find("a", class_="fact")
    assert facts and all(f["text"] and f["attrs"]["href"] for f in facts)
    linked = {urlsplit(f["attrs"]["href"]).path for f in facts}
    for annotation in twin["annotations"]:
        assert text[annotation["start"]:annotation["end"]]
        if annotation["type"] != "observation":
            # a span wholly inside a more specific one links there; every other links to its node
            inner = any(o["start"] >= annotation["start"] and o["end"] <= annotation["end"] and o != annotation
                        and (o["end"] - o["start"]) < (annotation["end"] - annotation["start"])
                        for o in twin["annotations"])
            if not inner:
                assert f"/entity/{annotation['id']}" in linked, annotation
    assert twin["facts"] and {f["type"] for f in twin["facts"]} >= {"person", "org", "observation"}
    assert f"/report/{report_id}" == urlsplit(doc.find("link", rel="alternate")[0]["attrs"]["href"]).path[:-5]


def test_report_focus_marks_the_asked_span(client, report_id):
    twin = client.get("/entity/person.tran-van-lau.json").get_json()
    start, end = twin["sentences"][0]["spans"][0]
    html, doc = page(client, f"/report/{report_id}?focus={start}-{end}")
    focused = doc.find("a", class_="focus")
    text = client.get(f"/report/{report_id}.json").get_json()["text"]
    assert focused and focused[0]["attrs"].get("id") == "focus"
    assert "".join(f["text"] for f in focused if "id" in f["attrs"]) in text[start:end]
    # the bare stem redirects to the report's id
    stem = report_id.split(".", 1)[1]
    assert client.get(f"/report/{stem}", headers=BROWSER).status_code == 302
    assert client.get("/report/report.nothing-here", headers=BROWSER).status_code == 404


# --------------------------------------------------------------------------- graph page


def test_graph_page_and_its_data(client, seed, report_id):
    projection = network.graph_view(seed, BASE).get()
    html, doc = page(client, "/graph")
    box = doc.find("div", id="network")[0]["attrs"]
    assert box["data-graph-src"] == "/graph.json"
    everything = client.get("/graph.json").get_json()
    assert len(everything["nodes"]) == projection.graph.number_of_nodes()
    assert len(everything["edges"]) == projection.graph.number_of_edges()
    # one download button per export format, each a working download
    hrefs = {a["text"]: a["attrs"]["href"] for a in doc.find("a", download="")}
    assert set(hrefs) == set(EXPORT_FORMATS)
    for href in hrefs.values():
        response = client.get(href)
        assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    # the legend names every type, with its colour class
    assert {li["attrs"]["class"] for li in doc.find("ul", class_="legend") and doc.find("li")
            if li["attrs"].get("class", "").startswith("t-")} >= {f"t-{t}" for t in network.NODE_TYPES}
    # vis-network comes from this server, not a CDN
    scripts = [s["attrs"]["src"] for s in doc.find("script") if "src" in s["attrs"]]
    assert "/vendor/vis-network.min.js" in scripts and all(s.startswith("/") for s in scripts)


def test_graph_filters_by_type_and_report(client, report_id):
    people = client.get("/graph.json?type=person&type=org").get_json()
    assert people["nodes"] and {n["type"] for n in people["nodes"]} == {"person", "org"}
    ids = {n["id"] for n in people["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in people["edges"])
    html, doc = page(client, "/graph?type=person")
    assert doc.find("div", id="network")[0]["attrs"]["data-graph-src"] == "/graph.json?type=person"
    checked = [i["attrs"]["value"] for i in doc.find("input", type="checkbox") if "checked" in i["attrs"]]
    assert checked == ["person"]
    assert any("type=person" in a["attrs"]["href"] for a in doc.find("a", download=""))
    one = client.get(f"/graph.json?report={report_id}").get_json()
    assert one["nodes"] and all(report_id in n["reports"] for n in one["nodes"])
    assert client.get("/graph.json?report=report.none").status_code == 400
    assert client.get("/graph.json?type=nonsense").status_code == 400


def test_vendored_library_is_served_from_the_installed_package(client):
    response = client.get("/vendor/vis-network.min.js")
    assert response.status_code == 200 and response.mimetype == "application/javascript"
    assert b"vis-network" in response.data[:2000] or b"vis" in response.data[:200]
    assert client.get("/vendor/vis-network.css").mimetype == "text/css"
    assert client.get("/vendor/anything-else.js").status_code == 404


# --------------------------------------------------------------------------- statistics page


def test_statistics_table_agrees_with_the_api(client, report_id):
    api = client.get("/api/statistics").get_json()
    html, doc = page(client, "/statistics")
    rows = [tr for tr in doc.find("tr") if tr["attrs"].get("id", "").startswith("obs-")]
    assert len(rows) == api["total"] > 0
    assert [r["attrs"]["id"][4:] for r in rows] == [s["id"] for s in api["results"]]
    # each row links to its sentence in the report
    links = [a["attrs"]["href"] for a in doc.find("a") if a["text"] == "sentence"]
    assert len(links) == len(rows)
    for link, stat in zip(links, api["results"], strict=True):
        parts = urlsplit(link)
        assert parts.path == f"/report/{stat['source']}" and parse_qs(parts.query)["focus"] == [stat["id"]]
    focused = Elements(client.get(links[0], headers=BROWSER).get_data(as_text=True)).find("a", class_="focus")
    assert focused
    assert doc.find("table", id="stats-table")[0]["attrs"]["class"] == "data sortable"


def test_statistics_chart_and_filters(client):
    api = client.get("/api/statistics").get_json()["results"]
    html, doc = page(client, "/statistics")
    changes = [s for s in api if s["direction"]]
    bars = doc.find("rect", class_="bar")
    assert len(bars) == len(api)  # one bar per figure: a change, or a value in its unit
    assert len([b for b in bars if "bar-decrease" in b["attrs"]["class"] or
                "bar-increase" in b["attrs"]["class"]]) == len(changes)
    down = client.get("/statistics.json?direction=decrease").get_json()
    assert down["total"] == client.get("/api/statistics?direction=decrease").get_json()["total"]
    assert down["results"] and {s["direction"] for s in down["results"]} == {"decrease"}
    html, doc = page(client, "/statistics?direction=decrease")
    assert len([tr for tr in doc.find("tr") if tr["attrs"].get("id", "").startswith("obs-")]) == down["total"]
    assert client.get("/statistics?direction=sideways", headers=BROWSER).status_code == 400


def test_chart_diverges_when_both_directions_occur():
    from graph.web.pages import _chart

    rows = [{"id": "o1", "value": 10.0, "unit": "percent", "direction": "increase", "measure": "a",
             "qualifier": None},
            {"id": "o2", "value": 5.0, "unit": "percent", "direction": "decrease", "measure": "b",
             "qualifier": None},
            {"id": "o3", "value": 40, "unit": "vụ", "direction": None, "measure": "c", "qualifier": None}]
    chart = _chart(rows)
    up, down = chart["changes"]
    assert chart["both"] and up["direction"] == "increase"
    assert up["bar_x"] == chart["mid"] and down["bar_x"] + down["width"] == chart["mid"]
    assert down["width"] == pytest.approx(up["width"] / 2)
    assert [r.get("head") for r in chart["units"]][0] == "vụ" and chart["units"][1]["id"] == "o3"


# --------------------------------------------------------------------------- SPARQL page


def test_sparql_page_offers_the_readme_examples(client):
    html, doc = page(client, "/sparql")
    offered = {a["text"]: a["attrs"]["href"] for a in doc.find("a") if "data-example" in a["attrs"]}
    assert [e.title for e in examples()] == list(offered)
    for example in examples():
        query = parse_qs(urlsplit(offered[example.title]).query)["query"][0]
        assert query == example.query
    assert doc.find("textarea", id="query")[0]["text"].strip() == examples()[0].query.strip()
    # scripts and curl still get the service description, not the page
    assert client.get("/sparql", headers={"Accept": "*/*"}).mimetype == "text/turtle"


def test_sparql_page_renders_results_like_the_endpoint(client):
    for example in examples():
        html, doc = page(client, "/sparql?" + _qs(query=example.query))
        protocol = client.get("/sparql?" + _qs(query=example.query, format="json")).get_json()
        assert len(_rows_of(doc)) == len(protocol["results"]["bindings"]) > 0, example.name
        assert [th["text"] for th in doc.find("th", scope="col")][1:] == \
            [f"?{v}" for v in protocol["head"]["vars"]]
        # one download per result format
        assert [a["text"] for a in doc.find("a", download="")] == ["SPARQL JSON", "SPARQL XML", "CSV", "TSV"]
    # IRIs link to entity pages that exist
    html, doc = page(client, "/sparql?" + _qs(query="SELECT ?p WHERE { ?p a <https://schema.org/Person> }"))
    links = [a["attrs"]["href"] for a in doc.find("a", class_="iri-link")]
    assert "/entity/person.tran-van-lau" in links
    for link in links:
        assert client.get(link, headers=BROWSER).status_code == 200


def _qs(**params: str) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def _rows_of(doc: Elements) -> list[dict[str, Any]]:
    # the rows of the results table: every <tr> after its <tbody> opens
    started = False
    rows = []
    for e in doc.all:
        if e["tag"] == "tbody":
            started = True
        elif started and e["tag"] == "tr":
            rows.append(e)
    return rows


def test_sparql_page_construct_and_ask(client):
    html, doc = page(client, "/sparql?" + _qs(query="CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3"))
    assert len(_rows_of(doc)) == 3
    assert "Turtle" in [a["text"] for a in doc.find("a", download="")]
    html, doc = page(client, "/sparql?" + _qs(query="ASK { ?s a <https://schema.org/Person> }"))
    assert doc.find("p", class_="boolean")[0]["text"] == "true"


def test_sparql_page_shows_errors_readably(client):
    response = client.get("/sparql?" + _qs(query="SELECT ?x WHERE { ?x ?y }"), headers=BROWSER)
    assert response.status_code == 400 and response.mimetype == "text/html"
    doc = Elements(response.get_data(as_text=True))
    error = doc.find("section", id="query-error")
    assert error and error[0]["text"].strip()
    assert doc.find("textarea", id="query")[0]["text"] == "SELECT ?x WHERE { ?x ?y }"
    assert "Traceback" not in response.get_data(as_text=True)


# --------------------------------------------------------------------------- qualities


PAGES = ["/", "/search?q=can tho", "/entity/person.tran-van-lau", "/graph", "/statistics", "/sparql"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_a_json_twin_and_local_assets(client, url):
    html, doc = page(client, url)
    alternate = [link["attrs"]["href"] for link in doc.find("link", rel="alternate")
                 if link["attrs"].get("type") == "application/json"]
    if url != "/sparql":
        assert alternate and alternate[0]
        twin = client.get(alternate[0], headers=JSON)
        assert twin.status_code == 200 and twin.mimetype == "application/json", alternate
        path = urlsplit(url).path
        if path not in ("/",):
            # the same URL by Accept gives the same JSON
            assert client.get(url, headers=JSON).get_json() == twin.get_json()
    else:
        query = client.get("/sparql?" + _qs(query="ASK {}"), headers=JSON)
        assert query.status_code == 200 and "boolean" in query.get_json()
    for element in doc.find("script") + doc.find("link"):
        src = element["attrs"].get("src") or element["attrs"].get("href") or ""
        if element["tag"] == "script" or element["attrs"].get("rel") in ("stylesheet", "icon"):
            assert src.startswith("/") and not src.startswith("//"), src  # served here, never a CDN
    assert '<meta name="viewport"' in html and 'charset="utf-8"' in html


def test_markup_in_data_or_url_shows_as_text(client):
    found = client.get("/search.json?q=ngo thi ly").get_json()["results"]
    assert found and found[0]["label"].startswith(SCRIPT)
    urls = ["/search?q=ngo+thi+ly", "/search?" + _qs(q=SCRIPT), f"/entity/{found[0]['id']}",
            "/sparql?" + _qs(query=f"SELECT * WHERE {{ ?s ?p \"{SCRIPT}\" }}"),
            "/sparql?" + _qs(query="SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                                   "FILTER(CONTAINS(?l, 'alert')) }"),
            "/graph?type=person", "/statistics?" + _qs(measure=SCRIPT)]
    for url in urls:
        response = client.get(url, headers=BROWSER)
        html = response.get_data(as_text=True)
        assert SCRIPT not in html, url
        if not url.startswith("/graph"):  # the graph page draws its labels from JSON, in the browser
            assert "&lt;script&gt;" in html, url
    html, doc = page(client, "/search?" + _qs(q=SCRIPT))
    assert SCRIPT in doc.find("q", class_="query-text")[0]["text"]
    html, doc = page(client, f"/entity/{found[0]['id']}")
    assert doc.find("h1")[0]["text"] == f"{SCRIPT} Ngô Thị Lý"


def test_pages_are_in_the_openapi_document(client):
    paths = client.get("/openapi.json").get_json()["paths"]
    for path in ("/", "/search", "/entity/{entity_id}", "/graph", "/statistics", "/report/{report_id}"):
        assert path in paths, path


def test_no_front_end_library_is_committed():
    static = ROOT / "graph" / "web" / "static"
    for path in static.iterdir():
        assert path.suffix in (".css", ".js", ".svg"), path
        assert path.stat().st_size < 40_000, f"{path.name} is too big to be our own code"
        if path.suffix == ".js":
            assert not re.search(r"https?://", path.read_text(encoding="utf-8")), path


def test_readme_shows_a_screenshot_of_each_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Screenshots" in readme
    section = readme.split("## Screenshots", 1)[1].split("\n## ", 1)[0]
    shown = re.findall(r"docs/screenshots/([\w-]+\.png)", section)
    assert set(shown) >= {f"{name}.png" for name in
                          ("home", "search", "entity", "graph", "statistics", "report", "sparql")}
    for name in shown:
        assert (ROOT / "docs" / "screenshots" / name).read_bytes()[:4] == b"\x89PNG", name
