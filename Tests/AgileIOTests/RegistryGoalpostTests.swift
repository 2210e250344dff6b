// A registry's <goalposts>: read with their units, scale and truncation, and carried through
// the indicator's transform.

import AgileCore
import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct RegistryGoalpostTests {
    static func load(_ path: String) throws -> Framework {
        try RegistryLoader(countries: Project.countries, schemaPath: Project.schema).load(path: path)
    }

    @Test func everyFormIsRead() throws {
        let posts = try Self.load(Project.path("Tests/Fixtures/registry/goalposts/posts-2024.xml"))
        #expect(posts.indicator("A1")?.overrides.goalposts == Goalposts(0...999, units: .raw))
        #expect(posts.indicator("A2")?.overrides.goalposts == Goalposts(.scale))
        #expect(posts.indicator("B1")?.overrides.goalposts == Goalposts(.scale))
        #expect(posts.indicator("B2")?.overrides.goalposts == Goalposts(-1...1))
        // On the values normalisation sees: A1's raw posts through log1p (0 … ln 1000); the
        // percent A2 and the ordinal B1 on their scales 0–100 and 0–2.
        #expect(posts.indicator("A1")?.treatedGoalposts() == .success(0...log1p(999)))
        #expect(posts.indicator("A2")?.treatedGoalposts() == .success(0...100))
        #expect(posts.indicator("B1")?.treatedGoalposts() == .success(0...2))
        // The method block keeps min-max; goalposts are chosen per run.
        #expect(posts.method.normalisation == .minMax(low: 0, high: 100))
        // A registry without <goalposts> declares none, whatever its scales.
        let mini = try Self.load(Project.path("Tests/Fixtures/registry/minimal.xml"))
        #expect(mini.indicators.allSatisfy { $0.overrides.goalposts == nil })
    }

    @Test func treatedUnitsTruncationAndTheMethodBlock() throws {
        let folder = try ScratchFolder()
        var text = try String(contentsOfFile: Project.path("Tests/Fixtures/registry/goalposts/posts-2024.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: #"<goalposts low="0" high="999" units="raw"/>"#, with: #"<goalposts low="0" high="6.9" units="treated" truncate="false"/>"#)
        text = text.replacingOccurrences(of: #"<normalisation method="minmax" low="0" high="100"/>"#, with: #"<normalisation method="goalposts" high="10"/>"#)
        let framework = try Self.load(try folder.write("posts-2024.xml", text))
        let a1 = try #require(framework.indicator("A1"))
        #expect(a1.overrides.goalposts == Goalposts(0...6.9, units: .treated, truncates: false))
        #expect(a1.treatedGoalposts() == .success(0...6.9))
        #expect(framework.method.normalisation == .goalposts(scale: 10))
        // Without high the method block leaves the scale to the run (0–100).
        text = text.replacingOccurrences(of: #"<normalisation method="goalposts" high="10"/>"#, with: #"<normalisation method="goalposts"/>"#)
        #expect(try Self.load(try folder.write("posts-2024.xml", text)).method.normalisation == .goalposts(scale: nil))
    }
}
