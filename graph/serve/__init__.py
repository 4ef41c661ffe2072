"""Stage 9, serve. In: a built ``Store``. Out: a SPARQL 1.1 endpoint on
loopback with the viewer pages beside it (``endpoint``)."""
