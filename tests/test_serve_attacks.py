"""`cadregraph serve` under attack (issue 17, defects 7-14): nothing lets a
request fetch from elsewhere, reach the store behind the front, outlive its
time limit, read more than the cap, crash a thread, or be read by another
site's page; and a killed server leaves nothing running behind it.
Loopback only; every wait is bounded."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import copy_store, run_cli
from test_serve import Server, http

pytestmark = pytest.mark.server
# a query that would run for minutes on the sample store, and one that
# streams nothing for as long (no aggregate: rows would come one by one)
AGGREGATE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
STREAMING = 'SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(CONCAT(STR(?a), STR(?d), STR(?g)) = "không có") }'
QUERY = "application/sparql-query"


@pytest.fixture(scope="module")
def served_store(sample_kg, tmp_path_factory):
    return copy_store(sample_kg, tmp_path_factory.mktemp("attacked") / "store")


@pytest.fixture(scope="module")
def server(served_store):
    s = Server(served_store, "--timeout", "2", "--max-rows", "5", "--allow-updates")
    yield s
    s.stop()


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            out += children
            todo += children
    return out


def _listening_ports(pids: list[int]) -> set[int]:
    """The TCP ports the processes listen on (from /proc)."""
    inodes = set()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def _cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


class Recorder:
    """A loopback HTTP server that records every request made to it."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                hits.append(self.path)
                body = b'{"head":{"vars":["x"]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            do_POST = do_GET

            def log_message(self, *args):
                pass
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _raw(port: int, request: bytes, timeout: float = 10) -> str:
    """Send bytes as they are; the reply's status line (or what happened)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        try:
            reply = sock.recv(4096).decode("latin-1")
        except (ConnectionResetError, TimeoutError, socket.timeout) as exc:
            return f"no reply: {type(exc).__name__}"
    return reply.split("\r\n", 1)[0] if reply else "no reply: connection closed"


# ----------------------------------------------------------------- defect 7
def test_service_and_load_never_reach_another_address(server):
    target = Recorder()
    try:
        service = f"SELECT * WHERE {{ SERVICE <{target.url}/sparql> {{ ?s ?p ?o }} }}"
        for text in (service, service.replace("SERVICE", "service"), service.replace("SERVICE", "\n.SeRvIcE")):
            status, _, body = http(server.url + "/sparql", text.encode(), {"Content-Type": QUERY})
            assert status == 403 and b"--allow-federation" in body, (status, body)
        status, _, body = http(server.url + "/sparql", f"LOAD <{target.url}/data.ttl>".encode(),
                               {"Content-Type": "application/sparql-update"})
        assert status == 403 and b"LOAD" in body, (status, body)
        time.sleep(0.5)
        assert target.hits == [], "the server fetched from another address"
    finally:
        target.close()


@pytest.mark.parametrize("text, word", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
    ("select * {?s ?p ?o .service<http://x/>{?a ?b ?c}}", "SERVICE"),
    ("SELECT * { sErViCe SILENT ?x {} }", "SERVICE"),
    ("SELECT * {\n# một ghi chú\nSERVICE\n<x>{}}", "SERVICE"),
    ("SELECT * { \\u0053ERVICE <http://x/> {} }", "SERVICE"),
    ('SELECT * {?s <p> """a"b""" SERVICE <x> {}}', "SERVICE"),
    ("load silent <http://x/> into graph <https://g/>", "LOAD"),
    ('SELECT * { ?s ?p "service" }', None),
    ("SELECT ?service WHERE { ?service a <http://x/load> }", None),
    ("PREFIX load: <x:> SELECT * { ?s load:x ?o . _:service ?p ?o } # SERVICE <x>", None),
    ('SELECT * { ?s ?p """Dịch vụ\nSERVICE <x> {}""" }', None),
    ("SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }", None),
])
def test_federation_check_reads_sparql_tokens(text, word):
    from cadregraph.serve.federation import federated_keyword
    assert federated_keyword(text) == word


def test_federation_when_the_user_allows_it(served_store, tmp_path):
    target = Recorder()
    s = Server(copy_store_folder(served_store, tmp_path), "--allow-federation")
    try:
        status, _, _ = http(s.url + "/sparql", f"SELECT * WHERE {{ SERVICE <{target.url}/sparql> {{ ?s ?p ?o }} }}"
                            .encode(), {"Content-Type": QUERY})
        assert status == 200 and target.hits, "--allow-federation lets SERVICE through"
    finally:
        s.stop()
        target.close()


def copy_store_folder(folder: Path, tmp_path: Path) -> Path:
    import shutil
    return Path(shutil.copytree(folder, tmp_path / "store"))


# ----------------------------------------------------------------- defect 8
def test_nothing_but_the_front_listens(server):
    pids = [server.proc.pid, *_descendants(server.proc.pid)]
    assert len(pids) > 1, "the engine runs in a child process"
    assert _listening_ports(pids) == {server.port}, "the engine listens on a TCP port of its own"


# ----------------------------------------------------------------- defect 9
@pytest.mark.parametrize("query", [AGGREGATE, STREAMING], ids=["aggregate", "streaming"])
def test_a_timed_out_query_is_stopped_and_said_so(server, query):
    started = time.monotonic()
    status, headers, body = http(server.url + "/sparql", query.encode(),
                                 {"Content-Type": QUERY, "Accept": "application/sparql-results+json"})
    took = time.monotonic() - started
    assert status == 503 and b"longer than 2 s" in body, (status, body[:200])
    assert took < 10
    time.sleep(0.5)
    pids = _descendants(server.proc.pid)
    before = _cpu_seconds(pids)
    time.sleep(3)
    burnt = _cpu_seconds(pids) - before
    print(f"\nanswered 503 after {took:.1f} s; the engine then used {burnt:.2f} s of CPU in 3 s")
    assert burnt < 0.6, "the query goes on computing after its time limit"
    assert headers.get("X-CadreGraph-Timeout") == "2", "a time-out says so in a header of its own"
    q = urllib.parse.quote('ASK { ?p <http://xmlns.com/foaf/0.1/name> "Tô Lâm"@vi }')
    assert json.loads(http(f"{server.url}/sparql?query={q}", headers={"Accept": "application/json"})[2])["boolean"]


def test_a_query_caught_in_a_restart_is_answered(server, served_store):
    """A query of the store's owner (a `cadregraph` command, with the
    token) that is running when another client's query is stopped is sent
    again to the new engine, and answered."""
    token = json.loads((served_store / "serve.json").read_text())["token"]
    owner = {"Content-Type": QUERY, "Accept": "text/csv", "Authorization": f"Bearer {token}"}
    size = int(http(server.url + "/sparql", b"SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c }", owner)[2].split()[-1])
    # each triple with each of 4,000: about five seconds of work, still running when the other is stopped at 2 s
    pairs = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . { SELECT ?d WHERE { ?d ?e ?f } LIMIT 4000 } }"
    answers = {}

    def ask():
        started = time.monotonic()
        answers["owner"] = http(server.url + "/sparql", pairs.encode(), owner)
        answers["took"] = time.monotonic() - started
    thread = threading.Thread(target=ask)
    thread.start()
    time.sleep(0.2)
    status, _, _ = http(server.url + "/sparql", AGGREGATE.encode(), {"Content-Type": QUERY})
    thread.join(120)
    assert status == 503
    status, _, body = answers["owner"]
    print(f"\nthe owner's query was answered after {answers['took']:.1f} s")
    assert answers["took"] > 2
    assert status == 200 and int(body.split()[-1]) == size * 4000, (status, body[:200])


# ---------------------------------------------------------------- defect 10
def test_store_reads_are_capped_like_queries(server):
    status, headers, body = http(server.url + "/store", headers={"Accept": "application/n-quads"})
    assert status == 200 and headers.get("X-CadreGraph-Truncated") == "true"
    assert len(body.decode("utf-8").splitlines()) == 5
    status, headers, body = http(server.url + "/store?default", headers={"Accept": "application/n-triples"})
    assert status == 200 and len(body.splitlines()) == 5


# ---------------------------------------------------------------- defect 11
def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_killed_server_leaves_no_engine_and_later_commands_work(served_store, tmp_path):
    store = copy_store_folder(served_store, tmp_path)
    s = Server(store)
    children = _descendants(s.proc.pid)
    assert children
    s.proc.send_signal(signal.SIGKILL)      # and not reaped yet: a zombie, as under a parent that is busy
    deadline = time.monotonic() + 10
    while any(map(_running, children)) and time.monotonic() < deadline:
        time.sleep(0.1)
    orphans = [pid for pid in children if _running(pid)]
    for pid in orphans:
        os.kill(pid, signal.SIGKILL)
    assert not orphans, "the engine outlived the server"
    out = run_cli("query", "career", "--param", "name=Tô Lâm", "--format", "csv", "--store", str(store),
                  timeout=120)
    s.proc.wait(10)
    assert out.returncode == 0 and "Bộ Công an" in out.stdout, out.stderr


def test_a_serve_record_nobody_answers_gets_a_hint(served_store, tmp_path):
    """serve.json names a live process (its pid taken again by another
    program) and a port where nothing listens."""
    store = copy_store_folder(served_store, tmp_path)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    (store / "serve.json").write_text(json.dumps({"pid": os.getpid(), "url": f"http://127.0.0.1:{port}",
                                                  "token": "0" * 32}))
    out = run_cli("query", "career", "--param", "name=Tô Lâm", "--store", str(store), timeout=60)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "serve.json" in out.stderr and f"process {os.getpid()}" in out.stderr, out.stderr


# ---------------------------------------------------------------- defect 12
@pytest.mark.parametrize("request_bytes, status", [
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
     b"Content-Length: 9\r\n\r\nASK {}\xff\xfe\xfd", "400"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
     b"Content-Length: 11\r\n\r\nquery=%ff%fe", "400"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n", "400"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n", "400"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999\r\n\r\n", "413"),
    (b"GET /index%00.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "400"),
    (b"GET /sparql?query=ASK%7B%7D%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "400"),
    (b"GET /%ff%fe HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "400"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "411"),
], ids=["invalid-utf8-body", "invalid-utf8-form", "length-abc", "length-negative", "length-huge",
        "nul-in-path", "nul-in-query", "bad-escape-in-path", "chunked"])
def test_malformed_requests_get_a_clean_answer(server, request_bytes, status):
    reply = _raw(server.port, request_bytes)
    assert reply.split(" ")[1:2] == [status], reply
    assert http(server.url + "/")[0] == 200, "the server still answers"


def test_request_size_limit(server):
    big = "ASK { " + "?s ?p ?o . " * 120_000 + "}"
    status, _, body = http(server.url + "/sparql", big.encode(), {"Content-Type": QUERY})
    assert status == 413 and b"--max-request-kb" in body


# ---------------------------------------------------------------- defect 13
def test_a_burst_of_connections_waits_instead_of_being_dropped(server):
    """200 clients connect while the server is not accepting (stopped): the
    kernel holds them all in the listen backlog, and each is answered."""
    server.proc.send_signal(signal.SIGSTOP)
    socks = []
    try:
        for _ in range(200):
            s = socket.socket()
            s.settimeout(0.5)
            s.connect(("127.0.0.1", server.port))       # a full backlog drops the handshake: a timeout here
            socks.append(s)
    finally:
        server.proc.send_signal(signal.SIGCONT)
        connected = len(socks)
        for s in socks:
            s.settimeout(30)
            s.sendall(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        statuses = [s.recv(64).split(b" ")[1:2] for s in socks]
        for s in socks:
            s.close()
    assert connected == 200
    assert statuses == [[b"200"]] * 200


# ---------------------------------------------------------------- defect 14
def test_no_other_origin_may_read_answers(server):
    status, headers, _ = http(server.url + "/sparql?query=ASK%7B%7D", headers={"Origin": "https://evil.example"})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    # a page whose own name was pointed at 127.0.0.1 (DNS rebinding)
    assert _raw(server.port, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: evil.example\r\n\r\n").split()[1] == "403"


def test_cors_for_the_one_origin_the_user_names(served_store, tmp_path):
    s = Server(copy_store_folder(served_store, tmp_path), "--cors", "http://localhost:8000")
    try:
        status, headers, _ = http(s.url + "/sparql?query=ASK%7B%7D", headers={"Origin": "http://localhost:8000"})
        assert status == 200 and headers.get("Access-Control-Allow-Origin") == "http://localhost:8000"
        status, headers, _ = http(s.url + "/sparql", method="OPTIONS",
                                  headers={"Origin": "http://localhost:8000", "Access-Control-Request-Method": "POST"})
        assert status == 204 and "Content-Type" in headers.get("Access-Control-Allow-Headers", "")
    finally:
        s.stop()


# ------------------------------------------------------------- issue 16, busy port
def test_serve_on_a_busy_port_is_one_line_and_exit_2(served_store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "cadregraph", "serve", "--store", str(served_store),
                              "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip().splitlines() == [f"cadregraph: cannot listen on 127.0.0.1:{port}: the port is in use "
                                               f"(choose another with --port, or --port 0 for any free one)"]
