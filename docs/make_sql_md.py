"""Regenerate docs/sql.md: every analyst view with one query and the output it gives on a real database.

    .venv/bin/python docs/make_sql_md.py --db vnmetrics.duckdb [--note "built by vnmetrics demo"]

The database is opened read-only; the queries are the ones printed in the document, run as written.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from store import reading

OUT = Path(__file__).resolve().parent / "sql.md"

INTRO = """# Querying vnmetrics with SQL

Everything vnmetrics stores is in one DuckDB file. Analysts can query it with `vnmetrics query "SQL"`
(read-only, `--format table|csv|json`), the `duckdb` shell, or any DuckDB client; `vnmetrics export` writes
the same views as Parquet/CSV partitioned by month. Times are shown in Vietnam time (Asia/Ho_Chi_Minh).

The views are defined in `store/migrations/002_checks_views.sql` (each has a comment there). Tables:
`articles`, `sources`, `facts` (the fact contract's fields plus sentence and provenance), `fact_checks`
(results of `vnmetrics check`), `reference_values` (official tables loaded with `vnmetrics reference load`),
`verdicts` (`vnmetrics verdict`), `crawl_runs`.

{note}

"""

SECTIONS: list[tuple[str, str, str]] = [
    ("v_facts", "Every fact with its article (title, URL, publication time), source and sentence.",
     "SELECT text, kind, role, value, out_of, location, period, source_name, url\n"
     "FROM v_facts WHERE indicator = 'PAR_INDEX' AND location <> 'Việt Nam'\n"
     "ORDER BY published_at, start LIMIT 6"),
    ("v_indicator_series", "One row per location × indicator × period × kind of reported levels: the latest "
     "reported value (by publication time), how many reports and how many distinct values, and every report "
     "with its URL in `all_reports`.",
     "SELECT location, indicator, period, kind, latest_value, reports, distinct_values\n"
     "FROM v_indicator_series WHERE indicator IN ('PAR_INDEX', 'SIPAS', 'PCI')\n"
     "ORDER BY reports DESC, indicator, location, period LIMIT 8"),
    ("v_indicator_series (all reports of one series)", "`all_reports` is a list of structs; `unnest` turns "
     "it into rows.",
     "SELECT r.value, r.url, r.published_at\n"
     "FROM (SELECT unnest(all_reports) AS r FROM v_indicator_series\n"
     "      WHERE indicator = 'PCI' AND location = 'Quảng Ninh' AND period = '2023' AND kind = 'score')"),
    ("v_check_results", "Each check result once per fact it involves, with the fact and its article: "
     "filter by status, province, indicator or check.",
     "SELECT check_name, status, count(*) AS fact_rows, count(DISTINCT check_id) AS results\n"
     "FROM v_check_results GROUP BY ALL ORDER BY check_name, status"),
    ("v_check_results (flagged)", "The reason is stored in Vietnamese (`reason_vi`) and English (`reason_en`); "
     "`compared` holds the numbers as JSON.",
     "SELECT check_name, status, text, location, period, reason_en\n"
     "FROM v_check_results WHERE status <> 'ok'\n"
     "ORDER BY status, check_name, fact_id LIMIT 6"),
    ("v_check_results (the numbers compared)", "Reading `compared` with DuckDB's JSON operators.",
     "SELECT text, compared->>'official' AS official, compared->>'finding' AS finding,\n"
     "       compared->>'source_url' AS source_url\n"
     "FROM v_check_results WHERE check_name = 'reference' ORDER BY fact_id LIMIT 5"),
    ("v_conflicts", "Figures that different articles give differently for the same indicator (or subject), "
     "place, period, kind and role, one row per disagreeing fact (filled by `vnmetrics check`).",
     "SELECT measure, location, period, value, text, url\n"
     "FROM v_conflicts ORDER BY check_id, value LIMIT 6"),
    ("v_crawl_health", "Per source: articles and facts held, newest publication, last fetch, and the latest "
     "crawl run's status and error count.",
     "SELECT source_id, articles, facts, last_published_at, last_run_status, last_run_errors\n"
     "FROM v_crawl_health ORDER BY articles DESC, source_id LIMIT 8"),
    ("reference_values", "The official tables the `reference` check compares claims with.",
     "SELECT indicator, period, kind, count(*) AS rows, count(DISTINCT source_url) AS sources\n"
     "FROM reference_values GROUP BY ALL ORDER BY indicator, period, kind"),
]


def _cell(value: Any, width: int = 70) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def render(db: Path, note: str) -> str:
    parts = [INTRO.format(note=note)]
    with reading(db) as con:
        for title, about, sql in SECTIONS:
            cursor = con.execute(sql)
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            parts.append(f"## {title}\n\n{about}\n\n```sql\n{sql};\n```\n")
            parts.append("| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n")
            parts.extend("| " + " | ".join(_cell(v) for v in row) + " |\n" for row in rows)
            parts.append(f"\n({len(rows)} rows)\n\n")
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    OUT.write_text(render(args.db, args.note), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
