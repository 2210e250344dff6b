// Reader of the generic evidence CSV: one benchmark result per row (MVPBench, SciRisk-Bench, …).

import AgileCore

/// Reads benchmark results written in the toolkit's generic evidence format:
///
/// ```
/// # illustrative: made-up values
/// benchmark,model,country,dimension,sub_dimension,context,metric,value,n
/// mvpbench,GPT-4o,USA,safety,,,alignment-accuracy,0.71,320
/// scirisk,DeepSeek-V3,,dual-use,chemistry,,asr,0.34,53
/// ```
///
/// Every row is checked against the benchmark registry: the benchmark, its dimension (or
/// `overall`), sub-dimension (a sub-category of the dimension, a discipline, or a demographic
/// slice `field:value`), context and metric must be declared; the value is a rate 0–1; `n`, when
/// given, a whole number of cases from 1 to ``CaseCount/maximum`` (10⁹). The country (alpha-3
/// or alpha-2) is required for per-country benchmarks (MVPBench: the annotators' country) and
/// must be empty for the others, whose results reach countries through the model's developer. A
/// second, different value for the same cell is an error; an identical repeat is ignored.
public struct EvidenceCSVReader {
    /// The columns of the format, in the order the toolkit writes them.
    public static let columns = ["benchmark", "model", "country", "dimension", "sub_dimension", "context", "metric", "value", "n"]
    static let expectedHeader = "expected the columns benchmark, model, country, dimension, sub_dimension, context, metric, value, n"

    public var benchmarks: BenchmarkRegistry
    public var countries: CountryCatalog
    public var limits: CSVLimits

    public init(benchmarks: BenchmarkRegistry, countries: CountryCatalog, limits: CSVLimits = CSVLimits()) {
        self.benchmarks = benchmarks
        self.countries = countries
        self.limits = limits
    }

    /// Whether the first line of a file (after comments) is this format's header.
    public static func recognises(head: [UInt8]) -> Bool {
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let header = text.split(separator: "\n", omittingEmptySubsequences: true)
            .first { !$0.hasPrefix("#") }?
            .split(separator: ",").map { String($0).trimmingCharacters(in: " \t\r").lowercased() }
        return header.map { Set($0) == Set(columns) } ?? false
    }

    /// Reads and checks every row of the file at `path`.
    /// - Throws: ``InputError`` at the first bad row; nothing is returned in part.
    public func read(path: String) throws(InputError) -> EvidenceFile {
        try read(file: InputFile(path: path))
    }

    /// Reads and checks every row of a file already open, from where it stands; a file with a
    /// header and no rows gives a warning.
    public func read(file: InputFile) throws(InputError) -> EvidenceFile {
        let scanner = CSVScanner(file: file, limits: limits, allowsComments: true)
        let header = try CSVHeader.read(from: scanner, expected: Self.expectedHeader)
        let column = try header.positions(of: Self.columns, in: "the evidence CSV format", expected: Self.expectedHeader)
        scanner.fieldNames = header.names
        var records: [EvidenceRecord] = []
        var seen: [EvidenceCell: Int] = [:]
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            let record = try self.record(scanner, column)
            let cell = EvidenceCell(record)
            if let earlier = seen[cell] {
                let first = records[earlier]
                if first.value != record.value || first.n != record.n {
                    throw InputError(
                        .duplicate, record.provenance, field: "value", value: scanner.string(column[7]),
                        problem: "is a second result for \(cell) (line \(first.provenance.line) gives \(Scale.format(first.value))\(first.n.map { ", n \($0)" } ?? ""))",
                        expected: "expected one result per benchmark, model, country, dimension, sub-dimension, context and metric")
                }
                continue
            }
            seen[cell] = records.count
            records.append(record)
        }
        let warnings = records.isEmpty ? ["\(Printable.name(file.path)): no values: the file has a header but no rows"] : []
        return EvidenceFile(format: "evidence-csv", records: records, warnings: warnings, illustrative: scanner.illustrative)
    }

    private func record(_ scanner: CSVScanner, _ column: [Int]) throws(InputError) -> EvidenceRecord {
        func text(_ index: Int) -> String { scanner.string(column[index]).trimmingCharacters(in: " \t") }
        func location(_ index: Int) -> Provenance { scanner.location(column[index]) }
        func fail(_ kind: InputError.Kind, _ index: Int, _ problem: String, _ expected: String? = nil) -> InputError {
            InputError(kind, location(index), field: Self.columns[index], value: scanner.string(column[index]), problem: problem, expected: expected)
        }
        let known = benchmarks.benchmarks.map(\.id).joined(separator: ", ")
        guard let benchmark = benchmarks.benchmark(text(0)) else {
            throw fail(text(0).isEmpty ? .missingValue : .unknownCode, 0, text(0).isEmpty ? "is empty" : "is not a benchmark of the registry", "expected one of \(known)")
        }
        let model = text(1)
        guard !model.isEmpty else { throw fail(.missingValue, 1, "is empty", "expected the model's name as the benchmark spells it") }
        var country = ""
        if benchmark.perCountry {
            guard let code = countries.alpha3(for: text(2)) else {
                throw fail(text(2).isEmpty ? .missingValue : .unknownCode, 2, text(2).isEmpty ? "is empty" : "is not an ISO 3166-1 country code",
                           "benchmark \(benchmark.id) reports per country: expected the annotators' country, e.g. USA")
            }
            country = code
        } else if !text(2).isEmpty {
            throw fail(.inconsistent, 2, "is given, but benchmark \(benchmark.id) does not report per country",
                       "expected an empty country: the results reach countries through the model's developer")
        }
        let dimension = text(3)
        let dimensions = benchmark.dimensions.map(\.id)
        guard dimension == "overall" || dimensions.contains(dimension) else {
            throw fail(dimension.isEmpty ? .missingValue : .unknownCode, 3, dimension.isEmpty ? "is empty" : "is not a dimension of benchmark \(benchmark.id)",
                       "expected overall or one of \(dimensions.joined(separator: ", "))")
        }
        let sub = text(4)
        if !sub.isEmpty, !Self.accepts(subDimension: sub, of: dimension, in: benchmark) {
            throw fail(.unknownCode, 4, "is not a sub-dimension of \(dimension) in benchmark \(benchmark.id)", Self.expectedSubDimension(of: dimension, in: benchmark))
        }
        let context = text(5)
        if !context.isEmpty, benchmark.context(context) == nil {
            throw fail(.unknownCode, 5, "is not a context of benchmark \(benchmark.id)",
                       benchmark.contexts.isEmpty ? "expected an empty context" : "expected one of \(benchmark.contexts.map(\.id).joined(separator: ", "))")
        }
        guard text(6) == benchmark.metric else {
            throw fail(text(6).isEmpty ? .missingValue : .unknownCode, 6, text(6).isEmpty ? "is empty" : "is not the metric of benchmark \(benchmark.id)", "expected \(benchmark.metric)")
        }
        guard let value = DecimalNumber.parse(text(7)), value.isFinite else {
            throw fail(text(7).isEmpty ? .missingValue : .notANumber, 7, text(7).isEmpty ? "is empty" : "is not a number", "expected a rate 0–1")
        }
        guard value >= 0, value <= 1 else { throw fail(.outOfRange, 7, "is outside 0–1", "expected a rate 0–1 (\(benchmark.metric), not a percentage)") }
        var n: Int?
        let cases = text(8)
        if !cases.isEmpty {
            let digits = cases.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
            guard digits, cases.utf8.contains(where: { $0 != 48 }) else {
                // Only zeros: a whole number, below 1.
                throw fail(digits ? .outOfRange : .notANumber, 8, "is not a whole number ≥ 1", "expected the number of cases behind the rate, or empty when unknown")
            }
            guard let count = Int(cases), count <= CaseCount.maximum else {
                throw fail(.outOfRange, 8, "is more than \(CaseCount.maximumText) cases",
                           "expected a whole number of cases 1–\(CaseCount.maximumText) behind the rate, or empty when unknown")
            }
            n = count
        }
        return EvidenceRecord(
            benchmark: benchmark.id, model: model, country: country, dimension: dimension, subDimension: sub,
            context: context, metric: benchmark.metric, value: value, n: n, provenance: location(7))
    }

    /// A sub-category of the dimension, a discipline, or a demographic slice `field:value`.
    static func accepts(subDimension sub: String, of dimension: String, in benchmark: EvidenceBenchmark) -> Bool {
        if benchmark.dimension(dimension)?.subs.contains(where: { $0.id == sub }) == true { return true }
        if benchmark.disciplines.contains(where: { $0.id == sub }) { return true }
        if let colon = sub.firstIndex(of: ":") {
            let field = String(sub[..<colon])
            return benchmark.demographics.contains { $0.id == field } && sub.index(after: colon) != sub.endIndex
        }
        return false
    }

    static func expectedSubDimension(of dimension: String, in benchmark: EvidenceBenchmark) -> String {
        var choices: [String] = benchmark.dimension(dimension)?.subs.map(\.id) ?? []
        choices += benchmark.disciplines.map(\.id)
        var text = choices.isEmpty ? "expected empty" : "expected empty or one of \(choices.joined(separator: ", "))"
        if !benchmark.demographics.isEmpty {
            text += ", or a demographic slice such as \(benchmark.demographics[0].id):18-29"
        }
        return text
    }
}
