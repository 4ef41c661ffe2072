"""The graphs every store holds besides the articles: the ontology, the
SKOS vocabularies, Vietnam's provinces before and after the 2025 merger
(from the vietnamadminunits package), and which bodies of a merged
province continue in which body of its successor."""
from __future__ import annotations

import hashlib
from importlib import metadata

import pyoxigraph as ox

from .. import __version__
from ..extract import admin_units
from ..core import iris, resources
from ..extract.gazetteer import Gazetteer
from ..rdf.keys import key_quads
from ..store import Store
from ..store.base import lines_of
from ..core.vntext import slugify

XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
P = iris.PREFIXES


_n = iris.node


TYPE = ox.NamedNode(P["rdf"] + "type")


def _turtle_quads(paths, graph: str) -> list[ox.Quad]:
    """The triples of Turtle files in one graph, blank nodes skolemised to
    IRIs named by file and order of appearance, so every build and every
    store (embedded or remote) holds the very same quads."""
    g = ox.NamedNode(graph)
    out = []
    for path in paths:
        names: dict[str, ox.NamedNode] = {}

        def skolem(term):
            if not isinstance(term, ox.BlankNode):
                return term
            if term.value not in names:
                names[term.value] = ox.NamedNode(f"{iris.BASE}.well-known/genid/{path.stem}-{len(names)}")
            return names[term.value]

        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            out.append(ox.Quad(skolem(t.subject), t.predicate, skolem(t.object), g))
    return out


def _adminunits_version() -> str:
    try:
        return metadata.version("vietnamadminunits")
    except metadata.PackageNotFoundError:
        return "unknown"


def province_quads() -> list[ox.Quad]:
    """Provinces, with the successor of each merged one (1 July 2025)."""
    g = ox.NamedNode(iris.REFERENCE_GRAPH)
    units = admin_units.load()
    source = ox.Literal(f"vietnamadminunits {_adminunits_version()}")
    out = []
    add = lambda s, p, o: out.append(ox.Quad(s, p, o, g))  # noqa: E731
    for p in sorted(units.provinces.values(), key=lambda p: p.key):
        node = ox.NamedNode(iris.place("province", p.name))
        add(node, TYPE, _n("cg", "Province"))
        add(node, _n("schema", "name"), ox.Literal(p.name, language="vi"))
        add(node, _n("skos", "altLabel"), ox.Literal(p.full_name, language="vi"))
        add(node, _n("dcterms", "source"), source)
        if p.successor_key:
            succ = units.provinces[p.successor_key]
            add(node, _n("dcterms", "isReplacedBy"), ox.NamedNode(iris.place("province", succ.name)))
            add(node, _n("cg", "replacedOn"), ox.Literal(admin_units.MERGER_DATE.isoformat(), datatype=XSD_DATE))
    return out


def software_quads() -> list[ox.Quad]:
    """The extraction activity every article graph says it was generated
    by (prov:wasGeneratedBy), and the software that ran it."""
    g = ox.NamedNode(iris.REFERENCE_GRAPH)
    activity, agent = ox.NamedNode(iris.activity(__version__)), ox.NamedNode(iris.agent(__version__))
    return [ox.Quad(activity, TYPE, _n("cg", "Extraction"), g),
            ox.Quad(activity, _n("prov", "wasAssociatedWith"), agent, g),
            ox.Quad(agent, TYPE, _n("prov", "SoftwareAgent"), g),
            ox.Quad(agent, _n("rdfs", "label"), ox.Literal(f"CadreGraph {__version__}"), g),
            ox.Quad(agent, _n("cg", "softwareVersion"), ox.Literal(__version__), g)]


def system_graphs() -> dict[str, list[ox.Quad]]:
    """The ontology, shapes, vocabularies and reference data; the labels of
    the vocabularies and reference data with their search keys."""
    vocab = _turtle_quads(resources.vocab_files(), iris.VOCAB_GRAPH)
    reference = province_quads() + software_quads()
    return {
        iris.ONTOLOGY_GRAPH: _turtle_quads([resources.ontology_file()], iris.ONTOLOGY_GRAPH),
        iris.SHAPES_GRAPH: _turtle_quads([resources.shapes_file()], iris.SHAPES_GRAPH),
        iris.VOCAB_GRAPH: vocab + key_quads(vocab),
        iris.REFERENCE_GRAPH: reference + key_quads(reference),
    }


# Bump when the way the system graphs are written changes (stores rewrite them).
_WRITER_VERSION = "4"


def system_version() -> str:
    h = hashlib.sha256((__version__ + _WRITER_VERSION).encode())
    for path in [resources.ontology_file(), resources.shapes_file(), *resources.vocab_files()]:
        h.update(path.read_bytes())
    h.update(_adminunits_version().encode())
    return h.hexdigest()[:16]


def ensure_system_graphs(store: Store) -> bool:
    """Write the ontology, vocabularies and reference data when the store
    lacks them or holds another version. True when they were (re)written."""
    version = system_version()
    marker = ox.Quad(ox.NamedNode(iris.ONTOLOGY_GRAPH), _n("owl", "versionInfo"), ox.Literal(version),
                     ox.NamedNode(iris.ONTOLOGY_GRAPH))
    have = store.query(f"ASK {{ GRAPH <{iris.ONTOLOGY_GRAPH}> {{ <{iris.ONTOLOGY_GRAPH}> "
                       f"<{P['owl']}versionInfo> \"{version}\" }} }}")
    if have:
        return False
    graphs = system_graphs()
    graphs[iris.ONTOLOGY_GRAPH].append(marker)
    store.write_graphs({g: lines_of(quads) for g, quads in graphs.items()})
    return True


SUCCESSION_GRAPH = iris.SUCCESSION_GRAPH

_BODIES_OF_PROVINCES = f"""
PREFIX cg: <{iris.CG}>
PREFIX skos: <{P['skos']}>
PREFIX dcterms: <{P['dcterms']}>
PREFIX schema: <{P['schema']}>
SELECT DISTINCT ?org ?label ?kind ?oldName ?newName WHERE {{
  ?org cg:jurisdiction ?old ; skos:prefLabel ?label .
  OPTIONAL {{ ?org cg:bodyKind ?kind }}
  ?old dcterms:isReplacedBy ?new ; schema:name ?oldName .
  ?new schema:name ?newName .
}}"""


def succession_quads(store: Store, gaz: Gazetteer) -> list[ox.Quad]:
    """A body of a merged province ("Tỉnh ủy Kiên Giang") is replaced by
    the same body of its successor ("Tỉnh ủy An Giang") from 1 July 2025:
    dcterms:isReplacedBy, and an org:ChangeEvent with the date."""
    g = ox.NamedNode(SUCCESSION_GRAPH)
    units = admin_units.load()
    when = ox.Literal(admin_units.MERGER_DATE.isoformat(), datatype=XSD_DATE)
    out = []
    add = lambda s, p, o: out.append(ox.Quad(s, p, o, g))  # noqa: E731
    for org, label, _kind, old_name, new_name in store.query(_BODIES_OF_PROVINCES):
        new_prov = units.province(str(new_name))
        if new_prov is None:
            continue
        new_label = _successor_label(str(label), str(old_name), new_prov)
        if new_label == str(label):
            continue
        successor = ox.NamedNode(iris.org(slugify(new_label)))
        old = ox.NamedNode(str(org))
        change = ox.NamedNode(f"{iris.ID}change/merger-2025-{str(org).rsplit('/', 1)[-1]}")
        add(old, _n("dcterms", "isReplacedBy"), successor)
        add(old, _n("cg", "replacedOn"), when)
        add(successor, _n("skos", "prefLabel"), ox.Literal(new_label, language="vi"))
        add(successor, TYPE, _n("cg", "Organization"))
        add(change, TYPE, _n("org", "ChangeEvent"))
        add(change, _n("org", "originalOrganization"), old)
        add(change, _n("org", "resultingOrganization"), successor)
        add(change, _n("prov", "atTime"), ox.Literal(f"{admin_units.MERGER_DATE.isoformat()}T00:00:00",
                                                      datatype=ox.NamedNode(P["xsd"] + "dateTime")))
        add(change, _n("dcterms", "date"), when)
        add(change, _n("rdfs", "label"), ox.Literal(f"Sáp nhập tỉnh 2025: {label} → {new_label}", language="vi"))
    return out + key_quads(out)


def _successor_label(label: str, old_name: str, new: admin_units.Province) -> str:
    """"Tỉnh ủy Bình Dương" -> "Thành ủy Thành phố Hồ Chí Minh";
    "Hội đồng nhân dân tỉnh Kiên Giang" -> "Hội đồng nhân dân tỉnh An Giang"."""
    new_full = "Thành phố Hồ Chí Minh" if new.key == "thanhphohochiminh" else f"{new.level_word} {new.name}"
    new_area = "Thành phố Hồ Chí Minh" if new.key == "thanhphohochiminh" else new.name
    committee = "Thành ủy" if new.is_city else "Tỉnh ủy"
    out = label.replace(f"Tỉnh ủy {old_name}", f"{committee} {new_area}")
    out = out.replace(f"tỉnh {old_name}", new_full)
    return out


def refresh_succession(store: Store, gaz: Gazetteer) -> int:
    quads = succession_quads(store, gaz)
    store.write_graphs({SUCCESSION_GRAPH: lines_of(quads)})
    return len(quads)

