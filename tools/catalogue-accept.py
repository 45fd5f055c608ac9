#!/usr/bin/env python3
"""Accept the catalogue entries `timeline draft --catalogue-out FILE` proposed into events/catalogue.json.

Reads FILE (a JSON object with `measures`, `metrics` and `scopes` lists in the catalogue's shapes; each measure or
metric entry may carry `proposed_from`, the words it was read from), and appends to catalogue.json every entry whose
key the catalogue does not have yet, leaving existing entries untouched. Edit FILE first to rename keys or correct the
English labels: the drafts use the keys as proposed, so rename a key in the drafts too.

Usage: python3 tools/catalogue-accept.py FILE [FILE...] [--events events] [--dry-run]
Python 3 standard library only. Prints one line per accepted entry.
"""
import argparse
import json
import os
import sys

SECTIONS = ("scopes", "measures", "metrics")


def accept(catalogue_path, proposed, dry_run=False):
    """Merges `proposed` (a dict) into the catalogue file; returns the accepted (section, key) pairs."""
    with open(catalogue_path, encoding="utf-8") as f:
        catalogue = json.load(f)
    accepted = []
    for section in SECTIONS:
        have = {e["key"] for e in catalogue.get(section, [])}
        for entry in proposed.get(section, []):
            if entry["key"] in have:
                continue
            entry = {k: v for k, v in entry.items() if k != "proposed_from"}
            if section != "scopes" and entry.get("category") not in catalogue["categories"]:
                raise SystemExit(f"{section} entry '{entry['key']}': unknown category '{entry.get('category')}'")
            catalogue[section].append(entry)
            have.add(entry["key"])
            accepted.append((section, entry["key"]))
    if not dry_run and accepted:
        tmp = catalogue_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(catalogue, f, ensure_ascii=False, indent=2)
            f.write("\n")
        os.replace(tmp, catalogue_path)
    return accepted


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", metavar="FILE")
    ap.add_argument("--events", default="events")
    ap.add_argument("--dry-run", action="store_true", help="list what would be accepted without writing")
    args = ap.parse_args()
    path = os.path.join(args.events, "catalogue.json")
    for name in args.files:
        with open(name, encoding="utf-8") as f:
            proposed = json.load(f)
        for section, key in accept(path, proposed, args.dry_run):
            print(f"{'would accept' if args.dry_run else 'accepted'} {section[:-1]} {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
