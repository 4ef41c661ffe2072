"""Offices that issue documents: "Quyết định số 612/QĐ-UBND của Chủ tịch
UBND tỉnh", "Thông tư … của Bộ trưởng Bộ Tài chính", "Chủ tịch nước đã ký
Quyết định 517". The issuer is the office, not the body it heads: the
Chairman of the provincial People's Committee, the Minister of Finance, the
President."""
from __future__ import annotations

from ..core.model import OrgRef, Span
from ..core.vntext import comparable
from .context import ArticleContext
from .posts import Post, PostParser

# Roles whose holder issues documents in their own name.
_ISSUING_ROLES = {"chu-tich", "chu-tich-nuoc", "thu-tuong", "bo-truong", "giam-doc", "chu-nhiem", "chanh-an",
                  "vien-truong", "tong-kiem-toan", "thong-doc", "tong-thanh-tra", "tong-bi-thu", "truong-ban",
                  "tong-cuc-truong", "cuc-truong", "chanh-van-phong", "pho-thu-tuong"}


class OfficeParser:
    def __init__(self, ctx: ArticleContext, posts: PostParser) -> None:
        self.ctx = ctx
        self.posts = posts

    def parse(self, i: int, limit: int, signed_for: OrgRef | None = None) -> tuple[int, OrgRef] | None:
        """The office named at token i, as an issuer: (end token, issuer); a
        head's bare title is of the body the document's sign names
        (``signed_for``: "Quyết định số 1821/QĐ-NHNN … của Thống đốc")."""
        post = self.posts.parse(i, limit)
        if post is None or post.former or post.role.slug not in _ISSUING_ROLES:
            return None
        if post.body is None:
            if signed_for is None:
                return None
            span = Span(self.ctx.tokens[post.start].start, self.ctx.tokens[post.end - 1].end)
            return post.end, OrgRef(name=f"{post.role.label} {signed_for.name}", surface=self.ctx.text_between(
                post.start, post.end), span=span, jurisdiction=signed_for.jurisdiction,
                jurisdiction_level=signed_for.jurisdiction_level, inferred=True)
        if post.org is not None and post.org.open_level:
            place = self.ctx.place_for(post.org.open_level, self.ctx.tokens[i].start)
            if place is not None:
                self.posts.orgs.complete(post.org, place, inferred=True)
        return post.end, self.office_of(post)

    def office_of(self, post: Post) -> OrgRef:
        """"Thủ tướng" -> Thủ tướng Chính phủ (a body of its own in the
        reference data); "Chủ tịch nước" -> Chủ tịch nước; "Chủ tịch" of UBND
        tỉnh X -> "Chủ tịch Ủy ban nhân dân tỉnh X"."""
        ctx, gz = self.ctx, self.ctx.gaz
        span = Span(ctx.tokens[post.start].start, ctx.tokens[post.end - 1].end)
        surface = ctx.text_between(post.start, post.end)
        known = gz.bodies.lookup(f"{post.role.label} {post.body.name}")
        if known is not None:
            return OrgRef(name=known.label, surface=surface, span=span, known_iri=known.iri)
        body = post.body
        # "Chủ tịch nước": the title is the office; "Thống đốc NHNN": the title and the body it names
        bare = post.implied is not None and comparable(surface) == comparable(post.role.label)
        name = post.role.label if bare else _joined(post.role.label, body.name)
        return OrgRef(name=name, surface=surface, span=span, jurisdiction=body.jurisdiction,
                      jurisdiction_level=body.jurisdiction_level, inferred=body.inferred)


def _joined(title: str, body: str) -> str:
    """"Tổng Kiểm toán" + "Kiểm toán Nhà nước" -> "Tổng Kiểm toán Nhà nước": words
    the title ends with and the body starts with are said once."""
    t, b = title.split(), body.split()
    overlap = next((n for n in range(min(len(t), len(b)), 0, -1) if t[-n:] == b[:n]), 0)
    return " ".join(t + b[overlap:])
