#!/usr/bin/env python3
"""The helper of tools/check-parquet.sh: runs docs/sql/*.sql on DuckDB and Spark (local mode) over the events, compares
their rows with the engine's exports, checks the Parquet tables' column types in pyarrow, polars and pandas, and prints
the table of times and sizes.

Run with the venv python (bench-data/parquet-venv/bin/python), which has duckdb, pyspark, pyarrow, polars, pandas.

  check_parquet.py points --events SRC --source S [--known-retraction]   the (T, K) points to check, as JSON
  check_parquet.py run duckdb|spark --events SRC --source S --jobs JOBS.json --out DIR
                                         every job (a query with its parameters) in one process; times as JSON
  check_parquet.py compare state|daily ENGINE.csv RESULT.parquet...      same rows and columns? (exit 1 if not)
  check_parquet.py types TABLE=PATH...   every exported table read by pyarrow, polars and pandas, every column typed
  check_parquet.py table RESULTS.json    the markdown table of times and sizes

SRC is the events: a directory of *.jsonl logs (--source jsonl: read and typed here, for developing the SQL before
the Parquet writer) or the lake written by `timeline export events --format parquet --output DIR` (--source parquet).
"""
import datetime
import glob
import json
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SQL_DIR = os.path.join(ROOT, 'docs', 'sql')
CITY = datetime.timezone(datetime.timedelta(hours=8))
FAR = '9999-12-31 00:00:00'


def die(msg, code=2):
    print('check_parquet: ' + msg, file=sys.stderr)
    sys.exit(code)


# ------------------------------------------------------------------------------------------------ parameters

def city_wall(iso):
    """'2022-01-10T12:00+08:00' (any offset) -> '2022-01-10 12:00:00' in the city's wall-clock time."""
    d = datetime.datetime.fromisoformat(iso).astimezone(CITY)
    return d.strftime('%Y-%m-%d %H:%M:%S')


def ts_expr(iso):
    """A parameter as the SQL files write it: city wall time minus the offset, or far future for 'everything'."""
    if iso is None:
        return "TIMESTAMP '%s'" % FAR
    return "TIMESTAMP '%s' - INTERVAL '8' HOUR" % city_wall(iso)


def horizon_expr(days):
    return "INTERVAL '%d' DAY" % days


def with_params(sql, values):
    """The SQL with the expressions of the `params` CTE's columns replaced: values maps a column name to its SQL."""
    head, sep, rest = sql.partition('params AS (')
    if not sep:
        die('no `params AS (` CTE in the SQL')
    body, sep2, tail = rest.partition('\n),')
    seen = set()
    out = []
    for line in body.split('\n'):
        m = re.match(r'^(\s*)(.*?)( AS (\w+))(,?)(\s*--.*)?$', line)
        if m and m.group(4) in values:
            seen.add(m.group(4))
            line = '%s%s%s%s%s' % (m.group(1), values[m.group(4)], m.group(3), m.group(5), m.group(6) or '')
        out.append(line)
    missing = set(values) - seen
    if missing:
        die('params CTE has no column(s) ' + ', '.join(sorted(missing)))
    return head + sep + '\n'.join(out) + sep2 + tail


def job_sql(job):
    """The SQL text of a job: {'query': 'state'|'daily', 'at', 'known_at', 'from', 'to', 'horizon_days'}."""
    with open(os.path.join(SQL_DIR, job['query'] + '.sql'), encoding='utf-8') as f:
        sql = f.read()
    h = horizon_expr(job.get('horizon_days', 14))
    if job['query'] == 'state':
        vals = {'t': ts_expr(job['at']), 'k': ts_expr(job.get('known_at')), 'horizon': h}
    else:
        d1 = datetime.date.fromisoformat(job['from'])
        d2 = datetime.date.fromisoformat(job['to'])
        vals = {'first_day': "TIMESTAMP '%s 00:00:00' - INTERVAL '8' HOUR" % d1.isoformat(),
                'days': str((d2 - d1).days + 1), 'k': ts_expr(job.get('known_at')), 'horizon': h}
    return with_params(sql, vals).rstrip().rstrip(';')


# ------------------------------------------------------------------------------------------------ sources

JSONL_COLUMNS = ("{'seq': 'BIGINT', 'id': 'VARCHAR', 'type': 'VARCHAR', 'subject': 'VARCHAR', 'effective': 'VARCHAR', "
                 "'until': 'VARCHAR', 'recorded': 'VARCHAR', 'source': 'VARCHAR', 'quote': 'VARCHAR', 'data': 'JSON'}")


def duckdb_events(con, src, source):
    """Registers the view `events` (the columns docs/sql reads) over the logs or the lake."""
    con.execute("SET TimeZone = 'UTC'")
    q = src.replace("'", "''")
    if source == 'jsonl':
        con.execute("""
          CREATE VIEW events AS
          SELECT seq, id, type, subject, effective::TIMESTAMPTZ AS effective, "until"::TIMESTAMPTZ AS until,
                 recorded::TIMESTAMPTZ AS recorded, source, quote, data ->> 'target' AS target,
                 (data ->> 'period_start')::TIMESTAMPTZ AS period_start
          FROM read_ndjson('%s/*.jsonl', columns = %s)""" % (q, JSONL_COLUMNS))
    else:
        con.execute("CREATE VIEW events AS SELECT * FROM read_parquet('%s/**/*.parquet', hive_partitioning = true)" % q)


def spark_session():
    from pyspark.sql import SparkSession
    s = (SparkSession.builder.master('local[*]').appName('timeline-check-parquet')
         .config('spark.sql.session.timeZone', 'UTC')
         .config('spark.ui.enabled', 'false')
         .config('spark.sql.shuffle.partitions', '8')
         .config('spark.driver.memory', os.environ.get('SPARK_DRIVER_MEMORY', '6g'))
         .config('spark.sql.parquet.outputTimestampType', 'TIMESTAMP_MICROS')
         .getOrCreate())
    s.sparkContext.setLogLevel('ERROR')
    return s


def spark_events(spark, src, source):
    if source == 'jsonl':
        from pyspark.sql.types import LongType, StringType, StructField, StructType
        schema = StructType([StructField(n, t) for n, t in (
            ('seq', LongType()), ('id', StringType()), ('type', StringType()), ('subject', StringType()),
            ('effective', StringType()), ('until', StringType()), ('recorded', StringType()),
            ('source', StringType()), ('quote', StringType()), ('data', StringType()))])
        raw = spark.read.schema(schema).json(os.path.join(src, '*.jsonl'))
        raw.createOrReplaceTempView('raw_events')
        spark.sql("""
          CREATE OR REPLACE TEMP VIEW events AS
          SELECT seq, id, type, subject, CAST(effective AS TIMESTAMP) AS effective, CAST(until AS TIMESTAMP) AS until,
                 CAST(recorded AS TIMESTAMP) AS recorded, source, quote,
                 get_json_object(data, '$.target') AS target,
                 CAST(get_json_object(data, '$.period_start') AS TIMESTAMP) AS period_start
          FROM raw_events""")
    else:
        spark.read.parquet(src).createOrReplaceTempView('events')


# ------------------------------------------------------------------------------------------------ points

def cmd_points(a):
    """T/K points over the span of transaction times, and one K on each side of a retraction that matters."""
    import duckdb
    con = duckdb.connect()
    duckdb_events(con, a.events, a.source)
    lo, hi = con.execute("SELECT epoch(min(recorded))::BIGINT, epoch(max(recorded))::BIGINT FROM events").fetchone()

    def at(frac):
        x = lo + (hi - lo) * frac // 100 // 60 * 60
        return datetime.datetime.fromtimestamp(x, CITY).isoformat(timespec='minutes')

    def iso(x):
        return datetime.datetime.fromtimestamp(x, CITY).isoformat(timespec='minutes')

    points = [
        {'name': 'K after T', 'at': at(60), 'known_at': at(80)},
        {'name': 'K before T', 'at': at(80), 'known_at': at(50)},
        {'name': 'all known', 'at': at(95), 'known_at': None},
    ]
    # A retraction whose target would decide its subject at T: K one minute before the retraction (the target
    # decides) and K at the retraction (it no longer does).
    row = con.execute("""
      WITH r AS (SELECT target, recorded AS r_rec FROM events WHERE type = 'event.retracted'),
      x AS (
        SELECT e.subject, e.id, e.effective, e.until, e.recorded, r.r_rec,
               row_number() OVER (ORDER BY e.subject, e.id) AS n, count(*) OVER () AS c
        FROM events e JOIN r ON r.target = e.id
        WHERE e.type NOT IN ('event.retracted', 'briefing.published', 'zone.lifted', 'measure.lifted',
                             'testing.completed', 'metric.reported')
          AND r.r_rec > e.recorded AND r.r_rec > e.effective
          AND NOT EXISTS (SELECT 1 FROM events o WHERE o.subject = e.subject AND o.id <> e.id
                          AND o.effective > e.effective AND o.effective <= e.effective + INTERVAL 1 MINUTE)
      )
      SELECT subject, id, epoch(effective)::BIGINT, epoch(recorded)::BIGINT, epoch(r_rec)::BIGINT FROM x
      WHERE n = (c + 1) / 2""").fetchone()
    if row:
        subject, target, eff, rec, r_rec = row
        t = max(eff, rec) + 60
        t = min(t, r_rec)
        points.append({'name': 'K before a retraction', 'at': iso(t), 'known_at': iso(r_rec - 60),
                       'retraction': {'subject': subject, 'target': target, 'decides': True}})
        points.append({'name': 'K at that retraction', 'at': iso(t), 'known_at': iso(r_rec),
                       'retraction': {'subject': subject, 'target': target, 'decides': False}})
    d1 = datetime.datetime.fromtimestamp(lo, CITY).date()
    days = min(a.days, (datetime.datetime.fromtimestamp(hi, CITY).date() - d1).days + 1)
    out = {'points': points, 'daily': {'from': d1.isoformat(), 'to': (d1 + datetime.timedelta(days=days - 1)).isoformat(),
                                       'known_at': at(80)}}
    print(json.dumps(out))


# ------------------------------------------------------------------------------------------------ run

def cmd_run(a):
    with open(a.jobs, encoding='utf-8') as f:
        jobs = json.load(f)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.perf_counter()
    times = {'tool': a.tool}
    if a.tool == 'duckdb':
        import duckdb
        con = duckdb.connect()
        threads = os.environ.get('DUCKDB_THREADS')
        if threads:
            con.execute('SET threads = %d' % int(threads))
        duckdb_events(con, a.events, a.source)
        times['version'] = duckdb.__version__
        times['start_s'] = time.perf_counter() - t0
        for j in jobs:
            sql = job_sql(j)
            out = os.path.join(a.out, j['label'] + '.duckdb.parquet')
            s = time.perf_counter()
            con.execute("COPY (%s) TO '%s' (FORMAT parquet)" % (sql, out.replace("'", "''")))
            times[j['label']] = time.perf_counter() - s
            print('  duckdb %-28s %7.2f s' % (j['label'], times[j['label']]), file=sys.stderr)
    else:
        import pyspark
        spark = spark_session()
        spark_events(spark, a.events, a.source)
        times['version'] = pyspark.__version__
        times['start_s'] = time.perf_counter() - t0
        for j in jobs:
            sql = job_sql(j)
            out = os.path.join(a.out, j['label'] + '.spark.parquet')
            s = time.perf_counter()
            spark.sql(sql).write.mode('overwrite').parquet(out)
            times[j['label']] = time.perf_counter() - s
            print('  spark  %-28s %7.2f s' % (j['label'], times[j['label']]), file=sys.stderr)
        spark.stop()
    times['total_s'] = time.perf_counter() - t0
    with open(os.path.join(a.out, a.tool + '.times.json'), 'w', encoding='utf-8') as f:
        json.dump(times, f)


# ------------------------------------------------------------------------------------------------ compare

# Compared columns: engine column -> (SQL result column, kind). Kinds: s string, t time (compared as the instant),
# n number (to hundredths), d date.
COMPARED = {
    'state': [('subject', 'subject', 's'), ('kind', 'kind', 's'), ('event_id', 'event_id', 's'),
              ('effective', 'effective', 't'), ('until', 'until', 't'), ('recorded', 'recorded', 't'),
              ('source', 'source', 's'), ('status', 'status', 's'), ('last_stated', 'last_stated', 't'),
              ('last_stated_source', 'last_stated_source', 's'), ('last_stated_event', 'last_stated_event', 's'),
              ('age_days', 'age_days', 'n'), ('end', 'end_kind', 's'), ('end_at', 'end_at', 't'),
              ('end_event', 'end_event', 's')],
    'daily': [('date', 'date', 'd'), ('subject', 'subject', 's'), ('kind', 'kind', 's'), ('status', 'status', 's'),
              ('event_id', 'event_id', 's'), ('effective', 'effective', 't'), ('until', 'until', 't'),
              ('source', 'source', 's'), ('as_of', 'as_of', 't'), ('period_start', 'period_start', 't'),
              ('last_stated', 'last_stated', 't'), ('age_days', 'age_days', 'n'), ('end', 'end_kind', 's'),
              ('end_at', 'end_at', 't')],
}


def norm_engine(col, kind):
    c = '"%s"' % col
    if kind == 't':
        return "epoch(CAST(NULLIF(%s, '') AS TIMESTAMPTZ))::BIGINT" % c
    if kind == 'n':
        return "CAST(ROUND(CAST(NULLIF(%s, '') AS DOUBLE), 2) AS DECIMAL(18, 2))" % c
    if kind == 'd':
        return "CAST(NULLIF(%s, '') AS DATE)" % c
    return "COALESCE(%s, '')" % c


def norm_result(col, kind):
    c = '"%s"' % col
    if kind == 't':
        return "epoch(%s)::BIGINT" % c
    if kind == 'n':
        return "CAST(ROUND(CAST(%s AS DOUBLE), 2) AS DECIMAL(18, 2))" % c
    if kind == 'd':
        return "CAST(%s AS DATE)" % c
    return "COALESCE(CAST(%s AS VARCHAR), '')" % c


def cmd_compare(a):
    import duckdb
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    cols = COMPARED[a.kind]
    eng = a.engine.replace("'", "''")
    con.execute("CREATE VIEW engine_raw AS SELECT * FROM read_csv('%s', all_varchar = true, header = true)" % eng)
    ecols = [r[0] for r in con.execute("DESCRIBE engine_raw").fetchall()]
    missing = [c for c, _, _ in cols if c not in ecols]
    if missing:
        die('engine output %s has no column(s) %s' % (a.engine, ', '.join(missing)))
    names = ', '.join('"%s"' % c for c, _, _ in cols)
    con.execute("CREATE TABLE engine AS SELECT %s FROM engine_raw" % ', '.join(
        '%s AS "%s"' % (norm_engine(c, k), c) for c, _, k in cols))
    n = con.execute("SELECT count(*) FROM engine").fetchone()[0]
    bad = False
    summary = []
    for path in a.results:
        label = os.path.basename(path.rstrip('/'))
        p = path.replace("'", "''")
        target = os.path.join(p, '*.parquet') if os.path.isdir(path) else p
        con.execute("CREATE OR REPLACE VIEW result_raw AS SELECT * FROM read_parquet('%s')" % target)
        rcols = [r[0] for r in con.execute("DESCRIBE result_raw").fetchall()]
        missing = [r for _, r, _ in cols if r not in rcols]
        if missing:
            print('FAIL: %s has no column(s) %s' % (label, ', '.join(missing)))
            bad = True
            continue
        con.execute("CREATE OR REPLACE TABLE result AS SELECT %s FROM result_raw" % ', '.join(
            '%s AS "%s"' % (norm_result(r, k), c) for c, r, k in cols))
        m = con.execute("SELECT count(*) FROM result").fetchone()[0]
        only_e = con.execute("SELECT * FROM (SELECT * FROM engine EXCEPT ALL SELECT * FROM result) ORDER BY ALL").fetchall()
        only_r = con.execute("SELECT * FROM (SELECT * FROM result EXCEPT ALL SELECT * FROM engine) ORDER BY ALL").fetchall()
        if only_e or only_r:
            bad = True
            print('FAIL: %s: engine has %d rows, %s has %d rows; %d only in the engine, %d only in %s'
                  % (a.kind, n, label, m, len(only_e), len(only_r), label))
            print('  columns: ' + names)
            for who, rows in (('engine', only_e), (label, only_r)):
                for r in rows[:8]:
                    print('  only in %s: %s' % (who, r))
        else:
            summary.append(label)
    if bad:
        sys.exit(1)
    print('%d rows x %d columns (%s) identical in %s' % (n, len(cols), ', '.join(c for c, _, _ in cols),
                                                          ', '.join(summary)))


def main():
    import argparse
    ap = argparse.ArgumentParser(prog='check_parquet.py')
    sub = ap.add_subparsers(dest='cmd', required=True)
    p = sub.add_parser('points')
    p.add_argument('--events', required=True)
    p.add_argument('--source', choices=('jsonl', 'parquet'), required=True)
    p.add_argument('--days', type=int, default=365)
    p = sub.add_parser('run')
    p.add_argument('tool', choices=('duckdb', 'spark'))
    p.add_argument('--events', required=True)
    p.add_argument('--source', choices=('jsonl', 'parquet'), required=True)
    p.add_argument('--jobs', required=True)
    p.add_argument('--out', required=True)
    p = sub.add_parser('compare')
    p.add_argument('kind', choices=('state', 'daily'))
    p.add_argument('engine')
    p.add_argument('results', nargs='+')
    p = sub.add_parser('sql')
    p.add_argument('--job', required=True, help='one job as JSON')
    a = ap.parse_args()
    if a.cmd == 'points':
        cmd_points(a)
    elif a.cmd == 'run':
        cmd_run(a)
    elif a.cmd == 'compare':
        cmd_compare(a)
    elif a.cmd == 'sql':
        print(job_sql(json.loads(a.job)))


if __name__ == '__main__':
    main()
