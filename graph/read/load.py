"""Read articles from .txt, .json (the article format of docs/facts-format.md),
.jsonl, saved web pages (.html, .htm), web archives (.warc, .warc.gz) and the
manifest `cadregraph fetch` writes, or folders of them. A bad file, line or
record is reported (file, line, reason) and skipped; the others are still
read: every line of a JSONL file is decoded and parsed on its own, so one
line never costs another."""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

from ..core.iris import long_slug
from ..core.model import Article
from . import warc
from .decode import NotText, decode
from .web import EXTRACTORS, Page, looks_like_html, read_page

TEXT_SUFFIXES = (".txt", ".json", ".jsonl")
PAGE_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES + warc.SUFFIXES
#: ``cadregraph fetch`` writes this file, and the pages it lists in PAGES beside it
MANIFEST, PAGES = "manifest.jsonl", "pages"
DEFAULT_MAX_BYTES = 2_000_000
_NOT_AN_ARTICLE = f"not an article file ({', '.join(SUFFIXES)})"
_UTF16 = (b"\xff\xfe", b"\xfe\xff")        # byte order marks
_EXPECTED_OBJECT = "expected an article object {\"id\", \"text\" or \"html\", ...}"


@dataclass(frozen=True)
class Problem:
    """Something that was not ingested, or was ingested with a caveat."""
    source: str          # "file" or "file:line"
    reason: str
    skipped: bool = True


@dataclass(frozen=True)
class Loaded:
    article: Article


@dataclass(frozen=True)
class Piece:
    """A part of the input that one reader takes: a file, or the lines of a
    JSONL file from byte ``start`` to byte ``end``, the first of them line
    ``first_line`` (so that sources and default ids are the whole file's)."""
    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


def line_pieces(path: str | Path, size: int) -> list[Piece]:
    """A JSONL file cut at line ends into pieces of about ``size`` bytes
    (a UTF-16 file, whose line ends are two bytes, stays whole)."""
    pieces, start, first, offset = [], 0, 1, 0
    with open(path, "rb") as fh:
        if fh.read(2) in _UTF16:
            return [Piece(str(path))]
        fh.seek(0)
        for number, raw in enumerate(fh, start=1):
            offset += len(raw)
            if offset - start >= size:
                pieces.append(Piece(str(path), start, offset, first))
                start, first = offset, number + 1
    if offset > start or not pieces:
        pieces.append(Piece(str(path), start, None, first))
    return pieces


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _parse_date(value) -> tuple[date | None, str | None]:
    if value in (None, ""):
        return None, None
    try:
        return date.fromisoformat(str(value)[:10]), None
    except ValueError:
        return None, f"published {value!r} is not an ISO date; ignored"


def _instant(value) -> str | None:
    """An ISO 8601 date-time as xsd:dateTime writes it, or None."""
    try:
        return datetime.fromisoformat(str(value)).isoformat() if value else None
    except ValueError:
        return None


def _readable(name: str) -> str:
    """A file name the OS gave as undecodable bytes, as text any output takes
    (``b\\xe0i``): what ids and messages use."""
    return os.fsencode(name).decode("utf-8", "backslashreplace") if _LONE_SURROGATE.search(name) else name


def _lines(data: bytes, first: int = 1) -> Iterator[tuple[int, bytes | str]]:
    """The lines of a JSONL file (or piece of one), numbered from ``first``,
    split at line feeds only (U+2028 or U+0085 inside a JSON string is text,
    not a line end)."""
    if data.startswith(_UTF16):
        # UTF-16: the line feed is two bytes, so the file is decoded first
        text, _ = decode(data)
        yield from enumerate(text.split("\n"), start=first)
        return
    yield from enumerate(data.split(b"\n"), start=first)


def _reason(exc: BaseException) -> str:
    """Why an item was not read, for the user."""
    if isinstance(exc, NotText):
        return str(exc)
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON: {exc.msg} (column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "malformed JSON: nested too deeply"
    return f"unreadable: {type(exc).__name__}: {exc}"


class Loader:
    """Turns paths into articles, collecting problems on the way."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.problems: list[Problem] = []

    def _problem(self, source: str, reason: str, skipped: bool = True) -> None:
        self.problems.append(Problem(_readable(source), reason, skipped))

    # ------------------------------------------------------------ walking
    def files_of(self, paths: Iterable[str | Path]) -> Iterator[Path]:
        for raw in paths:
            path = Path(raw)
            if not path.exists():
                self._problem(str(path), "no such file or folder")
            elif path.is_dir():
                found = sorted(f for f in path.rglob("*")
                               if f.is_file() and not any(p.startswith(".") for p in f.relative_to(path).parts))
                # the pages a manifest lists are read through it, with what it says of them
                listed = {f.parent / PAGES for f in found if f.name == MANIFEST}
                for f in found:
                    if any(parent in listed for parent in f.parents):
                        continue
                    if f.name.lower().endswith(SUFFIXES):
                        yield f
                    else:
                        self._problem(str(f), _NOT_AN_ARTICLE)
            elif path.name.lower().endswith(SUFFIXES):
                yield path
            else:
                self._problem(str(path), _NOT_AN_ARTICLE)

    def articles(self, paths: Iterable[str | Path]) -> Iterator[Loaded]:
        for f in self.files_of(paths):
            yield from self.read(Piece(str(f)))

    def read(self, piece: Piece) -> Iterator[Loaded]:
        """The articles of one piece of the input (a file, or lines of one)."""
        f = Path(piece.path)
        suffix = f.suffix.lower()
        if warc.is_warc(f):
            items = self._warc(f)
        elif suffix in (".json", ".jsonl"):
            items = self._json(f) if suffix == ".json" else self._jsonl(f, piece)
        else:
            items = self._whole(f, "text" if suffix == ".txt" else "html")
        try:
            yield from items
        except OSError as exc:
            self._problem(str(f), f"cannot read: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 - an unforeseen bad file must not stop the others
            self._problem(str(f), _reason(exc))

    def _guarded(self, source: str, make: Callable[[], Loaded | None]) -> Loaded | None:
        """``make()``, with any failure reported against ``source`` alone."""
        try:
            return make()
        except Exception as exc:  # noqa: BLE001 - one bad item must not stop the others
            self._problem(source, _reason(exc))
        return None

    # ------------------------------------------------------------ formats
    def _whole(self, f: Path, key: str) -> Iterator[Loaded]:
        """A file that is one article: its text (.txt) or its page (.html)."""
        def make():
            text, note = decode(f.read_bytes())
            return self._article({"id": _readable(f.stem), key: text}, str(f), [note] if note else [])
        loaded = self._guarded(str(f), make)
        if loaded:
            yield loaded

    def _json(self, f: Path) -> Iterator[Loaded]:
        try:
            text, note = decode(f.read_bytes())
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            self._problem(f"{f}:{exc.lineno}", _reason(exc))
            return
        except (NotText, RecursionError) as exc:
            self._problem(str(f), _reason(exc))
            return
        items = obj if isinstance(obj, list) else [obj]
        for n, item in enumerate(items):
            source = str(f) if len(items) == 1 else f"{f}[{n}]"
            default_id = _readable(f.stem) if len(items) == 1 else f"{_readable(f.stem)}-{n + 1}"
            loaded = self._guarded(source, lambda: self._item(item, source, default_id, [note] if note else [],
                                                              f.parent))
            if loaded:
                yield loaded

    def _jsonl(self, f: Path, piece: Piece) -> Iterator[Loaded]:
        with f.open("rb") as fh:
            fh.seek(piece.start)
            data = fh.read() if piece.end is None else fh.read(piece.end - piece.start)
        for lineno, raw in _lines(data, piece.first_line):
            if not raw.strip():
                continue
            source = f"{f}:{lineno}"

            def make():
                text, note = (raw, None) if isinstance(raw, str) else decode(raw)
                item = json.loads(text)
                return self._item(item, source, f"{_readable(f.stem)}-{lineno}", [note] if note else [], f.parent)
            loaded = self._guarded(source, make)
            if loaded:
                yield loaded

    def _warc(self, f: Path) -> Iterator[Loaded]:
        passed_over: Counter = Counter()
        for record in warc.records(f):
            if record.html is None:
                passed_over[record.status] += 1
                continue
            source = f"{f}#{record.number}"

            def make():
                html, note = decode(record.html)
                item = {"id": page_id(record.url), "html": html, "url": record.url, "retrieved": record.fetched}
                return self._article(item, source, [note] if note else [])
            loaded = self._guarded(source, make)
            if loaded:
                yield loaded
        if passed_over:
            self._problem(str(f), f"{sum(passed_over.values())} response record(s) that are not HTML pages "
                                  f"fetched whole passed over", skipped=False)

    # ------------------------------------------------------------ checks
    def _item(self, item, source: str, default_id: str, notes: list[str], base: Path) -> Loaded | None:
        if not isinstance(item, dict):
            self._problem(source, _EXPECTED_OBJECT)
            return None
        item = dict(item)
        item.setdefault("id", default_id)
        if isinstance(item.get("file"), str) and "text" not in item and "html" not in item:
            # a line of a fetch manifest: the page is a file beside it
            path = (base / item["file"]).resolve()
            if base.resolve() not in path.parents:
                self._problem(source, f"\"file\" {item['file']!r} is outside the manifest's folder")
                return None
            html, note = decode(path.read_bytes())
            item["html"] = html
            notes = [*notes, note] if note else notes
        return self._article(item, source, notes)

    def _article(self, item: dict, source: str, notes: list[str]) -> Loaded | None:
        """The article of a dict with "text" (or "html": a web page), checked."""
        notes = list(notes)
        page: Page | None = None
        text = item.get("text")
        html = item.get("html") if not isinstance(text, str) else None
        if isinstance(text, str) and looks_like_html(text):
            html = text
            notes.append("HTML markup stripped (main text read by trafilatura)")
        field = lambda key: item.get(key) if isinstance(item.get(key), str) and item.get(key).strip() else None  # noqa: E731
        if isinstance(html, str):
            page = read_page(html, field("url") or field("fetched_url"))
            if page is None:
                self._problem(source, "no main text found in the page")
                return None
            text = page.text
        if not isinstance(text, str):
            self._problem(source, "no \"text\" string" if "html" not in item else "\"html\" is not a string")
            return None
        # JSON "\ud800" escapes give lone surrogates, which no RDF literal can hold
        item = {k: _LONE_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in item.items()}
        clean = _LONE_SURROGATE.sub("\ufffd", text)
        if clean != text:
            notes.append("lone surrogate code points replaced by U+FFFD")
            text = clean
        size = len(text.encode("utf-8"))
        if size > self.max_bytes:
            self._problem(source, f"article of {size / 1e6:.1f} MB is above the {self.max_bytes / 1e6:.1f} MB "
                                  f"limit (raise it with --max-article-mb)")
            return None
        if not text.strip():
            self._problem(source, "empty article (no text)")
            return None
        article_id = str(item.get("id") or "").strip()
        if not article_id:
            self._problem(source, "empty \"id\"")
            return None
        published, warning = _parse_date(item.get("published"))
        if warning:
            notes.append(warning)
        if page is not None:
            # what the item says wins over what the page says of itself
            published = published or page.published
            article = Article(id=article_id, text=text, url=field("url") or page.url,
                              site=field("site") or page.host, published=published, source=_readable(source),
                              title=field("title") or page.title, site_name=field("site_name") or page.site_name,
                              author=field("author") or page.author, retrieved=_instant(field("retrieved")),
                              extractors=EXTRACTORS)
        else:
            article = Article(id=article_id, text=text, url=field("url"), site=field("site"), published=published,
                              source=_readable(source), title=field("title"), author=field("author"))
        for note in notes:
            self._problem(source, note, skipped=False)
        return Loaded(article)


def page_id(url: str) -> str:
    """The article id of a page fetched from ``url``: its host and path as
    a readable slug ("nhandan-vn-chinh-tri-hoi-nghi-post1"), the same for a
    fetched page and the same page in a crawl."""
    parts = urlsplit(url)
    path = re.sub(r"\.(html?|php|aspx?)$", "", parts.path.rstrip("/"))
    return long_slug(f"{parts.hostname or ''} {path} {parts.query}", limit=80) or "page"
