"""Namespaces and IRI minting. IRIs are readable ASCII slugs, the same on
every machine and every run: "…/id/person/phan-thang-an"."""
from __future__ import annotations

import hashlib
import re

from pyoxigraph import NamedNode

from .vntext import slugify

BASE = "https://w3id.org/cadregraph/"
ID = BASE + "id/"
CG = BASE + "ontology#"
VOCAB = BASE + "vocab/"
GRAPH = BASE + "graph/"

ONTOLOGY_GRAPH = GRAPH + "ontology"
VOCAB_GRAPH = GRAPH + "vocabularies"
REFERENCE_GRAPH = GRAPH + "reference"
INFERRED_GRAPH = GRAPH + "inferred"
CURATED_GRAPH = GRAPH + "curated"
IDENTITY_GRAPH = GRAPH + "identity"
SHAPES_GRAPH = GRAPH + "shapes"
SUCCESSION_GRAPH = GRAPH + "succession"
SUMMARY_GRAPH = GRAPH + "summaries"
SYSTEM_GRAPHS = (ONTOLOGY_GRAPH, VOCAB_GRAPH, REFERENCE_GRAPH, INFERRED_GRAPH, CURATED_GRAPH, IDENTITY_GRAPH,
                 SHAPES_GRAPH, SUCCESSION_GRAPH, SUMMARY_GRAPH)

ARTICLE_BASE = ID + "article/"


_SHORT = re.compile(r"(?:person|org|doc|event|article|tenure|place)/[A-Za-z0-9._~-]+")


def expand(text: str) -> str:
    """An IRI as the tables print it ("person/phan-thang-an") made whole;
    any other text is left as it is, for the caller to judge."""
    text = text.strip()
    return ID + text if _SHORT.fullmatch(text) else text


def iri_list(values) -> str:
    """IRIs as a SPARQL list for IN / NOT IN: "<a>, <b>"."""
    return ", ".join(f"<{v}>" for v in sorted(values))

PREFIXES = {
    "cg": CG,
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "time": "http://www.w3.org/2006/time#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

# The PREFIX lines every query of the package starts with.
SPARQL_PREFIXES = "\n".join(f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items()) + \
    f"\nPREFIX status: <{VOCAB}status/>\n"


def node(prefix: str, local: str) -> "NamedNode":
    """``node("org", "member")`` -> the pyoxigraph IRI of org:member."""
    return NamedNode(PREFIXES[prefix] + local)


_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


def long_slug(text: str, limit: int = 60) -> str:
    """A slug for a long name (a document's title): cut at ``limit`` with a
    hash of the whole, so two titles that start alike stay apart."""
    full = slugify(text, limit=10_000)
    if len(full) <= limit:
        return full
    return f"{slugify(text, limit=limit)}-{_short_hash(full)}"


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def is_provenance(subject: str) -> bool:
    """A triple about an article or a node inside it (its claims and
    sentences) is provenance: it stays in the article's graph, out of the
    default graph."""
    return subject.startswith(ARTICLE_BASE)


def article_slug(article_id: str) -> str:
    """A slug for an article id; ids a slug would change ("../x", "Bài 1")
    keep a hash of the original so two ids never meet."""
    slug = slugify(article_id)
    if not _SAFE_ID.match(article_id) or slug != article_id:
        slug = f"{slug}-{_short_hash(article_id)}"
    return slug


def article(article_id: str) -> str:
    return f"{ID}article/{article_slug(article_id)}"


def person(slug: str) -> str:
    return f"{ID}person/{slug}"


def org(slug: str) -> str:
    return f"{ID}org/{slug}"


def place(level: str, name: str) -> str:
    return f"{ID}place/{level}-{slugify(name)}"


def post(role_slug: str, org_iri: str) -> str:
    return f"{ID}post/{role_slug}--{_tail(org_iri)}"


def tenure(person_iri: str, role_slug: str, org_iri: str) -> str:
    return f"{ID}tenure/{_tail(person_iri)}--{role_slug}--{_tail(org_iri)}"


def document(slug: str) -> str:
    return f"{ID}doc/{slug}"


def event(article_iri: str, index: int) -> str:
    return f"{ID}event/{_tail(article_iri)}-{index + 1}"


def concept(scheme: str, slug: str) -> str:
    return f"{VOCAB}{scheme}/{slug}"


def sentence(article_iri: str, index: int) -> str:
    return f"{article_iri}#s{index}"


def claim(article_iri: str, *parts: str) -> str:
    return f"{article_iri}#c-{_short_hash('|'.join(parts))}"


def activity(version: str, readers: tuple[tuple[str, str], ...] = ()) -> str:
    """The extraction by CadreGraph ``version``, after the page readers
    (software, version) that took the article's text from a web page."""
    tail = "".join(f"-{slugify(name)}-{slugify(v)}" for name, v in readers)
    return f"{ID}activity/extraction-{slugify(version)}{tail}"


def agent(version: str, software: str = "cadregraph") -> str:
    return f"{ID}agent/{slugify(software)}-{slugify(version)}"


def _tail(iri: str) -> str:
    return iri[len(ID):].replace("/", "-") if iri.startswith(ID) else slugify(iri)
