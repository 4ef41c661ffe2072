"""Stage 2, extract. In: one ``CleanArticle``. Out: one ``Extraction``: the
mentions of persons with their posts, bodies and their stated parents,
documents with their fields and links, events with dates, places and
participants, each with the character span it was read from. Pure and per
article. The rules read the SKOS vocabularies of ``ontology/vocab`` through
``gazetteer`` and Vietnam's administrative units through ``admin_units``."""
