// data, score, report and the audits read one selection of the stored edition: the values
// `agile data` shows are the values a run scores, evidence-derived indicators included.

import AgileCore
import AgileUseCases
import Testing

@Suite struct EditionDataTests {
    /// With Tests/Fixtures/evidence/vesta-generic.csv, I40 is 100 × (1 − 0.35) = 65 for USA
    /// and 100 × (1 − 0.8) = 20 for CHN (Tests/Fixtures/evidence/README.md), none elsewhere;
    /// the coverage, the run and the audit see the same values.
    @Test func coverageRunAndAuditSelectTheSameValues() throws {
        let store = try SampleStore(evidence: true)
        let edition = try store.edition(evidence: true)
        let coverage = try EditionCoverage(edition)
        let run = try ScoringRun().score(edition)
        let audit = try DataSource.stored(edition).auditData(method: MethodChoices())
        let usa = try #require(coverage.selection[country: "USA", indicator: "I40"]?.value)
        let chn = try #require(coverage.selection[country: "CHN", indicator: "I40"]?.value)
        #expect(abs(usa - 65) < 1e-9 && abs(chn - 20) < 1e-9)
        #expect(coverage.selection[country: "DEU", indicator: "I40"] == nil)
        #expect(coverage.coverage.indicators.first { $0.indicator == "I40" }?.observed == 2)
        for country in edition.framework.participants.map(\.code) {
            for indicator in edition.framework.indicators.map(\.id) {
                let shown = coverage.selection[country: country, indicator: indicator]?.value
                #expect(run.selection[country: country, indicator: indicator]?.value == shown, "\(country) \(indicator)")
            }
        }
        for country in ["USA", "CHN", "DEU"] {
            let audited = audit.input.raw[row: country, column: "I40"], scored = run.input.raw[row: country, column: "I40"]
            #expect(audited == scored || (audited?.isNaN == true && scored?.isNaN == true), "\(country)")
        }
        #expect(audit.input.raw[row: "USA", column: "I40"].map { abs($0 - 65) < 1e-9 } == true)
        #expect(coverage.illustrative)
    }

    /// A code that is no ISO 3166-1 country is named as such.
    @Test func anUnknownCountry() throws {
        let coverage = try EditionCoverage(SampleStore().edition())
        #expect(try coverage.country("de").alpha3 == "DEU")
        #expect(throws: RunError.unknownCountry(code: "XX")) { try coverage.country("XX") }
        #expect(RunError.unknownCountry(code: "X\u{7}").description == "'X\\u{7}' is not an ISO 3166-1 country code.")
    }
}
