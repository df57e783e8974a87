"""Synthetic news-shaped data for the benchmarks: report corpora and N-Quads graphs of any size.

One invented *world* (provinces from the gazetteer; invented communes, units, officials) yields
reports in the genre of the corpus: a provincial police or government meeting, who chaired and who
attended, figures for the period, tasks taken over, awards. Each report is built twice over from one
plan: as Vietnamese text (the corpus, for extraction and ``vnkg build``) and as the facts the text
states, with the character span of every mention (:class:`graph.facts.ReportFacts`).

The graph writer turns those facts into the triples ``graph.rdf.facts_to_graph`` would give (one
named graph per report, annotations, observations…) but writes N-Quads lines directly, streaming, so
ten million triples take under a minute rather than the hours rdflib would need. The ontology graph
(``graph.rdf.vocabulary_graph``) opens the file, as in a built store.

    python -m benchmarks.generate graph --triples 100000 -o benchmarks/data/g100k.nq
    python -m benchmarks.generate corpus --reports 200 -o benchmarks/data/corpus-200

Every name of a person, commune or unit below a province is invented; output depends only on the
seed and the size.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO
from urllib.parse import quote

from graph import __version__, indicators
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
from graph.gazetteer import Gazetteer
from graph.gazetteer import load as load_gazetteer
from graph.text import nfc, slug

__all__ = [
    "World",
    "Report",
    "QuadWriter",
    "write_graph",
    "write_corpus",
    "reports_for_triples",
    "main",
]

BASE = "https://w3id.org/vnkg/id/"
VNKGC = "https://w3id.org/vnkg/concept/"
ONTOLOGY_GRAPH = "https://w3id.org/vnkg/ontology"

# --------------------------------------------------------------------------- vocabulary of the genre

MIDDLE_MEN = ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Hoàng", "Ngọc", "Trọng",
              "Duy", "Tiến", "Anh", "Hải", "Bá", "Quang", "Thế", "Đình", "Việt")
MIDDLE_WOMEN = ("Thị", "Thị Thu", "Thị Ngọc", "Thị Kim", "Thị Thanh", "Thị Minh", "Thị Hồng", "Thu", "Ngọc")
GIVEN_MEN = ("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khang", "Khoa", "Kiên",
             "Lâm", "Lộc", "Long", "Luân", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sang", "Sơn", "Tài",
             "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trí", "Trung", "Tuấn", "Tùng", "Việt", "Vinh",
             "Vũ", "Bảo", "Duy", "Hoàn", "Khải", "Mạnh", "Nhân", "Quyết", "Tường", "Hưng", "Định")
GIVEN_WOMEN = ("Anh", "Châu", "Diệp", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên",
               "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang",
               "Tuyết", "Vân", "Xuân", "Yến")
COMMUNE_SYLLABLES = ("An", "Bình", "Tân", "Phú", "Hòa", "Long", "Thạnh", "Phước", "Mỹ", "Đông", "Tây",
                     "Hưng", "Thuận", "Lợi", "Vĩnh", "Xuân", "Trung", "Hiệp", "Thới", "Khánh", "Hội",
                     "Sơn", "Lộc", "Quang", "Điền", "Thủy", "Hải", "Lạc", "Phong", "Định", "Gia", "Nghĩa")

GENERAL_RANKS = ("Thiếu tướng", "Đại tá")
SENIOR_RANKS = ("Đại tá", "Thượng tá")
MIDDLE_RANKS = ("Thượng tá", "Trung tá")
JUNIOR_RANKS = ("Thiếu tá", "Đại úy", "Trung tá")

# Police divisions of a province: name (before "Công an tỉnh X"), English.
DIVISIONS = (
    ("Phòng Cảnh sát giao thông", "Traffic Police Division"),
    ("Phòng Cảnh sát hình sự", "Criminal Police Division"),
    ("Phòng Cảnh sát điều tra tội phạm về ma túy", "Drug Crime Investigation Division"),
    ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "Cyber Security Division"),
    ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Fire and Rescue Police Division"),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Administrative Police Division"),
)

# Figures: (measure, unit, direction, compared_to, sentence template, value range, integer?).
# {q} is a qualifier word or nothing, {v} the value as written.
FIGURES = (
    ("tội phạm về trật tự xã hội", "percent", "decrease", "same-period-last-year",
     "tội phạm về trật tự xã hội giảm {v}% so với cùng kỳ", (3, 25), False),
    ("số vụ tai nạn giao thông", "percent", "decrease", None,
     "số vụ tai nạn giao thông giảm {v}%", (2, 30), False),
    ("số vụ cháy", "percent", "decrease", None, "số vụ cháy được kéo giảm {v}%", (5, 45), False),
    ("tỷ lệ hồ sơ tiếp nhận trực tuyến", "percent", None, None,
     "tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {v}%", (60, 99), False),
    ("tỷ lệ điều tra, khám phá án", "percent", None, None,
     "tỷ lệ điều tra, khám phá án đạt {v}%", (70, 98), False),
    ("vụ phạm tội về ma túy", "vụ", None, None, "khởi tố {q}{v} vụ phạm tội về ma túy", (12, 900), True),
    ("vụ phạm tội sử dụng công nghệ cao", "vụ", None, None,
     "phát hiện {q}{v} vụ phạm tội sử dụng công nghệ cao", (5, 200), True),
    ("trường hợp vi phạm trật tự an toàn giao thông", "trường hợp", None, None,
     "xử lý {q}{v} trường hợp vi phạm trật tự an toàn giao thông", (900, 90000), True),
    ("đối tượng truy nã", "đối tượng", None, None, "bắt, vận động đầu thú {q}{v} đối tượng truy nã",
     (8, 300), True),
    ("cuộc tuyên truyền", "cuộc", None, None, "tổ chức {q}{v} cuộc tuyên truyền pháp luật", (50, 5000), True),
    ("mô hình tự quản về an ninh, trật tự", "mô hình", None, None,
     "duy trì {q}{v} mô hình tự quản về an ninh, trật tự", (20, 600), True),
    ("tin báo, tố giác tội phạm", "tin báo", None, None,
     "tiếp nhận {q}{v} tin báo, tố giác tội phạm", (100, 9000), True),
    ("điểm tệ nạn xã hội", "điểm", None, None, "triệt xóa {q}{v} điểm tệ nạn xã hội", (10, 400), True),
    ("lượt hoạt động bảo vệ", "lượt", None, None,
     "bảo vệ an toàn {q}{v} lượt hoạt động của các đoàn lãnh đạo", (20, 400), True),
)
QUALIFIERS = (("hơn ", "more-than"), ("gần ", "nearly"), ("khoảng ", "about"), ("trên ", "more-than"))

# Tasks a police unit takes over: (gazetteer key, form written in the text).
TASKS = (
    ("quan-ly-ly-lich-tu-phap", "quản lý lý lịch tư pháp"),
    ("an-ninh-mang", "an ninh mạng"),
    ("an-toan-hang-khong", "bảo đảm an toàn hàng không"),
    ("cap-giay-phep-lai-xe", "cấp GPLX"),
    ("sat-hach-giay-phep-lai-xe", "sát hạch cấp GPLX"),
    ("cai-nghien-ma-tuy", "quản lý cai nghiện ma túy"),
    ("dang-ky-xe", "đăng ký xe"),
    ("dang-kiem", "đăng kiểm phương tiện"),
    ("quan-ly-xuat-nhap-canh", "quản lý xuất nhập cảnh"),
    ("cap-can-cuoc", "cấp căn cước"),
)

SLOGANS = (
    "Giữ vững an ninh, trật tự trong tình hình mới", "Nâng cao hiệu quả phòng, chống tội phạm",
    "Chủ động nắm chắc tình hình từ cơ sở", "Xây dựng lực lượng chính quy, tinh nhuệ",
    "Hoàn thành vượt mức các chỉ tiêu được giao", "Bảo đảm bình yên cho Nhân dân",
    "Tăng cường chuyển đổi số trong công tác công an", "Công an cấp xã vận hành hiệu quả",
)
CLOSINGS = (
    "Các đại biểu đã thảo luận, làm rõ những khó khăn, vướng mắc và đề xuất giải pháp trong thời gian tới.",
    "Hội nghị thống nhất tiếp tục đẩy mạnh cải cách hành chính, chuyển đổi số gắn với phục vụ Nhân dân.",
    "Lực lượng công an tiếp tục bám nắm địa bàn, chủ động phòng ngừa, không để bị động, bất ngờ.",
    "Công tác xây dựng lực lượng được chú trọng, kỷ luật, kỷ cương được giữ vững.",
)
PERIODS = (  # label, start (month, day), end (month, day), offset of the year from the report's
    ("6 tháng đầu năm {y}", (1, 1), (6, 30), 0),
    ("năm {y}", (1, 1), (12, 31), -1),
    ("quý III năm {y}", (7, 1), (9, 30), 0),
    ("9 tháng năm {y}", (1, 1), (9, 30), 0),
)


def _nfc_all(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(nfc(i) for i in items)


def _number_text(value: float | int, decimals: int = 0) -> str:
    """Write a number as Vietnamese does: '47.400', '13,66'."""
    if decimals:
        whole, frac = f"{value:.{decimals}f}".split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(value):,}".replace(",", ".")


# --------------------------------------------------------------------------- the world


@dataclass
class Unit:
    """An organisation of the world, with what its declaration in a report needs."""

    name: str  # canonical, as texts write it
    kind: str  # unit-kind gazetteer key
    en: str | None = None
    part_of: str | None = None  # canonical name of the parent
    place: str | None = None  # canonical name of the place it serves
    aliases: tuple[str, ...] = ()


@dataclass
class Official:
    """A person and the post the world gives them."""

    name: str
    title: str  # role as written, a gazetteer role
    unit: str  # canonical organisation name
    rank: str | None = None
    woman: bool = False


@dataclass
class Province:
    """A province or city of the gazetteer, its units and its officials."""

    key: str
    name: str
    en: str
    kind: str  # province | city
    level: str  # 'tỉnh' | 'TP', as texts write it before the name
    police: Unit = field(init=False)
    units: dict[str, Unit] = field(default_factory=dict)
    officials: dict[str, list[Official]] = field(default_factory=dict)  # role group -> officials
    communes: list[tuple[str, str, Unit]] = field(default_factory=list)  # (name, kind, police unit)


class World:
    """Every province, unit and official the reports talk about; sized for ``reports`` reports."""

    def __init__(self, reports: int, seed: int = 7, gazetteer: Gazetteer | None = None):
        self.gaz = gazetteer or load_gazetteer()
        self.rng = random.Random(seed)
        self.seed = seed
        self.reports = reports
        self.ministry = Unit("Bộ Công an", "ministry", "Ministry of Public Security")
        self._names: set[str] = set()
        self._communes: set[str] = set()
        self.provinces: list[Province] = []
        entries = [e for e in self.gaz.places.values() if e.kind in ("province", "city")]
        # Communes (and their police chiefs) grow with the corpus, so bigger graphs have more people.
        communes_each = max(2, min(400, reports // 12))
        for entry in sorted(entries, key=lambda e: e.key):
            self.provinces.append(self._province(entry.key, entry.vi, entry.en, entry.kind, communes_each))
        # Bigger provinces report more often: a fixed, skewed weight per province.
        self.weights = [1.0 / (1 + i) ** 0.6 for i in range(len(self.provinces))]

    # -- names ------------------------------------------------------------------------------

    def person_name(self, woman: bool) -> str:
        """Return a new, unused full name."""
        rng = self.rng
        surnames = _SURNAMES
        for attempt in range(1000):
            middle = rng.choice(MIDDLE_WOMEN if woman else MIDDLE_MEN)
            given = rng.choice(GIVEN_WOMEN if woman else GIVEN_MEN)
            name = f"{rng.choice(surnames)} {middle} {given}"
            if attempt > 20:  # a crowded world: a second given syllable keeps names apart
                name = f"{rng.choice(surnames)} {middle} {rng.choice(GIVEN_MEN)} {given}"
            if name not in self._names and slug(name) not in self._names:
                self._names.update((name, slug(name)))
                return name
        raise RuntimeError("ran out of person names")

    def commune_name(self) -> str:
        """Return a new commune name that is no gazetteer place."""
        rng = self.rng
        while True:
            n = 2 if rng.random() < 0.8 else 3
            name = " ".join(rng.sample(COMMUNE_SYLLABLES, n))
            if slug(name) in self._communes or self.gaz.lookup("places", name) is not None:
                continue
            self._communes.add(slug(name))
            return name

    # -- the provinces ----------------------------------------------------------------------

    def _province(self, key: str, name: str, en: str, kind: str, communes: int) -> Province:
        rng = self.rng
        city = kind == "city"
        level = "TP" if city else "tỉnh"
        p = Province(key, name, en, kind, level)
        where = f"{level} {name}"
        en_level = "City" if city else "Provincial"
        p.police = Unit(f"Công an {where}", "police", f"{en} {en_level} Police", self.ministry.name, name)
        units = [
            p.police,
            Unit(f"UBND {where}", "peoples-committee", f"{en} {en_level} People's Committee", None, name),
            Unit(f"HĐND {where}", "peoples-council", f"{en} {en_level} People's Council", None, name),
            Unit(f"{'Thành ủy' if city else 'Tỉnh ủy'} {name}",
                 "party-committee-city" if city else "party-committee-province",
                 f"{en} {en_level} Party Committee", None, name),
            Unit(f"VKSND {where}", "procuracy", f"{en} {en_level} People's Procuracy", None, name),
            Unit(f"TAND {where}", "court", f"{en} {en_level} People's Court", None, name),
        ]
        for division, division_en in DIVISIONS:
            units.append(Unit(f"{division} Công an {where}", "division", f"{division_en}, {p.police.en}",
                              p.police.name, name))
        for unit in units:
            p.units[unit.name] = unit
        for _ in range(communes):
            commune = self.commune_name()
            ward = rng.random() < 0.35
            unit = Unit(f"Công an {'phường' if ward else 'xã'} {commune}", "police", None, p.police.name,
                        commune)
            p.units[unit.name] = unit
            p.communes.append((commune, "ward" if ward else "commune", unit))

        def official(title: str, unit: Unit, ranks: tuple[str, ...] | None) -> Official:
            woman = rng.random() < (0.12 if ranks else 0.3)
            return Official(self.person_name(woman), title, unit.name, rng.choice(ranks) if ranks else None,
                            woman)

        u = p.units
        p.officials = {
            "director": [official("Giám đốc", p.police, GENERAL_RANKS)],
            "deputy": [official("Phó Giám đốc", p.police, SENIOR_RANKS) for _ in range(3)],
            "division": [official("Trưởng phòng", unit, MIDDLE_RANKS)
                         for unit in units if unit.kind == "division"],
            "chief": [official("Trưởng Công an", unit, JUNIOR_RANKS) for _, _, unit in p.communes],
            "chair": [official("Chủ tịch", u[f"UBND {where}"], None)],
            "vice": [official("Phó Chủ tịch", u[f"UBND {where}"], None) for _ in range(2)],
            "council": [official("Chủ tịch", u[f"HĐND {where}"], None)],
            "procurator": [official("Viện trưởng", u[f"VKSND {where}"], None)],
            "judge": [official("Chánh án", u[f"TAND {where}"], None)],
        }
        return p

    def unit(self, province: Province, name: str) -> Unit:
        """Return a unit of the province, or the ministry."""
        return self.ministry if name == self.ministry.name else province.units[name]

    # -- reports ----------------------------------------------------------------------------

    def report(self, index: int) -> Report:
        """Return the ``index``-th report (the same for the same world, whatever was asked before)."""
        rng = random.Random(f"{self.seed}:{index}")
        province = rng.choices(self.provinces, weights=self.weights)[0]
        return _compose(self, province, index, rng)


_SURNAMES: tuple[str, ...] = ()


def _load_surnames(gaz_dir: Path | None = None) -> tuple[str, ...]:
    from graph.gazetteer import GAZETTEER_DIR

    path = (gaz_dir or GAZETTEER_DIR) / "surnames.txt"
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return tuple(nfc(n) for n in names if n and not n.startswith("#"))[:30]


# --------------------------------------------------------------------------- composing one report


class _Text:
    """Builds a report's text and remembers the span of every marked phrase and every sentence."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.sentences: list[Span] = []
        self._sentence_start: int | None = None

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def mark(self, text: str) -> Span:
        """Append ``text`` and return its span."""
        start = self.length
        self.add(text)
        return Span(start, self.length, text)

    def begin(self) -> None:
        self._sentence_start = self.length

    def end(self) -> None:
        assert self._sentence_start is not None
        # The sentence's text is filled in by value(), once the whole text exists.
        self.sentences.append(Span(self._sentence_start, self.length, ""))
        self._sentence_start = None

    def value(self) -> str:
        full = "".join(self.parts)
        self.sentences = [Span(s.start, s.end, full[s.start : s.end]) for s in self.sentences]
        return full


@dataclass
class Report:
    """One synthetic report: its file stem, text and facts."""

    stem: str
    text: str
    facts: ReportFacts

    @property
    def file_name(self) -> str:
        return f"{self.stem}.txt"


class _Facts:
    """Collects the facts of one report, keyed by canonical name, as spans are marked."""

    def __init__(self, world: World, province: Province):
        self.world = world
        self.province = province
        self.persons: dict[str, Person] = {}
        self.orgs: dict[str, Organization] = {}
        self.places: dict[str, Place] = {}

    def org(self, unit: Unit, span: Span | None = None) -> Organization:
        org = self.orgs.get(unit.name)
        if org is None:
            org = self.orgs[unit.name] = Organization(
                unit.name, unit.en, unit.kind, list(unit.aliases), unit.part_of, unit.place)
            if unit.part_of:
                self.org(self.world.unit(self.province, unit.part_of))
            if unit.place:
                self.place(unit.place)
        if span is not None:
            org.mentions.append(span)
        return org

    def place(self, name: str, span: Span | None = None) -> Place:
        place = self.places.get(name)
        if place is None:
            p = self.province
            if name == p.name:
                place = Place(name, p.en, p.kind)
            else:
                kind = next((k for c, k, _ in p.communes if c == name), "commune")
                place = Place(name, None, kind)
            self.places[name] = place
        if span is not None:
            place.mentions.append(span)
        return place

    def person(self, official: Official, mention: Span, post: Span | None = None) -> Person:
        person = self.persons.get(official.name)
        if person is None:
            unit = self.world.unit(self.province, official.unit)
            person = self.persons[official.name] = Person(official.name, official.rank)
            person.positions.append(Position(official.title, unit.name))
            self.org(unit)
        person.mentions.append(mention)
        if post is not None:
            person.positions[0].spans.append(post)
        return person


def _compose(world: World, p: Province, index: int, rng: random.Random) -> Report:
    """Write one report about province ``p``: text and facts from one plan."""
    t = _Text()
    f = _Facts(world, p)
    police = p.police
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
    hour, minute = rng.randrange(7, 22), rng.randrange(60)
    label, (m0, d0), (m1, d1), offset = rng.choice(PERIODS)
    year = day.year + offset
    period_label = label.format(y=year)
    period_start, period_end = date(year, m0, d0), date(year, m1, d1)
    if period_end >= day:  # a report looks back on a period that is over
        day = period_end + timedelta(days=rng.randrange(1, 40))
    topic = rng.choice(("so-ket", "tong-ket", "giao-ban"))
    stem = f"synth-{p.key}-{topic}-{day.isoformat()}-{index:06d}"

    # Headline line: "<unit>: <slogan> dd/mm/yyyy hh:mm" (one sentence).
    t.begin()
    head = t.mark(f"{police.name}: {rng.choice(SLOGANS)}")
    name_at = head.start + len(f"Công an {p.level} ")
    place_in_head = Span(name_at, name_at + len(p.name), p.name)
    t.add(f" {day.day:02d}/{day.month:02d}/{day.year} {hour:02d}:{minute:02d}")
    t.end()
    t.add("\n\n")
    f.org(police, Span(head.start, head.start + len(police.name), police.name))
    f.place(p.name, place_in_head)

    # Opening: the meeting.
    kind_word = {"so-ket": "sơ kết", "tong-ket": "tổng kết", "giao-ban": "giao ban"}[topic]
    meeting_name = f"hội nghị {kind_word} công tác công an {period_label}"
    t.begin()
    t.add(f"Ngày {day.day}-{day.month}, ")
    f.org(police, t.mark(police.name))
    t.add(" tổ chức ")
    meeting_span = t.mark(meeting_name)
    t.add(".")
    t.end()
    t.add(" ")
    director = p.officials["director"][0]
    t.begin()
    mention = t.mark(f"{director.rank} {director.name}")
    t.add(", ")
    post = t.mark(f"{director.title} {police.name}")
    f.person(director, mention, post)
    t.add(" chủ trì hội nghị.")
    t.end()
    t.add("\n\n")

    # Guests: the chair (or a vice chair) of the People's Committee, sometimes more.
    guests = [rng.choice(p.officials["chair"] + p.officials["vice"])]
    for group in ("council", "procurator", "judge"):
        if rng.random() < 0.4:
            guests.append(p.officials[group][0])
    participants = []
    t.begin()
    t.add("Dự hội nghị có ")
    for i, guest in enumerate(guests):
        if i:
            t.add("; ")
        t.add("bà " if guest.woman else "ông ")
        mention = t.mark(guest.name)
        t.add(", ")
        unit = world.unit(p, guest.unit)
        post = t.mark(f"{guest.title} {unit.name}")
        f.person(guest, mention, post)
        participants.append(Participant(guest.name, "dự"))
    t.add(".")
    t.end()
    t.add("\n\n")

    events = [Event("hoi-nghi", meeting_name, None, "conference", day.isoformat(), p.name, police.name,
                    None, participants, spans=[meeting_span])]

    # Figures: paragraphs of what the force did (counts) and how things went (rates).
    statistics: list[Statistic] = []
    period = {"label": period_label, "start": period_start.isoformat(), "end": period_end.isoformat()}

    def figure(item: tuple, capital: bool = False) -> None:
        measure, unit, direction, compared, template, (lo, hi), whole = item
        qualifier = None
        if whole:
            value: float = rng.randrange(lo, hi)
            words, qualifier = rng.choice((("", None),) * 3 + QUALIFIERS)
            written = _number_text(value)
        else:
            value = round(rng.uniform(lo, hi), rng.choice((1, 2)))
            written, words = _number_text(value, len(str(value).split(".")[1])), ""
        sentence = template.format(q=words, v=written)
        if capital:
            sentence = sentence[0].upper() + sentence[1:]
        span = t.mark(sentence)
        statistics.append(Statistic(measure, value, unit, qualifier, direction, compared, dict(period),
                                    police.name, sentence, [span]))

    def listing(items: list[tuple], capital: bool = False) -> None:
        for i, item in enumerate(items):
            if i:
                t.add("; " if i < len(items) - 1 else " và ")
            figure(item, capital and i == 0)

    actions = rng.sample([x for x in FIGURES if x[6]], k=rng.randrange(3, 8))
    rates = rng.sample([x for x in FIGURES if not x[6]], k=rng.randrange(1, 4))
    while actions or rates:
        chunk, actions = actions[:3], actions[3:]
        if chunk:
            t.begin()
            t.add(rng.choice((f"Trong {period_label}, ", f"Theo báo cáo, {period_label}, ", "Trong kỳ, ",
                              f"Tính đến hết {period_label}, ")))
            if rng.random() < 0.5:
                f.org(police, t.mark(police.name))
                t.add(" đã ")
            else:
                t.add(rng.choice(("lực lượng công an đã ", "lực lượng Công an toàn tỉnh đã ",
                                  "các đơn vị nghiệp vụ đã ")))
            listing(chunk)
            t.add(".")
            t.end()
        n = rng.randrange(1, 3)
        some, rates = rates[:n], rates[n:]
        if some:
            if chunk:
                t.add(" ")
            t.begin()
            listing(some, capital=True)
            t.add(".")
            t.end()
        t.add("\n\n")

    # Tasks taken over (half of the reports).
    tasks: list[Task] = []
    if rng.random() < 0.5:
        chosen = rng.sample(TASKS, k=rng.randrange(2, 5))
        t.begin()
        t.add("Từ đầu năm, ")
        f.org(police, t.mark(police.name))
        t.add(f" tiếp nhận thêm {len(chosen)} nhiệm vụ mới gồm ")
        for i, (key, written) in enumerate(chosen):
            if i:
                t.add(", " if i < len(chosen) - 1 else " và ")
            span = t.mark(written)
            entry = world.gaz.tasks[key]
            tasks.append(Task(written, entry.en, entry.vi, True, police.name, [span]))
        t.add(".")
        t.end()
        t.add("\n\n")

    # Division heads and commune police chiefs report (one to three of them).
    speakers = rng.sample(p.officials["division"], k=rng.randrange(0, 2))
    speakers += rng.sample(p.officials["chief"], k=min(len(p.officials["chief"]), rng.randrange(1, 3)))
    for speaker in speakers:
        unit = world.unit(p, speaker.unit)
        t.begin()
        mention = t.mark(f"{speaker.rank} {speaker.name}")
        t.add(", ")
        # 'Trưởng phòng Cảnh sát hình sự …', 'Trưởng Công an xã …': the title merges with the name.
        post = t.mark(f"Trưởng {unit.name[0].lower()}{unit.name[1:]}" if unit.kind == "division"
                      else f"Trưởng {unit.name}")
        f.person(speaker, mention, post)
        if unit.place and unit.place != p.name:
            f.place(unit.place, Span(post.end - len(unit.place), post.end, unit.place))
        t.add(rng.choice((" báo cáo tham luận về công tác bảo đảm an ninh, trật tự tại cơ sở.",
                          " trình bày kết quả triển khai các mặt công tác trong kỳ.",
                          " đề xuất tăng cường phối hợp giữa các lực lượng trên địa bàn.")))
        t.end()
        t.add("\n\n")

    # Closing remarks and awards.
    t.begin()
    t.add(rng.choice(CLOSINGS))
    t.end()
    t.add("\n\n")
    collectives, individuals = rng.randrange(3, 40), rng.randrange(5, 80)
    t.begin()
    t.add("Dịp này, ")
    post = t.mark(f"Giám đốc {police.name}")
    f.person(director, post)
    t.add(" đã ")
    award = t.mark("tặng giấy khen")
    t.add(" cho ")
    c_span = t.mark(f"{collectives} tập thể")
    t.add(" và ")
    i_span = t.mark(f"{individuals} cá nhân")
    t.add(f" có thành tích xuất sắc trong {period_label}.")
    t.end()
    events.append(Event("tang-giay-khen", "tặng giấy khen", None, "award", day.isoformat(), None, None,
                        director.name, part_of="hoi-nghi", spans=[award]))
    for unit_word, value, span in (("tập thể", collectives, c_span), ("cá nhân", individuals, i_span)):
        statistics.append(Statistic(f"{unit_word} được tặng giấy khen", value, unit_word, period=dict(period),
                                    quote=span.text, spans=[span]))

    text = t.value()
    published = f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+07:00"
    facts = ReportFacts(
        report=f"{stem}.txt",
        text=text,
        article=Article(head.text, published, f"{stem}.txt", span=head),
        sentences=t.sentences,
        persons=list(f.persons.values()),
        organizations=list(f.orgs.values()),
        places=list(f.places.values()),
        events=events,
        tasks=tasks,
        statistics=statistics,
    )
    return Report(stem, text, facts)


# --------------------------------------------------------------------------- the N-Quads writer

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_NS = {
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "qb": "http://purl.org/linked-data/cube#",
    "time": "http://www.w3.org/2006/time#",
    "vnkg": "https://w3id.org/vnkg/ontology#",
    "sdmx-measure": "http://purl.org/linked-data/sdmx/2009/measure#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
}


def _iri(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return f"<{_NS[prefix]}{local}>"


P = {c: _iri(c) for c in (
    "rdfs:label", "skos:altLabel", "prov:wasDerivedFrom", "prov:wasGeneratedBy", "prov:used",
    "prov:wasAssociatedWith", "prov:Entity", "prov:Activity", "prov:SoftwareAgent", "schema:NewsArticle",
    "schema:headline", "schema:datePublished", "schema:inLanguage", "schema:text", "schema:softwareVersion",
    "vnkg:sourceFile", "vnkg:contentHash", "vnkg:software", "vnkg:sentence", "vnkg:rank", "vnkg:measure",
    "vnkg:periodStart", "vnkg:periodEnd", "vnkg:periodLabel", "vnkg:qualifier", "vnkg:direction",
    "vnkg:comparedTo", "vnkg:participation", "vnkg:Participation", "vnkg:participant", "vnkg:roleName",
    "vnkg:acquiredPurpose", "vnkg:FiguresStructure", "oa:Annotation", "oa:hasBody", "oa:hasTarget",
    "oa:motivatedBy", "oa:identifying", "oa:SpecificResource", "oa:hasSource", "oa:hasSelector",
    "oa:TextQuoteSelector", "oa:exact", "oa:prefix", "oa:suffix", "oa:TextPositionSelector", "oa:start",
    "oa:end", "org:Organization", "org:classification", "org:subOrganizationOf", "org:Post", "org:postIn",
    "org:role", "org:holds", "org:Membership", "org:member", "org:organization", "org:memberDuring",
    "org:purpose", "schema:Person", "schema:name", "schema:Place", "schema:City",
    "schema:AdministrativeArea", "schema:location", "schema:Event", "schema:additionalType",
    "schema:startDate", "schema:organizer", "schema:agent", "schema:recipient", "schema:attendee",
    "schema:superEvent", "schema:subEvent", "schema:about", "time:Interval", "time:hasBeginning",
    "time:hasEnd", "time:Instant", "time:inXSDDate", "qb:DataSet", "qb:structure", "qb:Observation",
    "qb:dataSet", "sdmx-measure:obsValue", "sdmx-attribute:unitMeasure", "vnkg:refArea", "vnkg:indicator",
    "vnkg:indicatorPhrase", "vnkg:valueKind",
)}
XSD_DATE = "<http://www.w3.org/2001/XMLSchema#date>"
XSD_DATETIME = "<http://www.w3.org/2001/XMLSchema#dateTime>"
XSD_INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"
XSD_DECIMAL = "<http://www.w3.org/2001/XMLSchema#decimal>"
XSD_NNI = "<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"
_VNKG = _NS["vnkg"]
QUALIFIER_TERMS = {"more-than": "MoreThan", "nearly": "Nearly", "about": "About", "at-least": "AtLeast",
                   "at-most": "AtMost"}
DIRECTION_TERMS = {"increase": "Increase", "decrease": "Decrease"}
COMPARISON_TERMS = {"same-period-last-year": "SamePeriodLastYear", "previous-period": "PreviousPeriod",
                    "period-before-merger": "PeriodBeforeMerger", "plan": "Plan"}
CONTEXT_CHARS = 30
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _lit(text: str) -> str:
    return f'"{text.translate(_ESCAPES)}"'


def _vi(text: str) -> str:
    return f'"{nfc(text).strip().translate(_ESCAPES)}"@vi'


def _en(text: str) -> str:
    return f'"{nfc(text).strip().translate(_ESCAPES)}"@en'


def _segment(text: str) -> str:
    return quote(slug(nfc(text)), safe="-._~")


class QuadWriter:
    """Write reports' facts as N-Quads, the triples ``graph.rdf.facts_to_graph`` gives for them.

    Handles the facts this module composes: every concept a gazetteer entry, every organisation a
    report refers to declared in it, places of the gazetteer or communes. Slugs and gazetteer look-ups
    are cached across reports, since the same names recur.
    """

    def __init__(self, out: IO[str], base: str = BASE, gazetteer: Gazetteer | None = None):
        self.out = out
        self.base = base
        self.gaz = gazetteer or load_gazetteer()
        self.triples = 0
        self.reports = 0
        self._org_segment: dict[str, str] = {}
        self._expanded: dict[str, str] = {}
        self._segments: dict[str, str] = {}
        self._concepts: dict[tuple[str, str], tuple[str, str, str | None]] = {}
        self._places: dict[str, tuple[str, object]] = {}

    # -- cached names -----------------------------------------------------------------------

    def segment(self, text: str) -> str:
        found = self._segments.get(text)
        if found is None:
            found = self._segments[text] = _segment(text)
        return found

    def org_segment(self, name: str) -> str:
        found = self._org_segment.get(name)
        if found is None:
            found = self._org_segment[name] = _segment(self.gaz.expand(nfc(name)))
        return found

    def expanded(self, name: str) -> str:
        found = self._expanded.get(name)
        if found is None:
            found = self._expanded[name] = nfc(self.gaz.expand(name)).strip()
        return found

    def concept(self, scheme: str, table: str, text: str) -> tuple[str, str, str | None]:
        """Return (IRI term, Vietnamese label, English label) of a gazetteer concept."""
        found = self._concepts.get((scheme, text))
        if found is None:
            entry = self.gaz.table(table).get(text) or self.gaz.lookup(table, text)
            if entry is None:
                raise ValueError(f"{text!r} is not in the {table} gazetteer")
            found = (f"<{VNKGC}{scheme}/{quote(entry.key, safe='-._~')}>", entry.vi, entry.en)
            self._concepts[(scheme, text)] = found
        return found

    def place_entry(self, name: str) -> tuple[str, object]:
        found = self._places.get(name)
        if found is None:
            entry = self.gaz.lookup("places", name)
            found = self._places[name] = (entry.key if entry else _segment(name), entry)
        return found

    # -- one report -------------------------------------------------------------------------

    def write(self, facts: ReportFacts, content_hash: str | None = None) -> int:
        """Write one report's named graph; return its number of triples."""
        lines = _ReportQuads(self, facts, content_hash).build()
        self.out.write("".join(lines))
        self.triples += len(lines)
        self.reports += 1
        return len(lines)


class _ReportQuads:
    """The triples of one report (a mirror of ``graph.rdf._Builder`` for composed facts)."""

    def __init__(self, w: QuadWriter, facts: ReportFacts, content_hash: str | None):
        self.w = w
        self.facts = facts
        self.base = w.base
        self.text = facts.text
        self.stem = Path(facts.article.file or facts.report).stem
        self.report = f"<{self.base}report/{self.stem}>"
        self.graph = f" <{self.base}graph/{self.stem}> .\n"
        self.hash = content_hash or hashlib.sha256(facts.text.encode("utf-8")).hexdigest()
        self.run = f"<{self.base}run/{self.stem}/{self.hash[:12]}>"
        self.day = facts.article.published[:10] if facts.article.published else None
        self.lines: dict[str, None] = {}
        self.annotations = 0
        self.annotated: set[tuple[str, int, int]] = set()
        self.labels: dict[str, str] = {}
        self.persons: dict[str, str] = {}
        self.org_en: dict[str, str] = {}
        self.places: dict[str, str] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self.lines[f"{s} {p} {o}{self.graph}"] = None

    def label(self, node: str, name: str, main: str = P["rdfs:label"]) -> None:
        name = nfc(name).strip()
        first = self.labels.setdefault(node, name)
        self.add(node, main if first == name else P["skos:altLabel"], _vi(name))

    def provenance(self, node: str, spans: list[Span]) -> None:
        self.add(node, P["prov:wasDerivedFrom"], self.report)
        for span in spans:
            self.annotate(node, span)

    def sentence(self, start: int) -> str:
        for s in self.facts.sentences:
            if s.start <= start < s.end:
                return s.text
        raise ValueError(f"{self.stem}: no sentence holds offset {start}")

    def annotate(self, body: str, span: Span) -> None:
        start, end = span.start, span.end
        if self.text[start:end] != span.text:
            raise ValueError(f"{self.stem}: span {span} does not match the text")
        if (body, start, end) in self.annotated:
            return
        self.annotated.add((body, start, end))
        self.annotations += 1
        iri = f"{self.base}annotation/{self.stem}/{self.annotations}"
        ann, target = f"<{iri}>", f"<{iri}#target>"
        quote_sel, position = f"<{iri}#quote>", f"<{iri}#position>"
        add, text = self.add, self.text
        add(ann, RDF_TYPE, P["oa:Annotation"])
        add(ann, P["oa:hasBody"], body)
        add(ann, P["oa:hasTarget"], target)
        add(ann, P["oa:motivatedBy"], P["oa:identifying"])
        add(ann, P["vnkg:sentence"], f'"{self.sentence(start).strip().translate(_ESCAPES)}"@vi')
        add(ann, P["prov:wasGeneratedBy"], self.run)
        add(target, RDF_TYPE, P["oa:SpecificResource"])
        add(target, P["oa:hasSource"], self.report)
        add(target, P["oa:hasSelector"], quote_sel)
        add(target, P["oa:hasSelector"], position)
        add(quote_sel, RDF_TYPE, P["oa:TextQuoteSelector"])
        add(quote_sel, P["oa:exact"], _lit(text[start:end]))
        prefix, suffix = text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]
        if prefix:
            add(quote_sel, P["oa:prefix"], _lit(prefix))
        if suffix:
            add(quote_sel, P["oa:suffix"], _lit(suffix))
        add(position, RDF_TYPE, P["oa:TextPositionSelector"])
        add(position, P["oa:start"], f'"{start}"^^{XSD_NNI}')
        add(position, P["oa:end"], f'"{end}"^^{XSD_NNI}')

    def org(self, name: str) -> str:
        return f"<{self.base}org/{self.w.org_segment(name)}>"

    def place(self, name: str) -> str:
        key, _ = self.w.place_entry(name)
        found = self.places.get(key)
        if found is None:
            raise ValueError(f"{self.stem}: place {name!r} is not declared")
        return found

    # -- the parts, in the builder's order --------------------------------------------------

    def build(self) -> list[str]:
        facts = self.facts
        for person in facts.persons:
            self.persons[self.w.segment(person.name)] = f"<{self.base}person/{self.w.segment(person.name)}>"
        for organization in facts.organizations:
            if organization.name_en:
                self.org_en.setdefault(self.org(organization.name), organization.name_en)
        self.article()
        for place in facts.places:
            self.place_node(place)
        for organization in facts.organizations:
            self.organization(organization)
        for person in facts.persons:
            self.person(person)
        for event in facts.events:
            self.event(event)
        for task in facts.tasks:
            self.task(task)
        self.statistics()
        return list(self.lines)

    def article(self) -> None:
        a, add, report = self.facts.article, self.add, self.report
        add(report, RDF_TYPE, P["schema:NewsArticle"])
        add(report, RDF_TYPE, P["prov:Entity"])
        add(report, P["schema:headline"], _vi(a.title))
        add(report, P["rdfs:label"], _vi(a.title))
        if a.published:
            add(report, P["schema:datePublished"], f'"{a.published}"^^{XSD_DATETIME}')
        add(report, P["schema:inLanguage"], '"vi"')
        add(report, P["vnkg:sourceFile"], _lit(Path(a.file or self.facts.report).name))
        add(report, P["vnkg:contentHash"], _lit(self.hash))
        add(report, P["schema:text"], f"{_lit(self.text)}@vi")
        if a.span is not None:
            self.annotate(report, a.span)
        run = self.run
        add(run, RDF_TYPE, P["prov:Activity"])
        add(run, P["rdfs:label"], f'"Trích xuất {self.stem}"@vi')
        add(run, P["rdfs:label"], f'"Extraction of {self.stem}"@en')
        add(run, P["prov:used"], report)
        add(run, P["prov:wasAssociatedWith"], P["vnkg:software"])
        add(P["vnkg:software"], RDF_TYPE, P["prov:SoftwareAgent"])
        add(P["vnkg:software"], P["schema:softwareVersion"], _lit(__version__))

    def place_node(self, place: Place) -> None:
        key, entry = self.w.place_entry(place.name)
        node = f"<{self.base}place/{key}>"
        self.places[key] = node
        kind = place.kind or (entry.kind if entry else None)  # type: ignore[attr-defined]
        name_en = place.name_en or (entry.en if entry else None)  # type: ignore[attr-defined]
        self.add(node, RDF_TYPE, P["schema:Place"])
        if kind:
            self.add(node, RDF_TYPE, P["schema:City"] if "city" in kind else P["schema:AdministrativeArea"])
        self.label(node, entry.vi if entry else place.name)  # type: ignore[attr-defined]
        self.label(node, place.name)
        if name_en:
            self.add(node, P["rdfs:label"], _en(name_en))
        for alias in place.aliases:
            if nfc(alias).strip() != self.labels.get(node):
                self.add(node, P["skos:altLabel"], _vi(alias))
        self.provenance(node, place.mentions)

    def organization(self, o: Organization) -> None:
        node = self.org(o.name)
        self.add(node, RDF_TYPE, P["org:Organization"])
        self.label(node, o.name)
        if o.name_en:
            self.add(node, P["rdfs:label"], _en(o.name_en))
        expanded = self.w.expanded(o.name)
        forms = list(o.aliases)
        if expanded != self.labels.get(node):
            forms.append(expanded)
        for alias in forms:
            if nfc(alias).strip() != self.labels.get(node):
                self.add(node, P["skos:altLabel"], _vi(alias))
        if o.kind:
            self.add(node, P["org:classification"], self.w.concept("unit-kind", "unit_kinds", o.kind)[0])
        if o.part_of:
            parent = self.org(o.part_of)
            if parent != node:
                self.add(node, P["org:subOrganizationOf"], parent)
        if o.place:
            self.add(node, P["schema:location"], self.place(o.place))
        self.provenance(node, o.mentions)

    def person(self, person: Person) -> None:
        node = self.persons[self.w.segment(person.name)]
        self.add(node, RDF_TYPE, P["schema:Person"])
        self.label(node, person.name)
        self.add(node, P["schema:name"], _vi(person.name))
        if person.rank:
            self.add(node, P["vnkg:rank"], self.w.concept("rank", "ranks", person.rank)[0])
        self.provenance(node, person.mentions)
        for position in person.positions:
            self.position(node, person.name, position)

    def position(self, person: str, person_name: str, position: Position) -> None:
        add = self.add
        organization = self.org(position.organization)
        role, role_vi, role_en = self.w.concept("role", "roles", position.title)
        key = role.rsplit("/", 1)[-1][:-1]
        org_segment = organization.rsplit("/", 1)[-1][:-1]
        post = f"<{self.base}post/{org_segment}/{key}>"
        org_name = self.labels.get(organization) or nfc(position.organization)
        add(post, RDF_TYPE, P["org:Post"])
        add(post, P["org:postIn"], organization)
        add(post, P["org:role"], role)
        add(post, P["rdfs:label"], _vi(f"{role_vi} {org_name}"))
        if role_en and organization in self.org_en:
            add(post, P["rdfs:label"], _en(f"{role_en}, {self.org_en[organization]}"))
        add(person, P["org:holds"], post)
        self.provenance(post, position.spans)
        person_segment = person.rsplit("/", 1)[-1][:-1]
        membership = f"<{self.base}membership/{person_segment}/{org_segment}/{key}>"
        add(membership, RDF_TYPE, P["org:Membership"])
        add(membership, P["org:member"], person)
        add(membership, P["org:organization"], organization)
        add(membership, P["org:role"], role)
        add(membership, P["rdfs:label"],
            _vi(f"{self.labels.get(person, person_name)}, {role_vi} {org_name}"))
        if self.day is not None:
            instant, interval = f"<{self.base}instant/{self.day}>", f"<{self.base}interval/{self.day}>"
            add(membership, P["org:memberDuring"], interval)
            add(interval, RDF_TYPE, P["time:Interval"])
            add(interval, P["time:hasBeginning"], instant)
            add(interval, P["time:hasEnd"], instant)
            add(instant, RDF_TYPE, P["time:Instant"])
            add(instant, P["time:inXSDDate"], f'"{self.day}"^^{XSD_DATE}')
        self.provenance(membership, position.spans)

    def agent(self, name: str) -> str:
        return self.persons.get(self.w.segment(name)) or self.org(name)

    def event(self, e: Event) -> None:
        add = self.add
        event_segment = self.w.segment(e.id)
        node = f"<{self.base}event/{self.stem}/{event_segment}>"
        add(node, RDF_TYPE, P["schema:Event"])
        if e.name:
            add(node, P["schema:name"], _vi(e.name))
            add(node, P["rdfs:label"], _vi(e.name))
        if e.name_en:
            add(node, P["schema:name"], _en(e.name_en))
            add(node, P["rdfs:label"], _en(e.name_en))
        if e.kind:
            add(node, P["schema:additionalType"], _lit(e.kind))
        if e.date:
            add(node, P["schema:startDate"], f'"{e.date}"^^{XSD_DATE}')
        if e.place:
            add(node, P["schema:location"], self.place(e.place))
        if e.organizer:
            add(node, P["schema:organizer"], self.org(e.organizer))
        if e.agent:
            add(node, P["schema:agent"], self.agent(e.agent))
        for recipient in e.recipients:
            add(node, P["schema:recipient"], self.agent(recipient))
        for participant in e.participants:
            person = self.persons[self.w.segment(participant.person)]
            add(node, P["schema:attendee"], person)
            person_segment = person.rsplit("/", 1)[-1][:-1]
            part = f"<{self.base}participation/{self.stem}/{event_segment}/{person_segment}>"
            add(node, P["vnkg:participation"], part)
            add(part, RDF_TYPE, P["vnkg:Participation"])
            add(part, P["vnkg:participant"], person)
            if participant.role:
                add(part, P["vnkg:roleName"], _vi(participant.role))
            add(part, P["prov:wasDerivedFrom"], self.report)
        if e.part_of and any(other.id == e.part_of for other in self.facts.events):
            parent = f"<{self.base}event/{self.stem}/{self.w.segment(e.part_of)}>"
            add(node, P["schema:superEvent"], parent)
            add(parent, P["schema:subEvent"], node)
        self.provenance(node, e.spans)

    def task(self, task: Task) -> None:
        node = self.w.concept("task", "tasks", task.expansion or task.name)[0]
        if task.holder:
            holder = self.org(task.holder)
            self.add(holder, P["org:purpose"], node)
            if task.new:
                self.add(holder, P["vnkg:acquiredPurpose"], node)
        self.provenance(node, task.spans)

    def statistics(self) -> None:
        stats = self.facts.statistics
        if not stats:
            return
        add = self.add
        dataset = f"<{self.base}dataset/{self.stem}>"
        add(dataset, RDF_TYPE, P["qb:DataSet"])
        add(dataset, P["qb:structure"], P["vnkg:FiguresStructure"])
        add(dataset, P["rdfs:label"], f'"Số liệu của bài {self.stem}"@vi')
        add(dataset, P["rdfs:label"], f'"Figures of report {self.stem}"@en')
        add(dataset, P["prov:wasDerivedFrom"], self.report)
        for n, stat in enumerate(stats, start=1):
            node = f"<{self.base}observation/{self.stem}/{n}>"
            add(node, RDF_TYPE, P["qb:Observation"])
            add(node, P["qb:dataSet"], dataset)
            add(node, P["vnkg:measure"], _vi(stat.measure))
            unit, _, _ = self.w.concept("unit", "units", stat.unit)
            unit_key = unit.rsplit("/", 1)[-1][:-1]
            number = Decimal(str(stat.value))
            if unit_key != "percent" and number == number.to_integral_value():
                value, datatype = str(int(number)), XSD_INTEGER
            else:
                value, datatype = format(number, "f"), XSD_DECIMAL
            add(node, P["sdmx-measure:obsValue"], f'"{value}"^^{datatype}')
            add(node, P["sdmx-attribute:unitMeasure"], unit)
            for code, table, prop in ((stat.qualifier, QUALIFIER_TERMS, "vnkg:qualifier"),
                                      (stat.direction, DIRECTION_TERMS, "vnkg:direction"),
                                      (stat.compared_to, COMPARISON_TERMS, "vnkg:comparedTo")):
                if code:
                    add(node, P[prop], f"<{_VNKG}{table[code]}>")
            period = stat.period or {}
            if period.get("start"):
                add(node, P["vnkg:periodStart"], f'"{period["start"]}"^^{XSD_DATE}')
            if period.get("end"):
                add(node, P["vnkg:periodEnd"], f'"{period["end"]}"^^{XSD_DATE}')
            if period.get("label"):
                add(node, P["vnkg:periodLabel"], _vi(period["label"]))
            if stat.about:
                add(node, P["schema:about"], self.org(stat.about))
            unit_text = "%" if unit_key == "percent" else f" {nfc(stat.unit).strip()}"
            add(node, P["rdfs:label"], _vi(f"{stat.measure}: {value.replace('.', ',')}{unit_text}"))
            self.provenance(node, stat.spans)
            self.indicator(node, stat)

    def indicator(self, node: str, stat: Statistic) -> None:
        """Add what graph.indicators.annotate adds: the area, and the indicator when one matches."""
        entry = indicators.area_of(stat.about)
        if entry is not None:
            self.add(node, P["vnkg:refArea"], self.place(entry.vi))
        found = indicators.match(stat.measure, stat.unit, stat.direction)
        if found is not None:
            self.add(node, P["vnkg:indicator"], f"<{found.indicator.iri}>")
            self.add(node, P["vnkg:indicatorPhrase"], _vi(found.phrase))
            self.add(node, P["vnkg:valueKind"], f"<{_VNKG}{indicators.KIND_TERMS[found.kind]}>")


# --------------------------------------------------------------------------- whole files


def _ontology_quads() -> str:
    """Return the ontology graph (ontology + gazetteer concepts) as N-Quads."""
    from graph.rdf import vocabulary_graph

    data = vocabulary_graph().serialize(format="nt", encoding="utf-8").decode("utf-8")
    return "".join(f"{line[:-2]} <{ONTOLOGY_GRAPH}> .\n" for line in data.splitlines() if line.strip())


def reports_for_triples(triples: int) -> int:
    """Return the world size that fits a graph of about ``triples`` triples (for sizing pools)."""
    return max(3, triples // 1500)


def write_graph(out: IO[str], triples: int, *, seed: int = 7, ontology: bool = True) -> dict[str, int]:
    """Write reports as N-Quads until about ``triples`` triples; return counts."""
    world = World(reports_for_triples(triples), seed)
    writer = QuadWriter(out, gazetteer=world.gaz)
    ontology_triples = 0
    if ontology:
        text = _ontology_quads()
        out.write(text)
        ontology_triples = text.count("\n")
    index = 0
    while ontology_triples + writer.triples < triples:
        writer.write(world.report(index).facts)
        index += 1
    return {"triples": ontology_triples + writer.triples, "reports": writer.reports,
            "ontology_triples": ontology_triples}


def write_corpus(directory: Path, reports: int, *, seed: int = 7) -> list[Path]:
    """Write ``reports`` report texts into ``directory``; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    world = World(reports, seed)
    paths = []
    for index in range(reports):
        report = world.report(index)
        path = directory / report.file_name
        path.write_text(report.text, encoding="utf-8")
        paths.append(path)
    return paths


def iter_reports(reports: int, seed: int = 7) -> Iterator[Report]:
    """Yield the reports of a world of ``reports`` reports."""
    world = World(reports, seed)
    for index in range(reports):
        yield world.report(index)


def _size(text: str) -> int:
    """Parse '10K', '1M', '1.5M', '200000'."""
    text = text.strip().upper().replace("_", "")
    factor = {"K": 1_000, "M": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def main(argv: list[str] | None = None) -> int:
    """Generate a graph (N-Quads) or a corpus (text files)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    g = sub.add_parser("graph", help="write an N-Quads file of about N triples")
    g.add_argument("--triples", required=True, type=_size, help="size: 10K, 100K, 1M, 10M or a number")
    g.add_argument("-o", "--output", required=True, type=Path, help="the .nq file to write ('-': stdout)")
    g.add_argument("--seed", type=int, default=7)
    g.add_argument("--no-ontology", action="store_true", help="leave the ontology graph out")
    c = sub.add_parser("corpus", help="write N report texts into a directory")
    c.add_argument("--reports", required=True, type=_size)
    c.add_argument("-o", "--output", required=True, type=Path)
    c.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.what == "graph":
        if str(args.output) == "-":
            counts = write_graph(sys.stdout, args.triples, seed=args.seed, ontology=not args.no_ontology)
        else:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            tmp = args.output.with_name(args.output.name + ".part")
            with open(tmp, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
                counts = write_graph(out, args.triples, seed=args.seed, ontology=not args.no_ontology)
            tmp.replace(args.output)  # a file that exists is complete
        print(f"{counts['triples']} triples, {counts['reports']} reports "
              f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    else:
        paths = write_corpus(args.output, args.reports, seed=args.seed)
        print(f"{len(paths)} reports in {args.output} in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    return 0


_SURNAMES = _load_surnames()
MIDDLE_MEN, MIDDLE_WOMEN = _nfc_all(MIDDLE_MEN), _nfc_all(MIDDLE_WOMEN)
GIVEN_MEN, GIVEN_WOMEN = _nfc_all(GIVEN_MEN), _nfc_all(GIVEN_WOMEN)
COMMUNE_SYLLABLES = _nfc_all(COMMUNE_SYLLABLES)

if __name__ == "__main__":
    sys.exit(main())
