"""The Python API, for notebooks and scripts; the command line is a thin
layer over it.

    from cadregraph.api import KnowledgeGraph

    with KnowledgeGraph("cadregraph-store") as kg:
        kg.build(["data/samples"])
        for row in kg.query("career", name="Tô Lâm").records():
            print(row["role"], row["body"], row["firstSeen"])
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .resolve import curation as curation_mod
from .use import named as queries
from .use.facts import read_facts
from .extract.gazetteer import load as load_gazetteer
from .build.identities import curate
from .build.ingest import BuildReport, build
from .store import EmbeddedStore, Store, default_location, is_remote, open_store
from .store.writer import WriterLock
from .build.summaries import refresh_summaries

CURATION_FILE = "curation.csv"


class KnowledgeGraph:
    """A store of article graphs with the named queries over it."""

    def __init__(self, location: str | Path | None = None, wait: float = 60.0) -> None:
        self.location = str(location or default_location())
        self.wait = wait
        self.store: Store = open_store(self.location, wait=wait)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----------------------------------------------------------- building
    @contextmanager
    def writing(self) -> Iterator[None]:
        """Be the store's only writer for the block (see ``store.writer``):
        another build, curation or reasoning on the same folder waits for it
        (a URL store's owner orders its writers)."""
        if is_remote(self.location):
            yield
            return
        lock = WriterLock(Path(self.location))
        if not lock.try_acquire():
            print(f"cadregraph: process {lock.holder()} is writing {self.location}; waiting for it to finish",
                  file=sys.stderr, flush=True)
            self.store.close()            # let that writer in between its batches while we wait
            lock.acquire()
            self.store = open_store(self.location, wait=self.wait)
        try:
            yield
        finally:
            lock.release()

    def curation_path(self, override: str | Path | None = None) -> Path | None:
        if override:
            return Path(override)
        if isinstance(self.store, EmbeddedStore):
            return Path(self.location) / CURATION_FILE
        return None

    def build(self, inputs: Iterable[str | Path], *, jobs: int = 1, replace: bool = False,
              curation: str | Path | None = None, progress: bool = False,
              max_bytes: int | None = None, batch_size: int = 200, cluster: str | None = None) -> BuildReport:
        """Build articles into the store (``cluster``: a Dask scheduler
        address to extract on, instead of ``jobs`` local processes)."""
        cur = curation_mod.load(self.curation_path(curation))
        with self.writing():
            return build(inputs, self.store, jobs=jobs, replace=replace, curation=cur, progress=progress,
                         max_bytes=max_bytes, batch_size=batch_size, cluster=cluster)

    def apply_curation(self, curation: str | Path | None = None) -> int:
        """Carry out the curator's decisions in the store now."""
        with self.writing():
            changed = curate(self.store, curation_mod.load(self.curation_path(curation)), load_gazetteer())
            refresh_summaries(self.store)
        return changed

    # ------------------------------------------------------------ reading
    def queries(self) -> dict[str, queries.NamedQuery]:
        return queries.library()

    def query(self, name_or_sparql: str, *, inferences: bool = True, **params: str):
        """Run a named query (or a .rq file, or SPARQL text) with keyword
        parameters; SELECT gives ``Rows`` (``.dicts()`` for dictionaries)."""
        if "\n" in name_or_sparql or name_or_sparql.lstrip().upper().startswith(
                ("SELECT", "PREFIX", "ASK", "CONSTRUCT", "DESCRIBE")):
            q = queries.parse_query(name_or_sparql, "adhoc")
            q.params = [queries.Param(k, "text", "") for k in params]
        else:
            q = queries.get(name_or_sparql)
        return queries.run(self.store, q, {k: str(v) for k, v in params.items()}, inferences=inferences)

    def facts(self, article_ids: set[str] | None = None) -> dict[str, dict]:
        return read_facts(self.store, article_ids)

    def dump(self, out: BinaryIO, fmt: str = "trig", graph: str | None = None) -> None:
        self.store.dump(out, fmt, graph)
