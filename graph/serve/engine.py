"""The engine: the one process that opens the store while `cadregraph
serve` runs, and answers the front over a Unix socket in a folder only
its user can enter (no TCP port: nothing else on the machine, and no web
page, can reach it).

It runs each request in a thread of its own and never times out itself:
the front stops a query that runs too long by killing this process and
starting another (a query inside Oxigraph cannot be interrupted). It exits
as soon as its parent goes, even one killed by SIGKILL: it watches its
standard input, a pipe whose other end only the front holds.

    python -m cadregraph.serve.engine SOCKET STORE_DIR [--allow-federation]

A request is a message (``wire``) whose head says what to do:

    {"op": "query", "text", "accept", "limit", "default_graphs", "named_graphs"}
    {"op": "update", "text"}
    {"op": "get", "graph" | "default", "accept", "limit", "stream"}
    {"op": "put" | "post" | "delete", "graph" | "default", "content_type"} + the graph as body

and the answer is a message whose head holds ``status``, ``media`` and
``headers``; with ``stream`` the body comes frame by frame as it is written.
"""
from __future__ import annotations

import argparse
import os
import socket
import socketserver
import sys
import threading

import pyoxigraph as ox

from . import wire
from .federation import federated_keyword
from .results import DATASET_TYPES, GRAPH_TYPES, Reply, graph, refusal, render

#: what a request may name as its target graph
_DEFAULT = ox.DefaultGraph()


def _target(head: dict):
    if head.get("graph"):
        return ox.NamedNode(head["graph"])
    return _DEFAULT if head.get("default") else None


class _FrameSink:
    """A file-like object that sends what is written to it as frames."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def write(self, data) -> int:
        wire.send_frame(self.sock, bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


class Engine:
    def __init__(self, location: str, allow_federation: bool) -> None:
        self.store = ox.Store(location)
        self.allow_federation = allow_federation

    def answer(self, head: dict, body: bytes, sock: socket.socket) -> Reply | None:
        """The reply to a request, or None when it was streamed already."""
        op = head.get("op")
        text = body.decode("utf-8", "replace") if op in ("query", "update") else ""     # the front checked it
        if text and not self.allow_federation and (word := federated_keyword(text)):
            return refusal(403, f"{word} is refused: this endpoint does not fetch from other addresses "
                                f"(start it with `cadregraph serve --allow-federation` to allow it)")
        try:
            if op == "query":
                return self._query(head, text)
            if op == "update":
                self.store.update(text)
                return Reply(204, b"")
            if op == "get":
                return self._get(head, sock)
            if op in ("put", "post", "delete"):
                return self._write(op, head, body)
        except SyntaxError as exc:
            return refusal(400, f"not valid: {exc}")
        except (OSError, RuntimeError, ValueError) as exc:
            return refusal(400, f"failed: {exc}")
        return refusal(400, f"unknown operation {op!r}")

    def _query(self, head: dict, text: str) -> Reply:
        options = {}
        if head.get("default_graphs"):
            options["default_graph"] = [ox.NamedNode(g) for g in head["default_graphs"]]
        if head.get("named_graphs"):
            options["named_graphs"] = [ox.NamedNode(g) for g in head["named_graphs"]]
        return render(self.store.query(text, **options), head.get("accept"), head.get("limit"))

    def _get(self, head: dict, sock: socket.socket) -> Reply | None:
        target = _target(head)
        if target is not None and target != _DEFAULT and not self.store.contains_named_graph(target):
            return refusal(404, f"no graph <{target.value}> in the store")
        quads = self.store.quads_for_pattern(None, None, None, target)
        if target is None:
            write = lambda sink: ox.serialize(quads, sink, ox.RdfFormat.N_QUADS)  # noqa: E731
        else:
            write = lambda sink: ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),  # noqa: E731
                                              sink, ox.RdfFormat.N_TRIPLES)
        if not head.get("stream"):
            return graph(write, head.get("accept"), head.get("limit"), dataset=target is None)
        wire.send_head(sock, {"status": 200, "media": "application/n-quads" if target is None
                              else "application/n-triples", "headers": {}})
        write(_FrameSink(sock))
        wire.send_end(sock)
        return None

    def _write(self, op: str, head: dict, body: bytes) -> Reply:
        target = _target(head)
        if target is None:
            return refusal(400, "name the graph: ?graph=IRI or ?default")
        if op in ("put", "delete"):
            existed = target == _DEFAULT or self.store.contains_named_graph(target)
            if op == "delete" and not existed:
                return refusal(404, f"no graph <{target.value}> in the store")
            if target == _DEFAULT:
                self.store.clear_graph(target)
            elif existed:
                self.store.remove_graph(target)
        if op in ("put", "post"):
            media = (head.get("content_type") or "application/n-triples").split(";")[0].strip().lower()
            fmt = GRAPH_TYPES.get(media) or DATASET_TYPES.get(media)
            if fmt is None:
                return refusal(415, "send a graph as " + ", ".join(GRAPH_TYPES))
            self.store.load(body, format=fmt, to_graph=target)
        return Reply(204, b"")


class _Handler(socketserver.BaseRequestHandler):
    engine: Engine

    def handle(self) -> None:
        reader = wire.Reader(self.request)
        try:
            head = reader.head()
            body = reader.body()
        except wire.Cut:
            return
        try:
            reply = self.engine.answer(head, body, self.request)
            if reply is not None:
                wire.send(self.request, {"status": reply.status, "media": reply.media,
                                         "headers": reply.headers}, reply.body)
        except OSError:
            pass                # the front went away (its client left, or it timed the request out)


class _Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
    request_queue_size = 1024


def _exit_with_parent() -> None:
    """Exit when standard input (a pipe from the front) reaches its end."""
    try:
        while os.read(0, 4096):
            pass
    finally:
        os._exit(0)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m cadregraph.serve.engine")
    p.add_argument("socket")
    p.add_argument("location")
    p.add_argument("--allow-federation", action="store_true")
    args = p.parse_args(argv)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    handler = type("Handler", (_Handler,), {"engine": Engine(args.location, args.allow_federation)})
    server = _Server(args.socket, handler)
    os.chmod(args.socket, 0o600)
    print("ready", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
