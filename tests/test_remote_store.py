"""The remote store: build, query, reason, dump and facts give the same
answers on a real Oxigraph server (`oxigraph serve`, from PyPI) and on
Virtuoso Open Source (Debian's virtuoso-opensource) as on the embedded
store. Each server is started once per test session, on loopback ports."""
from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest

from cadregraph.build import summaries
from cadregraph.core import iris
from cadregraph.use import named as queries
from cadregraph.reason import closure as reason
from cadregraph.api import KnowledgeGraph
from bench import servers
from conftest import SAMPLES, copy_store, run_cli
from test_summaries import NEW_ARTICLE

pytestmark = pytest.mark.server
EXAMPLES = {  # a value for each parameter of the library
    "name": "Tô Lâm", "body": "Ban Tổ chức Trung ương", "issuer": "Bộ Chính trị", "document": "58-QĐ/TW",
    "entity": "58-QĐ/TW", "province": "Kiên Giang", "role": "Bí thư", "date": "2022-12-31"}


def _built(url: str) -> str:
    built = run_cli("build", str(SAMPLES), "--store", url, "--quiet")
    assert built.returncode == 0, built.stderr
    return url


def _server(start, folder):
    try:
        with start(folder) as url:
            yield _built(url)
    except servers.Missing as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    yield from _server(servers.oxigraph, tmp_path_factory.mktemp("oxigraph"))


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    yield from _server(servers.virtuoso, tmp_path_factory.mktemp("virtuoso"))


@pytest.fixture(params=["oxigraph", "virtuoso"], scope="module")
def remote(request):
    return request.getfixturevalue(f"{request.param}_server")


def _quads(kg, graph_filter=lambda g: True) -> set:
    buf = io.BytesIO()
    kg.dump(buf, "nquads")
    return {q for q in ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS) if graph_filter(q.graph_name.value)}


def test_same_quads_as_the_embedded_store(remote, sample_kg):
    with KnowledgeGraph(remote) as kg:
        assert _quads(kg) == _quads(sample_kg)


def test_same_facts(remote, sample_kg):
    with KnowledgeGraph(remote) as kg:
        assert kg.facts() == sample_kg.facts()


@pytest.mark.parametrize("name", sorted(queries.library()))
def test_same_answers_to_every_named_query(remote, sample_kg, name):
    q = queries.get(name)
    params = {p.name: EXAMPLES[p.name] for p in q.params}
    with KnowledgeGraph(remote) as kg:
        got = kg.query(name, **params).records()
    assert _lists_sorted(got) == _lists_sorted(sample_kg.query(name, **params).records())


def _lists_sorted(records: list[dict]) -> list[dict]:
    """Records with GROUP_CONCAT lists sorted: SPARQL leaves the order of a
    group's values to the engine (Oxigraph and Virtuoso differ)."""
    def tidy(value):
        if isinstance(value, str):
            for sep in ("; ", " | "):
                if sep in value:
                    return sep.join(sorted(value.split(sep)))
        return value
    return [{k: tidy(v) for k, v in r.items()} for r in records]


def test_same_closure_and_cli_dump(remote, sample_kg, tmp_path):
    with KnowledgeGraph(copy_store(sample_kg, tmp_path / "local")) as local:
        reason.fast_closure(local.store)
        expected = reason.fast_inferences(local.store)
    done = run_cli("reason", "--store", remote)
    assert done.returncode == 0, done.stderr
    with KnowledgeGraph(remote) as kg:
        assert reason.fast_inferences(kg.store) == expected
        kg.store.clear_graph(iris.INFERRED_GRAPH)
    out = tmp_path / "remote.trig"
    assert run_cli("dump", "--store", remote, "--format", "trig", "-o", str(out)).returncode == 0
    assert set(ox.parse(out.read_bytes(), ox.RdfFormat.TRIG)) == _quads(sample_kg)


def test_rebuild_through_the_server_changes_nothing(remote):
    again = run_cli("build", str(SAMPLES), "--store", remote, "--quiet")
    assert again.returncode == 0 and "ingested 0 article(s), 9 unchanged" in again.stderr


def test_unreachable_endpoint_is_a_clear_error():
    out = run_cli("query", "persons", "--store", "http://127.0.0.1:9/")
    assert out.returncode == 1 and "cannot reach the SPARQL endpoint" in out.stderr


def test_an_added_article_updates_the_summaries_as_on_the_embedded_store(remote, sample_kg, tmp_path):
    """Runs last for each server: the summary update path (pending marks,
    DELETE DATA and INSERT DATA in one request) gives the same summary graph.
    On Virtuoso the request limit is lowered, so that the batch is written
    in several requests and the summaries are recomputed instead."""
    article = tmp_path / "new.json"
    article.write_text(json.dumps(NEW_ARTICLE, ensure_ascii=False), encoding="utf-8")
    with KnowledgeGraph(copy_store(sample_kg, tmp_path / "local")) as local:
        assert local.build([article]).ingested == 1
        expected = summaries.comparable(local.store)
        quads = _quads(local)
    with KnowledgeGraph(remote) as kg:
        if kg.store.max_update_bytes:
            kg.store.max_update_bytes = 4000
        assert kg.build([article]).ingested == 1
        assert summaries.comparable(kg.store) == expected
        assert not summaries.pending(kg.store)
        assert _quads(kg, lambda g: g != iris.SUMMARY_GRAPH) == {q for q in quads if q.graph_name.value != iris.SUMMARY_GRAPH}
