// Times one full scoring run (treat → normalise → aggregate → rank) against the numpy peer.
//
// Usage: swift run -c release agile-score-bench [--runs N] [--peer-reps N] [--no-peer]
//
// Cases (the numpy peer's, on the same inputs, in the same process run):
//   ASEM F      COINr's ASEM example, raw 51 × 49 with 63 missing: treat (COINr defaults) →
//               min-max [0, 100] → arithmetic mean at every level → ranks of every column
//   generated   195 countries × 39 indicators of the AGILE structure, 8 % missing, written by
//               the numpy peer's gen_data.py (AGILE_NUMPY_PEER, default ../shared/peers/numpy) and read through the COINr readers
//   editions    the 2024 and 2025 registries for 195 countries: scoring the 2025 edition alone
//               (selection, input, run) against comparing it with 2024 (EditionChange: four
//               scorings and the rows); target ≤ 2.5× (--edition-runs N, default 201)
// Each case runs once as a warm-up, then N times; the median time of one run is reported.
// The peer's bench.py is then run on the same two data sets and its medians are read back.

import AgileCore
import AgileIO
import BenchmarkSupport
import Foundation

let packageRoot = BenchmarkPaths.packageRoot
let peerFolder = BenchmarkPaths.numpyPeer

let arguments = BenchmarkArguments()
let runs = arguments.number("--runs", default: 2001)
let peerReps = arguments.number("--peer-reps", default: 7)
let runPeer = !arguments.has("--no-peer")
let editionRuns = arguments.number("--edition-runs", default: 201)

/// A framework (COINr defaults: treat, min-max [0, 100], arithmetic) and input read from a
/// COINr iData/iMeta pair.
func load(data: String, meta: String, countries: CountryCatalog) throws -> (ScoringPipeline, ScoringInput) {
    let dataset = try COINrDataset(meta: meta, data: data, countries: countries, year: 2024)
    var framework = dataset.framework
    for index in framework.indicators.indices { framework.indicators[index].denominator = nil }
    framework.method = Method(coverage: CoverageRule(countryMinimum: 0), imputation: .none)
    return (try ScoringPipeline(framework: framework), ScoringInput(framework: framework, observations: dataset.observations))
}

/// The median wall time of one run, in microseconds.
func time(_ pipeline: ScoringPipeline, _ input: ScoringInput) throws -> (median: Double, scores: Scores) {
    let clock = ContinuousClock()
    var scores = try pipeline.run(input)
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = clock.now
        scores = try pipeline.run(input)
        let elapsed = clock.now - start
        samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
    }
    samples.sort()
    return (samples[samples.count / 2], scores)
}

let countries = try CountryList.load(path: packageRoot + "/Indicators/iso3166-1.csv")
let asemFolder = packageRoot + "/Tests/Fixtures/coinr-asem"
let (asemPipeline, asemInput) = try load(data: asemFolder + "/raw_iData.csv", meta: asemFolder + "/iMeta.csv", countries: countries)

let work = FileManager.default.temporaryDirectory.appendingPathComponent("agile-score-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: work) }
let generated = work + "/gen195"
_ = Shell.run(["python3", peerFolder + "/gen_data.py", generated, "--units", "195"])
let (generatedPipeline, generatedInput) = try load(data: generated + "/iData.csv", meta: generated + "/iMeta.csv", countries: countries)

let asem = try time(asemPipeline, asemInput)
let gen = try time(generatedPipeline, generatedInput)

// The ASEM result against COINr's own variant-F export.
let reference = try CSVScanner(path: asemFolder + "/F_raw_all_defaults/dset_Aggregated.csv")
_ = try reference.nextRecord()
let header = (0..<reference.fieldCount).map(reference.string)
var compared = 0, identical = 0
while try reference.nextRow() {
    let unit = reference.string(0)
    for column in 1..<header.count {
        let expected = reference.string(column) == "NA" ? Double.nan : Double(reference.string(column))!
        let computed = asem.scores.aggregated[row: unit, column: header[column]]!
        compared += 1
        if computed == expected || (computed.isNaN && expected.isNaN) { identical += 1 }
    }
}

print("agile-score-bench: one full run = treat → normalise → aggregate → rank every column; median of \(runs) runs")
print("ASEM F vs COINr's export: \(identical) of \(compared) values bit-identical")
func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
func row(_ name: String, _ shape: String, _ micros: Double, _ peer: Double?) {
    let peerText = peer.map { String(format: "%10.1f µs  %6.1f×", $0, $0 / micros) } ?? "           –        –"
    print(padded(name, 22) + padded(shape, 8) + String(format: "%10.1f µs ", micros) + peerText)
}
var peerASEM: Double?, peerGenerated: Double?
if runPeer {
    let json = work + "/peer.json"
    let output = Shell.run(["python3", peerFolder + "/bench.py", "--data", generated, "--out", json, "--reps", String(peerReps)])
    FileHandle.standardError.write(Data(output.utf8))
    let results = (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])?["results_ms"] as? [String: [String: Double]] ?? [:]
    func median(_ prefix: String) -> Double? {
        results.first { $0.key.hasPrefix(prefix) && $0.key.hasSuffix("in-memory") }?.value["median_ms"].map { $0 * 1000 }
    }
    peerASEM = median("pipeline ASEM F")
    peerGenerated = median("pipeline generated")
}
print(padded("case", 22) + padded("shape", 8) + "  Swift median   numpy median    ratio")
row("pipeline ASEM F", "51×49", asem.median, peerASEM)
row("pipeline generated", "\(generatedInput.raw.rows.count)×\(generatedInput.raw.columns.count)", gen.median, peerGenerated)
let ratios = [peerASEM.map { $0 / asem.median }, peerGenerated.map { $0 / gen.median }].compactMap { $0 }
let peerTarget = ratios.isEmpty ? "not measured" : ratios.allSatisfy { $0 >= 5 } ? "met" : "missed"
print("targets: ASEM < 85 µs (\(asem.median < 85 ? "met" : "missed")), ≥ 5× the numpy peer (\(peerTarget))")

let editions = try editionComparisonCase(packageRoot: packageRoot, countries: countries, runs: editionRuns)
let editionRatio = editions.compare / editions.one
print("editions: 2025 alone (\(editions.units)×43) " + String(format: "%.1f µs", editions.one)
      + "; compared with 2024 (four scorings, rows) " + String(format: "%.1f µs: %.2f×", editions.compare, editionRatio)
      + " (target ≤ 2.5×: \(editionRatio <= 2.5 ? "met" : "missed")); median of \(editionRuns) runs")
