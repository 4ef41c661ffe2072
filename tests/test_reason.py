"""OWL 2 RL: the fast path (SPARQL rules inside the store) derives exactly
the valid inferences owlrl derives, on the samples and on the dev corpus."""
from __future__ import annotations

import pytest
from rdflib import Literal

from cadregraph.reason import closure as reason
from cadregraph.api import KnowledgeGraph
from conftest import copy_store

PARTICIPANTS = """PREFIX cg: <https://w3id.org/cadregraph/ontology#>
SELECT (COUNT(*) AS ?n) WHERE { ?e cg:participant ?p }"""


def _closures_agree(kg: KnowledgeGraph, expected: set[tuple] | None = None) -> int:
    expected = reason.owlrl_inferences(kg.store) if expected is None else expected
    reason.fast_closure(kg.store)
    got = reason.fast_inferences(kg.store)
    assert got == expected, (sorted(expected - got)[:5], sorted(got - expected)[:5])
    stored = kg.store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{reason.INFERRED}> {{ ?s ?p ?o }} }}")
    assert not [t for t in stored if isinstance(t[0], Literal)], "no literal-subject junk in the store"
    return len(got)


def test_fast_path_equals_what_the_owlrl_engine_writes_on_the_samples(sample_kg, tmp_path):
    """One owlrl run serves both engines: what `materialise(…, "owlrl")` stores
    is what the fast path derives."""
    with KnowledgeGraph(copy_store(sample_kg, tmp_path / "store")) as kg:
        reason.materialise(kg.store, "owlrl")
        by_owlrl = reason.fast_inferences(kg.store)
        n = _closures_agree(kg, expected=by_owlrl)
        assert n > 1000
        assert reason.inconsistencies(kg.store) == []


@pytest.mark.slow
def test_fast_path_equals_owlrl_on_the_dev_corpus(dev_kg, tmp_path):
    with KnowledgeGraph(copy_store(dev_kg, tmp_path / "store")) as kg:
        assert _closures_agree(kg) > 5000


def test_queries_choose_with_or_without_inferences(sample_kg, tmp_path):
    with KnowledgeGraph(copy_store(sample_kg, tmp_path / "store")) as kg:
        assert kg.store.count(PARTICIPANTS) == 0
        summary = reason.materialise(kg.store, "fast")
        assert "consistent" in summary
        with_inf = int(kg.query(PARTICIPANTS).records()[0]["n"])
        without = int(kg.query(PARTICIPANTS, inferences=False).records()[0]["n"])
        assert without == 0 and with_inf >= 15       # chair/speaker/attendee are sub-properties

