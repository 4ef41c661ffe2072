"""What the viewer's index lists and what the pages say, without a browser:
bodies named by their level alone and events with neither date nor name are
reached from their context, not listed; namesakes are told apart by their
main post; the search keys hold the forms readers type; the pages are the
same at every build."""
from __future__ import annotations

import json
import re

import pytest

from cadregraph.viz.site import SiteWriter


@pytest.fixture(scope="module")
def writer(sample_kg, tmp_path_factory):
    w = SiteWriter(sample_kg.store, tmp_path_factory.mktemp("site"), max_nodes=1500)
    w.write()
    return w


def _view(writer, page: str) -> dict:
    html = (writer.out / page).read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="view-data">(.*?)</script>', html, re.S).group(1))


def test_bare_levels_and_untitled_events_are_reached_from_their_context(writer):
    entries = {e["id"]: e for e in writer.index_entries()}
    labels = [e["label"] for e in entries.values()]
    assert "Tỉnh ủy" not in labels and "Ủy ban nhân dân tỉnh" not in labels and "Lễ" not in labels
    assert "Tỉnh ủy Kiên Giang" in labels and "Hội nghị 2022-09-20" in labels
    bare = "org/s01-tap-huan-bvctnb--tinh-uy"
    assert bare in writer.g and bare not in entries and (writer.out / f"{bare}.html").exists()
    # "Lễ", the ceremony at which Tô Lâm was decorated: on his page, linked
    ceremony = "event/article-s04-bo-truong-cong-an-2"
    assert ceremony not in entries
    facts = _view(writer, "person/to-lam.html")["facts"]
    events = next(s for s in facts["sections"] if s["key"] == "events")
    assert any(p.get("href") == ceremony + ".html" for it in events["items"] for p in it["parts"])


def test_namesakes_are_told_apart_by_their_main_post(writer):
    hung = [e for e in writer.index_entries() if e["label"] == "Nguyễn Văn Hùng"]
    assert len(hung) == 2
    assert {e["sub"] for e in hung} == {"Bí thư, Đảng ủy xã Đồng Tiến", "Bộ trưởng, Bộ Văn hóa, Thể thao và Du lịch"}


def test_search_keys_hold_what_readers_type(writer):
    keys = {e["id"]: e["keys"] for e in writer.index_entries()}
    assert "quy dinh 58" in keys["doc/58-qd-tw-khoa-xiii"] and "58-qd/tw" in keys["doc/58-qd-tw-khoa-xiii"]
    assert "mai van huynh" in keys["person/mai-van-huynh"]


def test_a_document_shows_each_date_its_sources_give(writer):
    facts = _view(writer, "doc/58-qd-tw-khoa-xiii.html")["facts"]
    dates = next(s for s in facts["sections"] if s["key"] == "dates")
    given = {it["parts"][0]["t"]: it["sources"][0] for it in dates["items"]}
    assert set(given) == {"2022-02-08", "2022-02-28"}
    s = given["2022-02-28"]
    assert s["id"] == "s02-quan-triet-quy-dinh-58" and "28-2-2022" in s["sentence"]


def test_layout_is_deterministic(sample_kg, writer, tmp_path):
    again = SiteWriter(sample_kg.store, tmp_path, max_nodes=1500)
    assert again.view(set(again.g.nodes), "t", "graph.html") == writer.view(set(writer.g.nodes), "t", "graph.html")


POSITIONS = """import hashlib, json, sys
from pathlib import Path
from cadregraph.api import KnowledgeGraph
from cadregraph.viz.site import SiteWriter
with KnowledgeGraph(sys.argv[1]) as kg:
    w = SiteWriter(kg.store, Path(sys.argv[1]) / "unused", 1500)
    views = [w.view(set(w.g.nodes), "t", "graph.html"), w.view(w.ego("person/to-lam"), "t", "person/to-lam.html",
                                                                  focus="person/to-lam")]
print(hashlib.sha256(json.dumps([[(n["id"], n["x"], n["y"], n["level"]) for n in v["nodes"]] for v in views])
                     .encode()).hexdigest())
"""


def test_layout_is_the_same_in_every_process(sample_kg, tmp_path):
    """Python's hash seed changes from run to run (and networkx's small
    subgraph views iterate over a set): the picture must not."""
    import os
    import subprocess
    import sys

    from conftest import copy_store
    store = copy_store(sample_kg, tmp_path / "store")
    seen = {subprocess.run([sys.executable, "-c", POSITIONS, str(store)], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed)).stdout for seed in ("1", "2")}
    assert len(seen) == 1
