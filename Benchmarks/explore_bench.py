#!/usr/bin/python3
"""Benchmark of the weights explorer: re-ranking 195 countries × 43 indicators after a slider move, in Chromium.

    /usr/bin/python3 Benchmarks/explore_bench.py [--bench PATH] [--moves 50]

agile-report-bench (release, `--framework Indicators/agile-2025.xml --explorer FILE`) writes the
explorer page of 195 generated countries on the 2025 registry (the values it generates for its
site benchmark). The page must stay under 1 MB. It is then opened in headless Chromium
(--headless=new --no-sandbox, /usr/bin/chromedriver named explicitly) and a pillar slider is
moved `--moves` times; each move is timed inside the page from before the input event to after
the re-ranked table is laid out (the handler re-aggregates, re-ranks and re-orders the rows;
reading offsetHeight then forces the layout). Prints the median and the slowest move; target:
under 50 ms. Not a test: run by hand or by `make bench`.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT_BYTES = 1 << 20
TARGET_MS = 50

MOVES = """
const moves = arguments[0], slider = document.querySelector('#weights input[type=range]'), times = [];
for (let i = 0; i < moves; i++) {
  const start = performance.now();
  slider.value = String(0.5 + (i % 7) * 0.5);
  slider.dispatchEvent(new Event('input', {bubbles: true}));
  document.body.offsetHeight;
  times.push(performance.now() - start);
}
return times;
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "agile-report-bench"))
    parser.add_argument("--moves", type=int, default=50)
    arguments = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="explore-bench-")
    page = os.path.join(folder, "explore.html")
    subprocess.run([arguments.bench, "--framework", "Indicators/agile-2025.xml", "--explorer", page], cwd=ROOT, check=True)
    size = os.path.getsize(page)

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,900"):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        browser.get("file://" + page)
        units = browser.execute_script("return window.agileExplorer.units.length")
        browser.execute_script(MOVES, 5)  # warm up
        times = browser.execute_script(MOVES, arguments.moves)
    finally:
        browser.quit()
        os.remove(page)
        os.rmdir(folder)
    median, slowest = statistics.median(times), max(times)
    print(f"explore.html for {units} countries: {size:,} bytes ({size / LIMIT_BYTES:.2f} MiB; limit 1 MiB)")
    print(f"re-rank after a slider move, {len(times)} moves: median {median:.2f} ms, slowest {slowest:.2f} ms (target < {TARGET_MS} ms)")
    failed = size >= LIMIT_BYTES or median >= TARGET_MS
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
