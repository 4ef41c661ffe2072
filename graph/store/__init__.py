"""Stage 5, store. In: quads and SPARQL. Out: rows, graphs and dumps, from the
embedded on-disk Oxigraph store or a remote SPARQL 1.1 endpoint."""
from __future__ import annotations

import json
import os
import socket
import urllib.parse
from pathlib import Path

from ..core.errors import StoreError

from .base import Rows, Store
from .embedded import EmbeddedStore
from .remote import RemoteStore, is_remote

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
        return RemoteStore(loc)
    server = running_server(loc)
    if server:
        if not _answers(server["url"]):
            record = Path(loc) / SERVE_FILE
            raise StoreError(f"{record} says `cadregraph serve` (process {server['pid']}) serves this store at "
                             f"{server['url']}, but nothing answers there; if no server runs on this store any "
                             f"more, delete {record}")
        return RemoteStore(server["url"], token=server["token"])
    return EmbeddedStore(loc, wait=wait)


__all__ = ["Rows", "Store", "EmbeddedStore", "RemoteStore", "open_store", "default_location", "is_remote",
           "running_server", "SERVE_FILE"]
