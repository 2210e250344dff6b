// A COINr iMeta/iData pair read together, ready for the scoring pipeline.

import AgileCore

/// A COINr data set: the iMeta framework with the iData units as participants, and every value
/// of the iData table as observations.
///
/// ```swift
/// let asem = try COINrDataset(meta: "iMeta.csv", data: "iData.csv", countries: catalog)
/// let scores = try ScoringPipeline(framework: asem.framework).run(asem.scoringInput)
/// ```
public struct COINrDataset: Sendable {
    /// The iMeta table as read.
    public var meta: COINrMeta
    /// The units of the iData table with their groups.
    public var units: COINrUnits
    /// The framework of iMeta with the units as participants (``COINrMeta/framework(with:)``).
    public var framework: Framework
    /// Every indicator and denominator value of the iData table (`NA` cells are skipped).
    public var observations: [Observation]

    /// Reads both tables.
    /// - Parameters:
    ///   - meta: path of the iMeta table.
    ///   - data: path of the iData table.
    ///   - countries: the catalog unit codes are checked against.
    ///   - year: the year of every value when iData has no `Time` column; by default the
    ///     framework's edition (the table is one time point, as a COINr coin without `Time`).
    ///   - id: the id given to the framework.
    /// - Throws: ``InputError`` for the first problem in either table.
    public init(meta: String, data: String, countries: CountryCatalog, year: Int? = nil, id: String = "coinr") throws {
        self.meta = try COINrMetaReader(id: id).read(path: meta)
        var reader = COINrDataReader(meta: self.meta, year: year)
        units = try reader.units(path: data, countries: countries)
        framework = self.meta.framework(with: units)
        if units.years.isEmpty, reader.year == nil { reader.year = framework.edition }
        var observations: [Observation] = []
        _ = try reader.read(path: data, check: ObservationCheck(framework: framework, countries: countries)) { observations.append($0) }
        self.observations = observations
    }

    /// The input of the scoring pipeline: the latest value of each unit and code.
    public var scoringInput: ScoringInput {
        ScoringInput(framework: framework, observations: observations)
    }
}
