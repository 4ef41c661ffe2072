"""What the rules share about one article: its tokens, dates and the place
it is about."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from .admin_units import Province
from .dates import DateMention, find_dates
from .gazetteer import Gazetteer, Lexicon
from ..core.model import CleanArticle, Sentence
from ..read.tokens import Token, tokenize
from ..core.vntext import comparable, fold
from .words import COUNTRY_WORD_COMPOUNDS, SURNAMES
from ..core.syllables import is_syllable, vietnamese_letters

_CAPITAL_PLACE = re.compile(r"\b(TỈNH [ỦU]Y|THÀNH [ỦU]Y|TỈNH|THÀNH PHỐ|TP\.?|BÁO)\s+([^\W\d_][^\d|]*)$")
_CAPITAL_DISTRICT = re.compile(r"\b(HUYỆN|QUẬN|THỊ XÃ)\s+([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}?)\s*(?:[-–|,]|$)")
# A provincial paper's masthead on a line of its own: "Báo Gia Lai điện tử", "Báo điện tử Nghệ An", "Báo và
# Phát thanh, Truyền hình Đắk Lắk" (the merged papers of 2025), "Đài Phát thanh và Truyền hình Hà Tĩnh".
_PAPER_MASTHEAD = re.compile(r"(?:Báo(?: điện tử)?|Báo và Phát thanh, Truyền hình|Đài Phát thanh và Truyền hình) "
                             r"((?:[A-ZÀ-ỸĐ][^\W\d_]*)(?: [A-ZÀ-ỸĐ][^\W\d_]*){0,3})(?: điện tử)?(?:\s*[|–-].*)?$")
# The separators of a site's breadcrumb ("Trang chủ › Ninh Thuận › Tag").
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[›»>]\s+")
# A district portal's masthead: "Cổng thông tin điện tử huyện Càng Long".
_PORTAL_MASTHEAD = re.compile(r"(?:cổng|trang)\s+thông\s+tin\s+điện\s+tử\s+(?:huyện|quận|thị\s+xã)\s+"
                              r"([^\W\d_]+(?: [^\W\d_]+){0,3})\s*(?:[-–|,].*)?$", re.I)
ITEM_MARKS = {"-", "+", "•", "–", "*"}
# A roundup's section heading: a place's name, a colon, a headline ("Lâm Đồng: Bầu bổ sung …").
_SECTION_HEADING = re.compile(r"(?m)^([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}): [^\n]{5,110}$")
_PREPOSITIONS = {"tại", "ở", "về", "từ", "đến", "cho", "với", "trên"}
# A paragraph that opens on a province turns the story to it, until another does:
# "Tại tỉnh Phú Yên, HĐND tỉnh …", "Đối với tỉnh Hòa Bình, …".
_PARAGRAPH_PROVINCE = re.compile(r"(?m)^(?:Còn |Trong khi đó, )?(?:[Tt]ại|Ở|ở|Đối với|đối với) "
                                 r"(?:tỉnh|thành phố|TP\.?) ([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}?)\s*,")


# Committees named after their district: the words after them are the district.
_DISTRICT_COMMITTEES = {("huyện", "ủy"): "huyện", ("quận", "ủy"): "quận", ("thị", "ủy"): "thị xã",
                        ("thành", "ủy"): "thành phố", ("huyện", "đoàn"): "huyện"}
_DISTRICT_COMMITTEE_ENDS = {words[-1] for words in _DISTRICT_COMMITTEES}
# Committees a place's name follows, written with a capital inside ("Tỉnh Đoàn Hậu Giang", "Thành Ủy Huế").
_COMMITTEES_OF_A_PLACE = {(level, body) for level in ("tỉnh", "thành", "huyện", "quận", "thị") for body in ("ủy", "đoàn")}
# A paper's own name at the head of its story: "(Baonghean.vn) -", "Baoquangninh.vn -".
_SOURCE_TAG = re.compile(r"(?:^|\n)\s*\(?\s*([\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org))\s*\)?\s*[-–]", re.I)
# A credit line that names the paper by its address: "Theo baonghean.vn", "Nguồn: baohatinh.vn".
_SOURCE_CREDIT = re.compile(r"^\s*(?:theo|nguồn\s*:?)\s+([\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org))\s*\)?\s*$",
                            re.I | re.M)


def is_foreign_word(word: str) -> bool:
    """A word of a foreign name in Latin letters: no Vietnamese syllable,
    no letter only Vietnamese writes ("Sonexay", "Valdés", not "Êban")."""
    return word.isalpha() and not is_syllable(word) and not vietnamese_letters(word)


_DISTRICT_WORDS = {"huyện", "quận", "thị xã", "thành phố", "tp"}
_COMMUNE_LEVEL_WORDS = {"xã", "phường", "thị trấn", "đặc khu"}
# The level words of two words (one set: place_at looks at every word of an article).
TWO_WORD_LEVELS = {("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("đặc", "khu"), ("thủ", "đô")}
# The first words of the level words a place's name may follow.
PLACE_WORD_STARTS = {"thành", "thị", "đặc", "tỉnh", "huyện", "quận", "xã", "phường", "tp", "thủ"}


@dataclass
class Place:
    name: str                 # "Kiên Giang", "Sơn Tây Hạ"
    level: str                # province | district | commune
    level_word: str           # "tỉnh", "thành phố", "xã"...
    province: Province | None = None
    source: str = "text"      # "text", or "site" when only the site's domain names it
    country: str | None = None  # a foreign state's region ("tỉnh Khăm Muồn": Lào)

    @property
    def is_city(self) -> bool:
        """A centrally-run city, unless the text writes it as the province it
        was then ("tỉnh Thừa Thiên Huế", before it became the city of Huế)."""
        return self.province is not None and self.province.is_city and self.level_word != "tỉnh"

    @property
    def full(self) -> str:
        """"tỉnh Kiên Giang", "Thành phố Hồ Chí Minh", "xã Sơn Tây Hạ"."""
        if self.province and self.province.key == "thanhphohochiminh":
            return "Thành phố Hồ Chí Minh"
        return f"{self.level_word} {self.name}" if self.level_word else self.name


@dataclass
class ArticleContext:
    doc: CleanArticle
    gaz: Gazetteer
    tokens: list[Token] = field(init=False)
    keys: list[str] = field(init=False)     # comparable forms, for lexicons
    raw: list[str] = field(init=False)      # as written, for abbreviations
    starts: list[int] = field(init=False)   # token start offsets, for bisection

    def __post_init__(self) -> None:
        self.tokens = _split_joined_abbreviations(tokenize(self.doc.text), self.gaz)
        self.starts = [t.start for t in self.tokens]
        self.raw = [t.text for t in self.tokens]
        self.keys = list(map(comparable, self.raw))
        self.capitalised = [t.is_capitalised for t in self.tokens]
        self._matches: dict[Lexicon, dict[int, tuple | None]] = {}     # (see match)

    # ------------------------------------------------------------- dates
    @property
    def reference_date(self) -> date | None:
        return self.doc.reference_date

    @property
    def year(self) -> int | None:
        ref = self.reference_date
        return ref.year if ref else None

    @cached_property
    def _full_dates(self) -> dict[tuple[int, int], set[int]]:
        years: dict[tuple[int, int], set[int]] = {}
        for m in find_dates(self.doc.text):
            if m.year:
                years.setdefault((m.day, m.month), set()).add(m.year)
        return years

    def full_date_year(self, day: int, month: int) -> int | None:
        """The year of the one full date the article writes for this day
        ("ngày 5-9" beside "có hiệu lực từ ngày 5-9-2024")."""
        years = self._full_dates.get((day, month), set())
        return next(iter(years)) if len(years) == 1 else None

    def resolve(self, dm: DateMention) -> date | None:
        """A dated fact's day: its own year, else the year the article
        writes in full for the same day, else the article's year."""
        return dm.resolve(dm.year or self.full_date_year(dm.day, dm.month) or self.year)

    # ------------------------------------------------------------ tokens
    def match(self, lexicon: Lexicon, i: int):
        """``lexicon.match`` at token i of this article (None past its end),
        remembered: the rules ask for the same phrase at the same token
        again and again."""
        keys = self.keys
        if i >= len(keys) or keys[i] not in lexicon.first_words or (lexicon.proper and not self.capitalised[i]):
            return None
        found = self._matches.setdefault(lexicon, {})
        if i not in found:
            found[i] = lexicon.match(keys, i)
        return found[i]

    def country_at(self, i: int):
        """A country named at token i, as ``match`` answers, but not the first
        syllable of a word ("Pháp luật", "Mỹ thuật", "Anh hùng")."""
        hit = self.match(self.gaz.countries, i)
        if hit and tuple(self.keys[i + hit[0] - 1:i + hit[0] + 1]) in COUNTRY_WORD_COMPOUNDS:
            return None
        return hit

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def sentence_of(self, token_index: int) -> Sentence:
        return self.doc.sentence_at(self.tokens[token_index].start)

    def sentence_bounds(self, token_index: int) -> tuple[int, int]:
        """Token bounds (first, past last) of the sentence holding a token."""
        return self._sentence_bounds[token_index]

    @cached_property
    def _sentence_bounds(self) -> list[tuple[int, int] | None]:
        out: list[tuple[int, int] | None] = [None] * len(self.tokens)
        for s in self.doc.sentences:
            lo, hi = self.token_index(s.start), self.token_index(s.end)
            out[lo:hi] = [(lo, hi)] * (hi - lo)
        for t, bounds in enumerate(out):
            if bounds is None:      # (a token between sentences: the one before's)
                s = self.sentence_of(t)
                out[t] = (self.token_index(s.start), self.token_index(s.end))
        return out

    def paragraph_end(self, token_index: int) -> int:
        """Index of the first token of the paragraph after the one holding a
        token (paragraphs as ``paragraph_start`` reads them): no name runs on
        past it ("… Hội đồng Thi đua - Khen thưởng Trung ương" in a headline
        with no stop, "Thủ tướng Chính phủ vừa ký …" below it)."""
        return self._paragraph_ends[token_index]

    @cached_property
    def _paragraph_ends(self) -> list[int]:
        text, tokens = self.doc.text, self.tokens
        breaks = 2 if "\n\n" in text else 1
        out = [len(tokens)] * len(tokens)
        for t in range(len(tokens) - 1, 0, -1):
            gap = text.count("\n", tokens[t - 1].end, tokens[t].start)
            out[t - 1] = t if gap >= breaks else out[t]
        return out

    def text_between(self, i: int, j: int) -> str:
        """Text of tokens i..j-1 as written, a line wrapped inside it joined
        with a space ("Ban\nThường vụ" is "Ban Thường vụ")."""
        if j <= i:
            return ""
        text = self.doc.text[self.tokens[i].start:self.tokens[j - 1].end]
        return " ".join(text.split()) if "\n" in text else text

    # ------------------------------------------------------------ places
    def place_at(self, i: int, limit: int | None = None, after_a_name: bool = False) -> tuple[int, Place] | None:
        """A place name starting at token i: "tỉnh Kiên Giang", "TP Cần Thơ",
        "xã Sơn Tây Hạ", or a province named bare ("Kiên Giang"), also right
        after a name the caller has read to its end (``after_a_name``: "Sở
        Công Thương | Nghệ An")."""
        limit = len(self.tokens) if limit is None else limit
        if i >= limit or not (self.tokens[i].is_capitalised or self.keys[i] in PLACE_WORD_STARTS):
            return None
        gz = self.gaz
        abbreviated = self._abbreviated_province(i, limit)
        if abbreviated is not None:
            return abbreviated
        level_word, j = None, i
        pair = tuple(self.keys[i:i + 2])
        if pair in TWO_WORD_LEVELS:
            level_word, j = " ".join(pair), i + 2
        else:
            k = self.keys[i]
            if k in ("tỉnh", "huyện", "quận", "xã", "phường", "tp"):
                level_word, j = k, i + 1
                if k == "tp" and j < limit and self.keys[j] == ".":
                    j += 1
            elif self._district_abbreviated(i, limit):
                level_word, j = "quận", i + 2       # "UBND Q. 8", "Q.Bình Thạnh": the southern press's "quận"
        if level_word in ("tỉnh", "thành phố") and j < limit \
                and (abbreviated := self._abbreviated_province(j, limit, level_word)):
            return abbreviated      # "tỉnh BR-VT"
        if level_word is None and not after_a_name and i > 0 and self.tokens[i - 1].is_word and self.tokens[i - 1].is_capitalised \
                and not self.tokens[i - 1].text.isupper() and self.keys[i - 1] not in _PREPOSITIONS \
                and tuple(self.keys[i - 2:i]) not in _COMMITTEES_OF_A_PLACE:
            return None    # inside a longer name ("Trương Hòa Bình"), not after "Tại", "TU" or "Tỉnh Đoàn"
        foreign = self.match(gz.foreign_regions, j) if level_word in (None, "tỉnh", "thủ đô", "thành phố") else None
        if foreign and j + foreign[0] <= limit and (level_word or not self.match(gz.countries, j)):
            # "tỉnh Khăm Muồn", "Savannakhet": a province of a neighbouring state, as written, with its
            # state when the text writes it right after ("tỉnh Hủa Phăn (Lào)", "tỉnh Xiêng Khoảng, Lào")
            end = j + foreign[0]
            named = self._own_state_after(end, limit, foreign[1])
            name = self.text_between(j, end) + (f" ({foreign[1]})" if named and self.keys[end] == "(" else
                                                f", {foreign[1]}" if named else "")
            return named or end, Place(name, "province", level_word or "", country=foreign[1])
        former = self.match(gz.former_provinces, j) if level_word in (None, "tỉnh") else None
        if former and j + former[0] <= limit and not (j + former[0] < limit and self.tokens[j + former[0]].is_word
                                                      and self.tokens[j + former[0]].is_capitalised):
            # "Tỉnh ủy Nghệ Tĩnh" (1976-1991); not "Thừa Thiên" of "Thừa Thiên Huế"
            return j + former[0], Place(former[1], "province", "tỉnh")
        # Name: capitalised words (a province has at most four), on one line.
        n = j
        while n < limit and n - j < 5 and ((self.tokens[n].is_word and self.tokens[n].is_capitalised
                                            and not self.tokens[n].text.isupper() and self.keys[n] != "khóa")
                                           or self._inner_dash(n, j, limit)) \
                and (n == j or "\n" not in self.doc.text[self.tokens[n - 1].end:self.tokens[n].start]) \
                and (self.tokens[n].start not in self._sentence_starts or (n == j and level_word is None)):
            n += 1              # (on one line, in one sentence: "Sở Nội vụ TP. | Đây là …")
        if level_word in _NUMBERED_LEVELS and n < limit and _LETTER_OR_NUMBER.fullmatch(self.tokens[n].text) \
                and (n > j or self.tokens[n].text.isdigit()):
            n += 1              # "phường Hà Giang 1", "xã Hậu Mỹ Bắc A", "quận 5": a number or letter ends the name
        if n == j:
            return None
        if level_word in _DISTRICT_WORDS:
            n = self._known_unit_before_a_name(j, n, self.gaz.admin.districts)
        elif level_word in _COMMUNE_LEVEL_WORDS:
            n = self._known_unit_before_a_name(j, n, self.gaz.admin.communes)
        name_toks = self.tokens[j:n]
        # Longest prefix that is a known province.
        for end in range(n, j, -1):
            if self.keys[end - 1] == "-":
                continue        # a name does not end at its dash
            name = self.text_between(j, end)
            prov = gz.admin.province(name)
            if prov and level_word is None and prov.key == "thanhphohochiminh":
                return None    # bare, the name is the President's: "Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh"
            if prov:
                if level_word in (None, "tỉnh", "thành phố", "tp", "thủ đô"):
                    if level_word in ("thành phố", "tp") and not prov.is_city:
                        break      # a provincial city with a province's name ("TP. Thái Bình")
                    if fold(name).replace("-", " ").split() != fold(prov.name).replace("-", " ").split():
                        # a name the province bore before ("tỉnh Thừa Thiên Huế"): as written
                        return end, Place(name, "province", level_word if level_word in ("tỉnh", "thành phố") else "tỉnh",
                                          prov)
                    word = "thành phố" if prov.is_city else "tỉnh"
                    return end, Place(prov.name, "province", word, prov)
                break
        abroad = self._foreign_place(j, n, level_word) if level_word in ("tỉnh", "thành phố") else None
        if abroad is not None:
            return n, abroad    # "tỉnh Tottori", "thành phố Changwon": a foreign state's
        if level_word is None or level_word == "tỉnh":
            return None        # "tỉnh X" must be a province
        name = " ".join(t.text for t in name_toks)
        if level_word in _DISTRICT_WORDS and self._person_not_unit(j, n, name, self.gaz.admin.districts):
            return None
        if level_word in _COMMUNE_LEVEL_WORDS and (self.keys[j + 1:j + 2] in (["văn"], ["thị"]) or n - j == 3) \
                and self._person_not_unit(j, n, name, self.gaz.admin.communes):
            return None         # (a commune's name may look like one, so a middle name "Văn", "Thị", or three
            #                    words no commune bears: "Bí thư Đảng ủy xã Trần Quốc Bảo chủ trì")
        word = {"tp": "thành phố", "thủ đô": "thành phố"}.get(level_word, level_word)
        level = {"tỉnh": "province", "thành phố": "district", "huyện": "district", "quận": "district",
                 "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
                 "đặc khu": "commune"}[word]
        return n, Place(name, level, word)

    def _abbreviated_province(self, i: int, limit: int, level_word: str | None = None) -> tuple[int, Place] | None:
        """A province written by its letters: "TP.HCM", "(tỉnh) BR-VT", "TT-Huế"."""
        hit = self.gaz.abbreviation_phrases.match(self.raw, i)
        if hit is None or i + hit[0] > limit:
            return None
        name = hit[1].removeprefix("Thành phố ")
        prov = self.gaz.admin.province(name)
        if prov is None:
            return None
        # (a name the province bore before, "Bà Rịa - Vũng Tàu", as written)
        return i + hit[0], Place(name, "province", level_word or ("thành phố" if prov.is_city else "tỉnh"), prov)

    def _foreign_place(self, j: int, n: int, level_word: str) -> Place | None:
        """A province or city whose name is no Vietnamese word ("Tottori",
        "Changwon"), of the foreign state named nearest in its paragraph."""
        if not all(t.text.isascii() and is_foreign_word(t.text) for t in self.tokens[j:n]):
            return None     # (romanised names: "Tottori", "Changwon")
        start = self.doc.text.rfind("\n", 0, self.tokens[j].start) + 1
        stop = self.doc.text.find("\n", self.tokens[n - 1].end)
        stop = len(self.doc.text) if stop == -1 else stop
        near = [(abs(t - j), hit[1]) for t in range(max(0, j - 60), min(len(self.tokens), n + 60))
                if start <= self.tokens[t].start < stop and (hit := self.match(self.gaz.countries, t)) is not None]
        if not near:
            return None
        country = min(near, key=lambda d: d[0])[1]
        return Place(self.text_between(j, n), "province", level_word, country=country)

    def province_of_district(self, district: Place) -> Place | None:
        """The one province the reference data has a district of that name in."""
        keys = self.gaz.admin.districts.get(fold(district.name))
        if not keys or len(keys) != 1 or district.country:
            return None
        prov = self.gaz.admin.as_of(self.gaz.admin.provinces[keys[0]], self.reference_date)
        return Place(prov.name, "province", prov.level_word, prov)

    def _own_state_after(self, k: int, limit: int, country: str) -> int | None:
        """End of "(Lào)" or ", Lào" written at token k after a region of
        that state; None when it is not there."""
        if k + 1 >= limit or self.keys[k] not in ("(", ","):
            return None
        hit = self.match(self.gaz.countries, k + 1)
        if hit is None or hit[1] != country or k + 1 + hit[0] > limit:
            return None
        end = k + 1 + hit[0]
        if self.keys[k] == "(":
            return end + 1 if end < limit and self.keys[end] == ")" else None
        return end

    def _district_abbreviated(self, i: int, limit: int) -> bool:
        """"Q." before a district's number or a name the reference data knows
        as a district ("Q. 8", "Q. Bình Thạnh"; not "Q. Chủ tịch", acting)."""
        if self.tokens[i].text != "Q" or self.keys[i + 1:i + 2] != ["."] or i + 2 >= limit:
            return False
        j = i + 2
        return self.tokens[j].text.isdigit() or any(
            fold(self.text_between(j, j + n)) in self.gaz.admin.districts for n in (1, 2, 3, 4) if j + n <= limit)

    def _known_unit_before_a_name(self, j: int, n: int, known) -> int:
        """"huyện Mường La Lò Văn Bảo", "xã Nghi Phong Trần Văn Tâm": a district
        or commune the reference data knows (``known``), then a person's name
        (a family name and at least one more word)."""
        if fold(self.text_between(j, n)) in known:
            return n            # the whole is one ("phường Lâm Viên - Đà Lạt", not "Lâm" and a person "Viên …")
        for cut in range(j + 1, n - 1):
            if fold(self.text_between(j, cut)) in known and self.keys[cut] in SURNAMES and not (
                    cut == j + 1 and self.keys[j] in SURNAMES and self.keys[cut] in ("văn", "thị")):
                return cut      # (not "huyện | Chu Văn Hải": a family name and "Văn" begin a person's name)
        return n

    def _person_not_unit(self, j: int, n: int, name: str, known) -> bool:
        """"PCT UBND huyện Sùng Văn Tủa", "Chủ tịch Ủy ban MTTQ xã Vi Thị
        Duyên": after an unnamed district's or commune's level word comes a
        person's name (a family name and two or three words), not a unit of
        that level: the reference data (``known``) knows every one there has
        been, nor does one begin the name ("Văn Quan Khóa XX")."""
        return 3 <= n - j <= 4 and self.keys[j] in SURNAMES and fold(name) not in known \
            and not any(fold(self.text_between(j, cut)) in known for cut in range(j + 2, n))

    def _inner_dash(self, n: int, j: int, limit: int) -> bool:
        """The dash inside a province's name ("Bà Rịa - Vũng Tàu")."""
        return n > j and self.keys[n] == "-" and n + 1 < limit and self.tokens[n + 1].is_capitalised

    @property
    def places(self) -> list[tuple[int, Place]]:
        """Every (Vietnamese) place named in the article, with its token index."""
        return self._places[0]

    @property
    def foreign_place_names(self) -> set[str]:
        """The names of the foreign regions and cities the article names, folded ("busan")."""
        return self._places[1]

    @cached_property
    def _places(self) -> tuple[list[tuple[int, Place]], set[str]]:
        out, foreign = [], set()
        tokens, keys = self.tokens, self.keys
        i = 0
        while i < len(tokens):
            # (cheap test first, as place_at's own: a place opens with a capital or a level word)
            tok = tokens[i]
            hit = self.place_at(i) if tok.is_word and (tok.is_capitalised or keys[i] in PLACE_WORD_STARTS) else None
            if hit and hit[1].country:
                foreign.add(fold(hit[1].name))
                i = hit[0]          # a foreign region places none of the article's bodies
                continue
            if hit is None and i >= 2 and keys[i - 1] in _DISTRICT_COMMITTEE_ENDS \
                    and (committee := tuple(keys[i - 2:i])) in _DISTRICT_COMMITTEES:
                hit = self._district_after_committee(i, _DISTRICT_COMMITTEES[committee])
            if hit:
                out.append((i, hit[1]))
                i = hit[0]
            else:
                i += 1
        return out, foreign

    @cached_property
    def place_names(self) -> set[str]:
        """The names of the places the article names, folded ("duy hoa")."""
        return {fold(place.name) for _, place in self.places}

    def _district_after_committee(self, i: int, word: str) -> tuple[int, Place] | None:
        """"Huyện ủy Nam Đàn": the district a district's committee is named after."""
        n = i
        while n < len(self.tokens) and n - i < 3 and self.tokens[n].is_word and self.tokens[n].is_capitalised \
                and not (self.tokens[n].text.isupper() and len(self.tokens[n].text) > 1):     # ("U Minh")
            n += 1
        name = self.text_between(i, n)
        if n == i or fold(name) not in self.gaz.admin.districts:
            return None
        return n, Place(name, "district", word)

    @cached_property
    def subject_province(self) -> Place | None:
        """The province the article is about: the one named most, counting
        bodies named after it, unless a masthead in capitals names one the
        text names too (a provincial paper's own story, other provinces
        named in it); failing that, the site's masthead or domain."""
        counts: Counter[str] = Counter()
        first: dict[str, Place] = {}
        for _, place in self.places:
            if place.province:
                counts[place.province.key] += 1
                first.setdefault(place.province.key, place)
        masthead = self._province_in_capitals() or self._paper_s_masthead()
        if masthead is not None and masthead.province and masthead.province.key in counts:
            return masthead
        if counts:
            best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
            return first[best]
        capitals = masthead or self._province_in_breadcrumb() or \
            self._province_of_a_district_portal() or self._province_ending_names()
        if capitals is not None:
            return capitals
        tag = _SOURCE_TAG.search(self.doc.text[:400]) or _SOURCE_CREDIT.search(self.doc.text)
        if tag:
            # "(Baonghean.vn) - …": the paper names itself inside the text
            place = self._province_from_site(tag.group(1))
            if place is not None:
                return replace(place, source="text")
        return self._province_from_site(self.doc.article.site or self.doc.article.url or "")

    def _province_in_capitals(self) -> Place | None:
        """A header or masthead in capitals that names the province: "ĐẢNG
        BỘ TỈNH BÌNH PHƯỚC", "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NINH", "BÁO THANH HÓA"."""
        for line in self.doc.text.split("\n")[:12]:
            m = _CAPITAL_PLACE.search(line.strip())
            if not m or not line.strip().isupper():
                continue
            place = self._province_opening(m.group(2).title().split())
            if place is not None:
                return place
        return None

    def _paper_s_masthead(self) -> Place | None:
        """The provincial paper's name on a header line of its own, in any
        case: "Báo Gia Lai điện tử", "Báo và Phát thanh, Truyền hình Đắk Lắk"
        (the province's paper, its story)."""
        for line in self.doc.text.split("\n")[:3]:
            m = _PAPER_MASTHEAD.match(line.strip())
            place = self._province_opening(m.group(1).split()) if m is not None else None
            if place is not None:
                return place
        return None

    def _province_opening(self, words: list[str]) -> Place | None:
        """The province (as it stands at the article's date) named by the first one to four of ``words``."""
        for n in range(min(4, len(words)), 0, -1):
            province = self.gaz.admin.province(" ".join(words[:n]))
            if province is not None:
                prov = self.gaz.admin.as_of(province, self.reference_date)
                return Place(prov.name, "province", prov.level_word, prov, source="text")
        return None

    def _province_in_breadcrumb(self) -> Place | None:
        """A site's breadcrumb that names the province as a section: "Trang
        chủ › Ninh Thuận › Tag" (page furniture the clean text drops: read as found)."""
        for line in self.doc.article.text.split("\n")[:8]:
            items = [item.strip() for item in _BREADCRUMB_SEPARATOR.split(line)]
            if len(items) < 2:
                continue
            prov = next((p for item in items if (p := self.gaz.admin.province(item)) is not None), None)
            if prov is not None:
                prov = self.gaz.admin.as_of(prov, self.reference_date)
                return Place(prov.name, "province", prov.level_word, prov, source="text")
        return None

    def _province_ending_names(self) -> Place | None:
        """The province that ends the names of bodies the text names ("Bệnh
        viện Nhi Thanh Hóa", "Công an Thanh Hóa"), the one named most."""
        counts: Counter[str] = Counter()
        provinces = {}
        for i in range(1, len(self.tokens)):
            if not (self.tokens[i].is_capitalised and self.tokens[i - 1].is_capitalised and self.tokens[i - 1].is_word):
                continue
            for n in (3, 2):
                end = i + n
                if end > len(self.tokens) or (end < len(self.tokens) and self.tokens[end].is_capitalised
                                              and self.tokens[end].is_word):
                    continue
                prov = self.gaz.admin.province(self.text_between(i, end))
                if prov is not None and prov.key != "thanhphohochiminh":
                    counts[prov.key] += 1
                    provinces[prov.key] = prov
                    break
        if not counts:
            return None
        prov = self.gaz.admin.as_of(provinces[counts.most_common(1)[0][0]], self.reference_date)
        return Place(prov.name, "province", prov.level_word, prov, source="text")

    def _province_of_a_district_portal(self) -> Place | None:
        """A district portal's masthead in any case, "Cổng thông tin điện tử
        huyện Càng Long": the one province that has that district."""
        for line in self.doc.text.split("\n")[:3]:
            m = _PORTAL_MASTHEAD.match(line.strip())
            province = self.province_of_district(Place(m.group(1), "district", "huyện")) if m else None
            if province is not None:
                return replace(province, source="text")
        return None

    def _district_in_capitals(self) -> Place | None:
        """A district portal's masthead: "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LÂM
        - TỈNH CAO BẰNG" names the district its bare "huyện" refers to."""
        for line in self.doc.text.split("\n")[:12]:
            line = line.strip()
            m = _CAPITAL_DISTRICT.search(line)
            if m and line.isupper() and fold(m.group(2).title()) in self.gaz.admin.districts:
                return Place(m.group(2).title(), "district", m.group(1).lower())
        return None

    def _province_from_site(self, site: str) -> Place | None:
        host = re.sub(r"^https?://", "", site.lower()).split("/")[0]
        labels = [lb for lb in re.split(r"[.:]", host) if lb and lb not in ("www", "gov", "vn", "com", "org", "net")]
        provs = self.gaz.admin.provinces.values()
        for label in labels:
            for p in sorted(provs, key=lambda p: -len(p.slug)):
                compact = p.slug.replace("-", "")
                if len(compact) >= 5 and (label == compact or label.endswith(compact)
                                          or label.startswith(("bao" + compact, "tinhuy" + compact))):
                    prov = self.gaz.admin.as_of(p, self.reference_date)
                    return Place(prov.name, "province", prov.level_word, prov, source="site")
        return None

    @cached_property
    def subject_commune(self) -> Place | None:
        communes = [p for _, p in self.places if p.level == "commune"]
        if not communes:
            return None
        counts = Counter(fold(p.name) for p in communes)
        best = counts.most_common(1)[0][0]
        return next(p for p in communes if fold(p.name) == best)

    @cached_property
    def subject_district(self) -> Place | None:
        ds = [p for _, p in self.places if p.level == "district"]
        if not ds:
            return self._district_in_capitals()
        counts = Counter(fold(p.name) for p in ds)
        best = counts.most_common(1)[0][0]
        return next(p for p in ds if fold(p.name) == best)

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` starts: after a blank line
        where the text separates paragraphs so (its single line breaks
        then set out list items or wrap lines), else after a line break."""
        text = self.doc.text
        if "\n\n" in text:
            return max(0, text.rfind("\n\n", 0, offset) + 2)
        return text.rfind("\n", 0, offset) + 1

    def _in_force(self, place: Place) -> Place:
        """A province merged into another before the article's date places
        no body named without its place: the one it merged into does
        ("… sau hợp nhất với Công an tỉnh Kiên Giang. … Giám đốc Công an tỉnh")."""
        if place.level != "province" or place.province is None:
            return place
        now = self.gaz.admin.as_of(place.province, self.reference_date)
        return place if now is place.province else Place(now.name, "province", now.level_word, now)

    def place_for(self, level: str, offset: int) -> Place | None:
        """The place of ``level`` a body named at ``offset`` without one is
        in: the nearest named before it in its clause and sentence ("Đối
        với tỉnh A, … ông X, Giám đốc Sở Y tế"), then, for a province, the
        section's or the story's province; only a story about no province
        takes the nearest named before in the paragraph. A conference's
        remote venue ("tại điểm cầu tỉnh B") places the bodies of its own
        clause only."""
        sentence = self.doc.sentence_at(offset)
        paragraph = self.doc.text.rfind("\n", 0, offset) + 1
        clause = max(sentence.start, self.doc.text.rfind(";", 0, offset) + 1)
        before = [(i, p) for i, p in self.places if self.tokens[i].start < offset and p.level == level
                  and not self._in_former_post(i) and self.keys[i - 2:i] != ["chi", "nhánh"]
                  and not self._seat_of_a_mission(i) and not self._someone_s_home(i)]
        # (a branch's place, "VCCI Chi nhánh Đà Nẵng", a consulate's seat, "Tổng Lãnh sự quán Nhật
        # Bản tại Đà Nẵng", or someone's home town, "(sinh năm 1971, quê Bình Định)", places no other body)
        remote = [(i, p) for i, p in before if i >= 2 and self.keys[i - 2:i] == ["điểm", "cầu"]]
        near = [p for i, p in remote if self.tokens[i].start >= clause] or [
            p for i, p in remote if i >= 3 and self.keys[i - 3] == "tại" and self.tokens[i - 3].start == sentence.start]
        if near:
            # "; tại điểm cầu tỉnh B có ông X, Chủ tịch UBND tỉnh": B's; and all the sentence's
            # when it opens with the venue ("Tại điểm cầu tỉnh B, A chủ trì; cùng dự có ông X, …")
            return near[-1]
        before = [ip for ip in before if ip not in remote]
        subject = self.subject_place(level)
        # a province named in a sentence before about something else ("chỉ sau tỉnh Bắc Ninh", "đoàn công
        # tác của Tỉnh ủy Sóc Trăng") places no body of the story's own province
        lowers = (clause, sentence.start) if level == "province" and subject is not None else \
            (clause, sentence.start, paragraph)
        for lower in lowers:
            near = [p for i, p in before if self.tokens[i].start >= lower]
            if near:
                return self._in_force(near[-1])
            if lower == clause and clause > sentence.start and level == "province" and subject is not None:
                # an item of a ";" list: the list's lead places it ("Về phía tỉnh B có các đồng chí: A, …; C, Chủ
                # tịch UBND tỉnh"), not an item before about someone else ("…: cho thôi … ông A, hiện là Phó Chủ
                # tịch UBND tỉnh B; bầu … ông X, Chánh Thanh tra tỉnh": the article's)
                colon = self.doc.text.rfind(":", sentence.start, offset)
                led = [p for i, p in before if sentence.start <= self.tokens[i].start < colon]
                if led:
                    return self._in_force(led[-1])
                break
        section = (self._section_province(offset) or self._paragraph_province(offset)) if level == "province" \
            else None
        if section is not None:
            return self._in_force(section)      # a roundup's section: "Lâm Đồng: Bầu bổ sung 2 Ủy viên UBND tỉnh"
        return self._in_force(subject) if subject is not None else None

    def _paragraph_province(self, offset: int) -> Place | None:
        """The province the last paragraph opening on one turned the story
        to, before ``offset`` ("Tại tỉnh Phú Yên, …" then "Ông X, Chủ tịch
        UBND tỉnh, …" in the paragraphs after it)."""
        turns = self._paragraph_turns
        k = bisect_right([start for start, _ in turns], offset) - 1
        return turns[k][1] if k >= 0 else None

    @cached_property
    def _paragraph_turns(self) -> list[tuple[int, Place | None]]:
        """Where paragraphs open on a province, and which (None when the
        words name none), in order."""
        out = []
        for m in _PARAGRAPH_PROVINCE.finditer(self.doc.text):
            words, place = m.group(1).split(), None
            for n in range(len(words), 0, -1):
                province = self.gaz.admin.province(" ".join(words[:n]))
                if province is not None:
                    prov = self.gaz.admin.as_of(province, self.reference_date)
                    place = Place(prov.name, "province", prov.level_word, prov)
                    break
            out.append((m.end(), place))
        return out

    def _section_province(self, offset: int) -> Place | None:
        """The province a roundup's section heading names before ``offset``:
        a short line opening with a province's name and a colon."""
        headings = list(_SECTION_HEADING.finditer(self.doc.text, 0, offset))
        province = self.gaz.admin.province(headings[-1].group(1)) if headings else None
        return Place(province.name, "province", province.level_word, province) if province is not None else None

    # ------------------------------------------------------------ lists
    def past_connective(self, k: int) -> int:
        """Past "Theo đó,", "Theo quyết định," (words in lower case after
        "Theo", or a document's type, then a comma) opening a sentence at
        token k: where its subject starts."""
        if self.keys[k:k + 1] != ["theo"]:
            return k
        comma = next((t for t in range(k + 1, min(len(self.keys), k + 5)) if self.keys[t] == ","), None)
        typed = self.match(self.gaz.doc_types, k + 1) if comma is not None else None
        if typed is not None and k + 1 + typed[0] == comma:
            return comma + 1    # "Theo Quyết định, …": the decision the sentence before named
        if comma is None or comma == k + 1 or any(
                not self.tokens[t].is_word or self.tokens[t].is_capitalised for t in range(k + 1, comma)):
            return k
        return comma + 1

    def item_mark_end(self, a: int) -> int | None:
        """The token after the mark a line opens with as a list item ("-",
        "+", "1.", "2)", "a)", "đ.", a table row's "1 |"), else None."""
        if a >= len(self.tokens):
            return None
        if self.keys[a] in ITEM_MARKS:
            return a + 1
        text = self.tokens[a].text
        numbered = text.isdigit() and len(text) <= 2 or (len(text) == 1 and text.isalpha() and text.islower())
        if numbered and a + 1 < len(self.tokens) and self.keys[a + 1] in (".", ")", "|"):
            return a + 2
        return None

    def lead_of_items(self, a: int) -> Sentence | None:
        """The line ending in a colon that heads the list item at token a
        ("Dự hội nghị có:", "Căn cứ:"), past the items before it."""
        if self.item_mark_end(a) is None:
            return None
        si = self.doc.sentence_index(self.tokens[a].start)
        while si > 0:
            si -= 1
            s = self.doc.sentences[si]
            lo, hi = self.token_index(s.start), self.token_index(s.end)
            if lo < hi and self.keys[hi - 1] == ":":
                return s
            if lo >= hi or self.item_mark_end(lo) is None:
                return None
        return None

    @cached_property
    def _sentence_starts(self) -> frozenset[int]:
        return frozenset(s.start for s in self.doc.sentences)

    def _seat_of_a_mission(self, i: int) -> bool:
        """Is the place at token i where a foreign mission or envoy sits ("Tổng
        Lãnh sự quán Nhật Bản tại Đà Nẵng", "Đại sứ quán Lào tại Việt Nam",
        "Tổng Lãnh sự Liên bang Nga tại Đà Nẵng")?"""
        t = i - 1
        while t > 0 and self.keys[t] in PLACE_WORD_STARTS | {"phố", "xã", "trấn"}:
            t -= 1
        if t <= 0 or self.keys[t] != "tại":
            return False
        words = self.keys[max(0, t - 8):t]
        return "quán" in words[-6:] or any(words[u:u + 2] in (["lãnh", "sự"], ["đại", "sứ"]) for u in range(len(words)))

    def _someone_s_home(self, i: int) -> bool:
        """Is the place at token i a person's home town or birthplace ("quê
        Phù Cát, Bình Định", "sinh năm 1971 tại Nghệ An")?"""
        for t in range(i - 1, max(-1, i - 7), -1):
            if self.keys[t] in (";", ".", "(", ")", ":"):
                return False
            if self.keys[t] in ("quê", "trú") or self.keys[t:t + 2] in (["sinh", "tại"], ["sinh", "ra"]):
                return True
        return False

    def _in_former_post(self, i: int) -> bool:
        """Is the place at token i that of a post held before ("nguyên Chủ
        tịch Ủy ban MTTQ Việt Nam tỉnh Phú Yên")? It says nothing of the
        bodies named after it."""
        for t in range(i - 1, max(-1, i - 13), -1):
            if self.keys[t] in (",", ";", ":", "(", "."):
                return False
            if self.keys[t] in ("nguyên", "cựu") and not (t > 0 and self.tokens[t].is_capitalised
                                                  and self.tokens[t - 1].is_capitalised):
                return True     # "nguyên Chủ tịch …", not "Thái Nguyên"
        return False

    def subject_place(self, level: str) -> Place | None:
        return {"province": self.subject_province, "district": self.subject_district,
                "commune": self.subject_commune}.get(level)


# Levels whose units may be numbered or lettered after their name, or
# numbered alone in a city ("phường 3", "quận 5").
_NUMBERED_LEVELS = {"xã", "phường", "thị trấn", "quận"}
_LETTER_OR_NUMBER = re.compile(r"[A-E]|\d{1,2}")


def _split_joined_abbreviations(tokens: list[Token], gaz: Gazetteer) -> list[Token]:
    """"UV BTVTU" is "UV BTV TU": a word of capitals no lexicon knows, made of
    abbreviations of titles or bodies, read as those."""
    known = gaz.capital_abbreviations
    out: list[Token] = []
    for t in tokens:
        word = t.text
        if len(word) >= 4 and word.isalpha() and word.isupper() and word not in known \
                and not any(lex.starts(comparable(word)) for lex in (gaz.roles, gaz.titles, gaz.body_kinds, gaz.bodies)):
            parts = _abbreviations_in(word, known)
            if parts:
                start = t.start
                for part in parts:
                    out.append(Token(part, start, start + len(part), True, True))
                    start += len(part)
                continue
        out.append(t)
    return out


# The level word written in capitals at the end of a joined abbreviation ("CATP": Công an thành phố).
_LEVEL_AT_THE_END = {"TP"}


def _abbreviations_in(word: str, known: set[str]) -> list[str] | None:
    """"UVBTVTU" -> ["UV", "BTV", "TU"], "CATP" -> ["CA", "TP"], longest first part first."""
    if word in known:
        return [word]
    if word[2:] in _LEVEL_AT_THE_END and word[:2] in known:
        return [word[:2], word[2:]]
    for k in range(len(word) - 2, 1, -1):
        rest = _abbreviations_in(word[k:], known) if word[:k] in known else None
        if rest:
            return [word[:k], *rest]
    return None
