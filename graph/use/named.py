"""The named query library (queries/*.rq) and how parameters are bound.

Each .rq file opens with comment lines that describe it:

    # title: Career of a person
    # vi: Một người đã giữ những chức vụ nào, theo thời gian?
    # en: Which posts has a person held, in date order?
    # param: name (name) — the person's full name, e.g. Tô Lâm

Parameters are typed and bound by the engine to the variable of the same
name; they are never spliced into the query text. A ``name`` is matched
against the entities' search keys (``cg:key``: any of its names, labels,
symbols or titles, whatever the case or tone-mark style, and with or
without diacritics: "mai van huynh" finds Mai Văn Huỳnh, as the viewer's
search does) with one index lookup; ``text``, ``date``, ``iri`` and ``int``
are bound as typed values.

`query` reads: a SPARQL update sent to it is refused with a message that
says so, before it reaches the store.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..core import resources
from ..core.errors import InputError
from ..store import Store
from ..core.vntext import LOOKALIKES, comparable, normalise_tones

_HEADER = re.compile(r"^#\s*(title|vi|en):\s*(.+?)\s*$")
_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s*\((text|name|date|iri|int)\)\s*[—-]+\s*(.+?)\s*$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    help: str


@dataclass
class NamedQuery:
    name: str
    text: str
    path: Path | None = None
    title: str = ""
    vi: str = ""
    en: str = ""
    params: list[Param] = field(default_factory=list)


def parse_query(text: str, name: str, path: Path | None = None) -> NamedQuery:
    q = NamedQuery(name=name, text=text, path=path)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if m:
            setattr(q, m.group(1), m.group(2))
            continue
        m = _PARAM.match(line)
        if m:
            q.params.append(Param(m.group(1), m.group(2), m.group(3)))
    return q


def library() -> dict[str, NamedQuery]:
    return {p.stem: _read(p, p.stat().st_mtime_ns) for p in sorted(resources.query_dir().glob("*.rq"))}


@lru_cache(maxsize=256)
def _read(path: Path, mtime_ns: int) -> NamedQuery:
    """A query file, read once while it is unchanged."""
    return parse_query(path.read_text(encoding="utf-8"), path.stem, path)


def get(name_or_path: str) -> NamedQuery:
    """A named query, or a .rq file given by path."""
    named = resources.query_dir() / f"{name_or_path}.rq"
    if re.fullmatch(r"[\w-]+", name_or_path) and named.is_file():
        return _read(named, named.stat().st_mtime_ns)
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        return parse_query(path.read_text(encoding="utf-8"), path.stem, path)
    raise InputError(f"no query named {name_or_path!r}; `cadregraph query --list` shows them "
                     f"(or give a path to a .rq file)")


def _text(value: str) -> str:
    """User text in the store's form: NFC, one tone-mark style."""
    return normalise_tones(unicodedata.normalize("NFC", value.translate(LOOKALIKES)).strip())


def bind(query: NamedQuery, raw: dict[str, str]) -> dict[str, Node]:
    """Typed values for the query's parameters; unknown or missing ones are
    errors that say what the query takes."""
    wanted = {p.name: p for p in query.params}
    unknown = sorted(set(raw) - set(wanted))
    if unknown:
        raise InputError(f"query {query.name!r} has no parameter {', '.join(unknown)}; it takes: "
                         + (", ".join(f"{p.name} ({p.kind})" for p in query.params) or "none"))
    missing = [p for p in query.params if p.name not in raw]
    if missing:
        raise InputError(f"query {query.name!r} needs " + "; ".join(
            f"--param {p.name}=... ({p.help})" for p in missing))
    out: dict[str, Node] = {}
    for name, value in raw.items():
        kind = wanted[name].kind
        if kind == "name":
            out[name] = Literal(comparable(value))
        elif kind == "text":
            out[name] = Literal(_text(value))
        elif kind == "date":
            try:
                out[name] = Literal(date.fromisoformat(value).isoformat(), datatype=XSD.date)
            except ValueError:
                raise InputError(f"--param {name}={value!r}: a date is written YYYY-MM-DD") from None
        elif kind == "int":
            if not re.fullmatch(r"-?\d+", value):
                raise InputError(f"--param {name}={value!r}: expected a whole number")
            out[name] = Literal(value, datatype=XSD.integer)
        else:
            if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
                raise InputError(f"--param {name}={value!r}: expected an http(s) IRI")
            out[name] = URIRef(value)
    return out


def parse_params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"--param {pair!r}: write it as name=value")
        key, value = pair.split("=", 1)
        out[key.strip()] = value
    return out


_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|(?:PREFIX\s+[\w.-]*:|BASE)\s*<[^>]*>)*", re.IGNORECASE)
_UPDATE = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def refuse_update(text: str) -> None:
    """An update is not a question: say so, instead of the parser's
    "expected CONSTRUCT"."""
    m = _UPDATE.match(text, _PROLOGUE.match(text).end())
    if m:
        raise InputError(f"this is a SPARQL update ({m.group(1).upper()}): `cadregraph query` only reads "
                         "(SELECT, ASK, CONSTRUCT, DESCRIBE); the store is changed by `build` and `curate`")


def run(store: Store, query: NamedQuery, raw: dict[str, str] | None = None, inferences: bool = True):
    refuse_update(query.text)
    return store.query(query.text, bind(query, raw or {}) or None, inferences=inferences)
