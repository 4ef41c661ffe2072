"""`cadregraph view`: a small site that opens from disk.

* index.html — people (each with their main post, so namesakes stand
  apart), bodies, documents and events; a search over every name, label,
  symbol and title with or without diacritics ("quy dinh 58", "mai van
  huynh"). Bodies named by their level alone and events with no date or
  name are not entries of their own: they are reached from the entities
  around them.
* graph.html — the whole graph (the best-connected ``max_nodes``), laid
  out at build, with a search that focuses on an entity's neighbourhood.
* person/…, org/…, doc/…, event/… — one page per entity: its facts in
  words beside its neighbourhood (viz/panel.py).

Clicking a node shows its card in the panel, with a link to its page.
Positions and the zoom at which each label appears are computed here
(viz/layout.py), so a page shows the same picture at every load and runs
no physics. vis-network comes from pyvis's copy and is written to assets/
with the page script and style: nothing is fetched from the network. Text
from articles reaches the page as JSON and is written with textContent:
markup in a name or a title shows as text.
"""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..core.vntext import collation_key
from ..store import Store
from ..use.network import CLASSES, load_network
from . import layout, panel

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
STYLE = {  # class -> (vis-network shape, colour, the legend's symbol)
    "person": ("dot", "#d6604d", "●"), "body": ("square", "#4393c3", "■"),
    "document": ("diamond", "#e08a3c", "◆"), "event": ("star", "#5aae61", "★"),
}


def _pyvis_asset(name: str) -> Path:
    import pyvis
    return Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name


def _safe_json(data) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def page_name(node: str) -> str:
    return node + ".html"


def vis_options() -> dict:
    """One style per class (vis-network groups: a filter that hides and shows
    nodes keeps them), labels readable or not drawn, no physics."""
    groups = {kind: {"shape": shape, "color": {"background": colour, "border": "#333",
                                                "highlight": {"background": colour, "border": "#000"},
                                                "hover": {"background": colour, "border": "#000"}}}
              for kind, (shape, colour, _) in STYLE.items()}
    readable = {"label": {"drawThreshold": layout.LABEL_PX, "maxVisible": layout.MAX_LABEL_PX}}
    return {
        "groups": groups,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "nodes": {"font": {"face": "system-ui, sans-serif", "color": "#222", "strokeWidth": 4,
                           "strokeColor": "#fff"}, "scaling": readable, "borderWidth": 1},
        "edges": {"smooth": False, "arrowStrikethrough": False, "color": {"color": "#8a8a8a", "highlight": "#333"},
                  "font": {"face": "system-ui, sans-serif", "color": "#555", "strokeWidth": 0,
                           "background": "rgba(255,255,255,0.9)", "align": "horizontal"},
                  "scaling": readable, "width": 1.2},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "multiselect": False},
    }


class SiteWriter:
    def __init__(self, store: Store, out: Path, max_nodes: int) -> None:
        self.g = load_network(store)
        self.out = out
        self.max_nodes = max_nodes
        self.env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
        # nodes and edges in a fixed order: the layouts depend on it, the store's answers come in any
        self.undirected = nx.Graph()
        self.undirected.add_nodes_from(sorted(self.g.nodes))
        self.undirected.add_edges_from(sorted(tuple(sorted((u, v))) for u, v in self.g.edges() if u != v))
        self._cards: dict[str, dict] = {}

    # ----------------------------------------------------------- data
    def card(self, n: str) -> dict:
        if n not in self._cards:
            self._cards[n] = panel.facts(self.g, n, brief=True)
        return self._cards[n]

    def _legend(self) -> list[dict]:
        return [{"kind": k, "vi": vi, "en": en, "shape": STYLE[k][0], "color": STYLE[k][1], "symbol": STYLE[k][2]}
                for k, (vi, en) in CLASSES.items()]

    def view(self, nodes: set[str], title: str, page: str, focus: str | None = None) -> dict:
        """The nodes (placed, with the zoom level of their labels), the edges
        (one per pair of nodes, with every label between them) and the cards
        of one page."""
        ranked = sorted(nodes, key=lambda n: (n != focus, -self.undirected.degree(n), n))
        hidden = max(0, len(ranked) - self.max_nodes)
        ranked = ranked[:self.max_nodes]
        shown = set(ranked)
        marks = {n: (layout.wrap(self.g.nodes[n]["label"]),
                     22 if n == focus else 10 + min(10, self.undirected.degree(n))) for n in ranked}
        pos = layout.spread(layout.positions(layout.induced(self.undirected, shown), centre=focus), marks)
        scale = layout.first_scale(pos)
        out_nodes = []
        for n in ranked:
            d = self.g.nodes[n]
            out_nodes.append({"id": n, "label": marks[n][0], "group": d["kind"],
                              "x": round(pos[n][0]), "y": round(pos[n][1]), "size": marks[n][1],
                              "date": d["date"], "keys": d["keys"], "card": self.card(n)})
        out_edges = self._merged_edges(shown)
        layout.label_levels(out_nodes, out_edges, scale, edges_from=0 if focus else 1)
        return {"title": title, "page": page, "depth": "../" * page.count("/"), "focus": focus,
                "nodes": out_nodes, "edges": out_edges, "hidden": hidden, "scale": scale,
                "levels": layout.LEVELS, "label_px": layout.LABEL_PX, "margin": layout.MARGIN_PX,
                "options": vis_options(), "legend": self._legend(),
                "facts": panel.facts(self.g, focus) if focus else None}

    def _merged_edges(self, shown: set[str]) -> list[dict]:
        """One edge per pair of nodes: its labels joined, arrows both ways
        when the edges run both ways."""
        pairs: dict[tuple[str, str], dict] = {}
        for u, v, e in sorted(self.g.subgraph(shown).edges(data=True),
                              key=lambda x: (x[0], x[1], x[2]["kind"], x[2]["label"])):
            if u == v:
                continue
            key = (u, v) if (u, v) in pairs or (v, u) not in pairs else (v, u)
            edge = pairs.setdefault(key, {"id": f"{key[0]}|{key[1]}", "from": key[0], "to": key[1], "labels": [],
                                          "kinds": [], "dates": [], "both": False})
            if e["label"] not in edge["labels"]:
                edge["labels"].append(e["label"])
            if e["kind"] not in edge["kinds"]:
                edge["kinds"].append(e["kind"])
            if e["date"]:
                edge["dates"].append(e["date"])
            edge["both"] = edge["both"] or (u, v) != key
        out = []
        for edge in pairs.values():
            out.append({"id": edge["id"], "from": edge["from"], "to": edge["to"],
                        "label": layout.wrap(" · ".join(edge["labels"]), 30),
                        "arrows": "to, from" if edge["both"] else "to", "kinds": edge["kinds"],
                        "date": max(edge["dates"], default="")})
        return out

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
            self._links = nx.Graph([(u, v) for u, v, e in self.g.edges(data=True) if e["kind"] in panel.LINEAGE])
        return self._links

    # ------------------------------------------------------------ write
    def _render(self, template: str, path: Path, view: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.env.get_template(template).render(view=view, data=_safe_json(view)),
                        encoding="utf-8")

    def write_assets(self) -> None:
        assets = self.out / "assets"
        assets.mkdir(parents=True, exist_ok=True)
        for source in (_pyvis_asset("vis-network.min.js"), _pyvis_asset("vis-network.css"),
                       *sorted(STATIC.iterdir())):
            shutil.copyfile(source, assets / source.name)

    def write_whole_graph(self) -> dict:
        """graph.html (and the assets); returns its view."""
        self.write_assets()
        whole = self.view(set(self.g.nodes), "Toàn bộ đồ thị / the whole graph", "graph.html")
        self._render("network.html", self.out / "graph.html", whole)
        return whole

    def index_entries(self) -> list[dict]:
        """The index: every entity but those reached from their context
        (panel.listed), in Vietnamese alphabetical order within its class."""
        entries = [{"id": n, "label": d["label"], "sub": panel.subtitle(self.g, n), "kind": d["kind"],
                    "page": page_name(n), "keys": d["keys"]}
                   for n, d in self.g.nodes(data=True) if panel.listed(self.g, n)]
        entries.sort(key=lambda e: (list(CLASSES).index(e["kind"]), collation_key(e["label"]), e["sub"], e["id"]))
        return entries

    def write(self) -> str:
        self.write_whole_graph()
        counts = Counter()
        for n in sorted(self.g.nodes):
            self._render("network.html", self.out / page_name(n),
                         self.view(self.ego(n), self.g.nodes[n]["label"], page_name(n), focus=n))
            counts[self.g.nodes[n]["kind"]] += 1
        entries = self.index_entries()
        listed = Counter(e["kind"] for e in entries)
        index = {"entries": entries, "legend": self._legend(), "total": self.g.number_of_nodes(),
                 "edges": self.g.number_of_edges(),
                 "counts": {k: [listed[k], counts[k]] for k in CLASSES}}
        (self.out / "index.html").write_text(self.env.get_template("index.html").render(
            data=_safe_json(index), view=index), encoding="utf-8")
        return (f"wrote {self.out}/index.html and {sum(counts.values()) + 1} network pages "
                f"({self.g.number_of_nodes()} nodes, {self.g.number_of_edges()} edges)")


def write_site(store: Store, out: Path, max_nodes: int = 1500) -> str:
    return SiteWriter(store, out, max_nodes).write()
