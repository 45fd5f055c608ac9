-- State at valid time T as known at transaction time K: the rows of `timeline export state --at T --known-at K`.
--
-- Portable SQL (window functions, joins, CASE; no ASOF JOIN, no QUALIFY, no arg_max), tested on DuckDB and
-- Spark SQL, written for Trino too. See docs/sql/README.md.
--
-- Conventions
--   * Run with the session time zone set to UTC (Spark: spark.sql.session.timeZone=UTC; DuckDB: SET TimeZone =
--     'UTC'; Trino: SET TIME ZONE 'UTC'). T and K are written in the city's wall-clock time minus its UTC offset
--     (a TIMESTAMP literal with an offset is not read the same way everywhere: DuckDB drops the offset).
--   * Edit only the `params` CTE (T, K, the staleness horizon) and the table name in `ev` (`events`: the lake's
--     events table, e.g. a view over `timeline export events --format parquet --output DIR`).
--   * "Everything known" (no --known-at): set k far in the future, e.g. TIMESTAMP '9999-12-31 00:00:00'.
--
-- The rules (DESIGN.md, "Time: two axes"; Sources/TimelineKit/Index/EventTable+Standing.swift):
--   * An event is known at K when recorded <= K, and retracted at K when an event.retracted naming it (data.target)
--     has recorded <= K.
--   * Among a subject's events that can decide (not briefing.published, event.retracted, *.restated), known and
--     not retracted at K, whose valid interval [effective, until) contains T, the latest decides, ordered by
--     effective, recorded, log (the log's file name, bytewise), seq. A lift (zone.lifted, measure.lifted) or a
--     completed round (testing.completed) decides that the subject is not in force: no row.
--   * A restatement (zone.restated, measure.restated) never decides, but refreshes last_stated: the latest
--     recorded among the deciding event and the restatements whose interval contains T, known and not retracted at
--     K, at whose own effective time the same event decided (a restatement made while a temporary rule stood
--     restates that rule, not this one). Ties in recorded: the first in event order.
--   * status: rules are 'in force' when T - last_stated <= horizon or the deciding event has an `until`, else
--     'unconfirmed'; figures (metric:*) are 'latest' when T - effective <= horizon, else 'unconfirmed', and their
--     last_stated is the moment they are as of (effective).
--   * end: 'announced' at the effective time of the first later event (effective > T, known and not retracted at
--     K, able to decide) that starts before the deciding event's `until`, by the event that decides at that moment;
--     else 'scheduled' at `until`; else 'unknown'.
WITH params AS (
  SELECT
    TIMESTAMP '2022-01-10 12:00:00' - INTERVAL '8' HOUR AS t,   -- valid time T, in the city's time (+08:00)
    TIMESTAMP '2022-01-11 20:00:00' - INTERVAL '8' HOUR AS k,   -- known at K, in the city's time (+08:00)
    INTERVAL '14' DAY AS horizon                                -- --stale-after (default 14 days)
),
ev AS (
  -- The events table. Columns used: id, type, subject, effective, until (NULL: open-ended), recorded (timestamps),
  -- log (the log's name), seq (the line in it), source (the briefing: the log's name), target (an
  -- event.retracted's data.target); shown as they are: scope, level, value, unit, params_json, quote. These are
  -- the columns of `timeline export events --format parquet`.
  SELECT id, type, subject, effective, until, recorded, log, source, seq, target,
         scope, level, value, unit, params_json, quote,
         log || '.jsonl' AS log_key                    -- the engine breaks ties by the log's file name
  FROM events
),
retracted AS (
  SELECT target, MIN(recorded) AS retracted_at
  FROM ev
  WHERE type = 'event.retracted'
  GROUP BY target
),
known AS (
  -- Events known and not retracted at K that bear on state (deciding events and restatements), numbered in
  -- event order per subject.
  SELECT e.*,
         CASE WHEN e.type IN ('zone.restated', 'measure.restated') THEN 0 ELSE 1 END AS decides,
         ROW_NUMBER() OVER (PARTITION BY e.subject ORDER BY e.effective, e.recorded, e.log_key, e.seq) AS pos
  FROM ev e
  CROSS JOIN params p
  LEFT JOIN retracted r ON r.target = e.id
  WHERE e.type NOT IN ('briefing.published', 'event.retracted')
    AND e.recorded <= p.k
    AND (r.retracted_at IS NULL OR r.retracted_at > p.k)
),
ranked AS (
  SELECT c.*,
         ROW_NUMBER() OVER (PARTITION BY c.subject ORDER BY c.pos DESC) AS rn
  FROM known c
  CROSS JOIN params p
  WHERE c.decides = 1 AND c.effective <= p.t AND (c.until IS NULL OR p.t < c.until)
),
deciding AS (
  SELECT * FROM ranked WHERE rn = 1
),
restating AS (
  -- Restatements that contain T and come after the deciding event (later recorded: only those can refresh).
  SELECT d.subject, d.pos AS d_pos, r.id, r.source, r.recorded, r.effective, r.pos
  FROM deciding d
  JOIN known r ON r.subject = d.subject
  CROSS JOIN params p
  WHERE r.decides = 0
    AND r.effective <= p.t AND (r.until IS NULL OR p.t < r.until)
    AND r.pos > d.pos AND r.recorded > d.recorded
),
blocked AS (
  -- A restatement restates the deciding event only if that event decided at the restatement's own effective
  -- time: not when a later event (a temporary rule, since ended) stood then.
  SELECT DISTINCT s.subject, s.pos
  FROM restating s
  JOIN known x ON x.subject = s.subject
  WHERE x.decides = 1 AND x.pos > s.d_pos
    AND x.effective <= s.effective AND (x.until IS NULL OR s.effective < x.until)
),
statements AS (
  SELECT subject, id, source, recorded, pos FROM deciding
  UNION ALL
  SELECT s.subject, s.id, s.source, s.recorded, s.pos
  FROM restating s
  LEFT JOIN blocked b ON b.subject = s.subject AND b.pos = s.pos
  WHERE b.pos IS NULL
),
last_statement AS (
  SELECT subject, id, source, recorded
  FROM (
    SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.subject ORDER BY s.recorded DESC, s.pos) AS rn
    FROM statements s
  ) x
  WHERE rn = 1
),
next_start AS (
  -- The first later moment at which an event known at K starts, if before the deciding event's `until`.
  SELECT d.subject, MIN(c.effective) AS at
  FROM deciding d
  JOIN known c ON c.subject = d.subject
  CROSS JOIN params p
  WHERE c.decides = 1 AND c.effective > p.t AND (d.until IS NULL OR c.effective < d.until)
  GROUP BY d.subject
),
next_deciding AS (
  -- The event that decides at that moment (several may start then).
  SELECT subject, id
  FROM (
    SELECT c.subject, c.id, ROW_NUMBER() OVER (PARTITION BY c.subject ORDER BY c.pos DESC) AS rn
    FROM next_start n
    JOIN known c ON c.subject = n.subject
    WHERE c.decides = 1 AND c.effective <= n.at AND (c.until IS NULL OR n.at < c.until)
  ) x
  WHERE rn = 1
),
rows_ AS (
  SELECT
    p.t AS at_, p.k AS known_at_, p.horizon,
    d.subject,
    split_part(d.subject, ':', 1) AS kind,
    d.type, d.id AS event_id, d.effective, d.until, d.recorded, d.source,
    -- the scope the event gives, else the subject key's (after '@')
    COALESCE(d.scope, NULLIF(split_part(d.subject, '@', 2), '')) AS scope,
    d.level, d.value, d.unit, d.params_json, d.quote,
    CASE WHEN split_part(d.subject, ':', 1) = 'metric' THEN d.effective ELSE s.recorded END AS last_stated,
    s.source AS last_stated_source,
    s.id AS last_stated_event,
    CASE WHEN n.at IS NOT NULL THEN 'announced'
         WHEN d.until IS NOT NULL THEN 'scheduled'
         ELSE 'unknown' END AS end_kind,
    CASE WHEN n.at IS NOT NULL THEN n.at ELSE d.until END AS end_at,
    nd.id AS end_event
  FROM deciding d
  CROSS JOIN params p
  JOIN last_statement s ON s.subject = d.subject
  LEFT JOIN next_start n ON n.subject = d.subject
  LEFT JOIN next_deciding nd ON nd.subject = d.subject
  WHERE d.type NOT IN ('zone.lifted', 'measure.lifted', 'testing.completed')
),
aged AS (
  SELECT r.*, r.at_ - r.last_stated AS age
  FROM rows_ r
),
aged_s AS (
  -- the age in whole seconds (an interval's parts: EXTRACT on intervals is common to the engines, epoch functions not)
  SELECT a.*,
         CAST(EXTRACT(DAY FROM age) AS BIGINT) * 86400 + CAST(EXTRACT(HOUR FROM age) AS BIGINT) * 3600
         + CAST(EXTRACT(MINUTE FROM age) AS BIGINT) * 60 + CAST(EXTRACT(SECOND FROM age) AS BIGINT) AS age_s
  FROM aged a
)
SELECT
  at_ AS at,
  known_at_ AS known_at,
  subject,
  kind,
  event_id,
  type,
  effective,
  until,
  recorded,
  source,
  scope,
  level,
  value,
  unit,
  params_json,
  quote,
  CASE WHEN kind = 'metric' THEN
         CASE WHEN at_ <= last_stated + horizon THEN 'latest' ELSE 'unconfirmed' END
       WHEN at_ <= last_stated + horizon OR until IS NOT NULL THEN 'in force'
       ELSE 'unconfirmed' END AS status,
  last_stated,
  last_stated_source,
  last_stated_event,
  -- age of the last statement at T in days, rounded half away from zero to hundredths (as the engine writes it)
  CAST(CASE WHEN age_s >= 0 THEN FLOOR((age_s * 100 + 43200) / 86400)
            ELSE -FLOOR((-age_s * 100 + 43200) / 86400) END / 100.0 AS DOUBLE) AS age_days,
  end_kind,
  end_at,
  end_event
FROM aged_s
ORDER BY subject
