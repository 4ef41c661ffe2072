"""Reading and extraction on a Dask cluster (``cadregraph build ...
--cluster tcp://HOST:8786``).

What runs where:

* this process (the client, and the one writer) walks the input folders
  and sends the workers *pieces* of the input: file paths, and byte ranges
  of large JSONL files (a worker finds the line ends). No article text is
  sent.
* a worker reads its piece (decoding, JSON, web pages through trafilatura,
  WARC records), keeps the articles in its memory, and sends back each
  article's heading: id, source, the hash of its text and its fingerprint.
* the writer decides on the headings, in input order: an article stored
  with the same hash is skipped (nothing more is sent or computed for it),
  one that repeats a text is marked; it then asks the worker holding the
  admitted articles to normalise and extract them, and gets the
  extractions back.
* the writer resolves identities in input order (a person's IRI depends on
  every earlier mention of the name and on the identities already in the
  store), makes each article's RDF and commits batches exactly as a local
  build does. So a cluster build gives the same store as a local one
  (tested), with the same crash safety (whole batches) and idempotence.

The workers need the same version of CadreGraph and must see the input
under the same paths (a shared file system). A piece whose files a worker
cannot see is read here instead and its articles sent to the workers, the
way every article was before. A bounded number of pieces and extraction
tasks is in flight (``WINDOW`` per worker thread), so memory stays flat
however large the input; a worker lost mid-task has its task run again
elsewhere by Dask (reading and extraction are pure functions of the input).
"""
from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..core.errors import CadreGraphError
from ..read.load import Loaded, Loader, Piece, Problem, line_pieces
from .extraction import Heading, Result, extract_one, heading

CHUNK = 64           # articles per extraction task: large enough to hide the round trip
PIECE = 128_000      # bytes of input per reading task
WINDOW = 4           # tasks of each kind in flight per worker thread

Read = tuple[list[Loaded], list[Problem]]
Ref = tuple[object, int]          # (the future of a piece read on a worker, the article's place in it)


# ------------------------------------------------------------ on the workers
def read_pieces(pieces: list[Piece], max_bytes: int) -> Read | None:
    """The articles of ``pieces`` and the problems met reading them; None
    when a file is not there (not visible from this worker)."""
    if not all(os.path.exists(p.path) for p in pieces):
        return None
    loader = Loader(max_bytes)
    return [item for p in pieces for item in loader.read(p)], loader.problems


def headings_of(read: Read | None) -> tuple[list[Heading], list[Problem]] | None:
    if read is None:
        return None
    loaded, problems = read
    return [heading(item, here=False) for item in loaded], problems


def extract_chosen(read: Read, places: list[int]) -> list[tuple[Loaded, Result]]:
    loaded = read[0]
    return [(loaded[i], extract_one(loaded[i].article)) for i in places]


def pieces_of(path: str, size: int) -> list[Piece] | None:
    """``line_pieces``, or None when the file is not visible from here."""
    return line_pieces(path, size) if os.path.exists(path) else None


# ------------------------------------------------------------ on the writer
def cluster_extractions(paths: Iterable[str | Path], loader: Loader,
                        admit: Callable[[Iterable[tuple[Heading, Ref]]], Iterator[Ref]], address: str,
                        timeout: float = 10.0) -> Iterator[tuple[Loaded, Result]]:
    """The articles under ``paths`` that ``admit`` lets through, with their
    extractions, in input order: read and extracted on the Dask cluster
    whose scheduler is at ``address``."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise CadreGraphError("--cluster needs Dask: pip install 'cadregraph[cluster]'") from exc
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise CadreGraphError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        ahead = WINDOW * (sum(client.nthreads().values()) or 1)
        headed = _headed(client, loader, _bundles(client, loader, paths, PIECE, CHUNK), ahead)
        window: deque = deque()
        for read, places in _groups(admit(headed), CHUNK):
            window.append(client.submit(extract_chosen, read, places, pure=False))
            if len(window) >= ahead:
                yield from _done(window.popleft())
        while window:
            yield from _done(window.popleft())


def _bundles(client, loader: Loader, paths, size: int, most: int) -> Iterator[list[Piece]]:
    """The input as lists of pieces of about ``size`` bytes: small files
    together (at most ``most``), large JSONL files cut at line ends (by a
    worker, which reads the file; here when no worker can see it)."""
    bundle: list[Piece] = []
    total = 0
    for f in loader.files_of(paths):
        bytes_ = f.stat().st_size
        if f.suffix.lower() == ".jsonl" and bytes_ > size:
            if bundle:
                yield bundle
                bundle, total = [], 0
            cut = client.submit(pieces_of, str(f), size, pure=False).result()
            for part in cut if cut is not None else line_pieces(f, size):
                yield [part]
            continue
        bundle.append(Piece(str(f)))
        total += bytes_
        if total >= size or len(bundle) >= most:
            yield bundle
            bundle, total = [], 0
    if bundle:
        yield bundle


def _headed(client, loader: Loader, bundles: Iterator[list[Piece]], ahead: int) -> Iterator[tuple[Heading, Ref]]:
    """Each article's heading and where it is, in input order; ``ahead``
    bundles read in advance. The workers' reading problems join the loader's."""
    pending: deque = deque()

    def settle(pieces: list[Piece], read, heads) -> Iterator[tuple[Heading, Ref]]:
        got = heads.result()
        if got is None:                    # not visible from the workers: read here, sent to them
            here: Read = ([item for p in pieces for item in loader.read(p)], [])
            [read] = client.scatter([here], hash=False)
            got = headings_of(here)
        headings, problems = got
        loader.problems.extend(problems)
        for place, head in enumerate(headings):
            yield head, (read, place)

    for pieces in bundles:
        read = client.submit(read_pieces, pieces, loader.max_bytes, pure=False)
        pending.append((pieces, read, client.submit(headings_of, read, pure=False)))
        if len(pending) >= ahead:
            yield from settle(*pending.popleft())
    while pending:
        yield from settle(*pending.popleft())


def _groups(refs: Iterable[Ref], size: int) -> Iterator[tuple[object, list[int]]]:
    """Consecutive articles of one piece read, ``size`` at most together."""
    read, places = None, []
    for r, place in refs:
        if places and (r is not read or len(places) == size):
            yield read, places
            places = []
        read = r
        places.append(place)
    if places:
        yield read, places


def _done(future) -> list[tuple[Loaded, Result]]:
    results = future.result()
    future.release()
    return results
