"""Reference lists the dashboard offers in its filters: provinces (former and current names) and indicators.

Both come from the data files the extractor links against (extract/data/admin.json, indicators.toml), so the
dashboard never offers a name the linker cannot produce.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

NATIONAL = "Việt Nam"


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    current: bool           # one of the 34 provinces since 1 July 2025
    former: bool            # one of the 63 provinces before it
    now: str | None         # for a former province: the current one it belongs to
    merged: tuple[str, ...]  # for a current province: the former ones it was made from


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    name_vi: str
    name_en: str
    scale: str


@cache
def provinces() -> dict[str, Province]:
    """Every province name a fact may carry, former and current, keyed by name, in Vietnamese sort order."""
    admin = json.loads(resources.files("extract").joinpath("data/admin.json").read_text(encoding="utf-8"))
    old = {p["name"]: p["now"] for p in admin["provinces_old"]}
    new = {p["name"]: tuple(p.get("former") or ()) for p in admin["provinces_new"]}
    names = sorted(set(old) | set(new), key=sort_key)
    return {
        name: Province(name=name, current=name in new, former=name in old, now=old.get(name),
                       merged=new.get(name, ()))
        for name in names
    }


@cache
def indicators() -> dict[str, Indicator]:
    data = tomllib.loads(resources.files("extract").joinpath("data/indicators.toml").read_text(encoding="utf-8"))
    return {
        item["id"]: Indicator(id=item["id"], name_vi=item["name_vi"], name_en=item["name_en"],
                              scale=item.get("scale", ""))
        for item in data["indicator"]
    }


_VI_ORDER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
_RANK = {ch: i for i, ch in enumerate(_VI_ORDER)}


def sort_key(name: str) -> tuple[int, ...]:
    """Vietnamese alphabetical order (đ after d, ư after u), which Python's code-point order gets wrong."""
    return tuple(_RANK.get(ch, -1) for ch in name.lower())  # spaces and hyphens sort first
