"""The header of a legal text as the official format lays it out (Decree
30/2020/NĐ-CP for State bodies, Party rules for Party ones): the issuing
body top left, "Số: 47/2016/QĐ-UBND", "Hậu Giang, ngày 27 tháng 12 năm
2016", the type in capitals ("QUYẾT ĐỊNH") with the subject under it, and the
issuing authority again before the legal basis ("ỦY BAN NHÂN DÂN TỈNH HẬU
GIANG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "THỦ TƯỚNG CHÍNH PHỦ"). A page
copied from a legal database starts so; what it says is the document's own
number, date, subject and issuer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..core.model import Article, OrgRef
from ..read.normalise import normalise
from .context import ArticleContext
from .offices import OfficeParser
from .orgs import AREA_COMMITTEE_KINDS, OrgParser
from .posts import PostParser

_BODY_END = re.compile(r"^\s*(?:-\s*)?(?:Căn cứ|Xét đề nghị|Theo đề nghị|Điều 1\b|QUYẾT ĐỊNH\s*:|QUYẾT NGHỊ\s*:)",
                       re.M)
_NUMBER = re.compile(r"\bSố\s*:?\s*\|?\s*(?=\d)")
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_NATIONAL = re.compile(r"CỘNG\s*\|?\s*HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s*\|?\s*CỘNG\s+SẢN\s+VIỆT\s+NAM")
_MOTTO = re.compile(r"Độc lập\s*-\s*Tự do|Hạnh phúc", re.I)
_SEPARATOR = re.compile(r"^[\s|\-_=*.]*$")
_SESSION = re.compile(r"^(?:KHÓA|KHOÁ|KỲ HỌP|NHIỆM KỲ)\b")
_COMMITTEE_UY = re.compile(r"\b(Tỉnh|Huyện|Thành|Quận|Thị|Đảng|Quân|Khu) (Ủy|Uỷ)\b")
_CAPS_PREFIX = re.compile(r"^((?:[A-ZĐÀ-Ỹ]+ ){0,3}[A-ZĐÀ-Ỹ]+) ((?:[Vv]ề|V/v) .+)$")
_COUNCIL_KINDS = ("uy-ban-nhan-dan", "hoi-dong-nhan-dan")
_ENACTED = re.compile(r"Nay ban hành\s*[“\"']+([^”\"']{10,400})[”\"']")


@dataclass
class LegalHeader:
    number_at: int               # where the document's number starts in the text
    date: date | None
    type_words: str | None       # "QUYẾT ĐỊNH"
    title: str | None            # the subject under the type, in sentence case
    issuer: OrgRef | None


def layout_lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("|")]
        stripped = " ".join(c for c in cells if c)
        if stripped and not _SEPARATOR.match(stripped):
            out.append((offset, stripped))
        offset += len(line) + 1
    return out


def _caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _name_case(line: str) -> str:
    """A line in capitals as a name is written: "TỈNH ỦY SƠN LA" -> "Tỉnh ủy
    Sơn La" (the committee's "ủy" is no word of a proper name)."""
    return _COMMITTEE_UY.sub(lambda m: f"{m.group(1)} {m.group(2).lower()}", line.title())


def _sentence_case(words: str) -> str:
    low = words.lower()
    return low[:1].upper() + low[1:]


class HeaderReader:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx

    def read(self) -> LegalHeader | None:
        text = self.ctx.doc.text
        end = _BODY_END.search(text)
        head = text[:end.start()] if end else text[:1500]
        number = _NUMBER.search(head)
        if number is None or not _NATIONAL.search(head):
            return None
        when = _DATE.search(head)
        day = None
        if when:
            try:
                day = date(int(when.group(3)), int(when.group(2)), int(when.group(1)))
            except ValueError:
                day = None
        lines = layout_lines(head)
        top: list[str] = []
        left: list[str] = []        # the issuer's column of a two-column header run into one line each
        for off, ln in lines:
            if off >= number.start():
                break
            cut = min((m.start() for rx in (_NATIONAL, _MOTTO) if (m := rx.search(ln)) and m.start() > 0), default=0)
            if cut and _caps(ln[:cut]):
                left.append(ln[:cut].strip())   # "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …", "TỈNH HẬU GIANG Độc lập - …"
            if _caps(ln):
                top.append(ln)
            elif not _MOTTO.search(ln) and not _NATIONAL.search(" ".join(top)):
                top = []        # a page's banner above the header is no issuer
        national = next((i for i, ln in enumerate(top) if _NATIONAL.search(ln) or ln in ("CỘNG", "ĐẢNG")
                         or ln.startswith(("CỘNG HÒA", "ĐẢNG CỘNG SẢN"))), len(top))     # not "ĐẢNG BỘ TỈNH X"
        top_issuer = " ".join(top[:national]) or " ".join(left)
        after = [ln for off, ln in lines if off > number.start() and _caps(ln) and not _DATE.search(ln)]
        type_at = next((i for i, ln in enumerate(after) if self._doc_type(ln)), None)
        type_words = title = None
        authority = ""
        if type_at is not None:
            type_words = after[type_at]
            body = after[type_at + 1:]
            while body and _SESSION.match(body[-1]):
                body.pop()          # "KHÓA XVIII, KỲ HỌP THỨ 21" under the authority
            if body and self._authority(body[-1]):
                authority = body.pop()
            subject = " ".join(body)
            for issuer_text in (authority, top_issuer):
                if issuer_text and subject.endswith(" " + issuer_text):
                    subject, authority = subject[:-len(issuer_text)].strip(), authority or issuer_text
            title = _sentence_case(subject) if subject else self._subject_below(lines, type_words)
        else:
            type_words, title = self._type_with_subject(lines, number.start())
            if type_words is None and after and self._authority(after[-1]):
                authority = after[-1]
        # "ĐẢNG BỘ TỈNH X / TỈNH ỦY": the committee on the last line issues
        committee = self.issuer_named(top[national - 1]) if national > 1 else None
        issuer = self.issuer_named(authority) or (committee if committee is not None and committee.kind in
                                                  AREA_COMMITTEE_KINDS else self.issuer_named(top_issuer))
        enacted = _ENACTED.search(text)
        if enacted:
            title = enacted.group(1).strip()      # "Nay ban hành “Quy định về …”": the text names itself
        return LegalHeader(number.end(), day, type_words, title, issuer)

    def _type_with_subject(self, lines: list[tuple[int, str]], number_at: int) -> tuple[str | None, str | None]:
        """"QUY ĐỊNH về đánh giá …" on one line (the subject's line joined to
        the type's): the type in capitals and the subject after it."""
        for off, ln in lines:
            m = _CAPS_PREFIX.match(ln)
            if off > number_at and m and self._doc_type(m.group(1)):
                subject = re.sub(r"^(?:V/v|[Vv]ề việc|[Vv]ề)\s+", "", m.group(2)).strip(" .;")
                return m.group(1), subject[:1].upper() + subject[1:]
        return None, None

    @staticmethod
    def _subject_below(lines: list[tuple[int, str]], type_words: str) -> str | None:
        """The subject written in ordinary case under the type ("QUY ĐỊNH" /
        "về đánh giá, xếp loại …", "QUYẾT ĐỊNH" / "Về việc ban hành …"),
        without its "về (việc)"."""
        at = next((i for i, (_, ln) in enumerate(lines) if ln == type_words), None)
        if at is None:
            return None
        below = []
        for _, ln in lines[at + 1:]:
            if _caps(ln) or _DATE.search(ln) or _BODY_END.match(ln):
                break
            below.append(ln)
        subject = re.sub(r"^(?:V/v|[Vv]ề việc|[Vv]ề)\s+", "", " ".join(below)).strip(" .;")
        return subject[:1].upper() + subject[1:] if subject else None

    def _doc_type(self, line: str) -> bool:
        words = re.sub(r"\(.*?\)", "", line).strip().title()
        return self.ctx.gaz.doc_types.lookup(words) is not None

    def authority_before_basis(self) -> OrgRef | None:
        """A text whose header the page lost still names its authority in
        capitals right before its legal basis ("HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA
        / KHÓA XV, KỲ HỌP THỨ TƯ / Căn cứ …")."""
        text = self.ctx.doc.text
        end = _BODY_END.search(text)
        if end is None:
            return None
        caps = [ln for _, ln in layout_lines(text[:end.start()]) if _caps(ln) and not _SESSION.match(ln)]
        return self.issuer_named(caps[-1]) if caps else None

    def _dated_at(self, place: str) -> bool:
        """Does the header's place and date line name ``place`` ("Hà Tĩnh, ngày 16 tháng 10 năm 2025")?"""
        return re.search(rf"(?:^|\n)\s*\|?\s*{re.escape(place)}\s*,\s*ngày\b", self.ctx.doc.text[:2000]) is not None

    def _authority(self, line: str) -> bool:
        return self.issuer_named(line) is not None

    def issuer_named(self, line: str) -> OrgRef | None:
        """An issuing body or office written in capitals, read on a small
        context of its own; a body without its place takes the article's."""
        if not line:
            return None
        mini = ArticleContext(normalise(Article(id="header", text=_name_case(line))), self.ctx.gaz)
        orgs = OrgParser(mini)
        office = OfficeParser(mini, PostParser(mini, orgs)).parse(0, len(mini.tokens))
        parsed = None if office else orgs.parse(0, len(mini.tokens))
        ref = office[1] if office else parsed.ref if parsed else None
        end = office[0] if office else parsed.end if parsed else 0
        if ref is None or end < len(mini.tokens):
            return None
        province = self.ctx.subject_province
        words = ref.name.split()
        level = 2 if [w.lower() for w in words[-2:]] == ["thành", "phố"] else 1 if words[-1].lower() == "tỉnh" else 0
        if province is not None and level:
            ref.name = " ".join(words[:-level] + [province.full])     # "… TỈNH": the article's province
            ref.jurisdiction, ref.jurisdiction_level = province.name, "province"
        elif province is not None and ref.kind in ("tinh-uy", "thanh-uy") and ref.jurisdiction is None:
            ref.name = f"{ref.name} {province.name}"                   # "TỈNH ỦY": the article's province's
            ref.jurisdiction, ref.jurisdiction_level = province.name, "province"
        elif province is not None and ref.kind in _COUNCIL_KINDS and ref.jurisdiction is None \
                and self._dated_at(province.name):
            ref.name = f"{ref.name} {province.full}"      # "ỦY BAN NHÂN DÂN" over "Hà Tĩnh, ngày …": the province's
            ref.jurisdiction, ref.jurisdiction_level = province.name, "province"
        return ref
