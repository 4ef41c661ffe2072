"""The HTTP front of `cadregraph serve`: routes, who may do what, and the
answers; the engine (``supervisor``) does the work.

* ``/sparql`` and ``/query``: SPARQL 1.1 Protocol queries by GET or POST;
  ``/update`` (and ``/sparql``) updates, refused unless ``--allow-updates``;
* ``/store``: the Graph Store Protocol; reads are cut at ``--max-rows`` quads
  and stopped at ``--timeout`` like queries, writes refused like updates;
* everything else: the viewer pages, from a folder nothing can escape.

The token in ``STORE/serve.json`` (readable by the store's owner only) marks
the other `cadregraph` commands on the served store: they may write, and
their reads are neither cut nor timed out, so that a build or a dump going
through the server loses nothing.
"""
from __future__ import annotations

import hmac
import socket
import sys
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from . import limits, wire
from .limits import Refused
from .supervisor import EngineLost, Stopped, Supervisor

STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".png": "image/png", ".json": "application/json"}
READ_ONLY = "this endpoint is read-only; start it with `cadregraph serve --allow-updates`"


@dataclass(frozen=True)
class Settings:
    engine: Supervisor
    site: Path
    token: str
    allow_updates: bool
    timeout: float
    max_rows: int
    max_request: int                    # bytes
    cors: str | None                    # the one origin allowed to read answers from a web page
    hosts: frozenset[str] | None        # the Host headers accepted (None: any)


class Front(BaseHTTPRequestHandler):
    server_version = "CadreGraph"
    timeout = 30                        # seconds a client has to send its request
    settings: Settings

    def log_message(self, fmt, *args):  # quiet: errors are answered, not logged
        pass

    # -------------------------------------------------------------- methods
    def do_GET(self):
        self._handle(self._get)

    def do_HEAD(self):
        self._handle(self._get)

    def do_POST(self):
        self._handle(self._post)

    def do_PUT(self):
        self._handle(self._store_write)

    def do_DELETE(self):
        self._handle(self._store_write)

    def do_OPTIONS(self):
        self._handle(self._options)

    def _handle(self, route) -> None:
        self._started = self._unread = False
        try:
            self._check_host()
            path, query = limits.split_target(self.path)
            route(path, query)
        except Refused as exc:
            self._error(exc.status, exc.message)
            self._unread = exc.unread
        except Stopped:
            self._error(503, f"the query ran longer than {self.settings.timeout:g} s and was stopped",
                        {"X-CadreGraph-Timeout": f"{self.settings.timeout:g}"})
        except EngineLost:
            self._error(503, "the query engine stopped while answering (it has been restarted); send it again")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as exc:  # noqa: BLE001 - one line on stderr, a 500 to the client, serving goes on
            print(f"cadregraph serve: {self.command} {self.path[:200]!r}: {type(exc).__name__}: {exc}",
                  file=sys.stderr, flush=True)
            self._error(500, f"internal error ({type(exc).__name__})")

    def finish(self) -> None:
        super().finish()
        if getattr(self, "_unread", False):
            self._drain()

    def _drain(self, seconds: float = 2, most: int = 64 << 20) -> None:
        """Read and drop what the client is still sending of a body that was
        refused, so that it reads the answer instead of a connection reset."""
        try:
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(seconds)
            while most > 0 and (chunk := self.connection.recv(1 << 16)):
                most -= len(chunk)
        except OSError:
            pass

    def _check_host(self) -> None:
        host = self.headers.get("Host")
        if self.settings.hosts is not None and host is not None and host.lower() not in self.settings.hosts:
            raise Refused(403, f"this endpoint answers requests to {sorted(self.settings.hosts)[0]} only, "
                               f"not to {host[:100]!r}")

    # ------------------------------------------------------------- routing
    def _get(self, path: str, query: str) -> None:
        if path in ("/sparql", "/query"):
            params = limits.fields(query)
            if "update" in params:
                raise Refused(405, "updates must be sent with POST")
            if "query" not in params:
                raise Refused(400, "missing ?query= (a SPARQL 1.1 query)")
            return self._query(params["query"][0], params)
        if path == "/store":
            return self._store_read(limits.fields(query))
        return self._static(path)

    def _post(self, path: str, query: str) -> None:
        if path not in ("/sparql", "/query", "/update", "/store"):
            raise Refused(404, "not found")
        if path == "/store":
            return self._store_write(path, query)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        params = limits.fields(query)
        if ctype == "application/x-www-form-urlencoded":
            form = limits.fields(limits.text(body, "the form"))
            params.update(form)
            if "update" in form:
                return self._update(form["update"][0])
            if "query" not in form:
                raise Refused(400, "missing query= in the form")
            return self._query(form["query"][0], params)
        if ctype == "application/sparql-update" or path == "/update":
            return self._update(limits.text(body))
        if ctype == "application/sparql-query":
            return self._query(limits.text(body), params)
        raise Refused(415, "send a query as application/sparql-query or a urlencoded form")

    def _options(self, path: str, query: str) -> None:
        headers = {"Allow": "GET, HEAD, POST, PUT, DELETE, OPTIONS"}
        if self.settings.cors:
            headers.update({"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                            "Access-Control-Allow-Headers": "Content-Type, Accept",
                            "Access-Control-Max-Age": "600"})
        self._send(204, b"", "text/plain", headers)

    # ------------------------------------------------------------- queries
    def _trusted(self) -> bool:
        """Whether the request carries this server's token (a `cadregraph`
        command of the store's owner)."""
        return hmac.compare_digest(self.headers.get("Authorization", ""), f"Bearer {self.settings.token}")

    def _may_write(self) -> bool:
        return self.settings.allow_updates or self._trusted()

    def _body(self) -> bytes:
        return limits.read_body(self.headers, self.rfile, None if self._trusted() else self.settings.max_request)

    def _deadline(self) -> float | None:
        return None if self._trusted() else time.monotonic() + self.settings.timeout

    def _limit(self) -> int | None:
        return None if self._trusted() else self.settings.max_rows

    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        head = {"op": "query", "accept": self.headers.get("Accept"), "limit": self._limit(),
                "default_graphs": params.get("default-graph-uri"), "named_graphs": params.get("named-graph-uri")}
        self._answer(*self.settings.engine.call(head, text.encode("utf-8"), self._deadline()))

    def _update(self, text: str) -> None:
        if not self._may_write():
            raise Refused(403, READ_ONLY)
        self._answer(*self.settings.engine.call({"op": "update"}, text.encode("utf-8"), self._deadline(),
                                                repeatable=self._trusted()))

    # ------------------------------------------------------- graph store
    @staticmethod
    def _target(params: dict[str, list[str]]) -> dict:
        if "graph" in params:
            return {"graph": params["graph"][0]}
        return {"default": True} if "default" in params else {}

    def _store_read(self, params: dict[str, list[str]]) -> None:
        head = {"op": "get", "accept": self.headers.get("Accept"), "limit": self._limit(), **self._target(params)}
        if not self._trusted():
            return self._answer(*self.settings.engine.call(head, b"", self._deadline()))
        # the owner's dump: no cap and no deadline, sent as it is written
        answer, frames = self.settings.engine.stream({**head, "stream": True})
        if answer["status"] != 200:
            return self._answer(answer, b"".join(frames))
        self._send_stream(answer["media"], frames)

    def _store_write(self, path: str, query: str) -> None:
        if path != "/store":
            raise Refused(405, f"{self.command} is only for /store (Graph Store Protocol)")
        if not self._may_write():
            raise Refused(403, READ_ONLY)
        head = {"op": self.command.lower(), "content_type": self.headers.get("Content-Type"),
                **self._target(limits.fields(query))}
        body = self._body() if self.command != "DELETE" else b""
        self._answer(*self.settings.engine.call(head, body, self._deadline(), repeatable=self._trusted()))

    # ------------------------------------------------------------- static
    def _static(self, path: str) -> None:
        root = self.settings.site.resolve()
        target = (root / (path.lstrip("/") or "index.html")).resolve()
        if not target.is_relative_to(root):
            raise Refused(403, "outside the site")
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            raise Refused(404, "not found")
        self._send(200, target.read_bytes(), STATIC_TYPES.get(target.suffix, "application/octet-stream"))

    # ------------------------------------------------------------ answers
    def _answer(self, head: dict, body: bytes) -> None:
        self._send(head["status"], body, head["media"], head.get("headers"))

    def _send(self, code: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
        self._started = True
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self._common_headers(headers)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_stream(self, ctype: str, frames) -> None:
        """A body of unknown length, chunked: a client sees a body cut short
        (the engine died) as an incomplete answer, never as a whole one."""
        self._started = True
        if self.request_version == "HTTP/1.1":
            self.protocol_version = "HTTP/1.1"
        chunked = self.protocol_version == "HTTP/1.1"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self._common_headers(None)
        self.end_headers()
        try:
            for data in frames:
                self.wfile.write(b"%x\r\n%b\r\n" % (len(data), data) if chunked else data)
        except wire.Cut:
            return                      # closing without the last chunk tells the client
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _common_headers(self, headers: dict | None) -> None:
        if self.settings.cors:
            self.send_header("Access-Control-Allow-Origin", self.settings.cors)
            self.send_header("Vary", "Origin")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (headers or {}).items():
            self.send_header(k, v)

    def _error(self, code: int, message: str, headers: dict | None = None) -> None:
        if self._started:               # the answer is under way: cutting it is all that is left
            self.close_connection = True
            return
        self._send(code, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)
