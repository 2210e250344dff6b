// Why an output file (an export) was not written: the path, what failed and the system's reason.

import AgileCore

/// An output file that cannot be written, such as the file of `--export`. Nothing of it is left
/// half-written: the file is as it was before.
///
/// ```
/// out/ranks.csv: cannot be written: No such file or directory
/// ```
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var path: String
    /// What failed: `cannot be written`, `cannot be put in place`.
    public var action: String
    /// The system's reason (`strerror`).
    public var reason: String

    public init(path: String, action: String, reason: String) {
        self.path = path
        self.action = action
        self.reason = reason
    }

    public var description: String {
        "\(Printable.name(path)): \(action): \(reason)"
    }
}
