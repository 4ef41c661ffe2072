"""Persons and the posts the article gives them.

A name counts when something says it is a person: an honorific or rank
before it ("đồng chí", "ông", "Thượng tướng"), a title before it ("Bí thư
Tỉnh ủy Đỗ Trọng Hưng"), a title after it ("Lê Minh Hưng, Ủy viên Bộ Chính
trị"), or a list it continues ("các đồng chí: A, ...; B, ..."). Titles are
read before the name, after it, and after an appointment verb ("được bầu
giữ chức Chủ tịch UBND tỉnh").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from copy import copy, deepcopy
from dataclasses import dataclass, field, replace
from functools import cached_property

from .gazetteer import Lexicon, Role
from ..core.vntext import fold
from ..core.model import OrgParent, OrgRef, PersonMention, Position, Span
from .dates import find_dates
from .context import ArticleContext, ITEM_MARKS, Place
from .founding import COMMITTEE_ROLES, FoundedBody, body_listed_at, founded_bodies, listed_role, trailing_member
from .foreign import as_foreign, country_named_for, foreign_body_name, has_foreign_name
from .names import foreign_name_at, is_place_name, may_be_family_name, middle_named, name_at, unknown_family_name_at
from .orgs import AREA_COMMITTEE_KINDS, BARE_BODY_WORDS, BODY_HEADS, BUSINESS_HEADS, INSTITUTION_HEADS, OrgParser, \
    ParsedOrg
from .posts import PARTY_ROLES, WHEN_WORDS, Post, PostParser, gloss_start
from .signature import SignatureReader
from .words import BEFORE_A_TITLE, CHAIR_VERBS, DEGREE_ABBREVIATIONS, FORMER_WORDS, HONORIFIC_WORDS, HONORIFICS, \
    LONGEST_HONORIFIC, NUMBER_WORDS, RANKS, SPEAKER_VERBS, SURNAMES, degrees_start, has_phrase, persons_lead_at, \
    persons_lead_ending_at

_HONORIFICS: Lexicon[str] = Lexicon()
# "… qua các thời kỳ", "… các nhiệm kỳ" after a plural former title: those who held it over the years.
_OVER_THE_YEARS = [tuple(v.split()) for v in ("qua các thời kỳ", "các thời kỳ", "qua các nhiệm kỳ", "các nhiệm kỳ")]
# The verbs a body that is a clause's subject goes on with ("Ủy ban Kiểm tra Trung ương kết luận").
_CLAUSE_VERBS = [tuple(v.split()) for v in SPEAKER_VERBS + CHAIR_VERBS + ("thi hành", "xử lý", "quyết định")]
for _w in sorted(HONORIFICS):
    _HONORIFICS.add(_w, _w)
for _w in ("các ông, bà", "các ông bà", "các đại biểu", "gồm các đại biểu", "gồm các đồng chí",
           "gồm các ông, bà", "gồm các ông", "gồm các bà", "gồm"):
    _HONORIFICS.add(_w, _w)

_DEGREES: Lexicon[str] = Lexicon()
for _w in ("Thạc sĩ", "Tiến sĩ", "Cử nhân", "Kỹ sư", "Bác sĩ", "Dược sĩ", "Giáo sư", "Phó Giáo sư", "PGS.TS",
           "GS.TS", "TS", "ThS", "Tiến sỹ", "Thạc sỹ"):
    _DEGREES.add(_w, _w)
_SEPARATORS = {",", "-", "(", "–", "|"}      # "|": the cells of a table row ("1 | Nguyễn Văn A | Bí thư Tỉnh ủy")
# Nouns of places a list's header counts ("9 phường, xã", "các thôn"), and the
# other words such a header may hold up to its list ("… thuộc TP Vinh (cũ), gồm:").
_PLACE_NOUNS = {"tỉnh", "huyện", "quận", "thị", "xã", "phường", "thôn", "bản", "ấp", "làng", "tổ"}
_PLACE_HEADER_WORDS = {",", ".", "(", ")", "và", "thuộc", "cũ", "mới", "của", "gồm", "trấn", "phố", "sau", "đây"}
# Words after which a title opens a clause of its own ("Dự có Bộ trưởng …, Đại tướng X").
_CLAUSE_OPENERS = {"có", ":", ";", "gồm", "là", "với", "cùng", "tiếp", "do", "theo"}
# Boards a heading may name over a list of their members: the rows' titles are the host's.
_HEADING_BOARDS = {"ban-thuong-vu", "ban-chap-hanh", "doan-chu-tich", "ban-thuong-truc"}
_LEVEL_WORDS = {"tỉnh", "huyện", "xã", "phường", "quận", "tp", "phố", "thị", "trấn"}
# A commune's level words: two capitalised words after one are the commune ("phường Bàn Cờ").
_COMMUNE_WORDS = {"xã", "phường", "trấn"}
# After a name or its titles: a new post comes ("được bầu giữ chức ...").
_APPOINT = [tuple(p.split()) for p in (
    "giữ chức vụ", "giữ chức danh", "giữ chức", "được bầu làm", "được bầu giữ chức", "được bầu vào chức danh",
    "được bầu vào chức vụ", "được bổ nhiệm vào chức vụ", "được chỉ định làm",
    "được chỉ định giữ chức", "được bổ nhiệm làm", "được bổ nhiệm giữ chức", "được điều động giữ chức",
    "bổ nhiệm giữ chức vụ", "để bổ nhiệm giữ chức vụ", "đắc cử", "tái đắc cử", "trúng cử",
    "tiếp tục trúng cử", "tái cử", "làm", "được giao", "trở thành", "đều trở thành", "chính thức trở thành",
    "kiêm nhiệm chức vụ", "kiêm nhiệm", "kiêm giữ chức", "kiêm giữ chức vụ", "giữ cương vị",
    "đảm nhiệm chức vụ", "đảm nhiệm cương vị", "đảm nhận chức vụ", "đảm nhận cương vị",
    "được bổ nhiệm", "được bầu", "nhận nhiệm vụ", "nhận chức",
    "được suy cử làm", "được suy cử",      # (the Buddhist Sangha elects its officers by "suy cử")
    "vào vị trí", "vào chức vụ", "vào chức danh")]      # (the last seven: a title right after them; "bổ nhiệm ông A,
                                                       # Vụ trưởng …, vào vị trí Thứ trưởng Bộ Tư pháp")
_MINISTRY_ROLES = {"bo-truong", "thu-truong", "thu-truong-thuong-truc", "tro-ly-bo-truong", "thu-ky-bo-truong"}
# The heads of a board ("Ban"), never of a Party committee itself.
_BOARD_HEAD_ROLES = {"truong-ban", "pho-truong-ban", "pho-truong-ban-thuong-truc"}
# The Party's central leadership, whose members head only central boards.
_CENTRAL_LEADERSHIP = {"bo-chinh-tri", "ban-bi-thu"}
# Roles that run an organisation, never one of its boards.
_EXECUTIVE_ROLES = {"giam-doc", "pho-giam-doc", "tong-giam-doc", "pho-tong-giam-doc"}
# Heads of a body whose members a sentence counts ("UBKT … gồm 5 đồng chí, đồng chí A giữ chức Chủ nhiệm").
_HEADS_OF_A_COUNTED_BODY = {"chu-nhiem", "pho-chu-nhiem", "chu-tich", "pho-chu-tich", "truong-ban", "pho-truong-ban"}
# Officers a body elects from among its members at its first meeting, and the verbs of electing them.
_OFFICERS_ELECTED = {"chu-tich", "pho-chu-tich", "pho-chu-tich-thuong-truc", "chu-nhiem", "pho-chu-nhiem"}
_ELECTING = [tuple(v.split()) for v in ("bầu", "hiệp thương cử", "hiệp thương", "cử")]
# Heads of a unit, never of its Party committee ("Phó Hiệu trưởng, Phó Bí thư Đảng ủy trường": the school's).
_UNIT_HEAD_ROLES = _EXECUTIVE_ROLES | {"hieu-truong", "pho-hieu-truong", "vien-truong", "pho-vien-truong",
                                      "cuc-truong", "pho-cuc-truong", "vu-truong", "pho-vu-truong"}
_DELEGATION = "doan-dai-bieu-quoc-hoi"
# The boards a People's Council has by law (Luật Tổ chức chính quyền địa phương).
_COUNCIL_BOARDS = {"Ban Pháp chế", "Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã hội", "Ban Dân tộc", "Ban Đô thị"}
# what only the Assembly's deputies do, folded: a sitting, questions, debate, meeting voters
_SITTING = re.compile(r"ky hop|chat van|phien hop")
_COUNCIL_WORDS = ("hdnd", "hoi dong nhan dan")
# a People's Council's sitting, in folded text: "HĐND tỉnh X khai mạc kỳ họp", "Kỳ họp thứ 20 HĐND tỉnh"
_COUNCIL_SITTING = re.compile(r"(hdnd|hoi dong nhan dan)[^.\n]{0,40}(ky hop|phien|chat van)"
                              r"|(ky hop|phien hop|chat van)[^.\n]{0,25}(hdnd|hoi dong nhan dan)")
_ASSEMBLY_BUSINESS = ("ky hop", "phien hop toan the", "chat van", "thao luan to", "thao luan tai to",
                      "thao luan o to", "hoi truong", "tiep xuc cu tri", "txct")
_PLACE_GOVERNING_KINDS = {"uy-ban-nhan-dan", "hoi-dong-nhan-dan", "thuong-truc-hoi-dong-nhan-dan",
                          "uy-ban-mat-tran-to-quoc-viet-nam", "doan-dai-bieu-quoc-hoi"}
_ELECTED_KINDS = {"hoi-dong-nhan-dan", _DELEGATION}
# Honorifics a person named before is called back by, with the given name ("ông Hùng").
_CALLING_HONORIFICS = {"ông", "bà", "anh", "chị"}
_FRONT_COMMITTEE = "uy-ban-mat-tran-to-quoc-viet-nam"
# Grades of judges, prosecutors and their like: held in the court or procuracy, not in its unit.
_JUDICIAL_GRADES = ("tham-phan", "kiem-sat-vien", "dieu-tra-vien", "chap-hanh-vien", "hoi-tham")
_END_VERBS = [tuple(p.split()) for p in (
    "miễn nhiệm", "thôi giữ", "cho thôi", "bãi nhiệm", "cách chức", "thôi làm", "nghỉ hưu", "thôi tham gia")]
_END_FIRST = {p[0] for p in _END_VERBS}
# Verbs that confer the post named after them on the persons after "đối với".
_CONFERRING = sorted((tuple(p.split()) for p in (
    "bầu", "bầu bổ sung", "phê chuẩn kết quả bầu", "phê chuẩn", "bổ nhiệm", "bổ nhiệm lại", "chỉ định",
    "giữ chức", "kéo dài thời gian giữ chức", "chuẩn y", "điều động", "giao", "hiệp thương cử")),
    key=len, reverse=True)
_CONFERRING_FIRST = {p[0] for p in _CONFERRING}
# "Ông X là Thủ tướng": a current post.
_COPULA = [("là",), ("hiện là",), ("đang là",), ("giữ cương vị",), ("đảm nhận cương vị",), ("hiện giữ chức",)] + [
    tuple(p.split()) for p in ("đảm nhiệm cương vị", "đảm nhiệm chức vụ", "đảm nhận chức vụ")]
# Membership by a verb: "tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy X",
# "bổ sung ông A vào Ủy viên Ban Thường vụ", "trúng cử vào Ban Chấp hành …".
_JOIN = [tuple(p.split()) for p in ("tham gia", "vào", "trúng cử vào", "được bầu vào", "bầu bổ sung vào",
                                     "được bổ sung vào", "được chỉ định tham gia", "được cử tham gia")]
# What one is moved "để" (so as) to do that is taking up a post, not a purpose yet to come:
# "được điều động để nhận nhiệm vụ Phó Trưởng Ban Dân vận Tỉnh ủy".
_TAKING_UP = [tuple(p.split()) for p in ("nhận công tác", "nhận nhiệm vụ", "nhận chức", "đảm nhận")]
_POST_PHRASES = sorted([(p, True, False) for p in _APPOINT] + [(p, False, False) for p in _COPULA]
                       + [(p, True, True) for p in _JOIN], key=lambda x: -len(x[0]))
_POST_PHRASE_FIRST = {p[0] for p, _, _ in _POST_PHRASES}
# What may stand between a person and the verb that makes them a member.
_JOIN_GAP = {",", "được", "đã", "chỉ", "định", "bầu", "bổ", "sung", "cử", "tiếp", "tục", "tái", "trúng", "và",
             "điều", "động", "phân", "công", "hiệp", "thương", "ra", "lần", "đầu", "lại"}   # ("lần đầu được bầu vào")
_COUNCIL_BODIES = {"ban-chap-hanh-trung-uong-dang", "bo-chinh-tri", "ban-bi-thu", "uy-ban-kiem-tra-trung-uong",
                   "uy-ban-thuong-vu-quoc-hoi"}
# Bodies one is a member of without a title: councils and committees.
# The heads whose title names their body's kind: "Trưởng ban" heads a Ban, "Chủ tịch" a Hội đồng or an Ủy ban.
_HEADED_BODIES = {role: heads for roles, heads in (
    (("truong-ban", "pho-truong-ban", "pho-truong-ban-thuong-truc"), ("Ban ",)),
    (("chu-tich", "pho-chu-tich", "pho-chu-tich-thuong-truc"), ("Hội đồng ", "Ủy ban ")),
    (("to-truong", "to-pho"), ("Tổ ",))) for role in roles}
# Bodies a head's title never heads: a Ban has a Trưởng ban, a Bộ a Bộ trưởng, a Sở a Giám đốc.
_HEADED_BY_OTHERS = {"Ban ", "Bộ ", "Sở ", "Cục ", "Vụ "}


def _may_head(role: str, name: str) -> bool:
    """May a title of ``role`` written bare be of the body named ``name``?"""
    heads = _HEADED_BODIES.get(role)
    if heads is None:
        return True
    if heads == ("Ban ",):
        return name.startswith(heads)
    return not name.startswith(tuple(_HEADED_BY_OTHERS))


# The boards a body elects from its members.
_BOARD_KINDS = {"ban-chap-hanh", "ban-thuong-vu", "ban-thuong-truc"}
_COUNCIL_KINDS = {"ban-chap-hanh", "ban-thuong-vu", "ban-thuong-truc", "uy-ban-kiem-tra", "uy-ban-mat-tran-to-quoc-viet-nam",
                  "tinh-uy", "thanh-uy", "huyen-uy", "quan-uy", "thi-uy", "dang-uy", "ban-chap-hanh-dang-bo",
                  "dang-uy-quan-su", "dang-uy-khoi-cac-co-quan", "dang-uy-khoi-doanh-nghiep",
                  "dang-uy-khoi-co-quan-doanh-nghiep", "dang-uy-cac-co-quan-dang", "ban-can-su-dang", "dang-doan"}
_TERM_WORDS = {"khóa": None, "nhiệm": "kỳ", "giai": "đoạn"}     # (with the word after, if any)
# What may stand between two titles of one description ("Phó Chủ tịch, Chủ tịch HĐND tỉnh").
_TITLE_JOINERS = {",", "kiêm", "-", "và"}
# A Party committee's secretaries.
_SECRETARY_ROLES = {"bi-thu", "pho-bi-thu", "pho-bi-thu-thuong-truc", "bi-thu-thuong-truc"}
# Heads of a delegation, named by what the sentence says it is.
_DELEGATION_ROLES = {"truong-doan", "pho-truong-doan", "pho-truong-doan-thuong-truc"}
# Envoys: a state's representatives abroad.
_ENVOY_ROLES = {"dai-su", "tong-lanh-su"}
# Words between a list header's titles and its colon: "…, gồm các ông, bà:".
_LIST_LEADS = sorted((tuple(p.split()) for p in (
    "gồm các ông , bà", "gồm các ông bà", "gồm các ông/bà", "gồm các đồng chí", "gồm các ông", "gồm các bà",
    "gồm các đại biểu", "gồm", "là các đồng chí", "là các ông , bà", "là", "có", "gồm các chị", "gồm các anh",
    "còn có các ông , bà", "còn có các đồng chí", "còn có",
    "gồm các anh , chị", "có các đồng chí", "có các ông , bà", "có các ông", "có các bà")), key=len, reverse=True)

# Words that announce the list itself after its header's count: "gồm 6 vị, cụ thể:".
_SPELLED_OUT = [tuple(p.split()) for p in (", cụ thể", "cụ thể", ", như sau", "như sau")]

# Verbs that give a post, written passive after a list's plural title.
_APPOINTING = [tuple(v.split()) for v in ("bầu", "bổ nhiệm", "phê chuẩn", "chỉ định", "điều động", "bầu bổ sung")]
# Words naming the leaders of a body before a list of them: "Lãnh đạo Sở Y tế gồm: A (Giám đốc), B".
_LEADERSHIP_WORDS = [tuple(p.split()) for p in ("đại diện lãnh đạo", "ban lãnh đạo", "lãnh đạo", "ban giám đốc",
                                                  "ban giám hiệu", "ban chỉ huy", "đại diện")]
# Prepositions that make the title after them an object, not a header ("Bên cạnh Thủ tướng là …").
_OBJECT_PREPOSITIONS = {"cạnh", "với", "của", "theo", "sau", "trước", "tới", "đến"}
# Words before the title of the one a person acts for ("Thay mặt Thủ tướng",
# "Thừa ủy quyền của Chủ tịch nước", "Thừa lệnh Bộ trưởng").
_ON_BEHALF_OF = {("thay", "mặt"), ("quyền", "của"), ("thừa", "lệnh"), ("ủy", "quyền"), ("thừa", "ủy")}
# Verbs of speaking to someone: "Báo cáo với <titles>, <name>": the titles are not the name's.
_SPOKEN_TO = [tuple(v.split()) for v in ("báo cáo", "trao đổi", "chia sẻ", "nói", "trả lời", "giải trình",
                                          "tâm sự", "bày tỏ", "thưa")]
# Words that open a sentence or clause naming the side whose persons follow
_SIDE_LEADS = [tuple(p.split()) for p in ("về phía", "phía", "đại diện lãnh đạo", "đại diện")]
_SIDE_FIRST_WORDS = {w[0] for w in _SIDE_LEADS}
# What closes the lead of a delegation's head: "… do đồng chí A, <post> làm trưởng đoàn" or "dẫn đầu".
_DELEGATION_HEAD_VERBS = [tuple(p.split()) for p in ("làm trưởng đoàn", "dẫn đầu")]
# the kinds of a group written in lower case mid-sentence ("đoàn công tác", "đoàn kiểm tra")
_DELEGATION_KINDS = {tuple(p.split()) for p in ("công tác", "đại biểu", "kiểm tra", "giám sát", "khảo sát",
                                                "thanh tra", "liên ngành")}


def _an_event_s_organisers(post: Post, posts: list[Post]) -> bool:
    """Is a bare "Ban Tổ chức" said among state titles only the organising
    committee of an event ("Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức"), not
    the Party's organisation commission (which a Party title beside it calls:
    "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức")?"""
    others = [p for p in posts if p is not post]
    return post.org.kind is not None and post.org.kind.slug == "ban-to-chuc" and bool(others) and not any(
        p.role.slug in PARTY_ROLES or (p.org is not None and (
            p.org.is_party_committee or p.org.open_committee
            or (p.org.host is not None and p.org.host.is_party_committee))) for p in others)


def _a_business_s(name: str) -> bool:
    """Is the body a business, or its union or Party committee ("Công đoàn Công ty TNHH …", "Đảng ủy Tổng công ty …")?"""
    return name.startswith(BUSINESS_HEADS) or any(f" {head} " in name for head in BUSINESS_HEADS)


def _a_standing_member_under_a_secretary_s_header(head: Post, posts: list[Post]) -> bool:
    """Is an item that names itself a member of a standing committee listed on past a header of the
    committee's secretaries ("các đồng chí Phó Bí thư Tỉnh ủy: A, Chủ tịch HĐND tỉnh; B, …; C, Ủy viên
    BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy")? A secretary is never introduced as a member only."""
    return head.role.slug in _SECRETARY_ROLES and any(
        p.role.slug == "uy-vien" and p.org is not None and p.org.ref.name.startswith("Ban Thường vụ") for p in posts)


@dataclass
class _Found:
    name: str
    start: int
    end: int
    posts: list[Post] = field(default_factory=list)
    appointed: list[Post] = field(default_factory=list)
    after: int = 0            # token after the name and the titles written after it
    described: bool = False   # titles were written with the name
    plural: bool = False      # its titles before it are plural ("các Phó Bí thư A và B")


class PersonFinder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.orgs = OrgParser(ctx)
        self.posts = PostParser(ctx, self.orgs)
        self.org_parents: list[OrgParent] = []
        self._each_body_head: dict[int, str] = {}       # a title shared by several bodies' heads: its bodies' head

    # ---------------------------------------------------------- scanning
    def _sentence_bounds(self, i: int) -> tuple[int, int]:
        return self.ctx.sentence_bounds(i)

    def _honorific_before(self, i: int, lo: int) -> bool:
        ctx = self.ctx
        j = i - 1 if i - 1 >= lo and ctx.keys[i - 1] == ":" else i
        for k in range(1, LONGEST_HONORIFIC + 1):
            if j - k < lo:
                break
            hit = ctx.match(_HONORIFICS, j - k)
            if hit and hit[0] == k:
                return True
        return self._degrees_before(i, lo)

    def _degrees_before(self, i: int, lo: int) -> bool:
        """Academic and professional degrees joined by dots right before a
        name ("TS.BS", "ThS.BSCKII", "PGS.TS.BS"): a person is named."""
        return degrees_start(self.ctx.keys, i, lo) < i

    def _name_at(self, i: int, hi: int, foreign: bool) -> int | None:
        end = name_at(self.ctx, i, hi)
        if end is None and foreign and (fold(self.ctx.tokens[i].text) in self.ctx.foreign_place_names
                                        or fold(self.ctx.tokens[i].text) in self.ctx.place_names):
            return None     # "Thị trưởng Busan | Park Heong-joon" where the text names "TP Busan": a place's name
        if end is None and foreign:
            # the longer reading: "A Pang Thuấn" is a highland name, not a foreign "A Pang"
            end = max((e for e in (foreign_name_at(self.ctx, i, hi), unknown_family_name_at(self.ctx, i, hi))
                       if e is not None), default=None)
        return end

    def _one_description(self, post: Post, nxt: Post, name: Span) -> bool:
        """Do two titles of a person read as one description, the later one's
        body shared by both: "Phó Chủ tịch, Chủ tịch HĐND tỉnh", "Phó Giám
        đốc Công ty, được bổ nhiệm giữ chức Giám đốc Công ty cổ phần X"? Not a title
        before the name and a role after it ("Thứ trưởng A làm Trưởng đoàn")."""
        ctx = self.ctx
        if ctx.tokens[post.end - 1].end <= name.start < ctx.tokens[nxt.start].start:
            return False
        between = ctx.keys[post.end:nxt.start]
        return set(between) <= _TITLE_JOINERS or (
            "," in between and self._after_appointing_verb(nxt.start, post.end + between.index(",") + 1))

    def _title_before(self, i: int, lo: int) -> list[Post]:
        """Titles written just before the name at token i, nearest last."""
        ctx = self.ctx
        chain: list[Post] = []
        end = term = gloss_start(ctx, self._term_before(i, lo), lo)
        # "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, đồng chí A": past the honorific
        honorific = next((n for n in range(LONGEST_HONORIFIC, 0, -1)
                          if end - n > lo and ctx.match(_HONORIFICS, end - n)
                          and ctx.match(_HONORIFICS, end - n)[0] == n), 0)
        if honorific and ctx.keys[end - honorific - 1] == ",":
            end -= honorific + 1
        elif honorific and " ".join(ctx.keys[end - honorific:end]) in RANKS:
            end -= honorific    # "Chủ nhiệm Tổng cục Chính trị Đại tướng Trịnh Văn Quyết": titles, rank, name
        seat = self._envoy_s_seat_before(end, lo) if not honorific and end == i else None
        if seat is not None:
            end = seat          # "Tổng Lãnh sự Lào tại Vinh Sengphet Inthavong": the envoy, the seat, the name
        dashed = not honorific and end == i and end - 1 > lo and ctx.keys[end - 1] in ("-", "–")
        if dashed or (not honorific and end == i and end - 2 > lo and ctx.keys[end - 2:end] == ["tp", "."]):
            end -= 1            # "Phó Chủ tịch UBND tỉnh - Võ Tấn Đức chủ trì": titles, a dash, the name; "Chủ
            #                     tịch HĐND TP. Ngô Xuân Lộc": the city's abbreviation ends with its dot
        starts = self.posts.starts()
        term_end = end
        while end > lo:
            best = None
            for j in starts[bisect_left(starts, max(lo, end - 30)):bisect_left(starts, end)]:
                if not ctx.tokens[j].is_word:
                    continue
                post = self.posts.parse(j, end)
                if post and post.end == end:
                    best = post
                    break
            if best is None or (not chain and best.org is not None and end == i and self._body_runs_into_name(best, i)):
                break           # "Hiệu trưởng Trường Đại học Nông Lâm": the name is the school's
            # "tân", "nguyên" before the title
            start = best.start
            while start - 1 >= lo and ctx.keys[start - 1] in BEFORE_A_TITLE:
                start -= 1
            if chain and _is_foreign(best) and not _is_foreign(chain[0]):
                break          # "Tiếp Đại sứ Maroc, Chủ tịch nước X": not X's title
            if chain and start - 2 >= lo and tuple(ctx.keys[start - 2:start]) == ("chúc", "mừng"):
                break          # "chúc mừng tân Thứ trưởng, Phó Thủ tướng X": the one X congratulates
            if chain and ctx.keys[best.end] == "," and self._addressed(start, lo):
                break          # "Trình bày báo cáo với Bộ trưởng, Chủ tịch UBND tỉnh X": the one X reports to
            if chain and start - 2 >= lo and tuple(ctx.keys[start - 2:start]) in _ON_BEHALF_OF:
                break          # "Thay mặt Thủ tướng, Phó Thủ tướng X", "Thừa ủy quyền của Chủ tịch nước, …":
                #                the one X stands for (named, "… của Chủ tịch nước Y, …", the title is Y's)
            if chain and chain[0].start - 1 >= lo and ctx.keys[chain[0].start - 1] == "các" \
                    and not _a_membership(best):
                break          # "Bí thư Tỉnh ủy, các Phó Bí thư: A, B": the head is someone else
            chain.insert(0, best)
            if end < term_end:
                self._skip_term(end, term_end, best)
            term_end = end
            if start - 1 >= lo and ctx.keys[start - 1] in (",", "-", "kiêm"):
                end = start - 1     # ("Phó Trưởng Ban Tổ chức Trung ương kiêm Cục trưởng Cục … A")
                term_end, end = end, self._term_before(end, lo)
                continue            # ("Ủy viên Trung ương Đảng khóa XIV, Bí thư Tỉnh ủy A": the term, the earlier title's)
            if len(chain) == 1 and start - 2 > lo and ctx.keys[start - 1] == "các" and ctx.keys[start - 2] == ",":
                end = start - 2     # "Ủy viên Trung ương Đảng, các Phó Thủ tướng: A, B": a membership they share
                continue
            break
        if not chain and end == i and not honorific:
            return self._title_of_a_unit_before(i, lo)
        if (honorific or dashed) and chain and not self._opens_clause(chain[0].start, lo):
            return []          # "A, Chủ tịch Quốc hội, đồng chí B", "A, Chủ tịch Quốc hội - B": those titles are A's
        if honorific and chain and self._addressed(chain[0].start, lo):
            return []          # "Báo cáo với Phó Thủ tướng, đồng chí B cho biết": the one B reports to
        if chain and term < i:
            self._skip_term(term, i, chain[-1])     # "Phó Thủ tướng nhiệm kỳ 2021-2026 X": the title's term
        return chain

    def _envoy_s_seat_before(self, i: int, lo: int) -> int | None:
        """Where "tại <city>" begins when an envoy's title and its seat are
        written right before the name at token i."""
        ctx = self.ctx
        at = next((t for t in range(i - 2, max(lo, i - 5), -1) if ctx.keys[t] == "tại"), None)
        if at is None or not all(ctx.tokens[t].is_word and ctx.tokens[t].is_capitalised for t in range(at + 1, i)):
            return None
        envoy = self._title_ending_at(at, max(lo, at - 12))
        return at if envoy is not None and envoy.role.slug in _ENVOY_ROLES else None

    def _title_ending_at(self, k: int, lo: int) -> Post | None:
        """The title that ends at token k, begun at token lo or after, the
        earliest beginning first."""
        starts = self.posts.starts()
        return next((p for j in starts[bisect_left(starts, lo):bisect_left(starts, k)]
                     if (p := self.posts.parse(j, k)) is not None and p.end == k), None)

    def _title_of_a_unit_before(self, i: int, lo: int) -> list[Post]:
        """"Vụ trưởng Vụ Pháp chế, Bộ Tư pháp Nguyễn Văn An": a title of a
        unit, a comma and the unit's parent body, then the name."""
        ctx = self.ctx
        for comma in range(i - 2, max(lo, i - 12), -1):
            if ctx.keys[comma] != ",":
                continue
            if not ctx.tokens[comma + 1].is_capitalised or name_at(ctx, comma + 1, i) is not None:
                return []       # (a list of names: "A, B")
            parent = self.orgs.parse(comma + 1, i)
            if parent is None or parent.end != i:
                continue        # a comma inside the parent's name ("…, Bộ Văn hóa, Thể thao và Du lịch A")
            post = self._title_ending_at(comma, max(lo, comma - 20))
            if post is None or post.org is None or post.org.kind is not None or post.org.body is not None \
                    or not self._opens_clause(post.start, lo):
                return []       # (only a unit's title: "Giám đốc Sở Y tế, Bộ Y tế A" names two bodies)
            self._add_parent(post.body, parent.ref, parent)
            return [post]
        return []

    def _addressed(self, start: int, lo: int) -> bool:
        """Are titles beginning at ``start`` those of the one spoken to ("Báo
        cáo với Chủ tịch Quốc hội, Trung tá A, …", "Trao đổi với Bộ trưởng,
        ông B …"), not of the speaker named after them?"""
        ctx = self.ctx
        t = start
        while t > lo and ctx.keys[t - 1] in BEFORE_A_TITLE:
            t -= 1
        return t - 1 > lo and ctx.keys[t - 1] == "với" and any(
            tuple(ctx.keys[t - 1 - len(verb):t - 1]) == verb for verb in _SPOKEN_TO)

    def _opens_clause(self, start: int, lo: int) -> bool:
        """Do titles beginning at ``start`` open a clause, rather than follow
        a name or sit inside a body's name ("Bộ Tư lệnh Quân khu 5")?"""
        ctx = self.ctx
        t = start
        while t > lo and ctx.keys[t - 1] in BEFORE_A_TITLE:
            t -= 1
        if t == lo or ctx.keys[t - 1] in _CLAUSE_OPENERS:
            return True         # "Dự hội nghị có Bộ trưởng Bộ Quốc phòng, Đại tướng X"
        if ctx.keys[t - 1] == "và" and any(name_at(ctx, u, t - 1) == t - 1 for u in range(max(lo, t - 6), t - 1)):
            return True         # "có Thứ trưởng X Vũ Thị Hải Yến và Vụ trưởng Vụ Y, Bộ X Chu Đức Mạnh"
        if ctx.keys[t - 1] != ",":
            return False
        # (nor titles that go on a name's description: "A, Ủy viên Ban Thường vụ Đảng ủy khối X, Bí thư
        # Đảng ủy, đồng chí B", however much of it was read as titles)
        for c in range(t - 1, max(lo, t - 30) - 1, -1):
            if ctx.keys[c] in _CLAUSE_OPENERS:
                return True
            if ctx.keys[c] == "," and any(name_at(ctx, u, c) == c or foreign_name_at(ctx, u, c) == c
                                          for u in range(max(lo, c - 6), c)):
                return False
        return True

    def _term_before(self, i: int, lo: int) -> int:
        """Start of "nhiệm kỳ 2021-2026" or "khóa XV" written right before
        token i (between a title and a name), else i."""
        ctx = self.ctx
        if i - 2 >= lo and ctx.keys[i - 1] in ("mới", "này") and ctx.keys[i - 2] in ("khóa", "kỳ"):
            return i - 2 if ctx.keys[i - 2] == "khóa" else i - 3     # "khóa mới", "nhiệm kỳ mới"
        for t in range(i - 1, max(lo, i - 7) - 1, -1):
            if ctx.keys[t] in _TERM_WORDS:
                return t if self._skip_term(t, i) == i else i
            if not (ctx.tokens[t].text.isdigit() or ctx.tokens[t].text.isupper() or ctx.keys[t] in ("kỳ", "-")):
                return i
        return i

    def _after_appointing_verb(self, k: int, lo: int) -> bool:
        """Does a verb that confers a post end right before token k?"""
        ctx = self.ctx
        return any(k - len(v) >= lo and tuple(ctx.keys[k - len(v):k]) == v for v in _APPOINT)

    def _passive_subject(self, found: list[_Found], start: int, lo: int) -> _Found | None:
        """The subject of "A (đã) được <agent> bổ nhiệm …" when the agent's
        titles and name begin at ``start``."""
        ctx = self.ctx
        t = start
        while t > lo and ctx.keys[t - 1] in HONORIFIC_WORDS:
            t -= 1
        if t <= lo or ctx.keys[t - 1] != "được":
            return None
        earlier = [f for f in found if lo <= f.start < t]
        return earlier[-1] if earlier else None

    def _name_after_whole_title(self, post: Post, hi: int) -> bool:
        """A name starts right where the title, read to its full length,
        ends ("Phó Bí thư Huyện ủy Đồng Văn | Tạ Văn Khiêm")."""
        whole = self.posts.parse(post.start, hi)
        return whole is not None and name_at(self.ctx, whole.end, hi) is not None

    def _title_runs_on(self, post: Post, i: int, hi: int) -> bool:
        """Does the title before token i go on past it when the sentence is
        not cut there ("Chủ tịch Hội Thầy thuốc trẻ Việt Nam", "Hiệu trưởng
        Trường Đại học Phú Điền")? Then no name starts at i."""
        whole = self.posts.parse(post.start, hi)
        return whole is not None and whole.body is not None and whole.end > i

    def _appositive(self, e: int, hi: int, untitled: bool = False) -> tuple[list[Post], int]:
        """Titles after a name: ", Ủy viên Bộ Chính trị, Thủ tướng Chính phủ". After a name
        with no title before it (``untitled``), a business's name runs on over words that look
        like a name ("bà A, Giám đốc Công ty TNHH Du lịch Hạ Long Xanh phát biểu")."""
        ctx = self.ctx
        posts: list[Post] = []
        name_end, e = e, self._skip_aside(e, hi)
        if e >= hi:
            return posts, e
        if ctx.keys[e] not in _SEPARATORS and not (e > name_end and ctx.keys[e] == ")"):
            # "Đồng chí A ủy viên BCH TW Đảng, Bí thư Tỉnh ủy": no comma before a lowercase title
            post = self.posts.parse(e, hi) if ctx.tokens[e].is_word and not ctx.tokens[e].is_capitalised else None
            if post is None or post.body is None or self._name_follows(post.end, hi):
                return posts, e
            e -= 1          # read it as if a comma stood before it
        in_parens = ctx.keys[e] == "("
        in_table = ctx.keys[e] == "|"      # "1 | Name | post | new post": every cell of the row
        k = self._past_age(e + 1, hi) if in_parens or ctx.keys[e] == "," else e + 1
        former = False
        while k < hi:
            k = self._skip_degree(k, hi)
            if in_table and (group := ctx.match(ctx.gaz.ethnic_groups, k)) and ctx.keys[k + group[0]:k + group[0] + 1] == ["|"]:
                k += group[0] + 1       # "2 | Lường Thị Ỏn | Thái | Phó Chủ tịch | …": the ethnic group's cell
                continue
            post = self.posts.parse(k, hi)
            if post is None and in_parens and not posts:
                post = self._deputy_by_delegation(k, hi) or self._deputy_by_council_group(k, hi)
                #       "đại biểu A (Đoàn ĐBQH tỉnh X)", "… B (Tổ đại biểu huyện Y) chất vấn"
            if post is None:
                org = self.orgs.parse(k, hi) if posts else None
                last = posts[-1] if posts else None
                if org and last is not None and last.body is None and not last.implied_kind \
                        and last.role.slug not in PARTY_ROLES and not self._name_follows(org.end, hi):
                    last.org = org      # "Trợ lý Cán bộ, Phòng Chính trị": the body after a bare title
                    self._add_ancestry(org)
                    k = org.end
                elif org and last is not None and last.body is not None and not self._name_follows(org.end, hi):
                    if self._subject_after_a_topic(name_end, org, hi):
                        break   # "Đối với đồng chí A, Phó Tổng Giám đốc Tổng công ty X, Ủy ban Kiểm tra kết luận"
                    if last.org is not None and last.org.open_committee and not org.is_party_committee:
                        # "Trưởng Ban Tổ chức - Kiểm tra, LĐLĐ tỉnh": that organisation's board, not the Party's
                        last.org = ParsedOrg(last.org.end, replace(last.org.ref, kind=""))
                    if last.org is None or last.org.kind is None or _command_of_its_region(last.org, org):
                        self._add_parent(last.body, org.ref, org)
                    k = org.end
                else:
                    break
            else:
                if self._name_follows(post.end, hi) and self._principal_named(post):
                    # "ông A, Thư ký Phó Thủ tướng Mạc Đình Khôi": the name is the principal's
                    posts.append(post)
                    k = name_at(self.ctx, post.end, hi) or foreign_name_at(self.ctx, post.end, hi)
                    if k < hi and ctx.keys[k] in (",", "-", "–"):
                        k += 1
                        continue
                    break
                if self._name_follows(post.end, hi) and not (untitled and self._run_business_name_on(post, hi)):
                    break          # the title of the next person
                former = former or post.former
                post.former = former
                posts.append(post)
                if post.org:
                    self._add_ancestry(post.org)
                k = post.end
            k = self._skip_term(k, hi, posts[-1] if posts else None)
            k = self._parent_in_aside(k, hi, posts[-1] if posts else None)
            if k < hi and ctx.keys[k] == "kiêm" and posts:
                posts[-1].joined = posts[-1].org is None
                k += 1
                while k < hi and (ctx.keys[k] in ("nhiệm", "giữ", "chức") or (
                        ctx.raw[k] == "vụ" and ctx.keys[k - 1] == "chức")):
                    k += 1      # "kiêm nhiệm chức vụ Trưởng Ban …" (not "kiêm Vụ trưởng Vụ …")
                continue
            if k < hi and (ctx.keys[k] in (",", "-", "–") or (in_table and ctx.keys[k] == "|")):
                former = former and ctx.keys[k] != "|"      # a cell's "nguyên" ends with the cell
                k += 1
                continue
            if posts and (posts[-1].body or posts[-1].implied_kind) and self._next_title_without_comma(k, hi):
                continue    # "Tỉnh ủy viên Giám đốc Sở Y tế": the comma left out between two whole titles
            if posts and not in_parens and k < hi and ctx.keys[k] == "(" and (
                    aside := self.posts.parse(k + 1, hi)) is not None and not aside.former \
                    and ctx.keys[k + 1] not in FORMER_WORDS \
                    and ctx.keys[aside.end:aside.end + 1] == [")"]:
                # "…, nguyên Trưởng ban Dân vận Trung ương (Phó trưởng ban Thường trực)": the post held
                # now, in parentheses after the former ones
                posts.append(aside)
                k = aside.end + 1
                continue
            if posts and not (in_parens or in_table) and k < hi and ctx.keys[k] == ";" \
                    and self._titles_go_on(k + 1, hi):
                k += 1      # "A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh; B, …": A's titles go on
                continue
            if in_parens and k < hi and ctx.keys[k] == ")":
                k += 1
                in_parens = False
                if k + 1 < hi and ctx.keys[k] in (",", "-", "–") and self.posts.parse(k + 1, hi) is not None:
                    k += 1      # "đại biểu A (Đoàn ĐBQH tỉnh X), Trưởng Ban Kiểm phiếu"
                    continue
            break
        return posts, k

    def _subject_after_a_topic(self, name_end: int, org: ParsedOrg, hi: int) -> bool:
        """Is ``org``, after the titles of a name the sentence put in a fronted
        topic ("Đối với đồng chí A, …", "Xem xét … đối với ông A, …"), the
        subject of the main clause: a body its verb follows?"""
        ctx = self.ctx
        lo, _ = self._sentence_bounds(name_end - 1)
        topic = any(ctx.keys[t:t + 2] == ["đối", "với"] for t in range(lo, name_end))
        return topic and org.end < hi and (ctx.keys[org.end] in ("đã", "vừa", "đang", "sẽ")
                                           or any(tuple(ctx.keys[org.end:org.end + len(v)]) == v for v in _CLAUSE_VERBS))

    def _subject_after_a_fronted_phrase(self, lo: int, i: int, after: int, hi: int) -> bool:
        """"Đối với đồng chí A, Phó Bí thư Thường trực Thành ủy đề nghị …",
        "Ngoài ông A, Thủ tướng cũng thi hành kỷ luật …": a name in a phrase
        that opens the sentence, then titles running straight into a verb at
        ``after``: the titles are the main clause's subject, not the name's."""
        keys = self.ctx.keys
        fronted = keys[lo] == "ngoài" or keys[lo:lo + 2] in (["đối", "với"], ["cùng", "với"], ["bên", "cạnh"])
        return fronted and i - lo <= 5 and "," not in keys[lo:i] and after < hi and self.ctx.tokens[after].is_word \
            and not self.ctx.tokens[after].is_capitalised and keys[after] not in ("và", "kiêm", "cùng")

    def _next_title_without_comma(self, k: int, hi: int) -> bool:
        """Does a capitalised title of a named body start at token k, right
        after a whole title, and end before a name or a separator?"""
        if k >= hi or not self.ctx.tokens[k].is_capitalised:
            return False
        post = self.posts.parse(k, hi)
        return post is not None and post.body is not None and not post.former \
            and not self._name_follows(post.end, hi)

    def _next_titles_start(self, k: int, hi: int) -> bool:
        """Does a title at token k run into the next person's name?"""
        post = self.posts.parse(k, hi) if k < hi else None
        return post is not None and self._name_follows(post.end, hi)

    def _titles_go_on(self, k: int, hi: int) -> bool:
        """After a ";", a title of a body with no name before or after it up to
        the next ";" or the sentence's end: the titles of the person before go
        on. "Thường trực HĐND tỉnh" there is the council's standing board, a
        group invited in its own right."""
        post = self.posts.parse(k, hi)
        if post is None or post.body is None or post.former or post.role.slug == "thuong-truc" \
                or self._name_follows(post.end, hi):
            return False
        stop = next((t for t in range(post.end, hi) if self.ctx.keys[t] == ";"), hi)
        return not any(self._name_at(t, stop, foreign=False) for t in range(post.end, stop)
                       if self.ctx.tokens[t].is_capitalised)

    def _assembly_deputy_from(self, k: int, hi: int) -> bool:
        """"đại biểu Trần Văn A (Hải Phòng)" in a report on the National
        Assembly: a deputy named with the province that elected them. In
        the report of a sitting or of deputies meeting voters, every
        "đại biểu A" is one."""
        ctx = self.ctx
        if self._assembly_sitting:
            return True
        if k + 2 >= hi or ctx.keys[k] != "(":
            return False
        place = ctx.place_at(k + 1, hi)
        return place is not None and place[1].level == "province" and place[0] < hi and ctx.keys[place[0]] == ")" \
            and self._about_the_assembly

    @cached_property
    def _about_the_assembly(self) -> bool:
        """Does the text report on the National Assembly, and on no sitting of
        a People's Council (the Assembly's deputies may chair councils:
        "Đại biểu A, Phó Chủ tịch HĐND tỉnh X, nêu câu hỏi")?"""
        text = fold(self.ctx.doc.text)
        return text.count("quoc hoi") >= 2 and _COUNCIL_SITTING.search(text) is None

    @cached_property
    def _council_in_session(self) -> ParsedOrg | None:
        """The People's Council whose sitting or questioning the text
        reports, when it reports no Assembly business: the first one named
        with its place. Its deputies are called "đại biểu A"."""
        text = fold(self.ctx.doc.text)
        sittings = [m.end() for m in _SITTING.finditer(text)]
        if self._about_the_assembly or not sittings or (
                any("quoc hoi" in text[s:s + 40] for s in sittings)
                and not any(c in text[s:s + 50] for s in sittings for c in _COUNCIL_WORDS)):
            return None         # (the Assembly's: "trước kỳ họp thứ 6, Quốc hội khóa XIV", no council's named)
        return next((c for c in self._councils(0, len(self.ctx.tokens)) if not c.open_level), None)

    def _councils(self, lo: int, hi: int) -> list[ParsedOrg]:
        """The People's Councils named between tokens lo and hi."""
        ctx = self.ctx
        return [c for t in range(lo, hi) if ctx.raw[t] in ("HĐND", "Hội") and (c := self.orgs.parse(t, hi)) is not None
                and c.kind is not None and c.kind.slug == "hoi-dong-nhan-dan"]

    @cached_property
    def _assembly_sitting(self) -> bool:
        """Does the text report a sitting of the National Assembly, its
        deputies' debate or their meeting with voters?"""
        text = fold(self.ctx.doc.text)
        return self._about_the_assembly and any(w in text for w in _ASSEMBLY_BUSINESS)

    def _deputy_by_delegation(self, k: int, hi: int) -> Post | None:
        """A delegation of the National Assembly named in parentheses after a
        name: the person is a deputy of the Assembly."""
        end = self._province_s_delegation(k, hi)
        if end is None:
            org = self.orgs.parse(k, hi)
            if org is None or org.kind is None or org.kind.slug != _DELEGATION:
                return None
            end = org.end
        return Post(k, end, self.ctx.gaz.role_by_slug["dai-bieu"], None,
                    implied=self.orgs.known_body("Quốc hội", k))

    def _deputy_by_council_group(self, k: int, hi: int) -> Post | None:
        """A council's group of deputies named in parentheses after a name
        ("(Tổ đại biểu huyện Tương Dương)"), in a story about the council's
        sitting: the person is one of its deputies."""
        ctx = self.ctx
        if ctx.keys[k:k + 3] != ["tổ", "đại", "biểu"] or self._council_in_session is None:
            return None
        end = next((t for t in range(k + 3, hi) if ctx.keys[t] == ")"), None)
        if end is None:
            return None
        return Post(k, end, ctx.gaz.role_by_slug["dai-bieu"], deepcopy(self._council_in_session))

    def _province_s_delegation(self, k: int, hi: int) -> int | None:
        """"(đoàn Đồng Tháp)", "(đoàn TP Hồ Chí Minh)": a province's delegation
        of the Assembly, as the Assembly's reports write it; where it ends."""
        ctx = self.ctx
        if ctx.keys[k] != "đoàn" or ctx.tokens[k].is_capitalised:
            return None
        closed = self._province_closed(k + 1, hi)
        return closed[0] if closed else None

    def _province_closed(self, k: int, hi: int) -> tuple[int, Place] | None:
        """A Vietnamese province named at token k and closed by a parenthesis
        right after it: the parenthesis's token and the province."""
        place = self.ctx.place_at(k, hi)
        if place is None or place[1].level != "province" or place[1].country is not None \
                or self.ctx.keys[place[0]:place[0] + 1] != [")"]:
            return None
        return place

    def _skip_aside(self, e: int, hi: int) -> int:
        """Past a parenthesis after a name that holds no title: "bà A (sinh
        năm 1979, quê xã B), Giám đốc Sở …"."""
        ctx = self.ctx
        if e < hi and ctx.keys[e] == "(" and self.posts.parse(e + 1, hi) is None \
                and self._deputy_by_delegation(e + 1, hi) is None:
            close = next((t for t in range(e + 1, min(hi, e + 25)) if ctx.keys[t] == ")"), None)
            if close is not None and close + 1 < hi and ctx.keys[close + 1] in (",", "-", "–"):
                return close + 1
            if close is not None and self._next_title_without_comma(close + 1, hi):
                return close    # "Ông A (SN 1964) Giám đốc Sở Thông tin và Truyền thông": no comma after it
        return e

    def _past_aside(self, k: int, hi: int) -> int:
        """Past a parenthesis after a person's titles that holds none ("(84/85
        phiếu)", "(sinh năm 1975)")."""
        ctx = self.ctx
        if k >= hi or ctx.keys[k] != "(":
            return k
        close = next((t for t in range(k + 1, min(hi, k + 15)) if ctx.keys[t] == ")"), None)
        if close is None or any(self.posts.parse(t, close) for t in range(k + 1, close) if ctx.tokens[t].is_capitalised):
            return k
        return close + 1

    def _parent_in_aside(self, k: int, hi: int, post: Post | None) -> int:
        """"Giám đốc Trung tâm X (thuộc Sở Y)": the body the aside puts the
        post's body under is its parent; past the aside."""
        ctx = self.ctx
        if post is None or post.org is None or k + 2 >= hi or ctx.keys[k] != "(":
            return k
        t = k + 1 + (ctx.keys[k + 1] == "trực")
        if ctx.keys[t] != "thuộc":
            return k
        parent = self.orgs.parse(t + 1, hi)
        if parent is None or parent.end >= hi or ctx.keys[parent.end] != ")":
            return k
        self._add_parent(post.org.ref, parent.ref, parent)
        return parent.end + 1

    def _past_age(self, k: int, hi: int) -> int:
        """Past an age or a year of birth that opens an aside before the
        person's posts: "(46 tuổi, Trưởng phòng …)", "(sinh năm 1978, …)",
        "A, 48 tuổi, Phó giám đốc Sở X, …"."""
        ctx = self.ctx
        t = k
        if t + 1 < hi and ctx.tokens[t].text.isdigit() and ctx.keys[t + 1] == "tuổi":
            t += 2
        elif t + 2 < hi and ctx.keys[t:t + 2] == ["sinh", "năm"] and ctx.tokens[t + 2].text.isdigit():
            t += 3
        elif t + 1 < hi and ctx.keys[t] == "sn" and ctx.tokens[t + 1].text.isdigit():
            t += 2
        return t + 1 if t > k and t < hi and ctx.keys[t] == "," else k

    def _skip_degree(self, k: int, hi: int) -> int:
        """Past an academic degree or a rank in apposition: ", Thạc sĩ Quản lý
        công, Giám đốc …", ", Đại tá, Chỉ huy trưởng …"."""
        ctx = self.ctx
        rank = next((n for n in (3, 2) if " ".join(ctx.keys[k:k + n]) in RANKS), 0)
        if rank and k + rank + 1 < hi and ctx.keys[k + rank] == "," and name_at(ctx, k + rank + 1, hi) is None:
            return k + rank + 1     # ", Đại tá, Chỉ huy trưởng …": a rank written as an item of its own
        hit = ctx.match(_DEGREES, k) if k < hi else None
        if not hit:
            return k
        t = k + hit[0]
        if name_at(ctx, t, hi) is not None:
            return k                # ", PGS.TS Ngô Văn Huy": the degree of the next person named
        while t < hi and ctx.keys[t] not in (",", "-", "–", ";", ")"):
            if self.posts.parse(t, hi) is not None:
                return k            # the degree runs into a title: leave it
            t += 1
        return t + 1 if t < hi and ctx.keys[t] in (",", "-", "–") and t + 1 < hi else k

    def _skip_term(self, k: int, hi: int, post: Post | None = None) -> int:
        """Skip "khóa XV", "nhiệm kỳ 2020 - 2025" after a title, noting on
        ``post`` which term it names."""
        ctx = self.ctx
        if k < hi and ctx.keys[k] in _TERM_WORDS:
            word = ctx.keys[k]
            if word != "khóa" and (k + 1 >= hi or ctx.keys[k + 1] != _TERM_WORDS[word]):
                return k    # "Chủ nhiệm", "giai cấp": no term
            k += 1
            numbers = []
            if word == "khóa" and k < hi and ctx.keys[k] == "mới":
                return k + 1        # "Ban Thường vụ Tỉnh ủy khóa mới"
            while k < hi and (ctx.keys[k] in ("kỳ", "đoạn", "-") or ctx.tokens[k].text.isdigit()
                              or ctx.tokens[k].text.isupper()):
                if ctx.tokens[k].is_word and ctx.keys[k] not in ("kỳ", "đoạn"):
                    numbers.append(ctx.tokens[k].text)
                k += 1
            if post is not None and numbers:
                if word == "khóa":
                    post.term_number = _term_number(numbers[0])
                elif numbers[-1].isdigit() and len(numbers[-1]) == 4:
                    post.term_end = int(numbers[-1])
        return k

    @staticmethod
    def _principal_named(post: Post) -> bool:
        """An assistant's title that names its principal's office."""
        return post.role.slug.startswith(("tro-ly-", "thu-ky-"))

    def _run_business_name_on(self, post: Post, hi: int) -> bool:
        """When the business ending ``post`` goes on over the name-like words after it, up to a
        comma, the sentence's end or a verb ("… Tập đoàn Thái Hà Green, kiến nghị"), extend the
        post's body over them and say so."""
        ctx = self.ctx
        if post.org is None or not _a_business_s(post.org.ref.name):
            return False
        k = post.end
        while k < hi and ctx.tokens[k].is_word and ctx.tokens[k].is_capitalised:
            k += 1
        if k < hi and ctx.keys[k] not in (",", ";", ".", ":", ")") and ctx.tokens[k].is_capitalised:
            return False
        ref = post.org.ref
        post.org = replace(post.org, end=k, ref=replace(ref, name=f"{ref.name} {ctx.text_between(post.org.end, k)}",
                                                         span=Span(ref.span.start, ctx.tokens[k - 1].end)))
        post.end = k
        return True

    def _name_follows(self, k: int, hi: int) -> bool:
        named = name_at(self.ctx, k, hi) if k < hi else None
        return k < hi and bool((named and not is_place_name(self.ctx, self.ctx.text_between(k, named)))
                               or foreign_name_at(self.ctx, k, hi))

    def _appointments(self, k: int, hi: int) -> list[Post]:
        """"..., giữ chức Chủ tịch UBND tỉnh Nghệ An": posts the sentence
        gives the person after their name and titles. Not a post: one the
        person leaves ("thôi giữ chức X") or is only proposed for ("giới
        thiệu … để HĐND bầu làm X")."""
        ctx = self.ctx
        out: list[Post] = []
        j = k
        while j < hi:
            if j > k and ctx.keys[j - 1] not in _LEVEL_WORDS and (
                    ((named := name_at(ctx, j, hi)) and not is_place_name(ctx, ctx.text_between(j, named)))
                    or self._person_called_back(j, hi)):
                break           # another person: what follows is theirs (not "huyện Châu Thành", "Quận ủy Sơn Trà")
            if ctx.keys[j] == "các" and ctx.keys[j + 1:j + 2] in (["đồng"], ["ông"], ["bà"], ["vị"]):
                break           # "A chúc mừng các đồng chí vừa được bầu giữ chức X": others, not A
            if ctx.keys[j] == ";" and j + 1 < hi and (ctx.tokens[j + 1].text.isdigit() or ctx.keys[j + 1] in ("các", "những")):
                break           # "…; 92 đại biểu HĐND tỉnh là …": the next item, a group, says its own
            hit = next(((len(p), appointed, join) for p, appointed, join in _POST_PHRASES
                        if tuple(ctx.keys[j:j + len(p)]) == p), None) if ctx.keys[j] in _POST_PHRASE_FIRST else None
            if hit is None:
                j += 1
                continue
            n, appointed, join = hit
            if appointed and not join and ctx.keys[j + n - 1] != "chức" and ctx.keys[j + n:j + n + 1] == ["chức"]:
                n += 1 + (ctx.keys[j + n + 1:j + n + 2] in (["vụ"], ["danh"]))   # "tái đắc cử chức (vụ) X"
            if ctx.keys[j + n - 1] == "vụ" and ctx.raw[j + n:j + n + 1] == ["trưởng"]:
                n -= 1          # "giữ chức | vụ trưởng Vụ Giáo dục Đại học", not "giữ chức vụ | trưởng"
            # the words between the person and "tham gia …": past a ";" ("…; chỉ định tham gia Ban Chấp
            # hành …" is the clause after), and past who appoints ("được Ban Bí thư chỉ định tham gia …")
            start = max((t + 1 for t in range(k, j) if ctx.keys[t] == ";"), default=k) if join else k
            comma = max((t + 1 for t in range(start, j) if ctx.keys[t] == ","), default=None) if join else None
            if comma is not None and all(w in _JOIN_GAP for w in ctx.keys[comma:j]):
                start = comma   # "… đến nhận công tác tại Huyện ủy X, chỉ định tham gia …": a clause of its own
            gap = ctx.keys[start:j]
            if join and "được" in gap:
                by = start + gap.index("được") + 1
                agent = self.orgs.parse(by, j)
                if agent is not None and agent.end < j:
                    gap = ctx.keys[start:by] + ctx.keys[agent.end:j]
            purpose = [t for t in range(k, j) if ctx.keys[t] == "để" and not any(
                tuple(ctx.keys[t + 1:t + 1 + len(w)]) == w for w in _TAKING_UP)]
            if ctx.keys[j - 1] == "thôi" or purpose or (
                    join and any(w not in _JOIN_GAP for w in gap)):
                j += n
                continue
            chain = self._post_chain(j + n, hi)
            if not chain and join:
                chain = self._memberships(j + n, hi)
                if chain and self._post_given_after(chain[-1].end, hi):
                    j = chain[-1].end   # "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy": the post says it
                    continue
            if not chain:
                j += 1
                continue
            held_before = self._once(j) or (    # "từng giữ chức Trưởng khoa", "từng nhiều năm làm X": held once
                not appointed and self._told_as_before(j)) \
                or ctx.keys[j - 1] in WHEN_WORDS or ctx.keys[j - 2:j] in (["thời", "gian"], ["trước", "đó"],
                                                                           ["trước", "đây"]) \
                or chain[0].former
            # ("(trong thời gian, khi) giữ chức X", "(trước đó là X)": a time past; "khi đó là Bí thư Tỉnh
            # ủy, Chủ tịch HĐND tỉnh": the list, as its first)
            workplace = self._workplace_before(k, j)
            for post in chain:
                if post.org is None and post.implied is None and not post.implied_kind \
                        and post.role.slug not in PARTY_ROLES and workplace is not None:
                    post.org = deepcopy(workplace)   # "đến nhận công tác tại Ban Tổ chức Trung ương, giữ chức Phó Trưởng Ban"
                post.appointed = appointed and not held_before
                post.former = post.former or held_before
                out.append(post)
                if post.org:
                    self._add_ancestry(post.org)
            j = chain[-1].end
            # "Phó Tư lệnh Quân khu 7, Bộ Quốc phòng"
            last = chain[-1]
            if last.org and last.org.kind is None and j < hi and ctx.keys[j] == ",":
                parent = self.orgs.parse(j + 1, hi)
                if parent and (parent.body or parent.kind is None):
                    self._add_parent(last.org.ref, parent.ref, parent)
                    j = parent.end
        return out

    def _once(self, j: int) -> bool:
        """Does "từng" ("once") come right before the verb at token j, or a
        few words of time before it ("từng nhiều năm làm", "từng có thời gian
        giữ chức")?"""
        ctx = self.ctx
        return any(ctx.keys[t] == "từng" and all(ctx.tokens[u].is_word and not ctx.tokens[u].is_capitalised
                                                 for u in range(t + 1, j))
                   for t in range(max(0, j - 4), j))

    def _workplace_before(self, k: int, j: int) -> ParsedOrg | None:
        """The body a person is sent to work in, named right before the verb
        at token j that gives a post ("… về công tác tại Sở Y tế, giữ chức",
        "… đến nhận công tác tại Sở Tư pháp và được bổ nhiệm giữ chức")."""
        ctx = self.ctx
        end = j
        while end > k and (ctx.keys[end - 1] in (",", "và", "được") or ctx.keys[end - 2:end] == ["bổ", "nhiệm"]):
            end -= 1 if ctx.keys[end - 1] != "nhiệm" else 2
        for t in range(end - 2, k - 1, -1):
            if ctx.keys[t] in ("tại", "về"):
                org = self.orgs.parse(t + 1, end)
                return org if org is not None and org.end == end else None
        return None

    def _post_given_after(self, k: int, hi: int) -> bool:
        """Does a post the same verb gives follow a membership ("… và giữ chức X")?"""
        keys = self.ctx.keys
        k += keys[k:k + 1] in ([","], ["và"])
        return k < hi and any(tuple(keys[k:k + len(p)]) == p for p in _APPOINT if p[0] in ("giữ", "làm"))

    def _told_as_before(self, k: int) -> bool:
        """Does the sentence of token k open by setting its time before now
        ("Trước khi được bổ nhiệm, …", "Trước đó, …")?"""
        lo, _ = self._sentence_bounds(k)
        lo = max([t + 1 for t in range(lo, k) if self.ctx.keys[t] == ";"], default=lo)     # (its clause)
        return self.ctx.keys[lo:lo + 2] in (["trước", "khi"], ["trước", "đó"])

    def _called_back_by_given_name(self, found: list[_Found]) -> None:
        """"Ông Hùng hiện là Tỉnh ủy viên, Bí thư Huyện ủy Nam Đàn": a person
        named in full before, called back at a clause's head by an honorific
        and the given name, is mentioned there and holds the posts the
        clause then gives. The given name must be one person's only."""
        ctx = self.ctx
        for t in range(1, len(ctx.tokens) - 1):
            if ctx.keys[t] not in _CALLING_HONORIFICS or not self._person_called_back(t, len(ctx.tokens)) or (
                    t + 2 < len(ctx.tokens) and ctx.tokens[t + 2].is_capitalised):
                continue        # ("ông Hùng", not "ông Nguyễn Văn Hùng" named in full)
            lo, _ = self._sentence_bounds(t)
            lo = max([u + 1 for u in range(lo, t) if ctx.keys[u] in (";", ",")], default=lo)
            if any(ctx.keys[u] not in ("hiện", "nay") for u in range(lo, t)):
                continue        # at its clause's head only (not "từ thời ông Cang còn là …": a time past)
            given = ctx.raw[t + 1]
            earlier = {f.name for f in found if f.start < t and f.name.split()[-1] == given}
            if len(earlier) != 1 or any(f.start <= t + 1 < f.end for f in found):
                continue
            _, hi = self._sentence_bounds(t)
            # (a mention all the same: "Phát biểu nhận nhiệm vụ, ông Liêm cam kết …" speaks)
            found.append(_Found(earlier.pop(), t + 1, t + 2, [], self._appointments(t + 2, hi), after=t + 2))

    def _province_s_team(self, org: ParsedOrg) -> bool:
        """"Đoàn Khánh Hòa" of "đại biểu đoàn Khánh Hòa": a province's delegation named by its province alone."""
        words = org.ref.name.split(maxsplit=1)
        return len(words) == 2 and words[0] == "Đoàn" and self.ctx.gaz.admin.province(words[1]) is not None

    def _called_back_by_given_names(self, found: list[_Found]) -> None:
        """"đồng chí Phương Lan" after "đồng chí Đinh Thị Phương Lan": two
        words after an honorific that end one person's full name, named
        before and no other's, call that person back (not a person "Phương
        Lan" of their own)."""
        ctx = self.ctx
        for f in found:
            words = f.name.split()
            if len(words) != 2 or f.start == 0 or ctx.keys[f.start - 1] not in _CALLING_HONORIFICS | {"chí"}:
                continue
            tail = fold(f.name)
            fuller = {g.name for g in found if g.start < f.start and len(g.name.split()) > 2
                      and fold(" ".join(g.name.split()[-2:])) == tail}
            if len(fuller) == 1:
                f.name = fuller.pop()

    def _body_runs_into_name(self, post: Post, i: int) -> bool:
        """Does the body of a title before token i take the name at i in, read
        without stopping there ("Trường Đại học | Nông Lâm"), also as the host
        of an organ ("Bí thư Đảng ủy Trường ĐH | Tôn Đức Thắng")?"""
        org = post.org
        while org.host is not None and org.kind is not None and org.end == org.host.end:
            org = org.host
        if org.kind is not None or org.body is not None or org.place is not None:
            return False        # "Phó Chủ tịch UBND thành phố | Phùng Thị Yên": no unit of its own name
        whole = self.orgs.parse(self.ctx.token_index(org.ref.span.start), len(self.ctx.tokens))
        return whole is not None and whole.end > i and whole.place is None

    def _ethnic_group_named(self, i: int, end: int, lo: int) -> bool:
        """"người dân tộc Cơ Tu, Xơ Đăng, Giẻ Triêng": groups listed after
        "dân tộc" or "đồng bào", no persons."""
        ctx = self.ctx
        hit = ctx.match(ctx.gaz.ethnic_groups, i)
        if hit is None or i + hit[0] != end:
            return False
        t = i
        while t > lo and i - t < 15 and (ctx.keys[t - 1] in (",", "và") or ctx.tokens[t - 1].is_capitalised):
            t -= 1          # back over the groups listed before it
        return t >= 2 and ctx.keys[t - 2:t] in (["dân", "tộc"], ["đồng", "bào"])

    def _in_place_list(self, i: int, lo: int) -> bool:
        """"tại các xã Nam Quang, Lý Bôn", "cử tri các xã: Minh Quân, Bảo
        Hưng": places listed after a plural level word, no persons."""
        ctx = self.ctx
        if i <= lo or ctx.keys[i - 1] not in (",", "và", ":"):
            return False
        t = i
        while t > lo and i - t < 15 and (ctx.keys[t - 1] in (",", "và") or ctx.tokens[t - 1].is_capitalised):
            t -= 1          # back over the places listed before it
        if t > lo and ctx.keys[t - 1] in (":", "như"):
            t -= 1
        if t >= 4 and ctx.keys[t - 1] in _LEVEL_WORDS and ctx.keys[t - 2] == "," and ctx.keys[t - 3] in _LEVEL_WORDS:
            t -= 2          # "các xã, phường như Long Hồ, Mỏ Cày": two level words
        return t >= 2 and ctx.keys[t - 1] in _LEVEL_WORDS and ctx.keys[t - 2] in ("các", "hai", "ba", "bốn", "năm")

    def _end_of_a_place(self, i: int, end: int, lo: int) -> bool:
        """Are tokens i..end the last words of a place the text names, its
        first word right before ("xã Chi | Lăng Nam")?"""
        ctx = self.ctx
        return any(i - k >= lo and ctx.tokens[i - k].is_capitalised
                   and fold(ctx.text_between(i - k, end)) in ctx.place_names for k in (1, 2))

    def _person_called_back(self, j: int, hi: int) -> bool:
        """"bà Hạnh", "ông Thiện": a person named before, called by an
        honorific and their given name."""
        ctx = self.ctx
        return ctx.keys[j] in _CALLING_HONORIFICS and j + 1 < hi and ctx.tokens[j + 1].is_word \
            and ctx.tokens[j + 1].is_capitalised and not ctx.match(ctx.gaz.roles, j + 1) \
            and not ctx.match(ctx.gaz.titles, j + 1)

    def _memberships(self, j: int, hi: int) -> list[Post]:
        """Councils joined without a title, each a post of Ủy viên:
        "tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy Nam Đàn"."""
        ctx = self.ctx
        member = ctx.gaz.role_by_slug["uy-vien"]
        out: list[Post] = []
        while j < hi:
            org = self.orgs.parse(j, hi)
            if org is None or not (org.kind and org.kind.slug in _COUNCIL_KINDS) or self._name_follows(org.end, hi):
                break
            out.append(Post(j, org.end, member, org))
            j = self._skip_term(org.end, hi)
            if j < hi and ctx.keys[j] in (",", "và"):
                j += 1
                continue
            break
        return out

    def _post_chain(self, j: int, hi: int) -> list[Post]:
        """Titles joined by "kiêm", a dash or a comma after an appointing verb
        or "là": "giữ chức Phó Tư lệnh kiêm Tham mưu trưởng Cảnh sát biển",
        "giữ chức Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "là Tỉnh ủy viên, Bí
        thư Huyện ủy"."""
        chain: list[Post] = []
        while j < hi:
            post = self.posts.parse(j, hi)
            if post is None or self._name_follows(post.end, hi):
                break
            chain.append(post)
            j = self._past_since(self._skip_term(post.end, hi, post), hi)
            if j < hi and self.ctx.keys[j] in ("kiêm", "-", "–", ","):
                j += 1
                continue
            break
        return chain

    def _past_since(self, k: int, hi: int) -> int:
        """Past "từ năm 2016", "từ tháng 3/2020" after a post held since then."""
        keys = self.ctx.keys
        if keys[k:k + 2] not in (["từ", "năm"], ["từ", "tháng"]):
            return k
        t = k + 2
        while t < hi and (self.ctx.tokens[t].text.isdigit() or keys[t] in ("/", "-", ".")):
            t += 1
        return t if t > k + 2 else k

    def _add_parent(self, child: OrgRef, parent: OrgRef, parsed: ParsedOrg | None = None) -> None:
        if parsed is not None and parsed.open_level:
            self._fill_place(parsed, [])       # "…, Ủy ban MTTQ Việt Nam tỉnh": the article's province
        self.org_parents.append(OrgParent(child, parent, Span(child.span.start, parent.span.end)))
        if parsed:
            self._add_ancestry(parsed)

    def _parent_said(self, org: ParsedOrg) -> ParsedOrg | None:
        """The body the text set ``org`` under, if it did."""
        parent = next((op.parent for op in self.org_parents if op.org is org.ref or op.org == org.ref), None)
        return ParsedOrg(org.end, deepcopy(parent)) if parent is not None else None

    def _add_ancestry(self, parsed: ParsedOrg) -> None:
        """Each body of a chain under the next ("Ban X thuộc Phòng Y Bộ CHQS tỉnh Z")."""
        chain = [parsed.ref, *parsed.parents]
        for child, parent in zip(chain, chain[1:]):
            self.org_parents.append(OrgParent(child, parent, Span(child.span.start, parent.span.end)))

    # --------------------------------------------------------- resolution
    def _complete(self, posts: list[Post], at: Span, central: bool = False) -> list[Position]:
        """Shared tails and the article's place for bodies named without one;
        the boards a member of the central leadership (``central``) heads, or
        that a text naming only central boards names bare, are the Party's
        central ones."""
        ctx = self.ctx
        # Joined and party titles written alone take the next body.
        for idx, post in enumerate(posts):
            if post.org is not None or post.implied is not None or post.implied_kind:
                continue
            nxt = next((p for p in posts[idx + 1:] if p.org is not None), None)
            if post.joined and nxt and post.role.slug not in PARTY_ROLES:
                post.org = nxt.org      # (a Party title "kiêm" a body's is of that place's committee, below)
            elif post.role.slug in PARTY_ROLES:
                # (a post held before, "nguyên Phó Bí thư … tỉnh Sóc Trăng", places none of the current ones)
                place_src = next((p for p in posts[idx + 1:] + posts[:idx][::-1] if p.org is not None
                                  and p.former == post.former), None)
                if place_src is None or not _governs_a_place(place_src.org):
                    continue    # a bare "Bí thư" beside no body of a place's own: of which committee, unsaid
                place = place_src.org.place
                level = place_src.org.ref.jurisdiction_level or place_src.org.open_level
                clause = self.orgs.clause_place(place_src.org)
                if clause is not None:
                    place, level = clause, clause.level     # "Xã X: Phó Bí thư, Chủ tịch HĐND A": Đảng ủy xã X
                if level is None:
                    continue    # "Phó Bí thư, Chủ tịch UBND": a committee of no level the text gives
                ref = self.orgs.bare_committee(level, place, Span(ctx.tokens[post.start].start, ctx.tokens[post.end - 1].end))
                if ref:
                    post.org = ParsedOrg(post.end, ref, open_level=None if place else level,
                                         kind=ctx.gaz.kind_by_slug[ref.kind])   # (placed below when bare)
            elif nxt and post.role.slug not in PARTY_ROLES and idx + 1 < len(posts) and posts[idx + 1] is nxt \
                    and nxt.former == post.former and "|" not in ctx.keys[post.end:nxt.start] \
                    and (nxt.org.kind and nxt.org.kind.slug in _ELECTED_KINDS and not self._assembly_sitting
                         if post.role.slug == "dai-bieu" else self._one_description(post, nxt, at)) and not self._body_unread_after(post):
                # "Phó Chủ tịch, Chủ tịch HĐND tỉnh"; a deputy ("đại biểu A, Phó Trưởng đoàn ĐBQH") only of
                # an elected body, else a title before the name shares no body with a role after it
                # ("Thứ trưởng A làm Trưởng đoàn"); a title held now shares none with one held before
                # ("Đại sứ A từng là Phó Vụ trưởng Vụ X")
                post.org = nxt.org
                if post.role.slug.startswith(_JUDICIAL_GRADES):
                    # "Kiểm sát viên trung cấp, Phó Trưởng phòng X, VKSND tỉnh": a grade of the procuracy
                    post.org = self._parent_said(nxt.org) or post.org
            elif post.role.slug in _MINISTRY_ROLES and post.context_org is not None:
                post.org = post.context_org
        # "Đại biểu" of a delegation of the National Assembly sits in the Assembly.
        for post in posts:
            if post.role.slug == "dai-bieu" and post.org is not None and (
                    post.org.kind is not None and post.org.kind.slug == _DELEGATION or self._province_s_team(post.org)):
                post.org, post.implied = None, self.orgs.known_body("Quốc hội", post.start)
        # Hosts: "Ban cán sự đảng" + the next non-party body; "Đảng ủy" next
        # to a council or committee of a place is that place's committee.
        for idx, post in enumerate(posts):
            if post.org and post.org.open_host:
                after = next((p for p in posts[idx + 1:] if not (p.org and p.org.is_party_committee)), None)
                implied = after.implied if after is not None and after.org is None and after.implied is not None \
                    and after.implied.known_iri else None
                if implied is not None:
                    # "Bí thư Ban cán sự đảng, Tổng Kiểm toán Nhà nước": the body the next title names (past
                    # the Party committee of the same body: "…, Bí thư Đảng ủy, Thống đốc NHNN")
                    self.orgs.attach_host(post.org, implied)
                    continue
                own = self._party_committee_titled(posts, idx) if _party_board(post.org) else None
                if own is not None:
                    # "Ủy viên Ban Thường vụ Đảng ủy, Vụ trưởng Vụ X được bầu làm Chủ nhiệm Ủy ban Kiểm
                    # tra Đảng ủy Văn phòng Trung ương Đảng": the Đảng ủy another of the titles names
                    self._take_committee(post, own)
                    continue
                nxt = next((p.org for p in posts[idx + 1:] if p.org and not p.org.is_party_committee), None)
                if nxt is not None and nxt.leadership and nxt.host is not None:
                    nxt = nxt.host      # "Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn X": the Tập đoàn's
                elif nxt is not None and nxt.open_host and self.orgs.is_company_board(nxt):
                    # "Bí thư Đảng ủy, Chủ tịch HĐQT" in a story of one bank
                    company = self.orgs.sole_company or (self.orgs.party_organisation_host if _party(post.org) else None)
                    if company is None:
                        continue
                    self.orgs.attach_host(post.org, company)
                    continue
                if nxt is not None and nxt.open_host:
                    continue    # "Bí thư Đảng ủy, Chủ tịch Viện Hàn lâm" of two such named: which one, unsaid
                board = _party_board(post.org) and self.orgs.party_organisation_committee is not None
                if nxt is None and (_party(post.org) or board) \
                        and self.orgs.party_organisation_host is not None:
                    # "Bí thư Đảng ủy", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy" in the story of a corporation's
                    # Party congress
                    self.orgs.attach_host(post.org, self.orgs.party_organisation_host)
                    continue
                if nxt is None:
                    _settle_as_commune_committee(post.org)
                    continue
                if _bare_party(post.org) and nxt.host is not None \
                        and nxt.host.is_party_committee and not nxt.host.open_host:
                    # "Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã X": that Đảng ủy
                    self._fill_place(nxt, posts)
                    self._take_committee(post, nxt.host)
                    continue
                if _party_board(post.org) and (whole := self._parent_said(nxt)) is not None:
                    nxt = whole     # "Ủy viên Ban Thường vụ Đảng ủy, Trưởng phòng X, Công an tỉnh": a unit has none
                self._fill_place(nxt, posts)
                level = nxt.ref.jurisdiction_level or "commune"
                if _bare_party(post.org) and nxt.kind \
                        and nxt.kind.attaches == "jurisdiction" and level == "commune":
                    # a commune's Party committee is its "Đảng ủy"; beside a province's
                    # or a district's body, "Đảng ủy" is that body's own ("Đảng ủy Công an tỉnh")
                    ref = self.orgs.bare_committee(level, nxt.place, post.org.ref.span)
                    if ref and _party(post.org):
                        ref.inferred = nxt.ref.inferred
                        post.org = ParsedOrg(post.org.end, ref, kind=ctx.gaz.kind_by_slug[ref.kind],
                                             place=nxt.place)
                    elif ref:       # "Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã X": of Đảng ủy xã X
                        self._take_committee(post, ParsedOrg(post.org.end, ref))
                    continue
                self.orgs.attach_host(post.org, nxt.ref)
        self._bare_body_words_named_beside(posts)
        # Places: a shared tail first, the article's place after; a board
        # written without its committee ("Ủy viên Ban Thường vụ, Trưởng Ban
        # Dân vận Huyện ủy X") belongs to the committee of a neighbouring title.
        for post in posts:
            if post.org and post.org.open_level and not post.org.open_committee:
                self._fill_place(post.org, posts, post)
        for idx, post in enumerate(posts):
            if post.org and post.org.open_committee:
                if _an_event_s_organisers(post, posts):
                    continue    # "Chủ tịch UBND thành phố X, Trưởng Ban Tổ chức": the festival's, not the Thành ủy's
                committee = self._neighbour_committee(posts, idx)
                earlier = self._board_named_before(post) if committee is None else None
                if earlier is not None:
                    post.org = earlier      # "bầu Ủy ban Kiểm tra Đảng ủy xã …, đồng chí A … Chủ nhiệm Ủy ban Kiểm tra"
                    if earlier.open_level:
                        self._fill_place(post.org, posts)       # (in the commune the text names)
                    continue
                if committee is not None and post.org.kind and post.org.kind.slug == "ban-chap-hanh" \
                        and committee.is_party_committee:
                    post.org = deepcopy(committee)      # a Party committee is its own executive committee
                elif committee is not None:
                    self.orgs.attach_host(post.org, committee.ref)
                    post.org.open_committee = False
                elif post.org.kind is not None and (central or self._boards_named_central) \
                        and not any(map(_is_foreign, posts)) and not self._name_goes_on(post.org.end):
                    # "Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo": the Party's central board
                    start = ctx.token_index(post.org.ref.span.start)
                    post.org = self.orgs.central(start, post.org.end, post.org.ref.name, post.org.kind)
                elif (elected := self._body_elected_before(post.start)) is not None:
                    # "… bầu Ban Chấp hành Hội LHPN huyện …; các Ủy viên Ban Thường vụ còn lại gồm": its board
                    self.orgs.attach_host(post.org, elected.ref)
                    post.org.open_committee = False
                elif post.org.kind is not None and post.org.kind.slug == "doan-chu-tich":
                    continue        # a presidium sits in a Front or mass organisation's committee, never a Party one
                elif (local := self._local_committee(posts, idx)) is not None:
                    # "Ủy viên BTV, Trưởng Công an phường": the ward's Party committee's board;
                    # "Ủy viên Ban Chấp hành Đảng bộ, Phó Chủ tịch UBND huyện X": Huyện ủy X itself
                    if post.org.kind is not None and post.org.kind.slug == "ban-chap-hanh":
                        post.org = ParsedOrg(post.org.end, replace(local, surface=post.org.ref.surface,
                                                                   span=post.org.ref.span))
                    else:
                        self.orgs.attach_host(post.org, local)
                        post.org.open_committee = False
                else:
                    self._fill_place(post.org, posts)
                    if post.org.open_level and self.orgs.party_organisation_committee is not None:
                        # "BCH Đảng bộ Tập đoàn bầu BTV gồm …" in the story of a corporation's Party
                        # congress, no place named: the board of the corporation's Đảng ủy
                        self.orgs.attach_host(post.org, self.orgs.party_organisation_committee)
                        post.org.open_committee = False
        # A foreign official's titles written before the one naming the
        # country are of their country's bodies: "Phó Thủ tướng, Bộ trưởng
        # Bộ Kế hoạch và Đầu tư Lào" -> Chính phủ Lào (a title said after it,
        # "Đại sứ Cuba X, Chủ tịch nước …", is someone else's).
        named = next((p for p in posts if p.body is not None and p.body.kind == "foreign" and p.body.jurisdiction),
                     None)
        if named:
            country = named.body.jurisdiction
            for post in posts:
                if post.start < named.start and post.org is None and post.implied is not None and post.implied.kind != "foreign":
                    body = ctx.gaz.body_by_iri.get(post.implied.known_iri or "")
                    name = (foreign_body_name(body, country, ctx.gaz) if body else None) or f"{post.implied.name} {country}"
                    post.implied = OrgRef(name=name, surface=post.implied.surface,
                                          span=post.implied.span, kind="foreign", jurisdiction=country)
        for post in posts:
            abroad = self.orgs.parse(post.end + 1, len(ctx.keys)) \
                if post.end + 1 < len(ctx.keys) and ctx.keys[post.end] == "tại" else None
            posted = abroad is not None and abroad.ref.kind == "foreign"
            if post.role.slug in _ENVOY_ROLES and post.body is None and posted:
                # "làm Đại sứ tại Nhật Bản": an envoy posted abroad, named without a state, is Vietnam's
                post.implied = OrgRef(name="Việt Nam", surface="", span=Span(ctx.tokens[post.start].start,
                                                                             ctx.tokens[post.end - 1].end))
        self._boards_of_the_sole_company(posts)
        self._boards_of_the_council(posts)
        for post in posts:
            if post.body is None and post.appointed and not self._body_unread_after(post):
                # "A, Phó trưởng ban Dân tộc HĐND tỉnh, được bầu giữ chức Trưởng ban": the head of the deputy's body
                served = next((p.org for p in posts if p.org is not None and not p.appointed and not p.former
                               and self._head_title(p) == post.role), None)
                if served is not None:
                    post.org = deepcopy(served)
                    continue
            if post.body is None and post.role.slug in COMMITTEE_ROLES:
                post.org = self._founded_body_the_sentence_is_about(post.start)    # "… làm Trưởng ban;"
            if post.body is None and self._head_title(post) is not None and not self._body_unread_after(post):
                # "A giữ chức Chủ tịch Hội X; B, C … Phó Chủ tịch" (a head's title of another than this person);
                # the head may be named the sentence before ("A … Chủ tịch LĐLĐ tỉnh X. Các ông, bà: B, C được
                # bầu giữ chức Phó Chủ tịch"; "Bộ trưởng Bộ X chủ trì. Ông A, Thứ trưởng, báo cáo")
                own = min(p.start for p in posts)
                post.org = self._head_s_body_before(post, own)
            if post.body is None and post.role.slug in _HEADS_OF_A_COUNTED_BODY:
                post.org = self._body_counted_before(post.start)
            if post.body is None and post.appointed and post.role.slug in _OFFICERS_ELECTED:
                post.org = self._body_electing_its_officers(post.start)
        for post in posts:
            if post.org and post.org.host is not None and post.role.slug in _EXECUTIVE_ROLES and post.org.leadership:
                post.org = post.org.host    # "Tổng giám đốc, Chủ tịch HĐTV Tập đoàn X": the Tập đoàn's, not its board's
            elif post.org and post.org.ref.host is not None and post.role.slug in _UNIT_HEAD_ROLES \
                    and post.org.is_party_committee:
                post.org = post.org.host or ParsedOrg(post.org.end, post.org.ref.host)
        out: list[Position] = []
        for post in posts:
            if post.implied_kind and post.org is None:
                kind = ctx.gaz.kind_by_slug[post.implied_kind]
                level = kind.default_level or "province"
                clause = self.orgs.place_the_sentence_is_about(ctx.tokens[post.start].start) \
                    if post.role.slug in PARTY_ROLES else None
                if clause is not None:
                    level = clause.level    # "Xã Diễn Châu: Phó Bí thư Thường trực A": of Đảng ủy xã Diễn Châu
                place = clause or self._place_of_fellow_titles(level, post, posts) \
                    or ctx.place_for(level, ctx.tokens[post.start].start)
                if kind.slug == "tinh-uy" and place is not None and place.is_city:
                    place = None        # "Tỉnh ủy viên" is never of a city's committee (a Thành ủy)
                if kind.slug == "thanh-uy" and place is not None and place.level == "province" and not place.is_city:
                    # "Thành ủy viên, Trưởng phòng Quản lý đô thị thành phố Cẩm Phả": a provincial city's
                    # committee, the city the fellow titles name (else the committee stays bare)
                    city = self._shared_place("district", posts)
                    place = city if city is not None and city.level_word == "thành phố" else None
                    level = "district" if place is not None else level
                ref = self.orgs.bare_committee(level, place, Span(ctx.tokens[post.start].start, ctx.tokens[post.end - 1].end))
                if ref is None:
                    continue
                if kind.slug in ("thanh-uy",) and not ref.name.startswith("Thành ủy"):
                    ref.name = ref.name.replace("Tỉnh ủy", "Thành ủy", 1)
                body = ref
            else:
                body = post.body
            if body is None or (post.org and post.org.open_host) or (
                    post.role.slug in _BOARD_HEAD_ROLES and body.kind in AREA_COMMITTEE_KINDS):
                continue        # (a Tỉnh ủy has boards, no "Trưởng ban" of its own: a board the text left unsaid)
            status = "former" if post.former else "appointed" if post.appointed else "current"
            span = Span(ctx.tokens[post.start].start, ctx.tokens[post.end - 1].end)
            out.append(Position(title=post.role.label, role=post.role.slug, org=body, span=span, status=status,
                                term_end=post.term_end, term_number=post.term_number))
        return out

    def _party_committee_titled(self, posts: list[Post], idx: int) -> ParsedOrg | None:
        """The one "Đảng ủy" the person's other titles name with its body
        ("Bí thư Đảng ủy Công an tỉnh", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã
        X"), if they name one."""
        found = {}
        for post in posts[:idx] + posts[idx + 1:]:
            org = post.org
            if org is None:
                continue
            committee = org.host if org.host is not None and org.host.is_party_committee else \
                org if org.is_party_committee else None
            if committee is None or committee.open_host or not committee.ref.name.startswith("Đảng ủy "):
                continue        # (a "Đảng ủy" named in full: not "Tỉnh ủy viên"'s Tỉnh ủy)
            self._fill_place(org, posts)
            found.setdefault(committee.ref.name, committee)
        return next(iter(found.values())) if len(found) == 1 else None

    def _take_committee(self, post: Post, committee: ParsedOrg) -> None:
        """A bare "Đảng ủy" (or a board of it) is ``committee`` (or its board)."""
        if _party(post.org):
            post.org = ParsedOrg(post.org.end, replace(deepcopy(committee.ref), span=post.org.ref.span),
                                 kind=committee.kind, body=committee.body, place=committee.place)
            return
        post.org.ref.name = post.org.ref.name.rsplit(post.org.host.ref.name, 1)[0].strip()
        self.orgs.attach_host(post.org, committee.ref)

    def _bare_body_words_named_beside(self, posts: list[Post]) -> None:
        """"Bí thư Đảng ủy Bộ, Bộ trưởng Bộ Xây dựng": a body written with a
        bare "Bộ" or "Sở" is of the one a neighbouring title names in full, or
        names as the host of its unit ("Chánh Văn phòng Bộ Y tế"); a bare "Bộ"
        otherwise is of the one ministry the story names."""
        for post in posts:
            if post.org is None or post.org.host is not None or " " not in post.org.ref.name:
                continue
            head, word = post.org.ref.name.rsplit(" ", 1)
            if word.casefold() not in BARE_BODY_WORDS:
                continue
            full = {ref.name: ref for p in posts if p is not post and p.org
                    for ref in (p.org.ref, p.org.ref.host) if ref is not None and ref.name.startswith(word + " ")}
            if not full and word == "Bộ" and self._the_one_ministry is not None and not self._foreign_story:
                full = {"": self._the_one_ministry.ref}     # "Phó Bí thư Đảng ủy Bộ": of the story's one ministry
            if len(full) == 1:
                post.org.ref.name = head
                self.orgs.attach_host(post.org, next(iter(full.values())))

    @staticmethod
    def _neighbour_committee(posts: list[Post], idx: int) -> ParsedOrg | None:
        """The committee of the nearest title that names one, after idx first.
        A Fatherland Front committee has a standing board (Ban Thường trực),
        no Ban Thường vụ: "Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ phường"
        sits on the Party committee's."""
        board = posts[idx].org.kind.slug if posts[idx].org.kind else None
        for post in posts[idx + 1:] + posts[:idx][::-1]:
            org = post.org
            if org is None or org.open_committee or (
                    board == "ban-thuong-vu" and org.kind is not None and org.kind.slug == _FRONT_COMMITTEE):
                continue
            if org.host is not None and org.host.has_committees and not org.host.open_level:
                return org.host
            if org.kind and org.kind.attaches in ("area", "jurisdiction") and org.has_committees and not org.open_level:
                return org      # a Party committee, or a mass organisation with its own boards
            if org.body is not None and org.is_party_committee and org.body.slug.startswith(("dang-uy", "quan-uy")):
                return org      # a central one the vocabulary names ("Đảng ủy Chính phủ")
            if board == "doan-chu-tich" and (org.ref.name.startswith("Trung ương Hội ") or org.ref.name.startswith(
                    "Ủy ban Trung ương Mặt trận")):
                return org      # "Ủy viên Đoàn Chủ tịch, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"
        return None

    @cached_property
    def _founded(self) -> list[FoundedBody]:
        return founded_bodies(self.ctx, self.orgs)

    def _body_counted_before(self, k: int) -> ParsedOrg | None:
        """"Ủy ban Kiểm tra Đảng ủy xã X gồm 5 đồng chí, đồng chí A giữ chức
        Chủ nhiệm": the body whose members the sentence counts before a head's
        title written alone."""
        ctx = self.ctx
        lo, _ = self._sentence_bounds(k)
        for g in range(k - 1, lo, -1):
            if ctx.keys[g] == "gồm" and g + 2 < k and ctx.tokens[g + 1].text.isdigit() \
                    and ctx.keys[g + 2] in ("đồng", "thành", "ủy", "người"):
                for t in range(max(lo, g - 15), g):
                    org = self.orgs.parse(t, g) if ctx.tokens[t].is_capitalised else None
                    if org is not None and self._skip_term(org.end, g) == g:     # (past "khóa X")
                        if org.kind is not None and org.kind.slug in ("ban-chap-hanh", "ban-thuong-vu"):
                            if org.host is None or org.open_committee:
                                return None     # "Ban Thường vụ gồm 11 đồng chí": of which body, said elsewhere
                            org = org.board_s_body      # "Ban Chấp hành Hội Nông dân tỉnh gồm …": the Hội's head
                        self._fill_place(org, [])
                        return deepcopy(org)
                return None
        return None

    def _body_electing_its_officers(self, k: int) -> ParsedOrg | None:
        """"Ủy ban MTTQ tỉnh khóa XVI họp hội nghị lần thứ nhất, hiệp thương
        cử Ban Thường trực. Bà A được cử giữ chức Chủ tịch": the body a
        sentence opens with and says elects, in the sentence of the post
        conferred or the one before it in its paragraph."""
        ctx = self.ctx
        lo, _ = self._sentence_bounds(k)
        starts = [lo]
        if lo > 0 and "\n" not in ctx.doc.text[ctx.tokens[lo - 1].end:ctx.tokens[lo].start]:
            starts.append(self._sentence_bounds(lo - 1)[0])
        for s_lo in starts:
            s_hi = self._sentence_bounds(s_lo)[1]
            t = ctx.past_connective(s_lo)
            comma = next((c for c in range(t, min(s_hi, t + 6)) if ctx.keys[c] == ","), None)
            if comma is not None and find_dates(ctx.text_between(t, comma)):
                t = comma + 1       # past "Chiều 11-9,"
            org = self.orgs.parse(t, s_hi) if t < s_hi and ctx.tokens[t].is_capitalised else None
            if org is None or not any(has_phrase(ctx.keys[org.end:min(s_hi, k)], v) for v in _ELECTING):
                continue
            org = org.board_s_body if org.kind is not None and org.kind.slug in _HEADING_BOARDS else org
            if org.open_committee:
                return None
            self._fill_place(org, [])
            return deepcopy(org)
        return None

    def _founded_body_the_sentence_is_about(self, k: int) -> ParsedOrg | None:
        """"Ban Chỉ đạo gồm 17 thành viên, do đồng chí A làm Trưởng ban; …":
        the founded body a sentence opens with by its short name, founds
        itself ("thành lập Ban Chỉ đạo X, do ông A làm Trưởng ban"), or goes
        on about right after founding it ("… kiện toàn Ban Chỉ đạo X. Theo
        đó, ông A làm Trưởng ban")."""
        ctx = self.ctx
        lo, hi = self._sentence_bounds(k)
        here = body_listed_at(self._founded, k)
        if here is not None and here.org.ref.span.start >= ctx.tokens[lo].start:
            return deepcopy(here.org)
        founded = body_listed_at(self._founded, lo)
        if founded is None:
            return None
        t = ctx.past_connective(lo)
        if t > lo and lo > 0 and founded.org.ref.span.start >= ctx.tokens[self._sentence_bounds(lo - 1)[0]].start:
            return deepcopy(founded.org)
        org = self.orgs.parse(t, hi) if t < hi else None
        if org is not None and founded.org.ref.name.startswith(org.ref.name):
            return deepcopy(founded.org)
        return self._founded_body_the_sentence_before_gave(k)

    def _founded_body_the_sentence_before_gave(self, k: int) -> ParsedOrg | None:
        """"…, do ông A làm Trưởng ban. Ông B, Phó Chủ tịch UBND tỉnh làm Phó
        Trưởng ban Thường trực": a committee's roles handed out with "làm",
        sentence after sentence, are of the founded body the sentence before
        gave its own such role."""
        ctx = self.ctx
        lo, _ = self._sentence_bounds(k)
        if ctx.keys[k - 1:k] != ["làm"] or lo == 0:
            return None
        plo, phi = self._sentence_bounds(lo - 1)
        for t in range(plo + 1, phi):
            post = self.posts.parse(t, phi) if ctx.keys[t - 1] == "làm" else None
            if post is not None and post.org is None and post.role.slug in COMMITTEE_ROLES:
                return self._founded_body_the_sentence_is_about(t)
        return None

    @cached_property
    def _boards_named_central(self) -> bool:
        """Does the text name Party boards as the central ones ("Ban Tổ chức
        Trung ương") and never as a local committee's?"""
        ctx = self.ctx
        central = local = False
        for i in range(len(ctx.tokens)):
            hit = ctx.match(ctx.gaz.body_kinds, i)
            if not hit or hit[1].attaches != "committee" or not ctx.tokens[i].is_capitalised:
                continue
            org = self.orgs.parse(i, len(ctx.tokens))
            if org is None:
                continue
            if org.host is not None:
                local = True
            elif org.body is not None and org.body.slug.endswith("trung-uong"):
                central = True
        return central and not local

    def _boards_of_the_sole_company(self, posts: list[Post]) -> None:
        """"Thành viên HĐQT, Tổng giám đốc" with no company named: in a text
        about one company, its board and its executive."""
        boards = [p for p in posts if p.org is not None and p.org.open_host and self.orgs.is_company_board(p.org)]
        company = self.orgs.sole_company if boards else None
        if company is None:
            return
        for post in boards:
            self.orgs.attach_host(post.org, company)
        for post in posts:
            if post.body is None and post.role.slug in _EXECUTIVE_ROLES:
                post.implied = company

    def _boards_of_the_council(self, posts: list[Post]) -> None:
        """A People's Council board named alone ("Trưởng Ban Pháp chế") in a
        sentence that names a People's Council ("HĐND tỉnh cũng đã bầu …",
        "…; A, Trưởng Ban Dân tộc HĐND tỉnh") is that council's."""
        for post in posts:
            org = post.org
            if org is None or org.host is not None or org.place is not None or org.ref.name not in _COUNCIL_BOARDS:
                continue
            councils = self._councils(*self._sentence_bounds(post.start))
            if councils:
                council = deepcopy(councils[0])
                self._fill_place(council, [])
                self.orgs.attach_host(org, council.ref)

    def _board_named_before(self, post: Post) -> ParsedOrg | None:
        """The board of this kind the sentence named earlier with its
        committee, for a title that names the board alone."""
        ctx = self.ctx
        lo, _ = self._sentence_bounds(post.start)
        kind = post.org.kind
        for t in range(post.start - 1, lo - 1, -1):
            hit = ctx.match(ctx.gaz.body_kinds, t)
            if hit is None or hit[1] is not kind or not ctx.tokens[t].is_capitalised:
                continue
            org = self.orgs.parse(t, post.start)
            if org is not None and org.host is not None and not org.open_committee:
                org = deepcopy(org)
                if org.open_host and _party_board(org) and self.orgs.party_organisation_committee is not None:
                    # "bầu Ủy ban Kiểm tra Đảng ủy gồm …" in the story of a corporation's congress
                    self.orgs.attach_host(org, self.orgs.party_organisation_host)
                return org
        return None

    def _body_elected_before(self, at: int) -> ParsedOrg | None:
        """The organisation whose executive committee the paragraph says was
        elected before token ``at`` ("đại hội đã bầu Ban Chấp hành Hội LHPN
        huyện khóa XXII … Các Ủy viên Ban Thường vụ còn lại gồm …"): a board
        named alone after it is that organisation's. Not a Party committee,
        whose boards stand beside its titles."""
        ctx = self.ctx
        paragraph = ctx.token_index(ctx.paragraph_start(ctx.tokens[at].start))
        for t in range(at - 1, paragraph, -1):
            if ctx.keys[t - 1:t + 2] != ["bầu", "ban", "chấp"]:
                continue
            org = self.orgs.parse(t, at)
            host = org.host if org is not None else None
            if host is not None and not host.is_party_committee and host.has_committees:
                host = deepcopy(host)
                self._fill_place(host, [])
                return host
        return None

    def _body_unread_after(self, post: Post) -> bool:
        """Is a title without a body followed by capitals no body the reader
        knows ("Phó Chủ tịch UBBC tỉnh", "Vụ trưởng Pháp luật dân sự"), no head
        word of a body ("Phó Chủ tịch Hội") and no name? Then it is not bare:
        its body is unread, and no other's."""
        ctx = self.ctx
        k = post.end
        if k >= len(ctx.tokens) or not (ctx.tokens[k].is_word and ctx.tokens[k].is_capitalised):
            return False
        if len(ctx.tokens[k].text) > 1 and ctx.tokens[k].text.isupper():
            return True
        return not (ctx.match(BODY_HEADS, k) or ctx.match(ctx.gaz.body_kinds, k)) \
            and self._name_at(k, len(ctx.tokens), foreign=True) is None

    def _sole_head(self, post: Post) -> bool:
        """Is ``post`` the one head of a body, a post with deputies ("Chánh
        Văn phòng", "Giám đốc Sở Y tế"), which no two hold at once?"""
        return post.org is not None and post.role.slug in self._head_roles

    @cached_property
    def _head_roles(self) -> frozenset[str]:
        return frozenset(role.slug for role in self.ctx.gaz.head_of_deputy.values())

    def _head_title(self, post: Post) -> Role | None:
        """The title of the head a deputy's title serves ("Phó Chủ tịch
        Thường trực" -> Chủ tịch, "Thứ trưởng" -> Bộ trưởng)."""
        return self.ctx.gaz.head_of_deputy.get(post.role.label.split(" Thường trực")[0].split(" không")[0])

    def _head_s_body_before(self, post: Post, own: int) -> ParsedOrg | None:
        """The body whose head's title the sentence, or the one before it,
        named last before a deputy's bare title ("bà A tái cử Chủ tịch Ủy ban
        MTTQ tỉnh; các ông B, C … giữ chức Phó Chủ tịch"): the deputies are
        that body's."""
        ctx = self.ctx
        lo, _ = self._sentence_bounds(post.start)
        if lo > 0:
            lo, _ = self._sentence_bounds(lo - 1)
        head = self._head_title(post)
        conferred = ctx.keys[post.start - 1] == "làm"
        starts = self.posts.starts()
        found = None
        for t in reversed(starts[bisect_left(starts, lo):bisect_left(starts, min(own, post.start))]):
            if t > lo and ctx.keys[t - 1] == "phó":
                continue        # inside a deputy's title
            earlier = self.posts.parse(t, post.start)
            if earlier is None or earlier.role != head:
                continue
            if earlier.org is None and conferred and ctx.keys[t - 1] == "làm":
                return None     # "A … làm Trưởng Ban; B - Trưởng Ban Dân tộc, C … làm Phó Trưởng Ban": the first's body
            if earlier.org is not None and found is None:
                found = earlier.org
                if not conferred:
                    break
        if found is None:
            return None
        org = deepcopy(found)
        self._fill_place(org, [])
        return org

    def _name_goes_on(self, k: int) -> bool:
        """Does a body's name seem to go on at token k ("Ban Tổ chức | và Cán bộ …")?"""
        ctx = self.ctx
        return k < len(ctx.tokens) and ctx.tokens[k].is_word and (ctx.tokens[k].is_capitalised or ctx.keys[k] == "và")

    def _in_central_leadership(self, posts: list[Post]) -> bool:
        """Does one of the titles seat the person in the Politburo or the Secretariat?"""
        gz = self.ctx.gaz
        return any(p.body is not None and p.body.known_iri in gz.body_by_iri
                   and gz.body_by_iri[p.body.known_iri].slug in _CENTRAL_LEADERSHIP for p in posts)

    def _local_committee(self, posts: list[Post], idx: int) -> OrgRef | None:
        """The Party committee of the commune or district a neighbouring
        title's body serves, for a board written without its committee."""
        for post in posts[idx + 1:] + posts[:idx][::-1]:
            org = post.org
            if org is None or org.kind is None or org.kind.attaches != "jurisdiction":
                continue
            level = org.ref.jurisdiction_level or org.open_level
            if level not in ("commune", "district"):
                continue
            self._fill_place(org, posts)
            return self.orgs.bare_committee(level, org.place, org.ref.span)
        return None

    def _shared_place(self, level: str, posts: list[Post]):
        """The place of that level another of the person's current titles names."""
        for p in posts:
            if p.org and p.org.place and p.org.place.level == level and not p.former:
                return p.org.place
        if level == "province":     # "Tỉnh ủy viên, Bí thư Huyện ủy Nga Sơn": the one province with that district
            return next((prov for p in posts if p.org and p.org.place and p.org.place.level == "district"
                         and not p.former and (prov := self.ctx.province_of_district(p.org.place)) is not None), None)
        return None

    def _place_of_fellow_titles(self, level: str, post: Post | None, posts: list[Post]) -> Place | None:
        """The place of ``level`` the person's other titles give a title
        written without one: those said with it first, then the merged
        province's successor, then any."""
        peers = self._said_with(post, posts) if post is not None else posts
        return self._shared_place(level, peers) or self._moved_to(post, level, posts) \
            or self._shared_place(level, posts)

    @staticmethod
    def _said_with(post: Post, posts: list[Post]) -> list[Post]:
        """The titles whose place ``post`` shares: those conferred with it, or
        those held with it, not both: the post one is moved to need not be in
        the province of the one held ("A, Bí thư Tỉnh ủy Bình Phước, giữ chức
        Phó Bí thư Thường trực Tỉnh ủy" of the merged province)."""
        return [p for p in posts if p.appointed == post.appointed]

    def _moved_to(self, post: Post | None, level: str, posts: list[Post]) -> Place | None:
        """Where a title conferred with no place of its own, nor one its
        fellow titles name, is when the person holds posts in a province
        merged in 2025 into one the text names: that one ("A, bí thư Tỉnh ủy
        Thái Bình, làm phó bí thư thường trực" of the Tỉnh ủy Hưng Yên)."""
        if post is None or not post.appointed or level != "province":
            return None
        held = self._shared_place(level, [p for p in posts if not p.appointed])
        if held is None or held.province is None or not held.province.successor_key:
            return None
        successor = self.ctx.gaz.admin.provinces[held.province.successor_key]
        return next((p for _, p in self.ctx.places if p.province is not None and p.province.key == successor.key),
                    None)

    def _fill_place(self, org: ParsedOrg, posts: list[Post], post: Post | None = None) -> None:
        if not org.open_level:
            return
        if (clause := self.orgs.clause_place(org)) is not None:
            self.orgs.complete(org, clause, inferred=False)     # "Xã Diễn Châu: Chủ tịch HĐND A"
            return
        place = None
        body = org.board_s_body
        if body.kind is not None and body.kind.slug == "thanh-uy":
            # "Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Từ Sơn": the city of the next title
            city = self._shared_place("district", posts)
            place = city if city is not None and city.level_word == "thành phố" else None
            abroad = self._shared_place("province", posts) if place is None else None
            place = abroad if abroad is not None and abroad.country else place     # "… thủ đô Vientiane"
        shared = self.orgs.city_for(org, place or self._place_of_fellow_titles(org.open_level, post, posts),
                                    org.ref.span.start)
        if shared:
            self.orgs.complete(org, shared, inferred=False)
            return
        self.orgs.place_from_text(org)

    # ------------------------------------------------------- list headers
    def _list_headers(self) -> list[tuple[int, int, list[Post]]]:
        """Titles that head a list of names: "Các Phó Bí thư Tỉnh ủy gồm:",
        "6 Thứ trưởng gồm các ông, bà:", "2 trợ lý Thủ tướng là", "Tổ ĐBQH
        đơn vị số 1 gồm các đại biểu:", "các Ủy viên Bộ Chính trị, Bí thư
        Trung ương Đảng: A, B; C" (plural titles before a colon). Each is
        (first token, end token, titles) of the region of names it heads."""
        ctx = self.ctx
        out = []
        for k, key, lo, hi, e in self._header_points():
            if key == "gồm" and self._only_a_count(k + 1, hi):
                continue        # "Ủy ban Kiểm tra gồm 7 đồng chí; đồng chí A được bầu …": no list follows
            for times in _OVER_THE_YEARS:
                if e - len(times) > lo and tuple(ctx.keys[e - len(times):e]) == times:
                    e -= len(times)     # "các đồng chí nguyên Trưởng Ban Tổ chức Tỉnh ủy qua các thời kỳ: A, B"
                    break
            chain = self._title_before(e, lo) if e > lo else []
            if not chain and key == ":" and self._qualifier_start(e, lo) < e:
                # "các đại biểu Quốc hội (ĐBQH) tỉnh Cao Bằng:", "… đơn vị bầu cử huyện Hà Quảng:"
                chain = self._title_before(self._qualifier_start(e, lo), lo)
            if not chain and key == ":" and (each := self._title_of_each_body(e, lo)) is not None:
                # "Bộ trưởng các Bộ: Tài chính A, Xây dựng B; …": each name's body is written before it
                title, head = each
                self._each_body_head[title.start] = head
                out.append((k + 1, self._list_end(k + 1, hi), [title]))
                continue
            if not chain and key == ":":
                chain = self._members_in_council(e, lo)     # "các đồng chí trong Ban Thường vụ Tỉnh ủy: …"
            # (a council's members "có các đồng chí:" are plural; a title after "với" is someone else's)
            single = not self._plural_before(chain[0].start if chain else e, lo) and (chain or "các" not in ctx.keys[e:k])
            assigned = key == ":" and single and bool(chain) and self._opens_its_item(chain[0].start, lo) \
                and self._names_only(k + 1, hi) < 2 and self._one_name_assigned(k + 1, hi)
            if key == ":" and single and not (chain and self._names_only(k + 1, hi) >= 2) and not assigned:
                continue        # (a title then a colon and names alone: "Phó Tư lệnh Quân chủng: A, B"; a title
                #                 and the one who holds it: "- Bí thư Tỉnh ủy: đồng chí A, Ủy viên Trung ương Đảng.")

            if chain and chain[0].start > lo and any(tuple(ctx.keys[chain[0].start - 1:chain[0].start - 1 + len(w)]) == w
                                                     for w in _LEADERSHIP_WORDS):
                chain = []      # "Ban Giám đốc Bệnh viện X gồm": the board, not its head's title
            if chain and chain[0].start > lo and (ctx.keys[chain[0].start - 1] in ("tổ", "đoàn") and chain[0].role.slug
                                                  == "dai-bieu" or ctx.raw[chain[0].start - 1] == "Ban" and chain[0].role.slug == "thuong-truc"):
                chain = []      # "Tổ đại biểu gồm …", "cử Ban Thường trực gồm …": the group's name, not its members' title
            if key == "là" and chain and chain[0].start > lo and ctx.keys[chain[0].start - 1] in _OBJECT_PREPOSITIONS:
                continue        # "Bên cạnh Thủ tướng là Bí thư Tỉnh ủy A": the title before "là" is someone else's
            if chain and chain[0].start > lo and ctx.keys[chain[0].start - 1] == "của":
                continue        # "Tham gia đoàn công tác của Thủ tướng gồm …": whose group, not its members' title
            if key != ":" and chain:
                chain = chain[-1:]
            if not chain and key in ("gồm", ":"):
                chain = self._council_header(e, lo)      # "Ban Thường vụ Tỉnh ủy khóa XX gồm 15 đồng chí: …"
            if not chain and key == ":":
                chain = self._joined_council(k, lo)      # "bầu bổ sung vào Ban Chấp hành X các đồng chí: …"
            if not chain and key == "gồm" and any(
                    ctx.keys[t] in ("đbqh",) or tuple(ctx.keys[t:t + 3]) == ("đại", "biểu", "quốc")
                    for t in range(lo, k)) and any(ctx.keys[t] in ("tổ", "đoàn") for t in range(lo, k)) \
                    and not any(tuple(ctx.keys[t:t + len(w)]) == w for t in range(lo, k) for w in _LEADERSHIP_WORDS):
                # (a delegation's deputies, not "Lãnh đạo Văn phòng Đoàn ĐBQH … gồm": the office's leaders)
                chain = [self._named_title("Đại biểu Quốc hội", k)]
            if not chain and key == "gồm":
                chain = self._council_group(lo, k)         # "Tổ đại biểu số 7 HĐND tỉnh gồm các đại biểu A, …"
            chain = [p for p in chain if p is not None]     # (a former title too: each name held it once)
            if chain and self._proposed_for(chain[0].start, lo):
                continue        # "… được giới thiệu để bầu làm đại biểu Quốc hội, gồm: …": candidates
            for header in chain:
                if header.body is None and header.implied_kind is None and header.role.slug not in PARTY_ROLES \
                        and header.role.slug not in _ENVOY_ROLES:
                    side = next((org for a, b, org in self._leaderships if a <= header.start < b), None)
                    founded = self._founded_body_the_sentence_is_about(header.start) \
                        if header.role.slug in COMMITTEE_ROLES or header.role.slug in _HEADED_BODIES else None
                    #     ("…; các ủy viên gồm: …")
                    header.org = deepcopy(side) if side is not None else founded or \
                        self._nearest_org_before(header.start, lo)
                    if header.org is not None and not _may_head(header.role.slug, header.org.ref.name):
                        header.org = None   # "… làm Phó Trưởng ban Thường trực; các Phó Trưởng ban gồm …": a Ban's
                    if header.org is not None and any(p.start <= ctx.token_index(header.org.ref.span.start) < p.end
                                                      for p in chain if p is not header):
                        header.org = None   # "Ủy viên Trung ương Đảng, Phó Trưởng đoàn: A; B": not the Party's
                    if header.org is None and self._head_title(header) is not None:
                        # "Cục trưởng Cục Thuế tỉnh X … chủ trì. Cùng dự có các phó cục trưởng: A, B": the
                        # deputies of the body whose head the sentence before named
                        header.org = self._head_s_body_before(header, header.start)
            for header in chain:
                self._in_the_story_s_ministry(header)     # "Các thứ trưởng gồm: A; B": the story's ministry's
            chain = [p for p in chain if p.body is not None or p.implied_kind or p.role.slug in PARTY_ROLES
                     or p.context_org is not None]
            if chain:       # "có Chủ tịch là ông A và các Phó Chủ tịch: B, C": one title heads A alone
                end = self._first_item_end(k + 1, hi) if (key == "là" and single) or assigned \
                    else self._list_end(k + 1, hi)
                if end == hi and ctx.keys[hi - 1] == ":":
                    end = self._items_end(hi)       # the names set out line by line, or in a table, below
                out.append((k + 1, end, chain))
        return out

    def _title_of_each_body(self, e: int, lo: int) -> tuple[Post, str] | None:
        """A title shared by the heads of several national bodies of one kind, the header ending at
        token e ("Bộ trưởng các Bộ", "Thứ trưởng các bộ", "Chủ nhiệm các Ủy ban"): the title, its
        body left to each item, and the bodies' head word."""
        ctx = self.ctx
        for n in (2, 1):
            head = ctx.match(BODY_HEADS, e - n)
            if head is None or head[0] != n or e - n - 1 <= lo or ctx.keys[e - n - 1] != "các":
                continue
            for m in range(min(4, e - n - 1 - lo), 0, -1):
                role = ctx.match(ctx.gaz.roles, e - n - 1 - m)
                if role is not None and role[0] == m:
                    return Post(e - n - 1 - m, e - n - 1, role[1], None), head[1]
        return None

    def _body_of_the_item(self, post: Post, i: int, lo: int) -> ParsedOrg | None:
        """The national body named before the name at token i by the words an item of a list
        headed by ``post`` opens with ("Tài chính" of "Bộ trưởng các Bộ: …, Tài chính A")."""
        ctx = self.ctx
        head = self._each_body_head.get(post.start)
        start = max((t for t in range(lo, i) if ctx.keys[t] in (",", ";", ":")), default=None)
        if head is None or start is None or start + 1 >= i:
            return None
        ref = self.orgs.known_body(f"{head} {ctx.text_between(start + 1, i)}", start + 1)
        if ref is None:
            return None
        ref = replace(ref, surface=ctx.text_between(start + 1, i),
                      span=Span(ctx.tokens[start + 1].start, ctx.tokens[i - 1].end))
        return ParsedOrg(i, ref)

    def _place_in_parentheses(self, k: int, hi: int, level: str) -> Place | None:
        """A place of ``level`` named alone in parentheses at token k: "A
        (Điện Biên)" (a province), "các Chủ tịch UBND huyện: A (Bình Sơn)"
        (a district or commune the list's body leaves open)."""
        ctx = self.ctx
        if k + 2 >= hi or ctx.keys[k] != "(":
            return None
        if level == "province":
            closed = self._province_closed(k + 1, hi)
            return closed[1] if closed else None
        close = next((t for t in range(k + 1, min(hi, k + 6)) if ctx.keys[t] == ")"), None)
        if close is None or not all(ctx.tokens[t].is_word and ctx.tokens[t].is_capitalised
                                    and not ctx.tokens[t].text.isupper() for t in range(k + 1, close)):
            return None
        named = ctx.place_at(k + 1, close)
        if named is not None and (named[0] != close or named[1].level == "province"):
            return None         # "(Quảng Ngãi)": a province, not the district the body leaves open
        return Place(ctx.text_between(k + 1, close), level, "")

    def _proposed_for(self, t: int, lo: int) -> bool:
        """Is the title at token t one the persons are only proposed or
        standing for ("để bầu làm", "giới thiệu … làm", and in the sentence
        "ứng cử", "đề cử", "nếu được … bầu làm")?"""
        near, sentence = self.ctx.keys[max(lo, t - 8):t], self.ctx.keys[lo:t]
        return "để" in near or has_phrase(near, ("giới", "thiệu")) or any(
            has_phrase(sentence, p) for p in (("ứng", "cử"), ("đề", "cử"), ("nếu", "được")))

    def _member_roles(self, founded: FoundedBody, posts: list[Post], lo: int, i: int, end: int) -> list[Post]:
        """A listed member's role in the body the text founds: written after
        their posts ("…, Chủ tịch UBND tỉnh - Trưởng ban"), before their name
        ("1. Trưởng Ban Chỉ đạo: Ông A") or over their items ("3. Các Ủy viên:")."""
        for post in posts:
            if post.body is None and not post.implied_kind and post.role.slug in COMMITTEE_ROLES:
                post.org = deepcopy(founded.org)
                return []
        role = listed_role(self.ctx, lo, i) or trailing_member(self.ctx, lo, self._sentence_bounds(i)[1])
        return [] if role is None else [Post(i, end, role, deepcopy(founded.org))]

    def _titles_start_before(self, t: int, lo: int) -> int:
        """Where the title ending at token t begins ("Trưởng Ban" of "các Trưởng Ban của")."""
        return next((k for k in range(max(lo, t - 6), t) if (p := self.posts.parse(k, t)) is not None
                     and p.end == t), t)

    def _in_delegation(self, post: Post, lo: int, i: int) -> None:
        """The delegation a head or deputy head leads, named before "do" in
        the sentence: "Đoàn kiểm tra số 4 của Ban Thường vụ Tỉnh ủy do đồng
        chí A làm Trưởng đoàn" -> Đoàn kiểm tra số 4, under the Ban Thường vụ."""
        ctx = self.ctx
        led = next((t for t in range(i - 1, lo - 1, -1) if ctx.keys[t] == "do"), None)
        start = self._delegation_named_before(led, lo) if led else None
        if start is None:
            # "…, Phó Trưởng đoàn" after a lead that named the delegation: "Đoàn giám sát của Thường trực HĐND
            # tỉnh đã làm việc với … Cùng dự có bà A, Trưởng Ban …, Phó Trưởng đoàn"
            first = ctx.token_index(ctx.doc.sentences[max(0, ctx.doc.sentence_index(ctx.tokens[lo].start) - 3)].start)
            start = next((t for t in range(lo - 1, first - 1, -1) if self._group_named_at(t, lo)), None)
            if start is None:
                return
            hi = self._sentence_bounds(start)[1]
            led = next((t for t in range(start + 1, hi) if ctx.keys[t] == "do" and ctx.keys[t - 1] != "-"), hi)
        end = next((t for t in range(start + 1, led) if ctx.keys[t] in ("gồm", "có", "đã", "lên", "đến")), led)
        while end > start and ctx.keys[end - 1] == ",":
            end -= 1
        if end - start > 3 and ctx.keys[end - 1] == ")" and "(" in ctx.keys[start:end]:
            end = max(t for t in range(start, end) if ctx.keys[t] == "(")    # "… Gimhae (Hàn Quốc)": an aside
        end = next((t for t in range(start + 1, end) if ctx.keys[t:t + 2] == [",", "nước"]), end)
        #          ("Đoàn đại biểu tỉnh Chăm Pa Sắc, nước CHDCND Lào": the state, an aside)
        of = next((t for t in range(start + 1, end) if ctx.keys[t] == "của"), None)
        parents = self.orgs.parse_coordinated(of + 1, end) if of is not None else []
        stop = of if parents else end
        if stop - start < 2:
            return
        name = self.ctx.gaz.expand(ctx.text_between(start, stop))
        ref = OrgRef(name=name, surface=ctx.text_between(start, stop),
                     span=Span(ctx.tokens[start].start, ctx.tokens[stop - 1].end))
        post.org = ParsedOrg(stop, ref)
        for parent in parents:          # "… của Bộ Chính trị, Ban Bí thư": under each
            self.orgs.place_from_text(parent)
            self._add_parent(ref, parent.ref, parent)

    def _in_the_body_led(self, post: Post, lo: int, i: int) -> None:
        """"Ban Chỉ đạo cải cách hành chính tỉnh do đồng chí A, Chủ tịch UBND
        tỉnh làm Trưởng ban; đồng chí B, … làm Phó Trưởng ban Thường trực":
        the head's title, written bare, is of the body the sentence opens
        with, when the title names that body's kind ("Trưởng ban" a Ban,
        "Chủ tịch" a Hội đồng or an Ủy ban, "Tổ trưởng" a Tổ)."""
        ctx = self.ctx
        led = next((t for t in range(i - 1, lo - 1, -1) if ctx.keys[t] == "do"), None)
        if led is None:
            return
        start = ctx.item_mark_end(lo) or lo
        end = led - 1 if ctx.keys[led - 1] == "," else led
        org = self.orgs.parse(start, end) if start < end and ctx.tokens[start].is_capitalised else None
        heads = _HEADED_BODIES.get(post.role.slug)
        if org is None or org.end != end or heads is None or not org.ref.name.startswith(heads):
            return
        self._fill_place(org, [])
        post.org = org

    def _assembly_delegation(self, post: Post, posts: list[Post]) -> ParsedOrg:
        """Only a province's delegation of the National Assembly has a
        full-time deputy head: "A, Phó Trưởng đoàn chuyên trách" written
        bare is of the Đoàn đại biểu Quốc hội of the province."""
        ctx = self.ctx
        kind = ctx.gaz.kind_by_slug[_DELEGATION]
        span = Span(ctx.tokens[post.start].start, ctx.tokens[post.end - 1].end)
        org = ParsedOrg(post.end, OrgRef(name=kind.label, surface="", span=span, kind=kind.slug), kind=kind,
                        open_level="province")
        self._fill_place(org, posts, post)
        return org

    def _delegation_named_before(self, led: int, lo: int, lower_case: bool = False) -> int | None:
        """Where the delegation named before the "do" at token ``led`` (back to token lo) begins."""
        return next((t for t in range(led - 1, lo - 1, -1) if self._group_named_at(t, led, lower_case)), None)

    def _group_named_at(self, t: int, limit: int, lower_case: bool = False) -> bool:
        """Does a delegation's name start at token t: "Đoàn đại biểu …", "Đoàn công tác …", the word
        after saying what kind of group, not whose? Written in lower case mid-sentence ("Ngày 7/8, đoàn
        công tác của Bộ …", not "trưởng đoàn đã") it names no group of its own but tells who sent it."""
        ctx = self.ctx
        if lower_case and ctx.raw[t] == "đoàn":
            return tuple(ctx.keys[t + 1:t + 3]) in _DELEGATION_KINDS and t + 2 < limit
        return ctx.raw[t] == "Đoàn" and t + 1 < limit and ctx.tokens[t + 1].is_word \
            and not ctx.tokens[t + 1].is_capitalised

    def _header_points(self):
        """Each "gồm", "là", ":" or ", trong đó có" that may close a list's header: (token,
        word, sentence start, sentence end, where the header's words end)."""
        keys = self.ctx.keys
        for k, key in enumerate(keys):
            if key in ("gồm", "là", ":") or (key == "có" and keys[k - 3:k] == [",", "trong", "đó"]):
                lo, hi = self._sentence_bounds(k)
                yield k, key, lo, hi, self._header_end(k, lo)

    @cached_property
    def _leaderships(self) -> list[tuple[int, int, ParsedOrg]]:
        return self._leadership_headers()

    def _leadership_headers(self) -> list[tuple[int, int, ParsedOrg]]:
        """"Lãnh đạo Sở Y tế tỉnh X gồm: …", "Ban Giám đốc Bệnh viện Y là
        …", "Về phía TAND cấp cao tại Đà Nẵng có đồng chí A, Chánh án; …":
        the body whose leaders are listed, with the region of the list."""
        ctx = self.ctx
        out = self._sides() + self._headings() + self._delegation_leads()
        for k, _, lo, hi, e in self._header_points():
            for t in range(max(lo, e - 15), e):
                lead = next((w for w in _LEADERSHIP_WORDS if tuple(ctx.keys[t:t + len(w)]) == w), None)
                if lead is None and ctx.keys[t] == "của" and self._plural_before(self._titles_start_before(t, lo), lo):
                    lead = ("của",)         # "các Trưởng Ban của HĐND tỉnh gồm: …"
                org = self.orgs.parse(t + len(lead), e, strict_case=not self._institution_called_back(t + len(lead), e)) \
                    if lead else None
                if org is not None and self._skip_term(org.end, e) == e:
                    self._fill_place(org, [])
                    out.append((k + 1, self._list_end(k + 1, hi), org))
                    break
        return out

    def _institution_called_back(self, k: int, e: int) -> bool:
        """"Ban Giám đốc bệnh viện", "lãnh đạo nhà trường": an institution's
        head noun in lower case, standing for the one the text named."""
        head = self.ctx.match(BODY_HEADS, k)
        return head is not None and k + head[0] <= e and not self.ctx.tokens[k].is_capitalised \
            and head[1] in INSTITUTION_HEADS

    def _headings(self) -> list[tuple[int, int, ParsedOrg]]:
        """A heading line in capitals over a list or table that names the body
        its rows belong to ("BAN THƯỜNG VỤ HỘI LHPN TỈNH KHÓA XV", "DANH SÁCH
        BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"): the rows' bare
        titles are the body's, or its host's when it is a board."""
        ctx = self.ctx
        out = []
        text = ctx.doc.text
        for s in ctx.doc.sentences:
            line = text[s.start:s.end].strip()
            if "\n" in line or not line.isupper() or len(line.split()) < 3:
                continue
            below = text[s.end:text.find("\n", text.find("\n", s.end) + 1)].strip()
            if not ("|" in below or below[:1] in ITEM_MARKS or below[:1].isdigit()):
                continue        # (no list or table under it: a headline)
            lo, hi = ctx.token_index(s.start), ctx.token_index(s.end)
            org = next((o for t in range(lo, hi) if ctx.tokens[t].is_word
                        and (o := self.orgs.parse(t, hi, strict_case=False)) is not None and not o.leadership), None)
            if org is None or org.body is not None:
                continue
            body = org.host if org.host is not None and org.ref.kind in _HEADING_BOARDS else org
            body.ref.name = " ".join(w.lower() if w.isupper() and w.casefold() in _LEVEL_WORDS else w
                                     for w in body.ref.name.split())     # "… TỈNH" read as the level word
            self._fill_place(body, [])
            block_end = text.find("\n\n", s.end)
            end = ctx.token_index(block_end) if block_end != -1 else len(ctx.tokens)
            out.append((hi, end, body))
        return out

    def _sides(self) -> list[tuple[int, int, ParsedOrg]]:
        """"Về phía <body> có …", "Đại diện lãnh đạo <body> có …" opening a
        sentence or a clause after its comma ("Về phía Agribank, hội nghị do
        …"): the persons it lists, to the end of the sentence, are that body's."""
        ctx = self.ctx
        out = []
        done = -1       # (one side per sentence)
        for t in [t for t, key in enumerate(ctx.keys) if key in _SIDE_FIRST_WORDS]:
            lo, hi = self._sentence_bounds(t)
            if lo <= done or (t > lo and ctx.keys[t - 1] != ","):
                continue
            lead = next((w for w in _SIDE_LEADS if tuple(ctx.keys[t:t + len(w)]) == w), None)
            k = t + len(lead) if lead else hi
            org = self.orgs.parse(k, hi, strict_case=ctx.keys[k:k + 2] != ["nhà", "trường"]) \
                if k < hi else None      # ("Về phía nhà trường có …": the school)
            if org is not None and org.end < hi and ctx.keys[org.end] in ("có", ",") and not org.open_host:
                self._fill_place(org, [])
                out.append((org.end + 1, hi, org))
                done = lo
        return out

    def _delegation_leads(self) -> list[tuple[int, int, ParsedOrg]]:
        """"Đoàn công tác (của) <body> do đồng chí A, Phó Trưởng ban làm trưởng
        đoàn": a title the head writes bare, between "do" and "làm trưởng đoàn"
        or "dẫn đầu", is of the body that sends the delegation."""
        ctx = self.ctx
        out = []
        for led in [t for t, key in enumerate(ctx.keys) if key == "do"]:
            lo, hi = self._sentence_bounds(led)
            start = self._delegation_named_before(led, max(lo, led - 20), lower_case=True)
            close = next((t for t in range(led + 1, hi) if any(tuple(ctx.keys[t:t + len(v)]) == v
                                                                 for v in _DELEGATION_HEAD_VERBS)), None)
            if start is None or close is None:
                continue
            of = next((t for t in range(start + 1, led) if ctx.keys[t] == "của"), None)
            first = of + 1 if of is not None else next(
                (t for t in range(start + 1, led) if ctx.tokens[t].is_capitalised), led)
            end = led - 1 if ctx.keys[led - 1] == "," else led
            org = self.orgs.parse(first, end) if first < end else None
            if org is not None and org.end == end and not org.open_host:
                self._fill_place(org, [])
                out.append((led + 1, close, org))
        return out

    def _qualifier_start(self, e: int, lo: int) -> int:
        """Where words that qualify a list's plural title end it, read back from
        token e: an abbreviation in parentheses, a place, an electoral unit."""
        ctx = self.ctx
        t = e
        while t > lo:
            if ctx.keys[t - 1] == ")" and t - 3 >= lo and ctx.keys[t - 3] == "(":
                t -= 3
                continue
            unit = next((s for s in range(max(lo, t - 8), t) if tuple(ctx.keys[s:s + 4]) == ("đơn", "vị", "bầu", "cử")), None)
            if unit is not None:
                t = unit
                continue
            place = next((s for s in range(max(lo, t - 6), t) if ctx.keys[s] in ("tỉnh", "thành", "huyện", "xã", "tp")
                          and (hit := ctx.place_at(s, t)) is not None and hit[0] == t), None)
            if place is None:
                break
            t = place
        return t

    def _header_end(self, k: int, lo: int) -> int:
        """Where the titles of a list header end, before "gồm", "là" or ":"
        and the words that may sit between ("khác", ", gồm các ông, bà")."""
        ctx = self.ctx
        e = k
        if ctx.keys[k] == "có":
            e = k - 3           # "bầu 12 Ủy viên UBND tỉnh, trong đó có A, …; B, …"
        if ctx.keys[k] == ":":
            for tail in _SPELLED_OUT:
                if e - len(tail) > lo and tuple(ctx.keys[e - len(tail):e]) == tail:
                    e -= len(tail)      # "Ban Thường trực gồm 6 vị, cụ thể:", "… như sau:"
                    break
            for lead in _LIST_LEADS:
                n = len(lead)
                if e - n >= lo and tuple(ctx.keys[e - n:e]) == lead:
                    e -= n
                    break
            else:
                # "gồm 15 đồng chí:", "có 65 người:"
                if e - 3 >= lo and ctx.keys[e - 3] in ("gồm", "có") and ctx.tokens[e - 2].text.isdigit() \
                        and ctx.keys[e - 1] in ("người", "vị", "ủy", "thành"):
                    e -= 3
                elif e - 4 >= lo and ctx.keys[e - 4] in ("gồm", "có") and ctx.tokens[e - 3].text.isdigit() \
                        and tuple(ctx.keys[e - 2:e]) in (("đồng", "chí"), ("ủy", "viên"), ("thành", "viên")):
                    e -= 4
        if e - 1 > lo and ctx.keys[e - 1] == "khác":
            e -= 1
        if e - 2 > lo and ctx.keys[e - 2:e] == ["còn", "lại"]:
            e -= 2          # "Các Ủy viên Ban Thường vụ còn lại gồm:"
        while e - 1 > lo and ctx.keys[e - 1] in ("hiện", "nay"):
            e -= 1          # "Lãnh đạo Bộ hiện nay gồm:"
        passive = next((t for t in range(max(lo, e - 3), e) if ctx.keys[t] == "được"), None)
        if passive is not None and any(tuple(ctx.keys[passive + 1:e]) == v for v in _APPOINTING):
            e = passive - (ctx.keys[passive - 1] in ("vừa", "mới"))    # "Các Phó Chủ tịch được bầu gồm"
        if e - 1 > lo and ctx.keys[e - 1] == ",":
            e -= 1
        e = self._before_a_lowercase_gloss(e, lo)
        e = self._before_a_constituency(e, lo)
        e = self._term_before(e, lo)
        if e - 1 > lo and ctx.keys[e - 1] == ",":
            e -= 1          # "các Phó Bí thư Tỉnh ủy Ninh Bình, nhiệm kỳ 2025-2030 gồm:"
        return e

    def _before_a_constituency(self, e: int, lo: int) -> int:
        """Before "đơn vị tỉnh Thanh Hóa", the constituency that ends a header of deputies at e ("các ĐBQH
        khóa XV đơn vị tỉnh Thanh Hóa:")."""
        ctx = self.ctx
        unit = next((t for t in range(e - 3, max(lo, e - 8), -1) if ctx.keys[t:t + 2] == ["đơn", "vị"]), None)
        place = ctx.place_at(unit + 2, e) if unit is not None else None
        return unit if place is not None and place[0] == e else e

    def _before_a_lowercase_gloss(self, e: int, lo: int) -> int:
        """Before "(sau hợp nhất)", "(mới)", "(cũ)" that glosses the body
        ending a header at e: words in lower case in brackets, not letters
        ("(CDC)") nor a state ("(Lào)")."""
        ctx = self.ctx
        if not (e - 1 > lo and ctx.keys[e - 1] == ")"):
            return e
        opening = next((t for t in range(e - 2, max(lo, e - 7), -1) if ctx.keys[t] == "("), None)
        if opening is None or opening == e - 2 or not all(
                ctx.tokens[t].text.isalpha() and not ctx.tokens[t].is_capitalised for t in range(opening + 1, e - 1)):
            return e
        return opening

    def _joined_council(self, k: int, lo: int) -> list[Post]:
        """"(bầu bổ sung) vào <council> các đồng chí:" — the persons listed
        after the colon become members of the council."""
        ctx = self.ctx
        lead = persons_lead_ending_at(ctx.keys, k)
        if not lead:
            return []
        e = k - lead
        chain = self._council_header(e, lo)
        return chain if chain and chain[0].start - 1 >= lo and ctx.keys[chain[0].start - 1] == "vào" else []

    def _council_header(self, e: int, lo: int) -> list[Post]:
        """A council named right before a list of its members: each member
        holds a post of Ủy viên in it."""
        ctx = self.ctx
        for t in range(max(lo, e - 15), e):
            if not ctx.tokens[t].is_capitalised:
                continue
            if any(tuple(ctx.keys[t - len(w):t]) == w for w in _LEADERSHIP_WORDS):
                return []       # "Lãnh đạo Tỉnh ủy gồm: …": its leaders, each with their own title
            org = self.orgs.parse(t, e)
            if org is not None and self._past_count(self._skip_term(org.end, e), e) == e and self._is_council(org):
                self._host_of_a_bare_board(org, t, lo)
                return [Post(t, e, ctx.gaz.role_by_slug["uy-vien"], org)]
        return []

    def _host_of_a_bare_board(self, board: ParsedOrg, t: int, lo: int) -> None:
        """"Ủy ban MTTQ tỉnh khóa XI đã hiệp thương cử Ban Thường trực gồm: …",
        "(Đại hội Hội Nông dân tỉnh …) Ban Chấp hành đã bầu Ban Thường vụ gồm:
        …": a board named bare is of the body the sentence names before it,
        else of the one whose congress the story reports."""
        if board.kind is None or board.kind.slug not in _BOARD_KINDS or board.ref.host is not None:
            return
        host = next((o for u in range(t - 1, lo - 1, -1) if self.ctx.tokens[u].is_capitalised
                     and (o := self.orgs.parse(u, t)) is not None and not (o.kind and o.kind.slug in _BOARD_KINDS)), None)
        if host is None:
            host = self._congress_body
        elif not host.has_committees:
            return          # (a body with no boards of its own names no board's host)
        if host is None:
            return
        self.orgs.attach_host(board, host.ref)
        board.host, board.open_committee = host, False

    @cached_property
    def _congress_body(self) -> ParsedOrg | None:
        """The body whose congress ("Đại hội Hội Nông dân tỉnh Quảng Ninh") the text names first."""
        ctx = self.ctx
        for t in range(len(ctx.tokens) - 1):
            if ctx.raw[t] == "Đại" and ctx.keys[t + 1] == "hội" and t + 2 < len(ctx.tokens) \
                    and ctx.tokens[t + 2].is_capitalised and (org := self.orgs.parse(t + 2, len(ctx.tokens))) is not None \
                    and org.has_committees and not (org.kind and org.kind.slug in _BOARD_KINDS):
                self._fill_place(org, [])
                return org
        return None

    def _members_in_council(self, e: int, lo: int) -> list[Post]:
        """"các đồng chí trong Ban Thường vụ Tỉnh ủy:": the names after the
        colon are members (Ủy viên) of the council."""
        chain = self._council_header(e, lo)
        start = chain[0].start if chain else lo
        return chain if start - 1 > lo and self.ctx.keys[start - 1] == "trong" and self._plural_before(start, lo) else []

    def _only_a_count(self, k: int, hi: int) -> bool:
        """"gồm 7 đồng chí;" — a count that ends its clause, no names after it."""
        ctx = self.ctx
        end = self._past_count(k, hi)
        return end > k and end < hi and ctx.keys[end] in (";", ".", ",")

    def _past_count(self, k: int, e: int) -> int:
        """Past "3 đồng chí", "15 ủy viên" before a list's colon."""
        ctx = self.ctx
        if k < e and ctx.tokens[k].text.isdigit():
            k += 1
        if tuple(ctx.keys[k:k + 2]) in (("đồng", "chí"), ("ủy", "viên"), ("thành", "viên")):
            k += 2
        elif k < e and ctx.keys[k] == "người":
            k += 1
        if k < e and ctx.keys[k] == "gồm":
            k += 1
        return k

    @staticmethod
    def _is_council(org: ParsedOrg) -> bool:
        return bool(org.kind and org.kind.slug in _COUNCIL_KINDS) or bool(
            org.body and (org.body.slug in _COUNCIL_BODIES or org.is_party_committee))

    def _plural_before(self, start: int, lo: int) -> bool:
        """"các", "những" or a number before a title: it names a group."""
        ctx = self.ctx
        t = start - 1
        while t >= lo and ctx.keys[t] in ("đồng", "chí", "ông", "bà", ",", "sau", "giữ", "chức", "vụ", "làm", "là",
                                          "trong"):
            t -= 1              # "các đồng chí sau giữ chức Phó Chủ tịch …:", "các đồng chí là Ủy viên …:"
        return t >= lo and (ctx.keys[t] in ("các", "những") + NUMBER_WORDS or ctx.tokens[t].text.isdigit()
                            or ctx.keys[t - 1:t + 1] == ["danh", "sách"])     # "Danh sách Ủy viên …:"

    def _items_end(self, k: int) -> int:
        """The end of the lines after token k that are items of a list ("- A,
        …;", "1. A", a table row "1 | A | …"), and table headers among them."""
        ctx = self.ctx
        end = k
        si = ctx.doc.sentence_index(ctx.tokens[k].start) if k < len(ctx.tokens) else len(ctx.doc.sentences)
        for s in ctx.doc.sentences[si:]:
            a, b = ctx.token_index(s.start), ctx.token_index(s.end)
            if a >= b or a < k:
                continue
            if not (ctx.item_mark_end(a) is not None or "|" in ctx.keys[a:b]):
                if end == k and name_at(ctx, a, b) is not None:
                    end = b     # "… gồm các ông:\nA, B.": the names on the next line, unmarked
                break
            end = b
        return end

    def _first_item_end(self, a: int, hi: int) -> int:
        """Where the first item of what follows token a ends."""
        return next((t for t in range(a, hi) if self.ctx.keys[t] in (",", ";", "và", ":")), hi)

    def _list_end(self, a: int, hi: int) -> int:
        """The end of the names a header heads: the sentence, or the first
        ";" when the items before it are several names joined by commas
        (then each ";" part is a group of its own)."""
        ctx = self.ctx
        semi = next((t for t in range(a, hi) if ctx.keys[t] == ";"), None)
        if semi is None:
            return hi
        if self._count_names(a, semi) >= 2:
            return semi
        # ";"-separated items: the list goes on while each item names someone, and
        # in the list's own style ("…: A, <post>; B, <post>; đồng chí C, …": C is no longer listed)
        end, bare = semi, not self._opens_with_honorific(a)
        while end < hi:
            nxt = next((t for t in range(end + 1, hi) if ctx.keys[t] == ";"), hi)
            if not self._starts_with_person(end + 1, nxt) or (bare and self._opens_with_honorific(end + 1)):
                break
            end = nxt
        return end

    def _opens_with_honorific(self, a: int) -> bool:
        keys = self.ctx.keys
        a += keys[a:a + 1] == [":"]
        return keys[a:a + 2] == ["đồng", "chí"] or keys[a:a + 1] in (["ông"], ["bà"], ["đ/c"])

    def _starts_with_person(self, a: int, b: int) -> bool:
        """A list item that opens with a name, or with titles and then a name."""
        ctx = self.ctx
        while a < b and (ctx.keys[a] in ("các", "đồng", "chí", "ông", "bà", "đ/c") or all(
                part in DEGREE_ABBREVIATIONS for part in ctx.keys[a].split("."))
                or (ctx.keys[a] == "." and a > 0 and ctx.keys[a - 1].split(".")[-1] in DEGREE_ABBREVIATIONS)):
            a += 1      # ("; các ông A, B và bà C", "; PGS.TS D", "; GS.TSKH. E": the list goes on)
        honored = a > 0 and ctx.keys[a - 1] in HONORIFIC_WORDS
        rank = next((n for n in (3, 2) if " ".join(ctx.keys[a:a + n]) in RANKS), 0)
        a += rank       # "Đại tá Rơ Châm Lênh, Chỉ huy trưởng …"
        if a >= b or not ctx.tokens[a].is_capitalised:
            return False
        if name_at(ctx, a, b) or ((honored or rank or ctx.keys[a + 1:a + 2] in (["thị"], ["văn"]))
                                  and unknown_family_name_at(ctx, a, b)):
            return True     # (a rare family name after "bà" or before "Thị": "bà Nịnh Thị Sâm", "Ngân Thị Hạnh")
        for _ in range(4):      # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Nghiêm Xuân Trường": titles, then the name
            post = self.posts.parse(a, b)
            if post is None:
                return False
            if self._name_follows(post.end, b):
                return True
            a = post.end + 1
            if post.end >= b or ctx.keys[post.end] != ",":
                return False
        return False

    def _one_person_s_titles(self, pre: list[Post]) -> list[Post]:
        """Titles before a name, less a head's title followed by its deputy's
        in the same body: one person holds not both ("báo cáo Thủ tướng Chính
        phủ, Phó Thủ tướng A": the Prime Minister is someone else); less a
        title after a preposition and a comma, the object of a fronted phrase."""
        for k in range(len(pre) - 1, 0, -1):
            deputy = pre[k]
            head = self._head_title(deputy)
            if head is not None and any(p.role == head and p.body is not None and deputy.body is not None
                                        and p.body.name == deputy.body.name for p in pre[:k]):
                return pre[k:]
        keys = self.ctx.keys
        lo, _ = self._sentence_bounds(pre[0].start) if pre else (0, 0)
        for k in range(len(pre) - 1, 0, -1):
            # "Báo cáo với Thủ tướng, Chủ tịch UBND TP Cần Thơ A cho biết": the title in a phrase fronted
            # with a preposition is another's, the person's begin after its comma (not "… tới Tổng Bí thư,
            # Chủ tịch nước Lào A": both titles the object's)
            if any(keys[p.start - 1] in _OBJECT_PREPOSITIONS and keys[p.end:p.end + 1] == [","]
                   and p.start - lo <= 4 and "," not in keys[lo:p.start] for p in pre[:k]):
                return pre[k:]
        return pre

    def _opens_its_item(self, t: int, lo: int) -> bool:
        """Does the title at token t open its sentence or its line's item
        ("- Bí thư Tỉnh ủy: …"), rather than end a phrase ("Tháp tùng Chủ
        tịch nước có: …")?"""
        ctx = self.ctx
        return t == lo or ctx.keys[t - 1] in ("-", "+", "•", "*") or "\n" in ctx.doc.text[ctx.tokens[t - 1].end:ctx.tokens[t].start]

    def _one_name_assigned(self, a: int, hi: int) -> bool:
        """Is what follows token a one name, after an honorific, that ends
        its item ("đồng chí A, Ủy viên …", "đồng chí B.")?"""
        ctx = self.ctx
        t = a + next((m for m in (3, 2, 1) if " ".join(ctx.keys[a:a + m]) in RANKS | HONORIFICS), 0)
        stop = name_at(ctx, t, hi) if t < hi else None
        return stop is not None and (stop >= hi or ctx.keys[stop] in (",", ".", ";"))

    def _names_only(self, a: int, b: int) -> int:
        """How many names, each after at most a rank or an honorific, the
        tokens from a list up to the first ";" or the end; 0 when anything else
        stands between them."""
        ctx = self.ctx
        end = next((t for t in range(a, b) if ctx.keys[t] in (";", ".")), b)
        t, n = a, 0
        while t < end:
            t += next((m for m in (3, 2, 1) if " ".join(ctx.keys[t:t + m]) in RANKS | HONORIFICS | HONORIFIC_WORDS), 0)
            stop = name_at(ctx, t, end)
            if stop is None:
                return 0
            n, t = n + 1, stop
            if t < end and ctx.keys[t] not in (",", "và"):
                return 0
            t += 1
        return n

    def _count_names(self, a: int, b: int) -> int:
        ctx, t, n = self.ctx, a, 0
        while t < b:
            end = name_at(ctx, t, b) if ctx.tokens[t].is_capitalised else None
            if end:
                n += not is_place_name(ctx, ctx.text_between(t, end))
                t = end
            else:
                t += 1
        return n

    def _council_group(self, lo: int, k: int) -> list[Post]:
        """"Tổ đại biểu (số 7) HĐND tỉnh gồm …": the group's members are
        deputies (Đại biểu) of the council."""
        ctx = self.ctx
        group = next((t for t in range(lo, k - 2) if ctx.keys[t:t + 3] == ["tổ", "đại", "biểu"]), None)
        if group is None:
            return []
        for t in range(group + 3, k):
            org = self.orgs.parse(t, k) if ctx.tokens[t].is_capitalised else None
            if org is not None and org.kind is not None and org.kind.slug in _ELECTED_KINDS and org.end == k:
                return [Post(t, k, ctx.gaz.role_by_slug["dai-bieu"], org)]
        return []

    def _named_title(self, label: str, at: int) -> Post | None:
        gz = self.ctx.gaz
        compound = gz.titles.lookup(label)
        if compound is None or compound.org_iri is None:
            return None
        body = gz.body_by_iri[compound.org_iri]
        tok = self.ctx.tokens[at]
        return Post(at, at + 1, compound.role, None,
                    implied=OrgRef(name=body.label, surface="", span=Span(tok.start, tok.end), known_iri=body.iri))

    def _in_the_story_s_ministry(self, post: Post) -> None:
        """A ministry's title written without its ministry is of the one ministry the story names."""
        if post.body is None and post.role.slug in _MINISTRY_ROLES and self._the_one_ministry is not None \
                and not self._foreign_story:
            post.context_org = deepcopy(self._the_one_ministry)

    @cached_property
    def _the_one_ministry(self) -> ParsedOrg | None:
        """The ministry a text names, if it names one only: whose "Bộ trưởng
        Đào Ngọc Dung" a story about it writes with no ministry."""
        ctx, found = self.ctx, {}
        for t in range(len(ctx.tokens)):
            if ctx.keys[t] != "bộ" or not ctx.tokens[t].is_capitalised:
                continue
            org = self.orgs.parse(t, len(ctx.tokens))
            if org is not None and org.body is not None and org.body.label.startswith("Bộ ") \
                    and org.body.parent_iri == self._government_iri:
                found.setdefault(org.body.label, org)
        return next(iter(found.values())) if len(found) == 1 else None

    @cached_property
    def _government_iri(self) -> str | None:
        body = self.ctx.gaz.bodies.lookup("Chính phủ")
        return body.iri if body is not None else None

    @cached_property
    def _foreign_story(self) -> bool:
        """Does the text name a foreign state (whose ministers it may name bare)?
        Not "Đức" inside a Vietnamese name ("Hồ Đức Phớc")."""
        ctx = self.ctx
        return any(ctx.match(ctx.gaz.countries, t) and not self._inside_a_name(t) for t in range(len(ctx.tokens))
                   if ctx.tokens[t].is_capitalised and ctx.keys[t:t + 2] != ["việt", "nam"])

    def _inside_a_name(self, t: int, lo: int = 0, limit: int | None = None) -> bool:
        """Is token t a middle or given name of a Vietnamese name begun at
        most three tokens before it (from token lo, ending before limit)?"""
        return any((end := name_at(self.ctx, s, limit)) is not None and end > t for s in range(max(lo, t - 3), t))

    def _terms_of_bodies(self) -> dict[str, int]:
        """The latest "khóa" the text writes after each body, keyed by the
        body's name folded; a board's term is its committee's ("Ban Chấp hành
        LĐLĐ huyện khóa XXIII": of the LĐLĐ huyện)."""
        ctx, out = self.ctx, {}
        for k, key in enumerate(ctx.keys):
            if key != "khóa" or k + 1 >= len(ctx.tokens) or (number := _term_number(ctx.tokens[k + 1].text)) is None:
                continue
            lo, _ = self._sentence_bounds(k)
            org = self._nearest_org_before(k, lo)
            if org is None or org.end != k:
                continue
            org = deepcopy(org)
            self.orgs.place_from_text(org)      # "Ban Chấp hành LĐLĐ huyện khóa XXIII": of the story's district
            for body in (org.ref, org.ref.host):
                if body is not None:
                    out[body.name.casefold()] = max(out.get(body.name.casefold(), 0), number)
        return out

    def _nearest_org_before(self, j: int, lo: int) -> ParsedOrg | None:
        """The body named last before token j, whole: "Ban Tổ chức Tỉnh ủy",
        not the "Tỉnh ủy" it ends with."""
        for t in range(j - 1, lo - 1, -1):
            if self._inside_a_name(t, lo, j):
                continue        # "Bộ trưởng Đỗ Đức Duy": "Đức" of a name is no country
            org = self.orgs.parse(t, j)
            if org:
                longer = (self.orgs.parse(s, j) for s in range(t - 1, max(lo, t - 6) - 1, -1))
                return next((o for o in longer if o is not None and o.end >= org.end), org)
        return None

    # ------------------------------------------------------- ended posts
    def _mark_ended(self, persons: dict[str, "PersonMention"]) -> None:
        """"miễn nhiệm chức Chủ tịch UBND tỉnh Nghệ An ... đối với ông
        Nguyễn Đức Trung": that post of that person has ended."""
        ctx = self.ctx
        for k in range(len(ctx.tokens)):
            if ctx.keys[k] not in _END_FIRST:
                continue
            n = next((len(p) for p in _END_VERBS if tuple(ctx.keys[k:k + len(p)]) == p), 0)
            if not n:
                continue
            lo, hi = self._sentence_bounds(k)
            j = k + n
            while j < hi and ctx.keys[j] in ("chức", "vụ", "giữ", "danh"):
                j += 1          # ("miễn nhiệm chức danh Chủ tịch UBND huyện …")
            if ctx.tokens[j].text.isdigit() or ctx.keys[j] in NUMBER_WORDS:
                j += 1          # "miễn nhiệm hai Phó Thủ tướng A và B"
            post = self.posts.parse(j, hi)
            if post is None:
                if tuple(ctx.keys[k:k + n]) in (("nghỉ", "hưu"), ("miễn", "nhiệm")) and not self._planned(k, lo) \
                        and self._relieved_of_the_posts_said(j, hi, persons) is None:
                    # (or, with "đối với": "quyết định nghỉ hưu … đối với ông A, <post>")
                    self._subject_s_posts_ended(k, lo, persons)
                elif post is None and ctx.keys[k:k + 2] == ["thôi", "giữ"]:
                    self._relieved_of_the_posts_said(j, hi, persons)
                elif ctx.keys[k:k + 3] == ["thôi", "tham", "gia"]:
                    self._left_the_committee(k, j, lo, hi, persons)
                continue
            targets = self._dismissed(post, hi)
            subject = self._subject_before(k, lo) if not targets else None
            if subject:                 # "cho đồng chí A, <post>, thôi giữ chức <post>"
                targets = [ctx.text_between(*subject)]
            # (a title written alone, "miễn nhiệm chức vụ Bộ trưởng đối với: Bộ trưởng Bộ Nội vụ A; …",
            # ends that title in whatever body each holds it)
            ended = post.body.name.casefold() if post.body is not None else None
            for person in filter(None, (persons.get(t) for t in targets)):
                for pos in person.positions:
                    if pos.role == post.role.slug and (ended is None or pos.org.name.casefold() == ended
                                                       or pos.org.name.casefold().startswith(ended + " ")):
                        pos.status = "ended"
                        pos.change_span = Span(ctx.tokens[k].start, ctx.tokens[post.end - 1].end)

    def _dismissed(self, post: Post, hi: int) -> list[str]:
        """The persons a dismissal of ``post`` names: those listed after "đối
        với" or "là" up to the next verb, else those named right after the
        post ("miễn nhiệm Phó Thủ tướng A và B")."""
        ctx = self.ctx
        at = next((t for t in range(post.end, hi) if ctx.keys[t:t + 2] == ["đối", "với"]), None)
        start = at + 2 if at is not None else self._skip_term(post.end, hi)
        if at is None and ctx.keys[start:start + 1] == ["là"]:
            at, start = start, start + 1    # "miễn nhiệm 2 Ủy viên UBND tỉnh là ông A, … và ông B, …"
        if at is None and not name_at(ctx, start, hi):
            return []
        names, u = [], start
        while u < hi:
            if u > start and (ctx.keys[u] in _END_FIRST or ctx.keys[u] in _CONFERRING_FIRST):
                break           # "…; miễn nhiệm chức vụ …", "… và bầu ông B": another act
            end = name_at(ctx, u, hi)
            if end is None:
                u += 1
                continue
            names.append(ctx.text_between(u, end))
            u = end
            if at is None and not (u < hi and ctx.keys[u] in (",", "và") and name_at(ctx, u + 1, hi)):
                break           # (without "đối với", only names coordinated right after the post)
        return names

    def _left_the_committee(self, k: int, j: int, lo: int, hi: int, persons: dict[str, "PersonMention"]) -> None:
        """"cho đồng chí A, Tỉnh ủy viên, …, thôi tham gia Ban Chấp hành Đảng
        bộ tỉnh": A's seat in that committee has ended."""
        ctx = self.ctx
        body, subject = self.orgs.parse(j, hi), self._subject_before(k, lo)
        person = persons.get(ctx.text_between(*subject)) if subject else None
        if body is None or person is None:
            return
        self.orgs.place_from_text(body)
        names = {body.ref.name.casefold()}
        if body.kind is not None and body.kind.slug == "ban-chap-hanh-dang-bo" and body.place is not None:
            # "Ban Chấp hành Đảng bộ tỉnh" is the Tỉnh ủy
            committee = self.orgs.bare_committee(body.place.level, body.place, body.ref.span)
            names |= {committee.name.casefold()} if committee else set()
        for pos in person.positions:
            if pos.role.startswith("uy-vien") and pos.org.name.casefold() in names:
                pos.status = "ended"
                pos.change_span = Span(ctx.tokens[k].start, ctx.tokens[body.end - 1].end)

    def _relieved_of_the_posts_said(self, j: int, hi: int, persons: dict[str, "PersonMention"]) -> str | None:
        """"quyết định thôi giữ chức, nghỉ chữa bệnh đối với Đại tá A, Chính
        ủy Lữ đoàn 75": the posts written with the person there end; the
        person, if the text names one so."""
        ctx = self.ctx
        # ("nghỉ hưu để hưởng chế độ bảo hiểm xã hội đối với ông A")
        at = next((t for t in range(j, min(hi, j + 12)) if ctx.keys[t:t + 2] == ["đối", "với"]), None)
        if at is None:
            return None
        for u in range(at + 2, min(hi, at + 6)):
            end = name_at(ctx, u, hi)
            if end is None:
                continue
            person = persons.get(ctx.text_between(u, end))
            stop = next((t for t in range(end, hi) if ctx.keys[t] in (";", "và")), hi)
            said = Span(ctx.tokens[end].start if end < hi else ctx.tokens[-1].end, ctx.tokens[stop - 1].end)
            for pos in person.positions if person else []:
                if said.start <= pos.span.start < said.end:
                    pos.status = "ended"
                    pos.change_span = Span(ctx.tokens[j - 1].start, ctx.tokens[at + 1].end)
            return ctx.text_between(u, end)
        return None

    def _subject_before(self, k: int, lo: int) -> tuple[int, int] | None:
        """The tokens of the person named last before token k in its clause."""
        ctx = self.ctx
        for t in range(k - 1, lo - 1, -1):
            if ctx.keys[t] == ";":
                return None
            end = name_at(ctx, t, k) or unknown_family_name_at(ctx, t, k)
            if end and not is_place_name(ctx, ctx.text_between(t, end)):
                while t - 1 >= lo and (name_at(ctx, t - 1, k) or 0) >= end:
                    t -= 1          # "Lê Văn A", not its tail "Văn A"
                return t, end
        return None

    def _subject_s_posts_ended(self, k: int, lo: int, persons: dict[str, "PersonMention"]) -> None:
        """"cho ông A, Giám đốc Sở Y tế, nghỉ hưu từ ngày 1-9-2024", "bà B,
        Trưởng ban Dân tộc HĐND tỉnh, được miễn nhiệm do đến tuổi nghỉ hưu":
        the posts written with the subject before the verb have ended."""
        ctx = self.ctx
        subject = self._subject_before(k, lo)
        person = persons.get(ctx.text_between(*subject)) if subject else None
        if person is None:
            return
        _, after = self._appositive(subject[1], k + 1)
        while after < k and ctx.keys[after] in (",", "đã", "được", "vừa"):
            after += 1
        if after != k:
            return          # "Bí thư A cảm ơn các cán bộ đã nghỉ hưu": others retired
        for pos in person.positions:
            if ctx.tokens[lo].start <= pos.span.start < ctx.tokens[k].start and pos.status == "current":
                pos.status = "ended"
                pos.change_span = Span(ctx.tokens[k].start, ctx.tokens[k + 1].end)

    def _in_a_list_of_places(self, i: int, lo: int) -> bool:
        """Is token i an item of a list (bare capitalised names, "," and "và")
        whose header counts places ("9 phường, xã thuộc TP Vinh, gồm:", "các
        xã:")?"""
        ctx = self.ctx
        t = i - 1
        while t > lo and ctx.keys[t] not in (":", "gồm"):
            if not (ctx.keys[t] in (",", "và") or (ctx.tokens[t].is_word and ctx.tokens[t].is_capitalised)):
                return False
            t -= 1
        if t <= lo:
            return False
        for c in range(t - 2, max(lo, t - 16) - 1, -1):
            if (ctx.tokens[c].text.isdigit() or ctx.keys[c] == "các") and ctx.keys[c + 1] in _PLACE_NOUNS:
                # (the count heads the header: only places and their asides up to the list)
                return all(ctx.keys[u] in _PLACE_HEADER_WORDS or ctx.keys[u] in _PLACE_NOUNS
                           or ctx.tokens[u].is_capitalised for u in range(c + 2, t))
        return False

    def _honorific_before_a_name(self, i: int, hi: int) -> bool:
        """Token i opens a capitalised honorific before a name ("và Ngài Keo Sothea"), not a family name
        spelt alike ("Ông Văn Tùng")."""
        ctx = self.ctx
        hit = ctx.match(_HONORIFICS, i)
        return hit is not None and not may_be_family_name(ctx.tokens[i].text) and i + hit[0] < hi \
            and ctx.tokens[i + hit[0]].is_capitalised and self._name_at(i + hit[0], hi, foreign=True) is not None

    def _planned(self, k: int, lo: int) -> bool:
        """A retirement to come ("sẽ nghỉ hưu", "để nghỉ hưu", "nghỉ hưu theo chế độ từ tháng sau")."""
        words = self.ctx.keys[max(lo, k - 3):k]
        return any(w in ("sẽ", "để", "chuẩn", "bị", "chờ") for w in words)

    # -------------------------------------------------------------- main
    def find(self) -> list[PersonMention]:
        ctx = self.ctx
        found: list[_Found] = []
        i = 0
        n = len(ctx.tokens)
        list_mode_until = -1
        headers = self._list_headers()
        leaderships = self._leaderships
        founded = self._founded
        while i < n:
            tok = ctx.tokens[i]
            if not (tok.is_word and tok.is_capitalised):
                i += 1
                continue
            lo, hi = self._sentence_bounds(i)
            if self._name_at(i, hi, foreign=True) is None or self._honorific_before_a_name(i, hi):
                i += 1          # no name of any kind starts here ("Ngài" opens none): no titles to look for
                continue
            if i > lo and ctx.keys[i - 1] in _LEVEL_WORDS and (place := ctx.place_at(i - 1, hi)) and place[0] > i \
                    and ctx.text_between(i, place[0]) not in {f.name for f in found}:
                i = place[0]    # "huyện Văn Quan": a place, whatever family name it opens with (not a person
                continue        # named before: "Bí thư Đảng ủy phường | Phạm Đức Trọng khẳng định")
            honor = self._honorific_before(i, lo)
            prev = ctx.keys[i - 1] if i > lo else ""
            heads = [h for a, b, hs in headers if a <= i < b for h in hs]
            if prev in (",", "và", ":", "gồm") and not heads and self._in_a_list_of_places(i, lo):
                i += 1          # "9 phường, xã …, gồm: Lê Mao, Hưng Bình, …": places, not persons (not a list a
                continue        # title heads: "Phó Chủ tịch UBND các tỉnh: A (Thanh Hóa), B (Nghệ An)")
            each_body = [org for h in heads if h.org is None and (org := self._body_of_the_item(h, i, lo))]
            in_list = bool(each_body) or (i <= list_mode_until or bool(heads)) and prev in (",", ";", "và", ":", "là", "gồm") \
                or (bool(heads) and (honor or prev in ("|", "-", "+", "•") or ctx.item_mark_end(lo) is not None
                                     or any(a == i for a, _, _ in headers)))    # the first name, on the next line
            pre = self._one_person_s_titles(self._title_before(i, lo) if i > lo else [])
            if pre and self._after_appointing_verb(pre[-1].start, lo):
                # "được bổ nhiệm làm Trợ lý Thủ tướng Phạm Minh Chính": the name holds the
                # principal's office ("Trợ lý Thủ tướng Dương Bảo Trâm dự" names the assistant)
                pre[-1] = self.posts.principal_of(pre[-1]) or pre[-1]
            for post in pre:
                if post.body is None and not post.implied_kind and post.start - 1 > lo \
                        and ctx.keys[post.start - 1] == "(" and post.role.slug not in PARTY_ROLES:
                    body = self._nearest_org_before(post.start - 1, lo)
                    if body is not None and body.end == post.start - 1:
                        post.org = deepcopy(body)       # "Sở Nội vụ (Giám đốc Lê Thị Ngọc Ánh)": that body's
                        continue
                if post.body is None and not post.implied_kind and post.role.slug in _BOARD_HEAD_ROLES:
                    board = self._nearest_org_before(post.start, lo)
                    if board is not None and board.ref.name.startswith("Ban "):
                        post.org = deepcopy(board)   # "Báo cáo của Ban Kinh tế - Ngân sách HĐND thành phố do
                        continue                     # Trưởng ban A trình bày": the board the sentence names
                if post.body is None and post.role.slug in _MINISTRY_ROLES:
                    org = self._nearest_org_before(post.start, lo)
                    if org and org.ref.name.startswith("Bộ ") and not any(
                            name_at(ctx, s, post.start) for s in range(org.end, post.start)):
                        post.context_org = org      # (not another minister's: "Bộ trưởng Bộ X Lưu Kiến Quốc tới
                                                    # Bộ trưởng Y")
                    elif self._the_one_ministry is not None and not self._foreign_story:
                        post.context_org = deepcopy(self._the_one_ministry)    # the ministry the story is about
            end = self._name_at(i, hi, foreign=bool(honor or pre or in_list))
            if end is None or (pre and self._title_runs_on(pre[-1], i, hi) and (
                    ctx.keys[i] not in SURNAMES or self._name_after_whole_title(pre[-1], hi)
                    or self._end_of_a_place(i, end, lo))):
                i += 1
                continue
            named_body = ctx.match(ctx.gaz.body_kinds, i) or ctx.match(ctx.gaz.bodies, i)
            if named_body and i + named_body[0] > end:
                i += 1          # "Đoàn Thanh niên …" is a body, not "Đoàn Thanh"
                continue
            country = ctx.match(ctx.gaz.countries, i)
            if (country and i + country[0] == end) or ctx.keys[i:end] == ["việt", "nam"]:
                i = end         # "… Mặt trận Tổ quốc (MTTQ) Việt Nam": a country, no person
                continue
            name = ctx.text_between(i, end)
            for post in pre:
                if post.body is None and post.role.slug == "dai-bieu" and self._assembly_deputy_from(end, hi):
                    post.implied = self.orgs.known_body("Quốc hội", post.start)     # "đại biểu A (Hải Phòng)"
                elif post.body is None and post.role.slug == "dai-bieu" and self._council_in_session is not None:
                    post.org = deepcopy(self._council_in_session)       # "đại biểu A (Tổ đại biểu huyện B) chất vấn"
            posts, after = self._appositive(end, hi, untitled=not pre)
            if posts and self._subject_after_a_fronted_phrase(lo, i, posts[-1].end, hi):
                posts, after = [], end
            for post in posts:
                self._in_the_story_s_ministry(post)     # "A, Thư ký Bộ trưởng": of the story's ministry
            if pre and posts and self._next_titles_start(after, hi):
                # "Phó Chủ tịch Quốc hội A, Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội B": in a
                # list of titles before names, the titles after A run into B's name and are B's
                posts, after = [], end
            after = self._past_aside(after, hi) if posts else after     # "A, <post> (84/85 phiếu) và B"
            # "Lãnh đạo Sở gồm: A (Giám đốc)", "8 Phó ban gồm: A (Phó Trưởng ban Thường trực)": the body led
            led = next((org for a, b, org in leaderships if a <= i < b), None)
            for post in posts:
                if led is not None and post.org is not None and not self._parent_said(post.org) \
                        and not _ends_with_place_of(post.org, led) and (
                        _bare_unit(post.org) or post.org.open_host or (
                        post.org.open_committee and led.has_committees and post.org.kind is not None
                        and post.org.ref.name == post.org.kind.label)):
                    # "… gồm: A - Trưởng Ban Pháp chế"; "BAN THƯỜNG VỤ HỘI LHPN TỈNH: - A - Ủy viên BTV"
                    if led.ref.name.startswith(post.org.ref.name + " "):
                        post.org = deepcopy(led)    # "Lãnh đạo Đảng ủy Khối X gồm: A, Bí thư Đảng ủy": that one
                        continue
                    self.orgs.attach_host(post.org, led.ref)
                    post.org.open_committee = False
                    continue
                if post.body is not None or post.implied_kind or (
                        post.role.slug in PARTY_ROLES and not (led is not None and led.is_party_committee)):
                    continue        # ("Lãnh đạo Đảng ủy Khối gồm: A, Bí thư": a party title, of a party body)
                # ("Thường trực HĐND tỉnh gồm: ông A, Chủ tịch; ông B, Phó Chủ tịch": the council's)
                body = led or next((h.org for h in heads if h.org is not None and (
                    post.role.label.startswith(h.role.label) or h.role.slug == "thuong-truc")), None) \
                    or next((h.org.host for h in heads if h.org is not None and h.org.host is not None
                             and h.org.kind is not None and h.org.kind.slug in _BOARD_KINDS
                             and not h.org.host.is_party_committee), None)
                #        ("Ban Thường vụ gồm: A, Chủ tịch; B, Phó Chủ tịch": the association's, not a Tỉnh ủy's)
                if body is not None:
                    post.org = deepcopy(body)
            listed_in = body_listed_at(founded, i) if ctx.item_mark_end(lo) is not None else None
            if listed_in is not None:
                posts += self._member_roles(listed_in, posts, lo, i, end)
            triggered = honor or pre or in_list or bool(posts)
            after_level_word = i > lo and ctx.keys[i - 1] in _LEVEL_WORDS
            vietnamese = ctx.keys[i] in SURNAMES
            country = ctx.match(ctx.gaz.countries, i)
            if (not triggered or is_place_name(ctx, name) or (country and (
                    i + country[0] == end or foreign_name_at(ctx, i + country[0], hi)))   # "Hàn Quốc Kang Dong-hyun"
                    or self._ethnic_group_named(i, end, lo) or (not heads and self._in_place_list(i, lo))
                    or (after_level_word and ((not vietnamese and not middle_named(ctx, i, end))
                                              or (end - i <= 2 and ctx.keys[i - 1] in _COMMUNE_WORDS)))
                    or (not vietnamese and (ctx.match(ctx.gaz.countries, i) or self.orgs.parse(i, hi)
                                            or fold(name) in ctx.place_names))     # "cử tri Duy Hòa" of xã Duy Hòa
                    or (i > lo and ctx.tokens[i - 1].is_word and ctx.tokens[i - 1].is_capitalised
                        and not pre and not honor)):
                i += 1
                continue
            for post in pre:
                if post.org:
                    self._add_ancestry(post.org)
            appointed = self._appointments(after, hi)
            for post in posts + appointed:
                if post.body is None and post.role.slug in _DELEGATION_ROLES:
                    self._in_delegation(post, lo, i)     # "Đoàn công tác … do đồng chí A làm Trưởng đoàn"
                elif post.body is None and post.role.slug == "pho-truong-doan-chuyen-trach":
                    post.org = self._assembly_delegation(post, posts)
                elif post.body is None and post in appointed:
                    self._in_the_body_led(post, lo, i)  # "Ban Chỉ đạo X do đồng chí A, … làm Trưởng ban"
            subject = self._passive_subject(found, pre[0].start if pre else i, lo)
            if subject is not None:
                # "A được Thủ tướng B bổ nhiệm giữ chức X": X is A's
                subject.appointed += appointed
                appointed = []
            shared = [_copy(h) for h in heads if not _a_standing_member_under_a_secretary_s_header(h, posts)]
            for post, org in zip([p for p in shared if p.org is None and p.start in self._each_body_head], each_body):
                post.org = org          # "Bộ trưởng các Bộ: …, Xây dựng A": A's ministry
            for post in shared:
                own = self._place_in_parentheses(end, hi, post.org.open_level) \
                    if post.org is not None and post.org.open_level else None
                if own is not None:
                    # "các phó bí thư Tỉnh đoàn: A (Điện Biên), B (Sóc Trăng)": each one's province
                    self.orgs.complete(post.org, own, inferred=False)
            held = shared + pre + posts
            if listed_in is not None:
                for post in held:       # "3. Các Ủy viên Hội đồng:": the founded body by its whole name
                    if post.org is not None and listed_in.org.ref.name.startswith(post.org.ref.name + " "):
                        post.org = deepcopy(listed_in.org)
            found.append(_Found(name, i, end, held, appointed,
                                after=after if posts else end, described=bool(posts or pre),
                                plural=bool(pre) and self._plural_before(pre[0].start, lo)))
            list_mode_until = hi
            i = max(after, end)
        self._signer(found)
        self._called_back_by_given_name(found)
        self._called_back_by_given_names(found)
        self._complete_cut_names(found)
        self._share_in_coordinations(found)
        self._respectively(found)
        self._elected_by_the_vote_before(found)
        self._posts_of_objects(found)
        return self._merge(found)

    def _elected_by_the_vote_before(self, found: list[_Found]) -> None:
        """"… bỏ phiếu bầu bổ sung Ủy viên BTV Tỉnh ủy. Kết quả, các đồng
        chí: A, …; B, … đã trúng cử": those who won a vote take the post
        their sentence, before their names, or else the sentence before put to it."""
        ctx = self.ctx
        for k, key in enumerate(ctx.keys):
            if key != "trúng" or ctx.keys[k + 1:k + 2] != ["cử"] or ctx.keys[k + 2:k + 3] in (["vào"], ["chức"]):
                continue
            if k + 2 < len(ctx.keys) and self.posts.parse(k + 2, len(ctx.tokens)) is not None:
                continue        # "trúng cử Chủ tịch …": the post is said after
            lo, hi = self._sentence_bounds(k)
            winners = [f for f in found if lo <= f.start < k and not f.appointed]
            posts = self._voted_posts(lo, winners[0].start) if winners else []
            if not posts and winners and lo > 0:
                plo, _ = self._sentence_bounds(lo - 1)
                posts = self._voted_posts(plo, lo)
            for f in winners:
                f.appointed = [_copy(p) for p in posts]

    def _voted_posts(self, lo: int, hi: int) -> list[Post]:
        """The posts "bầu (bổ sung) X" between tokens lo and hi puts to the vote."""
        ctx = self.ctx
        for t in range(lo, hi):
            if ctx.keys[t] != "bầu":
                continue
            j = t + 1 + (ctx.keys[t + 1:t + 3] == ["bổ", "sung"]) * 2
            while j < hi and ctx.keys[j] in ("chức", "vụ", "danh"):
                j += 1
            post = self.posts.parse(j, hi)
            if post is not None and (post.body is not None or post.org is not None):
                post.appointed = True
                return [post]
        return []

    def _respectively(self, found: list[_Found]) -> None:
        """"A, B và C lần lượt giữ chức Chủ tịch, Phó Chủ tịch Thường trực,
        Phó Chủ tịch Hội Nông dân tỉnh": each name takes the title in its
        place, the titles sharing the last one's body."""
        ctx = self.ctx
        for k, key in enumerate(ctx.keys):
            if key != "lần" or ctx.keys[k + 1:k + 2] != ["lượt"]:
                continue
            lo, hi = self._sentence_bounds(k)
            names = [f for f in found if lo <= f.start < k]
            while len(names) > 1 and not self._coordinated(names[-2], names[-1]):
                names = names[1:]
            j = k + 2
            while j < hi and ctx.keys[j] in ("được", "bầu", "giữ", "chức", "vụ", "làm", "là", "danh", "đảm", "nhận"):
                j += 1
            posts: list[Post] = []
            while j < hi and (post := self.posts.parse(j, hi)) is not None:
                posts.append(post)
                j = post.end
                if j < hi and ctx.keys[j] in (",", "và"):
                    j += 1
                    continue
                break
            if len(names) < 2 or len(posts) != len(names) or posts[-1].body is None:
                continue
            last = posts[-1].org
            for post in posts[:-1]:
                if post.body is None:
                    post.org = deepcopy(last)
                    post.implied = posts[-1].implied
                elif post.org is not None and _bare_unit(post.org) and last is not None and last.host is not None:
                    self.orgs.attach_host(post.org, last.host.ref)   # "Trưởng Ban Pháp chế, Trưởng Ban KT-NS HĐND xã"
            for f, post in zip(names, posts):
                post.appointed = True
                f.appointed = [p for p in f.appointed if p.start < k] + [post]

    def _complete_cut_names(self, found: list[_Found]) -> None:
        """"đồng chí Bùi Văn Đảng nhấn mạnh": a name cut before a word that
        also starts a body, or before its last word mistyped in lower case
        ("đồng chí Ngô Thị Thu hà"), is the full name the article writes elsewhere."""
        ctx = self.ctx
        names = {f.name for f in found}
        for f in found:
            for full in names:
                rest = full.split()[len(f.name.split()):]
                if full.startswith(f.name + " ") \
                        and [w.lower() for w in ctx.raw[f.end:f.end + len(rest)]] == [w.lower() for w in rest]:
                    f.name, f.end = full, f.end + len(rest)
                    if f.after < f.end:         # the titles after the whole name, not read past the cut
                        posts, f.after = self._appositive(f.end, self._sentence_bounds(f.start)[1])
                        f.posts += posts
                        f.described = f.described or bool(posts)
                        f.after = max(f.after, f.end)
                    break

    def _signer(self, found: list[_Found]) -> None:
        """The signer of a legal text holds the title of its signature block."""
        sig = SignatureReader(self.ctx, self.posts, self.orgs).read()
        if sig is None:
            return
        same = next((f for f in found if f.start == sig.name_start), None)
        if same is not None:
            same.posts.append(sig.post)
        else:
            found.append(_Found(self.ctx.text_between(sig.name_start, sig.name_end), sig.name_start, sig.name_end,
                                [sig.post], after=sig.name_end, described=True))

    # ------------------------------------------------- shared descriptions
    def _coordinated(self, a: _Found, b: _Found) -> bool:
        """Nothing but commas, "và" and honorifics between a (and its titles)
        and b, in one sentence: "ông A, ông B, Phó Chủ tịch …"."""
        ctx = self.ctx
        if self._sentence_bounds(a.start) != self._sentence_bounds(b.start) or b.start < a.after:
            return False
        between = ctx.keys[a.after:b.start]
        return bool(between) and between[0] in (",", "và") and all(
            w in (",", "và") or w in HONORIFIC_WORDS for w in between)

    def _share_in_coordinations(self, found: list[_Found]) -> None:
        """A description or a predicate written once after coordinated names
        belongs to each of them: "ông A, ông B, Tỉnh ủy viên, Phó Chủ tịch
        UBND tỉnh"; "chỉ định các ông, bà A, B, C giữ chức Phó Bí thư"."""
        group: list[_Found] = []
        closed = False      # (a list closes with "và" before its last name: "A và B, C, Tổng Thư ký" is C's)
        for f in found + [None]:
            between = self.ctx.keys[group[-1].after:f.start] if f is not None and group else []
            if f is not None and group and self._coordinated(group[-1], f) and "các" not in between:
                # ("A, Phó Chủ tịch và các ông, bà B, C là Ủy viên Thường trực …": a group of its own after A)
                joined_by_and = "và" in between
                if not closed or joined_by_and:
                    group.append(f)
                    closed = closed or joined_by_and
                    continue
            if len(group) > 1:
                first, last = group[0], group[-1]
                if first.plural:        # "các Phó Bí thư Quận ủy A và B": the plural title is each one's
                    titles = [p for p in first.posts if p.start < first.start]
                    for g in group[1:]:
                        g.posts += [_copy(p) for p in titles]
                aside = self.ctx.keys[last.end] == "(" if last.end < len(self.ctx.keys) else False
                abroad = any(p.body is not None and p.body.kind == "foreign" for p in last.posts)
                for g in group[:-1]:
                    if abroad and name_at(self.ctx, g.start, g.end) == g.end:
                        continue        # "do đồng chí A và đồng chí B, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phongsaly":
                        #                 a foreign leader's description is no Vietnamese's
                    if not g.described and not g.appointed and last.described and not aside:
                        # (not a post only one holds: "bà A và ông B, Chánh Văn phòng Ủy ban MTTQ tỉnh" is B's)
                        g.posts += [_copy(p) for p in last.posts if p not in g.posts and not self._sole_head(p)]
                    if not g.appointed and last.appointed and not self._said_of_the_last_alone(last):
                        g.appointed = [_copy(p) for p in last.appointed]
            group, closed = ([f] if f is not None else []), False

    def _said_of_the_last_alone(self, last: _Found) -> bool:
        """Is the post conferred on the last of coordinated names said in a
        relative clause of its own ("… và ông B, Trưởng phòng X, người vừa
        được bổ nhiệm giữ chức Y": B's alone)?"""
        keys = self.ctx.keys
        upto = last.appointed[0].start
        return any(keys[t] == "người" and keys[t - 1] == "," for t in range(last.end + 1, upto))

    # ------------------------------------------ "chức vụ X đối với ông A"
    def _posts_of_objects(self, found: list[_Found]) -> None:
        """"bầu (chức vụ) X đối với ông A", "phê chuẩn kết quả bầu chức vụ
        X … đối với ông A, Giám đốc Sở …", "kéo dài thời gian giữ chức vụ X
        … đối với đồng chí A, đồng chí B": the post goes to each person
        named after "đối với" (a post ended there is marked by _mark_ended)."""
        ctx = self.ctx
        for k in range(len(ctx.tokens) - 1):
            to = ctx.keys[k] == "cho"       # "trao Quyết định bổ nhiệm 10 Thứ trưởng cho các ông, bà: …"
            if not to and (ctx.keys[k] != "đối" or ctx.keys[k + 1] != "với"):
                continue
            lo, hi = self._sentence_bounds(k)
            clause = max([t + 1 for t in range(lo, k) if ctx.keys[t] == ";"], default=lo)
            posts = self._conferred_posts(clause, k, by_decision=to) or (
                self._listed_item_posts(lo, clause, k) if not to else [])
            if not posts:
                continue
            first = k + 1 if to else k + 2
            counted = first < hi and (ctx.tokens[first].text.isdigit() or ctx.keys[first] in NUMBER_WORDS)
            count = counted and ctx.keys[first + 1:first + 3] in (["người", ":"], ["đồng", "chí"], ["ông", ","])
            if count:       # "đối với 2 người: A, …; B, …", "đối với 3 đồng chí: …"
                first = next((t + 1 for t in range(first, min(hi, first + 6)) if ctx.keys[t] == ":"), first)
            elif counted and ctx.keys[first + 1] in ("ông", "bà", "đồng"):
                first += 1      # "đối với hai ông A - giám đốc Sở X - và B - …"
            else:
                first += persons_lead_at(ctx.keys, first)
                first += first < hi and ctx.keys[first] == ":"      # "đối với: Ông A, …", "cho các ông, bà: A, …"
            stop = next((t for t in range(first, hi) if ctx.keys[t] == ";"), hi)
            heads = [first]
            while stop < hi and (f := self._person_opening(found, stop + 1)) is not None:
                heads.append(f.start)   # "đối với bà A, Giám đốc Sở Nội vụ; ông B, Bí thư …": one list
                stop = next((t for t in range(stop + 1, hi) if ctx.keys[t] == ";"), hi)
            for f in found:
                if first <= f.start < stop and any(self._coordinated_from(found, h, f) for h in heads):
                    f.appointed += [_copy(p) for p in posts]

    def _person_opening(self, found: list[_Found], start: int) -> _Found | None:
        """The person named at ``start``, after nothing but honorifics."""
        ctx = self.ctx
        return next((f for f in found if f.start >= start
                     and all(w in HONORIFIC_WORDS for w in ctx.keys[start:f.start])), None)

    def _coordinated_from(self, found: list[_Found], start: int, f: _Found) -> bool:
        """Is f the first name after ``start`` or coordinated with it?"""
        ctx = self.ctx
        chain = [g for g in found if start <= g.start <= f.start]
        if not chain or any(w not in HONORIFIC_WORDS for w in ctx.keys[start:chain[0].start]):
            return False
        return all(self._coordinated(a, b) for a, b in zip(chain, chain[1:]))

    def _listed_item_posts(self, lo: int, clause: int, k: int) -> list[Post]:
        """"phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh A đối với bà X …; Chủ
        tịch HĐND tỉnh B đối với ông Y …": an item after the first of a list
        the conferring verb opens names its post first."""
        ctx = self.ctx
        if clause == lo:
            return []
        colon = next((t for t in range(lo, clause) if ctx.keys[t] == ":"), None)
        if colon is None:
            # (without a colon when the first item confers its post itself: "phê chuẩn kết quả bầu Chủ
            # tịch HĐND tỉnh A đối với bà X; Chủ tịch HĐND tỉnh B đối với ông Y")
            first = next((t for t in range(lo, clause) if ctx.keys[t:t + 2] == ["đối", "với"]), None)
            if first is None or not self._conferred_posts(lo, first):
                return []
        elif not any(tuple(ctx.keys[colon - len(v):colon]) == v for v in _CONFERRING):
            return []
        post = self.posts.parse(clause, k)
        if post is None:
            return []
        post.appointed = True
        return [post] if self._skip_term(post.end, k) == k else []

    def _conferred_posts(self, clause: int, k: int, by_decision: bool = False) -> list[Post]:
        """The posts a clause confers before "đối với" (or before "cho", when
        a decision does: "trao Quyết định bổ nhiệm X cho ông A"): after an
        appointing verb or "chức vụ", "chức danh", and a count of the persons
        ("bổ nhiệm 6 Phó Tổng Biên tập"); none where the verb ends a post."""
        ctx = self.ctx
        words = ctx.keys[clause:k]
        if any(has_phrase(words, v) for v in _END_VERBS):
            return []
        for t in range(clause, k):
            n = next((len(v) for v in _CONFERRING if tuple(ctx.keys[t:t + len(v)]) == v), 0)
            if not n or (by_decision and "định" not in ctx.keys[max(clause, t - 6):t]):
                continue
            j = t + n
            while j < k and ctx.keys[j] in ("chức", "vụ", "danh", "giữ", ":", "các"):
                j += 1          # ("phê chuẩn kết quả bầu các Phó Chủ tịch UBND tỉnh … đối với ông A, ông B")
            if j < k and (ctx.tokens[j].text.isdigit() or ctx.keys[j] in NUMBER_WORDS):
                j += 1
            if j < k and ctx.keys[j] == "vào":
                # "bầu bổ sung vào Ban Chấp hành Hội LHPN tỉnh đối với bà A, …": a member of the council
                joined = self._memberships(j + 1, k)
                for post in joined:
                    post.appointed = True
                if joined:
                    return joined
            posts = []
            while j < k:
                post = self.posts.parse(j, k)
                if post is None or (posts and any(tuple(ctx.keys[post.end:post.end + len(v)]) == v for v in _CONFERRING)):
                    break       # (not "…, Thủ tướng Chính phủ phê chuẩn kết quả bầu đối với bà A": the subject)
                post.appointed = True
                posts.append(post)
                j = self._skip_term(post.end, k)
                if j < k and ctx.keys[j] in (",", "-", "–", "kiêm", "và"):
                    j += 1
                    continue
                break
            if posts:
                return posts
        return []

    def _merge(self, found: list[_Found]) -> list[PersonMention]:
        ctx = self.ctx
        persons: dict[str, PersonMention] = {}
        _specific_forms_in_known_bodies(found)
        central = {" ".join(f.name.split()) for f in found if self._in_central_leadership(f.posts + f.appointed)}
        for f in found:
            span = Span(ctx.tokens[f.start].start, ctx.tokens[f.end - 1].end)
            key = " ".join(f.name.split())
            positions = self._complete(f.posts + f.appointed, span, key in central)
            if positions and has_foreign_name(key) and not any(p.org.kind == "foreign" for p in positions):
                country = country_named_for(ctx, key, f.start)
                positions = as_foreign(positions, country, ctx) if country else positions
            elif positions and has_foreign_name(key):
                # a foreign official's shared title of a Vietnamese province's body is someone else's ("các đồng
                # chí Phó Bí thư Tỉnh ủy: A; B; Đại sứ Hà Lan X"): only their state's posts, and a business's, stay
                positions = [p for p in positions if p.org.kind == "foreign" or not p.org.jurisdiction
                             or ctx.gaz.foreign_regions.lookup(p.org.jurisdiction)]
            person = persons.get(key)
            if person is None:
                person = persons[key] = PersonMention(name=key, span=span)
            person.mentions.append(span)
            person.positions.extend(positions)
        _retire_earlier_terms(list(persons.values()), self._terms_of_bodies())
        for person in persons.values():
            person.positions = _most_specific(_one_per_post(person.positions))
        self._mark_ended(persons)
        return list(persons.values())


def _command_of_its_region(command: ParsedOrg, region: ParsedOrg) -> bool:
    """"Bộ CHQS tỉnh Cà Mau, Quân khu 9": a province's military command under its military region."""
    return command.kind is not None and command.kind.slug == "bo-chi-huy-quan-su" \
        and region.ref.name.startswith(("Quân khu", "Bộ Tư lệnh Quân khu", "Bộ Tư lệnh Thủ đô"))


def _party(org: ParsedOrg) -> bool:
    """A bare "Đảng ủy", whose host the text has not named with it."""
    return org.kind is not None and org.kind.slug == "dang-uy"


def _bare_party(org: ParsedOrg) -> bool:
    """A bare "Đảng ủy" or one of its boards."""
    return _party(org) or _party_board(org)


def _party_board(org: ParsedOrg) -> bool:
    """A board or office of a bare "Đảng ủy" ("Ủy ban Kiểm tra Đảng ủy")."""
    return org.host is not None and _party(org.host)


def _bare_unit(org: ParsedOrg) -> bool:
    """A unit named by its own words only, of no body or place ("Ban Pháp chế")."""
    ref = org.ref
    return org.kind is None and org.body is None and org.place is None and ref.host is None \
        and ref.jurisdiction is None and not org.open_level and ref.name.split()[0] in ("Ban", "Phòng", "Văn")


def _specific_forms_in_known_bodies(found: list[_Found]) -> None:
    """"A, Phó Chủ tịch UBND tỉnh … A được phân công làm Phó Chủ tịch Thường
    trực": a title written bare that names a more specific form of one the
    person holds in a body is held in that body."""
    held: dict[str, list[Post]] = {}
    for f in found:
        held.setdefault(f.name, []).extend(p for p in f.posts + f.appointed if p.org is not None and not p.former)
    for f in found:
        for post in f.posts + f.appointed:
            if post.org is None and post.implied is None and not post.implied_kind:
                general = next((p for p in held.get(f.name, ()) if post.role.label.startswith(p.role.label + " ")), None)
                if general is not None:
                    post.org = deepcopy(general.org)


def _ends_with_place_of(org: ParsedOrg, side: ParsedOrg) -> bool:
    """Does the body's name end with the place the side is named after
    ("Văn phòng Ngoại sự Khu tự trị dân tộc Choang Quảng Tây" on the side of
    "Quảng Tây")? Then the side adds nothing to it."""
    place = fold(side.place.name if side.place is not None else side.ref.name)
    return fold(org.ref.name).endswith(" " + place)


def _governs_a_place(org: ParsedOrg) -> bool:
    """A place's council, people's committee, front committee or Party
    committee (or a board of one): a Party secretary beside its title is of
    that place's Party committee ("Phó Bí thư, Chủ tịch UBND xã")."""
    for node in (org, org.host):
        if node is not None and (node.is_party_committee or (node.kind and node.kind.slug in _PLACE_GOVERNING_KINDS)):
            return True
    return False


def _one_per_post(positions: list[Position]) -> list[Position]:
    """One position per role and body, the first said; a post held now
    (re-elected for a new term) wins over the same post of an earlier term.
    A post whose place the context filled in is the one written with its
    place elsewhere ("Phó Chủ tịch UBND tỉnh Đắk Lắk Y Khâm Niê", later
    "Phó Chủ tịch UBND tỉnh Y Khâm Niê" in a story about Gia Lai)."""
    said = {(pos.role, pos.org.kind, pos.status) for pos in positions
            if pos.org.kind and pos.org.jurisdiction and not pos.org.inferred}
    positions = [pos for pos in positions if not (pos.org.inferred and pos.org.jurisdiction and any(
        (pos.role, pos.org.kind, pos.status) == s for s in said))]
    out: dict[tuple[str, str], Position] = {}
    for pos in positions:
        key = (pos.role, pos.org.name.casefold())
        kept = out.get(key)
        if kept is None or (kept.status == "former" and pos.status != "former"):
            out[key] = pos
    return list(out.values())


def _term_number(text: str) -> int | None:
    """"XVII" -> 17, "15" -> 15."""
    if text.isdigit():
        return int(text)
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    if not text or any(ch not in values for ch in text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " "):
        total += -values[a] if b in values and values[b] > values[a] else values[a]
    return total


def _retire_earlier_terms(persons: list[PersonMention], body_terms: dict[str, int]) -> None:
    """A post dated to an earlier term than the same post of a later term the
    article names is no longer held: "Phó Thủ tướng nhiệm kỳ 2011-2016" beside
    "Phó Thủ tướng nhiệm kỳ 2021-2026 X"; "Phó Bí thư Tỉnh ủy khóa XVI" beside
    "Tỉnh ủy … khóa XVII", or beside "Ban Chấp hành Tỉnh ủy khóa XVII" elected
    (``body_terms``: the latest term the text gives each body). A later term of
    something else ("Đại hội nhiệm kỳ 2025-2030") ends nobody's post."""
    latest_number: dict[str, int] = dict(body_terms)
    latest_end: dict[tuple[str, str], int] = {}
    for person in persons:
        for pos in person.positions:
            if pos.term_number:
                key = pos.org.name.casefold()
                latest_number[key] = max(latest_number.get(key, 0), pos.term_number)
            if pos.term_end:
                post = (pos.role, pos.org.name.casefold())
                latest_end[post] = max(latest_end.get(post, 0), pos.term_end)
    for person in persons:
        for pos in person.positions:
            if pos.status not in ("current", "appointed"):
                continue
            if (pos.term_end and pos.term_end < latest_end.get((pos.role, pos.org.name.casefold()), 0)) or (
                    pos.term_number and pos.term_number < latest_number.get(pos.org.name.casefold(), 0)):
                pos.status = "former"



def _copy(post: Post) -> Post:
    """A title written once for several names, given to one of them: the
    body is copied whole, since completing its place changes it."""
    clone = copy(post)
    clone.org = deepcopy(post.org) if post.org else None
    clone.context_org = deepcopy(post.context_org) if post.context_org else None
    return clone


def _settle_as_commune_committee(org: ParsedOrg) -> None:
    """"Chánh Văn phòng Đảng ủy" with no host body named: the Đảng ủy of
    the commune the article is about."""
    for node in (org, org.host):
        if node is not None and node.kind and node.kind.slug == "dang-uy":
            node.open_host = False
            node.open_level = node.open_level or "commune"
            if node is not org:
                org.open_host = False
                org.open_level = org.open_level or "commune"


def _a_membership(post: Post) -> bool:
    """A seat in a council that several hold at once ("Ủy viên Bộ Chính
    trị", "Bí thư Trung ương Đảng"), which a list's persons can share."""
    slug = post.role.slug
    return slug.startswith("uy-vien") or (
        slug == "bi-thu" and post.body is not None and post.body.name == "Ban Bí thư")


def _is_foreign(post: Post) -> bool:
    return post.body is not None and post.body.kind == "foreign"


def _foreign_stem(name: str, country: str) -> str:
    """"Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào" -> "quốc hội"."""
    low = name.casefold()
    for tail in (" nước ", " " + country.casefold()):
        if tail in low:
            low = low.split(tail)[0]
    return low


def _most_specific(positions: list[Position]) -> list[Position]:
    """Drop a title another one refines in the same body: "Phó Thủ tướng"
    beside "Phó Thủ tướng Thường trực" of the Government."""
    out = []
    for p in positions:
        label = p.title.casefold()
        org = p.org.name.casefold()
        if any(q is not p and q.org.name.casefold() == org and q.title.casefold() != label
               and q.title.casefold().startswith(label + " ")
               and (q.status == p.status or {p.status, q.status} <= {"current", "appointed"}) for q in positions):
            continue
        if not p.org.jurisdiction and any(
                q is not p and q.title.casefold() == label and q.org.name.casefold().startswith(org + " ")
                and {p.status, q.status} <= {"current", "appointed"} for q in positions):
            continue    # "Bí thư Đảng ủy" beside "Bí thư Đảng ủy Bộ đội Biên phòng tỉnh X": the same post, said in full
        out.append(p)
    # A foreign official holds no Vietnamese post; of two names of one
    # foreign body ("Quốc hội Lào", "Quốc hội nước CHDCND Lào") keep the longer.
    foreign = [p for p in out if p.org.kind == "foreign" and p.org.jurisdiction]
    if foreign:
        country = foreign[0].org.jurisdiction
        out = [p for p in out if p.org.kind == "foreign" or not p.org.known_iri]
        kept = []
        for p in out:
            stem = _foreign_stem(p.org.name, country) if p.org.kind == "foreign" else None
            if stem and any(q is not p and q.role == p.role and q.org.kind == "foreign"
                            and _foreign_stem(q.org.name, country) == stem
                            and len(q.org.name) > len(p.org.name) for q in out):
                continue
            if p.org.name.casefold() == country.casefold() and any(
                    q.org.kind == "foreign" and q.org.name.casefold() != country.casefold()
                    and (q.title == p.title or q.title.startswith(p.title + " ")) for q in out):
                continue    # "Bí thư thứ nhất, Chủ tịch Cuba X": the posts said in full elsewhere
            kept.append(p)
        out = kept
    return out
