"""The shape of a Vietnamese syllable, and words glued by lost spaces.

Every Vietnamese word is written as syllables of one shape: an optional
initial consonant, a vowel nucleus, an optional final consonant and at
most one tone mark. Text copied from PDFs and legal databases loses the
space at line ends ("Luật Tổ chức Chính phủngày 25 tháng 12", "TổngBí
thư", "PHÊDUYỆT"); a token that is no syllable but splits into syllables
the same article writes elsewhere is such a glued pair.

Tokens of Latin letters only (names, brands, "online") and capitalised
tokens whose parts do not all carry Vietnamese letters ("Êban", an Ê Đê
family name), or carry no tone mark and are not both written alone
elsewhere in the article ("Khămphăn", a Lao name), are left alone.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_NUCLEUS = ("(?:uyê|uya|uyu|oai|oay|oeo|uôi|ươi|ươu|iêu|yêu|uây|iê|yê|uô|ươ|oa|oe|uê|uơ|uy|ưa|ia|ua|"
            "ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu|a|e|ê|i|o|ô|ơ|u|ư|y)")
_FINAL = "(?:ch|nh|ng|c|m|n|p|t)"
# ă and â never end a syllable: "văn", "tân", never "vă".
_SYLLABLE = re.compile(f"{_INITIAL}(?:{_NUCLEUS}{_FINAL}?|(?:oă|uâ|ă|â){_FINAL})")
_VIETNAMESE_LETTER = re.compile("[đăâêôơưĐĂÂÊÔƠƯ\u0300-\u036f]")
_ONLY_VIETNAMESE = re.compile("[đĐ\u0306\u0302\u031b\u0309\u0323]")
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\S*[^\x00-\x7f]\S*")       # a token with a letter beyond ASCII
_LETTERS = re.compile(r"[^\W\d_]+")
@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether a word has the shape of one Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(c in _TONES for c in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return bool(_SYLLABLE.fullmatch(bare))


def glued_syllables(word: str) -> bool:
    """A word of two or three syllables written as one, as the press
    writes Lao names in Vietnamese letters ("Khămphăn", "Vôngsay")."""
    low = word.lower()
    if not low.isalpha() or is_syllable(low):
        return False
    return any(is_syllable(low[:a]) and (is_syllable(low[a:]) or any(
        is_syllable(low[a:b]) and is_syllable(low[b:]) for b in range(a + 1, len(low))))
        for a in range(1, len(low)))


def _toned(word: str) -> bool:
    return any(c in _TONES for c in unicodedata.normalize("NFD", word))


def _vietnamese(word: str) -> bool:
    return bool(_VIETNAMESE_LETTER.search(unicodedata.normalize("NFD", word)))


def vietnamese_letters(word: str) -> bool:
    """Whether a word has a letter or mark only Vietnamese writes among
    Latin scripts: đ, ă, â, ê, ô, ơ, ư, or a hook or dot below."""
    return bool(_ONLY_VIETNAMESE.search(unicodedata.normalize("NFD", word)))


def _vietnamese_syllable(word: str) -> bool:
    return word.isalpha() and is_syllable(word) and _vietnamese(word)


def _split(word: str, seen: Callable[[], Counter]) -> list[str]:
    """A letters-only word that is no syllable, as the two syllables it is
    glued from: the parts the article writes most on their own, then the
    earliest cut. Unchanged when it is no such pair."""
    if len(word) < 4 or is_syllable(word) or not _vietnamese(word):
        return [word]
    best: tuple[float, list[str]] | None = None
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        if not (is_syllable(head) and is_syllable(tail)):
            continue
        counts = seen()
        score = math.log1p(counts[head.lower()]) + math.log1p(counts[tail.lower()])
        if best is None or score > best[0]:
            best = (score, [head, tail])
    if best is None:
        return [word]
    head, tail = best[1]
    if word[0].isupper() and not word.isupper() and (not (_vietnamese(head) and _vietnamese(tail)) or (
            not _toned(word) and not (counts[head.lower()] and counts[tail.lower()]))):
        # a capitalised name of a minority people ("Êban"), or a Lao name in Vietnamese letters and no
        # tone marks whose halves the article never writes alone ("Khămphăn", "Vôngsay")
        return [word]
    return best[1]


def _cuts(token: str) -> list[int]:
    """Where a space was lost inside a token: between a letter and a digit
    ("ngày22", "100năm"), a lowercase letter and a capital ("TổngBí",
    "theoQuyết"), after a punctuation mark ("hội nghị.Đồng chí"), or capitals and lowercase letters ("TWngày"), when the
    letters on the word's side make a Vietnamese syllable."""
    words = [(m.start(), m.end()) for m in _LETTERS.finditer(token)]
    cuts = []
    for (a, b), nxt in zip(words, [*words[1:], None]):
        if b < len(token) and token[b].isdigit() and _vietnamese_syllable(token[a:b]):
            cuts.append(b)
        if a > 0 and token[a - 1].isdigit() and _vietnamese_syllable(token[a:b]):
            cuts.append(a)
        if (nxt and nxt[0] == b + 1 and token[b] in ".!?;:," and token[b - 1].islower()
                and token[nxt[0]].isupper() and is_syllable(token[a:b]) and _first_word_syllable(token, *nxt)):
            cuts.append(nxt[0])
        for k in range(a + 1, b - 1):
            lower_upper = token[k - 1].islower() and token[k].isupper() and token[k + 1].islower()
            caps_lower = k >= a + 2 and token[k - 2:k].isupper() and token[k:k + 2].islower()
            if not (lower_upper or caps_lower):
                continue        # (most letters: no change of case here)
            head = token[a:k][-8:]
            head = head[next((i for i in range(len(head) - 1, -1, -1) if head[i].isupper()), 0):]
            tail = token[k:b]
            tail = tail[:next((i for i in range(1, len(tail)) if tail[i].isupper()), len(tail))]
            if lower_upper and is_syllable(head) and is_syllable(tail) and (_vietnamese(head) or _vietnamese(tail)):
                cuts.append(k)
            elif caps_lower and _vietnamese_syllable(tail) and not is_syllable(token[k - 1:k] + tail):
                cuts.append(k)
    return sorted(set(cuts))


def _first_word_syllable(token: str, a: int, b: int) -> bool:
    """The capitalised word at the start of token[a:b] is a Vietnamese
    syllable ("Đồng" of "hội.Đồng")."""
    end = next((k for k in range(a + 1, b) if token[k].isupper()), b)
    return _vietnamese_syllable(token[a:end])


def _mend(token: str, seen: Callable[[], Counter]) -> str:
    if token.isalpha() and is_syllable(token):
        return token            # most words: one syllable, nothing to mend
    cuts = _cuts(token)
    pieces = [token[a:b] for a, b in zip([0, *cuts], [*cuts, len(token)])]
    return " ".join(" ".join(_split(p, seen)) if p.isalpha() else p for p in pieces)


def unglue(text: str) -> str:
    """Put back the spaces lost between words (see the module's docstring)."""
    words: list[Counter] = []

    def seen() -> Counter:      # the article's own words, counted once a glued token needs them
        if not words:
            words.append(Counter(w.lower() for w in _WORD.findall(text) if is_syllable(w)))
        return words[0]

    # each token once (an article writes most of them again and again), then only those that change
    mended = {token: new for token in set(_TOKEN.findall(text)) if (new := _mend(token, seen)) != token}
    if not mended:
        return text
    return _TOKEN.sub(lambda m: mended.get(m.group(0), m.group(0)), text)
