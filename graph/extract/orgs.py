"""Names of bodies: national bodies from the reference data, local bodies
by their kind and place ("HĐND tỉnh Kiên Giang", "Ban Thường vụ Tỉnh ủy",
"Ban cán sự đảng Bộ Tài chính"), and other units by their head noun
("Cục Bảo vệ chính trị nội bộ", "Quân khu 7").

A body named without its place ("Tỉnh ủy", "HĐND tỉnh") is returned open:
the post parser fills the place from a shared tail, then from the article.
"""
from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from .gazetteer import Body, BodyKind, Lexicon
from ..core.model import Mask, OrgRef, Span
from .context import TWO_WORD_LEVELS, ArticleContext, Place, is_foreign_word
from .names import foreign_name_at, is_place_name, name_at
from .words import ATTEND_VERBS, CHAIR_VERBS, COMMA_PAIRS, HONORIFIC_WORDS, NAME_COMPOUNDS, OFFICES_BEFORE_THEIR_BODY, \
    ORG_STOP, ORG_STOP_VERBS, SPEAKER_VERBS
from ..core.syllables import is_syllable
from ..core.vntext import comparable, fold

# Head nouns of bodies not in the reference data.
BODY_HEADS: Lexicon[str] = Lexicon()
for _h in ("Cục", "Vụ", "Ban", "Ủy ban", "Hội đồng", "Trung tâm", "Viện", "Học viện", "Trường",
           "Tổng cục", "Văn phòng", "Liên đoàn", "Hội", "Quân khu", "Quân đoàn", "Quân chủng",
           "Binh chủng", "Bộ Tư lệnh", "Bộ Chỉ huy", "Bộ", "Sở", "Tập đoàn", "Tổng công ty",
           "Tổng Công ty", "Công ty", "Ngân hàng", "Báo", "Đài", "Đoàn", "Mặt trận", "Chính hiệp",
           "Tòa án", "Viện Kiểm sát", "Phòng", "Chi cục", "Thanh tra", "Kho bạc", "Chính phủ",
           "Quốc hội", "Nhà nước", "Đại học", "Bệnh viện", "Đảng ủy", "Đảng bộ", "Tổ", "Nhân đại",
           "Học viện Chính trị", "Bộ đội Biên phòng", "Lữ đoàn", "Sư đoàn", "Hải quân", "Cảnh sát biển",
           "Vùng", "Quỹ", "Tiểu ban", "Ban Chỉ đạo", "Ban Chỉ huy", "Ban Quản lý", "Hiệp hội", "Đội", "Đồn", "Đồn Biên phòng", "Trung đoàn",
           "Tiểu đoàn", "Đại đội", "Trung đội", "Binh đoàn", "Hải đoàn", "Hải đội", "Bộ Tham mưu", "Nhà xuất bản", "Tạp chí", "Công đoàn",
           "Khoa", "Nhóm Nghị sĩ hữu nghị", "Hợp tác xã", "Thời báo", "Tòa", "Hạt", "Nông trường", "Lâm trường",
           "Nhà máy", "Xí nghiệp", "Phân xưởng", "Liên minh", "Hội hữu nghị", "Cổng Thông tin điện tử",
           "Nhà hát", "Bảo tàng", "Thư viện",       # (the culture sector's public service units)
           "Trạm", "Trại giam", "Cơ quan Cảnh sát điều tra", "Cơ quan An ninh điều tra", "Cơ quan Điều tra",
           "Giáo phận", "Giáo xứ", "Tòa Giám mục", "Hội thánh", "Chi hội", "Ban Trị sự", "Ban Đại diện"):
    BODY_HEADS.add(_h, _h)
BODY_HEADS.add("Cổng TTĐT", "Cổng Thông tin điện tử")

# National bodies a bare "tỉnh" after them does not localise ("Bộ Chính trị tỉnh" is no body).
# The words of a school's type, after which a person's name is the school's.
_SCHOOL_WORDS = {"thpt", "thcs", "chuyên", "học", "non", "thông", "sở", "ptdtnt", "ptdtbt", "đẳng", "nghề", "cấp",
                 "th", "trường", "đh", "cđ", "trị"}     # ("Trường ĐH Tôn Đức Thắng", "Trường Chính trị Trần Phú")
# What a state group's member companies write after their names: the group's short name ("Công ty Than
# Nam Mẫu - TKV", "Công ty Nhiệt điện Uông Bí - EVNGENCO1"), or the joint-stock form ("… - CTCP").
_GROUP_SUFFIXES = {"CTCP", "TKV", "Vinacomin", "VINACOMIN", "EVN", "PVN", "Petrovietnam", "VNPT", "Viettel",
                   "Petrolimex", "Vinachem", "VRG", "Vinatex", "Vinafood", "Vicem", "Vinaconex", "Lilama",
                   "EVNGENCO1", "EVNGENCO2", "EVNGENCO3", "EVNNPT", "EVNCPC", "EVNNPC", "EVNSPC", "EVNHCMC",
                   "EVNHANOI", "PV"}
# Things named after a person, whose name ends a body's name ("Quỹ Học bổng Vừ A Dính").
_NAMED_AFTER_A_PERSON = {("giải", "thưởng"), ("học", "bổng"), ("huân", "chương"), ("huy", "chương")}
# Units a ministry or a command is divided into.
_MINISTRY_UNITS = {"cục", "tổng", "vụ", "viện", "phòng"}
_NOT_IN_PROVINCES = {"bo-chinh-tri", "ban-bi-thu", "quoc-hoi", "chinh-phu", "nha-nuoc"}
# A state's diplomatic missions, named after the state and where they sit.
_MISSIONS = [("đại", "sứ", "quán"), ("tổng", "lãnh", "sự", "quán"), ("lãnh", "sự", "quán")]
_MISSION_STARTS = {m[0] for m in _MISSIONS}
# The continents whose businesses have chambers abroad ("Phòng Thương mại châu Âu tại Việt Nam").
_CONTINENTS = {("châu", "âu"), ("châu", "á"), ("châu", "mỹ"), ("châu", "phi"), ("châu", "úc")}
# The formal forms of a state's name before its common name ("Vương quốc Campuchia").
_STATE_FORMS = {("vương", "quốc"), ("cộng", "hòa"), ("liên", "bang"), ("nước",), ("hợp", "chúng", "quốc")}
# Units that go by a number ("Quân khu 4", "Vùng 2 Hải quân").
_NUMBERED_UNITS = {"Quân khu", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Binh đoàn", "Vùng", "Hải đoàn"}
_YEAR = re.compile(r"(19|20)\d\d")

# Heads of bodies named by what they do, in lower case ("Ban Chỉ đạo phòng, chống …").
DESCRIPTIVE_HEADS = {"Ban Chỉ đạo", "Ban Chỉ huy", "Ban Quản lý", "Tiểu ban", "Hội đồng", "Ban Tổ chức", "Tổ"}
# Heads of institutions a text calls by the head alone once it has named
# them in full ("Giám đốc Bệnh viện", "Chủ tịch HĐQT Ngân hàng").
INSTITUTION_HEADS = {"Bệnh viện", "Trường", "Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "Ngân hàng",
                      "Học viện", "Đại học", "Viện", "Trung tâm", "Tổng cục", "Báo", "Đài", "Nhà xuất bản", "Tạp chí",
                      "Quân chủng", "Binh chủng", "Ủy ban", "Hội", "Hợp tác xã", "Ban Trị sự"}
# The Front and the mass organisations at the centre, whose boards bear names of
# a province's committees ("Ban Dân tộc Ủy ban Trung ương MTTQ Việt Nam").
_CENTRAL_ORGANISATIONS = {"uy-ban-trung-uong-mat-tran-to-quoc-viet-nam", "tong-lien-doan-lao-dong-viet-nam",
                          "trung-uong-doan-thanh-nien-cong-san-ho-chi-minh", "hoi-lien-hiep-phu-nu-viet-nam",
                          "hoi-nong-dan-viet-nam", "hoi-cuu-chien-binh-viet-nam"}
# Bodies a village has of its own, named after it: its Party cell, its Front board.
_VILLAGE_BODY_KINDS = {"chi-bo", "ban-cong-tac-mat-tran"}
# Units named after the place they are in, whatever its words look like.
_NAMED_AFTER_THEIR_PLACE = [w.split() for w in ("đồn biên phòng", "khu công nghiệp", "cụm công nghiệp", "khu kinh tế",
                                                 "khu chế xuất")]
_OFFICE_FIRST_WORDS = {w[0] for w in OFFICES_BEFORE_THEIR_BODY}
# Economic zones a board or a department manages, after "(và) các" in its name.
_ZONES = [w.split() for w in ("khu công nghiệp", "khu kinh tế", "khu chế xuất", "khu công nghệ cao", "kcn", "kkt")]
# Words "số" makes one word with, in a name ("Cục Chuyển đổi số", "Vụ Dân tộc thiểu số", "Chi cục Dân số",
# "Công ty Xổ số kiến thiết"):
# any other "số" begins a number or a document's.
_SO_COMPOUNDS = frozenset({"đổi", "thiểu", "dân", "thuật", "xổ"})
# Compounds a stop word opens inside a unit's name ("Cục Người có công", "Cục Nghệ thuật biểu diễn",
# "Vụ Thị trường trong nước", "Cục Quản lý lao động ngoài nước").
_STOP_WORD_COMPOUNDS = {("có", "công"), ("tham", "nhũng"), ("dự", "án"), ("dự", "toán"), ("biểu", "diễn"),
                        ("tạm", "giam"), ("tạm", "giữ"), ("trong", "nước")}
# A company's head and the words of its legal form before its name.
_COMPANY_HEADS = {"Công ty", "Tổng công ty", "Tổng Công ty"}
# The head words of businesses, whose posts anyone may hold, a foreigner included.
BUSINESS_HEADS = ("Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn")
_LEGAL_FORMS = [tuple(f.split()) for f in ("cổ phần", "tnhh", "trách nhiệm hữu hạn", "một thành viên", "mtv")]
# Verbs a speaker's titles end before ("… Giám đốc công ty báo cáo").
_VERBS_AFTER = [tuple(v.split()) for v in SPEAKER_VERBS + CHAIR_VERBS]
# The boards of a company, written in full or by their letters, before the company's name
# (and of a public service unit: "Hội đồng quản lý Bệnh viện Bạch Mai").
_COMPANY_BOARDS = {"Hội đồng quản trị", "Hội đồng thành viên", "Ban Kiểm soát", "Hội đồng quản lý"}
for _h in _COMPANY_BOARDS:
    BODY_HEADS.add(_h, _h)
# Units a body has of its own, named before it, by their kind, and the heads of the bodies that have them.
_STATE_BODY_HEADS = ("Bộ ", "Tổng cục ", "Sở ", "Cục ")
_UNITS_INSIDE_A_BODY = {"thanh-tra": _STATE_BODY_HEADS,
                        "doan-thanh-nien": _STATE_BODY_HEADS + ("Công an ", "Bộ Chỉ huy ", "Bộ Tư lệnh ", "Tập đoàn ",
                                                                "Tổng công ty ", "Bệnh viện ", "Trường ", "Đại học ",
                                                                "Học viện ", "Ngân hàng ")}
# Heads of organisations and public units that go by their place alone ("Công đoàn tỉnh Ninh Thuận",
# "Bảo tàng tỉnh Nghệ An").
_ORGANISATION_HEADS = {"Công đoàn", "Hội", "Liên đoàn", "Cổng Thông tin điện tử", "Bảo tàng", "Thư viện"}
# Elected councils whose boards bear the names of a province's departments ("Ban Dân tộc HĐND tỉnh").
_COUNCILS_WITH_BOARDS = {"hoi-dong-nhan-dan"}
# The words after "Tổ" that make it a group of people ("Tổ công tác"), not
# another word ("Tổ quốc", "tổ chức").
_GROUP_KINDS = {"công", "đại", "giúp", "chuyên", "biên", "soạn", "thư", "tư", "điều", "kiểm", "giám", "xử"}
_DESCRIPTION_STOP = set(comparable(w) for w in (
    "đã đang sẽ vừa là có không được bị với về tại trong theo cho để do từ đến nhằm khi sau trước thì mà "
    "nhưng hay hoặc cũng còn đều vẫn rồi cùng gồm ở như vì nên thuộc nếu đây ấy những một mọi cả nay này đó "
    "dự thăm tiếp họp trao tặng gặp đón chúc năm ngày tháng khóa nhiệm").split())
# Words after a comma that open a new phrase, not another topic of a body's name.
# (", giữ chức X", ", chỉ định tham gia …", ", bổ nhiệm …", ", điều động …", ", luân chuyển …", ", giới thiệu …")
_NEW_PHRASE_WORDS = {"các", "những", "đồng", "ông", "bà", "cùng", "và", "giữ", "làm", "kiêm",
                     "chỉ", "bổ", "điều", "luân", "giới"}
# Words of the stop list that open a content word: "dự án", "theo dõi".
_CONTENT_WORDS_OF_STOP_WORDS = {("dự", "án"), ("dự", "thảo"), ("dự", "toán"), ("dự", "báo"), ("theo", "dõi")}
_SENTENCE_VERBS = {comparable(v) for v in CHAIR_VERBS + SPEAKER_VERBS + ATTEND_VERBS if " " in v} \
    - {"triển khai"}        # (also a board's task: "Ban Chỉ đạo triển khai thi hành Luật …")
# Verbs that say what a document does: "Bộ Tư lệnh Quân khu | triển khai thực hiện Nghị quyết …".
_DOCUMENT_VERBS = {comparable(v) for v in ("triển khai", "thực hiện", "hướng dẫn", "ban hành", "sửa đổi",
                                          "thay thế", "quán triệt", "cụ thể hóa", "công nhận")}
# Two-word phrases that end a unit's name: a verb of the sentence, or "trực thuộc".
_NAME_ENDS = _SENTENCE_VERBS | _DOCUMENT_VERBS | {comparable("trực thuộc"), comparable("lần thứ"),   # ("… | lần thứ V")
                                                   comparable("phụ trách"),     # ("… khu vực XVIII | phụ trách, …")
                                                   comparable("trở thành")}     # ("Trường Đại học Vinh | trở thành …")
# Words after which such a verb is a noun of the name: "Trung tâm Công nghệ thông tin", "… An toàn thông tin".
_TERMS_BEFORE_A_NOUN = {("công", "nghệ"), ("an", "toàn"), ("an", "ninh")}
# Nouns of people: "và" before them joins the people to a body ("Viện X và cán bộ, nhân viên"), no field of its name.
_PEOPLE_NOUNS = {tuple(comparable(w) for w in c.split()) for c in (
    "cán bộ", "nhân viên", "công chức", "viên chức", "người", "đại diện", "lãnh đạo", "đoàn viên", "hội viên",
    "đảng viên", "chiến sĩ", "học sinh", "sinh viên", "giáo viên", "giảng viên", "nhân dân", "bà con", "gia đình",
    "thân nhân", "phóng viên", "đồng chí", "thành viên", "tập thể", "cá nhân", "đội ngũ", "bác sĩ", "hộ")}
# The words after a national body's name that only say whose it is ("Ban Bí thư Trung ương Đảng"):
# its name written so is still its label.
_IDENTITY_SUFFIXES = {comparable(w) for w in (
    "Đảng", "Trung ương", "Trung ương Đảng", "Đảng Cộng sản Việt Nam", "Cộng sản Việt Nam", "Việt Nam",
    "Cộng hòa xã hội chủ nghĩa Việt Nam", "nước Cộng hòa xã hội chủ nghĩa Việt Nam")}
_EXECUTIVE_OF_A_PARTY_BODY = comparable("Ban Chấp hành Đảng bộ")
# A body's bare head word standing for it: "Văn phòng Sở", "Thanh tra Bộ".
BARE_BODY_WORDS = {"sở", "bộ", "cục"}
# The boards a mass organisation has at the centre, as the Party has its own.
_CENTRAL_BOARD_HEADS = {("ban", "chấp", "hành"): "ban-chap-hanh", ("ủy", "ban", "kiểm", "tra"): "uy-ban-kiem-tra"}
_CENTRAL_BOARD_FIRST_WORDS = {head[0] for head in _CENTRAL_BOARD_HEADS}
# The Party committees of a place ("Tỉnh ủy", "Đảng ủy xã"), and all Party committees.
AREA_COMMITTEE_KINDS = frozenset({"tinh-uy", "thanh-uy", "huyen-uy", "quan-uy", "thi-uy", "dang-uy", "khu-uy"})
_PARTY_COMMITTEE_KINDS = AREA_COMMITTEE_KINDS | {"ban-chap-hanh-dang-bo", "dang-uy-quan-su", "dang-uy-khoi-cac-co-quan",
                                                  "dang-uy-khoi-doanh-nghiep", "dang-uy-khoi-co-quan-doanh-nghiep",
                                                  "dang-uy-cac-co-quan-dang"}
# National party bodies that are committees (their units are named after them).
_PARTY_COMMITTEE_BODIES = ("dang-uy", "quan-uy", "ban-chap-hanh", "bo-chinh-tri", "ban-bi-thu",
                           "thuong-vu-quan-uy", "dang-doan", "ban-can-su-dang")
# A unit's name that ends in a level word waits for its place: "Phòng Nội vụ huyện".
_LEVEL_WORD_OF = {"tỉnh": "province", "huyện": "district", "quận": "district", "xã": "commune",
                  "phường": "commune"}
# The words of a Chinese region's or city's name before its own ("Khu tự trị dân tộc Choang Quảng Tây").
_REGION_WORDS = {"tỉnh", "thành", "phố", "khu", "tự", "trị", "dân", "tộc", "huyện", "thị", "xã", "châu"}
# The level words a place's name opens with ("tỉnh", "thành phố", "xã", "đặc khu").
_PLACE_LEVEL_STARTS = {"tỉnh", "thành", "tp", "huyện", "quận", "thị", "xã", "phường", "đặc"}
_AREA_KIND_FOR_LEVEL = {"province": "tinh-uy", "district": "huyen-uy", "commune": "dang-uy"}
# The words the parsers of OrgParser.parse find a body at, besides the
# gazetteer's (see OrgParser._may_name_body): heads, boards, offices,
# missions, a state's formal name ("Vương quốc"), "Đoàn xã", "Trung ương
# Hội", "Hội đồng trường", "nhà trường", a foreign region's level word.
_FIRST_WORDS = frozenset(BODY_HEADS.first_words).union(
    _CENTRAL_BOARD_FIRST_WORDS, _OFFICE_FIRST_WORDS, _MISSION_STARTS, (form[0] for form in _STATE_FORMS),
    ("đoàn", "trung", "hội", "nhà", "tỉnh", "thủ", "thành"))


@dataclass
class ParsedOrg:
    end: int                                  # token index after the body's name
    ref: OrgRef
    parents: list[OrgRef] = field(default_factory=list)
    open_level: str | None = None             # the place is still to be found
    open_host: bool = False                   # "Đảng ủy", "Ban cán sự đảng" with no host yet
    open_committee: bool = False              # "Ủy ban Kiểm tra" with no committee named
    kind: BodyKind | None = None
    body: Body | None = None
    place: Place | None = None
    host: "ParsedOrg | None" = None           # committee or host body it is named after
    prefix: str | None = None                 # "Ban Thường vụ" before the committee's name
    leadership: bool = False                  # "Ban Giám đốc", "Ban Thường trực": an organ, not a unit
    committee: OrgRef | None = None           # the committee leading a place's Party organisation
    level_said: bool = True                   # False for "HĐND", "UBND" written with no level word

    @property
    def board_s_body(self) -> "ParsedOrg":
        """The body a board written before it names ("Ban Thường vụ Thành ủy": the Thành ủy), else itself."""
        return self.host if self.host is not None and self.prefix else self

    @property
    def is_party_committee(self) -> bool:
        return bool(self.kind and self.kind.slug in _PARTY_COMMITTEE_KINDS) or bool(
            self.body and self.body.slug.startswith(_PARTY_COMMITTEE_BODIES))

    @property
    def has_committees(self) -> bool:
        """A party committee, or a mass organisation with its own Ban Chấp
        hành, Ban Thường vụ and boards ("Ban Thường vụ Tỉnh đoàn")."""
        return self.is_party_committee or bool(self.kind and self.kind.body_class == "MassOrganization") or bool(
            self.body and self.body.body_class == "MassOrganization")


@lru_cache(maxsize=None)
def _head_of(expansion: str) -> str | None:
    """The head noun an abbreviation's expansion opens with ("BVĐK": "Bệnh
    viện Đa khoa", whose head is "Bệnh viện")."""
    words = expansion.split()
    return next((h for n in range(len(words), 0, -1) if (h := BODY_HEADS.lookup(" ".join(words[:n])))), None)


def _dominant(counts: Counter[str], ratio: float) -> str | None:
    """The one name counted, or the one counted ``ratio`` times as often as the next."""
    top = counts.most_common(2)
    if len(top) == 1 or (len(top) == 2 and top[0][1] >= ratio * top[1][1]):
        return top[0][0]
    return None


def _short_name(text: str) -> bool:
    """Letters a body goes by: "EVN", "NHNN", or a brand in Latin letters
    that is no Vietnamese word ("Agribank", "Vietcombank")."""
    if text.isupper():
        return 2 <= len(text) <= 10        # ("EVNGENCO3")
    return text.isascii() and text.isalpha() and text[:1].isupper() and 4 <= len(text) <= 15 and not is_syllable(text)


def _spells(letters: str, name: str) -> bool:
    """Do the initials of the name's words hold the letters in order?"""
    initials = iter(fold(w[0]) for w in name.split() if w[:1].isalpha())
    return all(fold(ch) in initials for ch in letters)


def _span(ctx: ArticleContext, i: int, j: int) -> Span:
    return Span(ctx.tokens[i].start, ctx.tokens[j - 1].end)


def _ref(ctx: ArticleContext, i: int, j: int, name: str, **kw) -> OrgRef:
    return OrgRef(name=name, surface=ctx.text_between(i, j), span=_span(ctx, i, j), **kw)


def _committee_kind_of(place: Place) -> str:
    """The kind of the Party committee of a place: Tỉnh ủy, Thành ủy,
    Huyện ủy, Quận ủy, Thị ủy or the Đảng ủy of a commune."""
    if place.level == "province":
        return "thanh-uy" if place.is_city else "tinh-uy"
    if place.level == "district":
        return {"quận": "quan-uy", "thị xã": "thi-uy", "thành phố": "thanh-uy"}.get(place.level_word, "huyen-uy")
    return "dang-uy"


def _with_head(written: str, label: str) -> str:
    """A body written without its head noun gets it back: "Mặt trận Tổ quốc
    Việt Nam tỉnh X" is the "Ủy ban Mặt trận Tổ quốc Việt Nam" of tỉnh X."""
    words, head = written.split(), label.split()
    first = comparable(words[0]) if words else ""
    at = next((n for n, w in enumerate(head) if comparable(w) == first), 0)
    return " ".join(head[:at] + words) if at else written


def _place_name_for(kind: BodyKind, place: Place) -> str:
    """How a body of ``kind`` is named after ``place``."""
    if kind.attaches == "area" and place.level in ("province", "district") and kind.slug != "dang-uy":
        # ("Quận ủy quận 4": a place named by a number keeps its level word)
        return place.full if place.full.startswith("Thành phố") or place.name.isdigit() else place.name
    return place.full


# The level words of villages and neighbourhoods, below the commune.
VILLAGE_WORDS = {"thôn", "bản", "ấp", "buôn", "làng", "xóm", "khóm", "plei", "sóc", "khu phố", "tổ dân phố",
                  "khu dân cư", "tổ"}


class OrgParser:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.gaz = ctx.gaz
        self._resolving_committee = False
        gz = self.gaz
        self._first_words = _FIRST_WORDS.union(gz.foreign_governments.first_words, gz.bodies.first_words,
                                               gz.body_kinds.first_words, gz.countries.first_words,
                                               gz.foreign_regions.first_words)

    # ----------------------------------------------------------- public
    def parse(self, i: int, limit: int, strict_case: bool = True) -> ParsedOrg | None:
        """The body named at token i (not beyond ``limit``), with its parents."""
        ctx = self.ctx
        if i >= limit or not ctx.tokens[i].is_word:
            return None
        if strict_case and not ctx.tokens[i].is_capitalised:
            return None
        if not self._may_name_body(i):
            return None         # (cheap test first: most capitalised words start no body)
        if self._banner_at(i):
            return None         # a masthead in capitals ("BÁO HÀ TĨNH") names the site, no body of the story
        limit = min(limit, ctx.paragraph_end(i))
        parsed = self._event_s_organisers(i, limit) or self._defined_abbreviation(i) \
            or self._mass_organisation_board(i, limit) \
            or self.foreign_government(i, limit) \
            or self._unit_of_the_body(i, limit) or self._commune_youth_union(i, limit) \
            or self._office_of_the_body_after(i, limit) \
            or self._diplomatic_mission(i, limit) or self._central_organ_of_association(i, limit) \
            or self._organisation_s_central_board(i, limit) or self._party_organisation_of_a_place(i, limit) \
            or self._bloc_committee_called_back(i, limit) or self._known_or_kind(i, limit) \
            or self._doubled_head(i, limit) or self._generic(i, limit) or self._country(i, limit) or self._foreign_region(i, limit)
        if parsed is None:
            return None
        self._branch(parsed, limit)
        if parsed.place is not None and parsed.place.country:
            # "Tỉnh ủy Khăm Muồn", "UBND tỉnh Prây Veng": a body of that state
            parsed.ref.kind, parsed.ref.jurisdiction = "foreign", parsed.place.country
            parsed.ref.jurisdiction_level = None
        self._parents(parsed, limit)
        return parsed

    def _banner_at(self, i: int) -> bool:
        """Token i opens the page's first line, written all in capitals ("BÁO HÀ TĨNH"): the site's
        masthead (a heading in capitals further down may name a body: "DANH SÁCH BAN THƯỜNG TRỰC …")."""
        text = self.ctx.doc.text
        first = text.split("\n", 1)[0]
        return self.ctx.tokens[i].start < len(first) and first.isupper()

    def _bloc_committee_called_back(self, i: int, limit: int) -> ParsedOrg | None:
        """"Phó Bí thư Đảng ủy Khối phát biểu" after "Đảng ủy Khối Cơ quan và
        Doanh nghiệp tỉnh X": the bloc's committee the text named in full."""
        ctx = self.ctx
        j = i + 3
        if ctx.keys[i:j] != ["đảng", "ủy", "khối"] or (j < limit and ctx.tokens[j].is_capitalised):
            return None
        kind = ctx.match(ctx.gaz.body_kinds, i)
        if kind is not None and i + kind[0] > j:
            return None         # written in full again: "Đảng ủy Khối các cơ quan tỉnh"
        return self._named_in_full_before(i, j)

    def _event_s_organisers(self, i: int, limit: int) -> ParsedOrg | None:
        """"Ban Tổ chức lễ tang …", "Ban tổ chức hội thi …": the committee
        organising an event, named by it, not the Party's "Ban Tổ chức"."""
        ctx = self.ctx
        j = i + 3
        if ctx.keys[i:j] != ["ban", "tổ", "chức"] or j >= limit or ctx.tokens[j].is_capitalised \
                or not ctx.match(self.gaz.event_types, j):
            return None
        org = self._descriptive(i, j, limit)
        if org is None or org.place is not None:
            return org
        end = k = org.end
        if ctx.keys[k:k + 2] == ["đồng", "chí"] and (named := name_at(ctx, k + 2, limit)) is not None:
            end = k = named         # "Ban Tổ chức Lễ tang đồng chí Huỳnh Văn Sáu": whose funeral
        if ctx.keys[k:k + 1] == ["tại"] and (place := ctx.place_at(k + 1, limit)) is not None:
            end = place[0]          # "Ban Tổ chức lễ tang tại Hà Tĩnh": where it is held
        if end == org.end:
            return org
        written = ctx.text_between(i, end)
        return ParsedOrg(end, _ref(ctx, i, end, written[:1].upper() + written[1:]))

    def _party_organisation_of_a_place(self, i: int, limit: int) -> ParsedOrg | None:
        """"Đảng bộ tỉnh Tuyên Quang", "Đảng bộ xã Minh Hòa": the Party
        organisation of a place, led by the place's committee (the Tỉnh ủy,
        the Đảng ủy xã), which holds the posts said to be the organisation's."""
        ctx = self.ctx
        if ctx.keys[i:i + 2] != ["đảng", "bộ"] or i + 2 >= limit or ctx.keys[i + 2] not in _PLACE_LEVEL_STARTS:
            return None
        hit = ctx.place_at(i + 2, limit)
        if hit is None or hit[1].country:
            return None
        end, place = hit
        committee = self.bare_committee(place.level, place, _span(ctx, i, end))
        ref = _ref(ctx, i, end, f"Đảng bộ {place.full}", jurisdiction=place.name, jurisdiction_level=place.level)
        return ParsedOrg(end, ref, place=place, committee=committee)

    def _may_name_body(self, i: int) -> bool:
        """Whether a parser of ``parse`` may find a body at token i: each of
        them returns None at once unless the word starts a phrase it looks
        for, is the text's abbreviation, "T.Ư", or follows "Đại sứ" ("Đại sứ
        Việt Nam tại …")."""
        ctx = self.ctx
        return ctx.keys[i] in self._first_words or ctx.raw[i] in self.gaz.abbreviation_phrases.first_words \
            or ctx.raw[i] in ("T.Ư", "TƯ", "TW") or (i > 0 and ctx.keys[i - 1] in ("sứ", "sự")) \
            or bool(self._abbreviations) and ctx.raw[i] in self._abbreviation_starts

    def _mass_organisation_board(self, i: int, limit: int) -> ParsedOrg | None:
        """"Ban Chấp hành T.Ư Đoàn", "Ban Chấp hành Trung ương Hội Nông dân
        Việt Nam", "Ủy ban Kiểm tra Trung ương Hội Cựu chiến binh Việt Nam":
        the central committee or inspection commission of a mass
        organisation, not the Party's."""
        ctx = self.ctx
        if ctx.keys[i] not in _CENTRAL_BOARD_FIRST_WORDS:
            return None         # (cheap test first: every body's parse asks)
        head = next((h for h in _CENTRAL_BOARD_HEADS if tuple(ctx.keys[i:i + len(h)]) == h), None)
        if head is None:
            return None
        central = i + len(head)
        width = 2 if ctx.keys[central:central + 2] == ["trung", "ương"] else \
            1 if central < limit and ctx.raw[central] in ("T.Ư", "TƯ", "TW") else 0
        if not width or central + width >= limit or ctx.keys[central + width] not in ("đoàn", "hội"):
            return None
        return self.board(self.gaz.kind_by_slug[_CENTRAL_BOARD_HEADS[head]], i, central, limit)

    def _defined_abbreviation(self, i: int) -> ParsedOrg | None:
        """"EVN" where the text wrote "Tập đoàn Điện lực Việt Nam (EVN)"."""
        ctx = self.ctx
        if not self._abbreviations or ctx.tokens[i].text not in self._abbreviation_starts:
            return None
        for n in (2, 1):        # "PV GAS", "EVN"
            ref = self._abbreviations.get(ctx.text_between(i, i + n)) if i + n <= len(ctx.tokens) else None
            if ref:
                place = ctx.place_at(i + n) if ref.jurisdiction else None
                if place is not None and place[1].name == ref.jurisdiction:
                    n = place[0] - i        # "CDC Bắc Giang" after "Trung tâm … (CDC) tỉnh Bắc Giang"
                return ParsedOrg(i + n, replace(ref, surface=ctx.text_between(i, i + n), span=_span(ctx, i, i + n)))
        return None

    @cached_property
    def _abbreviation_starts(self) -> set[str]:
        return {short.split()[0] for short in self._abbreviations or ()}

    @cached_property
    def _abbreviations(self) -> dict[str, OrgRef] | None:
        """The abbreviations the text defines: a body's name, then its
        letters in parentheses ("Tập đoàn Điện lực Việt Nam (EVN)")."""
        ctx = self.ctx
        self.__dict__["_abbreviations"] = None      # while reading them, no abbreviation is known
        found: dict[str, OrgRef] = {}
        for k in range(1, len(ctx.tokens) - 2):
            if ctx.keys[k] != "(":
                continue
            close = next((t for t in (k + 2, k + 3) if t < len(ctx.tokens) and ctx.keys[t] == ")"), None)
            if close is None and k + 2 < len(ctx.tokens) and ctx.keys[k + 2] == "," and any(
                    ctx.keys[t] == ")" for t in range(k + 3, min(len(ctx.tokens), k + 8))):
                close = k + 2       # "(EVNGENCO3, mã PGV)": the letters, then a stock code
            if ctx.keys[k] != "(" or close is None \
                    or not all(_short_name(ctx.tokens[t].text) for t in range(k + 1, close)):
                continue        # one or two words of letters: "(EVN)", "(PV GAS)"
            short = ctx.text_between(k + 1, close)
            if self.gaz.expand(short) != short or ctx.match(self.gaz.body_kinds, k + 1):
                continue        # the reference data's abbreviations ("LĐLĐ") keep their meaning
            if self._country_at(k + 1, close) or ctx.place_at(k + 1, close) is not None:
                continue        # where it is from: "Tập đoàn Straits Industrial Land (Singapore)"
            ending = [org for t in range(k - 1, max(0, k - 15) - 1, -1) if ctx.tokens[t].is_capitalised
                      and (org := self.parse(t, k)) is not None and org.end == k]
            known = ctx.match(self.gaz.bodies, k + 1)
            if known and any(o.ref.known_iri == known[1].iri for o in ending):
                continue        # "Bộ đội Biên phòng (BĐBP) tỉnh": the letters the reference data gives it
            if ending and short not in found:
                # the body whose initials spell the letters ("Ủy ban Thường vụ Quốc hội (TVQH)"),
                # else the innermost ("Tập đoàn Điện lực Việt Nam (EVN)")
                named = next((o for o in ending if _spells(short, o.ref.surface)), None) \
                    or self._spelled_elsewhere(short) or ending[0]
                named = next((o for o in ending if self._head_before(o, named)), named)   # "Trường | Đại học Cần Thơ (ĐHCT)"
                whole = self.parse(ctx.token_index(named.ref.span.start), len(ctx.tokens))
                # its place may follow the letters: "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Bắc Giang"
                found[short] = whole.ref if whole is not None and whole.end > close + 1 and \
                    whole.ref.jurisdiction and not named.ref.jurisdiction else named.ref
        return found

    def _spelled_elsewhere(self, letters: str) -> ParsedOrg | None:
        """A body the text names whose words' initials are the letters, word
        for word: "Vụ Dân tộc thiểu số (UBDT)" says the department is the
        Ủy ban Dân tộc's, it does not define letters for it."""
        ctx = self.ctx
        first = fold(letters[0])
        for t, tok in enumerate(ctx.tokens):
            if tok.is_capitalised and fold(tok.text[0]) == first and (org := self.parse(t, len(ctx.tokens))) \
                    and "".join(fold(w[0]) for w in org.ref.surface.split()) == fold(letters):
                return org
        return None

    def _commune_youth_union(self, i: int, limit: int) -> ParsedOrg | None:
        """"Bí thư Đoàn xã Lũng Cú": the Youth Union of a commune (a district's
        and a province's are the Huyện đoàn and the Tỉnh đoàn)."""
        ctx = self.ctx
        if ctx.keys[i] != "đoàn" or i + 1 >= limit or ctx.keys[i + 1] not in ("xã", "phường", "thị"):
            return None
        hit = ctx.place_at(i + 1, limit)
        if hit is None and ctx.keys[i + 1] in ("xã", "phường") and (
                i + 2 >= limit or not ctx.tokens[i + 2].is_capitalised):
            # "Bí thư Đoàn xã": the commune's Youth Union the text named in full before, else
            # of the commune the text names
            full = next((o for t in range(i - 1, -1, -1) if ctx.keys[t] == "đoàn" and ctx.tokens[t].is_capitalised
                         and (o := self.parse(t, i)) is not None and o.kind is not None
                         and o.kind.slug == "doan-thanh-nien" and o.place is not None and o.place.level == "commune"),
                        None)
            if full is not None:
                return ParsedOrg(i + 2, replace(full.ref, surface=ctx.text_between(i, i + 2), span=_span(ctx, i, i + 2)),
                                 kind=full.kind, place=full.place)
            return ParsedOrg(i + 2, _ref(ctx, i, i + 2, f"Đoàn {ctx.keys[i + 1]}"), open_level="commune")
        if hit is None or hit[1].level != "commune":
            return None
        end, place = hit
        return ParsedOrg(end, _ref(ctx, i, end, f"Đoàn {place.full}", jurisdiction=place.name,
                                   jurisdiction_level=place.level), place=place)

    def _office_of_the_body_after(self, i: int, limit: int) -> ParsedOrg | None:
        """"Chi nhánh NHCSXH tỉnh Yên Bái", "Phòng giao dịch NHCSXH huyện Trạm
        Tấu", "Ban đại diện HĐQT NHCSXH tỉnh": a branch, an office or a board
        named by its kind and then the body it belongs to, whose place it takes."""
        ctx = self.ctx
        if ctx.keys[i] not in _OFFICE_FIRST_WORDS:
            return None
        n = next((len(w) for w in OFFICES_BEFORE_THEIR_BODY if ctx.keys[i:i + len(w)] == w), 0)
        if not n or i + n >= limit or not ctx.tokens[i + n].is_capitalised:
            return None
        body = self.parse(i + n, limit)
        if body is None or body.leadership:
            return None
        written = self.gaz.expand(ctx.text_between(i, i + n))
        ref = replace(body.ref, name=f"{written} {body.ref.name}", surface=ctx.text_between(i, body.end),
                      span=_span(ctx, i, body.end), known_iri=None, kind="")
        return ParsedOrg(body.end, ref, place=body.place, open_level=body.open_level)

    def _unit_of_the_body(self, i: int, limit: int) -> ParsedOrg | None:
        """"Văn phòng Sở", "Thanh tra Bộ": a unit named after the body the
        text is about, by its bare head word; the name stays as written."""
        ctx = self.ctx
        head = ctx.match(BODY_HEADS, i)
        if not head:
            return None
        j = i + head[0]
        if j >= limit or ctx.keys[j] not in BARE_BODY_WORDS or not ctx.tokens[j].is_capitalised:
            return None
        if not self._head_alone(j + 1, limit):
            return None         # the name goes on: "Văn phòng Bộ Công Thương", "Phòng Tổng hợp"
        #                         (not "Chánh Văn phòng Bộ | công bố …")
        written = ctx.text_between(i, j + 1)
        body = self._named_in_full_before(j, j + 1, nearest=True) \
            if ctx.keys[j] in ("bộ", "sở") and head[1] in ("Văn phòng", "Thanh tra") else None
        if body is None:
            return ParsedOrg(j + 1, _ref(ctx, i, j + 1, written))
        # "Chánh Văn phòng Bộ" after "Bộ GD&ĐT": the office of the ministry named last (a structure
        # that lists "Văn phòng Sở" keeps the name it lists)
        return ParsedOrg(j + 1, _ref(ctx, i, j + 1, f"{ctx.text_between(i, j)} {body.ref.name}",
                                     jurisdiction=body.ref.jurisdiction, jurisdiction_level=body.ref.jurisdiction_level,
                                     host=body.ref), place=body.place)

    def parse_coordinated(self, j: int, end: int) -> list[ParsedOrg]:
        """Bodies joined by "," or "và" filling tokens j to ``end`` ("Bộ Chính
        trị, Ban Bí thư"); none unless all of it is bodies."""
        out: list[ParsedOrg] = []
        while j < end:
            org = self.parse(j, end)
            if org is None:
                return []
            out.append(org)
            j = org.end
            if j < end and self.ctx.keys[j] in (",", "và"):
                j += 1
            elif j < end:
                return []
        return out

    def known_body(self, label: str, k: int) -> OrgRef | None:
        """A national body of the reference data, said at token k."""
        body = self.gaz.bodies.lookup(label)
        if body is None:
            return None
        tok = self.ctx.tokens[k]
        return OrgRef(name=body.label, surface="", span=Span(tok.start, tok.end), known_iri=body.iri)

    def place_from_text(self, org: ParsedOrg) -> None:
        """Give a body named without its place ("Ủy ban nhân dân tỉnh") the
        one the text names nearest before it, else the article's."""
        if org.open_level:
            place = self.clause_place(org)
            place = place or self.city_for(org, self.ctx.place_for(org.open_level, org.ref.span.start),
                                           org.ref.span.start)
            if place:
                self.complete(org, place, inferred=True)

    def clause_place(self, org: ParsedOrg) -> Place | None:
        """The commune or district the sentence is about, for a body named
        with no level word ("Xã Diễn Châu: Chủ tịch HĐND A"). A Sở is a
        province's department: "Tại hồ X, huyện Y, … Phó Giám đốc Sở Z" is
        no district's."""
        if org.level_said or (org.kind is not None and org.kind.label.startswith("Sở ")):
            return None
        return self.place_the_sentence_is_about(org.ref.span.start)

    def place_the_sentence_is_about(self, at: int) -> Place | None:
        """The commune or district a sentence opens with, past a fronted
        phrase ("Phường Thành Vinh có Bí thư Đảng ủy A, Chủ tịch HĐND B", "Xã
        Diễn Châu: …", "Ở khu vực trung tâm, phường X có …"): the place of the
        councils and Party titles it names with no level word."""
        ctx = self.ctx
        lo = ctx.token_index(ctx.doc.sentence_at(at).start)
        lo = ctx.item_mark_end(lo) or lo
        starts = [lo] + [t + 1 for t in range(lo, min(len(ctx.keys) - 1, lo + 10)) if ctx.keys[t] == ","][:1]
        for t in starts:
            hit = ctx.place_at(t) if ctx.keys[t] in _PLACE_LEVEL_STARTS else None
            if hit is not None and hit[1].level in ("commune", "district") and not hit[1].country:
                return hit[1]
        return None

    def city_for(self, org: ParsedOrg, place: Place | None, at: int) -> Place | None:
        """The place a body written with its level word is in. A city's body
        ("Thành ủy", "UBND thành phố") in a province that is no city is the
        body of a city of that province ("Thành ủy Vinh"): the city the text
        names, else none. A province's body ("Hội Nông dân tỉnh", "Tỉnh ủy")
        is no centrally-run city's: the province the article is about, if
        it is none, else none. With no province named at all, a city's body
        is still the city's the text names."""
        if place is not None and (place.level != "province" or place.country):
            return place        # (a foreign state's region: "Thành ủy, Chủ tịch HĐND thủ đô Vientiane")
        body = org.board_s_body
        name = body.ref.name.lower()
        slug = body.kind.slug if body.kind else None
        city_body = name.endswith("thành phố") or slug == "thanh-uy"
        if place is None:
            return self._city_named(at) if city_body and self.ctx.subject_province is None else None
        if place.is_city:
            if not (name.endswith("tỉnh") or slug == "tinh-uy"):
                return place
            subject = self.ctx.subject_province
            return subject if subject and subject.province and not subject.is_city else None
        return self._city_named(at) if city_body else place

    def _city_named(self, at: int) -> Place | None:
        """The city of a province the text names nearest before ``at``."""
        city = self.ctx.place_for("district", at)
        return city if city is not None and city.level_word == "thành phố" else None

    def bare_committee(self, level: str, place: Place | None, at: Span) -> OrgRef | None:
        """The party committee of a place ("Tỉnh ủy Kiên Giang", "Đảng ủy xã
        Sơn Tây", "Quận ủy Lê Chân"), for a party title written without its body."""
        if not _AREA_KIND_FOR_LEVEL.get(level):
            return None
        placed = place is not None and not place.country and place.level == level
        kind_slug = _committee_kind_of(place) if placed else _AREA_KIND_FOR_LEVEL[level]
        kind = self.gaz.kind_by_slug[kind_slug]
        name = kind.label + (" " + _place_name_for(kind, place) if place else "")
        ref = OrgRef(name=name, surface="", span=at, kind=kind.slug,
                     jurisdiction=place.name if place else None,
                     jurisdiction_level=place.level if place else level, inferred=True)
        if place and place.country:
            ref.kind, ref.jurisdiction, ref.jurisdiction_level = "foreign", place.country, None
        if place and place.source == "site":
            ref.canonical, ref.name = name, kind.label
        return ref

    def complete(self, parsed: ParsedOrg, place: Place | None, inferred: bool) -> None:
        """Give an open body its place: "HĐND tỉnh" -> "Hội đồng nhân dân
        tỉnh Kiên Giang". A place only the site's domain gives completes the
        body's identity (``canonical``) but not what the article says."""
        if place is None or parsed.open_level is None:
            return
        written_before = parsed.ref.name
        self._complete(parsed, replace(place, source="text"), inferred)
        node = parsed
        while node is not None:                 # keep where the place came from
            if node.place is not None and node.place.name == place.name:
                node.place = place
            node = node.host
        if place.source == "site":
            parsed.ref.canonical = parsed.ref.name
            parsed.ref.name = written_before

    def _complete(self, parsed: ParsedOrg, place: Place, inferred: bool) -> None:
        ref = parsed.ref
        written = ref.name
        if parsed.kind is not None and parsed.kind.slug == "khu-uy" and place.country is None:
            return      # a region's Party committee is never a Vietnamese province's ("Ban Thường vụ Khu ủy")
        if parsed.kind is not None and parsed.kind.slug == "ban-chap-hanh-dang-bo" \
                and (committee := self.bare_committee(place.level, place, ref.span)) is not None:
            # "tham gia Ban Chấp hành Đảng bộ tỉnh": the executive of the province's Party organisation is its Tỉnh ủy
            parsed.ref = replace(committee, surface=ref.surface, span=ref.span, inferred=inferred)
            parsed.kind = self.gaz.kind_by_slug.get(committee.kind or "", parsed.kind)
            parsed.place, parsed.open_level = place, None
            return
        if parsed.host is not None and parsed.prefix:
            self._complete(parsed.host, place, inferred)
            ref.name = f"{parsed.prefix} {parsed.host.ref.name}"
            ref.jurisdiction, ref.jurisdiction_level = parsed.host.ref.jurisdiction, parsed.host.ref.jurisdiction_level
            ref.inferred = parsed.host.ref.inferred
            parsed.place, parsed.open_level = parsed.host.place, parsed.host.open_level
            return
        if parsed.open_committee:
            committee = self.bare_committee(place.level, place, ref.span)
            if committee and parsed.kind is not None and parsed.kind.slug == "ban-chap-hanh" and parsed.end > 0 \
                    and self.ctx.keys[parsed.end - 2:parsed.end] == ["đảng", "bộ"]:
                # "Ủy viên Ban Chấp hành Đảng bộ, Phó Chủ tịch UBND tỉnh": a member of the Tỉnh ủy
                parsed.ref = replace(committee, surface=ref.surface, span=ref.span)
                parsed.place, parsed.open_level, parsed.open_committee = place, None, False
                return
            if committee:
                ref.host = committee
                ref.name = f"{written} {committee.name}"
                ref.jurisdiction, ref.jurisdiction_level, ref.inferred = place.name, place.level, inferred
                parsed.place, parsed.open_level, parsed.open_committee = place, None, False
            return
        ends_with_level = written.split()[-1:] and written.split()[-1].lower() in (
            "tỉnh", "huyện", "xã", "phường", "quận") or written.lower().endswith(("thành phố", "thị xã", "thị trấn", "đặc khu"))
        if ends_with_level:
            ref.name = f"{written} {place.name}" if not place.full.startswith("Thành phố") else \
                written.rsplit(" ", 2 if written.lower().endswith("thành phố") else 1)[0] + " " + place.full
        elif parsed.kind:
            ref.name = f"{written} {_place_name_for(parsed.kind, place)}"
        else:
            ref.name = f"{written} {place.full}"
        ref.jurisdiction, ref.jurisdiction_level, ref.inferred = place.name, place.level, inferred
        parsed.place, parsed.open_level = place, None

    def board(self, kind: BodyKind, i: int, j: int, limit: int) -> ParsedOrg:
        """A board of ``kind`` named by a short title (tokens i..j, "UVBTV")
        and the committee written after it, if any: "UVBTV Tỉnh ủy" is the
        Ban Thường vụ Tỉnh ủy; alone, it waits for a neighbouring title's
        committee."""
        ctx = self.ctx
        committee = self.parse(j, limit, strict_case=False) if j < limit else None
        if committee is not None and kind.slug == "ban-chap-hanh" and committee.is_party_committee:
            return committee
        standing = self._standing_committee_of(kind, committee)
        if standing is not None:        # "Ủy viên Thường vụ Quốc hội": of the Ủy ban Thường vụ Quốc hội
            return ParsedOrg(committee.end, replace(standing, surface=ctx.text_between(i, committee.end),
                                                    span=_span(ctx, i, committee.end)))
        if committee is not None and committee.has_committees:
            ref = _ref(ctx, i, committee.end, f"{kind.label} {committee.ref.name}", kind=kind.slug,
                       jurisdiction=committee.ref.jurisdiction, jurisdiction_level=committee.ref.jurisdiction_level,
                       host=committee.ref)
            return ParsedOrg(committee.end, ref, kind=kind, host=committee, place=committee.place,
                             open_level=committee.open_level, open_host=committee.open_host, prefix=kind.label)
        if committee is None and kind.slug == "ban-chap-hanh" and ctx.keys[j:j + 2] == ["đảng", "bộ"] \
                and ctx.keys[j + 2:j + 3] in ([","], [";"], ["-"], ["–"]):
            j += 2      # "Ủy viên Ban Chấp hành Đảng bộ, …": the committee of the next title's place
        return ParsedOrg(j, _ref(ctx, i, j, kind.label, kind=kind.slug), kind=kind, open_level="province",
                         open_committee=True)

    def _standing_committee_of(self, kind: BodyKind, committee: ParsedOrg | None) -> OrgRef | None:
        """A national body whose standing board is a committee of its own in
        the reference data ("Ủy ban Thường vụ Quốc hội")."""
        if committee is None or kind.slug != "ban-thuong-vu" or not committee.ref.known_iri:
            return None
        return self.known_body(f"Ủy ban Thường vụ {committee.ref.name}", self.ctx.token_index(committee.ref.span.start))

    def attach_host(self, parsed: ParsedOrg, host: OrgRef) -> None:
        """"Ban cán sự đảng" + "Bộ Tài chính" -> "Ban cán sự đảng Bộ Tài chính"."""
        parsed.ref.name = f"{parsed.ref.name} {host.name}"
        if host.canonical:
            parsed.ref.canonical = f"{parsed.ref.name.rsplit(host.name, 1)[0]}{host.canonical}"
        parsed.ref.host = host
        parsed.ref.jurisdiction = host.jurisdiction
        parsed.ref.jurisdiction_level = host.jurisdiction_level
        parsed.open_host = False
        parsed.open_level = None

    # ---------------------------------------------------------- helpers
    def _branch(self, parsed: ParsedOrg, limit: int) -> None:
        """"NHNN Chi nhánh tỉnh Nghệ An", "… Chi nhánh Khu vực 8", "VCCI Chi
        nhánh Đà Nẵng": a branch, named after its body."""
        ctx = self.ctx
        j = parsed.end
        end = self._area_end(j, limit)
        if end is not None:         # "Kho bạc Nhà nước khu vực X", "Cục Dự trữ Nhà nước khu vực Hà Nam Ninh"
            parsed.ref = replace(parsed.ref, name=f"{parsed.ref.name} {ctx.text_between(j, end)}",
                                 surface=ctx.text_between(ctx.token_index(parsed.ref.span.start), end),
                                 span=Span(parsed.ref.span.start, ctx.tokens[end - 1].end), known_iri=None)
            parsed.end = end
            return
        if tuple(ctx.keys[j:j + 2]) != ("chi", "nhánh") or j + 2 >= limit:
            return
        k = j + 2
        place = ctx.place_at(k, limit)
        if place is not None:
            end, where = place[0], ctx.text_between(k, place[0])     # as written
        elif (end := self._area_end(k, limit)) is not None:
            where = f"Khu vực {ctx.text_between(k + 2, end)}"
        else:
            return
        parsed.ref = replace(parsed.ref, name=f"{parsed.ref.name} Chi nhánh {where}", surface=ctx.text_between(
            ctx.token_index(parsed.ref.span.start), end), span=Span(parsed.ref.span.start, ctx.tokens[end - 1].end),
            known_iri=None)
        parsed.end = end

    def _area_end(self, k: int, limit: int) -> int | None:
        """Where an area a unit serves ends, when one starts at token k: "khu
        vực 8", "Khu vực XIV", "chuyên ngành Ia", or a region's name of
        capitalised words ("khu vực Hà Nam Ninh", "khu vực Tây Nguyên")."""
        ctx = self.ctx
        if tuple(ctx.keys[k:k + 2]) not in (("khu", "vực"), ("chuyên", "ngành")) or k + 2 >= limit:
            return None
        number = ctx.tokens[k + 2].text
        if number.isalnum() and (number.isdigit() or number.isupper() or (
                set(number[:-1]) <= set("IVXLC") and number[-1] in "abc" and len(number) <= 5)):      # "Ia", "IVb"
            return k + 3
        end = k + 2
        while end < limit and end - k < 6 and ctx.tokens[end].is_word and ctx.tokens[end].is_capitalised \
                and not (ctx.match(BODY_HEADS, end) or ctx.match(self.gaz.roles, end) or ctx.match(self.gaz.titles, end)
                         or (end > k + 2 and (name_at(ctx, end, limit) or end) - end >= 3)):
            end += 1        # (a person's full name after the area is the holder: "… khu vực Tây Nguyên Lê Văn Hòa")
        return end if end > k + 2 and ctx.keys[k] == "khu" else None

    def foreign_government(self, i: int, limit: int) -> ParsedOrg | None:
        """A government with a name of its own, whose country it names
        ("Thủ tướng Quốc vụ viện Lý Cường": China's State Council), or a
        Chinese region's or city's People's Government, as written ("Chính
        phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây", "Chính quyền nhân
        dân Khu tự trị …")."""
        local = self._people_s_government(i, limit)
        if local is not None:
            return local
        hit = self.ctx.match(self.gaz.foreign_governments, i)
        if not hit or i + hit[0] > limit:
            return None
        end, country = i + hit[0], hit[1]
        written = self.ctx.match(self.gaz.countries, end)
        if written and written[1] == country and end + written[0] <= limit:
            end += written[0]
        name = f"{self.gaz.government_name[country]} {country}"
        return ParsedOrg(end, _ref(self.ctx, i, end, name, kind="foreign", jurisdiction=country))

    def _people_s_government(self, i: int, limit: int) -> ParsedOrg | None:
        ctx = self.ctx
        # (also "Chính quyền nhân dân Khu tự trị …", written as a name; "chính quyền nhân dân" is also a common noun)
        if ctx.keys[i:i + 4] != ["chính", "phủ", "nhân", "dân"] and not (
                ctx.keys[i:i + 4] == ["chính", "quyền", "nhân", "dân"] and ctx.tokens[i].is_capitalised):
            return None
        k = i + 4
        while k < limit and ctx.tokens[k].is_word and (ctx.tokens[k].is_capitalised or ctx.keys[k] in _REGION_WORDS):
            k += 1
        # "… tỉnh Vân Nam | Cao Tĩnh Vân": the official named after it, where the name ends the run
        k = next((t for t in range(i + 6, k - 1) if ctx.keys[t - 1] not in _REGION_WORDS and name_at(ctx, t, k) == k), k)
        if not any(ctx.tokens[t].is_capitalised for t in range(i + 4, k)):
            return None
        return ParsedOrg(k, _ref(ctx, i, k, ctx.text_between(i, k), kind="foreign", jurisdiction="Trung Quốc"))

    def _central_organ_of_association(self, i: int, limit: int) -> ParsedOrg | None:
        """"Trung ương Hội Nông dân Việt Nam": a national association's
        central organ, named as written."""
        ctx = self.ctx
        width = 2 if ctx.keys[i:i + 2] == ["trung", "ương"] else 1 if ctx.raw[i] in ("T.Ư", "TƯ", "TW") else 0
        h = i + width
        if not width or ctx.keys[h:h + 1] != ["hội"]:
            return None
        inner = self._known_or_kind(h, limit) or self._generic(h, limit)    # ("T.Ư Hội Sinh viên Việt Nam")
        if inner is None and self._head_alone(h + 1, limit):
            inner = self._named_in_full_before(h, h + 1)     # "Trung ương Hội" in a story of one Hội
        if inner is None or not inner.ref.name.endswith("Việt Nam"):
            return None
        return ParsedOrg(inner.end, _ref(ctx, i, inner.end, f"Trung ương {inner.ref.name}", known_iri=inner.ref.known_iri),
                         body=inner.body)

    def _organisation_s_central_board(self, i: int, limit: int) -> ParsedOrg | None:
        """"Ban Tổ chức Trung ương Hội Nông dân Việt Nam", "Ban Tổ chức T.Ư
        Đoàn": a board a mass organisation's central committee names like the
        Party's ("Ban Tổ chức Trung ương"), followed by that organisation."""
        ctx = self.ctx
        if ctx.keys[i] not in ("ban", "văn"):
            return None         # (cheap test first: the Party's boards "Ban …", "Văn phòng Trung ương")
        known = ctx.match(self.gaz.bodies, i)
        if known is None or i + known[0] >= limit or ctx.keys[i + known[0]] not in ("hội", "đoàn"):
            return None
        end = i + known[0]
        central = end - 2 if ctx.keys[end - 2:end] == ["trung", "ương"] else \
            end - 1 if ctx.raw[end - 1] in ("T.Ư", "TƯ", "TW") else None
        organ = self.parse(central, limit) if central is not None and central > i else None
        if organ is None or organ.end <= end or not organ.ref.name.startswith("Trung ương ") \
                or not organ.ref.name.endswith(("Việt Nam", "Hồ Chí Minh")):
            return None
        name = f"{self.gaz.expand(ctx.text_between(i, central))} {organ.ref.name}"
        return ParsedOrg(organ.end, _ref(ctx, i, organ.end, name, kind="", host=organ.ref), host=organ)

    def _diplomatic_mission(self, i: int, limit: int) -> ParsedOrg | None:
        """"Đại sứ quán Hàn Quốc tại Việt Nam", "Tổng Lãnh sự quán Việt Nam
        tại Osaka": a state's mission, named as written; a foreign state's
        is a foreign body."""
        ctx = self.ctx
        if ctx.keys[i] not in _MISSION_STARTS:
            return None
        head = next((m for m in _MISSIONS if tuple(ctx.keys[i:i + len(m)]) == m), None)
        if head is None or i + len(head) >= limit:
            return None
        state = self._country(i + len(head), limit)
        vietnam = self.vietnam_suffix(i + len(head), limit) if state is None else i + len(head)
        if state is None and vietnam == i + len(head):
            return None
        end = self._posted_at(state.end if state else vietnam, limit)
        written = ctx.text_between(i, end)
        written = written[0].upper() + written[1:]
        if state is None:
            return ParsedOrg(end, _ref(ctx, i, end, written))
        return ParsedOrg(end, _ref(ctx, i, end, written, kind="foreign", jurisdiction=state.ref.jurisdiction))

    def _foreign_region(self, i: int, limit: int) -> ParsedOrg | None:
        """A neighbouring state's province standing for its administration
        ("Tỉnh trưởng tỉnh Khăm Muồn", "Chủ tịch tỉnh Xaysomboun")."""
        ctx = self.ctx
        after_level_word = i + {"tỉnh": 1, "thủ": 2, "thành": 2}.get(ctx.keys[i], 0)   # "tỉnh X", "thủ đô X"
        if after_level_word >= limit or not (ctx.match(self.gaz.foreign_regions, after_level_word) or (
                after_level_word > i and ctx.tokens[after_level_word].text.isascii()
                and is_foreign_word(ctx.tokens[after_level_word].text))):
            return None         # (cheap test first: a region of a foreign state is named here)
        hit = ctx.place_at(i, limit)
        if hit is None or not hit[1].country:
            return None
        end, place = hit
        return ParsedOrg(end, _ref(ctx, i, end, place.full), place=place)

    def _country(self, i: int, limit: int) -> ParsedOrg | None:
        """A country standing for its state ("Đại sứ Maroc", "Đại sứ đặc mệnh
        toàn quyền Vương quốc Campuchia tại Việt Nam")."""
        start = k = i
        while not self.ctx.match(self.gaz.countries, k):      # "Vương quốc Campuchia", "nước Cộng hòa Hàn Quốc"
            form = next((n for n in (3, 2, 1) if tuple(self.ctx.keys[k:k + n]) in _STATE_FORMS), 0)
            if not form or k - start > 3:
                break
            k += form
        if k > start and self.ctx.match(self.gaz.countries, k):
            i = k
        hit = self.ctx.country_at(i)            # (not "Vụ trưởng Pháp luật dân sự")
        if hit and i + hit[0] <= limit:
            end = i + hit[0]
            country = hit[1]            # the official name of the state is its common name (annotation)
            if tuple(self.ctx.keys[end:end + 3]) == ("tại", "việt", "nam"):
                end += 3                # "Đại sứ Campuchia tại Việt Nam": where the ambassador is posted
            return ParsedOrg(end, _ref(self.ctx, start, end, country, kind="foreign", jurisdiction=country))
        home = self.vietnam_suffix(i, limit) if start > 0 and self.ctx.keys[start - 1] in ("sứ", "sự") else i
        if home > i:
            end = self._posted_at(home, limit)      # "Đại sứ Việt Nam tại Kazakhstan": Vietnam's envoy
            return ParsedOrg(end, _ref(self.ctx, start, end, "Việt Nam")) if end > home else None
        return None

    def _posted_at(self, k: int, limit: int) -> int:
        """Past "tại" and the country or city a mission or envoy is posted to."""
        ctx = self.ctx
        if not (k + 1 < limit and ctx.keys[k] == "tại" and ctx.tokens[k + 1].is_capitalised):
            return k
        where = ctx.match(self.gaz.countries, k + 1)
        if where:
            return min(k + 1 + where[0], limit)
        place = ctx.place_at(k + 1, limit)
        if place:
            return place[0]
        stop = k + 1
        while stop < limit and stop - k <= 4 and ctx.tokens[stop].is_word and ctx.tokens[stop].is_capitalised \
                and (name_at(ctx, stop, limit) is None or self._name_starts_after(stop, limit, k + 1)):
            stop += 1       # a city: "tại Osaka", "tại Thành phố Hồ Chí Minh", "tại Quảng Châu Nguyễn Văn A"
        return stop

    def _name_starts_after(self, k: int, limit: int, start: int) -> bool:
        """Token k ends a place begun at ``start`` rather than begins a name:
        a name read from the next token ends where one read from k does
        ("Quảng Châu Nguyễn Việt Dũng": the name is "Nguyễn Việt Dũng")."""
        here = name_at(self.ctx, k, limit)
        after = name_at(self.ctx, k + 1, limit) if k > start else None
        return here is not None and here == after

    def _known_or_kind(self, i: int, limit: int) -> ParsedOrg | None:
        ctx, gz = self.ctx, self.gaz
        known = ctx.match(gz.bodies, i)
        kind = ctx.match(gz.body_kinds, i)
        if not known and not kind and ctx.tokens[i].is_capitalised:
            known = gz.bodies.match_misspelt(ctx.keys, i)       # "Ban Chấp hàng Trung ương Đảng"
        if known and i + known[0] > limit:
            known = None
        if kind and i + kind[0] > limit:
            kind = None
        if kind and kind[1].attaches != "committee" and i + kind[0] < limit and self._inner_dash(i + kind[0], limit) \
                and ctx.place_at(i + kind[0] + 1, limit) is None:
            kind = None         # a unit named past the kind's words: "Ban Dân tộc - Tôn giáo" of the Front
        if known and (not kind or known[0] >= kind[0]):
            return self._known(i, i + known[0], known[1], limit)
        if kind and not self._unit_name_runs_past(i, i + kind[0]):
            return self._kind(i, i + kind[0], kind[1], limit)
        return None

    def _unit_name_runs_past(self, i: int, j: int) -> bool:
        """Does a functional unit's name after the head at token i run past
        token j, where a kind's name ends ("Ban Tổ chức cán bộ" of a
        university is no Party committee's "Ban Tổ chức")?"""
        head = self.ctx.match(BODY_HEADS, i)
        unit = self.ctx.match(self.gaz.unit_names, i + head[0]) if head else None
        return unit is not None and i + head[0] + unit[0] > j

    def _foreign_suffix(self, j: int, limit: int) -> tuple[int, str] | None:
        """The country written after a national body's name ("Bộ Công
        Thương Séc", "… nước Cộng hòa Séc"): its end and its common name."""
        ctx = self.ctx
        k = j + 1 if j < limit and ctx.keys[j] == "nước" else j
        hit = ctx.match(ctx.gaz.countries, k) if k < limit else None
        if hit and k + hit[0] <= limit:
            return k + hit[0], ctx.text_between(k, k + hit[0])
        form = next((n for n in (3, 2, 1) if tuple(ctx.keys[k:k + n]) in _STATE_FORMS), 0)
        hit = ctx.match(ctx.gaz.countries, k + form) if form and k + form < limit else None
        if hit and k + form + hit[0] <= limit:
            # "Bộ Công thương Cộng hòa Séc": the state's form, then a name the vocabulary has without it
            return k + form + hit[0], ctx.text_between(k, k + form + hit[0])
        return None

    def vietnam_suffix(self, j: int, limit: int) -> int:
        """Skip "nước Cộng hòa xã hội chủ nghĩa Việt Nam" / "Việt Nam" after
        a national body."""
        ctx = self.ctx
        k = j + 1 if j < limit and ctx.keys[j] == "nước" else j
        hit = ctx.gaz.abbreviation_phrases.match(ctx.raw, k) if k < limit else None
        if hit and hit[1] == "Cộng hòa xã hội chủ nghĩa Việt Nam" and k + hit[0] <= limit:
            return k + hit[0]
        for words in (("cộng", "hòa", "xã", "hội", "chủ", "nghĩa", "việt", "nam"), ("việt", "nam")):
            if tuple(ctx.keys[k:k + len(words)]) == words and k + len(words) <= limit:
                return k + len(words)
        return j

    def _known(self, i: int, j: int, body: Body, limit: int) -> ParsedOrg:
        ctx = self.ctx
        if body.body_class == "Enterprise" and j < limit and (
                (ctx.tokens[j].is_capitalised and (place := ctx.place_at(j, limit, after_a_name=True)) is not None
                 and (end := place[0]))
                or (self._inner_dash(j, limit) and (end := self._legal_form_end(j + 1, limit)))):
            return ParsedOrg(end, _ref(ctx, i, end, self.gaz.expand(ctx.text_between(i, end))))
            #     ("Viettel Nghệ An": the group's company in a province; "Tổng công ty Hàng hải Việt Nam - Công ty
            #      cổ phần": its legal form, as written)
        party = ctx.match(self.gaz.ruling_parties, j - 1) if ctx.keys[j - 1] == "đảng" else None
        if party and j - 1 + party[0] <= limit:
            # "Văn phòng Trung ương Đảng Cộng sản Trung Quốc": that party's body
            end = j - 1 + party[0]
            return ParsedOrg(end, _ref(ctx, i, end, self.gaz.expand(ctx.text_between(i, end)), kind="foreign",
                                       jurisdiction=party[1]))
        foreign = self._foreign_suffix(j, limit)
        if foreign:
            end, country = foreign
            written = self.gaz.expand(ctx.text_between(i, j))
            name = f"{written} {country}" if ctx.keys[j] != "nước" else f"{written} nước {ctx.text_between(j + 1, end)}"
            return ParsedOrg(end, _ref(ctx, i, end, name, kind="foreign", jurisdiction=country))
        place = ctx.place_at(j, limit) if j < limit and ctx.keys[j] in ("tỉnh", "thành", "tp") else None
        if place is None and j < limit and ctx.keys[j] in ("huyện", "quận", "thị") and body.slug not in _NOT_IN_PROVINCES:
            place = ctx.place_at(j, limit)      # "NHCSXH huyện Trạm Tấu": the system's office in a district
            if place is not None and place[1].level == "district":
                end, where = place
                return ParsedOrg(end, _ref(ctx, i, end, f"{body.label} {where.full}", jurisdiction=where.name,
                                           jurisdiction_level=where.level), place=where)
        if place is None and j < limit and ctx.keys[j] in ("tỉnh", "huyện") and body.slug not in _NOT_IN_PROVINCES:
            # "Chỉ huy trưởng BĐBP tỉnh", "NHCSXH huyện": that system's office in the place the text is about
            ref = _ref(ctx, i, j + 1, f"{body.label} {ctx.raw[j]}")
            return ParsedOrg(j + 1, ref, open_level="province" if ctx.keys[j] == "tỉnh" else "district")
        if place is not None and place[1].level == "province":
            # "Bộ đội Biên phòng tỉnh Quảng Trị", "Kho bạc Nhà nước tỉnh X": a national system's command there
            end, where = place
            return ParsedOrg(end, _ref(ctx, i, end, f"{body.label} {where.full}", jurisdiction=where.name,
                                       jurisdiction_level=where.level), place=where)
        office = self._office_named_after_place(body, i, j, limit)
        if office is not None:
            return office
        end = self.vietnam_suffix(j, limit)
        ref = _ref(ctx, i, j, self._name_as_written(body, i, j), known_iri=body.iri)
        ref.span = _span(ctx, i, end)
        return ParsedOrg(end, ref, body=body)

    def _name_as_written(self, body: Body, i: int, j: int) -> str:
        """A known body's name: the one the text writes (tokens i to j) when
        it is a longer name of the body than its label, told apart by more
        than the Party's or the country's name ("Tổng cục Chính trị Quân đội
        nhân dân Việt Nam", the committee's former "Ủy ban về các vấn đề xã
        hội"; not "Ban Bí thư Trung ương Đảng"); else its label (also for a
        shorter name: "Trung ương Đoàn")."""
        written = self.gaz.expand(self.ctx.text_between(i, j))
        label, as_written = comparable(body.label), comparable(written)
        if len(as_written.split()) <= len(label.split()) or as_written.startswith(_EXECUTIVE_OF_A_PARTY_BODY) or (
                as_written.startswith(label) and as_written[len(label):].strip(" ,") in _IDENTITY_SUFFIXES):
            return body.label       # (a Party organisation's executive committee is its Đảng ủy, by convention)
        return written[0].upper() + written[1:]     # ("Trưởng ban Công tác đại biểu QH": "Ban …")

    def _office_named_after_place(self, body: Body, i: int, j: int, limit: int) -> ParsedOrg | None:
        """"Kho bạc Nhà nước Nam Định", "KBNN Hải Hậu": a national agency's
        office in a province or district named bare, as the agency writes it.
        Ministries and Party bodies have no such offices; a date line ("Hà
        Nội, ngày …") is no place of theirs."""
        ctx = self.ctx
        if j + 3 < limit and ctx.keys[j] == "(" and ctx.keys[j + 2] == ")" and ctx.tokens[j + 1].text.isupper():
            j += 3          # "Kho bạc Nhà nước (KBNN) Nam Định": its letters before its place
        if body.body_class != "StateBody" or body.parent_iri is None or body.label.startswith("Bộ ") \
                or body.slug in _NOT_IN_PROVINCES or j >= limit or not ctx.tokens[j].is_capitalised:
            return None
        end = j
        while end < limit and end - j < 4 and ctx.tokens[end].is_word and ctx.tokens[end].is_capitalised:
            end += 1
        for stop in range(end, j, -1):
            name = ctx.text_between(j, stop)
            province = self.gaz.admin.province(name)
            if province is None and fold(name) not in self.gaz.admin.districts:
                continue
            if ctx.keys[stop:stop + 3] == [",", "ngày"] or (name_at(ctx, j, limit) or 0) > stop:
                return None
            level = "district" if province is None else "province"
            return ParsedOrg(stop, _ref(ctx, i, stop, f"{body.label} {name}", jurisdiction=name,
                                        jurisdiction_level=level))
        return None

    def _bare_district(self, kind: BodyKind, j: int, limit: int) -> tuple[int, Place] | None:
        """"Huyện ủy Tân Kỳ", "Huyện đoàn Quỳ Hợp": a body of a district
        says the level; the capitalised words after it are the district."""
        ctx = self.ctx
        if kind.attaches != "area" or kind.default_level != "district" and kind.slug != "thanh-uy":
            return None
        n = j
        while n < limit and n - j < 3 and ctx.tokens[n].is_word and ctx.tokens[n].is_capitalised \
                and not ctx.tokens[n].text.isupper() and not (n > j and self._starts_other(n, limit)):
            n += 1
        known = next((m for m in range(min(limit, j + 3), j, -1) if all(
            ctx.tokens[t].is_word and ctx.tokens[t].is_capitalised for t in range(j, m))
            and fold(ctx.text_between(j, m)) in ctx.gaz.admin.districts), None)
        n = max(n, known or n)      # "Huyện ủy Đồng Văn Tạ Văn Khiêm": the district the gazetteer knows
        if n == j:
            return None
        name = ctx.text_between(j, n)
        if self._starts_other(j, limit) and fold(name) not in ctx.gaz.admin.districts:
            return None
        if kind.slug == "thanh-uy" and fold(name) not in ctx.gaz.admin.districts:
            return None     # "Thành ủy Móng Cái": a provincial city's committee; a province's is read as a place
        word = {"quan-uy": "quận", "thi-uy": "thị xã", "thi-doan": "thị xã", "quan-doan-thanh-nien": "quận",
                "thanh-uy": "thành phố"}.get(kind.slug, "huyện")
        return n, Place(name, "district", word)

    def _skip_gloss(self, j: int, limit: int) -> int:
        """"Ủy ban Kiểm tra (UBKT) Quân ủy...": skip an abbreviation gloss."""
        ctx = self.ctx
        if j + 2 < limit and ctx.keys[j] == "(" and ctx.keys[j + 2] == ")" and ctx.tokens[j + 1].text.isupper():
            return j + 3
        return j

    def _kind(self, i: int, j: int, kind: BodyKind, limit: int) -> ParsedOrg | None:
        ctx = self.ctx
        written = _with_head(self.gaz.expand(ctx.text_between(i, j)), kind.label)
        if written.casefold() == kind.label.casefold() or comparable(written.split()[0]) != comparable(kind.label.split()[0]):
            written = kind.label        # ("BCH Bộ đội Biên phòng": letters another head also goes by)
        glossed = self._skip_gloss(j, limit)
        if glossed != j:
            written = f"{written} {ctx.text_between(glossed, glossed)}".strip()
            i_rest, j = glossed, glossed
        else:
            i_rest = j
        central_body = tuple(ctx.keys[j:j + 2]) == ("trung", "ương") and (
            (ctx.match(self.gaz.bodies, j) or (0,))[0] > 2 or self._central_organ_of_association(j, limit) is not None)
        if kind.attaches in ("jurisdiction", "committee") and tuple(ctx.keys[j:j + 2]) == ("trung", "ương") \
                and ctx.keys[j + 2:j + 3] != ["đảng"] and not central_body:
            # "Ban Thi đua - Khen thưởng Trung ương"; not "Văn phòng | Trung ương Đoàn …", a body of its own
            return self.central(i, j + 2, written, kind)
        if kind.attaches in ("area", "jurisdiction") and j < limit and ctx.tokens[j].is_capitalised \
                and (front := ctx.match(self.gaz.bodies, j)) and front[1].slug in _CENTRAL_ORGANISATIONS:
            host = self.parse(j, limit)     # "Ban Dân tộc Ủy ban Trung ương MTTQ Việt Nam": the Front's board
            if host is not None:
                ref = _ref(ctx, i, host.end, f"{written} {host.ref.name}", kind="", host=host.ref)
                return ParsedOrg(host.end, ref, host=host, place=host.place)
        if kind.slug in _UNITS_INSIDE_A_BODY and j < limit and ctx.tokens[j].is_capitalised and not ctx.place_at(j, limit):
            # "Thanh tra Bộ Y tế", "Thanh tra Tổng cục Thuế": a body's own inspectorate; "Đoàn Thanh niên Công an
            # tỉnh", "Đoàn Thanh niên Bộ Ngoại giao": the Youth Union of a body
            host = self.parse(j, limit)
            if host is not None and host.ref.name.startswith(_UNITS_INSIDE_A_BODY[kind.slug]):
                ref = _ref(ctx, i, host.end, f"{written} {host.ref.name}", kind=kind.slug,
                           jurisdiction=host.ref.jurisdiction, jurisdiction_level=host.ref.jurisdiction_level,
                           host=host.ref)
                return ParsedOrg(host.end, ref, kind=kind, host=host, place=host.place, open_level=host.open_level)
        if kind.attaches in ("area", "jurisdiction"):
            place_hit = ctx.place_at(j, limit, after_a_name=True)
            district = self._bare_district(kind, j, limit)
            if district is not None and (place_hit is None or (
                    district[0] > place_hit[0] and fold(district[1].name) in ctx.gaz.admin.districts)):
                place_hit = district    # "Thành ủy Điện Biên Phủ": the city, longer than the province it opens with
            if place_hit:
                end, place = place_hit
                if kind.slug == "ban-chap-hanh-dang-bo":
                    # the executive committee of a place's Party organisation is its committee
                    kind = self.gaz.kind_by_slug[_committee_kind_of(place)]
                    written = kind.label
                name = f"{kind.label} {_place_name_for(kind, place)}" if kind.attaches == "area" \
                    else f"{written} {place.full}"
                if kind.slug == "dang-uy" and place.level != "commune":
                    name = f"{written} {place.full}"
                ref = _ref(ctx, i, end, name, kind=kind.slug, jurisdiction=place.name,
                           jurisdiction_level=place.level)
                return ParsedOrg(end, ref, kind=kind, place=place)
            if (kind.label.startswith("Hội ") or kind.body_class == "MassOrganization") \
                    and not kind.label.endswith("Việt Nam") and ctx.keys[j:j + 2] == ["việt", "nam"] and j + 2 <= limit:
                # "Hội Khuyến học Việt Nam", "Liên hiệp các Hội Văn học nghệ thuật Việt Nam": the national
                # association, of no province
                return ParsedOrg(j + 2, _ref(ctx, i, j + 2, f"{written} Việt Nam", kind=kind.slug), kind=kind)
            council = self.parse(j, limit) if kind.attaches == "jurisdiction" and j < limit \
                and ctx.tokens[j].is_capitalised and ctx.match(self.gaz.body_kinds, j) else None
            if council is not None and council.kind is not None and council.kind.slug in _COUNCILS_WITH_BOARDS:
                # "Ban Dân tộc HĐND tỉnh": the council's board of that name, not the province's
                ref = _ref(ctx, i, council.end, f"{written} {council.ref.name}", jurisdiction=council.ref.jurisdiction,
                           jurisdiction_level=council.ref.jurisdiction_level, host=council.ref)
                return ParsedOrg(council.end, ref, host=council, place=council.place, open_level=council.open_level)
            # A level word alone ("HĐND tỉnh", "UBND xã") says which level.
            level, end = None, j
            if ctx.keys[j:j + 1] == ["các"] and j + 2 <= limit and ctx.keys[j + 1] in ("tỉnh", "huyện", "xã", "phường"):
                j = i_rest = j + 1      # "Phó Chủ tịch UBND các tỉnh: A (Thanh Hóa), B (Nghệ An)": each one's
            if j < limit:
                two = tuple(ctx.keys[j:j + 2])
                if two in (("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("đặc", "khu")):
                    level, end = ("province" if two == ("thành", "phố") else "district" if two[1] == "xã" else "commune"), j + 2
                elif ctx.keys[j] in ("tỉnh", "huyện", "quận", "xã", "phường", "tp"):
                    level = {"tỉnh": "province", "huyện": "district", "quận": "district", "tp": "province",
                             "xã": "commune", "phường": "commune"}[ctx.keys[j]]
                    end = j + 1
            if kind.slug in ("cong-an", "bao-hiem-xa-hoi", "thue", "thong-ke") and level is None:
                return None          # "Công an", "Bảo hiểm xã hội", "Thuế" alone name no body (nor the policy)
            if kind.slug == "ban-chap-hanh-dang-bo" and level is None:
                kind, written = self.gaz.kind_by_slug["dang-uy"], "Đảng ủy"   # "… Đảng bộ Chính phủ"
            if kind.slug == "dang-uy" and level is None:
                if ctx.keys[j:j + 2] == ["cơ", "quan"] and j + 2 < limit and ctx.tokens[j + 2].is_capitalised:
                    # "Đảng ủy Cơ quan Ban Tuyên giáo và Dân vận Trung ương": the Party committee of a body's
                    # apparatus
                    written, j = f"{written} {ctx.text_between(j, j + 2)}", j + 2
                host = self.parse(j, limit)
                if host and not host.is_party_committee:
                    return self._committee_of(i, host.end, written, kind, host, prefix=written)
                named = self._party_committee_its_sentence_names(i, j, limit)
                if named is not None:
                    return named
                ref = _ref(ctx, i, j, written, kind=kind.slug)
                return ParsedOrg(j, ref, kind=kind, open_host=True, open_level="commune")
            written_full = f"{written} {self.gaz.expand(ctx.text_between(i_rest, end))}".strip()
            ref = _ref(ctx, i, end, written_full, kind=kind.slug)
            return ParsedOrg(end, ref, kind=kind, open_level=level or kind.default_level or "province",
                             level_said=level is not None)
        if kind.attaches == "committee":
            if j < limit and self._inner_dash(j, limit):
                t = j + 1       # "Ban Tổ chức - Kiểm tra Tỉnh đoàn": the board's name goes on past a dash
                while t < limit and t - j <= 4 and ctx.tokens[t].is_word and not self._starts_other(t, limit) \
                        and not (ctx.tokens[t].is_capitalised and ctx.match(BODY_HEADS, t)):     # ("Tổ chức - Cán bộ")
                    t += 1
                written, j = f"{written} - {ctx.text_between(j + 1, t)}", t
            committee = self.parse(j, limit, strict_case=False)
            if committee is not None and kind.slug == "van-phong":
                committee = self._joint_office(committee, limit)   # "Văn phòng HĐND và UBND huyện X"
            if committee and kind.slug == "ban-chap-hanh" and committee.is_party_committee:
                committee.ref.span = _span(ctx, i, committee.end)
                return committee        # "Ban Chấp hành Tỉnh ủy X" is the Tỉnh ủy X
            if committee and (committee.has_committees or kind.slug == "van-phong"):
                name = f"{written} {committee.ref.name}"
                ref = _ref(ctx, i, committee.end, name, kind=kind.slug,
                           jurisdiction=committee.ref.jurisdiction,
                           jurisdiction_level=committee.ref.jurisdiction_level, host=committee.ref)
                return ParsedOrg(committee.end, ref, kind=kind, host=committee, place=committee.place,
                                 open_level=committee.open_level, open_host=committee.open_host,
                                 prefix=written)
            if committee is None and j < limit and ctx.tokens[j].is_word and ctx.tokens[j].is_capitalised:
                return None             # "Văn phòng Đăng ký đất đai": a unit of its own name
            if kind.slug == "ban-thuong-truc":
                return None             # a Front committee's standing board, which the text does not name
            # "Chủ nhiệm Ủy ban Kiểm tra": the committee of the article's place.
            return ParsedOrg(j, _ref(ctx, i, j, written, kind=kind.slug), kind=kind,
                             open_level="province", open_committee=True)
        if kind.attaches == "host":
            host = self.parse(j, limit)
            if host:
                ref = _ref(ctx, i, host.end, f"{written} {host.ref.name}", kind=kind.slug,
                           jurisdiction=host.ref.jurisdiction, jurisdiction_level=host.ref.jurisdiction_level,
                           host=host.ref)
                return ParsedOrg(host.end, ref, kind=kind, host=host, place=host.place,
                                 open_level=host.open_level, prefix=written)
            village = self._village_named(j, limit) if kind.slug in _VILLAGE_BODY_KINDS else None
            if village is not None:     # "Chi bộ bản Chiềng Pằn", "Ban Công tác Mặt trận buôn Ea Kmar": a village's, as written
                return ParsedOrg(village, _ref(ctx, i, village, f"{written} {ctx.text_between(j, village)}",
                                               kind=kind.slug), kind=kind)
            return ParsedOrg(j, _ref(ctx, i, j, written, kind=kind.slug), kind=kind, open_host=True)
        return None

    def village(self, j: int, limit: int) -> ParsedOrg | None:
        """A village or neighbourhood as the body its head holds a post in
        ("Trưởng thôn Đồng Ván": "thôn Đồng Ván"), as written."""
        end = self._village_named(j, limit)
        return ParsedOrg(end, _ref(self.ctx, j, end, self.ctx.text_between(j, end))) if end is not None else None

    def _village_named(self, j: int, limit: int) -> int | None:
        """End of a village or neighbourhood named at token j by its level
        word and its name or number ("thôn Đông", "bản Chiềng Pằn", "ấp 3",
        "tổ dân phố số 5"), the level below the commune."""
        ctx = self.ctx
        n = next((n for n in (3, 2, 1) if " ".join(ctx.keys[j:j + n]) in VILLAGE_WORDS), 0)
        k = j + n
        if n and k < limit and ctx.keys[k] == "số":
            k += 1
        start = k
        while k < limit and k - start < 4 and ctx.tokens[k].is_word and (
                ctx.tokens[k].is_capitalised or ctx.tokens[k].text.isdigit()) and not ctx.match(BODY_HEADS, k):
            k += 1
        return k if n and k > start else None

    def central(self, i: int, end: int, written: str, kind: BodyKind) -> ParsedOrg:
        """"Ban Thi đua - Khen thưởng Trung ương", "UBKT Trung ương": the
        central body of that kind, the reference data's when it knows it."""
        name = f"{written} Trung ương"
        body = self.gaz.bodies.lookup(name)
        if body is not None:
            return ParsedOrg(end, _ref(self.ctx, i, end, body.label, known_iri=body.iri), body=body)
        return ParsedOrg(end, _ref(self.ctx, i, end, name, kind=kind.slug), kind=kind)

    def _joint_office(self, first: ParsedOrg, limit: int) -> ParsedOrg:
        """"HĐND và UBND huyện Cẩm Xuyên" after "Văn phòng": the one office
        of both councils of a place (or of three: "Đoàn ĐBQH, HĐND và UBND tỉnh")."""
        ctx = self.ctx
        if first.end + 1 >= limit or ctx.keys[first.end] not in ("và", ",") or not first.open_level:
            return first
        second = self._known_or_kind(first.end + 1, limit)
        if second is None or second.kind is None or second.kind.attaches != "jurisdiction":
            return first
        second = self._joint_office(second, limit)
        label = first.kind.label if first.kind else first.ref.name
        joint = " và " if ctx.keys[first.end] == "và" else ", "     # ("Văn phòng Đoàn ĐBQH, HĐND tỉnh")
        ref = replace(second.ref, name=f"{label}{joint}{second.ref.name}", surface=ctx.text_between(
            ctx.token_index(first.ref.span.start), second.end), span=Span(first.ref.span.start, second.ref.span.end))
        return replace(second, ref=ref)

    def _doubled_head(self, i: int, limit: int) -> ParsedOrg | None:
        """"Ủy ban UBND xã X", "Ban Ban Dân vận": a head word written again
        by the full name that follows is said once."""
        head = self.ctx.match(BODY_HEADS, i)
        if not head or i + head[0] >= limit:
            return None
        inner = self._known_or_kind(i + head[0], limit)
        if inner and comparable(inner.ref.name).startswith(comparable(head[1]) + " "):
            return inner
        return None

    def _generic(self, i: int, limit: int) -> ParsedOrg | None:
        """A body not in the reference data, by its head noun."""
        ctx = self.ctx
        if ctx.keys[i:i + 3] == ["hội", "đồng", "trường"]:
            return self._school_council(i, limit)
        if tuple(ctx.keys[i:i + 2]) == ("nhà", "trường") and self._head_alone(i + 2, limit):
            # "Hiệu trưởng nhà trường": the school the text named last before (not one named after)
            return self._named_in_full_before(i, i + 2, ["trường"], nearest=True)
        head = ctx.match(BODY_HEADS, i)
        abbreviated = head is None and (head := self._abbreviated_head(i)) is not None
        if not head or (ctx.keys[i + 1:i + 2] in (["văn"], ["thị"]) and name_at(ctx, i, limit)):
            return None         # "Đoàn Thị Bích Hạnh": a person whose family name is a head word
        j = i + head[0]
        expanded = self.gaz.expand(ctx.text_between(i, j)) if abbreviated else head[1]
        if expanded != head[1] and j < limit and ctx.keys[j] in _LEVEL_WORD_OF and (place := ctx.place_at(j, limit)):
            end, where = place      # "BVĐK tỉnh Bắc Kạn": letters that name more than the head, then the place
            return ParsedOrg(end, _ref(ctx, i, end, f"{expanded} {where.full}", jurisdiction=where.name,
                                       jurisdiction_level=where.level), place=where)
        if head[1] in DESCRIPTIVE_HEADS and (j >= limit or not ctx.tokens[j].is_word or (
                not ctx.tokens[j].is_capitalised and self._ends_description(j) and ctx.keys[j] != "về")):
            return self._named_in_full_before(i, j)      # "Ủy viên Ban Chỉ đạo:", "Ban Chỉ đạo gồm …"
        if head[1] in _COMPANY_BOARDS:
            # "HĐQT VietinBank", "Hội đồng thành viên EVN"; alone, a board of a company said elsewhere
            return self._organ_of(i, j, limit, head[1]) or ParsedOrg(j, _ref(ctx, i, j, head[1]), open_host=True)
        named = name_at(ctx, j, limit) or j
        full_name_after = named - j >= 3 and not (head[1] in BUSINESS_HEADS and any(
            is_foreign_word(t.text) for t in ctx.tokens[j:named]))      # ("Tập đoàn Thái Hà Green")
        if head[1] == "Sở" and (self._head_alone(j, limit) or full_name_after):
            # "Phó Giám đốc Sở", "Giám đốc Sở Trần Nghĩa Hiệp": the department named last
            return self._named_in_full_before(i, j, nearest=True)
        if head[1] in INSTITUTION_HEADS and (self._head_alone(j, limit) or full_name_after):
            # "Giám đốc Bệnh viện và …", "Phó Chủ tịch Ủy ban Đặng Thị Tường Vi": the one named before
            # (not "Bệnh viện Bạch Mai", a name of two words); of several, the one named before the holder
            return self._named_in_full_before(i, j) or self._named_before_the_holder(i, j) \
                or self._company_named_after(i, j, head[1])
        if head[1] in INSTITUTION_HEADS and (short := self._called_by_its_first_words(i, j, limit)) is not None:
            return short
        if j >= limit:
            return self._numbered_unit_of_the_text(i, j, head[1])      # "… Phó Tư lệnh Quân khu:" ending a header
        if head[1] in _ORGANISATION_HEADS and ctx.keys[j] in _LEVEL_WORD_OF:
            place = ctx.place_at(j, limit)      # "Công đoàn tỉnh Ninh Thuận": an organisation of a place
            if place is not None:
                end, where = place
                return ParsedOrg(end, _ref(ctx, i, end, f"{head[1]} {where.full}", jurisdiction=where.name,
                                           jurisdiction_level=where.level), place=where)
        lettered = self._defined_abbreviation(j) if j < limit else None
        if lettered is not None and lettered.ref.name.startswith(f"{head[1]} "):
            # "Trường ĐHCT" after "Trường Đại học Cần Thơ (ĐHCT)": the head, then the text's letters for the rest
            return ParsedOrg(lettered.end, replace(lettered.ref, surface=ctx.text_between(i, lettered.end),
                                                   span=_span(ctx, i, lettered.end)))
        if head[1] in _COMPANY_HEADS:
            j = self._past_legal_form(j, limit)     # "Công ty cổ phần Sông Đà 9", "Công ty TNHH MTV …"
        first = ctx.tokens[j] if j < limit else ctx.tokens[-1]
        if j >= limit:
            return None
        if tuple(ctx.keys[j:j + 3]) in (("quốc", "gia", "về"), ("nhà", "nước", "về")):
            # "Ủy ban Quốc gia về người cao tuổi Việt Nam", "Ủy ban Nhà nước về người Việt Nam ở nước
            # ngoài": a national body named by its task, after "về"
            return self._descriptive(i, j + 2, limit)
        if first.is_word and head[1] in DESCRIPTIVE_HEADS and (head[1] != "Tổ" or ctx.keys[j] in _GROUP_KINDS):
            described = self._descriptive(i, j, limit)
            if described is not None and not first.is_capitalised:
                return described
            named = self._named_unit(i, j, limit, head)
            return described if described and (named is None or described.end > named.end) else named
        return self._named_unit(i, j, limit, head) or self._numbered_unit_of_the_text(i, j, head[1])

    def _head_before(self, outer: ParsedOrg, inner: ParsedOrg) -> bool:
        """Is ``outer`` the ``inner`` body's name with a head word before it?"""
        ctx = self.ctx
        a, b = ctx.token_index(outer.ref.span.start), ctx.token_index(inner.ref.span.start)
        head = ctx.match(BODY_HEADS, a) if a < b else None
        return head is not None and a + head[0] == b and head[1] in INSTITUTION_HEADS

    def _abbreviated_head(self, i: int) -> tuple[int, str] | None:
        """A head noun written by its letters ("HĐQT" for "Hội đồng quản trị")."""
        hit = self.gaz.abbreviation_phrases.match(self.ctx.raw, i)
        head = _head_of(hit[1]) if hit else None
        return (hit[0], head) if head else None

    def _place_named(self, k: int) -> bool:
        """Is token k a word of the place a unit is named after: a border gate
        ("Cửa khẩu quốc tế Lao Bảo"), a numbered area ("khu vực 4 - Sa Pa")?"""
        ctx, keys = self.ctx, self.ctx.keys
        if not ctx.tokens[k].is_capitalised:
            return False
        t = k
        while t > 0 and ctx.tokens[t - 1].is_capitalised and keys[t - 1] not in ("khẩu", "tế"):
            t -= 1
        gate = any(tuple(keys[t - len(w):t]) == w for w in (("cửa", "khẩu"), ("cửa", "khẩu", "quốc", "tế")))
        area = t >= 4 and keys[t - 1] == "-" and ctx.tokens[t - 2].text.isdigit() and keys[t - 4:t - 2] == ["khu", "vực"]
        run = t
        while run < len(keys) and ctx.tokens[run].is_word and ctx.tokens[run].is_capitalised:
            run += 1
        if t >= 3 and keys[t - 3:t] in _NAMED_AFTER_THEIR_PLACE:
            # "Đồn Biên phòng Lý Vạn", "Khu công nghiệp Đồng Bành": named after its place, whatever the
            # words; a holder's full name may follow ("Đồn trưởng Đồn Biên phòng Lý Vạn Sầm Đức Phong")
            return run - t <= 3 or k < run - 3
        if run - t == 2 and t > 0 and ctx.tokens[t - 1].is_word \
                and fold(ctx.text_between(t, run)) in self.gaz.admin.communes:
            return True     # "Công ty cổ phần Xi măng La Hiên": a commune's name ends the unit's
        return gate or area

    def _full_name_at(self, k: int, limit: int) -> bool:
        """Does a person's full name (three words or more, no place's) start at token k ("… Lạng Sơn và
        | Hà Minh Đức")?"""
        named = name_at(self.ctx, k, limit)
        return named is not None and named - k >= 3 and not is_place_name(self.ctx, self.ctx.text_between(k, named))

    def _place_name_at(self, k: int, limit: int) -> int | None:
        """Where a province's or district's name written bare from token k ends, the longest reading."""
        ctx = self.ctx
        run = k
        while run < min(limit, k + 4) and ctx.tokens[run].is_word and ctx.tokens[run].is_capitalised:
            run += 1
        return next((e for e in range(run, k + 1, -1) if is_place_name(ctx, ctx.text_between(k, e))), None)

    def _past_legal_form(self, j: int, limit: int) -> int:
        """Past the words of a company's legal form after its head."""
        keys = self.ctx.keys
        while True:
            form = next((f for f in _LEGAL_FORMS if tuple(keys[j:j + len(f)]) == f and j + len(f) < limit), None)
            if form is None:
                return j
            j += len(form)

    def _numbered_name(self, k: int, limit: int) -> bool:
        """A bare number ends a unit's name after "số", no document's symbol."""
        ctx = self.ctx
        return k < limit and ctx.tokens[k].text.isdigit() and (
            k + 1 >= limit or ctx.tokens[k + 1].text not in ("/", "-", ".", "–"))

    def _name_goes_on_past_comma(self, k: int, limit: int) -> bool:
        """Does a unit's name go on past the comma at token k: a pair of
        terms the language joins by a comma ("khám, chữa bệnh", "khiếu nại,
        tố cáo"), or capitalised fields listed "A, B và C"?"""
        ctx = self.ctx
        if k + 1 >= limit or not ctx.tokens[k + 1].is_word:
            return False
        if (ctx.keys[k - 1], ctx.keys[k + 1]) in COMMA_PAIRS:
            return True
        nxt = k + 1
        if not ctx.tokens[nxt].is_capitalised or self._starts_other(nxt, limit) or ctx.match(BODY_HEADS, nxt):
            return False
        for t in range(nxt + 1, min(limit, nxt + 11)):
            if ctx.keys[t] == "và":
                return t + 1 < limit and ctx.tokens[t + 1].is_capitalised and not self._starts_other(t + 1, limit) \
                    and not ctx.match(BODY_HEADS, t + 1)
            if ctx.keys[t - 1] == "," and not (ctx.tokens[t].is_capitalised and not self._starts_other(t, limit)
                                               and not ctx.match(BODY_HEADS, t)):
                return False    # (each field of "Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng" capitalised)
            if not (ctx.tokens[t].is_word and ctx.keys[t] not in ORG_STOP or ctx.keys[t] == ","):
                return False
        return False

    def _head_alone(self, j: int, limit: int) -> bool:
        """Does a head noun end at token j, no name of its own after it?"""
        ctx = self.ctx
        return j >= limit or not ctx.tokens[j].is_word or (
            not ctx.tokens[j].is_capitalised and (ctx.keys[j] in ORG_STOP or ctx.keys[j] in ("và", "kiêm")
                                                  or any(tuple(ctx.keys[j:j + len(v)]) == v for v in _VERBS_AFTER)))

    def _numbered_unit_of_the_text(self, i: int, j: int, head: str) -> ParsedOrg | None:
        """"Tư lệnh Quân khu" in a story about "Quân khu 4": a unit that goes
        by a number, written without it, is the one the text numbers."""
        ctx = self.ctx
        if head not in _NUMBERED_UNITS or (j < len(ctx.tokens) and ctx.tokens[j].text.isdigit()):
            return None
        number = self._text_number(head)
        return ParsedOrg(j, _ref(ctx, i, j, f"{head} {number}")) if number else None

    def _text_number(self, head: str) -> str | None:
        """The one number the text gives units of this kind ("Quân khu 4")."""
        ctx = self.ctx
        words = head.split()
        numbers = {ctx.tokens[t + len(words)].text for t in range(len(ctx.tokens) - len(words))
                   if ctx.raw[t:t + len(words)] == words and ctx.tokens[t + len(words)].text.isdigit()}
        return numbers.pop() if len(numbers) == 1 else None

    def _named_unit(self, i: int, j: int, limit: int, head) -> ParsedOrg | None:
        """A unit named by capitalised words after its head ("Cục Bảo vệ
        chính trị nội bộ", "Phòng Tham mưu - Huấn luyện", "Quân khu 4")."""
        ctx, gz = self.ctx, self.gaz
        country = None
        first = ctx.tokens[j]
        known = ctx.match(gz.unit_names, j)
        sector = ctx.keys[j] == "ngành" and j + 1 < limit and ctx.tokens[j + 1].is_capitalised
        if not known and not sector and not (first.is_word and (first.is_capitalised or first.text.isdigit())):
            return None     # (a known name may open in lower case: "Vụ châu Mỹ"; a sector's: "Công đoàn ngành Y tế")
        if head[1] == "Ban" and not known and (named := name_at(ctx, j, limit)) is not None and named - j >= 3:
            return None     # "Trưởng ban Hồ Lê Ngọc": a person after the word, no board named after one
        leadership = bool(ctx.match(gz.roles, j))
        k = j + known[0] if known and j + known[0] <= limit else j    # a name that runs on in lower case
        while k < limit:
            tok = ctx.tokens[k]
            key = ctx.keys[k]
            if k > i and "\n\n" in ctx.doc.text[ctx.tokens[k - 1].end:tok.start]:
                break       # a name ends with its paragraph (a menu's "Ngân hàng", then a headline)
            if not tok.is_word:
                if self._inner_dash(k, limit):
                    k += 1          # "Phòng Tham mưu - Huấn luyện", "Ban Dân chủ - Pháp luật"
                    continue
                if key == "," and k > j and self._name_goes_on_past_comma(k, limit):
                    k += 1          # "Cục Quản lý Khám, chữa bệnh", "Vụ Khoa học, Công nghệ và Môi trường"
                    continue
                break
            if k > j:
                party = ctx.match(gz.ruling_parties, k + 2) if tuple(ctx.keys[k:k + 2]) == ("trung", "ương") \
                    and k + 2 < limit else None
                if party and k + 2 + party[0] <= limit:
                    country = party[1]          # "Ban Liên lạc đối ngoại Trung ương Đảng Cộng sản Trung Quốc"
                    k += 2 + party[0]
                    break
                if tuple(ctx.keys[k:k + 2]) == ("trung", "ương") and ctx.keys[k + 2:k + 3] != ["đảng"]:
                    k += 2          # "Ban Thi đua - Khen thưởng Trung ương": the central one
                    city = ctx.place_at(k, limit) if head[1] in INSTITUTION_HEADS and k < limit \
                        and ctx.tokens[k].is_capitalised else None
                    if city is not None:
                        k = city[0]     # "Bệnh viện Đa khoa Trung ương Cần Thơ": a central one, in that city
                    break
                brand = ctx.match(gz.bodies, k)
                if brand and (ctx.keys[k - 1] in ("-", "–") and tok.text in _GROUP_SUFFIXES or (
                        head[1] in BUSINESS_HEADS and brand[1].body_class == "Enterprise"
                        and not ctx.match(BODY_HEADS, k))):
                    k += brand[0]   # "Công ty Than Vàng Danh - TKV", "Tổng Công ty cổ phần Bưu chính Viettel": its
                    continue        # group's brand, part of its name as written
                if tok.is_capitalised and (ctx.match(gz.bodies, k) or (
                        ctx.match(gz.body_kinds, k) and self.parse(k, limit) is not None)):
                    break          # a parent body follows ("Cục X Bộ Công an"), not "cán bộ"
                school = head[1] == "Trường" and ctx.keys[k - 1] in _SCHOOL_WORDS
                if school and (place := self._place_name_at(k, limit)):
                    k = self._school_s_number(place, limit)     # "Trường THPT Buôn Ma Thuột": a school named
                    break                                       # after its place ("… Cao Lãnh 1": one of its)
                province = ctx.place_at(k, limit) if tok.is_capitalised and key not in _PLACE_LEVEL_STARTS \
                    and name_at(ctx, k + 1, limit) else None
                if province is not None and province[0] - k >= 2 and province[1].level == "province":
                    k = province[0]     # "Cục Hải quan An Giang Trịnh Văn Lợi": the province whole, not a
                    continue            # name "Giang Trịnh Văn Lợi" inside it
                named = name_at(ctx, k, limit)
                if named and (school
                              or tuple(ctx.keys[k - 2:k]) in _NAMED_AFTER_A_PERSON):
                    k = self._school_s_number(named, limit) if school else named   # "Trường THPT chuyên Phan Bội Châu", "Hội đồng xét Giải thưởng Lý Tự Trọng":
                    break       # a school, a prize named after a person
                if self._place_named(k):
                    k += 1          # "Đồn Biên phòng Cửa khẩu quốc tế Cha Lo", "… khu vực 4 - Sa Pa": a place's name
                    continue
                if ctx.keys[k - 1] in ("-", "–") and ctx.keys[k:k + 2] == ["việt", "nam"]:
                    k += 2          # "Liên minh Nghị sĩ Hữu nghị Nhật Bản - Việt Nam": the pair's home state
                    continue
                paired_state = ctx.keys[k - 1] in ("-", "–") and self._country_at(k, limit)    # "Việt Nam - Hàn Quốc"
                # a company's own words may look like a name: "… Tập đoàn Sao Mai Xanh", "… Kyocera Document
                # Solutions Việt Nam"; a person after it has a full Vietnamese name
                business = head[1] in BUSINESS_HEADS
                if not paired_state and not ctx.match(gz.countries, k) and ((
                        named and not is_place_name(ctx, ctx.text_between(k, named))
                        and not (named - k == 2 and (self._inner_dash(named, limit) or business)))
                        or (not (business and k > j) and foreign_name_at(ctx, k, limit))):
                    break       # a person, not "Đồng Nai" of "Công đoàn Khu công nghiệp Đồng Nai" nor
                    #             "Hà Lầm" of "Công ty cổ phần Than Hà Lầm - Vinacomin"
                if ctx.match(gz.roles, k) or ctx.match(gz.titles, k):
                    break
                if ctx.place_at(k, limit) and key in ("tỉnh", "huyện", "xã", "phường", "quận", "tp", "thành"):
                    break
                if ctx.match(gz.countries, k):
                    hit = ctx.match(gz.countries, k)
                    if not (ctx.keys[k - 1] in ("-", "–") and self._vietnam_ends_at(k - 1)):
                        country = ctx.text_between(k, k + hit[0])   # (not "Hội Hữu nghị Việt Nam - Nga": ours)
                    k += hit[0]
                    continue
            if k > j and ((" ".join(ctx.keys[k:k + 2]) in _NAME_ENDS
                           and tuple(ctx.keys[k - 2:k]) not in _TERMS_BEFORE_A_NOUN) or (
                    tok.is_capitalised and self._document_at(k, limit)) or (
                    ctx.keys[k:k + 2] == ["tổ", "chức"] and not tok.is_capitalised and ctx.match(gz.event_types, k + 2))):
                break           # "Cục Tổ chức cán bộ | công bố Quyết định …", "Trường X | tổ chức lễ …"
            if not tok.is_capitalised and not tok.text.isdigit():
                honorific = 2 if ctx.keys[k:k + 2] == ["đồng", "chí"] else 1 if key in ("ông", "bà") else 0
                if honorific and name_at(ctx, k + honorific, limit):
                    break       # "Ban Lễ tang | đồng chí Hoàng Văn Pặng": the person it serves
                if ctx.keys[k:k + 2] == ["quản", "lý"] and k - 1 > j and ctx.tokens[k - 1].is_capitalised:
                    break       # "Hạt Kiểm lâm Đakrông | quản lý vùng rừng", not "Cán bộ quản lý giáo dục"
                zones = 2 if key == "và" and ctx.keys[k + 1:k + 2] == ["các"] else 1 if key == "các" else 0
                if zones and any(ctx.keys[k + zones:k + zones + len(w)] == w for w in _ZONES) \
                        and k + zones + 1 < limit:
                    k += zones      # "Ban Quản lý Khu kinh tế Nghi Sơn và các KCN tỉnh …": one board; "Vụ Quản lý
                    continue        # các khu kinh tế": the zones it manages
                if key == "các" and ctx.keys[k + 1:k + 3] == ["cơ", "quan"] and k + 3 < limit \
                        and ctx.keys[k + 3] in ("trung", "đảng", "nhà", "tỉnh", "thành", "huyện"):
                    k += 3          # "Vụ Tổ chức - Cán bộ các cơ quan Trung ương": whose units it serves
                    continue
                if key == "và":
                    if k + 1 < limit and ctx.tokens[k + 1].is_capitalised and not (
                            (ctx.match(BODY_HEADS, k + 1) and tuple(ctx.keys[k + 1:k + 3]) not in NAME_COMPOUNDS
                             and not (ctx.keys[k + 2:k + 3] == [","] and self._name_goes_on_past_comma(k + 2, limit)))
                            or ctx.match(gz.bodies, k + 1) or ctx.match(gz.doc_types, k + 1)
                            or (ctx.match(gz.body_kinds, k + 1) and self.parse(k + 1, limit) is not None)
                            or ctx.keys[k + 1] in HONORIFIC_WORDS or self._full_name_at(k + 1, limit)):
                        # (not "… Việt Nam và Quyết định số …", "… Bạch Mai và PGS.TS A"; "… Tiền lương và Bảo
                        # hiểm xã hội", "Ủy ban Hòa bình và Đoàn kết Lào" go on)
                        k += 1
                        continue
                    if self._lowercase_field_after_and(k, limit):
                        k += 1      # "Vụ Phát triển khoa học và công nghệ địa phương": two fields of one name
                        continue
                    break       # "Đảng bộ Quốc hội và Đảng bộ Mặt trận …": a second body
                if key == "tại" and (where := self._where_a_state_s_community_sits(j, k, limit)) is not None:
                    k = where       # "Hiệp hội Doanh nghiệp Hàn Quốc tại Bình Dương": one name
                    break
                if key == "số" and k > j and self._numbered_name(k + 1, limit):
                    k += 2          # "Bệnh viện Đa khoa số 2", "Trường Tiểu học số 1"
                    continue
                if key == "về" and (self._topic_follows(k + 1, limit) or tuple(ctx.keys[k - 2:k]) == ("tội", "phạm")):
                    k += 1          # "Viện Nghiên cứu về Biển và Hải đảo"
                    continue
                if (key in ORG_STOP and (ctx.keys[k - 1], key) not in NAME_COMPOUNDS
                        and tuple(ctx.keys[k:k + 2]) not in _STOP_WORD_COMPOUNDS) or (
                        key == "số" and ctx.keys[k - 1] not in _SO_COMPOUNDS) or (
                        key in ORG_STOP_VERBS and k + 1 < limit and ctx.keys[k + 1] in ORG_STOP_VERBS[key]) or (
                        ctx.keys[k:k + 2] == ["đại", "diện"] and not tok.is_capitalised):
                    break       # ("Đồn Biên phòng Vĩnh Xương | đại diện các tập thể phát biểu", not "Văn phòng Đại diện")
                if key in _LEVEL_WORD_OF and k > j and not (key == "xã" and ctx.keys[k + 1:k + 2] == ["hội"]):
                    k += 1          # "Phòng Tài nguyên và Môi trường huyện": the place comes later (not "xã hội")
                    break
                if ctx.keys[k:k + 2] == ["thành", "phố"] and k > j:
                    break           # "Phòng Tài chính - Kế hoạch thành phố": the city's, said after
            k += 1
        if k == j:
            return None
        written = gz.expand(ctx.text_between(i, k))
        written = written[0].upper() + written[1:]
        numbered = next((u for u in _NUMBERED_UNITS if written.endswith(" " + u)), None)
        if numbered and not (k < limit and ctx.tokens[k].text.isdigit()) and self._text_number(numbered):
            written = f"{written} {self._text_number(numbered)}"     # "Bộ Tư lệnh Quân khu" → … Quân khu 4
        # "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh": the body's letters before its place
        at = self._past_letters_before_place(k, limit)
        lettered = at > k
        place_hit = ctx.place_at(at, limit)
        if place_hit and ctx.keys[at] in ("tỉnh", "huyện", "xã", "phường", "quận", "tp", "thành"):
            end, place = place_hit
            ref = _ref(ctx, i, end, f"{written} {place.full}", jurisdiction=place.name,
                       jurisdiction_level=place.level)
            return ParsedOrg(end, ref, place=place)
        if country:
            return ParsedOrg(k, _ref(ctx, i, k, written, kind="foreign", jurisdiction=country))
        if lettered:
            return ParsedOrg(at + 1, _ref(ctx, i, at + 1, f"{written} {ctx.raw[at]}"), open_level=_LEVEL_WORD_OF[ctx.keys[at]])
        if ctx.keys[k:k + 2] == ["thành", "phố"]:
            return self._of_the_city(i, k, written)
        level = _LEVEL_WORD_OF.get(ctx.keys[k - 1]) if k - 1 > j else None
        if level and ctx.keys[k - 2:k] == ["thị", "xã"]:
            level = "district"      # "Trung tâm Bồi dưỡng chính trị thị xã": a town, not a commune
        return ParsedOrg(k, _ref(ctx, i, k, written), leadership=leadership, open_level=level)

    def _descriptive(self, i: int, j: int, limit: int) -> ParsedOrg | None:
        """A body named by what it does: "Ban Chỉ đạo phòng, chống tham
        nhũng, tiêu cực tỉnh Nghệ An", "Ban Quản lý dự án đầu tư xây dựng
        huyện", "Ban Chỉ đạo Chương trình mục tiêu quốc gia tỉnh". Its name
        runs to its place (or "Trung ương", "quốc gia"), through commas
        between its topics ("phòng, chống tham nhũng, tiêu cực"), up to a
        verb, a function word or a comma before another phrase."""
        ctx = self.ctx
        k, first_comma = j, None
        while k < limit and k - j < 24:
            key = ctx.keys[k]
            if key == "," and k + 1 < limit and ctx.tokens[k + 1].is_word and not ctx.tokens[k + 1].is_capitalised \
                    and not self._ends_description(k + 1) and ctx.keys[k + 1] not in _NEW_PHRASE_WORDS:
                first_comma = k if first_comma is None else first_comma
                k += 1
                continue
            if key == "về" and k == j:
                k += 1          # "Ban Chỉ đạo về theo dõi, đôn đốc …": the topic follows
                continue
            if ctx.keys[k:k + 3] == ["ở", "nước", "ngoài"]:
                k += 3          # "… về người Việt Nam ở nước ngoài": abroad, part of the topic, no place
                continue
            if key == "và" and k + 1 < limit and ctx.keys[k + 1] in _NEW_PHRASE_WORDS:
                break           # "… Ban Chỉ đạo và các đồng chí …"
            if k > j and ctx.tokens[k].is_capitalised and ctx.match(self.gaz.doc_types, k):
                cited = self._document_in_the_name(k, limit)
                if cited is not None:
                    k = cited   # "… thực hiện Nghị quyết số 18-NQ/TW", "… thi hành Luật Lực lượng … ở cơ sở"
                    continue
            if k > j and ctx.tokens[k].text.isdigit() and ctx.keys[k + 1:k + 2] == ["năm"]:
                k += 2          # "Ban Chỉ đạo tổng kết 20 năm thực hiện …": a span of years in its task
                continue
            if self._glued_code(k, limit):
                k += 2          # "… phòng, chống dịch Covid-19 | tỉnh Đồng Nai", not "… COVID-19 | trực tiếp …"
                if k < limit and ctx.tokens[k].is_word and not ctx.tokens[k].is_capitalised \
                        and ctx.keys[k] not in _LEVEL_WORD_OF and ctx.keys[k] not in ("thành", "thị"):
                    break
                continue
            if not ctx.tokens[k].is_word or self._ends_description(k) or key in _LEVEL_WORD_OF \
                    or (key in ("thành", "thị") and ctx.place_at(k, limit)) or ctx.keys[k:k + 2] == ["thành", "phố"]:
                break           # ("… công trình giao thông | thành phố Hà Nội", "… Covid-19 | Thành phố")
            if ctx.tokens[k].is_capitalised and tuple(ctx.keys[k - 2:k]) in _NAMED_AFTER_A_PERSON \
                    and (named := name_at(ctx, k, limit)):
                k = named       # "Hội đồng xét Giải thưởng Lý Tự Trọng": a prize named after a person
                continue
            if ctx.tokens[k].is_capitalised and (self._starts_other_than_topic(k, limit)
                                                 or self._defined_abbreviation(k) is not None):
                break           # "Hội đồng thành viên EVN": the body the text abbreviated
            if tuple(ctx.keys[k:k + 2]) in (("quốc", "gia"), ("trung", "ương"), ("nhà", "nước")):
                k += 2
                if k - 2 == j:      # "Ban Chỉ đạo quốc gia (về) phòng, chống …": the topic follows
                    k += k < limit and ctx.keys[k] == "về"
                    continue
                break
            k += 1
        if first_comma is not None and k - j >= 24:
            k = first_comma                # no end reached: the name stops at its first comma
        principal = ctx.match(self.gaz.titles, k) if k < limit and ctx.keys[k - 1] == "của" else None
        if principal and principal[1].org_iri and k + principal[0] <= limit:
            k += principal[0]       # "Tổ công tác đặc biệt của Thủ tướng": the office it serves
        k = self._period_end(k, limit) or k     # "… quốc gia giai đoạn 2021 - 2025 | tỉnh Tiền Giang"
        at = self._past_letters_before_place(k, limit)
        place_hit = ctx.place_at(at, limit) if at < limit else None
        if k == j and not place_hit:
            # "Ban Chỉ đạo và các đồng chí …": the one named in full before
            return self._named_in_full_before(i, j) if k < limit and ctx.keys[k] in ("và", "cùng") else None
        written = self.gaz.expand(ctx.text_between(i, k))
        written = written[0].upper() + written[1:]      # ("Trưởng ban Chỉ đạo …": "Ban Chỉ đạo …")
        board = self._organ_of(i, k, limit, written)
        if board is not None:
            return board
        if place_hit:
            place, end = place_hit[1], place_hit[0]
            year = ""
            if end + 1 < limit and ctx.keys[end] == "năm" and _YEAR.fullmatch(ctx.tokens[end + 1].text):
                year, end = f" năm {ctx.tokens[end + 1].text}", end + 2     # "… huyện Sa Thầy năm 2024": its year
            elif (period := self._period_end(end, limit)) is not None:
                year, end = f" {ctx.text_between(end, period)}", period  # "… tỉnh Tuyên Quang giai đoạn 2021-2030"
            ref = _ref(ctx, i, end, f"{written} {place.full}{year}", jurisdiction=place.name,
                       jurisdiction_level=place.level)
            return ParsedOrg(end, ref, place=place)
        if ctx.keys[k:k + 2] == ["thành", "phố"]:
            return self._of_the_city(i, k, written)
        if at < limit and ctx.keys[at] in _LEVEL_WORD_OF:      # "… tỉnh": the place comes from the article
            return ParsedOrg(at + 1, _ref(ctx, i, at + 1, f"{written} {ctx.raw[at]}"),
                             open_level=_LEVEL_WORD_OF[ctx.keys[at]])
        return ParsedOrg(k, _ref(ctx, i, k, written))

    def _past_letters_before_place(self, k: int, limit: int) -> int:
        """Past a body's letters in parentheses between its name and its
        place ("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh", "Ban Chỉ đạo phòng,
        chống tham nhũng, tiêu cực (PCTNTC) tỉnh Đắk Lắk"); k where none are."""
        ctx = self.ctx
        lettered = k + 3 < limit and ctx.keys[k] == "(" and ctx.keys[k + 2] == ")" \
            and ctx.tokens[k + 1].text.isupper() and ctx.keys[k + 3] in _LEVEL_WORD_OF
        return k + 3 if lettered else k

    def _of_the_city(self, i: int, k: int, written: str) -> ParsedOrg:
        """"… thành phố" with no name after it: the body of the city the text
        is about, found later."""
        ctx = self.ctx
        return ParsedOrg(k + 2, _ref(ctx, i, k + 2, f"{written} {ctx.text_between(k, k + 2)}"), open_level="province")

    def _period_end(self, k: int, limit: int) -> int | None:
        """Where the period a programme's body is named with ends ("giai đoạn
        2021 - 2025", "giai đoạn 2021-2030"), if one starts at token k."""
        ctx = self.ctx
        if ctx.keys[k:k + 2] != ["giai", "đoạn"] or k + 2 >= limit or not _YEAR.fullmatch(ctx.tokens[k + 2].text):
            return None
        end = k + 3
        if end + 1 < limit and ctx.keys[end] == "-" and _YEAR.fullmatch(ctx.tokens[end + 1].text):
            end += 2
        return end

    @cached_property
    def sole_company(self) -> OrgRef | None:
        """The company, corporation or bank the text is about: the one it
        names in full, or, of several, the one it names most often (by its
        name or the letters it gave it), if one is."""
        self.__dict__["_finding_the_company"] = True     # (its own reading calls no company back)
        try:
            return self._company_named_most()
        finally:
            self.__dict__["_finding_the_company"] = False

    def _company_named_most(self) -> OrgRef | None:
        ctx = self.ctx
        names: dict[str, OrgRef] = {}
        counts: Counter[str] = Counter()
        for t in range(len(ctx.tokens)):
            head = ctx.match(BODY_HEADS, t)
            if head and head[1] in _COMPANY_HEADS | {"Tập đoàn", "Ngân hàng"} and ctx.tokens[t].is_capitalised \
                    and not ctx.tokens[t].text.isupper():
                org = self.parse(t, len(ctx.tokens))
                if org is not None and org.end > t + head[0] and org.host is None and (
                        org.body is None or org.body.body_class == "Enterprise"):
                    names.setdefault(org.ref.name, org.ref)     # (not the State Bank, a state body)
                    counts[org.ref.name] += 1
            elif (short := self._defined_abbreviation(t)) is not None and short.ref.name in names:
                counts[short.ref.name] += 1     # "EVNGENCO3" after "Tổng công ty Phát điện 3 (EVNGENCO3)"
        best = _dominant(counts, 1.5)
        return names[best] if best is not None else None

    @cached_property
    def party_organisation_host(self) -> OrgRef | None:
        """The one body, of no place, whose Party organisation the text names
        ("Đại hội Đảng bộ Tổng công ty Điện lực miền Trung"): the body a bare
        "Đảng ủy" of the story is of."""
        hosts, weight = self._party_organisation_hosts
        best = _dominant(weight, 2)     # (of several, the one named at least twice as often as any other)
        return hosts[best] if best is not None else None

    @cached_property
    def party_organisation_committee(self) -> OrgRef | None:
        """The Party committee ("Đảng ủy X") of the story's Party organisation
        host, when the story is of its congress or names it thrice: the
        committee a board named alone in the story is of (not a body named
        once in passing: "theo chỉ đạo của Đảng ủy Quân khu 7")."""
        host = self.party_organisation_host
        if host is None or self._party_organisation_hosts[1][host.name] < 3:
            return None
        return replace(host, name=f"Đảng ủy {host.name}", kind="dang-uy", host=host, known_iri=None,
                       canonical=f"Đảng ủy {host.canonical}" if host.canonical else None)

    @cached_property
    def _party_organisation_hosts(self) -> tuple[dict[str, OrgRef], Counter[str]]:
        """The bodies of no place whose Party organisation ("Đảng bộ X",
        "Đảng ủy X") the text names, each weighed by how it is named."""
        ctx = self.ctx
        hosts: dict[str, OrgRef] = {}
        weight: Counter[str] = Counter()
        for t in range(len(ctx.tokens) - 2):
            if ctx.keys[t:t + 2] not in (["đảng", "bộ"], ["đảng", "ủy"]) or not ctx.tokens[t + 2].is_capitalised:
                continue
            host = self.parse(t + 2, len(ctx.tokens))
            if host is not None and host.place is None and not host.open_level and not host.is_party_committee \
                    and host.ref.kind != "foreign" and not host.leadership:
                hosts.setdefault(host.ref.name, host.ref)
                # the congress's own organisation weighs most: "Đại hội đại biểu Đảng bộ X", not one the
                # story's delegates go to or its drafts go to ("đi dự Đại hội Đảng bộ Chính phủ", "trình Đại hội")
                congress = next((c for c in range(t - 1, max(0, t - 4), -1) if ctx.keys[c - 1:c + 1] == ["đại", "hội"]),
                                None)
                own = congress is not None and ctx.keys[congress - 2:congress - 1] != ["trình"] \
                    and ctx.keys[congress - 3:congress - 1] != ["đi", "dự"]
                weight[host.ref.name] += 3 if own else 1
        return hosts, weight

    @staticmethod
    def is_company_board(org: ParsedOrg) -> bool:
        return org.ref.name in _COMPANY_BOARDS

    def _organ_of(self, i: int, k: int, limit: int, written: str) -> ParsedOrg | None:
        """An organ named by ``written`` and then the body it belongs to:
        "Hội đồng quản trị Tập đoàn Điện lực Việt Nam" is one org, hosted by the Tập đoàn."""
        ctx = self.ctx
        if not (k < limit and ctx.tokens[k].is_capitalised and (
                ctx.match(self.gaz.bodies, k) or ctx.match(self.gaz.body_kinds, k) or ctx.match(BODY_HEADS, k)
                or self._defined_abbreviation(k) is not None)):
            return None
        body = self.parse(k, limit)
        if body is None:
            return None
        ref = replace(body.ref, name=f"{written} {body.ref.name}", surface=ctx.text_between(i, body.end),
                      span=_span(ctx, i, body.end))
        return ParsedOrg(body.end, ref, place=body.place, open_level=body.open_level, host=body, leadership=True)

    def _school_council(self, i: int, limit: int) -> ParsedOrg | None:
        """"Hội đồng trường": the council of the school named after it, else
        of the school the text named first ("Chủ tịch Hội đồng trường")."""
        ctx = self.ctx
        written = ctx.text_between(i, i + 3)
        named = self._organ_of(i, i + 3, limit, written)
        if named is not None or not self._head_alone(i + 3, limit):
            return named
        school = self._named_in_full_before(i, i + 2, ["trường"], nearest=True)
        if school is None:
            return None
        ref = replace(school.ref, name=f"{written} {school.ref.name}", surface=written, span=_span(ctx, i, i + 3),
                      known_iri=None, kind="")
        return ParsedOrg(i + 3, ref, place=school.place, host=school, leadership=True)

    def _party_committee_its_sentence_names(self, i: int, j: int, limit: int) -> ParsedOrg | None:
        """"… Bí thư Đảng ủy Công an tỉnh Quảng Ngãi; Đại tá A, … giữ chức
        Phó Bí thư Đảng ủy.": a bare "Đảng ủy" that ends its titles is the
        one its sentence named in full last, else the one a like title after
        it names (not "Bí thư Đảng ủy, Giám đốc Sở …", whose host the next
        title names)."""
        ctx = self.ctx
        next_person = ctx.keys[j:j + 1] == [","] and (ctx.keys[j + 1:j + 3] == ["đồng", "chí"]
                                                      or ctx.keys[j + 1:j + 2] in (["ông"], ["bà"]))
        if (j < limit and ctx.keys[j] in (",", "-", "–", "kiêm") and not next_person) or self._resolving_committee:
            return None     # (nor while reading the committee another bare "Đảng ủy" stands for)
        self._resolving_committee = True
        try:
            return self._party_committee_named_around(i, j)
        finally:
            self._resolving_committee = False

    def _party_committee_named_around(self, i: int, j: int) -> ParsedOrg | None:
        ctx = self.ctx
        start, end = ctx.sentence_bounds(i)
        # (else the one a like title after it names: "… giữ chức Bí thư Đảng ủy; B … giữ chức Phó Bí
        # thư Đảng ủy Văn phòng UBND tỉnh")
        after = [t for t in range(j, end) if ctx.keys[t - 1] == "thư"]
        for t in [*range(i - 2, start - 1, -1), *after]:
            # ("Ban Chấp hành Đảng bộ X gồm 9 đồng chí, đồng chí A … giữ chức Bí thư Đảng ủy": its Đảng ủy X)
            if ctx.keys[t:t + 2] == ["đảng", "ủy"] and ctx.tokens[t].is_capitalised \
                    or ctx.keys[t:t + 5] == ["ban", "chấp", "hành", "đảng", "bộ"] and ctx.tokens[t].is_capitalised:
                full = self.parse(t, i if t < i else end)
                if full is not None and full.host is not None and full.end > t + 2:
                    return ParsedOrg(j, replace(full.ref, surface=ctx.text_between(i, j), span=_span(ctx, i, j)),
                                     kind=full.kind, host=full.host, place=full.place, open_level=full.open_level)
            # ("Đối với Đảng bộ Văn phòng UBND tỉnh, Ban Chấp hành gồm 7 đồng chí; A … làm Bí thư Đảng ủy")
            elif t < i and ctx.keys[t:t + 2] == ["đảng", "bộ"] and ctx.tokens[t].is_capitalised \
                    and (host := self.parse(t + 2, i)) is not None and not host.is_party_committee:
                kind = self.gaz.kind_by_slug["dang-uy"]
                return self._committee_of(i, j, kind.label, kind, host)
        return None

    def _committee_of(self, i: int, end: int, written: str, kind: BodyKind, host: ParsedOrg,
                      prefix: str | None = None) -> ParsedOrg:
        """The Party committee ("Đảng ủy") of a host body, its name written
        between tokens i and ``end``: "Đảng ủy" + the host's name."""
        ref = _ref(self.ctx, i, end, f"{written} {host.ref.name}", kind=kind.slug, host=host.ref,
                   jurisdiction=host.ref.jurisdiction, jurisdiction_level=host.ref.jurisdiction_level)
        return ParsedOrg(end, ref, kind=kind, host=host, place=host.place, open_level=host.open_level, prefix=prefix)

    def _called_by_its_first_words(self, i: int, j: int, limit: int) -> ParsedOrg | None:
        """"Chủ tịch Viện Hàn lâm chủ trì" after "Viện Hàn lâm Khoa học và Công
        nghệ Việt Nam": an institution called by the first words of its name,
        the one body of a longer name with those words the text named before
        (of several such, which one is unsaid: a body left open, no post)."""
        ctx = self.ctx
        k = j
        while k < limit and k - j < 2 and ctx.tokens[k].is_word and ctx.keys[k] not in ORG_STOP:
            k += 1
            if self._head_alone(k, limit) and not ctx.tokens[k - 1].is_capitalised \
                    and ctx.keys[k:k + 1] not in (["và"], ["-"]):   # (not "Bệnh viện Chợ Rẫy", "Báo X và Y")
                one = self._named_in_full_before(i, k)
                if one is None and self._named_in_full_before(i, k, nearest=True) is not None:
                    return ParsedOrg(k, _ref(ctx, i, k, ctx.text_between(i, k)), open_host=True)
                return one
        return None

    def _named_before_the_holder(self, i: int, j: int) -> ParsedOrg | None:
        """"Tại Công ty X, ông A, Tổng Giám đốc Công ty phát biểu": a body called
        by its head alone is the last of that head its sentence named before
        the name of the person whose title it ends (not one in the person's own
        titles: "bầu ông A, Ủy viên Ban Chấp hành Hội X Việt Nam, giữ chức Chủ tịch Hội")."""
        ctx = self.ctx
        lo = ctx.token_index(ctx.sentence_of(i).start)
        holder = next((t for t in range(i - 1, lo - 1, -1) if name_at(ctx, t, i)), None)
        if holder is None:
            return None
        return self._named_in_full_before(i, j, nearest=True, since=lo, until=holder)

    def _company_named_after(self, i: int, j: int, head: str) -> ParsedOrg | None:
        """"Bí thư Đảng ủy Tập đoàn" in a lead written before the story names
        "Tập đoàn Công nghiệp Cao su Việt Nam": a company called by its head
        alone, none of that head named before, is the one the text is about."""
        if head not in _COMPANY_HEADS | {"Tập đoàn", "Ngân hàng"} or self.__dict__.get("_finding_the_company") \
                or self.ctx.keys[i - 1:i] in (["-"], ["–"]) or self._named_in_full_before(i, j, nearest=True) is not None:
            return None     # (not "Tổng công ty X - CTCP", a company's legal form after its name)
        company = self.sole_company
        if company is None or not company.name.startswith(f"{head} "):
            return None
        return ParsedOrg(j, replace(company, surface=self.ctx.text_between(i, j), span=_span(self.ctx, i, j)))

    def commanded_unit(self, i: int, j: int) -> ParsedOrg | None:
        """The unit a commander's title names by its kind alone, tokens i..j ("Sư đoàn" of "Phó Sư
        đoàn trưởng", the title ending the sentence's titles): the one of that kind named last."""
        return self._named_in_full_before(i, j, nearest=True)

    def _named_in_full_before(self, i: int, j: int, head: list[str] | None = None,
                              nearest: bool = False, since: int = 0, until: int | None = None) -> ParsedOrg | None:
        """"Ủy viên Ban Chỉ đạo" after the text named "Ban Chỉ đạo Trung ương
        về phòng, chống …": a body set up for a task, called by its head
        alone, is the one body of that head the text (from token ``since``, up
        to ``until``) named in full before."""
        ctx = self.ctx
        if self.__dict__.get("_resolving_short_names"):
            return None
        self.__dict__["_resolving_short_names"] = True
        try:
            head = head or ctx.keys[i:j]
            names = {}
            for t in range(since, i if until is None else until):
                if ctx.keys[t:t + len(head)] == head and ctx.tokens[t].is_capitalised \
                        and not ctx.tokens[t].text.isupper():      # (a page's banner in capitals names nothing)
                    full = self.parse(t, len(ctx.tokens))
                    if full is not None and full.end > t + len(head) and full.ref.name.split()[:len(head)] == \
                            ctx.raw[t:t + len(head)] and (nearest or not full.open_level):
                        names[full.ref.name] = names.pop(full.ref.name, full)   # (in the order last named)
        finally:
            self.__dict__["_resolving_short_names"] = False
        for name in [n for n in names if any(o.startswith(n + " - ") and (
                o[len(n) + 3:].startswith("Công ty") or o[len(n) + 3:] in _GROUP_SUFFIXES) for o in names)]:
            names.pop(name)     # "Tổng công ty Phát điện 3" is "Tổng công ty Phát điện 3 - Công ty cổ phần",
            #                     "Công ty Than Nam Mẫu" is "Công ty Than Nam Mẫu - TKV"
        if not names or (len(names) > 1 and not nearest):
            return None
        full = list(names.values())[-1]
        self.place_from_text(full)      # ("Sở Giao thông vận tải" named without its place: the text's)
        return ParsedOrg(j, replace(full.ref, surface=ctx.text_between(i, j), span=_span(ctx, i, j)),
                         body=full.body, kind=full.kind, place=full.place)

    def _document_in_the_name(self, k: int, limit: int) -> int | None:
        """Where a document cited inside a descriptive name ends: its number
        ("Nghị quyết số 18-NQ/TW"), else its title running to the place
        that ends the name ("Luật Lực lượng tham gia bảo vệ an ninh, trật
        tự ở cơ sở | tỉnh Long An"). None if it does not end there."""
        ctx = self.ctx
        t = k + ctx.match(self.gaz.doc_types, k)[0]
        if t < limit and ctx.keys[t] == "số":
            t += 1
        if t < limit and ctx.tokens[t].text[:1].isdigit():
            while t + 2 < limit and ctx.keys[t + 1] in ("-", "/", "–") and ctx.tokens[t + 2].is_word \
                    and ctx.tokens[t + 1].start == ctx.tokens[t].end and ctx.tokens[t + 2].start == ctx.tokens[t + 1].end:
                t += 2      # the number and its sign, written without a space
            return t + 1
        if t >= limit or not ctx.tokens[t].is_capitalised:
            return None
        for end in range(t + 1, min(limit, t + 20)):
            if ctx.keys[end] in (";", ".", "(", ":") or name_at(ctx, end, limit):
                return None
            if ctx.keys[end] in _LEVEL_WORD_OF and ctx.place_at(end, limit):
                return end
        return None

    def _starts_other_than_topic(self, k: int, limit: int) -> bool:
        """A name, title, body or place starts at token k; a document type
        may be the topic ("Ban Chỉ đạo Chương trình mục tiêu quốc gia")."""
        ctx, gz = self.ctx, self.gaz
        return bool(name_at(ctx, k, limit) or foreign_name_at(ctx, k, limit) or ctx.match(gz.roles, k)
                    or ctx.match(gz.titles, k) or ctx.match(gz.bodies, k) or ctx.match(gz.body_kinds, k)
                    or self._named_head_at(k, limit) or self._country_at(k, limit) or ctx.place_at(k, limit))

    def _named_head_at(self, k: int, limit: int) -> bool:
        """A body's head ("Ban Quản lý …"), or its head word with a name after
        it ("Phòng Tổ chức"), not a word that starts with one ("Phòng thủ dân
        sự", a task)."""
        head = self.ctx.match(BODY_HEADS, k)
        return bool(head) and (head[0] > 1 or (k + 1 < limit and self.ctx.tokens[k + 1].is_capitalised))

    def _ends_description(self, k: int) -> bool:
        """A function word or a verb of the sentence ends a descriptive name;
        the content words a stop list keeps out of other names ("tham" of
        "tham nhũng") do not."""
        key = self.ctx.keys[k]
        nxt = self.ctx.keys[k + 1] if k + 1 < len(self.ctx.keys) else ""
        if (key, nxt) in _CONTENT_WORDS_OF_STOP_WORDS:
            return False                   # "dự án", not the verb "dự"; "theo dõi", not "theo"
        if (key, nxt) == ("tổ", "chức") and self.ctx.match(self.gaz.event_types, k + 2):
            return True                    # "… chuyển đổi số | tổ chức hội nghị"
        return key in _DESCRIPTION_STOP or " ".join(self.ctx.keys[k:k + 2]) in _SENTENCE_VERBS

    def _starts_other(self, k: int, limit: int) -> bool:
        """A name, title, body, place, country or document starts at token k
        (a district named like a person is no person: "Thạch Thành")."""
        ctx, gz = self.ctx, self.gaz
        named = name_at(ctx, k, limit)
        return bool((named and not is_place_name(ctx, ctx.text_between(k, named)))
                    or foreign_name_at(ctx, k, limit) or ctx.match(gz.roles, k)
                    or ctx.match(gz.titles, k) or ctx.match(gz.bodies, k) or ctx.match(gz.body_kinds, k)
                    or self._document_at(k, limit) or self._country_at(k, limit) or ctx.place_at(k, limit))

    def _document_at(self, k: int, limit: int) -> bool:
        """A document's type with its number or name after it ("Kế hoạch số
        12", "Luật Đất đai"), not the field a unit is named after ("Phòng
        Tài chính - Kế hoạch huyện") nor the subject a school is named after,
        before its city ("Trường Đại học Luật TP.HCM")."""
        ctx = self.ctx
        hit = ctx.match(self.gaz.doc_types, k)
        nxt = k + hit[0] if hit else limit
        return nxt < limit and (ctx.keys[nxt] == "số" or ctx.tokens[nxt].text[:1].isdigit()
                                or (ctx.tokens[nxt].is_word and ctx.tokens[nxt].is_capitalised
                                    and ctx.place_at(nxt, limit) is None))

    def _country_at(self, k: int, limit: int) -> bool:
        """A country's name, not the first syllable of a word ("Pháp luật")."""
        hit = self.ctx.match(self.gaz.countries, k)
        if not hit:
            return False
        nxt = k + hit[0]
        return nxt >= limit or not (self.ctx.tokens[nxt].is_word and self.ctx.tokens[nxt].text.islower()) \
            or self.ctx.keys[nxt] in _LEVEL_WORD_OF      # ("Hội hữu nghị Việt Nam - Hàn Quốc tỉnh Đồng Nai")

    def _where_a_state_s_community_sits(self, j: int, k: int, limit: int) -> int | None:
        """The end of the place after "tại" at token k, when the name from token j names a foreign
        state, region or continent, whose people's association or office it is ("Hiệp hội Doanh nghiệp
        Nhật Bản tại Việt Nam", "Hiệp hội Thương mại Đài Loan tại Bình Dương", "Phòng Thương mại châu Âu
        tại Việt Nam")."""
        ctx = self.ctx
        gz = self.gaz
        if not any(ctx.match(gz.countries, t) or ctx.match(gz.foreign_regions, t)
                   or tuple(ctx.keys[t:t + 2]) in _CONTINENTS for t in range(j, k)) or k + 1 >= limit:
            return None
        if ctx.keys[k + 1:k + 3] == ["việt", "nam"]:
            return k + 3
        place = ctx.place_at(k + 1, limit)
        return place[0] if place is not None else None

    def _lowercase_field_after_and(self, k: int, limit: int) -> bool:
        """"và" at k joins two fields of one name, both in lower case ("Trung
        tâm Giáo dục nghề nghiệp và chuyển giao công nghệ", "Hội Cựu chiến
        binh Khối cơ quan và doanh nghiệp tỉnh"): a word of the name before
        it, and after it one to six words that are no people ("và cán bộ"),
        no body's head and no verb, up to where a name may end (a mark, a
        place, a name)."""
        ctx = self.ctx
        if ctx.tokens[k - 1].is_capitalised or not ctx.tokens[k - 1].is_word:
            return False
        t = k + 1
        if t >= limit or any(tuple(ctx.keys[t:t + len(noun)]) == noun for noun in _PEOPLE_NOUNS) \
                or ctx.match(BODY_HEADS, t):
            return False        # (nor a second body: "Chi cục Thú y và phòng Chăn nuôi")
        while t < limit and t - k <= 6 and ctx.tokens[t].text.isalpha() and not ctx.tokens[t].is_capitalised:
            key = ctx.keys[t]
            if key in ORG_STOP or key == "và" or self._level_word_at(t) \
                    or (key in ORG_STOP_VERBS and ctx.keys[t + 1:t + 2] and ctx.keys[t + 1] in ORG_STOP_VERBS[key]) \
                    or " ".join(ctx.keys[t:t + 2]) in _NAME_ENDS:
                break
            t += 1
        return t - k >= 2 and (t >= limit or not ctx.tokens[t].is_word or ctx.tokens[t].is_capitalised
                               or ctx.keys[t] in ORG_STOP or self._level_word_at(t))

    def _level_word_at(self, t: int) -> bool:
        """A place's level word at token t: "huyện", "thành phố", "thị xã" (not "thị trường", "thành viên")."""
        keys = self.ctx.keys
        return keys[t] in _LEVEL_WORD_OF or tuple(keys[t:t + 2]) in TWO_WORD_LEVELS

    def _glued_code(self, k: int, limit: int) -> bool:
        """Is the dash at token k inside a code written as one word, a
        capitalised word and a number ("COVID-19", "Covid-19")?"""
        tokens = self.ctx.tokens
        return self.ctx.keys[k] == "-" and 0 < k < limit - 1 and tokens[k - 1].end == tokens[k].start \
            and tokens[k].end == tokens[k + 1].start and tokens[k - 1].text.isalpha() \
            and tokens[k - 1].text[0].isupper() and tokens[k + 1].text.isdigit()

    def _school_s_number(self, k: int, limit: int) -> int:
        """Past the number that tells schools of one name apart ("Trường THCS Nguyễn Du 2")."""
        tok = self.ctx.tokens[k] if k < limit else None
        return k + 1 if tok is not None and tok.text.isdigit() and len(tok.text) <= 2 \
            and not (k + 1 < limit and self.ctx.keys[k + 1] in ("/", "-")) else k

    def _legal_form_end(self, k: int, limit: int) -> int | None:
        """Where a company's legal form written at token k ends ("Công ty cổ phần", "CTCP")."""
        ctx = self.ctx
        if ctx.keys[k:k + 4] == ["công", "ty", "cổ", "phần"]:
            return k + 4
        return k + 1 if k < limit and ctx.tokens[k].text == "CTCP" else None

    def _inner_dash(self, k: int, limit: int) -> bool:
        """A dash between two capitalised words of one name, or between an
        area's number and its place ("Ban Chỉ huy Phòng thủ khu vực 1 - Lào Cai")."""
        ctx = self.ctx
        if self._glued_code(k, limit):
            return True         # "… phòng, chống dịch COVID-19": a disease's code, one word
        continent = ctx.keys[k + 1:k + 2] == ["châu"] and k + 2 < limit and ctx.tokens[k + 2].is_capitalised
        if not (ctx.keys[k] in ("-", "–") and k + 1 < limit and ctx.tokens[k - 1].is_word
                and ctx.tokens[k + 1].is_word and (ctx.tokens[k + 1].is_capitalised or continent)):
            return False        # (a continent is written "châu Phi": "Vụ Tây Á - châu Phi")
        if ctx.keys[k + 1:k + 4] == ["công", "ty", "cổ"] or ctx.tokens[k + 1].text in _GROUP_SUFFIXES:
            return True         # "Tổng công ty Khí Việt Nam - CTCP": a company's legal form; "Công ty Than
            #                     Nam Mẫu - TKV": the state group it belongs to
        glued = ctx.tokens[k - 1].end == ctx.tokens[k].start and ctx.tokens[k].end == ctx.tokens[k + 1].start
        if glued and ctx.tokens[k - 1].text.isupper() and ctx.tokens[k + 1].text.isupper():
            return True         # "Ban KT-NS HĐND tỉnh": one abbreviation in two parts
        abbreviation = self.gaz.abbreviation_phrases.match(ctx.raw, k - 1)
        if abbreviation and abbreviation[0] >= 3:
            return True         # "Đài PT - TH tỉnh X": one abbreviation written with a spaced dash
        if ctx.tokens[k + 1].text.isupper() or ctx.keys[k + 1:k + 3] == ["thành", "viên"]:
            return False        # (a member's role after the body: "… Cục X – Thành viên")
        if ctx.tokens[k - 1].text.isdigit() and ctx.keys[k - 3:k - 1] == ["khu", "vực"]:
            return True         # the area's place, known or not
        if self._state_ends_at(k) and (self._country_at(k + 1, limit) or ctx.keys[k + 1:k + 3] == ["việt", "nam"]):
            return True         # "Hội hữu nghị Việt Nam - Mexico", "Nhóm nghị sĩ hữu nghị Séc - Việt Nam"
        return not self._starts_other(k + 1, limit)

    def _vietnam_ends_at(self, k: int) -> bool:
        """Does "Việt Nam", or "Việt" written short ("Hội Hữu nghị Việt - Nga"), end right before token k?"""
        return self.ctx.keys[k - 2:k] == ["việt", "nam"] or self.ctx.raw[k - 1] == "Việt"

    def _state_ends_at(self, k: int) -> bool:
        """Does the name of a state (Việt Nam or another) end right before token k?"""
        ctx = self.ctx
        if self._vietnam_ends_at(k):
            return True
        return any((hit := ctx.match(self.gaz.countries, t)) is not None and t + hit[0] == k
                   for t in range(max(0, k - 4), k))

    def _topic_follows(self, k: int, limit: int) -> bool:
        ctx = self.ctx
        return k < limit and ctx.tokens[k].is_word and ctx.tokens[k].is_capitalised \
            and not self._starts_other(k, limit)

    def _unit_of_ministry_or_command(self, unit: ParsedOrg, body: ParsedOrg) -> bool:
        """A department of a ministry or of a military command, which the
        press names on its own ("Cục An ninh đối ngoại" of Bộ Công an); a
        province's police department is named with its police ("Phòng Cảnh
        sát hình sự Công an tỉnh X")."""
        if self.ctx.keys[self.ctx.token_index(unit.ref.span.start)] not in _MINISTRY_UNITS:
            return False
        if body.body is not None:
            return body.body.label.startswith("Bộ ") and body.body.body_class == "StateBody"
        return body.kind is not None and body.kind.body_class == "ArmedForcesUnit" and body.kind.slug != "cong-an"

    def body_after_comma(self, unit: ParsedOrg, limit: int) -> ParsedOrg | None:
        """"Cục Quản lý giá, Bộ Tài chính", "Phòng Quản lý đất đai, Sở TN-MT
        Cao Bằng": a unit of a ministry, a command or a department named with
        its body after a comma; not a list of bodies ("Cục X, Bộ A, Bộ B")."""
        ctx = self.ctx
        j = unit.end
        if j + 1 >= limit or ctx.keys[j] != "," or unit.parents:
            return None
        body = self.parse(j + 1, limit)
        if body is None:
            return None
        first = ctx.keys[ctx.token_index(unit.ref.span.start)]
        if not (self._unit_of_ministry_or_command(unit, body) or (
                first == "phòng" and unit.body is None and unit.kind is None and body.ref.name.startswith("Sở "))):
            return None
        k = body.end
        if k + 1 < limit and ctx.keys[k] in (",", "và") and self.parse(k + 1, limit) is not None:
            return None
        return body

    def _parents(self, parsed: ParsedOrg, limit: int) -> None:
        """"X của Y", "X thuộc Y", "X (Y)", "X Y" (a body right after a
        unit): Y is X's parent."""
        ctx = self.ctx
        j = parsed.end
        if j >= limit:
            return
        key = ctx.keys[j]
        parent: ParsedOrg | None = None
        if key == "," and j + 1 < limit and ctx.keys[j + 1] in ("thuộc", "trực"):
            j += 1          # "Trung tâm X, thuộc Sở Y"
            key = ctx.keys[j]
        if key in ("của", "thuộc"):
            parent = self.parse(j + 1, limit)
        elif key == "trực" and j + 1 < limit and ctx.keys[j + 1] == "thuộc":
            parent = self.parse(j + 2, limit)
        elif key == "(":
            inner = self.parse(j + 1, limit)
            if inner and inner.end < len(ctx.tokens) and ctx.keys[inner.end] == ")":
                abbreviated = inner.end == j + 2 and ctx.tokens[j + 1].text.isupper() \
                    and set(comparable(inner.ref.name).split()) <= set(comparable(parsed.ref.name).split())
                if comparable(parsed.ref.name).startswith(comparable(inner.ref.name)) or abbreviated \
                        or comparable(parsed.ref.name).endswith(" " + comparable(inner.ref.name)) or (
                        inner.ref.kind == "foreign" and inner.ref.name == inner.ref.jurisdiction):
                    parsed.end = inner.end + 1          # "Hội LHPN Việt Nam (Hội LHPN)", "… (MTTQ)", "tỉnh X (Lào)": a gloss
                    return
                if inner.kind is not None and inner.kind.slug == "doan-dai-bieu-quoc-hoi":
                    return      # "đại biểu Quốc hội (Đoàn ĐBQH tỉnh X)": the deputy's delegation, no parent
                parent = inner
                parent.end = inner.end + 1
        elif parsed.body is not None and parsed.body.parent_iri and ctx.tokens[j].is_word:
            candidate = self._known_or_kind(j, limit)
            if candidate and candidate.body and candidate.body.iri == parsed.body.parent_iri:
                parent = candidate      # "Ủy ban Kinh tế Quốc hội": a known body, then the one it is part of
        elif parsed.body is None and parsed.kind is None and ctx.tokens[j].is_word and not parsed.leadership:
            candidate = self._known_or_kind(j, limit)
            if candidate and self._unit_of_ministry_or_command(parsed, candidate):
                parent = candidate      # "Cục X Bộ Công an", "Phòng Tham mưu Bộ CHQS tỉnh": as with a comma
            elif candidate and (candidate.body or (candidate.kind and candidate.kind.attaches != "committee")):
                # "Ban Pháp chế HĐND tỉnh": a unit written before its body with
                # no comma is one body under its full name
                self._parents(candidate, limit)
                parsed.ref = replace(parsed.ref, name=f"{parsed.ref.name} {candidate.ref.name}",
                                     surface=ctx.text_between(ctx.token_index(parsed.ref.span.start), candidate.end),
                                     span=Span(parsed.ref.span.start, candidate.ref.span.end),
                                     jurisdiction=candidate.ref.jurisdiction,
                                     jurisdiction_level=candidate.ref.jurisdiction_level)
                parsed.place, parsed.open_level = candidate.place, candidate.open_level
                parsed.parents.extend(candidate.parents)
                parsed.end, parsed.host = candidate.end, candidate
                self._branch(parsed, limit)     # "Cục Dự trữ Nhà nước khu vực Tây Nguyên"
                return
        if parent and not parent.open_host:     # "… thuộc HĐQT": a board of no company named is no parent
            self.place_from_text(parent)     # "Phòng X thuộc Công an tỉnh": the province the text names
            parsed.parents.append(parent.ref)
            parsed.parents.extend(parent.parents)
            parsed.end = parent.end


def find_bodies(ctx: ArticleContext, parser: OrgParser,
                names: list[Span] = ()) -> tuple[list[OrgRef], list[tuple[OrgRef, OrgRef]]]:
    """Every body named in running text outside the persons' ``names``
    ("Đức" of "Nguyễn Đức Trung" is no Germany), and the parents the text
    gives them ("Vụ Địa phương 3 (Ban Tổ chức Trung ương)")."""
    bodies: list[OrgRef] = []
    parents: list[tuple[OrgRef, OrgRef]] = []
    in_name = Mask(len(ctx.doc.text), ((sp.start, sp.end) for sp in names))
    i = 0
    n = len(ctx.tokens)
    while i < n:
        tok = ctx.tokens[i]
        if not (tok.is_word and tok.is_capitalised) or tok.start in in_name:
            i += 1
            continue
        parsed = parser.parse(i, ctx.sentence_bounds(i)[1])
        if parsed is None:
            i += 1
            continue
        bodies.append(parsed.ref)
        chain = [parsed.ref, *parsed.parents]
        if i > 0 and ctx.keys[i - 1] in ("các", "những"):
            chain = chain[1:]       # "các Ban Chỉ huy Phòng thủ khu vực thuộc Bộ CHQS": a kind of unit, none named
        elif (body := parser.body_after_comma(parsed, ctx.sentence_bounds(i)[1])) is not None:
            parser.place_from_text(body)
            bodies.append(body.ref)
            chain = [parsed.ref, body.ref]
            parsed = body
        parents.extend(zip(chain, chain[1:]))
        i = parsed.end
    return bodies, parents
