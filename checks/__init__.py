"""Fact-checking: small named checks over stored facts, results upserted into `fact_checks`.

Checks (see each module): `ratio_percent`, `out_of_bounds`, `percent_share`, `parts_total` (checks.arithmetic),
`implied_level` (checks.changes), `conflict` (checks.conflicts), `target` (checks.targets) and `reference`
(checks.reference). `run_checks` is what `vnmetrics check` and the nightly job call.

Which rows are stored: every comparison that was actually made (ok, warn or fail), so a reader can see that
a figure was checked and against what; pure bounds checks (`out_of_bounds`, `percent_share`) store failures
only, since "9 is not above 63" tells nobody anything.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import duckdb
import pyarrow as pa

from checks import arithmetic, changes, conflicts, reference, targets  # noqa: F401  (register the checks)
from checks.core import REGISTRY, CheckResult, Context, clear_caches, load_facts, register
from store.bulk import register as register_arrow

__all__ = ["REGISTRY", "CheckResult", "check_names", "pending_article_ids", "register", "run_checks"]

_RESULT_SCHEMA = pa.schema([
    ("id", pa.string()), ("check_name", pa.string()), ("status", pa.string()), ("fact_ids", pa.list_(pa.string())),
    ("reason_vi", pa.string()), ("reason_en", pa.string()), ("compared", pa.string()), ("run_id", pa.string()),
])


def check_names() -> list[str]:
    return list(REGISTRY)


def pending_article_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Articles whose facts were (re-)extracted since the checks last saw them."""
    rows = con.execute(
        "SELECT e.article_id FROM extractions e LEFT JOIN check_state c ON c.article_id = e.article_id"
        " WHERE c.article_id IS NULL OR c.extracted_at IS NULL OR e.extracted_at > c.extracted_at"
        " ORDER BY e.article_id"
    ).fetchall()
    return [r[0] for r in rows]


def run_checks(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None = None,
    article_ids: Sequence[str] | None = None,
    *,
    all_articles: bool = False,
    names: Iterable[str] | None = None,
) -> int:
    """Check the facts of some articles against each other, the store and the reference tables.

    `article_ids` None means the articles extracted since their last check (incremental); `all_articles`
    re-checks everything (after loading a reference table, or after changing a check). Results of other
    articles that share a group with the checked facts (a conflict, a target from another article) are
    recomputed too, so no stale row survives. `names` limits the run to some checks. Writes in the caller's
    transaction; returns the number of result rows written.
    """
    selected = list(names) if names is not None else check_names()
    unknown = sorted(set(selected) - set(REGISTRY))
    if unknown:
        raise ValueError(f"unknown check(s) {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
    # Results about facts that re-extraction has since replaced describe nothing that exists any more.
    con.execute(
        "DELETE FROM fact_checks WHERE id IN (SELECT c.id FROM (SELECT id, unnest(fact_ids) AS fid FROM fact_checks) c"
        " LEFT JOIN facts f ON f.id = c.fid WHERE f.id IS NULL)"
    )
    clear_caches()
    facts = load_facts(con)
    if all_articles:
        scope = {f.id for f in facts}
        checked_articles = sorted({f.article_id for f in facts})
    else:
        ids = pending_article_ids(con) if article_ids is None else list(article_ids)
        wanted = set(ids)
        scope = {f.id for f in facts if f.article_id in wanted}
        checked_articles = ids
    ctx = Context(con=con, facts=facts, scope=scope)
    written = 0
    for name in selected:
        results = _dedupe(REGISTRY[name](ctx))
        examined = set(scope)
        for result in results:
            examined.update(result.fact_ids)
        _replace(con, name, examined, results, run_id, everything=all_articles)
        written += len(results)
    if names is None and checked_articles:
        register_arrow(con, "checked_articles", pa.table({"article_id": checked_articles}))
        try:
            con.execute(
                "INSERT INTO check_state (article_id, extracted_at, checked_at)"
                " SELECT c.article_id, e.extracted_at, now() FROM checked_articles c"
                " LEFT JOIN extractions e ON e.article_id = c.article_id"
                " ON CONFLICT (article_id) DO UPDATE SET extracted_at = excluded.extracted_at,"
                " checked_at = excluded.checked_at"
            )
        finally:
            con.unregister("checked_articles")
    return written


def _dedupe(results: Iterable[CheckResult]) -> list[CheckResult]:
    """One row per id: a check may meet the same group twice (e.g. from two of its facts)."""
    out: dict[str, CheckResult] = {}
    for result in results:
        out[result.id] = result
    return list(out.values())


def _replace(con: duckdb.DuckDBPyConnection, name: str, examined: set[str], results: list[CheckResult],
             run_id: str | None, *, everything: bool) -> None:
    if everything:
        con.execute("DELETE FROM fact_checks WHERE check_name = ?", [name])
    elif examined:
        register_arrow(con, "examined_facts", pa.table({"id": sorted(examined)}))
        try:
            con.execute(
                "DELETE FROM fact_checks WHERE check_name = ? AND id IN (SELECT c.id FROM"
                " (SELECT id, unnest(fact_ids) AS fid FROM fact_checks WHERE check_name = ?) c"
                " JOIN examined_facts e ON e.id = c.fid)",
                [name, name],
            )
        finally:
            con.unregister("examined_facts")
    if not results:
        return
    rows = [{"id": r.id, "check_name": r.check_name, "status": r.status, "fact_ids": list(r.fact_ids),
             "reason_vi": r.reason_vi, "reason_en": r.reason_en,
             "compared": json.dumps(r.compared, ensure_ascii=False, default=str), "run_id": run_id} for r in results]
    register_arrow(con, "incoming_checks", pa.Table.from_pylist(rows, schema=_RESULT_SCHEMA))
    try:
        con.execute(
            "INSERT INTO fact_checks (id, check_name, status, fact_ids, reason_vi, reason_en, compared, run_id,"
            " checked_at) SELECT id, check_name, status, fact_ids, reason_vi, reason_en, compared::JSON, run_id,"
            " now() FROM incoming_checks"
            " ON CONFLICT (id) DO UPDATE SET status = excluded.status, fact_ids = excluded.fact_ids,"
            " reason_vi = excluded.reason_vi, reason_en = excluded.reason_en, compared = excluded.compared,"
            " run_id = excluded.run_id, checked_at = excluded.checked_at"
        )
    finally:
        con.unregister("incoming_checks")
