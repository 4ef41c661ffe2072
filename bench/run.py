"""CadreGraph benchmarks: each figure beside its baseline, measured in the
same run, reported as a ratio (median of repeats); the table goes to
bench/RESULTS.md with a description of the machine.

    python -m bench                       # everything (about 45 minutes on 2 cores)
    python -m bench --only query,reason   # some sections
    python -m bench --quick               # smaller corpora, for a smoke run

Corpora: the development corpus replicated (when ../shared/eval/dev is
there) and the synthetic corpus of bench/corpus.py (1k, 10k, 100k
articles), written under bench/corpus/ and built under bench/work/.
"""
from __future__ import annotations

import argparse
import gc
import io
import itertools
import json
import multiprocessing
import os
import platform
import queue
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import rdflib

from bench.corpus import write as write_corpus
from cadregraph.use import named as queries
from cadregraph.reason import closure as reason
from cadregraph.api import KnowledgeGraph
from cadregraph.store.base import insert_values

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
WORK = HERE / "work"
DEV = ROOT.parent / "shared" / "eval" / "dev"
# parameters every corpus size answers; _examples finds the others in the corpus
EXAMPLES = {"issuer": "Bộ Chính trị", "province": "Kiên Giang"}


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def alternating_medians(fns, repeats: int) -> list[float]:
    """Median times of several functions timed in turn (a, b, a, b, …) after
    a full collection each, so load that drifts during the run falls on all
    of them alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, spent in zip(fns, times):
            gc.collect()
            started = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - started)
    return [statistics.median(t) for t in times]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def synthetic(n: int) -> Path:
    path = CORPUS / f"{n // 1000}k.jsonl"
    if not path.exists() or sum(1 for _ in path.open(encoding="utf-8")) != n:
        write_corpus(n, path)
    return path


def store_path(n: int) -> Path:
    return WORK / f"store-{n // 1000}k"


def built(n: int, jobs: int = 2) -> Path:
    """A store of the n-article synthetic corpus (built once, kept)."""
    store = store_path(n)
    if not (store / "oxigraph").exists():
        build_timed(n, jobs)
    return store


def build_timed(n: int, jobs: int = 2) -> dict:
    """Build the n-article corpus afresh in a subprocess, as a user would:
    wall time, peak resident memory of the largest process, quads."""
    store = store_path(n)
    shutil.rmtree(store, ignore_errors=True)
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "cadregraph", "build",
                           str(synthetic(n)), "--store", str(store), "--quiet", "--jobs", str(jobs)],
                          capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_gb": int(done.stderr.strip().splitlines()[-1]) / 1e6,
            "quads": int(re.search(r"; (\d+) quads", done.stderr).group(1)),
            "bytes": sum(f.stat().st_size for f in store.rglob("*") if f.is_file())}


def rows(*cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


# ------------------------------------------------------------- sections
def bench_extraction(args) -> list[str]:
    """Whole extraction (normalise + extract) vs underthesea's word_tokenize,
    articles per second over the same texts. Each side consumes its results
    one article at a time and keeps none, as a build streams extractions to
    its writer; the two are timed in turn."""
    from cadregraph.extract.pipeline import extract
    from cadregraph.extract.gazetteer import load
    from cadregraph.core.model import Article
    from cadregraph.read.normalise import normalise

    if DEV.is_dir():
        base = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DEV.glob("*.json"))]
        source = "the development corpus replicated"
    else:
        base = [json.loads(line)["text"] for line in synthetic(1000).open(encoding="utf-8")]
        source = "the synthetic corpus"
    texts = (base * (args.articles // len(base) + 1))[:args.articles]
    gaz = load()

    def extract_all() -> None:
        for i, t in enumerate(texts):
            extract(normalise(Article(id=str(i), text=t)), gaz)

    try:
        from underthesea import word_tokenize
        word_tokenize("Khởi động")
        baseline_name = "underthesea word_tokenize"
        tokenise = word_tokenize
    except ImportError:
        baseline_name = "a regex tokeniser pass (underthesea is not installed)"
        tokenise = re.compile(r"\w+|[^\w\s]").findall

    def tokenise_all() -> None:
        for t in texts:
            tokenise(t)

    ours_t, base_t = alternating_medians([extract_all, tokenise_all], args.repeats)
    n = len(texts)
    return [rows(f"extraction, {n:,} articles of {source}", f"{n / ours_t:,.0f} articles/s",
                 f"{baseline_name}: {n / base_t:,.0f} articles/s", f"{base_t / ours_t:.2f}× (goal ≥ 1)")]


def bench_build(args) -> list[str]:
    """Build into the default store with --jobs 2: wall time, quads/s, peak
    memory, size on disk; and loading quads, pyoxigraph vs rdflib."""
    n = args.build_articles
    run = build_timed(n)
    quads, seconds = run["quads"], run["seconds"]
    sample = _nquads_sample(store_path(n), 200_000)
    rd = median_time(lambda: rdflib.Dataset().parse(data=sample, format="nquads"), 1)
    ox_load = median_time(lambda: ox.Store().load(sample, format=ox.RdfFormat.N_QUADS), args.repeats)
    return [rows(f"build of {n:,} synthetic articles, `--jobs 2`", f"{seconds:,.0f} s; {quads / seconds:,.0f} quads/s "
                 f"({n / seconds:,.0f} articles/s); {quads:,} quads", "goal < 600 s at 100k",
                 f"peak resident {run['peak_gb']:.2f} GB (goal < 4 GB)"),
            rows("store size on disk", f"{run['bytes'] / quads * 1e6 / 1e6:,.0f} MB per million quads "
                 f"({run['bytes'] / 1e9:.2f} GB)", "", ""),
            rows("loading 200,000 quads (N-Quads) into an in-memory store", f"pyoxigraph {ox_load:.2f} s",
                 f"rdflib Dataset {rd:.2f} s", f"{rd / ox_load:.0f}×")]


def _nquads_sample(store: Path, n: int) -> bytes:
    """The first n quads of a store's named graphs, as N-Quads."""
    with KnowledgeGraph(store) as kg:
        quads = (q for q in kg.store.ox.quads_for_pattern(None, None, None)
                 if not isinstance(q.graph_name, ox.DefaultGraph))
        return ox.serialize(itertools.islice(quads, n), format=ox.RdfFormat.N_QUADS)


def bench_queries(args) -> list[str]:
    """Every named query: p50 on the default store beside rdflib's in-memory
    Dataset holding the same quads (same rows asserted), and p50/p95 on the
    large graph. rdflib cannot hold the large graph in this machine's time
    and memory, so the ratio is taken on the largest one it loads in a few
    minutes (10k articles; 1k with --quick)."""
    small, large = built(args.query_articles), built(args.large_articles)
    ds = rdflib.Dataset()
    with KnowledgeGraph(small) as kg:
        for fmt, target in (("nquads", ds), ("ntriples", ds.default_graph)):
            buf = io.BytesIO()
            kg.store.dump(buf, fmt)
            target.parse(data=buf.getvalue(), format=fmt.replace("ntriples", "nt"))
    # millions of rdflib objects now live in this process: CadreGraph's
    # timings should not pay for the collector walking them (rdflib's do, in
    # its child process, as in any program that holds a Dataset)
    gc.freeze()
    out = []
    with KnowledgeGraph(small) as kg_small, KnowledgeGraph(large) as kg_large:
        examples = _examples(kg_small)
        for name, q in sorted(queries.library().items()):
            params = {p.name: examples[p.name] for p in q.params}
            bound = queries.bind(q, params)
            ours = _repeat(lambda: kg_small.query(name, **params), args.query_repeats, budget=30)
            big = _repeat(lambda: kg_large.query(name, **params), args.query_repeats, budget=30)
            rows_ours = kg_small.query(name, **params).rows
            theirs = _rdflib_run(ds, q.text, bound, args.repeats, args.rdflib_timeout)
            p50 = statistics.median(ours)
            if theirs is None:
                baseline, ratio = f"rdflib > {args.rdflib_timeout} s (stopped)", f"> {args.rdflib_timeout / p50:,.0f}×"
            else:
                same = _row_keys(rows_ours) == theirs[1]
                baseline = f"rdflib {theirs[0] * 1e3:,.0f} ms"
                ratio = f"{theirs[0] / p50:,.0f}×{'' if same else ' (ROWS DIFFER)'}"
            out.append(rows(f"query `{name}` ({len(rows_ours)} rows at {args.query_articles // 1000}k)",
                            f"{p50 * 1e3:,.1f} ms p50; at {args.large_articles // 1000}k: "
                            f"p50 {statistics.median(big) * 1e3:,.1f} ms, p95 {percentile(big, 0.95) * 1e3:,.1f} ms",
                            baseline, ratio))
    return out


def _rdflib_run(ds, text: str, bound: dict, repeats: int, timeout: float):
    """rdflib's median time and rows for a query, run in a forked child
    (which shares the parsed Dataset) that is stopped after ``timeout``
    seconds or 8 GB more than the Dataset: some queries take rdflib far
    longer than that. Only the quick ones are repeated."""
    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()

    def child() -> None:
        gc.unfreeze()       # rdflib as its users run it: the collector looks after its Dataset
        held = int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (held + (8 << 30), held + (8 << 30)))
        try:
            started = time.perf_counter()
            found = _row_keys(list(ds.query(text, initBindings=bound)))
            times = [time.perf_counter() - started]
            if times[0] < 2:            # repeat the quick ones only
                times += [_timed(lambda: list(ds.query(text, initBindings=bound))) for _ in range(repeats - 1)]
            results.put((statistics.median(times), found))
        except MemoryError:
            results.put(None)

    proc = ctx.Process(target=child)
    proc.start()
    try:
        return results.get(timeout=timeout + 10)
    except queue.Empty:
        return None
    finally:
        proc.kill()
        proc.join()


def _examples(kg: KnowledgeGraph) -> dict[str, str]:
    """Parameters that have answers in the synthetic corpus (its first
    articles, shared by every size): the person and the document named in
    the most articles, the post held in the most tenures and its body, and
    the end of the year most often attested."""
    most = kg.query("""PREFIX cg: <https://w3id.org/cadregraph/ontology#>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX eli: <http://data.europa.eu/eli/ontology#>
        PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?kind ?label (COUNT(DISTINCT ?g) AS ?n) WHERE {
          { GRAPH ?g { ?g schema:mentions ?x } ?x foaf:name ?label BIND("name" AS ?kind) }
          UNION { GRAPH ?g { ?g schema:mentions ?x } ?x eli:id_local ?label BIND("document" AS ?kind) }
          UNION { ?g org:organization ?x . ?x skos:prefLabel ?label FILTER(LANG(?label) = "vi") BIND("body" AS ?kind) }
          UNION { ?g org:organization/skos:prefLabel ?b ; org:role/skos:prefLabel ?r
                  FILTER(LANG(?b) = "vi" && LANG(?r) = "vi") BIND(CONCAT(?b, "|", ?r) AS ?label) BIND("post" AS ?kind) }
          UNION { ?g cg:attestedOn ?seen BIND(STR(YEAR(?seen)) AS ?label) BIND("year" AS ?kind) }
        } GROUP BY ?kind ?label ORDER BY ?kind DESC(?n) ?label""").records()
    top = {}
    for row in most:
        top.setdefault(row["kind"], row["label"])
    body, role = top["post"].split("|")
    return dict(EXAMPLES, name=top["name"], entity=top["name"], document=top["document"], body=body, role=role,
                date=f"{top['year']}-12-31")


def _repeat(fn, repeats: int, budget: float) -> list[float]:
    """Times of up to ``repeats`` runs, stopping once ``budget`` seconds
    are spent (a slow query is run once or a few times)."""
    times = [_timed(fn)]
    while len(times) < repeats and sum(times) < budget:
        times.append(_timed(fn))
    return times


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _row_keys(result_rows) -> list[tuple[str, ...]]:
    return sorted(tuple("" if t is None else str(t) for t in row) for row in result_rows)


def bench_reasoning(args) -> list[str]:
    """The OWL 2 RL closure on graphs of about 10k and 100k triples, owlrl
    vs the fast path (equal valid inferences asserted): the engines alone
    (owlrl expanding an rdflib graph; the rules closing an in-memory
    Oxigraph copy), and end to end (reading the premises from the on-disk
    store; the fast path also writes its closure back)."""
    out = []
    for articles in args.reason_articles:
        store = WORK / f"reason-{articles}"
        if not (store / "oxigraph").exists():
            corpus = WORK / f"reason-{articles}.jsonl"
            write_corpus(articles, corpus, seed=3)
            with KnowledgeGraph(store) as kg:
                kg.build([corpus])
        with KnowledgeGraph(store) as kg:
            kg.store.clear_graph(reason.INFERRED)
            started = time.perf_counter()
            graph = reason.premises(kg.store)
            read = time.perf_counter() - started
            triples = len(graph)
            started = time.perf_counter()
            expected = reason.owlrl_closure(graph)
            owlrl_engine = time.perf_counter() - started
            engine, whole = [], []
            for _ in range(args.repeats):
                kg.store.clear_graph(reason.INFERRED)
                work = reason.WorkingCopy(kg.store)
                engine.append(_timed(work.close))
                kg.store.clear_graph(reason.INFERRED)
                whole.append(_timed(lambda: reason.fast_closure(kg.store)))
            got = reason.fast_inferences(kg.store)
        assert got == expected, "the fast path and owlrl disagree"
        fast_engine, fast_whole, owlrl_whole = statistics.median(engine), statistics.median(whole), read + owlrl_engine
        out.append(rows(f"OWL 2 RL closure, {triples:,} triples ({articles:,} articles; {len(got):,} inferences, "
                        "equal)", f"rules {fast_engine:.2f} s; end to end {fast_whole:.2f} s",
                        f"owlrl {owlrl_engine:.1f} s; end to end {owlrl_whole:.1f} s",
                        f"{owlrl_engine / fast_engine:.0f}× engines; {owlrl_whole / fast_whole:.0f}× end to end "
                        "(goal ≥ 50)"))
    return out


def bench_dump(args) -> list[str]:
    """Dump and re-load the named graphs: N-Quads and TriG, written by the
    store and parsed by pyoxigraph, beside rdflib parsing a tenth of the
    same file (its time scaled by ten)."""
    out = []
    with KnowledgeGraph(built(args.dump_articles)) as kg:
        for fmt, oxfmt in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
            write = median_time(lambda: kg.dump(io.BytesIO(), fmt), args.repeats)
            buf = io.BytesIO()
            kg.dump(buf, fmt)
            data = buf.getvalue()
            quads = sum(1 for _ in ox.parse(data, oxfmt))
            parse = median_time(lambda: sum(1 for _ in ox.parse(data, oxfmt)), args.repeats)
            tenth = _first_tenth(data, fmt)
            theirs = median_time(lambda: rdflib.Dataset().parse(data=tenth, format=fmt), 1) * 10
            out.append(rows(f"dump {fmt}, {quads:,} quads ({len(data) / 1e6:,.0f} MB)",
                            f"write {quads / write:,.0f} quads/s, parse {quads / parse:,.0f} quads/s",
                            f"rdflib parse {quads / theirs:,.0f} quads/s", f"{theirs / parse:.0f}× (parse)"))
    return out


def _first_tenth(data: bytes, fmt: str) -> bytes:
    """About a tenth of a dump, cut where a statement (N-Quads) or a graph
    block (TriG) ends, with the TriG prefixes kept."""
    cut = len(data) // 10
    if fmt == "nquads":
        return data[:data.rindex(b"\n", 0, cut) + 1]
    end = data.index(b"\n}\n", cut) + 3
    return data[:end]


def bench_viewer(args) -> list[str]:
    """Time until the whole-graph page is interactive in headless Chromium
    at 500, 5,000 and 20,000 nodes: our page (positions and the zoom level
    of each label computed beforehand, no physics) beside pyvis's default
    page of the same network (physics on, interactive once stabilised)."""
    from playwright.sync_api import TimeoutError as PageTimeout
    from playwright.sync_api import sync_playwright
    from pyvis.network import Network

    from cadregraph.viz.site import SiteWriter

    out = []
    with KnowledgeGraph(built(args.viewer_articles)) as kg:
        writers = {n: SiteWriter(kg.store, WORK / f"site-{n}", max_nodes=n) for n in (500, 5000, 20000)}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for n, writer in writers.items():
            view = writer.write_whole_graph()
            ours = median_time(lambda: _interactive(browser, writer.out / "graph.html", "window.cgReady === true"),
                               args.repeats)
            drawn = _count(browser, writer.out / "graph.html")
            net = Network(directed=True, cdn_resources="in_line")
            net.nodes = [{k: v for k, v in node.items() if k not in ("x", "y")} for node in view["nodes"]]
            net.edges = view["edges"]
            baseline = writer.out / "pyvis-default.html"
            net.write_html(str(baseline), notebook=False)
            with baseline.open("a", encoding="utf-8") as page:
                page.write('<script>network.once("stabilizationIterationsDone", () => window.cgReady = true);</script>')
            try:
                theirs = f"{_interactive(browser, baseline, 'window.cgReady === true', args.viewer_timeout):.1f} s"
                ratio = None
            except PageTimeout:
                theirs, ratio = f"> {args.viewer_timeout} s (not stabilised)", f"> {args.viewer_timeout / ours:.0f}×"
            out.append(rows(f"viewer, whole-graph page of {drawn:,} nodes", f"interactive in {ours:.2f} s",
                            f"pyvis default page: {theirs}",
                            ratio or f"{float(theirs.split()[0]) / ours:.0f}× (goal < 3 s at 5,000)"))
        browser.close()
    return out


def _interactive(browser, page_path: Path, ready: str, timeout: float = 120) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        started = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_function(ready, timeout=timeout * 1000, polling=50)
        return time.perf_counter() - started
    finally:
        page.close()


def _count(browser, page_path: Path) -> int:
    page = browser.new_page()
    page.goto(page_path.as_uri())
    page.wait_for_function("window.cgReady === true")
    drawn = int(page.evaluate("window.cgStats.drawn"))
    page.close()
    return drawn


def bench_endpoint(args) -> list[str]:
    """`cadregraph serve` under load: 50 clients, each sending the named
    queries one after another (a new connection each, as SPARQL clients
    do) for 30 s through the front; throughput, latency percentiles and
    every error counted. The baseline is the same queries run by 50
    threads on the store opened in-process, with no HTTP and no engine
    process: the ratio is what the front costs."""
    store = built(args.query_articles)
    with KnowledgeGraph(store) as kg:
        examples = _examples(kg)
        texts = [insert_values(q.text, queries.bind(q, {p.name: examples[p.name] for p in q.params}))
                 for _, q in sorted(queries.library().items())]
    direct = ox.Store(str(store / "oxigraph"))
    baseline = _load(lambda text: list(direct.query(text)), texts, args.endpoint_clients, args.endpoint_seconds)
    direct = None                        # closed before the server opens the store
    pages = WORK / "no-pages"            # the viewer pages are not measured here: serve an empty site
    pages.mkdir(exist_ok=True)
    server = subprocess.Popen([sys.executable, "-m", "cadregraph", "serve", "--store", str(store), "--port", "0",
                               "--site", str(pages)], stderr=subprocess.PIPE, text=True)
    try:
        url = re.search(r"(http://\S+/sparql)", server.stderr.readline()).group(1)
        through = _load(lambda text: _post(url, text), texts, args.endpoint_clients, args.endpoint_seconds)
    finally:
        server.terminate()
        server.wait(30)
    errors = ", ".join(f"{n} {kind}" for kind, n in through["errors"].most_common()) or "none"
    return [rows(f"endpoint, {args.endpoint_clients} clients for {args.endpoint_seconds} s through the front, "
                 f"the {len(texts)} named queries in turn ({args.query_articles // 1000}k articles)",
                 f"{through['rate']:,.0f} queries/s; p50 {through['p50'] * 1e3:,.0f} ms, "
                 f"p95 {through['p95'] * 1e3:,.0f} ms, p99 {through['p99'] * 1e3:,.0f} ms; "
                 f"{through['count']:,} queries, errors: {errors}",
                 f"in-process, {args.endpoint_clients} threads: {baseline['rate']:,.0f} queries/s, "
                 f"p95 {baseline['p95'] * 1e3:,.0f} ms",
                 f"{through['rate'] / baseline['rate']:.2f}× (goal: 0 errors)")]


def _post(url: str, text: str) -> None:
    req = urllib.request.Request(url, data=text.encode("utf-8"), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        resp.read()


def _load(ask, texts: list[str], clients: int, seconds: float) -> dict:
    """``clients`` threads calling ``ask(text)`` over ``texts`` in turn
    for ``seconds``: rate, latency percentiles, errors by kind."""
    latencies: list[float] = []
    errors: Counter = Counter()
    stop = time.perf_counter() + seconds

    def client(first: int) -> None:
        for i in itertools.count(first):
            if time.perf_counter() >= stop:
                return
            started = time.perf_counter()
            try:
                ask(texts[i % len(texts)])
            except urllib.error.HTTPError as exc:
                errors[f"HTTP {exc.code}"] += 1
            except Exception as exc:  # noqa: BLE001 - every failure is counted by its kind
                errors[type(exc).__name__] += 1
            else:
                latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return {"count": len(latencies), "rate": len(latencies) / elapsed, "errors": errors,
            "p50": percentile(latencies, 0.5), "p95": percentile(latencies, 0.95), "p99": percentile(latencies, 0.99)}


SECTIONS = {"extraction": bench_extraction, "build": bench_build, "query": bench_queries,
            "reason": bench_reasoning, "dump": bench_dump, "viewer": bench_viewer, "endpoint": bench_endpoint}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) / 1e6 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated sections: " + ", ".join(SECTIONS))
    ap.add_argument("--quick", action="store_true", help="small corpora, few repeats")
    ap.add_argument("-o", "--output", type=Path, default=HERE / "RESULTS.md")
    args = ap.parse_args(argv)
    args.repeats = 1 if args.quick else 3
    args.articles = 1000 if args.quick else 10_000
    args.build_articles = 10_000 if args.quick else 100_000
    args.query_articles = 1000 if args.quick else 10_000
    args.large_articles = 10_000 if args.quick else 100_000
    args.dump_articles = 1000 if args.quick else 10_000
    args.query_repeats = 5 if args.quick else 20
    args.rdflib_timeout = 30 if args.quick else 60
    args.reason_articles = [50, 500] if args.quick else [60, 1700]
    args.viewer_articles = 1000 if args.quick else 10_000
    args.viewer_timeout = 60 if args.quick else 120
    args.endpoint_clients = 50
    args.endpoint_seconds = 10 if args.quick else 30
    chosen = args.only.split(",") if args.only else list(SECTIONS)
    WORK.mkdir(parents=True, exist_ok=True)
    lines = ["# CadreGraph benchmarks", "", f"Machine: {machine()}.", "",
             f"Run: `python -m bench{' --quick' if args.quick else ''}` on {time.strftime('%Y-%m-%d')}; "
             "each figure beside its baseline in the same run, median of repeats.", "",
             rows("work", "CadreGraph", "baseline", "ratio"), rows("---", "---", "---", "---")]
    for name in chosen:
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        lines += SECTIONS[name](args)
        print(f"[bench] {name} done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")   # after each section: nothing lost
    print("\n".join(lines))


if __name__ == "__main__":
    main()
