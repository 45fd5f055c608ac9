#!/usr/bin/env python3
"""Rebuilds the seed corpora of the fuzz targets from the real logs, the source texts and README.md.

Usage: tools/fuzz/make_seeds.py   (writes tools/fuzz/corpus/<target>/, replacing what is there)
"""
import hashlib, json, os, re, shlex, shutil, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
events = os.path.join(root, "events")
out = os.path.join(root, "tools", "fuzz", "corpus")

def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)

shutil.rmtree(out, ignore_errors=True)
logs = sorted(f for f in os.listdir(events) if f.endswith(".jsonl"))
times, lines = set(), []
for name in logs:
    raw = open(os.path.join(events, name), "rb").read()
    ls = raw.split(b"\n")[:-1]
    lines += ls
    put("LogReaderFuzz", b"\n".join(ls[:3]) + b"\n")          # a log's start: briefing + 2 events
    put("LogReaderFuzz", ls[-1] + b"\n" + ls[-1][: len(ls[-1]) // 2])  # a torn tail
    for l in ls:
        ev = json.loads(l)
        for k in ("effective", "until", "recorded"):
            if k in ev: times.add(ev[k])
        for k, v in ev["data"].items():
            if isinstance(v, str) and re.match(r"^\d{4}-\d\d-\d\d", v): times.add(v)
# Every 7th line alone, for size; and one whole small log.
for l in lines[::7]:
    put("LogReaderFuzz", l + b"\n")
    put("JSONFuzz", l)
put("LogReaderFuzz", open(os.path.join(events, logs[-2]), "rb").read())
# Drafts: a sealed line without seq/prev, keys shuffled, CRLF and a BOM.
d = json.loads(lines[5]); d.pop("seq"); d.pop("prev")
put("LogReaderFuzz", b"\xef\xbb\xbf" + json.dumps(dict(reversed(list(d.items()))), ensure_ascii=False).encode() + b"\r\n")
put("JSONFuzz", open(os.path.join(events, "catalogue.json"), "rb").read()[:4000])
for s in ['"a\\u0000b\\ud83d\\ude00"', '[1,-0.5e+3,true,false,null,{}]', '{"b":1,"a":[{"c":"=1+1"}]}', '"\\"quoted\\", \\\\ and\\r\\n"']:
    put("JSONFuzz", s)
for t in sorted(times):
    put("TimestampFuzz", t)
for t in ["2022-01-08", "2022-01-08T13:00", "2022-01-08 13:00", "2022-01-08T13:00:30Z", "2020-02-29T23:59:59-18:00", "9999-12-31T23:59+14:00", "0001-01-01T00:00+18:00"]:
    put("TimestampFuzz", t)
# Command lines: every `timeline ...` in README.md, arguments joined by NUL.
readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
cmds = set(re.findall(r"^\$ timeline (.+)$", readme, re.M)) | set(re.findall(r"`timeline ([^`]+)`", readme))
for c in sorted(cmds):
    c = c.replace("\\|", "|")
    try:
        args = shlex.split(c)
    except ValueError:
        continue
    put("ArgumentParserFuzz", "\0".join(args))
for args in [["verify"], ["verify", "--repair"], ["append", "x.jsonl", "drafts.jsonl", "--expect-seq", "3"],
             ["append", "events/2022-11-07_press-conference-34.jsonl", "-"], ["export", "changes", "--bom", "--crlf"],
             ["changes", "--format", "json"], ["state", "--at", "2022-11-08", "--format", "csv"], ["history", "堂食"],
             ["export", "daily", "--from", "2022-11-01", "--to", "2022-11-10", "--time-of-day", "12:00"], ["stat", "--at=2022-01-01"]]:
    put("ArgumentParserFuzz", "\0".join(args))
# Briefing texts for the drafter: the head of each source text and a few single paragraphs.
for name in sorted(os.listdir(os.path.join(events, "sources"))):
    text = open(os.path.join(events, "sources", name), "rb").read()
    put("DraftFuzz", text[:6000])
    for para in text.split(b"\n")[1:40:8]:
        if para.strip(): put("DraftFuzz", para)
print("seeds:", {t: len(os.listdir(os.path.join(out, t))) for t in sorted(os.listdir(out))})
