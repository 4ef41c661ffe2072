"""One writer per store folder.

A build reads the identities already in the store, then mints IRIs for the
persons it has not met. Two builds that interleave their batches would each
mint from what they read at their start, and give two namesakes one IRI.
So whatever writes identities (a build, a curation, reasoning) holds this
lock from its first read to its last write; a second writer waits for it.
Readers are not held up: they take the store's own lock between batches.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

WRITER_LOCK = "cadregraph.writer.lock"


class WriterLock:
    """An exclusive advisory lock (fcntl.flock) on a store folder's writer
    file; the kernel releases it when its holder dies, even by SIGKILL."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / WRITER_LOCK
        self._fh = None

    def try_acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "a+")
        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        self._mark()
        return True

    def acquire(self) -> None:
        """Wait as long as the other writer writes."""
        fcntl.flock(self._fh, fcntl.LOCK_EX)
        self._mark()

    def holder(self) -> str:
        return self.path.read_text().strip() or "another process"

    def _mark(self) -> None:
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(str(os.getpid()))
        self._fh.flush()

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
