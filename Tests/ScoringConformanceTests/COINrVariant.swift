// The seven COINr reference builds of the ASEM example, as pipeline methods.

import AgileCore
import Testing

/// One of COINr's reference builds (see Tests/Fixtures/coinr-asem/NOTE.md).
enum COINrVariant: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case a = "A_example_amean_minmax"
    case b = "B_example_gmean_minmax1_100"
    case c = "C_example_amean_zscore0_1"
    case d = "D_example_amean_zscore10_2"
    case e = "E_overview_vignette"
    case f = "F_raw_all_defaults"
    case g = "G_example_winmax1_logCT"

    var testDescription: String { String(rawValue.prefix(1)) }

    /// The COINr `build_example_coin()` steps: denominate, impute by EurAsia group, screen at
    /// 90 % (after imputation, so nobody is dropped), treat, normalise, aggregate.
    private static func example(normalisation: Normalisation, aggregation: Aggregation = .arithmetic, winmax: Int = 5) -> Method {
        Method(
            coverage: CoverageRule(countryMinimum: 0.9, excludeCountries: true, stage: .afterImputation),
            imputation: .groupMean(grouping: "EurAsia_group"),
            treatment: .skewKurtosis(SkewKurtosisRule(winmax: winmax)),
            normalisation: normalisation, aggregation: aggregation)
    }

    /// The method COINr ran.
    var method: Method {
        switch self {
        case .a: Self.example(normalisation: .minMax(low: 0, high: 100))
        case .b: Self.example(normalisation: .minMax(low: 1, high: 100), aggregation: .geometric)
        case .c: Self.example(normalisation: .zScore(mean: 0, sd: 1))
        case .d: Self.example(normalisation: .zScore(mean: 10, sd: 2))
        case .g: Self.example(normalisation: .minMax(low: 0, high: 100), winmax: 1)
        // Denominate, screen the denominated data at 90 % (drops five units), treat the
        // screened data (COINr's Imputed set is a side branch the later steps do not use).
        case .e:
            Method(coverage: CoverageRule(countryMinimum: 0.9, excludeCountries: true, stage: .beforeImputation), imputation: .none)
        // Treat, normalise and aggregate the raw data with COINr's defaults.
        case .f:
            Method(coverage: CoverageRule(countryMinimum: 0, excludeCountries: false), imputation: .none)
        }
    }

    /// The ASEM framework as this variant uses it (F divides nothing).
    var framework: Framework {
        var framework = ConformanceFixtures.asem.framework
        if self == .f {
            for index in framework.indicators.indices { framework.indicators[index].denominator = nil }
        }
        framework.method = method
        return framework
    }

    /// The pipeline's results for this variant, computed once.
    var scores: Scores {
        get throws { try Self.results[self]!.get() }
    }

    private static let results: [COINrVariant: Result<Scores, ScoringError>] = {
        var results: [COINrVariant: Result<Scores, ScoringError>] = [:]
        for variant in allCases {
            results[variant] = Result { () throws(ScoringError) -> Scores in
                try ScoringPipeline(framework: variant.framework).run(ConformanceFixtures.asem.input)
            }
        }
        return results
    }()

    /// The COINr data sets this variant exported, and the table of the results that holds each.
    var stages: [(file: String, table: KeyPath<Scores, ScoreTable>)] {
        var stages: [(String, KeyPath<Scores, ScoreTable>)] = [("dset_Raw", \.raw)]
        if self != .f {
            stages += [("dset_Denominated", \.denominated), ("dset_Screened", \.screened)]
            if self != .e { stages.append(("dset_Imputed", \.imputed)) }
        }
        stages += [("dset_Treated", \.treated), ("dset_Normalised", \.normalised), ("dset_Aggregated", \.aggregated), ("dset_Aggregated_ranks", \.ranks)]
        return stages
    }
}
