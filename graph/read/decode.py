"""Bytes -> text, with a strict check: a file (or a JSONL line) is read in
the first supported encoding it is valid and plausible text in, and is
refused, with the reason, when it is text in none of them.

Supported: UTF-8 (a BOM is dropped), UTF-16 with a byte-order mark,
Windows-1258 (Vietnamese saved on Windows: base letters, then combining tone
marks) and Windows-1252 (Latin-1 as browsers read it). UTF-8 with a few bytes
that are not UTF-8 (a file cut inside its last character, one damaged byte)
stays UTF-8: the bad bytes become U+FFFD and the note says how many, so one
byte never garbles the whole text.
"""
from __future__ import annotations

import re

SUPPORTED = "UTF-8, UTF-16 with a byte-order mark, Windows-1258, Windows-1252"

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
# Letters (and the đồng sign) that Windows-1258 has and Windows-1252 lacks.
_VIETNAMESE_ONLY = re.compile("[ăĂđĐơƠưƯ₫\u0300\u0301\u0303\u0309\u0323]")
# What text files do not hold: C0 controls but tab, line feed, form feed and
# carriage return; DEL; C1 controls. Random bytes are about one in eight.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_STRAY_CONTROLS = 5          # a text may hold a few, plus one in a hundred characters
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
# Valid UTF-8 outweighs the bytes that are not by this much: one damaged
# byte among Vietnamese letters, not a legacy file with an accidental pair.
_UTF8_EVIDENCE = 4


class NotText(ValueError):
    """The bytes are not text in any supported encoding."""

    def __init__(self) -> None:
        super().__init__(f"not text in any supported encoding ({SUPPORTED})")


def _clean_cp1258(text: str) -> bool:
    """In real Windows-1258 text every tone mark follows a vowel."""
    return all(i > 0 and text[i - 1] in _VOWELS for i, ch in enumerate(text) if ch in _TONE_MARKS)


def plausible(text: str) -> bool:
    """Text, not binary data: hardly any control characters."""
    return len(_CONTROL.findall(text)) <= _STRAY_CONTROLS + len(text) // 100


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """The text when ``data`` is UTF-8 but for a few bytes (each then
    U+FFFD), and how many bytes were replaced."""
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED_BYTE.findall(text))
    wide = sum(1 for ch in text if ch > "\x7f") - bad
    if wide < _UTF8_EVIDENCE * bad:
        return None
    return _ESCAPED_BYTE.sub("\ufffd", text), bad


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of ``data`` and a note when it was not plain UTF-8 (the
    encoding used, or the bytes replaced). Raises ``NotText``."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            pass
        else:
            if plausible(text[1:] if text.startswith("\ufeff") else text):
                return text.lstrip("\ufeff"), "read as utf-16"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if plausible(text):
            return text, None
        raise NotText()
    mostly = _mostly_utf8(data)
    if mostly and plausible(mostly[0]):
        return mostly[0], f"{mostly[1]} byte(s) that are not UTF-8 replaced by U+FFFD"
    for encoding, note in (("cp1258", "read as cp1258"), ("cp1252", "read as latin-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1258" and not (_clean_cp1258(text) and _VIETNAMESE_ONLY.search(text)):
            continue
        if plausible(text):
            return text, note
    raise NotText()
