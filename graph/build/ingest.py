"""Build: articles in, one named graph each out, into a store.

    load -> normalise -> extract (in worker processes with --jobs)
         -> resolve identities (here, in article order, so IRIs are the
            same on every run) -> RDF -> store, a batch at a time.

Each batch is written in one transaction: a build stopped at any moment
leaves whole articles only. An article already in the store with the same
text is left as it is; one with the same id and another text is refused
unless ``replace`` is set.
"""
from __future__ import annotations

import time
from collections import Counter, deque
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Iterable, Iterator

from ..core import iris
from ..core.progress import Progress
from ..resolve.curation import Curation
from ..extract.pipeline import extract
from ..extract.gazetteer import load as load_gazetteer
from ..resolve.identity import IdentityIndex
from ..read.load import Loaded, Loader, Problem
from ..core.model import Article, Extraction
from ..read.fingerprint import TextCopy
from ..read.normalise import normalise
from ..rdf.article_graph import ArticleTriples, build_article, content_hash
from .system_graphs import ensure_system_graphs, refresh_succession
from ..store import EmbeddedStore, Store
from ..store.base import lines_of
from .copies import CopyFinder
from .identities import candidate_quads, curate, load_index
from .summaries import refresh_summaries, summaries_current


@dataclass
class BuildReport:
    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    quads: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.skipped]

    def log_lines(self) -> list[str]:
        """Every problem, one per line: status, source, reason (tab-separated)."""
        return [f"{'skipped' if p.skipped else 'note'}\t{p.source}\t{p.reason}" for p in self.problems]

    def summary(self) -> str:
        lines = [f"ingested {self.ingested} article(s), {self.unchanged} unchanged, {self.replaced} replaced, "
                 f"{len(self.skipped)} skipped; {self.quads} quads in {self.seconds:.1f} s"]
        reasons = Counter(p.reason.split(" (")[0] for p in self.skipped)
        for reason, n in reasons.most_common():
            lines.append(f"  skipped {n}: {reason}")
        for p in self.skipped[:20]:
            lines.append(f"    {p.source}: {p.reason}")
        if len(self.skipped) > 20:
            lines.append(f"    ... and {len(self.skipped) - 20} more (--log FILE lists them all)")
        for p in self.warnings[:10]:
            lines.append(f"  note: {p.source}: {p.reason}")
        return "\n".join(lines)


def _extract_one(article: Article) -> Extraction:
    return extract(normalise(article))


def _extractions(loaded: Iterable[Loaded], jobs: int) -> Iterator[tuple[Loaded, Extraction | Exception]]:
    """Extractions in input order; each article on its own (a crash in one
    is reported, the others go on)."""
    if jobs <= 1:
        for item in loaded:
            try:
                yield item, _extract_one(item.article)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the build
                yield item, exc
        return
    ctx = get_context("fork")
    with ctx.Pool(jobs, initializer=load_gazetteer) as pool:
        # chunks of articles in flight: the workers extract while this
        # process resolves, builds and writes what came back, in input order
        window: deque[tuple[list[Loaded], object]] = deque()
        for chunk in _chunks(loaded, 16):
            window.append((chunk, pool.apply_async(_extract_many, ([c.article for c in chunk],))))
            if len(window) >= 4 * jobs:
                items, result = window.popleft()
                yield from zip(items, result.get())
        while window:
            items, result = window.popleft()
            yield from zip(items, result.get())


def _chunks(items: Iterable[Loaded], size: int) -> Iterator[list[Loaded]]:
    chunk: list[Loaded] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_many(articles: list[Article]) -> list:
    return [_safe_extract(a) for a in articles]


def _safe_extract(article: Article):
    try:
        return _extract_one(article)
    except Exception as exc:  # noqa: BLE001
        return exc


def build(paths: Iterable[str | Path], store: Store, *, jobs: int = 1, replace: bool = False,
          batch_size: int = 200, curation: Curation | None = None, progress: bool = True,
          max_bytes: int | None = None) -> BuildReport:
    started = time.monotonic()
    report = BuildReport()
    gaz = load_gazetteer()
    loader = Loader(**({"max_bytes": max_bytes} if max_bytes else {}))
    curation = curation or Curation()
    ensure_system_graphs(store)
    index = IdentityIndex(gaz, curation)
    if curation.decisions:
        curate(store, curation, gaz)
    load_index(store, index)
    index.new_candidates.clear()               # those are in the identity graph already
    hashes = store.article_hashes()
    seen_ids: dict[str, str] = {}
    batch: dict[str, ArticleTriples] = {}
    bar = Progress(progress)

    def flush() -> None:
        if not batch:
            return
        report.quads += sum(len(article.named) for article in batch.values())
        # the candidates the batch raised go with it, in one transaction: a
        # build killed at any point leaves whole articles and their candidates
        fresh = lines_of(q for qs in candidate_quads(index, index.new_candidates).values() for q in qs)
        named = {g: article.named for g, article in batch.items()}
        merged = [line for article in batch.values() for line in article.merged] + fresh
        store.write_graphs(named, {iris.IDENTITY_GRAPH: fresh}, merged)
        index.new_candidates.clear()
        batch.clear()
        if isinstance(store, EmbeddedStore):
            store.pause()           # let waiting readers in between batches

    copies: dict[str, TextCopy] = {}
    fresh = _fresh(loader.articles(paths), hashes, seen_ids, replace, report)
    for item, result in _extractions(CopyFinder(store).mark(fresh, copies), jobs):
        art = item.article
        copy = copies.pop(art.id)
        if copy.same_as:
            report.problems.append(Problem(art.source, f"republished: the same text as <{copy.same_as}>, "
                                                       f"kept as another source of it and counted once",
                                           skipped=False))
        if isinstance(result, Exception):
            report.problems.append(Problem(art.source, f"extraction failed: {type(result).__name__}: {result}"))
            continue
        graph = iris.article(art.id)
        resolution = index.resolve(result, graph)
        batch[graph] = build_article(result, resolution, gaz, copy)
        report.ingested += 1
        bar.update(report.ingested)
        if len(batch) >= batch_size:
            flush()
    flush()
    bar.done()
    refresh_succession(store, gaz)
    if report.ingested or curation.decisions or not summaries_current(store):
        refresh_summaries(store)
    if (report.ingested or report.replaced) and iris.INFERRED_GRAPH in store.graph_names():
        store.clear_graph(iris.INFERRED_GRAPH)
        report.problems.append(Problem("store", "the graph changed, so its inferences were cleared: run "
                                                "`cadregraph reason` again", skipped=False))
    report.problems[:0] = loader.problems
    report.seconds = time.monotonic() - started
    return report


def _fresh(items: Iterable[Loaded], hashes: dict[str, str], seen_ids: dict[str, str], replace: bool,
           report: BuildReport) -> Iterator[Loaded]:
    """Articles that need building: new ones, and changed ones with
    ``replace``. Duplicate ids with another text are refused."""
    for item in items:
        art = item.article
        digest = content_hash(art.text)
        first = seen_ids.get(art.id)
        if first is not None:
            if first != digest:
                report.problems.append(Problem(art.source, f"duplicate article id {art.id!r} with different "
                                                           f"text (first kept)"))
            else:
                report.unchanged += 1
            continue
        seen_ids[art.id] = digest
        stored = hashes.get(iris.article(art.id))
        if stored == digest:
            report.unchanged += 1
            continue
        if stored is not None:
            if not replace:
                report.problems.append(Problem(art.source, f"article id {art.id!r} is already in the store with "
                                                           f"different text (use --replace to rebuild it)"))
                continue
            report.replaced += 1
        yield item
