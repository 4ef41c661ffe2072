"""`cadregraph validate`: the union of the named graphs (the facts with
their provenance, the ontology and vocabularies) checked against
ontology/shapes.ttl (pySHACL)."""
from __future__ import annotations

from collections import Counter

import pyshacl
import rdflib

from . import resources
from .reason import named_graphs_union
from .store import Store


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
