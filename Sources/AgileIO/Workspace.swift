// What every command works on: the registry, the country list and the store, found by path.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore

/// The registry, the ISO country list and the store a command uses.
///
/// ```swift
/// let workspace = try Workspace(framework: "Indicators/agile-2024.xml", db: ".agile/agile.sqlite")
/// ```
public struct Workspace {
    /// The registry used unless `--framework` names another.
    public static let defaultFramework = "Indicators/agile-2024.xml"

    public let frameworkPath: String
    public let framework: Framework
    public let countries: CountryCatalog
    /// The COINr iMeta table, when the framework came from one.
    public let coinrMeta: COINrMeta?

    /// The ISO country list of a registry: `iso3166-1.csv` beside it, else the built-in one.
    public static func defaultCountries(for frameworkPath: String) -> RegistryCompanion {
        RegistryCompanion(.countryList, of: frameworkPath)
    }

    /// Loads the country list and the registry (validated against its schema and checked).
    ///
    /// - Parameters:
    ///   - coinrMeta: a COINr `iMeta` table to use as the framework instead of the registry.
    public init(framework path: String = Workspace.defaultFramework, countries countriesPath: String? = nil, coinrMeta: String? = nil) throws {
        countries = try CountryList.load(path: countriesPath, registry: path)
        if let coinrMeta {
            let meta = try COINrMetaReader().read(path: coinrMeta)
            frameworkPath = coinrMeta
            framework = meta.framework
            self.coinrMeta = meta
        } else {
            frameworkPath = path
            framework = try RegistryLoader(countries: countries).load(path: path)
            self.coinrMeta = nil
        }
    }

    /// The check every reader applies to this framework's data.
    public var check: ObservationCheck { ObservationCheck(framework: framework, countries: countries) }

    /// The reader for a format; COINr iData is read with the columns the iMeta declares.
    public func reader(for format: DataFormat) -> any ObservationReader {
        if format == .coinrData, let coinrMeta { return COINrDataReader(meta: coinrMeta) }
        return format.reader
    }

    /// Reads a data file into the store (format recognised from its content; `-`: standard
    /// input).
    public func ingest(path: String, into store: Store, illustrative: Bool = false) throws -> IngestResult {
        try ingest(file: InputFile(path: path, digesting: true), into: store, illustrative: illustrative)
    }

    /// Reads a data file already open into the store: the format is recognised from its head,
    /// and the reader reads the same stream on (nothing is opened or read twice, so a pipe or
    /// standard input works as a file does).
    /// - Precondition: `file` was opened with `digesting`.
    public func ingest(file: InputFile, into store: Store, illustrative: Bool = false) throws -> IngestResult {
        let format = try DataFormat.detect(head: file.head(), file: file.path)
        return try store.ingest(file: file, format: format, reader: reader(for: format), check: check, illustrative: illustrative)
    }

    /// Opens the store at `path` (`:memory:` for a throw-away one).
    /// - Parameters:
    ///   - mustExist: the command reads an existing store: refuse to create a new, empty one
    ///     (a mistyped `--db`), and read it without writing when this user cannot write it
    ///     (``Store/isReadOnly``).
    ///   - busyTimeout: seconds to wait while another process writes the store.
    public func openStore(path: String, mustExist: Bool = false, busyTimeout: Double = 30) throws -> Store {
        try Workspace.openStore(path: path, countries: countries, mustExist: mustExist, busyTimeout: busyTimeout)
    }

    /// Opens the store at `path` with the country list `countries`, as
    /// ``openStore(path:mustExist:busyTimeout:)`` does (for a command that needs no registry).
    public static func openStore(path: String, countries: CountryCatalog, mustExist: Bool = false, busyTimeout: Double = 30) throws -> Store {
        if mustExist, path != ":memory:", access(path, F_OK) != 0, errno == ENOENT {
            throw StoreError.missing(path: path)
        }
        return try Store(path: path, countries: countries, busyTimeout: busyTimeout, access: mustExist ? .readWriteIfPermitted : .readWrite)
    }
}
