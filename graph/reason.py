"""OWL 2 RL reasoning, materialised into its own named graph.

Two engines, one answer:

* ``owlrl`` — the reference: owlrl's forward chainer over the ontology and
  all article graphs, in memory;
* ``fast`` — the rules our ontology actually uses (subclass, subproperty,
  inverse, symmetric and transitive properties, domain and range, property
  chains, and their schema-level closures), applied as SPARQL updates
  inside the store until nothing new follows.

Both keep the *valid* inferences only. owlrl also emits triples with a
literal subject ("2018-06-21"^^xsd:date a xsd:date), owl:sameAs of every
node with itself, owl:Thing/owl:Nothing trivia, reflexive subclass and
subproperty axioms, and axioms about the rdf/rdfs/owl/xsd vocabularies:
these are dropped (see ``is_valid``). A test proves the two engines equal
on the samples and on the development corpus.
"""
from __future__ import annotations

import io
import time

import owlrl
import pyoxigraph as ox
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, URIRef

from . import iris
from .store import Store
from .store.base import lines_of, to_oxigraph, to_rdflib

INFERRED = iris.INFERRED_GRAPH
# Graphs that are not knowledge: the shapes, and the inferences themselves.
_NOT_PREMISES = (iris.INFERRED_GRAPH, iris.SHAPES_GRAPH)
_BUILTIN = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2001/XMLSchema#")
_TRIVIAL_OBJECTS = {OWL.Thing}
_REFLEXIVE = {RDFS.subClassOf, OWL.equivalentClass, RDFS.subPropertyOf, OWL.equivalentProperty, OWL.sameAs}


def is_valid(s, p, o) -> bool:
    """An inference worth keeping."""
    if isinstance(s, Literal):
        return False
    if isinstance(s, URIRef) and str(s).startswith(_BUILTIN):
        return False
    if p in _REFLEXIVE and s == o:
        return False
    if o in _TRIVIAL_OBJECTS and p in (RDF.type, RDFS.subClassOf, RDFS.domain, RDFS.range):
        return False
    if p == RDF.type and isinstance(o, URIRef) and str(o).startswith(_BUILTIN) and o != RDF.Statement:
        return False          # owl:Class, rdfs:Datatype, owl:AnnotationProperty of vocabulary terms
    return True


# --------------------------------------------------------------- premises
def premises(store: Store) -> rdflib.Graph:
    """What the reasoners reason over: the default graph (ontology,
    vocabularies, reference data and the facts of every article, merged),
    without earlier inferences."""
    inferred = set(store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{INFERRED}> {{ ?s ?p ?o }} }}"))
    g = rdflib.Graph()
    for t in store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"):
        if t not in inferred:
            g.add(t)
    return g


def named_graphs_union(store: Store) -> rdflib.Graph:
    """Every named graph but the shapes and the inferences, merged: the
    facts with their provenance (claims, sentences, articles)."""
    buf = io.BytesIO()
    store.dump(buf, "nquads")
    g = rdflib.Graph()
    for q in ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS):
        if q.graph_name.value not in _NOT_PREMISES:
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g


def owlrl_inferences(store: Store) -> set[tuple]:
    g = premises(store)
    before = set(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return {t for t in g if t not in before and is_valid(*t)}


# ------------------------------------------------------------- fast path
_P = iris.SPARQL_PREFIXES


def _rule(head: str, *patterns: str, filters: str = "") -> str:
    """INSERT the head, into the inferred graph and into the default graph
    (the merge of all graphs, inferences included), for every match of the
    patterns in the default graph whose head is not known yet."""
    body = " . ".join(patterns)
    return f"""{_P}
INSERT {{ GRAPH <{INFERRED}> {{ {head} }} {head} }}
WHERE {{ {body} {filters} FILTER NOT EXISTS {{ {head} }} }}"""


RULES = {
    # schema level
    "scm-sco": _rule("?a rdfs:subClassOf ?c", "?a rdfs:subClassOf ?b", "?b rdfs:subClassOf ?c",
                     filters="FILTER(?a != ?c)"),
    "scm-spo": _rule("?a rdfs:subPropertyOf ?c", "?a rdfs:subPropertyOf ?b", "?b rdfs:subPropertyOf ?c",
                     filters="FILTER(?a != ?c)"),
    "scm-eqc1": _rule("?a rdfs:subClassOf ?b", "?a owl:equivalentClass ?b", filters="FILTER(?a != ?b)"),
    "scm-eqc1b": _rule("?b rdfs:subClassOf ?a", "?a owl:equivalentClass ?b", filters="FILTER(?a != ?b)"),
    "scm-eqc2": _rule("?a owl:equivalentClass ?b", "?a rdfs:subClassOf ?b", "?b rdfs:subClassOf ?a",
                      filters="FILTER(?a != ?b)"),
    "scm-eqp1": _rule("?a rdfs:subPropertyOf ?b", "?a owl:equivalentProperty ?b", filters="FILTER(?a != ?b)"),
    "scm-eqp1b": _rule("?b rdfs:subPropertyOf ?a", "?a owl:equivalentProperty ?b", filters="FILTER(?a != ?b)"),
    "scm-eqp2": _rule("?a owl:equivalentProperty ?b", "?a rdfs:subPropertyOf ?b", "?b rdfs:subPropertyOf ?a",
                      filters="FILTER(?a != ?b)"),
    "scm-dom1": _rule("?p rdfs:domain ?d", "?p rdfs:domain ?c", "?c rdfs:subClassOf ?d",
                      filters="FILTER(?d != owl:Thing)"),
    "scm-dom2": _rule("?p rdfs:domain ?c", "?q rdfs:domain ?c", "?p rdfs:subPropertyOf ?q",
                      filters="FILTER(?c != owl:Thing)"),
    "scm-rng1": _rule("?p rdfs:range ?d", "?p rdfs:range ?c", "?c rdfs:subClassOf ?d",
                      filters="FILTER(?d != owl:Thing)"),
    "scm-rng2": _rule("?p rdfs:range ?c", "?q rdfs:range ?c", "?p rdfs:subPropertyOf ?q",
                      filters="FILTER(?c != owl:Thing)"),
    # instance level
    "cax-sco": _rule("?x a ?d", "?c rdfs:subClassOf ?d", "?x a ?c", filters="FILTER(?d != owl:Thing)"),
    "cax-eqc": _rule("?x a ?d", "?c owl:equivalentClass ?d", "?x a ?c", filters="FILTER(?c != ?d)"),
    "prp-dom": _rule("?x a ?c", "?p rdfs:domain ?c", "?x ?p ?y", filters="FILTER(?c != owl:Thing)"),
    "prp-rng": _rule("?y a ?c", "?p rdfs:range ?c", "?x ?p ?y",
                     filters="FILTER(!ISLITERAL(?y) && ?c != owl:Thing)"),
    "prp-spo1": _rule("?x ?q ?y", "?p rdfs:subPropertyOf ?q", "?x ?p ?y", filters="FILTER(?p != ?q)"),
    "prp-eqp": _rule("?x ?q ?y", "?p owl:equivalentProperty ?q", "?x ?p ?y", filters="FILTER(?p != ?q)"),
    "prp-inv1": _rule("?y ?q ?x", "?p owl:inverseOf ?q", "?x ?p ?y", filters="FILTER(!ISLITERAL(?y))"),
    "prp-inv2": _rule("?y ?p ?x", "?p owl:inverseOf ?q", "?x ?q ?y", filters="FILTER(!ISLITERAL(?y))"),
    "prp-symp": _rule("?y ?p ?x", "?p a owl:SymmetricProperty", "?x ?p ?y", filters="FILTER(!ISLITERAL(?y))"),
    "prp-trp": _rule("?x ?p ?z", "?p a owl:TransitiveProperty", "?x ?p ?y", "?y ?p ?z"),
    "prp-spo2": _rule("?x ?p ?z", "?p owl:propertyChainAxiom ?l . ?l rdf:first ?p1 ; rdf:rest/rdf:first ?p2 ; "
                                  "rdf:rest/rdf:rest rdf:nil", "?x ?p1 ?y", "?y ?p2 ?z"),
}


def fast_closure(store: Store, max_rounds: int = 50) -> int:
    """Apply the rules in the store until nothing new follows; returns the
    number of inferred triples."""
    store.clear_graph(INFERRED)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED}> {{ ?s ?p ?o }} }}"
    previous = -1
    for _ in range(max_rounds):
        for update in RULES.values():
            store.update(update)
        n = store.count(count)
        if n == previous:
            return n
        previous = n
    return previous


def fast_inferences(store: Store) -> set[tuple]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{INFERRED}> {{ ?s ?p ?o }} }}")
    return {tuple(r) for r in rows if is_valid(*r)}


def materialise(store: Store, engine: str = "fast") -> str:
    """Write the closure into the inferred graph and say what was done."""
    t = time.monotonic()
    if engine == "owlrl":
        triples = owlrl_inferences(store)
        store.write_graphs({INFERRED: lines_of(ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
                                               for s, p, o in sorted(triples, key=lambda t: tuple(map(str, t))))})
        n = len(triples)
    else:
        n = fast_closure(store)
    problems = inconsistencies(store)
    lines = [f"{engine}: {n} inferred triples in <{INFERRED}> ({time.monotonic() - t:.2f} s)"]
    lines += [f"inconsistent: {p}" for p in problems] or ["consistent: no individual is in two disjoint classes"]
    return "\n".join(lines)


def inconsistencies(store: Store) -> list[str]:
    """Individuals typed with two classes the ontology declares disjoint."""
    rows = store.query(f"""{_P}
SELECT DISTINCT ?x ?a ?b WHERE {{
  ?d a owl:AllDisjointClasses ; owl:members/rdf:rest*/rdf:first ?a , ?b .
  FILTER(STR(?a) < STR(?b)) ?x a ?a , ?b .
}} LIMIT 100""")
    return [f"{x} is both {a} and {b}" for x, a, b in rows]


__all__ = ["materialise", "fast_closure", "owlrl_inferences", "fast_inferences", "is_valid"]
