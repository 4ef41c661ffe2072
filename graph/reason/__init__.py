"""Stage 7, reason. In: a built ``Store``. Out: the OWL 2 RL closure in its
own named graph (``closure``: owlrl as the reference, a SPARQL fast path that
derives the same triples) and the SHACL validation report (``validate``)."""
