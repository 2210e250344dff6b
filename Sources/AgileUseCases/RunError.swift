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

    public var description: String {
        switch self {
        case let .otherEdition(registry, declared, asked):
            "\(registry) declares edition \(declared), not \(asked)."
        case let .noRun(id):
            "The store holds no run \(id); `agile score` records runs."
        case let .unreadableMethod(run, reason):
            "Run \(run) was recorded with a method that cannot be read: \(reason)"
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
        }
    }
}
