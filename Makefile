# The two commands of the README: `make run` (the main job on the bundled data) and `make test`.
SWIFT ?= swift
DB ?= .agile/sample.sqlite
AGILE = .build/release/agile
# Debian's Python, which has python3-selenium (a python3 earlier on PATH may not).
PYTHON ?= /usr/bin/python3
# The vintages the main job scores the 2024 edition with: as the sample stood before the
# illustrative revision in Data/agile-2024-revisions.csv (vintage 2025-06-01). Once the registry
# declares its publication date, scoring is as published by default and this can be emptied.
VINTAGES ?= --as-published

.PHONY: run test setup build bench clean

## Set up, build, and run the main job on the bundled sample data: every edition's site (as
## published) and the landing page land in Reports/. The latest edition is scored as published
## first, so that the illustrative self-assessment of Ghana is recorded against the very run its
## site is built from (the same data, method, weights and vintages are the same run).
run: setup build
	$(AGILE) validate Indicators/agile-2024.xml
	$(AGILE) ingest --db $(DB) Data/*.csv Data/*.xml Data/evidence/*.csv Data/evidence/vesta/results.json
	$(AGILE) ingest --db $(DB) --framework Indicators/agile-2025.xml Data/2025/*.csv
	$(AGILE) score --db $(DB) $(VINTAGES)
	$(AGILE) score --db $(DB) --edition 2025 --as-published --level index
	$(AGILE) assess --db $(DB) --edition 2025 Data/assess/gha-illustrative.csv
	$(AGILE) report --db $(DB) --out Reports --editions
	$(AGILE) compare --db $(DB) --editions 2024 2025

## Set up and run the whole test suite: the Swift tests, then the real-browser check of every
## page of Reports/ in headless Chromium at 1200 and 400 px (after its self-test on hostile
## fixtures), which also writes three screenshots into .build/browser-screenshots/.
test: setup
	$(SWIFT) test
	$(PYTHON) Tests/Browser/self_test.py
	$(PYTHON) Tests/Browser/check_site.py --screenshots .build/browser-screenshots Reports
	$(SWIFT) build --product agile && $(PYTHON) Tests/Browser/explore_check.py --agile .build/debug/agile

setup:
	@scripts/setup.sh

build:
	$(SWIFT) build -c release --product agile

## Benchmarks (release build): ingest against xmllint and Python's csv, one scoring run
## against the numpy peer, the report site for 195 countries, uncertainty analyses.
bench: setup
	$(SWIFT) build -c release
	.build/release/agile-bench
	.build/release/agile-score-bench
	.build/release/agile-report-bench
	.build/release/agile-audit-bench
	/usr/bin/python3 Benchmarks/explore_bench.py

clean:
	rm -rf .build .agile
