"""The nightly job's extraction stage: one article that breaks the extractor is logged, recorded and retried."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from store import reading, writing
from store.articles import upsert_articles, upsert_sources
from vnmetrics import jobs
from vnmetrics.contract import Fact

VN = timezone(timedelta(hours=7))


def _store_two_articles(db):
    with writing(db) as con:
        upsert_sources(con, [{"id": "s", "name": "S", "cms": "generic", "start_urls": ["http://portal.example/"]}])
        upsert_articles(con, [
            {"source_id": "s", "url": f"http://portal.example/{name}.html", "text": text, "title": name,
             "fetched_at": datetime(2024, 5, 1, 8, tzinfo=VN), "published_at": datetime(2024, 5, 1, 7, tzinfo=VN)}
            for name, text in (("good", "Tỉnh đạt 79,92 điểm."), ("bad", "Tỉnh xếp thứ 9/63."))
        ])


def test_a_failing_article_is_logged_recorded_and_stays_pending(tmp_path, monkeypatch, caplog):
    db = tmp_path / "v.duckdb"
    _store_two_articles(db)

    def extract(article):
        if "9/63" in article.text:
            raise RuntimeError("tokenizer exploded")
        return [Fact(doc_id=article.id, start=9, end=19, text="79,92 điểm", kind="score", role="level",
                     direction=None, value=79.92)]

    monkeypatch.setattr(jobs, "extract_article", extract)
    with caplog.at_level(logging.ERROR, logger="vnmetrics.jobs"):
        result = jobs.extract_pending(db)
    assert (result.articles, result.facts, result.failed) == (1, 1, 1)
    assert result.failures[0]["error"] == "RuntimeError: tokenizer exploded"
    assert any(r.exc_info and "stays pending" in r.getMessage() for r in caplog.records)
    with reading(db) as con:
        pending = con.execute("SELECT a.text FROM articles a LEFT JOIN extractions e ON e.article_id = a.id"
                              " WHERE e.article_id IS NULL").fetchall()
    assert pending == [("Tỉnh xếp thứ 9/63.",)]
