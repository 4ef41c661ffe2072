"""Positions in Vietnamese alphabetical order, as integers with gaps.

SPARQL engines order strings by code point ("Đ" after "Z"), and Oxigraph
reads each string back from disk at every comparison; integers sort in
place. Every named entity gets ``cg:sortKey`` (same-name candidates
``cg:candidateOrder``, holders of dual posts also ``cg:dualPostsOrder``),
so that a listing sorts integers.

A whole recompute numbers the entities ``GAP`` apart. A build that adds
articles places only the entities they name (and any entity still without
a position): a binary search among the positioned entities finds each one's
neighbours, reading the names of the few entities it compares with (the
searches run side by side, one name lookup per round), and the entity
takes a number between theirs. Nothing else moves, so an update writes a
few triples per new name instead of renumbering the corpus; it reads every
position once (integers, in one string: about 0.2 s per 300,000 on this
machine), which is
the part of an update that grows with the corpus. When a gap runs out
(after some twenty insertions at one place) everything is renumbered. The
positions then differ from a recompute's numbers but give the same order
(tested).

(Positions in buckets of a name's first letters, read by bucket, were
tried and measured: Vietnamese names and titles share long beginnings —
"Ủy ban nhân dân xã …", "Nguyễn Văn …" — and the buckets an update touched
held nearly every entity.)
"""
from __future__ import annotations

import bisect

import numpy as np

from ..core import iris, vntext
from ..store import Store

GAP = 1 << 20
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
#: the entities the pending graphs name (``#FROM``: their FROM NAMED clauses)
TOUCHED = """SELECT DISTINCT ?x #FROM WHERE {
  GRAPH ?g { { ?x foaf:name ?n } UNION { ?x skos:prefLabel ?n FILTER(LANG(?n) = "vi") } } }"""
# the entities that may lack a position and come from elsewhere than the
# articles: the succession graph's bodies, the identity graph's candidates
_SUCCESSION = f"SELECT DISTINCT ?x WHERE {{ GRAPH <{iris.SUCCESSION_GRAPH}> {{ ?x skos:prefLabel ?n }} }}"
_CANDIDATES = f"SELECT ?x WHERE {{ GRAPH <{iris.IDENTITY_GRAPH}> {{ ?x a cg:SameAsCandidate }} }}"
_ORDERED = f"SELECT ?x WHERE {{ GRAPH <{_SUMMARY}> {{ ?x cg:candidateOrder ?k }} }}"


def _line(x: str, prop: str, position: int) -> str:
    return f'<{x}> <{iris.CG}{prop}> "{position}"^^<{_INTEGER}> .'


def _best_keys(store: Store, entities=None) -> tuple[dict[str, tuple], set[str]]:
    """Each entity's smallest collation key over its names, and which are
    candidates; of ``entities`` only, when given."""
    best: dict[str, tuple] = {}
    candidates: set[str] = set()
    for block in [""] if entities is None else _values("x", (f"<{x}>" for x in entities)):
        for x, name, candidate in store.plain_rows(iris.SPARQL_PREFIXES + _NAMED.replace("#KEYS", block)):
            key = vntext.collation_key(name)
            if x not in best or key < best[x]:
                best[x] = key
            if candidate is not None:
                candidates.add(x)
    return best, candidates


def all_lines(store: Store, dual: set[str]) -> list[str]:
    """Every position, numbered ``GAP`` apart in Vietnamese order (ties by IRI)."""
    best, candidates = _best_keys(store)
    lines = []
    for i, x in enumerate(sorted(best, key=lambda x: (best[x], x)), 1):
        lines.append(_line(x, "candidateOrder" if x in candidates else "sortKey", i * GAP))
        if x in dual:
            lines.append(_line(x, "dualPostsOrder", i * GAP))
    return lines


def update_lines(store: Store, touched: set[str], dual_changed: set[str],
                 dual: set[str]) -> tuple[set[str], set[str]]:
    """The position triples to remove and to add, for the entities in
    ``touched`` (and those still without a position), and the dual-posts
    positions of ``dual_changed`` (``dual``: who holds dual posts among them)."""
    touched = touched | _lacking(store)
    best, candidates = _best_keys(store, touched)
    touched = set(best)                       # an entity that lost its names keeps its position
    current = _positions_of(store, touched)
    every = np.sort(np.concatenate([_all_positions(store, prop) for prop in ("sortKey", "candidateOrder")]))
    fixed = every[~np.isin(every, [p for p, _ in current.values()])].tolist()
    placed = _place(store, fixed, best, {x: p for x, (p, _) in current.items()})
    if placed is None:                       # a gap ran out: number everything anew
        everyone = _positions_of(store, None)
        held = _dual_rows(store, set(everyone))
        old = {_line(x, prop, k) for x, (k, prop) in everyone.items()} | _dual_lines(held)
        holders = (set(held) - dual_changed) | dual
        return old, set(all_lines(store, holders))
    old, new = set(), set()
    for x, position in placed.items():
        if x in current:
            old.add(_line(x, current[x][1], current[x][0]))
        new.add(_line(x, "candidateOrder" if x in candidates else "sortKey", position))
    held = _dual_rows(store, set(placed) | dual_changed)
    old |= _dual_lines(held)
    now = {x: k for x, (k, _) in _positions_of(store, dual_changed - set(placed)).items()} | placed
    holders = (set(held) - dual_changed) | (dual & dual_changed)
    new |= {_line(x, "dualPostsOrder", now[x]) for x in holders if x in now}
    return old, new


# every position in one string: read whole, but without a row per position
_ALL_POSITIONS = f"""SELECT (GROUP_CONCAT(STR(?k); separator=" ") AS ?all) WHERE {{ GRAPH <{_SUMMARY}> {{ ?x cg:#PROP ?k }} }}"""


def _all_positions(store: Store, prop: str) -> np.ndarray:
    rows = store.plain_rows(iris.SPARQL_PREFIXES + _ALL_POSITIONS.replace("#PROP", prop))
    return np.array((rows[0][0] or "").split() if rows else [], dtype=np.int64)


def _lacking(store: Store) -> set[str]:
    """The succession graph's bodies and the identity graph's candidates
    without a position (new ones: both graphs are rewritten by a build)."""
    rows = lambda sparql: {x for (x,) in store.plain_rows(iris.SPARQL_PREFIXES + sparql)}  # noqa: E731
    maybe = rows(_SUCCESSION) | (rows(_CANDIDATES) - rows(_ORDERED))
    return maybe - set(_positions_of(store, maybe))
_AT = f"""SELECT ?x ?k WHERE {{ GRAPH <{_SUMMARY}> {{ #KEYS ?x cg:#PROP ?k }} }}"""


def _positions_of(store: Store, entities: set[str] | None) -> dict[str, tuple[int, str]]:
    """Entity -> (position, kind of position), for ``entities`` (None: all)."""
    blocks = [""] if entities is None else _values("x", (f"<{x}>" for x in entities))
    return {x: (int(k), prop) for prop in ("sortKey", "candidateOrder") for block in blocks
            for x, k in store.plain_rows(iris.SPARQL_PREFIXES + _AT.replace("#KEYS", block).replace("#PROP", prop))}


def _at(store: Store, positions: set[int]) -> dict[int, str]:
    """Position -> the entity that holds it."""
    out = {}
    for block in _values("k", (str(p) for p in positions)):
        for prop in ("sortKey", "candidateOrder"):
            out.update((int(k), x) for x, k in store.plain_rows(
                iris.SPARQL_PREFIXES + _AT.replace("#KEYS", block).replace("#PROP", prop)))
    return out


def _values(var: str, items) -> list[str]:
    ordered = sorted(items)
    return [f"VALUES ?{var} {{ " + " ".join(ordered[i:i + _ROWS]) + " }" for i in range(0, len(ordered), _ROWS)]


def _place(store: Store, fixed: list[int], best: dict[str, tuple], before: dict[str, int]) -> dict[str, int] | None:
    """A position for each entity of ``best`` among the ``fixed`` positions
    (in order): binary searches run side by side, and each round looks up
    the entities at the positions they compare with, and their names, at
    once (the positions alone are read whole: integers, not IRIs). An
    entity that had a position is first compared with its two neighbours
    there: most are still between them, and need no search."""
    holder: dict[int, str] = {}
    known = dict(best)

    def look_up(probes: set[int]) -> None:
        holder.update(_at(store, probes - set(holder)))
        known.update(_best_keys(store, {holder[p] for p in probes} - set(known))[0])

    def below(position: int, x: str) -> bool:
        other = holder[position]
        return (known.get(other, ()), other) < (best[x], x)

    bounds = {x: [0, len(fixed)] for x in best}
    slot = {x: bisect.bisect_left(fixed, before[x]) for x in best if x in before}
    look_up({fixed[i] for s in slot.values() for i in (s - 1, s) if 0 <= i < len(fixed)})
    for x, s in slot.items():
        if (s == 0 or below(fixed[s - 1], x)) and (s == len(fixed) or not below(fixed[s], x)):
            bounds[x] = [s, s]               # what the search would find
    while True:
        probes = {fixed[(lo + hi) // 2] for lo, hi in bounds.values() if lo < hi}
        if not probes:
            break
        look_up(probes)
        for x, span in bounds.items():
            lo, hi = span
            if lo < hi:
                mid = (lo + hi) // 2
                if below(fixed[mid], x):
                    span[0] = mid + 1
                else:
                    span[1] = mid
    slots: dict[int, list[str]] = {}
    for x, (lo, _) in bounds.items():
        slots.setdefault(lo, []).append(x)
    placed = {}
    for slot, group in slots.items():
        group.sort(key=lambda x: (best[x], x))
        low = fixed[slot - 1] if slot > 0 else 0
        high = fixed[slot] if slot < len(fixed) else low + GAP * (len(group) + 1)
        if len(group) == 1 and low < before.get(group[0], low) < high:
            placed[group[0]] = before[group[0]]      # still between the same neighbours
            continue
        step = (high - low) // (len(group) + 1)
        if step < 1:
            return None
        placed.update({x: low + step * (i + 1) for i, x in enumerate(group)})
    return placed


def _dual_lines(held: dict[str, int]) -> set[str]:
    return {_line(x, "dualPostsOrder", k) for x, k in held.items()}


def _dual_rows(store: Store, entities: set[str]) -> dict[str, int]:
    """Entity -> its dual-posts position, of ``entities`` that hold one now."""
    return {x: int(k) for block in _values("x", (f"<{x}>" for x in entities))
            for x, k in store.plain_rows(f"SELECT ?x ?k WHERE {{ GRAPH <{_SUMMARY}> "
                                         f"{{ {block} ?x <{iris.CG}dualPostsOrder> ?k }} }}")}
