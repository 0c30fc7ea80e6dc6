"""crawl_runs: one row per crawl or nightly run, opened as 'running' and closed with its counts."""

from __future__ import annotations

import json
import uuid
from typing import Any

import duckdb

COUNTERS = ("sources", "pages", "new_articles", "updated_articles", "skipped", "errors",
            "extracted_articles", "facts_written", "checks_written")


def start_run(con: duckdb.DuckDBPyConnection, job: str) -> str:
    """Record a run as started. Runs still 'running' from a killed process are marked 'interrupted'."""
    con.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'")
    run_id = uuid.uuid4().hex[:16]
    con.execute("INSERT INTO crawl_runs (id, job, started_at, status) VALUES (?, ?, now(), 'running')", [run_id, job])
    return run_id


def add_counts(con: duckdb.DuckDBPyConnection, run_id: str, counts: dict[str, int]) -> None:
    """Add to a run's counters as batches land, so an interrupted run still shows what it did."""
    unknown = set(counts) - set(COUNTERS)
    if unknown:
        raise ValueError(f"unknown run counters: {sorted(unknown)}")
    if not counts:
        return
    assignments = ", ".join(f"{name} = {name} + ?" for name in counts)
    con.execute(f"UPDATE crawl_runs SET {assignments} WHERE id = ?", [*counts.values(), run_id])


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, details: dict[str, Any] | None = None) -> None:
    con.execute(
        "UPDATE crawl_runs SET status = ?, finished_at = now(), details = ? WHERE id = ?",
        [status, json.dumps(details or {}, ensure_ascii=False, default=str), run_id],
    )
