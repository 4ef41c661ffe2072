"""Stage 6, build a store. In: input paths and a ``Store``. Out: a store that
holds one named graph per article, the identities resolved so far and the
candidates left for a curator (``identities``), the ontology, vocabularies and
provinces (``system_graphs``) and the whole-graph figures the queries read
(``summaries``, ``sort_keys``; updated for what a build adds), and which texts
are republished copies of others (``copies``). ``ingest`` runs read → extract →
resolve → build RDF → store for each article, crash-safe, with extraction in
local processes (``extraction``) or on a Dask cluster (``cluster``)."""
