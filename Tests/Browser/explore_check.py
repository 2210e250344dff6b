#!/usr/bin/python3
"""Real-browser check of the weights explorer (explore.html) of every edition site, against the engine.

    /usr/bin/python3 Tests/Browser/explore_check.py [--agile PATH] [--reports DIR] [--vectors 5]

For each Reports/YEAR/explore.html, in headless Chromium, the page is set to the run's weights
(its "As published" preset), to each of the registry's weight sets, to equal weights, and to
five random weight vectors (seeded: the same every run) typed into the number boxes. Each time:

- the page's weights file (its JSON download) is scored by the engine,
  `agile score --framework Indicators/agile-YEAR.xml --as-published --weights FILE --format json`,
  on a temporary store filled by the `ingest` lines of the Makefile's `run` target (the data the
  committed sites were made from); every country's index score on the page equals the
  engine's to 1e-9, and the ranks are the same except between countries whose engine scores
  differ by less than 1e-9 (an exact tie on one side may be split by one ulp on the other);
- the CSV download names the same weights as the JSON one;
- the fragment round-trips: the page opened again at its own address (with the fragment) shows
  the same weights in its number boxes and the same scores, bit for bit.

The published preset must also reproduce the published scores embedded in the page. The page is
then opened at 400 CSS px, where it must not be wider than the viewport, and opened with
scripts off, where it must show the published ranking and the notice that the explorer needs
scripts. The tie rule is checked on a copy of the page whose data make three countries equal.
Any message the browser logs at level SEVERE fails the check.

Chromium runs headless (--headless=new --no-sandbox), driven by Debian's python3-selenium
through /usr/bin/chromedriver named explicitly. Exit status 0 when all passes, 1 with one line
per finding, 2 when the browser, the agile binary or the reports cannot be used.
"""

import argparse
import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

CHROMEDRIVER = "/usr/bin/chromedriver"
TOLERANCE = 1e-9
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The rows of the ranking in the order the page shows them: code, score and rank at full precision.
ROWS = """
const units = window.agileExplorer.units, result = window.agileExplorer.result();
return Array.from(document.querySelectorAll('#rows tr')).map(tr => Number(tr.dataset.unit)).map(row =>
  [units[row], result.scores[row], result.ranks[row]]);
"""

WEIGHTS = """
return Array.from(document.querySelectorAll('#weights input[type=number]')).map(box => [box.id, box.value]);
"""


def driver(scripts=True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,900"):
        options.add_argument(argument)
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def temporary_store(agile, folder):
    """Fills a store in `folder` with the ingest lines of the Makefile's run target."""
    store = os.path.join(folder, "sample.sqlite")
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as makefile:
        lines = makefile.read().split("\nrun:", 1)[1].split("\n\n", 1)[0].splitlines()
    for line in lines:
        if " ingest " not in line:
            continue
        command = line.strip().replace("$(AGILE)", agile).replace("$(DB)", store)
        subprocess.run(["bash", "-c", command], cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return store


def engine_scores(agile, store, registry, weights_path, root):
    """Index score and rank of every country, as `agile score --weights FILE` gives them."""
    run = subprocess.run(
        [agile, "score", "--db", store, "--framework", registry, "--as-published", "--weights", weights_path,
         "--format", "json"],
        cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"agile score --weights {weights_path} exited {run.returncode}: {run.stderr.strip()}")
    units = json.loads(run.stdout)["units"]
    out = {}
    for unit in units:
        index = unit["scores"][root]
        out[unit["code"]] = (index.get("score"), index.get("rank"))
    return out


def decoded(href):
    prefix, _, body = href.partition(",")
    return urllib.parse.unquote(body)


def compare(label, page_rows, engine, findings):
    """Scores to 1e-9; ranks equal except between countries whose engine scores differ by < 1e-9."""
    page = {code: (score, rank) for code, score, rank in page_rows}
    if set(page) != set(engine):
        findings.append(f"{label}: the page ranks {sorted(page)}, the engine {sorted(engine)}")
        return
    for code, (score, rank) in sorted(engine.items()):
        page_score, page_rank = page[code]
        if score is None:
            if page_score is not None and page_score == page_score:  # not NaN
                findings.append(f"{label}: {code} has no engine score, the page shows {page_score}")
            continue
        if abs(page_score - score) > TOLERANCE:
            findings.append(f"{label}: {code} scores {page_score!r} on the page, {score!r} in the engine")
        if page_rank != rank:
            near = [other for other, (s, _) in engine.items() if other != code and s is not None and abs(s - score) < TOLERANCE]
            if not near:
                findings.append(f"{label}: {code} ranks {page_rank} on the page, {rank} in the engine (no near tie)")


def check_edition(browser, page_path, agile, store, vectors, findings):
    edition = os.path.basename(os.path.dirname(page_path))
    registry = os.path.join(ROOT, "Indicators", f"agile-{edition}.xml")
    url = "file://" + os.path.abspath(page_path)
    browser.get(url)
    data = json.loads(browser.execute_script("return document.getElementById('explorer-data').textContent"))
    nodes = data["nodes"]
    boxes = [int(box_id[1:]) for box_id, _ in browser.execute_script(WEIGHTS)]
    presets = browser.execute_script("return Array.from(document.getElementById('preset').options).map(o => o.text)")
    work = tempfile.mkdtemp(prefix="explore-check-")

    def set_preset(index):
        browser.execute_script(
            "const s = document.getElementById('preset'); s.value = String(arguments[0]); s.dispatchEvent(new Event('change'));", index)

    def type_weights(weights):
        browser.execute_script("""
            for (const [node, w] of arguments[0]) {
              const box = document.getElementById('w' + node);
              box.value = String(w);
              box.dispatchEvent(new Event('input', {bubbles: true}));
            }""", weights)

    def check_view(label):
        rows = browser.execute_script(ROWS)
        json_text = decoded(browser.find_element("id", "download-json").get_attribute("href"))
        csv_text = decoded(browser.find_element("id", "download-csv").get_attribute("href"))
        weights = json.loads(json_text)["weights"]
        csv_rows = [line.split(",") for line in csv_text.strip().splitlines()[1:]]
        if {node: float(w) for node, w in csv_rows} != weights:
            findings.append(f"{label}: the CSV download differs from the JSON download")
        path = os.path.join(work, "weights.json")
        with open(path, "w", encoding="utf-8") as file:
            file.write(json_text)
        compare(label, rows, engine_scores(agile, store, registry, path, nodes[-1]["id"]), findings)
        return rows

    try:
        for index, name in enumerate(presets):
            set_preset(index)
            rows = check_view(f"{edition} preset '{name}'")
            if index == 0:
                published = {code: (score, rank) for code, score, rank in zip(data["units"], data["score"], data["rank"])}
                compare(f"{edition} preset '{name}' against the published scores", rows, published, findings)
        generator = random.Random(f"explore-{edition}")
        set_preset(0)
        for vector in range(vectors):
            weights = [[node, generator.uniform(0.05, 4.0)] for node in boxes]
            # One weight at 0 in every other vector: a part left out.
            if vector % 2 == 1:
                siblings = {}
                for node in boxes:
                    siblings.setdefault(nodes[node]["parent"], []).append(node)
                group = [members for members in siblings.values() if len(members) > 1]
                if group:
                    chosen = generator.choice(group)
                    zero = generator.choice(chosen)
                    weights = [[node, 0 if node == zero else w] for node, w in weights]
            type_weights(weights)
            label = f"{edition} random weights #{vector + 1} (seeded)"
            rows = check_view(label)
            shown = browser.execute_script(WEIGHTS)
            fragment = browser.execute_script("return location.hash")
            if not fragment.startswith("#set="):
                findings.append(f"{label}: the address carries no weights ({fragment!r})")
            browser.get("about:blank")
            browser.get(url + fragment)
            if browser.execute_script(WEIGHTS) != shown:
                findings.append(f"{label}: the weights read back from the fragment differ")
            if browser.execute_script(ROWS) != rows:
                findings.append(f"{label}: the scores after reopening at {fragment[:40]}… differ")
            if browser.execute_script("return location.hash") != fragment:
                findings.append(f"{label}: reopening rewrote the fragment")
        # A reader on a phone.
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 400, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        browser.get(url)
        width = browser.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if width[0] > width[1] + 0.5:
            findings.append(f"{edition} at 400 px: the page is {width[0]} px wide, wider than the viewport ({width[1]} px)")
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        for entry in browser.get_log("browser"):
            if entry.get("level") == "SEVERE":
                findings.append(f"{edition}: console error: {entry.get('message')}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_ties(browser, page_path, findings):
    """The tie rule, on the page with its data changed so that the two last countries of the
    published ranking have the values of the first: all three tie at rank 1, listed by code,
    and the next country ranks 4."""
    edition = os.path.basename(os.path.dirname(page_path))
    with open(page_path, encoding="utf-8") as file:
        html = file.read()
    start = html.index('id="explorer-data">\n') + len('id="explorer-data">\n')
    end = html.index("\n</script>", start)
    data = json.loads(html[start:end])
    order = sorted((r, i) for i, r in enumerate(data["rank"]) if r is not None)
    first, copies = order[0][1], [order[-1][1], order[-2][1]]
    for column in data["values"]:
        for row in copies:
            column[row] = column[first]
    text = json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    folder = tempfile.mkdtemp(prefix="explore-ties-")
    try:
        copy = os.path.join(folder, "explore.html")
        with open(copy, "w", encoding="utf-8") as file:
            file.write(html[:start] + text + html[end:])
        browser.get("file://" + copy)
        rows = browser.execute_script(ROWS)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    tied = sorted(data["units"][row] for row in [first] + copies)
    if [code for code, _, _ in rows[:3]] != tied or [rank for _, _, rank in rows[:4]] != [1, 1, 1, 4]:
        findings.append(f"{edition} ties: expected {tied} at rank 1 (by code), then rank 4; the page shows {rows[:4]}")


def check_without_scripts(browser, page_path, findings):
    edition = os.path.basename(os.path.dirname(page_path))
    browser.get("file://" + os.path.abspath(page_path))
    text = browser.find_element("tag name", "body").text
    if "The weights explorer needs scripts." not in text:
        findings.append(f"{edition} without scripts: no notice that the explorer needs scripts")
    if browser.find_element("id", "weights").is_displayed():
        findings.append(f"{edition} without scripts: the weight controls show")
    rows = browser.find_elements("css selector", "#rows tr")
    if not rows or rows[0].find_elements("tag name", "td")[0].text != "1":
        findings.append(f"{edition} without scripts: the published ranking does not show")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--agile", default=os.path.join(ROOT, ".build", "debug", "agile"))
    parser.add_argument("--reports", default=os.path.join(ROOT, "Reports"))
    parser.add_argument("--vectors", type=int, default=5)
    arguments = parser.parse_args()
    pages = sorted(glob.glob(os.path.join(arguments.reports, "*", "explore.html")))
    if not pages:
        print(f"explore_check: no */explore.html under {arguments.reports}", file=sys.stderr)
        return 2
    if not os.access(arguments.agile, os.X_OK):
        print(f"explore_check: no agile binary at {arguments.agile} (swift build first, or --agile PATH)", file=sys.stderr)
        return 2
    findings = []
    folder = tempfile.mkdtemp(prefix="explore-store-")
    try:
        store = temporary_store(os.path.abspath(arguments.agile), folder)
        try:
            browser = driver()
            quiet = driver(scripts=False)
        except Exception as error:  # the browser could not start
            print(f"explore_check: cannot start Chromium through {CHROMEDRIVER}: {error}", file=sys.stderr)
            return 2
        try:
            for page in pages:
                check_edition(browser, page, os.path.abspath(arguments.agile), store, arguments.vectors, findings)
                check_ties(browser, page, findings)
                check_without_scripts(quiet, page, findings)
        finally:
            browser.quit()
            quiet.quit()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for finding in findings:
        print(finding)
    print(f"explore_check: {len(pages)} explorer pages, {len(findings)} findings", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
