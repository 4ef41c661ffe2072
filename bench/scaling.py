"""How each stage's cost grows with the corpus, and where 1M and 10M
articles would take it: bench/SCALING.md.

    python -m bench.scaling measure 1000 10000 100000   # one build per size (about 15 minutes)
    python -m bench.scaling requery 100000               # the named queries timed again on a built store
    python -m bench.scaling additions 100000             # 1k articles added to the 100k store
    python -m bench.scaling cluster 10000                # the same build on a 2-worker Dask LocalCluster
    python -m bench.scaling stores 1000                  # the build into an Oxigraph server and Virtuoso
    python -m bench.scaling parts 1000                   # what each part of an article graph costs
    python -m bench.scaling report                       # bench/SCALING.md from the measurements

Each measurement is kept as JSON under bench/work/scaling/, so the report
is written from runs made one at a time (run the long ones under `nice`).
"""
from __future__ import annotations

import argparse
import io
import itertools
import json
import math
import os
import shutil
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from bench.corpus import generate
from bench.run import CORPUS, WORK, _examples, machine, store_path, synthetic
from cadregraph.api import KnowledgeGraph
from cadregraph.build import summaries
from cadregraph.build.system_graphs import ensure_system_graphs
from cadregraph.core import iris
from cadregraph.use import named as queries

OUT = WORK / "scaling"
REPORT = Path(__file__).resolve().parent / "SCALING.md"


def _save(name: str, data: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def _load(name: str) -> dict | None:
    path = OUT / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


# ------------------------------------------------------------- measuring
def measure(n: int, jobs: int = 2) -> dict:
    """A fresh build of n synthetic articles with --jobs 2: wall time, each
    stage's time in the writing process, quads, bytes; the extraction alone
    in one process on a sample; a whole summary recompute; every named
    query's median time."""
    store = store_path(n)
    shutil.rmtree(store, ignore_errors=True)
    corpus = synthetic(n)
    with KnowledgeGraph(store) as kg:
        started = time.perf_counter()
        report = kg.build([corpus], jobs=jobs)
        seconds = time.perf_counter() - started
        quads = kg.store.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        merged = kg.store.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        recompute = _timed(lambda: summaries.refresh_summaries(kg.store))
        times = _query_times(kg)
    data = {"articles": n, "jobs": jobs, "seconds": seconds, "stages": report.stages, "article_quads": report.quads,
            "named_quads": quads, "default_quads": merged, "bytes": _bytes(store), "summary_recompute": recompute,
            "extract_one_process": _extraction_rate(corpus), "queries": times}
    _save(f"measure-{n}", data)
    return data


def requery(n: int) -> dict:
    """The named queries timed again on the n-article store of ``measure``
    (when the machine was busier during the build than now)."""
    data = _load(f"measure-{n}")
    with KnowledgeGraph(store_path(n)) as kg:
        data["queries"] = _query_times(kg)
    _save(f"measure-{n}", data)
    return data


def _extraction_rate(corpus: Path, sample: int = 1000) -> float:
    """Seconds per article to normalise and extract, in one process."""
    from cadregraph.build.extraction import extract_many
    from cadregraph.core.model import Article
    from datetime import date
    arts = [json.loads(line) for line in itertools.islice(corpus.open(encoding="utf-8"), sample)]
    articles = [Article(id=a["id"], text=a["text"], published=date.fromisoformat(a["published"])) for a in arts]
    extract_many(articles[:20])             # the gazetteer loads once
    return _timed(lambda: extract_many(articles)) / len(articles)


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _load_average() -> float:
    return os.getloadavg()[0]


def _conditions(start: float) -> str:
    """How busy the shared machine was while a measurement ran."""
    return (f"load average {start:.1f} at the start and {_load_average():.1f} at the end, on "
            f"{os.cpu_count()} cores shared with other work")


def additions(n: int, added: int = 1000) -> dict:
    """``added`` new articles built into a copy of the n-article store: the
    summary update beside a whole recompute after it, and whether they agree."""
    base = store_path(n)
    if not (base / "oxigraph").exists():
        raise SystemExit(f"build the {n:,}-article store first: python -m bench.scaling measure {n}")
    extra = CORPUS / f"{n // 1000}k-plus-{added}.jsonl"
    with extra.open("w", encoding="utf-8") as fh:
        for art in itertools.islice(generate(n + added), n, None):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    work = WORK / f"store-{n // 1000}k-plus"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work)
    with KnowledgeGraph(work) as kg:
        # made by another version of the code: brought up to date first, or
        # the timed build would recompute the summaries whole
        if ensure_system_graphs(kg.store) or not summaries.summaries_current(kg.store):
            summaries.refresh_summaries(kg.store)
        start = _load_average()
        report = kg.build([extra], jobs=2)
        update = report.stages["summaries"]
        incremental = summaries.comparable(kg.store)
        recompute = _timed(lambda: summaries.refresh_summaries(kg.store))
        equal = summaries.comparable(kg.store) == incremental
    shutil.rmtree(work, ignore_errors=True)
    data = {"articles": n, "added": report.ingested, "update": update, "recompute": recompute, "equal": equal,
            "build_seconds": report.seconds, "stages": report.stages, "conditions": _conditions(start)}
    _save(f"additions-{n}", data)
    return data


def cluster(n: int, workers: int = 2) -> dict:
    """The n-article build on a local Dask cluster of ``workers`` worker
    processes beside the same build with ``--jobs workers``: times and
    whether the two stores hold the same quads."""
    from distributed import LocalCluster
    corpus = synthetic(n)
    local, remote = WORK / f"cluster-local-{n}", WORK / f"cluster-dask-{n}"
    for folder in (local, remote):
        shutil.rmtree(folder, ignore_errors=True)
    start = _load_average()
    with KnowledgeGraph(local) as kg:
        local_seconds = _timed(lambda: kg.build([corpus], jobs=workers))
        local_dump = _dump(kg)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as lc:
        with KnowledgeGraph(remote) as kg:
            dask_seconds = _timed(lambda: kg.build([corpus], cluster=lc.scheduler_address))
            dask_dump = _dump(kg)
    data = {"articles": n, "workers": workers, "local_seconds": local_seconds, "dask_seconds": dask_seconds,
            "equal": local_dump == dask_dump, "quads": len(local_dump), "conditions": _conditions(start)}
    for folder in (local, remote):
        shutil.rmtree(folder, ignore_errors=True)
    _save(f"cluster-{n}", data)
    return data


def stores(n: int) -> dict:
    """The n-article build into an Oxigraph server and into Virtuoso (each
    started here, on loopback), beside the embedded store's figures of
    ``measure``: build time and each stage, a whole summary recompute, and
    every named query's median time."""
    from bench import servers
    corpus = synthetic(n)
    data = {"articles": n}
    for name, start in (("oxigraph-server", servers.oxigraph), ("virtuoso", servers.virtuoso)):
        folder = WORK / f"{name}-{n}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        with start(folder) as url, KnowledgeGraph(url) as kg:
            started = time.perf_counter()
            report = kg.build([corpus], jobs=2)
            seconds = time.perf_counter() - started
            recompute = _timed(lambda: summaries.refresh_summaries(kg.store))
            data[name] = {"seconds": seconds, "stages": report.stages, "article_quads": report.quads,
                          "summary_recompute": recompute, "queries": _query_times(kg), "bytes": _bytes(folder)}
        shutil.rmtree(folder, ignore_errors=True)
    _save(f"stores-{n}", data)
    return data


def _query_times(kg: KnowledgeGraph, runs: int = 7) -> dict[str, float]:
    """Each named query's median time (the first run left out)."""
    examples = _examples(kg)
    times = {}
    for name, q in sorted(queries.library().items()):
        params = {p.name: examples[p.name] for p in q.params}
        times[name] = statistics.median([_timed(lambda: kg.query(name, **params)) for _ in range(runs)][1:])
    return times


def _dump(kg: KnowledgeGraph) -> set:
    buf = io.BytesIO()
    kg.dump(buf, "nquads")
    return set(ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS))


def parts(n: int) -> dict:
    """Quads and N-Quads bytes of each part of the article graphs of the
    n-article store, per article."""
    counts, sizes = Counter(), Counter()
    with KnowledgeGraph(store_path(n)) as kg:
        for q in kg.store.ox.quads_for_pattern(None, None, None):
            if isinstance(q.graph_name, ox.DefaultGraph) or not q.graph_name.value.startswith(iris.ARTICLE_BASE):
                continue
            part = _part(q)
            counts[part] += 1
            sizes[part] += len(str(q)) + 1
    data = {"articles": n, "quads": dict(counts), "bytes": dict(sizes)}
    _save(f"parts-{n}", data)
    return data


def _part(q) -> str:
    s, p = q.subject.value, q.predicate.value
    if "#c-" in s:
        return "claims"
    if "#s" in s and s.startswith(iris.ARTICLE_BASE):
        return "sentences"
    if p == iris.CG + "key":
        return "search keys"
    if s.startswith(iris.ARTICLE_BASE):
        return "article description and mentions"
    return "facts"


# --------------------------------------------------------------- report
def exponent(points: list[tuple[float, float]]) -> float:
    """The least-squares slope of log(cost) over log(size)."""
    xs, ys = [math.log(x) for x, _ in points], [math.log(max(y, 1e-9)) for _, y in points]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["measure", "requery", "additions", "cluster", "stores", "parts", "report"])
    ap.add_argument("sizes", nargs="*", type=int)
    args = ap.parse_args(argv)
    if args.what == "report":
        from bench.scaling_report import write_report
        write_report(REPORT, machine())
        print(REPORT)
        return
    for n in args.sizes:
        print(json.dumps({"measure": measure, "requery": requery, "additions": additions, "cluster": cluster,
                          "stores": stores, "parts": parts}[args.what](n),
                         ensure_ascii=False), file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
