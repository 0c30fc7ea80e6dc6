"""End to end: the real spiders crawl the loopback portal fixtures through `vnmetrics crawl` in a subprocess
into a real DuckDB file; the servers run in this process and count every request."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from crawler.sitesrv import serve_sites
from crawler.sitesrv.synthetic import synthetic_site
from tests.conftest import ROOT, run_cli
from tests.crawler_helpers import fixture_dirs, write_sources

pytestmark = pytest.mark.slow


def crawl(sources: Path, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli("crawl", "--sources", str(sources), "--db", str(db), *extra, timeout=120)


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        con.execute("SET TimeZone = 'Asia/Ho_Chi_Minh'")
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def sites():
    with serve_sites(fixture_dirs()) as servers:
        yield servers


def test_crawl_stores_clean_articles_then_fetches_nothing_twice_then_sees_a_change(sites, tmp_path):
    sources = write_sources(sites, tmp_path / "sources.toml")
    db = tmp_path / "crawl.duckdb"

    first = crawl(sources, db)
    # The NukeViet fixture has a 404, a 500 and a redirect loop: the crawl finishes and says so.
    assert first.returncode == 4, first.stderr[-2000:]
    assert "new 17" in first.stdout

    stored = {url: (title, published, text, author) for url, title, published, text, author in query(
        db, "SELECT url, title, published_at, text, author FROM articles")}
    expected_count = 0
    for server in sites:
        for path, want in server.site.expected.items():
            expected_count += 1
            url = server.url(path)
            assert url in stored, f"{url} not stored"
            title, published, text, author = stored[url]
            assert title == want["title"]
            assert text == want["text"], f"{url}\n{text}\n---\n{want['text']}"
            if want["published_at"] is None:
                assert published is None
            else:  # the exact minute and second, in Vietnam's offset
                assert published == datetime.fromisoformat(want["published_at"])
            assert author == want["author"]
    assert len(stored) == expected_count

    reasons = {reason: (status, is_error) for _, reason, status, is_error in query(
        db, "SELECT url, reason, status, is_error FROM crawl_log")}
    assert reasons["http_404"] == (404, True)
    assert reasons["http_500"] == (500, True)
    assert reasons["redirect_loop"][1] is True
    assert reasons["too_large"] == (None, False)
    assert reasons["non_html"] == (200, False)
    assert reasons["robots"] == (None, False)
    nuke = next(s for s in sites if s.site.cms == "nukeviet")
    assert not any(path.startswith("/admin/") for path, _ in nuke.hits)  # robots.txt Disallow obeyed
    assert nuke.hits[("/news/tin-tuc/loi-may-chu-9002.html", 500)] == 3  # two retries, then given up
    liferay = next(s for s in sites if s.site.cms == "liferay")
    assert liferay.hits[("/web/portal/tin-hoat-dong?cur=2", 200)] == 1  # a slow list page is waited for
    encodings = dict(query(db, "SELECT regexp_extract(url, '[^/]+$'), encoding FROM crawl_urls"))
    assert encodings["thu-ngan-sach-quy-i-103.html"] == "cp1258"
    attachments = query(db, "SELECT attachments FROM articles WHERE url LIKE '%dti-2023-tang-5-bac'")[0][0]
    assert attachments[0].endswith("/documents/dti-2023.pdf")
    run = query(db, "SELECT status, sources, new_articles, errors FROM crawl_runs ORDER BY started_at")
    assert run[-1] == ("partial", 5, 17, 3)

    # Second run: list pages are revalidated, known articles are asked with validators and answered 304.
    second = crawl(sources, db)
    assert "new 0" in second.stdout and "updated 0" in second.stdout
    for server in sites:
        fetched = server.article_fetches()
        assert all(n == 1 for n in fetched.values()), (server.site.id, fetched)
        assert len(fetched) == len(server.site.expected)
    assert sum(n for s in sites for (p, status), n in s.hits.items() if status == 304) == 17

    # A portal edits an article: the next run stores the new text and keeps the old one as a version.
    wp = next(s for s in sites if s.site.cms == "wordpress")
    path = next(iter(wp.site.expected))
    old = wp.routes[path]
    wp.set_route(path, old.body.replace("Quảng Ninh vẫn giữ".encode(), "Quảng Ninh tiếp tục giữ".encode()),
                 old.content_type, "Mon, 10 Jun 2024 08:00:00 GMT")
    third = crawl(sources, db)
    assert "updated 1" in third.stdout, third.stdout
    versions = query(db, "SELECT v.text, a.text, a.version FROM article_versions v JOIN articles a"
                         " ON a.id = v.article_id")
    assert len(versions) == 1
    assert "Quảng Ninh vẫn giữ" in versions[0][0] and "Quảng Ninh tiếp tục giữ" in versions[0][1]
    assert versions[0][2] == 2


def test_robots_crawl_delay_is_honoured(sites):
    nuke = next(s for s in sites if s.site.cms == "nukeviet")
    if not nuke.log:
        pytest.skip("needs the crawl of the previous test")
    log = [(t, path) for t, path, _ in nuke.log if path != "/robots.txt"]
    gaps = [(b[0] - a[0], a[1], b[1]) for a, b in itertools.pairwise(log) if b[0] - a[0] < 30]
    # Scrapy spaces request *starts*; arrival times also carry connection set-up and thread jitter on a
    # busy machine, hence the tolerance on single gaps. Without the floor, loopback gaps are ~0.01 s.
    assert len(gaps) >= 10
    assert min(gaps)[0] >= 0.25 * 0.6, sorted(gaps)[:3]
    assert sorted(g for g, _, _ in gaps)[len(gaps) // 2] >= 0.25, sorted(gaps)[:3]


def test_since_stops_paging_and_skips_older_articles(tmp_path):
    # 60 articles, one every 3 hours back from 30/06/2025 17:00, 10 per list page: 22 are on or after 28/06.
    site = synthetic_site(60, "nukeviet", per_page=10)
    with serve_sites([site]) as (server,):
        sources = write_sources([server], tmp_path / "sources.toml")
        db = tmp_path / "since.duckdb"
        result = crawl(sources, db, "--since", "2025-06-28")
        assert result.returncode == 0, result.stderr[-2000:]
        paths = {path for path, _ in server.hits}
    assert "/news/tin-tuc/page-4" in paths  # page 3 still had articles from 28/06
    assert "/news/tin-tuc/page-5" not in paths and "/news/tin-tuc/page-6" not in paths  # page 4 was all older
    assert len([p for p in paths if p in site.expected]) == 22  # older articles, dated in lists, not fetched
    dates = [row[0] for row in query(db, "SELECT published_at FROM articles")]
    assert len(dates) == 22 and min(dates).isoformat() == "2025-06-28T02:00:00+07:00"


def test_sites_registered_as_generic_are_read_by_detection(tmp_path):
    """A portal built like a known family but registered with cms = "generic" needs no code change."""
    with serve_sites(fixture_dirs()) as servers:
        sources = write_sources(servers, tmp_path / "sources.toml",
                                cms_override={s.site.id: "generic" for s in servers})
        db = tmp_path / "generic.duckdb"
        crawl(sources, db)
        stored = dict(query(db, "SELECT url, text FROM articles"))
        for server in servers:
            for path, want in server.site.expected.items():
                assert stored.get(server.url(path)) == want["text"], server.url(path)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_crawl_resumes_without_losing_or_duplicating(tmp_path, sig):
    site = synthetic_site(60, "liferay", per_page=10, crawl_delay=0.04)
    with serve_sites([site]) as (server,):
        sources = write_sources([server], tmp_path / "sources.toml")
        db = tmp_path / "resume.duckdb"
        jobdir = tmp_path / "jobs"
        args = [sys.executable, "-m", "vnmetrics", "crawl", "--sources", str(sources), "--db", str(db),
                "--jobdir", str(jobdir), "--set", "VNM_FLUSH_ITEMS=5"]
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 60
        while len(server.article_fetches()) < 20 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl finished before it could be interrupted"
        proc.send_signal(sig)
        proc.wait(timeout=60)
        before = len(server.article_fetches())
        assert before < 60
        rerun = run_cli("crawl", "--sources", str(sources), "--db", str(db), "--jobdir", str(jobdir), timeout=120)
        assert rerun.returncode == 0, rerun.stdout + rerun.stderr[-2000:]
        fetched = server.article_fetches()
    rows = query(db, "SELECT count(*), count(DISTINCT url), count(DISTINCT content_hash) FROM articles")
    assert rows[0] == (60, 60, 60)  # nothing lost, nothing stored twice
    assert len(fetched) == 60
    refetched = sum(n - 1 for n in fetched.values())
    if sig == signal.SIGTERM:
        assert refetched == 0  # a graceful stop flushes what it fetched: the rerun repeats nothing
    else:
        assert refetched <= 10  # at most the unflushed batch (5 items) and requests in flight
    statuses = [r[0] for r in query(db, "SELECT status FROM crawl_runs ORDER BY started_at")]
    assert statuses[-1] == "ok" and statuses[0] in ("interrupted", "running")


def test_home_page_start_url_discovers_sections_without_counting_dead_menu_links(tmp_path):
    """Registry entries often give only a portal's home page: its section links are followed one level."""
    dirs = [d for d in fixture_dirs() if d.name in ("wordpress_bao", "drupal_bao")]
    with serve_sites(dirs) as servers:
        sources = write_sources(servers, tmp_path / "sources.toml")
        text = sources.read_text(encoding="utf-8")
        for server in servers:
            text = text.replace(server.url("/category/kinh-te/"), server.url("/"))
            text = text.replace(server.url("/thoi-su"), server.url("/"))
        sources.write_text(text, encoding="utf-8")
        db = tmp_path / "home.duckdb"
        result = crawl(sources, db)
        assert result.returncode == 0, result.stdout + result.stderr[-2000:]  # /gioi-thieu, /lien-he are 404s
        assert any(key == ("/gioi-thieu", 404) for s in servers for key in s.hits)
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 6


def test_busy_database_exits_3_and_bad_registry_exits_1(tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = duckdb.connect(str(db))  # this process holds DuckDB's file lock, as a running job would
    try:
        result = run_cli("crawl", "--db", str(db), env={"VNMETRICS_DB_WAIT": "1"})
    finally:
        holder.close()
    assert result.returncode == 3, result.stdout + result.stderr
    assert "database busy" in result.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nid = "x1"\nname = "X"\ncms = "joomla"\nstart_urls = ["https://x.vn/"]\n')
    result = run_cli("crawl", "--sources", str(bad), "--db", str(tmp_path / "ok.duckdb"))
    assert result.returncode == 1
    assert "bad.toml: source #1 (id 'x1'): field 'cms'" in result.stderr
