"""Stage 5, store. In: quads and SPARQL. Out: rows, graphs and dumps, from the
embedded on-disk Oxigraph store or a remote SPARQL 1.1 endpoint."""
from __future__ import annotations

import json
import os
from pathlib import Path

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
        return RemoteStore(loc)
    server = running_server(loc)
    if server:
        return RemoteStore(server["url"], token=server["token"])
    return EmbeddedStore(loc, wait=wait)


__all__ = ["Rows", "Store", "EmbeddedStore", "RemoteStore", "open_store", "default_location", "is_remote",
           "running_server", "SERVE_FILE"]
