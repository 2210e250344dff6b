// The method grammar: every choice reads back from its canonical text; bad texts fail with a
// typed error that says which choice, the text and what was expected.

import AgileCore
import Testing

@Suite struct MethodChoiceTextTests {
    /// `value.description` reads back as `value`, through the typed and the failable initialiser.
    func expectRoundTrip<T: MethodChoiceText>(_ value: T, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(value.description == text, sourceLocation: sourceLocation)
        #expect((try? T(parsing: text)) == value, "\(text)", sourceLocation: sourceLocation)
        #expect(T(text) == value, "\(text)", sourceLocation: sourceLocation)
    }

    func expectError<T: MethodChoiceText>(
        _ type: T.Type, _ text: String, _ error: MethodChoiceError, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(throws: error, sourceLocation: sourceLocation) { try T(parsing: text) }
        #expect(error.description == message, sourceLocation: sourceLocation)
        #expect(T(text) == nil, sourceLocation: sourceLocation)
    }

    @Test func canonicalTextsReadBack() {
        expectRoundTrip(Imputation.none, "none")
        expectRoundTrip(Imputation.mean, "mean")
        expectRoundTrip(Imputation.median, "median")
        expectRoundTrip(Imputation.groupMean(grouping: "EurAsia_group"), "group-mean:EurAsia_group")
        expectRoundTrip(Imputation.latestEarlier, "latest-earlier")
        expectRoundTrip(Treatment.none, "none")
        expectRoundTrip(Treatment.skewKurtosis(SkewKurtosisRule()), "default")
        expectRoundTrip(Treatment.skewKurtosis(SkewKurtosisRule(winmax: 3)), "winmax:3")
        expectRoundTrip(Treatment.skewKurtosis(SkewKurtosisRule(skew: 2.5, kurtosis: 4, winmax: 5, logFallback: false)), "skew-kurtosis:2.5,4,5,no-log")
        expectRoundTrip(Treatment.skewKurtosis(SkewKurtosisRule(skew: 2, kurtosis: 3.5, winmax: 0, logFallback: false)), "skew-kurtosis:2,3.5,0,no-log")
        expectRoundTrip(Normalisation.minMax(low: 0, high: 100), "minmax:0,100")
        expectRoundTrip(Normalisation.minMax(low: -0.5, high: 1e20), "minmax:-0.5,1e+20")
        expectRoundTrip(Normalisation.zScore(mean: 10, sd: 2), "zscore:10,2")
        expectRoundTrip(Normalisation.zScore(mean: 0, sd: 1e-05), "zscore:0,1e-05")
        expectRoundTrip(Normalisation.rank, "rank")
        expectRoundTrip(Normalisation.percentileRank, "prank")
        expectRoundTrip(Normalisation.distanceToMax, "distance-to-max")
        expectRoundTrip(Normalisation.distanceToTarget, "distance-to-target")
        expectRoundTrip(Normalisation.goalposts(scale: nil), "goalposts")
        expectRoundTrip(Normalisation.goalposts(scale: 100), "goalposts:100")
        expectRoundTrip(Normalisation.goalposts(scale: 0.5), "goalposts:0.5")
        expectRoundTrip(Aggregation.arithmetic, "arithmetic")
        expectRoundTrip(Aggregation.geometric, "geometric")
        expectRoundTrip(Aggregation.harmonic, "harmonic")
        expectRoundTrip(Aggregation.generalised(p: 0.5), "generalised:0.5")
        expectRoundTrip(Aggregation.generalised(p: -2), "generalised:-2")
        expectRoundTrip(WinmaxRange(1...5), "1-5")
        expectRoundTrip(MethodChoices(), "")
        expectRoundTrip(
            MethodChoices(imputation: .groupMean(grouping: "Eur Asia"), treatment: Treatment.none, normalisation: .minMax(low: 1, high: 100), aggregation: .geometric),
            "impute=group-mean:Eur Asia treat=none normalise=minmax:1,100 aggregate=geometric")
    }

    /// What a person types reads as the same choice as its canonical text.
    @Test func typedFormsReadAsTheirCanonicalChoice() throws {
        #expect(try Normalisation(parsing: "MINMAX:1.0,100").description == "minmax:1,100")
        #expect(try Normalisation(parsing: "percentile-rank") == .percentileRank)
        #expect(try Normalisation(parsing: "minmax") == .minMax(low: 0, high: 100))
        #expect(try Normalisation(parsing: "zscore") == .zScore(mean: 0, sd: 1))
        #expect(try Normalisation(parsing: "Goalposts:100.0") == .goalposts(scale: 100))
        #expect(try Normalisation(parsing: "goalposts:100").description == "goalposts:100")
        #expect(try Aggregation(parsing: "Generalised:2.50") == .generalised(p: 2.5))
        #expect(try Aggregation(parsing: "generalised:0") == .generalised(p: 0))
        #expect(try Treatment(parsing: "winmax:5") == .skewKurtosis(SkewKurtosisRule()))
        #expect(try Treatment(parsing: "winmax:5").description == "default")
        #expect(try Imputation(parsing: "Group-Mean:Region") == .groupMean(grouping: "Region"))
        #expect(try WinmaxRange(parsing: "3").range == 3...3)
        #expect(try WinmaxRange(parsing: "0-100000").range == 0...100_000)
    }

    /// A run recorded before the typed choices kept the text as it was typed; it reads the same.
    @Test func recordsInTheTypedFormRead() throws {
        let old = try MethodChoices(parsing: "impute=MEAN normalise=MINMAX:1.0,100 aggregate=Geometric")
        #expect(old == MethodChoices(imputation: .mean, normalisation: .minMax(low: 1, high: 100), aggregation: .geometric))
        #expect(old.description == "impute=mean normalise=minmax:1,100 aggregate=geometric")
        #expect(try MethodChoices(parsing: "aggregate=harmonic normalise=percentile-rank").description == "normalise=prank aggregate=harmonic")
        #expect(try MethodChoices(parsing: "treat=winmax:2") == MethodChoices(treatment: .skewKurtosis(SkewKurtosisRule(winmax: 2))))
    }

    @Test func appliedReplacesTheFrameworksChoicesAndEveryLevelsAggregation() {
        let declared = Method(aggregation: .arithmetic, aggregationByLevel: [3: .geometric])
        let method = MethodChoices(normalisation: .rank, aggregation: .harmonic).applied(to: declared)
        #expect(method.normalisation == .rank && method.aggregation == .harmonic && method.aggregationByLevel.isEmpty)
        #expect(method.imputation == declared.imputation && method.treatment == declared.treatment)
        #expect(MethodChoices().applied(to: declared) == declared)
    }

    /// Non-finite and overflowing parameters are refused when read (issue: scores of inf).
    @Test func nonFiniteAndOverflowingParameters() {
        expectError(Normalisation.self, "minmax:0,1e309",
                    .notFinite(.normalisation, text: "minmax:0,1e309", parameter: "U", expected: "minmax:L,U with L and U finite"),
                    "normalisation \"minmax:0,1e309\": U is not a finite number; expected minmax:L,U with L and U finite")
        expectError(Normalisation.self, "minmax:-inf,0",
                    .notFinite(.normalisation, text: "minmax:-inf,0", parameter: "L", expected: "minmax:L,U with L and U finite"),
                    "normalisation \"minmax:-inf,0\": L is not a finite number; expected minmax:L,U with L and U finite")
        // 1e308 + 1.7e308 overflows: a constant indicator's middle (L + U)/2 would be inf.
        expectError(Normalisation.self, "minmax:1e308,1.7e308",
                    .notFinite(.normalisation, text: "minmax:1e308,1.7e308", parameter: "L + U", expected: "minmax:L,U with a finite middle (L + U)/2"),
                    "normalisation \"minmax:1e308,1.7e308\": L + U is not a finite number; expected minmax:L,U with a finite middle (L + U)/2")
        expectError(Normalisation.self, "minmax:-1.79e308,1.79e308",
                    .notFinite(.normalisation, text: "minmax:-1.79e308,1.79e308", parameter: "U − L", expected: "minmax:L,U with a finite range U − L"),
                    "normalisation \"minmax:-1.79e308,1.79e308\": U − L is not a finite number; expected minmax:L,U with a finite range U − L")
        expectError(Normalisation.self, "zscore:nan,1",
                    .notFinite(.normalisation, text: "zscore:nan,1", parameter: "M", expected: "zscore:M,S with M and S finite"),
                    "normalisation \"zscore:nan,1\": M is not a finite number; expected zscore:M,S with M and S finite")
        expectError(Aggregation.self, "generalised:1e309",
                    .notFinite(.aggregation, text: "generalised:1e309", parameter: "P", expected: "generalised:P with P finite"),
                    "aggregation \"generalised:1e309\": P is not a finite number; expected generalised:P with P finite")
        // A subnormal P: its reciprocal, the root the mean takes, is inf.
        expectError(Aggregation.self, "generalised:1e-320",
                    .notFinite(.aggregation, text: "generalised:1e-320", parameter: "1/P", expected: "generalised:P with P = 0 or a P whose reciprocal is finite"),
                    "aggregation \"generalised:1e-320\": 1/P is not a finite number; expected generalised:P with P = 0 or a P whose reciprocal is finite")
        expectError(Treatment.self, "skew-kurtosis:inf,3.5,5",
                    .notFinite(.treatment, text: "skew-kurtosis:inf,3.5,5", parameter: "SKEW", expected: "skew-kurtosis:SKEW,KURTOSIS,N[,no-log] with SKEW and KURTOSIS finite"),
                    "treatment \"skew-kurtosis:inf,3.5,5\": SKEW is not a finite number; expected skew-kurtosis:SKEW,KURTOSIS,N[,no-log] with SKEW and KURTOSIS finite")
    }

    @Test func outOfRangeParameters() {
        expectError(Normalisation.self, "minmax:5,1",
                    .outOfRange(.normalisation, text: "minmax:5,1", parameter: "L", expected: "minmax:L,U with L below U"),
                    "normalisation \"minmax:5,1\": L is out of range; expected minmax:L,U with L below U")
        expectError(Normalisation.self, "zscore:0,0",
                    .outOfRange(.normalisation, text: "zscore:0,0", parameter: "S", expected: "zscore:M,S with S positive"),
                    "normalisation \"zscore:0,0\": S is out of range; expected zscore:M,S with S positive")
        expectError(Treatment.self, "winmax:100001",
                    .outOfRange(.treatment, text: "winmax:100001", parameter: "N", expected: "winmax:N with N a whole number 0–100,000"),
                    "treatment \"winmax:100001\": N is out of range; expected winmax:N with N a whole number 0–100,000")
        // Beyond Int: refused as out of range, never read as some other number.
        expectError(Treatment.self, "winmax:99999999999999999999",
                    .outOfRange(.treatment, text: "winmax:99999999999999999999", parameter: "N", expected: "winmax:N with N a whole number 0–100,000"),
                    "treatment \"winmax:99999999999999999999\": N is out of range; expected winmax:N with N a whole number 0–100,000")
        let range = "two whole numbers low-high from 0 to 100,000, low ≤ high, e.g. 1-5"
        expectError(WinmaxRange.self, "5-1", .outOfRange(.winmaxRange, text: "5-1", parameter: "low", expected: range),
                    "winsorisation range \"5-1\": low is out of range; expected \(range)")
        expectError(WinmaxRange.self, "0-9223372036854775807", .outOfRange(.winmaxRange, text: "0-9223372036854775807", parameter: "high", expected: range),
                    "winsorisation range \"0-9223372036854775807\": high is out of range; expected \(range)")
    }

    @Test func unknownAndMalformedTexts() {
        expectError(Imputation.self, "mode", .unknown(.imputation, text: "mode"),
                    "imputation \"mode\": is not one of its forms; expected none, mean, median, group-mean:COLUMN or latest-earlier")
        expectError(Imputation.self, "group-mean:", .malformed(.imputation, text: "group-mean:", expected: "group-mean:COLUMN, the grouping whose groups' means fill the gaps"),
                    "imputation \"group-mean:\": expected group-mean:COLUMN, the grouping whose groups' means fill the gaps")
        expectError(Normalisation.self, "minmax:1", .malformed(.normalisation, text: "minmax:1", expected: "minmax:L,U: 2 numbers separated by commas"),
                    "normalisation \"minmax:1\": expected minmax:L,U: 2 numbers separated by commas")
        expectError(Normalisation.self, "minmax:0x1p3,10", .malformed(.normalisation, text: "minmax:0x1p3,10", expected: "minmax:L,U: 2 numbers separated by commas"),
                    "normalisation \"minmax:0x1p3,10\": expected minmax:L,U: 2 numbers separated by commas")
        expectError(Normalisation.self, "rank:2", .malformed(.normalisation, text: "rank:2", expected: "rank without parameters"),
                    "normalisation \"rank:2\": expected rank without parameters")
        // goalposts take the top of the scores; the posts themselves are declared per indicator.
        let postsForm = "goalposts:SCALE, one number: the top of the scores (goalposts:100 scores 0–100); "
            + "the goalposts themselves are declared per indicator, in the registry or the iMeta"
        expectError(Normalisation.self, "goalposts:0,100", .malformed(.normalisation, text: "goalposts:0,100", expected: postsForm),
                    "normalisation \"goalposts:0,100\": expected \(postsForm)")
        expectError(Normalisation.self, "goalposts:", .malformed(.normalisation, text: "goalposts:", expected: "goalposts:SCALE: a number"),
                    "normalisation \"goalposts:\": expected goalposts:SCALE: a number")
        expectError(Normalisation.self, "goalposts:0", .outOfRange(.normalisation, text: "goalposts:0", parameter: "SCALE", expected: "goalposts:SCALE with SCALE positive"),
                    "normalisation \"goalposts:0\": SCALE is out of range; expected goalposts:SCALE with SCALE positive")
        expectError(Normalisation.self, "goalposts:1e400", .notFinite(.normalisation, text: "goalposts:1e400", parameter: "SCALE", expected: "goalposts:SCALE with SCALE finite"),
                    "normalisation \"goalposts:1e400\": SCALE is not a finite number; expected goalposts:SCALE with SCALE finite")
        expectError(Aggregation.self, "generalised", .malformed(.aggregation, text: "generalised", expected: "generalised:P, the exponent of the power mean"),
                    "aggregation \"generalised\": expected generalised:P, the exponent of the power mean")
        expectError(Treatment.self, "winmax:1.5", .malformed(.treatment, text: "winmax:1.5", expected: "winmax:N with N a whole number 0–100,000"),
                    "treatment \"winmax:1.5\": expected winmax:N with N a whole number 0–100,000")
        expectError(Treatment.self, "skew-kurtosis:2,3.5", .malformed(.treatment, text: "skew-kurtosis:2,3.5", expected: "skew-kurtosis:SKEW,KURTOSIS,N[,no-log]: two numbers and a whole number"),
                    "treatment \"skew-kurtosis:2,3.5\": expected skew-kurtosis:SKEW,KURTOSIS,N[,no-log]: two numbers and a whole number")
        expectError(MethodChoices.self, "normalise minmax", .unknown(.method, text: "normalise minmax"),
                    "method \"normalise minmax\": is not one of its forms; expected impute=…, treat=…, normalise=… or aggregate=…, separated by spaces")
        expectError(MethodChoices.self, "aggregate=geometric aggregate=harmonic",
                    .malformed(.method, text: "aggregate=geometric aggregate=harmonic", expected: "each of impute, treat, normalise and aggregate at most once"),
                    "method \"aggregate=geometric aggregate=harmonic\": expected each of impute, treat, normalise and aggregate at most once")
        // A recorded run's bad choice is reported as that choice.
        expectError(MethodChoices.self, "normalise=minmax:0,1e309",
                    .notFinite(.normalisation, text: "minmax:0,1e309", parameter: "U", expected: "minmax:L,U with L and U finite"),
                    "normalisation \"minmax:0,1e309\": U is not a finite number; expected minmax:L,U with L and U finite")
    }

    /// The parts of an error, for callers that match on them.
    @Test func errorParts() {
        let error = MethodChoiceError.outOfRange(.normalisation, text: "zscore:0,-1", parameter: "S", expected: "zscore:M,S with S positive")
        #expect(error.choice == .normalisation && error.text == "zscore:0,-1" && error.expected == "zscore:M,S with S positive")
        #expect(error.reason == "S is out of range; expected zscore:M,S with S positive")
        #expect(MethodChoiceError.unknown(.aggregation, text: "mode").expected == "arithmetic, geometric, harmonic or generalised:P")
    }
}
