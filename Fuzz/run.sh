#!/usr/bin/env bash
# Builds the fuzz targets (libFuzzer + AddressSanitizer) and runs one for a given time.
#
#   Fuzz/run.sh list              the targets
#   Fuzz/run.sh TARGET SECONDS    build if needed, then fuzz TARGET for SECONDS (one worker, nice 19)
#
# The corpus grows in Fuzz/work/TARGET/corpus (kept between runs, git-ignored), seeded from the
# test fixtures; a finding (crash, hang, sanitizer report, unclear error) lands in
# Fuzz/work/TARGET/findings/. Extra libFuzzer options may follow SECONDS. FUZZ_SKIP_BUILD=1
# runs the binaries as last built (while the sources are being edited).
set -euo pipefail

fuzz="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz")"
scratch="$root/.build-fuzz"

# Each target's seeds (globs under the root) and dictionary (Fuzz/dict/NAME.dict).
csv_seeds_long="Tests/Fixtures/csv/long-*.csv Tests/Fixtures/malformed/long-*.csv Tests/Fixtures/store/*.csv Data/agile-2024-long.csv"
csv_seeds_wide="Tests/Fixtures/csv/wide-*.csv Tests/Fixtures/malformed/wide-*.csv Data/agile-2024-wide.csv"
csv_seeds_wb="Tests/Fixtures/csv/wb-*.csv Tests/Fixtures/malformed/wb-*.csv Data/API_*.csv"
csv_seeds_coinr="Tests/Fixtures/csv/coinr-*.csv Tests/Fixtures/malformed/coinr-*.csv Tests/Fixtures/coinr-asem/raw_iData.csv"
xml_seeds_country="Tests/Fixtures/xml/country-*.xml Tests/Fixtures/malformed/xml-*.xml Data/agile-2024-instruments.xml"
xml_seeds_wb="Tests/Fixtures/xml/worldbank-*.xml Tests/Fixtures/malformed/wbxml-*.xml Data/worldbank-*.xml"
seeds() {
    case "$1" in
        LongCSV) echo "csv|$csv_seeds_long" ;;
        WideCSV) echo "csv|$csv_seeds_wide" ;;
        WorldBankCSV) echo "csv|$csv_seeds_wb" ;;
        COINrData) echo "csv|$csv_seeds_coinr" ;;
        COINrMeta) echo "csv|Tests/Fixtures/coinr-asem/iMeta.csv Tests/Fixtures/malformed/coinrmeta-*.csv" ;;
        CountryXML) echo "xml|$xml_seeds_country" ;;
        WorldBankXML) echo "xml|$xml_seeds_wb" ;;
        Registry) echo "xml|Indicators/agile-2024.xml Indicators/agile-2025.xml Tests/Fixtures/registry/*.xml Tests/Fixtures/registry/lineage/*.xml Tests/Fixtures/malformed/registry-*.xml Tests/Fixtures/malformed/lineage-*.xml" ;;
        EvidenceCSV) echo "csv|Data/evidence/*.csv Tests/Fixtures/evidence/*.csv Tests/Fixtures/malformed/evidence-*.csv" ;;
        ModelRegistry) echo "csv|Indicators/models.csv Tests/Fixtures/malformed/models-*.csv" ;;
        BenchmarkRegistry) echo "xml|Indicators/benchmarks.xml Tests/Fixtures/malformed/benchmarks-*.xml" ;;
        VestaScoresCSV) echo "csv|Tests/Fixtures/vesta/*.csv Tests/Fixtures/vesta/*/*.csv" ;;
        VestaScoresJSON) echo "json|Tests/Fixtures/vesta/*.json Tests/Fixtures/vesta/*/*.json" ;;
        VestaResults) echo "json|Tests/Fixtures/vesta/*.json Tests/Fixtures/vesta/*/*.json Tests/Fixtures/vesta/*/*/*.json" ;;
        DetectRead) echo "csv xml|$csv_seeds_long $csv_seeds_wide $csv_seeds_wb $csv_seeds_coinr $xml_seeds_country $xml_seeds_wb" ;;
        *) return 1 ;;
    esac
}

targets() { sed -n '/^let fuzzTargets = \[/,/^\]/p' "$fuzz/Package.swift" | grep -o '"[A-Za-z0-9]*"' | tr -d '"'; }

usage() {
    echo "usage: Fuzz/run.sh list | Fuzz/run.sh TARGET SECONDS [libFuzzer options…]" >&2
    exit 2
}

[ $# -ge 1 ] || usage
if [ "$1" = list ]; then
    targets
    exit 0
fi
[ $# -ge 2 ] || usage
target="$1"
seconds="$2"
shift 2
targets | grep -qx "$target" || { echo "unknown target '$target'; Fuzz/run.sh list names them" >&2; exit 2; }
spec="$(seeds "$target")" || { echo "no seeds declared for '$target' in Fuzz/run.sh" >&2; exit 2; }
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    echo "== building the fuzz targets (release, -sanitize=fuzzer,address) into .build-fuzz"
    # SwiftPM keeps the build plan of the root package (a path dependency) and misses source
    # files added to it since; dropping the plan makes it look again (the compiled objects stay).
    rm -f "$scratch/release.yaml"
    nice -n 19 swift build --package-path "$fuzz" --scratch-path "$scratch" -c release \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 | grep -v '^\[' || true
fi
binary="$scratch/release/$target"
[ -x "$binary" ] || { echo "build failed: no $binary" >&2; exit 1; }

work="$fuzz/work/$target"
mkdir -p "$work/corpus" "$work/seeds" "$work/findings"
cd "$root"
for file in ${spec#*|}; do
    [ -f "$file" ] && cp "$file" "$work/seeds/"
done
dict="$work/$target.dict"
: > "$dict"
for name in ${spec%%|*}; do cat "$fuzz/dict/$name.dict" >> "$dict"; done

before="$(ls "$work/findings" | wc -l)"
log="$work/last-run.log"
echo "== fuzzing $target for $seconds s (log: ${log#"$root"/})"
set +e
nice -n 19 "$binary" "$work/corpus" "$work/seeds" \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -dict="$dict" -artifact_prefix="$work/findings/" -print_final_stats=1 "$@" > "$log" 2>&1
status=$?
set -e

runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")"
corpus="$(ls "$work/corpus" | wc -l)"
bytes="$(du -sk "$work/corpus" | cut -f1)"
echo "target:     $target"
echo "seconds:    $seconds"
echo "executions: ${runs:-?} (${speed:-?} per second)"
echo "corpus:     $(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -1 | cut -c7-) inputs in memory, $corpus files ($bytes KiB) in ${work#"$root"/}/corpus ($(grep -o 'cov: [0-9]*' "$log" | tail -1) edges)"
after="$(ls "$work/findings" | wc -l)"
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    echo "findings:   $((after - before)) new (exit status $status):"
    ls -t "$work/findings" | head -n "$((after - before))" | sed "s|^|  ${work#"$root"/}/findings/|"
    grep -m 3 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|Fatal error|fuzz: ' "$log" | sed 's/^/  /'
    exit 1
fi
echo "findings:   none"
