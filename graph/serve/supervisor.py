"""The front's hold on the engine process: start it, send it requests,
and stop a request that outlives its deadline by killing the engine and
starting a fresh one (a running Oxigraph query cannot be interrupted; a
killed engine frees its CPU and memory at once, and the store, crash-safe,
loses nothing).

Requests that were running in the killed engine on someone else's behalf
are sent again, once, to the new engine when they are safe to repeat
(queries, and the token holder's writes, which replace whole graphs); an
anonymous update caught that way is answered 503 and not repeated.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Iterator

from ..core.errors import StoreError
from . import wire

START_SECONDS = 60


class Stopped(Exception):
    """The request ran past its deadline; the engine was restarted to stop it."""


class EngineLost(Exception):
    """The engine died under the request (it was restarted)."""


class Supervisor:
    def __init__(self, location: Path, allow_federation: bool) -> None:
        self.location = location
        self.allow_federation = allow_federation
        self.folder = Path(tempfile.mkdtemp(prefix="cadregraph-engine-"))    # mode 0700
        self.generation = 0
        self.proc: subprocess.Popen | None = None
        self.socket_path = ""
        self._lock = threading.Lock()
        with self._lock:
            self._start()

    # ---------------------------------------------------------- life cycle
    def _start(self) -> None:
        self.generation += 1
        self.socket_path = str(self.folder / f"engine-{self.generation}.sock")
        log = self.folder / "engine.log"
        with open(log, "wb") as errors:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "cadregraph.serve.engine", self.socket_path, str(self.location),
                 *(["--allow-federation"] if self.allow_federation else [])],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        if _line_within(self.proc.stdout, START_SECONDS) != b"ready\n":
            self.proc.kill()
            self.proc.wait()
            detail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            raise StoreError(f"the query engine did not start: {detail[-1] if detail else 'no answer'}")

    def _kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        Path(self.socket_path).unlink(missing_ok=True)

    def restart(self, generation: int) -> None:
        """Kill the engine of ``generation`` and start another (nothing to do
        if that one was replaced already)."""
        with self._lock:
            if generation == self.generation:
                self._kill()
                self._start()

    def stop(self) -> None:
        with self._lock:
            self._kill()
            if self.proc is not None:
                self.proc.stdin.close()
        for leftover in self.folder.iterdir():
            leftover.unlink(missing_ok=True)
        self.folder.rmdir()

    @property
    def pid(self) -> int:
        return self.proc.pid

    # ------------------------------------------------------------ requests
    def _connect(self) -> tuple[socket.socket, int]:
        with self._lock:
            path, generation = self.socket_path, self.generation
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(path)
        except OSError as exc:
            sock.close()
            raise EngineLost(str(exc)) from exc
        return sock, generation

    def call(self, head: dict, body: bytes = b"", deadline: float | None = None,
             repeatable: bool = True) -> tuple[dict, bytes]:
        """Send a request and wait for the whole answer: (head, body)."""
        for attempt in (1, 2):
            sock, generation = self._connect_or_lost()
            try:
                wire.send(sock, head, body)
                reader = wire.Reader(sock, deadline)
                return reader.head(), reader.body()
            except wire.Late as exc:
                self.restart(generation)
                raise Stopped() from exc
            except (wire.Cut, OSError) as exc:
                replaced = self._lost(generation)
                if not (replaced and repeatable and attempt == 1):
                    raise EngineLost(str(exc)) from exc
            finally:
                sock.close()
        raise AssertionError("unreachable")

    def stream(self, head: dict) -> tuple[dict, Iterator[bytes]]:
        """Send a request whose answer comes frame by frame: (head, frames);
        the frames raise ``wire.Cut`` if the engine stops before the end."""
        sock, _ = self._connect_or_lost()
        wire.send(sock, head)
        reader = wire.Reader(sock)
        answer = reader.head()

        def frames() -> Iterator[bytes]:
            try:
                yield from reader.frames()
            finally:
                sock.close()
        return answer, frames()

    def _connect_or_lost(self) -> tuple[socket.socket, int]:
        try:
            return self._connect()
        except EngineLost:
            with self._lock:
                generation = self.generation
            self._lost(generation)
            return self._connect()

    def _lost(self, generation: int) -> bool:
        """After a broken exchange: True if the engine had been replaced
        meanwhile (by a restart for someone else's request); else, if the
        engine died on its own, start another."""
        with self._lock:
            if generation != self.generation:
                return True
            if self.proc.poll() is not None:
                self._kill()
                self._start()
        return False


def _line_within(stream, seconds: float) -> bytes:
    """The first line of a pipe, or b"" if none comes in time."""
    out: list[bytes] = []
    reader = threading.Thread(target=lambda: out.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(seconds)
    return out[0] if out else b""
