"""One article in, everything it says out (with spans)."""
from __future__ import annotations

from ..gazetteer import Gazetteer, load
from ..model import CleanArticle, Extraction
from .context import ArticleContext
from ..model import OrgParent, Span
from .documents import DocumentFinder
from .events import EventFinder
from .orgs import find_bodies
from .persons import PersonFinder


def _unique_parents(parents: list[OrgParent]) -> list[OrgParent]:
    seen, out = set(), []
    for p in parents:
        key = (p.org.name.casefold(), p.parent.name.casefold())
        if key not in seen and key[0] != key[1]:
            seen.add(key)
            out.append(p)
    return out


def extract(doc: CleanArticle, gaz: Gazetteer | None = None) -> Extraction:
    ctx = ArticleContext(doc, gaz or load())
    finder = PersonFinder(ctx)
    persons = finder.find()
    bodies, free_parents = find_bodies(ctx, finder.orgs)
    parents = finder.org_parents + [OrgParent(c, p, Span(c.span.start, p.span.end)) for c, p in free_parents]
    documents, links = DocumentFinder(ctx, finder.orgs).find()
    events = EventFinder(ctx, finder.posts, persons, documents).find()
    province = ctx.subject_province
    return Extraction(doc=doc, persons=persons, org_parents=_unique_parents(parents), orgs=bodies,
                      documents=documents, links=links, events=events,
                      doc_province=province.name if province else None)
