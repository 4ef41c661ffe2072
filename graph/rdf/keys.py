"""Search keys: every name, label, symbol and title of an entity is also
stored as ``cg:key``, the text folded the way a user's query is folded
(``vntext.comparable``: NFC, one tone-mark style, look-alike letters, case,
spacing), and once more without diacritics (``vntext.fold``). A named
query then finds "tô lâm", "BAN TỔ CHỨC TRUNG ƯƠNG" or "mai van huynh" with
one index lookup instead of comparing every label in the store."""
from __future__ import annotations

import pyoxigraph as ox

from ..core import iris
from . import nt
from ..core.vntext import comparable, fold

KEY = iris.CG + "key"
LABELS = frozenset(iris.PREFIXES[p] + local for p, local in (
    ("foaf", "name"), ("skos", "prefLabel"), ("skos", "altLabel"), ("eli", "id_local"), ("eli", "title"),
    ("schema", "name")))
_LABELS_NT = frozenset(nt.iri(p) for p in LABELS)
_KEY_NT = nt.iri(KEY)


def keys(label: str) -> tuple[str, ...]:
    """The search keys of a label: as written (comparable) and, when that
    has diacritics, without them."""
    written = comparable(label)
    bare = fold(written)
    return (written,) if bare == written else (written, bare)


def key_lines(s: str, p: str, o: str) -> list[str]:
    """The key triples (N-Triples) of a label triple."""
    if p not in _LABELS_NT or not o.startswith('"'):
        return []
    return [f"{s} {_KEY_NT} {nt.text(k)} ." for k in keys(nt.lexical(o))]


def key_quads(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The key quads of the label quads among these."""
    return [ox.Quad(q.subject, ox.NamedNode(KEY), ox.Literal(k), q.graph_name)
            for q in quads if q.predicate.value in LABELS and isinstance(q.object, ox.Literal)
            for k in keys(q.object.value)]
