"""Search keys: every name, label, symbol and title of an entity is also
stored as ``cg:key``, the text folded the way a user's query is folded
(``vntext.comparable``: NFC, one tone-mark style, look-alike letters, case,
spacing). A named
query then finds "tô lâm" or "BAN TỔ CHỨC TRUNG ƯƠNG" with one index
lookup instead of comparing every label in the store."""
from __future__ import annotations

import pyoxigraph as ox

from ..core import iris
from . import nt
from ..core.vntext import comparable

KEY = iris.CG + "key"
LABELS = frozenset(iris.PREFIXES[p] + local for p, local in (
    ("foaf", "name"), ("skos", "prefLabel"), ("skos", "altLabel"), ("eli", "id_local"), ("eli", "title"),
    ("schema", "name")))
_LABELS_NT = frozenset(nt.iri(p) for p in LABELS)
_KEY_NT = nt.iri(KEY)


def key_line(s: str, p: str, o: str) -> str | None:
    """The key triple (N-Triples) of a label triple, or None."""
    if p not in _LABELS_NT or not o.startswith('"'):
        return None
    return f"{s} {_KEY_NT} {nt.text(comparable(nt.lexical(o)))} ."


def key_quads(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The key quads of the label quads among these."""
    return [ox.Quad(q.subject, ox.NamedNode(KEY), ox.Literal(comparable(q.object.value)), q.graph_name)
            for q in quads if q.predicate.value in LABELS and isinstance(q.object, ox.Literal)]
