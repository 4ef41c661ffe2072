"""Stage 3, resolve. In: an ``Extraction``, the identities already known
(``IdentityIndex``) and a curator's decisions (``Curation``). Out: a
``Resolution``: the stable IRI of every person, body, document and event the
article names, with jurisdiction filled in, short document references joined
to full ones and namesakes kept apart as candidates for a curator."""
