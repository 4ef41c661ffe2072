"""Stage 10, view. In: a built ``Store`` (through ``query.network``). Out: the
offline network pages: a searchable index, the whole graph and one page per
person, body, document and event (``site``)."""
