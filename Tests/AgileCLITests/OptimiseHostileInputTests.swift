// Hostile input to `agile audit optimise` (bad target files, levels out of range, --save onto
// what is not its own file) and to --pval: exact messages, non-zero exits, nothing touched.

import AgileTestSupport
import Foundation
import Testing

@Suite struct OptimiseHostileInputTests {
    static let asem = AuditCommandTests.asem
    static let fixtures = PackageRoot.path("Tests/Fixtures/optimise")

    /// The names in `folder`, sorted, without the captured output of the runs (`stdout-…`,
    /// `stderr-…`).
    static func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix("stdout-") && !$0.hasPrefix("stderr-") }.sorted()
    }

    /// Every bad target file of Tests/Fixtures/optimise: its exact message, a non-zero exit and
    /// no --save file.
    @Test func badTargetFiles() throws {
        let names = try Self.listing(Self.fixtures).filter { $0.hasSuffix(".csv") }
        #expect(names.count == 4)
        for name in names {
            let folder = try TemporaryFolder()
            let file = "\(Self.fixtures)/\(name)"
            let expected = try String(contentsOfFile: file + ".expected", encoding: .utf8).replacingOccurrences(of: "FILE", with: file)
            let result = try folder.agile(["audit", "optimise", "--level", "3", "--target", file, "--save", folder.path("out.csv")] + Self.asem)
            #expect(result.status != 0, "\(name)")
            #expect(result.stderr == "Error: \(expected)", "\(name): \(result.stderr)")
            #expect(try Self.listing(folder.path).isEmpty, "\(name)")
        }
    }

    /// A target that is no weight set and no weights file (a name, a folder): a usage error
    /// naming --target.
    @Test func targetThatIsNothing() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("weights"), withIntermediateDirectories: false)
        for target in ["balanced", folder.path("weights")] {
            let result = try folder.agile(["audit", "optimise", "--level", "3", "--target", target] + Self.asem)
            #expect(result.status == 64)
            #expect(result.stderr == "Error: --target \(target): no weight set of that name and no weights file there; expected equal, declared, "
                + "a weight set (the registry declares no weight sets) or a weights file (.json or .csv) whose shares are the targets\n", "\(result.stderr)")
        }
    }

    /// A target with --type infomax, which has none: a usage error, not an option silently
    /// ignored.
    @Test func targetWithInfomax() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["audit", "optimise", "--level", "3", "--type", "infomax", "--target", "declared"] + Self.asem)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --target declared sets the targets of --type balance; --type infomax has none (it makes the sum of the correlations largest)\n"), "\(result.stderr)")
    }

    /// Levels that are not below the index (ASEM: 1 to 3), negative numbers included (read as
    /// the value of --level, not as an option).
    @Test func levelsOutOfRange() throws {
        let folder = try TemporaryFolder()
        for level in ["0", "4", "-1", "index", "region"] {
            let result = try folder.agile(["audit", "optimise", "--level", level] + Self.asem)
            #expect(result.status == 1, "\(level)")
            #expect(result.stderr == "Error: --level \(level): give indicator, dimension, pillar or a level from 1 to 3\n", "\(result.stderr)")
        }
    }

    /// --save onto a folder, into a folder that is not there, onto the user's own file and onto
    /// the store in use: refused before the search, exit 3, each left as it was.
    @Test func saveRefusals() throws {
        let folder = try TemporaryFolder()
        let taken = folder.path("taken")
        try FileManager.default.createDirectory(atPath: taken, withIntermediateDirectories: false)
        let own = folder.path("mine.csv")
        try "id,weight\nConn,2\n".write(toFile: own, atomically: true, encoding: .utf8)
        let notReplaced = "is not replaced: a file is there that is not an earlier export of this kind (its first line differs); remove it or choose another path"
        let cases: [(String, String)] = [
            (taken, "\(taken): is not replaced: it is a folder; name a file in it instead"),
            (folder.path("missing/out.csv"), "\(folder.path("missing/out.csv")): cannot be written: its folder \(folder.path("missing")) does not exist"),
            (own, "\(own): \(notReplaced)"),
        ]
        for (path, message) in cases {
            let result = try folder.agile(["audit", "optimise", "--level", "3", "--save", path] + Self.asem)
            #expect(result.status == 3, "\(path)")
            #expect(result.stderr == "Error: \(message)\n", "\(result.stderr)")
        }
        #expect(try Self.listing(folder.path) == ["mine.csv", "taken"])
        #expect(try Self.listing(taken).isEmpty)
        #expect(try String(contentsOfFile: own, encoding: .utf8) == "id,weight\nConn,2\n")

        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let store = try Data(contentsOf: URL(fileURLWithPath: folder.db))
        let result = try folder.agile("audit", "optimise", "--db", folder.db, "--level", "pillar", "--save", folder.db)
        #expect(result.status == 3)
        #expect(result.stderr == "Error: \(folder.db): \(notReplaced)\n", "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.db)) == store)
    }

    /// --pval out of 0…1, and --pval on `audit weights` without the matrix it masks.
    @Test func significanceLevels() throws {
        let folder = try TemporaryFolder()
        for level in ["1.5", "-0.1", "nan"] {
            let result = try folder.agile(["audit", "stats", "--pval=\(level)"] + Self.asem)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: --pval takes a p-value from 0 (keep every correlation) to 1, such as 0.05; got \(Double(level)!)\n"), "\(result.stderr)")
        }
        let weights = try folder.agile(["audit", "weights", "--pval", "0.05"] + Self.asem)
        #expect(weights.status == 64)
        #expect(weights.stderr.hasPrefix("Error: --pval masks the correlation matrix: add --correlations\n"), "\(weights.stderr)")
    }
}
