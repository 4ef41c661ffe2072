"""Extraction on a Dask cluster (``cadregraph build ... --cluster
tcp://HOST:8786``).

Extraction is nine tenths of a build's work and needs nothing but the
article: the workers normalise and extract, chunks of articles at a time,
and send the extractions back. Everything that depends on the articles
before it stays in the building process, the one writer: identities are
resolved in input order (a person's IRI depends on every earlier mention
of the name), the article graphs are made from them, and batches are
committed exactly as in a local build. So a cluster build gives the same
store as a local one (tested), with the same crash safety (whole batches)
and idempotence (stored articles are skipped before any work is sent).

The workers need the same version of CadreGraph installed; they read
nothing from disk, since each chunk carries its articles' text. A bounded
number of chunks is in flight (``WINDOW`` per worker), so memory stays
flat however large the input; a worker lost mid-chunk has its chunk run
again elsewhere by Dask (extraction is a pure function of the article).
"""
from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator

from ..core.errors import CadreGraphError
from ..read.load import Loaded
from .extraction import Result, chunks, extract_many

CHUNK = 64           # articles per task: large enough to hide the round trip
WINDOW = 4           # tasks in flight per worker thread


def cluster_extractions(loaded: Iterable[Loaded], address: str, timeout: float = 10.0,
                        chunk: int = CHUNK) -> Iterator[tuple[Loaded, Result]]:
    """Extractions in input order, computed on the Dask cluster whose
    scheduler is at ``address``."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise CadreGraphError("--cluster needs Dask: pip install 'cadregraph[cluster]'") from exc
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise CadreGraphError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        threads = sum(client.nthreads().values()) or 1
        window: deque[tuple[list[Loaded], object]] = deque()
        for items in chunks(loaded, chunk):
            window.append((items, client.submit(extract_many, [c.article for c in items], pure=False)))
            if len(window) >= WINDOW * threads:
                yield from _done(*window.popleft())
        while window:
            yield from _done(*window.popleft())


def _done(items: list[Loaded], future) -> Iterator[tuple[Loaded, Result]]:
    results = future.result()
    future.release()
    yield from zip(items, results)
