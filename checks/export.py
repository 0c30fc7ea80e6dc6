"""`vnmetrics export`: the analysts' views and tables as Parquet or CSV files, one Hive-style folder per month.

Time-stamped data (facts, articles, check results, conflicts, verdicts) is partitioned by the month of the
article's publication (Vietnam time), `month=YYYY-MM/`, `month=unknown/` for undated articles, so a reader
such as DuckDB, Polars or Spark can prune by month. Small reference data is written as one file each.
Each export replaces the previous files of the same table (the folder `OUT/<table>/` is removed first).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

FORMATS = ("parquet", "csv")
_MONTH = "coalesce(strftime({col}, '%Y-%m'), 'unknown') AS month"

# name -> (query, partitioned by month?). Article text is left out of `articles`: it is the bulk of the
# database and analysts get sentences through `facts`.
EXPORTS: dict[str, tuple[str, bool]] = {
    "facts": (f"SELECT *, {_MONTH.format(col='published_at')} FROM v_facts", True),
    "articles": (
        "SELECT a.id, a.source_id, s.name AS source_name, s.province AS source_province, a.url, a.title,"
        " a.published_at, a.fetched_at, a.version, a.author, a.category, a.attachments, length(a.text) AS chars,"
        f" {_MONTH.format(col='a.published_at')}"
        " FROM articles a LEFT JOIN sources s ON s.id = a.source_id",
        True,
    ),
    "check_results": (f"SELECT *, {_MONTH.format(col='published_at')} FROM v_check_results", True),
    "conflicts": (f"SELECT *, {_MONTH.format(col='published_at')} FROM v_conflicts", True),
    "verdicts": (
        "SELECT v.*, a.url, a.published_at, "
        f"{_MONTH.format(col='v.reviewed_on')} FROM verdicts v LEFT JOIN articles a ON a.id = v.article_id",
        True,
    ),
    "indicator_series": ("SELECT * FROM v_indicator_series", False),
    "reference_values": ("SELECT * FROM reference_values", False),
    "crawl_health": ("SELECT * FROM v_crawl_health", False),
}


@dataclass(frozen=True, slots=True)
class Exported:
    name: str
    rows: int
    path: Path
    partitioned: bool


def export_all(con: duckdb.DuckDBPyConnection, out: Path, fmt: str = "parquet") -> list[Exported]:
    """Write every export under `out` with DuckDB COPY; returns what was written."""
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    out.mkdir(parents=True, exist_ok=True)
    options = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER"
    written = []
    for name, (query, partitioned) in EXPORTS.items():
        if partitioned:
            target = out / name
            if target.is_dir():
                # COPY's OVERWRITE leaves month folders the new data lacks; a stale month would read as data.
                shutil.rmtree(target)
            sql = f"COPY ({query}) TO '{_quote(target)}' ({options}, PARTITION_BY (month))"
        else:
            target = out / f"{name}.{fmt}"
            sql = f"COPY ({query}) TO '{_quote(target)}' ({options})"
        rows = con.execute(sql).fetchall()[0][0]
        written.append(Exported(name, int(rows), target, partitioned))
    return written


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
