"""The default store: Oxigraph (pyoxigraph) on disk, no server needed.

One process at a time owns an Oxigraph store on disk. An advisory lock
file says who. A process waiting for the lock leaves a marker beside it;
a build that sees one lets go between two batches, so the waiting query
is answered and sees whole articles only.

New article graphs are written with Oxigraph's bulk loader, which is three
to five times faster than a transaction here: it sorts the quads of a call
into one set of files per index and ingests them into RocksDB in a single
atomic step, for calls of fewer than a million quads (we stay far below:
``BULK_LIMIT``). A build killed at any moment therefore leaves whole
batches; the crash tests check it. Everything else goes through transactions.
"""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib.term import Node

from ..core.errors import StoreError
from ..core import iris
from .base import (DATASET_FORMATS, FORMATS, Store, default_lines, insert_values, lines_of, prefixes_for,
                   replacement_update, rows_of, serialize, to_rdflib)

LOCK_NAME = "cadregraph.lock"
WAITING_PREFIX = "cadregraph.waiting."
DATA_NAME = "oxigraph"
# Oxigraph's bulk loader ingests up to a million quads in one atomic step.
BULK_LIMIT = 500_000


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
        marker = self.path.parent / f"{WAITING_PREFIX}{os.getpid()}"
        try:
            self._acquire(deadline, marker)
        finally:
            marker.unlink(missing_ok=True)

    def _acquire(self, deadline: float, marker: Path) -> None:
        while True:
            try:
                fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fh.seek(0)
                self._fh.truncate()
                self._fh.write(str(os.getpid()))
                self._fh.flush()
                return
            except BlockingIOError:
                marker.touch()
                if time.monotonic() >= deadline:
                    holder = self.path.read_text().strip() or "another process"
                    self._fh.close()
                    self._fh = None
                    raise StoreError(
                        f"the store {self.path.parent} is busy (held by process {holder}) and stayed busy "
                        f"for {self.wait:.0f} s; to query a store while a build writes, run "
                        f"`cadregraph serve --store {self.path.parent}` and pass its URL as --store")
                time.sleep(0.02)

    def others_waiting(self) -> bool:
        """Whether a live process waits for this lock."""
        for marker in self.path.parent.glob(WAITING_PREFIX + "*"):
            try:
                os.kill(int(marker.name[len(WAITING_PREFIX):]), 0)
                return True
            except (ValueError, ProcessLookupError):
                marker.unlink(missing_ok=True)
            except PermissionError:
                return True
        return False

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
        """Let a waiting process in, if there is one, then take the store back."""
        if not self._lock.others_waiting():
            return
        self.close()
        time.sleep(seconds)
        self.open()

    @property
    def ox(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    # -------------------------------------------------------- reading
    def query(self, sparql: str, bindings: dict[str, Node] | None = None, inferences: bool = True):
        options = {}
        if not inferences and self.ox.contains_named_graph(ox.NamedNode(iris.INFERRED_GRAPH)):
            options["default_graph"] = [ox.NamedNode(g) for g in self.knowledge_graphs()]
        result = self._run(insert_values(sparql, bindings or {}), **options)
        if isinstance(result, ox.QuerySolutions):
            return rows_of(result)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return [tuple(to_rdflib(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in result]

    def plain_rows(self, sparql: str) -> list[tuple[str | None, ...]]:
        return [tuple(None if t is None else t.value for t in sol) for sol in self._run(sparql)]

    def construct_lines(self, sparql: str) -> list[str]:
        return lines_of(self._run(sparql))

    def _run(self, sparql: str, **options):
        try:
            return self.ox.query(sparql, **options)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc
        except RuntimeError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def dump(self, out: BinaryIO, fmt: str, graph: str | None = None) -> None:
        if graph or fmt not in DATASET_FORMATS:
            # one graph: Oxigraph writes it itself, without a Python loop
            source = ox.NamedNode(graph) if graph else ox.DefaultGraph()
            if fmt in DATASET_FORMATS:
                quads = self.ox.quads_for_pattern(None, None, None, source)
                serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), out, fmt)
            else:
                self.ox.dump(out, FORMATS[fmt], from_graph=source, prefixes=prefixes_for(fmt))
        else:
            serialize((q for q in self.ox.quads_for_pattern(None, None, None)
                       if not isinstance(q.graph_name, ox.DefaultGraph)), out, fmt)

    # -------------------------------------------------------- writing
    def write_graphs(self, graphs: dict[str, list[str]], additions: dict[str, list[str]] | None = None,
                     merged: list[str] | None = None) -> None:
        additions = additions or {}
        existing = {g for g in graphs if self.ox.contains_named_graph(ox.NamedNode(g))}
        if merged is None:
            merged = default_lines(graphs, additions)
        try:
            if existing:        # one SPARQL update: one transaction
                self.ox.update(replacement_update(graphs, existing, additions, merged))
                return
            parts = [line[:-1] + f"<{g}> .\n" for part in (graphs, additions) for g, lines in part.items()
                     for line in lines]
            count = len(parts) + len(merged)
            data = ("".join(parts) + "\n".join(merged) + "\n").encode("utf-8")
            if count <= BULK_LIMIT:      # one atomic ingestion (see the module's notes)
                self.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            else:                        # one transaction
                self.ox.load(data, format=ox.RdfFormat.N_QUADS)
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.folder}: {exc}") from exc
        except SyntaxError as exc:
            raise StoreError(f"not valid N-Triples: {exc}") from exc

    def update(self, sparql: str) -> None:
        try:
            self.ox.update(sparql)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc
