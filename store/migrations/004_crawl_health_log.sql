-- v_crawl_health, now with per-source errors from crawl_log (003): what the last run could not store for each
-- source, errors in the last 7 days and the most frequent error reason, next to what the store holds.
CREATE OR REPLACE VIEW v_crawl_health AS
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
), log_last_run AS (
    SELECT l.source_id, count(*) FILTER (WHERE l.is_error) AS errors, count(*) FILTER (WHERE NOT l.is_error) AS skipped
    FROM crawl_log l JOIN last_run r ON l.run_id = r.id GROUP BY l.source_id
), log_week AS (
    SELECT source_id, count(*) AS errors_7d, mode(reason) AS top_error_reason_7d
    FROM crawl_log WHERE is_error AND logged_at >= now() - INTERVAL 7 DAY GROUP BY source_id
)
SELECT
    s.id AS source_id, s.name, s.province, s.cms,
    coalesce(p.articles, 0) AS articles, coalesce(fp.facts, 0) AS facts,
    p.last_published_at, p.last_fetched_at, coalesce(p.fetched_last_7_days, 0) AS fetched_last_7_days,
    r.id AS last_run_id, r.started_at AS last_run_started_at, r.status AS last_run_status,
    r.errors AS last_run_errors,
    -- per source: from crawl_log when the run logged there, else from a run's details.sources.<id>.errors
    coalesce(ll.errors, TRY_CAST(json_extract_string(r.details, '$.sources."' || s.id || '".errors') AS INTEGER))
        AS last_run_source_errors,
    coalesce(ll.skipped, 0) AS last_run_source_skipped,
    coalesce(lw.errors_7d, 0) AS errors_7d,
    lw.top_error_reason_7d,
    (SELECT count(*) FROM crawl_runs cr WHERE cr.errors > 0) AS runs_with_errors
FROM sources s
LEFT JOIN per_source p ON p.source_id = s.id
LEFT JOIN facts_per_source fp ON fp.source_id = s.id
LEFT JOIN last_run r ON TRUE
LEFT JOIN log_last_run ll ON ll.source_id = s.id
LEFT JOIN log_week lw ON lw.source_id = s.id;
