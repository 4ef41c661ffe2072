"""The network pages in a real browser (Debian's chromium through
Playwright): every view opens from disk with no console errors and no
network, draws as many nodes as the graph query counts, search finds the
right node, and text from articles cannot become markup; filters keep each
class's colour and shape, arrows run from actor to thing, two entities are
joined by one edge, a clicked node's panel lists its facts with the
sentences that state them, labels are readable at the first zoom or not
drawn, and the layout is the one computed at build."""
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
        self.page = browser.new_page(viewport={"width": 1366, "height": 900})
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
                                   ".map(n => n.date).filter(Boolean)")
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


# ------------------------------------------------------ what a reader sees
STYLE = {"person": ("dot", "#d6604d"), "body": ("square", "#4393c3"), "document": ("diamond", "#e08a3c"),
         "event": ("star", "#5aae61")}
DRAWN_STYLE = """(() => Object.fromEntries(nodes.getIds().map(id => {
  const o = network.body.nodes[id].options; return [id, [o.shape, o.color.background]]; })))()"""


def test_filters_keep_colours_and_shapes(browser, sample_site):
    p = Page(browser, sample_site / "graph.html")
    p.ready()
    kinds = p.page.evaluate("Object.fromEntries(nodes.get().map(n => [n.id, n.group]))")
    before = p.page.evaluate(DRAWN_STYLE)
    for kind in STYLE:
        p.page.uncheck(f"input.kind[data-kind={kind}]")
        p.page.check(f"input.kind[data-kind={kind}]")
    p.page.fill("#from", "2022")
    p.page.dispatch_event("#from", "change")
    p.page.fill("#from", "")
    p.page.dispatch_event("#from", "change")
    assert p.page.evaluate("nodes.get({filter: n => n.hidden}).length") == 0
    assert p.page.evaluate(DRAWN_STYLE) == before
    assert before == {n: list(STYLE[k]) for n, k in kinds.items()}
    p.close()


def test_arrows_run_from_actor_to_thing(browser, sample_site):
    p = Page(browser, sample_site / "graph.html")
    p.ready()

    def edge(a, b):
        found = p.page.evaluate("([a, b]) => edges.get({filter: e => [e.from, e.to].sort().join() === [a, b].sort()"
                                ".join()}).map(e => [e.from, e.to, e.label, e.arrows])", [a, b])
        assert len(found) == 1, found
        return found[0]
    assert edge("person/to-lam", "event/article-s05-tong-bi-thu-1")[:2] == ["person/to-lam",
                                                                           "event/article-s05-tong-bi-thu-1"]
    assert edge("person/mai-van-huynh", "org/tinh-uy-kien-giang")[:2] == ["person/mai-van-huynh",
                                                                         "org/tinh-uy-kien-giang"]
    implements = edge("doc/01-hd-btctw-khoa-xiii", "doc/58-qd-tw-khoa-xiii")
    assert implements[:2] == ["doc/01-hd-btctw-khoa-xiii", "doc/58-qd-tw-khoa-xiii"]
    assert implements[2] == "hướng dẫn thực hiện" and implements[3] == "to"
    issued = edge("org/bo-chinh-tri", "doc/58-qd-tw-khoa-xiii")
    assert issued[:3] == ["org/bo-chinh-tri", "doc/58-qd-tw-khoa-xiii", "ban hành"]
    p.close()


def test_parallel_edges_become_one_with_every_label(browser, sample_kg, sample_site):
    # Phan Thăng An both chaired and spoke at the training of s01: two facts, one line.
    assert _count(sample_kg, PREFIXES + f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{
        <{ID}event/article-s01-tap-huan-bvctnb-1> ?p <{ID}person/phan-thang-an> }}""") == 2
    for page in ("graph.html", "person/phan-thang-an.html", "event/article-s01-tap-huan-bvctnb-1.html"):
        p = Page(browser, sample_site / page)
        p.ready()
        pairs = p.page.evaluate("edges.get().map(e => [e.from, e.to].sort().join(' '))")
        assert len(pairs) == len(set(pairs)), page
        label = p.page.evaluate("edges.get({filter: e => e.from === 'person/phan-thang-an' && "
                                "e.to === 'event/article-s01-tap-huan-bvctnb-1'})[0].label")
        assert "chủ trì" in label and "phát biểu" in label
        p.close()


def _click_node(p: Page, node: str) -> None:
    at = p.page.evaluate("(id) => { const c = network.canvasToDOM(network.getPosition(id));"
                         " const r = document.getElementById('net').getBoundingClientRect();"
                         " return [c.x + r.left, c.y + r.top]; }", node)
    p.page.mouse.click(*at)


def test_panel_lists_posts_and_the_sentences_that_state_them(browser, sample_kg, sample_site):
    # What the article claims, read from the store: each post's sentence and the claimed words.
    claims = sample_kg.query(PREFIXES + """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?role ?body ?text ?from ?to ?at WHERE {
          ?t org:member <%sperson/mai-van-huynh> ; cg:roleLabel ?role ; org:organization/skos:prefLabel ?body .
          GRAPH ?g { ?c rdf:subject ?t ; rdf:object <%sperson/mai-van-huynh> ; cg:start ?from ; cg:end ?to ;
             cg:sentence [ cg:text ?text ; cg:start ?at ] } }""" % (ID, ID)).records()
    claimed = {f"{c['role']} — {c['body']}": c["text"][c["from"] - c["at"]:c["to"] - c["at"]] for c in claims}
    assert set(claimed) == {"Phó Bí thư Thường trực — Tỉnh ủy Kiên Giang",
                            "Chủ tịch — Hội đồng nhân dân tỉnh Kiên Giang"}
    p = Page(browser, sample_site / "graph.html")
    p.ready()
    _click_node(p, "person/mai-van-huynh")
    card = p.page.locator("#card")
    card.locator("section.posts").wait_for()
    assert sorted(card.locator("section.posts li .what").all_inner_texts()) == sorted(claimed)
    card.locator("a.open").click()
    p.page.wait_for_function("window.cgReady === true")
    assert p.page.url.endswith("person/mai-van-huynh.html")
    posts = p.page.locator("#facts section.posts > ul > li")
    assert posts.count() == 2
    for i in range(2):
        post = posts.nth(i)
        what = post.locator(".what").inner_text()
        assert post.locator("blockquote mark").inner_text() == claimed[what]
        assert "Tỉnh ủy Kiên Giang; đồng chí Mai Văn Huỳnh" in post.locator("blockquote").inner_text()
        assert post.locator(".src a").first.inner_text().startswith("Tập huấn nghiệp vụ")
        assert "2022-09-20" in post.locator(".when").inner_text()
    events = p.page.locator("#facts section.events li .what").all_inner_texts()
    assert events == ["tham dự — Hội nghị 2022-09-20"]
    p.close()


def test_search_finds_names_without_diacritics_and_short_forms(browser, sample_site):
    p = Page(browser, sample_site / "index.html")
    for typed, expected in (("quy dinh 58", "58-QĐ/TW"), ("58-QĐ/TW", "58-QĐ/TW"), ("mai van huynh", "Mai Văn Huỳnh")):
        p.page.fill("#search", typed)
        assert p.page.locator("li:visible a").all_inner_texts() == [expected], typed
    p.page.fill("#search", "tinh uy kien giang")        # every body whose name has these words
    assert "Tỉnh ủy Kiên Giang" in p.page.locator("li:visible a").all_inner_texts()
    p.close()
    p = Page(browser, sample_site / "graph.html")
    p.ready()
    assert p.page.evaluate("window.cgSelect('quy dinh 58')") == "doc/58-qd-tw-khoa-xiii"
    shown = set(p.page.evaluate("nodes.get({filter: n => !n.hidden}).map(n => n.id)"))
    assert shown == {"doc/58-qd-tw-khoa-xiii", "doc/01-hd-btctw-khoa-xiii", "org/bo-chinh-tri",
                     "event/article-s01-tap-huan-bvctnb-1", "event/article-s02-quan-triet-quy-dinh-58-1"}
    assert p.page.locator("#card h2").inner_text() == "58-QĐ/TW"
    p.page.click("#show-all")
    assert p.page.evaluate("nodes.get({filter: n => n.hidden}).length") == 0
    p.close()


def test_whole_graph_labels_are_readable_at_the_first_zoom(browser, sample_site):
    p = Page(browser, sample_site / "graph.html")
    p.ready()
    p.page.wait_for_function("window.cgDrawn === true")     # labels are measured when first drawn
    labels = p.page.evaluate("""(() => { const s = network.getScale(); return nodes.getIds().map(id => {
        const m = network.body.nodes[id].labelModule;
        return {id, visible: m.visible(), px: Math.min(m.elementOptions.scaling.label.maxVisible, m.fontOptions.size * s),
                box: [m.size.left, m.size.top, m.size.left + m.size.width, m.size.top + m.size.height]}; }); })()""")
    drawn = [lab for lab in labels if lab["visible"]]
    assert all(lab["px"] > 11 for lab in drawn), [lab for lab in drawn if lab["px"] <= 11]
    assert len(drawn) >= len(labels) / 2, f"{len(drawn)} of {len(labels)} labels drawn"
    for i, a in enumerate(drawn):
        for b in drawn[i + 1:]:
            ax0, ay0, ax1, ay1 = a["box"]
            bx0, by0, bx1, by1 = b["box"]
            assert ax1 <= bx0 + 1 or bx1 <= ax0 + 1 or ay1 <= by0 + 1 or by1 <= ay0 + 1, (a["id"], b["id"])
    size = p.page.evaluate("[network.getScale(), document.getElementById('net').clientWidth]")
    print(f"\n{len(drawn)} of {len(labels)} labels drawn at the first zoom (scale, width: {size})")
    p.close()


def test_layout_is_computed_at_build_and_stable(browser, sample_kg, sample_site, tmp_path):
    again = tmp_path / "again"
    write_site(sample_kg.store, again)
    assert (again / "graph.html").read_bytes() == (sample_site / "graph.html").read_bytes()
    assert (again / "person/to-lam.html").read_bytes() == (sample_site / "person/to-lam.html").read_bytes()
    for page in ("graph.html", "person/to-lam.html"):
        p = Page(browser, sample_site / page)
        p.ready()
        built = p.page.evaluate("Object.fromEntries(JSON.parse(document.getElementById('view-data').textContent)"
                                ".nodes.map(n => [n.id, [n.x, n.y]]))")
        p.page.wait_for_timeout(1000)
        shown = p.page.evaluate("Object.fromEntries(Object.entries(network.getPositions()).map(([k, v]) =>"
                                " [k, [v.x, v.y]]))")
        assert shown == built and len(built) > 5
        p.close()
