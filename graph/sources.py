"""Read reports from the files users collect: plain text, HTML saved from news sites, JSON Lines.

A file holds one report (``.txt``, ``.html``, ``.htm``) or many (``.jsonl``: one scraped article a
line, ``{"title", "date", "url", "text"}`` and optionally ``"publisher"``). :func:`scan` lists the
reports of a file cheaply (stem and content hash, no parsing of HTML), so that a build can skip
unchanged reports; :func:`load` reads one report's text and :class:`~graph.extract.Metadata`.

The text handed to the extractor starts with the headline line, as in the reports the rules were
written for: for HTML and JSON Lines the title is put on the first line when the body does not
already begin with it, and paragraphs are separated by blank lines. Offsets index that text, which
the build stores as ``schema:text``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from graph.extract import Metadata
from graph.text import key, nfc, slug

__all__ = [
    "ReportError",
    "Source",
    "SUFFIXES",
    "MAX_REPORT_BYTES",
    "scan",
    "load",
    "read_text",
    "read_html",
    "read_record",
    "normalise_date",
]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_REPORT_BYTES = 20 * 1024 * 1024  # a news report is a few KB; 20 MB is a scraper gone wrong
DATE_TIME = "%Y-%m-%dT%H:%M:%S%z"  # asked of trafilatura's date search, so a stated time of day is kept
MIN_ARTICLE_WORDS = 10  # fewer words than a headline and one sentence: a menu or a footer, not a report
MAX_STEM = 80  # characters of a URL slug kept in a stem; longer ones end in a hash
_SAFE_STEM = re.compile(r"^[A-Za-z0-9._~-]+$")


class ReportError(Exception):
    """A report that cannot be built, with the reason in plain words."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        super().__init__(f"{os.fspath(path)}: {reason}")
        self.path = os.fspath(path)
        self.reason = reason


@dataclass(frozen=True)
class Source:
    """One report inside a file: where it is, its IRI stem and the hash of its content."""

    path: Path
    stem: str
    digest: str  # SHA-256 (hex) of the file's bytes, or of the record's line for JSON Lines
    record: int | None = None  # line number (from 1) in a JSON Lines file

    @property
    def name(self) -> str:
        """Return the report's name as the extractor and ``vnkg:sourceFile`` see it."""
        return self.path.name if self.record is None else f"{self.path.name}#{self.record}"

    @property
    def where(self) -> str:
        """Return the path (and record) for messages."""
        return str(self.path) if self.record is None else f"{self.path}#{self.record}"


# --------------------------------------------------------------------------------------------
# Listing the reports of a file
# --------------------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise ReportError(path, f"too large ({size // (1024 * 1024)} MB; the limit is "
                                    f"{MAX_REPORT_BYTES // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as err:
        raise ReportError(path, f"cannot be read ({err.strerror or err})") from err


# The lines of the JSON Lines file read last, with its (mtime, size): a build reads its records one
# by one, and reading the whole file again for each made a 5,000-record build quadratic.
_lines_cache: dict[str, tuple[tuple[int, int], list[bytes]]] = {}


def _record_lines(path: Path) -> list[bytes]:
    """Return the lines of a JSON Lines file, read once (per process) while the file is unchanged."""
    try:
        st = path.stat()
    except OSError as err:
        raise ReportError(path, f"cannot be read ({err.strerror or err})") from err
    stamp = (st.st_mtime_ns, st.st_size)
    cached = _lines_cache.get(str(path))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    lines = _read_bytes(path).split(b"\n")
    _lines_cache.clear()  # one file at a time: a build reads a file's records in a row
    _lines_cache[str(path)] = (stamp, lines)
    return lines


def file_stem(path: Path) -> str:
    """Return the IRI stem of a one-report file: its name without directory and extension."""
    stem = path.stem or "report"
    return stem if _SAFE_STEM.match(stem) else (slug(stem) or "h" + _short_hash(stem))


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def url_stem(url: str) -> str | None:
    """Return a stem from an article's URL (host and path, slugged), or None when it has neither."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = re.sub(r"\.(html?|aspx?|php|htm)$", "", parts.path.strip("/"), flags=re.IGNORECASE)
    text = slug(f"{host} {path}".replace("/", " ").replace(".", " "))
    if not text:
        return None
    if len(text) > MAX_STEM:
        # Cut on a word boundary and keep the URL distinct with a hash of the whole of it.
        text = text[:MAX_STEM].rsplit("-", 1)[0] + "-" + _short_hash(url.strip())[:8]
    return text


def scan(path: str | os.PathLike[str]) -> list[Source]:
    """Return the reports held by one file (raises ReportError when the file cannot be read)."""
    path = Path(path)
    suffix = path.suffix.lower()
    data = _read_bytes(path)
    if suffix != ".jsonl":
        return [Source(path, file_stem(path), hashlib.sha256(data).hexdigest())]
    sources: list[Source] = []
    used: dict[str, int] = {}
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        stem = None
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            record = None
        url = _clean_url(record.get("url")) if isinstance(record, dict) else None
        if url:
            stem = url_stem(url)
        stem = stem or f"{file_stem(path)}-{number}"
        if stem in used:
            # The same URL twice in one file: keep both, told apart by their line numbers.
            stem = f"{stem}-{number}"
        used[stem] = number
        sources.append(Source(path, stem, hashlib.sha256(line).hexdigest(), number))
    if not sources:
        raise ReportError(path, "empty (no JSON records)")
    return sources


# --------------------------------------------------------------------------------------------
# Reading one report
# --------------------------------------------------------------------------------------------


def _decode(data: bytes, where: str | Path) -> str:
    if b"\x00" in data:
        raise ReportError(where, "binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        byte = data[err.start : err.start + 1]
        raise ReportError(where, f"not UTF-8 text (byte {err.start}: {byte!r})") from err


def read_text(path: str | os.PathLike[str]) -> tuple[str, Metadata]:
    """Read a plain-text report: the headline and date are on its first lines."""
    path = Path(path)
    text = _decode(_read_bytes(path), path)
    if not text.strip():
        raise ReportError(path, "empty")
    return text, Metadata()


_DMY = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[\s,T|-]+(\d{1,2})[:hg](\d{2}))?")
_TZ = re.compile(r"([+-])(\d{2}):?(\d{2})$")


def normalise_date(value: object) -> str | None:
    """Return an ISO date or date-time for what scrapers write ('2025-07-18', '18/07/2025 17:24', …)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = _DMY.fullmatch(text)
    if match:
        d, m, y, hh, mm = match.groups()
        try:
            day = date(int(y), int(m), int(d))
        except ValueError:
            return None
        # Vietnamese papers print local time; say so rather than leave the time floating.
        return day.isoformat() if hh is None else f"{day.isoformat()}T{int(hh):02d}:{int(mm):02d}:00+07:00"
    text = _TZ.sub(lambda m: f"{m.group(1)}{m.group(2)}:{m.group(3)}", text.replace("Z", "+00:00"))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    if len(text) <= 10:
        return moment.date().isoformat()
    return moment.isoformat()


def _paragraphs(text: str) -> list[str]:
    return [nfc(" ".join(line.split())) for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _with_headline(title: str | None, body: str) -> str:
    """Return the report text: the title on the first line (unless the body starts with it), then the body."""
    paragraphs = _paragraphs(body)
    if title:
        title = nfc(" ".join(title.split()))
        if not paragraphs or key(paragraphs[0]) != key(title):
            paragraphs.insert(0, title)
    return "\n\n".join(paragraphs) + "\n"


def read_html(path: str | os.PathLike[str], data: bytes | None = None) -> tuple[str, Metadata]:
    """Read a news page saved as HTML: its main text and title, date, publisher and URL (trafilatura)."""
    import trafilatura

    path = Path(path)
    data = _read_bytes(path) if data is None else data
    if b"\x00" in data:
        raise ReportError(path, "binary data, not HTML")
    if not data.strip():
        raise ReportError(path, "empty")
    try:
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"original_date": True, "extensive_search": True,
                                    "outputformat": DATE_TIME},
        )
    except Exception as err:  # noqa: BLE001 - a parser failure on one page must not stop a build
        raise ReportError(path, f"the HTML cannot be parsed ({err})") from err
    body = getattr(doc, "text", None) if doc is not None else None
    words = len(body.split()) if body else 0
    if words < MIN_ARTICLE_WORDS:
        # trafilatura falls back to any text it finds (a menu, a footer): that is no article.
        raise ReportError(path, f"no article text found in the HTML ({words} words)")
    title = getattr(doc, "title", None)
    published = _page_date(getattr(doc, "date", None))
    meta = Metadata(
        title=nfc(" ".join(title.split())) if title else None,
        published=published,
        url=_clean_url(getattr(doc, "url", None)),
        publisher=nfc(doc.sitename.strip()) if getattr(doc, "sitename", None) else None,
    )
    return _with_headline(meta.title, body), meta


def _page_date(value: str | None) -> str | None:
    """Return the page's publication date, with its time of day when the page gives one."""
    found = normalise_date(value)
    if found and re.search(r"T00:00:00(?:[+-]00:00)?$", found):
        return found[:10]  # midnight: the page gave a day, not a time
    return found


def _clean_url(url: object) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or re.search(r"\s", url):
        return None
    return url


def read_record(line: bytes, where: str) -> tuple[str, Metadata]:
    """Read one JSON Lines record ``{"title", "date", "url", "text"}`` (``publisher`` optional)."""
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise ReportError(where, f"not UTF-8 text (byte {err.start})") from err
    except ValueError as err:
        raise ReportError(where, f"not a JSON record ({err})") from err
    if not isinstance(record, dict):
        kind = type(record).__name__
        raise ReportError(where, f"a JSON {kind}, not an object with title, date, url and text")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReportError(where, "the record has no text")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    date_value = record.get("date") or record.get("published")
    published = normalise_date(date_value)
    if date_value and published is None:
        raise ReportError(where, f"the date {date_value!r} is not a date")
    publisher = record.get("publisher") or record.get("sitename")
    meta = Metadata(
        title=nfc(" ".join(title.split())) if title and title.strip() else None,
        published=published,
        url=_clean_url(record.get("url")),
        publisher=nfc(publisher.strip()) if isinstance(publisher, str) and publisher.strip() else None,
    )
    return _with_headline(meta.title, text), meta


def load(source: Source) -> tuple[str, Metadata]:
    """Read one report's text and metadata (raises ReportError with the reason it cannot be used)."""
    suffix = source.path.suffix.lower()
    if source.record is not None:
        lines = _record_lines(source.path)
        if source.record > len(lines):
            raise ReportError(source.where, "the record is gone from the file")
        line = lines[source.record - 1].strip()
        if hashlib.sha256(line).hexdigest() != source.digest:
            raise ReportError(source.where, "the file changed while it was being read")
        return read_record(line, source.where)
    if suffix in (".html", ".htm"):
        return read_html(source.path)
    return read_text(source.path)
