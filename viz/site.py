"""`cadregraph view`: a small site of network pages that open from disk.

* index.html — people, bodies, documents and events, with a search that
  ignores diacritics ("to lam" finds "Tô Lâm"), linking to each view;
* graph.html — the whole graph (the most connected nodes, leaves folded
  into their hub, a note of how many more there are);
* person/…, org/…, doc/…, event/… — one focused view per entity: a
  person's posts in date order, bodies, events and co-participants; a
  body's tree; a document's lineage; an event's people and documents.

Pages are built with pyvis (its vis-network copy, no CDN): the library is
inlined into graph.html and shared from assets/ by the focused views, so
nothing is fetched from the network. All text from articles reaches the
page as JSON data and is written with textContent: markup in a name or a
title shows as text.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from ..use.network import CLASSES, load_network
from ..store import Store

TEMPLATES = Path(__file__).parent / "templates"
STYLE = {  # class -> (vis-network shape, colour)
    "person": ("dot", "#d6604d"), "body": ("box", "#4393c3"), "document": ("diamond", "#f4a582"),
    "event": ("star", "#5aae61"),
}
PHYSICS_LIMIT = 250          # above this, positions are computed here and physics is off


def _pyvis_asset(name: str) -> str:
    import pyvis
    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def _safe_json(data) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def page_name(node: str) -> str:
    return node + ".html"


LAYOUT_CORE = 2000           # force layout for this many hubs at most; the rest placed around them


def _layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions for a big view: a force layout of the best-connected nodes
    (its cost grows with the square of their number), and every other node
    on a small ring around the neighbour that brought it in, outwards from
    the hubs; nodes not reached from the hubs go on a grid below."""
    if g.number_of_nodes() == 0:
        return {}
    scale = 120 * math.sqrt(g.number_of_nodes())
    hubs = sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:LAYOUT_CORE]
    core = nx.spring_layout(g.subgraph(hubs), seed=7, iterations=60)
    pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in core.items()}
    ring = scale / math.sqrt(len(hubs)) / 2
    placed_around: dict[str, int] = {}
    for anchor, node in _outwards(g, hubs):
        if node in pos:
            continue
        k = placed_around.get(anchor, 0)
        placed_around[anchor] = k + 1
        angle = k * 2.399963                       # the golden angle: neighbours spread evenly
        radius = ring * (0.5 + 0.15 * math.sqrt(k))
        ax, ay = pos[anchor]
        pos[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    rest = sorted(n for n in g.nodes if n not in pos)
    side = max(1, math.ceil(math.sqrt(len(rest))))
    for i, n in enumerate(rest):
        pos[n] = ((i % side - side / 2) * ring, scale * 1.2 + (i // side) * ring)
    return pos


def _outwards(g: nx.Graph, hubs: list[str]):
    """(anchor, node) pairs in breadth-first order from the hubs."""
    seen = set(hubs)
    frontier = list(hubs)
    while frontier:
        nxt = []
        for anchor in frontier:
            for node in sorted(g.neighbors(anchor)):
                if node not in seen:
                    seen.add(node)
                    nxt.append(node)
                    yield anchor, node
        frontier = nxt


class SiteWriter:
    def __init__(self, store: Store, out: Path, max_nodes: int) -> None:
        self.g = load_network(store)
        self.out = out
        self.max_nodes = max_nodes
        self.env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
        self.undirected = self.g.to_undirected(as_view=True)

    # ----------------------------------------------------------- data
    def _node_info(self, n: str) -> dict:
        d = self.g.nodes[n]
        facts = []
        if d["kind"] == "person":
            posts = sorted(((e.get("first_date") or "", e["label"], self.g.nodes[v]["label"])
                            for _, v, e in self.g.out_edges(n, data=True) if e["kind"] == "member"))
            facts = [f"{role} — {body}" + (f" ({when})" if when else "") for when, role, body in posts]
        elif d["date"]:
            facts = [d["date"]]
        return {"label": d["label"], "kind": d["kind"], "class": CLASSES[d["kind"]][0], "facts": facts[:12],
                "sources": d["sources"][:4], "page": page_name(n), "date": d["date"]}

    def _view(self, nodes: set[str], title: str, page: str, focus: str | None = None) -> dict:
        """The nodes, edges and options of one page (through pyvis)."""
        shown = sorted(nodes, key=lambda n: (-self.undirected.degree(n), n))
        hidden = max(0, len(shown) - self.max_nodes)
        shown = set(shown[:self.max_nodes])
        if focus:
            shown.add(focus)
        sub = self.g.subgraph(shown)
        simple = nx.Graph(sub.to_undirected())
        big = len(shown) > PHYSICS_LIMIT
        pos = _layout(simple) if big else {}
        depth = "../" * page.count("/")
        net = Network(directed=True, cdn_resources="remote")
        net.nodes = []
        for n in sorted(shown):
            d = self.g.nodes[n]
            shape, color = STYLE[d["kind"]]
            node = {"id": n, "label": d["label"][:60], "shape": shape, "color": color, "group": d["kind"],
                    "info": self._node_info(n), "size": 14 + min(16, self.undirected.degree(n))}
            if n == focus:
                node.update(borderWidth=4, size=30, font={"size": 18})
            if big:
                node.update(x=pos[n][0], y=pos[n][1])
            net.nodes.append(node)
        net.edges = []
        for u, v, e in sorted(sub.edges(data=True), key=lambda x: (x[0], x[1], x[2]["kind"])):
            net.edges.append({"from": u, "to": v, "label": e["label"][:40], "arrows": "to",
                              "info": {"vi": e["label"], "en": e["title"], "date": e["date"],
                                       "sources": e["sources"][:3]},
                              "date": e["date"], "kind": e["kind"]})
        options = {
            "physics": {"enabled": not big, "stabilization": {"iterations": 200, "fit": True},
                        "barnesHut": {"gravitationalConstant": -6000, "springLength": 140}},
            "layout": {"improvedLayout": not big and len(shown) < 100},
            "edges": {"smooth": False, "font": {"size": 10, "align": "middle"}, "color": {"color": "#999"}},
            "nodes": {"font": {"size": 13}},
            "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
        }
        net.set_options(json.dumps(options))
        nodes_json, edges_json, _, _, _, options_json = net.get_network_data()
        return {"title": title, "nodes": nodes_json, "edges": edges_json, "options": options_json,
                "hidden": hidden, "depth": depth, "cluster_leaves": big and focus is None,
                "legend": [{"kind": k, "vi": vi, "en": en, "shape": STYLE[k][0], "color": STYLE[k][1]}
                           for k, (vi, en) in CLASSES.items()]}

    # ------------------------------------------------------- the views
    def ego(self, n: str) -> set[str]:
        kind = self.g.nodes[n]["kind"]
        near = set(self.undirected.neighbors(n)) | {n}
        if kind == "person":        # co-participants through their events
            for ev in [m for m in near if self.g.nodes[m]["kind"] == "event"]:
                near |= set(self.undirected.neighbors(ev))
        elif kind == "body":        # the tree: sub-bodies at any depth and their post holders
            tree = self._sub_tree()
            units = {n} | (nx.ancestors(tree, n) if n in tree else set())
            near |= units
            for u in units:
                near |= {p for p, _, e in self.g.in_edges(u, data=True) if e["kind"] == "member"}
            near |= nx.descendants(tree, n) if n in tree else set()
        elif kind == "document":    # lineage both ways
            lineage = nx.node_connected_component(self._doc_links(), n) if n in self._doc_links() else {n}
            near |= lineage
            for d in lineage:
                near |= set(self.undirected.neighbors(d))
        return near

    def _sub_tree(self) -> nx.DiGraph:
        if not hasattr(self, "_tree"):
            self._tree = nx.DiGraph([(u, v) for u, v, e in self.g.edges(data=True) if e["kind"] == "sub"])
        return self._tree

    def _doc_links(self) -> nx.Graph:
        if not hasattr(self, "_links"):
            self._links = nx.Graph([(u, v) for u, v, e in self.g.edges(data=True)
                                    if e["kind"] in ("implements", "amends", "replaces", "based_on")])
        return self._links

    # ------------------------------------------------------------ write
    def write_whole_graph(self) -> dict:
        """graph.html, with the vis-network library inlined (and copied to
        assets/ for the focused views); returns the view."""
        self.out.mkdir(parents=True, exist_ok=True)
        assets = self.out / "assets"
        assets.mkdir(exist_ok=True)
        vis_js, vis_css = _pyvis_asset("vis-network.min.js"), _pyvis_asset("vis-network.css")
        (assets / "vis-network.min.js").write_text(vis_js, encoding="utf-8")
        (assets / "vis-network.css").write_text(vis_css, encoding="utf-8")
        whole = self._view(set(self.g.nodes), "Toàn bộ đồ thị — the whole graph", "graph.html")
        (self.out / "graph.html").write_text(self.env.get_template("network.html").render(
            view=whole, data=_safe_json(whole), inline_js=vis_js, inline_css=vis_css), encoding="utf-8")
        return whole

    def write(self) -> str:
        self.write_whole_graph()
        page = self.env.get_template("network.html")
        counts = Counter()
        for n in self.g.nodes:
            view = self._view(self.ego(n), self.g.nodes[n]["label"], page_name(n), focus=n)
            path = self.out / page_name(n)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page.render(view=view, data=_safe_json(view), inline_js=None, inline_css=None),
                            encoding="utf-8")
            counts[self.g.nodes[n]["kind"]] += 1
        entries = [{"id": n, "label": d["label"], "kind": d["kind"], "page": page_name(n),
                    "degree": self.undirected.degree(n)} for n, d in self.g.nodes(data=True)]
        entries.sort(key=lambda e: (e["kind"], -e["degree"], e["label"]))
        index = self.env.get_template("index.html")
        (self.out / "index.html").write_text(index.render(
            data=_safe_json({"entries": entries, "classes": {k: list(v) for k, v in CLASSES.items()}}),
            counts=counts, total=self.g.number_of_nodes(), edges=self.g.number_of_edges()), encoding="utf-8")
        return (f"wrote {self.out}/index.html and {sum(counts.values()) + 1} network pages "
                f"({self.g.number_of_nodes()} nodes, {self.g.number_of_edges()} edges)")


def write_site(store: Store, out: Path, max_nodes: int = 1500) -> str:
    return SiteWriter(store, out, max_nodes).write()
