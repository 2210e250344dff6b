// The downloads of a site: every level's scores and the data used, as CSV and as one workbook.

import AgileCore

/// What a reader takes away from an edition's site, in `downloads/`, linked from the ranking
/// and the methodology:
///
/// - `ID-scores.csv`: a row per country and node (index, pillars, dimensions, indicators):
///   `country,country_name,level,code,name,score,rank,ranked,illustrative`, countries in rank order,
///   nodes top down in the registry's order; scores in full precision.
/// - `ID-data.csv`: a row per country and indicator, the value the run used:
///   `country,country_name,indicator,indicator_name,value,unit,year,source,vintage,flags,illustrative`.
/// - `ID.xlsx`: the same as a workbook (``DownloadWorkbook``): a README sheet, a sheet per level,
///   the data used.
///
/// `ID` is the registry's id (`agile-2025`). Text cells go through ``CSVText/cell(_:)`` (no cell
/// a spreadsheet runs as a formula); numbers are plain decimals (``PlainDecimal``), missing ones
/// empty; the same run gives the same bytes.
public struct SiteDownloads {
    let input: ReportInput

    public init(input: ReportInput) {
        self.input = input
    }

    /// The folder of the downloads inside the site.
    static let folder = "downloads"

    /// The stem of the file names: the registry's id, with any character a site path does not
    /// allow made `-`.
    var stem: String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        let stem = String(input.framework.id.map { allowed.contains($0) ? $0 : "-" }.prefix(64))
        return stem.isEmpty || stem.allSatisfy({ $0 == "-" }) ? "index-\(input.framework.edition)" : stem
    }

    /// The scores CSV's file name.
    public var scoresName: String { "\(stem)-scores.csv" }
    /// The data CSV's file name.
    public var dataName: String { "\(stem)-data.csv" }
    /// The workbook's file name.
    public var workbookName: String { "\(stem).xlsx" }

    /// The three files, paths inside the site.
    public var files: [ReportSite.File] {
        [
            ReportSite.File(path: "\(Self.folder)/\(scoresName)", content: scoresCSV),
            ReportSite.File(path: "\(Self.folder)/\(dataName)", content: dataCSV),
            ReportSite.File(path: "\(Self.folder)/\(workbookName)", binary: .workbook(DownloadWorkbook(input: input).workbook)),
        ]
    }

    /// The links a page's template shows (`downloads.scores`, `downloads.data`,
    /// `downloads.workbook`, and `downloads.note` on illustrative data).
    var links: [String: String] {
        var links = ["scores": "\(Self.folder)/\(scoresName)", "data": "\(Self.folder)/\(dataName)", "workbook": "\(Self.folder)/\(workbookName)"]
        if input.illustrative { links["note"] = "As on these pages, the values are illustrative, and every file says so." }
        return links
    }

    /// The scores of every level, one row per country and node.
    public var scoresCSV: String {
        let scores = input.scores
        var lines = ["country,country_name,level,code,name,score,rank,ranked,illustrative"]
        let nodes = levelNodes.flatMap { level in level.nodes.map { (level: level.word, id: $0.id, name: $0.name) } }
        let columns = nodes.map { input.column($0.id) }
        for row in input.unitsByRank {
            let code = scores.units[row]
            for (node, column) in zip(nodes, columns) {
                guard let column else { continue }
                lines.append([
                    CSVText.cell(code), CSVText.cell(input.name(code)), CSVText.cell(node.level), CSVText.cell(node.id), CSVText.cell(node.name),
                    Self.number(scores.aggregated[row, column]), Self.number(scores.ranks[row, column]),
                    String(input.rankedCount(column)), String(input.illustrative),
                ].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The data used, one row per country and indicator.
    public var dataCSV: String {
        var lines = ["country,country_name,indicator,indicator_name,value,unit,year,source,vintage,flags,illustrative"]
        for cell in dataCells {
            lines.append([
                CSVText.cell(cell.country), CSVText.cell(input.name(cell.country)), CSVText.cell(cell.indicator.id),
                CSVText.cell(cell.indicator.name), cell.value.map(Self.number) ?? "", CSVText.cell(cell.indicator.unit),
                cell.year.map(String.init) ?? "", CSVText.cell(cell.source), CSVText.cell(cell.vintage),
                CSVText.cell(cell.flags.joined(separator: " ")), String(input.illustrative),
            ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The levels top down (the index first), each with its word (`index`, `pillar`) and nodes
    /// in the registry's order.
    var levelNodes: [(level: Int, word: String, nodes: [(id: String, name: String)])] {
        let framework = input.framework
        let words = LevelWords(framework)
        return (1...max(1, framework.depth)).reversed().map { level in
            let nodes = level == 1 ? framework.indicators.map { ($0.id, $0.name) } : framework.aggregates(atLevel: level).map { ($0.id, $0.name) }
            return (level, words.singular(level), nodes)
        }
    }

    /// One value the run used (or its absence), with what the pages say of it.
    struct DataCell {
        var country: String
        var indicator: Indicator
        var value: Double?
        var year: Int?
        var source: String
        var vintage: String
        /// `missing`, `imputed`, `winsorised` or `log`, `reconstructed`, `experimental`.
        var flags: [String]
    }

    /// Every scored country (by code) × every indicator (the registry's order).
    var dataCells: [DataCell] {
        let scores = input.scores
        let imputed = Set(scores.imputations.map { "\($0.unit) \($0.indicator)" })
        let treated = Dictionary(scores.treatedPoints.map { ("\($0.unit) \($0.indicator)", $0) }, uniquingKeysWith: { first, _ in first })
        var cells: [DataCell] = []
        for country in scores.units.sorted() {
            for indicator in input.framework.indicators {
                let observation = input.selection[country: country, indicator: indicator.id]
                let key = "\(country) \(indicator.id)"
                var flags: [String] = []
                if observation?.value == nil { flags.append("missing") }
                if imputed.contains(key) { flags.append("imputed") }
                if let point = treated[key] { flags.append(point.logTransformed ? "log" : "winsorised") }
                if indicator.status == .reconstructed { flags.append("reconstructed") }
                if indicator.status == .experimental { flags.append("experimental") }
                let observed = observation?.value != nil
                cells.append(DataCell(
                    country: country, indicator: indicator, value: observation?.value, year: observation?.year,
                    source: observed ? IndicatorValueText.source(observation.map { $0.source.isEmpty ? indicator.source : $0.source } ?? indicator.source, observed: true, illustrative: input.illustrative) : "",
                    vintage: observed ? input.vintages?.description ?? "" : "", flags: flags))
            }
        }
        return cells
    }

    /// A number in full precision, empty when missing.
    static func number(_ value: Double) -> String {
        value.isFinite ? PlainDecimal.text(value) : ""
    }
}
