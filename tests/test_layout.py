"""The package's folders are the stages of the pipeline, and data flows one
way: no module of an earlier stage imports a module of a later one (imports
inside functions included)."""
from __future__ import annotations

import ast
import importlib
import pkgutil

import cadregraph

#: The stages in the order data flows through them (DESIGN.md).
STAGES = ["core", "read", "extract", "resolve", "rdf", "store", "build", "reason", "use", "viz", "serve",
          "interface"]
#: Top-level modules: the public API and the command line sit above every stage;
#: the package's face (its docstring and version) sits with the core.
INTERFACE = {"cadregraph.api", "cadregraph.cli", "cadregraph.__main__"}


def stage_of(module: str) -> str:
    if module in INTERFACE:
        return "interface"
    return module.split(".")[1] if "." in module else "core"


def modules() -> list[str]:
    found = ["cadregraph"] + sorted(INTERFACE - {"cadregraph.__main__"})
    for stage in STAGES[:-1]:
        package = importlib.import_module(f"cadregraph.{stage}")
        found.append(package.__name__)
        found += [info.name for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")]
    return found


def imported(module: str, known: set[str]) -> set[str]:
    """The modules among ``known`` that ``module`` imports, read from its source."""
    mod = importlib.import_module(module)
    tree = ast.parse(open(mod.__file__, encoding="utf-8").read())
    package = module if mod.__file__.endswith("__init__.py") else module.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [target] + [f"{target}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            if name in known:
                out.add(name)
    return out


def test_every_stage_is_a_package_with_a_docstring_saying_what_goes_in_and_out():
    for stage in STAGES[:-1]:
        package = importlib.import_module(f"cadregraph.{stage}")
        assert package.__doc__ and "In:" in package.__doc__ and "Out:" in package.__doc__, stage


def test_no_module_imports_a_later_stage():
    found = modules()
    assert {stage_of(m) for m in found} == set(STAGES)
    backwards = []
    for module in found:
        here = STAGES.index(stage_of(module))
        for target in imported(module, set(found)):
            if STAGES.index(stage_of(target)) > here:
                backwards.append(f"{module} imports {target}")
    assert not backwards, backwards
