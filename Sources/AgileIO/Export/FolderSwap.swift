// Putting a finished folder in place in one step: renameat2's exchange, or two renames where refused.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CRename

/// The two system calls a site needs to take its place. ``exchange(_:_:)`` swaps two existing
/// folders atomically (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on
/// macOS); ``renameNew(_:_:)`` moves a folder to a path only if nothing is there
/// (`RENAME_NOREPLACE`). Both return `0`, or `-1` with `errno` set; a kernel or file system
/// without them answers `EINVAL` or `ENOSYS`, and the caller falls back to plain renames.
struct FolderSwap: Sendable {
    var exchange: @Sendable (String, String) -> Int32
    var renameNew: @Sendable (String, String) -> Int32

    /// The system's calls.
    static let system = FolderSwap(
        exchange: { agile_exchange_paths($0, $1) },
        renameNew: { agile_rename_new($0, $1) })

    /// Whether `code` (an `errno`) says the call is not supported here.
    static func unsupported(_ code: Int32) -> Bool {
        code == EINVAL || code == ENOSYS || code == ENOTSUP
    }
}
