"""Stage 5, store. In: quads and SPARQL. Out: rows, graphs and dumps, from the
embedded on-disk Oxigraph store or a remote SPARQL 1.1 endpoint."""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

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
    running: {"pid", "url", "token"} from FOLDER/serve.json."""
    try:
        info = json.loads((Path(folder) / SERVE_FILE).read_text())
        os.kill(int(info["pid"]), 0)
        return info
    except (OSError, ValueError, KeyError, TypeError):
        return None


def open_store(location: str | Path | None = None, wait: float = 60.0) -> Store:
    """A folder opens the embedded store (created on first use), or the
    server that serves it when `cadregraph serve` runs on it; an http(s)
    URL opens a remote SPARQL 1.1 store."""
    loc = str(location or default_location())
    if is_remote(loc):
        return remote_store(loc)
    server = running_server(loc)
    if server:
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
