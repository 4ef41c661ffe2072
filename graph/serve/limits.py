"""What the front accepts from a client before anything reaches the engine:
a path without NUL bytes or broken escapes, a Content-Length that is a
number within the size limit, a body that arrives in time, text that is
UTF-8. Anything else is a ``Refused`` with its status and a one-line reason.
"""
from __future__ import annotations

import socket
import urllib.parse
from http.client import HTTPMessage
from typing import BinaryIO

#: at most this many fields in a form or a query string
MAX_FIELDS = 10_000


class Refused(Exception):
    """A request answered with ``status``; ``unread`` when its body was left
    unread (the connection is then drained before it is closed)."""

    def __init__(self, status: int, message: str, unread: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.unread = unread


def split_target(target: str) -> tuple[str, str]:
    """The request target's path (decoded) and its query string (raw)."""
    url = urllib.parse.urlsplit(target)
    try:
        path = urllib.parse.unquote(url.path, errors="strict")
    except UnicodeDecodeError as exc:
        raise Refused(400, "the path has percent-escapes that are not UTF-8") from exc
    if "\x00" in path or "\x00" in target:
        raise Refused(400, "the path has a NUL byte")
    return path, url.query


def fields(encoded: str) -> dict[str, list[str]]:
    """A query string or urlencoded form, every escape checked."""
    try:
        return urllib.parse.parse_qs(encoded, keep_blank_values=True, errors="strict",
                                     max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError as exc:
        raise Refused(400, "a field has percent-escapes that are not UTF-8") from exc
    except ValueError as exc:
        raise Refused(400, f"too many fields (at most {MAX_FIELDS})") from exc


def text(body: bytes, what: str = "the body") -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(400, f"{what} is not UTF-8 (byte 0x{body[exc.start]:02x} at offset {exc.start})") from exc


def read_body(headers: HTTPMessage, stream: BinaryIO, max_bytes: int | None) -> bytes:
    """The request body, as long as its Content-Length says and no longer
    than ``max_bytes`` (None: no limit)."""
    if headers.get("Transfer-Encoding"):
        raise Refused(411, "send the body with a Content-Length (chunked bodies are not accepted)", unread=True)
    values = headers.get_all("Content-Length") or []
    if not values:
        return b""
    if len(set(v.strip() for v in values)) > 1:
        raise Refused(400, "two different Content-Length headers")
    raw = values[0].strip()
    if not (raw.isascii() and raw.isdigit()):
        raise Refused(400, f"Content-Length is not a number of bytes: {raw[:40]!r}")
    length = int(raw)
    if max_bytes is not None and length > max_bytes:
        raise Refused(413, f"the body of {length} bytes is above this endpoint's limit of {max_bytes} bytes "
                           f"(cadregraph serve --max-request-kb)", unread=True)
    try:
        body = stream.read(length)
    except (socket.timeout, TimeoutError) as exc:
        raise Refused(408, "the body did not arrive in time") from exc
    if len(body) < length:
        raise Refused(400, f"the body ended after {len(body)} of {length} bytes")
    return body
