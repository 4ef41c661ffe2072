"""Query results as an aligned table, CSV, TSV or JSON (the W3C SPARQL 1.1
result formats)."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

from rdflib import BNode, Literal, URIRef

from ..core import iris
from ..store import Rows

FORMATS = ("table", "csv", "tsv", "json")


def _short(term) -> str:
    """A readable form: prefixed names for known namespaces, plain text
    for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        value = str(term)
        if value.startswith(iris.ID):
            return value[len(iris.ID):]
        for prefix, ns in iris.PREFIXES.items():
            if value.startswith(ns):
                return f"{prefix}:{value[len(ns):]}"
        return value
    return str(term)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def table(rows: Rows, limit_width: int = 60) -> str:
    if not rows.variables:
        return ""
    cells = [[_short(t)[:limit_width] for t in row] for row in rows.rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(rows.variables)]
    pad = lambda text, w: text + " " * (w - _width(text))  # noqa: E731
    out = [" | ".join(pad(v, w) for v, w in zip(rows.variables, widths)),
           "-+-".join("-" * w for w in widths)]
    out += [" | ".join(pad(c, w) for c, w in zip(r, widths)) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def to_csv(rows: Rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(rows.variables)
    for row in rows.rows:
        writer.writerow(["" if t is None else str(t) for t in row])
    return buf.getvalue()


def _nt(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return term.n3()


def to_tsv(rows: Rows) -> str:
    lines = ["\t".join(f"?{v}" for v in rows.variables)]
    lines += ["\t".join(_nt(t) for t in row) for row in rows.rows]
    return "\n".join(lines) + "\n"


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def to_json(rows: Rows) -> str:
    bindings = [{v: _json_term(t) for v, t in zip(rows.variables, row) if t is not None} for row in rows.rows]
    return json.dumps({"head": {"vars": rows.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def render(result, fmt: str) -> str:
    """Text for a query's result in ``fmt``."""
    if isinstance(result, bool):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result})
        return "true" if result else "false"
    if isinstance(result, list):              # CONSTRUCT / DESCRIBE triples
        return "\n".join(" ".join(_nt(t) for t in triple) + " ." for triple in result) + "\n"
    return {"table": table, "csv": to_csv, "tsv": to_tsv, "json": to_json}[fmt](result)
