"""The stages of the nightly job as library functions: each opens the database only while it writes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from store import reading, writing
from store.facts import PendingArticle, pending_articles, replace_facts
from vnmetrics.contract import Fact

EXTRACT_BATCH = 200
MAX_RECORDED_FAILURES = 50  # enough to find the pattern in crawl_runs.details without bloating the row
logger = logging.getLogger(__name__)


def extractor_version() -> str:
    import extract

    return extract.__version__


def extract_article(article: PendingArticle) -> list[Fact]:
    """Facts of one stored article, its publication date and source province guiding linking."""
    from extract.pipeline import extract_document

    published = article.published_at.date() if article.published_at else None
    return extract_document(article.text, doc_id=article.id, published=published, province_hint=article.province)


@dataclass
class ExtractResult:
    articles: int = 0
    facts: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)  # {"article_id", "error"} per failed article

    @property
    def failed(self) -> int:
        return len(self.failures)


def extract_pending(
    db: Path, *, limit: int | None = None, on_progress: Callable[[int, int], None] | None = None
) -> ExtractResult:
    """Extract every article that has no facts yet, changed since, or was read by an older extractor.

    The pending list is read with a short read-only connection, extraction runs with the file released, and
    results are written in batches, so a reader waits at most one batch's write. An article whose extraction
    raises is counted as failed and left pending, so it is retried by the next run instead of being lost.
    """
    version = extractor_version()
    if not db.exists():
        with writing(db):  # creates the file with the schema, so a first `extract --db` works
            pass
    with reading(db) as con:
        pending = pending_articles(con, version, limit=limit)
    result = ExtractResult()
    batch: list[tuple[PendingArticle, list[Fact]]] = []
    for done, article in enumerate(pending, start=1):
        try:
            batch.append((article, extract_article(article)))
        except Exception as exc:  # one bad article must not stop the night's run; it is logged and recorded
            logger.exception("extraction failed for article %s; it stays pending", article.id)
            result.failures.append({"article_id": article.id, "error": f"{type(exc).__name__}: {exc}"})
        if len(batch) >= EXTRACT_BATCH or done == len(pending):
            result.facts += _write(db, batch, version)
            result.articles += len(batch)
            batch = []
        if on_progress:
            on_progress(done, len(pending))
    return result


def _write(db: Path, batch: list[tuple[PendingArticle, list[Fact]]], version: str) -> int:
    if not batch:
        return 0
    with writing(db) as con:
        return replace_facts(con, batch, version)


@dataclass
class RunResult:
    run_id: str
    status: str
    crawl: dict
    extracted: ExtractResult
    checks: int


def run_nightly(
    db: Path,
    sources: Path,
    *,
    job: str = "run",
    max_pages: int | None = None,
    since: str | None = None,
    jobdir: Path | None = None,
    crawl_settings: dict | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> RunResult:
    """Crawl, extract, check, and record the run in crawl_runs (status ok, partial or failed).

    A run killed midway leaves its row 'running'; the next run marks it 'interrupted' and, through the
    crawler's job directory and the store's idempotent upserts, carries on without losing or duplicating.
    """
    from crawler.runner import crawl
    from store.runs import add_counts, finish_run, start_run

    stage = on_stage or (lambda name: None)
    with writing(db) as con:
        run_id = start_run(con, job)
    status = "ok"
    crawl_counts: dict = {}
    extracted = ExtractResult()
    checks_written = 0
    try:
        stage("crawl")
        crawl_counts = crawl(sources, db, max_pages=max_pages, since=since, jobdir=jobdir, run_id=run_id,
                             settings=crawl_settings)
        stage("extract")
        extracted = extract_pending(db)
        stage("check")
        checks_written = run_checks(db, run_id)
    except BaseException as exc:
        with writing(db) as con:
            finish_run(con, run_id, "failed", {"error": f"{type(exc).__name__}: {exc}", "crawl": crawl_counts})
        raise
    if crawl_counts.get("errors") or extracted.failed:
        status = "partial"
    with writing(db) as con:
        add_counts(con, run_id, {"extracted_articles": extracted.articles, "facts_written": extracted.facts,
                                 "checks_written": checks_written})
        finish_run(con, run_id, status, {"crawl": crawl_counts, "extract_failed": extracted.failed,
                                         "extract_failures": extracted.failures[:MAX_RECORDED_FAILURES]})
    return RunResult(run_id, status, crawl_counts, extracted, checks_written)


def run_checks(db: Path, run_id: str | None = None) -> int:
    from checks import run_checks as run_all_checks

    with writing(db) as con:
        return run_all_checks(con, run_id=run_id)
