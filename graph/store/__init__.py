"""Quad stores: the embedded Oxigraph store and remote SPARQL 1.1 endpoints."""
from __future__ import annotations

import os
from pathlib import Path

from .base import Rows, Store
from .embedded import EmbeddedStore
from .remote import RemoteStore, is_remote

#: Where the store lives when --store is not given.
DEFAULT_LOCATION = "cadregraph-store"


def default_location() -> str:
    return os.environ.get("CADREGRAPH_STORE", DEFAULT_LOCATION)


def open_store(location: str | Path | None = None, wait: float = 60.0) -> Store:
    """A folder opens the embedded store (created on first use); an
    http(s) URL opens a remote SPARQL 1.1 store."""
    loc = str(location or default_location())
    if is_remote(loc):
        return RemoteStore(loc)
    return EmbeddedStore(loc, wait=wait)


__all__ = ["Rows", "Store", "EmbeddedStore", "RemoteStore", "open_store", "default_location", "is_remote"]
