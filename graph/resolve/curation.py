"""A curator's decisions on identity, kept in a small CSV file that every
build honours.

    # decision,iri,other_iri,note
    same,https://w3id.org/cadregraph/id/person/nguyen-van-hung,https://w3id.org/cadregraph/id/person/nguyen-van-hung--tinh-uy-thanh-hoa,"same official, moved in 2021"
    different,https://w3id.org/cadregraph/id/person/nguyen-van-hung,https://w3id.org/cadregraph/id/person/nguyen-van-hung--2,"two people"

``same`` merges the second entity into the first: its IRI is rewritten in
the store and every later mention resolves to the first. ``different``
keeps the two apart and drops the candidate from the curator's list.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import InputError

DECISIONS = ("same", "different")
# An absolute http(s) IRI with none of the characters SPARQL or Turtle would
# read as the end of an IRI.
_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")
HEADER = "# decision,iri,other_iri,note"


@dataclass(frozen=True)
class Decision:
    decision: str
    iri: str
    other: str
    note: str = ""


@dataclass
class Curation:
    decisions: list[Decision] = field(default_factory=list)
    path: Path | None = None

    def canonical(self, iri: str) -> str:
        """The IRI an entity is known by after the curator's merges."""
        seen = set()
        while iri not in seen:
            seen.add(iri)
            nxt = next((d.iri for d in self.decisions if d.decision == "same" and d.other == iri), None)
            if nxt is None:
                return iri
            iri = nxt
        return iri

    def different(self, a: str, b: str) -> bool:
        return any(d.decision == "different" and {d.iri, d.other} == {a, b} for d in self.decisions)

    def merges(self) -> list[Decision]:
        return [d for d in self.decisions if d.decision == "same"]

    def add(self, decision: Decision) -> None:
        if decision.decision not in DECISIONS:
            raise InputError(f"decision must be one of {', '.join(DECISIONS)}, not {decision.decision!r}")
        if decision.iri == decision.other:
            raise InputError("a decision needs two different IRIs")
        for iri in (decision.iri, decision.other):
            if not _IRI.fullmatch(iri):
                raise InputError(f"not an http(s) IRI: {iri!r}")
        self.decisions = [d for d in self.decisions if {d.iri, d.other} != {decision.iri, decision.other}]
        self.decisions.append(decision)

    def save(self, path: Path | None = None) -> Path:
        path = path or self.path
        if path is None:
            raise InputError("no curation file to save to")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(HEADER + "\n")
            writer = csv.writer(fh)
            for d in self.decisions:
                writer.writerow([d.decision, d.iri, d.other, d.note])
        return path


def load(path: Path | None) -> Curation:
    """Read a curation file; a missing file is an empty curation."""
    cur = Curation(path=path)
    if path is None or not path.exists():
        return cur
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, row in enumerate(csv.reader(fh), start=1):
            if not row or row[0].lstrip().startswith("#"):
                continue
            if len(row) < 3:
                raise InputError(f"{path}:{lineno}: expected decision,iri,other_iri[,note], got {row!r}")
            decision, iri, other = (c.strip() for c in row[:3])
            if decision not in DECISIONS:
                raise InputError(f"{path}:{lineno}: decision must be 'same' or 'different', not {decision!r}")
            if not (_IRI.fullmatch(iri) and _IRI.fullmatch(other)):
                raise InputError(f"{path}:{lineno}: both entities must be http(s) IRIs, got {iri!r} and {other!r}")
            cur.decisions.append(Decision(decision, iri, other, row[3].strip() if len(row) > 3 else ""))
    return cur
