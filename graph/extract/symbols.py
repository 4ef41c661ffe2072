"""Vietnamese document symbols (số, ký hiệu) of the Party and the State.

Party:  "58-QĐ/TW", "01-HD/BTCTW", "1674-QĐNS/TW"  (number-type/issuer)
        "05-CTr/TĐTN-VP"                             (… and the issuer's office)
State:  "288/QĐ-TTg", "3888/QĐ-UBND"                (number/type-issuer)
        "5432/VPCP-V.I"                               (… and the issuer's unit)
        "15/2020/NĐ-CP", "176/2025/QH15"             (number/year/type-issuer)
Odd spacing and dashes are tolerated ("100 - KL/TW", "58 – QĐ/TW"), and a
list sharing one sign gives one symbol each ("1425, 1426, 1427/QĐ-TTg").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_UP = "A-ZĐƯ"
_ANY = "A-Za-zĐđƯư"
_DASH = "[-–—]"
_NUMS = r"(?P<nums>\d{1,5}(?:\s*(?:,|và)\s*\d{1,5})*)"

PARTY = re.compile(
    rf"(?<![\w/-]){_NUMS}\s*{_DASH}\s*(?P<type>[{_UP}][{_ANY}]{{0,6}})\s*/\s*"
    rf"(?P<issuer>[{_UP}][{_ANY}.]{{0,13}}[{_ANY}](?:-[{_UP}][{_ANY}]{{0,6}})?)(?![\w-])")
STATE_YEAR = re.compile(
    rf"(?<![\w/-]){_NUMS}\s*/\s*(?P<year>(?:19|20)\d{{2}})\s*/\s*(?P<type>[{_UP}][{_ANY}]*?)"
    rf"(?P<term>\d{{1,2}})?(?:\s*{_DASH}\s*(?P<issuer>[{_UP}][{_ANY}0-9&]*(?:-[{_UP}][{_ANY}0-9&]*)*))?(?![\w])")
STATE = re.compile(
    rf"(?<![\w/-]){_NUMS}\s*/\s*(?P<type>[{_UP}][{_ANY}]*)\s*{_DASH}\s*"
    rf"(?P<issuer>[{_UP}][{_ANY}0-9&]*(?:\.[{_UP}]+)?(?:-[{_UP}][{_ANY}0-9&]*(?:\.[{_UP}]+)?)*)(?![\w])")

_TERM_AFTER = re.compile(r"\s(1\d)(?![\w/.,-]\w)")  # the 10th-19th assembly


@dataclass(frozen=True)
class Symbol:
    start: int
    end: int
    number: str
    type_code: str           # "QĐ", "NQ", "QH" ...
    issuer_code: str | None  # "TW", "TTg", "CP", "QH" ...
    year: int | None         # normative State documents carry their year
    term: int | None         # "QH15": the 15th National Assembly
    system: str              # "party" | "state"
    text: str                # the symbol, normalised ("58-QĐ/TW")


def _numbers(nums: str) -> list[str]:
    return re.findall(r"\d{1,5}", nums)


def find_symbols(text: str) -> list[Symbol]:
    found: list[Symbol] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    for m in STATE_YEAR.finditer(text):
        if not free(m):
            continue
        taken.append((m.start(), m.end()))
        code, issuer = m.group("type"), m.group("issuer")
        term = int(m.group("term")) if m.group("term") else None
        if issuer is None and code in ("QH", "UBTVQH"):
            issuer = code
        nums = _numbers(m.group("nums"))
        for n in nums:
            sign = f"{m.group('year')}/{code}{term or ''}" + (f"-{issuer}" if issuer and issuer != code else "")
            found.append(Symbol(m.start(), m.end(), n, code, issuer, int(m.group("year")), term, "state",
                                f"{n}/{sign}"))
    for m in PARTY.finditer(text):
        if not free(m):
            continue
        taken.append((m.start(), m.end()))
        for n in _numbers(m.group("nums")):
            found.append(Symbol(m.start(), m.end(), n, m.group("type"), m.group("issuer"), None, None, "party",
                                f"{n}-{m.group('type')}/{m.group('issuer')}"))
    for m in STATE.finditer(text):
        if not free(m):
            continue
        end, issuer = m.end(), m.group("issuer")
        term = _TERM_AFTER.match(text, end) if issuer.endswith("QH") else None
        if term:                     # "1024/NQ – UBTVQH 15": the term number written apart
            end, issuer = term.end(), issuer + term.group(1)
        taken.append((m.start(), end))
        for n in _numbers(m.group("nums")):
            found.append(Symbol(m.start(), end, n, m.group("type"), issuer, None, None, "state",
                                f"{n}/{m.group('type')}-{issuer}"))
    return sorted(found, key=lambda s: (s.start, int(s.number)))

