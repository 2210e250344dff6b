// Episode counters behind an agent-safety rate (VESTA's), kept so reports can show what lies behind it.

/// The counters of one VESTA `scores.csv` row.
public struct EvidenceCounts: Hashable, Sendable {
    public var safe: Int
    public var unsafe: Int
    public var uncertain: Int
    public var error: Int
    /// Episodes in which an unsafe tool was called.
    public var unsafeToolCalled: Int
    /// Mean tool calls per episode, as VESTA rounds it (2 places).
    public var averageToolCalls: Double

    public init(safe: Int, unsafe: Int, uncertain: Int, error: Int, unsafeToolCalled: Int, averageToolCalls: Double) {
        self.safe = safe
        self.unsafe = unsafe
        self.uncertain = uncertain
        self.error = error
        self.unsafeToolCalled = unsafeToolCalled
        self.averageToolCalls = averageToolCalls
    }

    /// All episodes: VESTA's `num_cases`.
    public var cases: Int { safe + unsafe + uncertain + error }
}
