#!/usr/bin/env python3
"""Put the engine's Zhengzhou indicator rows beside OxCGRT's Henan rows, day by day, and say where they differ.

    python3 tools/compare-oxcgrt.py [--binary .build/debug/timeline] [--reference ../shared/reference]
                                    [--events events] [--time-of-day 12:00] [--out-dir docs]

Reads the reference dir's oxcgrt_henan_2022.csv (OxCGRT, Henan, STATE_TOTAL, live snapshot of mid-December 2022),
runs `timeline export indicators` for the January and November windows (the whole city, at --time-of-day each day),
and writes OUT_DIR/oxcgrt-comparison.md (summary, stringency by day, every run of days on which an indicator's level
differs, with our quote and their note) and OUT_DIR/oxcgrt-stringency.svg (both stringency series, drawn here).
Python standard library only; no network.
"""

import argparse
import csv
import io
import os
import subprocess
import sys
from datetime import date, timedelta

# (title, first day, last day, district or None for the whole city, drawn in the chart)
WINDOWS = [
    ("January 2022", date(2022, 1, 1), date(2022, 1, 31), None, True),
    ("November-December 2022", date(2022, 11, 1), date(2022, 12, 10), None, True),
    # The lockdown of the eight main districts, 25-29 November, seen from one of them.
    ("中原区 (Zhongyuan, one of the eight main districts), 20 November - 2 December 2022", date(2022, 11, 20), date(2022, 12, 2), "zhongyuan", False),
]
# Indicator code -> (OxCGRT level column, flag column or None, notes column)
OX = {
    "C1": ("C1M_School closing", "C1M_Flag", "C1_Notes"),
    "C2": ("C2M_Workplace closing", "C2M_Flag", "C2_Notes"),
    "C3": ("C3M_Cancel public events", "C3M_Flag", "C3_Notes"),
    "C4": ("C4M_Restrictions on gatherings", "C4M_Flag", "C4_Notes"),
    "C5": ("C5M_Close public transport", "C5M_Flag", "C5_Notes"),
    "C6": ("C6M_Stay at home requirements", "C6M_Flag", "C6_Notes"),
    "C7": ("C7M_Restrictions on internal movement", "C7M_Flag", "C7_Notes"),
    "C8": ("C8EV_International travel controls", None, "C8_Notes"),
    "H2": ("H2E_Testing policy", None, "H2_Notes"),
    "H6": ("H6M_Facial Coverings", "H6M_Flag", "H6_Notes"),
}
NAMES = {
    "C1": "school closing", "C2": "workplace closing", "C3": "public events", "C4": "gatherings",
    "C5": "public transport", "C6": "stay at home", "C7": "internal movement", "C8": "international travel",
    "H2": "testing policy", "H6": "facial coverings",
}


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def level(text):
    text = (text or "").strip()
    return None if text == "" else int(float(text))


def flag_word(text):
    text = (text or "").strip()
    return {"0": "targeted", "1": "general"}.get(text, "")


def read_oxcgrt(path):
    rows = {}
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            d = r["Date"]
            rows[date(int(d[:4]), int(d[4:6]), int(d[6:]))] = r
    return rows


def run_engine(binary, events, first, last, tod, district=None, confirmed_only=False):
    cmd = [binary, "export", "indicators", "--from", first.isoformat(), "--to", last.isoformat(), "--time-of-day", tod]
    if district:
        cmd += ["--district", district]
    if confirmed_only:
        cmd.append("--confirmed-only")
    if events:
        cmd += ["--events", events]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return {date.fromisoformat(r["date"]): r for r in csv.DictReader(io.StringIO(out))}


def last_note(ox, day, code):
    """Their most recent non-empty note for an indicator on or before `day` (OxCGRT carries codes forward)."""
    col = OX[code][2]
    d = day
    while d in ox:
        if ox[d][col].strip():
            return d, ox[d][col].strip()
        d -= timedelta(days=1)
    return None, ""


def cut(text, n):
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def cell(text):
    return text.replace("|", "\\|")


def compare(ox, ours, first, last):
    """Each day: their and our stringency, and every indicator whose level differs."""
    days = []
    d = first
    while d <= last:
        o, e = ox.get(d), ours.get(d)
        diffs = []
        for code, (lcol, fcol, _) in OX.items():
            theirs = level(o[lcol]) if o else None
            mine = level(e[code]) if e else None
            if theirs is None and mine is None:
                continue
            if theirs != mine:
                diffs.append(code)
        days.append((d, o, e, diffs))
        d += timedelta(days=1)
    return days


def runs(days, ox):
    """Consecutive days on which one indicator differs in the same way, as one row."""
    out = []
    for code in OX:
        current = None
        for d, o, e, diffs in days:
            if code not in diffs:
                current = None
                continue
            lcol, fcol = OX[code][0], OX[code][1]
            key = (
                level(o[lcol]) if o else None, flag_word(o[fcol]) if o and fcol else "",
                level(e[code]) if e else None, e[code + "_flag"] if e else "", e[code + "_events"] if e else "",
                e[code + "_status"] if e else "",
            )
            if current and current["key"] == key and current["last"] == d - timedelta(days=1):
                current["last"] = d
                continue
            current = {"code": code, "key": key, "first": d, "last": d, "quote": e[code + "_quote"] if e else ""}
            current["note_day"], current["note"] = last_note(ox, d, code)
            out.append(current)
    return sorted(out, key=lambda r: (r["first"], r["code"]))


def fmt_level(v, flag):
    if v is None:
        return "—"
    return f"{v} {flag}".strip()


def span(a, b):
    return a.isoformat() if a == b else f"{a.isoformat()} – {b.isoformat()[5:]}"


def number(text):
    text = (text or "").strip()
    return None if text == "" else float(text)


def svg_chart(series_by_window, path):
    """Stringency over time, one panel per window, both series; drawn by hand (no plotting library)."""
    W, H, top, bottom, left, gap = 880, 320, 34, 64, 44, 36
    panel_w = (W - left - 16 - gap * (len(series_by_window) - 1)) / len(series_by_window)
    y = lambda v: top + (H - top - bottom) * (1 - v / 100)
    colors = {"oxcgrt": "#b2182b", "engine": "#2166ac", "floor": "#67a9cf", "confirmed": "#1b7837"}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="11">',
        f'<title>Stringency index: OxCGRT Henan vs the engine\'s Zhengzhou, by day</title>',
        '<rect width="100%" height="100%" fill="white"/>',
    ]
    for v in (0, 25, 50, 75, 100):
        parts.append(f'<line x1="{left}" x2="{W - 16}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" fill="#555">{v}</text>')
    for k, (title, days, confirmed) in enumerate(series_by_window):
        x0 = left + k * (panel_w + gap)
        n = len(days)
        x = lambda i: x0 + panel_w * (i + 0.5) / n
        parts.append(f'<text x="{x0 + panel_w / 2:.1f}" y="{top - 12}" text-anchor="middle" font-weight="bold">{title}</text>')
        for i, (d, _, _, _) in enumerate(days):
            if i % 7 == 0 or (i == n - 1 and i % 7 >= 3):
                parts.append(f'<line x1="{x(i):.1f}" x2="{x(i):.1f}" y1="{y(0):.1f}" y2="{y(0) + 4:.1f}" stroke="#555"/>')
                parts.append(f'<text x="{x(i):.1f}" y="{y(0) + 16:.1f}" text-anchor="middle" fill="#555">{d.month}-{d.day:02d}</text>')
        for name, col, dash in (("oxcgrt", "ox", ""), ("engine", "stringency", ""), ("floor", "stringency_floor", "4 3"),
                                ("confirmed", "stringency", "1 3")):
            path_d, pen = [], False
            for i, (d, o, e, _) in enumerate(days):
                if name == "confirmed":
                    e = confirmed.get(d)
                v = number(o["StringencyIndex_SimpleAverage"]) if name == "oxcgrt" and o else (number(e[col]) if name != "oxcgrt" and e else None)
                if v is None:
                    pen = False
                    continue
                path_d.append(("L" if pen else "M") + f"{x(i):.1f},{y(v):.1f}")
                pen = True
                label = {"oxcgrt": "OxCGRT Henan", "engine": "engine, coded indicators", "floor": "engine, uncoded as 0",
                         "confirmed": "engine, confirmed rules only"}[name]
                parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="1.6" fill="{colors[name]}"><title>{d.isoformat()} {label}: {v:.2f}</title></circle>')
            if path_d:
                extra = f' stroke-dasharray="{dash}"' if dash else ""
                parts.append(f'<path d="{" ".join(path_d)}" fill="none" stroke="{colors[name]}" stroke-width="1.8"{extra}/>')
    legend = (("oxcgrt", "OxCGRT Henan (province)", ""), ("engine", "engine Zhengzhou: mean over coded indicators", ""),
              ("floor", "engine: uncoded C-indicators as 0", "4 3"), ("confirmed", "engine: confirmed rules only", "1 3"))
    for k, (name, label, dash) in enumerate(legend):
        lx = left + 8 + (k % 2) * 400
        yy = H - 26 + (k // 2) * 16
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<line x1="{lx}" x2="{lx + 22}" y1="{yy - 4}" y2="{yy - 4}" stroke="{colors[name]}" stroke-width="2"{extra}/>')
        parts.append(f'<text x="{lx + 26}" y="{yy}" fill="#333">{label}</text>')
    parts.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def main():
    root = repo_root()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join(root, ".build", "debug", "timeline"))
    ap.add_argument("--reference", default=os.path.join(root, "..", "shared", "reference"),
                    help="the directory holding oxcgrt_henan_2022.csv (default: ../shared/reference beside the repository)")
    ap.add_argument("--events", default=os.path.join(root, "events"))
    ap.add_argument("--time-of-day", default="12:00", help="when each day is taken (default 12:00: the middle of the day OxCGRT codes)")
    ap.add_argument("--out-dir", default=os.path.join(root, "docs"))
    a = ap.parse_args()
    if not os.path.exists(a.binary):
        sys.exit(f"compare-oxcgrt: no binary at {a.binary}; run 'swift build' first or pass --binary")
    ox = read_oxcgrt(os.path.join(a.reference, "oxcgrt_henan_2022.csv"))

    md = ["# The engine's Zhengzhou beside OxCGRT's Henan", "",
          f"Generated by `python3 tools/compare-oxcgrt.py` (engine rows: `timeline export indicators --from D1 --to D2 "
          f"--time-of-day {a.time_of_day}`, the whole city; OxCGRT: `oxcgrt_henan_2022.csv`, Henan STATE_TOTAL, the live "
          "snapshot of mid-December 2022, majority (`M`) columns). The mapping from rules to levels is in "
          "`events/catalogue.json` and explained in [indicators.md](indicators.md).", "",
          "Read with care: OxCGRT codes **Henan province** and flags a policy *targeted* when it covers part of the province; "
          "the engine codes **Zhengzhou** and flags *targeted* when a rule covers part of the city. Levels compare; flags "
          "and the index compare only roughly. The engine's `stringency` averages the indicators events code (the "
          "`n` column); `floor` counts an uncoded C-indicator as 0. OxCGRT's index also includes H1 (public information), "
          "which no event codes.", "",
          "![Stringency: OxCGRT Henan vs engine Zhengzhou](oxcgrt-stringency.svg)", ""]
    charts = []
    summary = ["| window | days | indicator-days compared | levels differ | no event in the engine (they code) | largest index gap |",
               "| --- | --- | --- | --- | --- | --- |"]
    details = []
    for title, first, last, district, drawn in WINDOWS:
        ours = run_engine(a.binary, a.events, first, last, a.time_of_day, district)
        confirmed = run_engine(a.binary, a.events, first, last, a.time_of_day, district, confirmed_only=True)
        days = compare(ox, ours, first, last)
        if drawn:
            charts.append((title, days, confirmed))
        compared = sum(1 for d, o, e, _ in days for c, (lcol, _, _) in OX.items() if o and level(o[lcol]) is not None)
        differ = sum(len(x) for _, _, _, x in days)
        uncoded = sum(1 for d, o, e, diffs in days for c in diffs if e and e[c] == "")
        gaps = []
        for d, o, e, _ in days:
            theirs = number(o["StringencyIndex_SimpleAverage"]) if o else None
            mine = number(e["stringency"]) if e else None
            if theirs is not None and mine is not None:
                gaps.append((abs(theirs - mine), d, theirs, mine))
        big = max(gaps, key=lambda g: g[0]) if gaps else None
        big_text = f"{big[0]:.1f} on {big[1].isoformat()} (OxCGRT {big[2]:.2f}, engine {big[3]:.2f})" if big else "—"
        summary.append(f"| {title} | {len(days)} | {compared} | {differ} | {uncoded} | {big_text} |")

        details += [f"## {title}: stringency by day", "",
                    f"| date | OxCGRT Henan | engine {district or 'Zhengzhou'} | n | floor | confirmed rules only (n) | indicators that differ |",
                    "| --- | --- | --- | --- | --- | --- | --- |"]
        for d, o, e, diffs in days:
            c = confirmed.get(d)
            only = f"{c['stringency']} ({c['stringency_indicators']})" if c and c["stringency"] else "— (0)"
            details.append(f"| {d.isoformat()} | {o['StringencyIndex_SimpleAverage'] if o else ''} | {e['stringency'] if e else ''} | "
                           f"{e['stringency_indicators'] if e else ''} | {e['stringency_floor'] if e else ''} | {only} | {', '.join(diffs)} |")
        details += ["", f"## {title}: where the levels differ", "",
                    "Each row is a run of days on which one indicator differs the same way. *Ours*: level, flag, status and the "
                    "deciding events, with the quote of the first. *Theirs*: level and flag, with their latest note on or before "
                    "the first day (OxCGRT carries a code forward until a coder writes a new note).", "",
                    f"| days | indicator | OxCGRT Henan | engine {district or 'Zhengzhou'} | our events (status) | our quote | their note (date) |",
                    "| --- | --- | --- | --- | --- | --- | --- |"]
        for r in runs(days, ox):
            ol, of, el, ef, ev, st = r["key"]
            note = f"{cut(r['note'], 260)} ({r['note_day'].isoformat()})" if r["note"] else "(no note)"
            details.append(f"| {span(r['first'], r['last'])} | {r['code']} {NAMES[r['code']]} | {fmt_level(ol, of)} | {fmt_level(el, ef)} | "
                           f"{cell(ev.replace(';', ', ')) or '—'}{' (' + st + ')' if st else ''} | {cell(cut(r['quote'], 120)) or 'no event bears on it'} | {cell(note)} |")
        details.append("")

    md += ["## Summary", ""] + summary + [""] + details
    os.makedirs(a.out_dir, exist_ok=True)
    with open(os.path.join(a.out_dir, "oxcgrt-comparison.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    svg_chart(charts, os.path.join(a.out_dir, "oxcgrt-stringency.svg"))
    print(f"wrote {os.path.join(a.out_dir, 'oxcgrt-comparison.md')} and oxcgrt-stringency.svg")


if __name__ == "__main__":
    main()
