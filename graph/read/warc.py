"""Web archives (WARC, as Heritrix, ``wget --warc-file`` and Browsertrix
write them) -> the HTML pages they hold, read with warcio: every response
record of an HTML page, with its URL and the date it was fetched."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Record:
    number: int               # 1 for the archive's first record
    url: str
    fetched: str              # WARC-Date, ISO 8601
    status: str
    html: bytes | None        # None when the record is not an HTML page fetched whole


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def records(path: Path) -> Iterator[Record]:
    """The response records of the archive, in order (others are passed over)."""
    with open(path, "rb") as fh:
        for number, record in enumerate(ArchiveIterator(fh, arc2warc=True), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            status = record.http_headers.get_statuscode() or ""
            html = record.content_stream().read() if kind in _HTML_TYPES and status == "200" else None
            yield Record(number, url, record.rec_headers.get_header("WARC-Date") or "", status, html)
