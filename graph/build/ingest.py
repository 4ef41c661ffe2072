"""Build: articles in, one named graph each out, into a store.

    load -> normalise -> extract (in worker processes with --jobs, or on
            a Dask cluster with --cluster: ``extraction``, ``cluster``)
         -> resolve identities (here, in article order, so IRIs are the
            same on every run) -> RDF -> store, a batch at a time.

Each batch is written in one transaction: a build stopped at any moment
leaves whole articles only. An article already in the store with the same
text is left as it is; one with the same id and another text is refused
unless ``replace`` is set.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, TypeVar

from ..core import iris
from ..core.progress import Progress
from ..resolve.curation import Curation
from ..extract.gazetteer import load as load_gazetteer
from ..resolve.identity import IdentityIndex
from ..read.load import Loader, Problem
from ..read.fingerprint import TextCopy
from ..rdf.article_graph import ArticleTriples, build_article
from .system_graphs import ensure_system_graphs, refresh_succession
from ..store import EmbeddedStore, Store
from ..store.base import lines_of
from .copies import CopyFinder
from .identities import candidate_quads, curate, load_index
from .cluster import cluster_extractions
from .extraction import Heading, heading, local_extractions
from .summaries import pending_lines, refresh_summaries, summaries_current, update_summaries


T = TypeVar("T")
STAGES = ("index", "read+extract", "resolve", "rdf", "write", "succession", "summaries")


@dataclass
class BuildReport:
    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    quads: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    # seconds this process spent in each stage: reading what the store knows
    # (identities, article hashes), reading and waiting for the extractions,
    # resolving identities, making RDF, writing, summarising
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

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


def _timed(items: Iterable, stages: dict[str, float], stage: str) -> Iterator:
    """The items, with the time spent waiting for each added to ``stage``."""
    items = iter(items)
    while True:
        timer = time.monotonic()
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            stages[stage] += time.monotonic() - timer
        yield item


def build(paths: Iterable[str | Path], store: Store, *, jobs: int = 1, replace: bool = False,
          batch_size: int = 200, curation: Curation | None = None, progress: bool = True,
          max_bytes: int | None = None, cluster: str | None = None) -> BuildReport:
    """Build the articles under ``paths`` into ``store``: extraction in
    ``jobs`` local processes, or on the Dask cluster at ``cluster``
    (``tcp://host:8786``, see ``cluster``); everything else here."""
    started = time.monotonic()
    report = BuildReport()
    gaz = load_gazetteer()
    loader = Loader(**({"max_bytes": max_bytes} if max_bytes else {}))
    curation = curation or Curation()
    system_changed = ensure_system_graphs(store)
    index = IdentityIndex(gaz, curation)
    if curation.decisions:
        curate(store, curation, gaz)
    load_index(store, index)
    index.new_candidates.clear()               # those are in the identity graph already
    hashes = store.article_hashes()
    report.stages["index"] = time.monotonic() - started
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
        timer = time.monotonic()
        named = {g: article.named for g, article in batch.items()}
        merged = [line for article in batch.values() for line in article.merged] + fresh
        # the articles go in marked as not yet counted in the summaries
        store.write_graphs(named, {iris.IDENTITY_GRAPH: fresh, iris.SUMMARY_GRAPH: pending_lines(batch)}, merged)
        index.new_candidates.clear()
        batch.clear()
        report.stages["write"] += time.monotonic() - timer
        if isinstance(store, EmbeddedStore):
            store.pause()           # let waiting readers in between batches

    copies: dict[str, TextCopy] = {}
    finder = CopyFinder(store)

    def admit(headed: Iterable[tuple[Heading, T]]) -> Iterator[T]:
        """The articles to build, of (heading, article) pairs in input order."""
        return (item for _, item in finder.mark(_fresh(headed, hashes, seen_ids, replace, report), copies))

    if cluster:
        extractions = cluster_extractions(paths, loader, admit, cluster)
    else:
        extractions = local_extractions(admit((heading(item), item) for item in loader.articles(paths)), jobs)
    for item, result in _timed(extractions, report.stages, "read+extract"):
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
        timer = time.monotonic()
        resolution = index.resolve(result, graph)
        resolved = time.monotonic()
        batch[graph] = build_article(result, resolution, gaz, copy)
        report.stages["resolve"] += resolved - timer
        report.stages["rdf"] += time.monotonic() - resolved
        report.ingested += 1
        bar.update(report.ingested)
        if len(batch) >= batch_size:
            flush()
    flush()
    bar.done()
    timer = time.monotonic()
    refresh_succession(store, gaz)
    report.stages["succession"] = time.monotonic() - timer
    timer = time.monotonic()
    if curation.decisions or report.replaced or system_changed or not summaries_current(store):
        refresh_summaries(store)
    else:
        update_summaries(store)         # the articles this build (or a killed one) added
    report.stages["summaries"] = time.monotonic() - timer
    if (report.ingested or report.replaced) and iris.INFERRED_GRAPH in store.graph_names():
        store.clear_graph(iris.INFERRED_GRAPH)
        report.problems.append(Problem("store", "the graph changed, so its inferences were cleared: run "
                                                "`cadregraph reason` again", skipped=False))
    report.problems[:0] = loader.problems
    report.seconds = time.monotonic() - started
    return report


def _fresh(items: Iterable[tuple[Heading, T]], hashes: dict[str, str], seen_ids: dict[str, str], replace: bool,
           report: BuildReport) -> Iterator[tuple[Heading, T]]:
    """Articles that need building, of (heading, article) pairs: new ones,
    and changed ones with ``replace``. Duplicate ids with another text are
    refused."""
    for item in items:
        head = item[0]
        first = seen_ids.get(head.id)
        if first is not None:
            if first != head.digest:
                report.problems.append(Problem(head.source, f"duplicate article id {head.id!r} with different "
                                                           f"text (first kept)"))
            else:
                report.unchanged += 1
            continue
        seen_ids[head.id] = head.digest
        stored = hashes.get(iris.article(head.id))
        if stored == head.digest:
            report.unchanged += 1
            continue
        if stored is not None:
            if not replace:
                report.problems.append(Problem(head.source, f"article id {head.id!r} is already in the store with "
                                                           f"different text (use --replace to rebuild it)"))
                continue
            report.replaced += 1
        yield item
