"""Identity: which IRI each mention denotes, across articles.

Bodies and documents have keys (a body's full name with its place; a
document's symbol with the term or year its number belongs to). Persons
are harder: Vietnam has many officials called Nguyễn Văn Hùng. A mention
joins an existing person of the same name only on evidence: a shared
body, a post in the same province, or national posts on both sides. On
thin evidence it gets its own IRI and a ``cg:possibleSameAs`` candidate
with the reason, for a curator to decide (see ``curation``).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from ..core import iris
from .curation import Curation
from ..extract.gazetteer import Gazetteer
from ..core.model import DocumentMention, Extraction, OrgRef, PersonMention
from ..core.vntext import comparable, slugify

# Common family names: a person named with one of these needs evidence to
# be merged; a rarer name ("Tô Lâm") is taken as one person when nothing
# says otherwise.
_COMMON_SURNAMES = {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ"}

# Terms of the Party Central Committee: a term runs from the close of one
# national congress to the close of the next (Hướng dẫn 36-HD/VPTW).
_CENTRAL_TERMS = [
    (date(2001, 4, 22), "khoa-ix"), (date(2006, 4, 25), "khoa-x"), (date(2011, 1, 19), "khoa-xi"),
    (date(2016, 1, 28), "khoa-xii"), (date(2021, 2, 1), "khoa-xiii"), (date(2026, 1, 23), "khoa-xiv"),
]
# Local party committees hold congresses in the autumn of 2010, 2015, 2020, 2025.
_LOCAL_TERM_START_MONTH = 10
# Types of named documents that are one document wherever they are cited.
_GLOBAL_NAMED = {"luat", "bo-luat", "hien-phap", "phap-lenh", "dieu-le", "cuong-linh", "van-kien"}


@dataclass
class PersonEntity:
    iri: str
    name: str
    bodies: set[str] = field(default_factory=set)
    provinces: set[str] = field(default_factory=set)
    national: bool = False


@dataclass(frozen=True)
class Candidate:
    a: str
    b: str
    reason: str

    @property
    def iri(self) -> str:
        pair = "|".join(sorted((self.a, self.b)))
        return f"{iris.ID}candidate/{hashlib.sha256(pair.encode()).hexdigest()[:12]}"


@dataclass
class Resolution:
    """IRIs for one article's mentions."""
    persons: dict[str, str] = field(default_factory=dict)      # name -> IRI
    orgs: dict[int, str] = field(default_factory=dict)         # id(OrgRef) -> IRI
    org_names: dict[str, str] = field(default_factory=dict)    # IRI -> canonical name
    documents: dict[str, str] = field(default_factory=dict)    # document key -> IRI
    scopes: dict[str, str] = field(default_factory=dict)       # document key -> numbering scope (local signs)
    places: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # IRI -> (level, name, province)


def document_term(d: DocumentMention) -> str | None:
    """What makes a document's number unique besides its symbol: the Party
    committee term, or the year of a State document without one."""
    if not d.symbol:
        return None
    if d.system == "party":
        return party_term(d.symbol.split("/", 1)[1] if "/" in d.symbol else None, d.date)
    if d.year is None and d.date:
        return str(d.date.year)
    return None


# Signs of local bodies: their numbers restart in every province (Tỉnh ủy,
# UBND and HĐND of a province) or every district or commune body.
_PROVINCIAL_SIGNS = ("TU", "UBND", "HĐND")
_DISTRICT_SIGNS = ("HU", "ĐU", "QU", "TXU")


def local_sign(symbol: str | None) -> str | None:
    """"provincial" or "district" for the sign of a local body ("01-CT/TU",
    "3888/QĐ-UBND", "05-NQ/HU"), else None (central signs are unique)."""
    if not symbol or "/" not in symbol:
        return None
    sign = symbol.split("/", 1)[1]
    issuer = sign.rsplit("-", 1)[-1] if "-" in sign else sign
    if issuer in _PROVINCIAL_SIGNS or (issuer.endswith("TU") and not issuer.endswith("TW")):
        return "provincial"
    if issuer.endswith(_DISTRICT_SIGNS):
        return "district"
    return None


def party_term(symbol_issuer: str | None, when: date | None) -> str | None:
    """The committee term a Party document's number belongs to."""
    if when is None:
        return None
    if symbol_issuer and (symbol_issuer.endswith("TW") or symbol_issuer in ("VPTW", "BTCTW", "UBKTTW")):
        label = None
        for start, name in _CENTRAL_TERMS:
            if when >= start:
                label = name
        return label
    start_year = when.year - ((when.year - 2010) % 5)
    if when.year == start_year and when.month < _LOCAL_TERM_START_MONTH:
        start_year -= 5
    return f"{start_year}-{start_year + 5}"


class IdentityIndex:
    def __init__(self, gaz: Gazetteer, curation: Curation | None = None) -> None:
        self.gaz = gaz
        self.curation = curation or Curation()
        self.persons: dict[str, list[PersonEntity]] = {}          # comparable name -> entities
        self.claims: dict[str, str] = {}                          # minted IRI -> comparable name
        self.documents: dict[str, dict[str, str]] = {}            # symbol -> {term/year or "": IRI}
        self.candidates: dict[str, Candidate] = {}
        self.new_candidates: list[str] = []       # raised since the store last got them
        self.person_iris: set[str] = set()
        self._kind_labels = sorted(
            ((comparable(gaz.expand(alt)), kind.label) for kind in gaz.kind_by_slug.values()
             for alt in {kind.label, *self._alts(kind.slug)}), key=lambda x: -len(x[0]))
        self._national = {b.iri for b in gaz.body_by_iri.values()}

    def _alts(self, kind_slug: str) -> set[str]:
        return set(self.gaz.kind_phrases.get(kind_slug, ()))

    # ------------------------------------------------------------ loading
    def add_known_person(self, iri: str, name: str, bodies: set[str], provinces: set[str]) -> None:
        self.claim(iri, name)
        entities = self.persons.setdefault(comparable(name), [])
        ent = next((e for e in entities if e.iri == iri), None)
        if ent is None:
            ent = PersonEntity(iri, name)
            entities.append(ent)
            self.person_iris.add(iri)
        ent.bodies |= bodies
        ent.provinces |= provinces
        ent.national |= bool(bodies & self._national)

    def claim(self, iri: str, name: str) -> None:
        """An IRI already minted for a name (loaded from the store)."""
        self.claims.setdefault(iri, comparable(name))

    def mint(self, make, slug: str, name: str) -> str:
        """The IRI ``make(slug)`` for ``name``, unless another name took it:
        slugs drop diacritics, and "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng"
        are two people. The second name gets a suffix from its own hash."""
        key = comparable(name)
        iri = make(slug)
        if self.claims.setdefault(iri, key) != key:
            iri = make(f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:4]}")
            self.claims.setdefault(iri, key)
        return iri

    def add_known_document(self, iri: str, symbol: str, term: str | None, scope: str | None = None) -> None:
        self.documents.setdefault(_scoped(symbol, scope), {})[term or ""] = iri

    # ---------------------------------------------------------- resolving
    def resolve(self, ex: Extraction, article_iri: str) -> Resolution:
        res = Resolution()
        province = ex.doc_province
        for ref in ex.all_orgs():
            res.orgs[id(ref)] = self._org(ref, article_iri, res, province)
        for p in ex.persons:
            res.persons[p.name] = self._person(p, ex, res, article_iri)
        when = ex.doc.reference_date
        for d in ex.documents:
            scope = self._numbering_scope(d, ex, res, article_iri)
            if scope:
                res.scopes[d.key] = scope
            res.documents[d.key] = self._document(d, res, article_iri, when, scope)
        return res

    # bodies
    def org_name(self, ref: OrgRef) -> str:
        """The full name that identifies a body: the article's words with
        abbreviations spelled out, the place filled in, and the kind in its
        canonical form ("Ủy ban MTTQ tỉnh" -> "Ủy ban Mặt trận Tổ quốc Việt
        Nam tỉnh ...")."""
        name = ref.canonical or ref.name
        if ref.known_iri:
            return self.gaz.body_by_iri[ref.known_iri].label
        key = comparable(name)
        for alt, label in self._kind_labels:
            if key == alt or key.startswith(alt + " "):
                return label + name[len(alt):] if len(name) >= len(alt) else label
        return name

    def _org(self, ref: OrgRef, article_iri: str, res: Resolution, province: str | None) -> str:
        if ref.known_iri:
            iri = self.curation.canonical(ref.known_iri)
            res.org_names[iri] = self.gaz.body_by_iri[ref.known_iri].label
            return iri
        name = self.org_name(ref)
        scope = ""
        if ref.kind and ref.kind != "foreign" and not ref.jurisdiction and self._needs_place(ref):
            scope = iris.article_slug(article_iri.rsplit("/", 1)[-1]) + "--"   # "Tỉnh ủy", place unknown
        elif ref.jurisdiction_level in ("district", "commune") and province and province not in name:
            scope = slugify(province) + "--"      # "xã Sơn Tây" exists in several provinces
        iri = self.curation.canonical(self.mint(iris.org, scope + slugify(name), name))
        res.org_names.setdefault(iri, name)
        if ref.jurisdiction and ref.jurisdiction_level:
            place_iri = iris.place(ref.jurisdiction_level, ref.jurisdiction if ref.jurisdiction_level == "province"
                                   else f"{ref.jurisdiction} {province or ''}".strip())
            res.places[place_iri] = (ref.jurisdiction_level, ref.jurisdiction, province or "")
        return iri

    def _needs_place(self, ref: OrgRef) -> bool:
        kind = self.gaz.kind_by_slug.get(ref.kind or "")
        return bool(kind) and kind.attaches in ("area", "jurisdiction", "committee")

    # persons
    def _person(self, p: PersonMention, ex: Extraction, res: Resolution, article_iri: str) -> str:
        slug = slugify(p.name)
        bodies = {res.orgs[id(pos.org)] for pos in p.positions if id(pos.org) in res.orgs}
        provinces = {self._province_of(pos.org, ex) for pos in p.positions} - {None}
        national = bool(bodies & self._national) or any(pos.org.kind == "foreign" for pos in p.positions)
        entities = self.persons.setdefault(comparable(p.name), [])
        chosen, reason = self._match(p.name, entities, bodies, provinces, national)
        if chosen is None:
            taken = {e.iri for e in entities}
            iri = self.mint(iris.person, slug, p.name)
            if iri in taken:            # a namesake: named by a body of theirs
                base = iri.rsplit("/", 1)[-1]
                first_body = sorted(bodies)[0] if bodies else article_iri
                iri = iris.person(f"{base}--{first_body.rsplit('/', 1)[-1]}")
                n = 2
                while iri in taken:
                    iri = iris.person(f"{base}--{n}")
                    n += 1
            iri = self.curation.canonical(iri)
            chosen = next((e for e in entities if e.iri == iri), None)
            if chosen is None:
                chosen = PersonEntity(iri, p.name)
                entities.append(chosen)
                self.person_iris.add(iri)
            for other in entities:
                if other is not chosen and not self.curation.different(other.iri, chosen.iri):
                    cand = Candidate(*sorted((other.iri, chosen.iri)), reason=reason or "same name")
                    if cand.iri not in self.candidates:
                        self.candidates[cand.iri] = cand
                        self.new_candidates.append(cand.iri)
        chosen.bodies |= bodies
        chosen.provinces |= provinces
        chosen.national |= national
        return chosen.iri

    def _match(self, name: str, entities: list[PersonEntity], bodies: set[str], provinces: set[str],
               national: bool) -> tuple[PersonEntity | None, str | None]:
        if not entities:
            return None, None
        for e in entities:
            if bodies & e.bodies:
                return e, None
        for e in entities:
            if provinces & e.provinces:
                return e, None
            if national and e.national:
                return e, None
        distinctive = comparable(name).split()[0] not in _COMMON_SURNAMES
        if len(entities) == 1 and (not bodies or not (entities[0].bodies or entities[0].provinces)):
            if distinctive:
                return entities[0], None
            return None, "same name; no post to compare in one of the mentions"
        if len(entities) == 1 and distinctive and not entities[0].provinces and not provinces:
            return entities[0], None
        return None, "same name; posts in different bodies and places"

    def _province_of(self, ref: OrgRef, ex: Extraction) -> str | None:
        if ref.jurisdiction_level == "province" and ref.jurisdiction:
            return ref.jurisdiction
        if ref.jurisdiction_level in ("district", "commune"):
            return ex.doc_province
        return None

    # documents
    def _numbering_scope(self, d: DocumentMention, ex: Extraction, res: Resolution, article_iri: str) -> str | None:
        """Where a local sign's number is unique: the province of a
        provincial body's document (its issuer's, else the article's); the
        issuing body of a district or commune document; failing those, the
        article alone, so that the "01-CT/TU" of two provinces stay apart."""
        level = local_sign(d.symbol)
        if level is None:
            return None
        if level == "provincial":
            province = (self._province_of(d.issuer, ex) if d.issuer else None) or ex.doc_province
            if province:
                return slugify(province)
        elif d.issuer is not None and id(d.issuer) in res.orgs:
            return res.orgs[id(d.issuer)].rsplit("/", 1)[-1]
        return article_iri.rsplit("/", 1)[-1]

    def _document(self, d: DocumentMention, res: Resolution, article_iri: str, article_date: date | None,
                  scope: str | None = None) -> str:
        if d.symbol:
            sym = d.symbol
            term = document_term(d)
            known = self.documents.setdefault(_scoped(sym, scope), {})
            if term is None:
                if len(known) == 1:
                    return next(iter(known.values()))
                iri = known.get("") or iris.document(_scoped_slug(sym, scope))
            else:
                iri = known.get(term)
                if iri is None and "" in known and len(known) == 1:
                    iri = known.pop("")          # an undated mention, now dated
                iri = iri or iris.document(f"{_scoped_slug(sym, scope)}-{term}" if d.year is None
                                           else _scoped_slug(sym, scope))
            known[term or ""] = iri
            return self.curation.canonical(iri)
        dtype = self.gaz.doc_type_by_label.get((d.type or "").casefold())
        if d.number:
            issuer = res.orgs.get(id(d.issuer)) if d.issuer else None
            base = f"{slugify(d.type or 'van-ban')}-{d.number}"
            if issuer:
                year = f"-{d.date.year}" if d.date else ""
                return self.curation.canonical(iris.document(f"{base}-{issuer.rsplit('/', 1)[-1]}{year}"))
            return iris.document(f"{article_iri.rsplit('/', 1)[-1]}--{base}")
        title_slug = iris.long_slug(d.title or d.key)
        if dtype and (dtype.slug in _GLOBAL_NAMED or comparable(d.key).startswith("nghị quyết đại hội")):
            year = f"-{d.date.year}" if d.date and dtype.slug in ("luat", "bo-luat", "phap-lenh") else ""
            return self.curation.canonical(iris.document(f"{title_slug}{year}"))
        return iris.document(f"{article_iri.rsplit('/', 1)[-1]}--{title_slug}")


def _scoped(symbol: str, scope: str | None) -> str:
    return f"{symbol}@{scope}" if scope else symbol


def _scoped_slug(symbol: str, scope: str | None) -> str:
    return f"{slugify(symbol)}--{scope}" if scope else slugify(symbol)
