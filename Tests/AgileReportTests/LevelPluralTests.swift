// Level names in the plural on the pages: the framework's own names, with English plurals
// ("Category" → "categories", "Box" → "boxes"), never a bare "s" appended ("categorys").

import AgileCore
@testable import AgileReport
import Testing

@Suite struct LevelPluralTests {
    /// The fixture with its dimensions named Category and its pillars Box.
    static func input() throws -> ReportInput {
        var framework = ReportFixture.framework()
        framework.levelNames = ["Indicator", "Category", "Box", "Index"]
        var input = try ReportFixture.input(framework: framework)
        input.audit = try AuditFixture.audit(input)
        return input
    }

    @Test func pluralsFollowEnglish() {
        #expect(LevelWords.plural(of: "Category") == "Categories")
        #expect(LevelWords.plural(of: "Box") == "Boxes")
        #expect(LevelWords.plural(of: "Index") == "Indices")
        #expect(LevelWords.plural(of: "Pillar") == "Pillars")
        #expect(LevelWords.plural(of: "Key") == "Keys")
    }

    @Test func explorerAndAuditPagesUseThePlurals() throws {
        let site = try ReportFixture.site(try Self.input())
        let explorer = try #require(site[ExplorerPage.path])
        #expect(explorer.contains("Set your own weights for the boxes and categories and watch the ranking move."))
        let audit = try #require(site["audit.html"])
        #expect(audit.contains("<title id=\"audit-weights-boxes-title\">Boxes: declared and effective shares of the index</title>"))
        #expect(audit.contains("<title id=\"audit-weights-categories-title\">Categories: declared and effective shares of the index</title>"))
        #expect(audit.contains("Correlations with the boxes and the index"))
        #expect(site["charts/audit-weights-categories.svg"] != nil)
        for page in [explorer, audit, try #require(site["audit.md"])] { #expect(!page.contains("ategorys") && !page.contains("oxs")) }
    }
}
