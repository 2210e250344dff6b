// Weights files: the JSON and CSV forms say the same; every bad file of Tests/Fixtures/weights/
// is refused with its exact message (file:line:column, the field or key path, the value).

import AgileCore
import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct WeightsFileTests {
    static let folder = Fixtures.path("weights")

    /// The files with an `.expected` message beside them.
    static let bad: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }.sorted()
    }()

    static let expected = [WeightOverride(node: "P2", weight: 2), WeightOverride(node: "D06", weight: 0.5), WeightOverride(node: "I14", weight: 0)]

    @Test func jsonAndCSVGiveTheSameWeights() throws {
        for name in ["good.json", "good.csv"] {
            let file = try WeightsFile(path: Self.folder + "/" + name)
            #expect(try file.overrides(for: TestFramework.framework, registry: "test.xml") == Self.expected, "\(name)")
        }
        let json = try WeightsFile(path: Self.folder + "/good.json")
        #expect(json.edition?.value == 2024 && json.framework?.value == "test")
        #expect(json.entries.map(\.field) == ["weights.P2", "weights.D06", "weights.I14"])
        #expect(json.entries.map(\.location.line) == [5, 6, 7])
    }

    /// What the writer writes reads back to the same weights, in the framework's top-down order.
    @Test func writtenFileReadsBack() throws {
        let scratch = try ScratchFolder(prefix: "weights-file")
        let weights = ["I14": 0.1 + 0.2, "P2": 2, "D06": 0.5]
        let text = WeightsFile.json(weights, framework: TestFramework.framework)
        #expect(text == "{\n  \"edition\": 2024,\n  \"framework\": \"test\",\n  \"weights\": {\n    \"P2\": 2,\n    \"D06\": 0.5,\n    \"I14\": 0.30000000000000004\n  }\n}\n")
        try text.write(toFile: scratch.path("w.json"), atomically: true, encoding: .utf8)
        let read = try WeightsFile(path: scratch.path("w.json")).overrides(for: TestFramework.framework, registry: "test.xml")
        #expect(read == [WeightOverride(node: "P2", weight: 2), WeightOverride(node: "D06", weight: 0.5), WeightOverride(node: "I14", weight: 0.1 + 0.2)])
    }

    @Test func corpusIsThere() {
        #expect(Self.bad.count >= 20)
    }

    @Test(arguments: bad)
    func badFileIsRefusedWithItsPlace(name: String) throws {
        let path = Self.folder + "/" + name
        let expected = try String(contentsOfFile: path + ".expected", encoding: .utf8).trimmingCharacters(in: .newlines)
        var caught: (any Error)?
        do {
            _ = try WeightsFile(path: path).overrides(for: TestFramework.framework, registry: "test.xml")
        } catch {
            caught = error
        }
        #expect((caught as? InputError)?.description.replacingOccurrences(of: path, with: "FILE") == expected, "\(name): \(String(describing: caught))")
    }
}
