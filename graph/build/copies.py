"""Republished copies: an article whose text is a near-duplicate of one the
store (or this build) already holds is kept, with its own site, URL, date and
claims, as one more source of that text: its graph says ``cg:sameTextAs``
the first copy, and the summaries count the text once (a person mentioned by
one agency story that three papers printed is mentioned by one text).

Each first copy's graph keeps its fingerprint (``cg:textSignature``) and the
keys of its bands (``cg:textBand``), so a later build finds it by one query
per chunk of articles, not by reading every signature."""
from __future__ import annotations

from typing import Iterable, Iterator

from ..core import iris
from ..read.fingerprint import THRESHOLD, Fingerprint, TextCopy, fingerprint
from ..read.load import Loaded
from ..store import Store

_CHUNK = 200
_BANDS_QUERY = """
SELECT ?a ?signature WHERE {{
  VALUES ?band {{ {bands} }}
  GRAPH ?a {{ ?a cg:textBand ?band ; cg:textSignature ?signature }}
}}"""


class CopyFinder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._run: dict[str, list[tuple[str, Fingerprint]]] = {}     # band -> first copies of this build

    def mark(self, items: Iterable[Loaded], found: dict[str, TextCopy]) -> Iterator[Loaded]:
        """The items, unchanged; ``found[article id]`` says, before each is
        yielded, what its text repeats."""
        chunk: list[Loaded] = []
        for item in items:
            chunk.append(item)
            if len(chunk) == _CHUNK:
                yield from self._chunk(chunk, found)
                chunk = []
        yield from self._chunk(chunk, found)

    def _chunk(self, chunk: list[Loaded], found: dict[str, TextCopy]) -> Iterator[Loaded]:
        prints = {item.article.id: fingerprint(item.article.text) for item in chunk}
        stored = self._stored({band for fp in prints.values() if fp for band in fp.bands()})
        for item in chunk:
            iri, fp = iris.article(item.article.id), prints[item.article.id]
            if fp is None:
                found[item.article.id] = TextCopy(None)
                yield item
                continue
            candidates = {other: other_fp for band in fp.bands()
                          for other, other_fp in stored.get(band, []) + self._run.get(band, []) if other != iri}
            scored = sorted((-fp.similarity(other_fp), other) for other, other_fp in candidates.items())
            if scored and -scored[0][0] >= THRESHOLD:
                found[item.article.id] = TextCopy(fp, scored[0][1])
            else:
                found[item.article.id] = TextCopy(fp)
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
