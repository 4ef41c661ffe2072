"""Where the installed package keeps its Turtle and SPARQL files."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def package_dir(name: str) -> Path:
    """The folder of the ontology or the queries. A wheel installs them
    inside the package (cadregraph/ontology); a development checkout keeps
    them beside graph/, at the top of the repository."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the {name}/ folder next to {_PACKAGE}: "
                            "reinstall cadregraph (pip install .)")


def ontology_file() -> Path:
    return package_dir("ontology") / "cadregraph.ttl"


def shapes_file() -> Path:
    return package_dir("ontology") / "shapes.ttl"


def vocab_files() -> list[Path]:
    return sorted((package_dir("ontology") / "vocab").glob("*.ttl"))


def vocab_file(name: str) -> Path:
    return package_dir("ontology") / "vocab" / f"{name}.ttl"


def query_dir() -> Path:
    return package_dir("queries")
