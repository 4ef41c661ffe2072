"""Republished copies: one agency story printed by two papers (another
headline, a credit line) is one text kept as two sources of the same claims,
not two witnesses: `persons`, `co-participants` and `top-pairs` count it
once, and a later build finds the first copy in the store."""
from __future__ import annotations

import json
from pathlib import Path

from cadregraph.api import KnowledgeGraph
from cadregraph.read.fingerprint import THRESHOLD, fingerprint

HERE = Path(__file__).parent
FIRST, SECOND = HERE / "republished" / "baotintuc.json", HERE / "republished" / "baothanhhoa.json"
OTHER = HERE / "pages" / "nhandan-nghe-an.txt"       # another text naming Thái Thanh Quý
ARTICLE = "https://w3id.org/cadregraph/id/article/"
SAME_TEXT = """PREFIX cg: <https://w3id.org/cadregraph/ontology#>
SELECT ?copy ?first WHERE { GRAPH ?copy { ?copy cg:sameTextAs ?first } }"""


def text(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["text"]


def counts(kg: KnowledgeGraph) -> tuple[dict, dict, list]:
    persons = {r["name"]: r["articles"] for r in kg.query("persons").records()}
    pairs = {(r["aName"], r["bName"]): r["events"] for r in kg.query("top-pairs").records()}
    met = sorted((r["otherName"], r["events"]) for r in kg.query("co-participants", name="Trần Hồng Hà").records())
    return persons, pairs, met


def test_fingerprints_tell_copies_from_other_texts():
    first, second, other = fingerprint(text(FIRST)), fingerprint(text(SECOND)), fingerprint(OTHER.read_text("utf-8"))
    assert first.similarity(second) >= THRESHOLD > first.similarity(other) + 0.5
    assert set(first.bands()) & set(second.bands()) and not set(first.bands()) & set(other.bands())
    assert fingerprint("Đồng chí Thái Thanh Quý chủ trì hội nghị.") is None       # too short to call a copy


def test_two_sites_one_text_is_one_text_with_two_sources(tmp_path):
    with KnowledgeGraph(tmp_path / "store") as kg:
        report = kg.build([FIRST, SECOND, OTHER], progress=False)
        facts = kg.facts()
        copies = kg.query(SAME_TEXT).records()
        persons, pairs, met = counts(kg)
        sources = {r["article"] for r in kg.query("sources", entity="Trần Hồng Hà").records()}
    first, second = json.loads(FIRST.read_text("utf-8"))["id"], json.loads(SECOND.read_text("utf-8"))["id"]
    assert report.ingested == 3 and not report.skipped
    assert f"republished: the same text as <{ARTICLE}{first}>" in report.summary()
    assert [(r["copy"], r["first"]) for r in copies] == [(ARTICLE + second, ARTICLE + first)]
    # one set of claims, with two sources (each its own site, URL and graph)
    assert facts[first] == facts[second] and facts[first]["persons"]
    assert sources == {first, second}
    # counted once: the person the story and another text name is in two texts, not three
    assert persons["Trần Hồng Hà"] == persons["Phạm Minh Chính"] == 1
    assert persons["Thái Thanh Quý"] == 2
    assert pairs[("Phạm Minh Chính", "Trần Hồng Hà")] == 1
    assert ("Phạm Minh Chính", 1) in met and all(n == 1 for _, n in met)


def test_a_later_build_finds_the_first_copy_in_the_store(tmp_path):
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([SECOND], progress=False)
        kg.build([FIRST, OTHER], progress=False)       # the other order, in a second build
        copies = kg.query(SAME_TEXT).records()
        persons, pairs, met = counts(kg)
        again = kg.build([FIRST, SECOND], progress=False)
    first, second = json.loads(FIRST.read_text("utf-8"))["id"], json.loads(SECOND.read_text("utf-8"))["id"]
    assert [(r["copy"], r["first"]) for r in copies] == [(ARTICLE + first, ARTICLE + second)]
    assert persons["Trần Hồng Hà"] == 1 and persons["Thái Thanh Quý"] == 2
    assert pairs[("Phạm Minh Chính", "Trần Hồng Hà")] == 1
    assert again.unchanged == 2 and again.ingested == 0
