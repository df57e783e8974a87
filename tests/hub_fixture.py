"""A generated store with hubs, shaped like a built corpus (docs/model.md): what real lookups meet.

500 reports, each its own named graph, each naming the same provincial police unit (:data:`HUB_ORG`)
and the same official (:data:`HUB_PERSON`): the unit ends up in about 20,000 statements (members,
posts, units, figures, events, annotations), the official in 500 reports. Names are invented.
"""

from __future__ import annotations

from pathlib import Path

BASE = "https://w3id.org/vnkg/id/"
REPORTS = 500
MEMBERS_PER_REPORT = 20
FIGURES_PER_REPORT = 8
POSTS_PER_REPORT = 4
UNITS_PER_REPORT = 2
HUB_ORG = "org.cong-an-tinh-trung-tam"
HUB_PERSON = "person.nguyen-van-trung-tam"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SCHEMA = "https://schema.org/"
_ORG = "http://www.w3.org/ns/org#"
_PROV = "http://www.w3.org/ns/prov#"
_OA = "http://www.w3.org/ns/oa#"
_QB = "http://purl.org/linked-data/cube#"
_VNKG = "https://w3id.org/vnkg/ontology#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SDMX_M = "http://purl.org/linked-data/sdmx/2009/measure#"
_SDMX_A = "http://purl.org/linked-data/sdmx/2009/attribute#"
_UNIT = "https://w3id.org/vnkg/concept/unit/vu"
_ROLE = "https://w3id.org/vnkg/concept/role/can-bo"


def _iri(entity_id: str) -> str:
    return BASE + entity_id.replace(".", "/")


def hub_nquads(reports: int = REPORTS) -> str:
    """Return the N-Quads of the hub corpus."""
    org, person = _iri(HUB_ORG), _iri(HUB_PERSON)
    lines: list[str] = [
        f'<{_UNIT}> <{_RDFS}label> "vụ"@vi <https://w3id.org/vnkg/ontology> .',
        f'<{_ROLE}> <{_RDFS}label> "Cán bộ"@vi <https://w3id.org/vnkg/ontology> .',
    ]

    for i in range(reports):
        g = f"<{BASE}graph/hub-{i:04d}>"
        report = f"<{BASE}report/hub-{i:04d}>"
        sentence = f"Đại tá Nguyễn Văn Trung Tâm, Giám đốc Công an tỉnh Trung Tâm, phát biểu lần {i}."
        text = f"Công an tỉnh Trung Tâm họp. {sentence}"
        start = text.index("Nguyễn")

        def q(s: str, p: str, o: str, g: str = g) -> None:
            lines.append(f"{s} <{p}> {o} {g} .")

        q(report, _RDF + "type", f"<{_SCHEMA}NewsArticle>")
        q(report, _SCHEMA + "headline", f'"Báo cáo số {i} của Công an tỉnh Trung Tâm"@vi')
        q(report, _SCHEMA + "datePublished", f'"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"^^<{_XSD}date>')
        q(report, _SCHEMA + "text", f'"{text}"@vi')
        q(f"<{org}>", _RDF + "type", f"<{_ORG}Organization>")
        q(f"<{org}>", _RDFS + "label", '"Công an tỉnh Trung Tâm"@vi')
        q(f"<{org}>", _RDFS + "label", '"Trung Tam Provincial Police"@en')
        q(f"<{org}>", _PROV + "wasDerivedFrom", report)
        q(f"<{person}>", _RDF + "type", f"<{_SCHEMA}Person>")
        q(f"<{person}>", _RDFS + "label", '"Nguyễn Văn Trung Tâm"@vi')
        q(f"<{person}>", _ORG + "holds", f"<{BASE}post/cong-an-tinh-trung-tam/giam-doc>")
        q(f"<{person}>", _PROV + "wasDerivedFrom", report)
        ann = f"<{BASE}annotation/hub-{i:04d}/1>"
        target = f"<{BASE}annotation/hub-{i:04d}/1#target>"
        position = f"<{BASE}annotation/hub-{i:04d}/1#position>"
        q(ann, _RDF + "type", f"<{_OA}Annotation>")
        q(ann, _OA + "hasBody", f"<{person}>")
        q(ann, _OA + "hasBody", f"<{org}>")
        q(ann, _VNKG + "sentence", f'"{sentence}"@vi')
        q(ann, _OA + "hasTarget", target)
        q(target, _OA + "hasSource", report)
        q(target, _OA + "hasSelector", position)
        q(position, _OA + "start", f'"{start}"^^<{_XSD}integer>')
        q(position, _OA + "end", f'"{start + len("Nguyễn Văn Trung Tâm")}"^^<{_XSD}integer>')
        for k in range(MEMBERS_PER_REPORT):
            member = f"<{BASE}person/can-bo-{i:04d}-{k:02d}>"
            membership = f"<{BASE}membership/can-bo-{i:04d}-{k:02d}/cong-an-tinh-trung-tam>"
            q(member, _RDF + "type", f"<{_SCHEMA}Person>")
            q(member, _RDFS + "label", f'"Cán Bộ {i} {k}"@vi')
            q(membership, _RDF + "type", f"<{_ORG}Membership>")
            q(membership, _ORG + "member", member)
            q(membership, _ORG + "organization", f"<{org}>")
            q(membership, _ORG + "role", f"<{_ROLE}>")
        for k in range(FIGURES_PER_REPORT):
            obs = f"<{BASE}observation/hub-{i:04d}/{k}>"
            q(obs, _RDF + "type", f"<{_QB}Observation>")
            q(obs, _SDMX_M + "obsValue", f'"{i + k}"^^<{_XSD}integer>')
            q(obs, _SDMX_A + "unitMeasure", f"<{_UNIT}>")
            q(obs, _VNKG + "measure", f'"vụ việc loại {k}"@vi')
            q(obs, _SCHEMA + "about", f"<{org}>")
        for k in range(POSTS_PER_REPORT):
            post = f"<{BASE}post/cong-an-tinh-trung-tam/chuc-vu-{i:04d}-{k}>"
            q(post, _RDF + "type", f"<{_ORG}Post>")
            q(post, _RDFS + "label", f'"Chức vụ {i}-{k}"@vi')
            q(post, _ORG + "postIn", f"<{org}>")
        for k in range(UNITS_PER_REPORT):
            unit = f"<{BASE}org/doi-{i:04d}-{k}>"
            q(unit, _RDF + "type", f"<{_ORG}Organization>")
            q(unit, _RDFS + "label", f'"Đội {i}-{k}"@vi')
            q(unit, _ORG + "subOrganizationOf", f"<{org}>")
        event = f"<{BASE}event/hub-{i:04d}/hop>"
        q(event, _RDF + "type", f"<{_SCHEMA}Event>")
        q(event, _RDFS + "label", f'"Hội nghị {i}"@vi')
        q(event, _SCHEMA + "organizer", f"<{org}>")
        q(event, _SCHEMA + "attendee", f"<{person}>")
    return "\n".join(lines) + "\n"


def write_hub_store(path: Path | None = None):  # noqa: ANN201 - graph.store.Store
    """Return a store (on disk at ``path``, else in memory) holding the hub corpus."""
    from graph.store import open_store

    store = open_store(path)
    store.load(hub_nquads().encode("utf-8"), "nquads")
    return store
