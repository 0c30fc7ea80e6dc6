"""Entity annotations of the corpus (``corpus/<split>/entities/<id>.jsonl``): what the NER is trained on.

One JSON object per line: ``start``, ``end`` (offsets into the NFC article text), ``text`` (== the text at
those offsets) and ``label``, one of ``LABELS``. Spans are flat (no nesting, no overlap), as spaCy's ``ner``
predicts them. What each label covers is written in ``corpus/README.md`` (section "Entity annotations").

``preannotate`` proposes spans from the rules' own finders (gazetteer, indicator registry, period patterns) and
agency-name patterns; annotators then correct them by hand, adding above all what the dictionaries do not
know (foreign countries, regions, unregistered indices, agencies), which is what the model is meant to learn.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from extract.normalize import LOWER_LETTERS, UPPER_LETTERS

LABELS = ("INDICATOR", "LOC", "ORG", "PERIOD")


class EntityError(ValueError):
    """An annotation file that does not fit its text or the label set."""


def validate(text: str, entities: list[dict], where: str = "") -> None:
    """Raise ``EntityError`` naming the first bad span: offsets, text, label, overlap, edge whitespace."""
    last_end = -1
    for n, e in enumerate(sorted(entities, key=lambda e: (e["start"], e["end"])), 1):
        s, t = e["start"], e["end"]
        tag = f"{where} span {n} ({s}-{t} {e.get('label')!r})"
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            raise EntityError(f"{tag}: offsets outside the text")
        if text[s:t] != e.get("text"):
            raise EntityError(f"{tag}: text {e.get('text')!r} != {text[s:t]!r} at the offsets")
        if e.get("label") not in LABELS:
            raise EntityError(f"{tag}: label not one of {', '.join(LABELS)}")
        if text[s].isspace() or text[t - 1].isspace():
            raise EntityError(f"{tag}: span starts or ends with whitespace")
        if s < last_end:
            raise EntityError(f"{tag}: overlaps the previous span")
        last_end = t


def load(path: Path, text: str) -> list[dict]:
    """The entities of one article, validated against its text, sorted by start."""
    ents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                ents.append(json.loads(line))
            except ValueError as exc:
                raise EntityError(f"{path}:{number}: not JSON ({exc})") from exc
    validate(text, ents, where=str(path))
    return sorted(ents, key=lambda e: e["start"])


def dump(path: Path, text: str, entities: list[dict]) -> None:
    validate(text, entities, where=str(path))
    rows = [{"start": e["start"], "end": e["end"], "text": e["text"], "label": e["label"]}
            for e in sorted(entities, key=lambda e: e["start"])]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


# Heads of agency names; the name runs on over capitalised words (and the "và" joining two of them) and may end
# in the unit it belongs to ("Sở Nội vụ tỉnh Quảng Ninh").
_ORG_HEAD = (r"Bộ|Sở|Cục|Tổng cục|Chi cục|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ban|"
             r"Văn phòng|Liên đoàn|Viện|Trung tâm|Công an|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|"
             r"Chính phủ|Quốc hội|Ngân hàng|Hiệp hội|Phòng|Kho bạc|Thanh tra|Đảng bộ|Mặt trận|Cơ quan|Học viện|"
             r"Đại học|Trường|Tập đoàn|Công ty|Tổ chức|Quỹ|Hội")
_CAP_WORD = rf"[{UPPER_LETTERS}]\w*"
# Multi-syllable words capitalise their first syllable only ("Nội vụ", "Kế hoạch và Đầu tư"): a capitalised
# syllable may take one lowercase one, unless that one is a verb or a particle that ends the name.
_NOT_NAME = (r"(?:đã|sẽ|cho|là|đạt|có|với|tại|của|trong|được|về|năm|ngày|tháng|và|công|phối|tổ|vừa|đang|tỉnh|"
             r"thành|huyện|xã|phường|thị|quận|nêu|cùng|chủ|ra|thì|này|đó)")
_NAME_UNIT = rf"{_CAP_WORD}(?:\s+(?!{_NOT_NAME}(?!\w))[{LOWER_LETTERS}]\w*)?"
_ORG = re.compile(
    rf"(?<![\w])(?:{_ORG_HEAD})(?:\s+(?:{_NAME_UNIT}|(?:và|&)\s+(?!(?:{_ORG_HEAD})\s){_NAME_UNIT}))+"
    rf"(?:\s+(?:tỉnh|thành phố|huyện|thị xã|quận)\s+{_CAP_WORD}(?:\s+{_CAP_WORD})*)?"
    rf"|(?<![\w])(?:UBND|HĐND)(?:\s+(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường))?"
    rf"|(?<![\w])(?:VCCI|USAID|UNDP|WIPO|WB|IMF|OECD|UNESCO|ASEAN|Liên Hợp Quốc|Liên hợp quốc)(?![\w])"
)


def preannotate(text: str, published: date | None) -> list[dict]:
    """Proposed spans for an annotator to correct: never training data as they stand."""
    from extract.linking import gazetteer, indicators, periods
    from extract.normalize import normalize_for_matching

    norm = normalize_for_matching(text)
    cands: list[tuple[int, int, str, int]] = []  # start, end, label, priority (lower wins on overlap)
    for m in _ORG.finditer(text):
        cands.append((m.start(), m.end(), "ORG", 0))
    for m in indicators.find_indicators(text, norm):
        cands.append((m.start, m.end, "INDICATOR", 1))
    for p in gazetteer.find_places(text, norm, published):
        cands.append((p.start, p.end, "LOC", 2))
    for p in periods.find_periods(norm, published=published):
        if p.kind not in ("streak", "label"):
            cands.append((p.start, p.end, "PERIOD", 3))
    out: list[dict] = []
    taken: list[tuple[int, int]] = []
    for s, e, label, _prio in sorted(cands, key=lambda c: (c[3], -(c[1] - c[0]), c[0])):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e or any(not (e <= a or s >= b) for a, b in taken):
            continue
        taken.append((s, e))
        out.append({"start": s, "end": e, "text": text[s:e], "label": label})
    return sorted(out, key=lambda d: d["start"])
