"""Verdicts recorded through the CLI and exported as schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from checks_support import Article, F, build
from typer.testing import CliRunner

import vnmetrics.commands  # noqa: F401
from store import reading
from vnmetrics.cli import app

VNMETRICS = Path(sys.executable).parent / "vnmetrics"
SENTENCE = "Theo báo cáo, năm 2023 chỉ số cải cách hành chính của tỉnh xếp thứ 5/63."


def _db(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "v.duckdb"
    ids = build(db, [Article("https://hp.example.vn/par", [(SENTENCE, [
        F("thứ 5/63", "rank", 5, out_of=63, indicator="PAR_INDEX", location="Hải Phòng", period="2023")])],
        published="2024-04-18T08:15:00+07:00", title="Kết quả cải cách hành chính")])
    return db, ids["https://hp.example.vn/par#thứ 5/63"]


def test_verdict_and_claimreview_export(tmp_path):
    db, fact_id = _db(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["verdict", fact_id[:8], "--rating", "false", "--reviewer", "Nguyễn Lan",
                                 "--note", "Bộ Nội vụ công bố thứ 2/63.", "--date", "2024-04-20", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"fact {fact_id} rated false" in result.output
    out = tmp_path / "claims.jsonld"
    assert runner.invoke(app, ["verdict", "export", "--out", str(out), "--db", str(db)]).exit_code == 0
    [review] = json.loads(out.read_text(encoding="utf-8"))
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == SENTENCE
    assert review["datePublished"] == "2024-04-20"
    assert review["author"] == {"@type": "Person", "name": "Nguyễn Lan"}
    assert review["reviewRating"]["ratingValue"] == 1 and review["reviewRating"]["alternateName"] == "Sai"
    assert review["reviewRating"]["bestRating"] == 5 and review["reviewRating"]["worstRating"] == 1
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["appearance"]["url"] == "https://hp.example.vn/par"
    assert item["datePublished"].startswith("2024-04-18T08:15:00")
    assert review["reviewBody"] == "Bộ Nội vụ công bố thứ 2/63."


def test_latest_verdict_wins_and_survives_reextraction(tmp_path):
    db, fact_id = _db(tmp_path)
    runner = CliRunner()
    for rating, day in (("mostly-true", "2024-04-19"), ("unverifiable", "2024-04-21")):
        args = ["verdict", fact_id, "--rating", rating, "--reviewer", "Lan", "--date", day, "--db", str(db)]
        assert runner.invoke(app, args).exit_code == 0
    build(db, [Article("https://hp.example.vn/par", [("Bài đã được sửa, không còn số liệu.", [])])])
    with reading(db) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchall() == [(0,)]
    result = runner.invoke(app, ["verdict", "export", "--db", str(db)])
    [review] = json.loads(result.output)
    assert review["claimReviewed"] == SENTENCE  # kept with the verdict
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Không thể kiểm chứng",
                                      "name": "Unverifiable"}


def test_unknown_fact_and_bad_rating_fail_clearly(tmp_path):
    db, _ = _db(tmp_path)
    proc = subprocess.run([str(VNMETRICS), "verdict", "ffffffffff", "--rating", "false", "--reviewer", "A",
                           "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "no fact with id 'ffffffffff'" in proc.stderr
    proc = subprocess.run([str(VNMETRICS), "verdict", "ffffffffff", "--rating", "wrong", "--reviewer", "A",
                           "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "wrong" in proc.stderr
