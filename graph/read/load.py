"""Read articles from .txt, .json (the article format of docs/facts-format.md), .jsonl
files, or folders of them. A bad file or line is reported (file, line,
reason) and skipped; the others are still read."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from ..core.model import Article

SUFFIXES = (".txt", ".json", ".jsonl")
DEFAULT_MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class Problem:
    """Something that was not ingested, or was ingested with a caveat."""
    source: str          # "file" or "file:line"
    reason: str
    skipped: bool = True


@dataclass(frozen=True)
class Loaded:
    article: Article
    warnings: tuple[str, ...] = ()


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
# Letters (and the đồng sign) that Windows-1258 has and Windows-1252 lacks.
_VIETNAMESE_ONLY = re.compile("[ăĂđĐơƠưƯ₫\u0300\u0301\u0303\u0309\u0323]")


def _clean_cp1258(text: str) -> bool:
    """Windows-1258 writes Vietnamese as base letters followed by combining
    tone marks: in real cp1258 text every tone mark follows a vowel."""
    return all(i > 0 and text[i - 1] in _VOWELS for i, ch in enumerate(text) if ch in _TONE_MARKS)


def decode(data: bytes) -> tuple[str, str | None]:
    """Text and, when it was not UTF-8, the encoding used: UTF-16 (with a
    byte-order mark), Windows-1258 (Vietnamese text saved on Windows: tone
    marks only after vowels, and letters Latin-1 lacks), else Latin-1. A
    UTF-8 byte-order mark is dropped."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
        if _clean_cp1258(text) and _VIETNAMESE_ONLY.search(text):
            return text, "cp1258"
    except UnicodeDecodeError:
        pass
    # Latin-1 as browsers read it (the WHATWG Encoding standard maps the
    # label to windows-1252, whose typographic quotes sit in 0x80-0x9F)
    try:
        return data.decode("cp1252"), "latin-1"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


class _TextOfHtml(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article", "figcaption"}
    _SKIP = {"script", "style", "noscript", "head", "nav", "footer", "iframe"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_HINT = re.compile(r"<\s*(html|body|div|p|br|span|a|script|article)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or len(_HTML_HINT.findall(text[:20000])) >= 3


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _parse_date(value, source: str) -> tuple[date | None, str | None]:
    if value in (None, ""):
        return None, None
    try:
        return date.fromisoformat(str(value)[:10]), None
    except ValueError:
        return None, f"{source}: published {value!r} is not an ISO date; ignored"


class Loader:
    """Turns paths into articles, collecting problems on the way."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.problems: list[Problem] = []
        self.files = 0

    # ------------------------------------------------------------ walking
    def files_of(self, paths: Iterable[str | Path]) -> Iterator[Path]:
        for raw in paths:
            path = Path(raw)
            if not path.exists():
                self.problems.append(Problem(str(path), "no such file or folder"))
            elif path.is_dir():
                for f in sorted(path.rglob("*")):
                    if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts):
                        if f.suffix.lower() in SUFFIXES:
                            yield f
                        else:
                            self.problems.append(Problem(str(f), f"not an article file ({', '.join(SUFFIXES)})"))
            elif path.suffix.lower() in SUFFIXES:
                yield path
            else:
                self.problems.append(Problem(str(path), f"not an article file ({', '.join(SUFFIXES)})"))

    def articles(self, paths: Iterable[str | Path]) -> Iterator[Loaded]:
        for f in self.files_of(paths):
            self.files += 1
            try:
                data = f.read_bytes()
            except OSError as exc:
                self.problems.append(Problem(str(f), f"cannot read: {exc.strerror}"))
                continue
            reader = {".txt": self._txt, ".json": self._json}.get(f.suffix.lower(), self._jsonl)
            try:
                yield from reader(f, data)
            except Exception as exc:  # noqa: BLE001 - an unforeseen bad file must not stop the others
                self.problems.append(Problem(str(f), f"unreadable: {type(exc).__name__}: {exc}"))

    # ------------------------------------------------------------ formats
    def _txt(self, f: Path, data: bytes) -> Iterator[Loaded]:
        text, enc = decode(data)
        yield from self._article({"id": f.stem, "text": text}, str(f), [f"{f}: read as {enc}"] if enc else [])

    def _json(self, f: Path, data: bytes) -> Iterator[Loaded]:
        text, enc = decode(data)
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            self.problems.append(Problem(f"{f}:{exc.lineno}", f"malformed JSON: {exc.msg} (column {exc.colno})"))
            return
        items = obj if isinstance(obj, list) else [obj]
        for n, item in enumerate(items):
            source = str(f) if len(items) == 1 else f"{f}[{n}]"
            if not isinstance(item, dict):
                self.problems.append(Problem(source, "expected an article object {\"id\", \"text\", ...}"))
                continue
            item = dict(item)
            item.setdefault("id", f.stem if len(items) == 1 else f"{f.stem}-{n + 1}")
            yield from self._article(item, source, [f"{f}: read as {enc}"] if enc else [])

    def _jsonl(self, f: Path, data: bytes) -> Iterator[Loaded]:
        text, enc = decode(data)
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            source = f"{f}:{lineno}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                self.problems.append(Problem(source, f"malformed JSON: {exc.msg} (column {exc.colno})"))
                continue
            if not isinstance(item, dict):
                self.problems.append(Problem(source, "expected an article object {\"id\", \"text\", ...}"))
                continue
            item.setdefault("id", f"{f.stem}-{lineno}")
            yield from self._article(item, source, [f"{f}: read as {enc}"] if enc else [])

    # ------------------------------------------------------------ checks
    def _article(self, item: dict, source: str, warnings: list[str]) -> Iterator[Loaded]:
        text = item.get("text")
        if not isinstance(text, str):
            self.problems.append(Problem(source, "no \"text\" string"))
            return
        # JSON "\ud800" escapes give lone surrogates, which no RDF literal can hold
        item = {k: _LONE_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in item.items()}
        if item["text"] != text:
            warnings = [*warnings, f"{source}: lone surrogate code points replaced by U+FFFD"]
            text = item["text"]
        if len(text.encode("utf-8")) > self.max_bytes:
            self.problems.append(Problem(
                source, f"article of {len(text.encode('utf-8')) / 1e6:.1f} MB is above the "
                        f"{self.max_bytes / 1e6:.1f} MB limit (raise it with --max-article-mb)"))
            return
        if looks_like_html(text):
            text = html_to_text(text)
            warnings = [*warnings, f"{source}: HTML markup stripped"]
        if not text.strip():
            self.problems.append(Problem(source, "empty article (no text)"))
            return
        article_id = str(item.get("id") or "").strip()
        if not article_id:
            self.problems.append(Problem(source, "empty \"id\""))
            return
        published, warning = _parse_date(item.get("published"), source)
        if warning:
            warnings = [*warnings, warning]
        url = item.get("url") if isinstance(item.get("url"), str) else None
        site = item.get("site") if isinstance(item.get("site"), str) else None
        for w in warnings:
            self.problems.append(Problem(w.split(": ", 1)[0], w.split(": ", 1)[-1], skipped=False))
        yield Loaded(Article(id=article_id, text=text, url=url, site=site, published=published, source=source),
                     tuple(warnings))
