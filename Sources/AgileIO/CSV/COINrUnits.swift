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

    public init(participants: [Participant], names: [String: String] = [:], years: [Int] = []) {
        self.participants = participants
        self.names = names
        self.years = years
    }
}
