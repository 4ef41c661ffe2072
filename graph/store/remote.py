"""A remote SPARQL 1.1 store: Query, Update and Graph Store Protocol over
HTTP, for corpora that outgrow one machine (an Oxigraph server, Apache
Jena Fuseki, ...).

Endpoints are found from the URL given to ``--store``:

* Oxigraph (``oxigraph serve``): ``URL/query``, ``URL/update``, ``URL/store``;
* Fuseki: a dataset URL such as ``http://host:3030/ds`` with
  ``CADREGRAPH_ENDPOINTS=fuseki`` gives ``/query``, ``/update``, ``/data``.

Parameters travel as an escaped VALUES block opening the WHERE clause
(``base.insert_values``), as they do in the embedded store.
"""
from __future__ import annotations

import http.client
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import BinaryIO

import pyoxigraph as ox
from rdflib.term import Node

from ..core.errors import StoreError
from ..core import iris
from .base import (DATASET_FORMATS, Store, default_lines, insert_values, lines_of, replacement_update,
                   rows_of, serialize, to_rdflib)

_LAYOUTS = {"oxigraph": ("query", "update", "store"), "fuseki": ("query", "update", "data")}


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


class RemoteStore(Store):
    def __init__(self, url: str, timeout: float = 120.0, token: str | None = None) -> None:
        self.location = url.rstrip("/")
        self.token = token
        layout = _LAYOUTS.get(os.environ.get("CADREGRAPH_ENDPOINTS", "oxigraph"), _LAYOUTS["oxigraph"])
        base = re.sub(r"/(query|sparql)$", "", self.location)
        self.query_url, self.update_url, self.gsp_url = (f"{base}/{p}" for p in layout)
        self.timeout = timeout

    # --------------------------------------------------------------- http
    def _request(self, url: str, data: bytes | None = None, headers: dict | None = None,
                 method: str | None = None) -> bytes:
        headers = dict(headers or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:500]
            raise StoreError(f"{method or ('POST' if data else 'GET')} {url} failed: {exc.code} {detail}") from exc
        except urllib.error.URLError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {exc.reason}") from exc
        except (http.client.HTTPException, OSError) as exc:     # e.g. an answer cut short
            raise StoreError(f"{url} broke off its answer: {type(exc).__name__}: {exc}") from exc

    # ------------------------------------------------------------ reading
    def query(self, sparql: str, bindings: dict[str, Node] | None = None, inferences: bool = True):
        text = insert_values(sparql, bindings or {})
        fields = [("query", text)]
        if not inferences and iris.INFERRED_GRAPH in self.graph_names():
            fields += [("default-graph-uri", g) for g in self.knowledge_graphs()]
        body = self._post_query(fields, "application/sparql-results+json, application/n-triples;q=0.9")
        if body.lstrip().startswith(b"{"):
            result = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
            if isinstance(result, ox.QueryBoolean):
                return bool(result)
            return rows_of(result)
        return [tuple(to_rdflib(t) for t in (q.subject, q.predicate, q.object))
                for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)]

    def plain_rows(self, sparql: str) -> list[tuple[str | None, ...]]:
        body = self._post_query([("query", sparql)], "application/sparql-results+json")
        return [tuple(None if t is None else t.value for t in sol)
                for sol in ox.parse_query_results(body, ox.QueryResultsFormat.JSON)]

    def construct_lines(self, sparql: str) -> list[str]:
        return lines_of(ox.parse(self._post_query([("query", sparql)], "application/n-triples"),
                                 ox.RdfFormat.N_TRIPLES))

    def _post_query(self, fields: list[tuple[str, str]], accept: str) -> bytes:
        # a form body: the default graph may be given graph by graph, and there may be very many
        fields = [(k, self._text(v) if k == "query" else v) for k, v in fields]
        return self._canonical(self._request(self.query_url, urllib.parse.urlencode(fields).encode("utf-8"),
                                             {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}))

    # what a particular server needs done to queries and answers (see virtuoso.py)
    def _text(self, sparql: str) -> str:
        return sparql

    def _canonical(self, body: bytes) -> bytes:
        return body

    def graph_names(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(g) for (g,) in rows)

    def dump(self, out: BinaryIO, fmt: str, graph: str | None = None) -> None:
        target = f"graph={urllib.parse.quote(graph, safe='')}" if graph else "default"
        if graph or fmt not in DATASET_FORMATS:
            if graph and graph not in self.graph_names():
                body = b""          # the Graph Store Protocol answers 404 for a graph that is not there
            else:
                body = self._request(f"{self.gsp_url}?{target}", headers={"Accept": "application/n-triples"})
            serialize(ox.parse(body, ox.RdfFormat.N_TRIPLES), out, fmt)
            return
        body = self._request(self.gsp_url, headers={"Accept": "application/n-quads"})
        serialize((q for q in ox.parse(body, ox.RdfFormat.N_QUADS) if not isinstance(q.graph_name, ox.DefaultGraph)),
                  out, fmt)

    # ------------------------------------------------------------ writing
    def write_graphs(self, graphs: dict[str, list[str]], additions: dict[str, list[str]] | None = None,
                     merged: list[str] | None = None) -> None:
        """One SPARQL update for the whole batch (a transaction on Oxigraph
        and on Fuseki's TDB2)."""
        additions = additions or {}
        present = set(self.graph_names()) if graphs else set()
        if merged is None:
            merged = default_lines(graphs, additions)
        update = replacement_update(graphs, {g for g in graphs if g in present}, additions, merged)
        if update:
            self.update(update)

    def update(self, sparql: str) -> None:
        self._request(self.update_url, self._text(sparql).encode("utf-8"),
                      {"Content-Type": "application/sparql-update; charset=utf-8"})
