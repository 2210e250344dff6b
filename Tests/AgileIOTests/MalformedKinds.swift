// The kinds table of Tests/Fixtures/malformed: what kind of error each malformed input gives.

import AgileCore
import AgileIO
import Foundation
import Testing

/// `Tests/Fixtures/malformed/kinds.txt`: one line per input, its name (without extension) and the
/// kind of its error — an ``InputError/Kind`` by name, or the error's type when it is not an
/// `InputError` (`RegistryError`). `#` lines are comments.
enum MalformedKinds {
    static let path = Project.path("Tests/Fixtures/malformed/kinds.txt")

    /// Input name → kind.
    static let table: [String: String] = {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2 else { continue }
            table[String(parts[0])] = String(parts[1])
        }
        return table
    }()

    /// The kind `error` has in the table's words.
    static func kind(of error: any Error) -> String {
        (error as? InputError)?.kind.rawValue ?? String(describing: type(of: error))
    }
}

@Suite struct MalformedKindsTests {
    /// Every input has a line, every line names an input and a kind that exists.
    @Test func tableCoversTheCorpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Project.path("Tests/Fixtures/malformed"))
        let inputs = Set(files.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) })
        #expect(Set(MalformedKinds.table.keys) == inputs)
        let known = Set(InputError.Kind.allCases.map(\.rawValue) + ["RegistryError"])
        for (name, kind) in MalformedKinds.table {
            #expect(known.contains(kind), "\(name): \(kind)")
        }
        // The corpus has an input of every kind but unreadable (a file that cannot be read is
        // no file of the corpus; InputFileKindTests has it).
        let used = Set(MalformedKinds.table.values)
        for kind in InputError.Kind.allCases where kind != .unreadable {
            #expect(used.contains(kind.rawValue), "no malformed input of kind \(kind)")
        }
    }
}
