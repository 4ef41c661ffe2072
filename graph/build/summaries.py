"""Summaries: whole-graph figures computed once per build.

The named queries that rank or count over the whole graph (the most
mentioned persons, the pairs who meet most, dual posts, documents by year,
conflicts, the newest appointments) would otherwise join every tenure,
event or document at each call: seconds to minutes at 100,000 articles.
The build computes those figures once, inside the store's engine, into the
summary graph; the queries read a few thousand precomputed triples and join
the details only for the rows they return.

The summary graph is derived data. Each figure is one CONSTRUCT query
(each body's newest documents are chosen in Python, and so are the
alphabetical positions: see ``sort_keys``). A build that only adds articles
updates the figures those articles touch (``update_summaries``): each
figure names, for the graphs the build added, the keys it must recount (the
persons an article mentions, the documents it dates, the events it
reports, ...) and recomputes those keys alone over the whole merge, or
moves the stored figure by what the pending graphs add (counts, newest
dates: what the graphs counted so far say, beside what the merge says
now), and swaps old triples for new in one transaction. Each query reads
the pending graphs or looks up given keys: none reads a whole figure, so
an update's cost follows what the new articles touch (bench/SCALING.md). The articles a build
writes are marked pending in the summary graph in the same transaction as
the articles (``pending_lines``), so a build killed before its summaries
leaves marks the next build takes up. A build that replaces articles, a
curation, a first build and a build by another version of this code
recompute the graph whole (``refresh_summaries``: cleared, then
bulk-loaded). The graph is kept out of the merge (the default graph), so
neither reasoning nor validation sees it.

To add a figure: its full CONSTRUCT with a place for a VALUES block of
keys (``#KEYS``), and the keys an added article touches (``touched``,
reading only the pending graphs), or its own ``changes``. The test suite
checks every figure's update against a full recompute.

    person  cg:mentionCount n              texts that mention the person (a republished
                                           copy, cg:sameTextAs, is its first copy's text)
    pair    cg:pairMember a, b ; cg:sharedEvents n    people at the same events (not
                                           counting the events of republished copies again)
    person  cg:holdsDualPosts true         a current post in a Party body and one in a State body
    x       cg:conflictCandidate true      a document with two dates or two issuers in the
                                           merge; the tenures of a person with two in one body
    tenure  cg:appointmentReported date    the newest report of the appointment
    event   cg:documentEventDate date      the date of an event about documents
    x       cg:sortKey n                   position in Vietnamese alphabetical order (sort_keys)
    cand.   cg:candidateOrder n            the same, for same-name candidate pairs
    person  cg:dualPostsOrder n            the same, for holders of dual posts
    article cg:summaryPending true         written, not yet counted
    cell    a cg:DocumentCount (a qb:Observation) ; cg:issuer ; cg:documentType ;
            cg:year ; cg:documentCount n
    body    cg:newestDocument doc          one of the body's 200 newest documents
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..core import iris, vntext
from ..store import Store
from . import sort_keys

SUMMARY_GRAPH = iris.SUMMARY_GRAPH
_FORMER = iris.VOCAB + "status/former"
_APPOINTED = iris.VOCAB + "status/appointed"
# graphs that say nothing an article said (IRI comparisons: no string work)
_NOT_ARTICLES = iris.iri_list(iris.SYSTEM_GRAPHS)
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_CHUNK = 250_000
_GRAPHS_PER_QUERY = 250
_PARTICIPATION = "VALUES ?role { cg:chair cg:speaker cg:attendee }"
_NOT_COPIED = "MINUS { GRAPH ?copy { ?copy cg:sameTextAs ?first . ?e a cg:Event } }"
_NO_COPY = "FILTER NOT EXISTS { ?g cg:sameTextAs ?first }"     # inside GRAPH ?g: ?g is no copy
#: where the keys of a restricted query go
KEYS = "#KEYS"
#: where the pending graphs go: a VALUES block of ?g (a query that also reads
#: the merge), or the query's dataset (a query that reads them alone: Oxigraph
#: then visits those graphs only, where a VALUES block may not stop it
#: scanning every graph)
GRAPHS = "#GRAPHS"
FROM = "#FROM"
NEWEST_DOCUMENTS = 200      # the documents-issued query lists this many
# The code that computes the summaries: a store whose summaries another
# version computed gets them again at its next build, articles new or not.
VERSION = hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in (vntext, sort_keys))
                         + Path(__file__).read_bytes()).hexdigest()[:16]
_VERSION_LINE = f'<{SUMMARY_GRAPH}> <{iris.CG}summaryVersion> "{VERSION}" .'


def _slug_of(var: str) -> str:
    """SPARQL expression: the IRI in ``var`` as a slug ("person-to-lam")."""
    return f'REPLACE(STRAFTER(STR({var}), "{iris.ID}"), "/", "-")'


# the documents the pending graphs date, attribute or type (constant
# predicates: Oxigraph scans every graph for a predicate variable)
_PENDING_DOCUMENTS = f"""SELECT DISTINCT ?doc {FROM} WHERE {{
  GRAPH ?g {{ ?doc eli:passed_by|eli:type_document|eli:date_document ?v }} }}"""


@dataclass(frozen=True)
class Figure:
    """One figure of the summary graph.

    ``full`` computes it over the whole merge. ``touched`` selects the keys
    (one or two variables) whose figure the pending graphs may change
    (``#GRAPHS`` stands for a VALUES block of the pending graphs);
    ``full`` with a VALUES block of them in place of ``#KEYS`` computes the
    figure for those keys only; the keys are the subjects of the figure's
    triples, whose ``predicates`` are given (cg: local names)."""
    name: str
    full: str
    touched: str
    predicates: tuple[str, ...]

    @property
    def keys(self) -> list[str]:
        head = self.touched.split("WHERE", 1)[0]
        return [w[1:] for w in head.split() if w.startswith("?")]

    def full_query(self) -> str:
        return self.full.replace(KEYS, "")

    def touched_keys(self, store: Store, graphs: list[str]) -> list[tuple]:
        return pending_rows(store, self.touched, graphs)

    def changes(self, store: Store, graphs: list[str]) -> tuple[set[str], set[str]]:
        """The figure's triples for the keys the pending ``graphs`` touch:
        as stored, and recomputed."""
        keys = self.touched_keys(store, graphs)
        new = set()
        for block in _blocks(self.keys, keys):
            new.update(store.construct_lines(iris.SPARQL_PREFIXES + self.full.replace(KEYS, block)))
        return stored_lines(store, {k for (k,) in keys}, self.predicates), new


# (in a filter) the graph ?h is pending
_PENDING_MARK = f"GRAPH <{SUMMARY_GRAPH}> {{ ?h <{iris.CG}summaryPending> ?mark }}"


def with_pending(sparql: str, graphs: list[str]) -> str:
    """``sparql`` with the pending graphs in place of ``#GRAPHS`` (a VALUES
    block of ?g) and of ``#FROM`` (FROM NAMED clauses)."""
    return (sparql.replace(GRAPHS, _block(["g"], [(g,) for g in graphs]))
            .replace(FROM, " ".join(f"FROM NAMED <{g}>" for g in sorted(graphs))))


def pending_rows(store: Store, sparql: str, graphs: list[str]) -> list[tuple]:
    """The rows of ``sparql`` over the pending graphs, asked a few hundred
    graphs at a time (an engine's cost per graph grows with the number of
    graphs named), the answers put end to end: so a query that counts per
    key counts per group of graphs, and its caller sums (``_summed``)."""
    return [row for i in range(0, len(graphs), _GRAPHS_PER_QUERY)
            for row in store.plain_rows(iris.SPARQL_PREFIXES + with_pending(sparql, graphs[i:i + _GRAPHS_PER_QUERY]))]


def _summed(rows) -> dict:
    """Key -> the sum of its counts, of rows (key..., count)."""
    sums: dict = {}
    for *key, n in rows:
        key = tuple(key) if len(key) > 1 else key[0]
        sums[key] = sums.get(key, 0) + int(n)
    return sums


def stored_lines(store: Store, subjects, predicates) -> set[str]:
    """The summary graph's triples about ``subjects`` with one of ``predicates``."""
    wanted = {f"<{iris.CG}{p}>" if p != "type" else f"<{iris.PREFIXES['rdf']}type>" for p in predicates}
    lines = set()
    for block in _blocks(["s"], [(s,) for s in subjects]):
        lines.update(line for line in store.construct_lines(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ {block} ?s ?p ?o }} }}")
            if line.split(" ", 2)[1] in wanted)
    return lines


def stored_values(store: Store, subjects, prop: str) -> dict[str, str]:
    """Subject -> the value of ``cg:prop`` in the summary graph."""
    values = {}
    for block in _blocks(["s"], [(x,) for x in subjects]):
        values.update(store.plain_rows(f"SELECT ?s ?v WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ {block} "
                                       f"?s <{iris.CG}{prop}> ?v }} }}"))
    return values


class MentionFigure(Figure):
    """Mentions counted by difference: a person's count grows by the texts
    the pending graphs mention them in (a republished copy's text is its
    first copy's) that no counted graph mentions them in."""

    def changes(self, store: Store, graphs: list[str]) -> tuple[set[str], set[str]]:
        texts = set(pending_rows(store, _TEXTS_MENTIONING, graphs))
        for block in _blocks(["p", "text"], texts):
            texts -= set(store.plain_rows(iris.SPARQL_PREFIXES + _COUNTED_TEXTS.replace(KEYS, block)))
        added: dict[str, int] = {}
        for p, _ in texts:
            added[p] = added.get(p, 0) + 1
        before = stored_values(store, added, "mentionCount")
        old = {_mention_line(p, int(n)) for p, n in before.items()}
        return old, {_mention_line(p, int(before.get(p, 0)) + n) for p, n in added.items()}


_TEXTS_MENTIONING = f"""SELECT DISTINCT ?p ?text {FROM} WHERE {{
  GRAPH ?g {{ ?p a cg:Person OPTIONAL {{ ?g cg:sameTextAs ?first }} }} BIND(COALESCE(?first, ?g) AS ?text) }}"""
# the (person, text) pairs a counted graph holds: the text's first copy, or another copy of it
_COUNTED_TEXTS = f"""SELECT ?p ?text WHERE {{ {KEYS}
  FILTER EXISTS {{ {{ GRAPH ?text {{ ?p a cg:Person }} BIND(?text AS ?h) }}
                  UNION {{ GRAPH ?h {{ ?h cg:sameTextAs ?text . ?p a cg:Person }} }}
                  FILTER NOT EXISTS {{ {_PENDING_MARK} }} }} }}"""


def _mention_line(p: str, n: int) -> str:
    return f"<{p}> <{iris.CG}mentionCount> {_integer(n)} ."


class DualPostsFigure(Figure):
    """Touched: the members of the pending articles' tenures, and everyone
    holding a tenure in a body that only pending articles call a Party or a
    State body (no counted graph types it so)."""

    def touched_keys(self, store: Store, graphs: list[str]) -> list[tuple]:
        keys = set(super().touched_keys(store, graphs))
        kinds = _block(["kind"], store.plain_rows(iris.SPARQL_PREFIXES + _BODY_CLASSES))
        typed = pending_rows(store, _TYPED_IN_PENDING.replace("#KINDS", kinds), graphs)
        fresh = set()
        for block in _blocks(["o", "kind"], typed):
            fresh.update(o for o, _ in store.plain_rows(iris.SPARQL_PREFIXES + _TYPED_ONLY_IN_PENDING.replace(KEYS, block)))
        for block in _blocks(["o"], [(o,) for o in fresh]):
            keys.update(store.plain_rows(f"SELECT DISTINCT ?p WHERE {{ {block} ?t <{iris.PREFIXES['org']}organization> ?o ; "
                                         f"<{iris.PREFIXES['org']}member> ?p }}"))
        return sorted(keys)


# (two constant ends: Virtuoso cannot start a closure from a VALUES block)
_BODY_CLASSES = """SELECT DISTINCT ?kind WHERE {
  { ?kind rdfs:subClassOf* cg:PartyBody } UNION { ?kind rdfs:subClassOf* cg:StateBody } }"""
_TYPED_IN_PENDING = f"""SELECT DISTINCT ?o ?kind {FROM} WHERE {{ #KINDS GRAPH ?g {{ ?o a ?kind }} }}"""
_TYPED_ONLY_IN_PENDING = f"""SELECT ?o ?kind WHERE {{ #KEYS
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?o a ?kind }} FILTER NOT EXISTS {{ {_PENDING_MARK} }} }} }}"""


class Pending(list):
    """The pending graphs' IRIs, and the documents they speak of (asked by
    two figures), read once."""
    documents: list[str] | None = None


def _pending_documents(store: Store, graphs: list[str]) -> list[str]:
    """VALUES blocks of ?doc: the documents the pending graphs speak of."""
    if getattr(graphs, "documents", None) is not None:
        return graphs.documents
    blocks = _blocks(["doc"], pending_rows(store, _PENDING_DOCUMENTS, graphs))
    if isinstance(graphs, Pending):
        graphs.documents = blocks
    return blocks


class DocumentCountFigure(Figure):
    """Cells counted by difference: only the documents the pending graphs
    date, attribute or type can move between cells. Each is placed in its
    cells twice, over the whole merge and over what the counted graphs (the
    graphs not pending) say of it, and each cell's stored count moves by
    the difference; a cell left with no document goes."""

    def changes(self, store: Store, graphs: list[str]) -> tuple[set[str], set[str]]:
        after: dict[str, dict[str, str]] = {}
        before: dict[str, dict[str, str]] = {}
        for block in _pending_documents(store, graphs):
            _cells(store.construct_lines(iris.SPARQL_PREFIXES + self.full.replace(KEYS, block)), after)
            _cells(store.construct_lines(iris.SPARQL_PREFIXES + _COUNTED_ONLY.replace(KEYS, block)), before)
        cells = set(after) | set(before)
        stored = stored_values(store, cells, "documentCount")
        new = set()
        for cell in cells:
            n = int(stored.get(cell, 0)) + _count(after.get(cell)) - _count(before.get(cell))
            if n > 0:
                lines = after.get(cell) or before[cell]
                new |= {line for p, line in lines.items() if p != _COUNT} | {
                    f"<{cell}> {_COUNT} {_integer(n)} ."}
        return stored_lines(store, cells, self.predicates), new


_COUNT = f"<{iris.CG}documentCount>"
# what the graphs counted so far (those not pending) say of a document


def _counted(p: str, o: str) -> str:
    """A filter: a graph counted so far says ``?doc p o``."""
    return f"FILTER EXISTS {{ GRAPH ?h {{ ?doc {p} {o} }} FILTER NOT EXISTS {{ {_PENDING_MARK} }} }}"


def _document_counts(counted_only: bool = False) -> str:
    """The documents-by-year CONSTRUCT: over the merge, or (``counted_only``)
    over what the counted graphs say."""
    said = _counted if counted_only else (lambda p, o: "")
    return f"""
CONSTRUCT {{ ?cell a cg:DocumentCount ; cg:issuer ?o ; cg:documentType ?t ; cg:year ?year ; cg:documentCount ?n }}
WHERE {{
  {{ SELECT ?o ?t ?year (COUNT(DISTINCT ?doc) AS ?n) WHERE {{
      {KEYS}
      ?doc eli:passed_by ?o ; eli:type_document ?t .
      {said("eli:passed_by", "?o")} {said("eli:type_document", "?t")}
      OPTIONAL {{ ?doc eli:date_document ?date {said("eli:date_document", "?date")} }}
      BIND(IF(BOUND(?date), YEAR(?date), "?") AS ?year)
    }} GROUP BY ?o ?t ?year }}
  BIND(IRI(CONCAT("{iris.ID}count/", {_slug_of("?o")}, "--", STRAFTER(STR(?t), "{iris.VOCAB}doctype/"),
                  "--", STR(?year))) AS ?cell)
}}"""


def _cells(lines: list[str], into: dict[str, dict[str, str]]) -> None:
    """N-Triples lines grouped by subject, then predicate."""
    for line in lines:
        subject, predicate, _ = line.split(" ", 2)
        into.setdefault(subject[1:-1], {})[predicate] = line


def _count(lines: dict[str, str] | None) -> int:
    return int(lines[_COUNT].split(" ", 2)[2].split('"')[1]) if lines else 0


class ConflictFigure(Figure):
    """Conflict candidates, for what pending articles touch: the documents
    they date or attribute, and the persons and bodies of their tenures
    (a second date, issuer or tenure only adds a conflict)."""

    def changes(self, store: Store, graphs: list[str]) -> tuple[set[str], set[str]]:
        flagged: set[str] = set()
        docs = pending_rows(store, _DOCUMENTS_DATED, graphs)
        for block in _blocks(["x"], docs):
            flagged.update(x for (x,) in store.plain_rows(iris.SPARQL_PREFIXES + _TWO_VALUES.replace(KEYS, block)))
        held = set(pending_rows(store, _HELD, graphs))
        tenures: dict[tuple[str, str], set[str]] = {}
        for block in _blocks(["p"], {(p,) for p, _ in held}):
            for p, t, o in store.plain_rows(iris.SPARQL_PREFIXES + _TENURES_OF.replace(KEYS, block)):
                if (p, o) in held:
                    tenures.setdefault((p, o), set()).add(t)
        flagged.update(t for ts in tenures.values() if len(ts) > 1 for t in ts)
        new = {f"<{x}> <{iris.CG}conflictCandidate> {_TRUE} ." for x in flagged}
        return new & stored_lines(store, flagged, self.predicates), new


_DOCUMENTS_DATED = f"""SELECT DISTINCT ?x {FROM} WHERE {{ GRAPH ?g {{ ?x eli:date_document|eli:passed_by ?v }} }}"""
_TWO_VALUES = """SELECT ?x WHERE {
  { SELECT ?x WHERE { #KEYS ?x eli:date_document ?v } GROUP BY ?x HAVING(COUNT(DISTINCT ?v) > 1) }
  UNION { SELECT ?x WHERE { #KEYS ?x eli:passed_by ?o } GROUP BY ?x HAVING(COUNT(DISTINCT ?o) > 1) } }"""
_HELD = f"""SELECT DISTINCT ?p ?o {FROM} WHERE {{ GRAPH ?g {{ ?t org:member ?p ; org:organization ?o }} }}"""
_TENURES_OF = "SELECT ?p ?t ?o WHERE { #KEYS ?t org:member ?p ; org:organization ?o }"


class AppointmentFigure(Figure):
    """The newest report of an appointment, by difference: with a start
    date anywhere in the merge it is the latest start date; without one,
    the latest issue date of the articles that report the appointment,
    which pending articles can only raise."""

    def changes(self, store: Store, graphs: list[str]) -> tuple[set[str], set[str]]:
        issued: dict[str, str] = {}
        for t, day in pending_rows(store, _NEW_APPOINTMENTS, graphs):
            if day is not None and day > issued.get(t, ""):
                issued[t] = day
            issued.setdefault(t, "")
        touched = set(issued) | {t for (t,) in pending_rows(store, _NEW_STARTS, graphs)}
        before = stored_values(store, touched, "appointmentReported")
        starts: dict[str, str] = {}
        for block in _blocks(["t"], [(t,) for t in touched]):
            for t, day in store.plain_rows(iris.SPARQL_PREFIXES + f"SELECT ?t ?d WHERE {{ {block} ?t cg:startDate ?d }}"):
                starts[t] = max(starts.get(t, ""), day)
        old = {_date_line(t, d) for t, d in before.items()}
        new = set()
        for t in touched:
            if t not in before and t not in issued:
                continue                        # a start date, but no report of an appointment
            value = starts.get(t) or max(before.get(t, ""), issued.get(t, ""))
            if value:
                new.add(_date_line(t, value))
        return old, new


_NEW_APPOINTMENTS = f"""SELECT ?t ?issued {FROM} WHERE {{
  GRAPH ?g {{ ?t cg:status <{_APPOINTED}> OPTIONAL {{ ?g dcterms:issued ?issued }} }} }}"""
_NEW_STARTS = f"""SELECT DISTINCT ?t {FROM} WHERE {{ GRAPH ?g {{ ?t cg:startDate ?d }} }}"""


def _date_line(t: str, day: str) -> str:
    return f'<{t}> <{iris.CG}appointmentReported> "{day}"^^<{iris.PREFIXES["xsd"]}date> .'


class PairFigure(Figure):
    """Co-participation counted by difference: events belong to the article
    that reports them (``…/event/<article>-N``), so the events of pending
    articles are new, and each pair's count grows by the new events the two
    shared. Only the pairs at those events are read and written."""

    def changes(self, store: Store, graphs: list[str]) -> tuple[set[str], set[str]]:
        added = _summed(pending_rows(store, _NEW_PAIRS, graphs))
        pairs = {_pair_iri(a, b): (a, b, n) for (a, b), n in added.items()}
        counts = stored_values(store, pairs, "sharedEvents")
        old, new = set(), set()
        for pair, (a, b, n) in pairs.items():
            before = int(counts.get(pair, 0))
            if before:
                old.add(f"<{pair}> <{iris.CG}sharedEvents> {_integer(before)} .")
            new.update({f"<{pair}> <{iris.PREFIXES['rdf']}type> <{iris.CG}CoParticipation> .",
                        f"<{pair}> <{iris.CG}pairMember> <{a}> .", f"<{pair}> <{iris.CG}pairMember> <{b}> .",
                        f"<{pair}> <{iris.CG}sharedEvents> {_integer(before + n)} ."})
        return old, new


_NEW_PAIRS = f"""
SELECT ?a ?b (COUNT(?e) AS ?n) {FROM} WHERE {{
  {{ SELECT DISTINCT ?e ?a WHERE {{ GRAPH ?g {{ ?e cg:chair|cg:speaker|cg:attendee ?a {_NO_COPY} }} }} }}
  {{ SELECT DISTINCT ?e ?b WHERE {{ GRAPH ?g {{ ?e cg:chair|cg:speaker|cg:attendee ?b {_NO_COPY} }} }} }}
  FILTER(STR(?a) < STR(?b))
}} GROUP BY ?a ?b"""


def _pair_iri(a: str, b: str) -> str:
    """The pair's IRI, as the ``pairs`` CONSTRUCT makes it."""
    return f"{iris.ID}pair/{a[len(iris.ID):].replace('/', '-')}--{b[len(iris.ID):].replace('/', '-')}"


def _integer(n: int) -> str:
    return f'"{n}"^^<{_INTEGER}>'


FIGURES = [
    # texts, not articles: a republished copy (cg:sameTextAs) counts as its first copy
    MentionFigure("mentions", f"""
CONSTRUCT {{ ?p cg:mentionCount ?n }} WHERE {{
  SELECT ?p (COUNT(DISTINCT ?text) AS ?n)
  WHERE {{ {KEYS} GRAPH ?g {{ ?p a cg:Person OPTIONAL {{ ?g cg:sameTextAs ?first }} }}
           FILTER(?g NOT IN ({_NOT_ARTICLES})) BIND(COALESCE(?first, ?g) AS ?text) }}
  GROUP BY ?p
}}""", touched="",
        predicates=("mentionCount",)),
    # each side made distinct per event first (a chair who also speaks is one
    # participant), then joined on the event; the events of republished copies
    # are their first copy's events again, and left out; restricted: the pairs of the
    # given persons, over their events (every event a pair shares is one)
    PairFigure("pairs", f"""
CONSTRUCT {{ ?pair a cg:CoParticipation ; cg:pairMember ?a , ?b ; cg:sharedEvents ?n }} WHERE {{
  {{ SELECT ?a ?b (COUNT(?e) AS ?n) WHERE {{
      {{ SELECT DISTINCT ?e ?a WHERE {{ {_PARTICIPATION} ?e ?role ?a {_NOT_COPIED} }} }}
      {{ SELECT DISTINCT ?e ?b WHERE {{ {_PARTICIPATION} ?e ?role ?b {_NOT_COPIED} }} }}
      FILTER(STR(?a) < STR(?b))
    }} GROUP BY ?a ?b }}
  BIND(IRI(CONCAT("{iris.ID}pair/", {_slug_of("?a")}, "--", {_slug_of("?b")})) AS ?pair)
}}""", touched="", predicates=("pairMember", "sharedEvents", "type")),
    # the kinds of body are few: bound first, the tenures follow from the
    # bodies; touched: the members of the pending graphs' tenures, and of
    # the tenures in a body whose class only a pending graph gives
    DualPostsFigure("dual-posts", f"""
CONSTRUCT {{ ?p cg:holdsDualPosts true }} WHERE {{
  SELECT ?p WHERE {{
    {KEYS}
    {{ SELECT ?kind ?side WHERE {{
        VALUES (?top ?side) {{ (cg:PartyBody "party") (cg:StateBody "state") }} ?kind rdfs:subClassOf* ?top }} }}
    ?o a ?kind . ?t org:organization ?o ; org:member ?p ; cg:post ?post ; cg:status ?s
    FILTER(?s != <{_FORMER}>)
  }} GROUP BY ?p HAVING(COUNT(DISTINCT ?side) = 2)
}}""", touched=f"SELECT DISTINCT ?p {FROM} WHERE {{ GRAPH ?g {{ ?t org:member ?p }} }}",
        predicates=("holdsDualPosts",)),
    # conflicts: a document with two dates or two issuers; the tenures of a
    # person with two in one body (tenure IRIs are person + role + body)
    ConflictFigure("conflicts", """
CONSTRUCT { ?x cg:conflictCandidate true } WHERE {
  { SELECT ?x WHERE { ?x eli:date_document ?v } GROUP BY ?x HAVING(COUNT(DISTINCT ?v) > 1) }
  UNION { SELECT ?x WHERE { ?x eli:passed_by ?o } GROUP BY ?x HAVING(COUNT(DISTINCT ?o) > 1) }
  UNION { { SELECT ?p ?o WHERE { ?t0 org:member ?p ; org:organization ?o } GROUP BY ?p ?o HAVING(COUNT(?t0) > 1) }
          ?x org:member ?p ; org:organization ?o . }
}""", touched="", predicates=("conflictCandidate",)),
    AppointmentFigure("appointments", f"""
CONSTRUCT {{ ?t cg:appointmentReported ?date }} WHERE {{
  SELECT ?t (MAX(COALESCE(?start, ?issued)) AS ?date) WHERE {{
    {KEYS}
    GRAPH ?g {{ ?t cg:status <{_APPOINTED}> OPTIONAL {{ ?g dcterms:issued ?issued }} }}
    OPTIONAL {{ ?t cg:startDate ?start }}
  }} GROUP BY ?t
}}""", touched="",
        predicates=("appointmentReported",)),
    Figure("document-events", """
CONSTRUCT { ?event cg:documentEventDate ?date } WHERE {
  SELECT ?event (MAX(?d) AS ?date) WHERE {
    { SELECT DISTINCT ?event WHERE { #KEYS ?event cg:concerns|cg:adopts|cg:disseminates ?doc } }
    ?event schema:startDate ?d
  } GROUP BY ?event
}""", touched=f"SELECT DISTINCT ?event {FROM} WHERE {{ GRAPH ?g {{ ?event a cg:Event }} }}",
        predicates=("documentEventDate",)),
    # a cell is an issuer, a type and a year (a document dated anew leaves
    # the cell of undated ones)
    DocumentCountFigure("documents-by-year", _document_counts(), touched="",
        predicates=("type", "issuer", "documentType", "year", "documentCount")),
]

_COUNTED_ONLY = _document_counts(counted_only=True)

_ISSUERS_OF = "SELECT DISTINCT ?o ?doc WHERE { #KEYS ?doc eli:passed_by ?o }"
_NEWEST_DATE = "SELECT ?doc (MAX(?d) AS ?newest) WHERE { #KEYS ?doc eli:date_document ?d } GROUP BY ?doc"
_DATES_OF = """SELECT ?o ?doc (MAX(?d) AS ?newest) WHERE { ?doc eli:passed_by ?o OPTIONAL { ?doc eli:date_document ?d } }
GROUP BY ?o ?doc"""


def _newest_changes(store: Store, graphs: list[str], keep: int = NEWEST_DOCUMENTS) -> tuple[set[str], set[str]]:
    """Each touched body's newest documents, by difference: dates only
    grow as articles are added, so the new newest are among the old ones
    and the documents the pending articles date or attribute."""
    pairs = {row for block in _pending_documents(store, graphs)
             for row in store.plain_rows(iris.SPARQL_PREFIXES + _ISSUERS_OF.replace(KEYS, block))}
    issuers = {o for o, _ in pairs}
    stored = [row for block in _blocks(["s"], [(o,) for o in issuers])
              for row in store.plain_rows(f"SELECT ?s ?doc WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ {block} "
                                          f"?s <{iris.CG}newestDocument> ?doc }} }}")]
    pairs.update(stored)
    old = {_newest_line(o, doc) for o, doc in stored}
    dates: dict[str, str] = {}
    for block in _blocks(["doc"], [(d,) for _, d in pairs]):
        dates.update(store.plain_rows(iris.SPARQL_PREFIXES + _NEWEST_DATE.replace(KEYS, block)))
    by_issuer: dict[str, list[tuple[str, str]]] = {}
    for issuer, doc in pairs:
        by_issuer.setdefault(issuer, []).append((dates.get(doc) or "", doc))
    return old, set(_newest_lines(by_issuer, keep))


def newest_document_lines(store: Store, keep: int = NEWEST_DOCUMENTS) -> list[str]:
    """Each body's ``keep`` newest documents by their newest date (undated
    ones last, ties by IRI): a listing of a body's documents then reads
    those instead of dating every document the body ever issued."""
    by_issuer: dict[str, list[tuple[str, str]]] = {}
    for issuer, doc, newest in store.plain_rows(iris.SPARQL_PREFIXES + _DATES_OF):
        by_issuer.setdefault(issuer, []).append((newest or "", doc))
    return _newest_lines(by_issuer, keep)


def _newest_lines(by_issuer: dict[str, list[tuple[str, str]]], keep: int) -> list[str]:
    lines = []
    for issuer, docs in by_issuer.items():
        docs.sort(key=lambda d: d[1])
        docs.sort(key=lambda d: d[0], reverse=True)        # stable: ties stay in IRI order
        lines += [_newest_line(issuer, doc) for _, doc in docs[:keep]]
    return lines


def _newest_line(issuer: str, doc: str) -> str:
    return f"<{issuer}> <{iris.CG}newestDocument> <{doc}> ."


# --------------------------------------------------------- whole recompute
def summary_lines(store: Store) -> set[str]:
    """Every triple of the summary graph, computed over the whole merge."""
    lines = {line for f in FIGURES for line in store.construct_lines(iris.SPARQL_PREFIXES + f.full_query())}
    lines |= set(newest_document_lines(store))
    lines |= set(sort_keys.all_lines(store, _dual_holders(lines)))
    return lines | {_VERSION_LINE}


def _dual_holders(lines) -> set[str]:
    marker = f" <{iris.CG}holdsDualPosts> "
    return {line.split(" ", 1)[0][1:-1] for line in lines if marker in line}


def comparable(store: Store) -> tuple[set[str], dict[str, list[str]]]:
    """What an update and a whole recompute agree on: the summary graph's
    triples but the alphabetical positions, and for each kind of position
    the entities in the order it gives (an update numbers new entities
    between their neighbours, a recompute numbers everything anew)."""
    positions = ("sortKey", "candidateOrder", "dualPostsOrder")
    lines = store.construct_lines(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}")
    plain = {line for line in lines if not any(f"#{p}>" in line for p in positions)}
    orders = {}
    for prop in positions:
        rows = store.plain_rows(f"SELECT ?x ?k WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?x <{iris.CG}{prop}> ?k }} }}")
        orders[prop] = [x for x, _ in sorted(rows, key=lambda r: int(r[1]))]
    return plain, orders


def summaries_current(store: Store) -> bool:
    """Whether the store holds summaries computed by this version."""
    return bool(store.query(f"ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ {_VERSION_LINE} }} }}"))


def refresh_summaries(store: Store) -> None:
    """Recompute the summary graph from the merge."""
    lines = sorted(summary_lines(store))
    store.clear_graph(SUMMARY_GRAPH)
    for i in range(0, len(lines), _CHUNK):      # bulk loads, not one long transaction
        store.write_graphs({}, {SUMMARY_GRAPH: lines[i:i + _CHUNK]})


# ------------------------------------------------------------- update
_PENDING = f"<{iris.CG}summaryPending>"
_TRUE = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'


def pending_lines(graphs) -> list[str]:
    """The marks of articles written but not yet counted (summary graph)."""
    return [f"<{g}> {_PENDING} {_TRUE} ." for g in graphs]


def pending(store: Store) -> list[str]:
    return [g for (g,) in store.plain_rows(f"SELECT ?g WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?g {_PENDING} ?t }} }}")]


def update_summaries(store: Store) -> int:
    """Count the pending articles into the summary graph: each figure
    recomputed for the keys they touch, old triples swapped for new in one
    update. The number of triples changed."""
    graphs = Pending(pending(store))
    if not graphs:
        return 0
    old: set[str] = set()
    new: set[str] = set()
    for figure in FIGURES:
        was, now = figure.changes(store, graphs)
        old |= was
        new |= now
    was, now = _newest_changes(store, graphs)
    old |= was
    new |= now
    duals = _dual_holders(new) | _dual_holders(old)
    named = pending_rows(store, sort_keys.TOUCHED, graphs)
    old_keys, new_keys = sort_keys.update_lines(store, {x for (x,) in named}, duals, _dual_holders(new))
    old |= old_keys
    new |= new_keys
    old |= set(pending_lines(graphs))
    removed, added = sorted(old - new), sorted(new - old)
    parts = []
    if removed:
        parts.append(f"DELETE DATA {{ GRAPH <{SUMMARY_GRAPH}> {{\n" + "\n".join(removed) + "\n} }")
    if added:
        parts.append(f"INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{\n" + "\n".join(added) + "\n} }")
    update = " ;\n".join(parts)
    if (store.max_update_bytes and len(update.encode("utf-8")) > store.max_update_bytes) or \
            (store.max_update_lines and len(removed) + len(added) > store.max_update_lines):
        refresh_summaries(store)           # more than one request takes, so not one transaction
    else:
        store.update(update)               # one transaction
    return len(removed) + len(added)


_BLOCK_ROWS = 2000


def _block(names: list[str], rows) -> str:
    """A VALUES block of IRIs."""
    body = " ".join("(" + " ".join(f"<{v}>" for v in row) + ")" for row in rows)
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {body} }}"


def _blocks(names: list[str], rows) -> list[str]:
    rows = sorted(set(map(tuple, rows)))
    return [_block(names, rows[i:i + _BLOCK_ROWS]) for i in range(0, len(rows), _BLOCK_ROWS)]
