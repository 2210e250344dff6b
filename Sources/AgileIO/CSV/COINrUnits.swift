// The units (countries) of a COINr iData table, with their groups and the years they cover.

import AgileCore

/// The units of a COINr `iData` table, as ``COINrDataReader/units(path:countries:)`` reads them.
public struct COINrUnits: Hashable, Sendable {
    /// One participant per unit, in the order of the table, with its group columns
    /// (e.g. `EurAsia_group` → `Europe`); `NA` groups are left out.
    public var participants: [Participant]
    /// The `uName` of each unit by its alpha-3 code.
    public var names: [String: String]
    /// The distinct years of the `Time` column, ascending (empty when there is none).
    public var years: [Int]
    /// Per year of the `Time` column, the codes of the units with a row for it, in the order of
    /// the table (empty when there is no `Time` column: every unit is in the one time point).
    public var unitsByYear: [Int: [String]]

    public init(participants: [Participant], names: [String: String] = [:], years: [Int] = [], unitsByYear: [Int: [String]]? = nil) {
        self.participants = participants
        self.names = names
        self.years = years
        self.unitsByYear = unitsByYear ?? Dictionary(uniqueKeysWithValues: years.map { ($0, participants.map(\.code)) })
    }

    /// The participants with a row for `year` (all of them when the table has no `Time`
    /// column), in the order of the table.
    public func participants(in year: Int) -> [Participant] {
        guard let codes = unitsByYear[year] else { return years.isEmpty ? participants : [] }
        let byCode = Dictionary(participants.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return codes.compactMap { byCode[$0] }
    }
}
