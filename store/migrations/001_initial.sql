-- The first schema. Ids are deterministic (hashes of natural keys) so that re-running any stage upserts
-- instead of duplicating. Timestamps are TIMESTAMPTZ; articles' times carry the portals' +07:00 offset.

CREATE TABLE sources (
    id          VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    province    VARCHAR,               -- as named in the registry (former or current province), NULL = national
    cms         VARCHAR NOT NULL,
    start_urls  VARCHAR[] NOT NULL,
    config      JSON,                  -- the whole registry entry, for audit
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY, -- sha1 of the canonical URL, 16 hex
    source_id     VARCHAR NOT NULL,
    url           VARCHAR NOT NULL UNIQUE, -- canonical URL
    title         VARCHAR,
    published_at  TIMESTAMPTZ,
    fetched_at    TIMESTAMPTZ NOT NULL,
    text          VARCHAR NOT NULL,    -- clean text: title is separate, sapo first, then body
    content_hash  VARCHAR NOT NULL,    -- sha256 over title and text
    version       INTEGER NOT NULL DEFAULT 1,
    author        VARCHAR,
    source_line   VARCHAR,             -- "Nguồn: ..." as printed
    category      VARCHAR,
    attachments   VARCHAR[],           -- PDF/XLSX report URLs, recorded not parsed
    etag          VARCHAR,
    last_modified VARCHAR,
    first_seen_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Earlier contents of an article whose text changed; the current one stays in `articles`.
CREATE TABLE article_versions (
    article_id    VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    title         VARCHAR,
    published_at  TIMESTAMPTZ,
    fetched_at    TIMESTAMPTZ NOT NULL,
    text          VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- Which content of which article each extractor version has seen, so articles with no facts are not
-- re-read every night and changed articles are.
CREATE TABLE extractions (
    article_id        VARCHAR PRIMARY KEY,
    content_hash      VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    fact_count        INTEGER NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Contract fields under the contract's names (doc_id is the article id), plus provenance.
CREATE TABLE facts (
    id                VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    doc_id            VARCHAR NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,
    role              VARCHAR NOT NULL,
    direction         VARCHAR,
    value             DOUBLE NOT NULL,
    value_max         DOUBLE,
    out_of            DOUBLE,
    qualifier         VARCHAR NOT NULL,
    unit              VARCHAR,
    subject           VARCHAR,
    indicator         VARCHAR,
    location          VARCHAR,
    place             VARCHAR,
    province_now      VARCHAR,
    period            VARCHAR,
    sentence          VARCHAR,
    sentence_start    INTEGER,
    confidence        DOUBLE,
    extractor_version VARCHAR NOT NULL,
    content_hash      VARCHAR NOT NULL,  -- the article content the fact was read from
    extracted_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE fact_checks (
    id          VARCHAR PRIMARY KEY,   -- hash of check name and the sorted fact ids
    check_name  VARCHAR NOT NULL,
    status      VARCHAR NOT NULL CHECK (status IN ('ok', 'warn', 'fail')),
    fact_ids    VARCHAR[] NOT NULL,
    reason_vi   VARCHAR NOT NULL,
    reason_en   VARCHAR NOT NULL,
    compared    JSON,                  -- the numbers compared, e.g. {"expected": 49.1, "stated": 49, "tolerance": 1}
    run_id      VARCHAR,
    checked_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE crawl_runs (
    id                 VARCHAR PRIMARY KEY,
    job                VARCHAR NOT NULL,  -- crawl | run | demo
    started_at         TIMESTAMPTZ NOT NULL,
    finished_at        TIMESTAMPTZ,
    status             VARCHAR NOT NULL,  -- running | ok | partial | failed | interrupted
    sources            INTEGER NOT NULL DEFAULT 0,
    pages              INTEGER NOT NULL DEFAULT 0,
    new_articles       INTEGER NOT NULL DEFAULT 0,
    updated_articles   INTEGER NOT NULL DEFAULT 0,
    skipped            INTEGER NOT NULL DEFAULT 0,
    errors             INTEGER NOT NULL DEFAULT 0,
    extracted_articles INTEGER NOT NULL DEFAULT 0,
    facts_written      INTEGER NOT NULL DEFAULT 0,
    checks_written     INTEGER NOT NULL DEFAULT 0,
    details            JSON
);

CREATE INDEX facts_article ON facts (article_id);
CREATE INDEX articles_source ON articles (source_id);
