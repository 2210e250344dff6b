// `agile validate` reads data files into a throw-away store on disk in $TMPDIR, not in
// memory, and removes it afterwards.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

@Suite struct ValidateScratchStoreTests {
    func names(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// `validate` checks files through a store on disk in $TMPDIR (its memory is an ingest's,
    /// flat in the files' size; an in-memory store held every value), seen while it runs, and
    /// removes it when done.
    @Test func validateUsesAScratchStoreInTheTemporaryFolderAndRemovesIt() throws {
        let folder = try TemporaryFolder()
        let temporary = folder.path("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        let data = folder.path("data.csv")
        try LongCSVData.write(path: data, rows: 20_000, seed: 7)
        let running = try CLI.start(["validate", data, data], in: folder, wrapper: ["/usr/bin/env", "TMPDIR=\(temporary)"])
        var seen: Set<String> = []
        while running.process.isRunning {
            for name in (try? names(temporary)) ?? [] {
                for inside in (try? names("\(temporary)/\(name)")) ?? [] { seen.insert("\(name.prefix(14))…/\(inside)") }
            }
            usleep(2000)
        }
        let result = try running.wait()
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.filter { $0 == "ok    \(data) (csv-long): 20000 values" }.count == 2, "\(result)")
        #expect(seen.contains("agile-scratch-…/scratch.sqlite"), "\(seen)")
        #expect(try names(temporary) == [])
    }
}
