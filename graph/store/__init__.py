"""Quad stores: the embedded Oxigraph store and remote SPARQL 1.1 endpoints."""
