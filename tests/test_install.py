"""`pip install .` (not editable) into a fresh virtual environment gives a
working `cadregraph` command that finds the ontology, the vocabularies and
the queries inside the installed package, away from the checkout."""
from __future__ import annotations

import json
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    # The dependencies come from this environment (a .pth file); cadregraph
    # itself is built from the checkout as pip builds it for a user (in an
    # isolated build environment, with setuptools from the package index).
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    parents = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    Path(purelib, "parent-env.pth").write_text("\n".join(dict.fromkeys(parents)) + "\n")
    done = subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "-q", str(ROOT)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return venv


def test_installed_command_finds_its_resources(fresh_venv, tmp_path):
    exe = fresh_venv / "bin" / "cadregraph"
    where = subprocess.run([str(fresh_venv / "bin" / "python"), "-c",
                            "import cadregraph, cadregraph.core.resources as r; print(cadregraph.__file__); "
                            "print(r.ontology_file()); print(r.query_dir())"],
                           capture_output=True, text=True, check=True, cwd=tmp_path).stdout.split()
    assert all(str(fresh_venv) in line for line in where), where
    listed = subprocess.run([str(exe), "query", "--list"], capture_output=True, text=True, cwd=tmp_path)
    assert listed.returncode == 0 and "career" in listed.stdout and "document-lineage" in listed.stdout
    built = subprocess.run([str(exe), "build", str(SAMPLES), "--store", "st"], capture_output=True, text=True,
                           cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    career = subprocess.run([str(exe), "query", "career", "--param", "name=Tô Lâm", "--format", "json",
                             "--store", "st"], capture_output=True, text=True, cwd=tmp_path)
    rows = json.loads(career.stdout)["results"]["bindings"]
    assert {r["body"]["value"] for r in rows} >= {"Bộ Công an", "Bộ Chính trị"}
    view = subprocess.run([str(exe), "view", "--store", "st", "-o", "site"], capture_output=True, text=True,
                          cwd=tmp_path)
    assert view.returncode == 0, view.stderr
    assert (tmp_path / "site" / "index.html").is_file()
