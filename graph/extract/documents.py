"""Documents an article cites: numbered ones ("Quy định số 58-QĐ/TW,
ngày 8-2-2022 của Bộ Chính trị “Một số vấn đề...”"), short references
("Chỉ thị 36"), and named ones it cites as a source or that an event
adopts ("căn cứ Hiến pháp", "thông qua Luật Quốc phòng (sửa đổi)");
with their lineage (hướng dẫn thực hiện, sửa đổi, thay thế, căn cứ).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .gazetteer import DocType
from ..core.vntext import comparable
from ..core.model import DocumentLink, DocumentMention, Mask, OrgRef, Span
from .context import ArticleContext
from .dates import find_dates
from .legal_header import HeaderReader, layout_lines
from .signature import signed_on_behalf
from .names import name_at
from .offices import OfficeParser
from .orgs import AREA_COMMITTEE_KINDS, OrgParser, ParsedOrg
from .posts import PostParser
from .symbols import Symbol, find_symbols
from .words import has_phrase

# Verbs that cite a named document as a source or subject.
_CITING = [tuple(p.split()) for p in (
    "thông qua", "căn cứ", "quán triệt", "triển khai", "thực hiện", "theo quy định của",
    "trình bày", "ký", "ban hành", "tinh thần", "sửa đổi , bổ sung một số điều của",
    "sửa đổi , bổ sung", "thi hành", "theo", "công bố", "phổ biến", "thông báo", "học tập",
    "tuyên truyền", "nghiên cứu", "giới thiệu", "tuân thủ", "cụ thể hóa", "thay thế", "ký kết")]
# Unnumbered texts that are no documents of their own: proposals, and
# decisions or notices on personnel (their posts are positions).
_PROPOSALS = {"to-trinh"}
_PERSONNEL_TYPES = {"quyet-dinh", "thong-bao", "cong-van", "ket-luan", "quy-dinh"}
_DECISIONS = {"quyet-dinh", "thong-bao", "cong-van"}
_PERSONNEL = [tuple(p.split()) for p in (
    "công tác cán bộ", "bổ nhiệm", "bổ nhiệm lại", "điều động", "luân chuyển", "chỉ định", "phân công", "chuẩn y",
    "cho thôi", "nghỉ hưu", "kỷ luật", "miễn nhiệm", "hiệp thương", "nhân sự", "giữ chức", "thôi giữ", "giao")]
_NUMBER_YEAR = re.compile(r"^(\d{1,5})/(?:19|20)\d\d$")
_SIGN_NUMBER = re.compile(r"^\d+(?:/(?:19|20)\d\d)?")     # "15/2020" of "15/2020/NĐ-CP"
# A document an event passes takes the event's day as its date.
_DATED_ON_ADOPTION = {"luat", "bo-luat", "nghi-quyet", "phap-lenh", "hien-phap"}
_LEGISLATIVE = {"luat", "bo-luat", "hien-phap", "phap-lenh"}
# Words that start a title right after a symbol ("Nghị quyết số 24/NQ-HĐND
# tán thành chủ trương ...").
# Types a lowercase word can name when a citing verb precedes it.
_LOWERCASE_OK = {"luat", "noi-quy", "bien-ban", "nghi-quyet", "dieu-le", "hien-phap", "ke-hoach"}
_TITLE_VERBS = [tuple(p.split()) for p in (
    "tán thành", "phê duyệt", "phê chuẩn", "thành lập", "công nhận", "kiện toàn", "ban hành", "hướng dẫn",
    "quy định", "sửa đổi", "công bố", "giao", "phân bổ", "điều chỉnh", "bãi bỏ")]
# Words that end a title: always, or when a lowercase word or a number
# follows ("Luật Quốc phòng với 7 chương", but "đối thoại tại Tòa án").
# What joins coordinated documents: "A và B", "A, B", "A; B".
_COORDINATORS = {"và", ",", ";", ", và", "; và"}
# What a council or the Assembly enacts, dated the day it is adopted when the text gives no date of its own.
ENACTED_TYPES = ("luat", "bo-luat", "nghi-quyet", "phap-lenh")
_TITLE_STOP = {"do", "được", "đã", "đang", "sẽ", "vừa", "là", "có"}
# Modal words that end a title in lower case ("Quy định phải gắn với …"), not in a name ("Cần Thơ").
_MODAL_STOP = {"phải", "cần", "như"}
_TITLE_STOP_BEFORE_LOWER = {"bằng", "với", "theo", "kể", "hết", "này", "thì", "mà", "tại", "nhằm"}
# Words after a comma that open a clause about the document, not more of its title.
_CLAUSE_AFTER_COMMA = {("trong", "đó"), ("thay", "thế"), ("bãi", "bỏ"), ("đánh", "dấu"), ("trị", "giá"),
                       ("có", "hiệu"), ("góp", "phần"), ("đồng", "thời"), ("qua", "đó"), ("từ", "đó"),
                       ("không", "để"), ("chủ", "động"), ("nhận", "diện")}
_TIME_NOUNS = {"tháng", "năm", "quý", "tuần", "ngày", "thời", "hai", "ba"}
# "học tập Quy định A gắn với thực hiện Kết luận B": the activity implements B, not A.
_ALONGSIDE = ("gắn với", "gắn liền với", "kết hợp với", "đi đôi với", "cùng với")
# A fronted purpose clause: "Thực hiện Nghị quyết X, Tỉnh ủy ban hành Kế hoạch Y".
_FRONTED_IMPLEMENT = [tuple(p.split()) for p in ("thực hiện", "triển khai", "cụ thể hóa", "quán triệt")]
_FRONTED_CUES = [tuple(p.split()) for p in ("căn cứ", "theo", "trên cơ sở")]
# Words after a document type that say where or which, not what it is called.
_NO_TITLE_OPENERS = {"trên", "tại", "ở", "này", "đó", "nêu", "cho", "tới", "đến", "vào", "trong"}
# Compounds whose second word ends a title elsewhere ("đối với", "đồng bằng", "thích ứng với").
_COMPOUNDS_OF_STOPS = {("đối", "với"), ("đồng", "bằng"), ("ứng", "với")}
# Words that show a main clause has begun after a fronted one.
_AUXILIARIES = {"đã", "đang", "sẽ", "vừa", "cần", "phải"}
_MAIN_VERBS = {tuple(v.split()) for v in ("ban hành", "yêu cầu", "chỉ đạo", "đề nghị", "quyết định", "xây dựng")}
# A Party committee's boards that sign for it.
_BOARDS = ("Ban Thường vụ", "Thường trực")
# Bodies a title may end with that issue nothing: "… sự quản lý của Nhà nước".
_NO_ISSUERS = {"nha-nuoc"}
# What the issuer does in its own document: "Tại Quyết định số 793, Thủ tướng quyết định …".
_DECIDING = [tuple(v.split()) for v in ("quyết định", "quyết nghị", "phê chuẩn", "phê duyệt", "bổ nhiệm", "giao",
                                        "yêu cầu", "chỉ đạo", "chỉ định", "điều động", "công nhận")]
_ADVERBS = {"đã", "vừa", "mới", "đang", "cũng", "chính", "thức", "và", "nhất", "trí", "cao"}
_PUBLISH = [tuple(p.split()) for p in ("ban hành", "ký", "ký ban hành", "thông qua", "ra", "công bố")]
# Verbs that issue the documents they govern (a fronted purpose's main clause).
_ISSUING = _PUBLISH[:3] + [("xây", "dựng"), ("có",)]


@dataclass
class _Hit:
    start: int                 # token span of the mention (type word .. issuer/title)
    end: int
    doc: DocumentMention
    adopted: bool = False
    embedded_in: "_Hit | None" = None
    based_on: bool = False     # an item of a "căn cứ" list
    links: list[tuple[str, "_Hit"]] = field(default_factory=list)


class DocumentFinder:
    def __init__(self, ctx: ArticleContext, orgs: OrgParser) -> None:
        self.ctx = ctx
        self.orgs = orgs
        self.offices = OfficeParser(ctx, PostParser(ctx, orgs))
        self.gaz = ctx.gaz
        self.hits: list[_Hit] = []
        self._symbol_ends: list[int] = []       # where each document sign ends
        self._own_key: str | None = None         # a legal page's own document
        self.links: list[DocumentLink] = []
        self.adopted: list[DocumentMention] = []
        self.drafts: list[_Hit] = []      # laws a report names as drafts ("dự thảo Luật X")

    # ============================================================ public
    def find(self) -> tuple[list[DocumentMention], list[DocumentLink]]:
        self._numbered()
        self._numbered_without_symbol()
        self._own_header()
        self._named()
        self.hits.sort(key=lambda h: h.start)
        self._share_coordinated()
        self._listed_under_their_issuer()
        self._subject_issuers()
        self._links_between()
        docs = self._merge()
        return docs, self._unique_links()

    # ========================================================== numbered
    def _numbered(self) -> None:
        ctx = self.ctx
        groups: dict[int, list[Symbol]] = {}
        for sym in find_symbols(ctx.doc.text):
            groups.setdefault(sym.start, []).append(sym)
        self._symbol_ends = [syms[0].end for syms in groups.values()]
        for start, syms in sorted(groups.items()):
            s_tok = ctx.token_index(start)
            e_tok = ctx.token_index(syms[0].end)
            lo, hi = self._bounds(s_tok)
            dtype, t_start, law_title = self._type_before(s_tok, lo, syms[0])
            for sym in syms:
                doc = DocumentMention(key=sym.text, span=Span(start, syms[0].end), symbol=sym.text,
                                      number=sym.number, type=dtype.label if dtype else None)
                doc.surfaces.append(ctx.doc.text[ctx.tokens[t_start].start:syms[0].end])
                doc.title = law_title
                doc.system = sym.system
                doc.year = sym.year
                doc.issuer = self._issuer_from_sign(sym)
                hit = _Hit(t_start, e_tok, doc)
                if dtype is not None and dtype.slug in ENACTED_TYPES and self._citing_context(t_start, e_tok, lo, hi) == "adopt":
                    hit.adopted = doc.adopted = True     # "thông qua 11 Nghị quyết, gồm: Nghị quyết số 01/NQ-HĐND …"
                self.hits.append(hit)
            self._after(self.hits[-len(syms):], e_tok, hi)
            self._embedded(self.hits[-1], hi, numbered=True)

    def _own_header(self) -> None:
        """A legal text's own header gives its number's date, subject and issuer."""
        header = HeaderReader(self.ctx).read()
        if header is None:
            self._own_without_header()
            return
        own = next((h for h in sorted(self.hits, key=lambda h: h.doc.span.start)
                    if h.doc.span.start >= header.number_at), None)
        if own is None:
            return
        self._own_key = own.doc.key
        for h in self.hits:
            if h.doc.key != own.doc.key:
                continue
            doc = h.doc
            doc.date = doc.date or header.date
            doc.title = header.title or doc.title       # the official subject over a mention's paraphrase
            doc.issuer = self._board_signing(header.issuer) or self._central_organ_signing(header.issuer) \
                or header.issuer or doc.issuer   # a sign's code only guesses
        self._title_lineage(own.doc, header.title)

    def _own_without_header(self) -> None:
        """A page that lost the text's header still sets the text out: its
        type in capitals ("NGHỊ QUYẾT") and its legal basis, under a page
        title that numbers it ("Nghị quyết 35/2021/NQ-HĐND quy định …"): the
        first document of that type numbered above is the text's own."""
        ctx = self.ctx
        if not _ENACTING.search(ctx.doc.text):
            return
        lines = layout_lines(ctx.doc.text)
        typed = next(((off, dt) for off, ln in lines if ln.isupper()
                      and (dt := self.gaz.doc_types.lookup(ln)) is not None), None)
        if typed is None:
            return
        own = next((h for h in sorted(self.hits, key=lambda h: h.doc.span.start)
                    if h.doc.span.start < typed[0] and h.doc.type == typed[1].label and h.doc.number), None)
        if own is not None:
            self._own_key = own.doc.key
            own.doc.issuer = own.doc.issuer or HeaderReader(ctx).authority_before_basis()

    def _board_signing(self, committee: OrgRef | None) -> OrgRef | None:
        """"T/M BAN THƯỜNG VỤ" under a committee's text: its standing board
        issued it ("Ban Thường vụ Tỉnh ủy Sơn La")."""
        behalf = signed_on_behalf(self.ctx.doc.text)
        if committee is None or not behalf or committee.kind not in AREA_COMMITTEE_KINDS:
            return None
        board = next((b for b in _BOARDS if behalf.casefold().startswith(b.casefold())), None)
        return replace(committee, name=f"{board} {committee.name}", kind="") if board else None

    def _central_organ_signing(self, committee: OrgRef | None) -> OrgRef | None:
        """"T/M BỘ CHÍNH TRỊ" under a text headed "BAN CHẤP HÀNH TRUNG ƯƠNG":
        the Politburo (or the Secretariat) issued it."""
        behalf = signed_on_behalf(self.ctx.doc.text)
        if committee is None or not behalf or committee.known_iri is None \
                or not committee.known_iri.endswith("/ban-chap-hanh-trung-uong-dang"):
            return None
        organ = HeaderReader(self.ctx).issuer_named(behalf)
        return organ if organ is not None and organ.known_iri else None

    def _title_lineage(self, own: DocumentMention, title: str | None) -> None:
        """A title that opens with its lineage names the document it is
        about: "Thực hiện Quy định số 144-QĐ/TW …", "Sửa đổi, bổ sung một số
        điều của Nghị quyết số 177/2021/NQ-HĐND …"."""
        words = comparable(title or "").replace(",", " , ").split()
        rel = max(((len(p), r) for r, p in _LINEAGE if tuple(words[:len(p)]) == p), default=(0, None))[1]
        if rel is None:
            return
        said = (title or "").casefold()
        named = sorted((said.find(h.doc.key.casefold()), h.doc.key) for h in self.hits
                       if h.doc.symbol and h.doc.key != own.key and h.doc.key.casefold() in said)
        if named:
            self.links.append(DocumentLink(own.key, rel, named[0][1], own.span))

    def _type_before(self, s_tok: int, lo: int, sym: Symbol) -> tuple[DocType | None, int, str | None]:
        """The type word before a symbol ("Quy định số"), or a law's name
        ("Luật Quốc phòng số 39/2005/QH11")."""
        ctx = self.ctx
        k = s_tok
        while k - 1 >= lo and ctx.keys[k - 1] in ("số", ":", "số:"):
            k -= 1
        # the nearest capitalised type word ("pháp luật" is no Luật), else one right before
        window = range(k - 1, max(lo, k - 10) - 1, -1)
        for j in [j for j in window if ctx.tokens[j].is_capitalised] + [j for j in window if not ctx.tokens[j].is_capitalised]:
            hit = ctx.match(self.gaz.doc_types, j)
            if not hit or (not ctx.tokens[j].is_capitalised and j + hit[0] != k):
                continue
            n, dtype = hit
            if j + n == k:
                return self._disambiguate(dtype, sym), j, None
            if dtype.slug in _LEGISLATIVE and k > j + n and all(
                    (ctx.tokens[t].is_word and ctx.keys[t] != "và") or ctx.keys[t] in ("(", ")")
                    for t in range(j + n, k)) \
                    and ctx.tokens[j + n].is_capitalised:       # "Luật Đất đai (sửa đổi) số 31/2024/QH15"
                return dtype, j, self._as_title(ctx.text_between(j, k))
        return self._type_from_code(sym), s_tok, None

    def _disambiguate(self, dtype: DocType, sym: Symbol) -> DocType:
        return dtype

    def _type_from_code(self, sym: Symbol) -> DocType | None:
        code = sym.type_code
        if code in ("QH", "UBTVQH"):
            return self.gaz.doc_type_by_label.get("nghị quyết")
        candidates = self.gaz.doc_types_by_code.get(code, [])
        if not candidates:
            return None
        if code == "QĐ":
            want = "quy định" if sym.system == "party" else "quyết định"
            return next((c for c in candidates if c.label.lower() == want), candidates[0])
        if code == "TT":
            want = "thông tri" if sym.system == "party" else "thông tư"
            return next((c for c in candidates if c.label.lower() == want), candidates[0])
        return next((c for c in candidates if c.slug not in ("thong-bao-ket-luan",)), candidates[0])

    def _issuer_from_sign(self, sym: Symbol) -> OrgRef | None:
        code = sym.issuer_code
        if not code or code in ("TW", "TU", "ĐU"):
            return None      # "/TW" does not say which central organ
        body = self.gaz.body_by_code.get(code)
        if body:
            return OrgRef(name=body.label, surface=code, span=Span(sym.start, sym.end), known_iri=body.iri)
        if code in ("HĐND", "UBND"):
            kind = self.gaz.body_kinds.lookup(code)
            place = self.ctx.subject_province
            if kind and place:
                return OrgRef(name=f"{kind.label} {place.full}", surface=code, span=Span(sym.start, sym.end),
                              kind=kind.slug, jurisdiction=place.name, jurisdiction_level="province",
                              inferred=True)
        return None

    def _numbered_without_symbol(self) -> None:
        """"Chỉ thị số 17", "tờ trình số 852 ngày 2/4", "Quyết định số 793"."""
        ctx = self.ctx
        taken = [(h.start, h.end) for h in self.hits]
        doc_types = self.gaz.doc_types
        for j, key in enumerate(ctx.keys):
            hit = ctx.match(doc_types, j) if doc_types.starts(key) else None
            if not hit or any(a <= j < b for a, b in taken) and not self._called_by_lineage(j):
                continue
            n, dtype = hit
            k = j + n
            if k < len(ctx.tokens) and ctx.keys[k] == "số":
                k += 1
            if k >= len(ctx.tokens):
                continue
            # "Văn bản số 312/2024": a number and a year, no sign letters
            year_only = _NUMBER_YEAR.match(ctx.tokens[k].text)
            if not year_only and (not ctx.tokens[k].text.isdigit() or len(ctx.tokens[k].text) > 4):
                continue
            nxt = ctx.keys[k + 1] if k + 1 < len(ctx.tokens) else ""
            if nxt in ("/", "-") or (nxt == "," and k + 2 < len(ctx.tokens) and ctx.tokens[k + 2].text.isdigit()):
                continue
            if j > 0 and ctx.keys[j - 1] in ("các", "những", "kỷ", "pháp", "hiến"):
                continue    # "thi hành kỷ luật 14 đảng viên": a word, not a document
            if not ctx.tokens[j].is_capitalised and ctx.keys[k - 1] != "số":
                continue
            number = year_only.group(1) if year_only else ctx.tokens[k].text
            if ctx.keys[k - 1] != "số" and len(number) == 4 and 1945 <= int(number) <= 2100:
                continue      # "Hiến pháp 2013": a year, not a number
            label = dtype.label
            doc = DocumentMention(key=f"{label} {number}", span=Span(ctx.tokens[j].start, ctx.tokens[k].end),
                                  type=label, number=number)
            doc.surfaces.append(ctx.text_between(j, k + 1))
            _, hi = self._bounds(j)
            end = k + 1
            h = _Hit(j, end, doc)
            self.hits.append(h)
            self._after([h], end, hi)
            taken.append((h.start, h.end))

    def _called_by_lineage(self, j: int) -> bool:
        """"Nghị định số 116/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị
        định 55": a document a title's lineage verb names by its number alone."""
        ctx = self.ctx
        return ctx.tokens[j].is_capitalised and _lineage_verb(" ".join(ctx.keys[max(0, j - 8):j])) is not None

    # ================================================ what follows a symbol
    def _after(self, hits: list[_Hit], k: int, hi: int) -> None:
        """", ngày 8-2-2022 của Bộ Chính trị “title”" after a document."""
        ctx = self.ctx
        end = k
        while k < hi:
            key = ctx.keys[k]
            if key == "năm" and k + 1 < hi and len(ctx.tokens[k + 1].text) == 4 and ctx.tokens[k + 1].text.isdigit():
                k = end = k + 2     # "Quyết định 612/QĐ-UBND năm 2020 về …"
                continue
            if key in (",",) and k + 1 < hi and ctx.keys[k + 1] in ("ngày", "(") :
                k += 1
                continue
            if tuple(ctx.keys[k:k + 2]) == ("cùng", "ngày"):
                if k + 2 < hi and ctx.tokens[k + 2].text[:1].isdigit():
                    k += 1          # "502/QĐ-TTg và 503/QĐ-TTg cùng ngày 12/6/2024": read the date
                    continue
                self._same_day(hits, k)         # "Quyết định số 2106-QĐ/TU cùng ngày": the one before's
                k = end = k + 2
                continue
            if key in ("ngày", "(") or ctx.tokens[k].text[:1].isdigit():
                dates = find_dates(ctx.doc.text[ctx.tokens[k].start:ctx.tokens[min(hi, k + 8) - 1].end],
                                   ctx.tokens[k].start)
                first = dates[0] if dates else None
                if first and ctx.token_index(first.start) <= k + 2:
                    when = ctx.resolve(first)
                    for h in hits:
                        h.doc.date = h.doc.date or when
                    k = ctx.token_index(first.end)
                    if k < hi and ctx.keys[k] == ")":
                        k += 1
                    end = k
                    continue
                break
            plenum = self._plenum(k + (key == "của"), hi) if key in ("của", "hội") else None
            if plenum is not None:
                for h in hits:      # "… của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII"
                    h.doc.issuer = plenum[1]
                k = end = plenum[0]
                continue
            if key == "của":
                signed = next((h.doc.issuer for h in hits if h.doc.issuer is not None and h.doc.symbol), None)
                office = self.offices.parse(k + 1, hi, signed)
                if office:
                    for h in hits:
                        h.doc.issuer = office[1]
                    k = end = office[0]
                    continue
                org = self.orgs.parse(k + 1, hi)
                if org:
                    self.orgs.place_from_text(org)
                    for h in hits:
                        h.doc.issuer = self._issuer_as_written(org, k + 1)
                    k = end = _past_term(ctx, org.end, hi)        # "của Quốc hội khóa XV"
                    continue
                # "của Lãnh đạo chủ chốt ngày 12/4/2021": an issuer we cannot
                # name, then the date.
                ahead = next((t for t in range(k + 1, min(hi, k + 7)) if ctx.keys[t] == "ngày"), None)
                if ahead and all(ctx.tokens[t].is_word for t in range(k + 1, ahead)):
                    k = ahead
                    continue
                break
            break
        title, tend = self._title_after(end, hi, hits[0].doc.type if hits else None,
                                        issuer_unknown=all(h.doc.issuer is None for h in hits))
        if title:
            for h in hits:
                h.doc.title = h.doc.title or title
            end = tend
            trailing = self._trailing_issuer(end, hi) if end < hi and ctx.keys[end] == "của" else None
            if trailing is not None:
                for h in hits:
                    h.doc.issuer = h.doc.issuer or trailing[1]
                end = trailing[0]
        for h in hits:
            h.end = max(h.end, end)


    def _trailing_issuer(self, k: int, hi: int) -> tuple[int, OrgRef] | None:
        """"của Ban Chấp hành Trung ương Đảng khóa XIII" closing a title's
        clause: a central organ or a state body the vocabulary knows (not
        "của Nhà nước", part of a subject), then the clause's end."""
        ctx = self.ctx
        org = self.orgs.parse(k + 1, hi) if k + 1 < hi and ctx.tokens[k + 1].is_capitalised else None
        if org is None or org.body is None or org.body.slug in _NO_ISSUERS:
            return None
        end = _past_term(ctx, org.end, hi)
        return (end, org.ref) if end >= hi or ctx.keys[end] in (".", ";", ":") else None

    def _plenum(self, k: int, hi: int) -> tuple[int, OrgRef] | None:
        """"Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII",
        "Hội nghị Trung ương 6 khóa XIII": a plenum of the Central Committee,
        whose resolutions and conclusions the Committee issues. Where the
        plenum's name ends, and the Committee."""
        ctx = self.ctx
        if ctx.raw[k:k + 2] != ["Hội", "nghị"]:
            return None
        t = k + 2
        if ctx.keys[t:t + 2] == ["lần", "thứ"] and t + 2 < hi:
            t += 3
        committee = self.orgs.parse(t, hi) if t < hi and ctx.tokens[t].is_capitalised else None
        if committee is not None and committee.body is not None and committee.body.slug == "ban-chap-hanh-trung-uong-dang":
            t = committee.end
        elif ctx.keys[t:t + 2] == ["trung", "ương"] and t + 2 < hi and ctx.tokens[t + 2].text.isdigit():
            t += 3          # "Hội nghị Trung ương 6"
        else:
            return None
        body = self.orgs.known_body("Ban Chấp hành Trung ương Đảng", k)
        return (_past_term(ctx, t, hi), body) if body is not None else None

    def _same_day(self, hits: list[_Hit], k: int) -> None:
        """"… Quyết định số 2105-QĐ/TU ngày 18/4/2024 của Ban Thường vụ Tỉnh
        ủy …; Quyết định số 2106-QĐ/TU cùng ngày …": the date of the document
        named before in the paragraph, and its issuer when of the same type
        and none is said."""
        ctx = self.ctx
        paragraph = ctx.doc.text.rfind("\n", 0, ctx.tokens[k].start) + 1
        before = next((h.doc for h in reversed(self.hits) if h not in hits and h.doc.date
                       and paragraph <= h.doc.span.start < ctx.tokens[k].start), None)
        if before is None:
            return
        for h in hits:
            h.doc.date = h.doc.date or before.date
            if before.type == h.doc.type and not (k + 2 < len(ctx.keys) and ctx.keys[k + 2] == "của"):
                h.doc.issuer = h.doc.issuer or before.issuer

    def _title_after(self, k: int, hi: int, doc_type: str | None = None,
                     issuer_unknown: bool = False) -> tuple[str | None, int]:
        """A quoted title, "về (việc) ...", or a decision's own words. A
        "về" subject of a document whose issuer is still unknown may close
        with it ("… của Ban Chấp hành Trung ương Đảng khóa XIII")."""
        ctx = self.ctx
        own_type = list(self.gaz.doc_types.key(doc_type)) if doc_type else None
        if k >= hi:
            return None, k
        if ctx.keys[k] == "về" and k + 1 < hi and ctx.keys[k + 1] in ("“", '"'):
            k += 1
        if ctx.keys[k] in ("“", '"'):
            close = next((t for t in range(k + 1, hi) if ctx.keys[t] in ("”", '"')), None)
            if close and close > k + 1:
                return self._as_title(ctx.text_between(k + 1, close)), close + 1
            return None, k
        if ctx.keys[k] == "gửi":       # "Công văn 88 gửi các sở, ngành về việc …": past the recipients
            k = next((t for t in range(k + 1, min(hi, k + 16)) if ctx.keys[t] in ("về", ".", ";", ":")), k)
            if ctx.keys[k] != "về":
                return None, k
        start = None
        if ctx.keys[k] == "về":
            start = k + 2 if k + 1 < hi and ctx.keys[k + 1] == "việc" else k + 1
        elif any(tuple(ctx.keys[k:k + len(v)]) == v for v in _TITLE_VERBS) and not (
                own_type and ctx.keys[k:k + len(own_type)] == own_type):
            start = k       # "… ban hành Kế hoạch …", but a Hướng dẫn "hướng dẫn thực hiện X" names its lineage
        if start is None or start >= hi or self._personnel_assignment(start, hi):
            return None, k
        end = self._title_end(start, hi, stop_at_citing=True, cites_inside=True, issuer_may_close=issuer_unknown and ctx.keys[k] == "về")
        if end <= start:
            return None, k
        return self._as_title(ctx.text_between(start, end)), end

    def _personnel_assignment(self, k: int, hi: int) -> bool:
        """"giao ông A phụ trách …", "giao quyền Vụ trưởng cho bà B": a
        decision's words that assign a person, no subject of its own."""
        ctx = self.ctx
        if ctx.keys[k] != "giao" or k + 1 >= hi:
            return False
        return ctx.keys[k + 1] in ("quyền", "ông", "bà", "đồng") or name_at(ctx, k + 1, hi) is not None

    def _title_end(self, i: int, hi: int, stop_at_citing: bool = False, amend_list: bool = False,
                   cites_inside: bool = False, issuer_may_close: bool = False) -> int:
        """Where a title that starts at token i ends. With ``cites_inside``
        (the subject of a numbered document) a document it names keeps its
        date inside the title; with ``issuer_may_close`` (a "về" subject) a
        central organ or state body closing the clause is the issuer, not
        part of the title."""
        ctx = self.ctx
        k = i
        while k < hi:
            key = ctx.keys[k]
            if not amend_list and tuple(ctx.keys[k:k + 8]) == (
                    "sửa", "đổi", ",", "bổ", "sung", "một", "số", "điều"):
                amend_list = True   # "... sửa đổi, bổ sung một số điều của X, Y và Z"
            if key in (".", ";", ":", "”", '"', "“", "?", "!"):
                break
            if key == "(":
                close = next((t for t in range(k + 1, min(hi, k + 7)) if ctx.keys[t] == ")"), None)
                inner = ctx.keys[k + 1:close] if close else []
                if close and (inner in (["sửa", "đổi"], ["sửa", "đổi", ",", "bổ", "sung"])
                              or (close == k + 2 and ctx.tokens[k + 1].text.isupper())
                              or (close == k + 3 and inner[0] == "khóa")):     # "(khóa X)"
                    k = close + 1
                    continue
                break
            if key == ",":
                nxt = k + 1
                if nxt >= hi:
                    break
                if ctx.keys[nxt] in ("theo", "tại") and ctx.match(self.gaz.doc_types, nxt + 1):
                    break       # "…, theo Hướng dẫn số 05": the basis the sentence gives, not more of the title
                dt = ctx.match(self.gaz.doc_types, nxt)
                if (dt and (ctx.tokens[nxt].is_capitalised or (
                        nxt + dt[0] < hi and ctx.tokens[nxt + dt[0]].is_capitalised))) or ctx.keys[nxt] == "căn":
                    if amend_list and ctx.match(self.gaz.doc_types, nxt):
                        k += 1
                        continue
                    break
                if amend_list and not dt and ctx.keys[k - 1] != "đổi" and (
                        self._after_symbol(i, k) or self._after_number(k)):
                    break       # "… một số điều của Nghị định số 55/2015/NĐ-CP, hợp tác xã có thể …"
                if ctx.tokens[nxt].is_capitalised and not amend_list:
                    if self._fronted_clause_ends(i, k):
                        break       # "Thực hiện Nghị quyết về X, Bộ A và Bộ B đã hợp nhất"
                    if self._term_apposition(nxt, hi) or self._coordinated_bodies(i, k, hi):
                        k += 1
                        continue
                    break
                if ctx.keys[nxt] in _TITLE_STOP or ctx.keys[nxt] in ("đồng", "sau", "qua", "kết", "hai", "các", "mỗi", "cả") \
                        or tuple(ctx.keys[nxt:nxt + 2]) in _CLAUSE_AFTER_COMMA:
                    break       # "…, hai bên thống nhất …", "…, trong đó bổ sung …", "…, thay thế B": a new clause
                if not amend_list and self._fronted_clause_ends(i, k):
                    break       # "Thực hiện Quyết định số 2216 về giao chỉ tiêu tuyển quân, huyện đã …"
                k += 1
                continue
            if key == "do" and (verb := self._assigning_verb(k, hi)) is not None:
                k = verb        # "… các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ": what the bodies are
                continue
            if key in _TITLE_STOP or (key in _MODAL_STOP and not ctx.tokens[k].is_capitalised):
                break
            if key == "của" and issuer_may_close and k > i and self._trailing_issuer(k, hi) is not None \
                    and not any(ctx.match(self.gaz.doc_types, t) for t in range(i, k)):
                break           # "về … đến năm 2045 của Ban Chấp hành Trung ương Đảng khóa XIII.": who issued it
                #                 (not "về triển khai Nghị quyết số 198 của Quốc hội": that one's)
            if tuple(ctx.keys[k:k + 2]) == ("kèm", "theo") or tuple(ctx.keys[k:k + 4]) == ("ban", "hành", "kèm", "theo"):
                break           # "Quy chế X ban hành kèm theo Quyết định số 87": the decision that carries it
            if key == "ký" and k > i and k + 1 < hi and ctx.keys[k + 1] in ("năm", "ngày", "tại", "kết", "vào"):
                break           # "Bản ghi nhớ về hợp tác quốc phòng ký năm 2022": when it was signed
            if key == "ngày" and k + 1 < hi and ctx.tokens[k + 1].text[:1].isdigit() \
                    and not (cites_inside and self._after_symbol(i, k)):
                break       # "Luật Đất đai ngày 29 tháng 11 năm 2013": the document's date
            if (not cites_inside and self._bare_year(k, hi)) or self._headline_dash(k, hi):
                break       # "Luật Đất đai (sửa đổi) 2024", "Thông qua Luật X - Dấu ấn …"
            if key == "và" and k + 1 < hi and (ctx.keys[k + 1] in ("các", "những") or ctx.keys[k + 1] in _TITLE_STOP
                                               or tuple(ctx.keys[k + 1:k + 3]) in (
                    ("sửa", "đổi"), ("thay", "thế"), ("bãi", "bỏ"), ("bổ", "sung"))):
                break       # "… về công tác X và các văn bản hướng dẫn", "… về X và sửa đổi Điều 3 …"
            if k > i and (key == "gửi" or (key in ("sau", "đến") and k + 1 < hi and (
                    ctx.tokens[k + 1].text.isdigit() or ctx.keys[k + 1] in ("một", "hai", "ba", "khi")))):
                break       # "… năm 2024 gửi các chi bộ", "… nông thôn sau một năm thực hiện", "… đến 142 điểm cầu"
            if key == "gồm" and k > i and k + 1 < hi and ctx.tokens[k + 1].text.isdigit():
                break       # "… nhiệm kỳ 2019 - 2024 gồm 19 thành viên": what it holds, no more of the title
            if key == "trong" and k + 1 < hi and (ctx.keys[k + 1] in _TIME_NOUNS or ctx.tokens[k + 1].text.isdigit()):
                break       # "… Quy chế phối hợp trong tháng 7", "trong 2 ngày": a time adverbial
            if key in _TITLE_STOP_BEFORE_LOWER and not (k > i and (ctx.keys[k - 1], key) in _COMPOUNDS_OF_STOPS) \
                    and (k + 1 >= hi or not ctx.tokens[k + 1].is_capitalised or ctx.tokens[k + 1].text[:1].isdigit()):
                break
            if key == "và" and k + 1 < hi and not amend_list:
                dt = ctx.match(self.gaz.doc_types, k + 1)
                if dt and k + 1 + dt[0] < hi and (
                        ctx.keys[k + 1 + dt[0]] == "số" or ctx.tokens[k + 1 + dt[0]].text[:1].isdigit()
                        or (not cites_inside and ctx.tokens[k + 1].is_capitalised
                            and not any(ctx.match(self.gaz.doc_types, t) for t in range(i, k)))):
                    break       # "thông qua Quy chế X và Chương trình Y": two documents
            if stop_at_citing and k > i and key in ("hướng", "thay") and tuple(ctx.keys[k:k + 2]) in (
                    ("hướng", "dẫn"), ("thay", "thế")):
                break
            k += 1
        return k

    def _assigning_verb(self, k: int, hi: int) -> int | None:
        """"do Đảng, Nhà nước giao nhiệm vụ", "do Bộ Nội vụ quản lý": after
        "do", bodies that assign or manage, inside a title (not "do đồng chí
        A ký"): where their verb is."""
        ctx = self.ctx
        t = k + 1
        while t < hi and t - k < 10:
            org = self.orgs.parse(t, hi) if ctx.tokens[t].is_capitalised else None
            if org is not None:
                t = org.end
            elif ctx.keys[t] in (",", "và", "đảng"):
                t += 1
            else:
                break
        return t if t > k + 1 and t < hi and ctx.keys[t] in ("giao", "quản") else None

    def _fronted_clause_ends(self, i: int, comma: int) -> bool:
        """The comma closes a fronted clause ("Thực hiện …, ", "Căn cứ …, ",
        "Theo …, ") when its sentence opens with one and a verb follows."""
        ctx = self.ctx
        lo, hi = self._bounds(i)
        k = lo + (1 if ctx.keys[lo] in ("để", "nhằm") else 0)
        if not any(tuple(ctx.keys[k:k + len(v)]) == v for v in _FRONTED_IMPLEMENT + _FRONTED_CUES):
            return False
        stop = next((t for t in range(comma + 1, min(hi, comma + 12)) if ctx.keys[t] == ","), min(hi, comma + 12))
        return any(ctx.keys[t] in _AUXILIARIES or tuple(ctx.keys[t:t + 2]) in _MAIN_VERBS
                   for t in range(comma + 1, stop))

    def _after_number(self, k: int) -> bool:
        """Does a document named by type and number end right before token k
        ("… của Nghị định 55, …")?"""
        ctx = self.ctx
        if k < 2 or not ctx.tokens[k - 1].text.isdigit():
            return False
        return any((hit := ctx.match(self.gaz.doc_types, k - 1 - n)) is not None and hit[0] == n for n in (1, 2, 3)
                   if k - 1 - n >= 0)

    def _after_symbol(self, i: int, k: int) -> bool:
        """Does a document sign stand right before token k (inside the title
        that starts at i): "hướng dẫn Nghị định số 69/2008/NĐ-CP ngày …"?"""
        return any(i <= self.ctx.token_index(sym_end) <= k and k - self.ctx.token_index(sym_end) <= 1
                   for sym_end in self._symbol_ends)

    def _bare_year(self, k: int, hi: int) -> bool:
        """A year written after a title without "năm", ending it."""
        ctx = self.ctx
        text = ctx.tokens[k].text
        if not (text.isdigit() and len(text) == 4 and 1945 <= int(text) <= 2100):
            return False
        if ctx.keys[k - 1] in ("năm", "kỳ", "đoạn", "-", "–", "/") or ctx.tokens[k - 1].text.isdigit():
            return False        # "năm 2013", "nhiệm kỳ 2021-2026", "2016 - 2020"
        nxt = ctx.keys[k + 1] if k + 1 < hi else ""
        return nxt not in ("-", "–", "/") and (k + 1 >= hi or not ctx.tokens[k + 1].is_word
                                                or ctx.tokens[k + 1].text.islower())

    def _headline_dash(self, k: int, hi: int) -> bool:
        ctx = self.ctx
        return (ctx.keys[k] == "-" and k + 1 < hi and ctx.tokens[k + 1].is_capitalised
                and ctx.tokens[k].start > ctx.tokens[k - 1].end and not ctx.tokens[k + 1].text.isupper()
                and not self._between_states(k) and not self._inside_a_body_s_name(k, hi))

    def _inside_a_body_s_name(self, k: int, hi: int) -> bool:
        """"thành lập Ban Kinh tế - Ngân sách của HĐND phường": the dash is
        inside the name of a body the title names."""
        ctx = self.ctx
        return any(ctx.tokens[t].is_capitalised and (org := self.orgs.parse(t, hi)) is not None and org.end > k + 1
                   for t in range(max(0, k - 6), k))

    def _between_states(self, k: int) -> bool:
        """A dash joining two states' names ("Ủy ban hợp tác Việt Nam - Nhật
        Bản", "Việt Nam - Trung Quốc"): part of the name."""
        ctx = self.ctx
        vietnam_before = tuple(ctx.keys[k - 2:k]) == ("việt", "nam")
        state_before = any(ctx.match(self.gaz.countries, t) and t + ctx.match(self.gaz.countries, t)[0] == k
                           for t in range(max(0, k - 4), k))
        state_after = bool(ctx.match(self.gaz.countries, k + 1)) or tuple(ctx.keys[k + 1:k + 3]) == ("việt", "nam")
        if (vietnam_before or state_before) and state_after:
            return True
        # "tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng": places joined by dashes
        place_before = any((hit := ctx.place_at(t)) is not None and hit[0] == k for t in range(max(0, k - 4), k))
        return place_before and ctx.place_at(k + 1) is not None

    def _coordinated_bodies(self, i: int, comma: int, hi: int) -> bool:
        """"… của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư": the
        comma lists the bodies the title names after "của"."""
        ctx = self.ctx
        if "của" not in ctx.keys[i:comma]:
            return False
        org = self.orgs.parse(comma + 1, hi)
        if org is None:
            return False
        return org.end < hi and ctx.keys[org.end] in ("và", ",") and self.orgs.parse(org.end + 1, hi) is not None

    def _term_apposition(self, k: int, hi: int) -> bool:
        """", Quốc hội khóa XV" after "Kỳ họp thứ 8": part of the name."""
        ctx = self.ctx
        for t in range(k, min(hi, k + 5)):
            if ctx.keys[t] == "khóa":
                return t + 1 < hi and (ctx.tokens[t + 1].text.isupper() or ctx.tokens[t + 1].text.isdigit())
            if not ctx.tokens[t].is_word:
                return False
        return False

    def _as_title(self, text: str) -> str:
        text = text.strip(" ,;:-")         # as written: a title keeps its abbreviations
        return text[:1].upper() + text[1:] if text else text

    # ============================================================= named
    def _named(self) -> None:
        """Documents named without a number, where the article cites them
        as a source or an event adopts them."""
        ctx = self.ctx
        taken = Mask(len(ctx.tokens), ((h.start, h.end) for h in self.hits))
        last_adopter: OrgRef | None = None
        last: tuple[int, str, str] | None = None   # end, context and type of the last named document
        k = 0
        n = len(ctx.tokens)
        starts = self.gaz.doc_types.first_words
        while k < n:
            if ctx.keys[k] != "thông" and ctx.keys[k] not in starts:
                k += 1          # (cheap test first: most words start no document, nor "thông qua")
                continue
            adopting = ctx.keys[k:k + 2] == ["thông", "qua"]
            hit = ctx.match(self.gaz.doc_types, k)
            if not (adopting or hit) or k in taken:
                k += 1
                continue
            lo, hi = self._bounds(k)
            # Anaphora: "thông qua Luật này", "thông qua các Luật nêu trên".
            if adopting:
                subject = self._subject_org(k, lo)
                if subject:
                    last_adopter = subject
                self._adopt_anaphora(k + 2, hi, subject or last_adopter)
            if not hit or not self._may_start_named(k, hit[1], lo):
                k += 1
                continue
            m, dtype = hit
            if k + m < hi and ctx.keys[k + m] in _NO_TITLE_OPENERS and not ctx.tokens[k + m].is_capitalised:
                k += m          # "tuyên truyền Nghị quyết trên các phương tiện …": the one meant, by no title
                continue
            if dtype.slug in _LAWS and k + m < hi and ctx.keys[k + m] in _NOT_A_LAW_S_NAME:
                k += m          # "Luật giao địa phương quy định …", "Luật mới": the law spoken of, by no name
                continue
            amend = self._amend_list_start(k + m, hi)
            end = self._named_extent(dtype, k, m, hi, amend)
            if (end <= k + m and dtype.slug not in ("hien-phap", "dieu-le")) or (
                    end - (k + m) <= 3 and _lineage_verb(" ".join(ctx.keys[k + m:end]))) \
                    or ctx.keys[end:end + 2] == ["như", "sau"]:
                k += m          # "ban hành Kế hoạch thực hiện / kiểm tra như sau": the text itself, named by no title
                continue
            if any(k < h.start <= end and ctx.keys[h.start - 1] == "số" for h in self.hits):
                k += m          # "Quy chế làm việc số 01-QC/TU": the numbered one, by its kind and number
                continue
            context = self._citing_context(k, end, lo, hi)
            if last is not None and last[0] == k - 1 and (ctx.keys[k - 1] == "và" or (
                    ctx.keys[k - 1] == "," and last[2] == dtype.slug)):
                context = context or last[1]     # the next item of "thông qua A và B", "thực hiện Nghị quyết A, Nghị quyết B"
            numbered = next((h for h in self.hits if h.end == k - 1 and h.doc.number), None)
            if context is None and numbered is not None and ctx.keys[k - 1] == "và" and "về" in ctx.keys[k + m:end]:
                # "thực hiện Kết luận số 01-KL/TW … và Nghị quyết Trung ương 4 … về …": one with a subject
                before = ctx.keys[max(lo, numbered.start - 4):numbered.start]
                context = self._citing_context(numbered.start, numbered.end, lo, hi) or (
                    "cite" if any(has_phrase(before, p) for p in _CITING) else None)
            if context is None:
                k += m
                continue
            if dtype.slug in _PROPOSALS or (dtype.slug in _PERSONNEL_TYPES and self._personnel(k + m, end, dtype.slug)):
                # An unnumbered proposal or personnel decision is no document of
                # its own; a document it proposes ("Tờ trình về ban hành Quy chế X") is.
                inner = self._proposed_document(k + m, end)
                k = inner if inner is not None else end
                continue
            doc = self._named_doc(dtype, k, end)
            if end >= n and ctx.doc.text.rstrip()[-1:].isalpha():
                k = end
                continue       # the article is cut off inside this title
            if context == "adopt":
                draft = next((d for d in reversed(self.drafts) if d.doc.title.casefold().startswith(
                    doc.title.casefold())), None)
                if draft is not None:
                    doc = draft.doc        # "Luật Quốc phòng" passed = "dự thảo Luật Quốc phòng (sửa đổi)"
                    self.drafts.remove(draft)
            h = _Hit(k, end, doc, adopted=context == "adopt", based_on=context == "based_on")
            self._after([h], end, hi)
            end = h.end
            doc.adopted = h.adopted
            if h.adopted:
                subject = self._subject_org(k, lo) or last_adopter
                if subject and not doc.issuer:
                    doc.issuer = subject
                if doc.issuer is None and dtype.slug in _LEGISLATIVE:
                    doc.issuer = self.orgs.known_body("Quốc hội", k)
                self.adopted.append(doc)
            self.hits.append(h)
            taken.add(k, end)
            last = (end, context, dtype.slug)
            self._embedded(h, hi)
            self._distribute_reports(h, end, hi, taken)
            k = end
        self._replaced_by_adopted()

    def _personnel(self, i: int, end: int, slug: str) -> bool:
        """Does an unnumbered decision's subject name personnel work: "công
        tác cán bộ", or appointing, moving or disciplining someone named? A
        rule or a conclusion ("Quy định về tiêu chuẩn … bổ nhiệm cán bộ") is
        personnel work only for someone named."""
        words = self.ctx.keys[i:end]
        if slug in _DECISIONS and any(has_phrase(words, p) for p in (
                ("cán", "bộ"), ("nhân", "sự"), ("chức", "vụ"), ("chức", "danh"))):
            return True
        someone = any(w in ("ông", "bà", "đồng", "đ/c") for w in words) or any(
            name_at(self.ctx, t, end) for t in range(i, end) if self.ctx.tokens[t].is_capitalised)
        return someone and any(has_phrase(words, p) for p in _PERSONNEL)

    def _proposed_document(self, i: int, end: int) -> int | None:
        """Where a named document starts inside a proposal's subject
        ("… về ban hành Quy chế làm việc …"), to be read on its own."""
        ctx = self.ctx
        for t in range(i, end):
            hit = ctx.match(self.gaz.doc_types, t)
            if hit and ctx.tokens[t].is_capitalised and hit[1].slug not in _PROPOSALS \
                    and ctx.keys[t - 1] in ("về", "hành", "qua", "thảo"):
                return t
        return None

    def _may_start_named(self, k: int, dtype: DocType, lo: int) -> bool:
        """A capitalised type word, or a lowercase one right after a citing
        verb ("thông qua nghị quyết bầu...", "căn cứ ..., luật Tổ chức
        Quốc hội") but never "kỷ luật", "pháp luật", "quy định của Đảng"."""
        ctx = self.ctx
        if dtype.slug == "van-ban":
            return False       # "văn bản" alone names no document
        if k > lo and ctx.keys[k - 1] in ("kỷ", "pháp", "hiến", "các", "những", "mọi", "dự", "về"):
            return False
        if ctx.tokens[k].is_capitalised:
            return True
        if dtype.slug not in _LOWERCASE_OK:
            return False
        before = " ".join(ctx.keys[max(lo, k - 3):k])
        return before.endswith(("thông qua", "căn cứ", "thực hiện", "ban hành")) or (
            k > lo and ctx.keys[k - 1] == "," and "căn cứ" in " ".join(ctx.keys[lo:k]))

    def _named_doc(self, dtype: DocType, i: int, end: int) -> DocumentMention:
        ctx = self.ctx
        text = ctx.text_between(i, end)
        title, issuer = self._split_issuer(dtype, i, end)
        title = self._as_title(title)
        title = _drop_parenthetical_abbreviation(title)
        doc = DocumentMention(key=title, span=Span(ctx.tokens[i].start, ctx.tokens[end - 1].end),
                              type=dtype.label, title=title, issuer=issuer)
        doc.surfaces.append(text)
        return doc

    def _issuer_as_written(self, org: ParsedOrg, k: int) -> OrgRef:
        """A place's Party organisation issues under the name the text gives
        it: "Ban Chấp hành Đảng bộ huyện Lục Ngạn", not its "Huyện ủy"."""
        level = _COMMITTEE_LEVEL_WORDS.get(org.kind.slug if org.kind else "")
        if level is None or self.ctx.keys[k:k + 4] != ["ban", "chấp", "hành", "đảng"]:
            return org.ref
        return replace(org.ref, name=f"Ban Chấp hành Đảng bộ {level}{org.ref.jurisdiction or ''}".strip())

    def _split_issuer(self, dtype: DocType, i: int, end: int) -> tuple[str, OrgRef | None]:
        """"Nghị quyết của Quốc hội sửa đổi ..." -> ("Nghị quyết sửa đổi ...",
        Quốc hội): the issuer right after the type word is not the title."""
        ctx = self.ctx
        j = i + len(self.gaz.doc_types.key(dtype.label))
        if j < end and ctx.keys[j] == "của":
            org = self.orgs.parse(j + 1, end)
            if org and org.end < end and org.body is not None:
                title = ctx.text_between(i, j) + " " + ctx.text_between(org.end, end)
                return title, org.ref
        return ctx.text_between(i, end), None

    def _named_extent(self, dtype: DocType, k: int, m: int, hi: int, amend: bool) -> int:
        ctx = self.ctx
        j = k + m
        if dtype.slug == "hien-phap":
            state = self.orgs.vietnam_suffix(j, hi)     # "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992"
            if state + 1 < hi and ctx.keys[state] == "năm" and ctx.tokens[state + 1].text.isdigit():
                return state + 2
            return j
        if dtype.slug == "dieu-le":
            # "Điều lệ Đảng", "Điều lệ Mặt trận Tổ quốc Việt Nam": the charter of a body
            body = self.orgs.parse(j, hi) if j < hi else None
            e = body.end if body else j
            while e < hi and ctx.tokens[e].is_word and (ctx.tokens[e].is_capitalised or ctx.tokens[e].text.isupper()):
                e += 1
            if tuple(ctx.keys[e:e + 4]) == ("(", "sửa", "đổi", ")"):
                e += 4
            return e
        if j >= hi:
            return j
        first = ctx.tokens[j]
        if not first.is_word:
            return j
        if dtype.slug == "bao-cao" and tuple(ctx.keys[j:j + 2]) == ("chính", "trị"):
            return j + 2        # "Báo cáo chính trị (của Ban Chấp hành …)": a congress's report, by its name
        if dtype.slug in ("nghi-quyet", "van-kien") and tuple(ctx.keys[j:j + 2]) == ("đại", "hội"):
            end = self._congress_end(j + 2, hi)
            # "thực hiện thắng lợi Nghị quyết Đại hội (Đảng bộ huyện)": no congress said, a stock phrase
            # (but the congress's own, adopted: "biểu quyết thông qua Nghị quyết Đại hội")
            said = any(ctx.tokens[t].text.isdigit() or (ctx.tokens[t].is_capitalised and ctx.keys[t] != "đảng")
                       for t in range(j + 2, end))
            return end if said or ctx.keys[max(0, k - 2):k] == ["thông", "qua"] else j
        end = self._title_end(j, hi, amend_list=amend)
        if dtype.slug in _LAWS:
            end = next((t for t in range(j + 1, end) if ctx.keys[t:t + 3] == ["trên", "địa", "bàn"]), end)
        if dtype.slug in _LAWS and "sửa" not in ctx.keys[j:end]:
            # "Luật Khám bệnh, chữa bệnh năm 2023 | phân công …": a law's year closes its name
            year = next((t for t in range(j + 1, end - 1) if ctx.keys[t] == "năm"
                         and re.fullmatch(r"(19|20)\d\d", ctx.tokens[t + 1].text)), None)
            end = year + 2 if year is not None else end
        return end

    def _congress_end(self, k: int, hi: int) -> int:
        """"Nghị quyết Đại hội XIV của Đảng", "Văn kiện Đại hội đại biểu
        toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh
        lần thứ XVII"."""
        ctx = self.ctx
        words = {"đại", "biểu", "toàn", "quốc", "lần", "thứ", "đảng", "bộ", "tỉnh", "thành", "phố"}
        while k < hi:
            if ctx.tokens[k].is_capitalised and ctx.keys[k] != "đảng":
                org = self.orgs.parse(k, hi)     # "Đại hội đại biểu Hội Nông dân tỉnh Lào Cai lần thứ X"
                if org is not None and tuple(ctx.keys[org.end:org.end + 2]) == ("lần", "thứ"):
                    k = org.end
                    continue
            place = ctx.place_at(k, hi) if ctx.keys[k] in _CONGRESS_LEVELS else None
            if place is not None:
                k = place[0]        # "… Đảng bộ huyện Lục Ngạn lần thứ XXIV"
                continue
            if not (ctx.keys[k] in words or ctx.tokens[k].text.isdigit()
                    or (ctx.tokens[k].text.isupper() and ctx.tokens[k].is_word)):
                break
            k += 1
        if tuple(ctx.keys[k:k + 2]) == ("của", "đảng"):
            k += 2
        t = k + 1 if k < hi and ctx.keys[k] == "," else k
        if t < hi and ctx.keys[t] == "nhiệm":          # ", nhiệm kỳ 2023 - 2028"
            end = _past_term(ctx, t, hi)
            k = end if end > t else k
        return k

    def _amend_list_start(self, j: int, hi: int) -> bool:
        """Does the title go on "sửa đổi, bổ sung một số điều của X, Y và Z"?"""
        words = self.ctx.keys[j:min(hi, j + 10)]
        return words[:4] == ["sửa", "đổi", ",", "bổ"] and "của" in words

    def _citing_context(self, k: int, end: int, lo: int, hi: int) -> str | None:
        """"adopt", "based_on", "cite", or None when the document is not
        cited (a draft, a list of values, a plural)."""
        ctx = self.ctx
        if self._in_draft(k, lo) or self._planned(k, lo):
            return None
        window = ctx.keys[max(lo, k - 8):k]
        while window and (window[-1].isdigit() or window[-1] in ("điều", "khoản", "điểm", "chương", "mục")):
            window = window[:-1]        # "theo Điều 32 Điều lệ Đảng", "căn cứ khoản 2 Điều 5 Luật …"
        window = window[-6:]
        text = " ".join(window)
        if "thông qua" in text and "dự" not in window[-2:]:
            return "adopt"
        if "căn cứ" in text or (window and window[-1] == "," and "căn cứ" in " ".join(ctx.keys[lo:k])):
            return "based_on"
        if window and window[-1] == ";" and self._on_basis_line(k):
            return "based_on"       # "Căn cứ Luật A ngày …; Luật sửa đổi, bổ sung … ngày …;"
        if window and (window[-1] in (":", ";") or window[-3:] == ["trong", "đó", "có"]) \
                and self._list_after(k, lo) == "adopt":
            return "adopt"
        for phrase in _CITING:
            p = " ".join(phrase)
            loose = p in ("quán triệt", "triển khai", "thực hiện", "tinh thần", "thi hành")
            if not (text.endswith(p) or (loose and p in text)):
                continue
            if loose:
                verb_at = max(lo, k - 6) + len(text[:text.index(p)].split())
                numbered = any(h.doc.number and verb_at - 3 <= h.end <= verb_at for h in self.hits)
                if not numbered and any(ctx.match(self.gaz.doc_types, t) for t in range(max(lo, verb_at - 12), verb_at)):
                    continue       # the verb belongs to another title (not to "Kế hoạch số 05-KH/TU thực hiện …")
            return "cite"
        after = " ".join(ctx.keys[end:min(hi, end + 3)])
        if after.startswith(("đã xác định", "xác định", "nêu rõ", "khẳng định", "chỉ rõ", "đã nêu")):
            return "cite"
        return None

    def _on_basis_line(self, k: int) -> bool:
        """Token k is on a line of legal basis ("Căn cứ …; …")."""
        text = self.ctx.doc.text
        start = text.rfind("\n", 0, self.ctx.tokens[k].start) + 1
        return _basis_line(text[start:self.ctx.tokens[k].start])

    def _planned(self, k: int, lo: int) -> bool:
        """"Quốc hội sẽ biểu quyết thông qua Luật X", "dự kiến ban hành …":
        a document on an agenda is not one yet."""
        words = self.ctx.keys[max(lo, k - 8):k]
        clause = self.ctx.keys[lo:k]          # "Theo chương trình, sáng 30/11 Quốc hội sẽ …; chiều cùng ngày …"
        return any(w in ("sẽ", "sắp") for w in clause) or has_phrase(words, ("dự", "kiến")) or has_phrase(
            words, ("chương", "trình", "phiên", "họp")) or has_phrase(clause[:3], ("theo", "chương", "trình"))

    def _list_after(self, k: int, lo: int) -> str | None:
        """"thông qua 28 nghị quyết, trong đó có: A; B", "thông qua 9 nghị
        quyết quan trọng, trong đó có A; B": the items of a list of adopted
        documents."""
        ctx = self.ctx
        for t in range(k - 1, lo - 1, -1):
            opens = ctx.keys[t] == ":" or ctx.keys[t - 2:t + 1] == ["trong", "đó", "có"]
            if opens:
                if "thông qua" in " ".join(ctx.keys[max(lo, t - 20):t]):
                    return "adopt"
                return None
        return None

    def _in_draft(self, k: int, lo: int) -> bool:
        ctx = self.ctx
        before = " ".join(ctx.keys[max(lo, k - 2):k])
        return any(before.endswith(d) for d in ("dự án", "dự thảo", "soạn thảo", "xây dựng"))

    def _subject_org(self, k: int, lo: int) -> OrgRef | None:
        """The body right before the verb that precedes token k ("Quốc hội
        đã biểu quyết thông qua", "Ban Thường vụ Tỉnh ủy Yên Bái đã ban
        hành"): the subject of the sentence."""
        ctx = self.ctx
        verb = next((t for t in range(k - 1, lo - 1, -1) if any(
            tuple(ctx.keys[t:t + len(v)]) == v for v in _PUBLISH + [("biểu", "quyết"), ("thảo", "luận")])), None)
        return None if verb is None else self._body_before_verb(verb, lo)

    def _body_before_verb(self, verb: int, lo: int) -> OrgRef | None:
        """The body that ends right before token ``verb``, adverbs aside."""
        ctx = self.ctx
        end = verb
        while end - 1 >= lo and ctx.keys[end - 1] in _ADVERBS:
            end -= 1
        for t in range(max(lo, end - 14), end):
            if not (ctx.tokens[t].is_word and ctx.tokens[t].is_capitalised):
                continue
            # (not of several, "hai Phó Thủ tướng", nor a title's tail, "Phó | Thủ tướng")
            inside = t > lo and (ctx.keys[t - 1] in ("các", "những", "hai", "ba") or ctx.tokens[t - 1].text.isdigit()
                                 or (ctx.tokens[t - 1].is_word and ctx.tokens[t - 1].is_capitalised))
            office = None if inside else self.offices.parse(t, end)
            if office is not None and office[0] == end:
                return office[1]        # "Bộ trưởng Bộ Y tế ban hành …": the minister's office, not the ministry
            org = self.orgs.parse(t, end)
            if org and org.end == end:
                self.orgs.place_from_text(org)
                return org.ref
        return None

    def _adopt_anaphora(self, k: int, hi: int, adopter: OrgRef | None) -> None:
        ctx = self.ctx
        words = ctx.keys[k:min(hi, k + 8)]
        text = " ".join(words)
        chosen: list[_Hit] = []
        drafts = self.drafts
        if any(text.startswith(p) for p in ("luật này", "toàn văn luật này", "nghị quyết này",
                                            "bộ luật này", "pháp lệnh này")) and drafts:
            chosen = [drafts[-1]]
        elif "nêu trên" in text or "trên" in words[:4]:
            chosen = list(drafts)
        for d in chosen:
            d.adopted = d.doc.adopted = True
            d.doc.issuer = d.doc.issuer or adopter or self.orgs.known_body("Quốc hội", k)
            self.hits.append(d)
            self.adopted.append(d.doc)
            self._embedded(d, d.end)
        if chosen:
            drafts.clear()

    def _embedded(self, h: _Hit, hi: int, numbered: bool = False) -> None:
        """Documents inside a title: "Chương trình hành động thực hiện Nghị
        quyết Đại hội 12", "Luật sửa đổi, bổ sung một số điều của Bộ luật
        Tố tụng dân sự, Luật Phá sản"; in a numbered document's subject,
        whatever its lineage verb names ("Hướng dẫn số 02-HD/TW … về một số
        vấn đề cụ thể thi hành Điều lệ Đảng")."""
        ctx = self.ctx
        k = h.start + 1
        in_list: str | None = None
        while k < h.end:
            if in_list and ctx.keys[k] in (",", "và"):
                k += 1
                continue
            words = " ".join(ctx.keys[max(h.start, k - 12):k])
            hit = ctx.match(self.gaz.doc_types, k)
            if not hit or not ctx.tokens[k].is_capitalised:
                k += 1
                continue
            m, dtype = hit
            if words.endswith("dự thảo") and dtype.slug in _DATED_ON_ADOPTION:
                end = self._named_extent(dtype, k, m, h.end, amend=self._amend_list_start(k + m, h.end))
                self.drafts.append(_Hit(k, end, self._named_doc(dtype, k, end)))
                k = end
                continue
            if ctx.keys[k + m:k + m + 1] == ["số"] or ctx.tokens[min(k + m, h.end - 1)].text[:1].isdigit():
                break           # a numbered document: its sign makes it one of its own, and what its title names is its own
            lineage = _lineage_verb(words) if numbered else "implements" if words.endswith("thực hiện") else None
            amending = ("một số điều của" in words and lineage in (None, "amends")) or words.endswith("sửa đổi , bổ sung")
            rel = "amends" if amending else lineage or in_list     # not "quy định chi tiết một số điều của"
            if rel is None:
                k += m
                continue
            in_list = rel if rel == "amends" else None
            end = self._named_extent(dtype, k, m, h.end, amend=False)
            if rel == "amends":
                end = min(end, self._next_list_item(k + m, h.end))
            inner = _Hit(k, end, self._named_doc(dtype, k, end), embedded_in=h)
            self.hits.append(inner)
            h.links.append((rel, inner))
            k = end

    def _distribute_reports(self, h: _Hit, end: int, hi: int, taken: Mask) -> None:
        """"3 Báo cáo giải trình ... dự thảo Luật A; Luật B; Luật C": one
        report for each draft law."""
        ctx = self.ctx
        if h.doc.type != "Báo cáo" or not self.drafts or self.drafts[-1].start < h.start:
            return
        prefix = ctx.text_between(h.start, self.drafts[-1].start)
        k = end
        while k < hi and ctx.keys[k] == ";" and k + 1 < hi:
            hit = ctx.match(self.gaz.doc_types, k + 1)
            if not hit or hit[1].slug not in _DATED_ON_ADOPTION:
                break
            m, dtype = hit
            e = self._named_extent(dtype, k + 1, m, hi, amend=False)
            law = _Hit(k + 1, e, self._named_doc(dtype, k + 1, e))
            self.drafts.append(law)
            report = self._named_doc(h.doc and self.gaz.doc_type_by_label["báo cáo"], h.start, h.end)
            report.title = report.key = self._as_title(f"{prefix} {ctx.text_between(k + 1, e)}")
            report.span = Span(ctx.tokens[h.start].start, ctx.tokens[e - 1].end)
            self.hits.append(_Hit(k + 1, e, report))
            taken.add(k + 1, e)
            k = e

    def _next_list_item(self, k: int, end: int) -> int:
        ctx = self.ctx
        for t in range(k, end):
            if ctx.keys[t] in (",", "và") and t + 1 < end and ctx.match(self.gaz.doc_types, t + 1):
                return t
        return end


    def _replaced_by_adopted(self) -> None:
        """"Luật Quốc phòng số 39/2005/QH11 hết hiệu lực kể từ ngày Luật này
        có hiệu lực": the adopted law replaces it."""
        ctx = self.ctx
        for h in self.hits:
            after = " ".join(ctx.keys[h.end:h.end + 8])
            if after.startswith("hết hiệu lực") and self.adopted:
                newer = next((d for d in reversed(self.adopted) if d.type == h.doc.type
                              or d.type in ("Luật", "Bộ luật")), None)
                if newer is not None and newer is not h.doc:
                    self.links.append(DocumentLink(newer.key, "replaces", h.doc.key, h.doc.span))

    # ================================================ shared and subjects
    def _share_coordinated(self) -> None:
        """"Chỉ thị số 01-CT/TW (23-1-2026) và Chỉ thị số 46-CT/TW của Bộ
        Chính trị về ...": the issuer and title are said once for both."""
        ctx = self.ctx
        top = [h for h in self.hits if h.embedded_in is None]
        same_day = False        # the run of coordinated signs ends "cùng ngày <date>"
        for a, b in reversed(list(zip(top, top[1:]))):
            between = ctx.keys[a.end:b.start]
            if not between or any(w not in ("và", ",", ";") for w in between) or (
                    ";" in between and not _same_sign_letters(a.doc, b.doc)):
                same_day = False    # (items of a ";" list share an issuer only under one kind of sign:
                continue            # "27-NQ/TW …; 28-NQ/TW … và 29-NQ/TW … của Ban Chấp hành Trung ương")
            same_day = same_day or "cùng" in ctx.keys[b.start:b.end + 1]
            if a.doc.type != b.doc.type:
                continue
            if a.doc.issuer is None or (_from_sign(a.doc) and not _from_sign(b.doc)):
                a.doc.issuer = b.doc.issuer     # the issuer written after the last ("… của Bộ trưởng Bộ Công an")
            a.doc.title = a.doc.title or (b.doc.title if b.doc.symbol else None)
            if same_day:
                a.doc.date = a.doc.date or b.doc.date     # "… 502/QĐ-TTg và 503/QĐ-TTg cùng ngày 12/6/2024"

    def _listed_under_their_issuer(self) -> None:
        """"… công bố các quyết định của Bộ trưởng Bộ Nội vụ: Quyết định số
        156/QĐ-BNV …; Quyết định số 157/QĐ-BNV …": the issuer said once
        before the colon is every listed document's."""
        ctx = self.ctx
        for k in range(len(ctx.tokens) - 3):
            named = ctx.match(self.gaz.doc_types, k + 1) if ctx.keys[k] in _PLURAL_WORDS else None
            if not named or ctx.keys[k + 1 + named[0]:k + 2 + named[0]] != ["của"]:
                continue
            at = k + 2 + named[0]
            lo, hi = self._bounds(k)
            office = self.offices.parse(at, hi)
            org = None if office else self.orgs.parse(at, hi)
            end, issuer = office if office else ((org.end, org.ref) if org else (at, None))
            if issuer is None or end >= hi or ctx.keys[end] != ":":
                continue
            for h in self.hits:
                if end < h.start < hi and h.doc.type == named[1].label and (h.doc.issuer is None or _from_sign(h.doc)):
                    h.doc.issuer = issuer

    def _document_tokens(self) -> set[int]:
        """The tokens inside document mentions: their names are not the
        sentence's words ("Luật Ban hành văn bản …" issues nothing)."""
        return {t for h in self.hits for t in range(h.start, h.end)}

    def _subject_issuers(self) -> None:
        """"Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17",
        "Tại quyết định số 793, Thủ tướng Chính phủ quyết định": the body
        that issues a document is the subject of the sentence."""
        ctx = self.ctx
        top = [h for h in self.hits if h.embedded_in is None]
        inside = self._document_tokens()
        for n, h in enumerate(top):
            lo, hi = self._bounds(h.start)
            lo = next((t + 1 for t in range(h.start - 1, lo - 1, -1) if ctx.keys[t] == ";"), lo)   # its clause
            before = [ctx.keys[t] for t in range(lo, h.start) if t not in inside]   # other documents' names aside
            issued = any(has_phrase(before, v) and not has_phrase(before, ("thư",) + v) for v in _PUBLISH[:3])
            adopter = None if issued else self._adopted_by_subject(h.start, lo)
            if (issued or adopter) and self._object_of_the_verb(top, n, lo):
                if h.doc.issuer is None or _from_sign(h.doc):
                    # (the official the sentence names issues it, not the body its sign's letters name)
                    h.doc.issuer = adopter or self._subject_org(h.start, lo) or self._subject_title_body(lo, h.start) \
                        or h.doc.issuer
                if h.doc.date is None:
                    dates = [d for d in find_dates(ctx.doc.text[ctx.tokens[lo].start:ctx.tokens[h.start].start],
                                                   ctx.tokens[lo].start) if d.after_time_word]
                    if dates:
                        h.doc.date = ctx.resolve(dates[0])
            if h.doc.date is None:
                h.doc.date = self._issued_on(h, top[n + 1].start if n + 1 < len(top) else hi, hi)
            if h.doc.issuer is None:
                h.doc.issuer = self._issuer_before(h.start, lo)
            if before[:1] in (["tại"], ["theo"]) and h.end < hi and ctx.keys[h.end] == ",":
                if h.doc.issuer is None:        # "Tại Quyết định số 793, Thủ tướng Chính phủ quyết định …"
                    org = self.orgs.parse(h.end + 1, hi)
                    if org and any(tuple(ctx.keys[t:t + len(v)]) == v for t in range(org.end, min(hi, org.end + 3))
                                   for v in _DECIDING):
                        h.doc.issuer = org.ref

    def _issued_on(self, h: _Hit, upto: int, hi: int):
        """"Chỉ thị 45-CT/TW … được ban hành ngày 14/4/2025": the day the
        clause after a document, before any other, says it was issued."""
        ctx = self.ctx
        for t in range(h.end, min(upto, hi)):
            if ctx.keys[t] in (";", "và"):
                return None
            n = next((len(v) for v in _PUBLISH[:3] if tuple(ctx.keys[t:t + len(v)]) == v), 0)
            if not n or ctx.keys[t - 1] != "được":
                continue
            u = t + n + (ctx.keys[t + n:t + n + 1] == ["vào"])
            if ctx.keys[u:u + 1] != ["ngày"]:
                return None
            dates = find_dates(ctx.doc.text[ctx.tokens[u].start:ctx.tokens[min(hi, u + 6) - 1].end], ctx.tokens[u].start)
            return ctx.resolve(dates[0]) if dates and ctx.token_index(dates[0].start) <= u + 1 else None
        return None

    def _issuer_before(self, k: int, lo: int) -> OrgRef | None:
        """"chỉ đạo của Ban Bí thư tại Chỉ thị số 21", "yêu cầu của UBND
        tỉnh theo Công văn số 88": the body whose word the document carries."""
        ctx = self.ctx
        if k - 1 <= lo or ctx.keys[k - 1] not in ("tại", "theo", "trong"):
            return None
        for t in range(max(lo + 1, k - 15), k - 1):
            if ctx.keys[t - 1] == "của" and ctx.tokens[t].is_capitalised:
                org = self.orgs.parse(t, k - 1)
                if org and org.end == k - 1:
                    self.orgs.place_from_text(org)
                    return org.ref
        return None

    def _adopted_by_subject(self, k: int, lo: int) -> OrgRef | None:
        """"Ngày 12/3/2025, HĐND tỉnh (đã) thông qua Nghị quyết …", "Sở Tài
        chính đã có Báo cáo số …": a body right before the verb adopts or
        sends the document the verb governs."""
        ctx = self.ctx
        t = k
        while t > lo and ctx.keys[t - 1] in ("và", ","):
            t -= 1                      # the later items of "thông qua A, B và C"
        for verb in (("thông", "qua"), ("có",)):
            v = t - len(verb)
            if v > lo and tuple(ctx.keys[v:t]) == verb:
                return self._body_before_verb(v, lo)
        return None

    def _object_of_the_verb(self, top: list[_Hit], n: int, lo: int) -> bool:
        """Is the n-th document the verb's object, alone or in a list ("ban
        hành Nghị định A và Nghị định B"), rather than one named later in the
        sentence ("ban hành Nghị định A ..., thay thế Nghị định B")?"""
        ctx = self.ctx
        while n > 0 and top[n - 1].start >= lo:
            between = ctx.keys[top[n - 1].end:top[n].start]
            if any(has_phrase(between, v) for v in _PUBLISH + [("có",)]):
                return True     # "Thực hiện Nghị quyết 18, Tỉnh ủy ban hành Kế hoạch 50": the verb comes between
            if any(w not in ("và", ",") for w in between):
                return False
            n -= 1
        return True

    def _subject_title_body(self, lo: int, k: int) -> OrgRef | None:
        """"Thủ tướng Chính phủ Phạm Minh Chính vừa ký", "Chủ tịch nước đã
        ký": the office of the signing official."""
        office = self.offices.parse(lo, k)
        return office[1] if office else None

    # ============================================================== links
    def _links_between(self) -> None:
        ctx = self.ctx
        for h in self.hits:
            for rel, inner in h.links:
                self.links.append(DocumentLink(h.doc.key, rel, inner.doc.key,
                                               Span(h.doc.span.start, inner.doc.span.end)))
        top = [h for h in self.hits if h.embedded_in is None]
        last: tuple[_Hit, str, _Hit] | None = None      # the link just made: source, relation, target
        for a, b in zip(top, top[1:]):
            if self._bounds(a.start) != self._bounds(b.start):
                continue
            if last is not None and last[2] is a and last[1] in ("replaces", "amends") \
                    and " ".join(ctx.keys[a.end:b.start]) in _COORDINATORS:
                # "thay thế Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP": both replaced
                last = (last[0], last[1], b)
                self.links.append(DocumentLink(last[0].doc.key, last[1], b.doc.key,
                                               Span(last[0].doc.span.start, b.doc.span.end)))
                continue
            again = self._second_verb(a.end, b.start) if last is not None and last[2] is a else None
            if again:
                # "… thay thế Quy định số 08 … và sửa đổi, bổ sung Điều 3 Quy định số 101": the same subject
                last = (last[0], again, b)
                self.links.append(DocumentLink(last[0].doc.key, again, b.doc.key,
                                               Span(last[0].doc.span.start, b.doc.span.end)))
                continue
            if a.start < b.start < a.end:
                # "Thông tư … của Bộ Tài chính hướng dẫn Nghị định số 69/2008/NĐ-CP": b in a's title
                rel = _lineage_verb(" ".join(ctx.keys[max(a.start, b.start - 10):b.start]))
            else:
                between = " ".join(ctx.keys[a.end:b.start])
                rel = None if any(w in between for w in _ALONGSIDE) or ";" in between.split() else _lineage_verb(between)
                if rel and len(between.split()) > 8 and not between.endswith(
                        ("và thay thế", ", thay thế", "và thay thế cho", ", thay thế cho")) \
                        and not _purpose_of(between):
                    rel = None          # (but "…, trong đó, bổ sung … để cụ thể hóa B": what A is for)
                subject = self._also_of_the_subject(between, a, top)
                if subject is not None:
                    # "X được ban hành để triển khai Y …, đồng thời thay thế Z": X replaces Z
                    a, rel = subject, _lineage_verb(between)
                elif "đồng thời" in between and self._object_of_lineage(a):
                    rel = None      # "Chỉ thị được ban hành nhằm triển khai Y, đồng thời thay thế Z": not Y's
            if rel in ("replaces", "amends") and b.start >= a.end and ctx.keys[a.end:a.end + 1] == ["và"] \
                    and self._after_basis_cue(self._bounds(a.start)[0], a.start):
                # "Quyết định A được ban hành căn cứ Nghị định B và thay thế Quyết định C": A replaces C
                lo = self._bounds(a.start)[0]
                cue = next(t for t in range(a.start - 2, lo - 1, -1) if tuple(ctx.keys[t:t + 2]) == ("căn", "cứ"))
                a = next((h for h in reversed(top) if lo <= h.start < cue), None)
                if a is None:
                    last = None
                    continue
            if rel is None and b.start >= a.end and (passive := _passive_lineage(ctx.keys[a.end:b.start])):
                # "A …, sau đó được sửa đổi, bổ sung tại B": B amends A
                self.links.append(DocumentLink(b.doc.key, passive, a.doc.key, Span(a.doc.span.start, b.doc.span.end)))
                last = None
                continue
            last = (a, rel, b) if rel else None
            if rel:
                self.links.append(DocumentLink(a.doc.key, rel, b.doc.key, Span(a.doc.span.start, b.doc.span.end)))
        self._fronted_purpose(top)
        self._carries_out_one_called_back(top)
        self._said_of_itself(top)
        # căn cứ lists: based on, from the document the sentence is about.
        for h in top:
            lo, _ = self._bounds(h.start)
            if not h.adopted and not _nested(h, top) and (self._after_basis_cue(lo, h.start) or self._in_basis_list(lo)):
                h.based_on = True
        for h in top:
            if not h.based_on:
                continue
            for source in self._basis_users(h, top):
                self.links.append(DocumentLink(source.key, "based_on", h.doc.key, h.doc.span))

    def _also_of_the_subject(self, between: str, a: _Hit, top: list[_Hit]) -> _Hit | None:
        """The document a sentence is about, where "đồng thời" and a lineage
        verb end the words before b: "…, đồng thời thay thế B"."""
        head, sep, tail = between.rpartition("đồng thời")
        if not sep or not tail.strip() or len(tail.split()) > 6 or not _lineage_verb(between):
            return None
        lo = self._bounds(a.start)[0]
        subject = next((h for h in top if lo <= h.start), None)
        return subject if subject is not None and subject is not a else None

    def _object_of_lineage(self, a: _Hit) -> bool:
        """Is the document at ``a`` what a lineage verb before it in its
        sentence governs ("… nhằm triển khai thực hiện Chỉ thị số 13")?"""
        lo = self._bounds(a.start)[0]
        return _lineage_verb(" ".join(self.ctx.keys[max(lo, a.start - 4):a.start])) is not None

    def _second_verb(self, a_end: int, b_start: int) -> str | None:
        """"và sửa đổi, bổ sung Điều 3": a second lineage verb joined to the
        one before, the articles of the document it names aside."""
        words = self.ctx.keys[a_end:b_start]
        if not words or words[0] != "và":
            return None
        while len(words) >= 2 and words[-2] in ("điều", "khoản", "điểm", "mục"):
            words = words[:-2]          # "… bổ sung Điều 3"
        if words and words[-1] == "của":
            words = words[:-1]
        return _lineage_verb(" ".join(words[1:])) if len(words) <= 8 else None

    def _said_of_itself(self, top: list[_Hit]) -> None:
        """"Quyết định này có hiệu lực … và thay thế Quyết định số 19/2021/QĐ-UBND
        …; Quyết định số 21/2021/QĐ-UBND …", "Nghị định có hiệu lực từ … và
        thay thế …": a sentence about the document the text is about (the
        page's own, else the first one of that type it numbers) and what it
        replaces or amends."""
        ctx = self.ctx
        previous: DocumentMention | None = None     # the own document the item before spoke of
        for lo, hi in self._clauses():
            item = ctx.item_mark_end(lo)
            lo = item or lo      # "3. Nghị quyết này thay thế …"
            named = ctx.match(self.gaz.doc_types, lo) if lo < hi and ctx.tokens[lo].is_capitalised else None
            if item is not None and previous is not None and not named and any(
                    tuple(ctx.keys[lo:lo + len(p)]) == p for rel, p in _LINEAGE if p[0] in ("thay", "sửa")):
                source = previous       # "1. Nghị quyết này thay thế …  2. Sửa đổi, bổ sung … Nghị quyết số 57"
            elif not named or lo + named[0] >= hi or \
                    ctx.keys[lo + named[0]] not in ("này", "có", "được", "thay", "sửa"):
                previous = None
                continue        # ("Thông tư thay thế Thông tư số 05/2021/TT-BNV": the text's own)
            else:
                source = None
            verb = next(((t, rel) for t in range(lo, hi) for rel, p in _LINEAGE
                         if (p[0] in ("thay", "sửa") or ctx.keys[t - 1] in ("nhằm", "để"))
                         and tuple(ctx.keys[t:t + len(p)]) == p
                         and not any(h.start <= t < h.end for h in top)), None)    # (not in a title)
            # ("Chỉ thị được ban hành nhằm triển khai thực hiện Chỉ thị số 13-CT/TW …": what it is for)
            if source is None and verb is not None:
                # the one spoken of, never one the sentence says it replaces (a headline may name that before)
                # (nor one replaced before: "Luật số 34 … thay thế Luật số 62. Luật được ban hành nhằm …")
                objects = {h.doc.key for h in top if verb[0] < h.start < hi} | {
                    link.target for link in self.links if link.rel in ("replaces", "amends")}
                source = self._main_document(named[1].label, lo, [h for h in top if h.doc.key not in objects])
            previous = source if item is not None else None
            if source is None or verb is None:
                continue
            while verb is not None:
                stop = next((t for t in range(verb[0] + 1, hi) if tuple(ctx.keys[t:t + 2]) in (
                    ("bãi", "bỏ"), ("đồng", "thời"))), hi)     # "…; đồng thời bãi bỏ Thông tư số 11": no replacing
                since = verb[0] + max(len(p) for rel, p in _LINEAGE
                                      if rel == verb[1] and tuple(ctx.keys[verb[0]:verb[0] + len(p)]) == p)
                for h in top:
                    if not verb[0] < h.start < stop:
                        continue
                    if verb[1] != "implements" and any(has_phrase(ctx.keys[since:h.start], p) for _, p in _LINEAGE):
                        break       # "… thay thế Kế hoạch số 233 … thực hiện Chỉ thị số 03": what the replaced one did
                    if h.doc.key != source.key and (
                            verb[1] != "implements" or not any(o.start < h.start < o.end for o in top)):
                        self.links.append(DocumentLink(source.key, verb[1], h.doc.key,
                                                       Span(ctx.tokens[lo].start, h.doc.span.end)))
                    since = h.end
                # "…, đồng thời thay thế Chỉ thị số 09-CT/TU": a second verb of the same subject
                verb = next(((t, rel) for t in range(stop + 2, min(hi, stop + 5)) for rel, p in _LINEAGE
                             if ctx.keys[stop:stop + 2] == ["đồng", "thời"] and tuple(ctx.keys[t:t + len(p)]) == p), None)

    def _clauses(self) -> list[tuple[int, int]]:
        """Where each sentence and each clause after a ";" starts, with the
        sentence's end (what a clause replaces may be listed on past a ";")."""
        ctx = self.ctx
        out = []
        for s in ctx.doc.sentences:
            lo, hi = ctx.token_index(s.start), ctx.token_index(s.end)
            out += [(start, hi) for start in [lo] + [t + 1 for t in range(lo, hi - 1) if ctx.keys[t] == ";"]]
        return out

    def _main_document(self, doc_type: str, k: int, top: list[_Hit]) -> DocumentMention | None:
        """The document of that type the text is about: the page's own, else
        the numbered one named last before token k."""
        if self._own_key is not None:
            own = next((h.doc for h in top if h.doc.key == self._own_key), None)
            if own is not None and own.type == doc_type:
                return own
        return next((h.doc for h in reversed(top) if h.start < k and h.doc.type == doc_type and h.doc.number), None)

    def _fronted_purpose(self, top: list[_Hit]) -> None:
        """"(Để) Thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy ban
        hành Kế hoạch số 50-KH/TU": the documents the main verb issues
        implement the ones its fronted purpose clause names."""
        ctx = self.ctx
        inside = self._document_tokens()
        for lo, hi in sorted({self._bounds(h.start) for h in top}):
            k = self._purpose_start(lo, hi, top)
            if k is None:
                continue
            mine = [h for h in top if k < h.start < hi]
            back = self._called_back_at(k + 2, lo, top)      # "Thực hiện Nghị quyết, Đoàn Chủ tịch … ban hành …"
            if back is not None:
                cited, comma = [back[0]], back[1]
                first = next((n for n, h in enumerate(mine) if h.start > comma), None)
            else:
                first = next((n for n, h in enumerate(mine) if n and self._issued_after(mine[n - 1].end - 1, h.start, inside)
                              and "," in ctx.keys[mine[n - 1].end - 1:h.start]), None)
                if first is None:
                    self._purpose_stopped_short(mine, hi, top, inside)
                    continue
                comma = max(t for t in range(mine[first - 1].end - 1, mine[first].start) if ctx.keys[t] == ",")
                cited = [c for c in mine[:first] if not any(o.start < c.start < o.end for o in mine[:first] if o is not c)]
            if first is None:
                continue
            issued: list[_Hit] = []
            for h in mine[first:]:
                if self._issued_after(comma, h.start, inside) or (
                        issued and issued[-1].doc.type == h.doc.type and ctx.keys[h.start - 1] in ("và", ";")):
                    issued.append(h)    # "…; Quyết định số 1846 cùng ngày … và Quyết định số 1847 …"
            for h in issued:
                for c in cited:
                    self.links.append(DocumentLink(h.doc.key, "implements", c.doc.key,
                                                   Span(c.doc.span.start, h.doc.span.end)))

    def _purpose_stopped_short(self, cited: list[_Hit], hi: int, top: list[_Hit], inside: set[int]) -> None:
        """"Thực hiện Hướng dẫn số 113-HD/BTGTW … và Hướng dẫn số 61-HD/BTGTU
        … ." then "Ngày 15/7, Ban Thường vụ Hội Nông dân tỉnh ban hành Công văn
        số 512-CV/HNDT": a purpose clause closed by a stop before its main
        clause; the documents the next sentence issues implement its own."""
        if not cited or hi >= len(self.ctx.tokens) or self.ctx.keys[hi - 1] != ".":
            return
        cited = [c for c in cited if not any(o.start < c.start < o.end for o in cited if o is not c)]
        _, after = self._bounds(hi)
        for h in (h for h in top if hi <= h.start < after and self._issued_after(hi - 1, h.start, inside)):
            for c in cited:
                self.links.append(DocumentLink(h.doc.key, "implements", c.doc.key,
                                               Span(c.doc.span.start, h.doc.span.end)))

    def _purpose_start(self, lo: int, hi: int, top: list[_Hit]) -> int | None:
        """Where a fronted purpose clause's verb stands: at the sentence's
        start ("(Để) thực hiện …"), or after a lead of up to 30 words naming
        no document ("Đồng chí A cho biết, thực hiện …", "Theo báo cáo do đồng
        chí A, Ủy viên Ban Thường vụ, … trình bày, thực hiện …")."""
        ctx = self.ctx
        first_doc = min((h.start for h in top if lo <= h.start < hi), default=hi)
        for start in [lo] + [t + 1 for t in range(lo + 1, min(first_doc, lo + 30)) if ctx.keys[t] == ","]:
            k = start + (1 if ctx.keys[start] in ("để", "nhằm") else 0)
            if any(tuple(ctx.keys[k:k + len(v)]) == v for v in _FRONTED_IMPLEMENT):
                return k
        return None

    def _called_back_at(self, k: int, lo: int, top: list[_Hit]) -> tuple[_Hit, int] | None:
        """A document named by its type alone at token k, then a comma or
        the end of a title ("Nghị quyết,", "Nghị quyết này"): the last one of
        that type named before token lo, and where the mention ends."""
        ctx = self.ctx
        hit = ctx.match(self.gaz.doc_types, k) if k < len(ctx.tokens) else None
        if not hit:
            return None
        end = k + hit[0] + (ctx.keys[k + hit[0]:k + hit[0] + 1] in (["này"], ["trên"]))
        if end >= len(ctx.tokens) or ctx.keys[end] not in (",", "."):
            return None
        earlier = [h for h in top if h.end <= lo and h.doc.type == hit[1].label and h.doc.symbol]
        return (earlier[-1], end) if earlier else None

    def _carries_out_one_called_back(self, top: list[_Hit]) -> None:
        """"Kế hoạch số 76-KH/HU … của Ban Thường vụ Huyện ủy triển khai Nghị
        quyết này": a document said to carry out the one of that type named
        last before it."""
        ctx = self.ctx
        for h in top:
            verb = next((v for v in _FRONTED_IMPLEMENT if tuple(ctx.keys[h.end:h.end + len(v)]) == v), None)
            back = self._called_back_at(h.end + len(verb), h.start, top) if verb else None
            if back is not None and ctx.keys[back[1] - 1] == "này" and back[0] is not h:
                self.links.append(DocumentLink(h.doc.key, "implements", back[0].doc.key,
                                               Span(h.doc.span.start, ctx.tokens[back[1] - 1].end)))

    def _issued_after(self, comma: int, k: int, inside: set[int]) -> bool:
        """Does a publishing verb of the main clause govern the document at
        token k ("…, Tỉnh ủy ban hành Kế hoạch số 50", "… đã xây dựng và
        ban hành Kế hoạch 50 và Kế hoạch 51")? Other documents' words aside."""
        words = [self.ctx.keys[t] for t in range(comma + 1, k) if t not in inside]
        for t in range(len(words) - 1, -1, -1):
            if any(tuple(words[t:t + len(v)]) == v for v in _ISSUING):
                return all(w in ("và", ",", "số") or w in _ADVERBS or any(w in v for v in _ISSUING)
                           for w in words[t:]) or t >= len(words) - 3
        return False

    def _after_basis_cue(self, lo: int, k: int) -> bool:
        """Inside the "căn cứ …" clause of its sentence: after the cue and
        before the main verb ("…, UBND tỉnh ban hành Quyết định Y")."""
        ctx = self.ctx
        cue = next((t for t in range(k - 2, lo - 1, -1) if tuple(ctx.keys[t:t + 2]) == ("căn", "cứ")), None)
        if cue is None:
            return False
        inside = self._document_tokens()
        between = [ctx.keys[t] for t in range(cue + 2, k) if t not in inside]     # other documents' names aside
        return not any(has_phrase(between, v) for v in _PUBLISH + _SUPERSEDING + [("quyết", "nghị"), ("xây", "dựng"),
                                                                                  ("hiệu", "lực"), ("phê", "duyệt")])

    def _in_basis_list(self, lo: int) -> bool:
        """An item of a list of bases set out line by line after "Căn cứ:"."""
        lead = self.ctx.lead_of_items(lo)
        return lead is not None and lead.text.strip().casefold().rstrip(" :").endswith(
            ("căn cứ", "trên cơ sở", "dựa trên"))

    def _basis_users(self, h: _Hit, top: list[_Hit]) -> list[DocumentMention]:
        """The documents a legal basis is cited for: those the same sentence
        goes on to issue ("Căn cứ Luật X, UBND tỉnh ban hành Quyết định Y; và
        Quyết định Z"), the ones a plural names back ("Các quyết định nêu trên
        được ban hành căn cứ …"), else the one the text is about."""
        ctx = self.ctx
        lo, hi = self._bounds(h.start)
        later = next((o for o in top if h.end <= o.start < hi and not o.based_on and not _nested(o, top)), None)
        gap = ctx.keys[h.end:later.start] if later is not None else []
        if later is not None and not any(has_phrase(gap, v) for v in _SUPERSEDING) and (
                ";" not in gap or any(has_phrase(gap, v) for v in _PUBLISH)):
            # not one a later clause replaces or names without issuing it:
            # "căn cứ A …; có hiệu lực …, thay thế B" (but "căn cứ A; UBND tỉnh ban hành B")
            return [later.doc] + self._issued_alongside(later, top, hi)
        # "Nghị quyết do … trình bày thể hiện, căn cứ Hiến pháp, …": the
        # document the sentence is about, named before its basis
        cue = next((t for t in range(lo, h.start) if tuple(ctx.keys[t:t + 2]) == ("căn", "cứ")), h.start)
        before = next((o for o in reversed(top) if lo <= o.start < cue and not o.based_on), None)
        if before is not None:
            return [before.doc]
        for t in range(lo, cue):
            named = ctx.match(self.gaz.doc_types, t)
            if named and t > lo and ctx.keys[t - 1] in _PLURAL_WORDS:
                # "Các quyết định nêu trên": every one of that type named before (of a kind it
                # qualifies, "Các quyết định phê chuẩn … nêu trên", unsure which)
                if t + named[0] < cue and ctx.keys[t + named[0]] not in _BACK_WORDS:
                    break
                return [o.doc for o in top if o.start < lo and o.doc.type == named[1].label and not o.based_on]
            if named and ctx.tokens[t].is_capitalised:
                doc = next((o.doc for o in reversed(top) if o.start < lo and o.doc.type == named[1].label), None)
                return [doc] if doc else []
        if self._own_key is not None:
            return [o.doc for o in top if o.doc.key == self._own_key][:1]
        earlier = next((o for o in reversed(top) if o.start < h.start and not o.based_on), None)
        if earlier is None:
            return []
        # a block of basis lines right after the document they are for, or
        # the document the paragraph is about
        first = ctx.doc.sentence_index(ctx.tokens[earlier.start].start) + 1
        last = ctx.doc.sentence_index(ctx.tokens[h.start].start)
        between = ctx.doc.sentences[first:last]
        same_paragraph = "\n" not in ctx.doc.text[ctx.tokens[earlier.start].start:ctx.tokens[h.start].start]
        return [earlier.doc] if same_paragraph or all(_basis_line(s.text) for s in between) else []

    def _issued_alongside(self, first: _Hit, top: list[_Hit], hi: int) -> list[DocumentMention]:
        """Documents of the first one's type the sentence issues with it,
        joined by "và" or ";" and no lineage between ("…; và Quyết định số
        1681 cùng ngày …")."""
        ctx = self.ctx
        out, last = [], first
        for o in top:
            if not (last.end <= o.start < hi) or o.based_on or o.embedded_in is not None:
                continue
            if o.doc.type != first.doc.type or ctx.keys[o.start - 1] not in ("và", ";"):
                break
            if _lineage_verb(" ".join(ctx.keys[last.end:o.start])) or any(
                    has_phrase(ctx.keys[last.end:o.start], v) for v in _SUPERSEDING):
                break
            out.append(o.doc)
            last = o
        return out

    def _unique_links(self) -> list[DocumentLink]:
        seen, out = set(), []
        for link in self.links:
            key = (link.source, link.rel, link.target)
            if key not in seen and link.source != link.target:
                seen.add(key)
                out.append(link)
        return out

    # ============================================================= merge
    def _merge(self) -> list[DocumentMention]:
        """One mention per document: "Quy định 58" joins "Quy định số
        58-QĐ/TW"; repeated mentions pool their fields."""
        ctx = self.ctx
        for h in self.hits:
            if h.end > h.start:
                h.doc.mentions.append(Span(ctx.tokens[h.start].start, ctx.tokens[h.end - 1].end))
        by_key: dict[str, DocumentMention] = {}
        order: list[str] = []
        full = [h.doc for h in self.hits if h.doc.symbol]
        for h in self.hits:
            doc = h.doc
            if doc.symbol is None and doc.number:
                target = next((f for f in full if f.number == doc.number and f.type == doc.type), None)
                if target is not None:
                    self._rekey(doc.key, target.key)
                    doc.key = target.key
            elif doc.symbol is None and doc.number is None:
                longer = _numbered_law(doc, full) or self._named_in_full(doc) or self._numbered_by_subject(doc, full)
                if longer is not None:
                    self._rekey(doc.key, longer.key)
                    doc.key = longer.key
            if doc.key not in order:
                order.append(doc.key)
        # Fields: a mention with the full symbol speaks first, then the others.
        for h in sorted(self.hits, key=lambda h: (h.doc.symbol is None, h.start)):
            doc = h.doc
            existing = by_key.get(doc.key)
            if existing is None:
                by_key[doc.key] = doc
                continue
            for field_ in ("type", "number", "date", "issuer", "title", "symbol", "system", "year"):
                if getattr(existing, field_) is None and getattr(doc, field_) is not None:
                    setattr(existing, field_, getattr(doc, field_))
            if existing.title and existing.title.isupper() and doc.title and not doc.title.isupper():
                existing.title = doc.title      # a header's capitals, cut at a line's end, yield to the text
            existing.adopted = existing.adopted or doc.adopted
            existing.surfaces.extend(s for s in doc.surfaces if s not in existing.surfaces)
            existing.mentions.extend(sp for sp in doc.mentions if sp not in existing.mentions)
        return [by_key[k] for k in order]

    def _named_in_full(self, doc: DocumentMention) -> DocumentMention | None:
        """"Quy chế phối hợp" after "Quy chế phối hợp giữa Ban Tuyên giáo …
        và Sở Văn hóa …": the one unnumbered document of that type whose
        name the short mention begins."""
        words = comparable(doc.key).split()
        if len(words) < 2:
            return None
        longer = {h.doc.key: h.doc for h in self.hits if h.doc.symbol is None and h.doc.number is None
                  and h.doc.type == doc.type and len(comparable(h.doc.key).split()) > len(words)
                  and comparable(h.doc.key).split()[:len(words)] == words}
        return next(iter(longer.values())) if len(longer) == 1 else None

    def _numbered_by_subject(self, doc: DocumentMention, full: list[DocumentMention]) -> DocumentMention | None:
        """"Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành
        chính cấp xã" in a headline is the "Nghị quyết số 1283/NQ-UBTVQH15 …
        về việc sắp xếp đơn vị hành chính cấp xã của tỉnh Thái Bình" of the
        body: one numbered document of that type whose subject begins so,
        or which the headline shortens ("Chỉ thị của Ban Thường vụ Tỉnh ủy
        về đại hội đảng bộ các cấp nhiệm kỳ 2025-2030" of "… các cấp tiến
        tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030")."""
        subject = _subject_words(doc.title or "", doc.type)
        if len(subject) < 4:
            return None
        same = {f.key: f for f in full if f.type == doc.type and (
            doc.issuer is None or f.issuer is None or _one_names_the_other(f.issuer.name, doc.issuer.name))
            and _shortened(subject, _subject_words(f.title or "", None))}
        return next(iter(same.values())) if len(same) == 1 else None

    def _rekey(self, old: str, new: str) -> None:
        for link in self.links:
            if link.source == old:
                link.source = new
            if link.target == old:
                link.target = new

    def _bounds(self, i: int) -> tuple[int, int]:
        return self.ctx.sentence_bounds(i)


# The level word of a place's Party organisation, by its committee's kind ("Đảng ủy xã X" names its own).
_COMMITTEE_LEVEL_WORDS = {"tinh-uy": "tỉnh ", "thanh-uy": "thành phố ", "huyen-uy": "huyện ", "quan-uy": "quận ",
                          "thi-uy": "thị xã "}
# The enacting words of a legal text's body.
_ENACTING = re.compile(r"^\s*(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|BAN HÀNH|KẾT LUẬN)\s*:", re.M)
# Level words before the place a congress's organisation is of.
_CONGRESS_LEVELS = {"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "tp"}
# Words that make a document type plural ("các quyết định", "hai nghị quyết").
_PLURAL_WORDS = {"các", "hai", "ba", "bốn", "năm", "những"}
# Words after a plural that point back to what the text named ("các quyết định nêu trên").
_BACK_WORDS = {"nêu", "trên", "này", "được", "đều", "đó"}
# Verbs by which a document ends another's force.
_SUPERSEDING = [("thay", "thế"), ("bãi", "bỏ")]
# The words before a document that say how the one before relates to it.
_LINEAGE = [(rel, tuple(p.split())) for rel, ps in (
    ("implements", ("thực hiện", "triển khai", "triển khai thực hiện", "hướng dẫn", "hướng dẫn thực hiện",
                    "hướng dẫn thi hành", "hướng dẫn thi hành một số điều của", "hướng dẫn thi hành một số quy định của",
                    "hướng dẫn một số điều của", "thực hiện một số điều của", "hướng dẫn thực hiện một số điều của",
                    "quy định chi tiết", "quy định chi tiết một số điều của",
                    "quy định chi tiết thi hành", "quy định chi tiết thi hành một số điều của",
                    "quy định chi tiết và hướng dẫn thi hành một số điều của", "cụ thể hóa", "quán triệt", "thi hành")),
    ("amends", ("sửa đổi , bổ sung", "sửa đổi", "sửa đổi , bổ sung một số điều của", "sửa đổi một số điều của",
                "bổ sung một số điều của")),
    ("replaces", ("thay thế", "thay thế cho"))) for p in ps]


_LAWS = {"luat", "bo-luat"}
# Words after "Luật" that begin no law's name (one may be lower case: "Luật tài nguyên, môi trường biển …").
_NOT_A_LAW_S_NAME = {"giao", "quy", "được", "có", "này", "đã", "sẽ", "mới", "cũ", "và", "cho", "đối", "về", "không",
                     "thì", "là", "nêu", "trên", "đó"}


def _numbered_law(doc: DocumentMention, full: list[DocumentMention]) -> DocumentMention | None:
    """"Luật Đất đai năm 2024", "Luật Đất đai" after "Luật Đất đai số
    31/2024/QH15": the one numbered law of that name (and of that year)."""
    if doc.type != "Luật" or not doc.title or doc.date is not None:
        return None     # (a law dated otherwise, "Luật Tổ chức Chính phủ ngày 25/12/2001", is an earlier one)
    name, _, year = comparable(doc.title).partition(" năm ")
    same = {f.key: f for f in full if f.type == "Luật" and f.title and comparable(f.title) == name
            and (not year or (f.year is not None and str(f.year) == year.strip()))}
    return next(iter(same.values())) if len(same) == 1 else None


def _nested(h: _Hit, top: list[_Hit]) -> bool:
    """Is the document named inside another's title ("Nghị định số 85/2023 sửa
    đổi, bổ sung một số điều của Nghị định số 115/2020 …")?"""
    return any(o.start < h.start and h.end <= o.end for o in top)


def _purpose_of(between: str) -> bool:
    """Do the words before a document end in "để" or "nhằm" and a lineage
    verb: the purpose of the one named before ("… để cụ thể hóa")?"""
    rel = _lineage_verb(between)
    if rel is None:
        return False
    keys = between.split()
    verb = max(len(p) for r, p in _LINEAGE if r == rel and tuple(keys[-len(p):]) == p)
    return len(keys) > verb and keys[-verb - 1] in ("để", "nhằm")


def _shortened(short: list[str], full: list[str]) -> bool:
    """Does ``short`` open as ``full`` does (four words) and keep the rest
    of its words in their order?"""
    if full[:4] != short[:4]:
        return False
    rest = iter(full[4:])
    return all(word in rest for word in short[4:])


def _one_names_the_other(a: str, b: str) -> bool:
    """"Ban Thường vụ Tỉnh ủy" and "Ban Thường vụ Tỉnh ủy Thanh Hóa": one body written shorter."""
    a, b = comparable(a), comparable(b)
    return a.startswith(b) or b.startswith(a)


def _same_sign_letters(a: DocumentMention, b: DocumentMention) -> bool:
    """Do two documents carry the same sign past their numbers ("-NQ/TW")?"""
    return bool(a.symbol and b.symbol) and _SIGN_NUMBER.sub("", a.symbol) == _SIGN_NUMBER.sub("", b.symbol)


def _from_sign(doc: DocumentMention) -> bool:
    """Is the document's issuer only what its sign's letters say ("BCA")?"""
    return doc.issuer is not None and bool(doc.symbol) and doc.issuer.surface in doc.symbol


def _lineage_verb(words: str) -> str | None:
    """"… hướng dẫn thi hành một số quy định của" -> implements."""
    keys = tuple(words.split())
    best = max(((len(p), rel) for rel, p in _LINEAGE if keys[-len(p):] == p), default=None)
    return best[1] if best else None


def _passive_lineage(keys: list[str]) -> str | None:
    """", được sửa đổi, bổ sung bởi", ", sau đó được UBND tỉnh thay thế bằng":
    the words between two documents say the second amends or replaces the first."""
    if len(keys) > 14 or "được" not in keys or ";" in keys or keys[-1:] not in (["tại"], ["bởi"], ["bằng"]):
        return None
    rel = _lineage_verb(" ".join(keys[keys.index("được") + 1:-1]))
    return rel if rel in ("amends", "replaces") else None


def _basis_line(text: str) -> bool:
    return text.lstrip(" -–•+").casefold().startswith("căn cứ")


def _past_term(ctx: ArticleContext, k: int, hi: int) -> int:
    """Past "khóa XV", "khóa 15", "nhiệm kỳ 2021-2026" after a body's name."""
    if k < hi and ctx.keys[k] in ("khóa", "nhiệm"):
        t = k + 1 + (ctx.keys[k] == "nhiệm" and k + 1 < hi and ctx.keys[k + 1] == "kỳ")
        while t < hi and (ctx.tokens[t].text.isdigit() or ctx.tokens[t].text.isupper() or ctx.keys[t] in ("-", "–")):
            t += 1
        return t if t > k + 1 else k
    return k


def _subject_words(title: str, doc_type: str | None) -> list[str]:
    """What a title is about, without its type word, issuer and "về (việc)"."""
    words = comparable(title).split()
    if doc_type and words[:len(doc_type.split())] == comparable(doc_type).split():
        words = words[len(doc_type.split()):]
    if "về" in words[:12] and (not words or words[0] in ("của", "về")):
        words = words[words.index("về"):]
    while words[:1] and words[0] in ("về", "việc"):
        words = words[1:]
    return words



def _drop_parenthetical_abbreviation(title: str) -> str:
    """"kế hoạch tiếp xúc cử tri (TXCT) trước ..." -> without "(TXCT)"."""
    import re
    return re.sub(r"\s*\([A-ZĐ&]{2,}\)", "", title)
