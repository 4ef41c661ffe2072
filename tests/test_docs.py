"""The README is a newcomer's page: short, and every reference page in docs/
is linked from it; every relative link in README and docs/ points at a file of
the repository."""
from __future__ import annotations

import re

from conftest import ROOT

LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_readme_is_short_and_links_every_docs_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) <= 10 * 1024
    linked = set(LINK.findall(readme))
    pages = {f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")}
    assert pages and pages <= linked, sorted(pages - linked)


def test_relative_links_point_at_files_of_the_repository():
    broken = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            if not (page.parent / target).resolve().exists():
                broken.append(f"{page.relative_to(ROOT)} -> {target}")
    assert not broken, broken


def test_readme_example_is_what_the_commands_print():
    """The worked example is written by `python -m bench.readme --write`;
    run again, the commands print the same (times aside)."""
    import sys
    sys.path.insert(0, str(ROOT))
    from bench import readme
    mask = lambda text: readme.TIMING.sub("… s", text)     # noqa: E731
    assert mask(readme.block()) == mask(readme.current())
