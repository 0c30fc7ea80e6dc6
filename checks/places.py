"""Which province a fact is about, in a form that compares across the 2025 reorganisation.

A 2023 figure for Bình Dương can be written as location `Bình Dương` (an article of 2024) or as location
`Hồ Chí Minh` with place `Bình Dương` (an article of late 2025 about "khu vực Bình Dương cũ"); both must
meet the reference table's `Bình Dương` row. So the key is the *former* province: the place when it names a
province, else the location, with the 2025 rename Huế -> Thừa Thiên Huế folded in. Names resolve through the
linker's gazetteer (generated from the administrative-unit packages), never a list typed here.
"""

from __future__ import annotations

from functools import lru_cache

from extract.linking.gazetteer import load, province_now, resolve_province

NATIONAL = "Việt Nam"


@lru_cache(maxsize=4096)
def canonical_province(name: str | None) -> str | None:
    """`TP.HCM` -> `Hồ Chí Minh`, `Huế` -> `Thừa Thiên Huế`; `Việt Nam` stays; unknown names pass through."""
    if not name:
        return None
    name = name.strip()
    if name == NATIONAL:
        return NATIONAL
    resolved = resolve_province(name) or name
    for rename in load().renames:
        if resolved == rename["new"]:
            return rename["old"]
    return resolved


def place_key(location: str | None, place: str | None = None) -> str | None:
    """The province-level unit a record is about, as a former-province name (see the module doc)."""
    if place:
        former = canonical_province(place)
        if former is not None and former in load().old:
            return former
    return canonical_province(location)


def same_place(a_location: str | None, a_place: str | None, a_now: str | None,
               b_location: str | None, b_place: str | None, b_now: str | None) -> bool:
    """Whether two records are about the same province, across old and new names."""
    key_a, key_b = place_key(a_location, a_place), place_key(b_location, b_place)
    if key_a is None or key_b is None or key_a != key_b:
        return False
    # province_now is a consistency guard: two records that disagree on today's province are not the same place.
    now_a = a_now or province_now(key_a)
    now_b = b_now or province_now(key_b)
    return now_a is None or now_b is None or now_a == now_b
