"""One person, one body, one document across articles; namesakes kept
apart with a candidate for a curator; curation honoured by later builds."""
from __future__ import annotations

import json

import pytest

from cadregraph.api import KnowledgeGraph
from cadregraph.use.report import identity_report
from conftest import SAMPLES

ID = "https://w3id.org/cadregraph/id/"
NAME_OR_LABEL = """PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX cg: <https://w3id.org/cadregraph/ontology#>
SELECT DISTINCT ?x WHERE { ?x foaf:name|skos:prefLabel ?n FILTER(STR(?n) = ?label)
  FILTER EXISTS { ?x a ?c FILTER(?c IN (cg:Person, cg:PartyBody, cg:StateBody, cg:Organization)) } }"""
ARTICLES_MENTIONING = """PREFIX schema: <https://schema.org/>
SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g schema:mentions ?x } }"""


def iris_named(kg, label):
    return {str(r["x"]) for r in kg.query(NAME_OR_LABEL, label=label).records()}


@pytest.mark.slow
@pytest.mark.parametrize("label", ["Tô Lâm", "Nguyễn Phú Trọng", "Ban Tổ chức Trung ương",
                                   "Ủy ban Kiểm tra Trung ương", "Quốc hội"])
def test_entity_in_many_dev_articles_is_one_iri(dev_kg, label):
    found = iris_named(dev_kg, label)
    assert len(found) == 1, found
    mentioned_in = dev_kg.store.query(ARTICLES_MENTIONING.replace("?x", f"<{found.pop()}>"))
    assert int(next(iter(mentioned_in))[0]) >= 2


def test_surface_forms_are_alt_labels(sample_kg):
    alts = {(str(r["x"]), r["a"]) for r in sample_kg.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT DISTINCT ?x ?a WHERE { ?x skos:altLabel ?a }"
    ).records()}
    assert (ID + "org/hoi-dong-nhan-dan-tinh-kien-giang", "HĐND tỉnh Kiên Giang") in alts
    assert (ID + "doc/58-qd-tw-khoa-xiii", "Quy định 58") in alts
    assert (ID + "doc/58-qd-tw-khoa-xiii", "Quy định số 58-QĐ/TW") in alts


def test_same_official_in_two_articles_is_merged(sample_kg):
    assert iris_named(sample_kg, "Đỗ Thanh Bình") == {ID + "person/do-thanh-binh"}
    assert iris_named(sample_kg, "Tô Lâm") == {ID + "person/to-lam"}


def test_namesakes_stay_apart_with_a_candidate(sample_kg):
    assert iris_named(sample_kg, "Nguyễn Văn Hùng") == {
        ID + "person/nguyen-van-hung", ID + "person/nguyen-van-hung--dang-uy-xa-dong-tien"}
    rows = sample_kg.query("identity-candidates").records()
    assert [r["reason"] for r in rows] == ["same name; posts in different bodies and places"]


def _write(folder, name, text, published):
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(
        {"id": name, "published": published, "text": text}, ensure_ascii=False), encoding="utf-8")


def test_party_numbers_restart_each_term(tmp_path):
    arts = tmp_path / "in"
    _write(arts, "a", "Quán triệt Quy định số 58-QĐ/TW, ngày 8-2-2022 của Bộ Chính trị về bảo vệ chính trị "
                      "nội bộ Đảng. Các cấp ủy thực hiện nghiêm Quy định 58.", "2022-04-01")
    _write(arts, "b", "Thực hiện Quy định số 58-QĐ/TW, ngày 3-12-2016 của Bộ Chính trị về một nội dung khác.",
           "2017-01-05")
    _write(arts, "c", "Hội nghị quán triệt Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính trị.", "2022-05-01")
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([arts])
        docs = {str(r["x"]) for r in kg.query(
            "PREFIX eli: <http://data.europa.eu/eli/ontology#> "
            "SELECT DISTINCT ?x WHERE { ?x eli:id_local \"58-QĐ/TW\" }").records()}
    assert docs == {ID + "doc/58-qd-tw-khoa-xiii", ID + "doc/58-qd-tw-khoa-xii"}


def test_local_signs_are_numbered_per_province(tmp_path):
    arts = tmp_path / "in"
    _write(arts, "a", "Ban Thường vụ Tỉnh ủy Yên Bái ban hành Chỉ thị số 01-CT/TU ngày 5/1/2021 về công tác cán bộ.",
           "2021-01-10")
    _write(arts, "b", "Tỉnh ủy Nghệ An quán triệt Chỉ thị số 01-CT/TU ngày 20/1/2021 của Ban Thường vụ Tỉnh ủy.",
           "2021-01-25")
    _write(arts, "c", "Các cấp ủy tỉnh Yên Bái thực hiện Chỉ thị số 01-CT/TU ngày 5/1/2021 của Tỉnh ủy.",
           "2021-03-01")
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([arts / "a.json", arts / "b.json"])
        kg.build([arts / "c.json"])                    # a later build joins the stored one
        docs = {str(r["x"]) for r in kg.query(
            "PREFIX eli: <http://data.europa.eu/eli/ontology#> "
            "SELECT DISTINCT ?x WHERE { ?x eli:id_local \"01-CT/TU\" }").records()}
    assert docs == {ID + "doc/01-ct-tu--yen-bai-2020-2025", ID + "doc/01-ct-tu--nghe-an-2020-2025"}


def test_curator_merges_and_rejects_and_later_builds_honour_it(tmp_path):
    hung = [SAMPLES / "s07-van-hoa.txt", SAMPLES / "s08-xa-dong-tien.txt"]
    a, b = ID + "person/nguyen-van-hung", ID + "person/nguyen-van-hung--dang-uy-xa-dong-tien"
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build(hung)
        assert len(kg.query("identity-candidates").records()) == 1
        cur = tmp_path / "curation.csv"
        cur.write_text("# decision,iri,other_iri,note\n"
                       f"same,{a},{b},\"kiểm tra: cùng một người\"\n", encoding="utf-8")
        kg.apply_curation(cur)
        assert iris_named(kg, "Nguyễn Văn Hùng") == {a}
        assert kg.query("identity-candidates").records() == []
        # a later build, with an article naming the namesake again, honours the merge
        extra = tmp_path / "in"
        _write(extra, "d", "Chiều 5/1/2024, đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã Đồng Tiến chủ trì "
                           "hội nghị của Đảng ủy xã Đồng Tiến, huyện Triệu Sơn.", "2024-01-05")
        kg.build([extra], curation=cur)
        assert iris_named(kg, "Nguyễn Văn Hùng") == {a}
        curated = kg.query("PREFIX cg: <https://w3id.org/cadregraph/ontology#> "
                           "SELECT ?d ?n WHERE { ?x cg:decision ?d ; cg:note ?n }").records()
        assert curated == [{"d": "same", "n": "kiểm tra: cùng một người"}]

    with KnowledgeGraph(tmp_path / "store2") as kg:
        cur = tmp_path / "reject.csv"
        cur.write_text(f"different,{a},{b},hai người\n", encoding="utf-8")
        kg.build(hung, curation=cur)
        assert iris_named(kg, "Nguyễn Văn Hùng") == {a, b}
        assert kg.query("identity-candidates").records() == []


def test_bad_curation_file_names_the_line(tmp_path):
    from cadregraph.resolve.curation import load
    from cadregraph.core.errors import InputError
    bad = tmp_path / "c.csv"
    bad.write_text("# decision,iri,other_iri\nsame,https://a/x,https://a/y\nmaybe,https://a/x,https://a/z\n",
                   encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.csv:3: decision must be"):
        load(bad)
    bad.write_text("same,https://a/x,https://a/y> } ; DROP ALL ; #\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.csv:1: both entities must be http\(s\) IRIs"):
        load(bad)


def test_report_counts_before_and_after_resolution(sample_kg):
    text = identity_report(sample_kg.store)
    lines = {line.split()[0]: line.split()[1:3] for line in text.splitlines()
             if line.split() and line.split()[0] in ("Person", "Organization", "Document", "Event")}
    assert lines["Person"] == ["20", "18"]
    assert int(lines["Organization"][0]) > int(lines["Organization"][1])
    assert "1 possibleSameAs candidate" in text
