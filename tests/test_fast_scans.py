"""The fast scans of periods, places, indicators and the matching view find exactly what plain regexes find.

Period patterns are tried only near their anchors, place and indicator patterns only at their lead words
(extract.linking.scan), and the matching view replaces only the characters it maps: each must give the same
matches (spans and groups) as ``finditer``/``translate`` over the whole text, on the dev articles and on
written edge cases (spacing, overlapping anchors, a range starting or ending mid-text).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.linking import gazetteer, indicators, periods
from extract.linking.scan import LeadScan
from extract.normalize import _MATCH_TABLE, _OLD_STYLE, _move_tone, nfc, normalize_for_matching, unify_tone_marks

ROOT = Path(__file__).resolve().parents[1]
DEV_TEXTS = sorted((ROOT / "corpus" / "dev" / "texts").glob("*.txt"))[:25]

PERIOD_CASES = [
    "trong 6 tháng đầu năm 2024 và qua  mười một tháng cuối của năm nay, 9 tháng năm 2023",
    "năm thứ bảy liên tiếp; lần thứ mười hai liên tục; 5 năm liền (2019-2023); mười một năm liên tiếp",
    "giai đoạn  (2021 - 2025), thời kỳ 2021–2030, nhiệm kỳ 2020 đến năm 2025, các năm 2019 tới 2020/1",
    "tính đến hết ngày 31-12-2023; đến 17 giờ ngày 14/3/2025; tại thời điểm 30/6/2024; lũy kế đến 1/1",
    "tính đến hết tháng 6/2024, lũy kế đến cuối năm 2023, sau 6 tháng đầu năm 2024, từ trước tới nay",
    "cùng kỳ năm trước, cùng tháng năm 2023, phiên họp thường kỳ tháng 9/2024, cả hai kỳ 2020 và 2022",
    "ở kỳ trước, tại kỳ trước, kỳ công bố trước, tháng trước; từ đầu năm 2024 đến nay; kể từ đầu năm tới nay",
    "GRDP 9 tháng ước tăng, sau 3 tháng, 12 tháng, cả năm 2023, tính chung cả năm nay, nửa đầu năm 2024",
    "quý iv/2023, quý 2 năm 2024, tháng 12-2023, trong ngày 4/4/2024, kể từ ngày 1/7/2025, năm 2024.",
    "đến năm 2025 (2024) kỳ 2023 pci 2022 index) 2021 năm nay, năm ngoái, các năm trước, năm trước",
    "một năm qua, năm vừa qua, năm sau, năm tới; từ ngày 15 đến 21/01; từ tháng 3 đến tháng 6/2024",
    "  2019-2020-2021 (2018 -2019)\n2022\n-\n2023, 20202021, 192019 - 2020x",
]

PLACE_CASES = [
    "tỉnh Bình Dương, TP.HCM, tp. Hồ Chí Minh, Thừa Thiên - Huế, Bà Rịa-Vũng Tàu, khu vực Thái Bình cũ",
    "huyện Mường Nhé, TX.Phú Mỹ, tx Phú Mỹ, h.Mường Nhé, q.Ba Đình, thị xã  Phú Mỹ, thành phố Thuận An",
    "phường Hoàn Kiếm, xã Ea H'leo, đặc khu Phú Quốc, thị trấn Sa Pa; nơi Hà Nội; toàn Hà Nội",
    "cả nước, toàn quốc, Việt Nam, nước ta, của quốc gia, Chính phủ, trung ương; vùng Đồng bằng sông Hồng",
    "khu vực Trung du và miền núi phía Bắc, ĐBSCL, Tây Nguyên, Đông Nam Bộ; Nguyễn Thái Bình; HàNội",
]


def _texts() -> list[str]:
    texts = [normalize_for_matching(nfc(p.read_text(encoding="utf-8"))) for p in DEV_TEXTS]
    return texts + [normalize_for_matching(t) for t in PERIOD_CASES + PLACE_CASES]


def _ranges(n: int) -> list[tuple[int, int]]:
    return [(0, n), (n // 3, n), (0, 2 * n // 3), (n // 4, n // 2 + 7), (1, n - 1)] if n > 2 else [(0, n)]


def _key(m: re.Match[str]) -> tuple:
    return m.span(), m.groups()


def test_every_anchor_names_a_pattern() -> None:
    assert set(periods._ANCHORS) <= {name for name, _ in periods._PATTERNS}


@pytest.mark.parametrize("name", [name for name, _ in periods._PATTERNS])
def test_anchored_period_pattern_finds_what_finditer_finds(name: str) -> None:
    rx = dict(periods._PATTERNS)[name]
    for text in _texts():
        for lo, hi in _ranges(len(text)):
            assert [_key(m) for m in periods._finditer(name, rx, text, lo, hi)] == \
                [_key(m) for m in rx.finditer(text, lo, hi)], (name, lo, hi, text[:80])


def _scans() -> list[tuple[str, re.Pattern[str], LeadScan]]:
    gz = gazetteer.load()
    return [("province", gz.province_rx, gz.province_scan), ("district", gz.district_rx, gz.district_scan),
            ("ward", gz.ward_rx(), gz.ward_scan()), ("national", gazetteer._NATIONAL_RX, gazetteer._NATIONAL_SCAN),
            ("region", gazetteer._REGION_RX, gazetteer._REGION_SCAN)]


@pytest.mark.parametrize("which", ["province", "district", "ward", "national", "region"])
def test_place_scan_finds_what_finditer_finds(which: str) -> None:
    _, rx, scan = next(s for s in _scans() if s[0] == which)
    for text in _texts():
        for lo, hi in _ranges(len(text)):
            assert [_key(m) for m in scan.finditer(text, lo, hi)] == [_key(m) for m in rx.finditer(text, lo, hi)], \
                (which, lo, hi, text[:80])


INDICATOR_CASES = [
    "Chỉ số PAR INDEX, PAR-Index, Par Index 2023; PCI-FDI; xPCI; PCI2023; Vietnam ICT Index, VNeID, B-READY",
    "chỉ số hài lòng của người dân,  doanh nghiệp; chỉ số cải cách\nhành chính; Doing Business; tỷ lệ hồ sơ",
]


@pytest.mark.parametrize("which", ["alias", "acronym"])
def test_indicator_scan_finds_what_finditer_finds(which: str) -> None:
    reg = indicators.load()
    rx, scan = (reg.alias_rx, reg.alias_scan) if which == "alias" else (reg.acronym_rx, reg.acronym_scan)
    originals = [nfc(p.read_text(encoding="utf-8")) for p in DEV_TEXTS] + INDICATOR_CASES
    for text in originals + [normalize_for_matching(t) for t in originals]:
        for lo, hi in _ranges(len(text)):
            assert [_key(m) for m in scan.finditer(text, lo, hi)] == [_key(m) for m in rx.finditer(text, lo, hi)], \
                (which, lo, hi, text[:80])


def test_matching_view_equals_translate_and_full_substitution() -> None:
    odd = "".join(chr(c) for c in _MATCH_TABLE)
    samples = [odd, "Hoà HOÀ hoà\u00a0khoẻ thuỷ Thuỷ quý QUÝ “Hoà” – khoẻ", "uỷ ban, oà, qoà, uýt, hoàng"]
    samples += [nfc(p.read_text(encoding="utf-8")) for p in DEV_TEXTS[:5]]
    for text in samples:
        reference = _OLD_STYLE.sub(_move_tone, text.translate(_MATCH_TABLE).lower())
        assert normalize_for_matching(text) == reference
        assert unify_tone_marks(text) == _OLD_STYLE.sub(_move_tone, text)


def test_find_places_reuses_the_homeless_answer_only_without_ties() -> None:
    gz = gazetteer.load()
    shared = next(name for name, rows in gz.districts.items() if len({r["province"] for r in rows}) > 1)
    owners = sorted({r["province"] for r in gz.districts[shared]})
    text = f"Huyện {shared.title()} và tỉnh {owners[0]} đạt 90%."
    norm = normalize_for_matching(text)
    answers = set()
    for home in [None, *owners]:
        got = gazetteer.find_places(text, norm, None, home=home)
        assert got == list(gazetteer._places.__wrapped__(text, norm, None, 0, len(text), home)[0])
        answers.add(tuple(p.province for p in got))
    assert len(answers) > 1  # the home decided the shared name
