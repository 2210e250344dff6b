#!/usr/bin/env python3
"""Generate Indicators/iso3166-1.csv from Debian's iso-codes ISO 3166-1 JSON.

Usage (from the repository root):
    python3 Indicators/tools/make-iso3166.py [SOURCE_JSON] [OUTPUT_CSV]

Defaults: /usr/share/iso-codes/json/iso_3166-1.json (Debian package iso-codes)
and Indicators/iso3166-1.csv. Columns: alpha3,alpha2,numeric,name, where name is
the iso-codes `name` field (English short name). Rows are sorted by alpha3; fields
are quoted per RFC 4180 only when needed; LF line endings; UTF-8.
"""
import csv
import json
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
out = sys.argv[2] if len(sys.argv) > 2 else "Indicators/iso3166-1.csv"

with open(src, encoding="utf-8") as f:
    entries = json.load(f)["3166-1"]

rows = sorted(
    ((e["alpha_3"], e["alpha_2"], e["numeric"], e["name"]) for e in entries),
    key=lambda r: r[0],
)

with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["alpha3", "alpha2", "numeric", "name"])
    w.writerows(rows)

print(f"wrote {len(rows)} countries to {out}", file=sys.stderr)
