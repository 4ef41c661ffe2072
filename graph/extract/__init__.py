"""Rule-based extraction of persons, posts, bodies, documents and events."""
