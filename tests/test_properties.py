"""Property tests: any Unicode text through the extractor and the RDF
builder gives no exception, spans inside the text, only valid IRIs and
literals, and the same quads when built twice."""
from __future__ import annotations

import re
from datetime import date

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cadregraph.extract.pipeline import extract
from cadregraph.extract.gazetteer import load
from cadregraph.resolve.identity import IdentityIndex
from cadregraph.core.model import Article
from cadregraph.read.normalise import normalise
from cadregraph.rdf.article_graph import build_article
from cadregraph.core import iris

GAZ = load()
IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
FRAGMENTS = ["Đồng chí ", "Nguyễn Văn Hùng", "Tô Lâm", ", ", "Bí thư Tỉnh ủy ", "Thanh Hóa", " chủ trì hội nghị",
             "Quy định số 58-QĐ/TW", ", ngày 8-2-2022", " của Bộ Chính trị", ". ", "\n\n", "Sáng 8/12, ",
             "Phó Bí thư Thường trực", "HĐND tỉnh", " - ", "Quyết định số 1425, 1426/QĐ-TTg", " bổ nhiệm ông ",
             "Chủ tịch UBND xã ", "Đ/c ", "các đồng chí: ", "; ", "nguyên ", "Kỳ họp thứ 8", "(", ")", "“", "”"]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join),
)


def _check_lines(lines, text_len):
    """The lines parse as N-Triples, with valid IRIs and UTF-8 literals."""
    triples = list(ox.parse("\n".join(lines), ox.RdfFormat.N_TRIPLES))
    assert len(triples) == len(lines)
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                assert IRI.match(term.value), term.value
            elif isinstance(term, ox.Literal):
                term.value.encode("utf-8")          # no lone surrogates
        if t.predicate.value in (iris.CG + "start", iris.CG + "end"):
            assert 0 <= int(t.object.value) <= text_len
    return triples


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_any_text_extracts_and_builds_valid_rdf(text, published):
    doc = normalise(Article(id="p", text=text, published=published))
    ex = extract(doc, GAZ)
    n = len(doc.text)
    for p in ex.persons:
        for sp in [p.span, *p.mentions]:
            assert 0 <= sp.start <= sp.end <= n
        for pos in p.positions:
            assert 0 <= pos.span.start <= pos.span.end <= n
    for d in ex.documents:
        assert 0 <= d.span.start <= d.span.end <= n
    for e in ex.events:
        assert 0 <= e.span.start <= e.span.end <= n
    graph = iris.article("p")
    first = build_article(ex, IdentityIndex(GAZ).resolve(ex, graph), GAZ)
    named = _check_lines(first.named, n)
    assert set(_check_lines(first.merged, n)) == {t for t in named if not iris.is_provenance(t.subject.value)}
    again = extract(normalise(Article(id="p", text=text, published=published)), GAZ)
    second = build_article(again, IdentityIndex(GAZ).resolve(again, graph), GAZ)
    assert set(first.named) == set(second.named)


@settings(max_examples=60, deadline=None)
@given(article_id=st.text(min_size=1, max_size=60))
def test_any_article_id_gives_a_safe_iri(article_id):
    graph = iris.article(article_id)
    assert IRI.match(graph) and "/../" not in graph and graph.startswith(iris.ID + "article/")
