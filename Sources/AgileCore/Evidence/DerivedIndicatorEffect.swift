// What a framework's evidence-derived indicators change: a run against the same run without them.

/// The index of a run next to the index of the same data, method and weights scored without
/// the indicators the framework derives from model-safety evidence.
///
/// ```swift
/// if let effect = try DerivedIndicatorEffect(framework: framework, selection: selection, scores: scores,
///                                            method: method, weights: .declared) {
///     effect.comparison.rows.first // the country that moves most
/// }
/// ```
public struct DerivedIndicatorEffect: Sendable {
    /// The derived indicators' ids.
    public var indicators: [String]
    /// Countries with a value for at least one of them, sorted.
    public var countriesWithValue: [String]
    /// First: without the derived indicators; second: the run as it is.
    public var comparison: WeightComparison

    /// The effect, or `nil` when the framework derives no indicator or removing them would
    /// leave a parent without indicators.
    /// - Parameters:
    ///   - scores: the run of `framework` on `selection` with `method` and `weights`.
    public init?(framework: Framework, selection: EditionSelection, scores: Scores, method: Method, weights: WeightChoice) throws(ScoringError) {
        let derived = Set(framework.indicators.filter { $0.evidence != nil }.map(\.id))
        guard !derived.isEmpty else { return nil }
        var reduced = framework
        reduced.indicators.removeAll { derived.contains($0.id) }
        let parents = Set(reduced.indicators.map(\.parent))
        guard framework.indicators.allSatisfy({ !derived.contains($0.id) || parents.contains($0.parent) }) else { return nil }
        let observations = selection.selected.values.flatMap(\.values)
        let kept = observations.filter { !derived.contains($0.indicator) }
        let without = try ScoringPipeline(framework: reduced, method: method, weights: weights)
            .run(ScoringInput(framework: reduced, selection: EditionSelection(framework: reduced, observations: kept), earlier: kept))
        indicators = framework.indicators.map(\.id).filter(derived.contains)
        countriesWithValue = Set(observations.filter { derived.contains($0.indicator) }.map(\.country)).sorted()
        comparison = WeightComparison(first: without, second: scores)
    }
}
