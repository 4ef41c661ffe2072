"""`cadregraph validate`: the union of the named graphs (the facts with
their provenance, the ontology and vocabularies) checked against
ontology/shapes.ttl (pySHACL)."""
from __future__ import annotations

import io
from collections import Counter

import pyoxigraph as ox
import pyshacl
import rdflib

from ..core import iris, resources
from ..store import Store
from ..store.base import OUTSIDE_MERGE, to_rdflib

# Graphs that are no data to validate: the inferences, and those kept out of
# the merge (the shapes, the summaries).
_NOT_DATA = OUTSIDE_MERGE | {iris.INFERRED_GRAPH}


def named_graphs_union(store: Store) -> rdflib.Graph:
    """Every named graph but the shapes and the inferences, merged: the
    facts with their provenance (claims, sentences, articles)."""
    buf = io.BytesIO()
    store.dump(buf, "nquads")
    g = rdflib.Graph()
    for q in ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS):
        if q.graph_name.value not in _NOT_DATA:
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g


def validate(store: Store, limit: int = 50) -> tuple[bool, str]:
    data = named_graphs_union(store)
    shapes = rdflib.Graph().parse(resources.shapes_file(), format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", abort_on_first=False,
                                           allow_warnings=True)
    if conforms:
        return True, f"conforms: {len(data)} triples satisfy the shapes of {resources.shapes_file().name}"
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    results = []
    for r in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        results.append((str(report.value(r, sh.sourceShape)), str(report.value(r, sh.focusNode)),
                        str(report.value(r, sh.resultPath) or ""), str(report.value(r, sh.resultMessage) or "")))
    by_shape = Counter(r[0].rsplit("#", 1)[-1] for r in results)
    lines = [f"{len(results)} violation(s) of the shapes in {resources.shapes_file().name}:"]
    lines += [f"  {n:5d}  {shape}" for shape, n in by_shape.most_common()]
    lines.append("")
    for shape, focus, path, message in sorted(results)[:limit]:
        lines.append(f"{focus}\n    {path.rsplit('/', 1)[-1]}: {message}")
    if len(results) > limit:
        lines.append(f"... and {len(results) - limit} more")
    return False, "\n".join(lines)
