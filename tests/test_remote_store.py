"""The remote store: build, query, reason, dump and facts give the same
answers on a real Oxigraph server (`oxigraph serve`, from PyPI) and on
Virtuoso Open Source (Debian's virtuoso-opensource) as on the embedded
store. Each server is started once per test session, on loopback ports."""
from __future__ import annotations

import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from cadregraph.core import iris
from cadregraph.use import named as queries
from cadregraph.reason import closure as reason
from cadregraph.api import KnowledgeGraph
from conftest import SAMPLES, copy_store, run_cli

pytestmark = pytest.mark.server
EXAMPLES = {  # a value for each parameter of the library
    "name": "Tô Lâm", "body": "Ban Tổ chức Trung ương", "issuer": "Bộ Chính trị", "document": "58-QĐ/TW",
    "entity": "58-QĐ/TW", "province": "Kiên Giang", "role": "Bí thư", "date": "2022-12-31"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server stopped at start (exit {proc.returncode})")
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"the server did not answer {url} within {seconds:.0f} s")


def _built(url: str) -> str:
    built = run_cli("build", str(SAMPLES), "--store", url, "--quiet")
    assert built.returncode == 0, built.stderr
    return url


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    folder = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url + "/query?query=ASK%7B%7D", proc)
        yield _built(url)
    finally:
        proc.terminate()
        proc.wait(10)


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if not binary or not isql:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http))
    proc = subprocess.Popen([binary, "-f", "-c", str(folder / "virtuoso.ini")], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http}/sparql"
    try:
        _wait(url + "?query=ASK%7B%7D", proc)
        # a fresh database: the anonymous SPARQL user may update (loopback only)
        granted = subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                                 capture_output=True, text=True, timeout=30)
        assert granted.returncode == 0, granted.stdout + granted.stderr
        yield _built(url)
    finally:
        proc.terminate()
        proc.wait(30)


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
