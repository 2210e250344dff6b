# The two commands of the README: `make run` (the main job on the bundled data) and `make test`.
SWIFT ?= swift
DB ?= .agile/sample.sqlite
AGILE = .build/release/agile
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

## Set up and run the whole test suite.
test: setup
	$(SWIFT) test
	$(SWIFT) build --product agile && /usr/bin/python3 Tests/Browser/explore_check.py --agile .build/debug/agile

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
