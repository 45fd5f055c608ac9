#!/usr/bin/env python3
"""Evaluate `timeline draft` against the curated logs and the practice notices, in three modes.

seen      each briefing text events/sources/<stem>.txt is drafted with the full catalogue (the texts the drafter was
          written against: an optimistic figure).
loo       leave one briefing out: each text is drafted with a catalogue from which every measure and metric entry used
          only by that briefing's curated log, and every alias found only in that briefing's text, has been removed, so
          the drafter meets what a new briefing meets. A draft under a proposed subject (one `--catalogue-out` lists)
          stands for a removed entry when its quote and the curated quote overlap.
practice  the synthetic notices in ../shared/practice and in each set under tools/draft-sets/ (or each --practice DIR),
          one table per set, drafted with the catalogue and no earlier log
          (they continue no curated log), against their gold rows: a match is the same
          type, every keyword of the row in the draft's quote or reading, and the same effective time (24 hours of
          slack on figures, which may be stamped at the start or the end of their day).

The gold set of a curated log leaves out `event.retracted` events and the events they retract. A match is one-to-one
(each gold row matches at most one draft). precision = matched / drafts, recall = matched / gold. Per field: the same
one-to-one count where a draft only has to agree on the subject (subject), or on the subject and one field (type,
valid time, scope, value); a field a gold row does not have counts as agreeing.

After the seen mode every draft of the five texts, with the proposed catalogue entries accepted
(tools/catalogue-accept.py), is appended into a temporary copy of events/ and `timeline verify` is run there.

Usage: python3 tools/draft-eval.py [--binary .build/debug/timeline] [--events events] [--practice DIR]
                                   [--mode all|seen|loo|practice] [--markdown] [--show-misses]
Python 3 standard library only. Exit status 1 when a quote is not verbatim or append/verify fails.
"""
import argparse
import collections
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("catalogue_accept", os.path.join(HERE, "catalogue-accept.py"))
catalogue_accept = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogue_accept)

FOLD = {"\n", "\r", "\t", " ", "\u00a0", "\u3000"}
FIELDS = ("subject", "type", "time", "scope", "value")


def fold(s):
    return "".join(c for c in s if c not in FOLD)


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_events(path):
    """A curated log without retractions and the events they retract."""
    events = load_jsonl(path)
    retracted = {e["data"].get("target") for e in events if e["type"] == "event.retracted"}
    return [e for e in events if e["type"] != "event.retracted" and e["id"] not in retracted]


def when(s):
    s = s.strip()
    if not s:
        return None
    return datetime.datetime.fromisoformat(s)


def run_draft(binary, txt, stem, events, published=None):
    """Drafts one text; returns (drafts, proposed catalogue entries, stderr) or None when the command failed."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        cat_out = f.name
    try:
        cmd = [binary, "draft", txt, "--source", stem, "--events", events, "--catalogue-out", cat_out]
        if published:
            cmd += ["--published", published]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{stem}: draft failed ({proc.returncode}): {proc.stderr.strip()[:500]}", file=sys.stderr)
            return None
        drafts = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
        proposed = {}
        if os.path.getsize(cat_out) > 0:
            with open(cat_out, encoding="utf-8") as f:
                proposed = json.load(f)
        return drafts, proposed, proc.stdout
    finally:
        os.unlink(cat_out)


def greedy(gold, drafts, same):
    """One-to-one matching of gold rows to drafts that `same(gold, draft)` accepts, as many pairs as there can be
    (augmenting paths). Taking the first acceptable draft for each row in turn undercounts: a figure stamped at the end
    of its day is also within the 24 hours of the next day's row, and could take that row's draft."""
    accepts = [[i for i, d in enumerate(drafts) if same(g, d)] for g in gold]
    owner = [None] * len(drafts)

    def augment(gi, seen):
        for i in accepts[gi]:
            if i in seen:
                continue
            seen.add(i)
            if owner[i] is None or augment(owner[i], seen):
                owner[i] = gi
                return True
        return False

    for gi in range(len(gold)):
        augment(gi, set())
    return [(gold[gi], drafts[i]) for i, gi in enumerate(owner) if gi is not None]


def subject_key(subject):
    """measure:K[@s] / metric:K@s → K; other subjects → None."""
    for prefix in ("measure:", "metric:"):
        if subject.startswith(prefix):
            return subject[len(prefix):].split("@")[0]
    return None


def subject_scope(subject):
    return subject.split("@", 1)[1] if "@" in subject else None


def overlap(a, b):
    """The two quotes are about the same words: one holds the other, or they share a run of at least 8 characters and
    at least half the shorter quote (a shared stock phrase such as `封控区、管控区、防范区` alone is not enough)."""
    a, b = fold(a), fold(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    need = max(8, (len(short) + 1) // 2)
    return any(short[i:i + need] in long_ for i in range(0, len(short) - need + 1))


def open_slug(subject):
    """zone:<district>/<slug> and testing:<slug> carry a slug the curator invented; returns (kind, district)."""
    if subject.startswith("zone:"):
        return ("zone", subject[5:].split("/")[0])
    if subject.startswith("testing:"):
        return ("testing", None)
    return None


def scope_of(e):
    d = e.get("data", {})
    if e["type"].startswith("metric."):
        return subject_scope(e["subject"])
    return d.get("scope") or d.get("district")


def value_of(e):
    d = e.get("data", {})
    if e["type"] == "metric.reported":
        return number(d.get("value"), d.get("unit", ""))
    if e["type"] == "testing.completed" and "tested" in d:
        return number(d.get("tested"), d.get("tested_unit", ""))
    return None


def number(v, unit):
    if v is None:
        return None
    x = float(v)
    if unit.startswith("万"):
        x *= 10_000
    if unit.startswith("亿"):
        x *= 100_000_000
    return round(x, 2)


# ---------------------------------------------------------------- the five texts (seen and leave-one-out)


def curated_predicates(removed, proposed, elsewhere):
    """Predicates for the fields, given the keys removed from the catalogue, the drafter's proposed entries (key → zh
    label) and the subjects of the other logs (which the drafter may know; a slug used nowhere else it cannot)."""

    def same_subject(c, d):
        if c["subject"] == d["subject"]:
            return True
        # A zone or testing round first named in this briefing has a slug the curator made up: the draft's own slug
        # stands for it when the district agrees and the quotes are about the same words.
        slug = open_slug(c["subject"])
        if slug is not None:
            return (slug == open_slug(d["subject"]) and c["subject"] not in elsewhere and d["subject"] not in elsewhere
                    and overlap(c["quote"], d["quote"]))
        ck, dk = subject_key(c["subject"]), subject_key(d["subject"])
        if ck is None or dk is None or ck not in removed or dk not in proposed:
            return False
        if c["subject"].split(":")[0] != d["subject"].split(":")[0] or subject_scope(c["subject"]) != subject_scope(d["subject"]):
            return False
        # A proposed entry stands for the removed one when the gold quote names what the entry names.
        return fold(proposed[dk]) in fold(c["quote"]) and overlap(c["quote"], d["quote"])

    def same_time(c, d):
        return c["effective"] == d["effective"] and c.get("until") == d.get("until")

    def same_scope(c, d):
        return scope_of(c) is None or scope_of(c) == scope_of(d)

    def same_value(c, d):
        return value_of(c) is None or value_of(c) == value_of(d)

    return {
        "full": lambda c, d: c["type"] == d["type"] and c["effective"] == d["effective"] and same_subject(c, d),
        "subject": same_subject,
        "type": lambda c, d: same_subject(c, d) and c["type"] == d["type"],
        "time": lambda c, d: same_subject(c, d) and same_time(c, d),
        "scope": lambda c, d: same_subject(c, d) and same_scope(c, d),
        "value": lambda c, d: same_subject(c, d) and same_value(c, d),
    }


def reduced_catalogue(catalogue, logs, texts, stem):
    """The catalogue without the entries used only by `stem`'s log and the aliases found only in `stem`'s text."""
    used = collections.defaultdict(set)
    for s, events in logs.items():
        for e in events:
            k = subject_key(e["subject"])
            if k:
                used[k].add(s)
    removed = set()
    out = json.loads(json.dumps(catalogue))
    for section in ("measures", "metrics"):
        kept = []
        for entry in out[section]:
            if used.get(entry["key"]) == {stem}:
                removed.add(entry["key"])
                continue
            aliases = [a for a in entry.get("aliases", []) if not (a in texts[stem] and all(a not in t for s, t in texts.items() if s != stem))]
            if "aliases" in entry:
                entry["aliases"] = aliases
            kept.append(entry)
        out[section] = kept
    return out, removed


def evaluate_curated(args, binary, mode):
    events = args.events
    stems = sorted(f[:-4] for f in os.listdir(os.path.join(events, "sources")) if f.endswith(".txt"))
    with open(os.path.join(events, "catalogue.json"), encoding="utf-8") as f:
        catalogue = json.load(f)
    logs = {s: gold_events(os.path.join(events, s + ".jsonl")) for s in stems}
    texts = {}
    for s in stems:
        with open(os.path.join(events, "sources", s + ".txt"), encoding="utf-8") as f:
            texts[s] = fold(f.read())
    rows, outputs, proposals = [], {}, {}
    failed = False
    for stem in stems:
        txt = os.path.join(events, "sources", stem + ".txt")
        removed = set()
        if mode == "loo":
            cat, removed = reduced_catalogue(catalogue, logs, texts, stem)
            tmp = tempfile.mkdtemp()
            try:
                with open(os.path.join(tmp, "catalogue.json"), "w", encoding="utf-8") as f:
                    json.dump(cat, f, ensure_ascii=False)
                shutil.copytree(os.path.join(events, "sources"), os.path.join(tmp, "sources"))
                for s in stems:
                    shutil.copy(os.path.join(events, s + ".jsonl"), tmp)
                result = run_draft(binary, txt, stem, tmp)
            finally:
                shutil.rmtree(tmp)
        else:
            result = run_draft(binary, txt, stem, events)
        if result is None:
            failed = True
            continue
        drafts, proposed, stdout = result
        outputs[stem] = stdout
        proposals[stem] = proposed
        proposed_labels = {e["key"]: e.get("zh", "") for sec in ("measures", "metrics") for e in proposed.get(sec, [])}
        elsewhere = {e["subject"] for s, events in logs.items() if s != stem for e in events}
        preds = curated_predicates(removed, proposed_labels, elsewhere)
        gold = logs[stem]
        verbatim = sum(1 for d in drafts if fold(d["quote"]) and fold(d["quote"]) in texts[stem])
        if verbatim != len(drafts):
            failed = True
        r = dict(name=stem, drafts=len(drafts), gold=len(gold), verbatim=verbatim)
        for k, p in preds.items():
            r[k] = len(greedy(gold, drafts, p))
        rows.append(r)
        if args.show_misses:
            show_misses(stem, gold, drafts, preds["full"], lambda c: f"{c['type']} {c['subject']} {c['effective']}")
    return rows, outputs, proposals, failed


def show_misses(name, gold, drafts, same, describe):
    pairs = greedy(gold, drafts, same)
    hit_g = {id(g) for g, _ in pairs}
    hit_d = {id(d) for _, d in pairs}
    print(f"## {name}")
    for g in gold:
        if id(g) not in hit_g:
            print("  missed  ", describe(g), "|", fold(g.get("quote", ""))[:50])
    for d in drafts:
        if id(d) not in hit_d:
            print("  extra   ", d["type"], d["subject"], d["effective"], "|", fold(d["quote"])[:50], "|", d.get("review", {}).get("reading", ""))


# ---------------------------------------------------------------- practice notices


def read_practice(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split("\t") + [""] * 6
        kind, verb, keywords, effective, until, note = cells[:6]
        fields = dict(re.findall(r"(\w+)=([^;]*)", note))
        rows.append(dict(type=f"{kind}.{verb}", kind=kind, keywords=[k for k in keywords.split("|") if k], effective=when(effective),
                         until=when(until), note=note, fields=fields))
    return rows


def zh_scope(scope, catalogue, proposed):
    if scope is None:
        return None
    names = {s["key"]: s["zh"] for s in catalogue["scopes"] + proposed.get("scopes", [])}
    levels = {z["key"]: z["zh"] for z in catalogue["zone_levels"]}
    if scope == "city":
        return {"city"}
    if scope.startswith("zones:"):
        return {levels.get(k, k) for k in scope[6:].split(",")}
    entry = next((s for s in catalogue["scopes"] + proposed.get("scopes", []) if s["key"] == scope), None)
    if entry and entry.get("members"):
        return {names.get(m, m) for m in entry["members"]}
    return {names.get(scope, scope)}


def practice_predicates(catalogue, proposed):
    labels = {e["key"]: e["zh"] for sec in ("measures", "metrics") for e in catalogue[sec] + proposed.get(sec, [])}

    def text_of(d):
        parts = [d["quote"], d.get("review", {}).get("reading", "")]
        parts += [v for v in d.get("data", {}).values() if isinstance(v, str)]
        k = subject_key(d["subject"])
        if k in labels:
            parts.append(labels[k])
        return fold(" ".join(parts))

    def same_subject(g, d):
        if d["type"].split(".")[0] != g["kind"]:
            return False
        t = text_of(d)
        return all(fold(k) in t for k in g["keywords"])

    def same_time(g, d):
        eff = when(d["effective"])
        slack = 86_400 if g["kind"] == "metric" else 0
        if g["effective"] is None or abs((eff - g["effective"]).total_seconds()) > slack:
            return False
        return g["kind"] == "metric" or g["until"] is None or (d.get("until") and when(d["until"]) == g["until"])

    def same_scope(g, d):
        want = g["fields"].get("scope") or g["fields"].get("district")
        if not want:
            return True
        want = set(re.split(r"[,，]", re.split(r"[ (（]", want.strip())[0]))
        got = zh_scope(scope_of(d), catalogue, proposed)
        return got == want

    def same_value(g, d):
        want = g["fields"].get("value")
        if not want or g["type"] not in ("metric.reported", "testing.completed"):
            return True
        try:
            return value_of(d) == round(float(want), 2)
        except ValueError:
            return True

    return {
        "full": lambda g, d: g["type"] == d["type"] and same_subject(g, d) and same_time(g, d),
        "subject": same_subject,
        "type": lambda g, d: same_subject(g, d) and g["type"] == d["type"],
        "time": lambda g, d: same_subject(g, d) and same_time(g, d),
        "scope": lambda g, d: same_subject(g, d) and same_scope(g, d),
        "value": lambda g, d: same_subject(g, d) and same_value(g, d),
    }


def practice_dirs(args):
    """The synthetic sets to score: every --practice DIR given, else ../shared/practice and each set under
    tools/draft-sets/ (written for this project by people who had not read the drafter; see its README)."""
    if args.practice:
        return args.practice
    here = os.path.dirname(os.path.abspath(__file__))
    sets = os.path.join(here, "draft-sets")
    found = [os.path.join("..", "shared", "practice")]
    if os.path.isdir(sets):
        found += [os.path.join(sets, d) for d in sorted(os.listdir(sets)) if os.path.isdir(os.path.join(sets, d))]
    return found


def evaluate_practice(args, binary, directory):
    with open(os.path.join(args.events, "catalogue.json"), encoding="utf-8") as f:
        catalogue = json.load(f)
    names = sorted(f[:-4] for f in os.listdir(directory) if f.endswith(".txt"))
    rows = []
    failed = False
    for name in names:
        txt = os.path.join(directory, name + ".txt")
        with open(txt, encoding="utf-8") as f:
            raw = f.read()
        m = re.search(r"published:\s*(\S+)", raw.splitlines()[0])
        published = m.group(1) if m else None
        # The practice notices are no continuation of the curated logs (invented facts, partly another city), and their
        # gold rows were coded standalone: the drafter sees the catalogue only, no earlier log whose subjects would
        # make a rule an amendment.
        with tempfile.TemporaryDirectory() as alone:
            shutil.copy(os.path.join(args.events, "catalogue.json"), alone)
            result = run_draft(binary, txt, "practice-" + name.replace("_", "-"), alone, published)
        gold = read_practice(os.path.join(directory, name + ".tsv"))
        if result is None:
            # A failed draft keeps its gold rows in the totals, all missed: a crash must not raise a score.
            failed = True
            rows.append(dict(name=name + " (FAILED)", drafts=0, gold=len(gold), verbatim=0,
                             **{k: 0 for k in practice_predicates(catalogue, {})}))
            continue
        drafts, proposed, _ = result
        drafts = [d for d in drafts if d["type"] != "briefing.published"]
        text = fold(raw)
        verbatim = sum(1 for d in drafts if fold(d["quote"]) and fold(d["quote"]) in text)
        preds = practice_predicates(catalogue, proposed)
        r = dict(name=name, drafts=len(drafts), gold=len(gold), verbatim=verbatim)
        for k, p in preds.items():
            r[k] = len(greedy(gold, drafts, p))
        rows.append(r)
        if args.show_misses:
            show_misses(name, gold, drafts, preds["full"],
                        lambda g: f"{g['type']} {'|'.join(g['keywords'])} {g['effective']} {g['note'][:40]}")
    return rows, failed


# ---------------------------------------------------------------- tables


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "-"


def table(title, rows, markdown):
    total = collections.Counter()
    for r in rows:
        for k, v in r.items():
            if k != "name":
                total[k] += v
    lines = [title, ""]
    head = ["briefing", "drafts", "gold", "matched", "precision", "recall"] + [f"{f} P/R" for f in FIELDS] + ["verbatim"]
    body = []
    for r in rows + [dict(name="total", **total)]:
        cells = [r["name"], str(r["drafts"]), str(r["gold"]), str(r["full"]), pct(r["full"], r["drafts"]), pct(r["full"], r["gold"])]
        cells += [f"{pct(r[f], r['drafts'])} / {pct(r[f], r['gold'])}" for f in FIELDS]
        cells.append(pct(r["verbatim"], r["drafts"]))
        body.append(cells)
    if markdown:
        lines.append("| " + " | ".join(head) + " |")
        lines.append("| " + " | ".join("---" for _ in head) + " |")
        lines += ["| " + " | ".join(c) + " |" for c in body]
    else:
        widths = [max(len(row[i]) for row in [head] + body) for i in range(len(head))]
        for row in [head] + body:
            lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    return "\n".join(lines) + "\n"


def append_and_verify(binary, events, outputs, proposals):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(events, "catalogue.json"), tmp)
        shutil.copytree(os.path.join(events, "sources"), os.path.join(tmp, "sources"))
        path = os.path.join(tmp, "catalogue.json")
        for proposed in proposals.values():
            catalogue_accept.accept(path, proposed)
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
        n = sum(len([l for l in o.splitlines() if l.strip()]) for o in outputs.values())
        print(f"append + verify of all {n} drafts (proposed catalogue entries accepted) in a temporary events/: {'OK' if ok else 'FAILED'}")
        return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=".build/debug/timeline")
    ap.add_argument("--events", default="events")
    ap.add_argument("--practice", action="append",
                    help="a directory of synthetic notices with gold rows (repeatable; default: ../shared/practice and tools/draft-sets/*)")
    ap.add_argument("--mode", choices=("all", "seen", "loo", "practice"), default="all")
    ap.add_argument("--markdown", action="store_true", help="print the tables as Markdown (for the README)")
    ap.add_argument("--show-misses", action="store_true", help="list gold rows with no matching draft, and unmatched drafts")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    failed = False
    legend = ("precision = matched/drafts, recall = matched/gold; a field's P/R counts drafts that agree with a gold row on "
              "the subject and that field; verbatim = draft quotes found in the text")
    if args.mode in ("all", "seen"):
        rows, outputs, proposals, f = evaluate_curated(args, binary, "seen")
        failed |= f
        print(table("Seen: the five texts, full catalogue (match: type, subject, effective)", rows, args.markdown))
        failed |= not append_and_verify(binary, args.events, outputs, proposals)
        print()
    if args.mode in ("all", "loo"):
        rows, _, _, f = evaluate_curated(args, binary, "loo")
        failed |= f
        print(table("Leave one briefing out: entries and aliases only that briefing uses removed from the catalogue", rows, args.markdown))
    if args.mode in ("all", "practice"):
        for directory in practice_dirs(args):
            if not os.path.isdir(directory):
                print(f"practice set: {directory} not found, skipped")
                continue
            rows, f = evaluate_practice(args, binary, directory)
            failed |= f
            name = os.path.basename(os.path.normpath(directory))
            title = f"{'Practice set' if name == 'practice' else 'Set ' + name}: {len(rows)} synthetic notices, {sum(r['gold'] for r in rows)} gold rows"
            print(table(title + " (match: type, keywords, effective; 24 h on figures)", rows, args.markdown))
            print()
    print(legend)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
