// The contract every country-data reader follows.

import AgileCore

/// A reader of one country-data format.
///
/// A reader streams: it hands each observation to `consume` as soon as it is read and checked,
/// and keeps its provenance (file, line, column). On the first bad value it throws an
/// ``InputError``; the caller (the store) then rolls back everything it received from the file.
public protocol ObservationReader {
    /// Reads `file` from where it stands (its head, if taken, comes again first), passing each
    /// checked observation to `consume`.
    func read(
        file: InputFile, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary
}

extension ObservationReader {
    /// Reads the file at `path` (`-`: standard input), passing each checked observation to
    /// `consume`.
    public func read(
        path: String, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary {
        try read(file: InputFile(path: path), check: check, into: consume)
    }
}

/// What a reader saw besides the observations themselves.
public struct ReadSummary: Hashable, Sendable {
    /// Observations handed on (explicitly missing values included).
    public var observations = 0
    /// Rows skipped because their code is an aggregate (World, income group, …), by code.
    public var skippedAggregates: [String: Int] = [:]
    /// Cells skipped because they hold no value (empty, or a marker such as COINr's `NA`) in
    /// formats where an empty cell means "no observation" rather than "reported missing".
    public var skippedMissing = 0
    /// Non-fatal notices, printed to the user.
    public var warnings: [String] = []
    /// Whether the file marks itself as illustrative (not official) data.
    public var illustrative = false
    /// The date the file declares for its values (`# vintage:` in our CSV, `vintage` in our XML,
    /// World Bank's "Last Updated Date"); `nil` when it declares none (the ingest's day is then
    /// the values' vintage).
    public var vintage: CalendarDate?

    public init() {}

    /// Total rows skipped as aggregates.
    public var skippedAggregateRows: Int { skippedAggregates.values.reduce(0, +) }
}

/// Codes World Bank files use for regions, income groups and other aggregates (not countries).
public enum WorldBankAggregates {
    /// The aggregate codes of the World Development Indicators (ISO-like but not ISO 3166-1).
    public static let codes: Set<String> = [
        "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS",
        "HIC", "HPC", "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC",
        "LMY", "LTE", "MEA", "MIC", "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA",
        "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD",
        // API XML two-character ids of aggregates
        "1A", "1W", "4E", "7E", "8S", "B8", "EU", "F1", "JG", "OE", "S1", "S2", "S3", "S4", "T2",
        "T3", "T4", "T5", "T6", "T7", "V1", "V2", "V3", "V4", "XC", "XD", "XE", "XF", "XG", "XH",
        "XI", "XJ", "XL", "XM", "XN", "XO", "XP", "XQ", "XT", "XU", "XY", "Z4", "Z7", "ZB", "ZF",
        "ZG", "ZH", "ZI", "ZJ", "ZQ", "ZT",
    ]

    /// Whether `code` is a World Bank aggregate rather than a country.
    public static func contains(_ code: String) -> Bool { codes.contains(code) }
}
