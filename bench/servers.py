"""Local SPARQL servers for the tests and the benchmarks: an Oxigraph
server and a Virtuoso Open Source server, each on free loopback ports with
its database in a folder of its own, stopped on exit."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 600
MaxQueryCostEstimationTime = 0
"""


class Missing(RuntimeError):
    """The server's program is not installed."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server stopped at start (exit {proc.returncode})")
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer {url} within {seconds:.0f} s")


@contextmanager
def _running(command: list[str], ready: str, cwd: Path) -> Iterator[None]:
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(ready, proc)
        yield
    finally:
        proc.terminate()
        proc.wait(30)


@contextmanager
def oxigraph(folder: Path) -> Iterator[str]:
    """``oxigraph serve`` on ``folder``; yields its base URL."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        raise Missing("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with _running([binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                  url + "/query?query=ASK%7B%7D", folder):
        yield url


@contextmanager
def virtuoso(folder: Path, memory_gb: float = 0.1) -> Iterator[str]:
    """``virtuoso-t`` with a fresh database in ``folder`` (``memory_gb`` of
    buffers), the anonymous SPARQL user allowed to update (the server
    listens on loopback only); yields the URL of its /sparql endpoint."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if not binary or not isql:
        raise Missing("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    sql, http = free_port(), free_port()
    buffers = max(10_000, int(memory_gb * 1e9 / 8700))       # 8 KB pages and their overhead
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http, buffers=buffers,
                                                             dirty=buffers * 3 // 4))
    url = f"http://127.0.0.1:{http}/sparql"
    with _running([binary, "-f", "-c", str(folder / "virtuoso.ini")], url + "?query=ASK%7B%7D", folder):
        granted = subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                                 capture_output=True, text=True, timeout=30)
        if granted.returncode != 0:
            raise RuntimeError(f"cannot grant SPARQL updates: {granted.stdout}{granted.stderr}")
        yield url
