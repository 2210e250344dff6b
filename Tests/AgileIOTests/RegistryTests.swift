// The AGILE 2024 registry loads whole and matches the framework specification.

import AgileCore
import AgileIO
import Testing

@Suite struct RegistryTests {
    let framework = Project.framework

    @Test func countsMatchTheSpecification() {
        // shared/spec/agile-2024-framework.md: P1 4/8, P2 3/7, P3 6/13, P4 5/11.
        #expect(framework.aggregates(atLevel: 4).map(\.id) == ["AGILE"])
        #expect(framework.aggregates(atLevel: 3).map(\.id) == ["P1", "P2", "P3", "P4"])
        #expect(framework.aggregates(atLevel: 2).count == 18)
        #expect(framework.indicators.count == 39)
        let perPillar = ["P1", "P2", "P3", "P4"].map { pillar in
            (framework.aggregates.filter { $0.parent == pillar }.count, framework.indicators(under: pillar).count)
        }
        #expect(perPillar.map(\.0) == [4, 3, 6, 5])
        #expect(perPillar.map(\.1) == [8, 7, 13, 11])
        // I01–I07 are the confirmed development indicators; the other 32 are reconstructed.
        #expect(framework.indicators.filter { $0.status == .confirmed }.map(\.id) == ["I01", "I02", "I03", "I04", "I05", "I06", "I07"])
    }

    @Test func indicatorFieldsFollowTheSpecification() throws {
        let i09 = try #require(framework.indicator("I09"))
        #expect(i09.polarity == .negative)
        #expect(i09.transform == .log1p)
        #expect(i09.parent == "D05")
        #expect(framework.indicators.filter { $0.polarity == .negative }.map(\.id) == ["I09", "I10"])
        let i14 = try #require(framework.indicator("I14"))
        #expect(i14.type == .percent && i14.scale.minimum == 0 && i14.scale.maximum == 100)
        #expect(i14.sourceCodes == [SourceCode(system: "worldbank", code: "IT.NET.USER.ZS")])
        #expect(framework.code(forSourceCode: "IT.NET.USER.ZS", system: "worldbank") == "I14")
        #expect(framework.code(forSourceCode: "GE.EST", system: "worldbank") == "I11")
        let i27 = try #require(framework.indicator("I27"))
        #expect(i27.type == .ordinal && i27.scale.maximum == 6 && i27.scale.levels.count == 7)
        let i11 = try #require(framework.indicator("I11"))
        #expect(i11.scale.minimum == -2.5 && i11.scale.maximum == 2.5)
        // log1p in the spec: I01–I09, I17, I22, I25, I28, I33, I35, I37.
        #expect(framework.indicators.filter { $0.transform == .log1p }.map(\.id) == ["I01", "I02", "I03", "I04", "I05", "I06", "I07", "I08", "I09", "I17", "I22", "I25", "I28", "I33", "I35", "I37"])
    }

    @Test func editionCountriesAndMethod() {
        #expect(framework.participants.map(\.code) == ["USA", "CAN", "GBR", "DEU", "FRA", "ITA", "JPN", "CHN", "IND", "BRA", "RUS", "ZAF", "SGP", "ARE"])
        #expect(framework.participants.allSatisfy { $0.groups["region"] != nil && $0.groups["income"] != nil })
        #expect(framework.years == 2019...2024)
        #expect(framework.method.normalisation == .minMax(low: 0, high: 100))
        #expect(framework.method.aggregation == .arithmetic)
        #expect(framework.method.treatment == .skewKurtosis(SkewKurtosisRule(skew: 2, kurtosis: 3.5, winmax: 5, logFallback: true)))
        #expect(framework.method.coverage.countryMinimum == 0.65)
        #expect(framework.method.tiers.map(\.name) == ["leading", "advancing", "developing"])
        #expect(framework.method.tiers.map(\.minimum) == [60, 50, -.infinity])
        var match = MatchRule(development: ["P1"], governance: ["P2", "P3", "P4"], split: .median)
        match.labels = MatchLabels(developmentAxis: "AI development", governanceAxis: "AI governance", principle: "governance should match development")
        #expect(framework.method.match == match)
        #expect(framework.publication == Publication(
            official: "AGILE Index", credit: "the AGILE toolkit",
            licence: "The sample values are invented for the AGILE toolkit and free to reuse without restriction; "
                + "the official AGILE Index data are not included and are under their publishers' terms.",
            papers: [Publication.Paper(title: "AGILE Index 2024", arxiv: "2502.15859")], showsEvidence: true))
        #expect(framework.weightSets.map(\.id) == ["development-double", "instruments-heavy"])
        #expect(framework.weightSets.first?.weights == ["P1": 2])
    }

    @Test func minimalRegistryReadsEveryDeclaredField() throws {
        let mini = try RegistryLoader(countries: Project.countries, schemaPath: Project.schema)
            .load(path: Project.path("Tests/Fixtures/registry/minimal.xml"))
        #expect(mini.id == "mini" && mini.edition == 2024 && mini.years == 2020...2024)
        #expect(mini.aggregate("P2")?.weight == 2)
        #expect(mini.indicator("A2")?.weight == 2)
        #expect(mini.indicator("A1")?.provenance?.line == 17)
        #expect(mini.indicator("B1")?.scale.levels.map(\.label) == ["none", "draft", "published"])
        #expect(mini.method.normalisation == .minMax(low: 1, high: 100))
        #expect(mini.method.aggregation(atLevel: 4) == .geometric)
        #expect(mini.method.aggregation(atLevel: 3) == .arithmetic)
        #expect(mini.method.coverage.countryMinimum == 0.75)
        #expect(mini.method.treatment == .skewKurtosis(SkewKurtosisRule(winmax: 3)))
        #expect(mini.method.match?.split == .threshold(50))
        // No <publication> and no labels on <match>: nothing official, no credit, no evidence,
        // the plain words.
        #expect(mini.publication == Publication())
        #expect(mini.method.match?.labels == MatchLabels(development: "development", governance: "governance", developmentAxis: "development", governanceAxis: "governance"))
        #expect(mini.participants.map { $0.groups["region"] } == ["North America", "Europe", "Asia"])
    }
}
