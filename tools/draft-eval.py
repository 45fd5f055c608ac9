#!/usr/bin/env python3
"""Evaluate `timeline draft` against the curated logs.

For each briefing text events/sources/<stem>.txt: run `timeline draft` with --source <stem>, compare the drafts
with events/<stem>.jsonl and print precision and recall (a match: same type, subject and effective time; each
curated event matches at most one draft), subject-only and time-only match rates (share of curated events with
a draft of the same subject / the same type and effective time), and the share of draft quotes found verbatim in
the text (after removing line breaks and spaces, as `timeline verify` does). Then append every briefing's drafts
into a temporary copy of events/ (catalogue.json and sources/ only) and run `timeline verify` there.

Usage: python3 tools/draft-eval.py [--binary .build/debug/timeline] [--events events] [--show-misses]
Python 3 standard library only. Exit status 1 when a quote is not verbatim or append/verify fails.
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

FOLD = {"\n", "\r", "\t", " ", "\u00a0", "\u3000"}


def fold(s):
    return "".join(c for c in s if c not in FOLD)


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def match(drafts, curated, key):
    """Greedy one-to-one matching on key(event); returns the number of matched pairs."""
    pool = collections.Counter(key(d) for d in drafts)
    n = 0
    for c in curated:
        k = key(c)
        if pool[k] > 0:
            pool[k] -= 1
            n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=".build/debug/timeline")
    ap.add_argument("--events", default="events")
    ap.add_argument("--show-misses", action="store_true", help="list curated events with no matching draft, and unmatched drafts")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    events = args.events
    stems = sorted(f[:-4] for f in os.listdir(os.path.join(events, "sources")) if f.endswith(".txt"))

    full = lambda e: (e["type"], e["subject"], e["effective"])
    rows = []
    tot = collections.Counter()
    outputs = {}
    failed = False
    for stem in stems:
        txt = os.path.join(events, "sources", stem + ".txt")
        proc = subprocess.run([binary, "draft", txt, "--source", stem, "--events", events], capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{stem}: draft failed ({proc.returncode}): {proc.stderr.strip()}", file=sys.stderr)
            failed = True
            continue
        outputs[stem] = proc.stdout
        drafts = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
        curated = load_jsonl(os.path.join(events, stem + ".jsonl"))
        with open(txt, encoding="utf-8") as f:
            text = fold(f.read())
        verbatim = sum(1 for d in drafts if fold(d["quote"]) and fold(d["quote"]) in text)
        m = match(drafts, curated, full)
        subj = match(drafts, curated, lambda e: e["subject"])
        tim = match(drafts, curated, lambda e: (e["type"], e["effective"]))
        r = dict(stem=stem, drafts=len(drafts), curated=len(curated), matched=m, subj=subj, time=tim, verbatim=verbatim)
        rows.append(r)
        for k in ("drafts", "curated", "matched", "subj", "time", "verbatim"):
            tot[k] += r[k]
        if verbatim != len(drafts):
            failed = True
        if args.show_misses:
            dk = collections.Counter(full(d) for d in drafts)
            ck = collections.Counter(full(c) for c in curated)
            print(f"## {stem}")
            for c in curated:
                if dk[full(c)] > 0:
                    dk[full(c)] -= 1
                else:
                    print("  missed  ", *full(c), "|", c["quote"][:40])
            for d in drafts:
                if ck[full(d)] > 0:
                    ck[full(d)] -= 1
                else:
                    print("  extra   ", *full(d), "|", d["quote"][:40])

    def pct(a, b):
        return f"{100.0 * a / b:5.1f}%" if b else "   - "

    print(f"{'briefing':<48} {'drafts':>6} {'curated':>7} {'match':>5} {'precision':>9} {'recall':>7} {'subject':>7} {'time':>7} {'verbatim':>8}")
    for r in rows + [dict(stem="total", **tot)]:
        print(
            f"{r['stem']:<48} {r['drafts']:>6} {r['curated']:>7} {r['matched']:>5} {pct(r['matched'], r['drafts']):>9} "
            f"{pct(r['matched'], r['curated']):>7} {pct(r['subj'], r['curated']):>7} {pct(r['time'], r['curated']):>7} "
            f"{pct(r['verbatim'], r['drafts']):>8}"
        )
    print("precision = matched/drafts; recall = matched/curated; subject/time = curated events with a draft of the same subject /"
          " the same type and effective time (one-to-one); verbatim = draft quotes found in the text")

    # append + verify in a temporary copy of events/
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(events, "catalogue.json"), tmp)
        shutil.copytree(os.path.join(events, "sources"), os.path.join(tmp, "sources"))
        ok = True
        for stem, out in outputs.items():
            p = subprocess.run([binary, "append", os.path.join(tmp, stem + ".jsonl"), "--events", tmp], input=out, capture_output=True, text=True)
            if p.returncode != 0:
                ok = False
                print(f"append {stem}: FAILED ({p.returncode})\n{p.stderr.strip()[:2000]}")
        v = subprocess.run([binary, "verify", "--events", tmp], capture_output=True, text=True)
        if v.returncode != 0:
            ok = False
            print(f"verify: FAILED ({v.returncode})\n{(v.stdout + v.stderr).strip()[:2000]}")
        print(f"append + verify of all drafts in a temporary events/: {'OK' if ok else 'FAILED'}"
              + (f" ({v.stdout.strip().splitlines()[-1] if v.stdout.strip() else ''})" if ok else ""))
        failed = failed or not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
