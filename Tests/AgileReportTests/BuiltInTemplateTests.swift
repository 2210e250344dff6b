// The templates built into the toolkit equal Templates/ byte for byte.

import AgileReport
import Foundation
import Testing

@Suite struct BuiltInTemplateTests {
    /// The generated source (scripts/embed-builtins.py) holds every template of the folder
    /// exactly: after an edit of Templates/ without rerunning the script, this fails.
    @Test func everyBuiltInTemplateEqualsItsFileInTemplates() throws {
        #expect(ReportTemplates.builtInSources.keys.sorted() == ReportTemplates.files.sorted())
        for name in ReportTemplates.files {
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: "\(ReportFixture.root)/Templates/\(name)"))
            #expect(ReportTemplates.builtInSources[name].map { Array($0.utf8) } == Array(onDisk), "\(name): run python3 scripts/embed-builtins.py")
        }
        _ = try ReportTemplates(sources: ReportTemplates.builtInSources)
    }
}
