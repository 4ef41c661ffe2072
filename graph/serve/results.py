"""Query results and graphs in the media type a client asks for, cut at a
number of rows (solutions, triples or quads) without computing the rest.

Rows are first written in a line format (TSV for solutions, N-Triples or
N-Quads for graphs: one row a line) into a sink that stops the writer once
it holds enough lines; the lines kept are then written in the format asked.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
DATASET_TYPES = {"application/n-quads": ox.RdfFormat.N_QUADS, "application/trig": ox.RdfFormat.TRIG}


@dataclass
class Reply:
    status: int
    body: bytes
    media: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def refusal(status: int, message: str) -> Reply:
    return Reply(status, (message + "\n").encode("utf-8"))


def negotiate(header: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers (None: none fits)."""
    if not header:
        return offered[0]
    best, best_q = None, 0.0
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        for o in offered:
            if q > best_q and (media == o or media in ("*/*", o.split("/")[0] + "/*")):
                best, best_q = o, q
    return best


class _Full(Exception):
    """The sink holds as many lines as it may."""


class _Lines:
    """A file-like sink that keeps the first ``limit`` lines written to it
    (all of them when limit is None), and stops the writer at the first
    byte past them (``more`` then says there was more)."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.count = 0
        self.more = False

    def write(self, data) -> int:
        data = bytes(data)
        kept = len(data)
        if self.limit is not None:
            cut = 0
            for _ in range(min(self.limit - self.count, data.count(b"\n"))):
                cut = data.index(b"\n", cut) + 1
            if self.count + data.count(b"\n") > self.limit or \
                    (self.count + data.count(b"\n") == self.limit and not data.endswith(b"\n")):
                kept = cut
        self.parts.append(data[:kept])
        self.count += data.count(b"\n", 0, kept)
        if kept < len(data):
            self.more = True
            raise _Full()
        return kept

    def flush(self) -> None:
        pass


def _capped(write, limit: int | None) -> tuple[bytes, bool]:
    """The lines ``write(sink)`` writes, at most ``limit``, and whether
    there were more."""
    sink = _Lines(limit)
    try:
        write(sink)
    except _Full:
        pass
    return b"".join(sink.parts), sink.more


def _not_acceptable(offered: list[str]) -> Reply:
    return refusal(406, "results are served as " + ", ".join(offered))


def render(result, accept: str | None, limit: int | None) -> Reply:
    """A query's result as a reply: solutions cut at ``limit`` rows, graphs
    at ``limit`` triples (None: all), ``X-CadreGraph-Truncated: true`` when cut."""
    if isinstance(result, ox.QueryBoolean):
        offered = ["application/sparql-results+json", "application/sparql-results+xml", "application/json"]
        media = negotiate(accept, offered)
        if media is None:
            return _not_acceptable(offered)
        return Reply(200, result.serialize(format=RESULT_TYPES[media]), media)
    if isinstance(result, ox.QuerySolutions):
        offered = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                   "text/tab-separated-values", "application/json"]
        media = negotiate(accept, offered)
        if media is None:
            return _not_acceptable(offered)
        if limit is None:
            return Reply(200, result.serialize(format=RESULT_TYPES[media]), _charset(media))
        tsv, cut = _capped(lambda sink: result.serialize(sink, ox.QueryResultsFormat.TSV), limit + 1)
        body = tsv if media == "text/tab-separated-values" else \
            ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV).serialize(format=RESULT_TYPES[media])
        return Reply(200, body, _charset(media), _truncated(cut))
    return graph(lambda sink: result.serialize(sink, ox.RdfFormat.N_TRIPLES), accept, limit, dataset=False)


def graph(write_lines, accept: str | None, limit: int | None, dataset: bool) -> Reply:
    """Triples (or quads) that ``write_lines(sink)`` writes as N-Triples (or
    N-Quads), in the media type asked, at most ``limit`` of them."""
    types = DATASET_TYPES if dataset else GRAPH_TYPES
    offered = list(types)
    media = negotiate(accept, offered)
    if media is None:
        return _not_acceptable(offered)
    lines, cut = _capped(write_lines, limit)
    line_format = ox.RdfFormat.N_QUADS if dataset else ox.RdfFormat.N_TRIPLES
    body = lines if types[media] == line_format else ox.serialize(ox.parse(lines, line_format), format=types[media])
    return Reply(200, body, _charset(media), _truncated(cut))


def _charset(media: str) -> str:
    return media + "; charset=utf-8" if media.startswith("text/") else media


def _truncated(cut: bool) -> dict[str, str]:
    return {"X-CadreGraph-Truncated": "true"} if cut else {}
