"""Interactive network pages (pyvis / vis-network) that work offline."""
