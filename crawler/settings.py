"""Scrapy settings for every vnmetrics crawl: the one place for politeness, limits and the pipeline chain.

The runner (`crawler.runner`) adds per-run values: VNM_DB, VNM_RUN_ID, JOBDIR per source, CLOSESPIDER_PAGECOUNT.
Tests and the benchmark override delays through `crawl(..., settings=...)` / `vnmetrics crawl --set KEY=VALUE`.
"""

import os

BOT_NAME = "vnmetrics"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Honest identification with a contact page, overridable by deployments that run their own contact page.
USER_AGENT = os.environ.get(
    "VNMETRICS_USER_AGENT",
    "vnmetrics/0.1 (+https://github.com/vnmetrics/vnmetrics/blob/main/CRAWLER.md; public statistics research)",
)
ROBOTSTXT_OBEY = True

# Politeness: a slow start, AutoThrottle aiming at one request in flight per site, two at most, and the
# robots.txt Crawl-delay as a floor (crawler.politeness.CrawlDelayThrottle replaces Scrapy's AutoThrottle).
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50%, so requests do not arrive like clockwork
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
VNM_MAX_CRAWL_DELAY = 60.0
EXTENSIONS = {
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.politeness.CrawlDelayThrottle": 0,
    "scrapy.extensions.telnet.TelnetConsole": None,
}

# Robustness: retries with exponential backoff on 5xx/timeouts, redirect loops cut after 5 hops, a size cap.
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
VNM_RETRY_BACKOFF = 1.0
VNM_RETRY_BACKOFF_MAX = 30.0
DOWNLOADER_MIDDLEWARES = {
    "crawler.politeness.RunDedupeMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.politeness.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.politeness.LoopCuttingRedirectMiddleware": 600,
}
REDIRECT_MAX_TIMES = 5
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024  # larger pages are skipped and logged (reason too_large)
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
COOKIES_ENABLED = False

# Freshness: no HTTP cache (it would hide new articles on list pages); article pages are revalidated with
# If-None-Match / If-Modified-Since by the spider instead. Requests are de-duplicated per run only.
HTTPCACHE_ENABLED = False
DUPEFILTER_CLASS = "crawler.politeness.RunDupeFilter"
# Depth-first within a site keeps the JOBDIR queue small on deep pagination.
DEPTH_PRIORITY = 0

ITEM_PIPELINES = {
    "crawler.pipelines.ValidatePipeline": 100,
    "crawler.pipelines.RunDedupePipeline": 200,
    "crawler.pipelines.StoreWriterPipeline": 900,
}
VNM_FLUSH_ITEMS = 50
VNM_FLUSH_SECONDS = 5.0

LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
