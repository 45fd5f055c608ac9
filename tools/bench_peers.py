#!/usr/bin/env python3
"""The peers of tools/bench-peers.sh: DuckDB and SQLite doing the benchmark's tasks in SQL and Polars in
its DataFrame API, plus the helpers the script needs (picking T/K, loading the database files, normalising
and comparing rows, printing the tables).

Run with the benchmark's venv python (bench-data/venv/bin/python), which has duckdb and polars; the sqlite3
module is Python's own. Every `run` invocation is one whole task, so what /usr/bin/time measures around it is
the task end to end: interpreter start, import, load (when the task includes it), query, output.

  bench_peers.py info DIR                        print T, K, D1, D365 and the day-0 epoch (shell words)
  bench_peers.py load duckdb|sqlite|polars DIR DB  load DIR/*.jsonl into a database (Polars: Parquet) file
  bench_peers.py moments T D1                    the windows of the engine-only tasks (shell words)
  bench_peers.py subject DB                      the measure subject with the most events (DuckDB file)
  bench_peers.py run PEER TASK [options]         one task, rows written to --out
  bench_peers.py norm TASK ENGINE_OUT ROWS       engine output -> the compared rows
  bench_peers.py compare TASK ROWS...            same rows? (exit 1 and the first differences if not)
  bench_peers.py table RESULTS.tsv META...       the markdown table
  bench_peers.py growth RESULTS.tsv...           the engine's wall time and peak memory per command and size
"""
import csv
import datetime
import glob
import hashlib
import json
import os
import sys
import time

LIFTS = ('zone.lifted', 'measure.lifted', 'testing.completed')
CITY = datetime.timezone(datetime.timedelta(hours=8))
VOCAB = ('briefing.published', 'zone.designated', 'zone.regraded', 'zone.lifted', 'measure.imposed',
         'measure.amended', 'measure.lifted', 'metric.reported', 'testing.scheduled', 'testing.completed',
         'event.retracted')


def die(msg):
    print('bench_peers: ' + msg, file=sys.stderr)
    sys.exit(2)


def log_files(d):
    files = sorted(glob.glob(os.path.join(d, '*.jsonl')))
    if not files:
        die('no *.jsonl logs in ' + d)
    return files


def stem(path):
    b = os.path.basename(path)
    return b[:-6] if b.endswith('.jsonl') else b


def parse_iso(s):
    """2022-01-08T12:00+08:00 or 2022-01-08T12:00:30+08:00 -> epoch seconds."""
    return int(datetime.datetime.fromisoformat(s).timestamp())


def fmt_iso(t):
    d = datetime.datetime.fromtimestamp(t, CITY)
    return d.strftime('%Y-%m-%dT%H:%M') + (':%02d' % d.second if d.second else '') + '+08:00'


# ------------------------------------------------------------------------------------------------
# the SQL (shared by the DuckDB and SQLite peers where the dialects agree)
#
# events(id, type, subject, eff, until_, rec, log, seq, target): times as epoch seconds, until_ NULL when
# open-ended, log = the log's file name without .jsonl, target = data.target of a retraction.

STATE_SQL = """
WITH cand AS (
  SELECT subject, id, type, eff, rec, log, seq FROM events
  WHERE type NOT IN ('briefing.published', 'event.retracted', 'measure.restated', 'zone.restated')
    AND rec <= {K}
    AND eff <= {T} AND (until_ IS NULL OR {T} < until_)
    AND id NOT IN (SELECT target FROM events
                   WHERE type = 'event.retracted' AND rec <= {K} AND target IS NOT NULL)
), ranked AS (
  SELECT subject, id, type,
         row_number() OVER (PARTITION BY subject ORDER BY eff DESC, rec DESC, log DESC, seq DESC) AS rn
  FROM cand
)
SELECT subject, id FROM ranked
WHERE rn = 1 AND type NOT IN ('zone.lifted', 'measure.lifted', 'testing.completed')
"""

HISTORY_SQL = """
SELECT id FROM events WHERE subject = ? AND type <> 'briefing.published'
ORDER BY eff, rec, log, seq
"""

# DuckDB: days x candidate events joined on the interval (an IEJoin), then the latest per (day, subject).
DAILY_DUCKDB_SQL = """
WITH days AS (
  SELECT i, {T0} + i * 86400 AS t FROM range(0, {NDAYS}) r(i)
), cand AS (
  SELECT subject, id, type, eff, coalesce(until_, 9223372036854775807) AS until_, rec, log, seq FROM events
  WHERE type NOT IN ('briefing.published', 'event.retracted', 'measure.restated', 'zone.restated')
    AND id NOT IN (SELECT target FROM events WHERE type = 'event.retracted' AND target IS NOT NULL)
    AND subject NOT LIKE 'metric:%'
), decided AS (
  SELECT d.i, c.subject,
         arg_max(c.id, (c.eff, c.rec, c.log, c.seq)) AS id,
         arg_max(c.type, (c.eff, c.rec, c.log, c.seq)) AS type
  FROM days d JOIN cand c ON c.eff <= d.t AND d.t < c.until_
  GROUP BY d.i, c.subject
)
SELECT strftime(DATE '{D1}' + i::INTEGER, '%Y-%m-%d') AS date, subject, id AS event_id
FROM decided
WHERE type NOT IN ('zone.lifted', 'measure.lifted', 'testing.completed')
ORDER BY date, subject
"""

# SQLite: for each day and subject, the deciding event found through the (subject, eff) index.
DAILY_SQLITE_SQL = """
WITH RECURSIVE days(i, t) AS (
  SELECT 0, {T0} UNION ALL SELECT i + 1, t + 86400 FROM days WHERE i + 1 < {NDAYS}
), subjects AS (
  SELECT DISTINCT subject FROM events WHERE type NOT IN ('briefing.published', 'event.retracted', 'measure.restated', 'zone.restated')
    AND subject NOT LIKE 'metric:%'
), decided AS (
  SELECT days.i, days.t, subjects.subject,
    (SELECT e.rowid FROM events e
     WHERE e.subject = subjects.subject AND e.eff <= days.t AND (e.until_ IS NULL OR days.t < e.until_)
       AND e.type NOT IN ('briefing.published', 'event.retracted', 'measure.restated', 'zone.restated')
       AND e.id NOT IN (SELECT target FROM events WHERE type = 'event.retracted' AND target IS NOT NULL)
     ORDER BY e.eff DESC, e.rec DESC, e.log DESC, e.seq DESC LIMIT 1) AS rid
  FROM days, subjects
)
SELECT date(decided.t + 8 * 3600, 'unixepoch') AS date, decided.subject, e.id AS event_id
FROM decided JOIN events e ON e.rowid = decided.rid
WHERE e.type NOT IN ('zone.lifted', 'measure.lifted', 'testing.completed')
ORDER BY date, decided.subject
"""

# Verify in DuckDB, from the raw text: every line's SHA-256, the chain, seq, ids, sources, vocabulary.
VERIFY_DUCKDB_SQL = """
WITH files AS (
  SELECT parse_filename(filename, true) AS log, string_split(content, chr(10)) AS parts,
         content = '' OR right(content, 1) = chr(10) AS complete
  FROM read_text('{GLOB}')
), numbered AS (
  SELECT log, complete, len(parts) AS nparts, unnest(parts) AS line, generate_subscripts(parts, 1) AS n
  FROM files
), lines AS (
  SELECT log, n, line, complete, sha256(line) AS hash,
         json_extract_string(line, ['$.seq', '$.id', '$.type', '$.source', '$.prev', '$.effective', '$.until'])
           AS f
  FROM numbered WHERE NOT (n = nparts AND line = '')
), checked AS (
  SELECT log, n, complete, f[2] AS id,
         json_valid(line) AS valid,
         TRY_CAST(f[1] AS BIGINT) = n AS seq_ok,
         f[5] = coalesce(lag(hash) OVER (PARTITION BY log ORDER BY n), repeat('0', 64)) AS chain_ok,
         f[4] = log AS source_ok,
         f[3] IN {VOCAB} AS type_ok,
         f[7] IS NULL OR epoch(f[7]::TIMESTAMPTZ) > epoch(f[6]::TIMESTAMPTZ) AS until_ok,
         count(*) OVER (PARTITION BY f[2]) = 1 AS id_unique
  FROM lines
)
SELECT log, count(*) AS events,
       CASE WHEN bool_and(complete AND valid AND seq_ok AND chain_ok AND source_ok AND type_ok
                          AND until_ok AND id_unique) THEN 'ok' ELSE 'problems' END AS status
FROM checked GROUP BY log ORDER BY log
"""

# Verify in SQLite: the hashes and JSON parsing are Python's (hashlib, json), the checks are SQL.
VERIFY_SQLITE_SQL = """
WITH checked AS (
  SELECT log, n, complete,
         valid AND seq = n AND type IN {VOCAB} AND source = log
         AND (until_ IS NULL OR unixepoch(until_) > unixepoch(effective))
         AND prev = coalesce(lag(hash) OVER (PARTITION BY log ORDER BY n),
                             '0000000000000000000000000000000000000000000000000000000000000000')
         AND count(*) OVER (PARTITION BY id) = 1 AS ok
  FROM lines
)
SELECT log, count(*) AS events, CASE WHEN min(ok AND complete) = 1 THEN 'ok' ELSE 'problems' END AS status
FROM checked GROUP BY log ORDER BY log
"""

DUCKDB_COLUMNS = ("{'seq': 'BIGINT', 'id': 'VARCHAR', 'type': 'VARCHAR', 'subject': 'VARCHAR', "
                  "'effective': 'VARCHAR', 'until': 'VARCHAR', 'recorded': 'VARCHAR', 'data': 'JSON'}")

DUCKDB_LOAD_SQL = """
CREATE TABLE events AS
SELECT id, type, subject,
       epoch(effective::TIMESTAMPTZ)::BIGINT AS eff,
       epoch("until"::TIMESTAMPTZ)::BIGINT AS until_,
       epoch(recorded::TIMESTAMPTZ)::BIGINT AS rec,
       parse_filename(filename, true) AS log, seq,
       data ->> 'target' AS target
FROM read_ndjson('{GLOB}', columns = {COLS}, filename = true)
"""

SQLITE_SCHEMA = """
CREATE TABLE events (id TEXT, type TEXT, subject TEXT, eff INTEGER, until_ INTEGER, rec INTEGER,
                     log TEXT, seq INTEGER, target TEXT)
"""
SQLITE_INSERT = ("INSERT INTO events VALUES (?, ?, ?, unixepoch(?), unixepoch(?), unixepoch(?), ?, ?, ?)")
SQLITE_INDEXES = ("CREATE INDEX events_subject_eff ON events(subject, eff)",
                  "CREATE INDEX events_id ON events(id)")


def sql_list(xs):
    return '(' + ', '.join("'%s'" % x for x in xs) + ')'


# ------------------------------------------------------------------------------------------------
# loading

def duckdb_connect(path=None, read_only=False):
    import duckdb
    if path is None:
        return duckdb.connect()
    return duckdb.connect(path, read_only=read_only)


def duckdb_load(con, d):
    g = os.path.join(d, '*.jsonl').replace("'", "''")
    con.execute(DUCKDB_LOAD_SQL.format(GLOB=g, COLS=DUCKDB_COLUMNS))


def sqlite_load(con, d):
    """Python reads the lines with json and inserts them in one transaction; SQLite parses the times."""
    con.execute(SQLITE_SCHEMA)
    loads = json.loads
    with con:
        for path in log_files(d):
            log = stem(path)
            rows = []
            with open(path, 'rb') as f:
                for line in f:
                    if not line.strip():
                        continue
                    e = loads(line)
                    data = e.get('data') or {}
                    rows.append((e['id'], e['type'], e['subject'], e['effective'], e.get('until'), e['recorded'],
                                 log, e['seq'], data.get('target') if e['type'] == 'event.retracted' else None))
            con.executemany(SQLITE_INSERT, rows)


# ------------------------------------------------------------------------------------------------
# the tasks

def write_rows(path, header, rows):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)


def run_duckdb(task, a):
    if task == 'state':          # task 1: from the raw logs, load included
        con = duckdb_connect()
        duckdb_load(con, a.events)
        rows = con.execute(STATE_SQL.format(T=a.at, K=a.known_at)).fetchall()
        write_rows(a.out, ('subject', 'event_id'), rows)
    elif task == 'state-warm':   # task 2: against the loaded file
        con = duckdb_connect(a.db, read_only=True)
        rows = con.execute(STATE_SQL.format(T=a.at, K=a.known_at)).fetchall()
        write_rows(a.out, ('subject', 'event_id'), rows)
    elif task == 'history':      # task 3
        con = duckdb_connect(a.db, read_only=True)
        rows = con.execute(HISTORY_SQL, [a.subject]).fetchall()
        write_rows(a.out, ('id',), rows)
    elif task == 'daily':        # task 4: SQL writes the CSV itself
        con = duckdb_connect(a.db, read_only=True)
        q = DAILY_DUCKDB_SQL.format(T0=a.t0, NDAYS=a.days, D1=a.d1)
        out = a.out.replace("'", "''")
        con.execute("COPY (%s) TO '%s' (HEADER, DELIMITER ',')" % (q, out))
    elif task == 'verify':       # task 5: from the raw text
        con = duckdb_connect()
        g = os.path.join(a.events, '*.jsonl').replace("'", "''")
        rows = con.execute(VERIFY_DUCKDB_SQL.format(GLOB=g, VOCAB=sql_list(VOCAB))).fetchall()
        write_rows(a.out, ('log', 'events', 'status'), rows)
    else:
        die('unknown task ' + task)


def run_sqlite(task, a):
    import sqlite3
    if task == 'state':
        con = sqlite3.connect(':memory:')
        sqlite_load(con, a.events)
        rows = con.execute(STATE_SQL.format(T=a.at, K=a.known_at)).fetchall()
        write_rows(a.out, ('subject', 'event_id'), rows)
    elif task == 'state-warm':
        con = sqlite3.connect('file:%s?mode=ro' % a.db, uri=True)
        rows = con.execute(STATE_SQL.format(T=a.at, K=a.known_at)).fetchall()
        write_rows(a.out, ('subject', 'event_id'), rows)
    elif task == 'history':
        con = sqlite3.connect('file:%s?mode=ro' % a.db, uri=True)
        rows = con.execute(HISTORY_SQL, (a.subject,)).fetchall()
        write_rows(a.out, ('id',), rows)
    elif task == 'daily':
        con = sqlite3.connect('file:%s?mode=ro' % a.db, uri=True)
        cur = con.execute(DAILY_SQLITE_SQL.format(T0=a.t0, NDAYS=a.days))
        write_rows(a.out, ('date', 'subject', 'event_id'), cur)
    elif task == 'verify':
        con = sqlite3.connect(':memory:')
        con.execute('CREATE TABLE lines (log TEXT, n INTEGER, complete INTEGER, valid INTEGER, hash TEXT, '
                    'seq INTEGER, id TEXT, type TEXT, source TEXT, prev TEXT, effective TEXT, until_ TEXT)')
        sha = hashlib.sha256
        loads = json.loads
        with con:
            for path in log_files(a.events):
                log = stem(path)
                with open(path, 'rb') as f:
                    content = f.read()
                complete = 1 if content == b'' or content.endswith(b'\n') else 0
                parts = content.split(b'\n')
                if parts and parts[-1] == b'':
                    parts.pop()
                rows = []
                for n, line in enumerate(parts, 1):
                    try:
                        e = loads(line)
                        valid = 1 if isinstance(e, dict) else 0
                    except ValueError:
                        e, valid = {}, 0
                    if not valid:
                        e = {}
                    rows.append((log, n, complete, valid, sha(line).hexdigest(), e.get('seq'), e.get('id'),
                                 e.get('type'), e.get('source'), e.get('prev'), e.get('effective'), e.get('until')))
                con.executemany('INSERT INTO lines VALUES (?,?,?,?,?,?,?,?,?,?,?,?)', rows)
        rows = con.execute(VERIFY_SQLITE_SQL.format(VOCAB=sql_list(VOCAB))).fetchall()
        write_rows(a.out, ('log', 'events', 'status'), rows)
    else:
        die('unknown task ' + task)


# ------------------------------------------------------------------------------------------------
# Polars: the same tasks in its lazy DataFrame API (no SQL), as a notebook user would write them.

POLARS_SCHEMA = None


def polars_scan_logs(d):
    """The logs as a lazy frame with the columns of the SQL peers' events table."""
    import polars as pl
    schema = {'seq': pl.Int64, 'id': pl.String, 'type': pl.String, 'subject': pl.String, 'effective': pl.String,
              'until': pl.String, 'recorded': pl.String, 'data': pl.Struct({'target': pl.String})}
    lf = pl.scan_ndjson(os.path.join(d, '*.jsonl'), schema=schema, include_file_paths='path')

    def epoch(c):
        col = pl.col(c)
        t = pl.coalesce(col.str.to_datetime('%Y-%m-%dT%H:%M%:z', strict=False),
                        col.str.to_datetime('%Y-%m-%dT%H:%M:%S%:z', strict=False))
        return t.dt.epoch('s')

    return lf.select(
        pl.col('id'), pl.col('type'), pl.col('subject'), epoch('effective').alias('eff'),
        epoch('until').alias('until_'), epoch('recorded').alias('rec'),
        pl.col('path').str.extract(r'([^/]+)\.jsonl$', 1).alias('log'), pl.col('seq'),
        pl.when(pl.col('type') == 'event.retracted').then(pl.col('data').struct.field('target')).alias('target'))


def polars_state(lf, t, k):
    import polars as pl
    retracted = (lf.filter((pl.col('type') == 'event.retracted') & (pl.col('rec') <= k) & pl.col('target').is_not_null())
                 .select(pl.col('target').alias('id')))
    cand = (lf.filter(~pl.col('type').is_in(['briefing.published', 'event.retracted', 'measure.restated', 'zone.restated'])
                      & (pl.col('rec') <= k) & (pl.col('eff') <= t)
                      & (pl.col('until_').is_null() | (pl.col('until_') > t)))
            .join(retracted, on='id', how='anti'))
    top = (cand.sort(['eff', 'rec', 'log', 'seq'], descending=True)
           .group_by('subject', maintain_order=True).first())
    return top.filter(~pl.col('type').is_in(list(LIFTS))).select('subject', pl.col('id').alias('event_id'))


def polars_daily(lf, t0, ndays, d1):
    """Days joined to the events in force on them (an inequality join), then the latest per day and subject."""
    import polars as pl
    retracted = (lf.filter((pl.col('type') == 'event.retracted') & pl.col('target').is_not_null())
                 .select(pl.col('target').alias('id')))
    cand = (lf.filter(~pl.col('type').is_in(['briefing.published', 'event.retracted', 'measure.restated', 'zone.restated'])
                      & ~pl.col('subject').str.starts_with('metric:'))
            .join(retracted, on='id', how='anti')
            .with_columns(pl.col('until_').fill_null(9223372036854775807)))
    days = pl.LazyFrame({'i': list(range(ndays))}).with_columns((t0 + pl.col('i') * 86400).alias('t'))
    joined = days.join_where(cand, pl.col('eff') <= pl.col('t'), pl.col('t') < pl.col('until_'))
    top = (joined.sort(['eff', 'rec', 'log', 'seq'], descending=True)
           .group_by(['i', 'subject']).first()
           .filter(~pl.col('type').is_in(list(LIFTS))))
    start = datetime.date.fromisoformat(d1)
    return (top.with_columns((pl.lit(start) + pl.duration(days=pl.col('i'))).dt.strftime('%Y-%m-%d').alias('date'))
            .select('date', 'subject', pl.col('id').alias('event_id')).sort(['date', 'subject']))


def run_polars(task, a):
    import polars as pl
    if task == 'state':          # task 1: from the raw logs, load included
        polars_state(polars_scan_logs(a.events), a.at, a.known_at).collect().write_csv(a.out)
    elif task == 'state-warm':   # task 2: against the Parquet file written once
        polars_state(pl.scan_parquet(a.db), a.at, a.known_at).collect().write_csv(a.out)
    elif task == 'history':      # task 3
        (pl.scan_parquet(a.db).filter((pl.col('subject') == a.subject) & (pl.col('type') != 'briefing.published'))
         .sort(['eff', 'rec', 'log', 'seq']).select('id').collect().write_csv(a.out))
    elif task == 'daily':        # task 4
        polars_daily(pl.scan_parquet(a.db), a.t0, a.days, a.d1).collect().write_csv(a.out)
    else:
        die('unknown task for polars ' + task)


# ------------------------------------------------------------------------------------------------
# helpers for the script

def cmd_info(d):
    """T and K at 60 % and 80 % of the span of transaction times; D1 = the first day of the data."""
    files = log_files(d)
    recs = []
    for path in (files[0], files[-1]):
        with open(path, 'rb') as f:
            recs.append(parse_iso(json.loads(f.readline())['recorded']))
    lo, hi = recs
    t = lo + (hi - lo) * 60 // 100 // 60 * 60
    k = lo + (hi - lo) * 80 // 100 // 60 * 60
    d1 = datetime.datetime.fromtimestamp(lo, CITY).date()
    t0 = int(datetime.datetime(d1.year, d1.month, d1.day, tzinfo=CITY).timestamp())
    d365 = d1 + datetime.timedelta(days=364)
    print('T=%s K=%s T_EPOCH=%d K_EPOCH=%d D1=%s D365=%s T0=%d' % (fmt_iso(t), fmt_iso(k), t, k, d1, d365, t0))


def cmd_moments(t, d1):
    """The windows of the engine-only tasks, from T and the first day: T minus 30 days, the week before T, the 30
    days before T, and the 90th day."""
    te = parse_iso(t)
    first = datetime.date.fromisoformat(d1)
    print('T_MONTH_AGO=%s WEEK_FROM=%s WEEK_TO=%s MONTH_FROM=%s MONTH_TO=%s D90=%s' % (
        fmt_iso(te - 30 * 86400), fmt_iso(te - 7 * 86400), fmt_iso(te), fmt_iso(te - 30 * 86400), fmt_iso(te),
        first + datetime.timedelta(days=89)))


def cmd_load(peer, d, db):
    if os.path.exists(db):
        os.remove(db)
    tmp = db + '.tmp'
    for p in (tmp, tmp + '.wal', tmp + '-journal'):
        if os.path.exists(p):
            os.remove(p)
    t0 = time.time()
    if peer == 'duckdb':
        con = duckdb_connect(tmp)
        duckdb_load(con, d)
        con.close()
    elif peer == 'polars':
        polars_scan_logs(d).sink_parquet(tmp)
    else:
        import sqlite3
        con = sqlite3.connect(tmp)
        sqlite_load(con, d)
        for s in SQLITE_INDEXES:
            con.execute(s)
        con.execute('ANALYZE')
        con.commit()
        con.close()
    os.replace(tmp, db)
    print('loaded %s into %s in %.1f s' % (d, db, time.time() - t0), file=sys.stderr)


def cmd_subject(db):
    if db.endswith('.parquet'):
        import polars as pl
        r = (pl.scan_parquet(db).filter(pl.col('subject').str.starts_with('measure:') & (pl.col('type') != 'event.retracted'))
             .group_by('subject').len().sort(['len', 'subject'], descending=[True, False]).head(1).collect())
        if r.height == 0:
            die('no measure subject in ' + db)
        print(r['subject'][0])
        return
    if db.endswith('.duckdb'):
        con = duckdb_connect(db, read_only=True)
    else:
        import sqlite3
        con = sqlite3.connect('file:%s?mode=ro' % db, uri=True)
    r = con.execute("SELECT subject FROM events WHERE subject LIKE 'measure:%' AND type <> 'event.retracted' "
                    "GROUP BY subject ORDER BY count(*) DESC, subject LIMIT 1").fetchone()
    if r is None:
        die('no measure subject in ' + db)
    print(r[0])


def read_csv_rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.reader(f))


def cmd_norm(task, src, dst):
    """The engine's output -> the rows compared with the peers' (streamed: the daily export can be GBs)."""
    if task == 'verify':
        rows = {}
        problems = set()
        with open(src, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                head, sep, rest = line.partition('.jsonl: ')
                if sep and ' events, ' in rest:
                    n = int(rest.split(' events')[0])
                    ok = rest.endswith('chain ok, quotes ok')
                    rows[stem(head + '.jsonl')] = [n, ok]
                elif '.jsonl:' in line:
                    problems.add(stem(line.split('.jsonl:')[0] + '.jsonl'))
        out = [(log, n, 'ok' if ok and log not in problems else 'problems') for log, (n, ok) in sorted(rows.items())]
        write_rows(dst, ('log', 'events', 'status'), out)
        return
    need = {'state': ('subject', 'event_id'), 'state-warm': ('subject', 'event_id'), 'history': ('id',),
            'daily': ('date', 'subject', 'event_id')}[task]
    with open(src, newline='', encoding='utf-8') as f, open(dst, 'w', newline='', encoding='utf-8') as g:
        r = csv.reader(f)
        h = next(r, None)
        if h is None:
            die('empty engine output ' + src)
        col = {name: i for i, name in enumerate(h)}
        for c in need:
            if c not in col:
                die('engine output %s has no column %s (columns: %s)' % (src, c, ','.join(h)))
        idx = [col[c] for c in need]
        w = csv.writer(g, lineterminator='\n')
        w.writerow(need)
        if task == 'daily':
            st = col['status']
            sub = col['subject']
            # Rules the replay decides (in force or unconfirmed alike); figures keep their period in the
            # engine and are left out of the comparison (the peers' SQL carries them forward).
            for row in r:
                if row[st] in ('in force', 'unconfirmed') and not row[sub].startswith('metric:'):
                    w.writerow([row[i] for i in idx])
        else:
            for row in r:
                w.writerow([row[i] for i in idx])


def sorted_copy(path):
    """The rows of a CSV file (header dropped), rewritten by one CSV writer and sorted bytewise by sort(1)."""
    import subprocess
    tmp, out = path + '.rows', path + '.sorted'
    with open(path, newline='', encoding='utf-8') as f, open(tmp, 'w', newline='', encoding='utf-8') as g:
        r = csv.reader(f)
        next(r, None)
        csv.writer(g, lineterminator='\n').writerows(r)
    env = dict(os.environ, LC_ALL='C')
    subprocess.run(['sort', '-S', '20%', '-o', out, tmp], check=True, env=env)
    os.remove(tmp)
    return out


def cmd_compare(task, paths):
    """All row files equal? Sorted row sets for everything but history, whose order is part of the answer."""
    names = [os.path.basename(p) for p in paths]
    bad = False
    if task == 'history':
        data = [[tuple(r) for r in read_csv_rows(p)[1:]] for p in paths]
        ref = data[0]
        for name, rows in zip(names[1:], data[1:]):
            if rows == ref:
                continue
            bad = True
            print('FAIL: %s: %s has %d rows, %s has %d rows' % (task, names[0], len(ref), name, len(rows)))
            for i in range(max(len(ref), len(rows))):
                a = ref[i] if i < len(ref) else None
                b = rows[i] if i < len(rows) else None
                if a != b:
                    print('  first difference at position %d: %s: %s, %s: %s' % (i + 1, names[0], a, name, b))
                    break
        n = len(ref)
    else:
        import filecmp
        import subprocess
        sorted_paths = [sorted_copy(p) for p in paths]
        with open(sorted_paths[0], 'rb') as f:
            n = sum(1 for _ in f)
        env = dict(os.environ, LC_ALL='C')
        for name, sp in zip(names[1:], sorted_paths[1:]):
            if filecmp.cmp(sorted_paths[0], sp, shallow=False):
                continue
            bad = True
            with open(sp, 'rb') as f:
                m = sum(1 for _ in f)
            print('FAIL: %s: %s has %d rows, %s has %d rows' % (task, names[0], n, name, m))
            for flag, who in (('-23', names[0]), ('-13', name)):
                p = subprocess.run(['comm', flag, sorted_paths[0], sp], capture_output=True, env=env, check=True)
                lines = p.stdout.decode('utf-8', 'replace').splitlines()
                print('  only in %s (%d rows; first 10):' % (who, len(lines)))
                for line in lines[:10]:
                    print('    ' + line)
        if not bad:
            for sp in sorted_paths:
                os.remove(sp)
    if bad:
        sys.exit(1)
    print('%d rows' % n)


def cmd_table(results, meta_lines):
    """results: task, tool, wall, cpu, kb, note (tab-separated)."""
    tasks = []
    cell = {}
    notes = {}
    with open(results, encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) < 6:
                continue
            task, tool, wall, cpu, kb, note = p[:6]
            if task not in tasks:
                tasks.append(task)
            cell[(task, tool)] = (wall, cpu, kb)
            if note:
                notes[(task, tool)] = note

    def fmt(task, tool):
        v = cell.get((task, tool))
        n = notes.get((task, tool), '')
        if v is None or v[0] == '':
            return n or '–'
        w, c, kb = float(v[0]), float(v[1]), float(v[2])
        s = '%s / %s / %.0f MB' % (fmt_s(w), fmt_s(c), kb / 1024)
        return s + (' (%s)' % n if n else '')

    def ratio(task, tool):
        e, p = cell.get((task, 'engine')), cell.get((task, tool))
        if not e or not p or e[0] == '' or p[0] == '':
            return '–'
        out = []
        for i in range(3):
            a, b = float(e[i]), float(p[i])
            out.append('%.2f' % (a / b) if b > 0 else ('–' if a > 0 else '1.00'))
        return ' / '.join(out)

    lines = list(meta_lines)
    lines.append('')
    lines.append('| task | engine | DuckDB | SQLite | Polars | engine/DuckDB | engine/SQLite | engine/Polars |')
    lines.append('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for t in tasks:
        lines.append('| %s | %s | %s | %s | %s | %s | %s | %s |' % (
            t, fmt(t, 'engine'), fmt(t, 'duckdb'), fmt(t, 'sqlite'), fmt(t, 'polars'),
            ratio(t, 'duckdb'), ratio(t, 'sqlite'), ratio(t, 'polars')))
    lines.append('')
    lines.append('Cells: median wall time / CPU time (user+sys) / peak RSS. Ratios: engine ÷ peer for each '
                 '(below 1 means the engine is faster or smaller). A dash: the peer does not do that task.')
    print('\n'.join(lines))


def cmd_growth(paths):
    """One row per engine task, one column per size (results-N.tsv files, the first line of each a
    '# events N MB [LABEL]' comment): median wall time / peak memory."""
    sizes = []
    tasks = []
    cell = {}
    for p in paths:
        events, mb = None, None
        with open(p, encoding='utf-8') as f:
            for line in f:
                if line.startswith('# events '):
                    words = line.split()
                    events, mb, label = words[2], words[3], ' '.join(words[4:])
                    continue
                q = line.rstrip('\n').split('\t')
                if len(q) < 6 or q[1] != 'engine':
                    continue
                if q[0] not in tasks:
                    tasks.append(q[0])
                cell[(events, label, q[0])] = (q[2], q[4])
        sizes.append((int(events), label, mb))
    sizes.sort()
    out = ['| task | ' + ' | '.join('{:,} ({} MB){}'.format(n, mb, ', ' + label if label else '')
                                   for n, label, mb in sizes) + ' |',
           '| --- |' + ' --- |' * len(sizes)]
    for t in tasks:
        cells = []
        for n, label, _ in sizes:
            v = cell.get((str(n), label, t))
            cells.append('%s / %.0f MB' % (fmt_s(float(v[0])), float(v[1]) / 1024) if v and v[0] else '–')
        out.append('| ' + t + ' | ' + ' | '.join(cells) + ' |')
    print('\n'.join(out))


def fmt_s(x):
    if x < 10:
        return '%.2f s' % x
    return '%.1f s' % x


def main():
    args = sys.argv[1:]
    if not args:
        die(__doc__)
    cmd = args[0]
    if cmd == 'info':
        cmd_info(args[1])
    elif cmd == 'load':
        cmd_load(args[1], args[2], args[3])
    elif cmd == 'moments':
        cmd_moments(args[1], args[2])
    elif cmd == 'subject':
        cmd_subject(args[1])
    elif cmd == 'norm':
        cmd_norm(args[1], args[2], args[3])
    elif cmd == 'compare':
        cmd_compare(args[1], args[2:])
    elif cmd == 'table':
        cmd_table(args[1], args[2:])
    elif cmd == 'growth':
        cmd_growth(args[1:])
    elif cmd == 'run':
        import argparse
        ap = argparse.ArgumentParser(prog='bench_peers.py run')
        ap.add_argument('peer', choices=('duckdb', 'sqlite', 'polars'))
        ap.add_argument('task', choices=('state', 'state-warm', 'history', 'daily', 'verify'))
        ap.add_argument('--events')
        ap.add_argument('--db')
        ap.add_argument('--out', required=True)
        ap.add_argument('--at', type=int, help='T, epoch seconds')
        ap.add_argument('--known-at', type=int, help='K, epoch seconds')
        ap.add_argument('--subject')
        ap.add_argument('--t0', type=int, help='00:00 of the first day, epoch seconds')
        ap.add_argument('--d1', help='the first day, YYYY-MM-DD')
        ap.add_argument('--days', type=int, default=365)
        a = ap.parse_args(args[1:])
        {'duckdb': run_duckdb, 'sqlite': run_sqlite, 'polars': run_polars}[a.peer](a.task, a)
    else:
        die('unknown command ' + cmd)


if __name__ == '__main__':
    main()
