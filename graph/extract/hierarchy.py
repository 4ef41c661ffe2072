"""Hierarchy a sentence states about several bodies at once: the members of
a body listed after "gồm" ("cơ cấu tổ chức của Bộ X gồm: Cục A; Cục B; Vụ
C và Văn phòng Bộ"; "Bộ Tài chính có 5 Tổng cục … trực thuộc (gồm: A, B,
C)"), bodies set directly under another ("4 Đảng bộ trực thuộc Trung ương
(A, B, C và D)"), and a body said to serve another ("Ban Tổ chức Trung
ương là cơ quan tham mưu, giúp việc của Ban Chấp hành Trung ương")."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..core.model import OrgRef, Span
from .context import ArticleContext
from .orgs import BODY_HEADS, OrgParser, ParsedOrg
from .words import NUMBER_WORDS

_LIST_OPENERS = (":", "(", "các")
# "gồm các đơn vị: …", "gồm các cơ quan: …"
_MEMBER_NOUNS = {("đơn", "vị"), ("cơ", "quan"), ("tổ", "chức")}
# Words that end a list item's body name: a clause, not more of the name.
_NOT_IN_ITEM = {"là", "có", "được", "đã", "sẽ", "do", "thì", "(", ":", "một", "những"}
# What a body is said to be before the body it serves or belongs to ("là cơ
# quan tham mưu của", "là đơn vị sự nghiệp thuộc"); a body's own head noun
# in lower case ("là bệnh viện hạng đặc biệt trực thuộc") says so too.
_SERVING_NOUNS = {("cơ", "quan"), ("đơn", "vị"), ("tổ", "chức"), ("doanh", "nghiệp"), ("cơ", "sở")}
# "trực thuộc Trung ương" said of Party organisations: the Central Committee.
_CENTRAL = "Ban Chấp hành Trung ương Đảng"
# Heads a text calls its department or ministry back by: the one named last (a "Ban" is the one named most).
_CALLED_BACK_LAST = {"sở", "bộ", "cục", "tổng"}
# A department's own inspectorate and office, listed bare ("Sở X gồm: Văn phòng, Thanh tra, …"): theirs as
# listed, not the province's.
_DEPARTMENTS = ("Sở ", "Bộ ")
_OWN_UNITS = {"thanh-tra", "van-phong"}
# Words that open with a head noun and name none ("bộ máy", "bộ phận", "ban hành").
_WORDS_OPENING_WITH_A_HEAD = {("bộ", "máy"), ("bộ", "phận"), ("bộ", "đội"), ("ban", "hành"), ("ban", "đầu")}
# Words between "cơ cấu tổ chức" and the body whose structure it is.
_STRUCTURE_QUALIFIERS = {"quản", "lý", "bộ", "máy"}
# Organs of a Party committee named with "Ban" that have no units of their own: "thuộc Ban" calls back a board.
_ORGANS_NOT_BOARDS = ("Ban Bí thư", "Ban Chấp hành", "Ban Thường vụ")
# Words that make what follows a proposal, not a fact ("Tờ trình về việc thành lập …").
_PROPOSALS = {("dự", "thảo"), ("tờ", "trình"), ("đề", "xuất"), ("dự", "kiến")}
# What a proposal does to bodies: set them up, merge or reorganise them.
_SETTING_UP = {("thành", "lập"), ("sáp", "nhập"), ("hợp", "nhất"), ("tổ", "chức"), ("sắp", "xếp"), ("giải", "thể")}
# How many bodies a plural apposition describes ("A và B, hai cơ quan …").
# Kinds of body a place has: two of them written one after the other are a pair, not unit and parent.
_OF_A_PLACE = ("jurisdiction", "area")
_COUNT_WORDS = {"hai", "ba", "bốn", "năm", "các"}
# Words that open a sentence going into the detail of the one before.
_LEADS = (["cụ", "thể", ","], ["trong", "đó", ","], ["trong", "số", "này", ","], ["trong", "số", "đó", ","])


def stated_as_fact(ctx: ArticleContext, pairs: list[tuple[OrgRef, OrgRef]]) -> list[tuple[OrgRef, OrgRef]]:
    """The pairs not said inside a proposal to set bodies up: "trình dự thảo
    Nghị quyết về việc thành lập X trực thuộc Y", "Tờ trình về việc thành lập
    … gồm A, B" (the proposal's word within twenty words before the body, a
    verb of setting up between) is not yet so."""
    out = []
    for child, parent in pairs:
        s = ctx.doc.sentence_at(child.span.start)
        lo, at = ctx.token_index(s.start), ctx.token_index(child.span.start)
        proposal = next((k for k in range(max(lo, at - 20), at) if tuple(ctx.keys[k:k + 2]) in _PROPOSALS), None)
        if proposal is None or not any(tuple(ctx.keys[k:k + 2]) in _SETTING_UP for k in range(proposal, at)):
            out.append((child, parent))
    return out


class HierarchyReader:
    def __init__(self, ctx: ArticleContext, orgs: OrgParser) -> None:
        self.ctx = ctx
        self.orgs = orgs

    def find(self) -> list[tuple[OrgRef, OrgRef]]:
        ctx = self.ctx
        out: list[tuple[OrgRef, OrgRef]] = []
        for si, s in enumerate(ctx.doc.sentences):
            lo, hi = ctx.token_index(s.start), ctx.token_index(s.end)
            for k in range(lo, hi):
                if ctx.keys[k] == "gồm":
                    out += self._members_after(k, lo, hi, si) or self._members_on_lines(k, lo, hi, si)
                elif ctx.keys[k] == "trực" and k + 1 < hi and ctx.keys[k + 1] == "thuộc":
                    out += self._directly_under(k, lo, hi) or self._founded_later(k, lo, hi, si)
                elif ctx.keys[k] == "có" and ctx.keys[k + 1:k + 2] == ["các"]:
                    out += self._units_it_has(k, lo, hi)
                elif ctx.keys[k] == "có" and k + 1 < hi and ctx.tokens[k + 1].text.isdigit():
                    out += self._some_of_its_units(k, lo, hi)
            out += self._serves(lo, hi) + self._units_introduced(lo, hi, si) + self._belongs(lo, hi) \
                + self._member_of(lo, hi) + self._moved_under(lo, hi)
        return out

    def _founded_later(self, k: int, lo: int, hi: int, si: int) -> list[tuple[OrgRef, OrgRef]]:
        """"thành lập 4 chi cục trực thuộc Sở NN-PTNT. … Chi cục Kiểm lâm Nghệ
        An được thành lập trên cơ sở …": units counted as founded under a body,
        and named later as founded, one sentence each, are that body's."""
        ctx = self.ctx
        count = next((u for u in range(k - 2, max(lo, k - 5) - 1, -1)
                      if ctx.tokens[u].text.isdigit() or ctx.keys[u] in NUMBER_WORDS), None)
        if count is None or ctx.keys[count - 2:count] != ["thành", "lập"] \
                or any(ctx.tokens[u].is_capitalised for u in range(count + 1, k)):
            return []
        kind = ctx.keys[count + 1:k]        # "chi cục", "phòng chuyên môn": the units' head, in lower case
        parent = self.orgs.parse(k + 2, hi)
        if parent is None:
            return []
        founded = []
        for s in ctx.doc.sentences[si + 1:si + 12]:
            a, b = ctx.token_index(s.start), ctx.token_index(s.end)
            a = ctx.past_connective(a)
            head = ctx.match(BODY_HEADS, a)     # (the head the count names: "Chi cục" of "chi cục")
            org = self.orgs.parse(a, b) if head and ctx.keys[a:a + head[0]] == kind[:head[0]] else None
            if org is not None and ctx.keys[org.end:org.end + 3] == ["được", "thành", "lập"]:
                founded.append(org)
        return self._pairs(founded, parent)

    def _member_of(self, lo: int, hi: int) -> list[tuple[OrgRef, OrgRef]]:
        """"Hội Nông dân tỉnh là thành viên của Ủy ban MTTQ Việt Nam tỉnh",
        "EVNNPC là đơn vị thành viên của EVN": a body that says whose member it is."""
        ctx = self.ctx
        out = []
        for t in range(lo + 1, hi - 3):
            if ctx.keys[t] != "thành" or ctx.keys[t + 1:t + 3] != ["viên", "của"] or not ctx.tokens[t + 3].is_capitalised:
                continue
            verb = t - 3 if ctx.keys[t - 2:t] == ["đơn", "vị"] else t - 1
            if verb <= lo or ctx.keys[verb] != "là":
                continue
            member = self._body_ending_at(verb - (ctx.keys[verb - 1] in ("hiện", "cũng")), lo)
            parent = self.orgs.parse(t + 3, hi)
            if member is not None and parent is not None and not parent.open_host and not member.leadership:
                out += self._pairs([member], parent)
        return out

    def _pairs(self, members: list[ParsedOrg], parent: ParsedOrg) -> list[tuple[OrgRef, OrgRef]]:
        """Each member under the parent, bodies named without their place
        given the one the text names; a unit listed as the parent's own
        ("Văn phòng", "Ban Tổ chức - Kiểm tra") keeps the name it is listed by."""
        self.orgs.place_from_text(parent)
        out = []
        for m in members:
            national = parent.place is None and not parent.open_level and m.open_level is not None
            departmental = m.open_level is not None and not m.level_said and m.kind is not None \
                and m.kind.slug in _OWN_UNITS and parent.ref.name.startswith(_DEPARTMENTS)
            if m.open_committee or m.open_host or m.ref.surface.split()[-1:] in (["Sở"], ["Bộ"]) or national \
                    or departmental:
                # ("Thanh tra" among a ministry's units: the ministry's, of no province; among a
                # department's, the department's own, not the province's inspectorate)
                out.append((replace(m.ref, name=m.ref.surface or m.ref.name, kind=""), parent.ref))
                continue
            self.orgs.place_from_text(m)
            out.append((m.ref, parent.ref))
        return out

    # ----------------------------------------------------------- members
    def _members_after(self, k: int, lo: int, hi: int, si: int) -> list[tuple[OrgRef, OrgRef]]:
        """"<parent> … gồm: A; B và C": the nearest body named before "gồm"
        holds the bodies listed after it (two at least, all bodies); "Các đơn
        vị sự nghiệp gồm A, B" names none, and they are units of the body
        whose structure the text sets out."""
        owner = self._owner_of_kinds(k, lo)
        sibling = self._list_before(k, lo)
        if owner is not None:       # "X có Ủy ban Thẩm phán và các tòa chuyên trách gồm: A, B"
            parent, named = owner
        elif sibling is not None:
            # "X có 4 trường thuộc gồm: A, B; 4 viện gồm: C, D": the lists after ";" are X's too
            parent, named = self._list_parent(sibling, lo, si), []
        else:
            parent, named = self._list_parent(k, lo, si), []
        if parent is None:
            return []
        members = named + self._body_list(k + 1, hi)
        return self._pairs(members, parent) if len(members) >= 2 else []

    def _list_parent(self, k: int, lo: int, si: int) -> ParsedOrg | None:
        """The body whose members the list after "gồm" at token k names."""
        return self._structure_subject(k, lo) or self._counting_subject(k, lo) or self._last_body_before(k, lo) \
            or self._structure_subject(lo, self._paragraph_before(lo)) or self._counted_before(lo, k, si)

    def _paragraph_before(self, k: int) -> int:
        """The first token of the paragraph before the one token k is in: how
        far back a statement of structure ("… cơ cấu tổ chức của Bộ X.")
        still heads a list (not one paragraphs away, in a cited resolution's
        title)."""
        ctx = self.ctx
        start = ctx.paragraph_start(ctx.tokens[k].start)
        return ctx.token_index(ctx.paragraph_start(start - 1)) if start > 0 else 0

    def _counting_subject(self, k: int, lo: int) -> ParsedOrg | None:
        """"X là thành viên của Y, hiện có 3 đơn vị trực thuộc gồm: …": the
        clause's subject counts its own units, whatever it names between."""
        ctx = self.ctx
        has = next((t for t in range(k - 1, lo - 1, -1) if ctx.keys[t] == "có" and t + 1 < k
                    and ctx.tokens[t + 1].text.isdigit()), None)
        if has is None or not self._describes_units(has + 2, k):
            return None
        return self._clause_subject(lo, has)

    def _list_before(self, k: int, lo: int) -> int | None:
        """The "gồm" of a list the clause before token k's ";" sets out."""
        semicolon = next((t for t in range(k - 1, lo - 1, -1) if self.ctx.keys[t] == ";"), None)
        if semicolon is None:
            return None
        return next((t for t in range(semicolon - 1, lo - 1, -1) if self.ctx.keys[t] == "gồm"), None)

    def _counted_before(self, lo: int, k: int, si: int) -> ParsedOrg | None:
        """"X hiện có 5 trường thuộc, 3 viện. Các trường thuộc gồm: A; B":
        units a sentence of kinds alone lists are of the body the sentence
        before counted them for."""
        ctx = self.ctx
        lead = next((w for w in _LEADS if ctx.keys[lo:lo + len(w)] == w), [])
        lo += len(lead)     # "Cụ thể, các tổ chức … gồm: …", "Trong số này, 16 tổ chức … gồm: …"
        if not (ctx.keys[lo] == "các" or ctx.tokens[lo].text.isdigit()) or not self._describes_units(lo, k):
            return None
        for before in ctx.doc.sentences[max(0, si - 2):si][::-1]:     # ("Các viện gồm: …" after the schools' list)
            a, b = ctx.token_index(before.start), ctx.token_index(before.end)
            has = next((t for t in range(a, b - 1) if ctx.keys[t] == "có" and ctx.tokens[t + 1].text.isdigit()), None)
            if has is not None:
                return self._clause_subject(a, has)
        return None

    def _owner_of_kinds(self, k: int, lo: int) -> tuple[ParsedOrg, list[ParsedOrg]] | None:
        """"X có A và các <kind> gồm": X, the subject, has A as well as the
        units listed after "gồm"."""
        ctx = self.ctx
        t = k - 1
        while t > lo and ctx.tokens[t].is_word and not ctx.tokens[t].is_capitalised and ctx.keys[t] not in ("các", "có"):
            t -= 1
        if t <= lo or ctx.keys[t] != "các" or t == k - 1:
            return None
        named: list[ParsedOrg] = []
        if ctx.keys[t - 1] == "và":
            named = [org for org in self._bodies_ending_at(t - 1, lo) if org is not None] \
                or [org for org in (self._body_ending_at(t - 1, lo),) if org is not None]
            if not named:
                return None
        start = ctx.token_index(named[-1].ref.span.start) if named else t
        if start <= lo or ctx.keys[start - 1] != "có":
            return None
        subject = self._clause_subject(lo, start - 1)
        return (subject, named[::-1]) if subject is not None else None

    def _members_on_lines(self, k: int, lo: int, hi: int, si: int) -> list[tuple[OrgRef, OrgRef]]:
        """"Cơ cấu tổ chức của Sở gồm:" then one body a line ("a) Văn phòng
        Sở;", "- Phòng Quản lý đất đai;"): the lines' bodies belong to it."""
        ctx = self.ctx
        if ctx.keys[hi - 1] != ":" or (k + 1 < hi - 1 and not self._describes_units(k + 1, hi - 1)):
            return []       # "gồm:", "gồm 14 bộ và 3 cơ quan ngang bộ sau đây:"
        parent = self._structure_subject(k, lo) or self._last_body_before(k, lo)
        if parent is None:
            return []
        members: list[ParsedOrg] = []
        for s in ctx.doc.sentences[si + 1:]:
            a, b = ctx.token_index(s.start), ctx.token_index(s.end)
            j = ctx.item_mark_end(a)
            org = self.orgs.parse(j, b) if j is not None else None
            if org is None:
                group = self._group_after_colon(j, b) if j is not None else []
                if not group:
                    break
                members += group    # "a) Các ban chuyên môn, nghiệp vụ: Ban A; Ban B."
                continue
            members.append(self._whole_item(org, j, b - 1 if ctx.keys[b - 1] in (";", ".") else b))
        return self._pairs(members, parent) if len(members) >= 2 else []

    def _group_after_colon(self, j: int, b: int) -> list[ParsedOrg]:
        """An item naming a group of units, then the units after a colon
        ("Các viện nghiên cứu chuyên ngành: Viện A; Viện B.")"""
        ctx = self.ctx
        colon = next((t for t in range(j, min(b, j + 12)) if ctx.keys[t] == ":"), None)
        if colon is None or not self._describes_units(j, colon):
            return []
        return self._body_list(colon + 1, b, whole_line=True)

    def _whole_item(self, org: ParsedOrg, j: int, end: int) -> ParsedOrg:
        """A list item holds one body: its name runs to the item's end
        ("Phòng Tài nguyên nước, Khoáng sản và Biến đổi khí hậu") unless a
        verb or another clause follows the name."""
        ctx = self.ctx
        end = next((t for t in range(org.end, end) if ctx.keys[t] in ("…", "...")), end)   # "Phòng X…" ends there
        if org.end >= end or any(ctx.keys[t] in _NOT_IN_ITEM or (
                ctx.keys[t] in (",", "và") and t + 1 < end and ctx.match(BODY_HEADS, t + 1)
                and ctx.tokens[t + 1].is_capitalised and self.orgs.parse(t + 1, end) is not None)
                for t in range(org.end, end)):
            return org      # (", Ban Tổ chức Tỉnh ủy", "và Đảng bộ Mặt trận …": another body)
        name = ctx.text_between(j, end)
        ref = replace(org.ref, name=ctx.gaz.expand(name), surface=name, span=self.orgs_span(j, end))
        return replace(org, end=end, ref=ref)

    def _directly_under(self, k: int, lo: int, hi: int) -> list[tuple[OrgRef, OrgRef]]:
        """"N Đảng bộ trực thuộc Trung ương (A, B, C và D)", "Bộ X có 5
        Tổng cục trực thuộc (gồm: A, B)"."""
        ctx = self.ctx
        j = k + 2
        parent = None
        if j < hi and ctx.keys[j] == "trung" and j + 1 < hi and ctx.keys[j + 1] == "ương":
            body = ctx.gaz.bodies.lookup(_CENTRAL)
            parent = ParsedOrg(j + 2, OrgRef(name=body.label, surface=ctx.text_between(j, j + 2),
                                              span=self.orgs_span(j, j + 2), known_iri=body.iri), body=body)
            j += 2
        elif j < hi and ctx.tokens[j].is_capitalised:
            parent = self.orgs.parse(j, hi)
            j = parent.end if parent else j
        else:
            has = next((t for t in range(k - 1, lo - 1, -1) if ctx.keys[t] == "có"), None)
            # "Công ty X …, có 24 điện lực trực thuộc": the one that has them, else the body just before
            parent = self._first_body(lo, has) if has is not None else None
            parent = parent or self._last_body_before(k, lo)
        if parent is None or j >= hi:
            return []
        if ctx.keys[j:j + 4] == [",", "trong", "đó", "có"]:
            j += 4          # "… 24 điện lực khu vực trực thuộc, trong đó có A, B, C": a few of them
        elif ctx.keys[j] == "có" and parent.body is None:
            j += 1          # "trực thuộc Tỉnh ủy có Đảng bộ A và Đảng bộ B"
        elif ctx.keys[j] in ("là", ":") and j == k + 2:
            j += 1          # "Sở X có 2 đơn vị trực thuộc là A và B"
        elif ctx.keys[j] != "(":
            return []
        members = self._body_list(j, hi)
        if parent.body is not None and parent.body.slug.startswith("ban-chap-hanh-trung-uong") and not all(
                m.is_party_committee or m.ref.name.startswith("Đảng") for m in members):
            return []      # "thành phố trực thuộc Trung ương": cities, not Party organisations
        return self._pairs(members, parent) if len(members) >= 2 else []

    def _serves(self, lo: int, hi: int) -> list[tuple[OrgRef, OrgRef]]:
        """"X là cơ quan tham mưu, giúp việc của Y", "X là bệnh viện hạng đặc
        biệt trực thuộc Y; Z là …": in each clause, X's parent is Y."""
        ctx = self.ctx
        out = []
        if "là" not in ctx.keys[lo:hi]:
            return []
        for start in [lo] + [t + 1 for t in range(lo, hi) if ctx.keys[t] == ";"]:
            out += self._serves_in_clause(start, hi)
        return out

    def _serves_in_clause(self, lo: int, hi: int) -> list[tuple[OrgRef, OrgRef]]:
        ctx = self.ctx
        if ctx.keys[lo] == "tại":
            lo = next((t + 1 for t in range(lo, min(hi, lo + 8)) if ctx.keys[t] == ","), lo)   # "Tại Nghệ An, …"
        subject = self._first_body(lo, hi)      # ("Theo đó, Công ty X là đơn vị …")
        if subject is None:
            return []
        subjects, k = [subject], subject.end
        while k < hi and ctx.keys[k] in ("và", ",") and (more := self.orgs.parse(k + 1, hi)) is not None:
            subjects.append(more)       # "A và B đều là bệnh viện trực thuộc Y"
            k = more.end
        if len(subjects) > 1:
            if ctx.keys[k:k + 1] != ["đều"]:
                return []
            k += 1
        if k >= hi or ctx.keys[k] != "là":
            return []
        noun = k + 1
        while noun < hi and (ctx.keys[noun] in ("một", "trong") or ctx.tokens[noun].text.isdigit()):
            noun += 1       # "là một trong 19 tập đoàn, tổng công ty thuộc …"
        if noun >= hi or ctx.tokens[noun].is_capitalised or not (
                tuple(ctx.keys[noun:noun + 2]) in _SERVING_NOUNS or ctx.match(BODY_HEADS, noun)):
            return []
        for t in range(noun + 1, min(hi, noun + 12)):
            if ctx.keys[t] == "thường" and ctx.keys[t + 1:t + 2] == ["trực"]:
                return []           # "là cơ quan thường trực của Ban Chỉ đạo": its standing agency, not under it
            if ctx.keys[t] in ("của", "thuộc") and t + 1 < hi:
                parent = self.orgs.parse(t + 1, hi)
                if parent is None or ctx.match(ctx.gaz.countries, t + 1):
                    return []       # "… là doanh nghiệp của Nhật Bản": a country, no parent body
                return self._pairs(subjects, parent) + self._parent_in_apposition(parent, hi, subjects)
            if ctx.keys[t] in (".", ";"):
                break
        return []

    def _parent_in_apposition(self, org: ParsedOrg, hi: int, subjects: list[ParsedOrg]) -> list[tuple[OrgRef, OrgRef]]:
        """"… trực thuộc Tổng cục Hải quan, Bộ Tài chính.": the body after the
        comma, ending the clause, is the one before's parent; two bodies of
        one place side by side ("… giúp việc của Đoàn ĐBQH, HĐND tỉnh") are
        both the subjects'."""
        ctx = self.ctx
        k = org.end
        if k + 1 >= hi or ctx.keys[k] != ",":
            return []
        parent = self.orgs.parse(k + 1, hi)
        if parent is None or (parent.end < hi and ctx.keys[parent.end] not in (".", ";", ",")):
            return []
        if org.kind is not None and parent.kind is not None and org.kind.attaches in _OF_A_PLACE \
                and parent.kind.attaches in _OF_A_PLACE:
            return self._pairs(subjects, parent)
        return self._pairs([org], parent)

    def _belongs(self, lo: int, hi: int) -> list[tuple[OrgRef, OrgRef]]:
        """"X trực thuộc Y", and X described in apposition as Y's: "X, đơn vị
        sự nghiệp trực thuộc Y", "X, cơ quan chuyên môn thuộc Y"."""
        ctx = self.ctx
        out = []
        for t in range(lo + 1, hi - 1):
            if ctx.keys[t] != "thuộc" or not ctx.tokens[t + 1].is_capitalised:
                continue
            start = t - 1 if ctx.keys[t - 1] == "trực" else t
            parent = self.orgs.parse(t + 1, hi) or self._named_before(t + 1)      # ("… trực thuộc Cục.")
            if parent is None or parent.open_host or parent.open_committee or ctx.match(ctx.gaz.countries, t + 1):
                continue        # (an organ named alone, "thuộc HĐQT", is no body one can place)
            comma = next((c for c in range(start - 1, max(lo, start - 8) - 1, -1) if ctx.keys[c] == ","), None)
            counted = comma is not None and ctx.keys[comma + 1] in _COUNT_WORDS
            noun = comma + 1 + counted if comma is not None else start
            described = comma is not None and tuple(ctx.keys[noun:noun + 2]) in _SERVING_NOUNS and all(
                ctx.tokens[u].is_word and not ctx.tokens[u].is_capitalised for u in range(comma + 1, start))
            children = self._bodies_ending_at(comma, lo) if described and counted else \
                [self._body_ending_at(comma if described else start, lo)]
            if children[0] is None:
                continue
            opens = ctx.token_index(children[0].ref.span.start)
            if not (opens > lo and (ctx.keys[opens - 1] in ("các", "những", "mọi") or ctx.tokens[opens - 1].text.isdigit())):
                out += self._pairs(children, parent)     # (not "các Ban Chỉ huy … thuộc Y": a kind, not a body)
        return out

    def _moved_under(self, lo: int, hi: int) -> list[tuple[OrgRef, OrgRef]]:
        """"A và B được chuyển về trực thuộc Y", "C chuyển về Y": bodies moved
        under another are its units from then on."""
        ctx = self.ctx
        out = []
        for t in range(lo + 1, hi - 2):
            if ctx.keys[t:t + 2] != ["chuyển", "về"]:
                continue
            j = t + 2 + (ctx.keys[t + 2:t + 4] == ["trực", "thuộc"]) * 2 + (ctx.keys[t + 2:t + 3] == ["thuộc"])
            parent = self.orgs.parse(j, hi) if j < hi and ctx.tokens[j].is_capitalised else None
            end = t - (ctx.keys[t - 1] == "được")
            children = [c for c in self._bodies_ending_at(end, lo) if c is not None] \
                or [c for c in (self._body_ending_at(end, lo),) if c is not None]
            if parent is not None and not parent.open_host and not ctx.match(ctx.gaz.countries, j) \
                    and not any(c.leadership for c in children):
                out += self._pairs(children, parent)
        return out

    def _bodies_ending_at(self, end: int, lo: int) -> list[ParsedOrg | None]:
        """The bodies listed right before token ``end`` ("A, B và C"), the
        last first: what a plural apposition describes ("A và B, hai cơ quan
        báo chí thuộc Y")."""
        ctx = self.ctx
        found = [self._body_ending_at(end, lo)]
        while found[-1] is not None:
            opens = ctx.token_index(found[-1].ref.span.start)
            if opens - 1 <= lo or ctx.keys[opens - 1] not in ("và", ","):
                break
            found.append(self._body_ending_at(opens - 1, lo))
        found = [org for org in found if org is not None]
        return found if len(found) >= 2 else [None]

    def _body_ending_at(self, end: int, lo: int) -> ParsedOrg | None:
        """The longest body named right before token ``end``."""
        ctx = self.ctx
        for t in range(max(lo, end - 12), end):
            if ctx.tokens[t].is_capitalised:
                org = self.orgs.parse(t, end)
                if org is not None and org.end == end:
                    return org
        return None

    # ----------------------------------------------------------- helpers
    def _body_list(self, j: int, hi: int, whole_line: bool = False) -> list[ParsedOrg]:
        """Bodies listed from token j, separated by ",", ";" or "và"; with
        ``whole_line``, a line of its own ("c) Ban Quản lý rừng Na Hang - Lâm Bình.")."""
        ctx = self.ctx
        while j < hi and (ctx.keys[j] in _LIST_OPENERS + ("gồm", "có") or tuple(ctx.keys[j:j + 2]) in _MEMBER_NOUNS
                          or ctx.tokens[j].text.isdigit() or tuple(ctx.keys[j:j + 3]) == (",", "trong", "đó")):
            # "gồm 20 đơn vị, trong đó có: …"
            j += 2 if tuple(ctx.keys[j:j + 2]) in _MEMBER_NOUNS else 3 if ctx.keys[j] == "," else 1
        colon = next((t for t in range(j, min(hi, j + 20)) if ctx.keys[t] in (":", "là")), None)
        if colon is not None and self._describes_units(j, colon):
            # "gồm các phòng tham mưu, nghiệp vụ như: A; B", "gồm 14 bộ …, trong đó có hai bộ mới là A, B"
            j = colon + 1
        out: list[ParsedOrg] = []
        while j < hi:
            after_semicolon = j > 0 and ctx.keys[j - 1] == ";"
            j = ctx.item_mark_end(j) or j          # "a) Văn phòng Sở; b) …"
            counted = self._counted_group(j, hi)
            if counted is not None:
                out += self._body_list(counted + 1, hi)     # "4 phòng chức năng (A, B, C, D)"
                j = next((t + 1 for t in range(counted, hi) if ctx.keys[t] == ")"), hi)
                if j < hi and ctx.keys[j] in (",", ";", "và"):
                    j += 1
                    continue
                break
            org = self.orgs.parse(j, hi)
            if org is None and (past := self._past_a_count_of_units(j, hi)) is not None:
                j = past        # "gồm: 11 vụ, Thanh tra, Văn phòng, …": units counted, not named
                continue
            if org is None:
                break
            semicolon = next((t for t in range(org.end, hi) if ctx.keys[t] == ";"), None)
            end = hi - (ctx.keys[hi - 1] == ".")
            if semicolon is None and ((out and after_semicolon) or whole_line) and not any(
                    ctx.keys[t] == "và" and self.orgs.parse(t + 1, end) for t in range(org.end, end)):
                semicolon = end         # the last item of a ";" list, unless "và" joins another body
            if semicolon is not None and all(ctx.keys[t] != ";" for t in range(j, org.end)):
                org = self._whole_item(org, j, semicolon)    # "Cục Quản lý nhà và thị trường bất động sản;"
            if not org.leadership:
                out.append(org)     # "Ban Giám đốc" is an organ, no unit
            j = org.end
            if j < hi and ctx.keys[j] in (",", ";", "và"):
                j += 1
                continue
            break
        return out

    def _past_a_count_of_units(self, j: int, hi: int) -> int | None:
        """Past a list item that counts units of a kind without naming them
        ("11 vụ", "3 cục"), up to the next item; None unless one is there."""
        ctx = self.ctx
        if not (ctx.tokens[j].text.isdigit() or (j > 0 and ctx.tokens[j - 1].text.isdigit())):
            return None
        t = j + ctx.tokens[j].text.isdigit()
        words = t
        while words < hi and words - t < 3 and ctx.tokens[words].is_word and not ctx.tokens[words].is_capitalised:
            words += 1
        if words == t or words + 1 >= hi or ctx.keys[words] not in (",", ";") or self.orgs.parse(words + 1, hi) is None:
            return None
        return words + 1

    def _describes_units(self, a: int, b: int) -> bool:
        """Do tokens a..b describe units without naming any ("các phòng
        chuyên môn, nghiệp vụ", "14 bộ và 3 cơ quan ngang bộ sau đây")?"""
        ctx = self.ctx
        t = a
        organ = self.orgs.parse(a, b) if a < b and ctx.tokens[a].is_capitalised else None
        if organ is not None and organ.leadership and organ.end < b and ctx.keys[organ.end] == "và":
            t = organ.end + 1       # "gồm Ban Giám đốc và 16 khoa, phòng:": the board, then units described
        return t < b and all(ctx.keys[u] in (",", "-") or ctx.tokens[u].text.isdigit() or (
            ctx.tokens[u].is_word and (not ctx.tokens[u].is_capitalised or (u == a and self.orgs.parse(u, b) is None)
                                       or ctx.match(ctx.gaz.roles, u)))      # ("các tổ chức giúp Bộ trưởng …")
            for u in range(t, b))

    def _counted_group(self, j: int, hi: int) -> int | None:
        """"4 phòng chức năng (": the "(" of units counted and listed in parentheses."""
        ctx = self.ctx
        if j >= hi or not ctx.tokens[j].text.isdigit():
            return None
        paren = next((t for t in range(j + 1, min(hi, j + 6)) if ctx.keys[t] == "("), None)
        return paren if paren is not None and self._describes_units(j, paren) else None

    def _units_it_has(self, k: int, lo: int, hi: int) -> list[tuple[OrgRef, OrgRef]]:
        """"Bộ CHQS tỉnh X trực thuộc Quân khu 2, có các cơ quan: A, B, C":
        the body the clause is about has the units listed after the colon."""
        ctx = self.ctx
        colon = next((t for t in range(k + 2, min(hi, k + 10)) if ctx.keys[t] == ":"), None)
        if colon is None or not self._describes_units(k + 2, colon):
            return []
        subject = self._clause_subject(lo, k)
        members = self._body_list(colon + 1, hi)
        return self._pairs(members, subject) if subject is not None and len(members) >= 2 else []

    def _some_of_its_units(self, k: int, lo: int, hi: int) -> list[tuple[OrgRef, OrgRef]]:
        """"Công an tỉnh X có 28 phòng nghiệp vụ và …, trong đó có Phòng A,
        Phòng B và Phòng C": units counted, then some of them named."""
        ctx = self.ctx
        among = next((t for t in range(k + 2, hi) if ctx.keys[t:t + 4] == [",", "trong", "đó", "có"]), None)
        if among is None or ctx.keys[among - 2:among] == ["trực", "thuộc"] or any(
                ctx.keys[t] in (";", "là", "được", "đã", "sẽ") for t in range(k + 2, among)):
            return []       # ("có 9 chi bộ trực thuộc, trong đó có …": units directly under it)
        subject = self._clause_subject(lo, k)
        members = self._body_list(among + 4, hi)
        return self._pairs(members, subject) if subject is not None and len(members) >= 2 else []

    def _clause_subject(self, lo: int, k: int) -> ParsedOrg | None:
        """The body a clause is about: the first one it names before token k
        (an organ such as "Ban Giám đốc" is no unit's parent)."""
        ctx = self.ctx
        subject = next((org for t in range(lo, k) if ctx.tokens[t].is_capitalised
                        and (org := self.orgs.parse(t, k) or self._named_before(t)) is not None), None)
        return subject if subject is not None and not subject.leadership else None

    def _units_introduced(self, lo: int, hi: int, si: int) -> list[tuple[OrgRef, OrgRef]]:
        """An item of a structure set out by articles: "3. Các chi cục thuộc
        Sở: a) Chi cục A; b) Chi cục B", "2. Các phòng chuyên môn: a) …",
        lettered items running on to the next lines; of the body after
        "thuộc", else of the one whose structure the text sets out."""
        ctx = self.ctx
        start = ctx.item_mark_end(lo)
        if start is None or not ctx.tokens[lo].text.isdigit():
            return []
        colon = next((t for t in range(start, hi) if ctx.keys[t] == ":"), None)
        if colon is None:
            return []
        of = next((t for t in range(start, colon) if ctx.keys[t] == "thuộc"), None)
        if not self._describes_units(start, of if of is not None else colon):
            return []
        if of is not None:
            parent = self.orgs.parse(of + 1, colon)
            if parent is None or parent.end != colon:
                parent = self._named_before(of + 1) if of + 2 == colon else None    # "… thuộc Sở:"
        else:
            parent = self._structure_subject(lo)
        if parent is None:
            return []
        members = self._body_list(colon + 1, hi)
        for s in ctx.doc.sentences[si + 1:]:
            a, b = ctx.token_index(s.start), ctx.token_index(s.end)
            if ctx.item_mark_end(a) is None or not ctx.tokens[a].text.isalpha():
                break           # "d) Phòng Môi trường." goes on; "3. …" is the next item
            members += self._body_list(a, b, whole_line=True)
        return self._pairs(members, parent) if len(members) >= 2 else []

    def _structure_subject(self, k: int, lo: int = 0) -> ParsedOrg | None:
        """The body whose organisational structure ("cơ cấu tổ chức của X")
        the text last named before token k (from token lo on)."""
        ctx = self.ctx
        for t in range(k - 4, lo - 1, -1):
            if tuple(ctx.keys[t:t + 4]) != ("cơ", "cấu", "tổ", "chức") or ctx.tokens[t].text.isupper():
                continue        # (not a document's title in capitals)
            j = t + 4
            while ctx.keys[j:j + 1] and ctx.keys[j] in _STRUCTURE_QUALIFIERS and j < t + 7:
                j += 1          # "cơ cấu tổ chức quản lý của X", "cơ cấu tổ chức bộ máy của X"
            j += ctx.keys[j:j + 1] == ["của"]
            if j < len(ctx.tokens) and ctx.tokens[j].is_capitalised:
                org = self.orgs.parse(j, len(ctx.tokens)) or self._named_before(j)
                if org is not None:
                    return org
        return None

    def _first_body(self, lo: int, k: int) -> ParsedOrg | None:
        """The first body named between tokens lo and k (the clause's subject)."""
        ctx = self.ctx
        lo = ctx.past_connective(lo)
        return self.orgs.parse(lo, k) if lo < k and ctx.tokens[lo].is_capitalised else None

    def _last_body_before(self, k: int, lo: int) -> ParsedOrg | None:
        ctx = self.ctx
        for t in range(k - 1, lo - 1, -1):
            if ctx.tokens[t].is_capitalised and not (t > lo and ctx.tokens[t - 1].text.isdigit()):
                # (a counted body, "có 6 Ban Chỉ huy … gồm", is the members' kind)
                org = self.orgs.parse(t, k) or self._named_before(t)
                if org is not None:
                    return None if self._agent(t, lo) else self._longest_ending_with(org, t, lo)
        return None

    def _agent(self, t: int, lo: int) -> bool:
        """Is the body at token t the agent of a clause describing the
        members ("13 Hội do Đảng, Nhà nước giao nhiệm vụ gồm: …"), no parent?"""
        ctx = self.ctx
        u = t - 1
        while u > lo and (ctx.tokens[u].is_capitalised or ctx.keys[u] in (",", "và")) and t - u < 8:
            u -= 1
        return u >= lo and ctx.keys[u] == "do"

    def _longest_ending_with(self, org: ParsedOrg, t: int, lo: int) -> ParsedOrg:
        """The body whose name ends with the one found at token t: "Ban Tổ
        chức Tỉnh ủy" rather than its "Tỉnh ủy"."""
        ctx = self.ctx
        for u in range(t - 1, max(lo, t - 8) - 1, -1):
            if not ctx.tokens[u].is_word:
                break
            if ctx.tokens[u].is_capitalised and (longer := self.orgs.parse(u, org.end)) is not None \
                    and longer.end == org.end:
                org = longer
        return org

    def _named_before(self, t: int) -> ParsedOrg | None:
        """A bare head standing for a body of that head named in full before:
        the last one for a department or ministry ("Cơ cấu tổ chức của Sở
        gồm" after "Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh"), else the
        one named most often ("của Bệnh viện gồm" in a story of "Bệnh viện Đa
        khoa tỉnh"), if one is."""
        ctx = self.ctx
        head = ctx.match(BODY_HEADS, t)
        if not head or not ctx.tokens[t].is_capitalised:
            return None
        n = head[0]
        if t + n < len(ctx.keys) and ctx.tokens[t + n].is_capitalised:
            return None         # a name of its own follows
        if tuple(ctx.keys[t:t + 2]) in _WORDS_OPENING_WITH_A_HEAD:
            return None         # "Bộ máy giúp việc … gồm": a word, no ministry called back
        words = ctx.keys[t:t + n]
        named = [org for u in range(t) if ctx.keys[u:u + n] == words and ctx.tokens[u].is_capitalised
                 and u + n < len(ctx.keys) and ctx.tokens[u + n].is_capitalised
                 and (org := self.orgs.parse(u, len(ctx.tokens))) is not None and org.end > u + n]
        named = [org for org in named if not org.ref.name.startswith(_ORGANS_NOT_BOARDS)]
        if not named:
            return None
        if words[0] in _CALLED_BACK_LAST:
            return named[-1]
        counts = Counter(org.ref.name for org in named).most_common(2)
        if len(counts) > 1 and counts[0][1] == counts[1][1]:
            return None
        return next(org for org in reversed(named) if org.ref.name == counts[0][0])

    def orgs_span(self, i: int, j: int) -> Span:
        return Span(self.ctx.tokens[i].start, self.ctx.tokens[j - 1].end)
