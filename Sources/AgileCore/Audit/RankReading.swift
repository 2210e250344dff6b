// A plain-language reading of an uncertainty analysis: which places hold and which swap.

/// Which places of the nominal ranking an uncertainty analysis leaves in doubt, in words, the
/// countries named beside their codes.
///
/// Units are taken in nominal order (ties by code) and numbered as places 1, 2, …. A place's
/// interval is its unit's 5th to 95th percentile rank. The ranking splits between places k and
/// k + 1 when every interval of places 1…k ends below every interval of places k + 1…n starts
/// (the largest 95th percentile above is less than the smallest 5th percentile below); the
/// pieces are the groups. A group of one place is robust: its interval overlaps no other
/// country's, the countries ranked above it lie wholly ahead of it and those below wholly
/// behind. A larger group is a set of places that can swap.
///
/// ```swift
/// RankReading(analysis.statistics, names: names).text
/// // "The top five places are robust: United States (USA), China (CHN), … Places 6–9 can
/// //  swap: Canada (CAN), France (FRA), Germany (DEU) and Japan (JPN). …"
/// ```
public struct RankReading: Hashable, Sendable {
    /// The places (1-based, nominal order) grouped by overlapping intervals, each group's
    /// units in nominal order.
    public var groups: [[String]]
    /// How many leading places are robust (groups of one).
    public var robustTop: Int
    /// The names written beside the codes.
    public var names: CountryNames
    /// The reading, one sentence per element.
    public var sentences: [String]
    /// The ranked statistics, in nominal order.
    private var ranked: [RankStatistics]

    /// Reads `statistics` (any order; units without a nominal rank are left out), naming the
    /// countries by `names`.
    public init(_ statistics: [RankStatistics], names: CountryNames = CountryNames()) {
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
        self.ranked = ranked
        self.names = names
        self.groups = groups.map { $0.map(\.unit) }
        robustTop = groups.prefix { $0.count == 1 }.count
        sentences = Self.sentences(ranked: ranked, groups: self.groups, robustTop: robustTop, names: names)
    }

    /// The same reading with the countries named by `names`.
    public func naming(_ names: CountryNames) -> RankReading {
        RankReading(ranked, names: names)
    }

    /// The largest group of swapping places whose countries are named; larger ones are counted.
    public static let namedGroupLimit = 6

    /// The most robust places named in one sentence; the rest are counted.
    public static let namedRobustLimit = 10

    /// What "robust" means, as the reading says it.
    public static let robustMeaning = "A place is robust when its country's 5–95 % rank interval overlaps no other country's, "
        + "with the countries ranked above it wholly ahead and those below wholly behind."

    /// The sentences as one paragraph.
    public var text: String { sentences.joined(separator: " ") }

    private static func sentences(ranked: [RankStatistics], groups: [[String]], robustTop: Int, names: CountryNames) -> [String] {
        guard let first = ranked.first else { return ["No country is ranked."] }
        var sentences: [String] = []
        if ranked.count == 1 {
            return ["Only one country is ranked, \(names.label(first.unit)): there is no order to test."]
        } else if robustTop == ranked.count {
            sentences.append("The whole ranking is robust: the countries' 5–95 % rank intervals do not overlap and keep the nominal order.")
        } else {
            if robustTop == 1 {
                sentences.append("First place is robust: \(names.label(first.unit)).")
            } else if robustTop > 1 {
                let top = ranked.prefix(robustTop).map { names.label($0.unit) }
                sentences.append("The top \(words(robustTop)) places are robust: \(EnglishList.joined(top, limit: namedRobustLimit)).")
            } else {
                sentences.append("Even first place is not robust: the 5–95 % rank intervals of places 1–\(groups[0].count) overlap.")
            }
            sentences.append(robustMeaning)
        }
        var place = 1
        var robustFurther: [String] = []
        for (index, group) in groups.enumerated() {
            if group.count > 1 {
                let range = "Places \(place)–\(place + group.count - 1) can swap"
                sentences.append(group.count <= namedGroupLimit
                    ? "\(range): \(EnglishList.joined(group.map(names.label)))."
                    : "\(range) (\(group.count) countries).")
            } else if index >= robustTop {
                robustFurther.append("place \(place), \(names.label(group[0]))")
            }
            place += group.count
        }
        if !robustFurther.isEmpty {
            let shown = robustFurther.prefix(namedRobustLimit).joined(separator: "; ")
            let more = robustFurther.count > namedRobustLimit ? "; and \(robustFurther.count - namedRobustLimit) more" : ""
            sentences.append("Also robust: \(shown)\(more).")
            sentences.append("\(robustTop + robustFurther.count) of \(ranked.count) places are robust in all.")
        }
        if let widest = ranked.max(by: { ($0.percentile95 - $0.percentile5, $1.nominal) < ($1.percentile95 - $1.percentile5, $0.nominal) }),
           widest.percentile95 > widest.percentile5 {
            sentences.append("The widest interval is that of \(names.label(widest.unit)): ranks \(rank(widest.percentile5))–\(rank(widest.percentile95)) (nominal \(rank(widest.nominal))).")
        }
        return sentences
    }

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
