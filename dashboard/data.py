"""What the dashboard reads from the store: filtered fact pages, one fact with its checks, series, provinces.

Every function takes an open read-only connection and returns plain dicts, so the caller decides when the
file is opened and closed (see dashboard.source). Queries are shaped for DuckDB on a million facts: filters
are equality tests on dictionary-compressed columns, a page is a top-N over ids only (the wide columns
such as `sentence` are read for the 50 rows shown, never for the whole table), and each fact's check
status is one aggregate over `fact_checks`, which is small next to `facts`.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

import duckdb
import pyarrow as pa

from dashboard.reference import NATIONAL, indicators, provinces
from vnmetrics.contract import KINDS, ROLES

PAGE_SIZE = 30  # each row shown costs an index lookup (~1 ms cold on a million facts)
MAX_PAGE = 2000  # deeper OFFSETs only cost time; nobody reads page 2,001 instead of filtering
STATUSES = ("flagged", "fail", "warn", "ok", "unchecked")
SEVERITY = {"fail": 3, "warn": 2, "ok": 1, "unchecked": 0}
STATUS_OF = {v: k for k, v in SEVERITY.items()}

# One row per fact that any check looked at, with its worst status (3 fail, 2 warn, 1 ok).
_SEV_CTE = (
    "sev AS (SELECT fid AS fact_id, max(CASE status WHEN 'fail' THEN 3 WHEN 'warn' THEN 2 ELSE 1 END) AS sev"
    " FROM (SELECT unnest(fact_ids) AS fid, status FROM fact_checks) GROUP BY fid)"
)
_FACT_COLUMNS = (
    'f.id, f.article_id, f.text, f.kind, f.role, f.direction, f.value, f.value_max, f.out_of, f.qualifier,'
    ' f.unit, f.subject, f.indicator, f.location, f.place, f.province_now, f.period, f.sentence,'
    ' f.sentence_start, f.start, f."end", f.confidence, f.extractor_version'
)


@dataclass(frozen=True, slots=True)
class Filters:
    """The facts list's filters, read from and written back to the query string so URLs can be shared."""

    province: str | None = None
    indicator: str | None = None
    period: str | None = None
    kind: str | None = None
    role: str | None = None
    status: str | None = None
    page: int = 1

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> Filters:
        """Keep only values the store can hold; anything else is ignored rather than an error page."""

        def clean(name: str, allowed: Sequence[str] | None = None) -> str | None:
            value = (params.get(name) or "").strip()
            if not value or len(value) > 100:
                return None
            return value if allowed is None or value in allowed else None

        try:
            page = min(max(1, int(params.get("page") or 1)), MAX_PAGE)
        except ValueError:
            page = 1
        return cls(
            province=clean("province"), indicator=clean("indicator"), period=clean("period"),
            kind=clean("kind", KINDS), role=clean("role", ROLES), status=clean("status", STATUSES), page=page,
        )

    def query(self, lang: str | None = None, **changes: Any) -> str:
        """The query string for these filters with some changed (page resets unless given)."""
        changes.setdefault("page", 1)
        target = replace(self, **changes)
        items = [(f.name, getattr(target, f.name)) for f in fields(target)]
        pairs = [(k, v) for k, v in items if v not in (None, "") and not (k == "page" and v == 1)]
        if lang and lang != "vi":
            pairs.append(("lang", lang))
        return urllib.parse.urlencode(pairs)

    @property
    def active(self) -> bool:
        return any(getattr(self, name) for name in ("province", "indicator", "period", "kind", "role", "status"))

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on `facts f` (and `s.sev` when filtering by status) with their parameters."""
        conditions: list[str] = []
        params: list[Any] = []
        if self.province:
            # Old and new names both work: Bình Dương finds its own facts, Hồ Chí Minh finds its own and,
            # through province_now, those of the provinces merged into it.
            conditions.append("(f.location = ? OR f.province_now = ?)")
            params += [self.province, self.province]
        if self.indicator:
            conditions.append("f.indicator = ?")
            params.append(self.indicator)
        if self.period:
            # `2024` also finds 2024-H1, 2024-05, 2024-05-01 and ranges that start in 2024 (2024..2025).
            conditions.append("(f.period = ? OR starts_with(f.period, ?) OR starts_with(f.period, ?))")
            params += [self.period, self.period + "-", self.period + ".."]
        if self.kind:
            conditions.append("f.kind = ?")
            params.append(self.kind)
        if self.role:
            conditions.append("f.role = ?")
            params.append(self.role)
        if self.status == "flagged":
            conditions.append("s.sev >= 2")
        elif self.status == "unchecked":
            conditions.append("s.sev IS NULL")
        elif self.status:
            conditions.append("s.sev = ?")
            params.append(SEVERITY[self.status])
        return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


@dataclass(frozen=True, slots=True)
class Selection:
    """Which facts one page shows, in order, with their worst check status, and the counts around them."""

    ids: list[tuple[str, int]]  # (fact id, severity)
    total: int
    n_fail: int
    n_warn: int
    page: int
    pages: int


def fact_page(con: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """One page of facts, flagged first (fail, then warn), newest article first, with counts and checks."""
    return page_rows(con, select_page(con, filters))


def select_page(con: duckdb.DuckDBPyConnection, filters: Filters) -> Selection:
    """The page's fact ids and counts in SQL (dashboard.index does the same from memory, faster)."""
    where, params = filters.where()
    if filters.active:
        counts = con.execute(
            f"WITH {_SEV_CTE} SELECT count(*), count(*) FILTER (WHERE s.sev = 3), count(*) FILTER (WHERE s.sev = 2)"
            f" FROM facts f LEFT JOIN sev s ON s.fact_id = f.id{where}",
            params,
        ).fetchone()
    else:
        # The landing page: `checks.run_checks` deletes results of facts that no longer exist, so the
        # statuses can be counted without joining them to a million facts.
        counts = con.execute(
            f"WITH {_SEV_CTE} SELECT (SELECT count(*) FROM facts), count(*) FILTER (WHERE sev = 3),"
            " count(*) FILTER (WHERE sev = 2) FROM sev"
        ).fetchone()
    total, n_fail, n_warn = counts if counts else (0, 0, 0)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(filters.page, pages)
    offset = (page - 1) * PAGE_SIZE
    if offset + PAGE_SIZE <= n_fail + n_warn and filters.status not in ("ok", "unchecked"):
        # The page holds flagged facts only: start from the few flagged ids instead of every fact, so the
        # join to articles (for the date order) touches thousands of rows, not a million.
        sql = (
            f"WITH {_SEV_CTE}, s AS (SELECT * FROM sev WHERE sev >= 2)"
            f" SELECT f.id, s.sev FROM s JOIN facts f ON f.id = s.fact_id JOIN articles a ON a.id = f.article_id"
        )
    else:
        sql = (
            f"WITH {_SEV_CTE} SELECT f.id, coalesce(s.sev, 0) AS sev FROM facts f"
            f" LEFT JOIN sev s ON s.fact_id = f.id JOIN articles a ON a.id = f.article_id"
        )
    ids = con.execute(
        f"{sql}{where} ORDER BY sev DESC, a.published_at DESC NULLS LAST, f.id LIMIT ? OFFSET ?",
        [*params, PAGE_SIZE, offset],
    ).fetchall()
    return Selection([(fid, int(sev)) for fid, sev in ids], total, n_fail, n_warn, page, pages)


@dataclass(slots=True)
class Memory:
    """Fact rows and flagged check results held in memory (by dashboard.index, per file version), so a page
    of flagged facts (the landing page, status filters, province flags) needs no file access at all."""

    rows: dict[str, dict[str, Any]]  # fact id -> row as facts_by_id returns it
    flag_checks: list[dict[str, Any]]  # every fail/warn result, in display order
    by_fact: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for check in self.flag_checks:
            for fid in check["fact_ids"]:
                self.by_fact.setdefault(fid, []).append(check)

    def covers(self, ids: Sequence[str]) -> bool:
        return all(fid in self.rows and all(o in self.rows for c in self.by_fact.get(fid, ()) for o in c["fact_ids"])
                   for fid in ids)


_CHECK_COLUMNS = "id, check_name, status, fact_ids, reason_vi, reason_en, compared, checked_at"
_CHECK_ORDER = " ORDER BY CASE status WHEN 'fail' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END, checked_at DESC, id"


def flagged_checks(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every fail/warn check result, worst and newest first."""
    return _checks(con, f"SELECT {_CHECK_COLUMNS} FROM fact_checks WHERE status <> 'ok'{_CHECK_ORDER}", [])


def page_rows(
    con: duckdb.DuckDBPyConnection | None, selection: Selection, memory: Memory | None = None
) -> dict[str, Any]:
    """The selected facts' full rows, each with its flagged checks, plus the selection's counts.

    With `memory`, rows and checks it holds are taken from it; `con` may be None when it covers the page.
    """
    ids = [fid for fid, _ in selection.ids]
    facts = _rows(con, ids, memory)
    for fid, sev in selection.ids:
        if fid in facts:
            facts[fid]["status"] = STATUS_OF[sev]
    # A fact re-extracted away since the selection was made is simply not shown.
    rows = [facts[fid] for fid, _ in selection.ids if fid in facts]
    if memory is not None:
        wanted = {id(c) for fid in facts for c in memory.by_fact.get(fid, ())}
        checks = [c for c in memory.flag_checks if id(c) in wanted]
    elif rows:
        checks = _checks(con, f"SELECT {_CHECK_COLUMNS} FROM fact_checks WHERE list_has_any(fact_ids, ?::VARCHAR[])"
                              f" AND status <> 'ok'{_CHECK_ORDER}", [list(facts)])
    else:
        checks = []
    _attach(con, rows, checks, memory)
    return {"rows": rows, "total": selection.total, "n_fail": selection.n_fail, "n_warn": selection.n_warn,
            "page": selection.page, "pages": selection.pages}


def _rows(con: duckdb.DuckDBPyConnection | None, ids: Sequence[str], memory: Memory | None) -> dict[str, Any]:
    """Copies of the rows for `ids`: from memory where it has them, else from the file."""
    known = memory.rows if memory is not None else {}
    out = {fid: dict(known[fid]) for fid in ids if fid in known}
    missing = [fid for fid in ids if fid not in known]
    if missing:
        if con is None:
            raise ValueError("rows not in memory and no connection to read them")
        out.update(facts_by_id(con, missing))
    return out


def _checks(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    checks = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    for check in checks:
        check["compared"] = _json(check["compared"])
    return checks


def _attach(con: duckdb.DuckDBPyConnection | None, rows: list[dict[str, Any]], checks: list[dict[str, Any]],
            memory: Memory | None) -> None:
    """Give each row `checks`: its results in the given order, each with the other facts it compared."""
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row["checks"] = []
    others = {fid for c in checks for fid in c["fact_ids"]} - set(by_id)
    other_rows = _rows(con, sorted(others), memory) if others else {}
    for check in checks:
        for fid in check["fact_ids"]:
            if fid in by_id:
                # Flat copies: a fact compared with another on the same page must not nest the page in itself.
                mine = {**check, "others": [_flat(other_rows.get(o) or by_id.get(o) or {"id": o, "missing": True})
                                            for o in check["fact_ids"] if o != fid]}
                by_id[fid]["checks"].append(mine)


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "checks"}


def facts_by_id(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Full rows (with the article's URL, title and date) for the given fact ids.

    A literal IN list lets DuckDB use the primary-key index; a join or `IN (SELECT unnest(?))` would scan
    the wide `sentence` column of every fact instead. Articles are looked up the same way.
    """
    if not ids:
        return {}
    ids = list(dict.fromkeys(ids))
    cur = con.execute(
        f"SELECT {_FACT_COLUMNS} FROM facts f WHERE f.id IN ({', '.join('?' * len(ids))})", ids)
    names = [d[0] for d in cur.description]
    rows = {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
    article_ids = list({row["article_id"] for row in rows.values()})
    articles = {
        aid: (url, title, published)
        for aid, url, title, published in con.execute(
            f"SELECT id, url, title, published_at FROM articles WHERE id IN ({', '.join('?' * len(article_ids))})",
            article_ids,
        ).fetchall()
    } if article_ids else {}
    for row in rows.values():
        row["url"], row["title"], row["published_at"] = articles.get(row["article_id"], (None, None, None))
    return rows


def facts_involved(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Rows for many fact ids at once (thousands): one join instead of index lookups."""
    if not ids:
        return {}
    con.register("dashboard_wanted_ids", pa.table({"id": pa.array(list(ids), pa.string())}))
    try:
        cur = con.execute(
            f"SELECT {_FACT_COLUMNS}, a.url, a.title, a.published_at FROM facts f"
            " JOIN dashboard_wanted_ids w ON w.id = f.id LEFT JOIN articles a ON a.id = f.article_id")
        names = [d[0] for d in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
    finally:
        con.unregister("dashboard_wanted_ids")


def fact_detail(con: duckdb.DuckDBPyConnection, fact_id: str) -> dict[str, Any] | None:
    rows = facts_by_id(con, [fact_id])
    row = rows.get(fact_id)
    if row is None:
        return None
    checks = _checks(con, f"SELECT {_CHECK_COLUMNS} FROM fact_checks WHERE list_contains(fact_ids, ?)"
                          f"{_CHECK_ORDER}", [fact_id])
    _attach(con, [row], checks, None)
    severities = [SEVERITY[c["status"]] for c in row["checks"]]
    row["status"] = STATUS_OF[max(severities)] if severities else "unchecked"
    return row


def periods(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Distinct periods, newest first, for the period field's suggestions."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT period FROM facts WHERE period IS NOT NULL ORDER BY period DESC LIMIT 400").fetchall()]


def indicator_kinds(con: duckdb.DuckDBPyConnection, indicator: str, locations: Sequence[str]) -> list[str]:
    """Kinds of level figures reported for an indicator (most reported first), e.g. score then rank."""
    params: list[Any] = [indicator]
    cond = ""
    if locations:
        cond = " AND (list_contains(?::VARCHAR[], location) OR list_contains(?::VARCHAR[], province_now))"
        params += [list(locations), list(locations)]
    return [r[0] for r in con.execute(
        f"SELECT kind FROM facts WHERE indicator = ? AND role = 'level' AND period IS NOT NULL{cond}"
        " GROUP BY kind ORDER BY count(*) DESC, kind", params).fetchall()]


def series(
    con: duckdb.DuckDBPyConnection, indicator: str, kind: str, locations: Sequence[str], *, limit: int = 4000
) -> list[dict[str, Any]]:
    """Reported levels of one indicator for the chosen provinces, every report with its article."""
    if not locations:
        return []
    cur = con.execute(
        "SELECT f.id, f.location, f.province_now, f.period, f.value, f.out_of, f.unit, f.text, a.url, a.title,"
        " a.published_at FROM facts f LEFT JOIN articles a ON a.id = f.article_id"
        " WHERE f.indicator = ? AND f.kind = ? AND f.role = 'level' AND f.period IS NOT NULL"
        " AND (list_contains(?::VARCHAR[], f.location) OR list_contains(?::VARCHAR[], f.province_now))"
        " ORDER BY f.location, f.period, a.published_at NULLS LAST, f.id LIMIT ?",
        [indicator, kind, list(locations), list(locations), limit],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def province_overview(
    con: duckdb.DuckDBPyConnection, name: str, select: Callable[[Any, Filters], Selection] | None = None,
    memory: Memory | None = None,
) -> dict[str, Any]:
    """A province's counts, its latest figure per indicator and kind, and its flagged facts.

    `select` picks fact ids (default: `select_page` in SQL; the app passes its in-memory index when fresh).
    """
    select = select or select_page
    everything = select(con, Filters(province=name))
    flagged = page_rows(con, select(con, Filters(province=name, status="flagged")), memory)
    cur = con.execute(
        "SELECT f.id, f.indicator, f.kind, f.period, f.value, f.out_of, f.unit, f.location, a.url,"
        " a.published_at, count(*) OVER (PARTITION BY f.indicator, f.kind) AS reports"
        " FROM facts f LEFT JOIN articles a ON a.id = f.article_id"
        " WHERE (f.location = ? OR f.province_now = ?) AND f.indicator IS NOT NULL AND f.role = 'level'"
        " AND f.period IS NOT NULL"
        " QUALIFY row_number() OVER (PARTITION BY f.indicator, f.kind"
        "   ORDER BY f.period DESC, a.published_at DESC NULLS LAST, f.id) = 1"
        " ORDER BY f.indicator, f.kind",
        [name, name],
    )
    names = [d[0] for d in cur.description]
    latest = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    return {"total": everything.total, "n_fail": everything.n_fail, "n_warn": everything.n_warn, "latest": latest,
            "flagged": flagged["rows"][:20], "n_flagged": flagged["total"]}


def highlight(row: Mapping[str, Any]) -> tuple[str, str, str]:
    """(before, number, after) of the fact's sentence, cut at the exact span the extractor stored.

    The offsets index the article text; the sentence starts at `sentence_start`. When they disagree with
    the stored text (an older extractor, a hand-edited row) the first occurrence of the fact's text is
    used, and failing that nothing is highlighted rather than the wrong characters.
    """
    sentence = row.get("sentence") or ""
    text = row.get("text") or ""
    base = row.get("sentence_start")
    if sentence and base is not None and row.get("start") is not None and row.get("end") is not None:
        lo, hi = row["start"] - base, row["end"] - base
        if 0 <= lo < hi <= len(sentence) and sentence[lo:hi] == text:
            return sentence[:lo], sentence[lo:hi], sentence[hi:]
    if sentence and text and text in sentence:
        lo = sentence.index(text)
        return sentence[:lo], text, sentence[lo + len(text):]
    if not sentence:
        return "", text, ""
    return sentence, "", ""


def known_province(name: str) -> bool:
    return name in provinces() or name == NATIONAL


def known_indicator(name: str) -> bool:
    return name in indicators()


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
