"""Tokens with character offsets: words (abbreviations such as "T.Ư",
"TT&TT", "Đ/c" stay whole), numbers and single punctuation marks."""
from __future__ import annotations

import re
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

_TOKEN = re.compile(r"\w+(?:[.&/']\w+)*|[^\w\s]", re.UNICODE)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    is_word: bool            # starts with a letter or digit
    is_capitalised: bool


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # (mapped with functions written in C, no Python code run for each of an article's thousands of tokens)
    matches = list(_TOKEN.finditer(text))
    words = list(map(re.Match.group, matches))
    firsts = list(map(itemgetter(0), words))
    starts, ends = map(re.Match.start, matches), map(re.Match.end, matches)
    if offset:
        starts, ends = map(offset.__add__, starts), map(offset.__add__, ends)
    fields = zip(words, starts, ends, map(str.isalnum, firsts), map(str.isupper, firsts))
    return list(map(tuple.__new__, repeat(Token), fields))      # (Token(*f) without its Python __new__)
