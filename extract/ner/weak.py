"""Weak entity labels for training the NER, from the linking rules and the gold annotations.

LOC: gazetteer place mentions (provinces, districts, wards, national words such as ``cả nước``).
INDICATOR: registry mentions plus gold ``subject`` strings of facts whose gold indicator is set.
PERIOD: period expressions (including comparison bases). ORG: administrative bodies by pattern.
Overlaps are resolved longest-first; spans must fall on token boundaries to be kept.
"""

from __future__ import annotations

import re
from datetime import date

from extract.linking import gazetteer, indicators, periods
from extract.normalize import normalize_for_matching

LABELS = ("INDICATOR", "LOC", "ORG", "PERIOD")

_ORG = re.compile(
    r"(?<!\w)(?:UBND|HĐND|MTTQ|VCCI|UNDP|Tỉnh ủy|Thành ủy|Quốc hội|Chính phủ|Thủ tướng Chính phủ|"
    r"(?:Ủy ban nhân dân|Hội đồng nhân dân|Sở|Bộ|Ban|Trung tâm|Tổng cục|Cục|Văn phòng|Công an|Ngân hàng|"
    r"Liên đoàn|Viện|Báo|Cổng)(?:\s+(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ&-]*|và|,))+)"
    r"(?:\s+(?:tỉnh|thành phố|TP\.?|huyện|thị xã|TX\.?)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ-]*)*)?")


def weak_spans(text: str, published: date | None, gold: list[dict] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) over the whole NFC ``text``, non-overlapping, sorted."""
    norm = normalize_for_matching(text)
    cands: list[tuple[int, int, str]] = []
    for p in gazetteer.find_places(text, norm, published):
        cands.append((p.start, p.end, "LOC"))
    for m in indicators.find_indicators(text, norm):
        cands.append((m.start, m.end, "INDICATOR"))
    for pm in periods.find_periods(norm, published=published):
        cands.append((pm.start, pm.end, "PERIOD"))
    for m in _ORG.finditer(text):
        e = m.end()
        while e > m.start() and text[e - 1] in " ,":
            e -= 1
        cands.append((m.start(), e, "ORG"))
    for g in gold or []:
        subj = g.get("subject")
        if g.get("indicator") and subj and not indicators.find_indicators(subj, normalize_for_matching(subj)):
            # A hand-written subject naming an index the registry misses: label it where it occurs nearby.
            lo = max(0, g["start"] - 300)
            i = text.find(subj, lo, g["end"] + 300)
            if i >= 0:
                cands.append((i, i + len(subj), "INDICATOR"))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    out: list[tuple[int, int, str]] = []
    for s, e, lab in cands:
        if all(e <= a or s >= b for a, b, _ in out):
            out.append((s, e, lab))
    out.sort()
    return out
