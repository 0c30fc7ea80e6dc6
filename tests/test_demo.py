"""The embedded default end to end: real loopback server, real spiders, real DuckDB file, twice, and killed."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, VNMETRICS, run_cli

from store import reading

COUNTS = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts),"
          " (SELECT count(*) FROM article_versions), (SELECT count(*) FROM fact_checks)")


def counts(db: Path) -> tuple[int, ...]:
    with reading(db) as con:
        return con.execute(COUNTS).fetchone()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "vnmetrics.duckdb"
    result = run_cli("demo", "--db", str(db), timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return db


def test_demo_fills_the_database_and_query_shows_facts(demo_db):
    articles, facts, versions, _checks = counts(demo_db)
    assert articles >= 12 and facts >= 50 and versions == 0
    result = run_cli("query", "select kind, count(*) as n from facts group by 1 order by 1", "--db", str(demo_db),
                     "--format", "csv")
    assert result.returncode == 0, result.stderr
    kinds = {line.split(",")[0] for line in result.stdout.splitlines()[1:]}
    assert {"percent", "rank", "count"} <= kinds
    with reading(demo_db) as con:
        sources = con.execute("SELECT count(DISTINCT cms) FROM sources").fetchone()[0]
        runs = con.execute("SELECT status, new_articles, facts_written FROM crawl_runs").fetchall()
    assert sources >= 3
    assert runs and runs[-1][0] == "ok" and runs[-1][1] == articles and runs[-1][2] == facts


def test_a_second_demo_finds_nothing_new_and_duplicates_nothing(demo_db):
    before = counts(demo_db)
    result = run_cli("demo", "--db", str(demo_db), timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert counts(demo_db) == before
    with reading(demo_db) as con:
        last = con.execute("SELECT new_articles, updated_articles FROM crawl_runs ORDER BY started_at DESC"
                           " LIMIT 1").fetchone()
    assert last == (0, 0)


def test_a_demo_killed_midway_then_rerun_loses_and_duplicates_nothing(demo_db, tmp_path):
    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([*VNMETRICS, "demo", "--db", str(db)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    # Kill it once the crawl is under way (its first batch may or may not have landed: both must be fine).
    deadline = time.monotonic() + 120
    for line in proc.stdout:
        if "[crawl]" in line or time.monotonic() > deadline:
            break
    time.sleep(3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    result = run_cli("demo", "--db", str(db), timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert counts(db) == counts(demo_db)
    with reading(db) as con:
        statuses = [row[0] for row in con.execute("SELECT status FROM crawl_runs ORDER BY started_at").fetchall()]
    assert statuses[-1] == "ok"
    assert set(statuses[:-1]) <= {"interrupted"}


def test_a_second_writer_gets_a_clear_error(demo_db):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time,duckdb; c=duckdb.connect(sys.argv[1]); print('held', flush=True);"
         " time.sleep(120)", str(demo_db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = run_cli("extract", "--db", str(demo_db), env={"VNMETRICS_DB_WAIT": "1"})
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 3, result.stdout + result.stderr
    assert "database busy" in result.stderr and "Traceback" not in result.stderr
