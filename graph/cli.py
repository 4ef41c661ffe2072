"""The `cadregraph` command."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .core.errors import CadreGraphError, InputError
from .store import default_location

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


def _kg(args, wait: float = 60.0):
    from .api import KnowledgeGraph
    return KnowledgeGraph(args.store, wait=wait)


# ------------------------------------------------------------------ build
def cmd_build(args) -> int:
    if args.cluster and args.jobs > 1:
        raise InputError("--jobs and --cluster both say where to extract: give one of them")
    max_bytes = int(args.max_article_mb * 1_000_000) if args.max_article_mb else None
    with _kg(args) as kg:
        report = kg.build(args.inputs, jobs=args.jobs, replace=args.replace, curation=args.curation,
                          progress=not args.quiet, max_bytes=max_bytes, batch_size=args.batch,
                          cluster=args.cluster)
    print(report.summary(), file=sys.stderr)
    if args.log:
        Path(args.log).write_text("".join(line + "\n" for line in report.log_lines()), encoding="utf-8")
    return EXIT_SKIPPED if report.skipped else EXIT_OK


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
    with _kg(args) as kg:
        if args.output:
            with open(args.output, "wb") as fh:
                kg.dump(fh, args.format, args.graph)
            print(f"wrote {args.output}", file=sys.stderr)
        else:
            kg.dump(sys.stdout.buffer, args.format, args.graph)
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
    with _kg(args) as kg:
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
    from .api import KnowledgeGraph
    path = Path(args.curation) if args.curation else None
    if path is None:
        with KnowledgeGraph(args.store) as kg:
            path = kg.curation_path()
    if path is None:
        raise CadreGraphError("a remote store keeps no curation file: pass --curation FILE")
    cur = curation.load(path)
    if args.action == "list":
        for d in cur.decisions:
            print(f"{d.decision}\t{d.iri}\t{d.other}\t{d.note}")
        return EXIT_OK
    if not (args.iri and args.other):
        raise CadreGraphError(f"`cadregraph curate {args.action}` needs two IRIs")
    cur.add(curation.Decision(args.action, args.iri, args.other, args.note or ""))
    cur.save(path)
    with KnowledgeGraph(args.store) as kg:
        kg.apply_curation(path)
    print(f"recorded in {path} and applied to the store; every later build honours it", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args) -> int:
    from .serve.endpoint import serve
    return serve(args.store or default_location(), host=args.host, port=args.port,
                 allow_updates=args.allow_updates, timeout=args.timeout, max_rows=args.max_rows,
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

    b = _command(sub, "build", "ingest articles (.txt, .json, .jsonl or folders)",
                 "Read articles, extract persons, posts, bodies, documents and events, and store\n"
                 "one named graph per article with its provenance. Re-running on the same input\n"
                 "changes nothing; an article id stored with other text is refused unless\n"
                 "--replace. Bad files are skipped with the reason (exit status 3); the others\n"
                 "are ingested. Inputs: .txt (id = file stem), .json (one article: id, url,\n"
                 "site, published, text), .jsonl (one article per line), or folders of them.",
                 ("cadregraph build data/samples",
                  "cadregraph build news/2024/ news/2025.jsonl --jobs 2 --store ~/cadregraph",
                  "cadregraph build archive.jsonl --cluster tcp://10.0.0.5:8786",
                  "cadregraph build fixed.json --replace"))
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles")
    _store_arg(b)
    b.add_argument("--jobs", type=int, default=1, help="extract in N processes (default 1)")
    b.add_argument("--cluster", metavar="ADDRESS",
                   help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786); "
                        "this process still resolves identities and writes (pip install 'cadregraph[cluster]')")
    b.add_argument("--replace", action="store_true",
                   help="rebuild articles whose id is stored with other text (default: refuse them)")
    b.add_argument("--curation", metavar="FILE", help="curator's identity decisions (default: STORE/curation.csv)")
    b.add_argument("--max-article-mb", type=float, default=None, metavar="MB",
                   help="skip articles larger than this (default 2 MB)")
    b.add_argument("--batch", type=int, default=200, metavar="N",
                   help="articles written per transaction (default 200); a killed build keeps whole batches")
    b.add_argument("--log", metavar="FILE", help="write every skipped article and note here (TSV)")
    b.add_argument("--quiet", action="store_true", help="no progress line")
    b.set_defaults(func=cmd_build)

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
    q.add_argument("name", nargs="?", metavar="NAME|FILE.rq")
    q.add_argument("--list", action="store_true", help="list the named queries with their parameters")
    q.add_argument("--param", action="append", metavar="NAME=VALUE", help="a parameter (repeatable)")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    q.add_argument("--no-inferences", action="store_true", help="leave out what `cadregraph reason` inferred")
    q.add_argument("-o", "--output", metavar="FILE")
    _store_arg(q)
    q.set_defaults(func=cmd_query)

    v = _command(sub, "view", "write interactive network pages that work offline",
                 "Write a small site: index.html (search people, bodies, documents, events),\n"
                 "graph.html (the whole graph, clustered when big) and one page per person, body,\n"
                 "document and event. Everything is inlined or copied: open it from disk.",
                 ("cadregraph view -o site && xdg-open site/index.html",))
    _store_arg(v)
    v.add_argument("-o", "--output", default="site", metavar="DIR", help="folder for the pages (default: site)")
    v.add_argument("--max-nodes", type=int, default=1500, help="most nodes drawn on one page (default 1500)")
    v.set_defaults(func=cmd_view)

    d = _command(sub, "dump", "write the store as TriG, N-Quads, Turtle or JSON-LD",
                 "Write the store as standard RDF. TriG, N-Quads and JSON-LD keep the named\n"
                 "graphs (one per article, plus ontology, vocabularies, reference, inferred);\n"
                 "Turtle and N-Triples give their union.",
                 ("cadregraph dump --format trig -o cadregraph.trig",
                  "cadregraph dump --format nquads | gzip > cadregraph.nq.gz",
                  "cadregraph dump --format turtle --graph https://w3id.org/cadregraph/id/article/s01"))
    _store_arg(d)
    d.add_argument("--format", choices=("trig", "nquads", "turtle", "ntriples", "jsonld"), default="trig")
    d.add_argument("--graph", metavar="IRI", help="one named graph only")
    d.add_argument("-o", "--output", metavar="FILE")
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
    c.add_argument("action", choices=("same", "different", "list"))
    c.add_argument("iri", nargs="?", help="the entity to keep")
    c.add_argument("other", nargs="?", help="the other entity")
    c.add_argument("--note", help="why")
    c.add_argument("--curation", metavar="FILE")
    _store_arg(c)
    c.set_defaults(func=cmd_curate)

    a = _command(sub, "analyse", "network measures: brokers, most connected officials, communities",
                 "networkx measures on the person-body-event network: who bridges the most bodies\n"
                 "(betweenness), the most connected officials (degree), and communities of\n"
                 "co-participation (greedy modularity).",
                 ("cadregraph analyse --top 20",))
    _store_arg(a)
    a.add_argument("--top", type=int, default=10)
    a.set_defaults(func=cmd_analyse)

    e = _command(sub, "export", "the network as GraphML or GEXF (Gephi)",
                 "Write the network (persons, bodies, documents, events and their links, with\n"
                 "labels and classes as attributes) for Gephi, Cytoscape or yEd.",
                 ("cadregraph export --format gexf -o cadregraph.gexf",))
    _store_arg(e)
    e.add_argument("--format", choices=("graphml", "gexf"), default="graphml")
    e.add_argument("-o", "--output", required=True, metavar="FILE")
    e.set_defaults(func=cmd_export)

    s = _command(sub, "serve", "SPARQL 1.1 endpoint and the viewer pages over HTTP",
                 "Serve the store at http://HOST:PORT/sparql (SPARQL 1.1 Protocol, GET and POST,\n"
                 "JSON/XML/CSV/TSV results, Turtle/N-Triples/JSON-LD graphs) and the viewer pages\n"
                 "at /. Read-only unless --allow-updates; each query has a time limit and a row\n"
                 "cap. While it runs, other commands on the same store go through it.",
                 ("cadregraph serve --port 7878",
                  "curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' "
                  "http://127.0.0.1:7878/sparql"))
    _store_arg(s)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=7878)
    s.add_argument("--allow-updates", action="store_true", help="accept SPARQL updates (default: read-only)")
    s.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default 30)")
    s.add_argument("--max-rows", type=int, default=10_000, help="most result rows returned (default 10000)")
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


if __name__ == "__main__":
    sys.exit(main())
