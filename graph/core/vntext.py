"""Vietnamese text helpers: one tone-mark style, diacritic folding, slugs.

Vietnamese writes the tone of an open syllable ending in "oa", "oe" or
"uy" on either vowel: "hòa" or "hoà", "ủy" or "uỷ". Both are correct and
both are common in the press. We keep one style, the tone on the first
vowel ("hòa", "ủy"), which most national papers use.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng

# Look-alike letters seen in scraped text, mapped to the Vietnamese ones.
LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})

_WORD = re.compile(r"\w+", re.UNICODE)
_PAIRS = {"oa", "oe", "uy"}


@lru_cache(maxsize=65536)
def _move_tone(word: str) -> str:
    """'hoà' -> 'hòa', 'uỷ' -> 'ủy', 'Thuỵ' -> 'Thụy'; other words unchanged."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) != 1:
        return word
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    bare = unicodedata.normalize("NFC", bare)
    if len(bare) < 2 or bare[-2:].lower() not in _PAIRS:
        return word
    # 'qu' + 'y' is a consonant and a vowel ("quý"), not the pair "uy".
    if bare[-2:].lower() == "uy" and len(bare) >= 3 and bare[-3].lower() == "q":
        return word
    # Only the open pair takes the rule: a third vowel before it ("khuỷu"
    # style words) would make it a triphthong.
    if len(bare) >= 3 and bare[-3].lower() in "aăâeêioôơuưy":
        return word
    first = unicodedata.normalize("NFC", bare[-2] + tones[0])
    return bare[:-2] + first + bare[-1]


# In composed (NFC) text, only a word that ends in one of the pairs with the
# tone on its second vowel can change: the rest need not be looked at. (Such
# a word is matched from its start, "\b": no attempt from inside a word.)
_PAIR_TONED_ON_SECOND_VOWEL = r"(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)"
_TONED_PAIR = re.compile(_PAIR_TONED_ON_SECOND_VOWEL)
_TONE_ON_SECOND_VOWEL = re.compile(r"\b\w*" + _PAIR_TONED_ON_SECOND_VOWEL)


def normalise_tones(text: str) -> str:
    """Rewrite every word to the tone-on-first-vowel style."""
    words = _TONE_ON_SECOND_VOWEL if unicodedata.is_normalized("NFC", text) else _WORD
    if words is _TONE_ON_SECOND_VOWEL and not _TONED_PAIR.search(text):
        return text         # (most texts: the pair alone is found faster than the words that end in it)
    return words.sub(lambda m: _move_tone(m.group(0)), text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase ASCII form: diacritics removed, đ -> d ("Tô Lâm" -> "to lam")."""
    text = unicodedata.normalize("NFD", text.translate(LOOKALIKES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("đ", "d").replace("Đ", "D").lower()


def slugify(text: str, limit: int = 80) -> str:
    """ASCII slug for IRIs: "Phan Thăng An" -> "phan-thang-an"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "x"


@lru_cache(maxsize=131072)
def comparable(text: str) -> str:
    """Key for comparing surface forms: NFC, one tone style, casefolded,
    spacing collapsed."""
    text = unicodedata.normalize("NFC", text.translate(LOOKALIKES))
    return " ".join(normalise_tones(text).casefold().split())


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


# The Vietnamese alphabet: a letter with a breve, circumflex or horn, and
# đ, is a letter of its own, after its base letter ("Đ" after "D").
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_MARKS = "\u0306\u0302\u031b"   # breve, circumflex, horn


def collation_key(text: str) -> tuple:
    """Sort key for Vietnamese alphabetical order, word by word: letters
    first (the Vietnamese alphabet, then digits and other characters by code
    point), tone marks second (none, huyền, sắc, hỏi, ngã, nặng), the text
    as written last."""
    folded = [_collation_of(ch) for ch in unicodedata.normalize("NFC", text).casefold()]
    return tuple(letter for letter, _ in folded), tuple(tone for _, tone in folded), text


@lru_cache(maxsize=4096)
def _collation_of(ch: str) -> tuple[tuple[int, int], int]:
    """(letter position, tone) of one casefolded character."""
    parts = unicodedata.normalize("NFD", ch)
    tone = next((c for c in parts if c in TONE_MARKS), " ")
    letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
    if letter.isspace():
        position = (-1, 0)                  # word by word: "Tô Lâm" before "Tôa"
    elif len(letter) == 1 and letter in _ALPHABET:
        position = (0, _ALPHABET.index(letter))
    else:
        position = (1, ord(letter[0]) if letter else 0)
    return position, " \u0300\u0301\u0309\u0303\u0323".index(tone)
