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

    /// The years of the `Time` column, ascending; a table without one is one time point, the
    /// framework's edition.
    public var years: [Int] {
        units.years.isEmpty ? [framework.edition] : units.years
    }

    /// The framework of one year, as COINr's coin of that `Time` in a purse: the units with a
    /// row for the year as participants, the year as window and edition.
    public func framework(year: Int) -> Framework {
        var framework = self.framework
        framework.participants = units.participants(in: year)
        framework.years = year...year
        framework.edition = year
        return framework
    }

    /// The input of one year: the units with a row for it and their values of that year only
    /// (a value missing that year stays missing). Values of earlier years are the earlier values
    /// latest-earlier imputation takes (as COINr's `impute_panel` takes the latest before).
    public func scoringInput(year: Int) -> ScoringInput {
        ScoringInput(framework: framework(year: year), observations: observations)
    }

    /// The data set as COINr scores it when `Denominate` is not called: no indicator is divided
    /// by its iMeta `Denominator` (the column stays in ``meta``).
    public var undenominated: COINrDataset {
        var copy = self
        for index in copy.framework.indicators.indices { copy.framework.indicators[index].denominator = nil }
        return copy
    }
}
