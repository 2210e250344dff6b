// Levels by name and the report's date from SOURCE_DATE_EPOCH, worked out by hand.

import AgileCore
import AgileUseCases
import Testing

@Suite struct LevelAndDateTests {
    /// AGILE's four levels: indicator 1, dimension 2, pillar 3, index 4, by the fixed names, by
    /// the registry's own level names (any case) or by number.
    @Test func levelsByName() throws {
        let framework = try SampleStore.workspace().framework
        #expect(["indicator", "dimension", "pillar", "index", "Pillar", "2", "7"].map { framework.level(named: $0) } == [1, 2, 3, 4, 3, 2, 7])
        #expect(framework.level(named: "bogus") == nil)
        #expect(try framework.levelBelowIndex(named: "pillar") == 3)
        #expect(throws: RunError.unknownLevel(name: "index", depth: 4)) { try framework.levelBelowIndex(named: "index") }
        #expect(RunError.unknownLevel(name: "index", depth: 4).description == "--level index: give indicator, dimension, pillar or a level from 1 to 3")
    }

    /// Days since 1970-01-01 in UTC: 951,782,400 s is 11,016 days, 2000-02-29 (a leap day of a
    /// year divisible by 400); −1 s is the last second of 1969.
    @Test func sourceDates() {
        #expect(SourceDate.date(seconds: 0) == "1970-01-01")
        #expect(SourceDate.date(seconds: 951_782_400) == "2000-02-29")
        #expect(SourceDate.date(seconds: -1) == "1969-12-31")
        #expect(SourceDate.date(seconds: 1_700_000_000) == "2023-11-14")
        #expect(SourceDate.date(seconds: -31_536_000) == "1969-01-01")
    }

    /// Weights as runs record them, and back.
    @Test func weightNames() {
        #expect([nil, "declared", "equal", "development-double"].map { WeightChoice(name: $0) } == [.declared, .declared, .equal, .weightSet("development-double")])
        #expect([WeightChoice.declared, .equal, .weightSet("x")].map(\.name) == ["declared", "equal", "x"])
    }
}
