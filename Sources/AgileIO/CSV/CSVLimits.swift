// Size limits that protect the CSV scanner from hostile or broken input.

/// How much a CSV record may hold before the scanner refuses the file.
///
/// The scanner checks the limits while it reads, so a 1 GB line is refused after the first
/// `maximumRecordBytes` bytes, without ever being held in memory.
///
/// ```swift
/// let scanner = try CSVScanner(path: "data.csv", limits: CSVLimits(maximumRecordBytes: 4096))
/// ```
public struct CSVLimits: Hashable, Sendable {
    /// The longest record in bytes (quotes and separators included, line end excluded).
    /// A record is one line, or several when a quoted field holds line breaks.
    public var maximumRecordBytes: Int
    /// The most fields a record may have.
    public var maximumFields: Int

    /// Limits of 1 MiB per record and 10,000 fields per record unless given.
    public init(maximumRecordBytes: Int = 1 << 20, maximumFields: Int = 10_000) {
        self.maximumRecordBytes = max(1, maximumRecordBytes)
        self.maximumFields = max(1, maximumFields)
    }
}
