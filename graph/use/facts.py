"""Facts read back from the stored graph, in the facts format of docs/facts-format.md:
{article id: {"persons", "org_parents", "documents", "document_links",
"events"}}. Everything here comes from the store, never from the
extractor's memory."""
from __future__ import annotations

from collections import defaultdict

from ..core import iris
from ..store import Store

P = iris.PREFIXES
_PREFIXES = iris.SPARQL_PREFIXES

_ARTICLES = _PREFIXES + "SELECT ?g ?id WHERE { GRAPH ?g { ?g a cg:Article ; dcterms:identifier ?id } }"
_PERSONS = _PREFIXES + """
SELECT ?g ?p ?name ?start WHERE { GRAPH ?g {
  ?p a cg:Person ; foaf:name ?name .
  OPTIONAL { ?c rdf:subject ?g ; rdf:predicate schema:mentions ; rdf:object ?p ; cg:start ?start }
} }"""
_POSITIONS = _PREFIXES + """
SELECT ?g ?p ?title ?org ?start WHERE { GRAPH ?g {
  ?t a cg:Tenure ; org:member ?p ; cg:roleLabel ?title ; cg:organizationLabel ?org ; cg:status ?st .
  OPTIONAL { ?c rdf:subject ?t ; rdf:predicate org:member ; cg:start ?start }
  FILTER(?st IN (status:current, status:appointed))
} }"""
_PARENTS = _PREFIXES + """
SELECT ?g ?a ?b WHERE { GRAPH ?g {
  ?c rdf:predicate org:subOrganizationOf ; cg:subjectLabel ?a ; cg:objectLabel ?b } }"""
_DOCUMENTS = _PREFIXES + f"""
SELECT ?g ?d ?sym ?type ?num ?date ?issuer ?title ?start WHERE {{
  GRAPH ?g {{
    ?d a cg:Document .
    OPTIONAL {{ ?d eli:id_local ?sym }} OPTIONAL {{ ?d eli:type_document ?tc }}
    OPTIONAL {{ ?d eli:number ?num }} OPTIONAL {{ ?d eli:date_document ?date }}
    OPTIONAL {{ ?d cg:issuerLabel ?issuer }} OPTIONAL {{ ?d eli:title ?title }}
    OPTIONAL {{ ?c rdf:subject ?g ; rdf:predicate schema:mentions ; rdf:object ?d ; cg:start ?start }}
  }}
  OPTIONAL {{ GRAPH <{iris.VOCAB_GRAPH}> {{ ?tc skos:prefLabel ?type FILTER(LANG(?type) = "vi") }} }}
}}"""
_LINKS = _PREFIXES + """
SELECT ?g ?a ?rel ?b WHERE { GRAPH ?g {
  ?a ?rel ?b . ?a a cg:Document . ?b a cg:Document
  FILTER(?rel IN (cg:implements, eli:based_on, eli:amends, eli:repeals)) } }"""
_EVENTS = _PREFIXES + f"""
SELECT ?g ?e ?type ?date ?place WHERE {{
  GRAPH ?g {{ ?e a cg:Event . OPTIONAL {{ ?e cg:eventType ?tc }} OPTIONAL {{ ?e schema:startDate ?date }}
              OPTIONAL {{ ?e schema:location/schema:name ?place }} }}
  OPTIONAL {{ GRAPH <{iris.VOCAB_GRAPH}> {{ ?tc skos:prefLabel ?type FILTER(LANG(?type) = "vi") }} }}
}}"""
_PARTICIPANTS = _PREFIXES + """
SELECT ?g ?e ?role ?name WHERE { GRAPH ?g {
  ?e ?role ?p . ?e a cg:Event . ?p foaf:name ?name FILTER(?role IN (cg:chair, cg:speaker, cg:attendee)) } }"""
_EVENT_DOCS = _PREFIXES + """
SELECT ?g ?e ?d WHERE { GRAPH ?g { ?e cg:concerns|cg:adopts|cg:disseminates ?d . ?e a cg:Event } }"""

_RELS = {P["cg"] + "implements": "implements", P["eli"] + "based_on": "based_on",
         P["eli"] + "amends": "amends", P["eli"] + "repeals": "replaces"}
_ROLES = {P["cg"] + "chair": "chair", P["cg"] + "speaker": "speaker", P["cg"] + "attendee": "attendee"}


def _s(term) -> str | None:
    return None if term is None else str(term)


def _order(start) -> int:
    return int(start) if start is not None else 1 << 30


def read_facts(store: Store, article_ids: set[str] | None = None) -> dict[str, dict]:
    graphs = {str(g): str(i) for g, i in store.query(_ARTICLES)}
    if article_ids is not None:
        graphs = {g: i for g, i in graphs.items() if i in article_ids}
    facts = {g: {"persons": [], "org_parents": [], "documents": [], "document_links": [], "events": []}
             for g in graphs}

    persons: dict[str, dict[str, dict]] = defaultdict(dict)
    order: dict[tuple[str, str], int] = {}
    for g, p, name, start in store.query(_PERSONS):
        g, p = str(g), str(p)
        if g in facts:
            persons[g].setdefault(p, {"name": str(name), "positions": []})
            order[(g, p)] = min(order.get((g, p), 1 << 30), _order(start))
    positions = defaultdict(list)
    for g, p, title, org, start in store.query(_POSITIONS):
        positions[(str(g), str(p))].append((_order(start), str(title), str(org)))
    for g, people in persons.items():
        for p in sorted(people, key=lambda x: (order[(g, x)], people[x]["name"])):
            entry = people[p]
            seen = set()
            for _, title, org in sorted(positions.get((g, p), [])):
                if (title, org) not in seen:
                    seen.add((title, org))
                    entry["positions"].append({"title": title, "org": org})
            facts[g]["persons"].append(entry)

    for g, a, b in store.query(_PARENTS):
        if str(g) in facts:
            item = {"org": str(a), "parent": str(b)}
            if item not in facts[str(g)]["org_parents"]:
                facts[str(g)]["org_parents"].append(item)

    docs: dict[str, dict[str, dict]] = defaultdict(dict)
    doc_order: dict[tuple[str, str], int] = {}
    for g, d, sym, dtype, num, when, issuer, title, start in store.query(_DOCUMENTS):
        g, d = str(g), str(d)
        if g not in facts:
            continue
        entry = docs[g].setdefault(d, {"symbol": None, "type": None, "number": None, "date": None,
                                       "issuer": None, "title": None})
        for key, value in (("symbol", sym), ("number", num), ("date", when), ("issuer", issuer),
                           ("title", title)):
            if value is not None and entry[key] is None:
                entry[key] = str(value)
        if dtype is not None and entry["type"] is None and str(dtype) != "Văn bản":
            entry["type"] = str(dtype)
        doc_order[(g, d)] = min(doc_order.get((g, d), 1 << 30), _order(start))
    for g, items in docs.items():
        facts[g]["documents"] = [items[d] for d in sorted(items, key=lambda x: (doc_order[(g, x)], x))]

    for g, a, rel, b in sorted(store.query(_LINKS), key=lambda r: tuple(map(str, r))):
        g = str(g)
        if g in facts:
            facts[g]["document_links"].append({"from": _reference(docs[g].get(str(a))), "rel": _RELS[str(rel)],
                                               "to": _reference(docs[g].get(str(b)))})

    events: dict[str, dict[str, dict]] = defaultdict(dict)
    for g, e, etype, when, place in store.query(_EVENTS):
        g, e = str(g), str(e)
        if g in facts:
            events[g][e] = {"type": _s(etype), "date": _s(when), "place": _s(place), "participants": [],
                            "documents": []}
    for g, e, role, name in sorted(store.query(_PARTICIPANTS), key=lambda r: tuple(map(str, r))):
        ev = events.get(str(g), {}).get(str(e))
        if ev is not None:
            ev["participants"].append({"name": str(name), "role": _ROLES[str(role)]})
    for g, e, d in sorted(store.query(_EVENT_DOCS), key=lambda r: tuple(map(str, r))):
        ev = events.get(str(g), {}).get(str(e))
        if ev is not None:
            ref = _reference(docs[str(g)].get(str(d)))
            if ref and ref not in ev["documents"]:
                ev["documents"].append(ref)
    for g, items in events.items():
        facts[g]["events"] = [items[e] for e in sorted(items, key=_event_number)]

    return {graphs[g]: f for g, f in sorted(facts.items(), key=lambda x: graphs[x[0]])}


def _event_number(iri: str) -> int:
    tail = iri.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _reference(doc: dict | None) -> str | None:
    """How a link names a document: its symbol, else "Type number", else
    its title."""
    if doc is None:
        return None
    if doc["symbol"]:
        return doc["symbol"]
    if doc["number"]:
        return f"{doc['type'] or ''} {doc['number']}".strip()
    return doc["title"]
