// Which dimension an errors.json row is counted under.

/// Where `errors.json` rows go when they are included in the scores.
public enum VestaErrorFiling: Hashable, Sendable {
    /// Each error row under its own dimension (the toolkit's default).
    case ownDimension
    /// VESTA's scorer's behaviour: every error row under the dimension of the first episode
    /// (when there are episodes; else under the row's `dimension` field or `unknown_dimension`).
    case firstEpisode
}
