"""Every named query answers its question on the sample corpus (built once
per session from data/samples)."""
from __future__ import annotations

import pytest

from cadregraph.use import named as queries
from cadregraph.core.errors import InputError
from cadregraph.core.vntext import collation_key, comparable

ID = "https://w3id.org/cadregraph/id/"
TESTED = set()


def ask(kg, query_name, **params):
    TESTED.add(query_name)
    return kg.query(query_name, **params).records()


def test_career_in_date_order(sample_kg):
    rows = ask(sample_kg, "career", name="Tô Lâm")
    assert [(r["role"], r["body"]) for r in rows] == [
        ("Bộ trưởng", "Bộ Công an"), ("Ủy viên", "Bộ Chính trị"),
        ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")]
    assert str(rows[0]["firstSeen"]) == "2021-08-10" and str(rows[-1]["firstSeen"]) == "2025-09-24"


def test_names_match_any_written_form_whatever_the_case_and_tone_marks(sample_kg):
    expected = ask(sample_kg, "career", name="Tô Lâm")
    assert ask(sample_kg, "career", name="  TÔ   lâm ") == expected
    rows = ask(sample_kg, "post-holders", role="bí thư", body="TỈNH UỶ KIÊN GIANG", date="2022-12-31")
    assert [r["personName"] for r in rows] == ["Đỗ Thanh Bình"]
    assert ask(sample_kg, "documents-issued", issuer="BCT") == ask(sample_kg, "documents-issued", issuer="Bộ Chính trị")
    assert ask(sample_kg, "career", name="Tô Lam") == []       # other diacritics, another name


def test_career_keeps_the_start_an_appointment_gives(sample_kg):
    rows = ask(sample_kg, "career", name="Nguyễn Đức Trung")
    posts = {(r["role"], r["body"]): r for r in rows}
    assert str(posts[("Bí thư", "Tỉnh ủy Nghệ An")]["start"]) == "2024-11-12"
    assert str(posts[("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")]["end"]) == "2025-01-03"


def test_post_holders_on_a_date(sample_kg):
    rows = ask(sample_kg, "post-holders", role="Bí thư", body="Tỉnh ủy Kiên Giang", date="2022-12-31")
    assert [r["personName"] for r in rows] == ["Đỗ Thanh Bình"]
    assert ask(sample_kg, "post-holders", role="Bí thư", body="Tỉnh ủy Kiên Giang", date="2021-01-01") == []
    rows = ask(sample_kg, "post-holders", role="Bí thư", body="Tỉnh ủy Nghệ An", date="2025-01-01")
    assert [r["personName"] for r in rows] == ["Nguyễn Đức Trung"]


def test_body_members_include_sub_bodies(sample_kg):
    rows = ask(sample_kg, "body-members", body="Ban Tổ chức Trung ương")
    assert {(r["personName"], r["unitName"]) for r in rows} == {
        ("Phan Thăng An", "Ban Tổ chức Trung ương"), ("Nguyễn Kim Minh", "Cục Bảo vệ chính trị nội bộ")}


def test_body_hierarchy(sample_kg):
    units = {r["unitName"] for r in ask(sample_kg, "body-hierarchy", body="Ban Tổ chức Trung ương")}
    assert "Cục Bảo vệ chính trị nội bộ" in units
    assert "Ban Tổ chức Trung ương" not in units


def test_documents_issued_show_both_dates_sources_give(sample_kg):
    rows = ask(sample_kg, "documents-issued", issuer="Bộ Chính trị")
    by_symbol = {r["symbol"]: r for r in rows}
    assert set(by_symbol) == {"58-QĐ/TW", "1674-QĐNS/TW"}
    assert by_symbol["58-QĐ/TW"]["date"] == "2022-02-08 | 2022-02-28"
    assert by_symbol["58-QĐ/TW"]["type"] == "Quy định"


def test_documents_by_year(sample_kg):
    rows = {(r["issuerName"], r["type"], str(r["year"])): int(r["documents"])
            for r in ask(sample_kg, "documents-by-year")}
    assert rows[("Bộ Chính trị", "Quy định", "2022")] == 1
    assert rows[("Ban Tổ chức Trung ương", "Hướng dẫn", "2022")] == 1
    assert rows[("Quốc hội", "Luật", "2018")] == 1


def test_document_lineage_both_ways(sample_kg):
    incoming = ask(sample_kg, "document-lineage", document="58-QĐ/TW")
    assert [(r["direction"], r["relation"], r["otherSymbol"]) for r in incoming] == [
        ("incoming", "implements", "01-HD/BTCTW")]
    outgoing = ask(sample_kg, "document-lineage", document="01-HD/BTCTW")
    assert [(r["direction"], r["relation"], r["otherSymbol"]) for r in outgoing] == [
        ("outgoing", "implements", "58-QĐ/TW")]
    law = ask(sample_kg, "document-lineage", document="Luật Quốc phòng (sửa đổi)")
    assert [(r["relation"], r["otherSymbol"]) for r in law] == [("replaces", "39/2005/QH11")]


def test_event_participants_with_roles(sample_kg):
    rows = ask(sample_kg, "event-participants")
    s01 = {(r["role"], r["personName"]) for r in rows if r["event"].endswith("article-s01-tap-huan-bvctnb-1")}
    assert s01 == {("chair", "Phan Thăng An"), ("speaker", "Phan Thăng An"), ("speaker", "Nguyễn Kim Minh"),
                   ("attendee", "Đỗ Thanh Bình"), ("attendee", "Mai Văn Huỳnh")}
    assert len(rows) == len({tuple(r.values()) for r in rows}), "one row per participation"


def test_event_documents(sample_kg):
    rows = ask(sample_kg, "event-documents")
    got = {(r["event"].rsplit("/", 1)[1], r["how"], r["symbol"] or r["title"]) for r in rows}
    assert ("article-s01-tap-huan-bvctnb-1", "concerns", "58-QĐ/TW") in got
    assert ("article-s01-tap-huan-bvctnb-1", "concerns", "01-HD/BTCTW") in got
    assert ("article-s03-quoc-hoi-thong-qua-luat-1", "adopts", "Luật Quốc phòng (sửa đổi)") in got


def test_person_events(sample_kg):
    rows = ask(sample_kg, "person-events", name="Tô Lâm")
    assert {r["article"] for r in rows} == {"s04-bo-truong-cong-an", "s05-tong-bi-thu"}
    assert str(rows[0]["date"]) == "2025-09-24"


def test_co_participants_and_top_pairs(sample_kg):
    rows = ask(sample_kg, "co-participants", name="Đỗ Thanh Bình")
    assert {r["otherName"]: int(r["events"]) for r in rows} == {
        "Lâm Minh Thành": 1, "Mai Văn Huỳnh": 1, "Nguyễn Kim Minh": 1, "Phan Thăng An": 1}
    pairs = ask(sample_kg, "top-pairs")
    assert {"Tô Lâm", "Phan Văn Giang"} in [{r["aName"], r["bName"]} for r in pairs]


def test_sources_say_who_claimed_what(sample_kg):
    rows = ask(sample_kg, "sources", entity="58-QĐ/TW")
    dates = {(r["article"], str(r["value"])) for r in rows if r["claim"] == "date_document"}
    assert dates == {("s01-tap-huan-bvctnb", "2022-02-08"), ("s02-quan-triet-quy-dinh-58", "2022-02-28")}
    assert all(r["sentence"] and r["url"].startswith("https://example.org/") for r in rows)
    assert any("ngày 28-2-2022" in r["sentence"] for r in rows)


def test_conflicts_between_sources(sample_kg):
    rows = ask(sample_kg, "conflicts")
    assert [(r["subject"], r["fact"], r["value1"], r["source1"], r["value2"], r["source2"]) for r in rows] == [
        ("58-QĐ/TW", "date", "2022-02-08", "s01-tap-huan-bvctnb", "2022-02-28", "s02-quan-triet-quy-dinh-58")]


def test_dual_posts(sample_kg):
    rows = {r["personName"]: r for r in ask(sample_kg, "dual-posts")}
    assert "Mai Văn Huỳnh" in rows
    assert rows["Mai Văn Huỳnh"]["statePosts"] == "Chủ tịch Hội đồng nhân dân tỉnh Kiên Giang"
    assert "Phan Thăng An" not in rows


def test_province_bodies(sample_kg):
    rows = ask(sample_kg, "province-bodies", province="Kiên Giang")
    assert {r["bodyName"] for r in rows} >= {"Tỉnh ủy Kiên Giang", "Hội đồng nhân dân tỉnh Kiên Giang",
                                           "Ủy ban nhân dân tỉnh Kiên Giang"}


def test_newest_appointments(sample_kg):
    rows = ask(sample_kg, "newest-appointments")
    assert [(str(r["date"]), r["personName"], r["post"]) for r in rows][:2] == [
        ("2025-08-05", "Vũ Chiến Thắng", "Thứ trưởng Bộ Nội vụ"),
        ("2024-11-12", "Nguyễn Đức Trung", "Bí thư Tỉnh ủy Nghệ An")]


def test_succession_2025(sample_kg):
    rows = {(r["bodyName"], r["successorName"]): str(r["on"]) for r in ask(sample_kg, "succession-2025")}
    assert rows[("Tỉnh ủy Kiên Giang", "Tỉnh ủy An Giang")] == "2025-07-01"
    assert rows[("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính")] == "2025-03-01"


def _in_vietnamese_order(names) -> bool:
    keys = [collation_key(n) for n in names]
    return keys == sorted(keys)


def test_listings_follow_vietnamese_alphabetical_order(sample_kg):
    """Ordered by the positions the build computed, not by code point (which
    puts "Đ" after "Z" and "Ủy" after every unaccented letter)."""
    bodies = ask(sample_kg, "province-bodies", province="Kiên Giang")
    for level in {r["level"] for r in bodies}:
        names = [r["bodyName"] for r in bodies if r["level"] == level]
        assert len(names) > 1 and _in_vietnamese_order(names), names
    replaced = [r["bodyName"] for r in ask(sample_kg, "succession-2025")]
    assert _in_vietnamese_order(replaced) and sorted(replaced) != replaced   # code-point order differs here
    parents = [r["parentName"] for r in ask(sample_kg, "body-hierarchy", body="Ban Tổ chức Trung ương")]
    assert _in_vietnamese_order(parents)
    met = ask(sample_kg, "co-participants", name="Đỗ Thanh Bình")
    assert _in_vietnamese_order([r["otherName"] for r in met if int(r["events"]) == 1])


def test_identity_candidates(sample_kg):
    rows = ask(sample_kg, "identity-candidates")
    assert [(r["name"], r["a"], r["b"]) for r in rows] == [
        ("Nguyễn Văn Hùng", ID + "person/nguyen-van-hung", ID + "person/nguyen-van-hung--dang-uy-xa-dong-tien")]


def test_persons(sample_kg):
    rows = ask(sample_kg, "persons")
    top = {r["name"]: int(r["articles"]) for r in rows}
    assert top["Tô Lâm"] == 2 and top["Đỗ Thanh Bình"] == 2
    assert len(rows) == 18


def test_every_named_query_is_tested():
    names = set(queries.library())
    assert len(names) >= 15
    untested = names - TESTED
    assert not untested, f"no test for {sorted(untested)}"


def test_parameters_are_bound_not_spliced(sample_kg):
    hostile = 'Tô Lâm" } } DELETE WHERE { ?s ?p ?o } #'
    assert sample_kg.query("career", name=hostile).records() == []
    assert ask(sample_kg, "career", name="tô lâm"), "names match case-insensitively; the store is intact"


def test_parameter_errors_say_what_the_query_takes(sample_kg):
    with pytest.raises(InputError, match="needs --param name"):
        sample_kg.query("career")
    with pytest.raises(InputError, match="has no parameter who"):
        sample_kg.query("career", name="Tô Lâm", who="x")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        sample_kg.query("post-holders", role="Bí thư", body="Tỉnh ủy", date="8/2/2022")


def test_tone_mark_styles_meet(sample_kg):
    old_style = ask(sample_kg, "body-members", body="Ban Tổ chức Trung ương")
    assert old_style == ask(sample_kg, "body-members", body="Ban Tổ chức Trung ương".replace("ổ", "ổ"))
    assert ask(sample_kg, "province-bodies", province="Kiên Giang") == \
        ask(sample_kg, "province-bodies", province="Kiên Giang")


def test_parameters_reach_subqueries(sample_kg):
    """A subquery is evaluated on its own: the parameter is bound inside it
    too, so a LIMIT there picks from the body's documents, not everyone's."""
    first_document = """PREFIX cg: <https://w3id.org/cadregraph/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
SELECT ?doc WHERE { { SELECT ?doc WHERE { ?o cg:key ?issuer . ?doc eli:passed_by ?o } ORDER BY ?doc LIMIT 1 } }"""
    everyone = sample_kg.store.query(first_document.replace("?o cg:key ?issuer . ", ""))
    [(doc,)] = sample_kg.query(first_document, issuer=comparable("Quốc hội"))
    assert doc != everyone.rows[0][0]
    assert sample_kg.store.query(f"ASK {{ <{doc}> <http://data.europa.eu/eli/ontology#passed_by> ?o . "
                                 f"?o <http://www.w3.org/2004/02/skos/core#prefLabel> \"Quốc hội\"@vi }}")
