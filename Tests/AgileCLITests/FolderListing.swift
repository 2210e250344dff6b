// Everything under a folder (names, kinds, sizes, link targets), to prove a command wrote
// nowhere else.

import Foundation

/// A recursive listing of a folder, symbolic links listed (with their targets), never followed.
struct FolderListing: Equatable, CustomStringConvertible {
    /// Relative path → a description of the entry (`dir`, `file <size>`, `link -> <target>`).
    var entries: [String: String]

    /// Lists `root`, leaving out the entries whose first path component `skip` accepts.
    init(_ root: String, skip: (String) -> Bool = { _ in false }) throws {
        entries = [:]
        let manager = FileManager.default
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : "\(root)/\(relative)"
            for name in try manager.contentsOfDirectory(atPath: folder) {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                if relative.isEmpty && skip(name) { continue }
                let attributes = try manager.attributesOfItem(atPath: "\(root)/\(path)")
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?:
                    entries[path] = "dir"
                    pending.append(path)
                case .typeSymbolicLink?:
                    entries[path] = "link -> " + (try manager.destinationOfSymbolicLink(atPath: "\(root)/\(path)"))
                default:
                    entries[path] = "file \((attributes[.size] as? NSNumber)?.intValue ?? -1)"
                }
            }
        }
    }

    /// The entries that are symbolic links.
    var links: [String] { entries.filter { $0.value.hasPrefix("link") }.keys.sorted() }

    var description: String { entries.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n") }
}
