"""The default store: Oxigraph (pyoxigraph) on disk, no server needed.

One process at a time owns an Oxigraph store on disk. An advisory lock
file says who: a build holds it per batch of articles and lets go in
between, so a query waiting for the lock is answered between batches and
sees whole articles only.
"""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib.term import Node

from ..errors import StoreError
from .base import DATASET_FORMATS, FORMATS, Rows, Store, insert_values, serialize, to_rdflib

LOCK_NAME = "cadregraph.lock"
DATA_NAME = "oxigraph"


class StoreLock:
    """An exclusive advisory lock on a store folder (fcntl.flock)."""

    def __init__(self, folder: Path, wait: float) -> None:
        self.path = folder / LOCK_NAME
        self.wait = wait
        self._fh = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "a+")
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fh.seek(0)
                self._fh.truncate()
                self._fh.write(str(os.getpid()))
                self._fh.flush()
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self.path.read_text().strip() or "another process"
                    self._fh.close()
                    raise StoreError(
                        f"the store {self.path.parent} is busy (held by process {holder}) and stayed busy "
                        f"for {self.wait:.0f} s; to query a store while a build writes, run "
                        f"`cadregraph serve --store {self.path.parent}` and pass its URL as --store")
                time.sleep(0.02)

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


class EmbeddedStore(Store):
    def __init__(self, folder: str | Path, wait: float = 60.0) -> None:
        self.folder = Path(folder)
        self.location = str(self.folder)
        self._lock = StoreLock(self.folder, wait)
        self._store: ox.Store | None = None
        self.open()

    # ------------------------------------------------------ life cycle
    def open(self) -> None:
        if self._store is not None:
            return
        if self.folder.exists() and not self.folder.is_dir():
            raise StoreError(f"{self.folder} is a file, not a store folder")
        self._lock.acquire()
        try:
            self._store = ox.Store(str(self.folder / DATA_NAME))
        except OSError as exc:
            self._lock.release()
            raise StoreError(f"cannot open the store at {self.folder}: {exc}") from exc

    def close(self) -> None:
        """Flush and let go of the store (and the lock), so that another
        process can use it."""
        if self._store is not None:
            self._store.flush()
            self._store = None          # pyoxigraph closes the database when dropped
        self._lock.release()

    def pause(self, seconds: float = 0.06) -> None:
        """Let a waiting process in, then take the store back."""
        self.close()
        time.sleep(seconds)
        self.open()

    @property
    def ox(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    # -------------------------------------------------------- reading
    def query(self, sparql: str, bindings: dict[str, Node] | None = None, union: bool = True,
              exclude: tuple[str, ...] = ()):
        options = {"use_default_graph_as_union": union}
        if union and exclude and any(self.ox.contains_named_graph(ox.NamedNode(g)) for g in exclude):
            options = {"default_graph": [g for g in self.ox.named_graphs() if g.value not in exclude]}
        try:
            result = self.ox.query(insert_values(sparql, bindings or {}), **options)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc
        except RuntimeError as exc:
            raise StoreError(f"query failed: {exc}") from exc
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return Rows(names, [tuple(to_rdflib(sol[v]) for v in names) for sol in result])
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return [tuple(to_rdflib(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in result]

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def dump(self, out: BinaryIO, fmt: str, graph: str | None = None) -> None:
        if graph:
            serialize((ox.Triple(q.subject, q.predicate, q.object) for q in self.quads(graph)), out, fmt)
        elif fmt in DATASET_FORMATS:
            serialize(self.ox.quads_for_pattern(None, None, None), out, fmt)
        else:
            serialize(self.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True),
                      out, fmt)

    def quads(self, graph: str | None = None):
        g = ox.NamedNode(graph) if graph else None
        return self.ox.quads_for_pattern(None, None, None, g)

    # -------------------------------------------------------- writing
    def write_graphs(self, graphs: dict[str, list[ox.Quad]]) -> None:
        existing = {g for g in graphs if self.ox.contains_named_graph(ox.NamedNode(g))}
        fresh = [q for g, qs in graphs.items() if g not in existing for q in qs]
        try:
            if fresh:
                self.ox.extend(fresh)               # one transaction
            for g in sorted(existing):
                body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in graphs[g])
                self.ox.update(f"DROP SILENT GRAPH <{g}> ; INSERT DATA {{ GRAPH <{g}> {{ {body} }} }}")
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.folder}: {exc}") from exc

    def bulk_write(self, quads) -> None:
        """Fast load of many quads, for benchmarks and restores (not atomic)."""
        self.ox.bulk_extend(quads)

    def update(self, sparql: str) -> None:
        try:
            self.ox.update(sparql)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc

    def clear_graph(self, graph: str) -> None:
        g = ox.NamedNode(graph)
        if self.ox.contains_named_graph(g):
            self.ox.remove_graph(g)

    def load_file(self, path: Path, fmt: str, graph: str) -> None:
        self.ox.load(path=str(path), format=FORMATS[fmt], to_graph=ox.NamedNode(graph))
