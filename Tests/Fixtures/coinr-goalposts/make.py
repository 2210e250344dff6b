#!/usr/bin/env python3
"""Writes the goalposts case of COINr's ASEM example (see NOTE.md): iMeta.csv with the goalpost
columns, and the scores COINr 1.1.14 computes for it, worked out here from COINr's R source
(R/normalise.R: Normalise.numeric, n_goalposts, get_iMeta_norm_paras) and its arithmetic
mean (a_amean), independently of the toolkit's Swift code.

Usage (from the repository root): python3 Tests/Fixtures/coinr-goalposts/make.py
"""
import csv
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ASEM = os.path.join(HERE, "..", "coinr-asem")


def number(text):
    return math.nan if text == "NA" else float(text)


def cell(x):
    if isinstance(x, float) and math.isnan(x):
        return "NA"
    return repr(float(x))


with open(os.path.join(ASEM, "iMeta.csv"), newline="") as f:
    meta = list(csv.DictReader(f))
with open(os.path.join(ASEM, "raw_iData.csv"), newline="") as f:
    data = sorted(csv.DictReader(f), key=lambda row: row["uCode"])

indicators = [row for row in meta if row["Type"] == "Indicator"]
codes = [row["uCode"] for row in data]
raw = {i["iCode"]: [number(row[i["iCode"]]) for row in data] for i in indicators}

# tests/testthat/test-normalise.R and vignettes/normalise.Rmd: goalposts 5 % of the range of
# the raw data inside its minimum and maximum, scale 1, truncation on; then Flights scaled to
# 10 and Goods not truncated.
posts = {}
for i in indicators:
    values = [x for x in raw[i["iCode"]] if not math.isnan(x)]
    minx, maxx = min(values), max(values)
    rx = maxx - minx
    posts[i["iCode"]] = (minx + 0.05 * rx, maxx - 0.05 * rx, 10.0 if i["iCode"] == "Flights" else 1.0, i["iCode"] != "Goods")

# Written as R's write.csv writes iMeta: text quoted, numbers and NA, TRUE, FALSE bare.
TEXT = ("iCode", "iName", "Unit", "Denominator", "Parent", "Type")


def meta_cell(key, value):
    if value in ("NA", "TRUE", "FALSE"):
        return value
    if key in TEXT:
        return '"' + value.replace('"', '""') + '"'
    return repr(float(value)) if isinstance(value, float) or "." in value or "e" in value else value


keys = list(meta[0].keys())
with open(os.path.join(HERE, "iMeta.csv"), "w") as f:
    f.write(",".join('"%s"' % k for k in keys + ["goalpost_lower", "goalpost_upper", "goalpost_scale", "goalpost_trunc2posts"]) + "\n")
    for row in meta:
        cells = [meta_cell(k, row[k]) for k in keys]
        if row["Type"] == "Indicator":
            lower, upper, scale, trunc = posts[row["iCode"]]
            cells += [repr(lower), repr(upper), repr(scale), "TRUE" if trunc else "FALSE"]
        else:
            cells += ["NA", "NA", "NA", "NA"]
        f.write(",".join(cells) + "\n")

# Normalise.numeric multiplies by Direction; get_iMeta_norm_paras flips the posts for -1:
# c(upper * -1, lower * -1, scale); n_goalposts: (x - g1)/(g2 - g1), cut to [0, 1], times g3.
normalised = {}
for i in indicators:
    code = i["iCode"]
    direction = float(i["Direction"])
    lower, upper, scale, trunc = posts[code]
    g = (upper * direction, lower * direction) if direction == -1 else (lower * direction, upper * direction)
    column = []
    for x in raw[code]:
        if math.isnan(x):
            column.append(math.nan)
            continue
        y = (x * direction - g[0]) / (g[1] - g[0])
        if trunc:
            y = min(max(y, 0.0), 1.0)
        column.append(y * scale)
    normalised[code] = column

# Aggregate with COINr's default a_amean at every level: sum(w·x)/sum(w) over the children
# present (all weights 1 here).
values = dict(normalised)
aggregates = sorted((row for row in meta if row["Type"] == "Aggregate"), key=lambda row: int(row["Level"]))
for a in aggregates:
    children = [row for row in meta if row["Parent"] == a["iCode"] and row["Type"] in ("Indicator", "Aggregate")]
    column = []
    for u in range(len(codes)):
        present = [(float(c["Weight"]), values[c["iCode"]][u]) for c in children if not math.isnan(values[c["iCode"]][u])]
        column.append(math.fsum(w * x for w, x in present) / math.fsum(w for w, _ in present) if present else math.nan)
    values[a["iCode"]] = column


def write(name, columns):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["uCode"] + columns)
        for u, code in enumerate(codes):
            out.writerow([code] + [cell(values[c][u]) for c in columns])


write("dset_Normalised.csv", [i["iCode"] for i in indicators])
write("dset_Aggregated.csv", [i["iCode"] for i in indicators] + [a["iCode"] for a in aggregates])
