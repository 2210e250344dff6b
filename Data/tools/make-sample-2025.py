#!/usr/bin/env python3
"""Generate the ILLUSTRATIVE 2025 sample data of the AGILE toolkit (Data/2025/*).

    python3 Data/tools/make-sample-2025.py        # run from the repository root

All values written by this script are ILLUSTRATIVE: plausible in magnitude, but invented. They
are NOT the official AGILE Index 2025 data and must not be cited as such.

Deterministic (fixed seed, fixed order): running it twice gives byte-identical files. For the 40
countries and 43 indicators of Indicators/agile-2025.xml it writes two long CSV files, to be
ingested with --framework Indicators/agile-2025.xml (they hold codes the 2024 registry lacks):

  Data/2025/agile-2025-early.csv  vintage 2024-11-15 (before the 2024 edition's publication on
      2025-02-10): year-2023 values the 2024 edition did not use: the 26 newcomers' values of
      the international-source indicators (some of them: these countries were not surveyed
      yet), and the revised indicators' new sources (I41, I42) for the 14 countries of 2024.
  Data/2025/agile-2025-long.csv   vintage 2025-06-15 (after it, before the 2025 publication on
      2025-07-31): year-2024 values of every indicator for the 40 countries (a few cells
      missing), year-2025 values of the legal-status indicators for some countries, and one
      revision: a newcomer's 2023 value of the early file, re-stated.

Nothing here has a vintage on or before 2025-02-10 for a 2024 country and a 2024 indicator, so
the 2024 edition as published (and Reports/) is unchanged by these files.
"""
import os
import random
import xml.etree.ElementTree as ET

SEED = 20250731
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Data", "2025")
REGISTRY = os.path.join(ROOT, "Indicators", "agile-2025.xml")
REGISTRY_2024 = os.path.join(ROOT, "Indicators", "agile-2024.xml")
NS = {"f": "urn:agile-index:framework:1"}
ILLUSTRATIVE_LINE = ("# illustrative: sample values generated for the AGILE toolkit, "
                     "not official AGILE Index data")
EARLY_VINTAGE = "2024-11-15"
LATE_VINTAGE = "2025-06-15"
# The indicators whose values come from international sources that already covered the
# newcomers when the 2024 edition was published (counts, World Bank and survey indices).
INTERNATIONAL = {"I01", "I02", "I03", "I05", "I07", "I11", "I12", "I13", "I14", "I15"}
# Legal-status indicators that also carry a 2025 value for some countries.
LEGAL_2025 = {"I43", "I46"}
# The indicator of the early file whose first newcomer value the 2025 file re-states (a
# revision between vintages).
REVISED = "I14"
# The 2024 countries' standing, so that the 2025 values continue the 2024 sample's order
# roughly; newcomers draw theirs.
STRENGTH_2024 = {"USA": 0.95, "CHN": 0.88, "GBR": 0.82, "DEU": 0.78, "FRA": 0.76, "JPN": 0.74,
                 "CAN": 0.72, "SGP": 0.7, "ITA": 0.6, "ARE": 0.58, "IND": 0.55, "BRA": 0.45,
                 "RUS": 0.42, "ZAF": 0.38}


def registry(path):
    root = ET.parse(path).getroot()
    countries = [c.get("code") for c in root.find("f:countries", NS)]
    indicators = []
    for element in root.iter("{urn:agile-index:framework:1}indicator"):
        scale = element.find("f:scale", NS)
        low = float(scale.get("min")) if scale is not None and scale.get("min") else 0.0
        high = float(scale.get("max")) if scale is not None and scale.get("max") else None
        indicators.append((element.get("id"), element.get("type"), element.get("polarity"), low, high))
    return countries, indicators


def value(rng, strength, kind, polarity, low, high):
    """An illustrative value: stronger countries score better, with noise."""
    s = strength if polarity != "negative" else 1 - strength
    if kind == "count":
        return str(int(round(10 ** (1 + 3.5 * s + rng.uniform(-0.4, 0.4)))))
    if kind == "binary":
        return "1" if rng.random() < 0.2 + 0.7 * s else "0"
    if kind == "ordinal":
        top = int(high or 2)
        return str(max(0, min(top, int(round(top * s + rng.uniform(-0.7, 0.7))))))
    if kind == "percent":
        return "%.1f" % max(0.0, min(100.0, 30 + 60 * s + rng.uniform(-8, 8)))
    # an index on its own scale
    span = (high if high is not None else 100.0) - low
    return "%.2f" % max(low, min(low + span, low + span * (0.2 + 0.7 * s + rng.uniform(-0.08, 0.08))))


def write(path, vintage, note, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(ILLUSTRATIVE_LINE + "\n")
        out.write("# vintage: " + vintage + "\n")
        out.write("# " + note + "\n")
        out.write("country,indicator,year,value,source,note\n")
        for row in rows:
            out.write(",".join(row) + "\n")


def main():
    rng = random.Random(SEED)
    countries, indicators = registry(REGISTRY)
    earlier, _ = registry(REGISTRY_2024)
    newcomers = [c for c in countries if c not in earlier]
    assert len(countries) == 40 and len(indicators) == 43 and len(newcomers) == 26
    strength = {c: STRENGTH_2024.get(c) or rng.uniform(0.15, 0.9) for c in countries}
    early, late = [], []
    for iid, kind, polarity, low, high in indicators:
        for c in countries:
            if c in newcomers and iid in INTERNATIONAL and rng.random() < 0.8:
                early.append([c, iid, "2023", value(rng, strength[c], kind, polarity, low, high), "international source (illustrative)", ""])
            elif c not in newcomers and iid in ("I41", "I42"):
                early.append([c, iid, "2023", value(rng, strength[c], kind, polarity, low, high), "new source (illustrative)", ""])
            if rng.random() < 0.04:
                continue   # no 2024 value for this cell
            late.append([c, iid, "2024", value(rng, strength[c], kind, polarity, low, high), "sample (illustrative)", ""])
            if iid in LEGAL_2025 and rng.random() < 0.3:
                late.append([c, iid, "2025", value(rng, min(1.0, strength[c] + 0.1), kind, polarity, low, high), "sample (illustrative)", "in force in 2025"])
    revised = next(row for row in early if row[1] == REVISED and row[0] in newcomers)
    late.append([revised[0], revised[1], revised[2], "%.1f" % min(100.0, float(revised[3]) + 4.2), revised[4],
                 "re-stated in 2025 (illustrative revision)"])
    os.makedirs(OUT, exist_ok=True)
    write(os.path.join(OUT, "agile-2025-early.csv"), EARLY_VINTAGE,
          "values known before the 2024 edition was published, which it did not use (newcomers, new sources)", early)
    write(os.path.join(OUT, "agile-2025-long.csv"), LATE_VINTAGE,
          "values of the 2025 edition, after the 2024 edition was published", late)
    print("early: %d values, late: %d values" % (len(early), len(late)))


if __name__ == "__main__":
    main()
