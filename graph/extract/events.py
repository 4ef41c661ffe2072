"""Events the article reports (conferences, sessions, ceremonies, visits),
their dates, and who chaired, spoke at or attended them.

Roles come from the verbs around a person: "chủ trì", "điều hành" (chair);
"phát biểu", "trình bày", "kết luận" (speaker); "dự", "tham dự", "gặp"
(attendee); from the lists that follow "Dự Hội nghị có các đồng chí:",
"Cùng chủ trì có các đồng chí:"; from "dưới sự chủ trì của X"; and from a
title standing for a person named earlier ("Chủ tịch Quốc hội cho biết").
"""
from __future__ import annotations

import re

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import wraps

from ..core.model import DocumentMention, EventMention, Mask, Participation, PersonMention, Span
from .context import PLACE_WORD_STARTS, ArticleContext
from .dates import DateMention, find_dates, occasion_year
from .posts import Post, PostParser, gloss_start
from .gazetteer import Lexicon
from .words import BEFORE_A_TITLE, CALLINGS, CHAIR_VERBS, HONORIFIC_WORDS, HONORIFICS, LONGEST_HONORIFIC, NUMBER_WORDS, SPEAKER_VERBS, \
    degrees_start, has_phrase, persons_lead_ending_at

_ATTEND_VERBS = ("dự", "tham dự", "đến dự", "cùng dự", "có mặt", "gặp", "gặp gỡ", "hội đàm", "điện đàm",
                 "hội kiến", "thăm", "trình quốc thư", "tham gia", "về thăm", "đến thăm", "có buổi", "có cuộc",
                 "dâng hương", "đến dâng hương", "dâng hoa", "viếng", "đến viếng", "tới viếng", "chúc tết",
                 "thăm , chúc tết", "tiếp xúc cử tri",
                 "tiếp xúc với cử tri", "cắt băng", "bấm nút", "thị sát")
_PRESENT = "present"           # shown present without an attendance word
# "Dự Hội nghị có đồng chí X", "Cùng chủ trì có các đồng chí: ..."
_LEAD_ROLES = [
    (("đoàn", "chủ", "tịch"), ("chair",)),          # "Đoàn Chủ tịch đại hội gồm các đồng chí: …"
    (("cùng", "tham", "gia", "đoàn", "chủ", "tịch"), ("chair",)),   # "Cùng tham gia đoàn chủ tịch hội nghị có …"
    (("tham", "gia", "đoàn", "chủ", "tịch"), ("chair",)),
    (("đại", "biểu", "tham", "gia"), ("attendee",)),   # "Đại biểu tham gia tiếp xúc gồm: …"
    (("đại", "biểu", "tham", "dự"), ("attendee",)),
    (("thành", "phần", "tham", "dự"), ("attendee",)),  # "Thành phần tham dự gồm …"
    (("tham", "gia", "đoàn"), ("attendee",)),       # "Tham gia đoàn tiếp xúc có …"
    (("tham", "gia", "cùng"), ("attendee",)),       # "Tham gia cùng Đoàn công tác có …"
    (("tham", "gia", "tiếp", "xúc"), ("attendee",)),  # "Tham gia tiếp xúc cử tri có các đại biểu …"
    (("cùng", "tham", "gia"), ("attendee",)),       # "Cùng tham gia có các đại biểu HĐND tỉnh: …"
    (("cùng", "tham", "dự"), ("attendee",)),        # "Cùng tham dự có …"
    # Hosts are there, with no attendance word: attendees unless they chair or speak (their guests and the
    # companions of either side attend, as "Cùng đi có", "Thành viên đoàn có" say).
    (("cùng", "tiếp", "đoàn"), (_PRESENT,)),        # "Cùng tiếp đoàn có …"
    (("cùng", "làm", "việc"), (_PRESENT,)),         # "Cùng làm việc có …"
    (("cùng", "tiếp"), (_PRESENT,)),
    (("tiếp", "và", "làm", "việc"), (_PRESENT,)),
    (("tiếp", "và", "hội", "đàm"), (_PRESENT,)),       # "Tiếp và hội đàm với đoàn có các đồng chí: …"
    (("tiếp", "đoàn"), (_PRESENT,)),
    (("đoàn", "đại", "biểu"), ("attendee",)),       # "Đoàn đại biểu Na Uy có: Bộ trưởng … A; …"
    (("đoàn", "công", "tác"), (_PRESENT,)),         # "Đoàn công tác tỉnh X có các đồng chí: A, …": visitors
    (("tổ", "đại", "biểu"), ("attendee",)),         # "Tổ đại biểu gồm: bà A - …; ông B - …" (meeting voters)
    (("đón", "đoàn"), (_PRESENT,)),                 # "Đón đoàn có Đại tá X"
    (("đón", "tiếp"), (_PRESENT,)),                 # "Đón tiếp đoàn có …": there, no attendance word
    (("đón", "và", "làm", "việc"), (_PRESENT,)),    # "Đón và làm việc với đoàn có các đồng chí: …"
    (("đón", "và", "tiếp"), (_PRESENT,)),
    (("tháp", "tùng"), ("attendee",)),              # "Tháp tùng Tổng Bí thư có …": companions, as "Cùng đi có"
    (("chứng", "kiến"), (_PRESENT,)),               # "Chứng kiến lễ ký có …"
    (("đại", "diện", "ký"), ("attendee",)),         # "Đại diện ký kết Biên bản hợp tác có ông A và ông B"
    (("ký", "kết"), ("attendee",)),                 # "Đại diện các cơ quan ký kết Quy chế gồm các đồng chí: …"
    (("làm", "việc", "với", "đoàn"), (_PRESENT,)),
    (("dự", "và", "chủ", "trì"), ("attendee", "chair")),
    (("cùng", "dự", "và", "chủ", "trì"), ("attendee", "chair")),
    (("dự", "và", "điều", "hành"), ("attendee", "chair")),
    (("cùng", "dự", "và", "điều", "hành"), ("attendee", "chair")),   # "Cùng dự và điều hành hội nghị có …"
    (("đến", "dự", "và", "chỉ", "đạo"), ("attendee",)),
    (("đồng", "chủ", "trì"), ("chair",)),          # "Đồng chủ trì hội nghị có …"
    (("cùng", "chủ", "trì"), ("chair",)),
    (("cùng", "điều", "hành"), ("chair",)),
    (("điều", "hành"), ("chair",)),               # "Điều hành tọa đàm có đồng chí A và PGS.TS B"
    (("chủ", "trì"), ("chair",)),
    (("chủ", "tọa"), ("chair",)),
    (("cùng", "dự"), ("attendee",)),
    (("tham", "dự"), ("attendee",)),
    (("đến", "dự"), ("attendee",)),
    (("về", "dự"), ("attendee",)),                  # "Về dự và chỉ đạo Đại hội có …"
    (("tới", "dự"), ("attendee",)),                 # "Tới dự có Thứ trưởng …"
    (("đến", "viếng"), ("attendee",)),              # "Đến viếng còn có đồng chí A" (a funeral's mourners)
    (("tới", "viếng"), ("attendee",)),
    (("đến", "chúc", "mừng"), ("attendee",)),       # "Đến chúc mừng có …": the guests who came
    (("tới", "chúc", "mừng"), ("attendee",)),
    (("trình", "quốc", "thư"), ("attendee",)),      # "Trình Quốc thư lên Chủ tịch nước lần này gồm: A, Đại sứ …"
    (("tham", "luận"), ("speaker",)),               # "Tham luận tại hội nghị: - Ông A, …: …"
    (("báo", "cáo", "viên"), ("speaker",)),         # "Báo cáo viên tại hội nghị là đồng chí A": who presents
    (("dự",), ("attendee",)),
    (("cùng", "đi"), ("attendee",)),
    (("đi", "cùng"), ("attendee",)),                # "Đi cùng đoàn có Ngài A, …"
    (("cùng", "đoàn"), ("attendee",)),              # "Cùng đoàn có đồng chí A, Bộ trưởng …"
    (("thành", "viên", "đoàn"), ("attendee",)),     # "Thành viên đoàn có đồng chí A, Vụ trưởng …"
    (("về", "phía"), ("attendee",)),                # "Về phía Trung Quốc có các đồng chí: …": the guests' list
    (("phía",), ("attendee",)),                     # "Phía bạn có ông X", "Phía tỉnh có …"
    (("có", "mặt"), ("attendee",)),                 # "Có mặt tại phiên tòa gồm các bị cáo: …"
    (("tham", "gia"), ("attendee",)),               # "tham gia Hội đồng xét xử có hai Hội thẩm: …"
]
# Who is worked with, named by a level word or as its leaders: "làm việc với tỉnh Quảng Trị", "… với lãnh đạo huyện".
_HOSTS_BY_PLACE = {"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "lãnh"}
# The guests as a group before the verb of their attending ("Lãnh đạo tỉnh đến dự có …").
_GROUP_SUBJECTS = {("lãnh", "đạo"), ("đại", "diện"), ("đại", "biểu")}
_ATTEND_FIRST_WORDS = {"đến", "tới", "về", "tham", "dự", "cùng", "ký"}     # (signatories are there)
# "dưới sự chủ trì của X", "yêu cầu của X": a noun of a role, then the person.
_OF_ROLES = [
    (("sự", "chủ", "trì", "của"), "chair"), (("sự", "điều", "hành", "của"), "chair"),
    (("sự", "đồng", "chủ", "trì", "của"), "chair"),       # "dưới sự đồng chủ trì của đồng chí A và đồng chí B"
    (("sự", "chủ", "tọa", "của"), "chair"), (("sự", "tham", "dự", "của"), "attendee"),
    (("sự", "chủ", "trì", ",", "điều", "hành", "của"), "chair"), (("sự", "chủ", "trì", "và", "điều", "hành", "của"), "chair"),
    (("sự", "tham", "gia", "của"), "attendee"), (("sự", "có", "mặt", "của"), "attendee"),
    (("sự", "hiện", "diện", "của"), "attendee"),
    (("sự", "tham", "dự", "và", "chỉ", "đạo", "của"), "attendee"), (("sự", "dự", "và", "chỉ", "đạo", "của"), "attendee"),
    (("điều", "hành", "bởi"), "chair"), (("chủ", "trì", "bởi"), "chair"),
    (("yêu", "cầu", "của"), "speaker"), (("phát", "biểu", "của"), "speaker"), (("tham", "luận", "của"), "speaker"),
    (("ý", "kiến", "chỉ", "đạo", "của"), "speaker"), (("diễn", "văn", "của"), "speaker"),
    (("phát", "biểu", "kết", "luận", "hội", "nghị", "của"), "speaker"),
    (("nghe",), "speaker"),             # "Hội nghị đã nghe đồng chí X triển khai …": the one heard speaks
]
# "cuộc hội đàm giữa Tổng Bí thư A và Thủ tướng B": both sides, named right after "giữa"
_BETWEEN = [tuple(f"{meeting} giữa".split())
            for meeting in ("hội đàm", "điện đàm", "hội kiến", "gặp", "gặp gỡ", "tiếp", "làm việc")]
_OF_ROLE_ENDS = {words[-1] for words, _ in _OF_ROLES} | {words[-1] for words in _BETWEEN}
_HONORIFIC_PHRASES: Lexicon[str] = Lexicon()
for _w in HONORIFICS:
    _HONORIFIC_PHRASES.add(_w, _w)
# The heads of a description of who someone is, written after the name like a title
# ("em A, học sinh lớp 9, phát biểu"; "bà B, người dân tộc Thái, cho biết").
_DESCRIPTION_HEADS = CALLINGS | {"người dân tộc", "quê", "sinh năm", "trú tại", "cử tri"}
_MARTYRS = [("liệt", "sĩ")]       # the fallen, honoured at an event, never at it
# Words of a funeral whose object is the deceased ("lễ truy điệu và đưa tang đồng chí A", "viếng
# đồng chí A"), and of a death said of its subject ("đồng chí A đã từ trần"): honoured, never present.
_MOURNED_AFTER = [tuple(w.split()) for w in ("lễ tang", "tang lễ", "đưa tang", "truy điệu", "viếng", "an táng",
                                             "linh cữu", "di hài", "thi hài", "tưởng niệm", "tưởng nhớ")]
_DEATH_VERBS = [tuple(w.split()) for w in ("từ trần", "qua đời", "đã từ trần", "đã qua đời", "hy sinh",
                                           "đã hy sinh", "từ biệt")]
_NOT_ATTEND_AFTER = {"thảo", "án", "kiến", "toán", "báo", "trù", "định", "kiện"}
# Verbs whose object is a person ("yêu cầu đại tá X sớm ..."): the person
# after them does not chair or speak because a verb follows.
_OBJECT_VERBS = [tuple(v.split()) for v in (
    "yêu cầu", "đề nghị", "mời", "giao", "chúc mừng", "tặng", "trao", "bổ nhiệm", "điều động", "bầu",
    "kỷ luật", "cảnh cáo", "khiển trách", "chuẩn y", "phê chuẩn", "chỉ định", "đối với", "cho",
    "cảm ơn", "biểu dương", "viếng", "tưởng niệm", "tiễn biệt")]      # (the one mourned is not there)
# A sentence opened by what its subject does there: "Tham luận tại Hội nghị, đồng chí X …".
_FRONTED_ROLES = {("phát", "biểu"): "speaker", ("kết", "luận"): "speaker", ("tham", "luận"): "speaker",
                  ("trả", "lời"): "speaker", ("giải", "trình"): "speaker",
                  ("báo", "cáo"): "speaker", ("trình", "bày"): "speaker", ("thảo", "luận"): "speaker",
                  ("tham", "gia"): "speaker", ("điều", "hành"): "chair", ("chủ", "trì"): "chair"}
# "X cùng các đại biểu …": a person doing something with the guests is there.
_WITH_THE_GUESTS = [tuple(v.split()) for v in ("cùng các đại biểu", "cùng đại biểu", "và các đại biểu")]
# Verbs a speaker addresses someone there with ("đề nghị đồng chí A …").
_ADDRESSING = [tuple(v.split()) for v in ("yêu cầu", "đề nghị")]
# "X gặp Y", "hội đàm với Y": the one met takes part too.
_MEET_VERBS = [tuple(v.split()) for v in ("gặp", "gặp gỡ", "hội đàm với", "điện đàm với", "hội kiến", "hội kiến với",
                                           "tiếp", "đón", "thăm", "tiếp xúc với", "làm việc với")]
# The words before the one a handed decision names ("… về việc bổ nhiệm bà A", "… đối với ông B").
_NAMED_BY_THE_DECISION = [tuple(v.split()) for v in (
    "bổ nhiệm", "điều động", "luân chuyển", "chỉ định", "chuẩn y", "phân công", "đối với", "công nhận", "nghỉ hưu cho")]
# "trao quyết định và tặng hoa chúc mừng X": X is there, handed them.
_GIFT_VERBS = [tuple(v.split()) for v in (
    "trao quyết định cho", "trao quyết định và tặng hoa chúc mừng", "tặng hoa chúc mừng", "tặng hoa tri ân", "tặng hoa cảm ơn",
    "tặng hoa chia tay", "tặng hoa , chúc mừng", "tặng hoa , cảm ơn", "tặng hoa , chia tay",
    "tặng hoa", "trao tặng", "trao quyết định", "chúc mừng", "tặng quà", "tặng",
    "thăm", "thăm hỏi", "chúc tết", "lì xì")]     # (visited: "đến thăm, chúc Tết Mẹ Việt Nam anh hùng A")
_HANDING = [tuple(v.split()) for v in ("trao quyết định", "trao tặng", "tặng hoa", "tặng quà", "trao")]
# "thay mặt người lao động nhận quà", "đón nhận Huân chương": who receives what a ceremony hands over is there.
_RECEIVING = [tuple(v.split()) for v in ("nhận", "tiếp nhận", "đón nhận")]
_HANDED_THINGS = [tuple(v.split()) for v in (
    "quà", "quyết định", "hoa", "lẵng hoa", "huân chương", "huy chương", "bằng khen", "giấy khen", "danh hiệu", "cờ",
    "kỷ niệm chương", "huy hiệu", "giải thưởng", "giấy chứng nhận", "phần thưởng", "học bổng", "tặng phẩm")]
# "Đoàn công tác do Thứ trưởng X dẫn đầu": who leads a delegation is there with it.
_LEADING = [tuple(v.split()) for v in ("dẫn đầu", "làm trưởng đoàn", "là trưởng đoàn")]
_SHOWN_THERE = [("ra", "mắt")]
# A promotion in rank handed over, up to the word before the officers: "thăng quân hàm từ Trung tướng lên
# Thượng tướng đối với", "thăng cấp bậc hàm … cho", "được thăng quân hàm … gồm:".
_PROMOTED_TO = re.compile(r"thăng (?:quân hàm|cấp bậc hàm|hàm)[^.;]{0,80}?(?:đối với|cho|gồm)", re.I)
_SENT_FROM_AFAR = {"lẵng", "hoa", "thư", "điện", "thiệp"}     # "gửi lẵng hoa chúc mừng": not there
_FUTURE = ("sẽ", "dự kiến", "kế hoạch", "chuẩn bị", "ngày mai", "sắp")
# Words that say an event has begun or took place: a future word after them is of something else.
_UNDER_WAY = ("đã", "bắt đầu", "diễn ra", "khai mạc")
_PLAN_WORD = re.compile(r"\b(?:%s)\b" % "|".join(_FUTURE[:2]))
_UNDER_WAY_WORD = re.compile(r"\b(?:%s)\b" % "|".join(_UNDER_WAY))


def _said_as_planned(clause: str) -> bool:
    """Does a (casefolded) clause say its event is yet to happen ("Đại hội sẽ …", "dự kiến …"), not
    that it is under way ("phiên chất vấn bắt đầu từ chiều nay và dự kiến kéo dài …")?"""
    future = _PLAN_WORD.search(clause)
    return future is not None and _UNDER_WAY_WORD.search(clause, 0, future.start()) is None
# The days a meeting lasted: "Sau hai ngày làm việc (9 - 10/12/2024)", "diễn ra
# trong 2 ngày 12 và 13.12", "trong hai ngày, từ 5 đến 6/3".
_DAYS_SPAN = re.compile(r"(?:trong|sau|qua)\s+(?:hai|ba|bốn|năm|[2-5])\s+ngày(?:\s+[^\W\d]+){0,4}?\s*[,(]?\s*"
                        r"(?:từ\s+)?(?:ngày\s+)?(\d{1,2})\s*(?:-|–|và|đến)\s*(?:ngày\s+)?(\d{1,2})[./-](\d{1,2})"
                        r"(?:[./-](\d{4}))?", re.IGNORECASE)
_NOT_EVENT_TIME = ("đến ngày", "kể từ ngày", "từ ngày", "trước ngày", "sau ngày", "hiệu lực", "hết ngày")
# Verbs that report an event without naming its kind.
_EVENT_VERBS = {("họp", "kỳ"): "ky-hop", ("họp",): "phien-hop", ("công", "bố", "quyết", "định"): "le",
                ("công", "bố", "các", "quyết", "định"): "le", ("trao", "quyết", "định"): "le", ("khai", "mạc"): None, ("bế", "mạc"): None,
                ("tuyên", "thệ"): "le", ("gặp",): "gap-go", ("hội", "đàm"): "hoi-dam", ("điện", "đàm"): "dien-dam",
                ("hội", "kiến"): "hoi-kien", ("thăm",): "tham", ("trình", "quốc", "thư"): "le-trinh-quoc-thu",
                ("trao", "quà"): "trao-qua", ("tặng", "quà"): "trao-qua", ("trao", "tặng", "quà"): "trao-qua",
                ("thị", "sát"): "kiem-tra-thuc-te", ("dâng", "hương"): "le-dang-huong", ("dâng", "hoa"): "le-dang-huong"}
# Verbs that report an event taking place, for dating it by the lede.
# A dateline opening a portal's story: "(Đắk Lắk, 22/5/2024)".
_DATELINE = re.compile(r"\(\s*[^()\d,]{2,40},\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*\)")
_HAPPENING_VERBS = ("tổ chức", "diễn ra", "khai mạc", "bế mạc", "họp", "làm việc", "thăm", "dự", "chủ trì",
                    "phát biểu", "tiếp", "hội đàm", "hội kiến", "gặp", "trao", "công bố", "tham dự", "tiếp xúc",
                    "khánh thành", "khởi công", "kỷ niệm", "dâng hương", "chúc tết", "điện đàm", "xét xử",
                    "tuyên án", "biểu quyết", "thị sát")
# Handing over the state's and the Party's honours ("trao Huy hiệu 55 năm tuổi Đảng", "trao tặng Huân chương
# Lao động"): a ceremony.
_AWARDS = [tuple(a.split()) for a in ("huy hiệu", "huân chương", "huy chương", "kỷ niệm chương", "bằng khen",
                                      "cờ thi đua", "danh hiệu")]
_AWARDING = {verb + award: "le" for verb in (("trao",), ("trao", "tặng")) for award in _AWARDS}
_EVENT_VERBS.update(_AWARDING)
_EVENT_VERB_FIRST = {words[0] for words in _EVENT_VERBS}
# Verbs of handing decisions or honours over: a ceremony of their own, or part of the event named before them.
_DECISION_VERBS = {("công", "bố", "quyết", "định"), ("công", "bố", "các", "quyết", "định"), ("trao", "quyết", "định"),
                   *_AWARDING}
# Verbs that put their subject before an audience (not "cho biết", said to the press).
_BEFORE_AN_AUDIENCE = [tuple(v.split()) for v in ("phát biểu", "nói chuyện", "đối thoại", "chủ trì", "trình bày",
                                                   "quán triệt")]
_TIME_HEADS = {"sáng", "chiều", "tối", "trưa", "ngày", "hôm", "đêm"}


@dataclass
class _EventDraft:
    type_slug: str
    first_token: int
    date: date | None = None
    sentences: set[int] = field(default_factory=set)
    name: str | None = None



def _foreign(post) -> bool:
    return post.body is not None and post.body.kind == "foreign"


def _verb_key(words: str) -> tuple[str, ...]:
    return tuple(words.casefold().split())


_CHAIR = [_verb_key(v) for v in CHAIR_VERBS]
_SPEAK = [_verb_key(v) for v in SPEAKER_VERBS]
_ATTEND = [_verb_key(v) for v in _ATTEND_VERBS]


def _by_first_word(verbs: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for v in verbs:
        index.setdefault(v[0], []).append(v)       # (in the list's order)
    return index


# The verb lists by their first words, so a word is checked against its own verbs only.
_VERBS_BY_FIRST_WORD = {id(verbs): _by_first_word(verbs) for verbs in (_HANDING, _RECEIVING, _CHAIR, _SPEAK, _ATTEND)}


def _remembered(method):
    """An EventFinder's method whose answer depends on its arguments and the
    article alone, worked out once for each: the roles ask the same
    question (the titles around a name, a title at a token) from every name
    near it."""
    @wraps(method)
    def remembered(self, *args):
        answers = self._answers.setdefault(method.__name__, {})
        if args not in answers:
            answers[args] = method(self, *args)
        return answers[args]
    return remembered


class EventFinder:
    def __init__(self, ctx: ArticleContext, posts: PostParser, persons: list[PersonMention],
                 documents: list[DocumentMention]) -> None:
        self.ctx = ctx
        self.posts = posts
        self.persons = persons
        self.documents = documents
        self._answers: dict[str, dict[tuple, object]] = {}      # (see _remembered)

    @_remembered
    def _post(self, i: int, limit: int) -> Post | None:
        """``posts.parse`` (the roles only read the posts they parse)."""
        return self.posts.parse(i, limit)

    # ============================================================ public
    def find(self) -> list[EventMention]:
        ctx = self.ctx
        drafts = self._event_mentions()
        if drafts:
            self._main_type = drafts[0].type_slug
            self._date_events(drafts)
            roles = self._roles() + self._appointees()
        else:
            drafts, roles = self._unnamed_event()
            if not drafts:
                return []
        events: list[EventMention] = []
        for d in drafts:
            et = ctx.gaz.event_type_by_slug[d.type_slug]
            tok = ctx.tokens[d.first_token]
            events.append(EventMention(type=et.label, type_slug=et.slug, span=Span(tok.start, tok.end), date=d.date,
                                       name=d.name))
        by_sentence = {s: i for i, d in enumerate(drafts) for s in d.sentences}
        for name, role, span, sentence in roles:
            idx = by_sentence.get(sentence, 0)
            ev = events[idx]
            if not any(p.name == name and p.role == role for p in ev.participants):
                ev.participants.append(Participation(name, role, span))
        active = {p.name for ev in events for p in ev.participants if p.role in ("chair", "speaker")}
        for ev in events:
            # Shown present without an attendance word (met, handed a decision,
            # handing flowers): an attendee unless they chair or speak.
            kept = []
            for p in ev.participants:
                if p.role == _PRESENT:
                    if p.name in active or any(q.name == p.name and q.role == "attendee" for q in kept):
                        continue
                    p = Participation(p.name, "attendee", p.span)
                if not any(q.name == p.name and q.role == p.role for q in kept):
                    kept.append(p)
            ev.participants = kept
        self._documents(events, drafts, by_sentence)
        return events

    def _unnamed_event(self) -> tuple[list[_EventDraft], list[tuple[str, str, Span, int]]]:
        """An article that names no event but has someone chair or speak before
        an audience ("ông A nói chuyện với đoàn viên …") reports an event all the
        same: one of no named kind, on the lede's day."""
        self._main_type = unnamed = self.ctx.gaz.unnamed_event_type
        roles = self._roles() if unnamed else []
        active = [r for r in roles if r[1] in ("chair", "speaker") and self._before_an_audience(r[3])]
        if not active:
            return [], []
        first = min(active, key=lambda r: r[2].start)
        draft = _EventDraft(unnamed, self.ctx.token_index(first[2].start))
        draft.sentences.update(r[3] for r in roles)
        self._date_events([draft])
        return [draft], roles

    def _before_an_audience(self, si: int) -> bool:
        ctx = self.ctx
        s = ctx.doc.sentences[si]
        words = ctx.keys[ctx.token_index(s.start):ctx.token_index(s.end)]
        return any(has_phrase(words, verb) for verb in _BEFORE_AN_AUDIENCE)

    # ====================================================== event mentions
    def _event_mentions(self) -> list[_EventDraft]:
        """Events by kind and day; the first is the main one."""
        ctx = self.ctx
        doc_spans = self._document_mask()
        found: list[tuple[int, str, int]] = []      # (token, type slug, sentence index)
        by_verb: list[tuple[int, str, int]] = []
        event_types = ctx.gaz.event_types
        for k, key in enumerate(ctx.keys):
            noun = event_types.starts(key)
            if not (noun or key in _EVENT_VERB_FIRST) or ctx.tokens[k].start in doc_spans:
                continue        # (cheap test first: most words start no event)
            hit = ctx.match(event_types, k) if noun else None
            if hit and self._reported_event(k, hit[0]):
                found.append((k, hit[1].slug, ctx.doc.sentence_index(ctx.tokens[k].start)))
            elif ctx.keys[k] in _EVENT_VERB_FIRST:
                for words, vslug in _EVENT_VERBS.items():
                    if tuple(ctx.keys[k:k + len(words)]) == words and self._is_verb_use(k):
                        if vslug is None or (words in _DECISION_VERBS and found):
                            # "khai mạc"; decisions announced at the conference named before
                            vslug = self._nearest_type(k, found)
                        by_verb.append((k, vslug, ctx.doc.sentence_index(ctx.tokens[k].start)))
                        break
        # a verb ("công bố quyết định", "họp") names an event of its own only
        # where no event noun does: "hội nghị công bố quyết định" is one event
        named = {si for _, _, si in found}
        found = sorted(found + [hit for hit in by_verb if hit[2] not in named])
        drafts: list[_EventDraft] = []
        dated: dict[int, date | None] = {}
        for k, slug, si in found:
            if si not in dated:
                dated[si] = self._date_in_sentence(si, doc_spans)
            when = dated[si]
            same = next((d for d in drafts if (d.type_slug == slug or self._generic(slug))
                         and (when is None or d.date in (None, when))), None)
            if same is None:
                same = _EventDraft(slug, k)
                drafts.append(same)
            same.sentences.add(si)
            if when and same.date is None:
                same.date = when
        return self._headline_into_body(drafts)

    def _headline_into_body(self, drafts: list[_EventDraft]) -> list[_EventDraft]:
        """A headline "Tập huấn nghiệp vụ ..." names the event the body
        calls "Hội nghị tập huấn ...": the headline's undated kind, met again
        inside a body sentence that holds another kind, is that event."""
        if len(drafts) < 2:
            return drafts
        head = drafts[0]
        if head.sentences != {0} or head.date is not None:
            return drafts
        ctx = self.ctx
        for d in drafts[1:]:
            for si in sorted(d.sentences - {0}):
                s = ctx.doc.sentences[si]
                for k in range(ctx.token_index(s.start), ctx.token_index(s.end)):
                    hit = ctx.match(ctx.gaz.event_types, k)
                    if hit and hit[1].slug == head.type_slug:
                        d.sentences |= head.sentences
                        return [d] + [x for x in drafts[1:] if x is not d]
        return drafts

    def _document_mask(self) -> Mask:
        """The characters inside document mentions (no event word there)."""
        return Mask(len(self.ctx.doc.text), ((sp.start, sp.end) for d in self.documents
                                             for sp in (d.mentions or [d.span])))

    def _generic(self, slug: str) -> bool:
        return slug in ("phien-hop",)

    def _reported_event(self, k: int, n: int) -> bool:
        """A reported event, not a plural, a plan or part of a name."""
        ctx = self.ctx
        prev = ctx.keys[k - 1] if k else ""
        if prev in ("các", "những", "mọi", "nghị", "văn", "trung") or (prev == "quyết" and k > 1):
            return False
        if prev in ("kiện",) or (k > 1 and tuple(ctx.keys[k - 2:k]) in (("nghị", "quyết"), ("văn", "kiện"))):
            return False
        if prev in ("trình", "tới", "mừng", "bị"):     # "trình Đại hội", "tiến tới", "chào mừng", "chuẩn bị"
            return False
        # A plan: a future word in the clause that names it ("Theo chương trình, Đại hội sẽ …"), not in
        # words said there after it ("Phát biểu tại Đại hội, X khẳng định … sẽ …")
        s = ctx.sentence_of(k)
        after = ctx.doc.text.find(",", ctx.tokens[k].end, s.end)
        clause = ctx.doc.text[s.start:after if after >= 0 else s.end].casefold()
        if _said_as_planned(clause):
            return False
        if ctx.keys[k] == "tiếp" and n == 1 and prev == "đón" and k >= 2:
            # "…, A; B đã đón tiếp chức sắc các tôn giáo đến thăm": a reception, whoever is received
            return ctx.keys[k - 2] in ("đã", "vừa") or ctx.tokens[k - 2].is_capitalised or self._after_a_named_subject(k - 1)
        if ctx.keys[k] == "tiếp" and n == 1:        # the verb: "Tiếp và làm việc với đoàn", "Tiếp tục"
            # "Chủ tịch nước X (đã) tiếp (và làm việc với) bà Y, Đại sứ …": a reception of someone named
            m = k + 1 + 4 * (ctx.keys[k + 1:k + 5] == ["và", "làm", "việc", "với"])
            nxt = m < len(ctx.tokens) and (ctx.keys[m] in HONORIFIC_WORDS or (
                ctx.tokens[m].is_capitalised and ctx.tokens[m].is_word))
            delegation = m < len(ctx.tokens) and ctx.keys[m] == "đoàn"      # "A, Bí thư Tỉnh ủy, tiếp đoàn …"
            # "Đại tướng X, Bộ trưởng Bộ Quốc phòng, tiếp ông Y": after the subject's posts;
            # "Tiếp Đại sứ Y, Chủ tịch UBND tỉnh X …": fronted
            return prev in ("buổi", "cuộc") or ((nxt or delegation) and not ctx.tokens[k].is_capitalised and (
                prev in ("đã", "vừa") or (k > 0 and ctx.tokens[k - 1].is_capitalised)
                or self._after_a_named_subject(k))) \
                or (nxt and ctx.token_index(ctx.sentence_of(k).start) == k)
        word = ctx.tokens[k]
        if n >= 3 and (prev in ("đã", "vừa", "đoàn", "đến", "đi") or (k > 0 and ctx.tokens[k - 1].is_capitalised)
                       or tuple(ctx.keys[k:k + 4]) == ("tiếp", "xúc", "cử", "tri") or self._after_a_named_subject(k)):
            return True                  # a verbal kind after its subject: "Đoàn … tiếp xúc cử tri"
        if prev == "," and self._after_fronted_time(k):
            return True                  # "Sáng 2/9, hội nghị thông qua …"
        return word.is_capitalised or prev in ("tổ", "tại", "dự", "chức", "buổi", "cuộc", "khai", "bế", "trì",
                                               "họp", "đạo", "mạc", "kỳ", "phiên", "là", "này", "tiếp", "hành", "tọa",
                                               "thể") \
            or ctx.keys[k - 2:k] == ["diễn", "ra"]     # ("tổ chức trọng thể tang lễ …", "diễn ra hội nghị …")

    def _after_a_named_subject(self, k: int) -> bool:
        """Token k follows the comma that closes the posts of a person named
        earlier in its sentence ("ông A, Bí thư Tỉnh ủy, làm việc với …"), or
        the last of those posts itself ("ông A, Trưởng Ban Tổ chức Trung ương
        làm việc với …")."""
        ctx = self.ctx
        if not k:
            return False
        lo, at = ctx.sentence_of(k).start, ctx.tokens[k].start
        if ctx.keys[k - 1] != ",":
            return any(lo <= post.span.start and post.span.end <= at and not ctx.doc.text[post.span.end:at].strip()
                       for p in self.persons for post in p.positions)
        return any(lo <= sp.start < at and at - sp.start < 200 for p in self.persons for sp in p.mentions)

    def _after_fronted_time(self, k: int) -> bool:
        """Token k follows the sentence's first comma, and what comes before
        it is a time adverbial ("Sáng 2/9,", "Chiều cùng ngày,")."""
        ctx = self.ctx
        s = ctx.sentence_of(k)
        head = ctx.doc.text[s.start:ctx.tokens[k].start].rstrip(" ,")
        return "," not in head and bool(find_dates(head)) and head.split()[0].casefold() in _TIME_HEADS

    def _is_verb_use(self, k: int) -> bool:
        ctx = self.ctx
        prev = ctx.keys[k - 1] if k else ""
        return not ctx.tokens[k].is_capitalised or prev in (",", "")

    def _nearest_type(self, k: int, found: list[tuple[int, str, int]]) -> str:
        """The kind of event "khai mạc", "bế mạc" open or close: one named in
        their sentence, else the last one named before ("Đại hội … Đồng chí
        X phát biểu khai mạc"), else a conference."""
        ctx = self.ctx
        lo = ctx.token_index(ctx.sentence_of(k).start)
        hi = ctx.token_index(ctx.sentence_of(k).end)
        for t in list(range(k, hi)) + list(range(k - 1, lo - 1, -1)):
            hit = ctx.match(ctx.gaz.event_types, t)
            if hit and self._reported_event(t, hit[0]):     # (not "Tiếp đó, …", "then")
                return hit[1].slug
        before = [slug for t, slug, _ in found if t < k]
        return before[-1] if before else "hoi-nghi"

    # ============================================================== dates
    def _date_events(self, drafts: list[_EventDraft]) -> None:
        """The main event takes the lede's date when its own sentences
        give none ("Sáng 5/4/2021, Quốc hội ..."), or today's when the
        article says "hôm nay"."""
        main = drafts[0]
        if main.date is None:
            doc_spans = self._document_mask()
            taken = {d.date for d in drafts if d.date}
            when = self._lede_date(doc_spans) or self._today()
            if when not in taken:
                main.date = when
        days = self._days_span()
        if days is not None and (main.date is None or days[0] <= main.date <= days[1]):
            main.date = days[0]     # a meeting of several days is dated by its first

    def _days_span(self) -> tuple[date, date] | None:
        """The first and last day of a meeting the lede says lasted several
        days ("Sau hai ngày làm việc (9 - 10/12/2024), …")."""
        ctx = self.ctx
        for s in ctx.doc.sentences[:6]:
            m = _DAYS_SPAN.search(s.text)
            if m is None:
                continue
            first, last, month = int(m.group(1)), int(m.group(2)), int(m.group(3))
            year = int(m.group(4)) if m.group(4) else (ctx.reference_date.year if ctx.reference_date else None)
            if year is None or not 1 <= month <= 12 or not 1 <= first < last <= 31:
                return None
            try:
                return date(year, month, first), date(year, month, last)
            except ValueError:
                return None
        return None

    def _today(self) -> date | None:
        """The day "hôm nay", "sáng nay" speak of: the dateline's ("(Đắk Lắk, 22/5/2024) Sáng nay, …"),
        else the day the article was published."""
        ctx = self.ctx
        text = ctx.doc.text.casefold()
        if not any(w in text for w in ("hôm nay", "sáng nay", "chiều nay", "tối nay")):
            return None
        line = _DATELINE.search(ctx.doc.text[:400])
        if line is not None:
            try:
                return date(int(line.group(3)), int(line.group(2)), int(line.group(1)))
            except ValueError:
                pass
        return ctx.doc.article.published

    def _candidate_dates(self, si: int, doc_spans) -> list[DateMention]:
        ctx = self.ctx
        s = ctx.doc.sentences[si]
        low = s.text.casefold()
        out = []
        if _said_as_planned(low):
            return out
        for dm in find_dates(s.text, s.start):
            if not dm.after_time_word:
                continue
            if dm.start in doc_spans:
                continue
            before = low[:dm.start - s.start]
            tail = before[-18:]
            if any(t in tail for t in _NOT_EVENT_TIME) and not dm.is_range:
                continue
            if "mai" in tail:
                continue
            if any(v in before for v in ("nêu rõ", "cho biết", "nhấn mạnh", "khẳng định")):
                continue
            out.append(dm)
        return out

    def _resolve(self, dm: DateMention, sentence: str) -> date | None:
        """The year of a day written without one: the article's, else one
        the text fixes for the event (annotation, Events: date)."""
        ref = self.ctx.reference_date
        if dm.year:
            return dm.resolve(None)
        if ref:
            return dm.resolve(ref.year - 1 if dm.month == 12 and ref.month == 1 else ref.year)
        return dm.resolve(self._year_from_text(dm, sentence))

    def _year_from_text(self, dm: DateMention, sentence: str) -> int | None:
        """An occasion that names its year in the sentence ("sơ kết quý
        III/2023"), the same day written in full elsewhere, a dated
        document the sentence adopts or announces ("thông qua Kế hoạch
        số 45 ngày 28/8/2022": the first such day on or after it), or an
        occasion the headline or lede names."""
        ctx = self.ctx
        year = occasion_year(sentence)
        if year:
            return year
        full = ctx.full_date_year(dm.day, dm.month)
        if full:
            return full
        s = ctx.doc.sentence_at(dm.start)
        for doc in self.documents:
            if doc.date and s.start <= doc.span.start < s.end:
                return doc.date.year + ((dm.month, dm.day) < (doc.date.month, doc.date.day))
        lede = " ".join(x.text for x in ctx.doc.sentences[:3])
        return occasion_year(lede)

    def _date_in_sentence(self, si: int, doc_spans) -> date | None:
        """The sentence's event date: of its dates that resolve, the one
        nearest the event word ("Ngày 15/11, UBKT thông tin, từ ngày 12 -
        14/11/2018, ... đã họp" is the meeting of the 12th)."""
        s = self.ctx.doc.sentences[si]
        resolved = [(dm, self._resolve(dm, s.text)) for dm in self._candidate_dates(si, doc_spans)]
        resolved = [(dm, when) for dm, when in resolved if when]
        if not resolved:
            return None
        anchor = self._event_word_offset(s)
        return min(resolved, key=lambda x: abs(x[0].start - anchor))[1]

    def _event_word_offset(self, s) -> int:
        ctx = self.ctx
        lo, hi = ctx.token_index(s.start), ctx.token_index(s.end)
        for k in range(lo, hi):
            if ctx.match(ctx.gaz.event_types, k) or (ctx.keys[k] in _EVENT_VERB_FIRST and any(
                    tuple(ctx.keys[k:k + len(w)]) == w for w in _EVENT_VERBS)):
                return ctx.tokens[k].start
        return s.start

    def _lede_date(self, doc_spans) -> date | None:
        """The lede's date ("Sáng 5/4/2021, Quốc hội ...") dates the main
        event when its sentences give none."""
        for si in range(min(4, len(self.ctx.doc.sentences))):
            when = self._date_in_sentence(si, doc_spans)
            if when:
                return when if self._tells_a_happening(si) else None
        return None

    def _tells_a_happening(self, si: int) -> bool:
        """The dated sentence reports something taking place: it names an
        event or a verb of one ("tổ chức", "diễn ra", "làm việc"), not only a
        text issued or a figure ("Ngày 5/3, UBND tỉnh ban hành …")."""
        ctx = self.ctx
        s = ctx.doc.sentences[si]
        lo, hi = ctx.token_index(s.start), ctx.token_index(s.end)
        if any(ctx.match(ctx.gaz.event_types, t) for t in range(lo, hi)):
            return True
        words = " " + " ".join(ctx.keys[lo:hi]) + " "
        return any(f" {v} " in words for v in _HAPPENING_VERBS)

    # ============================================================== roles
    def _roles(self) -> list[tuple[str, str, Span, int]]:
        ctx = self.ctx
        mentions: list[tuple[int, int, str, Span]] = []   # token start, token end, name, span
        for p in self.persons:
            for sp in p.mentions:
                i = ctx.token_index(sp.start)
                mentions.append((i, ctx.token_index(sp.end), p.name, sp))
        mentions.sort()
        out: list[tuple[str, str, Span, int]] = []
        mourned = self._mourned(mentions)
        for i, j, name, span in mentions:
            if name in mourned:
                continue        # the deceased at a funeral, or in the article, is at no event
            si = ctx.doc.sentence_index(ctx.tokens[i].start)
            s = ctx.doc.sentences[si]
            lo, hi = ctx.token_index(s.start), ctx.token_index(s.end)
            for role in self._roles_of(i, j, lo, hi, mentions):
                out.append((name, role, span, si))
        out.extend(self._back_references(mentions))
        return out

    def _roles_of(self, i: int, j: int, lo: int, hi: int, mentions) -> set[str]:
        ctx = self.ctx
        roles: set[str] = set()
        keys = ctx.keys
        if self._a_martyr(i, lo):
            return roles        # "truy tặng danh hiệu … cho liệt sĩ A": honoured, not there
        # Lists led by "Dự Hội nghị có ...", "Cùng chủ trì có các đồng chí: ..."
        lead = self._lead_roles(lo, i) or self._lead_of_item(lo)
        if lead:
            roles.update(lead)
        start = self._before_titles(i, lo)
        roles.update(self._of_roles(i, start, lo) or self._of_roles_of_the_list(i, start, lo, mentions))
        placed = self._object_of(start, lo, mentions)
        if placed in ("meet", "gift", "addressed"):
            roles.add(_PRESENT)      # the one met, handed a decision or flowers, or addressed
            return roles
        if placed == "object" or self._press_remark(lo, hi):
            return roles
        # What the person does: the first verb after the name and its titles.
        own = k = self._after_titles(j, hi)
        while k < hi:
            nxt = next((m for m in mentions if k <= m[0] < hi), None)
            if nxt is None or not (nxt[0] == k or self._joins_list(k, nxt[0])):
                break
            k = self._after_titles(nxt[1], hi)     # "A, B và C đã lần lượt ..."
        # "A; B cùng các đồng chí lãnh đạo, nguyên lãnh đạo … dự": past the companions; "A, … đại diện
        # (thay mặt) các tập thể, cá nhân được khen thưởng phát biểu": past those spoken for
        reach = 24 if k < hi and (keys[k] == "cùng" or keys[k:k + 2] in (["đại", "diện"], ["thay", "mặt"])) else 12
        if k == own or not self._item_s_own_clause(own, k, hi, mentions):
            roles.update(self._predicate_roles(keys[k:min(hi, k + reach)], k))
        if roles == {"attendee"} and self._joined_role(keys[k:min(hi, k + 24)], 0) == "speaker":
            roles.add("speaker")    # "dự Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh … và phát biểu"
        if not roles and ("gồm" in keys[lo:i] or ":" in keys[lo:i]):
            roles.update(self._roles_of_the_group(i, hi, mentions))
        if not roles and (any(tuple(keys[k:k + len(w)]) == w for w in _WITH_THE_GUESTS)
                          or self._leads_the_guests(start, lo)):
            roles.add(_PRESENT)     # "X cùng các đại biểu cắt băng khánh thành", "tiếp Đoàn … do X": shown there
        # "Phát biểu tại Hội nghị, đồng chí X nhấn mạnh", "Điều hành phiên họp, Phó Chủ tịch Quốc hội X cho biết"
        head = tuple(keys[lo:min(lo + 2, hi)])
        if lo < i and "," in keys[lo:i] and head in _FRONTED_ROLES and self._subject_of_the_clause(lo, i):
            roles.add(_FRONTED_ROLES[head])
        if roles <= {_PRESENT} and k < hi and keys[k] == "," and (start - 1 == lo and keys[lo] == "theo" or (
                keys[lo:lo + 3] == ["theo", "báo", "cáo"] and start - 1 == lo + 3 and keys[lo + 3] == "của")):
            roles = {"speaker"}     # "Theo (báo cáo của) đồng chí X, Phó Bí thư Tỉnh ủy, …": what X said there
        return roles

    def _mourned(self, mentions) -> set[str]:
        """The names the text mourns: the object of a funeral's words
        ("lễ tang đồng chí A, nguyên Bí thư …") or the subject of a death
        ("Đồng chí A, …, đã từ trần")."""
        ctx, out = self.ctx, set()
        words = set(ctx.keys)
        if not any(all(w in words for w in phrase) for phrase in _MOURNED_AFTER + _DEATH_VERBS):
            return out          # (no word of a funeral or a death in the text: none mourned)
        for i, j, name, _ in mentions:
            s = ctx.doc.sentences[ctx.doc.sentence_index(ctx.tokens[i].start)]
            lo, hi = ctx.token_index(s.start), ctx.token_index(s.end)
            start, k = self._before_titles(i, lo), self._after_titles(j, hi)
            if any(tuple(ctx.keys[start - len(w):start]) == w for w in _MOURNED_AFTER if start - len(w) >= lo) \
                    or any(tuple(ctx.keys[k:k + len(w)]) == w for w in _DEATH_VERBS):
                out.add(name)
        return out

    def _a_martyr(self, i: int, lo: int) -> bool:
        """Is the name at token i written after "liệt sĩ" ("Anh hùng liệt sĩ A")?"""
        return any(tuple(self.ctx.keys[i - len(w):i]) == w for w in _MARTYRS if i - len(w) >= lo)

    def _of_roles(self, i: int, start: int, lo: int) -> set[str]:
        """"dưới sự chủ trì của (đồng chí Tổng Bí thư, Chủ tịch nước) X",
        "yêu cầu của X": the role the noun before the name gives."""
        keys = self.ctx.keys
        roles: set[str] = set()
        before = tuple(keys[max(lo, i - 10):i])
        start = self._past_list_lead(start, lo)     # "dưới sự chủ trì của các đồng chí: A, …; B, …"
        if any(tuple(keys[max(lo, start - len(w)):start]) == w for w in _BETWEEN):
            roles.add("attendee")
        for words, role in _OF_ROLES:
            n = len(words)
            if tuple(keys[max(lo, start - n):start]) == words:
                roles.add(role)
                continue
            tail = before[-(n + 6):]
            if words[0] not in tail:
                continue        # (cheap test first, done in C)
            for t in range(len(tail) - n + 1):
                if tail[t:t + n] == words and self._only_title_between(i - (len(tail) - t - n), i):
                    roles.add(role)
        return roles

    def _past_list_lead(self, start: int, lo: int) -> int:
        """Back over "các đồng chí:", "các ông, bà:" before a list's first name."""
        keys = self.ctx.keys
        k = start - (start - 1 > lo and keys[start - 1] == ":")
        lead = persons_lead_ending_at(keys, k, lo)
        return k - lead if lead else start

    def _of_roles_of_the_list(self, i: int, start: int, lo: int, mentions) -> set[str]:
        """"có sự tham dự của ông A – …, đồng chí B – …, ông C – …": the
        names listed after the first take its role."""
        if not any(key in _OF_ROLE_ENDS for key in self.ctx.keys[lo:start]):
            return set()        # (cheap test first: no noun of a role before the list)
        earlier = [m for m in mentions if lo <= m[0] < start]
        while earlier:
            prev = earlier.pop()
            if not self._joins_list(self._after_titles(prev[1], start), start):
                return set()
            first = self._before_titles(prev[0], lo)
            roles = self._of_roles(prev[0], first, lo)
            if roles:
                return roles
            start = first
        return set()

    def _subject_of_the_clause(self, lo: int, i: int) -> bool:
        """Is the name at token i, with its titles, the first thing after the
        sentence's fronted phrase ("Tham luận tại Hội nghị, đồng chí X")?"""
        ctx = self.ctx
        comma = ctx.keys.index(",", lo, i) if "," in ctx.keys[lo:i] else None
        if comma is None or self._names_someone(lo, comma):
            return False        # a list after a lead: "Tham gia đoàn có …: A, B"
        start = self._before_titles(i, lo)
        # titles and ranks between: "…, Phó Chủ tịch Quốc hội, Thượng tướng X"
        return all(ctx.keys[t] == "," or ctx.tokens[t].is_capitalised or ctx.keys[t] in HONORIFIC_WORDS
                   for t in range(comma + 1, start))

    def _names_someone(self, a: int, b: int) -> bool:
        """Does a person's name start between tokens a and b?"""
        lo, hi = self.ctx.tokens[a].start, self.ctx.tokens[b].start
        return any(lo <= sp.start < hi for p in self.persons for sp in p.mentions)

    def _roles_of_the_group(self, i: int, hi: int, mentions) -> set[str]:
        """"Tổ đại biểu … gồm: A, <posts>; B, <posts> đã tiếp xúc cử tri": the
        verb after the last member of the list is every member's."""
        last = [m for m in mentions if i < m[0] < hi]
        if not last:
            return set()
        k = self._after_titles(last[-1][1], hi)
        return self._predicate_roles(self.ctx.keys[k:min(hi, k + 12)], k)

    @_remembered
    def _press_remark(self, lo: int, hi: int) -> bool:
        """"Trao đổi với phóng viên / với báo X, …", "trả lời phỏng vấn":
        words said to the press, not at the event."""
        words = self.ctx.keys[lo:hi]
        return tuple(words[:3]) == ("trao", "đổi", "với") or any(
            has_phrase(words, p) for p in (("trả", "lời", "phỏng", "vấn"), ("với", "phóng", "viên"), ("phỏng", "vấn")))

    def _object_of(self, start: int, lo: int, mentions) -> str | None:
        """What a name beginning (with its titles) at ``start`` is the object
        of: "meet" (tiếp, gặp, hội đàm với), "gift" (trao quyết định cho,
        tặng hoa chúc mừng), "object" (another verb that takes a person), or
        None. A name coordinated with an earlier one ("tiếp bà A, Đại sứ X và
        ông B") is the object of the same verb."""
        ctx = self.ctx
        household = start - 2 > lo and ctx.keys[start - 2:start] == ["gia", "đình"]
        if household:
            start -= 2          # "thăm, tặng quà gia đình bà A": A, visited at home
            if ctx.keys[start - 1] in (",", ";", "và") and self._an_earlier_gift(start, lo, mentions):
                return "gift"   # "tặng quà gia đình ông A, …; gia đình bà B, … và gia đình ông C": each home visited
        if self._verb_ending_at(start, lo, _MEET_VERBS):
            return "meet"
        to = start - 1 - (start - 2 > lo and (ctx.tokens[start - 1].text.isdigit() or ctx.keys[start - 1] in NUMBER_WORDS))
        if self._verb_ending_at(start, lo, _GIFT_VERBS) or (
                to > lo and ctx.keys[to] == "cho"       # ("trao huy hiệu … cho 2 đồng chí A và B")
                and any(ctx.keys[t] in ("trao", "tặng") for t in range(max(lo, to - 16), to))) \
                or self._listed_recipient(start, lo) or self._named_in_the_decision_handed(start, lo):
            # (not "Quyết định sẽ được trao cho ông A tại Hà Nội": handed over later, elsewhere)
            return "object" if self._planned_before(start) else "gift"
        if self._verb_ending_at(start, lo, _OBJECT_VERBS):
            # "đề nghị đồng chí A, tân Bí thư Tỉnh ủy, sớm …": a comrade the speech addresses is there
            addressed = self._verb_ending_at(start, lo, _ADDRESSING) and ctx.keys[start:start + 2] == ["đồng", "chí"]
            return "addressed" if addressed else "object"
        t = start
        name_ends = {m[1] for m in mentions}
        while t > lo and t not in name_ends and (ctx.keys[t - 1] in (",", "và", ";") or ctx.keys[t - 1] in HONORIFIC_WORDS):
            t -= 1          # (not into a name that ends in such a word: "Hoàng Nam Trung và …")
        fronted = any(ctx.keys[lo:lo + len(v)] == list(v) for v in _MEET_VERBS) and "và" not in ctx.keys[t:start]
        if t < start and any(ctx.keys[u] in (",", "và", ";") for u in range(t, start)) and not fronted:
            # (not "Tiếp ông A, Thủ tướng B đề nghị": the verb opened the sentence, B is its subject)
            earlier = next((m for m in mentions if lo <= m[0] < t and self._after_titles(m[1], start) == t), None)
            if earlier is not None:
                what = self._object_of(self._before_titles(earlier[0], lo), lo, mentions)
                # past a ";" only those handed something: "trao Huân chương tặng A, <post>; B, <post>"
                return what if what == "gift" or ";" not in ctx.keys[t:start] else None
        return None

    def _an_earlier_gift(self, start: int, lo: int, mentions) -> bool:
        """Is a name earlier in the sentence, before ``start``, handed a gift?"""
        return any(self._object_of(self._before_titles(m[0], lo), lo, mentions) == "gift"
                   for m in mentions if lo <= m[0] and m[1] <= start)

    def _named_in_the_decision_handed(self, start: int, lo: int) -> bool:
        """Is the name at ``start`` the one a decision handed over names ("trao
        Quyết định số 85/QĐ-UBND … về việc điều động, bổ nhiệm bà A"), in
        the clause that hands it?"""
        keys = self.ctx.keys
        if not self._verb_ending_at(start, lo, _NAMED_BY_THE_DECISION):
            return False
        for t in range(start - 2, max(lo, start - 30) - 1, -1):
            if keys[t] in (";", ".", ":"):
                return False
            if keys[t:t + 3] == ["trao", "quyết", "định"]:
                return True
        return False

    def _leads_the_guests(self, start: int, lo: int) -> bool:
        """"tiếp Đoàn đại biểu tỉnh X do đồng chí A …": the head of the
        delegation received is there."""
        keys = self.ctx.keys
        if start - 1 <= lo or keys[start - 1] != "do":
            return False
        guests = next((t for t in range(start - 2, max(lo, start - 18), -1) if keys[t] == "đoàn"), None)
        return guests is not None and self._verb_ending_at(guests, lo, _MEET_VERBS)

    def _listed_recipient(self, start: int, lo: int) -> bool:
        """Is the name at ``start`` in the list of those something is handed
        to: "trao Bằng khen cho các cá nhân, gồm: anh A, …; chị B", "tặng
        Giấy khen cho …, trong đó có đồng chí A"?"""
        keys = self.ctx.keys
        colon = next((t for t in range(start - 1, lo, -1) if keys[t] == ":"), None)
        if colon is not None and any(keys[t] in ("trao", "tặng") or keys[t:t + 3] == ["nhận", "quyết", "định"]
                                     for t in range(self._handing_reach(colon, lo), colon)):
            # "trao quyết định bổ nhiệm người đứng đầu các đơn vị này: bà A, …; ông B, …", "Lãnh đạo xã
            # nhận quyết định tại buổi lễ gồm: đồng chí A - …; đồng chí B - …"
            return True
        if keys[start - 3:start] == ["trong", "đó", "có"] and start - 3 > lo:
            # "đến thăm, tặng quà gia đình chính sách …, trong đó có ông A": one of those handed gifts
            gift = next((t for t in range(start - 4, max(lo, start - 30) - 1, -1)
                         if keys[t] in (";", ":") or self._verb_ending_at(t + 1, lo, _GIFT_VERBS)), None)
            if gift is not None and keys[gift] not in (";", ":"):
                return True
        to = next((t for t in range(start - 1, lo, -1) if keys[t] == "cho"), None)
        if to is None or not any(keys[t] in ("trao", "tặng") for t in range(self._handing_reach(to, lo), to)):
            return False
        between = keys[to:start]
        return "gồm" in between or ":" in between or any(
            between[t:t + 3] == ["trong", "đó", "có"] for t in range(len(between)))

    def _handing_reach(self, k: int, lo: int) -> int:
        """How far back from token k the verb of handing over may stand:
        fifteen words, and past the decision the award is given under ("trao
        Huân chương Lao động hạng Ba theo Quyết định số 1890/QĐ-CTN ngày
        20/12/2024 cho 2 cá nhân:")."""
        reach = max(lo, k - 15)
        cited = [t for d in self.documents for sp in (d.mentions or [d.span])
                 if reach <= (t := self.ctx.token_index(sp.start)) < k]
        return max(lo, min(cited) - 15) if cited else reach

    @_remembered
    def _before_titles(self, i: int, lo: int) -> int:
        """Start of the titles and honorifics written before a name."""
        return self._skip_honorific(self._titles_start(i, lo), lo)

    def _title_ending_at(self, k: int, lo: int) -> Post | None:
        """The title that ends at token k, begun at most twenty words before
        (looked for only where a title may begin)."""
        starts = self.posts.starts()
        return next((p for t in starts[bisect_left(starts, max(lo, k - 20)):bisect_left(starts, k)]
                     if (p := self._post(t, k)) is not None and p.end == k), None)

    def _titles_start(self, i: int, lo: int) -> int:
        k = gloss_start(self.ctx, self._skip_honorific(i, lo), lo)
        while k > lo:
            post = self._title_ending_at(k, lo)
            if post is None:
                break
            k = post.start
            while k > lo and self.ctx.keys[k - 1] in BEFORE_A_TITLE:
                k -= 1
            k = self._skip_honorific(k, lo)
            if k - 1 > lo and self.ctx.keys[k - 1] == ",":
                earlier = self._title_ending_at(k - 1, lo)
                if earlier is None or (_foreign(earlier) and not _foreign(post)):
                    break
                k = earlier.start
        return k

    def _skip_honorific(self, k: int, lo: int) -> int:
        """Back past the honorific written before token k, an abbreviated
        degree with its dot too ("cho TS. Vũ Tuấn Cường", "cho BSCKII A")."""
        end = k - 1 if k - 1 > lo and self.ctx.keys[k - 1] == "." else k
        for n in range(LONGEST_HONORIFIC, 0, -1):
            if end - n >= lo:
                hit = self.ctx.match(_HONORIFIC_PHRASES, end - n)
                if hit and hit[0] == n and (end == k or not self.ctx.tokens[end - 1].text.islower()):
                    return end - n
        return degrees_start(self.ctx.keys, k, lo)

    def _verb_ending_at(self, k: int, lo: int, verbs: list[tuple[str, ...]]) -> bool:
        if k <= lo:
            return False
        keys = self.ctx.keys
        last = keys[k - 1]      # (cheap test first: the verb's last word)
        return any(v[-1] == last and k - len(v) >= lo and tuple(keys[k - len(v):k]) == v for v in verbs)

    def _item_s_own_clause(self, own: int, k: int, hi: int, mentions) -> bool:
        """Is the verb at token k, past items of a ";" list from token
        ``own`` on, the clause of the last item only, the list going on after
        it ("A, …; B, … — chủ tọa kỳ họp; C, …"), not the earlier names'?"""
        keys = self.ctx.keys
        if ";" not in keys[own:k]:
            return False        # ("A, B và C dự; D chủ trì": the verb of all three)
        semicolon = next((t for t in range(k, hi) if keys[t] == ";"), None)
        return semicolon is not None and any(semicolon < m[0] < hi for m in mentions)

    def _joins_list(self, k: int, nxt: int) -> bool:
        """Only list separators and titles between two names."""
        ctx = self.ctx
        if nxt <= k or ctx.keys[k] not in (",", "và", ";", "cùng"):
            return False        # ("A, Bí thư …, cùng các Phó Bí thư: B, C chủ trì")
        t = k + 1
        while t < nxt:
            if ctx.keys[t] in (",", "và", ";", ":", "các", "những") or ctx.keys[t] in HONORIFIC_WORDS:
                t += 1          # "…, và ông B", "… và Đại tá B", "…; các Phó Bí thư Tỉnh ủy: B"
                continue
            close = next((u for u in range(t + 1, min(nxt, t + 5)) if ctx.keys[u] == ")"), None) \
                if ctx.keys[t] == "(" else None
            if close is not None:
                t = close + 1   # a title's letters: "… Chủ tịch UBND Thành phố Hồ Chí Minh (TP.HCM) B"
                continue
            post = self._post(t, nxt)
            if post is None:
                return False
            t = post.end
        return True

    def _lead_roles(self, lo: int, i: int) -> tuple[str, ...] | None:
        """Roles of a list that the sentence, or the clause after its last
        ";" ("…; cùng điều hành có …"), opens with."""
        keys = self.ctx.keys
        clause = next((t + 1 for t in range(i - 1, lo - 1, -1) if keys[t] == ";"), lo)
        lead = (self._lead_at(clause, i) if clause > lo else None) or self._lead_at(lo, i)
        if lead is None and keys[lo:lo + 1] == ["về"]:     # "Về lãnh đạo tỉnh X, tham dự hội nghị có …"
            comma = next((t for t in range(lo + 1, min(i, lo + 12)) if keys[t] == ","), None)
            lead = self._lead_at(comma + 1, i) if comma is not None else None
        if lead is None:
            # "nhiều đại biểu phát biểu tham luận, trong đó có đồng chí A, …": the speakers named
            among = next((t for t in range(lo + 1, i - 2) if keys[t - 1:t + 3] == [",", "trong", "đó", "có"]), None)
            if among is not None and self._has_verb(keys[lo:among], _SPEAK) \
                    and any(keys[t:t + 2] in (["đại", "biểu"], ["ý", "kiến"]) for t in range(lo, among)):
                lead = ("speaker",)
        if lead is None:
            # "Phiên thảo luận có các diễn giả: ông A, …; bà B, …": the speakers listed
            colon = next((t for t in range(lo + 2, i) if keys[t] == ":"), None)
            if colon is not None and keys[colon - 2:colon] in (["diễn", "giả"], ["tham", "luận"]):
                lead = ("speaker",)     # ("… các đại biểu đã nghe các tham luận: nhà báo A, …; bà B, …")
        if lead is None and self._receivers_there(lo, i):
            lead = (_PRESENT,)
        if lead is None and tuple(keys[lo:lo + 2]) in _GROUP_SUBJECTS:
            # "Lãnh đạo TP.HCM đến dự Đại hội có: …": the guests' group, then the lead verb
            verb = next((t for t in range(lo + 2, min(i, lo + 12)) if keys[t] in _ATTEND_FIRST_WORDS
                         or keys[t] in (",", ";", ":")), None)
            lead = self._lead_at(verb, i) if verb is not None and keys[verb] in _ATTEND_FIRST_WORDS else None
            lead = lead if lead == ("attendee",) else None
        return lead

    def _receivers_there(self, lo: int, i: int) -> bool:
        """Does the sentence open with who receives an honour at the event,
        then list them ("Các cá nhân lên nhận Bằng khen tại hội nghị có: A,
        …", "Nhận Huy hiệu 60 năm tuổi Đảng tại buổi lễ có các đồng chí: …")?
        Receiving there, or going up to receive, puts them at it; a bare list
        of those honoured ("Các cá nhân được khen thưởng có: …") does not."""
        keys = self.ctx.keys
        lead_end = next((t for t in range(lo, i) if keys[t] in ("có", "gồm", ":", ";", ".")), i)
        if lead_end == i or keys[lead_end] in (";", "."):
            return False
        for t in range(lo, lead_end):
            if not self._handed(keys[t:lead_end], 0):
                continue
            went_up = t > lo and keys[t - 1] == "lên"
            at_event = any(keys[u] == "tại" and self.ctx.match(self.ctx.gaz.event_types, u + 1)
                           or keys[u:u + 2] == ["tại", "buổi"] for u in range(t + 1, lead_end))
            return went_up or at_event
        return False

    def _lead_at(self, k: int, i: int) -> tuple[str, ...] | None:
        ctx = self.ctx
        # skip "Sáng 8/12, tại X," before the lead verb
        while k < i and (ctx.keys[k] in ("buổi", "sáng", "chiều", "tối", "ngày", "tại", ",", "hôm", "nay", "trưa")
                         or ctx.tokens[k].text[:1].isdigit() or ctx.keys[k] in ("/", "-", ".")):
            if ctx.keys[k] == "tại":
                comma = next((t for t in range(k + 1, min(i, k + 12)) if ctx.keys[t] == ","), None)
                has = next((t for t in range(k + 1, min(i, k + 12)) if ctx.keys[t] == "có"), None)
                if has is not None and (comma is None or has < comma) and ctx.keys[k + 1:k + 3] == ["điểm", "cầu"]:
                    return ("attendee",)        # "Tại điểm cầu TP Hồ Chí Minh có ông A, Giám đốc Sở Y tế; …"
                k = comma if comma is not None else k       # "Tại điểm cầu tỉnh Lạng Sơn, dự Hội nghị có …"
            k += 1
        for words, roles in _LEAD_ROLES:
            if tuple(ctx.keys[k:k + len(words)]) == words:
                rest = ctx.keys[k + len(words):i]
                if "có" in rest or "gồm" in rest or "là" in rest[:5] or (words == ("tham", "luận") and rest[-1:] == [":"]) \
                        or self._list_after_a_colon(rest):
                    return roles        # ("Chủ tọa phiên tòa là bà A": the one named after "là")
                # "Dự Đại hội ..., Tổng Bí thư Tô Lâm đề nghị": the subject
                # after the comma is the one who attended (not "Tham gia giải trình, …": a speaker's).
                if "," in rest and "attendee" in roles and words != ("tham", "gia") \
                        and self._first_after_comma(k + len(words), i):
                    return ("attendee",)
                return None
        return None

    @staticmethod
    def _list_after_a_colon(rest: list[str]) -> bool:
        """Does the lead go on to a colon within a few words, the list after it
        ("Đồng chủ trì hội thảo: GS.TS A, …; ông B, …")?"""
        colon = next((t for t, key in enumerate(rest[:8]) if key in (":", ",", ";", ".")), None)
        return colon is not None and rest[colon] == ":"

    def _lead_of_item(self, lo: int) -> tuple[str, ...] | None:
        """An item of a list set out line by line ("- Đồng chí A, …;")
        takes the roles of the line that leads it ("Dự hội nghị có:")."""
        ctx = self.ctx
        lead = ctx.lead_of_items(lo)
        return self._lead_roles(ctx.token_index(lead.start), ctx.token_index(lead.end)) if lead else None

    def _first_after_comma(self, k: int, i: int) -> bool:
        ctx = self.ctx
        last_comma = max(t for t in range(k, i) if ctx.keys[t] == ",")
        return self._before_titles(i, last_comma + 1) == last_comma + 1

    def _only_title_between(self, a: int, b: int) -> bool:
        """Between "của" and the name: nothing but a title or an honorific."""
        ctx = self.ctx
        if a >= b:
            return True
        return not any(ctx.keys[t] in (";", ".", ":") for t in range(a, b))

    @_remembered
    def _after_titles(self, j: int, stop: int) -> int:
        """Skip the titles written after the name, an aside in parentheses, and titles after the aside."""
        ctx = self.ctx
        k = self._past_titles(j, stop)
        while (described := self._past_description(k, stop)) > k:
            k = self._past_titles(described, stop)  # "A, Bí thư Chi bộ bản X, người dân tộc Thái, cho biết"
        if k < stop and ctx.keys[k] == "(":
            # an aside ("A (được giao thực hiện nhiệm vụ của Tổng Thư ký Quốc hội) đã trình bày"), and the
            # titles after it ("đại biểu A (đoàn Bắc Ninh), Ủy viên Ủy ban Kinh tế và Tài chính, tranh luận")
            close = next((t for t in range(k + 1, min(stop, k + 25)) if ctx.keys[t] in (")", "(")), None)
            if close is not None and ctx.keys[close] == ")":
                k = self._past_titles(close + 1, stop)
        return k

    def _past_description(self, k: int, stop: int) -> int:
        """Past a description of who someone is, between commas after the
        name: a calling or standing ("sinh viên ngành Sư phạm Toán", "người
        dân tộc Thái ở thị xã Nghĩa Lộ", "quê Hà Tĩnh"), with the body it is
        of ("…, Trường Đại học Sư phạm,"); k itself when there is none."""
        ctx = self.ctx
        if k + 1 >= stop or ctx.keys[k] != "," or not any(
                " ".join(ctx.keys[k + 1:k + 1 + n]) in _DESCRIPTION_HEADS for n in (1, 2, 3, 4)):
            return k
        end = next((t for t in range(k + 2, min(stop, k + 16)) if ctx.keys[t] in (",", ";", ".", ":")), None)
        if end is None or ctx.keys[end] != ",":
            return k
        # the places it goes on with ("người có uy tín bản Pha Khinh, xã Chiềng Ơn, huyện Quỳnh Nhai phát biểu")
        while (place := ctx.place_at(end + 1, stop)) is not None and ctx.keys[end + 1] in PLACE_WORD_STARTS:
            if place[0] >= stop or ctx.keys[place[0]] != ",":
                return place[0]
            end = place[0]
        body = self.posts.orgs.parse(end + 1, stop) if end + 1 < stop else None
        return body.end if body is not None and body.end < stop and ctx.keys[body.end] == "," else end

    def _past_titles(self, j: int, stop: int) -> int:
        ctx = self.ctx
        k = j
        while k < stop and (ctx.keys[k] in (",", "-", "(", "kiêm") or k == j and self._lowercase_title_at(k, stop)):
            at = k + (ctx.keys[k] in (",", "-", "(", "kiêm"))      # ("Bí thư Đảng ủy kiêm Chủ tịch HĐND xã")
            at += 2 * (ctx.keys[at:at + 2] in (["nay", "là"], ["hiện", "là"]))   # "nguyên X, nay là Y"
            post = self._post(at, stop)
            if post is None:
                break
            k = post.end
            posted = ctx.place_at(k + 1, stop) if k + 1 < stop and ctx.keys[k] == "tại" else None
            if posted is not None:
                k = posted[0]       # "Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh": where the envoy sits
            if k < stop and ctx.keys[k] == ")":
                k += 1
            if post.org is not None and post.org.kind is None and k + 1 < stop and ctx.keys[k] == ",":
                parent = self.posts.orgs.parse(k + 1, stop)
                if parent is not None and not parent.leadership:
                    k = parent.end      # "Vụ trưởng Vụ Tổ chức cán bộ, Bộ Y tế", "Trưởng phòng X, Sở Y tế": its parent
        return k

    def _lowercase_title_at(self, k: int, stop: int) -> bool:
        """"Đồng chí A ủy viên BCH TW Đảng, Bí thư Tỉnh ủy đã tới dự": a title of
        a body written straight after the name, with no comma."""
        token = self.ctx.tokens[k]
        if not token.is_word or token.is_capitalised:
            return False
        post = self._post(k, stop)
        return post is not None and post.body is not None

    @staticmethod
    def _verb_at(words: list[str], t: int, verbs: list[tuple[str, ...]]) -> int:
        """Length of a verb of ``verbs`` at position t of ``words``, or 0."""
        index = _VERBS_BY_FIRST_WORD.get(id(verbs))
        for v in (index.get(words[t], ()) if index is not None and t < len(words) else verbs):
            n = len(v)
            if tuple(words[t:t + n]) == v and not (
                    v[-1] == "dự" and t + n < len(words) and words[t + n] in _NOT_ATTEND_AFTER) and not (
                    v == ("trao",) and words[t + 1:t + 2] == ["đổi"]):      # "trao đổi": talking, not handing
                return n
        return 0

    def _inside_body_name(self, k: int) -> bool:
        ctx = self.ctx
        for start in range(max(0, k - 3), k):
            if ctx.tokens[start].is_capitalised:
                org = self.posts.orgs.parse(start, len(ctx.tokens))
                if org is not None and org.end > k:
                    return True
        return False

    def _new_subject(self, k: int) -> bool:
        """A body or a place at token k with an auxiliary after it starts a clause of its own."""
        ctx = self.ctx
        if not ctx.tokens[k].is_capitalised:
            return False
        org = self.posts.orgs.parse(k, len(ctx.tokens))
        end = org.end if org is not None else (place[0] if (place := ctx.place_at(k)) else None)
        return end is not None and end < len(ctx.tokens) and ctx.keys[end] in ("đã", "đang", "sẽ", "vừa", "cũng")

    def orgs_parse(self, k: int) -> bool:
        """A body is named at token k."""
        ctx = self.ctx
        return k < len(ctx.tokens) and ctx.tokens[k].is_capitalised and self.posts.orgs.parse(k, len(ctx.tokens)) is not None

    def _verb_length(self, words: list[str], verbs: list[tuple[str, ...]]) -> int:
        """Where the first of ``verbs`` in ``words`` ends."""
        return next((t + n for t in range(len(words)) if (n := self._verb_at(words, t, verbs))), 0)

    def _has_verb(self, words: list[str], verbs: list[tuple[str, ...]]) -> bool:
        return any(self._verb_at(words, t, verbs) for t in range(len(words)))

    def _predicate_roles(self, words: list[str], at: int = 0) -> set[str]:
        """Roles of the first verb of the predicate, and of a verb joined to
        it ("chủ trì và phát biểu chỉ đạo"). Not from a verb in the future
        ("sẽ cùng …"), flowers given with wishes ("tặng hoa chúc mừng"), or
        running a body ("điều hành Công an tỉnh")."""
        table = (("chair", _CHAIR), ("speaker", _SPEAK), ("attendee", _ATTEND))
        if words[:1] == ["bị"]:
            return set()        # "Ông A bị Ủy ban Kiểm tra kiểm tra và kết luận": what others did to A
        for t in range(len(words)):
            if words[t] in (";", ":") or words[t] == "sẽ" or words[t:t + 2] in (["được", "giao"], ["được", "phân"]):
                break                    # ("được giao phụ trách, điều hành hoạt động của Sở": a duty assigned)
            if t and words[t - 1] == "," and self._new_subject(at + t):
                break                    # "…, Quốc hội đã biểu quyết …": a body, the subject of a new clause
            if self.ctx.tokens[at + t].is_capitalised and (self._inside_body_name(at + t) or t > 0):
                continue                 # "Sở Thông tin và Truyền thông", "Hứa Trọng Nghị": a name, not a verb
            if words[t] == "gửi" and t + 1 < len(words) and words[t + 1] in _SENT_FROM_AFAR:
                return set()             # "… đã gửi lẵng hoa chúc mừng": wishes sent from afar
            if self._verb_at(words, t, _SHOWN_THERE):
                return {_PRESENT}        # "Ban Thường trực khóa mới gồm A, B ra mắt đại hội": shown there
            led = self._verb_at(words, t, _LEADING)
            leads = bool(led) and not self._planned_before(at)
            if leads and (role := self._delegation_s_verb(words, t + led, at)):
                return {role}            # "do X làm trưởng đoàn đã đến thăm …", "… đã chủ trì buổi làm việc"
            if self._verb_at(words, t, _HANDING) or self._receives(words, t, at) or self._handed(words, t) or leads:
                # handing over a decision or flowers; leading a delegation; receiving a guest; and
                # speaking after it ("trao Kỷ niệm chương cho các cá nhân và nhấn mạnh …")
                joined = self._joined_role(words, t)
                return {joined} if joined else {_PRESENT}
            for role, verbs in table:
                n = self._verb_at(words, t, verbs)
                if not n:
                    continue
                if t and words[t - 1] == "từng":
                    return set()         # "…, từng tham gia chiến đấu ở …": a life told, not this event
                if role == "chair" and self.orgs_parse(at + t + n):
                    continue             # "điều hành Công an Thành phố": running a body, not a meeting
                if role == "attendee" and words[t:t + n] == ["tham", "gia"] and self.orgs_parse(at + t + n):
                    continue             # "tham gia Ban Thường vụ Tỉnh ủy": joining a body, not attending
                roles = {role}
                u = self._past_object(words, t + n)
                while u < len(words) and words[u] in ("và", ","):
                    for role2, verbs2 in table:
                        m = self._verb_at(words, u + 1, verbs2)
                        if m:
                            roles.add(role2)
                            u += m
                            break
                    else:
                        break
                    u += 1
                return roles
        return set()

    def _joined_role(self, words: list[str], t: int) -> str | None:
        """The role of a chairing or speaking verb joined by "và" or "đồng
        thời" to the predicate that starts at word t, in its clause ("đến
        thăm và chủ trì buổi làm việc", "trao … cho các cá nhân và nhấn
        mạnh …"; not good wishes, "… và chúc mừng bà B")."""
        for u in range(t + 1, min(len(words) - 1, t + 20)):
            if words[u] in (".", ":", "sẽ") or (words[u] == ";" and words[u + 1:u + 3] != ["đồng", "thời"]):
                return None
            if words[u] == "và" or words[u - 1:u + 1] == ["đồng", "thời"]:
                if self._verb_at(words, u + 1, _CHAIR):
                    return "chair"
                if self._verb_at(words, u + 1, _SPEAK) and not self._verb_at(words, u + 1, _GIFT_VERBS):
                    return "speaker"
        return None

    def _delegation_s_verb(self, words: list[str], u: int, at: int) -> str | None:
        """The role the delegation's own verb, right after who leads it, gives
        its head: attending ("… dẫn đầu đã đến thăm", "… làm trưởng đoàn dự
        lễ") or chairing ("… làm Trưởng đoàn đã chủ trì buổi làm việc")."""
        while u < len(words) and words[u] in ("đã", "vừa", "có", ","):
            u += 1
        if self._verb_at(words, u, _ATTEND):
            return "attendee"
        n = self._verb_at(words, u, _CHAIR)
        return "chair" if n and not self.orgs_parse(at + u + n) else None     # (not "điều hành Công an tỉnh")

    def _planned_before(self, at: int) -> bool:
        """Does the clause before token ``at`` say it is yet to happen ("đoàn sẽ do ông A dẫn đầu")?"""
        keys = self.ctx.keys
        t = at - 1
        while t >= 0 and keys[t] not in (".", ";", "!", "?") and at - t < 40:
            if keys[t] == "sẽ" or keys[t:t + 2] == ["dự", "kiến"]:
                return True
            t -= 1
        return False

    def _receives(self, words: list[str], t: int, at: int) -> bool:
        """"(đã) tiếp Đoàn …", "tiếp ông A", "làm việc với Ban Thường vụ
        Tỉnh ủy", "đến thăm": the subject receives a guest, works with a body
        or pays a visit (an inspection too), and is there ("tiếp tục" goes on, "tiếp xúc cử tri" meets voters)."""
        if words[t:t + 3] == ["làm", "việc", "với"]:
            # "làm việc với Ban Thường vụ …", "… với tỉnh Quảng Trị", "… với lãnh đạo tỉnh"
            return t + 3 < len(words) and (words[t + 3] in HONORIFIC_WORDS or words[t + 3] in _HOSTS_BY_PLACE
                                           or self.ctx.tokens[at + t + 3].is_capitalised)
        if words[t:t + 2] == ["đến", "thăm"] or words[t + 1:t + 3] in (["kiểm", "tra"], ["khảo", "sát"]) \
                and words[t] in ("đến", "đi"):
            return True         # "… đến thăm và tặng quà các hộ gia đình", "đến kiểm tra …": a visit, made there
        return words[t] == "tiếp" and t + 1 < len(words) and (
            words[t + 1] in HONORIFIC_WORDS or self.ctx.tokens[at + t + 1].is_capitalised)

    def _handed(self, words: list[str], t: int) -> bool:
        """"(thay mặt …) nhận quà", "đón nhận Huân chương Lao động": the
        subject receives what is handed over, there."""
        n = self._verb_at(words, t, _RECEIVING)
        return bool(n) and (t == 0 or words[t - 1] not in ("ghi", "xác", "tiếp")) \
            and bool(self._verb_at(words, t + n, _HANDED_THINGS))

    @staticmethod
    def _past_object(words: list[str], u: int) -> int:
        """Past a short object of the verb ("chủ trì hội nghị và phát biểu"):
        the next "và" within four words, if only words come before it."""
        for v in range(u, min(len(words), u + 5)):
            if words[v] == "và":
                return v
            if not words[v].isalpha():
                break
        return u

    def _back_references(self, mentions) -> list[tuple[str, str, Span, int]]:
        """"Chủ tịch Quốc hội cho biết", "Thường trực Ban Bí thư đánh giá":
        a title alone stands for the one person the article gave it."""
        ctx = self.ctx
        covered = set()
        for i, j, _, _ in mentions:
            # a name, the titles before it and those written after it
            covered.update(range(max(0, i - 12), self._after_titles(j, len(ctx.tokens)) + 1))
        out = []
        for k in self.posts.starts():      # (only where a title may begin)
            if k in covered or not ctx.tokens[k].is_word or (k > 0 and ctx.tokens[k - 1].is_capitalised
                                                               and ctx.tokens[k - 1].is_word):
                continue        # inside a longer title ("Phó Giám đốc"): not one of its own
            if any(w in ("các", "những", "vị", "quý") for w in ctx.keys[max(0, k - 2):k]):
                continue        # "các vị đại biểu HĐND tỉnh": many, not the one
            post = self._post(k, len(ctx.tokens))
            if post is None or post.end - k < 2:
                continue
            s = ctx.sentence_of(k)
            hi = ctx.token_index(s.end)
            words = ctx.keys[post.end:min(hi, post.end + 4)]
            if words[:1] in ([";"], [","]) or ctx.keys[k - 1:k] in (["chức"], ["danh"], ["vụ"], ["làm"]):
                continue        # "… được bầu giữ chức danh Ủy viên UBND tỉnh; đề nghị …": a post given, no subject
            role = next((r for r, vs in (("chair", _CHAIR), ("speaker", _SPEAK)) if self._has_verb(words[:3], vs)),
                        None)
            if role is None or (role == "chair" and self.orgs_parse(post.end + self._verb_length(words, _CHAIR))):
                continue
            body = post.body.name.casefold() if post.body else None
            holders = [p for p in self.persons if any(
                pos.role == post.role.slug and (body is None or pos.org.name.casefold().startswith(body))
                for pos in p.positions)]
            if len(holders) == 1:
                span = Span(ctx.tokens[k].start, ctx.tokens[post.end - 1].end)
                out.append((holders[0].name, role, span, ctx.doc.sentence_index(s.start)))
        return out

    def _appointees(self) -> list[tuple[str, str, Span, int]]:
        """At a ceremony that announces appointments ("công bố quyết định"),
        the appointees attend."""
        ctx = self.ctx
        text = ctx.doc.text.casefold()
        if not any(p in text for p in ("công bố quyết định", "công bố các quyết định", "trao quyết định")):
            return []
        if self._main_type not in ("le", "hoi-nghi"):
            return []
        promoted = [m.end() for m in _PROMOTED_TO.finditer(text)]
        out = []
        for p in self.persons:
            if any(pos.status == "appointed" for pos in p.positions):
                out.append((p.name, _PRESENT, p.span, ctx.doc.sentence_index(p.span.start)))
                continue
            # "thăng quân hàm … đối với các đồng chí: A, B": the officers promoted
            at = next((sp for sp in p.mentions for end in promoted
                       if end <= sp.start and ctx.doc.sentence_index(sp.start) == ctx.doc.sentence_index(end - 1)), None)
            if at is not None:
                out.append((p.name, _PRESENT, at, ctx.doc.sentence_index(at.start)))
        return out

    # ========================================================== documents
    def _documents(self, events: list[EventMention], drafts: list[_EventDraft], by_sentence) -> None:
        ctx = self.ctx
        for doc in self.documents:
            si = ctx.doc.sentence_index(doc.span.start) if ctx.doc.sentences else -1
            if si in by_sentence or doc.adopted:
                ev = events[by_sentence.get(si, 0)]
                if doc.key not in ev.documents:
                    ev.documents.append(doc.key)
                if doc.adopted and doc.date is None and ev.date and \
                        ctx.gaz.doc_type_by_label.get((doc.type or "").casefold()) and \
                        ctx.gaz.doc_type_by_label[(doc.type or "").casefold()].slug in (
                            "luat", "bo-luat", "nghi-quyet", "phap-lenh"):
                    doc.date = ev.date
