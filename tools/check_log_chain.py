#!/usr/bin/env python3
"""Check a directory of event logs against events/README.md.

Usage:
  python3 tools/check_log_chain.py DIR [--max-errors N]

DIR holds <stem>.jsonl logs (checked in file-name order), catalogue.json (optional) and the
sources/ texts. Checks per line: valid UTF-8 JSON object, canonical bytes (re-serialised with an
independent canonical writer: fixed key order, no whitespace, data keys sorted, minimal escaping,
number tokens kept exactly as written), seq contiguous from 1, prev = SHA-256 of the previous
line (64 zeros on line 1), every line ends with a newline, ids unique across all logs, time
format (canonical: seconds only when nonzero), until > effective, recorded equal to the briefing's
published_at, source = stem, subject grammar / required data per type, catalogue keys,
retraction targets exist earlier with the same subject, replacements exist later with the same
subject, and every quote occurs in the log's source text after removing line breaks and spaces.
Exit status 0 when everything passes, 1 otherwise.
"""
import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter

KEYS = ('seq', 'id', 'type', 'subject', 'effective', 'until', 'recorded', 'source', 'quote', 'data', 'prev')
ZERO = '0' * 64
ID_RE = re.compile(r'[A-Za-z0-9._:-]{1,128}\Z')
SLUG_RE = re.compile(r'[a-z0-9-]+\Z')
HEX_RE = re.compile(r'[0-9a-f]{64}\Z')
TIME_RE = re.compile(r'(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})\Z')
# line breaks and spaces removed before comparing quotes with the source text
STRIP_RE = re.compile('[\n\r\u2028\u2029\u0085\x0b\x0c \u3000\u00a0\u202f]+')

REQUIRED = {
    'briefing.published': ('briefing', ('title', 'published_at', 'source_file')),
    'zone.designated': ('zone', ('level', 'district', 'place')),
    'zone.regraded': ('zone', ('level', 'district', 'place')),
    'zone.lifted': ('zone', ('district', 'place')),
    'measure.imposed': ('measure', ('scope', 'rule')),
    'measure.amended': ('measure', ('scope', 'rule')),
    'measure.lifted': ('measure', ('scope',)),
    'metric.reported': ('metric', ('value', 'unit')),
    'testing.scheduled': ('testing', ('scope', 'label')),
    'testing.completed': ('testing', ('scope', 'label')),
    'event.retracted': (None, ('target',)),
    'zone.restated': ('zone', ('district', 'place')),
    'measure.restated': ('measure', ('scope',)),
}
TIME_FIELDS = ('published_at', 'held_at', 'period_start', 'sampling_start', 'sampling_end', 'results_due')


class Num(str):
    """A JSON number token kept exactly as written."""
    __slots__ = ()


def _no_const(s):
    raise ValueError('non-JSON constant ' + s)


def _pairs(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise ValueError('duplicate key ' + k)
        d[k] = v
    return d


_decoder = json.JSONDecoder(object_pairs_hook=_pairs, parse_int=Num, parse_float=Num, parse_constant=_no_const)


def canon_value(v):
    if isinstance(v, str):
        if type(v) is Num:
            return v
        return json.dumps(v, ensure_ascii=False)  # escapes exactly " \ and < 0x20 (\n\r\t\b\f short)
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if v is None:
        return 'null'
    if isinstance(v, dict):
        return '{' + ','.join(json.dumps(k, ensure_ascii=False) + ':' + canon_value(v[k]) for k in sorted(v)) + '}'
    if isinstance(v, list):
        return '[' + ','.join(canon_value(x) for x in v) + ']'
    raise TypeError(type(v))


def canon_line(obj):
    parts = []
    for k in KEYS:
        if k in obj:
            parts.append('"' + k + '":' + canon_value(obj[k]))
    return '{' + ','.join(parts) + '}'


def parse_time(s):
    """Canonical time string -> epoch seconds (UTC); raises ValueError."""
    if type(s) is not str:
        raise ValueError('not a string')
    m = TIME_RE.match(s)
    if not m:
        raise ValueError('bad time ' + s)
    y, mo, d, h, mi, se, off = m.groups()
    if se == '00':
        raise ValueError('zero seconds must be left out: ' + s)
    import datetime
    days = datetime.date(int(y), int(mo), int(d)).toordinal()
    if int(h) > 23 or int(mi) > 59 or (se and int(se) > 59):
        raise ValueError('bad time ' + s)
    t = days * 86400 + int(h) * 3600 + int(mi) * 60 + int(se or 0)
    if off != 'Z':
        sign = 1 if off[0] == '+' else -1
        t -= sign * (int(off[1:3]) * 3600 + int(off[4:6]) * 60)
    return t


_tcache = {}


def ptime(s):
    t = _tcache.get(s)
    if t is None:
        t = parse_time(s)
        if len(_tcache) > 200000:
            _tcache.clear()
        _tcache[s] = t
    return t


class Checker:
    def __init__(self, root, max_errors):
        self.root = root
        self.max_errors = max_errors
        self.errors = 0
        self.ids = {}          # id -> subject index
        self.subj_index = {}   # subject -> index
        self.pending_repl = []  # (replacement id, subject index, where)
        self.types = Counter()
        self.lines = 0
        self.until = 0
        self.cat = None
        self.load_catalogue()

    def err(self, where, msg):
        self.errors += 1
        if self.errors <= self.max_errors:
            print('%s: %s' % (where, msg))

    def load_catalogue(self):
        p = os.path.join(self.root, 'catalogue.json')
        if not os.path.exists(p):
            return
        with open(p, 'rb') as f:
            c = json.loads(f.read().decode('utf-8'))
        self.cat = {
            'levels': {z['key'] for z in c.get('zone_levels', [])},
            'scopes': {s['key']: s.get('kind') for s in c.get('scopes', [])},
            'measures': {m['key'] for m in c.get('measures', [])},
            'metrics': {m['key'] for m in c.get('metrics', [])},
            'categories': set(c.get('categories', [])),
        }
        for m in c.get('measures', []) + c.get('metrics', []):
            if m.get('category') not in self.cat['categories']:
                self.err('catalogue.json', 'unknown category for ' + m['key'])

    def scope_ok(self, s):
        if self.cat is None:
            return True
        if type(s) is not str:
            return False
        if s.startswith('zones:'):
            lv = s[6:].split(',')
            return all(x in self.cat['levels'] for x in lv)
        return s in self.cat['scopes']

    def check_subject(self, where, etype, subj, data):
        prefix, req = REQUIRED[etype]
        for k in req:
            if k not in data:
                self.err(where, '%s lacks data.%s' % (etype, k))
        head, _, rest = subj.partition(':')
        if prefix is not None and head != prefix:
            self.err(where, 'subject %r does not fit type %s' % (subj, etype))
            return
        cat = self.cat
        if head == 'zone':
            d, _, slug = rest.partition('/')
            if not SLUG_RE.match(slug):
                self.err(where, 'bad zone slug ' + subj)
            if cat is not None:
                if cat['scopes'].get(d) != 'district':
                    self.err(where, 'unknown district in ' + subj)
                if etype != 'event.retracted' and data.get('district') != d:
                    self.err(where, 'data.district differs from subject')
                for k in ('level', 'from_level'):
                    if k in data and data[k] not in cat['levels']:
                        self.err(where, 'unknown zone level %r' % (data[k],))
        elif head == 'measure' or head == 'metric':
            kind, at, scope = rest.partition('@')
            if cat is not None:
                if kind not in cat[head + 's']:
                    self.err(where, 'kind not in catalogue: ' + subj)
                if at and not self.scope_ok(scope):
                    self.err(where, 'unknown scope in ' + subj)
            if head == 'metric' and not at:
                self.err(where, 'metric subject without @scope: ' + subj)
            if head == 'measure' and at and data.get('scope', scope) != scope and etype != 'event.retracted':
                self.err(where, 'data.scope differs from subject scope')
            if head == 'metric' and 'value' in data and type(data['value']) is not Num:
                self.err(where, 'metric value is not a number')
        elif head == 'testing':
            if not SLUG_RE.match(rest):
                self.err(where, 'bad testing slug ' + subj)
        elif head == 'briefing':
            pass
        else:
            self.err(where, 'unknown subject kind ' + subj)
        if 'scope' in data and etype != 'event.retracted' and not self.scope_ok(data['scope']):
            self.err(where, 'unknown scope %r' % (data['scope'],))
        for k in TIME_FIELDS:
            if k in data:
                try:
                    ptime(data[k])
                except ValueError as e:
                    self.err(where, 'data.%s: %s' % (k, e))

    def check_log(self, path):
        stem = os.path.basename(path)[:-len('.jsonl')]
        with open(path, 'rb') as f:
            raw = f.read()
        if not raw:
            self.err(stem, 'empty log')
            return
        if not raw.endswith(b'\n'):
            self.err(stem, 'last line does not end with a newline')
        lines = raw.split(b'\n')
        if lines[-1] == b'':
            lines.pop()
        prev = ZERO
        sha = hashlib.sha256
        decode = _decoder.decode
        quotes = []
        recorded0 = None
        source_file = None
        ids = self.ids
        sidx = self.subj_index
        types = self.types
        for i, b in enumerate(lines):
            where = '%s:%d' % (stem, i + 1)
            self.lines += 1
            try:
                text = b.decode('utf-8')
                obj = decode(text)
            except (UnicodeDecodeError, ValueError) as e:
                self.err(where, 'not a JSON line: %s' % e)
                prev = sha(b).hexdigest()
                continue
            if type(obj) is not dict:
                self.err(where, 'not an object')
                prev = sha(b).hexdigest()
                continue
            try:
                c = canon_line(obj)
                if c.encode('utf-8') != b:
                    self.err(where, 'not canonical')
            except (TypeError, UnicodeEncodeError) as e:
                self.err(where, 'cannot re-serialise: %s' % e)
            missing = [k for k in KEYS if k not in obj and k != 'until']
            extra = [k for k in obj if k not in KEYS]
            if missing or extra:
                self.err(where, 'missing keys %s, unexpected keys %s' % (missing, extra))
                prev = sha(b).hexdigest()
                continue
            if obj['seq'] != str(i + 1) or type(obj['seq']) is not Num:
                self.err(where, 'seq %r, expected %d' % (obj['seq'], i + 1))
            if obj['prev'] != prev:
                self.err(where, 'prev does not match the SHA-256 of the previous line')
            prev = sha(b).hexdigest()
            eid = obj['id']
            etype = obj['type']
            subj = obj['subject']
            data = obj['data']
            if type(eid) is not str or not ID_RE.match(eid):
                self.err(where, 'bad id %r' % (eid,))
                continue
            if type(data) is not dict:
                self.err(where, 'data is not an object')
                continue
            if etype not in REQUIRED:
                self.err(where, 'unknown type %r' % (etype,))
                continue
            if type(subj) is not str:
                self.err(where, 'subject is not a string')
                continue
            types[etype] += 1
            if obj['source'] != stem:
                self.err(where, 'source %r is not the stem %r' % (obj['source'], stem))
            q = obj['quote']
            if type(q) is not str or not q:
                self.err(where, 'quote is not a non-empty string')
            else:
                if '\u2026' in q:
                    self.err(where, 'quote contains an ellipsis')
                quotes.append((where, q))
            try:
                eff = ptime(obj['effective'])
                rec = ptime(obj['recorded'])
                if 'until' in obj:
                    self.until += 1
                    if ptime(obj['until']) <= eff:
                        self.err(where, 'until is not after effective')
            except ValueError as e:
                self.err(where, str(e))
                rec = None
            if i == 0:
                if etype != 'briefing.published':
                    self.err(where, 'first line is not briefing.published')
                else:
                    source_file = data.get('source_file')
                    if subj != 'briefing:' + stem:
                        self.err(where, 'briefing subject is not briefing:' + stem)
                    if data.get('published_at') != obj['recorded']:
                        self.err(where, 'published_at differs from recorded')
                recorded0 = rec
            elif etype == 'briefing.published':
                self.err(where, 'briefing.published after line 1')
            if rec is not None and rec != recorded0:
                self.err(where, 'recorded differs from the briefing publication time')
            self.check_subject(where, etype, subj, data)
            si = sidx.get(subj)
            if si is None:
                si = len(sidx)
                sidx[subj] = si
            if eid in ids:
                self.err(where, 'duplicate id ' + eid)
            if etype == 'event.retracted':
                t = data.get('target')
                if t not in ids:
                    self.err(where, 'retraction target %r is not an earlier event' % (t,))
                elif ids[t] != si:
                    self.err(where, 'retraction target %r has another subject' % (t,))
                if 'replacement' in data:
                    self.pending_repl.append((data['replacement'], si, where))
            ids[eid] = si
        self.check_quotes(stem, source_file, quotes)

    def check_quotes(self, stem, source_file, quotes):
        if type(source_file) is not str:
            self.err(stem, 'no source_file')
            return
        p = os.path.normpath(os.path.join(self.root, source_file))
        try:
            with open(p, 'rb') as f:
                text = STRIP_RE.sub('', f.read().decode('utf-8'))
        except (OSError, UnicodeDecodeError) as e:
            self.err(stem, 'cannot read source %s: %s' % (source_file, e))
            return
        pos = 0
        find = text.find
        for where, q in quotes:
            k = STRIP_RE.sub('', q)
            j = find(k, pos)
            if j < 0:
                j = find(k)
                if j < 0:
                    self.err(where, 'quote not in source: %s' % q)
                    continue
            pos = j + len(k)

    def finish(self):
        for rid, si, where in self.pending_repl:
            got = self.ids.get(rid)
            if got is None:
                self.err(where, 'replacement %r does not exist' % (rid,))
            elif got != si:
                self.err(where, 'replacement %r has another subject' % (rid,))


def main():
    ap = argparse.ArgumentParser(description='Check event logs: canonical lines, hash chain, ids, quotes.')
    ap.add_argument('dir')
    ap.add_argument('--max-errors', type=int, default=50)
    args = ap.parse_args()
    t0 = time.time()
    ch = Checker(args.dir, args.max_errors)
    logs = sorted(f for f in os.listdir(args.dir) if f.endswith('.jsonl'))
    if not logs:
        print('no .jsonl logs in ' + args.dir)
        return 1
    for f in logs:
        ch.check_log(os.path.join(args.dir, f))
    ch.finish()
    dt = time.time() - t0
    n = ch.lines
    print('%d logs, %d lines, %d distinct subjects, %.2f%% with until, %.1fs'
          % (len(logs), n, len(ch.subj_index), 100.0 * ch.until / max(1, n), dt))
    for k in sorted(ch.types):
        print('  %-20s %8d  %5.2f%%' % (k, ch.types[k], 100.0 * ch.types[k] / max(1, n)))
    if ch.errors:
        print('FAIL: %d error(s)' % ch.errors)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
