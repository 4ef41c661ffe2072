"""What every store offers the rest of CadreGraph: named graphs written
whole or not at all, SPARQL queries answered in rdflib terms, and dumps."""
from __future__ import annotations

from abc import ABC, abstractmethod
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import BinaryIO, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..core import iris
from ..core.errors import StoreError

# rdflib's names for the formats, and pyoxigraph's.
FORMATS = {
    "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
DATASET_FORMATS = {"trig", "nquads", "jsonld"}


def serialize(items, out: BinaryIO, fmt: str) -> None:
    """Quads (dataset formats) or triples written as ``fmt``; Turtle and TriG
    use the usual prefixes (cg:, org:, foaf:, eli: ...) so people can read them."""
    ox.serialize(items, out, FORMATS[fmt], prefixes=prefixes_for(fmt))


def prefixes_for(fmt: str) -> dict[str, str] | None:
    return iris.PREFIXES if fmt in ("trig", "turtle") else None


def to_rdflib(term) -> Node | None:
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    return _converted(term)


@lru_cache(maxsize=1 << 16)
def _converted(term) -> Node:
    """The rdflib twin of an Oxigraph term. Terms are immutable and the same
    ones come back in every result (labels, roles, bodies), while building an
    rdflib Literal parses and checks its value: remembering the recent ones
    makes converting a result a dictionary look-up per term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value if term.datatype else None
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            dt = None
        return Literal(term.value, datatype=URIRef(dt) if dt else None)
    raise TypeError(f"cannot convert {term!r}")


def rows_of(result: ox.QuerySolutions) -> Rows:
    """SELECT solutions as rdflib rows (a solution iterates over its values
    in the order of the result's variables)."""
    return Rows([v.value for v in result.variables], [tuple(map(to_rdflib, sol)) for sol in result])


def to_oxigraph(term: Node):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot bind {term!r}")


@dataclass
class Rows:
    """SELECT results: variable names and rows of rdflib terms."""
    variables: list[str]
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def dicts(self) -> list[dict[str, Node | None]]:
        """Rows as dictionaries of rdflib terms."""
        return [dict(zip(self.variables, r)) for r in self.rows]

    def records(self) -> list[dict[str, object]]:
        """Rows as dictionaries of plain Python values: text as ``str``
        (language tags dropped), IRIs as ``str``, dates as ``datetime.date``,
        numbers as ``int``/``Decimal``, unbound as ``None``."""
        return [{k: _plain(v) for k, v in zip(self.variables, r)} for r in self.rows]


def _plain(term: Node | None) -> object:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


# Graphs kept out of the default graph: the SHACL shapes are not knowledge,
# the summaries are figures computed from it.
OUTSIDE_MERGE = frozenset({iris.SHAPES_GRAPH, iris.SUMMARY_GRAPH})


def in_merge(graph: str) -> bool:
    return graph not in OUTSIDE_MERGE


def lines_of(quads) -> list[str]:
    """pyoxigraph quads or triples as N-Triples lines ("<s> <p> <o> .")."""
    return [f"{q.subject} {q.predicate} {q.object} ." for q in quads]


def default_lines(graphs: dict[str, list[str]], additions: dict[str, list[str]] | None = None) -> list[str]:
    """The default-graph lines of named-graph lines (all but the shapes)."""
    return [line for part in (graphs, additions or {}) for g, lines in part.items() if in_merge(g)
            for line in lines]


def replacement_update(graphs: dict[str, list[str]], existing: set[str],
                       additions: dict[str, list[str]], merged: list[str]) -> str:
    """One SPARQL update that replaces named graphs whole, adds lines to
    named graphs and ``merged`` to the default graph: a triple of a replaced
    graph leaves the default graph unless another graph still says it."""
    ops = []
    for g in sorted(existing):
        if in_merge(g):
            ops.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
                       f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{g}>) }} }}")
        ops.append(f"DROP SILENT GRAPH <{g}>")
    body = [f"GRAPH <{g}> {{\n" + "\n".join(lines) + "\n}"
            for part in (graphs, additions) for g, lines in part.items() if lines]
    body += merged
    if body:
        ops.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    return " ;\n".join(ops)


class Store(ABC):
    """A quad store holding one named graph per article (and the ontology,
    vocabularies, reference data, identity candidates, inferences, each in
    its own graph). The default graph is the RDF merge of the named graphs,
    kept so by every write, but for the shapes and the provenance of the
    articles (triples about an article or its claims and sentences, which
    stay in its graph): queries read it, and a fact that twenty articles
    state is one triple there (Oxigraph's union default graph would give one
    solution per graph)."""

    location: str
    #: the largest update the store takes in one request (None: no limit)
    max_update_bytes: int | None = None
    max_update_lines: int | None = None

    # --------------------------------------------------------- reading
    @abstractmethod
    def query(self, sparql: str, bindings: dict[str, Node] | None = None, inferences: bool = True):
        """Rows for SELECT, bool for ASK, a list of rdflib triples for
        CONSTRUCT/DESCRIBE, over the default graph (``GRAPH ?g`` reaches
        the named graphs). ``bindings`` are bound as an escaped VALUES
        block, never spliced into the query text. Without ``inferences``
        (once `reason` ran) the default graph is the union of the named
        graphs but the inferred one and the shapes: provenance included, and
        with bag semantics (a triple in several graphs matches once per graph)."""

    @abstractmethod
    def plain_rows(self, sparql: str) -> list[tuple[str | None, ...]]:
        """A SELECT query's rows as the terms' lexical values (IRIs and
        literals alike), without a detour through rdflib terms."""

    @abstractmethod
    def construct_lines(self, sparql: str) -> list[str]:
        """The triples a CONSTRUCT query makes, as N-Triples lines, without
        a detour through rdflib terms."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        ...

    @abstractmethod
    def dump(self, out: BinaryIO, fmt: str, graph: str | None = None) -> None:
        """Dataset formats (TriG, N-Quads, JSON-LD) hold the named graphs;
        Turtle and N-Triples the default graph, their merge."""

    # --------------------------------------------------------- writing
    @abstractmethod
    def write_graphs(self, graphs: dict[str, list[str]], additions: dict[str, list[str]] | None = None,
                     merged: list[str] | None = None) -> None:
        """Replace each named graph with the given N-Triples lines and add
        ``additions`` to theirs, all at once: after a crash either all of it
        is written or none. The default graph gets ``merged`` (by default,
        every line written, but the shapes'), and loses the triples of
        replaced graphs that no other graph holds."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """A SPARQL update, as is: an update that changes named graphs must
        change the default graph the same way."""

    def clear_graph(self, graph: str) -> None:
        self.write_graphs({graph: []})

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------- shared helpers
    def knowledge_graphs(self) -> list[str]:
        """The named graphs a query without inferences reads."""
        return [g for g in self.graph_names() if in_merge(g) and g != iris.INFERRED_GRAPH]

    def article_hashes(self) -> dict[str, str]:
        """Article graph IRI -> hash of the text it was built from."""
        rows = self.query("SELECT ?g ?h WHERE { GRAPH ?g { ?g <%scontentHash> ?h } }" % iris.CG)
        return {str(g): str(h) for g, h in rows}

    def count(self, sparql: str) -> int:
        rows = self.query(sparql)
        return int(rows.rows[0][0]) if rows.rows else 0


def values_block(bindings: dict[str, Node]) -> str:
    """A SPARQL VALUES block for ``bindings``, each term serialised and
    escaped as N-Triples so that no value can change the query's shape."""
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(to_oxigraph(v).__str__() for v in bindings.values())
    return f"VALUES ({names}) {{ ({terms}) }}"


def insert_values(sparql: str, bindings: dict[str, Node]) -> str:
    """Put a VALUES block first in the WHERE clause of ``sparql``, and in
    every subquery that uses a bound variable: a subquery is evaluated on
    its own, so a binding outside it would only filter its full answer."""
    if not bindings:
        return sparql
    for pos, names in reversed(_value_slots(sparql, tuple(bindings))):
        block = values_block({k: bindings[k] for k in names})
        sparql = sparql[:pos + 1] + " " + block + " " + sparql[pos + 1:]
    return sparql


@lru_cache(maxsize=256)
def _value_slots(sparql: str, names: tuple[str, ...]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Where the VALUES blocks go (the offset of a group's '{') and which of
    ``names`` each one binds; worked out once per query text."""
    tokens = _tokens(sparql)
    top = _top_level_where(tokens)
    if top < 0:
        raise StoreError("cannot bind parameters: the query has no WHERE { ... } clause")
    slots = [(top, names)]
    for opening, closing in _subquery_groups(tokens, after=top):
        inner = sparql[opening:closing]
        used = tuple(k for k in names if re.search(rf"[?$]{re.escape(k)}\b", inner))
        if used:
            slots.append((opening, used))
    return tuple(sorted(slots))


_TOKEN = re.compile(r'#[^\n]*|"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:\\.|[^"\\])*"'
                    r'|\'(?:\\.|[^\'\\])*\'|<[^>\s]*>|\{|\}|\bWHERE\b|\bSELECT\b', re.IGNORECASE)


def _tokens(sparql: str) -> list[tuple[str, int]]:
    """Braces and the WHERE and SELECT keywords with their offsets,
    skipping comments, strings and IRIs."""
    return [(m.group(0).upper(), m.start()) for m in _TOKEN.finditer(sparql)
            if m.group(0)[0] not in "#\"'<"]


def _top_level_where(tokens: list[tuple[str, int]]) -> int:
    """Offset of the '{' that opens the WHERE group (the first '{' after
    the WHERE keyword, or the first '{' when WHERE is left out)."""
    where = next((i for i, (t, _) in enumerate(tokens) if t == "WHERE"), None)
    start = where + 1 if where is not None else 0
    return next((pos for t, pos in tokens[start:] if t == "{"), -1)


def _subquery_groups(tokens: list[tuple[str, int]], after: int) -> list[tuple[int, int]]:
    """(offset of '{', offset of its '}') of the WHERE group of each
    subquery (a SELECT inside the group that opens at ``after``)."""
    groups = []
    for i in [i for i, (t, pos) in enumerate(tokens) if t == "SELECT" and pos > after]:
        opening = next((j for j in range(i + 1, len(tokens)) if tokens[j][0] == "{"), None)
        if opening is None:
            continue
        depth = 0
        for j in range(opening, len(tokens)):
            depth += {"{": 1, "}": -1}.get(tokens[j][0], 0)
            if depth == 0:
                groups.append((tokens[opening][1], tokens[j][1]))
                break
    return groups
