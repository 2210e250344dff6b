// A scratch folder for site-folder tests: files, folders and links made by the test, a listing
// that never follows links, removed afterwards.

import Foundation

/// A fresh folder under the system's temporary folder (its path resolved), removed when the
/// test is done.
final class SiteScratch {
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agile-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String { path + "/" + relative }

    /// Writes `text` to `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ text: String = "x") throws -> String {
        let file = path(relative)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Makes the folder `relative` (and its parents).
    @discardableResult
    func folder(_ relative: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
        return path(relative)
    }

    /// Makes `relative` a symbolic link to `target`.
    func link(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: target)
    }

    /// Every entry under `relative` (the whole scratch folder by default): relative path →
    /// `dir`, `link -> target` or the file's content. Links are listed, never followed.
    func listing(_ relative: String = "") throws -> [String: String] {
        let root = relative.isEmpty ? path : path(relative)
        var entries: [String: String] = [:]
        var pending = [""]
        let manager = FileManager.default
        while let folder = pending.popLast() {
            for name in try manager.contentsOfDirectory(atPath: folder.isEmpty ? root : root + "/" + folder) {
                let entry = folder.isEmpty ? name : folder + "/" + name
                let full = root + "/" + entry
                switch try manager.attributesOfItem(atPath: full)[.type] as? FileAttributeType {
                case .typeDirectory?:
                    entries[entry] = "dir"
                    pending.append(entry)
                case .typeSymbolicLink?:
                    entries[entry] = "link -> " + (try manager.destinationOfSymbolicLink(atPath: full))
                default:
                    entries[entry] = String(decoding: try Data(contentsOf: URL(fileURLWithPath: full)), as: UTF8.self)
                }
            }
        }
        return entries
    }

    /// The id of a process that has ended (started, waited for).
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
