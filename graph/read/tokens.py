"""Tokens with character offsets: words (abbreviations such as "T.Ư",
"TT&TT", "Đ/c" stay whole), numbers and single punctuation marks."""
from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w+(?:[.&/']\w+)*|[^\w\s]", re.UNICODE)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    is_word: bool            # starts with a letter or digit
    is_capitalised: bool


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        out.append(Token(word, m.start() + offset, m.end() + offset, word[0].isalnum(), word[0].isupper()))
    return out
