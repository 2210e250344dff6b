// A small hand-checked run for the report tests: 3 countries × 4 indicators.

import AgileCore
import AgileIO
import AgileReport
import AgileTestSupport
import Foundation

/// Three countries, two pillars of one dimension each, four indicators (D negative), one
/// missing value. Worked by hand (min-max 0–100 over the three countries, polarity first):
///
/// | indicator | USA | DEU | JPN | normalised USA / DEU / JPN |
/// |---|---|---|---|---|
/// | A (+) | 10 | 20 | 30 | 0 / 50 / 100 |
/// | B (+) | 4 | 2 | – | 100 / 0 / – |
/// | C (+) | 1 | 3 | 2 | 0 / 100 / 50 |
/// | D (−) | 5 | 10 | 15 | 100 / 50 / 0 |
///
/// D1 = mean(A, B): USA 50, DEU 25, JPN 100 (B missing: A alone). D2 = mean(C, D): USA 50,
/// DEU 75, JPN 25. P1 = D1, P2 = D2. Index = mean(P1, P2): USA 50, DEU 50, JPN 62.5 → ranks
/// JPN 1, USA 2, DEU 2 (a tie takes the lowest rank). Tiers: leading ≥ 60 (JPN), advancing
/// ≥ 50 (USA, DEU). Medians: P1 50, P2 50, so USA is both high (at the split counts as high),
/// DEU governance ahead, JPN development ahead.
enum ReportFixture {
    static let root = PackageRoot.path

    static func framework() -> Framework {
        Framework(
            id: "mini", name: "Mini index", edition: 2024, years: 2020...2024,
            levelNames: ["Indicator", "Dimension", "Pillar", "Index"],
            indicators: [
                Indicator(id: "A", name: "Articles", parent: "D1", type: .count, unit: "articles", source: "Registry source A"),
                Indicator(id: "B", name: "Bodies", parent: "D1", type: .count, unit: "bodies", status: .reconstructed),
                Indicator(id: "C", name: "Cooperation", parent: "D2", type: .count, unit: "initiatives"),
                Indicator(id: "D", name: "Incidents", parent: "D2", type: .count, unit: "incidents", polarity: .negative),
            ],
            aggregates: [
                Aggregate(id: "D1", name: "Research", level: 2, parent: "P1"),
                Aggregate(id: "D2", name: "Instruments", level: 2, parent: "P2"),
                Aggregate(id: "P1", name: "Development", level: 3, parent: "IDX"),
                Aggregate(id: "P2", name: "Governance", level: 3, parent: "IDX"),
                Aggregate(id: "IDX", name: "Mini index", level: 4, parent: nil),
            ],
            participants: [Participant(code: "USA"), Participant(code: "DEU"), Participant(code: "JPN")],
            method: Method(
                treatment: .none,
                tiers: [Tier(name: "leading", minimum: 60), Tier(name: "advancing", minimum: 50), Tier(name: "developing", minimum: -.infinity)],
                match: MatchRule(development: ["P1"], governance: ["P2"], split: .median)),
            publication: Publication(showsEvidence: true))
    }

    static func observations(note: String = "", source: String = "Test source") -> [Observation] {
        let values: [(String, String, Double)] = [
            ("USA", "A", 10), ("DEU", "A", 20), ("JPN", "A", 30),
            ("USA", "B", 4), ("DEU", "B", 2),
            ("USA", "C", 1), ("DEU", "C", 3), ("JPN", "C", 2),
            ("USA", "D", 5), ("DEU", "D", 10), ("JPN", "D", 15),
        ]
        return values.map { country, indicator, value in
            Observation(country: country, indicator: indicator, year: 2023, value: value, source: source, note: note,
                        provenance: Provenance(file: "mini.csv", line: 2))
        }
    }

    static func input(
        framework: Framework = framework(), countries: CountryCatalog = catalog(), source: String = "Test source",
        illustrative: Bool = true, evidence: EvidenceSet? = nil
    ) throws -> ReportInput {
        let observations = observations(source: source)
        let selection = EditionSelection(framework: framework, observations: observations)
        let scores = try ScoringPipeline(framework: framework).run(ScoringInput(framework: framework, selection: selection, earlier: observations))
        return ReportInput(framework: framework, scores: scores, selection: selection, countries: countries,
                           illustrative: illustrative, snapshot: "abc123", evidence: evidence)
    }

    static func catalog(usaName: String = "United States of America") -> CountryCatalog {
        CountryCatalog([
            Country(alpha3: "USA", alpha2: "US", numeric: "840", name: usaName),
            Country(alpha3: "DEU", alpha2: "DE", numeric: "276", name: "Germany"),
            Country(alpha3: "JPN", alpha2: "JP", numeric: "392", name: "Japan"),
        ])
    }

    /// The toolkit's own templates, from Templates/.
    static func templates() throws -> ReportTemplates {
        var sources: [String: String] = [:]
        for name in ReportTemplates.files {
            sources[name] = try String(contentsOfFile: "\(root)/Templates/\(name)", encoding: .utf8)
        }
        return try ReportTemplates(sources: sources)
    }

    static func site(_ input: ReportInput) throws -> [String: String] {
        let files = ReportSite(input: input, templates: try templates()).files(formats: [.markdown, .html])
        return Dictionary(files.map { ($0.path, $0.content) }, uniquingKeysWith: { first, _ in first })
    }
}
