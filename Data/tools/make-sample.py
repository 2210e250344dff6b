#!/usr/bin/env python3
"""Generate the ILLUSTRATIVE sample data of the AGILE toolkit (Data/*).

    python3 Data/tools/make-sample.py        # run from the repository root

All values written by this script are ILLUSTRATIVE: plausible in magnitude, but
invented. They are NOT the official AGILE Index 2024 data and must not be cited as such.

The script is deterministic (fixed seed, fixed iteration order): running it twice gives
byte-identical files. It writes, for the 14 countries of the 2024 edition and the 39
indicators of Indicators/agile-2024.xml:

  Data/agile-2024-long.csv                               CSV long   I01-I10, I12, I13, I15, I33-I39
  Data/agile-2024-wide.csv                               CSV wide   I29-I32 (CRLF)
  Data/agile-2024-instruments.xml                        XML        I16-I28 (urn:agile-index:data:1)
  Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv World Bank bulk CSV, I14 (BOM)
  Data/worldbank-GE.EST-illustrative.xml                 World Bank API XML, I11

After writing, it reads every file back and checks: each value lies in the scale declared
in the registry, each indicator is in exactly one file, no (country, indicator, year) is
duplicated within a file, and every indicator and country keeps at least 70 % coverage.
"""
import csv
import io
import os
import random
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

SEED = 20240215
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "Data")
REGISTRY = os.path.join(ROOT, "Indicators", "agile-2024.xml")
ILLUSTRATIVE_LINE = ("# illustrative: sample values generated for the AGILE toolkit, "
                     "not official AGILE Index data")
# The vintage of the long, wide and XML files: the date their values stand as published for the
# 2024 edition (the World Bank files carry their own: "Last Updated Date" and lastupdated).
VINTAGE = "2024-05-01"
VINTAGE_LINE = "# vintage: " + VINTAGE

COUNTRIES = ["USA", "CAN", "GBR", "DEU", "FRA", "ITA", "JPN",
             "CHN", "IND", "BRA", "RUS", "ZAF", "SGP", "ARE"]

# World Bank names and API (alpha-2 style) ids of the edition countries.
WB_NAME = {
    "USA": ("United States", "US"), "CAN": ("Canada", "CA"), "GBR": ("United Kingdom", "GB"),
    "DEU": ("Germany", "DE"), "FRA": ("France", "FR"), "ITA": ("Italy", "IT"),
    "JPN": ("Japan", "JP"), "CHN": ("China", "CN"), "IND": ("India", "IN"),
    "BRA": ("Brazil", "BR"), "RUS": ("Russian Federation", "RU"),
    "ZAF": ("South Africa", "ZA"), "SGP": ("Singapore", "SG"),
    "ARE": ("United Arab Emirates", "AE"),
}
# Countries written with ISO alpha-2 codes in the wide CSV.
ALPHA2_IN_WIDE = {"DEU": "DE", "JPN": "JP", "SGP": "SG"}

# Illustrative base values, in COUNTRIES order (None = no observation at all).
# The numbers are invented to be of plausible magnitude for each unit.
_ = None
BASE = {
    # P1 development (counts)
    "I01": [60000, 9000, 14000, 12000, 8000, 7500, 8500, 95000, 30000, 5000, 4000, 1500, 3000, 1800],
    "I02": [600000, 70000, 110000, 90000, 70000, 35000, 40000, _, 420000, 45000, _, 9000, 18000, 15000],
    "I03": [12000, 700, 900, 2500, 800, 300, 6000, 35000, 900, 150, 400, 40, 200, 30],
    "I04": [61, 3, 8, 5, 6, 1, 2, 15, 1, 0, 2, 0, 2, 3],
    "I05": [4350.4, 35.2, 95.6, 260.8, 130.3, 320.7, 720.5, 180.4, 18.6, 45.1, 74.3, 0, 12.8, 10.5],
    "I06": [2700, 300, 500, 520, 300, 170, 220, 450, 260, 160, 250, 55, 100, 45],
    "I07": [67.2, 1.6, 3.8, 1.9, 1.7, 0.3, 0.7, 7.8, 1.4, 0.4, 0.1, 0.05, 1.1, 0.4],
    "I08": [897, 45, 104, 76, 90, 20, 42, 122, 45, 15, _, _, 30, 15],
    # P2 environment
    "I09": [2.5, 1.3, 1.9, 0.5, 0.6, 0.4, 0.2, 0.08, 0.05, 0.2, 0.15, _, 1.5, 0.9],
    "I10": [32.5, 45.0, 28.0, 60.0, 18.5, -12.0, 75.0, 40.0, 120.0, 15.0, -25.0, _, _, 210.0],
    "I11": [1.27, 1.50, 1.20, 1.30, 1.20, 0.40, 1.60, 0.55, 0.30, -0.45, -0.35, -0.10, 2.25, 1.40],
    "I12": [1.35, 1.55, 1.45, 1.50, 1.10, 0.60, 1.30, -0.15, -0.10, -0.25, -1.15, 0.05, 2.20, 1.05],
    "I13": [1.30, 1.55, 1.40, 1.50, 1.15, 0.30, 1.50, -0.10, 0.05, -0.35, -1.05, -0.15, 1.80, 0.80],
    "I14": [92.0, 94.0, 96.0, 92.0, 86.0, 86.0, 84.0, 78.0, 52.0, 84.0, 92.0, 75.0, 94.0, 99.0],
    "I15": [0.915, 0.851, 0.914, 0.877, 0.883, 0.838, 0.900, 0.812, 0.588, 0.791, 0.816, 0.736, 0.913, 0.901],
    # P3 instruments
    "I16": [3, 3, 3, 3, 3, 2, 3, 3, 2, 2, 3, 1, 3, 3],
    "I17": [80, 40, 70, 55, 45, 30, 45, 35, 30, 25, 20, 10, 25, 15],
    "I18": [1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 0, 2, 2],
    "I19": [1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0],
    "I20": [2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 1, 2, 2],
    "I21": [1, 2, 1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 1, 1],
    "I22": [25, 8, 20, 18, 10, 6, 12, 40, 8, 3, 15, _, 6, _],
    "I23": [2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 1, 2, 1],
    "I24": [2, 1, 1, 3, 3, 3, 1, 2, 0, 1, 1, 0, 1, 1],
    "I25": [250, 90, 300, 60, 70, 40, 50, _, 45, 85, 30, 12, 35, _],
    "I26": [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
    "I27": [5, 5, 6, 5, 5, 5, 5, 3, 4, 5, 2, 2, 4, 3],
    "I28": [6, 3, 5, 2, 4, 2, 3, 3, 2, 1, 0, _, 2, 1],
    # P4 effectiveness
    "I29": [35.0, 36.0, 38.0, 37.0, 31.0, 45.0, 40.0, 76.0, 75.0, 57.0, _, 60.0, 55.0, _],
    "I30": [63.0, 64.0, 62.0, 60.0, 56.0, 58.0, 41.0, 78.0, 73.0, 68.0, 60.0, 70.0, 72.0, _],
    "I31": [1, 1, 2, 0, 1, 0, 0, 2, 0, 0, 0, 0, 1, 0],
    "I32": [58.0, 40.0, 35.0, 30.0, 42.0, 25.0, 28.0, 33.0, 20.0, _, 15.0, _, _, 38.0],
    "I33": [3500, 600, 1400, 800, 500, 450, 300, 1800, 700, 250, 90, 120, 200, 80],
    "I34": "derived",  # I33 / I01 * 100
    "I35": [120, 40, 70, 45, 40, 20, 25, 60, 55, 30, _, 25, 20, _],
    "I36": [12.5, 11.0, 14.0, 13.0, 12.0, 11.5, 9.5, 8.0, 16.0, 15.5, 7.0, 18.0, 12.0, _],
    "I37": [900, 150, 400, 120, 80, 40, 50, 350, 60, 15, _, 5, 45, 12],
    "I38": [2, 1, 2, 0, 1, 0, 1, 1, 0, 0, 0, 0, 2, 0],
    "I39": [1, 1, 1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 1, 0],
}

# Decimal places of the written value (0 = integer). Ordinal and binary are exact.
DECIMALS = {
    "I05": 2, "I07": 2, "I09": 3, "I10": 1, "I11": 2, "I12": 2, "I13": 2, "I14": 1,
    "I15": 4, "I29": 1, "I30": 1, "I32": 1, "I34": 2, "I36": 1,
}
EXACT = {"I04", "I16", "I18", "I19", "I20", "I21", "I23", "I24", "I26", "I27",
         "I31", "I38", "I39"}
# additive noise (standard deviation) for scores and percents; counts get +-5 % noise
ADDITIVE_SD = {"I10": 3.0, "I11": 0.03, "I12": 0.03, "I13": 0.03, "I14": 0.6,
               "I15": 0.006, "I29": 1.5, "I30": 1.5, "I32": 2.0, "I36": 0.5}

FILE_OF = {}
for i in range(1, 40):
    iid = f"I{i:02d}"
    if iid == "I11":
        FILE_OF[iid] = "wb-xml"
    elif iid == "I14":
        FILE_OF[iid] = "wb-csv"
    elif 16 <= i <= 28:
        FILE_OF[iid] = "xml"
    elif 29 <= i <= 32:
        FILE_OF[iid] = "wide"
    else:
        FILE_OF[iid] = "long"

# Explicitly missing (empty value) observations of the long CSV: the only row of their cell.
EXPLICIT_EMPTY = {("RUS", "I09"): "incident counts not reported for 2023, left explicitly missing",
                  ("ARE", "I34"): "share withheld: publication total under review"}

# Year of the (latest) observation; default 2023.
YEAR_EXCEPTIONS = {
    ("ALL", "I15"): 2022,                       # EGDI is biennial (2022 survey)
    ("ITA", "I06"): 2022, ("BRA", "I06"): 2022, ("ZAF", "I06"): 2021,
    ("RUS", "I03"): 2022, ("IND", "I03"): 2022,
    ("ZAF", "I12"): 2022, ("ARE", "I13"): 2022,
    ("RUS", "I17"): 2022, ("ZAF", "I17"): 2021, ("IND", "I22"): 2022,
    ("BRA", "I25"): 2022, ("RUS", "I28"): 2021,
    ("ZAF", "I35"): 2021, ("BRA", "I35"): 2022, ("IND", "I36"): 2022,
    ("RUS", "I33"): 2022, ("ZAF", "I37"): 2022,
    ("DEU", "I24"): 2024, ("FRA", "I24"): 2024, ("ITA", "I24"): 2024,
}
WIDE_YEAR = {"BRA": 2022, "ZAF": 2022, "RUS": 2022}   # row year of the wide CSV

# Older observations kept as history: (country, indicator) -> (year, factor of the base value)
HISTORY = {
    ("USA", "I01"): (2020, 0.72), ("CHN", "I01"): (2020, 0.64), ("GBR", "I07"): (2020, 0.66),
    ("JPN", "I05"): (2020, 0.86), ("IND", "I12"): (2020, None), ("BRA", "I13"): (2020, None),
    ("ITA", "I16"): (2020, None), ("GBR", "I19"): (2020, None),
}
HISTORY_ABSOLUTE = {("IND", "I12"): -0.28, ("BRA", "I13"): -0.21,
                    ("ITA", "I16"): 1, ("GBR", "I19"): 0}

# Notes of the long CSV (some with commas and doubled quotes, to exercise RFC 4180).
NOTES = {
    ("USA", "I04"): 'systems meeting the Epoch AI "notable" criterion',
    ("USA", "I07"): "USD bn, current prices, private investment",
    ("CHN", "I05"): "no new submissions since 2019, capacity carried forward",
    ("ZAF", "I05"): "no system in the list",
    ("DEU", "I10"): 'growth from a small base; "incidents" as recorded in the database',
    ("IND", "I15"): "EGDI 2022 survey",
}

SOURCE = {
    "I01": "OpenAlex / Scopus", "I02": "OECD.AI / LinkedIn", "I03": "WIPO / PATSTAT",
    "I04": "Epoch AI", "I05": "TOP500", "I06": "data-centre registries",
    "I07": "AI Index / Crunchbase", "I08": "AI Index", "I09": "AIID / OECD AIM",
    "I10": "AIID / OECD AIM", "I11": "World Bank WGI", "I12": "World Bank WGI",
    "I13": "World Bank WGI", "I14": "World Bank WDI", "I15": "UN DESA EGDI",
    "I16": "OECD.AI", "I17": "OECD.AI policy database", "I18": "government sources",
    "I19": "government sources", "I20": "government sources", "I21": "government sources",
    "I22": "national standards bodies", "I23": "ISO", "I24": "legislative databases",
    "I25": "AI Index", "I26": "government sources", "I27": "treaty and forum records",
    "I28": "forum records", "I29": "Ipsos / KPMG surveys", "I30": "Ipsos surveys",
    "I31": "government sources", "I32": "Foundation Model Transparency Index",
    "I33": "OpenAlex", "I34": "OpenAlex", "I35": "AI for Good / UN databases",
    "I36": "OpenAlex", "I37": "OpenAlex", "I38": "government sources",
    "I39": "government sources",
}


def src(iid):
    return SOURCE[iid] + " (illustrative)"


def fmt(iid, v):
    if v is None:
        return ""
    d = DECIMALS.get(iid, 0)
    if d == 0:
        return str(int(round(v)))
    if v == 0:
        return "0"
    return f"{v:.{d}f}"


def read_scales():
    ns = {"f": "urn:agile-index:framework:1"}
    root = ET.parse(REGISTRY).getroot()
    scales = {}
    for ind in root.iter("{urn:agile-index:framework:1}indicator"):
        sc = ind.find("f:scale", ns)
        lo = float(sc.get("min")) if sc is not None and sc.get("min") is not None else float("-inf")
        hi = float(sc.get("max")) if sc is not None and sc.get("max") is not None else float("inf")
        scales[ind.get("id")] = (ind.get("type"), lo, hi)
    countries = [c.get("code") for c in root.iter("{urn:agile-index:framework:1}country")]
    return scales, countries


# --------------------------------------------------------------------------- values
def make_values(rng, scales):
    """(country, indicator) -> value (float) for the latest year, None when missing."""
    vals = {}
    for iid in sorted(BASE):
        if iid == "I34":
            continue
        _, lo, hi = scales[iid]
        for c, b in zip(COUNTRIES, BASE[iid]):
            if b is None:
                vals[(c, iid)] = None
                continue
            if iid in EXACT:
                v = float(b)
            elif iid in ADDITIVE_SD:
                v = b + rng.gauss(0, ADDITIVE_SD[iid])
            else:
                v = b * (1 + rng.gauss(0, 0.05))
            v = min(max(v, lo), hi)
            vals[(c, iid)] = float(fmt(iid, v)) if fmt(iid, v) else None
    for c in COUNTRIES:  # share of AI publications on ethics and governance
        a, g = vals[(c, "I01")], vals[(c, "I33")]
        vals[(c, "I34")] = round(100 * g / a, 2) if a and g is not None else None
    for (c, iid) in EXPLICIT_EMPTY:
        vals[(c, iid)] = None
    return vals


def year_of(c, iid):
    return YEAR_EXCEPTIONS.get((c, iid), YEAR_EXCEPTIONS.get(("ALL", iid), 2023))


def history_value(c, iid, vals):
    year, factor = HISTORY[(c, iid)]
    if factor is None:
        return year, float(HISTORY_ABSOLUTE[(c, iid)])
    return year, vals[(c, iid)] * factor


# --------------------------------------------------------------------------- writers
def write_long(path, vals):
    inds = [i for i in sorted(FILE_OF) if FILE_OF[i] == "long"]
    buf = io.StringIO()
    buf.write(ILLUSTRATIVE_LINE + "\n")
    buf.write(VINTAGE_LINE + "\n")
    buf.write("# generated by Data/tools/make-sample.py (fixed seed); do not edit by hand\n")
    buf.write("# framework agile-2024; indicators " + " ".join(inds) + "\n")
    buf.write("# an empty value is an explicitly missing observation\n")
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["country", "indicator", "year", "value", "source", "note"])
    for iid in inds:
        for c in COUNTRIES:
            rows = []
            if (c, iid) in HISTORY:
                y, v = history_value(c, iid, vals)
                rows.append((y, fmt(iid, v), ""))
            if (c, iid) in EXPLICIT_EMPTY:
                rows.append((year_of(c, iid), "", EXPLICIT_EMPTY[(c, iid)]))
            elif vals[(c, iid)] is not None:
                rows.append((year_of(c, iid), fmt(iid, vals[(c, iid)]), NOTES.get((c, iid), "")))
            for y, v, note in rows:
                w.writerow([c, iid, y, v, src(iid), note])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def write_wide(path, vals):
    inds = ["I29", "I30", "I31", "I32"]
    buf = io.StringIO()
    buf.write(ILLUSTRATIVE_LINE + "\r\n")
    buf.write(VINTAGE_LINE + "\r\n")
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["country", "year"] + inds)
    for c in COUNTRIES:
        w.writerow([ALPHA2_IN_WIDE.get(c, c), WIDE_YEAR.get(c, 2023)]
                   + [fmt(i, vals[(c, i)]) for i in inds])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def write_instruments(path, vals):
    inds = [i for i in sorted(FILE_OF) if FILE_OF[i] == "xml"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- ILLUSTRATIVE sample data generated by Data/tools/make-sample.py;"
           " not official AGILE Index data. -->",
           f'<countryData xmlns="urn:agile-index:data:1" framework="agile-2024" illustrative="true" vintage="{VINTAGE}">',
           "  <note>Illustrative sample values for the AGILE toolkit (governance instruments,"
           " indicators I16-I28): invented, of plausible magnitude, not official AGILE Index"
           " data.</note>"]
    for c in COUNTRIES:
        out.append(f'  <country code="{c}">')
        for iid in inds:
            obs = []
            if (c, iid) in HISTORY:
                y, v = history_value(c, iid, vals)
                obs.append((y, fmt(iid, v)))
            if vals[(c, iid)] is not None:
                obs.append((year_of(c, iid), fmt(iid, vals[(c, iid)])))
            for y, v in obs:
                out.append(f'    <obs indicator="{iid}" year="{y}" value="{v}"'
                           f' source={quoteattr(src(iid))}/>')
        out.append("  </country>")
    out.append("</countryData>")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")


# World Bank files: extra countries and aggregates (name, code, 2023 level, 2015 level)
WB_OTHERS = [
    ("Afghanistan", "AFG", 18.4, 8.3), ("Argentina", "ARG", 89.2, 68.0),
    ("Australia", "AUS", 96.8, 84.6), ("Indonesia", "IDN", 69.2, 22.1),
    ("Kenya", "KEN", 35.0, 16.6), ("Korea, Rep.", "KOR", 97.4, 89.9),
    ("Mexico", "MEX", 81.2, 57.4), ("Nigeria", "NGA", 39.2, 24.5),
    ("Norway", "NOR", 99.0, 96.8), ("Turkiye", "TUR", 86.5, 53.7),
]
WB_AGGREGATES = [
    ("Arab World", "ARB", 73.5, 41.8), ("European Union", "EUU", 91.0, 78.4),
    ("High income", "HIC", 93.0, 81.5), ("Low & middle income", "LMY", 61.2, 34.0),
    ("OECD members", "OED", 90.1, 76.9), ("World", "WLD", 67.4, 40.1),
]
WB_EMPTY_2023 = {"JPN", "ZAF", "NGA", "ARB"}   # recent cells left empty
WB_EMPTY_FROM = {"AFG": 2021}                    # no data from this year on


def i14_series(rng, level_2023, level_2015):
    """Rising series 2015..2023 ending near level_2023."""
    out = {}
    for k, y in enumerate(range(2015, 2024)):
        t = k / 8
        v = level_2015 + (level_2023 - level_2015) * (t ** 0.8) + rng.gauss(0, 0.4)
        out[y] = min(max(v, 0.0), 100.0)
    return out


def write_wb_csv(path, rng, vals):
    years = list(range(1960, 2024))
    rows = []
    for c in COUNTRIES:
        lv = vals[(c, "I14")]
        start = max(5.0, lv - {"IND": 38, "CHN": 27, "BRA": 26, "ZAF": 23, "RUS": 22}.get(c, 9))
        rows.append((WB_NAME[c][0], c, i14_series(rng, lv, start)))
    for name, code, l23, l15 in WB_OTHERS + WB_AGGREGATES:
        rows.append((name, code, i14_series(rng, l23, l15)))
    rows.sort(key=lambda r: r[0])
    lines = ['"Data Source","World Development Indicators",', "",
             '"Last Updated Date","2024-06-28",', "",
             ",".join(f'"{h}"' for h in ["Country Name", "Country Code", "Indicator Name",
                                         "Indicator Code"] + [str(y) for y in years]) + ","]
    for name, code, series in rows:
        if code in COUNTRIES:   # the edition countries end exactly on their I14 sample value
            series[2023] = vals[(code, "I14")]
        cells = []
        for y in years:
            v = series.get(y)
            if v is None or (y == 2023 and code in WB_EMPTY_2023) or y >= WB_EMPTY_FROM.get(code, 9999):
                cells.append("")
            else:
                s = f"{v:.4f}".rstrip("0").rstrip(".")
                cells.append(s)
        fields = [name, code, "Individuals using the Internet (% of population)",
                  "IT.NET.USER.ZS"] + cells
        lines.append(",".join('"' + f.replace('"', '""') + '"' for f in fields) + ",")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + "\n".join(lines) + "\n")


WB_XML_AGGREGATES = [("EUU", "EU", "European Union", 1.02), ("HIC", "XD", "High income", 1.16),
                     ("WLD", "1W", "World", -0.04)]
WB_XML_EMPTY = ("ARE", 2023)   # one record with an empty <wb:value />


def write_wb_xml(path, rng, vals):
    records = []
    entities = [(iso3, a2, name, base) for iso3, a2, name, base in WB_XML_AGGREGATES]
    entities += sorted(((c, WB_NAME[c][1], WB_NAME[c][0], vals[(c, "I11")]) for c in COUNTRIES),
                       key=lambda e: e[2])
    for iso3, a2, name, latest in entities:
        v = latest
        for y in (2023, 2022, 2021):
            value = None if (iso3, y) == WB_XML_EMPTY else f"{v:.2f}"
            records.append((iso3, a2, name, y, value))
            v = v + rng.gauss(0, 0.05)     # earlier years drift a little
            v = min(max(v, -2.5), 2.5)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<wb:data page="1" pages="1" per_page="1000" total="{len(records)}" sourceid="3"'
           ' lastupdated="2024-09-26" xmlns:wb="http://www.worldbank.org">']
    for iso3, a2, name, y, value in records:
        out += ["  <wb:data>",
                '    <wb:indicator id="GE.EST">Government Effectiveness: Estimate</wb:indicator>',
                f'    <wb:country id="{a2}">{escape(name)}</wb:country>',
                f"    <wb:countryiso3code>{iso3}</wb:countryiso3code>",
                f"    <wb:date>{y}</wb:date>",
                f"    <wb:value>{value}</wb:value>" if value is not None else "    <wb:value />",
                "    <wb:unit />",
                "    <wb:obs_status />",
                "    <wb:decimal>2</wb:decimal>",
                "  </wb:data>"]
    out.append("</wb:data>")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")


# --------------------------------------------------------------------------- checks
def read_back():
    """Return {file: [(country, indicator, year, value-or-None)]} read from the written files."""
    a2_to_a3 = {v: k for k, v in ALPHA2_IN_WIDE.items()}
    res = {}
    with open(os.path.join(DATA, "agile-2024-long.csv"), encoding="utf-8", newline="") as f:
        lines = [l for l in f if not l.startswith("#")]
    r = list(csv.DictReader(lines))
    res["long"] = [(x["country"], x["indicator"], int(x["year"]),
                    float(x["value"]) if x["value"] else None) for x in r]
    with open(os.path.join(DATA, "agile-2024-wide.csv"), encoding="utf-8", newline="") as f:
        raw = f.read()
    assert "\r\n" in raw and "\n" not in raw.replace("\r\n", ""), "wide CSV must be CRLF"
    r = list(csv.DictReader([l for l in raw.split("\r\n") if l and not l.startswith("#")]))
    res["wide"] = [(a2_to_a3.get(x["country"], x["country"]), i, int(x["year"]),
                    float(x[i]) if x[i] else None) for x in r for i in ("I29", "I30", "I31", "I32")
                   if x[i] != ""]
    ns = "{urn:agile-index:data:1}"
    root = ET.parse(os.path.join(DATA, "agile-2024-instruments.xml")).getroot()
    res["xml"] = [(c.get("code"), o.get("indicator"), int(o.get("year")),
                   float(o.get("value")) if o.get("value") else None)
                  for c in root.findall(ns + "country") for o in c.findall(ns + "obs")]
    with open(os.path.join(DATA, "API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv"),
              encoding="utf-8", newline="") as f:
        raw = f.read()
    assert raw.startswith("\ufeff"), "World Bank CSV must start with a BOM"
    rows = list(csv.reader(io.StringIO(raw[1:])))
    header = rows[4]
    res["wb-csv"] = []
    for row in rows[5:]:
        if row and row[1] in COUNTRIES:
            for h, v in zip(header[4:], row[4:]):
                if h and v:
                    res["wb-csv"].append((row[1], "I14", int(h), float(v)))
    wb = "{http://www.worldbank.org}"
    root = ET.parse(os.path.join(DATA, "worldbank-GE.EST-illustrative.xml")).getroot()
    res["wb-xml"] = []
    for d in root.findall(wb + "data"):
        iso3 = d.find(wb + "countryiso3code").text
        if iso3 in COUNTRIES:
            v = d.find(wb + "value").text
            res["wb-xml"].append((iso3, "I11", int(d.find(wb + "date").text),
                                  float(v) if v else None))
    return res


def check(scales, registry_countries):
    assert registry_countries == COUNTRIES, "registry countries differ from the script's"
    res = read_back()
    problems = []
    where = {}
    cells = {}
    for fname, obs in res.items():
        seen = set()
        for c, iid, y, v in obs:
            if c not in COUNTRIES:
                problems.append(f"{fname}: unknown country {c}")
            key = (c, iid, y)
            if key in seen:
                problems.append(f"{fname}: duplicate {key}")
            seen.add(key)
            where.setdefault(iid, set()).add(fname)
            if v is not None:
                typ, lo, hi = scales[iid]
                if not lo <= v <= hi:
                    problems.append(f"{fname}: {c} {iid} {y} value {v} outside [{lo}, {hi}]")
                if typ in ("ordinal", "binary") and v != int(v):
                    problems.append(f"{fname}: {c} {iid} non-integer {typ} value {v}")
                if typ == "count" and DECIMALS.get(iid, 0) == 0 and v != int(v):
                    problems.append(f"{fname}: {c} {iid} non-integer count {v}")
                cells[(c, iid)] = True
            else:
                cells.setdefault((c, iid), False)
    for iid in scales:
        if len(where.get(iid, ())) != 1 or FILE_OF[iid] not in where.get(iid, ()):
            problems.append(f"{iid} appears in {sorted(where.get(iid, ()))}, expected {FILE_OF[iid]}")
    observed = {k for k, ok in cells.items() if ok}
    for iid in scales:
        n = sum((c, iid) in observed for c in COUNTRIES)
        if n / len(COUNTRIES) < 0.70:
            problems.append(f"{iid}: coverage {n}/{len(COUNTRIES)} under 70 %")
    for c in COUNTRIES:
        n = sum((c, i) in observed for i in scales)
        if n / len(scales) < 0.70:
            problems.append(f"{c}: coverage {n}/{len(scales)} under 70 %")
    total = len(COUNTRIES) * len(scales)
    missing = total - len(observed)
    explicit = [k for k, ok in cells.items() if not ok]   # cells with only empty values
    print(f"cells {total}, observed {len(observed)}, missing {missing}"
          f" ({100 * missing / total:.1f} %), of which explicitly empty {len(explicit)}",
          file=sys.stderr)
    for fname, obs in sorted(res.items()):
        print(f"  {fname}: {len(obs)} observations (edition countries),"
              f" {len({(c, i) for c, i, _, v in obs if v is not None})} cells with a value",
              file=sys.stderr)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("checks passed", file=sys.stderr)


SIDECAR_LINE = ("illustrative: sample values generated for the AGILE toolkit (Data/tools/make-sample.py),"
                " not World Bank or official AGILE Index data; this format has no room for the marker")


def write_sidecar(path):
    """NAME.illustrative beside a World Bank file marks it illustrative (the format cannot say so)."""
    with open(path + ".illustrative", "w", encoding="utf-8", newline="") as f:
        f.write(SIDECAR_LINE + "\n")


def main():
    rng = random.Random(SEED)
    scales, registry_countries = read_scales()
    assert len(scales) == 39
    vals = make_values(rng, scales)
    os.makedirs(DATA, exist_ok=True)
    write_long(os.path.join(DATA, "agile-2024-long.csv"), vals)
    write_wide(os.path.join(DATA, "agile-2024-wide.csv"), vals)
    write_instruments(os.path.join(DATA, "agile-2024-instruments.xml"), vals)
    write_wb_csv(os.path.join(DATA, "API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv"), rng, vals)
    write_wb_xml(os.path.join(DATA, "worldbank-GE.EST-illustrative.xml"), rng, vals)
    write_sidecar(os.path.join(DATA, "API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv"))
    write_sidecar(os.path.join(DATA, "worldbank-GE.EST-illustrative.xml"))
    check(scales, registry_countries)


if __name__ == "__main__":
    main()
