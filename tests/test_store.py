"""The DuckDB layer on real files: migrations, idempotent upserts, versions, and the one-process lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone

import pytest

from store import DatabaseBusy, StoreError, reading, writing
from store.articles import known_articles, upsert_articles, upsert_sources
from store.db import connect, migrations
from store.facts import pending_articles, replace_facts
from store.runs import add_counts, finish_run, start_run
from vnmetrics.contract import Fact

VN = timezone(timedelta(hours=7))


def article(url: str = "http://portal.example/a-1.html", text: str = "Tỉnh đạt 79,92 điểm.", **extra):
    return {"source_id": "s1", "url": url, "title": "Tiêu đề", "text": text, "fetched_at": datetime.now(VN),
            "published_at": datetime(2024, 1, 8, 15, 4, tzinfo=VN), **extra}


def test_migrations_apply_once_and_are_recorded(tmp_path):
    db = tmp_path / "m.duckdb"
    with writing(db) as con:
        versions = [row[0] for row in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert versions == [v for v, _, _ in migrations()]
    with writing(db) as con:  # reopening applies nothing twice
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(versions)


def test_upsert_counts_new_same_changed_and_keeps_previous_version(tmp_path):
    db = tmp_path / "a.duckdb"
    with writing(db) as con:
        first = upsert_articles(con, [article(), article()])  # a repeated key in one batch
    with writing(db) as con:
        same = upsert_articles(con, [article()])
    with writing(db) as con:
        changed = upsert_articles(con, [article(text="Tỉnh đạt 80,01 điểm.")])
    assert (first.new, first.updated, first.unchanged) == (1, 0, 0)
    assert (same.new, same.updated, same.unchanged) == (0, 0, 1)
    assert (changed.new, changed.updated, changed.unchanged) == (0, 1, 0)
    with reading(db) as con:
        assert con.execute("SELECT count(*), max(version), max(text) FROM articles").fetchone() == (
            1, 2, "Tỉnh đạt 80,01 điểm.")
        assert con.execute("SELECT version, text FROM article_versions").fetchall() == [(1, "Tỉnh đạt 79,92 điểm.")]
        published = con.execute("SELECT published_at FROM articles").fetchone()[0]
    assert published.utcoffset() == timedelta(hours=7) and published.hour == 15


def test_naive_times_are_refused(tmp_path):
    with writing(tmp_path / "n.duckdb") as con, pytest.raises(ValueError, match="offset"):
        upsert_articles(con, [article(published_at=datetime(2024, 1, 8, 15, 4))])


def test_known_articles_and_sources(tmp_path):
    db = tmp_path / "k.duckdb"
    with writing(db) as con:
        upsert_sources(con, [{"id": "s1", "name": "Cổng A", "province": "Bình Dương", "cms": "nukeviet",
                              "start_urls": ["http://a/"]}] * 2)
        upsert_articles(con, [article(etag='"x1"')])
        known = known_articles(con, "s1")
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    assert known["http://portal.example/a-1.html"].etag == '"x1"'


def test_facts_replace_is_idempotent_and_extraction_is_remembered(tmp_path):
    db = tmp_path / "f.duckdb"
    fact = Fact(doc_id="x", start=9, end=19, text="79,92 điểm", kind="score", role="level", direction=None,
                value=79.92, unit="điểm")
    with writing(db) as con:
        upsert_articles(con, [article()])
        (pending,) = pending_articles(con, "v1")
        assert replace_facts(con, [(pending, [fact, fact])], "v1") == 1
        replace_facts(con, [(pending, [fact])], "v1")
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == 1
        assert pending_articles(con, "v1") == []          # nothing left for this version
        assert len(pending_articles(con, "v2")) == 1      # a new extractor re-reads everything
        upsert_articles(con, [article(text="Tỉnh đạt 81 điểm.")])
        assert len(pending_articles(con, "v1")) == 1      # a changed article is re-read


def test_runs_are_recorded_and_interrupted_ones_marked(tmp_path):
    db = tmp_path / "r.duckdb"
    with writing(db) as con:
        killed = start_run(con, "run")
    with writing(db) as con:
        run = start_run(con, "run")
        add_counts(con, run, {"pages": 3, "new_articles": 2})
        add_counts(con, run, {"pages": 1})
        finish_run(con, run, "ok", {"note": "x"})
        rows = dict(con.execute("SELECT id, status FROM crawl_runs").fetchall())
        assert con.execute("SELECT pages, new_articles FROM crawl_runs WHERE id = ?", [run]).fetchone() == (4, 2)
    assert rows == {killed: "interrupted", run: "ok"}
    with writing(db) as con, pytest.raises(ValueError):
        add_counts(con, run, {"bogus": 1})


HOLD = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
""")


def test_a_second_process_gets_a_clear_busy_error(tmp_path):
    db = tmp_path / "busy.duckdb"
    with writing(db):
        pass
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(DatabaseBusy, match=r"in use by another process \(process \d+\)"):
            connect(db, read_only=True, wait=0.5)
        assert time.monotonic() - started >= 0.5
    finally:
        holder.kill()
        holder.wait()
    with reading(db, wait=5) as con:  # released: readers get in again
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_a_writer_waits_for_a_brief_lock(tmp_path):
    db = tmp_path / "wait.duckdb"
    with writing(db):
        pass
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), "1.0"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with writing(db, wait=20) as con:
            upsert_articles(con, [article()])
    finally:
        holder.wait()
    with reading(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_reading_something_that_is_not_a_database(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("not a database")
    with pytest.raises(StoreError, match="cannot open"):
        connect(bogus, read_only=True, wait=0)
    with pytest.raises(StoreError, match="no database"):
        connect(tmp_path / "absent.duckdb", read_only=True)
