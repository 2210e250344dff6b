// What the weights explorer computes from: the run's normalised indicators, the tree, the
// weights of every preset and the aggregation, as JSON safe inside a <script> element.

import AgileCore

/// The numbers the weights explorer (`explore.html`) re-weights, taken from a run.
///
/// The page's script aggregates exactly what the engine aggregated: the normalised indicator
/// scores of the run (after its imputation and outlier treatment), in the engine's node order
/// (indicators, then aggregates level by level), with each aggregate's mean and the coverage
/// rule's aggregate minimum. Every number is written in its shortest form that reads back to
/// the same `Double`, so the script starts from the engine's bits; a missing value is `null`.
struct ExplorerData {
    /// A preset of the page: a name and the weight of every node, in node order.
    struct Preset {
        var id: String
        var name: String
        var weights: [Double]
    }

    /// Node codes: indicators, then aggregates level by level (``ScoringPipeline/nodes``).
    let nodes: [String]
    /// The level of each node (1: indicator).
    let levels: [Int]
    /// The presets: the run's weights first, then each weight set of the registry, then equal.
    let presets: [Preset]

    private let input: ReportInput

    /// The explorer's data for `input`, or `nil` when the run's framework cannot be resolved
    /// into a pipeline (then the site has no explorer).
    init?(input: ReportInput) {
        let framework = input.framework
        guard let run = try? ScoringPipeline(framework: framework, weights: input.weightChoice) else { return nil }
        self.input = input
        nodes = run.nodes
        levels = run.levels
        let published = input.weightChoice == .declared ? "As published" : "This run's weights (\(input.weightsText))"
        var presets = [Preset(id: "published", name: published, weights: run.weights)]
        for set in framework.weightSets {
            if let pipeline = try? ScoringPipeline(framework: framework, weights: .weightSet(set.id)) {
                presets.append(Preset(id: set.id, name: set.name, weights: pipeline.weights))
            }
        }
        presets.append(Preset(id: "equal", name: "Equal weights", weights: run.weights.map { _ in 1 }))
        self.presets = presets
    }

    /// The JSON text, ready to stand inside `<script type="application/json">`.
    var json: String {
        let framework = input.framework
        let scores = input.scores
        let byID = Dictionary(framework.aggregates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let indicatorByID = Dictionary(framework.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var nodeTexts: [String] = []
        for (position, id) in nodes.enumerated() {
            let level = levels[position]
            let name = level == 1 ? indicatorByID[id]?.name ?? id : byID[id]?.name ?? id
            let parent = level == 1 ? indicatorByID[id]?.parent : byID[id]?.parent
            var text = "{\"id\":\(Self.string(id)),\"name\":\(Self.string(name)),\"level\":\(level),\"parent\":\(parent.map(Self.string) ?? "null")"
            if level > 1 {
                text += ",\"aggregation\":" + Self.aggregation(framework.method.aggregation(atLevel: level))
            }
            nodeTexts.append(text + "}")
        }
        let presetTexts = presets.map { preset in
            "{\"id\":\(Self.string(preset.id)),\"name\":\(Self.string(preset.name)),\"weights\":[\(preset.weights.map(Self.number).joined(separator: ","))]}"
        }
        let indicatorCount = levels.filter { $0 == 1 }.count
        let columns = (0..<indicatorCount).map { position -> String in
            guard let column = scores.aggregated.columns.firstIndex(of: nodes[position]) else { return "[]" }
            return "[" + scores.units.indices.map { Self.number(scores.aggregated[$0, column]) }.joined(separator: ",") + "]"
        }
        let tiers = framework.method.tiers.map { "[\(Self.string($0.name)),\($0.minimum.isFinite ? Self.number($0.minimum) : "null")]" }
        let index = input.indexColumn
        return "{\"framework\":\(Self.string(framework.id)),\"edition\":\(framework.edition),"
            + "\"minimum\":\(Self.number(framework.method.coverage.aggregateMinimum)),"
            + "\"tiers\":[\(tiers.joined(separator: ","))],\n"
            + "\"nodes\":[\n\(nodeTexts.joined(separator: ",\n"))],\n"
            + "\"presets\":[\n\(presetTexts.joined(separator: ",\n"))],\n"
            + "\"units\":[\(scores.units.map(Self.string).joined(separator: ","))],\n"
            + "\"names\":[\(scores.units.map { Self.string(input.name($0)) }.joined(separator: ","))],\n"
            + "\"score\":[\(scores.units.indices.map { Self.number(scores.aggregated[$0, index]) }.joined(separator: ","))],\n"
            + "\"rank\":[\(scores.units.indices.map { Self.number(scores.ranks[$0, index]) }.joined(separator: ","))],\n"
            + "\"values\":[\n\(columns.joined(separator: ",\n"))]}"
    }

    /// The aggregation as the script reads it: a name, or the exponent of a generalised mean
    /// (p = 0 is the geometric mean, as the engine takes it).
    static func aggregation(_ aggregation: Aggregation) -> String {
        switch aggregation {
        case .arithmetic: "\"arithmetic\""
        case .geometric, .generalised(p: 0): "\"geometric\""
        case .harmonic: "\"harmonic\""
        case .generalised(let p): number(p)
        }
    }

    /// A number in its shortest round-tripping form; `null` for a missing or infinite one.
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
    }

    /// `text` as a JSON string that may stand inside a `<script>` element
    /// (``JSONText/string(_:insideScript:)``).
    ///
    /// ```swift
    /// ExplorerData.string("</script>") // "\"\\u003c/script\\u003e\""
    /// ```
    static func string(_ text: String) -> String {
        JSONText.string(text, insideScript: true)
    }
}
