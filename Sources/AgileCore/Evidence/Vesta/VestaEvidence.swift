// What a VESTA file contributes as evidence: score rows with provenance, overall, warnings.

/// VESTA results read from one native file (or a results folder).
public struct VestaEvidence: Hashable, Sendable {
    /// The path as the user gave it.
    public var file: String
    /// The native format it was in.
    public var format: VestaFormat
    /// The rows, each with where it was read (or, for episodes, where its group's first one is).
    public var rows: [VestaScoreRow]
    /// The counters over all rows (as the file states them for `scores.json`, summed from the
    /// rows for `scores.csv`, counted for `results.json`).
    public var overall: VestaTally
    /// The number of episodes behind the rows, when the file says (`scores.json`, `results.json`).
    public var numRawResults: Int?
    /// Things worth telling the user that do not stop the file being read.
    public var warnings: [String]

    public init(file: String, format: VestaFormat, rows: [VestaScoreRow], overall: VestaTally, numRawResults: Int?, warnings: [String]) {
        self.file = file
        self.format = format
        self.rows = rows
        self.overall = overall
        self.numRawResults = numRawResults
        self.warnings = warnings
    }
}
