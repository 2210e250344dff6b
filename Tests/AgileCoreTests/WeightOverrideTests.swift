// `ID=WEIGHT` as the command line and a run's record write it, and full-precision number text.

import AgileCore
import Testing

@Suite struct WeightOverrideTests {
    @Test func readsIdAndWeight() throws {
        #expect(try WeightOverride(parsing: "P2=2") == WeightOverride(node: "P2", weight: 2))
        #expect(try WeightOverride(parsing: " D05 = 0.5 ") == WeightOverride(node: "D05", weight: 0.5))
        #expect(try WeightOverride(parsing: "I14=0") == WeightOverride(node: "I14", weight: 0))
        #expect(try WeightOverride(parsing: "I14=-0").weight.sign == .plus)
        #expect(try WeightOverride(parsing: "P2=1e2").weight == 100)
        #expect(WeightOverride(node: "P2", weight: 2).description == "P2=2")
        #expect(WeightOverride(node: "D05", weight: 0.1 + 0.2).description == "D05=0.30000000000000004")
    }

    /// Each bad form with its exact reason (ArgumentParser prints it after the value and the flag).
    @Test func badFormsSayWhatWasExpected() {
        let weight = "expected a weight of at least 0, such as 2 or 0.5; 0 leaves the node out"
        let cases: [(String, WeightOverrideError, String)] = [
            ("P2", .malformed(text: "P2"), "expected ID=WEIGHT: the id of a pillar, dimension or indicator and its weight, such as P2=2 or D05=0.5"),
            ("=2", .malformed(text: "=2"), "expected ID=WEIGHT: the id of a pillar, dimension or indicator and its weight, such as P2=2 or D05=0.5"),
            ("P2=two", .notANumber(value: "two"), "\"two\" is not a number; \(weight)"),
            ("P2=", .notANumber(value: ""), "\"\" is not a number; \(weight)"),
            ("P2=0x10", .notANumber(value: "0x10"), "\"0x10\" is not a number; \(weight)"),
            ("P2=nan", .notFinite(value: "nan"), "\"nan\" is not a finite number; \(weight)"),
            ("P2=1e999", .notFinite(value: "1e999"), "\"1e999\" is not a finite number; \(weight)"),
            ("P2=-1", .negative(value: "-1"), "\"-1\" is negative; \(weight)"),
        ]
        for (text, error, message) in cases {
            #expect(throws: error) { try WeightOverride(parsing: text) }
            #expect(error.description == message)
        }
    }

    /// The shortest digits that read back, written out without an exponent.
    @Test func plainDecimals() {
        let cases: [(Double, String)] = [
            (2, "2"), (-2.5, "-2.5"), (0.5, "0.5"), (100, "100"), (1e-5, "0.00001"), (-1.25e-7, "-0.000000125"),
            (1.5e16, "15000000000000000"), (1e21, "1000000000000000000000"), (0.1 + 0.2, "0.30000000000000004"),
            (-0.0, "0"), (123456.789, "123456.789"), (Double.nan, "nan"),
        ]
        for (value, text) in cases {
            #expect(PlainDecimal.text(value) == text, "\(value)")
            if value.isFinite { #expect(Double(PlainDecimal.text(value)) == value, "reads back: \(value)") }
        }
    }

    /// The nodes that carry a weight, top down, and how messages name them.
    @Test func weightedNodesOfAFramework() throws {
        let framework = ScoringFixtures.framework([
            ScoringFixtures.indicator("I1", in: "D1"), ScoringFixtures.indicator("I2", in: "D2"), ScoringFixtures.indicator("I3", in: "D2"),
        ], dimensions: ["D1", "D2"])
        #expect(framework.weightedNodes == ["D1", "D2", "I1", "I2", "I3"])
        #expect(framework.weightedNodeDescription == "the id of a dimension or indicator, such as D1 or I1")
        let weights = try framework.weights(.overridden(.equal, [WeightOverride(node: "I2", weight: 0), WeightOverride(node: "I3", weight: 0)]))
        #expect(weights["I1"] == 1 && weights["I2"] == 0 && weights["D2"] == 1)
        #expect(framework.weightlessAggregates(weights).map(\.aggregate) == ["D2"])
        #expect(framework.weightlessAggregates(weights).first?.children == ["I2", "I3"])
    }
}
