"""Near-duplicate texts: the same agency story republished by several papers,
with another headline, a credit line or a paragraph less, is one text.

A text's fingerprint is a MinHash signature of its shingles (runs of four
words, case and tone-mark encoding folded): the share of equal positions in
two signatures estimates the Jaccard similarity of the two shingle sets.
Texts are candidates when one of their bands (four positions hashed
together) is equal, which finds a pair at similarity 0.7 with probability
0.99 and at 0.3 with 0.12; a candidate is a copy when its signatures agree
on at least ``THRESHOLD`` of the positions."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 64
ROWS = 4                       # positions per band
BANDS = PERMUTATIONS // ROWS
SHINGLE = 4                    # words
THRESHOLD = 0.7
FEWEST_SHINGLES = 30           # shorter texts are too short to call copies
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
# fixed: signatures stored by one run are compared by the next
_A, _B = (np.random.default_rng(20240305).integers(1, 1 << 32, size=(2, PERMUTATIONS), dtype=np.uint64))
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    signature: tuple[int, ...]

    def bands(self) -> list[str]:
        """One key per band: "07:1f3a…" (band 7)."""
        out = []
        for band in range(BANDS):
            rows = self.signature[band * ROWS:(band + 1) * ROWS]
            digest = hashlib.blake2b(" ".join(map(str, rows)).encode(), digest_size=8).hexdigest()
            out.append(f"{band:02d}:{digest}")
        return out

    def similarity(self, other: "Fingerprint") -> float:
        return sum(a == b for a, b in zip(self.signature, other.signature)) / PERMUTATIONS

    def encode(self) -> str:
        return "".join(f"{value:08x}" for value in self.signature)

    @classmethod
    def decode(cls, text: str) -> "Fingerprint":
        return cls(tuple(int(text[i:i + 8], 16) for i in range(0, len(text), 8)))


@dataclass(frozen=True)
class TextCopy:
    """The fingerprint of an article's text, and the article it repeats."""
    fingerprint: Fingerprint | None
    same_as: str | None = None        # IRI of the first copy, found by the build


def fingerprint(text: str) -> Fingerprint | None:
    """The text's fingerprint; None for a text too short to compare."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    if len(shingles) < FEWEST_SHINGLES:
        return None
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "big")
                          for s in sorted(shingles)), dtype=np.uint64, count=len(shingles))
    with np.errstate(over="ignore"):
        permuted = ((np.outer(hashes, _A) + _B) % _PRIME) & _MASK
    return Fingerprint(tuple(int(v) for v in permuted.min(axis=0)))
