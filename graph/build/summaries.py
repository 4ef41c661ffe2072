"""Summaries: whole-graph figures computed once per build.

The named queries that rank or count over the whole graph (the most
mentioned persons, the pairs who meet most, dual posts, documents by year,
conflicts, the newest appointments) would otherwise join every tenure,
event or document at each call: seconds to minutes at 100,000 articles.
The build computes those figures once, inside the store's engine, into the
summary graph; the queries read a few thousand precomputed triples and join
the details only for the rows they return.

The summary graph is derived data: each figure is one CONSTRUCT query (the
alphabetical positions are sorted in Python, by Vietnamese collation, and
each body's newest documents are chosen there too), and the graph is
rewritten whole after every build and every curation (cleared,
then bulk-loaded: a crash in between leaves no summary graph, and the next
build makes it again). It is kept out of the merge (the default graph), so
neither reasoning nor validation sees it.

    person  cg:mentionCount n              texts that mention the person (a republished
                                           copy, cg:sameTextAs, is its first copy's text)
    pair    cg:pairMember a, b ; cg:sharedEvents n    people at the same events (not
                                           counting the events of republished copies again)
    person  cg:holdsDualPosts true         a current post in a Party body and one in a State body
    x       cg:conflictCandidate true      a document with two dates or two issuers in the
                                           merge; the tenures of a person with two in one body
    tenure  cg:appointmentReported date    the newest report of the appointment
    event   cg:documentEventDate date      the date of an event about documents
    x       cg:sortKey n                   position in Vietnamese alphabetical order
    cand.   cg:candidateOrder n            the same, for same-name candidate pairs
    person  cg:dualPostsOrder n            the same, for holders of dual posts
    cell    a cg:DocumentCount (a qb:Observation) ; cg:issuer ; cg:documentType ;
            cg:year ; cg:documentCount n
    body    cg:newestDocument doc          one of the body's 200 newest documents
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..core import iris, vntext
from ..store import Store

SUMMARY_GRAPH = iris.SUMMARY_GRAPH
_FORMER = iris.VOCAB + "status/former"
_APPOINTED = iris.VOCAB + "status/appointed"
# graphs that say nothing an article said (IRI comparisons: no string work)
_NOT_ARTICLES = iris.iri_list(iris.SYSTEM_GRAPHS)
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_CHUNK = 250_000
_PARTICIPATION = "VALUES ?role { cg:chair cg:speaker cg:attendee }"
_NOT_COPIED = "MINUS { GRAPH ?copy { ?copy cg:sameTextAs ?first . ?e a cg:Event } }"
NEWEST_DOCUMENTS = 200      # the documents-issued query lists this many
# The code that computes the summaries: a store whose summaries another
# version computed gets them again at its next build, articles new or not.
VERSION = hashlib.sha256(Path(__file__).read_bytes() + Path(vntext.__file__).read_bytes()).hexdigest()[:16]
_VERSION_LINE = f'<{SUMMARY_GRAPH}> <{iris.CG}summaryVersion> "{VERSION}" .'


def _slug_of(var: str) -> str:
    """SPARQL expression: the IRI in ``var`` as a slug ("person-to-lam")."""
    return f'REPLACE(STRAFTER(STR({var}), "{iris.ID}"), "/", "-")'


_SUMMARIES = {
    # texts, not articles: a republished copy (cg:sameTextAs) counts as its first copy
    "mentions": f"""
CONSTRUCT {{ ?p cg:mentionCount ?n }} WHERE {{
  SELECT ?p (COUNT(DISTINCT ?text) AS ?n)
  WHERE {{ GRAPH ?g {{ ?p a cg:Person OPTIONAL {{ ?g cg:sameTextAs ?first }} }}
           FILTER(?g NOT IN ({_NOT_ARTICLES})) BIND(COALESCE(?first, ?g) AS ?text) }}
  GROUP BY ?p
}}""",
    # each side made distinct per event first (a chair who also speaks is one
    # participant), then joined on the event; the events of republished copies
    # are their first copy's events again, and left out
    "pairs": f"""
CONSTRUCT {{ ?pair a cg:CoParticipation ; cg:pairMember ?a , ?b ; cg:sharedEvents ?n }} WHERE {{
  {{ SELECT ?a ?b (COUNT(?e) AS ?n) WHERE {{
      {{ SELECT DISTINCT ?e ?a WHERE {{ {_PARTICIPATION} ?e ?role ?a {_NOT_COPIED} }} }}
      {{ SELECT DISTINCT ?e ?b WHERE {{ {_PARTICIPATION} ?e ?role ?b {_NOT_COPIED} }} }}
      FILTER(STR(?a) < STR(?b))
    }} GROUP BY ?a ?b }}
  BIND(IRI(CONCAT("{iris.ID}pair/", {_slug_of("?a")}, "--", {_slug_of("?b")})) AS ?pair)
}}""",
    # the kinds of body are few: bound first, the tenures follow from the bodies
    "dual-posts": f"""
CONSTRUCT {{ ?p cg:holdsDualPosts true }} WHERE {{
  SELECT ?p WHERE {{
    {{ SELECT ?kind ?side WHERE {{
        {{ ?kind rdfs:subClassOf* cg:PartyBody BIND("party" AS ?side) }}
        UNION {{ ?kind rdfs:subClassOf* cg:StateBody BIND("state" AS ?side) }} }} }}
    ?o a ?kind . ?t org:organization ?o ; org:member ?p ; cg:post ?post ; cg:status ?s
    FILTER(?s != <{_FORMER}>)
  }} GROUP BY ?p HAVING(COUNT(DISTINCT ?side) = 2)
}}""",
    "conflicting-dates": """
CONSTRUCT { ?d cg:conflictCandidate true } WHERE {
  SELECT ?d WHERE { ?d eli:date_document ?v } GROUP BY ?d HAVING(COUNT(DISTINCT ?v) > 1)
}""",
    "conflicting-issuers": """
CONSTRUCT { ?d cg:conflictCandidate true } WHERE {
  SELECT ?d WHERE { ?d eli:passed_by ?o } GROUP BY ?d HAVING(COUNT(DISTINCT ?o) > 1)
}""",
    # tenure IRIs are person + role + body: two roles in one body are two tenures
    "conflicting-roles": """
CONSTRUCT { ?t cg:conflictCandidate true } WHERE {
  { SELECT ?p ?o WHERE { ?t0 org:member ?p ; org:organization ?o } GROUP BY ?p ?o HAVING(COUNT(?t0) > 1) }
  ?t org:member ?p ; org:organization ?o .
}""",
    "appointments": f"""
CONSTRUCT {{ ?t cg:appointmentReported ?date }} WHERE {{
  SELECT ?t (MAX(COALESCE(?start, ?issued)) AS ?date) WHERE {{
    GRAPH ?g {{ ?t cg:status <{_APPOINTED}> OPTIONAL {{ ?g dcterms:issued ?issued }} }}
    OPTIONAL {{ ?t cg:startDate ?start }}
  }} GROUP BY ?t
}}""",
    "document-events": """
CONSTRUCT { ?event cg:documentEventDate ?date } WHERE {
  SELECT ?event (MAX(?d) AS ?date) WHERE {
    { SELECT DISTINCT ?event WHERE { VALUES ?how { cg:concerns cg:adopts cg:disseminates } ?event ?how ?doc } }
    ?event schema:startDate ?d
  } GROUP BY ?event
}""",
    "documents-by-year": f"""
CONSTRUCT {{ ?cell a cg:DocumentCount ; cg:issuer ?o ; cg:documentType ?t ; cg:year ?year ; cg:documentCount ?n }}
WHERE {{
  {{ SELECT ?o ?t ?year (COUNT(DISTINCT ?doc) AS ?n) WHERE {{
      ?doc eli:passed_by ?o ; eli:type_document ?t .
      OPTIONAL {{ ?doc eli:date_document ?date }}
      BIND(IF(BOUND(?date), YEAR(?date), "?") AS ?year)
    }} GROUP BY ?o ?t ?year }}
  BIND(IRI(CONCAT("{iris.ID}count/", {_slug_of("?o")}, "--", STRAFTER(STR(?t), "{iris.VOCAB}doctype/"),
                  "--", STR(?year))) AS ?cell)
}}""",
}


# Everything with a name or a Vietnamese label, and the same-name candidates
# by the name they share.
_NAMED = """
SELECT ?x ?name ?candidate WHERE {
  { ?x foaf:name ?name } UNION { ?x skos:prefLabel ?name FILTER(LANG(?name) = "vi") }
  UNION { ?x a cg:SameAsCandidate ; cg:candidate/foaf:name ?name BIND(true AS ?candidate) }
}"""


def summary_lines(store: Store) -> dict[str, list[str]]:
    """Each figure's triples, as N-Triples lines."""
    out = {name: store.construct_lines(iris.SPARQL_PREFIXES + sparql) for name, sparql in _SUMMARIES.items()}
    out["order"] = _order_lines(store, {line.split(" ", 1)[0][1:-1] for line in out["dual-posts"]})
    out["newest-documents"] = newest_document_lines(store)
    return out


_DOCUMENT_DATES = """
SELECT ?o ?doc (MAX(?d) AS ?newest) WHERE { ?doc eli:passed_by ?o OPTIONAL { ?doc eli:date_document ?d } }
GROUP BY ?o ?doc"""


def newest_document_lines(store: Store, keep: int = NEWEST_DOCUMENTS) -> list[str]:
    """Each body's ``keep`` newest documents by their newest date (undated
    ones last, ties by IRI): a listing of a body's documents then reads
    those instead of dating every document the body ever issued."""
    by_issuer: dict[str, list[tuple[str, str]]] = {}
    for issuer, doc, newest in store.plain_rows(iris.SPARQL_PREFIXES + _DOCUMENT_DATES):
        by_issuer.setdefault(issuer, []).append((newest or "", doc))
    lines = []
    for issuer, docs in by_issuer.items():
        docs.sort(key=lambda d: d[1])
        docs.sort(key=lambda d: d[0], reverse=True)        # stable: ties stay in IRI order
        lines += [f"<{issuer}> <{iris.CG}newestDocument> <{doc}> ." for _, doc in docs[:keep]]
    return lines


def _order_lines(store: Store, dual: set[str]) -> list[str]:
    """Positions in Vietnamese alphabetical order, as integers: SPARQL
    engines order strings by code point ("Đ" after "Z"), and Oxigraph reads
    each string back from disk at every comparison; integers sort in
    place. ``cg:sortKey`` for every named entity; the candidates and the
    holders of dual posts again under a property of their own, so that a
    query ranks them without reading every other key."""
    best: dict[str, tuple] = {}
    candidates = set()
    for x, name, candidate in store.plain_rows(iris.SPARQL_PREFIXES + _NAMED):
        key = vntext.collation_key(name)
        if x not in best or key < best[x]:
            best[x] = key
        if candidate is not None:
            candidates.add(x)
    ordered = sorted(best, key=lambda x: (best[x], x))
    lines = []
    for i, x in enumerate(ordered, 1):
        prop = "candidateOrder" if x in candidates else "sortKey"
        lines.append(f'<{x}> <{iris.CG}{prop}> "{i}"^^<{_INTEGER}> .')
        if x in dual:
            lines.append(f'<{x}> <{iris.CG}dualPostsOrder> "{i}"^^<{_INTEGER}> .')
    return lines


def summaries_current(store: Store) -> bool:
    """Whether the store holds summaries computed by this version."""
    return bool(store.query(f"ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ {_VERSION_LINE} }} }}"))


def refresh_summaries(store: Store) -> None:
    """Recompute the summary graph from the merge."""
    lines = sorted({line for part in summary_lines(store).values() for line in part} | {_VERSION_LINE})
    store.clear_graph(SUMMARY_GRAPH)
    for i in range(0, len(lines), _CHUNK):      # bulk loads, not one long transaction
        store.write_graphs({}, {SUMMARY_GRAPH: lines[i:i + _CHUNK]})
