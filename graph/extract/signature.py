"""The signature block that closes a legal text (Decree 30/2020/NĐ-CP for
State bodies, the Party's rules for its own): "TM. ỦY BAN NHÂN DÂN" (on
behalf of the body), "KT. CHỦ TỊCH" (signing for its head), the signer's own
title in capitals ("PHÓ CHỦ TỊCH"), "(Đã ký)", then the signer's name. The
signer holds that title in the body: the one the title itself names
("THỦ TƯỚNG"), else the body signed for, else the text's issuer; a Party
title ("PHÓ BÍ THƯ THƯỜNG TRỰC" under "T/M BAN THƯỜNG VỤ") is the
committee's."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..core.model import OrgRef
from .context import ArticleContext
from .legal_header import HeaderReader, layout_lines
from .names import name_at, unknown_family_name_at
from .orgs import OrgParser
from .posts import PARTY_ROLES, Post, PostParser

_ON_BEHALF = re.compile(r"^(?:TM|T/M|T\.M)\s*[.:]?\s+(.+)$")
_SIGNING_FOR = re.compile(r"^(?:KT|K/T|Q|TUQ|TL|TQ)\s*[.:/]\s*\S")
_SIGNED = re.compile(r"^[(\[]?\s*(?:đã ký|ký)[^)\]]*[)\]]?$", re.I)
_BOARDS = ("ban thường vụ", "ban chấp hành", "thường trực", "ban bí thư", "bộ chính trị")
# Lines searched from the end for the block: a page's trailer may follow it.
_TRAILER_LINES = 20


def signed_on_behalf(text: str) -> str | None:
    """The body a legal text's signature block signs for ("T/M BAN THƯỜNG VỤ")."""
    lines = layout_lines(text)[-_TRAILER_LINES:]
    return next((m.group(1) for _, ln in reversed(lines) if (m := _ON_BEHALF.match(ln))), None)


@dataclass
class Signature:
    name_start: int          # tokens of the signer's name
    name_end: int
    post: Post               # the signer's title, its body settled


class SignatureReader:
    def __init__(self, ctx: ArticleContext, posts: PostParser, orgs: OrgParser) -> None:
        self.ctx = ctx
        self.posts = posts
        self.orgs = orgs

    def read(self) -> Signature | None:
        lines = [ln for ln in layout_lines(self.ctx.doc.text)[-_TRAILER_LINES:] if not _SIGNED.match(ln[1])]
        # the block closes the text, or comes before what a page adds after it ("Tải về", "Tin khác")
        for n in range(len(lines) - 1, max(0, len(lines) - _TRAILER_LINES + 1) - 1, -1):
            named = self._name(lines[n]) if n >= 1 else None
            post = self._title(lines[n - 1]) if named is not None else None
            if post is not None:
                break
        else:
            return None
        if post.body is None:
            post.implied = self._body(post, signed_on_behalf(self.ctx.doc.text))
            if post.implied is None:
                return None
        return Signature(named[0], named[1], post)

    def _tokens(self, line: tuple[int, str]) -> tuple[int, int]:
        """The word tokens of a line (table bars aside)."""
        ctx = self.ctx
        off = line[0]
        end = ctx.doc.text.find("\n", off)
        a, b = ctx.token_index(off), ctx.token_index(end if end >= 0 else len(ctx.doc.text))
        while a < b and not ctx.tokens[a].is_word:
            a += 1
        while b > a and not ctx.tokens[b - 1].is_word:
            b -= 1
        return a, b

    def _name(self, line: tuple[int, str]) -> tuple[int, int] | None:
        """The name alone on its line, written as names are (not in capitals)."""
        a, b = self._tokens(line)
        if a >= b or line[1].isupper():
            return None
        end = name_at(self.ctx, a, b) or unknown_family_name_at(self.ctx, a, b)
        return (a, end) if end == b else None

    def _title(self, line: tuple[int, str]) -> Post | None:
        """The signer's title in capitals, the whole line."""
        text = line[1]
        if not text.isupper() or _ON_BEHALF.match(text) or _SIGNING_FOR.match(text):
            return None
        a, b = self._tokens(line)
        post = self.posts.parse(a, b) if a < b else None
        return post if post is not None and post.end == b else None

    def _body(self, post: Post, behalf: str | None) -> OrgRef | None:
        """The text's issuer (a Party title is its committee's, whatever
        board signs); without a header, the body signed for."""
        reader = HeaderReader(self.ctx)
        header = reader.read()
        if header is not None and header.issuer is not None:
            return self._body_of(post, header.issuer)
        if behalf and post.role.slug not in PARTY_ROLES and not behalf.casefold().startswith(_BOARDS):
            return reader.issuer_named(behalf)
        authority = reader.authority_before_basis()
        return self._body_of(post, authority) if authority is not None else None

    def _body_of(self, post: Post, office: OrgRef) -> OrgRef:
        """The body of the issuing office or body: "CHỦ TỊCH ỦY BAN NHÂN DÂN
        TỈNH X" issues, its Chủ tịch (or, "KT.", a Phó Chủ tịch) signs: the
        signer's post is in the body."""
        words = office.name.split()
        title = next((n for n in (3, 2, 1) if self.ctx.gaz.roles.lookup(" ".join(words[:n]))), 0)
        if title and office.known_iri is None and len(words) > title:
            return replace(office, name=" ".join(words[title:]))
        return _committee_of_a_party_title(post, office)


def _committee_of_a_party_title(post: Post, body: OrgRef | None) -> OrgRef | None:
    """"BAN THƯỜNG VỤ THÀNH ỦY X" issues, its "BÍ THƯ" signs: the Thành ủy's."""
    return body.host if body is not None and body.host is not None and post.role.slug in PARTY_ROLES else body
