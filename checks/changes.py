"""A change stated next to a level implies the earlier level: `xếp 9/63, tăng 21 hạng so với 6 tháng đầu năm`
means rank 30 in the first half. The implied value is compared with what the store holds for that period.

Decision: the implied value is always recorded. With nothing stored to compare it is an `ok` row whose
`compared` says `"stored": []`, so the dashboard can show the implied series; an implied rank outside
1..out_of fails on its own. When the text names no base period ("tăng 4 bậc") for a yearly figure, the
previous year is assumed and a mismatch only warns.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from checks.arithmetic import clause_index
from checks.core import (
    EPS,
    CheckResult,
    Context,
    FactRow,
    decimals,
    fmt_en,
    fmt_vi,
    is_rounded,
    measure_key,
    precision,
    register,
    stated_interval,
)
from checks.places import place_key, same_place
from extract.linking.periods import find_periods, resolve_implicit

_YEAR = re.compile(r"^(\d{4})")


def shift_year(period: str, years: int) -> str | None:
    """`2024-H1` -> `2023-H1`: the same part of another year (ranges are not shifted)."""
    if ".." in period:
        return None
    m = _YEAR.match(period)
    if not m:
        return None
    return f"{int(m.group(1)) + years}{period[4:]}"


def base_period(change: FactRow, level_period: str | None) -> tuple[str | None, bool]:
    """(earlier period, assumed?) from the `so với ...` phrase after the change, relative to the level's period.

    The phrase is read by the linker's period finder, so `so với 6 tháng đầu năm`, `so với năm 2022`,
    `so với cùng kỳ` and `so với quý I` mean the same here as everywhere else.
    """
    year_match = _YEAR.match(level_period) if level_period else None
    year = int(year_match.group(1)) if year_match else None
    published = change.published_at.date() if change.published_at else None
    clause = change.clause_after()
    for mention in find_periods(clause, published=published):
        if not mention.comparison:
            continue
        if mention.value is None:  # "cùng kỳ" alone is the same part of the previous year; "kỳ trước" is unknown
            same_period = "cùng kỳ" in clause[mention.start:mention.end]
            return (shift_year(level_period, -1) if same_period and level_period else None), False
        resolved = resolve_implicit(mention, year, published)
        return (resolved.value if resolved else None), False
    if level_period and re.fullmatch(r"\d{4}", level_period) and "so với" not in clause:
        return shift_year(level_period, -1), True
    return None, False


def _level_for(change: FactRow, facts: list[FactRow]) -> FactRow | None:
    """The level the change is about: the nearest compatible level before it in the sentence, else after it
    in the same clause (`tăng 21 hạng, lên vị trí 9/63`)."""

    def compatible(f: FactRow) -> bool:
        # A bound (`tốp 10`, `trên 90 điểm`) minus a change says nothing exact about the earlier level.
        if f.role != "level" or f.kind != change.kind or f.qualifier != "exact":
            return False
        if change.indicator and f.indicator and change.indicator != f.indicator:
            return False
        return not (f.kind in ("count", "money") and (f.unit or "") != (change.unit or ""))

    i = facts.index(change)
    for f in reversed(facts[:i]):
        if compatible(f):
            return f
    for f in facts[i + 1:]:
        if clause_index(f) != clause_index(change):
            break
        if compatible(f):
            return f
    return None


def implied_value(level: FactRow, change: FactRow) -> float:
    """The earlier value: for ranks `up` means a smaller number now, so the earlier rank was larger."""
    sign = -1 if change.direction == "up" else 1
    if level.kind == "rank":
        sign = -sign
    digits = max(decimals(level.value), decimals(change.value))
    return round(level.value + sign * change.value, digits)


@register("implied_level")
def implied_level(ctx: Context) -> Iterable[CheckResult]:
    for facts in ctx.sentences.values():
        for change in facts:
            if (change.role != "change" or change.direction not in ("up", "down") or change.kind == "percent"
                    or change.qualifier != "exact"):
                # A percent change is ambiguous (points or relative growth); only same-unit changes imply levels.
                continue
            level = _level_for(change, facts)
            if level is None:
                continue
            period = level.period or change.period
            earlier, assumed = base_period(change, period)
            implied = implied_value(level, change)
            stored = _stored(ctx, level, earlier) if earlier else []
            involved = [change, level, *stored]
            if not ctx.in_scope(involved):
                continue
            yield from _judge(change, level, earlier, assumed, implied, stored)


def _stored(ctx: Context, level: FactRow, period: str) -> list[FactRow]:
    """Levels of the same measure, province and kind stored for `period` (indexed once per run)."""
    index = ctx._cache.get("levels_by_key")
    if index is None:
        index = defaultdict(list)
        for f in ctx.facts:
            if f.role == "level" and f.period:
                measure, place = measure_key(f), place_key(f.location, f.place)
                if measure and place:
                    index[(measure, place, f.kind, f.period)].append(f)
        ctx._cache["levels_by_key"] = index
    measure, place = measure_key(level), place_key(level.location, level.place)
    if measure is None or place is None:
        return []
    return [f for f in index.get((measure, place, level.kind, period), ())
            if same_place(f.location, f.place, f.province_now, level.location, level.place, level.province_now)]


def _judge(change: FactRow, level: FactRow, earlier: str | None, assumed: bool, implied: float,
           stored: list[FactRow]) -> Iterable[CheckResult]:
    what_vi = f"{level.text} và thay đổi {change.text}"
    what_en = f"{level.text} with a change of {change.text}"
    base = {"level": level.value, "change": change.value, "direction": change.direction, "implied": implied,
            "implied_period": earlier, "base_period_assumed": assumed, "indicator": level.indicator,
            "location": level.location}
    when_vi = f" ({earlier})" if earlier else ""
    if level.kind == "rank" and (implied < 1 or (level.out_of and implied > level.out_of + EPS)):
        yield CheckResult(
            "implied_level", "fail", (change.id, level.id),
            f"{what_vi} ngụ ý thứ hạng trước đó là {fmt_vi(implied)}{when_vi}, nằm ngoài 1..{fmt_vi(level.out_of)}.",
            f"{what_en} implies an earlier rank of {fmt_en(implied)}{when_vi}, outside 1..{fmt_en(level.out_of)}.",
            {**base, "stored": []},
        )
        return
    if not stored:
        yield CheckResult(
            "implied_level", "ok", (change.id, level.id),
            f"{what_vi} ngụ ý giá trị trước đó là {fmt_vi(implied)}{when_vi}; chưa có số liệu lưu trữ để đối chiếu.",
            f"{what_en} implies an earlier value of {fmt_en(implied)}{when_vi}; nothing stored to compare with.",
            {**base, "stored": []},
        )
        return
    spread = 0.0
    if is_rounded(level) or is_rounded(change):
        spread = (precision(level) + precision(change)) / 2
    for prior in stored:
        lo, hi = stated_interval(prior, truncation=False)
        agrees = lo - spread - EPS <= implied <= hi + spread + EPS
        status = "ok" if agrees else ("warn" if assumed else "fail")
        source = prior.url or prior.article_id
        if agrees:
            vi = f"{what_vi} ngụ ý {fmt_vi(implied)}{when_vi}, khớp với số đã đăng ({prior.text}, {source})."
            en = f"{what_en} implies {fmt_en(implied)}{when_vi}, matching the published {prior.text} ({source})."
        else:
            vi = f"{what_vi} ngụ ý {fmt_vi(implied)}{when_vi}, nhưng số đã đăng là {prior.text} ({source})."
            en = f"{what_en} implies {fmt_en(implied)}{when_vi}, but {prior.text} was published ({source})."
            if assumed:
                vi += " Kỳ so sánh được giả định là năm trước."
                en += " The base period was assumed to be the previous year."
        yield CheckResult(
            "implied_level", status, (change.id, level.id, prior.id), vi, en,
            {**base, "stored": [{"fact_id": prior.id, "value": prior.value, "url": prior.url}]},
        )
