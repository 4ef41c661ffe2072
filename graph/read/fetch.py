"""Fetch news pages, or every item of RSS/Atom feeds, politely, into a
folder that `cadregraph build` reads:

    DIR/pages/<id>.html     each page as the site served it
    DIR/manifest.jsonl      one line per page: id, file, url asked for, final url, when

Polite: robots.txt is honoured (RFC 9309: a site whose robots.txt fails with
a server error is not crawled), one request at a time with a delay per host
(the site's Crawl-delay when longer), a user agent that names CadreGraph,
retries with exponential backoff on timeouts, 429 and 5xx (Retry-After
honoured), and the folder is a cache: a page listed in its manifest is not
fetched again. Feeds are read with feedparser."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import feedparser

from .. import __version__
from ..core.progress import Progress
from .load import MANIFEST, PAGES, page_id

USER_AGENT = f"CadreGraph/{__version__} (news research; +https://w3id.org/cadregraph)"
_RETRY_STATUS = {429, 500, 502, 503, 504}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = 10_000_000
_MAX_RETRY_AFTER = 60.0


class FetchError(Exception):
    """A URL that could not be fetched; the message says why."""

    def __init__(self, message: str, status: int | None = None, retry: bool = False,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.retry, self.retry_after = status, retry, retry_after


@dataclass(frozen=True)
class Response:
    url: str                  # after redirects
    status: int
    content_type: str
    body: bytes


class PoliteClient:
    """HTTP GET with robots.txt, a delay per host and retries with backoff."""

    def __init__(self, delay: float = 2.0, retries: int = 3, timeout: float = 30.0, backoff: float = 2.0,
                 user_agent: str = USER_AGENT, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.delay, self.retries, self.timeout, self.backoff = delay, retries, timeout, backoff
        self.user_agent = user_agent
        self.sleep, self.clock = sleep, clock
        self._last: dict[str, float] = {}          # host -> when its last request ended
        self._robots: dict[str, RobotFileParser | FetchError] = {}

    # ---------------------------------------------------------- politeness
    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            robots = self._robots.get(host)
            crawl_delay = (robots.crawl_delay(self.user_agent) if isinstance(robots, RobotFileParser) else None) or 0
            pause = last + max(self.delay, float(crawl_delay)) - self.clock()
            if pause > 0:
                self.sleep(pause)

    def _rules(self, url: str) -> RobotFileParser:
        """The robots.txt rules of the URL's site, read once. Raises when the
        site may not be crawled at all (robots.txt refused or failing)."""
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            self._robots[host] = self._read_robots(f"{parts.scheme}://{host}/robots.txt")
        rules = self._robots[host]
        if isinstance(rules, FetchError):
            raise rules
        return rules

    def _read_robots(self, url: str) -> RobotFileParser | FetchError:
        """The site's rules: allow-all when robots.txt does not exist; an
        error (nothing fetched from the site) when it is refused or fails."""
        parser = RobotFileParser(url)
        try:
            response = self._get(url)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status not in (401, 403, 429):
                parser.parse([])
                return parser
            return FetchError(f"robots.txt could not be read ({exc}), so the site is not crawled")
        parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser

    # ------------------------------------------------------------- request
    def get(self, url: str) -> Response:
        if not self._rules(url).can_fetch(self.user_agent, url):
            raise FetchError("disallowed by robots.txt")
        return self._get(url)

    def _get(self, url: str) -> Response:
        host = urlsplit(url).netloc
        attempt = 0
        while True:
            self._wait_turn(host)
            try:
                return self._once(url)
            except FetchError as exc:
                if not exc.retry or attempt >= self.retries:
                    raise
                wait = exc.retry_after
                self.sleep(min(wait, _MAX_RETRY_AFTER) if wait is not None else self.backoff * 2 ** attempt)
                attempt += 1
            finally:
                self._last[host] = self.clock()

    def _once(self, url: str) -> Response:
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent,
                                                       "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                body = reply.read(MAX_PAGE_BYTES + 1)
                if len(body) > MAX_PAGE_BYTES:
                    raise FetchError(f"larger than {MAX_PAGE_BYTES // 1_000_000} MB")
                return Response(reply.geturl(), reply.status, reply.headers.get_content_type(), body)
        except urllib.error.HTTPError as exc:
            retry_after = _seconds(exc.headers.get("Retry-After")) if exc.headers else None
            raise FetchError(f"HTTP {exc.code} {exc.reason}", exc.code, exc.code in _RETRY_STATUS,
                             retry_after) from None
        except (urllib.error.URLError, OSError) as exc:
            raise FetchError(f"cannot connect: {getattr(exc, 'reason', exc)}", retry=True) from None


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


@dataclass
class FetchReport:
    fetched: int = 0
    cached: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)      # (url, why)

    def summary(self, folder: Path) -> str:
        lines = [f"failed: {url}: {why}" for url, why in self.failed]
        lines.append(f"fetched {self.fetched} page(s), {self.cached} already in {folder}, "
                     f"{len(self.failed)} failed; `cadregraph build {folder}` reads them")
        return "\n".join(lines)


def feed_items(client: PoliteClient, feed_url: str) -> list[str]:
    """The page URLs of an RSS or Atom feed, in the feed's order."""
    response = client.get(feed_url)
    parsed = feedparser.parse(response.body, response_headers={"content-location": response.url})
    if not parsed.entries and parsed.bozo:
        raise FetchError(f"not a feed: {parsed.bozo_exception}")
    links = [urljoin(response.url, e.get("link", "")) for e in parsed.entries if e.get("link")]
    return list(dict.fromkeys(links))


def _manifest(folder: Path) -> dict[str, dict]:
    """What the folder already holds, by the URL asked for."""
    path = folder / MANIFEST
    known: dict[str, dict] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(entry, dict) and (folder / str(entry.get("file"))).is_file():
                known[entry.get("asked")] = entry
    return known


def fetch(urls: Iterable[str], feeds: Iterable[str], folder: Path, client: PoliteClient,
          progress: bool = True) -> FetchReport:
    report = FetchReport()
    (folder / PAGES).mkdir(parents=True, exist_ok=True)
    known = _manifest(folder)
    todo = list(dict.fromkeys(urls))
    for feed in feeds:
        try:
            todo += [u for u in feed_items(client, feed) if u not in todo]
        except FetchError as exc:
            report.failed.append((feed, f"feed: {exc}"))
    bar = Progress(progress, "fetched", "pages")
    with open(folder / MANIFEST, "a", encoding="utf-8") as manifest:
        for n, url in enumerate(todo, start=1):
            bar.update(n - 1, len(todo), f", {len(report.failed)} failed")
            if url in known:
                report.cached += 1
                continue
            try:
                response = client.get(url)
                if response.content_type not in _HTML_TYPES:
                    raise FetchError(f"not an HTML page ({response.content_type})")
            except FetchError as exc:
                report.failed.append((url, str(exc)))
                continue
            article_id = page_id(url)
            name = f"{PAGES}/{article_id}.html"
            (folder / name).write_bytes(response.body)
            entry = {"id": article_id, "file": name, "asked": url, "fetched_url": response.url,
                     "retrieved": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
            manifest.flush()
            known[url] = entry
            report.fetched += 1
    bar.done()
    return report
