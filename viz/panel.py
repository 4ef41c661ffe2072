"""An entity's facts in words, for the panel beside its graph: a person's
posts as a timeline and the events they took part in, a body's members and
units, a document's issuer, dates, lineage and the events about it, an
event's people and documents. Every fact keeps the articles that state it,
with the sentence and where the claimed words are in it.

The facts are plain data (sections of items; an item is text in parts, a
part linking to another entity's page when it names one); the page's
script writes them with textContent, so text from articles stays text.
"""
from __future__ import annotations

import networkx as nx

from ..core.vntext import collation_key, fold
from ..use.network import CLASSES

PARTICIPATION = ("chair", "speaker", "attendee")
LINEAGE = ("implements", "amends", "replaces", "based_on")
# (edge kind, the entity's end of it) -> section.
_SECTION_OF = {
    ("member", "out"): "posts", ("member", "in"): "members",
    **{(k, "out"): "events" for k in PARTICIPATION}, **{(k, "in"): "participants" for k in PARTICIPATION},
    ("sub", "out"): "parents", ("sub", "in"): "units",
    ("issued", "out"): "issued", ("issued", "in"): "issuers",
    **{(k, "out"): "lineage" for k in LINEAGE}, **{(k, "in"): "lineage" for k in LINEAGE},
    ("concerns", "out"): "documents", ("concerns", "in"): "events",
}
SECTIONS = {   # in the order a panel shows them: (Vietnamese, English)
    "dates": ("Ngày ban hành", "Date"), "issuers": ("Cơ quan ban hành", "Issued by"),
    "posts": ("Chức vụ", "Posts"), "members": ("Người giữ chức", "Members"),
    "parents": ("Trực thuộc", "Part of"), "units": ("Đơn vị trực thuộc", "Units"),
    "issued": ("Văn bản ban hành", "Documents issued"), "lineage": ("Văn bản liên quan", "Related documents"),
    "participants": ("Người tham gia", "Participants"), "events": ("Sự kiện", "Events"),
    "documents": ("Văn bản", "Documents"), "sources": ("Nguồn", "Sources"),
}
# How a document link reads from the other end: "01-HD/BTCTW — hướng dẫn thực hiện văn bản này".
_LINEAGE_IN = {"implements": "hướng dẫn thực hiện văn bản này", "amends": "sửa đổi văn bản này",
               "replaces": "thay thế văn bản này", "based_on": "căn cứ vào văn bản này"}
MAX_SOURCES = 5           # per fact on a page
CARD_ITEMS = 6            # per section on a card


def main_post(g: nx.MultiDiGraph, n: str) -> tuple[str, str] | None:
    """(role, body) of the post a person was last seen in (then the one the
    most articles state): what tells two namesakes apart."""
    posts = [(max(e["date"], e["end"], e["start"]), len(e["sources"]), e["label"], g.nodes[v]["label"])
             for _, v, e in g.out_edges(n, data=True) if e["kind"] == "member"]
    if not posts:
        return None
    best = max(posts, key=lambda p: (p[0], p[1], [-ord(c) for c in p[2]]))
    return best[2], best[3]


def subtitle(g: nx.MultiDiGraph, n: str) -> str:
    """One line under an entity's name: a person's main post, a document's
    type, title and date, a body's parent, an event's article."""
    d = g.nodes[n]
    if d["kind"] == "person":
        post = main_post(g, n)
        return f"{post[0]}, {post[1]}" if post else ""
    if d["kind"] == "document":
        return " · ".join(x for x in (d["type"], d["title"] if d["title"] != d["label"] else "", d["date"]) if x)
    if d["kind"] == "body":
        parents = sorted(g.nodes[v]["label"] for _, v, e in g.out_edges(n, data=True) if e["kind"] == "sub")
        return f"thuộc {parents[0]}" if parents else ""
    return " · ".join(x for x in (d["date"], d["sources"][0]["title"] if d["sources"] else "") if x)


def listed(g: nx.MultiDiGraph, n: str) -> bool:
    """Whether an entity is an entry of the index: not a body named by its
    level alone ("Tỉnh ủy" with no province), nor a body joined to nothing,
    nor an event with neither a date nor a name beyond its type ("Lễ").
    They stay in the graph, reachable from the entities around them."""
    d = g.nodes[n]
    if d["kind"] == "body":
        return not d["bare"] and g.degree(n) > 0
    if d["kind"] == "event":
        return bool(d["date"]) or fold(d["label"]) != fold(d["type"] or d["label"])
    return True


def facts(g: nx.MultiDiGraph, n: str, brief: bool = False) -> dict:
    """The entity's facts in sections; ``brief``: a card (fewer items, no
    sources) for the panel of a clicked node."""
    d = g.nodes[n]
    items: dict[str, dict[str, dict]] = {}
    for _, v, e in g.out_edges(n, data=True):
        _merge(items, _SECTION_OF[(e["kind"], "out")], v, e, g, outgoing=True)
    for u, _, e in g.in_edges(n, data=True):
        _merge(items, _SECTION_OF[(e["kind"], "in")], u, e, g, outgoing=False)
    sections = {key: [_item(g, key, other, it, brief) for other, it in _ordered(g, key, found)]
                for key, found in items.items()}
    if d["kind"] == "document" and d["dates"]:
        sections["dates"] = _dates(d["dates"], brief)
    if d["kind"] == "person":
        docs = _documents_of_events(g, n, brief)
        if docs:
            sections["documents"] = docs
    if not brief and d["sources"]:
        sections["sources"] = [{"parts": [{"t": s["title"] or s["id"]}], "when": s["published"],
                                "sources": [s]} for s in d["sources"][:MAX_SOURCES * 4]]
    out = []
    for key, (vi, en) in SECTIONS.items():
        rows = sections.get(key)
        if rows:
            out.append({"key": key, "vi": vi, "en": en, "items": rows[:CARD_ITEMS] if brief else rows,
                        "more": max(0, len(rows) - CARD_ITEMS) if brief else 0})
    return {"id": n, "label": d["label"], "kind": d["kind"], "class": CLASSES[d["kind"]][0],
            "subtitle": subtitle(g, n), "page": n + ".html", "sections": out}


def _merge(items, section, other, e, g, outgoing: bool) -> None:
    """Edges between the same two entities in one section make one item:
    "chủ trì, phát biểu — Hội nghị 2022-04-12"."""
    it = items.setdefault(section, {}).setdefault(other, {"labels": [], "edges": [], "outgoing": outgoing})
    label = e["label"] if outgoing or e["kind"] not in LINEAGE else _LINEAGE_IN[e["kind"]]
    if label not in it["labels"]:
        it["labels"].append(label)
    it["edges"].append(e)


def _ordered(g, section, found: dict) -> list:
    """Posts and events in date order, the rest in Vietnamese alphabetical order."""
    if section in ("posts", "events", "lineage", "issued", "documents"):
        return sorted(found.items(), key=lambda kv: (_first_date(kv[1]["edges"]) or g.nodes[kv[0]]["date"] or "9",
                                                     collation_key(g.nodes[kv[0]]["label"])))
    return sorted(found.items(), key=lambda kv: (collation_key(g.nodes[kv[0]]["label"]), kv[0]))


def _first_date(edges) -> str:
    return min((e["start"] or e["first_date"] for e in edges if e["start"] or e["first_date"]), default="")


def _item(g, section: str, other: str, it: dict, brief: bool) -> dict:
    item = {"parts": _parts(section, {"t": g.nodes[other]["label"], "href": other + ".html"}, it),
            "when": _when(g, section, other, it["edges"])}
    if not brief:
        sources = []
        for e in it["edges"]:
            for s in e["sources"]:
                if all((s["id"], s["sentence"]) != (t["id"], t["sentence"]) for t in sources):
                    sources.append(s)
        item["sources"] = sources[:MAX_SOURCES]
        item["more_sources"] = max(0, len(sources) - MAX_SOURCES)
    return item


def _parts(section: str, link: dict, it: dict) -> list[dict]:
    """The words of an item: "Phó Bí thư — Tỉnh ủy Kiên Giang",
    "Phan Thăng An — chủ trì, phát biểu", "hướng dẫn thực hiện 58-QĐ/TW"."""
    what = ", ".join(it["labels"])
    if section == "posts" or section == "events" and it["outgoing"]:
        return [{"t": what + " — "}, link]
    if section == "lineage" and it["outgoing"]:
        return [{"t": what + " "}, link]
    if section in ("members", "participants", "lineage"):
        return [link, {"t": " — " + what}]
    return [link]


def _when(g, section: str, other: str, edges) -> str:
    """Dates in words: a post's start and end when the sources give them,
    and the first and last days it was seen; an event's or document's date."""
    if section in ("posts", "members"):
        start = min((e["start"] for e in edges if e["start"]), default="")
        end = max((e["end"] for e in edges if e["end"]), default="")
        first = min((e["first_date"] for e in edges if e["first_date"]), default="")
        last = max((e["date"] for e in edges if e["date"]), default="")
        said = []
        if start or end:
            said.append(f"từ {start or '?'} đến {end or 'nay'}")
        if first:
            said.append(f"ghi nhận {first}" + (f" … {last}" if last != first else ""))
        return "; ".join(said)
    return g.nodes[other]["date"]


def _dates(dates: list[dict], brief: bool) -> list[dict]:
    """A document's date as each article gives it: two dates are a conflict
    to see, not to hide."""
    by_date: dict[str, list[dict]] = {}
    for d in dates:
        by_date.setdefault(d["date"], []).append(d["source"])
    rows = []
    for when, sources in sorted(by_date.items()):
        row = {"parts": [{"t": when}], "when": f"{len(sources)} nguồn / sources"}
        if not brief:
            row["sources"] = sources[:MAX_SOURCES]
        rows.append(row)
    return rows


def _documents_of_events(g, n: str, brief: bool) -> list[dict]:
    """The documents the events a person took part in were about."""
    found: dict[str, list[str]] = {}
    for _, ev, e in g.out_edges(n, data=True):
        if e["kind"] in PARTICIPATION:
            for _, doc, c in g.out_edges(ev, data=True):
                if c["kind"] == "concerns":
                    found.setdefault(doc, [])
                    if ev not in found[doc]:
                        found[doc].append(ev)
    rows = []
    for doc, events in sorted(found.items(), key=lambda kv: collation_key(g.nodes[kv[0]]["label"])):
        parts = [{"t": g.nodes[doc]["label"], "href": doc + ".html"}, {"t": " — qua / at "}]
        for i, ev in enumerate(events):
            parts += ([{"t": ", "}] if i else []) + [{"t": g.nodes[ev]["label"], "href": ev + ".html"}]
        row = {"parts": parts, "when": g.nodes[doc]["date"]}
        if not brief:
            row["sources"] = []
        rows.append(row)
    return rows
