"""The summary graph: the figures the build computes equal what the whole
graph says when asked directly, they follow later builds and curation, and
they stay out of the merge."""
from __future__ import annotations

import json
import shutil

import pytest

from cadregraph.resolve import curation
from cadregraph.core import iris
from cadregraph.build import sort_keys, summaries
from cadregraph.api import KnowledgeGraph
from conftest import DEV, SAMPLES, need_shared

ID = iris.ID

# The same questions asked of the whole graph, without the summaries.
DIRECT = {
    "mentions": """
SELECT ?person (COUNT(DISTINCT ?g) AS ?n)
WHERE { GRAPH ?g { ?person a cg:Person } FILTER(STRSTARTS(STR(?g), "%s")) } GROUP BY ?person""" % iris.ARTICLE_BASE,
    "pairs": """
SELECT ?a ?b (COUNT(DISTINCT ?event) AS ?n)
WHERE { ?event cg:chair|cg:speaker|cg:attendee ?a ; cg:chair|cg:speaker|cg:attendee ?b FILTER(STR(?a) < STR(?b)) }
GROUP BY ?a ?b""",
    "dual-posts": """
SELECT DISTINCT ?p WHERE {
  ?t1 org:member ?p ; org:organization ?o1 ; cg:post ?x1 ; cg:status ?s1 .
  ?t2 org:member ?p ; org:organization ?o2 ; cg:post ?x2 ; cg:status ?s2 .
  ?o1 a/rdfs:subClassOf* cg:PartyBody . ?o2 a/rdfs:subClassOf* cg:StateBody .
  FILTER(?s1 != status:former && ?s2 != status:former) }""",
    "documents-by-year": """
SELECT ?o ?t ?year (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  ?doc eli:passed_by ?o ; eli:type_document ?t . OPTIONAL { ?doc eli:date_document ?date }
  BIND(IF(BOUND(?date), YEAR(?date), "?") AS ?year) } GROUP BY ?o ?t ?year""",
}

SUMMARISED = {
    "mentions": "SELECT ?person ?n WHERE { GRAPH <%s> { ?person cg:mentionCount ?n } }",
    "pairs": "SELECT ?a ?b ?n WHERE { GRAPH <%s> { ?pair cg:pairMember ?a , ?b ; cg:sharedEvents ?n "
             "FILTER(STR(?a) < STR(?b)) } }",
    "dual-posts": "SELECT ?p WHERE { GRAPH <%s> { ?p cg:holdsDualPosts true } }",
    "documents-by-year": "SELECT ?o ?t ?year ?n WHERE { GRAPH <%s> { ?c cg:issuer ?o ; cg:documentType ?t ; "
                         "cg:year ?year ; cg:documentCount ?n } }",
}


def _rows(kg: KnowledgeGraph, sparql: str) -> set[tuple]:
    return {tuple(str(v) for v in row) for row in kg.store.query(iris.SPARQL_PREFIXES + sparql)}


@pytest.mark.parametrize("corpus", ["sample_kg", "dev_kg"])
@pytest.mark.parametrize("summary", sorted(DIRECT))
def test_summary_equals_the_direct_answer(request, corpus, summary):
    kg = request.getfixturevalue(corpus)
    direct = _rows(kg, DIRECT[summary])
    assert direct, f"{summary}: the {corpus} corpus should give some rows"
    assert _rows(kg, SUMMARISED[summary] % iris.SUMMARY_GRAPH) == direct


def test_summaries_stay_out_of_the_merge(sample_kg):
    assert not sample_kg.store.query("ASK { ?p <%smentionCount> ?n }" % iris.CG)
    assert sample_kg.store.query("ASK { GRAPH <%s> { ?p <%smentionCount> ?n } }" % (iris.SUMMARY_GRAPH, iris.CG))


def test_conflict_candidates_are_the_subjects_of_conflicts(dev_kg):
    flagged = _rows(dev_kg, "SELECT ?x WHERE { GRAPH <%s> { ?x cg:conflictCandidate true } }" % iris.SUMMARY_GRAPH)
    two_dates = _rows(dev_kg, "SELECT DISTINCT ?d WHERE { ?d eli:date_document ?a , ?b FILTER(?a != ?b) }")
    assert two_dates and two_dates <= flagged


@pytest.mark.parametrize("corpus", ["sample_kg", "dev_kg"])
def test_newest_documents_are_each_bodys_newest(request, corpus):
    kg = request.getfixturevalue(corpus)
    issued = _rows(kg, "SELECT ?o ?doc WHERE { ?doc eli:passed_by ?o }")
    kept = _rows(kg, "SELECT ?o ?doc WHERE { GRAPH <%s> { ?o cg:newestDocument ?doc } }" % iris.SUMMARY_GRAPH)
    assert issued and kept == issued           # no body here issued more than the 200 kept
    newest = {issuer: date for issuer, date in _rows(kg, """SELECT ?o (MAX(?d) AS ?newest)
        WHERE { ?doc eli:passed_by ?o ; eli:date_document ?d } GROUP BY ?o""")}
    dates = {}
    for doc, d in _rows(kg, "SELECT ?doc ?d WHERE { ?doc eli:date_document ?d }"):
        dates.setdefault(doc, set()).add(d)
    firsts = [line.split() for line in summaries.newest_document_lines(kg.store, keep=1)]
    assert len(firsts) == len({o for o, _ in issued})
    for issuer, _, doc, _ in firsts:
        issuer, doc = issuer[1:-1], doc[1:-1]
        if issuer in newest:
            assert newest[issuer] in dates[doc], (issuer, doc)


def test_a_build_recomputes_summaries_another_version_made(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SAMPLES / "s02-quan-triet-quy-dinh-58.json", folder)
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([folder])
        before = _rows(kg, "SELECT ?s ?p ?o WHERE { GRAPH <%s> { ?s ?p ?o } }" % iris.SUMMARY_GRAPH)
        assert any(p == iris.CG + "newestDocument" for _, p, _ in before)
        kg.store.update(iris.SPARQL_PREFIXES + """
            DELETE { GRAPH <%(g)s> { ?s ?p ?o } } INSERT { GRAPH <%(g)s> { <%(g)s> cg:summaryVersion "old" } }
            WHERE { GRAPH <%(g)s> { ?s ?p ?o FILTER(?p IN (cg:newestDocument, cg:summaryVersion)) } }"""
                        % {"g": iris.SUMMARY_GRAPH})
        assert not summaries.summaries_current(kg.store)
        report = kg.build([folder])
        assert report.ingested == 0
        assert summaries.summaries_current(kg.store)
        assert _rows(kg, "SELECT ?s ?p ?o WHERE { GRAPH <%s> { ?s ?p ?o } }" % iris.SUMMARY_GRAPH) == before


def test_summaries_follow_later_builds_and_curation(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for name in ("s04-bo-truong-cong-an.json", "s06-bo-nhiem.jsonl", "s07-van-hoa.txt"):
        shutil.copy(SAMPLES / name, first)
    for name in ("s05-tong-bi-thu.json", "s08-xa-dong-tien.txt"):
        shutil.copy(SAMPLES / name, second)
    hung, hung_dong_tien = ID + "person/nguyen-van-hung", ID + "person/nguyen-van-hung--dang-uy-xa-dong-tien"
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([first])
        assert _mentions(kg)[ID + "person/to-lam"] == 1
        kg.build([second])
        mentions = _mentions(kg)
        assert mentions[ID + "person/to-lam"] == 2
        assert mentions[hung] == 1 and mentions[hung_dong_tien] == 1
        cur = curation.load(tmp_path / "curation.csv")
        cur.add(curation.Decision("same", hung, hung_dong_tien, "test"))
        cur.save()
        kg.apply_curation(tmp_path / "curation.csv")
        mentions = _mentions(kg)
        assert mentions[hung] == 2 and hung_dong_tien not in mentions
        assert _rows(kg, SUMMARISED["mentions"] % iris.SUMMARY_GRAPH) == _rows(kg, DIRECT["mentions"])


def _mentions(kg: KnowledgeGraph) -> dict[str, int]:
    return {p: int(n) for p, n in _rows(kg, SUMMARISED["mentions"] % iris.SUMMARY_GRAPH)}


# ------------------------------------------------------------------ updates
def _summary(kg: KnowledgeGraph) -> tuple[set[str], dict[str, list[str]]]:
    return summaries.comparable(kg.store)


def _split_corpus(tmp_path, parts: int) -> list:
    """The development corpus (or the samples) dealt into ``parts`` folders."""
    source = sorted(DEV.glob("*.json")) if DEV.is_dir() else sorted(SAMPLES.iterdir())
    folders = [tmp_path / f"part{i}" for i in range(parts)]
    for folder in folders:
        folder.mkdir()
    for i, path in enumerate(source):
        shutil.copy(path, folders[i % parts if i < len(source) // 2 else -1])
    return folders


@pytest.mark.parametrize("gap", [sort_keys.GAP, 4], ids=["gaps-of-2^20", "gaps-of-4"])
def test_builds_that_add_articles_update_the_summaries_as_a_recompute_would(tmp_path, monkeypatch, gap):
    need_shared()       # the figures below need the development corpus's size
    # with gaps of 4 a gap runs out after two insertions, and everything is numbered anew
    monkeypatch.setattr(sort_keys, "GAP", gap)
    folders = _split_corpus(tmp_path, 3)
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([folders[0]])
        for folder in folders[1:]:
            updated_before = summaries.pending(kg.store)
            report = kg.build([folder])
            assert report.ingested and not updated_before and not summaries.pending(kg.store)
        incremental = _summary(kg)
        summaries.refresh_summaries(kg.store)
        recomputed = _summary(kg)
    assert incremental[0] == recomputed[0]
    assert incremental[1] == recomputed[1]
    assert len(incremental[0]) > 500 and len(incremental[1]["sortKey"]) > 100


NEW_ARTICLE = {"id": "t-phien-hop-ubtvqh", "published": "2024-03-12", "text":
               "Ngày 12-3-2024, tại Nhà Quốc hội, đồng chí Trần Thanh Mẫn, Ủy viên Bộ Chính trị, Chủ tịch "
               "Quốc hội, chủ trì phiên họp của Ủy ban Thường vụ Quốc hội. Dự phiên họp có đồng chí Nguyễn "
               "Khắc Định, Phó Chủ tịch Quốc hội."}


def test_an_update_touches_only_what_the_new_articles_touch(tmp_path, monkeypatch):
    need_shared()       # "a fraction" of the figures needs a corpus of some size
    folders = _split_corpus(tmp_path, 2)
    (tmp_path / "new.json").write_text(json.dumps(NEW_ARTICLE, ensure_ascii=False), encoding="utf-8")
    changes = []
    update = summaries.update_summaries
    monkeypatch.setattr("cadregraph.build.ingest.update_summaries", lambda store: changes.append(update(store)))
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build(folders)
        before = _summary(kg)
        assert kg.build([tmp_path / "new.json"]).ingested == 1
        after = _summary(kg)
    mentions = "<%sperson/tran-thanh-man> <%smentionCount>" % (ID, iris.CG)
    assert any(line.startswith(mentions) for line in after[0] - before[0])
    assert len(changes) == 1 and 0 < changes[0] < len(before[0]) / 20, "a fraction of the figures rewritten"
    assert "%sperson/nguyen-khac-dinh" % ID in after[1]["sortKey"]


def test_a_build_killed_before_its_summaries_leaves_them_to_the_next(tmp_path, monkeypatch):
    folders = _split_corpus(tmp_path, 2)
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([folders[0]])

        def killed(store):
            raise KeyboardInterrupt
        monkeypatch.setattr("cadregraph.build.ingest.update_summaries", killed)
        with pytest.raises(KeyboardInterrupt):
            kg.build([folders[1]])
        monkeypatch.undo()
        assert summaries.pending(kg.store)
        assert kg.build([folders[1]]).ingested == 0
        assert not summaries.pending(kg.store)
        incremental = _summary(kg)
        summaries.refresh_summaries(kg.store)
        assert _summary(kg) == incremental


def test_an_entity_named_anew_moves_to_its_new_place_in_the_order(tmp_path):
    # a body a later article names by a label that sorts first moves there;
    # the bodies it passes over, untouched, keep their positions
    label = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
    bodies = {f"{ID}org/{slug}": name for slug, name in
              (("so-xay-dung", "Sở Xây dựng"), ("so-tai-chinh", "Sở Tài chính"), ("so-noi-vu", "Sở Nội vụ"),
               ("ban-dan-van", "Ban Dân vận"), ("ban-to-chuc", "Ban Tổ chức"))}
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.store.write_graphs({iris.article("t-one"): [f'<{b}> {label} "{n}"@vi .' for b, n in bodies.items()]})
        summaries.refresh_summaries(kg.store)
        moved = f"{ID}org/so-xay-dung"
        assert _summary(kg)[1]["sortKey"][-1] == moved
        kg.store.write_graphs({iris.article("t-two"): [f'<{moved}> {label} "Ban Chỉ đạo xây dựng"@vi .']},
                              {iris.SUMMARY_GRAPH: summaries.pending_lines([iris.article("t-two")])})
        summaries.update_summaries(kg.store)
        incremental = _summary(kg)
        summaries.refresh_summaries(kg.store)
        assert _summary(kg) == incremental
    assert incremental[1]["sortKey"][0] == moved
