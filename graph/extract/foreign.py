"""Officials of a foreign state written with Vietnamese titles and no
country: "Tổng Bí thư, Chủ tịch nước Tập Cận Bình" in a story about China.

A person whose name is not Vietnamese in form (a Chinese family name read
in Sino-Vietnamese, or Latin words that are no Vietnamese syllables) and
whose titles name no country holds the posts of the country the sentence,
or else the whole article, names: the Party's organs become those of that
state's ruling party, the state's bodies take the country's name, and a
post in a Vietnamese local body is dropped. Where no single country is
named the posts are left as read.
"""
from __future__ import annotations

from ..core.model import OrgRef, Position
from ..core.syllables import vietnamese_letters
from ..core.vntext import comparable
from .context import ArticleContext, is_foreign_word
from .gazetteer import Body, Gazetteer
from .orgs import BUSINESS_HEADS
from .words import CHINESE_SURNAMES, SURNAMES


def has_foreign_name(name: str) -> bool:
    """A Chinese family name read in Sino-Vietnamese, or a name in Latin
    letters that does not start with a Vietnamese family name."""
    words = name.split()
    first = comparable(words[0])
    if first in CHINESE_SURNAMES:
        return True
    return first not in SURNAMES and any(is_foreign_word(w) for w in words) \
        and not any(vietnamese_letters(w) or "'" in w for w in words)


def country_named_for(ctx: ArticleContext, name: str, token: int) -> str | None:
    """The one foreign country named in the person's sentence, or else in
    the article, by its name or by one of its regions ("tại Phnom Penh");
    China for a Chinese family name when the article names it."""
    sentence = ctx.sentence_of(token)
    in_sentence, in_article = set(), set()
    for i in range(len(ctx.tokens)):
        hit = ctx.match(ctx.gaz.countries, i) or ctx.match(ctx.gaz.foreign_regions, i)
        if hit and not _inside_a_name(ctx, i, i + hit[0]):
            in_article.add(hit[1])
            if sentence.start <= ctx.tokens[i].start < sentence.end:
                in_sentence.add(hit[1])
    for named in (in_sentence, in_article):
        if len(named) == 1:
            return next(iter(named))
    china = "Trung Quốc"
    if comparable(name.split()[0]) in CHINESE_SURNAMES and china in in_article:
        return china
    return None


def _inside_a_name(ctx: ArticleContext, i: int, end: int) -> bool:
    """A country's name read inside a person's or a place's ("Nguyễn Đức
    Trung", "Lào Cai")."""
    before = i > 0 and ctx.tokens[i - 1].is_capitalised and ctx.tokens[i - 1].is_word \
        and ctx.sentence_of(i - 1).start < ctx.tokens[i - 1].start
    place = ctx.place_at(i)
    return before or (place is not None and place[0] > end)


def foreign_body_name(body: Body, country: str, gz: Gazetteer) -> str | None:
    """What the press calls the foreign counterpart of a Vietnamese national
    body: the organs of the country's ruling party, its own name for the
    Government, else the body's name with the country's; None when the
    country has no such party."""
    if body.body_class == "PartyBody":
        party = gz.ruling_party.get(country)
        if party is None:
            return None
        base = body.label[:-len(" Đảng")] if body.label.endswith(" Đảng") else body.label
        return f"{base} {party}"
    if body.slug == "chinh-phu" and country in gz.government_name:
        return f"{gz.government_name[country]} {country}"
    return f"{body.label} {country}"


def as_foreign(positions: list[Position], country: str, ctx: ArticleContext) -> list[Position]:
    """The posts of a foreign official in their country's bodies; a post in
    a Vietnamese local body, or one the vocabulary does not know, is dropped;
    a business's post stays as written."""
    gz = ctx.gaz
    out = []
    for p in positions:
        body = gz.body_by_iri.get(p.org.known_iri) if p.org.known_iri else None
        if p.org.name.startswith(BUSINESS_HEADS):
            out.append(p)       # a business's post, a foreigner's too ("Tổng Giám đốc Công ty TNHH X")
            continue
        if p.org.kind == "foreign" or (p.org.jurisdiction and gz.foreign_regions.lookup(p.org.jurisdiction)) \
                or (body is None and not p.org.jurisdiction and p.org.name.endswith(f" {country}")) \
                or (body is None and f" {country} tại " in p.org.name):
            # already the foreign body's ("Ban Đối ngoại Tỉnh ủy Khăm Muồn"), named as written up to
            # its state ("Chính hiệp Trung Quốc"), or its people's where they live ("Hiệp hội Doanh
            # nghiệp Hàn Quốc tại Bình Dương")
            name = p.org.name
        elif body is None or p.org.jurisdiction:
            continue
        else:
            name = foreign_body_name(body, country, gz)
        if name is None:
            continue
        org = OrgRef(name=name, surface=p.org.surface, span=p.org.span, kind="foreign", jurisdiction=country)
        out.append(Position(title=p.title, role=p.role, org=org, span=p.span, status=p.status,
                            change_date=p.change_date, change_span=p.change_span))
    return out
