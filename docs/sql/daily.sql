-- The daily table: one row per day and subject in force that day, the rows of
-- `timeline export daily --from D1 --to D2 --in-force-only [--known-at K] [--time-of-day HH:MM]`.
--
-- Portable SQL (window functions, joins, CASE; no ASOF JOIN, no QUALIFY, no arg_max, no generate_series), tested on
-- DuckDB and Spark SQL, written for Trino too. See docs/sql/README.md and docs/sql/state.sql (the same rules at
-- one moment).
--
-- Conventions
--   * Run with the session time zone set to UTC (Spark: spark.sql.session.timeZone=UTC; DuckDB: SET TimeZone =
--     'UTC'; Trino: SET TIME ZONE 'UTC'). Times are written in the city's wall-clock time minus its UTC offset.
--   * Edit only the `params` CTE and the table name in `ev` (`events`: the lake's events table).
--   * Up to 10,000 days (the `days` CTE numbers them with four digits).
--
-- How it works: a subject's state, its last statement and its end can only change at an effective, until or
-- period_start of one of its events. Those instants cut each subject's time into segments; each segment is decided
-- once (the latest event in order, as in state.sql: for open-ended events a running maximum over the cuts, for
-- events with an until a join), and each day joins the one segment per subject that contains its moment. Status
-- and age depend on the day's moment itself and are computed per row.
--
-- Rows, as the engine writes them (Sources/TimelineKit/Index/EventTable+Daily.swift):
--   * rules (zones, measures, testing rounds): the deciding event unless it is a lift or a completed round; status
--     'in force' when the moment is within the horizon of last_stated or the event has an `until`, else
--     'unconfirmed'; last_stated refreshed by restatements as in state.sql; end as in state.sql, from the moment.
--   * figures (metric:*): 'reported' when the next figure (the first known after the moment) is a count whose
--     period [period_start, effective) covers the moment: that figure, with no last_stated; else, when the latest
--     figure at the moment is as of a moment (no period_start): 'latest' within the horizon of its effective time,
--     else 'unconfirmed', with last_stated = effective; else (a count whose period has passed) no row.
WITH params AS (
  SELECT
    TIMESTAMP '2022-01-07 00:00:00' - INTERVAL '8' HOUR AS first_day,  -- --from: the city's midnight (+08:00)
    6 AS days,                                                          -- --from .. --to inclusive, in days
    INTERVAL '0' MINUTE AS time_of_day,                                 -- --time-of-day (00:00)
    TIMESTAMP '9999-12-31 00:00:00' AS k,                               -- --known-at (here: everything known)
    INTERVAL '14' DAY AS horizon,                                       -- --stale-after (default 14 days)
    INTERVAL '8' HOUR AS city_offset                                    -- the city's UTC offset, for `date`
),
ev AS (
  -- The events table. Columns used: id, type, subject, effective, until, recorded, period_start (timestamps;
  -- until and period_start NULL when absent), log (the log's name), seq (the line in it), source (the briefing:
  -- the log's name), target (an event.retracted's data.target). These are the columns of
  -- `timeline export events --format parquet`. Shown as they are: scope, value, unit.
  SELECT id, type, subject, effective, until, recorded, period_start, log, source, seq, target, scope, value, unit,
         log || '.jsonl' AS log_key                    -- the engine breaks ties by the log's file name
  FROM events
),
digits AS (
  SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
  UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9
),
days AS (
  SELECT x.i,
         p.first_day + INTERVAL '1' DAY * x.i AS day_start,
         p.first_day + INTERVAL '1' DAY * x.i + p.time_of_day AS t
  FROM (
    SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS i
    FROM digits a CROSS JOIN digits b CROSS JOIN digits c CROSS JOIN digits e
  ) x
  CROSS JOIN params p
  WHERE x.i < p.days
),
retracted AS (
  SELECT target, MIN(recorded) AS retracted_at
  FROM ev
  WHERE type = 'event.retracted'
  GROUP BY target
),
known AS (
  -- Events known and not retracted at K that bear on state, numbered in event order per subject.
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
cuts AS (
  SELECT subject, b, MAX(starts) AS starts
  FROM (
    SELECT subject, effective AS b, decides AS starts FROM known
    UNION ALL
    SELECT subject, until AS b, 0 AS starts FROM known WHERE until IS NOT NULL
    UNION ALL
    SELECT subject, period_start AS b, 0 AS starts FROM known WHERE period_start IS NOT NULL
  ) x
  GROUP BY subject, b
),
open_at AS (
  -- The last open-ended event (no until) in event order among those starting at each cut.
  SELECT subject, effective AS b, MAX(pos) AS pos
  FROM known
  WHERE decides = 1 AND until IS NULL
  GROUP BY subject, effective
),
open_run AS (
  -- The last open-ended event starting at or before each cut: a running maximum (pos follows effective).
  SELECT c.subject, c.b,
         MAX(o.pos) OVER (PARTITION BY c.subject ORDER BY c.b ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS pos
  FROM cuts c
  LEFT JOIN open_at o ON o.subject = c.subject AND o.b = c.b
),
bounded_at AS (
  -- The last event with an until whose interval contains each cut (few: these are joined, not swept).
  SELECT c.subject, c.b, MAX(e.pos) AS pos
  FROM cuts c
  JOIN known e ON e.subject = c.subject
  WHERE e.decides = 1 AND e.until IS NOT NULL AND e.effective <= c.b AND c.b < e.until
  GROUP BY c.subject, c.b
),
decided AS (
  -- The deciding event at each cut: the later of the two (none: nothing in force from there).
  SELECT x.subject, x.b, e.pos, e.id, e.type, e.effective, e.until, e.recorded, e.source, e.period_start,
         e.scope, e.value, e.unit
  FROM (
    SELECT r.subject, r.b,
           CASE WHEN bd.pos IS NULL THEN r.pos WHEN r.pos IS NULL OR bd.pos > r.pos THEN bd.pos ELSE r.pos END AS pos
    FROM open_run r
    LEFT JOIN bounded_at bd ON bd.subject = r.subject AND bd.b = r.b
  ) x
  JOIN known e ON e.subject = x.subject AND e.pos = x.pos
),
segments AS (
  SELECT c.subject, c.b AS seg_start,
         LEAD(c.b) OVER (PARTITION BY c.subject ORDER BY c.b) AS seg_end,
         -- the first later moment at which a known event that can decide starts
         MIN(CASE WHEN c.starts = 1 THEN c.b END)
           OVER (PARTITION BY c.subject ORDER BY c.b DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next_start,
         d.pos AS d_pos, d.id AS d_id, d.type AS d_type, d.effective AS d_effective, d.until AS d_until,
         d.recorded AS d_recorded, d.source AS d_source, d.period_start AS d_period_start,
         d.scope AS d_scope, d.value AS d_value, d.unit AS d_unit
  FROM cuts c
  LEFT JOIN decided d ON d.subject = c.subject AND d.b = c.b
),
first_at AS (
  -- A figure's next report: the first event in order among those that start at a moment.
  SELECT subject, effective, id, until, source, period_start, scope, value, unit
  FROM (
    SELECT subject, effective, id, until, source, period_start, scope, value, unit,
           ROW_NUMBER() OVER (PARTITION BY subject, effective ORDER BY pos) AS rn
    FROM known
    WHERE decides = 1
  ) x
  WHERE rn = 1
),
restating AS (
  -- Each restatement with the event that decided at its own effective time (the one it restates).
  SELECT r.subject, r.id, r.source, r.recorded, r.effective, r.until, r.pos, s.d_pos
  FROM known r
  JOIN segments s ON s.subject = r.subject AND s.seg_start = r.effective
  WHERE r.decides = 0 AND s.d_pos IS NOT NULL
),
statements AS (
  SELECT subject, seg_start, recorded, pos
  FROM (
    SELECT x.*, ROW_NUMBER() OVER (PARTITION BY x.subject, x.seg_start ORDER BY x.recorded DESC, x.pos) AS rn
    FROM (
      SELECT subject, seg_start, d_recorded AS recorded, d_pos AS pos FROM segments WHERE d_pos IS NOT NULL
      UNION ALL
      SELECT s.subject, s.seg_start, r.recorded, r.pos
      FROM segments s
      JOIN restating r ON r.subject = s.subject AND r.d_pos = s.d_pos
      WHERE r.effective <= s.seg_start AND (r.until IS NULL OR s.seg_start < r.until)
        AND r.recorded > s.d_recorded
    ) x
  ) y
  WHERE rn = 1
),
shown AS (
  -- What each segment shows, before the day's moment decides status and age.
  SELECT s.subject, s.seg_start, s.seg_end,
         CASE WHEN split_part(s.subject, ':', 1) <> 'metric' THEN 'rule'
              WHEN n.period_start IS NOT NULL AND n.period_start <= s.seg_start THEN 'reported'
              WHEN s.d_pos IS NOT NULL AND s.d_period_start IS NULL THEN 'latest'
              ELSE 'none' END AS shows,
         s.d_id, s.d_type, s.d_effective, s.d_until, s.d_source, s.d_period_start, s.d_scope, s.d_value, s.d_unit,
         st.recorded AS stated,
         n.id AS n_id, n.effective AS n_effective, n.until AS n_until, n.source AS n_source, n.period_start AS n_period_start,
         n.scope AS n_scope, n.value AS n_value, n.unit AS n_unit,
         CASE WHEN s.next_start IS NOT NULL AND (s.d_until IS NULL OR s.next_start < s.d_until) THEN 'announced'
              WHEN s.d_until IS NOT NULL THEN 'scheduled'
              ELSE 'unknown' END AS end_kind,
         CASE WHEN s.next_start IS NOT NULL AND (s.d_until IS NULL OR s.next_start < s.d_until) THEN s.next_start
              ELSE s.d_until END AS end_at
  FROM segments s
  LEFT JOIN statements st ON st.subject = s.subject AND st.seg_start = s.seg_start
  LEFT JOIN first_at n ON n.subject = s.subject AND n.effective = s.next_start
),
in_force AS (
  SELECT * FROM shown
  WHERE (shows = 'rule' AND d_id IS NOT NULL AND d_type NOT IN ('zone.lifted', 'measure.lifted', 'testing.completed'))
     OR shows IN ('reported', 'latest')
),
day_rows AS (
  SELECT
    CAST(d.day_start + p.city_offset AS DATE) AS date,
    d.t,
    f.subject,
    split_part(f.subject, ':', 1) AS kind,
    f.shows,
    CASE WHEN f.shows = 'reported' THEN f.n_id ELSE f.d_id END AS event_id,
    CASE WHEN f.shows = 'reported' THEN f.n_effective ELSE f.d_effective END AS effective,
    CASE WHEN f.shows = 'reported' THEN f.n_until ELSE f.d_until END AS until,
    CASE WHEN f.shows = 'reported' THEN f.n_source ELSE f.d_source END AS source,
    CASE WHEN f.shows = 'reported' THEN f.n_period_start ELSE f.d_period_start END AS period_start,
    CASE WHEN f.shows = 'reported' THEN f.n_scope ELSE f.d_scope END AS scope,
    CASE WHEN f.shows = 'reported' THEN f.n_value ELSE f.d_value END AS value,
    CASE WHEN f.shows = 'reported' THEN f.n_unit ELSE f.d_unit END AS unit,
    CASE WHEN f.shows = 'rule' THEN f.stated WHEN f.shows = 'latest' THEN f.d_effective END AS last_stated,
    f.end_kind, f.end_at, p.horizon
  FROM days d
  CROSS JOIN params p
  JOIN in_force f ON f.seg_start <= d.t AND (f.seg_end IS NULL OR d.t < f.seg_end)
),
aged AS (
  SELECT r.*, r.t - r.last_stated AS age FROM day_rows r
),
aged_s AS (
  -- the age in whole seconds (an interval's parts: EXTRACT on intervals is common to the engines, epoch functions not)
  SELECT a.*,
         CAST(EXTRACT(DAY FROM age) AS BIGINT) * 86400 + CAST(EXTRACT(HOUR FROM age) AS BIGINT) * 3600
         + CAST(EXTRACT(MINUTE FROM age) AS BIGINT) * 60 + CAST(EXTRACT(SECOND FROM age) AS BIGINT) AS age_s
  FROM aged a
)
SELECT
  date,
  subject,
  kind,
  CASE WHEN shows = 'reported' THEN 'reported'
       WHEN shows = 'latest' THEN CASE WHEN t <= last_stated + horizon THEN 'latest' ELSE 'unconfirmed' END
       WHEN t <= last_stated + horizon OR until IS NOT NULL THEN 'in force'
       ELSE 'unconfirmed' END AS status,
  event_id,
  scope,
  value,
  unit,
  effective,
  until,
  source,
  CASE WHEN kind = 'metric' THEN effective END AS as_of,
  period_start,
  last_stated,
  -- age of the last statement at the moment in days, rounded half away from zero to hundredths (as the engine)
  CAST(CASE WHEN age_s >= 0 THEN FLOOR((age_s * 100 + 43200) / 86400)
            ELSE -FLOOR((-age_s * 100 + 43200) / 86400) END / 100.0 AS DOUBLE) AS age_days,
  CASE WHEN shows = 'rule' THEN end_kind END AS end_kind,
  CASE WHEN shows = 'rule' THEN end_at END AS end_at
FROM aged_s
ORDER BY date, subject
