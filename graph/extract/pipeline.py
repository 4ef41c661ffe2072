"""One article in, everything it says out (with spans)."""
from __future__ import annotations

from ..gazetteer import Gazetteer, load
from ..model import CleanArticle, Extraction
from .context import ArticleContext
from .dates import find_dates
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


def _date_changes(ctx: ArticleContext, persons, documents) -> None:
    """The day an appointment or a removal took effect: the date of the
    decision cited in the same sentence, else a date the sentence gives."""
    for p in persons:
        for pos in p.positions:
            if pos.status not in ("appointed", "ended"):
                continue
            at = pos.change_span or pos.span
            s = ctx.doc.sentence_at(at.start)
            doc = next((d for d in documents if d.date and any(s.start <= sp.start < s.end for sp in d.mentions)),
                       None)
            if doc is not None:
                pos.change_date = doc.date
                continue
            dates = [d for d in find_dates(s.text, s.start) if d.after_time_word]
            if dates:
                pos.change_date = dates[0].resolve(dates[0].year or ctx.year)


def extract(doc: CleanArticle, gaz: Gazetteer | None = None) -> Extraction:
    ctx = ArticleContext(doc, gaz or load())
    finder = PersonFinder(ctx)
    persons = finder.find()
    bodies, free_parents = find_bodies(ctx, finder.orgs)
    parents = finder.org_parents + [OrgParent(c, p, Span(c.span.start, p.span.end)) for c, p in free_parents]
    documents, links = DocumentFinder(ctx, finder.orgs).find()
    _date_changes(ctx, persons, documents)
    events = EventFinder(ctx, finder.posts, persons, documents).find()
    province = ctx.subject_province
    return Extraction(doc=doc, persons=persons, org_parents=_unique_parents(parents), orgs=bodies,
                      documents=documents, links=links, events=events,
                      doc_province=province.name if province else None)
