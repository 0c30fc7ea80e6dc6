"""Arithmetic a single sentence can get wrong: n/m against its percent, n above m, shares above 100%, parts
above their total."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.core import (
    EPS,
    CheckResult,
    Context,
    FactRow,
    fmt_en,
    fmt_vi,
    judge,
    register,
    stated_interval,
)
from extract.normalize import normalize_for_matching

# How far an approximate or bounded count ("hơn 8.578/17.464 người") can move the true ratio.
COUNT_LEEWAY = 0.01


def clause_index(fact: FactRow) -> int:
    """Which ';'-separated clause of its sentence the fact is in (a sentence often lists several results)."""
    if fact.sentence is None or fact.sentence_start is None:
        return 0
    return fact.sentence[: fact.start - fact.sentence_start].count(";")


def _is_excess(fact: FactRow) -> bool:
    """`vượt 5% chỉ tiêu` states by how much a quota was beaten, not a share."""
    return fact.before(12).rstrip().endswith("vượt")


def _ratio_interval(fact: FactRow) -> tuple[float, float]:
    """Where the true percentage n/m lies, given the count's own qualifier."""
    assert fact.out_of
    r = 100.0 * fact.value / fact.out_of
    q = fact.qualifier
    if q in ("gt", "gte"):
        return r, r * (1 + COUNT_LEEWAY)
    if q in ("lt", "lte"):
        return r * (1 - COUNT_LEEWAY), r
    if q == "approx":
        return r * (1 - COUNT_LEEWAY), r * (1 + COUNT_LEEWAY)
    return r, r


def _is_ratio(f: FactRow) -> bool:
    return f.kind in ("count", "money") and f.role == "level" and bool(f.out_of) and f.out_of > 0


def _is_share(f: FactRow) -> bool:
    return f.kind == "percent" and f.role == "level" and f.value_max is None and not _is_excess(f)


# The words between n/m and a percent that make the percent a restatement of n/m: `..., đạt 49%`,
# `chiếm 25%`, `tương đương 63%`, `(49,1%)`. Without them the percent is usually about something else:
# `29/34 địa phương tăng trưởng trên 7%`, `63/63 tỉnh có chỉ số trên 80%`, `7/19 bộ thực hiện 100% phương án`.
_RESTATES = re.compile(
    r"(?:(?:^|[\s,;(:])(?:đạt(?: tỷ lệ| tỉ lệ)?|chiếm(?: tỷ lệ| tỉ lệ)?|tương đương(?: với)?|tương ứng(?: với)?"
    r"|bằng|tức(?: là)?|với tỷ lệ|tỷ lệ|tỉ lệ)|^[\s,;(:=–-]*)\s*$"
)
_MAX_GAP = 60


def _restates(first: FactRow, second: FactRow) -> bool:
    """Whether the words between two facts of one sentence make the percent restate the ratio."""
    if first.sentence is None or first.sentence_start is None:
        return False
    between = first.sentence[first.end - first.sentence_start:second.start - first.sentence_start]
    if len(between) > _MAX_GAP or any(c.isdigit() for c in between):
        return False
    return bool(_RESTATES.search(normalize_for_matching(between)))


def _percent_for(ratio: FactRow, facts: list[FactRow]) -> FactRow | None:
    """The percent that restates `ratio`: the next share in its clause (`..., đạt hơn 49%`), else the one just
    before it (`đạt 49% (8.578/17.464 người)`), when the words between say it is the same quantity."""
    clause = clause_index(ratio)
    i = facts.index(ratio)
    for f in facts[i + 1:]:
        if clause_index(f) != clause or _is_ratio(f):
            break
        if _is_share(f):
            return f if _restates(ratio, f) else None
    for f in reversed(facts[:i]):
        if clause_index(f) != clause or _is_ratio(f):
            break
        if _is_share(f):
            return f if _restates(f, ratio) else None
    return None


_QUAL_VI = {"gt": "hơn", "gte": "ít nhất", "lt": "dưới", "lte": "tối đa", "approx": "khoảng", "exact": "", "range": ""}
_QUAL_EN = {"gt": "more than", "gte": "at least", "lt": "under", "lte": "at most", "approx": "about", "exact": "",
            "range": ""}


@register("ratio_percent")
def ratio_percent(ctx: Context) -> Iterable[CheckResult]:
    """`8.578/17.464 người, đạt hơn 49%`: 8578/17464 is 49,12%, so `hơn 49%` holds and `hơn 59%` does not."""
    for facts in ctx.scoped_sentences():
        for ratio in facts:
            if not _is_ratio(ratio):
                continue
            pct = _percent_for(ratio, facts)
            if pct is None:
                continue
            actual = _ratio_interval(ratio)
            status, why = judge(actual, pct)
            lo, hi = stated_interval(pct)
            expected = 100.0 * ratio.value / ratio.out_of
            said_vi = f"{_QUAL_VI[pct.qualifier]} {fmt_vi(pct.value)}%".strip()
            said_en = f"{_QUAL_EN[pct.qualifier]} {fmt_en(pct.value)}%".strip()
            n_vi, m_vi = fmt_vi(ratio.value, 0), fmt_vi(ratio.out_of, 0)
            n_en, m_en = fmt_en(ratio.value, 0), fmt_en(ratio.out_of, 0)
            verdict_vi = {
                "consistent": "khớp với tỷ lệ đã nêu",
                "understated": "tỷ lệ nêu đúng nhưng thấp hơn nhiều so với thực tế",
                "overstated": "tỷ lệ nêu đúng nhưng cao hơn nhiều so với thực tế",
                "rounding": "lệch tỷ lệ đã nêu trong phạm vi một đơn vị làm tròn",
                "contradicted": "không khớp với tỷ lệ đã nêu",
            }[why]
            verdict_en = {
                "consistent": "consistent with the stated percentage",
                "understated": "the stated percentage is true but well below the actual one",
                "overstated": "the stated percentage is true but well above the actual one",
                "rounding": "off the stated percentage by at most one unit of rounding",
                "contradicted": "contradicts the stated percentage",
            }[why]
            yield CheckResult(
                "ratio_percent", status, (ratio.id, pct.id),
                f"{n_vi}/{m_vi} = {fmt_vi(expected)}%, {verdict_vi} ({said_vi}).",
                f"{n_en}/{m_en} = {fmt_en(expected)}%, {verdict_en} ({said_en}).",
                {"numerator": ratio.value, "denominator": ratio.out_of, "count_qualifier": ratio.qualifier,
                 "expected_percent": round(expected, 4), "stated_percent": pct.value,
                 "stated_qualifier": pct.qualifier, "allowed": [round(lo, 6), round(hi, 6)], "finding": why},
            )


@register("out_of_bounds")
def out_of_bounds(ctx: Context) -> Iterable[CheckResult]:
    """`xếp thứ 70/63`, `9/8 điểm`, `40/39 chỉ tiêu`: a part larger than its whole (reported only when wrong)."""
    for fact in ctx.facts:
        if fact.id not in ctx.scope or fact.out_of is None:
            continue
        problem_vi = problem_en = None
        if fact.out_of <= 0:
            problem_vi, problem_en = "mẫu số không dương", "the denominator is not positive"
        elif fact.value > fact.out_of + EPS:
            what_vi = {"rank": "thứ hạng lớn hơn số đơn vị được xếp hạng"}.get(fact.kind, "tử số lớn hơn mẫu số")
            what_en = {"rank": "the rank is beyond the number ranked"}.get(fact.kind, "the part exceeds the whole")
            problem_vi, problem_en = what_vi, what_en
        elif fact.kind == "rank" and fact.role == "level" and fact.value < 1:
            problem_vi, problem_en = "thứ hạng nhỏ hơn 1", "a rank below 1"
        if problem_vi and problem_en:
            yield CheckResult(
                "out_of_bounds", "fail", (fact.id,),
                f"{fact.text}: {problem_vi} ({fmt_vi(fact.value)}/{fmt_vi(fact.out_of)}).",
                f"{fact.text}: {problem_en} ({fmt_en(fact.value)}/{fmt_en(fact.out_of)}).",
                {"value": fact.value, "out_of": fact.out_of, "kind": fact.kind},
            )


# A percentage above 100 is legitimate when it compares with a plan, a quota, an earlier period or a base
# ("đạt 112% dự toán", "bằng 108% cùng kỳ", "tăng trưởng 106%"); only a share of a whole cannot exceed 100.
_OVER_100_OK = re.compile(
    r"kế hoạch|dự toán|chỉ tiêu|mục tiêu|so với|cùng kỳ|bằng|vượt|tăng|giảm|tốc độ|chỉ số|nhiệm vụ|năm trước|"
    r"kỳ trước|định mức|công suất|kpi"
)
_SHARE_WORDS = re.compile(r"tỷ lệ|tỉ lệ|chiếm|trên tổng|tổng số|số hồ sơ|số người|dân số|diện tích")


@register("percent_share")
def percent_share(ctx: Context) -> Iterable[CheckResult]:
    """A share above 100% (`tỷ lệ ... đạt 112%`) unless the words make it a comparison or a growth index."""
    for fact in ctx.facts:
        if fact.id not in ctx.scope or fact.kind != "percent" or fact.role == "change":
            continue
        top = max(fact.value, fact.value_max or fact.value)
        if top <= 100 + EPS:
            continue
        around = f"{fact.before(60)} {fact.after(40)}"
        subject = (fact.subject or "").lower()
        if _OVER_100_OK.search(around) or _OVER_100_OK.search(subject):
            continue
        status = "fail" if _SHARE_WORDS.search(around) or _SHARE_WORDS.search(subject) else "warn"
        yield CheckResult(
            "percent_share", status, (fact.id,),
            f"{fact.text}: tỷ lệ phần trăm của một tổng thể không thể vượt 100% ({fmt_vi(top)}%).",
            f"{fact.text}: a share of a whole cannot exceed 100% ({fmt_en(top)}%).",
            {"value": fact.value, "value_max": fact.value_max, "limit": 100,
             "share_words": status == "fail"},
        )


_TOTAL_CUE = re.compile(r"^\W{0,3}(?:[^\d;]{0,40}?)(?:trong đó|bao gồm|gồm|gồm có)\b")


@register("parts_total")
def parts_total(ctx: Context) -> Iterable[CheckResult]:
    """`tổng 120 hồ sơ, trong đó 80 ... và 50 ...`: one part above the total fails; parts summing above it warn
    (categories may overlap)."""
    for facts in ctx.scoped_sentences():
        for i, total in enumerate(facts):
            if total.kind not in ("count", "money") or total.role != "level" or total.out_of:
                continue
            if not _TOTAL_CUE.search(total.after(60)):
                continue
            parts = [f for f in facts[i + 1:] if f.kind == total.kind and f.role == "level" and not f.out_of
                     and (f.unit or "") == (total.unit or "")]
            if not parts:
                continue
            biggest = max(parts, key=lambda f: f.value)
            part_sum = sum(f.value for f in parts)
            unit = total.unit or ""
            if biggest.value > total.value + EPS:
                status = "fail"
                vi = f"Một phần ({biggest.text}) lớn hơn tổng số ({total.text})."
                en = f"A part ({biggest.text}) is larger than the total ({total.text})."
            elif part_sum > total.value + EPS and len(parts) > 1:
                status = "warn"
                vi = (f"Tổng các phần ({fmt_vi(part_sum, 0)} {unit}) vượt tổng số ({total.text}); "
                      "các nhóm có thể chồng lấn.").replace(" )", ")")
                en = (f"The parts add up to {fmt_en(part_sum, 0)} {unit}, more than the total ({total.text}); "
                      "unless the groups overlap.").replace(" ,", ",")
            else:
                status = "ok"
                vi = f"Các phần ({fmt_vi(part_sum, 0)}) không vượt tổng số ({total.text})."
                en = f"The parts ({fmt_en(part_sum, 0)}) do not exceed the total ({total.text})."
            yield CheckResult(
                "parts_total", status, (total.id, *(p.id for p in parts)), vi, en,
                {"total": total.value, "parts": [p.value for p in parts], "parts_sum": part_sum, "unit": total.unit},
            )
