"""Generate ``extract/data/admin.json`` from maintained administrative-unit sources.

Run ``python -m extract.linking.build_admin`` after upgrading either source package.

Sources (both shipped inside packages declared in pyproject, so this works offline):

* ``underthesea/address/data/mapping.json`` (vietnamadminunits): the 63 former provinces, every former
  district with its province, and the former-province -> 2025-province mapping.
* ``vietnam_provinces`` (nested-divisions.json): the 34 provinces since 1 July 2025 and their wards/communes.

The only hand-written parts below are *spelling variants* that news text uses and no registry lists
(``TP.HCM``, ``BR-VT``, ``Đắc Lắc``) and the one province rename inside the 63-province era
(Thừa Thiên Huế became the centrally-run city Huế on 2025-01-01), which the sources flatten.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import underthesea.address
import vietnam_provinces

OUT = Path(__file__).resolve().parent.parent / "data" / "admin.json"

# Name variants seen in news copy, keyed by canonical (short) province name.
EXTRA_VARIANTS: dict[str, list[str]] = {
    "Hồ Chí Minh": ["TP.HCM", "TP. HCM", "TPHCM", "TP HCM", "Tp.HCM", "TP Hồ Chí Minh",
                    "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.Hồ Chí Minh"],
    "Hà Nội": ["Thủ đô Hà Nội", "Thủ đô"],  # ("Thủ đô thu 512,6 nghìn tỷ đồng": the capital named alone)
    "Bà Rịa - Vũng Tàu": ["BR-VT", "BRVT", "Bà Rịa Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu"],
    "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Đắk Lắc", "Daklak"],
    "Đắk Nông": ["Đắc Nông", "Đăk Nông"],
    "Kon Tum": ["Kontum"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế", "TT-Huế", "TT Huế", "Thừa Thiên-Huế"],
    "Đà Nẵng": ["TP. Đà Nẵng", "TP.Đà Nẵng"],
    "Cần Thơ": ["TP. Cần Thơ", "TP.Cần Thơ"],
    "Hải Phòng": ["TP. Hải Phòng", "TP.Hải Phòng"],
}

# Renames that happened while the 63 provinces still existed: (old name, new name, effective ISO date).
RENAMES: list[dict[str, str]] = [
    {"old": "Thừa Thiên Huế", "new": "Huế", "effective": "2025-01-01"},
]

REORG_DATE = "2025-07-01"


def _short_new(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _district_parts(full: str) -> tuple[str, str]:
    """Split ``Thị xã Phú Mỹ`` into (type, bare name)."""
    for prefix in ("Thành phố ", "Thị xã ", "Quận ", "Huyện "):
        if full.startswith(prefix):
            return prefix.strip().lower(), full[len(prefix):]
    return "", full


def build() -> dict:
    mapping_path = Path(underthesea.address.__file__).parent / "data" / "mapping.json"
    with open(mapping_path, encoding="utf-8") as f:
        mapping = json.load(f)
    nested_path = vietnam_provinces.NESTED_DIVISIONS_JSON_PATH
    with open(nested_path, encoding="utf-8") as f:
        nested = json.load(f)

    rename_back = {r["new"]: r["old"] for r in RENAMES}
    new_names = {k: v["short"] for k, v in mapping["province_names"].items()}

    provinces_old = []
    old_key_to_name: dict[str, str] = {}
    for key, info in mapping["old_province_names"].items():
        # The source names Huế by its 2025 name; before 2025-01-01 it was Thừa Thiên Huế.
        name = rename_back.get(info["short"], info["short"])
        full = info["name"] if name == info["short"] else f"Tỉnh {name}"
        old_key_to_name[key] = name
        entry = {
            "name": name,
            "full_name": full,
            "code": info["code"],
            "kind": "thành phố" if full.startswith("Thành phố") else "tỉnh",
            "now": new_names[mapping["province_mapping"][key]],
            "variants": sorted(set(EXTRA_VARIANTS.get(name, []))),
        }
        provinces_old.append(entry)

    provinces_new = []
    former_by_new: dict[str, list[str]] = {}
    for p in provinces_old:
        former_by_new.setdefault(p["now"], []).append(p["name"])
    for p in nested:
        short = _short_new(p["name"])
        provinces_new.append({
            "name": short,
            "full_name": p["name"] if p["name"].startswith("Thành phố") else f"Tỉnh {short}",
            "code": f"{p['code']:02d}",
            "kind": "thành phố" if p["division_type"] == "thành phố trung ương" else "tỉnh",
            "former": sorted(former_by_new.get(short, [])),
            "variants": sorted(set(EXTRA_VARIANTS.get(short, []))),
        })
    assert len(provinces_old) == 63, len(provinces_old)
    assert len(provinces_new) == 34, len(provinces_new)
    assert set(former_by_new) == {p["name"] for p in provinces_new}, "mapping names a missing province"

    seen: set[tuple[str, str]] = set()
    districts = []
    for rec in mapping["ward_mapping"]:
        prov = old_key_to_name[rec["old_province_key"]]
        if (prov, rec["old_district"]) in seen:
            continue
        seen.add((prov, rec["old_district"]))
        dtype, bare = _district_parts(rec["old_district"])
        districts.append({"name": bare, "type": dtype, "full_name": rec["old_district"], "province": prov})
    districts.sort(key=lambda d: (d["province"], d["full_name"]))

    wards_new = []
    for p in nested:
        short = _short_new(p["name"])
        for w in p["wards"]:
            bare = w["name"]
            for prefix in ("Phường ", "Xã ", "Đặc khu "):
                if bare.startswith(prefix):
                    bare = bare[len(prefix):]
                    break
            wards_new.append({"name": bare, "type": w["division_type"], "province": short})

    name_counts = Counter(d["name"] for d in districts)
    return {
        "generated_by": "python -m extract.linking.build_admin",
        "sources": {
            "underthesea.address": mapping["metadata"],
            "vietnam_provinces": {"version": vietnam_provinces.__version__,
                                  "data_version": vietnam_provinces.__data_version__},
        },
        "reorganisation_date": REORG_DATE,
        "renames": RENAMES,
        "provinces_old": provinces_old,
        "provinces_new": provinces_new,
        "districts": districts,
        "ambiguous_district_names": sorted(n for n, c in name_counts.items() if c > 1),
        "wards_new": wards_new,
    }


def main() -> None:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=0, sort_keys=False)
        f.write("\n")
    print(f"wrote {OUT}: {len(data['provinces_old'])} former provinces, "
          f"{len(data['provinces_new'])} provinces, {len(data['districts'])} districts, "
          f"{len(data['wards_new'])} current wards/communes")


if __name__ == "__main__":
    main()
