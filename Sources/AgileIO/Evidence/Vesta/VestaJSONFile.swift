// Reading a whole JSON file into nodes, with its positions, under a size limit.

import AgileCore

/// A JSON file read and parsed, with the means to say where any of its values stands.
public struct VestaJSONFile {
    /// The largest JSON file read (1 GiB): the whole document is held in memory.
    public static let maximumBytes = 1 << 30

    /// The path as the user gave it.
    public let path: String
    public let root: JSONNode
    public let positions: JSONPositions

    /// Reads and parses `path`.
    /// - Throws: ``InputError`` when the file cannot be read, is too large or is not JSON.
    public init(path: String) throws(InputError) {
        try self.init(file: InputFile(path: path))
    }

    /// Reads and parses a file already open, from where it stands (its head, if taken, comes
    /// again first).
    /// - Throws: ``InputError`` when the file cannot be read, is too large, is UTF-16 or UTF-32,
    ///   or is not JSON.
    public init(file: InputFile) throws(InputError) {
        let path = file.path
        self.path = path
        var bytes: [UInt8] = []
        while let chunk = try file.nextChunk() {
            bytes.append(contentsOf: chunk)
            if bytes.count > Self.maximumBytes {
                throw InputError(.limit, Provenance(file: path, line: 0), problem: "is larger than 1 GiB",
                                 expected: "expected a JSON file of at most \(Self.maximumBytes) bytes")
            }
        }
        try TextEncoding.refuseUnsupported(head: bytes, file: path)
        positions = JSONPositions(file: path, bytes: bytes)
        var parser = JSONParser(bytes: bytes, positions: positions)
        root = try parser.parse()
    }

    /// Where `node` starts.
    public func location(_ node: JSONNode) -> Provenance { positions.location(node.offset) }

    /// The items of the top-level array.
    /// - Throws: ``InputError`` when the document is not an array; `what` says what it should hold.
    public func arrayItems(of what: String) throws(InputError) -> [JSONNode] {
        guard case .array(let items) = root.value else {
            throw InputError(.structure, location(root), value: root.shown, problem: "is \(root.kind), not an array",
                             expected: "expected a JSON array of \(what)")
        }
        return items
    }
}
