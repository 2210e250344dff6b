// `--weights` and `--weight` resolved against the registry: names, files, overrides, their
// errors, and a run made with overrides that replays exactly without the file.

import AgileCore
import AgileIO
import AgileTestSupport
import AgileUseCases
import Foundation
import Testing

@Suite struct WeightRequestTests {
    static let registry = PackageRoot.path("Indicators/agile-2024.xml")

    static func framework() throws -> Framework { try SampleStore.workspace().framework }

    /// Names first (declared, equal, a weight set), then files; overrides last, each node once,
    /// top down, the last weight given for a node winning.
    @Test func namesFilesAndOverrides() throws {
        let framework = try Self.framework()
        let p2 = try WeightOverride(parsing: "P2=2"), d05 = try WeightOverride(parsing: "D05=0.5")
        #expect(try WeightRequest(weights: nil).resolved(for: framework, registry: Self.registry) == .declared)
        #expect(try WeightRequest(weights: "equal").resolved(for: framework, registry: Self.registry) == .equal)
        let set = try WeightRequest(weights: "development-double", overrides: [d05, p2, try WeightOverride(parsing: "D05=3")])
            .resolved(for: framework, registry: Self.registry)
        #expect(set == .overridden(.weightSet("development-double"), [WeightOverride(node: "P2", weight: 2), WeightOverride(node: "D05", weight: 3)]))
        #expect(set.name == "development-double P2=2 D05=3")
        let scratch = try ScratchFolder(prefix: "weight-request")
        try "id,weight\nI14,0.25\nP2,4\n".write(toFile: scratch.path("mine"), atomically: true, encoding: .utf8)
        let file = try WeightRequest(weights: scratch.path("mine"), overrides: [p2]).resolved(for: framework, registry: Self.registry)
        #expect(file.name == "declared P2=2 I14=0.25", "the file's P2=4, then --weight P2=2")
        #expect(try WeightChoice(recorded: file.name) == file)
        #expect(try WeightChoice(recorded: "equal") == .equal)
        #expect(try WeightChoice(recorded: "development-double") == .weightSet("development-double"))
    }

    /// The usage errors, word for word (exit 64 on the command line).
    @Test func weightsThatCannotBeUsed() throws {
        let framework = try Self.framework()
        let expected = "the id of a pillar, dimension or indicator, such as P1, D01 or I01"
        #expect(throws: WeightError.unknownNode(override: WeightOverride(node: "P9", weight: 2), isRoot: false, expected: expected)) {
            try WeightRequest(weights: nil, overrides: [WeightOverride(node: "P9", weight: 2)]).resolved(for: framework, registry: Self.registry)
        }
        #expect(WeightError.unknownNode(override: WeightOverride(node: "P9", weight: 2), isRoot: false, expected: expected).description
            == "--weight P9=2: the registry declares no node 'P9'; expected the id of a pillar, dimension or indicator, such as P1, D01 or I01")
        #expect(WeightError.unknownNode(override: WeightOverride(node: "AGILE", weight: 2), isRoot: true, expected: expected).description
            == "--weight AGILE=2: 'AGILE' is the index, whose weight does not count; expected the id of a pillar, dimension or indicator, such as P1, D01 or I01")
        #expect(throws: WeightError.unknownWeights(name: "no-such-set", weightSets: ["development-double", "instruments-heavy"])) {
            try WeightRequest(weights: "no-such-set").resolved(for: framework, registry: Self.registry)
        }
        #expect(WeightError.unknownWeights(name: "no-such-set", weightSets: ["development-double", "instruments-heavy"]).description
            == "--weights no-such-set: no weight set of that name and no such file; expected declared, equal, a weight set (the registry's weight sets: development-double, instruments-heavy) or a weights file (.json or .csv)")
        let zeros = ["I11", "I12", "I13"].map { WeightOverride(node: $0, weight: 0) }
        #expect(throws: WeightError.weightless(aggregate: "D06", children: ["I11", "I12", "I13"])) {
            try WeightRequest(weights: nil, overrides: zeros).resolved(for: framework, registry: Self.registry)
        }
        #expect(WeightError.weightless(aggregate: "D06", children: ["I11", "I12", "I13"]).description
            == "the weights leave every child of 'D06' (I11, I12, I13) at 0, so 'D06' would have no score; give one of them a weight above 0")
        // A name ending in .json is a file, even when it is not there.
        #expect(throws: InputError.self) { try WeightRequest(weights: "no-such-file.json").resolved(for: framework, registry: Self.registry) }
    }

    /// A run with a pillar doubled: the index is the pillars' weighted mean by hand, the run
    /// records its weights (not the file's path) and replays to the same scores after the file
    /// is gone.
    @Test func aRunWithOverridesReplaysWithoutTheFile() throws {
        let store = try SampleStore()
        let scratch = try ScratchFolder(prefix: "weight-replay")
        let file = scratch.path("weights.json")
        try "{\"edition\": 2024, \"weights\": {\"P2\": 2}}\n".write(toFile: file, atomically: true, encoding: .utf8)
        let run = try ScoringRun(weights: WeightRequest(weights: file, overrides: [try WeightOverride(parsing: "D05=0.5")])).score(store.edition())
        #expect(run.weightsText == "declared P2=2 D05=0.5")
        let plain = try ScoringRun().score(store.edition())
        let scores = run.scores, columns = scores.aggregated.columns
        let pillarColumns = try ["P1", "P2", "P3", "P4"].map { id in try #require(columns.firstIndex(of: id)) }
        let index = try #require(columns.firstIndex(of: "AGILE"))
        for row in scores.units.indices {
            let pillars = pillarColumns.map { scores.aggregated[row, $0] }
            guard pillars.allSatisfy(\.isFinite) else { continue }
            let byHand = (pillars[0] + 2 * pillars[1] + pillars[2] + pillars[3]) / 5
            #expect(abs(scores.aggregated[row, index] - byHand) < 1e-9, "\(scores.units[row])")
            // P1, P3 and P4 do not move; P2 does (D05 halved within it).
            #expect(scores.aggregated[row, pillarColumns[0]] == plain.scores.aggregated[row, pillarColumns[0]])
        }
        try FileManager.default.removeItem(atPath: file)
        let id = try #require(run.runID)
        let replayed = try ScoringRun.replay(run: id, in: store.edition())
        #expect(replayed.weights == run.weights && replayed.weightsText == run.weightsText)
        for row in scores.units.indices {
            for column in columns.indices {
                let (a, b) = (scores.aggregated[row, column], replayed.scores.aggregated[row, column])
                #expect(a == b || (a.isNaN && b.isNaN))
            }
        }
        #expect(try store.edition().store.run(id)?.weightSet == "declared P2=2 D05=0.5")
    }
}
