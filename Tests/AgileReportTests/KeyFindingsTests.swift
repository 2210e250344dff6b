// The key findings at the top of the ranking page, checked against the hand-worked PeerFixture.

import AgileCore
@testable import AgileReport
import Testing

@Suite struct KeyFindingsTests {
    /// The earlier edition of the fixture: five countries (Brazil is new in 2025), ranked
    /// Canada 100, the United States 70, France 50, Germany 40, India 20 (A, C: CAN 100, 100;
    /// USA 80, 60; FRA 60, 40; DEU 0, 80; IND 40, 0). Among the five common countries the later
    /// ranks are USA 1, CAN 2, DEU 3, FRA 3, IND 5: USA ▲ 1 (2 → 1), DEU ▲ 1 (4 → 3),
    /// CAN ▼ 1 (1 → 2), FRA and IND no move.
    static func change() throws -> EditionChange {
        var earlier = PeerFixture.framework(edition: 2024)
        earlier.participants.removeAll { $0.code == "BRA" }
        let earlierData = PeerFixture.observations([("CAN", 100, 100), ("USA", 80, 60), ("FRA", 60, 40), ("DEU", 0, 80), ("IND", 40, 0)])
        return try EditionChange(earlier: earlier, later: PeerFixture.framework(), earlierData: earlierData, laterData: PeerFixture.observations())
    }

    static func input() throws -> ReportInput {
        var input = try PeerFixture.input(change: try change())
        input.audit = PeerFixture.audit(input)
        return input
    }

    @Test func leadersNameTheTopThreePlacesWithTheirScoresAndTiesIncluded() throws {
        // DEU and FRA tie at 3 (60): both lead.
        #expect(KeyFindings(input: try Self.input()).leaders
            == "Leaders: the United States (90.0), Canada (70.0), Germany (60.0) and France (60.0), ranks 1 to 3 of 6.")
    }

    @Test func tiersAreCountedWithTheirRanges() throws {
        #expect(KeyFindings(input: try Self.input()).tiers
            == "Tiers: 4 countries leading (≥ 60), 0 countries advancing (30–60) and 2 countries developing (< 30).")
    }

    @Test func quadrantsAreCounted() throws {
        #expect(KeyFindings(input: try Self.input()).quadrants
            == "Development and governance: 2 countries both high, 1 country development ahead, 1 country governance ahead and 2 countries both low.")
    }

    @Test func widestIntervalsComeFromTheAuditAlreadyComputed() throws {
        // Widths 3 (DEU 3–6, FRA 2–5), then 2 (CAN 1–3, BRA 4–6): the third place is a tie of 2,
        // so both are named, Canada first by its rank.
        #expect(KeyFindings(input: try Self.input()).widestIntervals
            == "Widest rank intervals in the audit (5th to 95th percentile over 400 replications): "
            + "Germany 3–6 (rank 3), France 2–5 (rank 3), Canada 1–3 (rank 2) and Brazil 4–6 (rank 5).")
    }

    @Test func biggestMoversSinceThePreviousEditionIncludeTies() throws {
        #expect(KeyFindings(input: try Self.input()).movers
            == "Biggest moves since 2024 (among the 5 countries in both editions): up, Germany ▲ 1 (4 → 3) and the United States ▲ 1 (2 → 1); "
            + "down, Canada ▼ 1 (1 → 2).")
    }

    @Test func findingsWithoutTheirDataAreLeftOut() throws {
        let findings = KeyFindings(input: try PeerFixture.input())
        #expect(findings.widestIntervals == nil)
        #expect(findings.movers == nil)
        #expect(findings.sentences.count == 3)
    }

    @Test func rankingPageOpensWithTheFindings() throws {
        let site = try ReportFixture.site(try Self.input())
        let page = try #require(site["index.md"])
        let section = try #require(page.range(of: "## Key findings\n\n"))
        let ranking = try #require(page.range(of: "## Ranking\n"))
        #expect(section.upperBound < ranking.lowerBound)
        let bullets = page[section.upperBound..<ranking.lowerBound].split(separator: "\n").map(String.init)
        #expect(bullets.count == 5)
        #expect(bullets.first == "- Leaders: the United States (90.0), Canada (70.0), Germany (60.0) and France (60.0), ranks 1 to 3 of 6.")
        #expect(bullets.last?.hasPrefix("- Biggest moves since 2024") == true)
        #expect(site["index.html"]?.contains("<li>Tiers: 4 countries leading (≥ 60)") == true)
    }
}
