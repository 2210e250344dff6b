// Printing to the user: results to standard output, errors and warnings to standard error.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore

/// Where the command's messages go. Errors and warnings quote names and values from input, so
/// they are written with control and invisible characters escaped (``Printable/message(_:)``).
enum Terminal {
    /// Writes a line to standard error.
    static func error(_ message: String) {
        writeError(Printable.message(message) + "\n")
    }

    /// Writes a warning line to standard error.
    static func warning(_ message: String) {
        writeError("warning: " + Printable.message(message) + "\n")
    }

    /// Writes text to standard error without a newline (progress lines).
    static func rewrite(_ text: String) {
        writeError(text)
    }

    private static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// A percentage with one decimal, e.g. `95.6 %`.
    static func percent(_ share: Double) -> String {
        FixedDecimal.percent(share, decimals: 1) + " %"
    }

    /// Pads `text` to `width` characters (left-aligned, or right-aligned for numbers).
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = max(0, width - text.count)
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }
}

