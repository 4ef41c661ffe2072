"""RDF terms as N-Triples text, for building article graphs fast: a
string costs a fraction of a pyoxigraph term, and the store loads N-Quads
in bulk. ``iri("https://…")`` -> ``<https://…>``; ``text("Tô Lâm", "vi")``
-> ``"Tô Lâm"@vi``."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..core import iris

XSD = "http://www.w3.org/2001/XMLSchema#"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    return f"<{value}>"


@lru_cache(maxsize=None)
def term(prefix: str, local: str) -> str:
    """``term("org", "member")`` -> ``<http://www.w3.org/ns/org#member>``."""
    return f"<{iris.PREFIXES[prefix]}{local}>"


def text(value: str, lang: str | None = None) -> str:
    literal = '"' + value.translate(_ESCAPES) + '"'
    return f"{literal}@{lang}" if lang else literal


_UNESCAPES = {"\\\\": "\\", '\\"': '"', "\\n": "\n", "\\r": "\r"}


def lexical(literal: str) -> str:
    """The text of a literal written by ``text``: ``"Tô Lâm"@vi`` -> Tô Lâm."""
    body = literal[1:literal.rindex('"')]
    return re.sub(r'\\[\\"nr]', lambda m: _UNESCAPES[m.group(0)], body)


def vi(value: str) -> str:
    return text(value, "vi")


def integer(value: int) -> str:
    return f'"{int(value)}"^^<{XSD}integer>'


def day(value: date) -> str:
    return f'"{value.isoformat()}"^^<{XSD}date>'


def date_time(value: str) -> str:
    """An ISO 8601 date-time ("2024-03-07T01:00:00Z") as xsd:dateTime."""
    return f'"{value}"^^<{XSD}dateTime>'


def value_of(iri_term: str) -> str:
    """The IRI inside ``<…>``."""
    return iri_term[1:-1]


TYPE = term("rdf", "type")
