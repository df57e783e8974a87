"""Entity search: accent-, case- and tone-insensitive, ranked exact > prefix > substring > fuzzy."""

from __future__ import annotations

import time

import networkx as nx
import pytest
from graph_fixture import BASE, NODES, make_store, seed_store

from graph.network import GraphError, GraphView
from graph.search import EXACT, FUZZY, PREFIX, SUBSTRING, SearchIndex, search_index


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return search_index(GraphView(make_store(), BASE).get())


@pytest.mark.parametrize("query", ["pham quoc thuy", "PHẠM QUỐC THỤY", "Phạm Quốc Thuỵ", "Phạm Quốc Thụy",
                                   "  pham   QUOC thuy "])
def test_any_spelling_finds_the_person_first(index: SearchIndex, query: str) -> None:
    hits = index.search(query)
    assert hits[0].id == "person.pham-quoc-thuy"
    assert hits[0].tier == EXACT


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Ủy ban nhân dân tỉnh Lâm Sơn", "org.uy-ban-nhan-dan-tinh-lam-son"),  # skos:altLabel
        ("Lam Son Provincial Police", "org.cong-an-tinh-lam-son"),  # English rdfs:label
        ("cyber security", "c.task.an-ninh-mang"),
    ],
)
def test_aliases_and_english_labels_are_indexed(index: SearchIndex, query: str, expected: str) -> None:
    hit = index.search(query)[0]
    assert (hit.id, hit.match) == (expected, "exact")


def test_ranking_exact_then_prefix_then_substring(index: SearchIndex) -> None:
    hits = index.search("lâm sơn")
    tiers = [h.tier for h in hits]
    assert tiers == sorted(tiers)
    assert hits[0].id == "place.lam-son" and hits[0].tier == EXACT
    assert {h.id for h in hits if h.tier == PREFIX} == {
        "org.cong-an-tinh-lam-son",  # 'Lam Son Provincial Police'
        "org.uy-ban-nhan-dan-tinh-lam-son",  # "Lam Son Provincial People's Committee"
    }
    assert "post.cong-an-tinh-lam-son.giam-doc" in {h.id for h in hits if h.tier == SUBSTRING}


def test_fuzzy_catches_typos_only(index: SearchIndex) -> None:
    hits = index.search("pham quoc thyu")
    assert hits[0].id == "person.pham-quoc-thuy" and hits[0].tier == FUZZY
    assert index.search("xyzzy") == []
    # a short common word matches by substring, not by loose fuzzy guesses
    assert all(h.tier != FUZZY for h in index.search("cong an"))


def test_type_filter_and_listing(index: SearchIndex) -> None:
    assert {h.id for h in index.search("lam son", types="post")} == {
        "post.cong-an-tinh-lam-son.giam-doc",
        "post.uy-ban-nhan-dan-tinh-lam-son.chu-tich",
    }
    assert {h.id for h in index.search("")} == set(NODES)
    assert len(index.search("", types="org,person")) == 6
    with pytest.raises(GraphError):
        index.search("x", types="planet")


def test_autocomplete_prefixes(index: SearchIndex) -> None:
    assert index.autocomplete("lâm")[0].id == "place.lam-son"
    assert index.autocomplete("CONG AN T")[0].id == "org.cong-an-tinh-lam-son"
    # a word inside a name completes too, but not the middle of a word
    assert [h.id for h in index.autocomplete("quoc")] == ["person.pham-quoc-thuy"]
    assert index.autocomplete("uoc") == []
    assert index.autocomplete("") == []
    assert len(index.autocomplete("l", limit=2)) == 2


def test_autocomplete_is_fast_on_a_large_index() -> None:
    graph = nx.MultiDiGraph()
    syllables = ["an", "binh", "cuong", "dung", "giang", "hai", "khanh", "linh", "minh", "nam"]
    for i in range(20000):
        words = [syllables[(i // 10**k) % 10] for k in range(4)]
        graph.add_node(f"person.p{i}", label=" ".join(words).title(), type="person")
    index = SearchIndex(graph)
    start = time.perf_counter()
    for query in ("an", "binh cu", "nam", "khanh linh"):
        assert index.autocomplete(query, limit=10)
    assert (time.perf_counter() - start) / 4 < 0.02


def test_search_finds_the_seed_people_first() -> None:
    index = search_index(GraphView(seed_store(), BASE).get())
    for query in ("huynh viet hoa", "Huỳnh Việt Hòa", "Huỳnh Việt Hoà", "HUYNH VIET HOA"):
        assert index.search(query)[0].id == "person.huynh-viet-hoa"
    for query in ("tran van lau", "TRAN VAN LAU", "Trần Văn Lâu"):
        assert index.search(query)[0].id == "person.tran-van-lau"
