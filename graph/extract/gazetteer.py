"""Lookup tables for the extractor, read from the SKOS vocabularies in
ontology/vocab/ and the administrative units package.

Phrases are matched on tokens (see ``tokens``), casefolded and in one
tone-mark style, longest first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Generic, Iterable, TypeVar

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, RDF, SKOS

from . import admin_units
from ..core import resources
from ..read.tokens import tokenize
from ..core.vntext import comparable, normalise_tones

CG = Namespace("https://w3id.org/cadregraph/ontology#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

V = TypeVar("V")


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped (tone marks count as letters)."""
    if a == b or abs(len(a) - len(b)) > 1 or len(b) < 3 or not a.isalpha():
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


class Lexicon(Generic[V]):
    """Phrases (as token sequences) mapped to values, matched longest first.
    A case-sensitive lexicon (abbreviations: "TƯ" is not "tư") keys tokens
    as written."""

    def __init__(self, case_sensitive: bool = False, proper: bool = False) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        # the same entries indexed for matching: phrases of two words or more
        # by their first two, longest first, as (length, the words after the
        # first two, value); one-word phrases by their word
        self._by_pair: dict[tuple[str, str], list[tuple[int, tuple[str, ...], V]]] = {}
        self._single: dict[str, V] = {}
        self.first_words = self._by_first      # the words a phrase starts with: a cheap test before a match
        self.case_sensitive = case_sensitive
        self.proper = proper        # names that start with a capital ("Áo", "Anh" are also common words)
        # (see match_misspelt) phrases of three words or more by their first word and
        # their second or third: (first, 1 or 2, that word) -> where they are in _by_first[first]
        self._by_later_word: dict[tuple[str, int, str], list[int]] | None = None

    def key(self, phrase: str) -> tuple[str, ...]:
        if self.case_sensitive:
            return tuple(normalise_tones(t.text) for t in tokenize(phrase))
        return tuple(comparable(t.text) for t in tokenize(phrase))

    def add(self, phrase: str, value: V) -> None:
        key = self.key(phrase)
        if not key:
            return
        entries = self._by_first.setdefault(key[0], [])
        if all(k != key for k, _ in entries):
            self._by_later_word = None
            entries.append((key, value))
            entries.sort(key=lambda e: -len(e[0]))
            if len(key) == 1:
                self._single[key[0]] = value
            else:
                pair = self._by_pair.setdefault(key[:2], [])
                pair.append((len(key), key[2:], value))
                pair.sort(key=lambda e: -e[0])

    def match(self, keys: list[str], i: int) -> tuple[int, V] | None:
        """Longest phrase starting at token ``i`` of ``keys`` (comparable
        forms of the tokens): (number of tokens, value)."""
        first = keys[i]
        if first not in self._by_first:
            return None
        if i + 1 < len(keys):
            for n, rest, value in self._by_pair.get((first, keys[i + 1]), ()):
                if n == 2 or tuple(keys[i + 2:i + n]) == rest:
                    return n, value
        if first in self._single:
            return 1, self._single[first]
        return None

    def starts(self, word: str) -> bool:
        """Whether a phrase may start with this word (a cheap test before match)."""
        return word in self._by_first

    def match_misspelt(self, keys: list[str], i: int) -> tuple[int, V] | None:
        """A phrase of three words or more written with one later word
        misspelt by one letter ("Ban Chấp hàng Trung ương Đảng"), when no
        phrase matches as written."""
        if i + 3 > len(keys):
            return None
        first, second, third = keys[i:i + 3]
        entries, by_later_word = self._by_first.get(first, ()), self._phrases_by_later_word()
        # (the phrases one of whose two words after the first is right, in their order)
        for k in sorted({*by_later_word.get((first, 1, second), ()), *by_later_word.get((first, 2, third), ())}):
            phrase, value = entries[k]
            n = len(phrase)
            if i + n > len(keys):
                continue
            wrong = None
            for t in range(1, n):
                if keys[i + t] != phrase[t]:
                    if wrong is not None:
                        break       # two words differ: no misspelling of this phrase
                    wrong = t
            else:
                if wrong is not None and _one_letter_apart(keys[i + wrong], phrase[wrong]):
                    return n, value
        return None

    def _phrases_by_later_word(self) -> dict[tuple[str, int, str], list[int]]:
        if self._by_later_word is None:
            index: dict[tuple[str, int, str], list[int]] = {}
            for first, entries in self._by_first.items():
                for k, (phrase, _) in enumerate(entries):
                    if len(phrase) >= 3:
                        index.setdefault((first, 1, phrase[1]), []).append(k)
                        index.setdefault((first, 2, phrase[2]), []).append(k)
            self._by_later_word = index
        return self._by_later_word

    def lookup(self, phrase: str) -> V | None:
        key = self.key(phrase)
        hit = self.match(list(key), 0) if key else None
        return hit[1] if hit and hit[0] == len(key) else None


@dataclass(frozen=True)
class Role:
    slug: str
    label: str
    en: str


@dataclass(frozen=True)
class CompoundTitle:
    role: Role
    org_iri: str | None
    body_kind: str | None
    board_kind: str | None = None      # "UVBTV": a board of the committee written after it


@dataclass(frozen=True)
class BodyKind:
    slug: str
    label: str
    en: str
    body_class: str          # PartyBody, StateBody, ...
    attaches: str            # area | jurisdiction | committee | host
    default_level: str | None


@dataclass(frozen=True)
class Body:
    iri: str
    slug: str
    label: str
    en: str
    body_class: str
    parent_iri: str | None
    codes: tuple[str, ...]
    successor_iri: str | None
    replaced_on: date | None


@dataclass(frozen=True)
class DocType:
    slug: str
    label: str
    en: str
    codes: tuple[str, ...]


@dataclass(frozen=True)
class EventType:
    slug: str
    label: str
    en: str


@dataclass
class Gazetteer:
    roles: Lexicon[Role] = field(default_factory=Lexicon)
    # roles written only before the organs they name: each label -> (role, organs)
    roles_only_before: Lexicon[tuple[Role, tuple[str, ...]]] = field(default_factory=Lexicon)
    titles: Lexicon[CompoundTitle] = field(default_factory=Lexicon)
    body_kinds: Lexicon[BodyKind] = field(default_factory=Lexicon)
    bodies: Lexicon[Body] = field(default_factory=Lexicon)
    doc_types: Lexicon[DocType] = field(default_factory=Lexicon)
    event_types: Lexicon[EventType] = field(default_factory=Lexicon)
    countries: Lexicon[str] = field(default_factory=lambda: Lexicon(proper=True))
    ethnic_groups: Lexicon[str] = field(default_factory=lambda: Lexicon(proper=True))
    unit_names: Lexicon[str] = field(default_factory=Lexicon)      # "Cảnh sát quản lý hành chính về …"
    ruling_party: dict[str, str] = field(default_factory=dict)       # country -> its party
    government_name: dict[str, str] = field(default_factory=dict)    # country -> "Quốc vụ viện"
    foreign_governments: Lexicon[str] = field(default_factory=lambda: Lexicon(proper=True))  # -> country
    ruling_parties: Lexicon[str] = field(default_factory=lambda: Lexicon(proper=True))       # -> country
    foreign_regions: Lexicon[str] = field(default_factory=lambda: Lexicon(proper=True))      # -> country
    former_provinces: Lexicon[str] = field(default_factory=lambda: Lexicon(proper=True))     # -> name
    abbreviations: dict[str, str] = field(default_factory=dict)   # comparable abbr -> full
    abbreviation_phrases: Lexicon[str] = field(default_factory=lambda: Lexicon(case_sensitive=True))
    capital_abbreviations: set[str] = field(default_factory=set)   # "BTV", "TU", "PBT": parts of "BTVTU"
    body_by_iri: dict[str, Body] = field(default_factory=dict)
    body_by_code: dict[str, Body] = field(default_factory=dict)
    kind_by_slug: dict[str, BodyKind] = field(default_factory=dict)
    kind_phrases: dict[str, list[str]] = field(default_factory=dict)   # slug -> labels
    role_by_slug: dict[str, Role] = field(default_factory=dict)
    head_of_deputy: dict[str, Role] = field(default_factory=dict)     # "Thứ trưởng" -> Bộ trưởng
    doc_type_by_label: dict[str, DocType] = field(default_factory=dict)
    doc_types_by_code: dict[str, list[DocType]] = field(default_factory=dict)
    event_type_by_slug: dict[str, EventType] = field(default_factory=dict)
    unnamed_event_type: str | None = None       # (cg:forUnnamedEvents)
    admin: admin_units.AdminUnits | None = None
    _expanded: dict[str, str] = field(default_factory=dict, repr=False)

    def expand(self, text: str) -> str:
        """Spell out the abbreviations of a phrase ("HĐND tỉnh" ->
        "Hội đồng nhân dân tỉnh"), keeping everything else as written
        (remembered: the same phrases come back in every article)."""
        done = self._expanded.get(text)
        if done is None:
            if len(self._expanded) > 100_000:
                self._expanded.clear()      # (a long build's phrases, kept in bounds)
            done = self._expanded[text] = self._expand(text)
        return done

    def _expand(self, text: str) -> str:
        toks = tokenize(text)
        if not toks:
            return text
        keys = [t.text for t in toks]
        out: list[str] = []
        i = 0
        last_end = toks[0].start
        while i < len(toks):
            hit = self.abbreviation_phrases.match(keys, i)
            sep = text[last_end:toks[i].start]
            if hit:
                n, full = hit
                out.append(sep + full)
                last_end = toks[i + n - 1].end
                i += n
            else:
                out.append(sep + toks[i].text)
                last_end = toks[i].end
                i += 1
        return "".join(out).strip()


def _label(g: Graph, s: URIRef, lang: str, prop=SKOS.prefLabel) -> str:
    for o in g.objects(s, prop):
        if isinstance(o, Literal) and o.language == lang:
            return str(o)
    return ""


def _alts(g: Graph, s: URIRef) -> list[str]:
    """A concept's alternative labels, an abbreviation joined by "&" also
    joined by a dash or by nothing (and a dash before "&" also typed as a
    comma: "VH,TT&DL"), and its abbreviations as typed with
    a plain D for Đ ("HDND", "DBQH"), four letters or more and no other label
    (a shorter one, "GD", "DU", is another word)."""
    alts = [str(o) for o in g.objects(s, SKOS.altLabel)]
    # "GD&ĐT" is also typed "GD-ĐT" and "GDĐT"
    alts += [v for a in alts if "&" in a and " " not in a
             for v in (a.replace("&", "-"), a.replace("&", "").replace("-", ""), a.replace("-", ","))
             if v not in alts and v != a]
    plain = [a.replace("Đ", "D") for a in alts if "Đ" in a and a.isupper() and " " not in a and len(a) >= 4]
    return alts + [a for a in plain if a not in _labels(g)]


@lru_cache(maxsize=4)
def _labels(g: Graph) -> frozenset[str]:
    return frozenset(str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(None, p))


def _slug(iri: URIRef | str) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def _parse(names: Iterable[str]) -> Graph:
    g = Graph()
    for name in names:
        g.parse(resources.vocab_file(name), format="turtle")
    return g


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    g = _parse(["roles", "titles", "bodykinds", "bodies", "doctypes", "eventtypes",
                "countries", "foreignregions", "formerprovinces", "abbreviations", "ethnicgroups", "unitnames"])
    gz = Gazetteer(admin=admin_units.load())
    scheme = lambda name: URIRef(f"https://w3id.org/cadregraph/vocab/{name}")  # noqa: E731

    role_alts: dict[str, list[str]] = {}
    for s in g.subjects(SKOS.inScheme, scheme("roles")):
        role = Role(_slug(s), _label(g, s, "vi"), _label(g, s, "en"))
        gz.role_by_slug[role.slug] = role
        organs = sorted(str(o) for o in g.objects(s, CG.onlyBefore))
        if organs:
            for phrase in [role.label, *_alts(g, s)]:   # "Thành viên HĐQT", "TV HĐQT"; never "thành viên" alone
                gz.roles_only_before.add(phrase, (role, tuple(organs)))
            continue
        role_alts[role.label] = _alts(g, s)
        for phrase in [role.label, *role_alts[role.label]]:
            gz.roles.add(phrase, role)
    for deputy, head in g.subject_objects(CG.deputyOf):
        gz.head_of_deputy[_label(g, deputy, "vi")] = gz.role_by_slug[_slug(head)]
    for label, role in _abbreviated_extensions(role_alts, gz.role_by_slug):
        gz.roles.add(label, role)

    for s in g.subjects(SKOS.inScheme, scheme("bodykinds")):
        kind = BodyKind(_slug(s), _label(g, s, "vi"), _label(g, s, "en"),
                        str(g.value(s, CG.bodyClass)).rsplit("#", 1)[-1], str(g.value(s, CG.attachesTo)),
                        str(g.value(s, CG.defaultLevel)) if g.value(s, CG.defaultLevel) else None)
        gz.kind_by_slug[kind.slug] = kind
        gz.kind_phrases[kind.slug] = [kind.label, *_alts(g, s)]
        for phrase in gz.kind_phrases[kind.slug]:
            gz.body_kinds.add(phrase, kind)

    body_phrases: list[tuple[str, Body]] = []
    for s in g.subjects(SKOS.inScheme, scheme("bodies")):
        parent = g.value(s, ORG.subOrganizationOf)
        succ = g.value(s, DCTERMS.isReplacedBy)
        when = g.value(s, CG.replacedOn)
        cls = next((_slug(o).split("#")[-1] for o in g.objects(s, RDF.type)
                    if str(o).startswith(str(CG))), "Organization")
        body = Body(str(s), _slug(s), _label(g, s, "vi"), _label(g, s, "en"), cls,
                    str(parent) if parent else None,
                    tuple(sorted(str(c) for c in g.objects(s, CG.issuerCode))),
                    str(succ) if succ else None, when.toPython() if when else None)
        gz.body_by_iri[body.iri] = body
        for code in body.codes:
            gz.body_by_code[code] = body
        for phrase in [body.label, *_alts(g, s)]:
            gz.bodies.add(phrase, body)
            body_phrases.append((phrase, body))

    title_phrases: list[tuple[str, CompoundTitle]] = []
    for s in g.subjects(SKOS.inScheme, scheme("titles")):
        role = gz.role_by_slug[_slug(g.value(s, CG.impliesRole))]
        org = g.value(s, CG.impliesOrganization)
        kind = g.value(s, CG.impliesBodyKind)
        board = g.value(s, CG.namesBoardOf)
        title = CompoundTitle(role, str(org) if org else None, _slug(kind) if kind else None,
                              _slug(board) if board else None)
        for phrase in [_label(g, s, "vi"), *_alts(g, s)]:
            gz.titles.add(phrase, title)
            title_phrases.append((phrase, title))

    for s in g.subjects(SKOS.inScheme, scheme("doctypes")):
        dt = DocType(_slug(s), _label(g, s, "vi"), _label(g, s, "en"),
                     tuple(sorted(str(n) for n in g.objects(s, SKOS.notation))))
        gz.doc_type_by_label[comparable(dt.label)] = dt
        for phrase in [dt.label, *_alts(g, s)]:
            gz.doc_types.add(phrase, dt)
        for code in dt.codes:
            gz.doc_types_by_code.setdefault(code, []).append(dt)

    for s in g.subjects(SKOS.inScheme, scheme("eventtypes")):
        et = EventType(_slug(s), _label(g, s, "vi"), _label(g, s, "en"))
        gz.event_type_by_slug[et.slug] = et
        if (s, CG.forUnnamedEvents, Literal(True)) in g:
            gz.unnamed_event_type = et.slug
            continue
        for phrase in [et.label, *_alts(g, s)]:
            gz.event_types.add(phrase, et)

    for s in g.subjects(SKOS.inScheme, scheme("ethnicgroups")):
        for phrase in [_label(g, s, "vi"), *_alts(g, s)]:
            gz.ethnic_groups.add(phrase, _label(g, s, "vi"))

    for s in g.subjects(SKOS.inScheme, scheme("unitnames")):
        for phrase in [_label(g, s, "vi"), *_alts(g, s)]:
            gz.unit_names.add(phrase, _label(g, s, "vi"))

    for s in g.subjects(SKOS.inScheme, scheme("countries")):
        name = _label(g, s, "vi")
        for phrase in [name, *_alts(g, s)]:
            gz.countries.add(phrase, name)
        if g.value(s, CG.rulingParty):
            gz.ruling_party[name] = str(g.value(s, CG.rulingParty))
            gz.ruling_parties.add(gz.ruling_party[name], name)
        if g.value(s, CG.governmentName):
            gz.government_name[name] = str(g.value(s, CG.governmentName))
            gz.foreign_governments.add(gz.government_name[name], name)

    for s in g.subjects(SKOS.inScheme, scheme("foreignregions")):
        country = _label(g, g.value(s, SKOS.broader), "vi")
        for phrase in [_label(g, s, "vi"), *_alts(g, s)]:
            gz.foreign_regions.add(phrase, country)

    for s in g.subjects(SKOS.inScheme, scheme("formerprovinces")):
        for phrase in [_label(g, s, "vi"), *_alts(g, s)]:
            gz.former_provinces.add(phrase, _label(g, s, "vi"))

    for s in g.subjects(SKOS.inScheme, scheme("abbreviations")):
        full = _label(g, s, "vi")
        for alt in _alts(g, s):
            gz.abbreviations[comparable(alt)] = full
            gz.abbreviation_phrases.add(alt, full)
    for slug, phrases in gz.kind_phrases.items():
        # a body kind's capital abbreviation ("TU", "ĐU") is spelled out in a body's name
        for alt in filter(_is_capital_abbreviation, phrases[1:]):
            if comparable(alt) not in gz.abbreviations:
                gz.abbreviations[comparable(alt)] = gz.kind_by_slug[slug].label
                gz.abbreviation_phrases.add(alt, gz.kind_by_slug[slug].label)
    capitals = [(full, alt) for alt, full in _capital_abbreviations(g, scheme("abbreviations"))]
    kind_phrases = [(phrase, gz.kind_by_slug[slug]) for slug, phrases in gz.kind_phrases.items() for phrase in phrases]
    for lexicon, phrases in ((gz.bodies, body_phrases), (gz.titles, title_phrases), (gz.body_kinds, kind_phrases)):
        for phrase, value in phrases:
            for variant in _abbreviated_forms(phrase, capitals):
                lexicon.add(variant, value)     # "VKSND tối cao", "Ủy viên T.Ư Đảng", "Sở Nông nghiệp và PTNT"
    gz.capital_abbreviations = {alt for phrases in [*role_alts.values(), *gz.kind_phrases.values(),
                                                    [phrase for phrase, _ in title_phrases]]
                                for alt in phrases if _is_capital_abbreviation(alt)}
    return gz


def _capital_abbreviations(g: Graph, scheme: URIRef) -> list[tuple[str, str]]:
    """(abbreviation, full words) of the scheme written in capitals ("VKSND", "T.Ư")."""
    return [(alt, _label(g, s, "vi")) for s in g.subjects(SKOS.inScheme, scheme)
            for alt in _alts(g, s) if _is_capital_abbreviation(alt, marks=True)]


def _abbreviated_forms(phrase: str, capitals: list[tuple[str, str]]) -> set[str]:
    """A body's name with the words of one abbreviation written as it:
    "Viện Kiểm sát nhân dân tối cao" -> "VKSND tối cao"."""
    out = set()
    for full, alt in capitals:
        if len(full.split()) > 1 and f" {full} " in f" {phrase} ":
            out.add(f" {phrase} ".replace(f" {full} ", f" {alt} ", 1).strip())
    return out


def _is_capital_abbreviation(phrase: str, marks: bool = False) -> bool:
    """"TU", "PBT", "UBKT": one word of capitals (with ``marks``, "T.Ư" and
    "TN&MT" too)."""
    letters = [ch for ch in phrase if ch.isalpha()]
    return " " not in phrase and len(letters) >= 2 and all(ch.isupper() for ch in letters) \
        and (marks or len(letters) == len(phrase))


def _abbreviated_extensions(role_alts: dict[str, list[str]], roles: dict[str, Role]):
    """"PBT Thường trực", "Phó TGĐ Thường trực": a role named by another's
    name and more, written with that other role's abbreviation."""
    by_label = {role.label: role for role in roles.values()}
    for label, role in by_label.items():
        for shorter, alts in role_alts.items():
            if shorter != label and label.startswith(shorter + " "):
                for alt in (a for a in alts if _is_capital_abbreviation(a.split()[-1])):
                    yield alt + label[len(shorter):], role
