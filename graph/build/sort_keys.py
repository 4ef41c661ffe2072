"""Positions in Vietnamese alphabetical order, as integers in buckets.

SPARQL engines order strings by code point ("Đ" after "Z"), and Oxigraph
reads each string back from disk at every comparison; integers sort in
place. Every named entity gets ``cg:sortKey`` (same-name candidates
``cg:candidateOrder``, holders of dual posts also ``cg:dualPostsOrder``),
so that a listing sorts integers.

A position is ``bucket << LOCAL_BITS | local``. The bucket is the name's
first ``BUCKET_LETTERS`` letters in collation order read as a number in
base 36 (end of name 0, space 1, the 33 letters of the alphabet 2-34, any
other character 35, after which nothing more is read), so buckets follow
alphabetical order; the local part orders the entities of a bucket,
spaced apart. Each entity also records its bucket (``cg:sortBucket``).

A whole recompute spaces every bucket's entities evenly. A build that adds
articles reads only the buckets of the names they bring (by index, through
``cg:sortBucket``), places each new name between its neighbours by a
binary search that reads the names it compares with, and leaves everything
else where it was: an update writes a few triples per new name. When a gap
runs out (some twenty insertions at one place) that bucket alone is
renumbered. Positions then differ from a recompute's numbers but give the
same order (tested).
"""
from __future__ import annotations

from ..core import iris, vntext
from ..store import Store

BUCKET_LETTERS = 8
LOCAL_BITS = 21                  # 36**8 buckets of two million places: 63 bits
_LOCAL = 1 << LOCAL_BITS
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_SUMMARY = iris.SUMMARY_GRAPH
_ROWS = 2000

# Everything with a name or a Vietnamese label, and the same-name candidates
# by the name they share.
_NAMED = """
SELECT ?x ?name ?candidate WHERE { #KEYS
  { ?x foaf:name ?name } UNION { ?x skos:prefLabel ?name FILTER(LANG(?name) = "vi") }
  UNION { ?x a cg:SameAsCandidate ; cg:candidate/foaf:name ?name BIND(true AS ?candidate) }
}"""
#: the entities a pending graph names (``#GRAPHS``: a VALUES block of graphs)
TOUCHED = """SELECT DISTINCT ?x WHERE { #GRAPHS
  GRAPH ?g { { ?x foaf:name ?n } UNION { ?x skos:prefLabel ?n FILTER(LANG(?n) = "vi") } } }"""
# the entities without a position that come from elsewhere than the
# articles: the succession graph's new bodies, the identity graph's new
# candidates (both small)
_LACKING = f"""SELECT DISTINCT ?x WHERE {{
  {{ GRAPH <{iris.SUCCESSION_GRAPH}> {{ ?x skos:prefLabel ?n }} }} UNION {{ GRAPH <{iris.IDENTITY_GRAPH}> {{ ?x a cg:SameAsCandidate }} }}
  FILTER NOT EXISTS {{ GRAPH <{_SUMMARY}> {{ ?x cg:sortKey|cg:candidateOrder ?k }} }} }}"""
# the positions of given entities (#KEYS: ?x) or of everyone in given
# buckets (?b), one kind of position at a time (#PROP): with a constant
# predicate Oxigraph looks each one up instead of scanning them all
_POSITIONS = f"""SELECT ?x ?k WHERE {{ GRAPH <{_SUMMARY}> {{ #KEYS ?x cg:#PROP ?k }} }}"""
_IN_BUCKETS = f"""SELECT ?x ?k WHERE {{ GRAPH <{_SUMMARY}> {{ #KEYS ?x cg:sortBucket ?b ; cg:#PROP ?k }} }}"""


def bucket_of(key: tuple) -> int:
    """The bucket of a collation key (``vntext.collation_key``)."""
    value, stopped, letters = 0, False, key[0]
    for i in range(BUCKET_LETTERS):
        code = 0
        if not stopped and i < len(letters):
            kind, index = letters[i]
            code = 1 if kind < 0 else (2 + index if kind == 0 else 35)
            stopped = code == 35
        value = value * 36 + code
    return value


def _line(x: str, prop: str, position: int) -> str:
    return f'<{x}> <{iris.CG}{prop}> "{position}"^^<{_INTEGER}> .'


def _lines(x: str, prop: str, position: int) -> set[str]:
    """An entity's position and its bucket."""
    return {_line(x, prop, position), _line(x, "sortBucket", position >> LOCAL_BITS)}


def _values(var: str, items) -> list[str]:
    ordered = sorted(items)
    return [f"VALUES ?{var} {{ " + " ".join(ordered[i:i + _ROWS]) + " }" for i in range(0, len(ordered), _ROWS)]


def _best_keys(store: Store, entities=None) -> tuple[dict[str, tuple], set[str]]:
    """Each entity's smallest collation key over its names, and which are
    candidates; of ``entities`` only, when given."""
    best: dict[str, tuple] = {}
    candidates: set[str] = set()
    blocks = [""] if entities is None else _values("x", (f"<{x}>" for x in entities))
    for block in blocks:
        for x, name, candidate in store.plain_rows(iris.SPARQL_PREFIXES + _NAMED.replace("#KEYS", block)):
            key = vntext.collation_key(name)
            if x not in best or key < best[x]:
                best[x] = key
            if candidate is not None:
                candidates.add(x)
    return best, candidates


def _positions(store: Store, query: str, blocks: list[str]) -> dict[str, tuple[int, str]]:
    return {x: (int(k), prop) for prop in ("sortKey", "candidateOrder") for block in blocks
            for x, k in store.plain_rows(iris.SPARQL_PREFIXES + query.replace("#KEYS", block).replace("#PROP", prop))}


def _spaced(bucket: int, ordered: list[str]) -> dict[str, int]:
    step = _LOCAL // (len(ordered) + 1)
    return {x: (bucket << LOCAL_BITS) + step * (i + 1) for i, x in enumerate(ordered)}


def all_lines(store: Store, dual: set[str]) -> list[str]:
    """Every position: each bucket's entities evenly spaced in Vietnamese
    order (ties by IRI)."""
    best, candidates = _best_keys(store)
    buckets: dict[int, list[str]] = {}
    for x in sorted(best, key=lambda x: (best[x], x)):
        buckets.setdefault(bucket_of(best[x]), []).append(x)
    lines: set[str] = set()
    for bucket, members in buckets.items():
        for x, position in _spaced(bucket, members).items():
            lines |= _lines(x, "candidateOrder" if x in candidates else "sortKey", position)
            if x in dual:
                lines.add(_line(x, "dualPostsOrder", position))
    return sorted(lines)


def update_lines(store: Store, touched: set[str], dual_changed: set[str],
                 dual: set[str]) -> tuple[set[str], set[str]]:
    """The position triples to remove and to add, for the entities in
    ``touched`` (and those still without a position), and the dual-posts
    positions of ``dual_changed`` (``dual``: who holds dual posts among them)."""
    touched = touched | {x for (x,) in store.plain_rows(iris.SPARQL_PREFIXES + _LACKING)}
    best, candidates = _best_keys(store, touched)
    touched = set(best)                       # an entity that lost its names keeps its position
    current = _positions(store, _POSITIONS, _values("x", (f"<{x}>" for x in touched)))
    buckets = {bucket_of(best[x]) for x in touched} | {k >> LOCAL_BITS for k, _ in current.values()}
    members = _positions(store, _IN_BUCKETS, _values("b", (str(b) for b in buckets))) | current
    home = {x: bucket_of(best[x]) for x in touched}
    fixed: dict[int, list[tuple[int, str]]] = {b: [] for b in buckets}
    for x, (k, _) in members.items():
        if x not in touched and k >> LOCAL_BITS in fixed:
            fixed[k >> LOCAL_BITS].append((k, x))
    for row in fixed.values():
        row.sort()
    placed, full = _place(store, fixed, best, home, {x: current[x][0] for x in touched if x in current})
    for bucket in full:                      # a gap ran out: this bucket numbered anew
        everyone = [x for _, x in fixed[bucket]] + [x for x in touched if home[x] == bucket]
        keys = _best_keys(store, {x for _, x in fixed[bucket]})[0] | best
        placed.update(_spaced(bucket, sorted(everyone, key=lambda x: (keys[x], x))))
    old, new = set(), set()
    for x, position in placed.items():
        if x in members and members[x][0] == position:
            continue
        if x in members:
            old |= _lines(x, members[x][1], members[x][0])
        prop = members[x][1] if x not in best else ("candidateOrder" if x in candidates else "sortKey")
        new |= _lines(x, prop, position)
    affected = set(placed) | dual_changed
    old |= _dual_lines(store, affected)
    now = {x: k for x, (k, _) in members.items()} | placed
    holders = (_dual_holders(store, affected) - dual_changed) | (dual & dual_changed)
    new |= {_line(x, "dualPostsOrder", now[x]) for x in holders if x in now}
    return old, new


def _place(store: Store, fixed: dict[int, list[tuple[int, str]]], best: dict[str, tuple], home: dict[str, int],
           before: dict[str, int]) -> tuple[dict[str, int], set[int]]:
    """A position for each entity of ``home`` (entity -> bucket) among the
    ``fixed`` entities of its bucket (position, IRI) in order: the binary
    searches of all buckets run side by side, and each round reads the
    names of the entities they compare with at once. Also the buckets
    where two neighbours leave no room between them."""
    known = dict(best)
    bounds = {x: [0, len(fixed[b])] for x, b in home.items()}
    while True:
        probes = {fixed[home[x]][(lo + hi) // 2][1] for x, (lo, hi) in bounds.items() if lo < hi}
        if not probes:
            break
        known.update(_best_keys(store, probes - set(known))[0])
        for x, span in bounds.items():
            lo, hi = span
            if lo < hi:
                mid = (lo + hi) // 2
                other = fixed[home[x]][mid][1]
                if (known.get(other, ()), other) < (best[x], x):
                    span[0] = mid + 1
                else:
                    span[1] = mid
    slots: dict[tuple[int, int], list[str]] = {}
    for x, (lo, _) in bounds.items():
        slots.setdefault((home[x], lo), []).append(x)
    placed, full = {}, set()
    for (bucket, slot), group in slots.items():
        row = fixed[bucket]
        group.sort(key=lambda x: (best[x], x))
        low = row[slot - 1][0] if slot > 0 else bucket << LOCAL_BITS
        high = row[slot][0] if slot < len(row) else (bucket + 1) << LOCAL_BITS
        if len(group) == 1 and low < before.get(group[0], low) < high:
            placed[group[0]] = before[group[0]]      # still between the same neighbours
            continue
        step = (high - low) // (len(group) + 1)
        if step < 1:
            full.add(bucket)
        placed.update({x: low + step * (i + 1) for i, x in enumerate(group)})
    return placed, full


def _dual_lines(store: Store, entities: set[str]) -> set[str]:
    return {_line(x, "dualPostsOrder", int(k)) for x, k in _dual_rows(store, entities)}


def _dual_holders(store: Store, entities: set[str]) -> set[str]:
    return {x for x, _ in _dual_rows(store, entities)}


def _dual_rows(store: Store, entities: set[str]) -> list[tuple[str, str]]:
    """(entity, position) of the dual-posts positions held now."""
    return [row for block in _values("x", (f"<{x}>" for x in entities))
            for row in store.plain_rows(f"SELECT ?x ?k WHERE {{ {block} GRAPH <{_SUMMARY}> "
                                        f"{{ ?x <{iris.CG}dualPostsOrder> ?k }} }}")]
