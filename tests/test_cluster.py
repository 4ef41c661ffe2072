"""Extraction on a Dask cluster: a build whose articles are extracted by
the workers of a LocalCluster gives the same store as a local build, and
keeps the build's guarantees (stored articles skipped, whole batches)."""
from __future__ import annotations

import io
import json
import shutil
import threading

import pyoxigraph as ox
import pytest

from cadregraph.api import KnowledgeGraph
from cadregraph.build import cluster as cluster_module
from cadregraph.build.cluster import cluster_extractions
from cadregraph.core.errors import CadreGraphError
from cadregraph.read.load import Loader, line_pieces
from conftest import DEV, SAMPLES, run_cli

distributed = pytest.importorskip("distributed", reason="Dask is not installed (pip install 'cadregraph[cluster]')")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as lc:
        yield lc.scheduler_address


def _quads(kg: KnowledgeGraph) -> set:
    buf = io.BytesIO()
    kg.dump(buf, "nquads")
    return set(ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS))


def test_a_cluster_build_equals_a_local_build(cluster, tmp_path):
    inputs = [SAMPLES, DEV] if DEV.is_dir() else [SAMPLES]
    with KnowledgeGraph(tmp_path / "local") as local:
        articles = local.build(inputs).ingested
        expected = _quads(local)
    with KnowledgeGraph(tmp_path / "dask") as kg:
        report = kg.build(inputs, cluster=cluster, batch_size=16)
        assert report.ingested == articles >= 9 and not report.skipped
        assert _quads(kg) == expected
        again = kg.build(inputs, cluster=cluster)
        assert again.ingested == 0 and again.unchanged == report.ingested
        assert _quads(kg) == expected


def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(CadreGraphError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        list(cluster_extractions([], Loader(), iter, "tcp://127.0.0.1:9", timeout=1))


def test_jobs_and_cluster_together_are_bad_usage(tmp_path):
    out = run_cli("build", str(SAMPLES), "--store", str(tmp_path / "s"), "--jobs", "2", "--cluster", "tcp://127.0.0.1:9")
    assert out.returncode == 2 and "give one of them" in out.stderr


def _hidden_from_workers(pieces, max_bytes):
    """``read_pieces`` on workers that do not see the folder 'hidden'."""
    READ_ON.extend((threading.current_thread() is threading.main_thread(), piece) for piece in pieces)
    if any("hidden" in piece.path for piece in pieces):
        return None
    return READ_PIECES(pieces, max_bytes)


READ_PIECES = cluster_module.read_pieces
READ_ON: list = []          # (in the writer's thread?, piece) of every call


def test_workers_read_the_files_in_pieces_and_the_writer_reads_what_they_cannot_see(cluster, tmp_path, monkeypatch):
    # one JSONL file cut into pieces at line ends (a bad line and a line
    # without an id among them: sources and ids keep the whole file's line
    # numbers), and a folder the workers cannot see, read here instead
    lines = [json.dumps(json.loads(f.read_text(encoding="utf-8")), ensure_ascii=False)
             for f in sorted(SAMPLES.glob("*.json"))]
    lines[1:1] = ["{not json", json.dumps({"text": json.loads(lines[0])["text"].replace("2024", "2023")},
                                          ensure_ascii=False)]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "archive.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "in" / "hidden").mkdir()
    for f in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(f, tmp_path / "in" / "hidden" / f.name)
    inputs = [tmp_path / "in"]
    with KnowledgeGraph(tmp_path / "local") as local:
        expected_report = local.build(inputs)
        expected = _quads(local)
    monkeypatch.setattr(cluster_module, "PIECE", 1000)
    monkeypatch.setattr(cluster_module, "read_pieces", _hidden_from_workers)
    assert len(line_pieces(tmp_path / "in" / "archive.jsonl", 1000)) > 2
    with KnowledgeGraph(tmp_path / "dask") as kg:
        report = kg.build(inputs, cluster=cluster)
        assert _quads(kg) == expected
    archive = [(writer, piece) for writer, piece in READ_ON if piece.path.endswith("archive.jsonl")]
    assert len(archive) > 2 and not any(writer for writer, _ in archive), "pieces of the file read by the workers"
    assert {piece.start for _, piece in archive} == {piece.start for piece in line_pieces(archive[0][1].path, 1000)}
    assert report.ingested == expected_report.ingested == len(lines) - 1 + len(list(SAMPLES.glob("*.txt")))
    assert report.log_lines() == expected_report.log_lines()
    assert any(":2\t" in line and "malformed JSON" in line for line in report.log_lines())
