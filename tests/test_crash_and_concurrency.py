"""Crash safety and concurrency: a build killed at any moment leaves whole
articles only and the next build completes to the same graph; re-ingesting
changes nothing; queries keep answering, consistently, while a build writes."""
from __future__ import annotations

import io
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter

import pyoxigraph as ox
import pytest

from bench.corpus import write as write_corpus
from cadregraph.api import KnowledgeGraph

ARTICLE = "https://w3id.org/cadregraph/id/article/"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(400, tmp_path_factory.mktemp("corpus") / "syn.jsonl", seed=11)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """The quads of an uninterrupted build, per graph."""
    store = tmp_path_factory.mktemp("ref") / "store"
    with KnowledgeGraph(store) as kg:
        kg.build([corpus], batch_size=40)
        return _graphs(kg)


def _graphs(kg) -> dict[str, set]:
    buf = io.BytesIO()
    kg.dump(buf, "nquads")
    out: dict[str, set] = {}
    for q in ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS):
        out.setdefault(q.graph_name.value, set()).add(q)
    return out


def _build(corpus, store, *extra):
    return subprocess.Popen([sys.executable, "-m", "cadregraph", "build", str(corpus), "--store", str(store),
                             "--quiet", "--batch", "40", *extra], stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1.5, 3.0, 5.0])
def test_killed_build_leaves_whole_articles_and_resumes(corpus, reference, tmp_path, kill_after):
    store = tmp_path / "store"
    proc = _build(corpus, store)
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with KnowledgeGraph(store) as kg:
        partial = _graphs(kg)
    articles = {g for g in partial if g.startswith(ARTICLE)}
    print(f"\nkilled after {kill_after} s: {len(articles)} of 400 articles stored")
    for g in articles:
        assert partial[g] == reference[g], f"{g} is not whole"
    assert len(articles) % 40 == 0, "whole batches only"
    done = _build(corpus, store)
    assert done.wait(300) == 0, done.stderr.read()
    with KnowledgeGraph(store) as kg:
        assert _graphs(kg) == reference


def test_reingesting_changes_nothing(corpus, reference, tmp_path):
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([corpus], batch_size=40)
        report = kg.build([corpus], batch_size=40)
        assert (report.ingested, report.unchanged) == (0, 400)
        assert _graphs(kg) == reference


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ask(url: str, sparql: str) -> list[dict]:
    req = urllib.request.Request(url + "/sparql", data=urllib.parse.urlencode({"query": sparql}).encode(),
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())["results"]["bindings"]


PER_ARTICLE = f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
  FILTER(STRSTARTS(STR(?g), "{ARTICLE}")) }} GROUP BY ?g"""


@pytest.mark.slow
def test_endpoint_answers_consistently_while_a_build_writes(corpus, reference, tmp_path):
    store = tmp_path / "store"
    port = _port()
    server = subprocess.Popen([sys.executable, "-m", "cadregraph", "serve", "--store", str(store),
                               "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        assert "SPARQL endpoint" in server.stderr.readline()
        url = f"http://127.0.0.1:{port}"
        build = _build(corpus, store)          # goes through the server: the store is served
        seen = Counter()
        answers = 0
        while build.poll() is None:
            for row in _ask(url, PER_ARTICLE):
                g, n = row["g"]["value"], int(row["n"]["value"])
                assert n == len(reference[g]), f"{g} seen half-written ({n} quads)"
                seen[g] += 1
            answers += 1
        assert build.returncode == 0, build.stderr.read()
        print(f"\n{answers} consistent answers during the build; {len(seen)} articles seen while it ran")
        assert answers >= 3
        assert len(_ask(url, PER_ARTICLE)) == 400
    finally:
        server.terminate()
        server.wait(20)


def test_query_waits_for_a_batch_boundary_on_the_embedded_store(corpus, tmp_path):
    store = tmp_path / "store"
    articles = tmp_path / "articles.rq"      # the merge itself: summaries come at the end of a build
    articles.write_text("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?g "
                        "<http://purl.org/dc/terms/identifier> ?a } }", encoding="utf-8")
    build = _build(corpus, store)
    time.sleep(1.0)
    started = time.monotonic()
    query = subprocess.run([sys.executable, "-m", "cadregraph", "query", str(articles), "--format", "csv",
                            "--store", str(store)], capture_output=True, text=True, timeout=120)
    waited = time.monotonic() - started
    assert query.returncode == 0, query.stderr
    assert build.wait(300) == 0
    print(f"\nquery answered after {waited:.1f} s while the build ran: {query.stdout.split()[-1]} articles")
    assert 0 < int(query.stdout.split()[-1]) < 400, "a query in the middle of a build sees whole batches"
