"""Extraction of the articles a build takes: in this process, or in local
worker processes (``--jobs``). Each article on its own: a crash in one is
reported with it, the others go on. Results come back in input order, so
that identities are resolved in the same order on every run."""
from __future__ import annotations

from collections import deque
from multiprocessing import get_context
from typing import Iterable, Iterator

from ..core.model import Article, Extraction
from ..extract.gazetteer import load as load_gazetteer
from ..extract.pipeline import extract
from ..read.load import Loaded
from ..read.normalise import normalise

Result = Extraction | Exception


def extract_many(articles: list[Article]) -> list[Result]:
    """Each article normalised and extracted; an exception in its place when it fails."""
    return [_safe_extract(a) for a in articles]


def _safe_extract(article: Article) -> Result:
    try:
        return extract(normalise(article))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the build
        return exc


def chunks(items: Iterable[Loaded], size: int) -> Iterator[list[Loaded]]:
    chunk: list[Loaded] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def local_extractions(loaded: Iterable[Loaded], jobs: int) -> Iterator[tuple[Loaded, Result]]:
    """Extractions in input order, here (``jobs`` 1) or in ``jobs`` processes."""
    if jobs <= 1:
        for item in loaded:
            yield item, _safe_extract(item.article)
        return
    ctx = get_context("fork")
    with ctx.Pool(jobs, initializer=load_gazetteer) as pool:
        # chunks of articles in flight: the workers extract while this
        # process resolves, builds and writes what came back, in input order
        window: deque[tuple[list[Loaded], object]] = deque()
        for chunk in chunks(loaded, 16):
            window.append((chunk, pool.apply_async(extract_many, ([c.article for c in chunk],))))
            if len(window) >= 4 * jobs:
                items, result = window.popleft()
                yield from zip(items, result.get())
        while window:
            items, result = window.popleft()
            yield from zip(items, result.get())
