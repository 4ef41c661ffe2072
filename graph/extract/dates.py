"""Dates as the Vietnamese press writes them: "ngày 8-2-2022", "8/12",
"ngày 08 tháng 02 năm 2022", "Sáng 8/12", "từ ngày 12 - 14/11/2018",
"Chiều 5.5". A day without a year takes it from the article."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_SEP = r"\s*[/.-]\s*"
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_Y = r"(?P<y>\d{4})"
_TIME_WORD = r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|sáng nay|chiều nay|tối nay|trưa nay|sáng mai)"

# "12 - 14/11/2018", "26-28/10", "8-12/7", "12 đến 14-6", "15 và 16/5/2024":
# a range gives its first day.
_RANGE = re.compile(
    rf"(?<![\d/.-])(?P<d>\d{{1,2}})\s*(?:-|–|đến|tới|và)\s*(?P<d2>\d{{1,2}})\s*[/-]\s*{_M}(?:{_SEP}{_Y})?(?![\d/])",
    re.I)
_NUMERIC = re.compile(rf"(?<![\d/.,-]){_D}{_SEP}{_M}(?:{_SEP}{_Y})?(?![\d/]|[.,]\d)")
_WORDS = re.compile(rf"\b{_D}\s+tháng\s+{_M}(?:\s*(?:năm|,)\s*{_Y})?", re.I)
_CONTEXT = re.compile(rf"{_TIME_WORD}\s*(?:\(\s*)?$", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    is_range: bool = False
    after_time_word: bool = False     # "ngày 8/12", "Sáng 8/12"

    def resolve(self, year: int | None) -> date | None:
        y = self.year or year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day)
        except ValueError:
            return None


def _valid(d: int, m: int, y: int | None) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12 and (y is None or 1945 <= y <= 2100)


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every day-precision date in ``text`` (offsets shifted by ``offset``).
    A bare "8.5" or "3/4" is only a date after a time word (ngày, sáng...)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, is_range: bool, need_context: bool) -> None:
        d, mo = int(m.group("d")), int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else None
        if not _valid(d, mo, y) or any(a < m.end() and m.start() < b for a, b in taken):
            return
        ctx = bool(_CONTEXT.search(text[max(0, m.start() - 16):m.start()]))
        if need_context and y is None and not ctx:
            return
        taken.append((m.start(), m.end()))
        found.append(DateMention(m.start() + offset, m.end() + offset, d, mo, y, is_range, ctx))

    for m in _WORDS.finditer(text):
        add(m, False, False)
    for m in _RANGE.finditer(text):
        if int(m.group("d2")) >= int(m.group("d")):
            add(m, True, True)
    for m in _NUMERIC.finditer(text):
        add(m, False, True)
    return sorted(found, key=lambda x: x.start)


_YEAR_OCCASION = re.compile(
    r"(?<!nhiệm kỳ )(?<!giai đoạn )(?<!khóa )(?<!sinh )(?<!từ )(?<!đến )(?<!trước )(?<!sau )"
    r"\b(?:năm(?: mới)?|Tết[^.;\n]{0,40}?)\s+(?P<y>(?:19|20)\d{2})\b"
    r"(?!\s*[-–]\s*\d{4})"
    r"|\b[Qq]u[ýí]\s+(?:[IV]{1,3}|[1-4])\s*[/-]\s*(?P<q>(?:19|20)\d{2})\b")


def occasion_year(sentence: str) -> int | None:
    """A year the sentence names for its occasion ("Tổng kết công tác năm
    2025", "Tết Mậu Tuất 2018", "năm mới 2024", "quý III/2023"); terms of
    office ("nhiệm kỳ 2021-2026") do not count."""
    m = _YEAR_OCCASION.search(sentence)
    if not m:
        return None
    return int(m.group("y") or m.group("q"))
