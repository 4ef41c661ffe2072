"""OWL 2 RL: the fast path (SPARQL rules inside the store) derives exactly
the valid inferences owlrl derives, on the dev corpus (or the samples
without it)."""
from __future__ import annotations

import pytest
from rdflib import Literal

from cadregraph.reason import closure as reason
from cadregraph.api import KnowledgeGraph
from conftest import copy_store, shared_present

PARTICIPANTS = """PREFIX cg: <https://w3id.org/cadregraph/ontology#>
SELECT (COUNT(*) AS ?n) WHERE { ?e cg:participant ?p }"""


def _closures_agree(kg: KnowledgeGraph, expected: set[tuple]) -> int:
    reason.fast_closure(kg.store)
    got = reason.fast_inferences(kg.store)
    assert got == expected, (sorted(expected - got)[:5], sorted(got - expected)[:5])
    stored = kg.store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{reason.INFERRED}> {{ ?s ?p ?o }} }}")
    assert not [t for t in stored if isinstance(t[0], Literal)], "no literal-subject junk in the store"
    return len(got)


@pytest.fixture
def largest_kg(request):
    """The development corpus (which holds the samples too) when
    ../shared is beside the checkout, else the samples."""
    return request.getfixturevalue("dev_kg" if shared_present() else "sample_kg")


def test_fast_path_equals_what_the_owlrl_engine_writes(largest_kg, tmp_path):
    """One owlrl run serves both engines: what `materialise(…, "owlrl")` stores
    is what the fast path derives, on the largest corpus at hand."""
    with KnowledgeGraph(copy_store(largest_kg, tmp_path / "store")) as kg:
        reason.materialise(kg.store, "owlrl")
        by_owlrl = reason.fast_inferences(kg.store)
        n = _closures_agree(kg, by_owlrl)
        assert n > (5000 if shared_present() else 1000)
        assert reason.inconsistencies(kg.store) == []


def test_queries_choose_with_or_without_inferences(sample_kg, tmp_path):
    with KnowledgeGraph(copy_store(sample_kg, tmp_path / "store")) as kg:
        assert kg.store.count(PARTICIPANTS) == 0
        summary = reason.materialise(kg.store, "fast")
        assert "consistent" in summary
        with_inf = int(kg.query(PARTICIPANTS).records()[0]["n"])
        without = int(kg.query(PARTICIPANTS, inferences=False).records()[0]["n"])
        assert without == 0 and with_inf >= 15       # chair/speaker/attendee are sub-properties

