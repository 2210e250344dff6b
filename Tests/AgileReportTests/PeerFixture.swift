// A small hand-worked run with regions and income groups, for the key findings, peers and
// citation tests: 6 countries, one indicator per pillar.

import AgileCore
import AgileReport

/// Six countries, two pillars of one dimension of one indicator each, no treatment, min-max
/// 0–100. The values are already 0–100 with 0 and 100 taken, so each pillar is its value:
///
/// | country | region | income | P1 (A) | P2 (C) | index | rank | tier | quadrant (medians 50, 50) |
/// |---|---|---|---:|---:|---:|---:|---|---|
/// | USA | North America | High | 100 | 80 | 90 | 1 | leading | both high |
/// | CAN | North America | High | 40 | 100 | 70 | 2 | leading | governance ahead |
/// | DEU | Europe | High | 80 | 40 | 60 | 3 | leading | development ahead |
/// | FRA | Europe | High | 60 | 60 | 60 | 3 | leading | both high |
/// | IND | South Asia | Lower middle | 20 | 0 | 10 | 5 | developing | both low |
/// | BRA | Latin America | Upper middle | 0 | 20 | 10 | 5 | developing | both low |
///
/// Tiers: leading ≥ 60 (4), advancing 30–60 (0), developing < 30 (2). Medians of all: index
/// (10, 10, 60, 60, 70, 90) → 60, P1 and P2 (0, 20, 40, 60, 80, 100) → 50. Germany among its
/// peers: Europe (DEU, FRA) index 60, 60 → median 60, rank 1 of 2 (tied); P1 80, 60 → 70, rank
/// 1 of 2; P2 40, 60 → 50, rank 2 of 2. High income (USA, CAN, DEU, FRA): index 90, 70, 60, 60
/// → median 65, rank 3 of 4; P1 100, 40, 80, 60 → 70, rank 2 of 4; P2 80, 100, 40, 60 → 70,
/// rank 4 of 4.
enum PeerFixture {
    static let values: [(String, Double, Double)] = [
        ("USA", 100, 80), ("CAN", 40, 100), ("DEU", 80, 40), ("FRA", 60, 60), ("IND", 20, 0), ("BRA", 0, 20),
    ]
    static let groups: [String: (region: String, income: String)] = [
        "USA": ("North America", "High income"), "CAN": ("North America", "High income"),
        "DEU": ("Europe", "High income"), "FRA": ("Europe", "High income"),
        "IND": ("South Asia", "Lower middle income"), "BRA": ("Latin America", "Upper middle income"),
    ]

    static func framework(edition: Int = 2025, publication: Publication = Publication(), published: String? = nil) -> Framework {
        Framework(
            id: "peer-\(edition)", name: "Peer index \(edition)", edition: edition, years: 2020...2025,
            levelNames: ["Indicator", "Dimension", "Pillar", "Index"],
            indicators: [
                Indicator(id: "A", name: "Ability", parent: "D1", type: .count, unit: "points"),
                Indicator(id: "C", name: "Care", parent: "D2", type: .count, unit: "points"),
            ],
            aggregates: [
                Aggregate(id: "D1", name: "Ability", level: 2, parent: "P1"),
                Aggregate(id: "D2", name: "Care", level: 2, parent: "P2"),
                Aggregate(id: "P1", name: "Development", level: 3, parent: "IDX"),
                Aggregate(id: "P2", name: "Governance", level: 3, parent: "IDX"),
                Aggregate(id: "IDX", name: "Peer index", level: 4, parent: nil),
            ],
            participants: values.map { code, _, _ in
                Participant(code: code, groups: ["region": groups[code]!.region, "income": groups[code]!.income, "bloc": "Other"])
            },
            method: Method(
                treatment: .none,
                tiers: [Tier(name: "leading", minimum: 60), Tier(name: "advancing", minimum: 30), Tier(name: "developing", minimum: -.infinity)],
                match: MatchRule(development: ["P1"], governance: ["P2"], split: .median)),
            publication: publication, publicationDate: published)
    }

    static func observations(_ values: [(String, Double, Double)] = values) -> [Observation] {
        values.flatMap { country, a, c in
            [("A", a), ("C", c)].map { indicator, value in
                Observation(country: country, indicator: indicator, year: 2024, value: value, source: "Test source",
                            provenance: Provenance(file: "peer.csv", line: 2))
            }
        }
    }

    static func catalog() -> CountryCatalog {
        CountryCatalog([
            Country(alpha3: "USA", alpha2: "US", numeric: "840", name: "United States"),
            Country(alpha3: "CAN", alpha2: "CA", numeric: "124", name: "Canada"),
            Country(alpha3: "DEU", alpha2: "DE", numeric: "276", name: "Germany"),
            Country(alpha3: "FRA", alpha2: "FR", numeric: "250", name: "France"),
            Country(alpha3: "IND", alpha2: "IN", numeric: "356", name: "India"),
            Country(alpha3: "BRA", alpha2: "BR", numeric: "076", name: "Brazil"),
        ])
    }

    static func input(framework: Framework = framework(), date: String? = nil, change: EditionChange? = nil, evidence: EvidenceSet? = nil) throws -> ReportInput {
        let observations = observations()
        let selection = EditionSelection(framework: framework, observations: observations)
        let scores = try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: observations))
        return ReportInput(framework: framework, scores: scores, selection: selection, countries: catalog(),
                           illustrative: false, snapshot: "0123456789ab", version: "0.13.0", date: date, evidence: evidence, change: change)
    }

    /// Hand-made rank statistics standing for the audit's: widths (95th − 5th percentile) USA 0,
    /// CAN 2, DEU 3, FRA 3, IND 1, BRA 2. The three widest: DEU 3–6 and FRA 2–5 (3 places), then
    /// CAN and BRA (2 places), CAN first by its rank.
    static let statistics: [RankStatistics] = [
        RankStatistics(unit: "USA", nominal: 1, mean: 1, median: 1, percentile5: 1, percentile95: 1, meanAbsoluteShift: 0),
        RankStatistics(unit: "CAN", nominal: 2, mean: 2.4, median: 2, percentile5: 1, percentile95: 3, meanAbsoluteShift: 0.5),
        RankStatistics(unit: "DEU", nominal: 3, mean: 3.6, median: 4, percentile5: 3, percentile95: 6, meanAbsoluteShift: 0.9),
        RankStatistics(unit: "FRA", nominal: 3, mean: 3.1, median: 3, percentile5: 2, percentile95: 5, meanAbsoluteShift: 0.8),
        RankStatistics(unit: "IND", nominal: 5, mean: 5.2, median: 5, percentile5: 5, percentile95: 6, meanAbsoluteShift: 0.3),
        RankStatistics(unit: "BRA", nominal: 5, mean: 5.4, median: 5.5, percentile5: 4, percentile95: 6, meanAbsoluteShift: 0.6),
    ]

    /// An audit carrying ``statistics`` (the rest computed by nothing: empty).
    static func audit(_ input: ReportInput) -> AuditResults {
        let design = UncertaintyDesign(weights: WeightPerturbation(factor: 0.25, levels: [3]))
        return AuditResults(
            design: design, replications: 400, seed: 1, statistics: statistics, reading: RankReading(statistics),
            sensitivity: [], sensitivityCount: 0, bootstrap: 0, shares: [],
            correlations: CorrelationTable(scores: input.scores, rows: ["P1", "P2"], columns: ["IDX"]), removals: [])
    }
}
