"""How the front and the engine talk over their Unix socket.

A message is one JSON line (the head) followed by frames, each a hex length
on its own line and that many bytes, and an empty frame ("0") at the end. A
message that stops before its empty frame was cut short (the engine was
stopped, or crashed): the reader raises ``Cut`` and nobody mistakes the
bytes read so far for a whole answer.
"""
from __future__ import annotations

import json
import socket
import time
from typing import Iterator

FRAME = 1 << 16


class Cut(Exception):
    """The other side closed the connection in the middle of a message."""


class Late(Exception):
    """The deadline passed while waiting for the other side."""


def send(sock: socket.socket, head: dict, body: bytes = b"") -> None:
    """A whole message: head, body, end."""
    send_head(sock, head)
    for start in range(0, len(body), FRAME):
        send_frame(sock, body[start:start + FRAME])
    send_end(sock)


def send_head(sock: socket.socket, head: dict) -> None:
    sock.sendall(json.dumps(head, ensure_ascii=True).encode("ascii") + b"\n")


def send_frame(sock: socket.socket, data: bytes) -> None:
    if data:
        sock.sendall(b"%x\n" % len(data) + data)


def send_end(sock: socket.socket) -> None:
    sock.sendall(b"0\n")


class Reader:
    """Reads messages from a socket, each recv bounded by ``deadline``
    (a time.monotonic() value; None waits as long as it takes)."""

    def __init__(self, sock: socket.socket, deadline: float | None = None) -> None:
        self.sock = sock
        self.deadline = deadline
        self.buf = bytearray()

    def _fill(self) -> None:
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise Late()
            self.sock.settimeout(left)
        try:
            chunk = self.sock.recv(FRAME)
        except socket.timeout as exc:
            raise Late() from exc
        except OSError as exc:
            raise Cut(str(exc)) from exc
        if not chunk:
            raise Cut("connection closed")
        self.buf += chunk

    def _line(self) -> bytes:
        while (end := self.buf.find(b"\n")) < 0:
            if len(self.buf) > FRAME:
                raise Cut("a head line longer than a frame")
            self._fill()
        line = bytes(self.buf[:end])
        del self.buf[:end + 1]
        return line

    def head(self) -> dict:
        try:
            return json.loads(self._line())
        except ValueError as exc:
            raise Cut(f"not a message head: {exc}") from exc

    def frames(self) -> Iterator[bytes]:
        while True:
            try:
                size = int(self._line(), 16)
            except ValueError as exc:
                raise Cut("not a frame length") from exc
            if size == 0:
                return
            while len(self.buf) < size:
                self._fill()
            data = bytes(self.buf[:size])
            del self.buf[:size]
            yield data

    def body(self) -> bytes:
        return b"".join(self.frames())
