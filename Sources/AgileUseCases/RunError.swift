// Why a use case cannot go on: each case says what was asked, what was found and what to do.

import AgileCore

/// A failure of a use case at run time that is not bad data (``InputError``), a store that
/// cannot be used (`StoreError`) or a site folder that is refused (`SiteFolderError`): a run
/// that does not exist, a country or level that is not in the framework, a design that varies
/// nothing.
///
/// ```
/// The store holds no run 7; `agile score` records runs.
/// ```
public enum RunError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The registry declares another edition than the one asked for.
    case otherEdition(registry: String, declared: Int, asked: Int)
    /// The store records no run with this id.
    case noRun(Int64)
    /// The method recorded with the run cannot be read (`reason`: why, from ``MethodChoiceError``).
    case unreadableMethod(run: Int64, reason: String)
    /// The weights recorded with the run cannot be read (`reason`: why, from ``WeightOverrideError``).
    case unreadableWeights(run: Int64, reason: String)
    /// A country asked for is not among the countries the run scored.
    case notScored(code: String)
    /// A code that is no ISO 3166-1 country.
    case unknownCountry(code: String)
    /// A code that is neither an indicator nor a denominator of the registry.
    case unknownIndicator(code: String, registry: String)
    /// A level name or number that is not a level of the framework below the index (`depth`:
    /// the framework's number of levels).
    case unknownLevel(name: String, depth: Int)
    /// A level whose weights should vary is not a level of aggregates (`root`: the index's level).
    case levelOutOfRange(level: Int, root: Int)
    /// A sensitivity analysis whose design varies no input.
    case nothingVaries
    /// A report template cannot be read (`files`: the templates the folder needs).
    case unreadableTemplate(path: String, files: [String])
    /// A year asked for (`--time`) that a COINr iData table has no row for (`years`: its years).
    case noYear(table: String, asked: Int, years: [Int])
    /// One year was needed (an audit, a single run) and the COINr iData table has several.
    case severalYears(table: String, years: [Int])
    /// Values as published were asked of an edition whose registry declares no publication date.
    case noPublicationDate(registry: String)
    /// No stored value of the edition has a vintage on or before the selection's date
    /// (`earliest`: the earliest vintage stored).
    case nothingByVintage(VintageSelection, earliest: CalendarDate)
    /// The vintages recorded with the run cannot be read.
    case unreadableVintages(run: Int64, text: String)
    /// The store records no run of the edition asked for (`agile assess --edition`).
    case noRunOfEdition(Int)
    /// The files of a self-assessment hold no value of the edition's indicators inside its window.
    case nothingToAssess(files: [String], years: ClosedRange<Int>)
    /// The store records no self-assessment of this id (`agile assess --replay`).
    case noAssessment(Int64)
    /// A multi-edition site asked of a folder that holds no `agile-YYYY.xml` registry.
    case noEditions(folder: String)
    /// An edition asked for that no registry of the folder declares.
    case noSuchEdition(Int, folder: String, declared: [Int])

    public var description: String {
        switch self {
        case let .otherEdition(registry, declared, asked):
            "\(registry) declares edition \(declared), not \(asked)."
        case let .noRun(id):
            "The store holds no run \(id); `agile score` records runs."
        case let .unreadableMethod(run, reason):
            "Run \(run) was recorded with a method that cannot be read: \(reason)"
        case let .unreadableWeights(run, reason):
            "Run \(run) was recorded with weights that cannot be read: \(reason)"
        case let .notScored(code):
            "'\(code)' is not one of the countries scored."
        case let .unknownCountry(code):
            "'\(Printable.value(code))' is not an ISO 3166-1 country code."
        case let .unknownIndicator(code, registry):
            "'\(Printable.value(code))' is not an indicator or denominator of \(Printable.name(registry))."
        case let .unknownLevel(name, depth):
            "--level \(name): give indicator, dimension, pillar or a level from 1 to \(depth - 1)"
        case let .levelOutOfRange(level, root):
            "--levels \(level): the framework's aggregates are at levels 2 to \(root)"
        case .nothingVaries:
            "Nothing varies: give --weights-factor, --normalise-choices, --aggregate-choices or --winmax-range."
        case let .unreadableTemplate(path, files):
            "\(path): the template cannot be read (the folder needs \(files.joined(separator: ", ")))."
        case let .noYear(table, asked, years):
            "--time \(asked): \(Printable.name(table)) has no row for it; its Time column holds \(Self.list(years))."
        case let .severalYears(table, years):
            "\(Printable.name(table)) holds \(years.count) years (\(Self.list(years))); this scores one: give --time YEAR."
        case let .noPublicationDate(registry):
            "\(registry) declares no publication date, so there are no values as published: give --as-of DATE or --revised."
        case let .nothingByVintage(selection, earliest):
            "No value of the edition has a vintage on or before \(selection.cutoff.map(String.init(describing:)) ?? "–") (\(selection.label)); "
                + "the earliest vintage stored is \(earliest): give a later --as-of date, or --revised."
        case let .unreadableVintages(run, text):
            "Run \(run) was recorded with vintages that cannot be read: \"\(Printable.value(text))\" (expected revised, as-published:YYYY-MM-DD or as-of:YYYY-MM-DD)."
        case let .noRunOfEdition(year):
            "The store holds no run of the \(year) edition; `agile score` records one (or give --run ID)."
        case let .nothingToAssess(files, years):
            "\(files.map(Printable.name).joined(separator: ", ")) hold no value of the edition's indicators in \(years.lowerBound)–\(years.upperBound): nothing to assess."
        case let .noAssessment(id):
            "The store holds no self-assessment \(id); `agile assessments` lists those recorded."
        case let .noEditions(folder):
            "\(Printable.name(folder)) holds no edition registry (agile-YYYY.xml): nothing to build."
        case let .noSuchEdition(year, folder, declared):
            "No registry of \(Printable.name(folder)) declares edition \(year) (expected agile-\(year).xml; the folder's editions: \(RunError.list(declared)))."
        }
    }

    /// Years as a list: `2018, 2019 and 2022`.
    private static func list(_ years: [Int]) -> String {
        let texts = years.map(String.init)
        guard texts.count > 1 else { return texts.first ?? "no year" }
        return texts.dropLast().joined(separator: ", ") + " and " + texts[texts.count - 1]
    }
}
