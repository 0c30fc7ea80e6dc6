"""Politeness and robustness pieces Scrapy does not provide out of the box.

* `CrawlDelayThrottle`: AutoThrottle that also honours robots.txt `Crawl-delay` (Scrapy obeys Allow/Disallow
  but ignores Crawl-delay): the delay read by Protego when robots.txt is parsed becomes the floor of that
  site's download slot, and AutoThrottle may raise the delay but never lower it below the floor.
* `BackoffRetryMiddleware`: retries 5xx/timeouts like Scrapy's, but waits 1, 2, 4 ... seconds first, so a
  struggling portal gets room instead of an immediate second hit.
* `LoopCuttingRedirectMiddleware`: a redirect back to a URL already in the same redirect chain is a loop;
  it is cut at once and reported (Scrapy would follow it up to REDIRECT_MAX_TIMES, or our per-run
  de-duplication would drop it silently).
* `RunDedupeMiddleware`: after a resume, requests restored from the JOBDIR queue bypass the dupe filter,
  so an article also rediscovered on a list page would be downloaded twice; the downloader refuses a
  second download of the same request in one run (retries excepted).
* `RunDupeFilter`: de-duplicates requests within one run only. Scrapy's filter persists in JOBDIR, which
  would hide list pages and feeds on the next nightly run; ours keeps JOBDIR for the pending queue (resume)
  while every run revalidates lists.
"""

from __future__ import annotations

import logging
from time import monotonic
from typing import Any

from scrapy import signals
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.dupefilters import RFPDupeFilter
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.throttle import AutoThrottle
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)


class CrawlDelayThrottle(AutoThrottle):
    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.floors: dict[str, float] = {}
        self.max_crawl_delay = crawler.settings.getfloat("VNM_MAX_CRAWL_DELAY", 60.0)
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(self._request_reached, signal=signals.request_reached_downloader)

    def _robots_parsed(self, robotparser: Any, request: Any) -> None:
        parser = getattr(robotparser, "rp", None)  # ProtegoRobotParser keeps the Protego object here
        if parser is None or not hasattr(parser, "crawl_delay"):
            return
        agent = self.crawler.settings.get("USER_AGENT") or "*"
        delay = parser.crawl_delay(agent)
        if delay is None:
            return
        delay = min(float(delay), self.max_crawl_delay)
        key = self.crawler.engine.downloader.get_slot_key(request)
        self.floors[key] = delay
        self.crawler.stats.set_value(f"vnm/crawl_delay/{key}", delay)
        logger.info("robots.txt of %s asks for Crawl-delay %.2fs; honouring it", key, delay)
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is not None:
            self._apply(slot, delay)

    def _request_reached(self, request: Any, spider: Any = None) -> None:
        key = request.meta.get("download_slot")
        floor = self.floors.get(key) if key else None
        if floor is not None:
            slot = self.crawler.engine.downloader.slots.get(key)
            if slot is not None:
                self._apply(slot, floor)

    @staticmethod
    def _apply(slot: Any, floor: float) -> None:
        slot.delay = max(slot.delay, floor)
        slot.jitter = 0.0  # a ±50% random delay would break the floor
        slot.concurrency = 1  # Crawl-delay means one request at a time, that far apart

    def _adjust_delay(self, slot: Any, latency: float, response: Any) -> None:
        super()._adjust_delay(slot, latency, response)
        for key, candidate in self.crawler.engine.downloader.slots.items():
            if candidate is slot and key in self.floors:
                self._apply(slot, self.floors[key])


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("VNM_RETRY_BACKOFF", 1.0)
        self.cap = settings.getfloat("VNM_RETRY_BACKOFF_MAX", 30.0)

    def _retry(self, request: Any, reason: Any) -> Any:
        retry = super()._retry(request, reason)
        if retry is not None and self.base > 0:
            attempt = retry.meta.get("retry_times", 1)
            retry.meta["vnm_not_before"] = monotonic() + min(self.cap, self.base * 2 ** (attempt - 1))
        return retry

    async def process_request(self, request: Any, spider: Any = None) -> None:
        not_before = request.meta.pop("vnm_not_before", None)
        if not_before is not None:
            wait = not_before - monotonic()
            if wait > 0:
                # Imported here: importing the reactor at module level installs Twisted's default one, and
                # Scrapy then refuses to start with the asyncio reactor its settings ask for.
                from twisted.internet import reactor

                await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None


class LoopCuttingRedirectMiddleware(RedirectMiddleware):
    def _redirect(self, redirected: Any, request: Any, reason: Any) -> Any:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            raise IgnoreRequest(f"redirect loop: {' -> '.join([*chain, redirected.url])}")
        redirected = super()._redirect(redirected, request, reason)
        # The target may already have been fetched in this run (a moved article also linked directly);
        # de-duplication then drops it, which is right: it is one article.
        return redirected


DUPLICATE = "already downloaded in this run"


class RunDedupeMiddleware:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.seen: set[bytes] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunDedupeMiddleware:
        return cls(crawler)

    def process_request(self, request: Any, spider: Any = None) -> None:
        if request.meta.get("retry_times") or request.meta.get("dont_obey_robotstxt"):
            return None
        key = self.crawler.request_fingerprinter.fingerprint(request)
        if key in self.seen:
            self.crawler.stats.inc_value("vnm/duplicate_dropped")
            raise IgnoreRequest(DUPLICATE)
        self.seen.add(key)
        return None


class RunDupeFilter(RFPDupeFilter):
    @classmethod
    def from_crawler(cls, crawler: Any) -> RunDupeFilter:
        return cls(None, crawler.settings.getbool("DUPEFILTER_DEBUG"), fingerprinter=crawler.request_fingerprinter)
