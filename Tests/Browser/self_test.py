#!/usr/bin/python3
"""Proves check_site.py fails where it should: runs it on Tests/Browser/fixtures (one browser for
every fixture) and expects, per hostile page, exactly its findings, and none on clean.html (what
the check must allow: scrolling containers, turned labels, stacked lines, hatched cells, links to
ids a script adds, addresses outside).

    /usr/bin/python3 Tests/Browser/self_test.py

Exit status 0 when the output is exactly as expected, 1 otherwise (with what was missing or
unexpected).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")

# Every finding line the check must print, as (page, width, what, the start of the detail).
EXPECTED = [
    ("overflow.html", 1200, "overflow",
     'the page is 1508 px wide in a 1200 px viewport: div#too-wide "A block wider than any viewport the check uses" reaches 1508 px'),
    ("overflow.html", 400, "overflow",
     'the page is 1508 px wide in a 400 px viewport: div#too-wide "A block wider than any viewport the check uses" reaches 1508 px'),
    ("svg-overlap.html", 1200, "svg text overlap", 'svg 1 "Overlapping labels": "Alpha" overlaps "Beta"'),
    ("svg-outside.html", 1200, "svg text outside", 'svg 1 "A label cut at the edge": "Far too long a label" spans 150.0,'),
    ("heatmap-contrast.html", 1200, "contrast",
     'svg 1 "Low-contrast cell": "41 %" 1.26:1 (text rgb(136,136,136) on cell rgb(119,119,119))'),
    ("broken-link.html", 1200, "broken link",
     'a "one that is not" → missing-page.html: no file Tests/Browser/fixtures/missing-page.html'),
    ("broken-anchor.html", 1200, "broken anchor",
     'a "to no id on this page" → #nowhere: no id "nowhere" in Tests/Browser/fixtures/broken-anchor.html'),
    ("broken-anchor.html", 1200, "broken anchor",
     'a "to no id on another page" → clean.html#no-such-section: no id "no-such-section" in Tests/Browser/fixtures/clean.html'),
    ("console-error.html", 1200, "console error", "file://"),
]
# The console message must also carry the script's own text.
CONSOLE_TEXT = '"fixture: deliberate console error"'


def main():
    root = os.path.dirname(os.path.dirname(HERE))
    run = subprocess.run([sys.executable, os.path.join(HERE, "check_site.py"), os.path.relpath(FIXTURES, root)],
                         cwd=root, capture_output=True, text=True, timeout=300)
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    problems = []
    if run.returncode != 1:
        problems.append(f"exit status {run.returncode}, expected 1 (stderr: {run.stderr.strip()})")
    unmatched = list(lines)
    for page, width, what, detail in EXPECTED:
        prefix = f"Tests/Browser/fixtures/{page} @{width}px: {what}: {detail}"
        match = next((line for line in unmatched if line.startswith(prefix)), None)
        if match is None:
            problems.append(f"missing: {prefix}…")
            continue
        unmatched.remove(match)
        if what == "console error" and CONSOLE_TEXT not in match:
            problems.append(f"console error without the script's message {CONSOLE_TEXT}: {match}")
    problems += [f"unexpected: {line}" for line in unmatched]
    pages = sorted(name for name in os.listdir(FIXTURES) if name.endswith(".html"))
    untested = [name for name in pages if name != "clean.html" and name not in {e[0] for e in EXPECTED}]
    problems += [f"fixture {name} has no expected finding" for name in untested]
    if problems:
        print("self_test: check_site.py on Tests/Browser/fixtures:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"self_test: check_site.py finds exactly the {len(EXPECTED)} expected problems in {len(pages) - 1} "
          f"hostile fixtures and none in clean.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
