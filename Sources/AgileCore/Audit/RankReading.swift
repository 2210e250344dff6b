// A plain-language reading of an uncertainty analysis: which places hold and which swap.

/// Which places of the nominal ranking an uncertainty analysis leaves in doubt, in words.
///
/// Units are taken in nominal order (ties by code) and numbered as places 1, 2, …. A place's
/// interval is its unit's 5th to 95th percentile rank. The ranking splits between places k and
/// k + 1 when every interval of places 1…k ends below every interval of places k + 1…n starts
/// (the largest 95th percentile above is less than the smallest 5th percentile below); the
/// pieces are the groups. A group of one place is robust, a larger group is a set of places
/// that can swap.
///
/// ```swift
/// RankReading(analysis.statistics).text
/// // "The ranking of the top five is robust: their 5–95 % intervals do not overlap.
/// //  Places 6–9 swap (CAN, FRA, DEU, JPN). …"
/// ```
public struct RankReading: Hashable, Sendable {
    /// The places (1-based, nominal order) grouped by overlapping intervals, each group's
    /// units in nominal order.
    public var groups: [[String]]
    /// How many leading places are robust (groups of one).
    public var robustTop: Int
    /// The reading, one sentence per element.
    public var sentences: [String]

    /// Reads `statistics` (any order; units without a nominal rank are left out).
    public init(_ statistics: [RankStatistics]) {
        let ranked = statistics.filter { !$0.nominal.isNaN }.sorted { ($0.nominal, $0.unit) < ($1.nominal, $1.unit) }
        var suffixMinimum = [Double](repeating: .infinity, count: ranked.count + 1)
        for place in ranked.indices.reversed() { suffixMinimum[place] = min(suffixMinimum[place + 1], ranked[place].percentile5) }
        var groups: [[RankStatistics]] = []
        var reach = -Double.infinity
        for (place, unit) in ranked.enumerated() {
            if groups.isEmpty || reach < suffixMinimum[place] {
                groups.append([unit])
            } else {
                groups[groups.count - 1].append(unit)
            }
            reach = max(reach, unit.percentile95)
        }
        self.groups = groups.map { $0.map(\.unit) }
        robustTop = groups.prefix { $0.count == 1 }.count
        var sentences: [String] = []
        if ranked.isEmpty {
            sentences.append("No country is ranked.")
        } else if robustTop == ranked.count {
            sentences.append("The whole ranking is robust: no two 5–95 % intervals overlap.")
        } else if robustTop == 1 {
            sentences.append("First place is robust: its 5–95 % interval overlaps no other.")
        } else if robustTop > 1 {
            sentences.append("The ranking of the top \(Self.words(robustTop)) is robust: their 5–95 % intervals do not overlap.")
        } else {
            sentences.append("Even first place is uncertain: its 5–95 % interval overlaps the next.")
        }
        var place = 1
        for group in groups {
            if group.count > 1 {
                let who = group.count <= Self.namedGroupLimit ? group.map(\.unit).joined(separator: ", ") : "\(group.count) countries"
                sentences.append("Places \(place)–\(place + group.count - 1) swap (\(who)).")
            }
            place += group.count
        }
        let robust = groups.filter { $0.count == 1 }.count
        if robust > robustTop && robustTop < ranked.count {
            sentences.append("\(robust) of \(ranked.count) places are robust in all.")
        }
        if let widest = ranked.max(by: { ($0.percentile95 - $0.percentile5, $1.nominal) < ($1.percentile95 - $1.percentile5, $0.nominal) }),
           widest.percentile95 > widest.percentile5 {
            sentences.append("The widest interval is \(widest.unit)'s, ranks \(Self.rank(widest.percentile5))–\(Self.rank(widest.percentile95)) (nominal \(Self.rank(widest.nominal))).")
        }
        self.sentences = sentences
    }

    /// The largest group of swapping places whose countries are named; larger ones are counted.
    public static let namedGroupLimit = 6

    /// The sentences as one paragraph.
    public var text: String { sentences.joined(separator: " ") }

    /// A count in words up to ten, in digits beyond.
    static func words(_ count: Int) -> String {
        let names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return count < names.count ? names[count] : String(count)
    }

    /// A rank percentile, without decimals when whole.
    static func rank(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String((value * 10).rounded() / 10)
    }
}
