"""Levels against their targets, and `vượt chỉ tiêu` claims the numbers contradict.

A level meets a target for the same measure, province and period; in one clause the pairing is by position
(`đạt 98,8%, vượt chỉ tiêu HĐND tỉnh giao (98%)`). Lower is better for ranks, for targets stated as a ceiling
(`dưới 2%`, `không quá`) and for targets to reduce something. A claim in the text decides the status:

| claim in the text          | numbers say better | equal        | worse |
|----------------------------|--------------------|--------------|-------|
| vượt (exceeded)            | ok                 | warn         | fail  |
| đạt / hoàn thành (met)     | ok                 | ok           | fail  |
| chưa đạt / không đạt       | warn               | warn         | ok    |
| none                       | ok (met)           | ok (met)     | warn (missed) |
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from checks.arithmetic import clause_index
from checks.core import (
    EPS,
    PER_FACT_CACHES,
    CheckResult,
    Context,
    FactRow,
    fmt_en,
    fmt_vi,
    measure_key,
    register,
    stated_interval,
)
from checks.places import place_key

_GOAL = r"(?:chỉ tiêu|kế hoạch|mục tiêu|nhiệm vụ|dự toán)"
_CLAIM_EXCEEDED = re.compile(rf"(?:vượt|đạt và vượt|hoàn thành và vượt|hoàn thành vượt)(?: mức)? {_GOAL}")
_CLAIM_MISSED = re.compile(rf"(?:chưa|không) (?:đạt|hoàn thành)(?: được)? {_GOAL}|thấp hơn {_GOAL}")
_CLAIM_MET = re.compile(rf"(?:đạt|hoàn thành|bằng)(?: được)? {_GOAL}")


@lru_cache(maxsize=1 << 20)
def _usable_level(level: FactRow) -> bool:
    """A level that can be held against a goal: not a range, not a count of goals (`35/39 chỉ tiêu`), not the
    margin of `vượt 5% chỉ tiêu`."""
    if level.role != "level" or level.value_max is not None or (level.unit or "").lower() in ("chỉ tiêu",
                                                                                               "nhiệm vụ"):
        return False
    return not level.before(12).rstrip().endswith("vượt")


PER_FACT_CACHES.append(_usable_level)


def _comparable(level: FactRow, target: FactRow) -> bool:
    if target.role != "target" or level.kind != target.kind or not _usable_level(level):
        return False
    if target.kind in ("count", "money") and (level.unit or "") != (target.unit or ""):
        return False
    return not (level.out_of and target.out_of and level.out_of != target.out_of)


def _pairs(ctx: Context) -> Iterable[tuple[FactRow, FactRow, str]]:
    """(level, target, the words that may hold a claim): first by position in one clause, then across the
    store by measure, province and period, where each level meets the most recently published target for
    it (a later plan supersedes an earlier one, and pairing every report with every plan would not scale)."""
    paired: set[str] = set()
    for facts in ctx.scoped_sentences():
        for j, target in enumerate(facts):
            if target.role != "target":
                continue
            for level in reversed(facts[:j]):
                if clause_index(level) != clause_index(target) or level.role == "target":
                    break
                if _comparable(level, target):
                    words = level.sentence[level.end - level.sentence_start:target.start - level.sentence_start] \
                        if level.sentence is not None and level.sentence_start is not None else ""
                    paired.add(level.id)
                    yield level, target, words.lower()
                    break
    groups: dict[tuple, list[FactRow]] = defaultdict(list)
    for f in ctx.facts:
        if f.role in ("level", "target") and f.period:
            measure, place = measure_key(f), place_key(f.location, f.place)
            if measure and place:
                groups[(measure, place, f.period, f.kind)].append(f)
    for facts in groups.values():
        targets = [f for f in facts if f.role == "target"]
        if not targets or not ctx.in_scope(facts):
            continue
        latest = max(targets, key=lambda f: (f.published_at is not None, f.published_at or 0, f.id))
        for level in facts:
            if level.role == "level" and level.id not in paired and _comparable(level, latest):
                yield level, latest, level.after(60)


def _outcome(level: FactRow, target: FactRow) -> tuple[str, bool]:
    """('better'|'equal'|'worse'|'unclear', lower_is_better)."""
    lower = target.kind == "rank" or target.qualifier in ("lt", "lte") or target.direction == "down"
    lo, hi = (level.value, level.value) if level.qualifier == "exact" else stated_interval(level, truncation=False)
    # A range goal (`từ 75 đến 80%`) is met from its near end.
    goal = target.value_max if lower and target.qualifier == "range" and target.value_max is not None \
        else target.value
    if abs(lo - goal) < EPS and abs(hi - goal) < EPS:
        return "equal", lower
    if lower:
        return ("better" if hi < goal - EPS or (hi <= goal and target.qualifier == "lte") else
                "worse" if lo > goal + EPS else "unclear"), lower
    return ("better" if lo > goal + EPS or (lo >= goal and target.qualifier == "gte") else
            "worse" if hi < goal - EPS else "unclear"), lower


_STATUS = {
    ("exceeded", "better"): "ok", ("exceeded", "equal"): "warn", ("exceeded", "worse"): "fail",
    ("met", "better"): "ok", ("met", "equal"): "ok", ("met", "worse"): "fail",
    ("missed", "better"): "warn", ("missed", "equal"): "warn", ("missed", "worse"): "ok",
    (None, "better"): "ok", (None, "equal"): "ok", (None, "worse"): "warn",
}


@register("target")
def target_check(ctx: Context) -> Iterable[CheckResult]:
    for level, target, words in _pairs(ctx):
        if not ctx.in_scope((level, target)):
            continue
        outcome, lower = _outcome(level, target)
        if outcome == "unclear":
            continue
        claim = ("exceeded" if _CLAIM_EXCEEDED.search(words) else "missed" if _CLAIM_MISSED.search(words)
                 else "met" if _CLAIM_MET.search(words) else None)
        status = _STATUS[(claim, outcome)]
        met = outcome in ("better", "equal")
        vi_result = {"better": "vượt", "equal": "bằng", "worse": "chưa đạt"}[outcome]
        en_result = {"better": "beats", "equal": "equals", "worse": "falls short of"}[outcome]
        vi = f"{level.text} {vi_result} mục tiêu {target.text}"
        en = f"{level.text} {en_result} the target {target.text}"
        if claim == "exceeded" and outcome != "better":
            vi += ", trái với khẳng định “vượt chỉ tiêu”"
            en += ", contrary to the claim that it was exceeded"
        elif claim == "met" and outcome == "worse":
            vi += ", trái với khẳng định “đạt chỉ tiêu”"
            en += ", contrary to the claim that it was met"
        elif claim == "missed" and met:
            vi += ", dù bài viết nói chưa đạt"
            en += ", though the text says it was missed"
        if lower:
            vi += " (chỉ tiêu càng thấp càng tốt)"
            en += " (lower is better)"
        yield CheckResult(
            "target", status, (level.id, target.id), vi + ".", en + ".",
            {"level": level.value, "level_qualifier": level.qualifier, "target": target.value,
             "target_qualifier": target.qualifier, "lower_is_better": lower, "outcome": outcome, "met": met,
             "claim": claim, "period": level.period or target.period,
             "values": [fmt_en(level.value), fmt_en(target.value)], "values_vi": [fmt_vi(level.value),
                                                                                   fmt_vi(target.value)]},
        )
