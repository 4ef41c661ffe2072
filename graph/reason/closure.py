"""OWL 2 RL reasoning, materialised into its own named graph.

Two engines, one answer:

* ``owlrl`` — the reference: owlrl's forward chainer over the ontology and
  all article graphs, in memory;
* ``fast`` — the rules our ontology actually uses (subclass, subproperty,
  inverse, symmetric and transitive properties, domain and range, property
  chains, and their schema-level closures), applied as SPARQL updates,
  semi-naively, in an in-memory Oxigraph copy of the premises until nothing
  new follows; the closure is written back to the store in one write.

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
from dataclasses import dataclass

import owlrl
import pyoxigraph as ox
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, URIRef

from ..core import iris
from ..store import Store
from ..store.base import OUTSIDE_MERGE, lines_of, to_oxigraph

INFERRED = iris.INFERRED_GRAPH
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


def owlrl_inferences(store: Store) -> set[tuple]:
    return owlrl_closure(premises(store))


def owlrl_closure(g: rdflib.Graph) -> set[tuple]:
    """The valid triples owlrl adds to the graph (which it expands)."""
    before = set(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return {t for t in g if t not in before and is_valid(*t)}


# ------------------------------------------------------------- fast path
_P = iris.SPARQL_PREFIXES
# Scratch graphs of the working copy: what round N derived.
_ROUND = "urn:cadregraph:reasoning:round-{}"
# Inferred triples that another graph holds too, in the merge.
_ALSO_ASSERTED = f"""SELECT ?s ?p ?o WHERE {{
  GRAPH <{INFERRED}> {{ ?s ?p ?o }}
  FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }}
    FILTER(?g NOT IN (<{INFERRED}>, {iris.iri_list(OUTSIDE_MERGE)})
           && !STRSTARTS(STR(?s), "{iris.ARTICLE_BASE}")) }}
}}"""
_OLD = "urn:cadregraph:reasoning:previous"


def _rule(head: str, *patterns: str, filters: str = "") -> str:
    """INSERT the head, into the inferred graph and into the default graph,
    for every match of the patterns whose head is not known yet."""
    body = " . ".join(patterns)
    return f"""INSERT {{ GRAPH <{INFERRED}> {{ {head} }} {head} }}
WHERE {{ {body} {filters} FILTER NOT EXISTS {{ {head} }} }}"""


# Rules about the schema: few triples, applied as they are until nothing
# new follows.
SCHEMA_RULES = {
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
}


@dataclass(frozen=True)
class InstanceRule:
    """A rule over the data, driven by a schema table: ``table`` (over
    ``variables``) is read once the schema is closed and inlined as VALUES,
    so that one update applies the rule for every class or property."""
    name: str
    variables: str
    table: str
    head: str
    atoms: tuple[str, ...]
    filters: str = ""

    def update(self, values: str, round_: int) -> str:
        """The update of one round: what it derives goes into the inferred
        graph, the default graph, and the round's own graph. The first round
        matches the body in the whole graph; later rounds (semi-naive) only
        where one of its atoms matches what the previous round derived."""
        if round_ == 0:
            body = " . ".join(self.atoms)
        else:
            delta = _ROUND.format(round_ - 1)
            body = " UNION ".join(
                "{ " + " . ".join(f"GRAPH <{delta}> {{ {a} }}" if i == j else a for j, a in enumerate(self.atoms))
                + " }" for i in range(len(self.atoms)))
        return f"""INSERT {{ GRAPH <{_ROUND.format(round_)}> {{ {self.head} }} GRAPH <{INFERRED}> {{ {self.head} }}
  {self.head} }}
WHERE {{ VALUES ({self.variables}) {{ {values} }} {body} {self.filters} FILTER NOT EXISTS {{ {self.head} }} }}"""


_NOT_LITERAL_Y = "FILTER(!ISLITERAL(?y))"
INSTANCE_RULES = [
    InstanceRule("cax-sco", "?c ?d", "?c rdfs:subClassOf ?d FILTER(?c != ?d && ?d != owl:Thing)",
                 "?x a ?d", ("?x a ?c",)),
    InstanceRule("cax-eqc", "?c ?d", "?c owl:equivalentClass ?d FILTER(?c != ?d)", "?x a ?d", ("?x a ?c",)),
    InstanceRule("prp-dom", "?p ?c", "?p rdfs:domain ?c FILTER(?c != owl:Thing)", "?x a ?c", ("?x ?p ?y",)),
    InstanceRule("prp-rng", "?p ?c", "?p rdfs:range ?c FILTER(?c != owl:Thing)", "?y a ?c", ("?x ?p ?y",),
                 _NOT_LITERAL_Y),
    InstanceRule("prp-spo1", "?p ?q", "?p rdfs:subPropertyOf ?q FILTER(?p != ?q)", "?x ?q ?y", ("?x ?p ?y",)),
    InstanceRule("prp-eqp", "?p ?q", "?p owl:equivalentProperty ?q FILTER(?p != ?q)", "?x ?q ?y", ("?x ?p ?y",)),
    InstanceRule("prp-inv1", "?p ?q", "?p owl:inverseOf ?q", "?y ?q ?x", ("?x ?p ?y",), _NOT_LITERAL_Y),
    InstanceRule("prp-inv2", "?p ?q", "?p owl:inverseOf ?q", "?y ?p ?x", ("?x ?q ?y",), _NOT_LITERAL_Y),
    InstanceRule("prp-symp", "?p", "?p a owl:SymmetricProperty", "?y ?p ?x", ("?x ?p ?y",), _NOT_LITERAL_Y),
    InstanceRule("prp-trp", "?p", "?p a owl:TransitiveProperty", "?x ?p ?z", ("?x ?p ?y", "?y ?p ?z")),
    InstanceRule("prp-spo2", "?p ?p1 ?p2", "?p owl:propertyChainAxiom ?l . ?l rdf:first ?p1 ; "
                 "rdf:rest/rdf:first ?p2 ; rdf:rest/rdf:rest rdf:nil", "?x ?p ?z", ("?x ?p1 ?y", "?y ?p2 ?z")),
]


class WorkingCopy:
    """The premises in an in-memory Oxigraph store, where the rules run as
    SPARQL updates: an update in memory costs a fraction of one in the
    on-disk store, whose transactions also write every index to disk."""

    def __init__(self, store: Store) -> None:
        self.ox = ox.Store()
        for graph, target in ((None, ox.DefaultGraph()), (INFERRED, ox.NamedNode(_OLD))):
            buf = io.BytesIO()
            store.dump(buf, "ntriples", graph=graph)
            self.ox.bulk_load(buf.getvalue(), format=ox.RdfFormat.N_TRIPLES, to_graph=target)
        self.previous = set(self.lines(_OLD))
        if self.previous:   # the last closure is no premise, but for what other graphs say too
            self.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{_OLD}> {{ ?s ?p ?o }} }} ; DROP GRAPH <{_OLD}>")
            self.ox.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())
                           for s, p, o in store.query(_ALSO_ASSERTED))

    def update(self, sparql: str) -> None:
        self.ox.update(f"{_P}\n{sparql}")

    def select(self, sparql: str) -> list:
        return list(self.ox.query(f"{_P}\n{sparql}"))

    def size(self, graph: str) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"].value)

    def lines(self, graph: str) -> list[str]:
        return sorted(lines_of(self.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))))

    def close(self, max_rounds: int = 50) -> None:
        """Close the schema, then the data (closing the schema again if the
        data touched it)."""
        for _ in range(max_rounds):
            self.close_schema(max_rounds)
            self.close_instances(max_rounds)
            if not self.close_schema(max_rounds):
                return

    def close_schema(self, max_rounds: int) -> int:
        """Apply the schema rules until nothing new follows; how many
        triples they added."""
        added = 0
        for _ in range(max_rounds):
            before = self.size(INFERRED)
            self.update(" ;\n".join(SCHEMA_RULES.values()))
            if self.size(INFERRED) == before:
                return added
            added += self.size(INFERRED) - before
        return added

    def close_instances(self, max_rounds: int) -> None:
        """Apply the instance rules, semi-naively, until a round derives
        nothing new."""
        tables = []
        for rule in INSTANCE_RULES:
            rows = self.select(f"SELECT DISTINCT {rule.variables} WHERE {{ {rule.table} }}")
            if rows:
                names = rule.variables.replace("?", "").split()
                tables.append((rule, " ".join("(" + " ".join(str(r[n]) for n in names) + ")" for r in rows)))
        for round_ in range(max_rounds):
            for rule, values in tables:     # one by one: a long request is slower in Oxigraph
                self.update(rule.update(values, round_))
            self.update(f"DROP SILENT GRAPH <{_ROUND.format(round_ - 1)}>")
            if not bool(self.ox.query(f"ASK {{ GRAPH <{_ROUND.format(round_)}> {{ ?s ?p ?o }} }}")):
                break
        self.update(f"DROP SILENT GRAPH <{_ROUND.format(round_)}>")


def fast_closure(store: Store, max_rounds: int = 50) -> int:
    """Close the premises in a working copy; write the inferred triples
    back in one write (none if they did not change). Returns their number."""
    work = WorkingCopy(store)
    work.close(max_rounds)
    lines = work.lines(INFERRED)
    if set(lines) != work.previous:
        store.write_graphs({INFERRED: lines})
    return len(lines)


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
