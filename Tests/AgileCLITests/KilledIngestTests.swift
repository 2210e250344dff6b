// A killed ingest loses nothing: `agile ingest` is killed with SIGKILL at many moments, and the
// store is always sound and holds exactly the old content or exactly the new.

import Foundation
import Testing

@Suite struct KilledIngestTests {
    /// Rows of the large file.
    static let bigRows = 200_000

    @Test func killedIngestLeavesOldOrNewContent() throws {
        let folder = try TemporaryFolder()
        let small = folder.path("a.csv")
        let big = folder.path("big.csv")
        try LongCSVData.write(path: small, rows: 2_000, seed: 1)
        try LongCSVData.write(path: big, rows: KilledIngestTests.bigRows, seed: 2)

        // The old content: the store after ingesting only A.
        let pristine = folder.path("pristine.sqlite")
        let first = try folder.agile("ingest", "--db", pristine, small)
        #expect(first.status == 0, "\(first)")
        let old = try StoreState(path: pristine)
        #expect(old.integrity == "ok")
        #expect(old.observations == 2_000)

        // The new content: A then the large file, uninterrupted (timed, to spread the kills).
        let complete = folder.path("complete.sqlite")
        try StoreState.copy(pristine, to: complete)
        let clock = ContinuousClock()
        var full: CLI.Result?
        let duration = try clock.measure { full = try folder.agile("ingest", "--db", complete, big) }
        #expect(full?.status == 0, "\(full.map(String.init(describing:)) ?? "")")
        let new = try StoreState(path: complete)
        #expect(new.integrity == "ok")
        // The large file holds A's keys too: every current value is now the large file's (A's
        // values it repeats exactly are not stored twice).
        #expect(new.current == KilledIngestTests.bigRows)
        #expect(new.observations > KilledIngestTests.bigRows && new.observations <= 2_000 + KilledIngestTests.bigRows)
        #expect(new.ingests == old.ingests + 1)
        #expect(new != old)

        // Kills spread from the start to a little past the end of an uninterrupted run.
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let store = folder.path("store.sqlite")
        try StoreState.copy(pristine, to: store)
        let kills = 20
        var before = 0, after = 0
        for k in 0..<kills {
            let delay = seconds * 1.15 * Double(k) / Double(kills - 1)
            let running = try CLI.start(["ingest", "--db", store, big], in: folder)
            Thread.sleep(forTimeInterval: delay)
            kill(running.process.processIdentifier, SIGKILL)
            _ = try running.wait()
            let state = try StoreState(path: store)
            #expect(state.integrity == "ok", "kill \(k) after \(delay) s: \(state)")
            if state == old {
                before += 1
            } else if state == new {
                after += 1
                try StoreState.copy(pristine, to: store)
            } else {
                Issue.record("kill \(k) after \(delay) s left a mix: \(state); old \(old); new \(new)")
                try StoreState.copy(pristine, to: store)
            }
        }
        #expect(before + after == kills)
        print("killed ingest: \(kills) kills over \(String(format: "%.2f", seconds * 1.15)) s (uninterrupted ingest \(String(format: "%.2f", seconds)) s): \(before) before commit (old content), \(after) after (new content)")
    }
}
