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

    /// The framework with the units of an `iData` table as participants, the years of its
    /// `Time` column as the window and the latest of them as the edition (a table without
    /// `Time` keeps the window 1900–2100 and takes 2100 as the edition).
    public func framework(with units: COINrUnits) -> Framework {
        var framework = self.framework
        framework.participants = units.participants
        if let first = units.years.min(), let last = units.years.max() {
            framework.years = first...last
            framework.edition = last
        } else {
            framework.edition = framework.years.upperBound
        }
        return framework
    }
}
