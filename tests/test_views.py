"""The analysts' views on a real DuckDB file, and `vnmetrics check` as a user runs it."""

from __future__ import annotations

import json

from checks_support import Article, F, build, run
from typer.testing import CliRunner

import vnmetrics.commands  # noqa: F401
from store import reading, writing
from store.runs import add_counts, finish_run, start_run
from vnmetrics.cli import app


def _rank(url: str, source: str, rank: int, published: str, indicator: str = "PAR_INDEX") -> Article:
    sentence = f"Chỉ số năm 2023 của tỉnh xếp thứ {rank}/63 theo công bố của Bộ."
    return Article(url, [(sentence, [F(f"thứ {rank}/63", "rank", rank, out_of=63, indicator=indicator,
                                       location="Hải Phòng", province_now="Hải Phòng", period="2023")])],
                   source=source, published=published, title=f"Tin {url[-1]}")


def _db(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [_rank("https://a.example.vn/1", "src-a", 2, "2024-04-17T10:00:00+07:00"),
               _rank("https://b.example.vn/2", "src-b", 3, "2024-04-20T10:00:00+07:00")])
    return db


def test_v_facts_joins_article_and_source(tmp_path):
    db = _db(tmp_path)
    with reading(db) as con:
        rows = con.execute("SELECT text, url, title, source_name, sentence, strftime(published_at, '%Y-%m-%d %H:%M')"
                           " FROM v_facts ORDER BY url").fetchall()
    assert rows[0][:4] == ("thứ 2/63", "https://a.example.vn/1", "Tin 1", "Cổng src-a")
    assert rows[0][4].startswith("Chỉ số năm 2023") and rows[0][5] == "2024-04-17 10:00"  # Vietnam wall clock


def test_v_indicator_series_keeps_latest_and_all_reports(tmp_path):
    db = _db(tmp_path)
    with reading(db) as con:
        [row] = con.execute("SELECT location, indicator, period, kind, latest_value, latest_url, reports,"
                            " distinct_values, all_reports FROM v_indicator_series").fetchall()
    assert row[:7] == ("Hải Phòng", "PAR_INDEX", "2023", "rank", 3.0, "https://b.example.vn/2", 2)
    assert row[7] == 2 and [r["url"] for r in row[8]] == ["https://a.example.vn/1", "https://b.example.vn/2"]


def test_v_conflicts_and_v_check_results_after_check(tmp_path):
    db = _db(tmp_path)
    with reading(db) as con:
        assert con.execute("SELECT count(*) FROM v_conflicts").fetchall() == [(0,)]  # not checked yet
    run(db)
    with reading(db) as con:
        conflicts = con.execute("SELECT measure, location, value, url, status FROM v_conflicts"
                                " ORDER BY value").fetchall()
        checks = con.execute("SELECT check_name, facts_involved, count(*) FROM v_check_results GROUP BY ALL").fetchall()
    assert conflicts == [("PAR_INDEX", "Hải Phòng", 2.0, "https://a.example.vn/1", "fail"),
                         ("PAR_INDEX", "Hải Phòng", 3.0, "https://b.example.vn/2", "fail")]
    assert checks == [("conflict", 2, 2)]  # one result, one row per fact it involves


def test_v_crawl_health_per_source(tmp_path):
    db = _db(tmp_path)
    with writing(db) as con:
        run_id = start_run(con, "crawl")
        add_counts(con, run_id, {"pages": 10, "errors": 2})
        finish_run(con, run_id, "partial", {"sources": {"src-a": {"errors": 2}, "src-b": {"errors": 0}}})
    with reading(db) as con:
        rows = con.execute("SELECT source_id, articles, facts, last_run_status, last_run_errors,"
                           " last_run_source_errors, runs_with_errors FROM v_crawl_health"
                           " ORDER BY source_id").fetchall()
    assert rows == [("src-a", 1, 1, "partial", 2, 2, 1), ("src-b", 1, 1, "partial", 2, 0, 1)]


def test_check_command_prints_flagged_facts(tmp_path):
    db = _db(tmp_path)
    runner = CliRunner(env={"COLUMNS": "300"})  # one table row per line, as on a wide terminal
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "conflict" in result.output and "fail" in result.output and "thứ 2/63" in result.output
    again = runner.invoke(app, ["check", "--db", str(db), "--strict", "--lang", "en"])
    assert again.exit_code == 1  # --strict: a failed check fails the command
    assert "0 check results written this run" in again.output  # nothing new since the last check
    assert "Articles give different figures" in again.output
    with reading(db) as con:
        compared = json.loads(con.execute("SELECT compared FROM fact_checks").fetchall()[0][0])
    assert compared["cross_source"] is True


def test_v_crawl_health_counts_crawl_log_errors_per_source(tmp_path):
    db = _db(tmp_path)
    with writing(db) as con:
        run_id = start_run(con, "crawl")
        con.executemany(
            "INSERT INTO crawl_log (run_id, source_id, url, status, reason, is_error) VALUES (?, ?, ?, ?, ?, ?)",
            [[run_id, "src-a", "https://a.example.vn/x", 404, "http_404", True],
             [run_id, "src-a", "https://a.example.vn/y", 500, "http_500", True],
             [run_id, "src-a", "https://a.example.vn/z", 404, "http_404", True],
             [run_id, "src-b", "https://b.example.vn/p", 200, "not_article", False]],
        )
        finish_run(con, run_id, "partial")
    with reading(db) as con:
        rows = con.execute("SELECT source_id, last_run_source_errors, last_run_source_skipped, errors_7d,"
                           " top_error_reason_7d FROM v_crawl_health ORDER BY source_id").fetchall()
    assert rows == [("src-a", 3, 0, 3, "http_404"), ("src-b", 0, 1, 0, None)]
