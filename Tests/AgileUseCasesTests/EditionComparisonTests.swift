// The change between two editions, decomposed: every number of Tests/Fixtures/editions worked
// out by hand (its README.md), and the parts adding up to the total.

import AgileCore
import AgileIO
import AgileTestSupport
import AgileUseCases
import Testing

@Suite struct EditionComparisonTests {
    static func fixture(_ name: String) -> String { PackageRoot.fixture("editions/\(name)") }

    /// A store of the fixture files: the 2024 file checked against the 2024 registry, the rest
    /// against the 2025 one; then the comparison of 2024 (as published on 2025-02-10) and 2025
    /// (as published on 2025-07-31).
    static func comparison() throws -> (ScratchFolder, EditionComparisonResult) {
        let folder = try ScratchFolder(prefix: "agile-editions")
        let path = folder.path("store.sqlite")
        let earlier = try Workspace(framework: fixture("agile-2024.xml"))
        let later = try Workspace(framework: fixture("agile-2025.xml"))
        let first = try IngestRun(workspace: earlier, store: path).run([fixture("published-2024.csv")]) { _ in }
        let rest = try IngestRun(workspace: later, store: path).run(["new-source-2024.csv", "data-2025.csv", "revision.csv"].map(fixture)) { _ in }
        #expect(first.failures == 0 && rest.failures == 0)
        return (folder, try EditionComparison(earlier: earlier, later: later, store: path).run())
    }

    /// The scores of the four scorings A, B, C, D per country and node (README.md), and what
    /// they give: total = A − B, data = A − C, framework = D − B, field = C − D.
    @Test func everyNumberOfTheDecompositionIsWorkedOutByHand() throws {
        let (_, result) = try Self.comparison()
        let change = result.change
        let n = Double.nan
        // (A, B, C, D) per country, in the order USA, DEU, JPN, FRA, KEN.
        let expected: [String: [(Double, Double, Double, Double)]] = [
            // A: (87.5 + 75)/2 … ; B: (62.5 + 25)/2 …; C: (100 + 50)/2 …, KEN P1 alone; D: (100 + 50)/2 …
            "TINY": [(87.5, 43.75, 75, 75), (56.25, 12.5, 42.5, 37.5), (18.75, 37.5, 20, 12.5), (68.75, 75, 60, 50), (18.75, n, 0, n)],
            // A: mean of X1 (10–90) and X3; B: mean of X1 (20–100) and X2 (10–90); C: X1 (0–100); D: X1 (20–100).
            "P1": [(100, 62.5, 100, 100), (62.5, 25, 60, 50), (12.5, 37.5, 40, 25), (37.5, 50, 20, 0), (37.5, n, 0, n)],
            // A: Y2 (0–80); B: Y1 (20–100); C and D: the 2024 Y2 (10–90), none for KEN.
            "P2": [(75, 25, 50, 50), (50, 0, 25, 25), (25, 37.5, 0, 0), (100, 100, 100, 100), (0, n, n, n)],
        ]
        let countries = ["USA", "DEU", "JPN", "FRA", "KEN"]
        // Rows by the 2025 index rank (JPN and KEN tie at 4: by code), the index then P1, P2.
        #expect(change.rows.map { "\($0.country) \($0.node)" } == ["USA", "FRA", "DEU", "JPN", "KEN"].flatMap { c in ["TINY", "P1", "P2"].map { "\(c) \($0)" } })
        for row in change.rows {
            let (a, b, c, d) = expected[row.node]![countries.firstIndex(of: row.country)!]
            func same(_ x: Double, _ y: Double) -> Bool { x.isNaN ? y.isNaN : abs(x - y) < 1e-12 }
            #expect(same(row.later, a) && same(row.earlier, b) && same(row.earlierDataLaterField, c) && same(row.earlierDataEarlierField, d),
                    "\(row.country) \(row.node): \(row.later) \(row.earlier) \(row.earlierDataLaterField) \(row.earlierDataEarlierField)")
            #expect(same(row.total, a - b) && same(row.dataEffect, a - c) && same(row.frameworkEffect, d - b) && same(row.fieldEffect, c - d))
            if !row.isNewcomer {
                #expect(abs(row.dataEffect + row.frameworkEffect + row.fieldEffect - row.total) <= 1e-12)
                #expect(row.rankDataEffect + row.rankFrameworkEffect + row.rankFieldEffect == row.rankTotal)
            }
            #expect(row.isNewcomer == (row.country == "KEN") && !row.isDropped)
        }
        // The index, as README.md's table: total, data, framework, field.
        let index = Dictionary(uniqueKeysWithValues: change.rows.filter(\.isIndex).map { ($0.country, $0) })
        for (country, total, data, framework, field) in [("USA", 43.75, 12.5, 31.25, 0.0), ("DEU", 43.75, 13.75, 25, 5), ("JPN", -18.75, -1.25, -25, 7.5), ("FRA", -6.25, 8.75, -25, 10)] {
            let row = index[country]!
            #expect(abs(row.total - total) < 1e-12 && abs(row.dataEffect - data) < 1e-12 && abs(row.frameworkEffect - framework) < 1e-12 && abs(row.fieldEffect - field) < 1e-12, "\(country)")
        }
        let ken = index["KEN"]!
        #expect(ken.dataEffect == 18.75 && ken.total.isNaN && ken.frameworkEffect.isNaN && ken.fieldEffect.isNaN && ken.earlierRank.isNaN)
        // Ranks among the four common countries: A 1, 3, 4, 2; B 2, 4, 3, 1; C and D 1, 3, 4, 2.
        // Places gained: total = B − A, data = C − A, framework = B − D, field = D − C.
        for (country, a, b, places) in [("USA", 1.0, 2.0, 1.0), ("DEU", 3, 4, 1), ("JPN", 4, 3, -1), ("FRA", 2, 1, -1)] {
            let row = index[country]!
            #expect(row.laterRank == a && row.earlierRank == b && row.earlierDataLaterFieldRank == a && row.earlierDataEarlierFieldRank == a)
            #expect(row.rankTotal == places && row.rankDataEffect == 0 && row.rankFrameworkEffect == places && row.rankFieldEffect == 0)
        }
        // The 2025 ranks among all five: JPN and KEN tie at 4.
        #expect(countries.map { index[$0]!.laterRankOfAll } == [1, 3, 4, 2, 4])
        #expect(change.commonCountries == ["USA", "DEU", "JPN", "FRA"] && change.newcomers == ["KEN"])
        #expect(change.nodes == ["TINY", "P1", "P2"] && change.nodesWithoutCounterpart.isEmpty)
        #expect(change.missingInEarlierData == [.init(indicator: "X3", countries: countries), .init(indicator: "Y2", countries: ["KEN"])])
        #expect(result.earlierVintages == .asPublished(CalendarDate("2025-02-10")!) && result.laterVintages == .asPublished(CalendarDate("2025-07-31")!))
    }

    /// The 2025 values are of the vintages asked for: as of 2025-05-31 they are the 2024 values
    /// (all of year 2023, inside both windows; DEU's revision and the 2025 file not yet in), so
    /// no country has a data effect, KEN included (its P2 has no value either way).
    @Test func theLaterVintagesAreTheOnesAskedFor() throws {
        let folder = try ScratchFolder(prefix: "agile-editions")
        let path = folder.path("store.sqlite")
        let earlier = try Workspace(framework: Self.fixture("agile-2024.xml"))
        let later = try Workspace(framework: Self.fixture("agile-2025.xml"))
        _ = try IngestRun(workspace: earlier, store: path).run([Self.fixture("published-2024.csv")]) { _ in }
        _ = try IngestRun(workspace: later, store: path).run(["new-source-2024.csv", "data-2025.csv", "revision.csv"].map(Self.fixture)) { _ in }
        let change = try EditionComparison(earlier: earlier, later: later, store: path, laterVintages: .asOf(CalendarDate("2025-05-31")!)).run().change
        // The 2025 data as of 2025-05-31: the 2024 values in the 2025 window (years 2021–2025).
        for row in change.rows {
            #expect(row.country == "KEN" && row.node == "P2" ? row.dataEffect.isNaN : abs(row.dataEffect) < 1e-12, "\(row.country) \(row.node)")
        }
    }
}
