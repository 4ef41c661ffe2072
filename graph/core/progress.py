"""One progress line on stderr, refreshed at most once a second, and only
when stderr is a terminal (a log file gets the summary alone)."""
from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, enabled: bool, verb: str = "built", unit: str = "articles") -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.verb, self.unit = verb, unit
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, done: int, total: int | None = None, note: str = "", force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 1.0):
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        count = f"{done}/{total}" if total is not None else f"{done}"
        print(f"\r{self.verb} {count} {self.unit} ({rate:.1f}/s){note}", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.enabled:
            print(file=sys.stderr)
