"""Stage 5, store. In: quads and SPARQL. Out: rows, graphs and dumps, from the
embedded on-disk Oxigraph store or a remote SPARQL 1.1 endpoint."""
from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from ..core.errors import StoreError

from .base import Rows, Store
from .embedded import EmbeddedStore
from .remote import RemoteStore, is_remote
from .virtuoso import VirtuosoStore

#: Where the store lives when --store is not given.
DEFAULT_LOCATION = "cadregraph-store"


def default_location() -> str:
    return os.environ.get("CADREGRAPH_STORE", DEFAULT_LOCATION)


SERVE_FILE = "serve.json"


def running_server(folder: str | Path) -> dict | None:
    """The `cadregraph serve` process that owns a store folder, if one is
    running: {"pid", "url", "token"} from FOLDER/serve.json (a record left
    by a server that was killed names a process that is gone, or a zombie)."""
    try:
        info = json.loads((Path(folder) / SERVE_FILE).read_text())
        return info if _running(int(info["pid"])) and {"url", "token"} <= info.keys() else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True                 # no /proc here: the signal test is all there is


def _answers(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 80), timeout=5):
            return True
    except OSError:
        return False


def open_store(location: str | Path | None = None, wait: float = 60.0) -> Store:
    """A folder opens the embedded store (created on first use), or the
    server that serves it when `cadregraph serve` runs on it; an http(s)
    URL opens a remote SPARQL 1.1 store."""
    loc = str(location or default_location())
    if is_remote(loc):
        return remote_store(loc)
    server = running_server(loc)
    if server:
        if not _answers(server["url"]):
            record = Path(loc) / SERVE_FILE
            raise StoreError(f"{record} says `cadregraph serve` (process {server['pid']}) serves this store at "
                             f"{server['url']}, but nothing answers there; if no server runs on this store any "
                             f"more, delete {record}")
        return RemoteStore(server["url"], token=server["token"])
    return EmbeddedStore(loc, wait=wait)


def remote_store(url: str) -> RemoteStore:
    """The remote store for a URL: Virtuoso when ``CADREGRAPH_ENDPOINTS`` is
    ``virtuoso`` or a ``…/sparql`` URL answers with Virtuoso's Server
    header; otherwise a plain SPARQL 1.1 server (Oxigraph, Fuseki)."""
    kind = os.environ.get("CADREGRAPH_ENDPOINTS")
    if kind == "virtuoso" or (kind is None and url.rstrip("/").endswith("/sparql") and _is_virtuoso(url)):
        return VirtuosoStore(url)
    return RemoteStore(url)


def _is_virtuoso(url: str) -> bool:
    try:
        with urllib.request.urlopen(urllib.request.Request(url.rstrip("/"), method="HEAD"), timeout=10) as resp:
            server = resp.headers.get("Server", "")
    except urllib.error.HTTPError as exc:
        server = exc.headers.get("Server", "")
    except OSError:
        return False            # unreachable: the first request says so
    return server.startswith("Virtuoso")


__all__ = ["VirtuosoStore", "remote_store", "Rows", "Store", "EmbeddedStore", "RemoteStore", "open_store", "default_location", "is_remote",
           "running_server", "SERVE_FILE"]
