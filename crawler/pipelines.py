"""The pipeline chain every spider shares: validate -> de-duplicate within the run -> write to DuckDB.

The writer holds the database file only while it writes: items are buffered and flushed in one
transaction every `VNM_FLUSH_ITEMS` items or `VNM_FLUSH_SECONDS` seconds and when the spider closes, so
readers (dashboard, queries) and other jobs are never locked out for long. Run counters (pages, skipped,
errors) and the crawl log are flushed with the same transaction, so an interrupted run's row still says
what it stored.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem, NotConfigured
from twisted.internet import task

from store import DatabaseBusy, writing
from store.articles import article_id, upsert_articles
from store.db import lock_wait
from store.runs import add_counts

logger = logging.getLogger(__name__)


class ValidatePipeline:
    """An article without a title or text is not stored (it was logged as `not_article` by the spider)."""

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not item.get("text") or not item.get("url"):
            raise DropItem(f"no text at {item.get('fetch_url')}")
        return item


class RunDedupePipeline:
    """Two links to one article (a redirect and a direct link, http and https) store it once per run."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if item["url"] in self.seen:
            raise DropItem(f"already stored in this run: {item['url']}")
        self.seen.add(item["url"])
        return item


class StoreWriterPipeline:
    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        if not settings.get("VNM_DB"):
            # `scrapy crawl` outside crawler.runner: there is no store to write to.
            raise NotConfigured("VNM_DB is not set; run crawls with `vnmetrics crawl`")
        self.crawler = crawler
        self.db = Path(settings.get("VNM_DB"))
        self.run_id: str | None = settings.get("VNM_RUN_ID")
        self.flush_items = settings.getint("VNM_FLUSH_ITEMS", 50)
        self.flush_seconds = settings.getfloat("VNM_FLUSH_SECONDS", 5.0)
        self.buffer: list[dict[str, Any]] = []
        self.last_flush = time.monotonic()
        self.flushed_counts: dict[str, int] = {"pages": 0, "skipped": 0, "errors": 0}
        self.totals = {"new_articles": 0, "updated_articles": 0, "unchanged": 0}
        self._timer: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StoreWriterPipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        self._timer = task.LoopingCall(self._tick)
        self._timer.start(self.flush_seconds, now=False)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        self.buffer.append(dict(item))
        if len(self.buffer) >= self.flush_items or time.monotonic() - self.last_flush >= self.flush_seconds:
            self.flush()
        return item

    def close_spider(self, spider: Any = None) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.flush(final=True)

    def _tick(self) -> None:
        if time.monotonic() - self.last_flush >= self.flush_seconds:
            self.flush()

    def flush(self, final: bool = False) -> None:
        spider = self.crawler.spider
        log_rows = spider.drain_log() if spider is not None else []
        stats = self.crawler.stats
        deltas = {name: stats.get_value(f"vnm/{name}", 0) - self.flushed_counts[name] for name in self.flushed_counts}
        if not self.buffer and not log_rows and not any(deltas.values()):
            self.last_flush = time.monotonic()
            return
        items, self.buffer = self.buffer, []
        try:
            # Mid-run flushes wait briefly (the reactor is blocked meanwhile) and retry at the next one; the
            # last flush waits as long as the deployment allows ($VNMETRICS_DB_WAIT, else 60 s).
            with writing(self.db, wait=lock_wait(60.0) if final else 5.0) as con:
                counts = upsert_articles(con, [_article_row(item) for item in items])
                _record_urls(con, items)
                if log_rows:
                    con.executemany(
                        "INSERT INTO crawl_log (run_id, source_id, url, status, reason, is_error, detail)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [[self.run_id, r["source_id"], r["url"], r.get("status"), r["reason"], r["is_error"],
                          r.get("detail")] for r in log_rows])
                if self.run_id:
                    add_counts(con, self.run_id, {
                        "pages": deltas["pages"], "errors": deltas["errors"],
                        "skipped": deltas["skipped"] + counts.unchanged,
                        "new_articles": counts.new, "updated_articles": counts.updated})
        except DatabaseBusy:
            # Keep everything for the next flush; at close there is no next one, so the crawl fails loudly.
            self.buffer = items + self.buffer
            if spider is not None:
                spider.requeue_log(log_rows)
            if final:
                self.crawler.stats.set_value("vnm/flush_failed", len(self.buffer))
                raise
            logger.warning("database busy; keeping %d items for the next flush", len(self.buffer))
            return
        for name, delta in deltas.items():
            self.flushed_counts[name] += delta
        self.totals["new_articles"] += counts.new
        self.totals["updated_articles"] += counts.updated
        self.totals["unchanged"] += counts.unchanged
        stats.set_value("vnm/new_articles", self.totals["new_articles"])
        stats.set_value("vnm/updated_articles", self.totals["updated_articles"])
        stats.set_value("vnm/unchanged", self.totals["unchanged"])
        self.last_flush = time.monotonic()


def _article_row(item: dict[str, Any]) -> dict[str, Any]:
    return {key: item.get(key) for key in (
        "source_id", "url", "title", "published_at", "fetched_at", "text", "author", "source_line", "category",
        "attachments", "etag", "last_modified")}


def _record_urls(con: Any, items: list[dict[str, Any]]) -> None:
    rows = []
    for item in items:
        for url in dict.fromkeys((item["fetch_url"], item["url"])):
            rows.append([url, item["source_id"], article_id(item["url"]), item.get("etag"), item.get("last_modified"),
                         item.get("encoding"), item.get("cms"), item.get("method"),
                         item.get("fetched_at") or datetime.now(UTC)])
    if rows:
        con.executemany(
            "INSERT INTO crawl_urls (url, source_id, article_id, etag, last_modified, encoding, cms, method,"
            " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
            " article_id = excluded.article_id, etag = excluded.etag, last_modified = excluded.last_modified,"
            " encoding = excluded.encoding, cms = excluded.cms, method = excluded.method,"
            " fetched_at = excluded.fetched_at", rows)
