"""The viewer's pages as a reader first sees them, at 1366×900, for
docs/screenshots/ (linked from the README and docs/viewer.md):

    python -m bench.screenshots       # rewrites docs/screenshots/*.png

It builds the bundled samples into a scratch store, writes the site and
opens each page in Debian's Chromium (through Playwright, the test extra),
from disk and offline, as the viewer tests do."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from cadregraph.api import KnowledgeGraph
from cadregraph.viz.site import write_site

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
SIZE = {"width": 1366, "height": 900}
PAGES = {   # file name -> page of the site
    "index": "index.html", "graph": "graph.html", "person": "person/to-lam.html",
    "body": "org/tinh-uy-kien-giang.html", "document": "doc/58-qd-tw-khoa-xiii.html",
    "event": "event/article-s01-tap-huan-bvctnb-1.html",
}
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> None:
    from playwright.sync_api import sync_playwright
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cadregraph-shots-") as tmp:
        with KnowledgeGraph(Path(tmp) / "store") as kg:
            kg.build([ROOT / "data" / "samples"])
            write_site(kg.store, Path(tmp) / "site")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for name, page_path in PAGES.items():
                page = browser.new_page(viewport=SIZE)
                page.goto((Path(tmp) / "site" / page_path).as_uri())
                page.wait_for_function("window.cgReady === true", timeout=30_000)
                page.wait_for_timeout(300)
                page.screenshot(path=str(OUT / f"{name}.png"))
                page.close()
                print(f"wrote {OUT.relative_to(ROOT)}/{name}.png ({page_path})", file=sys.stderr)
            browser.close()


if __name__ == "__main__":
    main()
