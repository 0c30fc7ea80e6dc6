"""Official reference tables (PAR Index, SIPAS, ... as published) and the check of claims against them.

`load_reference_csv` validates a CSV with the columns of `reference_values` and upserts it; every problem is
reported with its line and column so a table copied by hand can be fixed quickly.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from checks.core import CheckResult, Context, FactRow, fmt_en, fmt_vi, judge, register
from checks.places import NATIONAL, canonical_province, place_key, same_place
from extract.linking.gazetteer import load as load_gazetteer
from vnmetrics.contract import KINDS

REQUIRED = ("indicator", "location", "period", "kind", "value", "source_url")
OPTIONAL = ("out_of", "published_by")
_ONE_PERIOD = r"\d{4}(?:-(?:H[12]|Q[1-4]|\d{2}(?:-\d{2})?))?"
_PERIOD = re.compile(rf"{_ONE_PERIOD}(?:\.\.{_ONE_PERIOD})?")
_INDICATOR = re.compile(r"[A-Z][A-Z0-9_]*")


class ReferenceFileError(ValueError):
    """A reference CSV that cannot be loaded; the message lists every problem with line and column."""


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    indicator: str
    location: str
    period: str
    kind: str
    value: float
    out_of: float | None
    source_url: str
    published_by: str | None


def _number(text: str) -> float:
    """`79.92` or `79,92` (a hand-copied Vietnamese table); thousands separators are not expected here."""
    text = text.strip()
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    return float(text)


def parse_reference_csv(path: Path) -> list[ReferenceRow]:
    """Read and validate a reference table; raises ReferenceFileError naming each bad line and column."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ReferenceFileError(f"cannot read {path}: {exc.strerror}") from exc
    with handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in (reader.fieldnames or [])]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise ReferenceFileError(
                f"{path}: line 1: missing column(s) {', '.join(missing)}; expected "
                f"{', '.join(REQUIRED + OPTIONAL)}"
            )
        reader.fieldnames = header
        problems: list[str] = []
        rows: list[ReferenceRow] = []
        seen: dict[tuple[str, str, str, str], int] = {}
        provinces = set(load_gazetteer().old) | set(load_gazetteer().new) | {NATIONAL}
        for record in reader:
            line = reader.line_num

            def bad(column: str, why: str, line: int = line) -> None:
                problems.append(f"line {line}, column {column}: {why}")

            cell = {k: (v or "").strip() for k, v in record.items() if k is not None}
            if None in record:
                bad("-", f"{len(record[None])} more field(s) than the header has")
            indicator = cell.get("indicator", "")
            if not _INDICATOR.fullmatch(indicator):
                bad("indicator", f"{indicator!r} is not an indicator id like PAR_INDEX")
            location = canonical_province(cell.get("location", ""))
            if not location or location not in provinces:
                bad("location", f"{cell.get('location')!r} is not a province name (nor {NATIONAL})")
            period = cell.get("period", "")
            if not _PERIOD.fullmatch(period):
                bad("period", f"{period!r} is not a period like 2023, 2024-H1, 2024-Q2, 2024-05")
            kind = cell.get("kind", "")
            if kind not in KINDS:
                bad("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
            value = out_of = None
            try:
                value = _number(cell.get("value", ""))
            except ValueError:
                bad("value", f"{cell.get('value')!r} is not a number")
            if cell.get("out_of"):
                try:
                    out_of = _number(cell["out_of"])
                except ValueError:
                    bad("out_of", f"{cell['out_of']!r} is not a number")
            if kind == "rank" and value is not None:
                if value < 1 or value != int(value):
                    bad("value", f"rank {cell.get('value')} is not a whole number from 1")
                elif out_of is not None and value > out_of:
                    bad("value", f"rank {cell.get('value')} is beyond out_of {cell.get('out_of')}")
            if kind in ("percent", "score") and value is not None and out_of is None and value > 100:
                bad("value", f"{kind} {cell.get('value')} is above 100 without an out_of")
            url = cell.get("source_url", "")
            if not re.match(r"https?://\S+$", url):
                bad("source_url", f"{url!r} is not an http(s) URL")
            key = (indicator, location or "", period, kind)
            if key in seen:
                bad("location", f"duplicate of line {seen[key]} ({indicator}, {location}, {period}, {kind})")
            seen[key] = line
            if value is not None and location:
                rows.append(ReferenceRow(indicator, location, period, kind, value, out_of, url,
                                         cell.get("published_by") or None))
    if problems:
        shown = problems[:30]
        more = f"\n... and {len(problems) - 30} more" if len(problems) > 30 else ""
        raise ReferenceFileError(f"{path}: {len(problems)} problem(s):\n" + "\n".join(shown) + more)
    if not rows:
        raise ReferenceFileError(f"{path}: no data rows")
    return rows


def store_reference(con: duckdb.DuckDBPyConnection, rows: list[ReferenceRow]) -> int:
    con.executemany(
        "INSERT INTO reference_values (indicator, location, period, kind, value, out_of, source_url, published_by,"
        " loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())"
        " ON CONFLICT (indicator, location, period, kind) DO UPDATE SET value = excluded.value,"
        " out_of = excluded.out_of, source_url = excluded.source_url, published_by = excluded.published_by,"
        " loaded_at = excluded.loaded_at",
        [[r.indicator, r.location, r.period, r.kind, r.value, r.out_of, r.source_url, r.published_by] for r in rows],
    )
    return len(rows)


def load_reference_csv(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    """Validate and upsert one reference CSV; returns the rows loaded."""
    return store_reference(con, parse_reference_csv(path))


def reference_rows(con: duckdb.DuckDBPyConnection) -> list[ReferenceRow]:
    sql = ("SELECT indicator, location, period, kind, value, out_of, source_url, published_by"
           " FROM reference_values")
    return [ReferenceRow(*row) for row in con.execute(sql).fetchall()]


_SAME_VALUE = {"percent": "score", "score": "percent"}
_NAME = {"rank": ("thứ hạng", "rank"), "score": ("điểm", "score"), "percent": ("tỷ lệ", "percentage"),
         "count": ("số lượng", "count"), "money": ("giá trị", "amount")}


@register("reference")
def reference(ctx: Context) -> Iterable[CheckResult]:
    """A linked fact (indicator, province, period) against the official table for it."""
    index: dict[tuple[str, str, str, str], ReferenceRow] = {}
    for row in reference_rows(ctx.con):
        index[(row.indicator, row.location, row.period, row.kind)] = row
    if not index:
        return
    for fact in ctx.facts:
        if fact.id not in ctx.scope or fact.role != "level" or not fact.indicator or not fact.period:
            continue
        key = place_key(fact.location, fact.place)
        row = index.get((fact.indicator, key or "", fact.period, fact.kind))
        if row is None and fact.kind in _SAME_VALUE:
            # PAR Index 92,18 is written "92,18%" by some and "92,18 điểm" by others: one published value.
            row = index.get((fact.indicator, key or "", fact.period, _SAME_VALUE[fact.kind]))
        if row is None or not same_place(fact.location, fact.place, fact.province_now, row.location, None, None):
            continue
        status, why = judge((row.value, row.value), fact)
        if status == "ok" and row.out_of and fact.out_of and row.out_of != fact.out_of:
            status, why = "warn", "different_base"
        elsewhere = _matching_period(index, row, fact) if status == "fail" else None
        if elsewhere is not None:
            # "so với năm 2022 (80,08%)": the figure is right for another year; more likely a misread period
            # than a wrong number, so it is a warning that names the year.
            status, why = "warn", "other_period"
        name_vi, name_en = _NAME[fact.kind]
        official_vi = fmt_vi(row.value) + (f"/{fmt_vi(row.out_of)}" if row.out_of and fact.kind == "rank" else "")
        official_en = fmt_en(row.value) + (f"/{fmt_en(row.out_of)}" if row.out_of and fact.kind == "rank" else "")
        if elsewhere is not None:
            vi = (f"{fact.text} khác với {name_vi} {row.indicator} {row.period} của {row.location} ({official_vi}) "
                  f"nhưng khớp với số liệu năm {elsewhere.period}: có thể kỳ của số liệu bị đọc sai.")
            en = (f"{fact.text} differs from the {row.indicator} {row.period} {name_en} of {row.location} "
                  f"({official_en}) but matches the {elsewhere.period} figure: the period may be misread.")
        elif status == "ok":
            vi = (f"{fact.text} khớp với {name_vi} {row.indicator} {row.period} chính thức của {row.location}: "
                  f"{official_vi}.")
            en = (f"{fact.text} matches the official {row.indicator} {row.period} {name_en} of {row.location}: "
                  f"{official_en}.")
        else:
            vi = (f"{fact.text} khác với {name_vi} {row.indicator} {row.period} chính thức của {row.location}: "
                  f"{official_vi} (nguồn: {row.source_url}).")
            en = (f"{fact.text} differs from the official {row.indicator} {row.period} {name_en} of {row.location}: "
                  f"{official_en} (source: {row.source_url}).")
        yield CheckResult(
            "reference", status, (fact.id,), vi, en,
            {"stated": fact.value, "stated_qualifier": fact.qualifier, "stated_out_of": fact.out_of,
             "official": row.value, "official_out_of": row.out_of, "indicator": row.indicator,
             "location": row.location, "period": row.period, "kind": row.kind, "source_url": row.source_url,
             "published_by": row.published_by, "finding": why,
             "matches_period": elsewhere.period if elsewhere is not None else None},
        )


def _matching_period(index: dict[tuple[str, str, str, str], ReferenceRow], row: ReferenceRow,
                     fact: FactRow) -> ReferenceRow | None:
    """Another period's official row for the same indicator, place and kind that the fact agrees with."""
    for (indicator, location, period, kind), other in index.items():
        same_series = (indicator, location, kind) == (row.indicator, row.location, row.kind)
        if same_series and period != row.period and judge((other.value, other.value), fact)[0] == "ok":
            return other
    return None
