"""The ontology and the dumps are standard RDF: they parse with rdflib and
with an independent parser to the same number of quads, the ontology closes
under OWL 2 RL without inconsistency, and the data passes the SHACL shapes."""
from __future__ import annotations

import io
import shutil
import subprocess
from collections import Counter

import owlrl
import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS

from cadregraph.core import iris
from cadregraph.core import resources
from cadregraph.api import KnowledgeGraph
from cadregraph.store.base import in_merge
from cadregraph.reason.validate import validate
from conftest import SAMPLES, run_cli

CG = rdflib.Namespace("https://w3id.org/cadregraph/ontology#")


def test_ontology_parses_and_closes_under_owl_rl_consistently():
    g = rdflib.Graph().parse(resources.ontology_file())
    for f in resources.vocab_files():
        g.parse(f)
    assert (CG.Tenure, RDFS.subClassOf, rdflib.URIRef("http://www.w3.org/ns/org#Membership")) in g
    labels = {(s, lbl.language) for s, lbl in g.subject_objects(RDFS.label) if str(s).startswith(str(CG))}
    assert (CG.Person, "vi") in labels and (CG.Person, "en") in labels
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    # owlrl flags an inconsistency as a triple about owl:Nothing or an error note
    assert not list(g.subjects(RDF.type, OWL.Nothing))
    assert not [c for c in g.objects(None, rdflib.URIRef("http://www.w3.org/2000/01/rdf-schema#comment"))
                if "inconsistency" in str(c).lower()]


def test_vocabularies_are_concept_schemes_with_vietnamese_labels():
    g = rdflib.Graph()
    for f in resources.vocab_files():
        g.parse(f)
    schemes = set(g.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(schemes) >= 5
    labels = {str(lbl) for lbl in g.objects(None, SKOS.prefLabel) if lbl.language == "vi"}
    assert {"Bộ Chính trị", "Ban Tổ chức Trung ương", "Quốc hội", "Ủy ban Kiểm tra Trung ương", "Quy định",
            "Nghị quyết", "Hội nghị"} <= labels
    alts = {str(lbl) for lbl in g.objects(None, SKOS.altLabel)}
    assert {"BTCTW", "UBKTTW"} & alts
    # SKOS integrity (S14): no concept has two preferred labels in one language
    per_language = Counter((s, lbl.language) for s, lbl in g.subject_objects(SKOS.prefLabel))
    assert [key for key, n in per_language.items() if n > 1] == []


def _dump(kg, fmt: str) -> bytes:
    buf = io.BytesIO()
    kg.dump(buf, fmt)
    return buf.getvalue()


def test_dump_reparses_to_the_same_quads_with_two_parsers(sample_kg, tmp_path):
    nquads = _dump(sample_kg, "nquads")
    trig = _dump(sample_kg, "trig")
    expected = set(ox.parse(nquads, ox.RdfFormat.N_QUADS))
    assert len(expected) > 1000
    assert set(ox.parse(trig, ox.RdfFormat.TRIG)) == expected
    for data, fmt in ((nquads, "nquads"), (trig, "trig"), (_dump(sample_kg, "jsonld"), "json-ld")):
        ds = rdflib.Dataset()
        ds.parse(data=data, format=fmt)
        assert len(set(ds.quads((None, None, None, None)))) == len(expected), fmt
    if shutil.which("rapper"):
        path = tmp_path / "dump.nq"
        path.write_bytes(nquads)
        out = subprocess.run(["rapper", "-i", "nquads", "-c", str(path)], capture_output=True, text=True)
        assert f"returned {len(expected)} triples" in out.stderr
    graphs = {q.graph_name.value for q in expected}
    assert sum(g.startswith("https://w3id.org/cadregraph/id/article/") for g in graphs) == 9


def test_turtle_dump_is_the_merge_of_the_facts(sample_kg):
    triples = {ox.Triple(q.subject, q.predicate, q.object)
               for q in ox.parse(_dump(sample_kg, "turtle"), ox.RdfFormat.TURTLE)}
    quads = set(ox.parse(_dump(sample_kg, "nquads"), ox.RdfFormat.N_QUADS))
    assert triples == {ox.Triple(q.subject, q.predicate, q.object) for q in quads
                       if in_merge(q.graph_name.value) and not iris.is_provenance(q.subject.value)}


def test_dump_is_deterministic(sample_kg):
    assert _dump(sample_kg, "trig") == _dump(sample_kg, "trig")


def test_sample_graph_passes_the_shapes(sample_kg):
    conforms, text = validate(sample_kg.store)
    assert conforms, text


def test_shapes_catch_a_broken_tenure(tmp_path):
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.store.update("""INSERT DATA { GRAPH <https://w3id.org/cadregraph/id/article/x> {
            <https://w3id.org/cadregraph/id/tenure/x> a <https://w3id.org/cadregraph/ontology#Tenure> } }""")
        conforms, text = validate(kg.store)
    assert not conforms
    assert "tenure/x" in text


@pytest.mark.parametrize("fmt,parser", [("trig", "trig"), ("nquads", "nquads"), ("turtle", "turtle"),
                                        ("jsonld", "json-ld")])
def test_cli_dump_writes_every_format(tmp_path, fmt, parser):
    store = tmp_path / "store"
    assert run_cli("build", str(SAMPLES / "s02-quan-triet-quy-dinh-58.json"), "--store", str(store)).returncode == 0
    out = tmp_path / f"dump.{fmt}"
    done = run_cli("dump", "--store", str(store), "--format", fmt, "-o", str(out))
    assert done.returncode == 0, done.stderr
    ds = rdflib.Dataset()
    ds.parse(out, format=parser)
    names = {str(o) for _, _, o, _ in ds.quads((None, rdflib.URIRef("http://xmlns.com/foaf/0.1/name"), None, None))}
    assert {"Đỗ Thanh Bình", "Lâm Minh Thành"} <= names



@pytest.mark.parametrize("text, label, kind, superclass", [
    ("Ngày 5/3/2025, Tổng Giám đốc EVN Nguyễn Anh Tuấn dự hội nghị tại Hà Nội.",
     "Tập đoàn Điện lực Việt Nam", CG.Enterprise, rdflib.URIRef("https://schema.org/Corporation")),
    ("Ngày 5/3/2025, bà Angela Pratt, Trưởng Đại diện WHO tại Việt Nam, dự hội nghị tại Hà Nội.",
     "Tổ chức Y tế Thế giới", CG.InternationalOrganization, rdflib.URIRef("http://www.w3.org/ns/org#FormalOrganization")),
])
def test_a_body_named_by_its_brand_or_abbreviation_is_of_its_class(tmp_path, text, label, kind, superclass):
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    out = io.BytesIO()
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([article])
        kg.dump(out, "nquads")
    g = rdflib.Graph()
    for s_, p_, o_, _ in rdflib.Dataset().parse(data=out.getvalue(), format="nquads").quads():
        g.add((s_, p_, o_))
    assert [o for o in g.subjects(RDF.type, kind)
            if (o, SKOS.prefLabel, rdflib.Literal(label, lang="vi")) in g
            or (o, RDFS.label, rdflib.Literal(label, lang="vi")) in g]
    ontology = rdflib.Graph().parse(resources.ontology_file())
    assert (kind, RDFS.subClassOf, superclass) in ontology
