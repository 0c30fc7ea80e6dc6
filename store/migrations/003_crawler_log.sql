-- What the crawler needs beyond articles: which fetched URL gave which article (so links that differ from the
-- canonical URL are still recognised, with the validators that URL answered with), and a log of every page it
-- could not store, with the reason (http_404, too_large, non_html, robots, redirect_loop, not_article, ...).

CREATE TABLE crawl_urls (
    url           VARCHAR PRIMARY KEY,   -- the URL requested (after redirects), not necessarily canonical
    source_id     VARCHAR NOT NULL,
    article_id    VARCHAR NOT NULL,
    etag          VARCHAR,
    last_modified VARCHAR,
    encoding      VARCHAR,               -- the charset the page was decoded with (cp1258 pages exist)
    cms           VARCHAR,               -- the family whose extractor read it
    method        VARCHAR,               -- selectors | trafilatura
    fetched_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE crawl_log (
    run_id     VARCHAR,
    source_id  VARCHAR NOT NULL,
    url        VARCHAR NOT NULL,
    status     INTEGER,                  -- HTTP status when there was a response
    reason     VARCHAR NOT NULL,
    is_error   BOOLEAN NOT NULL,         -- counted in crawl_runs.errors (else in skipped)
    detail     VARCHAR,
    logged_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX crawl_urls_source ON crawl_urls (source_id);
CREATE INDEX crawl_log_run ON crawl_log (run_id);
