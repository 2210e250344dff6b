// The workbook of a run: a README sheet (method, illustrative flag), a sheet per level, the data used.

import AgileCore

/// The content of the `.xlsx` download of a site and of `agile score --format xlsx`: the same
/// values as ``SiteDownloads``' CSV files, one sheet per level.
///
/// - `README`: what the workbook is, the edition and its publication date, whether the data are
///   illustrative, the method step by step, the weights, the vintages, the data snapshot, the
///   agile that scored it, and a line per sheet.
/// - One sheet per level, top down (`Index`, `Pillars`, `Dimensions`, `Indicators` for AGILE):
///   the index sheet has rank, country, name, score, tier (and the match quadrant when the
///   registry declares one); the others a score and a rank column per node. Countries in rank order.
/// - `Data`: the value behind every indicator, with year, source, vintage and flags.
///
/// The created date is the edition's publication date (from the registry); without one, the
/// date of `SOURCE_DATE_EPOCH` (the report's date); without that, 1980-01-01, the date the zip
/// entries carry: never the clock.
public struct DownloadWorkbook {
    let input: ReportInput

    public init(input: ReportInput) {
        self.input = input
    }

    /// The date a workbook is dated when neither the registry nor `SOURCE_DATE_EPOCH` gives one.
    static let fallbackDate = CalendarDate(year: 1980, month: 1, day: 1)!

    /// The workbook's created date and where it comes from.
    var created: (date: CalendarDate, origin: String) {
        if let text = input.framework.publicationDate, let date = CalendarDate(text) {
            return (date, "the edition's publication date")
        }
        if let text = input.date, let date = CalendarDate(text) {
            return (date, "SOURCE_DATE_EPOCH")
        }
        return (Self.fallbackDate, "none given: the registry states no publication date and SOURCE_DATE_EPOCH is not set")
    }

    public var workbook: Workbook {
        let downloads = SiteDownloads(input: input)
        let levels = downloads.levelNodes
        var names: Set<String> = ["README", "Data"]
        var levelSheets: [Workbook.Sheet] = []
        for (position, level) in levels.enumerated() {
            var name = Workbook.sheetName(position == 0 ? MatchWording.capitalised(level.word) : MatchWording.capitalised(LevelWords(input.framework).plural(level.level)))
            if names.contains(name) { name = Workbook.sheetName("Level \(level.level)") }
            names.insert(name)
            levelSheets.append(position == 0 ? indexSheet(name: name, root: level.nodes.first) : levelSheet(name: name, nodes: level.nodes))
        }
        let sheets = [readme(levelSheets: levelSheets.map(\.name))] + levelSheets + [dataSheet(downloads)]
        return Workbook(title: "\(input.root?.name ?? "Index") \(input.framework.edition)", created: created.date, sheets: sheets)
    }

    /// Rank, country, name, score and tier (and quadrant) of every country, in rank order.
    private func indexSheet(name: String, root: (id: String, name: String)?) -> Workbook.Sheet {
        let scores = input.scores
        let wording = input.framework.method.match.map(MatchWording.init)
        let quadrants = Dictionary((scores.match ?? []).map { ($0.unit, $0.quadrant) }, uniquingKeysWith: { first, _ in first })
        let column = input.indexColumn
        var header = ["Rank", "Country", "Name", "\(root.map { "\($0.id) \($0.name)" } ?? "Index") score", "Tier"]
        if wording != nil { header.append("Quadrant") }
        let rows = input.unitsByRank.map { row -> [Workbook.Cell] in
            let code = scores.units[row]
            var cells: [Workbook.Cell] = [
                .number(scores.ranks[row, column]), .text(code), .text(input.name(code)), .number(scores.aggregated[row, column]),
                scores.tiers[row].map(Workbook.Cell.text) ?? .empty,
            ]
            if let wording { cells.append(quadrants[code].flatMap { $0 }.map { .text(wording.quadrantName($0)) } ?? .empty) }
            return cells
        }
        return Workbook.Sheet(name: name, header: header, rows: rows, widths: [6, 8, 28, 14, 16, 28])
    }

    /// Country, name, then each node's score and rank, in rank order on the index.
    private func levelSheet(name: String, nodes: [(id: String, name: String)]) -> Workbook.Sheet {
        let scores = input.scores
        let columns = nodes.map { input.column($0.id) }
        let header = ["Country", "Name"] + nodes.flatMap { ["\($0.id) \($0.name)", "\($0.id) rank"] }
        let rows = input.unitsByRank.map { row -> [Workbook.Cell] in
            let code = scores.units[row]
            return [.text(code), .text(input.name(code))] + columns.flatMap { column -> [Workbook.Cell] in
                guard let column else { return [.empty, .empty] }
                return [.number(scores.aggregated[row, column]), .number(scores.ranks[row, column])]
            }
        }
        return Workbook.Sheet(name: name, header: header, rows: rows, widths: [8, 28] + nodes.flatMap { _ in [14.0, 8] })
    }

    /// The data used, as the data CSV.
    private func dataSheet(_ downloads: SiteDownloads) -> Workbook.Sheet {
        let header = ["Country", "Name", "Indicator", "Indicator name", "Value", "Unit", "Year", "Source", "Vintage", "Flags"]
        let rows = downloads.dataCells.map { cell -> [Workbook.Cell] in
            [
                .text(cell.country), .text(input.name(cell.country)), .text(cell.indicator.id), .text(cell.indicator.name),
                cell.value.map(Workbook.Cell.number) ?? .empty, .text(cell.indicator.unit), cell.year.map { .number(Double($0)) } ?? .empty,
                .text(cell.source), .text(cell.vintage), .text(cell.flags.joined(separator: " ")),
            ]
        }
        return Workbook.Sheet(name: "Data", header: header, rows: rows, widths: [8, 28, 10, 40, 12, 12, 6, 40, 24, 20])
    }

    /// What the workbook is and how its numbers were made, a line per item.
    private func readme(levelSheets: [String]) -> Workbook.Sheet {
        let framework = input.framework
        let indexName = input.root?.name ?? "Index"
        var rows: [(String, String)] = [
            ("Index", "\(indexName) \(framework.edition) (\(framework.id): \(framework.name))"),
            ("Illustrative data", input.illustrative
                ? "YES. " + framework.publication.illustrativeResultsNote + " The values are invented samples: do not cite these numbers."
                : "no"),
            ("Published", framework.publicationDate.map { $0 + (framework.publicationDateReconstructed ? " (a reconstructed date)" : "") } ?? "not stated"),
            ("Workbook dated", "\(created.date) (\(created.origin))"),
            ("Countries", String(input.rankedCount) + " ranked"),
            ("Structure", structure),
            ("Weights", input.weightsText),
        ]
        rows += MethodologyPage.describe(framework.method, years: framework.years).map { ("Method", $0) }
        rows.append(("Scores", ScoreBasis(framework: framework).ranking))
        if let zero = input.zeroMeaning { rows.append(("Scores", zero)) }
        if let vintages = input.vintages { rows.append(("Vintages", vintages.sentence)) }
        if let snapshot = input.snapshot { rows.append(("Data snapshot", snapshot)) }
        rows.append(("Scored with", input.tool))
        for (position, sheet) in levelSheets.enumerated() {
            rows.append(("Sheet \(sheet)", position == 0
                ? "every country's rank, score and tier, in rank order"
                : "every country's score and rank on each of the \(sheet.lowercased()), in rank order on the index"))
        }
        rows.append(("Sheet Data", "the value behind every indicator score: year, source, vintage (the run's selection of values) and flags"))
        rows.append(("Flags", "missing: no value in the window; imputed: filled in by the method; winsorised or log: treated as an outlier; reconstructed or experimental: the indicator's status in the registry"))
        rows.append(("Text", "every text cell is a string, never a formula"))
        return Workbook.Sheet(name: "README", header: ["Item", "Value"], rows: rows.map { [.text($0.0), .text($0.1)] }, widths: [18, 120])
    }

    /// `4 pillars, 17 dimensions, 43 indicators`.
    private var structure: String {
        let framework = input.framework
        let words = LevelWords(framework)
        let aggregates = input.topLevel >= 2 ? (2...input.topLevel).reversed().map { words.count(framework.aggregates(atLevel: $0).count, $0) } : []
        return (aggregates + [words.count(framework.indicators.count, 1)]).joined(separator: ", ")
    }
}
