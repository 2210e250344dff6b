// The names of the groups in the audit page's statistical-coherence section.

import AgileCore
@testable import AgileReport
import Testing

@Suite struct CoherenceSectionTests {
    /// A code followed by its name, but the name alone when it already holds the code as a
    /// word ("AGILE Index" was shown "AGILE AGILE Index"), or is the code; an unknown code as it is.
    @Test func groupLabelsNameTheCodeOnce() {
        var framework = ReportFixture.framework()
        #expect(AuditPage.label("P1", in: framework) == "P1 Development")
        #expect(AuditPage.label("A", in: framework) == "A Articles")
        #expect(AuditPage.label("XYZ", in: framework) == "XYZ")
        framework.aggregates = framework.aggregates.map { aggregate in
            var aggregate = aggregate
            switch aggregate.id {
            case "IDX": aggregate.name = "The IDX index"
            case "P1": aggregate.name = "P1"
            case "P2": aggregate.name = "Governance (P2)"
            case "D1": aggregate.name = "D1x research"
            default: break
            }
            return aggregate
        }
        #expect(AuditPage.label("IDX", in: framework) == "The IDX index")
        #expect(AuditPage.label("P1", in: framework) == "P1")
        #expect(AuditPage.label("P2", in: framework) == "Governance (P2)")
        #expect(AuditPage.label("D1", in: framework) == "D1 D1x research")
    }

    /// The first component's bound reads the same on the page as in the tables of `agile audit
    /// pca` and its help ("60 %"; the page once said "60.0 %").
    @Test func theFirstComponentsBoundIsWordedOnce() throws {
        #expect(CoherenceSection.firstShareBound == "60 %")
        let page = try String(contentsOfFile: "\(ReportFixture.root)/Reports/2025/audit.md", encoding: .utf8)
        #expect(page.contains("A group is flagged when its first component explains less than 60 % of the variance"))
    }
}
