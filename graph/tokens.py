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

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(0), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
