"""One article in, everything it says out (with spans)."""
from __future__ import annotations

from .gazetteer import Gazetteer, load
from ..core.model import CleanArticle, Extraction, OrgParent, Span
from .context import ArticleContext
from .dates import find_dates
from .documents import ENACTED_TYPES, DocumentFinder
from .events import EventFinder
from .hierarchy import HierarchyReader, stated_as_fact
from .orgs import find_bodies
from .persons import PersonFinder


_LEVEL_WORDS = (" tỉnh", " thành phố", " huyện", " quận", " thị xã", " xã", " phường")


def _unique_parents(parents: list[OrgParent]) -> list[OrgParent]:
    """Each pair once, and no body under itself: not under its own name
    with a place added ("Ủy ban nhân dân" under "Ủy ban nhân dân tỉnh X").
    A body named bare is dropped where the same pair names it with its
    place ("Đảng bộ Công an tỉnh" beside "Đảng bộ Công an tỉnh An Giang")."""
    keys = {(p.org.name.casefold(), p.parent.name.casefold()) for p in parents}
    seen, out = set(), []
    for p in parents:
        key = (p.org.name.casefold(), p.parent.name.casefold())
        placed = key[0].endswith(_LEVEL_WORDS) and any(c.startswith(key[0] + " ") for c, q in keys if q == key[1])
        if key not in seen and key[0] != key[1] and not key[1].startswith(key[0] + " ") and not placed:
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
                pos.change_date = ctx.resolve(dates[0])


def _date_adopted(ctx: ArticleContext, documents) -> None:
    """A law passed in the article's story with no date of its own and no
    dated session around it: "Sáng 8-6, Quốc hội ... Sau đó, Quốc hội biểu
    quyết thông qua Luật này" was passed on the last day the story named."""
    for d in documents:
        kind = ctx.gaz.doc_type_by_label.get((d.type or "").casefold())
        if not d.adopted or d.date is not None or kind is None or kind.slug not in ENACTED_TYPES:
            continue
        upto = ctx.doc.sentence_at(d.span.start).end
        dates = [m for m in find_dates(ctx.doc.text[:upto]) if m.after_time_word]
        if dates:
            d.date = ctx.resolve(dates[-1])


def extract(doc: CleanArticle, gaz: Gazetteer | None = None) -> Extraction:
    ctx = ArticleContext(doc, gaz or load())
    finder = PersonFinder(ctx)
    persons = finder.find()
    bodies, free_parents = find_bodies(ctx, finder.orgs, [sp for p in persons for sp in p.mentions])
    free_parents = stated_as_fact(ctx, free_parents + HierarchyReader(ctx, finder.orgs).find())
    parents = finder.org_parents + [OrgParent(c, p, Span(c.span.start, p.span.end)) for c, p in free_parents]
    documents, links = DocumentFinder(ctx, finder.orgs).find()
    _date_changes(ctx, persons, documents)
    events = EventFinder(ctx, finder.posts, persons, documents).find()
    _date_adopted(ctx, documents)
    province = ctx.subject_province
    return Extraction(doc=doc, persons=persons, org_parents=_unique_parents(parents), orgs=bodies,
                      documents=documents, links=links, events=events,
                      doc_province=province.name if province else None)
