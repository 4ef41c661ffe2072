"""The graph as a network (networkx) for the viewer, for Gephi
(GraphML, GEXF) and for measures: who bridges bodies, who is most
connected, which groups meet together."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx

from ..core import iris
from ..store import Store

_PREFIXES = iris.SPARQL_PREFIXES

CLASSES = {
    "person": ("Người", "Person"), "body": ("Cơ quan", "Body"), "document": ("Văn bản", "Document"),
    "event": ("Sự kiện", "Event"),
}
# Edge kinds: (Vietnamese label, English label).
EDGES = {
    "member": ("giữ chức", "holds a post in"), "sub": ("trực thuộc", "is part of"),
    "issued": ("ban hành bởi", "issued by"), "implements": ("hướng dẫn thực hiện", "implements"),
    "amends": ("sửa đổi", "amends"), "replaces": ("thay thế", "replaces"), "based_on": ("căn cứ", "is based on"),
    "chair": ("chủ trì", "chaired by"), "speaker": ("phát biểu", "speaker"), "attendee": ("tham dự", "attended by"),
    "concerns": ("liên quan văn bản", "concerns"), "replaced_by": ("được thay bằng", "replaced by"),
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
_EDGES = _PREFIXES + """
SELECT ?a ?kind ?b ?role ?date ?g WHERE {
  { GRAPH ?g { ?t org:member ?a ; org:organization ?b ; cg:roleLabel ?role } OPTIONAL { GRAPH ?g { ?t cg:attestedOn ?date } }
    BIND("member" AS ?kind) }
  UNION { GRAPH ?g { ?a org:subOrganizationOf ?b } BIND("sub" AS ?kind) }
  UNION { GRAPH ?g { ?a eli:passed_by ?b } BIND("issued" AS ?kind) }
  UNION { GRAPH ?g { ?a cg:implements ?b } BIND("implements" AS ?kind) }
  UNION { GRAPH ?g { ?a eli:amends ?b } BIND("amends" AS ?kind) }
  UNION { GRAPH ?g { ?a eli:repeals ?b } BIND("replaces" AS ?kind) }
  UNION { GRAPH ?g { ?a eli:based_on ?b } BIND("based_on" AS ?kind) }
  UNION { GRAPH ?g { ?a cg:chair ?b } BIND("chair" AS ?kind) OPTIONAL { ?a schema:startDate ?date } }
  UNION { GRAPH ?g { ?a cg:speaker ?b } BIND("speaker" AS ?kind) OPTIONAL { ?a schema:startDate ?date } }
  UNION { GRAPH ?g { ?a cg:attendee ?b } BIND("attendee" AS ?kind) OPTIONAL { ?a schema:startDate ?date } }
  UNION { GRAPH ?g { ?a cg:concerns|cg:adopts ?b } BIND("concerns" AS ?kind) }
}"""
_SOURCES = _PREFIXES + """
SELECT ?g ?id ?title ?site ?published ?url WHERE { GRAPH ?g {
  ?g a cg:Article ; dcterms:identifier ?id .
  OPTIONAL { ?g schema:headline ?title } OPTIONAL { ?g cg:site ?site }
  OPTIONAL { ?g dcterms:issued ?published } OPTIONAL { ?g schema:url ?url } } }"""
_SENTENCES = _PREFIXES + """
SELECT ?g ?s ?o ?text WHERE { GRAPH ?g { ?c rdf:subject ?s ; rdf:object ?o ; cg:sentence/cg:text ?text } }"""


def short_id(iri: str) -> str:
    return iri[len(iris.ID):] if iri.startswith(iris.ID) else iri


def load_network(store: Store, with_sentences: bool = True) -> nx.MultiDiGraph:
    """Persons, bodies, documents and events with the edges between them;
    each node and edge keeps the articles that say it."""
    g = nx.MultiDiGraph()
    for x, kind, label, when in store.query(_NODES):
        key = short_id(str(x))
        if key not in g:
            g.add_node(key, iri=str(x), kind=str(kind), label=str(label), date=str(when) if when else "",
                       sources=[])
    articles = {str(a): {"id": str(i), "title": str(t or ""), "site": str(s or ""), "published": str(p or ""),
                         "url": str(u or "")} for a, i, t, s, p, u in store.query(_SOURCES)}
    sentences: dict[tuple[str, str, str], str] = {}
    if with_sentences:
        for a, s, o, text in store.query(_SENTENCES):
            sentences.setdefault((str(a), short_id(str(s)), short_id(str(o))), str(text))
    edges: dict[tuple[str, str, str, str], dict] = {}
    for a, kind, b, role, when, graph in store.query(_EDGES):
        u, v = short_id(str(a)), short_id(str(b))
        if u not in g or v not in g:
            continue
        kind, role = str(kind), str(role or "")
        source = articles.get(str(graph))
        cited = dict(source, sentence=sentences.get((str(graph), u, v), "")) if source else None
        data = edges.get((u, v, kind, role))
        if data is None:
            vi_label, en_label = EDGES[kind]
            data = edges[(u, v, kind, role)] = dict(kind=kind, role=role, label=role if kind == "member" and role
                                                    else vi_label, title=en_label, dates=set(), sources=[])
        if when:
            data["dates"].add(str(when))
        if cited and cited["id"] not in {s["id"] for s in data["sources"]}:
            data["sources"].append(cited)
        for n in (u, v):
            if source and source["id"] not in {s["id"] for s in g.nodes[n]["sources"]}:
                g.nodes[n]["sources"].append(source)
    for (u, v, _, _), data in sorted(edges.items()):
        dates = sorted(data.pop("dates"))
        g.add_edge(u, v, date=dates[-1] if dates else "", first_date=dates[0] if dates else "", **data)
    return g


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
    for u, v, d in g.edges(data=True):
        if d["kind"] in ("chair", "speaker", "attendee"):
            people[u].add(v)
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
