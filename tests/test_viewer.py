"""The network pages in a real browser (Debian's chromium through
Playwright): every view opens from disk with no console errors and no
network, draws as many nodes as the graph query counts, search finds the
right node, and text from articles cannot become markup."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from cadregraph.api import KnowledgeGraph
from cadregraph.viz.site import write_site
from conftest import copy_store

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ID = "https://w3id.org/cadregraph/id/"
PREFIXES = """PREFIX cg: <https://w3id.org/cadregraph/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX eli: <http://data.europa.eu/eli/ontology#>
"""
# What the whole-graph view draws: every person, document and event, and every body an article names.
WHOLE = PREFIXES + """SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a cg:Person ; foaf:name [] } UNION { ?x a cg:Document } UNION { ?x a cg:Event ; rdfs:label [] }
  UNION { ?x a/rdfs:subClassOf* cg:Organization ; skos:prefLabel []
          FILTER EXISTS { GRAPH ?g { ?s ?p ?x } FILTER(STRSTARTS(STR(?g), "https://w3id.org/cadregraph/id/article/")) } }
}"""
# A person's view: the person, their bodies and events, and everyone and everything at those events.
PERSON = PREFIXES + """SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {
  { BIND(?p AS ?n) } UNION { ?t org:member ?p ; org:organization ?n ; cg:roleLabel [] }
  UNION { ?n cg:chair|cg:speaker|cg:attendee ?p }
  UNION { ?e cg:chair|cg:speaker|cg:attendee ?p . ?e cg:chair|cg:speaker|cg:attendee|cg:concerns|cg:adopts ?n }
}"""
# An event's view: the event, its people and documents.
EVENT = PREFIXES + """SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {
  { BIND(?e AS ?n) } UNION { ?e cg:chair|cg:speaker|cg:attendee|cg:concerns|cg:adopts ?n } }"""


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run the "
                    "viewer tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


class Page:
    """A page opened from disk, with what it logged and what it tried to fetch."""

    def __init__(self, browser, path: Path, shots: Path | None = None) -> None:
        self.errors: list[str] = []
        self.remote: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: not r.url.startswith(("file:", "data:", "blob:"))
                     and self.remote.append(r.url))
        started = time.monotonic()
        self.page.goto(path.as_uri())
        self.seconds = time.monotonic() - started

    def ready(self) -> dict:
        self.page.wait_for_function("window.cgReady === true", timeout=30_000)
        return self.page.evaluate("window.cgStats")

    def close(self) -> None:
        assert self.errors == [], self.errors
        assert self.remote == [], f"the page fetched {self.remote}"
        self.page.close()


def _count(kg, sparql, **params) -> int:
    return int(next(iter(kg.query(sparql, **params).records()[0].values())))


def _view(browser, site: Path, page: str, shots: Path) -> dict:
    p = Page(browser, site / page)
    stats = p.ready()
    p.page.screenshot(path=str(shots / (page.replace("/", "_") + ".png")))
    p.close()
    return stats


@pytest.fixture(scope="module")
def sample_site(sample_kg, tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    write_site(sample_kg.store, site)
    return site


def test_sample_views_draw_every_node(browser, sample_kg, sample_site, tmp_path):
    stats = _view(browser, sample_site, "graph.html", tmp_path)
    assert stats["nodes"] == _count(sample_kg, WHOLE) and stats["hidden"] == 0
    person = _view(browser, sample_site, "person/to-lam.html", tmp_path)
    assert person["nodes"] == _count(sample_kg, PERSON.replace("?p", f"<{ID}person/to-lam>"))
    assert (tmp_path / "graph.html.png").stat().st_size > 10_000


def test_index_search_ignores_diacritics(browser, sample_site):
    p = Page(browser, sample_site / "index.html")
    assert p.page.evaluate("window.cgSearch('to lam')") == "person/to-lam"
    assert p.page.evaluate("window.cgSearch('bo chinh tri')") == "org/bo-chinh-tri"
    assert p.page.evaluate("window.cgSearch('58-qd')") == "doc/58-qd-tw-khoa-xiii"
    visible = p.page.locator("li:visible a").all_inner_texts()
    assert visible == ["58-QĐ/TW"]
    p.page.fill("#search", "do thanh binh")
    assert p.page.locator("li:visible a").all_inner_texts() == ["Đỗ Thanh Bình"]
    p.page.click("text=Đỗ Thanh Bình")
    p.page.wait_for_function("window.cgReady === true")
    assert p.page.url.endswith("person/do-thanh-binh.html")
    p.close()


def test_page_search_selects_the_node(browser, sample_site):
    p = Page(browser, sample_site / "graph.html")
    p.ready()
    assert p.page.evaluate("window.cgSelect('mai van huynh')") == "person/mai-van-huynh"
    p.page.fill("#search", "phan thang an")
    p.page.press("#search", "Enter")
    assert p.page.evaluate("network.getSelectedNodes()") == ["person/phan-thang-an"]
    p.close()


def test_filters_hide_classes_and_dates(browser, sample_site):
    p = Page(browser, sample_site / "graph.html")
    p.ready()
    p.page.uncheck("input.kind[data-kind=person]")
    hidden = p.page.evaluate("nodes.get({filter: n => n.hidden}).length")
    assert hidden == p.page.evaluate("nodes.get({filter: n => n.group === 'person'}).length") > 0
    p.page.check("input.kind[data-kind=person]")
    p.page.fill("#from", "2025")
    p.page.dispatch_event("#from", "change")
    shown_events = p.page.evaluate("nodes.get({filter: n => n.group === 'event' && !n.hidden})"
                                   ".map(n => n.info.date).filter(Boolean)")
    assert shown_events and all(d >= "2025" for d in shown_events)
    p.close()


def test_hostile_text_renders_as_text(browser, sample_kg, tmp_path):
    with KnowledgeGraph(copy_store(sample_kg, tmp_path / "store")) as kg:
        hostile = f"""
  <{ID}person/x> a cg:Person ; foaf:name "<script>window.pwned=1</script>Nguyễn \\"onmouseover=window.pwned=2 x" .
  <{ID}tenure/x> a cg:Tenure ; org:member <{ID}person/x> ; org:organization <{ID}org/bo-chinh-tri> ;
     cg:roleLabel "<img src=x onerror=window.pwned=3>" ."""
        kg.store.update(f"""PREFIX cg: <https://w3id.org/cadregraph/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
INSERT DATA {{ GRAPH <{ID}article/s01-tap-huan-bvctnb> {{ {hostile} }} {hostile} }}""")
        site = tmp_path / "site"
        write_site(kg.store, site)
    for page in ("index.html", "graph.html", "person/x.html"):
        p = Page(browser, site / page)
        if page != "index.html":
            p.ready()
            at = p.page.evaluate("(() => { const c = network.canvasToDOM(network.getPosition('person/x'));"
                                 " const r = document.getElementById('net').getBoundingClientRect();"
                                 " return [c.x + r.left, c.y + r.top]; })()")
            p.page.mouse.move(at[0] + 40, at[1] + 40)
            p.page.mouse.move(*at)
            tip = p.page.locator("div.vis-tooltip")
            tip.wait_for(state="visible", timeout=5000)
            assert "<img src=x onerror=window.pwned=3>" in tip.inner_text()
            assert '"onmouseover=window.pwned=2' in tip.inner_text()
        assert p.page.evaluate("window.pwned") is None
        assert p.page.locator("img[src=x]").count() == 0
        if page == "index.html":
            assert "<script>window.pwned=1</script>" in p.page.locator("#lists").inner_text()
        p.close()


@pytest.mark.slow
def test_dev_corpus_views(browser, dev_kg, tmp_path_factory):
    site = tmp_path_factory.mktemp("devsite")
    shots = tmp_path_factory.mktemp("shots")
    write_site(dev_kg.store, site)
    whole = Page(browser, site / "graph.html")
    stats = whole.ready()
    print(f"\ngraph.html: {stats['nodes']} nodes, {stats['edges']} edges, interactive in {whole.seconds:.2f} s")
    whole.page.screenshot(path=str(shots / "graph.png"))
    assert stats["nodes"] == _count(dev_kg, WHOLE) > 300
    assert whole.page.evaluate("window.cgSelect('to lam')") == "person/to-lam"
    whole.close()
    views = {"person/to-lam.html": PERSON.replace("?p", f"<{ID}person/to-lam>"),
             "person/nguyen-phu-trong.html": PERSON.replace("?p", f"<{ID}person/nguyen-phu-trong>")}
    events = [p.relative_to(site).as_posix() for p in sorted((site / "event").glob("*.html"))[:5]]
    for page in events:
        views[page] = EVENT.replace("?e", f"<{ID}{page[:-5]}>")
    for page, sparql in views.items():
        stats = _view(browser, site, page, shots)
        assert stats["nodes"] == _count(dev_kg, sparql), page
        print(f"{page}: {stats['nodes']} nodes")
    for page in ("org/ban-to-chuc-trung-uong.html", "org/quoc-hoi.html", "doc/58-qd-tw-khoa-xiii.html",
                 "index.html"):
        p = Page(browser, site / page)
        if page != "index.html":
            print(f"{page}: {p.ready()['nodes']} nodes in {p.seconds:.2f} s")
        p.page.screenshot(path=str(shots / (page.replace("/", "_") + ".png")))
        p.close()
    assert len(list(shots.glob("*.png"))) >= 10
    shutil.rmtree(site)
