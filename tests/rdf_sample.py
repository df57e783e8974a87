"""A small report written for the RDF and shape tests, with its facts built by hand.

The names are invented; the report follows the usual shape of a provincial police review.
"""

from __future__ import annotations

import re

from graph.facts import (
    Article,
    Event,
    Organization,
    Participant,
    Person,
    Place,
    Position,
    ReportFacts,
    Span,
    Statistic,
    Task,
)

TEXT = (
    "Công an TP Hải Phòng tổng kết công tác quý I năm 2026 10/04/2026 08:30\n"
    "\n"
    "Ngày 9-4, Công an TP Hải Phòng tổ chức hội nghị tổng kết công tác quý I năm 2026.\n"
    "\n"
    "Đại tá Phạm Quốc Hoà, Giám đốc Công an thành phố Hải Phòng, chủ trì hội nghị.\n"
    "\n"
    "Trong quý, số vụ trộm cắp tài sản giảm 12,5% so với cùng kỳ; lực lượng chức năng đã xử lý "
    "hơn 3.200 trường hợp vi phạm.\n"
    "\n"
    "Công an thành phố tiếp nhận thêm nhiệm vụ cấp GPLX và bảo vệ nguồn nước sinh hoạt.\n"
    "\n"
    "Đại tá Phạm Quốc Hòa cho biết đơn vị sẽ tiếp tục cải cách hành chính.\n"
)

PERIOD = {"label": "quý I năm 2026", "start": "2026-01-01", "end": "2026-03-31"}


def span(needle: str, nth: int = 0, text: str = TEXT) -> Span:
    """Return the span of the ``nth`` occurrence of ``needle`` in ``text``."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    start = starts[nth]
    return Span(start, start + len(needle), needle)


def sentences(text: str = TEXT) -> list[Span]:
    """One sentence a line: the sample is written that way."""
    return [Span(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]


def sample_facts(text: str = TEXT, report: str = "haiphong-review-2026-04-10.txt") -> ReportFacts:
    """Return the hand-built facts of the sample report."""
    return ReportFacts(
        report=report,
        text=text,
        article=Article(
            title="Công an TP Hải Phòng tổng kết công tác quý I năm 2026",
            published="2026-04-10T08:30:00+07:00",
            file=report,
            span=span("Công an TP Hải Phòng tổng kết công tác quý I năm 2026"),
        ),
        sentences=sentences(text),
        persons=[
            Person(
                name="Phạm Quốc Hoà",
                rank="Đại tá",
                rank_en="Senior Colonel",
                name_variants=["Phạm Quốc Hòa"],
                positions=[
                    Position(
                        title="Giám đốc",
                        title_en="Director",
                        # Written out in full here, abbreviated in the organisation list.
                        organization="Công an thành phố Hải Phòng",
                        spans=[span("Giám đốc Công an thành phố Hải Phòng")],
                    ),
                    Position(
                        title="Chánh thanh tra kiêm nhiệm",
                        organization="Công an TP Hải Phòng",
                    ),
                ],
                mentions=[span("Đại tá Phạm Quốc Hoà"), span("Phạm Quốc Hòa")],
            )
        ],
        organizations=[
            Organization(
                name="Công an TP Hải Phòng",
                name_en="Hai Phong City Police",
                kind="police",
                aliases=["Công an thành phố"],
                place="Hải Phòng",
                mentions=[span("Công an TP Hải Phòng", 1), span("Công an thành phố", 1)],
            )
        ],
        places=[Place(name="Hải Phòng", name_en="Hai Phong", kind="city", mentions=[span("Hải Phòng", 1)])],
        events=[
            Event(
                id="quarter-review",
                name="hội nghị tổng kết công tác quý I năm 2026",
                kind="conference",
                date="2026-04-09",
                organizer="Công an TP Hải Phòng",
                participants=[Participant(person="Phạm Quốc Hòa", role="chủ trì")],
                quote="Ngày 9-4, Công an TP Hải Phòng tổ chức hội nghị tổng kết công tác quý I năm 2026.",
            ),
            Event(
                id="opening",
                name="khai mạc hội nghị",
                part_of="quarter-review",
                agent="Phạm Quốc Hoà",
                spans=[span("chủ trì hội nghị")],
            ),
        ],
        tasks=[
            Task(
                name="cấp GPLX",
                expansion="cấp giấy phép lái xe",
                name_en="issuing driving licences",
                new=True,
                holder="Công an thành phố",  # an alias of the police above
                spans=[span("cấp GPLX")],
            ),
            Task(
                name="bảo vệ nguồn nước sinh hoạt",
                name_en="protecting drinking water sources",
                new=True,
                holder="Công an TP Hải Phòng",
                spans=[span("bảo vệ nguồn nước sinh hoạt")],
            ),
        ],
        statistics=[
            Statistic(
                measure="số vụ trộm cắp tài sản",
                value=12.5,
                unit="percent",
                direction="decrease",
                compared_to="same-period-last-year",
                period=dict(PERIOD),
                about="Công an TP Hải Phòng",
                spans=[span("số vụ trộm cắp tài sản giảm 12,5% so với cùng kỳ")],
            ),
            Statistic(
                measure="trường hợp vi phạm bị xử lý",
                value=3200.0,
                unit="trường hợp",
                qualifier="more-than",
                period=dict(PERIOD),
                quote="hơn 3.200 trường hợp vi phạm",
            ),
        ],
    )
