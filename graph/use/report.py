"""`cadregraph report`: entities per class before identity resolution
(one per article that mentions them) and after (one IRI each), and the
candidates left for a curator."""
from __future__ import annotations

from ..core import iris
from ..store import Store

_P = iris.SPARQL_PREFIXES
CLASSES = [("Person", "cg:Person"), ("Organization", "cg:Organization"), ("Document", "cg:Document"),
           ("Event", "cg:Event")]


def _mentions(store: Store, cls: str) -> tuple[int, int]:
    # Bodies are typed by their subclass (cg:PartyBody ...), hence the path.
    typed = f"?e a/rdfs:subClassOf* {cls}"
    before = store.count(f"""{_P} SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?g ?e WHERE {{
        GRAPH ?g {{ ?g schema:mentions|schema:about ?e }} {typed} }} }}""")
    after = store.count(f"""{_P} SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{
        GRAPH ?g {{ ?g schema:mentions|schema:about ?e }} {typed} }}""")
    return before, after


def identity_report(store: Store) -> str:
    articles = store.count(f"{_P} SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?g a cg:Article }} }}")
    lines = [f"{articles} articles", "", f"{'class':<14} {'mentions':>9} {'entities':>9}  (mentions: one per article "
             "that names it; entities: after resolution)"]
    for label, cls in CLASSES:
        before, after = _mentions(store, cls)
        lines.append(f"{label:<14} {before:>9} {after:>9}")
    rows = store.query(f"""{_P} SELECT ?a ?b ?name ?reason WHERE {{ GRAPH <{iris.IDENTITY_GRAPH}> {{
        ?c a cg:SameAsCandidate ; cg:candidate ?a , ?b ; cg:reason ?reason FILTER(STR(?a) < STR(?b)) }}
        OPTIONAL {{ ?a foaf:name ?name }} }} ORDER BY ?name ?a""")
    lines += ["", f"{len(rows)} possibleSameAs candidate(s) left for a curator "
                  f"(confirm with `cadregraph curate same A B`, reject with `cadregraph curate different A B`):"]
    for a, b, name, reason in rows:
        lines.append(f"  {name or ''}: {a}\n      {b}\n      ({reason})")
    return "\n".join(lines)
