"""Shared fixtures: the sample corpus and, when ../shared is present, the
development corpus, each built once per test session."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cadregraph.api import KnowledgeGraph

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
SCORER = SHARED / "eval" / "score.py"
SEEDS = SHARED / "seeds"


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """`cadregraph ARGS` in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "cadregraph", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def shared_present() -> bool:
    return DEV.is_dir() and SCORER.is_file()


def need_shared() -> None:
    if not shared_present():
        pytest.skip("../shared/eval is not here (the development corpus and scorer live beside the checkout)")


@pytest.fixture(scope="session")
def sample_kg(tmp_path_factory):
    folder = tmp_path_factory.mktemp("samples") / "store"
    kg = KnowledgeGraph(folder)
    report = kg.build([SAMPLES])
    assert not report.skipped, report.summary()
    yield kg
    kg.close()


@pytest.fixture(scope="session")
def dev_kg(tmp_path_factory):
    need_shared()
    folder = tmp_path_factory.mktemp("dev") / "store"
    kg = KnowledgeGraph(folder)
    report = kg.build([DEV, SAMPLES])
    assert not report.skipped, report.summary()
    yield kg
    kg.close()


def gold(article_id: str) -> dict:
    return json.loads((DEV / f"{article_id}.json").read_text(encoding="utf-8"))


def copy_store(kg: KnowledgeGraph, target: Path) -> Path:
    """A copy of a built store (the original stays open)."""
    kg.store.close()
    shutil.copytree(kg.location, target)
    kg.store.open()
    return target
