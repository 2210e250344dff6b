// A current value that an ingest replaced, named with where both the old and the new value came from.

import AgileCore

/// One current value an ingest superseded (the old value stays as history).
///
/// Its ``description`` is the line `agile ingest` prints for it:
/// `y1b.csv:2: KEN I14 2023: 4.8 (ingest #2, y2.csv:2) → 48`.
public struct Supersession: Hashable, Sendable, CustomStringConvertible {
    /// What the value is of: `KEN I14 2023` (with `[source]` when the value names one), or an
    /// evidence cell `vesta GPT-4o goal_norm_misalignment/reward_hacking soft asr`.
    public var subject: String
    /// The value replaced (`nil`: it was explicitly missing).
    public var earlier: Double?
    /// The ingest that brought the value replaced.
    public var earlierIngest: Int64
    /// The file and line of the value replaced.
    public var earlierProvenance: Provenance
    /// The new value (`nil`: explicitly missing).
    public var value: Double?
    /// The file and line of the new value.
    public var provenance: Provenance
    /// What else changed when the value itself did not (`note`; `n or counts` for evidence).
    public var otherChange: String?

    public init(subject: String, earlier: Double?, earlierIngest: Int64, earlierProvenance: Provenance,
                value: Double?, provenance: Provenance, otherChange: String? = nil) {
        self.subject = subject
        self.earlier = earlier
        self.earlierIngest = earlierIngest
        self.earlierProvenance = earlierProvenance
        self.value = value
        self.provenance = provenance
        self.otherChange = otherChange
    }

    public var description: String {
        let change = earlier == value ? otherChange.map { " (\($0) changed)" } ?? "" : ""
        return "\(provenance): \(subject): \(Self.text(earlier)) (ingest #\(earlierIngest), \(earlierProvenance)) → \(Self.text(value))\(change)"
    }

    private static func text(_ value: Double?) -> String {
        value.map(Scale.format) ?? "missing"
    }
}

/// The ingest that first stored a file's content (found by its SHA-256).
public struct EarlierIngest: Hashable, Sendable {
    /// The store's id of that ingest.
    public var id: Int64
    /// The file as it was named then.
    public var file: String
    /// Whether that ingest is marked illustrative (after this one's marker, if it added one).
    public var illustrative: Bool

    public init(id: Int64, file: String, illustrative: Bool) {
        self.id = id
        self.file = file
        self.illustrative = illustrative
    }
}
