"""The `cadregraph` command."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from . import __version__
from .core import iris
from .core.errors import CadreGraphError, InputError
from .store import default_location, is_remote, running_server
from .store.embedded import DATA_NAME

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

DESCRIPTION = """\
CadreGraph turns Vietnamese political news into a knowledge graph of
officials, the posts they hold, party and state bodies, events and
documents (RDF under a small OWL ontology aligned with W3C ORG, FOAF,
PROV-O, ELI, SKOS and schema.org), and lets you query, view and dump it.

Start with:
  cadregraph build data/samples          # articles in, one graph per article
  cadregraph query --list                # the named questions you can ask
  cadregraph query career --param name="Tô Lâm"
  cadregraph view -o site                # pages to explore, open site/index.html
"""

EPILOG = f"""\
The store defaults to ./{default_location()} (set CADREGRAPH_STORE or --store);
--store also takes the URL of a SPARQL 1.1 server (Oxigraph, Fuseki).
Exit status: 0 ok, 1 error (store, SHACL violations), 2 bad usage (options,
parameters, a curation file), 3 some articles were skipped.
"""


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", default=None, metavar="DIR|URL",
                   help=f"store folder or SPARQL endpoint URL (default: {default_location()})")


def _positive(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    if not re.fullmatch(r"\d+", text.strip()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def store_location(args, create: bool = False) -> str:
    """The store a command works on. Every command but `build` and `serve`
    (which may serve an empty store that a build then fills through it)
    needs one that exists: a mistyped --store would otherwise open a new,
    empty store and answer "(0 rows)"."""
    location = args.store or default_location()
    if create or is_remote(location) or running_server(location) or (Path(location) / DATA_NAME).is_dir():
        return location
    given = "--store" if args.store else ("CADREGRAPH_STORE" if os.environ.get("CADREGRAPH_STORE") else "default")
    raise InputError(f"no store at {Path(location).resolve()} ({given}); "
                     f"`cadregraph build INPUT --store {location}` makes one")


def _kg(args, create: bool = False):
    from .api import KnowledgeGraph
    return KnowledgeGraph(store_location(args, create))


# ------------------------------------------------------------------ build
def cmd_build(args) -> int:
    if args.cluster and args.jobs > 1:
        raise InputError("--jobs and --cluster both say where to extract: give one of them")
    max_bytes = int(args.max_article_mb * 1_000_000) if args.max_article_mb else None
    with _kg(args, create=True) as kg:
        report = kg.build(args.inputs, jobs=args.jobs, replace=args.replace, curation=args.curation,
                          progress=not args.quiet, max_bytes=max_bytes, batch_size=args.batch,
                          cluster=args.cluster)
    print(report.summary(), file=sys.stderr)
    if args.log:
        Path(args.log).write_text("".join(line + "\n" for line in report.log_lines()), encoding="utf-8",
                                  errors="backslashreplace")
    return EXIT_SKIPPED if report.skipped else EXIT_OK


# ------------------------------------------------------------------ fetch
def cmd_fetch(args) -> int:
    from .read.fetch import PoliteClient, fetch
    if not args.urls and not args.feed:
        raise InputError("`cadregraph fetch` needs page URLs or --feed FEED_URL")
    for url in [*args.urls, *(args.feed or [])]:
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(f"not an http(s) URL: {url!r}")
    folder = Path(args.output)
    client = PoliteClient(delay=args.delay, retries=args.retries, timeout=args.timeout)
    report = fetch(args.urls, args.feed or [], folder, client, progress=not args.quiet)
    print(report.summary(folder), file=sys.stderr)
    status = EXIT_SKIPPED if report.failed else EXIT_OK
    if args.build:
        built = cmd_build(argparse.Namespace(
            inputs=[str(folder)], store=args.store, jobs=1, cluster=None, replace=False, curation=None, max_article_mb=None,
            batch=200, log=None, quiet=args.quiet))
        status = max(status, built)
    return status


def cmd_facts(args) -> int:
    with _kg(args) as kg:
        facts = kg.facts()
    text = json.dumps(facts, ensure_ascii=False, indent=1)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        print(f"facts of {len(facts)} article(s) written to {args.output}", file=sys.stderr)
    else:
        print(text)
    return EXIT_OK


# ------------------------------------------------------------------ query
def cmd_query(args) -> int:
    from .use import named as queries
    from .use.render import render
    if args.list or not args.name:
        for name, q in queries.library().items():
            print(f"{name:<22} {q.title}")
            print(f"{'':<22} vi: {q.vi}")
            print(f"{'':<22} en: {q.en}")
            for p in q.params:
                print(f"{'':<22} --param {p.name}=… ({p.kind}) {p.help}")
        return EXIT_OK
    q = queries.get(args.name)
    params = queries.parse_params(args.param or [])
    with _kg(args) as kg:
        result = queries.run(kg.store, q, params, inferences=not args.no_inferences)
    text = render(result, args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


# ------------------------------------------------------------------- dump
def cmd_dump(args) -> int:
    graph = iris.expand(args.graph) if args.graph else None
    if graph and not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", graph):
        raise InputError(f"--graph {args.graph!r}: expected a graph IRI, or article/ID as the tables print it")
    with _kg(args) as kg:
        if graph and graph not in kg.store.graph_names():
            raise InputError(f"--graph {args.graph}: no such graph in the store (an article's graph is "
                             f"article/ID; `cadregraph facts` lists the article ids)")
        if args.output:
            with open(args.output, "wb") as fh:
                kg.dump(fh, args.format, graph)
            print(f"wrote {args.output}", file=sys.stderr)
        else:
            kg.dump(sys.stdout.buffer, args.format, graph)
    return EXIT_OK


# ------------------------------------------------------------------- view
def cmd_view(args) -> int:
    from .viz.site import write_site
    with _kg(args) as kg:
        summary = write_site(kg.store, Path(args.output), max_nodes=args.max_nodes)
    print(summary, file=sys.stderr)
    return EXIT_OK


def cmd_export(args) -> int:
    from .use.network import export_network
    with _kg(args) as kg:
        path = export_network(kg.store, Path(args.output), args.format)
    print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def cmd_analyse(args) -> int:
    from .use.network import analyse
    with _kg(args) as kg:
        print(analyse(kg.store, top=args.top))
    return EXIT_OK


# ---------------------------------------------------- reason and validate
def cmd_reason(args) -> int:
    from .reason.closure import materialise
    with _kg(args) as kg, kg.writing():
        report = materialise(kg.store, engine=args.engine)
    print(report, file=sys.stderr)
    return EXIT_OK


def cmd_validate(args) -> int:
    from .reason.validate import validate
    with _kg(args) as kg:
        conforms, text = validate(kg.store)
    print(text)
    return EXIT_OK if conforms else EXIT_ERROR


def cmd_report(args) -> int:
    from .use.report import identity_report
    with _kg(args) as kg:
        print(identity_report(kg.store))
    return EXIT_OK


def cmd_curate(args) -> int:
    from .resolve import curation
    with _kg(args) as kg:
        path = kg.curation_path(args.curation)
        if path is None:
            raise CadreGraphError("a remote store keeps no curation file: pass --curation FILE")
        cur = curation.load(path)
        if args.action == "list":
            for d in cur.decisions:
                print(f"{d.decision}\t{d.iri}\t{d.other}\t{d.note}")
            return EXIT_OK
        if not (args.iri and args.other):
            raise InputError(f"`cadregraph curate {args.action}` needs two entities, e.g. person/nguyen-van-hung "
                             f"person/nguyen-van-hung--2")
        decision = curation.Decision(args.action, iris.expand(args.iri), iris.expand(args.other), args.note or "")
        _check_entities(kg.store, decision.iri, decision.other)
        cur.add(decision)
        cur.save(path)
        kg.apply_curation(path)
    print(f"recorded in {path} and applied to the store; every later build honours it", file=sys.stderr)
    return EXIT_OK


_KIND = iris.SPARQL_PREFIXES + """SELECT DISTINCT ?top WHERE { ?x a/rdfs:subClassOf* ?top
  FILTER(?top IN (cg:Person, cg:Organization, cg:Document, cg:Event)) }"""


def _check_entities(store, *entities: str) -> None:
    """Entities a curator names exist in the store and are of one kind: a
    typo must not merge nothing into something, nor a person into a body."""
    from rdflib import URIRef
    kinds = []
    for iri in entities:
        if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", iri):
            raise InputError(f"{iri!r}: expected an IRI, or person/…, org/…, doc/…, event/… as the tables print it")
        found = {str(r[0]).rsplit("#", 1)[-1] for r in store.query(_KIND, {"x": URIRef(iri)})}
        if not found:
            raise InputError(f"{iri}: no such person, body, document or event in the store")
        kinds.append(found)
    if not set.intersection(*kinds):
        raise InputError(f"{entities[0]} is {'/'.join(sorted(kinds[0]))}, {entities[1]} is "
                         f"{'/'.join(sorted(kinds[1]))}: only entities of one kind can be the same or different")


def cmd_serve(args) -> int:
    from .serve.endpoint import serve
    return serve(store_location(args, create=True), host=args.host, port=args.port,
                 allow_updates=args.allow_updates, allow_federation=args.allow_federation, timeout=args.timeout,
                 max_rows=args.max_rows, max_request_kb=args.max_request_kb, cors=args.cors,
                 site=Path(args.site) if args.site else None)


# ------------------------------------------------------------------ parser
def _command(sub, name: str, help: str, description: str, examples: tuple[str, ...] = ()):
    """A sub-command whose --help explains what it does, with examples."""
    epilog = "examples:\n" + "\n".join(f"  {e}" for e in examples) if examples else None
    return sub.add_parser(name, help=help, description=description, epilog=epilog,
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cadregraph", description=DESCRIPTION, epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"cadregraph {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = _command(sub, "build", "ingest articles (.txt, .json, .jsonl, .html, WARC or folders)",
                 "Read articles, extract persons, posts, bodies, documents and events, and store\n"
                 "one named graph per article with its provenance. Re-running on the same input\n"
                 "changes nothing; an article id stored with other text is refused unless\n"
                 "--replace. Bad files are skipped with the reason (exit status 3); the others\n"
                 "are ingested. Inputs: .txt (id = file stem), .json (one article: id, url,\n"
                 "site, published, text or html), .jsonl (one article per line), saved web pages\n"
                 "(.html, .htm), web archives (.warc, .warc.gz), a `cadregraph fetch` folder, or\n"
                 "folders of them. A text another site already published (a near-duplicate) is\n"
                 "kept as one more source of the same text, counted once.",
                 ("cadregraph build data/samples",
                  "cadregraph build news/2024/ news/2025.jsonl --jobs 2 --store ~/cadregraph",
                  "cadregraph build saved-pages/ crawl.warc.gz",
                  "cadregraph build archive.jsonl --cluster tcp://10.0.0.5:8786",
                  "cadregraph build fixed.json --replace"))
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles")
    _store_arg(b)
    b.add_argument("--jobs", type=_positive, default=1, metavar="N", help="extract in N processes (default 1)")
    b.add_argument("--cluster", metavar="ADDRESS",
                   help="read and extract on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786; "
                        "the workers see the input under the same paths); this process still resolves "
                        "identities and writes (pip install 'cadregraph[cluster]')")
    b.add_argument("--replace", action="store_true",
                   help="rebuild articles whose id is stored with other text (default: refuse them)")
    b.add_argument("--curation", metavar="FILE", help="curator's identity decisions (default: STORE/curation.csv)")
    b.add_argument("--max-article-mb", type=float, default=None, metavar="MB",
                   help="skip articles larger than this (default 2 MB)")
    b.add_argument("--batch", type=_positive, default=200, metavar="N",
                   help="articles written per transaction (default 200); a killed build keeps whole batches")
    b.add_argument("--log", metavar="FILE", help="write every skipped article and note here (TSV)")
    b.add_argument("--quiet", action="store_true", help="no progress line")
    b.set_defaults(func=cmd_build)

    w = _command(sub, "fetch", "download news pages or the items of RSS/Atom feeds, politely, for build",
                 "Download pages (or every item of RSS/Atom feeds) into DIR/pages/ with a manifest\n"
                 "(DIR/manifest.jsonl) that `cadregraph build DIR` reads: text, title, site, date and\n"
                 "author are taken from each page by trafilatura. Polite: robots.txt honoured, one\n"
                 "request at a time with --delay seconds between two to the same site (longer if\n"
                 "its robots.txt asks), a user agent naming CadreGraph, retries with backoff. DIR is\n"
                 "a cache: a page already in it is not fetched again. Each failed URL is named with\n"
                 "the reason (exit status 3).",
                 ("cadregraph fetch https://nhandan.vn/chinhtri/some-article-post801234.html",
                  "cadregraph fetch --feed https://baochinhphu.vn/rss/thu-tuong.rss -o news --build",
                  "cadregraph build news"))
    w.add_argument("urls", nargs="*", metavar="URL", help="pages to download")
    w.add_argument("--feed", action="append", metavar="FEED_URL", help="an RSS or Atom feed whose items to "
                                                                      "download (repeatable)")
    w.add_argument("-o", "--output", default="fetched", metavar="DIR", help="folder for pages and manifest "
                                                                          "(default: fetched)")
    w.add_argument("--delay", type=float, default=2.0, metavar="SECONDS",
                   help="pause between two requests to one site (default 2)")
    w.add_argument("--retries", type=int, default=3, help="retries of a timeout, 429 or 5xx, with backoff (default 3)")
    w.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="per request (default 30)")
    w.add_argument("--build", action="store_true", help="build the fetched pages into the store at once")
    w.add_argument("--quiet", action="store_true", help="no progress line")
    _store_arg(w)
    w.set_defaults(func=cmd_fetch)

    f = _command(sub, "facts", "facts per article, read back from the stored graph (the facts format of docs/facts-format.md)",
                 "Print a JSON object mapping each article id to its facts (persons, positions,\n"
                 "org_parents, documents, document_links, events), read from the stored graph.",
                 ("cadregraph facts -o facts.json",))
    _store_arg(f)
    f.add_argument("-o", "--output", metavar="FILE", help="write JSON here (default: stdout)")
    f.set_defaults(func=cmd_facts)

    q = _command(sub, "query", "run a named query or a .rq file",
                 "Run a named query from the library (see --list) or a .rq file. Parameters are\n"
                 "typed (name, text, date YYYY-MM-DD, iri, int) and bound as values, never pasted into\n"
                 "the query. JSON output is the SPARQL 1.1 Query Results JSON format.",
                 ("cadregraph query --list",
                  'cadregraph query career --param name="Tô Lâm"',
                  'cadregraph query post-holders --param role="Bí thư" --param body="Tỉnh ủy Cà Mau" '
                  '--param date=2025-10-17',
                  "cadregraph query conflicts --format csv -o conflicts.csv",
                  "cadregraph query my-question.rq --format json"))
    q.add_argument("name", nargs="?", metavar="NAME|FILE.rq",
                   help="a named query (see --list) or a file of SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE)")
    q.add_argument("--list", action="store_true", help="list the named queries with their parameters")
    q.add_argument("--param", action="append", metavar="NAME=VALUE", help="a parameter (repeatable)")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table",
                   help="table (default), csv, tsv or SPARQL results JSON")
    q.add_argument("--no-inferences", action="store_true", help="leave out what `cadregraph reason` inferred")
    q.add_argument("-o", "--output", metavar="FILE", help="write the result here (default: stdout)")
    _store_arg(q)
    q.set_defaults(func=cmd_query)

    v = _command(sub, "view", "write interactive network pages that work offline",
                 "Write a small site: index.html (search people, bodies, documents, events),\n"
                 "graph.html (the whole graph, clustered when big) and one page per person, body,\n"
                 "document and event. Everything is inlined or copied: open it from disk.",
                 ("cadregraph view -o site && xdg-open site/index.html",))
    _store_arg(v)
    v.add_argument("-o", "--output", default="site", metavar="DIR", help="folder for the pages (default: site)")
    v.add_argument("--max-nodes", type=_positive, default=1500, metavar="N",
                   help="most nodes drawn on one page, the best connected (default 1500)")
    v.set_defaults(func=cmd_view)

    d = _command(sub, "dump", "write the store as TriG, N-Quads, Turtle or JSON-LD",
                 "Write the store as standard RDF. TriG, N-Quads and JSON-LD keep the named\n"
                 "graphs (one per article, plus ontology, vocabularies, reference, inferred);\n"
                 "Turtle and N-Triples give their union.",
                 ("cadregraph dump --format trig -o cadregraph.trig",
                  "cadregraph dump --format nquads | gzip > cadregraph.nq.gz",
                  "cadregraph dump --format turtle --graph https://w3id.org/cadregraph/id/article/s01"))
    _store_arg(d)
    d.add_argument("--format", choices=("trig", "nquads", "turtle", "ntriples", "jsonld"), default="trig",
                   help="trig (default), nquads, turtle, ntriples or jsonld")
    d.add_argument("--graph", metavar="IRI", help="one named graph only (an IRI, or article/ID)")
    d.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    d.set_defaults(func=cmd_dump)

    r = _command(sub, "reason", "materialise the OWL 2 RL closure into its own named graph",
                 "Write the OWL 2 RL inferences of ontology + data into\n"
                 "<https://w3id.org/cadregraph/graph/inferred>, and report individuals in two\n"
                 "disjoint classes. Queries use the inferences unless --no-inferences.",
                 ("cadregraph reason", "cadregraph reason --engine owlrl"))
    _store_arg(r)
    r.add_argument("--engine", choices=("fast", "owlrl"), default="fast",
                   help="fast: SPARQL rules in the store (default); owlrl: the reference reasoner")
    r.set_defaults(func=cmd_reason)

    val = _command(sub, "validate", "check the graph against the SHACL shapes (pySHACL)",
                   "Validate the data against ontology/shapes.ttl; print each violation (focus\n"
                   "node, path, message) and exit with status 1 if there is any.",
                   ("cadregraph validate",))
    _store_arg(val)
    val.set_defaults(func=cmd_validate)

    rep = _command(sub, "report", "entities per class before and after identity resolution, "
                                  "and the candidates left for a curator",
                   "Count mentions (one per article that names an entity) and entities (after\n"
                   "merging across articles) per class, and list the possibleSameAs candidates.",
                   ("cadregraph report",))
    _store_arg(rep)
    rep.set_defaults(func=cmd_report)

    c = _command(sub, "curate", "confirm (same) or reject (different) a merge; `list` shows decisions",
                 "Record a curator's decision in STORE/curation.csv (or --curation FILE) and\n"
                 "apply it to the store now; every later build honours it. `same A B` merges\n"
                 "B into A; `different A B` keeps them apart and drops the candidate.",
                 ("cadregraph curate same https://w3id.org/cadregraph/id/person/nguyen-van-hung "
                  "https://w3id.org/cadregraph/id/person/nguyen-van-hung--2 --note \"one person\"",
                  "cadregraph curate list"))
    c.add_argument("action", choices=("same", "different", "list"),
                   help="same: merge OTHER into IRI; different: keep them apart; list: show the decisions")
    c.add_argument("iri", nargs="?", metavar="IRI", help="the entity to keep (an IRI, or person/… as tables print it)")
    c.add_argument("other", nargs="?", metavar="OTHER", help="the other entity (an IRI, or person/…)")
    c.add_argument("--note", help="why, kept with the decision")
    c.add_argument("--curation", metavar="FILE", help="the decisions file (default: STORE/curation.csv)")
    _store_arg(c)
    c.set_defaults(func=cmd_curate)

    a = _command(sub, "analyse", "network measures: brokers, most connected officials, communities",
                 "networkx measures on the person-body-event network: who bridges the most bodies\n"
                 "(betweenness), the most connected officials (degree), and communities of\n"
                 "co-participation (greedy modularity).",
                 ("cadregraph analyse --top 20",))
    _store_arg(a)
    a.add_argument("--top", type=_positive, default=10, metavar="N", help="how many of each to list (default 10)")
    a.set_defaults(func=cmd_analyse)

    e = _command(sub, "export", "the network as GraphML or GEXF (Gephi)",
                 "Write the network (persons, bodies, documents, events and their links, with\n"
                 "labels and classes as attributes) for Gephi, Cytoscape or yEd.",
                 ("cadregraph export --format gexf -o cadregraph.gexf",))
    _store_arg(e)
    e.add_argument("--format", choices=("graphml", "gexf"), default="graphml", help="graphml (default) or gexf")
    e.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    e.set_defaults(func=cmd_export)

    s = _command(sub, "serve", "SPARQL 1.1 endpoint and the viewer pages over HTTP",
                 "Serve the store at http://HOST:PORT/sparql (SPARQL 1.1 Protocol, GET and POST,\n"
                 "JSON/XML/CSV/TSV results, Turtle/N-Triples/JSON-LD graphs) and the viewer pages\n"
                 "at /. Read-only unless --allow-updates; each query has a time limit (a query\n"
                 "past it is stopped: 503) and a row cap; SERVICE and LOAD are refused unless\n"
                 "--allow-federation; no web page of another origin may read answers unless\n"
                 "--cors ORIGIN. While it runs, other commands on the same store go through it.",
                 ("cadregraph serve --port 7878",
                  "curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' "
                  "http://127.0.0.1:7878/sparql"))
    _store_arg(s)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port to listen on (default 7878; 0: any free port)")
    s.add_argument("--allow-updates", action="store_true", help="accept SPARQL updates (default: read-only)")
    s.add_argument("--allow-federation", action="store_true",
                   help="let queries use SERVICE and updates LOAD, which fetch from other addresses (default: refused)")
    s.add_argument("--timeout", type=float, default=30.0,
                   help="seconds a query may run before it is stopped (default 30)")
    s.add_argument("--max-rows", type=int, default=10_000,
                   help="most result rows (or /store quads) returned (default 10000)")
    s.add_argument("--max-request-kb", type=int, default=1024, metavar="KB",
                   help="largest request body accepted (default 1024 KB)")
    s.add_argument("--cors", metavar="ORIGIN",
                   help="let pages of this origin (e.g. http://localhost:8000) read answers (default: none)")
    s.add_argument("--site", metavar="DIR", help="viewer pages to serve (default: write them on start)")
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if not getattr(args, "func", None):
        p.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except InputError as exc:
        print(f"cadregraph: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CadreGraphError as exc:
        print(f"cadregraph: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("cadregraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:              # a file that cannot be written or read
        print(f"cadregraph: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
