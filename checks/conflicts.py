"""The same figure reported differently by different articles.

Facts are grouped by what they measure (indicator, else normalised subject), the former province (see
checks.places), period, kind, role and direction. Two articles disagree when no fact of one is compatible
with any fact of the other under rounding (79,9 and 79,92 agree; 9 and 10 do not): an article may hold two
values for a loose subject, and that alone is no conflict. Groups where two or more articles all agree get an
`ok` row ("corroborated"), disagreements `fail` (`warn` when every disagreeing pair is from one source, which is
usually a correction).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from checks.core import (
    CheckResult,
    Context,
    FactRow,
    claim_interval,
    fmt_en,
    fmt_vi,
    gap,
    measure_key,
    register,
    subject_key,
)
from checks.places import NATIONAL, place_key


def conflict_key(f: FactRow) -> tuple | None:
    """What must be equal for two facts to be the same figure.

    A province's rank, score or percent on an index is identified by the index alone, however the articles
    word it. Counts and amounts under an index (`10.590 doanh nghiệp` surveyed, `ba tỉnh` that fell) and
    national figures (the PAR Index average of ministries and that of provinces are both `Việt Nam`) are many
    different quantities, so their subject and unit are part of the key as well.
    """
    measure, place = measure_key(f), place_key(f.location, f.place)
    if measure is None or place is None or f.period is None:
        return None
    key: tuple = (measure, place, f.period, f.kind, f.role, f.direction)
    if f.indicator and (f.kind in ("count", "money") or place == NATIONAL):
        subject = subject_key(f.subject)
        if subject is None:
            return None
        key += (subject, (f.unit or "").lower())
    return key


def _agree(a: FactRow, b: FactRow) -> bool:
    if a.out_of and b.out_of and abs(a.out_of - b.out_of) > 1e-9:
        return False
    return gap(claim_interval(a), claim_interval(b)) == 0


@register("conflict")
def conflict(ctx: Context) -> Iterable[CheckResult]:
    groups: dict[tuple, list[FactRow]] = defaultdict(list)
    for f in ctx.facts:
        key = conflict_key(f)
        if key is not None:
            groups[key].append(f)
    for key, facts in groups.items():
        by_article: dict[str, list[FactRow]] = defaultdict(list)
        for f in facts:
            by_article[f.article_id].append(f)
        if len(by_article) < 2 or not ctx.in_scope(facts):
            continue
        disagreeing: set[str] = set()
        cross_source = False
        for a, b in combinations(sorted(by_article), 2):
            if any(_agree(fa, fb) for fa in by_article[a] for fb in by_article[b]):
                continue
            disagreeing.update((a, b))
            src_a, src_b = by_article[a][0].source_id, by_article[b][0].source_id
            cross_source = cross_source or src_a is None or src_b is None or src_a != src_b
        measure, place, period, kind, role = key[:5]
        reports = [
            {"fact_id": f.id, "article_id": f.article_id, "value": f.value, "out_of": f.out_of,
             "qualifier": f.qualifier, "text": f.text, "url": f.url, "source_id": f.source_id,
             "published_at": f.published_at.isoformat() if f.published_at else None}
            for f in sorted(facts, key=lambda f: (f.published_at is None, f.published_at, f.id))
        ]
        compared = {"measure": measure, "location": place, "period": period, "kind": kind, "role": role,
                    "articles": len(by_article), "reports": reports}
        if not disagreeing:
            values_vi = ", ".join(sorted({fmt_vi(f.value) for f in facts}))
            values_en = ", ".join(sorted({fmt_en(f.value) for f in facts}))
            yield CheckResult(
                "conflict", "ok", tuple(f.id for f in facts),
                f"{len(by_article)} bài viết thống nhất về {measure} của {place} ({period}): {values_vi}.",
                f"{len(by_article)} articles agree on {measure} for {place} ({period}): {values_en}.",
                compared,
            )
            continue
        involved = [f for f in facts if f.article_id in disagreeing]
        values_vi = "; ".join(f"{f.text} ({f.url or f.article_id})" for f in involved)
        yield CheckResult(
            "conflict", "fail" if cross_source else "warn", tuple(f.id for f in involved),
            f"Các bài viết đưa số liệu khác nhau về {measure} của {place} ({period}): {values_vi}.",
            f"Articles give different figures for {measure} in {place} ({period}): {values_vi}.",
            {**compared, "disagreeing_articles": sorted(disagreeing), "cross_source": cross_source},
        )
