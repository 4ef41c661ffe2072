"""CadreGraph: a knowledge graph of Vietnamese officials and directives,
built from news text."""

__version__ = "0.1.0"
