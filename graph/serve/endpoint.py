"""`cadregraph serve`: a SPARQL 1.1 Protocol endpoint and the viewer pages.

The engine is Oxigraph's own HTTP server (`oxigraph serve`, from PyPI),
bound to a private loopback port with its query timeout. In front of it
this module answers on ``http://HOST:PORT``:

* ``/sparql`` — queries by GET or POST (form or application/sparql-query),
  results negotiated as SPARQL JSON/XML/CSV/TSV or Turtle/N-Triples/JSON-LD/
  RDF-XML, at most ``max_rows`` rows (``X-CadreGraph-Truncated: true`` when
  cut); updates are refused (403) unless ``--allow-updates``;
* ``/query``, ``/update``, ``/store`` — the same, for `--store URL` clients:
  a build run against this server writes through it (with the token in
  ``STORE/serve.json``) while queries keep being answered;
* everything else — the viewer pages, from a folder nothing can escape.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from ..core.errors import StoreError
from ..store import SERVE_FILE
from ..store.embedded import DATA_NAME, StoreLock

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".png": "image/png", ".json": "application/json"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _accept(header: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers (None: none fits)."""
    if not header:
        return offered[0]
    prefs = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        prefs.append((fields[0].lower(), q))
    best, best_q = None, 0.0
    for media, q in prefs:
        for o in offered:
            if q > best_q and (media == o or media in ("*/*", o.split("/")[0] + "/*")):
                best, best_q = o, q
    return best


class Engine:
    """The `oxigraph serve` process."""

    def __init__(self, location: Path, timeout: float) -> None:
        binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
        if not Path(binary).exists():
            raise StoreError("the `oxigraph` server is not installed (pip install oxigraph)")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}",
             "--timeout-s", str(max(1, int(timeout)))],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise StoreError(f"oxigraph stopped: {self.proc.stderr.read().decode(errors='replace')[:400]}")
            try:
                urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        raise StoreError("oxigraph did not start within 30 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class Front(BaseHTTPRequestHandler):
    server_version = "CadreGraph"
    engine: Engine
    site: Path
    allow_updates: bool
    token: str
    timeout: float
    max_rows: int

    def log_message(self, fmt, *args):          # quiet; errors still reach stderr
        pass

    # ------------------------------------------------------------- plumbing
    def _send(self, code: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, code: int, message: str) -> None:
        self._send(code, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _authorised_writer(self) -> bool:
        return self.allow_updates or self.headers.get("Authorization") == f"Bearer {self.token}"

    # --------------------------------------------------------------- routes
    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/sparql", "/query"):
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self._error(405, "updates must be sent with POST")
            if "query" not in params:
                return self._error(400, "missing ?query= (a SPARQL 1.1 query)")
            return self._query(params["query"][0])
        if url.path == "/store":
            return self._forward_store("GET", url.query, b"")
        return self._static(url.path)

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        if url.path in ("/sparql", "/query", "/update"):
            if ctype == "application/sparql-update" or url.path == "/update":
                text = body.decode("utf-8") if ctype != "application/x-www-form-urlencoded" else \
                    urllib.parse.parse_qs(body.decode("utf-8")).get("update", [""])[0]
                return self._update(text)
            if ctype == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body.decode("utf-8"))
                if "update" in form:
                    return self._update(form["update"][0])
                if "query" not in form:
                    return self._error(400, "missing query= in the form")
                return self._query(form["query"][0])
            if ctype == "application/sparql-query":
                return self._query(body.decode("utf-8"))
            return self._error(415, "send a query as application/sparql-query or a urlencoded form")
        if url.path == "/store":
            return self._forward_store("POST", url.query, body)
        return self._error(404, "not found")

    def do_PUT(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/store":
            return self._error(405, "PUT is only for /store (Graph Store Protocol)")
        return self._forward_store("PUT", url.query, self._body())

    def do_DELETE(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/store":
            return self._error(405, "DELETE is only for /store")
        return self._forward_store("DELETE", url.query, b"")

    # -------------------------------------------------------------- queries
    def _query(self, text: str) -> None:
        accept = self.headers.get("Accept")
        upstream = urllib.request.Request(
            f"{self.engine.url}/query", data=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query",
                     "Accept": "text/tab-separated-values, application/n-triples;q=0.9, "
                               "application/sparql-results+json;q=0.8"})
        try:
            resp = urllib.request.urlopen(upstream, timeout=self.timeout + 1)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            if "timeout" in detail.lower() or exc.code in (503, 504):
                return self._error(503, f"the query ran longer than {self.timeout:.0f} s and was stopped")
            return self._error(400 if exc.code < 500 else exc.code, detail.strip() or exc.reason)
        except (TimeoutError, socket.timeout):
            return self._error(503, f"the query ran longer than {self.timeout:.0f} s and was stopped")
        with resp:
            kind = resp.headers.get("Content-Type", "").split(";")[0]
            lines, truncated = [], False
            limit = self.max_rows + 1 if kind == "text/tab-separated-values" else self.max_rows
            if kind in ("text/tab-separated-values", "application/n-triples"):
                for line in resp:
                    if len(lines) >= limit:
                        truncated = True
                        break
                    lines.append(line)
                raw = b"".join(lines)
            else:
                raw = resp.read()
        headers = {"X-CadreGraph-Truncated": "true"} if truncated else {}
        try:
            body, media = self._results(raw, kind, accept)
        except (SyntaxError, ValueError):
            # the engine streams its results: a query cancelled at its time
            # limit ends in an error message instead of rows
            if b"cancelled" in raw[-200:]:
                return self._error(503, f"the query ran longer than {self.timeout:.0f} s and was stopped")
            return self._error(502, "the engine sent results that do not parse")
        if body is None:
            return self._error(406, "results are served as " + ", ".join(media))
        return self._send(200, body, media + ("; charset=utf-8" if media.startswith("text/") else ""), headers)

    @staticmethod
    def _results(raw: bytes, kind: str, accept: str | None) -> tuple[bytes | None, str | list[str]]:
        """The engine's results in the media type the client prefers: (body,
        media type), or (None, the types on offer) when none fits."""
        if kind == "application/n-triples":
            media = _accept(accept, list(GRAPH_TYPES))
            if media is None:
                return None, list(GRAPH_TYPES)
            return ox.serialize(list(ox.parse(raw, ox.RdfFormat.N_TRIPLES)), format=GRAPH_TYPES[media]), media
        fmt = ox.QueryResultsFormat.TSV if kind == "text/tab-separated-values" else ox.QueryResultsFormat.JSON
        result = ox.parse_query_results(raw, fmt)
        offered = ["application/sparql-results+json", "application/sparql-results+xml"]
        if not isinstance(result, ox.QueryBoolean):
            offered += ["text/csv", "text/tab-separated-values"]
        offered.append("application/json")
        media = _accept(accept, offered)
        if media is None:
            return None, offered
        return result.serialize(format=RESULT_TYPES[media]), media

    def _update(self, text: str) -> None:
        if not self._authorised_writer():
            return self._error(403, "this endpoint is read-only; start it with `cadregraph serve --allow-updates`")
        self._relay("POST", "/update", text.encode("utf-8"), {"Content-Type": "application/sparql-update"})

    def _forward_store(self, method: str, query: str, body: bytes) -> None:
        if method != "GET" and not self._authorised_writer():
            return self._error(403, "this endpoint is read-only; start it with `cadregraph serve --allow-updates`")
        headers = {k: v for k, v in (("Content-Type", self.headers.get("Content-Type")),
                                     ("Accept", self.headers.get("Accept"))) if v}
        self._relay(method, "/store" + (f"?{query}" if query else ""), body or None, headers)

    def _relay(self, method: str, path: str, body: bytes | None, headers: dict) -> None:
        req = urllib.request.Request(self.engine.url + path, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=max(self.timeout, 600)) as resp:
                data = resp.read()
                self._send(resp.status, data, resp.headers.get("Content-Type", "text/plain"))
        except urllib.error.HTTPError as exc:
            self._error(exc.code, exc.read().decode("utf-8", "replace"))

    # --------------------------------------------------------------- static
    def _static(self, path: str) -> None:
        rel = urllib.parse.unquote(path).lstrip("/") or "index.html"
        root = self.site.resolve()
        target = (root / rel).resolve()
        if not target.is_relative_to(root):
            return self._error(403, "outside the site")
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return self._error(404, "not found")
        self._send(200, target.read_bytes(), STATIC_TYPES.get(target.suffix, "application/octet-stream"))


def serve(store: str, host: str = "127.0.0.1", port: int = 7878, allow_updates: bool = False,
          timeout: float = 30.0, max_rows: int = 10_000, site: Path | None = None,
          ready: threading.Event | None = None) -> int:
    from ..store import RemoteStore
    from ..viz.site import write_site

    folder = Path(store)
    lock = StoreLock(folder, wait=5)
    lock.acquire()                     # no other process may open the store directly while we serve
    engine = Engine(folder / DATA_NAME, timeout)
    token = secrets.token_hex(16)
    httpd = None
    own_site = site is None
    try:
        if own_site:
            site = Path(tempfile.mkdtemp(prefix="cadregraph-site-"))
            write_site(RemoteStore(engine.url), site)
        handler = type("Handler", (Front,), dict(engine=engine, site=site, allow_updates=allow_updates,
                                                  token=token, timeout=timeout, max_rows=max_rows))
        httpd = ThreadingHTTPServer((host, port), handler)
        info = {"pid": os.getpid(), "url": f"http://{host}:{httpd.server_port}", "token": token}
        info_file = folder / SERVE_FILE
        info_file.write_text(json.dumps(info))
        os.chmod(info_file, 0o600)
        print(f"SPARQL endpoint: {info['url']}/sparql  (viewer: {info['url']}/)  "
              f"{'read-write' if allow_updates else 'read-only'}, timeout {timeout:.0f} s, "
              f"at most {max_rows} rows", file=sys.stderr, flush=True)
        signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=httpd.shutdown).start())
        if ready:
            ready.set()
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        if httpd:
            httpd.server_close()
        engine.stop()
        if own_site and site is not None:
            shutil.rmtree(site, ignore_errors=True)
        try:
            (folder / SERVE_FILE).unlink()
        except FileNotFoundError:
            pass
        lock.release()
    return 0
