// Each country page beside its region, its income group and all countries, with its rank
// interval from the audit: checked against the hand-worked PeerFixture.

import AgileCore
@testable import AgileReport
import Testing

@Suite struct PeersTests {
    static func site() throws -> [String: String] {
        var input = try PeerFixture.input()
        input.audit = PeerFixture.audit(input)
        return try ReportFixture.site(input)
    }

    @Test func germanyBesideEuropeTheHighIncomeGroupAndAll() throws {
        let page = try #require(try Self.site()["DEU.md"])
        #expect(page.contains("""
            ## Among its peers

            Germany beside its peers of the registry's groups: the region Europe (2 countries), the income group High income (4 countries) \
            and all 6 countries. Ranks within a group count the members with a score (ties share a rank).

            | | Score | Median, region | Median, income group | Median, all | Rank in region | Rank in income group |
            |---|---:|---:|---:|---:|---:|---:|
            | Peer index | 60.0 | 60.0 | 65.0 | 60.0 | 1 of 2 | 3 of 4 |
            | P1 Development | 80.0 | 70.0 | 70.0 | 50.0 | 1 of 2 | 2 of 4 |
            | P2 Governance | 40.0 | 50.0 | 70.0 | 50.0 | 2 of 2 | 4 of 4 |
            """))
    }

    @Test func theCountrysRankIntervalIsOnItsOwnPage() throws {
        let site = try Self.site()
        #expect(site["DEU.md"]?.contains(
            "Rank interval: over the 400 replications of the audit's uncertainty analysis, the rank of Germany (3 in the ranking) "
            + "stays between 3 and 6 in 90 % of them (5th to 95th percentile; median 4). See the [audit](audit.md).") == true)
        #expect(site["USA.md"]?.contains("the rank of the United States (1 in the ranking) stays at 1 in 90 % of them") == true)
        #expect(site["USA.html"]?.contains("<a href=\"audit.html\">audit</a>") == true)
    }

    @Test func aCountryAloneInItsGroupRanksFirstOfOne() throws {
        let page = try #require(try Self.site()["IND.md"])
        #expect(page.contains("| Peer index | 10.0 | 10.0 | 10.0 | 60.0 | 1 of 1 | 1 of 1 |"))
    }

    @Test func withoutGroupsOrAuditThereIsNoPeersSection() throws {
        var framework = PeerFixture.framework()
        framework.participants = framework.participants.map { Participant(code: $0.code) }
        let site = try ReportFixture.site(try PeerFixture.input(framework: framework))
        #expect(site["DEU.md"]?.contains("## Among its peers") == false)
    }

    @Test func groupRanksAreCompetitionRanksOverTheMembersWithAScore() {
        let figures = PeerGroups.Figures(descending: [90, 70, 60, 60], median: 65)
        #expect(figures.rank(of: 90) == 1)
        #expect(figures.rank(of: 60) == 3)
        #expect(figures.rank(of: 65) == 3)
        #expect(figures.rank(of: .nan) == nil)
    }

    /// Ghana, self-assessed against 2025 and listed by the registry for its groups only, is
    /// compared with its region and income group. Worked from the committed ranking: Sub-Saharan
    /// Africa's participants ZAF 31.8, KEN 31.4, NGA 59.0 (median 31.8), all above Ghana's 29.3, so
    /// it would rank 4 of 4 (the three and itself); lower middle income IND 56.3, EGY 75.9, KEN 31.4,
    /// NGA 59.0, PHL 14.0, VNM 57.6 (median 56.95, shown 56.9), five above it: 6 of 7.
    @Test func aSelfAssessedReferenceCountryBesideItsGroups() throws {
        let page = try String(contentsOfFile: "\(ReportFixture.root)/Reports/2025/assessment-GHA.md", encoding: .utf8)
        #expect(page.contains("Ghana beside its peers of the registry's groups: the region Sub-Saharan Africa (3 countries), "
            + "the income group Lower middle income (6 countries) and all 40 countries."))
        #expect(page.contains("| AGILE Index | 29.3 | 31.8 | 56.9 | 56.9 | 4 of 4 | 6 of 7 |"))
    }
}
