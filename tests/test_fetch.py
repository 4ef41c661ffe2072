"""`cadregraph fetch` against a local http.server (loopback only) serving the
pages of tests/pages and a feed: robots.txt and the delay per host are
honoured, a page is fetched once, failures are named, and what was fetched
builds."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cadregraph.read.fetch import FetchError, PoliteClient
from conftest import run_cli

PAGES = Path(__file__).parent / "pages"
DELAY = 0.4


class Site(BaseHTTPRequestHandler):
    """A news site: three articles, a feed, a robots.txt, a private page, a
    page that fails once (503) and a missing one. Every request is logged."""
    log: list[tuple[float, str, str]] = []
    flaky_left = 1

    def do_GET(self):  # noqa: N802 - http.server's name
        Site.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        base = f"http://{self.headers['Host']}"
        routes = {
            "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/rss.xml": ("application/rss+xml", self.feed(base).encode()),
            "/chinh-tri/nghe-an-post801234.html": ("text/html", (PAGES / "nhandan-nghe-an.html").read_bytes()),
            "/thu-tuong/phien-hop-102240307.htm": ("text/html; charset=utf-8",
                                                   (PAGES / "baochinhphu-phien-hop.html").read_bytes()),
            "/private/ban-nhap.html": ("text/html", (PAGES / "baothanhhoa-ban-thuong-vu.html").read_bytes()),
            "/logo.png": ("image/png", b"\x89PNG\r\n\x1a\n"),
        }
        if self.path == "/thoi-su/2024/03/11/ban-thuong-vu.html":
            if Site.flaky_left:
                Site.flaky_left -= 1
                return self.reply(503, "text/plain", b"busy", {"Retry-After": "0"})
            return self.reply(200, "text/html", (PAGES / "baothanhhoa-ban-thuong-vu.html").read_bytes())
        if self.path not in routes:
            return self.reply(404, "text/plain", b"not found")
        self.reply(200, *routes[self.path])

    @staticmethod
    def feed(base: str) -> str:
        items = ["/chinh-tri/nghe-an-post801234.html", "/thu-tuong/phien-hop-102240307.htm",
                 "/thoi-su/2024/03/11/ban-thuong-vu.html", "/private/ban-nhap.html", "/mat-roi.html", "/logo.png"]
        entries = "".join(f"<item><title>Tin {i}</title><link>{base}{path}</link></item>" for i, path in enumerate(items))
        return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>{entries}</channel></rss>'

    def reply(self, status: int, kind: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture
def site():
    Site.log, Site.flaky_left = [], 1
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetch(site: str, out: Path, *extra: str):
    return run_cli("fetch", "--feed", f"{site}/rss.xml", "-o", str(out), "--delay", str(DELAY),
                   "--retries", "2", "--timeout", "10", "--quiet", *extra, timeout=120)


def test_fetch_is_polite_caches_and_names_failures(site, tmp_path):
    out = tmp_path / "news"
    first = fetch(site, out)
    assert first.returncode == 3, first.stderr
    assert f"failed: {site}/private/ban-nhap.html: disallowed by robots.txt" in first.stderr
    assert f"failed: {site}/mat-roi.html: HTTP 404 Not Found" in first.stderr
    assert f"failed: {site}/logo.png: not an HTML page (image/png)" in first.stderr
    assert "fetched 3 page(s), 0 already in" in first.stderr
    paths = [path for _, path, _ in Site.log]
    assert "/private/ban-nhap.html" not in paths                      # robots.txt honoured
    assert paths.count("/thoi-su/2024/03/11/ban-thuong-vu.html") == 2  # a 503, then a retry
    assert all(agent.startswith("CadreGraph/") for _, _, agent in Site.log)
    times = [t for t, _, _ in Site.log]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= DELAY * 0.95, gaps                              # one host, one request per DELAY
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [m["asked"] for m in manifest] == [f"{site}/chinh-tri/nghe-an-post801234.html",
                                              f"{site}/thu-tuong/phien-hop-102240307.htm",
                                              f"{site}/thoi-su/2024/03/11/ban-thuong-vu.html"]
    assert all((out / m["file"]).is_file() for m in manifest)

    # again: the feed is read, the pages are not fetched a second time
    Site.log.clear()
    second = fetch(site, out)
    assert "fetched 0 page(s), 3 already in" in second.stderr
    assert [path for _, path, _ in Site.log if path.endswith((".html", ".htm")) and "private" not in path
            and "mat-roi" not in path] == []
    assert len((out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_fetched_pages_build_with_their_metadata(site, tmp_path):
    out, store = tmp_path / "news", tmp_path / "store"
    built = fetch(site, out, "--build", "--store", str(store))
    assert built.returncode == 3 and "ingested 3 article(s)" in built.stderr, built.stderr
    # the folder builds again as it is: the manifest is read, the pages in it not a second time
    again = run_cli("build", str(out), "--store", str(store), "--quiet")
    assert again.returncode == 0 and "ingested 0 article(s), 3 unchanged" in again.stderr, again.stderr
    facts = json.loads(run_cli("facts", "--store", str(store)).stdout)
    assert sorted(facts) == ["127-0-0-1-chinh-tri-nghe-an-post801234", "127-0-0-1-thoi-su-2024-03-11-ban-thuong-vu",
                             "127-0-0-1-thu-tuong-phien-hop-102240307"]
    names = {p["name"] for article in facts.values() for p in article["persons"]}
    assert {"Thái Thanh Quý", "Phạm Minh Chính", "Đỗ Trọng Hưng"} <= names


def test_a_site_whose_robots_txt_fails_is_not_crawled():
    client = PoliteClient(delay=0, retries=0, timeout=2)
    with pytest.raises(FetchError, match="robots.txt could not be read"):
        client.get("http://127.0.0.1:9/page.html")      # the discard port: nothing listens


def test_fetch_explains_bad_usage(tmp_path):
    out = run_cli("fetch", "-o", str(tmp_path / "x"))
    assert out.returncode == 2 and "needs page URLs or --feed" in out.stderr
    out = run_cli("fetch", "file:///etc/passwd", "-o", str(tmp_path / "x"))
    assert out.returncode == 2 and "not an http(s) URL: 'file:///etc/passwd'" in out.stderr
