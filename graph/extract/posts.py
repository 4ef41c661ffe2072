"""Titles split into (role, body): "Phó Bí thư Thường trực Tỉnh ủy" ->
(Phó Bí thư Thường trực, Tỉnh ủy); "Ủy viên Bộ Chính trị" -> (Ủy viên, Bộ
Chính trị); "Trưởng Ban Tổ chức Trung ương" -> (Trưởng ban, Ban Tổ chức
Trung ương). Lists of titles share their tail: "Phó Bí thư Tỉnh ủy, Chủ
tịch HĐND tỉnh Kiên Giang" puts both in Kiên Giang."""
from __future__ import annotations

from dataclasses import dataclass, replace

from .gazetteer import Role
from ..core.model import OrgRef, Span
from .context import ArticleContext
from .names import name_at
from .orgs import VILLAGE_WORDS, OrgParser, ParsedOrg
from .words import BEFORE_A_TITLE, FORMER_WORDS, ORG_STOP

# Organs that run a body ("phụ trách Ban Điều hành": in charge of the executive board, not its deputy).
_EXECUTIVE_ORGANS = [["ban", "điều"], ["ban", "giám"], ["ban", "lãnh"]]
# The chair's roles that, before a place, name its People's Committee ("Phó Chủ tịch tỉnh Sơn La").
_CHAIR_WORDS = {("chủ", "tịch"), ("phó", "chủ", "tịch"), ("phó", "chủ", "tịch", "thường", "trực")}
_PLACE_LEVEL_STARTS = {"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường"}
# The head of an investigation agency and the deputy: titles of that agency alone.
_HEADS_OF_AN_AGENCY = {"thu-truong-co-quan", "pho-thu-truong-co-quan"}
# Words a title opens with that are also the second syllable of a common word: "chức vụ Trưởng phòng"
# is the post "Trưởng phòng", not "Vụ trưởng".
_SECOND_SYLLABLES = {"vụ": {"chức", "nhiệm", "nghĩa", "phục", "dịch", "nghiệp", "thời", "mùa", "công"}}
# How a post is held, written after its role and part of the title ("Phó Bí thư chuyên trách").
_EMPLOYMENT_MODES = (["không", "chuyên", "trách"], ["chuyên", "trách"])

# Roles of a party committee: written alone, they are held in the committee
# of the place of the next title ("Phó Bí thư, Chủ tịch UBND xã").
PARTY_ROLES = {"bi-thu", "pho-bi-thu", "pho-bi-thu-thuong-truc"}
# Words before a title that make it new or acting.
_NEW = {"tân", "đương kim", "quyền"}
# "khi còn là", "lúc đó là", "khi giữ chức": a title held then, not now.
WHEN_WORDS = ("khi", "lúc")
_A_TIME_GONE = {(when, then) for when in WHEN_WORDS for then in ("còn", "đó", "ấy")}
_OWN_PARTY = ["đảng", "cộng", "sản", "việt", "nam"]
# Roles that hold their title through a principal: "Trợ lý", "Thư ký".
_ASSISTANT_WORDS = ("tro-ly", "thu-ky")
# Roles whose last words also name the body ("Trưởng Ban Tổ chức Trung ương").
# "Trưởng", "Phó Trưởng" before a board written short ("BQL") hold the board's titles.
_HEADS_OF_A_BOARD = {"truong": "truong-ban", "pho-truong": "pho-truong-ban"}
# Units whose commanders are titled after them ("Sư đoàn trưởng", "Phó Lữ đoàn trưởng").
_COMMANDED_UNITS = {("sư", "đoàn"), ("lữ", "đoàn"), ("trung", "đoàn"), ("tiểu", "đoàn"), ("hải", "đoàn"),
                    ("hải", "đội")}
_HEAD_SUFFIXES = [tuple(s.split()) for s in ("văn phòng", "thanh tra", "tiểu ban", "ban", "đoàn", "phòng", "khoa", "vp", "công an")]


@dataclass
class Post:
    start: int                    # token indices of the whole title
    end: int
    role: Role
    org: ParsedOrg | None
    implied: OrgRef | None = None  # body a compound title names ("Ủy viên Bộ Chính trị")
    implied_kind: str | None = None
    former: bool = False
    new: bool = False
    joined: bool = False           # "Phó Tư lệnh kiêm Tham mưu trưởng": shares the next body
    appointed: bool = False        # given by "giữ chức", "được bầu làm"...
    context_org: ParsedOrg | None = None   # the ministry a bare "Bộ trưởng" sits in
    term_end: int | None = None            # "nhiệm kỳ 2016-2021" written after it
    term_number: int | None = None         # "khóa XVI" written after it

    @property
    def body(self) -> OrgRef | None:
        return self.org.ref if self.org else self.implied


class PostParser:
    def __init__(self, ctx: ArticleContext, orgs: OrgParser) -> None:
        self.ctx = ctx
        self.orgs = orgs
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        """Token indices where a title can begin (a title or role word, or
        "nguyên", "tân", "quyền", "Q."), in order."""
        if self._starts is None:
            ctx, gz = self.ctx, self.ctx.gaz
            # (a word a title or role begins with is enough: the parse decides the rest)
            words = BEFORE_A_TITLE | {"q"} | gz.titles.first_words.keys() | gz.roles.first_words.keys() \
                | gz.roles_only_before.first_words.keys()
            self._starts = [i for i, key in enumerate(ctx.keys) if key in words]
        return self._starts

    def parse(self, i: int, limit: int) -> Post | None:
        """A title starting at token i, with the body it names if any; an
        acting head's title says so ("Quyền Trưởng Công an quận")."""
        ctx = self.ctx
        if self._second_syllable(i):
            return None
        if self._acting_abbreviated(i, limit):
            post = self.parse(i + 2, limit)     # "Q. Chủ tịch UBND tỉnh", "Q.Giám đốc Sở Y tế"
            acting = post is not None and not post.role.slug.startswith("quyen-")
            if acting:
                post.start = i
        else:
            acting = False
            k = i
            while k < limit and ctx.keys[k] in BEFORE_A_TITLE:
                acting |= ctx.keys[k] == "quyền"
                k += 1
            post = self._parse(i, limit)
        if post is not None and acting:
            r = post.role
            post.role = Role(f"quyen-{r.slug}", f"Quyền {r.label}", f"Acting {r.en}")
        return post

    def _acting_abbreviated(self, i: int, limit: int) -> bool:
        """"Q." written for "Quyền" (acting) before a capitalised title; a
        title must follow ("Q. Bình Thạnh" is a district, and parses as none)."""
        ctx = self.ctx
        return i + 2 < limit and ctx.tokens[i].text == "Q" and ctx.keys[i + 1] == "." \
            and ctx.tokens[i + 2].is_capitalised

    def _second_syllable(self, i: int) -> bool:
        """Is the lower-case word at token i the second syllable of a word
        ("chức vụ | Trưởng phòng": a capital after it), not a title's first
        ("giữ chức vụ trưởng Vụ Giáo dục Đại học")?"""
        ctx = self.ctx
        return 0 < i < len(ctx.tokens) - 1 and ctx.keys[i] in _SECOND_SYLLABLES and not ctx.tokens[i].is_capitalised \
            and ctx.keys[i - 1] in _SECOND_SYLLABLES[ctx.keys[i]] and ctx.tokens[i + 1].is_capitalised

    def _said_of_a_time_gone(self, i: int) -> bool:
        """Is the title at token i one held at a time the text looks back on
        ("Khi còn là Chủ tịch UBND tỉnh, ông A …", "ông B, lúc đó là Bí thư")?"""
        keys = self.ctx.keys
        return i >= 3 and keys[i - 1] in ("là", "làm") and tuple(keys[i - 3:i - 1]) in _A_TIME_GONE

    def _parse(self, i: int, limit: int) -> Post | None:
        ctx, gz = self.ctx, self.ctx.gaz
        former, new = self._said_of_a_time_gone(i), False
        while i < limit and ctx.keys[i] in BEFORE_A_TITLE:
            former |= ctx.keys[i] in FORMER_WORDS
            new |= ctx.keys[i] in _NEW
            i += 1
        if i >= limit or not ctx.tokens[i].is_word:
            return None
        organ = self._role_of_an_organ(i, limit)
        if organ is not None:
            return Post(i, organ[1].end, organ[0], organ[1], former=former, new=new)
        title = ctx.match(gz.titles, i)
        role = ctx.match(gz.roles, i)
        if title and i + title[0] <= limit and (not role or title[0] >= role[0]) and title[1].board_kind:
            n, compound = title
            board = self.orgs.board(ctx.gaz.kind_by_slug[compound.board_kind], i, i + n, limit)
            if not self._inside_body_name(i, i + n, board):
                return Post(i, board.end, compound.role, board, former=former, new=new)
            title = None
        if title and i + title[0] <= limit and (not role or title[0] >= role[0]):
            n, compound = title
            end = self._own_party_named(i + n, limit) if compound.org_iri else i + n
            mass = self._central_committee_of_a_mass_organisation(i, end, limit)
            if mass is not None:
                # "Bí thư Trung ương Đoàn TNCS Hồ Chí Minh", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam"
                return Post(i, mass.end, compound.role, mass, former=former, new=new)
            post = Post(i, end, compound.role, None, former=former, new=new,
                        implied_kind=compound.body_kind)
            placed = self._committee_of_the_place_after(i, end, limit, compound.body_kind) \
                if compound.body_kind else None
            if placed is not None:      # "Ủy viên BCH Tỉnh ủy Tuyên Quang": the place written after it
                post.end, post.org, post.implied_kind = placed.end, placed, None
            if compound.org_iri:
                body = gz.body_by_iri[compound.org_iri]
                post.implied = OrgRef(name=body.label, surface=ctx.text_between(i, end),
                                      span=Span(ctx.tokens[i].start, ctx.tokens[end - 1].end),
                                      known_iri=body.iri)
                government = self.orgs.foreign_government(end, limit) if body.slug == "chinh-phu" else None
                foreign = None if government else self._foreign_qualifier(end, limit)
                if government:
                    post.end, post.implied = government.end, government.ref     # "Thủ tướng Quốc vụ viện"
                elif foreign:
                    # "Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào"
                    post.end, qualifier, country = foreign
                    post.implied = OrgRef(name=f"{body.label} {qualifier}", surface=ctx.text_between(i, post.end),
                                          span=Span(ctx.tokens[i].start, ctx.tokens[post.end - 1].end),
                                          kind="foreign", jurisdiction=country)
            return post
        if not role or i + role[0] > limit:
            return None
        n, r = role
        end = i + n
        if r.slug in _ASSISTANT_WORDS:
            return self._assistant(i, end, r, limit, former, new)
        word = next((w for w in _ASSISTANT_WORDS if r.slug.startswith(w + "-")), None)
        if word is not None:            # "Thư ký Phó Thủ tướng": read as the word and its principal
            return self._assistant(i, i + 2, gz.role_by_slug[word], limit, former, new)
        if ctx.keys[end:end + 2] == ["phụ", "trách"] and end + 2 < limit and ctx.tokens[end + 2].is_capitalised \
                and ctx.keys[end + 2:end + 4] not in _EXECUTIVE_ORGANS \
                and (charge := self.orgs.parse(end + 2, limit)) is not None and not charge.leadership:
            # "Phó Giám đốc phụ trách Sở Y tế": the deputy in charge, the title as written, the deputy's role
            # (not "… phụ trách Ban Điều hành Agribank": the organ he leads in the bank)
            r = Role(r.slug, f"{r.label} phụ trách", r.en)
            end += 2
        mode = next((len(m) for m in _EMPLOYMENT_MODES if ctx.keys[end:end + len(m)] == m), 0)
        if mode:        # "Phó Bí thư chuyên trách Đảng ủy UBND tỉnh": the title as written, the same role
            r = Role(r.slug, f"{r.label} {ctx.text_between(end, end + mode)}", r.en)
            end += mode
        org = self._body_after(end, i, n, limit)
        if org is not None and org.committee is not None:
            # "Bí thư Đảng bộ tỉnh X": the post is in the committee leading the Party organisation
            org = ParsedOrg(org.end, replace(org.committee, inferred=False), place=org.place,
                            kind=gz.kind_by_slug[org.committee.kind])
        if r.slug in _HEADS_OF_AN_AGENCY and (org is None or not org.ref.name.startswith("Cơ quan")):
            return None     # "Thủ trưởng Cơ quan Cảnh sát điều tra"; not the army's "Thủ trưởng Bộ Tư lệnh" (its leaders)
        if org is not None and r.slug in _HEADS_OF_A_BOARD and org.ref.name.startswith("Ban "):
            r = gz.role_by_slug[_HEADS_OF_A_BOARD[r.slug]]     # "Trưởng BQL KKT tỉnh": the board's head
        post = Post(i, org.end if org else end, r, org, former=former, new=new)
        if org is None and end < limit and ctx.keys[end] == "kiêm":
            post.joined = True
        return post

    def _own_party_named(self, end: int, limit: int) -> int:
        """Past the Party's own name written after a title of its bodies:
        "Tổng Bí thư Ban Chấp hành Trung ương Đảng | Cộng sản Việt Nam",
        "Tổng Bí thư | Đảng Cộng sản Việt Nam"."""
        keys = self.ctx.keys
        name = _OWN_PARTY[1:] if keys[end - 1] == "đảng" else _OWN_PARTY
        return end + len(name) if end + len(name) <= limit and keys[end:end + len(name)] == name else end

    def _committee_of_the_place_after(self, i: int, end: int, limit: int, kind_slug: str) -> ParsedOrg | None:
        """The Party committee of the place written right after a title that
        implies a committee of its level ("Ủy viên BCH Tỉnh ủy | Tuyên Quang")."""
        ctx = self.ctx
        hit = ctx.place_at(end, limit) if end < limit else None
        if hit is None or hit[1].country or hit[1].level != ctx.gaz.kind_by_slug[kind_slug].default_level:
            return None
        after, place = hit
        ref = self.orgs.bare_committee(place.level, place, Span(ctx.tokens[i].start, ctx.tokens[after - 1].end))
        if ref is None:
            return None
        ref.inferred = False
        return ParsedOrg(after, ref, kind=ctx.gaz.kind_by_slug[ref.kind], place=place)

    def _inside_body_name(self, i: int, j: int, board: ParsedOrg) -> bool:
        """A short title (tokens i..j) read into a board that is part of a
        body's name: "Ban Thường vụ Đảng ủy xã"; a national body written
        after "Ủy viên" that the board names no committee of ("Ủy viên Ban
        Chấp hành Đảng bộ Chính phủ") or that has no "Ban" ("Ủy viên
        Thường vụ Quân ủy Trung ương")."""
        ctx = self.ctx
        if i > 0 and (ctx.keys[i - 1] == "ban" or (ctx.keys[i - 1] == "-" and ctx.tokens[i - 1].end == ctx.tokens[i].start)):
            return True     # (and "Đài PT-TV": one abbreviation's part)
        if not board.open_committee and "ban" in ctx.keys[i:j]:
            return False
        return any((body := ctx.match(ctx.gaz.bodies, t)) and t + body[0] > j for t in range(i + 1, j))

    def _role_of_an_organ(self, i: int, limit: int) -> tuple[Role, ParsedOrg] | None:
        """"Thành viên HĐQT PV GAS": a role that is a title only before the
        organ it names, with that organ."""
        ctx = self.ctx
        hit = ctx.match(ctx.gaz.roles_only_before, i)
        if hit is None or i + hit[0] >= limit:
            return None
        n, (role, organs) = hit
        org = self.orgs.parse(i + n, limit, strict_case=False)
        return (role, org) if org is not None and org.ref.name.startswith(organs) else None

    def _central_committee_of_a_mass_organisation(self, i: int, end: int, limit: int) -> ParsedOrg | None:
        """A Party title ending in "Trung ương" followed by a mass
        organisation's name is of that organisation's central committee."""
        ctx = self.ctx
        central = end - 2 if ctx.keys[end - 2:end] == ["trung", "ương"] else \
            end - 1 if ctx.raw[end - 1] in ("T.Ư", "TƯ", "TW") else None     # "Bí thư T.Ư Đoàn"
        if central is None or end >= limit or ctx.keys[end] not in ("đoàn", "hội"):
            return None
        mass = self.orgs.parse(central, limit, strict_case=False)
        if mass is None or mass.end <= end:
            return None
        board = next((t for t in range(i, central) if ctx.keys[t:t + 3] == ["ban", "chấp", "hành"]), None)
        return self.orgs.parse(board, limit) if board is not None else mass     # "Ủy viên Ban Chấp hành T.Ư Đoàn"

    def _assistant(self, i: int, end: int, word: Role, limit: int, former: bool, new: bool) -> Post | None:
        """"Thư ký đồng chí A, Bộ trưởng Bộ Xây dựng" is the title "Thư ký Bộ
        trưởng" in Bộ Xây dựng; "Trợ lý Ủy viên Bộ Chính trị, Thủ tướng" is
        "Trợ lý Thủ tướng" in the Government: an assistant's title names the
        principal's office. Without a principal's office it is no title, but
        for a body's secretary ("Thư ký Ban Đại diện Hội thánh …")."""
        ctx = self.ctx
        j = end
        while j < limit and ctx.keys[j] in ("của", "cho", "đồng", "chí", "ông", "bà"):
            j += 1
        named = name_at(ctx, j, limit)
        k = named if named else j
        if named and k < limit and ctx.keys[k] in (",", "-", "–"):
            k += 1
        principal = None
        while k < limit and principal is None:
            post = self.parse(k, limit)
            if post is None:
                break
            slug = f"{word.slug}-{post.role.slug}"
            if slug in ctx.gaz.role_by_slug and not post.former:
                principal = post
            k = post.end
            if principal is None and k < limit and ctx.keys[k] == ",":
                k += 1
        if principal is None and word.slug == "thu-ky" and not named and end < limit and ctx.tokens[end].is_capitalised \
                and (body := self.orgs.parse(end, limit)) is not None and ctx.keys[body.end:body.end + 1] != ["("]:
            # "Thư ký Hội Nông dân tỉnh", "Thư ký Hội đồng Khoa học": a body's secretary (not where the name
            # may go on in parentheses: "Hội thánh Tin lành Việt Nam (miền Nam)")
            return Post(i, body.end, word, body, former=former, new=new)
        if principal is None:
            return self._assistant_for_a_field(i, end, word, limit, former, new)
        role = ctx.gaz.role_by_slug[f"{word.slug}-{principal.role.slug}"]
        # With the principal named, their name and titles are theirs to keep.
        return Post(i, end if named else principal.end, role, principal.org, implied=principal.implied,
                    implied_kind=principal.implied_kind, former=former, new=new)

    def _assistant_for_a_field(self, i: int, end: int, word: Role, limit: int, former: bool,
                               new: bool) -> Post | None:
        """"Trợ lý Cán bộ, Phòng Chính trị": an army staff assistant titled by
        the field written after the word, in one to three capitalised words
        ending at a comma; the body comes after the comma."""
        ctx = self.ctx
        if word.slug != "tro-ly":
            return None
        if end >= limit or not ctx.tokens[end].is_capitalised or name_at(ctx, end, limit) \
                or ctx.match(ctx.gaz.roles, end) or self.orgs.parse(end, limit):
            return None
        k = end + 1
        while k < limit and k - end < 3 and ctx.tokens[k].is_word and not ctx.tokens[k].is_capitalised \
                and ctx.keys[k] not in ORG_STOP:
            k += 1
        if k >= limit or ctx.keys[k] != ",":
            return None
        role = Role(word.slug, f"{word.label} {ctx.text_between(end, k)}", word.en)
        return Post(i, k, role, None, former=former, new=new)

    def principal_of(self, post: Post) -> Post | None:
        """The office an assistant's compound title names ("Trợ lý Thủ tướng"
        -> Thủ tướng): what the name written right after it holds."""
        for word in _ASSISTANT_WORDS:
            if post.role.slug.startswith(word + "-"):
                role = self.ctx.gaz.role_by_slug.get(post.role.slug[len(word) + 1:])
                if role is not None:
                    return Post(post.start, post.end, role, post.org, implied=post.implied,
                                implied_kind=post.implied_kind, former=post.former)
        return None

    def _foreign_qualifier(self, j: int, limit: int) -> tuple[int, str, str] | None:
        """Capitalised words ending in a country right after a title: the
        title is of a foreign body ("... Đảng Cộng sản Trung Quốc")."""
        ctx = self.ctx
        k = j + (j + 1 < limit and ctx.keys[j] == "nước")      # "… nước Cộng hòa Dân chủ Nhân dân Lào": the state's form
        if k >= limit or not ctx.tokens[k].is_capitalised:
            return None
        while k < limit and k - j < 9 and ctx.tokens[k].is_word:
            hit = ctx.country_at(k)
            if hit and k + hit[0] <= limit:
                end = k + hit[0]
                return end, ctx.gaz.expand(ctx.text_between(j, end)), ctx.text_between(k, end)    # ("Đảng NDCM Lào")
            if ctx.keys[k] in ORG_STOP or name_at(ctx, k, limit):
                return None      # a verb or a person between the title and the country
            k += 1
        return None

    def _body_after(self, end: int, start: int, n: int, limit: int) -> ParsedOrg | None:
        ctx = self.ctx
        # "Trưởng Ban Tổ chức Trung ương", "Chánh Văn phòng Đảng ủy":
        # the role's last words start the body's name.
        words = ctx.keys[start:end]
        for head in _HEAD_SUFFIXES:
            k = len(head)
            if tuple(words[-k:]) != head:
                continue
            if tuple(ctx.keys[end:end + k]) == head:
                break       # "Trưởng ban Ban Dân vận": the body is written in full after the role
            if n > k:
                org = self.orgs.parse(end - k, limit, strict_case=False)
                if org and org.end > end:
                    return org
        for k in (2, 1):        # "Trưởng thôn Đồng Ván", "Trưởng khu phố 3": the village the role's word names
            if len(words) > k and " ".join(words[-k:]) in VILLAGE_WORDS and (village := self.orgs.village(end - k, limit)):
                return village
        org = self.orgs.parse(end, limit, strict_case=False)
        if org:
            return org
        if tuple(words) in _CHAIR_WORDS:
            committee = self._people_s_committee_of(end, limit)
            if committee is not None:
                return committee
        if ctx.keys[start:end] and ctx.keys[end - 1] == "trưởng" and words[:1] in (["bộ"], ["thứ"]):
            return self._ministry_without_bo(end, limit) or self._foreign_ministry(end, limit)
        if tuple(words[-3:-1]) in _COMMANDED_UNITS and (unit := self.orgs.commanded_unit(end - 3, end - 1)):
            return replace(unit, end=end)       # "Đại tá A, Phó Bí thư Đảng ủy, Sư đoàn trưởng": the story's division
        return None

    def _people_s_committee_of(self, j: int, limit: int) -> ParsedOrg | None:
        """"Phó Chủ tịch tỉnh Sơn La", "Chủ tịch huyện X": the chair of a
        Vietnamese place is the chair of its People's Committee."""
        ctx = self.ctx
        hit = ctx.place_at(j, limit) if j < limit and ctx.keys[j] in _PLACE_LEVEL_STARTS else None
        if hit is None or hit[1].country:
            return None
        end, place = hit
        kind = ctx.gaz.kind_by_slug["uy-ban-nhan-dan"]
        ref = OrgRef(name=kind.label, surface=ctx.text_between(j, end),
                     span=Span(ctx.tokens[j].start, ctx.tokens[end - 1].end), kind=kind.slug)
        parsed = ParsedOrg(end, ref, kind=kind, open_level=place.level)
        self.orgs.complete(parsed, place, inferred=False)
        return parsed

    def _ministry_without_bo(self, j: int, limit: int) -> ParsedOrg | None:
        """"Bộ trưởng Tư pháp Kha Minh Đạt": a ministry of the Government
        named without "Bộ"."""
        ctx = self.ctx
        if j >= limit or not ctx.tokens[j].is_capitalised:
            return None
        hit = ctx.gaz.bodies.match(["bộ"] + ctx.keys[j:limit], 0)
        if not hit or hit[0] < 2 or not hit[1].label.startswith("Bộ "):
            return None
        body, end = hit[1], j + hit[0] - 1
        if end < limit and (ctx.match(ctx.gaz.countries, end) or ctx.keys[end] == "và"):
            return None                 # "Bộ trưởng Ngoại giao Lào", "… Ngoại giao và Hợp tác quốc tế Campuchia"
        ref = OrgRef(name=body.label, surface=ctx.text_between(j, end),
                     span=Span(ctx.tokens[j].start, ctx.tokens[end - 1].end), known_iri=body.iri)
        return ParsedOrg(end, ref, body=body)

    def _foreign_ministry(self, j: int, limit: int) -> ParsedOrg | None:
        """"Bộ trưởng Ngoại giao Lào": the ministry named without "Bộ"."""
        foreign = self._foreign_qualifier(j, limit)
        if not foreign:
            return None
        end, words, country = foreign
        ctx = self.ctx
        ref = OrgRef(name=f"Bộ {words}", surface=words, span=Span(ctx.tokens[j].start, ctx.tokens[end - 1].end),
                     kind="foreign", jurisdiction=country)
        return ParsedOrg(end, ref)


def gloss_start(ctx: ArticleContext, i: int, lo: int) -> int:
    """Start of the letters a body is glossed by, in parentheses right before
    token i ("Bộ trưởng Bộ Tài nguyên và Môi trường (TN&MT) Lương Quốc
    Vĩnh"), else i."""
    if i - 3 < lo or ctx.keys[i - 1] != ")":
        return i
    opening = next((t for t in range(i - 2, max(lo, i - 6) - 1, -1) if ctx.keys[t] == "("), None)
    letters = ctx.text_between(opening + 1, i - 1) if opening is not None else ""
    glossed = letters and letters.replace("&", "").replace(".", "").replace("-", "").replace(" ", "").isupper()
    return opening if glossed else i
