"""Reference tables: loading CSVs through the CLI (with line/column errors) and checking claims against them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from checks_support import Article, F, build, results
from typer.testing import CliRunner

import vnmetrics.commands  # noqa: F401  (registers the subcommands)
from checks.reference import parse_reference_csv
from store import reading
from vnmetrics.cli import app

REPO = Path(__file__).resolve().parent.parent
VNMETRICS = Path(sys.executable).parent / "vnmetrics"
HEADER = "indicator,location,period,kind,value,out_of,source_url,published_by\n"
URL = "https://www.moha.gov.vn/example-par-index-2023"


def _csv(tmp_path: Path, body: str, name: str = "ref.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def _claims(rank: int, score: str, score_value: float, location: str = "Quảng Ninh", place: str | None = None,
            url: str = "https://qn.example.vn/par") -> Article:
    sentence = f"Năm 2023, chỉ số cải cách hành chính của tỉnh đạt {score}, xếp thứ {rank}/63 cả nước."
    common = {"indicator": "PAR_INDEX", "location": location, "place": place, "period": "2023"}
    return Article(url, [(sentence, [F(score, "percent", score_value, unit="%", **common),
                                     F(f"thứ {rank}/63", "rank", rank, out_of=63, **common)])])


def test_load_and_check_claims_via_cli(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [_claims(1, "91,66%", 91.66), _claims(5, "92,1%", 92.1, location="Hà Nội", url="https://hn.example.vn/x")])
    ref = _csv(tmp_path, f"PAR_INDEX,Quảng Ninh,2023,rank,1,63,{URL},Bộ Nội vụ\n"
                         f"PAR_INDEX,Quảng Ninh,2023,percent,91.66,,{URL},Bộ Nội vụ\n"
                         f"PAR_INDEX,TP. Hà Nội,2023,rank,3,63,{URL},Bộ Nội vụ\n"
                         f"PAR_INDEX,Hà Nội,2023,percent,\"91,43\",,{URL},Bộ Nội vụ\n")
    result = CliRunner().invoke(app, ["reference", "load", str(ref), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "4 rows loaded" in result.output
    rows = results(db, "reference")
    by_status = {(r["compared"]["location"], r["compared"]["kind"]): r["status"] for r in rows}
    assert by_status == {("Quảng Ninh", "rank"): "ok", ("Quảng Ninh", "percent"): "ok",
                         ("Hà Nội", "rank"): "fail", ("Hà Nội", "percent"): "fail"}
    hn = next(r for r in rows if r["compared"]["location"] == "Hà Nội" and r["compared"]["kind"] == "rank")
    assert "3/63" in hn["reason_vi"] and URL in hn["reason_en"]
    with reading(db) as con:  # "TP. Hà Nội" is stored under its canonical name
        assert con.execute("SELECT count(*) FROM reference_values WHERE location = 'Hà Nội'").fetchall() == [(2,)]


def test_former_province_in_a_post_2025_article_meets_its_row(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [_claims(9, "88,2%", 88.2, location="Hồ Chí Minh", place="Bình Dương")])
    ref = _csv(tmp_path, f"PAR_INDEX,Bình Dương,2023,rank,9,63,{URL},Bộ Nội vụ\n")
    assert CliRunner().invoke(app, ["reference", "load", str(ref), "--db", str(db)]).exit_code == 0
    [row] = results(db, "reference")
    assert row["status"] == "ok" and row["compared"]["location"] == "Bình Dương"


def test_bad_csv_is_rejected_with_line_and_column(tmp_path):
    db = tmp_path / "v.duckdb"
    build(db, [])
    ref = _csv(tmp_path, f"PAR_INDEX,Quảng Ninh,2023,rank,1,63,{URL},\n"
                         f"PAR_INDEX,Atlantis,2023,rank,2,63,{URL},\n"
                         f"PAR_INDEX,Hà Nội,năm 2023,rank,3,63,{URL},\n"
                         f"PAR_INDEX,Hải Phòng,2023,rank,70,63,{URL},\n"
                         f"PAR_INDEX,Huế,2023,score,abc,,{URL},\n"
                         f"PAR_INDEX,Quảng Ninh,2023,rank,1,63,ftp://x,\n")
    proc = subprocess.run([str(VNMETRICS), "reference", "load", str(ref), "--db", str(db)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 1
    err = proc.stderr
    for expected in ("line 3, column location", "line 4, column period", "line 5, column value",
                     "line 6, column value", "line 7, column source_url",
                     "line 7, column location: duplicate of line 2"):
        assert expected in err, err
    with reading(db) as con:  # nothing of a bad file is loaded
        assert con.execute("SELECT count(*) FROM reference_values").fetchall() == [(0,)]


def test_missing_column_is_named(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("indicator,location,period,value,source_url\nPAR_INDEX,Huế,2023,1,https://a.vn\n", encoding="utf-8")
    try:
        parse_reference_csv(path)
    except ValueError as exc:
        assert "line 1: missing column(s) kind" in str(exc)
    else:
        raise AssertionError("a file without `kind` was accepted")


def test_bundled_reference_tables_load(tmp_path):
    tables = sorted((REPO / "corpus" / "reference").glob("*.csv"))
    assert {p.stem.split("_20")[0] for p in tables} >= {"par_index", "sipas"}
    for path in tables:
        rows = parse_reference_csv(path)
        assert rows and all(r.source_url.startswith("http") for r in rows)


def test_value_of_another_year_warns_that_the_period_may_be_misread(tmp_path):
    db = tmp_path / "v.duckdb"
    sentence = "Chỉ số hài lòng của người dân cả nước đạt 80,08% trong năm 2023."
    build(db, [Article("https://vn.example.vn/s", [(sentence, [
        F("80,08%", "percent", 80.08, indicator="SIPAS", location="Việt Nam", period="2023")])])])
    ref = _csv(tmp_path, f"SIPAS,Việt Nam,2023,percent,82.66,,{URL},Bộ Nội vụ\n"
                         f"SIPAS,Việt Nam,2022,percent,80.08,,{URL},Bộ Nội vụ\n")
    assert CliRunner().invoke(app, ["reference", "load", str(ref), "--db", str(db)]).exit_code == 0
    [row] = results(db, "reference")
    assert row["status"] == "warn" and row["compared"]["matches_period"] == "2022"
    assert "2022" in row["reason_en"] and "misread" in row["reason_en"]
