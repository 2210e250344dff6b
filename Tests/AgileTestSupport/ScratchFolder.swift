// A temporary folder a test writes into, removed when the test is done.

import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it when the
/// last reference goes.
///
/// ```swift
/// let folder = try ScratchFolder()
/// let path = try folder.write("y1.csv", "country,indicator,year,value\nKEN,I14,2023,48\n")
/// ```
open class ScratchFolder {
    /// The folder.
    public let url: URL

    /// Creates the folder; `prefix` names it for a reader of `/tmp` (`agile-test-…`).
    public init(prefix: String = "agile-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The folder's path.
    public var path: String { url.path }

    /// The path of `name` in this folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `relative` (creating folders on the way) and returns its path.
    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Writes `text` (UTF-8) to `relative` and returns its path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }
}
