"""The store's invariant: the default graph is the RDF merge of the named
graphs (but the shapes, and the articles' provenance: triples about an
article, its claims and sentences), whatever was written, replaced,
curated or inferred; so a fact that many articles state counts once."""
from __future__ import annotations

import io
import json

import pyoxigraph as ox

from cadregraph.core import iris
from cadregraph.reason import closure as reason
from cadregraph.api import KnowledgeGraph
from cadregraph.store.base import in_merge
from conftest import SAMPLES, copy_store

PERSONS = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/cadregraph/ontology#Person> }"


def assert_default_is_the_merge(kg) -> None:
    buf = io.BytesIO()
    kg.dump(buf, "nquads")
    named = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS)
             if in_merge(q.graph_name.value) and not iris.is_provenance(q.subject.value)}
    buf = io.BytesIO()
    kg.dump(buf, "ntriples")
    default = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(buf.getvalue(), ox.RdfFormat.N_TRIPLES)}
    assert default == named, (len(default - named), len(named - default))


def test_a_triple_many_articles_state_counts_once(sample_kg):
    assert sample_kg.store.count(PERSONS) == 18
    assert_default_is_the_merge(sample_kg)


def test_merge_survives_replace_curation_and_reasoning(sample_kg, tmp_path):
    with KnowledgeGraph(copy_store(sample_kg, tmp_path / "store")) as kg:
        reason.fast_closure(kg.store)
        assert_default_is_the_merge(kg)
        changed = tmp_path / "s02.json"
        art = json.loads((SAMPLES / "s02-quan-triet-quy-dinh-58.json").read_text(encoding="utf-8"))
        art["text"] = art["text"].replace("Lâm Minh Thành", "Lê Văn Ba")
        changed.write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
        report = kg.build([changed], replace=True)
        assert report.replaced == 1
        assert iris.INFERRED_GRAPH not in kg.store.graph_names(), "stale inferences are cleared"
        assert any("run `cadregraph reason` again" in p.reason for p in report.warnings)
        names = {r["n"] for r in kg.query("PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                                          "SELECT ?n WHERE { ?p foaf:name ?n }").records()}
        assert "Lê Văn Ba" in names and "Lâm Minh Thành" not in names
        assert_default_is_the_merge(kg)
        cur = tmp_path / "c.csv"
        cur.write_text(f"same,{iris.ID}person/nguyen-van-hung,{iris.ID}person/nguyen-van-hung--dang-uy-xa-dong-tien,x\n",
                       encoding="utf-8")
        kg.apply_curation(cur)
        assert_default_is_the_merge(kg)
        assert kg.store.count(PERSONS) == 17
