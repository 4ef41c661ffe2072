"""Extraction of the articles a build takes: in this process, or in local
worker processes (``--jobs``). Each article on its own: a crash in one is
reported with it, the others go on. Results come back in input order, so
that identities are resolved in the same order on every run."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Iterable, Iterator

from ..core.model import Article, Extraction
from ..extract.gazetteer import load as load_gazetteer
from ..extract.pipeline import extract
from ..rdf.article_graph import content_hash
from ..read.fingerprint import Fingerprint, fingerprint
from ..read.load import Loaded
from ..read.normalise import normalise

Result = Extraction | Exception


@dataclass(frozen=True)
class Heading:
    """What the writer decides an article on before it is extracted: is it
    stored already (``digest``), does it repeat a text (its fingerprint)."""
    id: str
    source: str
    digest: str
    text: str | None = None                   # the text, where it was read here: fingerprinted when asked
    signature: Fingerprint | None = None      # else its fingerprint, made where the text was read

    def fingerprint(self) -> Fingerprint | None:
        return fingerprint(self.text) if self.text is not None else self.signature


def heading(item: Loaded, here: bool = True) -> Heading:
    """The article's heading; ``here``: it keeps the text, else its fingerprint."""
    art = item.article
    if here:
        return Heading(art.id, art.source, content_hash(art.text), text=art.text)
    return Heading(art.id, art.source, content_hash(art.text), signature=fingerprint(art.text))


def extract_many(articles: list[Article]) -> list[Result]:
    """Each article normalised and extracted; an exception in its place when it fails."""
    return [extract_one(a) for a in articles]


def extract_one(article: Article) -> Result:
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
            yield item, extract_one(item.article)
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
