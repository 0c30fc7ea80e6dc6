"""`vnmetrics export`: Hive-partitioned Parquet/CSV files that read back to the database's rows."""

from __future__ import annotations

import duckdb
import pytest
from checks_support import Article, F, build, run
from typer.testing import CliRunner

import vnmetrics.commands  # noqa: F401
from vnmetrics.cli import app


def _article(url: str, published: str, value: float) -> Article:
    sentence = f"Tỷ lệ hồ sơ trực tuyến của tỉnh trong kỳ đạt {value:g}%."
    return Article(url, [(sentence, [F(f"{value:g}%", "percent", value, subject="tỷ lệ hồ sơ trực tuyến",
                                       location="Quảng Ninh", period="2024")])], published=published)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "v.duckdb"
    # 31 Jan 2024 20:30 UTC is already February in Vietnam: months follow the portals' clock.
    build(path, [_article("https://qn.example.vn/1", "2024-01-15T09:00:00+07:00", 61),
                 _article("https://qn.example.vn/2", "2024-02-01T03:30:00+07:00", 62),
                 _article("https://qn.example.vn/3", "2024-03-10T09:00:00+07:00", 63)])
    run(path)
    return path


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_partitions_by_month(db, tmp_path, fmt):
    out = tmp_path / "export"
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    months = sorted(p.name for p in (out / "facts").iterdir())
    assert months == ["month=2024-01", "month=2024-02", "month=2024-03"]
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    con = duckdb.connect()
    rows = con.execute(f"SELECT month, url, value FROM {reader}('{out}/facts/*/*.{fmt}', hive_partitioning=true)"
                       " ORDER BY value").fetchall()
    assert rows == [("2024-01", "https://qn.example.vn/1", 61.0), ("2024-02", "https://qn.example.vn/2", 62.0),
                    ("2024-03", "https://qn.example.vn/3", 63.0)]
    assert (out / f"reference_values.{fmt}").exists() and (out / f"indicator_series.{fmt}").exists()
    articles = con.execute(f"SELECT count(*) FROM {reader}('{out}/articles/*/*.{fmt}')").fetchall()
    assert articles == [(3,)]
    assert "facts" in result.output and "rows" in result.output


def test_export_replaces_previous_files(db, tmp_path):
    out = tmp_path / "export"
    runner = CliRunner()
    assert runner.invoke(app, ["export", "--out", str(out), "--db", str(db)]).exit_code == 0
    stale = out / "facts" / "month=1999-01"
    stale.mkdir()
    (stale / "data_0.parquet").write_bytes(b"old")
    assert runner.invoke(app, ["export", "--out", str(out), "--db", str(db)]).exit_code == 0
    assert not stale.exists()


def test_export_without_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code != 0 and "no database" in str(result.exception)
