"""Personal names: a Vietnamese family name and one to three given names,
all capitalised; or, after a title, a foreign name ("Sonexay Siphandon",
"Kunio Umeda")."""
from __future__ import annotations

import re

from ..core.syllables import glued_syllables
from ..core.vntext import fold
from .context import ArticleContext, is_foreign_word
from .words import GIVEN_NAME_OK, HONORIFIC_WORDS, NOT_NAME, OFFICES_BEFORE_THEIR_BODY, SURNAMES

_ALPHA = re.compile(r"^[^\W\d_]+$", re.UNICODE)
_CLOSERS = (",", ".", ";", ":", ")", "-", "–", "!", "?", "”", '"', "'", "…")
# "H'Lim Êban", "H'Hen Niê": the mark before an Ê Đê or Gia Rai woman's name.
# A highland name's first word with its glottal mark: Ê Đê women's "H'Bia", Cơ Ho families' "K'Mák", "K'Sơ".
_HIGHLAND_PREFIX = re.compile(r"^[HK]'[^\W\d_]+$")
# Words that are given names too: the times of day, "Phát".
_GIVEN_NAMES_ALSO_WORDS = {"sáng", "chiều", "tối", "phát"}
# Words that are middle names too, inside a name only: "Hồ Kỳ Minh" (not "Kỳ họp").
_MIDDLE_NAMES_ALSO_WORDS = {"kỳ"}
# A word with the glottal mark of a highland name inside it ("B'Krông", "H'Bông").
_MARKED_WORD = re.compile(r"^[^\W\d_]'[^\W\d_]+$")
# One letter that opens a Central Highlands name ("A Vương", "H Dơ Niê", "Y Blin").
_HIGHLAND_LETTERS = {"A", "H", "Y"}
# What may follow a name of an unknown family: a separator, or the verb of
# a list's names ("… và A Lăng Thị Hoa được bầu giữ chức …").
_AFTER_AN_UNKNOWN_NAME = {",", ";", ")", "(", "-", "–", ".", ":", "được", "đã", "giữ", "tái", "trúng", "đắc"}
# Family names that are also words ("ông", "phó"): names only right after an
# honorific ("bà Ông Thị Hồng Vân", "đồng chí Phó Đức Anh", not "Phó Chủ tịch").
_FAMILY_NAMES_ALSO_WORDS = {"Ông", "Phó"}
# Middle names that are also family names: "Lộc Văn Khoang" is one name.
_MIDDLE_NAMES = {"văn", "thị"}
_FOREIGN_PARTICLES = {"de", "e", "van", "von", "da", "dos", "del", "der", "bin", "al", "la", "le", "di"}


def _letters(text: str) -> bool:
    """Letters only (_ALPHA): str.isalpha answers for most words, and faster."""
    return text.isalpha() or bool(_ALPHA.match(text))


def _name_word(ctx: ArticleContext, i: int) -> bool:
    tok = ctx.tokens[i]
    text = tok.text
    return (tok.is_capitalised and (_letters(text) or bool(_MARKED_WORD.match(text))) and len(text) <= 12
            and not (text.isupper() and len(text) > 1))


def _starts_other_phrase(ctx: ArticleContext, i: int) -> bool:
    """A role, a title, a body, an office or a document type starts at token i."""
    gz = ctx.gaz
    if any(ctx.keys[i:i + len(w)] == w for w in OFFICES_BEFORE_THEIR_BODY):
        return True
    for lex in (gz.roles, gz.titles, gz.body_kinds, gz.bodies, gz.doc_types):
        hit = ctx.match(lex, i)
        if hit and hit[0] >= 2:
            return True
    return False


def _given_names_like_a_title(ctx: ArticleContext, i: int, j: int, limit: int) -> bool:
    """"Trần Quốc Vương được bầu …": two capitalised words right after the
    family name that read as a title ("Quốc vương") but end the name (no
    capital after them) are its given names; no title follows a bare family name."""
    hit = ctx.match(ctx.gaz.roles, j)
    return j == i + 1 and hit is not None and hit[0] == 2 and _name_word(ctx, j + 1) \
        and (j + 2 >= limit or not ctx.tokens[j + 2].is_capitalised)


def _former_or_name(ctx: ArticleContext, j: int, limit: int) -> bool:
    """"Nguyên" ends a name where a title follows ("Nguyễn Văn A Nguyên Bí
    thư ..."), and is a given name elsewhere ("Nguyễn Hồng Nguyên, Giám đốc")."""
    return ctx.keys[j] == "nguyên" and not (j + 1 < limit and _name_word(ctx, j + 1)
                                             and _starts_other_phrase(ctx, j + 1))


def _given_name_inside(ctx: ArticleContext, j: int, limit: int) -> bool:
    """"Sáng", "Chiều", "Tối", "Phát" capitalised inside a line are given
    names ("Nguyễn Sáng Vang", "Tăng Hữu Phát trình bày"), not the time of
    day that opens a new line nor "Phát biểu"; "Kỳ" before a given name is a
    middle name."""
    if ctx.keys[j] in _MIDDLE_NAMES_ALSO_WORDS:
        return j + 1 < limit and _name_word(ctx, j + 1) and ctx.keys[j + 1] not in NOT_NAME
    if ctx.keys[j] not in _GIVEN_NAMES_ALSO_WORDS or "\n" in ctx.doc.text[ctx.tokens[j - 1].end:ctx.tokens[j].start]:
        return False
    if j + 1 >= limit or "\n" in ctx.doc.text[ctx.tokens[j].end:ctx.tokens[j + 1].start]:
        return True
    nxt = ctx.tokens[j + 1]
    if _name_word(ctx, j + 1):
        return ctx.keys[j + 1] not in NOT_NAME
    return not (nxt.is_word and ctx.keys[j:j + 2] == ["phát", "biểu"])


def name_at(ctx: ArticleContext, i: int, limit: int | None = None) -> int | None:
    """End (exclusive) of a Vietnamese personal name starting at token i."""
    limit = len(ctx.tokens) if limit is None else limit
    if i < limit and ctx.tokens[i].text[1:2] == "'" and _HIGHLAND_PREFIX.match(ctx.tokens[i].text):
        j = i + 1
        while j < limit and j - i < 3 and _name_word(ctx, j) and (
                ctx.keys[j] not in NOT_NAME or ctx.keys[j] in GIVEN_NAME_OK):
            j += 1
        return j if j > i + 1 and not _cut_off(ctx, j, limit) else None
    if i >= limit or not _name_word(ctx, i) or (ctx.keys[i] not in SURNAMES and not _family_name_ong(ctx, i, limit)):
        return None
    j = i + 1
    while j < limit and j - i < 5 and _name_word(ctx, j):
        key = ctx.keys[j]
        if (key in NOT_NAME and key not in GIVEN_NAME_OK and not _former_or_name(ctx, j, limit)
                and not _given_name_inside(ctx, j, limit)) or (
                _starts_other_phrase(ctx, j) and not _given_names_like_a_title(ctx, i, j, limit)):
            if j - i >= 1 and _ends_before_separator(ctx, j, limit):
                j += 1      # "Hà Ban,", "Đinh Công Sáng,": a word that starts nothing when a comma follows
            break
        j += 1
    if j - i >= 2 and _glued_part(ctx, j, limit) and ctx.tokens[j + 1].text.islower():
        j += 2      # "Kim Mi-sook": a Korean given name of two parts, the family name also Vietnamese
    if j - i < 2 or _cut_off(ctx, j, limit):
        return None
    for n in (2, 3):        # "UBND tỉnh Hà Nam Trương Quốc Huy": the place, then the name
        if j - (i + n) >= 2 and ctx.keys[i + n] in SURNAMES and is_place_name(ctx, ctx.text_between(i, i + n)):
            return None
    for n in range(3, j - i):
        if _province_from(ctx, i + n, j, limit):
            return i + n    # "Hoàng Văn Quyết An Giang", a table's row flattened: the name, then its province
    return j


def _province_from(ctx: ArticleContext, k: int, j: int, limit: int) -> bool:
    """Does a province's name ("An Giang", "Thành phố Huế") start at token k
    and run to token j or past it?"""
    place = ctx.place_at(k, limit)
    if place is not None:
        return place[0] >= j and place[1].level == "province" and not place[1].country
    for end in range(max(j, k + 2), min(limit, k + 4) + 1):
        written = ctx.text_between(k, end)
        province = ctx.gaz.admin.province(written)
        if province is not None and province.name == written:     # (as written, its marks too: not "Huệ")
            return True
    return False


def _family_name_ong(ctx: ArticleContext, i: int, limit: int) -> bool:
    """"Chủ tịch HĐND tỉnh Ông Văn Lộc", "bà Ông Thị Phương Loan": "Ông"
    written with its capital inside a sentence, before a middle name or a
    word no family name starts, is a family name, not the honorific."""
    if ctx.tokens[i].text != "Ông" or i + 2 >= limit or ctx.sentence_bounds(i)[0] == i \
            or not (ctx.tokens[i - 1].is_word or ctx.keys[i - 1] in (",", ";")):
        return False        # (the honorific is written small inside a list: "…, Ông Thị Phương Loan, …")
    return ctx.keys[i + 1] in ("văn", "thị") or ctx.keys[i + 1] not in SURNAMES


def may_be_family_name(text: str) -> bool:
    """Could this capitalised word open a Vietnamese name ("Ông", "Phó", "Lò")?"""
    return text in _FAMILY_NAMES_ALSO_WORDS or text.casefold() in SURNAMES


def _cut_off(ctx: ArticleContext, j: int, limit: int) -> bool:
    """A name glued to what follows it ("Thanh H\ufffd"): a damaged word, not
    a name that ends there. A whole last word with a replaced character after
    it ("Văn Hùng\ufffd,") is a name all the same."""
    if j >= limit or ctx.tokens[j].start != ctx.tokens[j - 1].end or ctx.keys[j] in _CLOSERS:
        return False
    after = j + 1
    return not (ctx.tokens[j].text == "\ufffd" and len(ctx.tokens[j - 1].text) > 1
                and (after >= limit or ctx.keys[after] in _CLOSERS))


def _ends_before_separator(ctx: ArticleContext, j: int, limit: int) -> bool:
    nxt = j + 1
    return nxt >= limit or ctx.keys[nxt] in (",", ";", ")", "(", "-", "–", ".", ":", "và")


def _middle_name(ctx: ArticleContext, j: int, limit: int) -> bool:
    """"Văn", "Thị" between capitalised words: a middle name ("Lộc Văn Khoang")."""
    return ctx.keys[j] in _MIDDLE_NAMES and j + 1 < limit and ctx.tokens[j + 1].is_capitalised


def middle_named(ctx: ArticleContext, i: int, end: int) -> bool:
    """Three or more words with "Văn" or "Thị" second: a person's name, whatever
    family name opens it, and no place's ("… tỉnh Xa Thị Loan báo cáo")."""
    return end - i >= 3 and ctx.keys[i + 1] in _MIDDLE_NAMES


def unknown_family_name_at(ctx: ArticleContext, i: int, limit: int | None = None) -> int | None:
    """End of a name whose family name is not in the list, where the context
    already says a person is named (an honorific or a title before it): two
    to four capitalised Vietnamese words ending before a separator; "Ông"
    is the family name right after an honorific ("bà Ông Thị Hồng Vân"), and
    any word before "Thị" and a given name ("Giám đốc Sở X Thông Thị Hồng")."""
    limit = len(ctx.tokens) if limit is None else limit
    honorific_surname = i < limit and ctx.raw[i] in _FAMILY_NAMES_ALSO_WORDS and i > 0 \
        and ctx.keys[i - 1] in HONORIFIC_WORDS and not (i + 1 < limit and _starts_other_phrase(ctx, i + 1))
    thi_second = ctx.keys[i + 1:i + 2] == ["thị"] and i + 2 < limit and ctx.tokens[i + 2].is_capitalised
    if i > 0 and ctx.tokens[i - 1].is_word and ctx.tokens[i - 1].is_capitalised and not honorific_surname \
            and ctx.keys[i - 1] not in HONORIFIC_WORDS and not thi_second:
        return None         # inside a longer capitalised phrase (not "Đồng chí Bàng Quốc Vinh" opening a sentence,
                            # not "… tỉnh Bình Thuận Thông Thị Hồng": a place, then a woman's name)
    after_honorific = i > 0 and ctx.keys[i - 1] in HONORIFIC_WORDS     # "ông Chau Kim Sơn": one name
    j = i
    while j < limit and j - i < 4 and _name_word(ctx, j) and (
            ctx.tokens[j].text[1:].islower() or (j == i and ctx.tokens[j].text in _HIGHLAND_LETTERS)
            or _MARKED_WORD.match(ctx.tokens[j].text)) and not (
            j > i and (_starts_other_phrase(ctx, j) or (
                ((ctx.keys[j] in NOT_NAME
                  and not (ctx.keys[j] in GIVEN_NAME_OK and ctx.keys[j - 1] in _MIDDLE_NAMES))   # ("Quế Văn Thành")
                 or (name_at(ctx, j, limit) and ctx.keys[j - 1] not in _MIDDLE_NAMES
                     and ctx.tokens[j - 1].text not in _HIGHLAND_LETTERS and not after_honorific))
                and not _middle_name(ctx, j, limit)))):
        j += 1
    if j - i < 2 or ((ctx.keys[i] in NOT_NAME or _starts_other_phrase(ctx, i)) and not honorific_surname
                     and not (thi_second and j - i >= 3)) \
            or (not after_honorific and any(ctx.match(ctx.gaz.countries, t) for t in range(i, j))) \
            or is_place_name(ctx, ctx.text_between(i, j)):      # (after an honorific, "Đức", "Anh" are given names)
        return None
    surely_a_name = after_honorific or middle_named(ctx, i, j)
    verb_after = surely_a_name and j < limit and ctx.tokens[j].is_word and not ctx.tokens[j].is_capitalised
    if j < limit and ctx.keys[j] not in _AFTER_AN_UNKNOWN_NAME and not verb_after or _cut_off(ctx, j, limit):
        return None     # ("đồng chí Sèn Văn Tùng đề nghị": the honorific said a person is named)
    return j


def foreign_name_at(ctx: ArticleContext, i: int, limit: int | None = None) -> int | None:
    """End of a name of two or more capitalised foreign words (see
    is_foreign_word), lowercase particles allowed inside ("Francisco de
    Assis", "Ernesto Valdés Cabrera")."""
    limit = len(ctx.tokens) if limit is None else limit
    j, words = i, 0
    while j < limit and j - i < 9:
        tok = ctx.tokens[j]
        syllables = _syllables_end(ctx, j + 1, limit)
        if not _letters(tok.text) or not (tok.text.isascii() or is_foreign_word(tok.text) or syllables > j + 1
                                          or (tok.is_capitalised and glued_syllables(tok.text))):
            break
        if j > i and (name_at(ctx, j, limit) or _starts_other_phrase(ctx, j)):
            break       # a Vietnamese name starts here, or an office ("Agribank Chi nhánh …")
        if _province_at(ctx, j, limit):
            break       # "Bệnh viện Sản - Nhi | An Giang": a province's name, no foreigner's
        if tok.is_capitalised and not (tok.text.isupper() and len(tok.text) > 1):
            words += 1
            j += 1
            if syllables > j:
                j = syllables   # "Khăm-xay Vi-lay-thong": a Lao name in syllables joined by hyphens
            elif _glued_part(ctx, j, limit):
                j += 2          # "Han Ki-seok": a given name of two parts joined by a hyphen
        elif tok.text in _FOREIGN_PARTICLES and j + 1 < limit and ctx.tokens[j + 1].is_capitalised:
            j += 1
        else:
            break
    if words < 2 or not ctx.tokens[i].is_capitalised or _cut_off(ctx, j, limit):
        return None
    return j


def _province_at(ctx: ArticleContext, j: int, limit: int) -> bool:
    """Do the two to four capitalised words at token j name a province ("An Giang")?"""
    return any(j + n <= limit and all(t.is_capitalised for t in ctx.tokens[j:j + n])
               and ctx.gaz.admin.province(ctx.text_between(j, j + n)) is not None for n in (2, 3, 4))


def _syllables_end(ctx: ArticleContext, j: int, limit: int) -> int:
    """Past the lowercase syllables glued by hyphens to the word before
    token j ("Khăm-xay", "Vi-lay-thong"), as the press writes Lao, Khmer
    and Thai names; j itself when there are none."""
    while j + 1 < limit and ctx.keys[j] == "-" and ctx.tokens[j].start == ctx.tokens[j - 1].end \
            and ctx.tokens[j + 1].start == ctx.tokens[j].end and ctx.tokens[j + 1].text.islower() \
            and _letters(ctx.tokens[j + 1].text):
        j += 2
    return j


def _glued_part(ctx: ArticleContext, j: int, limit: int) -> bool:
    """A hyphen and a word glued to the word before token j ("Ki-seok")."""
    return (j + 1 < limit and ctx.keys[j] == "-" and ctx.tokens[j].start == ctx.tokens[j - 1].end
            and ctx.tokens[j + 1].start == ctx.tokens[j].end and _letters(ctx.tokens[j + 1].text)
            and ctx.tokens[j + 1].text.isascii())


def is_place_name(ctx: ArticleContext, text: str) -> bool:
    """A province (of now or of the past) or district that looks like a name
    ("Hà Nam", "Phan Thiết", "Nghệ Tĩnh")."""
    admin = ctx.gaz.admin
    return admin.province(text) is not None or fold(text) in admin.districts or fold(text) == "ho chi minh" \
        or ctx.gaz.former_provinces.lookup(text) is not None
