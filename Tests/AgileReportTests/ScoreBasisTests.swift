// The one sentence on what scores are relative to (the year's field or fixed goalposts), on the
// methodology page and in the ranking page's note, for each kind of run.

import AgileCore
import AgileIO
import AgileReport
import Testing

@Suite struct ScoreBasisTests {
    /// The site of the report fixture with `method` as the run's method, and its pages.
    static func pages(method: Method, framework: Framework = ReportFixture.framework()) throws -> (methodology: String, index: String) {
        var ran = framework
        ran.method = method
        let base = try ReportFixture.input(framework: ran)
        // The pages describe the run's method, not the registry's method block.
        let input = ReportInput(framework: framework, method: method, scores: base.scores, selection: base.selection,
                                countries: base.countries, illustrative: false)
        let site = try ReportFixture.site(input)
        return (try #require(site["methodology.md"]), try #require(site["index.md"]))
    }

    static func count(_ text: String, in page: String) -> Int { page.components(separatedBy: text).count - 1 }

    @Test func zScoresAreRelativeToTheField() throws {
        var method = ReportFixture.framework().method
        method.normalisation = .zScore(mean: 10, sd: 2)
        let (methodology, index) = try Self.pages(method: method)
        #expect(Self.count("Scores are relative to the year's field: z-scores measure each value against the year's mean and standard deviation, "
            + "so a country's score can fall although its own values rose, and scores of different years do not compare "
            + "(fixed goalposts, declared for each indicator, would make them comparable).", in: methodology) == 1)
        #expect(methodology.contains("- Normalisation: z-score with mean 10 and standard deviation 2, polarity applied."))
        #expect(Self.count("Scores are relative to the year's field (z-score): they compare countries within the year, not a country's scores between years.", in: index) == 1)
    }

    /// Goalposts on A and B only (C and D keep the run's min-max): partly relative, said so.
    @Test func somePostsMakeScoresPartlyRelative() throws {
        var framework = ReportFixture.framework()
        for id in ["A", "B"] {
            let index = framework.indicators.firstIndex { $0.id == id }!
            framework.indicators[index].overrides = MethodOverrides(normalisation: .goalposts(scale: 100), goalposts: Goalposts(0...50, truncates: false))
        }
        var method = framework.method
        method.normalisation = .minMax(low: 0, high: 100)
        let (methodology, index) = try Self.pages(method: method, framework: framework)
        #expect(Self.count("Scores are partly relative to the year's field: 2 of 4 indicators (A, B) are scored on fixed goalposts, the same every year; "
            + "a value beyond a goalpost scores beyond the scale; for the others min-max puts each indicator's worst value of the year at 0 "
            + "and its best at 100, so the index of different years does not compare.", in: methodology) == 1, "\(methodology)")
        #expect(methodology.contains("Source: Registry source A. Goalposts: 0–50 (not truncated)."))
        #expect(Self.count("Scores are partly relative to the year's field (2 of 4 indicators by min-max): they compare countries within the year, "
            + "not a country's scores between years.", in: index) == 1)
    }
}
