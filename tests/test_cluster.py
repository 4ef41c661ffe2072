"""Extraction on a Dask cluster: a build whose articles are extracted by
the workers of a LocalCluster gives the same store as a local build, and
keeps the build's guarantees (stored articles skipped, whole batches)."""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from cadregraph.api import KnowledgeGraph
from cadregraph.build.cluster import cluster_extractions
from cadregraph.core.errors import CadreGraphError
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
        local.build(inputs)
        expected = _quads(local)
    with KnowledgeGraph(tmp_path / "dask") as kg:
        report = kg.build(inputs, cluster=cluster, batch_size=16)
        assert report.ingested > 9 and not report.skipped
        assert _quads(kg) == expected
        again = kg.build(inputs, cluster=cluster)
        assert again.ingested == 0 and again.unchanged == report.ingested
        assert _quads(kg) == expected


def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(CadreGraphError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        list(cluster_extractions(iter([]), "tcp://127.0.0.1:9", timeout=1))


def test_jobs_and_cluster_together_are_bad_usage(tmp_path):
    out = run_cli("build", str(SAMPLES), "--store", str(tmp_path / "s"), "--jobs", "2", "--cluster", "tcp://127.0.0.1:9")
    assert out.returncode == 2 and "give one of them" in out.stderr
