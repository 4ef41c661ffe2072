"""Whether a SPARQL request would make the server fetch from elsewhere:
``SERVICE`` in a query or update, ``LOAD`` in an update. The engine can
reach any address the machine can, so these are refused unless the user
starts the server with ``--allow-federation``.

The check reads the request as the SPARQL grammar tokenises it: comments,
string literals and IRIs are skipped (a literal "service" or an IRI ending
in /load is harmless), then a keyword counts wherever it stands as a word
of its own, in any letter case. Codepoint escapes (``\\u0053ERVICE``) are
decoded first, as the SPARQL 1.1 grammar says they may be. Erring on the
safe side is allowed: a prefixed name such as ``ex:a.service`` is refused too.
"""
from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# what the tokenizer steps over whole: long strings first, then short ones,
# IRIs, comments (a '#' inside an IRI or a string is consumed with it)
_SKIP = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
                   r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'"
                   r'|<[^<>"{}|^`\\\x00-\x20]*>' r"|#[^\n\r]*", re.S)
# a keyword is a word of its own: not the tail of a variable (?service),
# a prefixed name (ex:service, service:x), a blank node (_:service) or a longer word
_KEYWORD = re.compile(r"(?<![\w?$:\-])(SERVICE|LOAD)(?![\w:\-])", re.I)


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16))
                       if int(m.group(1) or m.group(2), 16) <= 0x10FFFF else m.group(0), text)


def federated_keyword(sparql: str) -> str | None:
    """``"SERVICE"`` or ``"LOAD"`` if the request uses it, else None."""
    code = _SKIP.sub(" ", _unescaped(sparql))
    match = _KEYWORD.search(code)
    return match.group(1).upper() if match else None
