// Framework.problems(countries:): each defect a schema cannot see, with its exact message.

import AgileCore
import Testing

@Suite struct FrameworkCheckTests {
    /// The messages of the problems of `framework`, checked against the test catalog.
    func messages(_ framework: Framework) -> [String] {
        framework.problems(countries: TestCountries.catalog).map(\.message)
    }

    @Test func soundFrameworkHasNoProblem() {
        #expect(Sound.framework.problems(countries: TestCountries.catalog).isEmpty)
        #expect(Sound.framework.problems().isEmpty)
    }

    @Test func duplicateIDNamesTheFirstDeclaration() {
        let first = Provenance(file: "reg.xml", line: 10)
        let second = Provenance(file: "reg.xml", line: 20)
        let framework = Sound.with { f in
            Sound.replacing("I01", in: &f) { $0.provenance = first }
            var copy = Sound.i19
            copy.id = "I01"
            copy.provenance = second
            f.indicators.append(copy)
        }
        let problems = framework.problems(countries: TestCountries.catalog)
        #expect(problems == [FrameworkProblem("id 'I01' is declared twice (first declared at reg.xml:10)", at: second)])
        #expect(problems.first?.description == "reg.xml:20: id 'I01' is declared twice (first declared at reg.xml:10)")
    }

    @Test func duplicateIDAcrossKindsWithoutProvenance() {
        // A dimension and a denominator may not share an id either; no place known → no "(first …)".
        let framework = Sound.with { $0.denominators.append(Denominator(id: "D01", name: "Clash")) }
        #expect(messages(framework) == ["id 'D01' is declared twice"])
        #expect(framework.problems().first?.description == "id 'D01' is declared twice")
    }

    @Test func unknownParents() {
        let indicator = Sound.with { f in Sound.replacing("I19", in: &f) { $0.parent = "D09" } }
        #expect(messages(indicator) == ["indicator 'I19' names parent 'D09', which is not declared"])

        // A new dimension under an undeclared pillar (with an indicator, so it is not empty).
        let aggregate = Sound.with { f in
            f.aggregates.insert(Aggregate(id: "D03", name: "Orphan", level: 2, parent: "PX"), at: 2)
            f.indicators.append(Indicator(id: "I20", name: "Twenty", parent: "D03", type: .binary))
        }
        #expect(messages(aggregate) == ["'D03' names parent 'PX', which is not declared"])
    }

    @Test func parentsAtTheWrongLevel() {
        // A dimension (2) straight under the index (4): expected a pillar (3).
        let dimension = Sound.with { f in
            f.aggregates.insert(Aggregate(id: "D03", name: "Skips a level", level: 2, parent: "ROOT"), at: 2)
            f.indicators.append(Indicator(id: "I20", name: "Twenty", parent: "D03", type: .binary))
        }
        #expect(messages(dimension) == ["'D03' (level 2) has parent 'ROOT' at level 4; expected level 3"])

        // An indicator straight under a pillar (3).
        let indicator = Sound.with { f in Sound.replacing("I19", in: &f) { $0.parent = "P2" } }
        #expect(messages(indicator) == ["indicator 'I19' has parent 'P2' at level 3; indicators sit under level 2"])
    }

    @Test(arguments: [
        (0.0, "0.0"),            // Double interpolates as "0.0"
        (-1.0, "-1.0"),
        (Double.nan, "nan"),     // !(nan > 0)
        (Double.infinity, "inf"),
    ])
    func badWeights(weight: Double, written: String) {
        let indicator = Sound.with { f in Sound.replacing("I14", in: &f) { $0.weight = weight } }
        #expect(messages(indicator) == ["indicator 'I14' has weight \(written); weights must be > 0"])
        let aggregate = Sound.with { $0.aggregates[2].weight = weight }  // P1
        #expect(messages(aggregate) == ["'P1' has weight \(written); weights must be > 0"])
        let set = Sound.with { $0.weightSets[0].weights["P1"] = weight }
        #expect(messages(set) == ["weight set 'double-development' gives 'P1' weight \(written); weights must be > 0"])
    }

    @Test func aggregateWithoutChildren() {
        let framework = Sound.with { $0.aggregates.insert(Aggregate(id: "D03", name: "Empty", level: 2, parent: "P1"), at: 2) }
        #expect(messages(framework) == ["'D03' has no indicator or child aggregate"])
    }

    @Test func twoRoots() {
        // P2 loses its parent: ROOT (with P1 under it) and P2 (with D02 under it) are both roots.
        let framework = Sound.with { $0.aggregates[3].parent = nil }
        #expect(messages(framework) == ["the framework needs exactly one root aggregate, found 2"])
    }

    @Test func scalesThatDoNotFitTheType() {
        let percent = Sound.with { f in Sound.replacing("I14", in: &f) { $0.scale = Scale(minimum: 0, maximum: 1) } }
        #expect(messages(percent) == ["indicator 'I14': a percent indicator has the scale 0–100"])

        let binaryFraction = Sound.with { f in Sound.replacing("I19", in: &f) { $0.scale = Scale(minimum: 0, maximum: 1) } }
        #expect(messages(binaryFraction) == ["indicator 'I19': a binary indicator has the scale 0–1"])
        let binaryTwo = Sound.with { f in Sound.replacing("I19", in: &f) { $0.scale = Scale(minimum: 0, maximum: 2, integer: true) } }
        #expect(messages(binaryTwo) == ["indicator 'I19': a binary indicator has the scale 0–1"])

        // The count check comes before the log1p one, so I01 (log1p) gets one message only.
        let countNegative = Sound.with { f in Sound.replacing("I01", in: &f) { $0.scale = Scale(minimum: -1) } }
        #expect(messages(countNegative) == ["indicator 'I01': a count indicator needs a minimum of 0 or more"])
        let countUnbounded = Sound.with { f in Sound.replacing("I01", in: &f) { $0.scale = Scale() } }
        #expect(messages(countUnbounded) == ["indicator 'I01': a count indicator needs a minimum of 0 or more"])

        let reversed = Sound.with { f in Sound.replacing("I11", in: &f) { $0.scale = Scale(minimum: 2.5, maximum: -2.5) } }
        #expect(messages(reversed) == ["indicator 'I11': scale minimum 2.5 is not below maximum -2.5"])
    }

    @Test func ordinalScales() {
        // Levels 0, 1, 3 on a 0–3 scale: 2 is missing.
        let gap = Sound.with { f in Sound.replacing("I16", in: &f) { $0.scale.levels.remove(at: 2) } }
        #expect(messages(gap) == ["indicator 'I16': the levels of an ordinal scale must be 0 to 3, one each, in order"])
        // All four levels, out of order.
        let unordered = Sound.with { f in Sound.replacing("I16", in: &f) { $0.scale.levels.swapAt(0, 1) } }
        #expect(messages(unordered) == ["indicator 'I16': the levels of an ordinal scale must be 0 to 3, one each, in order"])
        // Not an integer scale, or no maximum.
        let fractional = Sound.with { f in Sound.replacing("I16", in: &f) { $0.scale.integer = false } }
        #expect(messages(fractional) == ["indicator 'I16': an ordinal indicator needs whole-number minimum and maximum"])
        let open = Sound.with { f in Sound.replacing("I16", in: &f) { $0.scale = Scale(minimum: 0, integer: true) } }
        #expect(messages(open) == ["indicator 'I16': an ordinal indicator needs whole-number minimum and maximum"])
        // No named levels at all is fine.
        let unnamed = Sound.with { f in Sound.replacing("I16", in: &f) { $0.scale.levels = [] } }
        #expect(messages(unnamed).isEmpty)
    }

    @Test func log1pOnAScaleBelowZero() {
        let framework = Sound.with { f in Sound.replacing("I11", in: &f) { $0.transform = .log1p } }
        #expect(messages(framework) == ["indicator 'I11': log1p needs values ≥ 0, but the scale starts at -2.5"])
    }

    @Test func distanceToTargetNeedsATarget() {
        let framework = Sound.with { f in
            Sound.replacing("I11", in: &f) { $0.overrides = MethodOverrides(normalisation: .distanceToTarget) }
        }
        #expect(messages(framework) == ["indicator 'I11': distance-to-target normalisation needs a target"])
    }

    @Test func unknownDenominator() {
        let framework = Sound.with { f in Sound.replacing("I01", in: &f) { $0.denominator = "GDP" } }
        #expect(messages(framework) == ["indicator 'I01' names denominator 'GDP', which is not declared"])
        let declared = Sound.with { f in Sound.replacing("I01", in: &f) { $0.denominator = "POP" } }
        #expect(messages(declared).isEmpty)
    }

    @Test func weightSetNamingAnUnknownNode() {
        let set = Provenance(file: "reg.xml", line: 99)
        let framework = Sound.with { $0.weightSets[0] = WeightSet(id: "alt", name: "Alt", weights: ["PX": 2, "P1": 3], provenance: set) }
        let problems = framework.problems(countries: TestCountries.catalog)
        #expect(problems == [FrameworkProblem("weight set 'alt' names 'PX', which is not declared", at: set)])
        // Indicators are nodes too.
        let indicatorWeight = Sound.with { $0.weightSets[0].weights["I14"] = 2 }
        #expect(messages(indicatorWeight).isEmpty)
    }

    @Test func weightSetsSharingAnID() {
        let framework = Sound.with { $0.weightSets.append($0.weightSets[0]) }
        #expect(messages(framework) == ["two weight sets share an id"])
    }

    @Test func matchNamingUnknownNodes() {
        // P3 does not exist; I14 exists but is an indicator, not an aggregate.
        let framework = Sound.with { $0.method.match = MatchRule(development: ["I14"], governance: ["P2", "P3"]) }
        #expect(messages(framework) == [
            "the development–governance match names 'I14', which is not an aggregate",
            "the development–governance match names 'P3', which is not an aggregate",
        ])
    }

    @Test func participantsMustBeISOAlpha3() {
        let listed = Provenance(file: "reg.xml", line: 7)
        let framework = Sound.with {
            $0.participants += [Participant(code: "XXX", provenance: listed), Participant(code: "DE"), Participant(code: "USA")]
        }
        let problems = framework.problems(countries: TestCountries.catalog)
        #expect(problems.map(\.message) == [
            "country 'XXX' is not an ISO 3166-1 alpha-3 code",
            // An alpha-2 code resolves, but the registry must use alpha-3.
            "country 'DE' is not an ISO 3166-1 alpha-3 code",
            "country 'USA' is listed twice",
        ])
        #expect(problems[0].description == "reg.xml:7: country 'XXX' is not an ISO 3166-1 alpha-3 code")
        // Without a catalog only the duplicate is found.
        #expect(framework.problems().map(\.message) == ["country 'USA' is listed twice"])
    }

    @Test func yearWindowPastTheEdition() {
        let framework = Sound.with { $0.years = 2019...2025 }
        #expect(messages(framework) == ["the year window 2019–2025 reaches past the edition 2024"])
        let early = Sound.with { $0.years = 2015...2020 }  // ends before the edition: fine
        #expect(messages(early).isEmpty)
    }

    @Test func sourceCodeMappedTwice() {
        let framework = Sound.with { f in
            Sound.replacing("I19", in: &f) { $0.sourceCodes = [SourceCode(system: "worldbank", code: "IT.NET.USER.ZS")] }
        }
        #expect(messages(framework) == ["source code worldbank 'IT.NET.USER.ZS' is mapped to both 'I14' and 'I19'"])
        // The same code in another system is another code.
        let otherSystem = Sound.with { f in
            Sound.replacing("I19", in: &f) { $0.sourceCodes = [SourceCode(system: "oecd", code: "IT.NET.USER.ZS")] }
        }
        #expect(messages(otherSystem).isEmpty)
        #expect(otherSystem.code(forSourceCode: "IT.NET.USER.ZS", system: "oecd") == "I19")
        #expect(otherSystem.code(forSourceCode: "IT.NET.USER.ZS", system: "worldbank") == "I14")
    }

    @Test func severalProblemsComeInDeclarationOrder() {
        let framework = Sound.with { f in
            Sound.replacing("I14", in: &f) { $0.weight = 0 }
            Sound.replacing("I19", in: &f) { $0.parent = "D09" }
            f.years = 2019...2030
        }
        #expect(messages(framework) == [
            "indicator 'I14' has weight 0.0; weights must be > 0",
            "indicator 'I19' names parent 'D09', which is not declared",
            "the year window 2019–2030 reaches past the edition 2024",
        ])
    }

    @Test func treeQueries() {
        let f = Sound.framework
        #expect(f.depth == 4)
        #expect(f.aggregates(atLevel: 3).map(\.id) == ["P1", "P2"])
        #expect(f.indicators(under: "P2").map(\.id) == ["I11", "I16", "I19"])
        #expect(f.indicators(under: "ROOT").count == 5)
        #expect(f.isDescendant("D01", of: "ROOT"))
        #expect(!f.isDescendant("D01", of: "P2"))
        #expect(f.dataCodes == ["I01", "I14", "I11", "I16", "I19", "POP"])
    }
}
