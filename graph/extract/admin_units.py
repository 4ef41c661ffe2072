"""Vietnam's administrative units, read from the vietnamadminunits package.

The package ships the 63 provinces before 1 July 2025 with their districts,
the 34 provinces after the merger, and which old provinces each new one
took in. We read its data files directly: importing the package itself
pulls in geocoding libraries we do not need.
"""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..core.vntext import fold

#: Nghị quyết 202/2025/QH15: the 34 provinces exist from this day.
MERGER_DATE = date(2025, 7, 1)

# Other names the press uses for a province, folded; not a province list.
_ALIASES = {
    "thanhphohochiminh": ["tp hcm", "tphcm", "tp.hcm", "hcm", "sai gon", "thanh pho ho chi minh", "ho chi minh"],
    "thanhphohue": ["thua thien hue", "thua thien - hue"],
    "tinhbariavungtau": ["ba ria vung tau", "ba ria-vung tau"],
    "tinhdaklak": ["dac lac", "dak lak", "daklak"],
    "tinhdaknong": ["dac nong", "dak nong"],
}


# Provinces renamed before the merger, with their earlier names: Thừa Thiên Huế
# became the centrally-run city of Huế on 1 January 2025 (Resolution
# 1314/NQ-UBTVQH15).
_RENAMED = {"thanhphohue": (date(2025, 1, 1), "Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế")}


@dataclass(frozen=True)
class Province:
    key: str             # the package's key ("tinhkiengiang")
    name: str            # "Kiên Giang"
    full_name: str       # "Tỉnh Kiên Giang"
    is_city: bool        # a centrally-run city ("Thành phố Cần Thơ")
    current: bool        # one of the 34 provinces from 1 July 2025
    existed_before_merger: bool
    successor_key: str | None = None   # the province it merged into

    @property
    def level_word(self) -> str:
        return "thành phố" if self.is_city else "tỉnh"

    @property
    def slug(self) -> str:
        return fold(self.name).replace(" ", "-").replace("--", "-")


@dataclass
class AdminUnits:
    provinces: dict[str, Province]
    by_folded_name: dict[str, str]                       # folded name -> key
    districts: dict[str, list[str]] = field(default_factory=dict)  # folded district -> province keys
    communes: frozenset[str] = frozenset()                # folded names of communes and wards, before and since 2025

    def province(self, name: str) -> Province | None:
        key = self.by_folded_name.get(" ".join(fold(name).replace("-", " ").split()))
        return self.provinces.get(key) if key else None

    def as_of(self, province: Province, when: date | None) -> Province:
        """The province that governs the area of ``province`` on ``when``:
        after the 2025 merger its successor, before a renaming its old name."""
        if when and when >= MERGER_DATE and province.successor_key:
            return self.provinces[province.successor_key]
        renamed = _RENAMED.get(province.key)
        if when and renamed and when < renamed[0]:
            return replace(province, name=renamed[1], full_name=renamed[2], is_city=renamed[2].startswith("Thành phố"))
        return province


def _data_dir() -> Path:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the vietnamadminunits package is not installed (pip install vietnamadminunits)")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


@lru_cache(maxsize=1)
def load() -> AdminUnits:
    data = _data_dir()
    legacy = json.loads((data / "parser_legacy.json").read_text(encoding="utf-8"))
    current = json.loads((data / "parser_from_2025.json").read_text(encoding="utf-8"))
    merged = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    successor = {old: new for new, olds in merged.items() for old in olds if old != new}
    provinces: dict[str, Province] = {}
    for source, is_current in ((legacy["DICT_PROVINCE"], False), (current["DICT_PROVINCE"], True)):
        for key, info in source.items():
            prev = provinces.get(key)
            provinces[key] = Province(
                key=key, name=info["provinceShort"], full_name=info["province"],
                is_city=info["province"].startswith("Thành phố"),
                current=is_current or (prev.current if prev else False),
                existed_before_merger=(not is_current) or (prev.existed_before_merger if prev else False),
                successor_key=successor.get(key))
    by_name: dict[str, str] = {}
    for key, p in provinces.items():
        by_name[fold(p.name)] = key
        for alias in _ALIASES.get(key, []):
            by_name[alias] = key
    districts: dict[str, list[str]] = {}
    for pkey, ds in legacy.get("DICT_PROVINCE_DISTRICT", {}).items():
        for info in ds.values():
            # (a town and a district of one name are told apart in parentheses: "Kỳ Anh (thị xã)")
            name = fold(info["districtShort"]).split(" (")[0]
            if pkey not in districts.setdefault(name, []):
                districts[name].append(pkey)
    wards = [ward for by_district in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].values()
             for by_ward in by_district.values() for ward in by_ward.values()]
    wards += [ward for by_ward in current["DICT_PROVINCE_WARD_NO_ACCENTED"].values() for ward in by_ward.values()]
    communes = {fold(ward["wardShort"]) for ward in wards if isinstance(ward.get("wardShort"), str)}   # (some are blank)
    return AdminUnits(provinces=provinces, by_folded_name=by_name, districts=districts, communes=frozenset(communes))
