-- Fact-checking support: official reference tables, reviewers' verdicts, which articles the checks have seen,
-- and the analysts' views. Every view reads only tables, so `vnmetrics query` and the Parquet/CSV export see
-- the same rows; times show in Asia/Ho_Chi_Minh because store.db sets the session TimeZone.

-- Published official tables (PAR Index, SIPAS, ...) that claims are checked against. One row per
-- indicator × location × period × kind; reloading a table replaces the rows it covers.
CREATE TABLE reference_values (
    indicator     VARCHAR NOT NULL,      -- canonical id as in facts.indicator: PAR_INDEX, SIPAS, INDEX_766, ...
    location      VARCHAR NOT NULL,      -- canonical province name as named in `period` (63-province names before 2025-07)
    period        VARCHAR NOT NULL,      -- same forms as facts.period: 2023, 2024-H1, ...
    kind          VARCHAR NOT NULL,      -- rank | score | percent
    value         DOUBLE NOT NULL,
    out_of        DOUBLE,                -- 63 for a rank among provinces; 100 for a score on 100
    source_url    VARCHAR NOT NULL,      -- the public page the row was copied from
    published_by  VARCHAR,               -- the body that published the table (Bộ Nội vụ, ...)
    loaded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator, location, period, kind)
);

-- A fact-checker's verdict. The fact's sentence and text are copied in, because re-extraction with a newer
-- extractor may replace the fact row (and its id) while the verdict must keep saying what it judged.
CREATE TABLE verdicts (
    id            VARCHAR PRIMARY KEY,
    fact_id       VARCHAR NOT NULL,
    article_id    VARCHAR NOT NULL,
    claim         VARCHAR NOT NULL,      -- the sentence the fact was read from (the claim reviewed)
    fact_text     VARCHAR NOT NULL,
    rating        VARCHAR NOT NULL,      -- true | mostly-true | mixed | mostly-false | false | unverifiable
    rating_value  INTEGER,               -- 5..1 on the scale above, NULL for unverifiable
    reviewer      VARCHAR NOT NULL,
    note          VARCHAR,
    reviewed_on   DATE NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX verdicts_fact ON verdicts (fact_id);

-- The extraction each article's facts were last checked at, so `vnmetrics check` without --all only
-- re-checks articles extracted since.
CREATE TABLE check_state (
    article_id    VARCHAR PRIMARY KEY,
    extracted_at  TIMESTAMPTZ,
    checked_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- v_facts: every fact with the article and source it came from: the row an analyst starts from.
CREATE VIEW v_facts AS
SELECT
    f.id AS fact_id, f.article_id, f.text, f.kind, f.role, f.direction, f.value, f.value_max, f.out_of,
    f.qualifier, f.unit, f.subject, f.indicator, f.location, f.place, f.province_now, f.period,
    f.sentence, f.start, f."end", f.confidence, f.extractor_version,
    a.title, a.url, a.published_at,
    s.id AS source_id, s.name AS source_name, s.province AS source_province
FROM facts f
LEFT JOIN articles a ON a.id = f.article_id
LEFT JOIN sources s ON s.id = a.source_id;

-- v_indicator_series: one row per location × indicator × period × kind of reported levels: the value of the
-- most recently published report, and every report (value, out_of, url, date) oldest first, so revisions and
-- disagreements show side by side.
CREATE VIEW v_indicator_series AS
SELECT
    location,
    any_value(province_now) AS province_now,
    indicator,
    period,
    kind,
    arg_max(value, coalesce(published_at, TIMESTAMPTZ '1970-01-01 00:00:00+00')) AS latest_value,
    arg_max(out_of, coalesce(published_at, TIMESTAMPTZ '1970-01-01 00:00:00+00')) AS latest_out_of,
    arg_max(url, coalesce(published_at, TIMESTAMPTZ '1970-01-01 00:00:00+00')) AS latest_url,
    max(published_at) AS latest_published_at,
    count(*) AS reports,
    count(DISTINCT value) AS distinct_values,
    list({'value': value, 'out_of': out_of, 'url': url, 'published_at': published_at, 'fact_id': fact_id}
         ORDER BY published_at NULLS LAST, fact_id) AS all_reports
FROM v_facts
WHERE role = 'level' AND indicator IS NOT NULL AND location IS NOT NULL AND period IS NOT NULL
GROUP BY location, indicator, period, kind;

-- v_check_results: each check result once per fact it involves, with the fact and its article, so a
-- dashboard or analyst can filter by province, indicator or status without unnesting lists.
CREATE VIEW v_check_results AS
SELECT
    c.id AS check_id, c.check_name, c.status, c.reason_vi, c.reason_en, c.compared, c.run_id, c.checked_at,
    len(c.fact_ids) AS facts_involved, c.fact_ids,
    v.fact_id, v.text, v.kind, v.role, v.value, v.out_of, v.qualifier, v.subject, v.indicator, v.location,
    v.province_now, v.period, v.sentence, v.article_id, v.title, v.url, v.published_at, v.source_name
FROM fact_checks c
CROSS JOIN unnest(c.fact_ids) AS u(fid)
LEFT JOIN v_facts v ON v.fact_id = u.fid;

-- v_conflicts: the figures that different articles give for the same indicator (or subject), place, period,
-- kind and role, as found by the `conflict` check (run `vnmetrics check`): one row per disagreeing fact.
CREATE VIEW v_conflicts AS
SELECT
    check_id, status, reason_vi, reason_en,
    coalesce(indicator, subject) AS measure, location, period, kind, role,
    value, out_of, text, url, published_at, source_name, fact_id, sentence
FROM v_check_results
WHERE check_name = 'conflict' AND status <> 'ok';

-- v_crawl_health: per source, what the store holds (articles, newest publication, last fetch, facts) and the
-- latest crawl run's outcome. crawl_runs counts errors per run, not per source; where a run's details carry a
-- per-source object (details.sources.<source_id>.errors) it is shown as last_run_source_errors.
CREATE VIEW v_crawl_health AS
WITH per_source AS (
    SELECT a.source_id, count(*) AS articles, max(a.published_at) AS last_published_at,
           max(a.fetched_at) AS last_fetched_at,
           count(*) FILTER (WHERE a.fetched_at >= now() - INTERVAL 7 DAY) AS fetched_last_7_days
    FROM articles a GROUP BY a.source_id
), facts_per_source AS (
    SELECT a.source_id, count(*) AS facts
    FROM facts f JOIN articles a ON a.id = f.article_id GROUP BY a.source_id
), last_run AS (
    SELECT * FROM crawl_runs WHERE job IN ('crawl', 'run', 'demo') ORDER BY started_at DESC LIMIT 1
)
SELECT
    s.id AS source_id, s.name, s.province, s.cms,
    coalesce(p.articles, 0) AS articles, coalesce(fp.facts, 0) AS facts,
    p.last_published_at, p.last_fetched_at, coalesce(p.fetched_last_7_days, 0) AS fetched_last_7_days,
    r.id AS last_run_id, r.started_at AS last_run_started_at, r.status AS last_run_status,
    r.errors AS last_run_errors,
    TRY_CAST(json_extract_string(r.details, '$.sources."' || s.id || '".errors') AS INTEGER)
        AS last_run_source_errors,
    (SELECT count(*) FROM crawl_runs cr WHERE cr.errors > 0) AS runs_with_errors
FROM sources s
LEFT JOIN per_source p ON p.source_id = s.id
LEFT JOIN facts_per_source fp ON fp.source_id = s.id
LEFT JOIN last_run r ON TRUE;
