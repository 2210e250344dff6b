// A weights file: the weights of some nodes of a registry, as JSON or as CSV, to score with.

import AgileCore
import Foundation

/// The weights of some nodes, read from a file, to replace a run's weights (`--weights FILE`).
/// The weights explorer exports this file and an audit can save one; both forms say the same.
///
/// JSON — an object with the node weights under `weights`, and optionally the `edition` and the
/// `framework` id they were made for (checked against the registry when given):
///
/// ```json
/// {"edition": 2024, "framework": "agile-2024", "weights": {"P1": 1, "P2": 2, "D05": 0.5}}
/// ```
///
/// CSV — the columns `id,weight` (in either order), a row per node; `#` comment lines may come
/// before the header:
///
/// ```
/// id,weight
/// P2,2
/// D05,0.5
/// ```
///
/// A weight is relative within the node's parent, as in the registry; it must be a number of
/// at least 0 (0 leaves the node out). The format is recognised from the content: a file
/// whose first character (after a byte-order mark and white space) is `{` is JSON.
public struct WeightsFile: Sendable {
    /// The largest weights file read (1 MiB; a registry has a few hundred nodes at most).
    public static let maximumBytes = 1 << 20

    /// One node's weight and where the file gives it.
    public struct Entry: Hashable, Sendable {
        public var node: String
        public var weight: Double
        /// Where the node's id stands (CSV: its cell; JSON: its key).
        public var location: Provenance
        /// The field that names the node: `id` (CSV) or the key path `weights.P2` (JSON).
        public var field: String
    }

    /// The path as the user gave it.
    public var path: String
    /// The edition the weights were made for (JSON `edition`), if the file says.
    public var edition: (value: Int, location: Provenance)?
    /// The framework id the weights were made for (JSON `framework`), if the file says.
    public var framework: (value: String, location: Provenance)?
    /// The weights, in the file's order.
    public var entries: [Entry]

    /// Reads `path` (`-`: standard input).
    /// - Throws: ``InputError`` naming the line (and key path in JSON) of a value that is not
    ///   a weight, a node given twice, an unknown key or column, a file with no weights.
    public init(path: String) throws(InputError) {
        let file = try InputFile(path: path)
        self.path = file.path
        entries = []
        var bytes: [UInt8] = []
        while let chunk = try file.nextChunk() {
            bytes.append(contentsOf: chunk)
            if bytes.count > Self.maximumBytes {
                throw InputError(.limit, Provenance(file: self.path, line: 0), problem: "is larger than 1 MiB",
                                 expected: "expected a weights file of at most \(Self.maximumBytes) bytes")
            }
        }
        try TextEncoding.refuseUnsupported(head: bytes, file: self.path)
        if Self.isJSON(bytes) {
            try readJSON(bytes)
        } else {
            entries = try Self.readCSV(bytes, path: self.path)
        }
        guard !entries.isEmpty else {
            throw InputError(.structure, Provenance(file: file.path, line: 1), problem: "the file gives no weights",
                             expected: "expected a weight for at least one node")
        }
    }

    /// Whether `path` names a regular file (or a link to one): `--weights` tells a file from a
    /// weight set's name by it.
    public static func exists(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && !folder.boolValue
    }

    /// The weights as overrides of a run's weights, checked against `framework`: every id a
    /// node under the root, and the edition and framework the file names (if any) its own.
    /// - Parameter registry: the registry's path, for messages.
    /// - Throws: ``InputError`` at the place of the first id that is not such a node, or of an
    ///   edition or framework that is not the registry's.
    public func overrides(for framework: Framework, registry: String) throws(InputError) -> [WeightOverride] {
        if let edition, edition.value != framework.edition {
            throw InputError(.inconsistent, edition.location, field: "edition", value: String(edition.value), problem: "is not the registry's edition",
                             expected: "expected \(framework.edition): \(registry) declares edition \(framework.edition)")
        }
        if let named = self.framework, named.value != framework.id {
            throw InputError(.inconsistent, named.location, field: "framework", value: named.value, problem: "is not the registry's framework",
                             expected: "expected '\(framework.id)', the id \(registry) declares")
        }
        let weighted = Set(framework.weightedNodes)
        let root = framework.aggregates.first { $0.parent == nil }?.id
        return try entries.map { entry throws(InputError) in
            guard weighted.contains(entry.node) else {
                let problem = entry.node == root ? "is the index, whose weight does not count" : "is not a node of \(framework.id)"
                throw InputError(.unknownCode, entry.location, field: entry.field, value: entry.node, problem: problem,
                                 expected: "expected \(framework.weightedNodeDescription)")
            }
            return WeightOverride(node: entry.node, weight: entry.weight)
        }
    }

    /// The JSON text of `weights` (every node's weight, in `framework`'s top-down order), the
    /// form this reader reads and the weights explorer exports.
    public static func json(_ weights: [String: Double], framework: Framework) -> String {
        let members = framework.weightedNodes.compactMap { node in
            weights[node].map { "    \(JSONText.string(node)): \(PlainDecimal.text($0))" }
        }
        return "{\n  \"edition\": \(framework.edition),\n  \"framework\": \(JSONText.string(framework.id)),\n  \"weights\": {\n"
            + members.joined(separator: ",\n") + "\n  }\n}\n"
    }

    // MARK: Reading

    /// Whether the first character after a byte-order mark and white space is `{` or `[`.
    static func isJSON(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index < bytes.count && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "["))
    }

    /// The offset of the opening quote of the member name before the value at `offset` (the
    /// parser keeps only where values start): back over white space, the colon and white space
    /// to the name's closing quote, then to the quote that opens it (one not escaped by an odd
    /// number of backslashes).
    static func keyOffset(beforeValueAt offset: Int, in bytes: [UInt8]) -> Int {
        var index = offset - 1
        func skipSpace() { while index >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index -= 1 } }
        skipSpace()
        guard index >= 0, bytes[index] == UInt8(ascii: ":") else { return offset }
        index -= 1
        skipSpace()
        guard index >= 0, bytes[index] == UInt8(ascii: "\"") else { return offset }
        index -= 1
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "\"") {
                var backslashes = 0
                while index - backslashes - 1 >= 0, bytes[index - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
                if backslashes % 2 == 0 { return index }
            }
            index -= 1
        }
        return offset
    }

    private mutating func readJSON(_ bytes: [UInt8]) throws(InputError) {
        let positions = JSONPositions(file: path, bytes: bytes)
        var parser = JSONParser(bytes: bytes, positions: positions)
        let root = try parser.parse()
        let keys = "expected an object with the keys edition, framework and weights"
        guard case .object(let members) = root.value else {
            throw InputError(.structure, positions.location(root.offset), value: root.shown, problem: "is \(root.kind), not an object", expected: keys)
        }
        var seen: [String: Int] = [:]
        var weights: JSONNode?
        entries = []
        for (key, node) in members {
            let location = positions.location(node.offset)
            let keyLocation = positions.location(Self.keyOffset(beforeValueAt: node.offset, in: bytes))
            if let line = seen[key] {
                throw InputError(.duplicate, keyLocation, field: key, problem: "is given twice", expected: "expected each key once; it is already on line \(line)")
            }
            seen[key] = keyLocation.line
            switch key {
            case "edition":
                guard case .number(let text) = node.value else {
                    throw InputError(.structure, location, field: key, value: node.shown, problem: "is \(node.kind), not a number", expected: "expected the year of the edition, such as 2024")
                }
                guard let year = Int(text), (1900...2100).contains(year) else {
                    throw InputError(.malformedValue, location, field: key, value: node.shown, problem: "is not a year", expected: "expected the year of the edition, such as 2024")
                }
                edition = (year, location)
            case "framework":
                guard case .string(let id) = node.value else {
                    throw InputError(.structure, location, field: key, value: node.shown, problem: "is \(node.kind), not a string", expected: "expected the registry's framework id, such as \"agile-2024\"")
                }
                framework = (id, location)
            case "weights":
                weights = node
            default:
                throw InputError(.structure, keyLocation, field: key, problem: "is not a key of a weights file", expected: keys)
            }
        }
        guard let weights else {
            throw InputError(.structure, positions.location(root.offset), problem: "the object has no key 'weights'",
                             expected: "expected {\"weights\": {\"P2\": 2, …}}, with the id of each node and its weight")
        }
        guard case .object(let nodes) = weights.value else {
            throw InputError(.structure, positions.location(weights.offset), field: "weights", value: weights.shown, problem: "is \(weights.kind), not an object",
                             expected: "expected {\"P2\": 2, …}: the id of each node and its weight")
        }
        var lines: [String: Int] = [:]
        for (node, value) in nodes {
            let field = "weights." + node
            let location = positions.location(value.offset)
            let keyLocation = positions.location(Self.keyOffset(beforeValueAt: value.offset, in: bytes))
            if let line = lines[node] {
                throw InputError(.duplicate, keyLocation, field: field, value: node, problem: "is given twice", expected: "expected each node once; it is already on line \(line)")
            }
            lines[node] = keyLocation.line
            guard case .number(let text) = value.value else {
                throw InputError(.notANumber, location, field: field, value: value.shown, problem: "is \(value.kind), not a number", expected: WeightOverrideError.expectedWeight)
            }
            entries.append(Entry(node: node, weight: try Self.weight(text, at: location, field: field), location: keyLocation, field: field))
        }
    }

    private static func readCSV(_ bytes: [UInt8], path: String) throws(InputError) -> [Entry] {
        let scanner = CSVScanner(bytes: bytes, name: path, allowsComments: true)
        let expected = "expected the columns id,weight"
        let header = try CSVHeader.read(from: scanner, expected: expected)
        let positions = try header.positions(of: ["id", "weight"], in: "a weights file", expected: expected)
        scanner.fieldNames = header.names
        var entries: [Entry] = []
        var lines: [String: Int] = [:]
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            let (idColumn, weightColumn) = (positions[0], positions[1])
            let node = String(Substring(scanner.string(idColumn)).trimmingSpaces())
            let location = scanner.location(idColumn)
            guard !node.isEmpty else {
                throw InputError(.missingValue, location, field: header.names[idColumn], problem: "is empty", expected: "expected the id of a node")
            }
            if let line = lines[node] {
                throw InputError(.duplicate, location, field: header.names[idColumn], value: node, problem: "is given twice",
                                 expected: "expected each node once; it is already on line \(line)")
            }
            lines[node] = scanner.line
            let text = String(Substring(scanner.string(weightColumn)).trimmingSpaces())
            let weight = try weight(text, at: scanner.location(weightColumn), field: header.names[weightColumn])
            entries.append(Entry(node: node, weight: weight, location: location, field: header.names[idColumn]))
        }
        return entries
    }

    /// A weight's text as a weight, or the error at `location`.
    private static func weight(_ text: String, at location: Provenance, field: String) throws(InputError) -> Double {
        do {
            return try WeightOverride.weight(text)
        } catch {
            let (kind, problem): (InputError.Kind, String) = switch error {
            case .notANumber: (text.isEmpty ? .missingValue : .notANumber, text.isEmpty ? "is empty" : "is not a number")
            case .notFinite: (.notANumber, "is not a finite number")
            case .negative: (.outOfRange, "is negative")
            case .malformed: (.malformedValue, "is not a weight")
            }
            throw InputError(kind, location, field: field, value: text.isEmpty ? nil : text, problem: problem, expected: WeightOverrideError.expectedWeight)
        }
    }
}
