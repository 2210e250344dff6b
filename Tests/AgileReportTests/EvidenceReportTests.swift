// The evidence section of country pages and the evidence page, against the hand-worked fixture.

import AgileCore
import AgileIO
import AgileReport
import Foundation
import Testing

@Suite struct EvidenceReportTests {
    @Test func aCountryWithDomesticModelsShowsTheirResults() throws {
        let site = try ReportFixture.site(try ReportFixture.input(evidence: try EvidenceFixture.set()))
        let usa = try #require(site["USA.md"])
        #expect(usa.contains("1 domestic model evaluated; mean agent ASR 50 % (Trust) / 20 % (Warning)."))
        #expect(usa.contains("| GPT-4o | OpenAI | no | MVPBench, VESTA |"))
        #expect(usa.contains("### VESTA: models developed in the United States of America"))
        // Trust 10 of 20: Wilson 95 % 29.9–70.1 %; Warning 4 of 20: 8.1–41.6 %.
        #expect(usa.contains("| All dimensions, Trust (soft) | 50 % (30–70 %, n\u{00A0}20) |"))
        #expect(usa.contains("| All dimensions, Warning (hard) | 20 % (8–42 %, n\u{00A0}20) |"))
        #expect(usa.contains("| All dimensions | 35 % (22–50 %, n\u{00A0}40) |"))
        #expect(usa.contains("| Goal and norm misalignment | 40 % (22–61 %, n\u{00A0}20) |"))
        #expect(usa.contains("| Autonomy and authority failure | 30 % (15–52 %, n\u{00A0}20) |"))
        #expect(usa.contains("All three benchmarks come from one research group"))
        #expect(usa.contains("![Heat map of asr for 1 model by 2 risk dimensions; the values are in the table below.](charts/USA-evidence-vesta.svg)"))
        let map = try #require(site["charts/USA-evidence-vesta.svg"])
        #expect(ParsedSVG(map).error == nil)
        #expect(map.contains("GPT-4o — Goal and norm misalignment: 40 % (22–61 %, n\u{00A0}20)"))
    }

    @Test func aCountryWithoutModelsSaysSoPlainly() throws {
        let site = try ReportFixture.site(try ReportFixture.input(evidence: try EvidenceFixture.set()))
        let japan = try #require(site["JPN.md"])
        #expect(japan.contains("No model developed in Japan has been evaluated by these benchmarks."))
        #expect(!japan.contains("### VESTA"))
        let germany = try #require(site["DEU.md"])
        #expect(germany.contains("MVPBench alignment with annotators from Germany 75 % on average over 1 model (provisional)."))
        #expect(germany.contains("**The paper was withdrawn for revision; its results are provisional.**"))
    }

    @Test func withoutEvidenceTheSectionAndPageSayNothingIsLoaded() throws {
        let site = try ReportFixture.site(try ReportFixture.input())
        #expect(try #require(site["USA.md"]).contains("No model-safety evidence is loaded in the store"))
        #expect(try #require(site["evidence.md"]).contains("No model-safety evidence is loaded in the store."))
    }

    @Test func theEvidencePageCoversEveryModel() throws {
        let site = try ReportFixture.site(try ReportFixture.input(evidence: try EvidenceFixture.set()))
        let page = try #require(site["evidence.md"])
        #expect(page.contains("| GPT-4o | OpenAI | United States of America | no | yes | – | yes |"))
        #expect(page.contains("| SciLM-13B | unmapped | – | – | – | yes | – |"))
        #expect(page.contains("Unmapped models (not in the model registry, so attributed to no country): SciLM-13B."))
        // Warning minus Trust: 20 % − 50 % = −30 points.
        #expect(page.contains("| GPT-4o | 50 % (30–70 %, n\u{00A0}20) | 20 % (8–42 %, n\u{00A0}20) | \u{2212}30 pp |"))
        #expect(site["charts/evidence-vesta.svg"] != nil && site["charts/evidence-contexts.svg"] != nil)
        #expect(site["charts/evidence-alignment.svg"] != nil)
        #expect(try #require(site["evidence.html"]).contains("<a href=\"evidence.html\">Model-safety evidence</a>"))
    }

    @Test func hostileModelNamesAreEscaped() throws {
        let hostile = "<script>alert(1)</script> | [x](javascript:y)"
        let site = try ReportFixture.site(try ReportFixture.input(evidence: try EvidenceFixture.set(unmappedName: hostile)))
        for (path, content) in site where path.hasSuffix(".html") || path.hasSuffix(".svg") {
            #expect(path == "explore.html" || !content.contains("<script"), "\(path)")
            #expect(!content.contains("href=\"javascript"), "\(path)")
        }
        #expect(try #require(site["evidence.html"]).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
