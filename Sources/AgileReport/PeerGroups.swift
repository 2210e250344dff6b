// A country among its peers: its region and income group (the registry's groupings) and all
// countries, on the index and each pillar — medians and ranks within the group.

import AgileCore

/// The registry's region and income groups with, per group and per column shown (the index and
/// the pillars), the median and the values in descending order, computed once per site so a
/// country's page looks its place up without going over the other countries.
///
/// A rank within a group is its competition rank there: 1 + the number of members with a higher
/// score (tied countries share a rank). Medians and ranks are the peers': an assessed country is
/// not a member of any group (it is not in the registry's list).
struct PeerGroups: Sendable {
    /// The groupings compared, as the registry names them, with the words the page uses.
    static let groupings: [(id: String, noun: String)] = [("region", "region"), ("income", "income group")]

    /// One group's figures on one column.
    struct Figures: Sendable {
        /// The members' finite values, highest first.
        var descending: [Double]
        var median: Double

        /// The competition rank of `value` among the members (1 + those above it), `nil` when `value` is missing.
        func rank(of value: Double) -> Int? {
            guard value.isFinite else { return nil }
            var low = 0, high = descending.count
            while low < high {
                let middle = (low + high) / 2
                if descending[middle] > value { low = middle + 1 } else { high = middle }
            }
            return low + 1
        }
    }

    /// grouping → group → column → figures.
    private let figures: [String: [String: [Int: Figures]]]
    /// grouping → country code → its group.
    private let groupOf: [String: [String: String]]
    /// grouping → group → the number of its countries scored in the run.
    private let sizes: [String: [String: Int]]

    /// The groups of `framework`'s participants among the rows of `scores` (other than `excluded`),
    /// with their figures on `columns`.
    init(framework: Framework, scores: Scores, columns: [Int], excluded: String?) {
        var rowOf: [String: Int] = [:]
        for (row, unit) in scores.units.enumerated() where unit != excluded { rowOf[unit] = row }
        var figures: [String: [String: [Int: Figures]]] = [:]
        var groupOf: [String: [String: String]] = [:]
        var sizes: [String: [String: Int]] = [:]
        for grouping in PeerGroups.groupings.map(\.id) {
            var members: [String: [Int]] = [:]
            for participant in framework.participants {
                guard let group = participant.groups[grouping], let row = rowOf[participant.code] else { continue }
                members[group, default: []].append(row)
                groupOf[grouping, default: [:]][participant.code] = group
            }
            for (group, rows) in members {
                sizes[grouping, default: [:]][group] = rows.count
                for column in columns {
                    let values = rows.map { scores.aggregated[$0, column] }.filter(\.isFinite).sorted(by: >)
                    figures[grouping, default: [:]][group, default: [:]][column] = Figures(descending: values, median: ReportInput.median(of: values))
                }
            }
        }
        // A country the registry lists for reference only (a self-assessed one) is placed in its
        // groups too; the figures stay the participants'.
        for reference in framework.referenceCountries {
            for (grouping, group) in reference.groups where PeerGroups.groupings.contains(where: { $0.id == grouping }) {
                if groupOf[grouping]?[reference.code] == nil { groupOf[grouping, default: [:]][reference.code] = group }
            }
        }
        self.figures = figures
        self.groupOf = groupOf
        self.sizes = sizes
    }

    /// Whether the registry groups countries by any of ``groupings``.
    var isEmpty: Bool { groupOf.isEmpty }

    /// The group of `code` in `grouping`, `nil` when the registry gives it none.
    func group(of code: String, in grouping: String) -> String? {
        groupOf[grouping]?[code]
    }

    /// The number of countries of the run in `group`.
    func size(of group: String, in grouping: String) -> Int {
        sizes[grouping]?[group] ?? 0
    }

    /// The figures of `group` on `column`.
    func figures(of group: String, in grouping: String, column: Int) -> Figures? {
        figures[grouping]?[group]?[column]
    }
}
