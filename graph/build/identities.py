"""The identity index's link to the store: what earlier builds resolved,
the candidates left for a curator, and the curator's decisions."""
from __future__ import annotations

import hashlib
from typing import Iterable

import pyoxigraph as ox

from ..core import iris
from ..resolve.curation import Curation
from ..extract.gazetteer import Gazetteer
from ..resolve.identity import Candidate, IdentityIndex
from ..store import Store
from ..store.base import OUTSIDE_MERGE, lines_of

P = iris.PREFIXES
_PREFIXES = iris.SPARQL_PREFIXES

# persons, the bodies of their tenures and the provinces of those bodies:
# three queries joined here (one query nesting the provinces in the tenures
# took minutes at 100,000 articles, the three take seconds)
_PERSONS = _PREFIXES + "SELECT ?p ?name WHERE { ?p a cg:Person ; foaf:name ?name }"
_TENURES = _PREFIXES + "SELECT DISTINCT ?p ?org WHERE { ?t org:member ?p ; org:organization ?org }"
_PROVINCES = _PREFIXES + """SELECT DISTINCT ?org ?prov WHERE {
  ?org cg:jurisdiction/cg:partOfProvince? ?pl . ?pl a cg:Province ; schema:name ?prov }"""
_ORGS = _PREFIXES + f"""
SELECT DISTINCT ?o ?name WHERE {{ GRAPH ?g {{ ?o skos:prefLabel ?name }}
  FILTER(STRSTARTS(STR(?g), "{iris.ID}article/") && STRSTARTS(STR(?o), "{iris.ID}org/")) }}"""
_DOCUMENTS = _PREFIXES + """
SELECT ?d ?sym ?term ?scope WHERE { ?d eli:id_local ?sym OPTIONAL { ?d cg:term ?term }
                                   OPTIONAL { ?d cg:numberingScope ?scope } }"""
_CANDIDATES = _PREFIXES + f"""
SELECT ?a ?b ?reason WHERE {{ GRAPH <{iris.IDENTITY_GRAPH}> {{
  ?c a cg:SameAsCandidate ; cg:candidate ?a , ?b ; cg:reason ?reason FILTER(STR(?a) < STR(?b)) }} }}"""


def load_index(store: Store, index: IdentityIndex) -> None:
    """Fill the index with the persons, documents and candidates the store
    already holds."""
    people: dict[str, tuple[str, set[str], set[str]]] = {}
    for p, name in store.plain_rows(_PERSONS):
        people.setdefault(p, (name, set(), set()))
    provinces: dict[str, set[str]] = {}
    for org, prov in store.plain_rows(_PROVINCES):
        provinces.setdefault(org, set()).add(prov)
    for p, org in store.plain_rows(_TENURES):
        if p in people:
            people[p][1].add(org)
            people[p][2].update(provinces.get(org, ()))
    for iri, (name, bodies, provinces) in sorted(people.items()):
        index.add_known_person(iri, name, bodies, provinces)
    for o, name in store.query(_ORGS):
        index.claim(str(o), str(name))
    for d, sym, term, scope in store.query(_DOCUMENTS):
        index.add_known_document(str(d), str(sym), str(term) if term is not None else None,
                                 str(scope) if scope is not None else None)
    for a, b, reason in store.query(_CANDIDATES):
        cand = Candidate(str(a), str(b), str(reason))
        index.candidates[cand.iri] = cand


def identity_quads(index: IdentityIndex) -> list[ox.Quad]:
    """The identity graph: the candidates for a curator, minus those a
    curator has decided."""
    return [q for quads in candidate_quads(index).values() for q in quads]


def candidate_quads(index: IdentityIndex, keys: Iterable[str] | None = None) -> dict[str, list[ox.Quad]]:
    """The quads of each candidate left for a curator (of ``keys``, or of
    all), by candidate IRI."""
    g = ox.NamedNode(iris.IDENTITY_GRAPH)
    cg = lambda local: ox.NamedNode(iris.CG + local)  # noqa: E731
    rdf_type = ox.NamedNode(P["rdf"] + "type")
    out: dict[str, list[ox.Quad]] = {}
    cur = index.curation
    live = index.person_iris
    for key in sorted(index.candidates if keys is None else keys):
        cand = index.candidates[key]
        a, b = cur.canonical(cand.a), cur.canonical(cand.b)
        if a == b or cur.different(a, b) or a not in live or b not in live:
            continue
        node = ox.NamedNode(cand.iri)
        out[cand.iri] = [ox.Quad(node, rdf_type, cg("SameAsCandidate"), g),
                         ox.Quad(node, cg("candidate"), ox.NamedNode(a), g),
                         ox.Quad(node, cg("candidate"), ox.NamedNode(b), g),
                         ox.Quad(node, cg("reason"), ox.Literal(cand.reason, language="en"), g),
                         ox.Quad(ox.NamedNode(a), cg("possibleSameAs"), ox.NamedNode(b), g),
                         ox.Quad(ox.NamedNode(b), cg("possibleSameAs"), ox.NamedNode(a), g)]
    return out


def curate(store: Store, curation: Curation, gaz: Gazetteer) -> int:
    """Carry out the curator's decisions now: merges rewritten in the store,
    the candidates a decision settles dropped from the identity graph."""
    changed = apply_curation(store, curation)
    index = IdentityIndex(gaz, curation)
    load_index(store, index)
    store.write_graphs({iris.IDENTITY_GRAPH: lines_of(identity_quads(index))})
    return changed


def apply_curation(store: Store, curation: Curation) -> int:
    """Carry out the curator's merges: the second entity's IRI is rewritten
    to the first in every graph, the default graph (their merge) following
    in the same update. The decisions are kept in the curated graph. Returns
    how many merges changed the store."""
    changed = 0
    outside = iris.iri_list(OUTSIDE_MERGE)     # graphs whose triples stay out of the merge
    for d in curation.merges():
        keep, gone = d.iri, d.other
        if not store.query(f"ASK {{ GRAPH ?g {{ {{ <{gone}> ?p ?o }} UNION {{ ?s ?p <{gone}> }} }} }}"):
            continue
        store.update(f"""
DELETE {{ GRAPH ?g {{ <{gone}> ?p ?o }} }} INSERT {{ GRAPH ?g {{ <{keep}> ?p ?o }} }}
WHERE {{ GRAPH ?g {{ <{gone}> ?p ?o }} FILTER(?g != <{iris.CURATED_GRAPH}>) }} ;
DELETE {{ GRAPH ?g {{ ?s ?p <{gone}> }} }} INSERT {{ GRAPH ?g {{ ?s ?p <{keep}> }} }}
WHERE {{ GRAPH ?g {{ ?s ?p <{gone}> }} FILTER(?g != <{iris.CURATED_GRAPH}>) }} ;
DELETE {{ <{gone}> ?p ?o }} WHERE {{ <{gone}> ?p ?o FILTER NOT EXISTS {{ GRAPH ?h {{ <{gone}> ?p ?o }} }} }} ;
DELETE {{ ?s ?p <{gone}> }} WHERE {{ ?s ?p <{gone}> FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p <{gone}> }} }} }} ;
INSERT {{ <{keep}> ?p ?o }} WHERE {{ GRAPH ?g {{ <{keep}> ?p ?o }} FILTER(?g NOT IN ({outside})) }} ;
INSERT {{ ?s ?p <{keep}> }} WHERE {{ GRAPH ?g {{ ?s ?p <{keep}> }} FILTER(?g NOT IN ({outside}))
  FILTER(!STRSTARTS(STR(?s), "{iris.ARTICLE_BASE}")) }}""")
        changed += 1
    g = ox.NamedNode(iris.CURATED_GRAPH)
    rdf_type = ox.NamedNode(P["rdf"] + "type")
    quads = []
    for d in curation.decisions:
        node = ox.NamedNode(f"{iris.ID}curation/{hashlib.sha256((d.decision + d.iri + d.other).encode()).hexdigest()[:12]}")
        quads += [ox.Quad(node, rdf_type, ox.NamedNode(iris.CG + "CurationDecision"), g),
                  ox.Quad(node, ox.NamedNode(iris.CG + "decision"), ox.Literal(d.decision), g),
                  ox.Quad(node, ox.NamedNode(iris.CG + "candidate"), ox.NamedNode(d.iri), g),
                  ox.Quad(node, ox.NamedNode(iris.CG + "candidate"), ox.NamedNode(d.other), g)]
        if d.note:
            quads.append(ox.Quad(node, ox.NamedNode(iris.CG + "note"), ox.Literal(d.note), g))
        if d.decision == "same":
            quads.append(ox.Quad(ox.NamedNode(d.other), ox.NamedNode(P["dcterms"] + "isReplacedBy"),
                                 ox.NamedNode(d.iri), g))
        else:
            quads.append(ox.Quad(ox.NamedNode(d.iri), ox.NamedNode(P["owl"] + "differentFrom"),
                                 ox.NamedNode(d.other), g))
    store.write_graphs({iris.CURATED_GRAPH: lines_of(quads)})
    return changed
