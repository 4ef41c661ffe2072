"""Normalise an article: clean characters, one tone style, boilerplate out,
sentences with character offsets.

Offsets everywhere downstream refer to the cleaned text returned here
(``CleanArticle.text``); the sentences keep their text so a claim can
always show the sentence it came from.
"""
from __future__ import annotations

import html
import re
import unicodedata
from datetime import date

from ..core.model import Article, CleanArticle, Sentence
from ..core.syllables import unglue
from ..core.vntext import LOOKALIKES, normalise_tones

# Zero-width characters, bidi controls and the BOM: invisible, but they
# split names ("Tô\u200bLâm") and symbols when left in.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
# Runs of spaces to write as one " " (a lone " " is left as it is: no work for each word).
_OTHER_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(f"[ {_OTHER_SPACES}]{{2,}}|[{_OTHER_SPACES}]")

# Whole lines that are site furniture, never content.
_BOILERPLATE_LINES = {
    "phản hồi", "các tin khác", "tin khác", "xem nhiều nhất", "mới nhất", "đọc nhiều",
    "tin liên quan", "bài liên quan", "bài viết liên quan", "tin cùng chuyên mục",
    "bình luận", "ý kiến bạn đọc", "google news", "xem thêm", "chia sẻ", "in bài",
    "gửi bài", "tags", "từ khóa", "tin mới", "aa", "quay lại", "lên đầu trang",
    "-", ".", "|",
}
# A line that starts the trailing block of links, comments and teasers.
_TAIL_MARKERS = {
    "phản hồi", "các tin khác", "tin khác", "tin liên quan", "bài liên quan",
    "bài viết liên quan", "tin cùng chuyên mục", "bình luận", "ý kiến bạn đọc",
    "xem nhiều nhất", "đọc nhiều",
}
_BOILERPLATE_PATTERNS = [
    re.compile(r"^theo dõi .{0,60} google news$", re.I),
    re.compile(r"^(xem thêm|đọc thêm|tin liên quan)\s*:", re.I),
    re.compile(r"^a-\s*a\s*a\+", re.I),                 # font-size widget
    re.compile(r"^trang chủ\b.{0,60}$", re.I),            # breadcrumb
    re.compile(r"^[\w.-]+\.(png|jpe?g|gif|webp)$", re.I),  # image file names
    re.compile(r"^(nguồn\s*\S*\s*:?\s*)?https?://\S+$", re.I),
    re.compile(r"^nguồn [\wĐđ.]+: https?://", re.I),
]
# A legal text flattened onto one line: its bases, articles and recipients.
_FLAT_BASIS = re.compile(r" - Căn cứ\b")
_LEGAL_BREAKS = re.compile(r" (?=- (?:Căn cứ|Xét đề nghị|Theo đề nghị)\b|Điều \d+\. |Nơi nhận:)")
# Photo credits inside captions: "(Ảnh: Trọng Đức/TTXVN)", "Ảnh: H.Thảo", "ẢNH: H.K".
_CREDIT = re.compile(r"\s*\(\s*Ảnh\s*:[^)]*\)|\s*\bẢnh\s*:\s*(?:[^.\n]|\.(?=\S)){0,60}\.?$", re.I)
_CAPTION_NUMBER = re.compile(r"\s+-\s*\d{1,2}$")
_LEADING_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\s*")
_FULL_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_HEADER_NOISE = re.compile(
    r"\d{1,2}:\d{2}(\s*(AM|PM))?|GMT\s*\+\s*\d+|\[|\]|\(|\)|\||,|-|:|"
    r"thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|ngày\s+(phát\s+hành|đăng|cập\s+nhật)|"
    r"cập\s+nhật|ngày", re.I)

# Sentence ends: . ! ? … followed by space and a capital or a digit (_opens_a_sentence), perhaps
# after an opening quote; the break is group 1, after the mark (matched, not looked behind for: a scan
# finds it fast).
_SENT_END = re.compile(r"[.!?…]([\"”’)]?\s+)(?=[\"“‘(]?\w)")
# Abbreviations that end with a dot but do not end a sentence.
# (A letter alone is an initial, but not a Roman numeral after an ordinal: "Đại hội lần thứ I. Phát biểu …")
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:TP|Tp|T\.Ư|ThS|TS|TSKH|PGS|GS|Th\.S|BS|BSCKI|BSCKII|CKI|CKII|KS|St|Mr|Mrs|Dr"
                              r"|(?<!/)TW|Q)"
                              r"|\b(?<!/)(?<!thứ )(?<!khóa )(?<!khoá )[A-ZĐ]|^\s*\d{1,2})\.$")

# "… Chủ tịch HĐND TP. Dự kỳ họp có …": "TP." (the city the story is in) ends a sentence when a word
# that opens sentences and begins no city's name follows it.
_CITY_ABBREVIATION_ENDS = re.compile(r"\b(?:TP|Tp)\.$")
_SENTENCE_OPENER = re.compile(r"(?:Dự|Đây|Theo|Tại|Trong|Sau|Trước|Khi|Với|Về|Cùng|Phát|Thay|Đến|Từ|Đó|Ông|Bà|"
                              r"Chiều|Sáng|Tối|Ngày|Hiện|Qua|Như|Để|Các|Những|Tham|Còn|Ngoài)\b")

# "TP.Vinh", "Tp.Thủ Dầu Một", "Q.Bình Thạnh": a city's or district's level word glued to its name
# (not "TP.HCM", letters); "Q.Chủ tịch": "Quyền" (acting) glued to a title.
_GLUED_ABBREVIATION = re.compile(r"\b(TP|Tp|Q)\.(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])")
_CITY_DOT_BEFORE_A_COMMA = re.compile(r"\b(TP|Tp)\.(?=,)")     # "Hội Nhà báo TP., Tổng Biên tập …"
_LOOKALIKE = re.compile(f"[{''.join(map(chr, LOOKALIKES))}]")
_INNER_APOSTROPHE = re.compile(r"[’‘ʼ](?<=\w.)(?=\w)")     # (the mark first: a scan finds it fast)
# A highland name's glottal mark written with a space after it: "H' Lan Byă", "K' Điểu".
_SPACED_MARK = re.compile(r"\b([HK])['’] (?=[A-ZĐÀ-Ỹ])")


def clean_characters(text: str) -> str:
    """HTML entities decoded, NFC, look-alike letters, invisible and control
    characters out, one dash, one space, one tone-mark style."""
    text = html.unescape(text) if "&" in text else text     # "&nbsp;", "&amp;" left by a scraper
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(LOOKALIKES) if _LOOKALIKE.search(text) else text     # (rare: a search is faster)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _DASHES.sub("-", text)
    text = _INNER_APOSTROPHE.sub("'", text)      # "H’Hen Niê" as "H'Hen Niê"
    text = _SPACED_MARK.sub(r"\1'", text) if "' " in text or "’ " in text else text
    text = "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))
    # Spaces lost at line ends and between caption numbers and captions:
    # "Chính phủngày 25", "ảnh 1Phó Thủ tướng"; and after an abbreviated level word or "Q."; and the dot
    # of "TP." before a comma, which is no sentence's end.
    text = _GLUED_ABBREVIATION.sub(r"\1. ", text) if "P." in text or "p." in text or "Q." in text else text
    text = _CITY_DOT_BEFORE_A_COMMA.sub(r"\1", text) if "P.," in text or "p.," in text else text
    return unglue(normalise_tones(text))


def _is_boilerplate(line: str) -> bool:
    low = line.casefold().strip(" .:")
    return low in _BOILERPLATE_LINES or any(p.search(line) for p in _BOILERPLATE_PATTERNS)


def _header_date(line: str) -> date | None:
    """The date of a header line such as "Thứ Ba, 29/09/2015, 10:13" or
    "10:44 | 16/06/2025 GMT+7"; None for a line of content."""
    if len(line) > 70:
        return None
    m = _FULL_DATE.search(line)
    if not m:
        return None
    rest = _HEADER_NOISE.sub(" ", line[:m.start()] + " " + line[m.end():])
    # A byline or a section name may sit beside the date ("Lam Thanh |").
    if len(re.sub(r"[\W\d_]+", "", rest)) > 24 or re.search(r"\d", rest):
        return None
    return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def _without_caption_number(line: str) -> str:
    """A caption's number at the end of a line out ("… - 2")."""
    return _CAPTION_NUMBER.sub("", line) if line[-1:].isdigit() else line      # (cheap test first)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A line broken inside a sentence, as texts copied from PDF or from legal
# databases are: it ends without a sentence mark and the next line goes on in
# lower case ("Căn cứ Luật Tổ chức chính quyền\nđịa phương ngày 19 …"), or a
# number follows a word that wants one ("Thông tư số\n135/2008/TT-BTC").
_NUMBER_WANTED = ("số", "ngày", "tháng", "năm")


# Line ends that want what comes next: a verb's object, a preposition's noun.
_OBJECT_WANTED = {"và", "của", "về", "theo", "tại", "với", "cho", "các", "những", "thay thế", "ban hành",
                  "sửa đổi", "bổ sung", "thực hiện", "hướng dẫn", "đối với", "căn cứ"}
_RECITALS = ("Căn cứ", "Theo ", "Xét ")
_LIST_ITEM = re.compile(r"^(?:[-+•*]|\d{1,2}[.)]|[a-zđ][.)]|Điều \d)", re.I)


def _wrapped(line: str, following: str) -> bool:
    end, start = line.rstrip(), following.lstrip(" \t")
    if not end or not start:
        return False
    if "ảnh" in end.casefold() and _CREDIT.search(end):
        return False            # a caption closed by its photo credit ("… Ảnh: Thống Nhất/TTXVN")
    if end[-1] == "-" and start[0].isdigit():
        return True             # "nhiệm kỳ 2020 -" / "2025;"
    if end[-2:] in (" -", " –") and start[0].isupper() and not _LIST_ITEM.match(start) and not start.isupper():
        return True             # "Lưu Thị Bích Hạnh -" / "Uỷ viên BTV Tỉnh uỷ, …": a name and its titles
    if end[-1] == ";":
        # "… Trưởng Ban Tổ chức Tỉnh ủy;" / "Đỗ Văn Tạo, …": a list of names going on
        return _opens_with_a_name(start) and _prose_cut(end, start)
    if end[-1] == "," or end[-1].isalnum():
        if start[0].islower():
            return True
        if " ".join(end.casefold().split()[-2:]) in _OBJECT_WANTED or end.casefold().split()[-1] in _OBJECT_WANTED:
            return not _LIST_ITEM.match(start) and not start.isupper()   # "… và thay thế" / "Quyết định số …"
        if start[0].isdigit():
            return end.split()[-1] in _NUMBER_WANTED
        return _prose_cut(end, start) and _cut_inside_a_name(end, start)
    return False


def _opens_with_a_name(line: str) -> bool:
    """Two to four capitalised words, then a comma or a dash: a person named
    at the head of the line ("Đỗ Văn Tạo, Vũ Hữu Lễ, Tỉnh ủy viên …")."""
    head = re.split(r"\s*[,–-]", line, maxsplit=1)
    words = head[0].split()
    return len(head) == 2 and 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in words)


def _prose_cut(end: str, start: str) -> bool:
    """A running paragraph cut before a capitalised word, a name or a body
    going on ("… có đồng chí Nguyễn" / "Văn An, Ủy viên …"): the line is
    prose (a sentence ends inside it, or it lists with commas), long, and
    the next line is no list item or heading."""
    prose = ". " in end or end.count(", ") >= 2
    return prose and len(end) > 60 and start[0].isupper() and not _LIST_ITEM.match(start) \
        and not start.isupper() and not start.split()[0].isupper()


def _cut_inside_a_name(end: str, start: str) -> bool:
    """The line ends on a capitalised word and the next goes on with capitalised words, a comma or a
    dash: one name cut in two ("… đồng chí Nguyễn" / "Văn An, Ủy viên …"), not a headline or a caption
    ended without a stop before a new paragraph ("… làm việc với tỉnh Điện Biên" / "Trong không khí …")."""
    last, words = end.split()[-1], re.split(r"\s+", start, maxsplit=2)
    if not last[:1].isupper() or end.isupper():
        return False
    second = words[1] if len(words) > 1 else ""
    return words[0].endswith((",", ";")) or second[:1].isupper() or second[:1] in ("-", "–", ",")


def _unflatten_legal_lines(text: str) -> str:
    """A legal text flattened onto one line (a forum's copy: "… - Căn cứ A;
    - Căn cứ B; - Xét đề nghị …, QUYẾT ĐỊNH Điều 1. … Điều 2. …") gets its
    line breaks back before each basis, article and the recipients, one
    character for one so offsets stay as they are."""
    return "\n".join(_LEGAL_BREAKS.sub("\n", line) if len(_FLAT_BASIS.findall(line)) >= 2 else line
                     for line in text.split("\n"))


def _join_wrapped_lines(text: str) -> str:
    """Join wrapped lines with a space: one character for one, so offsets
    stay as they are."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    out = []
    for n, line in enumerate(lines):
        out.append(line)
        if n + 1 < len(lines):
            out.append(" " if _wrapped(line, lines[n + 1]) or _full_line(line, lines[n + 1], width) else "\n")
    return "".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text copied from a fixed-width page is wrapped at (a
    legal database's copy), or None for text whose paragraphs are lines."""
    long = sorted(len(ln.rstrip()) for ln in lines if len(ln.rstrip()) > 40)
    if len(long) < 8:
        return None
    top = long[int(len(long) * 0.9)]
    near = sum(1 for n in long if n >= top - 15)      # (headlines, captions and menus are shorter)
    return top if top <= 120 and near >= max(8, 0.4 * len(long)) else None


def _full_line(line: str, following: str, width: int | None) -> bool:
    """A line filled to the wrap width, not closed by punctuation, goes on
    in the next one ("… của Ban Kinh tế - Ngân sách" / "Hội đồng nhân dân tỉnh")."""
    end, start = line.rstrip(), following.strip()
    if width is None or len(end) < width - 20 or not start or end[-1] in ".:!?|" or (
            end[-1] == ";" and start.startswith(_RECITALS)):
        return False        # (a full line ending in ";" is a list run on: "… Sở Tài chính;" / "Sở Tư pháp; …",
                            # but a legal text's recitals start lines of their own: "…;" / "Căn cứ …")
    if start[:2] in ("- ", "– ") and any(w[:1].isupper() for w in end.split()[-2:]) and start[2:3].isupper():
        return True     # "… Trưởng phòng Văn hóa" / "- Xã hội, …": a name's inner dash, not a list's item
    if start[0] in "|-+•*":
        return False
    return not _LIST_ITEM.match(start) and not start.isupper() and not end.isupper()


def _opens_a_sentence(line: str, at: int) -> bool:
    """Does a capital or a digit follow at ``at`` (past an opening quote)? Not
    a word in lower case, accented or not ("A, B… đã tiếp đoàn")."""
    first = line[at:].lstrip("\"“‘(")[:1]
    return first.isupper() or first.isdigit()


def _split_sentences(line: str, offset: int) -> list[Sentence]:
    out, start = [], 0
    for m in _SENT_END.finditer(line):
        end = m.start(1)
        head = line[start:end].rstrip()
        if not _opens_a_sentence(line, m.end(1)) or (_NO_BREAK_BEFORE.search(head) and not (
                _CITY_ABBREVIATION_ENDS.search(head) and _SENTENCE_OPENER.match(line, m.end(1)))):
            continue
        piece = line[start:end]
        if piece.strip():
            out.append(Sentence(offset + start, offset + end, piece))
        start = m.end(1)
    if line[start:].strip():
        out.append(Sentence(offset + start, offset + len(line), line[start:]))
    return out


def normalise(article: Article) -> CleanArticle:
    text = clean_characters(article.text)
    dateline, precision = None, ""
    m = _LEADING_DATE.match(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
        dateline, precision = _safe_date(y, mo, d), ("day" if m.group(3) else "month")
        text = text[m.end():]
    lines = _join_wrapped_lines(_unflatten_legal_lines(text)).split("\n")
    kept: list[str] = []
    seen: set[str] = set()
    content_lines = 0
    for raw in lines:
        line = (_CREDIT.sub("", raw) if "ảnh" in raw.lower() else raw).strip()     # (a credit says "Ảnh")
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        low = line.casefold().strip(" .:")
        if low in _TAIL_MARKERS and content_lines >= 2:
            break
        if _is_boilerplate(line):
            continue
        if content_lines < 8 and dateline is None:
            found = _header_date(line)
            if found:
                dateline, precision = found, "day"
        key = _without_caption_number(low)
        if key in seen and len(key.split()) >= 3:
            continue        # a repeated photo caption or headline
        seen.add(key)
        kept.append(_without_caption_number(line))
        content_lines += 1
    clean = "\n".join(kept).strip("\n")
    sentences: list[Sentence] = []
    offset = 0
    for line in clean.split("\n"):
        sentences.extend(_split_sentences(line, offset))
        offset += len(line) + 1
    return CleanArticle(article=article, text=clean, sentences=sentences,
                        dateline=dateline, dateline_precision=precision)
