// The project file, agile.toml: the registry, store, country list and templates of an index's folder.

import AgileCore

/// A project file (`agile.toml`, written by `agile init`): the files an index's commands use
/// unless an option names others, so that `--framework`, `--db`, `--countries` and
/// `--templates` need not be repeated.
///
/// ```toml
/// # agile.toml
/// framework = "registry.xml"   # the registry
/// db = "store.sqlite"          # the store
/// templates = "templates"      # the report templates
/// ```
///
/// The format is a small part of TOML, so that a TOML-aware editor shows it right and a TOML
/// reader reads it the same: blank lines, `#` comments (also after a value), and `key = "text"`
/// lines whose value is a basic string (`"…"`, escapes `\"`, `\\`, `\uXXXX`, `\UXXXXXXXX`) or a
/// literal string (`'…'`, no escapes). The keys are ``keys``, each at most once; a table, a
/// number, an array, a multi-line string or any other key is refused with the file, line and
/// column, the key and what was expected. A relative path is relative to the folder of the
/// project file.
public struct ProjectFile: Hashable, Sendable {
    /// The file looked for in the working folder.
    public static let name = "agile.toml"
    /// The keys a project file may set, in the order messages list them.
    public static let keys = ["framework", "db", "countries", "templates"]
    /// The largest project file read (64 KiB); a larger one is refused.
    public static let sizeLimit = 64 * 1024

    /// The file as the user named it (or ``name`` when found in the working folder).
    public let path: String
    /// The registry (`framework`), resolved against the file's folder.
    public var framework: String?
    /// The store (`db`), resolved against the file's folder.
    public var db: String?
    /// The ISO 3166-1 country list (`countries`), resolved against the file's folder.
    public var countries: String?
    /// The report template folder (`templates`), resolved against the file's folder.
    public var templates: String?

    /// Reads the project file at `path`.
    /// - Throws: ``InputError`` naming `path`, the line and column, and the key: a file that
    ///   cannot be read, is over ``sizeLimit``, is not UTF-8, or breaks the format.
    public static func load(path: String) throws(InputError) -> ProjectFile {
        let file = try InputFile(path: path, chunkSize: sizeLimit + 1)
        var bytes: [UInt8] = []
        while let chunk = try file.nextChunk() {
            bytes += chunk
            if bytes.count > sizeLimit {
                throw InputError(.limit, Provenance(file: file.path, line: 0), problem: "is larger than \(sizeLimit / 1024) KiB",
                                 expected: "expected a few lines of key = \"path\"")
            }
        }
        return try parse(bytes, path: file.path)
    }

    /// The project file of the working folder (``name``), or `nil` when there is none.
    /// - Throws: as ``load(path:)`` when the file is there and cannot be used.
    public static func inWorkingFolder() throws(InputError) -> ProjectFile? {
        FileTree.kind(name) == .missing ? nil : try load(path: name)
    }

    /// Reads a project file's bytes; `path` names it in errors and is the folder relative paths
    /// are resolved against.
    /// - Throws: ``InputError`` as ``load(path:)``.
    public static func parse(_ bytes: [UInt8], path: String) throws(InputError) -> ProjectFile {
        try TextEncoding.refuseUnsupported(head: bytes.prefix(TextEncoding.bytesNeeded), file: path)
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var project = ProjectFile(path: path)
        var firstLine: [String: Int] = [:]
        for (offset, raw) in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            var lineBytes = raw
            if lineBytes.last == UInt8(ascii: "\r") { lineBytes = lineBytes.dropLast() }
            guard let text = String(validating: lineBytes, as: UTF8.self) else {
                throw InputError(.encoding, Provenance(file: path, line: number), problem: "is not valid UTF-8", expected: "save the file as UTF-8")
            }
            try ControlCharacters.check(text, field: nil, at: Provenance(file: path, line: number))
            var line = ProjectLine(text, file: path, line: number)
            guard let (key, value) = try line.entry() else { continue }
            if let first = firstLine[key.text] {
                throw InputError(.duplicate, key.place, field: key.text, problem: "is given twice", expected: "expected each key once; line \(first) gives it first")
            }
            firstLine[key.text] = number
            project.set(key.text, to: value)
        }
        return project
    }

    private init(path: String) {
        self.path = path
    }

    /// Sets a known key to `value`, resolved against the file's folder.
    private mutating func set(_ key: String, to value: String) {
        let resolved = resolve(value)
        switch key {
        case "framework": framework = resolved
        case "db": db = resolved
        case "countries": countries = resolved
        default: templates = resolved
        }
    }

    /// `value` as a path from the working folder: unchanged when absolute or when the project
    /// file is in the working folder, else under the project file's folder.
    func resolve(_ value: String) -> String {
        guard !value.hasPrefix("/"), let slash = path.lastIndex(of: "/") else { return value }
        return String(path[...slash]) + value
    }
}
