"""The library entry point: crawl a set of sources into the DuckDB store and return the counts.

    from crawler.runner import crawl
    counts = crawl(Path("crawler/sources.toml"), Path("vnmetrics.duckdb"), since="2024-01-01")

All sources crawl concurrently in one Scrapy process (politeness is per site). Twisted's reactor can start
only once per process, so call this once per process (the CLI and the nightly job do); tests run the CLI in
a subprocess. With `jobdir`, each source keeps its pending queue in `jobdir/<source id>`, so a killed crawl
resumes; what was stored is known from the database, so nothing is fetched or stored twice.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from crawler.sources import Source, load_sources
from crawler.spiders import SPIDERS
from store import DatabaseBusy, writing
from store.articles import upsert_sources
from store.runs import add_counts, finish_run, start_run

COUNT_KEYS = ("pages", "new_articles", "updated_articles", "skipped", "errors")
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0.0, "AUTOTHROTTLE_START_DELAY": 0.0, "VNM_RETRY_BACKOFF": 0.2,
                     "CONCURRENT_REQUESTS_PER_DOMAIN": 4}
logger = logging.getLogger(__name__)


def parse_since(since: str | date | None) -> date | None:
    if since is None or isinstance(since, date):
        return since
    try:
        return date.fromisoformat(since)
    except ValueError:
        raise ValueError(f"--since {since!r}: expected a date like 2024-01-31") from None


def crawl(
    sources: list[Source] | Path | str,
    db: Path | str,
    *,
    max_pages: int | None = None,
    since: str | date | None = None,
    jobdir: Path | str | None = None,
    run_id: str | None = None,
    settings: dict[str, Any] | None = None,
    on_progress: Callable[[dict[str, int]], None] | None = None,
) -> dict[str, Any]:
    """Crawl `sources` into `db`; returns {"run_id", "status", "sources", "pages", "new_articles",
    "updated_articles", "skipped", "errors", "per_source": {...}}.

    With `run_id`, counts are added to that crawl_runs row (the nightly job owns it); without, a row with
    job 'crawl' is opened and closed here. Raises DatabaseBusy when the store stays locked.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    source_list = load_sources(Path(sources)) if isinstance(sources, str | Path) else list(sources)
    since_date = parse_since(since)
    db = Path(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    own_run = run_id is None
    with writing(db) as con:
        upsert_sources(con, [source.record() for source in source_list])
        if run_id is None:
            run_id = start_run(con, "crawl")
        add_counts(con, run_id, {"sources": len(source_list)})

    base = Settings()
    base.setmodule("crawler.settings", priority="project")
    if source_list and all(_is_loopback(source) for source in source_list):
        # Our own loopback sites (tests, demo, benchmark): delays protect remote servers, not these. A
        # robots.txt Crawl-delay is still honoured, and --set/settings still override.
        for key, value in LOOPBACK_SETTINGS.items():
            base.set(key, value, priority="project")
    base.set("VNM_DB", str(db), priority="cmdline")
    base.set("VNM_RUN_ID", run_id, priority="cmdline")
    for key, value in (settings or {}).items():
        base.set(key, value, priority="cmdline")
    process = CrawlerProcess(base)
    crawlers = []
    for source in source_list:
        per_source: dict[str, Any] = {}
        if jobdir is not None:
            per_source["JOBDIR"] = str(Path(jobdir) / source.id)
            drop_unclean_queue(Path(jobdir) / source.id)
        if max_pages:
            per_source["CLOSESPIDER_PAGECOUNT"] = int(max_pages)
        base_cls = SPIDERS[source.cms]
        # A subclass per source carries that source's settings (job directory, page cap).
        spider_cls = type(f"{base_cls.__name__}_{source.id.replace('-', '_')}", (base_cls,),
                          {"custom_settings": per_source, "__module__": base_cls.__module__})
        crawler = process.create_crawler(spider_cls)
        crawlers.append((source, crawler))
        process.crawl(crawler, source=source, db=str(db), since=since_date)

    if on_progress is not None:
        from twisted.internet import reactor, task

        def report() -> None:
            on_progress(_totals(crawlers))

        ticker = task.LoopingCall(report)
        reactor.callWhenRunning(ticker.start, 0.5, now=False)
    process.start()

    totals = _totals(crawlers)
    per_source = {}
    interrupted = False
    flush_failed = False
    for source, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        reason = stats.get("finish_reason")
        interrupted |= reason == "shutdown"
        flush_failed |= bool(stats.get("vnm/flush_failed"))
        per_source[source.id] = {key: int(stats.get(f"vnm/{key}", 0)) for key in
                                 ("pages", "new_articles", "updated_articles", "unchanged", "skipped", "errors",
                                  "not_modified", "known_at_start")}
        per_source[source.id]["finish_reason"] = reason
    status = "interrupted" if interrupted else ("partial" if totals["errors"] else "ok")
    never_ran = [source.id for source, crawler in crawlers
                 if per_source[source.id]["finish_reason"] is None]
    if never_ran:
        status = "failed"
    if flush_failed:
        status = "failed"
    result: dict[str, Any] = {"run_id": run_id, "status": status, "sources": len(source_list), **totals,
                              "per_source": per_source}
    if own_run:
        with writing(db, wait=60.0) as con:
            finish_run(con, run_id, status, {"per_source": per_source})
    if never_ran:
        raise CrawlFailed(f"the crawl of {', '.join(never_ran[:5])} did not run to the end (see the log above); "
                          f"run {run_id} is recorded as failed")
    if flush_failed:
        raise DatabaseBusy(f"{db} stayed locked: the last articles of run {run_id} could not be written; "
                           "run the crawl again (nothing stored is lost, the rest is fetched again)")
    return result


class CrawlFailed(RuntimeError):
    """A spider that never finished: an unattended run must fail loudly, not report 0 pages as success."""


def drop_unclean_queue(job: Path) -> bool:
    """Remove a request queue left by a killed crawl; True if one was removed.

    Scrapy writes `requests.queue/active.json` when a crawl closes (finished, or stopped by SIGTERM/Ctrl-C),
    and its queue files are only consistent then. After SIGKILL or a crash they can be half-written, and
    Scrapy then fails to enqueue into them, silently dropping requests. Nothing depends on that queue:
    list pages are walked again and whatever the store lacks is fetched, so it is safe to start it afresh.
    """
    queue = job / "requests.queue"
    if queue.is_dir() and not (queue / "active.json").exists():
        logger.warning("%s: the previous crawl did not close cleanly; rediscovering instead of resuming", job)
        shutil.rmtree(queue)
        return True
    return False


def _is_loopback(source: Source) -> bool:
    return all(host == "localhost" or host.startswith("127.") for host in source.hosts)


def _totals(crawlers: list[tuple[Source, Any]]) -> dict[str, int]:
    totals = dict.fromkeys(COUNT_KEYS, 0)
    for _, crawler in crawlers:
        if crawler.stats is None:
            continue
        stats = crawler.stats.get_stats()
        totals["pages"] += int(stats.get("vnm/pages", 0))
        totals["new_articles"] += int(stats.get("vnm/new_articles", 0))
        totals["updated_articles"] += int(stats.get("vnm/updated_articles", 0))
        totals["skipped"] += int(stats.get("vnm/skipped", 0)) + int(stats.get("vnm/unchanged", 0))
        totals["errors"] += int(stats.get("vnm/errors", 0))
    return totals
