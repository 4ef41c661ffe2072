"""No code path fetches anything at run time: the whole main job runs with
every socket connection refused."""
from __future__ import annotations

import subprocess
import sys

from conftest import SAMPLES

CUT = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network access attempted: " + repr(args[1:] if len(args) > 1 else args))
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from cadregraph.cli import main
for argv in [a.split("|") for a in sys.argv[1:]]:
    code = main(argv)
    if code:
        raise SystemExit(f"{argv[0]} exited {code}")
"""


def test_main_job_runs_with_the_network_cut(tmp_path):
    store, site = str(tmp_path / "store"), str(tmp_path / "site")
    steps = [f"build|{SAMPLES}|--store|{store}|--quiet|--jobs|2", f"query|career|--param|name=Tô Lâm|--store|{store}",
             f"reason|--store|{store}", f"validate|--store|{store}", f"view|--store|{store}|-o|{site}",
             f"dump|--store|{store}|--format|trig|-o|{tmp_path / 'd.trig'}", f"analyse|--store|{store}"]
    done = subprocess.run([sys.executable, "-c", CUT, *steps], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "network access attempted" not in done.stderr
    assert "Bộ Công an" in done.stdout
    page = (tmp_path / "site" / "graph.html").read_text(encoding="utf-8")
    assert "https://" not in page.split("<script type=\"application/json\"")[0], "no remote asset in the page head"
