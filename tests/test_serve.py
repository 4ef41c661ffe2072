"""`cadregraph serve`: a SPARQL 1.1 Protocol endpoint driven by a real
client (SPARQLWrapper) and by raw HTTP."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, JSONLD, N3, TSV, TURTLE, XML, SPARQLWrapper

from conftest import copy_store, run_cli

pytestmark = pytest.mark.server
NAMES = """PREFIX cg: <https://w3id.org/cadregraph/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?name WHERE { ?p a cg:Person ; foaf:name ?name } ORDER BY ?name"""
CONSTRUCT = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n FILTER(STR(?n) = "Tô Lâm") }"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, store, *options: str) -> None:
        self.port = _port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "cadregraph", "serve", "--store", str(store),
                                      "--port", str(self.port), *options],
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        assert "SPARQL endpoint" in line, line + self.proc.stderr.read()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)


@pytest.fixture(scope="module")
def server(sample_kg, tmp_path_factory):
    store = copy_store(sample_kg, tmp_path_factory.mktemp("served") / "store")
    s = Server(store, "--timeout", "2", "--max-rows", "5")
    s.store = store
    yield s
    s.stop()


def http(url, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_sparqlwrapper_select_in_every_results_format(server):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(NAMES.replace("ORDER BY ?name", "ORDER BY ?name LIMIT 3"))
    client.setReturnFormat(JSON)
    got = client.query().convert()
    names = [b["name"]["value"] for b in got["results"]["bindings"]]
    print("\nSPARQLWrapper JSON:", names)
    assert names == ["Chansamone Chanyalath", "Lâm Minh Thành", "Lê Thị Hoa"]
    client.setReturnFormat(XML)
    xml = client.query().convert()
    assert [n.firstChild.nodeValue for n in xml.getElementsByTagName("literal")] == names
    client.setReturnFormat(CSV)
    assert client.query().convert().decode("utf-8").splitlines() == ["name", *names]
    client.setReturnFormat(TSV)
    assert client.query().convert().decode("utf-8").splitlines()[1] == '"Chansamone Chanyalath"@vi'
    client.setMethod("POST")
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 3


def test_sparqlwrapper_graphs_in_turtle_and_jsonld(server):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    g = client.query().convert()
    triples = set(ox.parse(g, ox.RdfFormat.TURTLE))
    assert len(triples) == 1
    client.setReturnFormat(JSONLD)
    doc = client.query().convert()
    assert "Tô Lâm" in doc.serialize(format="nt")
    client.setReturnFormat(N3)
    assert b"T\xc3\xb4 L\xc3\xa2m" in client.query().convert()


def test_ask_and_raw_get_with_content_negotiation(server):
    q = urllib.parse.quote("ASK { ?p <http://xmlns.com/foaf/0.1/name> \"Tô Lâm\"@vi }")
    status, headers, body = http(f"{server.url}/sparql?query={q}",
                                 headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    q = urllib.parse.quote(CONSTRUCT)
    status, headers, body = http(f"{server.url}/sparql?query={q}", headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert body.decode("utf-8").strip().endswith('"Tô Lâm"@vi .')
    status, _, body = http(f"{server.url}/sparql?query={q}", headers={"Accept": "image/png"})
    assert status == 406 and b"served as" in body


def test_result_cap_and_its_header(server):
    data = urllib.parse.urlencode({"query": NAMES}).encode()
    status, headers, body = http(server.url + "/sparql", data,
                                 {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert status == 200 and headers.get("X-CadreGraph-Truncated") == "true"
    assert len(body.decode("utf-8").splitlines()) == 1 + 5


def test_time_limit(server):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    status, _, body = http(server.url + "/sparql", slow.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 503 and b"longer than 2 s" in body
    assert time.monotonic() - started < 10


def test_updates_refused_unless_enabled(server):
    drop = "DROP ALL"
    for data, ctype in ((drop.encode(), "application/sparql-update"),
                        (urllib.parse.urlencode({"update": drop}).encode(), "application/x-www-form-urlencoded")):
        status, _, body = http(server.url + "/sparql", data, {"Content-Type": ctype})
        assert status == 403 and b"read-only" in body
    assert http(f"{server.url}/sparql?update=DROP%20ALL")[0] == 405
    assert http(f"{server.url}/store?graph=https://x/g", b"<a:b> <a:c> <a:d> .",
                {"Content-Type": "application/n-triples"}, "PUT")[0] == 403
    q = urllib.parse.quote("ASK { ?p <http://xmlns.com/foaf/0.1/name> \"Tô Lâm\"@vi }")
    status, _, body = http(f"{server.url}/sparql?query={q}", headers={"Accept": "application/json"})
    assert status == 200 and json.loads(body)["boolean"], "the store is intact"


def test_viewer_pages_and_nothing_outside_them(server):
    status, headers, body = http(server.url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"CadreGraph" in body
    assert http(server.url + "/person/to-lam.html")[0] == 200
    for path in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd"):
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.sendall(f"GET {path} HTTP/1.0\r\n\r\n".encode())
        reply = sock.recv(4096).decode("latin-1")
        sock.close()
        assert reply.split()[1] in ("403", "404") and "root:" not in reply


def test_other_commands_on_the_served_store_go_through_the_server(server):
    out = run_cli("query", "career", "--param", "name=Tô Lâm", "--format", "csv", "--store", str(server.store))
    assert out.returncode == 0 and "Bộ Công an" in out.stdout


def test_updates_when_enabled(sample_kg, tmp_path):
    s = Server(copy_store(sample_kg, tmp_path / "store"), "--allow-updates")
    try:
        triple = '<https://x/a> <http://xmlns.com/foaf/0.1/name> "Thử" .'
        insert = f'INSERT DATA {{ GRAPH <https://x/g> {{ {triple} }} {triple} }}'
        assert http(s.url + "/sparql", insert.encode(), {"Content-Type": "application/sparql-update"})[0] in (200, 204)
        q = urllib.parse.quote('ASK { <https://x/a> ?p "Thử" }')
        assert json.loads(http(f"{s.url}/sparql?query={q}", headers={"Accept": "application/json"})[2])["boolean"]
    finally:
        s.stop()
