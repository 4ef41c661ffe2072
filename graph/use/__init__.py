"""Stage 8, use. In: a built ``Store``. Out: the answers users read: rows
of the named SPARQL queries (``named``) rendered as tables, CSV, TSV or JSON
(``render``), the facts of every article in the evaluation format
(``facts``), the identity report (``report``) and the person–body–event
network with its measures and Gephi exports (``network``)."""
