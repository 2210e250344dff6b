// What storing one evidence file did: records read, added, superseded, or nothing new.

/// The outcome of ``Store/ingest(evidence:path:illustrative:)``.
public struct EvidenceIngestResult: Sendable {
    public var file: String
    /// The evidence format (`evidence-csv`, `vesta-scores-csv`, …).
    public var format: String
    public var sha256 = ""
    /// The store's id of the ingest, `nil` when nothing changed.
    public var ingest: Int64?
    /// Records in the file.
    public var records = 0
    /// Records stored as new current results.
    public var added = 0
    /// Earlier current results replaced (kept as history).
    public var superseded = 0
    /// True when the file brought nothing new.
    public var unchanged = false
    /// The ingest that stored the same content (SHA-256) before, when that is why nothing was stored.
    public var sameContentAs: EarlierIngest?
    /// True when this call marked that earlier ingest illustrative (it was not, this file is).
    public var markedIllustrative = false
    /// The current results the file replaced, in the file's line order.
    public var supersessions: [Supersession] = []
    public var illustrative = false

    public init(file: String, format: String) {
        self.file = file
        self.format = format
    }
}
