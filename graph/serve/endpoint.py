"""`cadregraph serve`: the SPARQL 1.1 endpoint and the viewer pages.

Three parts, one job each: the engine process that holds the store
(``engine``, started and restarted by ``supervisor``), the HTTP front that
checks and routes requests (``front``, with ``limits`` for what it accepts),
and this module, which puts them together for as long as the server runs:
it binds the port first (a busy port is a one-line error), writes the
viewer pages, holds the store's lock, and leaves ``STORE/serve.json`` so
that other commands on the store go through the server.
"""
from __future__ import annotations

import errno
import ipaddress
import json
import os
import secrets
import shutil
import signal
import sys
import tempfile
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from ..core.errors import InputError
from ..store import SERVE_FILE
from ..store.embedded import DATA_NAME, EmbeddedStore, StoreLock
from .front import Front, Settings
from .supervisor import Supervisor


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024           # connections waiting to be accepted (the default, 5, resets clients)


def _listen(host: str, port: int) -> ThreadingHTTPServer:
    try:
        return _Server((host, port), Front)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise InputError(f"cannot listen on {host}:{port}: the port is in use (choose another with --port, "
                             f"or --port 0 for any free one)") from exc
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def _hosts(host: str, port: int) -> frozenset[str] | None:
    """The Host headers a loopback server accepts (a page whose name was
    made to point at 127.0.0.1 sends its own name, and is refused)."""
    if not _loopback(host):
        return None
    names = {"127.0.0.1", "localhost", "[::1]", host.lower()}
    return frozenset(n for name in names for n in (name, f"{name}:{port}"))


def _interrupt(*_) -> None:
    raise KeyboardInterrupt


def serve(store: str, host: str = "127.0.0.1", port: int = 7878, allow_updates: bool = False,
          allow_federation: bool = False, timeout: float = 30.0, max_rows: int = 10_000,
          max_request_kb: int = 1024, cors: str | None = None, site: Path | None = None,
          ready: threading.Event | None = None) -> int:
    from ..viz.site import write_site

    folder = Path(store)
    signal.signal(signal.SIGTERM, _interrupt)        # a stop while starting cleans up as well
    httpd = _listen(host, port)
    own_site = site is None
    lock = engine = None
    try:
        if own_site:
            site = Path(tempfile.mkdtemp(prefix="cadregraph-site-"))
            with EmbeddedStore(folder, wait=5) as pages_from:
                write_site(pages_from, site)
        lock = StoreLock(folder, wait=5)
        lock.acquire()                 # no other process may open the store directly while we serve
        engine = Supervisor(folder / DATA_NAME, allow_federation)
        token = secrets.token_hex(16)
        actual_port = httpd.server_port
        httpd.RequestHandlerClass = type("Handler", (Front,), {"settings": Settings(
            engine=engine, site=site, token=token, allow_updates=allow_updates, timeout=timeout,
            max_rows=max_rows, max_request=max_request_kb * 1024, cors=cors, hosts=_hosts(host, actual_port))})
        url = f"http://{host}:{actual_port}"
        info_file = folder / SERVE_FILE
        info_file.write_text(json.dumps({"pid": os.getpid(), "url": url, "token": token}))
        os.chmod(info_file, 0o600)
        print(f"SPARQL endpoint: {url}/sparql  (viewer: {url}/)  "
              f"{'read-write' if allow_updates else 'read-only'}, timeout {timeout:g} s, at most {max_rows} rows"
              f"{', federation allowed' if allow_federation else ''}"
              f"{f', pages of {cors} may read it' if cors else ''}", file=sys.stderr, flush=True)
        if ready:
            ready.set()
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
        if engine is not None:
            engine.stop()
        if own_site and site is not None:
            shutil.rmtree(site, ignore_errors=True)
        if lock is not None:
            (folder / SERVE_FILE).unlink(missing_ok=True)
            lock.release()
    return 0
