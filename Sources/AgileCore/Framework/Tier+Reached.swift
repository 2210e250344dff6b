// Which tier a score falls in.

extension Tier {
    /// The tier of `score`: among `tiers` (in any order), the one with the highest minimum that
    /// the score reaches; `nil` for a missing score or one below every minimum.
    ///
    /// ```swift
    /// let tiers = [Tier(name: "leading", minimum: 60), Tier(name: "advancing", minimum: 50)]
    /// Tier.tier(for: 60, in: tiers)?.name // "leading"
    /// ```
    public static func tier(for score: Double, in tiers: [Tier]) -> Tier? {
        guard !score.isNaN else { return nil }
        var best: Tier?
        for tier in tiers where score >= tier.minimum {
            if let current = best, current.minimum >= tier.minimum { continue }
            best = tier
        }
        return best
    }
}
