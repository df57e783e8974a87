# ruff: noqa: E501 - the Turtle below keeps one statement a line
"""A small hand-written knowledge graph (invented names) following docs/model.md, for the graph-view tests.

Two reports about an invented province, Lâm Sơn: a police review conference and a People's Committee
meeting. One isolated organisation makes a second component.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from graph.store.oxigraph import OxigraphStore

BASE = "https://w3id.org/vnkg/id/"

TRIG = """
@base <https://w3id.org/vnkg/id/> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> .
@prefix vnkgc: <https://w3id.org/vnkg/concept/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix qb: <http://purl.org/linked-data/cube#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
@prefix sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> .

<https://w3id.org/vnkg/ontology> {
  vnkg:PoliceUnit rdfs:subClassOf org:Organization .
  <https://w3id.org/vnkg/concept/rank/dai-ta> a skos:Concept ; skos:prefLabel "Đại tá"@vi, "Senior Colonel"@en .
  <https://w3id.org/vnkg/concept/role/giam-doc> a skos:Concept ; skos:prefLabel "Giám đốc"@vi, "Director"@en .
  <https://w3id.org/vnkg/concept/role/chu-tich> a skos:Concept ; skos:prefLabel "Chủ tịch"@vi, "Chairman"@en .
  <https://w3id.org/vnkg/concept/unit-kind/police> a skos:Concept ; skos:prefLabel "công an"@vi, "police"@en .
  <https://w3id.org/vnkg/concept/unit/percent> a skos:Concept ; skos:prefLabel "%"@vi, "percent"@en .
  <https://w3id.org/vnkg/concept/unit/vu> a skos:Concept ; skos:prefLabel "vụ"@vi, "cases"@en .
  <https://w3id.org/vnkg/concept/task/an-ninh-mang> a skos:Concept, vnkg:Task ; skos:prefLabel "an ninh mạng"@vi, "cyber security"@en .
  <https://w3id.org/vnkg/concept/task/unused-task> a skos:Concept, vnkg:Task ; skos:prefLabel "nhiệm vụ không dùng"@vi .
}

<graph/lamson-police-2025-01-10> {
  <report/lamson-police-2025-01-10> a schema:NewsArticle, prov:Entity ;
    schema:headline "Công an tỉnh Lâm Sơn tổng kết năm 2024"@vi ;
    schema:datePublished "2025-01-10"^^xsd:date ;
    schema:text "Công an tỉnh Lâm Sơn tổ chức hội nghị tổng kết. Đại tá Phạm Quốc Thuỵ, Giám đốc Công an tỉnh Lâm Sơn, phát biểu." .

  <person/pham-quoc-thuy> a schema:Person ;
    rdfs:label "Phạm Quốc Thuỵ"@vi ; schema:name "Phạm Quốc Thuỵ"@vi ;
    skos:altLabel "Phạm Quốc Thụy"@vi ;
    vnkg:rank <https://w3id.org/vnkg/concept/rank/dai-ta> ;
    org:holds <post/cong-an-tinh-lam-son/giam-doc> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <post/cong-an-tinh-lam-son/giam-doc> a org:Post ;
    rdfs:label "Giám đốc Công an tỉnh Lâm Sơn"@vi ;
    org:postIn <org/cong-an-tinh-lam-son> ; org:role <https://w3id.org/vnkg/concept/role/giam-doc> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <membership/pham-quoc-thuy/cong-an-tinh-lam-son/giam-doc> a org:Membership ;
    org:member <person/pham-quoc-thuy> ; org:organization <org/cong-an-tinh-lam-son> ;
    org:role <https://w3id.org/vnkg/concept/role/giam-doc> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <org/cong-an-tinh-lam-son> a org:Organization, vnkg:PoliceUnit ;
    rdfs:label "Công an tỉnh Lâm Sơn"@vi, "Lam Son Provincial Police"@en ;
    skos:altLabel "Công an tỉnh"@vi ;
    org:classification <https://w3id.org/vnkg/concept/unit-kind/police> ;
    schema:location <place/lam-son> ;
    org:purpose <https://w3id.org/vnkg/concept/task/an-ninh-mang> ;
    vnkg:acquiredPurpose <task/quan-ly-xuat-nhap-canh> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <org/dang-bo-cong-an-tinh-lam-son> a org:Organization ;
    rdfs:label "Đảng bộ Công an tỉnh Lâm Sơn"@vi ;
    org:subOrganizationOf <org/cong-an-tinh-lam-son> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <place/lam-son> a schema:Place, schema:AdministrativeArea ;
    rdfs:label "Lâm Sơn"@vi, "Lam Son"@en ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <task/quan-ly-xuat-nhap-canh> a skos:Concept, vnkg:Task ;
    rdfs:label "quản lý xuất nhập cảnh"@vi ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <event/lamson-police-2025-01-10/review> a schema:Event ;
    schema:name "hội nghị tổng kết công tác năm 2024"@vi ;
    rdfs:label "hội nghị tổng kết công tác năm 2024"@vi ;
    schema:startDate "2025-01-10"^^xsd:date ;
    schema:organizer <org/cong-an-tinh-lam-son> ;
    schema:location <place/lam-son> ;
    schema:attendee <person/do-van-tuong> ;
    vnkg:participation <event/lamson-police-2025-01-10/review-p1> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .
  <event/lamson-police-2025-01-10/review-p1> a vnkg:Participation ;
    vnkg:participant <person/do-van-tuong> ; vnkg:roleName "đến dự và chỉ đạo"@vi .

  <event/lamson-police-2025-01-10/awards> a schema:Event ;
    rdfs:label "trao giấy khen"@vi ;
    schema:superEvent <event/lamson-police-2025-01-10/review> ;
    schema:agent <person/pham-quoc-thuy> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <person/do-van-tuong> a schema:Person ;
    rdfs:label "Đỗ Văn Tường"@vi ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <dataset/lamson-police-2025-01-10> a qb:DataSet .
  <observation/lamson-police-2025-01-10/1> a qb:Observation ;
    qb:dataSet <dataset/lamson-police-2025-01-10> ;
    vnkg:measure "tội phạm về trật tự xã hội"@vi ;
    sdmx-measure:obsValue "12.5"^^xsd:decimal ;
    sdmx-attribute:unitMeasure <https://w3id.org/vnkg/concept/unit/percent> ;
    vnkg:direction vnkg:Decrease ; vnkg:comparedTo vnkg:SamePeriodLastYear ;
    vnkg:periodStart "2024-01-01"^^xsd:date ; vnkg:periodEnd "2024-12-31"^^xsd:date ;
    vnkg:periodLabel "năm 2024"@vi ;
    schema:about <org/cong-an-tinh-lam-son> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .
  <observation/lamson-police-2025-01-10/2> a qb:Observation ;
    qb:dataSet <dataset/lamson-police-2025-01-10> ;
    vnkg:measure "vụ án ma túy bị khởi tố"@vi ;
    sdmx-measure:obsValue "40"^^xsd:integer ;
    sdmx-attribute:unitMeasure <https://w3id.org/vnkg/concept/unit/vu> ;
    vnkg:qualifier vnkg:MoreThan ;
    vnkg:periodLabel "năm 2024"@vi ;
    schema:about <org/cong-an-tinh-lam-son> ;
    prov:wasDerivedFrom <report/lamson-police-2025-01-10> .

  <annotation/lamson-police-2025-01-10/1> a oa:Annotation ;
    oa:hasBody <person/pham-quoc-thuy>, <post/cong-an-tinh-lam-son/giam-doc> ;
    oa:hasTarget <annotation/lamson-police-2025-01-10/1#target> ;
    vnkg:sentence "Đại tá Phạm Quốc Thuỵ, Giám đốc Công an tỉnh Lâm Sơn, phát biểu." .
  <annotation/lamson-police-2025-01-10/1#target> a oa:SpecificResource ;
    oa:hasSource <report/lamson-police-2025-01-10> ;
    oa:hasSelector <annotation/lamson-police-2025-01-10/1#quote> .
  <annotation/lamson-police-2025-01-10/1#quote> a oa:TextQuoteSelector ;
    oa:exact "Đại tá Phạm Quốc Thuỵ, Giám đốc Công an tỉnh Lâm Sơn" .
  <annotation/lamson-police-2025-01-10/2> a oa:Annotation ;
    oa:hasBody <event/lamson-police-2025-01-10/review>, <org/cong-an-tinh-lam-son> ;
    oa:hasTarget <annotation/lamson-police-2025-01-10/2#target> ;
    vnkg:sentence "Công an tỉnh Lâm Sơn tổ chức hội nghị tổng kết." .
  <annotation/lamson-police-2025-01-10/2#target> a oa:SpecificResource ;
    oa:hasSource <report/lamson-police-2025-01-10> .
}

<graph/lamson-ubnd-2025-02-03> {
  <report/lamson-ubnd-2025-02-03> a schema:NewsArticle, prov:Entity ;
    schema:headline "UBND tỉnh Lâm Sơn họp phiên thường kỳ"@vi .

  <person/do-van-tuong> a schema:Person ;
    rdfs:label "Đỗ Văn Tường"@vi ;
    org:holds <post/uy-ban-nhan-dan-tinh-lam-son/chu-tich> ;
    prov:wasDerivedFrom <report/lamson-ubnd-2025-02-03> .
  <post/uy-ban-nhan-dan-tinh-lam-son/chu-tich> a org:Post ;
    rdfs:label "Chủ tịch UBND tỉnh Lâm Sơn"@vi ;
    org:postIn <org/uy-ban-nhan-dan-tinh-lam-son> ; org:role <https://w3id.org/vnkg/concept/role/chu-tich> .
  <membership/do-van-tuong/uy-ban-nhan-dan-tinh-lam-son/chu-tich> a org:Membership ;
    org:member <person/do-van-tuong> ; org:organization <org/uy-ban-nhan-dan-tinh-lam-son> ;
    org:role <https://w3id.org/vnkg/concept/role/chu-tich> .
  <org/uy-ban-nhan-dan-tinh-lam-son> a org:Organization ;
    rdfs:label "UBND tỉnh Lâm Sơn"@vi, "Lam Son Provincial People's Committee"@en ;
    skos:altLabel "Ủy ban nhân dân tỉnh Lâm Sơn"@vi ;
    schema:location <place/lam-son> .
  <place/lam-son> a schema:Place ; rdfs:label "Lâm Sơn"@vi .
  <observation/lamson-ubnd-2025-02-03/1> a qb:Observation ;
    vnkg:measure "hồ sơ trực tuyến"@vi ;
    sdmx-measure:obsValue "91.2"^^xsd:decimal ;
    sdmx-attribute:unitMeasure <https://w3id.org/vnkg/concept/unit/percent> ;
    vnkg:direction vnkg:Increase ;
    schema:about <org/uy-ban-nhan-dan-tinh-lam-son> .

  <org/hoi-nong-dan-xa-tan-hoa> a org:Organization ;
    rdfs:label "Hội Nông dân xã Tân Hòa"@vi .
}
"""

# What the projection of TRIG must contain (checked against hand counts).
NODES = {
    "person.pham-quoc-thuy": "person",
    "person.do-van-tuong": "person",
    "post.cong-an-tinh-lam-son.giam-doc": "post",
    "post.uy-ban-nhan-dan-tinh-lam-son.chu-tich": "post",
    "org.cong-an-tinh-lam-son": "org",
    "org.dang-bo-cong-an-tinh-lam-son": "org",
    "org.uy-ban-nhan-dan-tinh-lam-son": "org",
    "org.hoi-nong-dan-xa-tan-hoa": "org",
    "place.lam-son": "place",
    "task.quan-ly-xuat-nhap-canh": "task",
    "c.task.an-ninh-mang": "task",
    "event.lamson-police-2025-01-10.review": "event",
    "event.lamson-police-2025-01-10.awards": "event",
}
# holds x2, postIn x2, rank→attribute, location x3 (org, org, event), purpose, acquiredPurpose,
# subOrganizationOf, organizer, attendee, superEvent, agent, memberOf x2, participant
EDGE_COUNT = 17


def make_store(trig: str = TRIG) -> OxigraphStore:
    """Return an in-memory store holding ``trig``."""
    store = OxigraphStore()
    store.load(trig.encode("utf-8"), format="trig")
    return store


REPORTS_DIR = Path(__file__).resolve().parent.parent / "data" / "reports"


@functools.cache
def _seed_store() -> OxigraphStore:
    from graph.build import build

    store = OxigraphStore()
    build([REPORTS_DIR], store)
    return store


def seed_store() -> OxigraphStore:
    """Return an in-memory store holding data/reports built by graph.build (skip while it is missing)."""
    try:
        import graph.build  # noqa: F401
    except ImportError:
        pytest.skip("graph.build is not written yet: the seed checks run once the build pipeline lands")
    return _seed_store()
