// Reader of COINr's iMeta table: turns it into a Framework (indicators, aggregates, denominators).

import AgileCore

/// Reads a COINr `iMeta` table (as COINr 1.x writes it with `write.csv`):
///
/// ```
/// "Level","iCode","iName","Direction","Weight","Unit","Target","Denominator","Parent","Type"
/// 1,"LPI","Logistics Performance Index",1,1,"Score 1-5",4.118,NA,"Physical","Indicator"
/// 2,"Physical","Physical",1,1,"Score",NA,NA,"Conn","Aggregate"
/// NA,"GDP","GDP",NA,NA,"USD Bn",NA,NA,NA,"Denominator"
/// ```
///
/// - `Indicator` rows (level 1) become indicators of type `index` with an unbounded scale;
///   `Direction` 1 / −1 gives the polarity, `Weight` the weight, `Target` the target override and
///   `Denominator` the denominator.
/// - `Aggregate` rows (level 2 and up) become aggregates under their `Parent`; the one with
///   `Parent` NA is the root, the index.
/// - `Denominator` rows become denominators; `Group` and `Other` rows are remembered as columns
///   of `iData` that hold no data.
///
/// - `goalpost_lower`, `goalpost_upper`, `goalpost_scale` and `goalpost_trunc2posts` (the
///   columns COINr's `n_goalposts` reads with `use_iMeta`) give an indicator its
///   ``Goalposts``: lower below upper whatever the `Direction` (a `-1` indicator is flipped as
///   COINr flips it), on the treated values (as COINr); the scale (NA: the run's, else 100) and
///   truncation (`TRUE`/`FALSE`, NA: `TRUE`). Both posts NA: none declared.
///
/// Columns are found by name (without case); `iCode`, `Level`, `Parent` and `Type` are
/// required, other columns COINr may add are ignored. `NA` or an empty cell means "none".
public struct COINrMetaReader {
    /// The id given to the framework.
    public var id: String
    /// Names of the levels from the indicators up; by default `Indicator`, `Level 2`, … and
    /// `Index` for the top level.
    public var levelNames: [String]?
    /// Record size limits (1 MiB per record, 10,000 fields by default).
    public var limits: CSVLimits

    /// A reader that names the framework `id`.
    public init(id: String = "coinr", levelNames: [String]? = nil, limits: CSVLimits = CSVLimits()) {
        self.id = id
        self.levelNames = levelNames
        self.limits = limits
    }

    static let expectedHeader = "expected the iMeta columns Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type"
    static let types = ["Indicator", "Aggregate", "Group", "Denominator", "Other"]

    /// A cell reference kept for the checks made once the whole table is read.
    private struct Cell {
        var text: String
        var location: Provenance
    }

    /// Reads the table at `path`.
    /// - Throws: ``InputError`` for a malformed table: unknown type, bad level, direction or
    ///   weight, a code declared twice, a parent or denominator that is not declared, no root
    ///   or two roots.
    public func read(path: String) throws(InputError) -> COINrMeta {
        try read(CSVScanner(path: path, limits: limits), path: path)
    }

    /// Reads a table held in memory (a registry the store kept with a run); `name` stands for
    /// its path in errors.
    public func read(bytes: [UInt8], name: String) throws(InputError) -> COINrMeta {
        try read(CSVScanner(bytes: bytes, name: name, limits: limits), path: name)
    }

    private func read(_ scanner: CSVScanner, path: String) throws(InputError) -> COINrMeta {
        let header = try CSVHeader.read(from: scanner, expected: Self.expectedHeader)
        try header.checkUnique()
        func required(_ name: String) throws(InputError) -> Int {
            guard let index = header.index(of: name) else { throw header.missing(name, expected: Self.expectedHeader) }
            return index
        }
        let codeColumn = try required("iCode")
        let levelColumn = try required("Level")
        let parentColumn = try required("Parent")
        let typeColumn = try required("Type")
        let nameColumn = header.index(of: "iName")
        let directionColumn = header.index(of: "Direction")
        let weightColumn = header.index(of: "Weight")
        let unitColumn = header.index(of: "Unit")
        let targetColumn = header.index(of: "Target")
        let denominatorColumn = header.index(of: "Denominator")
        let lowerColumn = header.index(of: "goalpost_lower")
        let upperColumn = header.index(of: "goalpost_upper")
        let scaleColumn = header.index(of: "goalpost_scale")
        let truncateColumn = header.index(of: "goalpost_trunc2posts")
        scanner.fieldNames = header.names
        let names = header.names

        func text(_ column: Int?) -> String? {
            guard let column else { return nil }
            let value = Substring(scanner.string(column)).trimmingSpaces()
            return value.isEmpty || value == "NA" ? nil : String(value)
        }
        func cell(_ column: Int) -> Cell? {
            text(column).map { Cell(text: $0, location: scanner.location(column)) }
        }
        func error(_ kind: InputError.Kind, _ column: Int, _ problem: String, expected: String) -> InputError {
            InputError(kind, scanner.location(column), field: names[column], value: scanner.string(column), problem: problem, expected: expected)
        }
        func number(_ column: Int?, _ what: String) throws(InputError) -> Double? {
            guard let column, let value = text(column) else { return nil }
            guard let number = DecimalNumber.parse(value), number.isFinite else {
                throw error(.notANumber, column, "is not a number", expected: "expected \(what)")
            }
            return number
        }
        func level(_ type: String, minimum: Int) throws(InputError) -> Int {
            let expected = type == "Indicator" ? "expected level 1 for an indicator" : "expected a whole number 2 or more for an aggregate"
            guard let value = text(levelColumn), let level = Int(value), level >= minimum, type != "Indicator" || level == 1 else {
                throw error(.malformedValue, levelColumn, "is not a valid level", expected: expected)
            }
            return level
        }
        /// The goalposts of the current Indicator row, if its posts are given.
        func goalposts() throws(InputError) -> Goalposts? {
            let lower = try number(lowerColumn, "the lower goalpost, a number or NA")
            let upper = try number(upperColumn, "the upper goalpost, a number or NA")
            let scale = try number(scaleColumn, "the goalpost scale, a positive number or NA")
            var truncates = true
            if let truncateColumn, let flag = text(truncateColumn) {
                // R's as.logical spellings.
                switch flag {
                case "TRUE", "True", "true", "T": truncates = true
                case "FALSE", "False", "false", "F": truncates = false
                default: throw error(.malformedValue, truncateColumn, "is not a logical value", expected: "expected TRUE, FALSE or NA (TRUE: values beyond a goalpost score as the goalpost)")
                }
            }
            switch (lower, upper) {
            case (nil, nil):
                // A scale or truncation set for every row (COINr's vignette sets them column-wide)
                // declares no posts by itself.
                return nil
            case (_?, nil):
                // A lower post was read, so its column is there; the upper one's may not be.
                guard let upperColumn else {
                    throw error(.structure, lowerColumn!, "is given without a goalpost_upper column", expected: "expected goalpost_lower and goalpost_upper columns together")
                }
                throw error(.missingValue, upperColumn, "is missing", expected: "expected an upper goalpost with the lower one, or both NA")
            case (nil, _?):
                guard let lowerColumn else {
                    throw error(.structure, upperColumn!, "is given without a goalpost_lower column", expected: "expected goalpost_lower and goalpost_upper columns together")
                }
                throw error(.missingValue, lowerColumn, "is missing", expected: "expected a lower goalpost with the upper one, or both NA")
            case let (lower?, upper?):
                guard lower < upper else {
                    throw error(.inconsistent, lowerColumn!, "is not below goalpost_upper \(Scale.format(upper))",
                                expected: "expected the lower goalpost in goalpost_lower whatever the Direction; COINr flips them for -1")
                }
                guard (upper - lower).isFinite else {
                    throw error(.outOfRange, upperColumn!, "is too far from goalpost_lower", expected: "expected goalposts whose distance is a finite number")
                }
                if let scale, let scaleColumn, !(scale > 0) {
                    throw error(.outOfRange, scaleColumn, "is not a positive number", expected: "expected the top of the goalpost scores, e.g. 100, or NA")
                }
                return Goalposts(lower...upper, units: .treated, scale: scale, truncates: truncates)
            }
        }
        func weight() throws(InputError) -> Double {
            guard let weightColumn else { return 1 }
            guard let weight = try number(weightColumn, "a weight ≥ 0"), weight >= 0 else {
                throw error(.outOfRange, weightColumn, "is not a valid weight", expected: "expected a weight ≥ 0")
            }
            return weight
        }

        var indicators: [Indicator] = []
        var aggregates: [Aggregate] = []
        var denominators: [Denominator] = []
        var groups: [String] = []
        var others: [String] = []
        var declared: [String: Int] = [:]
        var parents: [(child: String, level: Int, parent: Cell)] = []
        var roots: [(code: String, location: Provenance)] = []
        var denominatorCells: [(indicator: String, cell: Cell)] = []

        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            let typeText = String(Substring(scanner.string(typeColumn)).trimmingSpaces())
            guard let type = Self.types.first(where: { $0.lowercased() == typeText.lowercased() }) else {
                throw error(.malformedValue, typeColumn, "is not a COINr row type", expected: "expected Indicator, Aggregate, Group, Denominator or Other")
            }
            guard let code = text(codeColumn) else {
                throw error(.missingValue, codeColumn, "is empty", expected: "expected a code for every row")
            }
            if let first = declared[code] {
                throw error(.duplicate, codeColumn, "is declared twice", expected: "expected each iCode once; it is already on line \(first)")
            }
            declared[code] = scanner.line
            let name = text(nameColumn) ?? code
            let unit = text(unitColumn) ?? ""
            let here = Provenance(file: path, line: scanner.line)
            switch type {
            case "Indicator":
                _ = try level(type, minimum: 1)
                var polarity = Polarity.positive
                if let directionColumn {
                    switch try number(directionColumn, "1 or -1") {
                    case 1: polarity = .positive
                    case -1: polarity = .negative
                    default: throw error(.malformedValue, directionColumn, "is not a direction", expected: "expected 1 (higher is better) or -1 (higher is worse)")
                    }
                }
                guard let parent = cell(parentColumn) else {
                    throw error(.missingValue, parentColumn, "is empty", expected: "expected the iCode of the aggregate the indicator belongs to")
                }
                parents.append((code, 1, parent))
                let denominator = denominatorColumn.flatMap(cell)
                if let denominator { denominatorCells.append((code, denominator)) }
                let target = try number(targetColumn, "a number or NA")
                indicators.append(Indicator(
                    id: code, name: name, parent: parent.text, type: .index, unit: unit, scale: Scale(),
                    polarity: polarity, weight: try weight(), denominator: denominator?.text,
                    overrides: MethodOverrides(goalposts: try goalposts(), target: target), provenance: here))
            case "Aggregate":
                let level = try level(type, minimum: 2)
                let parent = cell(parentColumn)
                if let parent {
                    parents.append((code, level, parent))
                } else {
                    roots.append((code, scanner.location(parentColumn)))
                }
                aggregates.append(Aggregate(id: code, name: name, level: level, parent: parent?.text, weight: try weight(), provenance: here))
            case "Denominator":
                denominators.append(Denominator(id: code, name: name, unit: unit))
            case "Group":
                groups.append(code)
            default:
                others.append(code)
            }
        }

        guard !indicators.isEmpty else {
            throw InputError(.structure, Provenance(file: path, line: header.line), problem: "the table declares no indicators",
                             expected: "expected rows of Type Indicator")
        }
        let levels = Dictionary(aggregates.map { ($0.id, $0.level) }, uniquingKeysWith: { first, _ in first })
        for (child, level, parent) in parents {
            guard let parentLevel = levels[parent.text] else {
                throw InputError(.unknownCode, parent.location, field: names[parentColumn], value: parent.text,
                                 problem: "is not an aggregate of this table", expected: "expected the iCode of an Aggregate row as parent of '\(child)'")
            }
            if parentLevel != level + 1 {
                throw InputError(.inconsistent, parent.location, field: names[parentColumn], value: parent.text,
                                 problem: "is at level \(parentLevel)", expected: "expected a parent at level \(level + 1) for '\(child)' at level \(level)")
            }
        }
        if roots.isEmpty {
            throw InputError(.structure, Provenance(file: path, line: header.line), problem: "the table has no root aggregate",
                             expected: "expected one Aggregate row with Parent NA: the index")
        }
        if roots.count > 1 {
            throw InputError(.duplicate, roots[1].location, field: names[parentColumn], value: "NA", problem: "makes a second root",
                             expected: "expected one Aggregate row with Parent NA; '\(roots[0].code)' is already the root")
        }
        let denominatorIDs = Set(denominators.map(\.id))
        for (indicator, cell) in denominatorCells where !denominatorIDs.contains(cell.text) {
            throw InputError(.unknownCode, cell.location, field: denominatorColumn.map { names[$0] }, value: cell.text,
                             problem: "is not a denominator of this table", expected: "expected the iCode of a Denominator row for '\(indicator)'")
        }

        let depth = max(1, aggregates.map(\.level).max() ?? 1)
        let levelNames = self.levelNames ?? (1...depth).map { level in
            level == 1 ? "Indicator" : level == depth ? "Index" : "Level \(level)"
        }
        let root = aggregates.first { $0.parent == nil }!
        let framework = Framework(
            id: id, name: root.name, edition: 0, years: 1900...2100, levelNames: levelNames,
            indicators: indicators, aggregates: aggregates, denominators: denominators,
            description: "Read from the COINr iMeta table \(path)")
        return COINrMeta(framework: framework, groupColumns: groups, otherColumns: others)
    }
}
