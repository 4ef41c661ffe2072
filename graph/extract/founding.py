"""The body a decision founds or re-forms and the roles its members hold in
it: "Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh X, gồm: 1. Ông A, Chủ
tịch UBND tỉnh - Trưởng ban; 2. … - Ủy viên", "1. Trưởng Ban Chỉ đạo: Ông
A, …", "3. Các Ủy viên: a) Ông B, …"."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..core.model import Span
from .context import ArticleContext
from .gazetteer import Role
from .orgs import DESCRIPTIVE_HEADS, OrgParser, ParsedOrg

# Verbs that found a body or set its members anew.
_FOUNDING_VERBS = [("thành", "lập"), ("kiện", "toàn"), ("củng", "cố")]
# Roles a member holds in such a body.
COMMITTEE_ROLES = {"truong-ban", "pho-truong-ban", "pho-truong-ban-thuong-truc", "uy-vien", "uy-vien-thuong-truc",
                   "to-truong", "to-pho", "thu-ky", "chu-tich", "pho-chu-tich", "pho-chu-tich-thuong-truc",
                   "truong-tieu-ban", "pho-truong-tieu-ban"}
# The heads of bodies set up for a task: those named by what they do, and a few more.
_TASK_BODY_HEADS = tuple(f"{head} " for head in sorted(DESCRIPTIVE_HEADS)) + (
    "Ủy ban ", "Đoàn kiểm tra", "Đoàn giám sát", "Ban Biên tập", "Ban Soạn thảo", "Ban Lễ tang", "Ban Điều hành")


@dataclass
class FoundedBody:
    at: int                 # token after which its members are listed
    org: ParsedOrg


def founded_bodies(ctx: ArticleContext, orgs: OrgParser) -> list[FoundedBody]:
    """The bodies set up for a task that the text founds or re-forms, named
    in ordinary case ("Thành lập Ban Chỉ đạo …"), in order."""
    out = []
    for k in range(len(ctx.keys) - 2):
        if (ctx.keys[k], ctx.keys[k + 1]) not in _FOUNDING_VERBS:
            continue
        org = orgs.parse(k + 2, len(ctx.keys))
        if org is not None and org.body is None and org.ref.name.startswith(_TASK_BODY_HEADS):
            out.append(FoundedBody(org.end, _named_to_its_members(ctx, orgs, org, k + 2)))
    return out


def _named_to_its_members(ctx: ArticleContext, orgs: OrgParser, org: ParsedOrg, start: int) -> ParsedOrg:
    """The founded body's whole name runs to "(sau đây gọi là …)" or ", gồm"
    ("Hội đồng thẩm định Quy hoạch tỉnh Điện Biên thời kỳ 2021 - 2030, tầm
    nhìn đến năm 2050 (sau đây gọi là Hội đồng)"); a bare level word at its
    end takes the text's place."""
    end = next((t for t in range(org.end, min(len(ctx.keys), org.end + 25))
                if ctx.keys[t] in ("(", "gồm", ".", ";", ":") or ctx.tokens[t].text == "\n"), None)
    if end is None or end <= org.end or ctx.keys[end] not in ("(", "gồm"):
        orgs.place_from_text(org)
        return org
    while ctx.keys[end - 1] == ",":
        end -= 1
    name = ctx.gaz.expand(ctx.text_between(start, end))
    level = {"tỉnh": "province", "huyện": "district", "xã": "commune"}.get(ctx.keys[end - 1])
    place = ctx.subject_place(level) if level else None
    if place is not None:
        name = f"{name} {place.name}"       # "… ở cơ sở tỉnh, gồm" in Kon Tum
    ref = replace(org.ref, name=name, surface=ctx.text_between(start, end),
                  span=Span(ctx.tokens[start].start, ctx.tokens[end - 1].end))
    return ParsedOrg(end, ref, place=place)


def body_listed_at(founded: list[FoundedBody], i: int) -> FoundedBody | None:
    """The body founded last before token i."""
    return next((f for f in reversed(founded) if f.at <= i), None)


def listed_role(ctx: ArticleContext, lo: int, name_start: int) -> Role | None:
    """The role a list item gives before its name ("1. Trưởng Ban Chỉ đạo:
    Ông A") or its heading line gives to its items ("3. Các Ủy viên:")."""
    role = _role_before_colon(ctx, lo, name_start)
    if role is not None:
        return role
    lead = ctx.lead_of_items(lo)
    if lead is None:
        return None
    a, b = ctx.token_index(lead.start), ctx.token_index(lead.end)
    return _role_before_colon(ctx, a, b)


def trailing_member(ctx: ArticleContext, lo: int, hi: int) -> Role | None:
    """"…, Vụ trưởng Vụ Tổ chức cán bộ – Thành viên": a member's role in
    the listed body, after a dash that closes the item."""
    end = hi - 1 if hi - 1 > lo and ctx.keys[hi - 1] in (";", ".", ",") else hi
    if end - 3 >= lo and ctx.keys[end - 3] in ("-", "–") and ctx.keys[end - 2:end] == ["thành", "viên"]:
        return ctx.gaz.role_by_slug.get("thanh-vien")
    return None


def _role_before_colon(ctx: ArticleContext, lo: int, hi: int) -> Role | None:
    """"1. Phó Trưởng Ban Thường trực:", "3. Các Ủy viên:": a committee role
    opening a numbered line that a colon ends before ``hi``."""
    m = ctx.item_mark_end(lo)
    if m is None:
        return None
    if m < hi and ctx.keys[m] in ("các", "những"):
        m += 1
    hit = ctx.match(ctx.gaz.roles, m) if m < hi else None
    if hit is None or hit[1].slug not in COMMITTEE_ROLES:
        return None
    colon = next((t for t in range(m + hit[0], min(hi, m + hit[0] + 4)) if ctx.keys[t] == ":"), None)
    return hit[1] if colon is not None else None
