"""One article's extraction -> the quads of its named graph.

Everything the article claims lives in the graph named by the article's
IRI. Each claim is also reified (a ``cg:Claim``, an ``rdf:Statement``)
with the character span and the sentence it came from, so any fact can be
traced to the words that said it.

Lean by measure (bench/SCALING.md, "what an article graph costs"): a type
the ontology entails is not written. ``cg:sentence`` has domain
``cg:Claim`` and range ``cg:Sentence``, so claims and sentences carry no
``rdf:type``; a sentence's ``dcterms:isPartOf`` is its graph (and its IRI),
and its end is its start plus the length of its text; tenures, documents,
events and articles carry their CadreGraph class only (``cg:Tenure ⊑
org:Membership``, ``cg:Document ⊑ eli:LegalResource``, ``cg:Event ⊑
schema:Event``, ``cg:Article ⊑ schema:NewsArticle``). `cadregraph reason`
writes all of these back as inferences, and SHACL validation infers them.
"""
from __future__ import annotations

import hashlib
from datetime import date
from typing import NamedTuple

from .. import __version__
from ..core import iris
from . import nt
from ..extract.gazetteer import Gazetteer
from .keys import key_lines
from ..resolve.identity import Resolution, document_term
from ..core.model import Extraction, OrgRef, Span
from ..read.fingerprint import TextCopy

_n = nt.term
TYPE = nt.TYPE

CLASS_OF_BODY = {"PartyBody": "PartyBody", "StateBody": "StateBody", "MassOrganization": "MassOrganization",
                 "ArmedForcesUnit": "ArmedForcesUnit", "Department": "Department", "foreign": "ForeignBody",
                 "ReligiousOrganization": "ReligiousOrganization", "Enterprise": "Enterprise",
                 "InternationalOrganization": "InternationalOrganization"}
_HEAD_CLASSES = [("Cục", "Department"), ("Vụ", "Department"), ("Phòng", "Department"), ("Văn phòng", "Department"),
                 ("Ban", "Department"), ("Quân khu", "ArmedForcesUnit"), ("Bộ Tư lệnh", "ArmedForcesUnit"),
                 ("Bộ Chỉ huy", "ArmedForcesUnit"), ("Quân", "ArmedForcesUnit"), ("Bộ", "StateBody"),
                 ("Sở", "StateBody"), ("Ủy ban", "StateBody"), ("Tòa án", "StateBody"), ("Viện", "StateBody"),
                 ("Tổng cục", "StateBody"), ("Hội", "MassOrganization"), ("Liên đoàn", "MassOrganization"),
                 ("Mặt trận", "MassOrganization"), ("Đảng", "PartyBody"), ("Chi bộ", "PartyBody"),
                 ("Trung tâm", "StateBody"), ("Học viện", "StateBody"), ("Đoàn", "Organization")]
STATUS = {"current": "current", "appointed": "appointed", "former": "former", "ended": "ended"}
LINK_PREDICATE = {"implements": _n("cg", "implements"), "based_on": _n("eli", "based_on"),
                  "amends": _n("eli", "amends"), "replaces": _n("eli", "repeals")}
ROLE_PREDICATE = {"chair": _n("cg", "chair"), "speaker": _n("cg", "speaker"), "attendee": _n("cg", "attendee")}




def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ArticleTriples(NamedTuple):
    """N-Triples lines ("<s> <p> <o> ."): the article's graph, and its facts
    for the default graph (its provenance stays out)."""
    named: list[str]
    merged: list[str]


class ArticleGraph:
    """Collects the quads of one article's graph, and the default-graph
    copies of its facts (triples about the article itself, its claims and
    its sentences are provenance and stay in its graph)."""

    def __init__(self, ex: Extraction, res: Resolution, gaz: Gazetteer, copy: TextCopy | None = None) -> None:
        self.ex = ex
        self.res = res
        self.gaz = gaz
        self.copy = copy
        art = ex.doc.article
        self.iri = iris.article(art.id)
        self.lines: list[str] = []
        self.merged: list[str] = []
        self._seen: set[str] = set()
        self._sentences: dict[int, str] = {}

    # ------------------------------------------------------------ helpers
    def add(self, s: str, p: str, o: str) -> None:
        line = f"{s} {p} {o} ."
        if line not in self._seen:
            self._line(line, s)
            for key in key_lines(s, p, o):
                if key not in self._seen:
                    self._line(key, s)

    def _line(self, line: str, s: str) -> None:
        self._seen.add(line)
        self.lines.append(line)
        if not iris.is_provenance(s[1:]):
            self.merged.append(line)

    def _sentence(self, span: Span) -> str:
        sentences = self.ex.doc.sentences
        idx = next((i for i, s in enumerate(sentences) if s.start <= span.start < s.end), 0)
        node = self._sentences.get(idx)
        if node is None:
            node = nt.iri(iris.sentence(self.iri, idx))
            self._sentences[idx] = node
            if sentences:
                s = sentences[idx]
                self.add(node, _n("cg", "text"), nt.vi(s.text))
                self.add(node, _n("cg", "start"), nt.integer(s.start))
        return node

    def claim(self, s: str, p: str, o: str, span: Span, **labels: str) -> None:
        """The triple, and its reification with the span that says it."""
        self.add(s, p, o)
        c = nt.iri(iris.claim(self.iri, nt.value_of(s), nt.value_of(p), o, str(span.start)))
        self.add(c, _n("rdf", "subject"), s)
        self.add(c, _n("rdf", "predicate"), p)
        self.add(c, _n("rdf", "object"), o)
        self.add(c, _n("cg", "start"), nt.integer(span.start))
        self.add(c, _n("cg", "end"), nt.integer(span.end))
        self.add(c, _n("cg", "sentence"), self._sentence(span))
        for key, value in labels.items():
            self.add(c, _n("cg", key), nt.vi(value))

    # -------------------------------------------------------------- parts
    def build(self) -> ArticleTriples:
        self._article()
        for ref in self.ex.all_orgs():
            self._org(ref)
        for level_name in self.res.places.items():
            self._place(*level_name)
        self._persons()
        self._parents()
        self._documents()
        self._links()
        self._events()
        return ArticleTriples(self.lines, self.merged)

    def _article(self) -> None:
        art = self.ex.doc.article
        a = nt.iri(self.iri)
        self.add(a, TYPE, _n("cg", "Article"))
        self.add(a, _n("dcterms", "identifier"), nt.text(art.id))
        if art.url:
            self.add(a, _n("schema", "url"), nt.text(art.url))
        if art.site:
            self.add(a, _n("cg", "site"), nt.text(art.site))
        if art.site_name:
            self.add(a, _n("cg", "siteName"), nt.vi(art.site_name))
        if art.author:
            self.add(a, _n("schema", "author"), nt.vi(art.author))
        if art.published:
            self.add(a, _n("dcterms", "issued"), nt.day(art.published))
            self.add(a, _n("schema", "datePublished"), nt.day(art.published))
        elif self.ex.doc.dateline:
            self.add(a, _n("schema", "dateCreated"), nt.day(self.ex.doc.dateline))
        if art.retrieved:
            self.add(a, _n("cg", "retrieved"), nt.date_time(art.retrieved))
        headline = art.title or (self.ex.doc.sentences[0].text if self.ex.doc.sentences else None)
        if headline:
            self.add(a, _n("schema", "headline"), nt.vi(headline[:300]))
        self.add(a, _n("cg", "contentHash"), nt.text(content_hash(art.text)))
        self._activity(a, art.extractors)
        self._text_copy(a)

    def _text_copy(self, a: str) -> None:
        """A republished text points to its first copy; a first copy keeps its
        fingerprint, by which later copies find it (graph/build/copies.py)."""
        if self.copy is None or self.copy.fingerprint is None:
            return
        if self.copy.same_as:
            self.add(a, _n("cg", "sameTextAs"), nt.iri(self.copy.same_as))
            return
        self.add(a, _n("cg", "textSignature"), nt.text(self.copy.fingerprint.encode()))
        for band in self.copy.fingerprint.bands():
            self.add(a, _n("cg", "textBand"), nt.text(band))

    def _activity(self, a: str, extractors: tuple[tuple[str, str], ...]) -> None:
        """The extraction that generated the article's graph. The plain one and
        its agent are described once, in the reference graph; one that read a
        web page names the page reader's software too, here."""
        activity = nt.iri(iris.activity(__version__, extractors))
        self.add(a, _n("prov", "wasGeneratedBy"), activity)
        if not extractors:
            return
        self.add(activity, TYPE, _n("cg", "Extraction"))
        self.add(activity, _n("prov", "wasAssociatedWith"), nt.iri(iris.agent(__version__)))
        for name, version in extractors:
            agent = nt.iri(iris.agent(version, name))
            self.add(activity, _n("prov", "wasAssociatedWith"), agent)
            self.add(agent, TYPE, _n("prov", "SoftwareAgent"))
            self.add(agent, _n("rdfs", "label"), nt.text(f"{name} {version}"))
            self.add(agent, _n("cg", "softwareVersion"), nt.text(version))

    def _org_node(self, ref: OrgRef) -> str:
        return nt.iri(self.res.orgs[id(ref)])

    def _org(self, ref: OrgRef) -> None:
        iri = self.res.orgs.get(id(ref))
        if iri is None:
            return
        o = nt.iri(iri)
        self.add(nt.iri(self.iri), _n("schema", "mentions"), o)
        for written in sorted({ref.name, " ".join(ref.surface.split())} - {""}):
            if written != self.res.org_names.get(iri):
                self.add(o, _n("skos", "altLabel"), nt.vi(written))
        if ref.known_iri:
            return            # the reference data says the rest
        self.add(o, TYPE, _n("cg", self._class_of(ref)))
        self.add(o, _n("skos", "prefLabel"), nt.vi(self.res.org_names[iri]))
        if ref.kind and ref.kind != "foreign":
            self.add(o, _n("cg", "bodyKind"), nt.iri(iris.concept("bodykind", ref.kind)))
        if ref.jurisdiction and ref.jurisdiction_level:
            place = self._place_iri(ref)
            if place:
                self.add(o, _n("cg", "jurisdiction"), nt.iri(place))
        if ref.host is not None and id(ref.host) in self.res.orgs:
            # "Ban Thường vụ Tỉnh ủy X" is a unit of "Tỉnh ủy X": its name says so.
            self.add(o, _n("org", "subOrganizationOf"), self._org_node(ref.host))

    def _place_iri(self, ref: OrgRef) -> str | None:
        for iri, (level, name, _) in self.res.places.items():
            if level == ref.jurisdiction_level and name == ref.jurisdiction:
                return iri
        return None

    def _class_of(self, ref: OrgRef) -> str:
        if ref.kind == "foreign":
            return "ForeignBody"
        kind = self.gaz.kind_by_slug.get(ref.kind or "")
        if kind:
            return kind.body_class
        name = ref.canonical or ref.name
        for head, cls in _HEAD_CLASSES:
            if name.startswith(head + " "):
                return cls
        return "Organization"

    def _place(self, iri: str, info: tuple[str, str, str]) -> None:
        level, name, province = info
        node = nt.iri(iri)
        self.add(node, TYPE, _n("cg", {"province": "Province", "district": "District"}.get(level, "Commune")))
        self.add(node, _n("schema", "name"), nt.vi(name))
        if level != "province" and province:
            self.add(node, _n("cg", "partOfProvince"), nt.iri(iris.place("province", province)))

    def _persons(self) -> None:
        art = nt.iri(self.iri)
        when = self.ex.doc.reference_date
        for p in self.ex.persons:
            person = nt.iri(self.res.persons[p.name])
            self.add(person, TYPE, _n("cg", "Person"))
            self.add(person, _n("foaf", "name"), nt.vi(p.name))
            self.claim(art, _n("schema", "mentions"), person, p.span)
            for pos in p.positions:
                if id(pos.org) not in self.res.orgs:
                    continue
                org_iri = self.res.orgs[id(pos.org)]
                org = nt.iri(org_iri)
                role = nt.iri(iris.concept("role", pos.role))
                t = nt.iri(iris.tenure(nt.value_of(person), pos.role, org_iri))
                post = nt.iri(iris.post(pos.role, org_iri))
                self.add(t, TYPE, _n("cg", "Tenure"))
                self.claim(t, _n("org", "member"), person, pos.span)
                self.add(t, _n("org", "organization"), org)
                self.add(t, _n("org", "role"), role)
                self.add(t, _n("cg", "post"), post)
                self.add(t, _n("cg", "roleLabel"), nt.vi(pos.title))
                self.add(t, _n("cg", "organizationLabel"), nt.vi(pos.org.name))
                self.add(t, _n("cg", "status"), nt.iri(iris.concept("status", STATUS[pos.status])))
                if when and pos.status in ("current", "appointed"):
                    self.add(t, _n("cg", "attestedOn"), nt.day(when))
                self._interval(t, pos, when)
                self.add(post, TYPE, _n("cg", "Post"))
                self.add(post, _n("org", "postIn"), org)
                self.add(post, _n("org", "role"), role)
                label = self.res.org_names.get(org_iri, pos.org.name)
                self.add(post, _n("skos", "prefLabel"), nt.vi(f"{pos.title} {label}"))

    def _interval(self, t: str, pos, when: date | None) -> None:
        """Start (bổ nhiệm, bầu...) and end (thôi giữ chức, nguyên...) of a
        tenure, as an OWL-Time interval."""
        edge = {"appointed": "hasBeginning", "ended": "hasEnd", "former": "hasEnd"}.get(pos.status)
        at = pos.change_date or (when if pos.status in ("appointed", "ended") else None)
        if edge is None or at is None:
            return
        interval = nt.iri(nt.value_of(t) + "/during")
        instant = nt.iri(f"{iris.ID}instant/{at.isoformat()}")
        self.add(t, _n("org", "memberDuring"), interval)
        self.add(interval, TYPE, _n("time", "Interval"))
        self.claim(interval, _n("time", edge), instant, pos.span)
        self.add(instant, TYPE, _n("time", "Instant"))
        self.add(instant, _n("time", "inXSDDate"), nt.day(at))
        # the same date straight on the tenure, for queries (one triple to look up, not a path)
        self.add(t, _n("cg", "startDate" if edge == "hasBeginning" else "endDate"), nt.day(at))

    def _parents(self) -> None:
        for op in self.ex.org_parents:
            if id(op.org) in self.res.orgs and id(op.parent) in self.res.orgs:
                self.claim(self._org_node(op.org), _n("org", "subOrganizationOf"), self._org_node(op.parent),
                           op.span, subjectLabel=op.org.name, objectLabel=op.parent.name)

    def _documents(self) -> None:
        art = nt.iri(self.iri)
        for d in self.ex.documents:
            doc = nt.iri(self.res.documents[d.key])
            self.add(doc, TYPE, _n("cg", "Document"))
            self.claim(art, _n("schema", "mentions"), doc, d.span)
            if d.symbol:
                self.add(doc, _n("eli", "id_local"), nt.text(d.symbol))
                term = document_term(d)
                if term:
                    self.add(doc, _n("cg", "term"), nt.text(term))
                if d.key in self.res.scopes:
                    self.add(doc, _n("cg", "numberingScope"), nt.text(self.res.scopes[d.key]))
            if d.number:
                self.add(doc, _n("eli", "number"), nt.text(d.number))
            dtype = self.gaz.doc_type_by_label.get((d.type or "văn bản").casefold())
            if dtype:
                self.add(doc, _n("eli", "type_document"), nt.iri(iris.concept("doctype", dtype.slug)))
            if d.date:
                self.claim(doc, _n("eli", "date_document"), nt.day(d.date), d.span)
            if d.issuer is not None and id(d.issuer) in self.res.orgs:
                self.claim(doc, _n("eli", "passed_by"), self._org_node(d.issuer), d.span,
                           objectLabel=d.issuer.name)
                self.add(doc, _n("cg", "issuerLabel"), nt.vi(d.issuer.name))
            if d.title:
                self.claim(doc, _n("eli", "title"), nt.vi(d.title), d.span)
            for surface in d.surfaces:
                self.add(doc, _n("skos", "altLabel"), nt.vi(" ".join(surface.split())))

    def _links(self) -> None:
        for link in self.ex.links:
            a, b = self.res.documents.get(link.source), self.res.documents.get(link.target)
            if a and b:
                self.claim(nt.iri(a), LINK_PREDICATE[link.rel], nt.iri(b), link.span)

    def _events(self) -> None:
        art = nt.iri(self.iri)
        for idx, ev in enumerate(self.ex.events):
            e = nt.iri(iris.event(self.iri, idx))
            et = self.gaz.event_type_by_slug.get(ev.type_slug)
            self.add(e, TYPE, _n("cg", "Event"))
            if et:
                self.add(e, _n("cg", "eventType"), nt.iri(iris.concept("event", et.slug)))
            label = ev.type + (f" {ev.date.isoformat()}" if ev.date else "")
            self.add(e, _n("rdfs", "label"), nt.vi(label))
            self.claim(art, _n("schema", "about"), e, ev.span)
            if ev.date:
                self.add(e, _n("schema", "startDate"), nt.day(ev.date))
            for part in ev.participants:
                person = self.res.persons.get(part.name)
                if person:
                    self.claim(e, ROLE_PREDICATE[part.role], nt.iri(person), part.span)
            for key in ev.documents:
                doc = self.res.documents.get(key)
                if doc:
                    adopted = any(d.key == key and d.adopted for d in self.ex.documents)
                    self.add(e, _n("cg", "adopts" if adopted else "concerns"), nt.iri(doc))


def build_article(ex: Extraction, res: Resolution, gaz: Gazetteer, copy: TextCopy | None = None) -> ArticleTriples:
    return ArticleGraph(ex, res, gaz, copy).build()
