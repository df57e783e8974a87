"""The README stays true: its example queries return the results it shows, its commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.build import build
from graph.queries import examples, markdown
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_store():
    store = open_store(":memory:")
    summary = build([ROOT / "data" / "reports"], store)
    assert not summary.failed
    yield store
    store.close()


def test_example_queries_show_their_current_results(seed_store):
    section = re.search(r"<!-- queries:start -->\n.*?\n\n(.*)<!-- queries:end -->", README, re.S)
    assert section, "README lacks the example-queries section"
    assert section.group(1) == markdown(seed_store), (
        "README example queries are stale: regenerate with `python -m graph.queries STORE`"
    )


def test_every_example_returns_rows(seed_store):
    for example in examples():
        assert seed_store.select(example.query), example.name


def test_readme_gives_the_two_setup_commands():
    assert "make serve" in README and "make test" in README
