"""End to end in headless Chromium: the pages over the seed report, driven with Selenium.

The app runs in a real WSGI server (werkzeug) in a thread on a free loopback port over an in-memory
store built from ``data/reports``; Debian's ``chromium`` and ``chromium-driver`` drive it. Without
them the tests skip, except under ``CI=true``, where a missing browser fails.

Every test saves a screenshot. They go to a temporary directory, or to ``VNKG_SCREENSHOTS`` when set:
``VNKG_SCREENSHOTS=docs/screenshots pytest -m browser tests/test_browser.py`` refreshes the README's.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from graph.build import build
from graph.store import open_store
from graph.web import create_app

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
IN_CI = os.environ.get("CI", "").strip().lower() == "true"
WAIT = 30  # seconds; the CI machine may be slow, a passing run takes a fraction of it
DESKTOP = (1280, 860)
PHONE = (390, 844)
SCRIPT = '<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2">'
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run")


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The app over the seed report, served by a real WSGI server on a free loopback port."""
    from werkzeug.serving import make_server

    store = open_store(":memory:")
    assert not build([ROOT / "data" / "reports"], store).failed
    app = create_app(store=store, query_workers=0)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    """One headless Chromium for the module, with a fresh profile."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        _unavailable(f"{CHROMIUM} and {CHROMEDRIVER} are needed (apt-get install chromium chromium-driver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install -e '.[test]')")
    profile = tempfile.mkdtemp(prefix="vnkg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(WAIT)
    _viewport(browser, *DESKTOP)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go."""
    wanted = os.environ.get("VNKG_SCREENSHOTS")
    if wanted:
        path = Path(wanted)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screenshots")


# --------------------------------------------------------------------------- helpers


def _viewport(browser: Any, width: int, height: int, mobile: bool = False) -> None:
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def screenshot(browser: Any, folder: Path, name: str, size: tuple[int, int] = DESKTOP,
               max_height: int = 1700, mobile: bool = False) -> Path:
    """Save the page (as long as its content, up to ``max_height``) as ``folder/name.png``."""
    height = browser.execute_script("return document.documentElement.scrollHeight")
    _viewport(browser, size[0], max(size[1], min(int(height), max_height)), mobile)
    browser.execute_script("window.scrollTo(0, 0)")
    path = folder / f"{name}.png"
    browser.save_screenshot(str(path))
    _viewport(browser, *size, mobile)
    assert path.stat().st_size > 10_000, f"{path} looks empty"
    return path


def wait(browser: Any, condition: Any, message: str = "") -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT).until(condition, message)


def css(browser: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return browser.find_elements(By.CSS_SELECTOR, selector)


def drawn(browser: Any, selector: str = "#network") -> int:
    """Wait until a graph has drawn; return its data-node-count."""
    value = wait(browser, lambda b: css(b, selector)[0].get_attribute("data-node-count"),
                 f"{selector} never finished drawing (error: "
                 f"{css(browser, selector)[0].get_attribute('data-error') if css(browser, selector) else '?'})")
    return int(value)


def get_json(url: str) -> Any:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=WAIT) as response:  # noqa: S310 - our loopback server
        return json.load(response)


def no_injected_script(browser: Any) -> bool:
    return browser.execute_script("return window.__xss === undefined")


# --------------------------------------------------------------------------- the tests


def test_search_finds_tran_van_lau(driver, server, shots):
    from selenium.webdriver.common.keys import Keys

    driver.get(server + "/")
    box = css(driver, "#q")[0]
    box.send_keys("tran van lau")
    option = wait(driver, lambda b: [li for li in css(b, ".ac-list li[role=option]") if li.is_displayed()],
                  "no autocomplete suggestion")[0]
    assert "Trần Văn Lâu" in option.text
    screenshot(driver, shots, "home")
    box.send_keys(Keys.ESCAPE)  # closes the suggestions, keeps the text
    assert box.get_attribute("value") == "tran van lau"
    box.send_keys(Keys.ENTER)
    first = wait(driver, lambda b: css(b, ".result-title"), "no search results")[0]
    assert first.text == "Trần Văn Lâu"
    assert "Chủ tịch UBND TP Cần Thơ" in css(driver, ".result-context")[0].text
    screenshot(driver, shots, "search")
    first.click()
    wait(driver, lambda b: b.current_url.endswith("/entity/person.tran-van-lau"))


def test_entity_page_shows_post_highlighted_sentence_and_neighbourhood(driver, server, shots):
    from selenium.webdriver.common.action_chains import ActionChains

    driver.get(server + "/entity/person.tran-van-lau")
    assert css(driver, "h1")[0].text == "Trần Văn Lâu"
    facts = css(driver, "table.facts")[0].text
    assert "holds post" in facts and "Chủ tịch UBND TP Cần Thơ" in facts
    marks = [m for m in css(driver, "blockquote.sentence mark") if m.text == "Trần Văn Lâu"]
    assert marks and marks[0].is_displayed()
    assert marks[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    neighbours = get_json(server + "/api/graph/neighbors/person.tran-van-lau?depth=1")
    assert drawn(driver) == len(neighbours["nodes"]) > 1
    screenshot(driver, shots, "entity")

    # one more hop draws the two-hop neighbourhood
    wider = get_json(server + "/api/graph/neighbors/person.tran-van-lau?depth=2")
    css(driver, "[data-action=more]")[0].click()
    wait(driver, lambda b: css(b, "#network")[0].get_attribute("data-node-count") == str(len(wider["nodes"])),
         "the second hop was not drawn")

    # clicking a node opens its page
    target = next(n["id"] for n in neighbours["nodes"] if n["id"] != "person.tran-van-lau")
    x, y = driver.execute_script(
        "var net = document.getElementById('network').vnkgNetwork;"
        "var p = net.canvasToDOM(net.getPositions([arguments[0]])[arguments[0]]); return [p.x, p.y];", target)
    canvas = css(driver, "#network canvas")[0]
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(canvas, x - size["width"] / 2, y - size["height"] / 2) \
        .click().perform()
    wait(driver, lambda b: "/entity/" + target in b.current_url, f"clicking {target} did not open it")


def test_graph_page_draws_every_node(driver, server, shots):
    driver.get(server + "/graph")
    expected = get_json(server + "/graph.json")
    count = drawn(driver)
    assert count == len(expected["nodes"]) > 0
    assert css(driver, "#network")[0].get_attribute("data-edge-count") not in (None, "0")
    # the canvas holds a picture, not a blank area
    ink = driver.execute_script(
        "var c = document.querySelector('#network canvas'); var d = c.getContext('2d')"
        ".getImageData(0, 0, c.width, c.height).data; var n = 0;"
        "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n;")
    assert ink > 1000
    path = screenshot(driver, shots, "graph")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # search-to-focus selects a node and tells what it is
    field = css(driver, "#focus-input")[0]
    field.send_keys("tran van lau")
    css(driver, "#focus-form button")[0].click()
    info = wait(driver, lambda b: [e for e in css(b, "[data-role=info]") if e.is_displayed()])[0]
    assert "Trần Văn Lâu" in info.text
    # a filtered graph draws only that part
    driver.get(server + "/graph?type=person")
    assert drawn(driver) == len(get_json(server + "/graph.json?type=person")["nodes"])


def test_sparql_page_runs_a_query_and_shows_rows(driver, server, shots):
    driver.get(server + "/sparql")
    editor = css(driver, "#query")[0]
    editor.clear()
    query = ("PREFIX schema: <https://schema.org/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
             "SELECT ?person ?name WHERE { ?person a schema:Person ; rdfs:label ?name }\nORDER BY ?name")
    editor.send_keys(query)
    css(driver, "#run")[0].click()
    rows = wait(driver, lambda b: css(b, "#results-table tbody tr"), "no result rows")
    expected = get_json(server + "/sparql?" + urlencode({"query": query, "format": "json"}))
    assert len(rows) == len(expected["results"]["bindings"]) > 0
    assert "Trần Văn Lâu" in css(driver, "#results-table")[0].text
    links = [a.get_attribute("href") for a in css(driver, "#results-table a.iri-link")]
    assert server + "/entity/person.tran-van-lau" in links
    # an example from the list runs too, and its results show
    example = css(driver, ".example-list a")[0]
    example.click()
    wait(driver, lambda b: css(b, "#results-table tbody tr"))
    screenshot(driver, shots, "sparql")
    # a GET with the query shows the page with its results already there
    driver.get(server + "/sparql?" + urlencode({"query": query}))
    assert len(css(driver, "#results-table tbody tr")) == len(rows)


def test_script_in_the_search_box_is_shown_as_text(driver, server, shots):
    driver.get(server + "/")
    box = css(driver, "#q")[0]
    box.send_keys(SCRIPT)
    wait(driver, lambda b: [li for li in css(b, ".ac-list li") if li.is_displayed()])
    assert no_injected_script(driver)
    box.submit()
    heading = wait(driver, lambda b: css(b, "h1 .query-text"))[0]
    assert heading.text == SCRIPT
    assert css(driver, "#no-results")[0].is_displayed()
    assert no_injected_script(driver)
    # the same text in the SPARQL editor and its error stays text too
    driver.get(server + "/sparql?" + urlencode({"query": SCRIPT}))
    assert css(driver, "#query")[0].get_attribute("value") == SCRIPT
    assert css(driver, "#query-error")[0].is_displayed()
    assert no_injected_script(driver)


def test_statistics_sort_filter_and_report_page(driver, server, shots):
    driver.get(server + "/statistics")
    rows = css(driver, "#stats-table tbody tr")
    assert len(rows) == get_json(server + "/api/statistics")["total"]
    assert css(driver, "svg.bars rect.bar")
    screenshot(driver, shots, "statistics")
    value_head = [th for th in css(driver, "#stats-table th") if th.text.strip().startswith("VALUE")][0]
    value_head.click()
    value_head.click()  # descending
    values = [float(td.get_attribute("data-value")) for td in css(driver, "#stats-table tbody td.num")]
    assert values == sorted(values, reverse=True)
    quick = css(driver, "input.quick-filter")[0]
    quick.send_keys("tai nan giao thong")  # no accents: the filter folds them
    visible = [r for r in css(driver, "#stats-table tbody tr") if r.is_displayed()]
    assert 0 < len(visible) < len(rows)
    assert all("tai nạn giao thông" in r.text for r in visible)
    # a row's source link opens the report with that figure highlighted
    visible[0].find_element("link text", "sentence").click()
    focus = wait(driver, lambda b: css(b, "a.fact.focus mark"))[0]
    assert focus.is_displayed() and focus.text
    report = driver.current_url.split("?")[0].rsplit("/", 1)[-1]
    driver.get(server + f"/report/{report}?focus=person.tran-van-lau")
    assert any(m.text == "Trần Văn Lâu" for m in css(driver, "a.fact.focus mark"))
    screenshot(driver, shots, "report")


def test_pages_fit_a_phone_screen(driver, server, shots):
    report = get_json(server + "/index.json")["reports"][0]["id"]
    try:
        for url in ("/", "/search?q=can+tho", "/entity/person.tran-van-lau", "/graph", "/statistics",
                    "/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"}), f"/report/{report}"):
            _viewport(driver, *PHONE, mobile=True)
            driver.get(server + url)
            width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            assert width[0] <= width[1] + 1, f"{url} is wider than a phone screen: {width}"
        driver.get(server + "/entity/person.tran-van-lau")
        drawn(driver)
        screenshot(driver, shots, "phone-entity", size=PHONE, max_height=1500, mobile=True)
    finally:
        _viewport(driver, *DESKTOP)


# --------------------------------------------------------------------------- indicators


@pytest.fixture(scope="module")
def indicator_server() -> Iterator[str]:
    """The app over tests/corpus_indicators: one indicator, three provinces, two periods."""
    from werkzeug.serving import make_server

    store = open_store(":memory:")
    assert not build([ROOT / "tests" / "corpus_indicators" / "reports"], store).failed
    httpd = make_server("127.0.0.1", 0, create_app(store=store, query_workers=0), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(10)
    store.close()


def test_indicator_page_draws_six_points_by_province(driver, indicator_server, shots):
    from selenium.webdriver.support.ui import Select

    driver.get(indicator_server + "/indicators?indicator=traffic-accidents")
    series = css(driver, "svg#indicator-chart g.indicator-series")
    assert sorted(g.get_attribute("data-area") for g in series) == ["Hà Tĩnh", "Nghệ An", "Thanh Hóa"]
    points = css(driver, "svg#indicator-chart circle.indicator-point")
    assert len(points) == 6 and all(p.is_displayed() for p in points)
    chart = css(driver, "svg#indicator-chart")[0].rect
    for p in points:  # every dot inside the chart
        assert chart["x"] <= p.rect["x"] <= chart["x"] + chart["width"]
        assert chart["y"] <= p.rect["y"] <= chart["y"] + chart["height"]
    rows = css(driver, "#indicator-table tbody tr")
    assert len(rows) == 6 and all("tai nạn giao thông" in r.text for r in rows)
    link = css(driver, "#indicator-csv")[0].get_attribute("href")
    assert link.endswith("/api/indicators/traffic-accidents.csv")
    screenshot(driver, shots, "indicators")
    # picking another indicator redraws the page for it
    Select(css(driver, "#indicator-select")[0]).select_by_value("casualties")
    wait(driver, lambda b: "indicator=casualties" in b.current_url, "picking an indicator did nothing")
    assert len(css(driver, "svg#indicator-chart circle.indicator-point")) == 6
    # a dot links to its row
    css(driver, "svg#indicator-chart a")[0].click()
    wait(driver, lambda b: "#point-" in b.current_url)
