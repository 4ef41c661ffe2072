"""Republished copies: an article whose text is a near-duplicate of one the
store (or this build) already holds is kept, with its own site, URL, date and
claims, as one more source of that text: its graph says ``cg:sameTextAs``
the first copy, and the summaries count the text once (a person mentioned by
one agency story that three papers printed is mentioned by one text).

Each first copy's graph keeps its fingerprint (``cg:textSignature``) and the
keys of its bands (``cg:textBand``), so a later build finds it by one query
per chunk of articles, not by reading every signature."""
from __future__ import annotations

from typing import Iterable, Iterator, TypeVar

from ..core import iris
from ..read.fingerprint import THRESHOLD, Fingerprint, TextCopy
from ..store import Store
from .extraction import Heading

_CHUNK = 200
_BANDS_QUERY = """
SELECT ?a ?signature WHERE {{
  VALUES ?band {{ {bands} }}
  GRAPH ?a {{ ?a cg:textBand ?band ; cg:textSignature ?signature }}
}}"""


T = TypeVar("T")


class CopyFinder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._run: dict[str, list[tuple[str, Fingerprint]]] = {}     # band -> first copies of this build

    def mark(self, items: Iterable[tuple[Heading, T]], found: dict[str, TextCopy]) -> Iterator[tuple[Heading, T]]:
        """The (heading, article) items, unchanged; ``found[article id]``
        says, before each is yielded, what its text repeats."""
        chunk: list[tuple[Heading, T]] = []
        for item in items:
            chunk.append(item)
            if len(chunk) == _CHUNK:
                yield from self._chunk(chunk, found)
                chunk = []
        yield from self._chunk(chunk, found)

    def _chunk(self, chunk: list[tuple[Heading, T]], found: dict[str, TextCopy]) -> Iterator[tuple[Heading, T]]:
        prints = {head.id: head.fingerprint() for head, _ in chunk}
        stored = self._stored({band for fp in prints.values() if fp for band in fp.bands()})
        for item in chunk:
            head = item[0]
            iri, fp = iris.article(head.id), prints[head.id]
            if fp is None:
                found[head.id] = TextCopy(None)
                yield item
                continue
            candidates = {other: other_fp for band in fp.bands()
                          for other, other_fp in stored.get(band, []) + self._run.get(band, []) if other != iri}
            scored = sorted((-fp.similarity(other_fp), other) for other, other_fp in candidates.items())
            if scored and -scored[0][0] >= THRESHOLD:
                found[head.id] = TextCopy(fp, scored[0][1])
            else:
                found[head.id] = TextCopy(fp)
                for band in fp.bands():
                    self._run.setdefault(band, []).append((iri, fp))
            yield item

    def _stored(self, bands: set[str]) -> dict[str, list[tuple[str, Fingerprint]]]:
        """The first copies in the store that share a band with ``bands``."""
        if not bands:
            return {}
        values = " ".join(f'"{band}"' for band in sorted(bands))
        out: dict[str, list[tuple[str, Fingerprint]]] = {}
        for article, signature in self.store.plain_rows(iris.SPARQL_PREFIXES + _BANDS_QUERY.format(bands=values)):
            fp = Fingerprint.decode(signature)
            for band in set(fp.bands()) & bands:
                out.setdefault(band, []).append((article, fp))
        return out
