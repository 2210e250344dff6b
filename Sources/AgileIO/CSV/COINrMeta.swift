// What a COINr iMeta table declares: the framework, plus the group and other columns of iData.

import AgileCore

/// A COINr `iMeta` table turned into a ``Framework`` (see ``COINrMetaReader``).
public struct COINrMeta: Hashable, Sendable {
    /// Indicators (level 1), aggregates (levels 2 and up) and denominators. The year window is
    /// 1900–2100, the edition 0 and the participants empty until ``framework(with:)`` fills them.
    public var framework: Framework
    /// Codes of the `Group` rows: grouping columns of `iData`, e.g. `EurAsia_group`.
    public var groupColumns: [String]
    /// Codes of the `Other` rows: columns of `iData` that are neither data nor groups.
    public var otherColumns: [String]

    public init(framework: Framework, groupColumns: [String] = [], otherColumns: [String] = []) {
        self.framework = framework
        self.groupColumns = groupColumns
        self.otherColumns = otherColumns
    }

    /// The framework with the units of an `iData` table as participants and the latest year of
    /// its `Time` column as the edition (0 when it has none).
    public func framework(with units: COINrUnits) -> Framework {
        var framework = self.framework
        framework.participants = units.participants
        framework.edition = units.years.max() ?? 0
        return framework
    }
}
