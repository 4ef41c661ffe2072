"""The graph as a network (networkx) for the viewer, for Gephi
(GraphML, GEXF) and for measures: who bridges bodies, who is most
connected, which groups meet together."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx

from ..core import iris
from ..core.vntext import fold
from ..store import Store

_PREFIXES = iris.SPARQL_PREFIXES

CLASSES = {
    "person": ("Người", "Person"), "body": ("Cơ quan", "Body"), "document": ("Văn bản", "Document"),
    "event": ("Sự kiện", "Event"),
}
# Edge kinds: (Vietnamese label, English label). Every edge runs from the
# actor to the thing it acts on or belongs to: a person to the body where
# they hold a post and to the event they take part in, a body to the
# document it issued, a document to the one it implements.
EDGES = {
    "member": ("giữ chức", "holds a post in"), "sub": ("trực thuộc", "is part of"),
    "issued": ("ban hành", "issued"), "implements": ("hướng dẫn thực hiện", "implements"),
    "amends": ("sửa đổi", "amends"), "replaces": ("thay thế", "replaces"), "based_on": ("căn cứ", "is based on"),
    "chair": ("chủ trì", "chaired"), "speaker": ("phát biểu", "spoke at"), "attendee": ("tham dự", "attended"),
    "concerns": ("liên quan văn bản", "concerns"),
}

_NODES = _PREFIXES + """
SELECT ?x ?kind ?label ?date WHERE {
  { ?x a cg:Person ; foaf:name ?label BIND("person" AS ?kind) }
  UNION { ?x a ?c . ?c rdfs:subClassOf* cg:Organization . ?x skos:prefLabel ?label
          FILTER(LANG(?label) = "vi") BIND("body" AS ?kind)
          FILTER EXISTS { GRAPH ?g { ?s ?p ?x } FILTER(STRSTARTS(STR(?g), "%sarticle/")) } }
  UNION { ?x a cg:Document BIND("document" AS ?kind)
          OPTIONAL { ?x eli:id_local ?sym } OPTIONAL { ?x eli:title ?ttl } OPTIONAL { ?x eli:date_document ?date }
          BIND(COALESCE(?sym, STR(?ttl), STR(?x)) AS ?label) }
  UNION { ?x a cg:Event ; rdfs:label ?label BIND("event" AS ?kind) OPTIONAL { ?x schema:startDate ?date } }
}""" % iris.ID
# ?a -> ?b, actor to thing; ?cs and ?co are the subject and object of the
# claim that says it (a post is claimed of its tenure).
_EDGES = _PREFIXES + """
SELECT ?a ?kind ?b ?role ?date ?start ?end ?cs ?co ?g WHERE {
  { GRAPH ?g { ?t org:member ?a ; org:organization ?b ; cg:roleLabel ?role } OPTIONAL { GRAPH ?g { ?t cg:attestedOn ?date } }
    OPTIONAL { ?t cg:startDate ?start } OPTIONAL { ?t cg:endDate ?end }
    BIND("member" AS ?kind) BIND(?t AS ?cs) BIND(?a AS ?co) }
  UNION { GRAPH ?g { ?a org:subOrganizationOf ?b } BIND("sub" AS ?kind) BIND(?a AS ?cs) BIND(?b AS ?co) }
  UNION { GRAPH ?g { ?b eli:passed_by ?a } BIND("issued" AS ?kind) BIND(?b AS ?cs) BIND(?a AS ?co) }
  UNION { GRAPH ?g { ?a cg:implements ?b } BIND("implements" AS ?kind) BIND(?a AS ?cs) BIND(?b AS ?co) }
  UNION { GRAPH ?g { ?a eli:amends ?b } BIND("amends" AS ?kind) BIND(?a AS ?cs) BIND(?b AS ?co) }
  UNION { GRAPH ?g { ?a eli:repeals ?b } BIND("replaces" AS ?kind) BIND(?a AS ?cs) BIND(?b AS ?co) }
  UNION { GRAPH ?g { ?a eli:based_on ?b } BIND("based_on" AS ?kind) BIND(?a AS ?cs) BIND(?b AS ?co) }
  UNION { GRAPH ?g { ?b cg:chair ?a } BIND("chair" AS ?kind) OPTIONAL { ?b schema:startDate ?date }
          BIND(?b AS ?cs) BIND(?a AS ?co) }
  UNION { GRAPH ?g { ?b cg:speaker ?a } BIND("speaker" AS ?kind) OPTIONAL { ?b schema:startDate ?date }
          BIND(?b AS ?cs) BIND(?a AS ?co) }
  UNION { GRAPH ?g { ?b cg:attendee ?a } BIND("attendee" AS ?kind) OPTIONAL { ?b schema:startDate ?date }
          BIND(?b AS ?cs) BIND(?a AS ?co) }
  UNION { GRAPH ?g { ?a cg:concerns|cg:adopts ?b } BIND("concerns" AS ?kind) BIND(?a AS ?cs) BIND(?b AS ?co) }
}"""
_SOURCES = _PREFIXES + """
SELECT ?g ?id ?title ?site ?published ?url WHERE { GRAPH ?g {
  ?g a cg:Article ; dcterms:identifier ?id .
  OPTIONAL { ?g schema:headline ?title } OPTIONAL { ?g cg:site ?site }
  OPTIONAL { ?g dcterms:issued ?published } OPTIONAL { ?g schema:url ?url } } }"""
# Each claim's sentence, and where in it the claimed words are.
_SENTENCES = _PREFIXES + """
SELECT ?g ?s ?o ?text ?from ?to ?at WHERE { GRAPH ?g {
  ?c rdf:subject ?s ; rdf:object ?o ; cg:start ?from ; cg:end ?to ; cg:sentence ?sentence .
  ?sentence cg:text ?text ; cg:start ?at } }"""
# What tells entities apart and finds them: search keys (every name, label,
# symbol and title), the type of a document or an event, a document's title
# and the date each article gives it, and bodies named by their level alone
# ("Tỉnh ủy" with no province).
_KEYS = _PREFIXES + "SELECT ?x ?k WHERE { ?x cg:key ?k }"
_TYPES = _PREFIXES + """
SELECT ?x ?type WHERE { ?x eli:type_document|cg:eventType ?c . ?c skos:prefLabel ?type FILTER(LANG(?type) = "vi") }"""
_TITLES = _PREFIXES + "SELECT ?x ?title WHERE { ?x a cg:Document ; eli:title ?title }"
_DOC_DATES = _PREFIXES + "SELECT ?x ?date ?g WHERE { GRAPH ?g { ?x a cg:Document ; eli:date_document ?date } }"
_MENTIONS = _PREFIXES + "SELECT ?g ?x WHERE { GRAPH ?g { ?g schema:mentions ?x } }"
_BARE = _PREFIXES + "SELECT ?x WHERE { ?x cg:bodyKind [] FILTER NOT EXISTS { ?x cg:jurisdiction [] } }"


def short_id(iri: str) -> str:
    return iri[len(iris.ID):] if iri.startswith(iris.ID) else iri


def load_network(store: Store, with_sentences: bool = True) -> nx.MultiDiGraph:
    """Persons, bodies, documents and events with the edges between them
    (actor to thing); each node and edge keeps the articles that say it and,
    ``with_sentences``, the sentence of each claim with the claimed words'
    place in it. Nodes also carry their search keys (folded), their type
    and title, a document's dates by source, and whether a body is named by
    its level alone."""
    g = nx.MultiDiGraph()
    for x, kind, label, when in store.query(_NODES):
        key = short_id(str(x))
        if key not in g:
            g.add_node(key, iri=str(x), kind=str(kind), label=str(label), date=str(when) if when else "",
                       sources=[], keys=set(), type="", title="", dates=[], bare=False)
    articles = {str(a): {"id": str(i), "title": str(t or ""), "site": str(s or ""), "published": str(p or ""),
                         "url": str(u or "")} for a, i, t, s, p, u in store.query(_SOURCES)}
    quotes: dict[tuple[str, str, str], dict] = {}
    if with_sentences:
        for a, s, o, text, start, end, at in store.query(_SENTENCES):
            quotes.setdefault((str(a), short_id(str(s)), short_id(str(o))),
                              {"sentence": str(text), "span": [int(start) - int(at), int(end) - int(at)]})
    _describe(store, g, articles, quotes)
    for a, x in store.query(_MENTIONS):
        if short_id(str(x)) in g:
            _cite(g.nodes[short_id(str(x))], articles.get(str(a)), quotes.get((str(a), short_id(str(a)), short_id(str(x)))))
    edges: dict[tuple[str, str, str, str], dict] = {}
    for a, kind, b, role, when, start, end, cs, co, graph in store.query(_EDGES):
        u, v = short_id(str(a)), short_id(str(b))
        if u not in g or v not in g:
            continue
        kind, role = str(kind), str(role or "")
        source = articles.get(str(graph))
        data = edges.get((u, v, kind, role))
        if data is None:
            vi_label, en_label = EDGES[kind]
            data = edges[(u, v, kind, role)] = dict(
                kind=kind, role=role, label=role if kind == "member" and role else vi_label, title=en_label,
                dates=set(), start=str(start or ""), end=str(end or ""), sources=[])
        if when:
            data["dates"].add(str(when))
        if source and source["id"] not in {s["id"] for s in data["sources"]}:
            quote = quotes.get((str(graph), short_id(str(cs)), short_id(str(co))), {})
            data["sources"].append(dict(source, sentence=quote.get("sentence", ""), span=quote.get("span")))
        for n in (u, v):
            _cite(g.nodes[n], source, quotes.get((str(graph), short_id(str(graph)), n)))
    for (u, v, _, _), data in sorted(edges.items()):
        dates = sorted(data.pop("dates"))
        g.add_edge(u, v, date=dates[-1] if dates else "", first_date=dates[0] if dates else "", **data)
    for n in g.nodes:
        g.nodes[n]["keys"] = sorted(g.nodes[n]["keys"])
    return g


def _cite(node: dict, source: dict | None, quote: dict | None) -> None:
    """Add an article to the sources of a node, with the sentence that
    mentions it when there is one."""
    if not source:
        return
    for cited in node["sources"]:
        if cited["id"] == source["id"]:
            if quote and not cited["sentence"]:
                cited.update(quote)
            return
    node["sources"].append(dict(source, sentence=(quote or {}).get("sentence", ""), span=(quote or {}).get("span")))


def _describe(store: Store, g: nx.MultiDiGraph, articles: dict[str, dict], quotes: dict) -> None:
    """Search keys, types, titles, dates by source (with the sentence that
    gives the date) and bare levels."""
    nodes = g.nodes
    for x, k in store.query(_KEYS):
        n = short_id(str(x))
        if n in nodes:
            nodes[n]["keys"].add(fold(str(k)))
    for x, kind in store.query(_TYPES):
        n = short_id(str(x))
        if n in nodes:
            nodes[n]["type"] = str(kind)
    for x, title in store.query(_TITLES):
        n = short_id(str(x))
        if n in nodes:
            nodes[n]["title"] = str(title)
    for x, when, graph in sorted(store.query(_DOC_DATES)):
        n, source = short_id(str(x)), articles.get(str(graph))
        if n in nodes and source:
            quote = quotes.get((str(graph), n, str(when)), {})
            nodes[n]["dates"].append({"date": str(when), "source": dict(source, sentence=quote.get("sentence", ""),
                                                                        span=quote.get("span"))})
    for (x,) in store.query(_BARE):
        n = short_id(str(x))
        if n in nodes:
            nodes[n]["bare"] = True
    for n, d in nodes(data=True):
        d["keys"].add(fold(d["label"]))
        if d["type"]:
            d["keys"].add(fold(f"{d['type']} {d['label']}"))


def simple_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Undirected, one edge per pair, weighted by how many edges joined them."""
    out = nx.Graph()
    for n, d in g.nodes(data=True):
        out.add_node(n, kind=d["kind"], label=d["label"])
    for u, v in g.edges():
        if u == v:
            continue
        w = out.get_edge_data(u, v, {}).get("weight", 0)
        out.add_edge(u, v, weight=w + 1)
    return out


def coparticipation(g: nx.MultiDiGraph) -> nx.Graph:
    """Persons joined when they take part in the same event."""
    people = defaultdict(set)
    for person, event, d in g.edges(data=True):
        if d["kind"] in ("chair", "speaker", "attendee"):
            people[event].add(person)
    out = nx.Graph()
    for event, members in people.items():
        ms = sorted(members)
        for i, a in enumerate(ms):
            out.add_node(a, label=g.nodes[a]["label"])
            for b in ms[i + 1:]:
                w = out.get_edge_data(a, b, {}).get("weight", 0)
                out.add_edge(a, b, weight=w + 1)
    return out


def analyse(store: Store, top: int = 10) -> str:
    """Answers in numbers: who bridges the most bodies (betweenness), the
    most connected officials (degree), communities of co-participation."""
    g = load_network(store, with_sentences=False)
    s = simple_graph(g)
    persons = [n for n, d in s.nodes(data=True) if d["kind"] == "person"]
    lines = [f"network: {s.number_of_nodes()} nodes, {s.number_of_edges()} edges "
             f"({len(persons)} persons)", ""]
    k = min(500, s.number_of_nodes()) if s.number_of_nodes() > 2000 else None
    between = nx.betweenness_centrality(s, k=k, seed=42) if s.number_of_nodes() else {}
    lines.append(f"Who bridges the most (betweenness centrality{', sampled' if k else ''}):")
    for n in sorted(persons, key=lambda n: (-between.get(n, 0), n))[:top]:
        lines.append(f"  {between.get(n, 0):.4f}  {s.nodes[n]['label']}")
    lines.append("")
    lines.append("Most connected officials (bodies, events and people they are linked to):")
    for n in sorted(persons, key=lambda n: (-s.degree(n), n))[:top]:
        lines.append(f"  {s.degree(n):4d}  {s.nodes[n]['label']}")
    co = coparticipation(g)
    lines.append("")
    if co.number_of_edges():
        groups = nx.community.greedy_modularity_communities(co, weight="weight")
        lines.append(f"Communities of co-participation ({len(groups)}; largest first):")
        for i, group in enumerate(sorted(groups, key=lambda c: (-len(c), sorted(c)))[:top], 1):
            names = sorted(co.nodes[n]["label"] for n in group)
            lines.append(f"  {i}. {len(group)} people: " + ", ".join(names[:8]) + (" ..." if len(names) > 8 else ""))
    else:
        lines.append("Communities of co-participation: no two persons share an event yet.")
    return "\n".join(lines)


def export_network(store: Store, path: Path, fmt: str) -> Path:
    g = load_network(store, with_sentences=False)
    out = nx.DiGraph()
    for n, d in g.nodes(data=True):
        out.add_node(n, label=d["label"], kind=d["kind"], iri=d["iri"], date=d["date"],
                     articles=len(d["sources"]))
    for u, v, d in g.edges(data=True):
        if out.has_edge(u, v):
            out[u][v]["weight"] += 1
            continue
        out.add_edge(u, v, kind=d["kind"], label=d["label"], date=d["date"], weight=1)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(out, path)
    else:
        nx.write_gexf(out, path)
    return path
