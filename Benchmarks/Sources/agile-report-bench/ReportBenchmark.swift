// Report benchmark: the whole site (Markdown + HTML, 195 country pages, ranking, methodology,
// audit, every chart) for 195 generated countries, with the share of the time spent in cmark
// and the time the audit page's analyses take.
//
// Usage: swift run -c release agile-report-bench [--runs N] [--framework REGISTRY] [--explorer FILE] [--digest]
//
// `--digest` also prints a digest of every file's path and content (FNV-1a, 64 bits), so that a
// change made for speed can be shown to leave the site byte for byte as it was.

import AgileCore
import AgileIO
import AgileReport
import AgileUseCases
import BenchmarkSupport
import Foundation

@main
struct ReportBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 5
        let registry = arguments.firstIndex(of: "--framework").map { arguments[$0 + 1] }
        let workspace = try registry.map { try Workspace(framework: $0) } ?? Workspace()
        var framework = workspace.framework
        // 195 countries of the ISO list (the 14 of the edition first), values on each scale.
        let edition = framework.participants.map(\.code)
        let others = workspace.countries.countries.map(\.alpha3).filter { !edition.contains($0) }
        framework.participants = (edition + others).prefix(195).map { Participant(code: $0) }
        var random = SplitMix(state: 195)
        var observations: [Observation] = []
        for participant in framework.participants {
            for indicator in framework.indicators where random.unit() >= 0.08 {
                let low = indicator.scale.minimum ?? 0, high = indicator.scale.maximum ?? 10_000
                let value = indicator.scale.integer ? (low + Double(Int(random.unit() * (high - low + 1)))).clamped(low, high)
                    : low + random.unit() * random.unit() * (high - low)
                observations.append(Observation(country: participant.code, indicator: indicator.id, year: 2023, value: value,
                                                source: "generated", provenance: Provenance(file: "generated", line: 1)))
            }
        }
        let selection = EditionSelection(framework: framework, observations: observations)
        let scores = try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: observations))
        var input = ReportInput(framework: framework, scores: scores, selection: selection, countries: workspace.countries,
                                illustrative: true, snapshot: "benchmark")
        // `--explorer FILE`: only the weights explorer of these countries (Benchmarks/explore_bench.py times it).
        if let out = arguments.firstIndex(of: "--explorer").map({ arguments[$0 + 1] }) {
            let templates = try ReportTemplates(sources: SiteReport.templateSources(in: "Templates"))
            guard let page = ReportSite(input: input, templates: templates).explorerPage() else { throw CocoaError(.featureUnsupported) }
            try page.content.write(toFile: out, atomically: true, encoding: .utf8)
            print("\(out): \(page.content.utf8.count) bytes, \(framework.participants.count) countries × \(framework.indicators.count) indicators")
            return
        }
        // The audit page's analyses exactly as `agile report` runs them (AgileUseCases' ReportAudit):
        // weights ×U(0.75, 1.25) at the dimensions and pillars, N = 1,000; a Saltelli sample of
        // N = 500 over the weights, the normalisation and the winsorisation limit; shares,
        // correlations, leave-one-out.
        let model = try AuditModel(framework: framework, input: ScoringInput(framework: framework, selection: selection, earlier: observations))
        let auditTime = try best(runs) { input.audit = try ReportAudit.compute(model, replications: 1000, seed: nil) }
        let templates = try ReportTemplates(sources: SiteReport.templateSources(in: "Templates"))
        let site = ReportSite(input: input, templates: templates)

        var files: [ReportSite.File] = []
        var renderCPU = 0.0, writeCPU = 0.0
        let render = best(runs, processor: &renderCPU) { files = site.files(formats: [.markdown, .html]) }
        let markdownPages = files.filter { $0.path.hasSuffix(".md") }.map(\.content)
        let renderer = MarkdownRenderer()
        let cmark = best(runs) { for page in markdownPages { _ = renderer.html(page) } }
        // A new folder each run, then the first one written again over itself: regenerating a
        // site whose pages did not change (SiteWriter links the unchanged files).
        let folder = NSTemporaryDirectory() + "agile-report-bench-\(getpid())"
        var written = 0
        let write = try best(runs, processor: &writeCPU) {
            written += 1
            try SiteWriter(destination: "\(folder)-\(written)").write(site: files)
        }
        let rewrite = try best(runs) { try SiteWriter(destination: "\(folder)-1").write(site: files) }
        for run in 1...written { try? FileManager.default.removeItem(atPath: "\(folder)-\(run)") }
        let bytes = files.reduce(0) { $0 + $1.content.utf8.count }
        print("Report site for \(framework.participants.count) countries × \(framework.indicators.count) indicators: \(files.count) files, \(String(format: "%.1f", Double(bytes) / 1e6)) MB (best of \(runs))")
        print("| work | seconds | processor seconds (all threads) |")
        print("|---|---:|---:|")
        print(String(format: "| render the site in memory (Markdown + HTML + SVG) | %.3f | %.3f |", render, renderCPU))
        print(String(format: "| of which cmark (the Markdown of every page through libcmark) | %.3f (%.0f %%) | |", cmark, 100 * cmark / render))
        print(String(format: "| write the site into a new folder (temporary folder, then rename) | %.3f | %.3f |", write, writeCPU))
        print(String(format: "| write it again over itself, nothing changed (unchanged files linked) | %.3f | |", rewrite))
        print(String(format: "| the audit page's analyses (N = 1,000 + 2,500 Saltelli runs + leave-one-out) | %.3f | |", auditTime))
        print(String(format: "| total: render and write into a new folder | %.3f (target < 1 s) | %.3f |", render + write, renderCPU + writeCPU))
        if arguments.contains("--digest") { print("site digest: \(digest(files))") }
    }

    /// FNV-1a (64 bits) over every file's path and content, in the site's order.
    static func digest(_ files: [ReportSite.File]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }
        for file in files {
            add(file.path.utf8)
            add([0])
            add(file.content.utf8)
            if let binary = file.binary { add(String(describing: binary).utf8) }
            add([0])
        }
        return String(hash, radix: 16)
    }

    /// The least wall time of `runs` runs of `work`, in seconds; the least processor time (all
    /// threads together) goes to `processor`.
    static func best(_ runs: Int, processor: inout Double, _ work: () throws -> Void) rethrows -> Double {
        var fastest = Double.infinity
        processor = .infinity
        for _ in 0..<max(1, runs) {
            let start = ContinuousClock.now, startCPU = processorTime()
            try work()
            let elapsed = ContinuousClock.now - start
            fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            processor = min(processor, (processorTime() - startCPU) / 1e3)
        }
        return fastest
    }

    static func best(_ runs: Int, _ work: () throws -> Void) rethrows -> Double {
        var processor = 0.0
        return try best(runs, processor: &processor, work)
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

extension Double {
    func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(Swift.max(self, low), high) }
}
