"""Stage 4, build RDF. In: an ``Extraction`` and its ``Resolution``. Out: the
article's named graph as N-Triples lines: facts under the ontology, one
reified claim per fact with its sentence and span, the article's provenance
(``article_graph``), the search keys of every label (``keys``) and the small
N-Triples writer they share (``nt``)."""
