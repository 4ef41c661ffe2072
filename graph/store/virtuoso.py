"""Virtuoso Open Source as a remote store (``--store http://HOST:8890/sparql``).

Virtuoso holds billions of triples on one machine and more on a cluster,
and speaks SPARQL 1.1 Query, Update and the Graph Store Protocol. Where it
departs from the standard, this class bridges the gap (docs/stores.md):

* **No default graph of its own.** A query without FROM reads the union of
  every graph, one solution per graph that holds a triple, which is what
  CadreGraph's own merge avoids. The merge lives in a named graph here
  (``MERGE_GRAPH``), every query and update starts with ``define
  input:default-graph-uri <MERGE_GRAPH>``, and ``GRAPH ?g`` patterns are
  kept off it by a filter after each one (Virtuoso's graph-exclusion
  pragma also empties the default graph). ``GRAPH <g>`` patterns in
  queries are read as ``GRAPH ?v ... FILTER(?v = <g>)``, around a bug of
  Virtuoso 7.2 (see ``bridged``).
* **Its own graphs.** Virtuoso keeps system graphs beside ours: the graph
  list keeps CadreGraph's only.
* **Booleans.** SPARQL results give ``true`` back as ``"1"^^xsd:boolean``:
  answers are turned back into the canonical form.
* **Dumps.** The Graph Store Protocol (``/sparql-graph-crud``) serves one
  graph at a time; a dataset dump reads the graphs one by one.

Each SPARQL request is one transaction in Virtuoso, so a batch of articles
is written whole or not at all, as on Oxigraph, when its update fits in
one request. Virtuoso refuses a request over 10 MB (``MAX_UPDATE_BYTES``
keeps below it): a larger write goes as several requests, the default
graph's lines and the additions first, then the graphs, whole graphs at a
time; a crash between them leaves the default graph ahead of the named
graphs, which the next build completes (the articles not stored are built
again). Its SPARQL parser also runs out of memory near 5,000 triples in one
INSERT DATA (``MAX_UPDATE_LINES``), so a batch of articles is written in
parts of whole graphs (an article larger than that in parts of its lines:
the article's content hash, which marks it stored, is among them, so a
crash inside it may leave an article the next build believes whole — the
one case where Virtuoso is weaker than Oxigraph here). A summary update too large for one request recomputes the summary
graph instead.
"""
from __future__ import annotations

import re
import urllib.parse
from typing import BinaryIO

import pyoxigraph as ox

from ..core import iris
from .base import DATASET_FORMATS, default_lines, replacement_update, serialize
from .remote import RemoteStore

MERGE_GRAPH = iris.GRAPH + "merge"
_DEFINE = f"define input:default-graph-uri <{MERGE_GRAPH}>\n"
# a token of SPARQL text: comments and strings (skipped), GRAPH ?var { or
# GRAPH <iri> {, other IRIs (skipped), braces
_SCAN = re.compile(r'#[^\n]*|"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\''
                   r'|\bGRAPH\s+(?:([?$]\w+)|(<[^>\s]*>))\s*\{|<[^>\s]*>|\{|\}', re.IGNORECASE)
_BOOLEAN = re.compile(rb'("datatype": "http://www.w3.org/2001/XMLSchema#boolean", "value": |)"([01])"'
                      rb'(\^\^<http://www.w3.org/2001/XMLSchema#boolean>|)')


def bridged(sparql: str, merge: str, named_constants: bool = True) -> str:
    """``sparql`` with ``FILTER(?g != <merge>)`` after each ``GRAPH ?g { ... }``
    and, with ``named_constants``, each ``GRAPH <g> { ... }`` read as ``GRAPH
    ?v { ... } FILTER(?v = <g>)``: Virtuoso 7.2 answers a pattern without
    variables inside ``GRAPH <g>`` as true whenever a default graph is set."""
    edits, stack = [], []
    for m in _SCAN.finditer(sparql):
        token = m.group(0)
        if token[0] in "#\"'<":
            continue
        if m.group(1):
            stack.append(f"FILTER({m.group(1)} != <{merge}>)")
        elif m.group(2) and named_constants:
            var = f"?cg_graph{len(edits)}"
            edits.append((m.start(2), m.end(2), var))
            stack.append(f"FILTER({var} = {m.group(2)})")
        elif token == "}" and stack:
            test = stack.pop()
            if test:
                edits.append((m.end(), m.end(), " " + test))
        elif token != "}":
            stack.append(None)
    for start, end, text in sorted(edits, reverse=True):
        sparql = sparql[:start] + text + sparql[end:]
    return sparql


def _parts(lines: list[tuple[str | None, str]], limit: int, count: int) -> list[list[tuple[str | None, str]]]:
    """(graph, line) pairs cut into parts of at most ``limit`` bytes and ``count`` lines."""
    parts, part, size = [], [], 0
    for item in lines:
        weight = len(item[1].encode("utf-8")) + 1
        if part and (size + weight > limit or len(part) >= count):
            parts.append(part)
            part, size = [], 0
        part.append(item)
        size += weight
    return parts + [part] if part else parts


def _grouped(part: list[tuple[str | None, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for g, line in part:
        if g is not None:
            out.setdefault(g, []).append(line)
    return out


def _canonical_boolean(m: re.Match) -> bytes:
    if not m.group(1) and not m.group(3):
        return m.group(0)
    value = b'"true"' if m.group(2) == b"1" else b'"false"'
    return m.group(1) + value + m.group(3)


class VirtuosoStore(RemoteStore):
    #: below the 10 MB Virtuoso accepts in one request, and the triples its
    #: SPARQL parser holds in one INSERT DATA (it runs out of memory near 5,000)
    max_update_bytes = 8_000_000
    max_update_lines = 2_000

    def __init__(self, url: str, timeout: float = 120.0, token: str | None = None) -> None:
        super().__init__(url, timeout, token)
        base = re.sub(r"/sparql$", "", self.location)
        self.query_url = self.update_url = f"{base}/sparql"
        self.gsp_url = f"{base}/sparql-graph-crud"

    def _text(self, sparql: str) -> str:
        return _DEFINE + bridged(sparql, MERGE_GRAPH)

    def _canonical(self, body: bytes) -> bytes:
        return _BOOLEAN.sub(_canonical_boolean, body)

    def update(self, sparql: str) -> None:
        # Virtuoso takes updates on its query endpoint, as a form field
        # (the GRAPH <g> blocks of INSERT DATA and DELETE DATA stay as they are)
        text = _DEFINE + bridged(sparql, MERGE_GRAPH, named_constants=False)
        self._request(self.update_url, urllib.parse.urlencode({"query": text}).encode("utf-8"),
                      {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})

    def write_graphs(self, graphs: dict[str, list[str]], additions: dict[str, list[str]] | None = None,
                     merged: list[str] | None = None) -> None:
        additions = additions or {}
        if merged is None:
            merged = default_lines(graphs, additions)
        everything = [line for part in (graphs, additions) for lines in part.values() for line in lines] + merged
        if len(everything) <= self.max_update_lines and \
                sum(len(line) + 1 for line in everything) < self.max_update_bytes // 2:   # (UTF-8: up to 2 bytes a char)
            super().write_graphs(graphs, additions, merged)
            return
        present = set(self.graph_names())
        existing = {g for g in graphs if g in present}
        if existing:                        # the replaced graphs leave first
            self.update(replacement_update({g: [] for g in existing}, existing, {}, []))
        for part in _parts([(None, line) for line in merged] +
                           [(g, line) for g, lines in additions.items() for line in lines],
                           self.max_update_bytes, self.max_update_lines):
            self.update(replacement_update({}, set(), _grouped(part), [line for g, line in part if g is None]))
        for part in _parts([(g, line) for g, lines in graphs.items() for line in lines],
                           self.max_update_bytes, self.max_update_lines):
            self.update(replacement_update(_grouped(part), set(), {}, []))

    def graph_names(self) -> list[str]:
        return [g for g in super().graph_names() if g.startswith(iris.BASE)]

    def dump(self, out: BinaryIO, fmt: str, graph: str | None = None) -> None:
        if graph or fmt not in DATASET_FORMATS:
            triples = self._graph(graph or MERGE_GRAPH) if not graph or graph in self.graph_names() else []
            serialize(triples, out, fmt)
            return
        serialize((ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
                   for g in self.graph_names() for t in self._graph(g)), out, fmt)

    def _graph(self, graph: str) -> list:
        body = self._request(f"{self.gsp_url}?graph-uri={urllib.parse.quote(graph, safe='')}",
                             headers={"Accept": "application/n-triples"})
        return list(ox.parse(body, ox.RdfFormat.N_TRIPLES))
